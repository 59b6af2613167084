"""Quotes: direct quotes and reported speech, with cue, speaker and content, pronouns resolved.

The rule works in three passes over the unclaimed paragraphs (lines) of a document:

1. **marks** — every quote mark is classified (opening, closing, or an apostrophe such as
   ``players'``, ``can’t``, ``'90s``, ``rock 'n' roll``) and paired with a stack by type, so
   single quotes nest inside double ones and an odd mark never breaks the rest; a paragraph
   that ends inside a quote continues when the next one reopens it (the news convention);
2. **cues** — one pass of a trie-factored pattern finds the speech cues (``said``,
   ``told reporters``, ``underscored``, ``, noting that``, ``according to``); each direct quote
   takes the nearest cue next to it, the other cues report speech (``X said (that) CLAUSE``,
   ``CLAUSE, X said.``);
3. **speakers** — the words naming the speaker are kept as ``speaker_span``; ``speaker`` is
   resolved in text order: ``He``/``She``/``the minister`` → the last named person (the subject
   of an attribution or of a sentence), a surname or titled form → the fullest name used in the
   article (``Trump`` → ``Donald Trump``). Text claimed by earlier rules (tweets, captions,
   also-read lines) is skipped, so it is never quoted and never becomes an antecedent.

Scare quotes and titles of works (short, no cue nearby) are dropped unless ``keep_scare=True``,
which reports them with ``kind="scare"`` and no speaker.

>>> found = find_quotes("“We will win,” said Jane Roe. She added that fans matter.")
>>> [(q.kind, q.speaker, q.content.text) for q in found]
[('direct', 'Jane Roe', 'We will win,'), ('indirect', 'Jane Roe', 'fans matter')]
"""

from __future__ import annotations

import bisect
import functools
import itertools
import re
from collections.abc import Iterator, Sequence

import attrs

from newsparse._document import Document
from newsparse._model import Quote, Span
from newsparse.rules.quotes import cues as cues
from newsparse.rules.quotes import patterns as pat
from newsparse.text.sentences import line_sentence_bounds

__all__ = ["QuoteRule", "find_quotes"]

_MAX_LOOK = 120  # characters searched for a speaker on either side of a cue or quote
_MAX_SINGLE = 600  # an opening single quote left open longer than this is dropped
_MAX_QUOTE = 6000  # longest direct quote (in characters) across paragraphs


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
            vocab = _default_vocab()  # the default tables: skip hashing nine tuples per call
        else:
            vocab = _vocab(
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
        return iter(_Extractor(document, vocab, self.keep_scare, self.name).run())


def find_quotes(text: str) -> tuple[Quote, ...]:
    """Return the quotes in ``text`` (raw text: nothing is claimed), in text order.

    >>> [(q.speaker, q.cue.text, q.content.text) for q in find_quotes("Police said the road would reopen.")]
    [('Police', 'said', 'the road would reopen')]
    """
    from newsparse._errors import ensure_str

    return tuple(QuoteRule()(Document.from_text(ensure_str(text))))


# ---------------------------------------------------------------------------
# Vocabulary
# ---------------------------------------------------------------------------


@attrs.frozen(slots=True)
class _Vocab:
    cue_re: re.Pattern[str]
    strict: frozenset[str]
    lenient: frozenset[str]
    participles: frozenset[str]
    according: frozenset[str]
    fragment: frozenset[str]
    titles: frozenset[str]
    roles: frozenset[str]
    groups: frozenset[str]
    orgs: frozenset[str]
    work_nouns: frozenset[str]


@functools.lru_cache(maxsize=16)
def _vocab(
    verbs: tuple[str, ...],
    lenient: tuple[str, ...],
    participles: tuple[str, ...],
    according: tuple[str, ...],
    fragment: tuple[str, ...],
    titles: tuple[str, ...],
    roles: tuple[str, ...],
    groups: tuple[str, ...],
    orgs: tuple[str, ...],
    work_nouns: tuple[str, ...],
) -> _Vocab:
    acc = list(according) + [a[:1].upper() + a[1:] for a in according]
    parts = list(participles) + [p[:1].upper() + p[1:] for p in participles]
    allcues = list(verbs) + list(lenient) + parts + acc + list(fragment)
    norm = _norm_cue
    return _Vocab(
        pat.build_cue_pattern(allcues),
        frozenset(map(norm, verbs)),
        frozenset(map(norm, lenient)),
        frozenset(map(norm, participles)),
        frozenset(map(norm, according)),
        frozenset(map(norm, fragment)),
        frozenset(titles),
        frozenset(r.lower() for r in roles),
        frozenset(g.lower() for g in groups),
        frozenset(orgs),
        frozenset(w.lower() for w in work_nouns),
    )


_DEFAULT_TABLES = (
    cues.SPEECH_VERBS,
    cues.LENIENT_VERBS,
    cues.PARTICIPLE_CUES,
    cues.ACCORDING_CUES,
    cues.FRAGMENT_CUES,
    cues.TITLES,
    cues.ROLE_NOUNS,
    cues.GROUP_NOUNS,
    cues.ORG_WORDS,
    cues.WORK_NOUNS,
)


@functools.cache
def _default_vocab() -> _Vocab:
    return _vocab(*_DEFAULT_TABLES)


def _norm_cue(cue: str) -> str:
    return " ".join(cue.lower().split())


# ---------------------------------------------------------------------------
# Marks
# ---------------------------------------------------------------------------

_OPEN_CONTEXT = set("([{<—–-/:;,=") | set("“‘«‹„‚「『\"'")
_CLOSE_AFTER = set(pat.CLOSING_PUNCT) | set("”’»›」』\"'")
_DOUBLE, _SINGLE, _GUIL, _ANGLE, _CORNER, _WCORNER = "d", "s", "g", "a", "c", "w"
_ELISION_RE = re.compile(r"[A-Za-z]{1,6}+")
_LATER_CLOSE = {
    "'": re.compile(r"'(?<=[^\s]')(?=[\s,.;:!?)\]—–-]|$)"),
    "’": re.compile(r"’(?<=[^\s]’)(?=[\s,.;:!?)\]—–-]|$)"),
}


class _Open:
    """An opening mark on the stack (plain slotted class: cheaper to define and build than attrs)."""

    __slots__ = ("closers", "family", "origin", "pos")

    def __init__(self, pos: int, family: str, closers: str, origin: int) -> None:
        self.pos = pos
        self.family = family
        self.closers = closers
        self.origin = origin  # where the quote began (an earlier paragraph for a continued quote)


class _Seg:
    """A top-level quotation: its marks and content."""

    __slots__ = ("close", "closed", "open", "origin")

    def __init__(self, open: int, close: int, closed: bool, origin: int) -> None:
        self.open = open
        self.close = close  # offset of the closing mark, or the paragraph end when unclosed
        self.closed = closed
        self.origin = origin  # opening mark of the first paragraph of a multi-paragraph quote


_FAMILIES = {
    **dict.fromkeys('"“”„‟', _DOUBLE),
    **dict.fromkeys("'‘’‚‛", _SINGLE),
    **dict.fromkeys("«»", _GUIL),
    **dict.fromkeys("‹›", _ANGLE),
    **dict.fromkeys("「」", _CORNER),
}


def _family(ch: str) -> str:
    return _FAMILIES.get(ch, _WCORNER)


def _is_elision(text: str, i: int, end: int) -> bool:
    nxt = text[i + 1] if i + 1 < end else " "
    if nxt.isdigit():
        return True  # '90s
    m = _ELISION_RE.match(text, i + 1, min(end, i + 8))
    if m is None:
        return False
    word = m.group().lower()
    after = text[m.end()] if m.end() < end else " "
    if after.isalpha():
        return False
    return word in cues.ELISIONS and (word != "s" or after in " '’")


def _pair_marks(text: str, start: int, end: int, carry: _Open | None) -> tuple[list[_Seg], _Open | None]:
    """Pair the quote marks of one paragraph; return its top-level quotes and an open carry-over."""
    segs: list[_Seg] = []
    stack: list[_Open] = []
    if carry is not None:
        # The previous paragraph ended inside a quote: it continues only if this one reopens it.
        first = len(text[start:end]) - len(text[start:end].lstrip())
        p = start + first
        if p < end and _family(text[p]) == carry.family and text[p] in "“\"'‘«„‹「『":
            stack.append(_Open(p, carry.family, carry.closers, carry.origin))
            start = p + 1
    budget = 200 + (end - start) // 16
    for m in pat.MARKS.finditer(text, start, end):
        budget -= 1
        if budget < 0:
            break
        i = m.start()
        ch = m.group()
        prev = text[i - 1] if i > start or (stack and stack[0].pos < i - 1) else " "
        if i == 0:
            prev = " "
        nxt = text[i + 1] if i + 1 < end else " "
        prev_open = prev.isspace() or prev in _OPEN_CONTEXT
        next_close = nxt.isspace() or nxt in _CLOSE_AFTER
        fam = _FAMILIES.get(ch, _WCORNER)
        while stack and stack[-1].family == _SINGLE and i - stack[-1].pos > _MAX_SINGLE:
            stack.pop()
        role = _role(ch, fam, prev, nxt, prev_open, next_close, stack, text, i, end)
        if role == "close":
            for k in range(len(stack) - 1, -1, -1):
                if ch in stack[k].closers:
                    opened = stack[k]
                    del stack[k:]
                    if not stack:
                        segs.append(_Seg(opened.pos, i, True, opened.origin))
                    break
        elif role == "open":
            if fam == _DOUBLE and stack and stack[0].family == _DOUBLE and len(stack) == 1:
                # A new opening double mark while one is open: the paragraph-joined scrape of a
                # multi-paragraph quote. Close the first part where the new one starts.
                earlier = stack.pop()
                stack.append(_Open(i, fam, _CLOSERS.get(ch, ""), earlier.origin))
                continue
            stack.append(_Open(i, fam, _CLOSERS.get(ch, ""), i))
    carry_out: _Open | None = None
    if stack and budget >= 0:
        bottom = stack[0]
        fits = bottom.family != _SINGLE or end - bottom.pos < _MAX_SINGLE
        if fits and end - bottom.origin < _MAX_QUOTE:
            carry_out = bottom
            segs.append(_Seg(bottom.pos, end, False, bottom.origin))
    return segs, carry_out


# The marks that close a quotation opened by each mark.
_CLOSERS: dict[str, str] = {
    '"': '"”“',
    "“": '”"“',
    "”": '”"',
    "„": '“”"',
    "‟": '”"',
    "'": "'",
    "‘": "’‘",
    "’": "’",
    "‚": "‘’",
    "‛": "’'",
    "«": "»",
    "»": "«»",
    "‹": "›",
    "›": "‹›",
    "「": "」",
    "『": "』",
}


def _role(
    ch: str,
    fam: str,
    prev: str,
    nxt: str,
    prev_open: bool,
    next_close: bool,
    stack: Sequence[_Open],
    text: str,
    i: int,
    end: int,
) -> str:
    open_here = bool(stack) and any(ch in o.closers for o in stack)
    if ch == '"':
        if prev_open and not next_close:
            return "open"
        if next_close and not prev_open:
            return "close" if open_here else "skip"
        return "close" if open_here else ("open" if not nxt.isspace() else "skip")
    if ch in "“":
        if open_here and (not prev_open or any(o.closers == '“”"' for o in stack)) and next_close:
            return "close"
        return "open"
    if ch in "”":
        if open_here:
            return "close"
        return "open" if prev_open and not next_close else "skip"
    if ch in "„‟":
        return "open"
    if fam == _SINGLE:
        if prev.isalnum() and nxt.isalnum():
            return "skip"  # can't, O'Brien, Mamdani’s
        if prev_open and not next_close:
            if ch == "‚" and not nxt.isalpha():
                return "skip"
            return "skip" if _is_elision(text, i, end) else "open"
        if next_close and not prev_open:
            if not open_here:
                return "skip"  # players' union
            if prev in "sS" and nxt == " " and i + 2 < end and text[i + 2].islower():
                look = _LATER_CLOSE.get(ch)
                if look is not None and look.search(text, i + 1, min(end, i + 400)) is not None:
                    return "skip"  # 'The players' union is strong,' …: a plural possessive
            return "close"
        return "close" if open_here and not prev.isspace() else "skip"
    if ch in "«‹「『":
        if ch in "«‹" and open_here:
            return "close"  # »Danish« style
        return "open"
    if ch in "»›":
        if open_here:
            return "close"
        return "open" if prev_open and not next_close else "skip"
    return "close" if open_here else "skip"


# ---------------------------------------------------------------------------
# Noun phrases
# ---------------------------------------------------------------------------

_WORD_STRIP = ",.;:!?\"“”‘’'«»()[]"
_NAME_STRIP = ",;:!?\"“”‘’'«»()[]"
_POSSESSIVE = ("'s", "’s", "s'", "s’")  # endings of a possessive (tokens hold no white space)
_AGE = re.compile(r"\d{1,3}-year-old")


def _tokens(text: str, lo: int, hi: int) -> list[tuple[int, int, str]]:
    return [(*m.span(), m[0]) for m in _TOKEN_ITER(text, lo, hi)]


def _first_tokens(text: str, lo: int, hi: int, n: int) -> list[tuple[int, int, str]]:
    """The first ``n`` tokens of ``_tokens(text, lo, hi)``, without building the rest."""
    return [(*m.span(), m[0]) for m in itertools.islice(_TOKEN_ITER(text, lo, hi), n)]


_TOKEN_ITER = pat.TOKEN.finditer


def _bare(tok: str) -> str:
    return tok.strip(_WORD_STRIP)


def _is_cap(tok: str) -> bool:
    # (accented capitals such as "É" are upper case too)
    return tok.strip(_WORD_STRIP)[:1].isupper()


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


class _NP:
    """A speaker noun phrase found next to a cue: its offsets and what kind it is."""

    __slots__ = ("end", "kind", "start")

    def __init__(self, start: int, end: int, kind: str) -> None:
        self.start = start
        self.end = end
        self.kind = kind  # "pron", "name", "desc", "coord"


_NICKNAME = re.compile(r"[\"“‘'][A-Z][\w.-]{0,20}+[\"”’']")


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
        if _is_cap(t) and _bare(t) not in pat.STOP_CAPS:
            k -= 1
            n += 1
        elif (
            t in pat.CONNECTORS and k - 2 >= 0 and _is_cap(toks[k - 2][2]) and not _ends_punct(toks[k - 2][2])
        ):
            k -= 1
        else:
            break
    while k < j and (toks[k][2] in pat.CONNECTORS or _bare(toks[k][2]) in pat.STOP_CAPS):
        k += 1
    return k


def _np_before(text: str, lo: int, pos: int, vocab: _Vocab) -> _NP | None:
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
    if t.endswith(")") and len(toks) >= 2:
        # "Corinne Blake (who once …) said", "Sen. Vega (D-Fresno) said": skip the parenthesis
        op = text.rfind("(", toks[0][0], s + 1)
        if op > toks[0][0] and text.find(")", op, e - 1) < 0:
            inner = _np_before(text, floor, _rstrip_to(text, lo, op), vocab)
            return inner if inner is not None and inner.kind in {"name", "desc"} else None
    if t.lower() in {"and", "but", "or"}:
        return _NP(s, e, "coord")
    if len(toks) >= 2 and t in {"who", "which"} and toks[-2][2].endswith(","):
        # "Hannah Weiss, who calls the show …": the name before the relative clause
        inner = _np_before(text, floor, toks[-2][1] - 1, vocab)
        return inner if inner is not None and inner.kind in {"name", "desc"} else None
    if len(toks) >= 2 and t == "(who":
        # "Corinne Blake (who once described …": the name before the parenthesis
        inner = _np_before(text, floor, _rstrip_to(text, lo, s), vocab)
        return inner if inner is not None and inner.kind in {"name", "desc"} else None
    if t.lower() in pat.PASSIVE:
        return None
    if t.endswith(","):
        # an appositive: "Jane Roe, a doctor at the clinic, said"
        for j in range(len(toks) - 2, max(-1, len(toks) - 16), -1):
            tj = toks[j][2]
            if not tj.endswith(","):
                continue
            first = toks[j + 1][2]
            fl = _bare(first).lower()
            if _is_cap(first) and all(_is_cap(x[2]) or x[2] in pat.CONNECTORS for x in toks[j + 1 :]):
                # "The health minister, Priya Nair, said": the name in commas
                return _NP(toks[j + 1][0], toks[-1][1] - 1, "name")
            if not (first[:1].islower() or first[:1].isdigit() or fl in {"a", "an", "the", "who", "whose"}):
                return None
            name_end = toks[j][1] - 1
            core = _bare(tj)
            if core.lower() in cues.PRONOUNS:
                return _NP(toks[j][0], name_end, "pron")
            if _is_cap(tj):
                k = _cap_run_back(toks, j)
                return _NP(toks[k][0], name_end, "name")
            if core[:1].islower() or _AGE.fullmatch(core):
                # "A senior official, who asked not to be named, said" / "The 41-year-old, who …, said"
                for d in range(j, max(-1, j - 6), -1):
                    if _bare(toks[d][2]).lower() in pat.DETERMINERS:
                        return _extend_pp(text, toks, d, _NP(toks[d][0], name_end, "desc"), vocab)
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
        return _NP(s, s + len(t.rstrip(_WORD_STRIP)), "pron")
    if low in {"that", "this", "these", "those"}:
        return None  # "That said, …"
    if _is_cap(t) and bare not in pat.STOP_CAPS:
        k = _cap_run_back(toks, len(toks) - 1)
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
            return _NP(toks[g][0], e, "desc")
        np = _NP(toks[k][0], e, "name")
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
            np = _NP(toks[j][0], e, "desc")
            return _extend_pp(text, toks, j, np, vocab)
        if bj.endswith(_POSSESSIVE) and j < len(toks) - 1:
            if j >= 1 and _bare(toks[j - 1][2]).lower() in pat.DETERMINERS:
                # "the mayor's office": the determiner opens the phrase
                np = _NP(toks[j - 1][0], e, "desc")
                return _extend_pp(text, toks, j - 1, np, vocab)
            k = _cap_run_back(toks, j) if _is_cap(tj) else j
            return _NP(toks[k][0], e, "desc")
        if _is_cap(tj):
            if low in vocab.groups:
                k = _cap_run_back(toks, j)
                return _NP(toks[k][0], e, "desc")
            k = _cap_run_back(toks, j)
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
                np = _NP(toks[d][0], e, "desc")
                return _extend_pp(text, toks, d, np, vocab)
            if (
                k >= 1
                and j < len(toks) - 1
                and _bare(toks[k - 1][2]).lower() in {"a", "an", "the"}
                and not _ends_punct(toks[k - 1][2])
            ):
                # "An NHS England spokesperson", "a Downing Street source": an organisation's person
                np = _NP(toks[k - 1][0], e, "desc")
                return _extend_pp(text, toks, k - 1, np, vocab)
            break
        if not (bj[:1].islower() or bj[:1].isdigit()) or bj.lower() in _NOT_NOUN:
            break
        j -= 1
        n += 1
    if j < 0:
        after_punct = 0  # the words run back to ``lo`` (a clause start)
    if low in vocab.groups:
        if 0 <= after_punct < len(toks) - 1 and len(toks) - after_punct <= 3:
            # "…, utility officials said": lower-case nouns before the group noun, after a comma
            return _NP(toks[after_punct][0], e, "desc")
        return _NP(s, e, "desc")
    return None


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


def _extend_pp(text: str, toks: list[tuple[int, int, str]], k: int, np: _NP, vocab: _Vocab) -> _NP:
    """Extend ``a spokesperson`` + ``for the ministry`` when a preposition links them."""
    if k >= 2 and toks[k - 1][2] in {"for", "of", "at", "from", "with"}:
        inner = _np_before(text, toks[0][0], toks[k - 1][0], vocab)
        if inner is not None and inner.kind in {"desc", "name"}:
            return _NP(inner.start, np.end, inner.kind if inner.kind == "desc" else np.kind)
    if k >= 2 and toks[k - 1][2] == "in":
        # "a senior official in the health department": only a description takes "in …"
        inner = _np_before(text, toks[0][0], toks[k - 1][0], vocab)
        if inner is not None and inner.kind == "desc":
            return _NP(inner.start, np.end, "desc")
    if k >= 3 and toks[k - 1][2] in {"to", "with"} and toks[k - 2][2] in {"close", "familiar", "linked"}:
        # "a source close to the investigation", "people familiar with the talks"
        inner = _np_before(text, toks[0][0], toks[k - 2][0], vocab)
        if inner is not None and inner.kind == "desc":
            return _NP(inner.start, np.end, "desc")
    return np


def _np_closed(text: str, end: int, hi: int) -> bool:
    """Whether a noun phrase ending at ``end`` is followed by punctuation or the end of its region."""
    rest = text[end : min(hi, end + 3)].lstrip(" \t\u00a0")
    return not rest or rest[0] in ",.;:!?)—–-"


def _np_after(text: str, pos: int, hi: int) -> _NP | None:
    """Find a speaker noun phrase starting at ``pos`` (``said Jane Roe, chief of X``)."""
    # (at most 12 tokens are ever looked at: up to 2 skipped words + 8 + 2)
    toks = _first_tokens(text, pos, min(hi, pos + _MAX_LOOK), 12)
    if not toks:
        return None
    s, _e, t = toks[0]
    bare = _bare(t)
    if bare.lower() in cues.PRONOUNS and not _ends_punct(t[:-1] if t.endswith(",") else t):
        return _NP(s, s + len(t.rstrip(_WORD_STRIP)), "pron")
    if bare[:1].islower() and bare.lower() not in pat.DETERMINERS and bare.lower() not in _GROUPS:
        # "according to team sources, …", "said utility officials": a group with a modifier
        for j in (1, 2):
            if j < len(toks) and _bare(toks[j][2]).lower() in _GROUPS:
                if all(_bare(toks[i][2])[:1].islower() and not _ends_punct(toks[i][2]) for i in range(j)):
                    return _NP(s, toks[j][0] + len(toks[j][2].rstrip(_WORD_STRIP)), "desc")
                break
    if bare[:1].islower() and bare.lower() not in pat.DETERMINERS and not _ends_punct(t):
        # "said commuter Sofia Reyes", "said union leader Ana Ruiz"
        for j in (1, 2):
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
        while k < len(toks) and k < 8:
            tk = toks[k][2]
            if (
                _is_cap(tk)
                or (tk in pat.CONNECTORS and k + 1 < len(toks) and _is_cap(toks[k + 1][2]))
                or (k > 0 and tk in _ROLES and k + 1 < len(toks) and _is_cap(toks[k + 1][2]))
            ):
                last = k
                if _ends_punct(tk):
                    break
                k += 1
            else:
                break
        end = toks[last][0] + len(toks[last][2].rstrip(_WORD_STRIP))
        return _NP(s, end, "name")
    if bare.lower() == "the" and len(toks) > 1 and _is_cap(toks[1][2]):
        inner = _np_after(text, toks[1][0], hi)
        if inner is not None and inner.kind == "name":
            g = _first_tokens(text, inner.end, min(hi, inner.end + 30), 1)
            if g and g[0][0] == inner.end + 1 and _bare(g[0][2]).lower() in _GROUPS:
                # "the Maha Metro officials": a group described by its organisation
                return _NP(s, g[0][0] + len(g[0][2].rstrip(_WORD_STRIP)), "desc")
            return _NP(s, inner.end, "name")
    if bare.lower() in _POSS_DET and not _ends_punct(t):
        # "said its minister Datuk Seri Hamzah Yusof": the name after the role words
        for j in (1, 2, 3):
            if j >= len(toks) or _ends_punct(toks[j - 1][2]):
                break
            prev = _bare(toks[j - 1][2]).lower()
            if j > 1 and (not prev[:1].islower() or prev in _PLACE_PREPS or prev in {"for", "to", "with"}):
                break
            if _is_cap(toks[j][2]):
                inner = _np_after(text, toks[j][0], hi)
                if inner is not None and inner.kind == "name" and _np_closed(text, inner.end, hi):
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
            if _ends_punct(tk):
                break
            k += 1
        k = max(0, min(k, len(toks) - 1))
        end = toks[k][0] + len(toks[k][2].rstrip(_WORD_STRIP))
        if toks[k][2].endswith(",") and k + 1 < len(toks) and _is_cap(toks[k + 1][2]):
            # "her daughter, Ruth Kessler, who …": the name in apposition
            name = _np_after(text, toks[k + 1][0], hi)
            if name is not None and name.kind == "name" and _np_closed(text, name.end, hi):
                return name
        return _NP(s, end, "desc")
    return None


# A capitalised run at a sentence start, lower-case role words allowed inside
# ("Harbour master Kevin O'Neill", "New York City mayor-elect Zohran Mamdani").
_FAST_RUN = re.compile(
    r"([A-Z][\w’'.-]{0,30}+)(?:[ \u00a0]++(?:[a-z][\w-]{0,20}+[ \u00a0]++)?[A-Z][\w’'.-]{0,30}+){0,6}+"
)


def _fast_name(text: str, m: re.Match[str]) -> _NP | None:
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
    if not words or words[0] in pat.STOP_CAPS:
        return None
    last = words[-1]
    if last.endswith(".") and not _abbrev_dot(last):
        last = last[:-1]
    if last.endswith(_POSSESSIVE):
        return None
    start = m.start()
    end = (
        text.index(last, start + len(" ".join(words[:-1]))) + len(last)
        if len(words) > 1
        else start + len(last)
    )
    return _NP(start, end, "name")


def _subject(text: str, ss: int, se: int, names_only: bool = False) -> _NP | None:
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
                return _NP(a.start(1), a.end(1), "name")
        if first.lower() in _SUBJ_START:
            return None
        if first not in pat.INTRO_WORDS and ":" not in text[ss : m.end() + 1]:
            return _fast_name(text, m)
    toks = _tokens(text, ss, min(se, ss + (80 if names_only else 110)))
    if not toks:
        return None
    start = 0
    for j in range(min(len(toks) - 1, 4)):
        if toks[j][2].endswith(":") and all(_is_cap(x[2]) for x in toks[: j + 1]):
            start = j + 1  # "New Delhi: The minister …"
            break
    if _bare(toks[start][2]) in pat.INTRO_WORDS:
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
        return _NP(s, s + len(t.rstrip(_WORD_STRIP)), "pron")
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
            ):
                break
            k += 1
        if k == start:
            return None
        return _NP(s, toks[k][0] + len(toks[k][2].rstrip(_WORD_STRIP)), "desc")
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
            return _NP(s, toks[k][0] + len(toks[k][2].rstrip(_WORD_STRIP)), "desc")
        end = toks[k][0] + len(toks[k][2].rstrip(_WORD_STRIP))
        end_tok = toks[k][2].rstrip(_WORD_STRIP)
        if end_tok.endswith(_POSSESSIVE):
            return None  # "Trump's spokeswoman": not Trump
        return _NP(s, end, "name")
    return None


def _group_pp(toks: list[tuple[int, int, str]], g: int) -> _NP:
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
    return _NP(toks[g][0], toks[k][0] + len(toks[k][2].rstrip(_WORD_STRIP)), "desc")


# A sentence opening "A spokeswoman for X, Jane Roe, said": the name in commas.
_APPOSED_NAME = re.compile(
    r"[^,.;:!?\n]{1,80}+,[ \u00a0](?:[A-Z][\w’'-]{1,30}+[ \u00a0])?(?:[a-z][\w-]{1,20}+[ \u00a0]){0,2}+"
    r"([A-Z][\w’'-]{1,30}+(?:[ \u00a0][A-Z][\w’'.-]{0,30}+){1,3}+),"
)  # "Her neighbour, builder Gary Trent, 55, …": the name in apposition


# ---------------------------------------------------------------------------
# Clauses
# ---------------------------------------------------------------------------

_SUBJ_START = frozenset(set(pat.DETERMINERS) | {"he", "she", "they", "it", "we", "i", "you", "there"})
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


def _clause_start(text: str, pos: int, end: int, lenient: bool) -> int | None:
    """Return where a reported clause starts at ``pos`` (after an optional ``that``), or None."""
    m = _LEAD_SPACE.match(text, pos, end)
    p = m.end() if m else pos
    o = _OBJECT_PRONOUN.match(text, p, end)
    if o is not None:
        p = o.end()
    if p >= end:
        return None
    if text.startswith("that", p) and _THAT.match(text, p):
        q = p + 4
        while q < end and text[q] in " \t\u00a0,":
            q += 1
        return q if q < end and text[q] not in "\"“‘'«„" else None
    toks = _first_tokens(text, p, min(end, p + 120), 11 if lenient else 8)
    if not toks:
        return None
    first = _bare(toks[0][2])
    fl = first.lower()
    if toks[0][2][:1] in "\"“‘'«„:":
        return None
    if fl in pat.PREPOSITIONS or fl in {"about", "by", "into", "over", "after", "before", "as", "not"}:
        return None  # "claims to have …", "warned of delays"
    bare_noun = first[:1].islower() and fl not in _SUBJ_START
    if not (fl in _SUBJ_START or _is_cap(toks[0][2]) or first[:1].isdigit() or bare_noun):
        return None
    pronoun = fl in {"he", "she", "they", "we", "i", "it", "you"}
    if pronoun and lenient and len(toks) > 1 and toks[1][2][:1].islower():
        return None if _ends_punct(toks[1][2]) else p
    if "’" in first or "'" in first:
        head = _APOS_SPLIT.split(fl)[0]
        if head in {"he", "she", "they", "it", "we", "i", "there", "that"}:
            return p
    for j in range(1, len(toks)):
        tj = toks[j][2]
        b = _bare(tj).lower()
        # "he and Mamdani could": a conjunction inside the subject is fine
        if b in {"and", "but", "or", "to", "who", "which", "that"} and (b != "and" or j > 3):
            return None
        if b in pat.AUXILIARIES:
            return p
        if bare_noun:
            if j >= (6 if lenient else 3) or _ends_punct(tj):
                return None
            continue
        if lenient and (b in pat.IRREGULAR_PAST or (b.endswith("ed") and len(b) > 4)):
            return p
        if lenient and j == 1 and fl in {"he", "she", "it"} and b.endswith("s"):
            return p
        if _ends_punct(tj):
            return None
    return None


# ---------------------------------------------------------------------------
# The extractor
# ---------------------------------------------------------------------------


@attrs.define(slots=True)
class _Raw:
    start: int
    end: int
    cstart: int
    cend: int
    kind: str
    cue: tuple[int, int] | None
    np: _NP | None
    mode: str  # "np", "subject", "inherit", "none"
    rule: str
    sentence: int  # start of the sentence whose subject may stand for the speaker
    origin: int = -1  # opening mark of a direct quote (first paragraph of a multi-paragraph one)
    closed: bool = True  # False for a direct quote whose paragraph ended before its closing mark


class _Extractor:
    def __init__(self, document: Document, vocab: _Vocab, keep_scare: bool, name: str) -> None:
        self.doc = document
        self.text = document.text
        self.vocab = vocab
        self.keep_scare = keep_scare
        self.name = name
        self.sent_cache: dict[int, list[tuple[int, int]]] = {}
        self.subject_cache: dict[int, object] = {}
        self.start_cache: dict[int, list[int]] = {}
        self.para_starts: list[int] = []
        self.paras: list[tuple[int, int, bool]] = []
        self.cue_starts: list[int] = []
        self.inside: list[tuple[int, int]] = []
        self.inside_opens: list[int] = []
        self.intros: dict[int, tuple[_NP | None, tuple[int, int] | None, str, int]] = {}
        self.persons = _Persons()

    # -- paragraphs ---------------------------------------------------------

    def paragraphs(self) -> list[tuple[int, int, bool]]:
        """Unclaimed, non-blank stretches of lines: (start, end, follows the previous directly)."""
        out: list[tuple[int, int, bool]] = []
        adjacent = False
        doc = self.doc
        text = self.text
        for line in doc.lines:
            if not line.text.strip():
                continue
            if not doc.claimed:
                out.append((line.start, line.end, adjacent))
                adjacent = True
                continue
            if doc.is_claimed(line.start, line.end):
                pieces = [p for p in doc.unclaimed_ranges(line.start, line.end) if p.text.strip()]
                if not pieces:
                    adjacent = False
                    continue
                for p in pieces:
                    out.append((p.start, p.end, False))
                adjacent = False
                continue
            out.append((line.start, line.end, adjacent))
            adjacent = True
        del text
        return out

    # -- main ---------------------------------------------------------------

    def run(self) -> list[Quote]:
        text = self.text
        paras = self.paras = self.paragraphs()
        self.para_starts = [p[0] for p in paras]
        raws: list[_Raw] = []
        carry: _Open | None = None
        last_attributed_para = -10
        prev_intro: tuple[_NP | None, tuple[int, int] | None, str, int] | None = None
        # one pass for the cues over the whole text; paragraphs take slices
        all_cues = (
            [
                (m.start(), m.end(), g if g.islower() and " " not in g else _norm_cue(g))
                for m in self.vocab.cue_re.finditer(text)
                for g in (m.group(),)
            ]
            if paras
            else []
        )
        cue_pos = [c[0] for c in all_cues]
        for pi, (ps, pe, adjacent) in enumerate(paras):
            if not adjacent:
                carry = None
            segs: list[_Seg] = []
            carry_next: _Open | None = None
            if carry is not None or pat.MARKS.search(text, ps, pe) is not None:
                segs, carry_next = _pair_marks(text, ps, pe, carry)
            # a multi-paragraph quote continued here: drop the unclosed part from the last paragraph
            continued: _Raw | None = None
            if carry is not None and segs and segs[0].origin == carry.origin and segs[0].open != carry.pos:
                for r in reversed(raws):
                    if r.kind != "indirect" and r.origin == carry.origin:
                        raws.remove(r)
                        continued = r
                        break
            carry = carry_next
            cue_matches = all_cues[bisect.bisect_left(cue_pos, ps) : bisect.bisect_left(cue_pos, pe)]
            if cue_matches and cue_matches[-1][1] > pe:
                cue_matches = [c for c in cue_matches if c[1] <= pe]
            if len(cue_matches) > 50 + (pe - ps) // 40:
                cue_matches = cue_matches[: 50 + (pe - ps) // 40]
            if not segs and not cue_matches and not text[ps:pe].rstrip().endswith(":"):
                continue
            sents = self.sentences(pi)
            if not sents:
                continue
            starts = [s for s, _ in sents]
            self.cue_starts = [c[0] for c in cue_matches]
            used: set[int] = set()
            para_attributed = False
            inside = [(s.open, s.close) for s in segs]
            self.inside, self.inside_opens = inside, [o for o, _ in inside]
            # ---- direct quotes
            for si, seg in enumerate(segs):
                raw = self.direct(seg, si, segs, sents, starts, cue_matches, used, ps, pe, pi, prev_intro)
                if (raw is None or raw.kind == "scare") and si > 0 and raws:
                    raw = self.fragment_pair(seg, segs[si - 1], raws[-1]) or raw
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
                    raw.cue, raw.np, raw.mode, raw.rule = (
                        continued.cue,
                        continued.np,
                        continued.mode,
                        continued.rule,
                    )
                    raw.start, raw.sentence = continued.start, continued.sentence
                recent = pi - last_attributed_para <= 2 or para_attributed
                if raw.mode == "none" and raw.kind == "direct" and recent:
                    raw.mode = "inherit"
                if raw.mode in {"np", "subject"}:
                    para_attributed = True
                raws.append(raw)
            # ---- reported speech
            reported: list[_Raw] = []
            for cs, ce, cue in cue_matches:
                if cs in used or self.in_quote(cs):
                    continue
                container = (
                    reported[-1] if reported and reported[-1].cstart <= cs < reported[-1].cend else None
                )
                cut = -1
                if container is not None:
                    # "X said A, adding that B" / "X complained that A and said B": A stops there;
                    # any other cue inside reported speech belongs to it ("said he thought that …")
                    hend = _rstrip_to(text, container.cstart, cs)
                    if cue in self.vocab.participles and text[hend - 1 : hend] == ",":
                        cut = hend - 1
                    elif cue not in self.vocab.participles and text[cs - 5 : cs] in {" and ", " but "}:
                        cut = cs - 5
                        while cut > container.cstart and text[cut - 1] in " ,":
                            cut -= 1
                    if cut <= container.cstart:
                        continue
                k = bisect.bisect_right(starts, cs) - 1
                ss, se = sents[max(k, 0)]
                raw = self.indirect(cs, ce, cue, ss, se, inside)
                if raw is not None and raw.mode == "subject":
                    # "“…,” said Jane Roe, a researcher, adding that …": the speaker named
                    # earlier in the same sentence
                    for earlier in reversed(raws):
                        if earlier.end < ps:
                            break
                        if earlier.start < ss or earlier.end > cs:
                            continue
                        if earlier.np is not None and earlier.mode == "np":
                            raw.np, raw.mode = earlier.np, "np"
                            break
                if raw is not None:
                    if container is not None:
                        container.cend = container.end = cut
                    raws.append(raw)
                    reported.append(raw)
                    para_attributed = True
            if para_attributed:
                last_attributed_para = pi
            intro = self.colon_intro(ps, pe, sents, cue_matches, pi)
            if intro is not None:
                self.intros[pi] = intro
        # an unclosed quote that no paragraph continued is kept only when it is attributed
        raws = [r for r in raws if r.closed or r.mode in {"np", "subject"}]
        raws.sort(key=lambda r: (r.start, r.end))
        # two cues that reach the same clause ("X, who maintains a library, said that CLAUSE"):
        # one quote, attributed by the cue nearest the clause
        nearest: dict[tuple[str, int, int], _Raw] = {}
        for r in raws:
            key = (r.kind, r.cstart, r.cend)
            old = nearest.get(key)
            if old is None or (r.cue is not None and (old.cue is None or r.cue[0] > old.cue[0])):
                nearest[key] = r
        raws = [r for r in raws if nearest[(r.kind, r.cstart, r.cend)] is r]
        return self.resolve(raws)

    def sentences(self, pi: int) -> list[tuple[int, int]]:
        """The sentence bounds of paragraph ``pi`` (computed once)."""
        found = self.sent_cache.get(pi)
        if found is None:
            ps, pe, _ = self.paras[pi]
            found = self.sent_cache[pi] = list(line_sentence_bounds(self.text, ps, pe))
        return found

    def plural_before(self, pos: int) -> str | None:
        """The subject of a recent sentence that ``they`` can stand for (``X and Y``, ``officials``)."""
        pi = bisect.bisect_right(self.para_starts, pos) - 1
        seen = 0
        while pi >= 0 and seen < 4:
            sents = self.sentences(pi)
            top = bisect.bisect_left(sents, (pos, -1))
            for ss, se in reversed(sents[max(0, top - 4) : top]):
                seen += 1
                m = _PLURAL_NAMES.search(self.text, ss, min(se, ss + 160))
                if m is not None:
                    return m.group()
                np = _subject(self.text, ss, se)
                if np is not None and np.kind == "desc":
                    words = self.text[np.start : np.end].split()
                    head = words[-1].lower()
                    if len(words) <= 3 and head in _PAIR_WORDS:
                        return _PAIR  # "The pair will share the prize. They said …"
                    if (
                        head in self.vocab.groups
                        or (head.endswith("s") and not head.endswith("ss"))
                        or words[0].lower() in self.vocab.groups
                    ):
                        return self.text[np.start : np.end]
                if seen >= 4:
                    break
            pi -= 1
        return None

    def starts(self, pi: int) -> list[int]:
        """Where sentences of paragraph ``pi`` may start (a cheap over-approximation)."""
        found = self.start_cache.get(pi)
        if found is None:
            ps, pe, _ = self.paras[pi]
            found = [ps]
            found += [
                e for m in _SENTENCE_START.finditer(self.text, max(ps - 3, 0), pe) if (e := m.end()) >= ps
            ]
            self.start_cache[pi] = found
        return found

    def person_before(self, pos: int, floor: int, names: _NameTable) -> tuple[int, str] | None:
        """The nearest sentence subject naming a person in ``(floor, pos]``, scanning backwards."""
        pi = bisect.bisect_right(self.para_starts, pos) - 1
        steps = 0
        while pi >= 0 and steps < 15:
            pe = self.paras[pi][1]
            if pe <= floor:
                return None
            starts = self.starts(pi)
            top = bisect.bisect_right(starts, pos)
            for k in range(top - 1, max(-1, top - 16), -1):
                ss = starts[k]
                if ss <= floor:
                    return None
                steps += 1
                np = self.subject_cache.get(ss, _MISSING)
                if np is _MISSING:
                    se = starts[k + 1] if k + 1 < len(starts) else pe
                    np = self.subject_cache[ss] = _subject(self.text, ss, se, names_only=True)
                if isinstance(np, _NP) and np.kind == "name":
                    resolved = names.resolve(np)
                    if resolved is not None and names.is_person(resolved, np):
                        return ss, resolved
            pi -= 1
        return None

    def person_after(self, pos: int, names: _NameTable) -> str | None:
        """The first sentence subject naming a person in the two paragraphs after ``pos`` (cataphora)."""
        pi = bisect.bisect_right(self.para_starts, pos) - 1
        for pj in range(pi + 1, min(pi + 3, len(self.paras))):
            pe = self.paras[pj][1]
            starts = self.starts(pj)
            for k in range(min(len(starts), 16)):
                ss = starts[k]
                np = self.subject_cache.get(ss, _MISSING)
                if np is _MISSING:
                    se = starts[k + 1] if k + 1 < len(starts) else pe
                    np = self.subject_cache[ss] = _subject(self.text, ss, se, names_only=True)
                if isinstance(np, _NP) and np.kind == "name":
                    resolved = names.resolve(np)
                    if resolved is not None and names.is_person(resolved, np):
                        return resolved
        return None

    def note_gender(self, ss: int, person: str, gender: dict[str, str]) -> None:
        """Record ``he``/``she`` for ``person`` when the subject at ``ss`` says it (``Mrs``, ``actress``)."""
        subj = self.subject_cache.get(ss)
        if isinstance(subj, _NP):
            g = _gender_of(self.text[max(ss, subj.start - 40) : subj.end])  # "Her husband, Ray Lane"
            if g is not None:
                gender.setdefault(person, g)

    def in_quote(self, pos: int, inclusive: bool = False) -> bool:
        """Return whether ``pos`` lies inside a direct quote of the current paragraph."""
        k = bisect.bisect_right(self.inside_opens, pos) - 1
        if k < 0:
            return False
        o, c = self.inside[k]
        return (o <= pos if inclusive else o < pos) and pos < c

    # -- direct quotes -------------------------------------------------------

    def direct(
        self,
        seg: _Seg,
        si: int,
        segs: list[_Seg],
        sents: list[tuple[int, int]],
        starts: list[int],
        cue_matches: list[tuple[int, int, str]],
        used: set[int],
        ps: int,
        pe: int,
        pi: int,
        prev_intro: tuple[_NP | None, tuple[int, int] | None, str, int] | None,
    ) -> _Raw | None:
        text = self.text
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
        suf_hi = min(next_open, max(sents[k_close][1], qend), qend + 250, pe)
        rule = "direct"
        if self.title_or_nickname(seg, cstart, cend, qend):
            if not self.keep_scare:
                return None
            return _Raw(seg.origin, qend, cstart, cend, "scare", None, None, "scare", "scare", 0)
        # 1. suffix: “…,” he said / said Jane Roe / — Commissioner X / according to X
        if seg.closed:
            dm = pat.DASH_SIGNATURE.match(text, qend, suf_hi)
            if dm is not None and "(@" not in text[dm.end() : suf_hi]:
                np = _np_after(text, dm.end(), suf_hi)
                if np is not None and np.kind == "name":
                    return _Raw(seg.origin, np.end, cstart, cend, "direct", (dm.start(), dm.end()),
                                np, "np", "direct:dash", 0)  # fmt: skip
            cs_lo = bisect.bisect_left(self.cue_starts, qend)
            cs_hi = bisect.bisect_left(self.cue_starts, suf_hi)
            for cs, ce, cue in cue_matches[cs_lo:cs_hi]:
                if cue in self.vocab.fragment:
                    continue
                between = text[qend:cs]
                if len(between) > 90 or ("." in between or "!" in between or "?" in between):
                    break
                np, mode = self.speaker_for(cs, ce, cue, qend, suf_hi, after_quote=True)
                if np is None:
                    break
                used.add(cs)
                cue_end = self.cue_end(ce, suf_hi)
                end = max(cue_end, np.end if np else cue_end)
                return _Raw(seg.origin, end, cstart, cend, "direct", (cs, cue_end), np, mode,
                            "direct:after", sents[k_open][0])  # fmt: skip
        # 2. prefix: Jane Roe said: “…” / According to X, “…” / He said the plan was “…”
        cs_lo = bisect.bisect_left(self.cue_starts, pre_lo)
        cs_hi = bisect.bisect_left(self.cue_starts, seg.open)
        for cs, ce, cue in reversed(cue_matches[cs_lo:cs_hi]):
            if ce > seg.open:
                continue
            split = si > 0 and pre_lo == prev_close  # “A,” said X, “B.”
            np, mode = self.speaker_for(cs, ce, cue, pre_lo, seg.open, after_quote=split)
            if np is None and mode != "subject":
                continue
            gap = text[ce : seg.open]
            adjacent = len(gap) < 60 and not ("." in gap or "!" in gap or "?" in gap)
            cue_end = self.cue_end(ce, seg.open)
            if cue in self.vocab.fragment:
                if len(gap) > 60:
                    continue
                rule = "direct:fragment"
            elif adjacent and (
                text[cue_end : seg.open].strip(" \t\u00a0,:") in {"", "that"}
                or (cue in _TELL and _TOLD_OBJECT.fullmatch(text, cue_end, seg.open))
            ):
                used.add(cs)
                rule = "direct:before"
            else:
                rule = "direct:fragment"
            start = min(np.start if np else cs, cs)
            return _Raw(start, qend, cstart, cend, "direct", (cs, cue_end), np, mode,
                        rule, sents[k_open][0])  # fmt: skip
        # 3. From X: header in the same paragraph before the quote
        fm = None
        for m in pat.FROM_HEADER.finditer(text, pre_lo, seg.open):
            fm = m
        if fm is not None and text[pre_lo : fm.start()].strip() == "":
            np = _np_after(text, fm.end(), seg.open)
            if np is not None and text[np.end : seg.open].strip(" ,:") == "":
                return _Raw(fm.start(), qend, cstart, cend, "direct", None, np, "np", "direct:from", 0)
        # 4. a colon intro ending the previous paragraph: "Jane Roe said:" + quote paragraph
        opi = bisect.bisect_right(self.para_starts, seg.origin) - 1
        prev_intro = self.intros.get(opi - 1)
        if prev_intro is not None and text[self.para_starts[opi] : seg.origin].strip() == "":
            np, intro_cue, mode, _ = prev_intro
            start = np.start if np else (intro_cue[0] if intro_cue else seg.open)
            return _Raw(start, qend, cstart, cend, "direct", intro_cue, np, mode, "direct:colon", 0)
        # 5. no cue: a follow-on paragraph, a block quote, or a scare quote / title
        content = text[cstart:cend]
        words = content.count(" ") + 1
        ends_sentence = text[cstart : seg.close].rstrip()[-1:] in ".!?…,"
        titleish = sum(1 for w in content.split() if w[:1].isupper()) >= 0.6 * words
        if (words <= 4 and not (ends_sentence and words >= 3)) or (titleish and not ends_sentence):
            if not self.keep_scare:
                return None
            return _Raw(seg.origin, qend, cstart, cend, "scare", None, None, "scare", "scare", 0)
        return _Raw(seg.origin, qend, cstart, cend, "direct", None, None, "none", "direct:follow-on",
                    sents[k_open][0])  # fmt: skip

    def fragment_pair(self, seg: _Seg, prev: _Seg, last: _Raw) -> _Raw | None:
        """``called it "safe" and "oddly polite"``: a fragment joined to an attributed fragment."""
        text = self.text
        if last.origin != prev.origin or not last.rule.endswith("fragment") or not seg.closed:
            return None
        if text[prev.close + 1 : seg.open].strip(" \t\u00a0,") not in {"and", "or", "and even", "but"}:
            return None
        cstart, cend = seg.origin + 1, seg.close
        while cstart < cend and text[cstart].isspace():
            cstart += 1
        while cend > cstart and text[cend - 1] in " \t\u00a0":
            cend -= 1
        if cend <= cstart or cend - cstart > 200:
            return None
        return _Raw(last.start, seg.close + 1, cstart, cend, "direct", last.cue, last.np, last.mode,
                    last.rule, last.sentence)  # fmt: skip

    def title_or_nickname(self, seg: _Seg, cstart: int, cend: int, qend: int) -> bool:
        """``the thriller "Deep Water",`` / ``Sam "Sledge" Hollister``: a title or nickname, not a quote."""
        text = self.text
        content = text[cstart:cend]
        if not content[:1].isupper() or content[-1:] in ".!?…," or len(content) > 60:
            return False
        words = content.split()
        if sum(1 for w in words if w[:1].isupper()) < 0.6 * len(words):
            return False
        before = _tokens(text, max(0, seg.open - 30), seg.open)
        prev = before[-1][2] if before and before[-1][1] == seg.open - 1 else ""
        if _bare(prev).lower() in self.vocab.work_nouns:
            return True
        after = text[qend : qend + 2]
        return (
            len(words) <= 2
            and _is_cap(prev)
            and not _ends_punct(prev)
            and after[:1] == " "
            and after[1:2].isupper()
        )

    def colon_intro(
        self, ps: int, pe: int, sents: list[tuple[int, int]], cue_matches: list[tuple[int, int, str]], pi: int
    ) -> tuple[_NP | None, tuple[int, int] | None, str, int] | None:
        """A paragraph ending in ':' that names a speaker introduces the next paragraph's quote."""
        text = self.text
        tail = text[ps:pe].rstrip()
        if not tail.endswith(":"):
            return None
        ss, se = sents[-1]
        for cs, ce, cue in reversed(cue_matches[bisect.bisect_left(self.cue_starts, ss) :]):
            np, mode = self.speaker_for(cs, ce, cue, ss, se, after_quote=False)
            if np is not None or mode == "subject":
                return (np, (cs, self.cue_end(ce, se)), mode, pi)
        m = pat.FROM_HEADER.match(text, ss, se)
        if m is not None:
            np = _np_after(text, m.end(), se)
            if np is not None:
                return (np, None, "np", pi)
        return None

    def cue_end(self, ce: int, hi: int) -> int:
        m = pat.ADJUNCT.match(self.text, ce, hi)
        return m.end() if m else ce

    # -- speakers -------------------------------------------------------------

    def speaker_for(
        self, cs: int, ce: int, cue: str, lo: int, hi: int, *, after_quote: bool
    ) -> tuple[_NP | None, str]:
        """Return the speaker NP of the cue at ``[cs, ce)`` and how to resolve it."""
        text = self.text
        v = self.vocab
        if cue in v.according:
            return _np_after(text, ce, hi), "np"
        if cue in v.participles:
            return None, "subject"
        gap = text[lo:cs]
        if after_quote and gap.strip(" \t\u00a0,") == "":
            # inverted: ”, said Jane Roe
            inv = _np_after(text, ce, hi)
            if inv is not None and inv.kind != "pron" and _np_closed(text, inv.end, hi):
                return inv, "np"
            if inv is not None and inv.kind == "pron":
                return inv, "np"
            return None, "none"
        np = _np_before(text, lo, cs, v)
        if np is None:
            # inverted after a comma inside the sentence: "…, said the minister."
            if gap.rstrip().endswith(","):
                inv = _np_after(text, ce, hi)
                if (
                    inv is not None
                    and inv.kind != "pron"
                    and _np_closed(text, inv.end, hi)
                    and text[inv.end : inv.end + 1] != ":"
                ):
                    return inv, "np"
            return None, "none"
        if np.kind == "coord":
            return None, "subject"
        return np, "np"

    # -- reported speech ----------------------------------------------------

    def indirect(
        self, cs: int, ce: int, cue: str, ss: int, se: int, inside: list[tuple[int, int]]
    ) -> _Raw | None:
        text = self.text
        v = self.vocab
        if cue in v.fragment:
            return None
        send = se
        while send > ss and text[send - 1] in ".!?… \t\u00a0":
            send -= 1
        if cue in v.according:
            np = _np_after(text, ce, se)
            if np is None:
                return None
            comma = text.find(",", np.end, min(se, np.end + 200))
            bend = _rstrip_to(text, ss, cs)
            if text[bend - 1 : bend] == ",":
                # "CLAUSE, according to X."
                cstart, cend = ss, bend - 1
                if cend - cstart < 10:
                    return None
                return _Raw(ss, max(np.end, send), cstart, cend, "indirect", (cs, ce), np, "np",
                            "indirect:according", ss)  # fmt: skip
            if comma < 0 or comma - np.end > 60:
                return None
            nxt = text.find(",", comma + 1, min(se, comma + 120))
            chunk = text[comma + 1 : nxt].split() if nxt > 0 else []
            if chunk and chunk[0][:1].islower() and not any(w in pat.AUXILIARIES for w in chunk):
                comma = nxt  # "According to X, general secretary of Y, CLAUSE"
            cstart = comma + 1
            while cstart < send and text[cstart].isspace():
                cstart += 1
            if send - cstart < 10 or self.in_quote(cstart, True):
                return None
            return _Raw(cs, send, cstart, send, "indirect", (cs, ce), np, "np", "indirect:according", ss)
        lenient = cue in v.lenient or cue in {"saying", "adding", "suggesting", "warning", "claiming",
                                              "insisting", "arguing", "telling"}  # fmt: skip
        cue_end = self.cue_end(ce, se)
        # the clause after the cue: skip an object ("told reporters", "warned residents")
        clause = _clause_start(text, cue_end, send, lenient)
        if clause is None:
            clause = self.that_after_object(cue_end, send)
        participle = cue in v.participles
        if clause is None:
            if participle:
                return None
            # "CLAUSE, X said." / "CLAUSE, said X."
            return self.final_attribution(cs, ce, cue, ss, se, send, inside, cue_end)
        if send - clause < 8:
            return None
        if self.in_quote(clause, True) and text[clause - 1] in "\"“‘'«„":
            return None
        if participle:
            bend = _rstrip_to(text, ss, cs)
            if text[bend - 1 : bend] != "," and text[bend - 4 : bend] != " and":
                return None
            return _Raw(ss, send, clause, send, "indirect", (cs, cue_end), None, "subject",
                        "indirect:participle", ss)  # fmt: skip
        np, mode = self.speaker_for(cs, ce, cue, ss, se, after_quote=False)
        if np is None and mode != "subject":
            return None
        if np is not None and np.kind == "pron" and text[np.start : np.end].lower() in {"i", "we", "you"}:
            return None
        start = np.start if np is not None else cs
        if mode == "subject":
            start = ss
        return _Raw(start, send, clause, send, "indirect", (cs, cue_end), np, mode, "indirect:cue", ss)

    def that_after_object(self, pos: int, end: int) -> int | None:
        """``told reporters on Friday that …``: a ``that`` within a few words after the cue."""
        toks = _first_tokens(self.text, pos, min(end, pos + 80), 9)
        for j, (_s, e, t) in enumerate(toks):
            b = _bare(t).lower()
            if b == "that" and j > 0 and t in {"that", "that,"}:
                q = e
                while q < end and self.text[q] in " \t\u00a0,":
                    q += 1
                if q < end and self.text[q] not in "\"“‘'«„":
                    return q
                return None
            if b in pat.AUXILIARIES or b in {"and", "but", "to", "which", "who", "if", "whether"}:
                return None
            if t[-1:] in '.;:!?"”':
                return None
        return None

    def final_attribution(
        self,
        cs: int,
        ce: int,
        cue: str,
        ss: int,
        se: int,
        send: int,
        inside: list[tuple[int, int]],
        cue_end: int,
    ) -> _Raw | None:
        """``The plan will fail, the minister said.`` / ``…, said Jane Roe, a doctor.``

        ``cue_end`` is ``self.cue_end(ce, se)``, which the caller has already computed.
        """
        text = self.text
        v = self.vocab
        comma = text.rfind(",", max(ss, cs - 200), cs)
        if comma < 0:
            return None
        hend = _rstrip_to(text, ss, comma)
        if hend - ss < 12 or text[hend - 1] in '"”’»' or self.in_quote(comma):
            return None
        if text[ss] in "\"“‘'«„":
            return None
        if text[comma + 1 : cs].strip() == "":
            # inverted: "…, said Jane Roe, chief of X."
            np = _np_after(text, cue_end, send)
            if np is None or np.kind == "pron":
                return None
            t = _skip_ws(text, np.end)
            if t < send and text[t] != ",":
                return None
        else:
            r = _skip_ws(text, cue_end)
            if r < send and text[r] != ",":
                return None
            np = _np_before(text, comma + 1, cs, v)
            if np is None or np.kind == "coord" or np.start != _skip_ws(text, comma + 1):
                return None
            if np.kind == "pron" and text[np.start : np.end].lower() in {"i", "we", "you"}:
                return None
        return _Raw(ss, max(np.end, cue_end), ss, hend, "indirect", (cs, cue_end), np, "np",
                    "indirect:after", ss)  # fmt: skip

    # -- resolution -----------------------------------------------------------

    def resolve(self, raws: list[_Raw]) -> list[Quote]:
        text = self.text
        names = _NameTable(self)
        out: list[Quote] = []
        last_person: str | None = None
        last_group: str | None = None
        last_quote_speaker: str | None = None
        last_quote_span: Span | None = None
        last_person_pos = -1
        persons = self.persons  # people named so far, most recently mentioned last
        gender: dict[str, str] = {}  # "he" / "she" as the article shows it (title, role, pronoun)
        for raw in raws:
            anchor = raw.np.start if raw.np is not None else raw.start
            speaker: str | None = None
            sp_span: Span | None = None
            np = raw.np
            if raw.mode == "subject":
                np = _subject(text, raw.sentence, raw.end)
            if (
                np is not None
                and np.kind == "name"
                and np.start >= 4
                and text[np.start - 4 : np.start] in {"the ", "The "}
                and names.is_role(text[np.start - 4 : np.end])
            ):
                np = _NP(np.start - 4, np.end, "desc")  # '," the Labour MP said': a role, not a name
            if np is not None and names.needs_person(np, text[np.start : np.end]):
                here = min(anchor, raw.start)
                found = self.person_before(here, last_person_pos, names)
                if found is not None:
                    last_person = found[1]
                    self.note_gender(found[0], last_person, gender)
                    low = text[np.start : np.end].lower()
                    back = found[0]
                    for _ in range(3):
                        # "Mrs Jo Lane … Her husband, Mr Ray Lane, … she said": not the husband
                        if low not in {"he", "she"} or gender.get(last_person, low) == low:
                            break
                        earlier = self.person_before(back - 1, -1, names) if back > 0 else None
                        if earlier is None:
                            break
                        back = earlier[0]
                        self.note_gender(back, earlier[1], gender)
                        if gender.get(earlier[1], low) == low:
                            last_person = earlier[1]
                # everything up to here is scanned: later look-ups start from here
                last_person_pos = max(last_person_pos, here)
            if raw.mode == "inherit":
                speaker, sp_span = last_quote_speaker, last_quote_span
            elif np is not None:
                sp_span = Span(np.start, np.end, text[np.start : np.end])
                low = sp_span.text.lower()
                if np.kind == "pron":
                    if low in {"he", "she"}:
                        speaker = last_person = _agreeing(last_person, persons, gender, low)
                    elif low == "they" or low in _QUANTIFIERS:
                        speaker = self.plural_before(np.start) or last_group
                        if speaker == _PAIR:
                            pair = persons.last_two()
                            speaker = " and ".join(pair) if len(pair) >= 2 else None
                    elif low == "it":
                        speaker = last_group
                elif np.kind == "desc" and _SOME_OF_THEM.fullmatch(low):
                    np = _NP(np.start, np.end, "pron")  # "some of them": like "they"
                    speaker = self.plural_before(np.start) or last_group
                elif np.kind == "desc" or names.is_role(sp_span.text):
                    np = _NP(np.start, np.end, "desc")
                    speaker = names.describe(sp_span.text, last_person, persons)
                    if last_person is None and not persons and low.startswith("the ") and names.is_role(low):
                        # a lead's "The former minister …" names her in the next paragraphs
                        speaker = self.person_after(np.end, names) or speaker
                else:
                    speaker = names.resolve(np)
                    if speaker is not None and names.is_person(speaker, np):
                        last_person, last_person_pos = speaker, np.start
                        g = _gender_of(sp_span.text)
                        if g is not None:
                            gender[speaker] = g
                    elif speaker is not None:
                        last_group = speaker
                if np.kind == "desc" and speaker is not None and " and " in speaker:
                    last_group = speaker  # "a division bench of Justice A and Justice B"
                elif np.kind == "desc" and speaker is not None and speaker != sp_span.text:
                    last_person = speaker
                elif np.kind == "desc" and names.unnamed_person(sp_span.text):
                    # "The corporation's counsel submitted …. He further informed …"
                    last_person, last_person_pos = speaker, np.start
                elif np.kind == "desc":
                    last_group = speaker
            if last_person is not None:
                persons.touch(last_person)
            if raw.kind != "scare" and speaker is not None:
                last_quote_speaker, last_quote_span = speaker, sp_span
            if raw.kind == "scare":
                speaker, sp_span = None, None
            cue = Span(raw.cue[0], raw.cue[1], text[raw.cue[0] : raw.cue[1]]) if raw.cue is not None else None
            if sp_span is not None and sp_span.end > sp_span.start:  # an empty Span counts as none
                start = min(raw.start, raw.cstart, sp_span.start)
                end = max(raw.end, raw.cend, sp_span.end)
            else:
                start = min(raw.start, raw.cstart)
                end = max(raw.end, raw.cend)
            if cue is not None:
                start, end = min(start, cue.start), max(end, cue.end)
            out.append(
                Quote(
                    Span(start, end, text[start:end]),
                    Span(raw.cstart, raw.cend, text[raw.cstart : raw.cend]),
                    kind=raw.kind,
                    cue=cue,
                    speaker=speaker,
                    speaker_span=sp_span,
                    rule=f"{self.name}:{raw.rule}",
                )
            )
        return out


_FEMALE = frozenset(
    {"mrs", "mrs.", "ms", "ms.", "miss", "dame", "lady", "datin", "puan", "smt", "smt.", "shrimati",
     "actress", "spokeswoman", "chairwoman", "businesswoman", "congresswoman", "mother", "grandmother",
     "widow", "landlady", "headmistress", "woman", "frontwoman", "sister", "daughter", "wife",
     "queen", "princess", "mum"}
)  # fmt: skip
_MALE = frozenset(
    {"mr", "mr.", "sir", "lord", "spokesman", "chairman", "businessman", "congressman", "father",
     "grandfather", "widower", "headmaster", "man", "frontman", "brother", "son", "husband", "king",
     "prince", "dad"}
)  # fmt: skip


_GENDER_ALT = "|".join(sorted(map(re.escape, _FEMALE | _MALE), key=len, reverse=True))
_GENDER_WORD = re.compile(r"(?i)(?<![\w])(?:" + _GENDER_ALT + r")(?![\w])")


def _gender_of(written: str) -> str | None:
    """``she`` / ``he`` when a speaker's words say so (``Mrs``, ``spokeswoman``), else None."""
    if _GENDER_WORD.search(written) is None:
        return None
    for w in written.split()[-8:]:
        low = w.lower().strip(_WORD_STRIP)
        if low in _FEMALE:
            return "she"
        if low in _MALE:
            return "he"
    return None


def _agreeing(last: str | None, persons: _Persons, gender: dict[str, str], pron: str) -> str | None:
    """The person ``he``/``she`` stands for: the last one named, unless the article showed them
    to be the other; then the latest earlier person who may be. Records what the pronoun shows."""
    pick = last
    if pick is not None and gender.get(pick, pron) != pron:
        for p in persons.recent(_AGREE_WINDOW):
            if p != pick and gender.get(p, pron) == pron:
                pick = p
                break
    if pick is not None and pick not in gender and " and " not in pick:
        gender[pick] = pron
    return pick


_AGREE_WINDOW = 64
"""How many of the most recently named people a ``he``/``she`` may skip back over (a bound that
keeps resolution linear; a real article never names 64 people between a pronoun and its antecedent)."""

_ROLE_WINDOW = 256
"""How many recent people ``the minister`` looks back over when more than this many fit the role."""


class _Persons:
    """The people named so far, in order of last mention, with O(1) updates and bounded look-backs.

    A dict keeps the order (re-inserting moves a name to the end) and gives each name its
    position stamp, so "most recent first" and "which of these was named last" never scan the
    whole article. ``work`` counts the candidates examined, so tests can check it stays linear.
    """

    __slots__ = ("_clock", "_stamp", "work")

    def __init__(self) -> None:
        self._stamp: dict[str, int] = {}
        self._clock = 0
        self.work = 0

    def __bool__(self) -> bool:
        return bool(self._stamp)

    def last(self) -> str | None:
        """The person named most recently."""
        return next(reversed(self._stamp), None) if self._stamp else None

    def touch(self, person: str) -> None:
        """Record a mention of ``person`` (now the most recent)."""
        self.work += 1
        stamp = self._stamp
        if stamp and next(reversed(stamp)) == person:
            return
        stamp.pop(person, None)
        self._clock += 1
        stamp[person] = self._clock

    def recent(self, limit: int) -> Iterator[str]:
        """The last ``limit`` people, most recent first."""
        for p in itertools.islice(reversed(self._stamp), limit):
            self.work += 1
            yield p

    def last_two(self) -> list[str]:
        """The two people named last, in text order (fewer when fewer were named)."""
        return list(self.recent(2))[::-1]

    def latest_of(self, cands: list[str], cand_set: frozenset[str]) -> str:
        """Of ``cands`` (not empty), the one named most recently; ``cands[0]`` when none was named."""
        if len(cands) <= _ROLE_WINDOW:
            self.work += len(cands)
            stamp = self._stamp
            return max(cands, key=lambda p: stamp.get(p, -1))
        for p in self.recent(_ROLE_WINDOW):
            if p in cand_set:
                return p
        return cands[0]


def _rstrip_to(text: str, lo: int, hi: int) -> int:
    """Return ``hi`` moved back over white space, not below ``lo``."""
    while hi > lo and text[hi - 1].isspace():
        hi -= 1
    return hi


def _skip_ws(text: str, pos: int) -> int:
    while pos < len(text) and text[pos].isspace():
        pos += 1
    return pos


_MISSING = object()

# A capital after sentence-final punctuation and a space: where a sentence may start (at the
# match's end). Punctuation-led, so ``re`` scans for it fast; matches never overlap.
_SENTENCE_START = re.compile(r"[.!?…][\"”’']?+[ ](?=[A-Z])")

# Two coordinated names: "Peter Graham and Aisling Byrne" (what "they" may stand for)
# "A division bench of", "a three-judge panel comprising": the names that follow are the speakers
_BENCH = re.compile(
    r"^(?:[Aa]|[Tt]he)[ ](?:(?!bench|panel)[\w-]{1,20}+[ ]){0,2}+(?:bench|panel)[ ](?:of|comprising)[ ]"
)

_PLURAL_NAMES = re.compile(
    r"[A-Z](?<![\w’'][A-Z])[\w’'-]{1,30}+(?:[ ][A-Z][\w’'-]{1,30}+){1,3}+[ ]and[ ][A-Z][\w’'-]{1,30}+"
    r"(?:[ ][A-Z][\w’'-]{1,30}+){1,3}+"
)

_NAME_RUN = re.compile(
    r"[A-Z](?<![\w’'][A-Z])[\w’'.-]{0,30}+(?:[ \u00a0]++(?:(?:de|van|von|der|bin|binti|al|da|del|le|la|du)"
    r"[ \u00a0]++)?[A-Z][\w’'.-]{0,30}+){1,5}+"
)


class _NameTable:
    """The names the article uses, for mapping ``Trump`` / ``Mr Trump`` to ``Donald Trump``."""

    def __init__(self, ex: _Extractor) -> None:
        self.ex = ex
        self._runs: list[str] | None = None
        self._by_token: dict[str, list[tuple[int, int, str]]] | None = None
        self.work = 0  # candidate names examined (tests check that this grows linearly)
        self._cache: dict[str, str | None] = {}
        self._person_cache: dict[tuple[str, str], bool] = {}
        self._strip_cache: dict[str, list[str]] = {}
        self._titled: dict[str, set[str]] | None = None
        self._role_cands: dict[frozenset[str], tuple[list[str], frozenset[str]]] = {}

    def runs(self) -> list[str]:
        """The distinct capitalised runs of the unclaimed text, in order (tweet signatures left out)."""
        if self._runs is None:
            ex = self.ex
            text = ex.text
            found: dict[str, None] = {}
            count = 0
            for ps, pe, _ in ex.paras:
                for m in _NAME_RUN.finditer(text, ps, pe):
                    count += 1
                    if count > 5000:
                        break
                    if not text.startswith(" (@", m.end()):
                        found[m.group()] = None
            self._runs = list(found)
        return self._runs

    def candidates(self, key: str) -> list[tuple[int, int, str]]:
        """The full names (2-4 words, titles stripped) that contain the word ``key``."""
        self.work += 1
        return self.by_token().get(key, [])

    def by_token(self) -> dict[str, list[tuple[int, int, str]]]:
        """Each word of a full name → the names holding it, as (words, -order, name), first use first.

        Built once from the article's capitalised runs, so looking up a surname costs only the
        names that hold it, never a pass over every run.
        """
        if self._by_token is None:
            index: dict[str, list[tuple[int, int, str]]] = {}
            seen: dict[str, set[str]] = {}
            orgs = self.ex.vocab.orgs
            for order, run in enumerate(self.runs()):
                words = run.split()
                for w in range(len(words) - 1, -1, -1):
                    if words[w].endswith(".") and not _abbrev_dot(words[w]):
                        words = words[w + 1 :]
                        break
                toks = self.strip_titles(words)
                if len(toks) < 2 or len(toks) > 4 or not orgs.isdisjoint(toks):
                    continue
                name = " ".join(toks)
                for key in dict.fromkeys(toks):
                    if key not in run:
                        continue
                    names = seen.setdefault(key, set())
                    if name not in names:
                        names.add(name)
                        index.setdefault(key, []).append((len(toks), -order, name))
            self._by_token = index
        return self._by_token

    def strip_titles(self, toks: list[str]) -> list[str]:
        """Return the words of a name without titles, roles, possessives and leading ``The``."""
        key = " ".join(toks)
        found = self._strip_cache.get(key)
        if found is None:
            found = self._strip_cache[key] = self._strip_titles(toks)
        return found

    def _strip_titles(self, toks: list[str]) -> list[str]:
        if len(toks) > 2:
            toks = [t for t in toks if not _NICKNAME.fullmatch(t)]
        toks = [
            _drop_possessive(t.strip(_NAME_STRIP) if _abbrev_dot(t) else t.strip(_WORD_STRIP)) for t in toks
        ]
        toks = [t for t in toks if t]
        titles = self.ex.vocab.titles
        while len(toks) > 1 and (toks[0] in pat.STOP_CAPS or toks[0] in _LEADERS):
            toks = toks[1:]
        last_title = -1
        for i in range(min(len(toks) - 1, 6)):
            if toks[i] in titles or toks[i].lower() in self.ex.vocab.roles or _OF_N.fullmatch(toks[i]):
                last_title = i
        if last_title >= 0:
            toks = toks[last_title + 1 :]
        if toks and toks[0] in {"The", "the"}:
            toks = toks[1:]
        return toks

    def resolve(self, np: _NP) -> str | None:
        text = self.ex.text[np.start : np.end]
        if text not in self._cache:
            self._cache[text] = self._resolve(text)
        return self._cache[text]

    def _resolve(self, text: str) -> str | None:
        if " and " in text and len(text) <= 160:
            # "Justice A and Justice B", "a division bench of Justice A and Justice B": each name
            first, second = _BENCH.sub("", text, count=1).split(" and ", 1)
            if first[:1].isupper() and second[:1].isupper() and " and " not in second:
                a, b = self._resolve(first), self._resolve(second)
                if a and b:
                    return f"{a} and {b}"
        toks = self.strip_titles(text.split())
        if not toks:
            return text or None
        if "of" in toks[2:4]:
            # "Analyst Teresa Gomez of Baird Partners": the person, not the firm
            head = toks[: toks.index("of", 2)]
            if all(t[:1].isupper() for t in head) and self.ex.vocab.orgs.isdisjoint(head):
                toks = head
        written = " ".join(toks)
        if len(toks) >= 2:
            return written  # already a full name
        key = toks[-1]
        cands = self.candidates(key)
        self.work += len(cands)
        best = None
        for size, neg_order, name in cands:
            parts = name.split()
            if size < len(toks) or not _contains(parts, toks):
                continue
            rank = (parts[-1] == key, size, neg_order)
            if best is None or rank > best[0]:
                best = (rank, name)
        if best is not None:
            return best[1]
        return written

    def is_person(self, name: str, np: _NP) -> bool:
        key = (name, self.ex.text[np.start : np.end])
        found = self._person_cache.get(key)
        if found is None:
            found = self._person_cache[key] = self._is_person(name, np)
        return found

    def _is_person(self, name: str, np: _NP) -> bool:
        parts = name.split()
        if not self.ex.vocab.orgs.isdisjoint(parts):
            return False
        written = self.ex.text[np.start : np.end].split()
        titles, roles = self.ex.vocab.titles, self.ex.vocab.roles
        if all(p in titles or p.lower() in roles for p in parts):
            return False  # "Former", "Minister": a title alone names nobody
        titled = bool(written) and written[0].strip(_WORD_STRIP) in titles
        return 2 <= len(parts) <= 4 or titled

    def needs_person(self, np: _NP, written: str) -> bool:
        """Whether resolving ``written`` needs the last named person (``he``, ``the minister``)."""
        if np.kind == "pron":
            return written.lower() in {"he", "she"}
        if np.kind == "desc" or np.kind == "name":
            return self.role_phrase(written) is not None
        return False

    def role_phrase(self, written: str) -> tuple[str, list[str]] | None:
        """``the former minister`` / ``the Labour MP`` / ``Chief Minister``: (head role, modifiers) or None.

        ``the`` plus at most two modifiers (no possessive, no digits) plus a role word or an age, or a
        title phrase without ``the`` made only of title words and ending in a role (``Chief Minister``).
        """
        words = written.split()
        if not 2 <= len(words) <= 4:
            return None
        head = words[-1].lower().strip(_WORD_STRIP)
        if head not in self.ex.vocab.roles and _AGE.fullmatch(head) is None:
            return None
        if words[0].lower() == "the":
            mods = words[1:-1]
            for w in mods:
                if w.endswith(("'s", "’s", "s'")) or any(c.isdigit() for c in w) or w.lower() in _NOT_MOD:
                    return None
            return head, mods
        titles = self.ex.vocab.titles
        if len(words) <= 3 and head in self.ex.vocab.roles and all(w in titles for w in words):
            return head, words[:-1]
        return None

    def is_role(self, written: str) -> bool:
        """Whether ``written`` refers back to a person by role (``The MP``, ``the former minister``)."""
        return self.role_phrase(written) is not None

    def unnamed_person(self, written: str) -> bool:
        """Whether ``written`` describes one unnamed person (``the company's lawyer``, ``a source``)."""
        words = written.split()
        if not 2 <= len(words) <= 4 or words[0].lower() not in pat.DETERMINERS:
            return False
        return any(w.lower().strip(_WORD_STRIP) in self.ex.vocab.roles for w in words[1:])

    def titled(self) -> dict[str, set[str]]:
        """Each full name the article writes after title words, with those words in lower case."""
        if self._titled is None:
            self._titled = {}
            for run in self.runs():
                words = run.split()
                name = self.strip_titles(words)
                if not 2 <= len(name) <= 4 or name[-1] != words[-1].strip(_WORD_STRIP):
                    continue
                lead = words[: len(words) - len(name)]
                if lead:
                    self._titled.setdefault(" ".join(name), set()).update(w.lower().strip(".") for w in lead)
        return self._titled

    def describe(self, written: str, last_person: str | None, persons: _Persons) -> str:
        if _BENCH.match(written):
            return self._resolve(written) or written
        found = self.role_phrase(written)
        if found is None:
            return written
        head, mods = found
        titles = self.ex.vocab.titles
        # "the Chief Minister": capitalised title modifiers must match a title the article gave someone
        strict = any(m[:1].isupper() and m in titles for m in mods) or written.split()[0].lower() != "the"
        if _AGE.fullmatch(head) is None:
            need = {head} | {m.lower() for m in mods if m[:1].isupper() and m in titles}
            key = frozenset(need)
            found_cands = self._role_cands.get(key)
            if found_cands is None:  # once per role: the work stays linear in the article
                listed = [p for p, ws in self.titled().items() if need <= ws]
                found_cands = self._role_cands[key] = (listed, frozenset(listed))
            cands, cand_set = found_cands
            if last_person is not None and last_person in cand_set:
                return last_person
            if cands:
                return persons.latest_of(cands, cand_set)
        if strict or last_person is None:
            return written
        return last_person


_NOT_MOD = frozenset({"of", "and", "or", "a", "an", "the", "at", "in", "for", "with", "to", "by", "from"})

_OF_N = re.compile(r"[A-Za-z]{1,12}+-of-[a-z]{1,8}+")  # "Mother-of-two Becky Nance": a description

_LEADERS = frozenset({"From", "By", "To", "Of", "The", "Said", "Says", "Told"})


def _drop_possessive(word: str) -> str:
    """Return ``word`` without a final ``'s`` (``Trump's`` → ``Trump``)."""
    return word[:-2] if word.endswith(("'s", "’s")) else word


def _contains(parts: list[str], toks: list[str]) -> bool:
    n = len(toks)
    return any(parts[i : i + n] == toks for i in range(len(parts) - n + 1)) or (n == 1 and toks[0] in parts)
