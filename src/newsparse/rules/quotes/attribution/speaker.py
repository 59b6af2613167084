"""The speaker phrase of a cue: its subject before it, or an inverted name after it.

:func:`speaker_for` returns the noun phrase of the cue at ``[cs, ce)`` (``Jane Roe said``,
``”, said Jane Roe``, ``according to X``, ``quoted X as saying``) and how to resolve it.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from newsparse.rules.quotes import patterns as pat
from newsparse.rules.quotes.attribution.appositives import apposed_person
from newsparse.rules.quotes.attribution.conjoined import conjoined_subject
from newsparse.rules.quotes.attribution.shared import _ADJUNCT_WORDS, _ASIDE_DASHES, _SOURCE_NOUNS
from newsparse.rules.quotes.clause_shapes import finite_verb
from newsparse.rules.quotes.phrases import (
    NP,
    _bare,
    _ends_punct,
    _first_tokens,
    _is_cap,
    _rstrip_to,
    _tokens,
    np_after,
    np_before,
    np_closed,
    sentence_subject,
)

if TYPE_CHECKING:
    from newsparse.rules.quotes.state import State
    from newsparse.rules.quotes.vocab import Vocab


def speaker_for(
    st: State, cs: int, ce: int, cue: str, lo: int, hi: int, *, after_quote: bool, clause_after: bool = False
) -> tuple[NP | None, str]:
    """Return the speaker NP of the cue at ``[cs, ce)`` and how to resolve it.

    ``clause_after``: a reported clause follows the cue, so a comma right before it closes an
    adjunct of the subject (``CM Yadav in a meeting with ministers, said that …``), never an
    inverted cue's clause."""
    text = st.text
    v = st.vocab
    if cue in v.according:
        return np_after(text, ce, hi), "np"
    if cue in v.participles:
        quoted = _quoted_as(text, lo, cs, v) or _after_inverted_cue(text, lo, cs, v)
        return (quoted, "np") if quoted is not None else (None, "subject")
    gap = text[lo:cs]
    if not after_quote and cue in _CITING_CUES and "Citing " in gap:
        cited = _cited_source(text, lo, cs)
        if cited is not None:
            return cited, "np"  # "Citing Leela Nair, City Today reported, “…”": she speaks
    if after_quote and gap.strip(" \t\u00a0,") == "":
        # inverted: ”, said Jane Roe
        inv = np_after(text, ce, hi)
        tail = _role_tail(text, inv.end, hi, v) if inv is not None and inv.kind == "name" else None
        if inv is not None and tail is not None:
            return NP(inv.start, tail, "desc"), "np"  # ”, admitted the Real Madrid coach.
        named = _office_then_name(text, inv, hi, v) if inv is not None and inv.kind == "name" else None
        if named is not None:
            return named, "np"  # ”, said Deputy Commissioner of East Ridge, Omar Haddad.
        if (
            inv is not None
            and inv.kind != "pron"
            and (
                np_closed(text, inv.end, hi)
                or _adjunct_after(text, inv.end, hi)
                or (inv.kind == "name" and text.startswith((" who ", " whose "), inv.end))
            )
        ):
            # (”, said Dana Pruitt who is the concessions manager.: a relative clause, its
            # comma dropped, closes the name as an appositive does)
            return inv, "np"
        if inv is not None and inv.kind == "pron":
            return inv, "np"
        return None, "none"
    np = np_before(text, lo, cs, v)
    modifier = _attributive_cue(text, np) if np is not None else None
    if modifier is not None:
        # "as well as the continued decline": the cue modifies a noun after it, no speaker before
        # it ("his claim that": the possessor is who claims)
        return (modifier, "np") if modifier.kind == "pron" else (None, "none" if after_quote else "subject")
    if np is not None:
        # "Jane Roe, Tax Partner, Ledger Advisors, a tax firm, said": the chain's first phrase
        np = apposed_person(text, lo, np, cs, v) or conjoined_subject(text, lo, np, v) or np
        if not after_quote and np.kind != "pron":
            # "Rajan (a former governor) during a meeting told him …": the phrase read is the
            # object of an adjunct's preposition; the name before the adjunct speaks
            np = _subject_before_adjunct(text, lo, np, v) or np
    if np is None and not after_quote and text.endswith(_ASIDE_DASHES, lo, cs):
        np = _subject_before_aside(text, lo, cs, v)
    if np is None and clause_after and text[max(lo, cs - 6) : cs] in {" that ", "which "}:
        # "a ruling that said the firm had …", "a report which says …": the antecedent speaks
        antecedent = _relative_antecedent(text, lo, cs, v)
        return (antecedent, "np") if antecedent is not None else (None, "none")
    if (
        np is None
        and not after_quote
        and (
            _subject_may_reach(text, lo, cs)
            or _named_relative_subject(text, lo, cs)
            or (clause_after and _subject_then_adjunct(text, lo, cs))
        )
    ):
        # "The logger who stayed back claimed that …", "In May, the agency's chief Jo Lee said …":
        # no phrase ends right at the cue, but the sentence's subject is its speaker
        return None, "subject"
    if np is None:
        # inverted after a comma inside the sentence: "…, said the minister." (never an "-ing"
        # cue: in "…, calling the story a “hoax”" the words after it are its object)
        if gap.rstrip().endswith(",") and not cue.endswith("ing"):
            inv = np_after(text, ce, hi)
            if (
                inv is not None
                and inv.kind != "pron"
                and np_closed(text, inv.end, hi)
                and text[inv.end : inv.end + 1] != ":"
            ):
                return inv, "np"
        return None, "none"
    if np.kind == "coord":
        return None, "subject"
    if not after_quote and _in_relative_clause(text, lo, np.start):
        return None, "subject"  # "The ranger who found the boat claimed": not "the boat"
    if not after_quote and _agent_of_participle(text, lo, np.start):
        return None, "subject"  # "Most economists polled by the Courier said": not the Courier
    if (
        not after_quote
        and cue.endswith("ing")
        and text[max(lo, np.start - 4) : np.start] in {" on ", " in ", " at "}
    ):
        return None, "subject"  # "Lee posted on Instagram accusing …": the subject, not the place
    return np, "np"


_ARTICLES = frozenset({"the", "a", "an"})
_POSSESSIVE_DETS = frozenset({"its", "his", "her", "their"})


def _attributive_cue(text: str, np: NP) -> NP | None:
    """The phrase read before a cue that modifies the noun after it: a lone determiner (``the
    continued decline``), returned as itself, or a possessive alone (``his claim that``), returned
    as a pronoun; else None (a subject; ``its stated claim`` is read whole and resolved later)."""
    words = text[np.start : np.end].split()
    if len(words) == 1 and words[0] in _ARTICLES:
        return np
    if len(words) == 1 and words[0] in _POSSESSIVE_DETS:
        return NP(np.start, np.end, "pron")  # "his claim that …": he claims
    return None


# Prepositions of an adjunct between a subject and its cue ("Lee during a meeting told …")
_ADJUNCT_PREPS = (" during ", " at ", " in ", " after ", " before ", " amid ", " on ")
# How the object of such an adjunct opens ("a meeting", "the hearing", "his speech")
_ADJUNCT_DETS = ("a ", "an ", "the ", "his ", "her ", "its ")


def _subject_before_adjunct(text: str, lo: int, np: NP, v: Vocab) -> NP | None:
    """The name or pronoun ending right before a preposition that opens ``np`` as its object
    (``Rajan during a meeting told``), else None (``Residents in Kochi said`` keeps its group)."""
    if np.start - lo < 6 or np.kind != "desc" or not text.startswith(_ADJUNCT_DETS, np.start):
        return None  # ("Writing in The Mirror Linda said": a name after "in" may be the subject's)
    prep = next((p for p in _ADJUNCT_PREPS if text.endswith(p, max(lo, np.start - len(p)), np.start)), None)
    if prep is None:
        return None
    at = np.start - len(prep)
    subj = np_before(text, lo, at + 1, v)
    if subj is None or subj.kind not in {"name", "pron"}:
        return None
    if _bare(text[subj.start : subj.end].rsplit(" ", 1)[-1]).lower() in v.groups:
        return None  # "Officials in the district said": a group and its place, read whole later
    rest = text[subj.end : at].strip()
    # (a parenthesis may close the name: "Omar Haddad (a former governor) during …")
    return subj if rest == "" or (rest[:1] == "(" and rest[-1:] == ")") else None


def _subject_before_aside(text: str, lo: int, cs: int, v: Vocab) -> NP | None:
    """``Students at X — located in a town where …, according to Forbes — told …``: the subject
    before a dashed aside that ends right at the cue."""
    close = cs - 3
    opened = max(text.rfind(d, lo, close) for d in _ASIDE_DASHES)
    if opened <= lo or close - opened > _MAX_ASIDE:
        return None
    np = np_before(text, lo, opened, v)
    return np if np is not None and np.end == _rstrip_to(text, lo, opened) else None


_MAX_ASIDE = 300  # characters of a dashed aside between a subject and its cue


def _relative_antecedent(text: str, lo: int, cs: int, v: Vocab) -> NP | None:
    """The speaker of ``that said``/``which says``: the noun phrase before the relative pronoun
    when it names a document, a source, a role or a group (``a ruling that said …``), never
    an object that bears words (``decals that say …``)."""
    rel = _rstrip_to(text, lo, text.rfind(" ", max(lo, cs - 7), cs - 1))
    antecedent = np_before(text, lo, rel + 1, v) if rel > lo else None
    if antecedent is not None and text[max(lo, antecedent.start - 4) : antecedent.start] in {" in ", " on "}:
        antecedent = np_before(text, lo, antecedent.start - 4, v)  # "a decision in July that said"
    if antecedent is not None and antecedent.kind in {"desc", "name"}:
        words = {_bare(w).lower() for w in text[antecedent.start : antecedent.end].split()[-4:]}
        if words & (_DOCUMENT_SOURCES | _SOURCE_NOUNS | v.roles | v.groups):
            return antecedent
    toks = _tokens(text, max(lo, rel - 100), rel)
    for j in range(len(toks) - 1, max(-1, len(toks) - 7), -1):
        start, _end, t = toks[j]
        if _bare(t).lower() in _DOCUMENT_SOURCES:
            # "a Court of Justice (CJEU) decision in July that said": the decision with the
            # capitalised name before it, which is who issued it
            k = j
            while k > 0 and (
                _is_cap(toks[k - 1][2]) or toks[k - 1][2] in pat.CONNECTORS or toks[k - 1][2] == "the"
            ):
                k -= 1
            return NP(toks[k][0], start + len(_bare(t)), "desc")
    return None


def _agent_of_participle(text: str, lo: int, start: int) -> bool:
    """Whether the phrase at ``start`` is the agent of a participle (``polled by``, ``hired
    by``): it modifies the subject, which is the speaker."""
    words = text[max(lo, start - 30) : start].split()
    if words and words[-1].lower() in {"the", "a", "an"}:
        words.pop()
    if len(words) < 2:
        return False
    if words[-1] in {"to", "with"} and words[-2].lower() in _CLOSE_TO:
        return True  # "Sources close to the minister said": the sources speak
    return words[-1] == "by" and words[-2].endswith("ed") and words[-2].islower()


_CLOSE_TO = frozenset({"close", "familiar", "loyal", "allied", "linked", "near", "connected", "opposed"})


def _role_tail(text: str, end: int, hi: int, v: Vocab) -> int | None:
    """``the Real Madrid coach``: where one or two lower-case words ending in a role word, right
    after a name and closing the sentence, end (the name was the role's modifier), else None."""
    stop = text.find(".", end, min(hi + 1, end + 40))
    if stop < 0:
        return None
    rest = text[end:stop].split()
    if 1 <= len(rest) <= 2 and all(w.isalpha() and w.islower() for w in rest) and rest[-1] in v.roles:
        return _rstrip_to(text, end, stop)
    return None


_OFFICE_REACH = 60
"""How far after an inverted office (``said DCP of East Ridge,``) its holder's name may end."""


def _office_then_name(text: str, inv: NP, hi: int, v: Vocab) -> NP | None:
    """``said Additional DCP of Greater Noida, Sudhir Kumar.``: an office whose place or body
    follows ``of`` (its first words titles or roles), then after a comma the name of its holder,
    closing the sentence; else None (``said Jane Roe of Acme, …`` names her first)."""
    if not text.startswith(", ", inv.end):
        return None
    words = text[inv.start : inv.end].split()
    if "of" not in words[1:-1]:
        return None
    office = words[: words.index("of")]
    if not any(w in v.titles or w.lower() in v.roles or _office_acronym(w) for w in office):
        return None
    name = np_after(text, inv.end + 2, min(hi, inv.end + 2 + _OFFICE_REACH))
    if name is None or name.kind != "name" or " " not in text[name.start : name.end]:
        return None
    rest = text[name.end : name.end + 3]
    closed = rest[:1] in {".", "", "\n"}
    # (or an adjunct after it: "…, Jane Roe, in a note.", "…, Jane Roe, adding …")
    adjunct = rest[:2] == ", " and rest[2:3].islower()
    return name if closed or adjunct else None


def _office_acronym(word: str) -> bool:
    """``DCP``, ``SSP``, ``DGP``: an office written as its initials (two to five capitals)."""
    return 2 <= len(word) <= 5 and word.isupper() and word.isalpha()


def _adjunct_after(text: str, end: int, hi: int) -> bool:
    """``quipped Ellis of the role``, ``said Lee at the hearing``: an adjunct after an inverted name."""
    toks = _first_tokens(text, end, min(hi, end + 40), 2)
    return (
        len(toks) == 2
        and toks[0][0] == end + 1
        and toks[0][2] in _ADJUNCT_WORDS | {"of", "about"}
        # "said Lee on Facebook", "wrote Lee in The Atlantic": a place or medium after a preposition
        and (toks[1][2][:1].islower() or (toks[0][2] in _ADJUNCT_WORDS and toks[1][2][:1].isupper()))
    )


def _after_inverted_cue(text: str, lo: int, cs: int, v: Vocab) -> NP | None:
    """``…, he noted, adding: “…”``: the participle's speaker is the one of the cue before it."""
    toks = _tokens(text, max(lo, cs - 40), cs)
    if len(toks) < 2 or not toks[-1][2].endswith(","):
        return None
    word = toks[-1][2][:-1]
    if word not in v.strict and word not in v.lenient:
        return None
    np = np_before(text, lo, toks[-1][0], v)
    return np if np is not None and np.kind in {"pron", "name"} else None


# Cues of an outlet reporting what a fronted "Citing X," source said
_CITING_CUES = frozenset({"reported", "reports", "said", "says", "wrote", "writes", "quoted"})


def _cited_source(text: str, lo: int, cs: int) -> NP | None:
    """``Citing Leela Nair, City Today reported, “…”``: the name after a sentence-opening
    ``Citing`` and before its comma, when a name; else None (``Citing sources, …``)."""
    at = text.find("Citing ", lo, cs)
    if at < 0 or text[lo:at].strip(" \t\u00a0\n") not in {"", "—", "-"}:
        return None
    np = np_after(text, at + 7, cs)
    if np is None or np.kind != "name" or not text.startswith(", ", np.end):
        return None
    return np


_QUOTED = frozenset({"quoted", "cited"})
_BE = frozenset({"was", "were", "is", "are", "been", "being", "has", "had", "have"})


# Adverbs between "was" and "quoted" ("he was further quoted as saying", "was later quoted")
_QUOTED_ADVERBS = frozenset({"further", "also", "later", "then", "earlier", "once", "widely", "again"})


def _quoted_as(text: str, lo: int, cs: int, v: Vocab) -> NP | None:
    """``quoted the agency as saying`` (the agency speaks) / ``Hale was quoted as saying`` (Hale) /
    ``The Courier quoted him saying`` (he speaks, not the paper)."""
    toks = _tokens(text, max(lo, cs - 80), cs)
    if (
        len(toks) >= 2
        and _bare(toks[-2][2]).lower() in _QUOTED
        and toks[-1][2].lower() in pat.OBJECT_PRONOUNS
    ):
        # "The FT quoted him saying, …": the object pronoun is who speaks
        s, _e, t = toks[-1]
        return NP(s, s + len(t), "pron")
    if len(toks) < 2 or toks[-1][2] != "as":
        return None
    for j in range(len(toks) - 2, max(-1, len(toks) - 8), -1):
        if _bare(toks[j][2]).lower() in _QUOTED:
            break
        if _ends_punct(toks[j][2]):
            return None
    else:
        return None
    passive_agent = toks[j + 1][2] == "by" and j > 0 and toks[j - 1][2].lower() in _BE
    if j == len(toks) - 2 or passive_agent:
        # "Hale was quoted as saying", "Hale was quoted by the Courier as saying": Hale speaks
        k = j
        while k > 0 and (toks[k - 1][2].lower() in _BE or toks[k - 1][2].lower() in _QUOTED_ADVERBS):
            k -= 1  # (past "was" and "further" of "he was further quoted as saying")
        np = np_before(text, lo, toks[k][0], v)
        return np if np is not None and np.kind in {"name", "desc", "pron"} else None
    first, last = toks[j + 1], toks[-2]
    kind = "name" if _is_cap(first[2]) else "desc"
    return NP(first[0], last[0] + len(last[2].rstrip(",;:")), kind)


# Documents and rulings that "say" something ("a ruling that said …", "a letter which says …").
_DOCUMENT_SOURCES = frozenset(
    {"ruling", "report", "statement", "letter", "document", "filing", "decision", "judgment", "judgement",
     "verdict", "memo", "audit", "review", "investigation", "order", "notice", "lawsuit", "complaint",
     "indictment", "petition", "email", "post", "tweet", "message", "note", "release", "affidavit",
     "warrant", "circular", "advisory", "bulletin", "directive", "notification", "resolution"}
)  # fmt: skip


_NOT_SUBJECT_END = frozenset({"to", "not", "and", "or", "having", "be", "been", "being"})
_NOT_SUBJECT_ONE = frozenset({"That", "This", "There", "Having", "Being", "Needless", "Truth"})
# (a parenthesised abbreviation is a name's, not an aside: "the Convention Centre (IECC) complex")
_NOT_SUBJECT_GAP = re.compile(r"[\"“”‘«»;:]|[(](?![A-Z]{2,8}+[)])|[.!?][ ]")


# "Boxer Vijender Singh who joined the protest (at the border) on Sunday said": a name and a
# relative clause (which may hold a parenthesis) before the cue.
# (a comma may close the name: "McCormick, who has split from …, told")
_NAME_WHO = re.compile(r"[A-Z][\w’'.-]{0,30}+(?:[ ][A-Z][\w’'.-]{0,30}+){0,4}+,?+[ ]who[ ]")


def _named_relative_subject(text: str, lo: int, cs: int) -> bool:
    gap = text[lo:cs]
    return len(gap) <= 200 and ". " not in gap and _NAME_WHO.match(text, lo, cs) is not None


def _subject_may_reach(text: str, lo: int, cs: int) -> bool:
    """Whether the words from the sentence start to the cue can be its subject and adjuncts:
    short, no quote mark or clause break, and the cue not right after a comma (an inverted cue)."""
    gap = text[lo:cs]
    words = gap.split()
    if (
        not words
        or words[-1] in pat.PASSIVE
        or words[-1].lower() in _NOT_SUBJECT_END
        or words[0] in _NOT_SUBJECT_ONE
    ):
        return False  # "Residents were told that", "That said,", "Having said that"
    return (
        4 <= len(gap) <= 90
        and _NOT_SUBJECT_GAP.search(gap) is None
        and (not gap.rstrip().endswith(",") or _counted_aside(gap))
        and gap[:1].isupper()
    )


def _subject_then_adjunct(text: str, lo: int, cs: int) -> bool:
    """``Earlier, CM Yadav in a discussion with ministers before the meeting, said that …``: a
    subject, an adjunct and a comma before a cue whose clause follows it; the sentence's
    subject (after any intro phrase) is a name or a description, and nothing between reads as
    a clause (no finite verb, no quotation)."""
    if cs - lo > 160:
        return False  # (tested before slicing: a run-on "sentence" is never copied per cue)
    gap = text[lo:cs]
    if not gap.rstrip().endswith(",") or _NOT_SUBJECT_GAP.search(gap) is not None:
        return False
    subj = sentence_subject(text, lo, cs)
    if subj is None or subj.kind not in {"name", "desc"}:
        return False
    return not any(finite_verb(t) for _s, _e, t in _tokens(text, subj.end, cs))


def _counted_aside(gap: str) -> bool:
    """``Two-thirds of analysts, 16 of 24, said``: the subject's last comma closes a short aside
    that opens with a number (a count or an age), not a clause before an inverted cue."""
    pieces = gap.rstrip().rstrip(",").split(",")
    if len(pieces) != 2:
        return False
    aside = pieces[1].split()
    return 1 <= len(aside) <= 4 and aside[0][:1].isdigit() and len(pieces[0].split()) >= 2


_RELATIVE = re.compile(r"[ ](?:who|which|whose)[ ]")


def _in_relative_clause(text: str, lo: int, start: int) -> bool:
    """Whether the phrase at ``start`` sits inside a relative clause opened after the sentence's
    subject (``The ranger who found the boat``): no comma closes the clause before the phrase."""
    if start - lo > 100:
        return False
    m = _RELATIVE.search(text, lo, start)
    return m is not None and "," not in text[m.end() : start]
