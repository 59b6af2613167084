"""Also-read, round seven (#11, #9): titles glued to an elided sentence opener, titles in brackets
after a label, the Spanish bare ``También:`` label, and rails of bulleted headlines under a
capitals section header that close the text.

Every row is our own text in the shape real pages print.
"""

from __future__ import annotations

import pytest

from newsparse import parse

_BODY = {
    "en": "The council approved the budget on Tuesday after a long debate in the chamber.",
    "fr": "Le conseil municipal a voté le budget mardi soir après un long débat entre les élus.",
    "es": "El ayuntamiento aprobó el presupuesto el martes tras un largo debate en el pleno municipal.",
    "de": "Der Stadtrat hat am Dienstag den Haushalt nach langer Debatte beschlossen, wie die Stadt mitteilte.",
    "pt": "A Câmara aprovou o orçamento na terça-feira depois de um longo debate no plenário da cidade.",
    "it": "Il consiglio comunale ha approvato il bilancio martedì dopo un lungo dibattito in aula.",
}


def _links(lang: str, text: str) -> list[tuple[str | None, str]]:
    article = parse(text, language=lang)
    return [(a.label.text if a.label else None, a.title.text) for a in article.also_read]


def _between(lang: str, block: str) -> str:
    return f"{_BODY[lang]}\n{block}\n{_BODY[lang]}\n"


# -- a title glued to the next paragraph's elided opener -----------------------------------


@pytest.mark.parametrize(
    ("lang", "line", "title"),
    [
        (
            "fr",
            "À LIRE AUSSI Grève des contrôleurs : les vols annulés ce week-endC'est la troisième "
            "grève depuis le printemps, selon la direction de l'aéroport, qui prévoit des retards.",
            "Grève des contrôleurs : les vols annulés ce week-end",
        ),
        (
            "fr",
            "Lire aussi : Le musée rouvre ses salles au public après trois ans de travauxL'annonce "
            "a été faite lundi par la mairie, qui promet une inauguration en juin.",
            "Le musée rouvre ses salles au public après trois ans de travaux",
        ),
        (
            "it",
            "Leggi anche: Lo sciopero dei treni blocca il nord del paeseL'azienda ha promesso "
            "rimborsi a tutti i viaggiatori rimasti a terra durante la giornata.",
            "Lo sciopero dei treni blocca il nord del paese",
        ),
    ],
    ids=["fr-caps-label-cest", "fr-lannonce", "it-lazienda"],
)
def test_title_glued_to_an_elided_opener_ends_there(lang: str, line: str, title: str) -> None:
    assert [t for _, t in _links(lang, _between(lang, line))] == [title]


def test_elision_glued_to_a_name_stays_in_the_title() -> None:
    # ``L'Oréal`` glues a capital to the elision: a name, not the next sentence.
    line = "Lire aussi : Les actionnaires de L'Oréal approuvent le dividende"
    assert _links("fr", _between("fr", line)) == [
        ("Lire aussi", "Les actionnaires de L'Oréal approuvent le dividende")
    ]


# -- a title in brackets after the label ---------------------------------------------------


@pytest.mark.parametrize(
    ("lang", "line", "expected"),
    [
        (
            "es",
            "También: ( Los alcaldes piden más fondos para las vías rurales)",
            [("También", "Los alcaldes piden más fondos para las vías rurales")],
        ),
        (
            "es",
            "Lea también: [Cierran el puerto por el temporal de lluvias]",
            [("Lea también", "Cierran el puerto por el temporal de lluvias")],
        ),
        (
            "fr",
            "Lire aussi : (Les agriculteurs bloquent l'autoroute près de Lyon)",
            [("Lire aussi", "Les agriculteurs bloquent l'autoroute près de Lyon")],
        ),
    ],
    ids=["es-tambien-spaced-paren", "es-square", "fr-paren"],
)
def test_bracketed_title_after_a_label(lang: str, line: str, expected: list[tuple[str, str]]) -> None:
    assert _links(lang, _between(lang, line)) == expected


@pytest.mark.parametrize(
    "line",
    [
        "También: los vecinos protestaron frente al ayuntamiento durante horas",
        "También hubo protestas frente al ayuntamiento durante la tarde del lunes.",
        "También: (foto) 12/03/2024",
    ],
    ids=["lower-case-after-colon", "sentence-opener", "bracketed-stamp"],
)
def test_tambien_as_a_word_is_no_label(line: str) -> None:
    assert _links("es", _between("es", line)) == []


# -- a closing rail under a capitals section header ----------------------------------------

_RAIL = (
    "DEPORTES\n"
    "-El equipo local gana la final del torneo regional\n"
    "-La selección convoca a tres jugadores nuevos para el amistoso\n"
    "-Un maratón solidario reúne a miles de corredores en el centro"
)


def test_closing_rail_under_a_capitals_header() -> None:
    text = f"{_BODY['es']}\n{_BODY['es']}\n{_RAIL}\n\n"
    assert _links("es", text) == [
        ("DEPORTES", "El equipo local gana la final del torneo regional"),
        ("DEPORTES", "La selección convoca a tres jugadores nuevos para el amistoso"),
        ("DEPORTES", "Un maratón solidario reúne a miles de corredores en el centro"),
    ]
    article = parse(text, language="es")
    first = article.also_read[0]
    assert first.span.text.startswith("DEPORTES\n-El equipo")  # the header is claimed with it
    assert "DEPORTES" not in article.body and "maratón" not in article.body


@pytest.mark.parametrize(
    ("lang", "tail"),
    [
        # The rail must close the text: a paragraph after it makes it a list in the story.
        ("es", _RAIL + "\n" + _BODY["es"]),
        # A header in mixed case that names no section is a crosshead of the story.
        ("es", _RAIL.replace("DEPORTES", "Los clubes")),
        # One bullet is a list item.
        ("es", "DEPORTES\n-El equipo local gana la final del torneo regional"),
        # Bullets holding sentences are the story's own list.
        (
            "en",
            "KEY POINTS\n- The vote passed. Members backed the plan by a wide margin\n"
            "- Rates rise in April. Most homes will pay about four pounds more",
        ),
        # Short bullets are facts or a menu, not headlines.
        ("es", "REQUISITOS\n- Cédula de ciudadanía\n- Recibo de servicios públicos"),
        # Different bullets are two lists.
        (
            "es",
            "DEPORTES\n-El equipo local gana la final del torneo regional\n"
            "• La selección convoca a tres jugadores nuevos para el amistoso",
        ),
    ],
    ids=["not-at-end", "mixed-case-header", "one-bullet", "sentences", "short-items", "mixed-bullets"],
)
def test_no_closing_rail(lang: str, tail: str) -> None:
    text = f"{_BODY[lang]}\n{_BODY[lang]}\n{tail}\n"
    assert _links(lang, text) == []


def test_closing_rail_walk_is_bounded() -> None:
    # Thousands of blank lines after a rail: the walk from the end gives up, and stays cheap.
    text = f"{_BODY['es']}\n{_RAIL}" + "\n" * 5000
    assert _links("es", text) == []
    assert parse("\n" * 100_000, language="es").also_read == ()


# -- kicker-and-title rails, writer credits in lower case ----------------------------------


def test_kicker_rhythm_pairs_the_remaining_lines() -> None:
    # One kicker is a topic of two capitalised words, so the rail sets a kicker over every
    # title: the line before each title with none over it is its kicker.
    block = (
        "Mehr zum Thema\n"
        "Streit ums Wasser\n"
        "Die Brunnen im Umland trocknen aus\n"
        "Regionale Landwirtschaft\n"
        "Bauern fordern Hilfe vom Land wegen der Dürre\n"
        "Stadtwerke erhöhen die Preise\n"
        "Wasser wird teurer"
    )
    text = f"{_BODY['de']}\n{_BODY['de']}\n{block}\n"
    assert [t for _, t in _links("de", text)] == [
        "Die Brunnen im Umland trocknen aus",
        "Bauern fordern Hilfe vom Land wegen der Dürre",
        "Wasser wird teurer",
    ]


def test_no_kicker_no_pairs() -> None:
    # Without a kicker the rail lists titles only: two lines back to back are two links.
    block = (
        "Mehr zum Thema\n"
        "Die Brunnen im Umland trocknen aus\n"
        "Bauern fordern Hilfe vom Land wegen der Dürre\n"
        "Wasser wird teurer"
    )
    text = f"{_BODY['de']}\n{_BODY['de']}\n{block}\n"
    assert [t for _, t in _links("de", text)] == [
        "Die Brunnen im Umland trocknen aus",
        "Bauern fordern Hilfe vom Land wegen der Dürre",
        "Wasser wird teurer",
    ]


@pytest.mark.parametrize(
    ("lang", "header", "credit"),
    [("de", "Mehr zum Thema", "von Ina Roewer"), ("fr", "Sur le même sujet", "par Jeanne Martin")],
    ids=["de-von", "fr-par"],
)
def test_lower_case_credit_under_a_title_belongs_to_its_item(lang: str, header: str, credit: str) -> None:
    titles = {
        "de": ("Die Brunnen im Umland trocknen aus", "Bauern fordern Hilfe vom Land wegen der Dürre"),
        "fr": ("Les maires ruraux réclament plus de moyens", "Grève à la SNCF : le trafic perturbé jeudi"),
    }[lang]
    text = f"{_BODY[lang]}\n{_BODY[lang]}\n{header}\n{titles[0]}\n{credit}\n{titles[1]}\n"
    article = parse(text, language=lang)
    assert [a.title.text for a in article.also_read] == list(titles)
    assert article.also_read[0].span.text.endswith(credit)  # claimed with the link it credits


# -- a one-line scrape: the title's last name joined to the next sentence's named subject ----


@pytest.mark.parametrize(
    ("lang", "line", "title"),
    [
        (
            "es",
            "El pleno votó el plan. Lee también: Suben los alquileres en Madrid Pedro Sánchez "
            "anunció nuevas ayudas para los jóvenes que buscan piso.",
            "Suben los alquileres en Madrid",
        ),
        (
            "fr",
            "Le vote a eu lieu mardi. Lire aussi : La réforme des retraites devant le Sénat "
            "Emmanuel Macron a promis une adoption rapide du texte avant l'été.",
            "La réforme des retraites devant le Sénat",
        ),
        (
            "de",
            "Der Rat hat abgestimmt. Lesen Sie auch: Neue Radwege für Lindau Oberbürgermeisterin "
            "Eva Roth sagte, die Pläne seien fertig und würden bald umgesetzt.",
            "Neue Radwege für Lindau",
        ),
    ],
    ids=["es-place-then-name", "fr-place-then-name-aux", "de-role-name"],
)
def test_joined_title_ends_before_a_named_subject(lang: str, line: str, title: str) -> None:
    assert [t for _, t in _links(lang, line)] == [title]


@pytest.mark.parametrize(
    ("lang", "line", "title"),
    [
        (
            "es",
            "El pleno votó. Lee también: El Gobierno de Pedro Sánchez anunció ayudas para jóvenes "
            "El ministro habló luego con la prensa en el Congreso.",
            "El Gobierno de Pedro Sánchez anunció ayudas para jóvenes",
        ),
        (
            "fr",
            "Le vote a eu lieu. Lire aussi : Retraites : Emmanuel Macron a promis une adoption rapide "
            "Le gouvernement espère un vote conforme au Sénat dans la semaine.",
            "Retraites : Emmanuel Macron a promis une adoption rapide",
        ),
    ],
    ids=["es-name-inside-headline", "fr-name-after-colon"],
)
def test_a_name_and_verb_inside_the_headline_stay(lang: str, line: str, title: str) -> None:
    assert [t for _, t in _links(lang, line)] == [title]


@pytest.mark.parametrize("arrow", ["▸", "➤", "►"], ids=["small-triangle", "arrowhead", "pointer"])
def test_arrow_separator_stays_out_of_the_title(arrow: str) -> None:
    line = f"Lire aussi {arrow} Les maires ruraux réclament plus de moyens"
    assert _links("fr", _between("fr", line)) == [
        ("Lire aussi", "Les maires ruraux réclament plus de moyens")
    ]


@pytest.mark.parametrize(
    "note",
    ["(opens in new tab)", "(Opens in a new window)", "(s’ouvre dans un nouvel onglet)"],
    ids=["tab", "window", "fr"],
)
def test_screen_reader_note_after_a_title_is_no_part_of_it(note: str) -> None:
    text = f"{_BODY['en']}\nRead more: Council tax bills set to climb by five per cent {note}\n{_BODY['en']}"
    (item,) = parse(text, language="en").also_read
    assert item.title.text == "Council tax bills set to climb by five per cent"
    assert item.span.text.endswith(note)  # the item still claims it


def test_bracketed_words_that_are_no_note_stay() -> None:
    text = f"{_BODY['en']}\nRead more: Council tax bills set to climb (again)\n{_BODY['en']}"
    assert [a.title.text for a in parse(text, language="en").also_read] == [
        "Council tax bills set to climb (again)"
    ]


def test_closing_rail_under_a_section_name_of_the_language() -> None:
    text = f"{_BODY['es']}\n{_BODY['es']}\n" + _RAIL.replace("DEPORTES", "Deportes") + "\n"
    assert [label for label, _ in _links("es", text)] == ["Deportes"] * 3


def test_column_name_over_a_credit_in_a_kicker_rail_joins_the_teaser_above() -> None:
    block = (
        "Mehr zum Thema\n"
        "Streit ums Wasser\n"
        "Die Brunnen im Umland trocknen aus\n"
        "Kolumne Auf dem Land\n"
        "von Ina Roewer\n"
        "Regionale Landwirtschaft\n"
        "Bauern fordern Hilfe vom Land wegen der Dürre\n"
        "Stadtwerke erhöhen die Preise\n"
        "Wasser wird teurer"
    )
    text = f"{_BODY['de']}\n{_BODY['de']}\n{block}\n"
    article = parse(text, language="de")
    assert [a.title.text for a in article.also_read] == [
        "Die Brunnen im Umland trocknen aus",
        "Bauern fordern Hilfe vom Land wegen der Dürre",
        "Wasser wird teurer",
    ]
    assert article.also_read[0].span.text.endswith("Kolumne Auf dem Land\nvon Ina Roewer")
