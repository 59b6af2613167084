"""Type-checked as user code by `mypy --strict`: batches, tables and the schema (#12)."""

from __future__ import annotations

import datetime as dt
from typing import Any

import attrs

import newsparse
from newsparse import Article, ParseFailure, Span


@attrs.frozen
class Price:
    """A user-defined item that travels through to_dict / from_dict."""

    span: Span
    amount: float


def corpus_quotes(texts: list[str], ids: list[str]) -> list[dict[str, Any]]:
    """Parse in two processes; failures are a type the caller must handle."""
    rows: list[dict[str, Any]] = []
    for doc_id, result in zip(ids, newsparse.parse_many(texts, jobs=2, chunksize=16), strict=True):
        if isinstance(result, ParseFailure):
            message: str = result.error
            print(doc_id, result.index, message)
            continue
        article: Article = result
        rows.extend(newsparse.to_records(article, "quotes", ids=[doc_id]))
    return rows


def dates_of(rows: list[dict[str, Any]]) -> list[dt.date]:
    return [row["date"] for row in rows if row["date"] is not None]


def round_trip(article: Article) -> Article:
    data = newsparse.to_dict(article)
    version: str = data["schema_version"]
    assert version == newsparse.SCHEMA_VERSION
    schema: dict[str, Any] = newsparse.json_schema()
    assert "$defs" in schema
    return newsparse.from_dict(data, types=[Price])


def arrow_schemas() -> dict[str, Any]:
    """Called only by a user with pyarrow installed (nothing runs at import)."""
    kinds: tuple[str, ...] = newsparse.RECORD_KINDS
    return {kind: newsparse.arrow_schema(kind) for kind in kinds}
