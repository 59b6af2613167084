"""Bylines, credits and datelines read the document's language tables (#11).

Every article here is invented, in the shapes real pages have.
"""

from __future__ import annotations

import pytest

import newsparse
from newsparse import Document
from newsparse.rules.furniture.bylines import BylineRule
from newsparse.rules.furniture.datelines import DatelineRule

_LEDE = {
    "de": "Die Stadt hat am Montag beschlossen, die alte Brücke über den Fluss im Frühjahr zu sanieren.",
    "hi": "प्रदेश सरकार ने सोमवार को नई योजना की घोषणा की है और इसके लिए बजट भी जारी कर दिया गया है।",
    "it": "Il consiglio comunale ha approvato ieri sera il nuovo piano per il traffico del centro storico.",
    "fr": "Le conseil municipal a voté mardi soir le budget de la rénovation du vieux pont sur la rivière.",
}


def _datelines(text: str, language: str) -> list[tuple[str, tuple[str, ...], str | None]]:
    article = newsparse.parse(text, language=language)
    return [(d.text, d.locations, d.agency) for d in article.datelines]


@pytest.mark.parametrize(
    ("opening", "language", "locations", "agency"),
    [
        ("Bremen -", "de", ("Bremen",), None),
        ("Hamburg (dpa) -", "de", ("Hamburg",), "dpa"),
        ("कानपुर, जेएनएन।", "hi", ("कानपुर",), "जेएनएन"),
        ("इंदौर (भाषा)", "hi", ("इंदौर",), "भाषा"),
        ("TORINO, 3 FEB -", "it", ("TORINO",), None),
        ("LYON (AFP) -", "fr", ("LYON",), "AFP"),
    ],
)
def test_language_dateline_shapes(
    opening: str, language: str, locations: tuple[str, ...], agency: str | None
) -> None:
    found = _datelines(f"{opening} {_LEDE[language]}", language)
    assert [(text, locs) for text, locs, _ in found] == [(opening, locations)]
    assert found[0][2] == agency


def test_title_case_place_with_hyphen_is_english_prose_not_a_dateline() -> None:
    # English keeps its rule: a title-case place needs a strong separator.
    text = "Bremen - the city of music, as the guide book calls it, has a new bridge over the river."
    assert _datelines(text, "en") == []


def test_hindi_name_with_english_gloss_is_not_a_dateline() -> None:
    text = "प्रधानमंत्री राम कुमार (PM Ram Kumar) ने सोमवार को नई योजना की घोषणा की है और बजट भी जारी किया।"
    assert _datelines(text, "hi") == []


def test_place_over_stamp_yields_to_the_full_dateline_below() -> None:
    text = (
        "Il sindaco presenta il piano per il centro\n"
        "TORINO\n"
        "04 Febbraio 2021\n"
        f"TORINO, 3 FEB - {_LEDE['it']} Lo ha detto il sindaco in aula. (ANSA).\n"
    )
    assert [d for d, _, _ in _datelines(text, "it")] == ["TORINO, 3 FEB -"]


@pytest.mark.parametrize(
    ("text", "language", "byline"),
    [
        ("Titolo della notizia sul traffico\n\nDi Marta Bianchi\n\n" + _LEDE["it"], "it", "Di Marta Bianchi"),
        ("Le pont fermera en mars\n\nPar Julie Marchand\n\n" + _LEDE["fr"], "fr", "Par Julie Marchand"),
        ("Brücke wird saniert\n\nVon Jonas Albrecht\n\n" + _LEDE["de"], "de", "Von Jonas Albrecht"),
    ],
)
def test_prefixed_bylines(text: str, language: str, byline: str) -> None:
    bylines = newsparse.parse(text, language=language).bylines
    assert [b.text for b in bylines if b.kind == "byline"] == [byline]


@pytest.mark.parametrize(
    ("last", "tag", "agency"),
    [
        ("Die Arbeiten sollen im Mai beginnen. (dpa/lni)", "(dpa/lni)", "dpa"),
        ("I lavori partiranno a maggio. (ANSA).", "(ANSA)", "ANSA"),
    ],
)
def test_agency_tag_closing_the_story(last: str, tag: str, agency: str) -> None:
    language = "de" if "dpa" in tag else "it"
    text = f"{_LEDE[language]}\n\n{last}\n"
    credits = [b for b in newsparse.parse(text, language=language).bylines if b.kind == "credit"]
    assert [(b.text, b.agency) for b in credits] == [(tag, agency)]


def test_parenthesis_after_a_sentence_that_is_no_agency_is_no_credit() -> None:
    text = f"{_LEDE['de']}\n\nDie Arbeiten sollen im Mai beginnen. (Mehr dazu morgen)\n"
    assert [b.text for b in newsparse.parse(text, language="de").bylines] == []


def test_english_tables_add_nothing_to_the_rules() -> None:
    document = Document.from_text("x", language="en")
    rule = BylineRule()
    assert rule._pats(document.tables) is rule._pats()
    und = Document.from_text("x", language="und")
    assert list(DatelineRule()(und)) == []


def test_stacked_kickers_open_a_french_headline() -> None:
    text = (
        "ENQUÊTE EXCLUSIF - Le maire de la ville renonce à son projet de tramway\n"
        "Le projet, estimé à deux cents millions d'euros, ne verra pas le jour avant la fin de la décennie, "
        "a-t-il annoncé.\n"
        f"{_LEDE['fr']}\n"
    )
    headline = newsparse.parse(text, language="fr").headline
    assert headline is not None
    assert headline.kicker is not None and headline.kicker.text == "ENQUÊTE EXCLUSIF -"
    assert headline.title.text == "Le maire de la ville renonce à son projet de tramway"
    assert headline.text == "ENQUÊTE EXCLUSIF - Le maire de la ville renonce à son projet de tramway"


def test_two_sentence_headline_under_the_page_menu_over_a_long_dek() -> None:
    text = (
        "Menu di navigazione\n"
        "Pioggia al Sud. Il Nord resta asciutto fino a domenica\n"
        "Temporali e grandine sono previsti da stasera in Calabria e in Sicilia, mentre al Nord "
        "il cielo resterà sereno.\n"
        f"{_LEDE['it']}\n"
    )
    headline = newsparse.parse(text, language="it").headline
    assert (
        headline is not None
        and headline.title.text == "Pioggia al Sud. Il Nord resta asciutto fino a domenica"
    )


@pytest.mark.parametrize("menu", ["", "Menu di navigazione\n"])
def test_a_first_line_ending_with_a_full_stop_is_still_a_lede(menu: str) -> None:
    text = menu + (
        "Pioggia al Sud. Il Nord resta asciutto fino a domenica.\n"
        "Temporali e grandine sono previsti da stasera in Calabria e in Sicilia, mentre al Nord "
        "il cielo resterà sereno.\n"
    )
    assert newsparse.parse(text, language="it").headline is None


def test_caption_with_a_credit_after_a_dash() -> None:
    text = (
        "Cão resgatado na estrada ganha um novo lar — Foto: Arquivo Pessoal\n"
        "Um cachorro abandonado na beira da estrada foi adotado por uma família da capital nesta semana.\n"
    )
    captions = newsparse.parse(text, language="pt").captions
    assert [(c.text, c.credit) for c in captions] == [
        ("Cão resgatado na estrada ganha um novo lar — Foto: Arquivo Pessoal", "Arquivo Pessoal")
    ]


@pytest.mark.parametrize(
    ("stamp", "language", "kind"),
    [
        ("- -Aktualisiert am", "de", "updated"),
        ("Mis à jour le 12 mars 2023", "fr", "updated"),
        ("Publié le", "fr", "published"),
    ],
)
def test_language_timestamp_labels(stamp: str, language: str, kind: str) -> None:
    text = f"Titre de la page\n{stamp}\n{_LEDE[language]}\n"
    stamps = newsparse.parse(text, language=language).timestamps
    assert [(t.text, t.kind) for t in stamps] == [(stamp.lstrip("- "), kind)]


def test_a_label_word_alone_is_no_timestamp() -> None:
    text = f"Titel der Seite\nAktualisiert\n{_LEDE['de']}\n"
    assert newsparse.parse(text, language="de").timestamps == ()


# -- bylines beyond "By" (#11): shapes of real pages, own words ---------------------------

_HEADLINES = {
    "de": "Stadt saniert die alte Brücke",
    "fr": "Le vieux pont sera rénové",
    "es": "La ciudad reparará el puente viejo",
    "pt": "Cidade vai reformar a ponte velha",
    "it": "Il comune rifà il ponte vecchio",
    "hi": "पुराने पुल की मरम्मत होगी",
}
_LEDE.update(
    {
        "es": "El ayuntamiento aprobó el lunes por la noche el plan para reparar el viejo puente sobre el río.",
        "pt": "A prefeitura aprovou na segunda-feira à noite o plano para reformar a velha ponte sobre o rio.",
    }
)


def _bylines(text: str, language: str) -> list[str]:
    return [b.text for b in newsparse.parse(text, language=language).bylines]


@pytest.mark.parametrize(
    ("line", "language"),
    [
        ("Rédaction Le Courrier", "fr"),  # a desk role and the outlet
        ("Redação Folha do Vale", "pt"),
        ("Redacción El Faro", "es"),
        ("संवाददाता, कानपुर", "hi"),  # a role and the place, comma between
        ("न्यूज़ डेस्क, दैनिक समाचार", "hi"),
        ("Claire Moreau, envoyée spéciale à Kiev", "fr"),  # a name, a role, where it is filed from
        ("Par Claire MOREAU, correspondante à Lyon", "fr"),
        ("रिपोर्ट: सुनील वर्मा", "hi"),  # a prefix before a name in a script without case
        ("सुनील वर्मा / कानपुर March 3, 2021", "hi"),  # name / place and date
        ("| सुनील वर्मा / कानपुर March 3, 2021 |", "hi"),  # the same in a scraped table row
        ("Jonas Berger", "de"),  # a bare name under the headline, German body below
    ],
)
def test_bylines_under_the_headline(line: str, language: str) -> None:
    text = f"{_HEADLINES[language]}\n{line}\n{_LEDE[language]} {_LEDE[language]}\n{_LEDE[language]}\n"
    expected = line.strip("| ")
    assert _bylines(text, language) == [expected]


@pytest.mark.parametrize(
    ("line", "language"),
    [
        ("fmi/dpa", "de"),  # desk initials and the agency
        ("dpa/lnw", "de"),
        ("AFP/dpa/mdr", "de"),
        ("Mit Material von dpa", "de"),  # a label before a lower-case agency
        ("(Con información de agencias)", "es"),
        ("Com agências", "pt"),  # a label naming its agency stands alone
        ("Avec les informations de Radio Nord", "fr"),
        ("Crédit photo : LM / Le Courrier", "fr"),
        ("(इनपुट भाषा)", "hi"),  # a label before a word without case
        ("JD", "fr"),  # the writer's initials alone under the story
        ("Redakteur in der Politik.", "de"),  # an author box's role line
    ],
)
def test_credits_under_the_story(line: str, language: str) -> None:
    text = f"{_HEADLINES[language]}\n{_LEDE[language]} {_LEDE[language]}\n{_LEDE[language]}\n{line}\n"
    assert _bylines(text, language) == [line]


@pytest.mark.parametrize(
    ("line", "language"),
    [
        ("Team GB Wins Gold In Rowing", "en"),  # an English role word opening a subhead
        ("Editor Resigns Over Expenses", "en"),
        ("Korrespondenten berichten aus der ganzen Welt über die Lage vor Ort und die Folgen.", "de"),
        (
            "D'après les informations de Radio Nord, le maire a annoncé mardi que les travaux "
            "commenceraient dès le mois prochain.",
            "fr",
        ),
        ("EU", "en"),  # a caption-sized tag, not initials: a paragraph follows
    ],
)
def test_lines_that_are_no_bylines(line: str, language: str) -> None:
    lede = _LEDE.get(
        language, "The council met on Tuesday and agreed to widen the quay before the winter storms."
    )
    text = f"Headline of the day\n{lede} {lede}\n{line}\n{lede} {lede}\n"
    assert _bylines(text, language) == []


def test_name_under_a_tweet_that_closes_the_story() -> None:
    text = (
        f"{_HEADLINES['fr']}\n{_LEDE['fr']} {_LEDE['fr']}\n"
        "Le pont restera fermé pendant les travaux https://t.co/AbCdEf1234\n"
        "— Mairie du Vieux-Port (@mairievp) March 3, 2021\n"
        "Claire MOREAU\n"
    )
    assert _bylines(text, "fr") == ["Claire MOREAU"]


@pytest.mark.parametrize(
    ("opening", "language", "locations", "agency"),
    [
        ("Lyon, le 3 février -", "fr", ("Lyon",), None),  # "le" before the day
        ("Torino, 3 febbraio 2021 -", "it", ("Torino",), None),  # a year after the day
        ("(ANSA) - TORINO, 3 FEB -", "it", ("TORINO",), "ANSA"),  # the agency leads
        ("Montevideo.-", "es", ("Montevideo",), None),  # full stop and dash
        ("BREMEN.", "de", ("BREMEN",), None),  # capitals and a full stop
    ],
)
def test_more_language_dateline_shapes(
    opening: str, language: str, locations: tuple[str, ...], agency: str | None
) -> None:
    found = _datelines(f"{opening} {_LEDE[language]}", language)
    assert [(text, locs) for text, locs, _ in found] == [(opening, locations)]
    assert found[0][2] == agency
