"""Score the annotated sets under ``tests/devset/`` with the eval kit, optionally against an old revision.

Run from the repo root (``../shared`` must exist)::

    python tools/score_sets.py                      # every set group, the working tree's code
    python tools/score_sets.py --before 45840ed     # the same, plus that revision's code, side by side
    python tools/score_sets.py en-dev "non-en dev"  # only some groups

Each group's annotation files are copied into one temporary folder and scored by
``../shared/eval-kit/score.py --json`` (the metrics the issues' bars use) with ``PYTHONPATH``
pointing at the code being scored. ``--before REV`` extracts ``src/`` of REV with ``git archive``.
Speaker and tweet-field rows print the share right among matched items (the bars' figure); the
other rows print F1. Blind groups are scored like the others: this prints figures only, never the
items, so running it does not expose a blind set's contents.
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import subprocess
import sys
import tarfile
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
SHARED = ROOT.parent / "shared"
DEVSET = ROOT / "tests" / "devset"
LANGS = ("fr", "es", "de", "pt", "it", "hi")

#: group name -> annotation folders it pools.
GROUPS: dict[str, tuple[str, ...]] = {
    "en-dev": ("en-dev",),
    "non-en dev": tuple(f"{lang}-dev" for lang in LANGS),
    "en-blind-1": ("en-blind-1",),
    "en-blind-2": ("en-blind-2",),
    "en-blind-3": ("en-blind-3",),
    "non-en blind": tuple(f"{lang}-blind-1" for lang in LANGS),
}

FIELDS = (
    "headline",
    "tweet fields (of matched)",
    "embeds",
    "also_read",
    "footers (chars)",
    "footers (items)",
    "bylines (chars)",
    "datelines (chars)",
    "quotes direct",
    "speaker direct (of matched)",
    "quotes indirect",
    "speaker indirect (of matched)",
)


def score(folder: Path, src: Path) -> dict[str, dict[str, float]]:
    """The eval kit's JSON figures for the annotations in ``folder``, parsed by the code in ``src``."""
    env = dict(os.environ, PYTHONPATH=str(src))
    command = [
        sys.executable,
        str(SHARED / "eval-kit" / "score.py"),
        str(folder),
        "--texts",
        str(SHARED / "corpus" / "texts"),
        "--json",
    ]
    done = subprocess.run(command, capture_output=True, text=True, env=env, check=True)
    figures: dict[str, dict[str, float]] = json.loads(done.stdout)
    return figures


def pooled(group: str, into: Path) -> Path:
    """Copy the annotation files of ``group`` into a fresh folder under ``into``."""
    folder = into / group.replace(" ", "_")
    folder.mkdir()
    for name in GROUPS[group]:
        for path in sorted((DEVSET / name).glob("*.json")):
            shutil.copy(path, folder)
    return folder


def source_of(revision: str, into: Path) -> Path:
    """Extract ``src/`` of a git revision under ``into`` and return its path."""
    archive = subprocess.run(
        ["git", "-C", str(ROOT), "archive", "--format=tar", revision, "src"],
        capture_output=True,
        check=True,
    ).stdout
    target = into / f"rev-{revision}"
    target.mkdir()
    tar = into / "src.tar"
    tar.write_bytes(archive)
    with tarfile.open(tar) as fh:
        fh.extractall(target, filter="data")
    return target / "src"


def cell(figures: dict[str, dict[str, float]], field: str) -> str:
    """One table cell: the share right for per-match rows, else F1; ``-`` when absent."""
    row = figures.get(field, {})
    key = "p" if "of matched" in field else "f1"
    value = row.get(key)
    return "-" if value is None else f"{value:.3g}"


def main(argv: list[str] | None = None) -> int:
    """Print one markdown table of figures per field and group."""
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("groups", nargs="*", help=f"groups to score (default all): {', '.join(GROUPS)}")
    parser.add_argument("--before", metavar="REV", help="also score this git revision's code")
    args = parser.parse_args(argv)
    if not (SHARED / "eval-kit" / "score.py").exists():
        print(f"no eval kit at {SHARED / 'eval-kit'}: nothing to score", file=sys.stderr)
        return 2
    groups = args.groups or list(GROUPS)
    unknown = [g for g in groups if g not in GROUPS]
    if unknown:
        parser.error(f"unknown group(s) {unknown}; choose from {list(GROUPS)}")
    with tempfile.TemporaryDirectory() as tmp:
        work = Path(tmp)
        old = source_of(args.before, work) if args.before else None
        table: dict[str, tuple[dict[str, dict[str, float]] | None, dict[str, dict[str, float]]]] = {}
        for group in groups:
            folder = pooled(group, work)
            table[group] = (score(folder, old) if old else None, score(folder, ROOT / "src"))
    print("| field | " + " | ".join(groups) + " |")
    print("|---|" + "---|" * len(groups))
    for field in FIELDS:
        cells = []
        for group in groups:
            before, after = table[group]
            now = cell(after, field)
            cells.append(f"{cell(before, field)} → {now}" if before is not None else now)
        print(f"| {field} | " + " | ".join(cells) + " |")
    # A parser that raises on an article scores it as empty: say so, or the zeros mislead.
    counts = []
    for group in groups:
        before, after = table[group]
        now = f"{after.get('_cases')} ({after.get('_errors')} errors)"
        was = f"{before.get('_cases')} ({before.get('_errors')} errors) → " if before is not None else ""
        counts.append(was + now)
    print("| articles | " + " | ".join(counts) + " |")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
