"""Timestamps: the case table, kinds, zones, extension, and invariants."""

from __future__ import annotations

import datetime as _dt
import time

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

import newsparse
from _furniture import Case, check_items, found, load, mismatches, page_score, params, score
from newsparse import TimestampRule, find_timestamps

PIECES = (
    "Updated: ", "Published ", "First Published: ", "Nov 21, 2025", "10:20", " IST", " GMT", " | ", ";",
    "3 hours ago", "4 min read", "p.m.", "2019", "Updated", "\n", "\r\n", " ", ",", "/", "(", ")",
)  # fmt: skip


@pytest.mark.parametrize("case", params("timestamps"))
def test_case_table(case: Case) -> None:
    items = found(case)
    check_items(case.text, items)
    assert mismatches(case, items) == []


def test_table_has_enough_cases_and_negatives() -> None:
    cases = load("timestamps")
    assert len(cases) >= 20
    assert sum(1 for c in cases if not c.expect) >= 5


def test_character_f1_on_own_cases() -> None:
    precision, recall, f1, _, _ = score("timestamps")
    assert f1 >= 0.9, (precision, recall, f1)


@pytest.mark.parametrize(
    ("zone", "offset"),
    [("IST", (5, 30)), ("BST", (1, 0)), ("GMT", (0, 0)), ("EST", (-5, 0)), ("CET", (1, 0))],
    ids=["ist", "bst", "gmt", "est", "cet"],
)
def test_zones(zone: str, offset: tuple[int, int]) -> None:
    (ts,) = find_timestamps(f"Updated: Nov 21, 2025, 10:20 {zone}")
    assert isinstance(ts.date, _dt.datetime)
    assert ts.date.utcoffset() == _dt.timedelta(hours=offset[0], minutes=offset[1])


def test_timestamps_leave_the_body() -> None:
    article = newsparse.parse("Updated: Nov 21, 2025, 10:20 IST\n\nThe bridge reopened on Friday morning.")
    assert [t.kind for t in article.timestamps] == ["updated"]
    assert article.body == "The bridge reopened on Friday morning."


def test_extend_labels() -> None:
    text = "Gepubliceerd: 21 november 2025"
    assert find_timestamps(text) == ()
    rule = TimestampRule(labels=(*TimestampRule().labels, ("gepubliceerd", "published")))
    assert [t.kind for t in rule(newsparse.Document.from_text(text))] == ["published"]


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from(PIECES) | st.text(max_size=8), max_size=30).map("".join))
def test_invariants(text: str) -> None:
    first = find_timestamps(text)
    check_items(text, first)
    assert find_timestamps(text) == first


@pytest.mark.parametrize(
    "text",
    ["1" * 200_000, "Updated: " + "1 " * 100_000, ("Updated: " + "1" * 290 + "\n") * 2_000, "ago " * 50_000],
    ids=["digits", "updated-numbers", "many-lines", "ago"],
)
def test_adversarial_input_is_fast(text: str) -> None:
    start = time.perf_counter()
    find_timestamps(text)
    assert time.perf_counter() - start < 3.0


def test_character_f1_on_whole_pages() -> None:
    # the bar for the held-out real articles is character F1 >= 0.8 (bylines, datelines)
    precision, recall, f1 = page_score("timestamps")
    assert f1 >= 0.8, (precision, recall, f1)


def test_standalone_stamp_with_a_zone_offset() -> None:
    (t,) = find_timestamps("4 Feb 2021, 09:30 GMT+5:30")
    assert t.text == "4 Feb 2021, 09:30 GMT+5:30"


def test_latest_update_label() -> None:
    (t,) = find_timestamps("Latest update May 6th, 2022 12:49 AM")
    assert (t.text, t.kind) == ("Latest update May 6th, 2022 12:49 AM", "updated")


def test_a_place_after_the_stamp_is_left_to_the_dateline() -> None:
    # The place closing the stamp line is the story's dateline (the dateline rule reads it):
    # the stamp ends at its time zone (ninth round, #9; it used to keep the place).
    line = "March 3, 2024 06:10 pm | Updated 09:45 pm IST - Chennai"
    assert [t.text for t in find_timestamps(line)] == [
        "March 3, 2024 06:10 pm |",
        "Updated 09:45 pm IST",
    ]
    # a sentence after the dash is no place: the line is not a stamp
    assert find_timestamps("Updated: Mar 3, 2024 - the harbour board met again on Tuesday") == ()
