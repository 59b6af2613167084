"""docs/quickstart.ipynb: committed without outputs, and runs top to bottom on a real kernel."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

ROOT = Path(__file__).resolve().parents[1]
NOTEBOOK = ROOT / "docs" / "quickstart.ipynb"


def cells() -> list[dict[str, Any]]:
    data: dict[str, Any] = json.loads(NOTEBOOK.read_text(encoding="utf-8"))
    found: list[dict[str, Any]] = data["cells"]
    return found


def test_outputs_are_stripped_in_git() -> None:
    code = [c for c in cells() if c["cell_type"] == "code"]
    assert code, "the notebook has code"
    for cell in code:
        assert cell["outputs"] == [] and cell["execution_count"] is None, "strip outputs before committing"


def test_notebook_uses_only_the_public_api() -> None:
    for cell in cells():
        assert "newsparse._" not in "".join(cell["source"])


@pytest.fixture(scope="module")
def executed() -> Any:
    nbformat = pytest.importorskip("nbformat")
    nbclient = pytest.importorskip("nbclient")
    pytest.importorskip("ipykernel")
    pytest.importorskip("pandas")
    notebook = nbformat.read(NOTEBOOK, as_version=4)
    client = nbclient.NotebookClient(
        notebook, timeout=120, kernel_name="python3", resources={"metadata": {"path": str(NOTEBOOK.parent)}}
    )
    client.execute()  # raises CellExecutionError on the first failing cell
    return notebook


def test_notebook_runs_top_to_bottom(executed: Any) -> None:
    code = [c for c in executed.cells if c.cell_type == "code"]
    assert [c.execution_count for c in code] == list(range(1, len(code) + 1))
    assert not [o for c in code for o in c.outputs if o.output_type == "error"]


def test_the_article_shows_as_the_highlighted_view(executed: Any) -> None:
    shown = [
        o["data"]["text/html"]
        for c in executed.cells
        if c.cell_type == "code"
        for o in c.outputs
        if o.output_type == "execute_result" and "text/html" in o.get("data", {})
    ]
    views = [h for h in shown if 'data-np-role="article"' in h]
    assert len(views) >= 3, "the parsed article, the quotes-only view and the custom-rule article"
    assert all('data-np-kind="quote"' in v and "<script" not in v for v in views)
    assert any("boilerplate · ad" in v for v in views), "the custom rule's item is in the view"
