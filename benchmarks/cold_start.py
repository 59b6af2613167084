"""Cold start in detail: import and first-parse time, and which code compiles which patterns.

Run: ``python benchmarks/cold_start.py [--runs 5] [--cpu] [--detail] [FILE ...]`` (FILE defaults
to ``examples/seed_like.txt``). For bytecode to count as it does for users, compile it first
(``python -m compileall -q src``) and leave ``PYTHONDONTWRITEBYTECODE`` unset.

With several files, each is timed on its own (a fresh interpreter per run) and the median of
their totals is printed last: real articles with bylines, datelines or other languages compile
patterns that the seed-like example never needs, so a handful of them gives a fairer picture.

Prints, as medians over ``--runs`` fresh interpreters (each of which has already imported
attrs, regex and dateutil, so that only newsparse's own cost is measured):

* ``import newsparse`` time, first-parse time, and each rule's share of the first parse;
* the number of patterns compiled by the import and by the first parse, ``regex`` and ``re``
  separately (a compilation is a miss of the module's own compile cache, so a pattern
  string passed to ``regex.match`` every call counts once, as it costs once);
* with ``--detail``: which newsparse module asked for each compilation, import vs parse.

The compile counts come from a separate, instrumented run so that counting does not slow the
timed runs. ``tests/test_cold_start.py`` holds the count (not the time) to a budget.
"""

from __future__ import annotations

import argparse
import json
import statistics
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]

# Run in a fresh interpreter: time the import and each rule of the first parse by hand (the
# same steps as Parser.parse), optionally counting compilations by the asking module.
CHILD = r"""
import json, sys, time
import attrs, regex, dateutil.parser, dateutil.tz  # the dependencies are not our cost
import re
COUNT = sys.argv[1] == "count"
phase = ["import"]
counts = {}

def caller_module():
    frame = sys._getframe(3)
    while frame is not None:
        name = frame.f_globals.get("__name__", "")
        if name.startswith("newsparse"):
            return name
        frame = frame.f_back
    return "(outside newsparse)"

def counting(module, cache, engine):
    original = module._compile
    def _compile(*args, **kwargs):
        before = len(cache)
        result = original(*args, **kwargs)
        if len(cache) != before:
            key = (phase[0], engine, caller_module())
            counts[key] = counts.get(key, 0) + 1
        return result
    module._compile = _compile

if COUNT:
    import regex._main as regex_main
    counting(regex_main, regex_main._cache, "regex")
    counting(re, re._cache, "re")

clock = time.process_time if sys.argv[2] == "cpu" else time.perf_counter
t0 = clock()
import newsparse
t1 = clock()
from newsparse import Document
from newsparse._model import Article
from newsparse._parser import run_rule
from newsparse.lang import resolve_language
text = sys.stdin.read()
phase[0] = "parse"
t2 = clock()
code = resolve_language(text, "auto")
document = Document.from_text(text, code)
rules = {"(document, language)": clock() - t2}
for name, rule in newsparse.default_parser.rules:
    phase[0] = name
    start = clock()
    document = document.with_items(run_rule(rule, document, name))
    rules[name] = clock() - start
phase[0] = "parse"
start = clock()
Article.from_items(text, document.items, language=code)
rules["(article)"] = clock() - start
t3 = clock()
print(json.dumps({
    "import": t1 - t0, "parse": t3 - t2, "rules": rules,
    "counts": [[*key, n] for key, n in counts.items()],
}))
"""


def child(sample: str, mode: str, clock: str = "wall") -> dict[str, object]:
    """Run one fresh interpreter over ``sample`` and return what it measured."""
    out = subprocess.run(
        [sys.executable, "-c", CHILD, mode, clock], input=sample, capture_output=True, text=True, check=True
    ).stdout
    result: dict[str, object] = json.loads(out)
    return result


def ms(seconds: float) -> str:
    """Format seconds as whole milliseconds."""
    return f"{seconds * 1000:.0f} ms"


def report_times(runs: list[dict[str, object]], clock: str, label: str = "", rules: bool = True) -> float:
    """Print the median import, first parse and (``rules``) per-rule times; return the total."""
    imports = [float(r["import"]) for r in runs]  # type: ignore[arg-type]
    parses = [float(r["parse"]) for r in runs]  # type: ignore[arg-type]
    imp, first = statistics.median(imports), statistics.median(parses)
    print(
        f"cold start{label}: import {ms(imp)} + first parse {ms(first)} = {ms(imp + first)}"
        f" (median of {len(runs)})"
    )
    if rules:
        names = list(runs[0]["rules"])  # type: ignore[call-overload]
        for name in names:
            share = statistics.median(float(r["rules"][name]) for r in runs)  # type: ignore[index]
            print(f"  {name:<22} {ms(share):>8}")
    return imp + first


def report_counts(counted: dict[str, object], detail: bool) -> None:
    """Print the compilations of the import and of the first parse (by rule and module)."""
    rows: list[list[object]] = counted["counts"]  # type: ignore[assignment]
    totals: dict[tuple[str, str], int] = {}
    for phase, engine, _module, n in rows:
        key = ("import" if phase == "import" else "parse", str(engine))
        totals[key] = totals.get(key, 0) + int(n)  # type: ignore[call-overload]
    for phase in ("import", "parse"):
        parts = ", ".join(f"{totals.get((phase, e), 0)} {e}" for e in ("regex", "re"))
        print(f"compiled during {phase}: {parts}")
    if detail:
        for phase, engine, module, n in sorted(rows, key=lambda r: (str(r[0]), -int(r[3]))):  # type: ignore[call-overload]
            print(f"  {phase:<12} {engine:<6} {n:>4}  {module}")


def main() -> None:
    """Measure and print the cold start."""
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("file", nargs="*", default=[str(ROOT / "examples" / "seed_like.txt")])
    ap.add_argument("--runs", type=int, default=5)
    ap.add_argument("--detail", action="store_true", help="compilations by asking module")
    ap.add_argument(
        "--cpu",
        action="store_true",
        help="CPU time of the process instead of wall time (steadier on a busy machine)",
    )
    args = ap.parse_args()
    clock = "cpu" if args.cpu else "wall"
    samples = [Path(f).read_text(encoding="utf-8") for f in args.file]
    if len(samples) == 1:
        report_times([child(samples[0], "time", clock) for _ in range(args.runs)], clock)
    else:
        totals = [
            report_times(
                [child(sample, "time", clock) for _ in range(args.runs)],
                clock,
                f" {Path(f).name}",
                rules=False,
            )
            for f, sample in zip(args.file, samples, strict=True)
        ]
        print(f"cold start, median over {len(totals)} files: {ms(statistics.median(totals))}")
    report_counts(child(samples[0], "count"), args.detail)


if __name__ == "__main__":
    main()
