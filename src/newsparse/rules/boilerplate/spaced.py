"""Paragraphs a scraper joined into one line with runs of blanks between them.

Some CSV scrapes keep each article as one line and mark the old paragraph breaks with a run of
two or more spaces (``…the vote is due in March.  Share this article  Councillors said …``).
Cut at those runs, the line's parts are the page's lines again, and every later step (whole-line
tables, promo runs, the junk tail, closing headlines) reads them as it reads lines.

Only a long line (a joined scrape) is cut, and only at a run of two blanks or more: a single
space never separates paragraphs, and a short line with a double space is a typing slip. A line
holding a ``|`` is a layout-table row whose cells are padded with blanks: it stays whole.

>>> text = "The council met.  Share this article  " + "The vote is due in March. " * 20
>>> [text[s:e] for s, e in paragraph_parts(text, 0, len(text.rstrip()))][:2]
['The council met.', 'Share this article']
"""

from __future__ import annotations

from newsparse.text.lazy import deferred_re

__all__ = ["paragraph_parts"]

# A paragraph break in a joined line: two blanks or more (bounded: a run is one match, no
# backtracking over it). Tabs and no-break spaces count, as scrapes write them.
_GAP = deferred_re(r"[ \t\u00a0]{2,}")
# The shortest line cut: joined scrapes are long; a shorter line with a double space is one
# paragraph typed with a slip.
_MIN_LINE = 400


def paragraph_parts(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """The parts of ``text[start:end]`` between runs of two or more blanks (one part when
    the segment is short or holds no such run)."""
    if end - start < _MIN_LINE or (text.find("  ", start, end) < 0 and text.find("\u00a0", start, end) < 0):
        return [(start, end)]
    if text.find("|", start, end) >= 0:
        return [(start, end)]  # a layout-table row: its cells are padded with blanks, not paragraphs
    parts: list[tuple[int, int]] = []
    pos = start
    for m in _GAP.finditer(text, start, end):
        if m.start() > pos:
            parts.append((pos, m.start()))
        pos = m.end()
    if pos < end:
        parts.append((pos, end))
    return parts
