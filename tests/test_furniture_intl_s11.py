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


_LEDES = {
    "es": "El gobierno anunció este martes un nuevo horario para los transbordadores del puerto.",
    "it": "La giunta ha approvato martedì il nuovo orario dei traghetti del porto cittadino.",
    "pt": "A prefeitura anunciou nesta terça-feira o novo horário das balsas do porto.",
    "fr": "Le conseil municipal a adopté mardi le nouvel horaire des bacs du port.",
    "de": "Der Gemeinderat hat am Dienstag den neuen Fahrplan für die Fähren beschlossen.",
}


@pytest.mark.parametrize(
    ("language", "line"),
    [
        ("it", "Autore: Redazione Porto Oggi"),
        ("it", "di Redazione ANSA"),
        ("es", "Por Redacción El Faro"),
        ("pt", "Por Maria Costa — Rio de Janeiro"),
        ("es", "Por Lucía Ferrer - Valencia"),
        ("pt", "Por Maria Costa – São Paulo"),
        ("es", "Texto: Lucía Ferrer"),
        ("pt", "Texto: Maria Costa"),
        ("fr", "Texte : Jeanne Morel"),
        ("it", "Testo: Paolo Neri"),
        ("es", "Autores: Lucía Ferrer y Tomás Vidal"),
        ("de", "Autoren: Petra Lindner und Jonas Gruber"),
    ],
    ids=[
        "it-desk-label",
        "it-di-desk",
        "es-por-desk",
        "pt-dash-place",
        "es-hyphen-place",
        "pt-en-dash-place",
        "es-texto",
        "pt-texto",
        "fr-texte",
        "it-testo",
        "es-autores",
        "de-autoren",
    ],
)
def test_labelled_byline_line_under_the_headline(language: str, line: str) -> None:
    text = f"Nuevo horario\n\n{line}\n\n{_LEDES[language]}\n"
    a = newsparse.parse(text, language=language)
    assert _texts(a.bylines, text) == [line]


@pytest.mark.parametrize(
    ("language", "line"),
    [
        ("pt", "Por Maria Costa — a repórter que cobriu o caso"),
        ("pt", "Texto da lei foi aprovado ontem"),
        ("es", "Por Redacción entendemos el equipo que firma la nota del día"),
    ],
    ids=["pt-dash-clause", "pt-texto-no-colon", "es-desk-sentence"],
)
def test_label_before_prose_is_no_byline(language: str, line: str) -> None:
    text = f"Nuevo horario\n\n{line}\n\n{_LEDES[language]}\n"
    assert newsparse.parse(text, language=language).bylines == ()


def test_reuters_german_month_abbreviation_in_a_dateline() -> None:
    text = f"Neuer Fahrplan\n\nFrankfurt, 03. Mrz (Reuters) - {_LEDES['de']}\n"
    a = newsparse.parse(text, language="de")
    assert _texts(a.datelines, text) == ["Frankfurt, 03. Mrz (Reuters) -"]
    assert a.datelines[0].month == 3


@pytest.mark.parametrize(
    "dateline",
    ["Bad Homburg (dpa/lhe) -", "Frankfurt/Main (dpa/lhe) -", "Wien (APA) -"],
    ids=["two-word-place", "slashed-place", "one-word"],
)
def test_wire_dateline_after_a_standfirst_on_the_same_line(dateline: str) -> None:
    text = f"{_DE_TEASER} {dateline} {_LEDES['de']} {_LEDES['de']}\n"
    a = newsparse.parse(text, language="de")
    assert _texts(a.datelines, text) == [dateline]
    assert a.captions == ()


def test_agency_closing_a_caption_sentence_far_into_the_line_stays_a_caption() -> None:
    text = (
        "Der Bürgermeister und die Hafenmeisterin stehen am Dienstag vor dem neuen Fährschiff "
        "im Hafen (dpa)\n\n" + _LEDES["de"] + "\n"
    )
    a = newsparse.parse(text, language="de")
    assert a.datelines == ()
    assert _texts(a.captions, text) != []


@pytest.mark.parametrize(
    "dateline",
    ["नई दिल्ली (भाषा)", "लखनऊ, 12 मार्च (भाषा)", "नई दिल्ली, जेएनएन।", "पटना, जागरण संवाददाता।"],
    ids=["paren-agency", "date-agency", "danda-agency", "danda-desk"],
)
def test_hindi_dateline_after_a_standfirst_on_the_same_line(dateline: str) -> None:
    body = "सरकार ने मंगलवार को बंदरगाहों के लिए नया नियम घोषित किया। इससे यात्रियों को राहत मिलेगी।"
    text = f"बंदरगाह का नया समय तय। {dateline} {body}\n"
    a = newsparse.parse(text, language="hi")
    assert _texts(a.datelines, text) == [dateline]


@pytest.mark.parametrize(
    "sentence",
    ["सब ठीक है।", "मंत्री जी, बधाई।", "राहुल गांधी:"],
    ids=["short-sentence", "comma-sentence", "speaker-colon"],
)
def test_short_hindi_sentence_inside_a_line_is_no_dateline(sentence: str) -> None:
    body = "सरकार ने मंगलवार को बंदरगाहों के लिए नया नियम घोषित किया। इससे यात्रियों को राहत मिलेगी।"
    text = f"बंदरगाह का नया समय तय। {sentence} {body}\n"
    assert newsparse.parse(text, language="hi").datelines == ()


@pytest.mark.parametrize(
    ("language", "dateline"),
    [("es", "Ciudad de México.-"), ("fr", "Kinshasa, 3 mars (ACP).-"), ("fr", "Kinshasa (ACP).-")],
    ids=["es-linked-place", "fr-date-dot-dash", "fr-dot-dash"],
)
def test_dot_dash_datelines(language: str, dateline: str) -> None:
    text = f"Titre\n\n{dateline} {_LEDES[language]}\n"
    assert _texts(newsparse.parse(text, language=language).datelines, text) == [dateline]


@pytest.mark.parametrize(
    "kicker",
    ["Literaturprojekt Fähre:", "Budget, Fahrplan, Hafen:"],
    ids=["kicker", "kicker-list"],
)
def test_a_kickers_colon_is_no_dateline_outside_english(kicker: str) -> None:
    text = f"{kicker} Der Rat streitet über das neue Schiff. {_DE_BODY}\n"
    a = newsparse.parse(text, language="de")
    assert _texts(a.datelines, text) == ["Linz –"]


def test_a_title_case_place_before_a_colon_stays_an_english_dateline() -> None:
    text = (
        "New Delhi: The harbour board approved the new ferry timetable on Tuesday after a long "
        "debate, and members said the changes would take effect in May.\n"
    )
    assert _texts(newsparse.parse(text, language="en").datelines, text) == ["New Delhi:"]


@pytest.mark.parametrize(
    ("language", "line"),
    [
        ("pt", "Em Lisboa, o índice PSI recuou 0,36%, a 6.316,39 pontos."),
        ("es", "En Lisboa, el índice PSI cayó un 0,36%, hasta 6.316,39 puntos."),
    ],
    ids=["pt-em", "es-en"],
)
def test_a_standfirst_opening_with_a_preposition_is_no_byline(language: str, line: str) -> None:
    text = f"Bolsas fecham sem direção única\n{line}\n\n\n\n{_LEDES[language]}\n"
    assert newsparse.parse(text, language=language).bylines == ()


def test_franceinfo_signs_in_lower_case() -> None:
    text = f"Le bac reprend du service\n\nArticle rédigé par franceinfo\n\n{_LEDES['fr']}\n"
    a = newsparse.parse(text, language="fr")
    assert _texts(a.bylines, text) == ["Article rédigé par franceinfo"]
    assert a.bylines[0].agency == "franceinfo"


@pytest.mark.parametrize(
    ("language", "lede", "dateline"),
    [
        (
            "it",
            "16:13 (ANSA) - ROMA - La giunta ha approvato il nuovo orario dei traghetti.",
            "16:13 (ANSA) - ROMA -",
        ),
        (
            "it",
            "09.41 (ANSA) - MILANO, 3 MAR - La giunta ha approvato il nuovo orario dei traghetti.",
            "09.41 (ANSA) - MILANO, 3 MAR -",
        ),
        ("pt", "SÃO PAULO A prefeitura anunciou nesta terça-feira o novo horário das balsas.", "SÃO PAULO"),
        ("pt", "BRASÍLIA O governo anunciou nesta terça-feira o novo horário das balsas.", "BRASÍLIA"),
        (
            "pt",
            "RIO DE JANEIRO A prefeitura anunciou nesta terça-feira o novo horário das balsas.",
            "RIO DE JANEIRO",
        ),
    ],
    ids=["it-clock-ansa", "it-clock-date", "pt-folha", "pt-folha-one-word", "pt-folha-de"],
)
def test_feed_and_folha_datelines(language: str, lede: str, dateline: str) -> None:
    text = f"Titolo\n\n{lede}\n"
    assert _texts(newsparse.parse(text, language=language).datelines, text) == [dateline]


@pytest.mark.parametrize(
    "lede",
    [
        "PT decide nesta terça-feira o novo horário das balsas do porto.",
        "EUA e China anunciaram nesta terça-feira um acordo sobre as balsas.",
        "URGENTE O governo anunciou nesta terça-feira o novo horário das balsas.",
        "STF O tribunal decidiu nesta terça-feira sobre o novo horário das balsas.",
    ],
    ids=["acronym-verb", "acronym-and", "label", "short-acronym"],
)
def test_capitals_opening_a_portuguese_lede_are_no_dateline(lede: str) -> None:
    text = f"Título\n\n{lede}\n"
    assert newsparse.parse(text, language="pt").datelines == ()


def test_byline_running_into_a_photo_credit_with_the_copyright_sign() -> None:
    text = (
        "Hafen: Der neue Fahrplan gilt ab Mai\nvon Petra Lindner Foto: © Hafenbild\n"
        f"{_LEDES['de']} Die Opposition kritisierte die Kosten und verlangte eine Prüfung.\n"
    )
    a = newsparse.parse(text, language="de")
    assert _texts(a.bylines, text) == ["von Petra Lindner", "Foto: © Hafenbild"]
    assert a.boilerplate == ()


def test_a_copyright_line_stays_a_footer() -> None:
    text = f"Neuer Fahrplan\n\n{_LEDES['de']}\n\n© 2026 Hafenzeitung GmbH. Alle Rechte vorbehalten.\n"
    a = newsparse.parse(text, language="de")
    assert [b.kind for b in a.boilerplate] == ["copyright"]


@pytest.mark.parametrize(
    "stamp",
    ["Madrid - 03 mar 2024 - 10:15 CET", "Ciudad de México - 03 mar 2024 - 10:15 CST"],
    ids=["one-word-place", "linked-place"],
)
def test_place_then_stamp_line_under_the_writer(stamp: str) -> None:
    text = f"El puerto estrena horario\n\nLucía Ferrer\n{stamp}\n\n{_LEDES['es']}\n"
    a = newsparse.parse(text, language="es")
    assert _texts(a.timestamps, text) == [stamp]
    assert a.timestamps[0].date is not None and a.timestamps[0].date.day == 3
    assert a.datelines == ()


def test_place_dash_number_in_prose_is_no_stamp() -> None:
    text = f"El puerto estrena horario\n\nMadrid - 3 muertos en el incendio\n\n{_LEDES['es']}\n"
    assert newsparse.parse(text, language="es").timestamps == ()
