"""Two speakers joined by ``and`` as the subject of one cue.

``Harbour council leader Ann Lee and Elm council leader Tom Reed called …``, ``Democrats and
civil rights groups said …``, ``Ann Lee, who chairs the board, and her deputy denied …``: the
phrase read right before the cue is only the second conjunct, yet both speak, and the first is
the one the article named first. :func:`conjoined_subject` widens the phrase to both when the
first conjunct opens the clause and names someone (to the first alone when an aside of its own
stands between them).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from newsparse.rules.quotes import cues
from newsparse.rules.quotes.phrases import NP, _bare, _is_cap, _role_word, _tokens, sentence_subject

if TYPE_CHECKING:
    from newsparse.rules.quotes.vocab import Vocab

_AND = " and "
_RELATIVES = (", who ", ", whose ")
_FLOATED = frozenset({"both", "all", "each"})
_ORG_WORDS = frozenset(cues.ORG_WORDS)
_SECOND_REACH = 40
"""Characters between ``and`` and the phrase read before the cue (``Elm council leader``)."""
_FIRST_REACH = 160
"""Characters the first conjunct, with any relative clause of its own, may span."""


def conjoined_subject(text: str, lo: int, np: NP, vocab: Vocab) -> NP | None:
    """The phrase from the clause's first conjunct to ``np`` (the phrase read right before a cue,
    looking back no further than ``lo``) when ``np`` is the second conjunct of a subject joined
    by ``and`` and the first names someone at the clause start; else None.

    Only words of a name or a role stand between ``and`` and ``np`` (``and Elm council leader
    Tom Reed``); the first conjunct opens the clause (``Tom Lee left and Ann Lee said`` joins
    nothing: no name ends right before ``and``)."""
    if np.kind not in {"name", "desc"} or np.start - lo > _FIRST_REACH + _SECOND_REACH:
        return None
    if text[np.start : np.end].lower() in _FLOATED:
        return None  # "Salter and Devane both promised": the names before "both" are read later
    at = text.rfind(_AND, max(lo, np.start - _SECOND_REACH), np.start)
    if at < 0:
        return None
    between = _tokens(text, at + len(_AND), np.start)
    if not all(_is_cap(t) or _role_word(t) for _s, _e, t in between):
        return None  # ("and said that officials": a verb between, no second conjunct)
    if any(_bare(t) in _ORG_WORDS for _s, _e, t in between):
        return None  # ("National Search and Rescue Agency chief Bambang Soelistyo": one body's name)
    before = text[max(lo, at - 2) : at]
    if not (before.endswith(",") or (before[-1:].isalpha() and _last_word_capitalised(text, lo, at))):
        return None  # ("Lee left and Reed said": a verb ends the first clause)
    first = sentence_subject(text, lo, at)
    if first is None or first.kind != "name" or first.end > at or not _names_someone(text, first):
        return None
    if any(_office_word(w, vocab) for w in text[first.start : first.end].split()):
        # ("U.S. Secretary of State and President Lee said": a capitalised office may name no
        # one, and a title before a name is read whole by the phrase before the cue already)
        return None
    if first.end < at:
        # "Ann Lee, who chairs the board, and her deputy denied …": the name before its aside
        # (the first conjunct named; the two joined would carry the aside along)
        # ("Russia, for its part, said …, and Damascus said": two clauses, no joined subject)
        return first if text.startswith(_RELATIVES, first.end) and before.endswith(",") else None
    return NP(first.start, np.end, "name")


def _office_word(word: str, vocab: Vocab) -> bool:
    """A capitalised role or title (``Secretary``, ``President``), which names an office."""
    return _is_cap(word) and (_bare(word).lower() in vocab.roles or word in vocab.titles)


def _names_someone(text: str, first: NP) -> bool:
    """Whether the first conjunct names people: a name of two words or more, or one plural word
    (``Democrats``); a lone singular word is a descriptor of the one person named after ``and``
    (``Singer and Millbrook native Callum Reyes``)."""
    words = text[first.start : first.end].split()
    return len(words) >= 2 or (words[0].endswith("s") and not words[0].endswith("ss"))


def _last_word_capitalised(text: str, lo: int, at: int) -> bool:
    """Whether the word ending at ``at`` is capitalised (``Anwar`` of ``… Afrasiab Anwar and``)."""
    space = text.rfind(" ", max(lo, at - 40), at)
    return _is_cap(text[space + 1 : at]) if space >= 0 or at - lo <= 40 else False
