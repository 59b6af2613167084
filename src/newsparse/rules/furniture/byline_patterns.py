"""The byline rule's vocabulary compiled into patterns, and the fixed patterns its stages share.

Every pattern here is compiled lazily (on first use) and once per vocabulary.
"""

from __future__ import annotations

import functools
import re
import string
from typing import NamedTuple

import regex

from newsparse.rules.furniture.patterns import (
    AGENCIES,
    BYLINE_PREFIXES,
    CREDIT_LABELS,
    DASH,
    MONTH_ALT,
    NAME_TOKEN,
    NOT_NAME_WORDS,
    ROLES,
    WEEKDAY_ALT,
    LazyPattern,
    alternation,
)
from newsparse.text.dates import MONTHS

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
    # Cheap exact pre-checks: what a match of ``prefix`` must start with (the text of a prefix
    # up to its first blank: the pattern spells the rest of it out, case and all), the ASCII
    # characters a match of ``credit_start`` and ``agency_line`` can start with (any non-ASCII
    # or blank character may also start one; see :func:`_may_start`), and the longest text
    # ``agency_line`` can match in full.
    prefix_heads: tuple[str, ...]
    credit_firsts: frozenset[str]
    # Lower-cased openings a fused credit can start with (after "(" or a dash, also checked):
    # positions that open with none of them are not handed to ``credit_tail``.
    credit_heads: tuple[str, ...]
    # The heads that are a whole (one-word) label: only these may be glued to the next word.
    credit_whole_heads: frozenset[str]
    agency_firsts: frozenset[str]
    agency_line_max: int
    # The agencies in lower case, for :func:`_may_hold_agency` (none when one has a letter that
    # IGNORECASE takes for an ASCII one, which turns that look off).
    agency_folds: tuple[str, ...]
    # Lower-cased prefixes and credit labels: what the candidate-line gate looks for.
    prefix_words: tuple[str, ...]
    credit_words: tuple[str, ...]
    # The lower-cased words of the roles: a short line holding none is no role line.
    role_words: frozenset[str]
    agency_words: frozenset[str]
    # The last word of each agency, lower-cased: what a line naming one must hold.
    agency_lasts: frozenset[str]
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


# Non-ASCII letters that ``regex`` matches to an ASCII letter under IGNORECASE.
_ASCII_LOOKALIKES = frozenset("\u017f\u212a\u0131\u0130")  # ſ, the Kelvin sign, ı, İ


def _agency_folds(agencies: tuple[str, ...]) -> tuple[str, ...]:
    if any(not _ASCII_LOOKALIKES.isdisjoint(a) for a in agencies):
        return ()  # no look: any line may hold one
    return tuple(sorted({a.lower() for a in agencies if a}))


def _may_hold_agency(text: str, pos: int, end: int, pats: _Patterns) -> bool:
    """Whether ``agency_line`` may match in ``text[pos:end]``: an exact pre-check, never a false "no".

    Every match holds an agency, compared ignoring case, with no letter right before or after
    it (the first one the pattern takes); an ASCII line is looked through for each in lower
    case (a non-ASCII one always passes). Worth it only until the pattern is compiled (~5 ms,
    and most lines reaching it hold no agency, #8); after that the pattern answers as fast.
    """
    if pats.agency_line.compiled_yet or not pats.agency_folds:
        return True
    line = text[pos:end]
    if not line.isascii():
        return True
    low = line.lower()
    return any(_holds_word(low, a) for a in pats.agency_folds)


# Lower-case words the names pattern takes whole: name particles (NAME_TOKEN), the words
# between names (``name_sep``) and the desk words after a name (``_STAFF``).
_NAME_LOWER_WORDS = frozenset((
    "de", "da", "del", "della", "di", "van", "von", "der", "den", "la", "le", "al", "el", "bin",
    "ibn", "dos", "das", "du", "ter", "ten", "zu", "and", "with", "und", "et", "y", "e", "og",
    "en", "i", "staff", "team", "desk", "bureau", "wire", "wires",
))  # fmt: skip
# Prefixes that let a name token start in lower case: "d'Souza", "al-Assad".
_NAME_LOWER_PREFIXES = ("d'", "d’", "al-", "el-")


def may_be_names(text: str, pos: int, end: int, pats: _Patterns) -> bool:
    """Whether ``names`` may match all of ``text[pos:end]``: an exact pre-check, never a false "no".

    A blank- or comma-separated chunk opening with an ASCII lower-case letter must be a word the
    pattern takes in lower case (a particle, "and", a desk word, an agency's word) or open with
    "d'" or "al-"; a headline ("Wearing of masks in US") has other ones. Worth it only until
    the pattern is compiled (~13 ms, #8).
    """
    if pats.names.compiled_yet:
        return True
    for chunk in text[pos:end].replace(",", " ").split():
        if "a" <= chunk[0] <= "z":
            low = chunk.lower()
            if not (
                low in _NAME_LOWER_WORDS or low in pats.agency_words or chunk.startswith(_NAME_LOWER_PREFIXES)
            ):
                return False
    return True


def _holds_word(low: str, word: str) -> bool:
    """Whether ``word`` stands in ``low`` with no letter right before or after it."""
    at = low.find(word)
    while at >= 0:
        after = at + len(word)
        if (at == 0 or not low[at - 1].isalpha()) and (after == len(low) or not low[after].isalpha()):
            return True
        at = low.find(word, at + 1)
    return False


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
        rf"|{_B}{{1,2}}(?:and|And|AND|&|with|und|et|y|e|og|en|i){_B}{{1,2}})"
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
        role=c(rf"{_B}{{0,2}}[,|/–—·•-]?{_B}{{0,2}}(?P<role>(?i:{role_alt}))(?![\p{{L}}])"),
        agency_line=c(
            # desk initials may stand before or after the agency, slashed: "fmi/dpa", "dpa/abc"
            rf"{DASH}{{0,2}}{_B}{{0,2}}\(?(?:\p{{L}}{{2,5}}/){{0,2}}(?P<agency>(?i:{agency_alt}))"
            # "(ANSA)."; a second agency or the desk after a slash or a hyphen ("(ANSA-AFP)")
            rf"(?:[/-]\p{{L}}{{1,12}}){{0,3}}\)?(?![\p{{L}}\d])(?:(?<=\))\.)?"
            rf"(?:(?:{_B}{{0,2}}(?:,|and|&|/){_B}{{0,2}}(?:{agency_alt}))(?![\p{{L}}\d])){{0,3}}"
        ),
        credit_start=c(rf"(?:{credit_start})[.\s\u00a0]{{0,3}}"),
        credit_tail=c(
            rf"""
            (?(DEFINE)(?P<cs>{credit_start}))
            (?:(?<=[.!?"”’)\]]{_B}{{0,3}})|(?<=[.!?"”’)\]]))
            # not after a photo's position marker: "Jane Roe (C)(AFP)" is a caption's credit
            (?<!\((?:[CLR]|L-R|R-L|\d{{1,2}}(?:st|nd|rd|th)?{_B}?[LR]|(?i:centre|center|left|right|front|top))\){_B}{{0,3}})
            (?P<credit>
                (?&cs)
              | (?<=[.!?"”’]{_B}{{1,3}})\p{{Lu}}[^.!?\n]{{2,300}}?(?:contributed|contributes)
                {_B}{{1,2}}(?:to{_B}{{1,2}}this{_B}{{1,2}}(?:report|story|article)|reporting)(?![\p{{L}}'’])
                (?:{_B}{{1,2}}(?:from|in){_B}{{1,2}}\p{{Lu}}[^.!?\n]{{0,80}})?
              | {DASH}{{1,2}}{_B}{{0,2}}(?P<trailer>{agency_alt})(?![\p{{L}}\d])
              # "(dpa/abc)", "(ANSA)." closing the story's last paragraph
              | \((?P<trailer>{agency_alt})(?:/[\p{{L}}\p{{M}}]{{1,12}}){{0,3}}\)
              # "(APA, dpa, 20.5.2016)", "(Jane Roe aus Wien, 3.1.2016)": the agencies or the
              # writer and the day, a dated signature closing the story (Austrian and Swiss
              # papers); a date alone or an update stamp is no credit
              | \((?!(?i:stand|update|aktualisiert|updated|maj|mis{_B}à{_B}jour)(?![\p{{L}}]))
                \p{{L}}[^()\n\d:]{{1,80}}?[,;]?{_B}{{0,2}}(?:[–—-]{_B}{{0,2}})?
                \d{{1,2}}\.{_B}?\d{{1,2}}\.{_B}?(?:19|20)\d\d\)
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
        prefix_heads=tuple(sorted({p.split(" ")[0] for p in prefixes if p} | {"Author", "By"})),
        credit_firsts=_firsts(credit_labels, "(wraeiWRAEI-—–―‒â"),
        credit_heads=tuple(
            sorted({w.lower().split()[0] for w in credit_labels if w.strip()} | set(_CREDIT_WORDS))
        ),
        credit_whole_heads=frozenset(w.lower().split()[0] for w in credit_labels if len(w.split()) == 1),
        # any letter: desk initials may come first ("fmi/dpa")
        agency_firsts=_firsts(agencies, "(â-—–―‒" + string.ascii_letters, any_case=True),
        # DASH{0,2} (6), blanks (2), "(" agency ")" (L + 2), then 3 x (blanks, "and", blanks, agency),
        # and up to five slashed desk initials (two before, three after: 6 + 3 x 13)
        agency_line_max=31 + 4 * max((len(a) for a in agencies), default=0) + 8 + 12 + 39,
        agency_folds=_agency_folds(agencies),
        prefix_words=tuple(sorted({w.lower().rstrip(": ") for w in (*prefixes, "author", "by")} - {""})),
        credit_words=tuple(sorted({w.lower().rstrip(": ") for w in credit_labels} - {""})),
        role_words=frozenset(w.lower() for r in roles for w in r.split()),
        agency_words=frozenset(w.lower() for a in agencies for w in a.split()),
        agency_lasts=frozenset(a.lower().split()[-1] for a in agencies if a.split()),
        table_roles=frozenset(r.lower() for r in roles if r not in ROLES),
    )


_SENTENCE_WORDS = LazyPattern(
    r"\b\p{Ll}{2,}[\s\u00a0]+\p{Ll}{2,}[\s\u00a0]+\p{Ll}{2,}[\s\u00a0]+\p{Ll}{2,}\b"
)
_CONTRIBUTED = LazyPattern(
    r"(?i)\bcontribut(?:ed|es)\s{1,2}(?:to\s{1,2}(?:this|the)\s{1,2}(?:report|story|article)|reporting)\b"
)
_CONTRIBUTED_END = LazyPattern(
    r"(?i)contribut(?:ed|es)\s{1,2}(?:to\s{1,2}(?:this|the)\s{1,2}(?:report|story|article)|reporting)(?![\p{L}'’])"
    r"(?:\s{1,2}(?:from|in)\s{1,2}\p{Lu}[^.!?]{0,80})?[.]?[\s\u00a0]*$"
)
# "The Daily Ledger's Jane Roe contributed.", "The Associated Press contributed.": names and
# their outlets only (capitalised words, possessives, "and", "of", "the"), then the verb
_CONTRIBUTED_BARE = LazyPattern(
    r"(?:\p{Lu}[\p{L}\p{M}.'’\-]{0,30}+,?[\s\u00a0]{1,2}|(?:and|&|of|the)[\s\u00a0]{1,2}){1,14}"
    r"contributed\.?[\s\u00a0]*$"
)
# "Material from the Associated Press was used in this report."
_USED_IN_REPORT = LazyPattern(
    r"(?:Material|Information|Reporting|Some\sinformation)[\s\u00a0]{1,2}from[\s\u00a0]{1,2}[^.!?\n]{2,80}?"
    r"[\s\u00a0]{1,2}(?:was|were)[\s\u00a0]{1,2}used[\s\u00a0]{1,2}in[\s\u00a0]{1,2}this[\s\u00a0]{1,2}"
    r"(?:report|story|article)\.?[\s\u00a0]*$"
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
# The word before a byline's stamp: "on", "le" (fr), "el" (es), "em" (pt), "il" (it), "am" (de).
_ON_AT = LazyPattern(r"(?i)(?:on|at|am|le|el|em|il|en)[\s\u00a0]")
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
