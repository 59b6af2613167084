"""Throughput of the two line-level rules ("Also Read" and boilerplate) on a generated corpus.

Run: ``python benchmarks/bench_lines.py [MEGABYTES]`` (default 8). Prints MB/s (MB = 10**6 code
points) for each rule on two corpora: articles with one paragraph per line, and the same articles
as one-line scrapes (paragraphs joined by spaces). Times are CPU time (``time.process_time``),
which a shared, busy machine disturbs less than wall time. No assertions: this is a measurement.
"""

from __future__ import annotations

import random
import sys
import time
from collections.abc import Callable

from newsparse import AlsoReadRule, BoilerplateRule, Document

PARAGRAPHS = [
    "The regional council approved a revised transport budget on Tuesday after a long debate that ran late into the evening.",
    "Officials said the new plan would protect rural bus routes while trimming spending on outside consultants and temporary staff.",
    "“We have made difficult choices, but they are the right ones for the region,” the council leader told reporters outside the chamber.",
    "Opposition members argued that the cuts to library opening hours had not been properly consulted on and promised to raise the matter again.",
    "The finance committee will publish a detailed breakdown of the figures before the end of the week, a spokesperson said on Wednesday.",
    "Analysts expect inflation to edge higher in the coming months as transport costs feed through to food and energy prices.",
]
FURNITURE = [
    "Also Read: Rail Fares To Rise By Four Percent From January",
    "READ MORE: Storm warning issued for the northern coast",
    "ALSO READ | Why the monsoon arrived early this year",
    "Advertisement",
    "Pensioners hit by energy bill rise [INSIGHT]",
    "STAR CHEF SAYS NEW MENU WILL 'SHOCK' DINERS",
]
FOOTERS = [
    "To read more such news, download Town Crier news apps",
    "Follow us on Facebook, X and Instagram",
    "© 2025 Lantern Media Ltd. All rights reserved.",
    "(This story has not been edited by Lantern staff and is auto-generated from a syndicated feed.)",
    "Comments",
]


def article(rng: random.Random) -> list[str]:
    """One generated article as a list of lines."""
    lines = [rng.choice(PARAGRAPHS) for _ in range(rng.randint(6, 14))]
    for _ in range(rng.randint(0, 2)):
        lines.insert(rng.randint(1, len(lines)), rng.choice(FURNITURE))
    lines += rng.sample(FOOTERS, rng.randint(0, 3))
    return lines


def corpus(megabytes: float, *, joined: bool, seed: int = 7) -> list[str]:
    """Generated articles totalling about ``megabytes`` million code points."""
    rng = random.Random(seed)
    out: list[str] = []
    size = 0
    while size < megabytes * 1_000_000:
        lines = article(rng)
        text = " ".join(lines) if joined else "\n".join(lines)
        out.append(text)
        size += len(text)
    return out


def throughput(rule: Callable[[Document], object], texts: list[str]) -> float:
    """MB/s of ``rule`` over ``texts`` (documents built outside the timed loop)."""
    docs = [Document.from_text(t) for t in texts]
    start = time.process_time()
    for doc in docs:
        list(rule(doc))  # type: ignore[call-overload]
    elapsed = time.process_time() - start
    return sum(len(t) for t in texts) / elapsed / 1_000_000


def main(argv: list[str]) -> None:
    """Print the throughput table."""
    megabytes = float(argv[1]) if len(argv) > 1 else 8.0
    rules: list[tuple[str, Callable[[Document], object]]] = [
        ("also_read", AlsoReadRule()),
        ("boilerplate", BoilerplateRule()),
    ]
    for joined in (False, True):
        texts = corpus(megabytes, joined=joined)
        shape = "one-line scrapes" if joined else "one paragraph per line"
        for name, rule in rules:
            print(f"{name:12} {shape:24} {megabytes:5.1f} MB  {throughput(rule, texts):6.2f} MB/s")
    big = "\n".join(corpus(megabytes / 2, joined=False))
    for name, rule in rules:
        print(
            f"{name:12} {'one 5 MB-class document':24} {len(big) / 1e6:5.1f} MB  {throughput(rule, [big]):6.2f} MB/s"
        )


if __name__ == "__main__":
    main(sys.argv)
