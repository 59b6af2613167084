"""Speakers of quotes beyond English, round s15 (issue #11):

- a body's generic noun after a definite article (``el ente emisor``, ``la entidad``, ``die
  Behörde``) stands for the body the article named last in its narration, before the cue's
  sentence, when no body was quoted by name before it; a headline or a link to another story
  (no sentence end) names no such body;
- a role word written in lower case (``la secretaria``) is a person's role even when the same
  word with a capital heads a body's name (``la Secretaria de Saúde``): it stands for the person
  speaking.

Every sentence is invented, in the shapes of real articles. Each test forces the language.
"""

from __future__ import annotations

import pytest

from newsparse import Document, QuoteRule


def _speakers(text: str, language: str) -> dict[str, str | None]:
    found = QuoteRule()(Document.from_text(text, language=language))
    return {q.content.text: q.speaker for q in found if q.kind != "scare"}


def _speaker_of(text: str, language: str, content_start: str) -> str | None:
    found = [s for c, s in _speakers(text, language).items() if c.startswith(content_start)]
    assert len(found) == 1, _speakers(text, language)
    return found[0]


NAMED_BODIES = [
    (
        "es",
        "El Instituto Nacional de Estadística publicó este lunes sus cifras de empleo.\n\n"
        "El paro bajó dos puntos en el último trimestre, detalló el ente emisor.",
        "El paro bajó",
        "Instituto Nacional de Estadística",
    ),
    (
        "es",
        "La Organización Panamericana de la Salud revisó los datos del brote.\n\n"
        "En un informe, la entidad advierte de que los casos seguirán subiendo en invierno.",
        "los casos seguirán",
        "Organización Panamericana de la Salud",
    ),
    (
        "de",
        "Das Bundesamt für Verkehrssicherheit hat die Zahlen des Jahres vorgelegt.\n\n"
        "Die Unfälle auf Landstraßen seien deutlich zurückgegangen, erklärte die Behörde.",
        "Die Unfälle",
        "Bundesamt für Verkehrssicherheit",
    ),
]


@pytest.mark.parametrize(
    ("language", "text", "content_start", "speaker"),
    NAMED_BODIES,
    ids=["es-ente-emisor", "es-la-entidad", "de-die-behoerde"],
)
def test_generic_body_noun_stands_for_the_body_named_before(
    language: str, text: str, content_start: str, speaker: str
) -> None:
    assert _speaker_of(text, language, content_start) == speaker


def test_generic_body_noun_skips_a_body_named_in_its_own_sentence() -> None:
    text = (
        "La Federación de Pescadores Artesanales convocó una marcha para el jueves.\n\n"
        "La protesta también apunta contra la Cámara Nacional de Armadores, según argumentó la entidad."
    )
    assert _speaker_of(text, "es", "La protesta") == "Federación de Pescadores Artesanales"


def test_generic_body_noun_ignores_a_body_in_a_link_to_another_story() -> None:
    text = (
        "Los precios de los alimentos subieron un tres por ciento en marzo.\n\n"
        "Lea también: Banco Mundial revisa sus previsiones para la región\n\n"
        "El alza se debe sobre todo a la carne, explicó la entidad."
    )
    assert _speaker_of(text, "es", "El alza") != "Banco Mundial"


def test_lower_case_role_that_also_heads_a_body_is_the_person_speaking() -> None:
    text = (
        "La ministra de Vivienda y Urbanismo, Carolina Zamudio, habló sobre el plan de invierno.\n\n"
        "La secretaria de Estado señaló que “habrá albergues abiertos en todas las regiones”."
    )
    assert _speaker_of(text, "es", "habrá albergues") == "Carolina Zamudio"


OPENING_ADVERBS = [
    (
        "es",
        "La periodista Lucía Ferreyra viajó a Tarija en marzo.\n\nAhora Ferreyra asegura que no publicó todo el material.",
        "no publicó",
    ),
    (
        "pt",
        "O treinador Paulo Andrade perdeu três jogos seguidos.\n\nHoje Andrade disse que o elenco está cansado.",
        "o elenco",
    ),
    (
        "it",
        "Il sindaco Marco Ferri ha visitato il cantiere.\n\nOggi Ferri ha detto che i lavori finiranno a maggio.",
        "i lavori",
    ),
]


@pytest.mark.parametrize(
    ("language", "text", "content_start"), OPENING_ADVERBS, ids=["es-ahora", "pt-hoje", "it-oggi"]
)
def test_sentence_opening_adverb_is_no_part_of_the_name(language: str, text: str, content_start: str) -> None:
    speaker = _speaker_of(text, language, content_start)
    assert speaker is not None
    assert speaker.split()[0] not in {"Ahora", "Hoje", "Oggi"}
    assert speaker.split()[-1] in {"Ferreyra", "Andrade", "Ferri"}
