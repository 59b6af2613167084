"""Golden tests: every article case parsed with ``newsparse.parse``, compared section by section.

One test per (case, section), with ids like ``wire_story-quotes``. The expectations are what a
careful reader annotates (see ``tests/_golden.py`` for the file format and how each section is
compared); where today's parser disagrees and the expectation is right, the pair is listed in
:data:`KNOWN_FAILURES` and runs as a strict xfail, so a fix is noticed.

``python tests/golden_report.py`` prints precision / recall / F1 per section over all cases.
"""

from __future__ import annotations

import functools
from typing import Any

import pytest

import newsparse
from _golden import Case, compare, load_cases

KNOWN_FAILURES: dict[tuple[str, str], str] = {
    ("ho_bakery_feature", "quotes"): (
        "'She said the first flood, in 2000, nearly finished the business ...' is not reported "
        "(a reported clause that starts with a comma-set-off aside)"
    ),
    ("ia_court_photos", "quotes"): (
        "nested reported speech 'had told colleagues that the company was ...' is given to 'The court'; "
        "'Detective Inspector Aaron Mills of the City of London Police said' gives the organisation as speaker"
    ),
    (
        "ia_sports_live",
        "headline",
    ): "a score line under the title ('Northbridge Rovers 3-2 Castlegate City') is not taken as the dek",
    ("ia_tech_bluesky", "embeds"): (
        "a Bluesky card (name + (@handle.bsky.social) line, post, then a bare 'DATE at TIME' line) is not recognised"
    ),
    (
        "ia_tech_bluesky",
        "timestamps",
    ): "the unrecognised Bluesky card's date line is taken as an article timestamp",
    ("ia_tech_bluesky", "quotes"): (
        "'the robots.txt file that tells automated visitors ...' is read as reported speech; an indirect "
        "clause holding a direct fragment ('was \"reviewing ...\" and would') cannot be annotated exactly"
    ),
    ("ia_tech_bluesky", "body"): "the unrecognised Bluesky card stays in the body",
}
"""(case, section) pairs the parser gets wrong today, with the reason."""

CASES = load_cases()


@functools.cache
def _parsed(name: str) -> Any:
    case = next(c for c in CASES if c.name == name)
    return newsparse.parse(case.text)


def _params() -> list[Any]:
    params = []
    for case in CASES:
        for section in case.sections():
            marks = []
            reason = KNOWN_FAILURES.get((case.name, section))
            if reason is not None:
                marks.append(pytest.mark.xfail(strict=True, reason=reason))
            params.append(pytest.param(case, section, marks=marks, id=f"{case.name}-{section}"))
    return params


@pytest.mark.parametrize(("case", "section"), _params())
def test_golden(case: Case, section: str) -> None:
    result = compare(case, _parsed(case.name), section)
    assert result.passed, result.explain()


def test_known_failures_name_real_pairs() -> None:
    pairs = {(c.name, s) for c in CASES for s in c.sections()}
    stale = sorted(set(KNOWN_FAILURES) - pairs)
    assert not stale, f"KNOWN_FAILURES lists pairs that no case has: {stale}"


def test_parse_keeps_every_case_text() -> None:
    for case in CASES:
        article = _parsed(case.name)
        assert article.text == case.text
        for item in article.items:
            assert case.text[item.span.start : item.span.end] == item.span.text, (case.name, item)
