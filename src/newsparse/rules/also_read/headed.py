"""A related-links header with its one title on the same line: ``Más noticias: Suben los
alquileres``, ``Related Articles | Rail Fares Rise Again``, ``Lo más leído: …`` (round eight).

Section headers (``Related Stories``, ``Más noticias``) head a list when alone on their line
(:mod:`.blocks`); a scrape that flattened a one-item rail keeps the header, a separator and the
title on one line. The header must be all that stands before the first ``:`` or ``|`` of the
line, and what follows must read as a headline.
"""

from __future__ import annotations

from newsparse._document import Document
from newsparse._model import AlsoRead
from newsparse.rules.also_read.compiled import _Compiled
from newsparse.rules.also_read.guards import is_no_story
from newsparse.rules.also_read.text import _Line, _starts_lower, _strip_span
from newsparse.rules.also_read.titles import _headline_like, _is_sentence_title, _without_meta_tail

_SEPARATORS = (":", "|")
_HEADER_REACH = 60  # the farthest a header's separator lies from the line start
_TITLE_MAX = 200  # the longest title read after a header


def header_item(document: Document, c: _Compiled, line: _Line) -> AlsoRead | None:
    """The link on ``line`` when it is a section header, a separator and one headline, else ``None``."""
    lt = line.text
    cut = _separator_at(lt)
    if cut is None:
        return None
    h_s, h_e = _strip_span(lt, 0, cut)
    if h_e <= h_s or not c.is_header(lt[h_s:h_e]):
        return None
    t_s, t_e = _strip_span(lt, cut + 1, len(lt))
    if t_e <= t_s or t_e - t_s > _TITLE_MAX:
        return None
    t_e = _without_meta_tail(lt, t_s, t_e, c.meta_words)
    title = lt[t_s:t_e]
    if (
        _starts_lower(title)
        or not _headline_like(title, separated=True)
        or (c.starters.sentence_case and _is_sentence_title(title))
        or is_no_story(title)
    ):
        return None
    base = line.start
    return AlsoRead(
        document.span(base + h_s, base + max(t_e, _strip_span(lt, t_s, len(lt))[1])),
        document.span(base + t_s, base + t_e),
        document.span(base + h_s, base + h_e),
        None,
    )


def _separator_at(lt: str) -> int | None:
    """The offset of the first ``:`` or ``|`` within reach of the line start, or ``None``."""
    found = [k for k in (lt.find(sep, 0, _HEADER_REACH) for sep in _SEPARATORS) if k > 0]
    return min(found) if found else None
