"""One rule's vocabulary, compiled: the ``_Compiled`` object every stage reads.

``_compile`` builds it from the rule's fields and a language's tables; the big patterns inside
compile on first use.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Callable, Container
from typing import NamedTuple

import regex

from newsparse.lang import extend_vocabulary
from newsparse.rules.also_read import patterns as P
from newsparse.rules.also_read.buckets import BucketedPattern
from newsparse.rules.also_read.gate import (
    _GATE_SPACES,
    _UNFOLDABLE,
    _exact_key,
    _fold,
    _Gate,
    _label_key,
    _label_regex_source,
    _raw_alternation,
    _spellings,
    _trie_source,
)
from newsparse.rules.also_read.text import (
    _CAPS_LINE,
    _LINE_START_SRC,
    _NEXT_19,
    _PICTOGRAPH_CLASS,
    _is_pictograph,
)


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
    roles: frozenset[str] = frozenset()
    """Role words and titles of the language, case-folded (``bürgermeisterin``, Hindi
    ``मुख्यमंत्री``): one opens a sentence subject (before a finite verb, or, in a script without
    case, a clause of :attr:`clauses` within three words)."""
    nouns_capitalised: bool = False
    """Whether the language capitalises every noun (German): a capitalised article before a
    capital there opens a sentence (``… auf Laut Stadtverwaltung …``), where elsewhere it is
    part of a name (``São Paulo``, ``Los Ángeles``)."""
    articles: frozenset[str] = frozenset()
    """Capitalised articles that open a sentence subject before a name and a lower-case word
    (:data:`patterns.SUBJECT_ARTICLES`: ``… quinto dia A Câmara aprovou …``)."""


_ENGLISH_STARTERS = _Starters(P.SENTENCE_STARTERS, frozenset(w.lower() for w in P.SENTENCE_STARTERS), False)


@functools.lru_cache(maxsize=32)
def _starters_for(
    code: str, function_words: frozenset[str], pronouns: tuple[str, ...], roles: frozenset[str] = frozenset()
) -> _Starters:
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
    clauses = P.SPEECH_CLAUSES.get(code, ())
    return _Starters(
        words,
        lower,
        True,
        openers,
        verbs,
        elided,
        clauses,
        frozenset(r.casefold() for r in roles),
        code in P.NOUN_CAPITALISING,
        P.SUBJECT_ARTICLES.get(code, frozenset()),
    )


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
                r"(?:(?:\*\*|_{1,3}|[*•·▪►▶■▸→>»«#+–—-]{1,3}|(?:["
                + _PICTOGRAPH_CLASS
                + r"][\ufe0f\u200d]{0,2}){1,3})[ \t\u00a0\u202f]{0,3})?)"
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
                chars = chars | header | _LINE_PREFIX_CHARS.chars | _HEADER_PREFIX_CHARS
                ahead = "[" + "".join(re.escape(ch) for ch in sorted(chars) if ch) + _PICTOGRAPH_CLASS + "]"
                ahead = f"(?={ahead}|{_CAPS_LINE})" if caps else f"(?={ahead})"
            found = self._line_scans[caps] = re.compile(_LINE_START_SRC + ahead + _NEXT_19)
        return found

    def line_label(self, lt: str) -> regex.Match[str] | None:
        """``self.labels.match(lt)``, skipping the match where no label can start."""
        if lt[:1] in _LINE_PREFIX_CHARS:
            found = self._labels.compiled(lt) if self._labels is not None else None
            if found is None:
                # As below, for a line opening with bullets, dashes, brackets or a pictograph
                # (a tweet's `— Name (@handle)` signature, a list item): its label could only
                # start after them, or be a phrase that itself opens with one of them.
                skip = 0
                while skip < _PREFIX_LOOK and lt[skip : skip + 1] in _LINE_PREFIX_CHARS and lt[skip:]:
                    skip += 1
                gate = self.label_gate
                if not (gate.may_match_at_start(lt[skip:]) or gate.may_match_at_start(lt)):
                    return None
                return self.labels.match(lt)
            return found.match(lt)
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


class _PrefixChars:
    """Characters a line may open with before its label: listed ones, and any pictograph
    (``👉 Leia também``, ``➡️ LEIA TAMBÉM``, ``🔴 À LIRE AUSSI``: sites set an emoji or arrow
    before the label), with the variation selector and joiner that follow an emoji."""

    __slots__ = ("chars",)

    def __init__(self, chars: frozenset[str]) -> None:
        self.chars = chars

    def __contains__(self, ch: object) -> bool:
        # (A string comparison in C first: most first characters are ASCII or Latin letters.)
        return ch in self.chars or (
            isinstance(ch, str) and ch >= "\u2190" and len(ch) == 1 and _is_pictograph(ch)
        )


# First characters after which the gates cannot say where the phrase starts (the empty string
# included, so that an empty text always gets the real match).
_LINE_PREFIX_CHARS = _PrefixChars(frozenset(" \t\u00a0\u202f*_•·▪►▶■▸→>»«#+–—-[(\ufe0f\u200d") | {""})
_OPEN_CHARS = frozenset("[(") | {""}
_PREFIX_LOOK = 40  # the longest run of prefix characters skipped before a label (the buckets' look-ahead)
_HEADER_PREFIX_CHARS = frozenset(" \t\u00a0\u202f#*") | {""}


# What the label pattern may consume before the label itself (line-start spaces and bullets, an
# opening bracket), and the same for a section header: a phrase starting with one of these goes
# into every letter group of a :class:`BucketedPattern`.
_LABEL_SKIP = _PrefixChars(frozenset(" \t\u00a0\u202f*_•·▪►▶■▸→>»«#+–—-[(\ufe0f\u200d"))
_HEADER_SKIP = frozenset(" \t\u00a0\u202f#*")


def _text_key(ch: str) -> str | None:
    """The letter group a phrase starting at text character ``ch`` is in (``None``: any group)."""
    return None if ch in _UNFOLDABLE else _fold(ch)


def _phrase_key(phrase: str, skip: Container[str]) -> str | None:
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
        # A Markdown heading's marks before the header (``## Related Articles``) and a
        # disclosure arrow or chevron after it (``More Stories »``, ``Related Stories ▼``).
        return (
            r"[ \t\u00a0\u202f]{0,8}(?:[#*]{1,4}[ \t\u00a0\u202f]{0,3})?(?:"
            + ("|".join(alts) or r"(?!)")
            + r")[ \t\u00a0\u202f]*+(?::|\.\.\.|…)?[ \t\u00a0\u202f]*+(?:[»›>→▼▾][ \t\u00a0\u202f]*+)?"
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


# (German ``im``/``bei`` name an outlet's paid section: ``Lesen Sie mehr im Tagesspiegel Plus:``.)
# (``em``/``en``/``in`` name the section of a rail: ``Mais em Notícias:``, ``Más en Deportes``.)
_SECTION_PREPOSITIONS = frozenset(
    ("de", "di", "da", "do", "du", "des", "del", "von", "aus", "der", "im", "bei", "em", "en", "in")
)


def _added(own: tuple[str, ...], extra: tuple[str, ...], default: tuple[str, ...]) -> tuple[str, ...]:
    """``own`` with the document tables' ``extra`` entries; tables that hold the rule's defaults
    (English) add nothing, so a rule built with a narrower tuple stays narrow."""
    return own if extra == default else extend_vocabulary(own, extra)
