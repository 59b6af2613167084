"""Also-read, round eight (#11, #9): labels that name the site or section they link into
(``LIRE AUSSI SUR REGARDS.FR``, ``Leia também no G1:``, ``READ MORE ON ABC NEWS:``).

Every row is our own text in the shape real pages print.
"""

from __future__ import annotations

import pytest

from newsparse import parse
from newsparse.rules.also_read.sites import site_suffix_end

_BODY = {
    "en": "The council approved the budget on Tuesday after a long debate in the chamber.",
    "fr": "Le conseil municipal a voté le budget mardi soir après un long débat entre les élus.",
    "pt": "A Câmara aprovou o orçamento na terça-feira depois de um longo debate no plenário da cidade.",
    "es": "El ayuntamiento aprobó el presupuesto el martes tras un largo debate en el pleno municipal.",
    "de": "Der Stadtrat hat den Haushalt am Dienstag nach einer langen Debatte im Plenum beschlossen.",
    "it": "Il consiglio comunale ha approvato il bilancio martedì dopo un lungo dibattito in aula.",
}


def _links(lang: str, text: str) -> list[tuple[str | None, str]]:
    article = parse(text, language=lang)
    return [(a.label.text if a.label else None, a.title.text) for a in article.also_read]


def _between(lang: str, block: str) -> str:
    return f"{_BODY[lang]}\n{block}\n{_BODY[lang]}\n"


# -- a label naming its site, alone on its line over the titles -----------------------------


@pytest.mark.parametrize(
    ("lang", "block", "expected"),
    [
        (
            "fr",
            "LIRE AUSSI SUR LEPETITJOURNAL.FR\n>> Transports : la grève des bus reconduite jusqu'à jeudi",
            [("LIRE AUSSI SUR LEPETITJOURNAL.FR", "Transports : la grève des bus reconduite jusqu'à jeudi")],
        ),
        (
            "fr",
            "À lire aussi sur Le Courrier du Nord\n- Les maires ruraux réclament plus de moyens\n"
            "- Une nouvelle ligne de tramway pour 2027",
            [
                ("À lire aussi sur Le Courrier du Nord", "Les maires ruraux réclament plus de moyens"),
                ("À lire aussi sur Le Courrier du Nord", "Une nouvelle ligne de tramway pour 2027"),
            ],
        ),
        (
            "en",
            "Read more on Harbour Daily:\nFerry Timetable Cut As Crew Shortage Bites",
            [("Read more on Harbour Daily", "Ferry Timetable Cut As Crew Shortage Bites")],
        ),
        (
            "de",
            "Mehr zum Thema auf stadtblatt.de\n- Neue Radwege für die Südstadt geplant",
            [("Mehr zum Thema auf stadtblatt.de", "Neue Radwege für die Südstadt geplant")],
        ),
    ],
    ids=["fr-caps-domain", "fr-named-site", "en-named-site", "de-domain"],
)
def test_site_named_label_over_titles(lang: str, block: str, expected: list[tuple[str, str]]) -> None:
    assert _links(lang, _between(lang, block)) == expected


# -- a label naming its site, the title on the same line -------------------------------------


@pytest.mark.parametrize(
    ("lang", "line", "title"),
    [
        ("pt", "Leia também no Jornal do Vale: Greve dos metroviários chega ao quinto dia",
         "Greve dos metroviários chega ao quinto dia"),
        ("fr", "Lire aussi sur Le Courrier : Les éleveurs bloquent l'autoroute A7",
         "Les éleveurs bloquent l'autoroute A7"),
        ("es", "Lee también en Diario Sur: Suben los precios del alquiler en la costa",
         "Suben los precios del alquiler en la costa"),
        ("en", "READ MORE ON COAST NEWS: Rail Fares Rise Again In March", "Rail Fares Rise Again In March"),
    ],
    ids=["pt", "fr", "es", "en-caps"],
)  # fmt: skip
def test_site_named_label_with_title(lang: str, line: str, title: str) -> None:
    links = _links(lang, _between(lang, line))
    assert [t for _, t in links] == [title]


def test_site_named_label_in_a_joined_line() -> None:
    text = (
        "Officials met on Friday to discuss the plan. READ MORE ON COAST NEWS: Rail Fares Rise Again "
        "In March The union said its members had voted to accept the offer."
    )
    assert [t for _, t in _links("en", text)] == ["Rail Fares Rise Again In March"]


# -- what is not a site --------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "pos", "label"),
    [
        ("Read more on this story below", 9, "Read more"),  # lower case: not a site
        ("Lire aussi sur le sujet", 10, "Lire aussi"),
        ("Read more: Title", 9, "Read more"),  # a separator, no site
        ("LIRE AUSSI REGARDS.FR", 10, "LIRE AUSSI"),  # no preposition after a label without one
        ("Read more on Harbour Daily. It was late", 9, "Read more"),  # a sentence goes on
    ],
    ids=["lower-case", "topic-words", "separator", "no-preposition", "sentence"],
)
def test_no_site_suffix(text: str, pos: int, label: str) -> None:
    assert site_suffix_end(text, pos, label) is None


def test_site_suffix_ends_after_the_site() -> None:
    text = "Leia também no Jornal do Vale: Título"
    end = site_suffix_end(text, len("Leia também"), "Leia também")
    assert end is not None and text[:end] == "Leia também no Jornal do Vale"
    # a label that ends in its preposition takes the site directly
    assert site_suffix_end("LIRE AUSSI SUR REGARDS.FR", 14, "LIRE AUSSI SUR") == 25


def test_site_named_label_with_prose_under_it_links_nothing() -> None:
    text = (
        _between("en", "Read more on Harbour Daily:")
        + "The ferry service will resume in spring, officials said.\n"
    )
    assert _links("en", text) == []


def test_long_run_after_label_is_linear() -> None:
    # Many capitalised words after a preposition: bounded, possessive repeats never backtrack.
    text = "Read more on " + "Abc " * 5000 + ":"
    assert site_suffix_end(text, 9, "Read more") == len("Read more on Abc Abc Abc")  # three words at most
    assert parse(text, language="en").also_read == ()


# -- a label over a rail that prints each title with its teaser on one line ------------------


def test_teaser_list_under_a_label() -> None:
    block = (
        "À lire aussi :\n"
        "Cahiers du Sud : Faut-il encore voter ? Tout le monde parle d'abstention. Mais personne "
        "ne sait la mesurer vraiment, et les sondeurs eux-mêmes avouent leurs doutes.\n"
        "Revue des Deux Rives : Habiter la frontière ! Une enquête sur les villages du fleuve\n"
        "Cahiers du Nord : Quand la ville change de visage. Les quartiers anciens se vident, "
        "les commerces ferment et les habitants témoignent de leur inquiétude.\n"
    )
    titles = [t for _, t in _links("fr", _BODY["fr"] + "\n" + block)]
    assert len(titles) == 3
    assert titles[0].endswith("Faut-il encore voter ?")
    assert titles[1].endswith("Habiter la frontière ! Une enquête sur les villages du fleuve")
    assert titles[2].endswith("Quand la ville change de visage")


def test_teaser_list_ends_at_the_body() -> None:
    block = (
        "Lesen Sie auch\n"
        "Mieten steigen weiter Die Stadt will nun mit einem neuen Programm gegensteuern.\n"
        "Der Bürgermeister kündigte am Montag an, dass die Stadt im kommenden Jahr mehr Wohnungen "
        "bauen werde. Die Opposition kritisierte den Plan als zu spät.\n"
        "Im Stadtrat soll das Programm im März beraten werden.\n"
    )
    assert [t for _, t in _links("de", _BODY["de"] + "\n" + block)] == ["Mieten steigen weiter"]


def test_a_full_stop_title_needs_the_list_topic_shape() -> None:
    # Without a ``Topic : headline`` first title, a short sentence under it is body text.
    block = (
        "À lire aussi :\n"
        "Les maires ruraux réclament des moyens Le gouvernement a promis une réponse avant l'été.\n"
        "Le préfet a réuni les élus. Il a promis de revenir dans un mois avec des propositions.\n"
    )
    assert [t for _, t in _links("fr", _BODY["fr"] + "\n" + block)] == [
        "Les maires ruraux réclament des moyens"
    ]


# -- a one-line scrape whose next sentence opens with an article and a name ----------------


@pytest.mark.parametrize(
    ("lang", "line", "title"),
    [
        ("pt", "O plenário votou ontem. Leia também: Greve dos metroviários chega ao quinto dia "
               "A Câmara aprovou o projeto por 40 votos a 12.", "Greve dos metroviários chega ao quinto dia"),
        ("es", "El pleno votó ayer. Lee también: Suben los alquileres en la costa El Ayuntamiento "
               "aprobó el plan por mayoría.", "Suben los alquileres en la costa"),
        ("it", "Il voto è arrivato ieri. Leggi anche: Sciopero dei treni confermato per venerdì "
               "Il Comune ha deciso di potenziare i bus.", "Sciopero dei treni confermato per venerdì"),
        ("fr", "Le vote a eu lieu hier. Lire aussi : Les loyers grimpent sur la côte La Métropole "
               "prévoit un plan pour les familles.", "Les loyers grimpent sur la côte"),
    ],
    ids=["pt", "es", "it", "fr"],
)  # fmt: skip
def test_title_ends_before_an_article_and_a_name(lang: str, line: str, title: str) -> None:
    assert [t for _, t in _links(lang, line)] == [title]


@pytest.mark.parametrize(
    ("lang", "line", "title"),
    [
        # after a preposition an article belongs to a name inside the headline
        ("pt", "O plenário votou ontem. Leia também: Protesto em A Coruña reúne milhares de pessoas",
         "Protesto em A Coruña reúne milhares de pessoas"),
        # a small word after the name: the headline goes on
        ("es", "El pleno votó ayer. Lee también: El Barça gana El Clásico con dos goles de Pedri",
         "El Barça gana El Clásico con dos goles de Pedri"),
    ],
    ids=["pt-preposition", "es-small-word"],
)  # fmt: skip
def test_article_inside_a_headline_goes_on(lang: str, line: str, title: str) -> None:
    assert [t for _, t in _links(lang, line)] == [title]


# -- more label and header forms (round eight) ---------------------------------------------


@pytest.mark.parametrize(
    ("lang", "header"),
    [
        ("fr", "Plus d'actualités"),
        ("fr", "En lien avec cet article"),
        ("es", "Otras noticias"),
        ("hi", "खबरें और भी हैं"),
        ("en", "Popular Stories"),
    ],
)
def test_more_news_headers(lang: str, header: str) -> None:
    titles = {
        "fr": ("La grève des bus reconduite jusqu'à jeudi", "Les maires ruraux réclament plus de moyens"),
        "es": (
            "Suben los precios del alquiler en la costa",
            "El metro amplía su horario durante las fiestas",
        ),
        "hi": ("दिल्ली में मेट्रो का किराया बढ़ा", "किसानों ने फिर शुरू किया आंदोलन"),
        "en": ("Rail Fares Rise Again In March", "New Library Opens In The Old Mill"),
    }[lang]
    body = {"hi": "नगर परिषद ने मंगलवार को लंबी बहस के बाद बजट को मंजूरी दे दी।"}.get(lang) or _BODY[lang]
    text = f"{body}\n{header}\n{titles[0]}\n{titles[1]}\n"
    assert [t for _, t in _links(lang, text)] == list(titles)


@pytest.mark.parametrize(
    ("lang", "label", "title"),
    [
        ("en", "Keep Reading", "Ferry Timetable Cut As Crew Shortage Bites"),
        ("de", "Außerdem interessant", "Neue Radwege für die Südstadt geplant"),
    ],
)
def test_more_labels(lang: str, label: str, title: str) -> None:
    assert _links(lang, _between(lang, f"{label}: {title}")) == [(label, title)]


def test_lead_in_question_before_a_label_and_the_list_ends_at_a_follow_plug() -> None:
    text = (
        "The band played until midnight and the crowd sang along to every song.\n"
        "Enjoyed this? You might also be interested in:\n"
        "Tour Bus Breaks Down. But Who Paid The Bill?\n"
        "Drummer Reveals The Song He Never Wanted To Play\n"
        "Follow Sam on Twitter: @samwrites\n"
        "Pictures: Alamy\n"
        "Late Night? Early Start?\n"
    )
    article = parse(text, language="en")
    assert [a.title.text for a in article.also_read] == [
        "Tour Bus Breaks Down. But Who Paid The Bill?",
        "Drummer Reveals The Song He Never Wanted To Play",
    ]


# -- a French label with its capital's accent dropped ---------------------------------------


@pytest.mark.parametrize(
    ("block", "expected"),
    [
        ("A lire sur Mediapart : Les maires ruraux réclament plus de moyens",
         [("A lire", "Les maires ruraux réclament plus de moyens")]),
        ("A ne pas manquer\n- La grève des bus reconduite jusqu'à jeudi\n- Une nouvelle ligne de tramway pour 2027",
         [("A ne pas manquer", "La grève des bus reconduite jusqu'à jeudi"),
          ("A ne pas manquer", "Une nouvelle ligne de tramway pour 2027")]),
    ],
    ids=["inline", "list"],
)  # fmt: skip
def test_label_without_its_capital_accent(block: str, expected: list[tuple[str, str]]) -> None:
    assert _links("fr", _between("fr", block)) == expected


def test_bare_capital_variants_are_added_once() -> None:
    from newsparse.rules.also_read.rule import _with_bare_capitals

    assert _with_bare_capitals(("À lire", "A lire", "À voir", "Lire aussi")) == (
        "À lire",
        "A lire",
        "À voir",
        "Lire aussi",
        "A voir",
    )
    assert _with_bare_capitals(("Lire aussi",)) == ("Lire aussi",)


# -- a section header with its one title on the same line ----------------------------------


@pytest.mark.parametrize(
    ("lang", "line", "header", "title"),
    [
        ("es", "Más noticias: Suben los precios del alquiler en la costa", "Más noticias",
         "Suben los precios del alquiler en la costa"),
        ("en", "Related Articles | Rail Fares Rise Again In March", "Related Articles",
         "Rail Fares Rise Again In March"),
        ("pt", "Mais notícias: Greve dos metroviários chega ao quinto dia", "Mais notícias",
         "Greve dos metroviários chega ao quinto dia"),
        ("it", "I più letti: Sciopero dei treni confermato per venerdì", "I più letti",
         "Sciopero dei treni confermato per venerdì"),
    ],
    ids=["es", "en-pipe", "pt", "it"],
)  # fmt: skip
def test_header_with_its_title_on_one_line(lang: str, line: str, header: str, title: str) -> None:
    assert _links(lang, _between(lang, line)) == [(header, title)]


@pytest.mark.parametrize(
    ("lang", "line"),
    [
        ("es", "Últimas noticias: el gobierno anunció ayer un nuevo plan de vivienda para jóvenes."),
        ("en", "Related Articles: sign up for our newsletter"),
        ("en", "Trending Now: @harbourdaily"),
        ("es", "El alcalde dijo: Más noticias llegarán mañana"),  # no header before the colon
    ],
    ids=["es-sentence", "en-promo", "en-handle", "es-not-a-header"],
)
def test_header_with_no_headline_after_it(lang: str, line: str) -> None:
    assert _links(lang, _between(lang, line)) == []


def test_header_on_the_first_line_is_the_page_headline() -> None:
    text = "Más noticias: Suben los precios del alquiler en la costa\n" + _BODY["es"] + "\n"
    assert _links("es", text) == []
