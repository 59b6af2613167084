"""The space index behind the speaker evidence's whole-text look-ups: it may only rule a needle
out when the needle really is absent, never when it occurs."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from newsparse.rules.quotes import evidence
from newsparse.rules.quotes.evidence import PersonEvidence

_TEXT = st.text(alphabet="ab cdé-’\n", max_size=80)
_NEEDLE = st.text(alphabet="ab cdé-’", min_size=1, max_size=8)


def _evidence(text: str) -> PersonEvidence:
    return PersonEvidence(text, frozenset(), frozenset(), frozenset())


@given(_TEXT, _NEEDLE)
def test_a_needle_after_a_space_is_never_ruled_out_when_present(text: str, needle: str) -> None:
    ev = _evidence(text)
    if " " + needle in text:
        assert ev.may_follow_space(needle)
    if needle + " " in text:
        assert ev.may_precede_space(needle)


def test_absent_names_are_ruled_out_and_present_ones_kept() -> None:
    text = "Ana Ortiz said the ferry would run. Tom Ellis agreed with Ortiz on Monday."
    ev = _evidence(text)
    assert ev.may_follow_space("Ellis agreed") and ev.may_precede_space("Ortiz")
    assert not ev.may_follow_space("Rossi") and not ev.may_precede_space("Nair")
    # too short to index: the caller must look
    assert ev.may_follow_space("Li") and ev.may_precede_space("Wu")


@given(_TEXT, _NEEDLE, st.integers(min_value=0, max_value=90))
def test_find_agrees_with_str_find_within_the_budget(text: str, needle: str, start: int) -> None:
    assert _evidence(text).find(needle, start) == text.find(needle, start)


def test_find_stops_reading_once_the_article_budget_is_spent(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(evidence, "_SCAN_FLOOR", 0)
    monkeypatch.setattr(evidence, "_SCAN_PER_CHAR", 2)
    text = "x" * 1000 + " Ortiz said so."
    ev = _evidence(text)
    # each look-up reads ~1,006 characters before the name; the budget (2 × 1,016) leaves a
    # little after two, so a third look-up still runs and then every one answers "not written"
    found = [ev.find("Ortiz") for _ in range(5)]
    assert found[:3] == [1001] * 3 and found[3:] == [-1, -1]
