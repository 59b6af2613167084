"""Speakers beyond English, second wave of round seven: a date written between a speech verb
and what it reports is no subject (``declaró el 10 de abril que``); a surname two people share
is the one named last before the quote; Spanish and Italian ``a`` after a verb opens whom the
words went to; a role is not held by the holder of a differently qualified office.

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


# -- a date after the verb: the subject stands before the verb ---------------------------------

_DATED = [
    (
        "es",
        "La reforma sigue en debate.\nLa ministra de Trabajo, Elena Sarmiento, aseguró el 4 de "
        "marzo que “los contratos temporales deben desaparecer del sector público”.",
        "los contratos",
        "Elena Sarmiento",
    ),
    (
        "es",
        "El puerto volvió a cerrar.\nEl gobernador Tomás Quiroga dijo el pasado 12 de junio de 2021 "
        "que “la carga no puede esperar más y los camioneros tienen razón”.",
        "la carga",
        "Tomás Quiroga",
    ),
    (
        "pt",
        "A greve continua.\nO secretário de Transportes, Rui Meireles, afirmou no dia 9 de maio que "
        "“as linhas do metrô voltam a funcionar na próxima semana”.",
        "as linhas",
        "Rui Meireles",
    ),
    (
        "fr",
        "Le débat reprend.\nLa présidente de la région, Odile Ferrand, a déclaré le 3 février que « le "
        "budget des lycées sera tenu malgré l'inflation ».",
        "le budget",
        "Odile Ferrand",
    ),
    (
        "fr",
        "Le pont reste fermé.\nLe maire de Dinan, Paul Durand, a annoncé le 5 mai que « les travaux "
        "reprendront dès la fin des examens ».",
        "les travaux",
        "Paul Durand",
    ),
    (
        "it",
        "La giunta si riunisce.\nIl sindaco di Pesaro, Carlo Venturi, ha detto il 18 ottobre che « i "
        "cantieri del lungomare chiuderanno entro l'estate ».",
        "i cantieri",
        "Carlo Venturi",
    ),
]


@pytest.mark.parametrize(("language", "text", "content", "speaker"), _DATED)
def test_a_date_after_the_verb_is_no_subject(language: str, text: str, content: str, speaker: str) -> None:
    assert _speaker_of(text, language, content) == speaker


def test_a_subject_after_a_date_still_speaks() -> None:
    text = (
        "El puerto volvió a cerrar.\n“La carga no puede esperar más”, afirmó el 3 de mayo la "
        "ministra Paula Ibarra, de visita en la zona."
    )
    assert _speaker_of(text, "es", "La carga") == "Paula Ibarra"


def test_an_article_before_a_weekday_opens_a_date_too() -> None:
    text = (
        "La giunta si riunisce.\nIl sindaco Carlo Venturi ha detto il lunedì che « i cantieri del "
        "lungomare chiuderanno entro l'estate »."
    )
    assert _speaker_of(text, "it", "i cantieri") == "Carlo Venturi"


# -- two people sharing a surname: the one named last before the quote --------------------------


def test_a_shared_surname_is_the_person_named_last_before() -> None:
    text = (
        "Le chercheur Lucien Morel d'Arvieux a publié son enquête mardi. Lucien Morel dirige le "
        "laboratoire depuis 2015.\n« Nous avons compté chaque parcelle du bassin », affirme Morel.\n"
        "La préfecture a réagi. Son directeur de cabinet, Hugo Morel, a promis un audit."
    )
    assert _speaker_of(text, "fr", "Nous avons") == "Lucien Morel d'Arvieux"


def test_a_shared_surname_after_the_second_name_is_the_second_person() -> None:
    text = (
        "La investigadora Carmen Ríos presentó el informe el martes. El ministro de Obras, Julián "
        "Ríos, respondió horas después.\n“No hay ninguna obra detenida en la provincia”, aseguró Ríos."
    )
    assert _speaker_of(text, "es", "No hay") == "Julián Ríos"


def test_a_surname_one_person_holds_keeps_its_fullest_form() -> None:
    text = (
        "La investigadora Carmen Ríos Valdés presentó el informe el martes.\n“No hay ninguna obra "
        "detenida en la provincia”, aseguró Ríos."
    )
    assert _speaker_of(text, "es", "No hay") == "Carmen Ríos Valdés"


# -- "a" after a verb: a preposition in Spanish (whom the words went to), an article in Portuguese --


def test_a_newspaper_the_words_went_to_is_no_speaker() -> None:
    text = (
        "Para la arquitecta Rosa Quintero, las oficinas cambiaron. “Hoy se diseña pensando en el "
        "descanso del equipo”, explicó a La Aurora de Tucumán."
    )
    assert _speaker_of(text, "es", "Hoy se diseña") == "Rosa Quintero"


def test_the_object_of_a_spanish_a_is_no_speaker() -> None:
    text = (
        "El director de Aduanas, Fermín Otero, respondió a la publicación del diputado en sus redes "
        "diciendo: “esto es una campaña contra los funcionarios honestos del país”."
    )
    assert _speaker_of(text, "es", "esto es") == "Fermín Otero"


def test_a_portuguese_a_is_still_an_article() -> None:
    text = (
        "A obra atrasou de novo.\n“Vamos entregar a ponte em março”, disse a ministra Laura Teixeira "
        "aos jornalistas."
    )
    assert _speaker_of(text, "pt", "Vamos entregar") == "Laura Teixeira"


# -- a role another qualifier makes another office ("Premier ministre") is held by someone else ---


def test_a_role_with_a_complement_is_not_another_roles_holder() -> None:
    text = (
        "Le ministre de l'Agriculture Étienne Vasseur a visité la ferme lundi. Le Premier ministre "
        "Henri Lagarde l'a soutenu.\n« Les aides arriveront avant l'hiver », a déclaré à cette "
        "occasion le ministre de l'Agriculture."
    )
    assert _speaker_of(text, "fr", "Les aides") == "Étienne Vasseur"


def test_a_role_written_longer_still_finds_its_holder() -> None:
    text = (
        "Il capo di stato maggiore Bruno Ferri ha parlato ieri. « Le truppe restano al confine », ha "
        "spiegato il capo di stato maggiore dell'esercito."
    )
    assert _speaker_of(text, "it", "Le truppe") == "Bruno Ferri"
