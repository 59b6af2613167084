"""Throughput of the furniture rules (bylines, timestamps, captions, datelines) and their import time.

Run: ``python benchmarks/bench_furniture.py [--mb 1.7]``. Prints, in CPU time
(``time.process_time``, median of 5 rounds; 1 MB = 10**6 code points):

* each ``find_*`` function over the example articles repeated into a corpus;
* each rule inside the default parser (the document holds the items of the rules before it);
* each rule alone on adversarial inputs at 0.1 MB and 1 MB (the ratio must stay near 10);
* the self time ``python -X importtime`` gives the furniture modules.

No asserts: the figures go in the changelog/notes.
"""

from __future__ import annotations

import argparse
import statistics
import subprocess
import sys
import time
from collections.abc import Callable
from pathlib import Path

import newsparse
from newsparse import (
    BylineRule,
    CaptionRule,
    DatelineRule,
    Document,
    TimestampRule,
    find_bylines,
    find_captions,
    find_datelines,
    find_timestamps,
)
from newsparse._parser import run_rule

ROOT = Path(__file__).resolve().parents[1]
MODULES = (
    "newsparse.rules.furniture.patterns",
    "newsparse.rules.furniture.datelines",
    "newsparse.rules.furniture.timestamps",
    "newsparse.rules.furniture.bylines",
    "newsparse.rules.furniture.captions",
)
FINDERS: dict[str, Callable[[str], object]] = {
    "bylines": find_bylines,
    "timestamps": find_timestamps,
    "captions": find_captions,
    "datelines": find_datelines,
}
RULES: dict[str, Callable[[Document], object]] = {
    "bylines": lambda d: list(BylineRule()(d)),
    "timestamps": lambda d: list(TimestampRule()(d)),
    "captions": lambda d: list(CaptionRule()(d)),
    "datelines": lambda d: list(DatelineRule()(d)),
}
ADVERSARIAL: dict[str, Callable[[int], str]] = {
    "blank lines": lambda n: "\n" * n,
    "one-char lines": lambda n: ("a\n" * (n // 2 + 1))[:n],
    "one-line scrape": lambda n: ("Officials said that the road would reopen, he added. " * (n // 54 + 1))[
        :n
    ],
    "'By ' repeated": lambda n: ("By " * (n // 3 + 1))[:n],
    "'By ' lines": lambda n: ("By Jane Doe and\n" * (n // 16 + 1))[:n],
    "'(PTI)' repeated": lambda n: ("(PTI)" * (n // 5 + 1))[:n],
    "'(PTI) ' lines": lambda n: ("Delhi (PTI) x\n" * (n // 14 + 1))[:n],
    "open parens": lambda n: "(" * n,
    "photo words": lambda n: ("Photo: (AP Photo/" * (n // 17 + 1))[:n],
    "date words": lambda n: ("Updated: Nov 21, 2025 | " * (n // 24 + 1))[:n],
    "capitalised words": lambda n: ("Jane Doe " * (n // 9 + 1))[:n],
}


def _articles() -> list[str]:
    texts = [p.read_text(encoding="utf-8") for p in sorted((ROOT / "examples").glob("*.txt"))]
    return texts or ["By Jane Doe\nUpdated: Nov 21, 2025\n\nNEW DELHI: The council voted.\n" * 5]


def _cpu(fn: Callable[[], object], repeat: int = 5) -> float:
    times = []
    for _ in range(repeat):
        start = time.process_time()
        fn()
        times.append(time.process_time() - start)
    return statistics.median(times)


def bench_finders(megabytes: float) -> None:
    articles = _articles()
    size = sum(map(len, articles))
    rounds = max(1, round(megabytes * 1e6 / size))
    corpus = articles * rounds
    mb = size * rounds / 1e6
    print(f"find_* over {mb:.2f} MB ({len(corpus)} articles), CPU time, median of 5")
    for name, fn in FINDERS.items():
        secs = _cpu(lambda fn=fn: [fn(t) for t in corpus])  # type: ignore[misc]
        print(f"  find_{name:<11} {mb / secs:8.2f} MB/s")


def bench_in_parser(megabytes: float) -> None:
    articles = _articles()
    size = sum(map(len, articles))
    rounds = max(1, round(megabytes * 1e6 / size))
    # The document each furniture rule sees inside the default parser.
    docs: dict[str, list[Document]] = {name: [] for name in RULES}
    for text in articles:
        doc = Document.from_text(text)
        for name, rule in newsparse.default_parser.rules:
            if name in docs:
                docs[name].append(doc)
            doc = doc.with_items(run_rule(rule, doc, name))
    mb = size * rounds / 1e6
    print(f"rules inside the default parser over {mb:.2f} MB, CPU time, median of 5")
    for name, rule in RULES.items():
        batch = docs[name] * rounds
        secs = _cpu(lambda rule=rule, batch=batch: [rule(d) for d in batch])  # type: ignore[misc]
        print(f"  {name:<12} {mb / secs:8.2f} MB/s")


def bench_adversarial() -> None:
    print("adversarial inputs, each rule alone (Document built outside the timing), CPU s")
    print(f"  {'input':<20}" + "".join(f"{name:>24}" for name in RULES))
    for label, make in ADVERSARIAL.items():
        small, big = Document.from_text(make(100_000)), Document.from_text(make(1_000_000))
        cells = []
        for rule in RULES.values():
            t_small = _cpu(lambda rule=rule, doc=small: rule(doc), 1)  # type: ignore[misc]
            t_big = _cpu(lambda rule=rule, doc=big: rule(doc), 1)  # type: ignore[misc]
            cells.append(f"{t_small:6.3f} {t_big:6.3f} ×{t_big / max(t_small, 1e-4):5.1f}")
        print(f"  {label:<20}" + "".join(f"{c:>24}" for c in cells))


def bench_import() -> None:
    totals = []
    for _ in range(5):
        out = subprocess.run(
            [sys.executable, "-X", "importtime", "-c", "import newsparse"],
            capture_output=True,
            text=True,
            check=True,
        ).stderr
        self_us = 0
        for line in out.splitlines():
            parts = line.split("|")
            if len(parts) == 3 and parts[2].strip() in MODULES:
                self_us += int(parts[0].split(":")[1])
        totals.append(self_us)
    print(f"import: furniture modules' self time {statistics.median(totals) / 1000:.1f} ms (median of 5)")


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument("--mb", type=float, default=1.7, help="corpus size in MB (default 1.7)")
    ap.add_argument("--no-adversarial", action="store_true", help="skip the adversarial inputs")
    args = ap.parse_args()
    bench_import()
    bench_finders(args.mb)
    bench_in_parser(args.mb)
    if not args.no_adversarial:
        bench_adversarial()


if __name__ == "__main__":
    main()
