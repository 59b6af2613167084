"""Case tables for the furniture rules (bylines, datelines, timestamps, captions) and their score.

The cases live in ``tests/cases/furniture/AREA.yaml``: a list of ``{id, text, expect, xfail?}``
where ``expect`` lists the items a careful reader marks (``text`` is the exact span text; any
other key is a field to compare). Run this file to print the character-level scores::

    python tests/_furniture.py            # standalone find_* functions
    python tests/_furniture.py --parse    # through newsparse.parse (all rules)

Not a test module (pytest collects ``test_*.py`` only).
"""

from __future__ import annotations

import datetime as _dt
import sys
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import yaml

import newsparse

CASES = Path(__file__).resolve().parent / "cases" / "furniture"
AREAS = ("bylines", "datelines", "timestamps", "captions")
FINDERS: dict[str, Callable[[str], Sequence[Any]]] = {
    "bylines": newsparse.find_bylines,
    "datelines": newsparse.find_datelines,
    "timestamps": newsparse.find_timestamps,
    "captions": newsparse.find_captions,
}


@dataclass(frozen=True)
class Case:
    """One case of an area's table."""

    area: str
    id: str
    text: str
    expect: tuple[dict[str, Any], ...]
    xfail: str | None = None


def load(area: str) -> list[Case]:
    """Return the cases of ``area``, in file order."""
    raw = yaml.safe_load((CASES / f"{area}.yaml").read_text(encoding="utf-8"))
    return [Case(area, c["id"], c["text"], tuple(c.get("expect") or ()), c.get("xfail")) for c in raw]


def found(case: Case, *, full_parse: bool = False) -> list[Any]:
    """Return the items the rule under test finds in the case's text."""
    if full_parse:
        return list(getattr(newsparse.parse(case.text), case.area))
    return list(FINDERS[case.area](case.text))


def _value(item: Any, key: str) -> Any:
    value = getattr(item, key)
    if isinstance(value, _dt.date):
        return value.isoformat()
    if isinstance(value, tuple):
        return list(value)
    return value


def mismatches(case: Case, items: Sequence[Any]) -> list[str]:
    """Return what differs between the expected and the found items (empty when they agree)."""
    problems: list[str] = []
    got = {i.span.text: i for i in items}
    want = [e["text"] for e in case.expect]
    if sorted(got) != sorted(want):
        problems.append(f"spans: want {want!r}, got {sorted(got)!r}")
    for e in case.expect:
        item = got.get(e["text"])
        if item is None:
            continue
        for key, value in e.items():
            if key == "text":
                continue
            if _value(item, key) != value:
                problems.append(f"{e['text']!r}.{key}: want {value!r}, got {_value(item, key)!r}")
    return problems


def _chars(text: str, start: int, end: int) -> set[int]:
    return {i for i in range(start, end) if not text[i].isspace()}


def char_counts(case: Case, items: Sequence[Any]) -> tuple[int, int, int]:
    """Return (tp, fp, fn) over the non-space characters the items and the expectation cover."""
    gold: set[int] = set()
    for e in case.expect:
        at = case.text.find(e["text"])
        assert at >= 0, f"{case.id}: expected text {e['text']!r} is not in the case text"
        gold |= _chars(case.text, at, at + len(e["text"]))
    pred: set[int] = set()
    for item in items:
        pred |= _chars(case.text, item.span.start, item.span.end)
    return len(gold & pred), len(pred - gold), len(gold - pred)


def score(area: str, *, full_parse: bool = False) -> tuple[float, float, float, int, int]:
    """Return (precision, recall, F1, cases, exact cases) over an area's table, by characters."""
    tp = fp = fn = exact = 0
    cases = load(area)
    for case in cases:
        items = found(case, full_parse=full_parse)
        a, b, c = char_counts(case, items)
        tp, fp, fn = tp + a, fp + b, fn + c
        exact += not mismatches(case, items)
    p = tp / (tp + fp) if tp + fp else 1.0
    r = tp / (tp + fn) if tp + fn else 1.0
    f = 2 * p * r / (p + r) if p + r else 0.0
    return p, r, f, len(cases), exact


def params(area: str) -> list[Any]:
    """Return the cases of ``area`` as pytest params (ids; xfail strict where marked)."""
    import pytest

    out = []
    for case in load(area):
        marks = [pytest.mark.xfail(strict=True, reason=case.xfail)] if case.xfail else []
        out.append(pytest.param(case, id=case.id, marks=marks))
    return out


def check_items(text: str, items: Sequence[Any]) -> None:
    """Assert the invariants every furniture rule keeps: valid spans, sorted, no overlaps."""
    last_end = -1
    for item in items:
        span = item.span
        assert 0 <= span.start <= span.end <= len(text)
        assert text[span.start : span.end] == span.text
        assert span.text.strip(), "an item never covers only blanks"
        assert span.start >= last_end, "items are sorted and never overlap"
        last_end = span.end


def load_pages() -> list[dict[str, Any]]:
    """Return the whole-page cases (``pages.yaml``)."""
    return list(yaml.safe_load((CASES / "pages.yaml").read_text(encoding="utf-8")))


def page_counts(page: dict[str, Any], area: str) -> tuple[int, int, int]:
    """Return (tp, fp, fn) by non-space characters for one area of one page, via the parser."""
    text = page["text"]
    gold: set[int] = set()
    for want in page.get(area) or ():
        at = text.find(want)
        assert at >= 0, f"{page['id']}: {want!r} is not in the page"
        gold |= _chars(text, at, at + len(want))
    pred: set[int] = set()
    for item in getattr(newsparse.parse(text), area):
        pred |= _chars(text, item.span.start, item.span.end)
    return len(gold & pred), len(pred - gold), len(gold - pred)


def page_score(area: str) -> tuple[float, float, float]:
    """Return (precision, recall, F1) by characters for ``area`` over every page."""
    tp = fp = fn = 0
    for page in load_pages():
        a, b, c = page_counts(page, area)
        tp, fp, fn = tp + a, fp + b, fn + c
    p = tp / (tp + fp) if tp + fp else 1.0
    r = tp / (tp + fn) if tp + fn else 1.0
    return p, r, (2 * p * r / (p + r) if p + r else 0.0)


def pages_main(argv: Sequence[str]) -> None:
    """Print the page scores (``-v``: every page that differs)."""
    print(f"{'pages':<11} {'P':>6} {'R':>6} {'F1':>6}")
    for area in AREAS:
        p, r, f = page_score(area)
        print(f"{area:<11} {p:>6.3f} {r:>6.3f} {f:>6.3f}")
        if "-v" in argv:
            for page in load_pages():
                _, fp, fn = page_counts(page, area)
                if fp or fn:
                    got = [i.span.text for i in getattr(newsparse.parse(page["text"]), area)]
                    print(f"    {page['id']}: want {page.get(area) or []!r}, got {got!r}")


def main(argv: Sequence[str]) -> int:
    """Print the score table (``--parse`` runs the whole default parser)."""
    full = "--parse" in argv
    print(
        f"{'area':<11} {'cases':>5} {'exact':>5} {'P':>6} {'R':>6} {'F1':>6}   ({'parse' if full else 'find_*'})"
    )
    for area in AREAS:
        p, r, f, n, exact = score(area, full_parse=full)
        print(f"{area:<11} {n:>5} {exact:>5} {p:>6.3f} {r:>6.3f} {f:>6.3f}")
        if "-v" in argv:
            for case in load(area):
                problems = mismatches(case, found(case, full_parse=full))
                for problem in problems:
                    print(f"    {case.id}: {problem}")
    pages_main(argv)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
