"""Experiment (not part of the library): can footer lines be learned from annotated pages?

Each non-blank line of a text is labelled *footer* when half its characters lie inside the
annotated footer strings (``../shared/eval-kit/ANNOTATION.md`` format). Every line gets a few
generic features (its position, length, sentence end, share of capitalised words, dates, links
and handles, widget words, a copyright sign, whether the page repeats it, a bullet, a trailing
``...``, quote marks) and the rules' own verdict (the share of its characters newsparse files as
boilerplate, caption or timestamp), plus the same features of the lines above and below. A
class-weighted logistic regression (numpy) is trained on one folder of annotations and tested on
another; the line F1 of the rules alone and of the classifier are printed side by side.

Usage (each folder holds ``NAME.json`` annotations with ``NAME.txt`` beside them)::

    python tools/experiments/footer_line_classifier.py TRAIN_DIR TEST_DIR [--no-rules]

In the eleventh round (docs/evaluation.md), trained on the 91 opened English pages and tested on
the 102 blind ones, the rules alone scored line F1 0.452 and the classifier 0.518-0.526.
"""

from __future__ import annotations

import argparse
import json
import re
from pathlib import Path

import numpy as np

import newsparse

_WIDGET = re.compile(
    r"\b(?:share|shares|comments?|subscribe|subscription|newsletter|follow|advertisement|advertising"
    r"|cookies?|sign up|signup|log in|login|read more|related|recommended|copyright|rights reserved"
    r"|privacy|terms|click|download|app|tweet|facebook|twitter|instagram|whatsapp|email|reply|like"
    r"|trending|popular|video|photo|image|credit|getty|reuters|more from|sponsored|ads?|join|member"
    r"|premium|donate|support us|watch)\b",
    re.IGNORECASE,
)
_DATE = re.compile(
    r"\b(?:19|20)\d\d\b|\b\d{1,2}:\d\d\b|\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.? \d",
    re.IGNORECASE,
)
_LINK = re.compile(r"https?://|www\.|@\w|#\w")
_RULES_FEATURE = 14  # index of the rules' verdict among one line's features
_PER_LINE = 17


def _lines(text: str) -> list[tuple[int, int, str]]:
    out, pos = [], 0
    for line in text.split("\n"):
        start = pos
        pos += len(line) + 1
        if line.strip():
            out.append((start, start + len(line), line))
    return out


def _features(
    lines: list[tuple[int, int, str]], k: int, ruled: bytearray, seen: dict[str, int]
) -> list[float]:
    start, end, line = lines[k]
    stripped = line.strip()
    words = stripped.split()
    capitalised = sum(w[:1].isupper() for w in words) / max(1, len(words))
    last = len(lines) - 1
    return [
        k / max(1, last),
        float(k < 2),
        float(k >= last - 2),
        min(len(stripped), 600) / 600,
        float(len(stripped) < 40),
        float(len(stripped) > 200),
        float(stripped[-1:] in ".!?”\"'"),
        capitalised,
        float(_DATE.search(stripped) is not None),
        float(_LINK.search(stripped) is not None),
        min(len(_WIDGET.findall(stripped)), 3) / 3,
        float("©" in stripped),
        float(seen.get(stripped, 0) > 1),
        float(stripped[:1] in "-•*|"),
        sum(ruled[start:end]) / max(1, end - start),
        float("“" in stripped or '"' in stripped),
        float(stripped.endswith(("...", "…"))),
    ]


def featurize(folder: Path) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """Return the lines' features, gold labels and the rules' labels for every annotated text."""
    rows: list[list[float]] = []
    gold_labels: list[int] = []
    rule_labels: list[int] = []
    for path in sorted(folder.glob("*.json")):
        text_path = path.with_suffix(".txt")
        if not text_path.exists():
            continue
        text = text_path.read_text(encoding="utf-8")
        gold = bytearray(len(text))
        for footer in json.loads(path.read_text(encoding="utf-8"))["footers"]:
            at = text.find(footer)
            if at >= 0:
                gold[at : at + len(footer)] = b"\1" * len(footer)
        article = newsparse.parse(text)
        ruled = bytearray(len(text))
        for item in (*article.boilerplate, *article.captions, *article.timestamps):
            ruled[item.span.start : item.span.end] = b"\1" * (item.span.end - item.span.start)
        lines = _lines(text)
        seen: dict[str, int] = {}
        for _, _, line in lines:
            seen[line.strip()] = seen.get(line.strip(), 0) + 1
        own = [_features(lines, k, ruled, seen) for k in range(len(lines))]
        blank = [0.0] * _PER_LINE
        for k, (start, end, _) in enumerate(lines):
            rows.append(own[k] + (own[k - 1] if k else blank) + (own[k + 1] if k + 1 < len(lines) else blank))
            gold_labels.append(int(sum(gold[start:end]) * 2 >= end - start))
            rule_labels.append(int(sum(ruled[start:end]) * 2 >= end - start))
    return np.array(rows), np.array(gold_labels), np.array(rule_labels)


def train(
    x: np.ndarray, y: np.ndarray, epochs: int = 3000, rate: float = 0.5, l2: float = 1e-3
) -> np.ndarray:
    """Class-weighted logistic regression by gradient descent; returns the weights (bias last)."""
    xb = np.hstack([x, np.ones((len(x), 1))])
    w = np.zeros(xb.shape[1])
    share = y.mean()
    weight = np.where(y == 1, 0.5 / share, 0.5 / (1 - share))
    for _ in range(epochs):
        z = 1 / (1 + np.exp(-xb @ w))
        w -= rate * (xb.T @ ((z - y) * weight) / len(y) + l2 * w)
    return w


def predict(w: np.ndarray, x: np.ndarray, threshold: float) -> np.ndarray:
    """The lines the classifier calls footers at ``threshold``."""
    xb = np.hstack([x, np.ones((len(x), 1))])
    return (1 / (1 + np.exp(-xb @ w)) >= threshold).astype(int)


def f1(y: np.ndarray, p: np.ndarray) -> tuple[float, float, float]:
    """Line F1, precision and recall."""
    tp = int(((y == 1) & (p == 1)).sum())
    fp = int(((y == 0) & (p == 1)).sum())
    fn = int(((y == 1) & (p == 0)).sum())
    precision, recall = tp / max(1, tp + fp), tp / max(1, tp + fn)
    score = 2 * precision * recall / max(1e-9, precision + recall)
    return round(score, 3), round(precision, 3), round(recall, 3)


def main() -> int:
    """Train on one folder, test on another, print both F1s."""
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("train", type=Path)
    parser.add_argument("test", type=Path)
    parser.add_argument("--no-rules", action="store_true", help="leave out the rules' verdict")
    args = parser.parse_args()
    x_train, y_train, _ = featurize(args.train)
    x_test, y_test, ruled = featurize(args.test)
    keep = list(range(x_train.shape[1]))
    if args.no_rules:
        keep = [i for i in keep if i % _PER_LINE != _RULES_FEATURE]
    w = train(x_train[:, keep], y_train)
    print(f"train {len(y_train)} lines, test {len(y_test)} lines; rules alone: {f1(y_test, ruled)}")
    for threshold in (0.5, 0.6, 0.7):
        print(f"classifier at {threshold}: {f1(y_test, predict(w, x_test[:, keep], threshold))}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
