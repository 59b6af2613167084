"""Headlines, eleventh round (sample s13, #9): a two-word headline in sentence case (`Tridents’ challenge`,
`Budget blues`) at the top of an English page, also under an orphan stamp label (`Posted on`).

Every text is our own, in the shapes the pages print.
"""

from __future__ import annotations

import pytest

from newsparse import parse

_BODY = (
    "It will be a hard task for the senior squad to compete at the top level this summer without "
    "regular matches on the island, the coach said on Monday.\n"
    "The side plays four group games in ten days, starting in June.\n"
)


def _headline(text: str) -> str | None:
    head = parse(text).headline
    return None if head is None else head.text


@pytest.mark.parametrize("top", ["", "Posted on\n"])
@pytest.mark.parametrize("title", ["Tridents’ challenge", "Budget blues", "Harbour dredging"])
def test_two_word_sentence_case_headline(top: str, title: str) -> None:
    assert _headline(top + title + "\n" + _BODY) == title


@pytest.mark.parametrize(
    "line",
    [
        "World News",  # a section label: both words capitalised
        "Jane Smith",  # a writer's name
        "Read more",  # small words
        "Posted 3h",  # a stamp
    ],
)
def test_two_word_labels_stay_out(line: str) -> None:
    assert _headline(line + "\n" + _BODY) is None


def test_two_word_line_under_a_caption_is_a_slide_title() -> None:
    # A slideshow: the first slide's caption and credit, then the next slide's title.
    text = (
        "The new phone looks like last year's model but is a large upgrade on it.\n"
        "Image credit: example.com\n"
        "Pocket friendly\n" + _BODY
    )
    assert _headline(text) is None


def test_german_two_word_widget_is_not_a_headline() -> None:
    text = (
        "Seite drucken\n"
        "Der Stadtrat hat am Dienstag nach langer Debatte den Haushalt für das kommende Jahr "
        "beschlossen, sagte die Kämmerin.\nDie Opposition kritisierte die Pläne scharf.\n"
    )
    assert _headline(text) is None


def test_first_line_of_a_hard_wrapped_paragraph_is_no_headline() -> None:
    # The page's source wrapped a paragraph and kept its indent; the first line stops mid-clause.
    text = (
        "The eight films, which stretched out over nearly a\n"
        "                          decade, had a fine cast at their centre. We watched the young "
        "actors grow up on screen.\n"
        "The cast met again last year for a special.\n"
    )
    assert _headline(text) is None


@pytest.mark.parametrize("below", ["von Jane Roe\n", "mercredi 11 septembre\n"])
def test_unindented_lower_case_line_under_a_headline_keeps_it(below: str) -> None:
    # A byline or a date may start in lower case right under the headline.
    title = "Harbour works begin on the quay"
    assert _headline(title + "\n" + below + _BODY) == title
