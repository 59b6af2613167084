"""Tests for the prose-or-furniture cues and the story-end finder (``newsparse.text.prose``)."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from newsparse.text import prose


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The council approved the budget on Monday after a long debate.", prose.PROSE),
        ("“You will pay for this,” the mayor told the council.", prose.PROSE),
        ("Trade between the US and the islands has doubled.", prose.PROSE),
        ("Sign up to get the day's biggest stories in your inbox.", prose.PROMO),
        ("Tell us what you think. Email us at desk@example.com", prose.PROMO),
        ("We welcome your comments on the stories of the day.", prose.PROMO),
        ("Shares rose on Monday as investors awaited ...", prose.TEASER),
        ("The only ferry captain to have sailed every route was ... more", prose.TEASER),
        ("Other Opinion Columns", prose.LABEL),
        ("HOUSE RULES", prose.LABEL),
        ("- ", prose.LABEL),
        ("Bridge tolls Why the toll rise is a tax on the islands", prose.TITLE),
        ("3/5", prose.TITLE),
    ],
    ids=[
        "sentence", "quoted-you", "country-us", "newsletter", "tell-us", "house-rules-bullet",
        "truncated", "more", "label", "caps-label", "dash", "headline", "counter",
    ],
)  # fmt: skip
def test_classify(text: str, expected: str) -> None:
    assert prose.classify(text) == expected


def test_vocabulary_is_data() -> None:
    assert prose.classify("Lees ook dit", label_words=prose.LABEL_WORDS | {"lees"}) == prose.LABEL
    assert prose.classify("Lees ook dit") == prose.TITLE


def test_addresses_reader_wants_second_person() -> None:
    assert prose.addresses_reader("If you're on a desktop, scan the code above.")
    assert not prose.addresses_reader("For all of us, and for our children.")
    assert not prose.addresses_reader("'You lied,' she said.")


P, T, L, F = prose.PROSE, prose.TITLE, prose.LABEL, prose.FOOTER


@pytest.mark.parametrize(
    ("classes", "anchors", "expected"),
    [
        ([P] * 5 + [L, T, P, T, P, T], [False] * 5 + [True] + [False] * 5, 5),
        ([P] * 5 + [L, P, P, P], [False] * 5 + [True] + [False] * 3, None),
        ([P] * 5 + [F, F, F, P], [False] * 5 + [True, True, True, False], None),  # nothing new
        ([P] * 5 + [T, T, T], [False] * 8, None),  # no anchor
        ([], [], None),
    ],
    ids=["teaser-list", "story-resumes", "only-known-footers", "no-anchor", "empty"],
)
def test_tail_start(classes: list[str], anchors: list[bool], expected: int | None) -> None:
    assert prose.tail_start(classes, anchors) == expected


@given(st.text(max_size=300))
def test_classify_any_text(text: str) -> None:
    assert prose.classify(text) in {prose.PROSE, prose.PROMO, prose.TEASER, prose.TITLE, prose.LABEL}
    assert isinstance(prose.is_truncated(text), bool)
