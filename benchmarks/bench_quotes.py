"""Benchmark the quote rule: quotes/s and MB/s on a generated corpus, plus adversarial inputs.

Run: ``python benchmarks/bench_quotes.py`` (plain script, no asserts; prints a table).
MB = 10^6 UTF-8 bytes. Times are CPU time (``time.process_time``); the corpus line gives the
median and the best of 7 runs (the machine may be shared: compare medians taken in one run).

It also times the rule alone over the real corpus when ``../shared/corpus/texts`` exists (each
document first holds the items of the rules that run before quotes, as in a parse), with the
MB/s of the rule's own stages (cue scan, mark offsets and pairing, sentence splitting), and the
growth of two shapes from issue #13: many distinct speakers and a quote continued over many
paragraphs (linear = 2.0 for twice the input).
"""

from __future__ import annotations

import bisect
import functools
import random
import re
import statistics
import time
from collections.abc import Callable
from pathlib import Path

import newsparse
from newsparse import Document, QuoteRule, find_quotes
from newsparse.rules.quotes import patterns as pat
from newsparse.rules.quotes.marks import pair_marks
from newsparse.rules.quotes.rule import paragraphs
from newsparse.rules.quotes.state import State
from newsparse.rules.quotes.vocab import default_vocab
from newsparse.text.sentences import line_sentences

CORPUS = Path(__file__).resolve().parents[2] / "shared" / "corpus" / "texts"

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


def real_corpus() -> None:
    """The rule alone over the real corpus, on documents holding the earlier rules' items."""
    paths = sorted(CORPUS.rglob("*.txt")) if CORPUS.is_dir() else []
    if not paths:
        print(f"real corpus: not found at {CORPUS}")
        return
    texts = [p.read_text(encoding="utf-8") for p in paths]
    names = newsparse.default_parser.names
    before = newsparse.default_parser.without(*names[names.index("quotes") :])
    docs = [before.run(Document.from_text(t)) for t in texts]
    mb = sum(len(t.encode("utf-8")) for t in texts) / 1e6
    rule = QuoteRule()
    runs = cpu_runs(lambda: [list(rule(d)) for d in docs], repeat=7)
    print(
        f"real corpus: {len(texts)} texts, {mb:.2f} MB, rule alone {mb / statistics.median(runs):.2f} MB/s"
        f" median (best {mb / min(runs):.2f})"
    )
    stages(docs, mb, min(runs))


def stages(docs: list[Document], mb: float, t_rule: float) -> None:
    """The rule's own stages over the same documents: MB/s and share of the rule's best time.

    The rest of the rule's time is attribution and speaker resolution (``attribution``,
    ``speakers``, and for the six other languages ``languages``), timed by difference.
    """
    texts = [d.text for d in docs]
    vocab = default_vocab()
    cue_re = vocab.cue_re
    paras = [[(ps, pe) for ps, pe, _ in paragraphs(State(d, vocab, False, "quotes"))] for d in docs]
    marks = [[m.start() for m in pat.MARKS.finditer(t)] for t in texts]
    figures = {
        "cue pattern, plain finditer (for reference)": cpu(lambda: [list(cue_re.finditer(t)) for t in texts]),
        "cues: letter runs + anchors (cue_spans)": cpu(lambda: [pat.cue_spans(t, cue_re) for t in texts]),
        "quote-mark offsets, one scan per text": cpu(
            lambda: [[m.start() for m in pat.MARKS.finditer(t)] for t in texts]
        ),
        "mark pairing, every paragraph with a mark": cpu(
            lambda: [
                pair_marks(t, ps, pe, None, mk)
                for t, ps_, mk in zip(texts, paras, marks, strict=True)
                for ps, pe in ps_
                if bisect.bisect_left(mk, ps) < bisect.bisect_left(mk, pe)
            ]
        ),
        "sentence split, every paragraph (upper bound)": cpu(
            lambda: [line_sentences(t, ps, pe) for t, ps_ in zip(texts, paras, strict=True) for ps, pe in ps_]
        ),
    }
    for label, t in figures.items():
        print(f"  {label:46s} {mb / t:7.1f} MB/s  {100 * t / t_rule:5.1f}% of the rule")


def growth() -> None:
    """Time for twice the input, for the shapes that were quadratic (#13)."""
    shapes: dict[str, Callable[[int], str]] = {
        "many distinct speakers (sentences)": lambda k: "".join(
            f"Ana{_letters(i)} Berg{_letters(i)} said that the plan would work. " for i in range(k)
        ),
        "unclosed-quote paragraphs": lambda k: "“This goes on\n\n" * k,
    }
    for label, make in shapes.items():
        sizes = (16_000, 32_000)
        times = [cpu(functools.partial(find_quotes, make(k)), repeat=1) for k in sizes]
        print(
            f"growth {label}: t({sizes[0]:,}) {times[0]:.2f} s, t({sizes[1]:,}) {times[1]:.2f} s,"
            f" ratio {times[1] / max(times[0], 1e-9):.2f} (linear = 2)"
        )


def _letters(i: int) -> str:
    out = ""
    while True:
        i, r = divmod(i, 26)
        out += "abcdefghijklmnopqrstuvwxyz"[r]
        if i == 0:
            return out


if __name__ == "__main__":
    main()
    real_corpus()
    growth()
