"""An ALL-CAPS line over a list in the story is the list's heading, not a related headline set
between paragraphs (tenth round, #9). The article is invented."""

from __future__ import annotations

import newsparse

_LEDE = (
    "The regional music awards were handed out on Saturday night at the harbour arena after a year's delay.\n"
    "Organisers said the full list of nominees and winners in every category is below, updated through the night.\n"
)


def _list_article(marker: str) -> str:
    sections = []
    for heading in (
        "SINGER OF THE YEAR BY PUBLIC VOTE",
        "BEST NEW BAND OF THE YEAR SO FAR",
        "VENUE OF THE YEAR IN THE REGION",
    ):
        names = "".join(
            f"{marker.format(n)}{name}\n"
            for n, name in enumerate(("Ann Lee", "Tom Okafor", "Rita Vale (WINNER)"), 1)
        )
        sections.append(heading + "\n" + names)
    return _LEDE + "".join(sections)


def test_caps_headings_over_dash_lists_are_story() -> None:
    text = _list_article("- ")
    assert newsparse.parse(text).boilerplate == ()


def test_caps_headings_over_bulleted_lists_are_story() -> None:
    text = _list_article("• ")
    assert newsparse.parse(text).boilerplate == ()


def test_caps_headline_between_paragraphs_is_still_a_related_headline() -> None:
    text = (
        _LEDE
        + "FERRY OPERATOR FINED AFTER ENGINE FIRE FORCED EVACUATION OF PASSENGERS\n"
        + "The winners will play a free concert on the pier next month, the organisers said.\n"
    )
    kinds = [(b.kind, text[b.span.start : b.span.end]) for b in newsparse.parse(text).boilerplate]
    assert kinds == [
        ("related_links", "FERRY OPERATOR FINED AFTER ENGINE FIRE FORCED EVACUATION OF PASSENGERS")
    ]


_BODY = (
    "The harbour board approved the new ferry timetable on Tuesday after a long debate.\n"
    "Members said the changes would take effect in May, once the second boat is repaired.\n"
)


def _footers(line: str) -> list[str]:
    text = _BODY + line + "\n" + _BODY
    return [text[b.span.start : b.span.end] for b in newsparse.parse(text).boilerplate]


def test_house_pointers_to_sections_and_print_issue_are_footers() -> None:
    for line in (
        "Read more news and reviews on the Daily Ledger's food and drink pages.",
        "Plus, don't miss the March issue of Daily Ledger magazine.",
        "(Watch the video below.)",
        "(See the photos above)",
    ):
        assert _footers(line) == [line], line


def test_story_sentences_with_the_same_words_stay() -> None:
    for line in (
        "Read more about the plan in the council minutes, which the city published on its pages.",
        "Fans should not miss this issue of the debate, the chair said.",
        "See the photos below of the mayor at the opening of the new pier, which drew crowds.",
    ):
        assert _footers(line) == [], line
