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


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Die Gewerkschaft will mehr Transparenz bei Pauschalverträgen. Wien – Die Gewerkschaft "
            "sieht Handlungsbedarf bei sogenannten Pauschalverträgen. Ein neues Werkzeug soll helfen.",
            "Wien –",
        ),
        (
            "Die Wahl soll im Herbst stattfinden. Das Datum steht noch nicht fest. Gaza/Jerusalem – "
            "Die Organisation will im Sommer neue Lager eröffnen, schrieb sie auf ihrer Webseite.",
            "Gaza/Jerusalem –",
        ),
        (
            "Shares slip as investors weigh the rate outlook. LONDON, Nov 21 (Reuters) - European "
            "shares fell on Friday as investors weighed the outlook for rates. Banks led the fall.",
            "LONDON, Nov 21 (Reuters) -",
        ),
        (
            "Le plan prévoit trois nouvelles lignes. PARIS (AFP) – Le gouvernement a présenté mardi "
            "un plan pour les transports publics. Le ministre a détaillé les mesures.",
            "PARIS (AFP) –",
        ),
    ],
    ids=["de_place_dash", "de_two_places_after_two_sentences", "en_wire", "fr_wire"],
)
def test_dateline_after_a_standfirst_on_the_same_line(text: str, expected: str) -> None:
    assert [d.text for d in newsparse.parse(text).datelines] == [expected]


@pytest.mark.parametrize(
    "text",
    [
        "Das sagte der Minister am Montag. Ein Sprecher – der nicht genannt werden wollte – bestätigte "
        "die Pläne am Dienstag. Die Regierung will im Mai entscheiden.",
        "Die Ministerin gab ein Interview. STANDARD: Wie waren die ersten Wochen im Amt? Sie lacht und "
        "sagt, es sei viel zu tun gewesen in den ersten Wochen.",
        "The vote is due in March. The Senate — which met on Monday — passed the bill after a long "
        "debate. Officials said the plan would add three routes.",
    ],
    ids=["de_parenthesis_dash", "de_interview_label", "en_parenthesis_dash"],
)
def test_no_dateline_inside_running_text(text: str) -> None:
    assert newsparse.parse(text).datelines == ()


def test_taz_dateline_place_paper_and_pipe() -> None:
    text = (
        "Neuer Plan für den Nahverkehr\nDie Regierung will Busse stärken.\nBERLIN taz | Die "
        "Regierung hat am Dienstag einen neuen Plan für den Nahverkehr vorgestellt. Der Minister "
        "erläuterte die Maßnahmen im Landtag vor den Abgeordneten."
    )
    assert [(d.text, d.agency) for d in newsparse.parse(text).datelines] == [("BERLIN taz |", "taz")]


_ES_LEDE = (
    "El Gobierno anunció este martes un nuevo plan para el transporte público en la región. El "
    "ministro presentó las medidas ante los diputados."
)


@pytest.mark.parametrize(
    ("prefix", "expected"),
    [
        ("TEGUCIGALPA, HONDURAS.- ", "TEGUCIGALPA, HONDURAS.-"),
        ("Santo Domingo, RD.- ", "Santo Domingo, RD.-"),
        ("SAN PEDRO SULA, HONDURAS. ", "SAN PEDRO SULA, HONDURAS."),
        ("BOGOTÁ. ", "BOGOTÁ."),
        ("Bogotá, 3 de junio de 2024 - ", "Bogotá, 3 de junio de 2024 -"),
        ("ONU. ", None),
        ("URGENTE. ", None),
    ],
    ids=["caps_country_stop_dash", "place_country_code", "caps_stop", "one_caps_word_stop",
         "written_date_dash", "acronym_stop", "label_stop"],
)  # fmt: skip
def test_spanish_place_forms(prefix: str, expected: str | None) -> None:
    text = "Un nuevo plan para el transporte\n" + prefix + _ES_LEDE
    assert [d.text for d in newsparse.parse(text).datelines] == ([expected] if expected else [])


def test_spanish_country_abbreviation_is_no_place() -> None:
    text = "Un nuevo plan\nEE.UU. anunció este martes un nuevo plan para el transporte público. El ministro habló."
    assert newsparse.parse(text).datelines == ()


def test_portuguese_place_state_and_agency() -> None:
    text = (
        "Um novo plano para o transporte\nSÃO PAULO, SP (FOLHAPRESS) - O governo anunciou nesta "
        "terça-feira um novo plano para o transporte público na região. O ministro apresentou as medidas."
    )
    assert [d.text for d in newsparse.parse(text).datelines] == ["SÃO PAULO, SP (FOLHAPRESS) -"]


def test_hindi_bhasha_day_written_as_a_word() -> None:
    text = (
        "परिवहन के लिए नई योजना\nनयी दिल्ली, तीन जून (भाषा) सरकार ने मंगलवार को क्षेत्र में "
        "सार्वजनिक परिवहन के लिए एक नई योजना की घोषणा की। मंत्री ने उपायों को प्रस्तुत किया।"
    )
    assert [d.text for d in newsparse.parse(text).datelines] == ["नयी दिल्ली, तीन जून (भाषा)"]
