"""Reported speech in other languages: a speech verb and complementiser (``a déclaré que``,
``ने कहा कि``), a lenient verb and comma (``Er sagte, …``), a cue after the clause, ``selon X``
and postposed forms (``X के मुताबिक``), and sentences in the reported mood that continue it."""

from __future__ import annotations

import bisect
import itertools

from newsparse.rules.quotes.languages.cues import (
    ACCORDING,
    INVERSION,
    LENIENT,
    OPINION,
    PARTICIPLE,
    POSTPOSED,
    VERB,
    Context,
    LanguageCues,
    norm_cue,
)
from newsparse.rules.quotes.languages.direct import inverted_speaker, no_subject, speaker_at_cue
from newsparse.rules.quotes.languages.phrases import (
    DETERMINERS,
    PREPOSITIONS,
    RELATIVE_OPENERS,
    has_role,
    is_name_word,
    phrase_after,
    phrase_before,
    sentence_subject,
)
from newsparse.rules.quotes.languages.text import (
    CLOSERS,
    Sentences,
    back_over_space,
    clause_end,
    skip_chars,
    word_count,
    words_in,
    wordset,
)
from newsparse.rules.quotes.phrases import NP
from newsparse.rules.quotes.state import Raw


def _complementiser_after(cx: Context, ce: int, send: int) -> int | None:
    """Where the clause starts after the complementiser following a cue (``a déclaré jeudi que``)."""
    for i, (s, e, w) in enumerate(words_in(cx.text, ce, min(send, ce + 80))[:8]):
        low = w.lower()
        if i == 0 and cx.lc.case_blind and low in _MISSPELT_COMPLEMENTISERS and "कि" in cx.lc.complementisers:
            return skip_chars(cx.text, e, send, " \t\u00a0\u202f,")  # "ने कहा के …", "ने कहा की …"
        if low[2:3] in {"'", "’"} and low[:2] + "e" in cx.lc.complementisers and len(low) > 3:
            return s + 3  # an elided complementiser glued to the clause: "a annoncé qu'il saisirait"
        if low in cx.lc.complementisers:
            q = e
            while q < send and cx.text[q] in " \t\u00a0\u202f,’'":  # "qu’il": the word splits at ’
                q += 1
            return q
        if cx.text[e : e + 1] in {".", ";", "!", "?", "«", "“", "„"}:
            return None
    return None


# Hindi sites often write the complementiser कि as की or के; right after the speech verb (``ने
# कहा के पेट्रोल …``) either opens the clause, anywhere else they are the genitive postposition
_MISSPELT_COMPLEMENTISERS = frozenset({"की", "के"})


def reported(cx: Context, cs: int, ce: int, kind: str, ss: int, se: int) -> Raw | None:
    """The reported speech of the cue at ``[cs, ce)`` in sentence ``[ss, se)``, or None."""
    text = cx.text
    send = clause_end(text, ss, se)
    if kind == OPINION:
        return _opinion(cx, cs, ce, ss, send)
    bend = back_over_space(text, ss, cs)
    comma_before = text[bend - 1 : bend] in {",", "–", "—"}
    if kind == ACCORDING and cx.lc.reading and norm_cue(text[cs:ce]) in cx.lc.reading:
        return None  # "« … », peut-on lire dans X": the quotation's source, no reported speech
    if kind in {ACCORDING, POSTPOSED}:
        src = _past_fillers(cx, ce, se) if kind == ACCORDING else ce
        np = phrase_after(text, src, se, cx.lc) if kind == ACCORDING else phrase_before(text, ss, cs, cx.lc)
        if np is None and kind == ACCORDING and (ce - cs >= 5 or src > ce):  # not German "so", "nach"
            np = _bare_source(text, src, send, comma_before)
        elif np is not None and src > ce and np.kind == "name" and not comma_before:
            np = _source_to_comma(cx, np, send)
        if np is None:
            return None
        inside = kind == ACCORDING and (
            _parenthetical(cx, cs, np, ss, send) or _set_in_clause(cx, cs, ce, np, ss, send)
        )
        if inside:
            # "A, selon X, B." / "A selon X, B." / "A podle X B.": the sentence is what X says
            cstart, cend = ss, send
        elif comma_before and kind == ACCORDING:
            cstart, cend = ss, clause_end(text, ss, bend - 1)  # "CLAUSE, selon X."
        else:
            if kind == ACCORDING and text[cs:ce].lower() == "so":
                return None  # German "so" opens a clause only after one: "…, so der Minister."
            pos = np.end if kind == ACCORDING else ce
            cstart, cend = skip_chars(text, pos, send, " \t\u00a0\u202f,:"), send
        if text[cstart : cstart + 1] in {"«", "“", "„", '"'} or cx.quoted(cstart):
            return None
        return indirect_raw(text, cs, ce, ss, cstart, cend, np, "indirect:according")
    if comma_before and not _role_apposition(cx, ss, bend - 1) and not _clause_right_after(cx, ce, send):
        # "CLAUSE, a précisé le maire." / "CLAUSE, sagte er." / "CLAUSE, le ministre a dit."
        comma = bend - 1
        np = speaker_at_cue(cx, cs, ce, kind, comma + 1, se)
        if np is None and kind in {VERB, LENIENT}:
            np = phrase_after(text, ce, se, cx.lc)
        first = skip_chars(text, ss, comma, " \t\u00a0\u202f")  # past a paragraph's indentation
        if (
            text[first] in '«»“”„"‘‚—–-'
            or cx.quoted(first)
            or text[back_over_space(text, ss, comma) - 1] in '"”»“'
        ):
            return None  # a quotation's tail whose opening mark the pairing never saw: not reported
        tail = skip_chars(text, max(np.end, ce), send, " \t\u00a0\u202f") if np is not None else ce
        if np is not None and (
            tail >= send
            or _relative_after(cx, tail, send)
            or _appositive(cx, np, ce, ss, comma, tail)
            or _adjunct_tail(cx, tail, send, word_count(text, ss, comma, 6) >= 6)
            or _particle_tail(text, tail, send)
            or _adverb_tail(text, tail, send)
            or _addressee_tail(text, tail, send)
        ):
            return indirect_raw(text, cs, ce, ss, ss, clause_end(text, ss, comma), np, "indirect:after")
        end = skip_chars(text, ce, send, " \t\u00a0\u202f") if np is None else tail
        if (
            end < send
            and text[end] in {",", "–", "—", "-"}
            and comma - ss >= 6
            and not _introduces(text, ss, send)
        ):
            # "La política, enfatizó, requiere …", "El cuadro –expresó el dirigente– debe …":
            # a cue set in the clause; the sentence is what was said
            found = indirect_raw(text, cs, ce, ss, ss, send, np, "indirect:inside")
            if found is not None and np is None:
                found.mode = "dropped"
            return found
        # not "CLAUSE, cue X." but "X, cue that CLAUSE" ("Herzi Halevi, ha affermato che …")
    # an infinitive right after the cue ("jure avoir voulu … « dès qu'il … »") opens the clause
    # before any complementiser further on
    clause = _infinitive_after(cx, ce, send) if cx.lc.infinitives else None
    if clause is None:
        clause = _complementiser_after(cx, ce, send)
    comma = _comma_after_adverbs(text, ce, send, cx.lc)
    if clause is None and comma >= 0:
        # "Er sagte, die Lage sei ernst.", "Relotius behauptet, seine Hauptfigur nutze …",
        # "Manche sagen nun, die Affäre habe …" (an adverb or two before the comma)
        after = skip_chars(text, comma + 1, send, " \t\u00a0\u202f")
        if kind == LENIENT or any(w.lower() in cx.lc.mood for _, _, w in words_in(text, after, send)[:8]):
            clause = after
    if clause is None or (
        text[clause : clause + 1] in {"«", "“", "„", '"', "»"} and not _fragment_opens(cx, clause, send)
    ):
        return None
    np = _participle_subject(cx, cs, ss) if kind == PARTICIPLE else speaker_at_cue(cx, cs, ce, kind, ss, cs)
    dropped = np is None and no_subject(cx, ss, cs)
    if np is None and not dropped:
        np = _inverted_opening(cx, ss, cs) or sentence_subject(text, ss, cs, cx.lc)
        if np is not None and np.kind == "desc" and not has_role(text[np.start : np.end], cx.lc):
            np = None  # "Le autorità si preparano alla messa": a clause, not a speaker
    found = indirect_raw(text, cs, ce, ss, clause, send, np, "indirect:cue")
    if found is not None and dropped:
        found.mode = "dropped"
    return found


def _participle_subject(cx: Context, cs: int, ss: int) -> NP | None:
    """The speaker of a gerund cue (``…, a poursuivi X, soulignant que …``): the one a finite
    speech verb before it in the sentence names; None when no such verb names anyone."""
    before = [c for c in cx.cues_in(ss, cs) if c[2] in {VERB, LENIENT, INVERSION}]
    if not before:
        return None
    pcs, pce, pkind = before[-1]
    return speaker_at_cue(cx, pcs, pce, pkind, ss, cs)


def opinion_source(cx: Context, cs: int, ce: int, ss: int, hi: int) -> NP | None:
    """The source after a sentence-opening opinion preposition (``Pour la ministre,``, ``Per
    Mario Rossi,``, ``Para él,``): a name, a pronoun or a role or body phrase, followed by a
    comma; None anywhere else (``Pour la première fois,``, ``Per questo,``)."""
    text = cx.text
    if cs - ss > 1:
        return None
    np = phrase_after(text, ce, hi, cx.lc)
    if np is None or (np.kind == "desc" and not _names_a_source(text[np.start : np.end], cx)):
        return None
    after = skip_chars(text, np.end, hi, " \t\u00a0\u202f")
    return np if text[after : after + 1] == "," else None


def _names_a_source(written: str, cx: Context) -> bool:
    """Whether a description names a person or body: a role or group of the tables, or a body's
    noun (``il ministero della Sanità``)."""
    return has_role(written, cx.lc) or any(w in cx.lc.group_heads for w in written.lower().split()[:3])


def _opinion(cx: Context, cs: int, ce: int, ss: int, send: int) -> Raw | None:
    """``Pour Christiane X, cette innovation va …``: the sentence after the source's comma is
    that source's view, reported."""
    np = opinion_source(cx, cs, ce, ss, send)
    if np is None:
        return None
    text = cx.text
    cstart = skip_chars(text, text.find(",", np.end, send) + 1, send, " \t\u00a0\u202f")
    if text[cstart : cstart + 1] in {"«", "“", "„", '"', "»"} or cx.quoted(cstart):
        return None  # a quotation after the comma is the direct stage's
    return indirect_raw(text, cs, ce, ss, cstart, send, np, "indirect:opinion")


def _inverted_opening(cx: Context, ss: int, cs: int) -> NP | None:
    """``Lo ha detto il capo di stato maggiore X aggiungendo che …``: a sentence opening with an
    inverted cue has its subject after that cue, which a later cue of the sentence shares."""
    k = bisect.bisect_left(cx.cue_starts, ss)
    if k >= len(cx.cues) or cx.cues[k][0] > ss + 1 or cx.cues[k][2] != INVERSION or cx.cues[k][1] >= cs:
        return None
    np = inverted_speaker(cx, cx.cues[k][0], cx.cues[k][1], cs)
    return np if np is not None and np.end <= cs else None


def _clause_right_after(cx: Context, ce: int, send: int) -> bool:
    """Whether a reported clause opens right after the cue, at a complementiser or an infinitive
    opener (``…, joint par le journal, a confié avoir …``, ``…, el ministro, dijo que …``): the
    comma before the cue closes an apposition of the subject, not a clause the cue closes."""
    words = words_in(cx.text, ce, min(send, ce + 40))
    if not words or cx.text[ce : words[0][0]].strip(" \t\u00a0\u202f"):
        return False  # "No podemos perder de vista —alertó— que …": a cue set in the clause
    low = words[0][2].lower()
    elided = low[2:3] in {"'", "’"} and low[:2] + "e" in cx.lc.complementisers
    return (
        low in cx.lc.complementisers
        or elided
        or (bool(cx.lc.infinitives) and _infinitive_after(cx, ce, send) is not None)
    )


def _infinitive_after(cx: Context, ce: int, send: int) -> int | None:
    """Where a reported infinitive clause starts right after a cue (``ha annunciato di aver
    lanciato``, ``a assuré avoir agi``): at an infinitive opener of the tables, followed by
    a word of its own."""
    text = cx.text
    start = skip_chars(text, ce, send, " \t\u00a0\u202f")
    if start == ce or start >= send:
        return None
    low = text[start : start + 24].lower()
    for opener in cx.lc.infinitives:
        end = start + len(opener)
        if low.startswith(opener) and text[end : end + 1] in {" ", "\u00a0"} and end < send:
            return start
    return None


def _comma_after_adverbs(text: str, ce: int, send: int, lc: LanguageCues) -> int:
    """Where the comma or colon after a cue ending at ``ce`` stands: right after it, or after at
    most two lower-case words (``sagen nun,``, ``dijo además:``) or a day named in two or three
    (``erklärte am Montag,``, ``sagte im Juli,``); -1 when there is none."""
    if text[ce : ce + 1] in {",", ":"}:
        return ce
    hi = min(send, ce + 30)
    stop = next((i for i in range(ce, hi) if text[i] in ',:.;!?«»“”„"'), -1)
    if stop < 0 or text[stop] not in {",", ":"}:
        return -1
    gap = text[ce:stop].split()
    if 1 <= len(gap) <= 2 and all(w.isalpha() and w.islower() for w in gap):
        return stop
    # a day: a weekday or a month after lower-case words (German capitalises them)
    days = any(w.lower() in lc.weekdays or w.lower() in lc.months for w in gap)
    plain = all(
        (w.isalpha() and w.islower()) or w.lower() in lc.weekdays or w.lower() in lc.months for w in gap
    )
    return stop if days and plain and 2 <= len(gap) <= 3 else -1


def _role_apposition(cx: Context, ss: int, comma: int) -> bool:
    """``O candidato do PDT à Prefeitura, Goura, criticou …``: the words before the comma are the
    verb's subject — a determiner and role noun, then a name set off by commas — not a clause
    said before a postposed cue; also after a fronted adjunct (``Con estas palabras, la portavoz
    del Gobierno, María Montero, justificó …``)."""
    if _apposition_from(cx, ss, comma):
        return True
    first = cx.text.find(",", ss, comma)
    return 0 <= first < comma and _apposition_from(cx, first + 1, comma)


def _apposition_from(cx: Context, ss: int, comma: int) -> bool:
    """:func:`_role_apposition` for the words from ``ss``."""
    text = cx.text
    words = words_in(text, ss, comma)
    if not 3 <= len(words) <= 14 or words[0][2].lower() not in DETERMINERS:
        return False
    if words[1][2].lower() not in cx.lc.roles or not words[-1][2][:1].isupper():
        return False
    k = len(words) - 1
    while (
        k > 2
        and words[k - 1][2][:1].isupper()
        and len(words) - k < 4
        and text[words[k - 1][1] : words[k][0]] in {" ", "\u00a0"}
    ):
        k -= 1  # back to the name's first word: "…, Marta Ibarra,"
    return text[back_over_space(text, ss, words[k][0]) - 1] == ","


def _particle_tail(text: str, tail: int, send: int) -> bool:
    """``…, fügte Fico hinzu.``, ``…, räumte sie ein.``: a separable verb's particle, alone
    after the speaker, ends the sentence of a cue that follows its clause."""
    words = words_in(text, tail, min(send, tail + 40))
    return len(words) == 1 and words[0][2] in _PARTICLES


def _addressee_tail(text: str, tail: int, send: int) -> bool:
    """``…, sagte er NBC.``, ``…, erklärte sie Reuters.``: a capitalised name of one to three
    words alone after the speaker (the addressee, in the dative with no article) ends the
    sentence of a cue that follows its clause."""
    words = words_in(text, tail, min(send, tail + 60))
    return 1 <= len(words) <= 3 and all(w[:1].isupper() for _, _, w in words)


def _adverb_tail(text: str, tail: int, send: int) -> bool:
    """``…, erklärte der Premierminister weiter.``, ``…, a ajouté le maire ensuite.``: one or
    two adverbs alone after the speaker end the sentence of a cue that follows its clause."""
    words = words_in(text, tail, min(send, tail + 40))
    return 1 <= len(words) <= 2 and all(w.lower() in _TAIL_ADVERBS for _, _, w in words)


# adverbs that may close an attribution after its speaker
_TAIL_ADVERBS = wordset(
    "weiter demnach zudem außerdem später ebenfalls auch noch encore ensuite aussi également "
    "además también luego después ainda também depois poi anche inoltre ancora"
)


# particles of the German separable speech verbs ("hinzufügen", "einräumen", "anmerken")
_PARTICLES = wordset("hinzu ein an fest zu")


def _adjunct_tail(cx: Context, tail: int, send: int, long_clause: bool = False) -> bool:
    """``CLAUSE, sagte Faeser in Berlin.``, ``…, dijo el ministro en rueda de prensa.``, ``…, a
    déclaré le maire à la presse.``: after the speaker of a cue that follows its clause, an
    adjunct (a preposition or a dative article, at most ten words, no clause of its own) ends the
    sentence; the clause before the cue is still what was said."""
    text = cx.text
    if send - tail > (240 if long_clause else 160):
        return False  # bounded: an adjunct is a few words, never a long run of text
    # "…, sagte X vom Lenox-Krankenhaus, der Trump seit 1980 betreut.": a relative clause
    # after the adjunct describes the speaker; the adjunct alone is read
    send = _relative_comma(cx, tail, send)
    words = words_in(text, tail, send)
    if not 1 <= len(words) <= (20 if long_clause else 10) or words[0][2].lower() not in _TAIL_OPENERS:
        return False
    if any(c in text[tail:send] for c in ',;:«»“”„"'):
        return False
    if long_clause:
        # "CLAUSE, dijo X durante un contacto que mantuvo con la prensa.": after a clause of six
        # words or more, a relative clause inside the adjunct ("un contacto que …") is no content
        words = [x for k, x in enumerate(words) if not (k >= 2 and x[2].lower() in cx.lc.complementisers)]
    return not any(w.lower() in cx.lc.complementisers or w.lower() in cx.lc.kinds for _, _, w in words)


def _relative_comma(cx: Context, tail: int, send: int) -> int:
    """Where a comma opening a relative clause (``, der …``, ``, qui …``, ``, che …``) stands
    in ``[tail, send)``, else ``send``: the first comma only."""
    comma = cx.text.find(",", tail, send)
    if comma < 0:
        return send
    nxt = words_in(cx.text, comma + 1, min(send, comma + 30))[:1]
    if not nxt or nxt[0][2].lower() not in RELATIVE_OPENERS or nxt[0][2].lower() in cx.lc.complementisers:
        return send  # "…, recordó a su madre, que siempre decía": "que" may open a reported clause
    return comma


# Words that open an adjunct after a postposed speaker: prepositions (fused with an article too)
# and dative articles of an addressee ("sagte Faeser der Zeitung", "dijo a los periodistas")
_TAIL_OPENERS = PREPOSITIONS | wordset(
    "am im beim vom gegenüber auf vor der dem den einer einem à au aux lors devant en a al ante "
    "durante tras ai agli alla alle al nel nella durante dopo em no na ao aos à às durante após "
    "mardi lundi mercredi jeudi vendredi samedi dimanche hier lunes martes miércoles jueves "
    "viernes sábado domingo ayer montag dienstag mittwoch donnerstag freitag samstag sonntag "
    "gestern heute ieri oggi ontem hoje"
)


def _parenthetical(cx: Context, cs: int, np: NP, ss: int, send: int) -> bool:
    """Whether an according-to cue and its source stand inside the sentence (``La dépression,
    plus faible selon Météo-France, va surtout concerner les côtes``): at least two words
    before the cue, and a comma after the source followed by at least three more words."""
    text = cx.text
    after = skip_chars(text, np.end, send, " \t\u00a0\u202f")
    if text[after : after + 1] != "," or word_count(text, ss, cs, 2) < 2:
        return False
    source = text[np.start : np.end].split()
    # a long phrase counts when a name ends it ("secondo la celebre affermazione dell'architetto
    # Louis Sullivan, …"): the source is set off all the same
    longest = _NAMED_SOURCE_WORDS if source[-1][:1].isupper() else 5
    if len(source) > longest or source[0].lower() in _RELATIVES:
        return False  # "secondo cui …" (a relative), a long bare phrase: no source set in the sentence
    return word_count(text, after + 1, send, 3) >= 3


_NAMED_SOURCE_WORDS = 9  # words of a source phrase ending in a name, set inside a sentence


def _set_in_clause(cx: Context, cs: int, ce: int, np: NP, ss: int, send: int) -> bool:
    """``Pachatel podle policie utekl autem``, ``Der Verdächtige ist laut Polizei geflohen``: an
    according-to cue set between the words of its clause, no comma around it, reports the whole
    sentence (not only the words after its source). Words must stand before the cue and two
    more after its source, the source must follow the cue directly, and no comma may follow
    the source (then the clause after it is the content, or :func:`_parenthetical` decides)."""
    text = cx.text
    if np.start != skip_chars(text, ce, np.end, " \t\u00a0\u202f") or text[cs:ce].lower() == "so":
        return False  # fillers between cue and source ("según informó la policía"): kept as before
    if text[back_over_space(text, ss, cs) - 1 : cs].strip(" \t\u00a0\u202f") in {",", "(", "–", "—", "-"}:
        return False
    after = skip_chars(text, np.end, send, " \t\u00a0\u202f")
    if text[after : after + 1] == "," or not text[ss : ss + 1].isalpha():
        return False
    return word_count(text, ss, cs, 1) >= 1 and word_count(text, after, send, 2) >= 2


# relatives after an according-to cue ("secondo cui", "según el cual"): the source is named before
_RELATIVES = frozenset({"cui", "quale", "cual", "qual", "quem", "quoi", "lequel", "laquelle", "dem", "denen"})


def _past_fillers(cx: Context, ce: int, se: int) -> int:
    """Where the source starts after an according-to cue ending at ``ce``: past the words the
    tables list as fillers (``según informó la policía``, ``secondo quanto riferito dalla
    polizia``), at most four, written one space apart; ``ce`` when none follows."""
    text = cx.text
    pos = ce
    impersonal = False  # "según se conoció", "secondo quanto si apprende": no one speaks ...
    for s, e, w in words_in(text, ce, min(se, ce + 80))[:_FILLER_WORDS]:
        if text[pos:s].strip(" \u00a0’'") or not _filler(w, cx):  # "qu’a": two words
            break
        pos = e
        low = w.lower()
        # ... unless a preposition brings the source in after all ("desde X")
        impersonal = (impersonal or low in _IMPERSONAL) and low not in _AGENT_PREPOSITIONS
    if impersonal or text[skip_chars(text, pos, se, " \t\u00a0\u202f") : pos + 2].startswith(","):
        # "Secondo quanto riferito, …", "según se conoció este jueves, …": no source named; the
        # fillers (and a time adjunct) describe it
        return ce
    return pos


# the impersonal clitic of a verb clause after an according-to cue, and the prepositions that
# bring in its source after all ("según se informó desde la alcaldía")
_IMPERSONAL = wordset("se si")
_AGENT_PREPOSITIONS = wordset("desde por da dal dalla dallo dai dagli dalle pelo pela pelos pelas")
_FILLER_WORDS = 5  # "según ha podido saber este diario", "de acuerdo a lo que ha conocido"
# the kinds of cue that are verbs: "según explicó", "según contó", "secondo ha spiegato"
_VERB_KINDS = frozenset({VERB, LENIENT, INVERSION})


def _filler(word: str, cx: Context) -> bool:
    """Whether ``word`` after an according-to cue belongs to the verb clause before its source:
    a filler of the tables (``lo``, ``que``, ``se``, ``pudo``, ``desde``) or a lower-case speech
    verb (``según argumentó la entidad``, ``según contó la vecina``); a document noun that is
    also a verb form (``según informe del banco``) is the source."""
    low = word.lower()
    if low in cx.lc.fillers:
        return True
    if "'" in low or "’" in low:
        # "selon ce qu'a indiqué X": the elided words are fillers each
        return all(part in cx.lc.fillers for part in low.replace("’", "'").split("'") if part)
    return (
        word[:1].islower()
        and not cx.lc.nouns_capitalised  # German "…, so sagt er weiter, …" is read as it was
        and low not in cx.lc.documents
        and cx.lc.kinds.get(norm_cue(low)) in _VERB_KINDS
    )


def _source_to_comma(cx: Context, np: NP, send: int) -> NP:
    """``Stando a quanto riportato dal Times of Israel, …``: a source whose name run stopped
    short of the comma opening the clause (``of Israel``) runs to that comma."""
    text = cx.text
    comma = text.find(",", np.end, min(send, np.end + 40))
    if comma < 0 or comma == np.end:
        return np
    rest = words_in(text, np.end, comma)
    if not 1 <= len(rest) <= 3 or not any(w[:1].isupper() for _, _, w in rest):
        return np
    if any(c in text[np.end : comma] for c in '.;:!?«»“”„"'):
        return np
    return NP(np.start, back_over_space(text, np.end, comma), np.kind)


def _bare_source(text: str, ce: int, send: int, clause_before: bool) -> NP | None:
    """The source after ``según`` / ``selon`` / ``laut`` written without a determiner or capital
    (``Según información del Consejo Electoral, …``, ``…, selon des sources policières.``): the
    words up to the comma that opens the clause, or to the sentence end; at most eight."""
    start = skip_chars(text, ce, send, " \t\u00a0\u202f")
    end = send if clause_before else text.find(",", start, min(send, start + 90))
    if end <= start or any(c in text[start:end] for c in '«»“”„"():;'):
        return None
    return (
        NP(start, back_over_space(text, start, end), "desc")
        if 1 <= word_count(text, start, end, 8) <= 8
        else None
    )


def _appositive(cx: Context, np: NP, ce: int, ss: int, comma: int, tail: int) -> bool:
    """``CLAUSE, afirmó X, jefe del departamento, …``: a speaker written after its cue and then
    a comma, after a clause of six words or more, ends the attribution (a shorter clause is
    the subject of a cue set inside the sentence: ``La política, enfatizó X, requiere …``)."""
    return np.start >= ce and cx.text[tail : tail + 1] == "," and word_count(cx.text, ss, comma, 6) >= 6


def _introduces(text: str, ss: int, send: int) -> bool:
    """Whether the sentence ends in a colon (``X, que conheceu o menino, escreveu, ao postar a
    foto:``): it introduces the quotation after it, and reports nothing itself."""
    end = back_over_space(text, ss, send)
    return text[end - 1 : end] == ":"


def _fragment_opens(cx: Context, clause: int, send: int) -> bool:
    """``Relotius gesteht, »Jaegers Grenze« weitgehend erfunden zu haben``: a quoted fragment
    opening a clause that goes on for two words or more after it is part of the reported clause
    (a whole quotation after the cue is the direct stage's)."""
    k = bisect.bisect_right(cx.inside_starts, clause) - 1
    if k < 0 or not cx.inside[k][0] <= clause < cx.inside[k][1]:
        return False
    a, b = cx.inside[k]
    return word_count(cx.text, a, b, 8) <= 8 and word_count(cx.text, b, send, 2) >= 2


def _relative_after(cx: Context, tail: int, send: int) -> bool:
    """Whether a relative clause or an appositive follows the speaker at ``tail`` (``…, sagte
    Gaby Berg, die als Sprecherin …``): the sentence still ends the attribution."""
    if cx.text[tail : tail + 1] != ",":
        return False
    nxt = words_in(cx.text, tail + 1, min(send, tail + 40))[:1]
    return bool(nxt) and (
        nxt[0][2].lower() in RELATIVE_OPENERS or nxt[0][2].lower() in cx.lc.roles or nxt[0][2] in DETERMINERS
    )


def sentence_before(cx: Context, cs: int, ce: int, sents: Sentences, ss: int) -> Raw | None:
    """``CLAUSE. Lo riferisce l'agenzia X.``: an inverted cue opening a sentence reports the one
    before it (in the same paragraph, when that one is not a quotation)."""
    k = bisect.bisect_left(sents.starts, ss) - 1
    if k < 0:
        return None
    ps, pe = sents[k]
    text = cx.text
    if text[ps : ps + 1] in CLOSERS or cx.quoted(ps) or cx.quoted(max(ps, pe - 2)):
        return None
    np = inverted_speaker(cx, cs, ce, min(sents[k + 1][1], ce + 200))
    if np is None:
        return None
    return indirect_raw(text, cs, ce, ps, ps, clause_end(text, ps, pe), np, "indirect:before")


def indirect_raw(
    text: str, cs: int, ce: int, ss: int, cstart: int, cend: int, np: NP | None, rule: str
) -> Raw | None:
    """A reported-speech candidate with content ``[cstart, cend)``, or None when the clause is too
    short to be speech."""
    if cend - cstart < 8 or len(text[cstart : cstart + 40].split()) < 2:
        return None
    mode = "np" if np is not None else "none"
    start = min(ss, cs, cstart)
    return Raw(start, max(cend, ce), cstart, cend, "indirect", (cs, ce), np, mode, rule, ss)


def colon_in_mood(cx: Context, here: list[Raw], sents: list[tuple[int, int]]) -> None:
    """``… eine Mail von Relotius kommt: Die meisten Gruppen seien verschlossen.``: a clause in
    the reported mood after a colon is reported speech; its source is the name before the colon
    (a lone capitalised word must read as a person when the speaker is resolved)."""
    text = cx.text
    covered = [(r.start, r.end) for r in here]
    for ss, se in sents:
        colon = text.find(": ", ss, se)
        if colon < 0 or cx.quoted(colon) or any(a <= colon < b for a, b in covered):
            continue
        start = skip_chars(text, colon + 1, se, " \t\u00a0\u202f")
        if text[start : start + 1] in CLOSERS or text[start : start + 1] in {"„", "‚"}:
            continue  # a quotation after the colon is the direct stage's
        if not any(w.lower() in cx.lc.mood for _, _, w in words_in(text, start, min(se, start + 120))[:8]):
            continue
        np = _colon_source(cx, ss, colon)
        found = indirect_raw(
            text, colon, colon + 1, ss, start, clause_end(text, ss, se), np, "indirect:colon"
        )
        if found is not None:
            found.cue = None
            found.mode = "np" if np is not None else "dropped"
            here.append(found)
    here.sort(key=lambda r: (r.start, r.end))


def _colon_source(cx: Context, ss: int, colon: int) -> NP | None:
    """The last capitalised word before the colon that no determiner introduces (``von
    Relotius``), or a pronoun subject opening the sentence."""
    words = words_in(cx.text, ss, colon)
    if words and words[0][2].lower() in cx.lc.pronouns:
        return NP(words[0][0], words[0][1], "pron")
    for i in range(len(words) - 1, 0, -1):
        s, e, w = words[i]
        if is_name_word(w, cx.lc) and words[i - 1][2].lower() not in DETERMINERS:
            return NP(s, e, "name")
    return None


_CONTINUES = 400  # characters after reported speech within which a sentence in its mood is the same speaker's
_REACH_IN_MOOD = 600  # characters after reported speech within which a sentence in its mood is reported


def continue_in_mood(cx: Context, here: list[Raw], before: list[Raw], sents: list[tuple[int, int]]) -> None:
    """Sentences in the mood of reported speech (``Man habe keine Wahl.``) right after reported
    speech continue it: indirect quotes of the same speaker, the whole sentence their content."""
    text = cx.text
    # the quotes a sentence may continue: this paragraph's and the last few before it, by end
    pool = sorted(r.cend for r in before[-8:] + here if r.kind != "scare")
    covered = sorted((r.start, r.end) for r in here)
    ends = list(itertools.accumulate((b for _, b in covered), max))  # running furthest end
    starts = [a for a, _ in covered]
    added: list[Raw] = []
    # where the forms that report alone stand in the paragraph: one scan, and a sentence far
    # from any speech is read only when one stands in its first words
    alone = (
        [m.start() for m in cx.lc.mood_re.finditer(text, sents[0][0], sents[-1][1])]
        if cx.lc.mood_re is not None and sents
        else []
    )
    for ss, se in sents:
        p = bisect.bisect_right(pool, ss) - 1  # the last quote ending before the sentence
        last_end = max(pool[p] if p >= 0 else -1, added[-1].cend if added else -1)
        near = last_end >= 0 and ss - last_end <= _REACH_IN_MOOD
        if not near:
            h = bisect.bisect_left(alone, ss)
            if h >= len(alone) or alone[h] >= min(se, ss + 160):
                continue
        k = bisect.bisect_left(starts, se) - 1  # the raws starting before the sentence ends
        if (k >= 0 and ends[k] > ss) or text[ss : ss + 1] in CLOSERS:
            continue
        found = words_in(text, ss, min(se, ss + 160))[:14]
        # a verb is written in lower case ("Versuche", "Spiele" are nouns)
        words = [w for _, _, w in found if w.islower()]
        if not (any(w in cx.lc.mood for w in words) if near else _alone_in_mood(cx, found, ss)):
            continue
        cend = clause_end(text, ss, se)
        # far from the speech it may continue, the mood alone tells no speaker
        mode = "inherit" if near and ss - last_end <= _CONTINUES else "none"
        raw = Raw(ss, cend, ss, cend, "indirect", None, None, mode, "indirect:continued", ss)
        added.append(raw)
    here.extend(added)
    here.sort(key=lambda r: (r.start, r.end))


def _alone_in_mood(cx: Context, words: list[tuple[int, int, str]], ss: int) -> bool:
    """Whether the sentence at ``ss`` (its first ``words``) is reported speech by its mood
    alone, with no speech before it (``Bei dem Deal handele es sich um …``): a lower-case form
    of :attr:`~newsparse.lang.LanguageTables.reported_mood_alone` after the first word (an
    opening ``Sei`` is an imperative, a capitalised ``Spiele`` a noun), not in a clause opened
    by ``als`` or ``ob`` (``als habe er …``, ``ob es eine Lösung gebe``: a comparison, a
    question), not in a set phrase (``es sei denn``, ``Gott sei Dank``, ``…, sei es A, sei es
    B``), in no quotation, and in a sentence with no first or second person (``ich habe``, an
    indicative)."""
    if cx.quoted(ss) or any(w.lower() in _PERSONAL for _, _, w in words):
        return False
    text = cx.text
    opener = -1  # where the last "als" or "ob" of the clause ends
    for i in range(1, len(words)):
        s, _, w = words[i]
        comma = "," in text[words[i - 1][1] : s]
        if comma:
            opener = -1  # a new clause
        if words[i - 1][2].lower() in _NOT_REPORTING:
            opener = words[i - 1][1]
        if w not in cx.lc.mood_alone or opener >= 0:
            continue  # (a capitalised form is a noun, or the sentence's first word)
        after = words[i + 1][2].lower() if i + 1 < len(words) else ""
        if w == "sei" and (after in _SET_AFTER or (comma and after == "es")):
            continue
        return True
    return False


# subjects with which a Konjunktiv I form is an indicative or an imperative ("ich habe", "wir
# gehen", "du sei")
_PERSONAL = frozenset({"ich", "du", "wir"})
# words before the verb that make it no report: a comparison ("als habe er …"), a question ("ob")
_NOT_REPORTING = frozenset({"als", "ob"})
# words after "sei" that make a set phrase, not reported speech ("es sei denn", "Gott sei Dank");
# "…, sei es A, sei es B" is one too, after a comma
_SET_AFTER = frozenset({"denn", "dank"})
