"""Stage 2, attribution: the cue and speaker phrase of each quotation, and reported speech.

:func:`direct_quote` looks after a quotation (``“…,” said Jane Roe``), before it (``Jane Roe
said: “…”``), at a ``From X:`` header and at a colon intro ending the previous paragraph;
:func:`reported_speech` reads ``X said (that) CLAUSE``, ``CLAUSE, X said.`` and ``according
to X, CLAUSE``. Both return a :class:`~newsparse.rules.quotes.state.Raw` record whose speaker
is still a noun phrase; :mod:`~newsparse.rules.quotes.speakers` resolves it.
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Iterable, Iterator
from typing import TYPE_CHECKING

from newsparse.rules.quotes import patterns as pat
from newsparse.rules.quotes.as_clause import as_clause_report
from newsparse.rules.quotes.clause_shapes import (
    FRONTED_OPENERS,
    MONTH_ABBREVIATIONS,
    PARTITIVES,
    addressee,
    adjunct_then_clause,
    dashed_aside,
    finite_verb,
    fronted_clause,
    listed_subject,
    relative_subject,
    subordinate_end,
    tell_object,
    two_verb_groups,
)
from newsparse.rules.quotes.clauses import (
    clause_end,
    glued_sentence,
    glued_start,
    object_infinitive,
    question_clause,
)
from newsparse.rules.quotes.gap_clause import gap_report
from newsparse.rules.quotes.names import given_sex
from newsparse.rules.quotes.phrases import (
    _ADVERBS,
    _SUBJ_START,
    NP,
    _abbrev_dot,
    _bare,
    _ends_punct,
    _first_tokens,
    _is_cap,
    _rstrip_to,
    _skip_ws,
    _tokens,
    np_after,
    np_before,
    np_closed,
    sentence_subject,
)
from newsparse.rules.quotes.state import Raw
from newsparse.rules.quotes.vocab import BASE_FORMS
from newsparse.text.lazy import deferred_regex

if TYPE_CHECKING:
    from newsparse.rules.quotes.marks import Segment
    from newsparse.rules.quotes.state import State
    from newsparse.rules.quotes.vocab import Vocab

_THAT = re.compile(r"that(?![\w'’])")
_TELL = frozenset({"told", "tells", "tell", "telling"})
# "told the BBC: “…”", "told Sky News, “…”"
_TOLD_OBJECT = re.compile(
    r"[ \t\u00a0]++(?:the[ ]|a[ ])?[A-Z][\w.&’'-]{0,30}+(?:[ ][A-Z][\w.&’'-]{0,30}+){0,3}+"
    r"[ \t]*+[:,]?[ \t\u00a0]*+"
)
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
    if not quantity and fl in FRONTED_OPENERS:
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
        if b in pat.AUXILIARIES:
            return p
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
            if j >= (10 if quantity else 8 if gerund else 6 if lenient else 3) or closing:
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
# "-ing" words that are nouns, never a gerund opening a subject ("said using the service had …"
# is one; "said nothing had changed" is not, nor "said thing")
_NOT_GERUNDS = frozenset(
    {"nothing", "something", "everything", "anything", "thing", "things", "king", "sting"}
)
# Verbs of the speaker that may follow "and" after a cue's object ("confirmed the arrests and
# said …", "denied the claims and called them …"): never a subject's words
_VERB_AFTER_AND = frozenset(
    {"said", "says", "added", "told", "called", "urged", "warned", "insisted", "accused", "vowed",
     "promised", "denied", "described", "noted", "asked", "stressed", "claimed", "declined", "refused"}
)  # fmt: skip
_NOMINATIVE = frozenset({"he", "she", "they", "we", "i"})


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


# -- direct quotes -------------------------------------------------------


def direct_quote(
    st: State,
    seg: Segment,
    si: int,
    segs: list[Segment],
    sents: list[tuple[int, int]],
    starts: list[int],
    cue_matches: list[tuple[int, int, str]],
    used: set[int],
    ps: int,
    pe: int,
    pi: int,
    prev_intro: tuple[NP | None, tuple[int, int] | None, str, int] | None,
) -> Raw | None:
    text = st.text
    cstart, cend = seg.origin + 1, seg.close
    while cstart < cend and text[cstart].isspace():
        cstart += 1
    while cend > cstart and text[cend - 1] in " \t\u00a0":
        cend -= 1
    if cend <= cstart:
        return None
    qend = seg.close + 1 if seg.closed else seg.close
    # the regions outside the marks, within the sentence(s)
    k_open = max(bisect.bisect_right(starts, seg.open) - 1, 0)
    k_close = max(bisect.bisect_right(starts, max(seg.close - 1, seg.open)) - 1, 0)
    prev_close = segs[si - 1].close + 1 if si > 0 else ps
    next_open = segs[si + 1].open if si + 1 < len(segs) else pe
    pre_lo = max(prev_close, sents[k_open][0], seg.open - 250, ps)
    sent_end = max(sents[k_close][1], qend)
    last = text[max(cstart, cend - 4) : cend].rstrip("’'\"”»")[-1:]
    if seg.closed and last in {"?", "!"} and sent_end <= qend + 1 and k_close + 1 < len(sents):
        # “… ask, ‘Is it done?’” Holmes testified.: the splitter ended the sentence at the mark
        sent_end = sents[k_close + 1][1]
    suf_hi = min(next_open, sent_end, qend + 250, pe)
    rule = "direct"
    if title_or_nickname(st, seg, cstart, cend, qend):
        if not st.keep_scare:
            return None
        return Raw(seg.origin, qend, cstart, cend, "scare", None, None, "scare", "scare", 0)
    # 1. suffix: “…,” he said / said Jane Roe / — Commissioner X / according to X
    if seg.closed:
        dm = pat.DASH_SIGNATURE.match(text, qend, suf_hi)
        if dm is not None and "(@" not in text[dm.end() : suf_hi]:
            np = np_after(text, dm.end(), suf_hi)
            if np is not None and np.kind == "name":
                return Raw(seg.origin, np.end, cstart, cend, "direct", (dm.start(), dm.end()),
                            np, "np", "direct:dash", 0)  # fmt: skip
        cs_lo = bisect.bisect_left(st.cue_starts, qend)
        cs_hi = bisect.bisect_left(st.cue_starts, suf_hi)
        for cs, ce, cue in cue_matches[cs_lo:cs_hi]:
            if cue in st.vocab.fragment:
                continue
            between = text[qend:cs]
            if len(between) > 90 or _sentence_stop(between):
                break
            if cue in st.vocab.according and _fragment_cue_before(st, cue_matches, pre_lo, seg.open):
                # "Lee called the reversal “heartbreaking,” according to the Courier": the
                # fragment is Lee's word; the outlet reports the sentence, not the word
                break
            np, mode = speaker_for(st, cs, ce, cue, qend, suf_hi, after_quote=True)
            if np is None:
                break
            if not _mid_sentence(text, sents[k_open][0], seg.open):
                used.add(cs)  # a fragment inside a clause also counts as that clause's reported speech
            cue_end = cue_phrase_end(st, ce, suf_hi)
            end = max(cue_end, np.end if np else cue_end)
            return Raw(seg.origin, end, cstart, cend, "direct", (cs, cue_end), np, mode,
                        "direct:after", sents[k_open][0])  # fmt: skip
    # 2. prefix: Jane Roe said: “…” / According to X, “…” / He said the plan was “…”
    cs_lo = bisect.bisect_left(st.cue_starts, pre_lo)
    cs_hi = bisect.bisect_left(st.cue_starts, seg.open)
    for cs, ce, cue in reversed(cue_matches[cs_lo:cs_hi]):
        if ce > seg.open or (cue[-1:] == "d" and _attributive(text, pre_lo, cs, cue)):
            # ("voters using the proposed “identifiers”": a participle before a noun, no cue)
            continue
        split = si > 0 and pre_lo == prev_close  # “A,” said X, “B.”
        np, mode = speaker_for(st, cs, ce, cue, pre_lo, seg.open, after_quote=split)
        if np is None and mode != "subject":
            continue
        gap = text[ce : seg.open]
        adjacent = len(gap) < 60 and not ("." in gap or "!" in gap or "?" in gap)
        cue_end = cue_phrase_end(st, ce, seg.open)
        if cue in st.vocab.fragment:
            if len(gap) > 60:
                continue
            rule = "direct:fragment"
        elif adjacent and (
            text[cue_end : seg.open].strip(" \t\u00a0,:") in {"", "that"}
            or (cue in _TELL and _TOLD_OBJECT.fullmatch(text, cue_end, seg.open))
        ):
            if not _fragment_subject(text, seg, cstart, cend):
                used.add(cs)  # (a quoted subject of a clause leaves the cue to report the clause too)
            rule = "direct:before"
        else:
            rule = "direct:fragment"
        start = min(np.start if np else cs, cs)
        return Raw(start, qend, cstart, cend, "direct", (cs, cue_end), np, mode,
                    rule, sents[k_open][0])  # fmt: skip
    # 3. From X: header in the same paragraph before the quote
    fm = None
    for m in pat.FROM_HEADER.finditer(text, pre_lo, seg.open):
        fm = m
    if fm is not None and text[pre_lo : fm.start()].strip() == "":
        np = np_after(text, fm.end(), seg.open)
        if np is not None and text[np.end : seg.open].strip(" ,:") == "":
            return Raw(fm.start(), qend, cstart, cend, "direct", None, np, "np", "direct:from", 0)
    # 3b. a name and a colon opening the paragraph: 'Ann Moss: “We will not give up.”' (live
    # blogs, transcripts)
    header = _name_header(text, ps, seg.open) if pre_lo == ps else None
    if header is not None:
        return Raw(header.start, qend, cstart, cend, "direct", None, header, "np", "direct:from", 0)
    # 3c. a name's words before a colon: "nothing matched the power of Obama’s words: “…”",
    # "Lee’s message was short: “…”"
    if text[max(pre_lo, seg.open - 3) : seg.open].rstrip(" \t\u00a0").endswith(":"):
        owner = _words_owner(text, pre_lo, seg.open)
        if owner is not None:
            return Raw(owner.start, qend, cstart, cend, "direct", None, owner, "np", "direct:words", 0)
    # 4. a colon intro ending the previous paragraph: "Jane Roe said:" + quote paragraph
    opi = bisect.bisect_right(st.para_starts, seg.origin) - 1
    prev_intro = st.intros.get(opi - 1)
    if prev_intro is not None and text[st.para_starts[opi] : seg.origin].strip() == "":
        np, intro_cue, mode, _ = prev_intro
        start = np.start if np else (intro_cue[0] if intro_cue else seg.open)
        return Raw(start, qend, cstart, cend, "direct", intro_cue, np, mode, "direct:colon", 0)
    # 5. no cue: a follow-on paragraph, a block quote, or a scare quote / title
    content = text[cstart:cend]
    words = content.count(" ") + 1
    ends_sentence = text[cstart : seg.close].rstrip()[-1:] in ".!?…,"
    if (words <= 4 and not (ends_sentence and words >= 3)) or (
        not ends_sentence and _capitalised_words(st, cstart, cend) >= 0.6 * words
    ):
        if not st.keep_scare:
            return None
        return Raw(seg.origin, qend, cstart, cend, "scare", None, None, "scare", "scare", 0)
    return Raw(seg.origin, qend, cstart, cend, "direct", None, None, "none", "direct:follow-on",
                sents[k_open][0])  # fmt: skip


_HEADER_TITLES = frozenset({"Mr", "Mrs", "Ms", "Dr", "Prof", "Sir", "Dame", "Senator", "Sen", "Rep", "Gov"})


# "Obama’s words:", "Lee’s message to staff was short:", "the minister’s reply:": a possessive
# speaker, a noun of what was said, up to four words after it, then the colon before the quote
# (bounded repeats, matched at the end of the stretch before the mark)
_WORDS_OF = deferred_regex(
    r"(?P<owner>[A-Z][\w.-]{0,30}+(?:[ ][A-Z][\w.-]{0,30}+){0,3}+)[’']s[ ](?:[a-z-]{2,20}+[ ]){0,2}"
    r"(?:words|remarks|message|statement|reply|response|answer|comments?|speech|address|plea|"
    r"warning|advice|verdict|promise|vow|post|tweet|note|letter|retort|explanation)"
    r"(?:[ ][\w’'-]{1,20}+){0,4}+:[ \t\u00a0]*+$"
)


def _words_owner(text: str, lo: int, open_: int) -> NP | None:
    """The name whose words a colon introduces right before the mark at ``open_``
    (``the power of Obama’s words: “…”``), else None. One match over at most 120 characters."""
    m = _WORDS_OF.search(text, max(lo, open_ - 120), open_)
    if m is None:
        return None
    return NP(m.start("owner"), m.end("owner"), "name")


def _name_header(text: str, ps: int, open_: int) -> NP | None:
    """``Ann Moss: “…”``: two to four capitalised words and a colon, alone before the quote (not
    ``BREAKING NEWS:``, ``Watch Live:``: words in capitals or a stop word first)."""
    if open_ - ps > 50 or open_ - ps < 6:
        return None
    head = text[ps:open_].rstrip(" \t\u00a0")
    if not head.endswith(":"):
        return None
    words = head[:-1].split()
    if not 2 <= len(words) <= 4 or words[0] in pat.STOP_CAPS or words[0].lower() in pat.DETERMINERS:
        return None
    if given_sex(head[:-1]) is None and words[0].rstrip(".") not in _HEADER_TITLES:
        return None  # a person's name: a given name of one sex, or a title ("Watch Live:" is none)
    for w in words:
        core = w.replace("-", "").replace("'", "").replace("’", "").rstrip(".")
        if not (core.isalpha() and w[:1].isupper() and not (len(core) > 1 and core.isupper())):
            return None
    start = ps + (len(text[ps:open_]) - len(text[ps:open_].lstrip()))
    return NP(start, start + len(head) - 1, "name")


def _capitalised_words(st: State, cstart: int, cend: int) -> int:
    """How many white-space separated words of ``text[cstart:cend]`` start with a capital.

    A quote continued over many paragraphs keeps its ``cstart`` while ``cend`` grows, so the
    count of the part that ends at white space is kept and only the new paragraph is read:
    a long continued quote costs its length once, not once per paragraph.
    """
    text = st.text
    upto, caps = st.caps_cache.get(cstart, (cstart, 0))
    if upto > cend:
        upto, caps = cstart, 0
    st.chars_read += cend - upto
    caps += sum(1 for w in text[upto:cend].split() if w[:1].isupper())
    if cend < len(text) and text[cend].isspace():
        st.caps_cache[cstart] = (cend, caps)
    return caps


def fragment_pair(st: State, seg: Segment, prev: Segment, last: Raw) -> Raw | None:
    """``called it "safe" and "oddly polite"``: a fragment joined to an attributed fragment."""
    text = st.text
    if last.origin != prev.origin or not last.rule.endswith("fragment") or not seg.closed:
        return None
    between = text[prev.close + 1 : seg.open]
    joined = between.strip(" \t\u00a0,") in {"and", "or", "and even", "but"}
    cstart, cend = seg.origin + 1, seg.close
    while cstart < cend and text[cstart].isspace():
        cstart += 1
    while cend > cstart and text[cend - 1] in " \t\u00a0":
        cend -= 1
    if cend <= cstart or cend - cstart > 200:
        return None
    if not joined and not (
        # "said Haley was "strong" and came across as "knowledgeable"": a later lower-case
        # fragment of the same reported clause, no sentence break and no other cue between
        text[cstart].islower()
        and len(between) <= 150
        and not _sentence_stop(between)
        and last.mode in {"np", "subject"}
        and not any(prev.close < c < seg.open for c in st.cue_starts)
    ):
        return None
    return Raw(last.start, seg.close + 1, cstart, cend, "direct", last.cue, last.np, last.mode,
                last.rule, last.sentence)  # fmt: skip


def title_or_nickname(st: State, seg: Segment, cstart: int, cend: int, qend: int) -> bool:
    """``the thriller "Deep Water",`` / ``Sam "Sledge" Hollister``: a title or nickname, not a quote."""
    text = st.text
    content = text[cstart:cend]
    if title_cased(content):
        return True
    if _scare_lead(text, seg.open) and len(content) <= 40 and content[-1:] not in ".!?…":
        return True
    if content[-1:] in ".," and _work_title_closing(st, seg, content[:-1]):
        return True  # 'gone to the comedy “Driftwood.”': American style keeps the stop inside
    if len(content) <= _NAME_CHARS and content[-1:] not in "?!…" and _naming_lead(text, seg.open):
        return True  # 'a philosophy called “lying flat,”': a name given to something
    if not content[:1].isupper() or content[-1:] in ".!?…," or len(content) > 100:
        return False
    words = content.split()
    if sum(1 for w in words if w[:1].isupper()) < 0.6 * len(words):
        return False
    before = _tokens(text, max(0, seg.open - 30), seg.open)
    prev = before[-1][2] if before and before[-1][1] == seg.open - 1 else ""
    if _bare(prev).lower() in st.vocab.work_nouns or _bare(prev).lower() in _DOCUMENT_NOUNS:
        return True
    if len(content) > 60:
        return False
    after = text[qend : qend + 2]
    return (
        len(words) <= 2
        and _is_cap(prev)
        and not _ends_punct(prev)
        and after[:1] == " "
        and after[1:2].isupper()
    )


def _work_title_closing(st: State, seg: Segment, title: str) -> bool:
    """Whether ``title`` (a quote's content without the stop American style puts inside the
    marks) is a capitalised title right after a work noun (``the comedy “Driftwood.”``)."""
    words = title.split()
    if not 1 <= len(words) <= 6 or not all(w[:1].isupper() or w in _TITLE_SMALL_WORDS for w in words):
        return False
    before = _tokens(st.text, max(0, seg.open - 30), seg.open)
    prev = before[-1][2] if before and before[-1][1] == seg.open - 1 else ""
    # ("called the show “Brilliant.”": a verdict on the work, governed by the verb)
    return _bare(prev).lower() in st.vocab.work_nouns and not any(
        _bare(t[2]).lower() in _CALLING for t in before[-4:-1]
    )


_CALLING = frozenset(
    {"call", "calls", "called", "calling", "described", "describes", "labelled", "labeled", "branded",
     "deemed", "hailed", "praised", "panned"}
)  # fmt: skip
_TITLE_SMALL_WORDS = frozenset({"a", "an", "the", "of", "and", "in", "on", "at", "to", "for", "or"})


# Nouns naming a document, plan or scheme: a capitalised quote after one is its name
# ("in its document 'Technology Vision for Cyber Security'").
_DOCUMENT_NOUNS = frozenset(
    {"document", "paper", "study", "strategy", "plan", "policy", "bill", "scheme", "initiative", "vision",
     "framework", "roadmap", "mission", "operation", "project", "manifesto", "charter", "act", "brand"}
)  # fmt: skip
# Words right before a mark that make the quote a mention: "so-called “superstorm”", "the word
# “crisis”", "the slogan “Build Back”" (a speech verb before them still attributes a fragment).
_MENTION_LEAD = frozenset(
    {
        "so-called",
        "so‑called",
        "word",
        "words",
        "term",
        "phrase",
        "label",
        "slogan",
        "hashtag",
        "tagline",
        "motto",
        "catchphrase",
        "mantra",
        # a title given to a piece: "an op-ed titled “Why the bridge must be saved”"
        "titled",
        "entitled",
        "headlined",
        "captioned",
    }
)


# Verbs that give something a name when the mark follows them at once, with no object between
# ("a trend dubbed “quiet quitting”", "areas called “care deserts.”", "what is known as a
# “deepfake.”"); with an object they attribute a fragment ("called the plan “reckless”"), so
# only the verb itself, or the verb and an article, may stand right before the mark.
_NAMING_LEAD = frozenset(
    {"called", "calling", "dubbed", "dubbing", "nicknamed", "named", "branded", "labelled", "labeled",
     "christened", "as"}
)  # fmt: skip
_NAME_ARTICLES = frozenset({"a", "an", "the"})
_NAME_CHARS = 40
"""The longest quoted name a naming verb gives (longer quoted words are what someone said)."""


def _naming_lead(text: str, open_: int) -> bool:
    """Whether a naming verb, perhaps with an article, stands right before the mark at
    ``open_`` (``dubbed “Bidenomics”``, ``known as a “deepfake.”``): a name, not speech."""
    if text[open_ - 1 : open_] != " ":
        return False
    words = text[max(0, open_ - 24) : open_].lower().split()
    if len(words) >= 2 and words[-1] in _NAME_ARTICLES:
        words.pop()
    if not words or words[-1] not in _NAMING_LEAD:
        return False
    return words[-1] != "as" or (len(words) >= 2 and words[-2] == "known")  # "known as", not "as"


def _scare_lead(text: str, open_: int) -> bool:
    """Whether the word right before the mark at ``open_`` marks a mention, not speech."""
    if text[open_ - 1 : open_] != " ":
        return False  # (the cheap literal check first: no copy of the words before)
    words = text[max(0, open_ - 20) : open_].split()
    # ("The company's motto, “move fast …”,": an appositive comma after the noun too)
    return bool(words) and words[-1].lower().rstrip(",:") in _MENTION_LEAD


def colon_intro(
    st: State,
    ps: int,
    pe: int,
    sents: list[tuple[int, int]],
    cue_matches: list[tuple[int, int, str]],
    pi: int,
) -> tuple[NP | None, tuple[int, int] | None, str, int] | None:
    """A paragraph ending in ':' that names a speaker introduces the next paragraph's quote."""
    text = st.text
    tail = text[ps:pe].rstrip()
    if not tail.endswith(":"):
        return None
    ss, se = sents[-1]
    for cs, ce, cue in reversed(cue_matches[bisect.bisect_left(st.cue_starts, ss) :]):
        np, mode = speaker_for(st, cs, ce, cue, ss, se, after_quote=False)
        if np is not None or mode == "subject":
            return (np, (cs, cue_phrase_end(st, ce, se)), mode, pi)
    m = pat.FROM_HEADER.match(text, ss, se)
    if m is not None:
        np = np_after(text, m.end(), se)
        if np is not None:
            return (np, None, "np", pi)
    return None


def cue_phrase_end(st: State, ce: int, hi: int) -> int:
    m = pat.ADJUNCT.match(st.text, ce, hi)
    return m.end() if m else ce


# -- speakers -------------------------------------------------------------


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
        # inverted after a comma inside the sentence: "…, said the minister."
        if gap.rstrip().endswith(","):
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


def _fragment_subject(text: str, seg: Segment, cstart: int, cend: int) -> bool:
    """``saying "the virus" would be responsible``: a short lower-case quote that a finite verb
    follows is the subject of a reported clause, not the whole of what was said."""
    if not seg.closed or not text[cstart:cend][:1].islower() or text[cstart:cend].count(" ") > 3:
        return False
    nxt = _first_tokens(text, seg.close + 1, min(len(text), seg.close + 40), 1)
    if not nxt or nxt[0][0] != seg.close + 2:
        return False
    b = _bare(nxt[0][2]).lower()
    return b in pat.AUXILIARIES or b in pat.IRREGULAR_PAST


def _sentence_stop(between: str) -> bool:
    """Whether text between a quote and a cue ends a sentence (``Gov.``, ``Dr.`` do not)."""
    if "!" in between or "?" in between:
        return True
    if "." not in between:
        return False
    return any(t.endswith(".") and not _abbrev_dot(t) for t in between.split())


_WORDS_WINDOW = 200  # characters before a quote read for its sentence's first words


def _mid_sentence(text: str, ss: int, open_: int) -> bool:
    """Whether a quote opening at ``open_`` has at least two words of its sentence before it."""
    # Two words fit in a short window: reading only the last _WORDS_WINDOW characters keeps this
    # constant-time per quote however long the unterminated "sentence" before it is.
    return open_ - ss >= 12 and len(text[max(ss, open_ - _WORDS_WINDOW) : open_].split(None, 2)) >= 2


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


_FRAGMENT_GAP = 60
"""How far before a quoted fragment its naming cue may end (``called the reversal “…”``)."""


def _fragment_cue_before(st: State, cue_matches: list[tuple[int, int, str]], lo: int, open_at: int) -> bool:
    """Whether a fragment cue (``called``, ``dubbed``) ends within ``_FRAGMENT_GAP`` characters
    before the mark at ``open_at``, in the same sentence, with a name or pronoun before it."""
    cs_lo = bisect.bisect_left(st.cue_starts, max(lo, open_at - _FRAGMENT_GAP - 20))
    cs_hi = bisect.bisect_left(st.cue_starts, open_at)
    for cs, ce, cue in cue_matches[cs_lo:cs_hi]:
        if cue not in st.vocab.fragment or open_at - ce > _FRAGMENT_GAP:
            continue
        if _sentence_stop(st.text[ce:open_at]):
            continue
        np, mode = speaker_for(st, cs, ce, cue, lo, open_at, after_quote=False)
        if (np is not None and np.kind in {"name", "pron"}) or (np is None and mode == "subject"):
            return True  # (the subject of "Lee campaigned on it and called the plan “…”" too)
    return False


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


# -- reported speech ----------------------------------------------------


def reported_speech(
    st: State, cs: int, ce: int, cue: str, ss: int, se: int, inside: list[tuple[int, int]]
) -> Raw | None:
    text = st.text
    v = st.vocab
    if cue in v.fragment:
        return None
    ss, se = glued_sentence(text, ss, se, cs)
    send = se
    while send > ss and text[send - 1] in ".!?… \t\u00a0":
        send -= 1
    if cue in v.according:
        return according_report(st, cs, ce, ss, se, send)
    if _attributive(text, ss, cs, cue):
        return None  # "A stated focus area", "an estimated 6,500", "on reports that": not a verb
    if text.startswith("Having ", ss) and cs - ss <= 16:
        return None  # "Having said that, the plan …": a set phrase, no one reports
    if text.startswith(_CONDITIONALS, ss) and text.find(",", ss, cs) < 0:
        return None  # "If the mayor says the bridge is safe, …": a condition, nothing reported
    if _embedded_question(text, ss, cs):
        return None  # "would not say whether he believes …": a question about speech, none reported
    if cue in _BASE_NEEDS_AUX and not _after_aux(text, ss, cs):
        return None  # "details which suggest that …": a base form reports only after "to" or a modal
    # ("…, accusing the label of blocking …": a directive's -ing form after a comma reports for
    # the subject too; elsewhere it is read as before: "posted on Twitter accusing X of …")
    participle = cue in v.participles or (
        cue in v.directive and cue.endswith("ing") and _participle_attached(text, ss, cs)
    )
    known = participle or cue in v.strict or cue in v.lenient
    lenient = cue in v.lenient or cue in _LENIENT_PARTICIPLES
    cue_end = cue_phrase_end(st, ce, se)
    if text.startswith(("As ", "as "), ss) or text.find(", as ", max(ss, cs - 80), cs) >= 0:
        # "As NPR reported on Saturday, police believe …", "…, as the minister noted."
        as_raw = as_clause_report(st, cs, ce, cue_end, ss, send)
        if as_raw is not None:
            return as_raw
    rule = "indirect:cue"
    if (
        cue in v.lenient
        and text[cs - 2 : cs] == ", "
        and cs - ss > 20
        and not participle
        and cue not in _TELL
    ):
        # ("X, who …, told investors of Y, the parent, that …": "told" never inverts)
        # "CLAUSE, says a report published on Monday.": an inverted cue whose speaker closes the
        # sentence; read as such before its words are taken for a clause ("a report published …")
        inverted = final_attribution(st, cs, ce, cue, ss, se, send, inside, cue_end)
        if inverted is not None and inverted.np is not None and inverted.np.start >= cue_end:
            words = _tokens(text, inverted.np.start, inverted.np.end)
            if not any(finite_verb(t) and t not in _MODIFIER_PARTICIPLES for _s, _e, t in words):
                return inverted  # (but "…, said the award belonged to …" is a clause, read below)
    # ("The closure, officials warned, could last months": any speech verb set off by commas)
    parenthetical = cue in v.lenient or (cue in v.strict and text[cue_end : cue_end + 1] == ",")
    clause = _parenthetical_clause(text, ss, cs, cue_end, send) if parenthetical else None
    if clause is None and known:
        # the clause after the cue: skip an object ("told reporters", "warned residents")
        clause = clause_start(text, cue_end, send, lenient)
        if clause is None:
            clause = that_after_object(st, cue_end, send)
        if clause is None and cue in _LONG_SUBJECT_CUES:
            clause = _long_subject_clause(text, cue_end, send)
        if clause is None and cue in _TELL:
            # ("told reporters" is a cue phrase: the long subject may follow it directly)
            clause = _told_long_subject(text, cue_end, send) or (
                _long_subject_clause(text, cue_end, send) if cue_end > ce else None
            )
    elif clause is None and not (cue in v.directive or cue in v.infinitive or cue in v.questions):
        # a base form or "cited": only "that" after it or after its object ("cited X as proof that")
        clause = that_after_object(st, cue_end, send) or (
            clause_start(text, cue_end, send, False) if _THAT.match(text, _skip_ws(text, cue_end)) else None
        )
    if clause is None and cue in v.questions and text[max(ss, cs - 6) : cs].split()[-1:] != ["was"]:
        # (not "X was asked whether …": the question is put to X, by someone unnamed)
        clause, rule = question_clause(text, cue_end, send), "indirect:question"
    if clause is None and (cue in v.directive or cue in v.infinitive) and not _coordinated(text, ss, cs):
        clause = object_infinitive(text, cue_end, send, cue, v.directive, v.infinitive)
        rule = "indirect:directive"
    if clause is None:
        if participle or not known:
            return None
        # "CLAUSE, X said." / "CLAUSE, said X."
        final = final_attribution(st, cs, ce, cue, ss, se, send, inside, cue_end)
        if final is None and cue in _GAP_CUES:
            # "restrictions that the officials said were unlawful": the relative word is the subject
            return gap_report(st, cs, cue_end, ss, send)
        return final
    if _stranded_preposition(text, clause, send) and _relative_before_cue(text, ss, cs):
        return None  # "the messages, which the timeline says it complied with": an object gap
    if cue in _IMPERATIVE_CUES and _no_subject(text, ss, cs):
        return None  # "Just say you wince at …": advice to the reader, no one reported
    if send - clause < 8 and not _pronoun_and_auxiliary(text, clause, send):
        return None  # (but "Chisholm said they do.": a pronoun and an auxiliary are a clause)
    if text.startswith("of ", clause) or (cue in _GERUND_OBJECT_CUES and _gerund_at(text, clause)):
        # "She is accused of orchestrating …", "denied having anything to do with …": what is
        # denied or charged is a noun phrase, no reported clause
        return None
    if st.in_quote(clause, True) and text[clause - 1] in "\"“‘'«„":
        return None
    if cue in _TELL and text[clause] not in "\"“‘'«„":
        # (not 'told Starner that “the only way I know …”': a quotation is the clause itself)
        told = _past_tell_object(text, clause, send)
        # "told the court her client was …", "told Reuters the talks had …": the person told
        clause = told if told != clause else tell_object(text, clause, send)
    if cue in v.questions and text.startswith(("whether ", "if "), clause):
        clause = _skip_ws(text, text.index(" ", clause))  # "asked whether X": the clause is X
    send = _quote_closes_after(st, clause, send)
    send = _relative_end(text, ss, cs, clause, send)
    send = subordinate_end(text, ss, clause, send)
    send = clause_end(st, clause, send)
    control = _control_start(st, ss, cs, cue)
    quoted = _quoted_as(text, ss, cs, v) if participle else None
    if quoted is not None:
        # "The newspaper quoted the agency as saying …": the agency speaks
        return Raw(quoted.start, send, clause, send, "indirect", (cs, cue_end), quoted, "np",
                    "indirect:quoted-as", ss)  # fmt: skip
    if participle and control is None and cs <= ss + 1:
        return _fronted_report(st, ss, se, cs, cue_end, clause, send)
    absolute = _with_absolute(text, ss, cs) if participle and control is None else None
    if absolute is not None:
        # "…, with the Ministry of External Affairs stating that …": the ministry speaks
        return Raw(absolute.start, send, clause, send, "indirect", (cs, cue_end), absolute, "np",
                    "indirect:participle", ss)  # fmt: skip
    if participle and control is None:
        if not _participle_attached(text, ss, cs) or _writer_subject(text, ss):
            return None
        return Raw(ss, send, clause, send, "indirect", (cs, cue_end), None, "subject",
                    "indirect:participle", ss)  # fmt: skip
    obj = _object_control(st, ss, cs) if control is None and not participle else None
    if obj is not None:
        # "The post prompted users to argue that …": the object speaks
        return Raw(obj.start, send, clause, send, "indirect", (cs, cue_end), obj, "np", rule, ss)
    at = cs if control is None else control
    np, mode = speaker_for(st, at, ce, cue, ss, se, after_quote=False, clause_after=True)
    if np is None and mode == "none" and control is not None and text[max(ss, control - 2) : control] == ", ":
        mode = "subject"  # "X, former envoy, shifted his account … to say …": the sentence's subject
    if np is None and mode != "subject":
        if cue not in _NOT_SPEECH_PASSIVE and (
            _impersonal_passive(text, ss, cs) or (cue in _TOLD_PASSIVE and _personal_passive(text, ss, cs))
        ):
            # "Yesterday, it was announced that …": reported, by no one named
            return Raw(cs, send, clause, send, "indirect", (cs, cue_end), None, "none", rule, ss)
        return None
    if np is not None and np.kind == "pron" and text[np.start : np.end].lower() in {"i", "we", "you"}:
        return None
    start = np.start if np is not None else cs
    if mode == "subject":
        start = ss
    return Raw(start, send, clause, send, "indirect", (cs, cue_end), np, mode, rule, ss)


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
    if _attribution_before(st, cs0, bend) or _lenient_cue_within(st, cs0, bend):
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


# Cues reporting a verb phrase whose subject is a relative word before their speaker
_GAP_CUES = frozenset({"said", "says", "say", "claimed", "claims", "believed", "alleged", "alleges"})


_IMPERATIVE_CUES = frozenset({"say", "tell", "explain", "insist", "argue", "claim", "admit", "deny", "warn"})
# Words that may open an imperative before its verb ("Just say …", "Simply tell them …")
_IMPERATIVE_LEADS = frozenset(
    {
        "just",
        "simply",
        "so",
        "then",
        "and",
        "please",
        "never",
        "always",
        "always,",
        "don't",
        "don’t",
        "do",
        "or",
        "but",
    }
)
_STRANDED = frozenset({"with", "about", "for", "to", "of", "on", "from", "at", "by", "into"})


def _no_subject(text: str, ss: int, cs: int) -> bool:
    """Whether nothing but imperative leads (``Just``, ``Simply``) stands before the cue in its sentence."""
    if cs - ss > 20:
        return False
    return all(w.lower() in _IMPERATIVE_LEADS for w in text[ss:cs].split())


_SENTENCE_BREAKS = (". ", "! ", "? ")
_CLOSING_MARKS = frozenset("\"”’'»")
_QUOTE_REACH = 600  # characters a quotation inside a reported clause may run past its sentence end


def _quote_closes_after(st: State, clause: int, send: int) -> int:
    """``added today the “world sees India as a partner. World sees … for them”``: the sentence
    splitter ended the sentence inside a quotation that opened in the reported clause; the
    clause runs to the quotation's closing mark."""
    if not st.in_quote(send - 1):
        return send
    k = bisect.bisect_right(st.inside_opens, send - 1) - 1
    o, c = st.inside[k]
    text = st.text
    if o < clause or c - send > _QUOTE_REACH or sum(text.count(b, send, c) for b in _SENTENCE_BREAKS) > 1:
        # (a clause that slides into a quotation of several sentences is a report, then a quote:
        # the annotation ends the report at the first sentence end)
        return send
    return c + 1 if text[c : c + 1] in _CLOSING_MARKS else send


def _relative_before_cue(text: str, ss: int, cs: int) -> bool:
    """Whether a relative word stands a few words before the cue (``…, which the audit says``)."""
    lo = max(ss, cs - 40)
    return any(text.find(w, lo, cs) >= 0 for w in (" which ", " that ", " whom ", " what "))


def _stranded_preposition(text: str, clause: int, send: int) -> bool:
    """Whether the clause ``[clause, send)`` ends in a preposition (``it complied with``): the
    relative word before the cue is its object, so the words are no complete reported clause."""
    if send - clause > 80:
        return False
    words = text[clause:send].split()
    return 1 < len(words) <= 8 and words[-1] in _STRANDED


# Cues whose "-ing" complement is their object ("denied having …", "admitted taking …",
# "recalled meeting …"), not the subject of a reported clause
_GERUND_OBJECT_CUES = frozenset(
    {"denied", "denies", "deny", "admitted", "admits", "admit", "recalled", "recalls", "acknowledged",
     "acknowledges", "acknowledge", "confessed", "confesses", "mentioned", "mentions", "proposed", "proposes",
     "denying"}
)  # fmt: skip


def _gerund_at(text: str, pos: int) -> bool:
    """Whether the word at ``pos`` is a lower-case ``-ing`` form (``having``, ``taking``)."""
    word = text[pos : pos + 20].split(" ", 1)[0]
    return (
        len(word) > 4
        and word.endswith("ing")
        and word.isalpha()
        and word.islower()
        and word not in _NOT_GERUNDS
    )


# Sentence openers whose clause is a condition: a cue inside it reports nothing
_CONDITIONALS = ("If ", "Unless ", "Should ", "Even if ")


def _pronoun_and_auxiliary(text: str, clause: int, send: int) -> bool:
    """Whether the clause ``[clause, send)`` is a pronoun and an auxiliary (``they do``)."""
    words = text[clause:send].split()
    return len(words) == 2 and words[0].lower() in _SUBJECT_PRONOUNS and words[1] in pat.AUXILIARIES


_LENIENT_PARTICIPLES = frozenset(
    {"saying", "adding", "suggesting", "warning", "claiming", "insisting", "arguing", "telling", "noting",
     "stating", "predicting", "acknowledging", "admitting", "conceding", "explaining", "asserting"}
)  # fmt: skip
"""Participles taking a bare clause (``…, noting she uses the app``)."""
# Words that may stand between a comma and a participle cue ("…, instead only saying …"), or
# before it without a comma ("after saying …", "by insisting …").
_BEFORE_PARTICIPLE = frozenset({"instead", "only", "even", "also", "while", "after", "before", "by", "when"})
_NOT_BEFORE_PARTICIPLE = frozenset(
    {"the", "a", "an", "of", "for", "about", "to", "from", "on", "in", "at", "with", "without", "is", "was",
     "were", "are", "be", "been", "being", "keep", "kept", "stop", "stopped", "worth", "his", "her", "their",
     "its", "my", "our", "your", "this", "that", "heard", "seen", "him", "them", "me", "us"}
)  # fmt: skip


# Lower-case sources "according to" takes ("according to data released by …", "as per sources").
_SOURCE_NOUNS = frozenset(
    {"data", "reports", "report", "sources", "figures", "estimates", "statistics", "documents", "records",
     "papers", "accounts", "testimony", "minutes", "transcripts", "emails", "messages", "logs",
     "projections", "forecasts", "numbers", "results", "tallies", "counts", "findings", "analysis",
     "people", "diplomats", "insiders", "aides", "staff", "observers", "individuals", "persons",
     "polls", "poll", "survey", "surveys", "research", "studies", "study", "information", "media",
     "filings", "officials", "police", "analysts", "experts", "witnesses", "residents", "calculations"}
)  # fmt: skip


_MAX_REPORTED = 1500  # characters of a reported clause: longer is a run-on, not one report
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


_ASIDE_DASHES = (" — ", " – ", " -- ")


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
        or (len(words) <= 2 and all(w.isalpha() and w.islower() for w in words))  # "LSEG data"
    )


def _fronted_report(st: State, ss: int, se: int, cs: int, cue_end: int, clause: int, send: int) -> Raw | None:
    """``Stating that it was sensitive, Lee said …`` / ``Claiming that A, farmers blocked …``: a
    participle opening the sentence reports up to the comma before the main clause, whose
    subject is the speaker."""
    text = st.text
    toks = _tokens(text, clause, min(send, clause + 400))
    for i, (_s, e, t) in enumerate(toks[:-1]):
        if i < 2 or not t.rstrip("”\"’'").endswith(","):
            continue
        subj = sentence_subject(text, toks[i + 1][0], se)
        nxt = toks[i + 1]
        if subj is None and _bare(nxt[2]).lower() in st.vocab.groups and nxt[2] == _bare(nxt[2]):
            subj = NP(nxt[0], nxt[1], "desc")  # "…, farmers resorted to …"
        if subj is None or subj.start != toks[i + 1][0] or not _verb_follows(text, subj.end, send):
            continue
        cend = e if t.endswith(("”", '"')) else e - 1
        return Raw(cs, subj.end, clause, cend, "indirect", (cs, cue_end), subj, "np", "indirect:fronted", ss)
    return None


def _verb_follows(text: str, pos: int, end: int) -> bool:
    """Whether a finite verb comes within three words after ``pos`` (the main clause's verb)."""
    for _s, _e, t in _first_tokens(text, pos, min(end, pos + 60), 3):
        b = _bare(t).lower()
        if b in pat.AUXILIARIES or b in pat.IRREGULAR_PAST or (b.endswith("ed") and len(b) > 3) or b in _SAYS:
            return True
        if _ends_punct(t):
            return False
    return False


_SAYS = frozenset({"said", "says", "say", "told", "added", "noted", "wrote"})
# "…, Benioff said, ever since he did …": a subordinate clause of the clause before the cue
_SUBORDINATE_AFTER = frozenset(
    {"ever", "since", "because", "although", "though", "until", "unless", "whereas", "so"}
)  # fmt: skip


def _coordinated(text: str, ss: int, cs: int) -> bool:
    """``X said A, and urged B to …``: a cue coordinated with an earlier verb of the sentence
    (its infinitive stays part of the first report)."""
    return text[max(ss, cs - 5) : cs] == " and " or text[max(ss, cs - 10) : cs].endswith(
        (" and also ", ", and ")
    )


def _with_absolute(text: str, ss: int, cs: int) -> NP | None:
    """``with the Indian Ministry of External Affairs (MEA) stating that``: the noun phrase after
    ``with`` speaks (an absolute construction), not the sentence's subject."""
    toks = _tokens(text, max(ss, cs - 90), cs)
    for j in range(len(toks) - 2, max(-1, len(toks) - 10), -1):
        t = toks[j][2]
        if t.lower() == "with":
            np = np_after(text, toks[j + 1][0], cs)
            if np is None or np.kind == "pron":
                return None
            paren = text.find(" (", np.start, np.end)
            if paren > np.start:
                np = NP(np.start, paren, np.kind)  # "the Ministry of External Affairs (MEA)"
            rest = text[np.end : cs].strip(" \t\u00a0)")
            return (
                np
                if rest == "" or (rest.startswith("(") and len(rest) <= 12 and ")" not in rest[:-1])
                else None
            )
        if _ends_punct(t) and not t.endswith(")"):
            return None
    return None


# First words of a sentence whose subject is the article's writer ("We’ll start by noting that
# …", "I should add that …"): outside quotation marks no one is quoted.
_WRITER_OPENERS = frozenset(
    {"we", "i", "we’ll", "we'll", "i’ll", "i'll", "we’re", "we're", "we’ve", "we've", "let’s", "let's",
     "i’m", "i'm", "i’ve", "i've"}
)  # fmt: skip
# ("It hit back at the report, saying …": "it" may be the company named before, so it stays)


def _writer_subject(text: str, ss: int) -> bool:
    """Whether the sentence at ``ss`` has the writer as its subject, so the participle reports
    for no one (``We’ll start by noting that …``)."""
    first = text[ss : ss + 12].split(" ", 1)[0]
    return first.lower() in _WRITER_OPENERS


def _participle_attached(text: str, ss: int, cs: int) -> bool:
    """Whether a participle cue reports for the sentence's subject: after a comma or ``and``
    (``…, noting that``), an adverb after one (``…, instead only saying``), a subordinator
    (``after saying``), or right after the main clause's last noun (``hit out at the decision
    saying …``)."""
    toks = _tokens(text, max(ss, cs - 80), cs)
    n = 0
    while toks and n < 3:
        _s, _e, t = toks[-1]
        low = t.lower()
        if t.endswith(",") or t in {"—", "–", "--"}:
            return True  # "…, noting that", "… with Amazon — claiming the retailer was …"
        if low == "and":
            return True
        if low in _BEFORE_PARTICIPLE or low in _ADVERB_WORDS:
            toks.pop()
            n += 1
            if low in {"while", "after", "before", "by", "when"}:
                return True
            continue
        if (
            n == 0
            and t[:1].islower()
            and t.isalpha()
            and low not in _NOT_BEFORE_PARTICIPLE
            and len(toks) >= 3
        ):
            return not low.endswith("ing")
        return False
    return False


def _control_start(st: State, ss: int, cs: int, cue: str) -> int | None:
    """``tried to suggest that``, ``began insisting``, ``went on to argue``: where the verb whose
    subject speaks starts, or None (``has`` / ``had`` before it are skipped by ``np_before``)."""
    text = st.text
    if not cue.endswith("ing") and text[max(ss, cs - 3) : cs] != "to ":
        return None  # the cheap test first: most cues follow neither "to" nor a verb
    toks = _tokens(text, max(ss, cs - 40), cs)
    j = len(toks) - 1
    if j >= 0 and toks[j][2] == "to":
        wide = _tokens(text, max(ss, cs - 90), cs)  # (an account and its object come before "to")
        revised = _revised_account(wide, len(wide) - 1) if wide and wide[-1][2] == "to" else None
        if revised is not None:
            return revised  # "shifted his own account of the meeting to say …": the subject speaks
        j -= 1
        if j >= 0 and toks[j][2] == "on":
            j -= 1  # "went on to argue"
    elif not cue.endswith("ing"):
        return None
    elif j >= 0 and toks[j][2] in _PROGRESSIVE:
        return toks[j][0]  # "The Democrats are alleging that …": a finite verb
    if j >= 0 and toks[j][2].lower() in st.vocab.control:
        return toks[j][0]
    return None


_PROGRESSIVE = frozenset({"is", "are", "was", "were", "been", "be"})

# Verbs that revise an account before "to say" ("shifted his own account of the meeting to say",
# "amended his testimony to say", "updated its guidance to say"): their subject speaks
_REVISE_VERBS = frozenset(
    {"shifted", "changed", "amended", "revised", "updated", "altered", "modified", "corrected", "adjusted",
     "expanded", "clarified", "rewrote", "edited"}
)  # fmt: skip


def _revised_account(toks: list[tuple[int, int, str]], to: int) -> int | None:
    """Where the revising verb of ``VERB its account … to say`` starts (the token ``to`` is at
    ``to``), within eleven words and no punctuation, or None."""
    for k in range(to - 1, max(-1, to - 12), -1):
        t = toks[k][2]
        if t in _REVISE_VERBS:
            return toks[k][0]
        if _ends_punct(t):
            return None
    return None


# Verbs whose object does what the infinitive after it says: "prompted users to argue that …",
# "led critics to claim that …" (the object speaks, not the subject).
_OBJECT_CONTROL = frozenset(
    {"prompted", "prompts", "prompting", "led", "leads", "encouraged", "encourages", "forced", "forces",
     "inspired", "inspires", "pushed", "pushes", "caused", "causes", "invited", "invites", "moved",
     "spurred", "spurs", "drove", "drives"}
)  # fmt: skip


def _object_control(st: State, ss: int, cs: int) -> NP | None:
    """``prompted users to argue that``: the object between an object-control verb and ``to``."""
    text = st.text
    if text[max(ss, cs - 3) : cs] != "to ":
        return None
    toks = _tokens(text, max(ss, cs - 50), cs - 3)
    for j in range(len(toks) - 2, max(-1, len(toks) - 6), -1):
        if toks[j][2] in _OBJECT_CONTROL:
            if j == len(toks) - 2 and toks[j + 1][2].lower() in pat.OBJECT_PRONOUNS:
                # "prompted him to say that …": he speaks (speakers.py reads "him" as "he")
                return NP(toks[j + 1][0], toks[j + 1][1], "pron")
            np = np_before(text, toks[j][1], _rstrip_to(text, toks[j][1], cs - 3), st.vocab)
            ok = np is not None and np.start == _skip_ws(text, toks[j][1]) and np.kind != "pron"
            return np if ok else None
        if _ends_punct(toks[j][2]):
            return None
    return None


_ADVERB_WORDS = frozenset({"also", "later", "then", "once", "again", "repeatedly", "publicly", "reportedly"})


_SAY = frozenset({"said", "says", "say"})
# Cues that may take a long subject with "and" before its verb ("added the exact circumstances of
# the deaths and injuries remained unclear")
_LONG_SUBJECT_CUES = _SAY | {"added", "adds", "noted", "wrote", "stressed", "warned", "insisted", "argued"}
_ING_NOUNS = frozenset(
    {"morning", "evening", "meeting", "hearing", "briefing", "building", "ceiling", "wedding"}
)
_LONG_SUBJECT_DET = frozenset({"the", "a", "an", "his", "her", "their", "its", "our"})


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
    for j, (_s, _e, t) in enumerate(toks[1:], 1):
        b = _bare(t).lower()
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
    person told, then a subject long enough that ``clause_start`` gives up on it."""
    toks = _first_tokens(text, pos, min(send, pos + 80), 6)
    for k in range(1, min(5, len(toks))):
        if _ends_punct(toks[k - 1][2]):
            return None
        if addressee(toks[:k]) and not (_is_cap(toks[k - 1][2]) and _is_cap(toks[k][2])):
            found = _long_subject_clause(text, toks[k][0], send)
            if found is not None:
                return found
    return None


# First words after "X said," that show the clause came before the attribution.
_AFTER_PARENTHETICAL = frozenset(
    {"and", "but", "while", "as", "adding", "noting", "saying", "stressing", "insisting", "arguing",
     "warning", "explaining", "citing", "describing", "calling", "pointing", "urging", "claiming",
     # (#10) a subordinate clause of the one before: "…, Benioff said, ever since he did …"
     "ever", "since", "because", "after", "before", "when", "although", "though", "until", "unless",
     "even", "so", "or"}
)  # fmt: skip


def _parenthetical_clause(text: str, ss: int, cs: int, cue_end: int, send: int) -> int | None:
    """``Going ahead, he said, a lower outlook will help …``: the attribution set off by commas
    inside the sentence; the content is what follows it (it needs only a verb somewhere)."""
    if text[cue_end : cue_end + 1] != ",":
        return None
    before = text[max(ss, cs - 60) : cs].rstrip()
    comma = before.rfind(", ")
    if comma < 0 or len(before) - comma > 40 or before.endswith(","):
        return None
    p = _skip_ws(text, cue_end + 1)
    if p >= send or text[p] in "\"“‘'«„" or send - p < 15:
        return None
    toks = _tokens(text, p, min(send, p + 200))
    if len(toks) < 3 or toks[0][2].endswith(","):
        return None  # "…, he said, adding, …": a second cue, the clause is before
    lead = _bare(toks[0][2])  # ("…, she noted, adding: “…”": the mark after the participle)
    if (
        lead in _AFTER_PARENTHETICAL
        or lead in _SAYS
        or (lead.endswith("ing") and lead.islower() and not _gerund_subject(toks))
    ):
        # (and "…, a judge confirmed last week, said the board …": the sentence's own cue next)
        return None  # "…, Moss said, adding that …", "…, officials said, and left …": the clause is before
    first = toks[0][2]
    if (
        first.islower()
        and (first in pat.AUXILIARIES or first in pat.IRREGULAR_PAST)
        and _subject_only(text, ss, cs)
    ):
        # "The bridge, Ruiz said, would reopen in June": the attribution splits subject and
        # predicate; the content runs from after the cue, as the annotation delimits it
        return p
    for _s, _e, t in toks[1:]:
        b = _bare(t).lower()
        if b in pat.AUXILIARIES or b in pat.IRREGULAR_PAST or (b.endswith("ed") and len(b) > 4):
            return p
    return None


def _gerund_subject(toks: list[tuple[int, int, str]]) -> bool:
    """``…, Modi stressed, farming and food processing would be amped``: an ``-ing`` word after a
    parenthetical cue that is a noun (coordinated, or followed by a finite verb), not the
    speaker's next act (``…, he said, adding that …``, ``…, she said, citing a report``)."""
    lead = _bare(toks[0][2])
    if lead in _LENIENT_PARTICIPLES or lead in _NOT_GERUNDS or _ends_punct(toks[0][2]) or len(toks) < 2:
        return False
    nxt = _bare(toks[1][2]).lower()
    return nxt in {"and", "or"} or (toks[1][2].islower() and finite_verb(toks[1][2]))


def _subject_only(text: str, ss: int, cs: int) -> bool:
    """Whether the words from the sentence start to the comma before the speaker are a subject
    (no finite verb, no quotation, not too long): ``The larger landers, he said, could …``."""
    if cs - ss > 160:
        return False
    head = text[ss : text.rfind(",", ss, cs)]
    if not head or any(c in head for c in '"“”;:'):
        return False
    for _s, _e, t in _tokens(text, ss, ss + len(head)):
        if _bare(t).lower() in {"that", "which", "who", "whose"}:
            return True  # (a relative clause's verb belongs to the subject: "the reason that … are needed")
        if finite_verb(t):
            return False
    return True


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
_SUBJECT_PRONOUNS = frozenset({"he", "she", "they", "it", "we", "i", "there"})


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


# words between "who" and its cue ("who has long claimed")
_RELATIVE_GAP = frozenset({"has", "had", "have", "also", "long", "once", "previously", "since", "would"})


def _relative_end(text: str, ss: int, cs: int, clause: int, send: int) -> int:
    """``Mark Hill, a lawyer who argues that the law is void, filed …``: a cue in a relative
    clause reports up to the comma that closes it."""
    before = text[max(ss, cs - 40) : cs].split()[-4:]
    # "who has long claimed …": auxiliaries and adverbs may stand between the pronoun and the cue
    while len(before) > 1 and (before[-1] in _RELATIVE_GAP or before[-1].endswith("ly")):
        before.pop()
    if not before or before[-1] not in {"who", "which"}:
        return send
    comma = text.find(", ", clause, send)
    return comma if comma - clause >= 8 else send


# "It is believed that …", "it was expected that …": a belief or forecast, not a report of speech.
_NOT_SPEECH_PASSIVE = frozenset(
    {"believed", "thought", "feared", "expected", "understood", "hoped", "estimated", "worried", "reckoned"}
)
_ATTRIBUTIVE_BEFORE = frozenset({"a", "an", "the", "its", "his", "her", "their", "our", "this", "that"})


def _attributive(text: str, ss: int, cs: int, cue: str) -> bool:
    """Whether the cue at ``cs`` follows an article or possessive (``the stated aim``), or is an
    ``-s`` form after a preposition (``declined to comment on reports that``): not a verb."""
    before = text[max(ss, cs - 10) : cs]
    if not before.endswith(" "):
        return False
    words = before.split()
    if not words:
        return False
    last = words[-1].lower()
    if last == "that" and cue in _SAY:
        return False  # "a ruling that said …": a relative pronoun, not "that stated aim"
    if last in _ATTRIBUTIVE_BEFORE or (cue.endswith("s") and last in _NOUN_BEFORE):
        return True
    if cue.endswith("s") and words[-1].isalpha() and words[-1].islower() and finite_verb(words[-1]):
        return True  # "rejected claims that …", "there are reports that …": a plural noun
    if cue in _PLURAL_NOUN_CUES and _verb_next(text, cs + len(cue)):
        return True  # "two highly critical reports depicted …", "media reports said …": the subject
    return cue.endswith("s") and _adjective_opener(text, ss, cs)


# "-s" cues that are as often plural nouns; before a finite verb they are its subject
_PLURAL_NOUN_CUES = frozenset({"reports", "claims", "notes", "states", "statements", "warns", "promises"})


def _verb_next(text: str, pos: int) -> bool:
    """Whether the word after ``pos`` is a past or auxiliary verb (``reports depicted``), or a
    relative ``that`` before one (``reports that depicted``)."""
    nxt = text[pos : pos + 30].split(None, 2)
    if len(nxt) >= 2 and nxt[0] in {"that", "which"}:
        nxt = nxt[1:]
    return bool(nxt) and nxt[0].islower() and finite_verb(nxt[0]) and nxt[0] != "that"


# Verbs and adjectives before "if" that make it "whether" ("not clear if she says …").
_IF_WHETHER = frozenset({"know", "knew", "say", "said", "asked", "ask", "wondered", "wonder", "sure", "clear",
                         "unclear", "see", "tell", "decide", "check"})  # fmt: skip


def _embedded_question(text: str, ss: int, cs: int) -> bool:
    """Whether the cue at ``cs`` sits in an embedded yes/no question (``whether he believes``,
    ``unclear if she says``): the subject between is one to three words."""
    window = text[max(ss, cs - 50) : cs]
    if "whether" not in window and "if " not in window:
        return False  # the common case, by two literal scans
    words = window.split()[-5:]
    for k in range(len(words) - 2, max(-1, len(words) - 5), -1):
        w = words[k].lower()
        if w == "whether":
            return True
        if w == "if" and k > 0 and words[k - 1].lower() in _IF_WHETHER:
            return True
        if _ends_punct(words[k]):
            return False
    return False


# Capitalised words that open a sentence as an adjective before a plural noun ("False claims that
# …", "New reports that …"), never as the name of someone who claims or reports.
_OPENING_ADJECTIVES = frozenset(
    {"false", "new", "fresh", "further", "recent", "earlier", "similar", "other", "such", "many", "some",
     "initial", "early", "latest", "conflicting", "baseless", "bogus", "wild", "persistent", "numerous",
     "multiple", "several", "repeated", "widespread", "separate", "local", "media", "press", "news",
     "viral", "online", "official", "unofficial", "preliminary", "these", "those", "both", "all",
     "misleading", "damning", "alarming", "growing", "ongoing", "disputed", "leaked",
     "renewed", "alleged", "sustained", "heightened", "mounting", "excessive", "explosive"}
)  # fmt: skip
# Endings no surname has often enough to matter ("Baseless", "Dubious", "Political"); "-ed", "-ent"
# and "-ing" are left out: "Mohamed", "Vincent" and "Manning" claim things too.
_ADJECTIVE_ENDINGS = ("ous", "ful", "less", "ical")


def _adjective_opener(text: str, ss: int, cs: int) -> bool:
    """``False claims that …``, ``Unconfirmed reports said …``: the sentence's one word before an
    ``-s`` cue is an adjective, so the cue is a plural noun."""
    if cs - ss > 20:
        return False  # (one word fits: no split of a long sentence per cue)
    words = text[ss:cs].split()
    if len(words) != 1 or not words[0].isalpha() or not words[0][:1].isupper():
        return False
    low = words[0].lower()
    if low in _OPENING_ADJECTIVES or (len(low) > 5 and low.endswith(_ADJECTIVE_ENDINGS)):
        return True
    return low.startswith("un") and low.endswith(("ed", "ing"))  # "Unconfirmed", "Unverified"


_NOUN_BEFORE = frozenset(
    {"on", "of", "about", "amid", "despite", "after", "following", "with", "from", "for", "to", "by"}
)
# ("cited", "voiced" report only through "that" after their object, so need no "to")
_BASE_NEEDS_AUX = frozenset(c for c in BASE_FORMS if not c.startswith(("cit", "voice")))
_AUX_BEFORE_BASE = frozenset(
    {
        "to",
        "will",
        "would",
        "could",
        "can",
        "may",
        "might",
        "must",
        "should",
        "did",
        "does",
        "do",
        "not",
        "and",
    }
)


def _after_aux(text: str, ss: int, cs: int) -> bool:
    """Whether a base-form cue follows ``to``, a modal or ``did`` (adverbs between are skipped)."""
    words = text[max(ss, cs - 40) : cs].split()
    while words and words[-1].lower() in _ADVERB_WORDS | {"recently", "simply", "even", "never", "also"}:
        words.pop()
    return bool(words) and words[-1].lower() in _AUX_BEFORE_BASE


def _impersonal_passive(text: str, ss: int, cs: int) -> bool:
    """``it was announced that``, ``it has been claimed that``: an impersonal passive cue."""
    words = text[max(ss, cs - 20) : cs].split()
    return (
        len(words) >= 2
        and words[-1] in {"was", "is", "been"}
        and (
            words[-2].lower() == "it"
            or (len(words) >= 3 and words[-3].lower() == "it" and words[-2] in {"has", "had"})
        )
    )


# Documents and rulings that "say" something ("a ruling that said …", "a letter which says …").
_DOCUMENT_SOURCES = frozenset(
    {"ruling", "report", "statement", "letter", "document", "filing", "decision", "judgment", "judgement",
     "verdict", "memo", "audit", "review", "investigation", "order", "notice", "lawsuit", "complaint",
     "indictment", "petition", "email", "post", "tweet", "message", "note", "release", "affidavit",
     "warrant", "circular", "advisory", "bulletin", "directive", "notification", "resolution"}
)  # fmt: skip

# Cues whose passive reports what someone unnamed told the subject ("he was informed that …").
_TOLD_PASSIVE = frozenset({"told", "informed", "assured", "reminded"})


def _personal_passive(text: str, ss: int, cs: int) -> bool:
    """``He laughed when he was informed Victorians were facing …``, ``staff were told that …``:
    a passive of telling, whose clause reports what an unnamed source said."""
    words = text[max(ss, cs - 20) : cs].split()
    return len(words) >= 2 and words[-1] in {"was", "were", "been"} and words[-2].isalpha()


# Words after "to" that start an addressee ("said to reporters that", "confirmed to the BBC that")
# rather than an infinitive ("agreed to sell the shares that …").
_ADDRESSEE_START = frozenset({"the", "a", "an", "his", "her", "their", "its", "reporters", "journalists",
                              "parliament", "lawmakers", "police", "investigators", "him", "them", "me",
                              "us", "media"})  # fmt: skip


def _addressee(tok: str) -> bool:
    """Whether ``tok`` after a cue's ``to`` opens the person told, not an infinitive's verb."""
    return tok in _ADDRESSEE_START or (_is_cap(tok) and not _ends_punct(tok))


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
        if b in pat.AUXILIARIES or b in {"and", "but", "to", "which", "who", "if", "whether"}:
            return None
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
    if comma < 0:
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
    if hend - ss < 12 or text[ss] in "\"“‘'«„" or st.in_quote(ss) or _fronted_phrase_only(text, ss, hend):
        return None  # (a clause never starts inside a quotation: '“… Bigger than that” announced …')
    if text[hend - 1] in '"”’»' and not _fragment_ends_clause(st, ss, hend - 1):
        return None
    np: NP | None
    # only white space between the comma and the cue (or the closing mark of a fragment the
    # comma sits in: 'China “vastly improved its …,” writes the AP.')
    adjacent = text[comma + 1 : cs].strip(' \t\n\u00a0”’"') == ""
    appos = _appositive_speaker(text, ss, comma) if adjacent else None
    if appos is not None:
        # "CLAUSE, Ann Lee, a professor at Westfield, told the Courier.": the name before the appositive
        np, hend = appos
        r = _skip_ws(text, cue_end)
        if r < send and text[r] != "," and not _trailing_adjunct(text, r, send, cue):
            return None
    elif adjacent:
        # inverted: "…, said Jane Roe, chief of X."
        if _reports_inside(st, ss, comma):
            return None  # "X stated that A, reported the Courier.": X speaks, the Courier relays
        np = np_after(text, cue_end, send)
        if np is None or np.kind == "pron" or _demonstrative(text, np.start):
            return None  # ("…, stressed this point.": the cue's object, no one speaking)
        t = _skip_ws(text, np.end)
        tail = _role_tail(text, np.end, send, v)
        if tail is not None:
            np, t = NP(np.start, tail, "desc"), send  # "…, admitted the Real Madrid coach."
        if t < send and text[t] != "," and not _adjunct_after_inverted(text, np.end, t, send, cue, v):
            return None  # (but "…, said Lee in an email to staff.": an adjunct after the name)
    else:
        r = _skip_ws(text, cue_end)
        if (
            r < send
            and text[r] != ","
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


def _role_prefix(words: str, v: Vocab) -> bool:
    """Whether ``words`` are lower-case role words before a name (``union leader``, ``local
    trader``, ``harbour board chair``): the name after them is the speaker."""
    parts = words.split()
    return (
        1 <= len(parts) <= 4 and all(w[:1].islower() and w.isalpha() for w in parts) and parts[-1] in v.roles
    )


_CLOSING_MARKS = frozenset('"”’»')


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


def _cue_within(st: State, lo: int, hi: int) -> bool:
    """Whether a cue starts in ``[lo, hi)``."""
    starts = st.cue_starts
    k = bisect.bisect_left(starts, lo)
    return k < len(starts) and starts[k] < hi


def _reports_inside(st: State, ss: int, comma: int) -> bool:
    """Whether a cue followed by ``that`` lies in ``[ss, comma)`` (a report nested in this one)."""
    text = st.text
    starts = st.cue_starts
    for k in range(bisect.bisect_left(starts, ss), len(starts)):  # (no slice: it would copy them all)
        c = starts[k]
        if c >= comma:
            break
        sp = text.find(" ", c, c + 25)
        if sp > 0 and _THAT.match(text, sp + 1):
            return True
    return False


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


# What may follow "CLAUSE, X said" before the full stop: "at the event", "on Friday", "told the
# Courier on Thursday" (an object of "told").
_ADJUNCT_WORDS = frozenset(
    {"at", "in", "on", "during", "after", "before", "while", "from", "via", "last", "this", "earlier",
     "later", "yesterday", "today", "tonight", "recently", "to", "when", "outside", "inside", "over",
     # (#10) "…, the company said in a filing with regulators.", "…, Lee said as he left court."
     "with", "as", "through", "amid", "ahead", "shortly", "late", "early", "for"}
)  # fmt: skip
_TOLD = frozenset({"told", "tells", "tell", "telling", "wrote", "writes"})


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
    if first in _ADJUNCT_WORDS or (cue in _TOLD and (first[:1].isupper() or first in {"the", "a", "an"})):
        return True
    # "…, Lee told lawmakers.", "…, she told local media.": the people told, a few words, no verb
    return (
        cue in _TOLD and len(words) <= 4 and not any(finite_verb(w) or w in _SUBJECT_PRONOUNS for w in words)
    )


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
    if t <= np_end or cue not in v.lenient:
        return False
    first = text[t : t + 16].split(" ", 1)[0]
    if _participle_modifier(first) and send - t <= 200 and text.find(",", t, send) < 0:
        return True  # "…, says a report highlighting the “rise of …” in hospitals."
    return first in _INVERTED_ADJUNCT_LEADS and _trailing_adjunct(text, t, send, cue)


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


def _appositive_speaker(text: str, ss: int, comma: int) -> tuple[NP, int] | None:
    """``CLAUSE, NAME, APPOSITIVE, cue``: the name and where the clause ends, or None.

    The appositive opens with an article or a lower-case word, or holds a possessive
    (``Ellis's lawyer``); the name is one to four capitalised words between two commas.
    """
    prev = text.rfind(",", max(ss, comma - 120), comma)
    if prev < 0:
        return None
    seg = text[prev + 1 : comma].strip()
    first = seg.split(" ", 1)[0]
    age = seg.isdigit() and len(seg) <= 3  # "…, Lee, 45, said."
    if not seg or not (
        age or first in {"a", "an", "the"} or first[:1].islower() or "’s " in seg or "'s " in seg
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


_UNNAMED_DETERMINERS = frozenset({"the", "a", "an", "one", "another", "two", "three"})


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


# Lower-case words a title keeps ("Two Days in March", "If Indeed I am Ill")
_TITLE_SMALL = frozenset(
    {"a", "an", "the", "in", "of", "on", "and", "for", "to", "at", "by", "with", "or", "from", "is", "am",
     "are", "as", "vs", "vs."}
)  # fmt: skip
_TITLE_WORD = re.compile(r"[^\s—–-]{1,60}+")
_TITLE_TRIM = "\"“”‘’'.,!?:;()"


def title_cased(content: str) -> bool:
    """A title of a work, a slogan or a coined name (``Two Days in March``, ``Bidenomics``), not speech.

    Two to seven words, at least three quarters capitalised and the others small words; or one
    capitalised word with no sentence punctuation. Longer capitalised sentences (press-release
    headlines quoted whole) stay quotes.
    """
    if len(content) > 80 or not (content[:1].isupper() or content[:1].isdigit()) or content.count(" ") > 8:
        return False
    raw = content.split()
    if len(raw) >= 2 and raw[1][:1].islower() and raw[1] not in _TITLE_SMALL:
        return False  # "We have …", "The plan …": a sentence, seen at its second word
    if len(raw) > 7 or sum(1 for w in raw if w[:1].islower()) > len(raw) // 4:
        return False  # most quotes are sentences: rejected on the first cheap look
    if (
        len(raw) == 1
        and len(raw[0]) <= 60
        and content.rstrip()[-1:] in ".!?…,"
        and not ("-" in content or "—" in content or "–" in content)
    ):
        return False  # “Yes,”: one word (no dash to split it) closing on punctuation, no title
    words = [w.strip(_TITLE_TRIM) for w in _TITLE_WORD.findall(content)]
    words = [w for w in words if any(c.isalpha() for c in w)]
    if not words or len(words) > 7:
        return False
    capital = [w[:1].isupper() or w[:1].isdigit() for w in words]
    if len(words) == 1:
        return capital[0] and content.rstrip()[-1:] not in ".!?…," and not words[0].isupper()
    small = [w for w, c in zip(words, capital, strict=True) if not c]
    return len(small) <= len(words) // 4 and all(w.lower() in _TITLE_SMALL for w in small)


_RELATIVE = re.compile(r"[ ](?:who|which|whose)[ ]")


def _in_relative_clause(text: str, lo: int, start: int) -> bool:
    """Whether the phrase at ``start`` sits inside a relative clause opened after the sentence's
    subject (``The ranger who found the boat``): no comma closes the clause before the phrase."""
    if start - lo > 100:
        return False
    m = _RELATIVE.search(text, lo, start)
    return m is not None and "," not in text[m.end() : start]
