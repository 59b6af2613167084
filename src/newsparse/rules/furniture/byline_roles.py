"""Lines led by a role or a desk and naming no person: ``Rédaction Le Monde``, ``Sports Desk``."""

from __future__ import annotations

import regex

from newsparse._model import Byline, Span
from newsparse.rules.furniture.byline_names import (
    _capitalised,
    _date_of,
    _is_name,
    _rstrip,
    _split_names,
    _tail_ok,
)
from newsparse.rules.furniture.byline_patterns import _Patterns
from newsparse.rules.furniture.patterns import DESK_ROLES, LazyPattern

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
    r"[\s\u00a0]{0,2}[,|/][\s\u00a0]{1,2}(?:The[\s\u00a0])?\p{Lu}[\p{L}.&'’\-]{1,24}(?:[\s\u00a0]\p{Lu}[\p{L}.&'’\-]{1,24}){0,3}"
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
    words = line[:cut].split()
    # a separator closing the line stays out of the place: "जागरण संवाददाता, लखनऊ :"
    place = [w for w in line[cut + 1 :].split() if w not in (":", "।")]
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
