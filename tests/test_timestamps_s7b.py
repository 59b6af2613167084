"""A date glued to the end of a sentence (#9): a scrape joined the page's stamp to the dek
above it. Our own invented articles."""

from __future__ import annotations

import newsparse

_DEK = "Storms flattened the old orchard last winter. Can the village bring it back?"
_BODY = (
    "The orchard on the hill above the village had stood for more than a century before the "
    "storms of last winter brought down most of its oldest trees.\n"
)


def _stamps(text: str) -> list[str]:
    return [t.span.text for t in newsparse.parse(text).timestamps]


def test_a_date_glued_to_a_question_is_a_timestamp() -> None:
    stamps = newsparse.parse(_DEK + "Tuesday, 4 March 2025\n" + _BODY).timestamps
    assert [t.span.text for t in stamps] == ["Tuesday, 4 March 2025"]
    assert stamps[0].date is not None and stamps[0].date.year == 2025


def test_a_month_date_glued_to_a_full_stop() -> None:
    assert _stamps(_DEK.replace("?", ".") + "March 4, 2025\n" + _BODY) == ["March 4, 2025"]


def test_a_year_after_a_blank_is_prose() -> None:
    assert _stamps(_DEK + " The project ends in March 2025\n" + _BODY) == []


def test_a_glued_number_without_a_calendar_date_is_no_timestamp() -> None:
    assert _stamps(_DEK + "Route 2025\n" + _BODY) == []
