"""to_records / arrow_schema: flat rows with the same columns per kind, real dates, ready for tables."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

import newsparse
from newsparse import RECORD_KINDS, Article, Span, Timestamp
from newsparse._records import _COLUMNS

ROOT = Path(__file__).resolve().parents[1]
PATHS = sorted((ROOT / "examples").glob("*.txt")) + sorted((ROOT / "tests/cases/articles").glob("*.txt"))
ARTICLES = [newsparse.parse(p.read_bytes().decode("utf-8")) for p in PATHS]
IDS = [p.stem for p in PATHS]


def columns(kind: str) -> list[str]:
    return ["article_id", "start", "end", "text", *(name for name, _ in _COLUMNS[kind])]


@pytest.mark.parametrize("kind", RECORD_KINDS)
def test_every_row_has_the_kind_columns_in_order(kind: str) -> None:
    rows = newsparse.to_records(ARTICLES, kind, ids=IDS)
    assert rows, f"the corpus should hold some {kind}"
    for row in rows:
        assert list(row) == columns(kind)


@pytest.mark.parametrize("kind", RECORD_KINDS)
def test_row_counts_and_spans_match_the_articles(kind: str) -> None:
    rows = newsparse.to_records(ARTICLES, kind, ids=IDS)
    by_id = dict(zip(IDS, ARTICLES, strict=True))
    attr = {"headlines": "headline", "items": "items"}.get(kind, kind)
    expected = 0
    for article in ARTICLES:
        found = getattr(article, attr)
        expected += (0 if found is None else 1) if kind == "headlines" else len(found)
    assert len(rows) == expected
    for row in rows:
        text = by_id[row["article_id"]].text
        assert text[row["start"] : row["end"]] == row["text"]


def test_quote_columns_carry_the_quote() -> None:
    text = 'Officials met on Monday. "The pier opens in May," said mayor Ana Ruiz.'
    (row,) = newsparse.to_records(newsparse.parse(text), "quotes")
    quote = newsparse.parse(text).quotes[0]
    assert row["article_id"] == 0
    assert (row["kind"], row["speaker"], row["cue"]) == (quote.kind, "Ana Ruiz", "said")
    assert text[row["content_start"] : row["content_end"]] == row["content"] == quote.content.text
    assert text[row["cue_start"] : row["cue_end"]] == "said"
    assert row["speaker_text"] is not None
    assert text[row["speaker_start"] : row["speaker_end"]] == row["speaker_text"]


def test_positions_are_ids_by_default_and_ids_must_cover_articles() -> None:
    rows = newsparse.to_records(ARTICLES, "also_read")
    assert {r["article_id"] for r in rows} <= set(range(len(ARTICLES)))
    with pytest.raises(ValueError, match="fewer"):
        newsparse.to_records(ARTICLES, "also_read", ids=["only-one"])


def test_dates_are_real_values_split_into_date_time_and_offset() -> None:
    text = "Updated: 21 Nov 2025"
    ist = dt.timezone(dt.timedelta(hours=5, minutes=30))
    stamps = [
        Timestamp(Span.of(text, 0, len(text)), date=dt.datetime(2025, 11, 21, 10, 20, tzinfo=ist)),
        Timestamp(Span.of(text, 0, len(text)), date=dt.datetime(2025, 11, 21, 10, 20)),
        Timestamp(Span.of(text, 0, len(text)), date=dt.date(2025, 11, 21)),
    ]
    rows = newsparse.to_records([Article(text, timestamps=[s]) for s in stamps], "timestamps")
    assert [r["date"] for r in rows] == [dt.date(2025, 11, 21)] * 3
    assert [type(r["date"]) for r in rows] == [dt.date] * 3
    assert [r["datetime"] for r in rows] == [dt.datetime(2025, 11, 21, 10, 20)] * 2 + [None]
    assert [r["utc_offset_minutes"] for r in rows] == [330, None, None]


def test_tweet_lists() -> None:
    text = "Fares go up today https://t.co/AbC123 #ferry @harbour\n— Harbour Desk (@harbourdesk) November 21, 2025"
    rows = newsparse.to_records(newsparse.parse(text), "tweets")
    assert len(rows) == 1
    assert rows[0]["hashtags"] == ["ferry"]
    assert rows[0]["mentions"] == ["harbour"]
    assert rows[0]["urls"] == ["https://t.co/AbC123"]
    assert rows[0]["date"] == dt.date(2025, 11, 21)


def test_items_rows_name_type_and_kind() -> None:
    rows = newsparse.to_records(ARTICLES, "items")
    assert {"Quote", "Boilerplate", "AlsoRead"} <= {r["type"] for r in rows}
    assert all(r["kind"] in newsparse.BOILERPLATE_KINDS for r in rows if r["type"] == "Boilerplate")


@pytest.mark.parametrize(
    ("articles", "kind", "error", "match"),
    [
        ("some text", "quotes", TypeError, "parse first"),
        (["some text"], "quotes", TypeError, "Article"),
        (42, "quotes", TypeError, "iterable"),
        (ARTICLES[:1], "sentences", ValueError, "unknown kind"),
        (ARTICLES[:1], 3, TypeError, "kind must be str"),
    ],
    ids=["str", "list-of-str", "int", "bad-kind", "kind-not-str"],
)
def test_bad_arguments(articles: object, kind: object, error: type[Exception], match: str) -> None:
    with pytest.raises(error, match=match):
        newsparse.to_records(articles, kind)  # type: ignore[arg-type]


@pytest.mark.parametrize("kind", RECORD_KINDS)
def test_pandas_and_arrow_take_the_rows(kind: str) -> None:
    pd = pytest.importorskip("pandas", reason="pandas is a test extra: pip install -e '.[tests]'")
    pa = pytest.importorskip("pyarrow", reason="pyarrow is a test extra: pip install -e '.[tests]'")
    rows = newsparse.to_records(ARTICLES, kind, ids=IDS)
    frame = pd.DataFrame(rows)
    assert list(frame.columns) == columns(kind)
    assert len(frame) == len(rows)
    table = pa.Table.from_pylist(rows, schema=newsparse.arrow_schema(kind, id_type=pa.string()))
    assert table.num_rows == len(rows)
    assert table.schema.names == columns(kind)
    assert table.to_pylist() == rows  # every value survives the Arrow types exactly
    # Without a schema Arrow infers the same column names (empty lists and all-None columns aside).
    assert pa.Table.from_pylist(rows).schema.names == columns(kind)


def test_arrow_schema_types() -> None:
    pa = pytest.importorskip("pyarrow", reason="pyarrow is a test extra: pip install -e '.[tests]'")
    schema = newsparse.arrow_schema("timestamps")
    assert schema.field("article_id").type == pa.int64()
    assert schema.field("date").type == pa.date32()
    assert schema.field("datetime").type == pa.timestamp("us")
    assert newsparse.arrow_schema("tweets").field("hashtags").type == pa.list_(pa.string())
    with pytest.raises(ValueError, match="unknown kind"):
        newsparse.arrow_schema("nope")


def test_library_imports_no_table_library() -> None:
    import subprocess
    import sys

    code = (
        "import sys, newsparse; newsparse.to_records([newsparse.parse('x')], 'quotes');"
        "print(sorted(m for m in ('pandas', 'pyarrow') if m in sys.modules))"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout
    assert out.strip() == "[]"


def test_docs_list_every_kind_and_its_columns() -> None:
    import re

    page = (ROOT / "docs" / "records.md").read_text(encoding="utf-8")
    documented: dict[str, list[str]] = {}
    for kind, rest in re.findall(r"^- \*\*(\w+)\*\* — columns: (.*?)(?=^- \*\*|^```|^$)", page, re.M | re.S):
        # the column names are the backticked words before each comma, in order
        documented[kind] = re.findall(r"`(\w+)`(?= \(|,|\.|$)", rest.split(".")[0] + ".", re.M)
    assert set(documented) == set(RECORD_KINDS)
    for kind in RECORD_KINDS:
        assert documented[kind] == columns(kind)[4:], kind
