"""Spanish, French and Italian direct-quote speakers seen on real pages (#11): a progressive or
a lawyer's verb as a cue, a network named after the verb's object, and unnamed sources whose
body is capitalised. The sentences are invented."""

from __future__ import annotations

import pytest

import newsparse


def _direct_speakers(text: str) -> list[str | None]:
    return [q.speaker for q in newsparse.parse(text).quotes if q.kind == "direct"]


CASES = [
    (
        "Los precios del trigo subieron un diez por ciento este año en toda la región andina. "
        "La FAO está advirtiendo que “la peor cosecha no llegará este año sino el próximo” "
        "para los productores del sur.",
        ["FAO"],
    ),
    (
        "El juicio contra el exministro sigue su curso en la capital del departamento. "
        "“Mañana a las diez comenzará la audiencia de alegatos y luego vendrá la sentencia”, "
        "corroboró el abogado Martín Quiroga, que defiende al acusado.",
        ["Martín Quiroga"],
    ),
    (
        "El director Ramiro Soliz habló ayer con la prensa sobre los coches robados en la "
        "frontera sur del país. “Si el coche lo tiene un agente, nadie lo va a denunciar "
        "ante el fiscal, es imposible”, aseguró a la red Andina. Los datos oficiales "
        "muestran que el problema crece cada mes.",
        ["Ramiro Soliz"],
    ),
    (
        "El director Ramiro Soliz habló ayer con la prensa sobre los coches robados en la "
        "frontera sur del país. “Si el coche lo tiene un agente, nadie lo va a denunciar "
        "ante el fiscal, es imposible”, dijo al diario El Faro. Los datos oficiales "
        "muestran que el problema crece cada mes.",
        ["Ramiro Soliz"],
    ),
    (
        "La ministra Lucía Ferrando se reunió ayer con los sindicatos del puerto. "
        "“La empresa cambió las reglas del juego para generar confusión en la mesa”, "
        "afirmó un integrante del Poder Ejecutivo. “Buscan una confrontación máxima en "
        "los muelles”, añadió.",
        [None, None],
    ),
    (
        "Il ministro Carlo Benassi ha incontrato i sindacati ieri sera a Roma. "
        "\"L'evacuazione dei civili seguirà le direttive che verranno impartite nei prossimi "
        'giorni", ha affermato una fonte del Ministero della Difesa.',
        [None],
    ),
]


@pytest.mark.parametrize(
    ("text", "speakers"),
    CASES,
    ids=["progressive", "corroboro", "red", "al-diario", "unnamed-run", "it-fonte"],
)
def test_direct_speakers(text: str, speakers: list[str | None]) -> None:
    assert _direct_speakers(text) == speakers


def test_a_given_name_after_the_object_still_speaks() -> None:
    text = (
        "La semana pasada hubo protestas frente al ministerio. “Si el coche lo tiene un "
        "agente, nadie lo va a denunciar ante el fiscal”, dijo a la prensa Juan Morales, "
        "ministro de Justicia."
    )
    assert _direct_speakers(text) == ["Juan Morales"]
