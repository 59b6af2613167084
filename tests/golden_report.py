"""Print precision / recall / F1 per section over every golden article case.

Run from the repository root::

    python tests/golden_report.py            # the table
    python tests/golden_report.py -v         # plus every failing (case, section) and why
    python tests/golden_report.py --cases DIR  # another directory of NAME.txt + NAME.json cases

Counts are items for tweets, embeds, also-read, quotes and the headline; non-space characters
for boilerplate, bylines, datelines, timestamps and captions; checks for the body. The last
column is the accuracy of a secondary field on matched items: tweet author, also-read label,
headline dek, boilerplate kind, quote speaker (on quotes whose kind and content matched).
Not a test module (pytest collects ``test_*.py`` only).
"""

from __future__ import annotations

import sys
from collections import defaultdict
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from _golden import SECTIONS, Result, all_results, load_cases


def _f1(p: float, r: float) -> float:
    return 2 * p * r / (p + r) if p + r else 0.0


def table(results: list[Result]) -> str:
    """Return the per-section table for ``results``."""
    by_section: dict[str, list[Result]] = defaultdict(list)
    for r in results:
        by_section[r.section].append(r)
    lines = [
        f"{'section':<12} {'cases':>5} {'pass':>5} {'tp':>6} {'fp':>6} {'fn':>6} "
        f"{'P':>6} {'R':>6} {'F1':>6}  secondary"
    ]
    for section in SECTIONS:
        rs = by_section.get(section)
        if not rs:
            continue
        tp, fp, fn = (sum(getattr(r, k) for r in rs) for k in ("tp", "fp", "fn"))
        p = tp / (tp + fp) if tp + fp else 1.0
        r_ = tp / (tp + fn) if tp + fn else 1.0
        matched = sum(r.matched for r in rs)
        ok = sum(r.matched_ok for r in rs)
        secondary = f"{ok}/{matched} = {ok / matched:.2f}" if matched else "-"
        passed = sum(r.passed for r in rs)
        lines.append(
            f"{section:<12} {len(rs):>5} {passed:>5} {tp:>6} {fp:>6} {fn:>6} "
            f"{p:>6.2f} {r_:>6.2f} {_f1(p, r_):>6.2f}  {secondary}"
        )
        sub: dict[str, list[int]] = defaultdict(lambda: [0, 0, 0])
        for r in rs:
            for name, counts in r.breakdown.items():
                sub[name] = [a + b for a, b in zip(sub[name], counts, strict=True)]
        for name, (tp, fp, fn) in sorted(sub.items()):
            p = tp / (tp + fp) if tp + fp else 1.0
            r_ = tp / (tp + fn) if tp + fn else 1.0
            label = f"  {name}"
            lines.append(f"{label:<24} {tp:>6} {fp:>6} {fn:>6} {p:>6.2f} {r_:>6.2f} {_f1(p, r_):>6.2f}")
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    """Print the report; with ``-v`` also every failing (case, section). Returns 0."""
    import newsparse

    args = sys.argv[1:] if argv is None else argv
    directory = Path(args[args.index("--cases") + 1]) if "--cases" in args else None
    cases = load_cases() if directory is None else load_cases(directory)
    results = all_results(cases, newsparse.parse)
    print(f"{len(cases)} cases, {len(results)} (case, section) pairs")
    print(table(results))
    if "-v" in args or "--verbose" in args:
        for r in results:
            if not r.passed:
                print()
                print(r.explain())
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
