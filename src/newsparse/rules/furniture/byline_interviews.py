"""An interview's credit: ``Jana Roth im Gespräch mit Omar Said`` (#11).

Radio and print interviews name who spoke with whom in one short phrase, on its own line or
closing the teaser's last line. The join words are language data
(:attr:`~newsparse.lang.tables.LanguageTables.interview_links`). The same words run through
prose too (``sagte sie 1979 im Gespräch mit Jana Roth``), so the credit must be nothing but
names around the join: opening its line or standing right after a sentence's end, and
closing the line.
"""

from __future__ import annotations

import functools
from collections.abc import Iterator, Sequence

import regex

from newsparse._document import Document
from newsparse._model import Byline, Span
from newsparse.rules.furniture.patterns import LazyPattern

__all__ = ["interview_credits"]

# A name of one to four capitalised words, with the particles names carry ("von", "de").
_NAME = (
    r"\p{Lu}[\p{L}\p{M}'’\-]{1,25}+"
    r"(?:[ \u00a0](?:(?:von|van|de|del|da|di|du|la|le)[ \u00a0])?+\p{Lu}[\p{L}\p{M}'’\-]{1,25}+){0,3}+"
)

# Where a credit may start: the line's start (past a bullet) or after a sentence's end.
_OPENING = r"(?:^[ \t\u00a0*•\-–—]{0,3}+|(?<=[.!?][\"“”»]?+[ \u00a0]))"


@functools.lru_cache(maxsize=16)
def _credit_pattern(links: tuple[str, ...]) -> LazyPattern:
    """The credit of names joined by one of ``links``, closing its line."""
    alt = "|".join(map(regex.escape, sorted(links, key=len, reverse=True)))
    return LazyPattern(
        rf"{_OPENING}(?P<credit>(?P<guest>{_NAME})[ \u00a0](?:{alt})[ \u00a0](?P<host>{_NAME}))"
        r"[ \t\u00a0.]{0,3}+$",
        regex.MULTILINE,
    )


def interview_credits(document: Document, taken: Sequence[Span] = ()) -> Iterator[Byline]:
    """Each interview credit on the page (see the module's docs), overlapping none of
    ``taken``: a ``byline`` naming both people, the interviewer second."""
    links = document.tables.interview_links
    if not links:
        return
    text = document.text
    if not any(link in text for link in links):
        return  # most pages have no join word at all
    for m in _credit_pattern(tuple(links)).finditer(text):
        start, end = m.span("credit")
        if any(t.start < end and start < t.end for t in taken):
            continue
        yield Byline(Span.of(text, start, end), names=(m.group("guest"), m.group("host")))
