"""Dates as news pages write them: ``Nov 21, 2025``, ``21 de noviembre de 2025``, ``4:12 PM IST``.

One entry point, :func:`parse_date`, which never invents a missing part: a date with no
year comes back partial (``date=None`` with ``month`` and ``day`` set), never "this year".
"""

from __future__ import annotations

import datetime as _dt
import functools

import attrs
import regex

__all__ = ["MONTHS", "TIMEZONES", "ParsedDate", "parse_date"]

# Month names and abbreviations in the languages embeds and bylines use (en, es, fr, de,
# pt, it, nl), lower-cased and without trailing dots. Accented and unaccented spellings
# both appear in scraped text, so both are listed.
MONTHS: dict[str, int] = {}
for _number, _names in enumerate(
    (
        "january jan enero ene janvier janv januar jän jänner janeiro gennaio genn gen januari",
        "february feb febrero febr février fevrier févr fevr februar fevereiro fev febbraio februari",
        "march mar marzo mars märz marz maerz março marco maart mrt",
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

_MONTH_ALT = "|".join(sorted((regex.escape(m) for m in MONTHS), key=len, reverse=True))
_TZ_ALT = "|".join(sorted(TIMEZONES, key=len, reverse=True))

# "November 21, 2025", "Nov. 21 2025", "Nov 21" (partial).
MONTH_DAY_YEAR = regex.compile(
    rf"(?i)\b(?P<month>{_MONTH_ALT})\.?\s{{0,3}}(?P<day>[0-3]?\d)(?:st|nd|rd|th)?\b"
    r"(?:,?\s{0,3}(?P<year>(?:19|20)\d\d)(?!\d))?"
)
# "21 November 2025", "21. November 2025", "21 de noviembre de 2025", "17 avril 2017".
DAY_MONTH_YEAR = regex.compile(
    rf"(?i)\b(?P<day>[0-3]?\d)(?:st|nd|rd|th|er|º|°)?\.?\s{{0,3}}(?:de\s{{1,3}})?"
    rf"(?P<month>{_MONTH_ALT})\b\.?(?:,?\s{{0,3}}(?:de\s{{1,3}}|del\s{{1,3}})?(?P<year>(?:19|20)\d\d)(?!\d))?"
)
# "2025-11-21", "2025-11-21T16:12:00Z".
ISO_DATE = regex.compile(
    r"\b(?P<year>(?:19|20)\d\d)-(?P<month>[01]\d)-(?P<day>[0-3]\d)"
    r"(?:[T ](?P<hour>[0-2]\d):(?P<minute>[0-5]\d)(?::(?P<second>[0-5]\d)(?:\.\d{1,9})?)?"
    r"(?P<offset>Z|[+-][0-2]\d:?[0-5]\d)?)?"
)
# "11/19/2019" (US order; only used when nothing else matched).
SLASH_DATE = regex.compile(r"\b(?P<month>[01]?\d)/(?P<day>[0-3]?\d)/(?P<year>(?:19|20)\d\d)\b")
# Unix epoch in milliseconds (13 digits) or seconds (10 digits), alone.
EPOCH = regex.compile(r"^\s*(?P<epoch>1\d{9}(?:\d{3})?)\s*$")
# "4:12 PM", "4:12 p.m.", "16:12", "10:20 IST", "4 PM".
TIME = regex.compile(
    r"(?i)(?<![\d:])(?P<hour>[0-2]?\d)(?::(?P<minute>[0-5]\d)(?::(?P<second>[0-5]\d))?)?"
    r"\s{0,2}(?P<ampm>[ap]\.?\s?m\b\.?)?"
    rf"(?:\s{{0,2}}(?:\(?(?P<tz>{_TZ_ALT})\)?\b|(?P<offset>[+-][01]\d:?[0-5]\d)))?"
)


@attrs.frozen(slots=True)
class ParsedDate:
    """What :func:`parse_date` read from a string."""

    date: _dt.date | None = None
    """The full date (a ``datetime`` when a time was written); ``None`` when partial or unreadable."""
    year: int | None = None
    """The year as written, else ``None``."""
    month: int | None = None
    """The month as written, else ``None``."""
    day: int | None = None
    """The day as written, else ``None``."""


def _time_after(text: str, pos: int) -> tuple[int, int, int, _dt.tzinfo | None] | None:
    # A time must follow the date closely ("at 4:12 PM", ", 10:20 IST", " / 04:43 PM CST").
    window = text[pos : pos + 40]
    lead = regex.match(r"(?i)[\s,;/|-]{0,4}(?:at\s|um\s|às\s|a las\s|à\s|alle\s|om\s)?\s{0,2}", window)
    start = lead.end() if lead else 0
    m = TIME.match(window, start)
    if m is None or (m.group("minute") is None and m.group("ampm") is None):
        return None
    return _time_of(m)


def _time_before(text: str, pos: int) -> tuple[int, int, int, _dt.tzinfo | None] | None:
    # "22:00 GMT, 26 September 2020" and "5:45 AM PST 11/19/2019" put the time first.
    window = text[max(0, pos - 24) : pos]
    for m in TIME.finditer(window):
        tail = window[m.end() :]
        if m.group("minute") is not None and regex.fullmatch(r"[\s,;/|-]{0,4}", tail):
            return _time_of(m)
    return None


def _time_of(m: regex.Match[str]) -> tuple[int, int, int, _dt.tzinfo | None] | None:
    hour = int(m.group("hour"))
    minute = int(m.group("minute") or 0)
    second = int(m.group("second") or 0)
    ampm = (m.group("ampm") or "").lower()
    if ampm.startswith("p") and hour < 12:
        hour += 12
    elif ampm.startswith("a") and hour == 12:
        hour = 0
    if hour > 23:
        return None
    tz: _dt.tzinfo | None = None
    if m.group("tz"):
        tz = _dt.timezone(_dt.timedelta(minutes=TIMEZONES[m.group("tz").lower()]))
    elif m.group("offset"):
        raw = m.group("offset").replace(":", "")
        sign = -1 if raw[0] == "-" else 1
        tz = _dt.timezone(sign * _dt.timedelta(hours=int(raw[1:3]), minutes=int(raw[3:5])))
    return hour, minute, second, tz


def _build(
    year: int | None, month: int, day: int, clock: tuple[int, int, int, _dt.tzinfo | None] | None
) -> ParsedDate:
    if year is None:
        if 1 <= month <= 12 and 1 <= day <= 31:
            return ParsedDate(None, None, month, day)
        return ParsedDate()
    try:
        date = _dt.date(year, month, day)
    except ValueError:
        return ParsedDate()
    if clock is not None:
        hour, minute, second, tz = clock
        return ParsedDate(_dt.datetime(year, month, day, hour, minute, second, tzinfo=tz), year, month, day)
    return ParsedDate(date, year, month, day)


def parse_date(text: str) -> ParsedDate:
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
    """
    if not text or len(text) > 400:
        return ParsedDate()
    return _parse_date_cached(text)


@functools.lru_cache(maxsize=4096)  # the same date strings recur across a corpus
def _parse_date_cached(text: str) -> ParsedDate:
    m = EPOCH.match(text)
    if m:
        raw = int(m.group("epoch"))
        seconds = raw / 1000 if raw >= 10**12 else raw
        return _from_datetime(_dt.datetime.fromtimestamp(seconds, tz=_dt.UTC))
    m = ISO_DATE.search(text)
    if m:
        try:
            from dateutil import parser as dateutil_parser  # lazy: importing it costs ~80 ms

            value = dateutil_parser.isoparse(m.group(0))
        except (ValueError, OverflowError):
            value = None
        if value is not None:
            return _from_datetime(value) if m.group("hour") else _from_date(value.date())
    best: regex.Match[str] | None = None
    for pattern in (MONTH_DAY_YEAR, DAY_MONTH_YEAR):
        for found in pattern.finditer(text):
            if best is None or _preference(found) > _preference(best):
                best = found
            break
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


def _preference(m: regex.Match[str]) -> tuple[bool, int]:
    # A match with a year beats one without; then the earlier one wins.
    return (m.group("year") is not None, -m.start())


def _from_datetime(value: _dt.datetime) -> ParsedDate:
    return ParsedDate(value, value.year, value.month, value.day)


def _from_date(value: _dt.date) -> ParsedDate:
    return ParsedDate(value, value.year, value.month, value.day)
