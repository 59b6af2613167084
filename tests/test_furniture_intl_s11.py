"""Furniture shapes beyond English, eleventh round (#11): a dated signature in brackets closing an
Austrian or Swiss story (``(Jane Roe aus Wien, 3.1.2016)``, ``(APA, dpa, 20.5.2016)``), a wire
date whose month keeps its abbreviation's full stop (``Milano, 24 mar. (askanews) –``), French
and Portuguese wire datelines with a date and no ``le``, and the ``Article rédigé par`` label.
The articles are invented."""

from __future__ import annotations

import pytest

import newsparse

_DE_TEASER = "Der Gemeinderat streitet weiter über die neue Fährverbindung am Hafen."
_DE_BODY = (
    "Linz – Der Gemeinderat hat am Dienstag nach langer Debatte den neuen Fahrplan beschlossen. "
    "Die Änderungen sollen im Mai gelten, sobald das zweite Boot repariert ist. Die Opposition "
    "kritisierte die Kosten und verlangte eine Prüfung durch den Rechnungshof."
)


def _texts(items: tuple[object, ...], text: str) -> list[str]:
    return [text[x.span.start : x.span.end] for x in items]  # type: ignore[attr-defined]


@pytest.mark.parametrize(
    "signature",
    [
        "(APA, dpa,  20.5.2016)",
        "(APA/Reuters, 2.8.2015)",
        "(red, 16. 5. 2016)",
        "(Petra Lindner, 19.1.2016)",
        "(Jonas Gruber; 01.11.2015)",
        "(Petra Lindner, Jonas Gruber, 26.4.2016)",
        "(Lukas Hofer aus Graz, 30.12.2015)",
        "(APA/red – 8.8. 2015)",
    ],
    ids=["agencies", "slashed", "desk", "writer", "semicolon", "two-writers", "from-place", "dash"],
)
def test_dated_signature_closing_a_one_line_story_is_a_byline(signature: str) -> None:
    text = f"{_DE_TEASER} {_DE_BODY} {signature}\n"
    a = newsparse.parse(text, language="de")
    assert _texts(a.bylines, text) == [signature]
    assert _texts(a.boilerplate, text) == []
    assert _texts(a.captions, text) == []


@pytest.mark.parametrize(
    "tail",
    [
        "(2.1.2016)",  # a date alone: a stamp, no credit
        "(Stand: 3.5.2016)",  # an update stamp
        "(Stand 3.5.2016)",
    ],
    ids=["date-alone", "stand-colon", "stand"],
)
def test_a_bracketed_date_without_a_signer_is_no_byline(tail: str) -> None:
    text = f"{_DE_TEASER} {_DE_BODY} {tail}\n"
    assert newsparse.parse(text, language="de").bylines == ()


def test_a_dated_bracket_inside_a_sentence_is_no_byline() -> None:
    text = (
        f"{_DE_TEASER} {_DE_BODY} Der Vertrag (unterzeichnet am 3.5.2016) läuft noch zwei Jahre, "
        "sagte der Bürgermeister.\n"
    )
    assert newsparse.parse(text, language="de").bylines == ()


@pytest.mark.parametrize(
    ("language", "lede", "dateline"),
    [
        (
            "it",
            "Milano, 24 mar. (askanews) – La giunta ha approvato ieri il nuovo orario dei traghetti del porto.",
            "Milano, 24 mar. (askanews) –",
        ),
        (
            "it",
            "Roma, 6 set. (askanews) – Il consiglio ha respinto la mozione sui fondi per il porto.",
            "Roma, 6 set. (askanews) –",
        ),
        (
            "fr",
            "Paris, 12 mars (AFP) - Le conseil municipal a adopté mardi le nouvel horaire des bacs.",
            "Paris, 12 mars (AFP) -",
        ),
        (
            "fr",
            "Genève, 3 févr. 2024 (ATS) – Le conseil a voté mardi le nouvel horaire des bateaux du lac.",
            "Genève, 3 févr. 2024 (ATS) –",
        ),
        (
            "pt",
            "Brasília, 12 de março (Agência Brasil) – O governo anunciou nesta terça-feira o novo horário das balsas.",
            "Brasília, 12 de março (Agência Brasil) –",
        ),
        (
            "pt",
            "SÃO PAULO, 3 MAR (Reuters) - A prefeitura anunciou nesta terça-feira o novo horário das balsas.",
            "SÃO PAULO, 3 MAR (Reuters) -",
        ),
    ],
    ids=["it-mar", "it-set", "fr-no-le", "fr-abbrev-year", "pt-de", "pt-caps"],
)
def test_wire_dateline_with_a_date(language: str, lede: str, dateline: str) -> None:
    text = f"Titolo\n\n{lede}\n"
    a = newsparse.parse(text, language=language)
    assert _texts(a.datelines, text) == [dateline]


def test_a_score_after_a_place_is_no_french_dateline() -> None:
    text = "Titre\n\nLyon, 3 buts à 1 – le match a tourné mardi soir au stade.\n"
    assert newsparse.parse(text, language="fr").datelines == ()


def test_article_redige_par_is_a_french_byline() -> None:
    text = (
        "Le bac reprend du service\n\nArticle rédigé par Jeanne Morel\n\n"
        "Le conseil municipal a adopté mardi le nouvel horaire des bacs du port.\n"
    )
    a = newsparse.parse(text, language="fr")
    assert _texts(a.bylines, text) == ["Article rédigé par Jeanne Morel"]
    assert a.bylines[0].names == ("Jeanne Morel",)
