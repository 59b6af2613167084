"""Page furniture, round eight (#9, #11): a two-sentence headline over a standfirst with its
stamp or byline, a relayed story's ``OUTLET via WIRE —`` dateline, and a byline that carries
the lead picture's credit on the same line. Our own invented articles in the shapes real
scrapes have."""

from __future__ import annotations

import pytest

import newsparse

_HEAD = "Wild ponies grazed this marsh for a century. Now the herons are back."
_DEK = "A coastal wetland stripped bare by grazing recovers in four years. What brought the birds home?"
_BODY = (
    "It takes an hour by boat to reach the outer marsh, and only a minute on its boardwalk "
    "before the first heron lifts out of the reeds, the warden said on a cold morning.\n"
)


@pytest.mark.parametrize(
    "under",
    [
        pytest.param(_DEK + "Tuesday, 4 March 2025\n", id="stamp-glued-to-dek"),
        pytest.param(_DEK + "\nBy Jane Roe\n", id="byline-under-dek"),
        pytest.param(_DEK + "\nTuesday, 4 March 2025\n", id="stamp-under-dek"),
    ],
)
def test_two_sentences_over_a_dek_with_furniture_are_the_headline(under: str) -> None:
    article = newsparse.parse(_HEAD + "\n" + under + _BODY + _BODY)
    assert article.headline is not None
    assert article.headline.title.text == _HEAD


def test_two_sentences_over_a_paragraph_with_no_furniture_stay_a_lede() -> None:
    article = newsparse.parse(_HEAD + "\n" + _DEK + "\n" + _BODY + _BODY)
    assert article.headline is None


def test_a_stamp_alone_under_a_long_paragraph_does_not_make_a_headline() -> None:
    # The line under the two sentences is a paragraph, not a standfirst: too long for one.
    long_par = _BODY.strip() + " " + _BODY.strip() + " " + _BODY
    article = newsparse.parse(_HEAD + "\n" + long_par + "Tuesday, 4 March 2025\n" + _BODY)
    assert article.headline is None


_LEDE = "The state's high court swore in its first judge from the valley on Monday, officials said."


@pytest.mark.parametrize(
    ("opening", "agency"),
    [
        pytest.param("HARBOURVIEW via JTA —", "JTA", id="caps-outlet-caps-wire"),
        pytest.param("Coastline Weekly via Reuters —", "Reuters", id="title-outlet-known-wire"),
        pytest.param("PORT ELLIS, Maine via AP —", "AP", id="place-region-wire"),
    ],
)
def test_a_relayed_story_opens_with_outlet_via_wire(opening: str, agency: str) -> None:
    article = newsparse.parse("Valley Judge Sworn In\n" + opening + " " + _LEDE)
    assert [(d.text, d.agency) for d in article.datelines] == [(opening, agency)]


def test_via_a_tool_is_no_dateline() -> None:
    article = newsparse.parse("Valley Judge Sworn In\nPORT ELLIS via Zoom — " + _LEDE)
    assert article.datelines == ()


_STORY = "The city council voted on Tuesday to raise harbour fares, the mayor said at a crowded meeting."


@pytest.mark.parametrize(
    ("line", "byline", "credit"),
    [
        pytest.param("By Jane Roe Photo: Getty Images", "By Jane Roe", "Photo: Getty Images", id="photo"),
        pytest.param(
            "By Jane Roe Photo credit: Coast Studio",
            "By Jane Roe",
            "Photo credit: Coast Studio",
            id="two-words",
        ),
        pytest.param("By Omar Said Picture: Lena Park", "By Omar Said", "Picture: Lena Park", id="picture"),
    ],
)
def test_a_byline_line_carrying_the_photo_credit_gives_both(line: str, byline: str, credit: str) -> None:
    article = newsparse.parse("Harbour Fares To Rise Next Year\n" + line + "\n" + _STORY)
    assert [(b.text, b.kind) for b in article.bylines] == [(byline, "byline"), (credit, "credit")]


def test_a_colon_after_a_name_that_is_no_label_is_left_alone() -> None:
    article = newsparse.parse("Harbour Fares To Rise Next Year\nBy Jane Roe Update: fares fixed\n" + _STORY)
    assert all(b.kind != "credit" or not b.text.startswith("Update") for b in article.bylines)


_LEDE_FR = (
    "Le président a appelé mardi les pays européens à accélérer leurs livraisons, lors d'une "
    "conférence de presse à Kiev, selon plusieurs agences.\n"
)
_LEDE_ES = (
    "El alcalde presentó el martes en el pleno municipal un nuevo plan para el puerto, según "
    "informó el ayuntamiento en un comunicado.\n"
)


@pytest.mark.parametrize(
    ("top", "lede", "headline"),
    [
        pytest.param(
            "Guerre en Ukraine\nKiev appelle l'Europe à livrer plus d'obus\n",
            _LEDE_FR,
            "Kiev appelle l'Europe à livrer plus d'obus",
            id="fr-topic",
        ),
        pytest.param(
            "Puerto de Valencia\nEl alcalde presenta un nuevo plan para el puerto\n",
            _LEDE_ES,
            "El alcalde presenta un nuevo plan para el puerto",
            id="es-topic",
        ),
        pytest.param(
            # the line under the short headline ends in a full stop: a standfirst, not a headline
            "Kiev réclame des obus\nLe président ukrainien a de nouveau appelé les Européens à livrer.\n",
            _LEDE_FR,
            "Kiev réclame des obus",
            id="fr-short-head-over-dek",
        ),
    ],
)
def test_a_three_word_topic_line_over_the_headline(top: str, lede: str, headline: str) -> None:
    article = newsparse.parse(top + lede + lede)
    assert article.headline is not None
    assert article.headline.title.text == headline


def test_english_keeps_a_short_headline_over_a_stopless_standfirst() -> None:
    # English standfirsts often end without a stop: the three-word line stays the headline.
    top = "Ferry fares soar\nCommuters face a fourth rise in two years as the operator cites fuel costs\n"
    article = newsparse.parse(top + _BODY + _BODY)
    assert article.headline is not None
    assert article.headline.title.text == "Ferry fares soar"
