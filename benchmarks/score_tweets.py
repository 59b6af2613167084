"""Score the tweet rule on the case files: F1 (matched by handle and body) and field accuracy.

Run: ``python benchmarks/score_tweets.py [-v]`` from the repository root.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

from newsparse import find_tweets

CASES = Path(__file__).resolve().parents[1] / "tests" / "cases" / "tweets"


def _date(value: object) -> str | None:
    return None if value is None else value.isoformat()  # type: ignore[attr-defined]


def score(verbose: bool = False) -> dict[str, float]:
    """Return precision, recall, F1 and the share of matched tweets with every field right."""
    tp = fp = fn = exact = 0
    for txt in sorted(CASES.glob("*.txt")):
        with open(txt, encoding="utf-8", newline="") as f:
            text = f.read()
        expected = json.loads(txt.with_suffix(".json").read_text(encoding="utf-8"))["tweets"]
        got = list(find_tweets(text))
        for exp in expected:
            match = next(
                (t for t in got if t.handle == exp["handle"] and t.body.text.strip() == exp["body"]), None
            )
            if match is None:
                fn += 1
                if verbose:
                    print(f"MISS {txt.stem}: {exp['handle']} {exp['body'][:70]!r}")
                    for t in got:
                        print(f"     got {t.handle} {t.body.text[:70]!r}")
                continue
            got.remove(match)
            tp += 1
            if match.author == exp["author"] and _date(match.date) == exp["date"]:
                exact += 1
            elif verbose:
                print(
                    f"FIELD {txt.stem}: {match.author!r} {_date(match.date)} vs {exp['author']!r} {exp['date']}"
                )
        fp += len(got)
        if verbose:
            for t in got:
                print(f"EXTRA {txt.stem}: {t.handle} {t.body.text[:70]!r}")
    precision = tp / (tp + fp) if tp + fp else 1.0
    recall = tp / (tp + fn) if tp + fn else 1.0
    f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
    return {"tp": tp, "fp": fp, "fn": fn, "precision": precision, "recall": recall, "f1": f1,
            "all_fields": exact / tp if tp else 0.0}  # fmt: skip


if __name__ == "__main__":
    print(score(verbose="-v" in sys.argv))
