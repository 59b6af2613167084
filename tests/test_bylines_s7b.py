"""A contact line that joins the writer's sentence and the desk's (#9): the first sentence is
the byline, the rest a footer. Our own invented articles."""

from __future__ import annotations

import newsparse
from newsparse.lang import get_language
from newsparse.rules.furniture.byline_contacts import contact_line, contact_vocab

_BODY = (
    "The harbour authority said on Tuesday that the new crane would be delivered by spring, "
    "two years later than first planned, after a dispute with the builder.\n"
    "Dock workers welcomed the news but said the delay had already cost the port several "
    "large contracts.\n"
)
_WRITER = "Write to Mara Quist at mquist@ledger.example or follow her @maraquist."
_DESK = "Follow us on Twitter @dailyledger and on Facebook."


def _contact(line: str) -> tuple[int, int] | None:
    found = contact_line(line, 0, len(line), contact_vocab(get_language("en")), bare=False)
    return None if found is None else (found.span.start, found.span.end)


def test_the_writers_sentence_is_cut_from_the_desks() -> None:
    assert _contact(_WRITER + " " + _DESK) == (0, len(_WRITER))


def test_two_writer_sentences_stay_one_line() -> None:
    line = "Email Mara Quist at mquist@ledger.example. Follow her on Instagram @maraquist."
    assert _contact(line) == (0, len(line))


def test_a_name_without_a_way_to_reach_opens_no_contact_sentence() -> None:
    assert _contact("Follow Mara Quist as she walks the coast. More photos on our site.") is None


def test_in_an_article_the_desk_sentence_stays_a_footer() -> None:
    article = newsparse.parse(_BODY + _WRITER + " " + _DESK + "\n")
    assert [b.span.text for b in article.bylines] == [_WRITER]
    footers = " ".join(f.span.text for f in article.boilerplate)
    assert _DESK in footers
    assert "Mara Quist" not in footers


_LEDE = "The regional health agency warned on Monday that infections could rise again before winter."


def test_a_byline_before_the_ledes_colon_keeps_its_surname() -> None:
    article = newsparse.parse("By Owen Marsh: " + _LEDE + "\n" + _BODY)
    assert [b.span.text for b in article.bylines] == ["By Owen Marsh"]
    assert article.datelines == ()


def test_a_byline_before_a_dash_and_the_lede() -> None:
    article = newsparse.parse("By Owen Marsh – " + _LEDE + "\n" + _BODY)
    assert [b.span.text for b in article.bylines] == ["By Owen Marsh"]


def test_a_place_after_the_names_is_still_a_dateline() -> None:
    article = newsparse.parse("By Owen Marsh Leeds: " + _LEDE + "\n" + _BODY)
    assert [b.span.text for b in article.bylines] == ["By Owen Marsh"]
    assert [d.span.text for d in article.datelines] == ["Leeds:"]
