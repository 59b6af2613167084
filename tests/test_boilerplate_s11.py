"""Footers, eleventh round (#9): page furniture of shapes real pages print and the tables did not
know — a markets page's quote chips, the caption under a paywall label, a bare ad label, a market
widget's header, a shopping desk's disclosure and a republisher's pointer — each in invented text
of those shapes, with the story sentences around them that must stay story."""

from __future__ import annotations

import re

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
        ("Paid Post", "ad"),
        ("PARTNER CONTENT", "ad"),
        ("Content From Our Partners", "ad"),
        ("Promoted", "ad"),
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
        ("- Visit the Valley Ledger's homepage for more stories.", "other"),
        ("RSVP for our Zoom panel on 3/4: Who Pays for the Seawall? A Conversation on Coastal Homes", "other"),
        ("Join us for our live Q&A with the harbour master at noon on Friday.", "other"),
        ("Affiliations are listed for identification purposes only.", "disclaimer"),
        (
            "This letter will run in the Letters page of our spring issue. We welcome replies at"
            " post@harbourgazette.example",
            "other",
        ),
    ],
    ids=["ad-label-caps", "ad-label", "paid-post", "partner-content", "partners", "promoted", "market-widget", "market-widget-long", "team-disclosure",
         "affiliate-commission", "republished-pointer", "homepage-pointer", "event-rsvp", "event-join", "identification-only", "welcome-replies"],
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
        "Visit the museum's homepage for opening times, the curator said on Monday.",
        "RSVPs for the harbour gala closed on Friday, the organisers said.",
        "Join us for the walk, the ramblers' club wrote in its letter to members.",
        "Promoted to the first team in May, the striker scored twice on his debut.",
        "Partner content deals grew by a fifth last year, the publisher said.",
        "Witnesses were listed for identification by the court, the clerk said.",
        "The mayor said the town would welcome replies from residents by the end of March.",
    ],
    ids=["ad-sentence", "market-sentence", "affiliate-story", "affiliate-no-revenue",
         "find-more-story", "team-writes-story", "homepage-story", "rsvp-story", "join-story",
         "promoted-story", "partner-story", "identification-story", "welcome-story"],
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


def test_long_unpunctuated_line_under_paywall_label_stays() -> None:
    # The story's first paragraph cut short by the scrape: too long for a caption with no credit.
    line = (
        "The central bank kept its policy rate unchanged on Friday for a fourth meeting in a row,"
        " saying that food prices were still rising faster than it wanted and that the monsoon"
        " had been weaker than forecast across the south and"
    )
    text = _HEAD + "PREMIUM\n" + line + "\n" + _STORY
    assert [t for _, t in _found(text)] == ["PREMIUM"]


def test_caption_needs_the_label() -> None:
    text = _HEAD + _STORY + "Food prices rose at the fastest pace in a year in March (REUTERS)\n" + _STORY
    segments = [(n, m.start(), m.end()) for n, m in enumerate(re.finditer(r"[^\n]+", text))]
    found: dict[tuple[int, int], str] = {}
    chips.paywall_captions(text, segments, found)
    assert found == {}


# --- a related headline or a caption alone between two paragraphs -------------------------------

_TOPIC = "Ferry fares frozen for another year"
_LEDE = "The island council froze ferry fares on Tuesday for the third year running, after a petition.\n"
_P1 = "Councillors said the operator had agreed to absorb rising fuel costs until the contract ends in May.\n"
_P2 = "Islanders had warned that any rise would drive young families to the mainland for good, they said.\n"
_P3 = "The operator's chief executive told the meeting that the company would review its timetable soon.\n"


def _page(middle: str, tail: str = _P2) -> str:
    return _TOPIC + "\n" + _LEDE + _P1 + middle + "\n" + tail + _P3


@pytest.mark.parametrize(
    "line",
    [
        "Lorry fire shuts motorway bridge overnight as crews fight blaze",  # another story's link
        "The singer has also thrown her weight behind the hospital appeal",  # a caption, no full stop
    ],
    ids=["related-headline", "caption"],
)
def test_stray_headline_between_paragraphs(line: str) -> None:
    assert _found(_page(line)) == [("related_links", line)]


@pytest.mark.parametrize(
    "line",
    [
        "Why young families are leaving the islands",  # a subheading: its words come back under it
        "Lorry Fire Shuts Motorway Bridge Overnight As Crews Fight Blaze",  # title case: a site's subheads
        "Bus drivers walked out of the depot on Monday morning.",  # a sentence, not a headline
        "Operator to absorb rising fuel costs until contract ends",  # it goes on from the paragraph above
        "Motorway bridge closes",  # too short to compare
        "Read more: Lorry fire shuts motorway bridge overnight as crews fight blaze",  # a label: also-read's
        "YOU MAY ALSO LIKE: Lorry fire shuts motorway bridge overnight",  # a longer label
        "Jane Roe: The bridge that nobody wanted to pay for",  # another story's writer, then its title
    ],
    ids=[
        "subheading",
        "title-case",
        "sentence",
        "continues-above",
        "short",
        "label",
        "long-label",
        "writer-colon",
    ],
)
def test_stray_headline_negatives(line: str) -> None:
    assert [t for _, t in _found(_page(line)) if t == line] == []


def test_page_with_subheadings_keeps_its_lines() -> None:
    subheading = "Why young families are leaving the islands"
    stray = "Lorry fire shuts motorway bridge overnight as crews fight blaze"
    text = _TOPIC + "\n" + _LEDE + _P1 + subheading + "\n" + _P2 + _P3 + stray + "\n" + _P1 + _P3
    assert [t for _, t in _found(text) if t in (subheading, stray)] == []


def test_credit_under_the_line_is_no_story_paragraph() -> None:
    line = "Lorry fire shuts motorway bridge overnight as crews fight blaze"
    credit = "Jane Roe, John Doe and Ann Smith in the islands contributed to this report.\n"
    text = _TOPIC + "\n" + _LEDE + _P1 + _P2 + line + "\n" + credit
    assert [t for _, t in _found(text) if line in t] == []


# --- buttons and labels of UK and US pages ------------------------------------------------------


@pytest.mark.parametrize(
    ("line", "kind"),
    [
        ("View image in fullscreen", "other"),
        ("Why you can trust Valley News", "other"),
        ("Want an ad-free experience?", "other"),
        ("Your support makes all the difference.", "other"),
        ("Read more about:", "other"),
        ("In Other News", "other"),
        ("Featured Video", "other"),
        ("Watch more", "other"),
        ("Sorry, this video is not available in your region.", "other"),
        ("Copy link to clipboard", "share"),
        ("Jump to comments section", "comments"),
        ("Enjoying this article? Subscribe for unlimited access.", "newsletter"),
        (
            "Our journalism is supported by our readers. When you buy through links on our site, we"
            " may earn a commission.",
            "disclaimer",
        ),
    ],
    ids=["fullscreen", "trust", "ad-free", "support", "read-more-about", "other-news", "featured-video",
         "watch-more", "video-unavailable", "copy-link", "jump-comments", "enjoying", "reader-supported"],
)  # fmt: skip
def test_page_buttons_and_labels(line: str, kind: str) -> None:
    assert _found(_STORY + line + "\n" + _STORY) == [(kind, line)]


@pytest.mark.parametrize(
    "line",
    [
        "Why you can trust the new tide figures is explained in the report, the board said.",
        "In other news, the board also approved a new slipway for the lifeboat station.",
        "More about the plan will be published on Friday, the harbour master said.",
        "Your support makes all the difference, the lifeboat crew told donors on Sunday.",
        "Watch more closely and you will see the cracks in the seawall, the engineer said.",
        "Featured videos from the regatta were shown at the yacht club on Friday evening.",
    ],
    ids=["trust-story", "other-news-story", "more-about-story", "support-story", "watch-story",
         "featured-story"],
)  # fmt: skip
def test_page_label_words_in_story_sentences(line: str) -> None:
    assert _found(_STORY + line + "\n" + _STORY) == []
