"""``tools/pool_diff.py``: the dump-and-diff check of what a change does to unannotated text."""

from __future__ import annotations

import importlib.util
import json
from pathlib import Path
from types import ModuleType

import pytest

_TOOL = Path(__file__).resolve().parents[1] / "tools" / "pool_diff.py"


def _load() -> ModuleType:
    spec = importlib.util.spec_from_file_location("pool_diff", _TOOL)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_changed_fields_names_only_the_fields_that_differ() -> None:
    tool = _load()
    before = {"a": {"quotes": [1], "bylines": []}, "b": {"quotes": []}, "c": {"quotes": []}}
    after = {"a": {"quotes": [1], "bylines": ["By Ann Roe"]}, "b": {"quotes": []}}
    # "c" missing from the later dump is not reported as a change
    assert tool.changed_fields(before, after) == {"a": ["bylines"]}


def test_dump_then_diff_shows_the_changed_item(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    tool = _load()
    folder = tmp_path / "pages"
    folder.mkdir()
    (folder / "one.txt").write_text(
        "Harbour plan approved\n“We will start in May,” said Ann Roe, the council leader.\n",
        encoding="utf-8",
    )
    before = tmp_path / "before.json"
    assert tool.dump(before, [folder]) == 1
    dumped = json.loads(before.read_text(encoding="utf-8"))
    assert dumped["one"]["quotes"][0]["speaker"] == "Ann Roe"
    # the same dump with one quote removed stands in for a change that lost it
    dumped["one"]["quotes"] = []
    after = tmp_path / "after.json"
    after.write_text(json.dumps(dumped), encoding="utf-8")
    assert tool.main(["diff", str(after), str(before), "--show", "quotes"]) == 0
    out = capsys.readouterr().out
    assert "changed 1 of 1" in out
    assert "+ " in out and "Ann Roe" in out
