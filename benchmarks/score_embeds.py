"""Score ``find_embeds`` on the case files: precision, recall, F1 and field accuracy.

Run: ``python benchmarks/score_embeds.py`` from the repository root. A found embed matches
an expected one when the platform is the same and the spans overlap; a match is "exact"
when every field (span, body, author, handle, date, date_text, url, community) is right.
Wrapper texts (``Boilerplate`` of kind ``embed_wrapper``) are scored the same way by text.
"""

from __future__ import annotations

import json
from pathlib import Path

from newsparse import find_embed_wrappers, find_embeds

CASES = Path(__file__).resolve().parents[1] / "tests" / "cases" / "embeds"


def _f1(tp: int, predicted: int, expected: int) -> tuple[float, float, float]:
    p = tp / predicted if predicted else 1.0
    r = tp / expected if expected else 1.0
    return p, r, (2 * p * r / (p + r) if p + r else 0.0)


def main() -> None:
    """Print the scores over every case file."""
    tp = pred = gold = exact = 0
    w_tp = w_pred = w_gold = 0
    for path in sorted(CASES.glob("*.txt")):
        text = path.read_bytes().decode("utf-8")
        exp = json.loads(path.with_suffix(".json").read_text(encoding="utf-8"))
        got = list(find_embeds(text))
        pred, gold = pred + len(got), gold + len(exp["embeds"])
        pos, used = 0, set()
        for want in exp["embeds"]:
            start = text.find(want["span"], pos)
            end = pos = start + len(want["span"])  # expected items never overlap
            for i, e in enumerate(got):
                if (
                    i not in used
                    and e.platform == want["platform"]
                    and e.span.start < end
                    and start < e.span.end
                ):
                    used.add(i)
                    tp += 1
                    fields = {
                        "platform": e.platform,
                        "span": e.span.text,
                        "body": e.body.text if e.body else None,
                        "author": e.author,
                        "handle": e.handle,
                        "date": e.date.isoformat() if e.date else None,
                        "date_text": e.date_text,
                        "url": e.url,
                        "community": e.community,
                    }
                    exact += fields == want
                    break
        wrappers = [b.text for b in find_embed_wrappers(text)]
        w_pred, w_gold = w_pred + len(wrappers), w_gold + len(exp["wrappers"])
        w_tp += sum(1 for w in exp["wrappers"] if w in wrappers)
    p, r, f = _f1(tp, pred, gold)
    print(f"embeds:   P={p:.3f} R={r:.3f} F1={f:.3f} (tp={tp}, found={pred}, expected={gold})")
    print(f"          every field right on {exact}/{tp} matched embeds")
    p, r, f = _f1(w_tp, w_pred, w_gold)
    print(f"wrappers: P={p:.3f} R={r:.3f} F1={f:.3f} (tp={w_tp}, found={w_pred}, expected={w_gold})")


if __name__ == "__main__":
    main()
