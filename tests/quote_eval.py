"""Score the quote rule on the case files in ``tests/cases/quotes`` (F1 and speaker accuracy).

Run as a script for a report: ``python tests/quote_eval.py``. The tests import :func:`score`.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from newsparse import Quote, find_quotes

CASES = Path(__file__).resolve().parent / "cases" / "quotes"


def load_cases() -> list[dict[str, Any]]:
    """Return every case: the table in ``shapes.json`` plus each ``NAME.txt`` + ``NAME.json`` article."""
    cases: list[dict[str, Any]] = json.loads((CASES / "shapes.json").read_text(encoding="utf-8"))
    for txt in sorted(CASES.glob("*.txt")):
        gold = json.loads(txt.with_suffix(".json").read_text(encoding="utf-8"))
        cases.append({"id": txt.stem, "text": txt.read_text(encoding="utf-8"), "quotes": gold["quotes"]})
    return cases


def _words(text: str) -> list[str]:
    return [w.strip(".,;:!?\"'“”‘’«»‹›„‚「」") for w in text.split()]


def _overlap(gold: str, found: str) -> float:
    g, f = _words(gold), _words(found)
    if not g:
        return 0.0
    common = len(set(g) & set(f))
    return common / len(set(g))


def _kind(q: Quote | dict[str, Any]) -> str:
    kind = q.kind if isinstance(q, Quote) else q["kind"]
    return "indirect" if kind == "indirect" else "direct"


def match(found: list[Quote], gold: list[dict[str, Any]]) -> list[tuple[dict[str, Any], Quote]]:
    """Pair gold and found quotes of the same kind whose contents overlap by at least half."""
    pairs: list[tuple[dict[str, Any], Quote]] = []
    taken: set[int] = set()
    for g in gold:
        best, best_i = 0.5, -1
        for i, q in enumerate(found):
            if i in taken or _kind(q) != g["kind"]:
                continue
            ov = _overlap(g["content"], q.content.text)
            if ov >= best:
                best, best_i = ov, i
        if best_i >= 0:
            taken.add(best_i)
            pairs.append((g, found[best_i]))
    return pairs


def score(cases: list[dict[str, Any]] | None = None) -> dict[str, Any]:
    """Return precision / recall / F1 per kind and speaker accuracy over matched quotes."""
    cases = load_cases() if cases is None else cases
    counts = {k: {"tp": 0, "fp": 0, "fn": 0} for k in ("direct", "indirect")}
    right = matched = 0
    misses: list[str] = []
    for case in cases:
        found = [q for q in find_quotes(case["text"]) if q.kind != "scare"]
        pairs = match(found, case["quotes"])
        for k in counts:
            tp = sum(1 for g, _ in pairs if g["kind"] == k)
            counts[k]["tp"] += tp
            counts[k]["fn"] += sum(1 for g in case["quotes"] if g["kind"] == k) - tp
            counts[k]["fp"] += sum(1 for q in found if _kind(q) == k) - tp
        for g, q in pairs:
            matched += 1
            if (q.speaker or "").lower() == (g["speaker"] or "").lower():
                right += 1
            else:
                misses.append(f"{case['id']}: speaker {q.speaker!r} != {g['speaker']!r}")
        if len(pairs) != len(case["quotes"]) or len(found) != len(pairs):
            misses.append(
                f"{case['id']}: {len(pairs)} matched of {len(case['quotes'])} gold, {len(found)} found"
            )
    out: dict[str, Any] = {"misses": misses, "matched": matched, "speaker_accuracy": right / max(matched, 1)}
    for k, c in counts.items():
        p = c["tp"] / max(c["tp"] + c["fp"], 1)
        r = c["tp"] / max(c["tp"] + c["fn"], 1)
        out[k] = {"precision": p, "recall": r, "f1": 2 * p * r / max(p + r, 1e-9), **c}
    return out


if __name__ == "__main__":
    result = score()
    n = len(load_cases())
    for line in result.pop("misses"):
        print("  ", line)
    print(f"{n} cases")
    for k in ("direct", "indirect"):
        r = result[k]
        print(
            f"{k:9} P {r['precision']:.3f}  R {r['recall']:.3f}  F1 {r['f1']:.3f}  (tp {r['tp']} fp {r['fp']} fn {r['fn']})"
        )
    print(f"speaker accuracy {result['speaker_accuracy']:.3f} on {result['matched']} matched quotes")
