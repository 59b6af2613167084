"""The docs site stays complete: every page is in the nav, every public name in the API reference,
and no page points users at a private module. ``.ci/run`` builds the site with ``mkdocs --strict``."""

from __future__ import annotations

import re
import subprocess
import sys
from pathlib import Path

import newsparse

ROOT = Path(__file__).resolve().parents[1]
DOCS = ROOT / "docs"


def nav_pages() -> set[str]:
    config = (ROOT / "mkdocs.yml").read_text(encoding="utf-8")
    nav = config.split("\nnav:\n", 1)[1].split("\n\n", 1)[0]
    return set(re.findall(r":\s*([\w./-]+\.(?:md|ipynb))\s*$", nav, flags=re.MULTILINE))


def test_every_docs_page_is_in_the_nav() -> None:
    pages = {p.name for p in DOCS.iterdir() if p.suffix in {".md", ".ipynb"}}
    assert pages == nav_pages(), "add the page to the nav in mkdocs.yml (or remove a stale entry)"


def test_every_public_name_is_in_the_api_reference() -> None:
    api = (DOCS / "api.md").read_text(encoding="utf-8")
    listed = set(re.findall(r"^::: newsparse\.(\w+)", api, flags=re.MULTILINE))
    missing = set(newsparse.__all__) - listed - {"__version__", "parse"}
    assert not missing, f"add to docs/api.md: {sorted(missing)}"
    assert listed <= set(newsparse.__all__), "docs/api.md documents a name that is not public"


def test_no_page_points_at_a_private_module() -> None:
    for page in [ROOT / "README.md", *DOCS.glob("*.md"), *DOCS.glob("*.ipynb")]:
        text = page.read_text(encoding="utf-8")
        assert not re.search(r"newsparse\._\w", text), f"{page.name} names a private module"


def test_readme_shows_the_screenshot_and_links_the_notebook() -> None:
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    images = re.findall(r"!\[[^\]]*\]\(([^)]+)\)", readme)
    assert images and all((ROOT / image).is_file() for image in images)
    assert "docs/quickstart.ipynb" in readme


def test_readme_outline_example_is_the_real_output() -> None:
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    found = re.search(
        r"```text\n\$ python -m (newsparse [^\n]+--format outline)\n(.*?)\n```", readme, re.DOTALL
    )
    assert found is not None, "the README shows an outline command with its output"
    command = [sys.executable, "-m", *found.group(1).split()]
    done = subprocess.run(command, cwd=ROOT, capture_output=True, check=True)
    output = done.stdout.decode("utf-8").replace("\r\n", "\n").rstrip("\n")
    assert output == found.group(2), f"README outline is stale: paste the output of {' '.join(command[1:])}"
