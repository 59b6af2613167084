"""Moving through the document's first lines without building a Span per line."""

from __future__ import annotations

import bisect
import re
from typing import NamedTuple

from newsparse._document import Document
from newsparse.rules.headlines import patterns as pat
from newsparse.rules.headlines.analysis import trim
from newsparse.text.lazy import deferred_re

# The first character that :func:`~newsparse.rules.headlines.analysis.trim` keeps: a line with none is blank.
_CONTENT = deferred_re("[^\\s" + re.escape(pat.TRIM_CHARS) + "]")


class Line(NamedTuple):
    """A line's start and end offsets."""

    start: int
    end: int


class LineView:
    """The document's lines as ``(start, end)`` pairs read from its offset columns.

    ``document.lines`` builds a Span for every line of the page, which on a page of half a
    million blank lines costs seconds; this rule only ever looks at a few lines near the top.
    """

    __slots__ = ("_ends", "_starts")

    def __init__(self, document: Document) -> None:
        self._starts = document.line_starts
        self._ends = document.line_ends

    def __len__(self) -> int:
        return len(self._starts)

    def __getitem__(self, k: int) -> Line:
        return Line(self._starts[k], self._ends[k])


def next_content_line(document: Document, i: int) -> int:
    """Return the index of the first line from ``i`` that is neither blank nor claimed, else ``len(lines)``.

    Lines are skipped in bulk: a regex finds the next character :func:`trim` would keep, and
    claimed ranges are jumped over, so a megabyte of blank or claimed lines costs no Python loop.
    """
    lines = LineView(document)
    text = document.text
    for j in range(i, min(i + 2, len(lines))):  # the usual case: content within two lines
        line = lines[j]
        a, b = trim(text, line.start, line.end)
        if a < b and not document.is_claimed(a, b):
            return j
    i += 2
    if i >= len(lines):
        return len(lines)
    claimed = document.claimed
    pos = lines[i].start
    while True:
        m = _CONTENT.search(text, pos)
        if m is None:
            return len(lines)
        p = m.start()
        k = bisect.bisect_right(claimed, (p, len(text) + 1)) - 1
        if k >= 0 and claimed[k][1] > p:
            pos = claimed[k][1]  # a character inside a claimed range: its line is claimed
            continue
        j = max(bisect.bisect_right(document.line_starts, p) - 1, i)
        line = lines[j]
        a, b = trim(text, line.start, line.end)
        if not document.is_claimed(a, b):
            return j
        if j + 1 >= len(lines):
            return len(lines)
        pos = lines[j + 1].start


def next_line(document: Document, i: int) -> tuple[int, int, int] | None:
    """The index and trimmed bounds of the next non-blank line from ``i`` (claimed or not)."""
    text = document.text
    lines = LineView(document)
    for k in range(i, min(len(lines), i + 50)):
        line = lines[k]
        a, b = trim(text, line.start, line.end)
        if a < b:
            return k, a, b
    return None
