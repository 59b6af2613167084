"""Speakers beyond English, eleventh round (sample s13) (e): a subject set off from its verb by a possessive
relative clause, and a body written as an article and its acronym (issue #11):

- ``El periodista, cuyo diario … de Lisboa, advirtió``: the clause has its own subject, and the
  name ending it (a place, an object) is no speaker; the role before it speaks;
- ``la CGR``, ``l'OMS`` and ``la Contraloría`` (whose acronym the article brackets) stand for the
  body's full name where the article spells the acronym out, as annotators write sources.

Every sentence is invented, in the shapes of real articles. Each test forces the language.
"""

from __future__ import annotations

from newsparse import Document, QuoteRule


def _speakers(text: str, language: str) -> dict[str, str | None]:
    found = QuoteRule()(Document.from_text(text, language=language))
    return {q.content.text[:20]: q.speaker for q in found if q.kind == "direct"}


def _speaker_of(text: str, content_start: str, language: str = "es") -> str | None:
    found = _speakers(text, language)
    return next(speaker for content, speaker in found.items() if content.startswith(content_start))


def test_role_before_a_possessive_relative_speaks_not_the_place_ending_it() -> None:
    text = (
        "La escritora chilena Marta Lozano Ibáñez presentó ayer su nueva novela en Madrid.\n"
        "“Escribo para entender el mundo”, afirmó Lozano ante decenas de lectores.\n"
        "La escritora, cuya editorial tuvo que cerrar durante la crisis económica que vivió Santiago, "
        "advirtió que “los libros no se venden solos”.\n"
    )
    assert _speaker_of(text, "los libros") == "Marta Lozano Ibáñez"


def test_possessive_relative_in_french() -> None:
    text = (
        "Le maire de la ville, Paul Ferrand, a présenté le budget mardi soir.\n"
        "« Nous tenons nos promesses », a déclaré Paul Ferrand devant le conseil.\n"
        "L'élu, dont le mandat a été marqué par la fermeture de l'usine de Roubaix, "
        "a ajouté que « les impôts ne monteront pas ».\n"
    )
    assert _speaker_of(text, "les impôts", "fr") == "Paul Ferrand"


def test_plain_relative_keeps_its_short_reach() -> None:
    # a "que" clause longer than a relative clause runs is no apposition of the subject
    text = (
        "El alcalde Juan Pérez Gil inauguró el puente.\n"
        "“Es un día histórico”, dijo Pérez, que llevaba años esperando este momento junto a los vecinos "
        "del barrio de San Andrés de la ciudad vieja, aseguró que “habrá más obras”.\n"
    )
    assert _speaker_of(text, "Es un día") == "Juan Pérez Gil"


def test_article_and_acronym_spelt_out_before() -> None:
    text = (
        "La Superintendencia Nacional de Aduanas (SNA) publicó este lunes su informe anual.\n"
        "“Las importaciones crecieron un diez por ciento”, explicó la SNA en un comunicado.\n"
    )
    assert _speaker_of(text, "Las importaciones") == "Superintendencia Nacional de Aduanas"


def test_article_and_acronym_spelt_out_nowhere_stays_as_written() -> None:
    text = "“Las importaciones crecieron un diez por ciento”, explicó la SNA en un comunicado.\n"
    assert _speaker_of(text, "Las importaciones") in {"la SNA", "SNA"}


def test_elided_article_and_acronym_in_french() -> None:
    text = (
        "L'Office national des forêts (ONF) a publié son bilan.\n"
        "« Les forêts souffrent de la sécheresse », a indiqué l'ONF dans un communiqué.\n"
    )
    assert _speaker_of(text, "Les forêts", "fr") == "Office national des forêts"


def test_body_noun_whose_acronym_is_bracketed_takes_the_full_name() -> None:
    text = (
        "La Contraloría General de la Nación (CGN) auditó las cuentas del ministerio.\n"
        "“Faltan controles en los pagos”, dijo la Contraloría por medio de su oficina de prensa.\n"
    )
    assert _speaker_of(text, "Faltan controles") == "Contraloría General de la Nación"


def test_name_after_an_according_to_phrase_opening_its_own_clause_is_no_source() -> None:
    # the name after the comma is the subject of the next clause, not the source's apposition
    text = (
        "La reforma avanza despacio en el Congreso.\n"
        "“Muy hábil en la negociación”, según un cercano del presidente, Tomás Rivera sabe convencer.\n"
    )
    assert _speaker_of(text, "Muy hábil") is None


def test_name_in_apposition_after_a_role_still_speaks() -> None:
    text = "“Muy hábil en la negociación”, dijo el portavoz del partido, Tomás Rivera, en la radio.\n"
    assert _speaker_of(text, "Muy hábil") == "Tomás Rivera"


def test_long_role_whose_trailing_name_opens_a_clause_is_no_holder() -> None:
    text = (
        "Le texte arrive au Sénat.\n"
        "« Un travail de fond », selon un ancien conseiller du groupe parlementaire de la majorité "
        "présidentielle, Julien Marchand connaît bien le dossier.\n"
    )
    assert _speaker_of(text, "Un travail", "fr") in {None, "un ancien conseiller"}
