"""Quotes beyond English, round eight (second wave): titles and names of events set in marks
inside a sentence are no quotes.

Every sentence is invented, in the shapes of real articles. Each test forces the language, so it
checks attribution, not detection.
"""

from __future__ import annotations

import pytest

from newsparse import Document, QuoteRule


def _quotes(text: str, language: str) -> list[tuple[str, str | None, str]]:
    found = QuoteRule()(Document.from_text(text, language=language))
    return [(q.kind, q.speaker, q.content.text) for q in found if q.kind != "scare"]


# -- titles and names in marks inside a sentence ------------------------------------------------

_TITLES = [
    (
        "es",
        'El instituto organiza dos encuentros en mayo. Se trata del "4° Foro Regional de Salud Rural" '
        'y el "1° Encuentro de Enfermería Comunitaria", que reunirán a especialistas de cinco países.',
    ),
    (
        "de",
        "Die Grundlage der Prüfung bilden die „Richtlinien für den Schutz alter Bäume“ sowie die "
        "„Empfehlungen zur Pflege von Stadtgrün in Kleinstädten“.",
    ),
    (
        "fr",
        "Le malaise gagne les équipes (« Le grand désarroi des laboratoires publics », La Gazette, "
        "3 mars 2021). Les crédits baissent encore cette année.",
    ),
    (
        "it",
        "Il dossier sulla mortalità “Numeri di marzo: cosa dicono i registri” è stato diffuso ieri "
        "dalla regione.",
    ),
    (
        "pt",
        "O grupo lançou o novo disco, “Noites de Estrada”, e prepara uma turnê pelo interior.",
    ),
]


@pytest.mark.parametrize(("language", "text"), _TITLES, ids=[f"{c[0]}-{i}" for i, c in enumerate(_TITLES)])
def test_title_in_a_sentence_is_no_quote(language: str, text: str) -> None:
    assert [q for q in _quotes(text, language) if q[0] == "direct"] == []


_STILL_QUOTES = [
    # a quotation a complementiser opens is someone's words, capital or not
    ("es", "El ministro Tomás Ruiz dijo que “Nadie quedará fuera del plan”.", "Nadie quedará fuera del plan"),
    # a list of sayings after a colon goes on after its comma
    (
        "es",
        "La cocinera Rosa Vidal recordó que su abuela repetía: ‘Coman despacio’, ‘Si lo rompes, lo pagas’.",
        "Si lo rompes, lo pagas",
    ),
    # a quoted sentence after the end of another is no title
    (
        "fr",
        "Le maire Paul Girard a visité le chantier. « Nous tiendrons les délais. » Les travaux reprennent lundi.",
        "Nous tiendrons les délais.",
    ),
]


@pytest.mark.parametrize(
    ("language", "text", "content"), _STILL_QUOTES, ids=[f"{c[0]}-{i}" for i, c in enumerate(_STILL_QUOTES)]
)
def test_quotation_in_a_sentence_that_is_speech_stays(language: str, text: str, content: str) -> None:
    assert content in [c for k, _, c in _quotes(text, language) if k == "direct"]


def test_channel_name_after_a_compound_is_no_quote() -> None:
    text = "Auf dem Youtube-Kanal «Geldwissen» erklärt der 29-Jährige seit Jahren die Börse."
    assert [q for q in _quotes(text, "de") if q[0] == "direct"] == []
