"""Flat rows for tables: one dict per item, ready for ``pandas.DataFrame`` or ``pyarrow``.

``to_dict`` keeps an article's nesting; a corpus study wants one row per quote (or tweet,
or link) with the article it came from. :func:`to_records` gives exactly that, with real
``date`` / ``datetime`` values and the same columns in every row of a kind, so that
``pyarrow.Table.from_pylist(rows, schema=arrow_schema(kind))`` types every column.
No table library is imported here; :func:`arrow_schema` imports pyarrow when called.
"""

from __future__ import annotations

import datetime as _dt
from collections.abc import Callable, Iterable, Mapping
from typing import Any

from newsparse._model import (
    AlsoRead,
    Article,
    Boilerplate,
    Byline,
    Caption,
    Dateline,
    Embed,
    Headline,
    Quote,
    Span,
    Timestamp,
    Tweet,
)

__all__ = ["RECORD_KINDS", "arrow_schema", "to_records"]

Row = dict[str, Any]

# Column types, in a small vocabulary of our own so that this module needs no table library:
# "int", "str", "date", "datetime" (naive: the wall-clock time as written), "list[str]".
_COMMON: tuple[tuple[str, str], ...] = (("start", "int"), ("end", "int"), ("text", "str"))
_DATES: tuple[tuple[str, str], ...] = (
    ("date", "date"),
    ("datetime", "datetime"),
    ("utc_offset_minutes", "int"),
    ("date_text", "str"),
)

_COLUMNS: dict[str, tuple[tuple[str, str], ...]] = {
    "quotes": (
        ("kind", "str"),
        ("speaker", "str"),
        ("cue", "str"),
        ("content", "str"),
        ("content_start", "int"),
        ("content_end", "int"),
        ("cue_start", "int"),
        ("cue_end", "int"),
        ("speaker_text", "str"),
        ("speaker_start", "int"),
        ("speaker_end", "int"),
        ("rule", "str"),
    ),
    "tweets": (
        ("body", "str"),
        ("author", "str"),
        ("handle", "str"),
        *_DATES,
        ("urls", "list[str]"),
        ("hashtags", "list[str]"),
        ("mentions", "list[str]"),
        ("cashtags", "list[str]"),
    ),
    "embeds": (
        ("platform", "str"),
        ("body", "str"),
        ("author", "str"),
        ("handle", "str"),
        ("url", "str"),
        ("community", "str"),
        *_DATES,
    ),
    "also_read": (("title", "str"), ("label", "str"), ("url", "str")),
    "boilerplate": (("kind", "str"),),
    "bylines": (("kind", "str"), ("names", "list[str]"), ("role", "str"), ("agency", "str"), *_DATES),
    "datelines": (
        ("locations", "list[str]"),
        ("agency", "str"),
        ("date", "date"),
        ("date_text", "str"),
        ("month", "int"),
        ("day", "int"),
    ),
    "headlines": (
        ("title", "str"),
        ("case_style", "str"),
        ("site", "str"),
        ("kicker", "str"),
        ("dek", "str"),
        ("tag", "str"),
    ),
    "timestamps": (("kind", "str"), *_DATES),
    "captions": (("credit", "str"),),
    "items": (("type", "str"), ("kind", "str")),
}

RECORD_KINDS: tuple[str, ...] = tuple(_COLUMNS)
"""Every ``kind`` :func:`to_records` and :func:`arrow_schema` accept."""


def _text(span: Span | None) -> str | None:
    return None if span is None else span.text


def _dates(value: _dt.date | None, written: str | None) -> Row:
    """The date columns: a ``date`` always, a naive ``datetime`` and its UTC offset when a time is known."""
    if value is None:
        return {"date": None, "datetime": None, "utc_offset_minutes": None, "date_text": written}
    if not isinstance(value, _dt.datetime):
        return {"date": value, "datetime": None, "utc_offset_minutes": None, "date_text": written}
    offset = value.utcoffset()
    return {
        "date": value.date(),
        # One column type for every row: the wall-clock time as written, its zone in the next column.
        "datetime": value.replace(tzinfo=None),
        "utc_offset_minutes": None if offset is None else int(offset.total_seconds() // 60),
        "date_text": written,
    }


def _quote_row(q: Quote) -> Row:
    return {
        "kind": q.kind,
        "speaker": q.speaker,
        "cue": _text(q.cue),
        "content": q.content.text,
        "content_start": q.content.start,
        "content_end": q.content.end,
        "cue_start": None if q.cue is None else q.cue.start,
        "cue_end": None if q.cue is None else q.cue.end,
        "speaker_text": _text(q.speaker_span),
        "speaker_start": None if q.speaker_span is None else q.speaker_span.start,
        "speaker_end": None if q.speaker_span is None else q.speaker_span.end,
        "rule": q.rule,
    }


def _tweet_row(t: Tweet) -> Row:
    def entities(kind: str) -> list[str]:
        return [e.value for e in t.entities if e.kind == kind]

    return {
        "body": t.body.text,
        "author": t.author,
        "handle": t.handle,
        **_dates(t.date, t.date_text),
        "urls": [link.url for link in t.urls],
        "hashtags": entities("hashtag"),
        "mentions": entities("mention"),
        "cashtags": entities("cashtag"),
    }


def _embed_row(e: Embed) -> Row:
    return {
        "platform": e.platform,
        "body": _text(e.body),
        "author": e.author,
        "handle": e.handle,
        "url": e.url,
        "community": e.community,
        **_dates(e.date, e.date_text),
    }


def _also_read_row(a: AlsoRead) -> Row:
    return {"title": a.title.text, "label": _text(a.label), "url": a.url}


def _boilerplate_row(b: Boilerplate) -> Row:
    return {"kind": b.kind}


def _byline_row(b: Byline) -> Row:
    return {
        "kind": b.kind,
        "names": list(b.names),
        "role": b.role,
        "agency": b.agency,
        **_dates(b.date, b.date_text),
    }


def _dateline_row(d: Dateline) -> Row:
    # A dateline's date is a plain date (its year must be written); month and day stand alone.
    day = d.date.date() if isinstance(d.date, _dt.datetime) else d.date
    return {
        "locations": list(d.locations),
        "agency": d.agency,
        "date": day,
        "date_text": d.date_text,
        "month": d.month,
        "day": d.day,
    }


def _headline_row(h: Headline) -> Row:
    return {
        "title": h.title.text,
        "case_style": h.case_style,
        "site": _text(h.site),
        "kicker": _text(h.kicker),
        "dek": _text(h.dek),
        "tag": _text(h.tag),
    }


def _timestamp_row(t: Timestamp) -> Row:
    return {"kind": t.kind, **_dates(t.date, t.date_text)}


def _caption_row(c: Caption) -> Row:
    return {"credit": c.credit}


def _item_row(item: object) -> Row:
    kind = getattr(item, "kind", None)
    if isinstance(item, Embed):
        kind = item.platform
    return {"type": type(item).__name__, "kind": kind if isinstance(kind, str) else None}


def _headlines(article: Article) -> Iterable[object]:
    return () if article.headline is None else (article.headline,)


def _items(article: Article) -> Iterable[object]:
    return article.items


# kind -> (the items of an article, the row of one item)
_SOURCES: Mapping[str, tuple[Callable[[Article], Iterable[Any]], Callable[[Any], Row]]] = {
    "quotes": (lambda a: a.quotes, _quote_row),
    "tweets": (lambda a: a.tweets, _tweet_row),
    "embeds": (lambda a: a.embeds, _embed_row),
    "also_read": (lambda a: a.also_read, _also_read_row),
    "boilerplate": (lambda a: a.boilerplate, _boilerplate_row),
    "bylines": (lambda a: a.bylines, _byline_row),
    "datelines": (lambda a: a.datelines, _dateline_row),
    "headlines": (_headlines, _headline_row),
    "timestamps": (lambda a: a.timestamps, _timestamp_row),
    "captions": (lambda a: a.captions, _caption_row),
    "items": (_items, _item_row),
}


def _check_kind(kind: object) -> str:
    if not isinstance(kind, str):
        raise TypeError(f"kind must be str, not {type(kind).__name__}: one of {', '.join(RECORD_KINDS)}")
    if kind not in _COLUMNS:
        raise ValueError(f"unknown kind {kind!r}: use one of {', '.join(RECORD_KINDS)}")
    return kind


def _articles(articles: Article | Iterable[Article]) -> Iterable[Article]:
    if isinstance(articles, Article):
        return (articles,)
    if isinstance(articles, str | bytes):
        raise TypeError("articles must be Article objects, not text: parse first, e.g. newsparse.parse(text)")
    if not isinstance(articles, Iterable):
        raise TypeError(f"articles must be an iterable of Article, not {type(articles).__name__}")
    return articles


def to_records(
    articles: Article | Iterable[Article], kind: str = "quotes", ids: Iterable[object] | None = None
) -> list[Row]:
    """Return one flat dict per item of ``kind`` in ``articles``, in article then text order.

    Every row starts with ``article_id`` (the matching value of ``ids``, else the article's
    position), ``start``, ``end`` and ``text`` (the item's span), then the kind's columns
    (see ``docs/records.md``); every row of a kind has the same keys. Dates are ``date``
    objects; a time, when written, is in ``datetime`` (naive, as written) with
    ``utc_offset_minutes`` when a zone was given.

    >>> import newsparse
    >>> a = newsparse.parse('"We will reopen the pier," said mayor Ana Ruiz.')
    >>> row = to_records([a], "quotes", ids=["pier-story"])[0]
    >>> row["article_id"], row["speaker"], row["cue"], row["content"]
    ('pier-story', 'Ana Ruiz', 'said', 'We will reopen the pier,')
    """
    kind = _check_kind(kind)
    select, make_row = _SOURCES[kind]
    id_iter = iter(ids) if ids is not None else None
    rows: list[Row] = []
    for position, article in enumerate(_articles(articles)):
        if not isinstance(article, Article):
            raise TypeError(
                f"articles must hold Article objects, not {type(article).__name__}: parse each text first"
            )
        article_id = position if id_iter is None else next(id_iter, _MISSING)
        if article_id is _MISSING:
            raise ValueError(f"ids has fewer values than articles ({position})")
        for item in select(article):
            span = item.span
            row: Row = {"article_id": article_id, "start": span.start, "end": span.end, "text": span.text}
            row.update(make_row(item))
            rows.append(row)
    return rows


_MISSING = object()


def _arrow_type(pa: Any, name: str) -> Any:
    return {
        "int": pa.int64(),
        "str": pa.string(),
        "date": pa.date32(),
        "datetime": pa.timestamp("us"),
        "list[str]": pa.list_(pa.string()),
    }[name]


def arrow_schema(kind: str = "quotes", id_type: Any = None) -> Any:
    """Return the ``pyarrow.Schema`` of :func:`to_records` rows of ``kind`` (imports pyarrow now).

    ``id_type`` is the Arrow type of ``article_id`` (default ``pyarrow.int64()``, the type of
    positions; pass ``pyarrow.string()`` for string ids).

    >>> import newsparse, pytest
    >>> pa = pytest.importorskip("pyarrow")
    >>> newsparse.arrow_schema("captions").names
    ['article_id', 'start', 'end', 'text', 'credit']
    """
    kind = _check_kind(kind)
    import pyarrow as pa  # only here: the library itself never needs it

    fields = [pa.field("article_id", pa.int64() if id_type is None else id_type)]
    fields += [pa.field(name, _arrow_type(pa, tp)) for name, tp in (*_COMMON, *_COLUMNS[kind])]
    return pa.schema(fields)
