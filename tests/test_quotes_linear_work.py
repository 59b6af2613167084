"""The English quote rules do work linear in a paragraph's length, counted without a clock.

Issue #8: any ``str`` parses in time linear in its length. A one-line scrape is one paragraph,
so a rule that, for each cue, walks every quote of the paragraph or rescans its sentence from
the start is quadratic. These tests count the work instead of timing it (the machine is shared
and noisy): the Python lines run in the quote rules, and the characters the glued-sentence
search reads, must grow about four-fold when the input does.
"""

from __future__ import annotations

import sys
from collections.abc import Iterator
from types import FrameType
from typing import Any

import pytest

import newsparse
from newsparse.rules.quotes import clauses

# the modules of the attribution stage (a package since #8)
_ATTRIBUTION = (
    "according",
    "cue_clause",
    "cue_filters",
    "direct",
    "postposed",
    "reported",
    "shared",
    "speaker",
    "titles",
)
_QUOTE_RULES = (
    *(f"rules/quotes/attribution/{name}.py" for name in _ATTRIBUTION),
    "rules/quotes/clauses.py",
    "rules/quotes/state.py",
)

# Repeated shapes of one unterminated paragraph: a fragment quoted inside a clause with an
# inverted cue, a pronoun cue after a lower-case quote, and full sentences of the same kind.
SHAPES = {
    "fragment, said X, and": "She called it the “main source of growth,” said Ruiz, and ",
    "lower-case quote, he said,": "“fine,” he said, ",
    "fragment in full sentences": "The deal is “mainly about costs,” said Ms Lund. ",
}
_LINEAR = 4.6  # work at 4n over work at n: 4 for linear, 16 for quadratic (slack for edges)


def _lines_run(text: str) -> int:
    """How many lines of the quote rules run while ``text`` parses."""
    count = 0

    def local(frame: FrameType, event: str, arg: Any) -> Any:
        nonlocal count
        if event == "line":
            count += 1
        return local

    def tracer(frame: FrameType, event: str, arg: Any) -> Any:
        return local if frame.f_code.co_filename.endswith(_QUOTE_RULES) else None

    newsparse.parse(text[:50])  # (compile lazily built patterns outside the count)
    sys.settrace(tracer)
    try:
        newsparse.parse(text)
    finally:
        sys.settrace(None)
    return count


@pytest.mark.parametrize("piece", list(SHAPES.values()), ids=list(SHAPES))
def test_quote_rules_run_lines_linear_in_quotes(piece: str) -> None:
    small, large = _lines_run(piece * 150), _lines_run(piece * 600)
    assert small > 0
    assert large / small <= _LINEAR, f"{large / small:.1f}x the lines for 4x the quotes"


class _CountingPattern:
    """Stands in for a compiled pattern and adds up how many characters ``finditer`` is given."""

    def __init__(self, pattern: Any) -> None:
        self.pattern = pattern
        self.chars = 0

    def finditer(self, text: str, pos: int = 0, endpos: int = sys.maxsize) -> Iterator[Any]:
        self.chars += min(endpos, len(text)) - pos
        found: Iterator[Any] = self.pattern.finditer(text, pos, endpos)
        return found

    def __getattr__(self, name: str) -> Any:
        return getattr(self.pattern, name)


@pytest.mark.parametrize("piece", list(SHAPES.values()), ids=list(SHAPES))
def test_glued_sentence_search_reads_a_bounded_window(piece: str, monkeypatch: pytest.MonkeyPatch) -> None:
    counter = _CountingPattern(clauses._GLUED)
    monkeypatch.setattr(clauses, "_GLUED", counter)
    newsparse.parse(piece * 150)
    small = counter.chars
    counter.chars = 0
    newsparse.parse(piece * 600)
    assert small > 0
    assert counter.chars / small <= _LINEAR, f"{counter.chars / small:.1f}x the characters read"
