"""Writer lines under op-eds (#9, ninth round), in our own invented articles: a bio that says
how to reach the writer is the writer's contact line (a byline, as the annotation conventions
list contact lines about the writer), up to a closing disclaimer; "This article is authored by"
and "The writer is" lines name the author; a bio with no way to reach the writer stays a footer."""

from __future__ import annotations

import pytest

import newsparse

_BODY = (
    "Harbour towns have waited a decade for the ferry link, and the budget again leaves it out.\n\n"
    "The board can still act before the monsoon, if it chooses to spend what it already holds.\n\n"
)


@pytest.mark.parametrize(
    ("tail", "byline"),
    [
        (
            "Mira Kapoor is a Pune-based engineer and transport planner with twenty years in ports. "
            "She can be reached at mira.kapoor@example.org and tweets @mirakapoor. Views are strictly personal.",
            "Mira Kapoor is a Pune-based engineer and transport planner with twenty years in ports. "
            "She can be reached at mira.kapoor@example.org and tweets @mirakapoor.",
        ),
        (
            "Tomas Reyes is the Courier's shipping critic. Email: treyes@example.com; Twitter: @tomasreyes.",
            "Tomas Reyes is the Courier's shipping critic. Email: treyes@example.com; Twitter: @tomasreyes.",
        ),
        (
            "This article is authored by Lena Ward, former port officer and adviser to the board.",
            "This article is authored by Lena Ward, former port officer and adviser to the board.",
        ),
        (
            "(The writer is a senior fellow at the Centre for Coastal Studies.)",
            "(The writer is a senior fellow at the Centre for Coastal Studies.)",
        ),
    ],
)
def test_writer_lines_closing_an_op_ed_are_bylines(tail: str, byline: str) -> None:
    article = newsparse.parse(_BODY + tail)
    assert [b.text for b in article.bylines] == [byline]
    assert not any(byline in f.text for f in article.boilerplate)


def test_the_named_author_is_read_from_authored_by() -> None:
    (byline,) = newsparse.parse(_BODY + "This piece was written by Omar Haddad, a retired diplomat.").bylines
    assert byline.names == ("Omar Haddad",)


def test_a_bio_with_no_way_to_reach_the_writer_stays_a_footer() -> None:
    tail = (
        "Ana Cruz is a professor of economics at Westfield University. "
        "Her book on port finance appears next spring."
    )
    article = newsparse.parse(_BODY + tail)
    assert article.bylines == ()
    assert [f.text for f in article.boilerplate] == [tail]


def test_a_story_sentence_with_an_address_is_no_writer_line() -> None:
    # A person of the story "is a ..." with an address in the same paragraph, above the end:
    # the writer lines look only under the story, and this opens it.
    text = "Ana Cruz is a fisher who can be reached at the pier most mornings, she said.\n\n" + _BODY
    assert newsparse.parse(text).bylines == ()


def test_the_author_is_needs_a_role_after_it() -> None:
    # "The author is a character ...": no role of a writer follows, so no credit.
    text = _BODY + "The author is a character the film never names, and he never speaks."
    assert newsparse.parse(text).bylines == ()


_LEDE = (
    "The harbour board voted on Tuesday to close the old ferry pier for a year of repairs, officials said.\n"
)


@pytest.mark.parametrize(
    ("stamp", "place"),
    [
        ("March 09, 2023 06:34 pm | Updated 07:10 pm IST - Port Ellis", "Port Ellis"),
        ("March 09, 2023 01:05 pm | Updated 01:56 pm IST - Dar es Salaam", "Dar es Salaam"),
        ("March 09, 2023 09:00 am | Updated March 10, 2023 10:15 am IST - KOCHI", "KOCHI"),
    ],
)
def test_a_place_after_the_stamp_line_is_the_dateline(stamp: str, place: str) -> None:
    article = newsparse.parse(stamp + "\n" + _LEDE)
    assert [(d.text, d.locations) for d in article.datelines] == [(place, (place,))]
    assert not any(place in t.text for t in article.timestamps)
    assert article.timestamps[-1].text.endswith("IST")


def test_a_wire_after_the_stamp_line_stays_the_stamps() -> None:
    article = newsparse.parse("Updated: Mar 09, 2023, 10:20 IST - PTI\n" + _LEDE)
    assert article.datelines == ()
    assert [t.text for t in article.timestamps] == ["Updated: Mar 09, 2023, 10:20 IST - PTI"]


def test_a_dash_and_words_after_a_date_with_no_time_stay_the_stamps() -> None:
    # No time or zone before the dash: "March 9, 2023 - Harbour News" is not read as a place.
    article = newsparse.parse("March 9, 2023 - Harbour News\n" + _LEDE)
    assert article.datelines == ()


def test_a_dateline_set_over_lines_under_a_newsletter_plug() -> None:
    text = (
        "A version of this story first appeared in the Ledger's Morning Markets newsletter. Not a "
        "subscriber? You can sign up right here to get it every weekday.\n"
        "Hong Kong\nCNN\n — \n" + _LEDE
    )
    article = newsparse.parse(text)
    assert [(d.text, d.locations, d.agency) for d in article.datelines] == [
        ("Hong Kong\nCNN\n —", ("Hong Kong",), "CNN")
    ]
    assert article.bylines == ()
