"""Document: lines as spans, claims, unclaimed stretches."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from newsparse import Boilerplate, Document, Quote, Span, split_lines


@pytest.mark.parametrize(
    ("text", "lines"),
    [
        ("", [""]),
        ("one", ["one"]),
        ("a\nb", ["a", "b"]),
        ("a\r\nb", ["a", "b"]),
        ("a\rb", ["a", "b"]),
        ("a\n\nb\n", ["a", "", "b", ""]),
        ("a\u2028b\x85c", ["a", "b", "c"]),
    ],
    ids=["empty", "one", "lf", "crlf", "lone-cr", "blank-and-trailing", "unicode-separators"],
)
def test_split_lines(text: str, lines: list[str]) -> None:
    spans = split_lines(text)
    assert [s.text for s in spans] == lines
    assert all(s.matches(text) for s in spans)


@given(st.text())
def test_split_lines_agrees_with_str_splitlines(text: str) -> None:
    spans = split_lines(text)
    assert all(s.matches(text) for s in spans)
    assert [s.text for s in spans if s.text] == [line for line in text.splitlines() if line]


def test_claims_and_unclaimed() -> None:
    text = "alpha\nbeta\ngamma"
    doc = Document.from_text(text)
    assert [s.text for s in doc.unclaimed_lines()] == ["alpha", "beta", "gamma"]
    beta = Span.of(text, 6, 10)
    doc2 = doc.with_items([Boilerplate(beta), Quote(Span.of(text, 0, 5), content=Span.of(text, 0, 5))])
    assert doc.claimed == () and doc2.claimed == ((6, 10),)
    assert doc2.is_claimed(6, 7) and doc2.is_claimed(0, 7) and doc2.is_claimed(9, 20)
    assert not doc2.is_claimed(0, 6) and not doc2.is_claimed(10, 16) and not doc2.is_claimed(7, 7)
    assert [s.text for s in doc2.unclaimed_lines()] == ["alpha", "gamma"]
    assert [s.text for s in doc2.unclaimed_ranges(0, len(text))] == ["alpha\n", "\ngamma"]
    assert len(doc2.items) == 2 and len(doc2.items_of(Quote)) == 1
    assert doc2.line_index_at(12) == 2 and doc2.line_index_at(0) == 0


@given(
    st.lists(st.tuples(st.integers(0, 50), st.integers(0, 50)), max_size=8),
    st.integers(0, 50),
    st.integers(0, 50),
)
def test_is_claimed_matches_brute_force(ranges: list[tuple[int, int]], a: int, b: int) -> None:
    text = "x" * 50
    items = [Boilerplate(Span.of(text, min(s, e), max(s, e))) for s, e in ranges]
    doc = Document.from_text(text).with_items(items)
    start, end = min(a, b), max(a, b)
    covered = {i for s, e in ranges for i in range(min(s, e), max(s, e))}
    assert doc.is_claimed(start, end) == any(i in covered for i in range(start, end))
    free = "".join(s.text for s in doc.unclaimed_ranges(start, end))
    assert len(free) == sum(1 for i in range(start, end) if i not in covered)
