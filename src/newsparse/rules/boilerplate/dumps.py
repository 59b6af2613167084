"""The page's metadata dumped after the story (issue #9, eighth round).

Some scrapes (a CSV column filled from the whole page, an extractor that kept the ``<head>``)
close the text with what the page says about itself: the headline and the teaser again, the
publishing times as machine stamps (``2024-03-05T08:57:40+01:00``), the share image's address,
the site's name, and often the story's paragraphs a second time. None of it is the story, and
none of it reads as furniture line by line: repeated paragraphs are prose.

:func:`page_dump` reads the text's last segments backwards while each one is *residue*:

* a machine stamp or a bare web address alone on its line (a *meta* line);
* a copy of a segment above it (the headline, the teaser, a paragraph);
* a footer line already found;
* a short label (a few words, no sentence end: the site's name, a section).

The run is one footer when it holds a meta line and two copies of long segments (a metadata
block and a repeated story, not an embed's address under the story's last paragraph). It
starts after the story's last paragraph, which is no copy: its first occurrence is the story's.

The scan runs only when one search of the text (in C) finds a meta line in its second half.
"""

from __future__ import annotations

import re

from newsparse.text.lazy import deferred_re

__all__ = ["page_dump"]

Segments = list[tuple[int, int, int]]
Found = dict[tuple[int, int], str]

_LABEL_WORDS = 8  # a short label line: the site's name, a section, a keyword list
_LABEL_CHARS = 60
_COPY_MIN = 40  # a copied segment this long is a paragraph or a teaser, not a one-word label
_COPIES = 2  # long copies in the run, at least
_SENTENCE_END = (".", "!", "?", "…", ":", ";", '"', "”", "’", "»", "।")

# A machine stamp (ISO 8601 date and time, with seconds or a zone) or a web address alone on a
# line: what a page's meta tags hold, not what a story prints. Bounded, no nested repeats.
_ISO_MARKS = ("T0", "T1", "T2")  # the hour after an ISO date: ``T08:57``
_META_SOURCE = (
    r"(?:\d{4}-\d\d-\d\dT\d\d:\d\d(?::\d\d(?:\.\d{1,6})?)?(?:Z|[+-]\d\d:?\d\d)?"
    r"|https?://[^\s]{4,400})"
)
_META = deferred_re(_META_SOURCE)  # a stripped segment, whole
_META_LINE = deferred_re(r"^[ \t]*" + _META_SOURCE + r"[ \t]*$", re.MULTILINE)  # the gate's scan


def _label(text: str, s: int, e: int) -> bool:
    """Whether the segment is a short label: a few words, no sentence end."""
    if e - s > _LABEL_CHARS or text[e - 1] in _SENTENCE_END:
        return False
    return len(text[s:e].split()) <= _LABEL_WORDS


def _may_hold_meta(text: str, start: int) -> bool:
    """Whether literal scans (in C) find an address or an ISO time mark after ``start``: most
    texts hold neither, and pay no pattern compilation."""
    return text.find("://", start) >= 0 or any(text.find(mark, start) >= 0 for mark in _ISO_MARKS)


def page_dump(text: str, segments: Segments, found: Found) -> None:
    """Take the page's metadata and repeated copy closing the text as one ``other`` footer."""
    if len(segments) < 6:
        return
    half = segments[0][1] + (segments[-1][2] - segments[0][1]) // 2
    if not _may_hold_meta(text, half) or _META_LINE.search(text, half) is None:
        return
    first: dict[str, int] = {}
    for n, (_, s, e) in enumerate(segments):
        first.setdefault(text[s:e], n)
    run: list[tuple[int, int]] = []
    meta = copies = 0
    for n in range(len(segments) - 1, 0, -1):
        _, s, e = segments[n]
        seg = text[s:e]
        if first[seg] < n:
            copies += e - s >= _COPY_MIN
        elif _META.fullmatch(text, s, e) is not None:
            meta += 1
        elif (s, e) not in found and not _label(text, s, e):
            break
        run.append((s, e))
    if meta and copies >= _COPIES and len(run) < len(segments) - 1:
        for key in run:
            found[key] = "other"
