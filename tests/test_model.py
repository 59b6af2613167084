"""The data model: spans keep their invariant, items are frozen, the article body drops furniture."""

from __future__ import annotations

import datetime as dt

import attrs
import pytest

from newsparse import (
    AlsoRead,
    Article,
    Boilerplate,
    Byline,
    Caption,
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
from newsparse._model import body_without, is_structural

TEXT = "Headline here\nFirst paragraph of the story.\nAlso Read: Another story\n\nSecond paragraph.\nFooter promo"


def span_of(needle: str, text: str = TEXT) -> Span:
    start = text.index(needle)
    return Span.of(text, start, start + len(needle))


class TestSpan:
    def test_of_slices_the_source(self) -> None:
        s = Span.of("abcdef", 1, 4)
        assert (s.start, s.end, s.text) == (1, 4, "bcd")
        assert s.matches("abcdef")
        assert not s.matches("abXdef")

    @pytest.mark.parametrize(
        ("start", "end", "text"),
        [(3, 1, ""), (-1, 2, "abc"), (0, 3, "ab"), (0, 1, "ab")],
        ids=["end-before-start", "negative", "text-too-short", "text-too-long"],
    )
    def test_invalid_spans_are_rejected(self, start: int, end: int, text: str) -> None:
        with pytest.raises(ValueError, match="span"):
            Span(start, end, text)

    def test_frozen(self) -> None:
        s = Span(0, 1, "a")
        with pytest.raises(attrs.exceptions.FrozenInstanceError):
            s.start = 2  # type: ignore[misc]

    def test_relations(self) -> None:
        a, b, c = Span(0, 5, "aaaaa"), Span(3, 8, "bbbbb"), Span(1, 2, "c")
        assert a.overlaps(b) and b.overlaps(a)
        assert not c.overlaps(Span(2, 3, "d"))
        assert a.contains(c) and not c.contains(a)
        assert len(a) == 5 and str(c) == "c"

    def test_repr_leads_with_offsets_and_text(self) -> None:
        assert repr(Span(2, 4, "hi")) == "Span(2, 4, 'hi')"


@pytest.mark.parametrize(
    ("cls", "structural"),
    [
        (Headline, True),
        (Byline, True),
        (Dateline, True),
        (Timestamp, True),
        (Caption, True),
        (Tweet, True),
        (Embed, True),
        (AlsoRead, True),
        (Boilerplate, True),
        (Quote, False),
        (Entity, False),
        (Link, False),
    ],
    ids=lambda v: v.__name__ if isinstance(v, type) else str(v),
)
def test_every_item_class_is_frozen_slotted_span_first(cls: type, structural: bool) -> None:
    fields = attrs.fields(cls)
    assert fields[0].name == "span"
    assert "__slots__" in cls.__dict__
    assert cls.__dict__.get("structural", getattr(cls, "structural", None)) is structural
    for field in fields:
        assert field.name, f"{cls.__name__} has an unnamed field"


def test_item_text_is_what_the_item_says() -> None:
    text = "Big news today https://t.co/abc\n— Some One (@someone) May 1, 2025"
    tweet = Tweet(
        span_of(text, text), body=span_of("Big news today https://t.co/abc", text), handle="someone"
    )
    assert tweet.text == "Big news today https://t.co/abc"
    embed = Embed(span_of(text, text), platform="instagram")
    assert embed.text == text
    bp = Boilerplate(span_of("Footer promo"), kind="app_promo")
    assert bp.text == "Footer promo"


def test_tuple_fields_accept_lists() -> None:
    byline = Byline(span_of("Headline here"), names=["A B", "C D"])
    assert byline.names == ("A B", "C D")
    with pytest.raises(attrs.exceptions.FrozenInstanceError):
        byline.names = ()  # type: ignore[misc]


def test_article_from_items_buckets_and_orders() -> None:
    items = [
        Boilerplate(span_of("Footer promo"), kind="app_promo"),
        AlsoRead(
            span_of("Also Read: Another story"), title=span_of("Another story"), label=span_of("Also Read")
        ),
        Headline(span_of("Headline here"), title=span_of("Headline here"), case_style="sentence"),
        Quote(span_of("First paragraph"), content=span_of("paragraph"), kind="indirect"),
    ]
    article = Article.from_items(TEXT, items)
    assert article.headline is not None and article.headline.text == "Headline here"
    assert [b.kind for b in article.boilerplate] == ["app_promo"]
    assert len(article.also_read) == 1 and len(article.quotes) == 1
    assert [type(i).__name__ for i in article.items] == ["Headline", "Quote", "AlsoRead", "Boilerplate"]
    assert article.body == "First paragraph of the story.\n\nSecond paragraph."


def test_article_keeps_unknown_item_types_as_extras() -> None:
    @attrs.frozen
    class Hashtag:
        span: Span

    extra = Hashtag(span_of("Second"))
    article = Article.from_items(TEXT, [extra])
    assert article.extras == (extra,)
    assert not is_structural(extra)
    assert "Second paragraph." in article.body


def test_article_repr_hides_the_text() -> None:
    assert "First paragraph" not in repr(Article.from_items(TEXT, []))


@pytest.mark.parametrize(
    ("text", "cuts", "expected"),
    [
        ("a\nb\nc", [(2, 3)], "a\nc"),
        ("a\n\nb\n\nc", [(3, 4)], "a\n\nc"),
        ("keep this. DROP that. keep end", [(11, 21)], "keep this. keep end"),
        ("x\r\ny\rz", [(3, 4)], "x\nz"),
        ("", [], ""),
        ("only", [(0, 4)], ""),
        ("  padded  \n\n\n\nnext", [], "padded\n\nnext"),
    ],
    ids=[
        "whole-line",
        "blank-lines-kept-once",
        "inside-a-line",
        "crlf-and-cr",
        "empty",
        "all-cut",
        "blank-runs",
    ],
)
def test_body_without(text: str, cuts: list[tuple[int, int]], expected: str) -> None:
    assert body_without(text, [Span.of(text, s, e) for s, e in cuts]) == expected


def test_dates_are_plain_fields() -> None:
    when = dt.date(2025, 11, 21)
    d = Dateline(span_of("Headline"), locations=["LONDON"], date=None, month=11, day=21, date_text="Nov 21")
    assert d.date is None and d.month == 11
    t = Timestamp(span_of("Headline"), kind="updated", date=when)
    assert t.date == when
