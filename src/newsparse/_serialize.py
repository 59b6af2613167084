"""Plain-JSON dictionaries for articles and items, and the way back.

The shape is a contract other tools rely on::

    {"headline": {...} | None, "tweets": [...], "embeds": [...], "also_read": [...],
     "boilerplate": [...], "bylines": [...], "datelines": [...], "timestamps": [...],
     "captions": [...], "quotes": [...], "body": str, "text": str}

Every item dict has ``"type"``, ``"text"`` (what the item says: a tweet's body, else its
source text) and ``"span": [start, end]``, then its fields. Span-valued fields serialise
as their text, and their offsets go under ``"offsets"`` so that :func:`from_dict` can
rebuild them exactly; dates are ISO strings; tuples are lists.
"""

from __future__ import annotations

import datetime as _dt
import types
import typing
from collections.abc import Mapping
from typing import Any

import attrs

from newsparse._model import (
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

__all__ = ["from_dict", "item_from_dict", "item_to_dict", "to_dict"]

_ITEM_TYPES: dict[str, type] = {
    cls.__name__: cls
    for cls in (
        AlsoRead,
        Boilerplate,
        Byline,
        Caption,
        Dateline,
        Embed,
        Entity,
        Headline,
        Link,
        Quote,
        Timestamp,
        Tweet,
    )
}

_LIST_KEYS = (
    "tweets",
    "embeds",
    "also_read",
    "boilerplate",
    "bylines",
    "datelines",
    "timestamps",
    "captions",
    "quotes",
)


def _encode(value: object) -> object:
    if isinstance(value, Span):
        return value.text
    if isinstance(value, _dt.date):
        return value.isoformat()
    if isinstance(value, tuple | list):
        return [_encode(v) for v in value]
    if attrs.has(type(value)):
        return item_to_dict(value)
    return value


def item_to_dict(item: object) -> dict[str, Any]:
    """Return one item (any attrs class with a ``span``) as a plain JSON-able dict.

    >>> from newsparse import Boilerplate, Span
    >>> item_to_dict(Boilerplate(Span(0, 7, "Comments"[:7]), kind="comments"))
    {'type': 'Boilerplate', 'text': 'Comment', 'span': [0, 7], 'kind': 'comments'}
    """
    span: Span = item.span  # type: ignore[attr-defined]
    text = getattr(item, "text", span.text)
    out: dict[str, Any] = {
        "type": type(item).__name__,
        "text": text if isinstance(text, str) else span.text,
        "span": [span.start, span.end],
    }
    offsets: dict[str, list[int]] = {}
    for field in attrs.fields(type(item)):  # type: ignore[arg-type]  # any attrs class
        if field.name == "span":
            continue
        value = getattr(item, field.name)
        if isinstance(value, Span):
            offsets[field.name] = [value.start, value.end]
        out[field.name] = _encode(value)
    if offsets:
        out["offsets"] = offsets
    return out


def to_dict(article: Article) -> dict[str, Any]:
    """Return ``article`` as plain JSON types (see the module docs for the shape).

    >>> import newsparse, json
    >>> d = newsparse.to_dict(newsparse.parse("Read more: Tides and the moon"))
    >>> d["also_read"][0]["title"], d["also_read"][0]["span"]
    ('Tides and the moon', [0, 29])
    >>> json.loads(json.dumps(d)) == d
    True
    """
    out: dict[str, Any] = {"headline": None if article.headline is None else item_to_dict(article.headline)}
    for key in _LIST_KEYS:
        out[key] = [item_to_dict(i) for i in getattr(article, key)]
    out["extras"] = [item_to_dict(i) for i in article.extras if attrs.has(type(i))]
    out["body"] = article.body
    out["text"] = article.text
    return out


def _strip_none(tp: Any) -> Any:
    origin = typing.get_origin(tp)
    if origin in (typing.Union, types.UnionType):
        args = [a for a in typing.get_args(tp) if a is not type(None)]
        if len(args) == 1:
            return args[0]
    return tp


def _decode(tp: Any, value: Any, source: str, offsets: Mapping[str, list[int]], name: str) -> Any:
    if value is None:
        return None
    tp = _strip_none(tp)
    if tp is Span:
        start, end = offsets[name]
        return Span.of(source, start, end)
    if tp is _dt.date or tp is _dt.datetime:
        return _dt.datetime.fromisoformat(value) if "T" in value else _dt.date.fromisoformat(value)
    if typing.get_origin(tp) is tuple:
        (inner, _ellipsis) = typing.get_args(tp)
        return tuple(_decode(inner, v, source, offsets, name) for v in value)
    if isinstance(tp, type) and attrs.has(tp):
        return item_from_dict(value, source)
    return value


def item_from_dict(data: Mapping[str, Any], source: str) -> Any:
    """Rebuild one item from :func:`item_to_dict` output, given the article text it came from."""
    cls = _ITEM_TYPES.get(data.get("type", ""))
    if cls is None:
        raise ValueError(f"unknown item type {data.get('type')!r}")
    hints = typing.get_type_hints(cls)
    offsets = data.get("offsets", {})
    start, end = data["span"]
    kwargs: dict[str, Any] = {"span": Span.of(source, start, end)}
    for field in attrs.fields(cls):
        if field.name == "span" or field.name not in data:
            continue
        kwargs[field.name] = _decode(hints[field.name], data[field.name], source, offsets, field.name)
    return cls(**kwargs)


def from_dict(data: Mapping[str, Any]) -> Article:
    """Rebuild the :class:`Article` that :func:`to_dict` produced (``from_dict(to_dict(a)) == a``).

    Extras of user-defined types are not rebuilt (their classes are not known here).
    """
    source = data["text"]
    items: list[object] = []
    if data.get("headline") is not None:
        items.append(item_from_dict(data["headline"], source))
    for key in _LIST_KEYS:
        items.extend(item_from_dict(d, source) for d in data.get(key, ()))
    return Article.from_items(source, items)
