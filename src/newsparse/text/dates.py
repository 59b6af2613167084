"""Dates as news pages write them: ``Nov 21, 2025``, ``21 de noviembre de 2025``, ``4:12 PM IST``.

One entry point, :func:`parse_date`, which never invents a missing part: a date with no
year comes back partial (``date=None`` with ``month`` and ``day`` set), never "this year".
An impossible time (``24:00``, ``25:10``, ``10:60``, ``10:20:60``) is dropped and the date
stays as written: it is never rolled into the next day. Relative stamps (``2 hours ago``,
``yesterday``) get a date only against an explicit ``reference=`` time, never today's.
"""

from __future__ import annotations

import datetime as _dt
import functools
from typing import TYPE_CHECKING

import attrs
import regex

from newsparse.text.lazy import deferred_regex

if TYPE_CHECKING:
    from dateutil.relativedelta import relativedelta as relativedelta_t

__all__ = ["MONTHS", "REGION_ZONES", "TIMEZONES", "ParsedDate", "parse_date"]

# Month names and abbreviations in the languages embeds and bylines use (en, es, fr, de,
# pt, it, nl, cs), lower-cased and without trailing dots. Accented and unaccented spellings
# both appear in scraped text, so both are listed.
MONTHS: dict[str, int] = {}
for _number, _names in enumerate(
    (
        "january jan enero ene janvier janv januar jän jänner janeiro gennaio genn gen januari",
        "february feb febrero febr février fevrier févr fevr februar fevereiro fev febbraio februari",
        "march mar marzo mars märz marz maerz mär mrz março marco maart mrt",
        "april apr abril abr avril avr aprile aprile",
        "may mayo mai maio maggio mag mei",
        "june jun junio juin juni junho giugno giu",
        "july jul julio juillet juil juli julho luglio lug",
        "august aug agosto ago août aout aoû aou augustus",
        "september sep sept septiembre setiembre septembre setembro set settembre sett",
        "october oct octubre octobre oktober outubro out ottobre ott okt",
        "november nov noviembre novembre novembro",
        "december dec diciembre dic décembre decembre déc dezember dez dezembro dicembre",
    ),
    start=1,
):
    for _name in _names.split():
        MONTHS.setdefault(_name, _number)
# Czech: full names only, nominative and genitive ("5. března 2025"); its abbreviations ("led",
# "pro", "lis") are words in other languages.
for _number, _names in enumerate(
    (
        "leden ledna", "únor února", "březen března", "duben dubna", "květen května",
        "červen června", "červenec července", "srpen srpna", "září", "říjen října",
        "listopad listopadu", "prosinec prosince",
    ),
    start=1,
):  # fmt: skip
    for _name in _names.split():
        MONTHS.setdefault(_name, _number)

# Zone abbreviations seen in news timestamps, as UTC offsets in minutes. BST is British
# Summer Time (UK news), IST is India Standard Time (Indian news), not Irish or Israeli.
TIMEZONES: dict[str, int] = {
    "utc": 0, "gmt": 0, "z": 0, "bst": 60, "cet": 60, "cest": 120, "eet": 120, "eest": 180,
    "ist": 330, "pkt": 300, "npt": 345, "bdt": 360, "ict": 420, "wib": 420, "sgt": 480,
    "myt": 480, "hkt": 480, "pht": 480, "awst": 480, "jst": 540, "kst": 540, "aest": 600,
    "aedt": 660, "nzst": 720, "nzdt": 780, "est": -300, "edt": -240, "cst": -360,
    "cdt": -300, "mst": -420, "mdt": -360, "pst": -480, "pdt": -420, "akst": -540,
    "akdt": -480, "hst": -600, "ast": -240, "adt": -180, "msk": 180, "gst": 240, "sast": 120,
    "wat": 60, "cat": 120, "eat": 180,
}  # fmt: skip

# Zone names whose offset depends on the date (daylight saving), mapped to the IANA zone that
# dateutil.tz resolves for the day written: "8:05AM ET" is -04:00 in July and -05:00 in
# December. US outlets write these generic forms; "Eastern"/"Pacific" alone are too common as
# words to read as zones.
REGION_ZONES: dict[str, str] = {
    "et": "America/New_York", "ct": "America/Chicago", "mt": "America/Denver",
    "pt": "America/Los_Angeles", "akt": "America/Anchorage", "aet": "Australia/Sydney",
}  # fmt: skip

_TZ_ALT = "|".join(sorted((regex.escape(z) for z in (*TIMEZONES, *REGION_ZONES)), key=len, reverse=True))

# The patterns are compiled on first use: importing the package should not pay for dates it
# may never read.
#
# The month is read as a run of letters and looked up in MONTHS (:func:`_first_month_date`),
# not spelled as an alternation of the 155 names: such an alternation took ~4 ms to compile,
# per pattern, on every cold start. The matches are the ones the alternation gave, because
# every name is letters only and both patterns need a non-letter right after the month (".",
# a blank, a digit, or the end of a word), so the only name that can match where a run of
# letters starts is the whole run; see _first_month_date for why a run that is no month
# means that no match starts there.
MONTH_TOKEN = r"\p{L}++"
"""A month name as the date patterns read it (checked against :data:`MONTHS` afterwards)."""
# "November 21, 2025", "Nov. 21 2025", "Nov 21" (partial).
MONTH_DAY_YEAR = deferred_regex(
    rf"(?i)\b(?P<month>{MONTH_TOKEN})\.?\s{{0,3}}(?P<day>[0-3]?\d)(?:st|nd|rd|th)?\b"
    r"(?:,?\s{0,3}(?P<year>(?:19|20)\d\d)(?!\d))?"
)
# "21 November 2025", "21. November 2025", "21 de noviembre de 2025", "17 avril 2017".
DAY_MONTH_YEAR = deferred_regex(
    rf"(?i)\b(?P<day>[0-3]?\d)(?:st|nd|rd|th|er|º|°)?\.?\s{{0,3}}(?:de\s{{1,3}})?"
    rf"(?P<month>{MONTH_TOKEN})\b\.?(?:,?\s{{0,3}}(?:de\s{{1,3}}|del\s{{1,3}})?(?P<year>(?:19|20)\d\d)(?!\d))?"
)
# "2025-11-21", "2025-11-21T16:12:00Z". Hours, minutes and seconds are read as any two digits
# so that "T24:00" or "23:59:60" is seen whole and then rejected, never half-read.
ISO_DATE = deferred_regex(
    r"\b(?P<year>(?:19|20)\d\d)-(?P<month>[01]\d)-(?P<day>[0-3]\d)"
    r"(?:[T ](?P<hour>\d\d):(?P<minute>\d\d)(?::(?P<second>\d\d)(?:\.(?P<fraction>\d{1,9}))?)?"
    r"(?P<offset>Z|[+-]\d\d:?\d\d)?)?"
)
# "11/19/2019" (US order; only used when nothing else matched).
SLASH_DATE = deferred_regex(r"\b(?P<month>[01]?\d)/(?P<day>[0-3]?\d)/(?P<year>(?:19|20)\d\d)\b")
# Unix epoch in milliseconds (13 digits) or seconds (10 digits), alone.
EPOCH = deferred_regex(r"^\s*(?P<epoch>1\d{9}(?:\d{3})?)\s*$")
# "4:12 PM", "4:12 p.m.", "16:12", "10:20 IST", "4 PM", "8:05AM ET", "10:20 GMT+10",
# "9:00 UTC-03:30", "10:20 +05:30". Minutes and seconds are read as any two digits so that an
# impossible "10:60" is seen and rejected rather than read as "10".
TIME = deferred_regex(
    r"(?i)(?<![\d:+])(?P<hour>[0-2]?\d)(?::(?P<minute>\d\d)(?::(?P<second>\d\d))?)?(?![\d:])"
    r"\s{0,2}(?P<ampm>[ap]\.?\s?m\b\.?)?"
    r"(?:\s{0,2}\(?(?:GMT|UTC)\s?(?P<gmt>[+-]\d{1,2}(?::?\d\d)?)(?!\d)\)?"
    rf"|\s{{0,2}}(?:\(?(?P<tz>{_TZ_ALT})\)?\b|(?P<offset>[+-]\d\d:?\d\d)(?!\d)))?"
)

# What may sit between a date and the time after it ("at", "um", "às" ...), or after the time
# that comes first.
_TIME_LEAD = deferred_regex(r"(?i)[\s,;/|-]{0,4}(?:at\s|um\s|às\s|a las\s|à\s|alle\s|om\s)?\s{0,2}")
_TIME_GAP = deferred_regex(r"[\s,;/|-]{0,4}")


# "2 hours ago", "an hour ago", "5m ago", "3 days ago", "yesterday", "just now": stamps that
# only mean something against the time the page was read. Numbers are bounded (a stamp never
# says "100000 days ago") and the pattern has no nested repeats.
RELATIVE_STAMP = deferred_regex(
    r"(?i)\b(?P<count>\d{1,4}|an?|one)\s{0,2}"
    r"(?P<unit>seconds?|secs?|minutes?|mins?|hours?|hrs?|days?|weeks?|wks?|months?|years?|yrs?|[smhdw])"
    r"\s{0,2}ago\b|\b(?P<word>just\s{1,3}now|yesterday|today)\b"
)

# A relative unit as relativedelta keywords; units under a day need a reference time of day.
_UNITS: dict[str, str] = {
    "s": "seconds", "sec": "seconds", "secs": "seconds", "second": "seconds", "seconds": "seconds",
    "m": "minutes", "min": "minutes", "mins": "minutes", "minute": "minutes", "minutes": "minutes",
    "h": "hours", "hr": "hours", "hrs": "hours", "hour": "hours", "hours": "hours",
    "d": "days", "day": "days", "days": "days", "w": "weeks", "wk": "weeks", "wks": "weeks",
    "week": "weeks", "weeks": "weeks", "month": "months", "months": "months",
    "year": "years", "years": "years", "yr": "years", "yrs": "years",
}  # fmt: skip
_SUB_DAY = frozenset({"seconds", "minutes", "hours"})

Clock = tuple[int, int, int, _dt.tzinfo | None, str | None]
"""hour, minute, second, a fixed zone, or the IANA name of a zone that depends on the date."""


@attrs.frozen(slots=True)
class ParsedDate:
    """What :func:`parse_date` read from a string."""

    date: _dt.date | None = None
    """The full date (a ``datetime`` when a time was written); ``None`` when partial or unreadable."""
    year: int | None = None
    """The year as written (or as resolved from a relative stamp), else ``None``."""
    month: int | None = None
    """The month as written (or as resolved from a relative stamp), else ``None``."""
    day: int | None = None
    """The day as written (or as resolved from a relative stamp), else ``None``."""
    relative: bool = False
    """``True`` when ``date`` was computed from a relative stamp (``2 hours ago``) and ``reference``."""


def _time_after(text: str, pos: int) -> Clock | None:
    # A time must follow the date closely ("at 4:12 PM", ", 10:20 IST", " / 04:43 PM CST").
    window = text[pos : pos + 40]
    lead = _TIME_LEAD.match(window)
    start = lead.end() if lead else 0
    m = TIME.match(window, start)
    if m is None or (m.group("minute") is None and m.group("ampm") is None):
        return None
    return _time_of(m)


def _time_before(text: str, pos: int) -> Clock | None:
    # "22:00 GMT, 26 September 2020" and "5:45 AM PST 11/19/2019" put the time first.
    window = text[max(0, pos - 24) : pos]
    for m in TIME.finditer(window):
        tail = window[m.end() :]
        if m.group("minute") is not None and _TIME_GAP.fullmatch(tail):
            return _time_of(m)
    return None


def _time_of(m: regex.Match[str]) -> Clock | None:
    """The clock time of a ``TIME`` match, or ``None`` when no such time exists.

    Hour 24 and above, minute or second 60 and above, and hour 0 with "PM" are not times:
    they are dropped (the caller keeps the date alone) rather than rolled into the next day.
    """
    hour = int(m.group("hour"))
    minute = int(m.group("minute") or 0)
    second = int(m.group("second") or 0)
    ampm = (m.group("ampm") or "").lower()
    if ampm and hour == 0 and ampm.startswith("p"):
        return None
    if ampm.startswith("p") and hour < 12:
        hour += 12
    elif ampm.startswith("a") and hour == 12:
        hour = 0
    if hour > 23 or minute > 59 or second > 59:
        return None
    tz: _dt.tzinfo | None = None
    region: str | None = None
    if m.group("gmt"):
        tz = _fixed_offset(m.group("gmt"), max_hours=14)
        if tz is None:
            return None
    elif m.group("tz"):
        name = m.group("tz").lower()
        if name in TIMEZONES:
            tz = _dt.timezone(_dt.timedelta(minutes=TIMEZONES[name]))
        else:
            region = REGION_ZONES[name]
    elif m.group("offset"):
        tz = _fixed_offset(m.group("offset"), max_hours=14)
        if tz is None:
            return None
    return hour, minute, second, tz, region


def _fixed_offset(raw: str, max_hours: int) -> _dt.timezone | None:
    """``+05:30``, ``-0300``, ``+10``, ``Z`` as a fixed zone; ``None`` for offsets no zone has."""
    if raw in {"Z", "z"}:
        return _dt.UTC
    sign = -1 if raw[0] == "-" else 1
    digits = raw[1:].replace(":", "")
    hours = int(digits[:-2] if len(digits) > 2 else digits)
    minutes = int(digits[-2:]) if len(digits) > 2 else 0
    if hours > max_hours or minutes > 59:
        return None
    return _dt.timezone(sign * _dt.timedelta(hours=hours, minutes=minutes))


def _zoned(value: _dt.datetime, region: str) -> _dt.datetime:
    """``value`` in the IANA zone ``region``, with the offset that zone had on that day.

    dateutil.tz knows each zone's daylight-saving history; the result carries it as a fixed
    offset so that it serialises and compares like every other zoned time. A wall time that
    the zone skipped or repeated that day (clocks going forward or back) has no single offset:
    it stays without a zone rather than get a guessed one.
    """
    from dateutil import tz as dateutil_tz  # lazy: only stamps with a region zone need it

    zone = dateutil_tz.gettz(region)
    if zone is None:  # no zone database on this machine
        return value
    local = value.replace(tzinfo=zone)
    if dateutil_tz.datetime_ambiguous(local) or not dateutil_tz.datetime_exists(local):
        return value
    offset = local.utcoffset()
    return value.replace(tzinfo=_dt.timezone(offset)) if offset is not None else value


def _build(year: int | None, month: int, day: int, clock: Clock | None) -> ParsedDate:
    if year is None:
        if 1 <= month <= 12 and 1 <= day <= 31:
            return ParsedDate(None, None, month, day)
        return ParsedDate()
    try:
        date = _dt.date(year, month, day)
    except ValueError:
        return ParsedDate()
    if clock is not None:
        hour, minute, second, tz, region = clock
        value = _dt.datetime(year, month, day, hour, minute, second, tzinfo=tz)
        if region is not None:
            value = _zoned(value, region)
        return ParsedDate(value, year, month, day)
    return ParsedDate(date, year, month, day)


def parse_date(text: str, *, reference: _dt.date | None = None) -> ParsedDate:
    """Read the first date in ``text`` (with its time and zone when written next to it).

    >>> parse_date("November 21, 2025").date
    datetime.date(2025, 11, 21)
    >>> parse_date("21 de noviembre de 2025").date
    datetime.date(2025, 11, 21)
    >>> parse_date("Nov 21, 2025 at 4:12 PM").date
    datetime.datetime(2025, 11, 21, 16, 12)
    >>> p = parse_date("Nov 21")
    >>> p.date, p.month, p.day
    (None, 11, 21)

    A time that cannot exist is dropped, never rolled into the next day:

    >>> parse_date("2025-12-31T24:00").date
    datetime.date(2025, 12, 31)

    Zones are kept; a US zone without "S" or "D" gets the offset of the day written:

    >>> parse_date("July 4, 2025, 8:05AM ET").date.isoformat()
    '2025-07-04T08:05:00-04:00'
    >>> parse_date("Dec 4, 2025, 8:05AM ET").date.isoformat()
    '2025-12-04T08:05:00-05:00'

    A relative stamp has a date only against the ``reference`` you give (the time the page was
    fetched, say); without one it has none, because today is not when it was written:

    >>> import datetime
    >>> fetched = datetime.datetime(2025, 11, 21, 9, 30)
    >>> parse_date("2 hours ago", reference=fetched).date
    datetime.datetime(2025, 11, 21, 7, 30)
    >>> parse_date("yesterday", reference=fetched).date
    datetime.date(2025, 11, 20)
    >>> parse_date("2 hours ago").date is None
    True

    A non-``str`` raises ``TypeError``; text longer than 400 characters is not a date string
    and gives an empty result.
    """
    from newsparse._errors import ensure_str

    text = ensure_str(text)
    if reference is not None and not isinstance(reference, _dt.date):
        raise TypeError(
            f"reference must be a datetime.date or datetime.datetime, not {type(reference).__name__}"
        )
    if not text or len(text) > 400:
        return ParsedDate()
    found = _parse_date_cached(text)
    if found == ParsedDate() and reference is not None:
        return _relative(text, reference)
    return found


def _relative(text: str, reference: _dt.date) -> ParsedDate:
    """Resolve ``2 hours ago`` or ``yesterday`` against ``reference`` with relativedelta.

    Units under a day give a ``datetime`` and need a ``datetime`` reference; days and longer
    give a ``date``, because "3 days ago" says nothing about the time of day.
    """
    m = RELATIVE_STAMP.search(text)
    if m is None:
        return ParsedDate()
    from dateutil.relativedelta import relativedelta  # lazy: only relative stamps need it

    word = m.group("word")
    if word is not None:
        word = word.lower()
        if word.startswith("just"):
            unit, count = "seconds", 0
        else:
            unit, count = "days", 1 if word == "yesterday" else 0
    else:
        raw = m.group("count").lower()
        count = int(raw) if raw.isdigit() else 1
        unit = _UNITS[m.group("unit").lower()]
    if unit in _SUB_DAY:
        if not isinstance(reference, _dt.datetime):
            return ParsedDate()  # "2 hours ago" from a bare date could be either day
        value: _dt.date = reference - _delta(relativedelta, unit, count)
    else:
        day = reference.date() if isinstance(reference, _dt.datetime) else reference
        value = day - _delta(relativedelta, unit, count)
    return ParsedDate(value, value.year, value.month, value.day, relative=True)


def _delta(relativedelta: type[relativedelta_t], unit: str, count: int) -> relativedelta_t:
    # Spelled out per unit: relativedelta takes them as keywords, and months and years are
    # calendar steps (Mar 31 minus one month is Feb 28), which timedelta cannot do.
    if unit == "seconds":
        return relativedelta(seconds=count)
    if unit == "minutes":
        return relativedelta(minutes=count)
    if unit == "hours":
        return relativedelta(hours=count)
    if unit == "days":
        return relativedelta(days=count)
    if unit == "weeks":
        return relativedelta(weeks=count)
    if unit == "months":
        return relativedelta(months=count)
    return relativedelta(years=count)


@functools.lru_cache(maxsize=4096)  # the same date strings recur across a corpus
def _parse_date_cached(text: str) -> ParsedDate:
    m = EPOCH.match(text)
    if m:
        raw = int(m.group("epoch"))
        seconds = raw / 1000 if raw >= 10**12 else raw
        return _from_datetime(_dt.datetime.fromtimestamp(seconds, tz=_dt.UTC))
    m = ISO_DATE.search(text)
    if m:
        found = _from_iso(m)
        if found is not None:
            return found
    best: regex.Match[str] | None = None
    for pattern in (MONTH_DAY_YEAR, DAY_MONTH_YEAR):
        found_match = _first_month_date(pattern, text)
        if found_match is not None and (best is None or _preference(found_match) > _preference(best)):
            best = found_match
    if best is not None:
        year = int(best.group("year")) if best.group("year") else None
        month = MONTHS[best.group("month").lower()]
        clock = _time_after(text, best.end()) if year is not None else None
        if clock is None and year is not None:
            clock = _time_before(text, best.start())
        return _build(year, month, int(best.group("day")), clock)
    m = SLASH_DATE.search(text)
    if m:
        clock = _time_after(text, m.end()) or _time_before(text, m.start())
        return _build(int(m.group("year")), int(m.group("month")), int(m.group("day")), clock)
    return ParsedDate()


def _first_month_date(pattern: regex.Pattern[str], text: str) -> regex.Match[str] | None:
    """The first match of ``pattern`` (``MONTH_DAY_YEAR`` or ``DAY_MONTH_YEAR``) whose month is
    in :data:`MONTHS`: the first match the patterns gave when they spelled every month name.

    A match whose run of letters is no month is skipped, and the search goes on one character
    further: no match of the spelled-out pattern starts where it did. In ``MONTH_DAY_YEAR`` the
    month is the first thing matched, and only the whole run can be a name. In
    ``DAY_MONTH_YEAR`` the other ways through the day start the run elsewhere: at a blank, a
    dot or a digit (no run), at the suffix ("st", "er": no name begins with one), or at the
    "de" before the month (the run "de", no name). A run that the spelled-out pattern matched
    only through case folding that ``str.lower`` does not do ("ſept") is skipped too: it used
    to raise ``KeyError`` here.
    """
    pos = 0
    while (m := pattern.search(text, pos)) is not None:
        if m.group("month").lower() in MONTHS:
            return m
        pos = m.start() + 1
    return None


def _from_iso(m: regex.Match[str]) -> ParsedDate | None:
    """An ISO 8601 date or date-time, built with the standard library.

    ``None`` when the date does not exist (the caller tries the other shapes). A time that does
    not exist (``T24:00``, ``T23:60``) or an offset no zone has (``+25:00``) leaves the date
    alone: ISO allows ``24:00`` as "end of day", but turning it into the next day would give a
    date that was not written.
    """
    try:
        day = _dt.date(int(m.group("year")), int(m.group("month")), int(m.group("day")))
    except ValueError:
        return None
    if m.group("hour") is None:
        return _from_date(day)
    hour, minute = int(m.group("hour")), int(m.group("minute"))
    second = int(m.group("second") or 0)
    if hour > 23 or minute > 59 or second > 59:
        return _from_date(day)
    tz: _dt.tzinfo | None = None
    if m.group("offset"):
        tz = _fixed_offset(m.group("offset"), max_hours=23)
        if tz is None:
            return _from_date(day)
    micro = int((m.group("fraction") or "0")[:6].ljust(6, "0"))
    return _from_datetime(_dt.datetime(day.year, day.month, day.day, hour, minute, second, micro, tzinfo=tz))


def _preference(m: regex.Match[str]) -> tuple[bool, int]:
    # A match with a year beats one without; then the earlier one wins.
    return (m.group("year") is not None, -m.start())


def _from_datetime(value: _dt.datetime) -> ParsedDate:
    return ParsedDate(value, value.year, value.month, value.day)


def _from_date(value: _dt.date) -> ParsedDate:
    return ParsedDate(value, value.year, value.month, value.day)
