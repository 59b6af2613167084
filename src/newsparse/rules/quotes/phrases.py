"""Noun phrases around a cue: the speaker before or after it, and a sentence's subject.

Plain functions over the text and offsets (no state): :func:`np_before` reads back from a cue
(``Jane Roe, a doctor at the clinic, said``), :func:`np_after` reads forward (``said the
minister``, ``according to X``), :func:`sentence_subject` finds who a sentence is about.
Each returns an :class:`NP` (offsets plus ``pron`` / ``name`` / ``desc`` / ``coord``) or None.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from newsparse.rules.quotes import cues as cues
from newsparse.rules.quotes import patterns as pat
from newsparse.rules.quotes.epithets import EXTRA_ROLES
from newsparse.rules.quotes.names import sex_of

if TYPE_CHECKING:
    from newsparse.rules.quotes.vocab import Vocab

_MAX_LOOK = 120  # characters searched for a speaker on either side of a cue or quote
_SUBJ_START = frozenset(set(pat.DETERMINERS) | {"he", "she", "they", "it", "we", "i", "you", "there"})


_WORD_STRIP = ",.;:!?\"“”‘’'«»()[]"
_NAME_STRIP = ",;:!?\"“”‘’'«»()[]"
_POSSESSIVE = ("'s", "’s", "s'", "s’")  # endings of a possessive (tokens hold no white space)
_AGE = re.compile(r"\d{1,3}-year-old")


def _tokens(text: str, lo: int, hi: int) -> list[tuple[int, int, str]]:
    """The white-space separated tokens of ``text[lo:hi]`` with their offsets.

    ``str.split`` and ``str.find`` (both in C) do what ``\\S++`` with ``finditer`` did, about
    three times faster: they agree on what white space is (``str.isspace``).
    """
    return _located(text[lo:hi], lo, None)


def _word_end(text: str, hi: int, se: int) -> int:
    """``hi`` moved on to the end of the word it cuts (at most 40 characters, never past ``se``).

    A window that ends inside a word would hand on its first letters as a whole token: a subject
    after a long fronted phrase (``In its analysis of …, SBM Intel, a … firm, says``) came out as
    ``SBM Inte``.
    """
    if hi >= se or text[hi - 1 : hi].isspace() or text[hi : hi + 1].isspace():
        return hi
    cap = min(se, hi + 40)
    while hi < cap and not text[hi].isspace():
        hi += 1
    return hi


def _first_tokens(text: str, lo: int, hi: int, n: int) -> list[tuple[int, int, str]]:
    """The first ``n`` tokens of ``_tokens(text, lo, hi)``, without building the rest."""
    return _located(text[lo:hi], lo, n)


def _located(seg: str, lo: int, n: int | None) -> list[tuple[int, int, str]]:
    words = seg.split() if n is None else seg.split(None, n)[:n]
    out = []
    p = 0
    find = seg.find
    for w in words:
        p = find(w, p)
        out.append((lo + p, lo + p + len(w), w))
        p += len(w)
    return out


def _bare(tok: str) -> str:
    return tok.strip(_WORD_STRIP)


def _is_cap(tok: str) -> bool:
    # (accented capitals such as "É" are upper case too)
    word = tok.strip(_WORD_STRIP)
    if word[:1].isupper():
        return True
    # "al-Kaabi", "el-Sisi": an Arabic surname keeps its article in lower case, still a name's word
    return word[:3] in _NAME_ARTICLES and word[3:4].isupper()


_NAME_ARTICLES = frozenset({"al-", "el-", "Al-", "El-"})


def _ends_punct(tok: str) -> bool:
    return tok[-1:] in ',;:!?)"”’' or (tok.endswith(".") and not _abbrev_dot(tok))


def _abbrev_dot(tok: str) -> bool:
    core = tok.rstrip(".")
    return (
        len(core) <= 1
        or core
        in {
            "Mr",
            "Mrs",
            "Ms",
            "Dr",
            "Prof",
            "Gov",
            "Sen",
            "Rep",
            "Gen",
            "Jr",
            "Sr",
            "St",
            "Lt",
            "Col",
            "Capt",
            "Sgt",
            "Rev",
        }
        or "." in core
    )


class NP:
    """A speaker noun phrase found next to a cue: its offsets and what kind it is."""

    __slots__ = ("end", "kind", "start")

    def __init__(self, start: int, end: int, kind: str) -> None:
        self.start = start
        self.end = end
        self.kind = kind  # "pron", "name", "desc", "coord"


_NICKNAME = re.compile(r"[\"“‘'][A-Z][\w.-]{0,20}+[\"”’']")


_TO_TITLES = frozenset(
    {"Ambassador", "Envoy", "Adviser", "Advisor", "Representative", "Delegate", "Emissary"}
)


# Bodies whose names go on after "on" ("Council on Foreign Relations", "Intergovernmental Panel
# on Climate Change", "Task Force on Hunger", "Coalition on FATF")
_ON_HEADS = frozenset(
    {"Council", "Commission", "Committee", "Subcommittee", "Coalition", "Panel", "Conference",
     "Forum", "Force", "Centre", "Center", "Institute", "Initiative", "Campaign", "Alliance",
     "Network", "Office", "Board", "Group", "Caucus", "Summit"}
)  # fmt: skip
_MONTH_NAMES = frozenset(
    {"January", "February", "March", "April", "May", "June", "July", "August", "September",
     "October", "November", "December", "Jan", "Feb", "Mar", "Apr", "Jun", "Jul", "Aug", "Sept",
     "Sep", "Oct", "Nov", "Dec"}
)  # fmt: skip


def _on_in_name(toks: list[tuple[int, int, str]], i: int) -> bool:
    """Whether token ``i`` is the ``on`` inside a body's name (``Council on Foreign Relations``):
    a body word before it and a capitalised word after it that is no day or month (``the
    Council on Monday said`` keeps the day out)."""
    if toks[i][2] != "on" or i < 1 or i + 1 >= len(toks):
        return False
    before, after = toks[i - 1][2], toks[i + 1][2]
    return (
        before in _ON_HEADS
        and _is_cap(after)
        and _bare(after) not in pat.TIME_WORDS
        and _bare(after) not in _MONTH_NAMES
    )


_DAY_PREPS = frozenset({"on", "last", "by", "since"})
"""Words before a day that make it an adjunct (``On Thursday Rangers said``)."""


def _cap_run_back(toks: list[tuple[int, int, str]], j: int) -> int:
    """Return the index of the first token of the capitalised name ending at token ``j``."""
    k = j
    n = 0
    while k - 1 >= 0 and n < 7:
        t = toks[k - 1][2]
        if _NICKNAME.fullmatch(t) and k - 2 >= 0 and _is_cap(toks[k - 2][2]):
            k -= 1  # Sam "Sledge" Hollister
            continue
        if _ends_punct(t):
            break
        if _bare(t) in pat.TIME_WORDS and k - 2 >= 0 and toks[k - 2][2].lower() in _DAY_PREPS:
            break  # "On Thursday Rangers said": the day of an adjunct opens no name
        if _is_cap(t) and _bare(t) not in pat.STOP_CAPS:
            k -= 1
            n += 1
        elif (
            (
                t in pat.CONNECTORS
                and k - 2 >= 0
                and _is_cap(toks[k - 2][2])
                and not _ends_punct(toks[k - 2][2])
            )
            or (t == "to" and k - 2 >= 0 and toks[k - 2][2] in _TO_TITLES)
            or _on_in_name(toks, k - 1)
        ):
            # ("Ambassador to Kenya Pieter Smit": a title takes "to" inside the name; "Council on
            # Foreign Relations": a body's "on" too)
            k -= 1
        else:
            break
    while k < j and (toks[k][2] in pat.CONNECTORS or _bare(toks[k][2]) in pat.STOP_CAPS):
        k += 1
    return k


def np_before(text: str, lo: int, pos: int, vocab: Vocab) -> NP | None:
    """Find the speaker noun phrase ending right before ``pos`` (a cue), looking back to ``lo``."""
    floor = max(lo, pos - _MAX_LOOK)  # nested look-backs stay inside this one window
    toks = _tokens(text, floor, pos)
    if toks and toks[0][0] == floor and lo < pos - _MAX_LOOK:
        toks = toks[1:]  # a cut-off token
    if toks:
        floor = toks[0][0]
    # skip adverbs, auxiliaries and time adjuncts between the speaker and the cue
    while toks:
        t = toks[-1][2]
        low = t.lower()
        if low in _ADVERBS:
            toks.pop()
        elif (
            _bare(t) in pat.TIME_WORDS
            and not t.endswith(",")
            and len(toks) >= 2
            and toks[-2][2].lower() in pat.SENTENCE_ADVERBS
        ):
            del toks[-2:]
        elif low in {"today", "yesterday", "tonight"}:
            toks.pop()
        else:
            break
    if not toks:
        return None
    s, e, t = toks[-1]
    if t in _DASHES and len(toks) >= 3:
        # "officials in Broward County — where Parkland is located — announced": skip the aside
        op = text.rfind(" " + t + " ", toks[0][0], s - 1)
        if op > toks[0][0]:
            inner = np_before(text, floor, _rstrip_to(text, lo, op), vocab)
            return inner if inner is not None and inner.kind in {"name", "desc"} else None
        return None
    if t.endswith(")") and len(toks) >= 2:
        # "Corinne Blake (who once …) said", "Sen. Vega (D-Fresno) said": skip the parenthesis
        op = text.rfind("(", toks[0][0], s + 1)
        if op > toks[0][0] and text.find(")", op, e - 1) < 0:
            inner = np_before(text, floor, _rstrip_to(text, lo, op), vocab)
            return inner if inner is not None and inner.kind in {"name", "desc"} else None
    if t.lower() in {"and", "but", "or"}:
        return NP(s, e, "coord")
    if len(toks) >= 2 and t in {"who", "which"} and toks[-2][2].endswith(","):
        # "Hannah Weiss, who calls the show …": the name before the relative clause
        inner = np_before(text, floor, toks[-2][1] - 1, vocab)
        return inner if inner is not None and inner.kind in {"name", "desc"} else None
    if len(toks) >= 2 and t == "(who":
        # "Corinne Blake (who once described …": the name before the parenthesis
        inner = np_before(text, floor, _rstrip_to(text, lo, s), vocab)
        return inner if inner is not None and inner.kind in {"name", "desc"} else None
    if t.lower() in pat.PASSIVE and t != "it" and (t != "It" or len(toks) > 1):
        # (a sentence opening "It said …" is an organisation speaking, named before; "it" alone
        # after a word is impersonal: "as it is said", "making it said")
        return None
    if t.endswith(","):
        # an appositive: "Jane Roe, a doctor at the clinic, said"
        for j in range(len(toks) - 2, max(-1, len(toks) - 24), -1):
            tj = toks[j][2]
            if not tj.endswith(","):
                continue
            first = toks[j + 1][2]
            fl = _bare(first).lower()
            if _is_cap(first) and all(_is_cap(x[2]) or x[2] in pat.CONNECTORS for x in toks[j + 1 :]):
                # "The health minister, Priya Nair, said": the name in commas
                return NP(toks[j + 1][0], toks[-1][1] - 1, "name")
            named = toks[j + 2 :]
            if named and named[-1][2].startswith("(") and len(named) >= 2:
                named = named[:-1]  # "the United Arab Emirates (UAE),"
            if (
                fl == "the"
                and named
                and all(_is_cap(x[2]) or x[2] in pat.CONNECTORS for x in named)
                and not any(_ends_punct(x[2]) for x in named[:-1])
            ):
                # "Gulf Arab power, the United Arab Emirates (UAE), warned": the name in apposition
                return NP(named[0][0], named[-1][0] + len(named[-1][2].rstrip(_WORD_STRIP)), "name")
            possessive = _bare(first).endswith(_POSSESSIVE) and j + 2 < len(
                toks
            )  # "Ann Lee, Ellis's lawyer,"
            if not (
                possessive
                or first[:1].islower()
                or first[:1].isdigit()
                or fl in {"a", "an", "the", "who", "whose", "which"}
            ):
                return None  # ("The company, which is expected to …, confirmed": the relative's antecedent)
            name_end = toks[j][1] - 1
            core = _bare(tj)
            if core.lower() in cues.PRONOUNS:
                return NP(toks[j][0], name_end, "pron")
            if _is_cap(tj):
                k = _cap_run_back(toks, j)
                return NP(toks[k][0], name_end, "name")
            if core[:1].islower() or _AGE.fullmatch(core):
                # "A senior official, who asked not to be named, said" / "The 41-year-old, who …, said"
                for d in range(j, max(-1, j - 6), -1):
                    if _bare(toks[d][2]).lower() in pat.DETERMINERS:
                        return _extend_pp(text, toks, d, NP(toks[d][0], name_end, "desc"), vocab)
            if core[:1].isdigit() or core[:1].islower():
                continue  # "Ruth Okafor, 45, who …, told": look further back
            return None
        return None
    if _ends_punct(t):
        return None
    bare = _bare(t)
    low = bare.lower()
    if low in cues.PRONOUNS or (
        low in _QUANTIFIERS
        and (len(toks) < 2 or _ends_punct(toks[-2][2]) or _bare(toks[-2][2]).lower() in _CLAUSE_JOINERS)
    ):
        lead = len(t) - len(t.lstrip("(["))  # "(he once said …": the pronoun, not its bracket
        return NP(s + lead, s + len(t.rstrip(_WORD_STRIP)), "pron")
    if low in {"that", "this", "these", "those"}:
        return None  # "That said, …"
    if _is_cap(t) and bare not in pat.STOP_CAPS:
        k = _cap_run_back(toks, len(toks) - 1)
        while k < len(toks) - 1 and _bare(toks[k][2]) in pat.STOP_CAPS:
            k += 1  # "When the Pentagon claimed": a subordinator, not part of the name
        if (
            k >= 2
            and toks[k - 1][2] in _PLACE_PREPS
            and not _ends_punct(toks[k - 2][2])
            and _bare(toks[k - 2][2]).lower() in vocab.groups
        ):
            # "People in Porthkerran say", "residents of Kochi said": the group, not the place
            g = k - 2
            if (
                g >= 1
                and _bare(toks[g - 1][2]).lower() in pat.DETERMINERS
                and not _ends_punct(toks[g - 1][2])
            ):
                g -= 1
            return NP(toks[g][0], e, "desc")
        if (
            k == len(toks) - 1
            and k >= 2
            and _AGE.fullmatch(_bare(toks[k - 1][2])) is not None
            and toks[k - 2][2].lower() == "the"
        ):
            # "the 23-year-old Brazilian said": an epithet (age + nationality), not a name
            return NP(toks[k - 2][0], e, "desc")
        owner = _appositive_owner(toks, k)
        if owner is not None:
            return owner  # "Ann Lee, president of the Harbour Academy (HA) said": Ann Lee speaks
        np = NP(toks[k][0], e, "name")
        if k >= 2 and toks[k - 1][2] == "the" and toks[k - 2][2] in {"for", "of", "at", "from", "with"}:
            # "a spokesperson of the NIA": the preposition is before the article
            wide = _extend_pp(text, toks, k - 1, NP(toks[k - 1][0], e, "name"), vocab)
            if wide.start < toks[k - 1][0]:
                return wide
        return _extend_pp(text, toks, k, np, vocab)
    # a lower-case description: "the minister", "a spokesperson for the ministry", "officials"
    j = len(toks) - 1
    n = 0
    after_punct = -1
    while j >= 0 and n < 6:
        tj = toks[j][2]
        bj = _bare(tj)
        if j < len(toks) - 1 and _ends_punct(tj):
            after_punct = j + 1
            break
        if bj.lower() in pat.DETERMINERS:
            if (
                j >= 2
                and toks[j - 1][2] == "and"
                and bj.lower() in _POSSESSIVE_DETS
                and _is_cap(toks[j - 2][2])
                and not _ends_punct(toks[j - 2][2])
            ):
                # "Ellis and his lawyer said": the named person and the one described by them
                k = _cap_run_back(toks, j - 2)
                return NP(toks[k][0], e, "desc")
            np = NP(toks[j][0], e, "desc")
            return _extend_pp(text, toks, j, np, vocab)
        if bj.endswith(_POSSESSIVE) and j < len(toks) - 1:
            if j >= 1 and (
                _bare(toks[j - 1][2]).lower() in pat.DETERMINERS or toks[j - 1][2] in _TIME_DETERMINERS
            ):
                # "the mayor's office": the determiner opens the phrase
                np = NP(toks[j - 1][0], e, "desc")
                return _extend_pp(text, toks, j - 1, np, vocab)
            k = _cap_run_back(toks, j) if _is_cap(tj) else j
            return NP(toks[k][0], e, "desc")
        if _is_cap(tj):
            if low in vocab.groups:
                k = _cap_run_back(toks, j)
                while k <= j and _bare(toks[k][2]) in pat.STOP_CAPS:
                    k += 1  # "Once officials said": a subordinator, not a name
                return NP(toks[k][0], e, "desc")
            k = _cap_run_back(toks, j)
            while (
                k >= 2
                and toks[k - 1][2] in {"for", "on"}
                and _is_cap(toks[k - 2][2])
                and not _ends_punct(toks[k - 2][2])
            ):
                k = _cap_run_back(toks, k - 2)  # "The Centre for Coastal Studies monitor group"
            if k < j and _bare(toks[k][2]).lower() in {"a", "an", "the"}:
                k += 1  # the run took a sentence-initial "An"/"The"
            d = k - 1
            while (
                d >= 1
                and d >= k - 2
                and j < len(toks) - 1
                and toks[d][2][:1].islower()
                and not _ends_punct(toks[d][2])
                and toks[d][2] not in _NOT_NOUN
                and toks[d][2] not in {"a", "an", "the"}
            ):
                d -= 1  # "the former India all-rounder": adjectives before the capitalised word
            if d < k - 1 and d >= 0 and toks[d][2] in {"a", "an", "the", "The", "A", "An"}:
                np = NP(toks[d][0], e, "desc")
                return _extend_pp(text, toks, d, np, vocab)
            if (
                k >= 1
                and j < len(toks) - 1
                and _bare(toks[k - 1][2]).lower() in {"a", "an", "the"}
                and not _ends_punct(toks[k - 1][2])
            ):
                # "An NHS England spokesperson", "a Downing Street source": an organisation's person
                np = NP(toks[k - 1][0], e, "desc")
                return _extend_pp(text, toks, k - 1, np, vocab)
            break
        if (
            not (bj[:1].islower() or bj[:1].isdigit())
            or bj.lower() in _NOT_NOUN
            or (bj in _VERBISH and j < len(toks) - 1)
        ):
            break  # (a verb before the head ends the description: "Lee said staff had complained")
        j -= 1
        n += 1
    if j < 0:
        after_punct = 0  # the words run back to ``lo`` (a clause start)
    if low in vocab.groups:
        if 0 <= after_punct < len(toks) - 1 and len(toks) - after_punct <= 3:
            # "…, utility officials said": lower-case nouns before the group noun, after a comma
            return NP(toks[after_punct][0], e, "desc")
        return NP(s, e, "desc")
    return None


_PARTICLES = frozenset({"out", "up", "back", "off", "down"})
"""Particles after a verb (``hit out``, ``stepped up``): the word before them ends a subject."""
_PLACE_PREPS = frozenset({"in", "of", "from", "at", "across", "around", "on"})
_PAIR_WORDS = frozenset({"pair", "duo", "couple", "two"})
_PAIR = "\x00pair"  # plural_before's answer for "the pair": the last two people named
_POSS_DET = frozenset({"its", "his", "her", "their", "our"})
_QUANTIFIERS = frozenset({"several", "some", "many", "others", "both", "most", "all", "few"})
"""Quantifier pronouns that stand for the nearest plural subject (``though several said``)."""
_SOME_OF_THEM = re.compile(r"(?:several|some|many|most|all|both|few|none)[ \u00a0]of[ \u00a0](?:them|those)")
_CLAUSE_JOINERS = frozenset({"though", "although", "while", "but", "and", "whereas", "yet", "as"})
_GROUPS = frozenset(g.lower() for g in cues.GROUP_NOUNS)

_NOT_NOUN = frozenset(
    {"and", "or", "but", "that", "which", "who", "to", "was", "were", "is", "are", "be", "been",
     "has", "had", "have", "not", "as", "than", "if", "when", "while", "after", "before", "by"}
)  # fmt: skip
_ADVERBS = frozenset(cues.ADVERBS)
_ROLES = frozenset(cues.ROLE_NOUNS)
_VERBISH = frozenset(
    {c for c in cues.SPEECH_VERBS + cues.LENIENT_VERBS + cues.FRAGMENT_CUES if " " not in c}
    | pat.IRREGULAR_PAST
)


_MODIFIER_PREPS = frozenset({"to", "with", "on", "in", "about", "of"})
_SOURCE_MODIFIERS = frozenset(
    {"close", "familiar", "linked", "briefed", "involved", "knowledgeable", "privy", "present", "party"}
)  # fmt: skip
_TIME_DETERMINERS = frozenset({"last", "this", "next", "that"})  # "last weekend's call"


# Documents that speak with their author after "by" ("a report by the watchdog says", "a study
# by researchers at Leeds found"); a person "by" someone is never a speaker phrase.
_AUTHORED = frozenset(
    {"report", "study", "survey", "review", "analysis", "statement", "letter", "paper", "audit",
     "investigation", "poll", "assessment", "memo", "filing", "document", "post", "article", "editorial"}
)  # fmt: skip


def _extend_pp(text: str, toks: list[tuple[int, int, str]], k: int, np: NP, vocab: Vocab) -> NP:
    """Extend ``a spokesperson`` + ``for the ministry`` when a preposition links them."""
    if k >= 2 and toks[k - 1][2] in {"for", "of", "at", "from", "with"}:
        inner = np_before(text, toks[0][0], toks[k - 1][0], vocab)
        if inner is not None and inner.kind in {"desc", "name"}:
            return NP(inner.start, np.end, inner.kind if inner.kind == "desc" else np.kind)
    if k >= 3 and toks[k - 1][2] == "by" and _bare(toks[k - 2][2]).lower() in _AUTHORED:
        # "…, a report by the government's finance watchdog says": a document and its author
        inner = np_before(text, toks[0][0], toks[k - 1][0], vocab)
        if inner is not None and inner.kind == "desc":
            return NP(inner.start, np.end, "desc")
    if k >= 2 and toks[k - 1][2] == "in":
        # "a senior official in the health department": only a description takes "in …"
        inner = np_before(text, toks[0][0], toks[k - 1][0], vocab)
        if inner is not None and inner.kind == "desc":
            return NP(inner.start, np.end, "desc")
    if k >= 3 and toks[k - 1][2] in _MODIFIER_PREPS and toks[k - 2][2] in _SOURCE_MODIFIERS:
        # "a source close to the investigation", "people familiar with the talks", "a person
        # briefed on the call", "an official involved in the negotiations"
        inner = np_before(text, toks[0][0], toks[k - 2][0], vocab)
        if inner is not None and (
            inner.kind == "desc" or text[inner.start : inner.end].lower() in vocab.groups
        ):  # (a capitalised group opening the sentence: "Officials familiar with the plan")
            return NP(inner.start, np.end, "desc")
    return np


def np_closed(text: str, end: int, hi: int) -> bool:
    """Whether a noun phrase ending at ``end`` is followed by punctuation or the end of its region."""
    rest = text[end : min(hi, end + 3)].lstrip(" \t\u00a0")
    return not rest or rest[0] in ",.;:!?)—–-"


# Words inside a role that names its organisation ("president of the Academy", "chief at Acme")
_ROLE_LINKS = frozenset({"of", "at", "for", "and", "&", "the"})

_APPOSITIVE_RUN = 6
"""The most words of a role appositive between a name's comma and an organisation."""


def _appositive_owner(toks: list[tuple[int, int, str]], k: int) -> NP | None:
    """The person before an appositive whose closing comma is missing (``Ann Lee, president of
    the Harbour Academy said``, ``Ravi Menon, co-founder and COO Tradewell said``), when the
    capitalised name at token ``k`` ends the appositive: lower-case role words (one a role
    noun) and links lead back to a comma closing a name of two words or more; else None."""
    j = k - 1
    role = False
    while j >= 0 and k - j <= _APPOSITIVE_RUN:
        tok = toks[j][2]
        if tok.endswith(","):
            break
        bare = _bare(tok)
        if bare.lower() in _ROLES or bare in EXTRA_ROLES:
            role = True  # ("co-founder", "co-chair": the extra roles are hyphenated and lower case)
        elif not (tok in _ROLE_LINKS or (bare.isupper() and 2 <= len(bare) <= 4) or _role_word(tok)):
            return None  # ("after the novelist Jo Walton explained": a preposition, no role)
        j -= 1
    if not role or j < 1 or j == k - 1 or not toks[j][2].endswith(","):
        return None
    opener = toks[j + 1][2]
    if not opener[:1].islower() or (opener != "the" and opener in _ROLE_LINKS) or toks[j][2].endswith("),"):
        return None  # "a victory for the Teachers Association (TRTA), and association director …"
    start = _cap_run_back(toks, j)
    if j - start < 1 or not all(_is_cap(t[2]) for t in toks[start : j + 1]):
        return None
    return NP(toks[start][0], toks[j][1] - 1, "name")


# Words that may join the words of a role ("head of research", "ED & chief economist")
_ROLE_JOINERS = frozenset({"of", "&", "and"})

_ROLE_RUN = 5
"""The most lower-case words a role between an organisation and a name has (``chief investment
strategist``, ``senior vice president of research``)."""


def _role_run_end(toks: list[tuple[int, int, str]], k: int) -> int | None:
    """Where the name starts after a role of several lower-case words opening at token ``k``
    (``chief rating officer Mia Shah``), when one of them is a role noun and the run ends in a
    noun right before a capitalised word; else None."""
    j = k
    while j < len(toks) and j - k < _ROLE_RUN:
        tok = toks[j][2]
        if _is_cap(tok):
            break
        if _ends_punct(tok) or not (_role_word(tok) or tok in _ROLE_JOINERS):
            return None
        j += 1
    if j - k < 2 or j >= len(toks) or not _is_cap(toks[j][2]) or toks[j - 1][2] in _ROLE_JOINERS:
        return None
    if _bare(toks[j][2]) in pat.TIME_WORDS:
        return None  # "said Harbour Board press officials Monday": a day, no name
    return j if any(_bare(toks[i][2]).lower() in _ROLES for i in range(k, j)) else None


def _role_word(tok: str) -> bool:
    """A lower-case word between an organisation and a name (``Harbour Board chair Tom Ellis``):
    a role noun, or any plain word that is no preposition, determiner or verb."""
    if tok in _ROLES:
        return True
    return (
        tok.isalpha()
        and tok.islower()
        and tok not in pat.DETERMINERS
        and tok not in _PLACE_PREPS
        and tok not in _NOT_NOUN
        and tok not in _VERBISH
        and tok not in {"for", "with", "said", "says", "told", "on", "at", "by", "about"}
    )


def paren_initials(tok: str) -> bool:
    """Whether ``tok`` is an organisation's initials in brackets (``(PAHO)``, ``(ECB)``), which
    sit inside or close a run of names. (A plain test: no pattern compiled on first parse.)"""
    inner = tok[1:-1]
    return (
        tok[:1] == "("
        and tok[-1:] == ")"
        and 2 <= len(inner) <= 10
        and inner[:1].isupper()
        and all(c.isupper() or c in "&.-" for c in inner)
    )


def np_after(text: str, pos: int, hi: int) -> NP | None:
    """Find a speaker noun phrase starting at ``pos`` (``said Jane Roe, chief of X``)."""
    # (at most 12 tokens are ever looked at: up to 2 skipped words + 8 + 2)
    toks = _first_tokens(text, pos, min(hi, pos + _MAX_LOOK), 12)
    if not toks:
        return None
    s, _e, t = toks[0]
    bare = _bare(t)
    if not bare:
        return None  # ("said." / "said —": punctuation only, which no branch below takes)
    if bare.lower() in cues.PRONOUNS and not _ends_punct(t[:-1] if t.endswith(",") else t):
        return NP(s, s + len(t.rstrip(_WORD_STRIP)), "pron")
    if bare[:1].islower() and bare.lower() not in pat.DETERMINERS:
        # "according to team sources, …", "said utility officials", "with media reports
        # suggesting …": a group with a modifier (which may be a group word itself)
        for j in (1, 2):
            if j < len(toks) and _bare(toks[j][2]).lower() in _GROUPS:
                if all(_bare(toks[i][2])[:1].islower() and not _ends_punct(toks[i][2]) for i in range(j)):
                    return NP(s, toks[j][0] + len(toks[j][2].rstrip(_WORD_STRIP)), "desc")
                break
        if bare.lower() in _GROUPS and (_ends_punct(t) or len(toks) == 1):
            # "…, say oceanographers, but …", "…, say experts.": the group alone, closed
            return NP(s, s + len(t.rstrip(_WORD_STRIP)), "desc")
        for j in (0, 1):
            # "…, says search chief." / "said party spokesman.": a role with no name after it
            if (
                j < len(toks)
                and _bare(toks[j][2]).lower() in _ROLES
                and (_ends_punct(toks[j][2]) or j == len(toks) - 1 < 11)
                and all(_bare(toks[i][2])[:1].islower() and not _ends_punct(toks[i][2]) for i in range(j))
            ):
                return NP(s, toks[j][0] + len(toks[j][2].rstrip(_WORD_STRIP)), "desc")
        if bare.lower() in _ROLES and len(toks) > 2 and toks[1][2] in {"of", "for", "at"}:
            # "…, said spokesperson of the ministry.": a bare role and its body, up to the stop
            for k in range(2, min(len(toks), 7)):
                if _ends_punct(toks[k][2]) or toks[k][1] >= hi:
                    return NP(s, toks[k][0] + len(toks[k][2].rstrip(_WORD_STRIP)), "desc")
    if "-" in bare and len(toks) > 1 and not _ends_punct(t) and _place_modifier(bare):
        # "said Ohio-based flood engineer Tom Baker": a place modifier is no part of the name
        toks = toks[1:]
        s, _e, t = toks[0]
        bare = _bare(t)
    if bare[:1].islower() and bare.lower() not in pat.DETERMINERS and not _ends_punct(t):
        # "said commuter Sofia Reyes", "said union leader Ana Ruiz"; "according to visual
        # threat intelligence company Sensity", "noted product liability lawyer Jim Dunham": up
        # to four words when a body or role noun ends them
        for j in (1, 2, 3, 4):
            if j > 2 and (j > len(toks) - 1 or _bare(toks[j - 1][2]).lower() not in _BODY_OR_ROLE):
                continue
            if (
                j < len(toks)
                and _is_cap(toks[j][2])
                and all(not _ends_punct(toks[i][2]) and _bare(toks[i][2])[:1].islower() for i in range(j))
            ):
                toks = toks[j:]
                s, _e, t = toks[0]
                break
    if _is_cap(t):
        k = 0
        last = 0
        while k < len(toks) and k < 10:
            tk = toks[k][2]
            if (
                k > 0
                and tk not in pat.CONNECTORS
                and _role_word(tk)
                and k + 1 < len(toks)
                and _is_cap(toks[k + 1][2])
                # ("data from Harbour Mortgage released Thursday": a day, no name after a role)
                and _bare(toks[k + 1][2]) not in pat.TIME_WORDS
            ):
                s = toks[k + 1][0]  # "said Harbour Board chair Tom Ellis": the name after the role
                last = k
                k += 1
                continue
            if k > 0 and paren_initials(tk.rstrip(".,;:")):
                # "warns Pan American Health Organization (PAHO) Director Ann Lee": the body's
                # initials in brackets sit inside the run of names; after it, they close it
                if (
                    tk[-1:] == ")"
                    and k + 1 < len(toks)
                    and (_is_cap(toks[k + 1][2]) or _role_word(toks[k + 1][2]))
                ):
                    k += 1
                    continue
                break
            run_end = _role_run_end(toks, k) if k > 0 and not _is_cap(tk) else None
            if run_end is not None:
                # "said Harbour Ratings chief rating officer Mia Shah", "ED & head of research
                # Mia Shah": a role of several words between the organisation and the name
                s = toks[run_end][0]
                last = run_end - 1
                k = run_end
                continue
            if (
                _is_cap(tk)
                or (tk in pat.CONNECTORS and k + 1 < len(toks) and _is_cap(toks[k + 1][2]))
                or _on_in_name(toks, k)
            ):
                last = k
                if _ends_punct(tk):
                    break
                k += 1
            else:
                break
        end = toks[last][0] + len(toks[last][2].rstrip(_WORD_STRIP))
        return NP(s, end, "name")
    if bare.lower() == "the" and len(toks) > 1 and _is_cap(toks[1][2]):
        inner = np_after(text, toks[1][0], hi)
        if inner is not None and inner.kind == "name":
            g = _first_tokens(text, inner.end, min(hi, inner.end + 30), 1)
            if g and g[0][0] == inner.end + 1 and _bare(g[0][2]).lower() in _GROUPS:
                # "the Maha Metro officials": a group described by its organisation
                return NP(s, g[0][0] + len(g[0][2].rstrip(_WORD_STRIP)), "desc")
            return NP(s, inner.end, "name")
    if bare.lower() in _POSS_DET and not _ends_punct(t):
        # "said its minister Datuk Seri Hamzah Yusof": the name after the role words
        for j in (1, 2, 3):
            if j >= len(toks) or _ends_punct(toks[j - 1][2]):
                break
            prev = _bare(toks[j - 1][2]).lower()
            if j > 1 and (not prev[:1].islower() or prev in _PLACE_PREPS or prev in {"for", "to", "with"}):
                break
            if _is_cap(toks[j][2]):
                inner = np_after(text, toks[j][0], hi)
                if inner is not None and inner.kind == "name" and np_closed(text, inner.end, hi):
                    return inner
                break
    if (bare.lower() in pat.DETERMINERS and bare.lower() != "that") or bare.lower() in {
        "police",
        "officials",
        "authorities",
    }:
        k = 0
        while k < len(toks) and k < 8:
            tk = toks[k][2]
            if k > 0 and (_bare(tk).lower() in pat.AUXILIARIES or _bare(tk).lower() in _VERBISH):
                k -= 1
                break
            if (
                k > 1
                and tk == "in"
                and k + 2 < len(toks)
                and toks[k + 1][2] in _ADJUNCT_DETS
                and _ends_punct(toks[k + 2][2])
            ):
                k -= 1  # "explained the court in its ruling.": the medium is no part of who spoke
                break
            if _ends_punct(tk):
                break
            k += 1
        k = max(0, min(k, len(toks) - 1))
        end = toks[k][0] + len(toks[k][2].rstrip(_WORD_STRIP))
        if toks[k][2].endswith(",") and k + 1 < len(toks) and _is_cap(toks[k + 1][2]):
            # "her daughter, Ruth Kessler, who …": the name in apposition
            name = np_after(text, toks[k + 1][0], hi)
            if name is not None and name.kind == "name" and np_closed(text, name.end, hi):
                return name
        return NP(s, end, "desc")
    return None


# A capitalised run at a sentence start, lower-case role words allowed inside
# ("Harbour master Kevin O'Neill", "New York City mayor-elect Zohran Mamdani").
_FAST_RUN = re.compile(
    r"([A-Z][\w’'.-]{0,30}+)(?:[ \u00a0]++(?:[a-z][\w-]{0,20}+[ \u00a0]++)?[A-Z][\w’'.-]{0,30}+){0,6}+"
)


_POSSESSIVE_DETS = frozenset({"his", "her", "their"})
# Nouns that end a lower-case description before an organisation's name ("cybersecurity firm X",
# "data analytics company Y", "consumer rights group Z")
_BODY_NOUNS = frozenset(
    {"company", "firm", "agency", "group", "organisation", "organization", "outfit", "consultancy",
     "provider", "platform", "website", "site", "publication", "outlet", "newspaper", "magazine",
     "tracker", "watchdog", "institute", "think-tank", "startup", "start-up", "bank", "insurer",
     "lender", "broker", "brokerage", "pollster", "charity", "nonprofit", "non-profit", "body",
     "regulator", "portal", "service", "network", "developer", "maker", "manufacturer"}
)  # fmt: skip
_BODY_OR_ROLE = _BODY_NOUNS | _ROLES
_ADJUNCT_DETS = frozenset({"its", "a", "an", "his", "her", "their"})
# "Ohio-based", "Texas-born", "UK-listed", "Harvard-trained": a capitalised place or institution
# glued to one of these lower-case words modifies the role or name after it
_PLACE_MODIFIER_TAILS = frozenset(
    {"based", "born", "bred", "raised", "area", "listed", "trained", "educated", "headquartered",
     "owned", "run"}
)  # fmt: skip


def _place_modifier(word: str) -> bool:
    """``Ohio-based``: a capitalised word glued by a hyphen to a modifier tail."""
    head, _, tail = word.rpartition("-")
    return tail in _PLACE_MODIFIER_TAILS and head[:1].isupper()


_DASHES = frozenset({"—", "–", "--"})
_ORG_WORD_SET = frozenset(cues.ORG_WORDS)
_ORG_CONNECTORS = frozenset({"of", "for", "and", "&", "on"})


def _org_after_the(text: str, lo: int, hi: int) -> NP | None:
    """``The Ministry of Health …``: the capitalised name after ``The`` when it holds an
    organisation word (so never a person), up to the first lower-case word that is no connector."""
    toks = _first_tokens(text, lo, hi, 8)
    end = -1
    org = False
    for s, e, t in toks:
        if t[:1].isupper() and not _ends_punct(t):
            end = e
            org = org or t in _ORG_WORD_SET
        elif t in _ORG_CONNECTORS and end >= 0:
            continue
        else:
            if t[:1].isupper():  # "Health," ends the name, comma and all
                end = s + len(t.rstrip(_WORD_STRIP))
                org = org or t.rstrip(_WORD_STRIP) in _ORG_WORD_SET
            break
    if not org or end < 0 or not toks:
        return None
    return NP(toks[0][0], end, "name")


def _fast_name(text: str, m: re.Match[str]) -> NP | None:
    words = m.group().split()
    keep = 0
    for i, w in enumerate(words):
        if w[:1].islower() and not ("-" in w or w in _ROLES):
            break
        keep = i + 1
    if keep < len(words) and words[keep].lower() in _GROUPS:
        return None  # "Union leaders said": a group
    words = words[:keep]
    while words and words[-1][:1].islower():
        words.pop()
    start = m.start()
    cut = max((i + 1 for i, w in enumerate(words[:-1]) if w.endswith(_POSSESSIVE)), default=0)
    if cut:
        # "Microsoft's Satya Nadella said": the subject is what the possessor has, a person
        # here; "Lee's MBA plans were shelved": a thing, never a person called "Lee MBA"
        rest = words[cut:]
        if len(rest) == 1 and rest[0].isupper():
            return None
        start = text.index(rest[0], start + len(" ".join(words[:cut])))
        words = rest
    if not words or words[0] in pat.STOP_CAPS:
        return None
    last = words[-1]
    if last.endswith(".") and not _abbrev_dot(last):
        last = last[:-1]
    if last.endswith(_POSSESSIVE):
        return None
    end = (
        text.index(last, start + len(" ".join(words[:-1]))) + len(last)
        if len(words) > 1
        else start + len(last)
    )
    return NP(start, end, "name")


# One-word sentence openers that may stand without a comma before the subject
_BARE_OPENERS = frozenset(
    {"But", "And", "So", "Yet", "Also", "Still", "Then", "Now", "Meanwhile", "However", "Instead",
     "Later", "Earlier", "Separately", "Previously", "Recently", "Indeed", "Moreover", "Elsewhere"}
)  # fmt: skip


def sentence_subject(text: str, ss: int, se: int, names_only: bool = False) -> NP | None:
    """Return the subject at the start of sentence ``[ss, se)``, skipping an intro phrase.

    With ``names_only``, return only capitalised names (cheaply skipping other sentences).
    """
    if ss >= se or text[ss] in "\"“‘'«„‚「—–-":
        return None
    if names_only:
        if not text[ss].isupper():
            return None
        m = _FAST_RUN.match(text, ss, min(se, ss + 120))
        if m is None:
            return None
        first = m.group(1)
        if first.lower() in pat.DETERMINERS:
            a = _APPOSED_NAME.match(text, ss, min(se, ss + 130))
            if a is not None:
                return NP(a.start(1), a.end(1), "name")
            r = _ROLE_LED_NAME.match(text, ss, min(se, ss + 100))
            if r is not None and r.group(1).split()[-1] in _ROLE_OR_RELATION:
                return NP(r.start(2), r.end(2), "name")  # "Her colleague Tom Reed agreed."
            if first == "The":
                org = _org_after_the(text, ss + 4, min(se, ss + 100))
                if org is not None:
                    return org  # "The Ministry of Health released …": an organisation subject
        if first.lower() in _SUBJ_START:
            return None
        if (
            first not in pat.INTRO_WORDS
            and not _fronted(first)
            and not _fronted_past(first, text, ss + len(first))
            and ":" not in text[ss : m.end() + 1]
        ):
            if text[m.end() : m.end() + 1] == " " and text[m.end() + 1 : m.end() + 2].islower():
                # "Harbour Motors North America chief operating officer Mia Shah thanked …"
                held = _holder_after_role(_tokens(text, ss, min(se, m.end() + 80)), m)
                if held is not None:
                    return held
            return _fast_name(text, m)
    toks = _tokens(text, ss, _word_end(text, min(se, ss + (80 if names_only else 110)), se))
    if not toks:
        return None
    start = 0
    for j in range(min(len(toks) - 1, 4)):
        if toks[j][2].endswith(":") and all(_is_cap(x[2]) for x in toks[: j + 1]):
            start = j + 1  # "New Delhi: The minister …"
            break
    start = _skip_time_adjunct(toks, start)
    lead = _bare(toks[start][2])
    if (
        toks[start][2] in _BARE_OPENERS
        and start + 1 < len(toks)
        and (_is_cap(toks[start + 1][2]) or _bare(toks[start + 1][2]).lower() in cues.PRONOUNS)
    ):
        # "Meanwhile Ms Hutt defended her record, saying …", "But Mutu has hit out …, saying":
        # a one-word opener without its comma; the subject follows it (not the clause after
        # the sentence's first comma)
        start += 1
        lead = _bare(toks[start][2])
    if lead in pat.INTRO_WORDS or _fronted(lead) or _fronted_past(lead, text, toks[start][1]):
        for j in range(start, min(len(toks), start + 12)):
            if toks[j][2].endswith(","):
                start = j + 1
                break
        else:
            if toks[start][2] in {"But", "And", "So", "Yet", "Also", "Still", "Then", "Now"}:
                start += 1
            else:
                return None
    if start >= len(toks):
        return None
    s, _e, t = toks[start]
    bare = _bare(t)
    if bare.lower() in cues.PRONOUNS:
        return NP(s, s + len(t.rstrip(_WORD_STRIP)), "pron")
    if bare.lower() in pat.DETERMINERS:
        # "The mayor called …", "The health minister said …": the determiner and up to 3 words
        k = start
        while k + 1 < len(toks) and k - start < 3 and not _ends_punct(toks[k][2]):
            nb = _bare(toks[k + 1][2])
            nl = nb.lower()
            if (
                not nb
                or nl in pat.AUXILIARIES
                or nl in pat.PREPOSITIONS
                or nl in _NOT_NOUN
                or nl in _VERBISH
                or (nl.endswith("ed") and k > start)
                or (k > start and nl.endswith("s") and not nl.endswith("ss") and nb[:1].islower())
                or (k > start and k + 2 < len(toks) and toks[k + 2][2] in _PARTICLES)  # "hit out at"
            ):
                break
            k += 1
        if k == start:
            return None
        return NP(s, toks[k][0] + len(toks[k][2].rstrip(_WORD_STRIP)), "desc")
    if not names_only and _partitive_head(bare) and start + 2 < len(toks) and toks[start + 1][2] == "of":
        # "Two-thirds of analysts, 16 of 24, said": a share of a group, not a name
        k = start + 2
        while k + 1 < len(toks) and k - start < 5 and not _ends_punct(toks[k][2]):
            k += 1
        return NP(s, toks[k][0] + len(toks[k][2].rstrip(_WORD_STRIP)), "desc")
    if _is_cap(t) and bare.lower() in _GROUPS and not names_only:
        # "Farmers in Mandya staged …", "Parents at the school have …": a group and its place
        return _group_pp(toks, start)
    if _is_cap(t):
        k = start
        while k + 1 < len(toks) and k - start < 7:
            nt = toks[k + 1][2]
            if _ends_punct(toks[k][2]):
                break
            if _is_cap(nt) or (nt in pat.CONNECTORS and k + 2 < len(toks) and _is_cap(toks[k + 2][2])):
                k += 1
            elif (
                nt[:1].islower()
                and ("-" in nt or nt in _ROLES)
                and k + 2 < len(toks)
                and _is_cap(toks[k + 2][2])
            ):
                k += 1  # "New York City mayor-elect Zohran Mamdani"
            else:
                break
        if (
            k + 1 < len(toks)
            and not _ends_punct(toks[k][2])
            and toks[k + 1][2][:1].islower()
            and _bare(toks[k + 1][2]).lower() in _GROUPS
        ):
            # "Union leaders warned", "Environmental groups have said": a group, not a name
            if names_only:
                return None
            k += 1
            return NP(s, toks[k][0] + len(toks[k][2].rstrip(_WORD_STRIP)), "desc")
        end = toks[k][0] + len(toks[k][2].rstrip(_WORD_STRIP))
        end_tok = toks[k][2].rstrip(_WORD_STRIP)
        if end_tok.endswith(_POSSESSIVE):
            return None  # "Trump's spokeswoman": not Trump
        if k + 1 < len(toks) and not _ends_punct(toks[k][2]):
            # "Harbour Motors chief operating officer Mia Shah thanked …": the organisation and
            # the role modify the name after them, which is the subject
            run_end = _role_run_end(toks, k + 1)
            if run_end is not None:
                return _cap_run_from(toks, run_end)
        return NP(s, end, "name")
    return None


def _holder_after_role(toks: list[tuple[int, int, str]], m: re.Match[str]) -> NP | None:
    """The name after a role of several lower-case words that follows the capitalised run ``m``
    (``Harbour Motors chief operating officer Mia Shah``), else None."""
    k = next((i for i, t in enumerate(toks) if t[0] + len(t[2]) >= m.end()), -1)
    if k < 0 or _ends_punct(toks[k][2]):
        return None
    run_end = _role_run_end(toks, k + 1)
    return _cap_run_from(toks, run_end) if run_end is not None else None


def _cap_run_from(toks: list[tuple[int, int, str]], j: int) -> NP:
    """The capitalised name of up to four words starting at token ``j``."""
    last = j
    while last + 1 < len(toks) and last - j < 3:
        if _ends_punct(toks[last][2]) or not _is_cap(toks[last + 1][2]):
            break
        last += 1
    return NP(toks[j][0], toks[last][0] + len(toks[last][2].rstrip(_WORD_STRIP)), "name")


_PARTITIVE_HEADS = frozenset(
    {"half", "most", "many", "some", "several", "all", "none", "majority", "minority", "few", "dozens",
     "hundreds", "thousands", "one", "two", "three", "four", "five"}
)  # fmt: skip


def _partitive_head(word: str) -> bool:
    """``Two-thirds``, ``Half``, ``Most``: a share that opens ``… of GROUP``."""
    low = word.lower()
    return low in _PARTITIVE_HEADS or (
        "-" in low and low.split("-")[-1] in {"thirds", "third", "quarters", "quarter", "fifths", "fifth"}
    )


def _group_pp(toks: list[tuple[int, int, str]], g: int) -> NP:
    """The group noun at token ``g`` plus a short place phrase (``in Mandya``, ``at the school``)."""
    k = g
    if g + 2 < len(toks) and not _ends_punct(toks[g][2]) and toks[g + 1][2] in _PLACE_PREPS:
        j = g + 2
        if _bare(toks[j][2]).lower() == "the":
            j += 1
        n = 0
        while j < len(toks) and n < 3:
            b = _bare(toks[j][2])
            bl = b.lower()
            if bl == "and" and n > 0 and j + 1 < len(toks) and _is_cap(toks[j + 1][2]):
                j += 1  # "Residents of Trelow and Penmar"
                continue
            if not b or bl in pat.AUXILIARIES or bl in _VERBISH or bl in _NOT_NOUN or bl in pat.PREPOSITIONS:
                break
            if not _is_cap(toks[j][2]) and (n > 0 or bl.endswith("ed")):
                break
            k = j
            n += 1
            if _ends_punct(toks[j][2]):
                break
            j += 1
    return NP(toks[g][0], toks[k][0] + len(toks[k][2].rstrip(_WORD_STRIP)), "desc")


# A sentence opening "A spokeswoman for X, Jane Roe, said": the name in commas.
_ROLE_LED_NAME = re.compile(
    r"[A-Z][a-z]{1,4}+[ \u00a0]((?:[a-z][\w-]{1,20}+[ \u00a0]){1,3}+)"
    r"([A-Z][\w’'-]{1,30}+(?:[ \u00a0][A-Z][\w’'.-]{0,30}+){1,3}+)(?=[ \u00a0][a-z]|,)"
)  # "His neighbour Maria Lopez said …", "The club captain Tom Baker agreed": the name after a role
# Words naming who someone is to another ("her colleague", "his wife") or a role ("the captain").
_ROLE_OR_RELATION = frozenset(cues.ROLE_NOUNS) | frozenset(
    {"colleague", "partner", "wife", "husband", "son", "daughter", "brother", "sister", "friend",
     "girlfriend", "boyfriend", "fiancé", "fiancée", "cousin", "uncle", "aunt", "nephew", "niece",
     "spouse", "stepfather", "stepmother", "boss", "deputy", "rival", "teammate", "team-mate",
     "opponent", "successor", "predecessor", "aide", "adviser", "advisor", "assistant", "client"}
)  # fmt: skip
_APPOSED_NAME = re.compile(
    r"[^,.;:!?\n]{1,80}+,[ \u00a0](?:[A-Z][\w’'-]{1,30}+[ \u00a0])?(?:[a-z][\w-]{1,20}+[ \u00a0]){0,2}+"
    r"([A-Z][\w’'-]{1,30}+(?:[ \u00a0][A-Z][\w’'.-]{0,30}+){1,3}+),"
)  # "Her neighbour, builder Gary Trent, 55, …": the name in apposition


def _rstrip_to(text: str, lo: int, hi: int) -> int:
    """Return ``hi`` moved back over white space, not below ``lo``."""
    while hi > lo and text[hi - 1].isspace():
        hi -= 1
    return hi


def _skip_ws(text: str, pos: int) -> int:
    while pos < len(text) and text[pos].isspace():
        pos += 1
    return pos


_TIME_OPENERS = frozenset({"Last", "This", "Earlier", "Later", "Late", "On", "Next", "Early"})


def _skip_time_adjunct(toks: list[tuple[int, int, str]], start: int) -> int:
    """Skip a time adjunct written without a comma (``Last week X said``, ``Earlier this month X``)."""
    if start + 2 >= len(toks) or _bare(toks[start][2]) not in _TIME_OPENERS or toks[start][2].endswith(","):
        return start
    k = start + 1
    if _bare(toks[k][2]).lower() in {"this", "last", "on"} and k + 2 < len(toks):
        k += 1  # "Earlier this week", "Late on Friday"
    word = toks[k][2]
    if _bare(word) not in pat.TIME_WORDS or word.endswith(","):
        return start
    return k + 1


_PAST_LINK = (" by ", " with ", " in ", " from ", " after ", " for ", " at ", " on ", " under ")


def _fronted_past(word: str, text: str, end: int) -> bool:
    """A capitalised past participle and a preposition opening a sentence (``Backed by artillery,
    rebels say``, ``Armed with a permit, …``): a fronted phrase, not the subject."""
    return len(word) >= 5 and word.endswith("ed") and word[:1].isupper() and text.startswith(_PAST_LINK, end)


def _fronted(word: str) -> bool:
    """A capitalised ``-ing`` word opening a sentence: a fronted participle phrase (``Calling the
    stance fair, Lee said``), not a name (given names such as ``Sterling`` are in the name table)."""
    return len(word) >= 6 and word[:1].isupper() and word.endswith("ing") and sex_of(word) is None
