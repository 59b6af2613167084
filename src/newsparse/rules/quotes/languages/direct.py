"""Direct quotations in other languages: the cue after (``», a-t-elle ajouté``), before
(``X a déclaré : «``), in the next sentence (``Lo ha detto X``), or a colon intro, and the
quotations that carry no cue (a run by one speaker, a heading's label, a fragment)."""

from __future__ import annotations

import bisect
import functools
import itertools

from newsparse.rules.quotes.languages.bracket import bracket_clause
from newsparse.rules.quotes.languages.cues import (
    ACCORDING,
    AS,
    INVERSION,
    LENIENT,
    OPINION,
    PARTICIPLE,
    POSTPOSED,
    VERB,
    Context,
    LanguageCues,
)
from newsparse.rules.quotes.languages.names import NAME_RUN, given_gender
from newsparse.rules.quotes.languages.phrases import (
    ARTICLE_OR_PREPOSITION,
    DETERMINERS,
    NAME_JOINERS,
    ORG_HEADS,
    PREPOSITIONS,
    date_ahead,
    is_name_word,
    object_before_cue,
    object_of,
    phrase_after,
    phrase_before,
    sentence_subject,
)
from newsparse.rules.quotes.languages.text import (
    CLOSERS,
    Sentences,
    back_over_space,
    sentence_of,
    sentences,
    skip_chars,
    word_count,
    words_in,
    wordset,
)
from newsparse.rules.quotes.phrases import NP
from newsparse.rules.quotes.state import Raw, State


def inverted_speaker(cx: Context, cs: int, ce: int, hi: int) -> NP | None:
    """The subject inside or right after an inverted cue (``a-t-elle ajouté``, ``sagte der Minister``)."""
    text = cx.text
    words = words_in(text, cs, ce)
    for s, _e, w in words:
        for part in w.lower().split("-"):
            if part in cx.lc.pronouns and part != words[0][2].lower():
                off = w.lower().rfind(part)
                return NP(s + off, s + off + len(part), "pron")
    last = words[-1] if words else None
    if last is not None and last[2].lower() in DETERMINERS:
        return phrase_after(text, last[0], hi, cx.lc)
    if text[ce : ce + 2].lstrip(" \u00a0")[:1] == ",":
        # "”, disse, sobre o Pan de Lima": a comma after the verb; what follows it is an adjunct
        # set off before the subject ("dijo, por su parte, el ministro") or no subject at all
        return phrase_after(text, ce, hi, cx.lc)
    after = words_in(text, ce, min(hi, ce + 80))[:6]
    skip = 2 if len(after) > 2 and f"{after[0][2]} {after[1][2]}".lower() in _ADVERB_PAIRS else 0
    while (
        (not skip or (cx.lc.nouns_capitalised and skip < _MIDDLE_WORDS))
        and skip + 1 < len(after)
        and _middle_word(after[skip][2], cx.lc)
    ):
        skip += 1  # "sagte jetzt allerdings die Sprecherin", "sagt uns die Quelle": German's middle field
    if len(after) > skip > 0 and text[after[skip - 1][1] : after[skip][0]] in {" ", "\u00a0"}:
        # "dijo primero el secretario general", "sagte auch der Minister", "dijo más tarde el
        # ministro": an adverb stands between the verb and its subject
        np = phrase_after(text, after[skip][0], hi, cx.lc)
        if np is not None:
            return np
    if after and after[0][2][:1].islower() and _adjunct_opener(after[0][2].lower()):  # not "Al Jazeera"
        # "Lo ha detto a SkyTg24 l'ambasciatore X", "dice all'Adnkronos un portavoce": an adjunct
        # (a preposition and its object), then the subject; with none after it, the word may be
        # an article ("disse a ministra") and the phrase starts at the cue
        start = 1
        if not after[0][2].lower().startswith(_ELIDED_PREPOSITIONS):
            # the adjunct's object: one word, or a capitalised run ("a Radio Nord"), after an
            # elided article split off by its apostrophe ("à l’AFP")
            start = 2
            if len(after) > 2 and after[1][2].lower() in {"l", "d"} and text[after[1][1]] in "’'":
                start = 3
            elif (
                len(after) > 2
                and after[0][2] in ARTICLE_OR_PREPOSITION
                and after[0][2] not in cx.lc.articles
                and after[1][2] in DETERMINERS
            ):
                start = 3  # "calificó a la Estrategia": the preposition's object has its article
            while start < len(after) and after[start - 1][2][:1].isupper():
                if _joined_name(after, start):
                    start += 2  # "a La Estrella de Panamá": a joiner inside the object's name
                    continue
                if (
                    not after[start][2][:1].isupper()
                    or after[start - 1][2].isupper()  # "à l’AFP Jean Roux": the name starts
                    # "a Sky Anna Rossi": so does a given name, unless an article opens the
                    # object's name ("a La Estrella de Panamá")
                    or (
                        given_gender(after[start][2], cx.lc) is not None
                        and after[start - 1][2].lower() not in DETERMINERS
                    )
                ):
                    break
                start += 1
        for i, (s2, _e2, w2) in enumerate(after[start : start + 3], start):
            low = w2.lower()
            if _adjunct_opener(low) or text[s2 - 1 : s2] not in {" ", "\u00a0"}:
                break
            if (
                i == start
                and w2[:1].isupper()
                and given_gender(w2, cx.lc) is None  # "dijo a la prensa Juan Pérez": a person
                and _object_has_article(after, start)
                # "al programma Ping Pong di Radio 1 il vicepremier X": the subject after it
                and _past_named_object(cx, after, i, hi) is None
            ):
                # "aseguró a la red Unitel", "dijo al diario El Deber": a name right after the
                # object's noun and article names that object (a network, a paper), no
                # subject; the verb's subject is unwritten
                return None
            if low in DETERMINERS or low.startswith(("l'", "l’")) or low in cx.lc.pronouns:
                return phrase_after(text, s2, hi, cx.lc)
            if is_name_word(w2, cx.lc):
                named = _past_named_object(cx, after, i, hi)
                if named is not None:
                    return named
                return phrase_after(text, s2, hi, cx.lc)  # "racconta in lacrime Linor Atia"
    return phrase_after(text, ce, hi, cx.lc)


def _object_has_article(after: list[tuple[int, int, str]], start: int) -> bool:
    """Whether the adjunct's object ending before ``after[start]`` is a common noun written with
    its article (``a la red``, ``à la radio``), not a bare word (``in lacrime``)."""
    if start < 2 or not after[start - 1][2][:1].islower():
        return False
    before = after[start - 2][2]
    if start == 2:
        return before in _ARTICLE_CONTRACTIONS  # "al diario", "au journal", "ao jornal"
    return before.lower() in DETERMINERS and before.lower() not in _INDEFINITE_ARTICLES


# "dijo a un periodista Juan Pérez" is rare; an indefinite object leaves the name after it open
_INDEFINITE_ARTICLES = wordset("un una uno une um uma")
# a preposition glued to the definite article (written lower case: "Al Jazeera" is a name)
_ARTICLE_CONTRACTIONS = wordset("al au aux ao aos à às alla allo agli alle")


def _joined_name(after: list[tuple[int, int, str]], k: int) -> bool:
    """Whether ``after[k]`` is a lower-case joiner between two capitalised words of one name
    (``Estrella de Panamá``, ``Radio Nacional de España``), right after the word before it."""
    return (
        k + 1 < len(after)
        and after[k][2] in _OBJECT_JOINERS
        and after[k + 1][2][:1].isupper()
        and given_gender(after[k + 1][2]) is None
    )


_OBJECT_JOINERS = wordset("de del di della do da dos das")


def _past_named_object(cx: Context, after: list[tuple[int, int, str]], i: int, hi: int) -> NP | None:
    """``lo ha detto al programma Ping Pong di Radio 1 il vicepremier X``: a name right after
    the adjunct's common noun names the programme or paper, part of the adjunct; the subject
    is the determiner phrase after it (within a few words, before any punctuation)."""
    if i == 0 or not after[i - 1][2][:1].islower() or after[i - 1][2].lower() in DETERMINERS:
        return None
    text = cx.text
    words = words_in(text, after[i][0], min(hi, after[i][0] + 120))[:_NAMED_OBJECT_WORDS]
    for j in range(1, len(words)):
        if any(c in text[words[j - 1][1] : words[j][0]] for c in ",.;:!?"):
            return None
        low = words[j][2].lower()
        if low in DETERMINERS or low.startswith(("l'", "l’")):
            return phrase_after(text, words[j][0], hi, cx.lc)
    return None


_NAMED_OBJECT_WORDS = 8  # a programme's or paper's name after an adjunct's noun is this short


# Prepositions glued to an elided article ("all'Adnkronos", "dall'agenzia", "nell'intervista")
_ELIDED_PREPOSITIONS = (
    "all'", "all’", "dall'", "dall’", "nell'", "nell’", "sull'", "sull’", "dell'", "dell’",
)  # fmt: skip


# Adverbs news writes between an inverted speech verb and its subject ("dijo primero el
# secretario", "a encore rappelé le maire", "sagte auch der Minister", "ha detto poi il sindaco").
_ADVERBS = wordset(
    "primero también luego después ayer hoy además finalmente entonces todavía aún "
    "encore aussi ensuite hier aujourd'hui aujourd’hui alors enfin déjà "
    "auch noch dann gestern heute zudem außerdem bereits weiter später "
    "dazu damals jetzt allerdings dabei daher nun etwa zuletzt ebenfalls hierzu jedoch "
    "zunächst anschließend abschließend schließlich nämlich wiederum "
    "poi anche ieri oggi ancora inoltre infine già quindi "
    "também ainda ontem hoje depois então já "
    # weekdays between an inverted verb and its subject ("a réagi lundi François Molins")
    "lundi mardi mercredi jeudi vendredi samedi dimanche lunes martes miércoles jueves viernes "
    "sábado domingo lunedì martedì mercoledì giovedì venerdì sabato domenica"
)


# Two-word adverbs in the same place ("agregó más tarde el ministro", "a plus tard ajouté")
_ADVERB_PAIRS = frozenset(
    {
        "más tarde",
        "plus tard",
        "più tardi",
        "mais tarde",
        "poco después",
        "peu après",
        "poco dopo",
        "pouco depois",
    }
)


# German's middle field between an inverted verb and its subject: a dative pronoun ("sagt uns
# die Quelle", "erklärte mir der Arzt"; not "ihr", also "her" as in "ihr Sprecher")
_DATIVE_PRONOUNS = wordset("uns mir ihm ihnen dir euch")
_MIDDLE_WORDS = 3  # adverbs and pronouns passed over there, at most


def _middle_word(word: str, lc: LanguageCues) -> bool:
    """Whether ``word`` stands between an inverted verb and its subject: an adverb, or where
    nouns are capitalised (German) a dative pronoun."""
    return _adverb(word) or (lc.nouns_capitalised and word in _DATIVE_PRONOUNS)


def _adverb(word: str) -> bool:
    low = word.lower()
    return low in _ADVERBS or (len(low) > 7 and low.endswith(("mente", "ment")) and word[:1].islower())


def _adjunct_opener(low: str) -> bool:
    return low in PREPOSITIONS or low.startswith(_ELIDED_PREPOSITIONS)


def speaker_at_cue(cx: Context, cs: int, ce: int, kind: str, lo: int, hi: int) -> NP | None:
    """The speaker phrase a cue of ``kind`` names: after it (``selon X``, an inversion), before it
    (``X a déclaré``, ``X के मुताबिक``), or after it when the cue follows a comma."""
    text = cx.text
    if kind in {ACCORDING, OPINION}:
        return phrase_after(text, ce, hi, cx.lc)
    if kind == POSTPOSED:
        return phrase_before(text, lo, cs, cx.lc)
    if kind == INVERSION:
        np = inverted_speaker(cx, cs, ce, hi)
        last = text.rfind(" ", cs, ce)
        if np is not None or last < 0 or not date_ahead(text, last + 1, hi, cx.lc):
            return np
        # "declaró el 10 de abril que": the cue's article opens a date, not a subject after the
        # verb; the subject stands before it, as for any verb
    if kind == PARTICIPLE:
        return None
    if text[back_over_space(text, lo, cs) - 1 : cs].startswith(",") or lo >= cs - 3:
        # "…, erzählte Tobisch damals:", "…, explicó la ministra": after a comma the subject
        # follows its verb; "Herzi Halevi, ha affermato che": none follows, it stands before
        return phrase_after(text, ce, hi, cx.lc) or phrase_before(text, lo, cs, cx.lc)
    if cx.lc.case_blind and not text.startswith("ने", cs) and " ने " in text[max(lo, cs - 200) : cs]:
        # "राठौड़ ने कार्यभार ग्रहण करने के बाद कहा, '…'", "गांधी ने ट्वीट कर कहा कि": the agent of
        # ने speaks, not the words right before the verb
        agent = sentence_subject(text, max(lo, cs - 200), cs, cx.lc)
        if agent is not None:
            return agent
    if cx.lc.case_blind and cs - lo > 40:
        # "उन्होंने … पर एक पोस्ट करते हुए लिखा, “…": the agent pronoun opening the sentence speaks,
        # not the words right before the verb
        first = words_in(text, lo, min(cs, lo + 40))[:1]
        if first and first[0][2] in cx.lc.pronouns:
            return NP(first[0][0], first[0][1], "pron")
    np = phrase_before(text, lo, cs, cx.lc)
    if (
        np is None
        and cx.lc.nouns_capitalised
        and kind in {VERB, LENIENT}
        and object_before_cue(text, lo, cs, cx.lc)
    ):
        # "Zu weiteren Fragen antwortete Schramm …": German puts the subject after the verb
        # when an adjunct opens the sentence (verb second); a name or pronoun right after it
        after = phrase_after(text, ce, hi, cx.lc)
        if after is not None and after.kind in {"name", "pron"} and after.start - ce <= 2:
            return after
    return np


def no_subject(cx: Context, ss: int, cs: int) -> bool:
    """Whether the cue at ``cs`` has no subject before it in its sentence (``Y remató:``,
    ``Asimismo, añadió que``, ``Reconoció que``): at most three words, none a name."""
    words = words_in(cx.text, max(ss, cs - 200), cs)
    if words and words[0][2].lower() in cx.lc.groups:
        return False  # Czech "Policie v pondělí uvedla": a body without article opens the sentence
    if cs - ss > 200:
        return False
    short = len(words) <= 3 and not any(is_name_word(w, cx.lc) for _, _, w in words[1:])
    return short or _only_object_named(words, cx.lc)


def _only_object_named(words: list[tuple[int, int, str]], lc: LanguageCues) -> bool:
    """``Además, en diálogo con Radio Nacional dijo``, ``Al ser consultado sobre … a Arana,
    indicó``: the only name before the cue is a preposition's object closing the words, and no
    pronoun, role or body stands before it; the verb's subject is unwritten."""
    k = len(words)
    while k > 1 and (
        is_name_word(words[k - 1][2], lc) or (k < len(words) and words[k - 1][2].lower() in NAME_JOINERS)
    ):
        k -= 1  # "a Arana y Santiváñez": the object's run, joiners included
    while k < len(words) and not is_name_word(words[k][2], lc):
        k += 1
    if k == len(words) or k < 1 or not object_of(words[k - 1][2], lc):
        return False  # ("A Efe explicó", "Al Corriere ha detto": the preposition may open it)
    return not any(
        is_name_word(w, lc) or w.lower() in lc.pronouns or w.lower() in lc.roles or w.lower() in lc.groups
        for _, _, w in words[1 : k - 1]
    )


# Conjunctions opening a clause of its own after a quotation and a comma ("«…», quand le
# Qatar dénonçait …", "“…”, mientras el ministro dijo …"): the cue in it is not the quote's.
_SUBORDINATORS = wordset(
    "quand lorsque tandis alors cuando mientras während als wohingegen quando mentre enquanto"
)


def _past_gloss(text: str, qend: int, cs: int) -> int:
    """Where the words between a quotation ending at ``qend`` and the cue at ``cs`` start, past
    a gloss in brackets right after the closing mark (``« Errare humanum est » (l'erreur est
    humaine), lance le procureur``): a translation or an aside the writer added, not a sentence
    between the quotation and its attribution."""
    at = skip_chars(text, qend, cs, " \t\u00a0\u202f")
    if text[at : at + 1] != "(":
        return qend
    close = text.find(")", at, cs)
    return close + 1 if close > 0 and "\n" not in text[at:close] else qend


def _next_line_cue(cx: Context, raw: Raw, pe: int) -> bool:
    """``« … »,`` then a line break and ``a-t-il promis.``: text wrapped by the scraper puts the
    attribution of a quotation ending its line with a comma at the start of the next line."""
    text = cx.text
    if text[raw.end : pe].strip(" \t\u00a0\u202f") != "," or text[pe : pe + 1] not in {"\n", "\r"}:
        return False
    nxt = skip_chars(text, pe, min(len(text), pe + 4), " \t\u00a0\u202f\r\n")
    k = bisect.bisect_left(cx.cue_starts, nxt)
    if k >= len(cx.cues) or cx.cues[k][0] != nxt or cx.cues[k][2] not in {VERB, LENIENT, INVERSION}:
        return False
    cs, ce, kind = cx.cues[k]
    eol = text.find("\n", ce, ce + 240)
    hi = eol if eol >= 0 else min(len(text), ce + 240)
    np = inverted_speaker(cx, cs, ce, hi) if kind == INVERSION else phrase_after(text, ce, hi, cx.lc)
    cx.used.add(cs)
    raw.cue, raw.np, raw.rule = (cs, ce), np, "direct:after"
    raw.mode = "np" if np is not None else "dropped"
    return True


def _next_sentence_cue(cx: Context, raw: Raw, pe: int) -> bool:
    """``“…”. Lo ha detto il ministro X.`` / ``“…”. Così X``: an inverted cue opening the next
    sentence names the speaker of a quotation that ended its own."""
    text = cx.text
    nxt = skip_chars(text, raw.end, min(pe, raw.end + 4), " \t\u00a0\u202f.:")
    if nxt == raw.end or nxt >= pe:
        return False
    k = bisect.bisect_left(cx.cue_starts, nxt)
    if k >= len(cx.cues) or cx.cues[k][0] != nxt or cx.cues[k][2] != INVERSION:
        return False
    cs, ce, _ = cx.cues[k]
    np = inverted_speaker(cx, cs, ce, min(pe, ce + 200))
    if np is None:
        return False
    cx.used.add(cs)
    raw.cue, raw.np, raw.mode, raw.rule = (cs, ce), np, "np", "direct:after"
    return True


def _speech_noun_after(cx: Context, raw: Raw, sents: list[tuple[int, int]]) -> bool:
    """``“…”. È l'allarme del direttore dell'Oms, Tedros …``, ``“…”, fue la respuesta que brindó
    el alcalde, Enrique Galindo``: a copula and a noun for what was said right after the
    quotation name its speaker, the first person named in that sentence (by a given name the
    tables know, or in apposition after a comma and no institution's noun opening it)."""
    text = cx.text
    at = skip_chars(text, raw.end, min(len(text), raw.end + 4), " \t\u00a0\u202f.,")
    words = words_in(text, at, min(len(text), at + 60))[:4]
    if len(words) < 2 or words[0][0] != at or words[0][2].lower() not in _COPULAS:
        return False  # (the cheap test first: most quotations are followed by anything else)
    if not any(w.lower().replace("’", "'").split("'")[-1] in _SPEECH_NOUNS for _, _, w in words[1:]):
        return False
    _, se = sentence_of(sents, at)
    hi = min(se, at + 240)
    for m in NAME_RUN.finditer(text, at, hi):
        name = m.group().split()
        apposed = len(name) >= 2 and text[max(at, m.start() - 2) : m.start()].strip(" \u00a0") == ","
        if name[0] in ORG_HEADS or not (given_gender(name[0], cx.lc) is not None or apposed):
            continue  # "para los vecinos de la Ciudad de México": a place, no person
        if name[0].lower() in cx.lc.function_words or name[0].lower() in cx.lc.titles:
            continue
        raw.cue = (words[0][0], words[-1][1])
        raw.np, raw.mode, raw.rule = NP(m.start(), m.end(), "name"), "np", "direct:noun"
        return True
    return False


# copulas opening a sentence that names what the quotation was ("È l'allarme", "fue la respuesta")
_COPULAS = wordset("è é es fue era foi c'est c’est ce fut ist war")

# nouns for what someone said ("il commento", "la respuesta", "o alerta", "l'appel", "die Antwort")
_SPEECH_NOUNS = wordset(
    "commento allarme appello risposta replica monito avvertimento sfogo messaggio reazione "
    "respuesta advertencia llamado mensaje reclamo comentario reacción alerta resposta apelo "
    "mensagem comentário reação desabafo réponse réaction appel avertissement constat commentaire "
    "antwort reaktion warnung appell botschaft kommentar"
)


def attribute_direct(cx: Context, raw: Raw, sents: list[tuple[int, int]], pe: int) -> bool:
    """Give the quotation ``raw`` the cue after or before it; return whether one was found."""
    text = cx.text
    qend = raw.end
    _, se = sentence_of(sents, max(raw.end - 1, raw.start))
    se = max(se, qend)
    ended = text[raw.cstart : raw.cend].rstrip(' \t\u00a0\u202f"”»“’')[-1:] == "."
    if raw.closed:
        for cs, ce, kind in cx.cues_in(qend, min(se, qend + 60)):
            if kind in {AS, OPINION}:
                continue  # "wie", "como", "pour": they open a clause before what they report
            gap = text[_past_gloss(text, qend, cs) : cs]
            if any(c in gap for c in '.!?«»“”„"') or cx.quoted(cs):
                break
            bare = gap.strip(" \t\u00a0\u202f,–—-") == ""
            if not bare and (ended or gap.lstrip(" \t\u00a0\u202f")[:1] not in {",", "–", "—", "-"}):
                break  # "« … agir. » Il a ajouté que …": a new sentence, not the quote's attribution
            if not bare and gap.strip(" \t\u00a0\u202f,").split(" ", 1)[0].lower() in _SUBORDINATORS:
                break  # "«…», quand le Qatar dénonçait …": a new clause with its own speaker
            np = speaker_at_cue(cx, cs, ce, kind, qend, se)
            if np is None and bare:
                np = inverted_speaker(cx, cs, ce, se) if kind in {VERB, LENIENT} else None
            if np is None and not (bare and kind in {VERB, LENIENT}):
                continue
            cx.used.add(cs)
            # no subject written ("», señaló.", "”, ha detto."): the language drops it
            raw.cue, raw.np, raw.rule = (cs, ce), np, "direct:after"
            raw.mode = "np" if np is not None else "dropped"
            raw.sentence = sentence_of(sents, raw.start)[0]  # "X insistió: «…», apuntó": X's
            return True
    if raw.closed and (
        _bracket_after(cx, raw, se)
        or _next_sentence_cue(cx, raw, pe)
        or _next_line_cue(cx, raw, pe)
        or _speech_noun_after(cx, raw, sents)
    ):
        return True
    qs, _ = sentence_of(sents, raw.start)
    for cs, ce, kind in reversed(cx.cues_in(max(qs, raw.start - 200), raw.start)):
        if ce > raw.start or cx.quoted(cs) or kind == AS or (kind == OPINION and cs - qs > 1):
            continue  # "Pour le maire, « … »": an opinion preposition only where it opens the sentence
        gap = text[ce : raw.start]
        if len(gap) > 80 or any(c in gap for c in ".!?"):
            break
        np = speaker_at_cue(cx, cs, ce, kind, qs, raw.start)
        dropped = np is None and kind in {VERB, LENIENT, PARTICIPLE} and no_subject(cx, qs, cs)
        if np is None and not dropped:
            continue
        rest = gap.strip(" \t\u00a0\u202f,:")
        opens = rest == "" or rest.lower() in cx.lc.complementisers
        # "sagte, »die Affäre« habe ihn getroffen": a fragment opening the reported clause leaves
        # the cue to report it
        raw.rule = "direct:before" if opens and not _clause_goes_on(cx, raw, qs, sents) else "direct:fragment"
        raw.cue, raw.np, raw.mode = (cs, ce), np, "dropped" if dropped else "np"
        if raw.rule == "direct:before":
            cx.used.add(cs)  # a fragment's cue still reports its clause ("dijo que las tropas están “…”")
        return True
    if raw.closed and _verb_after(cx, raw, se):
        return True
    return _colon_intro(cx, raw, qs)


def _bracket_after(cx: Context, raw: Raw, se: int) -> bool:
    """``„…“, teilte der Sprecher weiter mit.``: a verb and its closing particle after the
    quotation (:func:`~.bracket.bracket_clause`) name the speaker between them, read as after
    any inverted cue (adverbs and a dative pronoun before the subject passed over)."""
    found = bracket_clause(cx, raw, se)
    if found is None:
        return False
    vs, ve, close = found
    np = phrase_after(cx.text, ve, close, cx.lc) or inverted_speaker(cx, vs, ve, close)
    if np is None:
        return False
    raw.cue, raw.np, raw.rule, raw.mode = (vs, ve), np, "direct:after", "np"
    return True


_VERB_AFTER_WORDS = 6  # an attribution "verb + subject" after a quotation is this short
_VERB_AFTER_QUOTE = 12  # ... and the quotation it names as speech at most this long


def _verb_after(cx: Context, raw: Raw, se: int) -> bool:
    """``«¡Fuera!», gritaron los vecinos.``, ``„Niemals!“, rief Berger.``: a short quotation
    followed by a comma, a lower-case word and a speaker phrase (or nothing, when the quotation
    is a question or an exclamation) ending the sentence is speech attributed by a verb the
    tables lack. The word must be no function word (``«Kurier», una revista de…``); the
    attribution is a few words that end the sentence; reads those words only."""
    text = cx.text
    comma = skip_chars(text, raw.end, min(se, raw.end + 3), " \t\u00a0\u202f")
    if text[comma : comma + 1] != "," or raw.cend - raw.cstart > 41 * _VERB_AFTER_QUOTE:
        return False  # (the cheap tests first: most quotations stop here)
    if word_count(text, raw.cstart, raw.cend, _VERB_AFTER_QUOTE) > _VERB_AFTER_QUOTE:
        return False
    words = words_in(text, comma + 1, min(se, comma + 1 + 41 * _VERB_AFTER_WORDS))
    if not words or len(words) > _VERB_AFTER_WORDS or text[comma + 1 : words[0][0]].strip(" \t\u00a0\u202f"):
        return False
    verb = words[0]
    low = verb[2].lower()
    if not low.isalpha() or not verb[2][:1].islower() or len(low) < 3 or low in cx.lc.function_words:
        return False
    if text[words[-1][1] : se].strip(" \t\u00a0\u202f.!?…") != "":
        return False  # the sentence goes on: "«Kurier», una revista que …, informó"
    np = phrase_after(text, verb[1], se, cx.lc) if len(words) > 1 else None
    if np is None and not (len(words) == 1 and text[raw.cstart : raw.cend].rstrip()[-1:] in {"!", "?"}):
        return False
    if np is not None and text[np.end : se].strip(" \t\u00a0\u202f.!?…") != "":
        return False  # "…», comenta el diario en su edición": more than a verb and its subject
    raw.cue, raw.np, raw.rule = (verb[0], verb[1]), np, "direct:after"
    raw.mode = "np" if np is not None else "dropped"
    return True


_FRAGMENT_WORDS = 8  # a quoted fragment inside a reported clause is a few words long


def _clause_goes_on(cx: Context, raw: Raw, qs: int, sents: list[tuple[int, int]]) -> bool:
    """Whether the quotation's sentence goes on for two words or more after its closing mark
    (not counting the attribution after a comma)."""
    if word_count(cx.text, raw.cstart, raw.cend, _FRAGMENT_WORDS) > _FRAGMENT_WORDS:
        return False  # a whole quoted sentence, not a fragment of the clause
    _, se = sentence_of(sents, raw.start)
    after = skip_chars(cx.text, raw.end, se, " \t\u00a0\u202f")
    return (
        cx.text[after : after + 1] not in {",", ".", "!", "?", ";", ":", ""}
        and word_count(cx.text, after, se, 2) >= 2
    )


def _colon_intro(cx: Context, raw: Raw, qs: int) -> bool:
    """``Jansen weiß: „…“``, ``Sie habe abgeschlossen: „…“``: a sentence ending in a colon before
    the quotation introduces it; its subject (a name or pronoun among its first words) speaks,
    or, with none written, the person named last."""
    text = cx.text
    colon = back_over_space(cx.text, qs, raw.start)
    if text[colon - 1 : colon] != ":" or colon - qs > 300:
        return False
    np = None
    words = words_in(text, qs, colon)[:6]
    if len(words) == 1 and cx.lc.nouns_capitalised and is_name_word(words[0][2], cx.lc):
        # "Weber: „…“", "Diess: „…“": a surname alone before the colon labels who speaks (an
        # interview's answers); the resolver keeps it only for a word that names a person in
        # the article ("Fazit:", "Zitat:" name no one and leave the subject unwritten)
        s, e, _w = words[0]
        raw.np, raw.mode, raw.rule = NP(s, e, "name"), "np", "direct:colon"
        return True
    for i, (s, _e, w) in enumerate(words):
        if w.lower() in cx.lc.pronouns:
            np = NP(s, _e, "pron")
            break
        if not is_name_word(w, cx.lc):
            continue
        two = i + 1 < len(words) and is_name_word(words[i + 1][2], cx.lc)
        if i == 0 and two and _label(text, w, words[1][2], cx.lc):
            break  # "Ernster Nachsatz: „…“": a label of capitalised nouns; who spoke goes on
        prev = words[i - 1][2].lower() if i else ""
        if (
            (i == 0 and not two)
            or prev in DETERMINERS
            or prev in PREPOSITIONS
            or (prev in cx.lc.function_words and not _subject_after(prev, cx.lc))
        ):
            continue  # "Pourtant, …", "trotz ihrer Lebensfreude": an opener or a noun, not a name
        np = phrase_after(text, s, colon, cx.lc)
        break
    raw.np, raw.mode, raw.rule = np, "np" if np is not None else "dropped", "direct:colon"
    return True


# Function words after which a name opening a run is the sentence's subject, not a noun's
# complement: a conjunction or adverb before it ("Und Yücel setzte nach:", "war auch Anna
# Roth:") or the finite verb it follows in German verb-second order ("Dazu hat Roth erklärt:")
_SUBJECT_LEADS = wordset("und aber doch auch noch schon nur so dann da hat hatte ist war wird wurde kann")


def _subject_after(prev: str, lc: LanguageCues) -> bool:
    """Whether a capitalised word after the function word ``prev`` opens the subject's name in a
    colon intro: after a subject lead, where nouns are capitalised (the resolver keeps one word
    only when it names a person of the article: a lone noun stays no subject)."""
    return lc.nouns_capitalised and prev in _SUBJECT_LEADS


def _label(text: str, first: str, second: str, lc: LanguageCues) -> bool:
    """Whether two capitalised words opening a colon intro are a label (``Ernster Nachsatz:``,
    ``Kurzes Fazit:``), not a person, where every noun is capitalised: the first is neither a
    title nor a known given name, and the second, no given name either, is written nowhere else
    (a person's surname comes back). One literal count over the text, for a colon intro only."""
    if not lc.nouns_capitalised or first.lower() in lc.titles or given_gender(first, lc) is not None:
        return False
    # "Bundestrainerin Martina Voss-Tecklenburg war angetan:": a title, then a given name
    return text.count(second) == 1 and given_gender(second, lc) is None


def bare_quotation(text: str, raw: Raw) -> None:
    """Forget what the English stages attributed: the quotation is its marks and content again."""
    end = skip_chars(text, raw.cend, min(len(text), raw.cend + 3), " \t\u00a0\u202f")
    if end < len(text) and text[end] in CLOSERS:
        end += 1
    raw.start = raw.origin if 0 <= raw.origin < raw.cstart else raw.cstart
    raw.end = max(end, raw.cend)
    while raw.cend > raw.cstart and text[raw.cend - 1] in "\u202f\u00a0 ":
        raw.cend -= 1  # "«\u202fNon\u202f»": the narrow space belongs to the marks
    while raw.cstart < raw.cend and text[raw.cstart] in "\u202f\u00a0 ":
        raw.cstart += 1
    raw.cue, raw.np, raw.mode, raw.rule = None, None, "none", "direct:follow-on"


def whole_sentence(text: str, raw: Raw, ps: int) -> bool:
    """A quotation that is a sentence of its own inside a paragraph (after a full stop, ending
    with one), not a phrase quoted inside a sentence."""
    if raw.start <= ps or len(text[raw.cstart : raw.cend].split()) < 4:
        return False
    before = text[back_over_space(text, ps, raw.start) - 1 : raw.start].strip()
    after = text[raw.end : raw.end + 2].strip()
    ends = text[raw.cstart : raw.cend].rstrip()[-1:] in {".", "!", "?", "…"} or after[:1] in {".", "!", "?"}
    return before in {".", "!", "?", "…", ":"} and ends


def heading_quote(cx: Context, raw: Raw, ps: int, pe: int) -> bool:
    """``Oms: “A Gaza fermi 14 ospedali”`` on a line of its own: the title of a live blog's
    entry (a short label, a colon, a quotation ending the line without a full stop, ``।`` being
    Devanagari's: ``आदित्यनाथ ने कहा, "…।"`` is speech), not speech."""
    text = cx.text
    if pe - ps > 160 or text[raw.end : pe].strip() or raw.start - ps > 60:
        return False
    label = text[ps : raw.start].rstrip()
    if not label and raw.start >= ps:
        return _subheading(cx, raw, ps, pe)
    if not label.endswith((":", ",")) or label.count(" ") > 5:
        return False
    return text[raw.cstart : raw.cend].rstrip()[-1:] not in {".", "!", "?", "…", "।"}


_SUBHEADING_WORDS = 12  # a quotation set as a subheading is this short


def _subheading(cx: Context, raw: Raw, ps: int, pe: int) -> bool:
    """``„Die Liste wird immer länger“`` alone on a line between paragraphs: a subheading that
    quotes the story (the annotations list it nowhere), not a quote. The quotation is the whole
    line, a few words with no full stop of its own (a question may be one), and no colon
    ending the line above (``Le maire a déclaré :`` introduces it) nor a comma or a
    dash opening the line below (its attribution)."""
    text = cx.text
    last = text[raw.cstart : raw.cend].rstrip()[-1:]
    if not raw.closed or last in {".", "!", "…", "।", ","} or raw.start > ps + 1:
        return False
    if word_count(text, raw.cstart, raw.cend, _SUBHEADING_WORDS) > _SUBHEADING_WORDS:
        return False
    above = ps
    while above > max(0, ps - 200) and text[above - 1].isspace():
        above -= 1  # (disjoint runs of blank lines: linear over the document)
    if above == 0 or text[above - 1] == ":":
        return False
    below = skip_chars(text, pe, min(len(text), pe + 8), " \t\r\n\u00a0")
    return below < len(text) and text[below] not in ",;–—-" and not text[below].islower()


def under_heading(st: State, raw: Raw, pi: int) -> bool:
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


def promote_fragments(scares: list[Raw], here: list[Raw], kept: bool, cx: Context, sents: Sentences) -> None:
    """``a annoncé qu'il transmettrait un « mémorandum argumenté »``: a short quotation with no
    cue of its own inside a reported clause is the reporting speaker's words, a quoted fragment
    (ANNOTATION.md counts it), not a scare quote; so is one right after a fragment cue (see
    :func:`_governed_fragment`). It joins ``here`` (where, with ``kept``, it already is) for
    :func:`inside_reported` to attribute."""
    clauses = sorted((r.cstart, r.cend) for r in here if r.kind == "indirect")
    starts = [a for a, _ in clauses]
    reach = list(itertools.accumulate((b for _, b in clauses), max))  # furthest end so far
    # the sentences holding an attributed quotation (one set per paragraph: linear)
    quoted = {
        sentence_of(sents, r.cstart)
        for r in here
        if r.kind == "direct" and r.mode in _ATTRIBUTED and r.rule not in _NO_SIBLINGS
    }
    rest: list[Raw] = []
    for raw in scares:
        if pointed_term(cx.text, raw):
            continue  # "dass dieser „deal“ gut ist": a term the writer points at
        k = bisect.bisect_right(starts, raw.start) - 1  # one look-up: linear in the paragraph
        if k >= 0 and raw.end <= reach[k] + 2:
            raw.kind, raw.mode, raw.rule = "direct", "none", "direct:follow-on"
        elif _governed_fragment(cx, raw, sents):
            quoted.add(sentence_of(sents, raw.cstart))
        else:
            rest.append(raw)
            continue
        if not kept:
            here.append(raw)
    for raw in rest:  # (after the governed ones: "un « désastre » … de « peupler »" both count)
        if _beside_quote(cx.text, raw, quoted, sents, cx.lc.nouns_capitalised):
            raw.kind, raw.mode, raw.rule = "direct", "none", "direct:follow-on"
        elif not _cued_sentence(cx, raw, sents):
            continue
        if not kept:
            here.append(raw)
    here.sort(key=lambda r: (r.start, r.end))


_SENTENCE_CUES = 3  # cues read on either side of a fragment in its sentence


def _clause_opens(cx: Context, ce: int, pos: int) -> bool:
    """Whether a complementiser stands between a cue ending at ``ce`` and ``pos`` (``afirmou,
    durante …, que``, ``a dit qu’il``): the cue reports a clause, and the words up to ``pos``
    are inside it (a cue word used as a noun, ``par tranche de``, opens none)."""
    for _s, _e, w in words_in(cx.text, ce, min(pos, ce + 240)):
        low = w.lower()
        if low in cx.lc.complementisers or low.startswith(("qu'", "qu’")) or low == "qu":
            return True
    return False


def _name_like(content: str, nouns_capitalised: bool) -> bool:
    """Whether a short quotation reads as a name or a letter rather than someone's words: a
    single character (``‘D’``), or every word capitalised (``“Los Pumas”``, ``«Kurier»``; where
    every noun is capitalised a single word may still be a fragment: ``«Ansporn»``)."""
    if sum(c.isalnum() for c in content[:3]) < 2:
        return True
    words = content.split()
    capitalised = all(w[:1].isupper() for w in words if w[:1].isalpha())
    return capitalised and (len(words) > 1 or not nouns_capitalised)


# demonstratives that point at a single quoted word as a term ("dieser „deal“", "ce « miracle »")
_DEMONSTRATIVES = wordset(
    "ce cet cette ces este esta estos estas ese esa esos esas dieser diese dieses diesen diesem "
    "questo questa questi queste quel quella esse essa isso isto aquele aquela"
)


def pointed_term(text: str, raw: Raw) -> bool:
    """Whether a one-word quotation follows a demonstrative (``dass dieser „deal“ gut ist``,
    ``ce « miracle »``): a term the writer points at, not the reported speaker's words."""
    if " " in text[raw.cstart : raw.cend].strip():
        return False
    before = text[max(0, raw.start - 12) : raw.start].split()
    return bool(before) and before[-1].lower() in _DEMONSTRATIVES


def _cued_sentence(cx: Context, raw: Raw, sents: Sentences) -> bool:
    """``afirmou nesta quinta-feira, durante uma transmissão, que os militares não querem
    "fazer parte" da política``, ``Sie wisse, dass sie „viel zugemutet“ habe, sagte sie``: a
    short quotation in a sentence that a speech verb reports is a fragment of the reported
    words (ANNOTATION.md lists it again as a direct quote), even where the clause itself was
    not read: the nearest verb before it in the sentence, an according-to cue opening it (``Según
    la policía, …``), or a cue after it set off by a comma (``…, según valoró X``).
    Names and titles never get here (:mod:`.mentions`); a few cues on either side are read."""
    text = cx.text
    if _name_like(text[raw.cstart : raw.cend], cx.lc.nouns_capitalised):
        return False
    ss, se = sentence_of(sents, raw.cstart)
    found: tuple[int, int, str, int, int] | None = None
    k = bisect.bisect_left(cx.cue_starts, raw.start)  # (the few cues on either side: no slice of all)
    before = cx.cues[max(bisect.bisect_left(cx.cue_starts, ss), k - _SENTENCE_CUES) : k]
    for cs, ce, kind in reversed(before):
        if kind == ACCORDING and cs - ss <= 1 and not cx.quoted(cs):
            found = (cs, ce, kind, ss, raw.start)  # "Según la policía, el plan es “inviable”"
            break
        if kind in {VERB, LENIENT} and ce <= raw.start and not cx.quoted(cs):
            if _clause_opens(cx, ce, raw.start):
                found = (cs, ce, kind, ss, raw.start)
            break  # (only the nearest verb before the quotation reports it)
    if found is None:
        k = bisect.bisect_left(cx.cue_starts, raw.end)
        for cs, ce, kind in cx.cues[k : k + _SENTENCE_CUES]:
            if cs >= se:
                break
            # "…, sagte sie"; "“È falso” dire che …: lo ha detto X" (an inversion after a colon)
            sep = text[back_over_space(text, raw.end, cs) - 1 : cs][:1]
            comma = sep == "," or (sep == ":" and kind == INVERSION)
            if kind in {VERB, LENIENT, INVERSION, ACCORDING} and comma and not cx.quoted(cs):
                found = (cs, ce, kind, raw.end, se)  # "…, sagte sie", "…, según valoró X"
                break
    if found is None:
        found = _conjoined_opinion(cx, ss, raw.start)
    if found is None:
        return False
    cs, ce, kind, lo, hi = found
    np = speaker_at_cue(cx, cs, ce, kind, lo, hi)
    if np is None and kind == INVERSION:
        return False  # (an according-to cue names its source after a verb: "según valoró X")
    raw.kind, raw.cue, raw.np, raw.rule = "direct", (cs, ce), np, "direct:fragment"
    raw.mode = "np" if np is not None else "dropped"
    return True


# Conjunctions that may open a sentence before an opinion preposition ("Mais pour X, …")
_CONJUNCTIONS = wordset("mais et or pero y e mas ma però aber und")


def _conjoined_opinion(cx: Context, ss: int, qs: int) -> tuple[int, int, str, int, int] | None:
    """``Mais pour Andrea Roux, avocate de …, il n'est qu'un « vecteur de haine »``: an opinion
    preposition of the tables after a conjunction opening the sentence (the cue pass takes it
    only where it opens the sentence itself) makes a short quotation in the sentence its
    source's words, as :func:`_cued_sentence` does with an opener; returns the cue as found
    there, or None. Reads the sentence's first two words."""
    words = words_in(cx.text, ss, min(qs, ss + 30))[:2]
    if len(words) < 2 or words[0][2].lower() not in _CONJUNCTIONS or not words[0][2][:1].isupper():
        return None
    opener = words[1][2].capitalize() + " "
    if opener not in cx.lc.opinions or words[1][2][:1].isupper():
        return None
    return words[1][0], words[1][1], OPINION, ss, qs


_ATTRIBUTED = frozenset({"np", "dropped"})  # the modes of a quotation whose speaker is settled
# words before a quoted name (a paper, a channel): "mit «Blick»", "a « Libération »", "la « Stampa »"
_NAME_OPENERS = PREPOSITIONS | DETERMINERS


def _beside_quote(
    text: str, raw: Raw, quoted: set[tuple[int, int]], sents: Sentences, nouns_capitalised: bool
) -> bool:
    """``Der Druck habe als «Beschleunigung» gewirkt, «zu einer Einigung zu kommen», sagte
    Merkel``: a short quotation sharing its sentence with an attributed quotation is a fragment
    of the same speaker's words (:func:`share_sentence` attributes it), unless it reads as a
    name: every word capitalised (``del club “Los Pumas”``; where every noun is capitalised, a
    single word may be a fragment: ``«Ansporn»``), or a few capitalised words after a
    preposition or an article (``im Gespräch mit «Blick»``, ``a « Libération »``)."""
    if sentence_of(sents, raw.cstart) not in quoted:
        return False
    content = text[raw.cstart : raw.cend]
    if _name_like(content, nouns_capitalised):
        return False
    words = content.split()
    if not content[:1].isupper() or len(words) > 3:
        return True
    before = text[max(0, raw.start - 12) : raw.start].split()
    return not before or before[-1].lower() not in _NAME_OPENERS


def _governed_fragment(cx: Context, raw: Raw, sents: Sentences) -> bool:
    """``X a qualifié la réforme de « brutale »``, ``Müller sprach von einem „Skandal“``: a
    fragment cue of the tables among the five words before the quotation makes it the words of
    the sentence's subject."""
    if not cx.lc.fragments:
        return False
    text = cx.text
    ss, _ = sentence_of(sents, raw.start)
    words = [w.lower() for _, _, w in words_in(text, max(ss, raw.start - 60), raw.start)[-5:]]
    found = any(
        " ".join(words[i:j]) in cx.lc.fragments
        for i in range(len(words))
        for j in range(i + 1, min(len(words), i + 4) + 1)
    )
    if not found:
        return False
    np = sentence_subject(text, ss, raw.start, cx.lc)
    raw.kind, raw.np, raw.rule = "direct", np, "direct:fragment"
    raw.mode = "np" if np is not None else "dropped"
    return True


def fragments_in_mood(
    scares: list[Raw], here: list[Raw], kept: bool, nouns_capitalised: bool, text: str
) -> None:
    """``Sie hätten sich alle „sehr verantwortlich verhalten“.``, ``Es seien "alle Kräfte
    mobilisiert" worden.``: a short quotation left without a cue inside a clause that the mood
    of reported speech continues (read after :func:`promote_fragments`, once those clauses are
    found) is a fragment of the reported speaker's words, not a scare quote; it joins ``here``
    (where, with ``kept``, it already is) for :func:`inside_reported` to attribute. One bisection
    per quotation: linear in the paragraph."""
    clauses = sorted(
        (r.cstart, r.cend) for r in here if r.kind == "indirect" and r.rule == "indirect:continued"
    )
    if not clauses:
        return
    starts = [a for a, _ in clauses]
    joined = False
    for raw in scares:
        if raw.kind != "scare" or raw.mode != "scare":
            continue  # (promoted already)
        k = bisect.bisect_right(starts, raw.start) - 1
        if k < 0 or raw.end > clauses[k][1] + 2:
            continue
        if _name_like(text[raw.cstart : raw.cend], nouns_capitalised) or pointed_term(text, raw):
            continue
        raw.kind, raw.mode, raw.rule = "direct", "none", "direct:follow-on"
        if not kept:
            here.append(raw)
        joined = True
    if joined:
        here.sort(key=lambda r: (r.start, r.end))
        inside_reported(here)


def inside_reported(here: list[Raw]) -> None:
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


def share_sentence(here: list[Raw], sents: Sentences) -> None:
    """``Qualsiasi "azione violenta" e "gli attacchi" sono "inaccettabili", ha detto X``: the
    bare quotations of a sentence one of whose quotations is attributed are that speaker's.
    (The first attributed quotation of each sentence is found in one pass: linear.)"""
    first: dict[tuple[int, int], Raw] = {}
    for r in here:
        if r.kind == "direct" and r.rule not in _NO_SIBLINGS and r.mode not in {"none", "scare"}:
            first.setdefault(sentence_of(sents, r.cstart), r)
    if not first:
        return
    for raw in here:
        if raw.rule != "direct:follow-on" or raw.mode != "none":
            continue
        sibling = first.get(sentence_of(sents, raw.cstart))
        if sibling is not None:
            raw.np, raw.mode, raw.rule = sibling.np, sibling.mode, "direct:sibling"


# quotations whose attribution gives the bare ones of their sentence no speaker: none, or a
# noun for what was said ("“…”, fue la respuesta que dio X tras recibir “la visita” de …")
_NO_SIBLINGS = frozenset({"direct:follow-on", "direct:noun"})


def previous_line_intro(cx: Context, st: State, raw: Raw, pi: int) -> bool:
    """``Le maire a déclaré :`` on a line of its own, then a paragraph opening with the
    quotation: the cue before the colon ending the line above introduces it."""
    text = cx.text
    if pi == 0 or raw.start > st.paras[pi][0] + 1:
        return False
    hs, he, _ = st.paras[pi - 1]
    end = back_over_space(text, hs, he)
    if text[end - 1 : end] != ":" or raw.start - he > 4:
        return False
    colon = back_over_space(text, hs, end - 1)
    for cs, ce, kind in reversed(cx.cues_in(max(hs, colon - 120), colon)):
        if kind not in {VERB, LENIENT, INVERSION} or colon - ce > 40:
            continue
        ss, _ = sentence_of(sentences(text, hs, he), cs)
        np = speaker_at_cue(cx, cs, ce, kind, ss, colon)
        if np is None and not no_subject(cx, ss, cs):
            continue
        cx.used.add(cs)
        raw.cue, raw.np, raw.rule = (cs, ce), np, "direct:before"
        raw.mode = "np" if np is not None else "dropped"
        return True
    return False


_BLOCK_WORDS = 8  # a quotation set as a block is prose: at least this many words
_BLOCK_INTRO_SPAN = 240  # the intro's words are read this far back from its colon
_BLOCK_OPENERS = frozenset("«»“”„\"‘’‚'—–-•*·")  # a marked, dashed or listed paragraph is no block
_BLOCK_ENDS = frozenset('.!?…।"”»’)')


@functools.lru_cache(maxsize=32)
def intro_words(intros: tuple[str, ...]) -> frozenset[str]:
    """The block intros of a language's tables as a set (built once per tables)."""
    return frozenset(" ".join(i.split()) for i in intros)


def colon_block(cx: Context, st: State, pi: int, intros: frozenset[str]) -> Raw | None:
    """``Nella conclusione sul tema scrive:`` / ``Laut der Mitteilung heißt es:`` ending a
    paragraph, then a paragraph of prose that opens with no mark: a site that sets quotations
    as indented blocks loses their marks in the scrape, and the intro (a speech cue of the
    tables, or a reading or writing phrase of :attr:`~newsparse.lang.LanguageTables.block_intros`
    in the sentence ending with the colon) shows the paragraph is the quotation it announces.
    The paragraph must be a few sentences' worth of prose ending with its own punctuation
    (a list item, a heading or another intro is none). Reads the end of the paragraph above and
    the first words of this one: the test on the colon goes first, so most paragraphs cost one
    look-up."""
    text = cx.text
    hs, he, _ = st.paras[pi - 1]
    colon = back_over_space(text, hs, he)
    if text[colon - 1 : colon] != ":":
        return None
    ps, pe, _ = st.paras[pi]
    ps = skip_chars(text, ps, pe, " \t\u00a0\u202f")
    cend = back_over_space(text, ps, pe)
    if ps >= cend or text[ps] in _BLOCK_OPENERS or text[cend - 1] not in _BLOCK_ENDS or text[ps].isdigit():
        return None
    if not _prose(text, ps, cend):
        return None
    ss, _ = sentence_of(sentences(text, hs, he), colon - 1)
    lo = max(ss, colon - _BLOCK_INTRO_SPAN)
    named = _first_name(cx, ss, colon)
    for cs, ce, kind in reversed(cx.cues_in(lo, colon)):
        if kind in {VERB, LENIENT, INVERSION} and not cx.quoted(cs):
            np = named or speaker_at_cue(cx, cs, ce, kind, ss, colon - 1)
            return _block(ps, pe, cend, (cs, ce), np)
    cue = _intro_phrase(text, lo, colon, intros)
    if cue is None:
        return None
    return _block(ps, pe, cend, cue, named)


_PROSE_READ = 30  # the words of a block's opening read to tell prose from a list of names


def _prose(text: str, ps: int, cend: int) -> bool:
    """Whether ``text[ps:cend]`` reads as prose: enough words, most of them lower case (a
    line-up, a list of names or a table row is capitalised words and punctuation)."""
    words = words_in(text, ps, min(cend, ps + 41 * _PROSE_READ))[:_PROSE_READ]
    if len(words) < _BLOCK_WORDS:
        return False
    capitalised = sum(1 for _, _, w in words if w[:1].isupper())
    return capitalised * 5 < len(words) * 3


def _first_name(cx: Context, ss: int, colon: int) -> NP | None:
    """The first name in the intro sentence ``[ss, colon)``: its subject (``Montanari, durante
    l'intervista a Y, dichiara:``) or whose words it presents (``Ecco le parole di X:``); a
    capitalised word opening the sentence counts only as the first of two (``Ecco``, ``Partiamo``
    open sentences)."""
    words = words_in(cx.text, ss, colon)[:24]
    for i, (s, _e, w) in enumerate(words):
        if not is_name_word(w, cx.lc):
            continue
        if i == 0 and not (len(words) > 1 and is_name_word(words[1][2], cx.lc)):
            continue
        np = phrase_after(cx.text, s, colon, cx.lc)
        if np is not None and np.kind == "name":
            return np
    return None


_NESTED_WORDS = 8  # a quotation inside a block is a passage it quotes when this long


def drop_nested(text: str, direct: list[Raw], di: int, pe: int) -> None:
    """Forget the short quotations from ``direct[di]`` up to ``pe``, inside a block quotation:
    a word or a phrase in marks there is the block's speaker's wording (a scare quote, a term),
    while a passage of a few sentences is a source the block quotes in turn, a quote of its own."""
    j = di
    while j < len(direct) and direct[j].end <= pe:
        j += 1
    direct[di:j] = [
        r for r in direct[di:j] if word_count(text, r.cstart, r.cend, _NESTED_WORDS) >= _NESTED_WORDS
    ]


def _intro_phrase(text: str, lo: int, hi: int, intros: frozenset[str]) -> tuple[int, int] | None:
    """The span of the last phrase of ``intros`` (one to three words) in ``text[lo:hi]``."""
    if not intros:
        return None
    words = words_in(text, lo, hi)
    for i in range(len(words) - 1, -1, -1):
        for n in (3, 2, 1):
            if i + n <= len(words) and " ".join(w.lower() for _, _, w in words[i : i + n]) in intros:
                return words[i][0], words[i + n - 1][1]
    return None


def _block(ps: int, pe: int, cend: int, cue: tuple[int, int], np: NP | None) -> Raw:
    """The block quotation of paragraph ``[ps, pe)`` (the caller reads no cue inside it: its
    cues are the quoted speaker's words, no clause of their own)."""
    mode = "np" if np is not None else "dropped"
    return Raw(ps, pe, ps, cend, "direct", cue, np, mode, "direct:block", ps, ps, True)


# what may stand between two names in marks of one list ("«Rainha» e «Alfazema»", "« A », « B »")
_LIST_JOINS = frozenset({",", "e", "y", "et", "und", "ed", "o", "ou", "oder", "or", "and", "&", "/"})
_NAME_WORDS = 4  # a name in marks is this short


def coordinated_name(text: str, raw: Raw, prev: Raw | None) -> bool:
    """``diretora de "Rainha" e "Alfazema", defende …``: a short capitalised quotation joined by a
    comma or a conjunction to the quotation before it, which was judged a name (a paper's, a
    work's), is the next name of the same list, not speech its cue would attribute."""
    if prev is None or prev.rule != "scare" or prev.end > raw.start or raw.start - prev.end > 6:
        return False
    if text[prev.end : raw.start].strip(" \t\u00a0\u202f").lower() not in _LIST_JOINS:
        return False
    content = text[raw.cstart : raw.cend].strip()
    if not content[:1].isupper() or any(c in content for c in ".!?…:;,"):
        return False
    return len(content.split()) <= _NAME_WORDS and text[prev.cstart : prev.cend].strip()[:1].isupper()
