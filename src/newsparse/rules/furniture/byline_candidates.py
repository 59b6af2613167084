"""Which lines the byline rule looks at, and the zones around them (is the body under way,
is a paragraph above).

Also the quick look that settles most long lines below the top without the full look.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Sequence

from newsparse._document import WHOLLY, Document, Gate
from newsparse._model import Byline, Span
from newsparse.rules.furniture.byline_contacts import ContactVocab
from newsparse.rules.furniture.byline_credits import (
    _may_open_credit,
    _paren_end,
    credit_line,
    staff_tail_may_close,
)
from newsparse.rules.furniture.byline_names import _BODY_LINE_MIN, _rstrip
from newsparse.rules.furniture.byline_patterns import (
    _CREDIT_HINTS,
    _HAS_DIGIT,
    _HEAD,
    _LEAD,
    _LEAD_CHARS,
    _MAX_LINE,
    _SENTENCE_WORDS,
    _has_by_word,
    _may_hold_agency,
    _may_start,
    _Patterns,
)
from newsparse.rules.furniture.patterns import NOT_PERSON_WORDS, LazyPattern
from newsparse.rules.furniture.writer_lines import ADDRESS_GATE_WORDS, writer_line

# Lines up to this long are remembered when they yield nothing, with this many characters
# before them (more than any lookbehind of the byline and credit patterns reaches).
_MEMO_LINE = 300
_MEMO_BEFORE = 12
_PROSE_END = frozenset('.!?"”’…)')
_DEFAULT_NOT_PERSON = frozenset(w.lower() for w in NOT_PERSON_WORDS)
# A line that holds only the byline prefix; the name follows on the next line.
_BY_ALONE = frozenset(
    (
        "By", "by", "BY", "By:", "BY:", "Written by", "Written By", "Written by:", "Written By:",
        "Author", "Author:", "Authors", "Authors:", "AUTHOR", "AUTHOR:", "Reported by", "Reported By",
        "Reported by:", "Reported By:", "Byline:", "Par", "Par :", "Par:", "Von", "Por", "Di",
    )
)  # fmt: skip


class _Lines:
    """The lines of a document as Spans, built one at a time (``lines[i : j]``, ``len``)."""

    __slots__ = ("document",)

    def __init__(self, document: Document) -> None:
        self.document = document

    def __len__(self) -> int:
        return len(self.document.line_starts)

    def __getitem__(self, window: slice) -> list[Span]:
        return [self.document.line_span(i) for i in range(len(self))[window]]


# Every line where ``_credit`` finds a fused credit without a dash near the end, or an
# "X contributed to this report" line, holds one of these (lower-cased; "İ" lower-cases to
# "i" and U+0307, which ``_credit`` also looks for).
_CREDIT_GATE_WORDS = (*_CREDIT_HINTS, "contribut", "used in this", "\u0307", "\u0130")


def _has_credit_gate_word(lower: str, start: int, end: int) -> bool:
    """Whether the lower-cased line ``[start, end)`` holds one of :data:`_CREDIT_GATE_WORDS`."""
    return _CREDIT_GATE_RE.search(lower, start, end) is not None


_CREDIT_GATE_RE = LazyPattern("|".join(map(re.escape, _CREDIT_GATE_WORDS)), engine=re)


# A line this short (a name, a role, an agency, a label, a stamp) is always looked at.
_SHORT_LINE = 150
# A document's candidate lines beyond this many: the first and last halves are kept (the
# zones near the top and bottom of the story, where bylines stand), so a page of a
# hundred thousand "By" lines costs one gate scan, not a hundred thousand looks.
_MAX_CANDIDATES = 400
# A line ending within 20 characters of a ")" or a dash may close with a wire trailer
# (``— AFP``, ``(dpa/abc)``, ``(JR)``); or with a reporter credited as the outlet's further
# from the end (``— Ledger’s Jane Roe``, ``— Our Omar Said``; :func:`.byline_credits.
# _staff_tail`; the gate reads the lower-cased text). Kept apart from the line-start gate:
# led by a character class, ``re`` scans for it at C speed, which an alternation with
# anchors loses.
_TRAILER_GATE = Gate(
    pattern=re.compile(
        r"[)—–―‒-](?:[^\n]{0,20}$"
        r"|(?<=[—–―])[ \u00a0]{1,2}(?:our|[^\W\d_][\w&.]{0,15}[’']s?)[ \u00a0][^\n]{0,120}$)",
        re.MULTILINE,
    )
)


@functools.lru_cache(maxsize=32)
def _gate(prefixes: tuple[str, ...], credit_labels: tuple[str, ...]) -> Gate:
    """Lines worth a look for one vocabulary, from one scan of the lower-cased text.

    A line is a candidate when it is short; opens with a byline prefix (``By``, ``Par``,
    ``Von``) or reads like a writer's bio (``Jane Roe is a ...``); holds a credit label or
    hint, an ``@`` (contact lines), an author-address label (``Corresponding author``), a
    pipe (``PTI | | Posted by``) or ``source``; or is among the first four lines (a one-line
    scrape's byline after its headline).

    The line-start parts use ``^`` (lines split at ``\n``); :func:`_candidates` falls back to
    every line for a text split by other terminators too.
    """
    words = "|".join(re.escape(w) for w in sorted(set(prefixes), key=len, reverse=True))
    # Possessive repeats (no text a shorter run could match instead: "[^\n]" stops where "$"
    # may match, a word's letters where the blank after it starts) spare the scan from
    # backtracking through every long line: one third of the gate's time.
    pattern = (
        rf"^(?:[^\n]{{1,{_SHORT_LINE}}}+$"
        rf"|[ \t\u00a0\ufeff*•·>]{{0,8}}+(?:{words})(?![^\W\d_])"
        rf"|[ \t\u00a0]{{0,4}}+(?:[^\W\d_][\w.'’-]{{0,24}}+[ \t\u00a0]){{2,4}}(?:is|was)[ \t\u00a0])"
    )
    literals = (*_CREDIT_GATE_WORDS, *credit_labels, *ADDRESS_GATE_WORDS, "@", "|", "source")
    return Gate(literals=literals, pattern=re.compile(pattern, re.MULTILINE), head=4)


def _candidates(document: Document, pats: _Patterns) -> Sequence[int]:
    """The lines the rule looks at, in order, at most :data:`_MAX_CANDIDATES`.

    With :data:`_TRAILER_GATE`, these are every line any look of the rule can take something
    from, except lines of 150-260 characters with neither a prefix nor a pipe.
    """
    index = document.index
    if len(index) != document.text.count("\n") + 1:
        return _bounded(index.nonblank)  # lines also split at "\r", U+2028 ...: no "^" for them
    gated = index.candidates(_gate(pats.prefix_words, pats.credit_words))
    trailers = index.candidates(_TRAILER_GATE)
    return _bounded(sorted({*gated, *trailers}) if trailers else gated)


def _bounded(chosen: Sequence[int]) -> Sequence[int]:
    """``chosen`` with at most :data:`_MAX_CANDIDATES` lines: the first and the last ones."""
    if len(chosen) <= _MAX_CANDIDATES:
        return chosen
    half = _MAX_CANDIDATES // 2
    return (*chosen[:half], *chosen[-half:])


# Lines at least this long (stripped) mean the story's body has begun below them.
_BODY_LINE = 150


def _body_start(document: Document) -> int:
    """The index of the first line of at least :data:`_BODY_LINE` characters (stripped), or of
    the second paragraph of prose (:func:`_is_prose`), whichever comes first.

    The lines after it are read with the body under way; without one, a number past the last
    line. A story's first long paragraph comes within its first lines, so the walk is short;
    a story told in short paragraphs (wire copy, text wrapped at 80 columns) has its body
    under way after two of them, so that a signature under it (``— Jane Roe``) is read as one.
    """
    text, starts, ends = document.text, document.line_starts, document.line_ends
    prose = 0
    for i in document.index.nonblank:
        length = ends[i] - starts[i]
        if length >= _BODY_LINE and len(text[starts[i] : ends[i]].strip()) >= _BODY_LINE:
            return i
        if length >= _BODY_LINE_MIN and _is_prose(text, starts[i], ends[i]):
            prose += 1
            if prose == 2:
                return i
    return len(starts)


def _prose_above(document: Document, position: int) -> bool:
    """Whether the nearest line above the ``position``-th non-blank line is a paragraph.

    Lines wholly claimed by earlier rules (a tweet or an embed inside the story) are looked
    through, a few at most: a name under a tweet that closes the story still closes it.
    """
    nonblank, claims = document.index.nonblank, document.line_claims
    text, starts, ends = document.text, document.line_starts, document.line_ends
    for back in range(position - 1, max(position - 6, -1), -1):
        i = nonblank[back]
        if claims[i] != WHOLLY:
            return _is_prose(text, starts[i], ends[i])
    return False


def _short_prose_above(document: Document, position: int) -> bool:
    """Whether a short closing sentence of the story (``The mayor called it a fair
    compromise.``) stands right above the ``position``-th non-blank line, with a paragraph
    (:func:`_prose_above`'s sense) above it; claimed lines are looked through as there."""
    nonblank, claims = document.index.nonblank, document.line_claims
    text, starts, ends = document.text, document.line_starts, document.line_ends
    for back in range(position - 1, max(position - 6, -1), -1):
        i = nonblank[back]
        if claims[i] != WHOLLY:
            return _short_sentence(text, starts[i], ends[i]) and _prose_above(document, back)
    return False


# The fewest words, and of them opening in lower case, of a short closing sentence.
_SHORT_SENTENCE_WORDS = 5
_SHORT_SENTENCE_LOWER = 2


def _short_sentence(text: str, start: int, end: int) -> bool:
    """Whether line ``[start, end)`` is a short sentence: it ends like one and has a few words,
    some opening in lower case (a name, a title or a label has none)."""
    stripped = text[start:end].strip()
    if not stripped or stripped[-1] not in _PROSE_END:
        return False
    words = stripped.split()
    return (
        len(words) >= _SHORT_SENTENCE_WORDS
        and sum(1 for w in words if w[0].islower()) >= _SHORT_SENTENCE_LOWER
    )


def _is_prose(text: str, start: int, end: int) -> bool:
    """Whether line ``[start, end)`` is a story paragraph (long, ending like a sentence)."""
    stripped = text[start:end].strip()
    return len(stripped) >= _BODY_LINE_MIN and stripped[-1] in _PROSE_END


_LETTER_RUNS = re.compile(r"[^\W\d_]+")
# What a prefix-less byline stands on besides a role or an agency: a date, a pipe, "(with ...)".
_BYLINE_SIGNS = re.compile(r"[\d|(@]")


def _name_shaped(text: str, start: int, end: int) -> bool:
    """Whether ``text[start:end]`` has at most two words opening in lower case (as names do)."""
    lower = 0
    for word in text[start:end].split():
        if word[0].islower():
            lower += 1
            if lower > 2:
                return False
    return True


def _quick_line(
    document: Document,
    start: int,
    end: int,
    pats: _Patterns,
    body_seen: bool,
    lone: bool,
    contact: ContactVocab | None = None,
    contacts: bool = True,
) -> tuple[Byline, ...] | None:
    """The findings of a wholly unclaimed line below the top lines, when cheap checks decide.

    ``None`` means "look closer" (``bylines._segment_findings`` and the line-pair checks).
    Otherwise the line is over 80 characters long (too long for a bare name, a role line or
    a wire trailer), the tests :func:`byline_at` begins with rule out every byline form, and
    ``_credit`` finds no credit (it is asked only when the line holds a credit hint, a dash
    near its end, or opens like a credit or an agency name), so only a writer line remains.
    A short line is decided here too when three of its words open in lower case (no name),
    or when it is shaped like a name but ``lone`` (far from the top and not under a
    paragraph, where a bare name may be the author) and holds no role, agency, digit, pipe,
    bracket or ``@`` for a byline to stand on.
    """
    text = document.text
    first = text[start]
    pos = start
    if first.isspace() or first in _LEAD_CHARS:
        lead = _LEAD.match(text, start, min(end, start + 40))
        pos = lead.end() if lead else start
    line_end = _rstrip(text, pos, end)
    if pos >= line_end:
        return None  # nothing but lead characters (a bullet, a dash) on the line
    length = line_end - pos
    bare = False  # every byline form but a prefixed one is ruled out
    if length <= 80:
        # A short line may be a bare name, a role, an agency or an outlet line, which the
        # checks below do not rule out; three words opening in lower case rule out all of
        # them but a role ("From staff and wire reports", "Jane Roe, staff writer at ...").
        words = _LETTER_RUNS.findall(text[pos:line_end].lower())
        if not pats.role_words.isdisjoint(words):
            return None
        if _name_shaped(text, pos, line_end):
            signs = _BYLINE_SIGNS.search(text, pos, line_end)
            if not lone or signs or not pats.agency_words.isdisjoint(words):
                return None
            bare = True
    first = text[pos]
    if text.startswith(pats.prefix_heads, pos) and pats.prefix.match(text, pos, min(end, pos + _HEAD)):
        return None
    if length <= _MAX_LINE and not bare:
        # _byline_at without a prefix: a date before "by", or a line that is not prose.
        if (
            _has_by_word(text, pos, line_end, pats.by_words) or text.find("Author", pos, line_end) >= 0
        ) and _HAS_DIGIT.search(text, pos, line_end):
            return None
        if not (
            _SENTENCE_WORDS.search(text, pos, line_end)
            or (length > 120 and text.find("|", pos, line_end) < 0)
        ):
            return None
    last = text[max(pos, line_end - 40) : line_end]
    may_credit = (
        "—" in last
        or "–" in last
        or "-" in last  # a "— AFP" trailer
        or _paren_end(last)  # a "(dpa)" trailer
        or (
            length <= 500
            and _may_start(first, pats.credit_firsts)
            and _may_open_credit(text, pos, line_end, pats.credit_heads)
            and pats.credit_start.fullmatch(text, pos, line_end) is not None
        )
        or (
            length <= pats.agency_line_max
            and _may_start(first, pats.agency_firsts)
            and _may_hold_agency(text, pos, line_end, pats)
            and pats.agency_line.fullmatch(text, pos, line_end) is not None
        )
        # a fused credit or "X contributed to this report"
        or _has_credit_gate_word(document.lower, start, end)
        or staff_tail_may_close(text, pos, line_end)  # "… sales. — Ledger’s Jane Roe"
    )
    if may_credit and credit_line(text, pos, end, pats, body_seen) is not None:
        return None  # found again, in order, by the full look
    found = writer_line(
        text, pos, line_end, body_seen=body_seen, not_name=pats.not_name, contact=contact, contacts=contacts
    )
    return () if found is None else (found,)
