"""The driver: one article's quotations and reported speech attributed paragraph by paragraph
from its language's tables."""

from __future__ import annotations

import bisect
import itertools

from newsparse._model import Quote
from newsparse.lang.tables import LanguageTables
from newsparse.rules.quotes.languages.as_clause import as_clause
from newsparse.rules.quotes.languages.cues import (
    AS,
    INVERSION,
    LENIENT,
    PARTICIPLE,
    VERB,
    Context,
    LanguageCues,
    language_cues,
    norm_cue,
)
from newsparse.rules.quotes.languages.dialogue import dash_incise, dialogue_turn
from newsparse.rules.quotes.languages.direct import (
    attribute_direct,
    bare_quotation,
    colon_block,
    coordinated_name,
    drop_nested,
    fragments_in_mood,
    heading_quote,
    inside_reported,
    intro_words,
    inverted_speaker,
    pointed_term,
    previous_line_intro,
    promote_fragments,
    share_sentence,
    under_heading,
    whole_sentence,
)
from newsparse.rules.quotes.languages.incise import split_at_incise
from newsparse.rules.quotes.languages.mentions import named_in_marks, title_in_sentence
from newsparse.rules.quotes.languages.phrases import phrase_after, phrase_before
from newsparse.rules.quotes.languages.reported import (
    colon_in_mood,
    continue_in_mood,
    indirect_raw,
    reported,
    sentence_before,
)
from newsparse.rules.quotes.languages.speakers import resolve
from newsparse.rules.quotes.languages.text import (
    Sentences,
    back_over_space,
    clause_end,
    sentence_of,
    sentences,
    skip_chars,
    word_count,
    words_in,
    wordset,
)
from newsparse.rules.quotes.state import Raw, State


def attribute_in_language(
    st: State, tables: LanguageTables, candidates: list[Raw], keep_scare: bool = False
) -> list[Quote]:
    """The quotes of a document read with ``tables``: the quotations of ``candidates`` (found by
    the language-blind mark stage) attributed from the tables, and the reported speech."""
    lc = language_cues(tables)
    direct = [r for r in candidates if r.kind != "indirect"]
    cx = Context(st, lc, direct)
    out: list[Raw] = []
    di = 0
    last_attributed = -10
    last_turn = -10
    last_run = -10  # the last paragraph that was a quotation inheriting its speaker
    names: set[str] = set()  # the names in marks found so far (a title quoted again is a title)
    dashes = tables.dialogue_dashes
    intros = intro_words(tables.block_intros)
    for pi, (ps, pe, _) in enumerate(st.paras):
        sents = Sentences(sentences(st.text, ps, pe))
        if not sents:
            continue
        here: list[Raw] = []
        scares: list[Raw] = []  # short quotations with no cue: kept when a reported clause holds them
        if pi and st.text[ps : ps + 1] == ",":
            unmarked = _unmarked_line(cx, st, pi, out)
            if unmarked is not None:
                out.append(unmarked)
                last_attributed = pi
        if pi and out and out[-1].kind == "direct" and out[-1].mode in {"none", "inherit"}:
            _paragraph_after(cx, st, pi, out[-1])
        opened = di < len(direct) and direct[di].start <= ps  # (the mark stage's quotation opens it)
        block = colon_block(cx, st, pi, intros) if pi and not opened else None
        if block is not None:
            # "Nella conclusione scrive:" then a paragraph with no marks: a block quotation
            here.append(block)
            last_attributed = pi
            drop_nested(st.text, direct, di, pe)
        if dashes and (di >= len(direct) or direct[di].start >= pe):
            # "— Il faut agir, a-t-elle lancé.": a dash-led turn, no marks for the mark stage
            turn = dialogue_turn(cx, ps, pe, dashes, pi - last_turn == 1)
            if turn:
                here.extend(turn)
                last_turn = pi
                if turn[0].mode == "np":
                    last_attributed = pi
        while di < len(direct) and direct[di].end <= pe:
            raw = direct[di]
            di += 1
            short = raw.kind == "scare"  # a title, a scare quote, or a short quote with a cue
            raw.kind = "direct"
            bare_quotation(st.text, raw)
            if heading_quote(cx, raw, ps, pe):
                # a live blog's entry title: not a quote, but its label names who speaks below it
                label = phrase_before(st.text, ps, back_over_space(st.text, ps, raw.start) - 1, lc)
                raw.kind, raw.np, raw.rule = "scare", label, "heading"
                raw.mode = "np" if label is not None else "scare"
                here.append(raw)
                continue
            if (
                (short and (_name_in_marks(st.text, raw) or pointed_term(st.text, raw)))
                or named_in_marks(st.text, raw, tables, names)
                or coordinated_name(st.text, raw, direct[di - 2] if di > 1 else None)
            ):
                # "sagte er der «Financial Times»", "»Zeit«-Chefredakteur": a paper's or a work's name
                raw.kind, raw.mode, raw.rule = "scare", "scare", "scare"
                if keep_scare:
                    here.append(raw)
                continue
            halves = split_at_incise(cx, raw) or dash_incise(cx, raw)
            if halves is not None:
                here.extend(halves)
                last_attributed = pi
                continue
            if (attribute_direct(cx, raw, sents, pe) or previous_line_intro(cx, st, raw, pi)) and not (
                short and raw.rule == "direct:colon" and not _said_after_colon(st.text, raw)
            ):
                last_attributed = pi
            elif title_in_sentence(st.text, raw, tables):
                # "Se trata del "8° Congreso Internacional"", "(« Le blues des chercheurs »,
                # Le Monde)": a title or a name set in a sentence, no one's words
                raw.kind, raw.mode, raw.rule = "scare", "scare", "scare"
                if keep_scare:
                    here.append(raw)
                continue
            elif short and pi == last_attributed and _sentence_of_its_own(st.text, raw):
                # «…», aseguró el alcalde. «Los vecinos merecen respuestas».: a short quoted
                # sentence after an attributed one in its paragraph goes on with that speaker
                raw.mode = "inherit"
            elif short:
                raw.kind, raw.mode, raw.rule = "scare", "scare", "scare"
                scares.append(raw)
                if not keep_scare:
                    continue
            elif under_heading(st, raw, pi):
                last_attributed = pi
            elif (pi - last_attributed <= 1 or (pi - last_run <= 1 and _fills(st.text, raw, ps, pe))) and len(
                st.text[raw.cstart : raw.cend].split()
            ) >= 4:
                raw.mode = "inherit"
                if _fills(st.text, raw, ps, pe):
                    last_run = pi  # a run of quoted paragraphs goes on with the same speaker
            elif whole_sentence(st.text, raw, ps):
                raw.mode = "mentioned"  # a quoted sentence after sentences about someone: theirs
                raw.sentence = sentence_of(sents, back_over_space(st.text, ps, raw.start) - 1)[0]
            here.append(raw)
        last_rep: Raw | None = None
        for cs, ce, kind in cx.cues_in(ps, pe) if block is None else ():  # (a block's cues are its words)
            if cx.quoted(cs) or cs in cx.used:
                continue
            ss, se = sentence_of(sents, cs)
            if kind == AS:
                rep = as_clause(cx, cs, ce, ss, se)
            elif kind == INVERSION and cs - ss <= 1:
                rep = sentence_before(cx, cs, ce, sents, ss)
            else:
                rep = reported(cx, cs, ce, kind, ss, se)
            if rep is not None and (
                last_rep is None or last_rep.cend <= rep.cstart or rep.cend <= last_rep.cstart
            ):
                here.append(rep)  # cues come in text order: only the last clause can overlap
                last_rep = rep
                if rep.np is not None:
                    # "X a affirmé que …" then a paragraph that is a quotation: X goes on speaking
                    last_attributed = pi
            elif (
                rep is None
                and last_rep is not None
                and kind in {VERB, LENIENT, PARTICIPLE}
                and _quotation_follows(st.text, lc, ce)
                and (cut := _coordinated(st.text, lc, last_rep, cs, ce)) is not None
            ):
                # "X opinó que A, aunque agregó que “B”": the second verb's words are a quotation
                # of their own (paired as direct speech); A ends before the coordinator
                last_rep.cend = last_rep.end = cut
            elif (
                rep is not None
                and last_rep is not None
                and rep.rule == "indirect:cue"
                and (cut := _coordinated(st.text, lc, last_rep, cs, ce)) is not None
            ):
                # "X reiterou que A e ponderou B", "X a assuré que A, mais a ajouté que B": a second
                # speech verb joined to the first ends its clause and reports the same speaker on
                last_rep.cend = last_rep.end = cut
                rep.np, rep.mode, rep.start = last_rep.np, last_rep.mode, cs
                here.append(rep)
                last_rep = rep
            elif (
                rep is not None
                and last_rep is not None
                and (_nested_source(last_rep, rep) or _final_source(last_rep, rep))
            ):
                here[here.index(last_rep)] = rep
                last_rep = rep
        if scares:
            promote_fragments(scares, here, keep_scare, cx, sents)
        here.extend(_clauses_around_fragments(cx, here, sents))
        here.extend(_quoted_complements(cx, here, sents))
        inside_reported(here)
        share_sentence(here, sents)
        if lc.mood:
            colon_in_mood(cx, here, sents)
            continue_in_mood(cx, here, out, sents)
            if scares:
                fragments_in_mood(scares, here, keep_scare, lc.nouns_capitalised, st.text)
        out.extend(here)
    # a quotation left open (its closing mark lost) counts only when a cue attributes it
    out = [r for r in out if r.closed or r.kind != "direct" or _open_but_said(st, r)]
    out.sort(key=lambda r: (r.start, r.end))
    return resolve(st, tables, lc, out, keep_scare)


def _paragraph_after(cx: Context, st: State, pi: int, last: Raw) -> None:
    """``“…”`` as a paragraph of its own, then ``Lo afferma, in una dichiarazione, il sindaco
    X.`` opening the next: an inverted cue (with the object pronoun that points back) at a
    paragraph's start names the speaker of the quotation that ended the paragraph before."""
    text = cx.text
    ps = st.paras[pi][0]
    qs, qe, _ = st.paras[pi - 1]
    if last.start < qs or text[last.end : qe].strip(" \t\u00a0\u202f.,:") or last.cue is not None:
        return
    k = bisect.bisect_left(cx.cue_starts, ps)
    if k >= len(cx.cues) or cx.cues[k][0] != ps or cx.cues[k][2] != INVERSION:
        return
    cs, ce, _ = cx.cues[k]
    eol = text.find("\n", ce, ce + 240)
    hi = eol if eol >= 0 else min(len(text), ce + 240)
    # "Lo afferma, in una dichiarazione, il sindaco": a comma-set adjunct before the subject
    start = ce
    if text[ce : ce + 1] == ",":
        second = text.find(",", ce + 1, min(hi, ce + 60))
        if second > 0 and not any(c in text[ce + 1 : second] for c in '.;:!?«»“”"'):
            start = second + 1
    np = inverted_speaker(cx, cs, ce, hi) if start == ce else phrase_after(text, start, hi, cx.lc)
    if np is None:
        return
    cx.used.add(cs)
    last.cue, last.np, last.mode, last.rule = (cs, ce), np, "np", "direct:after"


class _Clauses:
    """The reported clauses of a paragraph, sorted, to ask in logarithmic time whether a position
    lies inside one (a paragraph may hold thousands of quotes: no scan per quote)."""

    def __init__(self, here: list[Raw]) -> None:
        spans = sorted((r.cstart, r.cend) for r in here if r.kind == "indirect")
        self.starts = [a for a, _ in spans]
        self.reach = list(itertools.accumulate((b for _, b in spans), max))

    def cover(self, pos: int) -> bool:
        """Whether ``pos`` lies inside one of the clauses."""
        k = bisect.bisect_right(self.starts, pos) - 1
        return k >= 0 and pos < self.reach[k]


def _clauses_around_fragments(cx: Context, here: list[Raw], sents: Sentences) -> list[Raw]:
    """``Die Reform sei „ein Fehler“, sagte X.``, ``Le projet est « un désastre », a dit X``: a
    quotation that ends a clause of narration before its cue's comma leaves that clause reported
    too (the annotation lists the fragment and its clause); only when no reported clause was
    found there already and the narration before the mark is words of its own (no colon)."""
    text = cx.text
    found: list[Raw] = []
    taken = _Clauses(here)
    for raw in here:
        if raw.kind != "direct" or raw.rule != "direct:after" or raw.cue is None or raw.np is None:
            continue
        cs, ce = raw.cue
        if norm_cue(text[cs:ce]) in cx.lc.reading:
            continue  # "Il est soupçonné de « … », peut-on lire dans X": the source of the words only
        comma = skip_chars(text, raw.end, cs, " \t\u00a0\u202f")
        if text[comma : comma + 1] != "," or skip_chars(text, comma + 1, cs, " \t\u00a0\u202f") != cs:
            continue
        ss = sentence_of(sents, raw.start)[0]
        lead = text[ss : raw.start]
        if word_count(text, ss, raw.start, _LEAD_WORDS) < _LEAD_WORDS or any(
            c in lead for c in _NOT_NARRATION
        ):
            continue
        if cx.quoted(ss) or taken.cover(raw.start):
            continue
        if not text[back_over_space(text, ss, raw.start) - 1].isalpha():
            continue  # "En plus de rassasier, « … »": a clause in marks after an adjunct, no fragment
        rep = indirect_raw(text, cs, ce, ss, ss, comma, raw.np, "indirect:after")
        if rep is not None:
            found.append(rep)
    return found


def _quoted_complements(cx: Context, here: list[Raw], sents: Sentences) -> list[Raw]:
    """``aseguró que “…”``, ``destacou que "…"``, ``rappelant que « … »``: a quotation that is the
    whole clause a complementiser opens after its cue is reported speech too (the annotation
    lists it again as a direct quote); the clause runs to the end of the sentence."""
    text = cx.text
    found: list[Raw] = []
    if cx.lc.case_blind:
        return found  # Hindi annotations list "ने कहा कि “…”" as the direct quote alone
    taken = _Clauses(here)
    for raw in here:
        if raw.kind != "direct" or raw.cue is None or raw.cue[1] > raw.start:
            continue
        cs, ce = raw.cue
        words = words_in(text, ce, raw.start)
        if len(words) != 1 or words[0][2].lower() not in cx.lc.complementisers:
            continue
        if text[ce : raw.start].strip(" \t\u00a0\u202f") != words[0][2]:
            continue  # only spaces around the complementiser
        if taken.cover(raw.start):
            continue
        ss, se = sentence_of(sents, raw.start)
        rep = indirect_raw(text, cs, ce, ss, raw.start, clause_end(text, ss, se), raw.np, "indirect:cue")
        if rep is not None:
            rep.mode = raw.mode
            found.append(rep)
    return found


_LEAD_WORDS = 3  # words of narration before the quotation, at least
_NOT_NARRATION = frozenset(':«»“”„"‘’‚—–\n')  # a colon introduces the quotation; other marks, other quotes


def _coordinated(text: str, lc: LanguageCues, first: Raw, cs: int, ce: int) -> int | None:
    """Where ``first``'s reported clause ends when the cue at ``[cs, ce)`` is a speech verb joined
    to it inside that clause: by one of the language's coordinators, perhaps with a linking
    adverb or two (``… do Congresso e ponderou …``, ``…, aunque agregó que …``, ``… y luego
    cuestionó …``), or as a gerund after a comma (``…, advirtiendo que …``); None otherwise.
    The second verb is the cue at ``[cs, ce)``; ``first`` reports with a cue too, or with an
    according-to source opening its sentence (``Según X, A, y explicó que B``)."""
    if first.kind != "indirect" or first.cue is None:
        return None
    if first.rule != "indirect:cue" and not (
        first.rule == "indirect:according" and first.cue[0] < first.cstart
    ):
        return None
    if not first.cstart < cs < first.cend:
        return None
    before = words_in(text, max(first.cstart, cs - 48), cs)
    gap = back_over_space(text, 0, cs)
    if lc.kinds.get(norm_cue(text[cs:ce])) == PARTICIPLE and text[gap - 1] == ",":
        cut = gap - 1  # "…, advirtiendo que B": a gerund clause of its own
    elif not before or before[-1][1] != gap:
        return None
    else:
        k = len(before) - 1
        while k > 0 and len(before) - 1 - k < 2 and before[k][2].lower() in lc.linking:
            k -= 1  # "y luego cuestionó", "und dann betonte"
        if before[k][2].lower() not in lc.coordinators or not _adjacent_words(text, before[k:]):
            return None
        cut = before[k][0]
    while cut > first.cstart and text[cut - 1] in " \t\u00a0\u202f,":
        cut -= 1
    return cut if cut - first.cstart >= 8 else None


def _quotation_follows(text: str, lc: LanguageCues, ce: int) -> bool:
    """Whether a quotation opens right after the cue ending at ``ce``, past a complementiser or a
    colon (``agregó que “…”``, ``a ajouté : « … »``, ``sagte: „…“``)."""
    pos = skip_chars(text, ce, min(len(text), ce + 8), " \t\u00a0\u202f")
    words = words_in(text, pos, min(len(text), pos + 12))
    if words and words[0][0] == pos and words[0][2].lower() in lc.complementisers:
        pos = skip_chars(text, words[0][1], min(len(text), words[0][1] + 8), " \t\u00a0\u202f")
    elif text[pos : pos + 1] == ":":
        pos = skip_chars(text, pos + 1, min(len(text), pos + 8), " \t\u00a0\u202f")
    return text[pos : pos + 1] in _OPENING_MARKS


_OPENING_MARKS = frozenset('“„«"‘‚')


def _adjacent_words(text: str, words: list[tuple[int, int, str]]) -> bool:
    """Whether ``words`` follow one another with only spaces between (no comma, no quote mark)."""
    return all(not text[a[1] : b[0]].strip(" \t\u00a0\u202f") for a, b in itertools.pairwise(words))


def _nested_source(outer: Raw, inner: Raw) -> bool:
    """``Selon l’AFP, qui a rapporté la déclaration, X a soutenu que …``: an according-to
    clause whose content holds a speech cue with its own named subject reports that person's
    words; the agency passed them on (the speaker is X, as annotators read nested sources)."""
    return (
        outer.rule == "indirect:according"
        and inner.rule == "indirect:cue"
        and inner.np is not None
        and inner.np.kind == "name"
        and outer.cstart <= inner.np.start
        and inner.cend <= outer.cend + 1
    )


def _final_source(inner: Raw, final: Raw) -> bool:
    """``Sie sollen laut Informationen aus Ungarn nicht eintreffen, so Pangl.``: the source
    closing the sentence after a comma reports the whole sentence, an according-to cue inside it
    included (that one names where the speaker's information came from)."""
    return (
        inner.rule == "indirect:according"
        and final.rule == "indirect:according"
        and inner.cue is not None
        and final.cue is not None
        and final.cue[0] > inner.cue[0]
        and final.cstart <= inner.cstart
        and final.np is not None
    )


def _unmarked_line(cx: Context, st: State, pi: int, out: list[Raw]) -> Raw | None:
    """``Ce sur quoi nous comptons, c’est que …`` on a line of its own, then a line opening with
    ``, a-t-elle expliqué à CBC.``: a site that sets quotations in a styled block loses their
    marks in the scrape, but the attribution left behind (a comma and a cue opening the next
    paragraph) shows the line above was a quotation."""
    text = cx.text
    ps = st.paras[pi][0]
    start = skip_chars(text, ps + 1, min(len(text), ps + 4), " \t\u00a0\u202f")
    k = bisect.bisect_left(cx.cue_starts, start)
    if k >= len(cx.cues) or cx.cues[k][0] != start or cx.cues[k][2] not in {INVERSION, VERB, LENIENT}:
        return None
    qs, qe, _ = st.paras[pi - 1]
    cend = back_over_space(text, qs, qe)
    cs, ce, kind = cx.cues[k]
    eol = text.find("\n", ce, ce + 240)
    hi = eol if eol >= 0 else min(len(text), ce + 240)
    last = out[-1] if out else None
    if last is not None and last.end > qs:
        if last.kind == "direct" and last.start - qs <= 1 and last.cue is None and last.end >= cend - 1:
            # "« … »" alone on the line above, its attribution on this one: the cue is its own
            _attach(cx, last, cs, ce, kind, hi)
        return None  # the line above holds a quote or a clause already
    if cend - qs > 1200 or word_count(text, qs, cend, 4) < 4:
        return None  # too short or too long for a quotation
    raw = Raw(qs, ce, qs, cend, "direct", None, None, "none", "direct:after", qs, qs, True)
    _attach(cx, raw, cs, ce, kind, hi)
    return raw


def _attach(cx: Context, raw: Raw, cs: int, ce: int, kind: str, hi: int) -> None:
    """Give ``raw`` the cue at ``[cs, ce)`` and the speaker after it (before ``hi``)."""
    np = inverted_speaker(cx, cs, ce, hi) if kind == INVERSION else phrase_after(cx.text, ce, hi, cx.lc)
    cx.used.add(cs)
    raw.cue, raw.np, raw.rule = (cs, ce), np, "direct:after"
    raw.mode = "np" if np is not None else "dropped"


def _name_in_marks(text: str, raw: Raw) -> bool:
    """Whether the short quotation ``raw`` is a name set in marks (a newspaper, a work, a nickname):
    a capitalised phrase of at most four words with no sentence punctuation, right after an
    article or a preposition fused with one (``der «Financial Times»``, ``au « Monde »``,
    ``al «Corriere»``), or glued by a hyphen to the word after it (``»Zeit«-Chefredakteur``)."""
    content = text[raw.cstart : raw.cend].strip()
    if not content[:1].isupper() or len(content.split()) > 4 or any(c in content for c in ".!?…:;,"):
        return False
    if text[raw.end : raw.end + 1] == "-" and text[raw.end + 1 : raw.end + 2].isalpha():
        return True
    before = text[max(0, raw.start - 8) : raw.start]
    if not before.endswith((" ", "\u00a0")):
        return False
    words = before.split()
    return bool(words) and words[-1].lower() in _ARTICLES_BEFORE_NAMES


# Articles and prepositions fused with one, right before a paper's or a work's name in marks
_ARTICLES_BEFORE_NAMES = wordset(
    "der dem den des die das au du le la les el al del lo il dello della dal sul nel o a ao do da no na "
    "dos das"
)


def _sentence_of_its_own(text: str, raw: Raw) -> bool:
    """Whether the short quotation ``raw`` is a sentence of its own: after a sentence's end, two
    words or more opening with a capital, ending with its own punctuation (inside the marks or
    right after them); a quoted word or title inside a sentence is none."""
    before = text[max(0, raw.start - 3) : raw.start].rstrip(" \t\u00a0\u202f")
    content = text[raw.cstart : raw.cend].rstrip()
    if not before or before[-1] not in ".!?…" or not content[:1].isupper() or len(content.split()) < 2:
        return False
    return content[-1:] in {".", "!", "?", "…"} or text[raw.end : raw.end + 1] in {".", "!", "?"}


def _fills(text: str, raw: Raw, ps: int, pe: int) -> bool:
    """Whether the quotation ``raw`` is its whole paragraph (a final full stop aside)."""
    return raw.start - ps <= 1 and not text[raw.end : pe].strip(" \t\u00a0\u202f.,")


def _said_after_colon(text: str, raw: Raw) -> bool:
    """``Le ministre a été clair : « Pas question. »``: a short quotation after a colon is speech
    when a person opens the sentence and the quotation is a sentence of its own (it ends with
    its own punctuation), not a label's value (``Mot-clé : « résilience »``)."""
    ends = text[raw.cstart : raw.cend].rstrip()[-1:] in {".", "!", "?", "…", "।"}
    return raw.np is not None and raw.np.kind in {"name", "pron"} and ends


def _open_but_said(st: State, raw: Raw) -> bool:
    """Whether the quotation ``raw``, left open at its paragraph's end (the scrape lost its
    closing mark), is still a quote: a cue attributes it, and it opens its paragraph or follows
    a colon (``Il a déclaré : « Nous allons …``), not a stray mark inside a sentence."""
    if raw.mode not in {"np", "dropped", "inherit"}:
        return False  # ("inherit": a paragraph opened by a quotation after its speaker's one)
    if raw.rule == "direct:incise":
        return True  # "«A, – afferma Celli – B" to the paragraph's end: the incise's cue says it
    mark = raw.origin if raw.origin >= 0 else raw.start
    before = back_over_space(st.text, 0, mark)
    if raw.rule == "direct:before" and raw.cue is not None and before - raw.cue[1] <= 1:
        return st.text[before - 1 : before] == ","  # "उन्होंने लिखा, “…" to the paragraph's end
    return before == 0 or st.text[before - 1] in "\n:"
