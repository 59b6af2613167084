"""Time and peak memory of the whole parser at 1, 10 and 50 MB, for ordinary and adversarial text.

Run: ``python benchmarks/scale.py [--sizes 1,10] [--shapes speakers,blank] [--budget 120]``.
1 MB = 10**6 code points. Each shape is one document built by repeating a unit until it reaches
the size. For every shape it prints seconds, s/MB, peak traced memory (tracemalloc) as a multiple
of the input size, and the growth ratio from the previous size (time and memory); linear work
gives a time ratio equal to the size ratio. A size whose time, projected from the growth seen
at the smaller sizes, exceeds ``--budget`` seconds is skipped (the projection is printed
instead), so that one quadratic shape cannot hold the whole run for hours. No asserts: the
figures go in docs/performance.md.

Time and memory are measured in separate runs, because tracemalloc slows allocation-heavy
code several times over; memory is traced up to ``--memory-max-mb`` (default 2 MB).
"""

from __future__ import annotations

import argparse
import gc
import math
import time
import tracemalloc
from collections.abc import Callable, Iterator
from pathlib import Path

import newsparse

ROOT = Path(__file__).resolve().parents[1]
MB = 1_000_000

FIRST = ("Ana", "Bela", "Chidi", "Dara", "Emeka", "Farah", "Goran", "Hana", "Ivo", "Jun", "Kemal", "Lior")
LAST = ("Ruiz", "Okafor", "Lindqvist", "Mensah", "Tanaka", "Novak", "Haddad", "Costa", "Petrov", "Walsh")


def _ordinary() -> Iterator[str]:
    texts = [p.read_text(encoding="utf-8") for p in sorted((ROOT / "examples").glob("*.txt"))]
    if not texts:
        texts = [
            'Officials said the road would reopen.\n"It is safe," said Ana Ruiz.\nAlso Read: Rail fares\n'
        ]
    while True:
        for text in texts:
            yield text + "\n\n"


def _speaker_names() -> Iterator[str]:
    # Distinct full names without end: a numbered middle part keeps every name new, as in a
    # day of wire copy where each story quotes different people.
    n = 0
    while True:
        for first in FIRST:
            for last in LAST:
                yield f"{first} {_word(n)} {last}"
                n += 1


def _word(n: int) -> str:
    # A capitalised pseudo-name from a number: 0 -> "Ba", 1 -> "Be", ... (letters only).
    consonants, vowels = "bdfgklmnprstvz", "aeiou"
    out = []
    n += 1
    while n:
        n, r = divmod(n, len(consonants) * len(vowels))
        out.append(consonants[r // len(vowels)] + vowels[r % len(vowels)])
    return "".join(out).capitalize()


def _many_speakers() -> Iterator[str]:
    for name in _speaker_names():
        yield f"{name} said that the plan would work. "


def _unclosed_quotes() -> Iterator[str]:
    while True:
        yield '"The council will vote on the plan next week and the result is far from certain\n\n'


def _by_lines() -> Iterator[str]:
    for name in _speaker_names():
        yield f"By {name}\n"


def _captions() -> Iterator[str]:
    while True:
        yield "Rescue workers search the rubble of a collapsed building. (Photo: AP/File)\n"


def _blank_lines() -> Iterator[str]:
    while True:
        yield "\n"


def _one_line() -> Iterator[str]:
    # A scrape that lost every line break: the ordinary articles joined with spaces.
    for text in _ordinary():
        yield " ".join(text.split()) + " "


def _punctuation() -> Iterator[str]:
    while True:
        yield "!?.,;:'\"“”‘’()[]-–—…/\\@#" * 4 + " "


SHAPES: dict[str, Callable[[], Iterator[str]]] = {
    "ordinary": _ordinary,
    "speakers": _many_speakers,
    "unclosed_quotes": _unclosed_quotes,
    "by_lines": _by_lines,
    "captions": _captions,
    "blank": _blank_lines,
    "one_line": _one_line,
    "punctuation": _punctuation,
}


def build(shape: str, size: int) -> str:
    """One document of ``shape``, exactly ``size`` code points long."""
    parts: list[str] = []
    total = 0
    for unit in SHAPES[shape]():
        parts.append(unit)
        total += len(unit)
        if total >= size:
            break
    return "".join(parts)[:size]


def seconds(text: str) -> float:
    gc.collect()
    start = time.perf_counter()
    newsparse.parse(text)
    return time.perf_counter() - start


def peak_bytes(text: str) -> int:
    gc.collect()
    tracemalloc.start()
    try:
        newsparse.parse(text)
        return tracemalloc.get_traced_memory()[1]
    finally:
        tracemalloc.stop()


def _projected(history: list[tuple[int, float]], size: int) -> float:
    """Seconds the next size would take, from the growth seen so far (never below linear)."""
    (s1, t1), (s2, t2) = (history[-2] if len(history) > 1 else history[-1]), history[-1]
    exponent = max(1.0, math.log(t2 / t1) / math.log(s2 / s1)) if s2 > s1 and t1 > 0 and t2 > 0 else 1.0
    return t2 * (size / s2) ** exponent


def run_shape(shape: str, sizes: list[float], budget: float, memory_max_mb: float) -> None:
    history: list[tuple[int, float]] = []  # (size, seconds)
    last_peak = 0
    for mb in sizes:
        size = int(mb * MB)
        if history and (projected := _projected(history, size)) > budget:
            print(
                f"{shape:<16} {mb:>5g} MB  skipped: projected {projected:.0f} s > budget {budget:g} s",
                flush=True,
            )
            continue
        text = build(shape, size)
        secs = seconds(text)
        memory = mb <= memory_max_mb
        peak = peak_bytes(text) if memory else 0
        line = f"{shape:<16} {mb:>5g} MB  {secs:8.2f} s  {secs / mb:6.2f} s/MB"
        if memory:
            line += f"  peak {peak / size:6.1f}× input"
        if history:
            prev_size, prev_secs = history[-1]
            line += f"  | ×{size / prev_size:g} size: time ×{secs / prev_secs:.2f}"
            if memory and last_peak:
                line += f", memory ×{peak / last_peak:.2f}"
        print(line, flush=True)
        history.append((size, secs))
        last_peak = peak


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument(
        "--sizes", default="1,10", help="sizes in MB, comma-separated (default 1,10; try 1,10,50)"
    )
    ap.add_argument("--shapes", default=",".join(SHAPES), help="shapes to run (default: all)")
    ap.add_argument(
        "--budget",
        type=float,
        default=120.0,
        help="skip a size whose time, projected from the smaller sizes, exceeds this many seconds",
    )
    ap.add_argument(
        "--memory-max-mb",
        type=float,
        default=2.0,
        help="trace peak memory only up to this size (tracemalloc slows parsing several times; "
        "the peak per input byte is flat across sizes); 0 for none",
    )
    args = ap.parse_args()
    sizes = [float(s) for s in args.sizes.split(",")]
    shapes = args.shapes.split(",")
    for shape in shapes:
        if shape not in SHAPES:
            ap.error(f"unknown shape {shape!r}; the shapes are: {', '.join(SHAPES)}")
    newsparse.parse("Warm up the lazy patterns. “Yes,” said Ana Ruiz.\nAlso Read: x\n")
    for shape in shapes:
        run_shape(shape, sizes, args.budget, args.memory_max_mb)


if __name__ == "__main__":
    main()
