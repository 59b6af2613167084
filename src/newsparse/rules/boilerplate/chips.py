"""Quote chips of a markets page and the caption under a paywall label (#9, s11).

Two pieces of page furniture that stand inside the story's column and that no whole-line table
can name, because each is known only by the line next to it:

- *quote chips*: a markets page links each security it names to a live quote, a chip showing
  its symbol and the day's change. Text extraction breaks the sentence around the chip into
  lines of their own, the symbol with a comma and, on the next line, the change
  (``TMUBMUSD10Y,`` / ``0.673%``). A line that is only an upper-case symbol and its comma,
  over a line that is only a signed percentage, is one such chip: the pair is a footer, and the
  sentence around it stays story. Either line alone is no chip (a story's table or list may
  hold a bare percentage).
- *the caption under a paywall label*: a premium story's page prints its lead picture between
  the label (``PREMIUM``, which the tables find) and the story, and text extraction keeps the
  picture's caption as the line under the label. That line joins the label when it reads as a
  caption: it ends in an upper-case credit in brackets (``(REUTERS)``, ``(HT PHOTO)``) or ends
  like no sentence.

Both steps are gated by literal checks on the whole text (a comma before a line break and a
``%``; a found label), so a text with neither costs a few ``in`` tests.
"""

from __future__ import annotations

import bisect

from newsparse.text.lazy import deferred_re

__all__ = ["PAYWALL_LABELS", "paywall_captions", "quote_chips"]

Segments = list[tuple[int, int, int]]
Found = dict[tuple[int, int], str]

# A chip: the symbol and its comma alone on a line (``COMP,``, ``TMUBMUSD10Y,``, ``BRK.B,``), and
# the change alone on the next one (``-3.19%``, ``0.673%``). Bounded repeats, one line each.
_CHIP = deferred_re(
    r"(?m)^[ \t]{0,40}([A-Z][A-Z0-9.:^]{0,14},)[ \t]{0,8}\n"
    r"[ \t]{0,40}([-+\u2212]?\d{1,4}(?:\.\d{1,4})?%)[ \t]{0,8}$"
)

PAYWALL_LABELS: frozenset[str] = frozenset(
    ("premium", "premium story", "premium article", "subscriber only", "subscribers only", "members only")
)
"""A paywall label alone on its line (case-folded, its punctuation stripped): the line under it
may be the lead picture's caption."""

_CAPTION_MAX = 300  # a caption is a line or two of the picture's width
_UNCREDITED_MAX = 200  # a caption with no credit in brackets, at most
_LABEL_MAX = 24
_SENTENCE_END = (".", "!", "?", ":", ";", "…")
_CLOSERS = "\"”’'»"
_LABEL_STRIP = " \t\u00a0-–—:|•*"


def quote_chips(text: str, segments: Segments, found: Found) -> None:
    """A markets page's quote chips (``SYMBOL,`` over ``0.673%``): ``other``, each line of a
    chip where it is an unclaimed segment of its own."""
    if "%" not in text or (",\n" not in text and ", \n" not in text):
        return  # (no chip can be there: the scan stays uncompiled)
    bounds = {(s, e) for _, s, e in segments}
    for m in _CHIP.finditer(text):
        symbol, change = (m.start(1), m.end(1)), (m.start(2), m.end(2))
        if symbol in bounds and change in bounds and symbol not in found and change not in found:
            found[symbol] = "other"
            found[change] = "other"


def _caption_like(text: str, s: int, e: int) -> bool:
    """Whether ``text[s:e]`` reads as a picture's caption: it ends in an upper-case credit in
    brackets (``… (REUTERS)``), or, short, with no sentence end (a longer line with none may be
    the story's first paragraph cut short by the scrape)."""
    line = text[s:e]
    if line.endswith(")"):
        opened = line.rfind("(")
        credit = line[opened + 1 : -1]
        if opened > 0 and credit.strip() and credit.isupper():
            return True
    return e - s <= _UNCREDITED_MAX and not line.rstrip(_CLOSERS).endswith(_SENTENCE_END)


def paywall_captions(text: str, segments: Segments, found: Found) -> None:
    """The lead picture's caption on the line under a paywall label the tables found
    (``PREMIUM`` / ``… in August (REUTERS)``): found with the label's kind, so the two are one
    item."""
    if not found:
        return
    starts = [s for _, s, _ in segments]
    for (fs, fe), kind in list(found.items()):
        if fe - fs > _LABEL_MAX or text[fs:fe].strip(_LABEL_STRIP).casefold() not in PAYWALL_LABELS:
            continue
        n = bisect.bisect_left(starts, fs)
        if n + 2 >= len(segments) or segments[n][1] != fs:
            continue  # (the story must go on under the caption)
        _, s, e = segments[n + 1]
        if (s, e) not in found and e - s <= _CAPTION_MAX and _caption_like(text, s, e):
            found[(s, e)] = kind
