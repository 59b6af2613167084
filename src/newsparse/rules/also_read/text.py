"""Shared building blocks of the also-read rule: lazily compiled patterns, word shapes, spans
and the document's lines.

Everything here is plain text work with no vocabulary in it; every other stage builds on it.
"""

from __future__ import annotations

import bisect
import functools
import re
import sys
from collections.abc import Iterator, Sequence
from typing import NamedTuple, overload

import regex

from newsparse._document import Document


class _Lazy:
    """A ``regex`` pattern compiled on first use (keeps ``import newsparse`` fast)."""

    __slots__ = ("_flags", "_pattern", "_source")

    def __init__(self, source: str, flags: int = 0) -> None:
        self._source = source
        self._flags = flags
        self._pattern: regex.Pattern[str] | None = None

    def _get(self) -> regex.Pattern[str]:
        if self._pattern is None:
            self._pattern = regex.compile(self._source, self._flags)
        return self._pattern

    def match(self, string: str, pos: int = 0, endpos: int = sys.maxsize) -> regex.Match[str] | None:
        """``regex.Pattern.match``."""
        return self._get().match(string, pos, endpos)

    def fullmatch(self, string: str, pos: int = 0, endpos: int = sys.maxsize) -> regex.Match[str] | None:
        """``regex.Pattern.fullmatch``."""
        return self._get().fullmatch(string, pos, endpos)

    def search(self, string: str, pos: int = 0, endpos: int = sys.maxsize) -> regex.Match[str] | None:
        """``regex.Pattern.search``."""
        return self._get().search(string, pos, endpos)

    def finditer(
        self, string: str, pos: int = 0, endpos: int = sys.maxsize, *, overlapped: bool = False
    ) -> Iterator[regex.Match[str]]:
        """``regex.Pattern.finditer``."""
        return self._get().finditer(string, pos, endpos, overlapped=overlapped)


# ---------------------------------------------------------------------------
# Building blocks (compiled once)
# ---------------------------------------------------------------------------

# Where a label may start inside a line: after a sentence end, a pipe/bullet or a closing
# bracket, then whitespace (a scrape that joined paragraphs with spaces).
# (No line terminator in it: scanning the whole text finds the same places as scanning each line.)
# Group 1 peeks at the next two characters of the line (up to a line terminator, as Document
# splits lines): where a label could start.
# (Possessive: the lookahead ``_mid_pos`` appends must not make it try fewer closers or
# spaces and stop somewhere else.)
# A run of three or more spaces inside a line is a paragraph break too: some scrapers join
# paragraphs that way (``…दे दी      यह भी पढ़ें: …``).
_NEXT_TWO = r"(?=([^\r\n\x0b\x0c\x1c\x1d\x1e\x85\u2028\u2029]{0,2}))"
_MID_HEAD = r"[.!?…।۔؟|•·\])”\"»][\"”’»)\]]{0,2}+[ \t\u00a0\u202f]*+"
_MID_SRC = _MID_HEAD + _NEXT_TWO
# (A separate scan, led by its literal three spaces: folded into ``_MID_SRC`` as an alternative
# it would make ``re`` try every position and scan four times slower.)
_GAP_HEAD = r"   (?<=[^ \t\u00a0\u202f\r\n]   )[ \t\u00a0\u202f]*+"
_GAP_SRC = _GAP_HEAD + _NEXT_TWO
# Every line start (after a line terminator; the first line is read apart) with the two
# characters that follow it (see ``_candidate_lines``). Led by the terminator, not by a
# lookbehind, so that ``re`` jumps from terminator to terminator.
_LINE_START_SRC = r"[\r\n\x0b\x0c\x1c\x1d\x1e\x85\u2028\u2029]"
# A line whose first 19 characters hold no ASCII lower-case letter: a possible ALL-CAPS insert.
_CAPS_LINE = r"[^a-z\r\n\x0b\x0c\x1c\x1d\x1e\x85\u2028\u2029]{19}"
_NEXT_19 = r"(?=([^\r\n\x0b\x0c\x1c\x1d\x1e\x85\u2028\u2029]{0,19}))"
_TERMINATOR_CHARS = frozenset("\r\n\x0b\x0c\x1c\x1d\x1e\x85\u2028\u2029")
_NOT_CAPS_HEAD = frozenset("abcdefghijklmnopqrstuvwxyz\r\n\x0b\x0c\x1c\x1d\x1e\x85\u2028\u2029")


@functools.lru_cache(maxsize=8)
def _re(source: str) -> re.Pattern[str]:
    """``re.compile``, on first use (the import compiles nothing it may not need)."""
    return re.compile(source)


# Heavy arrows and pointing hands some sites set between a label and its title (``Leggi anche ➡
# …``, ``LEIA TAMBÉM 👉 …``), with the variation selector an emoji arrow carries.
_ARROWS = "➡➔➜➝➞⇨⟶⮕👉▸▹➤➢⯈\ufe0f"  # ``▸`` and ``➤`` as in ``Lire aussi ▸ Titre``
# Separators between a label and its title: ``:``, ``|``, ``-``, ``–``, ``—``, ``:-``, ``>>``, ``.``,
# and markdown bold glued to the label (``À lire aussi**Titre**``, ``**Lire aussi** : Titre``).
# A closing bracket right after the label (``[À LIRE AUSSI] Titre``) and the Devanagari visarga
# typed for a colon (``ये भी पढ़ेंः``) separate too.
_SEP = _Lazy(
    r"[ \t\u00a0\u202f]*+(?:[*_]{1,3}[ \t\u00a0\u202f]*+)?"
    # The year of an archive link between the label and its separator (``Lire aussi (2019) | …``).
    r"(?:\((?:19|20)\d\d\)[ \t\u00a0\u202f]*+(?=[:|｜\-–—]))?"
    r"(?:[:：ः|｜\-–—−»>•.…\])►▶→⇒›" + _ARROWS + r"]{1,3}|\.\.\.|\*\*)(?:[*_]{1,3})?[ \t\u00a0\u202f]*+"
)
# A weak label needs ``:`` or ``|`` (``Related: …``) or a dash with a space after it (``Watch - …``,
# Hindi ``पढ़ें- …``; a dash glued on both sides joins a compound: ``पढ़ें-लिखें``).
_STRONG_SEP = _Lazy(
    r"[ \t\u00a0\u202f]*+(?:[*_]{1,3})?[:：ः|｜]{1,2}(?:[*_]{1,3})?[ \t\u00a0\u202f]*+"
    r"|[ \t\u00a0\u202f]*+[-–—−][ \t\u00a0\u202f]++"
)
# What may stand after a label alone on its line.
_LABEL_ONLY_TAIL = _Lazy(r"[ \t\u00a0\u202f:：ः|｜\-–—−.…>»\])*_►▶→⇒›" + _ARROWS + r"]{0,8}+")
_FULL_STOP = _Lazy(r"\.[\"”’)]{0,2}\s++")
_LOWER = regex.compile(r"\p{Ll}")
_SPACES = _Lazy(r"[ \t\u00a0\u202f]++")
_URL = _Lazy(r"(?:https?://|www\.)[^\s<>\"”’)\]]{1,500}")
# ``regex``'s ``\S{1,200}`` with ``re`` (2x faster): ``re``'s ``\s`` also takes U+001C..U+001F,
# so the whitespace ``regex`` knows is spelt out.
_TOKEN = re.compile(
    r"[^\u0009\u000a\u000b\u000c\u000d\u0020\u0085\u00a0\u1680\u2000-\u200a\u2028\u2029\u202f\u205f\u3000]{1,200}"
)
_APOSTROPHE = r"(?:['’‘`´]|â€™)"
_ABBREVIATION = _Lazy(
    r"(?:\p{L}\.){1,4}|(?:Mr|Mrs|Ms|Dr|St|No|vs|Jr|Sr|Inc|Ltd|Co|Corp|Gov|Sen|Rep|Gen|Lt|Col|Capt|Prof"
    r"|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec|Rs|approx|etc)\.",
    regex.IGNORECASE,
)
_CLOSERS = "\"”’'»)]"
_OPENERS = "\"“‘'«([¿¡"
# Title lines must not be furniture of another kind.
# Date and time lines under related titles: ``Nov 21, 2025``, ``3 hours ago``, ``5 min read``.
_META_SRC = (
    r"^\W*(?:(?:mon|tue|wed|thu|fri|sat|sun)\w*,?\s+)?(?:\d{1,2}\s+)?"
    r"(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)\w*\.?\s+\d{1,2}(?:st|nd|rd|th)?\b,?(?:\s+\d{4})?\W*$"
    r"|^\W*\d{1,2}\s+(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)\w*\.?,?\s+\d{4}\W*$"
    r"|\b\d+\s+(?:min(?:ute)?s?|hours?|hrs?|days?|weeks?)\s+(?:ago|read)\b|^(?:updated|published|posted)\b"
)
_META_LINE = _Lazy(r"(?i)" + _META_SRC)
_NOT_A_TITLE = _Lazy(
    r"(?i)^(?:by\s+\p{Lu}|\(?(?:with\s+inputs|reporting\s+by|editing\s+by|additional\s+reporting)"
    r"|advertisement|sponsored|comments?(?:\s*\(?\d{1,6}\)?)?\W*$|loading\s+comments|(?:view|show|see)\s+(?:all\s+)?comments"
    # A share widget (``Share``, ``Share this article``), not a title that opens with the word
    # (``Share prices slide as …``).
    r"|share(?:\s+(?:this|on|via|article|story|now)\b|\W*$)|follow\s+us|subscribe|sign\s+up|download|click\s+here"
    r"|copyright|©|all\s+rights|photo|image|file\s+photo|tags?:|topics?:|—|–)"
    r"|contributed\s+to\s+this\s+report|@\w+\)\s+\w+\s+\d|\b(?:sign\s+up|subscribe|newsletters?)\b"
    r"|" + _META_SRC
)
_CALL_TO_ACTION = _Lazy(r"(?i)\bclick(?:ing)?\s+here\b|\btap\s+here\b")
_CAPS_EXCLUDE = _Lazy(
    r"(?i)\b(?:click|clicking|download|subscribe|sign\s+up|follow\s+us|advertisement|newsletter|app"
    r"|podcast|copyright|reporting\s+by|contributed|this\s+(?:article|story|content|page)|disclaimer"
    r"|purposes|sponsored|continue\s+reading|story\s+continues|terms\s+and\s+conditions"
    r"|(?:edited|written|compiled)\s+by|inputs|live\s+updates|here\s+for\s+more)\b|^\s*by\s"
)


# ---------------------------------------------------------------------------
# Small text helpers
# ---------------------------------------------------------------------------


def _first_letter(word: str) -> str:
    for ch in word:
        if ch.isalpha():
            return ch
    return ""


def _is_capitalised(word: str) -> bool:
    ch = _first_letter(word)
    return bool(ch) and (ch.isupper() or not ch.islower())


def _is_lower(word: str) -> bool:
    ch = word.lstrip(_OPENERS)[:1]
    return ch.isalpha() and ch.islower()


def _starts_lower(word: str) -> bool:
    """A word in lower case (``the``), but not a camel-cased name (``iPhone``, ``eBay``)."""
    return _is_lower(word) and not any(c.isupper() for c in word)


def _is_all_caps(word: str) -> bool:
    cased = [c for c in word if c.isalpha() and (c.isupper() or c.islower())]
    return bool(cased) and all(c.isupper() for c in cased)


def _bare(word: str) -> str:
    return word.strip(_OPENERS + _CLOSERS + ",;:.!?…").casefold()


_STRIP = " \t\u00a0\u202f\u200b\ufeff"

# Pictographs a site may set before a label (``👉``, ``➡️``, ``➤``, ``🔴``, ``📌``): arrows,
# technical symbols, geometric shapes, dingbats, supplemental arrows and the emoji planes. Written
# as a character-class body for ``re`` and ``regex`` alike.
_PICTOGRAPH_RANGES = (
    (0x2190, 0x21FF),
    (0x2300, 0x23FF),
    (0x25A0, 0x27BF),
    (0x2900, 0x297F),
    (0x2B00, 0x2BFF),
    (0x1F300, 0x1FAFF),
)
_PICTOGRAPH_CLASS = "".join(f"\\U{lo:08x}-\\U{hi:08x}" for lo, hi in _PICTOGRAPH_RANGES)


# A list bullet before a title line; ``>`` and ``>>`` are the arrows French business sites set
# before each title under ``LIRE AUSSI :``, and a pictograph (``▶️``, ``👉``) a Brazilian
# portal's.
_BULLET = _Lazy(
    r"[ \t\u00a0\u202f]*+(?:[*•·▪■▸◆►▶→✓●◦»›–-]|>{1,2}+|\d{1,2}[.)]|["
    + _PICTOGRAPH_CLASS
    + r"]\ufe0f?+)[ \t\u00a0\u202f]++"
)


def _is_pictograph(ch: str) -> bool:
    """Whether one character is an arrow, dingbat or emoji (see ``_PICTOGRAPH_RANGES``)."""
    o = ord(ch)
    return o >= 0x2190 and any(lo <= o <= hi for lo, hi in _PICTOGRAPH_RANGES)


def _strip_span(text: str, start: int, end: int, chars: str = "") -> tuple[int, int]:
    """Shrink ``[start, end)`` past whitespace (and ``chars``) at both ends."""
    if start >= end:
        return start, end
    strip = _STRIP + chars if chars else _STRIP
    seg = text[start:end]
    left = seg.lstrip(strip)
    start += len(seg) - len(left)
    return start, start + len(left.rstrip(strip))


class _Line(NamedTuple):
    """One line of the text: offsets and text (a plain tuple, cheaper than a Span per line)."""

    start: int
    end: int
    text: str


class _Lines(Sequence[_Line]):
    """Every line of a document as a :class:`_Line`, made when asked for and never kept.

    The rule walks every line, but a list of them would cost ~100 bytes a line for the whole
    parse (a page of blank lines is mostly list); the line table already holds the offsets.
    """

    __slots__ = ("ends", "starts", "text")

    def __init__(self, document: Document) -> None:
        self.text = document.text
        self.starts = document.line_starts
        self.ends = document.line_ends

    def __len__(self) -> int:
        return len(self.starts)

    @overload
    def __getitem__(self, i: int) -> _Line: ...

    @overload
    def __getitem__(self, i: slice) -> list[_Line]: ...

    def __getitem__(self, i: int | slice) -> _Line | list[_Line]:
        if isinstance(i, slice):
            return [self[j] for j in range(*i.indices(len(self)))]
        s, e = self.starts[i], self.ends[i]
        return _Line(s, e, self.text[s:e])

    def __iter__(self) -> Iterator[_Line]:
        text = self.text
        for s, e in zip(self.starts, self.ends, strict=True):
            yield _Line(s, e, text[s:e])


def _lines(document: Document) -> _Lines:
    """Every line of ``document``, as a lazy sequence."""
    return _Lines(document)


_NON_SPACE = re.compile(r"\S")


def _line_at(lines: _Lines, offset: int) -> int:
    """The index of the line that holds ``offset`` (not on a terminator)."""
    return bisect.bisect_right(lines.starts, offset) - 1


@functools.lru_cache(maxsize=4)
def _mid_pos(at_end: bool, gap: bool = False) -> re.Pattern[str]:
    """``_MID_SRC`` (or, with ``gap``, the run-of-spaces scan), skipping in C the places that
    close their line when no label can match there (``at_end`` false): a third of all sentence ends."""
    source = _GAP_SRC if gap else _MID_SRC
    if at_end:
        return _re(source)
    return re.compile(source + r"(?![\r\n\x0b\x0c\x1c\x1d\x1e\x85\u2028\u2029]|\Z)")
