"""The docs stay true: the model page is regenerated from the source, and every page is linked."""

from __future__ import annotations

import importlib.util
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


def test_model_page_is_up_to_date() -> None:
    spec = importlib.util.spec_from_file_location("gen_model_doc", ROOT / "tools" / "gen_model_doc.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    current = (ROOT / "docs" / "model.md").read_text(encoding="utf-8")
    assert current == module.render(), "docs/model.md is stale: run python tools/gen_model_doc.py"


def test_every_docs_page_is_linked_from_the_readme() -> None:
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    for page in sorted((ROOT / "docs").glob("*.md")):
        assert f"docs/{page.name}" in readme, f"README does not link docs/{page.name}"
