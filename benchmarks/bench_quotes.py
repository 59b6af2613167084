"""Benchmark the quote rule: quotes/s and MB/s on a generated corpus, plus adversarial inputs.

Run: ``python benchmarks/bench_quotes.py`` (plain script, no asserts; prints a table).
MB = 10^6 UTF-8 bytes. Times are CPU time (``time.process_time``); the corpus line gives the
median and the best of 7 runs (the machine may be shared: compare medians taken in one run).
"""

from __future__ import annotations

import functools
import random
import re
import statistics
import time
from collections.abc import Callable

from newsparse import find_quotes

NAMES = ["Ana Ruiz", "Tomas Berg", "Priya Nair", "Kofi Mensah", "Li Wei", "Sarah Whitfield", "Omar Haddad"]
VERBS = ["said", "told reporters", "added", "noted", "warned", "insisted", "stressed"]
CLAUSES = [
    "the new line would open before the end of the year",
    "funding for the clinics had been secured for another decade",
    "the committee would publish its findings in the spring",
    "prices at the port had fallen for a third month",
    "talks with the unions were making slow but steady progress",
]
FILLER = [
    "The river rose by two metres overnight and several roads in the valley were closed.",
    "Shops in the old town reopened on Monday after a week of repairs.",
    "The 12-member panel met for the third time this month.",
    "Rail services between the two cities were cut to one train an hour.",
]


def article(rng: random.Random) -> str:
    """Return one generated article of roughly 5–8 KB in the usual shapes."""
    paras: list[str] = []
    for _ in range(rng.randint(14, 22)):
        name = rng.choice(NAMES)
        shape = rng.randrange(12)
        clause = rng.choice(CLAUSES)
        if shape == 0:
            paras.append(f"“{clause[0].upper()}{clause[1:]},” {name} said. “We are ready for it.”")
        elif shape == 1:
            paras.append(f"{name} {rng.choice(VERBS)} that {clause}. {rng.choice(FILLER)}")
        elif shape == 2:
            paras.append(f"He said {clause}, noting that the players' union and the council can't agree.")
        elif shape == 3:
            paras.append(f"{clause[0].upper()}{clause[1:]}, officials said. {rng.choice(FILLER)}")
        elif shape == 4:
            paras.append(f"According to {name}, {clause}. The so-called “plan B” was shelved in the '90s.")
        elif shape == 5:
            paras.append(f'{name}, a spokesperson for the ministry, said: "{clause[0].upper()}{clause[1:]}."')
        else:  # about half the paragraphs carry no quote, as in real reports
            paras.append(" ".join(rng.choice(FILLER) for _ in range(3)))
    return "\n".join(paras)


def cpu_runs(fn: Callable[[], object], repeat: int = 5) -> list[float]:
    """Return the CPU time of each of ``repeat`` calls of ``fn``."""
    times = []
    for _ in range(repeat):
        t0 = time.process_time()
        fn()
        times.append(time.process_time() - t0)
    return times


def cpu(fn: Callable[[], object], repeat: int = 5) -> float:
    """Return the best CPU time of ``repeat`` calls of ``fn``."""
    return min(cpu_runs(fn, repeat))


def main() -> None:
    rng = random.Random(7)
    corpus = [article(rng) for _ in range(300)]
    mb = sum(len(a.encode("utf-8")) for a in corpus) / 1e6
    n_quotes = sum(len(find_quotes(a)) for a in corpus)
    runs = cpu_runs(lambda: [find_quotes(a) for a in corpus], repeat=7)
    t = statistics.median(runs)
    span_pass = re.compile(r"“[^“”\n]*”|\"[^\"\n]*\"")
    t_ref = cpu(lambda: [list(span_pass.finditer(a)) for a in corpus], repeat=3)
    print(f"corpus: {len(corpus)} articles, {mb:.2f} MB, {n_quotes} quotes")
    print(
        f"find_quotes: {mb / t:.2f} MB/s median (best {mb / min(runs):.2f}), {n_quotes / t:,.0f} quotes/s,"
        f" {len(corpus) / t:,.0f} articles/s"
    )
    print(f"reference quote-span finditer pass: {mb / t_ref:.1f} MB/s (ratio {t_ref / t:.3f})")

    one_mb = "\n".join(corpus)[:1_000_000]
    adversarial = {
        "ordinary 1 MB (one text)": one_mb,
        "ordinary 1 MB on one line": one_mb.replace("\n", " "),
        "1 MB paragraph of quote marks and apostrophes": ("\"a' 'b\" “c ‘d’ e’s '90s « » „ ' \" ” ") * 29_000,
        "1 MB of straight double quotes": '"' * 1_000_000,
        "1 MB of apostrophes and s'": "players' " * 111_000,
        "1 MB of cues without clauses": "he said, she said; they added: " * 32_000,
        "1 MB of unclosed opening quotes": "“a " * 333_000,
    }
    base = None
    for label, text in adversarial.items():
        size = len(text.encode("utf-8")) / 1e6
        t = cpu(functools.partial(find_quotes, text), repeat=1)
        base = base or t / size
        print(
            f"{label:48s} {size:5.2f} MB {t:6.3f} s  {size / t:6.2f} MB/s  x{(t / size) / base:.2f} per byte"
        )
    for label, unit in (("quote marks", "\"a' “b” "), ("cues", "he said that it was. ")):
        times = []
        for n in (20_000, 80_000):
            text = unit * (n // len(unit))
            times.append(cpu(functools.partial(find_quotes, text), repeat=3))
        print(f"growth t(80k)/t(20k) for {label}: {times[1] / max(times[0], 1e-9):.2f} (linear = 4)")


if __name__ == "__main__":
    main()
