"""Also-read, round seven b (#11, #9): a one-line scrape whose linked headline ends in its
speaker's name (``…: PM Modi``) before the next paragraph's opener, headlines that open on a
sentence word and a comma (``Now, …?``) rather than a strip of topic tags, and further label forms
(``Go deeper``, ``Ti può interessare``, ``Cela pourrait vous intéresser``, ``Mais sobre o assunto``).

Every row is our own text in the shape real pages print.
"""

from __future__ import annotations

import pytest

from newsparse import find_also_read, parse

_BODY = {
    "en": "The council approved the budget on Tuesday after a long debate in the chamber.",
    "fr": "Le conseil municipal a voté le budget mardi soir après un long débat entre les élus.",
    "pt": "A Câmara aprovou o orçamento na terça-feira depois de um longo debate no plenário da cidade.",
    "hi": "नगर परिषद ने मंगलवार को लंबी बहस के बाद बजट को मंजूरी दे दी।",
    "es": "El ayuntamiento aprobó el presupuesto el martes tras un largo debate en el pleno municipal.",
    "it": "Il consiglio comunale ha approvato il bilancio martedì dopo un lungo dibattito in aula.",
}


def _links(lang: str, text: str) -> list[tuple[str | None, str]]:
    article = parse(text, language=lang)
    return [(a.label.text if a.label else None, a.title.text) for a in article.also_read]


def _between(lang: str, block: str) -> str:
    return f"{_BODY[lang]}\n{block}\n{_BODY[lang]}\n"


# -- a headline closing on its speaker, joined to the next paragraph ------------------------


@pytest.mark.parametrize(
    ("line", "title"),
    [
        (
            "Exports rose for a third month in a row. ALSO READ: Port upgrade will double cargo "
            "capacity: PM Modi Under the new plan, two berths will be added by next spring.",
            "Port upgrade will double cargo capacity: PM Modi",
        ),
        (
            "Exports rose for a third month in a row. Also Read: Port upgrade will double cargo "
            "capacity, says Finance Minister Asha Rao In her speech, the minister praised dock workers.",
            "Port upgrade will double cargo capacity, says Finance Minister Asha Rao",
        ),
        (
            "Exports rose for a third month in a row. ALSO READ: Rail fares to stay frozen: "
            "Union Railway Minister Arun Kumar Despite the freeze, operators expect more riders.",
            "Rail fares to stay frozen: Union Railway Minister Arun Kumar",
        ),
    ],
)
def test_title_ending_in_its_speaker_stops_before_the_next_sentence(line: str, title: str) -> None:
    assert [a.title.text for a in find_also_read(line)] == [title]


@pytest.mark.parametrize(
    ("line", "title"),
    [
        # After the colon the clause goes on in lower case: nothing to cut.
        (
            "Exports rose for a third month in a row. ALSO READ: Budget 2025: Sitharaman "
            "announces relief for small traders",
            "Budget 2025: Sitharaman announces relief for small traders",
        ),
        # A capitalised word that is no sentence opener stays in the name.
        (
            "Exports rose for a third month in a row. ALSO READ: Cargo record at the port: "
            "Chairman Vikram Singh Rathore",
            "Cargo record at the port: Chairman Vikram Singh Rathore",
        ),
    ],
)
def test_title_with_a_colon_clause_is_not_cut(line: str, title: str) -> None:
    assert [a.title.text for a in find_also_read(line)] == [title]


# -- a headline opening on a sentence word and a comma ------------------------------------


@pytest.mark.parametrize(
    "title",
    ["Now, Paper Lions?", "Yes, Prime Minister", "So, Who Pays for the Bridge?", "Again, Tolls!"],
)
def test_headline_with_an_opening_comma_is_a_link(title: str) -> None:
    text = _between("en", f"Also read: {title}")
    assert _links("en", text) == [("Also read", title)]


def test_strip_of_topic_tags_is_still_no_link() -> None:
    text = _between("en", "Related: Council Tax, Budget 2025, Local Elections")
    assert _links("en", text) == []


# -- further label forms ------------------------------------------------------------------


@pytest.mark.parametrize(
    ("lang", "block", "label", "title"),
    [
        ("en", "Go deeper: Why bridge tolls keep rising", "Go deeper", "Why bridge tolls keep rising"),
        ("en", "Dive deeper | What the new budget means for renters", "Dive deeper",
         "What the new budget means for renters"),
        ("it", "Ti può interessare: Nuove piste ciclabili nel centro storico", "Ti può interessare",
         "Nuove piste ciclabili nel centro storico"),
        ("it", "PUÒ INTERESSARTI: Scuole, arrivano i fondi per le mense", "PUÒ INTERESSARTI",
         "Scuole, arrivano i fondi per le mense"),
        ("es", "Puede interesarle: Suben las tarifas del transporte urbano", "Puede interesarle",
         "Suben las tarifas del transporte urbano"),
        ("es", "Te podría gustar: Vuelve el tranvía al centro de la ciudad", "Te podría gustar",
         "Vuelve el tranvía al centro de la ciudad"),
        ("fr", "Cela pourrait vous intéresser : Les cantines passent au bio", "Cela pourrait vous intéresser",
         "Les cantines passent au bio"),
        ("fr", "Ça peut vous intéresser\nLes cantines passent au bio", "Ça peut vous intéresser",
         "Les cantines passent au bio"),
        ("pt", "Mais sobre o assunto: Prefeitura amplia horário dos ônibus", "Mais sobre o assunto",
         "Prefeitura amplia horário dos ônibus"),
        ("pt", "Você também pode se interessar: Feira do livro volta à praça", "Você também pode se interessar",
         "Feira do livro volta à praça"),
        ("it", "Scopri anche: Nuovo parcheggio vicino alla stazione", "Scopri anche",
         "Nuovo parcheggio vicino alla stazione"),
        ("hi", "इसको भी पढ़ें: शहर में नई बस सेवा शुरू", "इसको भी पढ़ें", "शहर में नई बस सेवा शुरू"),
        ("hi", "खबर भी पढ़ें - बारिश से कई सड़कें बंद", "खबर भी पढ़ें", "बारिश से कई सड़कें बंद"),
    ],
)  # fmt: skip
def test_further_labels(lang: str, block: str, label: str, title: str) -> None:
    assert _links(lang, _between(lang, block)) == [(label, title)]


@pytest.mark.parametrize(
    "line",
    [
        "Go deeper into the figures and a different picture appears.",
        "Go deeper: you will see why the plan failed.",
    ],
)
def test_go_deeper_in_prose_is_no_link(line: str) -> None:
    assert _links("en", _between("en", line)) == []
