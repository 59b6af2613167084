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


# --- the shared pre-pass: line table, gates, per-line claim states (#8) -------------------


def test_text_index_lines_match_split_lines() -> None:
    from newsparse._document import TextIndex

    text = "a\r\nb\rc\n\n  \nlast"
    index = TextIndex(text)
    assert [index.line_text(i) for i in range(len(index))] == [s.text for s in split_lines(text)]
    assert index.nonblank == (0, 1, 2, 5)


def test_gate_selects_literal_pattern_and_zone_lines() -> None:
    import regex

    from newsparse._document import Gate

    text = "Top line\n\nplain\nWe said ALSO READ here\nmore plain\n#tag line\nend"
    doc = Document.from_text(text)
    gate = Gate(literals=("also read",), pattern=regex.compile(r"#\w"), head=1, tail=1)
    assert [doc.line_text(i) for i in doc.candidates(gate)] == [
        "Top line",
        "We said ALSO READ here",
        "#tag line",
        "end",
    ]


def test_gate_scan_is_one_hit_per_line() -> None:
    from newsparse._document import Gate

    text = "x said " * 10_000 + "\nnothing\nsaid"
    doc = Document.from_text(text)
    assert doc.candidates(Gate(literals=("said",))) == [0, 2]


def test_candidates_skip_claimed_lines_and_states_follow_items() -> None:
    from newsparse._document import FREE, PARTLY, WHOLLY, Gate

    text = "Also Read: one\nAlso Read: two\nbody Also Read"
    doc = Document.from_text(text)
    first = doc.lines[0]
    part = Span.of(text, doc.lines[2].start, doc.lines[2].start + 4)
    doc2 = doc.with_items([Boilerplate(first), Boilerplate(part)])
    assert [doc2.line_state(i) for i in range(3)] == [WHOLLY, FREE, PARTLY]
    assert doc2.candidates(Gate(literals=("also read",))) == [1]
    assert [s.text for s in doc2.unclaimed_lines()] == ["Also Read: two"]
    # the earlier document is unchanged
    assert doc.candidates(Gate(literals=("also read",))) == [0, 1, 2]


def test_lowered_keeps_offsets_for_expanding_characters() -> None:
    from newsparse.text.lines import lowered

    text = "İSTANBUL said ΣΑΣ"
    low = lowered(text)
    assert len(low) == len(text)
    assert low.index("said") == text.index("said")
