"""Stage 1, marks: classify every quote mark and pair them into top-level quotations.

Each mark is an opening, a closing, or an apostrophe (``players'``, ``can’t``, ``'90s``,
``rock 'n' roll``); marks pair on a stack by family, so single quotes nest inside double ones
and an odd mark never breaks the rest. A paragraph that ends inside a quote hands an
:class:`OpenMark` to the next one, which continues the quote when it reopens it (the news
convention for multi-paragraph quotes). In hard-wrapped text (a paragraph broken into lines by
single newlines) a quote open at a line end continues on the next line when that line carries on
the sentence, for a few lines at most.
"""

from __future__ import annotations

import bisect
import functools
import re
from collections.abc import Sequence

from newsparse.rules.quotes import cues as cues
from newsparse.rules.quotes import patterns as pat

_MAX_SINGLE = 600  # an opening single quote left open longer than this is dropped
_MAX_SINGLE_DEVANAGARI = 3000  # ... unless it opens Devanagari text, which has no apostrophes
_MAX_QUOTE = 6000  # longest direct quote (in characters) across paragraphs
_MAX_WRAPS = 6  # a quote continues over at most this many wrapped line breaks
_MAX_WRAPPED = 1500  # ... and only while it began at most this many characters back
_MAX_WRAP_LINE = 200  # a line longer than this is a paragraph, not a hard-wrapped line
_SENTENCE_END = frozenset(".!?…:;")


_OPEN_CONTEXT = set("([{<—–-/:;,=") | set("“‘«‹„‚「『\"'")
_CLOSE_AFTER = set(pat.CLOSING_PUNCT) | set("”’»›」』\"'")
# punctuation that follows a closing mark and never the opening one ("tiempo “, dijo")
_GLUED_AFTER_CLOSE = frozenset(",.;:")
_DOUBLE, _SINGLE, _GUIL, _ANGLE, _CORNER, _WCORNER = "d", "s", "g", "a", "c", "w"
_ELISION_RE = re.compile(r"[A-Za-z]{1,6}+")
_LATER_CLOSE = {
    "'": re.compile(r"'(?<=[^\s]')(?=[\s,.;:!?)\]—–-]|$)"),
    "’": re.compile(r"’(?<=[^\s]’)(?=[\s,.;:!?)\]—–-]|$)"),
}


class OpenMark:
    """An opening mark on the stack (plain slotted class: cheaper to define and build than attrs)."""

    __slots__ = ("closers", "family", "origin", "pos", "wraps")

    def __init__(self, pos: int, family: str, closers: str, origin: int, wraps: int = 0) -> None:
        self.pos = pos
        self.family = family
        self.closers = closers
        self.origin = origin  # where the quote began (an earlier paragraph for a continued quote)
        self.wraps = wraps  # how many wrapped line breaks the quote has run over so far


class Segment:
    """A top-level quotation: its marks and content."""

    __slots__ = ("close", "closed", "open", "origin")

    def __init__(self, open: int, close: int, closed: bool, origin: int) -> None:
        self.open = open
        self.close = close  # offset of the closing mark, or the paragraph end when unclosed
        self.closed = closed
        self.origin = origin  # opening mark of the first paragraph of a multi-paragraph quote


_FAMILIES = {
    **dict.fromkeys('"“”„‟', _DOUBLE),
    **dict.fromkeys("'‘’‚‛", _SINGLE),
    **dict.fromkeys("«»", _GUIL),
    **dict.fromkeys("‹›", _ANGLE),
    **dict.fromkeys("「」", _CORNER),
}


def _family(ch: str) -> str:
    return _FAMILIES.get(ch, _WCORNER)


def _is_elision(text: str, i: int, end: int) -> bool:
    nxt = text[i + 1] if i + 1 < end else " "
    if nxt.isdigit():
        return True  # '90s
    m = _ELISION_RE.match(text, i + 1, min(end, i + 8))
    if m is None:
        return False
    word = m.group().lower()
    after = text[m.end()] if m.end() < end else " "
    if after.isalpha():
        return False
    return word in cues.ELISIONS and (word != "s" or after in " '’")


@functools.cache
def _distinct(closers: str) -> tuple[str, ...]:
    """The distinct characters of a closers string (a handful of strings: computed once each)."""
    return tuple(dict.fromkeys(closers))


class _Stack(list[OpenMark]):
    """The open marks of a paragraph, with counts that answer "does any open mark close with
    this character?" in constant time.

    A paragraph of punctuation can open thousands of marks that never close; scanning the
    whole stack for every mark made pairing quadratic there. Entries only leave from the top
    (``truncate``), so keeping the counts costs O(1) per mark over the paragraph.
    """

    __slots__ = ("_by_closer", "_by_closers")

    def __init__(self) -> None:
        # (no ``super().__init__()``: ``list.__new__`` already made the empty list)
        self._by_closer: dict[str, int] = {}
        self._by_closers: dict[str, int] = {}

    def push(self, mark: OpenMark) -> None:
        self.append(mark)
        by_closer = self._by_closer
        for c in _distinct(mark.closers):
            by_closer[c] = by_closer.get(c, 0) + 1
        self._by_closers[mark.closers] = self._by_closers.get(mark.closers, 0) + 1

    def truncate(self, k: int) -> None:
        """Drop every entry from index ``k`` up."""
        by_closer, by_closers = self._by_closer, self._by_closers
        for mark in self[k:]:
            for c in _distinct(mark.closers):
                by_closer[c] -= 1
            by_closers[mark.closers] -= 1
        del self[k:]

    def closes(self, ch: str) -> bool:
        """Whether some open mark is closed by ``ch``."""
        return self._by_closer.get(ch, 0) > 0

    def holds_closers(self, closers: str) -> bool:
        """Whether some open mark has exactly these closers."""
        return self._by_closers.get(closers, 0) > 0


def pair_marks(
    text: str,
    start: int,
    end: int,
    carry: OpenMark | None,
    marks: Sequence[int] | None = None,
    run_on: bool = False,
) -> tuple[list[Segment], OpenMark | None]:
    """Pair the quote marks of one paragraph; return its top-level quotes and an open carry-over.

    ``marks``: the sorted offsets of every quote mark of ``text`` (:data:`~.patterns.MARKS`),
    when the caller found them once for the whole document; otherwise the paragraph is scanned
    (and ``run_on`` is ignored). ``run_on``: a quote left open may go on over a paragraph that
    does not reopen it when a later mark closes it (the language's
    :attr:`~newsparse.lang.LanguageTables.quotes_run_on`).
    """
    if marks is None:
        marks = [m.start() for m in pat.MARKS.finditer(text, start, end)]
        run_on = False
    segs, carry_out, alt = _pair(text, start, end, carry, marks, -1, run_on)
    if alt >= 0:
        # “Uomini, non dimenticate!» : the opener found no closer of its own family anywhere in
        # the paragraph, so the mismatched closing mark ends it (a second, bounded pass).
        segs, carry_out, _ = _pair(text, start, end, carry, marks, alt, run_on)
    return segs, carry_out


def _pair(
    text: str, start: int, end: int, carry: OpenMark | None, marks: Sequence[int], forced: int, run_on: bool
) -> tuple[list[Segment], OpenMark | None, int]:
    """One pairing pass; also return a mismatched closing mark for a still-open bottom (or -1).

    ``forced``: the offset of a mark that closes the bottom opener whatever its family.
    """
    segs: list[Segment] = []
    stack = _Stack()
    if carry is not None:
        start = _continue_carry(text, start, end, carry, stack, marks if run_on else ())
    lo = bisect.bisect_left(marks, start)
    hi = bisect.bisect_left(marks, end, lo)
    # a paragraph of punctuation reads at most this many marks and carries nothing over
    budget = 200 + (end - start) // 16
    within_budget = hi - lo <= budget
    alt, alt_bottom = -1, -1
    for i in marks[lo : hi if within_budget else lo + budget]:
        ch = text[i]
        prev = text[i - 1] if i > start or (stack and stack[0].pos < i - 1) else " "
        if i == 0:
            prev = " "
        nxt = text[i + 1] if i + 1 < end else " "
        fam = _FAMILIES.get(ch, _WCORNER)
        while stack and stack[-1].family == _SINGLE and i - stack[-1].pos > _MAX_SINGLE:
            if i - stack[-1].pos <= _MAX_SINGLE_DEVANAGARI and _devanagari(text, stack[-1].origin + 1):
                break  # 'अगर 130 सीट आई तो …': a Hindi quotation in single marks runs long
            stack.truncate(len(stack) - 1)
        if fam == _SINGLE and prev.isalnum() and nxt.isalnum():
            continue  # can't, O'Brien, Mamdani’s: a third of all marks, settled before _role
        if i == forced and stack:
            opened = stack[0]
            stack.truncate(0)
            segs.append(Segment(opened.pos, i, True, opened.origin))
            continue
        prev_open = prev in _OPEN_CONTEXT or prev.isspace()
        next_close = nxt in _CLOSE_AFTER or nxt.isspace()
        role = _role(ch, fam, prev, nxt, prev_open, next_close, stack, text, i, end)
        if role == "close":
            for k in range(len(stack) - 1, -1, -1):
                if ch in stack[k].closers:
                    opened = stack[k]
                    stack.truncate(k)
                    if not stack:
                        segs.append(Segment(opened.pos, i, True, opened.origin))
                    break
        elif role == "open":
            closers = _CLOSERS.get(ch, "") if ch != "‘" else _closers_of(ch, text, i)
            if (
                fam == _DOUBLE
                and stack
                and stack[0].family == _DOUBLE
                and len(stack) == 1
                and not (run_on and _nests(text, i, end, marks, stack[0].closers))
            ):
                earlier = stack[-1]
                stack.truncate(len(stack) - 1)
                if alt_bottom == earlier.pos:
                    # “Uno!» … “Due”: the mismatched mark closed the first quote
                    segs.append(Segment(earlier.pos, alt, True, earlier.origin))
                    stack.push(OpenMark(i, fam, closers, i))
                    continue
                # A new opening double mark while one is open: the paragraph-joined scrape of a
                # multi-paragraph quote, so the first part closes where the new one starts. A
                # quote carried over wrapped lines is not one of those: the new mark starts afresh.
                origin = i if earlier.wraps else earlier.origin
                stack.push(OpenMark(i, fam, closers, origin))
                continue
            stack.push(OpenMark(i, fam, closers, i))
        elif (
            stack
            and alt_bottom != stack[0].pos
            and next_close
            and not prev_open
            and stack[0].family != fam
            and (
                (fam in _MISMATCH and stack[0].family in _MISMATCH)
                or (fam == _SINGLE and stack[0].family == _DOUBLE and _devanagari_end(text, i))
            )
        ):
            alt, alt_bottom = i, stack[0].pos
    if not (stack and alt_bottom == stack[0].pos):
        alt = -1  # the bottom opener closed after all, or the candidate belonged to another one
    carry_out: OpenMark | None = None
    if stack and within_budget:
        bottom = stack[0]
        fits = (
            bottom.family != _SINGLE
            or end - bottom.pos < _MAX_SINGLE
            or (end - bottom.pos < _MAX_SINGLE_DEVANAGARI and _devanagari(text, bottom.origin + 1))
        )
        if fits and end - bottom.origin < _MAX_QUOTE:
            carry_out = bottom
            segs.append(Segment(bottom.pos, end, False, bottom.origin))
    return segs, carry_out, alt


def _nests(text: str, i: int, end: int, marks: Sequence[int], outer: str) -> bool:
    """Whether the opening double mark at ``i``, inside an open double quotation, opens a quote
    nested in it with the same marks (``“El ministro dijo “basta” y se fue”, afirmó``: Spanish,
    Italian and Portuguese sites often nest “…” in “…”) rather than a new quotation of a
    paragraph-joined scrape: it stands mid-sentence (after a word or a comma, not after a
    sentence's end), and of the next two marks the first closes it and the second closes the
    outer one (each after a word, before a space or punctuation). Two look-ups in the sorted
    marks: constant work per mark."""
    k = 0
    while k < i and text[i - 1 - k] in " \t\u00a0\u202f":
        k += 1
    prev = text[i - 1 - k] if k < i else "\n"
    if not (prev.isalnum() or prev in ",;("):
        return False
    j = bisect.bisect_right(marks, i)
    if j + 1 >= len(marks) or marks[j + 1] >= end:
        return False
    return _closes_here(text, marks[j], end, _CLOSERS.get(text[i], "")) and _closes_here(
        text, marks[j + 1], end, outer
    )


def _closes_here(text: str, at: int, end: int, closers: str) -> bool:
    """Whether the mark at ``at`` reads as a closer of ``closers``: after a word or punctuation,
    before a space, punctuation or the paragraph's end."""
    nxt = text[at + 1] if at + 1 < end else " "
    prev = text[at - 1]
    return text[at] in closers and not prev.isspace() and (nxt.isspace() or nxt in _CLOSE_AFTER)


# the families whose marks get mixed up in one quotation (“…» ; «…")
_MISMATCH = frozenset((_DOUBLE, _GUIL, _ANGLE))


def _continue_carry(
    text: str, start: int, end: int, carry: OpenMark, stack: _Stack, marks: Sequence[int]
) -> int:
    """Push the quote the previous paragraph left open, if this one continues it; return where
    pairing starts.

    Three shapes continue it: the paragraph reopens it with a mark of its family (the news
    convention for multi-paragraph quotes), the paragraph is the next line of a hard-wrapped
    one (:func:`_wraps_on`), or the quotation simply goes on: the next mark of the text closes
    it (:func:`_closes_later`).
    """
    p = start
    while p < end and text[p].isspace():
        p += 1
    if p < end and _family(text[p]) == carry.family and text[p] in "“\"'‘«„‹「『":
        stack.push(OpenMark(p, carry.family, carry.closers, carry.origin))
        return p + 1
    if carry.family != _SINGLE and _wraps_on(text, start, carry):
        stack.push(OpenMark(start, carry.family, carry.closers, carry.origin, carry.wraps + 1))
    elif _closes_later(text, start, carry, marks):
        stack.push(OpenMark(start, carry.family, carry.closers, carry.origin, carry.wraps))
    return start


_MAX_UNMARKED = 3000  # a quotation runs over paragraphs that do not reopen it this far at most


def _closes_later(text: str, start: int, carry: OpenMark, marks: Sequence[int]) -> bool:
    """Whether the paragraph at ``start`` goes on with the quotation the one before left open,
    though it does not reopen it (``„Es war wichtig.`` / ``Ich füge hinzu: …“, sagte sie``: a
    site or a scraper that drops the repeated opening mark): the next quote mark of the text,
    in this paragraph or a later one, closes the quotation (a closing mark of its family, after
    a word, before a space or punctuation). One look-up in the sorted marks; bounded in length.
    Single marks are too often apostrophes to be read this way, except around Devanagari."""
    if carry.family == _SINGLE and not _devanagari(text, carry.pos + 1):
        return False
    k = bisect.bisect_left(marks, start)
    if k >= len(marks) or marks[k] - carry.origin > _MAX_UNMARKED:
        return False
    j = marks[k]
    if text[j] not in carry.closers or j == 0:
        return False
    prev = text[j - 1]
    nxt = text[j + 1] if j + 1 < len(text) else " "
    return not prev.isspace() and prev not in _OPEN_CONTEXT and (nxt.isspace() or nxt in _CLOSE_AFTER)


def _devanagari_end(text: str, i: int) -> bool:
    """Whether the single mark at ``i`` ends Devanagari text (``“… हो रहे हैं।’``): Hindi sites
    close a double opening mark with a single one, and Hindi has no apostrophes to mistake
    for it, so it may stand for the missing closer."""
    return i > 0 and (_devanagari(text, i - 1) or text[i - 1] == "।")


def _devanagari(text: str, i: int) -> bool:
    """Whether the character at ``i`` is Devanagari (Hindi has no apostrophes: a single mark
    next to its letters is a quotation mark)."""
    return i < len(text) and "\u0900" <= text[i] <= "\u097f"


def _wraps_on(text: str, start: int, carry: OpenMark) -> bool:
    """Whether the line at ``start`` continues, in a hard-wrapped paragraph, the line before it.

    The line break is a single newline (a blank line ends the paragraph), the previous line is
    short (a wrapped line, not a whole paragraph) and ends mid-sentence; a line that ends a
    sentence counts only inside a quote already running over wrapped lines. Bounded: a few
    lines, a few hundred characters back.
    """
    if carry.wraps >= _MAX_WRAPS or start - carry.origin > _MAX_WRAPPED:
        return False
    if start < 2 or text[start - 1] != "\n":
        return False
    lo = max(0, start - 2 - _MAX_WRAP_LINE)
    nl = text.rfind("\n", lo, start - 1)
    if nl < 0 and lo > 0:
        return False  # the previous line is longer than a wrapped line
    line = text[nl + 1 : start - 1].rstrip()
    if not line:
        return False
    last = line[-1]
    if last in _CLOSE_QUOTES:
        return False  # the line ends on a closing mark: the quote, if any, closed there
    if last in _SENTENCE_END:
        return carry.wraps > 0
    return True


_CLOSE_QUOTES = frozenset("”’»›」』")


# The marks that close a quotation opened by each mark.
_CLOSERS: dict[str, str] = {
    '"': '"”“',
    "“": '”"“',
    "”": '”"',
    "„": '“”"',
    "‟": '”"',
    "'": "'",
    "‘": "’‘",
    "’": "’",
    "‚": "‘’",
    "‛": "’'",
    "«": "»",
    "»": "«»",
    "‹": "›",
    "›": "‹›",
    "「": "」",
    "『": "』",
}


def _closers_of(ch: str, text: str, i: int) -> str:
    """The marks that close the opening mark ``ch`` at ``i``: :data:`_CLOSERS`, and a straight
    ``'`` for a curly ``‘`` opening Devanagari (``‘एक्स' पर``: Hindi sites mix the two, and
    Hindi has no apostrophes to mistake for a closing mark)."""
    if ch == "‘" and _devanagari(text, i + 1):
        return "’‘'"
    return _CLOSERS.get(ch, "")


def _role(
    ch: str,
    fam: str,
    prev: str,
    nxt: str,
    prev_open: bool,
    next_close: bool,
    stack: _Stack,
    text: str,
    i: int,
    end: int,
) -> str:
    open_here = stack.closes(ch)
    if ch == '"':
        if prev_open and not next_close:
            return "open"
        if next_close and not prev_open:
            return "close" if open_here else "skip"
        return "close" if open_here else ("open" if not nxt.isspace() else "skip")
    if ch in "“":
        if open_here and (not prev_open or stack.holds_closers('“”"')) and next_close:
            return "close"
        if open_here and nxt in _GLUED_AFTER_CLOSE and text[i + 2 : i + 3] != ".":
            # "… lleva tiempo “, dijo": a mark glued to a comma never opens a quote ("“..." may)
            return "close"
        return "open"
    if ch in "”":
        if open_here:
            return "close"
        return "open" if prev_open and not next_close else "skip"
    if ch in "„‟":
        return "open"
    if fam == _SINGLE:
        if prev.isalnum() and nxt.isalnum():
            return "skip"  # can't, O'Brien, Mamdani’s
        if prev_open and not next_close:
            if ch == "‚" and not nxt.isalpha():
                return "skip"
            return "skip" if _is_elision(text, i, end) else "open"
        if next_close and not prev_open:
            if not open_here:
                return "skip"  # players' union
            if prev in "sS" and nxt == " " and i + 2 < end and text[i + 2].islower():
                look = _LATER_CLOSE.get(ch)
                if look is not None and look.search(text, i + 1, min(end, i + 400)) is not None:
                    return "skip"  # 'The players' union is strong,' …: a plural possessive
            return "close"
        return "close" if open_here and not prev.isspace() else "skip"
    if ch in "«‹「『":
        if ch in "«‹" and open_here:
            return "close"  # »Danish« style
        return "open"
    if ch in "»›":
        if open_here:
            return "close"
        return "open" if prev_open and not next_close else "skip"
    return "close" if open_here else "skip"
