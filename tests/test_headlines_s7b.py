"""Two stopless lines at the top of a text (#11): a headline of two short sentences, then a
standfirst that also ends without a stop, then the story. Our own invented articles."""

from __future__ import annotations

import newsparse

_HEAD = "Gelo sulle Alpi e pioggia al Sud. Il Centro resta al riparo fino a lunedì"
_DEK = (
    "Temporali previsti in Calabria e Sicilia. Venti forti sullo Ionio. Il sereno tornerà "
    "già nella giornata di martedì"
)
_BODY = (
    "Una massa d'aria fredda di origine artica raggiungerà nelle prossime ore l'arco alpino, "
    "portando nevicate fino a quote collinari, mentre una depressione sul Tirreno richiamerà "
    "piogge abbondanti sulle regioni meridionali, secondo i previsori del servizio meteo.\n"
)


def test_two_stopless_lines_over_a_paragraph_are_headline_and_dek() -> None:
    article = newsparse.parse(_HEAD + "\n" + _DEK + "\n" + _BODY + _BODY)
    assert article.headline is not None
    assert article.headline.title.text == _HEAD


def test_a_dek_ending_in_a_full_stop_leaves_a_lede() -> None:
    # The second line ends like a sentence of prose: the first stays a (stopless) lede line.
    article = newsparse.parse(_HEAD + "\n" + _DEK + ".\n" + _BODY + _BODY)
    assert article.headline is None


def test_a_short_paragraph_under_the_dek_leaves_a_lede() -> None:
    article = newsparse.parse(_HEAD + "\n" + _DEK + "\nPiove.\n")
    assert article.headline is None


def test_english_two_stopless_lines() -> None:
    head = "Storms batter the coast. Inland towns stay dry"
    dek = "Ferries cancelled and roads closed as gusts reach 90 miles an hour on the cliffs"
    body = (
        "Forecasters warned on Sunday that the strongest winds of the winter would reach the "
        "western coast overnight, with ferry crossings cancelled and several harbour roads shut "
        "as a precaution before the morning high tide.\n"
    )
    article = newsparse.parse(head + "\n" + dek + "\n" + body)
    assert article.headline is not None
    assert article.headline.title.text == head
