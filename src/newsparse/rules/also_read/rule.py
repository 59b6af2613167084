"""The "Also Read" rule: in-article links to other stories, labelled or not.

What it finds (see ``docs/also-read.md`` for the decisions behind each shape):

* ``Also Read: <title>``, ``ALSO READ | <title>``, ``READ MORE: <title>``, ``[Related: <title>]``,
  ``(Leggi anche su: <title>)``, … at a line start, or at a sentence boundary inside a long line
  (a scrape that joined every paragraph with spaces), several per line when the label repeats;
* a label alone on its line followed by one or more title lines (``* title`` / ``- title`` bullets);
* unlabelled related headlines: Express-style ``… [INSIGHT]`` lines and Fox-style ALL-CAPS
  insert lines between body paragraphs;
* related-links section headers (``Related Stories``, ``More from …``) — the header becomes a
  :class:`~newsparse.Boilerplate` of kind ``"related_links"`` and each short title line under it an
  :class:`~newsparse.AlsoRead` with ``label=None``.

>>> [(a.label.text, a.title.text) for a in find_also_read("Rates rose.\\nAlso Read: Banks Raise Fees")]
[('Also Read', 'Banks Raise Fees')]
"""

from __future__ import annotations

import bisect
import functools
import itertools
import re
import sys
import unicodedata
from collections.abc import Callable, Iterable, Iterator, Sequence
from typing import NamedTuple, TypeAlias, overload

import attrs
import regex

from newsparse._document import Document
from newsparse._model import AlsoRead, Boilerplate, Span
from newsparse.lang import LanguageTables, extend_vocabulary
from newsparse.rules.also_read import patterns as P
from newsparse.rules.also_read.buckets import BucketedPattern
from newsparse.rules.furniture.patterns import AGENCIES as _EN_AGENCIES
from newsparse.rules.furniture.writer_lines import writer_line

__all__ = ["AlsoReadRule", "find_also_read"]


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

    def finditer(self, string: str, pos: int = 0, endpos: int = sys.maxsize) -> Iterator[regex.Match[str]]:
        """``regex.Pattern.finditer``."""
        return self._get().finditer(string, pos, endpos)


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


# Separators between a label and its title: ``:``, ``|``, ``-``, ``–``, ``—``, ``:-``, ``>>``, ``.``,
# and markdown bold glued to the label (``À lire aussi**Titre**``, ``**Lire aussi** : Titre``).
# A closing bracket right after the label (``[À LIRE AUSSI] Titre``) and the Devanagari visarga
# typed for a colon (``ये भी पढ़ेंः``) separate too.
_SEP = _Lazy(
    r"[ \t\u00a0\u202f]*+(?:[*_]{1,3}[ \t\u00a0\u202f]*+)?"
    r"(?:[:：ः|｜\-–—−»>•.…\])►▶→⇒›]{1,3}|\.\.\.|\*\*)(?:[*_]{1,3})?[ \t\u00a0\u202f]*+"
)
# A weak label needs ``:`` or ``|`` (``Related: …``) or a dash with a space after it (``Watch - …``,
# Hindi ``पढ़ें- …``; a dash glued on both sides joins a compound: ``पढ़ें-लिखें``).
_STRONG_SEP = _Lazy(
    r"[ \t\u00a0\u202f]*+(?:[*_]{1,3})?[:：ः|｜]{1,2}(?:[*_]{1,3})?[ \t\u00a0\u202f]*+"
    r"|[ \t\u00a0\u202f]*+[-–—−][ \t\u00a0\u202f]++"
)
# What may stand after a label alone on its line.
_LABEL_ONLY_TAIL = _Lazy(r"[ \t\u00a0\u202f:：ः|｜\-–—−.…>»\])*_►▶→⇒›]{0,8}+")
_FULL_STOP = _Lazy(r"\.[\"”’)]{0,2}\s++")
_LOWER = regex.compile(r"\p{Ll}")
_SPACES = _Lazy(r"[ \t\u00a0\u202f]++")
_URL = _Lazy(r"(?:https?://|www\.)[^\s<>\"”’)\]]{1,500}")
_BULLET = _Lazy(r"[ \t\u00a0\u202f]*+(?:[*•·▪►▶→✓●◦»›–-]|\d{1,2}[.)])[ \t\u00a0\u202f]++")
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


def _label_units(label: str) -> list[tuple[str, str]]:
    """``label`` as ``(key, regex piece)`` units: a space matches any run of spaces, an
    apostrophe any apostrophe; ``key`` is the same for units a case-blind match takes for equal."""
    out: list[tuple[str, str]] = []
    for ch in label:
        if ch == " ":
            out.append((" ", r"[ \t\u00a0\u202f]++"))
        elif ch in "'’‘`´":
            out.append(("'", _APOSTROPHE))
        else:
            out.append((ch if ch in _UNFOLDABLE else "=" + _fold(ch), regex.escape(ch)))
    return out


def _label_regex_source(label: str) -> str:
    return "".join(piece for _, piece in _label_units(label))


_Trie: TypeAlias = "dict[str, tuple[str, _Trie]]"
"""A trie of label units: unit key -> (regex piece, subtrie); the key ``"$"`` ends a label."""


def _trie_source(labels: Iterable[str]) -> str:
    """One pattern matching exactly the ``labels`` (case-blind), their common prefixes shared.

    The label alternation holds hundreds of phrases; as a plain ``a|b|c`` ``regex`` tries
    each in turn at every candidate place, so shared prefixes are factored out
    (``Lire(?:[ ]++aussi(?:…)?)?``). Optional tails are greedy: the longest label wins, as it
    did when the alternation was sorted longest first.
    """
    root: _Trie = {}
    for label in labels:
        node = root
        for key, piece in _label_units(label):
            node = node.setdefault(key, (piece, {}))[1]
        node["$"] = ("", {})
    return _emit_trie(root)


def _emit_trie(node: _Trie) -> str:
    alts = [piece + _emit_trie(child) for key, (piece, child) in node.items() if key != "$"]
    if not alts:
        return ""
    body = alts[0] if len(alts) == 1 else "(?:" + "|".join(alts) + ")"
    return f"(?:{body})?" if "$" in node else body


@functools.lru_cache(maxsize=256)
def _repeat_pattern(label: str) -> regex.Pattern[str]:
    """The label written exactly so, after a space and before a ``:`` or ``|`` (a repeat on the line)."""
    return regex.compile(
        r"(?<=\s)(?P<open>)(?P<label>" + regex.escape(label) + r")(?=[ \t\u00a0\u202f]*+[:：ः|｜\-–—])"
    )


_APOSTROPHE_RE = regex.compile(_APOSTROPHE)


def _strings(values: Iterable[str]) -> tuple[str, ...]:
    """Accept any iterable of strings for a vocabulary field (a list, a tuple, a generator)."""
    return tuple(values)


def _exact_key(text: str) -> str:
    return " ".join(_APOSTROPHE_RE.sub("'", unicodedata.normalize("NFC", text)).split())


@functools.lru_cache(maxsize=1024)
def _label_key(text: str) -> str:
    text = _APOSTROPHE_RE.sub("'", unicodedata.normalize("NFC", text))
    return " ".join(text.split()).casefold()


# Devanagari nukta letters (``ड़`` in ``पढ़ें``) are typed both as one code point and as the
# letter plus a nukta; Unicode normalisation keeps them apart (they are composition exclusions).
_NUKTA_COMPOSED = {unicodedata.normalize("NFD", chr(cp)): chr(cp) for cp in range(0x0958, 0x0960)}


def _spellings(phrase: str) -> set[str]:
    """The ways ``phrase`` is encoded in real text: precomposed and decomposed accents
    (``À`` / ``A`` + combining grave) and both forms of Devanagari nukta letters."""
    nfc = unicodedata.normalize("NFC", phrase)
    composed = nfc
    for pair, single in _NUKTA_COMPOSED.items():
        composed = composed.replace(pair, single)
    return {phrase, nfc, unicodedata.normalize("NFD", phrase), composed}


# ---------------------------------------------------------------------------
# Cheap gates in front of the big alternations
# ---------------------------------------------------------------------------
#
# The label and header alternations (~150 case-insensitive phrases) cost several µs per try and
# tens of ms to compile, so they are compiled on first use and only tried where the next two
# characters could start one of their phrases. ``_fold`` maps a character to a key such that two
# characters ``regex.IGNORECASE`` takes for equal always get the same key (checked against every
# code point with the ``regex`` version this was written for); the few characters for which that
# does not hold are in ``_UNFOLDABLE`` and make their phrase always pass the gate.

_UNFOLDABLE = frozenset("\u0390\u03b0\u1fd3\u1fe3\ufb05\ufb06")
_SPACE_FOLDS = frozenset(" ")  # _fold maps the spaces a label's space matches to " "
_GATE_SPACES = " \t\u00a0\u202f"  # what a label's space matches (French puts U+202F before ":")
_MAX_GATE_KEYS = 50_000  # beyond this many distinct keys, gate answers are computed, not cached


def _fold(ch: str) -> str:
    """A case-insensitive key for one character (see the comment above)."""
    if ch in _GATE_SPACES:
        return " "
    if ch in "İı":
        return "i"
    f = ch.casefold()
    if len(f) == 1:
        return f
    f = ch.lower()
    return f if len(f) == 1 else ch


# What a label's apostrophe matches (``_APOSTROPHE``, case-blind): its first character, folded.
_APOSTROPHE_FOLDS = frozenset(_fold(ch) for ch in "'’‘`´âÂ")


class _Gate:
    """Whether a phrase table entry could start with two given characters (a necessary condition).

    ``phrases`` are plain table strings (matched as :func:`_label_regex_source` builds them) and
    ``raw`` a raw regex alternation with ``flags``; the answer is cached per two-character key.
    """

    __slots__ = (
        "_cache",
        "_empty",
        "_firsts",
        "_keys1",
        "_keys2",
        "_longest",
        "_prefixes",
        "_raw",
        "_raw_flags",
        "_raw_re",
        "_scans",
        "_wild",
    )

    def __init__(self, phrases: Iterable[str], raw: str | None, raw_flags: int) -> None:
        phrases = tuple(phrases)  # read twice
        keys1: set[str] = set()  # first units of one-unit phrases
        keys2: set[str] = set()  # first two units of longer phrases
        self._wild = False
        for phrase in phrases:
            units: list[str | None] = []
            for ch in phrase[:2]:
                if ch in "'’‘`´" or ch in _UNFOLDABLE:
                    units.append(None)  # an apostrophe may be written ``â€™``; odd case folding
                else:
                    units.append(_fold(ch))
            if None in units:
                self._wild = True
            elif len(phrase) == 1:
                keys1.add(units[0])  # type: ignore[arg-type]
            else:
                keys2.add("".join(units))  # type: ignore[arg-type]
        self._keys1 = frozenset(keys1)
        self._keys2 = frozenset(keys2)
        self._firsts = _first_chars(phrases)
        self._empty: bool | None = None
        self._scans: dict[tuple[bool, bool], re.Pattern[str]] = {}
        self._prefixes = frozenset(_folded_prefix(phrase) for phrase in phrases)
        self._longest = max((len(p) + 1 for p, _ in self._prefixes), default=0)
        self._raw = raw
        self._raw_flags = raw_flags
        self._raw_re: regex.Pattern[str] | None = None
        self._cache: dict[str, bool] = {}

    def may_start(self, key: str) -> bool:
        """Whether a phrase could match at the start of a text whose first two characters are ``key``."""
        hit = self._cache.get(key)
        if hit is None:
            hit = self._compute(key)
            if len(self._cache) < _MAX_GATE_KEYS:
                self._cache[key] = hit
        return hit

    def may_match_at_start(self, text: str) -> bool:
        """Whether a phrase could match at the start of ``text`` (a necessary condition).

        Stricter than :meth:`may_start` and dearer (not cached): each phrase's characters up to
        its first space or apostrophe, folded, must begin ``text`` (then a space or apostrophe
        where the phrase has one), or a raw pattern must match
        there. Used once per line only until the big pattern is compiled, so that a document
        with no label or header line never pays the tens of milliseconds of compiling it.
        """
        folded = "".join(map(_fold, text[: self._longest]))
        for prefix, follow in self._prefixes:
            if folded.startswith(prefix) and (
                follow is None or folded[len(prefix) : len(prefix) + 1] in follow
            ):
                return True
        if self._raw is None:
            return False
        if self._raw_re is None:
            self._raw_re = regex.compile(self._raw, self._raw_flags)
        return self._raw_re.match(text) is not None

    def mid_scan(self, at_end: bool, gap: bool) -> re.Pattern[str]:
        """The pattern finding the places after a sentence end (or, with ``gap``, a run of
        spaces) where a phrase may start (``_MID_SRC``, ``_GAP_SRC``; group 1 holds the next two
        characters).

        Each scan looks ahead, in C, for a character a phrase or raw pattern can start with
        (in any case) or an opening bracket, so that Python sees only those places (half of
        all sentence ends). ``at_end``: whether a phrase can match at the very end of a line
        (then every place is kept).
        """
        found = self._scans.get((at_end, gap))
        if found is not None:
            return found
        firsts = self.first_chars()
        if at_end or firsts is None:
            found = _mid_pos(at_end, gap)
        else:
            not_at_end = r"(?![\r\n\x0b\x0c\x1c\x1d\x1e\x85\u2028\u2029]|\Z)"
            chars = sorted(firsts | {"[", "("})
            ahead = "(?=[" + "".join(re.escape(ch) for ch in chars) + "])"
            found = re.compile((_GAP_HEAD if gap else _MID_HEAD) + not_at_end + ahead + _NEXT_TWO)
        self._scans[at_end, gap] = found
        return found

    def first_chars(self) -> frozenset[str] | None:
        """Every character a phrase or raw pattern can start with, or ``None`` for "anything"."""
        raw = self._raw_first_chars()
        return None if raw is None or self._firsts is None else self._firsts | raw

    def _raw_first_chars(self) -> frozenset[str] | None:
        """The characters the raw patterns can start with, or ``None`` when that is not a short
        list (a pattern opening with ``\\w`` or ``.`` takes letters of every script).

        Found by trying each character of Latin text and of the phrases, plus probes from other
        scripts: a pattern that takes a probe is taken to start with anything.
        """
        if self._raw is None:
            return frozenset()
        if self._raw_re is None:
            self._raw_re = regex.compile(self._raw, self._raw_flags)
        match = self._raw_re.match
        if any(match(ch, partial=True) for ch in _RAW_PROBES):
            return None
        return frozenset(ch for ch in _RAW_ALPHABET if match(ch, partial=True))

    def may_be_empty(self) -> bool:
        """Whether a phrase could match the empty string at the end of a line (asked once per
        document, answered once per gate)."""
        if self._empty is None:
            self._empty = self._compute_may_be_empty()
        return self._empty

    def _compute_may_be_empty(self) -> bool:
        if self._raw is None:
            return False  # table phrases are never empty
        if re.search(r"\\[bB]|\(\?<", self._raw):
            return True  # a boundary or lookbehind depends on what comes before: assume so
        if self._raw_re is None:
            self._raw_re = regex.compile(self._raw, self._raw_flags)
        return self._raw_re.fullmatch("") is not None

    def _compute(self, key: str) -> bool:
        if self._wild:
            return True
        if len(key) >= 2:
            k1 = _fold(key[0])
            if k1 in self._keys1 or k1 + _fold(key[1]) in self._keys2:
                return True
        elif key:
            k1 = _fold(key)
            if k1 in self._keys1 or any(k[0] == k1 for k in self._keys2):
                return True
        if self._raw is None:
            return False
        if self._raw_re is None:
            self._raw_re = regex.compile(self._raw, self._raw_flags)
        return self._raw_re.match(key, partial=True) is not None


# Characters tried as the first of a raw label pattern: printable Latin; and probes from other
# scripts (Greek, Cyrillic, Devanagari, Arabic, CJK, a combining mark, an emoji, a digit-like
# sign) whose match means the pattern opens with a broad class.
_RAW_ALPHABET = "".join(map(chr, range(0x20, 0x250)))
_RAW_PROBES = "ΩжЖहاあ中\u0301😀٣"


# Characters a case-blind match takes for equal beyond ``str.lower``/``upper``/``title``
# (computed over every code point with ``_fold``): the Kelvin sign for ``k``, long s, …
_FOLD_EXTRAS = {
    "i": "Iiİı", "k": "Kk\u212a", "s": "Ssſ", "μ": "µΜμ", "å": "Åå\u212b", "ß": "ßẞ", "ι": "\u0345Ιι\u1fbe",
    "β": "Ββϐ", "ε": "Εεϵ", "θ": "Θθϑϴ", "κ": "Κκϰ", "π": "Ππϖ", "ρ": "Ρρϱ", "σ": "Σςσ", "φ": "Φφϕ",
    "ω": "Ωω\u2126", "в": "Вв\u1c80", "д": "Дд\u1c81", "о": "Оо\u1c82", "с": "Сс\u1c83",
    "т": "Тт\u1c84\u1c85", "ъ": "Ъъ\u1c86", "ѣ": "Ѣѣ\u1c87", "ꙋ": "\u1c88Ꙋꙋ", "ṡ": "Ṡṡẛ",
}  # fmt: skip


def _first_chars(phrases: Iterable[str]) -> frozenset[str] | None:
    """Every character a phrase can start with in a case-blind match, or ``None`` when a phrase
    starts with an apostrophe (it also matches ``â€™``) or a character of odd case folding."""
    out: set[str] = set()
    for phrase in phrases:
        ch = phrase[:1]
        if not ch or ch in "'’‘`´" or ch in _UNFOLDABLE:
            return None
        variants = {ch, ch.lower(), ch.upper(), ch.title(), ch.casefold(), *_FOLD_EXTRAS.get(_fold(ch), "")}
        out.update(v for v in variants if len(v) == 1)
    return frozenset(out)


def _folded_prefix(phrase: str) -> tuple[str, frozenset[str] | None]:
    """The folded characters of ``phrase`` before its first space, apostrophe or odd-folding one,
    and the folded characters the text may have next (``None``: anything).

    Each character before the stop matches exactly one character of the text (case-blind). A
    space matches a run of spaces and an apostrophe also ``â€™``, so the comparison ends with
    the first character of either.
    """
    out: list[str] = []
    for ch in phrase:
        if ch == " ":
            return "".join(out), _SPACE_FOLDS
        if ch in "'’‘`´":
            return "".join(out), _APOSTROPHE_FOLDS
        if ch in _UNFOLDABLE:
            break
        out.append(_fold(ch))
    return "".join(out), None


def _raw_alternation(patterns: Iterable[str]) -> str | None:
    alts = [f"(?:{p})" for p in patterns]
    return "|".join(alts) if alts else None


class _Starters(NamedTuple):
    """The words that open a sentence in a language, for cutting titles out of joined lines."""

    words: frozenset[str]
    """Capitalised sentence openers (``The``, ``He``; ``Le``, ``Il``; ``Der``, ``Sie``)."""
    lower: frozenset[str]
    """The same words in lower case (a title word that is one does not end the title)."""
    sentence_case: bool
    """Whether headlines of the language are in sentence case (every language but English)."""
    openers: frozenset[str] = frozenset()
    """Openers that start a sentence whatever follows them: the language's
    :data:`patterns.SENTENCE_OPENERS`, every capitalised article and pronoun of a language that
    capitalises nouns, the uncased openers of a script without case (one or more words)."""
    verbs: frozenset[str] = P.SUBJECT_VERBS
    """Finite verbs that follow a sentence subject (``have``; ``hatte``; ``dijo``)."""
    elided: frozenset[str] = frozenset()
    """Capitalised elisions (``C'``, ``L'``) that open a sentence when glued to a lower-case word."""
    clauses: tuple[tuple[str, ...], ...] = ()
    """Word runs that follow a one-word sentence subject (Hindi ``ने कहा कि``)."""


_ENGLISH_STARTERS = _Starters(P.SENTENCE_STARTERS, frozenset(w.lower() for w in P.SENTENCE_STARTERS), False)


@functools.lru_cache(maxsize=32)
def _starters_for(code: str, function_words: frozenset[str], pronouns: tuple[str, ...]) -> _Starters:
    """Sentence openers of a non-English language: its function words and pronouns, capitalised,
    and its openers from :data:`patterns.SENTENCE_OPENERS` / :data:`patterns.UNCASED_OPENERS`."""
    # One-letter articles and conjunctions (pt ``O``/``A``, it ``I``/``E``, es ``Y``) open
    # sentences too; elided stubs (fr ``l``, ``d``) never stand alone.
    extra = P.SENTENCE_OPENERS.get(code, frozenset())
    lower = frozenset(
        w for w in (*function_words, *pronouns) if w.isalpha() and (len(w) >= 2 or w in "aeioy")
    ) | frozenset(w.lower() for w in extra if " " not in w)
    words = frozenset(w[:1].upper() + w[1:] for w in lower if w[:1].islower())
    words -= P.CAPITALISED_MID_SENTENCE.get(code, frozenset())
    openers = P.UNCASED_OPENERS.get(code, frozenset()) | (
        extra - P.CAPITALISED_MID_SENTENCE.get(code, frozenset())
    )
    if code in P.NOUN_CAPITALISING:
        openers = openers | words
    verbs = P.SUBJECT_VERBS_BY_LANGUAGE.get(code, P.SUBJECT_VERBS)
    elided = P.ELIDED_OPENERS.get(code, frozenset())
    return _Starters(words, lower, True, openers, verbs, elided, P.SPEECH_CLAUSES.get(code, ()))


def _is_paragraph_gap(text: str, end: int, start: int) -> bool:
    """Whether the spaces between two tokens are a joined paragraph break (3+ spaces or a tab)."""
    return start - end >= 3 or "\t" in text[end:start]


class _Compiled:
    """The compiled vocabulary of one :class:`AlsoReadRule`; big patterns compile on first use."""

    __slots__ = (
        "_assemble_header",
        "_assemble_label",
        "_header",
        "_header_phrases",
        "_label_at",
        "_label_phrases",
        "_labels",
        "_line_scans",
        "_tag_src",
        "_tags",
        "_tags_done",
        "exact",
        "header_gate",
        "label_gate",
        "meta_words",
        "starters",
        "strong",
        "weak",
    )

    def __init__(
        self,
        label_phrases: list[tuple[str | None, str]],
        assemble_label: Callable[[list[str]], str],
        header_phrases: list[tuple[str | None, str]],
        assemble_header: Callable[[list[str]], str],
        tag_src: str | None,
        label_gate: _Gate,
        header_gate: _Gate,
        weak: frozenset[str],
        strong: frozenset[str],
        exact: frozenset[str],
        starters: _Starters,
        meta_words: frozenset[str] = frozenset(),
    ) -> None:
        self._label_phrases = label_phrases
        self._assemble_label = assemble_label
        self._header_phrases = header_phrases
        self._assemble_header = assemble_header
        self._tag_src = tag_src
        self._labels: BucketedPattern | None = None
        self._label_at: BucketedPattern | None = None
        self._header: BucketedPattern | None = None
        self._tags: regex.Pattern[str] | None = None
        self._tags_done = False
        self._line_scans: dict[bool, re.Pattern[str]] = {}
        self.label_gate = label_gate
        self.header_gate = header_gate
        self.weak = weak
        self.strong = strong
        self.exact = exact
        self.starters = starters
        self.meta_words = meta_words

    @property
    def labels(self) -> BucketedPattern:
        """A label at a line start (after optional spaces, a bullet and an opening bracket).

        The leading spaces and bullet are allowed only at the very start of the string (the
        conditional ``(?(?<![\\s\\S])...)``), so that matching at a later position is a label
        right there. The ~150-phrase alternation is compiled a first letter at a time
        (:class:`BucketedPattern`): a document pays only for the letters its labels start with.
        """
        if self._labels is None:
            prefix = (
                r"(?(?<![\s\S])[ \t\u00a0\u202f]{0,8}"
                r"(?:(?:\*\*|_{1,3}|[*•·▪►▶■▸→>»#-]{1,3})[ \t\u00a0\u202f]{0,3})?)"
            )
            assemble = self._assemble_label
            self._labels = BucketedPattern(
                self._label_phrases,
                lambda chosen: prefix + assemble(chosen),
                _text_key,
                _LABEL_SKIP,
                regex.IGNORECASE,
            )
        return self._labels

    def label_at(self, lt: str, pos: int) -> regex.Match[str] | None:
        """A label right at ``pos`` of ``lt`` (after an optional opening bracket)."""
        if pos > 0:
            return self.labels.match(lt, pos)
        if self._label_at is None:  # at 0 ``labels`` would allow the line-start prefix
            self._label_at = BucketedPattern(
                self._label_phrases, self._assemble_label, _text_key, _LABEL_SKIP, regex.IGNORECASE
            )
        return self._label_at.match(lt, pos)

    @property
    def header(self) -> BucketedPattern:
        """A whole-line related-links section header."""
        if self._header is None:
            self._header = BucketedPattern(
                self._header_phrases, self._assemble_header, _text_key, _HEADER_SKIP
            )
        return self._header

    @property
    def tags(self) -> regex.Pattern[str] | None:
        """A bracketed tag ending a related headline, or ``None`` when the rule has no tags."""
        if not self._tags_done:
            self._tags = regex.compile(self._tag_src) if self._tag_src is not None else None
            self._tags_done = True
        return self._tags

    def line_scan(self, caps: bool) -> re.Pattern[str]:
        """A scan of every line start (``_LINE_START_SRC``) keeping, in C, only those whose first
        character can begin a label or header (in any case) or is a prefix the gates cannot judge
        (a space, a bullet, a bracket) — all of them when a phrase can start with anything — and,
        with ``caps``, those whose first 19 characters hold no lower-case ASCII letter (possible
        ALL-CAPS inserts). Group 1 holds up to 19 characters of the line."""
        found = self._line_scans.get(caps)
        if found is None:
            chars = self.label_gate.first_chars()
            header = self.header_gate.first_chars()
            if chars is None or header is None:
                ahead = ""
            else:
                chars = chars | header | _LINE_PREFIX_CHARS | _HEADER_PREFIX_CHARS
                ahead = "[" + "".join(re.escape(ch) for ch in sorted(chars) if ch) + "]"
                ahead = f"(?={ahead}|{_CAPS_LINE})" if caps else f"(?={ahead})"
            found = self._line_scans[caps] = re.compile(_LINE_START_SRC + ahead + _NEXT_19)
        return found

    def line_label(self, lt: str) -> regex.Match[str] | None:
        """``self.labels.match(lt)``, skipping the match where no label can start."""
        if lt[:1] in _LINE_PREFIX_CHARS:
            return self.labels.match(lt)
        if self.label_gate.may_start(lt[:2]):
            # Until the pattern is compiled, a stricter check keeps it from being compiled for
            # a line no label can start (most documents have no label line at all).
            found = self._labels.compiled(lt) if self._labels is not None else None
            if found is None:
                if not self.label_gate.may_match_at_start(lt):
                    return None
                found = self.labels.pattern(lt)
            return found.match(lt)
        return None

    def is_header(self, lt: str) -> bool:
        """``self.header.fullmatch(lt) is not None``, skipping the match where no header can start."""
        if lt[:1] in _HEADER_PREFIX_CHARS:
            return self.header.fullmatch(lt) is not None
        if self.header_gate.may_start(lt[:2]):
            found = self._header.compiled(lt) if self._header is not None else None
            if found is None:
                if not self.header_gate.may_match_at_start(lt):
                    return False  # as in line_label: no compile for a line no header can start
                found = self.header.pattern(lt)
            return found.fullmatch(lt) is not None
        return False


# First characters after which the gates cannot say where the phrase starts (the empty string
# included, so that an empty text always gets the real match).
_LINE_PREFIX_CHARS = frozenset(" \t\u00a0\u202f*_•·▪►▶■▸→>»#-[(") | {""}
_OPEN_CHARS = frozenset("[(") | {""}
_HEADER_PREFIX_CHARS = frozenset(" \t\u00a0\u202f#*") | {""}


# (id(rule), id(tables)) -> (rule, tables, compiled)
_BY_RULE: dict[tuple[int, int], tuple[AlsoReadRule, LanguageTables | None, _Compiled]] = {}


# What the label pattern may consume before the label itself (line-start spaces and bullets, an
# opening bracket), and the same for a section header: a phrase starting with one of these goes
# into every letter group of a :class:`BucketedPattern`.
_LABEL_SKIP = frozenset(" \t\u00a0\u202f*_•·▪►▶■▸→>»#-[(")
_HEADER_SKIP = frozenset(" \t\u00a0\u202f#*")


def _text_key(ch: str) -> str | None:
    """The letter group a phrase starting at text character ``ch`` is in (``None``: any group)."""
    return None if ch in _UNFOLDABLE else _fold(ch)


def _phrase_key(phrase: str, skip: frozenset[str]) -> str | None:
    """The letter group of a table phrase, ``None`` for one every group must hold."""
    first = phrase[:1]
    if not first or first in skip or first in "'’‘`´" or first in _UNFOLDABLE or first in _GATE_SPACES:
        return None
    return _fold(first)


@functools.lru_cache(maxsize=32)
def _compile(
    labels: tuple[str, ...],
    weak_labels: tuple[str, ...],
    label_patterns: tuple[str, ...],
    section_headers: tuple[str, ...],
    section_header_patterns: tuple[str, ...],
    tags: tuple[str, ...],
    tag_pattern: str,
    starters: _Starters = _ENGLISH_STARTERS,
    meta_words: frozenset[str] = P.META_WORDS["en"],
) -> _Compiled:
    words = sorted({s for w in (*labels, *weak_labels) for s in _spellings(w)}, key=len, reverse=True)
    raw_labels = [f"(?:{p})" for p in label_patterns]

    def assemble_label(chosen: list[str]) -> str:
        alts = list(raw_labels)
        if trie := _trie_source(chosen):
            alts.append(trie)
        return rf"(?P<open>[\[(][ \t\u00a0\u202f]{{0,3}})?(?P<label>{'|'.join(alts) or r'(?!)'})"

    section_headers = tuple(
        sorted({s for h in section_headers for s in _spellings(h)}, key=len, reverse=True)
    )
    raw_headers = [f"(?:{p})" for p in section_header_patterns]

    def assemble_header(chosen: list[str]) -> str:
        alts = [f"(?i:{_label_regex_source(h)}{_section_name(h)})" for h in chosen] + raw_headers
        return (
            r"[ \t\u00a0\u202f]{0,8}(?:[#*][ \t\u00a0\u202f]{0,3})?(?:"
            + ("|".join(alts) or r"(?!)")
            + r")[ \t\u00a0\u202f]*+(?::|\.\.\.|…)?[ \t\u00a0\u202f]*+"
        )

    tag_src = None
    if tags or tag_pattern:
        tag_alt = "|".join(
            [regex.escape(t) for t in tags if t.strip()] + ([tag_pattern] if tag_pattern else [])
        )
        # The tag ends a headline: the line ends, or a ``|``, a capital or another headline follows.
        tag_src = (
            r"\[(?:" + tag_alt + r")\](?:[ \t\u00a0\u202f]*+\|)?"
            r"(?=[ \t\u00a0\u202f]*+(?:$|\p{Lu}|[\d'‘\"“]))"
        )
    return _Compiled(
        [(_phrase_key(w, _LABEL_SKIP), w) for w in words if w.strip()],
        assemble_label,
        [(_phrase_key(h, _HEADER_SKIP), h) for h in section_headers if h.strip()],
        assemble_header,
        tag_src,
        _Gate([w for w in words if w.strip()], _raw_alternation(label_patterns), regex.IGNORECASE),
        _Gate([h for h in section_headers if h.strip()], _raw_alternation(section_header_patterns), 0),
        frozenset(_label_key(w) for w in weak_labels),
        frozenset(_label_key(w) for w in labels),
        frozenset(_exact_key(w) for w in labels),
        starters,
        meta_words,
    )


def _section_name(header: str) -> str:
    """A header ending in a preposition takes a section name (``Otras noticias de Economía``)."""
    if len(header.split()) >= 2 and header.rsplit(None, 1)[-1] in _SECTION_PREPOSITIONS:
        return r"(?:[ \t\u00a0\u202f]++[\p{Lu}\p{Lo}][^\n]{0,40})?"
    return ""


_SECTION_PREPOSITIONS = frozenset(("de", "di", "da", "do", "du", "des", "del", "von", "aus", "der"))


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


def _strip_span(text: str, start: int, end: int, chars: str = "") -> tuple[int, int]:
    """Shrink ``[start, end)`` past whitespace (and ``chars``) at both ends."""
    if start >= end:
        return start, end
    strip = _STRIP + chars if chars else _STRIP
    seg = text[start:end]
    left = seg.lstrip(strip)
    start += len(seg) - len(left)
    return start, start + len(left.rstrip(strip))


def _looks_like_title(text: str, *, bulleted: bool = False, max_words: int = 25) -> bool:
    """Return whether a (stripped) line reads like a linked headline rather than body text."""
    s = text.strip()
    if not s or len(s) > 220 or _NOT_A_TITLE.search(s):
        return False
    words = s.split()
    if not 2 <= len(words) <= max_words:
        return False
    if sum(ch.isdigit() for ch in s) * 2 >= sum(not ch.isspace() for ch in s):
        return False  # a date, a score or a figure line
    if _starts_lower(words[0]) or not any(c.isalpha() for c in s):
        return False
    if s.endswith((":", ",", ";", "।", "۔")) or (s.startswith("(") and s.endswith(")")):
        return False  # a label, a clause, or a parenthesised caption / credit
    if s.endswith(".") and not s.endswith(("...", "..")):
        # A full stop marks a sentence, except on a short bullet.
        return bulleted and len(words) <= 15
    return True


_ENGLISH_LIKE = frozenset(("en", "und"))

_RANK = _Lazy(r"\d{1,2}[.)]?+")

_SPACE_RUN = _Lazy(r"[^ \t\u00a0\u202f][ \t\u00a0\u202f]{3}|\t")
# A promo behind a label word (``READ MORE: Sign up for our newsletter``), not a story title.
_PROMO_TITLE = _Lazy(
    r"(?i)^\W{0,3}(?:sign\s+up|subscribe|download|click|tap|follow\s+us|join\s+(?:us|our)|register)\b"
    r"|\b(?:newsletters?|whatsapp\s+channel|telegram\s+channel|google\s+news)\b"
)


def _headline_like(title: str, *, separated: bool) -> bool:
    """Whether a title on a label's line reads like a linked headline, not a sentence or a promo.

    A headline has no sentence-final full stop (after a label with no separator, a full stop
    means the label words began a sentence: ``Mehr zum Thema Haushalt lesen Sie auf Seite 3.``;
    with a separator, a long text ending in one is a sentence), is at most 30 words long and is
    not a call to action.
    """
    words = title.split()
    if len(words) > 30 or _PROMO_TITLE.search(title) is not None or _is_tag_list(title):
        return False
    if title.endswith(".") and not title.endswith("..") and not _ABBREVIATION.fullmatch(words[-1]):
        return separated and len(words) <= 15
    return True


_TOPIC_WORDS = 2  # lines this short under a label or header are topic tags, not headlines


def _is_topic_list(text: str, titles: list[tuple[int, int, int, str | None]]) -> bool:
    """Whether every "title" under a label or header is a topic tag of one or two words
    (``Mehr zum Thema`` / ``FC Bayern`` / ``Bundesliga``): a menu of topics, not linked headlines."""
    return bool(titles) and all(
        url is None and len(text[s:e].split()) <= _TOPIC_WORDS for _, s, e, url in titles
    )


def _topic_block(
    document: Document, line: _Line, titles: list[tuple[int, int, int, str | None]], taken: set[int]
) -> Boilerplate:
    """The label or header line and its topic tags as one ``related_links`` footer."""
    taken.update(i for i, _, _, _ in titles)
    s, _ = _strip_span(document.text, line.start, line.end)
    return Boilerplate(document.span(s, titles[-1][2]), "related_links")


_SENTENCE_TITLE_WORDS = 8


def _is_sentence_title(title: str) -> bool:
    """A "title" of more than eight words ending in a full stop, after a label in a sentence-case
    language: information behind ``Más información:`` or ``Saiba mais:``, not a headline (their
    headlines never end in a full stop; English ones, in Title Case, are judged as before)."""
    return (
        title.endswith(".")
        and not title.endswith("..")
        and len(title.split()) > _SENTENCE_TITLE_WORDS
        and not _ABBREVIATION.fullmatch(title.split()[-1])
    )


# Between two titles after one label: a spaced pipe or bullet (``Also Read: A | B``).
_TITLE_SPLIT = _Lazy(r"[ \t\u00a0\u202f]++[|｜•·][ \t\u00a0\u202f]++")


# A segment of a one-line scrape between two paragraph gaps; ``_SENTENCE_END`` ends prose.
_GAP_SEGMENT = _Lazy(r"[ \t\u00a0\u202f]{3,}+([^ \t\u00a0\u202f](?:(?![ \t\u00a0\u202f]{3})[^\r\n]){0,300}+)")
_SENTENCE_END = '.!?।۔؟…"”’»)'
# Reported speech in the past tense is prose; headlines say ``says``.
_PAST_SPEECH = P.SPEECH_VERBS - P.HEADLINE_SPEECH_VERBS


def _gap_titles(
    c: _Compiled, text: str, line: _Line, item: AlsoRead, limit: int, most: int
) -> Iterator[AlsoRead]:
    """Further titles after a label's title in a one-line scrape whose paragraphs are joined by
    runs of spaces (``यह भी पढ़ें:      A      B      Next paragraph।``): each following
    segment that reads as a headline (4–15 words: shorter ones are widget labels such as
    ``Market Tools``; no sentence-final punctuation; not opening with a label; no promo word)
    is a link with the same label; the first segment that does not ends them."""
    lt = line.text
    at = item.span.end - line.start
    for _ in range(most):
        m = _GAP_SEGMENT.match(lt, at, limit)
        if m is None:
            return
        s, e = _strip_span(lt, m.start(1), m.end(1))
        seg = lt[s:e]
        words = seg.split()
        if (
            not 4 <= len(words) <= 15
            or seg.endswith(tuple(_SENTENCE_END))
            or _CAPS_EXCLUDE.search(seg) is not None
            or _starts_lower(words[0])
            or c.label_at(lt, s) is not None
            or not _headline_like(seg, separated=True)
            or _NOT_A_TITLE.search(seg) is not None
            or any(_bare(w) in _PAST_SPEECH for w in words)
        ):
            return
        span = Span.of(text, line.start + s, line.start + e)
        yield AlsoRead(span, span, item.label, None)
        at = e


def _split_titles(text: str, item: AlsoRead) -> list[AlsoRead]:
    """One item per linked title when a label is followed by several titles on its line,
    separated by spaced pipes or bullets, each a headline of three words or more (a short
    part is a site name after the title: ``Fuel prices rise | Mint``)."""
    title = item.title
    if item.url is not None or not any(sep in title.text for sep in ("|", "｜", "•", "·")):
        return [item]
    parts: list[tuple[int, int]] = []
    at = title.start
    for m in _TITLE_SPLIT.finditer(text, title.start, title.end):
        parts.append((at, m.start()))
        at = m.end()
    parts.append((at, title.end))
    if len(parts) < 2 or not all(
        len(text[s:e].split()) >= 3 and _headline_like(text[s:e], separated=True) for s, e in parts
    ):
        return [item]
    out = []
    for n, (s, e) in enumerate(parts):
        start = item.span.start if n == 0 else s
        end = item.span.end if n == len(parts) - 1 else e
        out.append(AlsoRead(Span.of(text, start, end), Span.of(text, s, e), item.label, None))
    return out


def _is_tag_list(title: str) -> bool:
    """Whether a "title" is a comma-separated list of short capitalised topics (``Council Tax,
    Budget 2025``): a tag strip behind a ``Related:`` label, not a headline."""
    parts = title.split(",")
    if len(parts) < 2:
        return False
    for part in parts:
        words = part.split()
        if not 1 <= len(words) <= 3 or not all(_is_capitalised(w) or w[:1].isdigit() for w in words):
            return False
    return True


def _sentence_mode(words: Sequence[str]) -> str:
    content = [w for w in words[:10] if any(c.isalpha() for c in w) and _bare(w) not in P.SMALL_WORDS][:3]
    if not content or not any(_first_letter(w).isupper() or _first_letter(w).islower() for w in content):
        return "none"
    if all(_is_all_caps(w) for w in content if _first_letter(w)) and len(content) >= 2:
        return "caps"
    if all(_is_capitalised(w) for w in content):
        return "title"
    return "sentence"


def _next_is_sentence(words: Sequence[str], i: int) -> bool:
    """Whether a lower-case ordinary word follows within a few words (a sentence, not a title)."""
    return any(_is_lower(w) and _bare(w) not in P.SMALL_WORDS for w in words[i + 1 : i + 6])


_TITLE_PUNCTUATION = (":", "：", "-", "–", "—", "|", "?", "!")
_LONGEST_OPENER = 4  # words in the longest entry of ``patterns.UNCASED_OPENERS``


def _is_elided_opener(word: str, starters: _Starters) -> bool:
    """``C'est``, ``L'annonce``: a capitalised elision glued to a lower-case word."""
    cut = max(word.find("'"), word.find("’")) + 1
    return 0 < cut < len(word) and word[:cut].replace("’", "'") in starters.elided and word[cut].islower()


def _subject_of_clause(words: Sequence[str], i: int, starters: _Starters) -> bool:
    """Whether ``words[i]`` is the subject of a speech clause of the language (``मंत्री ने कहा कि``)."""
    return any(tuple(words[i + 1 : i + 1 + len(clause)]) == clause for clause in starters.clauses)


def _opens_sentence(words: Sequence[str], i: int, starters: _Starters) -> bool:
    """Whether ``words[i]`` (or it and the next word) is an opener that starts a new sentence
    whatever follows: not after an article or opener (``bei Die Linke``) and not after a colon,
    dash or question inside the headline (``Hitzewelle: Wie …``)."""
    phrase = words[i].lstrip(_OPENERS).rstrip(",")
    found = phrase in starters.openers or (bool(starters.elided) and _is_elided_opener(phrase, starters))
    for word in words[i + 1 : i + _LONGEST_OPENER] if not found else ():
        phrase = f"{phrase} {word.rstrip(',')}"
        if phrase in starters.openers:
            found = True
            break
    if not found:
        return False
    prev = words[i - 1]
    return not prev.endswith(_TITLE_PUNCTUATION) and _bare(prev) not in starters.lower


def _subject_verb_follows(words: Sequence[str], i: int, starters: _Starters) -> bool:
    """Whether a finite verb of the language follows the capitalised ``words[i]``, directly or
    after one more capitalised word (a name: ``Bürgermeisterin Dörner hatte``)."""
    if i + 1 >= len(words):
        return False
    if _bare(words[i + 1]) in starters.verbs:
        return True
    return (
        starters.sentence_case
        and i + 2 < len(words)
        and _is_capitalised(words[i + 1])
        and not words[i + 1].endswith(",")
        and _bare(words[i + 2]) in starters.verbs
    )


def _title_end(text: str, start: int, limit: int, starters: _Starters | None = None) -> int:
    """Return where a title that starts at ``start`` ends inside a joined line (before ``limit``).

    The title ends at a full stop followed by a capital, an opening double quote, a run of three
    or more spaces (a paragraph break), or — judged by the title's case style — at the first word
    of the next sentence (``… Culture Abroad To read more``). ``starters`` are the words that open
    a sentence in the document's language (English by default).
    """
    if starters is None:
        starters = _ENGLISH_STARTERS
    window = min(limit, start + 400)
    toks = [(m.start(), m.end()) for m in itertools.islice(_TOKEN.finditer(text, start, window), 60)]
    if not toks:
        return start
    words = [text[s:e] for s, e in toks]
    mode = _sentence_mode(words)
    if mode == "title" and starters.sentence_case:
        # Three capitalised words in a sentence-case language are names or (German) nouns, not
        # Title Case: ``Hitzewelle: Wie Sie sich schützen`` goes on past ``Sie``.
        mode = "sentence"
    for i in range(1, len(words)):
        w, prev = words[i], words[i - 1]
        if _is_paragraph_gap(text, toks[i - 1][1], toks[i][0]):
            return toks[i - 1][1]
        core = w.lstrip(_OPENERS)
        starts_upper = _is_capitalised(core) or (core[:1].isdigit())
        prev_bare = prev.rstrip(_CLOSERS)
        # Punctuation boundaries.
        if prev_bare.endswith(("...", "…")) and starts_upper:
            return toks[i - 1][1]
        if prev_bare.endswith((".", "।", "۔")) and starts_upper and not _ABBREVIATION.fullmatch(prev_bare):
            if not prev_bare.endswith("."):
                return toks[i - 1][1]
            return toks[i - 1][0] + len(prev_bare) - 1
        if (
            prev_bare.endswith(("?", "!"))
            and starts_upper
            and (mode != "title" or _next_is_sentence(words, i))
        ):
            return toks[i - 1][1]
        if i < 2 or not prev.strip(_OPENERS + "«„»‹›"):
            continue  # the first word inside a quotation (``: « Nous irons …``) opens nothing
        if w[:1] in '"“' and (mode != "title" or _next_is_sentence(words, i)):
            return toks[i - 1][1]
        if (
            starters.sentence_case
            and w[:1] in "«„"
            and not prev.endswith(_TITLE_PUNCTUATION)
            and _next_is_sentence(words, i)
        ):
            # A quotation opening the next paragraph (``… les retraites « Nous irons …``); a
            # quotation after a colon belongs to the headline (``Retraites : « Nous … »``).
            return toks[i - 1][1]
        if starters.openers and mode != "caps" and _opens_sentence(words, i, starters):
            return toks[i - 1][1]
        if starters.clauses and i + 2 < len(words) and _subject_of_clause(words, i, starters):
            return toks[i - 1][1]
        if mode == "caps":
            if any(c.islower() for c in w):
                return toks[i - 1][1]
        elif mode == "title":
            if _is_lower(w) and _bare(w) not in P.SMALL_WORDS:
                j = i - 1
                while j >= 1 and not _is_capitalised(words[j]):
                    j -= 1
                if j >= 2 and _bare(words[j]).title() in P.ROLE_WORDS and _is_capitalised(words[j - 1]):
                    j -= 1  # ``… Inconclusive Agriculture Minister said``: the subject is two words
                return toks[j - 1][1] if j >= 1 else toks[i - 1][1]
        elif mode == "sentence":
            if (
                core.rstrip(",") in starters.words
                and not _is_capitalised(prev)
                and _bare(prev) not in P.SMALL_WORDS
            ):
                return toks[i - 1][1]
            if (
                starters.sentence_case
                and core in starters.words
                and i + 1 < len(words)
                and _is_lower(words[i + 1])
                and _bare(prev) not in starters.lower
            ):
                # Sentence-case languages capitalise an article or pronoun only at a sentence
                # start: ``… record en Madrid La ministra explicó …`` (a name such as ``Le Pen``
                # or ``Los Angeles`` goes on with a capital).
                return toks[i - 1][1]
            if (
                starts_upper
                and not core.endswith(",")
                and i + 1 < len(words)
                and _bare(words[i + 1]) in P.SPEECH_VERBS
                and _bare(words[i + 1]) not in P.HEADLINE_SPEECH_VERBS
            ):
                # The next sentence opens with its speaker: cut before the whole name
                # (``… rise Lina Ortiz said …``), unless the name is all the title holds.
                j = i
                while (
                    j > 1
                    and _is_capitalised(words[j - 1].lstrip(_OPENERS))
                    and _bare(words[j - 1]) not in P.SMALL_WORDS
                ):
                    j -= 1
                if j > 1 or not _is_capitalised(words[0].lstrip(_OPENERS)):
                    return toks[j - 1][1]
            if (
                _is_capitalised(core)
                and (_is_lower(prev) or (starters.sentence_case and prev.isdigit()))
                and _bare(prev) not in P.SMALL_WORDS
                and _bare(prev) not in starters.lower
                and _subject_verb_follows(words, i, starters)
            ):
                return toks[i - 1][1]
    if window >= limit and len(toks) < 60:
        return toks[-1][1]
    return toks[min(len(toks), 30) - 1][1]


# ---------------------------------------------------------------------------
# The rule
# ---------------------------------------------------------------------------


@attrs.frozen(slots=True)
class AlsoReadRule:
    """Find "Also Read"-style links (labelled, label-only + titles, unlabelled inserts, sections).

    Every field is vocabulary; extend one by passing a new tuple:

    >>> rule = AlsoReadRule(labels=AlsoReadRule().labels + ("Læs også",))
    >>> doc = Document.from_text("Byrådet stemte ja.\\nLæs også: Ny bro over floden")
    >>> [a.title.text for a in rule(doc)]
    ['Ny bro over floden']
    """

    name: str = "also_read"
    """The rule's name in a :class:`~newsparse.Parser`."""
    labels: tuple[str, ...] = attrs.field(default=P.LABELS, converter=_strings)
    """Labels that open a link; with a separator, or, written capitalised, with a space only."""
    weak_labels: tuple[str, ...] = attrs.field(default=P.WEAK_LABELS, converter=_strings)
    """Everyday words that are labels only with ``:`` / ``|`` / `` - `` or alone on a line."""
    label_patterns: tuple[str, ...] = attrs.field(default=P.LABEL_PATTERNS, converter=_strings)
    """Raw regex labels (``Also on rt.com``), matched case-insensitively."""
    section_headers: tuple[str, ...] = attrs.field(default=P.SECTION_HEADERS, converter=_strings)
    """Whole-line headers that open a block of related titles (``Related Stories``)."""
    section_header_patterns: tuple[str, ...] = attrs.field(
        default=P.SECTION_HEADER_PATTERNS, converter=_strings
    )
    """Raw regex section headers (``More from NBC News``), matched as the whole line."""
    tags: tuple[str, ...] = attrs.field(default=P.EXPRESS_TAGS, converter=_strings)
    """Bracketed upper-case tags ending an unlabelled related headline (``[INSIGHT]``)."""
    tag_pattern: str = P.TAG_PATTERN
    """A raw regex for any other bracketed tag (``[MAPS]``); ``""`` to accept only :attr:`tags`."""
    caps_inserts: bool = True
    """Whether ALL-CAPS headline lines between body paragraphs (Fox style) are found; having no
    label, they are reported as ``related_links`` boilerplate, not as links."""
    max_titles: int = 15
    """The most title lines taken under one label-only line or section header."""

    def _compiled(self, tables: LanguageTables | None = None) -> _Compiled:
        """The compiled vocabulary: the rule's own, plus the labels and headers of ``tables``."""
        # Hashing the vocabularies for the cache costs tens of µs a call, so a rule and its
        # tables are remembered by identity first (the entry keeps both alive: ids stay theirs).
        key = (id(self), id(tables))
        hit = _BY_RULE.get(key)
        if hit is not None and hit[0] is self and hit[1] is tables:
            return hit[2]
        compiled = self._compile_for(tables)
        if len(_BY_RULE) < 64:
            _BY_RULE[key] = (self, tables, compiled)
        return compiled

    def _compile_for(self, tables: LanguageTables | None) -> _Compiled:
        labels, weak, headers = self.labels, self.weak_labels, self.section_headers
        starters = _ENGLISH_STARTERS
        if tables is not None and tables.code not in _ENGLISH_LIKE and tables.function_words:
            starters = _starters_for(tables.code, tables.function_words, tuple(p for p, _ in tables.pronouns))
        if tables is not None:
            labels = _added(labels, tables.also_read_labels, P.LABELS)
            if tables.code not in _ENGLISH_LIKE and tables.weak_also_read_labels:
                # Weak labels are everyday words of their own language: in a German text the
                # English ``Also`` is the adverb (``Also: Wer …``) and ``Listen`` a plural noun.
                # The language's own weak labels stand in for the English ones; a user's stay.
                weak = tuple(w for w in weak if w not in P.WEAK_LABELS)
            weak = _added(weak, tables.weak_also_read_labels, P.WEAK_LABELS)
            headers = _added(headers, tables.section_headers, P.SECTION_HEADERS)
        return _compile(
            labels,
            weak,
            self.label_patterns,
            headers,
            self.section_header_patterns,
            self.tags,
            self.tag_pattern,
            starters,
            _meta_words(tables),
        )

    def __call__(self, document: Document) -> Iterator[AlsoRead | Boilerplate]:
        """Yield the also-read items (and related-links section headers) of ``document``."""
        tables = document.tables
        c = self._compiled(tables)
        footer_starts = _footer_starts(tables.footer_phrases)
        # ALL-CAPS lines between paragraphs are related headlines in the US press (Fox), but
        # crossheads elsewhere (``NO PERDER EL PULSO DE LA CALLE``): read them only with tables
        # whose labels are the rule's own (English and undetermined text).
        caps_inserts = self.caps_inserts and tables.also_read_labels == P.LABELS
        lines = _lines(document)
        taken: set[int] = set()  # indices of lines consumed as title lines
        first_body: int | None = -1  # computed when first needed (-1: not yet)
        # The first non-blank line: the one holding the first non-space character (``str.strip``
        # and ``re``'s ``\S`` agree on what a space is; line terminators are spaces).
        first_char = _NON_SPACE.search(document.text)
        first_line = -1 if first_char is None else _line_at(lines, first_char.start())
        spaced = -1  # whether paragraphs are spaced by blank lines; computed when first needed
        mids = _mid_candidates(document, c)
        out: list[AlsoRead | Boilerplate] = []
        for idx in _candidate_lines(document, c, mids, caps_inserts):
            if idx in taken:
                continue
            line = lines[idx]
            lt = line.text
            if len(lt) < 3 or not lt.strip():
                continue
            first = c.line_label(lt)  # ``c.labels.match(lt)`` where a label can start
            if (first is not None or (len(lt) <= 120 and c.is_header(lt))) and not document.is_claimed(
                line.start, line.end
            ):
                if spaced < 0:
                    spaced = _blank_line_paragraphs(lines)
                block = _section_block(document, c, idx, taken, spaced, self.max_titles)
                if block is None:
                    block = _label_only_block(document, c, idx, taken, spaced, first, self.max_titles)
                if block is not None:
                    out.extend(block)
                    continue
            line_mids = mids.get(idx)
            if first is not None or line_mids is not None:
                items = list(
                    _labelled_items(
                        document,
                        c,
                        line,
                        first,
                        line_mids or (),
                        top=idx == first_line,
                        max_titles=self.max_titles,
                    )
                )
            else:
                items = []  # no label can start anywhere on the line
            # A short tagged first line ("Flood Defences Fail Again [UPDATE]") is the article's
            # own headline, not a related link; in a one-line scrape the tags still count.
            if "[" in lt and not (idx == first_line and _is_tagged_headline_line(c, lt)):
                items += _tagged_items(document, c, line, items)
            if footer_starts and items:
                items = [a for a in items if not _is_footer_title(a, footer_starts)]
            if not items and caps_inserts and first_body is not None and _is_caps_insert(lt.strip(_STRIP)):
                if first_body == -1:
                    first_body = _first_body_line(lines)
                if first_body is not None and idx > first_body:
                    out.extend(_caps_insert_block(document, line))
                    continue
            if items and idx + 1 < len(lines):
                linked = _with_url_line(document, items[-1], line, lines[idx + 1])
                if linked is not None:
                    items[-1] = linked
                    taken.add(idx + 1)
            out.extend(items)
        yield from out


# -- label alone on a line, titles on the following lines ------------------------------


def _label_only_block(
    document: Document,
    c: _Compiled,
    idx: int,
    taken: set[int],
    spaced: int,
    m: regex.Match[str] | None,
    max_titles: int,
) -> list[AlsoRead | Boilerplate] | None:
    """Titles under a label alone on line ``idx``; ``m`` is ``c.labels.match`` on that line."""
    line = _lines(document)[idx]
    if m is None or m.start("label") > 12:
        return None
    rest = line.text[m.end() :]
    tail = _LABEL_ONLY_TAIL.fullmatch(rest)
    if tail is None:
        return None
    key = _label_key(m.group("label"))
    has_sep = bool(rest.strip(" \t\u00a0\u202f])*"))
    # A weak label alone on its line is a label when written in capitals (``RECOMMENDED``)
    # or over a bulleted list; otherwise it is an everyday word (``Watch``, ``More``).
    # A media word in capitals (``VIDEO``, ``WATCH``) over a line is a player's caption.
    weak_bare = key in c.weak and key not in c.strong and not has_sep and key != "related"
    capitals = m.group("label").isupper() and key not in P.MEDIA_WORDS
    if weak_bare and not capitals and not _bullet_follows(document, idx):
        return None
    titles = _title_lines_below(document, c, idx, header=False, spaced=spaced, max_titles=max_titles)
    if c.starters.sentence_case:
        titles = _without_crosshead(document, titles)
    if not titles and key in c.strong:
        titles = _title_joined_below(document, c, idx)
    if _is_topic_list(document.text, titles):
        return [_topic_block(document, line, titles, taken)]
    if not titles:
        # A strong label with its separator and no title under it (``À lire aussi :`` over
        # body text; the link was a widget the scrape dropped) is page residue.
        if has_sep and key in c.strong and len(line.text) <= 80:
            s, e = _strip_span(document.text, line.start, line.end)
            return [Boilerplate(document.span(s, e), "related_links")]
        return None
    label = document.span(line.start + m.start("label"), line.start + m.end("label"))
    start = line.start + (m.start("open") if m.group("open") else m.start("label"))
    out: list[AlsoRead | Boilerplate] = []
    for n, (i, t_start, t_end, url) in enumerate(titles):
        taken.add(i)
        span_start = start if n == 0 else t_start
        span_end = t_end
        title = _title_span(document.text, t_start, t_end, url, c.tags)
        if title is None:
            continue
        out.append(AlsoRead(document.span(span_start, span_end), title, label, url))
    return out or None


def _bullet_follows(document: Document, idx: int) -> bool:
    """Whether the next non-blank line (within three lines) after line ``idx`` is a bullet."""
    lines = _lines(document)
    for i in range(idx + 1, min(idx + 4, len(lines))):
        text = lines[i].text
        if text.strip():
            return _BULLET.match(text) is not None
    return False


def _section_block(
    document: Document, c: _Compiled, idx: int, taken: set[int], spaced: int, max_titles: int
) -> list[AlsoRead | Boilerplate] | None:
    line = _lines(document)[idx]
    if len(line.text) > 120 or not c.is_header(line.text):
        return None
    titles = _title_lines_below(document, c, idx, header=True, spaced=spaced, max_titles=max_titles)
    if _is_topic_list(document.text, titles):
        return [_topic_block(document, line, titles, taken)]
    s, e = _strip_span(document.text, line.start, line.end)
    out: list[AlsoRead | Boilerplate] = [Boilerplate(document.span(s, e), "related_links")]
    for i, t_start, t_end, url in titles:
        taken.add(i)
        title = _title_span(document.text, t_start, t_end, url, c.tags)
        if title is not None:
            ls, le = _strip_span(document.text, *_lines(document)[i][:2])
            out.append(AlsoRead(document.span(ls, max(le, t_end)), title, None, url))
    return out


def _title_lines_below(
    document: Document, c: _Compiled, idx: int, *, header: bool, spaced: int, max_titles: int
) -> list[tuple[int, int, int, str | None]]:
    """Return ``(line index, title start, title end, url)`` for the title lines after ``idx``.

    ``spaced`` is 1 when the text separates paragraphs with blank lines (then one blank line
    between titles is no gap), else 0.
    """
    lines = _lines(document)
    found: list[tuple[int, int, int, str | None]] = []
    gap = ranks = 0
    i = idx + 1
    while i < len(lines) and len(found) < max_titles:
        line = lines[i]
        if not line.text.strip():
            gap += 1
            # Scrapes of HTML keep the indentation of empty elements as whitespace-only
            # lines: up to six stand between a label and its first title, two between titles.
            if gap > (2 if found else _LEADING_BLANKS):
                break
            i += 1
            continue
        if document.is_claimed(line.start, line.end) or len(line.text) > 400:
            break
        if len(line.text) <= 120 and c.is_header(line.text):
            break  # the next section's header
        if _is_label_line(c, line.text):
            break  # the next label (stacked ``Lesen Sie auch`` / title pairs): never a title
        b = _BULLET.match(line.text)
        bulleted = b is not None
        if found and gap > spaced and not bulleted and not header:
            break
        body_start = line.start + (b.end() if b else 0)
        s, e = _strip_span(document.text, body_start, line.end)
        seg = document.text[s:e]
        url_m = _URL.search(seg)
        url = url_m.group().rstrip(".,;:") if url_m else None
        check = seg[: url_m.start()].rstrip(" -–—:|(") if url_m and url_m.start() > 0 else seg
        if url_m is not None and url_m.start() == 0:
            check = "Link title"  # a bare URL line under a label is a link
        if found and c.meta_words and _is_meta_line(seg, c.meta_words):
            i += 1  # a date, time or read-time line under a title (any language): step over it
            continue
        if not _looks_like_title(check, bulleted=bulleted, max_words=25 if (header or not found) else 20):
            if found and len(seg) <= 60 and _META_LINE.search(seg) is not None:
                i += 1  # a date or read-time line under a title: step over it
                continue
            if _RANK.fullmatch(seg) is not None and ranks < max_titles:
                ranks += 1  # a rank on its own line in a most-read list (``1`` / title / ``2`` …)
                i += 1
                continue
            break
        found.append((i, s, e, url))
        gap = 0
        i += 1
    return found


# -- labels inside a line ---------------------------------------------------------------


def _labelled_items(
    document: Document,
    c: _Compiled,
    line: _Line,
    first: regex.Match[str] | None,
    mids: Iterable[int],
    *,
    top: bool,
    max_titles: int,
) -> Iterator[AlsoRead]:
    """Labelled links inside ``line``.

    ``first`` is ``c.labels.match`` on the line and ``mids`` the offsets in the text after a
    sentence end (``_MID_SRC``) on this line where a label may start.
    """
    text = document.text
    lt = line.text
    matches: list[tuple[regex.Match[str], int, int, bool]] = []
    candidates: list[tuple[regex.Match[str], bool]] = []
    if first is not None:
        candidates.append((first, False))
    for pos in mids:
        m = c.label_at(lt, pos - line.start)
        if m is not None:
            candidates.append((m, True))
    if not candidates:
        return
    for m, mid in candidates:
        if matches and m.start() < matches[-1][2]:
            continue
        accepted = _title_start(c, lt, m, mid=mid, top=top)
        if accepted is None:
            continue
        matches.append((m, accepted, m.end(), mid))
    # Labels repeated later on the line without a sentence boundary (``READ MORE: A READ MORE: B``).
    if matches:
        extra = _repeated_labels(lt, matches[0][0])
        known = {om.start("label") for om, _, _, _ in matches}
        for m, sep_end in extra:
            if m.start("label") not in known:
                matches.append((m, sep_end, m.end(), True))
        matches.sort(key=lambda t: t[0].start("label"))
    for n, (m, content_start, _, mid) in enumerate(matches):
        limit = matches[n + 1][0].start() if n + 1 < len(matches) else len(lt)
        joined = not m.group("open") and (mid or limit - m.end() > 240)
        item = _labelled_item(c, text, line, m, content_start, limit, joined=joined, tags=c.tags)
        if item is not None and not document.is_claimed(item.span.start, item.span.end):
            yield from _split_titles(text, item)
            for more in _gap_titles(c, text, line, item, limit, max_titles):
                if document.is_claimed(more.span.start, more.span.end):
                    break
                yield more


def _title_start(c: _Compiled, lt: str, m: regex.Match[str], *, mid: bool, top: bool) -> int | None:
    """Return where the title starts when label match ``m`` opens a link, else ``None``."""
    label = m.group("label")
    after = m.end("label")
    nxt = lt[after : after + 1]
    key = _label_key(label)
    weak = key in c.weak and key not in c.strong
    if nxt and (nxt.isalnum() or nxt in "_'’"):
        # The word goes on: only a glued capital after a lower-case label end (``aussiTempête``).
        if weak or not (nxt.isupper() and label[-1:].islower()):
            return None
        return after
    sep = (_STRONG_SEP if weak else _SEP).match(lt, after)
    if sep is not None and sep.end() > after and lt[after : sep.end()].strip():
        start = sep.end()
    else:
        if weak:
            return None
        sp = _SPACES.match(lt, after)
        if sp is None:
            return None
        # No separator: the label must be written capitalised (``Also Read PM …``), exactly as
        # the table spells it (``Mehr zum Thema Mac …``), in a script without case, or be a
        # site-named label (``Also on rt.com Journalists …``); the title must not start in lower case.
        pattern_label = key not in c.strong and key not in c.weak
        if (
            any(_is_lower(w) for w in label.split())
            and _exact_key(label) not in c.exact
            and not pattern_label
        ):
            return None
        start = sp.end()
    if _CALL_TO_ACTION.search(lt, start, start + 300) is not None:
        return None  # ``READ MORE ON FOX BUSINESS BY CLICKING HERE`` is a promo, not a link
    first = lt[start : start + 1]
    word = lt[start : start + 40].split(maxsplit=1)[0] if first.strip() else ""
    if not first or (_starts_lower(word) and _URL.match(lt, start) is None):
        return None
    if weak and ((top and not mid) or (mid and not label[:1].isupper())):
        # ``Watch | …`` opening the first line is a headline kicker, not a link.
        return None
    return start


def _repeated_labels(lt: str, first: regex.Match[str]) -> list[tuple[regex.Match[str], int]]:
    """Find the same label written the same way later on the line, with a separator."""
    label = first.group("label")
    if any(ch.islower() for ch in label) and not any(ch.isupper() for ch in label):
        return []  # a lower-case label is a word of the sentence; an uncased script's label is not
    pat = _repeat_pattern(label)
    found = []
    for m in pat.finditer(lt, first.end()):
        sep = _SEP.match(lt, m.end("label"))
        if sep is not None:
            found.append((m, sep.end()))
    return found


def _labelled_item(
    c: _Compiled,
    text: str,
    line: _Line,
    m: regex.Match[str],
    content_start: int,
    limit: int,
    *,
    joined: bool,
    tags: regex.Pattern[str] | None = None,
) -> AlsoRead | None:
    base = line.start
    lt = line.text
    span_start = base + (m.start("open") if m.group("open") else m.start("label"))
    label = Span.of(text, base + m.start("label"), base + m.end("label"))
    end_extra = 0
    sep = lt[m.end("label") : content_start]
    if m.group("open") and not (sep.strip().startswith(("]", ")"))):
        closer = "]" if m.group("open").lstrip()[:1] == "[" else ")"
        close = lt.find(closer, content_start, limit)
        if close < 0 or close - content_start > 400:
            return None
        limit = close
        end_extra = 1
    url: str | None = None
    url_m = _URL.search(lt, content_start, min(limit, content_start + 500))
    if url_m is not None and len(lt[content_start : url_m.start()].split()) <= 30:
        url = url_m.group().rstrip(".,;:")
        t_s, t_e = _strip_span(lt, content_start, url_m.start(), "-–—:|(*")
        if lt[t_s : t_s + 1] == "[" and lt[t_e - 1 : t_e] == "]":
            t_s, t_e = t_s + 1, t_e - 1  # a markdown link: ``[Title](https://…)``
        item_end = url_m.start() + len(url)
        if item_end < limit and lt[item_end : item_end + 1] == ")" and "(" in lt[t_e : url_m.start()]:
            item_end += 1
        if end_extra:
            item_end = limit
        if t_s == t_e:
            t_s, t_e = url_m.start(), url_m.start() + len(url)
    else:
        joined = joined or _SPACE_RUN.search(lt, content_start, limit) is not None
        end = _title_end(lt, content_start, limit, c.starters) if joined and not end_extra else limit
        t_s, t_e = _strip_span(lt, content_start, end, "|•·;,")
        if lt[content_start - 2 : content_start] == "**" or lt[t_e - 2 : t_e] == "**":
            t_s, t_e = _strip_span(lt, t_s, t_e, "*")  # markdown bold around the title
        t_e = _without_meta_tail(lt, t_s, t_e, c.meta_words)
        item_end = limit if end_extra else max(t_e, _strip_span(lt, t_s, end)[1])
        if tags is not None and (tag := tags.search(lt, t_s, t_e)) is not None and tag.end() >= t_e - 1:
            item_end = max(item_end, _strip_span(lt, tag.start(), tag.end())[1])
            if lt[item_end : item_end + 1] == "|" and item_end < limit:
                item_end += 1
            t_s, t_e = _strip_span(lt, t_s, tag.start(), "|•·;,")
    if t_e <= t_s or t_e - t_s > 300 or not any(ch.isalpha() for ch in lt[t_s:t_e]):
        return None
    if url is None and not _headline_like(lt[t_s:t_e], separated=bool(sep.strip())):
        return None
    if url is None and c.starters.sentence_case and _is_sentence_title(lt[t_s:t_e]):
        return None
    title = Span.of(text, base + t_s, base + t_e)
    return AlsoRead(Span.of(text, span_start, base + item_end + end_extra), title, label, url)


# -- unlabelled related headlines -------------------------------------------------------


def _tagged_items(document: Document, c: _Compiled, line: _Line, items: list[AlsoRead]) -> list[AlsoRead]:
    if "[" not in line.text or c.tags is None:
        return []
    text = document.text
    lt = line.text
    out: list[AlsoRead] = []
    seg_start = 0
    starts = [i.span.start for i in items]  # items come in text order
    ends = sorted(i.span.end for i in items)
    for m in c.tags.finditer(lt):
        t_start, t_end = seg_start, m.start()
        seg_start = m.end()
        k = bisect.bisect_right(starts, line.start + t_start) - 1
        if k >= 0 and items[k].span.start <= line.start + t_start < items[k].span.end:
            continue
        k = bisect.bisect_right(ends, line.start + t_end) - 1
        if k >= 0:  # the headline starts after the last labelled item before the tag
            t_start = max(t_start, ends[k] - line.start)
        # In a joined line the headline starts after the last sentence end before the tag.
        window_start = max(t_start, t_end - 250)
        last = None
        for b in _FULL_STOP.finditer(lt, window_start, t_end):
            word = lt[max(window_start, b.start() - 12) : b.start() + 1].split()
            if word and not _ABBREVIATION.fullmatch(word[-1]):
                last = b
        if last is not None:
            t_start = last.end()
        elif t_end - t_start > 250:
            continue
        s, e = _strip_span(lt, t_start, t_end, "|")
        words = lt[s:e].split()
        if not 3 <= len(words) <= 30 or _starts_lower(words[0]) or lt[s:e].endswith("."):
            continue
        if _is_credit_tag(document, m.group(), lt[s:e]):
            continue
        end = m.end()
        _, end = _strip_span(lt, s, end)
        item = AlsoRead(
            Span.of(text, line.start + s, line.start + end), Span.of(text, line.start + s, line.start + e)
        )
        if not document.is_claimed(item.span.start, item.span.end):
            out.append(item)
    if not out and seg_start:
        lead = _leading_tag_item(document, c, line)
        if lead is not None:
            out.append(lead)
    return out


def _caps_insert_block(document: Document, line: _Line) -> list[Boilerplate]:
    # An unlabelled related headline is page furniture, not a link item: the annotation
    # convention files "related-headline runs with no label" under footers, so the line is
    # claimed as a ``related_links`` footer (and kept out of the body and the quotes).
    t = line.text.strip(_STRIP)
    if not _is_caps_insert(t):
        return []
    s, e = _strip_span(document.text, line.start, line.end)
    if document.is_claimed(s, e):
        return []
    return [Boilerplate(document.span(s, e), "related_links")]


@functools.lru_cache(maxsize=32)
def _meta_words(tables: LanguageTables | None) -> frozenset[str]:
    """The words a date, time or read-time line may hold in ``tables``' language (and English)."""
    words = P.META_WORDS["en"]
    if tables is not None:
        words = words | P.META_WORDS.get(tables.code, frozenset())
        words = words | frozenset(n for names in tables.months for n in names) | frozenset(tables.weekdays)
    return words


_META_STRIP = "0123456789.,:;/|()[]-–—·•'’\"“”"


def _is_meta_line(seg: str, words: frozenset[str]) -> bool:
    """A short line of digits and date, time or read-time words (``vor 2 Stunden``, ``12 de marzo
    de 2024``, ``3 min de leitura``) under a related title: never a title itself."""
    if len(seg) > 60 or not any(ch.isdigit() for ch in seg):
        return False
    for token in seg.split():
        core = token.strip(_META_STRIP).casefold()
        if core and core not in words:
            return False
    return True


_JOINED_TITLE_WORDS = (3, 15)  # a title cut out of a joined line under a label-only line


def _title_joined_below(document: Document, c: _Compiled, idx: int) -> list[tuple[int, int, int, str | None]]:
    """A title at the start of the line under a strong label-only line, when the scrape joined it
    to the next paragraph (``Lesen Sie auch`` / ``Mieten steigen weiter Die Stadt will …``).

    The title is cut as in a one-line scrape (:func:`_title_end`) and kept only when the cut
    falls before the end of the line at a headline's length, so a body paragraph under a label
    whose link the scrape lost stays body text.
    """
    lines = _lines(document)
    i = idx + 1
    while i < len(lines) and i <= idx + 3 and not lines[i].text.strip():
        i += 1
    if i >= len(lines) or i > idx + 3:
        return []
    line = lines[i]
    if document.is_claimed(line.start, line.end) or _is_label_line(c, line.text):
        return []
    lt = line.text
    start = len(lt) - len(lt.lstrip(_STRIP))
    end = _title_end(lt, start, len(lt), c.starters)
    s, e = _strip_span(lt, start, end, "|•·;,-–—")
    title = lt[s:e]
    lo, hi = _JOINED_TITLE_WORDS
    if e >= len(lt.rstrip(_STRIP)) or not lo <= len(title.split()) <= hi:
        return []
    after = lt[end:].lstrip(_STRIP)[:1]
    if not after.isalpha() or after.islower():
        return []  # the next sentence starts with a word, not a quotation inside the same sentence
    if title.endswith(".") or not _headline_like(title, separated=True) or _starts_lower(title):
        return []
    return [(i, line.start + s, line.start + e, None)]


# The end of a title: arrows pointing at the link, and a date, time or read-time after a
# separator, in brackets, or with a numeric date, clock time or "ago" word (``… habitação -
# 12.03.2024``, ``… habitação há 3 horas``, ``… habitação (12/03/2024)``).
_ARROWS = " \t\u00a0\u202f»›>→▶►⇒"
_TAIL_SEPARATORS = frozenset("-–—|·•")
_DATE_OR_TIME = _Lazy(r"\d{1,2}[./-]\d{1,2}(?:[./-]\d{2,4})?|\d{1,2}[:h]\d{2}\b")
_MIN_TITLE_WORDS = 3
_MAX_TAIL_WORDS = 6


def _without_meta_tail(lt: str, start: int, end: int, words: frozenset[str]) -> int:
    """``end`` moved back over trailing arrows and a trailing date, time or read-time."""
    arrows = _ARROWS if "«" not in lt[start:end] else _ARROWS.replace("»", "")  # a closing guillemet stays
    end = start + len(lt[start:end].rstrip(arrows))
    if not words or not any(ch.isdigit() for ch in lt[max(start, end - 60) : end]):
        return end
    toks = [(m.start(), m.end()) for m in _TOKEN.finditer(lt, start, end)]
    for k in range(min(_MAX_TAIL_WORDS, len(toks) - _MIN_TITLE_WORDS), 0, -1):  # longest first
        head = toks[: len(toks) - k]
        tail = lt[toks[-k][0] : end]
        separated = tail.startswith("(") and tail.endswith(")")
        if lt[head[-1][0] : head[-1][1]] in _TAIL_SEPARATORS:
            head = head[:-1]
            separated = True
        if len(head) < _MIN_TITLE_WORDS or not _is_meta_line(tail, words):
            continue
        if separated or _DATE_OR_TIME.search(tail) is not None or _has_relative_word(tail):
            return head[-1][1]
    return end


def _has_relative_word(tail: str) -> bool:
    """Whether a tail says how long ago or how long to read (``há 3 horas``, ``3 min read``)."""
    return any(t.strip(_META_STRIP).casefold() in P.RELATIVE_TIME_WORDS for t in tail.split())


_LEADING_BLANKS = 6  # blank or whitespace-only lines allowed between a label and its first title
_CROSSHEAD_WORDS = 6  # a second line this short under a one-title label is a crosshead


def _without_crosshead(
    document: Document, titles: list[tuple[int, int, int, str | None]]
) -> list[tuple[int, int, int, str | None]]:
    """Drop a short second "title" under a label that stands over one unbulleted title.

    ``Lesen Sie auch`` / title / ``Kritik von der Opposition`` / body: the short line is the
    crosshead of the story's next section, not a second link (a list under a label has bullets,
    dated titles, or runs on for three titles or more; a related headline is rarely six words or
    fewer). The crosshead follows the title directly and a body paragraph follows it.
    Only for sentence-case languages: English related titles in Title Case are often that short
    (``Gold Slips From Record High``) and English pages rarely set crossheads under a label.
    """
    if len(titles) != 2 or titles[0][3] is not None or titles[1][3] is not None:
        return titles
    lines = _lines(document)
    if _BULLET.match(lines[titles[0][0]].text) or _BULLET.match(lines[titles[1][0]].text):
        return titles
    second = document.text[titles[1][1] : titles[1][2]]
    if len(second.split()) > _CROSSHEAD_WORDS or len(second) >= titles[0][2] - titles[0][1]:
        return titles
    between = [line.text for line in lines[titles[0][0] + 1 : titles[1][0]]]
    if any(text.strip() for text in between):
        return titles  # a date or read-time line stepped over: a list of dated titles
    after = next((line.text.strip() for line in lines[titles[1][0] + 1 :] if line.text.strip()), "")
    if len(after) < 80 and not after.endswith((".", "!", "?", "।", '"', "”", "»")):
        return titles  # no body paragraph follows: the list ends here, not a section
    return titles[:1]


def _is_label_line(c: _Compiled, text: str) -> bool:
    """Whether ``text`` is a label alone on its line (a separator may follow it)."""
    if len(text) > 80:
        return False
    m = c.line_label(text)
    if m is None:
        return False
    key = _label_key(m.group("label"))
    return (key in c.strong or key not in c.weak) and _LABEL_ONLY_TAIL.fullmatch(text, m.end()) is not None


def _added(own: tuple[str, ...], extra: tuple[str, ...], default: tuple[str, ...]) -> tuple[str, ...]:
    """``own`` with the document tables' ``extra`` entries; tables that hold the rule's defaults
    (English) add nothing, so a rule built with a narrower tuple stays narrow."""
    return own if extra == default else extend_vocabulary(own, extra)


@functools.lru_cache(maxsize=32)
def _footer_starts(phrases: tuple[str, ...]) -> tuple[str, ...]:
    # Footer phrases of two words or more (``siga-nos``, ``je m'abonne``): a title opening
    # with one is a promo behind a label-like word, not a story (``Saiba mais. Siga-nos …``).
    return tuple(p for p in phrases if len(p) >= 6)


def _is_footer_title(item: AlsoRead, starts: tuple[str, ...]) -> bool:
    return item.title.text.lower().startswith(starts)


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


# A credit line, not a headline, before a bracketed tag (``With inputs from agencies [IANS]``).
_CREDIT_TITLE = _Lazy(
    r"(?i)^\W{0,3}(?:with\s+inputs|inputs\s+from|by\s+\p{Lu}"
    r"|(?:reporting|editing|edited|written|compiled|additional\s+reporting)\s+by)"
)


@functools.lru_cache(maxsize=32)
def _agency_keys(agencies: tuple[str, ...]) -> frozenset[str]:
    return frozenset(a.casefold() for a in agencies)


def _is_credit_tag(document: Document, tag: str, title: str) -> bool:
    """Whether a bracketed tag names a news agency (``[PTI]``, ``[IANS]``: a credit, not an
    Express-style section tag) or the text before it is a credit line."""
    name = tag.strip("[]| \t\u00a0").casefold()
    agencies = _agency_keys(document.tables.agencies) | _agency_keys(_EN_AGENCIES)
    return name in agencies or _CREDIT_TITLE.match(title) is not None


def _leading_tag_item(document: Document, c: _Compiled, line: _Line) -> AlsoRead | None:
    """A related headline after a leading tag, alone on its line (``[INSIGHT] Pier owners warn ...``)."""
    lt = line.text
    lead = len(lt) - len(lt.lstrip())
    m = c.tags.match(lt, lead) if c.tags is not None and len(lt) <= 300 else None
    if m is None or c.tags is None or c.tags.search(lt, m.end()) is not None:
        return None
    s, e = _strip_span(lt, m.end(), len(lt), "|")
    words = lt[s:e].split()
    if not 3 <= len(words) <= 30 or _starts_lower(words[0]) or lt[s:e].endswith((".", ":")):
        return None
    if _is_credit_tag(document, m.group(), lt[s:e]):
        return None
    text = document.text
    item = AlsoRead(
        Span.of(text, line.start + lead, line.start + e), Span.of(text, line.start + s, line.start + e)
    )
    return None if document.is_claimed(item.span.start, item.span.end) else item


def _is_caps_insert(t: str) -> bool:
    """An ALL-CAPS related headline (Fox style): 5+ words, no final full stop, no call to action."""
    if len(t) > 200 or t.endswith((".", ":", ",")) or _LOWER.search(t, 0, 40) is not None:
        return False
    words = t.split()
    if not 5 <= len(words) <= 25:
        return False
    cased = [ch for ch in t if ch.isalpha() and (ch.isupper() or ch.islower())]
    if len(cased) < 15 or sum(ch.isupper() for ch in cased) < 0.9 * len(cased):
        return False
    if t.startswith("(") and t.endswith(")"):
        return False  # a parenthesised credit or note
    # Credits, stamps, captions and promos in capitals (``EDITED BY …``, ``UPDATED AT …``,
    # ``PHOTO: …``) and a writer's bio (``JANE ROE IS THE LEDGER'S POLITICAL EDITOR``) are not links.
    return (
        _CAPS_EXCLUDE.search(t) is None
        and _NOT_A_TITLE.search(t) is None
        and writer_line(t, 0, len(t), body_seen=True) is None
    )


def _with_url_line(document: Document, item: AlsoRead, line: _Line, nxt: _Line) -> AlsoRead | None:
    """The item extended over a bare URL on the next line (``Also Read: Title`` / ``https://…``)."""
    if item.url is not None or len(nxt.text) > 500 or document.is_claimed(nxt.start, nxt.end):
        return None
    if document.text[item.span.end : line.end].strip():
        return None
    s, e = _strip_span(document.text, nxt.start, nxt.end)
    m = _URL.fullmatch(document.text, s, e)
    if m is None:
        return None
    return attrs.evolve(item, span=document.span(item.span.start, e), url=m.group())


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


def _mid_candidates(document: Document, c: _Compiled) -> dict[int, list[int]]:
    """Line index -> text offsets after a sentence end (``_MID_SRC``) where a label may start."""
    text = document.text
    out: dict[int, list[int]] = {}
    gate = c.label_gate
    at_end = gate.may_be_empty()  # whether a label can match at the very end of a line
    may_start = gate.may_start
    starts: Sequence[int] | None = None
    # (The run-of-spaces scan only where the text has such a run: most texts never compile it.)
    for gap in (False, True) if "   " in text else (False,):
        scan = gate.mid_scan(at_end, gap)
        for m in scan.finditer(text):
            pos = m.end()
            key = m.group(1)  # the next two characters as the line sees them
            if at_end if not key else key[0] in "[(" or may_start(key):
                if starts is None:
                    starts = document.line_starts
                out.setdefault(bisect.bisect_right(starts, pos) - 1, []).append(pos)
    for i, found in out.items():
        out[i] = sorted(set(found))  # both scans may stop at one place (``x.   Also …``)
    return out


def _candidate_lines(document: Document, c: _Compiled, mids: dict[int, list[int]], caps: bool) -> list[int]:
    """The indexes of the lines that may hold anything for the rule, found by scans in C.

    A line is a candidate when a label or header can start at its start (the gates' two-character
    test), a label can start inside it (``mids``), it holds a ``[`` (a tag), or — with ``caps`` —
    its first 19 characters hold no lower-case ASCII letter. Every other line yields nothing, so
    the rule never walks them in Python.
    """
    text = document.text
    starts = document.line_starts
    label_start, header_start = c.label_gate.may_start, c.header_gate.may_start
    found = set(mids)
    heads = [(0, _line_head(text))]
    heads += ((m.end(), m.group(1)) for m in c.line_scan(caps).finditer(text))
    for at, head in heads:
        key = head[:2]
        if len(key) == 2 and (
            key[0] in _LINE_PREFIX_CHARS
            or key[0] in _HEADER_PREFIX_CHARS
            or label_start(key)
            or header_start(key)
            or (caps and len(head) == 19 and _NOT_CAPS_HEAD.isdisjoint(head))
        ):
            found.add(bisect.bisect_right(starts, at) - 1)
    pos = text.find("[")
    while pos >= 0:
        i = bisect.bisect_right(starts, pos) - 1
        found.add(i)
        nxt = i + 1
        pos = text.find("[", starts[nxt]) if nxt < len(starts) else -1
    return sorted(found)


def _line_head(text: str) -> str:
    """The first 19 characters of the first line of ``text`` (as ``_NEXT_19`` captures them)."""
    head = text[:19]
    for i, ch in enumerate(head):
        if ch in _TERMINATOR_CHARS:
            return head[:i]
    return head


def _blank_line_paragraphs(lines: _Lines) -> int:
    """1 when most non-blank lines (among the first 200) are followed by a blank line, else 0."""
    text, starts, ends = lines.text, lines.starts, lines.ends
    sample = range(min(len(starts), 201))
    texts = [ends[i] > starts[i] and not text[starts[i] : ends[i]].isspace() for i in sample]
    filled = sum(texts[:-1])
    spaced = sum(1 for a, b in itertools.pairwise(texts) if a and not b)
    return 1 if filled >= 4 and spaced * 2 >= filled else 0


def _first_body_line(lines: Sequence[_Line]) -> int | None:
    """The index of the first body paragraph (mixed case, 8+ words), before which caps lines are headlines."""
    for i, line in enumerate(lines[:400]):
        words = line.text[:2000].split()
        if len(words) >= 8 and any(ch.islower() for ch in line.text[:2000]):
            return i
    return None


def _title_span(
    text: str, start: int, end: int, url: str | None, tags: regex.Pattern[str] | None = None
) -> Span | None:
    """The title of a title line: the text before a URL (or the URL itself when alone) or a tag."""
    if url is not None:
        u = text.find(url, start, end)
        if u > start:
            s, e = _strip_span(text, start, u, "-–—:|(")
            if e > s:
                return Span.of(text, s, e)
        if u >= 0:
            return Span.of(text, u, u + len(url))
    s, e = _strip_span(text, start, end)
    if tags is not None and (tag := tags.search(text, s, e)) is not None and tag.end() >= e - 1:
        s, e = _strip_span(text, s, tag.start(), "|")
    return Span.of(text, s, e) if e > s else None


_DEFAULT = AlsoReadRule()  # its vocabulary compiles on first use


def find_also_read(text: str) -> tuple[AlsoRead, ...]:
    """Return the "Also Read"-style links in ``text`` (without the section-header boilerplate).

    >>> text = "Talks ended.\\nREAD MORE:\\n* Fuel duty frozen\\n* Rail strike off"
    >>> [a.title.text for a in find_also_read(text)]
    ['Fuel duty frozen', 'Rail strike off']
    """
    from newsparse._errors import ensure_str

    return tuple(i for i in _DEFAULT(Document.from_text(ensure_str(text))) if isinstance(i, AlsoRead))


def _is_tagged_headline_line(c: _Compiled, text: str) -> bool:
    """Whether a line is one short headline ending in its only tag (``Title [UPDATE]``)."""
    if "[" not in text or len(text) > 200 or c.tags is None:
        return False
    found = list(c.tags.finditer(text))
    return len(found) == 1 and found[0].end() >= len(text.rstrip()) - 1
