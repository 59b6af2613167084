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
