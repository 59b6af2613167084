"""Reported speech attributed by an ``as`` clause: ``As X said, CLAUSE`` / ``CLAUSE, as X noted.``

The ``as`` clause holds the speaker and the cue, and the report is the main clause beside it,
across the comma that closes the ``as`` clause (``As the harbour master noted on Friday, the
pier has not been inspected since 2019``) or before the comma that opens it (``The pier has
not been inspected since 2019, as the harbour master noted.``). The content is that main
clause, to the sentence end without its full stop, as the annotation delimits reported
speech. :func:`as_clause_report` reads both on a bounded window around the cue.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from newsparse.rules.quotes import patterns as pat
from newsparse.rules.quotes.clause_shapes import finite_verb
from newsparse.rules.quotes.phrases import NP, _bare, _ends_punct, _first_tokens, _skip_ws, _tokens, np_before
from newsparse.rules.quotes.state import Raw

if TYPE_CHECKING:
    from newsparse.rules.quotes.state import State

__all__ = ["as_clause_report"]

_SPEAKER_WINDOW = 80  # characters between "As" and the cue: a speaker phrase, never a clause
_ADJUNCT_WINDOW = 60  # characters between the cue and the comma closing the "as" clause
_MIN_CONTENT = 12  # a main clause shorter than this is no report
# Words that may stand between the cue and the closing comma ("As Lee said on Friday,",
# "As the minister noted in his speech to the council,"): an adjunct, never a clause.
_ADJUNCT_WORDS = frozenset(
    {"on", "in", "at", "to", "during", "last", "this", "earlier", "later", "recently", "before",
     "after", "the", "a", "an", "his", "her", "their", "its", "of", "with", "week", "month", "year",
     "morning", "evening", "night", "afternoon", "monday", "tuesday", "wednesday", "thursday",
     "friday", "saturday", "sunday", "yesterday", "today", "once", "repeatedly", "often",
     "previously", "already", "himself", "herself", "themselves", "itself", "first",
     # "As Emily Feng reports for NPR,", "As Lee wrote from Kyiv,"
     "for", "from"}
)  # fmt: skip


def as_clause_report(st: State, cs: int, ce: int, cue_end: int, ss: int, send: int) -> Raw | None:
    """The report of a cue at ``[cs, ce)`` standing in an ``as`` clause of sentence ``[ss,
    send)``, or None when the cue is in no such clause."""
    text = st.text
    if text.startswith(("As ", "as "), ss) and cs - ss <= _SPEAKER_WINDOW:
        return _fronted(st, cs, cue_end, ss, send)
    lo = max(ss, cs - _SPEAKER_WINDOW)
    at = text.rfind(", as ", lo, cs)
    if at >= 0:
        return _postposed(st, cs, cue_end, ss, send, at)
    return None


def _speaker(st: State, lo: int, cs: int) -> NP | None:
    """The speaker phrase filling ``[lo, cs)`` (adverbs and auxiliaries before the cue aside)."""
    np = np_before(st.text, lo, cs, st.vocab)
    if np is None or np.kind == "coord" or np.start < lo:
        return None
    if np.kind == "pron" and st.text[np.start : np.end].lower() in {"i", "we", "you"}:
        return None  # "As I wrote last week": the writer, no one to attribute
    between = _tokens(st.text, lo, np.start)
    if any(finite_verb(t) or _ends_punct(t) for _s, _e, t in between):
        return None  # "As prices rose and Lee said": a clause, not a speaker phrase
    return np


def _fronted(st: State, cs: int, cue_end: int, ss: int, send: int) -> Raw | None:
    """``As X said[ adjunct], CLAUSE``."""
    text = st.text
    comma = text.find(",", cue_end, min(send, cue_end + _ADJUNCT_WINDOW))
    if comma < 0:
        return None
    for _s, _e, t in _tokens(text, cue_end, comma):
        if _bare(t).lower() not in _ADJUNCT_WORDS and not t[:1].isupper():
            return None  # "As Lee said he would, …": a clause of its own before the comma
    np = _speaker(st, ss + 3, cs)
    cstart = _skip_ws(text, comma + 1)
    if np is None or send - cstart < _MIN_CONTENT or st.in_quote(cstart, True):
        return None
    if not _opens_clause(text, cstart, send):
        return None
    return Raw(ss, send, cstart, send, "indirect", (cs, cue_end), np, "np", "indirect:as-clause", ss)


def _postposed(st: State, cs: int, cue_end: int, ss: int, send: int, at: int) -> Raw | None:
    """``CLAUSE, as X noted[ adjunct].``"""
    text = st.text
    if send - cue_end > _ADJUNCT_WINDOW:
        return None  # (more than an adjunct after the cue; nothing long is read per cue)
    for _s, _e, t in _tokens(text, cue_end, send):
        if _bare(t).lower() not in _ADJUNCT_WORDS and not t[:1].isupper():
            return None  # "…, as Lee said it would": more than an adjunct after the cue
    np = _speaker(st, at + 5, cs)
    if np is None or at - ss < _MIN_CONTENT or text[ss] in "\"“‘'«„":
        return None
    return Raw(ss, send, ss, at, "indirect", (cs, cue_end), np, "np", "indirect:as-clause", ss)


def _opens_clause(text: str, pos: int, end: int) -> bool:
    """Whether a finite verb comes within the first words at ``pos`` (a main clause)."""
    toks = _first_tokens(text, pos, min(end, pos + 120), 10)
    for i, (_s, _e, t) in enumerate(toks):
        b = _bare(t)
        if finite_verb(t) or b in _PRESENT_VERBS:
            return True
        if i and b.isalpha() and b.islower() and b.endswith("s") and not b.endswith("ss"):
            prev = _bare(toks[i - 1][2])
            if prev.lower() not in pat.DETERMINERS and not prev.endswith("s"):
                return True  # "the town needs", "Lee owns": a present-tense verb
        if _ends_punct(t) and not t.endswith(","):
            return False
    return False


# Present-tense verbs without "-s" that open a main clause after a plural subject.
_PRESENT_VERBS = frozenset({"believe", "say", "think", "need", "want", "remain", "face", "expect", "plan"})
