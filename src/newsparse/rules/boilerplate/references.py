"""Reference lists: the works an essay or a science story cites, listed after the story.

A list of references is no part of the story's text (#9, #11). Its lines have a shape in every
language, so no vocabulary is needed:

* a numbered reference holding a year (``[2] Roe, J. & Doe, K. (2016) Harbour walls. Coastal
  Works, 3.``);
* an author written ``Surname, I.`` with the year in brackets (``Moreau, L. (2018) Tides …``);
* a line holding a DOI (``https://doi.org/10.…``, ``doi:10.…``);
* a medical journal's reference (the Vancouver style: ``Roe JK, Doe A. Harbour walls. Coast
  Eng. 2016;31(4):112-9.``), the year, a semicolon and the volume glued together;
* the journal's citation of the story itself closing the text (``Harbour Review 12, 44-51
  (2021)``).

A bullet (``- ``, ``• ``) before any of these is skipped. Two reference lines in a row (footers
between them allowed) are a list, with the short header line right above it (``Bibliographie``,
``References``, ``Literatur:``, whatever its words); a DOI line or a journal citation alone
counts among the last three lines of the text. Only the second half of the text is read (a list
found there goes on upwards over the references above it: a long list may start in the first
half), a numbered line that carries on the list's numbering (``- 42.`` after ``- 41.``) belongs
to it whatever its form, and each shape is looked for only when the text holds its literal
(``[``, ``doi``, ``(19``/``(20``, a year glued to a volume by ``;``), one scan in C.

>>> text = ("The council kept all six libraries open after a long campaign by residents.\\n" * 3 +
...         "Bibliography\\n[1] Roe, J. (2014) Reading rooms, Harbour Press.\\n"
...         "[2] Doe, K. & Moe, L. (2016) Libraries and towns. Civic Review 3.")
>>> found: dict[tuple[int, int], str] = {}
>>> segments = [(i, s, s + len(line)) for i, (s, line) in enumerate(_lines(text))]
>>> reference_lists(text, segments, found)
>>> [text[s:e] for s, e in sorted(found)][0]
'Bibliography'
>>> len(found)
3
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Iterator

from newsparse.text.lazy import deferred_re

__all__ = ["reference_lists"]

_YEAR = r"(?:1[6-9]|20)\d\d"
# ``[2] …`` with a year in it (bounded: a reference is a few hundred characters).
_NUMBERED = deferred_re(rf"\[\d{{1,3}}\][ \t\u00a0]?[^\n]{{0,300}}?\b{_YEAR}\b")
# ``Surname, I.`` (``Chevassus-au-Louis, N.``, ``Smaldino, P. E.``) with ``(2016)`` further on.
_AUTHOR_YEAR = deferred_re(
    rf"(?:\d{{1,3}}[.)][ \t]?)?[A-Z][^\W\d_]{{1,30}}(?:[-'’][^\W\d_]{{1,30}}){{0,3}},[ \t]"
    rf"(?:[A-Z]\.[ \t]?-?){{1,3}}[^\n]{{0,300}}?\({_YEAR}[a-z]?\)"
)
# ``2016;31(4):112-9``, ``2014;349:g5293``: a Vancouver-style year, volume (issue) and pages.
_VANCOUVER = deferred_re(
    rf"[^\n]{{0,400}}?\b{_YEAR}[a-z]?;[ \t]?\d{{1,5}}(?:\(\d{{1,5}}\))?:[ \t]?[A-Za-z]?\d"
)
# ``42.``, ``42)``: a list's number opening a reference (after its bullet).
_NUMBER = deferred_re(r"(\d{1,3})[.)][ \t]")
_BULLETS = ("- ", "• ", "* ")
_VANCOUVER_LOOK = 200  # semicolons of the second half looked at for a glued year and volume
# A DOI closing the line (a sentence citing one goes on after it).
_DOI = deferred_re(r"[^\n]{0,200}?\bdoi(?:\.org/|:[ \t]?)10\.\d{3,9}/\S{1,120}")
# ``Nature 574, 16-17 (2019)``: a journal's name, volume, pages and year, the whole line.
_JOURNAL = deferred_re(
    rf"[A-Z][^\W\d_]{{1,30}}(?:[ \t][A-Z&][^\W\d_]{{0,30}}){{0,5}}[ \t]\d{{1,4}},[ \t]"
    rf"[A-Za-z]?\d{{1,6}}(?:[-–]\d{{1,6}})?[ \t]\({_YEAR}\)"
)
# A line opening like an author's reference (one scan of the text's second half, in C).
_AUTHOR_LINE = deferred_re(
    r"^(?:\d{1,3}[.)][ \t]?)?[A-Z][^\W\d_]{1,30}(?:[-'’][^\W\d_]{1,30}){0,3},[ \t][A-Z]\.", re.MULTILINE
)
_HEADER_MAX = 40  # ``Bibliographie``, ``Notes et références :``
_ALONE = 3  # a DOI or a journal line alone counts among this many last lines


def _lines(text: str) -> Iterator[tuple[int, str]]:
    """``(start, line)`` of every line (for the doctest)."""
    at = 0
    for line in text.split("\n"):
        yield at, line
        at += len(line) + 1


def _after_bullet(text: str, s: int, e: int) -> int:
    """Where a line's text starts after a list bullet (``- ``, ``• ``), or ``s``."""
    if e - s > 2 and text.startswith(_BULLETS, s):
        return s + 2
    return s


def _vancouver_possible(text: str, half: int) -> bool:
    """Whether the second half writes a year glued to a volume (``2016;31``), string tests only."""
    at = text.find(";", half)
    for _ in range(_VANCOUVER_LOOK):
        if at < 0:
            return False
        if text[at - 4 : at].isdigit() and text[at + 1 : at + 2].isdigit():
            return True
        at = text.find(";", at + 1)
    return False


def _reference(text: str, s: int, e: int, numbered: bool, authored: bool, vancouver: bool = False) -> bool:
    """Whether ``text[s:e]`` is a reference in a list."""
    s = _after_bullet(text, s, e)
    first = text[s]
    if first == "[":
        return numbered and _NUMBERED.match(text, s, e) is not None
    if first.isdigit() or first.isupper():
        if authored and _AUTHOR_YEAR.match(text, s, e) is not None:
            return True
        return vancouver and _VANCOUVER.match(text, s, e) is not None
    return False


def _list_number(text: str, s: int, e: int) -> int | None:
    """The number a line opens with after its bullet (``- 42. …`` → 42), if any."""
    s = _after_bullet(text, s, e)
    if not text[s].isdigit():
        return None
    number = _NUMBER.match(text, s, e)
    return int(number.group(1)) if number is not None else None


def _numbering_goes_on(text: str, segments: list[tuple[int, int, int]], run: list[int], k: int) -> bool:
    """Whether line ``k`` carries on the numbering of the run's last reference (41 → 42)."""
    if not run or run[-1] != k - 1:
        return False
    _, s, e = segments[k]
    if not text[_after_bullet(text, s, e)].isdigit():
        return False
    before = _list_number(text, *segments[run[-1]][1:])
    return before is not None and _list_number(text, s, e) == before + 1


def _single(text: str, s: int, e: int, doi: bool) -> bool:
    """Whether ``text[s:e]`` is a DOI line or the journal's citation of the story."""
    if doi and _DOI.fullmatch(text, s, e) is not None:
        return True
    # ``… (2019)`` closing a short line first (no pattern to compile for other lines).
    year = text[e - 5 : e - 1]
    if not 12 <= e - s <= 80 or text[e - 1] != ")" or text[e - 6] != "(" or not year.isdigit():
        return False
    if not text[s].isupper():
        return False
    return _JOURNAL.fullmatch(text, s, e) is not None


def _header(text: str, s: int, e: int) -> bool:
    """A short line with no sentence end: the list's header."""
    line = text[s:e]
    return e - s <= _HEADER_MAX and line[-1] not in ".!?,;" and len(line.split()) <= 4


def _run_found(
    text: str, segments: list[tuple[int, int, int]], run: list[int], found: dict[tuple[int, int], str]
) -> None:
    """Take a run of two references or more, with the header line right above it."""
    if len(run) < 2:
        return
    for k in run:
        found[segments[k][1:]] = "other"
    above = segments[run[0] - 1][1:] if run[0] > 0 else None
    if above is not None and above not in found and _header(text, *above):
        found[above] = "other"


def reference_lists(
    text: str, segments: list[tuple[int, int, int]], found: dict[tuple[int, int], str]
) -> None:
    """Take the reference lists of the text's second half (see the module's docstring)."""
    if len(segments) < 3:
        return
    half = len(text) // 2
    # Which shapes the second half may hold (a scan in C each): a line opening with ``[``, an
    # author line (``Surname, I.``) where a bracketed year is written, a DOI.
    numbered = text.find("\n[", half) >= 0
    authored = ("(19" in text or "(20" in text) and _AUTHOR_LINE.search(text, half) is not None
    doi = text.find("doi", half) >= 0
    vancouver = _vancouver_possible(text, half)
    last = len(segments) - 1
    if not (numbered or authored or doi or vancouver):
        # Only the journal's citation closing the text is possible: the last lines are read.
        for k in range(max(0, last - _ALONE + 1), last + 1):
            _, s, e = segments[k]
            if (s, e) not in found and _single(text, s, e, False):
                found[(s, e)] = "other"
        return
    first = bisect.bisect_left(segments, half, key=lambda seg: seg[1])
    # A list running over the middle of the text: its references above the middle belong to it.
    while first > 0 and _reference(text, *segments[first - 1][1:], numbered, authored, vancouver):
        first -= 1
    run: list[int] = []  # a run of references (indices into segments)
    for k in range(first, last + 1):
        _, s, e = segments[k]
        if _reference(text, s, e, numbered, authored, vancouver) or _numbering_goes_on(
            text, segments, run, k
        ):
            run.append(k)
        elif (s, e) not in found:
            _run_found(text, segments, run, found)
            run.clear()
            if last - k < _ALONE and _single(text, s, e, doi):
                found[(s, e)] = "other"
    _run_found(text, segments, run, found)
