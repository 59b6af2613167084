"""Footers, sixth round (#9, #11): paragraphs that a one-line scrape joined with runs of blanks.
Every article here is our own invented text in the shapes real CSV scrapes have."""

from __future__ import annotations

import pytest

from newsparse import BoilerplateRule, default_parser, find_boilerplate
from newsparse.rules.boilerplate.spaced import paragraph_parts

PARAGRAPHS = (
    "The district council on Tuesday approved a plan to rebuild the flood wall along the river.",
    "Councillor Ana Ferreira said the old wall had failed twice in heavy rain since the spring.",
    "The works will cost about 12 million dollars and take two years, the council's engineer said.",
    "Residents of the lower town had asked for the repairs in a petition signed by 4,000 people.",
    "The first section, by the old bridge, is due to be finished before the winter floods begin.",
)


def _joined(widget: str, gap: str = "   ") -> str:
    """A one-line scrape: the story's paragraphs joined by ``gap``, ``widget`` among them."""
    return gap.join((*PARAGRAPHS[:2], widget, *PARAGRAPHS[2:]))


@pytest.mark.parametrize(
    "widget",
    ["Share this article", "Story continues below", "Most Popular", "Copy link", "Comments are closed."],
    ids=["share", "continues", "rail-label", "copy-link", "comments"],
)
def test_a_widget_between_paragraphs_joined_by_blanks_is_found(widget: str) -> None:
    assert [b.text for b in find_boilerplate(_joined(widget))] == [widget]


def test_single_spaces_do_not_cut_a_joined_line() -> None:
    # Joined with one space, "Trending Residents ..." reads as one run: nothing is cut out.
    text = _joined("Trending", gap=" ")
    assert [b.text for b in find_boilerplate(text)] == []


def test_a_story_joined_by_blanks_gives_no_footer() -> None:
    assert find_boilerplate("   ".join(PARAGRAPHS * 2)) == ()


def test_a_layout_table_row_is_not_cut_at_its_cell_padding() -> None:
    row = "| " + "  ".join(PARAGRAPHS) + " |  |  |  | "
    assert paragraph_parts(row, 0, len(row)) == [(0, len(row))]
    # Empty cells may be residue; no paragraph of the story in the row is cut out.
    assert all(not any(c.isalpha() for c in b.text) for b in find_boilerplate(row))


def test_a_joined_line_is_cut_at_each_run_of_blanks() -> None:
    text = _joined("Most Popular", gap="\u00a0 \t")
    assert [text[s:e] for s, e in paragraph_parts(text, 0, len(text))] == [
        *PARAGRAPHS[:2],
        "Most Popular",
        *PARAGRAPHS[2:],
    ]


def test_the_cut_can_be_turned_off() -> None:
    parser = default_parser.replace("boilerplate", BoilerplateRule(spaced_paragraphs=False))
    assert parser.parse(_joined("Trending")).boilerplate == ()
    assert [b.text for b in find_boilerplate(_joined("Trending"))] == ["Trending"]


# --- the page's own media, player, gallery and live-blog notices --------------------------------

STORY = "\n".join(PARAGRAPHS[:2]) + "\n{}\n" + "\n".join(PARAGRAPHS[2:])


@pytest.mark.parametrize(
    "line",
    [
        "Video Player is loading.",
        "This video can not be played",
        "Sorry, your browser doesn't support embedded videos.",
        "Please turn on JavaScript. Media requires JavaScript to play.",
        "This content is not available due to your privacy preferences.",
        "toggle caption",
        "Enlarge this image",
        "Swipe for more photos",
        "Click the image to enlarge.",
        "Watch the full interview below.",
        "Show key events only",
        "ADVERTISEMENT - CONTINUE READING BELOW",
        "Recommended for you",
        "Supported by",
        "Our journalism depends on your support. Please give what you can.",
        "Jane Roe/AFP via Getty Images",
    ],
)
def test_a_media_or_page_notice_alone_on_a_line_is_a_footer(line: str) -> None:
    assert [b.text for b in find_boilerplate(STORY.format(line))] == [line]


@pytest.mark.parametrize(
    "line",
    [
        "The video shows officers ramming the door of the motel room shortly after midnight.",
        "Police said the footage could not be played in court because of a fault in the recorder.",
        "Recommended by the panel, the plan goes to a vote of the full council next month.",
        "Supported by two unions, the strike is due to begin on Monday morning.",
        "Key events of the season were the cup final and the relegation battle, the chairman said.",
    ],
)
def test_a_story_sentence_about_media_stays_story(line: str) -> None:
    assert find_boilerplate(STORY.format(line)) == ()


# --- news sites' stamps, plugs and buttons --------------------------------------------------------


@pytest.mark.parametrize(
    "line",
    [
        "city Updated: Mar 3, 2024 08:05 IST",
        "world news Published: 14 November 2023, 10:05 IST",
        "(Published 14 November 2023, 10:05 IST)",
        "(First published on Nov 14, 2023 at 10:05 AM)",
        "Discover the latest city news and market updates on the Ledger, or download the Ledger App today!",
        "* Thank you for subscribing to our newsletter.",
        "Location : Riverside, India",
        "READ LATER",
        "Go to Home Page",
        "Read our editorial standards",
        "Note: This article has been sourced from a wire agency.",
        "Liked the story? Share it with your friends.",
        "Make a contribution to Independent Journalism",
    ],
)
def test_a_site_stamp_plug_or_button_alone_on_a_line_is_a_footer(line: str) -> None:
    assert [b.text for b in find_boilerplate(STORY.format(line))] == [line]


@pytest.mark.parametrize(
    "line",
    [
        "Prices were updated on Mar 3, 2024 after the regulator approved the new tariff.",
        "The mayor updated: the market reopens on Mar 3, 2024, she told reporters.",
        "Discover the latest fossils at the museum, the curator said, before they download the scans.",
        "Remove the pan from the heat and leave the sauce to cool for ten minutes.",
        "This report was taken from a wire photo archive and shows the harbour in 1952, historians said.",
    ],
)
def test_a_story_sentence_like_a_stamp_or_plug_stays_story(line: str) -> None:
    assert find_boilerplate(STORY.format(line)) == ()


# --- widget strings between the sentences of a joined line ---------------------------------------


@pytest.mark.parametrize(
    ("widget", "kind"),
    [
        ("Share this article", "share"),
        ("Most Popular", "related_links"),
        ("Story continues below", "ad"),
        ("Representative Image", "other"),
    ],
)
def test_a_widget_between_two_sentences_of_a_joined_line_is_found(widget: str, kind: str) -> None:
    text = " ".join(PARAGRAPHS[:3]) + " " + widget + " " + " ".join(PARAGRAPHS[3:] * 3)
    assert [(b.kind, b.text) for b in find_boilerplate(text)] == [(kind, widget)]


@pytest.mark.parametrize(
    "sentence",
    [
        "Share this article with your neighbours, the mayor urged residents on Monday.",
        "Most Popular among the new homes are the flats by the old bridge, agents said.",
        "He shouted “I read it twice. Read More Slowly” at the reporters outside.",
    ],
)
def test_a_sentence_opening_with_widget_words_stays_story(sentence: str) -> None:
    text = " ".join(PARAGRAPHS[:3]) + " " + sentence + " " + " ".join(PARAGRAPHS[3:] * 3)
    assert find_boilerplate(text) == ()


def test_the_widget_step_can_be_turned_off() -> None:
    text = " ".join(PARAGRAPHS[:3]) + " Most Popular " + " ".join(PARAGRAPHS[3:] * 3)
    parser = default_parser.replace("boilerplate", BoilerplateRule(mid_line_widgets=()))
    assert parser.parse(text).boilerplate == ()


# --- Hindi site plugs and photo tags (#11) -------------------------------------------------------

HI_STORY = (
    "नगर परिषद ने मंगलवार शाम पुस्तकालयों पर लंबी बहस के बाद नया बजट पारित कर दिया।\n"
    "निवासियों ने सभी छह शाखाओं को खुला रखने के लिए महीनों तक अभियान चलाया था।\n"
    "{}\n"
    "महापौर ने कहा कि बचत ऊर्जा खर्च और टाउन हॉल के दफ्तरों की समीक्षा से होगी।\n"
)


@pytest.mark.parametrize(
    "line",
    [
        "लेटेस्ट हिंदी समाचार अपडेट के लिए Facebook पर घाटी टाइम्स को लाइक और Twitter पर फॉलो करें",
        "पढ़ें Hindi News ऑनलाइन और देखें Live TV घाटी टाइम्स की वेबसाइट पर.",
        "ब्रेकिंग न्यूज़ और लाइव अपडेट के लिए हमारा ऐप डाउनलोड करें",
        "ताज़ा ख़बरें",
        "सांकेतिक तस्वीर",
    ],
)
def test_a_hindi_site_plug_or_photo_tag_is_a_footer(line: str) -> None:
    found = default_parser.parse(HI_STORY.format(line), language="hi").boilerplate
    # (A rail label in the text's second half takes the lines under it to the end as its teasers.)
    assert [b.text.split("\n")[0] for b in found] == [line]


def test_a_hindi_story_sentence_about_facebook_stays_story() -> None:
    line = "पुलिस ने कहा कि आरोपी ने Facebook पर लोगों को धमकाने के लिए फर्जी खाते बनाए थे।"
    assert default_parser.parse(HI_STORY.format(line), language="hi").boilerplate == ()


# --- page notices in French, Spanish, German and Portuguese (#11) --------------------------------

_OTHER_STORIES = {
    "fr": "Le conseil municipal a adopté mardi le nouveau budget après un long débat.\n"
    "Les habitants avaient fait campagne pendant des mois pour garder les bibliothèques.\n{}\n"
    "Le maire a expliqué que les économies viendraient des dépenses d'énergie.\n",
    "es": "El ayuntamiento aprobó el martes el nuevo presupuesto tras un largo debate.\n"
    "Los vecinos habían hecho campaña durante meses para mantener las bibliotecas.\n{}\n"
    "El alcalde explicó que el ahorro vendrá de los gastos de energía del consistorio.\n",
    "de": "Der Stadtrat hat am Dienstag nach einer langen Debatte den neuen Haushalt beschlossen.\n"
    "Die Anwohner hatten monatelang für den Erhalt der Bibliotheken gekämpft.\n{}\n"
    "Die Einsparungen sollen nach Angaben der Stadt aus den Energiekosten kommen.\n",
    "pt": "A câmara municipal aprovou na terça-feira o novo orçamento depois de um longo debate.\n"
    "Os moradores fizeram campanha durante meses para manter as bibliotecas abertas.\n{}\n"
    "O prefeito explicou que a economia virá dos gastos com energia da prefeitura.\n",
}


@pytest.mark.parametrize(
    ("language", "line"),
    [
        ("fr", "Cet article vous a été offert"),
        ("fr", "Vous pouvez lire Le Journal du Val sur un seul appareil à la fois"),
        ("fr", "Ce contenu n'est pas disponible en raison de vos préférences de cookies."),
        ("fr", "Ajouter à vos sélections"),
        ("es", "Hazte suscriptor"),
        ("es", "Este contenido no está disponible por tus preferencias de cookies."),
        ("es", "Archivado en"),
        ("de", "Dieser Inhalt ist leider nicht mehr verfügbar."),
        ("de", "Externe Inhalte aktivieren"),
        ("pt", "Reprodução/Instagram"),
    ],
)
def test_a_page_notice_of_the_language_is_a_footer(language: str, line: str) -> None:
    found = default_parser.parse(_OTHER_STORIES[language].format(line), language=language).boilerplate
    assert [b.text for b in found] == [line]


@pytest.mark.parametrize(
    ("language", "line"),
    [
        ("fr", "Ce contenu n'est pas disponible en librairie, a regretté l'éditeur, faute de papier."),
        ("de", "Dieser Inhalt ist nicht verfügbar, sagte der Sprecher des Senders am Abend."),
    ],
)
def test_a_story_sentence_opening_like_a_notice_stays_story(language: str, line: str) -> None:
    found = default_parser.parse(_OTHER_STORIES[language].format(line), language=language).boilerplate
    assert found == ()
