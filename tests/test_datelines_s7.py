"""A numeric date and a dash opening the lede, with no place (#9, #11): our own invented ledes."""

from __future__ import annotations

import datetime as dt

import pytest

import newsparse

_LEDE = "La giunta ha approvato il piano per le strade del centro, ha detto il sindaco ai giornalisti."


@pytest.mark.parametrize(
    ("opening", "date"),
    [("24/09/2020 –", dt.date(2020, 9, 24)), ("03.11.2021 -", dt.date(2021, 11, 3))],
    ids=["slashes", "dots"],
)
def test_a_dated_lede_has_a_date_only_dateline(opening: str, date: dt.date) -> None:
    article = newsparse.parse(f"Strade, via al piano\n{opening} {_LEDE}\n\nI lavori partono a maggio.\n")
    (dateline,) = article.datelines
    assert (dateline.text, dateline.date, dateline.locations) == (opening, date, ())


def test_a_date_inside_the_lede_is_no_dateline() -> None:
    text = f"Strade, via al piano\nIl 24/09/2020 – dopo mesi – {_LEDE}\n"
    assert newsparse.parse(text).datelines == ()


def test_a_date_range_is_no_dateline() -> None:
    text = f"Strade, via al piano\n24/09/2020 - 30/09/2020: {_LEDE}\n"
    assert newsparse.parse(text).datelines == ()
