"""Wire datelines of other languages' pages (#11, #9): an agency with a second agency or a
regional service after a slash, and an agency dateline alone on its line. Our own lines."""

from __future__ import annotations

import pytest

import newsparse


@pytest.mark.parametrize(
    ("text", "expected", "agency"),
    [
        (
            "Neuer Plan für den Nahverkehr\nBerlin (dpa/lnw) - Die Regierung hat am Dienstag einen "
            "neuen Plan vorgestellt. Der Minister erläuterte die Maßnahmen im Landtag.",
            "Berlin (dpa/lnw) -",
            "dpa/lnw",
        ),
        (
            "Budget passes after long night\nPARIS (AFP/Reuters) - The government presented a new "
            "plan on Tuesday for public transport in the region. The minister explained it.",
            "PARIS (AFP/Reuters) -",
            "AFP/Reuters",
        ),
        (
            "Budget passes after long night\nBERLIN (dpa/lby) - The government presented a new "
            "plan on Tuesday for public transport in the region. The minister explained it.",
            "BERLIN (dpa/lby) -",
            "dpa/lby",
        ),
        (
            "Un nuevo plan para el transporte\nMADRID, 3 (EUROPA PRESS)\nEl Gobierno anunció este "
            "martes un nuevo plan para el transporte público en la región. El ministro lo presentó.",
            "MADRID, 3 (EUROPA PRESS)",
            "EUROPA PRESS",
        ),
    ],
    ids=["de_regional_service", "en_two_agencies", "en_dpa_service", "es_agency_line_alone"],
)
def test_wire_dateline(text: str, expected: str, agency: str) -> None:
    article = newsparse.parse(text)
    assert [(d.text, d.agency) for d in article.datelines] == [(expected, agency)]
    assert not article.captions  # the agency in brackets is not a photo credit


def test_photo_credit_with_a_slash_stays_a_caption() -> None:
    text = (
        "Ein Mann steht vor dem Gericht. (Foto: dpa/Jane Roe)\n"
        "Die Regierung hat am Dienstag einen neuen Plan vorgestellt. Der Minister erläuterte ihn."
    )
    article = newsparse.parse(text)
    assert [c.text for c in article.captions] == ["Ein Mann steht vor dem Gericht. (Foto: dpa/Jane Roe)"]
    assert not article.datelines


def test_place_alone_on_its_line_without_an_agency_is_no_dateline() -> None:
    text = (
        "Un nuevo plan para el transporte\nMADRID, 3\nEl Gobierno anunció este martes un nuevo plan "
        "para el transporte público en la región. El ministro lo presentó."
    )
    assert newsparse.parse(text).datelines == ()
