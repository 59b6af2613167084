"""Quotes beyond English, round eight (second wave): German sentences in the Konjunktiv I report
speech by their mood alone, with no cue and no speech before them; further verbs' Konjunktiv I
forms continue reported speech.

Every sentence is invented, in the shapes of real articles. Each test forces the language, so it
checks attribution, not detection.
"""

from __future__ import annotations

import pytest

from newsparse import Document, QuoteRule
from newsparse.lang import get_language


def _quotes(text: str, language: str) -> list[tuple[str, str | None, str]]:
    found = QuoteRule()(Document.from_text(text, language=language))
    return [(q.kind, q.speaker, q.content.text) for q in found if q.kind != "scare"]


# -- German Konjunktiv I with no cue ------------------------------------------------------------


def test_konjunktiv_sentence_with_no_speech_before_is_reported() -> None:
    text = (
        "Am Freitag hat die Ratspräsidentin Petra Lindholm die Vereinbarung scharf kritisiert. "
        "Bei dem Abkommen handele es sich um eine Kapitulation vor dem Druck der Märkte."
    )
    found = [(k, c) for k, _, c in _quotes(text, "de")]
    assert found == [
        ("indirect", "Bei dem Abkommen handele es sich um eine Kapitulation vor dem Druck der Märkte")
    ]


def test_konjunktiv_of_a_further_verb_continues_the_speaker() -> None:
    text = (
        "«Die Nachfrage wächst seit Monaten», sagt der Analyst Jonas Berger. "
        "In letzter Zeit steige auch das Interesse an kleinen Anleihen."
    )
    assert (
        "indirect",
        "Jonas Berger",
        "In letzter Zeit steige auch das Interesse an kleinen Anleihen",
    ) in _quotes(text, "de")


_NOT_REPORTED = [
    "Die Brücke bleibt bis Juni gesperrt. Es sei denn, die Stadt findet vorher einen neuen Träger.",
    "Ich habe das Buch im Urlaub gelesen. Ich gebe zu, dass es mir gefallen hat.",
    "Der Verein plant im Sommer neue Spiele auf dem Gelände am Fluss.",
    "Der Fahrer tat so, als habe er das Signal nicht gesehen.",
    "Die Bahn prüft derzeit, ob es eine Lösung gebe, und will im Mai entscheiden.",
]


@pytest.mark.parametrize("text", _NOT_REPORTED, ids=range(len(_NOT_REPORTED)))
def test_no_report_without_the_mood_of_speech(text: str) -> None:
    assert [q for q in _quotes(text, "de") if q[0] == "indirect"] == []


def test_alone_forms_leave_out_the_conditional() -> None:
    tables = get_language("de")
    assert {"sei", "handele", "steige"} <= set(tables.reported_mood_alone)
    assert not {"hätten", "wäre", "würden"} & set(tables.reported_mood_alone)
    assert set(tables.reported_mood_alone) <= set(tables.reported_mood)


def test_an_inverted_sei_es_reports() -> None:
    text = "Der Bund plant ein neues Förderprogramm. Wichtig sei es vor allem, die Kosten der Kommunen zu senken."
    assert ("indirect", None, "Wichtig sei es vor allem, die Kosten der Kommunen zu senken") in _quotes(
        text, "de"
    )


def test_sei_es_after_a_comma_is_no_report() -> None:
    text = "Alle Fahrzeuge sind betroffen, sei es auf der Straße oder auf der Schiene."
    assert [q for q in _quotes(text, "de") if q[0] == "indirect"] == []
