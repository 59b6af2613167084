"""Footers, eleventh round (#9): page furniture of shapes real pages print and the tables did not
know — a markets page's quote chips, the caption under a paywall label, a bare ad label, a market
widget's header, a shopping desk's disclosure and a republisher's pointer — each in invented text
of those shapes, with the story sentences around them that must stay story."""

from __future__ import annotations

import pytest

from newsparse import find_boilerplate
from newsparse.rules.boilerplate import chips

_STORY = (
    "The harbour board met on Tuesday and approved the dredging plan after a long debate.\n"
    "Fishermen had asked for the work for years, saying the channel silted up every winter.\n"
)


def _found(text: str) -> list[tuple[str, str]]:
    return [(b.kind, b.text) for b in find_boilerplate(text)]


# --- whole-line tables ----------------------------------------------------------------------


@pytest.mark.parametrize(
    ("line", "kind"),
    [
        ("ADVERTISING", "ad"),
        ("Advertising", "ad"),
        ("Share Market Live NSE", "other"),
        ("Stock Market Today BSE Sensex", "other"),
        (
            "The Bargain Bench team writes about things we think you'll like. Bargain Bench has"
            " affiliate partnerships, so we get a share of the revenue from your purchase.",
            "disclaimer",
        ),
        (
            "Gadget Corner has affiliate partnerships, so we may earn a small commission when you buy.",
            "disclaimer",
        ),
        (
            "You will find more charts at Datafold, where this article was originally published.",
            "syndication",
        ),
    ],
    ids=["ad-label-caps", "ad-label", "market-widget", "market-widget-long", "team-disclosure",
         "affiliate-commission", "republished-pointer"],
)  # fmt: skip
def test_furniture_lines(line: str, kind: str) -> None:
    assert _found(_STORY + line + "\n" + _STORY) == [(kind, line)]


@pytest.mark.parametrize(
    "line",
    [
        "Advertising revenue fell by a third last year, the broadcaster said on Monday.",
        "The share market live feed went dark for an hour, traders said.",
        "Retailers cut their affiliate programs after regulators asked how commissions were paid.",
        "Amazon trimmed its affiliate programs, and one blogger said we get a share of nothing now.",
        "Readers can find more maps on the council's website, where the plan was first published.",
        "The design team writes about its choices in a long blog post each spring.",
    ],
    ids=["ad-sentence", "market-sentence", "affiliate-story", "affiliate-no-revenue",
         "find-more-story", "team-writes-story"],
)  # fmt: skip
def test_story_sentences_stay(line: str) -> None:
    assert _found(_STORY + line + "\n" + _STORY) == []


# --- quote chips -----------------------------------------------------------------------------

_CHIPPED = (
    _STORY + "Bond yields slipped on Friday. The yield on the 10-year note\n"
    "        TMUBX10Y, \n"
    "        1.214%\n"
    "      fell 3 basis points, while the tech-heavy index\n"
    "        TECHX, \n"
    "        -2.07%\n"
    "      lost ground for a third day.\n" + _STORY
)


def test_quote_chips_are_one_item_each() -> None:
    assert _found(_CHIPPED) == [
        ("other", "TMUBX10Y, \n        1.214%"),
        ("other", "TECHX, \n        -2.07%"),
    ]


@pytest.mark.parametrize(
    "middle",
    [
        "Turnout by ward:\nNORTH,\n41.5 per cent\n",  # a percentage in words: no chip
        "Shares rose by\n4.5%\nafter the results.\n",  # a bare percentage with no symbol above it
        "The index, known as\nFTX,\nis new.\n",  # a symbol with no change under it
    ],
    ids=["words", "no-symbol", "no-change"],
)
def test_no_chip_without_both_lines(middle: str) -> None:
    assert _found(_STORY + middle + _STORY) == []


def test_quote_chips_skip_text_without_the_literals() -> None:
    found: dict[tuple[int, int], str] = {}
    text = _STORY + "COMP\n3%\n"  # no comma before a line break: the scan is not run
    chips.quote_chips(text, [(0, 0, len(text))], found)
    assert found == {}


# --- the caption under a paywall label ----------------------------------------------------------

_HEAD = "Why the central bank held rates\nThe pause buys time, but prices are still rising fast\n"


@pytest.mark.parametrize(
    "caption",
    [
        "Food prices rose at the fastest pace in a year in March (REUTERS)",
        "Savings have fallen for three years running, not the other way round",
        "Traders at the exchange in the capital (FILE PHOTO)",
    ],
    ids=["credit", "no-sentence-end", "file-photo"],
)
def test_caption_under_paywall_label_joins_it(caption: str) -> None:
    text = _HEAD + "PREMIUM\n" + caption + "\n" + _STORY
    assert [t for _, t in _found(text)] == ["PREMIUM\n" + caption]


def test_story_sentence_under_paywall_label_stays() -> None:
    line = "The central bank kept its policy rate unchanged on Friday for a fourth meeting."
    text = _HEAD + "PREMIUM\n" + line + "\n" + _STORY
    assert [t for _, t in _found(text)] == ["PREMIUM"]


def test_caption_needs_the_label() -> None:
    text = _HEAD + _STORY + "Food prices rose at the fastest pace in a year in March (REUTERS)\n" + _STORY
    assert [t for _, t in _found(text) if "REUTERS" in t] == []
