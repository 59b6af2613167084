"""Reported speech inside a relative clause whose subject is the reported one's gap.

``a ruling that the court said could take years``, ``polls that it says show support for …``,
``Ellis, who police said was armed, fled``, ``what the council says may be a breach``: the
speaker and the cue stand between a relative word and the reported verb phrase, whose subject is
the relative word itself (a gap), so no clause with a subject follows the cue. The annotation
lists the verb phrase as the content (``could take years``), spoken by the subject before the
cue. :func:`gap_report` reads a bounded window around the cue, and only for the ``said``-like
cues after which nothing else was found.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from newsparse.rules.quotes import patterns as pat
from newsparse.rules.quotes.clause_shapes import resumed_predicate
from newsparse.rules.quotes.phrases import _skip_ws, np_before
from newsparse.rules.quotes.state import Raw

if TYPE_CHECKING:
    from newsparse.rules.quotes.state import State

__all__ = ["gap_report"]

_RELATIVES = frozenset({"that", "which", "who", "what"})
_SPEAKER_WINDOW = 60  # characters between the relative word and the cue: a short subject only
_MIN_CONTENT = 8  # a verb phrase shorter than this is no report
# Words that cannot open the gapped verb phrase: a clause with a subject of its own follows
# ("said the plan …", "said it …"), or an object or adjunct of the cue ("said in a statement")
_NOT_VERB = (
    pat.DETERMINERS
    | pat.PREPOSITIONS
    | frozenset(
        {"he", "she", "they", "it", "we", "i", "you", "there", "that", "this", "these", "those", "and",
         "but", "or", "so", "if", "whether", "when", "while", "because", "as", "his", "her", "their",
         "its", "our", "my", "your", "him", "them", "us", "me", "not", "also", "then",
         # prepositions and adverbs a cue takes ("said about his performance", "said so")
         "about", "by", "after", "before", "during", "over", "under", "into", "onto", "through",
         "against", "without", "within", "via", "like", "than", "otherwise", "yes", "no",
         "more", "less", "nothing", "something", "anything", "everything", "little", "much", "hello",
         "goodbye", "sorry", "thanks", "earlier", "later", "today", "yesterday", "recently", "last"}
    )
)  # fmt: skip


def gap_report(st: State, cs: int, cue_end: int, ss: int, send: int) -> Raw | None:
    """The report of the cue at ``cs`` when it stands in a relative clause whose gap is the
    subject of what is reported (``restrictions that the officials said were unlawful``)."""
    text = st.text
    v = _skip_ws(text, cue_end)
    verb = _lower_word(text, v)
    if verb is None or verb in _NOT_VERB:
        return None
    lo = max(ss, cs - _SPEAKER_WINDOW)
    rel, rel_end = _relative_before(text, lo, cs)
    if rel < 0:
        return None
    np = np_before(text, rel_end, cs, st.vocab)
    if np is None or np.start != rel_end or np.kind == "coord":
        return None
    if np.kind == "pron" and text[np.start : np.end].lower() in {"i", "we", "you"}:
        return None
    end = _gap_end(text, rel, v, send)
    if end - v < _MIN_CONTENT:
        return None
    return Raw(np.start, end, v, end, "indirect", (cs, cue_end), np, "np", "indirect:gap", ss)


def _lower_word(text: str, pos: int) -> str | None:
    """The lower-case word at ``pos`` (letters only), or None."""
    end = pos
    while end < len(text) and end - pos < 20 and text[end].isalpha():
        end += 1
    word = text[pos:end]
    if not word or not word.islower() or (end < len(text) and text[end] in "'’-"):
        return None
    return word


def _relative_before(text: str, lo: int, cs: int) -> tuple[int, int]:
    """The last relative word in ``[lo, cs)`` (its start, and where the subject after it
    starts), or ``(-1, -1)``; nothing but the subject's words between it and the cue."""
    best = (-1, -1)
    for rel in _RELATIVES:
        at = text.rfind(f" {rel} ", lo, cs)
        if at >= 0 and at + 1 > best[0]:
            best = (at + 1, at + 2 + len(rel))
    if best[0] < 0:
        return best
    between = text[best[1] : cs]
    if any(ch in between for ch in ',;:.!?"“”()—–'):
        return (-1, -1)  # the subject is a plain phrase, no clause or aside of its own
    return best


def _gap_end(text: str, rel: int, start: int, send: int) -> int:
    """Where the gapped verb phrase ends: at the comma closing a relative clause set off by a
    comma (``Ellis, who police said was armed, fled``), else the sentence end."""
    if text[rel - 2 : rel] == ", ":
        comma = text.find(",", start, send)
        if comma >= 0:
            return comma
    # "The man who police said fled the scene, was caught": the subject's own verb resumes
    # after a comma (the relative clause was not set off, yet it ends there)
    resumed = resumed_predicate(text, start, send)
    return send if resumed is None else resumed
