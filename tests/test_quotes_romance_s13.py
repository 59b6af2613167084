"""Speakers in Spanish, French, Italian and Portuguese, eleventh round (sample s13) (issue #11):

- an according-to cue before a verb clause (``según confiaron desde X``, ``según pudo saber
  este diario``, ``selon ce qu'a indiqué X``, ``según lo dispuesto por X``) names the source
  after the verb, not the verb; an impersonal clause (``según se conoció ayer``) names no one;
- a body's generic noun or a document after a definite article (``el ente emisor``,
  ``l'organisation islamiste``, ``el informe``) stands for the body the article quoted by name
  before it; a document only when that body spoke last.

Every sentence is invented, in the shapes of real articles. Each test forces the language, so it
checks attribution, not detection.
"""

from __future__ import annotations

import pytest

from newsparse import Document, QuoteRule


def _quotes(text: str, language: str) -> list[tuple[str, str | None, str]]:
    found = QuoteRule()(Document.from_text(text, language=language))
    return [(q.kind, q.speaker, q.content.text) for q in found if q.kind != "scare"]


def _speaker_of(text: str, language: str, content_start: str) -> str | None:
    found = [s for _, s, c in _quotes(text, language) if c.startswith(content_start)]
    assert len(found) == 1, _quotes(text, language)
    return found[0]


VERB_CLAUSE_SOURCES = [
    (
        "es",
        "Según confiaron desde el Ministerio de Obras, el puente estará listo en junio.",
        "el Ministerio de Obras",
    ),
    ("es", "El puente estará listo en junio, según pudo saber este diario.", "este diario"),
    (
        "es",
        "Según lo dispuesto por la Secretaría de Educación, las clases empiezan en marzo.",
        "la Secretaría de Educación",
    ),
    (
        "es",
        "De acuerdo a lo que ha conocido este semanario, la obra costará el doble.",
        "este semanario",
    ),
    (
        "es",
        "Según se informó desde la Dirección de Tránsito, la avenida cerrará dos semanas.",
        "la Dirección de Tránsito",
    ),
    ("fr", "Selon ce qu'a indiqué le maire, la piscine rouvrira en mai.", "le maire"),
    ("fr", "Selon ce qu'a pu apprendre Le Courrier, la piscine rouvrira en mai.", "Le Courrier"),
]


@pytest.mark.parametrize(
    ("language", "text", "speaker"),
    VERB_CLAUSE_SOURCES,
    ids=["confiaron-desde", "pudo-saber", "lo-dispuesto-por", "lo-que-ha-conocido", "se-informo-desde",
         "ce-qu-a-indique", "a-pu-apprendre"],
)  # fmt: skip
def test_according_to_verb_clause_names_the_source_after_the_verb(
    language: str, text: str, speaker: str
) -> None:
    (found,) = [s for k, s, _ in _quotes(text, language) if k == "indirect"]
    assert found == speaker


def test_according_to_speech_verb_before_a_role_and_name() -> None:
    text = "Según contó la vecina Marta Ibáñez, el parque cerrará en agosto."
    assert _speaker_of(text, "es", "el parque") == "Marta Ibáñez"


def test_according_to_impersonal_clause_names_no_one() -> None:
    text = "Hubo cortes en varias oficinas y, según se conoció este jueves, el Ministerio de Trabajo también fue atacado."
    speakers = [s for k, s, _ in _quotes(text, "es") if k == "indirect"]
    assert "Ministerio de Trabajo" not in speakers
    assert all(s is None or s[:1].islower() for s in speakers), speakers


BODY_VARIED = [
    (
        "es",
        "La deuda creció un 6 %, precisó el Banco Central. Los pagos bajaron, detalló la autoridad monetaria.",
        "Los pagos",
        "Banco Central",
    ),
    (
        "es",
        "«Los precios seguirán altos», dijo la FAO. La cosecha será menor, advirtió el organismo.",
        "La cosecha",
        "FAO",
    ),
    (
        "fr",
        "« Nous avons visé des dépôts », a affirmé le Hamas. Trois civils sont morts, selon l'organisation islamiste.",
        "Trois civils",
        "Hamas",
    ),
    (
        "it",
        "«La situazione è disperata», ha detto la Fao. I raccolti sono persi, ha aggiunto l'agenzia.",
        "I raccolti",
        "Fao",
    ),
    (
        "es",
        "Las exportaciones subieron, informó el Banco Nacional. Según el informe, las importaciones bajaron.",
        "las importaciones",
        "Banco Nacional",
    ),
]


@pytest.mark.parametrize(
    ("language", "text", "content", "speaker"),
    BODY_VARIED,
    ids=["autoridad-monetaria", "el-organismo", "l-organisation", "l-agenzia", "el-informe"],
)
def test_a_body_varied_by_its_noun_is_the_body_quoted_before(
    language: str, text: str, content: str, speaker: str
) -> None:
    assert _speaker_of(text, language, content) == speaker


def test_a_document_after_a_person_spoke_is_not_the_body_quoted_earlier() -> None:
    text = (
        "Las ventas cayeron, informó el Banco Nacional. "
        "La diputada Lucía Ferrer dijo que el proyecto es ilegal. "
        "Según el estudio ambiental, el puerto tendrá dos muelles."
    )
    assert _speaker_of(text, "es", "el puerto") != "Banco Nacional"


def test_a_body_noun_with_no_body_quoted_stays_a_description() -> None:
    text = "Según el organismo, el puerto tendrá dos muelles."
    assert _speaker_of(text, "es", "el puerto") == "el organismo"


def test_an_indefinite_document_with_its_owner_is_the_owner() -> None:
    text = "La naviera suspendió las rutas, según un comunicado de Transmares."
    assert _speaker_of(text, "es", "La naviera") == "Transmares"


PARTICLE_SURNAMES = [
    (
        "es",
        "La directora Marisa del Campo presentó el plan. «Habrá dos pruebas en mayo», detalló del Campo.",
        "Marisa del Campo",
    ),
    (
        "es",
        "El director Tomás de Vega presentó el plan. «Habrá dos pruebas en mayo», explicó de Vega.",
        "Tomás de Vega",
    ),
]


@pytest.mark.parametrize(("language", "text", "speaker"), PARTICLE_SURNAMES, ids=["del", "de"])
def test_a_surname_opening_with_its_particle_is_the_person_named_in_full(
    language: str, text: str, speaker: str
) -> None:
    assert _speaker_of(text, language, "Habrá dos pruebas") == speaker


def test_a_place_after_a_particle_is_no_surname() -> None:
    text = "El ministro Tomás Vega visitó la obra. «Habrá dos pruebas en mayo», dijo de Madrid a Toledo."
    assert _speaker_of(text, "es", "Habrá dos pruebas") != "Madrid"


FRONTED_OUTLETS = [
    (
        "it",
        "Il negoziatore Marco Bellini ha lasciato il tavolo. Ad Adnkronos spiega di aver scritto ai mediatori.",
        "di aver scritto",
    ),
    (
        "es",
        "El diputado Carlos Pérez dejó la comisión. En Radio Andina explicó que no volverá.",
        "no volverá",
    ),
    (
        "fr",
        "Le député Paul Girard a quitté la commission. Dans Le Matin, il explique qu'il ne reviendra pas.",
        "il ne reviendra pas",
    ),
]


@pytest.mark.parametrize(("language", "text", "content"), FRONTED_OUTLETS, ids=["ad", "en", "dans"])
def test_a_paper_after_a_fronted_preposition_is_where_not_who(language: str, text: str, content: str) -> None:
    speaker = _speaker_of(text, language, content)
    assert speaker is not None
    assert speaker.endswith(("Bellini", "Pérez", "Girard"))


BODY_NAMES_WITH_ADJECTIVES = [
    (
        "fr",
        "La croissance ralentira en 2026, a indiqué la Banque centrale européenne.",
        "La croissance",
        "européenne",
    ),
    (
        "fr",
        "La loi est contraire à la Constitution, selon le Conseil constitutionnel.",
        "La loi",
        "constitutionnel",
    ),
    ("it", "La crescita rallenterà, ha detto la Banca centrale europea.", "La crescita", "europea"),
    (
        "fr",
        "Le Fonds monétaire international a estimé que la croissance ralentira.",
        "la croissance",
        "international",
    ),
    (
        "fr",
        "Selon le dernier rapport du Forum économique mondial, le pays recule au classement.",
        "le pays recule",
        "mondial",
    ),
]


@pytest.mark.parametrize(
    ("language", "text", "content", "last_word"),
    BODY_NAMES_WITH_ADJECTIVES,
    ids=["banque-centrale-after", "conseil-selon", "banca-centrale", "fonds-before", "forum-complement"],
)
def test_a_body_name_runs_on_over_its_lower_case_adjectives(
    language: str, text: str, content: str, last_word: str
) -> None:
    speaker = _speaker_of(text, language, content)
    assert speaker is not None
    assert speaker.endswith(last_word)


def test_a_person_name_does_not_run_on_over_an_adjective() -> None:
    text = "La croissance ralentira, a déclaré Paul Girard hier soir."
    assert _speaker_of(text, "fr", "La croissance") == "Paul Girard"
