"""A document's lines as the tweet stages see them: blank lines, indents, paragraph gaps.

A post's lines may be quoted (``> ``) or indented with marks a browser leaves (NBSP,
bidi controls), so "blank" and "where a line's text starts" skip those; :class:`Gaps`
tells the blank run that ends a paragraph from a ``<br><br>`` inside a post.
"""

from __future__ import annotations

import itertools
import re

from newsparse._document import Document
from newsparse._model import Span
from newsparse.rules.tweets import patterns as tp

# A character ``str.strip()`` keeps: ``re``'s ``\s`` is exactly ``str.isspace``.
NON_SPACE = re.compile(r"\S")


def is_blank(text: str, line: Span) -> bool:
    """Whether ``line`` holds nothing but spaces and the marks a quoted or indented line opens with."""
    left = tp.LINE_LEFT.match(text, line.start, line.end)
    return left is None or left.end() >= line.end or NON_SPACE.search(text, left.end(), line.end) is None


def left_width(text: str, line: Span) -> int:
    """Return how many characters of ``line`` come before its text (spaces, quote marks ``>``)."""
    left = tp.LINE_LEFT.match(text, line.start, line.end)
    assert left is not None
    return left.end() - line.start


class Gaps:
    """The blank runs between a document's paragraphs, to tell a post's own blank lines.

    Extractors turn ``</p><p>`` into one blank-run length and a ``<br><br>`` inside an embed
    into another; a run longer than the document's usual one, between a post's first line
    and a short paragraph, is a break inside the post.
    """

    __slots__ = ("_document", "_usual")

    def __init__(self, document: Document) -> None:
        self._document = document
        nonblank = document.index.nonblank
        counts: dict[int, int] = {}
        for a, b in itertools.pairwise(nonblank):
            counts[b - a - 1] = counts.get(b - a - 1, 0) + 1
        usual, seen = max(counts.items(), key=lambda kv: (kv[1], -kv[0]), default=(0, 0))
        # Only a document whose paragraphs are set apart by blank lines, most of them alike.
        self._usual = usual if usual >= 1 and seen >= 3 else -1

    @property
    def blank_separated(self) -> bool:
        """Whether the document sets its paragraphs apart with blank lines."""
        return self._usual >= 1

    def paragraph_above(self, blank: int) -> int | None:
        """Return the line above the blank run that holds line ``blank`` (within a few lines)."""
        text = self._document.text
        lines = self._document.lines
        j = blank
        while j >= 0 and j > blank - 8 and is_blank(text, lines[j]):
            j -= 1
        return None if j < 0 or is_blank(text, lines[j]) else j

    def post_paragraph_above(self, blank: int) -> int | None:
        """Return the line above the blank run that holds line ``blank``, if the run is long."""
        if self._usual < 0:
            return None
        lines = self._document.lines
        text = self._document.text
        j = blank
        while j >= 0 and j > blank - 8 and is_blank(text, lines[j]):
            j -= 1
        k = blank
        while k + 1 < len(lines) and k < blank + 8 and is_blank(text, lines[k + 1]):
            k += 1
        if j < 0 or is_blank(text, lines[j]) or k - j <= self._usual:
            return None
        return j


class LazyGaps:
    """A document's :class:`Gaps`, built on first use and then shared by all its posts."""

    __slots__ = ("_document", "_gaps")

    def __init__(self, document: Document) -> None:
        self._document = document
        self._gaps: Gaps | None = None

    def get(self) -> Gaps:
        """Return the document's :class:`Gaps`, measuring them on the first call."""
        if self._gaps is None:
            self._gaps = Gaps(self._document)
        return self._gaps
