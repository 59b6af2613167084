"""Fit the byline line scorer's weights on opened annotated pages and write them as data.

    python tools/fit_byline_weights.py [--write] ANN_DIR... [--texts TEXT_ROOT]

Every candidate line of :func:`newsparse.rules.furniture.byline_score.candidate_lines` (the
short lines above a story's first paragraph and under its last one, after the structural
rules ran) is one example: positive when an annotated byline covers half of it. A logistic
model (plain gradient descent with a small L2 penalty) is fitted on them. The tool prints
cross-source figures before writing anything: fit on the ``pr-*`` pages and the corpus sets,
test on the ``s13-*``/``s14-*`` pages, and the reverse, so a weight that only fits one set of
outlets shows. With ``--write`` the weights fitted on all pages go to ``byline_weights.py``.

Only pass OPENED annotation folders: never a held-out one.
"""

from __future__ import annotations

import argparse
import json
import pathlib
import re
import sys

from newsparse import DEFAULT_RULES
from newsparse._document import Document
from newsparse._parser import Parser
from newsparse.rules.furniture.byline_score import (
    _document_vocab,
    _given_names,
    candidate_lines,
    line_evidence,
    probability,
)
from newsparse.rules.furniture.byline_weights import FEATURES, WEIGHTS

_STRUCTURAL = Parser(DEFAULT_RULES[:4])  # tweets, embeds, also-read, boilerplate
_OUT = pathlib.Path(__file__).resolve().parents[1] / "src/newsparse/rules/furniture/byline_weights.py"

Example = tuple[str, tuple[float, ...], int]  # (page name, evidence, label)


def _text_of(name: str, ann: pathlib.Path, texts: pathlib.Path | None) -> str | None:
    beside = ann.parent / f"{name}.txt"
    if beside.exists():
        return beside.read_text(encoding="utf-8")
    if texts is not None:
        for p in texts.rglob(f"{name}.txt"):
            return p.read_text(encoding="utf-8")
    return None


def _covered(start: int, end: int, gold: list[tuple[int, int]]) -> bool:
    inside = sum(max(0, min(end, b) - max(start, a)) for a, b in gold)
    return inside * 2 >= end - start


def examples(dirs: list[pathlib.Path], texts: pathlib.Path | None) -> list[Example]:
    """The candidate lines of every annotated page under ``dirs``, with their labels."""
    out: list[Example] = []
    for folder in dirs:
        for ann in sorted(folder.glob("*.json")):
            name = ann.stem
            text = _text_of(name, ann, texts)
            if text is None:
                continue
            gold_strings = json.loads(ann.read_text(encoding="utf-8")).get("bylines") or []
            gold = []
            for g in gold_strings:
                at = text.find(g)
                while at >= 0:
                    gold.append((at, at + len(g)))
                    at = text.find(g, at + 1)
            document = _STRUCTURAL.run(Document.from_text(text))
            vocab, given = _document_vocab(document), _given_names()
            words = document.tables.function_words
            for cand in candidate_lines(document):
                ev = line_evidence(cand.span.text, text, vocab, words, cand.top, given, cand.under_sentence)
                out.append((name, ev.values, int(_covered(cand.span.start, cand.span.end, gold))))
    return out


def fit(data: list[Example], rounds: int = 3000, rate: float = 0.5, l2: float = 0.01) -> list[float]:
    """Logistic regression by batch gradient descent; the bias (feature 0) is not penalised."""
    w = [0.0] * len(FEATURES)
    pos = sum(y for _, _, y in data) or 1
    neg = len(data) - pos or 1
    for _ in range(rounds):
        grad = [0.0] * len(w)
        for _, x, y in data:
            p = probability(x, w)
            weight = 0.5 / pos if y else 0.5 / neg  # classes balanced
            for j, v in enumerate(x):
                grad[j] += weight * (p - y) * v
        for j in range(len(w)):
            grad[j] += l2 * w[j] if j else 0.0
            w[j] -= rate * grad[j]
    return w


def report(label: str, data: list[Example], w: list[float], threshold: float) -> None:
    """Print precision and recall of lines at ``threshold``."""
    tp = sum(1 for _, x, y in data if y and probability(x, w) >= threshold)
    fp = sum(1 for _, x, y in data if not y and probability(x, w) >= threshold)
    fn = sum(1 for _, x, y in data if y and probability(x, w) < threshold)
    p = tp / (tp + fp) if tp + fp else 0.0
    r = tp / (tp + fn) if tp + fn else 0.0
    print(f"{label:28s} lines P={p:.3f} R={r:.3f} (tp={tp} fp={fp} fn={fn})")


def with_weights(source: str, weights: list[float]) -> str:
    """``source`` (the weights module) with its ``WEIGHTS`` tuple replaced by ``weights``."""
    rows = [", ".join(f"{v:.2f}" for v in weights[i : i + 10]) for i in range(0, len(weights), 10)]
    values = "".join(f"    {row},\n" for row in rows)
    block = f"WEIGHTS: tuple[float, ...] = (\n{values})  # fmt: skip\n"
    return re.sub(
        r"WEIGHTS: tuple\[float, \.\.\.\] = \(\n.*?\n\)[^\n]*\n", lambda _: block, source, count=1, flags=re.S
    )


def _fold(name: str) -> str:
    return "s1x" if name.startswith(("s13-", "s14-")) else "pr+corpus"


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("dirs", nargs="+", type=pathlib.Path)
    ap.add_argument("--texts", type=pathlib.Path)
    ap.add_argument("--threshold", type=float, default=0.6)
    ap.add_argument("--write", action="store_true")
    args = ap.parse_args(argv)
    data = examples(args.dirs, args.texts)
    print(f"{len(data)} lines, {sum(y for *_, y in data)} bylines")
    for held in ("s1x", "pr+corpus"):
        report(
            f"current weights, {held}",
            [e for e in data if _fold(e[0]) == held],
            list(WEIGHTS),
            args.threshold,
        )
    for held in ("s1x", "pr+corpus"):
        train = [e for e in data if _fold(e[0]) != held]
        test = [e for e in data if _fold(e[0]) == held]
        w = fit(train)
        report(f"fit others, test {held}", test, w, args.threshold)
    w = fit(data)
    report("fit all, test all", data, w, args.threshold)
    for name, weight in zip(FEATURES, w, strict=True):
        print(f"  {name:16s} {weight:+.2f}")
    if args.write:
        _OUT.write_text(with_weights(_OUT.read_text(encoding="utf-8"), w), encoding="utf-8")
        print("wrote", _OUT)
    return 0


if __name__ == "__main__":
    sys.exit(main())
