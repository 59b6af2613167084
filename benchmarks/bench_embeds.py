"""Timings for the non-Twitter embed rule on adversarial and ordinary input.

Run: ``python benchmarks/bench_embeds.py`` from the repository root. Prints one line per
input: its size, the best of three runs of the rule (CPU time; the :class:`Document` is built
once, outside the timing, and its build time is shown apart), the throughput, and the ratio
of the time at twice the size (about 2 means linear).
"""

from __future__ import annotations

import time
from pathlib import Path

from newsparse import EmbedRule
from newsparse._document import Document

CASES = Path(__file__).resolve().parents[1] / "tests" / "cases" / "embeds"
EXAMPLES = Path(__file__).resolve().parents[1] / "examples"
RULE = EmbedRule()


def _best(text: str, runs: int = 3) -> tuple[float, float]:
    """Return (best CPU seconds of the rule, seconds to build the Document)."""
    start = time.process_time()
    document = Document.from_text(text)
    build = time.process_time() - start
    best = float("inf")
    for _ in range(runs):
        start = time.process_time()
        list(RULE(document))
        best = min(best, time.process_time() - start)
    return best, build


def _ordinary(size: int) -> str:
    # The case files (articles with embeds) repeated: realistic text, many embeds.
    corpus = "\n".join(p.read_bytes().decode("utf-8") for p in sorted(CASES.glob("*.txt")))
    return (corpus * (1 + size // max(len(corpus), 1)))[:size]


def _examples(size: int) -> str:
    # The example articles (few embeds) repeated: the ordinary case.
    corpus = "\n".join(p.read_bytes().decode("utf-8") for p in sorted(EXAMPLES.glob("*.txt")))
    return (corpus * (1 + size // max(len(corpus), 1)))[:size]


def _inputs(mb: int) -> dict[str, str]:
    n = 1_000_000 * mb
    return {
        "blank lines": "\n" * n,
        "white-space lines": (" \t\u00a0\r\n" * n)[:n],
        "'@' run": "@" * (n // 10),
        "'(@' run": "(@" * (n // 20),
        "'(@a.b.c' run": ("(@a.b.c.d.e.f " * n)[: n // 4],
        "'A post shared by' x": ("A post shared by " * n)[:n],
        "'A post shared by' lines": (("A post shared by x y z " * 50 + "\n") * n)[:n],
        "'Skip Twitter post by' x": ("Skip Twitter post by " * n)[:n],
        "'♬ ' run": "♬ " * (n // 2),
        "'@a ' + 1 MB + '♬'": "@a " + "x" * n + " ♬ original sound - A",
        "URL + ',' x10k": "https://www.youtube.com/watch?v=abcdefghijk" + "," * (10_000 * mb),
        "URL + '.!@#' x10k": "http://youtu.be/abcdefg" + "".join(c * (10_000 * mb) for c in ".!@#"),
        "'by u/abc in ' x": ("by u/abc in " * n)[:n],
        "one 1 MB line of words": ("word " * n)[:n],
        "ordinary articles": _ordinary(n),
        "example articles": _examples(n),
    }


def main() -> None:
    """Time every input at one and two megabytes."""
    small, large = _inputs(1), _inputs(2)
    print(f"{'input':28} {'size':>9} {'best s':>8} {'MB/s':>7} {'x2 ratio':>8} {'doc s':>7}")
    for (name, text), text2 in zip(small.items(), large.values(), strict=True):
        (t1, build), (t2, _) = _best(text), _best(text2)
        mbs = len(text) / 1e6 / t1 if t1 else float("inf")
        ratio = t2 / t1 if t1 else float("nan")
        print(f"{name:28} {len(text):>9} {t1:>8.3f} {mbs:>7.1f} {ratio:>8.2f} {build:>7.2f}")


if __name__ == "__main__":
    main()
