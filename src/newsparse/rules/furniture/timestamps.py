"""Timestamps: ``Updated: Nov 21, 2025, 10:20 IST``, ``First Published: ...``, ``3 min read``.

A timestamp line is a line made only of timestamp parts: a label (``Published``, ``Updated
on``, ``Last updated``, ``Posted``, ``First Published``, ...) followed by nothing but date and
time words, a bare date line (``November 21, 2025``), a relative time (``3 hours ago``) or a
read time (``4 Min Read``). Parts joined on one line (``Published: ... | Updated: ...``,
``...ESTUpdated an hour ago``) become one :class:`~newsparse.Timestamp` each. A body sentence
that mentions a date ("The report was published on Monday") is never one: the whole line must
be date words.

The date is parsed with its time and zone when written (IST is +05:30, BST +01:00, ``ET`` the
New York offset of that day, ``GMT+10`` +10:00); a date without a year stays unparsed
(``date=None``) with the text kept in ``date_text``, and an impossible time (``24:00``) is
dropped rather than rolled into the next day. A relative stamp (``3 hours ago``) has a date
only when the rule is given a ``reference`` time (when the page was fetched); never today's.

A byline with a timestamp on the same line (``By X | Updated: ...``) is a byline, not a
timestamp: the byline rule runs first and claims it.

>>> [(t.kind, t.date.isoformat()) for t in find_timestamps("Updated: Nov 21, 2025, 10:20 IST")]
[('updated', '2025-11-21T10:20:00+05:30')]
>>> line = "Published: 22:00 GMT, 26 September 2020 | Updated: 3 hours ago"
>>> [(t.text, t.kind) for t in find_timestamps(line)]
[('Published: 22:00 GMT, 26 September 2020 |', 'published'), ('Updated: 3 hours ago', 'relative')]
>>> find_timestamps("The report was published on Monday after a long delay.")
()
>>> import datetime
>>> rule = TimestampRule(reference=datetime.datetime(2025, 11, 21, 9, 30))
>>> [(t.kind, t.date) for t in rule(Document.from_text("Updated: 3 hours ago"))]
[('relative', datetime.datetime(2025, 11, 21, 6, 30))]
"""

from __future__ import annotations

import datetime as _dt
import functools
from collections.abc import Iterator
from typing import NamedTuple

import attrs
import regex

from newsparse._document import FREE, WHOLLY, Document
from newsparse._model import Span, Timestamp
from newsparse.rules.furniture.patterns import (
    AGENCIES,
    DATEISH,
    HAS_CALENDAR_DATE,
    HAS_DATE_SIGNAL,
    READ_TIME,
    RELATIVE,
    RELATIVE_WITHOUT_DIGIT,
    TIMESTAMP_LABELS,
    LazyPattern,
    alternation,
    line_segments,
)
from newsparse.text.dates import parse_date
from newsparse.text.lazy import deferred_regex

__all__ = ["TimestampRule", "find_timestamps"]

_MAX_LINE = 300
_B = r"[\s\u00a0]"
# Where one part of a timestamp line ends and the next begins: a pipe, bullet or semicolon,
# or a label glued to what came before ("... 4:29 AM ESTUpdated an hour ago").
_PART_BREAK = LazyPattern(
    r"[\s\u00a0]{0,3}[|•·;][\s\u00a0]{0,3}|[\s\u00a0]{1,3}\.[\s\u00a0]{1,3}"
    r"|(?<=[\p{L}\d)\].])(?=(?:Updated|UPDATED|Posted|POSTED|Published|PUBLISHED|First\sPublished|Last\sUpdated)\b)"
    # "Last Updated" is one label, not "Last" and a second part
    r"|(?<=[\p{L}\d)\].])(?<!(?i:last))[\s\u00a0]{1,3}(?=(?:Updated|UPDATED|Last\s[Uu]pdated|LAST\sUPDATED)[\s:])"
)


# A stamp glued to a sentence's end: its stop, then a capital at once; the stamp is at most
# this long ("Wednesday, 30 September 2020"), on a line at least _GLUED_MIN_LINE long.
_GLUED_STAMP = LazyPattern(r"[.?!\"”’](?=\p{Lu})")
_GLUED_TAIL = 40
_GLUED_MIN_LINE = 60
_YEAR_AT_END = LazyPattern(r"(?<!\d)(?:19|20)\d\d$")


def _has_capital_after_digit(text: str, pos: int, end: int) -> bool:
    """Whether a digit, a blank and a capital follow each other in ``text[pos:end]`` (a cheap
    pre-check for a second label after a time)."""
    return _DIGIT_BLANK_CAPITAL.search(text, pos, end) is not None


_DIGIT_BLANK_CAPITAL = LazyPattern(r"\d[\s\u00a0]{1,3}\p{Lu}")


@functools.lru_cache(maxsize=16)
def _label_break_regex(labels: tuple[tuple[str, str], ...]) -> regex.Pattern[str]:
    """A comma or dash before a label starts a new part: ``Publié le 3 mars à 10h20, mis à
    jour le 3 mars à 12h05``, ``03/03/2024 às 10h20 - Atualizado em ...`` (any language's label,
    in either case, after a digit or a time word)."""
    label_alt = alternation(label for label, _ in labels)
    return regex.compile(
        rf"(?<=[\p{{L}}\d.)])(?:,|[\s\u00a0]{{1,3}}[-–—|])[\s\u00a0]{{1,3}}"
        rf"(?=(?i:{label_alt})(?![\p{{L}}]))"
        # a capitalised label right after a time: "Publié le 03/03/2024 10:20 Mis à jour le ..."
        rf"|(?<=\d)[\s\u00a0]{{1,3}}(?=\p{{Lu}})(?=(?i:{label_alt})(?![\p{{L}}]))"
    )


_PROSE = LazyPattern(r"\b\p{Ll}{2,}[\s\u00a0]+\p{Ll}{2,}[\s\u00a0]+\p{Ll}{2,}[\s\u00a0]+\p{Ll}{2,}\b")
_LEAD = LazyPattern(r"[\s\u00a0\ufeff*•·>\-–—]*+")
_LEAD_CHARS = "\u00a0\ufeff*•·>-–—"  # with the blanks (str.isspace), what _LEAD skips
# A short outlet name after the date: "Updated on: November 19, 2019 / 10:07 AM / CBS News".
# The outlet or the place after a stamp: "... | Daily Ledger", "... IST - New Delhi".
_OUTLET = LazyPattern(r"[\s\u00a0]{0,2}[/|\-–—][\s\u00a0]{0,2}\p{Lu}[\p{L}\d .&]{0,28}")


@functools.lru_cache(maxsize=16)
def _label_regex(labels: tuple[tuple[str, str], ...]) -> regex.Pattern[str]:
    # compiled on first use (~4 ms, #8): a page whose lines hold no date-like part never needs it
    return deferred_regex(
        rf"(?i)(?P<label>{alternation(label for label, _ in labels)})(?![\p{{L}}])"
        rf"{_B}{{0,2}}(?:(?:on|at|am|le|el|em){_B}{{1,2}})?[:\-–—]?{_B}{{0,3}}"
    )


@functools.cache
def _default_label_regex() -> regex.Pattern[str]:
    return _label_regex(TIMESTAMP_LABELS)


@functools.lru_cache(maxsize=32)
def _merged_labels(
    own: tuple[tuple[str, str], ...], extra: tuple[tuple[str, str], ...]
) -> tuple[tuple[str, str], ...]:
    """``own`` and the pairs of ``extra`` it lacks; ``own`` itself when none (English)."""
    if extra is own:
        return own
    seen = set(own)
    added = tuple(pair for pair in dict.fromkeys(extra) if pair not in seen)
    return own + added if added else own


# A label and its preposition alone on a line, the date lost in the scrape ("- -Aktualisiert am").
_LABEL_PREPOSITION = LazyPattern(r"(?i)[\s\u00a0](?:on|at|am|le|el|em)[\s\u00a0]{0,2}:?$")


def _bare_label(text: str, pos: int, end: int, label_re: regex.Pattern[str]) -> str | None:
    """The label of a line holding only a label and its preposition, else ``None``."""
    if end - pos > 40:
        return None
    # the small preposition pattern first: most short lines have none, and so never compile label_re
    if _LABEL_PREPOSITION.search(text, pos, end) is None:
        return None
    m = label_re.fullmatch(text, pos, end)
    if m is None:
        return None
    return m.group("label")


def _kind_of(label: str, labels: tuple[tuple[str, str], ...]) -> str:
    key = " ".join(label.lower().split())
    for name, kind in labels:
        if name == key:
            return kind
    return "published"


class _Part(NamedTuple):
    start: int
    end: int
    kind: str
    date_start: int


def _dateish_to_end(text: str, start: int, end: int) -> bool:
    m = DATEISH.match(text, start, end)
    if m is None:
        return False
    if m.end() >= end:
        return True
    stop = m.end()
    while stop > start and text[stop - 1] in " \u00a0/|-–—":
        stop -= 1
    outlet = _OUTLET.fullmatch(text, stop, end)
    return outlet is not None


@attrs.frozen(slots=True)
class TimestampRule:
    """Find publication, update, relative and read-time lines.

    The fields are the rule's vocabulary; extend them by passing longer tuples.
    """

    name: str = "timestamps"
    """The rule's name in a :class:`~newsparse.Parser`."""
    labels: tuple[tuple[str, str], ...] = TIMESTAMP_LABELS
    """``(label, kind)`` pairs, lower-case (``("last updated", "updated")``)."""
    reference: _dt.date | None = attrs.field(default=None, kw_only=True)
    """When the page was fetched: relative stamps (``3 hours ago``, ``yesterday``) are dated
    against it. ``None`` (the default) leaves them undated; today's date is never assumed."""

    def __call__(self, document: Document) -> Iterator[Timestamp]:
        """Yield the timestamps of ``document``, in text order."""
        labels = _merged_labels(self.labels, document.tables.timestamp_labels)
        if labels is not self.labels:  # the document's language adds labels (never English)
            yield from attrs.evolve(self, labels=labels)._scan(document)
        else:
            yield from self._scan(document)

    def _scan(self, document: Document) -> Iterator[Timestamp]:
        text = document.text
        label_re = (
            _default_label_regex() if self.labels is TIMESTAMP_LABELS else _label_regex(tuple(self.labels))
        )
        claims, starts, ends = document.line_claims, document.line_starts, document.line_ends
        for index in document.index.nonblank:
            state = claims[index]
            if state == WHOLLY:
                continue
            if state == FREE and ends[index] - starts[index] > _MAX_LINE:
                s, e = starts[index], ends[index]
                if not (text[s].isspace() or text[s] in _LEAD_CHARS or text[e - 1] in " \u00a0\t"):
                    continue  # too long for a timestamp line, even stripped
            line = document.line_span(index)
            for rng in line_segments(document, line):
                if rng.text.strip():
                    found = list(self._in_segment(text, rng.start, rng.end, label_re))
                    if not found and rng.start > line.start:
                        found = self._after_claimed(text, rng.start, rng.end, label_re)
                    if not found:
                        found = self._glued_to_sentence(text, rng.start, rng.end)
                    if not found:
                        found = self._place_then_stamp(text, rng.start, rng.end, label_re)
                    yield from found

    def _place_then_stamp(
        self, text: str, start: int, end: int, label_re: regex.Pattern[str]
    ) -> list[Timestamp]:
        """A line of the writer's city, a dash and the page's stamp (El País: ``Madrid - 03
        mar 2024 - 10:15 CET``): one timestamp over the whole line, its date the stamp's.

        Only a short line holding a spaced hyphen is looked at; the stamp after the place must
        be a whole timestamp line with a calendar date."""
        if end - start > _PLACE_STAMP_MAX or text.find(" - ", start, end) < 0:
            return []
        m = _PLACE_DASH.match(text, start, end)
        if m is None:
            return []
        stamps = list(self._in_segment(text, m.end(), end, label_re))
        if not stamps or stamps[0].span.start != m.end() or not HAS_CALENDAR_DATE.search(text, m.end(), end):
            return []
        first = stamps[0]
        return [attrs.evolve(first, span=Span.of(text, start, first.span.end)), *stamps[1:]]

    def _glued_to_sentence(self, text: str, start: int, end: int) -> list[Timestamp]:
        """A calendar date glued to the end of a sentence, no blank between (``… to its
        recovery?Monday, 6 January 2020``): a scrape joined the page's stamp to the dek above
        it. Looked for only on lines ending in a year."""
        while end > start and text[end - 1] in " \u00a0\t":
            end -= 1
        if end - start < _GLUED_MIN_LINE or not text[end - 1].isdigit():
            return []
        if not _YEAR_AT_END.search(text, end - 5, end):
            return []
        glue = _GLUED_STAMP.search(text, max(start + 1, end - _GLUED_TAIL), end)
        if glue is None or not _dateish_to_end(text, glue.end(), end):
            return []
        if not HAS_CALENDAR_DATE.search(text, glue.end(), end):
            return []
        date_text = text[glue.end() : end]
        return [
            Timestamp(
                Span.of(text, glue.end(), end),
                kind="published",
                date=parse_date(date_text, reference=self.reference).date,
                date_text=date_text,
            )
        ]

    def _after_claimed(
        self, text: str, start: int, end: int, label_re: regex.Pattern[str]
    ) -> list[Timestamp]:
        """A labelled date opening the rest of a one-line scrape after a byline.

        ``By X Published November 21, 2024 HAIFA, Israel — ...``: the stamp ends where its date
        ends and a capitalised word starts.
        """
        pos = start
        while pos < end and text[pos] in " \u00a0\t|•·":
            pos += 1
        m = label_re.match(text, pos, min(end, pos + 40))
        if m is None or _kind_of(m.group("label"), tuple(self.labels)) not in {"published", "updated"}:
            return []
        dm = DATEISH.match(text, m.end(), min(end, m.end() + 80))
        if dm is None or not HAS_CALENDAR_DATE.search(text, m.end(), dm.end()):
            return []
        stop = dm.end()
        while stop > m.end() and text[stop - 1] in " \u00a0\t":
            stop -= 1
        if stop >= end or not text[dm.end() : dm.end() + 1].isupper():
            return []
        date_text = text[m.end() : stop].strip(" \u00a0|•·;,-–—") or None
        kind = _kind_of(m.group("label"), tuple(self.labels))
        return [
            Timestamp(
                Span.of(text, pos, stop),
                kind=kind,
                date=parse_date(date_text, reference=self.reference).date if date_text else None,
                date_text=date_text,
            )
        ]

    def _in_segment(
        self, text: str, start: int, end: int, label_re: regex.Pattern[str]
    ) -> Iterator[Timestamp]:
        first = text[start]
        if first.isspace() or first in _LEAD_CHARS:
            lead = _LEAD.match(text, start, min(end, start + 20))
            pos = lead.end() if lead else start
        else:
            pos = start  # nothing for _LEAD to skip
        while end > pos and text[end - 1] in " \u00a0\t":
            end -= 1
        if end <= pos or end - pos > _MAX_LINE:
            return
        if _PROSE.search(text, pos, end) or not (
            HAS_DATE_SIGNAL.search(text, pos, end) or RELATIVE_WITHOUT_DIGIT.search(text, pos, end)
        ):
            bare = _bare_label(text, pos, end, label_re)
            if bare is not None:
                yield Timestamp(Span.of(text, pos, end), kind=_kind_of(bare, tuple(self.labels)))
            return  # four lower-case words in a row, or nothing date-like: not a timestamp line
        breaks = {m.end() for m in _PART_BREAK.finditer(text, pos, end)}
        if any(c in text[pos:end] for c in ",-–—") or _has_capital_after_digit(text, pos, end):
            breaks.update(m.end() for m in _label_break_regex(tuple(self.labels)).finditer(text, pos, end))
        bounds = [pos]
        for cut in sorted(breaks):
            if cut > bounds[-1] and cut < end:
                bounds.append(cut)
        bounds.append(end)
        parts: list[_Part] = []
        labelled = False
        for i in range(len(bounds) - 1):
            p_start = bounds[i]
            p_end = bounds[i + 1]
            # The text of this part, without the separator that ends it.
            core_end = p_end
            while core_end > p_start and (
                text[core_end - 1] in " \u00a0\t|•·;" or text[max(p_start, core_end - 2) : core_end] == " ."
            ):
                core_end -= 1  # the separator that ends the part: " | ", ";", " . "
            if core_end <= p_start:
                return
            part = self._part(text, p_start, core_end, label_re)
            if part is None:
                return
            labelled = labelled or part.kind != "bare"
            part_end = p_end if i < len(bounds) - 2 else core_end
            if (
                parts
                and parts[-1].kind == "bare"
                and part.kind == "bare"
                and not HAS_CALENDAR_DATE.search(text, p_start, core_end)
                and not RELATIVE.search(text, p_start, core_end)
            ):
                # "21 November 2024 • 9:30pm": a time alone after a bare date belongs to it
                parts[-1] = parts[-1]._replace(end=part_end)
                continue
            parts.append(part._replace(end=part_end))
        if not parts:
            return
        if not labelled and not all(
            HAS_CALENDAR_DATE.search(text, p.date_start, p.end) or RELATIVE.search(text, p.date_start, p.end)
            for p in parts
        ):
            return  # a bare line of numbers is not a timestamp; a bare date line is
        for part in parts:
            span_end = part.end
            while span_end > part.start and text[span_end - 1] in " \u00a0\t":
                span_end -= 1
            if part is parts[-1]:
                span_end = _before_place(text, part.date_start, span_end)
            date_text = text[part.date_start : span_end].strip(" \u00a0|•·;,-–—") or None
            kind = part.kind
            if kind == "bare":
                kind = "relative" if RELATIVE.search(date_text or "") else "published"
            date = None
            if kind != "read_time" and date_text:
                date = parse_date(date_text, reference=self.reference).date
            yield Timestamp(Span.of(text, part.start, span_end), kind=kind, date=date, date_text=date_text)

    def _part(self, text: str, start: int, end: int, label_re: regex.Pattern[str]) -> _Part | None:
        if READ_TIME.fullmatch(text, start, end):
            return _Part(start, end, "read_time", start)
        m = label_re.match(text, start, end)
        if m is not None:
            d_start = m.end()
            signal = HAS_DATE_SIGNAL.search(text, d_start, end) or RELATIVE.search(text, d_start, end)
            if not signal or not _dateish_to_end(text, d_start, end):
                return None
            kind = _kind_of(m.group("label"), tuple(self.labels))
            if RELATIVE.search(text, d_start, end) and not HAS_CALENDAR_DATE.search(text, d_start, end):
                kind = "relative"
            return _Part(start, end, kind, d_start)
        if HAS_DATE_SIGNAL.search(text, start, end) and _dateish_to_end(text, start, end):
            if not (HAS_CALENDAR_DATE.search(text, start, end) or RELATIVE.search(text, start, end)):
                # numbers only ("2019", "10:20"): only as a later part of a labelled line
                return (
                    _Part(start, end, "bare", start) if start > 0 and text[start - 1] not in "\n\r" else None
                )
            return _Part(start, end, "bare", start)
        return None


# "Madrid - 03 mar 2024 - 10:15 CET": a place (one to three capitalised words, a linking "de"
# between them), a spaced hyphen, then the stamp.
_PLACE_STAMP_MAX = 90
_PLACE_DASH = LazyPattern(
    r"\p{Lu}[\p{L}\p{M}.'’\-]{1,24}"
    r"(?:[ \u00a0](?:(?:de|del|da|do|di)[ \u00a0])?\p{Lu}[\p{L}\p{M}.'’\-]{1,24}){0,2}"
    r" - (?=\d)"
)


# "... 06:34 pm IST - Mumbai": a place after a dash ends the page's stamp line. The place is
# the story's dateline (the dateline rule reads it), not part of the stamp; an outlet after a
# slash or a pipe ("/ CBS News") stays the stamp's.
_DASH_PLACE = LazyPattern(
    r"[\s\u00a0]{1,2}[-–—][\s\u00a0]{1,2}\p{Lu}[\p{L}\p{M}.'’\-]{1,24}(?:[\s\u00a0][\p{L}\p{M}.'’\-]{1,24}){0,3}"
)
# What a stamp must end with before such a place: a time or a time zone.
_TIME_BEFORE = LazyPattern(r"(?:\d[\s\u00a0]?(?i:am|pm|a\.m\.|p\.m\.)|\d[:.h]\d\d|\b\p{Lu}{2,4}T?)$")


def _before_place(text: str, date_start: int, end: int) -> int:
    """``end``, or where a place after a dash starts on a stamp ending in a time."""
    dash = max(text.rfind(f" {d} ", date_start, end) for d in "-–—")
    if dash <= date_start:
        return end
    cut = dash
    while cut > date_start and text[cut - 1] in " \u00a0":
        cut -= 1
    if _DASH_PLACE.fullmatch(text, cut, end) is None:
        return end
    if _TIME_BEFORE.search(text, max(date_start, cut - 8), cut) is None:
        return end
    place = text[dash + 3 : end].strip()
    if place.upper() in _AGENCY_NAMES:
        return end  # "... IST - PTI": the wire, which the stamp keeps
    return cut


_AGENCY_NAMES = frozenset(name.upper() for name in AGENCIES)


def find_timestamps(text: str) -> tuple[Timestamp, ...]:
    """Return the timestamp items in ``text``, in text order."""
    from newsparse._errors import ensure_str

    return tuple(TimestampRule()(Document.from_text(ensure_str(text))))
