"""Also-read, round eight, second wave (#9, #11): a wire roundup's ALL-CAPS header over
dash-marked headlines, ``Read here:``, and what a scrape leaves under a label that is no story
(a comment form's button, the bare site a label named).

Every row is our own text in the shape real pages print.
"""

from __future__ import annotations

import pytest

from newsparse import parse
from newsparse.rules.also_read.guards import is_comment_widget, is_no_story, is_site_name
from newsparse.rules.also_read.marked import is_list_header

_BODY = (
    "The county reopened its three libraries on Monday after a month of repairs to the roofs.\n"
    "Officials said the branches would keep their winter hours until the end of March.\n"
)
_AFTER = "The board will meet again in April to vote on the plan for the mobile library service.\n"


def _links(text: str, language: str = "auto") -> list[tuple[str | None, str]]:
    return [
        (a.label.text if a.label else None, a.title.text) for a in parse(text, language=language).also_read
    ]


# -- an ALL-CAPS roundup header over marked headlines -----------------------------------------

_HEADER = "HERE'S WHAT YOU NEED TO KNOW ABOUT THE FLOODS:"
_LABEL = _HEADER[:-1]


@pytest.mark.parametrize(
    ("block", "titles"),
    [
        (
            f"{_HEADER}\n— River levels fall but roads stay shut in three towns\n"
            "— Insurers brace for a wave of claims after the storm\n",
            [
                "River levels fall but roads stay shut in three towns",
                "Insurers brace for a wave of claims after the storm",
            ],
        ),
        (
            # An encoding mix-up left a straight quote where the dash was, glued or spaced.
            f'___\n{_HEADER}\n"Farmers count losses as fields stay under water\n'
            '" Rescue crews: We had "never seen" the river this high\n'
            '" Schools shut? Parents scramble for childcare\n___\n',
            [
                "Farmers count losses as fields stay under water",
                'Rescue crews: We had "never seen" the river this high',
                "Schools shut? Parents scramble for childcare",
            ],
        ),
        (
            "MORE ON THE ELECTION:\n- Turnout climbs in the northern wards\n- Recount ordered in a close race\n",
            ["Turnout climbs in the northern wards", "Recount ordered in a close race"],
        ),
    ],
    ids=["em-dash", "mangled-quote", "more-on-hyphen"],
)
def test_caps_header_over_marked_headlines(block: str, titles: list[str]) -> None:
    links = _links(_BODY + block + _AFTER)
    assert [t for _, t in links] == titles
    assert all(label is not None and label.isupper() for label, _ in links)


def test_caps_header_label_and_spans() -> None:
    text = _BODY + f"{_HEADER}\n— River levels fall in three towns\n— Insurers brace for claims\n" + _AFTER
    first, second = parse(text).also_read
    assert first.label is not None and first.label.text == _LABEL
    assert first.span.text.startswith(_HEADER)  # the first item claims the header
    assert second.span.text == "— Insurers brace for claims"


@pytest.mark.parametrize(
    "block",
    [
        # No cue word: a fact box, not links.
        "KEY FACTS:\n— Three libraries reopen\n— Winter hours stay until March\n",
        # A cue, but the lines under it are body paragraphs with full stops.
        f"{_HEADER}\n— The river fell by a metre overnight, the agency said.\n"
        "— Crews cleared the main road by noon, officials said.\n",
        # One marked line is a note, not a list.
        f"{_HEADER}\n— River levels fall in three towns\n{_AFTER}",
        # Marks that change from line to line are no list.
        f"{_HEADER}\n— River levels fall in three towns\n* Insurers brace for claims\n",
        # A header in mixed case is a sentence introducing what follows.
        "Here's what you need to know about the floods:\n— River levels fall\n— Insurers brace for claims\n",
        # What else is happening: body paragraphs, the roundup's next section.
        "HERE'S WHAT ELSE IS HAPPENING:\nMADRID — Officials said on Monday that the rail line would reopen.\n",
    ],
    ids=["no-cue", "sentences", "one-line", "mixed-marks", "mixed-case", "else-happening"],
)
def test_caps_header_negatives(block: str) -> None:
    assert _links(_BODY + block + _AFTER) == []


def test_caps_header_at_the_top_is_no_list() -> None:
    # Before the first body paragraph a caps line heads the page.
    text = f"{_HEADER}\n— River levels fall in three towns\n— Insurers brace for claims\n" + _BODY
    assert _links(text) == []


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        ("HERE'S WHAT YOU NEED TO KNOW ABOUT THE FLOODS:", True),
        ("MORE ON THE ELECTION:", True),
        ("HERE'S WHAT YOU NEED TO KNOW ABOUT THE FLOODS", False),  # no colon
        ("More on the election:", False),
        ("WHAT ELSE IS HAPPENING:", False),
    ],
)
def test_is_list_header(line: str, expected: bool) -> None:
    assert is_list_header(line) is expected


# -- ``Read here:`` --------------------------------------------------------------------------


def test_read_here_label() -> None:
    text = _BODY + "Read here: Bond yields slip to a three-month low as inflation cools\n" + _AFTER
    assert _links(text) == [("Read here", "Bond yields slip to a three-month low as inflation cools")]


def test_read_here_in_a_sentence_is_no_label() -> None:
    text = _BODY + "Residents can read here and there about the plan in the local paper.\n" + _AFTER
    assert _links(text) == []


# -- what a scrape leaves under a label: a comment form, the bare site ------------------------


@pytest.mark.parametrize(
    ("language", "text"),
    [
        (
            "fr",
            "Le conseil a voté le budget mardi soir après un long débat entre les élus.\n"
            "Articles en relation\nPublier un nouveau commentaire\n"
            "Nous vous invitons ici à donner votre avis sur cet article.\n",
        ),
        (
            "en",
            _BODY + "Related Stories\nLeave a comment\nWe welcome your views on this story.\n",
        ),
        (
            "de",
            "Der Stadtrat hat den Haushalt am Dienstag nach einer langen Debatte beschlossen.\n"
            "Mehr zum Thema\nKommentar schreiben\nWir freuen uns auf Ihre Meinung zu diesem Artikel.\n",
        ),
    ],
    ids=["fr", "en", "de"],
)
def test_comment_widget_is_no_title(language: str, text: str) -> None:
    assert _links(text, language) == []


def test_site_named_label_alone_gives_no_title() -> None:
    text = _BODY + "READ MORE ON HARBOURDAILY.COM\n\n" + _AFTER
    assert _links(text) == []


@pytest.mark.parametrize(
    ("title", "expected"),
    [
        ("Publier un nouveau commentaire", True),
        ("Leave a comment", True),
        ("Deja tu comentario", True),
        ("Lascia un commento", True),
        ("Kommentar schreiben", True),
        ("View all 12 comments", True),
        ("Kommentar: Die Koalition ist am Ende", False),  # an opinion kicker and its headline
        ("Minister declines comment on the leak", False),  # no widget verb
        ("Leave to remain granted to six families", False),  # no comment noun
    ],
)
def test_is_comment_widget(title: str, expected: bool) -> None:
    assert is_comment_widget(title) is expected
    assert is_no_story(title) is expected


@pytest.mark.parametrize(
    ("title", "expected"),
    [
        ("ON HARBOURDAILY.COM", True),
        ("sur regards.fr", True),
        ("On Thin Ice", False),  # a headline that opens with a preposition
        ("On Harbour Daily", False),  # no domain: could be a headline
        ("Budget 2.0 explained", False),
    ],
)
def test_is_site_name(title: str, expected: bool) -> None:
    assert is_site_name(title) is expected
