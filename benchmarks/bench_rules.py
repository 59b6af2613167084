"""Throughput of single rules (tweets, headline) and of ``tweet_entities``, and their import time.

Run: ``python benchmarks/bench_rules.py [--mb 1]``. Each rule runs alone on a
:class:`~newsparse.Document` built outside the timing, over the example articles repeated
into a corpus; CPU time (``time.process_time``), median of 5 rounds. Adversarial inputs are
timed at 0.1 MB and 1 MB; the ratio must stay near 10 (linear). No asserts.
"""

from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

from newsparse import Document, HeadlineRule, TweetRule, tweet_entities

ROOT = Path(__file__).resolve().parents[1]
MODULES = (
    "newsparse.rules.tweets.patterns",
    "newsparse.rules.tweets.entities",
    "newsparse.rules.tweets.rule",
    "newsparse.rules.headlines.patterns",
    "newsparse.rules.headlines.rule",
)


def _articles() -> list[str]:
    texts = [p.read_text(encoding="utf-8") for p in sorted((ROOT / "examples").glob("*.txt"))]
    return texts or ["Harbour Tolls To Double\n\nThe council voted to raise fares.\n" * 20]


def _cpu(fn: Callable[[], object]) -> float:
    start = time.process_time()
    fn()
    return time.process_time() - start


RULES: dict[str, Callable[[Document], object]] = {
    "tweets": lambda d: list(TweetRule()(d)),
    "headline": lambda d: list(HeadlineRule()(d)),
    "entities": lambda d: tweet_entities(d.text),
}

ADVERSARIAL: dict[str, Callable[[int], str]] = {
    "blank lines": lambda n: "\n" * n,
    "dashes and handles": lambda n: ("— A (@b) " * (n // 9 + 1))[:n],
    "signature lines": lambda n: ("— A (@b) November 21, 2025\n" * (n // 27 + 1))[:n],
    "one-line scrape": lambda n: ("Officials said that the road would reopen, he added. " * (n // 54 + 1))[
        :n
    ],
    "at signs": lambda n: "@" * n,
    "open parens": lambda n: "(" * n,
    "short lines": lambda n: ("Ab\n" * (n // 3 + 1))[:n],
    "dots": lambda n: "a." * (n // 2),
}


def bench_corpus(megabytes: float) -> None:
    articles = _articles()
    size = sum(map(len, articles))
    rounds = max(1, int(megabytes * 1e6 / size))
    docs = [Document.from_text(t) for t in articles] * rounds
    for name, rule in RULES.items():
        times = [_cpu(lambda: [rule(d) for d in docs]) for _ in range(5)]  # noqa: B023
        print(f"  {name:<10} {size * rounds / 1e6 / statistics.median(times):8.2f} MB/s")


def bench_adversarial() -> None:
    for label, make in ADVERSARIAL.items():
        small, big = Document.from_text(make(100_000)), Document.from_text(make(1_000_000))
        for name, rule in RULES.items():
            t_small = _cpu(lambda: rule(small))  # noqa: B023
            t_big = _cpu(lambda: rule(big))  # noqa: B023
            print(
                f"  {label:<20} {name:<9} 0.1 MB {t_small:7.3f} s  1 MB {t_big:7.3f} s"
                f"  ratio {t_big / max(t_small, 1e-4):5.1f}"
            )


def bench_import(runs: int = 5) -> None:
    """Self time of each module under ``-X importtime``: the best of ``runs`` fresh interpreters.

    Bytecode is cached under a temporary ``PYTHONPYCACHEPREFIX`` (as after any first import),
    so that compiling the source, which ``PYTHONDONTWRITEBYTECODE`` would repeat, is not counted.
    """
    env = {k: v for k, v in os.environ.items() if k != "PYTHONDONTWRITEBYTECODE"}
    env["PYTHONPYCACHEPREFIX"] = os.path.join(tempfile.gettempdir(), "newsparse-bench-pyc")
    best: dict[str, int] = {}
    for _ in range(runs + 1):  # the first run writes the bytecode cache
        out = subprocess.run(
            [sys.executable, "-X", "importtime", "-c", "import newsparse"],
            capture_output=True,
            text=True,
            check=False,
            env=env,
        ).stderr
        if "Traceback" in out:  # another module is broken right now: say so, do not crash
            print("  import failed:", out.strip().splitlines()[-1])
            return
        for row in out.splitlines():
            parts = row.split("|")
            if len(parts) == 3 and parts[2].strip() in MODULES:
                own = int(parts[0].split(":")[1])
                best[parts[2].strip()] = min(best.get(parts[2].strip(), own), own)
    for name in MODULES:
        print(f"  {name:<32} {best.get(name, 0) / 1000:7.1f} ms (self, best of {runs})")
    print(f"  {'total':<32} {sum(best.values()) / 1000:7.1f} ms")


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument("--mb", type=float, default=1.0, help="corpus size in MB (default 1)")
    ap.add_argument("--no-adversarial", action="store_true")
    args = ap.parse_args()
    print("corpus (examples/):")
    bench_corpus(args.mb)
    print("import (self time of each module):")
    bench_import()
    if not args.no_adversarial:
        print("adversarial:")
        bench_adversarial()


if __name__ == "__main__":
    main()
