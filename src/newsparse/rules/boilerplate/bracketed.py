"""A related headline in round brackets on its own line (issue #9, eighth round).

Sites set a link to another story between two paragraphs in brackets, and a scraper keeps it
as text: ``(Harbour Ferry Fares: What Changes On Monday)``, ``( Reacción de los vecinos al
cierre del puerto)``, ``(Was heute noch im Hafen passiert >>>)``. The square-bracket form is a
whole-line pattern of the table; the round one needs a check the table cannot make, since
credits are written the same way (``(With inputs from PTI)``, ``(Reporting by Jane Roe;
Editing by John Doe)``) and belong to the bylines rule. :func:`bracketed_headlines` takes a
line that is all one bracket holding four to twenty-five words, opening with a capital, digit
or quote mark and ending with no sentence punctuation, when the credit pattern does not match.

Only segments opening with ``(`` and closing with ``)`` are looked at (two character tests).
"""

from __future__ import annotations

from collections.abc import Callable

__all__ = ["bracketed_headlines"]

Segments = list[tuple[int, int, int]]
Found = dict[tuple[int, int], str]

_MIN_WORDS, _MAX_WORDS = 4, 25
_MAX_CHARS = 220
_SENTENCE_END = (".", "!", "?", ";", ",", "…")
_OPENERS = "\"'“‘«„"  # a quoted headline opens with a quote mark


def _headline_inside(inner: str) -> bool:
    """Whether the bracket's text reads as a headline: 4–25 words, a capital, digit or quote
    mark first, no sentence punctuation at the end and no bracket inside."""
    if not inner or inner.endswith(_SENTENCE_END) or "(" in inner or ")" in inner:
        return False
    first = inner[0]
    if not (first.isupper() or first.isdigit() or first in _OPENERS):
        return False
    return _MIN_WORDS <= len(inner.split()) <= _MAX_WORDS


def bracketed_headlines(
    text: str, segments: Segments, found: Found, is_credit: Callable[[str, int, int], bool]
) -> None:
    """Take each unclaimed line that is a headline in round brackets as ``related_links``.

    ``is_credit(text, start, end)`` tells a credit line (the bylines rule's) from a link."""
    for _, s, e in segments:
        if text[s] != "(" or text[e - 1] != ")" or e - s > _MAX_CHARS or (s, e) in found:
            continue
        if _headline_inside(text[s + 1 : e - 1].strip()) and not is_credit(text, s, e):
            found[(s, e)] = "related_links"
