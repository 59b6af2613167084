"""Also-read, round five (#11, #9): bracketed labels inside sentences, arrow separators, archive
years, mark and category lines under a label, repeated rail titles, writer-labelled links, and
the labels and headers of more sites in each language.

Every row is our own text in the shape real pages print. Case files for whole articles are
``tests/cases/also_read/s5_*``.
"""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from newsparse import Document, find_also_read, parse
from newsparse.rules.also_read import rule as _rule
from newsparse.rules.also_read.authored import authored_links
from newsparse.rules.also_read.text import _lines

_BODY = {
    "fr": "Le conseil municipal a voté le budget mardi soir après un long débat entre les élus.",
    "es": "El ayuntamiento aprobó el presupuesto el martes tras un largo debate en el pleno municipal.",
    "de": "Der Stadtrat hat am Dienstag den Haushalt nach langer Debatte beschlossen, wie die Stadt mitteilte.",
    "pt": "A Câmara aprovou o orçamento na terça-feira depois de um longo debate no plenário da cidade.",
    "it": "Il consiglio comunale ha approvato il bilancio martedì dopo un lungo dibattito in aula.",
    "hi": "नगर निगम ने मंगलवार को लंबी बहस के बाद बजट को मंजूरी दे दी।",
}


def _links(lang: str, block: str) -> list[tuple[str | None, str]]:
    text = f"{_BODY[lang]}\n{block}\n{_BODY[lang]}\n"
    article = parse(text, language=lang)
    return [(a.label.text if a.label else None, a.title.text) for a in article.also_read]


# --- labels and headers per language ---------------------------------------------------------


@pytest.mark.parametrize(
    ("lang", "block", "expected"),
    [
        ("fr", "Notre sélection\nLes maires ruraux réclament plus de moyens\nLe budget de la ville en hausse de 4 %",
         [(None, "Les maires ruraux réclament plus de moyens"), (None, "Le budget de la ville en hausse de 4 %")]),
        ("fr", "Relire : Les maires ruraux réclament plus de moyens",
         [("Relire", "Les maires ruraux réclament plus de moyens")]),
        ("es", "Relacionadas\nLos sindicatos convocan una nueva huelga de transporte\nEl precio del alquiler sube un 8 % en Madrid",
         [(None, "Los sindicatos convocan una nueva huelga de transporte"), (None, "El precio del alquiler sube un 8 % en Madrid")]),
        ("es", "Checa también: Los sindicatos convocan una nueva huelga de transporte",
         [("Checa también", "Los sindicatos convocan una nueva huelga de transporte")]),
        ("de", "Siehe dazu auch:\n- Gewerkschaft ruft zu neuem Streik im Nahverkehr auf\n- Mieten in München steigen weiter",
         [("Siehe dazu auch", "Gewerkschaft ruft zu neuem Streik im Nahverkehr auf"), ("Siehe dazu auch", "Mieten in München steigen weiter")]),
        ("de", "Nachlese: Gewerkschaft ruft zu neuem Streik im Nahverkehr auf",
         [("Nachlese", "Gewerkschaft ruft zu neuem Streik im Nahverkehr auf")]),
        ("de", "Lesen Sie mehr im Tagesspiegel Plus:\n- Gewerkschaft ruft zu neuem Streik im Nahverkehr auf\n- Mieten in München steigen weiter",
         [(None, "Gewerkschaft ruft zu neuem Streik im Nahverkehr auf"), (None, "Mieten in München steigen weiter")]),
        ("it", "Correlati\nI sindacati proclamano un nuovo sciopero dei trasporti\nAffitti, a Milano aumenti dell'8 per cento",
         [(None, "I sindacati proclamano un nuovo sciopero dei trasporti"), (None, "Affitti, a Milano aumenti dell'8 per cento")]),
        ("pt", "Posts relacionados\nSindicatos convocam nova greve nos transportes\nPreço do aluguel sobe 8% em São Paulo",
         [(None, "Sindicatos convocam nova greve nos transportes"), (None, "Preço do aluguel sobe 8% em São Paulo")]),
        ("hi", "यह भी पढ़े : दिल्ली में फिर बढ़ा प्रदूषण का स्तर", [("यह भी पढ़े", "दिल्ली में फिर बढ़ा प्रदूषण का स्तर")]),
        ("hi", "देखें VIDEO: दिल्ली में फिर बढ़ा प्रदूषण का स्तर", [("देखें VIDEO", "दिल्ली में फिर बढ़ा प्रदूषण का स्तर")]),
        ("hi", "VIDEO: दिल्ली में फिर बढ़ा प्रदूषण का स्तर", [("VIDEO", "दिल्ली में फिर बढ़ा प्रदूषण का स्तर")]),
    ],
    ids=["fr-notre-selection", "fr-relire", "es-relacionadas", "es-checa", "de-siehe-dazu-auch", "de-nachlese",
         "de-mehr-im-outlet", "it-correlati", "pt-posts-relacionados", "hi-padhe", "hi-dekhen-video", "hi-video"],
)  # fmt: skip
def test_more_labels_and_headers(lang: str, block: str, expected: list[tuple[str | None, str]]) -> None:
    assert _links(lang, block) == expected


@pytest.mark.parametrize(
    ("lang", "block"),
    [
        ("es", "Relacionadas con el caso, las detenciones se produjeron el lunes en Sevilla."),
        ("it", "Correlate al caso, le indagini sono proseguite per mesi."),
        ("de", "Siehe dazu auch den Bericht des Rechnungshofs, der im Mai erschien."),
        ("fr", "Notre sélection de livres pour l'été est à retrouver en kiosque."),
        ("de", "Robo-Investments liegen im Trend. Unser Tipp: Wählen Sie nicht den erstbesten Anbieter aus."),
        ("pt", "Saiba mais sobre o programa no site da prefeitura."),
    ],
    ids=["es-relacionadas-sentence", "it-correlate-sentence", "de-siehe-sentence", "fr-selection-sentence",
         "de-tip-is-advice", "pt-saiba-sentence"],
)  # fmt: skip
def test_label_words_in_prose_are_not_links(lang: str, block: str) -> None:
    assert _links(lang, block) == []


# --- separators: arrows, archive years --------------------------------------------------------


@pytest.mark.parametrize(
    ("lang", "block", "label", "title"),
    [
        ("it", "Leggi anche ➡ I sindacati proclamano un nuovo sciopero", "Leggi anche", "I sindacati proclamano un nuovo sciopero"),
        ("it", "Leggi anche ➡️ I sindacati proclamano un nuovo sciopero", "Leggi anche", "I sindacati proclamano un nuovo sciopero"),
        ("pt", "LEIA TAMBÉM 👉 Sindicatos convocam nova greve nos transportes", "LEIA TAMBÉM", "Sindicatos convocam nova greve nos transportes"),
        ("es", "Lee también ➜ Los sindicatos convocan una nueva huelga", "Lee también", "Los sindicatos convocan una nueva huelga"),
        ("fr", "Lire aussi (2021) | Le long déclin des petites lignes ferroviaires", "Lire aussi", "Le long déclin des petites lignes ferroviaires"),
        ("fr", "Lire aussi (2019) : Le long déclin des petites lignes ferroviaires", "Lire aussi", "Le long déclin des petites lignes ferroviaires"),
    ],
    ids=["heavy-arrow", "emoji-arrow", "pointing-hand", "arrowhead", "year-pipe", "year-colon"],
)  # fmt: skip
def test_arrows_and_archive_years_separate(lang: str, block: str, label: str, title: str) -> None:
    assert _links(lang, block) == [(label, title)]


# --- a label in brackets inside a sentence -----------------------------------------------------


@pytest.mark.parametrize(
    ("lang", "line", "label", "title"),
    [
        ("es", "El alcalde defendió el plan (Lea también: Los sindicatos convocan una nueva huelga) y pidió calma.",
         "Lea también", "Los sindicatos convocan una nueva huelga"),
        ("it", "Il sindaco ha difeso il piano (Leggi anche: I sindacati proclamano un nuovo sciopero) e ha chiesto calma.",
         "Leggi anche", "I sindacati proclamano un nuovo sciopero"),
        ("pt", "O prefeito defendeu o plano [Leia também: Sindicatos convocam nova greve] e pediu calma.",
         "Leia também", "Sindicatos convocam nova greve"),
    ],
    ids=["es-paren", "it-paren", "pt-square"],
)  # fmt: skip
def test_bracketed_label_inside_a_sentence(lang: str, line: str, label: str, title: str) -> None:
    items = parse(line, language=lang).also_read
    assert [(a.label.text if a.label else None, a.title.text) for a in items] == [(label, title)]
    (item,) = items
    assert line[item.span.start] in "([" and line[item.span.end - 1] in ")]"


@pytest.mark.parametrize(
    ("lang", "line"),
    [
        ("es", "El alcalde defendió el plan (lea también el informe de la oposición) y pidió calma."),
        ("es", "El alcalde defendió el plan (Lea también el informe de la oposición) y pidió calma."),
        ("it", "Il sindaco ha difeso il piano (Leggi anche il rapporto della Corte dei conti) e ha chiesto calma."),
        ("de", "Der Bürgermeister verteidigte den Plan (Mehr zum Thema Haushalt im Mai) und bat um Geduld."),
    ],
    ids=["es-lower", "es-no-separator", "it-no-separator", "de-no-separator"],
)  # fmt: skip
def test_bracketed_label_words_in_a_sentence_without_separator_are_prose(lang: str, line: str) -> None:
    assert parse(line, language=lang).also_read == ()


# --- lines under a label that are not titles ---------------------------------------------------


@pytest.mark.parametrize(
    ("lang", "block", "titles"),
    [
        ("fr", "Lire aussi\nArticle réservé à nos abonnés\nLes maires ruraux réclament plus de moyens",
         ["Les maires ruraux réclament plus de moyens"]),
        ("de", "Ähnliche Beiträge\nNeue Radwege für die Innenstadt geplant\n15. März 2019\nIn \"Allgemein\"\n"
               "Mieten in München steigen weiter\n2. April 2019\nIn \"Politik\"",
         ["Neue Radwege für die Innenstadt geplant", "Mieten in München steigen weiter"]),
        ("pt", "Relacionado\nSindicatos convocam nova greve nos transportes\n15 de março de 2019\nEm \"Notícias\"\n"
               "Preço do aluguel sobe em São Paulo\n2 de abril de 2019\nEm “Política”",
         ["Sindicatos convocam nova greve nos transportes", "Preço do aluguel sobe em São Paulo"]),
        ("de", "Meistgelesen\nLandwirt stirbt in Biogasanlage\nLandwirt stirbt in Biogasanlage\n"
               "Neue Radwege für die Innenstadt geplant\nNeue Radwege für die Innenstadt geplant",
         ["Landwirt stirbt in Biogasanlage", "Neue Radwege für die Innenstadt geplant"]),
    ],
    ids=["paywall-line", "category-lines-de", "category-lines-pt-curly", "repeated-rail-titles"],
)  # fmt: skip
def test_lines_under_a_label_that_are_not_titles(lang: str, block: str, titles: list[str]) -> None:
    assert [t for _, t in _links(lang, block)] == titles


def test_a_category_shaped_title_after_a_title_is_still_read_when_it_is_a_headline() -> None:
    # A quoted phrase after a long word is a headline, not a category line.
    block = "Ähnliche Beiträge\nNeue Radwege für die Innenstadt geplant\nStadtrat „Wir bauen weiter“"
    titles = [t for _, t in _links("de", block)]
    assert titles[0] == "Neue Radwege für die Innenstadt geplant"
    assert "Stadtrat „Wir bauen weiter“" in titles


# --- writer-labelled links (English) -----------------------------------------------------------

_BEFORE = "The state has warmed by more than two degrees since the preindustrial period, twice the average."
_AFTER = "Trees, like all living beings, need time and stability to grow, and neither is left to them."


@pytest.mark.parametrize(
    ("line", "label", "title"),
    [
        (
            "Annie Lowrey: California is becoming unlivable",
            "Annie Lowrey",
            "California is becoming unlivable",
        ),
        (
            "Adam J. Serwer: Is this the end of the filibuster?",
            "Adam J. Serwer",
            "Is this the end of the filibuster?",
        ),
        (
            "Mary Ellen Brooks: The quiet end of the suburban lawn",
            "Mary Ellen Brooks",
            "The quiet end of the suburban lawn",
        ),
    ],
    ids=["two-words", "middle-initial-question", "three-words"],
)
def test_writer_labelled_link_between_paragraphs(line: str, label: str, title: str) -> None:
    items = find_also_read(f"{_BEFORE}\n{line}\n{_AFTER}")
    assert [(a.label.text if a.label else None, a.title.text) for a in items] == [(label, title)]


@pytest.mark.parametrize(
    "text",
    [
        # a transcript: speaker lines one after another
        f"{_BEFORE}\nJane Roe: We will not raise taxes this year, whatever the opposition says.\n"
        "John Smith: That is simply not true and the treasury figures prove it.\n" + _AFTER,
        # not a given name
        f"{_BEFORE}\nCoastal Towns: Flood defences fail again in the storm\n{_AFTER}",
        # a sentence, not a headline
        f"{_BEFORE}\nAnnie Lowrey: California is becoming unlivable.\n{_AFTER}",
        # no body paragraph before it
        f"Annie Lowrey: California is becoming unlivable\n{_AFTER}",
        # a dateline-like place
        f"{_BEFORE}\nNew Delhi: The council met on Monday to pass the budget\n{_AFTER}",
    ],
    ids=["transcript", "not-a-name", "full-stop", "no-paragraph-before", "place"],
)
def test_writer_labelled_link_guards(text: str) -> None:
    assert find_also_read(text) == ()


def test_writer_labelled_links_only_in_english() -> None:
    text = (
        "Der Stadtrat hat am Dienstag den Haushalt nach langer Debatte beschlossen, wie es hieß.\n"
        "Anna Schmidt: Warum die Mieten in München weiter steigen\n"
        "Die Opposition kündigte an, gegen den Beschluss zu klagen, sagte ihr Sprecher am Abend.\n"
    )
    assert parse(text, language="de").also_read == ()


@settings(max_examples=200, deadline=None)
@given(st.text(alphabet=st.sampled_from(list("Ab :.\n\u00a0Jane Roe?J.")), max_size=120))
def test_writer_labelled_links_are_spans_of_the_text(text: str) -> None:
    document = Document.from_text(text)
    for item in authored_links(document, _lines(document)):
        assert item.span.text == text[item.span.start : item.span.end]
        assert item.label is not None and item.span.start == item.label.start
        assert item.title.end == item.span.end


def test_rule_output_stays_in_text_order_with_writer_links() -> None:
    text = f"{_BEFORE}\nAnnie Lowrey: California is becoming unlivable\n{_AFTER}\nRead: Two disasters are worse than one\n"
    items = list(_rule.AlsoReadRule()(Document.from_text(text)))
    starts = [item.span.start for item in items]
    assert starts == sorted(starts) and len(items) == 2


# --- rails of title and teaser pairs under a section header -------------------------------------


_RAIL = (
    "Noticias relacionadas\n"
    "Los sindicatos convocan una nueva huelga de transporte\n"
    "La protesta afectará a las líneas de metro y autobús durante tres días.\n"
    "El precio del alquiler sube un 8 % en Madrid este año\n"
    "Los jóvenes son los más afectados por la subida, según un informe.\n"
    "Nuevas ayudas para la compra de una primera vivienda"
)


def test_rail_of_titles_and_teasers_under_a_header() -> None:
    assert [t for _, t in _links("es", _RAIL)] == [
        "Los sindicatos convocan una nueva huelga de transporte",
        "El precio del alquiler sube un 8 % en Madrid este año",
        "Nuevas ayudas para la compra de una primera vivienda",
    ]


@pytest.mark.parametrize(
    "after",
    [
        # a crosshead and a body paragraph after the first teaser
        "Críticas de la oposición\nLa oposición criticó la medida y anunció un recurso ante el tribunal.",
        # a long body paragraph after the first teaser
        "La oposición criticó la medida y anunció que presentará un recurso ante el tribunal, según "
        "explicó su portavoz en una rueda de prensa celebrada ayer en la sede del partido en la capital "
        "y retransmitida por las redes sociales del grupo municipal.",
    ],
    ids=["crosshead", "body-paragraph"],
)
def test_a_rail_ends_where_the_title_and_teaser_pairs_stop(after: str) -> None:
    block = (
        "Noticias relacionadas\nLos sindicatos convocan una nueva huelga de transporte\n"
        "La protesta afectará a las líneas de metro y autobús durante tres días.\n" + after
    )
    assert [t for _, t in _links("es", block)] == ["Los sindicatos convocan una nueva huelga de transporte"]


@pytest.mark.parametrize(
    ("lang", "block", "label", "title"),
    [
        ("de", "Lesen Sie dazu den Kommentar: Warum die Stadt mutiger sein muss",
         "Lesen Sie dazu den Kommentar", "Warum die Stadt mutiger sein muss"),
        ("es", "Lea también la entrevista: «No podemos esperar más»", "Lea también la entrevista", "«No podemos esperar más»"),
        ("it", "Leggi anche il commento: Perché la città deve osare di più",
         "Leggi anche il commento", "Perché la città deve osare di più"),
        ("pt", "Leia também a entrevista: Prefeita quer mais creches até 2026",
         "Leia também a entrevista", "Prefeita quer mais creches até 2026"),
    ],
    ids=["de-kommentar", "es-entrevista", "it-commento", "pt-entrevista"],
)  # fmt: skip
def test_labels_naming_the_kind_of_piece(lang: str, block: str, label: str, title: str) -> None:
    assert _links(lang, block) == [(label, title)]


def test_a_label_naming_a_piece_before_lower_case_words_is_prose() -> None:
    assert _links("es", "Lea también la entrevista completa en nuestra web, publicada el domingo.") == []


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("pt", "O momento foi filmado por um morador e compartilhado nas redes sociais.\nVídeo: Reprodução/TV Globo\nFim."),
        ("pt", "O momento foi filmado por um morador. (Vídeo: Reprodução/TV Globo) O vídeo foi compartilhado."),
        ("es", "El momento fue grabado por un vecino y compartido en las redes sociales.\nVideo: Agencia EFE\nFin."),
        ("it", "Il momento è stato ripreso da un residente (Video: Ansa) e condiviso sui social."),
        ("es", "El momento del derrumbe fue grabado por un vecino (Video: Agencia EFE) y se difundió en redes."),
        ("de", "Die Zahlen stehen im Anhang (Mehr: Tabelle 2 im Bericht) für jeden Bezirk."),
    ],
    ids=["pt-credit-line", "pt-credit-after-sentence", "es-credit-line", "it-credit-in-sentence",
         "es-credit-in-sentence", "de-weak-in-sentence"],
)  # fmt: skip
def test_media_credits_and_weak_labels_in_brackets_are_not_links(lang: str, text: str) -> None:
    assert parse(text, language=lang).also_read == ()


def test_a_video_link_title_after_a_media_label_stays_a_link() -> None:
    text = "A Câmara aprovou o orçamento na terça-feira.\nVÍDEO: Sindicatos convocam nova greve nos transportes\nFim."
    assert [a.title.text for a in parse(text, language="pt").also_read] == [
        "Sindicatos convocam nova greve nos transportes"
    ]


def test_carousel_buttons_between_a_header_and_its_titles_are_stepped_over() -> None:
    text = (
        "The council met on Tuesday to discuss the budget for next year and voted to freeze the tax.\n"
        "RELATED ARTICLES\nPrevious\n1\nNext\n"
        "Council tax to rise by five per cent as budget gap grows\n"
        "Mayor vows to keep libraries open despite funding cuts\n"
        "Share this article\n"
        "The vote passed by 30 votes to 12 after a long debate in the chamber on Tuesday night.\n"
    )
    assert [a.title.text for a in find_also_read(text)] == [
        "Council tax to rise by five per cent as budget gap grows",
        "Mayor vows to keep libraries open despite funding cuts",
    ]


def test_a_carousel_button_alone_under_a_header_makes_no_title() -> None:
    text = "The vote passed on Tuesday after a long debate.\nRELATED ARTICLES\nPrevious\nNext\n"
    assert find_also_read(text) == ()


def test_a_url_line_above_the_item_is_never_joined_to_it() -> None:
    # Found by the invariant test: a label-only line over a URL line and a title line; the URL
    # line sits before the item's end, so it is not the item's URL line.
    text = "|Also Read\rhttp://0\r: A"
    for item in parse(text).also_read:
        assert item.span.start <= item.span.end
        assert item.span.text == text[item.span.start : item.span.end]
