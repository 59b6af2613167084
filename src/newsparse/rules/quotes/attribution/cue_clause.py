"""Cue first, clause after: where the reported clause after a cue starts.

:func:`clause_start` reads ``X said (that) CLAUSE`` right after the cue; :func:`that_after_object`
finds the ``that`` after the person told (``told reporters on Friday that …``); the long-subject
readers accept ``said the journey … that began in 2001 has continued``.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from newsparse.rules.quotes import patterns as pat
from newsparse.rules.quotes.attribution.shared import (
    _NOMINATIVE,
    _NOT_GERUNDS,
    _SAYS,
    _SUBJECT_PRONOUNS,
    _THAT,
    _VERB_AFTER_AND,
)
from newsparse.rules.quotes.clause_shapes import (
    FRONTED_OPENERS,
    MONTH_ABBREVIATIONS,
    OPENER_ADVERBS,
    PARTITIVES,
    addressee,
    adjunct_then_clause,
    dashed_aside,
    finite_verb,
    fronted_clause,
    listed_subject,
    relative_subject,
    two_verb_groups,
)
from newsparse.rules.quotes.phrases import (
    _ADVERBS,
    _SUBJ_START,
    _bare,
    _ends_punct,
    _first_tokens,
    _is_cap,
    _skip_ws,
)

if TYPE_CHECKING:
    from newsparse.rules.quotes.state import State

_LEAD_SPACE = re.compile(r"[ \t\u00a0,]*+")
# An object pronoun between the cue and the clause: "tells them he is ...", "told him that ...".
_OBJECT_PRONOUN = re.compile(r"(?:them|him|us|me)[ \t\u00a0]++(?!(?:and|or|nor)(?![\w'’]))(?=[a-zA-Z])")
_APOS_SPLIT = re.compile(r"['’]")


def clause_start(text: str, pos: int, end: int, lenient: bool) -> int | None:
    """Return where a reported clause starts at ``pos`` (after an optional ``that``), or None."""
    m = _LEAD_SPACE.match(text, pos, end)
    p = m.end() if m else pos
    if "," in text[pos:p]:
        after_comma = text[p : p + 30].split(" ", 1)[0]
        if after_comma.endswith("ing") or after_comma in _SAYS or after_comma in _SUBORDINATE_AFTER:
            # "…, officials said, indicating …", "a judge confirmed last week, said Wilson …":
            # a participle or the sentence's own cue after the comma, no clause
            return None
    o = _OBJECT_PRONOUN.match(text, p, end)
    if o is not None:
        p = o.end()
    if p >= end or text[p] in ".!?;":
        return None  # "the FM said.She …": a new sentence glued on, not a clause
    if text.startswith("that", p) and _THAT.match(text, p):
        q = p + 4
        while q < end and text[q] in " \t\u00a0,":
            q += 1
        if q < end and text[q] in "\"“‘'«„":
            # 'said that "temporary burials" might be needed': a quoted subject, then its verb
            return _that_quote(text, q, end)
        if q < end and _demonstrative_that(text, q, end):
            return None  # "shared that sentiment on Wednesday": "that" is a determiner, no clause
        return q if q < end else None
    toks = _first_tokens(text, p, min(end, p + 120), 11 if lenient else 8)
    if not toks:
        return None
    first = _bare(toks[0][2])
    fl = first.lower()
    if fl in {"and", "but", "or", "nor"} and text[pos:p].strip(" \t\u00a0") == ",":
        return None  # "CLAUSE, officials said, and left …": the clause came before the cue
    if toks[0][2][:1] in "\"“‘'«„:":
        return _quoted_subject(text, p, end)
    # "say at least 900 people have …": a quantity, not a preposition
    quantity = fl in _QUANTITY and any(
        t[2][:1].isdigit() or t[2][:1] == "$" or t[2].lower() in _NUMBER_WORDS for t in toks[1:3]
    )
    if not quantity and (fl in FRONTED_OPENERS or fl in OPENER_ADVERBS):
        if lenient and fronted_clause(text, p, end):
            return p  # "said if the talks fail, the strike will go ahead": an adverbial first
        after = adjunct_then_clause(text, p, end)
        if after is not None:
            return after  # "told reporters in Leeds the plan had failed": the cue's adjunct first
    if not quantity and (
        fl in pat.PREPOSITIONS or fl in {"about", "by", "into", "over", "after", "before", "as", "not"}
    ):
        return None  # "claims to have …", "warned of delays"
    if fl in _SAID_OBJECTS:
        return None  # "said hello", "said goodbye to …", "said sorry": an object, no clause
    bare_noun = first[:1].islower() and fl not in _SUBJ_START
    # "said returning to the moon was necessary": a gerund subject may hold "to" and prepositions
    gerund = bare_noun and fl.endswith("ing") and len(fl) > 4 and fl not in _NOT_GERUNDS
    if not (fl in _SUBJ_START or _is_cap(toks[0][2]) or first[:1].isdigit() or bare_noun):
        return None
    if _ends_punct(toks[0][2]) and not fl.endswith("’s"):
        # "he noted, adding: …": the next cue, not a clause; but "said Smith, 45, had …" is one
        if _appositive_then_verb(toks, 0) and _is_cap(toks[0][2]):
            return p
        # "said he, too, was …", "said Smith, Jones and Ruiz had …"
        named = _is_cap(toks[0][2]) or fl in _SUBJECT_PRONOUNS
        return p if named and listed_subject(text, toks, 0, end) else None
    if fl in _WH or (bare_noun and fl not in PARTITIVES and len(toks) > 1 and toks[1][2] in {"of", "about"}):
        return None  # "asked how …" (a question), "informed police of …" (an object)
    if len(toks) > 1 and toks[1][2] == "about":
        return None  # "asked Morrison about concerns …": the person asked and the topic, no clause
    pronoun = fl in {"he", "she", "they", "we", "i", "it", "you"}
    if pronoun and lenient and len(toks) > 1 and toks[1][2][:1].islower():
        return None if _ends_punct(toks[1][2]) else p
    if pronoun and not lenient and _pronoun_then_verb(toks):
        return p  # "reiterated it still considers …", "insisted they remain …"
    if "’" in first or "'" in first:
        head = _APOS_SPLIT.split(fl)[0]
        if head in {"he", "she", "they", "it", "we", "i", "there", "that"}:
            return p
    for j in range(1, len(toks)):
        tj = toks[j][2]
        b = _bare(tj).lower()
        if b == "and" and j + 1 < len(toks) and toks[j + 1][2] in _VERB_AFTER_AND:
            return None  # "confirmed the arrests and said …": an object, then the speaker's next verb
        if tj in _DASHES and j <= 4:
            # "said the five firms — A, B and C — had been selected": an aside between dashes
            return p if dashed_aside(text, toks[j][1], end) else None
        # "he and Mamdani could": a conjunction inside the subject is fine
        if (
            b in {"and", "but", "or", "to", "who", "which", "that"}
            and (b != "and" or j > 3)
            and not (gerund and b == "to")
        ):
            if lenient and b in {"who", "which", "that"} and relative_subject(text, toks, j, end):
                return p  # "said people who had been evacuated would …"
            return None
        if b in {"how", "why", "whether"} and tj == b and toks[j - 1][2] in {"of", "about"}:
            return None  # "told the story of how he had escaped": an object and a question
        if b in pat.AUXILIARIES and (tj[:1].islower() or b != "may"):
            return p  # (not "told the board in May that …": the month)
        # ("The Associated Press": a capitalised "-ed" word is a name, not a verb)
        past = (b in pat.IRREGULAR_PAST or (b.endswith("ed") and len(b) > 4)) and not tj[:1].isupper()
        if past and lenient and (quantity or gerund or (bare_noun and j <= 2)):
            return p  # "says about 30 poets stopped writing", "said footage helped to …"
        if past and quantity and j <= 6 and tj == b:
            return p  # "reported at least 5,000 people entered …": a counted subject and its verb
        # a quoted word ends a token without ending the clause ("Victoria’s “hard line” response")
        closing = _ends_punct(tj.rstrip('”’"')) if tj[-1:] in '”’"' else _ends_punct(tj)
        if lenient and j <= 3 and _plural_then_base(toks, j):
            return p  # "said dockers account for half of …", "said Kerrow residents want a …"
        if bare_noun:
            if past and j <= 2 and tj == b and _object_next(toks, j):
                return p  # "revealed members rejected the offer"
            # ("said indigenous people in the Standing Rock region were …": a lenient cue's bare
            # subject may hold a place phrase; only an auxiliary this far on makes it a clause)
            if j >= (10 if quantity else 8 if gerund or lenient else 3) or closing:
                return None
            continue
        if lenient and past:
            return p
        if past and j <= 3 and tj == b and _object_next(toks, j):
            return p  # "revealed the segment posted its best quarter": a past verb and its object
        if (
            lenient
            and j == 1
            and fl in {"he", "she", "it", "this"}
            and b.endswith("s")
            and not b.endswith("ss")
        ):
            return p
        if lenient and j == 1 and _present_after_name(toks, first):
            return p  # "said Apple employs about 450 people": a name and its present-tense verb
        if closing:
            # "said the driver, 45, had …", "said a plane door, oxygen tanks and one body had …"
            return p if _appositive_then_verb(toks, j) or listed_subject(text, toks, j, end) else None
    return None


def _plural_then_base(toks: list[tuple[int, int, str]], j: int) -> bool:
    """``dockers account for``, ``Kerrow residents want a``: a plural noun ending the subject,
    then a present-tense base verb (no ``-s``: it agrees with the plural) and the start of its
    object or complement (a determiner, a preposition or a number)."""
    if j + 1 >= len(toks) or any(_ends_punct(t) for _s, _e, t in toks[: j + 1]):
        return False
    noun, verb, nxt = toks[j - 1][2], toks[j][2], toks[j + 1][2]
    if not (
        noun.isalpha() and noun.endswith("s") and not noun.endswith(("ss", "us", "is")) and len(noun) > 3
    ):
        return False
    if noun.lower() in _SUBJECT_PRONOUNS or noun.lower() in pat.DETERMINERS:
        return False
    if not (verb.isalpha() and verb.islower() and len(verb) > 2) or verb.endswith(("s", "ing", "ed", "ly")):
        return False
    if (
        verb in pat.PREPOSITIONS
        or verb in pat.DETERMINERS
        or verb in pat.AUXILIARIES
        or verb in _NOT_BASE_VERBS
    ):
        return False
    low = nxt.lower()
    return low in pat.DETERMINERS or low in pat.PREPOSITIONS or low in {"up", "out"} or nxt[:1].isdigit()


# Lower-case words after a plural noun that are no verb ("officials there and …", "sources close to")
_NOT_BASE_VERBS = frozenset(
    {"and", "or", "but", "nor", "who", "which", "that", "there", "here", "close", "alike", "too", "also",
     "only", "even", "not", "then", "now", "still", "just", "all", "both", "each", "new", "old", "own"}
)  # fmt: skip


def _present_after_name(toks: list[tuple[int, int, str]], first: str) -> bool:
    """``Apple employs about``, ``Lee expects the``: a capitalised one-word subject, a
    lower-case ``-s`` verb, then a determiner, a number or a lower-case word (its object)."""
    if len(toks) < 3 or not first[:1].isupper() or first in pat.STOP_CAPS or first in pat.INTRO_WORDS:
        return False
    if _ends_punct(toks[0][2]) or toks[0][2] != first:
        return False
    verb, nxt = toks[1][2], toks[2][2]
    if not (verb.isalpha() and verb.islower() and verb.endswith("s") and len(verb) > 3):
        return False
    if verb.endswith(("ss", "us", "is", "ous")) or verb in pat.PREPOSITIONS:
        return False
    return nxt[:1].isdigit() or nxt.lower() in pat.DETERMINERS or nxt in _PRESENT_OBJECT_LEADS


# Words after a present-tense verb that open its object or complement ("employs about 450",
# "expects revenue", "plans to")
_PRESENT_OBJECT_LEADS = frozenset(
    {"about", "around", "nearly", "more", "to", "that", "no", "its", "his", "her"}
)


_DASHES = frozenset({"—", "–", "--"})


def _pronoun_then_verb(toks: list[tuple[int, int, str]]) -> bool:
    """After a cue that needs ``that`` or an obvious clause: a subject pronoun (adverbs aside)
    and its verb. ``he``/``she``/``they`` are never an object, so a lower-case word after them
    is their verb; ``it`` may be one (``denied it``), so a verb must show: an auxiliary, a past
    form or a present ``-s`` form (``it still considers``)."""
    fl = toks[0][2].lower()
    k = 1
    while k < len(toks) and k < 3 and toks[k][2].lower() in _ADVERBS:
        k += 1
    if k >= len(toks) or _ends_punct(toks[k][2]):
        return False
    t = toks[k][2]
    if not (t.isalpha() and t.islower()):
        return False
    if fl in _NOMINATIVE:
        return True
    if fl != "it" or t in pat.PREPOSITIONS or t in pat.DETERMINERS:
        return False
    return finite_verb(t) or (t.endswith("s") and not t.endswith(("ss", "us", "is")) and len(t) > 3)


_OBJECT_OPENERS = frozenset({"a", "an", "the", "its", "his", "her", "their", "our", "no", "more", "record"})


def _object_next(toks: list[tuple[int, int, str]], j: int) -> bool:
    """Whether the past verb at token ``j`` takes an object right after it (``posted its``,
    ``signed a``, ``cut 200``): the verb of a clause, not a participle before a noun (``the
    redesigned logo``, ``the reported deal``)."""
    if j + 1 >= len(toks) or _ends_punct(toks[j][2]):
        return False
    nxt = toks[j + 1][2]
    return nxt in _OBJECT_OPENERS or (nxt[:1].isdigit() and nxt.rstrip(",.").replace(",", "").isdigit())


_SAID_OBJECTS = frozenset({"hello", "goodbye", "thanks", "sorry", "yes", "grace", "cheers", "farewell"})


def _appositive_then_verb(toks: list[tuple[int, int, str]], j: int) -> bool:
    """``said the driver, 45, had been …``: a short appositive between commas, then a finite verb.

    The subject of a reported clause often carries an age or a description between commas; the
    clause goes on when a finite verb follows the appositive's closing comma.
    """
    if not toks[j][2].endswith(",") or j > 3:
        return False
    for k in range(j + 1, min(len(toks) - 1, j + 6)):
        tk = toks[k][2]
        if _ends_punct(tk) and not tk.endswith(","):
            return False
        if tk.endswith(","):
            nxt = _bare(toks[k + 1][2])
            past = nxt in pat.IRREGULAR_PAST or (nxt.endswith("ed") and len(nxt) > 4)
            return past or nxt in pat.AUXILIARIES
    return False


# "…, Benioff said, ever since he did …": a subordinate clause of the clause before the cue
_SUBORDINATE_AFTER = frozenset(
    {"ever", "since", "because", "although", "though", "until", "unless", "whereas", "so"}
)  # fmt: skip
_ING_NOUNS = frozenset(
    {"morning", "evening", "meeting", "hearing", "briefing", "building", "ceiling", "wedding"}
)
_LONG_SUBJECT_DET = frozenset({"the", "a", "an", "his", "her", "their", "its", "our"})
_WORD_QUOTES = frozenset({'"', "“"})  # marks opening a quoted word inside a subject
_CLAUSE_STOPS = frozenset({".", ";", ":", "!", "?", ","})


def _long_subject_clause(text: str, pos: int, send: int) -> int | None:
    """``said the journey of growth and development that began in 2001 has continued``: a
    subject holding ``and`` or a relative clause before its verb (``said`` + article only)."""
    p = _skip_ws(text, pos)
    toks = _first_tokens(text, p, min(send, p + 200), 22)
    if len(toks) < 5:
        return None
    first = toks[0][2]
    listed = first[:1].islower() and first.endswith("s,") and first.rstrip(",").isalpha()
    if first.lower() not in _LONG_SUBJECT_DET and not listed:
        return None
    aside = False  # inside ", which …," / ", who …,"
    conj = False
    quoted = False  # inside a quoted word of the subject
    for j, (_s, _e, t) in enumerate(toks[1:], 1):
        b = _bare(t).lower()
        quoted = quoted or t[:1] in _WORD_QUOTES
        if quoted and t[-1:] in '"”' and t.rstrip('"”')[-1:] not in _CLAUSE_STOPS:
            # 'said the plan of sorting students into “bubbles” and … is': a quoted word
            # inside the subject, which goes on
            quoted = False
            t = t.rstrip('"”')
        if t[-1:] in '.;:!?"”“':
            return None
        if aside:
            aside = not t.endswith(",")
            continue
        if b in {"who", "which", "that"} and t == b:
            # "the journey … that began in 2001 has continued": the relative clause's verb,
            # then the main one ("said a prayer for those who were killed" has no second)
            return p if two_verb_groups(text, toks[j][1], send) else None
        conj = conj or b == "and"
        if j >= 3 and (b in pat.AUXILIARIES or b in pat.IRREGULAR_PAST) and (conj or not listed):
            return p
        if j >= 4 and conj and not listed and t == b and finite_verb(t) and _bare(toks[j - 1][2]).isalpha():
            return p  # "the circumstances of the deaths and injuries remained unclear"
        if t.endswith(","):
            nxt = toks[j + 1][2] if j + 1 < len(toks) else ""
            if nxt in {"which", "who"}:
                aside = True  # "the contract, which gives raises, was …"
                continue
            if listed and not conj:
                continue  # "documents, devices and cash were seized"
            return None
    return None


def _told_long_subject(text: str, pos: int, send: int) -> int | None:
    """``told local television the search area between the islands would be expanded``: the
    person told, then a subject long enough that ``clause_start`` gives up on it; or ``told the
    Post she still receives threats``: the person told, then a pronoun and its present verb."""
    toks = _first_tokens(text, pos, min(send, pos + 80), 8)
    for k in range(1, min(5, len(toks))):
        if _ends_punct(toks[k - 1][2]):
            return None
        if addressee(toks[:k]) and not (_is_cap(toks[k - 1][2]) and _is_cap(toks[k][2])):
            found = _long_subject_clause(text, toks[k][0], send)
            if found is None and _pronoun_then_present(toks, k):
                found = toks[k][0]
            if found is not None:
                return found
    return None


def _pronoun_then_present(toks: list[tuple[int, int, str]], k: int) -> bool:
    """Whether token ``k`` is ``he``/``she``/``it`` and, past a few adverbs, a present-tense verb
    in ``-s`` follows it (``she still receives``), a form no finite-verb test counts."""
    if toks[k][2] not in {"he", "she", "it"}:
        return False
    for j in range(k + 1, min(len(toks), k + 4)):
        word = toks[j][2]
        if finite_verb(word):
            return True
        if not (word.isalpha() and word.islower()):
            return False
        if word.endswith("ly") or word in _ADVERBS_BEFORE_VERB:
            continue
        return word.endswith("s") and not word.endswith(("ss", "us", "is")) and len(word) > 3
    return False


# Adverbs between a pronoun and its verb ("she still receives", "he now owns")
_ADVERBS_BEFORE_VERB = frozenset(
    {"still", "now", "also", "always", "never", "often", "already", "even", "just"}
)


_CLOSERS = {'"': '"', "“": "”", "‘": "’", "'": "'", "«": "»", "„": "“"}


def _demonstrative_that(text: str, q: int, end: int) -> bool:
    """``shared that sentiment on Wednesday``: after ``that`` a lower-case word, then a
    preposition or the sentence end, and no verb anywhere up to the end (at most six words):
    ``that`` points at a thing, it opens no clause."""
    if end - q > 60:
        return False
    words = text[q:end].split()
    if not words or len(words) > 6 or not words[0].isalpha() or not words[0].islower():
        return False
    if len(words) > 1 and _bare(words[1]).lower() not in pat.PREPOSITIONS and words[1] not in pat.TIME_WORDS:
        return False
    return not any(finite_verb(w) or _bare(w).lower() in _SUBJECT_PRONOUNS for w in words)


def _that_quote(text: str, q: int, end: int) -> int | None:
    """A quotation right after ``that`` at ``q``: the reported clause when it opens in lower
    case (``warned that “any attempt to incite trouble will not be tolerated”``, the annotation
    lists it as reported speech and as a direct quote) or is a quoted subject and its verb; a
    capitalised one is a whole sentence quoted (``said that “We will win.”``), a direct quote only."""
    if text[q + 1 : q + 2].islower():
        return q
    return _quoted_subject(text, q, end)


def _quoted_subject(text: str, p: int, end: int) -> int | None:
    """``saying "the virus" would be responsible``, ``said "credible" security threats prompted
    …``: a quoted subject (or a quoted word of it) of up to four words, then up to two more
    words of the subject and a finite verb."""
    close = text.find(_CLOSERS.get(text[p], '"'), p + 1, min(end, p + 40))
    if close < 0 or text[p + 1 : close].count(" ") > 3:
        return None
    nxt = _first_tokens(text, close + 1, min(end, close + 60), 3)
    if not nxt or nxt[0][0] != close + 2:
        return None
    for k, (_s, _e, t) in enumerate(nxt):
        if finite_verb(t) and t[:1].islower():
            return p
        if k == 0 and not t.isalpha():
            return None
        if _ends_punct(t) or _bare(t).lower() in pat.PREPOSITIONS:
            return None
    return None


_NUMBER_WORDS = frozenset(
    {"two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "dozen", "dozens", "hundreds",
     "thousands", "half", "a"}
)  # fmt: skip
_WH = frozenset({"how", "what", "why", "where", "when", "who", "which"})
_QUANTITY = frozenset(
    {"at", "more", "about", "around", "nearly", "almost", "over", "some", "up", "fewer", "less", "only",
     "roughly", "approximately", "just", "well", "under"}
)  # fmt: skip


def _past_tell_object(text: str, clause: int, send: int) -> int:
    """``told police he had …``, ``told the Courier she would …``: the object of ``told`` before
    a pronoun subject is no part of the reported clause."""
    toks = _first_tokens(text, clause, min(send, clause + 80), 5)
    for j in range(1, min(4, len(toks))):
        if _bare(toks[j][2]).lower() in _SUBJECT_PRONOUNS and toks[j][2] == _bare(toks[j][2]):
            obj = toks[:j]
            if any(_ends_punct(t) for _s, _e, t in obj):
                return clause
            first = _bare(obj[0][2]).lower()
            if first in _SUBJECT_PRONOUNS or first in {"that", "if", "whether"}:
                return clause
            return toks[j][0]
    return clause


# Words after "to" that start an addressee ("said to reporters that", "confirmed to the BBC that")
# rather than an infinitive ("agreed to sell the shares that …").
_ADDRESSEE_START = frozenset({"the", "a", "an", "his", "her", "their", "its", "reporters", "journalists",
                              "parliament", "lawmakers", "police", "investigators", "him", "them", "me",
                              "us", "media"})  # fmt: skip


def _addressee(tok: str) -> bool:
    """Whether ``tok`` after a cue's ``to`` opens the person told, not an infinitive's verb."""
    return tok in _ADDRESSEE_START or (_is_cap(tok) and not _ends_punct(tok))


# Words that end the search for "that" after an object: a clause or an infinitive has begun
_NO_OBJECT_WORDS = frozenset({"and", "but", "to", "which", "who", "if", "whether"})


def that_after_object(st: State, pos: int, end: int) -> int | None:
    """``told reporters on Friday that …``: a ``that`` within a few words after the cue.

    After a prepositional adjunct (``said in a posting to authors, illustrators and agents
    that …``, ``revealed on Dec. 11 that …``) the ``that`` may come further on.
    """
    head = st.text[pos : pos + 30].split(None, 2)
    lead = _bare(head[0]).lower() if head else ""
    # "said in a letter to authors, illustrators and agents that": after "in a letter" (the cue
    # phrase), "to" and a plural audience open the adjunct too
    audience = _bare(head[1]) if len(head) > 1 else ""
    adjunct = lead in _ADJUNCT_LEADS or (
        lead == "to" and audience.isalpha() and audience.islower() and audience.endswith("s")
    )
    # (an object may carry an appositive: "assured the public on Weibo, a social media site, that")
    toks = _first_tokens(st.text, pos, min(end, pos + (160 if adjunct else 110)), 16 if adjunct else 12)
    addressed = relative = False
    for j, (_s, e, t) in enumerate(toks):
        b = _bare(t).lower()
        if b == "that" and j > 0 and t in {"that", "that,"}:
            if _bare(toks[j - 1][2]).lower() in _NOUN_COMPLEMENT:
                return None  # "disputed the notion that …": the that-clause is the noun's, not a report
            if toks[j - 1][2] in {"of", "about", "on", "for", "with", "to", "from", "by"}:
                return None  # "said of that on-ramp …": a demonstrative after a preposition
            q = e
            while q < end and st.text[q] in " \t\u00a0,":
                q += 1
            if addressed and j + 1 < len(toks) and _bare(toks[j + 1][2]).lower() in pat.AUXILIARIES:
                return None  # "agreed to the terms that were offered": a relative clause
            if t == "that" and j + 1 < len(toks) and _relative_that(toks[j - 1][2], toks[j + 1][2]):
                return None  # "said the company that built the bridge …": a relative clause
            if q < end and st.text[q] not in "\"“‘'«„":
                return q
            # ('told reporters on Friday that “temporary burials” might …': a quoted subject)
            return _that_quote(st.text, q, end) if q < end else None
        if b == "to" and j == 0 and len(toks) > 1 and _addressee(toks[1][2]):
            addressed = True
            continue  # "confirmed to the Courier that …", "explained to reporters that …"
        if adjunct and (j > 0 or b == "to") and (b in _IN_ADJUNCT or t.endswith(",")):
            continue  # inside the adjunct: "in a letter to staff and investors on Friday that"
        if b == "who" and t == b and j > 0 and _bare(toks[j - 1][2]).isalpha() and not relative:
            relative = True  # "told teachers who covered the lawn that …": the people told, described
            continue
        if relative and (finite_verb(t) or b in _ADVERBS) and b not in {"if", "whether"}:
            continue  # (the relative clause's own verb: "who had gathered")
        if (b in pat.AUXILIARIES and (t[:1].islower() or b != "may")) or b in _NO_OBJECT_WORDS:
            return None  # (but "said in May that …": the month, no auxiliary)
        if (
            j > 0
            and b.endswith("ing")
            and len(b) > 5
            and b not in _ING_NOUNS
            and _bare(toks[j - 1][2]).lower() not in pat.DETERMINERS  # "cited the flooding as proof that"
        ):
            return None  # "admitted as much by agreeing that …": that belongs to another verb
        if t[-1:] in '.;:!?"”' and not (t.endswith(".") and t.rstrip(".") in MONTH_ABBREVIATIONS):
            return None
    return None


# Abstract nouns whose "that" clause is their content, not speech ("disputed the notion that …",
# "notes the requirement that …"); "concern", "fears", "claims", "his view that" report.
_NOUN_COMPLEMENT = frozenset(
    {"notion", "idea", "fact", "possibility", "requirement", "premise", "likelihood", "prospect",
     "assumption", "principle", "condition", "rule", "law", "hypothesis"}
)  # fmt: skip
# Words opening an adjunct between a cue and its "that" ("said in remarks to the council that").
_ADJUNCT_LEADS = frozenset({"in", "at", "during", "on", "via", "through", "after", "before"})
_IN_ADJUNCT = frozenset({"and", "to", "with", "on", "of", "for"})
_TIME_OR_AUDIENCE = frozenset(pat.TIME_WORDS) | {"reporters", "journalists", "media", "police", "court"}


def _relative_that(before: str, after: str) -> bool:
    """Whether ``that`` between ``before`` and ``after`` is a relative pronoun: a past verb
    right after it, or an auxiliary after a noun that is no time or audience word."""
    prev = _bare(before)
    if not (prev.isalpha() and prev[:1].islower()) or prev in _TIME_OR_AUDIENCE or prev.endswith("ly"):
        return False  # "did say however that limited visiting …", "told reporters that …"
    if prev in _ADVERBS or prev in pat.PREPOSITIONS or prev in pat.DETERMINERS:
        return False
    return finite_verb(after)
