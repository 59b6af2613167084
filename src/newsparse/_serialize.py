"""Plain-JSON dictionaries for articles and items, and the way back.

The shape is a contract other tools rely on, described by a JSON Schema shipped with the
package (:func:`json_schema`, ``newsparse/schema/article.schema.json``)::

    {"schema_version": "1.0", "headline": {...} | None, "tweets": [...], "embeds": [...],
     "also_read": [...], "boilerplate": [...], "bylines": [...], "datelines": [...],
     "timestamps": [...], "captions": [...], "quotes": [...], "extras": [...],
     "language": str, "body": str, "text": str}

Every item dict has ``"type"``, ``"text"`` (what the item says: a tweet's body, else its
source text) and ``"span": [start, end]``, then its fields. Span-valued fields serialise
as their text, and their offsets go under ``"offsets"`` so that :func:`from_dict` can
rebuild them exactly; dates are ISO strings; tuples are lists.
"""

from __future__ import annotations

import datetime as _dt
import functools
import json
import types
import typing
from collections.abc import Callable, Iterable, Mapping
from importlib import resources
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

__all__ = ["SCHEMA_VERSION", "from_dict", "item_from_dict", "item_to_dict", "json_schema", "to_dict"]

SCHEMA_VERSION = "1.2"
"""The version of the :func:`to_dict` shape, written in every article dict as ``"schema_version"``.

The major number changes when a key is removed or changes meaning (:func:`from_dict` refuses
another major version); the minor number when a key is added.
"""

_BUILTIN_TYPES: dict[str, type] = {
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


# ---------------------------------------------------------------------------
# To plain JSON types
# ---------------------------------------------------------------------------


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
    offsets: dict[str, Any] = {}
    for field in attrs.fields(type(item)):  # type: ignore[arg-type]  # any attrs class
        if field.name == "span":
            continue
        value = getattr(item, field.name)
        if isinstance(value, Span):
            offsets[field.name] = [value.start, value.end]
        elif isinstance(value, tuple) and value and all(isinstance(v, Span) for v in value):
            offsets[field.name] = [[v.start, v.end] for v in value]  # a user item's tuple of Spans
        out[field.name] = _encode(value)
    if offsets:
        out["offsets"] = offsets
    return out


def to_dict(article: Article) -> dict[str, Any]:
    """Return ``article`` as plain JSON types (see the module docs for the shape).

    >>> import newsparse, json
    >>> d = newsparse.to_dict(newsparse.parse("Read more: Tides and the moon"))
    >>> d["schema_version"], d["also_read"][0]["title"], d["also_read"][0]["span"]
    ('1.2', 'Tides and the moon', [0, 29])
    >>> json.loads(json.dumps(d)) == d
    True
    """
    out: dict[str, Any] = {
        "schema_version": SCHEMA_VERSION,
        "headline": None if article.headline is None else item_to_dict(article.headline),
    }
    for key in _LIST_KEYS:
        out[key] = [item_to_dict(i) for i in getattr(article, key)]
    out["extras"] = [item_to_dict(i) for i in article.extras if attrs.has(type(i))]
    out["language"] = article.language
    out["body"] = article.body
    out["text"] = article.text
    return out


# ---------------------------------------------------------------------------
# And back: one decoding plan per class, built once, so that rebuilding an item is a
# handful of dict look-ups instead of type-hint introspection per item.
# ---------------------------------------------------------------------------

_Registry = Mapping[str, type]
# A field decoder: (JSON value, source text, the item's offsets, registry) -> field value.
_Decoder = Callable[[Any, str, Mapping[str, list[int]], _Registry], Any]


def _strip_none(tp: Any) -> Any:
    origin = typing.get_origin(tp)
    if origin in (typing.Union, types.UnionType):
        args = [a for a in typing.get_args(tp) if a is not type(None)]
        if len(args) == 1:
            return args[0]
    return tp


def _decode_date(value: str) -> _dt.date:
    # A date-typed field may hold a datetime (a time was written): the ISO text says which.
    return _dt.datetime.fromisoformat(value) if "T" in value else _dt.date.fromisoformat(value)


def _span_decoder(name: str) -> _Decoder:
    def decode(value: Any, source: str, offsets: Mapping[str, list[int]], registry: _Registry) -> Any:
        start, end = offsets[name]
        return Span.of(source, start, end)

    return decode


def _spans_decoder(name: str) -> _Decoder:
    def decode(value: Any, source: str, offsets: Mapping[str, Any], registry: _Registry) -> Any:
        # an empty tuple of Spans writes no offsets
        return tuple(Span.of(source, start, end) for start, end in offsets.get(name, ()))

    return decode


def _shape_decoder(name: str) -> _Decoder:
    """For a field whose annotation cannot be resolved: go by what the JSON holds."""
    spans, spans_tuple = _span_decoder(name), _spans_decoder(name)

    def decode(value: Any, source: str, offsets: Mapping[str, Any], registry: _Registry) -> Any:
        if name in offsets:
            return (
                spans_tuple(value, source, offsets, registry)
                if isinstance(value, list)
                else spans(value, source, offsets, registry)
            )
        if isinstance(value, dict) and value.get("type") in registry:
            return _item_from_dict(value, source, registry)
        if isinstance(value, list):
            return tuple(
                _item_from_dict(v, source, registry)
                if isinstance(v, dict) and v.get("type") in registry
                else v
                for v in value
            )
        return value

    return decode


def _date_decoder(value: Any, source: str, offsets: Mapping[str, list[int]], registry: _Registry) -> Any:
    return _decode_date(value)


def _item_decoder(value: Any, source: str, offsets: Mapping[str, list[int]], registry: _Registry) -> Any:
    return _item_from_dict(value, source, registry)


def _tuple_decoder(inner: _Decoder | None) -> _Decoder:
    def decode(value: Any, source: str, offsets: Mapping[str, list[int]], registry: _Registry) -> Any:
        if inner is None:
            return tuple(value)
        return tuple(inner(v, source, offsets, registry) for v in value)

    return decode


def _decoder_for(tp: Any, name: str) -> _Decoder | None:
    """The decoder for a field of type ``tp``, or ``None`` when the JSON value is the value."""
    tp = _strip_none(tp)
    if tp is Span:
        return _span_decoder(name)
    if tp is _dt.date or tp is _dt.datetime:
        return _date_decoder
    if typing.get_origin(tp) is tuple:
        args = typing.get_args(tp)
        if args and _strip_none(args[0]) is Span:
            return _spans_decoder(name)
        return _tuple_decoder(_decoder_for(args[0], name) if args else None)
    if isinstance(tp, type) and attrs.has(tp):
        return _item_decoder
    return None


@functools.cache
def _plan(cls: type) -> tuple[tuple[str, _Decoder | None], ...]:
    try:
        hints = typing.get_type_hints(cls)
    except Exception:  # string annotations naming what the class's module cannot see
        hints = {}
    return tuple(
        (
            field.name,
            _decoder_for(hints[field.name], field.name)
            if field.name in hints
            else _shape_decoder(field.name),
        )
        for field in attrs.fields(cls)
        if field.name != "span" and field.init
    )


def _item_from_dict(data: Mapping[str, Any], source: str, registry: _Registry) -> Any:
    cls = registry.get(data.get("type", ""))
    if cls is None:
        raise ValueError(f"unknown item type {data.get('type')!r}")
    offsets = data.get("offsets", {})
    start, end = data["span"]
    kwargs: dict[str, Any] = {"span": Span.of(source, start, end)}
    for name, decode in _plan(cls):
        if name not in data:
            continue
        value = data[name]
        kwargs[name] = value if decode is None or value is None else decode(value, source, offsets, registry)
    return cls(**kwargs)


def item_from_dict(data: Mapping[str, Any], source: str, types: Iterable[type] = ()) -> Any:
    """Rebuild one item from :func:`item_to_dict` output, given the article text it came from.

    ``types`` are your own item classes, found by their ``"type"`` name (they win over a
    built-in class of the same name).

    >>> from newsparse import Boilerplate, Span
    >>> item_from_dict({"type": "Boilerplate", "span": [0, 4], "kind": "ad"}, "Ads here")
    Boilerplate('Ads', kind='ad', at=0:4)
    """
    return _item_from_dict(data, source, _registry(types))


def _registry(types: Iterable[type]) -> _Registry:
    extra = {cls.__name__: cls for cls in types}
    if not extra:
        return _BUILTIN_TYPES
    for name, cls in extra.items():
        if not attrs.has(cls):
            raise TypeError(f"types must be attrs classes, got {name!r}: decorate it with @attrs.frozen")
    return {**_BUILTIN_TYPES, **extra}


def _check_version(data: Mapping[str, Any]) -> None:
    version = data.get("schema_version")
    if version is None:  # written before the field existed: the same shape as 1.0
        return
    if str(version).split(".")[0] != SCHEMA_VERSION.split(".")[0]:
        raise ValueError(
            f"schema_version {version!r} is not supported by this newsparse "
            f"(it reads {SCHEMA_VERSION.split('.')[0]}.x): upgrade newsparse"
        )


def from_dict(data: Mapping[str, Any], types: Iterable[type] = ()) -> Article:
    """Rebuild the :class:`Article` that :func:`to_dict` produced (``from_dict(to_dict(a)) == a``).

    ``extras`` are rebuilt when their ``"type"`` is a newsparse class or one of ``types``
    (your own attrs item classes); extras of other types are left out, since nothing says
    which class to build. A user class's fields come back when they are Spans, dates,
    tuples of those, nested attrs items, or plain JSON values (other types, such as a
    ``set`` or an enum, come back as the JSON value :func:`to_dict` wrote).

    >>> import attrs, newsparse
    >>> @attrs.frozen
    ... class Price:
    ...     span: newsparse.Span
    ...     amount: float
    >>> text = "Fares rise to 4.50 today"
    >>> a = newsparse.Article.from_items(text, [Price(newsparse.Span.of(text, 14, 18), 4.5)])
    >>> from_dict(to_dict(a), types=[Price]).extras
    (Price(span=Span(14, 18, '4.50'), amount=4.5),)
    >>> from_dict(to_dict(a)).extras
    ()
    """
    _check_version(data)
    source = data["text"]
    registry = _registry(types)
    headline = data.get("headline")
    buckets = {
        key: [_item_from_dict(d, source, _BUILTIN_TYPES) for d in data.get(key, ())] for key in _LIST_KEYS
    }
    extras = [
        _item_from_dict(d, source, registry) for d in data.get("extras", ()) if d.get("type") in registry
    ]
    return Article(
        source,
        None if headline is None else _item_from_dict(headline, source, _BUILTIN_TYPES),
        extras=extras,
        language=data.get("language", "und"),  # absent from 1.0 dicts: undetermined
        **buckets,
    )


@functools.cache
def _schema_text() -> str:
    return resources.files("newsparse").joinpath("schema/article.schema.json").read_text(encoding="utf-8")


def json_schema() -> dict[str, Any]:
    """Return the JSON Schema (draft 2020-12) of :func:`to_dict` output, as a new dict.

    The file ships in the package as ``newsparse/schema/article.schema.json``.

    >>> schema = json_schema()
    >>> schema["$schema"]
    'https://json-schema.org/draft/2020-12/schema'
    >>> schema["properties"]["schema_version"]["const"] == SCHEMA_VERSION
    True
    """
    schema: dict[str, Any] = json.loads(_schema_text())
    return schema
