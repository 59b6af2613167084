"""Quotes in other languages: attribution read from the document's :class:`~newsparse.lang.LanguageTables`.

The English stages lean on English grammar (``that``-clauses, auxiliaries, ``he``/``she``).
For a language whose tables bring their own speech cues, the rule keeps the language-blind
part — quote marks paired by :mod:`.marks`, the quotation spans of :mod:`.rule` — and
attributes from the tables alone:

- a cue right after a quotation (``», a déclaré X``, ``“, dijo el alcalde``, ``“, sagte er``,
  ``», a-t-elle ajouté``) or right before it (``X a déclaré : «``, ``Laut X „``);
- reported speech: a speech verb and a complementiser (``a déclaré que``, ``dijo que``,
  ``ने कहा कि``), a lenient verb and a comma (``Er sagte, die Lage sei ernst``), a cue after
  the clause (``…, a précisé le maire.``), ``selon X, …`` / ``…, selon X.`` and postposed
  forms (``X के मुताबिक, …``, ``X zufolge``);
- speakers: a capitalised name (titles dropped), a determiner and role noun (``le ministre``),
  a group noun, or a pronoun from the tables, resolved to the last person named
  (:class:`~.speakers.Persons`, the rule's speaker tracker), the pronoun's gender permitting;
  in scripts without capitals (Devanagari) the words before the agent or postposition.

Everything is linear: one cue pass over the text, bounded look-arounds per cue and quote.
"""

from __future__ import annotations

import bisect
import functools
import itertools
import re

import regex

from newsparse._model import Quote, Span
from newsparse.lang.tables import LanguageTables
from newsparse.rules.quotes import patterns as pat
from newsparse.rules.quotes.phrases import NP
from newsparse.rules.quotes.speakers import Persons, content_parts
from newsparse.rules.quotes.state import Raw, State

__all__ = ["LanguageCues", "attribute_in_language", "language_cues"]

# cue kinds
_VERB, _LENIENT, _INVERSION, _PARTICIPLE, _ACCORDING, _POSTPOSED = "v", "l", "i", "p", "a", "pp"

_WORD = re.compile(r"[^\s«»“”„\"‘’‚,;:.!?()\[\]।|—–]{1,40}+")
_SENT_END = re.compile(r"(?:[.!?…]|।|\|)(?:[ \u00a0\u202f]?+[\"”»“’])?(?=[ \t\u00a0\u202f]{1,5}+\S)")
_GAP_AFTER = re.compile(r"[ \t\u00a0\u202f,:;–—-]{0,6}+")
_CLAUSE_TRIM = " \t\u00a0\u202f.!?…।|"
_ENDS = ".!?…।|"


class LanguageCues:
    """One language's cue pattern and word sets, compiled once per tables (see :func:`language_cues`)."""

    __slots__ = (
        "case_blind", "complementisers", "cue_re", "function_words", "groups", "kinds", "mood", "pronouns",
        "roles", "title_end", "titles",
    )  # fmt: skip

    def __init__(self, tables: LanguageTables) -> None:
        kinds: dict[str, str] = {}
        fields = (
            (tables.according_to, _ACCORDING),
            (tables.postposed_according_to, _POSTPOSED),
            (tables.participle_cues, _PARTICIPLE),
            (tables.speech_verbs, _VERB),
            (tables.lenient_verbs, _LENIENT),
            (tables.inversion_cues, _INVERSION),
        )
        for words, kind in fields:
            for w in words:
                kinds[_norm(w)] = kind
        self.kinds = kinds
        # \p{M}: a Devanagari vowel sign is a mark, not \w; "ने" inside "उन्होंने" is no cue
        self.cue_re = (
            regex.compile(
                r"(?<![\w\p{M}'’-])(?:" + pat._trie(sorted(kinds)) + r")(?![\w\p{M}'’])", regex.IGNORECASE
            )
            if kinds
            else regex.compile(r"(?!x)x")
        )
        self.complementisers = frozenset(tables.complementisers)
        self.pronouns = dict(tables.pronouns)
        self.titles = frozenset(t.lower() for t in tables.titles)
        self.roles = frozenset(tables.role_nouns)
        self.groups = frozenset(tables.group_nouns)
        self.case_blind = "Latin" not in tables.scripts  # no capitals to find names by
        self.function_words = tables.function_words
        self.mood = frozenset(tables.reported_mood)
        # a word ending in a role noun is a (compound) title: "innenminister", "polizeisprecherin"
        ends = sorted({r for r in tables.role_nouns if len(r) >= 5 and " " not in r}, key=len, reverse=True)
        self.title_end = regex.compile("(?:" + "|".join(map(regex.escape, ends)) + r")\Z") if ends else None

    def compound_title(self, word: str) -> bool:
        """Whether the lower-case ``word`` ends in a role noun (a compound title)."""
        return self.title_end is not None and self.title_end.search(word) is not None


@functools.lru_cache(maxsize=32)
def language_cues(tables: LanguageTables) -> LanguageCues:
    """The compiled cues of ``tables`` (cached: each language compiles once)."""
    return LanguageCues(tables)


def _norm(cue: str) -> str:
    return " ".join(cue.lower().split())


# -- the speaker phrase -----------------------------------------------------------------


def _wordset(words: str) -> frozenset[str]:
    return frozenset(words.split())


# Words that open a noun phrase in the languages the tables cover (articles, demonstratives,
# possessives); a role noun after one refers to a person named before.
_DETERMINERS = _wordset(
    "le la les l’ l' un une ce cette son sa ses leur el los las lo uno una su sus este esta "
    "der die das den dem des ein eine einer sein seine ihr ihre o a os as um uma seu sua "
    "il lo gli i un' uno del della dello dei degli al alla nel nella"
)  # fmt: skip
# Lower-case words allowed inside a name (``Ursula von der Leyen``, ``Luiz Inácio Lula da Silva``)
_NAME_JOINERS = _wordset(
    "de du des la le von der van den da do dos das di del della degli dei delle dello dell' dell’ "
    "y e al el bin ben"
)


# Prepositions of the Latin-script languages: capitalised only at a sentence start, never a name
# ("Ad Adnkronos spiega"), and what an adjunct between a cue and its subject opens ("Lo ha detto
# a SkyTg24 l'ambasciatore").
_PREPOSITIONS = _wordset(
    "a ad al à au aux en em na no su sul sulla in im con per via zu zum zur bei mit von vor nach "
    "para por pelo pela sobre ante tras desde durante com dans sur pour avec chez"
)


def _words(text: str, lo: int, hi: int) -> list[tuple[int, int, str]]:
    return [(m.start(), m.end(), m.group()) for m in _WORD.finditer(text, lo, hi)]


def _is_name_word(word: str, lc: LanguageCues) -> bool:
    low = word.lower()
    if low in lc.function_words or low in lc.pronouns or low in _PREPOSITIONS:
        return False  # "Em fevereiro", "Segundo ele": a capitalised sentence opener
    return (word[:1].isupper() and not word.isupper()) or (
        word.isupper() and 2 <= len(word) <= 6  # an acronym: "CNIL", "PSOE"
    )


def phrase_after(text: str, pos: int, hi: int, lc: LanguageCues) -> NP | None:
    """The speaker phrase starting at ``pos`` (after an inverted cue): a pronoun, a name, or a
    determiner, role words and an optional name (``el alcalde de Lima, Juan Pérez``)."""
    words = _words(text, pos, min(hi, pos + 160))
    if not words or text[pos : words[0][0]].strip(" \t\u00a0\u202f") not in {"", ","}:
        return None
    s, e, w = words[0]
    low = w.lower()
    if low in lc.pronouns:
        return NP(s, e, "pron")
    if lc.case_blind:
        return _run_case_blind(words, 0, text)
    t = 0
    while t + 1 < len(words) and t < 3 and (low in lc.titles or f"{low}." in lc.titles):
        t += 1  # "M. Caldwell", "Dr. Weber", "la ministra Ana Pérez": the title stays in the span
        low = words[t][2].lower()
    if t and _is_name_word(words[t][2], lc):
        return NP(s, _name_run(words, t, text, lc).end, "name")
    if _is_name_word(w, lc) and low not in _DETERMINERS:
        return _name_run(words, 0, text, lc)
    if low in _DETERMINERS or low.startswith(("l’", "l'")):
        end = e
        j = 1
        if low.startswith(("l’", "l'")) and len(w) > 2:
            j = 0  # "l’avocat": the article is glued to the noun
        while j < len(words) and j < 6 and text[end : words[j][0]].strip() == "":
            _, we, wt = words[j]
            if wt.lower() in _PHRASE_STOPS:
                break
            if _is_name_word(wt, lc):
                run = _name_run(words, j, text, lc)
                if words[j - 1][2].lower() in _NAME_JOINERS:
                    end = run.end  # "el secretario general de La Cámpora": a complement, still a description
                    break
                return NP(s, run.end, "name")
            end = we
            j += 1
        comma = text.find(", ", end, min(hi, end + 30))
        if (
            comma >= 0
            and not any(c in text[end:comma] for c in ".;:!?")
            and text[comma + 2 : comma + 3].isupper()
        ):
            name = phrase_after(
                text, comma + 2, hi, lc
            )  # "le maire, Jean Dupont", "o ministro do X iraniano, Y"
            if name is not None and name.kind == "name":
                return name
        return NP(s, end, "desc")
    return None


def _name_run(words: list[tuple[int, int, str]], j: int, text: str, lc: LanguageCues) -> NP:
    s, e, _ = words[j]
    k = j + 1
    while k < len(words) and k - j < 6 and text[words[k - 1][1] : words[k][0]] in {" ", "\u00a0"}:
        wt = words[k][2]
        if _is_name_word(wt, lc):
            e = words[k][1]
        elif wt.lower() in _NAME_JOINERS and k + 1 < len(words) and _is_name_word(words[k + 1][2], lc):
            pass
        else:
            break
        k += 1
    return NP(s, e, "name")


def _run_case_blind(words: list[tuple[int, int, str]], j: int, text: str) -> NP | None:
    # "के मुताबिक पुलिस अधीक्षक राम सिंह ने": up to three words, to the next punctuation
    run = words[j : j + 3]
    return NP(run[0][0], run[-1][1], "name") if run else None


# Hindi postpositions and particles that close the phrase before them ("दिल्ली में पुलिस ने")
_CASE_BLIND_STOPS = _wordset(
    "में से को का की के पर और ने भी तो ही कि एक इस उस यह वह है था थी इससे पहले बाद इसके उसके आगे जब तब "
    "वहीं फिर साथ दौरान अब लेकिन हालांकि गई गया दी दिया"
)


def phrase_before(text: str, lo: int, pos: int, lc: LanguageCues) -> NP | None:
    """The speaker phrase ending at ``pos`` (before a cue): a pronoun, a name (titles kept in the
    span), or a determiner and role noun, within the sentence from ``lo``."""
    words = _words(text, max(lo, pos - 160), pos)
    # "Herzi Halevi, ha affermato": a comma may stand between the subject and its verb
    if not words or text[words[-1][1] : pos].strip(" \t\u00a0\u202f") not in {"", ","}:
        return None
    if words[-1][2].lower() in lc.pronouns:
        return NP(words[-1][0], words[-1][1], "pron")
    if lc.case_blind:
        k = len(words)
        while k > 0 and len(words) - k < 3 and words[k - 1][2] not in _CASE_BLIND_STOPS:
            k -= 1
        if k == len(words):
            return None
        return NP(words[k][0], words[-1][1], "name")
    s, e, w = words[-1]
    low = w.lower()
    if low in lc.pronouns:
        return NP(s, e, "pron")
    if _is_name_word(w, lc):
        k = len(words) - 1
        while k > 0 and len(words) - k < 6 and text[words[k - 1][1] : words[k][0]] in {" ", "\u00a0"}:
            prev = words[k - 1][2]
            if _is_name_word(prev, lc) or (
                prev.lower() in _NAME_JOINERS and k - 2 >= 0 and _is_name_word(words[k - 2][2], lc)
            ):
                k -= 1
                continue
            break
        head = words[k][2]
        if head.lower() in lc.pronouns or (k == len(words) - 1 and head.lower() in _DETERMINERS):
            return None
        return NP(words[k][0], e, "name")
    # "le ministre", "die Polizei", "il sindaco della città": a determiner within six words
    # before a role or group noun
    for k in range(len(words) - 1, max(len(words) - 7, -1), -1):
        wk = words[k][2].lower()
        if (wk in _DETERMINERS or wk.startswith(("l’", "l'"))) and any(
            x[2].lower() in lc.roles or _norm(f"{wk} {x[2]}") in lc.groups or x[2].lower() in lc.groups
            for x in words[k : k + 3]
        ):
            return NP(words[k][0], e, "desc")
        if wk in _PHRASE_STOPS or wk in lc.complementisers:
            return None
    if low in lc.groups or low in lc.roles:
        return NP(s, e, "desc")
    return None


# -- cues ---------------------------------------------------------------------------------


def find_cues(st: State, lc: LanguageCues) -> list[tuple[int, int, str]]:
    """Every cue of the text as ``(start, end, kind)``, from one pass of the cue pattern."""
    out = []
    for m in lc.cue_re.finditer(st.text):
        kind = lc.kinds.get(_norm(m.group()))
        if kind is not None:
            out.append((m.start(), m.end(), kind))
    return out


def sentences(text: str, ps: int, pe: int) -> list[tuple[int, int]]:
    """Sentence bounds in ``[ps, pe)``: after ``.!?…।|`` and white space (a linear scan)."""
    out = []
    s = ps
    for m in _SENT_END.finditer(text, ps, pe):
        nxt = _skip(text, m.end(), pe, " \t\u00a0\u202f")
        if nxt < pe and (text[nxt].islower() or text[nxt] in ",;:»”)›"):
            continue  # "« Partez ! » s'exclame-t-il", "! », a-t-il dit": the sentence goes on
        word = text[max(s, m.start() - 4) : m.start()].split()[-1:] or [""]
        if m.group()[:1] == "." and (len(word[0]) <= 2 and word[0][:1].isupper()):
            continue  # "M. Dupont", "Dr. Weber": an abbreviation, not a sentence end
        out.append((s, m.end()))
        s = m.end()
        while s < pe and text[s] in " \t\u00a0\u202f":
            s += 1
    if s < pe:
        out.append((s, pe))
    return out


# -- direct quotes ------------------------------------------------------------------------


# Words that end a description after a cue ("apuntó la vicepresidenta por una charla")
_PHRASE_STOPS = _wordset(
    "por con en desde ante para que qui quien quienes y e et und mit bei im in dans sur pour avec che chi "
    "em com na no nos nas durante während après antes después depois dopo a al au aux à ao à sobre über "
    "tras during while como comme wie come secondo cui nel nella su sul sulla tramite via dopo"
)


class _Ctx:
    """What one document's attribution reads: the text, its cues, the quotations' extents."""

    __slots__ = ("cue_starts", "cues", "inside", "inside_starts", "lc", "text", "used")

    def __init__(self, st: State, lc: LanguageCues, direct: list[Raw]) -> None:
        self.text = st.text
        self.lc = lc
        self.cues = find_cues(st, lc)
        self.cue_starts = [c[0] for c in self.cues]
        self.inside = sorted((r.start, r.end) for r in direct)
        self.inside_starts = [a for a, _ in self.inside]
        self.used: set[int] = set()

    def cues_in(self, lo: int, hi: int) -> list[tuple[int, int, str]]:
        return self.cues[bisect.bisect_left(self.cue_starts, lo) : bisect.bisect_left(self.cue_starts, hi)]

    def quoted(self, pos: int) -> bool:
        k = bisect.bisect_right(self.inside_starts, pos) - 1
        return k >= 0 and self.inside[k][0] <= pos < self.inside[k][1]


def _inverted_speaker(cx: _Ctx, cs: int, ce: int, hi: int) -> NP | None:
    """The subject inside or right after an inverted cue (``a-t-elle ajouté``, ``sagte der Minister``)."""
    text = cx.text
    words = _words(text, cs, ce)
    for s, _e, w in words:
        for part in w.lower().split("-"):
            if part in cx.lc.pronouns and part != words[0][2].lower():
                off = w.lower().rfind(part)
                return NP(s + off, s + off + len(part), "pron")
    last = words[-1] if words else None
    if last is not None and last[2].lower() in _DETERMINERS:
        return phrase_after(text, last[0], hi, cx.lc)
    found = phrase_after(text, ce, hi, cx.lc)
    after = _words(text, ce, min(hi, ce + 80))[:6]
    if found is None and after and after[0][2].lower() in _PREPOSITIONS:
        # "Lo ha detto a SkyTg24 l'ambasciatore X": an adjunct, then the subject
        for s2, _e2, w2 in after[1:5]:
            low = w2.lower()
            if low in _DETERMINERS or low.startswith(("l'", "l’")) or low in cx.lc.pronouns:
                return phrase_after(text, s2, hi, cx.lc)
            if _is_name_word(w2, cx.lc) and low not in _PREPOSITIONS:
                return phrase_after(text, s2, hi, cx.lc)  # "racconta in lacrime Linor Atia"
    return found


def _speaker_at_cue(cx: _Ctx, cs: int, ce: int, kind: str, lo: int, hi: int) -> NP | None:
    text = cx.text
    if kind == _ACCORDING:
        return phrase_after(text, ce, hi, cx.lc)
    if kind == _POSTPOSED:
        return phrase_before(text, lo, cs, cx.lc)
    if kind == _INVERSION:
        return _inverted_speaker(cx, cs, ce, hi)
    if kind == _PARTICIPLE:
        return None
    return phrase_before(text, lo, cs, cx.lc) or (
        phrase_after(text, ce, hi, cx.lc)
        if text[_back(text, lo, cs) - 1 : cs].startswith(",") or lo >= cs - 3
        else None
    )


def _no_subject(cx: _Ctx, ss: int, cs: int) -> bool:
    """Whether the cue at ``cs`` has no subject before it in its sentence (``Y remató:``,
    ``Asimismo, añadió que``, ``Reconoció que``): at most three words, none a name."""
    words = _words(cx.text, max(ss, cs - 200), cs)
    return cs - ss <= 200 and len(words) <= 3 and not any(_is_name_word(w, cx.lc) for _, _, w in words[1:])


def _next_sentence_cue(cx: _Ctx, raw: Raw, pe: int) -> bool:
    """``“…”. Lo ha detto il ministro X.`` / ``“…”. Così X``: an inverted cue opening the next
    sentence names the speaker of a quotation that ended its own."""
    text = cx.text
    nxt = _skip(text, raw.end, min(pe, raw.end + 4), " \t\u00a0\u202f.:")
    if nxt == raw.end or nxt >= pe:
        return False
    k = bisect.bisect_left(cx.cue_starts, nxt)
    if k >= len(cx.cues) or cx.cues[k][0] != nxt or cx.cues[k][2] != _INVERSION:
        return False
    cs, ce, _ = cx.cues[k]
    np = _inverted_speaker(cx, cs, ce, min(pe, ce + 200))
    if np is None:
        return False
    cx.used.add(cs)
    raw.cue, raw.np, raw.mode, raw.rule = (cs, ce), np, "np", "direct:after"
    return True


class _Sentences(list[tuple[int, int]]):
    """A paragraph's sentence bounds with their starts, to find a position's sentence by bisection."""

    def __init__(self, bounds: list[tuple[int, int]]) -> None:
        super().__init__(bounds)
        self.starts = [s for s, _ in bounds]


def _sentence_of(sents: list[tuple[int, int]], pos: int) -> tuple[int, int]:
    starts = sents.starts if isinstance(sents, _Sentences) else [s for s, _ in sents]
    k = max(bisect.bisect_right(starts, pos) - 1, 0)
    return sents[k]


def attribute_direct(cx: _Ctx, raw: Raw, sents: list[tuple[int, int]], pe: int) -> bool:
    """Give the quotation ``raw`` the cue after or before it; return whether one was found."""
    text = cx.text
    qend = raw.end
    _, se = _sentence_of(sents, max(raw.end - 1, raw.start))
    se = max(se, qend)
    ended = text[raw.cstart : raw.cend].rstrip(' \t\u00a0\u202f"”»“’')[-1:] == "."
    if raw.closed:
        for cs, ce, kind in cx.cues_in(qend, min(se, qend + 60)):
            gap = text[qend:cs]
            if any(c in gap for c in '.!?«»“”„"') or cx.quoted(cs):
                break
            bare = gap.strip(" \t\u00a0\u202f,–—-") == ""
            if not bare and (ended or gap.lstrip(" \t\u00a0\u202f")[:1] not in {",", "–", "—", "-"}):
                break  # "« … agir. » Il a ajouté que …": a new sentence, not the quote's attribution
            np = _speaker_at_cue(cx, cs, ce, kind, qend, se)
            if np is None and bare:
                np = _inverted_speaker(cx, cs, ce, se) if kind in {_VERB, _LENIENT} else None
            if np is None and not (bare and kind in {_VERB, _LENIENT}):
                continue
            cx.used.add(cs)
            # no subject written ("», señaló.", "”, ha detto."): the language drops it
            raw.cue, raw.np, raw.rule = (cs, ce), np, "direct:after"
            raw.mode = "np" if np is not None else "dropped"
            return True
    if raw.closed and _next_sentence_cue(cx, raw, pe):
        return True
    qs, _ = _sentence_of(sents, raw.start)
    for cs, ce, kind in reversed(cx.cues_in(max(qs, raw.start - 200), raw.start)):
        if ce > raw.start or cx.quoted(cs):
            continue
        gap = text[ce : raw.start]
        if len(gap) > 80 or any(c in gap for c in ".!?"):
            break
        np = _speaker_at_cue(cx, cs, ce, kind, qs, raw.start)
        dropped = np is None and kind in {_VERB, _LENIENT, _PARTICIPLE} and _no_subject(cx, qs, cs)
        if np is None and not dropped:
            continue
        rest = gap.strip(" \t\u00a0\u202f,:")
        raw.rule = (
            "direct:before" if rest == "" or rest.lower() in cx.lc.complementisers else "direct:fragment"
        )
        raw.cue, raw.np, raw.mode = (cs, ce), np, "dropped" if dropped else "np"
        if raw.rule == "direct:before":
            cx.used.add(cs)  # a fragment's cue still reports its clause ("dijo que las tropas están “…”")
        return True
    return _colon_intro(cx, raw, qs)


def _colon_intro(cx: _Ctx, raw: Raw, qs: int) -> bool:
    """``Jansen weiß: „…“``, ``Sie habe abgeschlossen: „…“``: a sentence ending in a colon before
    the quotation introduces it; its subject (a name or pronoun among its first words) speaks,
    or, with none written, the person named last."""
    text = cx.text
    colon = _back(cx.text, qs, raw.start)
    if text[colon - 1 : colon] != ":" or colon - qs > 300:
        return False
    np = None
    words = _words(text, qs, colon)[:6]
    for i, (s, _e, w) in enumerate(words):
        if w.lower() in cx.lc.pronouns:
            np = NP(s, _e, "pron")
            break
        if not _is_name_word(w, cx.lc):
            continue
        two = i + 1 < len(words) and _is_name_word(words[i + 1][2], cx.lc)
        prev = words[i - 1][2].lower() if i else ""
        if (
            (i == 0 and not two)
            or prev in _DETERMINERS
            or prev in _PREPOSITIONS
            or prev in cx.lc.function_words
        ):
            continue  # "Pourtant, …", "trotz ihrer Lebensfreude": an opener or a noun, not a name
        np = phrase_after(text, s, colon, cx.lc)
        break
    raw.np, raw.mode, raw.rule = np, "np" if np is not None else "dropped", "direct:colon"
    return True


# -- reported speech ----------------------------------------------------------------------


def _clause_end(text: str, ss: int, se: int) -> int:
    end = se
    while end > ss and text[end - 1] in _CLAUSE_TRIM:
        end -= 1
    return end


def _complementiser_after(cx: _Ctx, ce: int, send: int) -> int | None:
    """Where the clause starts after the complementiser following a cue (``a déclaré jeudi que``)."""
    for s, e, w in _words(cx.text, ce, min(send, ce + 80))[:8]:
        low = w.lower()
        if low[2:3] in {"'", "’"} and low[:2] + "e" in cx.lc.complementisers and len(low) > 3:
            return s + 3  # an elided complementiser glued to the clause: "a annoncé qu'il saisirait"
        if low in cx.lc.complementisers:
            q = e
            while q < send and cx.text[q] in " \t\u00a0\u202f,":
                q += 1
            return q
        if cx.text[e : e + 1] in {".", ";", "!", "?", "«", "“", "„"}:
            return None
    return None


def reported(cx: _Ctx, cs: int, ce: int, kind: str, ss: int, se: int) -> Raw | None:
    """The reported speech of the cue at ``[cs, ce)`` in sentence ``[ss, se)``, or None."""
    text = cx.text
    send = _clause_end(text, ss, se)
    bend = _back(text, ss, cs)
    comma_before = text[bend - 1 : bend] in {",", "–", "—"}
    if kind in {_ACCORDING, _POSTPOSED}:
        np = phrase_after(text, ce, se, cx.lc) if kind == _ACCORDING else phrase_before(text, ss, cs, cx.lc)
        if np is None:
            return None
        if comma_before and kind == _ACCORDING:
            cstart, cend = ss, _clause_end(text, ss, bend - 1)  # "CLAUSE, selon X."
        else:
            if kind == _ACCORDING and text[cs:ce].lower() == "so":
                return None  # German "so" opens a clause only after one: "…, so der Minister."
            pos = np.end if kind == _ACCORDING else ce
            cstart, cend = _skip(text, pos, send, " \t\u00a0\u202f,:"), send
        if text[cstart : cstart + 1] in {"«", "“", "„", '"'} or cx.quoted(cstart):
            return None
        return _raw(text, cs, ce, ss, cstart, cend, np, "indirect:according")
    if comma_before:
        # "CLAUSE, a précisé le maire." / "CLAUSE, sagte er." / "CLAUSE, le ministre a dit."
        comma = bend - 1
        np = _speaker_at_cue(cx, cs, ce, kind, comma + 1, se)
        if np is None and kind in {_VERB, _LENIENT}:
            np = phrase_after(text, ce, se, cx.lc)
        if text[ss] in '«»“”„"‘‚—–-' or cx.quoted(ss):
            return None
        tail = _skip(text, max(np.end, ce), send, " \t\u00a0\u202f") if np is not None else ce
        if np is not None and tail >= send:
            return _raw(text, cs, ce, ss, ss, _clause_end(text, ss, comma), np, "indirect:after")
        end = _skip(text, ce, send, " \t\u00a0\u202f") if np is None else tail
        if end < send and text[end] in {",", "–", "—", "-"} and comma - ss >= 6:
            # "La política, enfatizó, requiere …", "El cuadro –expresó el dirigente– debe …":
            # a cue set in the clause; the sentence is what was said
            found = _raw(text, cs, ce, ss, ss, send, np, "indirect:inside")
            if found is not None and np is None:
                found.mode = "dropped"
            return found
        # not "CLAUSE, cue X." but "X, cue that CLAUSE" ("Herzi Halevi, ha affermato che …")
    clause = _complementiser_after(cx, ce, send)
    if clause is None and text[ce : ce + 1] in {",", ":"}:
        # "Er sagte, die Lage sei ernst.", "Relotius behauptet, seine Hauptfigur nutze …"
        after = _skip(text, ce + 1, send, " \t\u00a0\u202f")
        if kind == _LENIENT or any(w.lower() in cx.lc.mood for _, _, w in _words(text, after, send)[:8]):
            clause = after
    if clause is None or text[clause : clause + 1] in {"«", "“", "„", '"'}:
        return None
    np = None if kind == _PARTICIPLE else _speaker_at_cue(cx, cs, ce, kind, ss, cs)
    dropped = np is None and _no_subject(cx, ss, cs)
    if np is None and not dropped:
        np = phrase_after(text, ss, cs, cx.lc)  # the sentence's subject
        if np is not None and np.kind == "desc" and not _has_role(text[np.start : np.end], cx.lc):
            np = None  # "Le autorità si preparano alla messa": a clause, not a speaker
    found = _raw(text, cs, ce, ss, clause, send, np, "indirect:cue")
    if found is not None and dropped:
        found.mode = "dropped"
    return found


def _back(text: str, lo: int, pos: int) -> int:
    """``pos`` moved back over white space, not below ``lo``."""
    while pos > lo and text[pos - 1] in " \t\u00a0\u202f":
        pos -= 1
    return pos


def _sentence_before(cx: _Ctx, cs: int, ce: int, sents: _Sentences, ss: int) -> Raw | None:
    """``CLAUSE. Lo riferisce l'agenzia X.``: an inverted cue opening a sentence reports the one
    before it (in the same paragraph, when that one is not a quotation)."""
    k = bisect.bisect_left(sents.starts, ss) - 1
    if k < 0:
        return None
    ps, pe = sents[k]
    text = cx.text
    if text[ps : ps + 1] in _CLOSERS or cx.quoted(ps) or cx.quoted(max(ps, pe - 2)):
        return None
    np = _inverted_speaker(cx, cs, ce, min(sents[k + 1][1], ce + 200))
    if np is None:
        return None
    return _raw(text, cs, ce, ps, ps, _clause_end(text, ps, pe), np, "indirect:before")


def _has_role(written: str, lc: LanguageCues) -> bool:
    low = written.lower()
    return low in lc.groups or any(w in lc.roles or w in lc.groups for w in low.split())


def _skip(text: str, pos: int, end: int, chars: str) -> int:
    while pos < end and text[pos] in chars:
        pos += 1
    return pos


def _raw(
    text: str, cs: int, ce: int, ss: int, cstart: int, cend: int, np: NP | None, rule: str
) -> Raw | None:
    if cend - cstart < 8 or len(text[cstart : cstart + 40].split()) < 2:
        return None
    mode = "np" if np is not None else "none"
    start = min(ss, cs, cstart)
    return Raw(start, max(cend, ce), cstart, cend, "indirect", (cs, ce), np, mode, rule, ss)


# -- speakers -----------------------------------------------------------------------------

_NAME_RUN = regex.compile(
    r"(?<![\w’'-])\p{Lu}[\w’'-]{1,30}+"
    r"(?:[ \u00a0](?:(?:de|da|do|dos|di|del|della|von|van|der|la|le)[ \u00a0])?+"
    r"\p{Lu}[\w’'-]{1,30}+){1,4}+"
)
# Capitalised nouns that open the name of an organisation, a place or an event, not a person
# ("Supremo Tribunal Federal", "Conseil constitutionnel", "Copa América"): never a pronoun's antecedent.
_ORG_HEADS = _wordset(
    "Tribunal Supremo Suprema Ministério Ministerio Ministère Ministero Ministerium Secretaria Secretaría "
    "Forças Fuerzas Forces Copa Coupe Campeonato Championnat Estado Estados État États Etat Staat Stato "
    "Conseil Consejo Conselho Consiglio Rat Assemblée Asamblea Assembleia Assemblea Partido Parti Partito "
    "Partei Comité Comitê Comitato Governo Gobierno Gouvernement Regierung Polícia Policía Police Polizei "
    "Polizia Câmara Cámara Chambre Camera Senado Sénat Senato Senat Banco Banque Banca Bank Universidade "
    "Universidad Université Università Universität Universitad Nações Naciones Nations Nazioni Union Unión "
    "União Unione Organização Organización Organisation Organizzazione Agência Agencia Agence Agenzia "
    "Commission Comisión Comissão Commissione Kommission Fondation Fundación Fundação Fondazione Stiftung "
    "Hospital Hôpital Ospedale Klinikum Instituto Institut Istituto Museo Museu Musée Museum Liga Ligue "
    "Lega Grupo Groupe Gruppo Gruppe Federação Federación Fédération Federazione Verband Associação "
    "Asociación Association Associazione Verein Corte Cour Gericht Bundestag Bundesregierung Casa Maison "
    "Palacio Palais Palazzo Frente Front Fronte Exército Ejército Armée Esercito Armee Marinha Armada Marine "
    "Aeroporto Aeropuerto Aéroport Flughafen Rio Río Mar Oceano Océano Océan Praça Plaza Place Piazza Platz "
    "Rua Calle Rue Via Straße Avenida Avenue Viale Striscia Franja Faixa Bande Gaza Cisjordania Cisgiordania"
)
_FEMALE = _wordset("mme madame mlle frau sra sra. señora senhora signora dona")
_MALE = _wordset("m. monsieur herr sr sr. señor senhor signor don")


class _Names:
    """The article's names: for each last word, the fullest capitalised run ending in it."""

    def __init__(self, text: str, tables: LanguageTables, lc: LanguageCues) -> None:
        self.full: dict[str, str] = {}
        self.compound_title = lc.compound_title
        # by first word: "Michele" → "Michele Taborga", "Supremo" → "Supremo Tribunal Federal"
        self.first: dict[str, str] = {}
        self.genders: dict[str, str] = {}
        self.text = text
        self.completed: dict[str, str] = {}
        self.mentions: list[tuple[int, str]] = []  # people named in the text, in order
        self.lc = lc
        skip = tables.function_words | lc.titles | _DETERMINERS
        for m in _NAME_RUN.finditer(text):
            words = m.group().split()
            while words and (words[0].lower() in skip or words[0] in _NAME_JOINERS):
                words = words[1:]
            while len(words) > 2 and self.compound_title(words[0].lower()):
                words = words[1:]  # "Innenminister Jonas Brandt": a compound title
            if len(words) < 2 or len(words) > 4:
                continue
            name = " ".join(words)
            if words[0] not in _ORG_HEADS and all(
                w[:1].isupper() and not w.isupper() and w.lower() not in lc.roles
                for w in words[:1] + words[-1:]
            ):
                self.mentions.append((m.start(), name))
                prev = text[max(0, m.start() - 10) : m.start()].split()
                g = _gender(prev[-1]) if prev else None
                if g is not None:
                    self.genders.setdefault(name, g)  # "Mme Julie Lambert", "Herr Vogt"
            self.first.setdefault(words[0], name)
            if "-" in words[-1]:
                self.full.setdefault(words[-1].split("-")[0], name)  # "Tobisch" → "Lotte Tobisch-Labotyn"
            old = self.full.get(words[-1])
            if old is None or len(name) > len(old):
                self.full[words[-1]] = name

    def resolve(self, written: str) -> str:
        words = [w for w in written.replace("\u00a0", " ").split() if w.lower() not in self.lc.titles]
        if not self.lc.case_blind:
            # "l'ambasciatore israeliano Alon Bar": the name is the capitalised run at the end
            k = len(words)
            while k > 0 and (
                words[k - 1][:1].isupper() or (k < len(words) and words[k - 1] in _NAME_JOINERS)
            ):
                k -= 1
            if 0 < k < len(words):
                words = words[k:]
            while len(words) > 2 and self.compound_title(words[0].lower()):
                words = words[1:]  # "Innenminister Jonas Brandt": a compound title
        while words and (words[0].lower() in _DETERMINERS or words[0].lower() in self.lc.roles):
            words = words[1:]
        if not words:
            return written
        name = " ".join(words)
        if self.lc.case_blind and len(words) == 1:
            return self._completed(words[0])
        if len(words) > 2:
            return name
        # the fullest form: by last word, or by first word ("Dg Tedros" → "Tedros Adhanom Ghebreyesus")
        found = [f for f in (self.full.get(words[-1]), self.first.get(words[-1])) if f]
        if len(words) == 1 and words[0] in self.first:
            found.append(self.first[words[0]])
        return max(found, key=len) if found else name

    def titled(self, at: int) -> bool:
        """Whether the name at ``at`` reads as a person: a title or role among the four words
        before it (``la maire de Lille, Sophie Marchand``), or it opens a sentence."""
        before = self.text[max(0, at - 40) : at]
        if not before.strip() or before.rstrip()[-1:] in ".!?\n":
            return True
        for w in before.split()[-4:]:
            w = w.lower().strip(",")
            if w in self.lc.titles or w in self.lc.roles or self.compound_title(w):
                return True
        return False

    def _completed(self, word: str) -> str:
        """``अनुराग`` → ``अनुराग डोभाल``: in a script without capitals, the word written after it
        where the name is followed by a postposition (a bounded search from its first use)."""
        found = self.completed.get(word)
        if found is None:
            found = word
            pos = self.text.find(word + " ")
            for _ in range(8):
                if pos < 0:
                    break
                rest = self.text[pos + len(word) + 1 : pos + len(word) + 60].split(" ", 2)
                if len(rest) == 3 and rest[0] not in _CASE_BLIND_STOPS and rest[1] in _CASE_BLIND_STOPS:
                    found = f"{word} {rest[0]}"
                    break
                pos = self.text.find(word + " ", pos + 1)
            self.completed[word] = found
        return found


def _gender(written: str) -> str | None:
    first = written.split()[0].lower() if written.split() else ""
    return "f" if first in _FEMALE else "m" if first in _MALE else None


def resolve(
    st: State, tables: LanguageTables, lc: LanguageCues, raws: list[Raw], keep_scare: bool = False
) -> list[Quote]:
    """Name each candidate's speaker, in text order, and build the quotes."""
    text = st.text
    names = _Names(text, tables, lc)
    persons = Persons()
    anyone = Persons()  # every capitalised name, for a pronoun nobody else fits
    genders: dict[str, str] = dict(names.genders)
    last_speaker: str | None = None
    last_span: Span | None = None
    last_end = -1
    out: list[Quote] = []
    mi = 0
    # a name counts as a person mentioned (a pronoun's antecedent) when the article quotes it
    # somewhere or writes a title or role before it; capitalised nouns and places do not
    speakers = {
        text[r.np.start : r.np.end].split()[-1] for r in raws if r.np is not None and r.np.kind == "name"
    }
    for raw in raws:
        speaker: str | None = None
        sp_span: Span | None = None
        via: str | None = None
        np = raw.np
        anchor = min(raw.start, np.start) if np is not None else raw.start
        while mi < len(names.mentions) and names.mentions[mi][0] < anchor:
            at, mention = names.mentions[mi]
            if mention.split()[-1] in speakers or names.titled(at):
                persons.touch(names.resolve(mention))  # the people named before the quote
            anyone.touch(names.resolve(mention))
            mi += 1
        if raw.mode == "inherit":
            speaker, sp_span, via = last_speaker, last_span, "run"
        elif raw.mode == "mentioned":
            speaker = _agreeing(persons, genders, "x") or anyone.last()
            via = "run" if speaker else None
        elif raw.mode == "dropped":
            # the subject the verb leaves unwritten: who spoke just before, else who was named last
            recent = last_speaker is not None and raw.start - last_end < 1200
            speaker = last_speaker if recent else _agreeing(persons, genders, "x")
            via = "pronoun" if speaker else None
        elif np is not None:
            written = text[np.start : np.end]
            sp_span = Span(np.start, np.end, written)
            if np.kind == "pron":
                gender = lc.pronouns.get(written.lower(), "x")
                speaker = _agreeing(persons, genders, gender) or _agreeing(anyone, genders, gender)
                via = "pronoun" if speaker else None
            elif np.kind == "desc":
                speaker = (
                    _described(text, np, names, lc) or _the_one(written, persons, genders, lc) or written
                )
                via = "description"
            else:
                speaker, via = names.resolve(written), "named"
                g = _gender(written)
                if g is not None:
                    genders[speaker] = g
            if (speaker is not None and np.kind != "desc") or (speaker is not None and speaker != written):
                persons.touch(speaker)
        if (raw.kind != "scare" or raw.rule == "heading") and speaker is not None:
            last_speaker, last_span, last_end = speaker, sp_span or last_span, raw.end
        if raw.rule == "heading" and not keep_scare:
            continue
        if raw.kind == "scare":
            speaker, via, sp_span = None, None, None
        out.append(_quote(st, raw, speaker, sp_span, via))
    return out


def _agreeing(persons: Persons, genders: dict[str, str], gender: str) -> str | None:
    """The person a pronoun of ``gender`` stands for: the last named whose gender does not clash."""
    if gender == "pl":
        return None
    for p in persons.recent(8):
        g = genders.get(p)
        if g is None or gender == "x" or g == gender:
            if g is None and gender in {"m", "f"}:
                genders[p] = gender
            return p
    return None


_SINGULAR = _wordset("le la l’ l' el o a il lo der die das")


def _the_one(written: str, persons: Persons, genders: dict[str, str], lc: LanguageCues) -> str | None:
    """``el alcalde``, ``la ministra``: a singular role stands for the person named last."""
    words = written.lower().split()
    if len(words) > 3 or not words or words[0] not in _SINGULAR or " ".join(words) in lc.groups:
        return None
    return _agreeing(persons, genders, "x")


def _described(text: str, np: NP, names: _Names, lc: LanguageCues) -> str | None:
    """``le ministre`` → the person named with that role earlier (``le ministre Jean Dupont``)."""
    roles = [w.lower() for w in text[np.start : np.end].split() if w.lower() in lc.roles]
    if not roles:
        return None
    lo = max(0, np.start - 4000)
    hay = text[lo : np.start]
    at = hay.lower().rfind(roles[-1])
    while at >= 0:
        m = _NAME_RUN.search(text, lo + at + len(roles[-1]), min(np.start, lo + at + len(roles[-1]) + 60))
        if m is not None:
            resolved = names.resolve(m.group())
            if resolved[:1].isupper() and " " in resolved:
                return resolved
        at = hay.lower().rfind(roles[-1], 0, at)
        if np.start - (lo + at) > 4000 or at < 0:
            break
    return None


def _quote(st: State, raw: Raw, speaker: str | None, sp_span: Span | None, via: str | None) -> Quote:
    text = st.text
    start, end = min(raw.start, raw.cstart), max(raw.end, raw.cend)
    if sp_span is not None:
        start, end = min(start, sp_span.start), max(end, sp_span.end)
    cue = Span(raw.cue[0], raw.cue[1], text[raw.cue[0] : raw.cue[1]]) if raw.cue is not None else None
    if cue is not None:
        start, end = min(start, cue.start), max(end, cue.end)
    content = Span(raw.cstart, raw.cend, text[raw.cstart : raw.cend])
    return Quote(
        Span(start, end, text[start:end]),
        content,
        kind=raw.kind,
        cue=cue,
        speaker=speaker,
        speaker_span=sp_span,
        rule=f"{st.name}:{raw.rule}",
        parts=content_parts(st, content),
        speaker_via=via,
    )


# -- the driver ---------------------------------------------------------------------------


_CLOSERS = frozenset("\"”»“’‘›‹«'")


def _bare_quotation(text: str, raw: Raw) -> None:
    """Forget what the English stages attributed: the quotation is its marks and content again."""
    end = _skip(text, raw.cend, min(len(text), raw.cend + 3), " \t\u00a0\u202f")
    if end < len(text) and text[end] in _CLOSERS:
        end += 1
    raw.start = raw.origin if 0 <= raw.origin < raw.cstart else raw.cstart
    raw.end = max(end, raw.cend)
    while raw.cend > raw.cstart and text[raw.cend - 1] in "\u202f\u00a0 ":
        raw.cend -= 1  # "«\u202fNon\u202f»": the narrow space belongs to the marks
    while raw.cstart < raw.cend and text[raw.cstart] in "\u202f\u00a0 ":
        raw.cstart += 1
    raw.cue, raw.np, raw.mode, raw.rule = None, None, "none", "direct:follow-on"


def _continued(cx: _Ctx, here: list[Raw], before: list[Raw], sents: list[tuple[int, int]]) -> None:
    """Sentences in the mood of reported speech (``Man habe keine Wahl.``) right after reported
    speech continue it: indirect quotes of the same speaker, the whole sentence their content."""
    text = cx.text
    last = next((r for r in reversed(here) if r.kind != "scare"), None)
    if last is None:
        last = next((r for r in reversed(before[-8:]) if r.kind != "scare"), None)
    covered = sorted((r.start, r.end) for r in here)
    ends = list(itertools.accumulate((b for _, b in covered), max))  # running furthest end
    starts = [a for a, _ in covered]
    added: list[Raw] = []
    for ss, se in sents:
        if last is None or ss < last.cend or ss - last.cend > 400:
            continue
        k = bisect.bisect_left(starts, se) - 1  # the raws starting before the sentence ends
        if (k >= 0 and ends[k] > ss) or text[ss : ss + 1] in _CLOSERS:
            continue
        words = [w.lower() for _, _, w in _words(text, ss, min(se, ss + 120))[:10]]
        if not any(w in cx.lc.mood for w in words):
            continue
        cend = _clause_end(text, ss, se)
        raw = Raw(ss, cend, ss, cend, "indirect", None, None, "inherit", "indirect:continued", ss)
        added.append(raw)
        last = raw
    here.extend(added)
    here.sort(key=lambda r: (r.start, r.end))


def _whole_sentence(text: str, raw: Raw, ps: int) -> bool:
    """A quotation that is a sentence of its own inside a paragraph (after a full stop, ending
    with one), not a phrase quoted inside a sentence."""
    if raw.start <= ps or len(text[raw.cstart : raw.cend].split()) < 4:
        return False
    before = text[_back(text, ps, raw.start) - 1 : raw.start].strip()
    after = text[raw.end : raw.end + 2].strip()
    ends = text[raw.cstart : raw.cend].rstrip()[-1:] in {".", "!", "?", "…"} or after[:1] in {".", "!", "?"}
    return before in {".", "!", "?", "…", ":"} and ends


def _heading_quote(text: str, raw: Raw, ps: int, pe: int) -> bool:
    """``Oms: “A Gaza fermi 14 ospedali”`` on a line of its own: the title of a live blog's
    entry (a short label, a colon, a quotation ending the line without a full stop), not speech."""
    if pe - ps > 160 or text[raw.end : pe].strip() or raw.start - ps > 60:
        return False
    label = text[ps : raw.start].rstrip()
    if not label.endswith((":", ",")) or label.count(" ") > 5:
        return False
    return text[raw.cstart : raw.cend].rstrip()[-1:] not in {".", "!", "?", "…"}


def _under_heading(st: State, raw: Raw, pi: int) -> bool:
    """``MILENA ZÁRATE: MUY TRABAJADORA`` + a paragraph opening with a quotation: in a round-up of
    voices, a capitals heading names who speaks in the paragraph under it."""
    if pi == 0 or raw.start != st.paras[pi][0]:
        return False
    hs, he, _ = st.paras[pi - 1]
    head = st.text[hs:he]
    colon = head.find(":")
    if he - hs > 90 or colon < 3 or not head.isupper() or raw.start - he > 3:
        return False
    name = head[:colon].strip(" '‘’\"“”")
    if not 1 <= name.count(" ") <= 3:
        return False
    at = hs + head.index(name)
    raw.np, raw.mode, raw.rule = NP(at, at + len(name), "name"), "np", "direct:heading"
    return True


def _inside_reported(here: list[Raw]) -> None:
    """A quotation with no cue of its own inside a reported clause (``dijo que las tropas están
    “dentro de zonas …”``) is the reporting speaker's."""
    clauses = sorted((rep.cstart, -rep.cend, i) for i, rep in enumerate(here) if rep.kind == "indirect")
    cstarts = [c[0] for c in clauses]
    for r in here:
        if r.kind != "direct" or r.mode not in {"none", "inherit"}:
            continue
        k = bisect.bisect_right(cstarts, r.start) - 1
        if k < 0:
            continue
        rep = here[clauses[k][2]]  # the clause starting last before the quotation
        if r.end <= rep.cend + 2:
            r.cue, r.np, r.mode, r.rule = rep.cue, rep.np, rep.mode, "direct:fragment"


def attribute_in_language(
    st: State, tables: LanguageTables, candidates: list[Raw], keep_scare: bool = False
) -> list[Quote]:
    """The quotes of a document read with ``tables``: the quotations of ``candidates`` (found by
    the language-blind mark stage) attributed from the tables, and the reported speech."""
    lc = language_cues(tables)
    direct = [r for r in candidates if r.kind != "indirect"]
    cx = _Ctx(st, lc, direct)
    out: list[Raw] = []
    di = 0
    last_attributed = -10
    for pi, (ps, pe, _) in enumerate(st.paras):
        sents = _Sentences(sentences(st.text, ps, pe))
        if not sents:
            continue
        here: list[Raw] = []
        while di < len(direct) and direct[di].end <= pe:
            raw = direct[di]
            di += 1
            short = raw.kind == "scare"  # a title, a scare quote, or a short quote with a cue
            raw.kind = "direct"
            _bare_quotation(st.text, raw)
            if _heading_quote(st.text, raw, ps, pe):
                # a live blog's entry title: not a quote, but its label names who speaks below it
                label = phrase_before(st.text, ps, _back(st.text, ps, raw.start) - 1, lc)
                raw.kind, raw.np, raw.rule = "scare", label, "heading"
                raw.mode = "np" if label is not None else "scare"
                here.append(raw)
                continue
            if attribute_direct(cx, raw, sents, pe) and not (short and raw.rule == "direct:colon"):
                last_attributed = pi
            elif short:
                raw.kind, raw.mode, raw.rule = "scare", "scare", "scare"
                if not keep_scare:
                    continue
            elif _under_heading(st, raw, pi):
                last_attributed = pi
            elif pi - last_attributed <= 1 and len(st.text[raw.cstart : raw.cend].split()) >= 4:
                raw.mode = "inherit"
            elif _whole_sentence(st.text, raw, ps):
                raw.mode = "mentioned"  # a quoted sentence after sentences about someone: theirs
            here.append(raw)
        last_rep: Raw | None = None
        for cs, ce, kind in cx.cues_in(ps, pe):
            if cx.quoted(cs) or cs in cx.used:
                continue
            ss, se = _sentence_of(sents, cs)
            if kind == _INVERSION and cs - ss <= 1:
                rep = _sentence_before(cx, cs, ce, sents, ss)
            else:
                rep = reported(cx, cs, ce, kind, ss, se)
            if rep is not None and (
                last_rep is None or last_rep.cend <= rep.cstart or rep.cend <= last_rep.cstart
            ):
                here.append(rep)  # cues come in text order: only the last clause can overlap
                last_rep = rep
        _inside_reported(here)
        if lc.mood:
            _continued(cx, here, out, sents)
        out.extend(here)
    out.sort(key=lambda r: (r.start, r.end))
    return resolve(st, tables, lc, out, keep_scare)
