"""The sentence splitter: a table of news shapes, and invariants on any text."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

import newsparse
from newsparse import split_sentences

CASES = [
    ("plain", "The dam held. Villagers went home.", ["The dam held.", "Villagers went home."]),
    ("title-mr", "Mr. Ortiz arrived late. He apologised.", ["Mr. Ortiz arrived late.", "He apologised."]),
    ("title-dr-gov", "Dr. Ng met Gov. Hale today.", ["Dr. Ng met Gov. Hale today."]),
    ("us-mid", "The U.S. Navy sent two ships.", ["The U.S. Navy sent two ships."]),
    (
        "us-end",
        "Talks moved to the U.S. The mood was calm.",
        ["Talks moved to the U.S.", "The mood was calm."],
    ),
    (
        "month-day",
        "The vote is on Nov. 21. Polls open at 7.",
        ["The vote is on Nov. 21.", "Polls open at 7."],
    ),
    ("number", "Route No. 9 is shut. Use No. 12.", ["Route No. 9 is shut.", "Use No. 12."]),
    ("no-word", "She said no. Then she left.", ["She said no.", "Then she left."]),
    ("jr", "Luis Cano Jr. won the race.", ["Luis Cano Jr. won the race."]),
    ("initials", "J. R. Okoye chaired it. It ended early.", ["J. R. Okoye chaired it.", "It ended early."]),
    ("decimal", "Growth was 2.4 per cent. Prices rose.", ["Growth was 2.4 per cent.", "Prices rose."]),
    ("pm", "It starts at 6 p.m. on Friday.", ["It starts at 6 p.m. on Friday."]),
    (
        "pm-end",
        "It starts at 6 p.m. The doors open earlier.",
        ["It starts at 6 p.m.", "The doors open earlier."],
    ),
    ("quote-end", "He said, “We are done.” Then he left.", ["He said, “We are done.”", "Then he left."]),
    ("quote-comma", "“We are done,” he said. “Go home.”", ["“We are done,” he said.", "“Go home.”"]),
    ("question-lower", "“Why now?” she asked. Nobody knew.", ["“Why now?” she asked.", "Nobody knew."]),
    ("straight-quote", 'She wrote: "It is over." The end.', ['She wrote: "It is over."', "The end."]),
    ("lines", "One line\r\nTwo line\n\nThree.", ["One line", "Two line", "Three."]),
    ("ellipsis", "Wait... What happened?", ["Wait...", "What happened?"]),
    ("company", "She joined Acme Inc. The firm grew.", ["She joined Acme Inc.", "The firm grew."]),
    ("empty", "", []),
    ("blank", "  \n\t ", []),
]


@pytest.mark.parametrize(("text", "expected"), [(c[1], c[2]) for c in CASES], ids=[c[0] for c in CASES])
def test_split(text: str, expected: list[str]) -> None:
    assert [s.text for s in split_sentences(text)] == expected


def test_exported() -> None:
    assert newsparse.split_sentences is split_sentences


def test_rejects_bytes() -> None:
    with pytest.raises(TypeError, match="decode"):
        split_sentences(b"bytes")  # type: ignore[arg-type]


@settings(max_examples=200, deadline=None)
@given(st.text(alphabet=st.sampled_from(list("ab A.!?…\"“”'’ \n\r\u2028U.S.Mr1")), max_size=200))
def test_invariants(text: str) -> None:
    spans = split_sentences(text)
    assert spans == split_sentences(text)
    prev_end = 0
    for s in spans:
        assert text[s.start : s.end] == s.text
        assert s.text == s.text.strip() and s.text
        assert s.start >= prev_end
        prev_end = s.end
