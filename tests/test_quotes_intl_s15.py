"""Reported speech in Spanish, Portuguese, French, Italian, German and Hindi, round s15 (issue #11):

- a second speech verb of the same speaker ends the first reported clause when the language's
  coordinator joins it (``aunque agregó que``), with a linking adverb or two between
  (``y luego cuestionó``, ``und dann betonte``), or as a gerund after a comma (``…, advirtiendo
  que``); the second clause is reported apart, by the same speaker;
- an acronym written as a word (``Aemet``, ``Unrwa``) stands for the body the article spells out
  before it in brackets, when its first two letters are the body's first two initials;
- a religious congregation (``la congregación``) is one more generic body noun that stands for
  the body quoted by name before it.

Every sentence is invented, in the shapes of real articles. Each test forces the language.
"""

from __future__ import annotations

import pytest

from newsparse import Document, QuoteRule


def _reported(text: str, language: str) -> list[tuple[str | None, str]]:
    found = QuoteRule()(Document.from_text(text, language=language))
    return [(q.speaker, q.content.text) for q in found if q.kind == "indirect"]


SECOND_VERBS = [
    (
        "es",
        "La alcaldesa Marta Quiroga opinó que la obra no terminará este año, aunque agregó que "
        "los vecinos recibirán una compensación.",
        "la obra no terminará este año",
        "los vecinos recibirán una compensación",
    ),
    (
        "es",
        "El dirigente Tomás Ledesma afirmó que la huelga seguirá, y luego cuestionó que la empresa "
        "haya ignorado el pedido.",
        "la huelga seguirá",
        "la empresa haya ignorado el pedido",
    ),
    (
        "es",
        "La fiscal Inés Robledo denunció que el fraude duró años, advirtiendo que habrá más "
        "detenidos en los próximos días.",
        "el fraude duró años",
        "habrá más detenidos en los próximos días",
    ),
    (
        "pt",
        "O prefeito Carlos Menezes disse que a ponte será reaberta, mas depois admitiu que o "
        "prazo pode mudar.",
        "a ponte será reaberta",
        "o prazo pode mudar",
    ),
    (
        "it",
        "Il sindaco Paolo Ferretti ha detto che il ponte riaprirà a marzo, e poi ha aggiunto che "
        "i lavori costeranno di più.",
        "il ponte riaprirà a marzo",
        "i lavori costeranno di più",
    ),
]


@pytest.mark.parametrize(("language", "text", "first", "second"), SECOND_VERBS)
def test_a_second_speech_verb_reports_its_own_clause(
    language: str, text: str, first: str, second: str
) -> None:
    found = _reported(text, language)
    contents = [c for _, c in found]
    assert first in contents, found
    assert any(c.startswith(second) for c in contents), found
    assert len({s for s, _ in found}) == 1, found  # the same speaker says both


def test_a_comma_without_a_gerund_does_not_split_the_clause() -> None:
    text = "La ministra Ana Ferrer aseguró que el plan, aprobado ayer, entrará en vigor en mayo."
    assert _reported(text, "es") == [("Ana Ferrer", "el plan, aprobado ayer, entrará en vigor en mayo")]


def test_a_word_like_acronym_stands_for_the_body_spelt_out_before() -> None:
    text = (
        "Los datos llegan del Instituto Andino de Glaciares (Iandig), que mide el hielo desde 1990.\n\n"
        "El deshielo se aceleró en la última década, explica el Iandig en su informe anual."
    )
    speakers = {s for s, _ in _reported(text, "es")}
    assert speakers == {"Instituto Andino de Glaciares"}


def test_a_word_like_acronym_needs_two_matching_initials() -> None:
    text = (
        "Habló el diputado Manuel Ortega (Morena) en la sesión del martes.\n\n"
        "Morena sostuvo que la reforma no tiene los votos necesarios en la cámara."
    )
    speakers = {s for s, _ in _reported(text, "es")}
    assert "Manuel Ortega" not in speakers


def test_a_congregation_stands_for_the_body_quoted_before() -> None:
    text = (
        "“Vamos a colaborar con la justicia”, señaló la Orden de San Bruno en un comunicado.\n\n"
        "La congregación aseguró que el sacerdote fue apartado de sus funciones."
    )
    found = _reported(text, "es")
    assert [c for _, c in found] == ["el sacerdote fue apartado de sus funciones"], found
    assert found[0][0] is not None and "Orden de San Bruno" in found[0][0], found


QUOTED_SECOND = [
    (
        "es",
        "El técnico Ramiro Solís opinó que el equipo “no bajará los brazos”, aunque agregó que "
        "“el calendario es muy exigente para todos”.",
        "el equipo “no bajará los brazos”",
    ),
    (
        "fr",
        "La maire Claire Dutilleul a estimé que le chantier « prendra du retard », mais a ajouté : "
        "« nous tiendrons nos engagements ».",
        "le chantier « prendra du retard »",
    ),
]


@pytest.mark.parametrize(("language", "text", "first"), QUOTED_SECOND)
def test_a_second_verb_before_a_quotation_ends_the_first_clause(language: str, text: str, first: str) -> None:
    contents = [c for _, c in _reported(text, language)]
    assert contents == [first], contents


@pytest.mark.parametrize(
    "text",
    [
        "Der Bürgermeister Jonas Wendt erklärte am Dienstag, die Brücke werde im Herbst gesperrt.",
        "Der Bürgermeister Jonas Wendt sagte im Oktober, die Brücke werde im Herbst gesperrt.",
    ],
)
def test_a_german_day_between_cue_and_comma_still_reports(text: str) -> None:
    assert _reported(text, "de") == [("Jonas Wendt", "die Brücke werde im Herbst gesperrt")]


def test_a_capitalised_noun_between_cue_and_comma_is_no_day() -> None:
    text = "Der Bürgermeister Jonas Wendt sprach mit Anwohnern, die Brücke bleibt vorerst offen."
    assert all("Brücke bleibt" not in c for _, c in _reported(text, "de"))


def test_a_gerund_after_an_inverted_cue_reports_for_its_speaker() -> None:
    text = (
        "« Nous tiendrons les délais », a assuré Hélène Vautrin, précisant que le pont "
        "rouvrira à la fin du mois."
    )
    assert ("Hélène Vautrin", "le pont rouvrira à la fin du mois") in _reported(text, "fr")


def test_an_appositive_comma_before_a_cue_with_an_infinitive_clause() -> None:
    text = "Ce matin, la préfète de la Somme, Odile Marchand, jointe par téléphone, a confié avoir alerté les maires."
    # the clause, not the sentence up to the comma (who says it is left to the speaker rules)
    assert [c for _, c in _reported(text, "fr")] == ["avoir alerté les maires"]


def test_a_dash_incise_before_the_complementiser_keeps_the_whole_sentence() -> None:
    text = "La alcaldesa Rosa Mena habló ayer. No olvidemos —advirtió— que el río sigue creciendo cada día."
    contents = [c for _, c in _reported(text, "es")]
    assert "el río sigue creciendo cada día" not in contents, contents
