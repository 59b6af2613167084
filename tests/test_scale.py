"""The recipes in docs/scale.md, run as written: Dask on two local worker processes, Arrow batches."""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any

import pytest

import newsparse

ROOT = Path(__file__).resolve().parents[1]
TEXTS = [p.read_bytes().decode("utf-8") for p in sorted((ROOT / "examples").glob("*.txt"))]
IDS = [f"doc-{i}" for i in range(len(TEXTS))]


def recipe(name: str) -> str:
    """The code block after ``<!-- recipe: NAME -->`` in docs/scale.md."""
    page = (ROOT / "docs" / "scale.md").read_text(encoding="utf-8")
    found = re.search(rf"<!-- recipe: {name} -->\n```python\n(.*?)\n```", page, re.S)
    assert found, f"docs/scale.md has no recipe {name!r}"
    return found.group(1)


def run_recipe(name: str, **names: Any) -> dict[str, Any]:
    # A module name that is not importable makes Dask's cloudpickle ship the recipe's
    # functions by value, as it does for code typed into a notebook.
    namespace: dict[str, Any] = {"__name__": "scale_recipe", **names}
    exec(compile(recipe(name), f"docs/scale.md:{name}", "exec"), namespace)
    return namespace


def expected_quote_rows() -> list[dict[str, Any]]:
    return newsparse.to_records([newsparse.parse(t) for t in TEXTS], "quotes", ids=IDS)


def test_dask_recipe_on_two_local_workers() -> None:
    pytest.importorskip("dask.bag", reason="dask is a test extra: pip install -e '.[tests]'")
    pytest.importorskip("distributed", reason="dask[distributed] is a test extra: pip install -e '.[tests]'")
    namespace = run_recipe("dask", texts=TEXTS, ids=IDS)
    quotes = namespace["quotes"]
    assert quotes, "the example articles hold quotes"
    assert quotes == expected_quote_rows()  # same rows, same order as parsing in this process


def test_dask_packed_articles_recipe_brings_every_article_back() -> None:
    pytest.importorskip("dask.bag", reason="dask is a test extra: pip install -e '.[tests]'")
    pytest.importorskip("distributed", reason="dask[distributed] is a test extra: pip install -e '.[tests]'")
    first = run_recipe("dask", texts=TEXTS[:1], ids=IDS[:1])  # the imports and BATCH it uses
    names = {k: first[k] for k in ("dask", "db", "Client", "LocalCluster", "newsparse", "BATCH")}
    texts: list[object] = [*TEXTS, 42]  # a failed text comes back as None, in its place
    articles = run_recipe("dask-articles", texts=texts, **names)["articles"]
    assert articles[-1] is None
    assert [newsparse.to_dict(a) for a in articles[:-1]] == [
        newsparse.to_dict(newsparse.parse(t)) for t in TEXTS
    ]


def test_dask_recipe_batch_settings_reach_the_workers() -> None:
    """The page says ``dask.config.set`` around the cluster configures the worker processes."""
    dask = pytest.importorskip("dask", reason="dask is a test extra: pip install -e '.[tests]'")
    distributed = pytest.importorskip(
        "distributed", reason="dask[distributed] is a test extra: pip install -e '.[tests]'"
    )
    batch = run_recipe("dask", texts=TEXTS[:1], ids=IDS[:1])["BATCH"]
    assert batch["distributed.worker.profile.enabled"] is False
    with (
        dask.config.set(batch),
        distributed.LocalCluster(
            n_workers=1, threads_per_worker=1, processes=True, dashboard_address=None
        ) as cluster,
        distributed.Client(cluster) as client,
    ):
        seen = client.run(lambda: {key: dask.config.get(key) for key in batch})
    assert list(seen.values()) == [batch]


def test_arrow_recipe_types_every_column() -> None:
    pa = pytest.importorskip("pyarrow", reason="pyarrow is a test extra: pip install -e '.[tests]'")
    namespace = run_recipe("arrow")
    batch = pa.RecordBatch.from_pylist([{"id": i, "text": t} for i, t in zip(IDS, TEXTS, strict=True)])
    table = namespace["quote_table"](batch)
    assert table.schema == newsparse.arrow_schema("quotes", id_type=pa.string())
    assert table.to_pylist() == expected_quote_rows()
    empty = namespace["quote_table"](pa.RecordBatch.from_pylist([{"id": "x", "text": "No quotes."}]))
    assert empty.num_rows == 0
    assert empty.schema == table.schema  # a batch without quotes still has every column typed
