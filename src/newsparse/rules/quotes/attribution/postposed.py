"""The cue after its clause: ``The plan will fail, the minister said.`` / ``…, said Jane Roe.``

:func:`final_attribution` reads a postposed or inverted cue that closes a sentence, with its
speaker before it (``X said``) or after it (``said X``), an appositive or an adjunct.
"""

from __future__ import annotations

import bisect
import re
from typing import TYPE_CHECKING

from newsparse.rules.quotes import patterns as pat
from newsparse.rules.quotes.attribution.shared import (
    _ADJUNCT_WORDS,
    _MAX_REPORTED,
    _NOMINATIVE,
    _NOT_GERUNDS,
    _SOURCE_NOUNS,
    _SUBJECT_PRONOUNS,
    _VERB_AFTER_AND,
    _mid_sentence,
    _reports_inside,
)
from newsparse.rules.quotes.attribution.speaker import _role_tail
from newsparse.rules.quotes.clause_shapes import finite_verb
from newsparse.rules.quotes.clauses import glued_start
from newsparse.rules.quotes.epithets import EXTRA_ROLES
from newsparse.rules.quotes.phrases import (
    NP,
    _bare,
    _first_tokens,
    _rstrip_to,
    _skip_ws,
    np_after,
    np_before,
    paren_initials,
)
from newsparse.rules.quotes.state import Raw

if TYPE_CHECKING:
    from newsparse.rules.quotes.state import State
    from newsparse.rules.quotes.vocab import Vocab


def final_attribution(
    st: State,
    cs: int,
    ce: int,
    cue: str,
    ss: int,
    se: int,
    send: int,
    inside: list[tuple[int, int]],
    cue_end: int,
) -> Raw | None:
    """``The plan will fail, the minister said.`` / ``…, said Jane Roe, a doctor.``

    ``cue_end`` is ``cue_phrase_end(st, ce, se)``, which the caller has already computed.
    """
    text = st.text
    v = st.vocab
    comma = text.rfind(",", max(ss, cs - 200), cs)
    if comma < 0 or text.startswith(" by ", ce):
        # ("The forum, proposed by Rep. Lee, was …": a passive participle describing a thing)
        return None
    ss = glued_start(text, ss, comma)  # "…months.The sensex …, X said": the glued sentence
    hend = _rstrip_to(text, ss, comma)
    comma_quoted = st.in_quote(comma)
    if comma_quoted and text[comma + 1 : comma + 2] in {'"', "”", "’"}:
        # 'The attack is “aimed at the transition,” Azzouz said.': the comma is inside the
        # closing mark of a fragment that opened mid-clause
        if not _fragment_ends_clause(st, ss, comma + 1) or _cue_within(st, ss, comma):
            # (another cue before the fragment: it is that cue's, "called it the “main
            # source,”"; and a run-on of such pieces never reaches back to its start, #8)
            return None
        hend = comma + 2
    elif comma_quoted:
        return None
    if (
        hend - ss < 12
        or text[ss] in "\"“‘'«„"
        or st.in_quote(ss)
        or _fronted_phrase_only(text, ss, hend)
        or text[ss : ss + 12].split(" ", 1)[0] in _QUESTION_PUT
    ):
        # (a clause never starts inside a quotation: '“… Bigger than that” announced …'; nor
        # is the question put to the speaker one: "Asked about the aid, Lee sighed.")
        return None
    if text[hend - 1] in '"”’»' and not _fragment_ends_clause(st, ss, hend - 1):
        return None
    np: NP | None
    # only white space between the comma and the cue (or the closing mark of a fragment the
    # comma sits in: 'China “vastly improved its …,” writes the AP.')
    adjacent = text[comma + 1 : cs].strip(' \t\n\u00a0”’"') == ""
    appos = _appositive_speaker(text, ss, comma, v.roles) if adjacent else None
    if appos is not None and not _cue_closes(text, cue_end, send, cue):
        # "Turkey, Poland, Bonaire and Saba have been removed from the Government’s list, said
        # Justice Secretary X": words after the cue that are no adjunct are its inverted speaker,
        # so the commas before it listed a subject (no name and its appositive)
        appos = None
    if appos is not None:
        # "CLAUSE, Ann Lee, a professor at Westfield, told the Courier.": the name before the appositive
        np, hend = appos
    elif adjacent:
        # inverted: "…, said Jane Roe, chief of X."
        if _reports_inside(st, ss, comma):
            return None  # "X stated that A, reported the Courier.": X speaks, the Courier relays
        if text[_skip_ws(text, cue_end) : cue_end + 12].split(" ", 1)[0] in _PARTICIPLE_ADJUNCTS:
            # "The program, announced in August, has drawn …": a participle describing the
            # thing before it, its adjunct after it; an inverted cue has its speaker next
            return None
        np = np_after(text, cue_end, send)
        if np is None or np.kind == "pron" or _demonstrative(text, np.start):
            return None  # ("…, stressed this point.": the cue's object, no one speaking)
        t = _skip_ws(text, np.end)
        close = text.find(")", t, min(send, t + 12)) + 1
        if close > 0 and paren_initials(text[t:close]):
            t = _skip_ws(text, close)  # "…, said the Harbour Authority (HA).": its initials
        tail = _role_tail(text, np.end, send, v)
        if tail is not None:
            np, t = NP(np.start, tail, "desc"), send  # "…, admitted the Real Madrid coach."
        if t < send and text[t] != "," and not _adjunct_after_inverted(text, np.end, t, send, cue, v):
            return None  # (but "…, said Lee in an email to staff.": an adjunct after the name)
    else:
        r = _skip_ws(text, cue_end)
        if (
            r < send
            and text[r] not in _AFTER_CUE_BREAKS
            and not _trailing_adjunct(text, r, send, cue)
            and not _colon_on(text, r, send)
        ):
            return None
        after = hend if hend > comma else comma + 1  # past a closing mark after the comma
        np = np_before(text, after, cs, v)
        it = _skip_ws(text, after)
        if np is None and text[it : _rstrip_to(text, it, cs)] == "it":
            np = NP(it, it + 2, "pron")  # "CLAUSE, it said.": the organisation, not an impersonal "it"
        if (np is None or np.start != it) and text.find(" who ", it, cs) > 0:
            np = _described_with_relative(text, it, cs) or np
        first = it
        if np is not None and np.start != first and text[first : np.start].lower() == "the ":
            np = NP(first, np.end, np.kind)  # "…, the Straits Times reported."
        if np is not None and np.start != first and _role_prefix(text[first : np.start], v):
            first = np.start  # "…, union leader Ann Moss announced.": the name after its role
        if np is not None and np.start != first and _possessed_name(text[first : np.start], np):
            first = np.start  # "…, our Jane Moss reported.", "…, its co-convenor Ravi Shah said."
        if np is None or np.kind == "coord" or np.start != first:
            return None
        if np.kind == "pron" and text[np.start : np.end].lower() in {"i", "we", "you"}:
            return None
        if cue not in v.lenient and _thing_described(text, np, v):
            return None  # "…, a deal announced on Monday.": a participle describing a thing
        if _report_goes_on(st, cue_end, send):
            # "Turnout is low, they say, and the mayor has not faced …": one report around the cue
            return Raw(ss, send, ss, send, "indirect", (cs, cue_end), np, "np", "indirect:after", ss)
    return Raw(ss, max(np.end, cue_end), ss, hend, "indirect", (cs, cue_end), np, "np",
                "indirect:after", ss)  # fmt: skip


def _report_goes_on(st: State, cue_end: int, send: int) -> bool:
    """``…, they say, and the billionaire has not confronted …``: after a postposed ``X say(s)``
    a coordinated clause (a subject, then a finite verb within a few words, no cue of its own)
    carries the report on to the sentence end."""
    text = st.text
    if not text.startswith((", and ", ", but "), cue_end) or send - cue_end > _MAX_REPORTED:
        return False
    at = cue_end + 6  # (", and " and ", but " alike)
    toks = _first_tokens(text, at, min(send, at + 80), 6)
    if len(toks) < 3 or _bare(toks[0][2]).lower() in _VERB_AFTER_AND or _cue_within(st, at, toks[-1][1]):
        return False
    first = toks[0][2]
    if not (
        first[:1].isupper()
        or first in {"the", "a", "an", "his", "her", "their", "its"}
        or first in _NOMINATIVE
    ):
        return False
    return any(finite_verb(t) for _s, _e, t in toks[1:])


# Prepositions right after a participle that open its adjunct ("announced in August", "unveiled
# last week", "released on Monday"): no inverted speaker follows
_PARTICIPLE_ADJUNCTS = frozenset({"in", "on", "at", "during", "last", "earlier", "this", "since", "after"})


# Passive participles opening a sentence with the question put to the speaker ("Asked about the
# aid, Lee sighed."): what comes before the comma is no report of theirs
_QUESTION_PUT = frozenset({"Asked", "Pressed", "Questioned", "Quizzed", "Challenged"})


def _fronted_phrase_only(text: str, ss: int, hend: int) -> bool:
    """``In September, the inquiry asked for …``: the words before the comma are a fronted
    prepositional phrase of at most four words with no verb, not a reported clause."""
    if hend - ss > 40:
        return False
    words = text[ss:hend].split()
    return (
        len(words) <= 4
        and words[0].lower() in pat.PREPOSITIONS
        and not any(finite_verb(w) or w.lower() in _SUBJECT_PRONOUNS for w in words)
    )


def _colon_on(text: str, r: int, send: int) -> bool:
    """``CLAUSE, Lee said: Swift action will help.``: a colon after the postposed cue opens a
    sentence of its own (capitalised, not a quotation); the clause before the cue is reported."""
    return text.startswith(": ", r) and r + 2 < send and text[r + 2].isupper()


def _demonstrative(text: str, pos: int) -> bool:
    """Whether the phrase at ``pos`` opens with ``this``/``that``/``these``/``those``."""
    return text[pos : pos + 6].split(" ", 1)[0].lower() in {"this", "that", "these", "those"}


# Singular nouns for a person or a body that speaks after "a"/"an" ("…, a source confirmed")
_SPEAKING_NOUNS = frozenset(
    {"source", "person", "official", "witness", "spokesman", "spokeswoman", "spokesperson", "statement",
     "report", "study", "survey", "poll", "letter", "filing", "release", "document", "memo", "agency",
     "company", "firm", "group", "union", "ministry", "court", "judge", "panel", "committee", "board"}
)  # fmt: skip


def _thing_described(text: str, np: NP, v: Vocab) -> bool:
    """Whether ``np`` is ``a``/``an`` + a noun that cannot speak (``a deal``, ``a move``): a
    strict cue's ``-ed`` form after it is a participle describing it, not an attribution."""
    words = text[np.start : np.end].split()
    if len(words) < 2 or words[0].lower() not in {"a", "an"}:
        return False
    k = 1  # the head noun: the last word before a modifier ("a pilot involved in the search")
    while k + 1 < len(words) and not (
        words[k + 1] in pat.PREPOSITIONS
        or words[k + 1].endswith(("ed", "ing"))
        or words[k + 1] in {"who", "with"}
    ):
        k += 1
    head = _bare(words[k]).lower()
    return not (head in v.roles or head in v.groups or head in _SPEAKING_NOUNS or head in _SOURCE_NOUNS)


# What may follow a postposed cue and its speaker: a comma, or a dash opening an aside ("…, the
# IMF report says — also in line with …")
_AFTER_CUE_BREAKS = frozenset(",—–")
_POSSESSIVE_DETS = frozenset({"our", "its", "their", "his", "her", "my"})


def _possessed_name(words: str, np: NP) -> bool:
    """Whether ``words`` before the name ``np`` are a possessive determiner and perhaps role
    words (``our``, ``its co-convenor``, ``their lawyer``): the name after them speaks."""
    if np.kind != "name":
        return False
    parts = words.split()
    if not parts or parts[0].lower() not in _POSSESSIVE_DETS:
        return False
    rest = parts[1:]
    # (any role words: a possessive and a capitalised name after them leave no other reading)
    return len(rest) <= 3 and all(w.replace("-", "").isalpha() and w[:1].islower() for w in rest)


def _role_prefix(words: str, v: Vocab) -> bool:
    """Whether ``words`` are the role words before a name (``union leader``, ``local trader``,
    ``harbour board chair``, ``Fed governor``, ``former Google engineer``), or only a word
    dating a title the name's phrase holds (``former`` before ``Fed Vice Chair Donald Kohn``):
    the name after them is the speaker."""
    parts = words.split()
    if not 1 <= len(parts) <= 4 or not all(w.replace("-", "").isalpha() for w in parts):
        return False
    if all(w.lower() in _TITLE_DATING for w in parts):
        return True
    # (the words before the role may be capitalised: "Fed", "Google", "Labour" name the body
    # it belongs to; a name among them would have been read into the name's own phrase)
    last = parts[-1]
    return last[:1].islower() and (last in v.roles or last in EXTRA_ROLES)


# Words before a title that date it or say its standing, never part of anyone's name
_TITLE_DATING = frozenset({"former", "then", "ex", "acting", "outgoing", "incoming", "interim", "retired"})


def _cue_within(st: State, lo: int, hi: int) -> bool:
    """Whether a cue starts in ``[lo, hi)``."""
    starts = st.cue_starts
    k = bisect.bisect_left(starts, lo)
    return k < len(starts) and starts[k] < hi


def _fragment_ends_clause(st: State, ss: int, close: int) -> bool:
    """``… to be SPH's "key earnings contributor", said Mr Yeo``: the mark at ``close`` ends a
    quoted fragment that opened inside the clause, not a whole quote."""
    text = st.text
    found = st.quote_closing_at(close)
    if found is None:
        return False
    o, c = found
    # a fragment starts in lower case ("is “also aimed at …,” X said"); a capitalised
    # quote after a dash is a sentence of its own ("— “I now do recall,” he said")
    q = _skip_ws(text, o + 1)
    return _mid_sentence(text, ss, o) and q < c and text[q].islower()


_TOLD = frozenset({"told", "tells", "tell", "telling", "wrote", "writes"})


def _cue_closes(text: str, cue_end: int, send: int, cue: str) -> bool:
    """Whether the cue ending at ``cue_end`` closes its sentence: nothing, a comma or an adjunct
    after it (``…, told the Courier.``), so its speaker stands before it."""
    r = _skip_ws(text, cue_end)
    return r >= send or text[r] == "," or _trailing_adjunct(text, r, send, cue)


def _trailing_adjunct(text: str, r: int, send: int, cue: str) -> bool:
    """Whether ``text[r:send]`` after a postposed cue is an adjunct or object, not more clause."""
    if cue in _SAID_FORMS and _participle_phrase(text, r, send):
        return True  # "…, he said citing a port report.": the speaker's act, no comma before it
    if send - r > 90:
        return False  # (tested before slicing: the rest of a run-on "sentence" is never copied)
    rest = text[r:send]
    if '"' in rest or "“" in rest or "," in rest or (" that " in rest and not _relative_that_in(rest)):
        return False
    words = rest.split()
    first = words[0] if words else ""
    if first == "and" and 3 <= len(words) <= 8 and finite_verb(words[-1]) and not _reports_words(words):
        return True  # "…, residents said and videos from both groups showed.": a second source
    if first in _ADJUNCT_WORDS and _auxiliary_before_relative(words):
        # "…, said indigenous people in the region were used to it": the "adjunct" ends in the
        # verb of a clause, so the words after the cue were its subject, no inverted speaker
        return False
    if first in _ADJUNCT_WORDS or (cue in _TOLD and (first[:1].isupper() or first in {"the", "a", "an"})):
        return True
    # "…, Lee told lawmakers.", "…, she told local media.": the people told, a few words, no verb
    return (
        cue in _TOLD and len(words) <= 4 and not any(finite_verb(w) or w in _SUBJECT_PRONOUNS for w in words)
    )


def _auxiliary_before_relative(words: list[str]) -> bool:
    """Whether an auxiliary (``were``, ``has``) comes among ``words`` before any relative word
    (``…in an email that was reviewed``: the relative clause's own verb does not count)."""
    for word in words[1:]:
        low = _bare(word).lower()
        if low in _RELATIVE_WORDS:
            return False
        if low in pat.AUXILIARIES:
            return True
    return False


_RELATIVE_WORDS = frozenset({"that", "which", "who", "whom", "where", "when", "whose"})


_SAID_FORMS = frozenset({"said", "says"})
_MAX_PARTICIPLE_TAIL = 240  # characters of a participle phrase closing the sentence after "X said"


def _participle_phrase(text: str, r: int, send: int) -> bool:
    """``CLAUSE, CEA said identifying services as a key driver.``: after a postposed ``said`` a
    lower-case ``-ing`` word opens a participle phrase of the speaker (what they did while
    speaking), not more of the reported clause (which came before the cue)."""
    if send - r > _MAX_PARTICIPLE_TAIL:
        return False
    word = text[r : r + 20].split(" ", 1)[0]
    return (
        len(word) > 5
        and word.endswith("ing")
        and word.isalpha()
        and word.islower()
        and word not in _NOT_GERUNDS
        and word not in {"according", "saying", "during"}
    )


_INVERTED_ADJUNCT_LEADS = frozenset(
    {"in", "on", "at", "during", "via", "through", "from", "after", "before", "while"}
)


def _adjunct_after_inverted(text: str, np_end: int, t: int, send: int, cue: str, v: Vocab) -> bool:
    """``…, said Marcelo Claure in an email to staff that was reviewed by Reuters.``: after an
    inverted ``said``-like cue and its speaker, a prepositional adjunct closes the sentence
    (never after a cue that takes an object: ``…, posted a photo of the squad shortly after``)."""
    if t <= np_end:
        return False
    first = text[t : t + 16].split(" ", 1)[0]
    if first in _SPEAKER_CLAUSE_LEADS and _pronoun_next(text, t + len(first)):
        return True  # "…, warns Director Ann Lee as she urged countries to …": the speaker's own act
    if cue not in v.lenient:
        return False
    if _participle_modifier(first) and send - t <= 200 and text.find(",", t, send) < 0:
        return True  # "…, says a report highlighting the “rise of …” in hospitals."
    return first in _INVERTED_ADJUNCT_LEADS and _trailing_adjunct(text, t, send, cue)


# Subordinators after an inverted speaker that open a clause of the speaker's own when a
# pronoun (the speaker) follows: "…, warns Ann Lee as she urged …", "…, said Lee while he …"
_SPEAKER_CLAUSE_LEADS = frozenset({"as", "while", "when", "after", "before"})
_SPEAKER_PRONOUNS = frozenset({"he", "she", "they"})


def _pronoun_next(text: str, pos: int) -> bool:
    """Whether the word after ``pos`` is a subject pronoun (``he``, ``she``, ``they``)."""
    words = text[pos : pos + 8].split(None, 2)
    return bool(words) and words[0] in _SPEAKER_PRONOUNS


_MODIFIER_PARTICIPLES = frozenset(
    {"published", "released", "issued", "commissioned", "compiled", "seen", "obtained"}
)


def _participle_modifier(word: str) -> bool:
    """Whether ``word`` opens a participle phrase describing a source (``a report highlighting
    …``, ``a study published on Monday``)."""
    return word in _MODIFIER_PARTICIPLES or (
        word.endswith("ing") and word.isalpha() and word.islower() and len(word) > 5
    )


def _reports_words(words: list[str]) -> bool:
    """Whether ``words`` hold a subject pronoun (``and he left``: a clause of the speaker's own)."""
    return any(w.lower() in _SUBJECT_PRONOUNS for w in words)


def _relative_that_in(rest: str) -> bool:
    """Whether ``that`` in an adjunct opens a relative clause (``in an email to staff that was
    reviewed by Reuters``): a finite verb right after it, not a clause's subject."""
    after = rest.split(" that ", 1)[1].split(None, 1)
    return bool(after) and finite_verb(after[0])


# "…, a senior official who asked not to be named said.": a description carrying a relative clause
_RELATIVE_DESCRIPTION = re.compile(
    r"(?:a|an|the|one|two|three|another|several)[ ](?:(?!who[ ])[\w’'-]{1,30}+[ ]){0,4}+(?=who[ ])",
    re.IGNORECASE,
)


def _described_with_relative(text: str, it: int, cs: int) -> NP | None:
    """The unnamed speaker ``a senior official`` of ``…, a senior official who asked not to be
    named said.``: a determiner, up to five words, then ``who`` and no comma before the cue."""
    if cs - it > 100 or "," in text[it:cs]:
        return None
    m = _RELATIVE_DESCRIPTION.match(text, it, cs)
    if m is None:
        return None
    return NP(it, _rstrip_to(text, it, m.end()), "desc")


_NAME_SEG = re.compile(r"(?:[A-Z][\w’'.-]{0,30}+[ ]){0,3}+[A-Z][\w’'-]{0,30}+")


def _appositive_speaker(text: str, ss: int, comma: int, roles: frozenset[str]) -> tuple[NP, int] | None:
    """``CLAUSE, NAME, APPOSITIVE, cue``: the name and where the clause ends, or None.

    The appositive opens with an article or a lower-case word, holds a possessive (``Ellis's
    lawyer``) or a role word after its body's name (``Vector Space Systems CEO and a founder``);
    the name is one to four capitalised words between two commas.
    """
    prev = text.rfind(",", max(ss, comma - 120), comma)
    if prev < 0:
        return None
    seg = text[prev + 1 : comma].strip()
    first = seg.split(" ", 1)[0]
    age = seg.isdigit() and len(seg) <= 3  # "…, Lee, 45, said."
    if not seg or not (
        age
        or first in {"a", "an", "the"}
        or first[:1].islower()
        or "’s " in seg
        or "'s " in seg
        or _names_a_role(seg, roles)
    ):
        return None
    name_end = prev
    start = text.rfind(",", max(ss, prev - 60), prev)
    if start < 0:
        return None
    ns = _skip_ws(text, start + 1)
    if start - ss < 12:
        return None
    if _NAME_SEG.fullmatch(text, ns, name_end) is not None:
        return NP(ns, name_end, "name"), start
    described = text[ns:name_end].split()
    if seg.startswith("who ") and 2 <= len(described) <= 5 and described[0] in _UNNAMED_DETERMINERS:
        return NP(ns, name_end, "desc"), start  # "…, the official, who declined to be named, said."
    return None


def _names_a_role(seg: str, roles: frozenset[str]) -> bool:
    """Whether the capitalised appositive ``seg`` holds a role word (``Acme Rail CEO``, ``Lark
    Labs chief scientist``) within its first six words: a description of the name before it."""
    return any(word.lower() in roles or word in EXTRA_ROLES for word in seg.split()[:6])


_UNNAMED_DETERMINERS = frozenset({"the", "a", "an", "one", "another", "two", "three"})
