"""The name parse: split a matched name list, tell an agency from a person, read what follows the names."""

from __future__ import annotations

from collections.abc import Sequence

from newsparse.rules.furniture.byline_patterns import (
    _AVEC,
    _CAPS_TAIL,
    _DATE_START,
    _FOR_OUTLET,
    _HANDLES,
    _NAME_CLEAN,
    _ON_AT,
    _PAREN_OUTLET,
    _PHOTOS_BY,
    _SENTENCE_WORDS,
    _SPECIAL_TO,
    _TS_LABEL,
    _WORD,
    _Patterns,
)
from newsparse.rules.furniture.patterns import DATEISH, HAS_DATE_SIGNAL, READ_TIME, LazyPattern
from newsparse.text.dates import parse_date


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


# A dash and a place after a prefixed byline's names: "— Rio de Janeiro", "- Madrid", "– São
# Paulo": capitalised words, a linking "de"/"do"/"di" between them (Portuguese, Spanish and
# Italian sites file the writer's city so).
_DASH_PLACE = LazyPattern(
    r"[–—-][\s\u00a0]{1,2}\p{Lu}[\p{L}\p{M}.'’\-]{1,30}"
    r"(?:[\s\u00a0](?:(?:de|do|da|dos|das|del|di)[\s\u00a0])?\p{Lu}[\p{L}\p{M}.'’\-]{1,30}){0,3}"
)


def _tail_ok(tail: str, pats: _Patterns, prefixed: bool) -> bool:
    """Return whether ``tail`` (what follows the names on the line) may end a byline line."""
    rest = tail.strip(" \u00a0\t")
    if not rest or rest in {",", ".", "|", ":"}:
        return True
    if prefixed and rest[:4].lower() == "with" and len(rest) <= 80 and pats.credit_start.fullmatch(rest):
        return True  # "By Jane Roe with inputs from agencies": the credit rides on the byline line
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
    if prefixed and rest[0] in "–—-" and _DASH_PLACE.fullmatch(rest):
        return True  # "Por Maria Silva — Rio de Janeiro": where the writer files from
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


_BODY_LINE_MIN = 80


def _capitalised(word: str) -> bool:
    """A word opening in a capital or a digit, or in a script without case (Devanagari)."""
    return not word[0].islower() and (word[0].isalnum() or word[0] in "&(")


def _bare_names_ok(names: Sequence[str], pats: _Patterns, not_person: frozenset[str]) -> bool:
    """One to four people of 2-3 capitalised words each, no agency and no section word
    (``Jane Roe, Tom Okafor and Lia Chen``: a team byline lists more than two)."""
    if not 1 <= len(names) <= 4:
        return False
    if len(names) > 2 and not _any_given_name(names):
        return False  # "Mumbai Indians, Chennai Super Kings and Delhi Capitals": teams
    for name in names:
        words = name.split()
        if not 2 <= len(words) <= 3 or name.lower() in pats.agencies:
            return False
        if any(w.lower().strip(".") in not_person or not w[:1].isupper() for w in words):
            return False
    return True


def _any_given_name(names: Sequence[str]) -> bool:
    """Whether one of ``names`` opens with a known given name (the quote rule's tables)."""
    # imported here: the quote rule's package imports the furniture patterns
    from newsparse.rules.quotes.names import given_names

    female, male = given_names()
    return any(n.split()[0].lower() in female or n.split()[0].lower() in male for n in names)


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
