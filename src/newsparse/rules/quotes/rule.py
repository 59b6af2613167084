"""Quotes: direct quotes and reported speech, with cue, speaker and content, pronouns resolved.

The rule runs three stages over the unclaimed paragraphs (lines) of a document, each a module
of this package with plain functions over one per-document :class:`~.state.State`:

1. **marks** (:mod:`.marks`) — every quote mark is classified (opening, closing, or an
   apostrophe such as ``players'``, ``can’t``, ``'90s``) and paired with a stack by family; a
   paragraph that ends inside a quote continues when the next one reopens it;
2. **attribution** (:mod:`.attribution`, noun phrases in :mod:`.phrases`) — the speech cues
   (vocabulary in :mod:`.cues`, compiled in :mod:`.vocab`) are found once per document; each
   direct quote takes the nearest cue next to it, the other cues report speech (``X said
   (that) CLAUSE``, ``CLAUSE, X said.``);
3. **speakers** (:mod:`.speakers`) — the words naming the speaker are kept as
   ``speaker_span``; ``speaker`` is resolved in text order: ``He``/``She``/``the minister`` →
   the last named person, a surname or titled form → the fullest name used in the article
   (``Trump`` → ``Donald Trump``). Text claimed by earlier rules (tweets, captions, also-read
   lines) is skipped, so it is never quoted and never becomes an antecedent.

This module orchestrates: :func:`find_candidates` walks the paragraphs, :class:`QuoteRule`
resolves the candidates into :class:`~newsparse.Quote` items.

Scare quotes and titles of works (short, no cue nearby) are dropped unless ``keep_scare=True``,
which reports them with ``kind="scare"`` and no speaker.

>>> found = find_quotes("“We will win,” said Jane Roe. She added that fans matter.")
>>> [(q.kind, q.speaker, q.content.text) for q in found]
[('direct', 'Jane Roe', 'We will win,'), ('indirect', 'Jane Roe', 'fans matter')]
"""

from __future__ import annotations

import bisect
from collections.abc import Iterator

import attrs

from newsparse._document import Document
from newsparse._model import Quote
from newsparse.lang import extend_vocabulary
from newsparse.rules.quotes import cues as cues
from newsparse.rules.quotes import patterns as pat
from newsparse.rules.quotes.attribution import colon_intro, direct_quote, fragment_pair, reported_speech
from newsparse.rules.quotes.clause_shapes import FRONTED_OPENERS, finite_verb
from newsparse.rules.quotes.fragments import fragment_in_clause
from newsparse.rules.quotes.languages import attribute_in_language
from newsparse.rules.quotes.marks import OpenMark, Segment, pair_marks
from newsparse.rules.quotes.phrases import _rstrip_to
from newsparse.rules.quotes.speakers import resolve_speakers
from newsparse.rules.quotes.state import Raw, State
from newsparse.rules.quotes.vocab import _DEFAULT_TABLES, build_vocab, default_vocab, norm_cue

__all__ = ["QuoteRule", "find_quotes"]


@attrs.frozen(slots=True)
class QuoteRule:
    """Find direct quotes and reported speech; the vocabulary is data (see ``rules/quotes/cues.py``).

    >>> rule = QuoteRule(verbs=QuoteRule().verbs + ("harrumphed",))
    >>> [q.cue.text for q in rule(Document.from_text("The coach harrumphed that nobody listens."))]
    ['harrumphed']
    """

    name: str = "quotes"
    """The rule's name in a parser."""
    verbs: tuple[str, ...] = cues.SPEECH_VERBS
    """Speech verbs that report a clause after ``that`` (or an obvious clause)."""
    lenient_verbs: tuple[str, ...] = cues.LENIENT_VERBS
    """Speech verbs that take a bare clause (``said the plan failed``)."""
    participles: tuple[str, ...] = cues.PARTICIPLE_CUES
    """``-ing`` cues whose speaker is the sentence's subject (``…, noting that …``)."""
    according: tuple[str, ...] = cues.ACCORDING_CUES
    """Cues whose speaker follows them (``according to X``)."""
    fragment_cues: tuple[str, ...] = cues.FRAGMENT_CUES
    """Cues that attribute a quoted fragment only (``called the plan “reckless”``)."""
    titles: tuple[str, ...] = cues.TITLES
    """Title words stripped when resolving a name."""
    role_nouns: tuple[str, ...] = cues.ROLE_NOUNS
    """Role words that, after ``the``, stand for the last named person."""
    group_nouns: tuple[str, ...] = cues.GROUP_NOUNS
    """Plural nouns accepted as speakers without a determiner."""
    org_words: tuple[str, ...] = cues.ORG_WORDS
    """Words marking a name as an organisation (never the antecedent of ``he``/``she``)."""
    work_nouns: tuple[str, ...] = cues.WORK_NOUNS
    """Words naming a work (``the thriller``): a capitalised quote right after one is its title."""
    keep_scare: bool = False
    """Report scare quotes and titles of works as ``kind="scare"`` instead of dropping them."""

    def __call__(self, document: Document) -> Iterator[Quote]:
        """Yield the quotes of ``document``'s unclaimed text, in text order."""
        d = _DEFAULT_TABLES
        if (
            self.verbs is d[0]
            and self.lenient_verbs is d[1]
            and self.participles is d[2]
            and self.according is d[3]
            and self.fragment_cues is d[4]
            and self.titles is d[5]
            and self.role_nouns is d[6]
            and self.group_nouns is d[7]
            and self.org_words is d[8]
            and self.work_nouns is d[9]
        ):
            vocab = default_vocab()  # the default tables: skip hashing nine tuples per call
        else:
            vocab = build_vocab(
                self.verbs,
                self.lenient_verbs,
                self.participles,
                self.according,
                self.fragment_cues,
                self.titles,
                self.role_nouns,
                self.group_nouns,
                self.org_words,
                self.work_nouns,
            )
        tables = document.tables
        if len(extend_vocabulary(self.verbs, tables.speech_verbs)) != len(self.verbs):
            # the document's language brings cues of its own (English and "und" add none):
            # the quotation spans as always, attribution from its tables (languages.py)
            st = State(document, vocab, True, self.name)
            return iter(attribute_in_language(st, tables, find_candidates(st), self.keep_scare))
        st = State(document, vocab, self.keep_scare, self.name)
        return iter(resolve_speakers(st, find_candidates(st)))


def find_quotes(text: str) -> tuple[Quote, ...]:
    """Return the quotes in ``text`` (raw text: nothing is claimed), in text order.

    >>> [(q.speaker, q.cue.text, q.content.text) for q in find_quotes("Police said the road would reopen.")]
    [('police', 'said', 'the road would reopen')]
    """
    from newsparse._errors import ensure_str

    return tuple(QuoteRule()(Document.from_text(ensure_str(text))))


# -- paragraphs ---------------------------------------------------------


def paragraphs(st: State) -> list[tuple[int, int, bool]]:
    """Unclaimed, non-blank stretches of lines: (start, end, follows the previous directly).

    Walks the line table's non-blank lines and their claim states (no Span per line: a page
    of blank lines costs nothing here).
    """
    out: list[tuple[int, int, bool]] = []
    adjacent = False
    doc = st.doc
    starts, ends, claims = doc.line_starts, doc.line_ends, doc.line_claims
    for i in doc.index.nonblank:
        start, end = starts[i], ends[i]
        if not claims[i]:
            out.append((start, end, adjacent))
            adjacent = True
            continue
        pieces = [p for p in doc.unclaimed_ranges(start, end) if p.text.strip()]
        for p in pieces:
            out.append((p.start, p.end, False))
        adjacent = False
    return out


# -- main ---------------------------------------------------------------


Cue = tuple[int, int, str]
"""A speech cue found in the text: start, end and its normalised words (``said``, ``according to``)."""


def find_candidates(st: State) -> list[Raw]:
    """Pair the marks and read the cues of every paragraph: the candidate quotes, in text order."""
    text = st.text
    paras = st.paras = paragraphs(st)
    st.para_starts = [p[0] for p in paras]
    raws: list[Raw] = []
    carry: OpenMark | None = None
    last_attributed_para = -10
    all_cues = find_cues(st) if paras else []
    cue_pos = [c[0] for c in all_cues]
    # the document's quote marks, from one scan of the text: a paragraph looks them up
    marks = st.doc.index.offsets(pat.MARKS) if paras else []
    run_on = st.doc.tables.quotes_run_on  # a quotation may go on over paragraphs not reopening it
    mi = ci = 0
    for pi, (ps, pe, adjacent) in enumerate(paras):
        if not adjacent:
            carry = None
        mi = bisect.bisect_left(marks, ps, mi)
        ci = bisect.bisect_left(cue_pos, ps, ci)
        has_mark = mi < len(marks) and marks[mi] < pe
        has_cue = ci < len(cue_pos) and cue_pos[ci] < pe
        if carry is None and not has_mark and not has_cue and not _ends_with_colon(text, ps, pe):
            continue  # no mark, no cue, no colon: the paragraph is never split into sentences
        segs: list[Segment] = []
        carry_next: OpenMark | None = None
        if carry is not None or has_mark:
            segs, carry_next = pair_marks(text, ps, pe, carry, marks, run_on)
        continued: Raw | None = None
        if carry is not None and segs and segs[0].origin == carry.origin and segs[0].open != carry.pos:
            continued = _take_continued(raws, carry.origin)
        carry = carry_next
        cue_matches = _paragraph_cues(all_cues, cue_pos, ps, pe, ci)
        if not segs and not cue_matches and not _ends_with_colon(text, ps, pe):
            continue  # nothing to attribute: the paragraph's sentences are never split
        sents = st.sentences(pi)
        if not sents:
            continue
        st.cue_starts = [c[0] for c in cue_matches]
        st.inside_opens = [s.open for s in segs]
        st.inside_closes = [s.close for s in segs]
        st.inside = list(zip(st.inside_opens, st.inside_closes, strict=True))
        used: set[int] = set()
        recent = pi - last_attributed_para <= 2
        starts = [s for s, _ in sents]  # (shared by both stages: one list per paragraph)
        attributed = _direct_quotes(st, pi, segs, sents, starts, cue_matches, used, continued, recent, raws)
        attributed = _reported_speech(st, pi, sents, starts, cue_matches, used, raws) or attributed
        if attributed:
            last_attributed_para = pi
        intro = colon_intro(st, ps, pe, sents, cue_matches, pi)
        if intro is not None:
            st.intros[pi] = intro
    # an unclosed quote that no paragraph continued is kept only when it is attributed
    # (a language with its own tables attributes them itself: they reach it, see languages/)
    raws = [r for r in raws if r.closed or r.mode in {"np", "subject"} or run_on]
    raws.sort(key=lambda r: (r.start, r.end))
    return _one_per_clause(raws)


def _ends_with_colon(text: str, ps: int, pe: int) -> bool:
    """Whether paragraph ``[ps, pe)`` ends in a colon (trailing white space aside)."""
    last = text[pe - 1 : pe]
    if last and not last.isspace():
        return last == ":"  # the usual case: no copy of the paragraph
    return text[ps:pe].rstrip().endswith(":")


def find_cues(st: State) -> list[Cue]:
    """Every speech cue of the text, from one pass of the vocabulary's cue pattern."""
    return [
        (s, e, g if g.islower() and " " not in g else norm_cue(g))
        for s, e, g in pat.cue_spans(st.text, st.vocab.cue_re)
    ]


def _paragraph_cues(all_cues: list[Cue], cue_pos: list[int], ps: int, pe: int, lo: int = 0) -> list[Cue]:
    """The cues inside paragraph ``[ps, pe)`` (at most a number proportional to its length).

    ``lo``: a known lower bound of the first cue's index (the caller's moving index)."""
    first = bisect.bisect_left(cue_pos, ps, lo)
    cue_matches = all_cues[first : bisect.bisect_left(cue_pos, pe, first)]
    if cue_matches and cue_matches[-1][1] > pe:
        cue_matches = [c for c in cue_matches if c[1] <= pe]
    if len(cue_matches) > 50 + (pe - ps) // 40:
        cue_matches = cue_matches[: 50 + (pe - ps) // 40]
    return cue_matches


def _take_continued(raws: list[Raw], origin: int) -> Raw | None:
    """Remove and return the unclosed part of a multi-paragraph quote that this paragraph continues."""
    for i in range(len(raws) - 1, -1, -1):  # by index: no equality scan from the start
        r = raws[i]
        if r.kind != "indirect" and r.origin == origin:
            del raws[i]
            return r
    return None


def _direct_quotes(
    st: State,
    pi: int,
    segs: list[Segment],
    sents: list[tuple[int, int]],
    starts: list[int],
    cue_matches: list[Cue],
    used: set[int],
    continued: Raw | None,
    recent: bool,
    raws: list[Raw],
) -> bool:
    """Attribute the paragraph's quotations (appending to ``raws``); return whether one got a speaker.

    ``recent``: a paragraph at most two before this one was attributed, so an unattributed
    quote here inherits the last speaker. ``used`` collects the cues the quotes took.
    """
    ps, pe, _ = st.paras[pi]
    attributed = False
    for si, seg in enumerate(segs):
        raw = direct_quote(st, seg, si, segs, sents, starts, cue_matches, used, ps, pe, pi, None)
        if (raw is None or raw.kind == "scare") and si > 0 and raws:
            raw = fragment_pair(st, seg, segs[si - 1], raws[-1]) or raw
        if raw is None:
            continue
        raw.origin, raw.closed = seg.origin, seg.closed
        if (
            continued is not None
            and seg.origin == continued.origin
            and raw.mode == "none"
            and continued.mode != "none"
        ):
            # the attribution of a multi-paragraph quote is in its first paragraph
            raw.cue, raw.np, raw.mode, raw.rule = continued.cue, continued.np, continued.mode, continued.rule
            raw.start, raw.sentence = continued.start, continued.sentence
        if raw.mode == "none" and raw.kind == "direct" and (recent or attributed):
            raw.mode = "inherit"
        if raw.mode in {"np", "subject"}:
            attributed = True
        raws.append(raw)
    return attributed


def _reported_speech(
    st: State,
    pi: int,
    sents: list[tuple[int, int]],
    starts: list[int],
    cue_matches: list[Cue],
    used: set[int],
    raws: list[Raw],
) -> bool:
    """Read the reported speech of the paragraph's free cues (appending to ``raws``); return whether any."""
    text = st.text
    ps = st.paras[pi][0]
    reported: list[Raw] = []
    nested_in: set[int] = set()  # the containers whose nested report was looked for
    for cs, ce, cue in cue_matches:
        container = reported[-1] if reported and reported[-1].cstart <= cs < reported[-1].cend else None
        if (cs in used and not _fragment_opens_clause(st, cs, ce, raws, sents, starts)) or st.in_quote(cs):
            if container is not None and cs in used and cue in st.vocab.participles:
                _cut_before_participle(text, container, cs)  # "X said A, adding, “B”": A stops there
            continue
        cut = -1
        if container is not None:
            # "X said A, adding that B" / "X complained that A and said B": A stops there;
            # any other cue inside reported speech belongs to it ("said he thought that …")
            hend = _rstrip_to(text, container.cstart, cs)
            if cue in st.vocab.participles and text[hend - 1 : hend] == ",":
                cut = hend - 1
            elif cue not in st.vocab.participles and text[cs - 5 : cs] in {" and ", " but "}:
                cut = cs - 5
                while cut > container.cstart and text[cut - 1] in " ,":
                    cut -= 1
            if cut <= container.cstart:
                # one nested report per container: a run of "X said that Y said that …" gives
                # no chain of quotes each reaching the sentence end (linear output, #8)
                # (one try per container, found or not: each try reads the sentence around it)
                if id(container) not in nested_in and cue in _NESTED_CUES:
                    nested_in.add(id(container))
                    nested = _nested_report(st, cs, ce, cue, sents, starts)
                    if nested is not None:
                        raws.append(nested)
                continue
        k = bisect.bisect_right(starts, cs) - 1
        ss, se = sents[max(k, 0)]
        raw = reported_speech(st, cs, ce, cue, ss, se, st.inside)
        if raw is not None and raw.mode == "subject":
            # "“…,” said Jane Roe, a researcher, adding that …": the speaker named
            # earlier in the same sentence
            for earlier in reversed(raws):
                if earlier.end < ps:
                    break
                if earlier.start < ss or earlier.end > cs or _nested_in(earlier, reported):
                    continue  # (a report inside another's clause: "that Washington had concluded …")
                if earlier.np is not None and earlier.mode == "np":
                    raw.np, raw.mode = earlier.np, "np"
                    break
        if raw is not None:
            if container is not None:
                container.cend = container.end = cut
            raws.append(raw)
            reported.append(raw)
    return bool(reported)


def _cut_before_participle(text: str, container: Raw, cs: int) -> None:
    """End ``container``'s reported clause at the comma before the participle cue at ``cs`` whose
    direct quote follows (``X said the crews were tired, adding, “…”``): what the participle
    introduces is the quote's, not more of the reported clause."""
    hend = _rstrip_to(text, container.cstart, cs)
    if hend - 1 > container.cstart and text[hend - 1] == ",":
        container.cend = container.end = hend - 1


def _nested_in(raw: Raw, reported: list[Raw]) -> bool:
    """Whether ``raw``'s cue lies inside the content of another report of the paragraph (the last
    few looked at: a nested report, whose speaker is not the sentence's)."""
    if raw.cue is None:
        return False
    at = raw.cue[0]
    return any(r is not raw and r.cstart <= at < r.cend for r in reported[-4:])


# ("As Feng reports, the first cases came to light when authorities announced that …": the
# common finite cues report inside another's content too)
_NESTED_CUES = frozenset(
    {"said", "says", "told", "tells", "announced", "reported", "confirmed", "claimed", "admitted", "warned",
     "insisted", "testified", "wrote", "argued", "noted", "added"}
)  # fmt: skip


def _nested_report(
    st: State, cs: int, ce: int, cue: str, sents: list[tuple[int, int]], starts: list[int]
) -> Raw | None:
    """A report inside another's content (``Quinn says around 30 poets she contacted said they
    had been unable to write``): listed as well when someone named or described speaks it (the
    annotation lists a witness's account and what it reports); the outer content is kept whole."""
    if cue not in _NESTED_CUES:
        return None
    k = bisect.bisect_right(starts, cs) - 1
    ss, se = sents[max(k, 0)]
    raw = reported_speech(st, cs, ce, cue, ss, se, st.inside)
    if raw is None or raw.mode != "np" or raw.np is None or raw.np.kind not in {"name", "desc"}:
        return None
    return raw if raw.cend - raw.cstart <= _MAX_NESTED else None


_MAX_NESTED = 600  # characters of a nested report: a longer one is a run-on, not a report in a report


def _fragment_opens_clause(
    st: State, cs: int, ce: int, raws: list[Raw], sents: list[tuple[int, int]], starts: list[int]
) -> bool:
    """Whether the cue at ``cs`` that a direct quote took also reports a clause: the quote is a
    short fragment right after it that the clause goes on from (``said “credible” threats
    prompted the cancellations``), or a fragment inside the clause (``told teachers that they
    weren’t “asking for the moon”``, ``All “relevant sites” were disinfected, reports Wee``):
    the annotation lists the reported clause, and the fragment again as a direct quote."""
    text = st.text
    for r in reversed(raws[-4:]):  # (the quote that took this cue is among the last few)
        if r.cue is None or r.cue[0] != cs or r.kind != "direct":
            continue
        if r.cstart - ce > 4 or r.cend < cs:
            k = bisect.bisect_right(starts, min(cs, r.cstart)) - 1
            return fragment_in_clause(st, r, cs, ce, sents[max(k, 0)][0])
        if (
            not 0 < r.cstart - ce <= 4
            or r.cend - r.cstart > 40
            or text[r.cstart - 1 : r.cstart] not in {'"', "“", "‘"}
        ):
            return False
        after = text[r.cend + 1 : r.cend + 3]
        if after[:1] != " " or not after[1:2].islower():
            return False
        # the fragment is the subject's first words: a finite verb follows within three words
        # ("“credible” safety fears prompted …"), not an adjunct ("“thank you” when they …")
        words = text[r.cend + 1 : r.cend + 60].split()[:3]
        return bool(words) and words[0] not in FRONTED_OPENERS and any(finite_verb(w) for w in words)
    return False


def _one_per_clause(raws: list[Raw]) -> list[Raw]:
    """Two cues that reach the same clause (``X, who maintains a library, said that CLAUSE``):
    one quote, attributed by the cue nearest the clause."""
    nearest: dict[tuple[str, int, int], Raw] = {}
    for r in raws:
        key = (r.kind, r.cstart, r.cend)
        old = nearest.get(key)
        if old is None or (r.cue is not None and (old.cue is None or r.cue[0] > old.cue[0])):
            nearest[key] = r
    return [r for r in raws if nearest[(r.kind, r.cstart, r.cend)] is r]
