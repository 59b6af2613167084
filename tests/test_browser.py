"""The article view in a real browser: headless Chromium renders it, and we read back the DOM.

One page holds the view of every example article and of a hostile article whose text carries a
``<script>``, an ``<img onerror>`` and a ``javascript:`` link. A probe script of our own (outside
the views) measures what Chromium rendered and writes it into the page as JSON, which
``--dump-dom`` hands back. A control block inserts the same payload *unescaped*, so the test
also proves that a payload which reached the DOM would have run and been seen.

Skips with a reason when no Chromium is installed (``apt-get install -y chromium`` on Debian);
``NEWSPARSE_REQUIRE_BROWSER=1`` (set by ``.ci/run`` after installing it) turns the skip into a failure.
"""

from __future__ import annotations

import html
import json
import os
import re
import shutil
import subprocess
from pathlib import Path

import pytest

import newsparse
from newsparse import examples

CHROMIUM_FLAGS = (
    "--headless",
    "--no-sandbox",  # CI containers run as root, where Chromium's sandbox cannot start
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--no-first-run",
)


def payload(marker: str) -> str:
    """Markup that, if it ever ran, would retitle the page and add an element with id ``marker``."""
    add = f"document.body.appendChild(Object.assign(document.createElement('i'),{{id:'{marker}'}}))"
    return (
        f"<script>document.title='{marker}';{add}</script>"
        f'<img src=x onerror="{add.replace(marker, marker + "-img")}">'
    )


HOSTILE = (
    "Harbour Ferries Resume After <b>Storm</b>\n"
    "By Ines Moreau\n"
    f'"We will be back {payload("pwned")}," said Mayor Lina Ortiz.\n'
    "Ferries to the islands resume Monday https://t.co/Fr3ryNws1\n"
    "— Harbour Authority (@harbourauth) March 3, 2026\n"
    "Also Read: <a href='javascript:alert(1)'>Bridge tolls</a> frozen for the winter\n"
    "To read more such news, download the Coastline News app"
)

# Measures the rendered page and writes the result into <pre id="report"> for --dump-dom.
PROBE = """
const views = [...document.querySelectorAll('[data-np-role="article"]')].map(view => {
  const text = view.querySelector('[data-np-role="text"]').cloneNode(true);
  text.querySelectorAll('[data-np-badge]').forEach(b => b.remove());
  const marks = [...view.querySelectorAll('[data-np-kind]')];
  const legend = view.querySelector('[data-np-role="legend"]');
  return {
    name: view.parentElement.dataset.name,
    text: text.textContent,
    kinds: marks.map(m => m.dataset.npKind),
    painted: marks.filter(m => getComputedStyle(m).backgroundColor !== 'rgba(0, 0, 0, 0)'
                             && m.getClientRects().length > 0).length,
    legend: legend ? [...legend.children].map(c => c.dataset.npLegend) : [],
    legend_height: legend ? legend.getBoundingClientRect().height : 0,
    foreign: view.querySelectorAll('script, img, a, iframe, style, link, object').length,
  };
});
const report = {title: document.title, views,
                pwned: ['pwned', 'pwned-img'].filter(id => document.getElementById(id)).length};
document.getElementById('report').textContent = JSON.stringify(report);
"""


def chromium() -> str | None:
    """The Chromium executable, if one is installed."""
    return shutil.which("chromium") or shutil.which("chromium-browser")


def page(articles: dict[str, newsparse.Article]) -> str:
    """One HTML page with the view of each article, a control block and the probe."""
    views = "".join(
        f'<section data-name="{html.escape(name)}">{newsparse.annotate(a)}</section>'
        for name, a in articles.items()
    )
    control = f'<section id="control">{payload("control")}</section>'
    return (
        "<!doctype html><html><head><meta charset='utf-8'><title>newsparse view</title></head>"
        f'<body>{views}{control}<pre id="report"></pre><script>{PROBE}</script></body></html>'
    )


def run_chromium(browser: str, path: Path, profile: Path, *extra: str) -> str:
    """Run headless Chromium on the file at ``path`` and return its standard output."""
    command = [browser, *CHROMIUM_FLAGS, f"--user-data-dir={profile}", *extra, path.as_uri()]
    done = subprocess.run(command, capture_output=True, text=True, timeout=120, check=True)
    return done.stdout


@pytest.fixture(scope="module")
def rendered(
    tmp_path_factory: pytest.TempPathFactory,
) -> tuple[dict[str, newsparse.Article], dict[str, object]]:
    browser = chromium()
    if browser is None:
        if os.environ.get("NEWSPARSE_REQUIRE_BROWSER") == "1":
            pytest.fail("NEWSPARSE_REQUIRE_BROWSER=1 but no chromium on PATH")
        pytest.skip("no chromium on PATH: install Debian's chromium (apt-get install -y chromium)")
    articles = {name: newsparse.parse(examples.read(name)) for name in examples.names()}
    articles["hostile"] = newsparse.parse(HOSTILE)
    folder = tmp_path_factory.mktemp("browser")
    path = folder / "view.html"
    path.write_text(page(articles), encoding="utf-8")
    dom = run_chromium(browser, path, folder / "profile", "--dump-dom")
    found = re.search(r'<pre id="report">(.*?)</pre>', dom, flags=re.DOTALL)
    assert found is not None, "the probe did not run"
    return articles, json.loads(html.unescape(found.group(1)))


def test_the_payload_would_run_if_it_reached_the_dom(
    rendered: tuple[dict[str, newsparse.Article], dict[str, object]],
) -> None:
    # The control block holds the payload unescaped: the browser ran it, so the check can fail.
    _, report = rendered
    assert report["title"] == "control"


def test_the_hostile_article_never_runs_its_script(
    rendered: tuple[dict[str, newsparse.Article], dict[str, object]],
) -> None:
    articles, report = rendered
    assert report["pwned"] == 0, "a payload from the article text ran"
    views = {v["name"]: v for v in report["views"]}  # type: ignore[attr-defined]
    assert views["hostile"]["text"] == HOSTILE, "the payload is shown as text, exactly"
    assert all(v["foreign"] == 0 for v in views.values()), "no element from the article text"
    assert articles["hostile"].quotes, "the payload sits inside a highlighted quote"


def test_every_item_is_highlighted_and_painted(
    rendered: tuple[dict[str, newsparse.Article], dict[str, object]],
) -> None:
    from newsparse._view import kind_of

    articles, report = rendered
    assert len(report["views"]) == len(articles)  # type: ignore[arg-type]
    for view in report["views"]:  # type: ignore[attr-defined]
        article = articles[view["name"]]
        assert view["text"] == article.text
        expected = {kind_of(item) for item in article.items}
        assert set(view["kinds"]) == expected
        assert view["painted"] == len(view["kinds"]) > 0, "every highlight has a visible background"
        assert view["legend"] == [k for k in newsparse.VIEW_KINDS if k in expected]
        assert view["legend_height"] > 0
