"""Bylines and credit lines: who wrote the story, and who else is credited.

Author lines become ``Byline(kind="byline")``: ``By NAME``, ``By NAME, NAME and NAME``,
ALL-CAPS wire names, agency bylines (``By Reuters``, ``PTI``, ``Agencies``), ``Written by``,
``Edited by:``, ``Author:``, French ``Par`` and German ``von``, a role or date after the name
(``NAME, Staff Writer``, ``By NAME | Updated: ...``) or glued onto it (``By Evan HalperStaff
Writer``, ``by Lucas Nolan22 Dec 2016``), and blog forms (``Posted by X at 2:33 PM``). A byline
line that carries a timestamp is ONE byline item, with ``date`` and ``date_text``.

Credit lines become ``Byline(kind="credit")``: ``(With inputs from PTI)``, ``With agency
inputs``, ``Reporting by X; Editing by Y`` (also lower-case, also fused to the end of the last
paragraph), ``Additional reporting by ...``, ``X contributed to this report.``, ``Featured image
via ...``, a ``— AFP`` trailer, and an agency name alone on a line below the story.

Names must look like names (one to five capitalised tokens, no function words), so ``By the
end of the year`` and ``By Tuesday, officials had ...`` stay body text, while ``Byrne`` and
``Abby`` are names.

>>> b = find_bylines("By Jane Doe and Omar Said | Updated: Nov 21, 2025, 10:20 IST")[0]
>>> b.names, b.date.isoformat()
(('Jane Doe', 'Omar Said'), '2025-11-21T10:20:00+05:30')
>>> find_bylines("By the end of the year, the bridge will reopen.")
()
>>> c = find_bylines("The council will vote again in March. (With inputs from PTI)")[0]
>>> c.text, c.kind, c.agency
('(With inputs from PTI)', 'credit', 'PTI')
"""

from __future__ import annotations

import bisect
import functools
import re
import string
from collections.abc import Iterator, Sequence
from typing import NamedTuple

import attrs
import regex

from newsparse._document import WHOLLY, Document, Gate
from newsparse._model import Boilerplate, Byline, Span
from newsparse.lang import LanguageTables, extend_vocabulary
from newsparse.rules.furniture.datelines import match_dateline
from newsparse.rules.furniture.patterns import (
    AGENCIES,
    BYLINE_PREFIXES,
    CAPTION_LINES,
    CREDIT_LABELS,
    DASH,
    DATEISH,
    DESK_ROLES,
    HAS_CALENDAR_DATE,
    HAS_DATE_SIGNAL,
    MONTH_ALT,
    NAME_TOKEN,
    NOT_NAME_WORDS,
    NOT_PERSON_WORDS,
    PHOTO_AGENCIES,
    READ_TIME,
    ROLES,
    WEEKDAY_ALT,
    LazyPattern,
    alternation,
    line_segments,
)
from newsparse.rules.furniture.timestamps import TimestampRule
from newsparse.rules.furniture.writer_lines import BIO, writer_line
from newsparse.text.dates import MONTHS, parse_date

__all__ = ["BylineRule", "find_bylines"]

_B = r"[\s\u00a0]"
# Byline lines are short; a longer line is a paragraph that may only START with a byline
# (a one-line scrape: "By Jane Doe NEW DELHI: The ...").
_MAX_LINE = 260
# Only the head and the tail of a huge line are looked at.
_HEAD = 400
_TAIL = 700
# Lowercase words a byline's name list may end with: "By AP and TOI staff".
_STAFF = r"(?:staff|team|desk|bureau|wires?)"


class _Patterns(NamedTuple):
    """The compiled patterns for one vocabulary."""

    prefix: LazyPattern
    names: LazyPattern
    name_sep: LazyPattern
    glued_role: LazyPattern
    role: LazyPattern
    agency_line: LazyPattern
    credit_start: LazyPattern
    credit_tail: LazyPattern
    token: LazyPattern
    by_after_date: LazyPattern
    # "by" and a language's short prefixes ("par", "von"): a cheap look before ``by_after_date``.
    by_words: tuple[str, ...]
    agencies: frozenset[str]
    agency_names: frozenset[str]
    not_name: frozenset[str]
    # Cheap exact pre-checks: the ASCII characters a match of ``prefix``, ``credit_start`` and
    # ``agency_line`` can start with (any non-ASCII or blank character may also start one; see
    # :func:`_may_start`), and the longest text ``agency_line`` can match in full.
    prefix_firsts: frozenset[str]
    credit_firsts: frozenset[str]
    # Lower-cased openings a fused credit can start with (after "(" or a dash, also checked):
    # positions that open with none of them are not handed to ``credit_tail``.
    credit_heads: tuple[str, ...]
    agency_firsts: frozenset[str]
    agency_line_max: int
    # Lower-cased prefixes and credit labels: what the candidate-line gate looks for.
    prefix_words: tuple[str, ...]
    credit_words: tuple[str, ...]
    # The lower-cased words of the roles: a short line holding none is no role line.
    role_words: frozenset[str]
    agency_words: frozenset[str]
    # Roles from a language's tables (not the English defaults, which hold words such as
    # "Team" that open headlines): one may stand before an outlet with no separator.
    table_roles: frozenset[str]


_BY_FINDS = ("by", "By", "BY")


def _has_by_word(text: str, pos: int, end: int, words: tuple[str, ...]) -> bool:
    """Whether ``text[pos:end]`` holds one of ``words`` (``"by"``, ``" par "``): a cheap look."""
    if words is _BY_FINDS:  # English: three finds, no loop
        return (
            text.find("by", pos, end) >= 0 or text.find("By", pos, end) >= 0 or text.find("BY", pos, end) >= 0
        )
    return any(text.find(word, pos, end) >= 0 for word in words)


def _may_start(char: str, firsts: frozenset[str]) -> bool:
    """Return whether a match may start with ``char`` (a listed ASCII, a non-ASCII or a blank)."""
    return char in firsts or not char.isascii() or char.isspace()


def _firsts(words: tuple[str, ...], extra: str = "", *, any_case: bool = False) -> frozenset[str]:
    firsts = {w[0] for w in words if w} | set(extra)
    if any_case:
        firsts |= {c.lower() for c in firsts} | {c.upper() for c in firsts}
    return frozenset(firsts)


@functools.lru_cache(maxsize=32)
def _patterns(
    prefixes: tuple[str, ...],
    agencies: tuple[str, ...],
    roles: tuple[str, ...],
    credit_labels: tuple[str, ...],
    not_name_words: tuple[str, ...],
) -> _Patterns:
    # Word lists go in as regex named lists (\L<name>): one set lookup instead of a long
    # alternation repeated in every token.
    agency_list = sorted(set(agencies))
    role_list = sorted(set(roles))
    not_name = sorted({w.lower() for w in not_name_words})
    months = sorted(MONTHS)

    def c(source: str, flags: int = 0) -> LazyPattern:
        # Compiled on first use: many documents never reach most of these patterns.
        return LazyPattern(
            source,
            flags,
            ignore_unused=True,
            agencies=agency_list,
            roles=role_list,
            not_name=not_name,
            months=months,
        )

    tok = NAME_TOKEN
    agency_alt = r"\L<agencies>"
    role_alt = r"\L<roles>"
    # One credited name: an agency ("AP", "TOI staff") or 1-5 name tokens, maybe "staff".
    not_role = rf"(?!(?i:{role_alt})(?![\p{{L}}]))"
    name = (
        rf"(?:(?:{agency_alt})(?![\p{{L}}\d])(?:{_B}{{1,2}}(?i:{_STAFF})(?![\p{{L}}]))?"
        rf"|(?&rtok)(?:{_B}{{1,2}}(?&rtok)){{0,4}}(?:{_B}{{1,2}}(?i:{_STAFF})(?![\p{{L}}]))?)"
    )
    sep = (
        rf"(?:{_B}{{0,2}},{_B}{{0,2}}(?:(?:and|&){_B}{{1,2}})?"
        rf"|{_B}{{1,2}}(?:and|And|AND|&|und|et|y|e|og|en|i){_B}{{1,2}})"
    )
    # "by" and the one-word prefixes of other languages ("par", "von"): what may stand between
    # a date and a name ("5:45 AM PST 11/19/2019 by X", "Publié le 3 mars 2024 par X")
    # (English keeps "by" alone: its other short prefixes are the other languages' words, looked
    # for only when the document is in one of them)
    short_prefixes = (
        {p for p in prefixes if p.isalpha() and len(p) <= 4} if tuple(prefixes) != BYLINE_PREFIXES else set()
    )
    by_words = tuple(sorted({"by", "By", "BY"} | short_prefixes, key=len, reverse=True))
    # the cheap look: "by" anywhere (as before), another language's word only between blanks
    # ("di" and "por" are inside many words)
    extra = tuple(f" {w} " for w in sorted(short_prefixes - {"by", "By", "BY"}))
    by_finds = (*_BY_FINDS, *extra) if extra else _BY_FINDS
    credit_label_alt = alternation(credit_labels)
    agency_keys = {a.lower() for a in agencies}
    # A label that names its agency (at its end, or as a word: "एजेंसी इनपुट के साथ") is whole.
    complete_labels = [
        w
        for w in credit_labels
        if any(w.lower() == a or w.lower().endswith(" " + a) for a in agency_keys)
        or (not w.isascii() and not agency_keys.isdisjoint(w.lower().split()))
    ]
    complete_alt = alternation(complete_labels) if complete_labels else "(?!)"
    agency_inputs = (
        rf"\(?{_B}{{0,2}}(?i:with){_B}{{1,2}}(?:"
        rf"(?i:inputs?|input){_B}{{1,2}}(?i:from){_B}{{1,2}}(?:(?i:agencies|agency|wires?)|\p{{Lu}}[^()\n]{{0,60}}?)"
        rf"|(?i:agency|wire|agencies|(?:{agency_alt})){_B}{{1,2}}(?i:inputs?))"
        rf"{_B}{{0,2}}\)?"
    )
    credit_start = (
        rf"(?:{DASH}{{1,2}}{_B}{{0,2}})?"  # "--With assistance from ...", "- With inputs from ANI"
        rf"(?:{agency_inputs}"
        rf"|\(?{_B}{{0,2}}(?:{credit_label_alt}|(?i:reporting|additional{_B}reporting|writing|editing)"
        rf"{_B}{{1,2}}(?:by|from))(?:{_B}{{0,2}}:)?{_B}{{0,3}}(?=[\p{{Lu}}\p{{Lo}}@]|www|https?:|(?i:{agency_alt})(?![\p{{L}}]))[^\n]{{1,400}}"
        # a label that names its agency stands alone: "Avec AFP", "Com agências"
        rf"|\(?{_B}{{0,2}}(?:{complete_alt}){_B}{{0,2}}\)?"
        rf"|\(?{_B}{{0,2}}(?i:inputs?{_B}{{1,2}}from){_B}{{1,2}}(?:(?i:agencies|agency)|\p{{Lu}}[^()\n]{{0,60}}?)\)?)"
    )
    return _Patterns(
        prefix=c(
            rf"(?:(?<![\p{{L}}])(?:{alternation(prefixes)})(?:{_B}{{0,2}}:)?{_B}{{1,3}}|(?:Author|Authors|By){_B}{{0,2}}:{_B}{{0,3}})"
        ),
        # The name and its token are defined once and called ((?&nm), (?&tok)): copied, the
        # token's word lists were compiled four times, most of this pattern's first-use cost.
        names=c(
            rf"(?(DEFINE)(?P<tok>{tok})(?P<rtok>{not_role}(?&tok))(?P<nm>{name}))"
            rf"(?P<names>(?&nm)(?:{sep}(?&nm)){{0,7}})"
        ),
        name_sep=c(sep),
        glued_role=c(rf"(?<=\p{{Ll}})(?:{role_alt})(?![\p{{Ll}}])"),
        role=c(rf"{_B}{{0,2}}[,|/–—-]?{_B}{{0,2}}(?P<role>(?i:{role_alt}))(?![\p{{L}}])"),
        agency_line=c(
            # desk initials may stand before or after the agency, slashed: "fmi/dpa", "dpa/abc"
            rf"{DASH}{{0,2}}{_B}{{0,2}}\(?(?:\p{{L}}{{2,5}}/){{0,2}}(?P<agency>(?i:{agency_alt}))"
            rf"(?:/\p{{L}}{{1,12}}){{0,3}}\)?(?![\p{{L}}\d])(?:(?<=\))\.)?"  # "(ANSA)."
            rf"(?:(?:{_B}{{0,2}}(?:,|and|&|/){_B}{{0,2}}(?:{agency_alt}))(?![\p{{L}}\d])){{0,3}}"
        ),
        credit_start=c(rf"(?:{credit_start})[.\s\u00a0]{{0,3}}"),
        credit_tail=c(
            rf"""
            (?(DEFINE)(?P<cs>{credit_start}))
            (?:(?<=[.!?"”’)\]]{_B}{{0,3}})|(?<=[.!?"”’)\]]))
            (?P<credit>
                (?&cs)
              | (?<=[.!?"”’]{_B}{{1,3}})\p{{Lu}}[^.!?\n]{{2,300}}?(?:contributed|contributes)
                {_B}{{1,2}}(?:to{_B}{{1,2}}this{_B}{{1,2}}(?:report|story|article)|reporting)(?![\p{{L}}'’])
                (?:{_B}{{1,2}}(?:from|in){_B}{{1,2}}\p{{Lu}}[^.!?\n]{{0,80}})?
              | {DASH}{{1,2}}{_B}{{0,2}}(?P<trailer>{agency_alt})(?![\p{{L}}\d])
              # "(dpa/abc)", "(ANSA)." closing the story's last paragraph
              | \((?P<trailer>{agency_alt})(?:/[\p{{L}}\p{{M}}]{{1,12}}){{0,3}}\)
              | {DASH}{{1,2}}{_B}{{0,2}}(?&cs)
            )
            [.\s\u00a0]{{0,3}}$
            """,
            regex.VERBOSE,
        ),
        token=c(tok),
        by_after_date=c(rf"{_B}{{1,3}}(?:{'|'.join(map(regex.escape, by_words))}){_B}{{1,3}}"),
        by_words=by_finds,
        agencies=frozenset(a.lower() for a in agencies),
        agency_names=frozenset(agencies),
        not_name=frozenset(not_name),
        prefix_firsts=_firsts(prefixes, "AB"),
        credit_firsts=_firsts(credit_labels, "(wraeiWRAEI-—–―‒â"),
        credit_heads=tuple(
            sorted({w.lower().split()[0] for w in credit_labels if w.strip()} | set(_CREDIT_WORDS))
        ),
        # any letter: desk initials may come first ("fmi/dpa")
        agency_firsts=_firsts(agencies, "(â-—–―‒" + string.ascii_letters, any_case=True),
        # DASH{0,2} (6), blanks (2), "(" agency ")" (L + 2), then 3 x (blanks, "and", blanks, agency),
        # and up to five slashed desk initials (two before, three after: 6 + 3 x 13)
        agency_line_max=31 + 4 * max((len(a) for a in agencies), default=0) + 8 + 12 + 39,
        prefix_words=tuple(sorted({w.lower().rstrip(": ") for w in (*prefixes, "author", "by")} - {""})),
        credit_words=tuple(sorted({w.lower().rstrip(": ") for w in credit_labels} - {""})),
        role_words=frozenset(w.lower() for r in roles for w in r.split()),
        agency_words=frozenset(w.lower() for a in agencies for w in a.split()),
        table_roles=frozenset(r.lower() for r in roles if r not in ROLES),
    )


_SENTENCE_WORDS = LazyPattern(
    r"\b\p{Ll}{2,}[\s\u00a0]+\p{Ll}{2,}[\s\u00a0]+\p{Ll}{2,}[\s\u00a0]+\p{Ll}{2,}\b"
)
_CONTRIBUTED = LazyPattern(
    r"(?i)\bcontribut(?:ed|es)\s{1,2}(?:to\s{1,2}this\s{1,2}(?:report|story|article)|reporting)\b"
)
_CONTRIBUTED_END = LazyPattern(
    r"(?i)contribut(?:ed|es)\s{1,2}(?:to\s{1,2}this\s{1,2}(?:report|story|article)|reporting)(?![\p{L}'’])"
    r"(?:\s{1,2}(?:from|in)\s{1,2}\p{Lu}[^.!?]{0,80})?[.]?[\s\u00a0]*$"
)
_LEAD = LazyPattern(r"[\s\u00a0\ufeff*•·>]*+")
_LEAD_CHARS = "\u00a0\ufeff*•·>"  # with the blanks (str.isspace), what _LEAD skips
_PLACE_AFTER = LazyPattern(
    r"(?:\bin|(?<=reporting[\s\u00a0]{1,2})from)[\s\u00a0]{1,2}\p{Lu}[\p{L}\p{M}.'’\-]{0,30}(?:[\s\u00a0]\p{Lu}[\p{L}\p{M}.'’\-]{0,30}){0,3}"
)
_CAPS_TAIL = LazyPattern(
    # a place or an outlet, also in a script without case ("पीटीआई, नई दिल्ली")
    rf"{_B}{{0,2}}[,|/–—-]{_B}{{0,2}}(?:[\p{{Lu}}\p{{Lo}}\d][\p{{L}}\p{{M}}\d.'’&-]{{0,30}}[\s\u00a0,|/]{{0,3}}){{1,8}}$"
)
# A role alone on the line under a bare name: "Transport correspondent", "Senior Reporter".
_ROLE_LINE = LazyPattern(
    r"(?:\p{Lu}[\p{Ll}\p{M}]{1,20}[\s\u00a0]){0,2}(?i:correspondent|reporter|editor|writer|columnist|journalist|contributor)"
)
_HAS_DIGIT = LazyPattern(r"\d")
_PAREN_OUTLET = LazyPattern(r"\([^()\n]{1,40}\)[\s\u00a0.]{0,2}")
_HANDLES = LazyPattern(r"(?:[|·•]?[\s\u00a0]{0,2}@[\w.]{1,30}[\s\u00a0]{0,2}){1,3}")
_BY_CREDIT = LazyPattern(
    r"\(?[\s\u00a0]{0,2}(?i:reporting|additional|writing|editing|compiled|graphics|research|reported)"
)
# Every fused credit has one of these (lower-cased substrings; a quick look first).
_CREDIT_HINTS = (
    "input", "reporting by", "reporting from", "editing by", "writing by", "compiled by",
    "graphics by", "research by", "reported by", "contribut", "featured", "image via",
    "image by", "header image", "top image",
)  # fmt: skip
# Every hint holds one of these: a first look that rules out most lines with fewer scans.
_CREDIT_HINT_CORES = ("input", " by", "contribut", "featured", "image", "reporting from")
# What precedes a fused credit (credit_tail's lookbehind), found by a literal scan.
_TAIL_PUNCT = LazyPattern(r"[.!?\"”’)\]]", engine=re)


# Words (lower-cased) that open a fused credit besides the labels: credit_start's "with
# inputs", "inputs from", "reporting by", "additional reporting", "writing by", "editing by".
_CREDIT_WORDS = ("with", "inputs", "input", "reporting", "additional", "writing", "editing")
_CREDIT_OPENERS = frozenset("(-—–―‒â")


def _credit_may_start(
    text: str, at: int, stop: int, window: str, base: int, heads: tuple[str, ...], contrib: bool
) -> bool:
    """Whether ``credit_tail`` can match at ``at``: an exact pre-check, never a false "no".

    The pattern may skip up to two blanks, then opens with "(", a dash, a label or credit
    word (``window`` is the lower-cased text from ``base``), or — for "X contributed to this
    report" — a capital letter.
    """
    p = at
    while p < stop and p - at < 3 and text[p] in " \u00a0\t":
        p += 1
    if p >= stop:
        return True
    c = text[p]
    if c in _CREDIT_OPENERS or (contrib and c.isupper()):
        return True
    rel = p - base
    if not 0 <= rel < len(window):
        return True
    return window.startswith(heads, rel)


def _may_open_credit(text: str, pos: int, end: int, heads: tuple[str, ...]) -> bool:
    """Whether ``credit_start`` may match all of ``text[pos:end]``: an exact pre-check, never a false "no".

    After dashes, blanks and "(" the pattern needs a label or credit word (``heads``,
    lower-cased). A head with a non-ASCII character (a typographic dash, a letter that
    IGNORECASE may take for an ASCII one) always passes.
    """
    low = text[pos : min(end, pos + 60)]
    if not low.isascii():
        return True
    low = low.lower()
    for i, char in enumerate(low):
        if low.startswith(heads, i):
            return True
        if not (char.isspace() or char in "-("):
            return False
    return True  # only dashes, blanks and "(" in the window: let the pattern decide


def _paren_end(last: str) -> bool:
    """Whether a line ends with ``)`` (before a final full stop): a ``(dpa/abc)`` trailer may."""
    return last.endswith((")", ")."))


# A paragraph this long may close with a fused trailer: "... the ministry said. PTI".
_FUSED_MIN = 80
# What ends a sentence before a fused trailer.
_SENTENCE_END = frozenset('.!?"”’')
# Agency words that are common nouns too: alone after a sentence they are no credit.
_PLAIN_AGENCY_WORDS = frozenset(("agency", "wire", "wires", "agencies", "online", "ap"))
# "... the plan. Source: Daily Ledger": a source credit fused to the end of the paragraph.
_FUSED_SOURCE = LazyPattern(
    r"(?i:source|sources)[\s\u00a0]{0,2}:[\s\u00a0]{1,2}\p{Lu}[\p{L}\p{M}\d.&'’\-]{0,30}"
    r"(?:[\s\u00a0](?:\p{Lu}|of|and|&)[\p{L}\p{M}\d.&'’\-]{0,30}){0,5}[.]?"
)


def _fused_trailer(text: str, pos: int, line_end: int, pats: _Patterns) -> Byline | None:
    """A wire or source credit closing a paragraph after its last sentence, with no bracket or
    dash: ``... the ministry said. PTI``, ``... on Friday. IANS AB CD`` (a feed's desk initials),
    ``... the plan. Source: Daily Ledger``.

    Only the last few words are looked at: the agency must follow sentence-final punctuation
    and a blank, and be a listed agency (a word such as ``Agency`` alone is not one).
    """
    if line_end - pos < _FUSED_MIN:
        return None
    last = text[text.rfind(" ", pos, line_end) + 1 : line_end]
    if not (
        last.lower() in pats.agency_words
        or (len(last) <= 4 and last.isupper())
        or text.find(":", max(pos, line_end - 60), line_end) >= 0
    ):
        return None  # a quick look: the last word is no agency, no desk initials, no "Source:"
    tail = text[line_end - 60 : line_end] if line_end - 60 > pos else text[pos:line_end]
    base = line_end - len(tail)
    colon = tail.rfind(":")
    if colon > 0:
        src = tail.lower().rfind("source", 0, colon)
        if src > 0 and tail[src - 1].isspace() and tail[:src].rstrip()[-1:] in _SENTENCE_END:
            m = _FUSED_SOURCE.fullmatch(text, base + src, line_end)
            if m is not None:
                return Byline(Span.of(text, base + src, line_end), kind="credit")
    words = _words_at(tail)
    n = len(words)
    while n > 2 and n > len(words) - 4 and _desk_initials(words[n - 1][1], pats):
        n -= 1  # desk initials after the agency: "PTI AB CD"
    for size in (3, 2, 1):
        if n - size < 1:
            continue
        agency = " ".join(w for _, w in words[n - size : n])
        key = agency.lower()
        if key not in pats.agencies or key in _PLAIN_AGENCY_WORDS or not agency[:1].isupper():
            continue
        if words[n - size - 1][1][-1] not in _SENTENCE_END:
            return None  # "... according to Reuters": part of the sentence
        start = base + words[n - size][0]
        return Byline(Span.of(text, start, line_end), agency=agency, kind="credit")
    return None


def _words_at(text: str) -> list[tuple[int, str]]:
    """The blank-separated words of ``text`` with their offsets (no pattern to compile)."""
    out: list[tuple[int, str]] = []
    cursor = 0
    for word in text.split():
        cursor = text.index(word, cursor)
        out.append((cursor, word))
        cursor += len(word)
    return out


def _desk_initials(word: str, pats: _Patterns) -> bool:
    """Whether ``word`` is a feed desk's initials (``AB``, ``RG``), not an agency."""
    return len(word) <= 4 and word.isalpha() and word.isupper() and word.lower() not in pats.agencies


def _has_credit_hint(window: str) -> bool:
    return any(c in window for c in _CREDIT_HINT_CORES) and any(h in window for h in _CREDIT_HINTS)


def _tail_starts(text: str, start: int, stop: int) -> Iterator[int]:
    """Yield, in order, the positions in ``[start, stop)`` where ``credit_tail`` may match.

    Its lookbehind needs one of ``.!?"”’)]`` right before, or up to three blanks before; every
    other position fails it, so only these are tried (instead of every position).
    """
    for punct in _TAIL_PUNCT.finditer(text, max(0, start - 4), stop):
        at = punct.end()
        for _ in range(4):
            if at >= stop:
                break
            if at >= start:
                yield at
            if not text[at].isspace():
                break
            at += 1


_ON_AT = LazyPattern(r"(?i)(?:on|at|am|le|el)[\s\u00a0]")
_SENTENCE_BREAK = LazyPattern(r"\p{Ll}{2,}[.!?][\"”’]?[\s\u00a0]+\p{Lu}")
_NO_PERIOD_BEFORE_CONTRIBUTED = LazyPattern(r"[^.]{0,200}contribut")
_AUTHOR_LABEL = LazyPattern(r"(?:Author|Written by|By)[\s\u00a0]{0,2}:[\s\u00a0]{0,2}")
_CREDIT_NAME = LazyPattern(
    r"\p{Lu}[\p{L}\p{M}.'’\-]{0,30}"
    r"(?:[\s\u00a0]{1,2}(?:de|da|van|von|der|al|bin|\p{Lu})[\p{L}\p{M}.'’\-]{0,30}){0,4}"
)
_WORD = LazyPattern(r"\p{L}[\p{L}.\-]{0,40}")
_FOR_OUTLET = LazyPattern(
    r"(?:for|For|FOR|in|In|IN|at|At|AT)[\s\u00a0]{1,2}(?:(?:the|The|THE)[\s\u00a0]{1,2})?"
    r"\p{Lu}[\p{L}\p{M}.&'’\-]{0,30}(?:[\s\u00a0]{1,2}\p{Lu}[\p{L}\p{M}.&'’\-]{0,30}){0,4}[\s\u00a0.]{0,2}"
)
# An outlet-and-place line under a byline: "Hindustan Times, Bhubaneswar".
_OUTLET_PLACE = LazyPattern(
    r"\p{Lu}[\p{L}\p{M}.&'’\-]{0,30}(?:[\s\u00a0]{1,2}\p{Lu}[\p{L}\p{M}.&'’\-]{0,30}){0,4}"
    r"[\s\u00a0]{0,2}[,|][\s\u00a0]{0,2}\p{Lu}[\p{L}\p{M}.&'’\-]{0,30}(?:[\s\u00a0]{1,2}\p{Lu}[\p{L}\p{M}.&'’\-]{0,30}){0,3}[,.]?"
)
# "| Special to The Courier", ", special to the Globe": a contributor's outlet after the names.
_SPECIAL_TO = LazyPattern(
    r"[|·•/,–—-]?[\s\u00a0]{0,2}(?i:special|exclusive)[\s\u00a0]{1,2}(?i:to)[\s\u00a0]{1,2}"
    r"(?:(?i:the)[\s\u00a0]{1,2})?\p{Lu}[\p{L}\p{M}.&'’\-]{0,30}(?:[\s\u00a0]{1,2}\p{Lu}[\p{L}\p{M}.&'’\-]{0,30}){0,4}[\s\u00a0.]{0,2}"
)
# An Indian wire feed's trailer: the agency and the desk staff's initials ("PTI AAM RG").
_FEED_INITIALS = LazyPattern(r"(?P<agency>PTI|IANS|UNI)(?:[\s\u00a0]{1,2}\p{Lu}{2,4}){1,4}")
# "; photos by Ana Duarte" after the names of a prefixed byline ("Story by X; photos by Y").
_PHOTOS_BY = LazyPattern(
    r"(?:[;,|·•/–—-][\s\u00a0]{0,2}|[\s\u00a0]{1,2}(?:and|&)[\s\u00a0]{1,2})"
    r"(?i:photos?|photographs?|photography|pictures|images|illustrations?|video|graphics)"
    r"[\s\u00a0]{1,2}(?i:by)[\s\u00a0]{1,2}\p{Lu}[\p{L}\p{M}.'’\- \u00a0&,]{1,100}"
)
# A timestamp label right after the names of a one-line scrape: "By X Published November 21, ...".
_TS_AFTER_NAMES = LazyPattern(
    r"[\s\u00a0]{1,3}(?:Published|Updated|Posted|PUBLISHED|UPDATED|POSTED)[:\s\u00a0]"
)
_MID_BY = LazyPattern(r"[\s\u00a0](?:By|BY)[\s\u00a0]")
_HEADLINE_BREAK = LazyPattern(r"[.!?:;]\s|[\n\r]")
_AVEC = LazyPattern(r"[\s\u00a0]{0,2}\((?:avec|with|mit|con)\s[^()]{1,120}\)[\s.]{0,2}$")
_LOWER_HANDLE = LazyPattern(rf"(?P<handle>[\p{{Ll}}\d_.]{{2,24}})(?={_B}{{1,2}}(?:on|at|\||-|·){_B})")
_DATE_START = LazyPattern(rf"(?i)(?:\d|(?:{MONTH_ALT})\b|(?:{WEEKDAY_ALT})|updated|published|posted)")


def _all_timestamp_labels() -> str:
    # imported here, not at the top: the language modules import the furniture patterns
    from newsparse.lang import BUILTIN_LANGUAGES, get_language

    labels = {label for code in BUILTIN_LANGUAGES for label, _ in get_language(code).timestamp_labels}
    return (
        rf"(?i)(?:{alternation(labels)})(?![\p{{L}}])[\s\u00a0]{{0,2}}"
        r"(?:(?:on|at|am|le|el|em|il)[\s\u00a0]{1,2})?[:\-–—]?[\s\u00a0]{0,3}"
    )


# The timestamp label of any built-in language before a date: "Publié le", "Veröffentlicht am".
_ANY_TS_LABEL = LazyPattern(_all_timestamp_labels)
_TS_LABEL = LazyPattern(
    r"(?i)(?:(?:first\s)?(?:publish(?:ed)?(?:\sdate|\son)?|(?:last\s)?updated(?:\son)?|posted(?:\son)?|date)[\s:]*)?"
)
_NAME_CLEAN = LazyPattern(
    r"^[\s\u00a0,;:&]+|^\p{L}{1,12}['’]s[\s\u00a0]+|(?<!\b(?:Jr|Sr|\p{Lu}))[\s\u00a0,;:.&]+$|[\s\u00a0,;:&]+$"
)
_CREDIT_NAME_DROP = frozenset(
    [
        "with",
        "inputs",
        "input",
        "from",
        "reporting",
        "additional",
        "writing",
        "editing",
        "compiled",
        "graphics",
        "research",
        "reported",
        "featured",
        "image",
        "via",
        "by",
        "and",
        "the",
        "in",
        "photo",
        "top",
        "header",
        "contributed",
        "to",
        "this",
        "report",
        "agency",
        "agencies",
    ]
)


@functools.cache
def _default_patterns() -> _Patterns:
    return _patterns(BYLINE_PREFIXES, AGENCIES, ROLES, CREDIT_LABELS, NOT_NAME_WORDS)


def _is_name(text: str, pats: _Patterns) -> bool:
    return bool(text) and (text.lower() in pats.agencies or bool(pats.token.match(text)))


def _split_names(names: str, pats: _Patterns) -> tuple[str, ...]:
    out = []
    for part in pats.name_sep.split(names):
        part = _NAME_CLEAN.sub("", part)
        if part:
            out.append(part)
    return tuple(out)


def _agency_of(names: Sequence[str], extra: str, pats: _Patterns) -> str | None:
    for n in names:
        head = n.split()[0] if n.split() else n
        if n.lower() in pats.agencies:
            return n
        if (
            head.lower() in pats.agencies
            and len(n.split()) == 2
            and n.split()[1].lower() in {"staff", "wire"}
        ):
            return head
    for found in _WORD.finditer(extra[:200]):
        word = found.group(0)
        if word in pats.agency_names or (word[:1].isupper() and word.lower() in pats.agencies):
            return word
    return None


def _date_of(tail: str) -> tuple[object, str | None]:
    m = _DATE_START.search(tail)
    if m is None or not (HAS_DATE_SIGNAL.search(tail) or READ_TIME.search(tail)):
        return None, None
    date_text = tail[m.start() :].strip(" \u00a0\t|,;/·•-–—")
    parsed = parse_date(date_text)
    return parsed.date, date_text or None


def _tail_ok(tail: str, pats: _Patterns, prefixed: bool) -> bool:
    """Return whether ``tail`` (what follows the names on the line) may end a byline line."""
    rest = tail.strip(" \u00a0\t")
    if not rest or rest in {",", ".", "|", ":"}:
        return True
    if len(rest) > 200 or _SENTENCE_WORDS.search(rest):
        return False
    if _AVEC.fullmatch(tail) or _SPECIAL_TO.fullmatch(rest):
        return True
    if prefixed and pats.prefix.match(rest.lstrip("|·•/,;–— \u00a0")):  # "Written by X | Edited by Y"
        return True
    if prefixed and _PHOTOS_BY.fullmatch(tail.rstrip(" \u00a0\t.")):  # "Story by X; photos by Y"
        return True
    if rest[0] in "|·•/" or rest[0].isdigit():
        return bool(HAS_DATE_SIGNAL.search(rest) or READ_TIME.search(rest)) or bool(_CAPS_TAIL.match(tail))
    if _ON_AT.match(rest) or _DATE_START.match(rest):
        label = _TS_LABEL.match(rest)  # "Updated November 21, 2024 6:40 pm"
        dm = DATEISH.match(rest, label.end() if label else 0)
        if dm is not None and dm.end() >= len(rest) - 40 and HAS_DATE_SIGNAL.search(rest):
            return True
        return bool(_FOR_OUTLET.fullmatch(rest))  # "at Anfield" (a venue, not a time)
    if _FOR_OUTLET.fullmatch(rest) or _HANDLES.fullmatch(rest):  # "FOR MAILONLINE", "@janeroe"
        return True
    if prefixed and (_PAREN_OUTLET.fullmatch(rest) or (rest[0] == "," and len(rest) <= 60)):
        return True  # "By Jane Roe (CNN)", "By Jane Roe, special to the Globe"
    if rest[0] in ",–—-" or (rest[0] == "-" and len(rest) > 1):
        return bool(_CAPS_TAIL.match(tail)) or bool(HAS_DATE_SIGNAL.search(rest))
    return False


def _prefixed_after(tail: str, pats: _Patterns) -> bool:
    """Whether ``tail`` is a second, prefixed byline after separators: ``PTI | | Posted by X``."""
    rest = tail.lstrip("|·•/,;–— \u00a0\t")
    if len(rest) == len(tail.lstrip(" \u00a0\t")) or not rest:
        return False  # no separator between the agency and the prefix
    prefix = pats.prefix.match(rest)
    return prefix is not None and pats.names.fullmatch(rest.rstrip(" \u00a0\t."), prefix.end()) is not None


@attrs.frozen(slots=True)
class BylineRule:
    """Find bylines (author lines) and credit lines.

    The fields are the rule's vocabulary; extend one by passing a longer tuple, e.g.
    ``BylineRule(agencies=BylineRule().agencies + ("NTB",))``.
    """

    name: str = "bylines"
    """The rule's name in a :class:`~newsparse.Parser`."""
    prefixes: tuple[str, ...] = BYLINE_PREFIXES
    """Words that open a byline (``By``, ``Written by``, ``Par``, ``von``)."""
    agencies: tuple[str, ...] = AGENCIES
    """News agencies and desks that may stand as the author (``PTI``, ``Reuters``, ``Agencies``)."""
    roles: tuple[str, ...] = ROLES
    """Job titles after (or glued onto) a name (``Staff Writer``, ``Correspondent``)."""
    credit_labels: tuple[str, ...] = CREDIT_LABELS
    """Labels that open a credit line (``Reporting by``, ``Featured image via``)."""
    not_name_words: tuple[str, ...] = NOT_NAME_WORDS
    """Lower-cased words that are never part of a name (``the``, ``end``, ``tuesday``)."""
    not_person_words: tuple[str, ...] = NOT_PERSON_WORDS
    """Words that rule out a bare name line under the headline (``Getty``, ``Politics``, ``Hong``)."""

    def _pats(self, tables: LanguageTables | None = None) -> _Patterns:
        """The patterns for the rule's vocabulary, with the words of ``tables`` added.

        For English (and ``"und"``) the tables are the rule's defaults, so every field comes
        back as the same tuple and the default patterns serve.
        """
        prefixes, agencies, roles = self.prefixes, self.agencies, self.roles
        credit_labels, not_name = self.credit_labels, self.not_name_words
        if tables is not None:
            prefixes = extend_vocabulary(prefixes, tables.byline_prefixes)
            agencies = extend_vocabulary(agencies, tables.agencies)
            roles = extend_vocabulary(roles, tables.byline_roles)
            credit_labels = extend_vocabulary(credit_labels, tables.credit_labels)
            not_name = extend_vocabulary(not_name, tables.byline_stopwords)
        if (
            prefixes is BYLINE_PREFIXES
            and agencies is AGENCIES
            and roles is ROLES
            and credit_labels is CREDIT_LABELS
            and not_name is NOT_NAME_WORDS
        ):
            return _default_patterns()  # no hashing of the five vocabularies per document
        return _patterns(
            tuple(prefixes), tuple(agencies), tuple(roles), tuple(credit_labels), tuple(not_name)
        )

    def __call__(self, document: Document) -> Iterator[Byline | Boilerplate]:
        """Yield the bylines and credit lines of ``document``, in text order.

        A writer's bio (``Jane Roe is a reporter covering ...``, ``About the author``) is
        not a byline but page furniture around the story: it comes as a
        :class:`~newsparse.Boilerplate` item (kind ``"other"``), as the annotation
        conventions count it among the footers.

        Only the candidate lines of :func:`_gate` are looked at (bounded per document, see
        :func:`_bounded`); what a line's look needs from the lines around it (is the body
        under way, is the line above a paragraph, was it a byline) is worked out from the
        line table on demand, so skipped lines cost nothing.
        """
        pats = self._pats(document.tables)
        text = document.text
        index_ = document.index
        lines = _Lines(document)
        starts, ends = document.line_starts, document.line_ends
        line_claims = document.line_claims
        nonblank = index_.nonblank
        if not nonblank:
            return
        chosen = _candidates(document, pats)
        body_from = _body_start(document)  # body_seen holds for the lines after this one
        # The headline rule runs later: a first line of headline length with no final full stop
        # stands for it. Under it (or under it and a dek), a bare name line may be the byline.
        headline_like = False
        by_alone_seen = 0  # lines holding only "By" so far (they do not count as ordinals)
        last_index = -1  # the last candidate looked at, and what it gave
        last_byline = False
        last_by_alone: int | None = None
        barren: set[tuple[str, bool]] = set()  # lines (with context) that yielded nothing
        for index in chosen:
            position = bisect.bisect_left(nonblank, index)
            above = nonblank[position - 1] if position else -1
            adjacent = above == last_index and above >= 0
            follows = adjacent and last_byline
            by_above = last_by_alone if adjacent else None
            last_index, last_byline, last_by_alone = index, False, None
            if position == 0:
                first = text[starts[index] : ends[index]].strip()
                headline_like = 10 <= len(first) <= 160 and first[-1] not in ".:;,"
            if line_claims[index] == WHOLLY:
                continue
            body_seen = index > body_from
            ordinal = position - by_alone_seen
            # Whether a paragraph stands right above: looked up only where a look needs it.
            prose_above: bool | None = None
            if ordinal and index > 3 and not follows and by_above is None and not line_claims[index]:
                lone = index > 10 and not (prose_above := _prose_above(document, position))
                quick = _quick_line(self, document, starts[index], ends[index], pats, body_seen, lone)
                if quick is not None:
                    # Nothing but a writer line (bio, contact) can start on this line.
                    if quick:
                        yield _as_item(quick[0])
                        last_byline = quick[0].kind == "byline" and quick[0].span.start <= starts[index] + 3
                    continue
            # A line seen before with the same text, the same characters before it and the same
            # state found nothing then and finds nothing now: every look stays within the line
            # and the few characters before it (lookbehinds), so a page of repeated lines
            # costs one look per distinct line.
            key: tuple[str, bool] | None = None
            if (
                index > 15
                and not (follows or line_claims[index])
                and not (
                    prose_above
                    if prose_above is not None
                    else (prose_above := _prose_above(document, position))
                )
                and by_above is None
                and ends[index] - starts[index] <= _MEMO_LINE
            ):
                key = (text[starts[index] - _MEMO_BEFORE : ends[index]], body_seen)
                if key in barren:
                    continue
            line = document.line_span(index)
            if (
                index <= 15
                and not body_seen
                and line.end - line.start <= 12
                and line.text.strip() in _BY_ALONE
            ):
                last_by_alone = line.start + line.text.index(line.text.strip())
                by_alone_seen += 1
                continue
            under_headline = headline_like and 1 <= ordinal <= 2 and not body_seen
            produced = False
            for rng in line_segments(document, line):
                if not rng.text.strip():
                    continue
                found = list(
                    self._in_segment(text, rng.start, rng.end, pats, body_seen, lines, index, under_headline)
                )
                if not found and follows and not body_seen:
                    found = self._outlet_line(text, rng.start, rng.end, pats)
                if by_above is not None:
                    found = self._under_by_alone(text, rng.start, rng.end, pats, by_above, found)
                    by_above = None
                if not found and rng.end - rng.start <= 60 and prose_above is None:
                    prose_above = _prose_above(document, position)
                if not found and prose_above and rng.end - rng.start <= 60:
                    found = self._name_under_story(text, rng.start, rng.end, pats, lines, index)
                yield from map(_as_item, found)
                produced = produced or bool(found)
                last_byline = any(b.kind == "byline" and b.span.start <= line.start + 3 for b in found)
            if key is not None and not produced:
                barren.add(key)

    def _in_segment(
        self,
        text: str,
        start: int,
        end: int,
        pats: _Patterns,
        body_seen: bool,
        lines: _Lines,
        index: int,
        under_headline: bool = False,
    ) -> Iterator[Byline]:
        first = text[start]
        if first.isspace() or first in _LEAD_CHARS:
            lead = _LEAD.match(text, start, min(end, start + 40))
            pos = lead.end() if lead else start
        else:
            pos = start  # nothing for _LEAD to skip
        if text.startswith("|", pos):
            # A row of a scraped table ("| Jane Roe / Mumbai September 29, 2020 |"): its cell.
            pos, end = _table_cell(text, pos, end)
        head_end = min(end, pos + _HEAD)
        byline = self._byline_at(text, pos, end, head_end, pats, body_seen)
        if byline is None and index <= 3 and not body_seen and end - pos > 60:
            byline = self._after_headline(text, pos, end, head_end, pats)
        if byline is None and end - pos <= 80:
            byline = self._name_then_timestamp(text, pos, end, pats, lines, index, under_headline)
        if byline is None and under_headline and end - pos <= _MAX_NAME_LINE:
            byline = self._name_with_tail(text, pos, _rstrip(text, pos, end), pats)
        if byline is None and index > 0 and end - pos <= (_MAX_LINE if not body_seen else _ROLE_LINE_MAX):
            byline = _role_line(text, pos, _rstrip(text, pos, end), pats, body_seen)
        if byline is None and index > 0 and not body_seen and end - pos <= _DESK_LINE_MAX:
            byline = _desk_line(text, pos, _rstrip(text, pos, end), pats)
        if byline is not None:
            yield byline
            if byline.span.end >= _rstrip(text, start, end):
                return
        # A credit at the start of the line, or fused to its end.
        credit = self._credit(text, pos, end, pats, body_seen)
        if credit is not None and (byline is None or credit.span.start >= byline.span.end):
            yield credit
        elif byline is None and credit is None:
            # No "By" and no credit label: a bio, contact, source or signature line.
            line_end = _rstrip(text, pos, end)
            found = writer_line(text, pos, line_end, body_seen=body_seen, not_name=pats.not_name)
            if found is not None:
                yield found

    # -- author lines -------------------------------------------------------------------

    def _byline_at(
        self, text: str, pos: int, end: int, head_end: int, pats: _Patterns, body_seen: bool
    ) -> Byline | None:
        line_end = _rstrip(text, pos, end)
        short = line_end - pos <= _MAX_LINE
        prefix = (
            pats.prefix.match(text, pos, head_end)
            if pos < head_end and _may_start(text[pos], pats.prefix_firsts)
            else None
        )
        if prefix is None:
            if not short:
                return None  # without "By", only a short line can be a byline
            sentence = _SENTENCE_WORDS.search(text, pos, line_end) is not None
            if (
                # another language's "by" word ("di", "da") is in most lines of its prose: a
                # stamp has no run of four small words, so prose is ruled out first
                (pats.by_words is _BY_FINDS or not sentence)
                and (
                    _has_by_word(text, pos, line_end, pats.by_words)
                    or text.find("Author", pos, line_end) >= 0
                )
                and _HAS_DIGIT.search(text, pos, line_end)
            ):
                # "5:45 AM PST 11/19/2019 by Patrick Shanley", "Publish Date: ... Author: X"
                found = self._date_then_name(text, pos, line_end, pats)
                if found is not None:
                    return found
            if sentence or (line_end - pos > 120 and text.find("|", pos, line_end) < 0):
                return None  # prose, or a long line with no byline separator
        names_start = prefix.end() if prefix else pos
        glued = pats.glued_role.search(text, names_start, min(head_end, names_start + 120))
        names_end_limit = glued.start() if glued else head_end
        m = pats.names.match(text, names_start, names_end_limit)
        role_only = pats.role.fullmatch(text, names_start, line_end) if short else None
        if role_only is not None and (prefix is not None or not body_seen):
            # "By Staff Reporter", "Special Correspondent" (a desk byline without a name)
            return Byline(Span.of(text, pos, line_end), role=role_only.group("role"))
        if m is None:
            if prefix is not None and short:
                handle = _LOWER_HANDLE.match(text, names_start, head_end)  # "by oz on December 4, 2006"
                if handle and _tail_ok(text[handle.end() : line_end], pats, True):
                    date, date_text = _date_of(text[handle.end() : line_end])
                    if date_text:
                        return Byline(
                            Span.of(text, pos, line_end),
                            names=(handle.group("handle"),),
                            date=date,  # type: ignore[arg-type]
                            date_text=date_text,
                        )
            return None
        names_text = m.group("names")
        n_end = m.end()
        # A dateline right after the name ends the byline: "By Shirish B Pradhan Kathmandu, Oct 17 (PTI)".
        # (Not when the whole short line already reads as a byline: "By Jane Roe (CNN)".)
        whole_ok = short and glued is None and _tail_ok(text[n_end:line_end], pats, True)
        cut = (
            self._dateline_cut(text, m.start(), n_end, end, pats)
            if prefix is not None and not whole_ok
            else None
        )
        if cut is not None:
            n_end = _rstrip(text, m.start(), cut)
            names_text = text[m.start() : n_end]
            line_end = n_end
            short = True
        names = _split_names(names_text, pats)
        if prefix is None and names and names[0].lower() in pats.agencies and len(names) > 1:
            # "PTI, Washington," : the agency is the author, the rest is a place.
            names = names[:1]
            n_end = m.start() + len(names[0])
        if not names or not all(_is_name(n, pats) for n in names):
            return None
        role: str | None = None
        tail_start = n_end
        if glued is not None and glued.start() == n_end:
            role = glued.group(0)
            tail_start = glued.end()
        else:
            rm = pats.role.match(text, n_end, line_end)
            if rm is not None:
                role = rm.group("role")
                tail_start = rm.end()
        tail = text[tail_start:line_end]
        if role is not None and _PLACE_AFTER_ROLE.fullmatch(tail):
            tail = ""  # "Jeanne Dupont, envoyée spéciale à Kiev": where the writer files from
        is_agency = all(n.lower() in pats.agencies or n.split()[0].lower() in pats.agencies for n in names)
        if prefix is None:
            # No "By": the line must say it is a byline some other way.
            if not short:
                return None
            person_then_agency = (
                len(names) >= 2
                and names[-1].lower() in pats.agencies
                and names[0].lower() not in pats.agencies
            )
            if is_agency or person_then_agency:  # "PTI", "Jane Roe, Reuters"
                if not (_tail_ok(tail, pats, False) or _prefixed_after(tail, pats)):
                    return None
            elif (
                role is None
                # "Jane Roe | Nov 21, 2025", "राजेश कुमार / मुंबई September 29, 2020"
                and not (tail.lstrip().startswith(("|", "/")) and HAS_DATE_SIGNAL.search(tail))
                and not _AVEC.fullmatch(tail)
            ):
                return None
            if not (_tail_ok(tail, pats, False) or (is_agency and _prefixed_after(tail, pats))):
                return None
        elif not (short and _tail_ok(tail, pats, True)):
            # A long line may still open with a byline: "By Jane Doe NEW DELHI: ..." was handled
            # above; "By Jane Doe The government said ..." (one-line scrape) ends at the names.
            after = text[tail_start : tail_start + 3].lstrip(" \u00a0")
            if (
                (short and not _TS_AFTER_NAMES.match(tail))
                or not after
                or not after[0].isupper()
                or not prefix.group(0).strip().startswith(("By", "BY"))
            ):
                return None
            line_end = tail_start
            tail = ""
        date, date_text = _date_of(tail)
        kind = "byline"
        if prefix is None and is_agency and body_seen and role is None and not date_text:
            kind = "credit"  # "Associated Press" alone under the story
        return Byline(
            Span.of(text, pos, _rstrip(text, pos, line_end)),
            names=names,
            role=role
            or (prefix.group(0).strip(" \u00a0:") if prefix and _is_role_prefix(prefix.group(0)) else None),
            agency=_agency_of(names, tail, pats),
            date=date,  # type: ignore[arg-type]
            date_text=date_text,
            kind=kind,
        )

    def _after_headline(self, text: str, pos: int, end: int, head_end: int, pats: _Patterns) -> Byline | None:
        """A byline after the headline in a one-line scrape: ``Port strike ends By X Published ...``.

        Only when a timestamp label or a dateline follows the names, and the headline before
        "By" has no sentence end.
        """
        for hit in _MID_BY.finditer(text, pos + 10, min(end, pos + 200)):
            at = hit.start() + 1
            if _HEADLINE_BREAK.search(text, pos, at):
                return None
            byline = self._byline_at(text, at, end, head_end, pats, False)
            if byline is None or byline.span.end >= end:
                continue
            after = byline.span.end
            if _TS_AFTER_NAMES.match(text, after, end) or (
                match_dateline(text, _skip_blanks(text, after, end), agencies=self.agencies, endpos=end)
                is not None
            ):
                return byline
        return None

    def _dateline_cut(self, text: str, start: int, n_end: int, end: int, pats: _Patterns) -> int | None:
        """Where a dateline starts inside the matched names, if one does."""
        tokens = list(pats.token.finditer(text, start, n_end))
        if len(tokens) < 2:
            return None
        for i in (2, 3, 1, 4, 5):
            if i >= len(tokens):
                continue
            before = tokens[i - 1].group(0)
            if len(before.rstrip(".")) == 1:
                continue  # a name never ends on an initial: "Shirish B | Pradhan"
            at = tokens[i].start()
            if match_dateline(text, at, agencies=self.agencies, endpos=end) is not None:
                return at
        return None

    def _date_then_name(self, text: str, pos: int, line_end: int, pats: _Patterns) -> Byline | None:
        by = pats.by_after_date.search(text, pos, line_end)
        author = _AUTHOR_LABEL.search(text, pos, line_end)
        cut = None
        if by is not None:
            cut = (by.start(), by.end())
        elif author is not None and author.start() > pos:
            cut = (author.start(), author.end())
        if cut is None:
            return None
        before = text[pos : cut[0]]
        # The anchored DATEISH check first: it rules prose out sooner than the two searches.
        label = _TS_LABEL.match(before)
        dm = DATEISH.match(before, label.end() if label else 0)
        if (dm is None or len(before) - dm.end() > 3) and (label := _ANY_TS_LABEL.match(before)):
            dm = DATEISH.match(before, label.end())  # "Publié le 3 mars 2024 à 10h20 par X"
        if dm is None or len(before) - dm.end() > 3:
            return None
        if not HAS_DATE_SIGNAL.search(before) or not _DATE_START.search(before):
            return None
        m = pats.names.fullmatch(text, cut[1], line_end)
        if m is None:
            return None
        names = _split_names(m.group("names"), pats)
        date_text = before[label.end() if label else 0 :].strip(" \u00a0|,;")
        return Byline(
            Span.of(text, pos, line_end),
            names=names,
            agency=_agency_of(names, "", pats),
            date=parse_date(date_text).date,
            date_text=date_text,
        )

    def _name_then_timestamp(
        self,
        text: str,
        pos: int,
        end: int,
        pats: _Patterns,
        lines: _Lines,
        index: int,
        under_headline: bool = False,
    ) -> Byline | None:
        """A bare name line (2-4 tokens) in the top lines, right above a timestamp line.

        Also right under the headline and above a body paragraph (2-3 tokens, one or two people).
        """
        if index > 10:
            return None
        line_end = _rstrip(text, pos, end)
        m = pats.names.fullmatch(text, pos, line_end)
        if m is None:
            return None
        names = _split_names(m.group("names"), pats)
        if not names or any(
            len(n.split()) < 2 or len(n.split()) > 4 for n in names if n.lower() not in pats.agencies
        ):
            return None
        for nxt in lines[index + 1 : index + 3]:
            following = nxt.text.strip()
            if not following:
                continue
            role_line = (
                pats.role.fullmatch(following)
                or _ROLE_LINE.fullmatch(following)
                or _role_line(following, 0, len(following), pats, False)  # "Senior Correspondent, Politics"
            )
            # The line is read in the page's language (no detection on a one-line text).
            stamp_doc = Document.from_text(following, language=lines.document.language)
            if role_line or any(True for _ in TimestampRule()(stamp_doc)):
                return Byline(Span.of(text, pos, line_end), names=names, agency=_agency_of(names, "", pats))
            if (
                under_headline
                and _bare_names_ok(names, pats, frozenset(w.lower() for w in self.not_person_words))
                and _is_body(following)
            ):
                return Byline(Span.of(text, pos, line_end), names=names)
            return None
        return None

    def _name_with_tail(self, text: str, pos: int, line_end: int, pats: _Patterns) -> Byline | None:
        """A bare name under the headline with what bylines carry after it, and no ``By``.

        ``Jane Roe | The Daily Ledger``, ``Jane Roe for The Ledger``, ``Jane Roe Nov 21, 2025``,
        ``Jane Roe · 3 min read``, ``Jane Roe @janeroe``: one or two people of 2-3 capitalised
        words, then a tail a prefixed byline may end with (an outlet, a date, a handle).
        """
        m = pats.names.match(text, pos, line_end)
        if m is None or m.end() >= line_end:
            return None
        names = _split_names(m.group("names"), pats)
        if not _bare_names_ok(names, pats, self._not_person()):
            return None
        tail = text[m.end() : line_end]
        if not tail[:1].isspace() and tail[:1] not in ",|·•/–—-":
            return None  # the name runs on into a word: not a name line
        if not _tail_ok(tail, pats, True) or _AVEC.fullmatch(tail):
            return None
        rest = tail.strip(" \u00a0\t")
        if rest[:1].isdigit() and not HAS_CALENDAR_DATE.search(rest):
            return None  # "Northbridge Rovers 3-2 Castlegate City": a score, not a date
        date, date_text = _date_of(tail)
        return Byline(
            Span.of(text, pos, line_end),
            names=names,
            agency=_agency_of(names, tail, pats),
            date=date,  # type: ignore[arg-type]
            date_text=date_text,
        )

    def _name_under_story(
        self, text: str, start: int, end: int, pats: _Patterns, lines: _Lines, index: int
    ) -> list[Byline]:
        """A bare author name on its own line right under a paragraph, closing a story.

        Closing means the page ends there or the next line is the next story's headline or a
        footer: a subhead (``Rising Costs``) has its section below it and a topic tag list
        (``Economic Growth``, ``Indian Economy``) more short lines, so neither is taken.
        """
        pos = _skip_blanks(text, start, end)
        line_end = _rstrip(text, pos, end)
        if 2 <= line_end - pos <= 3 and text[pos:line_end].isalpha() and text[pos:line_end].isupper():
            return self._initials_under_story(text, pos, line_end, pats, lines, index)
        m = pats.names.fullmatch(text, pos, line_end)
        if m is None:
            # "Jane Roe, The Daily Ledger", "Jane Roe | Ledger News": the writer and the outlet
            if text.find(",", pos, line_end) < 0 and text.find("|", pos, line_end) < 0:
                return []  # a quick look: no separator for an outlet to stand after
            m = pats.names.match(text, pos, line_end)
            if m is None or _OUTLET_AFTER_NAME.fullmatch(text, m.end(), line_end) is None:
                return []
        names = _split_names(m.group("names"), pats)
        not_person = self._not_person()
        words = [w for n in names for w in n.split()]
        if not _bare_names_ok(names, pats, not_person) or any(w.lower() in pats.not_name for w in words):
            return []
        if not any(c.islower() for c in "".join(words)) and min(len(w) for w in words) < 4:
            return []  # "AAM RG": a wire desk's initials, not a name
        for nxt in lines[index + 1 : index + 4]:
            following = nxt.text.strip()
            if following:
                if _is_body(following) or following[0].islower() or len(following.split()) <= 3:
                    return []  # a paragraph, or a list of topic tags (``Economic Growth``)
                break
        return [Byline(Span.of(text, pos, line_end), names=names)]

    def _initials_under_story(
        self, text: str, pos: int, line_end: int, pats: _Patterns, lines: _Lines, index: int
    ) -> list[Byline]:
        """The writer's initials alone on the line under the story's last paragraph (``DS``).

        Not an agency (found as such elsewhere) nor a caption tag (``AP``, ``PA``), and only
        when no paragraph follows (the story ends there).
        """
        who = text[pos:line_end]
        if who.lower() in pats.agencies or who in _PHOTO_TAGS:
            return []
        for nxt in lines[index + 1 : index + 3]:
            following = nxt.text.strip()
            if following:
                if _is_body(following):
                    return []
                break
        return [Byline(Span.of(text, pos, line_end), names=(who,), kind="credit")]

    def _not_person(self) -> frozenset[str]:
        if self.not_person_words is NOT_PERSON_WORDS:
            return _DEFAULT_NOT_PERSON
        return frozenset(w.lower() for w in self.not_person_words)

    def _under_by_alone(
        self, text: str, start: int, end: int, pats: _Patterns, by_start: int, found: list[Byline]
    ) -> list[Byline]:
        """The name line under a line that holds only ``By``: one byline over both lines."""
        lead = _LEAD.match(text, start, min(end, start + 20))
        pos = lead.end() if lead else start
        if found and found[0].span.start <= pos and found[0].kind == "byline":
            return [attrs.evolve(found[0], span=Span.of(text, by_start, found[0].span.end)), *found[1:]]
        line_end = _rstrip(text, pos, end)
        if found or line_end - pos > 120:
            return found
        m = pats.names.fullmatch(text, pos, line_end)
        if m is None:
            return found
        names = _split_names(m.group("names"), pats)
        if not names or not all(_is_name(n, pats) for n in names):
            return found
        return [Byline(Span.of(text, by_start, line_end), names=names, agency=_agency_of(names, "", pats))]

    def _outlet_line(self, text: str, start: int, end: int, pats: _Patterns) -> list[Byline]:
        """The second line of a two-line byline: ``Hindustan Times, Bhubaneswar``; or handles."""
        lead = _LEAD.match(text, start, min(end, start + 20))
        pos = lead.end() if lead else start
        line_end = _rstrip(text, pos, end)
        if line_end - pos <= 100 and _HANDLES.fullmatch(text, pos, line_end):
            return [Byline(Span.of(text, pos, line_end))]  # "@janeroe" under "By Jane Roe"
        if line_end - pos > 60 or not _OUTLET_PLACE.fullmatch(text, pos, line_end):
            return []
        if match_dateline(text, pos, agencies=self.agencies, body_like=True, endpos=end) is not None:
            return []
        words = text[pos:line_end]
        return [Byline(Span.of(text, pos, line_end), agency=_agency_of((), words, pats))]

    # -- credit lines -------------------------------------------------------------------

    def _credit(self, text: str, pos: int, end: int, pats: _Patterns, body_seen: bool) -> Byline | None:
        line_end = _rstrip(text, pos, end)
        if line_end <= pos:
            return None
        # Whole-line credits.
        first = text[pos]
        if (
            line_end - pos <= 500
            and _may_start(first, pats.credit_firsts)
            and _may_open_credit(text, pos, line_end, pats.credit_heads)
            and pats.credit_start.fullmatch(text, pos, line_end)
            # "D'après les informations de Reuters, le ministre a annoncé ...": a sentence
            and not (line_end - pos > 100 and _is_body(text[pos:line_end]))
        ):
            return self._credit_item(text, pos, line_end, pats)
        window_start = max(pos, line_end - _TAIL)
        window = text[window_start:line_end].lower()  # all of the line when it is <= 400 long
        # _CONTRIBUTED ignores case; the only non-ASCII letter it takes is "İ" (lower: "i\u0307").
        if (
            line_end - pos <= 400
            and ("contribut" in window or "\u0307" in window)
            and _CONTRIBUTED.search(text, pos, line_end)
        ):
            tail = text[pos:line_end]
            # One sentence: no sentence break before "contributed" (initials such as "Jr." and
            # "T. V." are not breaks); a fused credit after a sentence is found below.
            one_sentence = _NO_PERIOD_BEFORE_CONTRIBUTED.match(tail) or not _SENTENCE_BREAK.search(
                tail, 0, tail.lower().find("contribut")
            )
            if _CONTRIBUTED_END.search(tail) and tail[0].isupper() and one_sentence:
                return self._credit_item(text, pos, line_end, pats)
        agency_only = (
            pats.agency_line.fullmatch(text, pos, line_end)
            if line_end - pos <= pats.agency_line_max and _may_start(first, pats.agency_firsts)
            else None
        )
        if agency_only is not None and (body_seen or text[pos] in "—–-("):
            return self._credit_item(text, pos, line_end, pats)
        if body_seen and line_end - pos <= 40:
            feed = _FEED_INITIALS.fullmatch(text, pos, line_end)  # "PTI AAM RG" under the story
            if feed is not None:
                return Byline(Span.of(text, pos, line_end), agency=feed.group("agency"), kind="credit")
        fused = _fused_trailer(text, pos, line_end, pats)
        if fused is not None:
            return fused
        # Credits fused to the end of a paragraph (a cheap look first: most lines have none).
        last = text[max(window_start, line_end - 40) : line_end]
        if not ("—" in last or "–" in last or "-" in last or _paren_end(last) or _has_credit_hint(window)):
            return None
        # credit_tail ends at the end of the line, so it matches at most once: its leftmost match
        # (what a search finds) is the first start it matches at.
        stop = line_end + 3 if line_end + 3 <= end else end
        tail_match = pats.credit_tail.match
        aligned = len(window) == line_end - window_start  # lower() kept every offset
        contrib = "contribut" in window
        for at in _tail_starts(text, window_start, stop):
            heads = pats.credit_heads
            if aligned and not _credit_may_start(text, at, stop, window, window_start, heads, contrib):
                continue
            cm = tail_match(text, at, stop)
            if cm is not None:
                break
        else:
            return None
        c_start = cm.start("credit")
        while c_start < line_end and text[c_start] in " \u00a0\t":
            c_start += 1
        if c_start <= pos:
            return None
        c_end = _rstrip(text, c_start, line_end)
        if text[c_start] == "(" and text.startswith(").", c_end - 2):
            c_end -= 1  # "(ANSA)." : the full stop closes the paragraph, not the tag
        return self._credit_item(text, c_start, c_end, pats)

    def _credit_item(self, text: str, start: int, end: int, pats: _Patterns) -> Byline | None:
        body = text[start:end]
        if _BY_CREDIT.match(body) and _SENTENCE_WORDS.search(body[:600]):
            return None  # "Reporting by Reuters showed that the firm had ..." is a sentence
        names: list[str] = []
        # "Reporting by Sam Ortiz in Lima" and "contributed reporting from Accra": places, not names.
        scan = _PLACE_AFTER.sub(" ", body[:600])
        for nm in _CREDIT_NAME.finditer(scan):
            cand = _NAME_CLEAN.sub("", nm.group(0))
            words = cand.split()
            while words and words[0].lower().strip("'’s") in _CREDIT_NAME_DROP:
                words.pop(0)
            cand = " ".join(words)
            if cand and cand.lower() not in _CREDIT_NAME_DROP and cand not in names:
                names.append(cand)
        return Byline(
            Span.of(text, start, end),
            names=tuple(names),
            agency=_agency_of(names, body, pats),
            kind="credit",
        )


_BODY_LINE_MIN = 80
_PHOTO_TAGS = frozenset(CAPTION_LINES) | frozenset(PHOTO_AGENCIES)
# Lines up to this long are remembered when they yield nothing, with this many characters
# before them (more than any lookbehind of the byline and credit patterns reaches).
_MEMO_LINE = 300
_MEMO_BEFORE = 12
_PROSE_END = frozenset('.!?"”’…)')
_DEFAULT_NOT_PERSON = frozenset(w.lower() for w in NOT_PERSON_WORDS)
# A line that holds only the byline prefix; the name follows on the next line.
_BY_ALONE = frozenset(
    (
        "By", "by", "BY", "By:", "BY:", "Written by", "Written By", "Written by:", "Written By:",
        "Author", "Author:", "Authors", "Authors:", "AUTHOR", "AUTHOR:", "Reported by", "Reported By",
        "Reported by:", "Reported By:", "Byline:", "Par", "Par :", "Par:", "Von", "Por", "Di",
    )
)  # fmt: skip


_ROLE_LINE_MAX = 100
_MAX_NAME_LINE = 120
# "à Kiev", "in Wien", "em Brasília": the place after a name's role.
_PLACE_AFTER_ROLE = LazyPattern(
    r"[\s\u00a0]{1,2}(?:\p{Ll}{1,4}[\s\u00a0]{1,2}){1,2}[\p{Lu}\p{Lo}][\p{L}\p{M}.&'’\-]{0,30}"
    r"(?:[\s\u00a0]{1,2}[\p{Lu}\p{Lo}][\p{L}\p{M}.&'’\-]{0,30}){0,3}\.?"
)
# What follows a role on its own line: an outlet or a place ("Rédaction Le Monde",
# "संवाददाता, नई दिल्ली", "Redakteur in der Wirtschaft."): capitalised or uncased words, small
# lower-case words (prepositions, articles) between them.
_ROLE_TAIL = LazyPattern(
    r"(?P<sep>[\s\u00a0]{0,2}[,|/–—-])?[\s\u00a0]{0,2}"
    r"(?P<small>(?:\p{Ll}{1,4}[\s\u00a0]{1,2}){0,2})"
    r"[\p{Lu}\p{Lo}][\p{L}\p{M}.&'’\-]{0,30}"
    r"(?:[\s\u00a0]{1,2}(?:\p{Ll}{1,4}[\s\u00a0]{1,2}){0,2}[\p{Lu}\p{Lo}][\p{L}\p{M}.&'’\-]{0,30}){0,5}"
    r"[\s\u00a0]{0,2}\.?"
)


def _role_line(text: str, pos: int, line_end: int, pats: _Patterns, body_seen: bool) -> Byline | None:
    """A line led by a role and naming the outlet, the desk or the place, with no name.

    ``Rédaction Le Monde``, ``Redação O Tempo``, ``संवाददाता, नई दिल्ली``, ``न्यूज़ डेस्क, अमर उजाला``,
    ``Redakteur in der Wirtschaft.``. An English default role (``Team``, ``Editor``) needs a
    separator or a preposition before what follows, so ``Team GB Wins Gold`` stays a
    subhead; under the body only the preposition form is taken (an author box).
    """
    first = text[pos : pos + 1]
    if not first.isalpha() or first.islower():
        return None  # a role line opens with a capital (or a letter of a script without case)
    words = text[pos:line_end].split(None, 1)
    if not words or words[0].rstrip(",.:;|/–—-").lower() not in pats.role_words:
        return None  # a set lookup first: most short lines open with no role word
    rm = pats.role.match(text, pos, line_end)
    if rm is None or rm.start("role") != pos:
        return None
    tail = _ROLE_TAIL.fullmatch(text, rm.end(), line_end)
    if tail is None and not body_seen:
        return _role_then_byline(text, pos, line_end, rm, pats)
    if tail is None or line_end - pos > _ROLE_LINE_MAX:
        return None
    small, sep = bool(tail.group("small")), tail.group("sep") is not None
    if body_seen and not small:
        return None
    if not (sep or small or rm.group("role").lower() in pats.table_roles):
        return None
    return Byline(Span.of(text, pos, line_end), role=rm.group("role"))


# The outlet and the place after a desk, each after a separator: ", अमर उजाला, नई दिल्ली".
_OUTLET_PLACES = LazyPattern(
    # possessive: a word is never split between two repeats (Devanagari letters are all \p{Lo})
    r"(?:[\s\u00a0]{0,2}+[,|/–—-]?+[\s\u00a0]{0,2}+[\p{Lu}\p{Lo}][\p{L}\p{M}.&'’\-]{0,30}+){1,6}+[\s\u00a0,|]{0,3}+"
)


def _role_then_byline(
    text: str, pos: int, line_end: int, rm: regex.Match[str], pats: _Patterns
) -> Byline | None:
    """A desk line, then a prefixed byline and its stamp, on one line above the story:
    ``न्यूज डेस्क, अमर उजाला, नई दिल्ली Published by: X Updated Sat, 10 Feb 2024 ...``."""
    prefix = pats.prefix.search(text, rm.end(), min(line_end, rm.end() + 80))
    if prefix is None or prefix.start() == rm.end() or not text[prefix.start() - 1].isspace():
        return None
    head_end = _rstrip(text, rm.end(), prefix.start())
    if head_end > rm.end() and _OUTLET_PLACES.fullmatch(text, rm.end(), head_end) is None:
        return None
    m = pats.names.match(text, prefix.end(), line_end)
    if m is None or not _tail_ok(text[m.end() : line_end], pats, True):
        return None
    names = _split_names(m.group("names"), pats)
    if not names or not all(_is_name(n, pats) for n in names):
        return None
    date, date_text = _date_of(text[m.end() : line_end])
    return Byline(
        Span.of(text, pos, line_end),
        names=names,
        role=rm.group("role"),
        date=date,  # type: ignore[arg-type]
        date_text=date_text,
    )


# A desk credit line is short: "FPJ News Service", "जागरण संवाददाता, लखनऊ".
_DESK_LINE_MAX = 60
_DESK_KEYS = frozenset(d.lower() for d in DESK_ROLES)
# The article of an outlet's name: "The Wire Staff", "Le Figaro avec AFP", "El País Redacción".
_THE = frozenset(
    ("The", "THE", "Le", "La", "Les", "El", "Los", "Las", "Der", "Die", "Das", "Il", "Lo", "O", "A")
)
# The outlet after a writer's name under the story: ", The Daily Ledger", " | Ledger News".
_OUTLET_AFTER_NAME = LazyPattern(
    r"[\s\u00a0]{0,2}[,|][\s\u00a0]{1,2}(?:The[\s\u00a0])?\p{Lu}[\p{L}.&'’\-]{1,24}(?:[\s\u00a0]\p{Lu}[\p{L}.&'’\-]{1,24}){0,3}"
)
# Desk words that are also everyday nouns of a title-case subhead.
_PLAIN_DESK_WORDS = frozenset(("staff", "team", "online", "editorial", "wire", "wires"))
# Where the desk ends and its place begins: "Gazette Bureau, Pune", "HT Team | Delhi".
_DESK_PLACE_SEP = ",|/"


def _desk_line(text: str, pos: int, line_end: int, pats: _Patterns) -> Byline | None:
    """A credit to a desk, naming no person, above the story: ``Sports Desk``, ``FPJ News
    Service``, ``Ledger Staff``, ``लाइव हिन्दुस्तान टीम``, ``जागरण संवाददाता, लखनऊ``.

    One to four capitalised words (the outlet or the section) and a desk word from
    :data:`DESK_ROLES` or the language tables' roles, then maybe a place of up to three
    capitalised words after a comma, pipe or slash.
    """
    line = text[pos:line_end]
    cut = min((i for i in (line.find(c) for c in _DESK_PLACE_SEP) if i > 0), default=len(line))
    words, place = line[:cut].split(), line[cut + 1 :].split()
    if words and words[0].lower() in pats.prefix_words:
        words = words[1:]  # "Par Le Parisien avec AFP"
    the = bool(words) and words[0] in _THE
    if the:
        words = words[1:]  # "The Wire Staff", "The Hindu Bureau": the outlet's own article
    if not 2 <= len(words) <= 6 or len(place) > 3:
        return None
    if not all(_capitalised(w) for w in place):
        return None
    for size in (3, 2, 1):
        if len(words) > size:
            outlet = words[:-size]
            if not all(_capitalised(w) for w in outlet) or any(w.lower() in pats.not_name for w in outlet):
                continue
            role = " ".join(words[-size:])
            key = role.lower().rstrip(".")
            if key in _PLAIN_DESK_WORDS and not (the or place or any(w.isupper() for w in words[:-size])):
                # "Staff", "Team" alone end subheads too ("Ex-Rebel Joins Staff"): only after an
                # outlet's initials ("HT Team") or "The" ("The Wire Staff"), or before a place
                # ("Ledger Staff, Pune")
                return None
            if key in _DESK_KEYS or key in pats.table_roles:
                return Byline(Span.of(text, pos, line_end), role=role)
    return None


def _capitalised(word: str) -> bool:
    """A word opening in a capital or a digit, or in a script without case (Devanagari)."""
    return not word[0].islower() and (word[0].isalnum() or word[0] in "&(")


def _bare_names_ok(names: Sequence[str], pats: _Patterns, not_person: frozenset[str]) -> bool:
    """One or two people of 2-3 capitalised words each, no agency and no section word."""
    if not 1 <= len(names) <= 2:
        return False
    for name in names:
        words = name.split()
        if not 2 <= len(words) <= 3 or name.lower() in pats.agencies:
            return False
        if any(w.lower().strip(".") in not_person or not w[:1].isupper() for w in words):
            return False
    return True


def _table_cell(text: str, pos: int, end: int) -> tuple[int, int]:
    """The first cell of a table row ``| cell | ...`` between ``pos`` and ``end``."""
    start = _skip_blanks(text, pos + 1, end)
    close = text.find("|", start, end)
    return start, _rstrip(text, start, close if close >= 0 else end)


def _skip_blanks(text: str, pos: int, end: int) -> int:
    while pos < end and text[pos] in " \u00a0\t":
        pos += 1
    return pos


def _is_body(line: str) -> bool:
    """A body paragraph: long prose with a sentence end in it.

    Prose is four lower-case words in a row, or (German capitalises its nouns, Hindi has no
    case) at least eight words of which a third open in lower case or have no case at all.
    """
    if len(line) < _BODY_LINE_MIN or not any(c in line for c in ".!?।"):
        return False
    if _SENTENCE_WORDS.search(line, 0, 400) is not None:
        return True
    words = line[:400].split()
    plain = sum(1 for w in words if not w[0].isupper())
    return len(words) >= 8 and plain * 3 >= len(words)


def _is_role_prefix(prefix: str) -> bool:
    return prefix.strip(" \u00a0:").lower() in {
        "edited by",
        "published by",
        "posted by",
        "compiled by",
        "reported by",
    }


def _rstrip(text: str, start: int, end: int) -> int:
    while end > start and text[end - 1] in " \u00a0\t\ufeff":
        end -= 1
    return end


class _Lines:
    """The lines of a document as Spans, built one at a time (``lines[i : j]``, ``len``)."""

    __slots__ = ("document",)

    def __init__(self, document: Document) -> None:
        self.document = document

    def __len__(self) -> int:
        return len(self.document.line_starts)

    def __getitem__(self, window: slice) -> list[Span]:
        return [self.document.line_span(i) for i in range(len(self))[window]]


# Every line where ``_credit`` finds a fused credit without a dash near the end, or an
# "X contributed to this report" line, holds one of these (lower-cased; "İ" lower-cases to
# "i" and U+0307, which ``_credit`` also looks for).
_CREDIT_GATE_WORDS = (*_CREDIT_HINTS, "contribut", "\u0307", "\u0130")


def _has_credit_gate_word(lower: str, start: int, end: int) -> bool:
    """Whether the lower-cased line ``[start, end)`` holds one of :data:`_CREDIT_GATE_WORDS`."""
    return _CREDIT_GATE_RE.search(lower, start, end) is not None


_CREDIT_GATE_RE = LazyPattern("|".join(map(re.escape, _CREDIT_GATE_WORDS)), engine=re)


# A line this short (a name, a role, an agency, a label, a stamp) is always looked at.
_SHORT_LINE = 150
# A document's candidate lines beyond this many: the first and last halves are kept (the
# zones near the top and bottom of the story, where bylines stand), so a page of a
# hundred thousand "By" lines costs one gate scan, not a hundred thousand looks.
_MAX_CANDIDATES = 400
# A line ending within 20 characters of a ")" or a dash may close with a wire trailer
# (``— AFP``, ``(dpa/abc)``, ``(JR)``). Kept apart from the line-start gate: led by a
# character class, ``re`` scans for it at C speed, which an alternation with anchors loses.
_TRAILER_GATE = Gate(pattern=re.compile(r"[)—–―‒-][^\n]{0,20}$", re.MULTILINE))


@functools.lru_cache(maxsize=32)
def _gate(prefixes: tuple[str, ...], credit_labels: tuple[str, ...]) -> Gate:
    """Lines worth a look for one vocabulary, from one scan of the lower-cased text.

    A line is a candidate when it is short; opens with a byline prefix (``By``, ``Par``,
    ``Von``) or reads like a writer's bio (``Jane Roe is a ...``); holds a credit label or
    hint, an ``@`` (contact lines), a pipe (``PTI | | Posted by``) or ``source``; or is among
    the first four lines (a one-line scrape's byline after its headline).

    The line-start parts use ``^`` (lines split at ``\n``); :func:`_candidates` falls back to
    every line for a text split by other terminators too.
    """
    words = "|".join(re.escape(w) for w in sorted(set(prefixes), key=len, reverse=True))
    pattern = (
        rf"^(?:[^\n]{{1,{_SHORT_LINE}}}$"
        rf"|[ \t\u00a0\ufeff*•·>]{{0,8}}(?:{words})(?![^\W\d_])"
        rf"|[ \t\u00a0]{{0,4}}(?:[^\W\d_][\w.'’-]{{0,24}}[ \t\u00a0]){{2,4}}(?:is|was)[ \t\u00a0])"
    )
    literals = (*_CREDIT_GATE_WORDS, *credit_labels, "@", "|", "source")
    return Gate(literals=literals, pattern=re.compile(pattern, re.MULTILINE), head=4)


def _candidates(document: Document, pats: _Patterns) -> Sequence[int]:
    """The lines the rule looks at, in order, at most :data:`_MAX_CANDIDATES`.

    With :data:`_TRAILER_GATE`, these are every line any look of the rule can take something
    from, except lines of 150-260 characters with neither a prefix nor a pipe.
    """
    index = document.index
    if len(index) != document.text.count("\n") + 1:
        return _bounded(index.nonblank)  # lines also split at "\r", U+2028 ...: no "^" for them
    gated = index.candidates(_gate(pats.prefix_words, pats.credit_words))
    trailers = index.candidates(_TRAILER_GATE)
    return _bounded(sorted({*gated, *trailers}) if trailers else gated)


def _bounded(chosen: Sequence[int]) -> Sequence[int]:
    """``chosen`` with at most :data:`_MAX_CANDIDATES` lines: the first and the last ones."""
    if len(chosen) <= _MAX_CANDIDATES:
        return chosen
    half = _MAX_CANDIDATES // 2
    return (*chosen[:half], *chosen[-half:])


# Lines at least this long (stripped) mean the story's body has begun below them.
_BODY_LINE = 150


def _body_start(document: Document) -> int:
    """The index of the first line of at least :data:`_BODY_LINE` characters (stripped), or of
    the second paragraph of prose (:func:`_is_prose`), whichever comes first.

    The lines after it are read with the body under way; without one, a number past the last
    line. A story's first long paragraph comes within its first lines, so the walk is short;
    a story told in short paragraphs (wire copy, text wrapped at 80 columns) has its body
    under way after two of them, so that a signature under it (``— Jane Roe``) is read as one.
    """
    text, starts, ends = document.text, document.line_starts, document.line_ends
    prose = 0
    for i in document.index.nonblank:
        length = ends[i] - starts[i]
        if length >= _BODY_LINE and len(text[starts[i] : ends[i]].strip()) >= _BODY_LINE:
            return i
        if length >= _BODY_LINE_MIN and _is_prose(text, starts[i], ends[i]):
            prose += 1
            if prose == 2:
                return i
    return len(starts)


def _prose_above(document: Document, position: int) -> bool:
    """Whether the nearest line above the ``position``-th non-blank line is a paragraph.

    Lines wholly claimed by earlier rules (a tweet or an embed inside the story) are looked
    through, a few at most: a name under a tweet that closes the story still closes it.
    """
    nonblank, claims = document.index.nonblank, document.line_claims
    text, starts, ends = document.text, document.line_starts, document.line_ends
    for back in range(position - 1, max(position - 6, -1), -1):
        i = nonblank[back]
        if claims[i] != WHOLLY:
            return _is_prose(text, starts[i], ends[i])
    return False


def _is_prose(text: str, start: int, end: int) -> bool:
    """Whether line ``[start, end)`` is a story paragraph (long, ending like a sentence)."""
    stripped = text[start:end].strip()
    return len(stripped) >= _BODY_LINE_MIN and stripped[-1] in _PROSE_END


_LETTER_RUNS = re.compile(r"[^\W\d_]+")
# What a prefix-less byline stands on besides a role or an agency: a date, a pipe, "(with ...)".
_BYLINE_SIGNS = re.compile(r"[\d|(@]")


def _name_shaped(text: str, start: int, end: int) -> bool:
    """Whether ``text[start:end]`` has at most two words opening in lower case (as names do)."""
    lower = 0
    for word in text[start:end].split():
        if word[0].islower():
            lower += 1
            if lower > 2:
                return False
    return True


def _quick_line(
    rule: BylineRule,
    document: Document,
    start: int,
    end: int,
    pats: _Patterns,
    body_seen: bool,
    lone: bool,
) -> tuple[Byline, ...] | None:
    """The findings of a wholly unclaimed line below the top lines, when cheap checks decide.

    ``None`` means "look closer" (:meth:`BylineRule._in_segment` and the line-pair checks).
    Otherwise the line is over 80 characters long (too long for a bare name, a role line or
    a wire trailer), the tests ``_byline_at`` begins with rule out every byline form, and
    ``_credit`` finds no credit (it is asked only when the line holds a credit hint, a dash
    near its end, or opens like a credit or an agency name), so only a writer line remains.
    A short line is decided here too when three of its words open in lower case (no name),
    or when it is shaped like a name but ``lone`` (far from the top and not under a
    paragraph, where a bare name may be the author) and holds no role, agency, digit, pipe,
    bracket or ``@`` for a byline to stand on.
    """
    text = document.text
    first = text[start]
    pos = start
    if first.isspace() or first in _LEAD_CHARS:
        lead = _LEAD.match(text, start, min(end, start + 40))
        pos = lead.end() if lead else start
    line_end = _rstrip(text, pos, end)
    length = line_end - pos
    bare = False  # every byline form but a prefixed one is ruled out
    if length <= 80:
        # A short line may be a bare name, a role, an agency or an outlet line, which the
        # checks below do not rule out; three words opening in lower case rule out all of
        # them but a role ("From staff and wire reports", "Jane Roe, staff writer at ...").
        words = _LETTER_RUNS.findall(text[pos:line_end].lower())
        if not pats.role_words.isdisjoint(words):
            return None
        if _name_shaped(text, pos, line_end):
            signs = _BYLINE_SIGNS.search(text, pos, line_end)
            if not lone or signs or not pats.agency_words.isdisjoint(words):
                return None
            bare = True
    first = text[pos]
    if _may_start(first, pats.prefix_firsts) and pats.prefix.match(text, pos, min(end, pos + _HEAD)):
        return None
    if length <= _MAX_LINE and not bare:
        # _byline_at without a prefix: a date before "by", or a line that is not prose.
        if (
            _has_by_word(text, pos, line_end, pats.by_words) or text.find("Author", pos, line_end) >= 0
        ) and _HAS_DIGIT.search(text, pos, line_end):
            return None
        if not (
            _SENTENCE_WORDS.search(text, pos, line_end)
            or (length > 120 and text.find("|", pos, line_end) < 0)
        ):
            return None
    last = text[max(pos, line_end - 40) : line_end]
    may_credit = (
        "—" in last
        or "–" in last
        or "-" in last  # a "— AFP" trailer
        or _paren_end(last)  # a "(dpa)" trailer
        or (
            length <= 500
            and _may_start(first, pats.credit_firsts)
            and _may_open_credit(text, pos, line_end, pats.credit_heads)
            and pats.credit_start.fullmatch(text, pos, line_end) is not None
        )
        or (
            length <= pats.agency_line_max
            and _may_start(first, pats.agency_firsts)
            and pats.agency_line.fullmatch(text, pos, line_end) is not None
        )
        # a fused credit or "X contributed to this report"
        or _has_credit_gate_word(document.lower, start, end)
    )
    if may_credit and rule._credit(text, pos, end, pats, body_seen) is not None:
        return None  # found again, in order, by the full look
    found = writer_line(text, pos, line_end, body_seen=body_seen, not_name=pats.not_name)
    return () if found is None else (found,)


def _as_item(found: Byline) -> Byline | Boilerplate:
    """``found``, or the footer it stands for when it is a writer's bio (kind ``"bio"``)."""
    if found.kind == BIO:
        return Boilerplate(found.span, kind="other")
    return found


def find_bylines(text: str) -> tuple[Byline, ...]:
    """Return the bylines and credit lines in ``text``, in text order (bios are left out)."""
    from newsparse._errors import ensure_str

    found = BylineRule()(Document.from_text(ensure_str(text)))
    return tuple(b for b in found if isinstance(b, Byline))
