"""``according to X``: the source cue before or after its clause, or between subject and predicate.

:func:`according_report` reads ``According to X, CLAUSE``, ``CLAUSE, according to X.`` and
``The plan, according to two officials, will …``.
"""

from __future__ import annotations

import bisect
from collections.abc import Iterable, Iterator
from typing import TYPE_CHECKING

from newsparse.rules.quotes import patterns as pat
from newsparse.rules.quotes.attribution.shared import (
    _ASIDE_DASHES,
    _CLOSING_MARKS,
    _MAX_REPORTED,
    _SOURCE_NOUNS,
    _SUBJECT_PRONOUNS,
    _reports_inside,
)
from newsparse.rules.quotes.clause_shapes import finite_verb
from newsparse.rules.quotes.phrases import (
    NP,
    _bare,
    _ends_punct,
    _first_tokens,
    _rstrip_to,
    _skip_ws,
    np_after,
)
from newsparse.rules.quotes.state import Raw

if TYPE_CHECKING:
    from newsparse.rules.quotes.state import State


def according_report(st: State, cs: int, ce: int, ss: int, se: int, send: int) -> Raw | None:
    """``according to X, CLAUSE``, ``CLAUSE, according to X.`` and ``The plan, according to X,
    will …``: the report an ``according to`` cue at ``[cs, ce)`` attributes to its source, or
    None. ``[ss, se)`` is the cue's sentence, ``send`` its end before the closing stop."""
    text = st.text
    np = np_after(text, ce, se) or _according_source(text, ce, se) or _numbered_source(text, ce, se)
    if np is None or text.startswith(_COPY_OF, _skip_ws(text, ce)):
        return None  # ("according to a copy of the certificate": a document read, not a source)
    comma = text.find(",", np.end, min(se, np.end + 200))
    bend = _rstrip_to(text, ss, cs)
    # the clause before the cue and the rest of the sentence after its source, each bounded
    # by the neighbouring "according to" and a length no real clause reaches
    cs0 = _dashed_aside_start(text, _clause_start_before(st, cs, ce, ss), cs, np.end)
    tail = _tail_end(st, cs, ce, np.end, send)
    if text[bend - 1 : bend] == "," and _intro_only(text, cs0, bend - 1):
        # "However, according to the ministry, the bridge …": only a sentence adverb before the
        # cue, so the clause follows the source as after a sentence-opening "According to"
        cs0 = bend = cs
    if bend != cs and (_attribution_before(st, cs0, bend) or _lenient_cue_within(st, cs0, bend)):
        # '“We will win,” he told supporters, according to a statement.', '…, the health
        # commission said, according to Reuters.': the source relays a report listed itself
        return None
    if (
        text[bend - 1 : bend] != ","
        and _source_closes(text, np.end, send)
        and len(text[cs0:bend].split()) >= 4
    ):
        # "… was only second to the S&P 500 ratio according to LSEG data."
        return Raw(cs0, tail, cs0, bend, "indirect", (cs, ce), np, "np", "indirect:according", ss)
    if text[bend - 1 : bend] == "," and _predicate_after(text, comma, send):
        # "The plan, according to two officials, will be announced …": the attribution sits
        # between subject and predicate; the content is the whole sentence around it
        return Raw(cs0, send, cs0, send, "indirect", (cs, ce), np, "np", "indirect:according", ss)
    if text[bend - 1 : bend] == ",":
        # "CLAUSE, according to X."
        cstart, cend = cs0, bend - 1
        if cend - cstart < 10:
            return None
        return Raw(cs0, tail, cstart, cend, "indirect", (cs, ce), np, "np",
                    "indirect:according", ss)  # fmt: skip
    if comma < 0 or comma - np.end > 60:
        return None
    nxt = text.find(", ", comma + 1, min(se, comma + 120))  # (not "5,421")
    chunk = text[comma + 1 : nxt].split() if nxt > 0 else []
    if (
        chunk
        and chunk[0][:1].islower()
        and chunk[0] not in _SUBJECT_PRONOUNS
        and not any(w in pat.AUXILIARIES or finite_verb(w) for w in chunk)
    ):
        comma = nxt  # "According to X, general secretary of Y, CLAUSE"
    cstart = comma + 1
    while cstart < send and text[cstart].isspace():
        cstart += 1
    send = _clause_end_after(st, cs, ce, cstart, send)
    if send - cstart < 10 or st.in_quote(cstart, True) or _reports_inside(st, cstart, min(send, cstart + 60)):
        # (", the loggers alleged that …": the clause's own cue reports it)
        return None
    return Raw(cs, send, cstart, send, "indirect", (cs, ce), np, "np", "indirect:according", ss)


_MAX_TAIL = 250  # characters of sentence kept after an "according to" source
_CUE_LOOK = 16  # cues looked at for a neighbouring cue of the same kind (bounded work per cue)
# A sentence may cite two sources ("…, according to A, and …, according to B"), so a clause or
# tail reaches over one other cue of its kind; a run of them is no sentence, so not over two.
_SAME_CUES_CROSSED = 1


def _same_cues(st: State, cs: int, ce: int, lo: int, hi: int, backward: bool) -> Iterator[int]:
    """Cue starts in ``[lo, hi)`` (nearest ``cs`` first, at most :data:`_CUE_LOOK` looked at)
    whose words are the cue's at ``cs``-``ce`` (``according to`` … ``According to``)."""
    text = st.text
    want = text[cs:ce].lower()
    starts = st.cue_starts
    if backward:
        k = bisect.bisect_left(starts, cs)
        near: Iterable[int] = reversed(starts[max(0, k - _CUE_LOOK) : k])
    else:
        k = bisect.bisect_right(starts, cs)
        near = starts[k : k + _CUE_LOOK]
    for c in near:
        if c < lo or c >= hi:
            if (c < lo) == backward:
                break  # past the range, in the direction looked
            continue
        if text[c : c + len(want)].lower() == want:
            yield c


def _nth_same_cue(st: State, cs: int, ce: int, lo: int, hi: int, backward: bool) -> int:
    """The cue of the same words past :data:`_SAME_CUES_CROSSED` others of them, or -1."""
    for n, c in enumerate(_same_cues(st, cs, ce, lo, hi, backward)):
        if n == _SAME_CUES_CROSSED:
            return c
    return -1


def _clause_start_before(st: State, cs: int, ce: int, ss: int) -> int:
    """Where ``CLAUSE, according to X`` starts: the sentence start ``ss``, but never more than
    :data:`_MAX_REPORTED` back nor before a run of other ``according to`` cues."""
    lo = max(ss, cs - _MAX_REPORTED)
    c = _nth_same_cue(st, cs, ce, lo, cs, backward=True)
    if c >= 0:
        lo = c + (ce - cs)
    if lo == ss:
        return ss
    sp = st.text.find(" ", lo, cs)
    return _skip_ws(st.text, sp) if sp >= 0 else lo


# Sentence adverbs and linking phrases that may stand alone before ", according to X, CLAUSE"
_INTRO_PHRASES = frozenset(
    {"however", "meanwhile", "in fact", "still", "now", "yet", "also", "moreover", "furthermore",
     "additionally", "earlier", "instead", "for example", "for instance", "indeed", "in addition",
     "today", "yesterday", "overall", "currently", "initially", "previously", "similarly",
     "separately", "thus", "so", "and", "but", "in turn", "in contrast", "by contrast", "again",
     "at the same time", "in short", "in total", "last year", "this year", "last week", "this week",
     "on average", "as a result", "in the meantime", "then", "later", "in particular", "otherwise",
     "nevertheless", "nonetheless", "therefore", "consequently", "likewise", "in general"}
)  # fmt: skip


def _intro_only(text: str, lo: int, hi: int) -> bool:
    """Whether ``text[lo:hi]`` is only a sentence adverb or a linking phrase (``However``,
    ``For example``, ``In 2019``, ``Interestingly``): no subject of a clause before the cue."""
    if hi - lo > 24:
        return False  # (tested before slicing)
    phrase = text[lo:hi].strip().lower()
    if phrase in _INTRO_PHRASES:
        return True
    words = phrase.split()
    if len(words) == 1:
        return words[0].endswith("ly") and words[0].isalpha() and len(words[0]) > 5  # "Interestingly"
    # "In 2019", "On Monday", "In March": a time adjunct
    return (
        len(words) == 2
        and words[0] in {"in", "on", "by", "since", "until"}
        and (words[1].isdigit() or words[1].capitalize() in pat.TIME_WORDS)
    )


def _dashed_aside_start(text: str, cs0: int, cs: int, src_end: int) -> int:
    """``Students at X — located in a town where incomes are high, according to Forbes — told …``:
    when a dash closes the source, the attributed clause is the aside opened by the dash before
    the cue, not the sentence's subject before it."""
    if not text.startswith(_ASIDE_DASHES, src_end):
        return cs0
    found = max((text.rfind(d, cs0, cs), d) for d in _ASIDE_DASHES)
    return _skip_ws(text, found[0] + len(found[1])) if found[0] >= 0 else cs0


def _tail_end(st: State, cs: int, ce: int, src_end: int, send: int) -> int:
    """Where a ``… according to X`` quote's span ends: the sentence end, but at most
    :data:`_MAX_TAIL` past the source and never into a run of other ``according to`` cues."""
    end = min(send, src_end + _MAX_TAIL)
    c = _nth_same_cue(st, cs, ce, src_end, end, backward=False)
    if c >= 0:
        end = _rstrip_to(st.text, src_end, c)
    return max(end, src_end)


def _clause_end_after(st: State, cs: int, ce: int, cstart: int, send: int) -> int:
    """Where ``According to X, CLAUSE`` ends: ``send``, but never more than
    :data:`_MAX_REPORTED` after ``cstart`` nor into a run of other ``according to`` cues."""
    end = min(send, cstart + _MAX_REPORTED)
    c = _nth_same_cue(st, cs, ce, cstart, end, backward=False)
    return _rstrip_to(st.text, cstart, c) if c >= 0 else end


_COPY_OF = ("a copy of", "copies of", "a photo of", "a video of", "an image of", "footage of")


def _predicate_after(text: str, comma: int, send: int) -> bool:
    """Whether the comma closing an ``according to`` source is followed by a predicate
    (``…, will be announced``, ``…, fled on foot``): a finite verb in lower case."""
    if comma < 0:
        return False
    words = text[comma + 1 : min(send, comma + 40)].split(None, 2)[:2]
    if not words or not words[0].isalpha() or not words[0].islower():
        return False
    w = words[0]
    if w in pat.AUXILIARIES or w in pat.IRREGULAR_PAST or (w.endswith("ed") and len(w) > 4):
        return True
    # an irregular past or present form ("fled", "hits"), not a word opening an appositive or an
    # adjunct ("who …", "the …", "in …", "including …")
    return not (
        w in _NOT_PREDICATE or w in pat.DETERMINERS or w in pat.PREPOSITIONS or w.endswith(("ing", "ly"))
    )


_NOT_PREDICATE = frozenset(
    {"who", "which", "that", "whose", "whom", "and", "but", "or", "nor", "as", "while", "when", "where",
     "because", "although", "though", "if", "so", "then", "also", "not", "only", "even", "just"}
)  # fmt: skip


def _according_source(text: str, ce: int, se: int) -> NP | None:
    """``according to data released by the ministry``, ``as per sources``: a lower-case source."""
    toks = _first_tokens(text, ce, min(se, ce + 100), 10)
    if not toks:
        return None
    first = _bare(toks[0][2])
    # "according to state figures", "according to court documents", "according to astronomers
    # at …": a lower-case word (no article, pronoun or preposition) before the source noun
    if not (first.isalpha() and first.islower()) or first in _NOT_SOURCE_LEAD:
        return None
    end = toks[0][0] + len(toks[0][2].rstrip(",.;:"))
    for _s, _e, t in toks:
        end = _s + len(t.rstrip(",.;:!?"))
        if _ends_punct(t):
            break
    if not any(_source_noun(_bare(t).lower()) for _s, _e, t in toks[:3]):
        return None
    return NP(toks[0][0], end, "desc")


# ("according to plan" is no source; nor a pronoun or an article, which np_after reads)
_NOT_SOURCE_LEAD = (
    pat.DETERMINERS | pat.PREPOSITIONS | {"him", "her", "them", "me", "us", "which", "what", "plan"}
)
# People whose findings "according to" cites ("astronomers", "investigators", "economists").
_SOURCE_PERSON_ENDINGS = ("ers", "ors", "ists", "ians", "ants", "ents")


def _source_noun(word: str) -> bool:
    """Whether ``word`` names a source: a document or data word, or plural people."""
    return word in _SOURCE_NOUNS or (word.endswith(_SOURCE_PERSON_ENDINGS) and len(word) > 5)


def _numbered_source(text: str, ce: int, se: int) -> NP | None:
    """``according to 538,``: a source whose name is a number (a pollster, a site)."""
    toks = _first_tokens(text, ce, min(se, ce + 30), 1)
    if not toks or not toks[0][2][:1].isdigit() or not toks[0][2].rstrip(",.;:").isalnum():
        return None
    return NP(toks[0][0], toks[0][0] + len(toks[0][2].rstrip(",.;:")), "name")


def _source_closes(text: str, end: int, send: int) -> bool:
    """Whether the sentence ends (or a new clause starts) right after an ``according to`` source."""
    rest = text[end:send].lstrip(" \t\u00a0")
    words = rest.split()
    return (
        rest == ""
        or rest.startswith((", and ", ", but "))
        # "… according to county officials who spoke about the project.": the source described
        or (rest.startswith(("who ", "whose ")) and "," not in rest)
        or (len(words) <= 2 and all(w.isalpha() and w.islower() for w in words))  # "LSEG data"
    )


def _attribution_before(st: State, lo: int, hi: int) -> bool:
    """Whether ``[lo, hi)`` before ``according to`` ends in a quotation's own attribution
    (``“…,” he told settler leaders``, ``Agents “say …,” he said``): the source relays that
    quote, and the text before it is no reported clause."""
    text = st.text
    starts = st.cue_starts
    k = bisect.bisect_left(starts, hi) - 1
    if k < 0 or starts[k] < lo or hi - starts[k] > 60:
        return False
    c = starts[k]
    before = text[max(lo, c - 40) : c].rstrip()
    words = before.split()
    # the closing mark and comma, then at most three words naming the speaker
    for n in range(min(4, len(words)), -1, -1):
        head = " ".join(words[: len(words) - n]) if n else before
        if (head[-2:-1] in _CLOSING_MARKS and head[-1:] == ",") or (
            head[-2:-1] == "," and head[-1:] in _CLOSING_MARKS
        ):
            return True
    return False


def _lenient_cue_within(st: State, lo: int, hi: int) -> bool:
    """Whether a ``said``-like cue outside quotation marks starts in ``[lo, hi)``."""
    text = st.text
    starts = st.cue_starts
    k = bisect.bisect_left(starts, lo)
    for c in starts[k : k + 8]:  # (a bounded look: a clause holds few cues)
        if c >= hi:
            break
        word = text[c : c + 8].split(" ", 1)[0].rstrip(",.")
        if word in st.vocab.lenient and not st.in_quote(c):
            return True
    return False
