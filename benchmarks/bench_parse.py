"""Throughput of the whole default parser, and its behaviour on adversarial input.

Run: ``python benchmarks/bench_parse.py [--mb 4]``. Prints MB/s (1 MB = 10**6 code points)
for the example articles repeated into a corpus, per rule, and for odd inputs whose time
must stay linear in their length. No asserts: the figures go in the changelog/notes.
"""

from __future__ import annotations

import argparse
import time
from pathlib import Path

import newsparse
from newsparse import Document, Parser
from newsparse._parser import run_rule

ROOT = Path(__file__).resolve().parents[1]


def corpus_articles() -> list[str]:
    """The example articles (our own text), or a small built-in one when they are absent."""
    texts = [p.read_text(encoding="utf-8") for p in sorted((ROOT / "examples").glob("*.txt"))]
    return texts or ["Officials said the road would reopen.\nAlso Read: Rail fares rise\n" * 20]


def timed(fn: object, *args: object) -> float:
    start = time.perf_counter()
    fn(*args)  # type: ignore[operator]
    return time.perf_counter() - start


def bench_corpus(megabytes: float) -> None:
    articles = corpus_articles()
    size = sum(map(len, articles))
    rounds = max(1, int(megabytes * 1e6 / size))
    total_chars = size * rounds
    start = time.perf_counter()
    for _ in range(rounds):
        for text in articles:
            newsparse.parse(text)
    elapsed = time.perf_counter() - start
    print(
        f"whole parser: {total_chars / 1e6:.2f} MB in {elapsed:.2f} s = {total_chars / 1e6 / elapsed:.2f} MB/s "
        f"({rounds * len(articles) / elapsed:.0f} articles/s)"
    )
    per_rule: dict[str, float] = dict.fromkeys(newsparse.default_parser.names, 0.0)
    for _ in range(max(1, rounds // 4)):
        for text in articles:
            doc = Document.from_text(text)
            for name, rule in newsparse.default_parser.rules:
                t0 = time.perf_counter()
                items = run_rule(rule, doc, name)
                per_rule[name] += time.perf_counter() - t0
                doc = doc.with_items(items)
    chars = size * max(1, rounds // 4)
    for name, secs in per_rule.items():
        print(f"  {name:<12} {chars / 1e6 / secs:8.2f} MB/s")


ADVERSARIAL = {
    "1 MB one-line scrape": lambda n: (
        "Officials said that the road would reopen, he added. " * (n // 54 + 1)
    )[:n],
    "quote marks and apostrophes": lambda n: (
        "“It’s” 'a' \"b\" players' rock 'n' roll „x“ «y» " * (n // 45 + 1)
    )[:n],
    "URL then commas": lambda n: "http://x.com/" + "," * n,
    "at signs": lambda n: "@" * n,
    "hash signs": lambda n: "#" * n,
    "blank lines": lambda n: "\n" * n,
    "dashes and handles": lambda n: ("— A (@b) " * (n // 9 + 1))[:n],
    "label spam": lambda n: ("Also Read: " * (n // 11 + 1))[:n],
}


def bench_adversarial() -> None:
    parser: Parser = newsparse.default_parser
    for name, make in ADVERSARIAL.items():
        small, big = make(100_000), make(1_000_000)
        t_small, t_big = timed(parser.parse, small), timed(parser.parse, big)
        print(
            f"{name:<30} 0.1 MB {t_small:6.2f} s   1 MB {t_big:6.2f} s   ratio {t_big / max(t_small, 1e-9):5.1f}"
        )


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument("--mb", type=float, default=4.0, help="corpus size in MB (default 4)")
    args = ap.parse_args()
    bench_corpus(args.mb)
    bench_adversarial()


if __name__ == "__main__":
    main()
