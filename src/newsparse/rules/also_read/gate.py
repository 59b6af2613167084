"""Label regex sources, label keys and the cheap gates in front of the big label alternations.

A label phrase becomes a regex source (``_label_regex_source``), labels share one trie
(``_trie_source``), and a ``_Gate`` answers from two characters whether a label can start there.
"""

from __future__ import annotations

import functools
import re
import unicodedata
from collections.abc import Iterable
from typing import TypeAlias

import regex

from newsparse.rules.also_read.text import _APOSTROPHE, _GAP_HEAD, _MID_HEAD, _NEXT_TWO, _mid_pos


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
        "_bracket",
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
        self._bracket: frozenset[str] | None = None
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

    def bracket_firsts(self) -> frozenset[str]:
        """The capitals a phrase can start with (in any case), for :func:`_bracket_places`; empty
        when the phrases can start with anything."""
        if self._bracket is None:
            firsts = self.first_chars()
            self._bracket = frozenset(ch for ch in firsts or () if ch.isupper())
        return self._bracket

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
