"""parse_date: impossible times are never rolled into another day; zones; relative stamps."""

from __future__ import annotations

import datetime as dt

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

import newsparse
from newsparse import Document, TimestampRule, find_timestamps, find_tweets, parse_date

IST = dt.timezone(dt.timedelta(hours=5, minutes=30))

# (text, the date it must give): every impossible time leaves the written date, never the next.
IMPOSSIBLE_TIMES = [
    ("2025-12-31T24:00", dt.date(2025, 12, 31)),
    ("2025-12-31T24:00:00Z", dt.date(2025, 12, 31)),
    ("2025-12-31 25:10", dt.date(2025, 12, 31)),
    ("2025-12-31T23:60", dt.date(2025, 12, 31)),
    ("2025-12-31T23:59:60", dt.date(2025, 12, 31)),
    ("2025-12-31T23:00+25:00", dt.date(2025, 12, 31)),
    ("Dec 31, 2025 24:00", dt.date(2025, 12, 31)),
    ("Dec 31, 2025 at 24:30 IST", dt.date(2025, 12, 31)),
    ("Dec 31, 2025, 29:05", dt.date(2025, 12, 31)),
    ("Dec 31, 2025 10:60 PM", dt.date(2025, 12, 31)),
    ("Dec 31, 2025 11:59:60 PM", dt.date(2025, 12, 31)),
    ("Dec 31, 2025 0:05 PM", dt.date(2025, 12, 31)),
    ("24:00 GMT, 31 December 2025", dt.date(2025, 12, 31)),
    ("12/31/2025 24:00", dt.date(2025, 12, 31)),
    ("Dec 31, 2025 10:20 GMT+15", dt.date(2025, 12, 31)),
]


@pytest.mark.parametrize(("text", "expected"), IMPOSSIBLE_TIMES, ids=[t for t, _ in IMPOSSIBLE_TIMES])
def test_impossible_time_keeps_the_written_date(text: str, expected: dt.date) -> None:
    parsed = parse_date(text)
    assert parsed.date == expected and type(parsed.date) is dt.date
    assert (parsed.year, parsed.month, parsed.day) == (2025, 12, 31)


VALID_TIMES = [
    ("2025-12-31T23:59", dt.datetime(2025, 12, 31, 23, 59)),
    ("2025-12-31T23:59:59.5Z", dt.datetime(2025, 12, 31, 23, 59, 59, 500000, tzinfo=dt.UTC)),
    ("2025-12-31T00:00+05:30", dt.datetime(2025, 12, 31, 0, 0, tzinfo=IST)),
    (
        "2025-11-21T16:12:00.123456789-0300",
        dt.datetime(2025, 11, 21, 16, 12, 0, 123456, tzinfo=dt.timezone(-dt.timedelta(hours=3))),
    ),
    ("Dec 31, 2025 12:00 AM", dt.datetime(2025, 12, 31, 0, 0)),
    ("Dec 31, 2025 12:30 PM", dt.datetime(2025, 12, 31, 12, 30)),
    ("Dec 31, 2025 11:59:59 PM", dt.datetime(2025, 12, 31, 23, 59, 59)),
    ("Dec 31, 2025 13:05 PM", dt.datetime(2025, 12, 31, 13, 5)),
]


@pytest.mark.parametrize(("text", "expected"), VALID_TIMES, ids=[t for t, _ in VALID_TIMES])
def test_valid_times_are_read(text: str, expected: dt.datetime) -> None:
    value = parse_date(text).date
    assert value == expected and isinstance(value, dt.datetime)
    assert value.utcoffset() == expected.utcoffset()


@settings(max_examples=300, deadline=None)
@given(
    st.dates(dt.date(1990, 1, 1), dt.date(2099, 12, 31)),
    st.integers(0, 99),
    st.integers(0, 99),
    st.sampled_from(["T", " "]),
)
def test_iso_never_moves_the_day(day: dt.date, hour: int, minute: int, sep: str) -> None:
    text = f"{day.isoformat()}{sep}{hour:02d}:{minute:02d}"
    parsed = parse_date(text)
    assert parsed.date is not None
    assert (parsed.year, parsed.month, parsed.day) == (day.year, day.month, day.day)
    assert (parsed.date.year, parsed.date.month, parsed.date.day) == (day.year, day.month, day.day)
    assert isinstance(parsed.date, dt.datetime) == (hour < 24 and minute < 60)


@settings(max_examples=300, deadline=None)
@given(
    st.dates(dt.date(1990, 1, 1), dt.date(2099, 12, 31)),
    st.integers(0, 29),
    st.integers(0, 99),
    st.sampled_from(["", " AM", " PM", " IST", " ET", " GMT+10", " +05:30"]),
)
def test_written_time_never_moves_the_day(day: dt.date, hour: int, minute: int, tail: str) -> None:
    text = f"{day:%B} {day.day}, {day.year} {hour}:{minute:02d}{tail}"
    parsed = parse_date(text)
    assert parsed.date is not None
    assert (parsed.date.year, parsed.date.month, parsed.date.day) == (day.year, day.month, day.day)


@pytest.mark.parametrize("clock", ["24:00", "25:10", "23:60"])
def test_tweet_signature_date_agrees_with_its_text(clock: str) -> None:
    (tweet,) = find_tweets(f"Polls close at midnight\n— Ana Ruiz (@anaruiz) 2025-12-31T{clock}")
    # the tweet pattern may stop before an impossible time; either way the date is the written day
    assert tweet.date_text is not None and tweet.date_text.startswith("2025-12-31")
    assert tweet.date == dt.date(2025, 12, 31)


@pytest.mark.parametrize("clock", ["24:00", "25:10", "23:60", "12:61 PM"])
def test_timestamp_date_agrees_with_its_text(clock: str) -> None:
    (stamp,) = find_timestamps(f"Updated: Dec 31, 2025, {clock} IST")
    assert stamp.date == dt.date(2025, 12, 31)


ZONES = [
    ("Nov 21, 2025, 10:20 IST", dt.timedelta(hours=5, minutes=30)),
    ("July 4, 2025, 8:05AM ET", dt.timedelta(hours=-4)),
    ("Dec 4, 2025, 8:05AM ET", dt.timedelta(hours=-5)),
    ("Jan 9, 2025 5:00 PM PT", dt.timedelta(hours=-8)),
    ("Aug 9, 2025 5:00 PM PT", dt.timedelta(hours=-7)),
    ("Jan 9, 2025 9:15 AET", dt.timedelta(hours=11)),
    ("Nov 21, 2025 10:20 GMT+10", dt.timedelta(hours=10)),
    ("Nov 21, 2025 10:20 UTC-03:30", dt.timedelta(hours=-3, minutes=-30)),
    ("Nov 21, 2025 10:20 (GMT+5:45)", dt.timedelta(hours=5, minutes=45)),
    ("Nov 21, 2025 10:20 +05:30", dt.timedelta(hours=5, minutes=30)),
    ("2025-11-21T10:20:00Z", dt.timedelta(0)),
]


@pytest.mark.parametrize(("text", "offset"), ZONES, ids=[t for t, _ in ZONES])
def test_zone_aware_datetimes(text: str, offset: dt.timedelta) -> None:
    value = parse_date(text).date
    assert isinstance(value, dt.datetime)
    assert value.utcoffset() == offset


@pytest.mark.parametrize(
    "text",
    ["Nov 2, 2025, 1:30 AM ET", "Mar 9, 2025, 2:30 AM ET"],
    ids=["repeated-hour", "skipped-hour"],
)
def test_wall_time_without_one_offset_gets_no_zone(text: str) -> None:
    value = parse_date(text).date
    assert isinstance(value, dt.datetime) and value.tzinfo is None


def test_zoned_times_round_trip_through_json() -> None:
    article = newsparse.parse("Updated: July 4, 2025, 8:05AM ET\n\nThe parade starts at noon.")
    (stamp,) = article.timestamps
    assert isinstance(stamp.date, dt.datetime) and stamp.date.utcoffset() == dt.timedelta(hours=-4)
    assert newsparse.from_dict(newsparse.to_dict(article)) == article


FETCHED = dt.datetime(2025, 3, 31, 9, 30, tzinfo=IST)

RELATIVE = [
    ("2 hours ago", dt.datetime(2025, 3, 31, 7, 30, tzinfo=IST)),
    ("an hour ago", dt.datetime(2025, 3, 31, 8, 30, tzinfo=IST)),
    ("45 mins ago", dt.datetime(2025, 3, 31, 8, 45, tzinfo=IST)),
    ("5m ago", dt.datetime(2025, 3, 31, 9, 25, tzinfo=IST)),
    ("just now", FETCHED),
    ("Updated 10 hours ago", dt.datetime(2025, 3, 30, 23, 30, tzinfo=IST)),
    ("yesterday", dt.date(2025, 3, 30)),
    ("today", dt.date(2025, 3, 31)),
    ("3 days ago", dt.date(2025, 3, 28)),
    ("2 weeks ago", dt.date(2025, 3, 17)),
    ("a month ago", dt.date(2025, 2, 28)),
    ("1 year ago", dt.date(2024, 3, 31)),
]


@pytest.mark.parametrize(("text", "expected"), RELATIVE, ids=[t for t, _ in RELATIVE])
def test_relative_stamps_against_a_reference(text: str, expected: dt.date) -> None:
    parsed = parse_date(text, reference=FETCHED)
    assert parsed.date == expected and type(parsed.date) is type(expected)
    assert parsed.relative
    assert parse_date(text).date is None, "no reference: no date (never today's)"


def test_sub_day_stamp_against_a_bare_date_has_no_date() -> None:
    # "2 hours ago" from a day without a time could be that day or the one before.
    assert parse_date("2 hours ago", reference=dt.date(2025, 3, 31)).date is None
    assert parse_date("yesterday", reference=dt.date(2025, 3, 31)).date == dt.date(2025, 3, 30)


def test_a_written_date_beats_the_reference() -> None:
    parsed = parse_date("Nov 21, 2025 (3 hours ago)", reference=FETCHED)
    assert parsed.date == dt.date(2025, 11, 21) and not parsed.relative


def test_reference_must_be_a_date() -> None:
    with pytest.raises(TypeError, match="reference must be a datetime"):
        parse_date("2 hours ago", reference="2025-03-31")  # type: ignore[arg-type]


def test_timestamp_rule_with_reference() -> None:
    rule = TimestampRule(reference=FETCHED)
    stamps = list(rule(Document.from_text("Published: Mar 30, 2025 | Updated: 2 hours ago")))
    assert [(s.kind, s.date) for s in stamps] == [
        ("published", dt.date(2025, 3, 30)),
        ("relative", dt.datetime(2025, 3, 31, 7, 30, tzinfo=IST)),
    ]
    # the default rule never dates a relative stamp
    assert [s.date for s in find_timestamps("Updated: 2 hours ago")] == [None]
    parser = newsparse.default_parser.replace("timestamps", rule)
    (stamp,) = parser.parse("Updated: 2 hours ago\n\nThe road reopened.").timestamps
    assert stamp.date == dt.datetime(2025, 3, 31, 7, 30, tzinfo=IST)


def test_parse_date_rejects_non_str() -> None:
    for value in (None, b"2025-11-21", 42, ["2025-11-21"]):
        with pytest.raises(TypeError, match="must be str"):
            parse_date(value)  # type: ignore[arg-type]
