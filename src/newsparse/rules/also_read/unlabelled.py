"""Unlabelled related headlines: Express-style ``… [INSIGHT]`` lines and Fox-style ALL-CAPS inserts."""

from __future__ import annotations

import bisect
import functools

from newsparse._document import Document
from newsparse._model import AlsoRead, Boilerplate, Span
from newsparse.rules.also_read.compiled import _Compiled
from newsparse.rules.also_read.text import (
    _ABBREVIATION,
    _CAPS_EXCLUDE,
    _FULL_STOP,
    _LOWER,
    _NOT_A_TITLE,
    _STRIP,
    _Lazy,
    _Line,
    _starts_lower,
    _strip_span,
)
from newsparse.rules.furniture.patterns import AGENCIES as _EN_AGENCIES
from newsparse.rules.furniture.writer_lines import writer_line

# -- unlabelled related headlines -------------------------------------------------------


def _tagged_items(document: Document, c: _Compiled, line: _Line, items: list[AlsoRead]) -> list[AlsoRead]:
    """Unlabelled headlines on ``line`` that end in a bracketed tag (``… [INSIGHT]``), outside the
    labelled ``items`` already found there."""
    if "[" not in line.text or c.tags is None:
        return []
    text = document.text
    lt = line.text
    out: list[AlsoRead] = []
    seg_start = 0
    starts = [i.span.start for i in items]  # items come in text order
    ends = sorted(i.span.end for i in items)
    for m in c.tags.finditer(lt):
        t_start, t_end = seg_start, m.start()
        seg_start = m.end()
        k = bisect.bisect_right(starts, line.start + t_start) - 1
        if k >= 0 and items[k].span.start <= line.start + t_start < items[k].span.end:
            continue
        k = bisect.bisect_right(ends, line.start + t_end) - 1
        if k >= 0:  # the headline starts after the last labelled item before the tag
            t_start = max(t_start, ends[k] - line.start)
        # In a joined line the headline starts after the last sentence end before the tag.
        window_start = max(t_start, t_end - 250)
        last = None
        for b in _FULL_STOP.finditer(lt, window_start, t_end):
            word = lt[max(window_start, b.start() - 12) : b.start() + 1].split()
            if word and not _ABBREVIATION.fullmatch(word[-1]):
                last = b
        if last is not None:
            t_start = last.end()
        elif t_end - t_start > 250:
            continue
        s, e = _strip_span(lt, t_start, t_end, "|")
        words = lt[s:e].split()
        if not 3 <= len(words) <= 30 or _starts_lower(words[0]) or lt[s:e].endswith("."):
            continue
        if _is_credit_tag(document, m.group(), lt[s:e]):
            continue
        end = m.end()
        _, end = _strip_span(lt, s, end)
        item = AlsoRead(
            Span.of(text, line.start + s, line.start + end), Span.of(text, line.start + s, line.start + e)
        )
        if not document.is_claimed(item.span.start, item.span.end):
            out.append(item)
    if not out and seg_start:
        lead = _leading_tag_item(document, c, line)
        if lead is not None:
            out.append(lead)
    return out


def _caps_insert_block(document: Document, line: _Line) -> list[Boilerplate]:
    """``line`` as ``related_links`` boilerplate when it is an ALL-CAPS related headline."""
    # An unlabelled related headline is page furniture, not a link item: the annotation
    # convention files "related-headline runs with no label" under footers, so the line is
    # claimed as a ``related_links`` footer (and kept out of the body and the quotes).
    t = line.text.strip(_STRIP)
    if not _is_caps_insert(t):
        return []
    s, e = _strip_span(document.text, line.start, line.end)
    if document.is_claimed(s, e) or _heads_list(document.text, e):
        return []
    return [Boilerplate(document.span(s, e), "related_links")]


# A list item's marker at the start of a line: "- ", "• ", "* ", "1. ", "2) ".
_LIST_ITEM = _Lazy(r"[ \t\u00a0]{0,4}(?:[-–—•*·▪►][ \t\u00a0]|\d{1,3}[.)][ \t\u00a0])")


def _heads_list(text: str, end: int) -> bool:
    """Whether the line ending at ``end`` is followed by a list item: a heading over a list in
    the story (``DRUMMER OF THE YEAR`` over ``- Jane Roe`` lines), not a related headline set
    between paragraphs."""
    nl = text.find("\n", end, end + 400)
    if nl < 0:
        return False
    pos = nl + 1
    while pos < len(text) and pos < nl + 200 and text[pos] in "\r\n":
        pos += 1
    return _LIST_ITEM.match(text, pos, pos + 8) is not None


# A credit line, not a headline, before a bracketed tag (``With inputs from agencies [IANS]``).
_CREDIT_TITLE = _Lazy(
    r"(?i)^\W{0,3}(?:with\s+inputs|inputs\s+from|by\s+\p{Lu}"
    r"|(?:reporting|editing|edited|written|compiled|additional\s+reporting)\s+by)"
)


@functools.lru_cache(maxsize=32)
def _agency_keys(agencies: tuple[str, ...]) -> frozenset[str]:
    return frozenset(a.casefold() for a in agencies)


def _is_credit_tag(document: Document, tag: str, title: str) -> bool:
    """Whether a bracketed tag names a news agency (``[PTI]``, ``[IANS]``: a credit, not an
    Express-style section tag) or the text before it is a credit line."""
    name = tag.strip("[]| \t\u00a0").casefold()
    agencies = _agency_keys(document.tables.agencies) | _agency_keys(_EN_AGENCIES)
    return name in agencies or _CREDIT_TITLE.match(title) is not None


def _leading_tag_item(document: Document, c: _Compiled, line: _Line) -> AlsoRead | None:
    """A related headline after a leading tag, alone on its line (``[INSIGHT] Pier owners warn ...``)."""
    lt = line.text
    lead = len(lt) - len(lt.lstrip())
    m = c.tags.match(lt, lead) if c.tags is not None and len(lt) <= 300 else None
    if m is None or c.tags is None or c.tags.search(lt, m.end()) is not None:
        return None
    s, e = _strip_span(lt, m.end(), len(lt), "|")
    words = lt[s:e].split()
    if not 3 <= len(words) <= 30 or _starts_lower(words[0]) or lt[s:e].endswith((".", ":")):
        return None
    if _is_credit_tag(document, m.group(), lt[s:e]):
        return None
    text = document.text
    item = AlsoRead(
        Span.of(text, line.start + lead, line.start + e), Span.of(text, line.start + s, line.start + e)
    )
    return None if document.is_claimed(item.span.start, item.span.end) else item


def _is_caps_insert(t: str) -> bool:
    """An ALL-CAPS related headline (Fox style): 5+ words, no final full stop, no call to action."""
    if len(t) > 200 or t.endswith((".", ":", ",")) or _LOWER.search(t, 0, 40) is not None:
        return False
    words = t.split()
    if not 5 <= len(words) <= 25:
        return False
    cased = [ch for ch in t if ch.isalpha() and (ch.isupper() or ch.islower())]
    if len(cased) < 15 or sum(ch.isupper() for ch in cased) < 0.9 * len(cased):
        return False
    if t.startswith("(") and t.endswith(")"):
        return False  # a parenthesised credit or note
    # Credits, stamps, captions and promos in capitals (``EDITED BY …``, ``UPDATED AT …``,
    # ``PHOTO: …``) and a writer's bio (``JANE ROE IS THE LEDGER'S POLITICAL EDITOR``) are not links.
    return (
        _CAPS_EXCLUDE.search(t) is None
        and _NOT_A_TITLE.search(t) is None
        and writer_line(t, 0, len(t), body_seen=True) is None
    )
