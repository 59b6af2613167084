"""Reported speech: ``X said (that) CLAUSE``, ``CLAUSE, X said.`` and ``according to X, CLAUSE``.

:func:`reported_speech` checks the cue reports (:mod:`.cue_filters`), then reads the clause
after it (:mod:`.cue_clause`), a parenthetical or participle cue, or hands over to
:mod:`.according` and :mod:`.postposed`.
"""

from __future__ import annotations

import bisect
from typing import TYPE_CHECKING

from newsparse.rules.quotes import patterns as pat
from newsparse.rules.quotes.as_clause import as_clause_report
from newsparse.rules.quotes.attribution.according import according_report
from newsparse.rules.quotes.attribution.cue_clause import (
    _long_subject_clause,
    _past_tell_object,
    _told_long_subject,
    clause_start,
    that_after_object,
)
from newsparse.rules.quotes.attribution.cue_filters import (
    _BASE_NEEDS_AUX,
    _CONDITIONALS,
    _IMPERATIVE_CUES,
    _NOT_SPEECH_PASSIVE,
    _TOLD_PASSIVE,
    _after_aux,
    _attributive,
    _embedded_question,
    _impersonal_passive,
    _no_subject,
    _personal_passive,
    _plural_subject,
)
from newsparse.rules.quotes.attribution.postposed import _MODIFIER_PARTICIPLES, final_attribution
from newsparse.rules.quotes.attribution.shared import (
    _ADVERB_WORDS,
    _CLOSING_MARKS,
    _NOT_GERUNDS,
    _SAY,
    _SAYS,
    _SUBJECT_PRONOUNS,
    _TELL,
    _THAT,
    cue_phrase_end,
)
from newsparse.rules.quotes.attribution.speaker import _quoted_as, speaker_for
from newsparse.rules.quotes.clause_shapes import finite_verb, resumed_predicate, subordinate_end, tell_object
from newsparse.rules.quotes.clauses import clause_end, glued_sentence, object_infinitive, question_clause
from newsparse.rules.quotes.gap_clause import gap_report
from newsparse.rules.quotes.phrases import (
    NP,
    _bare,
    _ends_punct,
    _first_tokens,
    _rstrip_to,
    _skip_ws,
    _tokens,
    np_after,
    np_before,
    sentence_subject,
)
from newsparse.rules.quotes.state import Raw

if TYPE_CHECKING:
    from newsparse.rules.quotes.state import State


def reported_speech(
    st: State, cs: int, ce: int, cue: str, ss: int, se: int, inside: list[tuple[int, int]]
) -> Raw | None:
    text = st.text
    v = st.vocab
    if cue in v.fragment:
        return None
    ss, se = glued_sentence(text, ss, se, cs)
    ss, se = _parenthesis_around(text, ss, se, cs)
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
    if cue in _THAT_ONLY_CUES and not _THAT.match(text, _skip_ws(text, ce)):
        return None  # "…, estimates Ann Lee, CEO of a firm that …": only "X estimates that …" reports
    if _embedded_question(text, ss, cs):
        return None  # "would not say whether he believes …": a question about speech, none reported
    if cue in _BASE_NEEDS_AUX and not (_after_aux(text, ss, cs) or _plural_subject(text, ss, cs, v.groups)):
        # "details which suggest that …": a base form reports only after "to", a modal or the
        # plural subject it agrees with ("sources tell …")
        return None
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
            clause_start(text, cue_end, send, False)
            if _THAT.match(text, _skip_ws(text, cue_end)) or _plural_subject(text, ss, cs, v.groups)
            else None
        )  # ("Researchers at Leeds suggest our love of sad films has …": a plural speaker's
        # present tense takes a plain clause, a subject and its verb, as "said" does)
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
    if np is not None and _readers_thing(text, np, cue_end):
        return None  # "your body fat percentage tells you what …": how-to prose, no source
    start = np.start if np is not None else cs
    if mode == "subject":
        start = ss
    return Raw(start, send, clause, send, "indirect", (cs, cue_end), np, mode, rule, ss)


_PAREN_REACH = 400
"""How far from a cue the brackets around it are looked for (bounded work per cue)."""


def _parenthesis_around(text: str, ss: int, se: int, cs: int) -> tuple[int, int]:
    """The bounds of a parenthesis around the cue at ``cs`` inside the sentence ``[ss, se)``, or
    the sentence: a report in brackets is a sentence of its own (``The pier reopens in May (the
    council says the repairs are done), and …``), its speaker and clause inside them."""
    open_ = text.rfind("(", max(ss, cs - _PAREN_REACH), cs)
    if open_ < 0 or text.find(")", open_, cs) >= 0:
        return ss, se
    close = text.find(")", cs, min(se, cs + _PAREN_REACH))
    if close < 0:
        return ss, se
    start = open_ + 1
    while start < cs and text[start] in " \t\u00a0":
        start += 1
    return start, close


# Cues that are nouns as often as verbs: they report only with "that" right after them
# ("Research firm X estimates that …"; never an inverted "…, estimates X")
_THAT_ONLY_CUES = frozenset({"estimates"})

# Cues reporting a verb phrase whose subject is a relative word before their speaker
_GAP_CUES = frozenset({"said", "says", "say", "claimed", "claims", "believed", "alleged", "alleges"})
_STRANDED = frozenset({"with", "about", "for", "to", "of", "on", "from", "at", "by", "into"})


_SENTENCE_BREAKS = (". ", "! ", "? ")
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


def _readers_thing(text: str, np: NP, cue_end: int) -> bool:
    """Whether the subject is the reader's own thing (``your computer``, ``your body fat
    percentage``), or a thing that tells *you*, the reader (``it tells you the percent …``):
    advice addressed to the reader, which quotes no one."""
    written = text[np.start : np.end]
    if written[:5].lower() == "your ":
        return True
    return np.kind != "name" and written.lower() in _THING_PRONOUNS and text.startswith(" you ", cue_end)


_THING_PRONOUNS = frozenset({"it", "this", "that"})


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


# Cues that may take a long subject with "and" before its verb ("added the exact circumstances of
# the deaths and injuries remained unclear")
_LONG_SUBJECT_CUES = _SAY | {"added", "adds", "noted", "wrote", "stressed", "warned", "insisted", "argued"}


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
        and finite_verb(first)
        and (_subject_only(text, ss, cs) or _relative_pronoun_before(text, ss, cs))
    ):
        # "The bridge, Ruiz said, would reopen in June": the attribution splits subject and
        # predicate; the content runs from after the cue, as the annotation delimits it (and
        # a regular past: "…, which, he said, scared the man off")
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


def _relative_pronoun_before(text: str, ss: int, cs: int) -> bool:
    """Whether ``which``/``who`` stands right before the comma that opens the parenthetical
    attribution (``…, which, he said, scared the man off``): the pronoun is the subject of the
    verb after the attribution."""
    comma = text.rfind(",", max(ss, cs - 40), cs)
    words = text[max(ss, comma - 12) : comma].split() if comma > ss else []
    return bool(words) and words[-1].lower() in {"which", "who"}


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


# words between "who" and its cue ("who has long claimed")
_RELATIVE_GAP = frozenset({"has", "had", "have", "also", "long", "once", "previously", "since", "would"})


def _relative_end(text: str, ss: int, cs: int, clause: int, send: int) -> int:
    """``Mark Hill, a lawyer who argues that the law is void, filed …``: a cue in a relative
    clause reports up to the comma that closes it."""
    before = text[max(ss, cs - 40) : cs].split()[-4:]
    # "who has long claimed …": auxiliaries and adverbs may stand between the pronoun and the cue
    while len(before) > 1 and (before[-1] in _RELATIVE_GAP or before[-1].endswith("ly")):
        before.pop()
    resumed = resumed_predicate(text, clause, send)
    if resumed is not None and _interrupting_opener(text, ss, cs):
        return resumed  # ("The man who police said X, was caught", "X, despite saying Y, has …")
    if not before or before[-1] not in {"who", "which"}:
        return send
    comma = text.find(", ", clause, send)
    return comma if comma - clause >= 8 else send


# Words that open a phrase set off between a subject and its verb; a cue inside one reports
# only up to the comma where the subject's own verb resumes ("Lee, despite saying X, has …").
_INTERRUPTERS = frozenset({"who", "which", "whom", "despite"})


def _interrupting_opener(text: str, ss: int, cs: int) -> bool:
    """Whether the cue at ``cs`` sits in a relative or ``despite`` phrase opened within its last
    five words (``who the police said``, ``, despite initially saying``)."""
    words = text[max(ss, cs - 60) : cs].split()[-5:]
    return any(w.lower() in _INTERRUPTERS for w in words)
