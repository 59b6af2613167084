"""Speaker phrases around a cue: a pronoun, a name (titles kept in the span), or a determiner
and role noun (``le ministre``, ``la portavoz``, ``der Sprecher``), read from the tables; in a
script without capitals (Devanagari), the words before the postposition."""

from __future__ import annotations

import itertools

from newsparse.rules.quotes.languages.cues import LanguageCues, norm_cue
from newsparse.rules.quotes.languages.text import words_in, wordset
from newsparse.rules.quotes.phrases import NP

# Capitalised nouns that open the name of an organisation, a place or an event, not a person
# ("Supremo Tribunal Federal", "Conseil constitutionnel", "Copa América"): never a pronoun's antecedent.
ORG_HEADS = wordset(
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
    "Rua Calle Rue Via Straße Avenida Avenue Viale Striscia Franja Faixa Bande Gaza Cisjordania Cisgiordania "
    # schools, laws, prizes and departments ("Escuela Superior del Partido", "Loi de Programmation")
    "Escuela Escola École Scuola Schule Colegio Colégio Collège Liceo Ley Lei Loi Legge Gesetz Título "
    "Titre Titolo Premio Prêmio Prix Preis Departamento Département Dipartimento Dirección Direção "
    "Direction Direzione Oficina Escritório Bureau Ufficio Centro Centre Zentrum Servicio Serviço Service "
    "Servizio Programa Programme Programma Plan Plano Piano Fondo Fundo Fonds Forum Foro Fórum"
)


# Words that open a noun phrase in the languages the tables cover (articles, demonstratives,
# possessives); a role noun after one refers to a person named before.
DETERMINERS = wordset(
    "le la les l’ l' un une ce cette son sa ses leur el los las lo uno una su sus este esta "
    "der die das den dem des ein eine einer sein seine ihr ihre o a os as um uma seu sua "
    "il lo gli i un' uno del della dello dei degli al alla nel nella"
)  # fmt: skip


# Lower-case words allowed inside a name (``Ursula von der Leyen``, ``Luiz Inácio Lula da Silva``)
# German articles join a name only after "von" / "van" ("von der Leyen")
_ARTICLE_JOINERS = wordset("der den dem des")
# Words that open a relative clause or an appositive after a speaker's name ("sagte Gaby Berg,
# die als Sprecherin …", "a précisé Jean Roux, qui …", "dijo Ana Gil, la portavoz …")
RELATIVE_OPENERS = wordset(
    "qui que dont lequel laquelle quien quienes cual cuales que quem qual quais che cui il quale la quale "
    "der die das welcher welche welches dessen deren"
)
NAME_JOINERS = wordset(
    "de du des la le von der van den da do dos das di del della degli dei delle dello dell' dell’ "
    "y e al el bin ben"
)


# Prepositions of the Latin-script languages: capitalised only at a sentence start, never a name
# ("Ad Adnkronos spiega"), and what an adjunct between a cue and its subject opens ("Lo ha detto
# a SkyTg24 l'ambasciatore").
PREPOSITIONS = wordset(
    "a ad al à au aux en em na no su sul sulla in im con per via zu zum zur bei mit von vor nach "
    "para por pelo pela sobre ante tras desde durante com dans sur pour avec chez"
)


def is_name_word(word: str, lc: LanguageCues) -> bool:
    """Whether ``word`` can be part of a name: capitalised (not a sentence-opening function word,
    pronoun or preposition) or a short acronym."""
    low = word.lower()
    if low in lc.function_words or low in lc.pronouns or low in PREPOSITIONS or low in _LEAD_ADVERBS:
        return False  # "Em fevereiro", "Segundo ele", "Enfin, …": a capitalised sentence opener
    return (word[:1].isupper() and not word.isupper()) or (
        word.isupper() and 2 <= len(word) <= 6  # an acronym: "CNIL", "PSOE"
    )


def phrase_after(text: str, pos: int, hi: int, lc: LanguageCues) -> NP | None:
    """The speaker phrase starting at ``pos`` (after an inverted cue): a pronoun, a name, or a
    determiner, role words and an optional name (``el alcalde de Lima, Juan Pérez``)."""
    words = words_in(text, pos, min(hi, pos + 160))
    if not words or text[pos : words[0][0]].strip(" \t\u00a0\u202f") not in {"", ","}:
        return None
    s, e, w = words[0]
    low = w.lower()
    subject = _past_set_adjunct(text, pos, words, hi)
    if subject is None:
        subject = _past_leading_adverbs(text, words, lc)
    if subject is not None:
        # "Così, in un post su Facebook, il presidente X", "a déclaré, lors d'un point presse,
        # le ministre X": an adjunct set off by commas stands between the cue and its subject
        return phrase_after(text, subject, hi, lc)
    if low in lc.pronouns:
        return NP(s, e, "pron")
    if lc.case_blind:
        return _run_case_blind(words, 0, text)
    t = 0
    while t + 1 < len(words) and t < 3 and (low in lc.titles or f"{low}." in lc.titles):
        t += 1  # "M. Caldwell", "Dr. Weber", "la ministra Ana Pérez": the title stays in the span
        low = words[t][2].lower()
    if t and is_name_word(words[t][2], lc):
        return NP(s, _name_run(words, t, text, lc).end, "name")
    body = bare_body(text, words, lc)
    if body is not None:
        return body
    if is_name_word(w, lc) and low not in DETERMINERS:
        return _name_run(words, 0, text, lc)
    elided = low in _ELIDED and text[e : e + 1] in {"’", "'"}  # "l’élu": the word splits at ’
    # "meint deren Sozialsprecher Herbert Kickl": a German possessive relative before the role
    possessive = low in _POSSESSIVE_RELATIVES and len(words) > 1 and words[1][2][:1].isupper()
    if low in lc.documents:
        # "si legge nella nota della Regione", "lê-se no comunicado do ministério": after a
        # reading cue that carries the article, a document and the body that issued it
        return _document_phrase(text, words, lc)
    if w in _CONTRACTIONS:  # written lower case: "Al Jazeera" is a name
        return None  # "dijo al auditorio", "ha detto alla stampa": a preposition's object, no subject
    if w in PREPOSITIONS and w not in lc.articles and text[pos : words[0][0]].strip(" \t\u00a0\u202f") == ",":
        return None  # "”, disse, sobre o Pan de Lima.": what the words were about, no subject
    if w in ARTICLE_OR_PREPOSITION and w not in lc.articles:
        return None  # "explicó a La Nación", "respondió a la publicación": whom the words went to
    if low in DETERMINERS and _titled_name(words, lc):
        # "la Pr Joly", "le Dr Roux": a titled name
        return NP(s, _name_run(words, 2, text, lc).end, "name")
    if low in DETERMINERS or low.startswith(("l’", "l'")) or elided or possessive:
        end = e
        j = 1
        if low.startswith(("l’", "l'")) and len(w) > 2:
            j = 0  # "l’avocat": the article is glued to the noun
        while (
            j < len(words)
            and j < 6
            and text[end : words[j][0]].strip(" ’'" if elided and j == 1 else " ") == ""
        ):
            _, we, wt = words[j]
            if wt.lower() in _PHRASE_STOPS:
                break
            if (
                j == 1
                and lc.nouns_capitalised
                and (wt.lower() in lc.group_heads or wt.lower() in lc.roles or lc.compound_title(wt.lower()))
                and _ends_body(words, j, lc)
            ):
                # "laut der Polizei ist der Verdächtige …": the body ends the phrase (where nouns
                # are capitalised, a lower-case word after one is no part of it; in French or
                # Italian it may be an adjective: "le rapport annuel")
                end = we
                break
            if is_name_word(wt, lc) and not _common_noun(words, j, lc) and wt.lower() not in lc.roles:
                run = _name_run(words, j, text, lc)
                prev = words[j - 1][2].lower()
                if prev in NAME_JOINERS or (j > 1 and prev.startswith(_ELIDED_JOINERS)):
                    # "el secretario general de La Cámpora", "il capo dell'agenzia Onu": a
                    # complement, still a description
                    end = run.end
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
            if name is not None and name.kind == "name" and not _opens_clause(text, name.end, hi):
                return name
        name = _holder_after_long_role(text, end, hi, lc)
        if name is None and _opens_quotation(text, end):
            return None  # "a déploré une nouvelle « atrocité »": the verb's object, whose words follow
        return name if name is not None else NP(s, end, "desc")
    return None


# a preposition and its article in one word: what follows is the preposition's object
_CONTRACTIONS = wordset("al alla allo alle agli ai nel nella nello nei negli au aux ao à às")


# an article in some languages, a preposition in others: an article only where the language's
# group tables open with it (Portuguese "a polícia"; Spanish and Italian "a" is "to")
ARTICLE_OR_PREPOSITION = wordset("a")


def _document_phrase(text: str, words: list[tuple[int, int, str]], lc: LanguageCues) -> NP | None:
    """A document noun and the name that follows it (``nota della Regione Lombardia``): its
    genitive joiners and capitalised words, at most six, the joiners never last. A document
    of a common noun (``comunicado do proprietário do bar``) is no source phrase: where it
    ends is not known."""
    if (
        len(words) > 2
        and words[1][2].lower() in NAME_JOINERS
        and not words[2][2][:1].isupper()
        and not text[words[0][1] : words[1][0]].strip(" \u00a0")
    ):
        return None
    end = last = words[0][1]
    for j in range(1, min(len(words), 7)):
        s, e, w = words[j]
        if text[last:s].strip(" \u00a0"):
            break  # punctuation ends the phrase
        if w[:1].isupper():
            end = e
        elif w.lower() not in NAME_JOINERS:
            break
        last = e
    return NP(words[0][0], end, "desc")


def _opens_clause(text: str, end: int, hi: int) -> bool:
    """Whether the name ending at ``end`` opens a clause of its own rather than standing in
    apposition to the role before it: a lower-case word (its verb) follows it right away
    (``selon un proche du maire, Jean Dupont sait convaincre``), where an apposition ends at a
    comma or the sentence's end (``le maire, Jean Dupont, a dit``)."""
    after = text[end : min(hi, end + _CLAUSE_PEEK)].lstrip(" \u00a0")
    return after[:1].islower()


_CLAUSE_PEEK = 8  # characters read after a name for the first letter of the word that follows


def _opens_quotation(text: str, end: int) -> bool:
    """Whether an opening quotation mark follows ``end`` (past spaces)."""
    return text[end : end + 3].lstrip(" \u00a0\u202f")[:1] in _OPENING_MARKS


_OPENING_MARKS = frozenset('«“„"‚')


def _past_set_adjunct(text: str, pos: int, words: list[tuple[int, int, str]], hi: int) -> int | None:
    """Where the subject starts after an adjunct set off by commas right after a cue (``, in un
    post sul suo profilo Facebook, il …``): a comma, a lower-case preposition, then the next
    comma within ``_SET_ADJUNCT`` characters with no sentence punctuation; else None."""
    if text[pos : words[0][0]].strip(" \t\u00a0\u202f") != "," or words[0][2] not in _ADJUNCT_OPENERS:
        return None
    comma = text.find(",", words[0][1], min(hi, words[0][1] + _SET_ADJUNCT))
    if comma < 0 or any(c in text[words[0][1] : comma] for c in '.;:!?«»“”"\n'):
        return None
    return comma + 1


def _past_leading_adverbs(text: str, words: list[tuple[int, int, str]], lc: LanguageCues) -> int | None:
    """Where the subject starts after adverbs written, with no comma, between a speech verb and
    its subject (``», rappelle ainsi X``, ``», résume quant à elle X``, ``», s'est défendu
    mercredi le porte-parole X``, ``», afirmó por su parte el ministro``); None when the first
    word is none (or is capitalised: a sentence-opening word is the subject itself)."""
    k = 0
    while k < _LEAD_WORDS and k < len(words) - 1:
        if k and text[words[k - 1][1] : words[k][0]] not in {" ", "\u00a0"}:
            return None  # only spaces between the skipped words
        date = _date_at(text, words, k, lc)
        if date:
            k += date
            continue
        low = words[k][2]
        if not low[:1].islower():
            break
        emphatic = _emphatic_at(words, k, lc)
        if emphatic:
            k += emphatic
        elif low in _LEAD_ADVERBS or low in lc.weekdays or (k and _day_part(words, k, lc)):
            k += 1
        else:
            break
    if k == 0 or k >= len(words) or text[words[k - 1][1] : words[k][0]] not in {" ", "\u00a0"}:
        return None
    return words[k][0]


def date_ahead(text: str, pos: int, hi: int, lc: LanguageCues) -> bool:
    """Whether a date adjunct (:func:`_date_at`) opens at ``pos``: an inversion cue's article
    that opens one (``declaró el 10 de abril que``) is no subject's article."""
    words = words_in(text, pos, min(hi, pos + 60))[:_DATE_WORDS]
    return bool(words) and _date_at(text, words, 0, lc) > 0


_DATE_WORDS = 8  # a date adjunct is at most this many words ("el pasado lunes 10 de abril de 2022")


def _date_at(text: str, words: list[tuple[int, int, str]], k: int, lc: LanguageCues) -> int:
    """How many words a date adjunct opening at ``words[k]`` takes (``el 10 de abril``, ``le 3
    mars``, ``am 5. Mai``, ``il lunedì``, ``em 12 de maio de 2022``); 0 when none opens there.
    It opens with an article, a preposition or a day number and holds a month or a weekday:
    what follows it is the cue's subject or complement, never the date itself."""
    j = k
    if words[j][2].lower() in _DATE_OPENERS:
        j += 1
    if j < len(words) and words[j][2].lower() in _DATE_ORDINALS:
        j += 1  # "el pasado 10 de abril", "le dernier lundi"
    if j < len(words) and words[j][2].lower() in lc.weekdays:
        j += 1
        if j >= len(words) or not words[j][2].isdigit():
            # "el lunes": an article and a weekday (a bare weekday is one of the lead adverbs)
            return j - k if j - k > 1 and words[k][2].lower() in _DATE_OPENERS else 0
    if j < len(words) and words[j][2].isdigit() and len(words[j][2]) <= 2:
        j += 1
    elif j == k or (words[j - 1][2].lower() in _DATE_ORDINALS and j - k == 1):
        return 0  # no article, preposition or day number before the month
    if j < len(words) and words[j][2].lower() in _DATE_JOINERS:
        j += 1
    if j >= len(words) or words[j][2].lower().rstrip(".") not in lc.months:
        return 0
    j += 1
    if j + 1 < len(words) and words[j][2].lower() in _DATE_JOINERS and words[j + 1][2].isdigit():
        j += 2  # "de 2022"
    elif j < len(words) and words[j][2].isdigit() and len(words[j][2]) == 4:
        j += 1  # "le 3 mars 2022"
    if any(c in text[words[k][0] : words[j - 1][1]] for c in ',;:!?"«»“”\n'):
        return 0
    return j - k


# what opens a date adjunct: an article or a preposition ("el 10 de abril", "am 5. Mai")
_DATE_OPENERS = wordset("el le il lo la o no na em en am im al nel dans")
_DATE_ORDINALS = wordset("pasado dernier passado último ultimo scorso passato vergangenen letzten")
_DATE_JOINERS = wordset("de di del")


def _titled_name(words: list[tuple[int, int, str]], lc: LanguageCues) -> bool:
    """Whether a title of the tables and a name follow the first word (``la Pr Joly-Gomez``)."""
    return len(words) > 2 and words[1][2].lower() in lc.titles and is_name_word(words[2][2], lc)


def _day_part(words: list[tuple[int, int, str]], k: int, lc: LanguageCues) -> bool:
    """Whether ``words[k]`` is a part of the day after a weekday (``mercredi soir``)."""
    return words[k][2] in _DAY_PARTS and words[k - 1][2] in lc.weekdays


def _emphatic_at(words: list[tuple[int, int, str]], k: int, lc: LanguageCues) -> int:
    """How many words an emphatic aside opening at ``words[k]`` takes (``quant à elle``, ``pour
    sa part``, ``por su parte``, ``dal canto suo``, ``seinerseits``); 0 when none opens there.
    A stressed pronoun in one (``quant à lui``) is no subject: it repeats the subject."""
    for n in (3, 2, 1):
        if k + n <= len(words) and " ".join(w[2].lower() for w in words[k : k + n]) in _EMPHATIC_ASIDES:
            return n
    if k + 2 < len(words) and f"{words[k][2]} {words[k + 1][2]}".lower() in _EMPHATIC_LEADS:
        return 3 if words[k + 2][2].lower() in lc.pronouns else 0
    return 0


_LEAD_WORDS = 4  # adverbs and asides read between a verb and its subject
# adverbs news writes between a speech verb after a quote and its subject
_LEAD_ADVERBS = wordset(
    "ainsi aussi également encore ensuite alors enfin hier aujourd'hui toutefois pourtant même "
    "también además luego después ayer hoy asimismo entonces todavía finalmente "
    "também ainda depois ontem hoje então "
    "anche poi ancora inoltre ieri oggi infine quindi "
    "auch noch dann gestern heute zudem außerdem ebenfalls weiter"
)
_DAY_PARTS = wordset("soir matin après-midi noche mañana tarde noite manhã sera mattina abend morgen")
# asides that say "for their part": never a speaker themselves
_EMPHATIC_ASIDES = frozenset(
    {"seinerseits", "ihrerseits", "pour sa part", "de son côté", "por su parte", "a su vez", "por sua vez",
     "por seu lado", "dal canto suo", "da parte sua", "per parte sua"}
)  # fmt: skip
# "quant à lui", "quanto a lui": a lead and a stressed pronoun
_EMPHATIC_LEADS = frozenset({"quant à", "quanto a"})


# what opens such an adjunct: a preposition, lower case ("in un post", "lors d'un point presse")
_ADJUNCT_OPENERS = PREPOSITIONS | wordset(
    "lors pendant après devant durante tras após nel nella nei dopo bei im am während nach auf"
)
_SET_ADJUNCT = 80  # characters of an adjunct between a cue and its subject ("lors d'un point presse")


def _holder_after_long_role(text: str, end: int, hi: int, lc: LanguageCues) -> NP | None:
    """``el Miembro del Buró Político y presidente de la Asamblea Nacional, Esteban Lazo``: a
    role phrase longer than the six words read runs on to a comma and the name of its holder;
    taken only when that name opens with a known given name (the role's complement may name
    bodies and places), with no sentence punctuation between, within ``_LONG_ROLE`` characters."""
    comma = text.find(", ", end, min(hi, end + _LONG_ROLE))
    if comma < 0 or any(c in text[end:comma] for c in '.;:!?«»“”"\n('):
        return None
    # imported here: names imports this module (a top-level import would be a cycle)
    from newsparse.rules.quotes.languages.names import given_gender

    name = phrase_after(text, comma + 2, hi, lc) if text[comma + 2 : comma + 3].isupper() else None
    if name is None or name.kind != "name" or " " not in text[name.start : name.end]:
        return None
    if _opens_clause(text, name.end, hi):
        return None  # "selon un proche du maire, Jean Dupont sait …": the name is the next clause's subject
    return name if given_gender(text[name.start : name.end], lc) is not None else None


_LONG_ROLE = 120  # characters of a role and its complements before the holder's name


def bare_body(text: str, words: list[tuple[int, int, str]], lc: LanguageCues) -> NP | None:
    """A body the tables list written without a determiner at the head of ``words``: the usual
    form in a language without articles (Czech ``Policie uvedla``, ``podle hasičů``) and after
    German ``laut`` (``laut Polizei``); the longest of three, two or one words, one space apart.
    A capitalised body is no person's name, so this is tried before the name run."""
    if not lc.groups or words[0][2].lower() in DETERMINERS:
        return None
    for n in (3, 2, 1):
        run = words[:n]
        spaced = all(text[a[1] : b[0]] in {" ", "\u00a0"} for a, b in itertools.pairwise(run))
        if len(run) == n and spaced and norm_cue(" ".join(x[2] for x in run)) in lc.groups:
            return NP(run[0][0], run[-1][1], "desc")
    return None


def _ends_body(words: list[tuple[int, int, str]], j: int, lc: LanguageCues) -> bool:
    """Whether the body noun ``words[j]`` ends its phrase: the next word is lower case and no
    joiner (``die Polizei der Stadt`` goes on; ``der Polizei ist``, ``der Mitteilung die
    Initiative`` do not)."""
    if j + 1 >= len(words):
        return True
    nxt = words[j + 1][2].lower()
    if nxt in _ARTICLE_JOINERS:
        return nxt not in _GENITIVE_ARTICLES  # "der Polizei des Landes" goes on; "… den Plan" not
    return words[j + 1][2][:1].islower() and nxt not in NAME_JOINERS


# the articles of a genitive complement after a body ("die Polizei der Stadt", "des Landes")
_GENITIVE_ARTICLES = wordset("der des")


# prepositions fused with an elided article, glued to the noun of a complement ("dell'agenzia",
# "d'Amnesty"): a name after that noun belongs to the complement
_ELIDED_JOINERS = ("dell'", "dell’", "d'", "d’", "dall'", "dall’")


# articles elided before a vowel, split from their noun by a curly apostrophe ("l’élu", "dell’esercito")
_ELIDED = wordset("l dell all dall nell sull un")


def _common_noun(words: list[tuple[int, int, str]], j: int, lc: LanguageCues) -> bool:
    """In a language that capitalises nouns, a capitalised word in a description is a noun (``das
    Ziel der Initiative``, ``der Sprecher``) unless a second capitalised word follows it (``der
    Sprecher Hans Müller``: the name starts at ``Hans``)."""
    if not lc.nouns_capitalised:
        return False
    word = words[j][2]
    if word.lower() in lc.roles or lc.compound_title(word.lower()):
        return True
    return not (j + 1 < len(words) and is_name_word(words[j + 1][2], lc))


def _name_run(words: list[tuple[int, int, str]], j: int, text: str, lc: LanguageCues) -> NP:
    s, e, _ = words[j]
    k = j + 1
    while k < len(words) and k - j < 6 and _joined(text, words, k, lc):
        wt = words[k][2]
        if is_name_word(wt, lc):
            e = words[k][1]
        elif len(wt) == 1 and wt.isupper() and text[words[k][1] : words[k][1] + 1] == ".":
            e = words[k][1] + 1
            if k + 1 < len(words) and words[k + 1][0] == e + 1 and is_name_word(words[k + 1][2], lc):
                e = words[k + 1][1]  # "Jean F. Roux": a middle initial, the name runs on
                k += 2
                continue
            break  # "Yassin E.": a surname cut to its initial ends the name
        elif (
            wt.lower() in NAME_JOINERS
            and (wt.lower() not in _ARTICLE_JOINERS or words[k - 1][2].lower() in {"von", "van"})
            and k + 1 < len(words)
            and is_name_word(words[k + 1][2], lc)
        ):
            pass  # "Ursula von der Leyen", never "Allendorf der Frankfurter Allgemeinen" (a dative)
        else:
            break
        k += 1
    if k < len(words) and words[j][2] in ORG_HEADS and not lc.nouns_capitalised:
        e = _past_body_adjectives(text, words, k, e)
    return NP(s, e, "name")


def _body_before_adjectives(
    text: str, lo: int, words: list[tuple[int, int, str]], lc: LanguageCues, antecedent: bool
) -> NP | None:
    """``Le Fonds monétaire international a estimé``: a body's name that opens with a body's
    noun and ends in lower-case adjectives (see :func:`_past_body_adjectives`), read backwards
    from the verb; None for anything else."""
    if lc.nouns_capitalised or not words[-1][2].islower():
        return None
    k = len(words)
    while k > 1 and len(words) - k < _BODY_ADJECTIVES and _body_adjective(words[k - 1][2]):
        if text[words[k - 2][1] : words[k - 1][0]] not in {" ", "\u00a0"}:
            return None
        k -= 1
    if k == len(words) or not is_name_word(words[k - 1][2], lc):
        return None
    inner = _phrase_ending(text, lo, words[k - 1][1], lc, antecedent)
    if inner is None or inner.kind == "pron":
        return None
    head = next((w for w in text[inner.start : inner.end].split() if w[:1].isupper()), "")
    return NP(inner.start, words[-1][1], inner.kind) if head in ORG_HEADS else None


def _body_adjective(word: str) -> bool:
    """Whether ``word`` ends as the lower-case adjectives in bodies' names do."""
    return word.isalpha() and word.islower() and len(word) >= 4 and word.endswith(_BODY_ADJECTIVE_ENDS)


def _past_body_adjectives(text: str, words: list[tuple[int, int, str]], k: int, end: int) -> int:
    """Where a body's name that opens with a body's noun ends, past the lower-case adjectives
    French and Italian write in it (``Conseil constitutionnel``, ``Banque centrale européenne``,
    ``Forum économique mondial``, ``Corte costituzionale``): up to three words from ``words[k]``,
    one space apart, each ending as such adjectives do; ``end`` when none follows."""
    for i in range(k, min(k + _BODY_ADJECTIVES, len(words))):
        word = words[i][2]
        if text[words[i - 1][1] : words[i][0]] not in {" ", "\u00a0"}:
            break
        if not _body_adjective(word):
            break
        end = words[i][1]
    return end


_BODY_ADJECTIVES = 3  # "Fonds monétaire international", "Organisation mondiale de la santé" (two)
# endings of the adjectives in bodies' names ("constitutionnel", "centrale", "européenne",
# "monétaire", "économique", "internazionale", "superiore"); no verb or participle ends so
# ("a déclaré", "ha detto", "indique" would: "-ique" is left to whole adjectives below)
_BODY_ADJECTIVE_ENDS = (
    "al", "ale", "aux", "el", "elle", "nel", "nelle", "éen", "éenne", "ien", "ienne", "aire", "ario",
    "aria", "onomique", "nomique", "ntifique", "blique", "itique", "ore", "ea", "eo", "ais", "aise",
    "ese", "ano", "ana",
)  # fmt: skip


def _joined(text: str, words: list[tuple[int, int, str]], k: int, lc: LanguageCues) -> bool:
    """Whether ``words[k]`` goes on the run ``words[k - 1]`` ends: a space between, or a title's
    abbreviating full stop (``Innenminister Dr. Ingo Wolf``, ``el Sr. Ruiz``)."""
    gap = text[words[k - 1][1] : words[k][0]]
    return gap in {" ", "\u00a0"} or (gap in {". ", ".\u00a0"} and f"{words[k - 1][2].lower()}." in lc.titles)


def _run_case_blind(words: list[tuple[int, int, str]], j: int, text: str) -> NP | None:
    # "के मुताबिक पुलिस अधीक्षक राम सिंह ने": up to three words, to the next punctuation
    run = words[j : j + 3]
    return NP(run[0][0], run[-1][1], "name") if run else None


# Hindi postpositions and particles that close the phrase before them ("दिल्ली में पुलिस ने")
CASE_BLIND_STOPS = wordset(
    "में से को का की के पर और ने भी तो ही कि एक इस उस यह वह है था थी इससे पहले बाद इसके उसके आगे जब तब "
    "वहीं फिर साथ दौरान अब लेकिन हालांकि गई गया दी दिया"
)


def phrase_before(text: str, lo: int, pos: int, lc: LanguageCues) -> NP | None:
    """The speaker phrase ending at ``pos`` (before a cue): a pronoun, a name (titles kept in the
    span), or a determiner and role noun, within the sentence from ``lo``; a name before an
    appositive (``Ana Ruiz, secretaria del Partido en Matanzas, comentó``) rather than its end."""
    np = _phrase_ending(text, lo, pos, lc)
    if np is None or np.kind == "pron" or lc.case_blind:
        return np
    return _appositive_head(text, lo, np, pos, lc) or np


def _appositive_head(text: str, lo: int, np: NP, pos: int, lc: LanguageCues) -> NP | None:
    """The name a comma-set appositive describes, when the phrase before a cue ends that
    appositive: ``[adjunct,] Name Surname, role …[ Place], verb``."""
    c2 = text.rfind(",", lo, np.start + 1)
    if c2 < 0 or pos - c2 > 140:
        return None
    apposition = text[c2 + 1 : pos].lstrip(" \u00a0")
    head = apposition.split(" ", 1)[0].lower()
    if not apposition[:1].islower() and head not in lc.roles and head not in lc.titles:
        # "Ana Ruiz, Juan Gil, dijeron": a second name, not a role; a capitalised role
        # ("Jesús Estrada Ferreiro, Presidente de Culiacán, señaló") is still one
        return None
    c1 = text.rfind(",", lo, c2)
    words = words_in(text, c1 + 1 if c1 >= 0 else lo, c2)
    if not 2 <= len(words) <= 5 or words[0][2].lower() in DETERMINERS:
        return None
    inner = words[1:-1]
    if not (
        is_name_word(words[0][2], lc)
        and is_name_word(words[-1][2], lc)
        and all(is_name_word(w, lc) or w.lower() in NAME_JOINERS for _, _, w in inner)
    ):
        return None
    return NP(words[0][0], words[-1][1], "name")


def _phrase_ending(text: str, lo: int, pos: int, lc: LanguageCues, antecedent: bool = False) -> NP | None:
    """The speaker phrase ending at ``pos``; ``antecedent``: the phrase a relative pronoun after
    it stands for (``se le preguntó a Yurramendi, quien señaló``), which may be an object."""
    pos = before_brackets(text, lo, pos)
    words = words_in(text, max(lo, pos - 160), pos)
    # "Herzi Halevi, ha affermato": a comma may stand between the subject and its verb
    if not words or text[words[-1][1] : pos].strip(" \t\u00a0\u202f") not in {"", ","}:
        return None
    if len(words) > 2 and words[-1][2].lower() in _ADVERBS and words[-2][2].lower() in RELATIVE_OPENERS:
        words = words[:-1]  # "X, quien también enfatizó que …", "X, qui a aussi …": the relative
    if len(words) > 1 and words[-1][2].lower() in RELATIVE_OPENERS:
        # "Mme Hidalgo, qui a dit que …", "el alcalde X, quien dijo que …": the relative's
        # antecedent, right before its comma, speaks
        comma = back_over_space_to(text, words[-1][0])
        if comma > lo and text[comma - 1] == ",":
            return _phrase_ending(text, lo, comma - 1, lc, antecedent=True)
    relative = _before_relative_clause(text, lo, pos, words, lc)
    if relative is not None:
        return relative
    aside = _aside_before(words, lc)
    if aside is not None:
        # "Josep Borrell, s'était quant à lui dit", "Ana Gil, por su parte, dijo": the aside
        # repeats the subject written before it
        return _phrase_ending(text, lo, aside, lc) if aside > lo else None
    if words[-1][2].lower() in lc.pronouns:
        return NP(words[-1][0], words[-1][1], "pron")
    if len(words) > 1 and words[-1][2].lower() in _INTENSIFIERS and words[-2][2].lower() in lc.pronouns:
        return NP(words[-2][0], words[-2][1], "pron")  # "como él mismo dijo", "wie er selbst sagte"
    if lc.case_blind:
        k = len(words)
        while k > 0 and len(words) - k < 3 and words[k - 1][2] not in CASE_BLIND_STOPS:
            k -= 1
        if k == len(words):
            return None
        return NP(words[k][0], words[-1][1], "name")
    s, e, w = words[-1]
    low = w.lower()
    if low in lc.pronouns:
        return NP(s, e, "pron")
    body = _body_before_adjectives(text, lo, words, lc, antecedent)
    if body is not None:
        return body
    for n in (2, 3, 1):
        # "Das Ministerium erklärte", "a Polícia Federal informou", Czech "Policie uvedla": a body
        # the tables list, whose capitalised noun is no person's name
        if len(words) >= n and norm_cue(" ".join(x[2] for x in words[-n:])) in lc.groups:
            return NP(words[-n][0], e, "desc")
    if is_name_word(w, lc):
        k = len(words) - 1
        while k > 0 and len(words) - k < 6 and text[words[k - 1][1] : words[k][0]] in {" ", "\u00a0"}:
            prev = words[k - 1][2]
            if is_name_word(prev, lc) or (
                prev.lower() in NAME_JOINERS and k - 2 >= 0 and is_name_word(words[k - 2][2], lc)
            ):
                k -= 1
                continue
            break
        head = words[k][2]
        if head.lower() in lc.pronouns or (k == len(words) - 1 and head.lower() in DETERMINERS):
            return None
        if not antecedent and k >= 1 and _object_before(text, words, k, lc):
            # "en diálogo con Radio Nacional dijo", "que se atribuyen a Arana y Santiváñez,
            # indicó": a preposition's object is no subject; the verb's is unwritten
            return None
        if k + 1 < len(words) and head.lower() in lc.roles and words[k + 1][2].lower() in NAME_JOINERS:
            # "Ministro de Energía y Minas asegura": a role capitalised at a line's start and its
            # complement, not a name ("Ministro" is nobody's given name)
            return NP(words[k][0], e, "desc")
        role = _role_before_complement(words, k, lc)
        if role is not None:
            return NP(words[role][0], e, "desc")
        if k >= 2 and words[k - 1][2].lower() in NAME_JOINERS and words[k - 2][2].lower() in SOURCE_NOUNS:
            return NP(words[k - 2][0], e, "desc")  # "fuentes de ERC precisan": unnamed sources of a body
        return NP(words[k][0], e, "name")
    # "le ministre", "die Polizei", "il sindaco della città": a determiner within six words
    # before a role or group noun
    for k in range(len(words) - 1, max(len(words) - 7, -1), -1):
        wk = words[k][2].lower()
        if (wk in DETERMINERS or wk.startswith(("l’", "l'"))) and any(
            _unelided(x[2]) in lc.roles or norm_cue(f"{wk} {x[2]}") in lc.groups or x[2].lower() in lc.groups
            for x in words[k : k + 3]
        ):
            return NP(words[k][0], e, "desc")
        if wk in _PHRASE_STOPS or wk in lc.complementisers:
            return None
    if low in lc.groups or low in lc.roles:
        return NP(s, e, "desc")
    return None


def _before_relative_clause(
    text: str, lo: int, pos: int, words: list[tuple[int, int, str]], lc: LanguageCues
) -> NP | None:
    """``Felipe Neto, que conheceu o menino, escreveu``, ``Ana Roux, qui dirige le centre, a
    dit``, ``el periodista, cuyo diario cerró en Lima, advirtió``: a relative clause set off by
    commas between a subject and its verb; the name or role before it (the clause's last name
    is only its own object), or None when no such clause ends the words."""
    if text[words[-1][1] : pos].strip(" \t\u00a0\u202f") != ",":
        return None
    c2 = text.rfind(",", max(lo, pos - _POSSESSIVE_REACH), words[-1][0])
    if c2 <= lo:
        return None
    after = words_in(text, c2 + 1, words[-1][1])
    if len(after) < 2 or after[0][2].lower() not in _SUBJECT_RELATIVES | _WHOSE_RELATIVES:
        return None
    if pos - c2 > _RELATIVE_REACH and after[0][2].lower() not in _WHOSE_RELATIVES:
        return None
    inner = _phrase_ending(text, lo, c2, lc)
    return inner if inner is not None and inner.kind in {"name", "desc"} else None


_RELATIVE_REACH = 90  # characters of a relative clause between a subject and its verb
_POSSESSIVE_REACH = 150  # ... of a possessive one, which holds a subject of its own and runs longer
# relatives that open a clause about the subject before them
_SUBJECT_RELATIVES = wordset("qui que quien quienes che der die das welcher welche")
# possessive relatives ("cuyo periódico", "dont le fils", "cuja filha", "dessen Partei"): the
# clause has its own subject, and a name ending it (a place, an object) is no speaker
_WHOSE_RELATIVES = wordset("cuyo cuya cuyos cuyas dont cujo cuja cujos cujas dessen deren")


def _aside_before(words: list[tuple[int, int, str]], lc: LanguageCues) -> int | None:
    """Where the subject ends when an emphatic aside (``quant à lui``, ``por su parte``) and the
    auxiliaries before it (``s'était``) end ``words``; None when no aside ends them."""
    n = len(words)
    k = next((k for k in range(max(0, n - 3), n) if _emphatic_at(words, k, lc) == n - k), None)
    if k is None:
        return None
    while k > 0 and words[k - 1][2].lower() in _AUXILIARIES:
        k -= 1  # "s'est quant à elle dite", "ha, dal canto suo, detto"
    return words[k - 1][1] if k > 0 else None


# auxiliaries and reflexives between a subject and an aside ("s'était quant à lui dit")
_AUXILIARIES = wordset("s s' s’ se s'est s'était est était a avait ha había hat hatte é foi tem si è aveva")


def _unelided(word: str) -> str:
    """``word`` lower-cased without an elided article glued to it (``l'imam`` → ``imam``)."""
    low = word.lower()
    return low[2:] if low.startswith(("l'", "l’")) else low


def before_brackets(text: str, lo: int, pos: int) -> int:
    """``pos`` moved before a short bracket that ends the text before it: the party or
    acronym set after a subject (``Douglas Pinto (PSD) afirma``, ``मुख्यमंत्री (CM Sai) ने``)
    stands between the speaker and the cue."""
    end = back_over_space_to(text, pos)
    if end <= lo or text[end - 1] != ")":
        return pos
    opening = text.rfind("(", max(lo, end - _BRACKET_REACH), end)
    if opening <= lo or any(c in text[opening:end] for c in _NOT_IN_A_TAG):
        return pos
    return back_over_space_to(text, opening)


_BRACKET_REACH = 40  # characters of a party, acronym or age tag in brackets
_NOT_IN_A_TAG = '.;:!?\n«»“”"'


# nouns of unnamed sources ("fuentes de ERC", "fontes do Planalto", "fonti di Palazzo Chigi",
# "des sources à Matignon"): who speaks is not named, whatever body follows
SOURCE_NOUNS = wordset("fuentes fuente fontes fonte fonti sources source quellen quelle")


def _role_before_complement(words: list[tuple[int, int, str]], k: int, lc: LanguageCues) -> int | None:
    """Where the description starts when the name run at ``words[k]`` completes a role (``O
    presidente do BC apontou``, ``le maire de Lyon a dit``, ``il sindaco di Roma``): a role noun
    and a joiner before it, with the determiner before the role when there is one; else None
    (``presidente Lula``: the name is the person's)."""
    if k < 2 or words[k - 1][2].lower() not in NAME_JOINERS:
        return None
    start = _role_back(words, k - 2, lc)
    if start is None:
        return None
    if start >= 1 and words[start - 1][2].lower() in DETERMINERS:
        start -= 1
    return start


def object_before_cue(text: str, lo: int, cs: int, lc: LanguageCues) -> bool:
    """Whether the words right before a cue at ``cs`` end in a preposition's object (``Zu
    weiteren Fragen antwortete``): a capitalised run after a preposition, within the sentence."""
    words = words_in(text, max(lo, cs - 80), cs)
    k = len(words)
    while k > 0 and words[k - 1][2][:1].isupper():
        k -= 1
    return 0 < k < len(words) and _object_before(text, words, k, lc)


def _object_before(text: str, words: list[tuple[int, int, str]], k: int, lc: LanguageCues) -> bool:
    """Whether the name run at ``words[k]`` is the object of a preposition right before it, or
    before an article or adjective or two (``zu weiteren Fragen antwortete``, ``con la Radio X``)."""
    for i in range(k - 1, max(k - 1 - _OBJECT_MODIFIERS, -1) - 1, -1):
        if i < 0 or text[words[i][1] : words[i + 1][0]] not in {" ", "\u00a0"}:
            return False
        if object_of(words[i][2], lc):
            # a preposition with its article contracted in ("al", "au", "pelo") has no article
            # after it: only the name right after it is its object ("au cours duquel X a dit": none)
            return i == k - 1 or words[i][2].lower() not in _CONTRACTED
        if not words[i][2][:1].islower() or words[i][2].lower() in lc.complementisers:
            return False  # a name or a clause between: no preposition governs the run
    return False


_OBJECT_MODIFIERS = 2  # articles and adjectives between a preposition and its object


def object_of(word: str, lc: LanguageCues) -> bool:
    """Whether ``word`` is a preposition whose object the name after it is (``con``, ``avec``,
    ``mit``, Spanish and Italian ``a``), not an article (Portuguese ``a``: ``a Polícia Federal``)."""
    low = word.lower()
    return low in _OBJECT_PREPOSITIONS and low not in lc.articles


# Prepositions that take a name as their object before a verb: never a subject's first word;
# with the article contracted into them, and the agent of a passive ("Al Corriere della Sera ha
# detto", "ouvidas pelo Jornal Nacional afirmam": the paper is told or asks, it does not speak)
_CONTRACTED = wordset("al alla allo ai agli alle au aux ao aos às pelo pela pelos pelas")
_OBJECT_PREPOSITIONS = _CONTRACTED | wordset(
    "a à avec con contra ante mit gegen com contro chez zu gegenüber"
    # Italian "a" before a vowel, and the paper or broadcaster a person spoke in ("Ad Adnkronos
    # spiega", "En Radio Mitre explicó", "Dans Le Parisien, il raconte"): where, not who
    " ad en dans"
)


def _role_back(words: list[tuple[int, int, str]], j: int, lc: LanguageCues) -> int | None:
    """Where the role is whose complement ends at ``words[j]``: that word itself (``presidente
    do``), or a role a short chain of lower-case nouns and joiners before it (``el titular de la
    cartera de Cultura``, ``il responsabile dell'ufficio di``); None when no role opens it."""
    for i in range(j, max(j - _CHAIN_WORDS, -1), -1):
        word = words[i][2]
        noun = word.lower()
        if noun in lc.roles or (lc.nouns_capitalised and lc.compound_title(noun)):
            return i
        if not word[:1].islower() or noun in lc.complementisers or noun in _PHRASE_STOPS - NAME_JOINERS:
            return None  # a name, a clause or an adjunct: the complement opens no role
    return None


_CHAIN_WORDS = 5  # words from a role to its complement's name ("titular de la cartera de")


# German possessive relatives that open a speaker phrase after an inverted cue ("deren Sprecher")
_POSSESSIVE_RELATIVES = wordset("deren dessen")


# adverbs between a relative and its verb ("quien también enfatizó", "che poi ha detto")
_ADVERBS = wordset(
    "también además luego después ya aussi également ensuite anche poi inoltre também ainda auch"
)

# Intensifiers after a subject pronoun ("él mismo", "elle-même" aside, "er selbst", "lui stesso")
_INTENSIFIERS = wordset("mismo misma même selbst stesso stessa mesmo mesma")


# Words that end a description after a cue ("apuntó la vicepresidenta por una charla")
_PHRASE_STOPS = wordset(
    "por con en desde ante para que qui quien quienes y e et und mit bei im in dans sur pour avec che chi "
    "em com na no nos nas durante während après antes después depois dopo a al au aux à ao à sobre über "
    "tras during while como comme wie come secondo cui nel nella su sul sulla tramite via dopo"
)


def back_over_space_to(text: str, pos: int) -> int:
    """``pos`` moved back over spaces (no lower bound but the text's start)."""
    while pos > 0 and text[pos - 1] in " \t\u00a0\u202f":
        pos -= 1
    return pos


def has_role(written: str, lc: LanguageCues) -> bool:
    """Whether the phrase ``written`` holds a role or group noun of the tables."""
    low = written.lower()
    return low in lc.groups or any(w in lc.roles or w in lc.groups for w in low.split())


def sentence_subject(text: str, ss: int, cs: int, lc: LanguageCues) -> NP | None:
    """The subject of the sentence from ``ss`` to the cue at ``cs``: its opening phrase; in a
    script without capitals, the agent before ``ने`` (``इससे पहले पीएम मोदी ने … कहा``), else
    the first words that are no adverbial or particle (``इससे पहले``, ``जब``, ``हालांकि``)."""
    if not lc.case_blind:
        return phrase_after(text, ss, cs, lc)
    words = words_in(text, ss, cs)
    agent = [i for i, (_, _, w) in enumerate(words) if w == "ने"]
    if agent:
        return phrase_before(text, ss, words[agent[0]][0], lc)
    k = 0
    while k < len(words) and words[k][2] in CASE_BLIND_STOPS:
        k += 1  # "इससे पहले …", "जब …": an adverbial opens the sentence
    if k < len(words) and words[k][2] in lc.pronouns:
        return NP(words[k][0], words[k][1], "pron")  # "उन्होंने … पर आरोप लगाया कि": the agent pronoun
    run = words[k : k + 3]
    end = next((i for i, x in enumerate(run) if x[2] in CASE_BLIND_STOPS), len(run))
    return NP(run[0][0], run[end - 1][1], "name") if end > 0 else None
