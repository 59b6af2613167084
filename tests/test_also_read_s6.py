"""Also-read, round six (#11, #9): arrow bullets under a label, bold title lines, writer credits
and cut teasers under a related title, section kickers glued before rail titles, category slugs,
stamps that are not titles, ``Topic: headline`` lists, and more labels.

Every row is our own text in the shape real pages print. Case files for whole articles are
``tests/cases/also_read/s6_*``.
"""

from __future__ import annotations

import pytest

from newsparse import parse
from newsparse.rules.also_read.sections import glued_kicker_offsets

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


@pytest.mark.parametrize(
    ("lang", "block", "expected"),
    [
        (
            "fr",
            "LIRE AUSSI :\n> Les maires ruraux réclament plus de moyens\n> Grève SNCF : le trafic perturbé jeudi",
            [
                ("LIRE AUSSI", "Les maires ruraux réclament plus de moyens"),
                ("LIRE AUSSI", "Grève SNCF : le trafic perturbé jeudi"),
            ],
        ),
        (
            "fr",
            "Lire aussi :\n>> Les maires ruraux réclament plus de moyens",
            [("Lire aussi", "Les maires ruraux réclament plus de moyens")],
        ),
        (
            "es",
            "Lee también\n**Los sindicatos convocan una nueva huelga de transporte**",
            [("Lee también", "Los sindicatos convocan una nueva huelga de transporte")],
        ),
        (
            "pt",
            "Leia também\n__Sindicatos convocam nova greve nos transportes__",
            [("Leia também", "Sindicatos convocam nova greve nos transportes")],
        ),
    ],
    ids=["fr-arrow-bullets", "fr-double-arrow", "es-bold-title", "pt-underscore-bold"],
)
def test_bullets_and_emphasis_under_a_label(
    lang: str, block: str, expected: list[tuple[str | None, str]]
) -> None:
    assert _links(lang, block) == expected


@pytest.mark.parametrize(
    ("lang", "block", "expected"),
    [
        (
            "fr",
            "À lire aussi\nLes maires ruraux réclament plus de moyens\nPar Jeanne Martin\n"
            "Grève SNCF : le trafic sera perturbé jeudi\nPar Paul Durand et Léa Petit",
            [
                ("À lire aussi", "Les maires ruraux réclament plus de moyens"),
                ("À lire aussi", "Grève SNCF : le trafic sera perturbé jeudi"),
            ],
        ),
        (
            "es",
            "Lee también\nLos sindicatos convocan una nueva huelga de transporte\nPor María López",
            [("Lee también", "Los sindicatos convocan una nueva huelga de transporte")],
        ),
    ],
    ids=["fr-credits-between-titles", "es-credit-after-title"],
)
def test_writer_credit_under_a_title_is_stepped_over(
    lang: str, block: str, expected: list[tuple[str | None, str]]
) -> None:
    assert _links(lang, block) == expected


def test_cut_teaser_under_a_title_ends_the_list() -> None:
    block = (
        "Check Also\nlatest दिल्ली में फिर बढ़ा प्रदूषण का स्तर, जानें कितना है आज का AQI\n"
        "नई दिल्ली. राजधानी में लगातार तीसरे दिन हवा की गुणवत्ता बेहद खराब श्रेणी में दर्ज की गई और …"
    )
    assert _links("hi", block) == [("Check Also", "दिल्ली में फिर बढ़ा प्रदूषण का स्तर, जानें कितना है आज का AQI")]


@pytest.mark.parametrize(
    ("block", "titles"),
    [
        (
            "Saiba Mais\n- Política Câmara aprova projeto que amplia isenção do IR\n"
            "- Economia Governo anuncia novo pacote para a indústria",
            [
                "Câmara aprova projeto que amplia isenção do IR",
                "Governo anuncia novo pacote para a indústria",
            ],
        ),
        (
            "Saiba Mais\n- Cidades DF Metrô amplia horário de funcionamento aos domingos\n"
            "- Cidades DF Feira do livro começa nesta sexta no Eixo Monumental",
            [
                "Metrô amplia horário de funcionamento aos domingos",
                "Feira do livro começa nesta sexta no Eixo Monumental",
            ],
        ),
        # Every title opens with the same capitalised word before a capital: a shared kicker.
        (
            "Veja também\n- Brasília Governo distrital anuncia novas linhas de ônibus\n"
            "- Brasília Hospital regional ganha nova ala pediátrica",
            [
                "Governo distrital anuncia novas linhas de ônibus",
                "Hospital regional ganha nova ala pediátrica",
            ],
        ),
        # A section word before a lower-case word is the headline's own first word.
        (
            "Saiba Mais\n- Economia brasileira cresce 2% no trimestre\n- Política fiscal preocupa o mercado financeiro",
            ["Economia brasileira cresce 2% no trimestre", "Política fiscal preocupa o mercado financeiro"],
        ),
    ],
    ids=["pt-table-kickers", "pt-two-word-kicker", "pt-shared-kicker", "pt-section-word-in-title"],
)
def test_glued_section_kickers(block: str, titles: list[str]) -> None:
    assert [t for _, t in _links("pt", block)] == titles


def test_kicker_item_span_still_covers_the_kicker() -> None:
    text = (
        f"{_BODY['pt']}\nSaiba Mais\n- Política Câmara aprova projeto que amplia isenção do IR\n{_BODY['pt']}"
    )
    (item,) = parse(text, language="pt").also_read
    assert "Política Câmara" in item.span.text and item.title.text.startswith("Câmara")


def test_german_titles_keep_a_shared_capitalised_first_word() -> None:
    # German capitalises nouns: two titles opening with the same name are not kicked.
    block = "Mehr zum Thema\nBayern München gewinnt das Derby klar\nBayern Fans feiern bis in die Nacht"
    assert [t for _, t in _links("de", block)] == [
        "Bayern München gewinnt das Derby klar",
        "Bayern Fans feiern bis in die Nacht",
    ]


def test_glued_kicker_offsets_unit() -> None:
    sections = frozenset({"Política", "Diversão e Arte"})
    titles = [
        "Diversão e Arte Festival de cinema abre inscrições em março",
        "Política Senado vota reforma nesta semana",
    ]
    assert glued_kicker_offsets(titles, sections) == [16, 9]
    assert glued_kicker_offsets(
        ["Lula diz que vai vetar o projeto", "Lula nega acordo com o centrão"], frozenset()
    ) == [0, 0]
    assert glued_kicker_offsets(
        ["Lula Governo anuncia plano de obras", "Lula Senado aprova nova regra"], frozenset(), shared=False
    ) == [0, 0]


@pytest.mark.parametrize(
    ("lang", "block"),
    [
        ("pt", "Leia mais (08/03/2018 – 19h07)"),
        ("pt", "Leia mais: (08/03/2018 – 19h07)"),
        ("es", "Leer más: (12.03.2024)"),
        ("it", "Leggi anche: 12/03/2024 ore 10"),
    ],
    ids=["pt-stamp", "pt-stamp-colon", "es-stamp", "it-stamp"],
)
def test_a_stamp_after_a_label_is_not_a_title(lang: str, block: str) -> None:
    assert _links(lang, block) == []


def test_topic_colon_titles_are_a_list_not_a_crosshead() -> None:
    block = "Lesen Sie auch\nStreik im Nahverkehr: Gewerkschaft ruft erneut zum Ausstand auf\nMieten: Warum München so teuer ist"
    assert [t for _, t in _links("de", block)] == [
        "Streik im Nahverkehr: Gewerkschaft ruft erneut zum Ausstand auf",
        "Mieten: Warum München so teuer ist",
    ]


def test_short_crosshead_under_one_title_is_still_a_crosshead() -> None:
    block = "Lesen Sie auch\nGewerkschaft ruft zu neuem Streik im Nahverkehr auf\nKritik aus dem Kreistag"
    text = (
        f"{_BODY['de']}\n{block}\n{_BODY['de']} Die Opposition verlangt eine Sondersitzung des Ausschusses.\n"
    )
    assert [a.title.text for a in parse(text, language="de").also_read] == [
        "Gewerkschaft ruft zu neuem Streik im Nahverkehr auf"
    ]


@pytest.mark.parametrize(
    ("lang", "block", "expected"),
    [
        (
            "de",
            "Lesen Sie zudem: Gewerkschaft ruft zu neuem Streik im Nahverkehr auf",
            [("Lesen Sie zudem", "Gewerkschaft ruft zu neuem Streik im Nahverkehr auf")],
        ),
        (
            "es",
            "MIRA ESTO: Los sindicatos convocan una nueva huelga de transporte",
            [("MIRA ESTO", "Los sindicatos convocan una nueva huelga de transporte")],
        ),
        ("hi", "Check Also\nदिल्ली में फिर बढ़ा प्रदूषण का स्तर", [("Check Also", "दिल्ली में फिर बढ़ा प्रदूषण का स्तर")]),
        (
            "es",
            "Nota recomendada: Los sindicatos convocan una nueva huelga de transporte",
            [("Nota recomendada", "Los sindicatos convocan una nueva huelga de transporte")],
        ),
        (
            "pt",
            "Matéria recomendada: Sindicatos convocam nova greve nos transportes",
            [("Matéria recomendada", "Sindicatos convocam nova greve nos transportes")],
        ),
    ],
    ids=[
        "de-lesen-sie-zudem",
        "es-mira-esto",
        "hi-check-also",
        "es-nota-recomendada",
        "pt-materia-recomendada",
    ],
)
def test_more_labels(lang: str, block: str, expected: list[tuple[str | None, str]]) -> None:
    assert _links(lang, block) == expected


@pytest.mark.parametrize(
    ("lang", "block"),
    [
        (
            "es",
            "Lee también\nla lista completa de los candidatos",
        ),  # a lower-case slug needs a title after it
        ("fr", "Lire aussi\nnews les maires ruraux réclament plus de moyens"),
        (
            "pt",
            "Leia também\nPor que o orçamento da cidade subiu tanto neste ano",
        ),  # ``Por que`` is no credit
    ],
    ids=["es-lower-line", "fr-slug-before-lower", "pt-por-que-question"],
)
def test_negatives_and_non_credits(lang: str, block: str) -> None:
    links = _links(lang, block)
    if lang == "pt":
        assert links == [("Leia também", "Por que o orçamento da cidade subiu tanto neste ano")]
    else:
        assert links == []


_LE_MONDE_TITLE = "Les critiques de la CNIL contre le projet de loi"


@pytest.mark.parametrize(
    "label",
    [
        "Lire les explications :",
        "Lire aussi nos explications :",
        "Lire aussi la tribune de Jean Dupont :",
        "Lire le récit (édition abonnés) :",
        "Lire aussi l’éditorial du « Monde » :",
        "Lire notre entretien avec Jean Dupont :",
        "Lire aussi, en édition abonnés :",
        "Voir aussi le portfolio :",
        "Lire aussi la synthèse |",
    ],
)
def test_labels_naming_the_piece(label: str) -> None:
    for sep in ("\n", " "):  # on its own line, and inside a one-line scrape
        text = f"{_BODY['fr']}{sep}{label} {_LE_MONDE_TITLE}{sep}{_BODY['fr']}"
        assert [a.title.text for a in parse(text, language="fr").also_read] == [_LE_MONDE_TITLE]


@pytest.mark.parametrize(
    ("lang", "block", "title"),
    [
        (
            "es",
            "Lea también la entrevista con María López: Los sindicatos convocan una nueva huelga",
            "Los sindicatos convocan una nueva huelga",
        ),
        (
            "pt",
            "Leia também a coluna de João Silva: Sindicatos convocam nova greve nos transportes",
            "Sindicatos convocam nova greve nos transportes",
        ),
        (
            "it",
            "Leggi anche l'intervista al sindaco: I sindacati proclamano un nuovo sciopero",
            "I sindacati proclamano un nuovo sciopero",
        ),
        (
            "de",
            "Lesen Sie dazu auch den Kommentar von Anna Schmidt: Warum der Streik richtig ist",
            "Warum der Streik richtig ist",
        ),
    ],
    ids=["es", "pt", "it", "de"],
)
def test_labels_naming_the_piece_in_other_languages(lang: str, block: str, title: str) -> None:
    assert [t for _, t in _links(lang, block)] == [title]


@pytest.mark.parametrize(
    ("lang", "block"),
    [
        ("fr", "Lire le rapport : il montre que les dépenses ont augmenté de 4 % en un an."),
        ("fr", "Il faut lire la lettre : Le ministre y détaille chaque mesure prise depuis janvier."),
        (
            "pt",
            "Veja a lista:\n- Aumento de 20% nos preços dos alimentos\n- Queda de 5% na produção da indústria",
        ),
        (
            "es",
            "Lee el comunicado completo: El Gobierno informa a la ciudadanía que las clases se suspenden.",
        ),
        ("de", "Lesen Sie den ganzen Brief: Sehr geehrte Damen und Herren, wir bedauern den Vorfall sehr."),
    ],
    ids=["fr-lower-after-colon", "fr-mid-sentence", "pt-watch-verb-list", "es-sentence", "de-letter"],
)
def test_piece_label_negatives(lang: str, block: str) -> None:
    assert _links(lang, block) == []


def test_piece_labels_are_read_only_in_their_language() -> None:
    text = "The minister spoke on Monday.\nLire les explications : Les critiques de la CNIL\nMore later."
    assert parse(text, language="en").also_read == ()


@pytest.mark.parametrize(
    ("block", "titles"),
    [
        (
            "LEIA TAMBÉM:\n▶️ Sindicatos convocam nova greve nos transportes\n👉 Preço do aluguel sobe 8% em São Paulo",
            ["Sindicatos convocam nova greve nos transportes", "Preço do aluguel sobe 8% em São Paulo"],
        ),
        (
            "Leia também\nContinua após a publicidade\nSindicatos convocam nova greve nos transportes",
            ["Sindicatos convocam nova greve nos transportes"],
        ),
        (
            "Leia mais sobre o assunto:\nSindicatos convocam nova greve nos transportes",
            ["Sindicatos convocam nova greve nos transportes"],
        ),
    ],
    ids=["pictograph-bullets", "ad-caption-stepped-over", "label-naming-the-subject"],
)
def test_portal_lists(block: str, titles: list[str]) -> None:
    assert [t for _, t in _links("pt", block)] == titles


@pytest.mark.parametrize(
    ("lang", "block", "titles"),
    [
        (
            "pt",
            "Mais em Notícias:\n\nSindicatos convocam nova greve nos transportes\n\nPreço do aluguel sobe 8% em São Paulo",
            ["Sindicatos convocam nova greve nos transportes", "Preço do aluguel sobe 8% em São Paulo"],
        ),
        (
            "es",
            "Más en Deportes\nEl Betis ficha a un delantero argentino\nLa selección prepara el amistoso de marzo",
            ["El Betis ficha a un delantero argentino", "La selección prepara el amistoso de marzo"],
        ),
        (
            "it",
            "Altro in Cronaca\nI sindacati proclamano un nuovo sciopero dei trasporti\nAffitti, a Milano aumenti record",
            ["I sindacati proclamano un nuovo sciopero dei trasporti", "Affitti, a Milano aumenti record"],
        ),
        (
            "de",
            "Weitere Nachrichten\nGewerkschaft ruft zu neuem Streik im Nahverkehr auf\nMieten in München steigen weiter",
            ["Gewerkschaft ruft zu neuem Streik im Nahverkehr auf", "Mieten in München steigen weiter"],
        ),
    ],
    ids=["pt-mais-em", "es-mas-en", "it-altro-in", "de-weitere-nachrichten"],
)
def test_section_rails_under_the_story(lang: str, block: str, titles: list[str]) -> None:
    text = f"{_BODY[lang]}\n{block}"
    article = parse(text, language=lang)
    assert [a.title.text for a in article.also_read] == titles
    assert [b.kind for b in article.boilerplate if b.kind == "related_links"] == ["related_links"]


def test_a_rail_header_in_a_sentence_is_prose() -> None:
    text = (
        f"{_BODY['pt']}\nMais em São Paulo do que no Rio, a inflação subiu nos últimos meses.\n{_BODY['pt']}"
    )
    assert parse(text, language="pt").also_read == ()
