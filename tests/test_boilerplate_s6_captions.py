"""Footers, sixth round (#9): a photo's caption and the credit line under it are one item, and
a hard-wrapped caption is taken over all its lines. Our own invented text in real scrapes' shapes."""

from __future__ import annotations

import pytest

from newsparse import parse

ABOVE = (
    "The district council on Tuesday approved a plan to rebuild the flood wall along the river.\n"
    "Councillor Ana Ferreira said the old wall had failed twice in heavy rain since the spring.\n"
)
BELOW = (
    "The works will cost about 12 million dollars and take two years, the council's engineer said.\n"
    "Residents of the lower town had asked for the repairs in a petition signed by 4,000 people.\n"
)


def _captions(block: str) -> list[str]:
    return [c.text for c in parse(ABOVE + block + "\n" + BELOW).captions]


@pytest.mark.parametrize(
    "credit",
    ["Getty Images", "Photo: Jane Roe/Reuters", "(Image: Getty)", "Photo : Valley Ledger / Jane Roe"],
)
def test_a_caption_line_over_a_credit_line_joins_it(credit: str) -> None:
    block = "The old flood wall by the bridge after the storm in March\n" + credit
    assert _captions(block) == [block]


def test_a_short_caption_sentence_over_a_credit_joins_it() -> None:
    block = "A school bus on the river road.\nPhoto: Jane Roe/Reuters"
    assert _captions(block) == [block]


@pytest.mark.parametrize(
    "above",
    [
        # a story paragraph (a sentence longer than a caption)
        "The first section, by the old bridge, is due to be finished before the winter floods begin.",
        # a quotation
        "“We will not be flooded again,” the mayor told residents",
        # a list's lead-in
        "The photographs show the following:",
    ],
    ids=["paragraph", "quotation", "lead-in"],
)
def test_a_story_line_over_a_credit_stays_story(above: str) -> None:
    assert _captions(above + "\nGetty Images") == ["Getty Images"]


def test_a_caption_with_its_credit_on_one_line_is_not_grown() -> None:
    block = (
        "Volunteers fill sandbags by the river\nThe old wall by the bridge after the storm. Photo: Jane Roe"
    )
    assert _captions(block) == ["The old wall by the bridge after the storm. Photo: Jane Roe"]


def test_a_hard_wrapped_caption_is_one_item() -> None:
    block = (
        "Volunteers fill sandbags on the river road as the water rises behind \n"
        "  the old flood wall in the lower town (AFP/Getty)"
    )
    assert _captions(block) == [block]


def test_an_indented_line_under_a_line_with_no_trailing_blank_is_not_joined() -> None:
    block = "Volunteers worked through the night.\n  The old flood wall in the lower town (AFP/Getty)"
    assert _captions(block) == ["The old flood wall in the lower town (AFP/Getty)"]


@pytest.mark.parametrize(
    "line",
    [
        "Chief economic adviser Jane Roe (PTI)(LEDGER_PRINT)",
        "Councillors at the meeting on Tuesday. (HT_PRINT)",
    ],
)
def test_a_print_desk_credit_in_brackets_makes_a_caption(line: str) -> None:
    assert _captions(line) == [line]


def test_a_word_ending_in_print_is_no_credit() -> None:
    assert _captions("Councillors studied the fine print (twice) on Tuesday night before the vote.") == []
