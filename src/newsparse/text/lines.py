"""The line table of a text as plain integer offsets: the cheapest shared pre-pass.

Every rule works line by line, so the document computes where lines start and end once and
keeps them as two integer ``array`` columns (8 bytes a line) instead of one ``Span`` object per
line (~150 bytes with its text slice). Spans are built only for the lines a rule asks for.

This module imports nothing from newsparse, so the model (which needs line bounds to build
``Article.body``) and the document can both use it without an import cycle.
"""

from __future__ import annotations

from array import array

__all__ = ["LINE_TERMINATORS", "line_bounds", "lowered"]

# Every line terminator ``str.splitlines`` knows, so that a lone ``\r`` (old Mac files,
# some CMS exports) or U+2028 from a JSON feed ends a line just like ``\n`` does.
LINE_TERMINATORS = frozenset("\n\r\x0b\x0c\x1c\x1d\x1e\x85\u2028\u2029")


def line_bounds(text: str) -> tuple[array[int], array[int]]:
    """Return ``(starts, ends)``: the offsets of every line of ``text`` without its terminator.

    Blank lines are included; a text ending in a terminator (or an empty text) ends with an
    empty last line, so that every offset of the text lies on some line.

    >>> starts, ends = line_bounds("a\\r\\nb\\rc\\n")
    >>> list(zip(starts, ends))
    [(0, 1), (3, 4), (5, 6), (7, 7)]
    """
    # 4-byte offsets whenever they fit (every realistic text): 8 bytes a line in all.
    code = "i" if len(text) < 2**31 else "q"
    starts: array[int] = array(code)
    ends: array[int] = array(code)
    add_start, add_end = starts.append, ends.append
    start = 0
    terminators = LINE_TERMINATORS
    # str.splitlines knows exactly these terminators and runs in C; the loop only measures.
    for piece in text.splitlines(keepends=True):
        end = start + len(piece)
        last = piece[-1]
        if last == "\n" and piece.endswith("\r\n"):
            content_end = end - 2
        elif last in terminators:
            content_end = end - 1
        else:
            content_end = end
        add_start(start)
        add_end(content_end)
        start = end
    if not text or text[-1] in terminators:
        add_start(len(text))
        add_end(len(text))
    return starts, ends


def lowered(text: str) -> str:
    """Return ``text`` lower-cased with every offset kept, for case-blind scans.

    ``str.lower`` changes the length of a few characters (``"İ".lower()`` is two code
    points); those keep their original form here so that an offset found in the lowered
    text is the same offset in ``text``.

    >>> lowered("İstanbul SAID")
    'İstanbul said'
    """
    low = text.lower()
    if len(low) == len(text):
        return low
    return "".join(c if len(lc := c.lower()) != 1 else lc for c in text)
