"""Date stamps and author lines in the shapes of the other built-in languages (#9, #11).

Every article here is invented, in the shapes real pages have: the stamp or the byline sits
between the headline and the lede, or closes the story.
"""

from __future__ import annotations

import pytest

import newsparse

_HEAD = {
    "en": "Harbour board approves the northern quay plan",
    "fr": "Le conseil municipal approuve le projet du port",
    "es": "El consejo aprueba la ampliación del puerto",
    "de": "Stadtrat billigt den Ausbau des Hafens",
    "pt": "Câmara aprova a ampliação do porto",
    "it": "Il consiglio approva l'ampliamento del porto",
    "hi": "नगर परिषद ने बंदरगाह विस्तार को मंजूरी दी",
}
_BODY = {
    "en": (
        "The harbour board agreed on Tuesday to widen the northern quay before the winter storms.\n\n"
        "Officials said the work would take about six months and cost less than first expected.\n\n"
        "The union said it would not return to the table this week, and talks resume in March."
    ),
    "fr": (
        "Le conseil municipal a approuvé mardi le projet d'agrandissement du quai nord avant l'hiver.\n\n"
        "Les travaux dureront environ six mois et coûteront moins cher que prévu, selon la mairie.\n\n"
        "Le syndicat a indiqué qu'il ne reviendrait pas à la table des négociations cette semaine."
    ),
    "es": (
        "El consejo municipal aprobó el martes el proyecto para ampliar el muelle norte antes del invierno.\n\n"
        "Las obras durarán unos seis meses y costarán menos de lo previsto, según el ayuntamiento.\n\n"
        "El sindicato dijo que no volverá a la mesa de negociación esta semana."
    ),
    "de": (
        "Der Stadtrat hat am Dienstag den Ausbau des nördlichen Kais vor den Winterstürmen beschlossen.\n\n"
        "Die Arbeiten sollen etwa sechs Monate dauern und weniger kosten als erwartet, hieß es.\n\n"
        "Die Gewerkschaft erklärte, sie werde in dieser Woche nicht an den Tisch zurückkehren."
    ),
    "pt": (
        "A câmara municipal aprovou na terça-feira o projeto de ampliação do cais norte antes do inverno.\n\n"
        "As obras devem durar cerca de seis meses e custar menos do que o previsto, segundo a prefeitura.\n\n"
        "O sindicato disse que não voltará à mesa de negociação nesta semana."
    ),
    "it": (
        "Il consiglio comunale ha approvato martedì il progetto di ampliamento della banchina nord.\n\n"
        "I lavori dureranno circa sei mesi e costeranno meno del previsto, secondo il comune.\n\n"
        "Il sindacato ha detto che non tornerà al tavolo delle trattative questa settimana."
    ),
    "hi": (
        "नगर परिषद ने मंगलवार को सर्दियों से पहले उत्तरी घाट के विस्तार की योजना को मंजूरी दे दी है।\n\n"
        "अधिकारियों ने कहा कि काम में लगभग छह महीने लगेंगे और लागत उम्मीद से कम होगी।\n\n"
        "यूनियन ने कहा कि वह इस सप्ताह बातचीत की मेज पर नहीं लौटेगी।"
    ),
}


def _under_headline(line: str, language: str) -> newsparse.Article:
    return newsparse.parse(f"{_HEAD[language]}\n{line}\n{_BODY[language]}", language=language)


def _closing(line: str, language: str) -> newsparse.Article:
    return newsparse.parse(f"{_HEAD[language]}\n{_BODY[language]}\n\n{line}", language=language)


@pytest.mark.parametrize(
    ("stamp", "language", "kinds"),
    [
        ("Publié le 3 mars 2024 à 10h20", "fr", ["published"]),
        ("Mis à jour le 3 mars 2024 à 10:20", "fr", ["updated"]),
        ("Publié aujourd'hui à 10h20", "fr", ["published"]),
        ("mardi 3 mars 2024", "fr", ["published"]),
        ("il y a 2 heures", "fr", ["relative"]),
        ("Actualizado: 03/03/2024 10:20 hs", "es", ["updated"]),
        ("03 mar 2024 - 10:20 a. m.", "es", ["published"]),
        ("hace 2 horas", "es", ["relative"]),
        ("Dienstag, 03.03.2024", "de", ["published"]),
        ("vor 2 Stunden", "de", ["relative"]),
        ("03/03/2024 10h20", "pt", ["published"]),
        ("Publicado em 03/03/2024 às 10h20", "pt", ["published"]),
        ("há 2 horas", "pt", ["relative"]),
        ("Pubblicato il 3 marzo 2024 alle 10:20", "it", ["published"]),
        ("Aggiornato il 3 marzo 2024 ore 10:20", "it", ["updated"]),
        ("2 ore fa", "it", ["relative"]),
        ("प्रकाशित: 3 मार्च 2024", "hi", ["published"]),
        ("3 मार्च 2024, 10:20 AM", "hi", ["published"]),
        ("2 घंटे पहले", "hi", ["relative"]),
        ("Last Updated: March 3, 2024, 10:20 IST", "en", ["updated"]),
        ("Last Updated: March 3, 2024, 10:20 IST", "hi", ["updated"]),
        (
            "Publié le 03 mars 2024 à 10h20, mis à jour le 03 mars 2024 à 12h05",
            "fr",
            ["published", "updated"],
        ),
        ("03/03/2024 às 10h20 - Atualizado em 03/03/2024 às 12h05", "pt", ["published", "updated"]),
    ],
    ids=lambda v: v if isinstance(v, str) else None,
)
def test_stamp_lines_of_each_language(stamp: str, language: str, kinds: list[str]) -> None:
    article = _under_headline(stamp, language)
    assert [t.kind for t in article.timestamps] == kinds
    assert " ".join(t.text for t in article.timestamps) == stamp
    assert not article.datelines  # "प्रकाशित:" is the stamp's label, not a place


def test_time_with_h_is_parsed() -> None:
    (stamp,) = _under_headline("Publié le 3 mars 2024 à 10h20", "fr").timestamps
    assert stamp.date_text == "3 mars 2024 à 10h20"


@pytest.mark.parametrize(
    ("line", "language"),
    [
        ("Il y a 2 ans, le port a fermé ses portes pendant trois semaines.", "fr"),
        ("Vor 2 Stunden hat der Rat die Pläne für den Hafen vorgestellt.", "de"),
        ("Hace 2 horas el alcalde anunció la obra en el muelle norte.", "es"),
    ],
)
def test_sentences_opening_with_a_relative_time_are_no_stamps(line: str, language: str) -> None:
    article = newsparse.parse(f"{_HEAD[language]}\n{_BODY[language]}\n\n{line}", language=language)
    assert article.timestamps == ()


@pytest.mark.parametrize(
    ("line", "language"),
    [
        ("Curated By : Jane Roe", "en"),
        ("Byline: Jane Roe", "en"),
        ("Reported By: Jane Roe | Edited By: Tom Okafor", "en"),
        ("Sports Desk", "en"),
        ("FPJ News Service", "en"),
        ("HT Team", "en"),
        ("Ledger Staff, Pune", "en"),
        ("Gazette Bureau, Pune", "en"),
        ("द्वारा: रमेश कुमार", "hi"),
        ("रिपोर्ट - रमेश कुमार", "hi"),
        ("लाइव हिन्दुस्तान टीम", "hi"),
        ("जागरण संवाददाता, लखनऊ", "hi"),
        (
            "न्यूज डेस्क, अमर उजाला, नई दिल्ली Published by: सुरेंद्र जोशी Updated Sat, 10 Feb 2024 10:20 AM IST",
            "hi",
        ),
    ],
)
def test_author_and_desk_lines_under_the_headline(line: str, language: str) -> None:
    article = _under_headline(line, language)
    assert [b.text for b in article.bylines] == [line]
    assert not article.datelines


def test_desk_line_with_a_byline_after_it_keeps_both_parts() -> None:
    line = "न्यूज डेस्क, अमर उजाला, नई दिल्ली Published by: सुरेंद्र जोशी Updated Sat, 10 Feb 2024 10:20 AM IST"
    (byline,) = _under_headline(line, "hi").bylines
    assert byline.names == ("सुरेंद्र जोशी",)
    assert byline.role == "न्यूज डेस्क"
    assert byline.date is not None and byline.date.hour == 10


@pytest.mark.parametrize(
    ("line", "language"),
    [
        ("(इनपुट - भाषा)", "hi"),
        ("(एजेंसी इनपुट के साथ)", "hi"),
        ("— Jane Roe", "en"),
        ("-- Jane Roe", "en"),
    ],
)
def test_credits_and_signatures_under_a_story_of_short_paragraphs(line: str, language: str) -> None:
    # The paragraphs are all under 150 characters: two of them put the body under way.
    assert [b.text for b in _closing(line, language).bylines] == [line]


@pytest.mark.parametrize(
    "line",
    [
        "Letters to the Editor",  # lower-case words: a section, not a desk
        "Our Editorial Board",  # "our" opens no outlet
        "Parents Flock Back Online",  # "Online" ends a subhead: no initials, no place
    ],
)
def test_short_title_case_lines_that_are_no_desk_credit(line: str) -> None:
    article = _under_headline(line, "en")
    assert [b.text for b in article.bylines] == []


def test_a_desk_word_under_the_story_is_no_desk_credit() -> None:
    assert _closing("Meet The Newsroom", "en").bylines == ()


@pytest.mark.parametrize(
    ("line", "language"),
    [
        ("Le Figaro avec AFP", "fr"),
        ("Par Le Parisien avec AFP", "fr"),
        ("Ein Artikel von Hans Müller", "de"),
        ("a cura di Mario Rossi", "it"),
        ("पीटीआई, नई दिल्ली", "hi"),
    ],
)
def test_outlet_and_agency_lines_of_other_languages(line: str, language: str) -> None:
    assert [b.text for b in _under_headline(line, language).bylines] == [line]


@pytest.mark.parametrize(
    ("line", "language"),
    [("(ots)", "de"), ("(Com Reuters)", "pt"), ("(ANSA).", "it")],
)
def test_agency_tags_closing_a_story_of_other_languages(line: str, language: str) -> None:
    assert [b.text for b in _closing(line, language).bylines] == [line]


def test_second_stamp_after_a_time_with_no_separator() -> None:
    line = "Publié le 03/03/2024 10:20 Mis à jour le 03/03/2024 12:05"
    stamps = _under_headline(line, "fr").timestamps
    assert [(t.text, t.kind) for t in stamps] == [
        ("Publié le 03/03/2024 10:20", "published"),
        ("Mis à jour le 03/03/2024 12:05", "updated"),
    ]


@pytest.mark.parametrize(
    "line",
    [
        "Jane Roe: I never thought the quay would be finished @ this price.",
        "Jane Roe: the quay is finished",
    ],
)
def test_a_name_and_a_colon_before_words_is_no_contact_line(line: str) -> None:
    assert _closing(line, "en").bylines == ()


def test_writer_name_colon_and_ways_to_reach_them() -> None:
    line = "Jane Roe: 206-555-0100 or jroe@example.com; on Twitter: @janeroe."
    (byline,) = _closing(line, "en").bylines
    assert (byline.text, byline.kind, byline.names) == (line, "credit", ("Jane Roe",))


_LEDE = {
    "es": "el consejo municipal aprobó el martes el proyecto para ampliar el muelle norte antes del invierno.",
    "hi": "नगर परिषद ने मंगलवार को सर्दियों से पहले उत्तरी घाट के विस्तार की योजना को मंजूरी दे दी है।",
}


@pytest.mark.parametrize(
    ("opening", "language", "agency"),
    [
        ("MADRID, 3 (EUROPA PRESS)", "es", "EUROPA PRESS"),
        ("Madrid, 3 de marzo de 2024.-", "es", None),
        ("Lima, 3 de marzo (Andina).", "es", "Andina"),
        ("नई दिल्ली, 3 मार्च (भाषा)", "hi", "भाषा"),
        ("पटना, 3 मार्च (हि.स.)।", "hi", "हि.स."),
        ("नई दिल्ली, 03 मार्च।", "hi", None),
    ],
)
def test_datelines_with_a_written_date(opening: str, language: str, agency: str | None) -> None:
    text = f"{_HEAD[language]}\n{opening} {_LEDE[language]}\n\n{_BODY[language].split(chr(10) * 2, 1)[1]}"
    (dateline,) = newsparse.parse(text, language=language).datelines
    assert (dateline.text, dateline.agency) == (opening, agency)


def test_a_sentence_with_a_date_after_a_place_is_no_dateline() -> None:
    text = f"{_HEAD['es']}\nMadrid, 3 de marzo de 2024 fue el día en que el consejo aprobó la obra.\n"
    assert newsparse.parse(text, language="es").datelines == ()


@pytest.mark.parametrize(
    ("line", "language", "names", "date_text"),
    [
        ("Publié le 3 mars 2024 à 10h20 par Jeanne Dupont", "fr", ("Jeanne Dupont",), "3 mars 2024 à 10h20"),
        ("Veröffentlicht am 03.03.2024 von Hans Müller", "de", ("Hans Müller",), "03.03.2024"),
        ("Publicado el 3 de marzo de 2024 por Juan Pérez", "es", ("Juan Pérez",), "3 de marzo de 2024"),
    ],
)
def test_stamp_then_prefixed_name_is_a_byline_with_the_stamps_date(
    line: str, language: str, names: tuple[str, ...], date_text: str
) -> None:
    # The byline runs from its prefix ("par", "von"), as the annotations have it; the stamp
    # before it is the page's timestamp, and its date is the byline's too.
    article = _under_headline(line, language)
    (byline,) = article.bylines
    prefixed = line[line.index(date_text) + len(date_text) :].strip()
    assert (byline.text, byline.names, byline.date_text) == (prefixed, names, date_text)
    assert [t.text for t in article.timestamps] == [line[: line.index(date_text) + len(date_text)]]
