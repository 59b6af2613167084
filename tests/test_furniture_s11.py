"""Furniture shapes of the tenth round (#9): a stamp-labelled byline inside a one-line scrape's
head, writers' addresses alone under the story, several sources on one credit line, and a US
broadcaster's call sign opening the lede's dateline. The articles are invented."""

from __future__ import annotations

import pytest

import newsparse

_BODY = (
    "The harbour board approved the new ferry timetable on Tuesday after a long debate.\n"
    "Members said the changes would take effect in May, once the second boat is repaired.\n"
)


def _texts(items: tuple[object, ...], text: str) -> list[str]:
    return [text[x.span.start : x.span.end] for x in items]  # type: ignore[attr-defined]


def test_stamp_labelled_byline_in_a_one_line_head() -> None:
    text = (
        "Lifestyle Home Ferry Captain Marks Forty Years at Sea The veteran sailor, Ann, turned 60 on "
        "Nov. 2 By Tom Okafor Published on November 2, 2023 11:44AM EDT The captain told the crew "
        "she would sail one more summer before she retires."
    )
    a = newsparse.parse(text)
    assert _texts(a.bylines, text) == ["By Tom Okafor"]
    assert a.bylines[0].names == ("Tom Okafor",)
    assert a.bylines[0].date is not None and a.bylines[0].date.year == 2023


def test_by_in_a_title_without_a_stamp_is_no_byline() -> None:
    text = (
        "Arts Home A Bridge Designed By Frank Gehry Opens. The bridge, long delayed, opened on Nov. 2 "
        "By the river crowds gathered to watch the first walkers cross it in the rain."
    )
    assert newsparse.parse(text).bylines == ()


@pytest.mark.parametrize(
    ("tail", "bylined"),
    [
        ("jane.roe@dailyledger.example, t.okafor@dailyledger.example", True),
        ("jane.roe@dailyledger.example and t.okafor@dailyledger.example", True),
        ("news.desk@dailyledger.example", False),
        ("letters@dailyledger.example", False),
        ("Write to us at jane.roe@dailyledger.example if you saw the crash.", False),
    ],
)
def test_writers_addresses_alone_under_the_story(tail: str, bylined: bool) -> None:
    text = "Ferry timetable approved\n" + _BODY + tail + "\n"
    found = _texts(newsparse.parse(text).bylines, text)
    assert (tail in found) is bylined


@pytest.mark.parametrize(
    ("line", "credited"),
    [
        ("Source: Harbour Board, Port Authority, Regional Statistics Office", True),
        ("Source: Met Office", True),
        ("Source: the board said that it would not comment on the plans of the ferry operator", False),
    ],
)
def test_source_lines_with_several_sources(line: str, credited: bool) -> None:
    text = "Ferry timetable approved\n" + _BODY + "Table 2 | Sailings per week in 2023.\n" + line + "\n"
    found = _texts(newsparse.parse(text).bylines, text)
    assert (line in found) is credited


@pytest.mark.parametrize(
    ("text", "dateline"),
    [
        ("(KXYZ) — The ferry ran aground on Wednesday, the harbour board said.\n", "(KXYZ) —"),
        ("PORTLAND (WABC-TV) -- The ferry ran aground on Wednesday.\n", "PORTLAND (WABC-TV) --"),
        ("(XYZ) — The ferry ran aground on Wednesday.\n", None),
        ("The captain (KXYZ) — who was on board — said nothing.\n", None),
    ],
)
def test_call_sign_datelines(text: str, dateline: str | None) -> None:
    a = newsparse.parse(text)
    assert _texts(a.datelines, text) == ([dateline] if dateline else [])
    if dateline:
        assert all(not q.content.text.startswith("(") for q in a.quotes)


@pytest.mark.parametrize(
    ("line", "caption"),
    [
        ("Table 3 | The table shows each district's share of ferry sailings in 2022.", True),
        ("Chart 1: Passengers per month on the northern route", True),
        ("A nineteenth-century engraving of the old harbour (via Daily Ledger)", True),
        ("Harbour board chair Jane Roe (C)(AFP)", True),
        ("Table 3 shows that the northern route lost money.", False),
        ("The chair said she would resign (via Twitter)", False),
    ],
)
def test_caption_shapes(line: str, caption: bool) -> None:
    text = "Ferry timetable approved\n" + _BODY + line + "\n" + _BODY
    a = newsparse.parse(text)
    assert (line in _texts(a.captions, text)) is caption
    if caption:
        assert not any(text[b.span.start : b.span.end] == "(AFP)" for b in a.bylines)


def test_first_line_over_a_photo_credit_stays_the_headline() -> None:
    text = (
        "Stadtrat beschließt Schließung des Hallenbads\nFoto: dpa\n"
        "Der Stadtrat hat am Montag beschlossen, das Hallenbad zum Jahresende zu schließen.\n"
    )
    a = newsparse.parse(text)
    assert a.headline is not None and a.headline.text == "Stadtrat beschließt Schließung des Hallenbads"
    assert _texts(a.captions, text) == ["Foto: dpa"]


def test_caption_line_over_a_credit_lower_on_the_page_is_taken() -> None:
    text = "Ferry timetable approved\n" + _BODY + "The old pier after the storm\nGetty Images\n" + _BODY
    assert _texts(newsparse.parse(text).captions, text) == ["The old pier after the storm\nGetty Images"]
