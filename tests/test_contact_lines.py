"""Contact lines about the writer are bylines, not footers (#9, #11).

The cases (``tests/cases/furniture/contacts.yaml``) put one line under an invented story in
each built-in language and say whether the full parse must give it as a byline, a footer or
neither; the unit tests below pin :func:`contact_line` itself.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
import yaml

import newsparse
from newsparse.lang import get_language
from newsparse.rules.furniture.byline_contacts import contact_line, contact_vocab

_DATA: dict[str, Any] = yaml.safe_load(
    (Path(__file__).parent / "cases" / "furniture" / "contacts.yaml").read_text(encoding="utf-8")
)
_CASES: list[dict[str, str]] = _DATA["cases"]


def _place(case: dict[str, str]) -> tuple[str, int, int]:
    text = _DATA["stories"][case["lang"]] + "\n" + case["line"] + "\n"
    start = text.rindex(case["line"])
    return text, start, start + len(case["line"])


@pytest.mark.parametrize("case", _CASES, ids=[c["id"] for c in _CASES])
def test_contact_case(case: dict[str, str]) -> None:
    text, start, end = _place(case)
    article = newsparse.parse(text, language=case["lang"])
    bylines = [b.span.text for b in article.bylines if b.span.start < end and b.span.end > start]
    footers = [f for f in article.boilerplate if f.span.start < end and f.span.end > start]
    expect = case["expect"]
    if expect == "byline":
        assert bylines == [case.get("text", case["line"])]
        assert footers == []
    elif expect == "footer":
        assert bylines == []
        assert footers and footers[0].span.start <= start and footers[-1].span.end >= end
    elif expect == "not_byline":
        assert bylines == []
    else:
        assert (bylines, footers) == ([], [])


def test_every_language_has_a_positive_and_a_negative() -> None:
    # Each built-in language's cues are pinned both ways: a writer line taken, a desk line left.
    for code in ("en", "fr", "es", "de", "pt", "it", "hi"):
        kinds = {c["expect"] for c in _CASES if c["lang"] == code}
        assert "byline" in kinds
        assert kinds & {"footer", "not_byline", "neither"}


def _one(line: str, code: str = "en", **kw: Any) -> newsparse.Byline | None:
    return contact_line(line, 0, len(line), contact_vocab(get_language(code)), **kw)


def test_names_are_reported() -> None:
    found = _one("Reach reporter Jane Roe at 555-0100.")
    assert found is not None and found.names == ("Jane Roe",)
    found = _one("Email the author: jroe@ledger.example")
    assert found is not None and found.names == ()


def test_a_bare_label_needs_the_body_above() -> None:
    # "Email Jane Roe" with no address is a link's label under a story, not in a headline zone.
    assert _one("Email Jane Roe", bare=True) is not None
    assert _one("Email Jane Roe", bare=False) is None


@pytest.mark.parametrize(
    "line",
    [
        "Follow us on X @dailyledger",
        "Contact Us",
        "Write to The Editor at letters@ledger.example",
        "Follow Jane Roe as she walks the route",
        "Contacted by phone, Jane Roe declined to comment on the plan.",
        "Jane Roe can be reached easily by anyone who asks around the harbour.",
    ],
)
def test_not_a_writer_contact(line: str) -> None:
    assert _one(line) is None


def test_english_cues_hold_in_every_language() -> None:
    # English contact lines close pages in any language.
    assert _one("Write to Jane Roe at jroe@ledger.example.", "de") is not None


def test_long_and_odd_lines_end_quickly() -> None:
    # Linear and bounded: a very long line is never looked at, an odd one gives None.
    assert _one("Follow " + "Jane " * 100_000) is None
    assert _one("Contact " + "@" * 500) is None
    assert _one("Write to") is None
