"""The view of the input that rules work on: its text, its lines, and what is already claimed."""

from __future__ import annotations

import bisect
import functools
from collections.abc import Iterable, Iterator

import attrs
import regex

from newsparse._model import Item, Span, is_structural

__all__ = ["Document", "split_lines"]

# Every line terminator ``str.splitlines`` knows, so that a lone ``\r`` (old Mac files,
# some CMS exports) or U+2028 from a JSON feed ends a line just like ``\n`` does.
LINE_BREAK = regex.compile(r"\r\n|[\n\r\x0b\x0c\x1c\x1d\x1e\x85\u2028\u2029]")
_TERMINATORS = frozenset("\n\r\x0b\x0c\x1c\x1d\x1e\x85\u2028\u2029")


def split_lines(text: str) -> tuple[Span, ...]:
    """Return every line of ``text`` as a Span, without its terminator (blank lines included).

    >>> [s.text for s in split_lines("a\\r\\nb\\rc\\n")]
    ['a', 'b', 'c', '']
    """
    # str.splitlines knows exactly the terminators LINE_BREAK lists, and runs in C.
    lines: list[Span] = []
    of = Span.of
    start = 0
    for piece in text.splitlines(keepends=True):
        end = start + len(piece)
        if piece.endswith("\r\n"):
            content_end = end - 2
        elif piece[-1] in _TERMINATORS:
            content_end = end - 1
        else:
            content_end = end
        lines.append(of(text, start, content_end))
        start = end
    if not text or LINE_BREAK.match(text, len(text) - 1):
        lines.append(of(text, len(text), len(text)))
    return tuple(lines)


def _merge(ranges: Iterable[tuple[int, int]]) -> tuple[tuple[int, int], ...]:
    merged: list[tuple[int, int]] = []
    for start, end in sorted(ranges):
        if end <= start:
            continue
        if merged and start <= merged[-1][1]:
            if end > merged[-1][1]:
                merged[-1] = (merged[-1][0], end)
        else:
            merged.append((start, end))
    return tuple(merged)


@attrs.frozen(slots=True)
class Document:
    """The input of a rule: the text, its lines, the items found so far and the claimed ranges.

    A Document is immutable; the :class:`~newsparse.Parser` hands each rule a new one that
    includes the items of the rules before it.

    >>> doc = Document.from_text("one\\ntwo")
    >>> [line.text for line in doc.lines]
    ['one', 'two']
    >>> doc.is_claimed(0, 3)
    False
    """

    text: str = attrs.field(repr=False)
    """The input, exactly as given."""
    lines: tuple[Span, ...] = attrs.field(repr=False)
    """Every line (blank ones included), without line terminators."""
    items: tuple[Item, ...] = attrs.field(default=(), repr=False)
    """The items earlier rules produced, in text order."""
    claimed: tuple[tuple[int, int], ...] = attrs.field(default=(), repr=False)
    """Merged, sorted ``(start, end)`` ranges that structural items cover."""

    @classmethod
    def from_text(cls, text: str) -> Document:
        """Return a fresh document for ``text`` with nothing claimed yet."""
        return cls(text, split_lines(text))

    def with_items(self, items: Iterable[Item]) -> Document:
        """Return a new document that also holds ``items`` (and claims the structural ones)."""
        new = tuple(items)
        if not new:
            return self
        all_items = tuple(sorted(self.items + new, key=lambda i: (i.span.start, i.span.end)))
        claims = self.claimed + tuple((i.span.start, i.span.end) for i in new if is_structural(i))
        return Document(self.text, self.lines, all_items, _merge(claims))

    def is_claimed(self, start: int, end: int) -> bool:
        """Return whether any code point of ``[start, end)`` is already claimed."""
        if end <= start:
            return False
        i = bisect.bisect_right(self.claimed, (start, len(self.text) + 1)) - 1
        if i >= 0 and self.claimed[i][1] > start:
            return True
        return i + 1 < len(self.claimed) and self.claimed[i + 1][0] < end

    def is_line_claimed(self, line: Span) -> bool:
        """Return whether any part of ``line`` is claimed."""
        return self.is_claimed(line.start, line.end)

    def unclaimed_lines(self) -> Iterator[Span]:
        """Yield the non-blank lines no structural item has touched."""
        for line in self.lines:
            if line.text.strip() and not self.is_line_claimed(line):
                yield line

    def unclaimed_ranges(self, start: int, end: int) -> Iterator[Span]:
        """Yield the unclaimed stretches of ``[start, end)`` as Spans."""
        pos = start
        i = max(bisect.bisect_right(self.claimed, (start, len(self.text) + 1)) - 1, 0)
        while i < len(self.claimed) and self.claimed[i][0] < end:
            c_start, c_end = self.claimed[i]
            if c_end > pos:
                if c_start > pos:
                    yield Span.of(self.text, pos, c_start)
                pos = max(pos, c_end)
            i += 1
        if pos < end:
            yield Span.of(self.text, pos, end)

    def span(self, start: int, end: int) -> Span:
        """Return the Span ``[start, end)`` of the text."""
        return Span.of(self.text, start, end)

    @functools.cached_property
    def line_starts(self) -> tuple[int, ...]:
        """The start offset of every line, for bisecting."""
        return tuple(line.start for line in self.lines)

    def line_index_at(self, offset: int) -> int:
        """Return the index in :attr:`lines` of the line holding ``offset``."""
        return max(bisect.bisect_right(self.line_starts, offset) - 1, 0)

    def items_of(self, kind: type) -> tuple[Item, ...]:
        """Return the earlier items that are instances of ``kind``."""
        return tuple(i for i in self.items if isinstance(i, kind))
