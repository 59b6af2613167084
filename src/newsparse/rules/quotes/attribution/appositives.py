"""The person at the head of a chain of appositives before a cue.

Business and wire copy credits a speaker with a comma-separated chain of designation,
organisation and description before the cue: ``Jane Roe, Tax Partner, Ledger Advisors, a tax
firm, said`` or ``Jane Roe, founder and CEO of Ledger Advisors, a boutique firm, shared``. The
phrase right before the cue is then the last appositive (the firm, or the role and its
organisation), but the subject's head is the chain's FIRST noun phrase, the person's name.
:func:`apposed_person` walks the chain back from the phrase read before the cue and returns
that name when the piece right after it is a designation.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from newsparse.rules.quotes import cues
from newsparse.rules.quotes import patterns as pat
from newsparse.rules.quotes.epithets import EXTRA_ROLES
from newsparse.rules.quotes.phrases import NP, _bare, _is_cap, _tokens

if TYPE_CHECKING:
    from newsparse.rules.quotes.vocab import Vocab

_REACH = 200
"""Characters read back from the phrase before the cue for the rest of its chain."""

_MAX_PIECES = 3
"""Comma-separated pieces walked back over (a name, a designation, an organisation)."""

# Designations written after a name that the role vocabulary lacks, because alone and lower
# case they are no speaker's role ("a partner said" is rarely a firm's partner): in a chain
# between commas they are one ("Jane Roe, Tax Partner, Ledger Advisors,").
_DESIGNATIONS = frozenset(
    {"partner", "md", "cfo", "coo", "cto", "cmo", "cio", "vp", "svp", "evp", "avp", "principal",
     "counsel", "adviser", "advisor", "fellow", "associate", "proprietor", "promoter", "co-founder",
     "cofounder", "trustee", "convenor", "convener"}
)  # fmt: skip

_ORG_WORDS = frozenset(cues.ORG_WORDS)
# Words that open a capitalised piece which is no name ("In May,", "On Monday,", "Last year,")
_NOT_NAME_OPENERS = pat.STOP_CAPS | pat.INTRO_WORDS | pat.TIME_WORDS


def apposed_person(text: str, lo: int, np: NP, cs: int, vocab: Vocab) -> NP | None:
    """The person's name opening the appositive chain that ends in ``np`` (the phrase read
    before the cue at ``cs``, looking back no further than ``lo``), or None when ``np`` heads no
    such chain.

    ``Jane Roe, Tax Partner, Ledger Advisors, a tax firm, states`` → ``Jane Roe``: the name,
    then a designation, then any organisations and descriptions, each closed by its comma. The
    piece right after the name must hold a designation (``Tax Partner``, ``founder and CEO of
    X``); a list of names or a fronted phrase (``In May, Acme Corp, a retailer, said``) is none.
    """
    if np.kind not in {"name", "desc"} or np.start - lo < 8 or text.find(",", np.end, cs) < 0:
        return None  # ("Jane Roe, CEO of Acme, and the analysts said": a subject at the cue)
    floor = max(lo, np.start - _REACH)
    if text.find(", ", floor, np.start) < 0:
        return None  # (the cheap look first: no comma, no chain)
    toks = _tokens(text, floor, np.start)
    if floor > lo and toks and toks[0][0] == floor:
        toks = toks[1:]  # a token cut by the window
    pieces = _pieces(toks)
    if not pieces:
        return None
    # the words of np's own piece before np ("founder and" of "founder and CEO of X")
    lead = pieces.pop() if not toks[-1][2].endswith(",") else []
    following = [*lead, (np.start, np.end, text[np.start : np.end])]
    # the first piece may be the name only when it opens the clause (not cut by the window)
    at_start = floor == lo and text[lo : toks[0][0]].strip() == ""

    for n, piece in enumerate(reversed(pieces)):
        if n >= _MAX_PIECES:
            break
        first_piece = n == len(pieces) - 1
        if _person(piece) and (not first_piece or at_start) and _designated(following, vocab):
            end = piece[-1][0] + len(piece[-1][2].rstrip(","))
            return NP(piece[0][0], end, "name")
        if not _appositive(piece, vocab):
            return None
        following = piece
    return None


def _pieces(toks: list[tuple[int, int, str]]) -> list[list[tuple[int, int, str]]]:
    """The tokens split after each token ending in a comma (the last piece may lack one)."""
    pieces: list[list[tuple[int, int, str]]] = [[]]
    for tok in toks:
        pieces[-1].append(tok)
        if tok[2].endswith(","):
            pieces.append([])
    return [p for p in pieces if p]


_NAME_WORDS = (2, 4)
"""How many words a person's name in a chain has (a surname alone is too like a place)."""


def _person(piece: list[tuple[int, int, str]]) -> bool:
    """Whether a piece is a person's name: two to four capitalised words, no organisation word,
    designation or possessive, and no opener of a fronted phrase (``In May``)."""
    if not _NAME_WORDS[0] <= len(piece) <= _NAME_WORDS[1] or not piece[-1][2].endswith(","):
        return False
    opener = _bare(piece[0][2])
    if opener in _NOT_NAME_OPENERS or opener.lower() in pat.PREPOSITIONS:
        return False
    for _s, _e, tok in piece:
        bare = _bare(tok)
        if not _is_cap(tok) or bare in _ORG_WORDS or bare.lower() in _DESIGNATIONS:
            return False
        if bare.lower() in cues.ROLE_NOUNS or bare.endswith(("'s", "’s")):
            return False
    return True


def _designated(piece: list[tuple[int, int, str]], vocab: Vocab) -> bool:
    """Whether a piece holds a designation (``Tax Partner``, ``founder and CEO of X``)."""
    return any(_designation(tok, vocab) for _s, _e, tok in piece)


def _designation(tok: str, vocab: Vocab) -> bool:
    low = _bare(tok).lower()
    return low in vocab.roles or low in _DESIGNATIONS or low in EXTRA_ROLES


def _appositive(piece: list[tuple[int, int, str]], vocab: Vocab) -> bool:
    """Whether a piece may stand between a name and the cue: a designation, a description
    opening with an article (``a tax and consulting firm``) or an organisation's name."""
    if _designated(piece, vocab):
        return True
    first = _bare(piece[0][2]).lower()
    if first in {"a", "an", "the"}:
        return True
    return all(_is_cap(tok) or tok.rstrip(",") in pat.CONNECTORS for _s, _e, tok in piece)
