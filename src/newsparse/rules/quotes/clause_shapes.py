"""Reported clauses whose first words do not show a subject and its verb right away.

:func:`~newsparse.rules.quotes.attribution.clause_start` accepts a clause after a cue when a
subject is followed, within a few words, by a finite verb (``said the plan *was* …``). Real
reports often put something between the two, or something before the subject; each function
here reads one such shape on a bounded window of tokens after the cue, and answers whether a
clause starts (the content then runs from after the cue, as the annotation wants):

- :func:`fronted_clause` — an adverbial clause or phrase before the subject, closed by a
  comma: ``said if the talks fail, the strike will go ahead``, ``said through the
  accusations, the sisters have banded together``;
- :func:`relative_subject` — a subject carrying a relative clause: ``said people who had been
  evacuated would be allowed home``, ``said the company that built the bridge had gone
  bankrupt`` (the relative clause's verb, then the main verb);
- :func:`listed_subject` — a subject that is a list or holds an aside between commas: ``said a
  plane door, oxygen tanks and one body had been recovered``, ``said he, too, was …``;
- :func:`tell_object` — the person told before a bare clause: ``told the court her client was
  innocent`` (the content starts at ``her``).

All are plain functions over the text and token offsets, called only where ``clause_start``
would otherwise give up, so they cost nothing on the common shapes.
"""

from __future__ import annotations

from newsparse.rules.quotes import patterns as pat
from newsparse.rules.quotes.phrases import _SUBJ_START, _bare, _ends_punct, _first_tokens, _is_cap

__all__ = [
    "FRONTED_OPENERS",
    "MONTH_ABBREVIATIONS",
    "OPENER_ADVERBS",
    "PARTITIVES",
    "SUBORDINATORS",
    "addressee",
    "adjunct_then_clause",
    "dashed_aside",
    "finite_verb",
    "fronted_clause",
    "listed_subject",
    "relative_subject",
    "subordinate_end",
    "tell_object",
    "two_verb_groups",
]

Token = tuple[int, int, str]

MONTH_ABBREVIATIONS: frozenset[str] = frozenset(
    {"Jan", "Feb", "Mar", "Apr", "Jun", "Jul", "Aug", "Sep", "Sept", "Oct", "Nov", "Dec"}
)
"""Month abbreviations written with a full stop inside a sentence (``on Dec. 11 that …``)."""

FRONTED_OPENERS: frozenset[str] = frozenset(
    {
        # subordinators: "said if the talks fail, …", "said when she arrived, …"
        "if", "when", "while", "although", "though", "because", "once", "unless", "until",
        "whenever", "since", "after", "before", "as",
        # prepositions opening an adjunct: "said through the accusations …, the sisters …",
        # "said despite the delays, the line would open"
        "through", "during", "despite", "amid", "without", "under", "following", "unlike",
        "like", "besides", "beyond", "within", "across", "among", "against", "given", "in",
        "at", "on", "with", "by", "over", "from", "for",
        # (#10) "said between January and March, the share was …", "said throughout the year, …"
        "between", "throughout", "toward", "towards", "upon",
    }
)  # fmt: skip

OPENER_ADVERBS: frozenset[str] = frozenset(
    {"shortly", "soon", "just", "long", "right", "even", "only", "immediately", "minutes", "hours",
     "days", "weeks", "months", "years"}
)  # fmt: skip
"""Words that may stand before a fronted opener (``said shortly after the crew left, …``,
``said days before the vote, …``)."""
"""Words opening an adverbial that a reported clause may put before its subject."""

PARTITIVES: frozenset[str] = frozenset(
    {"none", "half", "neither", "either", "much", "plenty", "dozens", "hundreds", "thousands",
     "millions", "scores", "majority", "most", "all", "some", "many", "each", "both", "few",
     "one", "two", "three", "four", "five", "several"}
)  # fmt: skip
"""Quantifiers that open a subject with ``of`` (``said none of the passengers had been hurt``)."""

# Pronouns that stand alone as the subject of a reported clause and may carry a relative
# clause ("said everyone who passed away …"); "those" and "people" as well.
_INDEFINITE = frozenset(
    {"everyone", "everybody", "anyone", "anybody", "someone", "somebody", "no-one", "nobody",
     "those", "people", "anything", "everything", "something", "nothing"}
)  # fmt: skip
_RELATIVES = frozenset({"who", "which", "that", "whose"})
_CLAUSE_STOP = frozenset({"that", "whether"})
_SENTENCE_PUNCT = tuple('.;:!?"“”')
_WINDOW = 200  # characters read after the cue by these shapes (bounded work per cue)


def finite_verb(tok: str) -> bool:
    """Whether ``tok`` is a finite verb form a clause shows (auxiliary, irregular or ``-ed`` past)."""
    b = _bare(tok).lower()
    if b in pat.AUXILIARIES or b in pat.IRREGULAR_PAST:
        return True
    return b.endswith("ed") and len(b) > 4 and b.isalpha()


def _sentence_end(tok: str) -> bool:
    """Whether ``tok`` ends the sentence or opens a quotation (the window stops there)."""
    if tok[:1] in '"“‘':
        return True
    if tok.endswith("."):
        # ("Dec.", "p.m.", "Mr.": abbreviations go on)
        return _ends_punct(tok) and tok.rstrip(".") not in MONTH_ABBREVIATIONS
    return tok.endswith(_SENTENCE_PUNCT)


def _subject_opener(tok: str) -> bool:
    """Whether ``tok`` can open the subject of a clause: a determiner, a pronoun, a capitalised
    word (not a connective such as ``But``), a number, or an indefinite pronoun."""
    b = _bare(tok)
    low = b.lower()
    if not b:
        return False
    if low in _SUBJ_START or low in _INDEFINITE or b[:1].isdigit():
        return True
    return _is_cap(tok) and b not in pat.STOP_CAPS and b not in pat.INTRO_WORDS


def _verb_soon(toks: list[Token], k: int, limit: int, conjoined: bool = False) -> bool:
    """Whether a finite verb follows token ``k`` within ``limit`` tokens, no punctuation between.

    ``conjoined``: an ``and`` before a capitalised word stays inside the subject (``the Russian
    and Syrian claims are``)."""
    for j in range(k + 1, min(len(toks), k + 1 + limit)):
        t = toks[j][2]
        if finite_verb(t):
            return True
        if conjoined and t == "and" and j + 1 < len(toks) and _is_cap(toks[j + 1][2]):
            continue
        if _ends_punct(t) or _bare(t).lower() in _RELATIVES or _bare(t).lower() in {"and", "but", "or", "to"}:
            return False
    return False


def fronted_clause(text: str, p: int, end: int) -> bool:
    """``said if the talks fail, the strike will go ahead``: an adverbial opening at ``p``,
    a comma, then a subject and a finite verb within a few words.

    The adverbial may hold a verb of its own (``when she arrived``) but never ``that`` (``said
    in court that, unlike …``: the ``that`` reports) nor a sentence end or a quotation.
    """
    toks = _first_tokens(text, p, min(end, p + _WINDOW), 24)
    lead = 1 if len(toks) > 1 and _bare(toks[0][2]).lower() in OPENER_ADVERBS else 0
    if len(toks) < 4 + lead or _bare(toks[lead][2]).lower() not in FRONTED_OPENERS:
        return False
    for i in range(1 + lead, min(len(toks) - 2, 14 + lead)):
        t = toks[i][2]
        low = _bare(t).lower()
        if low in _CLAUSE_STOP or _sentence_end(t):
            return False
        if t.endswith(","):
            nxt = toks[i + 1][2]
            return _subject_opener(nxt) and not nxt.endswith(",") and _predicate_soon(toks, i + 1)
    return False


_SUBJECT_REACH = 9
"""Tokens a fronted clause's subject may run to its verb (``the sector's share of the domestic
market was``)."""


def _predicate_soon(toks: list[Token], k: int) -> bool:
    """Whether a finite verb follows the subject opening at token ``k`` within a few words, with
    no punctuation, conjunction or relative word between (prepositional phrases allowed, as in
    ``the sector's contribution to the market was``)."""
    for j in range(k + 1, min(len(toks), k + 1 + _SUBJECT_REACH)):
        t = toks[j][2]
        if finite_verb(t):
            return True
        if _ends_punct(t) or _bare(t).lower() in _RELATIVES or _bare(t).lower() in {"and", "but", "or"}:
            return False
    return False


SUBORDINATORS: frozenset[str] = frozenset(
    {"Once", "When", "After", "Because", "If", "Although", "Though", "While", "Since", "Before",
     "Until", "Unless", "Whenever", "Even", "Where", "Whereas", "Whilst"}
)  # fmt: skip
"""Capitalised words opening a subordinate clause before the main one (``Once officials said
…, the AP decided …``)."""


def subordinate_end(text: str, ss: int, clause: int, end: int) -> int:
    """Where a report inside a sentence-opening subordinate clause ends: at the comma before
    the main clause (``Once officials said those concerns were allayed, the AP decided …``),
    else ``end``."""
    first = text[ss : ss + 12].split(" ", 1)[0]
    if first not in SUBORDINATORS or clause - ss > _WINDOW or text.find(",", ss, clause) >= 0:
        return end  # (a comma before the cue: the main clause has begun, the report is in it)
    toks = _first_tokens(text, clause, min(end, clause + _WINDOW), 30)
    for i, (_s, e, t) in enumerate(toks[:-1]):
        if _sentence_end(t):
            return end
        if (
            t.endswith(",")
            and _subject_opener(toks[i + 1][2])
            and (_verb_soon(toks, i + 1, 4) or _speech_soon(toks, i + 1, 5))
        ):
            return e - 1
    return end


_PRESENT_SPEECH = frozenset(
    {"says", "argues", "insists", "contends", "maintains", "claims", "believes", "thinks", "adds",
     "notes", "warns", "counters", "disputes", "responds", "replies"}
)  # fmt: skip
"""Present-tense speech verbs of a main clause after a subordinate one (``While the council
asserts that A, the union says that B``): finite, though :func:`finite_verb` reads no ``-s``."""


def _speech_soon(toks: list[Token], k: int, limit: int) -> bool:
    """Whether a present-tense speech verb follows token ``k`` within ``limit`` tokens, with no
    punctuation before it (the main clause's subject and its cue)."""
    for j in range(k + 1, min(len(toks), k + 1 + limit)):
        t = toks[j][2]
        if _bare(t).lower() in _PRESENT_SPEECH and t[:1].islower():
            return True
        if _ends_punct(t):
            return False
    return False


_PLACE_OR_TIME_PREPS = frozenset({"in", "at", "on", "during", "from"})


def adjunct_then_clause(text: str, p: int, end: int) -> int | None:
    """``told reporters in Leeds the plan had failed``, ``said at the summit the talks had
    stalled``: a short place or time phrase of the cue (a preposition and up to three words, no
    comma), then a subject and its verb; where that clause starts, or None."""
    toks = _first_tokens(text, p, min(end, p + 120), 9)
    if len(toks) < 4 or toks[0][2] not in _PLACE_OR_TIME_PREPS:
        return None
    for k in range(2, min(5, len(toks) - 1)):
        prev, rest = toks[k - 1][2], toks[k][2]
        if not prev.isalnum() or finite_verb(prev) or prev in {"that", "and", "or"} or rest == "that":
            return None  # (a dash, a comma or "that": no bare clause after a short phrase)
        if _bare(prev)[:1].islower() and _bare(prev).lower() not in _PHRASE_HEADS:
            continue  # the phrase goes on ("at the summit", not "at the")
        if _subject_opener(rest) and not (_is_cap(prev) and _is_cap(rest)) and _verb_soon(toks, k, 4):
            return toks[k][0]
    return None


# Lower-case words that may end a place or time phrase ("at the summit", "on Monday night")
_PHRASE_HEADS = frozenset(
    {"summit", "meeting", "rally", "conference", "briefing", "hearing", "session", "event", "launch",
     "morning", "evening", "night", "afternoon", "weekend", "week", "time", "court", "parliament",
     "house", "assembly", "interview", "speech", "debate", "ceremony", "funeral", "scene", "site"}
)  # fmt: skip


def relative_subject(text: str, toks: list[Token], j: int, end: int) -> bool:
    """``said people who had been evacuated would be allowed home``: token ``j`` (a relative
    pronoun) belongs to the clause's subject, whose main verb follows the relative clause.

    The subject before it is short and holds no preposition or punctuation (so ``said a prayer
    for those who were killed`` is no clause); after it come two groups of finite verbs, the
    relative clause's and the main one. ``that`` counts only right before a verb (``the company
    that built …``), since ``that`` before a subject is the complementiser.
    """
    if j < 1 or j > 3 or not _subject_opener(toks[0][2]):
        return False
    for _s, _e, t in toks[1:j]:
        b = _bare(t).lower()
        if _ends_punct(t) or b in pat.PREPOSITIONS or b in {"about", "by", "into"} or finite_verb(t):
            return False
    if _bare(toks[j][2]).lower() == "that" and not (j + 1 < len(toks) and finite_verb(toks[j + 1][2])):
        return False
    return two_verb_groups(text, toks[j][1], end)


def two_verb_groups(text: str, pos: int, end: int) -> bool:
    """Whether two groups of finite verbs follow ``pos`` before the sentence ends: a relative
    clause's verb and then the main verb (``who had been evacuated | would be allowed``)."""
    more = _first_tokens(text, pos, min(end, pos + _WINDOW), 18)
    groups = 0
    in_verb = lexical = False
    for _s, _e, t in more:
        b = _bare(t).lower()
        if _sentence_end(t) or b in _CLAUSE_STOP:
            return False
        aux = b in pat.AUXILIARIES
        verb = finite_verb(t) or b in {"been", "be", "being", "not"}
        # a new verb group: after other words, or an auxiliary after a group that already has
        # its main verb ("who had been evacuated | would be allowed")
        if verb and (not in_verb or (aux and lexical)):
            groups += 1
            lexical = False
            if groups == 2:
                return True
        in_verb = verb and not t.endswith(",")
        lexical = lexical or (verb and not aux and b not in {"been", "be", "being", "not"})
    return False


def listed_subject(text: str, toks: list[Token], j: int, end: int) -> bool:
    """``said a plane door, oxygen tanks and one body had been recovered``, ``said he, too,
    was …``: token ``j`` ends with the comma of a list or an aside inside the subject.

    A list needs ``and``/``or`` before its verb; an aside is a few words closed by a second
    comma (``, too,``, ``, for his part,``, ``, aged 18 to 27,``) right before the verb.
    """
    if not toks[j][2].endswith(",") or j > 4:
        return False
    more = _first_tokens(text, toks[j][1], min(end, toks[j][1] + _WINDOW), 16)
    conj = False
    words = 0
    for k, (_s, _e, t) in enumerate(more):
        b = _bare(t).lower()
        if _sentence_end(t) or b in _CLAUSE_STOP or b in _RELATIVES:
            return False
        if finite_verb(t):
            return conj and words > 0
        if b in {"and", "or"}:
            if words == 0:
                return False  # "…, said Runcie, and the district signed …": a second clause
            conj = True
            continue
        words += 1
        if t.endswith(","):
            # an aside closed: the verb must come next ("he, too, was"); or one more item of a
            # list whose "and" is still to come ("say Lee, her brother, Ruiz and a friend were")
            if k + 1 < len(more) and finite_verb(more[k + 1][2]):
                return words <= 6 or conj
            if conj or words > 3 or k + 1 >= len(more) or not _list_item(more[k + 1][2]):
                return False
    return False


def _list_item(tok: str) -> bool:
    """Whether ``tok`` can open the next item of a subject list: a capitalised word, a number or
    a determiner (``Lee, her brother, Ruiz and …``), not a verb or connective."""
    b = _bare(tok)
    if not b or b in pat.STOP_CAPS:
        return False
    return _is_cap(tok) or b[:1].isdigit() or b.lower() in _SUBJ_START


_ADDRESSEE_HEADS = frozenset(
    {"police", "reporters", "journalists", "investigators", "officers", "officials", "lawmakers",
     "parliament", "court", "judge", "jury", "committee", "inquiry", "tribunal", "hearing", "media",
     "newspaper", "paper", "television", "radio", "broadcaster", "station", "magazine", "website",
     "agency", "channel", "outlet", "podcast", "audience", "crowd", "supporters", "students",
     "staff", "employees", "workers", "members", "shareholders", "investors", "residents",
     "council", "board", "senators", "delegates", "voters", "fans", "listeners", "viewers",
     "readers", "colleagues", "friends", "family", "relatives", "doctors", "him", "her", "them",
     "us", "me", "commission", "panel", "meeting", "rally", "conference", "summit", "programme",
     "program", "show", "network", "service", "daily", "weekly", "news", "interviewer",
     # (#10) who police, court and council copy says was told ("told deputies the van had …")
     "deputies", "detectives", "authorities", "prosecutors", "agents", "troopers", "jurors", "judges",
     "legislators", "councillors", "councilors", "public", "followers", "subscribers", "audiences",
     "parents", "teachers", "pupils", "clients", "customers", "aides", "advisers", "staffers",
     "neighbours", "neighbors", "nurses", "medics", "troops", "soldiers", "congregation", "parishioners"}
)  # fmt: skip
_ADDRESSEE_DETS = frozenset(
    {"the", "a", "an", "his", "her", "their", "its", "our", "local", "state", "national"}
)


def tell_object(text: str, clause: int, end: int) -> int:
    """``told the court her client was innocent``: where the clause starts after the person
    told (``clause`` itself when no addressee comes first).

    The addressee is a capitalised name (``Reuters``, ``the BBC``, ``Sky News``) or a
    determiner and up to three words ending in a word for an audience (``the court``, ``local
    television``, ``police``); what follows must open a subject and reach a finite verb.
    """
    toks = _first_tokens(text, clause, min(end, clause + _WINDOW), 12)
    if len(toks) < 3:
        return clause
    for k in range(1, min(5, len(toks) - 1)):
        obj, rest = toks[:k], toks[k]
        if any(_ends_punct(t) or (finite_verb(t) and not _is_cap(t)) for _s, _e, t in obj):
            return clause
        bare_plural = (
            rest[2].isalpha() and rest[2].islower() and rest[2].endswith("s") and k + 1 < len(toks)
        ) and finite_verb(toks[k + 1][2])  # "told Sunrise authorities were …"
        if not (_subject_opener(rest[2]) or bare_plural) or (_is_cap(obj[-1][2]) and _is_cap(rest[2])):
            continue  # "told the BBC News website …": no cut inside a capitalised name
        if rest[2][:1].isdigit() and k + 1 < len(toks) and _subject_opener(toks[k + 1][2]):
            continue  # "told BBC Radio 4 the plan …": the number ends the name
        if not addressee(obj) and not (
            len(obj) >= 3 and obj[-2][2] in {"on", "in", "at"} and addressee(obj[:-2])
        ):
            continue  # ("told the hearing on Monday the …": the person told and a time)
        if _verb_soon(toks, k, 6, conjoined=True) or (k + 1 < len(toks) and finite_verb(toks[k + 1][2])):
            return rest[0]
    return clause


def addressee(obj: list[Token]) -> bool:
    """Whether the tokens ``obj`` name the person or audience told."""
    words = [_bare(t) for _s, _e, t in obj]
    first = words[0].lower()
    if len(words) > 1 and words[-1].lower() in {"the", "of", "and", "&", "a", "an"}:
        return False  # ("told Polygraph.info the Russian and …": the person told ends in a noun)
    if all(_is_cap(w) or w.isdigit() or w.lower() in {"the", "of", "and", "&"} for w in words) and any(
        _is_cap(w) for w in words
    ):
        return True  # "Reuters", "the BBC", "the Associated Press", "Sky News"
    if len(words) == 1:
        return first in _ADDRESSEE_HEADS
    return first in _ADDRESSEE_DETS and words[-1].lower() in _ADDRESSEE_HEADS


_ASIDE_WINDOW = 160  # characters of an aside between dashes (a list of names, a description)


def dashed_aside(text: str, pos: int, end: int) -> bool:
    """``said the five companies — Blue Origin, Ceres and SpaceX — had been selected``: the
    aside that opened with a dash before ``pos`` closes with a second dash, and a finite verb
    follows it (the subject's verb), with no sentence end or quotation inside."""
    hi = min(end, pos + _ASIDE_WINDOW)
    close = -1
    for dash in ("—", "–", "--"):
        at = text.find(" " + dash + " ", pos, hi)
        if at >= 0 and (close < 0 or at < close):
            close = at
    if close < 0:
        return False
    inside = text[pos:close]
    if any(p in inside for p in (". ", "? ", "! ", '"', "“", ";")):
        return False
    nxt = _first_tokens(text, close + 3, min(end, close + 60), 2)
    return bool(nxt) and finite_verb(nxt[0][2]) and not _is_cap(nxt[0][2])


# A subject's verb resuming after a phrase set off by commas: "…, was tracked down", "…, has
# instead shown". Only auxiliaries and verbs that cannot open a clause of their own without a
# subject; an adverb may stand between.
_RESUMING_VERBS = frozenset(
    {"has", "have", "had", "was", "were", "is", "are", "will", "would", "could", "remains", "remained"}
)
_RESUMING_ADVERBS = frozenset({"instead", "since", "now", "also", "still", "later", "then", "nonetheless"})
# ("…, is it": a question's inversion, no resumed verb)
_NO_VERB_NEXT = frozenset({"it", "he", "she", "they", "we", "i", "you", "there", "that", "this"})
_RESUME_SCAN = 8  # commas looked at after the clause start (each cue reads its neighbourhood only)


def resumed_predicate(text: str, clause: int, end: int) -> int | None:
    """Where a subject-less verb resumes after a comma in ``[clause, end)`` (the comma), or None."""
    pos = clause + 8
    for _ in range(_RESUME_SCAN):
        comma = text.find(", ", pos, end)
        if comma < 0:
            return None
        toks = _first_tokens(text, comma + 2, min(end, comma + 60), 3)
        words = [_bare(t).lower() for _s, _e, t in toks]
        while len(words) > 1 and words[0] in _RESUMING_ADVERBS:
            words.pop(0)
        resumes = len(words) >= 2 and words[0] in _RESUMING_VERBS
        if resumes and words[1].isalpha() and words[1] not in _NO_VERB_NEXT:
            return comma
        pos = comma + 2
    return None
