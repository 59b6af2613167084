"""The boilerplate rule: footers and in-body promos (app plugs, newsletters, share bars, …).

How it works (see ``docs/boilerplate.md``):

1. every unclaimed line (or the unclaimed part of a line) is matched WHOLE against a table of
   ``(kind, regex)`` pairs — a body sentence that merely mentions an app or a newsletter does not
   match, because the patterns describe the whole promo line, not a keyword;
2. a long line (a scrape that joined paragraphs with spaces) is also checked for promo sentences
   at its end (``… Andrew Cuomo. To read more such news, download … apps``);
3. the tail of the article — the lines after its last body paragraph — is scanned backwards: there,
   author-contact lines count too, and short widget lines (``Facebook``, ``0``, ``Privacy Policy``)
   under a recognised footer line join it, so the whole footer is covered. Credit lines
   (``(With inputs from PTI)``, ``Reporting by …``) are left for the bylines rule.

One item per line (or per sentence at the end of a joined line), each with a ``kind``.

>>> [(b.kind, b.text) for b in find_boilerplate("Rates rose.\\nFollow us on Twitter\\nAdvertisement")]
[('social_follow', 'Follow us on Twitter'), ('ad', 'Advertisement')]
"""

from __future__ import annotations

import bisect
import functools
import re
from collections.abc import Callable, Iterable, Iterator
from re import _constants as _C  # type: ignore[attr-defined]
from re import _parser as _sre_parser  # type: ignore[attr-defined]
from typing import Any, NamedTuple

import attrs
import regex

from newsparse._document import FREE, Document, _literal_pattern
from newsparse._model import AlsoRead, Boilerplate, Span
from newsparse.lang import LanguageTables, extend_vocabulary
from newsparse.rules.also_read import patterns as AP
from newsparse.rules.also_read.rule import _label_regex_source
from newsparse.rules.boilerplate import (
    asked,
    bracketed,
    chips,
    closing,
    dated,
    disguised,
    dumps,
    joined,
    lists,
    media,
    notices,
    opening,
    plugs,
    pulled,
    references,
    residue,
    runs,
    spaced,
    stray,
    threads,
    ticker,
)
from newsparse.rules.boilerplate import patterns as BP
from newsparse.rules.furniture.byline_contacts import contact_line, contact_vocab
from newsparse.rules.furniture.writer_lines import writer_line
from newsparse.text import prose
from newsparse.text.lazy import deferred_re, deferred_regex

__all__ = ["BoilerplateRule", "find_boilerplate"]

_MAX_LINE = 1500  # whole-line classification looks at lines up to this length
_MID_AD_MIN = 120  # a line this long may hold an ad marker between two of its sentences
# Every match of the built-in ad-marker pattern (``BP.MID_LINE_AD``, case-sensitive) holds one
# of these: one scan of a line for them is cheaper than the pattern's look-behind at every position.
_MID_AD_GATE = deferred_re(r"dvertisement|DVERTISEMENT|continues")


@functools.lru_cache(maxsize=8)
def _mid_ad(source: str) -> regex.Pattern[str]:
    return regex.compile(source)


_JOINED = 400  # a line this long is taken for several paragraphs joined by spaces
_STORY_SENTENCE = 60  # after a promo sentence, a sentence this long is story, not the plug's
_TAIL_WINDOW = 1500  # how far back from a line's end promo sentences are looked for
# Where a sentence starts: the spaces after a sentence end (group 1 starts them). Scanning from
# three characters early finds the sentence ends just before the window, as a lookbehind would.
_SENTENCE_START = deferred_re(r"[.!?…।)\]][\"”’)\]]{0,2}([ \t\u00a0]+)(?=\S)")
# Every character ``str.strip`` drops (``\x1f`` too), plus zero-width spaces and the BOM, so an
# item's text is always its own ``.strip()``.
# (The list is what ``"".join(c for c in map(chr, range(0x3001)) if c.isspace())`` gives; written
# out because computing it costs 2 ms at import.)
_STRIP = (
    "\t\n\x0b\x0c\r\x1c\x1d\x1e\x1f \x85\xa0\u1680\u2000\u2001\u2002\u2003\u2004\u2005\u2006"
    "\u2007\u2008\u2009\u200a\u2028\u2029\u202f\u205f\u3000\u200b\ufeff"
)
_PROPERTY = deferred_re(r"\\[pP]\{[^}]*\}")


_MAX_BUCKETS = 50_000  # beyond this many distinct first characters, buckets are computed, not cached
# Length classes of texts (upper bounds): a bucket of patterns per class; the first two are
# spelt out in ``_Table.kind``.
_SIZES = (64, 160, 320, 640, 1000, _MAX_LINE)


_GATE_MARKER = 3
_COMMON_MARKS = frozenset(" .,;:'\"-()/!?&")


def _gate_marker(marker: str) -> bool:
    """Whether a marker is rare enough to look for once per document: three characters or
    more, or symbols only (``%``, ``{``, ``©``), not common punctuation."""
    return len(marker) >= _GATE_MARKER or (
        bool(marker) and all(not ch.isalnum() and ch not in _COMMON_MARKS for ch in marker)
    )  # a floating pattern with a shorter marker is tried on every line (it would select most)


class _Bucket(NamedTuple):
    """The patterns that may match texts with one start, in table order."""

    entries: tuple[tuple[int, frozenset[str] | None], ...]
    """``(pattern index, markers or None)`` pairs."""
    markers: tuple[str, ...]
    """Every marker of those patterns."""
    by_marker: dict[str, tuple[int, ...]]
    """For each marker, the patterns (indices) it selects."""
    unmarked: tuple[int, ...]
    """The patterns without markers (always tried)."""


class _Table:
    """A ``(kind, regex)`` table compiled for fast whole-line matching.

    Trying ~170 case-insensitive patterns on every line costs tens of µs per line, and compiling
    them all costs a quarter of a second, so each pattern is compiled on first use and tried only
    when two necessary conditions hold, both read off the pattern's syntax tree (see
    :func:`_analyse`): the line starts with a character the pattern can start with, and the
    line contains one of the literal strings every match of the pattern contains. Both are
    compared case-folded; a line whose case folding is not one character for one character (or
    holds a dotless ``ı``) skips the literal test. Patterns are tried in table order, so the
    first that matches wins, as with one alternation. Sources the analysis does not trust
    (user-written regexes) are always tried.

    Most patterns open with a word (``Follow us``, ``Sign up``), so a line's first two
    characters select the few that may match it. The *floating* ones, which may start anywhere
    (``… All rights reserved``, ``… click here``), would be candidates for every line: their
    markers are looked for once per document instead (:attr:`floating_markers`, a
    :class:`~newsparse.Gate`), and a line without one skips them.
    """

    __slots__ = (
        "_analysable",
        "_buckets",
        "_by_head",
        "_firsts",
        "_floating",
        "_kinds",
        "_marks",
        "_patterns",
        "_sources",
        "_strong",
        "_widths",
    )

    def __init__(self, pairs: tuple[tuple[str, str], ...], analysable: frozenset[str]) -> None:
        self._kinds = tuple(k for k, _ in pairs)
        self._sources = tuple(src for _, src in pairs)
        self._analysable = analysable
        self._patterns: list[regex.Pattern[str] | None] = [None] * len(pairs)
        self._firsts: tuple[frozenset[str] | None, ...] | None = None
        self._marks: tuple[frozenset[str] | None, ...] = ()
        self._widths: tuple[int | None, ...] = ()
        # Floating patterns whose markers are all long enough to be looked for in the document.
        self._strong: frozenset[int] = frozenset()
        self._floating: tuple[str, ...] = ()
        self._buckets: dict[tuple[str | None, bool, int], _Bucket] = {}
        # The same buckets by a text's first two characters as written.
        self._by_head: dict[tuple[str, bool, int], _Bucket] = {}

    def _analyse_all(self) -> tuple[frozenset[str] | None, ...]:
        infos = [_analyse(src) if src in self._analysable else (None, None, None) for src in self._sources]
        self._marks = tuple(m for _, m, _ in infos)
        self._widths = tuple(w for _, _, w in infos)
        firsts = tuple(f for f, _, _ in infos)
        strong = [
            i
            for i, f in enumerate(firsts)
            if (f is None or any(p[:1] == _ANY for p in f))
            and self._marks[i] is not None
            and all(map(_gate_marker, self._marks[i] or ("",)))
        ]
        self._strong = frozenset(strong)
        self._floating = tuple(sorted({m for i in strong for m in self._marks[i] or ()}))
        self._firsts = firsts
        return firsts

    def _pairs_for_tests(self) -> tuple[tuple[str, str], ...]:
        """The ``(kind, source)`` pairs, in table order (for tests that try them all)."""
        return tuple(zip(self._kinds, self._sources, strict=True))

    @property
    def floating_markers(self) -> tuple[str, ...]:
        """Case-folded literals, one of which every line matching a floating pattern holds."""
        if self._firsts is None:
            self._analyse_all()
        return self._floating

    def _bucket(self, key: str | None, floating: bool, size: int) -> _Bucket:
        """Patterns that can match a text starting with ``key`` (two folded characters, or one
        for a one-character text, or the first character and ``"\\x01"`` when the second one
        does not fold); ``None`` for a text whose first character does not fold. Without
        ``floating``, the text holds no floating marker: those patterns are left out. ``size``
        is the index in :data:`_SIZES` of the text's length class: a pattern whose matches are
        all shorter than the class is left out (a body paragraph meets only the few long ones)."""
        bucket = self._buckets.get((key, floating, size))
        if bucket is None:
            firsts = self._firsts if self._firsts is not None else self._analyse_all()
            strong, widths = self._strong, self._widths
            shortest = _SIZES[size - 1] + 1 if size else 0
            idx = [
                i
                for i, f in enumerate(firsts)
                if (floating or i not in strong)
                and ((w := widths[i]) is None or w >= shortest)
                and (f is None or key is None or _can_start(f, key))
            ]
            marks = self._marks
            by_marker: dict[str, list[int]] = {}
            for i in idx:
                for m in marks[i] or ():
                    by_marker.setdefault(m, []).append(i)
            bucket = _Bucket(
                tuple((i, marks[i]) for i in idx),
                tuple(sorted(by_marker)),
                {m: tuple(ii) for m, ii in by_marker.items()},
                tuple(i for i in idx if marks[i] is None),
            )
            if len(self._buckets) < _MAX_BUCKETS:
                self._buckets[(key, floating, size)] = bucket
        return bucket

    def _pattern(self, i: int) -> regex.Pattern[str]:
        pat = self._patterns[i]
        if pat is None:
            pat = self._patterns[i] = regex.compile(self._sources[i], regex.IGNORECASE)
        return pat

    def kind(self, text: str, floating: bool = True) -> str | None:
        """The kind of the first pattern that matches all of ``text``, else ``None``.

        ``floating=False`` says that ``text`` holds none of :attr:`floating_markers` (the
        caller looked for them once in the whole document)."""
        if not text or len(text) > _MAX_LINE:
            return None
        head = text[:2]
        n = len(text)
        # The length class: only worth its check (a scan for long runs of whitespace) on a
        # long, plain line, which meets far fewer patterns than a short one.
        size = 0
        # (The other ASCII whitespace characters end a line.)
        if n > _SIZES[1] and text.isascii() and "    " not in text and "\t" not in text:
            size = bisect.bisect_left(_SIZES, n) if "\x1f" not in text else 0
        # The bucket key is a function of the first two characters: a head met before skips
        # its folding.
        bucket = self._by_head.get((head, floating, size))
        if bucket is None:
            folded_head = head.casefold()
            key: str | None = folded_head
            if len(folded_head) != len(head) or "ı" in head:
                k1 = _fold1(text[0])
                key = None if k1 is None else k1 + (_fold1(text[1:2]) or "\x01" if len(text) > 1 else "")
            if key is not None and (key[:1].isdecimal() or key[1:2].isdecimal()):
                key = "".join(_DIGIT if ch.isdecimal() else ch for ch in key)
            bucket = self._buckets.get((key, floating, size)) or self._bucket(key, floating, size)
            if len(self._by_head) < _MAX_BUCKETS:
                self._by_head[(head, floating, size)] = bucket
        if not bucket.entries:
            return None
        tries: Iterable[int] = bucket.unmarked  # (all of them when no pattern has markers)
        if bucket.markers:
            low = text.casefold()
            if len(low) != len(text) or "ı" in text:
                tries = [i for i, _ in bucket.entries]  # the literal test cannot be trusted
            else:
                # (``filter`` with a bound method: no Python frame per marker)
                present = list(filter(low.__contains__, bucket.markers))
                if present:
                    # The patterns a present marker selects, and those with no marker, in table
                    # order: a look-up per present marker, not a test per pattern of the bucket.
                    chosen = set(bucket.unmarked)
                    for m in present:
                        chosen.update(bucket.by_marker[m])
                    tries = sorted(chosen)
        patterns = self._patterns
        for i in tries:
            if (patterns[i] or self._pattern(i)).fullmatch(text) is not None:
                return self._kinds[i]
        return None


# ---------------------------------------------------------------------------
# Pattern analysis: first characters and required literals, from ``re``'s parser
# ---------------------------------------------------------------------------

_Info = tuple[frozenset[str] | None, bool, frozenset[str] | None]  # (firsts, nullable, markers)
_MAX_CLASS = 64  # larger character classes count as "any character"


def _fold1(ch: str) -> str | None:
    """The case-folded form of ``ch`` when it is one character (and not the dotless ``ı``)."""
    f = ch.casefold()
    return f if len(f) == 1 and ch != "ı" else None


def _best(options: list[frozenset[str]]) -> frozenset[str] | None:
    """The most selective marker set: the longest shortest string, then the fewest strings."""
    if not options:
        return None
    return max(options, key=lambda o: (min(map(len, o)), -len(o)))


def _seq_info(items: Iterable[tuple[Any, Any]]) -> _Info:
    firsts: set[str] | None = set()
    open_first = True  # still collecting first characters (everything so far nullable)
    nullable = True
    options: list[frozenset[str]] = []
    run = ""
    for op, av in items:
        if op is _C.LITERAL:
            f = _fold1(chr(av))
            if f is not None:
                run += f
                info: _Info = (frozenset(f), False, None)
            else:
                if run:
                    options.append(frozenset([run]))
                run = ""
                info = (None, False, None)
        else:
            if run:
                options.append(frozenset([run]))
            run = ""
            info = _node_info(op, av)
        if open_first:
            if info[0] is None or firsts is None:
                firsts = None
            else:
                firsts |= info[0]
            if not info[1]:
                open_first = False
        nullable = nullable and info[1]
        if info[2] is not None:
            options.append(info[2])
    if run:
        options.append(frozenset([run]))
    return (None if firsts is None else frozenset(firsts)), nullable, _best(options)


def _class_chars(items: Iterable[tuple[Any, Any]]) -> frozenset[str] | None:
    out: set[str] = set()
    for op, av in items:
        if op is _C.LITERAL:
            chars = [chr(av)]
        elif op is _C.RANGE and av[1] - av[0] <= _MAX_CLASS:
            chars = [chr(c) for c in range(av[0], av[1] + 1)]
        else:
            return None  # a negation, a category, a big range
        for ch in chars:
            f = _fold1(ch)
            if f is None:
                return None
            out.add(f)
    return frozenset(out) if len(out) <= _MAX_CLASS else None


def _node_info(op: Any, av: Any) -> _Info:
    if op in (_C.NOT_LITERAL, _C.ANY, _C.CATEGORY):
        return None, False, None
    if op is _C.IN:
        chars = _class_chars(av)
        return chars, False, chars if chars is not None and len(chars) <= 8 else None
    if op is _C.BRANCH:
        infos = [_seq_info(b) for b in av[1]]
        firsts: set[str] | None = set()
        for f, _, _ in infos:
            firsts = None if f is None or firsts is None else firsts | f
        marks = [m for _, _, m in infos if m is not None]
        union = frozenset().union(*marks) if len(marks) == len(infos) else None
        return (None if firsts is None else frozenset(firsts)), any(n for _, n, _ in infos), union
    if op is _C.SUBPATTERN:
        return _seq_info(av[3])
    if op is _C.ATOMIC_GROUP:
        return _seq_info(av)
    if op in (_C.MAX_REPEAT, _C.MIN_REPEAT, _C.POSSESSIVE_REPEAT):
        lo, _, item = av
        f, n, m = _seq_info(item)
        return f, n or lo == 0, m if lo >= 1 else None
    if op is _C.ASSERT:
        # Zero width: no first character; what it looks for is in the text all the same.
        return frozenset(), True, _seq_info(av[1])[2]
    if op in (_C.ASSERT_NOT, _C.AT):
        return frozenset(), True, None
    return None, True, None  # anything else: no information


_ANY = "\x00"  # in a prefix set: any character
_DIGIT = "\x02"  # in a prefix set and a text's key: any decimal digit (of any script)
_MAX_PREFIXES = 4096


def _concat(left: set[str], right: set[str]) -> set[str]:
    out = {a for a in left if len(a) >= 2}
    out.update((a + b)[:2] for a in left if len(a) < 2 for b in right)
    if len(out) > _MAX_PREFIXES:
        out = {a[0] + _ANY if len(a) == 2 else a for a in out}
    return out


@functools.cache
def _space_chars() -> frozenset[str]:
    """Every character ``regex`` reads as ``\\s`` (none lies above U+3000)."""
    return frozenset(regex.findall(r"\s", "".join(map(chr, range(0x3001)))))


def _prefixes(items: Iterable[tuple[Any, Any]]) -> set[str]:
    """The folded two-character prefixes of the matches of a sequence (shorter: a whole match)."""
    out = {""}
    for op, av in items:
        if all(len(p) >= 2 for p in out):
            break  # the first two characters are settled
        out = _concat(out, _node_prefixes(op, av))
    return out


def _digit_class(chars: Iterable[str]) -> set[str]:
    """Decimal digits read as :data:`_DIGIT` (``\\d`` is every script's digits)."""
    return {_DIGIT if ch.isdecimal() else ch for ch in chars}


def _node_prefixes(op: Any, av: Any) -> set[str]:
    if op is _C.LITERAL:
        return _digit_class([_fold1(chr(av)) or _ANY])
    if op is _C.IN:
        space, digit = (_C.CATEGORY, _C.CATEGORY_SPACE), (_C.CATEGORY, _C.CATEGORY_DIGIT)
        chars = _class_chars([x for x in av if x not in (space, digit)])
        if chars is None:
            return {_ANY}
        firsts = _digit_class(chars) | ({_DIGIT} if digit in av else set())
        return firsts | set(_space_chars()) if space in av else firsts
    if op is _C.CATEGORY and av is _C.CATEGORY_SPACE:
        return set(_space_chars())
    if op is _C.CATEGORY and av is _C.CATEGORY_DIGIT:
        return {_DIGIT}
    if op in (_C.NOT_LITERAL, _C.ANY, _C.CATEGORY):
        return {_ANY}
    if op is _C.BRANCH:
        return set().union(*(_prefixes(b) for b in av[1]))
    if op is _C.SUBPATTERN:
        return _prefixes(av[3])
    if op is _C.ATOMIC_GROUP:
        return _prefixes(av)
    if op in (_C.MAX_REPEAT, _C.MIN_REPEAT, _C.POSSESSIVE_REPEAT):
        lo, hi, item = av
        once = _prefixes(item)
        out: set[str] = set()
        cur = {""}
        for k in range(min(hi, lo + 2) + 1):
            if k >= lo:
                out |= cur
            if all(len(p) >= 2 for p in cur):
                out |= cur  # any further repeat count starts the same way
                break
            cur = _concat(cur, once)
        if hi > lo + 2:
            out |= cur
        return out
    if op in (_C.ASSERT, _C.ASSERT_NOT, _C.AT):
        return {""}
    return {"", _ANY, _ANY + _ANY}  # anything else: no information


def _can_start(prefixes: frozenset[str], key: str) -> bool:
    """Whether a pattern with these prefixes can match a text whose folded start is ``key``."""
    if len(key) == 1:
        return key in prefixes or _ANY in prefixes
    k1, k2 = key[0], key[1]
    if k2 == "\x01":  # the second character does not fold: any second character
        return any(len(p) == 2 and p[0] in (k1, _ANY) for p in prefixes)
    return bool({k1 + k2, k1 + _ANY, _ANY + k2, _ANY + _ANY} & prefixes)


@functools.cache
def _stored() -> dict[str, tuple[tuple[str, ...] | None, tuple[str, ...] | None, int | None]]:
    """The analysis of the built-in tables, computed ahead (``analysed.py``), read on first use."""
    from newsparse.rules.boilerplate.analysed import ANALYSED

    return ANALYSED


_Analysis = tuple[frozenset[str] | None, frozenset[str] | None, int | None]


@functools.lru_cache(maxsize=4096)
def _analyse(source: str) -> _Analysis:
    """``(prefixes, markers, width)`` of a table regex (see :func:`_analyse_source`), read from the
    stored analysis of the built-in tables when it is there: analysing all of them costs a
    fresh interpreter ~45 ms, ten times the rest of the rule's first call."""
    stored = _stored().get(source)
    if stored is not None:
        prefixes, marks, width = stored
        return (
            None if prefixes is None else frozenset(prefixes),
            None if marks is None else frozenset(marks),
            width,
        )
    return _analyse_source(source)


def _analyse_source(source: str) -> _Analysis:
    """``(prefixes, markers, width)`` of a table regex, case-folded; ``None`` for "unknown".

    Every match of ``source`` starts with one of the two-character prefixes (a shorter one is a
    whole match; ``"\\x00"`` stands for any character), contains one of the markers, and is at
    most ``width`` characters long. ``\\p{..}`` classes (``regex`` only) are read as ``\\w``
    for the analysis.
    """
    try:
        tree = _sre_parser.parse(_PROPERTY.sub(r"\\w", source), re.IGNORECASE)
        prefixes = frozenset(_prefixes(tree))
        marks = _seq_info(tree)[2]
        width = _seq_width(tree)
    except Exception:  # a construct ``re`` does not know: no shortcut for this pattern
        return None, None, None
    return prefixes, marks, width


_SPACE_RUN = 3  # an unbounded run of whitespace counts this long (see ``_Table.kind``)


def _is_space(items: Any) -> bool:
    """Whether a repeated item matches whitespace only (``\\s``, ``[ \\t\\u00a0]``)."""
    if len(items) != 1:
        return False
    op, av = items[0]
    if op is _C.CATEGORY:
        return bool(av is _C.CATEGORY_SPACE)
    if op is _C.LITERAL:
        return chr(av).isspace()
    if op is _C.IN:
        return all(
            (o is _C.CATEGORY and a is _C.CATEGORY_SPACE) or (o is _C.LITERAL and chr(a).isspace())
            for o, a in av
        )
    return False


def _seq_width(items: Iterable[tuple[Any, Any]]) -> int | None:
    """The longest match of a sequence, ``None`` when unbounded, an unbounded whitespace
    repeat counting :data:`_SPACE_RUN` characters (it matches within one run of whitespace)."""
    total = 0
    for op, av in items:
        w = _node_width(op, av)
        if w is None:
            return None
        total += w
    return total


def _node_width(op: Any, av: Any) -> int | None:
    if op in (_C.LITERAL, _C.NOT_LITERAL, _C.ANY, _C.IN, _C.CATEGORY):
        return 1
    if op in (_C.ASSERT, _C.ASSERT_NOT, _C.AT):
        return 0
    if op is _C.BRANCH:
        widths = [_seq_width(b) for b in av[1]]
        return None if any(w is None for w in widths) else max(w or 0 for w in widths)
    if op is _C.SUBPATTERN:
        return _seq_width(av[3])
    if op is _C.ATOMIC_GROUP:
        return _seq_width(av)
    if op in (_C.MAX_REPEAT, _C.MIN_REPEAT, _C.POSSESSIVE_REPEAT):
        _, hi, item = av
        if hi >= _C.MAXREPEAT:
            return _SPACE_RUN if _is_space(list(item)) else None
        w = _seq_width(item)
        return None if w is None else w * hi
    return None  # anything else: unbounded for all we know


class _Compiled:
    """The compiled tables of one :class:`BoilerplateRule` (the credit regex compiles on first use)."""

    __slots__ = ("_comments", "_comments_src", "_credit", "_credit_src", "anywhere", "tail")

    def __init__(self, anywhere: _Table, tail: _Table, credit: str, comments: str) -> None:
        self.anywhere = anywhere
        self.tail = tail
        self._comments_src = comments
        self._comments: regex.Pattern[str] | None = None
        self._credit_src = credit
        self._credit: regex.Pattern[str] | None = None

    @property
    def has_comments(self) -> bool:
        """Whether there are comment-section headers to look for."""
        return bool(self._comments_src)

    def comments(self) -> regex.Pattern[str]:
        """The comment-section headers (``Kommentare``, ``14 Comments``): from one on, the text
        is reader comments. Compiled on first use: most texts have no comment section."""
        if self._comments is None:
            self._comments = regex.compile(self._comments_src, regex.IGNORECASE)
        return self._comments

    @property
    def credit(self) -> regex.Pattern[str]:
        """Credit lines, which the bylines rule takes."""
        if self._credit is None:
            self._credit = regex.compile(self._credit_src, regex.IGNORECASE)
        return self._credit


@functools.lru_cache(maxsize=32)
def _compile(
    patterns: tuple[tuple[str, str], ...],
    tail_patterns: tuple[tuple[str, str], ...],
    section_headers: tuple[str, ...],
    credit: str,
    language: tuple[tuple[str, str], ...] = (),
    comment_openers: tuple[tuple[str, str], ...] = (),
) -> _Compiled:
    """The rule's tables compiled; ``language`` holds the document language's footer patterns,
    tried after the rule's own (data written in the built-in tables' syntax: analysable too)."""
    headers = tuple(
        ("related_links", _label_regex_source(h) + r"\W{0,3}") for h in section_headers if h.strip()
    )
    headers += tuple(("related_links", f"(?-i:{p})" + r"\W{0,3}") for p in AP.SECTION_HEADER_PATTERNS)
    anywhere = patterns + headers + language
    # Sources the pattern analysis may read: the built-in tables, the language tables (written
    # in the same syntax) and the header sources built here from plain strings; a user-written
    # regex for the rule may use syntax ``re`` reads differently.
    analysable = frozenset(
        [src for _, src in BP.PATTERNS + BP.TAIL_PATTERNS + language] + [src for _, src in headers]
    )
    opener = "|".join(f"(?:{src})" for kind, src in language + comment_openers if kind == "comments")
    return _Compiled(
        _Table(anywhere, analysable),
        _Table(anywhere + tail_patterns, analysable),
        credit,
        opener,
    )


# Either apostrophe matches both, in one pass (a second ``str.replace`` would rewrite the class
# the first one wrote, ``['['’]]``, and then no phrase with an apostrophe matched).
_APOSTROPHES = {ord("'"): "['’]", ord("’"): "['’]"}


@functools.lru_cache(maxsize=32)
def _phrase_patterns(phrases: tuple[str, ...]) -> tuple[tuple[str, str], ...]:
    """Whole-line patterns for a language's footer phrases (``je m'abonne``, ``lesezeit``).

    A phrase is a footer line alone (a count or a colon may follow: ``Kommentare (12)``), or
    opening a short line that is no sentence (``Suivre ce sujet``, ``Abonnez-vous à notre
    newsletter !``): a body sentence that opens with the same word ends with a full stop.
    """
    out = []
    for phrase in phrases:
        words = [regex.escape(w).translate(_APOSTROPHES) for w in phrase.split()]
        if words:
            src = r"[ \t\u00a0]{1,3}".join(words)
            # alone (``Kommentare (12)``), or opening a short line with no sentence end in it
            # (a full stop inside an abbreviation or an address is no sentence end; one closing the
            # line is)
            tail = r"(?:\W{0,3}\d{0,6}\W{0,3}|\W{1,3}(?:[^.?\n]|\.(?!\s|$)){0,80}[!:]?)"
            out.append(("other", rf"[(\[«]?{src}{tail}"))
    return tuple(out)


# (id(rule), id(tables)) -> (rule, tables, compiled)
_BY_RULE: dict[tuple[int, int], tuple[BoilerplateRule, LanguageTables | None, _Compiled]] = {}


def _pairs(values: Iterable[tuple[str, str]]) -> tuple[tuple[str, str], ...]:
    """Accept any iterable of ``(kind, regex)`` pairs for a table field."""
    return tuple((kind, src) for kind, src in values)


def _strings(values: Iterable[str]) -> tuple[str, ...]:
    """Accept any iterable of strings for a vocabulary field."""
    return tuple(values)


def _strip(text: str, start: int, end: int) -> tuple[int, int]:
    if start >= end:
        return start, end
    seg = text[start:end]
    left = seg.lstrip(_STRIP)
    start += len(seg) - len(left)
    return start, start + len(left.rstrip(_STRIP))


@attrs.frozen(slots=True)
class BoilerplateRule:
    """Find footer and in-body promo lines; each item gets a ``kind``.

    The tables are data; extend one by passing a new tuple:

    >>> rule = BoilerplateRule(patterns=BoilerplateRule().patterns + (("ad", r"Anuncio"),))
    >>> [b.kind for b in rule(Document.from_text("El pleno votó.\\nAnuncio"))]
    ['ad']
    """

    name: str = "boilerplate"
    """The rule's name in a :class:`~newsparse.Parser`."""
    patterns: tuple[tuple[str, str], ...] = attrs.field(default=BP.PATTERNS, converter=_pairs)
    """``(kind, regex)`` pairs that match a whole promo line anywhere in the text."""
    tail_patterns: tuple[tuple[str, str], ...] = attrs.field(default=BP.TAIL_PATTERNS, converter=_pairs)
    """``(kind, regex)`` pairs trusted only after the last body paragraph (author contact tails)."""
    section_headers: tuple[str, ...] = attrs.field(default=AP.SECTION_HEADERS, converter=_strings)
    """Related-links headers (``Related Stories``), kind ``"related_links"``, when still unclaimed."""
    credit: str = BP.CREDIT
    """A regex for credit lines, which are never claimed here (the bylines rule takes them)."""
    absorb_widgets: bool = True
    """Whether short lines under a recognised footer line join the footer (``Facebook``, ``0``)."""
    max_widget_chars: int = 60
    """The longest line absorbed into a footer without matching a pattern itself."""
    mid_line_ad: str = BP.MID_LINE_AD
    """A case-sensitive regex for an ad marker between two sentences inside a long (joined) line."""
    promo_runs: bool = True
    """Whether lines that address the reader about a promo (:func:`newsparse.text.prose.classify`)
    join a recognised promo line next to them, or stand alone after the story's end."""
    junk_tail: bool = True
    """Whether the run of headlines, teasers, labels and promos after the story's last paragraph
    (:func:`newsparse.text.prose.tail_start`) is taken whole, from a label or footer line on."""

    shape_runs: bool = True
    """Whether furniture is also found from the shape of lines (:mod:`~newsparse.rules.boilerplate.runs`):
    teaser lists cut off with ``...``, calls to action standing alone, the unpunctuated run
    ending a one-line scrape."""
    comment_openers: tuple[tuple[str, str], ...] = attrs.field(default=BP.COMMENT_OPENERS, converter=_pairs)
    """``(kind, regex)`` comment-section headers (``14 Comments``) of the rule's own, besides the
    language's patterns of kind ``"comments"``: from one in the text's second half on, the
    reader comments are one footer."""
    labels_above_story: bool = False
    """Whether short label lines between the headline and the story's first paragraph
    (``Miradas``, a kicker alone above the headline) are footers
    (:mod:`~newsparse.rules.boilerplate.opening`). Off by default: on articles from publishers
    the rule was not tuned on, such lines were more often a dateline's place or story furniture
    than a label (it took no annotated footer there and cost precision)."""
    joined_promos: bool = True
    """Whether plugs between the sentences of a joined line (a one-line scrape) are matched
    sentence by sentence against :attr:`patterns` (:mod:`~newsparse.rules.boilerplate.joined`)."""

    mid_line_widgets: tuple[tuple[str, str], ...] = attrs.field(default=BP.MID_LINE_WIDGETS, converter=_pairs)
    """``(kind, phrase)`` widget strings found between two sentences of a long (joined) line
    (``… in March. Share this article Councillors said …``), matched case-sensitively; ``()``
    turns the step off."""
    spaced_paragraphs: bool = True
    """Whether a joined line (a one-line scrape) is cut at runs of two or more blanks, the
    paragraph breaks some scrapers leave, and each part read as a line
    (:mod:`~newsparse.rules.boilerplate.spaced`)."""
    pull_quotes: bool = False
    """Whether a line repeating a longer paragraph's words (a display quote the page set apart)
    is a footer (:mod:`~newsparse.rules.boilerplate.pulled`), and so no quote of its own.
    Off by default: annotations differ on these copies (our older annotated sets list them as
    quotes, the newest as footers), and a copy left in the body loses no story text."""
    reference_lists: bool = True
    """Whether the references listed after an essay (``[1] Roe, J. (2014) …``, a DOI line,
    ``Nature 574, 16-17 (2019)``) are a footer (:mod:`~newsparse.rules.boilerplate.references`)."""

    def _compiled(self, tables: LanguageTables | None = None) -> _Compiled:
        """The compiled tables: the rule's own plus the footer vocabulary of ``tables``."""
        # Hashing the tables for the cache costs ~40 µs a call, so rules are remembered by
        # identity first (the entry keeps the rule and the tables alive: their ids are not reused).
        key = (id(self), id(tables))
        hit = _BY_RULE.get(key)
        if hit is not None and hit[0] is self and hit[1] is tables:
            return hit[2]
        headers = self.section_headers
        language: tuple[tuple[str, str], ...] = ()
        tail = self.tail_patterns
        if tables is not None:
            # The language's tail-only patterns (writers' bios) the rule lacks; not analysed, so
            # tried on every line of the footer block (a few lines, scanned from the end).
            tail += tuple(p for p in tables.footer_tail_patterns if p not in frozenset(tail))
            # The language's patterns the rule lacks (the English tables hold the rule's own).
            own = frozenset(self.patterns)
            language = tuple(p for p in tables.footer_patterns if p not in own)
            language += _phrase_patterns(tables.footer_phrases)
            if tables.section_headers is not AP.SECTION_HEADERS:
                headers = extend_vocabulary(headers, tables.section_headers)
        compiled = _compile(self.patterns, tail, headers, self.credit, language, self.comment_openers)
        if len(_BY_RULE) < 64:
            _BY_RULE[key] = (self, tables, compiled)
        return compiled

    def __call__(self, document: Document) -> Iterator[Boilerplate]:
        """Yield the boilerplate items of ``document``, in text order."""
        tables = document.tables  # (a lookup per read: read once)
        c = self._compiled(tables)
        text = document.text
        # Unclaimed, stripped segments of every non-blank line: (line index, start, end).
        segments = _segments(document, self.spaced_paragraphs)
        # Boilerplate found by earlier rules (related-links headers): footer anchors for the tail scan.
        prior = {b.span.start: (b.span.end, b.kind) for b in document.items if isinstance(b, Boilerplate)}
        found: dict[tuple[int, int], str] = {}
        glued: set[int] = set()  # starts of body segments that end in promo sentences
        last = len(segments) - 1
        floating = _floating_lines(document, c.anywhere)
        kind_of = c.anywhere.kind
        # Contact lines about the writer are bylines: left to the byline rule, which runs next.
        writers = _writer_contacts(document, segments)
        # The built-in ad-marker pattern opens with a look-behind, tried at every position of a
        # line: a line holding none of its words skips the scan (a user's pattern is always run).
        mid_ad_any = self.mid_line_ad != BP.MID_LINE_AD
        for n, (idx, s, e) in enumerate(segments):
            if writers and (s, e) in writers:
                continue
            kind = kind_of(text[s:e], floating is None or idx in floating)
            bulleted = text[s] in _LIST_BULLETS and 4 < e - s <= _LIST_ITEM
            if kind is None and bulleted and text[s + 1] in " \t\u00a0":
                # A list item of the page's furniture (trafilatura writes ``<li>`` as ``- ``):
                # ``- Order Reprints``, ``- Print Article``; the line is matched after its bullet.
                bs = s + 2
                while bs < e and text[bs] in " \t\u00a0":
                    bs += 1
                kind = kind_of(text[bs:e], floating is None or idx in floating) if bs < e else None
            if kind is None and e - s <= _RUN_MAX:
                # A plug opened by a cheer (``Exciting news! … is now on WhatsApp …``: ``plugs.py``).
                kind = plugs.interjected_plug(kind_of, text, s, e, floating is None or idx in floating)
            if kind is not None:
                if e - s > _STORY_SENTENCE and kind in _PLUG_KINDS:
                    e = _promo_end(kind_of, text, s, e, floating is None or idx in floating)
                found[(s, e)] = kind
            else:
                if e - s > _MID_AD_MIN and (mid_ad_any or _MID_AD_GATE.search(text, s, e) is not None):
                    for m in _mid_ad(self.mid_line_ad).finditer(text, s, e):
                        found[(m.start(), m.end())] = "ad"
                if e - s > _JOINED and self.mid_line_widgets:
                    # Widget strings joined between two sentences (``joined.mid_line_widgets``);
                    # only in a joined line (a paragraph's own line holds none: not scanned).
                    joined.mid_line_widgets(text, s, e, found, self.mid_line_widgets)
                if not (n == last or e - s > _JOINED):
                    continue
                if e - s > _JOINED and self.joined_promos:
                    # Plugs the scraper joined between story sentences (see ``joined.py``).
                    line_floating = floating is None or idx in floating
                    words = residue.prose_words(tables)
                    joined.joined_promos(text, s, e, found, kind_of, line_floating, words)
                # The end of the text, or a joined line: promo sentences glued to the end.
                for ts, te, tk in _trailing_promos(c, text, s, e, floating is None or idx in floating):
                    glued.add(s)
                    found[(ts, te)] = tk
        if segments:
            # Comment lines as the table read them, before a run gives them its own kind.
            comment_lines = frozenset(k for k, v in found.items() if v == "comments")
            _footer_tail(
                c,
                text,
                segments,
                found,
                prior,
                glued,
                writers,
                max_widget_chars=self.max_widget_chars,
                absorb_widgets=self.absorb_widgets,
            )
            before = set(found)
            # The prose classifier's words for the document's language (English for "und"), with
            # its tables' calls to action, promo nouns and label words.
            words = residue.prose_words(tables)
            # Segments classified by the promo runs, met again by the junk tail: ``(start, end)``
            # -> class (of segments no longer than ``_RUN_MAX``: the same text both read).
            classified: dict[tuple[int, int], str] = {}
            last_floating = floating is None or segments[-1][0] in floating
            if self.promo_runs:
                reader_lines = frozenset(document.index.lines_matching(_reader_lines(words)))
                _promo_runs(text, segments, found, reader_lines, glued, words, classified)
            if self.junk_tail:
                table = (c.anywhere.kind, last_floating)
                _junk_tail(text, segments, found, c.credit, words, classified, table)
            if self.shape_runs:
                # After the junk tail: lines found by their shape alone never open a tail that
                # would take the story paragraphs around them.
                _shape_stages(self, document, c, segments, found, prior, words, last_floating)
            # A comment thread told by the reply buttons under its comments (``media.py``): one
            # item, lines found alone inside it included.
            before -= media.widget_threads(text, segments, found)
            if c.has_comments:
                # The comments are one item, lines the tail scan took alone included.
                before -= _comments_tail(text, segments, found, c.comments, comment_lines, prior)
            if len(found) > len(before):
                yield from _items(text, _spare(text, _merge_runs(text, found, before), writers))
                return
        yield from _items(text, _spare(text, sorted(found.items()), writers))


def _segments(document: Document, spaced_paragraphs: bool = True) -> list[tuple[int, int, int]]:
    """Unclaimed, stripped segments of every non-blank line: ``(line index, start, end)``.

    ``spaced_paragraphs`` is the rule's field: a joined line is cut at runs of blanks."""
    text = document.text
    segments: list[tuple[int, int, int]] = []
    # The shared line table (int columns) and per-line claim states: no Span per line.
    starts, ends, states = document.line_starts, document.line_ends, document.line_claims
    for idx in document.index.nonblank:
        ls, le = starts[idx], ends[idx]
        if states and states[idx] != FREE:
            parts: Iterable[tuple[int, int]] = [
                (part.start, part.end) for part in document.unclaimed_ranges(ls, le)
            ]
        elif text[ls] not in _STRIP and text[le - 1] not in _STRIP and le - ls <= _JOINED:
            segments.append((idx, ls, le))  # nothing to strip
            continue
        else:
            parts = ((ls, le),)
        for ps, pe in parts:
            s, e = _strip(text, ps, pe)
            if e - s > _JOINED and spaced_paragraphs:
                # Paragraphs joined with runs of blanks: each one a segment (``spaced.py``).
                for qs, qe in spaced.paragraph_parts(text, s, e):
                    qs, qe = _strip(text, qs, qe)
                    if qe > qs:
                        segments.append((idx, qs, qe))
            elif e > s:
                segments.append((idx, s, e))
    return segments


def _shape_stages(
    rule: BoilerplateRule,
    document: Document,
    c: _Compiled,
    segments: list[tuple[int, int, int]],
    found: dict[tuple[int, int], str],
    prior: dict[int, tuple[int, str]],
    words: prose.ProseWords,
    last_floating: bool,
) -> None:
    """The stages that find furniture from the shape of lines (the rule's ``shape_runs``), in
    order, each adding to ``found``; ``prior`` are the footers of earlier rules."""
    text, tables, starts = document.text, document.tables, document.line_starts
    kind_of = c.anywhere.kind
    # After the junk tail: lines found by their shape alone never open a tail that
    # would take the story paragraphs around them.
    runs.teaser_runs(text, segments, found)
    # A media teaser (``WATCH: …``) between paragraphs (``media.py``).
    media.media_teasers(text, segments, found)
    # An ad written with look-alike Cyrillic letters (``disguised.py``).
    disguised.disguised_lines(text, segments, found, tables.code)
    runs.standalone_promos(text, segments, found, words)
    runs.promo_bullets(text, segments, found)
    # A subscription offer's benefit bullets whose header the scrape lost (``plugs.py``).
    plugs.benefit_bullets(text, segments, found)
    runs.top_headlines(text, segments, found)
    runs.footnotes(text, segments, found)
    runs.english_notes(text, segments, found, tables.code)
    runs.orphan_labels(text, segments, found, runs.label_set(tables.also_read_labels))
    runs.joined_tail(text, segments, found, _JOINED, c.credit, kind_of, last_floating)
    links = frozenset(i.span.end for i in document.items if isinstance(i, AlsoRead))
    residue.after_link_tail(text, segments, found, _bounds(document), links, kind_of, last_floating)
    residue.timed_headlines(text, segments, found)
    # The minute marks and clock times of a live log (``ticker.py``).
    ticker.live_stamps(text, segments, found)
    # A markets page's quote chips and the caption under a paywall label (``chips.py``).
    chips.quote_chips(text, segments, found)
    chips.paywall_captions(text, segments, found)
    # A player's browser notice glued to a paragraph's end (``notices.py``).
    notices.glued_notices(text, found)
    # A "read more here" stub glued to a paragraph's end, its link lost.
    notices.glued_link_stubs(text, found)
    if rule.reference_lists:
        # The works an essay cites, listed after it (``references.py``).
        references.reference_lists(text, segments, found)
    nonblank = document.index.nonblank
    if rule.pull_quotes and len(nonblank) > 3:
        # A line the page repeats from a longer paragraph (``pulled.py``); the
        # headline and standfirst above the third line are left alone.
        top = nonblank[2]
        pulled.pull_quotes(text, document.lower, segments, found, top, starts[top])
    residue.photo_credits(text, segments, found, tables.photo_sources)
    runs.headlines_above_footer(text, segments, found, c.credit)
    runs.inline_headlines(text, segments, found)
    # A related headline or a caption alone between two paragraphs (``stray.py``).
    stray.stray_headlines(text, segments, found, tables.code, _credit_check(c.credit, tables.credit_labels))
    runs.promo_titles(text, segments, found)
    closing.closing_lines(text, segments, found, c.credit, tables.code)
    opening.opening_headlines(text, segments, found, c.credit)
    opening.repeated_headline(text, segments, found)
    if rule.labels_above_story:
        stamps = _stamp_labels(tables.timestamp_labels)
        opening.opening_labels(text, segments, found, c.credit, runs.label_set(tables.kickers), stamps)
    runs.menu_runs(text, segments, found)
    # A short question to the reader leading the plug under it (``asked.py``).
    asked.question_leads(text, segments, found, words)
    # Reader replies under a comment prompt, the rows of a layout table (``threads.py``):
    # each visited only when the text holds a reply or a row (one scan in C).
    if "\n@" in text and "comments" in found.values():
        threads.reply_threads(text, segments, found)
    if tables.code == "en" and threads.greeting_threads_gate(text):
        # A comment section with no header: the site's replies to readers by name.
        threads.greeting_threads(text, segments, found)
    if "\n|" in text or text.startswith("|"):
        threads.layout_rows(text, segments, found)
    # A box of guides, each bullet led by an upper-case label (``lists.py``).
    lists.labelled_links(text, segments, found)
    if "related_links" in found.values() or prior:
        also, own = tables.also_read_labels, rule.section_headers
        labels = _lost_link_labels(also, own, tables.section_headers)
        headers = _section_headers(text, found, prior, labels)
        runs.header_tail(text, segments, found, headers)
        residue.teasers_to_footer(text, segments, found, headers)
    # A related headline in round brackets on its own line (``bracketed.py``; after
    # the header tails too: a headline is no header of the lines under it).
    bracketed.bracketed_headlines(text, segments, found, _credit_check(c.credit, tables.credit_labels))
    # Other stories' headlines listed with their dates and the comments under them
    # (``dated.py``; after the header tails: a dated headline heads no teasers).
    dated.dated_headlines(text, segments, found)
    # The page's metadata and repeated copy closing the text (``dumps.py``).
    dumps.page_dump(text, segments, found)
    if rule.promo_runs and rule.absorb_widgets:
        # (Both joins of lines that match nothing to footer lines next to them.)
        closing.fill_footer_gaps(text, segments, found, c.credit, words)


def _trailing_promos(
    c: _Compiled, text: str, s: int, e: int, floating: bool = True
) -> list[tuple[int, int, str]]:
    """Promo sentences at the end of a segment that is not boilerplate as a whole."""
    if e - s < 20:
        return []
    window = max(s, e - _TAIL_WINDOW)
    starts = [window] if window == s else []
    starts += [m.end() for m in _SENTENCE_START.finditer(text, max(0, window - 3), e) if m.start(1) >= window]
    out: list[tuple[int, int, str]] = []
    end = e
    for i in range(len(starts) - 1, -1, -1):
        b = starts[i]
        bs, be = _strip(text, b, end)
        if be <= bs:
            continue
        kind = c.anywhere.kind(text[bs:be], floating) if be - bs <= 400 else None
        if kind is None:
            if out or be - bs > 400:
                break
            continue  # the promo may hold a ". " itself: try from the sentence before
        if not out and i + 1 < len(starts):
            # Several sentences, the last of which matched nothing alone: when the first
            # matches alone and a story-length sentence follows (a plug's own second
            # sentence is short: ``Join free``), the pattern's bounded tail swallowed story.
            fs, fe = _strip(text, b, starts[i + 1])
            first = c.anywhere.kind(text[fs:fe], floating) if fe > fs else None
            if first is not None and be - fe >= _STORY_SENTENCE:
                return [(fs, fe, first)]
        out.append((bs, be, kind))
        end = b
    return sorted(out)


def _footer_tail(
    c: _Compiled,
    text: str,
    segments: list[tuple[int, int, int]],
    found: dict[tuple[int, int], str],
    prior: dict[int, tuple[int, str]],
    glued: set[int],
    writers: frozenset[tuple[int, int]] = frozenset(),
    *,
    max_widget_chars: int = 60,
    absorb_widgets: bool = True,
) -> None:
    """Scan the article's tail backwards: contact lines count there, widget lines join the footer.

    ``writers`` are the contact lines about the writer (bylines, not footer lines);
    ``max_widget_chars`` and ``absorb_widgets`` are the rule's fields of those names."""
    tail: list[tuple[int, int, str | None]] = []  # (start, end, kind or None for a widget line)
    prior_starts = sorted(prior)
    last_end = len(text)
    for _, s, e in reversed(segments):
        # An earlier rule's boilerplate between this segment and the previous one anchors the footer.
        if prior_starts:
            j = bisect.bisect_left(prior_starts, e)
            gap: list[tuple[int, int, str | None]] = []
            while j < len(prior_starts) and prior_starts[j] < last_end:
                p_end, p_kind = prior[prior_starts[j]]
                gap.append((prior_starts[j], p_end, "@" + p_kind))
                j += 1
            tail.extend(reversed(gap))
        last_end = s
        seg = text[s:e]
        kind = found.get((s, e)) or c.tail.kind(seg)
        writer = (s, e) in writers or (
            kind is not None
            and (s, e) not in found
            and writer_line(text, s, e, body_seen=True, contacts=False)
        )
        if writer:
            tail.append((s, e, "!"))  # a bio or contact line about the writer: the bylines rule's
            continue
        if kind is not None:
            tail.append((s, e, kind))
            continue
        if s in glued:
            break  # a body line with a promo sentence at its end: the body ends here
        if c.credit.match(seg) is not None:
            tail.append((s, e, "!"))  # a credit line: the lines after it are not footer widgets
            continue
        words = seg.split()
        if len(seg) <= max_widget_chars and len(words) <= 8 and not seg.endswith((".", "”", '"')):
            tail.append((s, e, None))
            continue
        break
    tail.reverse()
    last_kind: str | None = None
    for s, e, kind in tail:
        if kind == "!":
            last_kind = None
        elif kind is not None and kind.startswith("@"):
            last_kind = kind[1:]  # already claimed by an earlier rule: anchor only
        elif kind is not None:
            found[(s, e)] = kind
            last_kind = kind
        elif last_kind is not None and absorb_widgets:
            found[(s, e)] = last_kind


def _credit_check(
    credit: regex.Pattern[str], labels: tuple[str, ...] = ()
) -> Callable[[str, int, int], bool]:
    """Whether a bracketed line is a credit (``(With inputs from PTI)``, or opening with a credit
    label of the language's tables: ``(Con información de agencias)``), with or without its
    brackets, or a line about the writer: the bylines rule's."""
    openers = tuple(label.lower() for label in labels)

    def is_credit(text: str, s: int, e: int) -> bool:
        return (
            (bool(openers) and text[s + 1 : e].lstrip().lower().startswith(openers))
            or credit.match(text, s, e) is not None
            or credit.match(text, s + 1, e - 1) is not None
            or writer_line(text, s + 1, e - 1, body_seen=True, contacts=False) is not None
        )

    return is_credit


def _writer_contacts(document: Document, segments: list[tuple[int, int, int]]) -> frozenset[tuple[int, int]]:
    """The segments that are contact lines about the writer (``Write to Jane Roe at ...``),
    looked at only on lines the language's contact gate finds (one scan of the text)."""
    vocab = contact_vocab(document.tables)
    lines = document.index.candidates(vocab.gate)
    if not lines:
        return frozenset()
    text = document.text
    found: set[tuple[int, int]] = set()
    for idx in lines:  # the segments of each selected line (segments run in line order)
        n = bisect.bisect_left(segments, (idx,))
        while n < len(segments) and segments[n][0] == idx:
            _, s, e = segments[n]
            writer = contact_line(text, s, e, vocab, bare=False)
            if writer is not None:  # its span: the line's other sentences may be the desk's
                found.add((writer.span.start, writer.span.end))
            n += 1
    return frozenset(found)


def _spare(
    text: str, items: list[tuple[tuple[int, int], str]], writers: frozenset[tuple[int, int]]
) -> list[tuple[tuple[int, int], str]]:
    """``items`` without the writer's contact lines: an item that is one is dropped, a run of
    footer lines around one is cut in two (the byline rule takes the line)."""
    if not writers:
        return items
    out: list[tuple[tuple[int, int], str]] = []
    for (s, e), kind in items:
        inside = sorted((ws, we) for ws, we in writers if s <= ws and we <= e)
        for ws, we in inside:
            ps, pe = _strip(text, s, ws)
            if pe > ps:
                out.append(((ps, pe), kind))
            s = we
        ps, pe = _strip(text, s, e)
        if pe > ps:
            out.append(((ps, pe), kind))
    return out


@functools.lru_cache(maxsize=32)
def _lost_link_labels(
    also_read_labels: tuple[str, ...], headers: tuple[str, ...], language_headers: tuple[str, ...]
) -> frozenset[str]:
    """The also-read labels that are no section header too (``À lire aussi``, not ``Das könnte
    Sie auch interessieren``), as :func:`runs.label_key` gives them."""
    return runs.label_set(also_read_labels) - runs.label_set(headers) - runs.label_set(language_headers)


def _section_headers(
    text: str, found: dict[tuple[int, int], str], prior: dict[int, tuple[int, str]], labels: frozenset[str]
) -> list[int]:
    """Starts of the related-links headers found so far (``Mehr zum Thema``, ``More Stories``),
    this rule's and earlier rules', without the also-read labels whose link the scrape lost
    (``À lire aussi :``; ``labels``: those that are no section header too): the story goes on
    after those."""
    spans = [(s, e) for (s, e), k in found.items() if k == "related_links"]
    spans += [(s, e) for s, (e, k) in prior.items() if k == "related_links"]
    return [
        s
        for s, e in spans
        if e - s <= 60 and not text[s:e].rstrip().endswith(":") and runs.label_key(text[s:e]) not in labels
    ]


# Plugs, whose patterns end in a bounded ``.{0,N}`` that may reach into the story after them
# (notes, disclaimers and copyright lines run over several sentences of their own).
_PLUG_KINDS = frozenset(("app_promo", "newsletter", "social_follow"))
_LIST_BULLETS = "-•*·▸►"  # bullets a list item of the page's furniture opens with
_LIST_ITEM = 40  # the longest such item (a story's bullet points are longer sentences)


def _promo_end(kind_of: Callable[[str, bool], str | None], text: str, s: int, e: int, floating: bool) -> int:
    """Where a promo matched as a whole line really ends: a pattern's bounded tail
    (``Download the … app.{0,160}``) may run on into a story sentence after it. When the
    line's first sentence matches alone and the rest is story-length and no promo itself,
    the promo ends with that sentence. A rest that speaks to the reader (``We send it every
    morning.``), or that closes on a plug (``… Sign up for the free daily newsletter.``), is the
    plug's own."""
    m = _SENTENCE_START.search(text, s, e)
    if m is None or e - m.end() < _STORY_SENTENCE:
        return e
    fs, fe = _strip(text, s, m.start(1))
    rs, re_ = _strip(text, m.end(), e)
    rest = text[rs:re_]
    if _READER_LINES.search(rest.lower()) is not None:
        return e
    if kind_of(text[fs:fe], floating) is None or kind_of(rest, floating) is not None:
        return e
    # The plug may close on a plug of its own (``… Sign up for the free daily newsletter.``):
    # what stands between is the plug's blurb, not story.
    ends = [m.end() for m in _SENTENCE_START.finditer(text, rs, re_)]
    if ends:
        ls, le = _strip(text, ends[-1], re_)
        if le > ls and kind_of(text[ls:le], floating) is not None:
            return e
    return fe


# Characters whose lower-case form is not their case folding (``µ``, final ``ς``, ``ſ``…) and
# the Turkish ``İ``/``ı``: in a text holding one, a marker looked for in the lower-cased text
# might be missed, so every line is given the floating patterns.
_FOLD_ODD = (
    "[\xb5\u017f\u0345\u03c2\u03d0\u03d1\u03d5\u03d6\u03f0\u03f1\u03f5\u13a0-\u13f5"
    "\u13f8-\u13fd\u1c80-\u1c88\u1e9b\u1fbe\uab70-\uabbf\u0130\u0131]"
)


@functools.cache
def _fold_odd() -> re.Pattern[str]:
    return re.compile(_FOLD_ODD)  # compiled on first use: nothing compiles at import


@functools.lru_cache(maxsize=32)
def _literal_gate(markers: tuple[str, ...]) -> re.Pattern[str]:
    """One ``re`` pattern finding whether a line holds one of ``markers`` (see :class:`Gate`)."""
    return _literal_pattern(markers)


def _floating_lines(document: Document, table: _Table) -> frozenset[int] | None:
    """The lines holding a marker of one of ``table``'s floating patterns, from one scan of the
    document; ``None`` when the document's lower-cased text cannot be trusted for it."""
    markers = table.floating_markers
    if _fold_odd().search(document.text) is not None:
        return None
    # Partly claimed lines included; blank ones hold no marker.
    return frozenset(document.index.lines_matching(_literal_gate(markers)))


# Lines that may speak to the reader (a promo always does): one scan of the lower-cased text.
_READER_LINES = regex.compile(r"\b(?:you|we\b|we['’]|us\b|our)")


def _reader_lines(words: prose.ProseWords) -> regex.Pattern[str] | re.Pattern[str]:
    """Lines that may hold a reader word of ``words`` (a superset: classify counts words)."""
    return _READER_LINES if words is prose.ENGLISH else prose.reader_pattern(words.reader_words)


def _classify(text: str, words: prose.ProseWords) -> str:
    """:func:`prose.classify` with the vocabularies of ``words``."""
    if words is prose.ENGLISH:
        return prose.classify(text)
    return prose.classify(
        text,
        reader_words=words.reader_words,
        cta_verbs=words.cta_verbs,
        promo_nouns=words.promo_nouns,
        label_words=words.label_words,
    )


_RUN_MAX = 600  # a promo line longer than this is a paragraph, not a plug
# A sentence end inside a paragraph: the mark (and a closing quote) and a space before a capital,
# a digit or an opening quote. A run of headlines glued together seldom holds two.
_PROSE_TITLE = 100  # the shortest paragraph with two sentence ends read as prose, not a title
_INNER_SENTENCE_END = deferred_regex(r"[.!?][\"”’)]{0,2} (?=[\p{Lu}\d\"“‘«])")


def _segment_class(seg: str, words: prose.ProseWords) -> str:
    """:func:`_classify` of one segment read for the junk tail (its first ``_RUN_MAX`` characters),
    with paragraphs that hold sentences taken for prose.

    The classifier calls a segment with no sentence-final mark a title. A paragraph can lack one
    and still be story: a review signed at its end (``… -- Jane Roe``), a lead-in to a list
    (``… for all occasions:``), or the head of a paragraph longer than ``_RUN_MAX`` cut
    mid-sentence. A title seldom holds two sentence ends before a capital, or one in 200
    characters: such a segment is prose, so an essay's section after its subheading is no tail."""
    return _sentences_to_prose(seg, _classify(seg[:_RUN_MAX], words))


def _sentences_to_prose(seg: str, cls: str) -> str:
    """``cls``, or prose when ``cls`` is a title that holds sentences (see :func:`_segment_class`)."""
    if cls != prose.TITLE or len(seg) < _PROSE_TITLE:
        return cls
    ends = _INNER_SENTENCE_END.finditer(seg, 0, _RUN_MAX)
    if next(ends, None) is None:
        return cls
    if len(seg) >= 2 * _PROSE_TITLE or next(ends, None) is not None:
        return prose.PROSE
    return cls


_JOIN_MAX = 250  # a line addressing the reader joins a promo next to it up to this length
_CREDIT_VALUE = 60  # the longest line under a credit label taken for its value (a name, a date)
_TAIL_LOOK = 40  # segments looked at from the end for the junk tail
# A line that is only a date (``May 06, 2022``, ``6 May 2022``): on a feed page it heads the
# next story, so it may open the junk tail.
_DATE_ONLY = deferred_re(
    r"(?:[A-Z][a-z]{2,8}\.? \d{1,2}(?:st|nd|rd|th)?,? \d{4}|\d{1,2} [A-Z][a-z]{2,8}\.?,? \d{4})"
    r"(?: \d{1,2}[:.]\d{2}(?: ?[AaPp][Mm])?)?"
)
# A label and a numeric date, the page's stamp under the story in any language (``Créé:
# 12.12.2019, 07h36``, ``Stand: 04.03.2025 18:02``): where a junk tail may start.
_STAMP_LINE = deferred_re(
    r"[^\W\d_]{3,20}[ \t]?:[ \t]?\d{1,2}[./-]\d{1,2}[./-]\d{2,4}"
    r"(?:,?[ \t]{1,2}\d{1,2}[h:.]\d{2}(?:[ \t]Uhr)?)?"
)


def _stamp_line(seg: str) -> bool:
    """Whether ``seg`` is a labelled numeric date (its colon and digits checked first: no
    pattern compiled for other short lines)."""
    if ":" not in seg or not (seg[-1].isdigit() or seg.endswith("Uhr")):
        return False
    return _STAMP_LINE.fullmatch(seg) is not None


_LETTER = re.compile(r"[^\W\d_]")
# A segment that holds one of these inside it is furniture from its start when it follows a
# footer at the end of a joined line (``… budget day Market Tools © 2025 Ledger.``).
_STRONG_FOOTER = deferred_re(r"[©ⓒ]|\ball rights reserved\b|\bcopyright\b", re.IGNORECASE)


def _kind_near(found: dict[tuple[int, int], str], segments: list[tuple[int, int, int]], n: int) -> str:
    for m in (n - 1, n + 1):
        if 0 <= m < len(segments):
            k = found.get(segments[m][1:])
            if k is not None:
                return k
    return "other"


def _promo_runs(
    text: str,
    segments: list[tuple[int, int, int]],
    found: dict[tuple[int, int], str],
    reader_lines: frozenset[int],
    glued: set[int],
    words: prose.ProseWords = prose.ENGLISH,
    classified: dict[tuple[int, int], str] | None = None,
) -> None:
    """Lines addressing the reader about a promo join a footer next to them (both ways, repeatedly).

    ``Join our WhatsApp community!`` / ``You'll get daily updates …`` / ``Sign up here``: only
    the first and last match a table pattern; the middle line, which speaks to the reader, is the
    same plug. A promo-class line with no recognised neighbour is taken when a line next to it
    speaks to the reader too (``Don't have time to read it all?`` / ``Get a weekly roundup …``).
    """
    n_seg = len(segments)
    classes: dict[int, str] = {}
    # Whether the text itself speaks to its reader (a how-to, a health or money guide: "you"
    # in many of its paragraphs), decided on first need: there a line addressing the reader
    # is the story's own, and joins a plug only when it is a promo itself.
    advice: list[bool] = []

    def to_reader() -> bool:
        if not advice:
            advice.append(_speaks_to_reader(text, segments, reader_lines, words))
        return advice[0]

    def cls(n: int) -> str:
        got = classes.get(n)
        if got is None:
            idx, s, e = segments[n]
            # Not a promo (all that is asked here) when too long or with no reader word.
            if e - s > _RUN_MAX or idx not in reader_lines:
                got = prose.PROSE
            else:
                got = _classify(text[s:e], words)
                if got == prose.PROMO and _story_paragraph(text, s, e, words):
                    got = prose.PROSE
                if classified is not None:
                    classified[(s, e)] = got
            classes[n] = got
        return got

    def promo(n: int) -> bool:
        # In a text written to its reader, an imperative with "your" is advice: a plug there
        # names what it sells (a promo noun, an address).
        if cls(n) != prose.PROMO:
            return False
        return prose.names_promo(text[segments[n][1] : segments[n][2]], words) or not to_reader()

    def joins(m: int) -> bool:
        idx, s, e = segments[m]
        if s in glued and e - s <= _JOIN_MAX:
            return True  # a short line ending in a plug, next to a plug: the same plug
        if idx not in reader_lines:
            return False
        if writer_line(text, s, e, body_seen=True, contacts=False) is not None:
            return False  # a bio or a contact line about the writer: the bylines rule's
        return promo(m) or (
            e - s <= _JOIN_MAX and prose.addresses_reader(text[s:e], words.second_person) and not to_reader()
        )

    def grow(n: int, step: int) -> None:
        m = n + step
        while 0 <= m < n_seg and segments[m][1:] not in found and joins(m):
            found[segments[m][1:]] = _kind_near(found, segments, m)
            m += step

    # After the story's last line, a plug needs no neighbour: ``We want to hear what you think
    # about this article. Submit a letter …`` closing the text.
    n = n_seg - 1
    while n >= 0 and (segments[n][1:] in found or promo(n)):
        found.setdefault(segments[n][1:], "other")
        n -= 1
    for n in [n for n in range(n_seg) if segments[n][1:] in found]:
        grow(n, 1)
        grow(n, -1)
    for n in range(n_seg):
        if segments[n][0] not in reader_lines or segments[n][1:] in found or not promo(n):
            continue
        if any(0 <= m < n_seg and segments[m][1:] not in found and joins(m) for m in (n - 1, n + 1)):
            found[segments[n][1:]] = "other"
            grow(n, 1)
            grow(n, -1)


_PROMO_PARAGRAPH = 300  # a promo-class line longer than this may be a story paragraph
_WORDS = deferred_re(r"[\w'’-]+")


def _story_paragraph(text: str, s: int, e: int, words: prose.ProseWords) -> bool:
    """Whether a line the classifier calls a promo is a story paragraph that speaks to its reader
    about a product (``What makes that pain go away? At two apps you can get your pay early …``):
    longer than ``_PROMO_PARAGRAPH``, three sentences at least, none opening with a call to
    action, and no word of the house speaking (``we``, ``our``: a plug names its publisher's
    offer)."""
    if e - s <= _PROMO_PARAGRAPH:
        return False
    starts = [s] + [m.end() for m in _INNER_SENTENCE_END.finditer(text, s, e)]
    if len(starts) < 3:
        return False
    cta = words.cta_verbs
    for b in starts:
        first = _WORDS.match(text, b, e)
        if first is None or first.group().lower() in cta:
            return False  # a sentence that calls to action (``Support us now.``): the plug's
    house = words.reader_words - words.second_person
    return house.isdisjoint(_WORDS.findall(text[s:e].lower()))


_ADVICE_SHARE = 0.25  # of the story-length lines speaking to the reader: the text is advice
_ADVICE_MIN = 4
_ADVICE_LINE = 80


def _speaks_to_reader(
    text: str, segments: list[tuple[int, int, int]], reader_lines: frozenset[int], words: prose.ProseWords
) -> bool:
    """Whether a quarter of the text's story-length lines (four at least) address the reader
    (``you``, ``your``), quoting nobody: a guide written to its reader, not a report."""
    long = [(idx, s, e) for idx, s, e in segments if e - s >= _ADVICE_LINE]
    need = max(_ADVICE_MIN, _ADVICE_SHARE * len(long))
    # Lines holding a reader word (``we``, ``our`` too) are the candidates: most texts have too
    # few of them to need a closer look.
    left = [(s, e) for idx, s, e in long if idx in reader_lines]
    seen = 0
    for i, (s, e) in enumerate(left):
        if seen + len(left) - i < need:
            return False
        if prose.addresses_reader(text[s:e], words.second_person):
            seen += 1
            if seen >= need:
                return True
    return False


def _items(text: str, found: Iterable[tuple[tuple[int, int], str]]) -> Iterator[Boilerplate]:
    """The items, in text order, none overlapping an earlier one (a mid-line ad marker inside a
    promo sentence found at the line's end stays one item: the first)."""
    last = -1
    for (s, e), kind in found:
        if s >= last:
            last = e
            yield Boilerplate(Span.of(text, s, e), kind)


def _merge_runs(
    text: str, found: dict[tuple[int, int], str], before: set[tuple[int, int]]
) -> list[tuple[tuple[int, int], str]]:
    """One item per run of footer lines that a promo run or the junk tail added to: the run is
    one piece of furniture (its kind is that of its first recognised line). Lines found alone
    by the tables stay one item each."""
    out: list[tuple[tuple[int, int], str]] = []
    grown = False  # whether the last item in ``out`` holds a line added by a run
    for (s, e), kind in sorted(found.items()):
        added = (s, e) not in before
        if out and e <= out[-1][0][1]:
            continue  # inside the item before it (a promo sentence of a line taken whole)
        if out and (added or grown) and not text[out[-1][0][1] : s].strip(_STRIP):
            (ps, _), pk = out[-1]
            out[-1] = ((ps, e), pk)
            grown = True
            continue
        out.append(((s, e), kind))
        grown = added
    return out


def _tail_outweighs_story(
    look: list[tuple[int, int, int]], classes: list[str], start: int, story_start: int
) -> bool:
    """Whether the tail from ``look[start]`` holds more prose characters than the whole text
    above it: then it is the article itself (a gift guide's products, each a name, a blurb and a
    ``See it now: Shop`` button), not other stories' teasers under a story."""
    tail_prose = sum(
        e - s for (_, s, e), cls in zip(look[start:], classes[start:], strict=True) if cls == prose.PROSE
    )
    return tail_prose > look[start][1] - story_start


_LABEL_KEY = (4, 30)  # the shortest and longest label (a line's text before its colon)


def _label_repeats_above(
    text: str, segments: list[tuple[int, int, int]], first: tuple[int, int, int]
) -> bool:
    """Whether the line opening the tail (``- See it now: Shop``) opens a line of the story above
    too, up to its colon: the tail goes on with the article's own list
    (a product, its button and its blurb, again and again), not other stories' teasers."""
    _, s, e = first
    colon = text.find(":", s, min(e, s + _LABEL_KEY[1] + 1))
    if colon - s < _LABEL_KEY[0]:
        return False  # (a date line heading the tail is no button: the story's stamp repeats it)
    key = text[s:colon]
    return any(text.startswith(key, ss, se) for _, ss, se in segments if ss < s and (ss, se) != (s, e))


# A numbered heading of a listicle (``5. Water them weekly``, ``3) Keep it cool``): the number.
_NUMBERED = deferred_re(r"(\d{1,2})[.)][ \t\u00a0]+[^\W\d_]")


def _numbering_goes_on(
    text: str, segments: list[tuple[int, int, int]], tail: list[tuple[int, int, int]]
) -> bool:
    """Whether a line of the tail is a numbered heading (``5. …``) whose number follows that of
    a numbered heading above the tail (``4. …``): the tail goes on with the article's own list
    (a listicle's last points, each a heading and its paragraph), not other stories' teasers."""
    if not any(text[s].isdigit() for _, s, _e in tail):
        return False  # (no line opens with a digit: the pattern is not compiled)
    numbers = [int(m.group(1)) for _, s, e in tail if (m := _NUMBERED.match(text, s, e)) is not None]
    if not numbers:
        return False
    first = tail[0][1]
    above = {int(m.group(1)) for _, s, e in segments if s < first and (m := _NUMBERED.match(text, s, e))}
    return numbers[0] - 1 in above


_SECTION_TITLE = 80  # the longest subheading of a story's section
_SECTION_BODY = 400  # the shortest paragraph under it that is a section, not a teaser's lede
_SECTIONS_ABOVE = 2  # sections of the story above the tail, at least, to show its house style


def _sections(text: str, segs: list[tuple[int, int, int]], classes: list[str] | None = None) -> int:
    """How many of ``segs`` are a subheading (a short title line with no sentence end) followed
    by a long prose paragraph (:data:`_SECTION_BODY` characters or more): the sections of a story.
    ``classes`` are the segments' classes when known (the tail's), else the shape alone decides."""
    count = 0
    for n in range(len(segs) - 1):
        _, s, e = segs[n]
        _, ns, ne = segs[n + 1]
        # (A caption or credit above a paragraph, ``(Photo: …)``, ``© Agency``, is no subheading.)
        if e - s > _SECTION_TITLE or ne - ns < _SECTION_BODY:
            continue
        if text[e - 1] in ".!?:…)" or not text[s].isalnum():
            continue
        if classes is not None and (classes[n] != prose.TITLE or classes[n + 1] != prose.PROSE):
            continue
        if text[ne - 1] in '.!?"”’)':
            count += 1
    return count


def _sections_go_on(
    text: str, segments: list[tuple[int, int, int]], tail: list[tuple[int, int, int]], classes: list[str]
) -> bool:
    """Whether the tail goes on with the story's own sections: a subheading over a long
    paragraph stands twice above the tail and twice in it (a buyer's guide or a feature with
    crossheads). Other stories' teasers under a story hold a headline and a lede of a sentence
    or two, shorter than a section's paragraph."""
    if _sections(text, tail, classes) < 2:
        return False
    first = tail[0][1]
    return _sections(text, [seg for seg in segments if seg[2] <= first]) >= _SECTIONS_ABOVE


def _credit_line(text: str, s: int, e: int, credit: regex.Pattern[str]) -> bool:
    """Whether ``text[s:e]`` is a credit or writer line (``SOURCE: …``, ``– Ann Lee, Writer``).

    Such a line opens no junk tail: the tail never takes it (it is the bylines rule's), and a
    story that alternates such lines with paragraphs (a review's quoted verdicts, each signed
    under it) would look like a teaser list from its first signature on."""
    return (
        credit.match(text, s, e) is not None
        or writer_line(text, s, e, body_seen=True, contacts=False) is not None
    )


def _junk_tail(
    text: str,
    segments: list[tuple[int, int, int]],
    found: dict[tuple[int, int], str],
    credit: regex.Pattern[str],
    words: prose.ProseWords = prose.ENGLISH,
    classified: dict[tuple[int, int], str] | None = None,
    table: tuple[Callable[[str, bool], str | None], bool] | None = None,
) -> None:
    """Everything from the story's end on: labels, related headlines, teasers and promos.

    ``table`` is the whole-line table and whether its floating patterns may meet the last line
    (for a one-line scrape's end, :func:`_joined_tail`).

    The last segments are classified (prose or furniture) from the end backwards; the tail starts
    at the earliest label, date or footer line from which at least half the segments are
    furniture with no three prose paragraphs in a row (see :func:`newsparse.text.prose.tail_start`).
    Credit and source lines (``SOURCE: …``, ``… contributed to this report``) are left for the
    bylines rule.
    """
    if len(segments) < 4:
        _joined_tail(text, segments, found, table)
        return
    # Most of the article stays story: the tail may not start in its first 40 % of characters.
    lo = segments[0][1] + (segments[-1][2] - segments[0][1]) * 2 // 5
    look: list[tuple[int, int, int]] = []
    classes: list[str] = []
    anchors: list[bool] = []
    prose_run = 0
    # From the end backwards, only as far as the story's last three paragraphs in a row: no
    # tail can start before them, so nothing above is classified.
    for seg_t in reversed(segments[-_TAIL_LOOK:]):
        _, s, e = seg_t
        if s < lo and look:
            break
        seg = text[s:e]
        kind = found.get((s, e))
        if kind is not None and _LETTER.search(seg) is None:
            # A counter or a bare time (``3/5``, ``07.13``) between gallery captions: furniture,
            # but no sign that the story has ended.
            kind, cls = None, prose.TITLE
        else:
            if kind is not None:
                cls = prose.FOOTER
            else:
                got = classified.get((s, e)) if classified else None
                cls = _sentences_to_prose(seg, got) if got is not None else _segment_class(seg, words)
        look.append(seg_t)
        classes.append(cls)
        anchors.append(
            (
                (kind is not None and kind != "ad")
                or cls in (prose.LABEL, prose.FOOTER)
                or (e - s <= 40 and (_DATE_ONLY.fullmatch(seg) is not None or _stamp_line(seg)))
            )
            and (kind is not None or not _credit_line(text, s, e, credit))
        )
        prose_run = prose_run + 1 if cls == prose.PROSE else 0
        if prose_run >= 3:
            break
    look.reverse()
    classes.reverse()
    anchors.reverse()
    start = prose.tail_start(classes, anchors, min_share=0.5)
    if start is None:
        return
    if (
        _tail_outweighs_story(look, classes, start, segments[0][1])
        or _label_repeats_above(text, segments, look[start])
        or _numbering_goes_on(text, segments, look[start:])
        or _sections_go_on(text, segments, look[start:], classes[start:])
    ):
        return
    after_credit = False
    for (_, s, e), cls in zip(look[start:], classes[start:], strict=True):
        if (s, e) in found:
            after_credit = False
        elif _credit_line(text, s, e, credit):
            after_credit = True
        elif after_credit and cls == prose.TITLE and e - s <= _CREDIT_VALUE:
            pass  # the name or date under ``Published By:``: the bylines' and timestamps' text
        else:
            after_credit = False
            found[(s, e)] = "related_links" if e - s <= 300 else "other"


def _comments_tail(
    text: str,
    segments: list[tuple[int, int, int]],
    found: dict[tuple[int, int], str],
    opener: Callable[[], regex.Pattern[str]],
    headers: frozenset[tuple[int, int]] = frozenset(),
    prior: dict[int, tuple[int, str]] | None = None,
) -> set[tuple[int, int]]:
    """From a comment-section header in the text's second half on, every line is reader
    comments (names, ``#1 — vor 8 Stunden``, the comments themselves, which read as prose).
    ``headers`` are the segments the whole-line table read as comment lines, whatever kind a
    run gave them later; ``prior`` the footers of earlier rules (start -> end, kind), whose last
    line may be the header (``You may also like:`` / ``2 comments``, taken by the also-read
    rule as one block). Returns the segments after the header."""
    half = segments[0][1] + (segments[-1][2] - segments[0][1]) // 2
    start: int | None = None
    for s, e in _prior_last_lines(text, prior or {}, half):
        if opener().fullmatch(text, s, e) is not None:
            start = e
            break
    for n, (_, s, e) in enumerate(segments):
        if start is not None and s >= start:
            break
        # The header may have joined a junk tail above it, which gave it the tail's kind: what
        # the table first read counts too.
        kind = found.get((s, e))
        header = kind == "comments" or (kind is not None and (s, e) in headers)
        if header and (s >= half or _story_above(text, segments, n)) and opener().fullmatch(text, s, e):
            start = e
            break
    if start is None:
        return set()
    after = {(s2, e2) for _, s2, e2 in segments if s2 >= start}
    for key in after:
        found.setdefault(key, "comments")
    return after


_STORY_ABOVE = 4  # story paragraphs above a comment header in the text's first half


def _story_above(text: str, segments: list[tuple[int, int, int]], n: int) -> bool:
    """Whether story paragraphs stand above segment ``n`` (a comment header in the text's first
    half: a short story under which readers wrote at length). A comment count at the top of a
    page stands above the story; the story's own paragraphs are long and end sentences."""
    seen = 0
    for _, s, e in segments[:n]:
        if e - s >= 80 and text[e - 1] in '.!?"”’)':
            seen += 1
            if seen >= _STORY_ABOVE:
                return True
    return False


def _prior_last_lines(text: str, prior: dict[int, tuple[int, str]], half: int) -> Iterator[tuple[int, int]]:
    """The stripped last line of each earlier rule's footer in the text's second half."""
    for ps in sorted(prior):
        pe = prior[ps][0]
        if pe < half or pe - ps > 2000:
            continue
        ls = text.rfind("\n", ps, pe) + 1 or ps
        s, e = _strip(text, max(ls, ps), pe)
        if e - s >= 3:
            yield s, e


def _joined_tail(
    text: str,
    segments: list[tuple[int, int, int]],
    found: dict[tuple[int, int], str],
    table: tuple[Callable[[str, bool], str | None], bool] | None,
) -> None:
    """In a joined line ending in footer sentences, the segment before them joins when it holds a
    copyright sign or ``All rights reserved`` inside it (headlines run into the copyright line),
    or when it is headlines run into a footer (:func:`joined.anchored_run`: ``… budget day
    Follow us on Facebook.`` before ``Copyright 2025 …``)."""
    _, ls, le = segments[-1]
    tail = sorted(k for k in found if ls <= k[0] and k[1] <= le)
    if not tail or tail[-1][1] != le:
        return
    start = tail[0][0]
    for k in reversed(tail):  # the contiguous run of footer sentences at the line's end
        if text[k[1] : start].strip(_STRIP) and k[1] < start:
            break
        start = k[0]
    seg_start = max(ls, start - _TAIL_WINDOW)
    for m in _SENTENCE_START.finditer(text, max(ls, seg_start - 3), start - 1):
        if m.start(1) >= seg_start:
            seg_start = m.end()  # the last sentence end before the footer sentences
    s, e = _strip(text, seg_start, start)
    if e > s and (
        _STRONG_FOOTER.search(text, seg_start, start) is not None
        or (table is not None and joined.anchored_run(text, s, e, *table))
    ):
        found[(s, e)] = "other"
        start, evidence = s, 1
    elif table is not None:
        # Headlines before the footer inside its own sentence (``Five stocks to buy Connect
        # with us: © 2025 …``) are a sign of a junk tail for the questions before it.
        first = next(k for k in tail if k[0] >= start)
        evidence = int(joined.anchored_run(text, first[0], first[1], *table))
    else:
        evidence = 0
    head = joined.question_heads(text, ls, start, evidence)
    if head < start:
        hs, he = _strip(text, head, start)
        found[(hs, he)] = "related_links"


def _bounds(document: Document) -> Callable[[int], tuple[int, int]]:
    """Line ``i``'s start and end in ``document`` (for :mod:`residue`)."""
    starts, ends = document.line_starts, document.line_ends
    return lambda i: (starts[i], ends[i])


@functools.lru_cache(maxsize=32)
def _stamp_labels(language: tuple[tuple[str, str], ...]) -> tuple[str, ...]:
    """The timestamp labels of the timestamps rule and of a language, lower case: a line opening
    with one is that rule's, not a label above the story."""
    from newsparse.rules.furniture.patterns import TIMESTAMP_LABELS

    return tuple(sorted({label.lower() for label, _ in TIMESTAMP_LABELS + language if label.strip()}))


_DEFAULT = BoilerplateRule()  # its tables compile on first use


def find_boilerplate(text: str) -> tuple[Boilerplate, ...]:
    """Return the boilerplate items in ``text``, in text order.

    >>> find_boilerplate("The bank said its app crashed for three hours on Monday.")
    ()
    """
    from newsparse._errors import ensure_str

    return tuple(_DEFAULT(Document.from_text(ensure_str(text))))
