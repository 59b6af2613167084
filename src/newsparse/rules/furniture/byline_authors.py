"""Author lines: a prefixed (``By``, ``Par``) or bare byline at a position, a date then
``by``, a byline after a headline."""

from __future__ import annotations

from collections.abc import Callable

import regex

from newsparse._model import Byline, Span
from newsparse.rules.furniture.byline_names import (
    _agency_of,
    _date_of,
    _is_name,
    _is_role_prefix,
    _prefixed_after,
    _rstrip,
    _skip_blanks,
    _split_names,
    _tail_ok,
)
from newsparse.rules.furniture.byline_patterns import (
    _ANY_TS_LABEL,
    _ASCII_LOOKALIKES,
    _AUTHOR_LABEL,
    _AVEC,
    _BY_FINDS,
    _DATE_START,
    _HAS_DIGIT,
    _HEADLINE_BREAK,
    _LOWER_HANDLE,
    _MAX_LINE,
    _MID_BY,
    _SENTENCE_WORDS,
    _TS_AFTER_NAMES,
    _TS_LABEL,
    _has_by_word,
    _Patterns,
)
from newsparse.rules.furniture.byline_roles import _PLACE_AFTER_ROLE, _role_line
from newsparse.rules.furniture.datelines import match_dateline
from newsparse.rules.furniture.patterns import (
    DATEISH,
    HAS_CALENDAR_DATE,
    HAS_DATE_SIGNAL,
    MONTH_ALT,
    LazyPattern,
)
from newsparse.text.dates import parse_date


def byline_at(
    text: str,
    pos: int,
    end: int,
    head_end: int,
    pats: _Patterns,
    body_seen: bool,
    agencies: tuple[str, ...],
) -> Byline | None:
    """The byline that starts at ``pos``: prefixed (``By X``), bare (``PTI``, ``X, Staff
    Writer``), or a date then ``by X``.

    Only the first ``head_end - pos`` characters may hold the prefix and the names; a long line
    keeps only the byline it opens with.
    """
    line_end = _rstrip(text, pos, end)
    short = line_end - pos <= _MAX_LINE
    prefix = (
        pats.prefix.match(text, pos, head_end)
        # its exact head first: most lines open with a capital that some prefix shares (#8)
        if pos < head_end and text.startswith(pats.prefix_heads, pos)
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
            and (_has_by_word(text, pos, line_end, pats.by_words) or text.find("Author", pos, line_end) >= 0)
            and _HAS_DIGIT.search(text, pos, line_end)
        ):
            # "5:45 AM PST 11/19/2019 by Patrick Shanley", "Publish Date: ... Author: X"
            found = byline_after_date(text, pos, line_end, pats)
            if found is not None:
                return found
        if sentence or (line_end - pos > 120 and text.find("|", pos, line_end) < 0):
            return None  # prose, or a long line with no byline separator
    names_start = prefix.end() if prefix else pos
    glued = pats.glued_role.search(text, names_start, min(head_end, names_start + 120))
    names_end_limit = glued.start() if glued else head_end
    m = (
        pats.names.match(text, names_start, names_end_limit)
        if prefix is not None or glued is not None or _may_be_bare_byline(text, names_start, line_end, pats)
        else None  # no "By": without a way to say it is a byline the names do not matter
    )
    role_only = pats.role.fullmatch(text, names_start, line_end) if short else None
    if role_only is not None and (prefix is not None or not body_seen):
        # "By Staff Reporter", "Special Correspondent" (a desk byline without a name)
        return Byline(Span.of(text, pos, line_end), role=role_only.group("role"))
    desk = _desk_after_prefix(text, prefix, names_start, line_end, pats, body_seen) if short else None
    if desk is not None:
        return desk
    if m is None:
        if prefix is not None and short:
            return _handle_byline(text, pos, names_start, line_end, head_end, pats)
        return None
    names_text = m.group("names")
    n_end = m.end()
    # A dateline right after the name ends the byline: "By Shirish B Pradhan Kathmandu, Oct 17 (PTI)".
    # (Not when the whole short line already reads as a byline: "By Jane Roe (CNN)".)
    whole_ok = short and glued is None and _tail_ok(text[n_end:line_end], pats, True)
    cut = (
        dateline_in_names(text, m.start(), n_end, end, pats, agencies)
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
    if not names:
        return None
    role, tail_start = _role_after_names(text, n_end, line_end, glued, pats)
    tail = text[tail_start:line_end]
    if role is not None and _PLACE_AFTER_ROLE.fullmatch(tail):
        tail = ""  # "Jeanne Dupont, envoyée spéciale à Kiev": where the writer files from
    is_agency = all(
        n.lower() in pats.agencies or (n.split() or [""])[0].lower() in pats.agencies for n in names
    )
    # No "By": the line must say it is a byline some other way. Asked before the names are
    # checked token by token: most short lines fail it, and the token pattern (~7 ms to
    # compile, #8) is then never needed.
    if prefix is None and not (short and _bare_byline_ok(names, role, tail, is_agency, pats)):
        return None
    if not all(_is_name(n, pats) for n in names):
        return None
    if prefix is not None and not (short and _tail_ok(tail, pats, True)):
        # A long line may still open with a byline: "By Jane Doe NEW DELHI: ..." was handled
        # above; "By Jane Doe The government said ..." (one-line scrape) ends at the names.
        after = text[tail_start : tail_start + 4].lstrip(" \u00a0")
        # "By Jane Roe: The council voted …", "By Jane Roe – The council …": the lede after a
        # separator, a sentence of some words (not an outlet's name: "By Jane Roe - The Ledger").
        lede = (
            after[:1] in _LEDE_SEPARATORS
            and after[1:2] == " "
            and text.count(" ", tail_start, line_end) >= _LEDE_MIN_SPACES
        )
        if lede:
            after = after[2:]
        if (
            (short and not lede and not _TS_AFTER_NAMES.match(tail))
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


def _desk_after_prefix(
    text: str,
    prefix: regex.Match[str] | None,
    names_start: int,
    line_end: int,
    pats: _Patterns,
    body_seen: bool,
) -> Byline | None:
    """A byline label before a desk and its outlet, with no person: ``Autore: Redazione
    ANSA``, ``Por Redacción El Tiempo``, ``Par la rédaction du Monde`` (the newsroom signs).

    Only a word of the roles table right after the label is looked at (one set lookup); the
    desk line itself is :func:`_role_line`'s."""
    if prefix is None or names_start >= line_end:
        return None
    first = text[names_start:line_end].split(None, 1)[0].rstrip(",.:;|/–—-").lower()
    if first not in pats.role_words:
        return None
    desk = _role_line(text, names_start, line_end, pats, body_seen)
    if desk is None:
        return None
    return Byline(Span.of(text, prefix.start(), line_end), role=desk.role)


def _handle_byline(
    text: str, pos: int, names_start: int, line_end: int, head_end: int, pats: _Patterns
) -> Byline | None:
    """A blog's lower-case handle after a prefix, then a date: ``by oz on December 4, 2006``."""
    handle = _LOWER_HANDLE.match(text, names_start, head_end)
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


def _may_be_bare_byline(text: str, pos: int, end: int, pats: _Patterns) -> bool:
    """Whether names opening ``text[pos:end]`` (no "By" before them) may make a byline: an exact
    pre-check of :func:`_bare_byline_ok`, never a false "no".

    That needs an agency among the names, a role after them, a "|" or "/" before a date, or
    "(with ...)": so an agency's or a role's word, or one of "|/(", somewhere in the line. Worth
    it only until the names pattern is compiled (~13 ms, #8): most short lines at the top of a
    page are headlines.
    """
    if pats.names.compiled_yet:
        return True
    window = text[pos:end]
    if "|" in window or "/" in window or "(" in window:
        return True
    low = window.lower()
    if not window.isascii() and (low != window.casefold() or not _ASCII_LOOKALIKES.isdisjoint(window)):
        return True  # a letter IGNORECASE may equate with another: let the patterns decide
    # a role's word comes before a non-letter, an agency's last word (a name or a name's first
    # word equal to an agency) before no lower-case letter
    return any(_word_before(low, window, w, str.isalpha) for w in pats.role_words) or any(
        _word_before(low, window, w, str.islower) for w in pats.agency_lasts
    )


def _word_before(low: str, window: str, word: str, excluded: Callable[[str], bool]) -> bool:
    """Whether ``word`` occurs in ``low`` (``window`` lower-cased, same offsets) followed by the
    end or by a character of ``window`` that is not ``excluded``."""
    at = low.find(word)
    while at >= 0:
        after = at + len(word)
        if after >= len(window) or not excluded(window[after]):
            return True
        at = low.find(word, at + 1)
    return False


def _role_after_names(
    text: str, n_end: int, line_end: int, glued: regex.Match[str] | None, pats: _Patterns
) -> tuple[str | None, int]:
    """The role right after the names (glued on, ``Evan HalperStaff Writer``, or after a
    separator, ``Jane Roe, Staff Writer``) and where the tail after it starts."""
    if glued is not None and glued.start() == n_end:
        return glued.group(0), glued.end()
    rm = pats.role.match(text, n_end, line_end)
    if rm is not None:
        return rm.group("role"), rm.end()
    return None, n_end


def _bare_byline_ok(
    names: tuple[str, ...], role: str | None, tail: str, is_agency: bool, pats: _Patterns
) -> bool:
    """Whether names with no ``By`` before them make a byline: an agency (``PTI``), a person
    then an agency (``Jane Roe, Reuters``), or a person with a role, a date after a pipe or
    slash, or ``(with ...)``; and in every case a tail a byline may end with."""
    person_then_agency = (
        len(names) >= 2 and names[-1].lower() in pats.agencies and names[0].lower() not in pats.agencies
    )
    if is_agency or person_then_agency:  # "PTI", "Jane Roe, Reuters"
        if not (_tail_ok(tail, pats, False) or _prefixed_after(tail, pats)):
            return False
    elif (
        role is None
        # "Jane Roe | Nov 21, 2025", "राजेश कुमार / मुंबई September 29, 2020"
        and not (tail.lstrip().startswith(("|", "/")) and HAS_DATE_SIGNAL.search(tail))
        and not _AVEC.fullmatch(tail)
    ):
        return False
    return _tail_ok(tail, pats, False) or (is_agency and _prefixed_after(tail, pats))


def byline_after_headline(
    text: str, pos: int, end: int, head_end: int, pats: _Patterns, agencies: tuple[str, ...]
) -> Byline | None:
    """A byline after the headline in a one-line scrape: ``Port strike ends By X Published ...``.

    Only when a timestamp label or a dateline follows the names, or the lede opens right
    after them with a word that starts sentences and never names (``... By Jane Roe The
    council ...``), and the headline before "By" has no sentence end.
    """
    for hit in _MID_BY.finditer(text, pos + 10, min(end, pos + 200)):
        at = hit.start() + 1
        if _HEADLINE_BREAK.search(text, pos, at):
            return None
        byline = byline_at(text, at, end, head_end, pats, False, agencies)
        if byline is None and _SENTENCE_CASE.search(text, pos, at):
            # In a title-case headline "By" may be the headline's own word ("Bridge Designed
            # By Frank Gehry The ..."); after a sentence-case one it opens the byline.
            byline = _names_before_lede(text, at, end, head_end, pats) or _names_date_before_lede(
                text, at, end, head_end, pats
            )
            if byline is not None:
                return byline
        if byline is None or byline.span.end >= end:
            continue
        after = byline.span.end
        if _TS_AFTER_NAMES.match(text, after, end) or (
            match_dateline(text, _skip_blanks(text, after, end), agencies=agencies, endpos=end) is not None
        ):
            return byline
        if _SENTENCE_CASE.search(text, pos, at):
            dated = _names_date_before_lede(text, at, end, head_end, pats)
            if dated is not None:
                return dated
    return None


# How far into a one-line scrape's first line a "By X - date" is looked for: the menu, the
# headline twice and a caption may stand before it.
_DASHED_BY_REACH = 1200
# The separator between the names and the date ("By Jane Roe - May 4, 2022").
_DASH_BEFORE_DATE = LazyPattern(r"[\s\u00a0]{1,2}[-–—|][\s\u00a0]{1,2}")
# Or a timestamp label ("By Jane Roe Published on November 2, 2023 11:44AM EDT"): magazine pages
# scraped into one line set the byline and the stamp between the dek and the lede.
_STAMP_LABEL_BEFORE_DATE = LazyPattern(
    r"[\s\u00a0]{1,2}(?:Published|Updated|Posted|PUBLISHED|UPDATED|POSTED)"
    r"(?:[\s\u00a0]{1,2}(?:on|ON))?:?[\s\u00a0]{1,2}"
)


def byline_dash_date(text: str, pos: int, end: int, pats: _Patterns) -> Byline | None:
    """``By Jane Roe - May 4, 2022`` or ``By Jane Roe Published on May 4, 2022`` inside the head of
    a one-line scrape (a menu, the headline, a dek or a caption before it, the lede after it). The
    dash or timestamp label and a calendar date right after the names say it is the story's
    byline: ``By`` and 2-4 capitalised words alone may be a title's words.
    The byline is ``By`` and the names; the date is its ``date``.
    """
    stop = min(end, pos + _DASHED_BY_REACH)
    for hit in _MID_BY.finditer(text, pos, stop):
        at = hit.start() + 1
        prefix = pats.prefix.match(text, at, stop)
        m = pats.names.match(text, prefix.end(), stop) if prefix is not None else None
        if m is None:
            continue
        dash = _DASH_BEFORE_DATE.match(text, m.end(), end)
        dash = dash or _STAMP_LABEL_BEFORE_DATE.match(text, m.end(), end)
        if dash is None:
            continue
        stamp = DATEISH.match(text, dash.end(), min(end, dash.end() + 40))
        if stamp is None or not HAS_CALENDAR_DATE.search(text, dash.end(), stamp.end()):
            continue
        names = _split_names(m.group("names"), pats)
        if not 1 <= len(names) <= 3 or any(not 2 <= len(n.split()) <= 4 for n in names):
            continue
        date, date_text = _date_of(text[dash.end() : stamp.end()].rstrip())
        return Byline(
            Span.of(text, at, m.end()),
            names=names,
            agency=_agency_of(names, "", pats),
            date=date,  # type: ignore[arg-type]
            date_text=date_text,
        )
    return None


# "Jane Roe / New Delhi February 14, 2020", "शुभा राय / मुंबई September 29, 2020": the writer,
# a slash, the place and the date, the whole line (or table cell). Each word of the name and
# the place opens with no lower-case letter (scripts without case pass).
_NAME_SLASH_PLACE = LazyPattern(
    r"(?P<name>(?!\p{Ll})[\p{L}\p{M}.'’\-]{2,30}(?:[ \u00a0](?!\p{Ll})[\p{L}\p{M}.'’\-]{1,30}){1,3})"
    r"[ \u00a0]/[ \u00a0](?!\p{Ll})[\p{L}\p{M}.\-]{2,30}(?:[ \u00a0](?!\p{Ll})[\p{L}\p{M}.\-]{2,30}){0,2}?"
    # the place ends where the date starts (a digit or a month's name)
    rf"[ \u00a0,]{{1,3}}(?=\d|{MONTH_ALT}(?![\p{{L}}]))"
)
# The longest such line.
_NAME_SLASH_MAX = 90


def name_slash_place_date(text: str, pos: int, end: int) -> Byline | None:
    """``Jane Roe / New Delhi February 14, 2020`` alone on its line or in a table cell: the
    writer's byline with the place and the date (a calendar date must close the line)."""
    if end - pos > _NAME_SLASH_MAX or text.find(" / ", pos, end) < 0:
        return None
    m = _NAME_SLASH_PLACE.match(text, pos, end)
    if m is None:
        return None
    stamp = DATEISH.match(text, m.end(), end)
    if stamp is None or _rstrip(text, stamp.end(), end) != end:
        return None  # the date must close the line
    if not HAS_CALENDAR_DATE.search(text, m.end(), end):
        return None
    date, date_text = _date_of(text[m.end() : end])
    name = m.group("name")
    return Byline(Span.of(text, pos, end), names=(name,), date=date, date_text=date_text)  # type: ignore[arg-type]


def byline_before_lede(text: str, pos: int, end: int, head_end: int, pats: _Patterns) -> Byline | None:
    """``By Jane Roe The council …``: a byline opening a one-line scrape's line, the lede glued
    right after the names (a word of :data:`_LEDE_OPENER` and a lower-case word)."""
    return _names_before_lede(text, pos, end, head_end, pats)


# What may stand between a one-line scrape's byline and its lede (then a space).
_LEDE_SEPARATORS = ":-–—"
# The fewest spaces in a lede after such a separator (six words).
_LEDE_MIN_SPACES = 6

# Words that open a lede and are never part of a name: after "By Jane Roe" in a one-line
# scrape, the story has begun.
_LEDE_OPENER = LazyPattern(
    r"[\s\u00a0]{1,3}(?:The|A|An|In|On|At|After|As|When|While|For|It|This|Two|Three|More|Some"
    r"|Police|Officials|Authorities|Residents)[\s\u00a0]\p{Ll}"
)

# Two lower-case words in a row: a headline in sentence case ("Tram line reopens after ...").
_SENTENCE_CASE = LazyPattern(r"(?<![\p{L}])\p{Ll}{2,}[\s\u00a0]\p{Ll}{2,}")


def _names_before_lede(text: str, at: int, end: int, head_end: int, pats: _Patterns) -> Byline | None:
    """``By X`` in a one-line scrape with the lede right after the names: 1-3 people of
    2-4 words each, then a word of :data:`_LEDE_OPENER` and a lower-case word."""
    prefix = pats.prefix.match(text, at, head_end)
    if prefix is None:
        return None
    m = pats.names.match(text, prefix.end(), head_end)
    if m is None or _LEDE_OPENER.match(text, m.end(), min(end, m.end() + 20)) is None:
        return None
    names = _split_names(m.group("names"), pats)
    if not 1 <= len(names) <= 3 or any(not 2 <= len(n.split()) <= 4 for n in names):
        return None
    return Byline(Span.of(text, at, m.end()), names=names, agency=_agency_of(names, "", pats))


# What may follow a stamp's last digit and still be the stamp: "a.m.", "PM", "EST", "IST".
_CLOCK_TAIL = LazyPattern(r"(?:[\s\u00a0]{0,2}(?:[ap]\.m\.|[AP]M|[ap]m|\p{Lu}{2,4}(?![\p{L}])))+")
# The lede's first word after a byline's date in a one-line scrape: capitalised, then a space.
_LEDE_WORD = LazyPattern(r"[\s\u00a0]{0,3}[\p{Lu}\"“‘][\p{L}'’]{0,20}[\s\u00a0,]")


def _names_date_before_lede(text: str, at: int, end: int, head_end: int, pats: _Patterns) -> Byline | None:
    """``By X`` and the story's date in a one-line scrape, the lede right after them: ``...
    after long debate By Jane Roe November 21, 2025 The city council ...``. 1-3 people of
    2-4 words each, then a calendar date (a month with a day, or a numeric date), then a
    capitalised word."""
    prefix = pats.prefix.match(text, at, head_end)
    if prefix is None:
        return None
    m = pats.names.match(text, prefix.end(), head_end)
    if m is None:
        return None
    month = _DATE_START.search(text, prefix.end() + 1, m.end())
    if month is not None:
        # The names ran on into the date's month ("Jane Roe November"): read them up to it.
        m = pats.names.match(text, prefix.end(), _rstrip(text, prefix.end(), month.start()))
        if m is None:
            return None
    names = _split_names(m.group("names"), pats)
    if not 1 <= len(names) <= 3 or any(not 2 <= len(n.split()) <= 4 for n in names):
        return None
    stamp = DATEISH.match(text, m.end(), min(end, m.end() + 60))
    if stamp is None:
        return None
    # A date run may read on into the lede's first words ("... 2025 The"): it ends at its last
    # digit, and a clock's marks or a zone after it ("10:05 a.m. EST").
    digits = [i for i in range(stamp.end() - 1, m.end() - 1, -1) if text[i].isdigit()]
    if not digits:
        return None
    after = _CLOCK_TAIL.match(text, digits[0] + 1, stamp.end())
    stamp_end = after.end() if after is not None else digits[0] + 1
    written = text[m.end() : stamp_end]
    if (
        not HAS_CALENDAR_DATE.search(written)
        or _LEDE_WORD.match(text, stamp_end, min(end, stamp_end + 30)) is None
    ):
        return None
    date, date_text = _date_of(written)
    return Byline(
        Span.of(text, at, stamp_end),
        names=names,
        agency=_agency_of(names, "", pats),
        date=date,  # type: ignore[arg-type]
        date_text=date_text,
    )


def dateline_in_names(
    text: str, start: int, n_end: int, end: int, pats: _Patterns, agencies: tuple[str, ...]
) -> int | None:
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
        if i == 1 == len(tokens) - 1 and before.lower() not in pats.agencies:
            continue  # "By Jane Roe: The council …": a surname before the lede's colon, no place
        at = tokens[i].start()
        if match_dateline(text, at, agencies=agencies, endpos=end) is not None:
            return at
    return None


def byline_after_date(text: str, pos: int, line_end: int, pats: _Patterns) -> Byline | None:
    """A stamp, then ``by`` or ``Author:`` and the names, on one line: ``5:45 AM PST 11/19/2019 by
    Patrick Shanley``, ``Publié le 3 mars 2024 à 10h20 par X``. The byline runs from ``by`` and
    carries the stamp's date; the stamp before it is left to the timestamps (it is the page's
    stamp, as it is on a line of its own)."""
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
    start = cut[0]
    while start < line_end and (text[start].isspace() or text[start] in "|,;/–—-"):
        start += 1  # the separator after the stamp is neither's
    return Byline(
        Span.of(text, start, line_end),
        names=names,
        agency=_agency_of(names, "", pats),
        date=parse_date(date_text).date,
        date_text=date_text,
    )
