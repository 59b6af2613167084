"""The view of the input that rules work on, and its one shared pre-pass.

A :class:`Document` is what every rule receives. The expensive, rule-independent work on a
text is done once, in :class:`TextIndex`, and shared by every Document of the same parse:

* the line table as two integer columns (no object per line);
* the lower-cased text, with offsets kept, for case-blind scans;
* for each :class:`Gate` a rule declares, its candidate lines, from one scan of the text.

A rule asks ``document.candidates(gate)`` for the lines worth its time (lines where one of
its trigger literals or patterns occurs, plus the zones it names, such as the first or last
lines) instead of walking every line; what earlier rules claimed is kept as a per-line state
array so that "is this line free?" is one index, not a search.
"""

from __future__ import annotations

import bisect
import re
from array import array
from collections.abc import Iterable, Iterator
from typing import Any

import attrs
import regex

from newsparse._errors import ensure_str
from newsparse._model import Item, Span, is_structural
from newsparse.lang import AUTO, UNDETERMINED, LanguageTables, resolve_language, tables_for
from newsparse.text.lines import LINE_TERMINATORS, line_bounds, lowered

__all__ = ["FREE", "PARTLY", "WHOLLY", "Document", "Gate", "TextIndex", "split_lines"]

# Kept for users who split lines with the same terminators as newsparse.
LINE_BREAK = regex.compile(r"\r\n|[\n\r\x0b\x0c\x1c\x1d\x1e\x85\u2028\u2029]")
_TERMINATORS = LINE_TERMINATORS

FREE, PARTLY, WHOLLY = 0, 1, 2
"""Per-line claim states: nothing claimed, some of the line claimed, all of it claimed."""


def split_lines(text: str) -> tuple[Span, ...]:
    """Return every line of ``text`` as a Span, without its terminator (blank lines included).

    >>> [s.text for s in split_lines("a\\r\\nb\\rc\\n")]
    ['a', 'b', 'c', '']
    """
    text = ensure_str(text)
    starts, ends = line_bounds(text)
    of = Span.of
    return tuple(of(text, s, e) for s, e in zip(starts, ends, strict=True))


@attrs.frozen(slots=True)
class Gate:
    """Which lines a rule wants to see: its trigger words and patterns, and its zones.

    A line is a candidate when its lower-cased text contains one of ``literals``, or
    ``pattern`` (compiled against the lower-cased text) matches in it, or it is among the
    first ``head`` or last ``tail`` non-blank lines. Gates are compared by identity of their
    contents, so declare each one once, as a module or class constant.

    >>> gate = Gate(literals=("also read",), head=1)
    >>> doc = Document.from_text("Headline\\nBody text.\\nALSO READ: More")
    >>> [doc.line_text(i) for i in doc.candidates(gate)]
    ['Headline', 'ALSO READ: More']
    """

    literals: tuple[str, ...] = ()
    """Lower-case strings; a line holding one is a candidate."""
    pattern: regex.Pattern[str] | re.Pattern[str] | None = attrs.field(default=None, eq=False)
    """A compiled ``regex`` or ``re`` pattern searched in the lower-cased text; a line holding a
    match is a candidate."""
    head: int = 0
    """The first ``head`` non-blank lines are candidates."""
    tail: int = 0
    """The last ``tail`` non-blank lines are candidates."""


def _literal_pattern(literals: tuple[str, ...]) -> re.Pattern[str]:
    """One pattern finding, on each line, whether any of ``literals`` occurs (not where).

    Scanned once per document, in C, with the standard ``re`` (a plain alternation of many
    literals scans ~5x slower in ``regex``). Each literal is matched from its rarest letter
    ("instagram" from its "g", checking "insta" behind and "ram" ahead), so the engine stops
    only at the few positions holding one of those letters rather than at every common one.
    """
    # A literal holding a shorter one selects no line the shorter one misses ("posted by"
    # goes when "posted" is there).
    kept: list[str] = []
    for word in sorted(set(literals), key=len):
        if word and not any(short in word for short in kept):
            kept.append(word)
    groups: dict[str, list[tuple[str, str]]] = {}
    for word in kept:
        k = min(range(len(word)), key=lambda i: (_LETTER_FREQUENCY.get(word[i], 0), i))
        groups.setdefault(word[k], []).append((word[:k], word[k + 1 :]))
    parts = []
    for char, contexts in sorted(groups.items()):
        checks = sorted(
            (f"(?<={re.escape(before + char)})" if before else "")
            + (f"(?={re.escape(after)})" if after else "")
            for before, after in set(contexts)
        )
        parts.append(re.escape(char) + ("" if "" in checks else "(?:" + "|".join(checks) + ")"))
    return re.compile("|".join(parts) if parts else "(?!)")


def _trie(words: list[str]) -> str:
    """A pattern matching exactly the non-empty ``words``, their common prefixes factored out.

    >>> _trie(["con", "content", "continue"])
    'con(?:t(?:ent|inue))?'
    """
    heads: dict[str, list[str]] = {}
    for word in words:
        if word:
            heads.setdefault(word[0], []).append(word[1:])
    alternatives = []
    for head, rests in heads.items():
        optional = "" in rests
        tail = _trie(rests)
        if not tail:
            alternatives.append(re.escape(head))
        else:
            alternatives.append(re.escape(head) + (f"(?:{tail})?" if optional else tail))
    if len(alternatives) <= 1:
        return "".join(alternatives)
    return "(?:" + "|".join(alternatives) + ")"


# How often each letter occurs in running text, per mille (English); other characters count
# as rare. Only the choice of anchor depends on it, never what a gate selects.
_LETTER_FREQUENCY = dict(zip(" etaoinshrdlcumwfgypbvkjxqz", (
    180, 127, 91, 82, 75, 70, 67, 63, 61, 60, 43, 40, 28, 28, 24, 24, 22, 20, 20, 19, 15, 10, 8, 2, 2, 1, 1,
), strict=True))  # fmt: skip


class TextIndex:
    """The per-text pre-pass shared by every Document of one parse (built lazily, cached).

    >>> index = TextIndex("One\\n\\nTwo")
    >>> len(index), index.line_text(2), index.nonblank
    (3, 'Two', (0, 2))
    """

    __slots__ = ("_cache", "ends", "starts", "text")

    def __init__(self, text: str) -> None:
        self.text = text
        self.starts, self.ends = line_bounds(text)
        self._cache: dict[Any, Any] = {}

    def __len__(self) -> int:
        return len(self.starts)

    def line_text(self, i: int) -> str:
        """The text of line ``i``."""
        return self.text[self.starts[i] : self.ends[i]]

    def line_span(self, i: int) -> Span:
        """Line ``i`` as a Span."""
        return Span.of(self.text, self.starts[i], self.ends[i])

    @property
    def lines(self) -> tuple[Span, ...]:
        """Every line as a Span, built on first use."""
        found: tuple[Span, ...] | None = self._cache.get("lines")
        if found is None:
            text, of = self.text, Span.of
            found = tuple(of(text, s, e) for s, e in zip(self.starts, self.ends, strict=True))
            self._cache["lines"] = found
        return found

    @property
    def lower(self) -> str:
        """The text lower-cased, offsets kept (see :func:`~newsparse.text.lines.lowered`)."""
        found: str | None = self._cache.get("lower")
        if found is None:
            found = self._cache["lower"] = lowered(self.text)
        return found

    @property
    def nonblank(self) -> tuple[int, ...]:
        """Indexes of the lines holding something other than whitespace."""
        found: tuple[int, ...] | None = self._cache.get("nonblank")
        if found is None:
            text = self.text
            found = tuple(
                i
                for i, (s, e) in enumerate(zip(self.starts, self.ends, strict=True))
                if e > s and not text[s:e].isspace()
            )
            self._cache["nonblank"] = found
        return found

    def line_at(self, offset: int) -> int:
        """The index of the line holding ``offset`` (the last line for offsets past the end)."""
        return max(bisect.bisect_right(self.starts, offset) - 1, 0)

    def lines_matching(self, pattern: regex.Pattern[str] | re.Pattern[str]) -> tuple[int, ...]:
        """Indexes of the lines where ``pattern`` matches the lower-cased text (cached)."""
        key = ("match", pattern)
        found: tuple[int, ...] | None = self._cache.get(key)
        if found is None:
            found = self._cache[key] = self._scan(pattern)
        return found

    def _scan(self, pattern: regex.Pattern[str] | re.Pattern[str]) -> tuple[int, ...]:
        # One search per matching line: after a hit, jump to the next line, so a line with a
        # thousand hits costs one search and the whole scan stays linear.
        low, starts, ends = self.lower, self.starts, self.ends
        out: list[int] = []
        pos, n = 0, len(starts)
        search = pattern.search
        while pos <= len(low):
            m = search(low, pos)
            if m is None:
                break
            i = bisect.bisect_right(starts, m.start(), lo=out[-1] if out else 0) - 1
            if m.start() <= ends[i] or m.end() > starts[i]:
                out.append(i)
            if i + 1 >= n:
                break
            pos = starts[i + 1]
        return tuple(out)

    def offsets(self, pattern: re.Pattern[str]) -> list[int]:
        """The start offset of every match of ``pattern`` in the text as given (not lower-cased),
        in order, from one scan (cached): plain integers, so a rule bisects them per paragraph.

        >>> TextIndex("“Yes,” she said.").offsets(re.compile("[“”]"))
        [0, 5]
        """
        key = ("offsets", pattern)
        found: list[int] | None = self._cache.get(key)
        if found is None:
            found = self._cache[key] = [m.start() for m in pattern.finditer(self.text)]
        return found

    def candidates(self, gate: Gate) -> tuple[int, ...]:
        """Sorted indexes of the non-blank lines ``gate`` selects (cached per gate)."""
        key = ("gate", gate.literals, id(gate.pattern), gate.head, gate.tail)
        found: tuple[int, ...] | None = self._cache.get(key)
        if found is not None:
            return found
        chosen: set[int] = set()
        if gate.literals:
            chosen.update(self.lines_matching(_cached_literal_pattern(gate.literals)))
        if gate.pattern is not None:
            chosen.update(self.lines_matching(gate.pattern))
        nonblank = self.nonblank
        if gate.head:
            chosen.update(nonblank[: gate.head])
        if gate.tail:
            chosen.update(nonblank[-gate.tail :])
        text, starts, ends = self.text, self.starts, self.ends
        found = tuple(
            i for i in sorted(chosen) if ends[i] > starts[i] and not text[starts[i] : ends[i]].isspace()
        )
        self._cache[key] = found
        return found


_LITERAL_PATTERNS: dict[tuple[str, ...], re.Pattern[str]] = {}


def _cached_literal_pattern(literals: tuple[str, ...]) -> re.Pattern[str]:
    found = _LITERAL_PATTERNS.get(literals)
    if found is None:
        found = _LITERAL_PATTERNS[literals] = _literal_pattern(literals)
    return found


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


def _item_key(item: Item) -> tuple[int, int]:
    span = item.span
    return (span.start, span.end)


@attrs.frozen(slots=True, init=False)
class Document:
    """The input of a rule: the text, its lines, the items found so far and the claimed ranges.

    A Document is immutable; the :class:`~newsparse.Parser` hands each rule a new one that
    includes the items of the rules before it. All Documents of one parse share one
    :class:`TextIndex` (the line table and every cached scan).

    >>> doc = Document.from_text("one\\ntwo")
    >>> [line.text for line in doc.lines]
    ['one', 'two']
    >>> doc.is_claimed(0, 3)
    False
    """

    text: str = attrs.field(repr=False)
    """The input, exactly as given."""
    index: TextIndex = attrs.field(repr=False, eq=False)
    """The shared pre-pass: line offsets, lower-cased text, cached scans."""
    items: tuple[Item, ...] = attrs.field(default=(), repr=False)
    """The items earlier rules produced, in text order."""
    claimed: tuple[tuple[int, int], ...] = attrs.field(default=(), repr=False)
    """Merged, sorted ``(start, end)`` ranges that structural items cover."""
    line_claims: bytes = attrs.field(default=b"", repr=False, eq=False)
    """Per line: :data:`FREE`, :data:`PARTLY` or :data:`WHOLLY` claimed."""
    language: str = UNDETERMINED
    """The language code the rules read the text as (``"en"``, ``"fr"``…, or ``"und"``)."""

    def __init__(
        self,
        text: str,
        index: TextIndex | None = None,
        items: tuple[Item, ...] = (),
        claimed: tuple[tuple[int, int], ...] = (),
        line_claims: bytes | None = None,
        language: str = UNDETERMINED,
    ) -> None:
        """Build a document; prefer :meth:`from_text`."""
        text = ensure_str(text)
        index = index if index is not None else TextIndex(text)
        if line_claims is None:
            line_claims = _line_claims(index, claimed, bytes(len(index)))
        self.__attrs_init__(text, index, items, claimed, line_claims, language)

    @classmethod
    def from_text(cls, text: str, language: str = AUTO) -> Document:
        """Return a fresh document for ``text`` with nothing claimed yet.

        ``language`` is a registered code, ``"und"``, or ``"auto"`` (the default) to detect it.

        >>> Document.from_text("Der Minister sagte, dass die Brücke bald wieder offen sei.").language
        'de'
        """
        text = ensure_str(text)
        index = TextIndex(text)
        return cls(text, index, (), (), bytes(len(index)), resolve_language(text, language))

    @property
    def tables(self) -> LanguageTables:
        """The vocabulary of :attr:`language` (English tables for ``"und"``), for rules to read."""
        return tables_for(self.language)

    @property
    def lines(self) -> tuple[Span, ...]:
        """Every line (blank ones included) as a Span, without its terminator.

        Built once per parse on first use; rules that only need offsets use
        :attr:`line_starts` / :attr:`line_ends` and :meth:`line_text` instead.
        """
        return self.index.lines

    @property
    def line_starts(self) -> array[int]:
        """The start offset of every line, for bisecting."""
        return self.index.starts

    @property
    def line_ends(self) -> array[int]:
        """The end offset (before the terminator) of every line."""
        return self.index.ends

    @property
    def lower(self) -> str:
        """The text lower-cased, every offset kept."""
        return self.index.lower

    def line_text(self, i: int) -> str:
        """The text of line ``i``."""
        return self.index.line_text(i)

    def line_span(self, i: int) -> Span:
        """Line ``i`` as a Span."""
        return self.index.line_span(i)

    def with_items(self, items: Iterable[Item]) -> Document:
        """Return a new document that also holds ``items`` (and claims the structural ones)."""
        new = tuple(items)
        if not new:
            return self
        # Both runs are sorted, so this sort is one linear merge (Timsort finds the runs).
        all_items = tuple(sorted(self.items + tuple(sorted(new, key=_item_key)), key=_item_key))
        fresh = tuple((i.span.start, i.span.end) for i in new if is_structural(i))
        if not fresh:
            return Document(self.text, self.index, all_items, self.claimed, self.line_claims, self.language)
        claims = _merge(self.claimed + fresh)
        line_claims = _line_claims(self.index, fresh, self.line_claims)
        return Document(self.text, self.index, all_items, claims, line_claims, self.language)

    def is_claimed(self, start: int, end: int) -> bool:
        """Return whether any code point of ``[start, end)`` is already claimed."""
        if end <= start or not self.claimed:
            return False
        claimed = self.claimed
        i = bisect.bisect_right(claimed, (start, len(self.text) + 1)) - 1
        if i >= 0 and claimed[i][1] > start:
            return True
        return i + 1 < len(claimed) and claimed[i + 1][0] < end

    def is_line_claimed(self, line: Span) -> bool:
        """Return whether any part of ``line`` is claimed."""
        return self.is_claimed(line.start, line.end)

    def line_state(self, i: int) -> int:
        """The claim state of line ``i``: :data:`FREE`, :data:`PARTLY` or :data:`WHOLLY`."""
        return self.line_claims[i]

    def unclaimed_lines(self) -> Iterator[Span]:
        """Yield the non-blank lines no structural item has touched."""
        claims, span = self.line_claims, self.index.line_span
        for i in self.index.nonblank:
            if not claims[i]:
                yield span(i)

    def candidates(self, gate: Gate) -> list[int]:
        """Indexes of the non-blank, wholly unclaimed lines ``gate`` selects, in order."""
        claims = self.line_claims
        return [i for i in self.index.candidates(gate) if not claims[i]]

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

    def line_index_at(self, offset: int) -> int:
        """Return the index in :attr:`lines` of the line holding ``offset``."""
        return self.index.line_at(offset)

    def items_of(self, kind: type) -> tuple[Item, ...]:
        """Return the earlier items that are instances of ``kind``."""
        return tuple(i for i in self.items if isinstance(i, kind))


def _line_claims(index: TextIndex, ranges: Iterable[tuple[int, int]], before: bytes) -> bytes:
    """Return ``before`` with the lines that ``ranges`` touch marked PARTLY or WHOLLY claimed.

    Work is proportional to the lines the ranges cover (structural items never overlap, so
    over a whole parse that is at most every line once per rule), plus one copy of the array.
    """
    state = bytearray(before)
    starts, ends = index.starts, index.ends
    n = len(starts)
    for start, end in ranges:
        if end <= start:
            continue
        i = max(bisect.bisect_right(starts, start) - 1, 0)
        while i < n and starts[i] < end:
            s, e = starts[i], ends[i]
            # Blank lines are never claimed (an empty range claims nothing), as before.
            if e > s and start < e:
                if start <= s and e <= end:
                    state[i] = WHOLLY
                elif state[i] != WHOLLY:
                    state[i] = PARTLY
            i += 1
    # Two partial claims may together cover a line: settle those against the merged ranges
    # lazily — PARTLY only ever means "look closer", so leaving it is correct.
    return bytes(state)
