"""Speakers beyond English, round nine: a role read through its complement (``el titular de la
cartera de Cultura`` is the person named ``ministro de Cultura, X``; a capitalised ``Ministro de
…`` opening a subhead is a role, not a name), a role's holder only in apposition to it (not a
body a later clause of the same role names), and a preposition's object before a verb read as
no subject (``en diálogo con Radio X dijo``) while a relative clause's antecedent still is one.

Every sentence is invented, in the shapes of real articles. Each test forces the language, so it
checks attribution, not detection.
"""

from __future__ import annotations

import pytest

from newsparse import Document, QuoteRule


def _quotes(text: str, language: str) -> list[tuple[str, str | None, str]]:
    found = QuoteRule()(Document.from_text(text, language=language))
    return [(q.kind, q.speaker, q.content.text) for q in found if q.kind != "scare"]


def _speaker_of(text: str, language: str, content_start: str, kind: str = "direct") -> str | None:
    found = [s for k, s, c in _quotes(text, language) if k == kind and c.startswith(content_start)]
    assert len(found) == 1, _quotes(text, language)
    return found[0]


# -- a role read through its complement --------------------------------------------------------

_COMPLEMENT = [
    (
        "es",
        "La ministra de Vivienda, Carla Ibarra Soto, visitó el barrio el lunes.\n\n"
        "En otro momento, la titular de la cartera de Vivienda dijo que las obras terminarán "
        "“antes de marzo”, pese a las lluvias.",
        "antes de marzo",
        "Carla Ibarra Soto",
    ),
    (
        "es",
        "Ministro de Obras Públicas advierte que los puentes “no resistirán otra crecida”\n\n"
        "El ministro de Obras Públicas, Tomás Ferreyra, recorrió la costa del río el domingo.",
        "no resistirán",
        "Tomás Ferreyra",
    ),
    (
        "it",
        "Il presidente della Regione Alpina, Luca Ferraris, ha incontrato i sindaci.\n\n"
        "Poi il capo della giunta della Regione Alpina ha detto che i fondi arriveranno "
        "«entro l'estate».",
        "entro l'estate",
        "Luca Ferraris",
    ),
]


@pytest.mark.parametrize(
    ("lang", "text", "start", "speaker"), _COMPLEMENT, ids=["es-cartera", "es-subhead", "it"]
)
def test_role_read_through_its_complement(lang: str, text: str, start: str, speaker: str) -> None:
    assert _speaker_of(text, lang, start) == speaker


def test_a_complement_named_with_no_holder_stays_unresolved() -> None:
    # the complement is named, but never with a person after it: no one to stand for the role
    text = (
        "El Ministerio de Vivienda publicó las cifras del año.\n\n"
        "La titular de la cartera de Vivienda dijo que las obras terminarán “antes de marzo”."
    )
    assert _speaker_of(text, "es", "antes de marzo") != "Ministerio de Vivienda"


# -- a role's holder is the name in apposition, not a body a later clause names ----------------


def test_role_holder_in_apposition_not_a_body_of_a_later_clause() -> None:
    text = (
        "O diretor de Operações da Companhia Fluvial, Renato Albuquerque, avaliou nesta terça "
        "que o serviço deve crescer.\n\n"
        "O diretor indicou que a Companhia Fluvial vai ampliar as linhas no verão.\n\n"
        'O diretor também reafirmou que a travessia "é segura" e "está em dia".'
    )
    assert _speaker_of(text, "pt", "é segura") == "Renato Albuquerque"


def test_role_then_a_verb_reads_no_holder_from_the_clause() -> None:
    # "the minister said that Anna Roth ...": Roth is what the clause is about, not the minister
    text = (
        "Der Minister sprach am Montag lange mit Anna Roth über den Haushalt.\n\n"
        "„Wir müssen sparen“, sagte der Minister."
    )
    assert _speaker_of(text, "de", "Wir müssen") != "Anna Roth"


# -- a preposition's object before the verb is no subject --------------------------------------

_OBJECT = [
    (
        "es",
        "El alcalde Martín Oyarzún visitó el puerto.\n\n“Vamos a invertir en el muelle”, dijo.\n\n"
        "Además, en diálogo con Radio Costa dijo que la ciudad “no puede esperar más”.",
        "no puede esperar",
        "Martín Oyarzún",
    ),
    (
        "es",
        "La senadora Inés Carvajal defendió el proyecto ante la comisión.\n\n"
        "Al ser consultada sobre las críticas que se atribuyen a Pedro Lagos y Ana Ruiz, indicó "
        "que no habló con ellos. “A mí me eligieron para legislar”, afirmó.",
        "A mí me",
        "Inés Carvajal",
    ),
    (
        "it",
        "Il sindaco Paolo Renzetti ha inaugurato il ponte.\n\n«È un giorno di festa», ha detto.\n\n"
        "Poi, parlando con Radio Valle ha aggiunto che il cantiere «è costato meno del previsto».",
        "è costato",
        "Paolo Renzetti",
    ),
]


@pytest.mark.parametrize(("lang", "text", "start", "speaker"), _OBJECT, ids=["es-con", "es-a", "it-con"])
def test_object_before_the_verb_is_no_subject(lang: str, text: str, start: str, speaker: str) -> None:
    assert _speaker_of(text, lang, start) == speaker


def test_an_object_that_a_relative_clause_takes_up_still_speaks() -> None:
    text = (
        "La comisión revisó los contratos.\n\n"
        "También se le preguntó por las demoras a Yolanda Prieto, quien señaló que "
        "“todo está en regla”."
    )
    assert _speaker_of(text, "es", "todo está") == "Yolanda Prieto"


def test_a_named_subject_before_an_object_still_speaks() -> None:
    text = "Paula Méndez habló con Radio Costa y dijo que el puerto “abrirá en mayo”."
    assert _speaker_of(text, "es", "abrirá en mayo") == "Paula Méndez"


# -- a quoted paragraph after a paragraph of narration goes on with the last speaker -----------

_INTERVIEW = (
    "“Crecimos un 40 por ciento este año”, señala Marta Quiroga, directora de la empresa.\n"
    "{between}\n"
    "“Ahora queremos abrir una tienda en Rosario y otra en Mendoza”.\n"
)


def test_a_quoted_paragraph_after_narration_goes_on_with_the_last_speaker() -> None:
    text = _INTERVIEW.format(between="Los pedidos desde el interior también aumentaron durante el invierno.")
    assert _speaker_of(text, "es", "Ahora queremos") == "Marta Quiroga"


@pytest.mark.parametrize(
    "between",
    [
        "Un portavoz del sindicato advirtió que los precios subirán en primavera.",  # someone else reported
        "El gerente Pablo Ruiz recorrió la planta con los inspectores.",  # a new person named
        "Los clientes piden “más variedad” en las tiendas del centro.",  # another quotation between
    ],
    ids=["reported", "named", "quoted"],
)
def test_no_run_on_over_reported_words_a_new_name_or_another_quote(between: str) -> None:
    text = _INTERVIEW.format(between=between)
    assert _speaker_of(text, "es", "Ahora queremos") != "Marta Quiroga"


def test_no_run_on_over_several_paragraphs_of_narration() -> None:
    filler = "La planta funciona en dos turnos y emplea a unas trescientas personas de la zona. " * 4
    text = _INTERVIEW.format(between=f"{filler}\n{filler}")
    assert _speaker_of(text, "es", "Ahora queremos") != "Marta Quiroga"


# -- a title's abbreviating full stop inside a name after a role -------------------------------

_ABBREVIATED = [
    (
        "de",
        "„Die Lage ist unter Kontrolle“, sagte Innenminister Dr. Jonas Keller am Montag.",
        "Die Lage",
        "Jonas Keller",
    ),
    (
        "pt",
        '"A obra termina em maio", disse o secretário Dr. Paulo Lemos nesta terça.',
        "A obra",
        "Paulo Lemos",
    ),
]


@pytest.mark.parametrize(("lang", "text", "start", "speaker"), _ABBREVIATED, ids=["de", "pt"])
def test_title_abbreviation_inside_a_role_and_name(lang: str, text: str, start: str, speaker: str) -> None:
    assert _speaker_of(text, lang, start) == speaker


# -- a plural speech verb with its subject unwritten is no one person's -----------------------

_PLURAL = [
    (
        "es",
        "Los delegados se reunieron con el ministro Luis Ortega.\n\n“No vamos a ceder”, explicaron.",
        "No vamos",
    ),
    (
        "pt",
        "Os delegados se reuniram com o ministro Luís Ortega.\n\n“Não vamos ceder”, disseram.",
        "Não vamos",
    ),
    (
        "it",
        "I delegati hanno incontrato il ministro Luigi Orsini.\n\n«Non cederemo», hanno detto.",
        "Non cederemo",
    ),
    (
        "de",
        "Die Delegierten trafen Minister Lukas Ortmann.\n\n„Wir geben nicht nach“, sagten sie danach.",
        "Wir geben",
    ),
]


@pytest.mark.parametrize(("lang", "text", "start"), _PLURAL, ids=["es", "pt", "it", "de"])
def test_plural_verb_with_no_subject_is_no_one_person(lang: str, text: str, start: str) -> None:
    assert _speaker_of(text, lang, start) is None


def test_singular_verb_with_no_subject_is_the_person_named_last() -> None:
    text = "Los delegados se reunieron con el ministro Luis Ortega.\n\n“No vamos a ceder”, explicó."
    assert _speaker_of(text, "es", "No vamos") == "Luis Ortega"


def test_a_short_word_in_a_cue_is_no_plural_ending() -> None:
    # "hizo hincapié en": "en" is a preposition here, not the ending of a plural ("dicen")
    text = "La alcaldesa Rosa Varela visitó la obra. Hizo hincapié en que “hay que terminar antes de junio”."
    assert _speaker_of(text, "es", "hay que") == "Rosa Varela"


# -- German verb second: an adjunct's object before the verb, the subject after it -------------

_VERB_SECOND = [
    "Die Stadt plant neue Radwege. Zu weiteren Fragen antwortete Jana Roth nur, dass die Pläne "
    "„gut durchgerechnet“ seien.",
    "Die Stadt plant neue Radwege. Zu den Kosten sagte Jana Roth, dass die Pläne „gut durchgerechnet“ seien.",
]


@pytest.mark.parametrize("text", _VERB_SECOND, ids=["adjective", "article"])
def test_german_subject_after_the_verb_when_an_object_precedes_it(text: str) -> None:
    assert _speaker_of(text, "de", "gut durchgerechnet") == "Jana Roth"


def test_german_subject_before_the_verb_still_speaks() -> None:
    text = "Die Stadt plant neue Radwege. Jana Roth sagte zu den Kosten, dass die Pläne „gut durchgerechnet“ seien."
    assert _speaker_of(text, "de", "gut durchgerechnet") == "Jana Roth"


# -- a surname written alone after a short fronted adjunct opens the sentence before -----------


def test_surname_after_a_short_adjunct_is_the_subject_the_unwritten_one_goes_on_with() -> None:
    text = (
        "Il sindaco Paolo Renzetti ha presentato la nuova giunta, con gli assessori Marco Bini "
        "e Lia Conti. Con l'occasione Renzetti ha fatto il punto sui lavori. "
        "«Siamo a metà dell'opera - ha detto - e andiamo avanti con fiducia»."
    )
    assert _speaker_of(text, "it", "Siamo a metà") == "Paolo Renzetti"


def test_a_surname_after_a_preposition_is_no_subject() -> None:
    text = (
        "Il sindaco Paolo Renzetti ha presentato la giunta. L'assemblea, guidata da Marco Bini, "
        "ha votato il bilancio. «Siamo a metà dell'opera», ha detto un consigliere."
    )
    assert _speaker_of(text, "it", "Siamo a metà") != "Marco Bini"


# -- a name the tables do not know, right after the acronym closing a role's complement --------

_AFTER_ACRONYM = [
    (
        "pt",
        'O senador Paulo Dantas falou antes.\n\n"A regra não funciona", disse a professora de Direito da UFRN '
        "Ziliane Quaresma.",
        "A regra",
        "Ziliane Quaresma",
    ),
    (
        "es",
        "El senador Pablo Dantas habló antes.\n\n“La regla no funciona”, dijo la diputada del PSOE Ziliane Quaresma.",
        "La regla",
        "Ziliane Quaresma",
    ),
]


@pytest.mark.parametrize(("lang", "text", "start", "speaker"), _AFTER_ACRONYM, ids=["pt", "es"])
def test_unknown_given_name_after_a_body_acronym_is_the_person(
    lang: str, text: str, start: str, speaker: str
) -> None:
    assert _speaker_of(text, lang, start) == speaker


def test_a_body_after_an_acronym_is_no_person() -> None:
    text = 'O senador Paulo Dantas falou antes.\n\n"A regra não funciona", disse a diretora do IBGE Rio.'
    assert _speaker_of(text, "pt", "A regra") != "Rio"
