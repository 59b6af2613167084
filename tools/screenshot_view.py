"""Regenerate the screenshots in docs/images/: example articles' notebook views, shot by Chromium.

Run ``python tools/screenshot_view.py [FILENAME…]`` (default: every image in :data:`SHOTS`) on a
machine with Debian's ``chromium``; each page is the exact HTML ``Article._repr_html_`` returns.
"""

from __future__ import annotations

import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

import newsparse
from newsparse import examples

ROOT = Path(__file__).resolve().parents[1]
SHOTS: dict[str, tuple[str, int]] = {
    "article-view.png": ("indian_agency", 870),  # headline, bylines, dateline, caption, quotes
    "article-view-social.png": ("social_roundup", 1000),  # tweets and embeds with handles and dates
}
"""Each screenshot in docs/images/: the example it shows and the window height that fits it."""
FLAGS = (
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--no-first-run",
    "--hide-scrollbars",
    "--force-device-scale-factor=1",
)


def shoot(name: str, output: Path, width: int = 900, height: int = 870) -> None:
    """Render the view of example ``name`` and save a PNG screenshot at ``output``."""
    browser = shutil.which("chromium") or shutil.which("chromium-browser")
    if browser is None:
        raise SystemExit("no chromium on PATH: apt-get install -y chromium")
    view = newsparse.parse(examples.read(name))._repr_html_()
    head = "<!doctype html><html><head><meta charset='utf-8'></head>"
    page = f"{head}<body style='margin:16px'>{view}</body></html>"
    with tempfile.TemporaryDirectory() as tmp:
        html_path = Path(tmp) / "view.html"
        html_path.write_text(page, encoding="utf-8")
        output.parent.mkdir(parents=True, exist_ok=True)
        command = [
            browser,
            *FLAGS,
            f"--user-data-dir={Path(tmp) / 'profile'}",
            f"--window-size={width},{height}",
            f"--screenshot={output}",
            html_path.as_uri(),
        ]
        subprocess.run(command, check=True, capture_output=True, timeout=120)


if __name__ == "__main__":
    for filename, (example, height) in SHOTS.items():
        if len(sys.argv) > 1 and filename not in sys.argv[1:]:
            continue
        output = ROOT / "docs" / "images" / filename
        shoot(example, output, height=height)
        print(output)
