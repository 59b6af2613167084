"""Footers, seventh round, second wave (#9, #11): the stamps of a live log — a match ticker's
minute marks and substitution lines, a rolling update's clock times — each in invented text."""

from __future__ import annotations

from newsparse import find_boilerplate, parse
from newsparse.rules.boilerplate import asked
from newsparse.text import prose

TICKER = "\n".join(
    (
        "Harbour Town and Millfield drew 2-2 at the Quay Ground on Saturday.",
        "90'",
        "Full time at the Quay Ground, where both sides will feel they could have won it.",
        "84'",
        "Substitution",
        "\tPeter Okafor",
        "84'",
        "Okafor replaces the tiring captain for the last minutes of the match.",
        "61'",
        "Goal for Millfield! A low cross is turned in at the near post by the striker.",
        "12'",
        "Harbour Town open the scoring with a header from a corner kick.",
    )
)


def _texts(text: str) -> list[str]:
    return [b.text for b in find_boilerplate(text)]


def test_minute_marks_of_a_ticker_are_footers() -> None:
    found = _texts(TICKER)
    for mark in ("90'", "61'", "12'"):
        assert mark in found
    # The substitution's label, its player and the marks around it are one run.
    assert any(t.startswith("84'\nSubstitution") and "Peter Okafor" in t and t.endswith("84'") for t in found)


def test_ticker_entries_stay_story() -> None:
    found = "\n".join(_texts(TICKER))
    assert "Full time at the Quay Ground" not in found
    assert "Okafor replaces" not in found
    assert "header from a corner kick" not in found


def test_french_ticker_with_phase_labels() -> None:
    text = "\n".join(
        (
            "Le derby s'est terminé sur un score nul au stade municipal.",
            "93'Fin du match",
            "Les deux équipes se quittent dos à dos après un match très disputé.",
            "70'",
            "Sortie de Paul Martin",
            "70'",
            "Entrée de ",
            "\tLucas Bernard",
            "46'",
            "Le jeu reprend après la pause avec un premier tir au-dessus.",
        )
    )
    found = _texts(text)
    assert "93'Fin du match" in found
    joined = "\n".join(found)
    assert "Sortie de Paul Martin" in joined and "Lucas Bernard" in joined
    assert "premier tir" not in joined


def test_two_minute_marks_are_not_a_ticker() -> None:
    text = "The coach said the team was ready.\n45'\nA quiet first half.\n90'\nThe match ended level."
    assert not any(t in ("45'", "90'") for t in _texts(text))


def test_clock_stamps_of_rolling_updates() -> None:
    text = "\n".join(
        (
            "The Latest: Storm closes coastal highway",
            "5:40 p.m.",
            "Road crews say the coastal highway will stay closed overnight after a landslide.",
            "___",
            "11 a.m.",
            "Forecasters have issued a wind warning for the whole coast until Thursday.",
        )
    )
    found = _texts(text)
    assert "5:40 p.m." in "\n".join(found)
    assert "11 a.m." in "\n".join(found)
    assert not any("landslide" in t or "wind warning" in t for t in found)


def test_a_time_inside_a_sentence_is_story() -> None:
    text = "Police said the shop was robbed at 10 p.m.\nThe owner was not hurt.\nNo arrest has been made."
    assert all("robbed" not in b.text for b in find_boilerplate(text))


def test_ticker_parses_whole_article() -> None:
    article = parse(TICKER)
    assert any(b.text == "12'" for b in article.boilerplate)


STORY = "\n".join(
    (
        "The county fair returns to the showground next weekend after a two-year break.",
        "Organisers expect about 40,000 visitors over the three days, up from the last fair.",
    )
)


def test_question_led_plug_joins_the_plug_under_it() -> None:
    text = "\n".join(
        (
            STORY,
            "Own a smart speaker? Now you can hear our morning briefing. Just ask for the Valley Post.",
            "Sign up for our newsletter",
        )
    )
    found = _texts(text)
    assert any(
        t.startswith("Own a smart speaker?") and t.endswith("Sign up for our newsletter") for t in found
    )


def test_question_in_the_story_is_not_a_plug() -> None:
    # No plug under it: a question the writer asks stays story.
    text = "\n".join((STORY, "Why now? The board says you can no longer wait for the grant.", STORY))
    assert not any("Why now?" in t for t in _texts(text))


def test_quoted_question_above_a_plug_stays_story() -> None:
    text = "\n".join(
        (
            STORY,
            "\u201cWhy wait?\u201d you might ask, said the organiser, who has run the fair for years.",
            "Sign up for our newsletter",
        )
    )
    assert not any("Why wait" in t for t in _texts(text))


def test_contact_question_is_left_for_the_bylines() -> None:
    line = "Is your club doing something new? Contact: fairdesk@valleypost.example"
    plug = "Sign up for our newsletter"
    text = f"{line}\n{plug}"
    found = {(len(line) + 1, len(text)): "newsletter"}
    asked.question_leads(text, [(0, 0, len(line)), (1, len(line) + 1, len(text))], found, prose.ENGLISH)
    assert (0, len(line)) not in found
    # The same line with no address leads the plug.
    text = text.replace(" Contact: fairdesk@valleypost.example", " Tell us about it.")
    line = text.split("\n")[0]
    found = {(len(line) + 1, len(text)): "newsletter"}
    asked.question_leads(text, [(0, 0, len(line)), (1, len(line) + 1, len(text))], found, prose.ENGLISH)
    assert found[(0, len(line))] == "newsletter"


def test_adapted_from_note_is_syndication() -> None:
    text = "\n".join((STORY, "This story has been adapted from its original source."))
    items = find_boilerplate(text)
    assert [(b.kind, b.text) for b in items] == [
        ("syndication", "This story has been adapted from its original source.")
    ]


def test_adapted_in_a_sentence_is_story() -> None:
    text = "\n".join((STORY, "The play was adapted from a novel by a local writer, the director said."))
    assert list(find_boilerplate(text)) == []


def test_browser_notice_glued_to_a_paragraph_end() -> None:
    intro = "Il sindaco ha presentato il progetto in un video diffuso ieri sera:"
    notice = "Il tuo browser non supporta il tag iframe"
    text = "\n".join((STORY, f"{intro} {notice}", STORY))
    assert notice in [b.text for b in find_boilerplate(text)]
    # The paragraph before it stays story.
    assert not any(intro in b.text for b in find_boilerplate(text))


def test_browser_in_a_story_sentence_is_story() -> None:
    text = "\n".join(
        (STORY, "Officials said your browser cannot play the old files, so a new site was built.")
    )
    assert list(find_boilerplate(text)) == []
