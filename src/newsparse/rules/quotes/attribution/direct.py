"""Direct quotes: the cue and speaker phrase of each quotation.

:func:`direct_quote` looks after a quotation (``“…,” said Jane Roe``), before it (``Jane Roe
said: “…”``), at a ``From X:`` header and at a colon intro ending the previous paragraph
(:func:`colon_intro`); :func:`fragment_pair` joins ``"safe" and "oddly polite"``.
"""

from __future__ import annotations

import bisect
import re
from typing import TYPE_CHECKING

from newsparse.rules.quotes import patterns as pat
from newsparse.rules.quotes.attribution.cue_filters import (
    _BASE_NEEDS_AUX,
    _after_aux,
    _attributive,
    _plural_subject,
)
from newsparse.rules.quotes.attribution.shared import _TELL, _mid_sentence, cue_phrase_end
from newsparse.rules.quotes.attribution.speaker import speaker_for
from newsparse.rules.quotes.attribution.titles import known_as_after, title_or_nickname
from newsparse.rules.quotes.names import given_sex
from newsparse.rules.quotes.phrases import NP, _abbrev_dot, _bare, _first_tokens, np_after
from newsparse.rules.quotes.state import Raw
from newsparse.text.lazy import deferred_regex

if TYPE_CHECKING:
    from newsparse.rules.quotes.marks import Segment
    from newsparse.rules.quotes.state import State

# "told the BBC: “…”", "told Sky News, “…”"
_TOLD_OBJECT = re.compile(
    r"[ \t\u00a0]++(?:the[ ]|a[ ])?[A-Z][\w.&’'-]{0,30}+(?:[ ][A-Z][\w.&’'-]{0,30}+){0,3}+"
    r"[ \t]*+[:,]?[ \t\u00a0]*+"
)


def _but_clause(between: str) -> bool:
    """Whether the words between a closing mark and a cue are ``but`` and a short subject (``“…,”
    but critics said``): a clause of its own, whose cue is not the quotation's. Not ``and`` or
    ``while``, which go on with the quoted sentence (``“…” while in power, Azzouz said``)."""
    words = between.replace(",", " ").split()
    return 2 <= len(words) <= 5 and words[0] == "but" and all(w[:1].isalnum() for w in words[1:])


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
            if len(between) > 90 or _sentence_stop(between) or _but_clause(between):
                # ('“… that standard,” but board members questioned whether …': a new clause
                # with its own subject, whose cue is not the quotation's)
                break
            if cue in st.vocab.according and _fragment_cue_before(st, cue_matches, pre_lo, seg.open):
                # "Lee called the reversal “heartbreaking,” according to the Courier": the
                # fragment is Lee's word; the outlet reports the sentence, not the word
                break
            np, mode = speaker_for(st, cs, ce, cue, qend, suf_hi, after_quote=True)
            if np is None:
                break
            if _governed_before(st, cue_matches, pre_lo, seg.open, qend, np.start):
                # "While Ruiz dubbed the ruling “unfair” to the town and its people, Lee said …":
                # the verb before the marks governs the fragment; the cue after has its own clause
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
        if ce > seg.open or (cue[-1:] in {"d", "s"} and _attributive(text, pre_lo, cs, cue)):
            # ("voters using the proposed “identifiers”": a participle before a noun, no cue)
            continue
        if cue in _BASE_NEEDS_AUX and not (
            _after_aux(text, pre_lo, cs) or _plural_subject(text, pre_lo, cs, st.vocab.groups)
        ):
            continue  # ("listened to Ann tell a friend …: “…”": a bare infinitive, no cue of its own)
        split = si > 0 and pre_lo == prev_close  # “A,” said X, “B.”
        np, mode = speaker_for(st, cs, ce, cue, pre_lo, seg.open, after_quote=split)
        if np is None and mode != "subject":
            if not _labelled_fragment(st, cue, ce, seg.open, cstart, cend):
                continue
            mode = "subject"  # (the naming verb governs the words; its subject is read later)
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
    if cend <= cstart or cend - cstart > 200 or known_as_after(text, seg.close + 1):
        return None  # (not 'in halls, or “dorms” as they are known': a name, no fragment)
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


_LABEL_WORDS = 6
"""The most words a fragment may have to stand as the label a naming verb gives (``“reckless”``)."""


def _labelled_fragment(st: State, cue: str, ce: int, open_: int, cstart: int, cend: int) -> bool:
    """Whether a naming verb ending at ``ce`` governs the short lower-case fragment opening at
    ``open_`` although no subject stands before the verb: in a relative clause (``an officer who
    described the call as “improper.”``), an infinitive (``went on radio to describe the city as
    a “gas chamber.”``) or a participle phrase (``labelling the report a “scam”``). The words are
    still the speaker's, so the quote is kept and its speaker read from the sentence. The verb
    needs its object between it and the mark (``described the plan as``)."""
    if cue not in st.vocab.fragment or open_ - ce > _FRAGMENT_GAP or not st.text[ce:open_].strip():
        return False  # (no object between: "a function that calls “print()”" names, labels nothing)
    content = st.text[cstart:cend]
    if not content[:1].islower() or content.count(" ") >= _LABEL_WORDS:
        return False
    return not _sentence_stop(st.text[ce:open_]) and ";" not in st.text[ce:open_]


def _sentence_stop(between: str) -> bool:
    """Whether text between a quote and a cue ends a sentence (``Gov.``, ``Dr.`` do not)."""
    if "!" in between or "?" in between:
        return True
    if "." not in between:
        return False
    return any(t.endswith(".") and not _abbrev_dot(t) for t in between.split())


_FRAGMENT_GAP = 60
"""How far before a quoted fragment its naming cue may end (``called the reversal “…”``)."""


_CONTINUED = 20
"""Characters of the quote's own clause between its closing mark and the speaker of a cue after
it beyond which that cue no longer closes the quote (``“unfair” to the town and its people,
Lee said``)."""


def _governed_before(
    st: State, cue_matches: list[tuple[int, int, str]], lo: int, open_at: int, qend: int, speaker_at: int
) -> bool:
    """Whether the fragment opening at ``open_at`` is governed by a fragment verb before it
    (``dubbed``, ``called``, with a named subject) rather than by the cue whose speaker starts at
    ``speaker_at``: the fragment's clause goes on after the marks before that speaker."""
    if speaker_at - qend <= _CONTINUED or not _mid_sentence(st.text, lo, open_at):
        return False
    return _fragment_cue_before(st, cue_matches, lo, open_at)


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
