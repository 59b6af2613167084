"""Whole-parser and per-rule speed on the real corpus in ``../shared/corpus/texts``.

Run from the repo root: ``python benchmarks/bench_corpus.py [--rounds 3]``. To compare revisions,
run it once per revision's ``src`` in the same session, e.g.
``PYTHONPATH=/tmp/old/src python benchmarks/bench_corpus.py`` (after ``git archive REV src``).

Every text is parsed once first, so that each language's patterns are compiled before timing
(cold start is measured by ``cold_start.py``). Times are CPU time, best of ``--rounds``; the
``\\w+`` pass over the same texts is the yardstick that makes the figure comparable across
machines. No asserts: speed goals live in benchmarks, not in tests.
"""

from __future__ import annotations

import argparse
import sys
import time
from pathlib import Path

import regex

import newsparse
from newsparse import Document
from newsparse._parser import run_rule

TEXTS = Path(__file__).resolve().parents[2] / "shared" / "corpus" / "texts"


def main() -> int:
    """Print whole-parse MB/s, the yardstick ratio and each rule's MB/s."""
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--rounds", type=int, default=3)
    args = parser.parse_args()
    texts = [p.read_text(encoding="utf-8") for p in sorted(TEXTS.rglob("*.txt"))]
    if not texts:
        print(f"no corpus at {TEXTS}", file=sys.stderr)
        return 2
    size = sum(map(len, texts)) / 1e6
    for text in texts:
        newsparse.parse(text)
    best = float("inf")
    for _ in range(args.rounds):
        start = time.process_time()
        for text in texts:
            newsparse.parse(text)
        best = min(best, time.process_time() - start)
    words = regex.compile(r"\w+")
    start = time.process_time()
    for text in texts:
        for _ in words.finditer(text):
            pass
    yardstick = time.process_time() - start
    print(f"{newsparse.__file__}")
    print(
        f"whole parser: {size:.2f} MB in {best:.2f} s = {size / best:.2f} MB/s ({best / yardstick:.0f}x one \\w+ pass)"
    )
    per_rule = dict.fromkeys(newsparse.default_parser.names, 0.0)
    for text in texts:
        doc = Document.from_text(text)
        for name, rule in newsparse.default_parser.rules:
            start = time.process_time()
            items = run_rule(rule, doc, name)
            per_rule[name] += time.process_time() - start
            doc = doc.with_items(items)
    for name, secs in sorted(per_rule.items(), key=lambda item: -item[1]):
        print(f"  {name:<12} {size / max(secs, 1e-9):7.2f} MB/s")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
