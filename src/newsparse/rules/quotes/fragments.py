"""Reported clauses that hold a quoted fragment: the clause is reported speech as well.

A direct quote takes the nearest cue, so in ``McCormick told teachers that they weren’t “asking
for the moon.”`` or ``All “relevant sites” were also disinfected, reports Wee.`` the fragment
took the cue and the clause around it went unreported. The annotation lists both: the reported
clause (the fragment inside it) and the fragment again as a direct quote. :func:`fragment_in_clause`
says when a quote that took a cue is such a fragment, so the cue is read for reported speech too.
It is called only for cues a direct quote took, and reads a bounded window around the quote.
"""

from __future__ import annotations

import bisect
from typing import TYPE_CHECKING

from newsparse.rules.quotes.phrases import _bare

if TYPE_CHECKING:
    from newsparse.rules.quotes.state import Raw, State

__all__ = ["fragment_in_clause"]

_OPENING_MARKS = frozenset("\"“‘'«„")
_GAP_WINDOW = 200  # characters between a cue and a fragment after it (a clause's first words)
_CLOSE_WINDOW = 60  # characters between a fragment's closing mark and a postposed cue
_MAX_FRAGMENT = 300  # a longer quotation is a quote of its own, not a fragment of a clause


def fragment_in_clause(st: State, r: Raw, cs: int, ce: int, ss: int) -> bool:
    """Whether the direct quote ``r`` that took the cue at ``[cs, ce)`` is a fragment inside a
    reported clause of that cue, in the sentence starting at ``ss``.

    The fragment opens in lower case (a piece of a sentence, not a sentence of its own); after
    the cue, the clause has begun before it (words after ``that``, or a subject: ``said Victoria’s
    “hard line” response``); before a postposed cue, words of the sentence come
    before it (``Hosting Lee at the gala “is our dream,” Ruiz said``).
    """
    text = st.text
    open_ = r.cstart - 1
    if (
        open_ < ss
        or text[open_] not in _OPENING_MARKS
        or not text[r.cstart : r.cstart + 1].islower()
        or r.cend - r.cstart > _MAX_FRAGMENT
    ):
        return False
    if open_ > ce:
        return _clause_before_fragment(text, ce, open_) or _that_before(text, ce, open_)
    if r.cend < cs:
        return (
            cs - r.cend <= _CLOSE_WINDOW
            and _words_before(text, ss, open_) >= 1
            and not _cue_between(st, ss, open_)
        )
    return False


def _cue_between(st: State, lo: int, hi: int) -> bool:
    """Whether another cue stands in ``[lo, hi)``: the fragment is that cue's (``called it the
    “main source”``), and a run-on of such pieces never makes each a clause reaching back to
    the start of the "sentence" (linear output, #8)."""
    starts = st.cue_starts
    k = bisect.bisect_left(starts, lo)
    return k < len(starts) and starts[k] < hi


def _clause_before_fragment(text: str, ce: int, open_: int) -> bool:
    """Whether the words between the cue and the fragment open its reported clause: some words
    after ``that``, or, with no ``that``, words ending in no punctuation (not ``told reporters:``)."""
    if open_ - ce > _GAP_WINDOW:
        return False
    gap = text[ce:open_]
    if any(p in gap for p in (". ", "? ", "! ", ";")):
        return False
    words = gap.split()
    if not words or words[-1][-1:] in {":", ",", "—", "–", "-"}:
        return False
    lowered = [_bare(w).lower() for w in words]
    if "that" in lowered:
        last_that = len(lowered) - 1 - lowered[::-1].index("that")
        return last_that < len(words) - 1  # "that they weren’t “…”", never "that “…”"
    return True


def _that_before(text: str, ce: int, open_: int) -> bool:
    """Whether the words between the cue and the mark at ``open_`` end in ``that`` (its adjuncts
    aside: ``indicated earlier this week that “…”``): the lower-case quotation is the reported
    clause or opens it (``that “temporary moorings” might be needed``)."""
    if open_ - ce > _GAP_WINDOW:
        return False
    words = text[ce:open_].split()
    return bool(words) and words[-1] == "that" and not any(w[-1:] in {".", ":", ";", ","} for w in words)


def _words_before(text: str, ss: int, open_: int) -> int:
    """How many words (at most three counted) of the sentence stand before the mark at ``open_``."""
    return len(text[max(ss, open_ - _GAP_WINDOW) : open_].split(None, 3)[:3])
