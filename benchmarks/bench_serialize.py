"""to_dict and from_dict on parsed articles: from_dict must stay within 2x of to_dict.

Run: ``python benchmarks/bench_serialize.py [--rounds 20]``. Times both over the example
articles and the golden cases (best of three runs each) and prints the ratio; also the JSON
round trip with the standard library for scale.
"""

from __future__ import annotations

import argparse
import json
import time
from collections.abc import Callable, Sequence
from pathlib import Path

import newsparse

ROOT = Path(__file__).resolve().parents[1]


def best(fn: Callable[[object], object], values: Sequence[object], rounds: int) -> float:
    times = []
    for _ in range(3):
        start = time.perf_counter()
        for _ in range(rounds):
            for v in values:
                fn(v)
        times.append(time.perf_counter() - start)
    return min(times)


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--rounds", type=int, default=20)
    args = ap.parse_args()
    paths = sorted((ROOT / "examples").glob("*.txt")) + sorted((ROOT / "tests/cases/articles").glob("*.txt"))
    articles = [newsparse.parse(p.read_bytes().decode("utf-8")) for p in paths]
    dicts = [newsparse.to_dict(a) for a in articles]
    lines = [json.dumps(d) for d in dicts]
    n = len(articles) * args.rounds
    to_s = best(newsparse.to_dict, articles, args.rounds)  # type: ignore[arg-type]
    from_s = best(newsparse.from_dict, dicts, args.rounds)  # type: ignore[arg-type]
    loads_s = best(json.loads, lines, args.rounds)  # type: ignore[arg-type]
    print(f"{len(articles)} articles x {args.rounds}")
    print(f"to_dict    {n / to_s:8.0f} articles/s")
    print(
        f"from_dict  {n / from_s:8.0f} articles/s   from_dict / to_dict time = {from_s / to_s:.2f} (bar: 2.0)"
    )
    print(f"json.loads {n / loads_s:8.0f} articles/s   (for scale)")


if __name__ == "__main__":
    main()
