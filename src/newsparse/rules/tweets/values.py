"""A post's values: its length as X counts it, the kind of each of its links, its date."""

from __future__ import annotations

import datetime as _dt
import functools

from newsparse._model import Link, Span
from newsparse.rules.tweets import patterns as tp
from newsparse.text.dates import parse_date

# An embed cut at X's 280 characters ends in "…" and keeps its media link: a little over a post.
TRUNCATION_SLACK = 30


def post_weight(text: str) -> int:
    """Return a post's length as X counts it: links weigh 23, CJK characters 2.

    A ``pic.twitter.com`` / ``pic.x.com`` link is the post's attached media, which X does not
    count: a post of 280 characters keeps its media link on top of them.

    >>> post_weight("Hi https://t.co/Ab12Cd34Ef"), post_weight("東京"), post_weight("Hi pic.x.com/Ab12Cd34Ef")
    (26, 4, 3)
    """
    weight = len(text)
    for m in tp.WEIGHT_LINK.finditer(text):
        link = m.group()
        weight += (0 if tp.MEDIA_URL.match(link) else 23) - len(link)
    return weight + len(tp.WIDE_CHAR.findall(text))


def link_of(source: str, start: int, end: int) -> Link:
    """Return the :class:`Link` for the URL at ``[start, end)`` of ``source``, with its kind.

    >>> url = "x.com/ANI/status/1991990000000000001"
    >>> link_of(url, 0, len(url)).status_id
    '1991990000000000001'
    """
    url = source[start:end]
    m = tp.STATUS_URL.match(url)
    if m is not None:
        return Link(Span.of(source, start, end), url, "status", m.group("id"))
    if tp.MEDIA_URL.match(url):
        return Link(Span.of(source, start, end), url, "media")
    if tp.SHORT_URL.match(url):
        return Link(Span.of(source, start, end), url, "short")
    return Link(Span.of(source, start, end), url, "other")


@functools.lru_cache(maxsize=4096)  # the same dates recur across the posts of a corpus
def tweet_date(date_text: str) -> _dt.date | None:
    """Return the date of a signature's date text (a datetime when it has a time, as X's CJK form does)."""
    m = tp.CJK_DATE.fullmatch(date_text.strip())
    if m is not None:
        try:
            if m.group("H"):
                return _dt.datetime(
                    int(m.group("y")),
                    int(m.group("m")),
                    int(m.group("d")),
                    int(m.group("H")),
                    int(m.group("M")),
                )
            return _dt.date(int(m.group("y")), int(m.group("m")), int(m.group("d")))
        except ValueError:
            return None
    parsed = parse_date(date_text.replace("\\", "")).date
    return parsed if parsed is not None else _other_script_date(date_text)


def _other_script_date(date_text: str) -> _dt.date | None:
    """Read a date whose month is named in another script ("1 जनवरी 2024", "जनवरी 1, 2024")."""
    m = tp.OTHER_SCRIPT_DATE.search(date_text)
    if m is None:
        return None
    name = m.group("month")
    month = tp.EXTRA_MONTHS.get(name) or tp.EXTRA_MONTHS.get(name.lower())  # "16 Mayıs 2018"
    day = m.group("d1") or m.group("d2")
    if month is None or day is None:
        return None
    try:
        return _dt.date(int(m.group("y")), month, int(day))
    except ValueError:
        return None
