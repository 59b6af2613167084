"""Captions and image credits: the case table, the full parser, extension, and invariants."""

from __future__ import annotations

import time

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

import newsparse
from _furniture import Case, check_items, found, load, mismatches, page_score, params, score
from newsparse import CaptionRule, find_captions

PIECES = (
    "(Photo: ", "PTI", ")", "(", "Getty Images", "Image credit: ", "/AFP", "AP Photo/", "Jane Roe",
    "REUTERS/", "FILE PHOTO: ", "Representational image", " | ", "Photograph: ", "\n", "\r\n", " ", ".",
)  # fmt: skip


@pytest.mark.parametrize("case", params("captions"))
def test_case_table(case: Case) -> None:
    items = found(case)
    check_items(case.text, items)
    assert mismatches(case, items) == []


def test_table_has_enough_cases_and_negatives() -> None:
    cases = load("captions")
    assert len(cases) >= 20
    assert sum(1 for c in cases if not c.expect) >= 5


def test_character_f1_on_own_cases() -> None:
    precision, recall, f1, _, _ = score("captions")
    assert f1 >= 0.9, (precision, recall, f1)


def test_captions_leave_the_body() -> None:
    text = (
        "Crews repair the bridge on Monday. (Photo: PTI)\nThe bridge will reopen on Friday, officials said."
    )
    article = newsparse.parse(text)
    assert [c.credit for c in article.captions] == ["PTI"]
    assert article.body == "The bridge will reopen on Friday, officials said."


def test_credit_inside_a_long_paragraph_takes_only_the_parentheses() -> None:
    text = "The minister shared a picture (Photo: X/@ministry) of the site. " * 10
    items = find_captions(text)
    assert items and all(c.text == "(Photo: X/@ministry)" for c in items)


def test_extend_lines() -> None:
    text = "Foto: privat"
    assert [c.credit for c in find_captions(text)] == ["privat"]
    assert find_captions("Agenturbild") == ()
    rule = CaptionRule(lines=(*CaptionRule().lines, "Agenturbild"))
    assert [c.text for c in rule(newsparse.Document.from_text("Agenturbild"))] == ["Agenturbild"]


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from(PIECES) | st.text(max_size=8), max_size=30).map("".join))
def test_invariants(text: str) -> None:
    first = find_captions(text)
    check_items(text, first)
    assert find_captions(text) == first


@pytest.mark.parametrize(
    "text",
    ["(" * 200_000, "(Photo " * 50_000, "A/" * 100_000, "Photo: " * 50_000, "(a)" * 100_000],
    ids=["parens", "open-photo", "slashes", "labels", "many-parens"],
)
def test_adversarial_input_is_fast(text: str) -> None:
    start = time.perf_counter()
    find_captions(text)
    assert time.perf_counter() - start < 3.0


def test_character_f1_on_whole_pages() -> None:
    # the bar for the held-out real articles is character F1 >= 0.8 (bylines, datelines)
    precision, recall, f1 = page_score("captions")
    assert f1 >= 0.8, (precision, recall, f1)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Tenants on the estate complained for years about leaking roofs. File photo",
            ["Tenants on the estate complained for years about leaking roofs. File photo"],
        ),
        (
            "Crowds gathered outside the court on Monday. FILE PHOTO",
            ["Crowds gathered outside the court on Monday. FILE PHOTO"],
        ),
        ("The clerk said he would File the papers on Monday.", []),
        ("He kept the file photo of his father on his desk for years.", []),
    ],
    ids=["file-photo-tail", "caps-file-photo-tail", "verb-file", "file-photo-in-sentence"],
)
def test_trailing_file_photo_tag(text: str, expected: list[str]) -> None:
    assert [c.span.text for c in find_captions(text)] == expected


def test_a_noun_phrase_caption_closed_by_an_agency() -> None:
    body = "The harbour board met on Tuesday and agreed to widen the northern quay before the storms."
    line = "Harbour master Ana Duarte at the northern quay (PTI)"
    assert [c.text for c in find_captions(f"{body}\n{line}\n{body}")] == [line]
    # a story's last clause that lost its full stop is no caption
    assert find_captions(f"{body}\nThe minister said the quay would reopen in May (PTI)\n{body}") == ()
