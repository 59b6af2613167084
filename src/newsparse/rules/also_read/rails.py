"""A closing rail: a short section header and bulleted headlines that end the text.

Some sites close a story with the latest titles of its section, headed by the section's name
in capitals and set as a bullet list (``MEDELLÍN`` / ``-Escándalo en …`` / ``-La historia de …``).
The header is no label of any table (a city, a desk, a topic), so the rule's label scans never
see it; the shape is read from the end of the text instead, a bounded walk over its last lines
(a few dozen string tests a document, whatever its length).
"""

from __future__ import annotations

from newsparse._document import Document
from newsparse._model import AlsoRead
from newsparse.rules.also_read import patterns as P
from newsparse.rules.also_read.text import _STRIP, _is_all_caps, _Lines, _strip_span
from newsparse.rules.also_read.titles import _looks_like_title

# Bullets a rail sets before each title, with or without a space (``-Título``, ``• Titre``).
_RAIL_BULLETS = frozenset("-–—•*·▪►")
_MIN_RAIL_TITLES = 2  # one bulleted line under a header is a list item, not a rail
_MAX_RAIL_TITLES = 12
_MAX_RAIL_LINES = 60  # the most lines read from the end, blank ones included
_MIN_RAIL_WORDS = 4  # rail titles are headlines; shorter bullets are menus or facts
_MAX_HEADER_WORDS = 3  # ``MEDELLÍN``, ``MÁS NOTICIAS``, ``EL TIEMPO DEPORTES``
_MAX_HEADER_CHARS = 40


def closing_rail(document: Document, lines: _Lines, taken: set[int]) -> list[AlsoRead]:
    """The links of a rail that ends the text, labelled by its capitals header; ``[]`` when the
    text ends otherwise.

    The titles are the bulleted lines (one bullet character for all) that run to the text's end,
    two or more, each a headline of four words or more with no sentence inside; the line above
    the first is a header of one to three words in capitals, or a section name of the text's
    language (``patterns.SECTION_KICKERS``: ``Deportes``, ``Política``).
    """
    text = document.text
    titles: list[tuple[int, int]] = []
    bullet = ""
    i = len(lines) - 1
    floor = max(-1, i - _MAX_RAIL_LINES)  # blank lines included: the walk stays bounded
    while i > floor and len(titles) <= _MAX_RAIL_TITLES:
        line = lines[i]
        s, e = _strip_span(text, line.start, line.end)
        if s == e:
            i -= 1
            continue
        found = _rail_title(text, s, e, bullet)
        if found is None or i in taken:
            break
        bullet = text[s]
        titles.append(found)
        i -= 1
    while i > floor and not text[lines.starts[i] : lines.ends[i]].strip(_STRIP):
        i -= 1
    if not _MIN_RAIL_TITLES <= len(titles) <= _MAX_RAIL_TITLES or i <= floor or i in taken:
        return []
    header = lines[i]
    hs, he = _strip_span(text, header.start, header.end, ":")
    header_text = text[hs:he]
    sections = P.SECTION_KICKERS.get(document.language, frozenset())
    if not (_is_rail_header(header_text) or header_text in sections) or document.is_claimed(hs, titles[0][1]):
        return []
    label = document.span(hs, he)
    # The first item's span starts at the header, so the whole rail is claimed.
    starts = [hs] + [_bullet_start(text, ts) for ts, _ in reversed(titles[:-1])]
    return [
        AlsoRead(document.span(start, te), document.span(ts, te), label, None)
        for start, (ts, te) in zip(starts, reversed(titles), strict=True)
    ]


def _rail_title(text: str, s: int, e: int, bullet: str) -> tuple[int, int] | None:
    """The title span of a bulleted rail line ``[s, e)`` (stripped), or ``None``."""
    if text[s] not in _RAIL_BULLETS or (bullet and text[s] != bullet):
        return None
    ts, te = _strip_span(text, s + 1, e)
    title = text[ts:te]
    if not title[:1].isupper() or len(title.split()) < _MIN_RAIL_WORDS:
        return None
    if ". " in title or not _looks_like_title(title):
        return None
    return ts, te


def _bullet_start(text: str, title_start: int) -> int:
    """Where the bullet before a rail title starts (the item's span covers it)."""
    at = title_start
    while at > 0 and text[at - 1] in _STRIP:
        at -= 1
    return at - 1 if at > 0 and text[at - 1] in _RAIL_BULLETS else title_start


def _is_rail_header(header: str) -> bool:
    """Whether a line is a short section name in capitals (``MEDELLÍN``, ``MÁS NOTICIAS``)."""
    words = header.split()
    return (
        0 < len(words) <= _MAX_HEADER_WORDS
        and len(header) <= _MAX_HEADER_CHARS
        and sum(ch.isalpha() for ch in header) >= 3
        and not any(ch.isdigit() for ch in header)
        and _is_all_caps(header)
    )
