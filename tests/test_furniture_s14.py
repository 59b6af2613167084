"""Bylines and datelines on chrome-rich pages (#9): the fourteenth round's shapes.

Every sentence here is invented; each case names the shape it stands for.
"""

from __future__ import annotations

import pytest

import newsparse
from newsparse import find_bylines

_STORY = (
    "The harbour board met on Tuesday evening and agreed to rebuild the old ferry pier before "
    "the summer season, at a cost the members did not disclose.\n"
)


def _bylines(text: str) -> list[tuple[str, str]]:
    return [(b.text, b.kind) for b in newsparse.parse(text).bylines]


# A reporter credited as the outlet's, closing each item of a news roundup.
@pytest.mark.parametrize(
    ("item", "credit"),
    [
        (
            "Freight rates on the northern route fell for a third week in a row. — Ledger’s Omar Said",
            "Ledger’s Omar Said",
        ),
        (
            "The port authority delayed its vote on the dredging contract again. — Our Ines Marlow",
            "Our Ines Marlow",
        ),
        (
            "Grain exports through the strait recovered after the storm had passed. "
            "— HGT’s Lena Brock, Tomas Weir and Ada Quill",
            "HGT’s Lena Brock, Tomas Weir and Ada Quill",
        ),
        (
            "Two ferry operators agreed to merge their timetables by the spring. — Couriers’ Jon Hale",
            "Couriers’ Jon Hale",
        ),
    ],
    ids=["outlet-possessive", "our", "three-names", "plural-possessive"],
)
def test_staff_credit_closes_roundup_item(item: str, credit: str) -> None:
    text = _STORY + item + "\n" + _STORY
    assert (credit, "credit") in _bylines(text)


def test_staff_credit_closes_a_long_paragraph() -> None:
    # over 150 characters: the line is looked at only because of its closing credit
    item = (
        "Freight rates on the northern route fell for a third week in a row as the grain "
        "harvest came in late and two of the larger operators laid up their oldest ships "
        "until the spring. — Ledger’s Omar Said, Ines Marlow and Tomas Weir"
    )
    text = _STORY + item + "\n" + _STORY
    assert ("Ledger’s Omar Said, Ines Marlow and Tomas Weir", "credit") in _bylines(text)


@pytest.mark.parametrize(
    "item",
    [
        # a quotation's attribution names a person, not the outlet's reporter
        '"We will rebuild the pier before the summer season begins." — Ines Marlow',
        # the dash opens an aside, lower-case words follow
        "The board agreed to rebuild the pier. — the members’ own estimate was higher",
    ],
    ids=["quote-attribution", "aside"],
)
def test_staff_credit_needs_the_outlet(item: str) -> None:
    text = _STORY + item + "\n" + _STORY
    assert not any(kind == "credit" and "Marlow" in t for t, kind in _bylines(text))
    assert not any("members" in t for t, _ in _bylines(text))


def test_source_citation_of_a_paper() -> None:
    line = (
        "Source: Harlow JT, Penning B, Ostrow K et al. Sea breezes and the mood of harbour towns. "
        "Journal of Coastal Life. 2019."
    )
    assert (line, "credit") in _bylines(_STORY * 2 + line)


def test_source_and_photo_credit_on_one_line() -> None:
    line = "Sources: Harbour Gazette, Coast Ledger / Photo credit: Ines Marlow/Facebook"
    found = _bylines(_STORY * 2 + line)
    assert ("Sources: Harbour Gazette, Coast Ledger", "credit") in found
    assert ("Photo credit: Ines Marlow/Facebook", "credit") in found


def test_source_tail_in_quote_marks_is_a_linked_headline() -> None:
    line = "Source: Mayor ‘stunned’ by harbour vote"
    assert find_bylines(_STORY * 2 + line + "\n" + _STORY) == ()


def test_plain_source_credit_still_found() -> None:
    line = "Source: Coast Ledger, wire services"
    assert (line, "credit") in _bylines(_STORY * 2 + line)


@pytest.mark.parametrize(
    "line",
    ["Photography by Ines Marlow.", "Illustrations by Tomas Weir", "Video by Lena Brock."],
    ids=["photography", "illustrations", "video"],
)
def test_picture_credit_sentence(line: str) -> None:
    assert (line, "credit") in _bylines(_STORY * 2 + line)


def test_writers_contact_paragraph() -> None:
    line = (
        "Marlow & Weir write about harbour towns for the Coast Ledger and host a radio show. "
        "Follow them on Twitter @marlowweir or visit marlowweir.com."
    )
    found = _bylines(_STORY * 2 + line)
    assert found and found[0][0].startswith("Marlow & Weir write about harbour towns")


def test_writes_about_without_a_way_to_reach_is_story() -> None:
    line = "Marlow writes about harbour towns in her new book, which is out next month."
    assert find_bylines(_STORY * 2 + line) == ()


@pytest.mark.parametrize(
    "masthead", ["The Harbour Insider", "Rolling Stone"], ids=["outlet-word", "known-outlet"]
)
def test_masthead_over_the_lede(masthead: str) -> None:
    text = masthead + "\n" + _STORY * 2
    assert (masthead, "credit") in _bylines(text)


def test_short_headline_over_the_lede_is_no_masthead() -> None:
    text = "Ferry Pier Rebuilt\n" + _STORY * 2
    assert _bylines(text) == []


_FACT_BOX = (
    "Boat: 2024 Harbour Skiff, 5.2 m\n"
    "Hull Lengths: 4.8, 5.2 m\n"
    "Measured Weight: 310 kg\n"
    "Engine / Propeller: Ostrow 40; Penning Blade 3\n"
    "Test Waters: North Bay, Long Reach\n"
    "Days Sailed: ~9\n"
)


def test_fact_box_row_is_no_byline_nor_dateline() -> None:
    article = newsparse.parse(_FACT_BOX + _STORY * 2)
    assert article.bylines == ()
    assert article.datelines == ()


def test_placeless_dateline_dashes() -> None:
    text = "Harbour Board Rebuilds the Old Ferry Pier\n— -- " + _STORY + _STORY
    article = newsparse.parse(text)
    assert [d.text for d in article.datelines] == ["— --"]
    assert article.body.startswith("The harbour board")


def test_one_dash_opening_the_lede_is_no_dateline() -> None:
    text = "Harbour Board Rebuilds the Old Ferry Pier\n— " + _STORY + _STORY
    assert newsparse.parse(text).datelines == ()
