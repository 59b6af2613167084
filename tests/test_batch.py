"""parse_many: in order, lazy, the same articles with or without a pool, failures in place."""

from __future__ import annotations

import itertools
from collections.abc import Iterator
from pathlib import Path

import pytest

import newsparse
from newsparse import ParseFailure, Parser, Span
from newsparse._batch import _chunks

ROOT = Path(__file__).resolve().parents[1]
TEXTS = [p.read_bytes().decode("utf-8") for p in sorted((ROOT / "examples").glob("*.txt"))]


def test_one_job_gives_what_parse_gives() -> None:
    assert list(newsparse.parse_many(TEXTS)) == [newsparse.parse(t) for t in TEXTS]


def test_pool_gives_the_same_articles_in_order() -> None:
    texts = TEXTS * 3
    assert list(newsparse.parse_many(texts, jobs=2, chunksize=2)) == [newsparse.parse(t) for t in texts]


def test_failures_take_their_place_and_the_run_goes_on() -> None:
    texts: list[object] = [TEXTS[0], b"bytes", None, TEXTS[1]]
    for jobs in (1, 2):
        results = list(newsparse.parse_many(texts, jobs=jobs, chunksize=1))  # type: ignore[arg-type]
        assert results[0] == newsparse.parse(TEXTS[0])
        assert results[3] == newsparse.parse(TEXTS[1])
        assert isinstance(results[1], ParseFailure)
        assert results[1].index == 1
        assert "decode first" in results[1].error
        assert results[2] == ParseFailure(2, "TypeError: text must be str, not NoneType")


def boom(document: object) -> list[object]:
    raise RuntimeError("rule broke")


def test_a_raising_rule_is_a_failure_not_a_crash() -> None:
    parser = Parser([("boom", boom)])
    results = list(newsparse.parse_many(["a", "b"], jobs=2, parser=parser))
    assert [type(r) for r in results] == [ParseFailure, ParseFailure]
    assert results[0].error == "RuntimeError: rule broke"  # type: ignore[union-attr]


def find_ferries(document: newsparse.Document) -> list[newsparse.Boilerplate]:
    text = document.text
    at = text.find("ferry")
    return [] if at < 0 else [newsparse.Boilerplate(Span.of(text, at, at + 5), kind="other")]


def test_custom_parser_runs_in_the_workers() -> None:
    parser = Parser([("ferries", find_ferries)])
    texts = ["the ferry left", "no boats", "a ferry came"]
    results = list(newsparse.parse_many(texts, jobs=2, parser=parser, chunksize=1))
    assert [len(r.boilerplate) for r in results] == [1, 0, 1]  # type: ignore[union-attr]


def test_input_is_read_lazily() -> None:
    seen: list[int] = []

    def texts() -> Iterator[str]:
        for i in itertools.count():
            seen.append(i)
            yield f"Line {i} said nothing."

    first = list(itertools.islice(newsparse.parse_many(texts()), 3))
    assert len(first) == 3
    assert len(seen) == 3
    pooled = newsparse.parse_many(texts(), jobs=2, chunksize=4)
    assert len(list(itertools.islice(pooled, 5))) == 5  # an endless input still streams


def test_chunks_cover_the_input_in_order() -> None:
    assert list(_chunks(range(7), 3)) == [(0, [0, 1, 2]), (3, [3, 4, 5]), (6, [6])]


@pytest.mark.parametrize(
    ("kwargs", "error", "match"),
    [
        ({"texts": "one text"}, TypeError, "wrap it"),
        ({"texts": [], "jobs": 0}, ValueError, "at least 1"),
        ({"texts": [], "jobs": "2"}, TypeError, "jobs must be int"),
        ({"texts": [], "chunksize": 0}, ValueError, "at least 1"),
        ({"texts": [], "parser": "default"}, TypeError, "Parser"),
    ],
    ids=["str", "jobs-0", "jobs-str", "chunk-0", "parser-str"],
)
def test_bad_arguments(kwargs: dict[str, object], error: type[Exception], match: str) -> None:
    with pytest.raises(error, match=match):
        newsparse.parse_many(**kwargs)  # type: ignore[arg-type]
