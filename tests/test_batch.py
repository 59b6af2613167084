"""parse_many: in order, lazy, the same articles with or without a pool, failures in place."""

from __future__ import annotations

import itertools
from collections.abc import Iterator
from pathlib import Path

import pytest

import newsparse
from newsparse import ParseFailure, Parser, Span, _batch
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


# Languages: the same option as parse(), here and in the workers, checked before any work.

ENGLISH = (
    "The council voted on Tuesday to rebuild the old bridge over the river.\n"
    '"The work will take two years," the mayor told residents at the town hall.'
)
FRENCH = (
    "Le conseil municipal a voté mardi soir la rénovation du vieux pont sur la rivière.\n"
    "« Les travaux dureront deux ans », a déclaré la maire devant les habitants réunis dans la salle."
)


@pytest.mark.parametrize("jobs", [1, 2], ids=["here", "pool"])
def test_language_is_passed_to_every_parse(jobs: int) -> None:
    texts = [ENGLISH, FRENCH] * 3
    detected = list(newsparse.parse_many(texts, jobs=jobs, chunksize=2))
    assert [a.language for a in detected] == ["en", "fr"] * 3  # type: ignore[union-attr]
    forced = list(newsparse.parse_many(texts, jobs=jobs, chunksize=2, language="fr"))
    assert [a.language for a in forced] == ["fr"] * 6  # type: ignore[union-attr]
    assert forced == [newsparse.parse(t, language="fr") for t in texts]
    undetermined = list(newsparse.parse_many(texts, jobs=jobs, language="und"))
    assert [a.language for a in undetermined] == ["und"] * 6  # type: ignore[union-attr]


def test_an_unknown_language_fails_before_any_text_is_read() -> None:
    read: list[str] = []

    def texts() -> Iterator[str]:
        read.append(ENGLISH)
        yield ENGLISH

    for jobs in (1, 2):
        with pytest.raises(newsparse.UnknownLanguageError, match="no language 'xx' is registered"):
            newsparse.parse_many(texts(), jobs=jobs, language="xx")
    with pytest.raises(ValueError, match="'EN'"):  # UnknownLanguageError is a ValueError too; codes are exact
        newsparse.parse_many([ENGLISH], language="EN")
    assert read == []


@pytest.mark.parametrize("language", [None, b"fr", ("fr",)], ids=["none", "bytes", "tuple"])
def test_language_must_be_str(language: object) -> None:
    with pytest.raises(TypeError, match="language must be str"):
        newsparse.parse_many([ENGLISH], language=language)  # type: ignore[arg-type]


def zeeish() -> newsparse.lang.LanguageTables:
    """A made-up language whose function words no real text uses, for the registry tests."""
    return newsparse.lang.LanguageTables(
        "zz", "Zeeish", function_words=("zo", "zet", "zin", "zag", "zu", "zor", "zem", "zal")
    )


@pytest.mark.skipif(
    __import__("multiprocessing").get_start_method() != "fork", reason="workers inherit the registry by fork"
)
def test_a_language_registered_here_reaches_forked_workers() -> None:
    newsparse.lang.register_language(zeeish())
    try:
        zeeish_text = "Zo zet zin zag zu zor zem zal zo zet zin zag, zu zor zem."
        results = list(newsparse.parse_many([zeeish_text, ENGLISH], jobs=2, chunksize=1))
        assert [a.language for a in results] == ["zz", "en"]  # type: ignore[union-attr]
        forced = list(newsparse.parse_many([ENGLISH, FRENCH], jobs=2, chunksize=1, language="zz"))
        assert [a.language for a in forced] == ["zz", "zz"]  # type: ignore[union-attr]
    finally:
        newsparse.lang.unregister_language("zz")


def test_a_spawned_worker_without_the_language_says_how_to_register_it(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    # A spawned worker starts with the built-in languages only: run its two steps here, in a
    # process where "zz" is not registered, as that worker would.
    for name in ("_worker_parser", "_worker_language", "_worker_language_error"):
        monkeypatch.setattr(_batch, name, getattr(_batch, name))
    _batch._init_worker(None, "zz")
    failures = _batch._parse_chunk(5, [ENGLISH, FRENCH])
    assert [f.index for f in failures] == [5, 6]  # type: ignore[union-attr]
    assert all(isinstance(f, ParseFailure) for f in failures)
    error = failures[0].error  # type: ignore[union-attr]
    assert error.startswith("UnknownLanguageError: language 'zz' is registered in the calling process")
    assert "docs/languages.md" in error
    _batch._init_worker(None, "de")  # a built-in is known everywhere
    assert [d["language"] for d in _batch._parse_chunk(0, [ENGLISH])] == ["de"]  # type: ignore[index]
