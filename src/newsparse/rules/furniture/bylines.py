"""Bylines and credit lines: who wrote the story, and who else is credited.

Author lines become ``Byline(kind="byline")``: ``By NAME``, ``By NAME, NAME and NAME``,
ALL-CAPS wire names, agency bylines (``By Reuters``, ``PTI``, ``Agencies``), ``Written by``,
``Edited by:``, ``Author:``, French ``Par`` and German ``von``, a role or date after the name
(``NAME, Staff Writer``, ``By NAME | Updated: ...``) or glued onto it (``By Evan HalperStaff
Writer``, ``by Lucas Nolan22 Dec 2016``), and blog forms (``Posted by X at 2:33 PM``). A byline
line that carries a timestamp is ONE byline item, with ``date`` and ``date_text``.

Credit lines become ``Byline(kind="credit")``: ``(With inputs from PTI)``, ``With agency
inputs``, ``Reporting by X; Editing by Y`` (also lower-case, also fused to the end of the last
paragraph), ``Additional reporting by ...``, ``X contributed to this report.``, ``Featured image
via ...``, a ``— AFP`` trailer, and an agency name alone on a line below the story.

Names must look like names (one to five capitalised tokens, no function words), so ``By the
end of the year`` and ``By Tuesday, officials had ...`` stay body text, while ``Byrne`` and
``Abby`` are names.

>>> b = find_bylines("By Jane Doe and Omar Said | Updated: Nov 21, 2025, 10:20 IST")[0]
>>> b.names, b.date.isoformat()
(('Jane Doe', 'Omar Said'), '2025-11-21T10:20:00+05:30')
>>> find_bylines("By the end of the year, the bridge will reopen.")
()
>>> c = find_bylines("The council will vote again in March. (With inputs from PTI)")[0]
>>> c.text, c.kind, c.agency
('(With inputs from PTI)', 'credit', 'PTI')
"""

from __future__ import annotations

import bisect
import functools
from collections.abc import Generator, Iterator, Sequence
from typing import NamedTuple

import attrs

from newsparse._document import WHOLLY, Document
from newsparse._model import Boilerplate, Byline, Span
from newsparse.lang import LanguageTables, extend_vocabulary
from newsparse.rules.furniture.byline_authors import (
    byline_after_headline,
    byline_at,
    byline_before_lede,
    byline_dash_date,
    name_slash_place_date,
)
from newsparse.rules.furniture.byline_bare_names import (
    LIST_BULLETS,
    bylines_under_by_alone,
    name_above_timestamp,
    name_under_valediction,
    name_with_tail,
    names_under_story,
    outlet_above_headline,
    outlet_alone,
    outlet_line,
    reach_line_under_byline,
)
from newsparse.rules.furniture.byline_candidates import (
    _BY_ALONE,
    _DEFAULT_NOT_PERSON,
    _MEMO_BEFORE,
    _MEMO_LINE,
    _body_start,
    _candidates,
    _Lines,
    _prose_above,
    _quick_line,
    _short_prose_above,
)
from newsparse.rules.furniture.byline_contacts import ContactVocab, contact_vocab
from newsparse.rules.furniture.byline_credits import credit_line, photo_credit_cut, photo_labels
from newsparse.rules.furniture.byline_evidence import bare_name_refuted
from newsparse.rules.furniture.byline_interviews import interview_credits
from newsparse.rules.furniture.byline_names import _rstrip, _skip_blanks, _table_cell
from newsparse.rules.furniture.byline_outlets import outlet_credits
from newsparse.rules.furniture.byline_patterns import (
    _HEAD,
    _LEAD,
    _LEAD_CHARS,
    _MAX_LINE,
    _default_patterns,
    _Patterns,
    _patterns,
)
from newsparse.rules.furniture.byline_roles import (
    _DESK_LINE_MAX,
    _MAX_NAME_LINE,
    _ROLE_LINE_MAX,
    _desk_line,
    _role_line,
)
from newsparse.rules.furniture.byline_score import DEFAULT_SCORER, LineScorer
from newsparse.rules.furniture.byline_tags import closing_tag
from newsparse.rules.furniture.datelines import stacked_dateline_below
from newsparse.rules.furniture.patterns import (
    AGENCIES,
    BYLINE_PREFIXES,
    CAPTION_LABELS,
    CREDIT_LABELS,
    NOT_NAME_WORDS,
    NOT_PERSON_WORDS,
    ROLES,
    VALEDICTIONS,
    fact_row,
    line_segments,
)
from newsparse.rules.furniture.writer_lines import BIO, NOTE, bio_line, writer_line

__all__ = ["BylineRule", "find_bylines"]


@attrs.frozen(slots=True)
class BylineRule:
    """Find bylines (author lines) and credit lines.

    The fields are the rule's vocabulary; extend one by passing a longer tuple, e.g.
    ``BylineRule(agencies=BylineRule().agencies + ("NTB",))``.
    """

    name: str = "bylines"
    """The rule's name in a :class:`~newsparse.Parser`."""
    prefixes: tuple[str, ...] = BYLINE_PREFIXES
    """Words that open a byline (``By``, ``Written by``, ``Par``, ``von``)."""
    agencies: tuple[str, ...] = AGENCIES
    """News agencies and desks that may stand as the author (``PTI``, ``Reuters``, ``Agencies``)."""
    roles: tuple[str, ...] = ROLES
    """Job titles after (or glued onto) a name (``Staff Writer``, ``Correspondent``)."""
    credit_labels: tuple[str, ...] = CREDIT_LABELS
    """Labels that open a credit line (``Reporting by``, ``Featured image via``)."""
    not_name_words: tuple[str, ...] = NOT_NAME_WORDS
    """Lower-cased words that are never part of a name (``the``, ``end``, ``tuesday``)."""
    not_person_words: tuple[str, ...] = NOT_PERSON_WORDS
    """Words that rule out a bare name line under the headline (``Getty``, ``Politics``, ``Hong``)."""
    scorer: LineScorer | None = DEFAULT_SCORER
    """The line scorer run after the looks, on the short lines around the story they left
    (:mod:`.byline_score`); ``None`` turns it off."""

    def _pats(self, tables: LanguageTables | None = None) -> _Patterns:
        """The patterns for the rule's vocabulary, with the words of ``tables`` added.

        For English (and ``"und"``) the tables are the rule's defaults, so every field comes
        back as the same tuple and the default patterns serve.
        """
        prefixes, agencies, roles = self.prefixes, self.agencies, self.roles
        credit_labels, not_name = self.credit_labels, self.not_name_words
        if tables is not None:
            prefixes = extend_vocabulary(prefixes, tables.byline_prefixes)
            agencies = extend_vocabulary(agencies, tables.agencies)
            roles = extend_vocabulary(roles, tables.byline_roles)
            credit_labels = extend_vocabulary(credit_labels, tables.credit_labels)
            not_name = extend_vocabulary(not_name, tables.byline_stopwords)
        if (
            prefixes is BYLINE_PREFIXES
            and agencies is AGENCIES
            and roles is ROLES
            and credit_labels is CREDIT_LABELS
            and not_name is NOT_NAME_WORDS
        ):
            return _default_patterns()  # no hashing of the five vocabularies per document
        return _patterns(
            tuple(prefixes), tuple(agencies), tuple(roles), tuple(credit_labels), tuple(not_name)
        )

    def __call__(self, document: Document) -> Iterator[Byline | Boilerplate]:
        """Yield the bylines and credit lines of ``document``, in text order.

        A writer's bio (``Jane Roe is a reporter covering ...``, ``About the author``) is
        not a byline but page furniture around the story: it comes as a
        :class:`~newsparse.Boilerplate` item (kind ``"other"``), as the annotation
        conventions count it among the footers.

        Only the candidate lines of :func:`.byline_candidates._gate` are looked at (bounded per
        document, see :func:`.byline_candidates._bounded`); what a line's look needs from the
        lines around it (is the body under way, is the line above a paragraph, was it a byline)
        is worked out from the line table on demand, so skipped lines cost nothing.
        """
        found = list(self._looks(document))
        if self.scorer is None:
            yield from found
            return
        taken = [item.span for item in found]
        scored = list(self.scorer(document, taken))
        # the page's own outlet name on a line of its own: a source credit
        taken.extend(item.span for item in scored)
        scored.extend(outlet_credits(document, taken))
        # who spoke with whom, closing a line: an interview's credit
        taken.extend(item.span for item in scored)
        scored.extend(interview_credits(document, taken))
        if scored:
            found = sorted([*found, *scored], key=lambda item: (item.span.start, item.span.end))
        yield from found

    def _looks(self, document: Document) -> Iterator[Byline | Boilerplate]:
        """The items the shape looks find (see :meth:`__call__`), in text order."""
        bylined = False
        language, function_words = document.language, document.tables.function_words
        tag = closing_tag(document)
        for item in _findings(document, self._pats(document.tables), self.agencies, self._not_person()):
            if isinstance(item, Byline) and bare_name_refuted(document.text, item, language, function_words):
                continue  # "Neueste Kommentare": the page writes "neueste" in lower case
            if tag is not None and item.span.end > tag.span.start:
                if item.span.start < tag.span.end:
                    tag = None  # found by another look (the line's credit)
                else:
                    yield tag
                    tag = None
            if isinstance(item, Byline) and item.kind == NOTE:
                # The closing note on the writer is the byline of a page that has none.
                item = Boilerplate(item.span, kind="other") if bylined else attrs.evolve(item, kind="byline")
            bylined = bylined or (isinstance(item, Byline) and item.kind == "byline")
            yield item
        if tag is not None:
            yield tag

    def _not_person(self) -> frozenset[str]:
        """The lower-cased :attr:`not_person_words` (the defaults' set is built once)."""
        if self.not_person_words is NOT_PERSON_WORDS:
            return _DEFAULT_NOT_PERSON
        return frozenset(w.lower() for w in self.not_person_words)


class _Page(NamedTuple):
    """What every look at one document reads, built once per document: the text and its
    lines, the patterns for its language, and the rule's agencies and not-person words."""

    document: Document
    text: str
    lines: _Lines
    pats: _Patterns
    agencies: tuple[str, ...]
    not_person: frozenset[str]
    contact: ContactVocab
    # The lines the contact gate selects: only there is a contact line looked for.
    contact_lines: frozenset[int]
    # The one-word caption labels of the document's language (``foto``, ``photo``).
    photo_labels: frozenset[str]


def _findings(
    document: Document, pats: _Patterns, agencies: tuple[str, ...], not_person: frozenset[str]
) -> Iterator[Byline | Boilerplate]:
    """The items of :meth:`BylineRule.__call__`: walk the candidate lines in order, carrying the
    little state a line's look needs from the lines above it (the line above was a byline, or
    ``By`` alone; the first line reads like a headline; lines already found barren).
    """
    text = document.text
    contact = contact_vocab(document.tables)
    contact_lines = frozenset(document.index.candidates(contact.gate))
    labels = photo_labels(extend_vocabulary(CAPTION_LABELS, document.tables.caption_labels))
    page = _Page(document, text, _Lines(document), pats, agencies, not_person, contact, contact_lines, labels)
    labels_alone = _labels_alone(document.tables.byline_prefixes)
    starts, ends = document.line_starts, document.line_ends
    line_claims = document.line_claims
    nonblank = document.index.nonblank
    if not nonblank:
        return
    chosen = _candidates(document, pats)
    body_from = _body_start(document)  # body_seen holds for the lines after this one
    # The headline rule runs later: a first line of headline length with no final full stop
    # stands for it. Under it (or under it and a dek), a bare name line may be the byline.
    headline_like = False
    by_alone_seen = 0  # lines holding only "By" so far (they do not count as ordinals)
    last_index = -1  # the last candidate looked at, and what it gave
    last_byline = False
    last_by_alone: int | None = None
    barren: set[tuple[str, bool]] = set()  # lines (with context) that yielded nothing
    for index in chosen:
        position = bisect.bisect_left(nonblank, index)
        above = nonblank[position - 1] if position else -1
        adjacent = above == last_index and above >= 0
        follows = adjacent and last_byline
        by_above = last_by_alone if adjacent else None
        last_index, last_byline, last_by_alone = index, False, None
        if position == 0:
            first = text[starts[index] : ends[index]].strip()
            headline_like = 10 <= len(first) <= 160 and first[-1] not in ".:;,"
        if line_claims[index] == WHOLLY:
            continue
        body_seen = index > body_from
        ordinal = position - by_alone_seen
        if labels_alone and ends[index] - starts[index] <= _LABEL_ALONE_MAX:
            label = text[starts[index] : ends[index]].strip()
            if label in labels_alone:  # "Kommentar von" over the writer's name, anywhere
                last_by_alone = text.index(label, starts[index])
                by_alone_seen += 1
                continue
        # Whether a paragraph stands right above: looked up only where a look needs it.
        prose_above: bool | None = None
        if ordinal and index > 3 and not follows and by_above is None and not line_claims[index]:
            lone = (
                index > 10
                and not (prose_above := _prose_above(document, position))
                and not _digit_below(text, starts, ends, index)
                and not _valediction_above(document, position)  # a letter's signature
            )
            quick = _quick_line(
                document, starts[index], ends[index], pats, body_seen, lone, contact, index in contact_lines
            )
            if quick is not None:
                # Nothing but a writer line (bio, contact) can start on this line.
                if quick and not _bulleted_in_list(document, index, quick[0]):
                    yield _as_item(quick[0])
                    last_byline = _opens_line(quick[0], starts[index], body_seen)
                continue
        # A line seen before with the same text, the same characters before it and the same
        # state found nothing then and finds nothing now: every look stays within the line
        # and the few characters before it (lookbehinds), so a page of repeated lines
        # costs one look per distinct line.
        key: tuple[str, bool] | None = None
        if (
            index > 15
            and not (follows or line_claims[index])
            and not (
                prose_above if prose_above is not None else (prose_above := _prose_above(document, position))
            )
            and by_above is None
            and ends[index] - starts[index] <= _MEMO_LINE
        ):
            key = (text[starts[index] - _MEMO_BEFORE : ends[index]], body_seen)
            if key in barren:
                continue
        line = document.line_span(index)
        if index <= 15 and not body_seen and line.end - line.start <= 12 and line.text.strip() in _BY_ALONE:
            last_by_alone = line.start + line.text.index(line.text.strip())
            by_alone_seen += 1
            continue
        under_headline = headline_like and 1 <= ordinal <= 2 and not body_seen
        produced, last_byline = yield from _line_findings(
            page, line, index, position, body_seen, under_headline, follows, by_above, prose_above
        )
        if key is not None and not produced:
            barren.add(key)


def _line_findings(
    page: _Page,
    line: Span,
    index: int,
    position: int,
    body_seen: bool,
    under_headline: bool,
    follows: bool,
    by_above: int | None,
    prose_above: bool | None,
) -> Generator[Byline | Boilerplate, None, tuple[bool, bool]]:
    """Yield the items of one candidate line, segment by segment (a line may hold a byline
    and a credit, or the cells of a table row), with the looks that need the line above: the
    outlet line under a byline (``follows``), the name under a lone ``By`` (``by_above``, its
    start) and the bare name under a paragraph (``prose_above``, looked up when first needed).

    Returns whether any segment gave an item, and whether the last one gave a byline opening
    the line (so that the next line may be its outlet line).
    """
    text, pats, document = page.text, page.pats, page.document
    produced = False
    last_byline = False
    for rng in line_segments(document, line):
        if not rng.text.strip():
            continue
        split = _byline_with_photo_credit(page, rng.start, rng.end, index, body_seen, under_headline)
        if split:
            yield from split
            produced = last_byline = True
            continue
        found = list(_segment_findings(page, rng.start, rng.end, body_seen, index, under_headline))
        if not found and follows and not body_seen:
            found = outlet_line(text, rng.start, rng.end, pats, page.agencies)
        elif not found and follows:
            found = reach_line_under_byline(text, rng.start, rng.end, pats)
        if by_above is not None:
            found = bylines_under_by_alone(text, rng.start, rng.end, pats, by_above, found)
            by_above = None
        if not found and rng.end - rng.start <= 60 and prose_above is None:
            prose_above = _prose_above(document, position)
        if not found and prose_above and rng.end - rng.start <= 60 and not _bio_above(document, position):
            found = names_under_story(text, rng.start, rng.end, pats, page.lines, index, page.not_person)
        elif not found and rng.end - rng.start <= 60 and _short_prose_above(document, position):
            # under a short closing sentence only a person's name known as one (a heading of
            # a few capitalised words stands there too)
            found = names_under_story(
                text, rng.start, rng.end, pats, page.lines, index, page.not_person, known_name=True
            )
        if (
            not found
            and rng.end - rng.start <= _VALEDICTION_BELOW_MAX
            and _valediction_above(document, position)
        ):
            found = name_under_valediction(text, rng.start, rng.end, pats, page.lines, index, page.not_person)
        if found and _bulleted_in_list(document, index, found[0]):
            found = []
        if found and found[0].kind == "byline" and _in_fact_box(document, position, found[0], pats):
            found = []  # "Boots / Bindings: …" between "Base: …" and "Test Locations: …"
        if found and position <= _STACK_TOP and stacked_dateline_below(document, position):
            # "New Delhi" / "CNN" / " — ": a dateline set over three lines (under an editor's
            # note or a newsletter plug too, which read as prose)
            found = []
        yield from map(_as_item, found)
        produced = produced or bool(found)
        last_byline = any(_opens_line(b, line.start, body_seen) for b in found)
    return produced, last_byline


def _byline_with_photo_credit(
    page: _Page, start: int, end: int, index: int, body_seen: bool, under_headline: bool
) -> list[Byline]:
    """A byline and the lead picture's credit set on one line at the top of the page
    (``von Anna Berger Foto: © APA``, ``By Jane Roe Photo: Getty Images``): the byline, then
    the credit as a ``credit`` item, when the text before the credit label is one byline
    whole; else nothing (the line gets the usual looks)."""
    if body_seen or ":" not in page.text[start:end]:
        return []
    text = page.text
    cut = photo_credit_cut(text, start, end, page.photo_labels)
    if cut < 0:
        return []
    head_end = _rstrip(text, start, cut)
    found = list(_segment_findings(page, start, head_end, body_seen, index, under_headline))
    if len(found) != 1 or found[0].kind != "byline" or found[0].span.end < head_end - 1:
        return []
    credit_end = _rstrip(text, cut, end)
    return [found[0], Byline(Span.of(text, cut, credit_end), kind="credit")]


def _segment_findings(
    page: _Page, start: int, end: int, body_seen: bool, index: int, under_headline: bool = False
) -> Iterator[Byline]:
    """The bylines and credits of one segment of a line, in order: the author-line looks
    first (each only when the ones before found nothing), then a credit, else a writer line.
    """
    text, pats = page.text, page.pats
    first = text[start]
    if first.isspace() or first in _LEAD_CHARS:
        lead = _LEAD.match(text, start, min(end, start + 40))
        pos = lead.end() if lead else start
    else:
        pos = start  # nothing for _LEAD to skip
    if text.startswith("|", pos):
        # A row of a scraped table ("| Jane Roe / Mumbai September 29, 2020 |"): its cell.
        pos, end = _table_cell(text, pos, end)
    head_end = min(end, pos + _HEAD)
    byline = byline_at(text, pos, end, head_end, pats, body_seen, page.agencies)
    if byline is None:  # a strong shape: a page's menu rows may come before it
        byline = name_slash_place_date(text, pos, _rstrip(text, pos, end))
    if byline is None and index <= 3 and not body_seen and end - pos > 60:
        byline = (
            byline_before_lede(text, pos, end, head_end, pats)
            or byline_after_headline(text, pos, end, head_end, pats, page.agencies)
            or byline_dash_date(text, pos, end, pats)
        )
    if byline is None and end - pos <= 80:
        # A page's metadata set as a list ("- Metro Desk" over "- Updated: …"): the name
        # after its bullet.
        name_at = pos + 2 if not body_seen and text.startswith(LIST_BULLETS, pos) else pos
        byline = name_above_timestamp(
            text, name_at, end, pats, page.lines, index, page.not_person, under_headline
        )
    if byline is None and index == page.document.index.nonblank[0]:
        byline = outlet_above_headline(text, pos, end, page.lines, index)
    if byline is None and under_headline and outlet_alone(text, pos, _rstrip(text, pos, end)):
        # "BBC News" alone between the headline and the story
        byline = Byline(Span.of(text, pos, _rstrip(text, pos, end)), kind="credit")
    if byline is None and under_headline and end - pos <= _MAX_NAME_LINE:
        byline = name_with_tail(text, pos, _rstrip(text, pos, end), pats, page.not_person)
    if byline is None and index > 0 and end - pos <= (_MAX_LINE if not body_seen else _ROLE_LINE_MAX):
        byline = _role_line(text, pos, _rstrip(text, pos, end), pats, body_seen)
    if byline is None and index > 0 and not body_seen and end - pos <= _DESK_LINE_MAX:
        byline = _desk_line(text, pos, _rstrip(text, pos, end), pats)
    if byline is not None:
        yield byline
        if byline.span.end >= _rstrip(text, start, end):
            return
    # A credit at the start of the line, or fused to its end.
    credit = credit_line(text, pos, end, pats, body_seen)
    if credit is not None and (byline is None or credit.span.start >= byline.span.end):
        yield credit
    elif byline is None and credit is None:
        # No "By" and no credit label: a bio, contact, source or signature line.
        line_end = _rstrip(text, pos, end)
        found = writer_line(
            text,
            pos,
            line_end,
            body_seen=body_seen,
            not_name=pats.not_name,
            contact=page.contact,
            contacts=index in page.contact_lines,
        )
        if found is not None:
            yield found
            if found.span.end < line_end:
                # "Sources: A, B / Photo credit: C": the labelled credit after the source
                label = _labelled_credit_after(page, found.span.end, line_end)
                if label is not None:
                    yield label


def _labelled_credit_after(page: _Page, start: int, end: int) -> Byline | None:
    """The photo credit after a separator at ``start`` (`` / Photo credit: C``), its label's
    first word one of the page's caption labels, up to ``end``; else ``None``."""
    text = page.text
    pos = start
    while pos < end and text[pos] in " \u00a0/|":
        pos += 1
    colon = text.find(":", pos, min(end, pos + 30))
    if colon < 0 or text[pos:colon].split(None, 1)[0].lower() not in page.photo_labels:
        return None
    return Byline(Span.of(text, pos, end), kind="credit")


# How far down the page a dateline set over lines (place, agency, dash) may stand.
_STACK_TOP = 3


def _bio_above(document: Document, position: int) -> bool:
    """Whether the paragraph right above the ``position``-th non-blank line is a writer's bio
    (``Jane Roe is a data journalist. She covers …``): what follows an author box is the
    page's topic tags (``Indian Economy``), not another name under the story."""
    if position == 0:
        return False
    i = document.index.nonblank[position - 1]
    start, end = document.line_starts[i], document.line_ends[i]
    found = bio_line(document.text, start, _rstrip(document.text, start, end), frozenset())
    return found is not None and found.kind == BIO


# The longest line read as the name under a letter's closing words.
_VALEDICTION_BELOW_MAX = 40
# The longest line read as a letter's closing words ("Yours sincerely,").
_VALEDICTION_MAX = 24
_VALEDICTION_KEYS = frozenset(VALEDICTIONS)


def _valediction_above(document: Document, position: int) -> bool:
    """Whether the ``position``-th non-blank line stands right under a letter's closing words
    alone on their line (``Love``, ``Best wishes,``; :data:`.patterns.VALEDICTIONS`)."""
    if position == 0:
        return False
    i = document.index.nonblank[position - 1]
    start, end = document.line_starts[i], document.line_ends[i]
    if end - start > _VALEDICTION_MAX:
        return False
    return document.text[start:end].strip().rstrip(",.!").lower() in _VALEDICTION_KEYS


def _digit_below(text: str, starts: Sequence[int], ends: Sequence[int], index: int) -> bool:
    """Whether the line right under line ``index`` opens with a digit (a stamp may stand there:
    the name line above it is then no lone name; see :func:`name_above_timestamp`)."""
    below = index + 1
    if below >= len(starts):
        return False
    line = text[starts[below] : min(ends[below], starts[below] + 4)].lstrip()
    return line[:1].isdigit()


# The longest line read as a labelled byline prefix alone ("Ein Kommentar von").
_LABEL_ALONE_MAX = 30


@functools.lru_cache(maxsize=16)
def _labels_alone(prefixes: tuple[str, ...]) -> frozenset[str]:
    """The language's byline prefixes of a label and a by-word (``Kommentar von``, ``Analysis
    by``): alone on a line, anywhere on the page, they introduce the name on the next line
    (an author box under the story as well as a byline at the top). A bare ``Von`` or ``By``
    counts only at the top (see :data:`_BY_ALONE`): alone under the story it may be a word of
    a broken sentence."""
    return frozenset(p for p in prefixes if " " in p.strip() and _by_word(p.split()[-1]))


def _by_word(word: str) -> bool:
    """Whether ``word`` closes a prefix as its by-word: lower-case letters (``von``, ``by``)."""
    return word.isalpha() and word.islower()


def _bulleted_in_list(document: Document, index: int, found: Byline) -> bool:
    """Whether ``found`` opens with a list bullet among list items (``- Digital Crown`` between
    ``- GPS`` and ``- Optical heart sensor``): a list item, not a signature under the story."""
    return document.text.startswith(LIST_BULLETS, found.span.start) and _list_item_beside(document, index)


def _list_item_beside(document: Document, index: int) -> bool:
    """Whether the nearest non-blank line above or below line ``index`` opens as a list item."""
    text, starts, ends = document.text, document.line_starts, document.line_ends
    for step in (-1, 1):
        i = index + step
        while 0 <= i < len(starts) and not text[starts[i] : ends[i]].strip():
            i += step
        if 0 <= i < len(starts) and text.startswith(LIST_BULLETS, _skip_blanks(text, starts[i], ends[i])):
            return True
    return False


def _in_fact_box(document: Document, position: int, found: Byline, pats: _Patterns) -> bool:
    """Whether ``found``, no ``By`` before its name, stands on a fact box's row between two
    more (the ``position``-th non-blank line and the lines around it open with a label and a
    colon, :func:`.patterns.fact_row`): a spec sheet's entry, not the writer's name."""
    text, starts, ends = document.text, document.line_starts, document.line_ends
    nonblank = document.index.nonblank
    if not 0 < position < len(nonblank) - 1 or pats.prefix.match(text, found.span.start) is not None:
        return False
    return all(
        fact_row(text, starts[nonblank[p]], ends[nonblank[p]]) for p in (position - 1, position, position + 1)
    )


def _opens_line(found: Byline, line_start: int, body_seen: bool) -> bool:
    """Whether ``found`` opens its line as a byline the next line may continue: an author line
    (its outlet or handles below it), or under the story also a credit or contact line (the
    writer's handle or profile link below it); a bio never."""
    if found.span.start > line_start + 3:
        return False
    return found.kind == "byline" or (body_seen and found.kind != BIO)


def _as_item(found: Byline) -> Byline | Boilerplate:
    """``found``, or the footer it stands for when it is a writer's bio (kind ``"bio"``)."""
    if found.kind == BIO:
        return Boilerplate(found.span, kind="other")
    return found


def find_bylines(text: str) -> tuple[Byline, ...]:
    """Return the bylines and credit lines in ``text``, in text order (bios are left out)."""
    from newsparse._errors import ensure_str

    found = BylineRule()(Document.from_text(ensure_str(text)))
    return tuple(b for b in found if isinstance(b, Byline))
