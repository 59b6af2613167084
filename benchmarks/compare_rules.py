"""Per-rule throughput inside the default parser, before and after a change, in one process.

Run: ``python benchmarks/compare_rules.py --against REF [--texts DIR] [--exclude-ids FILE]
[--rules a,b] [--rounds 5]``. The package at git revision ``REF`` is copied to a temporary
directory under another name (``newsparse_ref``) and imported next to the working tree's, so
both run on the same machine at the same time: rounds alternate between the two, and each
rule's figure is the best of its rounds in CPU time (``time.process_time``), which the other
processes of a shared machine disturb far less than wall time.

Each rule is timed on the document it really sees (the items of the rules before it), with
the document's cached scans cleared first (the lower-cased text and the non-blank line list
stay: every parse builds them once for all rules), so a rule pays for its own gates.
1 MB = 10**6 code points. No asserts: speed goals live here, not in timed tests.
"""

from __future__ import annotations

import argparse
import importlib
import re
import subprocess
import sys
import tarfile
import tempfile
import time
from io import BytesIO
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
_KEEP = ("lower", "nonblank")


def load_ref(ref: str, into: Path) -> Any:
    """Import the package as it is at git revision ``ref``, renamed ``newsparse_ref``."""
    archive = subprocess.run(
        ["git", "-C", str(ROOT), "archive", ref, "src/newsparse"], check=True, capture_output=True
    ).stdout
    with tarfile.open(fileobj=BytesIO(archive)) as tar:
        tar.extractall(into, filter="data")
    package = into / "src" / "newsparse"
    for path in package.rglob("*.py"):
        source = path.read_text(encoding="utf-8")
        path.write_text(re.sub(r"\bnewsparse\b", "newsparse_ref", source), encoding="utf-8")
    package.rename(into / "newsparse_ref")
    sys.path.insert(0, str(into))
    return importlib.import_module("newsparse_ref")


def staged(package: Any, texts: list[str], names: list[str]) -> dict[str, list[tuple[Any, Any]]]:
    """For each rule named, the (rule, document) pairs it sees while parsing ``texts``."""
    run_rule = importlib.import_module(package.__name__ + "._parser").run_rule
    out: dict[str, list[tuple[Any, Any]]] = {name: [] for name in names}
    for text in texts:
        doc = package.Document.from_text(text)
        for name, rule in package.default_parser.rules:
            if name in out:
                out[name].append((rule, doc))
            doc = doc.with_items(run_rule(rule, doc, name))
    return out


def cpu_seconds(package: Any, name: str, pairs: list[tuple[Any, Any]]) -> float:
    """CPU seconds the rule ``name`` takes over its documents, scans not cached."""
    run_rule = importlib.import_module(package.__name__ + "._parser").run_rule
    total = 0.0
    for rule, doc in pairs:
        cache = doc.index._cache
        for key in [k for k in cache if k not in _KEEP]:
            del cache[key]
        start = time.process_time()
        run_rule(rule, doc, name)
        total += time.process_time() - start
    return total


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--against", required=True, help="git revision to compare with (e.g. HEAD~5)")
    ap.add_argument("--texts", type=Path, default=ROOT.parent / "shared/corpus/texts")
    ap.add_argument("--exclude-ids", type=Path, help="file of article ids (file stems) to leave out")
    ap.add_argument("--rules", help="comma-separated rule names (default: all)")
    ap.add_argument("--rounds", type=int, default=5)
    args = ap.parse_args()
    leave_out = set(args.exclude_ids.read_text().split()) if args.exclude_ids else set()
    paths = sorted(p for p in args.texts.rglob("*.txt") if p.stem not in leave_out)
    texts = [p.read_text(encoding="utf-8") for p in paths]
    size = sum(map(len, texts)) / 1e6

    import newsparse

    names = args.rules.split(",") if args.rules else list(newsparse.default_parser.names)
    with tempfile.TemporaryDirectory() as tmp:
        ref = load_ref(args.against, Path(tmp))
        packages = {"ref": ref, "now": newsparse}
        work = {tag: staged(package, texts, names) for tag, package in packages.items()}
        best: dict[tuple[str, str], float] = {}
        for _ in range(args.rounds):
            for name in names:
                for tag, package in packages.items():
                    secs = cpu_seconds(package, name, work[tag][name])
                    best[name, tag] = min(best.get((name, tag), float("inf")), secs)
    print(f"{len(texts)} texts, {size:.2f} MB, best of {args.rounds} rounds (CPU time)")
    print(f"  {'rule':<12} {args.against:>10} {'now':>10}  speed-up")
    for name in names:
        before, after = best[name, "ref"], best[name, "now"]
        print(f"  {name:<12} {size / before:8.2f}   {size / after:8.2f}    {before / after:5.2f}x")


if __name__ == "__main__":
    main()
