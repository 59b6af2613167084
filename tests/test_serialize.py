"""to_dict / from_dict: the JSON shape other tools rely on, and an exact round trip."""

from __future__ import annotations

import datetime as dt
import json

import attrs
import pytest

import newsparse
from newsparse import (
    AlsoRead,
    Article,
    Boilerplate,
    Byline,
    Dateline,
    Embed,
    Entity,
    Headline,
    Link,
    Quote,
    Span,
    Timestamp,
    Tweet,
)

TEXT = (
    "Ferry Fares Rise Again | Harbour Post\n"
    "By Mira Lund\n"
    "OSLO, Nov 21 (Reuters) - Operators said fares would rise.\n"
    "Fares go up today https://t.co/AbC123 #ferry\n"
    "— Harbour Desk (@harbourdesk) November 21, 2025\n"
    "Also Read: Bridge tolls frozen for winter\n"
    "Download our app for more"
)


def sp(needle: str) -> Span:
    start = TEXT.index(needle)
    return Span.of(TEXT, start, start + len(needle))


def full_article() -> Article:
    body = sp("Fares go up today https://t.co/AbC123 #ferry")
    return Article.from_items(
        TEXT,
        [
            Headline(
                sp("Ferry Fares Rise Again | Harbour Post"),
                title=sp("Ferry Fares Rise Again"),
                site=sp("Harbour Post"),
                case_style="title",
            ),
            Byline(sp("By Mira Lund"), names=["Mira Lund"]),
            Dateline(
                sp("OSLO, Nov 21 (Reuters) -"),
                locations=["OSLO"],
                agency="Reuters",
                date_text="Nov 21",
                month=11,
                day=21,
            ),
            Quote(
                sp("Operators said fares would rise."),
                content=sp("fares would rise"),
                kind="indirect",
                cue=sp("said"),
                speaker="Operators",
                speaker_span=sp("Operators"),
                rule="said-clause",
            ),
            Tweet(
                sp(
                    "Fares go up today https://t.co/AbC123 #ferry\n— Harbour Desk (@harbourdesk) November 21, 2025"
                ),
                body=body,
                author="Harbour Desk",
                handle="harbourdesk",
                date=dt.date(2025, 11, 21),
                date_text="November 21, 2025",
                urls=[Link(sp("https://t.co/AbC123"), url="https://t.co/AbC123", kind="short")],
                entities=[
                    Entity(sp("https://t.co/AbC123"), kind="url", value="https://t.co/AbC123"),
                    Entity(sp("#ferry"), kind="hashtag", value="ferry"),
                ],
            ),
            AlsoRead(
                sp("Also Read: Bridge tolls frozen for winter"),
                title=sp("Bridge tolls frozen for winter"),
                label=sp("Also Read"),
            ),
            Boilerplate(sp("Download our app for more"), kind="app_promo"),
            Timestamp(
                sp("November 21, 2025"),
                kind="published",
                date=dt.datetime(2025, 11, 21, 10, 20, tzinfo=dt.timezone(dt.timedelta(hours=5, minutes=30))),
            ),
            Embed(sp("Harbour Desk"), platform="instagram", handle="harbourdesk"),
        ],
    )


def test_shape_has_every_key() -> None:
    d = newsparse.to_dict(full_article())
    for key in (
        "headline",
        "tweets",
        "embeds",
        "also_read",
        "boilerplate",
        "bylines",
        "datelines",
        "quotes",
        "body",
    ):
        assert key in d
    assert isinstance(d["body"], str)


def test_items_carry_text_span_and_fields() -> None:
    d = newsparse.to_dict(full_article())
    tweet = d["tweets"][0]
    assert tweet["text"] == "Fares go up today https://t.co/AbC123 #ferry"  # a tweet's text is its body
    assert tweet["handle"] == "harbourdesk"
    assert tweet["date"] == "2025-11-21"
    assert tweet["entities"][1] == {
        "type": "Entity",
        "text": "#ferry",
        "span": [TEXT.index("#ferry"), TEXT.index("#ferry") + 6],
        "kind": "hashtag",
        "value": "ferry",
    }
    also = d["also_read"][0]
    assert (also["label"], also["title"], also["url"]) == (
        "Also Read",
        "Bridge tolls frozen for winter",
        None,
    )
    quote = d["quotes"][0]
    assert (quote["kind"], quote["content"], quote["cue"], quote["speaker"]) == (
        "indirect",
        "fares would rise",
        "said",
        "Operators",
    )
    assert d["boilerplate"][0]["kind"] == "app_promo"
    assert d["headline"]["site"] == "Harbour Post"
    assert d["datelines"][0]["date"] is None
    assert d["timestamps"][0]["date"] == "2025-11-21T10:20:00+05:30"
    for item in d["also_read"] + d["boilerplate"] + d["bylines"]:
        start, end = item["span"]
        assert TEXT[start:end] == item["text"]


def test_json_serialisable_and_round_trips() -> None:
    article = full_article()
    d = newsparse.to_dict(article)
    again = json.loads(json.dumps(d))
    assert newsparse.from_dict(again) == article
    assert Article.from_dict(again) == article
    assert article.to_dict() == d


@pytest.mark.parametrize(
    "text",
    ["", "Plain text only.", TEXT, "a\r\nb\rc", "\u2028\x00\ufeff weird"],
    ids=["empty", "plain", "rich", "line-ends", "odd-chars"],
)
def test_round_trip_of_parsed_articles(text: str) -> None:
    article = newsparse.parse(text)
    assert newsparse.from_dict(json.loads(json.dumps(newsparse.to_dict(article)))) == article


def test_unknown_item_type_is_an_error() -> None:
    d = newsparse.to_dict(full_article())
    d["bylines"][0]["type"] = "Nope"
    with pytest.raises(ValueError, match="Nope"):
        newsparse.from_dict(d)


def test_schema_version_first_and_checked() -> None:
    d = newsparse.to_dict(full_article())
    assert next(iter(d)) == "schema_version"
    assert d["schema_version"] == newsparse.SCHEMA_VERSION
    older = {k: v for k, v in d.items() if k != "schema_version"}  # written before the field existed
    assert newsparse.from_dict(older) == full_article()
    newer = dict(d, schema_version="2.0")
    with pytest.raises(ValueError, match="upgrade newsparse"):
        newsparse.from_dict(newer)


@attrs.frozen
class Price:
    """A user item with every field type from_dict can rebuild."""

    span: Span
    amount: float
    currency: Span | None = None
    seen: dt.date | None = None
    parts: tuple[Span, ...] = ()
    tags: tuple[str, ...] = ()
    link: Link | None = None


def price_article() -> Article:
    text = "Fares rise to EUR 4.50 from 1 May, see https://t.co/Zz9"
    span = Span.of(text, 14, 22)
    url = Span.of(text, text.index("https"), len(text))
    price = Price(
        span,
        amount=4.5,
        currency=Span.of(text, 14, 17),
        seen=dt.date(2026, 5, 1),
        parts=(Span.of(text, 14, 17), Span.of(text, 18, 22)),
        tags=("fare", "ferry"),
        link=Link(url, url=url.text, kind="short"),
    )
    entity = Entity(url, kind="url", value=url.text)  # a built-in type used as an extra
    return Article.from_items(text, [price, entity])


def test_extras_of_given_types_round_trip() -> None:
    article = price_article()
    d = json.loads(json.dumps(newsparse.to_dict(article)))
    assert [e["type"] for e in d["extras"]] == ["Price", "Entity"]
    assert newsparse.from_dict(d, types=[Price]) == article


def test_extras_of_unknown_types_are_left_out_but_built_ins_kept() -> None:
    article = price_article()
    again = newsparse.from_dict(newsparse.to_dict(article))
    assert [type(e).__name__ for e in again.extras] == ["Entity"]
    assert again.text == article.text


def test_types_must_be_attrs_classes() -> None:
    with pytest.raises(TypeError, match="attrs"):
        newsparse.from_dict(newsparse.to_dict(price_article()), types=[dict])
