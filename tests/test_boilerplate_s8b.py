"""Footers, eighth round, second wave (#9, #11): reference lists after an essay or a science
story, and pull quotes the page repeats from a paragraph of the story — each in invented text of
the shapes real pages have, with the story lines that must stay story."""

from __future__ import annotations

import pytest

from newsparse import find_boilerplate
from newsparse._document import Document
from newsparse.rules.boilerplate import references
from newsparse.rules.boilerplate.rule import BoilerplateRule

_STORY = "\n".join(
    (
        "Harbour towns face a choice over their ageing sea walls",
        "Councils along the north coast must decide this year whether to repair or replace walls"
        " built more than a century ago, engineers told a regional meeting on Tuesday.",
        "The cost of replacing every wall would run to several hundred million pounds, and the work"
        " would take a decade, according to a report the councils commissioned last spring.",
        "Repairs would be cheaper but would have to be repeated, the report's authors said, as"
        " storms grow stronger and the sea rises along the coast.",
        "The councils will vote on the plan in March, after a round of public meetings in each town.",
    )
)


def _texts(text: str) -> list[str]:
    return [b.text for b in find_boilerplate(text)]


# --- reference lists ------------------------------------------------------------------------

_FRENCH_LIST = "\n".join(
    (
        "Bibliographie",
        "[1] Moreau, L. (2018) Les marées de la côte nord, Presses du Littoral.",
        "[2] Patel, R. & Obi, K. (2020) Storm surge and harbour design. Journal of Coastal Works, 12."
        " https://doi.org/10.5555/jcw.2020.12",
        "[3]Lefèvre-Dumont, A. (2016) Digues et ports, une histoire, Éditions de la Jetée.",
    )
)


def test_a_numbered_reference_list_with_its_header_is_one_footer() -> None:
    found = _texts(_STORY + "\n" + _FRENCH_LIST)
    assert found == [_FRENCH_LIST]


def test_author_year_references_without_numbers() -> None:
    refs = (
        "References\n"
        "Moreau, L. (2018) Tides and harbours of the north coast. Coastal Press.\n"
        "Obi, K. and Patel, R. (2020) Sea walls in a warmer century. Harbour Review 7."
    )
    assert _texts(_STORY + "\n" + refs) == [refs]


def test_a_journal_citation_closing_the_text_is_a_footer() -> None:
    assert _texts(_STORY + "\nHarbour Review 12, 44-51 (2021)") == ["Harbour Review 12, 44-51 (2021)"]


def test_a_doi_line_closing_the_text_is_a_footer() -> None:
    line = "doi: 10.5555/harbour.2021.0042"
    assert _texts(_STORY + "\n" + line) == [line]


@pytest.mark.parametrize(
    "line",
    [
        # A story sentence citing a study, with its year in brackets: one line, no list.
        "Moreau, L., an engineer who studied the walls (2018), said the repairs were overdue.",
        # A sentence that cites a DOI and goes on after it.
        "The study (doi:10.5555/harbour.2021.0042) found that two walls in three need repairs.",
        # A bracketed aside opening a paragraph, with a year in it.
        "[Update] The councils moved the vote to April 2026 after the public meetings.",
    ],
    ids=["author-year-sentence", "doi-in-a-sentence", "bracketed-note-with-year"],
)
def test_story_lines_that_cite_stay_story(line: str) -> None:
    assert line not in _texts(_STORY + "\n" + line + "\nThe vote is due in March.")


def test_two_numbered_references_in_the_story_s_first_half_stay() -> None:
    # The list is read in the text's second half only: a numbered list high in a story (the
    # points of a report, each with its year) is the story's.
    head = (
        "The report lists its sources in the text.\n"
        "[1] The harbour survey of 2018 found cracks in every wall.\n"
        "[2] The storm of 2020 broke the outer wall in two places.\n"
    )
    assert _texts(head + _STORY) == []


def test_reference_lists_can_be_switched_off() -> None:
    rule = BoilerplateRule(reference_lists=False)
    document = Document.from_text(_STORY + "\n" + _FRENCH_LIST)
    assert [b.text for b in rule(document)] == []


def test_reference_lists_without_a_header_or_a_second_line() -> None:
    one = "[1] Moreau, L. (2018) Les marées de la côte nord, Presses du Littoral."
    # One numbered reference alone is not a list (a footnote the story may point to).
    assert _texts(_STORY + "\n" + one) == []
    found: dict[tuple[int, int], str] = {}
    text = _STORY + "\n" + one + "\n" + one.replace("[1]", "[2]")
    starts = [0]
    for line in text.split("\n")[:-1]:
        starts.append(starts[-1] + len(line) + 1)
    segments = [
        (i, s, s + len(line)) for i, (s, line) in enumerate(zip(starts, text.split("\n"), strict=True))
    ]
    references.reference_lists(text, segments, found)
    # The story's last line above the list is a sentence, not a header: it stays.
    assert sorted(text[s:e][:3] for s, e in found) == ["[1]", "[2]"]
