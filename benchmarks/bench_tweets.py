"""Timings for tweets and tweet entities on adversarial and ordinary input.

Run: ``python benchmarks/bench_tweets.py`` from the repository root. Prints one line per
input: its size, the best of three runs, and the throughput. Time must grow linearly with
size: each adversarial input is timed at two sizes, and the ratio is printed.
"""

from __future__ import annotations

import time
from collections.abc import Callable
from pathlib import Path

from newsparse import find_tweets, tweet_entities

SEED = Path(__file__).resolve().parents[2] / "shared" / "seed" / "seed-article.txt"


def _best(func: Callable[[str], object], text: str, runs: int = 3) -> float:
    best = float("inf")
    for _ in range(runs):
        start = time.perf_counter()
        func(text)
        best = min(best, time.perf_counter() - start)
    return best


def _inputs(scale: int) -> dict[str, str]:
    signed = "Night buses return #CityBudget https://t.co/Ab12Cd34Ef\n— Metro Desk (@metro_desk) November 22, 2025\n"
    return {
        **{
            f"url + {c!r} x{10_000 * scale}": "see http://example.com/path" + c * (10_000 * scale)
            for c in ".,!@#"
        },
        f"one line, {scale} MB": ("Word @user #tag $TSLA http://a.com/x — N (@h) " * (22_000 * scale))[
            : 1_000_000 * scale
        ],
        f"dots, {scale} MB": "a." * (500_000 * scale),
        f"CJK + .com, {scale} MB": "日本語.com" * (150_000 * scale),
        f"'(@' runs, {scale} MB": "(@a)" * (250_000 * scale),
        f"signed posts, {scale} MB": (signed * (1 + 1_000_000 * scale // len(signed)))[: 1_000_000 * scale],
    }


def main() -> None:
    """Time every input at two sizes with both entry points."""
    small, large = _inputs(1), _inputs(2)
    print(f"{'input':34} {'function':15} {'size':>9} {'best s':>8} {'MB/s':>7} {'x2 ratio':>8}")
    for (name, text), text2 in zip(small.items(), large.values(), strict=True):
        for func in (tweet_entities, find_tweets):
            t1, t2 = _best(func, text), _best(func, text2)
            mbs = len(text) / 1e6 / t1 if t1 else float("inf")
            print(f"{name:34} {func.__name__:15} {len(text):9} {t1:8.3f} {mbs:7.2f} {t2 / t1:8.2f}")
    if SEED.is_file():
        article = SEED.read_text(encoding="utf-8")
        t = _best(find_tweets, article * 400)
        print(
            f"seed article x400 ({len(article) * 400} chars): find_tweets {len(article) * 400 / 1e6 / t:.2f} MB/s"
        )


if __name__ == "__main__":
    main()
