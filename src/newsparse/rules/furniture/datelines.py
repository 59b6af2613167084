"""Datelines: ``WASHINGTON (AP) —``, ``LONDON, Nov 21 (Reuters) -``, ``New Delhi, Nov 21 (PTI)``.

A dateline opens the story, so the rule only looks at the start of the body: the first
unclaimed lines, up to and including the first paragraph that reads like body text (the
headline, byline and timestamp rules run before it and claim their lines). A dateline in
the middle of a paragraph, or at the start of a teaser for another story further down the
page, is never reported. The item's span covers the dateline and its separator only.

>>> [d.text for d in find_datelines("LONDON, Nov 21 (Reuters) - Shares rose on Friday.")]
['LONDON, Nov 21 (Reuters) -']
>>> d = find_datelines("Ahmedabad/New Delhi, Jan 22 (PTI) The council met on Monday.")[0]
>>> d.locations, d.agency, d.month, d.day, d.date
(('Ahmedabad', 'New Delhi'), 'PTI', 1, 22, None)
>>> find_datelines("London is expensive, and it is getting worse.")
()
"""

from __future__ import annotations

import datetime as _dt
import functools
import re
from collections.abc import Iterator

import attrs
import regex

from newsparse._document import Document
from newsparse._model import Dateline, Span, Timestamp
from newsparse.lang import LanguageTables, extend_vocabulary, get_language
from newsparse.rules.furniture.patterns import (
    AGENCIES,
    DASH,
    DATELINE_STOPWORDS,
    LazyPattern,
    alternation,
    fact_row,
    line_segments,
    nonblank_lines,
)
from newsparse.text.dates import MONTHS, parse_date

__all__ = ["DatelineRule", "find_datelines", "stacked_dateline_below"]

# The longest standfirst paragraph a wire dateline may follow in the next paragraph, and its
# most sentences ("Dek one. Dek two. Dek three." / "Berlin/Frankfurt (dpa) - …").
_DEK_PARA_MAX = 300
_DEK_PARA_SENTENCES = 3
# How much of a paragraph a dateline may take: datelines are short.
_WINDOW = 240
# A paragraph "reads like body text" when it is long or ends like a sentence.
_SENTENCE_END = LazyPattern(r"[.!?…:;\"”’')\]।][\s\u00a0]*$")

_B = r"[\s\u00a0]"
_SENTENCE_START = LazyPattern(r"[\p{Lu}\d\"“‘'(]")


@functools.lru_cache(maxsize=32)
def dateline_regex(agencies: tuple[str, ...]) -> regex.Pattern[str]:
    """Return the compiled dateline pattern for an agency vocabulary (cached)."""
    return regex.compile(_dateline_source(agencies), regex.VERBOSE, months=sorted(MONTHS))


@functools.cache
def _plain_dateline_regex() -> regex.Pattern[str]:
    """The dateline pattern for a window without "(" or "/": the forms without an agency.

    Every agency form holds "(" or "/", so in such a window the full pattern can only match
    as this one does (same groups, same spans); it compiles in half the time, and is the
    same for every agency vocabulary.
    """
    return regex.compile(_dateline_source(None), regex.VERBOSE, months=sorted(MONTHS))


# The wire named after "via" in a dateline: one to three capitalised words.
_VIA_NAME = r"\p{Lu}[\p{L}\p{M}\d&.'’\-]{1,30}(?:[\s\u00a0]\p{Lu}[\p{L}\p{M}\d&.'’\-]{1,30}){0,2}"


def _dateline_source(agencies: tuple[str, ...] | None) -> str:
    """The dateline pattern's source; without ``agencies``, only its forms with no "(" or "/"."""
    agency = alternation(agencies) if agencies is not None else ""
    # The month list, the agencies, a date and one place are defined once and called by name
    # ((?&mon), (?&ag), (?&dm), (?&one)): the pattern used to copy them 14, 3, 5 and 4 times,
    # and compiling the copies (``regex`` builds a node per vocabulary character) was most of
    # its first-use cost.
    month = r"(?&mon)"
    # One word of a place name: "WASHINGTON", "Calif.", "N.M.", "ST.", "Nações", "Bogotá".
    word = (
        r"(?:\p{Lu}\.(?:\p{Lu}\.){0,3}"
        r"|\p{Lu}[\p{L}\p{M}'’\-]{0,24}\.?"
        r"|(?:de|da|del|do|dos|das|la|le|les|am|an|upon|on|of|el|al|sur|im)(?=" + _B + r"\p{Lu}))"
    )
    place = rf"{word}(?:{_B}{{1,2}}{word}){{0,4}}"
    # "Washington, DC, United States": up to two regions after the place.
    region = rf"(?:,{_B}{{0,2}}(?!{month}\.?{_B}{{0,2}}\d)(?!\d){place}){{0,2}}"
    one = rf"{place}{region}"
    joiner = rf"(?:{_B}{{0,2}}/{_B}{{0,2}}|{_B}{{1,2}}(?:and|&|AND|und|et|y|e){_B}{{1,2}})"
    # "(Maharashtra)": a region in parentheses (never in a window without "(").
    paren_region = (
        rf"(?:{_B}{{0,2}}\((?!(?&ag)\))\p{{Lu}}[\p{{L}}\p{{M}} .]{{1,30}}\))?" if agencies is not None else ""
    )
    locs = (
        rf"(?P<locs>(?&one)(?:{joiner}(?&one)){{0,3}}{paren_region}"
        rf"(?:{_B}{{0,2}}\[\p{{Lu}}[\p{{L}}\p{{M}} .]{{1,30}}\])?)"  # "[India]"
    )
    day_month = (
        rf"(?:{month}\.?{_B}{{0,2}}\d{{1,2}}(?:st|nd|rd|th)?(?:,?{_B}{{0,2}}(?:19|20)\d\d)?"
        # "3 de março de 2025", "3 de marzo de 2025": Portuguese and Spanish put "de" before the year
        rf"|\d{{1,2}}(?:st|nd|rd|th)?\.?{_B}{{0,2}}(?:de{_B})?{month}\.?(?:,?{_B}{{0,2}}(?:de{_B}{{1,2}})?(?:19|20)\d\d)?)"
    )
    date = rf"(?:,{_B}{{0,2}}(?P<date>(?&dm))(?![\p{{L}}\d]))?"
    pdate = rf"(?:{_B}{{0,2}}\((?P<pdate>(?&dm))\))?"
    # A known agency; after a date and before a separator also an unknown all-caps one
    # ("Srinagar, Nov 21 (KNO):") or a press-release wire between slashes
    # ("COLUMBUS, Ohio, Nov. 21, 2024 /PRNewswire/ --"). Without a separator an unknown one
    # needs the agencies field ("Oslo, Mar 3 (NTB) The ...").
    strong_sep = rf"(?={_B}{{0,3}}(?::|\.?{DASH}))"
    # "CAIRO (Nile Daily / Wire Service - 3rd May, 2021)": any outlet, then the date, in the
    # parentheses (the date makes it a dateline whatever the outlet is called).
    outlet_date = (
        rf"{_B}{{0,2}}\((?P<agency>\p{{Lu}}[\p{{L}}\p{{M}}\d .&/'’]{{0,60}}?)"
        rf"{_B}{{0,2}}(?:,|{DASH}){_B}{{0,2}}(?P<pdate>(?&dm))\)"
    )
    agency_part = (
        rf"(?:{outlet_date}"
        # a known agency, also with its desk: "(CNN Business)", "(Reuters Breakingviews)", or
        # with a second agency or a regional service after a slash: "(AFP/Reuters)", "(dpa/lnw)"
        rf"|{_B}{{0,2}}\((?P<agency>(?&ag)(?:/(?:(?&ag)|\p{{Ll}}{{2,5}}(?=[/)]))){{0,2}}(?:{_B}\p{{Lu}}\p{{Ll}}{{2,20}}){{0,2}}"
        rf"|(?<=\d{_B}{{0,2}}\()\p{{Lu}}{{2,6}}(?=\){strong_sep})"
        # a US broadcaster's call sign before a dash, with or without a place: "(KRON) —",
        # "DENVER (KDVR) --" (the FCC's format: K or W, then two or three letters)
        rf"|[KW]\p{{Lu}}{{2,3}}(?:-(?:TV|DT|FM|AM))?(?=\){_B}{{0,3}}\.?{DASH})"
        # a news site by its domain, after a date: "Dhaka, March 3 (bdnews24.com) -"
        rf"|(?<=\d{_B}{{0,2}}\()[\p{{L}}\d][\w-]{{1,30}}\.\p{{Ll}}{{2,3}}(?:\.\p{{Ll}}{{2}})?(?=\){strong_sep}))\)"
        rf"|(?<=\d){_B}{{1,2}}/(?P<agency>\p{{L}}[\p{{L}}\-]{{1,30}})/{strong_sep}"
        # an all-caps agency after the date and a comma: "Accra, March 3, GNA -"
        rf"|(?<=\d),{_B}{{1,2}}(?P<agency>\p{{Lu}}{{2,6}})(?![\p{{L}}]){strong_sep})"
    )
    sep = rf"(?P<sep>{_B}{{0,3}}(?:\.?{DASH}{{1,2}}|:|\"(?={_B})|\|(?={_B})))"
    # "KVELLER via JTA —": a partner outlet's story relayed by a wire; the wire after "via"
    # is checked in :func:`match_dateline` (all capitals, or a known agency).
    via = rf"(?:{_B}{{1,2}}via{_B}{{1,2}}(?P<via>{_VIA_NAME}))?"
    plain = rf"""
        (?P<plain>{locs}{date}{pdate}{via}{sep}(?:(?={_B}|\Z)|(?<=[—–])(?=\p{{Lu}}[\p{{Ll}}\s\u00a0'’])))
        |(?P<danda>[\p{{L}}\p{{M}}]{{2,20}}(?:{_B}[\p{{L}}\p{{M}}]{{2,20}})?{_B}?।)
        """
    if agencies is None:
        # The agency form's groups, never set (callers read them by name).
        return rf"""
        (?(DEFINE)(?P<mon>(?i:\L<months>))(?P<dm>{day_month})(?P<one>{one}))
        {plain}|(?P<with_agency>)(?P<agency>)(?!)
        """
    return rf"""
        (?(DEFINE)(?P<mon>(?i:\L<months>))(?P<ag>{agency})(?P<dm>{day_month})(?P<one>{one}))
        (?P<with_agency>(?:(?:{locs})?{date}|(?P<date>(?&dm)))?{pdate}{agency_part}{sep}?)
        |{plain}
        """


# Every dateline holds one of these: "(" or "/" around its agency, or its separator (a dash,
# the mis-decoded dash's "â", ":", '"' or "|"), or the Hindi danda. Half the lines at the top
# of a page have none, and skip the pattern.
_NEEDED = re.compile(r"[(/\-—–―‒:\"|।â]")
# What the forms without an agency need: their separator (":", '"', "|", a long dash, the
# mis-decoded dash's "â", a hyphen before a blank or the window's end) or the danda. A lede
# whose hyphens only join words ("Pune-Nashik") skips the pattern and its ~10 ms compile (#8).
_PLAIN_NEEDED = re.compile(r"[:\"|।—–―‒â]|-(?=\s|\Z)")

_CAPS_PAREN = LazyPattern(r"[\s\u00a0]{0,2}\((\p{Lu}{2,6})\)$")
_LOC_SPLIT = LazyPattern(rf"{_B}{{0,2}}/{_B}{{0,2}}|{_B}{{1,2}}(?:and|&|AND|und|et|y|e){_B}{{1,2}}")


@functools.cache
def _default_dateline_regex() -> regex.Pattern[str]:
    return dateline_regex(AGENCIES)


# The one agency form with no "(" or "/": an all-caps agency after the date and a comma
# ("Accra, March 3, GNA -").
_COMMA_AGENCY = LazyPattern(r"\d,[ \u00a0]{1,2}\p{Lu}{2,6}[ \u00a0]{0,3}[-–—:]")


def match_dateline(
    text: str,
    pos: int = 0,
    *,
    agencies: tuple[str, ...] = AGENCIES,
    stopwords: tuple[str, ...] = DATELINE_STOPWORDS,
    body_like: bool = True,
    endpos: int | None = None,
) -> regex.Match[str] | None:
    """Return the dateline match at ``text[pos:]``, or ``None``.

    ``body_like`` says whether the paragraph reads like body text (long, or ending like a
    sentence); a dateline without an agency (``NEW DELHI:``, ``London —``) is only taken
    from such a paragraph, so that ``Trump: I will stay`` (a headline) is not one.

    >>> match_dateline("WASHINGTON (AP) — The Senate voted.").group(0)
    'WASHINGTON (AP) —'
    >>> match_dateline("UPDATE: The Senate voted.") is None
    True
    """
    stop = min(len(text), pos + _WINDOW) if endpos is None else min(endpos, pos + _WINDOW)
    if _NEEDED.search(text, pos, stop) is None:
        return None  # no "(" or "/" for an agency, no separator, no danda: it cannot match
    if (
        text.find("(", pos, stop) < 0
        and text.find("/", pos, stop) < 0
        and (text.find(",", pos, stop) < 0 or _COMMA_AGENCY.search(text, pos, stop) is None)
    ):
        if _PLAIN_NEEDED.search(text, pos, stop) is None:
            return None
        pattern = _plain_dateline_regex()  # no agency form can match: the smaller pattern
    elif agencies is AGENCIES:
        pattern = _default_dateline_regex()
    else:
        pattern = dateline_regex(tuple(agencies))
    m = pattern.match(text, pos, stop)
    if m is None:
        return None
    if m.group("with_agency") is not None:
        return m
    if m.group("danda") is not None:
        return m if body_like else None
    locs = m.group("locs")
    via = m.group("via")
    if via is not None and not (via.isupper() or via in agencies):
        return None  # "NEW YORK via Zoom —": only a wire relays a story
    rest = text[m.end() : min(m.end() + 3, stop)].lstrip(" \u00a0\t")
    if not body_like or (rest and not _SENTENCE_START.match(rest)):
        return None
    if _is_stopword(locs, stopwords):
        return None
    # The place in capitals, its state or country after a comma in either case: "SACRAMENTO,
    # Calif." (AP's style) counts as capitals.
    letters = [c for c in locs.split(",", 1)[0] if c.isalpha()]
    upper = bool(letters) and all(c.isupper() for c in letters)
    sep = m.group("sep").strip()
    # Title-case places need a strong separator and a short name: "New Delhi:", "Kobe —".
    if not upper and (sep in {"-", "|", '"'} or len(locs.split()) > 4):
        return None
    return m


# Languages whose papers write a title-case place before a colon (``New Delhi: The …``); in the
# others a capitalised phrase and a colon at a story's start is a kicker (``Literaturprojekt
# Crowd: Von …``, ``Budgetdefizit, Inflation, Rubelverfall: …``), their datelines take a dash.
_COLON_PLACE_LANGUAGES = frozenset(("en", "und"))


def _title_place_colon(m: regex.Match[str]) -> bool:
    """Whether a dateline match is a place in title case before a colon, with no agency."""
    if m.group("with_agency") is not None or m.group("plain") is None:
        return False
    sep = m.group("sep")
    locs = m.group("locs") or ""
    return sep is not None and sep.strip() == ":" and any(c.islower() for c in locs)


def _is_stopword(locs: str, stopwords: tuple[str, ...]) -> bool:
    lowered = " ".join(locs.lower().split())
    stops = set(stopwords)
    words = [w.strip(".,") for w in lowered.split()]
    if lowered in stops or words[0] in stops or any(w in _SPEECH_WORDS for w in words):
        return True
    if words[-1] in _NOT_PLACE_LAST:
        return True  # "Petrol, Diesel Price Today:", "Markets Live —": a label, not a place
    return "'s" in lowered or "’s" in lowered


# Words a label ends with but a place never does.
_NOT_PLACE_LAST = frozenset(
    ("today", "tonight", "now", "live", "latest", "update", "updates", "yesterday", "tomorrow")
)

# Words that make a capitalised run a speaker, not a place: "HE SAID:", "OFFICIALS SAY —".
_SPEECH_WORDS = frozenset(
    (
        "he", "she", "they", "we", "i", "you", "it", "said", "says", "say", "told", "tells",
        "asked", "asks", "added", "adds", "warned", "warns", "wrote", "writes", "claims",
        "claimed", "insists", "insisted",
    )
)  # fmt: skip


# A numeric date and a dash opening the lede ("24/09/2020 – I progettisti …"): a dateline
# with no place. Day first (the order of every language but US English, which writes a place).
_DATE_ONLY = LazyPattern(
    r"(?P<day>\d{1,2})(?P<s>[/.])(?P<month>\d{1,2})(?P=s)(?P<year>(?:19|20)\d\d)"
    r"[ \u00a0]{1,2}[–—-][ \u00a0](?=\p{Lu})"
)


# The dashes of a dateline whose place the scrape lost, opening the lede: "— -- Hillary
# Clinton has ..." (a wire's "WASHINGTON -- " template with the place left empty, #9). Two
# dash marks are needed: one dash opening a line is a list item's or a speaker's.
_DASHES_ONLY = LazyPattern(r"(?:--|[—–―])[ \u00a0](?:--|[—–―])[ \u00a0]{1,2}(?=\p{Lu}\p{Ll})")
# What such a lede's first character is (the cheap check before the pattern).
_DASH_FIRSTS = frozenset("-—–―")


def _date_only_dateline(text: str, offset: int, m: regex.Match[str]) -> Dateline:
    """The dateline of :data:`_DATE_ONLY`'s match ``m``: its date when it is a calendar date."""
    day, month, year = int(m.group("day")), int(m.group("month")), int(m.group("year"))
    try:
        date: _dt.date | None = _dt.date(year, month, day)
    except ValueError:
        date = None
    end = _rstrip(text, offset, m.end())
    return Dateline(Span.of(text, offset, end), date=date, date_text=text[offset : m.end("year")])


def _dateline_of(text: str, base: int, m: regex.Match[str]) -> Dateline:
    start = base + m.start()
    end = base + m.end()
    locations: tuple[str, ...] = ()
    if m.group("danda") is not None:
        locations = (m.group(0).rstrip("।").strip(),)
    agency = m.group("agency") or m.group("via")
    locs = m.group("locs")
    if locs and agency is None:
        # "OSLO (NTB) -": an unknown all-caps agency in the region's place.
        tail = _CAPS_PAREN.search(locs)
        if tail is not None:
            agency = tail.group(1)
            locs = locs[: tail.start()]
    if m.group("danda") is None and locs:
        locations = tuple(p.strip() for p in _LOC_SPLIT.split(locs) if p.strip())
    date_text = m.group("date") or m.group("pdate")
    month = day = None
    date = None
    if date_text:
        parsed = parse_date(date_text)
        date, month, day = parsed.date, parsed.month, parsed.day
    # Strip trailing blanks the separator group may have eaten (never the separator itself).
    while end > start and text[end - 1] in " \u00a0\t":
        end -= 1
    return Dateline(
        Span.of(text, start, end),
        locations=locations,
        agency=agency,
        date=date,
        date_text=date_text,
        month=month,
        day=day,
    )


def _body_like(text: str) -> bool:
    stripped = text.strip()
    return len(stripped) >= 200 or (len(stripped) >= 40 and bool(_SENTENCE_END.search(stripped[-4:])))


@attrs.frozen(slots=True)
class DatelineRule:
    """Find the dateline at the start of the story body.

    The fields are the rule's vocabulary; extend them by passing longer tuples.
    """

    name: str = "datelines"
    """The rule's name in a :class:`~newsparse.Parser`."""
    agencies: tuple[str, ...] = AGENCIES
    """Agency names that may stand in the dateline's parentheses (``(AP)``, ``(PTI)``)."""
    stopwords: tuple[str, ...] = DATELINE_STOPWORDS
    """Lower-cased words that look like a place before a colon but are labels (``UPDATE:``)."""
    max_lines: int = 12
    """How many non-blank lines from the top to look at, at most."""

    def __call__(self, document: Document) -> Iterator[Dateline]:
        """Yield the dateline of ``document``, if it has one."""
        tables = document.tables
        agencies = extend_vocabulary(self.agencies, tables.agencies)
        stopwords = extend_vocabulary(self.stopwords, tables.dateline_stopwords)
        extra = _language_patterns(tables)
        after = 0
        for found in self._find(document, agencies, stopwords, extra):
            after = found.span.end
            yield found
        yield from _section_datelines(document, agencies, stopwords, after)

    def _find(
        self,
        document: Document,
        agencies: tuple[str, ...],
        stopwords: tuple[str, ...],
        extra: tuple[regex.Pattern[str], ...],
    ) -> Iterator[Dateline]:
        text = document.text
        # A place alone over a timestamp: taken unless the next head repeats it in full.
        pending: Dateline | None = None
        heads: list[tuple[int, int]] = []  # (offset of the unclaimed start, line end), top lines
        for _, line in nonblank_lines(document):
            if len(heads) > self.max_lines:
                break
            first: int | None = None
            for rng in line_segments(document, line):
                stripped = rng.text.lstrip(" \u00a0\t\ufeff")
                if not stripped.strip():
                    continue
                at = rng.start + len(rng.text) - len(stripped)
                if first is None:
                    first = at
                    if rng.end < line.end and _headline_before_claimed(text, at, rng.end, agencies):
                        continue  # "Headline By X Published ... HAIFA, Israel — ...": read on
                    heads.append((at, line.end))
                    break
                heads.append((at, line.end))  # the first segment after the scrape's byline/stamp
                break
            else:
                if first is not None:
                    heads.append((first, line.end))
        stacked = _stacked_dateline(text, heads, agencies, stopwords)
        if stacked is not None:
            yield stacked
            return
        placed = _place_after_stamp(document, heads[:3], stopwords)
        if placed is not None:
            yield placed
            return
        body_seen = 0
        first_body = -2  # index of the first paragraph that reads like body text
        english = document.tables.code in _COLON_PLACE_LANGUAGES
        for i, (offset, line_end) in enumerate(heads[: self.max_lines]):
            para = text[offset : min(line_end, offset + 400)]
            body_like = _body_like(para) or line_end - offset >= 200
            if not body_like and _hard_wrapped(text, heads, i):
                body_like = _body_like(_joined(text, heads, i))  # a lede broken by hard line breaks
            # A dateline alone on its line ("NEW DELHI:" then the lede) reads with the next line.
            alone_ok = (
                not body_like
                and i + 1 < len(heads)
                and _body_like(text[heads[i + 1][0] : heads[i + 1][1]][:400])
            )
            m = match_dateline(
                text,
                offset,
                agencies=agencies,
                stopwords=stopwords,
                body_like=body_like or alone_ok,
                endpos=line_end,
            )
            if m is not None and not english and _title_place_colon(m):
                m = None  # "Literaturprojekt Crowd: Von …": a kicker's colon, not a dateline
            if pending is not None:
                # "WASHINGTON" over the page's timestamp, then "WASHINGTON, DEC 5 - ...": the
                # dateline is the full one that repeats the place; else the place alone.
                if m is not None and m.end() > offset and m.group(0).startswith(pending.text):
                    yield _dateline_of(text, 0, m)
                else:
                    yield pending
                return
            if m is not None and m.end() > offset:
                strong = m.group("with_agency") is not None
                whole_line = not text[m.end() : line_end].strip()
                after_dek = strong and i == first_body + 1 and i + 1 < len(heads)
                if (body_like or strong or whole_line) and (body_seen == 0 or after_dek):
                    yield _with_place_after(
                        text, _dateline_of(text, 0, m), m, line_end, agencies, stopwords, extra
                    )
                    return
            elif extra and body_seen == 0 and (body_like or alone_ok):
                # alone under the headline, over a lede that opens with a capital (the line
                # may read as body when joined to that lede as a hard-wrapped paragraph)
                alone = (
                    i + 1 < len(heads)
                    and offset > document.index.line_span(document.index.nonblank[0]).end
                    and text[heads[i + 1][0]].isupper()
                    and _body_like(text[heads[i + 1][0] : heads[i + 1][1]][:400])
                )
                found = _language_dateline(text, offset, line_end, extra, stopwords, alone)
                if found is not None:
                    yield found
                    return
            if body_seen == 0 and body_like and (m is None or m.end() <= offset) and text[offset].isdigit():
                dated = _DATE_ONLY.match(text, offset, line_end)
                if dated is not None:
                    # "24/09/2020 – I progettisti …": the lede dated, with no place.
                    yield _date_only_dateline(text, offset, dated)
                    return
            if body_seen == 0 and body_like and m is None and text[offset] in _DASH_FIRSTS:
                dashes = _DASHES_ONLY.match(text, offset, line_end)
                if dashes is not None:
                    # "— -- Hillary Clinton has …": the lede's dateline, its place lost.
                    yield Dateline(Span.of(text, offset, _rstrip(text, offset, dashes.end())))
                    return
            if body_seen == 0 and body_like and (m is None or m.end() <= offset):
                # "Dek sentence. Wien – Die ...": a one-line scrape with the standfirst before
                # the lede on the same line.
                found = _dateline_after_dek(text, offset, line_end, agencies, stopwords, extra)
                if found is not None:
                    yield found
                    return
            if not body_like and self._place_over_timestamp(document, offset, line_end, stopwords):
                end = _rstrip(text, offset, line_end)
                pending = Dateline(Span.of(text, offset, end), locations=(text[offset:end],))
                continue
            if body_like:
                body_seen += 1
                first_body = i if body_seen == 1 else first_body
                # A short standfirst first (a dek the headline rule left: up to three
                # sentences, #11) may precede a wire dateline with its agency (the only kind
                # taken after it); anything longer is the story itself, and a dateline after
                # it (a teaser, another story) is not this story's.
                if body_seen > 1 or len(para) >= _DEK_PARA_MAX or para.count(". ") >= _DEK_PARA_SENTENCES:
                    return
                if (len(para) >= 160 or ". " in para) and not _agency_ahead(text, heads, i + 1):
                    return  # past one short sentence only a wire dateline's bracket is read on for
        if pending is not None:
            yield pending

    def _place_over_timestamp(
        self, document: Document, offset: int, line_end: int, stopwords: tuple[str, ...]
    ) -> bool:
        """A place alone in capitals on the line above a timestamp line (``CHENNAI``)."""
        text = document.text
        end = _rstrip(text, offset, line_end)
        if _PLACE_ALONE.fullmatch(text, offset, end) is None or _is_stopword(text[offset:end], stopwords):
            return False
        index = document.line_index_at(line_end)
        for line in map(document.line_span, range(index + 1, min(index + 3, len(document.line_starts)))):
            if line.text.strip():
                first = line.start + len(line.text) - len(line.text.lstrip())
                return any(t.span.start <= first < t.span.end for t in document.items_of(Timestamp))
        return False


@functools.lru_cache(maxsize=32)
def _compiled_patterns(sources: tuple[str, ...]) -> tuple[regex.Pattern[str], ...]:
    return tuple(regex.compile(source) for source in sources)


def _language_patterns(tables: LanguageTables) -> tuple[regex.Pattern[str], ...]:
    """The tables' own dateline shapes, compiled once per tuple; none for English.

    The English tables' patterns are shapes the built-in pattern already reads, so they add
    nothing (``extend_vocabulary`` hands back the English tuple itself, and English output
    stays the built-in pattern's).
    """
    english = get_language("en").dateline_patterns
    sources = extend_vocabulary(english, tables.dateline_patterns)[len(english) :]
    return _compiled_patterns(sources) if sources else ()


def _language_dateline(
    text: str,
    offset: int,
    line_end: int,
    patterns: tuple[regex.Pattern[str], ...],
    stopwords: tuple[str, ...],
    alone: bool = False,
) -> Dateline | None:
    """A dateline in one of the language's shapes (``Köln -``, ``लखनऊ, जेएनएन।``) at ``offset``.

    With ``alone`` (the line under the headline, over the lede's paragraph) the shape may fill
    its line with no agency: ``Dübendorf -`` set on a line of its own by the scrape (#11).
    """
    stop = min(line_end, offset + _WINDOW)
    for pattern in patterns:
        m = pattern.match(text, offset, stop)
        if m is None:
            continue
        place = m.group("place") if "place" in pattern.groupindex else None
        agency = m.group("agency") if "agency" in pattern.groupindex else None
        if place is None or _is_stopword(place, stopwords):
            continue
        rest = text[m.end() : stop].lstrip(" \u00a0\t")
        if not rest and agency is None and not (alone and _ENDS_IN_DASH.search(m.group(0))):
            continue  # alone on its line, only with an agency ("MADRID, 3 (EUROPA PRESS)") or a dash
        if rest and _SENTENCE_START.match(rest) is None and not rest[0].isalpha():
            continue  # a separator, then the story's first word
        end = _rstrip(text, offset, m.end())
        locations = tuple(p.strip() for p in _LOC_SPLIT.split(place) if p.strip())
        return Dateline(Span.of(text, offset, end), locations=locations, agency=agency)
    return None


# A dash closing a dateline that stands alone on its line ("Dübendorf -").
_ENDS_IN_DASH = LazyPattern(r"[-—–][ \u00a0]*+$")


# A standfirst glued before the lede is a sentence or three: the dateline is looked for after
# each of the first few sentence ends within this many characters of the paragraph's start.
_DEK_MAX = 400
_DEK_SENTENCES = 3
# What ends a standfirst's sentence (then blanks and the next sentence's capital).
_DEK_END_CHARS = frozenset('.!?…"”»“।')  # with the danda that ends a Hindi sentence


def _sentence_starts(text: str, start: int, stop: int) -> list[int]:
    """Where a sentence opens within ``text[start:stop]``: after a sentence end and one to
    three blanks, at a capital or a letter of a script without case (Devanagari) (found with
    ``str.find`` per end mark: no pattern to compile on a first parse, no Python step per
    character)."""
    found = []
    for mark in _DEK_END_CHARS:
        i = text.find(mark, start, stop)
        while i >= 0:
            j = i + 1
            while j < stop and j - i <= 3 and text[j] in " \u00a0":
                j += 1
            if i + 1 < j < stop and (text[j].isupper() or (text[j].isalpha() and not text[j].islower())):
                found.append(j)
            i = text.find(mark, i + 1, stop)
    return sorted(found)


def _lede_opens(text: str, pos: int, stop: int) -> bool:
    """Whether a capital (or a letter of a script without case), a digit or an opening quote
    mark follows ``pos`` after up to three blanks."""
    while pos < stop and text[pos] in " \u00a0":
        pos += 1
    if pos >= stop:
        return False
    char = text[pos]
    return char.isupper() or char.isdigit() or char in "\"“„«‘'" or (char.isalpha() and not char.islower())


# How far after a sentence start a mid-line dateline's separator may be.
_DEK_PLACE_REACH = 90


def _may_hold_dateline(text: str, start: int, stop: int) -> bool:
    """A cheap look before the patterns: every dateline allowed after a standfirst holds an
    agency's bracket, a long dash, a spaced hyphen, a pipe or ``.-``, or opens with a place in
    capitals (``BERLIN.``) within its first characters."""
    window = text[start:stop]
    return (
        "(" in window
        or "—" in window
        or "–" in window
        or " - " in window
        or "|" in window
        or ".-" in window
        or (len(window) > 1 and window[1].isupper())
        or "।" in window
    )


def _dateline_after_dek(
    text: str,
    offset: int,
    line_end: int,
    agencies: tuple[str, ...],
    stopwords: tuple[str, ...],
    extra: tuple[regex.Pattern[str], ...],
) -> Dateline | None:
    """A dateline opening the lede after a standfirst on the same line: ``Dek sentence.
    Wien – Die Regierung ...``, ``Dek. LONDON (Reuters) - Shares ...``.

    Inside running text a capitalised word and a colon or a hyphen is often no dateline (an
    interview's ``STANDARD:``, a speaker's ``Expertin:``), so here a dateline needs an agency
    or a long dash after its place (``Wien –``, ``NEW DELHI —``); a language's own shapes
    (``Köln -``) count as they do at a paragraph's start.
    """
    stop = min(line_end, offset + _DEK_MAX)
    for k, at in enumerate(_sentence_starts(text, offset, stop)):
        if k >= _DEK_SENTENCES:
            break
        if not _may_hold_dateline(text, at, min(line_end, at + _DEK_PLACE_REACH)):
            continue
        m = match_dateline(text, at, agencies=agencies, stopwords=stopwords, body_like=True, endpos=line_end)
        found = _dateline_of(text, 0, m) if m is not None and m.end() > at and _strong_mid_line(m) else None
        if found is None and extra:
            found = _language_dateline(text, at, line_end, extra, stopwords)
            if found is not None and not text[at].isupper() and found.agency not in agencies:
                # a script without case (Hindi): every sentence ends in a danda and a name
                # before a colon opens a quote, so inside running text only a known agency or
                # desk makes "नई दिल्ली, जेएनएन।" a dateline, not a short sentence
                found = None
        # The lede opens with a capital: "Ein Sprecher – der nicht genannt werden wollte –"
        # is a parenthesis, not a dateline.
        if found is not None and _lede_opens(text, found.span.end, min(line_end, found.span.end + 4)):
            return found
    return None


def _strong_mid_line(m: regex.Match[str]) -> bool:
    """Whether a dateline match inside a line is strong enough to stand there (see
    :func:`_dateline_after_dek`)."""
    if m.group("with_agency") is not None:
        return True
    if m.group("danda") is not None or m.group("sep") is None:
        return False
    # A colon after a place in capitals is also an interview's label there ("STANDARD: Wie ...").
    return m.group("sep").strip().endswith(("—", "–", "―", "--"))


def _with_place_after(
    text: str,
    found: Dateline,
    m: regex.Match[str],
    line_end: int,
    agencies: tuple[str, ...],
    stopwords: tuple[str, ...],
    extra: tuple[regex.Pattern[str], ...],
) -> Dateline:
    """``found``, run on over the place and date when the agency leads: ``(ANSA) - ROMA, 12 MAR -``."""
    if m.group("with_agency") is None or m.group("locs") or m.group("date") or not m.group("sep"):
        return found
    at = m.end()
    while at < line_end and text[at] in " \u00a0\t":
        at += 1
    nxt = match_dateline(text, at, agencies=agencies, stopwords=stopwords, endpos=line_end)
    after: Dateline | None
    if nxt is not None and nxt.group("with_agency") is None and nxt.end() > at:
        after = _dateline_of(text, 0, nxt)
    else:
        after = _language_dateline(text, at, line_end, extra, stopwords) if extra else None
    if after is None:
        return found
    return attrs.evolve(
        after, span=Span.of(text, found.span.start, after.span.end), agency=found.agency or after.agency
    )


# How far into the paragraph after a standfirst a wire dateline's bracket may stand.
_AGENCY_REACH = 80


def _agency_ahead(text: str, heads: list[tuple[int, int]], i: int) -> bool:
    """Whether head line ``i`` holds a bracket near its start (a wire dateline's agency): the
    one look made before reading on past a standfirst of more than one short sentence."""
    if i >= len(heads):
        return False
    offset, line_end = heads[i]
    return text.find("(", offset, min(line_end, offset + _AGENCY_REACH)) >= 0


def _hard_wrapped(text: str, heads: list[tuple[int, int]], i: int) -> bool:
    """Whether head line ``i`` runs on into the next line: a paragraph wrapped by hard breaks.

    Both lines are of wrapped-text length (at most 100 characters: a lede under a headline is
    longer), the next follows with no blank line, and line ``i`` stops mid-sentence (on a
    lower-case word or a comma).
    """
    if i + 1 >= len(heads):
        return False
    offset, line_end = heads[i]
    nxt, nxt_end = heads[i + 1]
    end = _rstrip(text, offset, line_end)
    if not (25 <= end - offset <= 100 and 10 <= _rstrip(text, nxt, nxt_end) - nxt <= 100):
        return False
    between = text[line_end:nxt]
    if between.count("\n") + between.count("\r") - between.count("\r\n") != 1 or between.strip():
        return False
    if fact_row(text, offset, end) and fact_row(text, nxt, nxt_end):
        return False  # "Available Lengths: 178, 186 cm" over "Stated Weight: 2030 grams": a fact box
    if text[end - 1] == ",":
        return True
    if text[end - 1] not in '.!?:;"”’' and text[nxt].islower():
        return True  # the next line goes on mid-sentence: "… the storm-damaged" / "quay were …"
    last_word = text[offset:end].rsplit(None, 1)[-1]
    return last_word.isalpha() and last_word.islower()  # "met on", not "by June"


def _joined(text: str, heads: list[tuple[int, int]], i: int) -> str:
    """Line ``i`` and the wrapped lines after it, joined with blanks (at most ~400 characters)."""
    parts: list[str] = []
    size = 0
    j = i
    while j < len(heads) and size < 400:
        offset, line_end = heads[j]
        part = text[offset:line_end].strip()
        parts.append(part)
        size += len(part) + 1
        if not _hard_wrapped(text, heads, j):
            break
        j += 1
    return " ".join(parts)[:400]


def _rstrip(text: str, start: int, end: int) -> int:
    while end > start and text[end - 1] in " \u00a0\t\ufeff":
        end -= 1
    return end


# A place in capitals alone on its line: "CHENNAI", "NEW DELHI".
_PLACE_ALONE = LazyPattern(r"\p{Lu}[\p{Lu}.'’\-]{1,20}(?:[\s\u00a0]\p{Lu}[\p{Lu}.'’\-]{1,20}){0,2}")


# "- Mumbai", "– Dar es Salaam": the rest of a stamp line after its dash (see
# timestamps._before_place): one to four words, the first capitalised.
_DASH_PLACE_REST = LazyPattern(
    r"[-–—][\s\u00a0]{1,2}(?P<place>\p{Lu}[\p{L}\p{M}.'’\-]{1,24}(?:[\s\u00a0][\p{L}\p{M}.'’\-]{1,24}){0,3})"
)


def _place_after_stamp(
    document: Document, heads: list[tuple[int, int]], stopwords: tuple[str, ...]
) -> Dateline | None:
    """The place closing the page's stamp line (``June 28, 2023 06:34 pm | Updated 06:34 pm
    IST - Mumbai``): the story's dateline, where the stamp rule left it (#9)."""
    text = document.text
    for offset, line_end in heads:
        if text[offset] not in "-–—":
            continue
        end = _rstrip(text, offset, line_end)
        m = _DASH_PLACE_REST.fullmatch(text, offset, end)
        if m is None or _is_stopword(m.group("place"), stopwords):
            continue
        before = offset
        while before > 0 and text[before - 1] in " \u00a0":
            before -= 1
        if not any(t.span.end == before for t in document.items_of(Timestamp)):
            continue
        place = m.group("place")
        return Dateline(Span.of(text, m.start("place"), m.end("place")), locations=(place,))
    return None


def _headline_before_claimed(text: str, start: int, end: int, agencies: tuple[str, ...]) -> bool:
    """Whether ``text[start:end]`` (cut short by a claimed item) reads as a one-line scrape's headline."""
    return (
        10 <= end - start <= 160
        and text.startswith(("By ", "BY ", "By\u00a0", "BY\u00a0"), end)
        and not _HEADLINE_STOP.search(text, start, end)
        and match_dateline(text, start, agencies=agencies, endpos=end) is None
    )


_HEADLINE_STOP = LazyPattern(r"[.!?:;—–।。]")


def find_datelines(text: str) -> tuple[Dateline, ...]:
    """Return the dateline at the start of ``text`` (an empty tuple when there is none)."""
    from newsparse._errors import ensure_str

    return tuple(DatelineRule()(Document.from_text(ensure_str(text))))


# Lines that divide a roundup page into stories ("___" in AP's "The Latest" pages, "***",
# "* * *"): each story after one opens with its own dateline (#9). Looked for with ``str.find``
# on the text, so a page without one costs three scans in C.
_SECTION_BREAKS = ("\n__", "\n***", "\n* * *")
# The characters a dividing line is made of, and its shortest length.
_BREAK_CHARS = frozenset("_* \t\u00a0")
_BREAK_MIN = 2
# At most this many sections are looked at (a page of thousands of rules costs no more).
_MAX_SECTIONS = 64
# A heading over a section's first story ("HERE'S WHAT ELSE IS HAPPENING:"): capitals, short.
_SECTION_HEADING_MAX = 60


def _section_datelines(
    document: Document, agencies: tuple[str, ...], stopwords: tuple[str, ...], after: int
) -> Iterator[Dateline]:
    """The datelines opening the stories after dividing lines, below ``after``: ``___`` then
    ``LONDON — AstraZeneca says …`` (also with a heading in capitals between them). Only a
    dateline in capitals or with an agency is taken there, on a line that reads like a story's
    first paragraph."""
    text = document.text
    breaks = sorted({at + 1 for mark in _SECTION_BREAKS for at in _finds(text, mark, after, _MAX_SECTIONS)})[
        :_MAX_SECTIONS
    ]
    for start in breaks:
        index = document.line_index_at(start)
        line = document.line_span(index)
        body = line.text.strip()
        if len(body) < _BREAK_MIN or not set(body) <= _BREAK_CHARS:
            continue  # "***Update***": not a dividing line
        found = _section_opening(document, index + 1, agencies, stopwords)
        if found is not None:
            yield found


def _finds(text: str, mark: str, start: int, most: int) -> list[int]:
    """Where ``mark`` occurs in ``text`` from ``start`` (at most ``most`` places)."""
    out: list[int] = []
    at = text.find(mark, start)
    while at >= 0 and len(out) < most:
        out.append(at)
        at = text.find(mark, at + len(mark))
    return out


def _section_opening(
    document: Document, index: int, agencies: tuple[str, ...], stopwords: tuple[str, ...]
) -> Dateline | None:
    """The dateline of the first paragraph from line ``index`` on (one heading line may come
    first), or ``None``."""
    text = document.text
    seen = 0
    for i in range(index, min(index + 4, len(document.line_starts))):
        line = document.line_span(i)
        body = line.text.strip()
        if not body:
            continue
        seen += 1
        if seen > 2:
            return None
        if seen == 1 and len(body) <= _SECTION_HEADING_MAX and body.endswith(":") and body.upper() == body:
            continue  # "HERE'S WHAT ELSE IS HAPPENING:" over the first story
        at = line.start + (len(line.text) - len(line.text.lstrip()))
        if document.claimed and document.is_claimed(at, at + 1):
            return None
        if not _body_like(body):
            return None
        m = match_dateline(text, at, agencies=agencies, stopwords=stopwords, body_like=True, endpos=line.end)
        if m is None or m.end() <= at:
            return None
        locs = m.group("locs") or ""
        if m.group("with_agency") is None and not (locs and _all_caps(locs)):
            return None  # "Meanwhile: ...": only a place in capitals or a wire stands here
        return _dateline_of(text, 0, m)
    return None


def _all_caps(words: str) -> bool:
    """Whether every letter of the place before its region is a capital ("SACRAMENTO, Calif.")."""
    letters = [c for c in words.split(",", 1)[0] if c.isalpha()]
    return bool(letters) and all(c.isupper() for c in letters)


# A line holding only a dash (also the mis-decoded "â€”"): the separator of a dateline set
# over lines, as CNN's pages have it ("New Delhi" / "CNN" / " — ", then the lede; #9).
_DASH_ALONE = frozenset(("—", "–", "―", "-", "--", "â€”"))
# The longest line that may hold such a dash (with its blanks).
_DASH_LINE_MAX = 8
# The longest agency line of such a dateline ("CNN Business") and the longest place line.
_STACK_LINE_MAX = 30
_STACK_PLACE_MAX = 40
# A place alone on its line: capitalised words, a region after a comma ("Washington, DC").
_PLACE_LINE = LazyPattern(r"\p{Lu}[\p{L}\p{M}.'’\-]{0,24}(?:,?[ \u00a0]\p{Lu}[\p{L}\p{M}.'’\-]{0,24}){0,4}")


def stacked_dateline_below(document: Document, position: int) -> bool:
    """Whether the ``position``-th non-blank line is the place or agency line of a dateline set
    over lines: a dash alone on the next line, or on the one after a short line.

    The byline rule asks this before it takes a place or an agency at the top of the page
    (``New Delhi`` / ``CNN`` / `` — `` is the dateline, not a name over an agency).
    """
    nonblank = document.index.nonblank
    text, starts, ends = document.text, document.line_starts, document.line_ends
    for k in (1, 2):
        if position + k >= len(nonblank):
            return False
        i = nonblank[position + k]
        body = text[starts[i] : ends[i]].strip()
        if body in _DASH_ALONE:
            return True
        if len(body) > _STACK_LINE_MAX:
            return False
    return False


def _stacked_dateline(
    text: str, heads: list[tuple[int, int]], agencies: tuple[str, ...], stopwords: tuple[str, ...]
) -> Dateline | None:
    """The dateline set over lines at the top: a place line (optional), an agency line (a known
    agency, maybe with its desk: ``CNN Business``) and a dash alone, over the lede."""
    for i in range(1, min(len(heads) - 1, 4)):
        dash_at, dash_end = heads[i]
        if dash_end - dash_at > _DASH_LINE_MAX or text[dash_at:dash_end].strip() not in _DASH_ALONE:
            continue  # (the length first: a head may be a whole one-line scrape)
        agency_at, agency_end = heads[i - 1]
        agency = _agency_alone(text[agency_at:agency_end].strip(), agencies)
        lede_at, lede_end = heads[i + 1]
        if agency is None or not _body_like(text[lede_at : min(lede_end, lede_at + 400)]):
            return None
        start = agency_at
        locations: tuple[str, ...] = ()
        if i >= 2:
            place_at, place_end = heads[i - 2]
            place = text[place_at : _rstrip(text, place_at, place_end)]
            if (
                len(place) <= _STACK_PLACE_MAX
                and _PLACE_LINE.fullmatch(place) is not None
                and not _is_stopword(place, stopwords)
            ):
                start, locations = place_at, (place,)
        end = _rstrip(text, dash_at, dash_end)
        return Dateline(Span.of(text, start, end), locations=locations, agency=agency)
    return None


def _agency_alone(line: str, agencies: tuple[str, ...]) -> str | None:
    """The agency a line holds alone (``CNN``, ``Associated Press``; ``CNN Business``: the
    agency and its desk, one or two capitalised words)."""
    if not line or len(line) > _STACK_LINE_MAX:
        return None
    words = line.split()
    for size in (2, 1):
        agency = " ".join(words[:size])
        desk = words[size:]
        if (
            len(words) >= size
            and agency in agencies
            and len(desk) <= 2
            and all(w[:1].isupper() for w in desk)
        ):
            return agency
    return None
