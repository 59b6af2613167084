"""Articles per second in one process, in a 2-process ``parse_many`` pool and on 2 Dask workers.

Run: ``python benchmarks/bench_scale_out.py [--articles 2000] [--workers 2]``. Every run does
the same work — parse each text and turn it into ``to_dict`` plain data — on the example
articles repeated. Two efficiencies per parallel run, both 1.0 when perfect (goal ≥ 0.9):

- speed-up efficiency = (1-process wall time ÷ parallel wall time) ÷ workers: what you get on
  an otherwise idle machine, and what other work on a shared machine takes away;
- CPU efficiency = 1-process CPU seconds ÷ CPU seconds of every process of the parallel run
  (workers, and this process as parent, scheduler or client): the share of the CPU spent
  parsing rather than shipping data, pickling and coordinating. Other load does not change it.

Start-up (the pool's or cluster's, and each worker's warm-up parse) is left out of both: it is
paid once per run, not per article.
"""

from __future__ import annotations

import argparse
import os
import resource
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

import newsparse

ROOT = Path(__file__).resolve().parents[1]


def corpus(n: int) -> list[str]:
    texts = [p.read_bytes().decode("utf-8") for p in sorted((ROOT / "examples").glob("*.txt"))]
    return [texts[i % len(texts)] for i in range(n)]


def parse_to_dicts(texts: list[str]) -> list[dict[str, Any]]:
    """What each partition or chunk does: parse, then plain data."""
    return [newsparse.to_dict(newsparse.parse(t)) for t in texts]


def timed(fn: Callable[[], object]) -> tuple[float, float]:
    """Wall seconds and this process's CPU seconds that ``fn()`` takes."""
    wall, cpu = time.perf_counter(), time.process_time()
    fn()
    return time.perf_counter() - wall, time.process_time() - cpu


def children_cpu() -> float:
    """CPU seconds of this process's children that have ended (a pool's, once shut down)."""
    usage = resource.getrusage(resource.RUSAGE_CHILDREN)
    return usage.ru_utime + usage.ru_stime


def one_process(texts: list[str]) -> tuple[float, float]:
    newsparse.parse(texts[0])  # warm, as the workers are
    return timed(lambda: parse_to_dicts(texts))


def pool_run(texts: list[str], workers: int) -> tuple[float, float]:
    """Wall seconds of the steady state, and CPU seconds of the whole run (parent and workers)."""
    from newsparse._batch import iter_dicts  # the pool parse_many and the CLI use

    before = children_cpu()
    stream = iter_dicts(iter([texts[0]] * workers + texts), workers, None, 32)
    for _ in range(workers):  # the pool is up and every worker warm
        next(stream)
    wall, own_cpu = timed(lambda: sum(1 for _ in stream))
    return wall, own_cpu + children_cpu() - before


def pool(texts: list[str], workers: int) -> tuple[float, float]:
    """Steady-state wall seconds and CPU seconds, the cost of starting warm workers taken out."""
    _, startup_cpu = pool_run(texts[:1], workers)
    wall, cpu = pool_run(texts, workers)
    return wall, cpu - startup_cpu


def dask_workers(texts: list[str], workers: int) -> tuple[float, float] | None:
    """Wall seconds, and CPU seconds of the workers plus this process (scheduler, client)."""
    try:
        import dask.bag as db
        from dask.distributed import Client, LocalCluster
    except ImportError:
        return None
    with (
        LocalCluster(
            n_workers=workers, threads_per_worker=1, processes=True, dashboard_address=None
        ) as cluster,
        Client(cluster) as client,
    ):
        client.run(lambda: newsparse.parse("Warm up said the mayor."))
        bag = db.from_sequence(texts, npartitions=max(workers * 8, len(texts) // 64))
        before = client.run(time.process_time)
        wall, own_cpu = timed(lambda: bag.map_partitions(parse_to_dicts).compute())
        after = client.run(time.process_time)
    return wall, own_cpu + sum(after[k] - before[k] for k in after)


def report(name: str, n: int, wall: float, cpu: float, base: tuple[float, float], workers: int) -> None:
    base_wall, base_cpu = base
    print(
        f"{name:<18} {n / wall:7.0f} articles/s  speed-up efficiency {base_wall / wall / workers:.2f}"
        f"  CPU efficiency {base_cpu / cpu:.2f}"
    )


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--articles", type=int, default=2000)
    ap.add_argument("--workers", type=int, default=2)
    args = ap.parse_args()
    texts = corpus(args.articles)
    n, w = len(texts), args.workers
    print(
        f"{n} articles ({sum(map(len, texts)) / 1e6:.1f} MB), {os.cpu_count()} CPUs, load {os.getloadavg()}"
    )
    base = one_process(texts)
    print(f"{'1 process':<18} {n / base[0]:7.0f} articles/s  ({base[1]:.2f} CPU s)")
    report(f"{w}-process pool", n, *pool(texts, w), base, w)
    found = dask_workers(texts, w)
    if found is None:
        print("dask: not installed (pip install 'dask[distributed]')")
    else:
        report(f"{w} Dask workers", n, *found, base, w)
    print(f"load average after: {os.getloadavg()}")


if __name__ == "__main__":
    main()
