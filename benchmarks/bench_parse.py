"""The one benchmark of the whole parser: throughput, per rule, cold start, memory, ceiling.

Run: ``python benchmarks/bench_parse.py [--mb 2] [--articles 300] [--adversarial-mb 0.3]``. Prints, all measured in
the same run so that the ratios compare across machines:

* whole-parse MB/s (1 MB = 10**6 code points) over a generated corpus of varied articles
  (our own example and case articles, varied deterministically: names swapped, joined into
  one-line scrapes, CRLF line ends, trimmed), and articles/s;
* per-rule MB/s inside the default parser (each rule timed on the document it really sees);
* a **one-regex-pass ceiling**: one ``finditer`` of a trivial pattern over the same corpus —
  ``parse time / ceiling time`` is the machine-independent figure;
* cold start: a fresh interpreter's ``import newsparse`` plus its first parse, beyond
  importing attrs / regex / dateutil (median of 5 runs), and the patterns compiled by then;
* peak memory (tracemalloc) of one parse of 2 MB of ordinary article text, as a multiple of
  its size;
* adversarial inputs: time per code point ÷ the ordinary corpus's, and its growth from a quarter
  of the size to the whole (a parse linear in the input's length keeps it near 1).

No asserts: speed goals live here, not in timed tests (the machine is shared and noisy).
"""

from __future__ import annotations

import argparse
import random
import statistics
import subprocess
import sys
import time
import tracemalloc
from pathlib import Path

import regex

import newsparse
from newsparse import Document
from newsparse._parser import run_rule

ROOT = Path(__file__).resolve().parents[1]

NAMES = ("Ana Ortiz", "Tom Ellis", "Priya Nair", "Kwame Mensah", "Li Wei", "Sofia Rossi", "Jon Hale")


def base_articles() -> list[str]:
    """Our own example and golden-case articles (or one built-in article when absent)."""
    paths = sorted((ROOT / "examples").glob("*.txt")) + sorted((ROOT / "tests/cases/articles").glob("*.txt"))
    texts = [p.read_text(encoding="utf-8") for p in paths]
    return texts or ["Officials said the road would reopen.\nAlso Read: Rail fares rise\n" * 20]


def vary(text: str, rng: random.Random) -> str:
    """One deterministic variant of an article, in a shape scrapers produce."""
    for name in NAMES:
        if name in text:
            text = text.replace(name, rng.choice(NAMES))
    shape = rng.random()
    if shape < 0.2:  # a CSV cell: the whole article joined into one line
        return "  ".join(line.strip() for line in text.splitlines() if line.strip())
    if shape < 0.3:
        return text.replace("\n", "\r\n")
    if shape < 0.4:  # a truncated scrape
        return text[: max(200, len(text) * 2 // 3)]
    return text


def generated_corpus(articles: int, seed: int = 8) -> list[str]:
    """``articles`` varied articles built from :func:`base_articles`."""
    rng = random.Random(seed)
    bases = base_articles()
    return [vary(bases[i % len(bases)], rng) for i in range(articles)]


def bench_corpus(texts: list[str]) -> float:
    """Print whole-parse and per-rule throughput; return the whole-parse seconds."""
    size = sum(map(len, texts))
    # One whole pass first: patterns compile lazily on first use (the cold start is measured
    # separately), and a corpus of millions of articles pays each compilation once, so the
    # steady-state figure is the one that extrapolates.
    for text in texts:
        newsparse.parse(text)
    start = time.perf_counter()
    for text in texts:
        newsparse.parse(text)
    elapsed = time.perf_counter() - start
    print(
        f"whole parser: {size / 1e6:.2f} MB, {len(texts)} articles in {elapsed:.2f} s = "
        f"{size / 1e6 / elapsed:.2f} MB/s ({len(texts) / elapsed:.0f} articles/s)"
    )
    per_rule: dict[str, float] = dict.fromkeys(newsparse.default_parser.names, 0.0)
    overhead = 0.0
    for text in texts:
        t0 = time.perf_counter()
        doc = Document.from_text(text)
        overhead += time.perf_counter() - t0
        for name, rule in newsparse.default_parser.rules:
            t0 = time.perf_counter()
            items = run_rule(rule, doc, name)
            per_rule[name] += time.perf_counter() - t0
            t0 = time.perf_counter()
            doc = doc.with_items(items)
            overhead += time.perf_counter() - t0
    for name, secs in per_rule.items():
        print(f"  {name:<14} {size / 1e6 / max(secs, 1e-9):8.2f} MB/s  {100 * secs / elapsed:5.1f} %")
    print(
        f"  {'document':<14} {size / 1e6 / max(overhead, 1e-9):8.2f} MB/s  {100 * overhead / elapsed:5.1f} %"
    )
    return elapsed


def bench_ceiling(texts: list[str], parse_seconds: float) -> None:
    """Time one trivial regex pass over the corpus, the machine's yardstick."""
    pattern = regex.compile(r"[\"“”«»]|\bsaid\b")
    start = time.perf_counter()
    for text in texts:
        for _ in pattern.finditer(text):
            pass
    ceiling = time.perf_counter() - start
    size = sum(map(len, texts))
    print(
        f"one-regex-pass ceiling: {size / 1e6 / ceiling:.1f} MB/s; "
        f"parse time = {parse_seconds / ceiling:.1f} x one regex pass"
    )


COLD = """
import sys, time
import attrs, regex, dateutil.parser, dateutil.tz
t0 = time.perf_counter()
import newsparse
t1 = time.perf_counter()
newsparse.parse(sys.stdin.read())
t2 = time.perf_counter()
import regex._main as rm
print(t1 - t0, t2 - t1, len(rm._cache))
"""


def bench_cold_start(sample: str, runs: int = 5) -> None:
    """Median import and first-parse time of a fresh interpreter, beyond the dependencies."""
    imports, firsts, compiled = [], [], 0
    for _ in range(runs):
        out = subprocess.run(
            [sys.executable, "-c", COLD], input=sample, capture_output=True, text=True, check=True
        ).stdout.split()
        imports.append(float(out[0]))
        firsts.append(float(out[1]))
        compiled = int(out[2])
    imp, first = statistics.median(imports), statistics.median(firsts)
    print(
        f"cold start: import {imp * 1000:.0f} ms + first parse {first * 1000:.0f} ms = "
        f"{(imp + first) * 1000:.0f} ms ({compiled} regex patterns compiled)"
    )


def bench_memory(texts: list[str], megabytes: float = 2.0) -> None:
    """Peak traced memory of one parse of ``megabytes`` of ordinary text, per input byte."""
    joined = "\n\n".join(texts)
    doc = (joined * (int(megabytes * 1e6 / max(len(joined), 1)) + 1))[: int(megabytes * 1e6)]
    tracemalloc.start()
    newsparse.parse(doc)
    _, peak = tracemalloc.get_traced_memory()
    tracemalloc.stop()
    blank = "\n" * int(megabytes * 1e6)
    tracemalloc.start()
    newsparse.parse(blank)
    _, peak_blank = tracemalloc.get_traced_memory()
    tracemalloc.stop()
    print(
        f"peak memory: {peak / 1e6:.0f} MB for {megabytes:g} MB of articles ({peak / len(doc):.1f}x); "
        f"{peak_blank / 1e6:.0f} MB for {megabytes:g} MB of blank lines ({peak_blank / len(blank):.1f}x)"
    )


ADVERSARIAL = {
    "one-line scrape": lambda n: ("Officials said that the road would reopen, he added. " * (n // 54 + 1))[
        :n
    ],
    "quote marks and apostrophes": lambda n: (
        "“It’s” 'a' \"b\" players' rock 'n' roll „x“ «y» " * (n // 45 + 1)
    )[:n],
    "unclosed quotes": lambda n: ("“This goes on and on\n\n" * (n // 22 + 1))[:n],
    "many speakers": lambda n: "".join(
        f"Person{i} Name{i} said that the plan would work. " for i in range(n // 48 + 1)
    )[:n],
    "URL then commas": lambda n: "http://x.com/" + "," * n,
    "at signs": lambda n: "@" * n,
    "blank lines": lambda n: "\n" * n,
    "dashes and handles": lambda n: ("— A (@b) " * (n // 9 + 1))[:n],
    "label spam": lambda n: ("Also Read: " * (n // 11 + 1))[:n],
    "By lines": lambda n: ("By Jane Roe\n" * (n // 12 + 1))[:n],
    # Shapes aimed at the later rules (line-shape scoring, byline candidates, the label trie,
    # one-line tweet scrapes, attribution and the speaker trackers, the language tables).
    "said, no subject": lambda n: ("said " * (n // 5 + 1))[:n],
    "according to, no source": lambda n: ("according to " * (n // 13 + 1))[:n],
    "quotes with a bare cue": lambda n: ("“Yes,” said.\n" * (n // 13 + 1))[:n],
    "unique speakers (fr)": lambda n: "".join(f"« Oui », a dit {_word(i)}. " for i in range(n // 16))[:n],
    "unique speakers (es)": lambda n: "".join(f"«No», dijo {_word(i)} ayer. " for i in range(n // 18))[:n],
    "footer word, long gap": lambda n: (("Privacy Policy" + " " * 1400 + "x\n") * (n // 1416 + 1))[:n],
    "teasers cut with ...": lambda n: ("The minister spoke about the budget today ...\n" * (n // 46 + 1))[:n],
    "Lire aussi lines": lambda n: ("Lire aussi\nLe marché progresse\n" * (n // 30 + 1))[:n],
    "यह भी पढ़ें lines": lambda n: ("यह भी पढ़ें: बाजार में तेजी\n" * (n // 27 + 1))[:n],
    "label over piped titles": lambda n: ("READ MORE | Storm hits | Rates hold | " * (n // 38 + 1))[:n],
    "Por / Von / Par lines": lambda n: ("Por Ana Ruiz\nVon Jan Roth\nPar Luc Noir\n" * (n // 38 + 1))[:n],
    "unbalanced « „ “": lambda n: ("« « » „ “ “ " * (n // 12 + 1))[:n],
    "Devanagari, no danda": lambda n: ("मंत्री ने कहा कि योजना सफल होगी और अधिकारियों ने " * (n // 48 + 1))[:n],
    "signatures": lambda n: ("— Some Person (@handle) November 21, 2025\n" * (n // 42 + 1))[:n],
}


def _word(i: int) -> str:
    """A capitalised made-up word, different for every ``i`` (a surname no table knows)."""
    out = ""
    i += 700
    while i:
        i, r = divmod(i, 85)
        out += "bcdfghjklmnprstvz"[r % 17] + "aeiou"[r // 17]
    return out.capitalize()


def bench_adversarial(per_char_ordinary: float, size: int = 300_000) -> None:
    """Time per code point of odd inputs, as a multiple of ordinary articles', and its growth:
    the time per code point at ``size`` over that at ``size / 4`` (about 1 when the parse is
    linear in the input's length, 4 when quadratic; above 1.6 is worth a profile)."""
    for name, make in ADVERSARIAL.items():
        newsparse.parse(make(2_000))  # compile what this shape needs: cold start is measured apart
        per_char = []
        for n in (size // 4, size):
            text = make(n)
            start = time.perf_counter()
            newsparse.parse(text)
            per_char.append((time.perf_counter() - start) / max(len(text), 1))
        print(
            f"  {name:<28} {per_char[1] * size:6.2f} s per {size / 1e6:.1f} MB = "
            f"{per_char[1] / per_char_ordinary:5.2f}x ordinary, growth {per_char[1] / max(per_char[0], 1e-12):4.2f}"
        )


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument(
        "--articles", type=int, default=300, help="articles in the generated corpus (default 300)"
    )
    ap.add_argument("--mb", type=float, default=2.0, help="size for the memory check in MB (default 2)")
    ap.add_argument("--skip-adversarial", action="store_true")
    ap.add_argument(
        "--adversarial-mb",
        type=float,
        default=0.3,
        help="size of each adversarial input in MB (default 0.3; some quadratic faults only show"
        " from 1 MB up, e.g. one unterminated line holding thousands of cues)",
    )
    args = ap.parse_args()
    texts = generated_corpus(args.articles)
    bench_cold_start(texts[0])
    seconds = bench_corpus(texts)
    bench_ceiling(texts, seconds)
    bench_memory(texts, args.mb)
    if not args.skip_adversarial:
        print("adversarial inputs (time per code point ÷ ordinary):")
        bench_adversarial(seconds / sum(map(len, texts)), int(args.adversarial_mb * 1_000_000))


if __name__ == "__main__":
    main()
