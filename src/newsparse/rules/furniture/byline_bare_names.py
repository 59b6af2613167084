"""Bylines with no ``By``: a bare name in the top lines or under the story, and the second
line of a two-line byline."""

from __future__ import annotations

from collections.abc import Sequence

import attrs

from newsparse._document import Document
from newsparse._model import Byline, Span
from newsparse.rules.furniture.byline_candidates import _Lines
from newsparse.rules.furniture.byline_names import (
    _agency_of,
    _any_given_name,
    _bare_names_ok,
    _date_of,
    _is_body,
    _is_name,
    _rstrip,
    _skip_blanks,
    _split_names,
    _tail_ok,
)
from newsparse.rules.furniture.byline_patterns import (
    _AVEC,
    _HANDLES,
    _LEAD,
    _OUTLET_PLACE,
    _ROLE_LINE,
    _Patterns,
    may_be_names,
)
from newsparse.rules.furniture.byline_roles import _OUTLET_AFTER_NAME, _role_line
from newsparse.rules.furniture.datelines import match_dateline
from newsparse.rules.furniture.patterns import CAPTION_LINES, HAS_CALENDAR_DATE, PHOTO_AGENCIES, LazyPattern
from newsparse.rules.furniture.timestamps import TimestampRule

_PHOTO_TAGS = frozenset(CAPTION_LINES) | frozenset(PHOTO_AGENCIES)
# How a list item opens: a line so opened under a short title line makes it the list's heading.
LIST_BULLETS = ("- ", "– ", "— ", "• ", "* ", "· ", "‣ ")


def name_above_timestamp(
    text: str,
    pos: int,
    end: int,
    pats: _Patterns,
    lines: _Lines,
    index: int,
    not_person: frozenset[str],
    under_headline: bool = False,
) -> Byline | None:
    """A bare name line (2-4 tokens) in the top lines, right above a timestamp line.

    Also right under the headline and above a body paragraph (2-3 tokens, one or two people).
    Lower on the page (a teaser's or an audio box's writer over its stamp: ``Jane Roe, NDR`` /
    ``28.04.2020 21:38 Uhr``) only a known given name's person right above a timestamp.
    """
    deep = index > 10
    if deep and end - pos > _DEEP_NAME_LINE:
        return None
    line_end = _rstrip(text, pos, end)
    m = pats.names.fullmatch(text, pos, line_end) if may_be_names(text, pos, line_end, pats) else None
    if m is None:
        return None
    names = _split_names(m.group("names"), pats)
    people = [n for n in names if n.lower() not in pats.agencies and not _outlet(n)]
    if not names or any(len(n.split()) < 2 or len(n.split()) > 4 for n in people):
        return None
    if deep:
        return _name_over_stamp(text, pos, line_end, names, pats, lines, index)
    for nxt in lines[index + 1 : index + 3]:
        following = nxt.text.strip()
        if not following:
            continue
        role_line = (
            pats.role.fullmatch(following)
            or _ROLE_LINE.fullmatch(following)
            or _role_line(following, 0, len(following), pats, False)  # "Senior Correspondent, Politics"
        )
        # The line is read in the page's language (no detection on a one-line text); a place
        # may open it ("Madrid - 03 jun 2024 - 10:20 CEST").
        place = _PLACE_BEFORE_STAMP.match(following)
        stamp = following[place.end() :] if place and HAS_CALENDAR_DATE.search(following) else following
        stamp_doc = Document.from_text(stamp, language=lines.document.language)
        if (
            role_line
            or _reach_line(following, pats)
            # under the story "Port Authority" / "Shipping News" are topic tags
            or (under_headline and outlet_alone(following, 0, len(following)))
            or any(True for _ in TimestampRule()(stamp_doc))
        ):
            return Byline(Span.of(text, pos, line_end), names=names, agency=_agency_of(names, "", pats))
        stacked = _is_body(following) or _co_author_line(following, pats, not_person)
        if under_headline and stacked and _bare_names_ok(names, pats, not_person):
            return Byline(Span.of(text, pos, line_end), names=names)
        return None
    return None


def _outlet(name: str) -> bool:
    """Whether ``name`` is a broadcaster's or paper's short capitals after a writer (``NDR``)."""
    return 2 <= len(name) <= 6 and name.isupper() and name.isalpha()


# The longest line read as a writer's name over a stamp below the top of the page.
_DEEP_NAME_LINE = 50


def _name_over_stamp(
    text: str, pos: int, line_end: int, names: Sequence[str], pats: _Patterns, lines: _Lines, index: int
) -> Byline | None:
    """The byline of a name line below the top of the page: one or two people, one of them with
    a known given name or followed by an outlet (``Jane Roe, NDR``; a team or a place has
    neither), and a line that is wholly a timestamp right under it (no blank line between)."""
    people = [n for n in names if n.lower() not in pats.agencies and not _outlet(n)]
    if not 1 <= len(people) <= 2 or not (_any_given_name(people) or len(people) < len(names)):
        return None  # neither a known given name nor an outlet after the person
    below = lines[index + 1 : index + 2]
    if not below or not below[0].text.strip():
        return None
    stamp = below[0].text.strip()
    stamp_doc = Document.from_text(stamp, language=lines.document.language)
    found = list(TimestampRule()(stamp_doc))
    if len(found) != 1 or found[0].span.end - found[0].span.start < len(stamp) - 1:
        return None
    return Byline(Span.of(text, pos, line_end), names=tuple(names), agency=_agency_of(names, "", pats))


# A place before the stamp on the line under a bare name: "Madrid - " (a pipe there is an
# outlet's credit line: "THE DAILY LEDGER | Oct 02, 2020").
_PLACE_BEFORE_STAMP = LazyPattern(
    r"\p{Lu}\p{Ll}[\p{L}.'’-]{0,30}(?:[ \u00a0]\p{Lu}[\p{L}.'’-]{1,30}){0,2}[ \u00a0]{1,2}[-–—][ \u00a0]{1,2}"
)


def _co_author_line(line: str, pats: _Patterns, not_person: frozenset[str]) -> bool:
    """Whether ``line`` (stripped) is another bare name of one or two people whose given name
    is known: stacked author names under a headline (``Jane Roe`` / ``Tom Okafor``)."""
    if len(line) > 60:
        return False
    m = pats.names.fullmatch(line)
    if m is None:
        return False
    names = _split_names(m.group("names"), pats)
    return _bare_names_ok(names, pats, not_person) and _any_given_name(names)


# A line holding only the writer's address or handle, maybe after the channel's name:
# "jroe@example.com", "[email protected]", "Twitter: @janeroe", "X @janeroe".
_EMAIL_LINE = LazyPattern(
    r"(?i:(?:e-?mail|twitter|x|instagram|threads|bluesky|mastodon)[\s\u00a0]{0,2}:?[\s\u00a0]{0,2})?"
    r"(?:[\w.+\-]{1,64}@[\w\-]{1,63}(?:\.[\w\-]{1,63}){1,4}|\[email[\s\u00a0]protected\]|@[\w.]{1,30})"
)


def _reach_line(line: str, pats: _Patterns) -> bool:
    """Whether ``line`` (stripped) names only the wire or a way to reach the writer: an
    agency (``CNN``, ``Reuters``), handles (``@janeroe``) or an address; under a bare name
    it makes the name a byline, as a role or a timestamp does."""
    if len(line) > 100:
        return False
    return bool(
        _HANDLES.fullmatch(line)
        or _EMAIL_LINE.fullmatch(line)
        or (len(line) <= pats.agency_line_max and pats.agency_line.fullmatch(line))
    )


def name_with_tail(
    text: str, pos: int, line_end: int, pats: _Patterns, not_person: frozenset[str]
) -> Byline | None:
    """A bare name under the headline with what bylines carry after it, and no ``By``.

    ``Jane Roe | The Daily Ledger``, ``Jane Roe for The Ledger``, ``Jane Roe Nov 21, 2025``,
    ``Jane Roe · 3 min read``, ``Jane Roe @janeroe``: one or two people of 2-3 capitalised
    words, then a tail a prefixed byline may end with (an outlet, a date, a handle).
    """
    found = _name_and_tail(text, pos, line_end, line_end, pats, not_person)
    if found is None:
        # The names pattern reads on over a comma into the outlet ("Jane Roe, Hindustan
        # Times, New Delhi" gives the names "Jane Roe" and "Hindustan"): the writer alone,
        # up to the first separator, with the rest as the tail.
        # The tail must then be the outlet and its place alone: capitalised words (a
        # list such as "Red Sox, New York Yankees and Boston Celtics" has "and").
        seps = (text.find(",", pos, line_end), text.find("|", pos, line_end))
        cut = min((i for i in seps if i > 0), default=-1)
        if cut > 0 and _outlet_tail(text[cut + 1 : line_end]):
            found = _name_and_tail(text, pos, cut, line_end, pats, not_person)
    return found


# Small words for "from" before the place a correspondent files from.
_FROM_WORDS = frozenset(("de", "desde", "da", "do", "from", "aus", "depuis", "dal", "dalla"))

# Words of an outlet's name ("Hindustan Times", "Ledger News Service"): after a writer's
# name and a comma they make the rest of the line the outlet, not more names.
_OUTLET_WORDS = frozenset(
    (
        "times", "news", "post", "daily", "media", "tv", "radio", "online", "today", "herald",
        "journal", "tribune", "gazette", "press", "express", "magazine", "digital", "chronicle",
        "telegraph", "standard", "guardian", "mail", "mirror", "observer", "independent", "star",
        "bureau", "desk", "network", "service", "wire", "live", "insider", "review", "weekly",
    )
)  # fmt: skip


# A broadcast's sign-off after the reporter's name: ", Ledger Radio News.", ", NPR News,
# Washington." (the outlet, maybe its place, a full stop; #9).
_SIGN_OFF = LazyPattern(
    r"[\s\u00a0]{0,2},[\s\u00a0]{1,2}(?P<outlet>\p{Lu}[\p{L}.&'’\-]{1,24}(?:[\s\u00a0]\p{Lu}[\p{L}.&'’\-]{1,24}){0,4})"
    r"(?:,[\s\u00a0]{1,2}\p{Lu}[\p{L}'’\-]{1,24}(?:[\s\u00a0]\p{Lu}[\p{L}'’\-]{1,24}){0,2})?\.?"
)


def _broadcast_sign_off(text: str, pos: int, line_end: int) -> bool:
    """Whether ``text[pos:line_end]`` is a sign-off's outlet after the name (``, KBS World Radio
    News.``): its name ends in ``News`` (a broadcaster's newsroom), maybe with a place after it."""
    m = _SIGN_OFF.fullmatch(text, pos, line_end)
    return m is not None and m.group("outlet").rsplit(None, 1)[-1].rstrip(".").lower() == "news"


def _outlet_tail(tail: str) -> bool:
    """Whether ``tail`` (after the writer's name and a comma or pipe) is an outlet and maybe
    its place: capitalised words only, the first part holding an outlet word or a word with
    capitals inside (``ETTelecom``, ``NDTV``); or where the writer files from (``de
    Brasília``, ``desde Lima``)."""
    words = tail.split()
    if len(words) >= 2 and words[0] in _FROM_WORDS:
        return all(w[0].isupper() for w in words[1:4]) and len(words) <= 4
    if not words or any(w[0].islower() for w in words):
        return False
    first = tail.split(",")[0].split("|")[0].split()
    return any(
        w.lower().strip(".,") in _OUTLET_WORDS or (len(w) > 1 and any(c.isupper() for c in w[1:]))
        for w in first
    )


def _name_and_tail(
    text: str, pos: int, names_end: int, line_end: int, pats: _Patterns, not_person: frozenset[str]
) -> Byline | None:
    """:func:`name_with_tail` with the names read within ``[pos, names_end)``."""
    m = pats.names.match(text, pos, names_end)
    if m is None or m.end() >= line_end:
        return None
    names = _split_names(m.group("names"), pats)
    if not _bare_names_ok(names, pats, not_person):
        return None
    tail = text[m.end() : line_end]
    if not tail[:1].isspace() and tail[:1] not in ",|·•/–—-":
        return None  # the name runs on into a word: not a name line
    if not _tail_ok(tail, pats, True) or _AVEC.fullmatch(tail):
        return None
    rest = tail.strip(" \u00a0\t")
    if rest[:1].isdigit() and not HAS_CALENDAR_DATE.search(rest):
        return None  # "Northbridge Rovers 3-2 Castlegate City": a score, not a date
    date, date_text = _date_of(tail)
    return Byline(
        Span.of(text, pos, line_end),
        names=names,
        agency=_agency_of(names, tail, pats),
        date=date,  # type: ignore[arg-type]
        date_text=date_text,
    )


def names_under_story(
    text: str,
    start: int,
    end: int,
    pats: _Patterns,
    lines: _Lines,
    index: int,
    not_person: frozenset[str],
    known_name: bool = False,
) -> list[Byline]:
    """A bare author name on its own line right under a paragraph, closing a story.

    Closing means the page ends there or the next line is the next story's headline or a
    footer: a subhead (``Rising Costs``) has its section below it and a topic tag list
    (``Economic Growth``, ``Indian Economy``) more short lines, so neither is taken. A footer
    an earlier rule claimed closes the story only under a person's name with a known given
    name (``Pick Six Newsletter`` over a newsletter plug is not one); ``known_name`` asks for
    such a name in every case.
    """
    pos = _skip_blanks(text, start, end)
    line_end = _rstrip(text, pos, end)
    if 2 <= line_end - pos <= 3 and text[pos:line_end].isalpha() and text[pos:line_end].isupper():
        return initials_under_story(text, pos, line_end, pats, lines, index)
    if domain_alone(text, pos, line_end):
        # "LEDGERNEWS.COM" alone under a paragraph: the source credit, whatever follows (a
        # press release quoted whole may come under it)
        return [Byline(Span.of(text, pos, line_end), names=(text[pos:line_end],), kind="credit")]
    if outlet_alone(text, pos, line_end):
        # "Ledger News", "The Daily Times" alone under the story: the source credit
        if _story_closes(lines, index):
            return [Byline(Span.of(text, pos, line_end), names=(text[pos:line_end],), kind="credit")]
        return []
    comma = text.find(",", pos, line_end)
    # "Jane Roe, Ledger Radio News.": a broadcast's sign-off (read before the names, which
    # would take the outlet for a second name)
    signed = comma > 0 and _broadcast_sign_off(text, comma, line_end)
    m = pats.names.fullmatch(text, pos, comma) if signed else None
    if m is None:
        m = pats.names.fullmatch(text, pos, line_end) if may_be_names(text, pos, line_end, pats) else None
    if m is None:
        # "Jane Roe, The Daily Ledger", "Jane Roe | Ledger News", "Jane Roe / Daily Ledger":
        # the writer and the outlet
        if (
            text.find(",", pos, line_end) < 0
            and text.find("|", pos, line_end) < 0
            and text.find("/", pos, line_end) < 0
        ):
            return []  # a quick look: no separator for an outlet to stand after
        m = pats.names.match(text, pos, line_end)
        if m is None or _OUTLET_AFTER_NAME.fullmatch(text, m.end(), line_end) is None:
            return []
    names = _split_names(m.group("names"), pats)
    if not _bare_names_ok(names, pats, not_person) and comma > 0:
        names = _person_then_place(text, pos, comma, line_end, pats, not_person)
    words = [w for n in names for w in n.split()]
    if not _bare_names_ok(names, pats, not_person) or any(w.lower() in pats.not_name for w in words):
        return []
    if not any(c.islower() for c in "".join(words)) and min(len(w) for w in words) < 4:
        return []  # "AAM RG": a wire desk's initials, not a name
    known = _any_given_name(names)
    if (known_name and not known) or not _story_closes(lines, index, claimed_closes=known):
        return []
    if not known and not _page_ends_or_footer(lines, index):
        return []  # "Workout Supplement", "Defensive Line": a subhead with more page below
    return [Byline(Span.of(text, pos, line_end), names=names)]


def _person_then_place(
    text: str, pos: int, comma: int, line_end: int, pats: _Patterns, not_person: frozenset[str]
) -> tuple[str, ...]:
    """``Jane Roe, Fairview``: a reader's letter signed with the writer's town (#9). The name
    before the first comma when it opens with a known given name and only a place follows
    (one or two comma parts of capitalised words: the town, the county); else nothing."""
    name = text[pos:comma].strip()
    if not _bare_names_ok((name,), pats, not_person) or not _any_given_name((name,)):
        return ()
    places = text[comma + 1 : line_end].rstrip(".").split(",")
    if len(places) > _PLACE_PARTS or not all(_place_words(p.split()) for p in places):
        return ()
    return (name,)


# A signature's place has at most this many comma parts: "Upper Dale, Harbourshire".
_PLACE_PARTS = 2


def _place_words(words: list[str]) -> bool:
    """Whether ``words`` name a place: one to three capitalised words of letters."""
    return 1 <= len(words) <= 3 and all(w[:1].isupper() and w.replace("-", "").isalpha() for w in words)


# The longest name line read as a letter's signature under its closing words.
_SIGNATURE_MAX = 40


def name_under_valediction(
    text: str, pos: int, line_end: int, pats: _Patterns, lines: _Lines, index: int, not_person: frozenset[str]
) -> list[Byline]:
    """The writer's name on the line under a letter's closing words (``Love`` over ``Jane``,
    ``Best wishes,`` over ``Tom Okafor``; see :data:`.patterns.VALEDICTIONS`), closing the page.

    The closing words say a signature follows, so one capitalised word is a name here (a
    letter is signed with the first name); the page must end there or a footer follow.
    """
    if line_end - pos > _SIGNATURE_MAX:
        return []
    words = text[pos:line_end].rstrip(".").split()
    if not 1 <= len(words) <= 3 or not all(_signature_word(w) for w in words):
        return []
    if any(w.lower() in not_person or w.lower() in pats.not_name for w in words):
        return []
    if not _page_ends_or_footer(lines, index):
        return []
    return [Byline(Span.of(text, pos, line_end), names=(" ".join(words),))]


def _signature_word(word: str) -> bool:
    """Whether ``word`` may be a word of a signed name: a capital, then letters (and ``-'’.``)."""
    return (
        word[:1].isupper()
        and word.replace("-", "").replace("'", "").replace("’", "").replace(".", "").isalpha()
    )


# How many non-blank lines may follow a closing bare name with no known given name (a photo
# credit, a note, a copyright line), when they are not claimed as footers.
_PAGE_END_LINES = 3


def _page_ends_or_footer(lines: _Lines, index: int) -> bool:
    """Whether at most :data:`_PAGE_END_LINES` non-blank lines follow line ``index``, or the
    next non-blank line is one an earlier rule claimed (a footer): under a name with no known
    given name only that says the story ends there."""
    document = lines.document
    text, starts, ends = document.text, document.line_starts, document.line_ends
    seen = 0
    for i in range(index + 1, len(starts)):
        if text[starts[i] : ends[i]].strip():
            if seen == 0 and document.is_claimed(starts[i], ends[i]):
                return True
            seen += 1
            if seen > _PAGE_END_LINES:
                return False
    return True


def _story_closes(lines: _Lines, index: int, claimed_closes: bool = False) -> bool:
    """Whether the story ends after line ``index``: the page ends, or the next line is neither
    a paragraph nor a list of topic tags (``Economic Growth``) but the next story's headline
    or a footer (with ``claimed_closes``, also one an earlier rule claimed as such)."""
    document = lines.document
    for nxt in lines[index + 1 : index + 4]:
        following = nxt.text.strip()
        if following:
            if claimed_closes and document.is_claimed(nxt.start, nxt.end):
                return True  # a footer or a related-links run an earlier rule took: the story is over
            if following.startswith(LIST_BULLETS):
                return False  # a list's heading ("Apple AirPods" over "- Easy setup ...")
            return not (_is_body(following) or following[0].islower() or len(following.split()) <= 3)
    return True


# The last word of an outlet's name standing alone on a line ("Ledger News", "The Daily
# Times"): such a line above the headline or under the story credits the source.
_OUTLET_ENDS = frozenset(
    (
        "news", "times", "post", "herald", "tribune", "journal", "gazette", "chronicle",
        "telegraph", "express", "standard", "guardian", "mail", "mirror", "observer",
        "independent", "insider", "today", "courier", "examiner", "dispatch", "inquirer",
        # magazines and broadcasters (#9): "Harbour Life Magazine", "Ledger Radio" ("Star",
        # "Leader", "Media" end subheads as often: "Rising Star", "Opposition Leader")
        "magazine", "weekly", "daily", "radio", "bulletin", "register", "digest", "mercury",
    )
)  # fmt: skip


def outlet_alone(text: str, pos: int, line_end: int) -> bool:
    """Whether ``text[pos:line_end]`` is an outlet's name alone: two to four capitalised
    words (``The`` may open them), the last one of :data:`_OUTLET_ENDS`."""
    if line_end - pos > 40:
        return False
    words = text[pos:line_end].split()
    if not 2 <= len(words) <= 4 or words[-1].lower() not in _OUTLET_ENDS:
        return False
    if any(w.lower() in _SECTION_WORDS for w in words):
        return False  # a section label ("Latest News", "More From The Times"), a footer
    return all(w[0].isupper() and w.isalpha() for w in words)


# An outlet's web address alone, with no path: "LEDGERNEWS.COM", "ledger-news.co.uk" (#9). The
# top-level domains are listed (a word, a dot and any letters would take "U.S." or "e.g.");
# the dotted parts may give back their last one to the domain (at most three ways to try).
_DOMAIN_ALONE = LazyPattern(
    r"(?i:[a-z0-9][a-z0-9\-]{1,40}+(?:\.[a-z0-9\-]{1,40}+){0,2}"
    r"\.(?:com|net|org|news|info|co\.uk|com\.au|co\.nz|co\.za|ca|us|uk|ie|in|ng|ph|sg|my|pk|vg|tv))"
)
# The longest web address read as a source credit alone on a line.
_DOMAIN_MAX = 40


def domain_alone(text: str, pos: int, line_end: int) -> bool:
    """Whether ``text[pos:line_end]`` is an outlet's web address alone (:data:`_DOMAIN_ALONE`):
    under the story's last paragraph it credits the source the story came from."""
    if line_end - pos > _DOMAIN_MAX or text.find(".", pos, line_end) < 0:
        return False
    return _DOMAIN_ALONE.fullmatch(text, pos, line_end) is not None


# Words of section labels that end like an outlet: "Related News", "Top News", "World News".
_SECTION_WORDS = frozenset(
    (
        "related", "latest", "top", "more", "breaking", "trending", "world", "business", "sports",
        "sport", "local", "national", "international", "other", "similar", "recent", "popular",
        "good", "bad", "fake", "big", "from", "in", "of", "for", "and", "your", "our", "my",
        "today's", "morning", "evening", "weekend", "all", "hot", "just", "live", "tech",
        "entertainment", "politics", "health", "science", "city", "state", "india", "us", "uk",
    )
)  # fmt: skip


# Outlets whose name does not end in a word of :data:`_OUTLET_ENDS` (#9): alone on a page's
# first line they are its masthead (a scrape with no headline puts the site's name there),
# never a headline. Names as the outlets write them; a line must equal one.
KNOWN_OUTLETS: frozenset[str] = frozenset(
    (
        "Rolling Stone", "Vanity Fair", "The Atlantic", "The Verge", "The New Yorker",
        "The Economist", "The Hill", "The Intercept", "The Cut", "The Ringer", "The Onion",
        "Politico", "POLITICO", "Axios", "Vox", "Slate", "Salon", "Wired", "WIRED", "Forbes",
        "Fortune", "Quartz", "Mashable", "Gizmodo", "Engadget", "TechCrunch", "Bustle", "Vulture",
        "Deadspin", "Jezebel", "Lifehacker", "Kotaku", "BuzzFeed", "HuffPost", "Mother Jones",
        "New Republic", "The New Republic", "National Review", "Teen Vogue", "Vogue", "Esquire",
        "Rolling Stone India", "Pitchfork", "Variety", "Billboard", "Bloomberg", "Reuters",
        "Refinery29", "Gothamist", "Curbed", "Eater", "ProPublica", "FiveThirtyEight",
    )
)  # fmt: skip


def outlet_above_headline(text: str, pos: int, end: int, lines: _Lines, index: int) -> Byline | None:
    """The outlet's name alone on the page's first line, above a headline (a line that is
    not a paragraph): the source credit, not the headline. Above the lede itself (the page
    has no headline line) only a name that says it is an outlet: its last word one of
    :data:`_OUTLET_ENDS` or the whole name one of :data:`KNOWN_OUTLETS`."""
    line_end = _rstrip(text, pos, end)
    known = text[pos:line_end] in KNOWN_OUTLETS
    if not (known or outlet_alone(text, pos, line_end)):
        return None
    for nxt in lines[index + 1 : index + 4]:
        following = nxt.text.strip()
        if following:
            if _is_body(following):
                # "The Harbour Insider" over the lede: the masthead of a page with no headline
                # (no person's names: the page's lower-case "political" does not refute it)
                return Byline(Span.of(text, pos, line_end), kind="credit")
            if len(following.split()) < 3:
                return None
            if text[pos:line_end].casefold() in following.casefold():
                return None  # a masthead over the outlet's own credit line, which is the credit
            return Byline(Span.of(text, pos, line_end), names=(text[pos:line_end],), kind="credit")
    return None


def initials_under_story(
    text: str, pos: int, line_end: int, pats: _Patterns, lines: _Lines, index: int
) -> list[Byline]:
    """The writer's initials alone on the line under the story's last paragraph (``DS``).

    Not an agency (found as such elsewhere) nor a caption tag (``AP``, ``PA``), and only
    when no paragraph follows (the story ends there).
    """
    who = text[pos:line_end]
    if who.lower() in pats.agencies or who in _PHOTO_TAGS or who.lower() in pats.not_name:
        return []  # an agency, a photo tag, or a word of the language's ("MFG": a greeting)
    for nxt in lines[index + 1 : index + 3]:
        following = nxt.text.strip()
        if following:
            if _is_body(following):
                return []
            break
    return [Byline(Span.of(text, pos, line_end), names=(who,), kind="credit")]


def bylines_under_by_alone(
    text: str, start: int, end: int, pats: _Patterns, by_start: int, found: list[Byline]
) -> list[Byline]:
    """The name line under a line that holds only ``By``: one byline over both lines."""
    lead = _LEAD.match(text, start, min(end, start + 20))
    pos = lead.end() if lead else start
    if found and found[0].span.start <= pos and found[0].kind == "byline":
        return [attrs.evolve(found[0], span=Span.of(text, by_start, found[0].span.end)), *found[1:]]
    line_end = _rstrip(text, pos, end)
    if found or line_end - pos > 120:
        return found
    m = pats.names.fullmatch(text, pos, line_end) if may_be_names(text, pos, line_end, pats) else None
    if m is None:
        return found
    names = _split_names(m.group("names"), pats)
    if not names or not all(_is_name(n, pats) for n in names):
        return found
    return [Byline(Span.of(text, by_start, line_end), names=names, agency=_agency_of(names, "", pats))]


# A writer's profile link alone on its line: "twitter.com/janeroe", "https://x.com/janeroe".
_PROFILE_LINK = LazyPattern(
    r"(?i:(?:https?://)?(?:www\.)?(?:twitter|x|instagram|facebook|linkedin|threads)\.(?:com|net)"
    r"(?:/in)?/[\w.\-]{1,40}/?)"
)


def reach_line_under_byline(text: str, start: int, end: int, pats: _Patterns) -> list[Byline]:
    """A way to reach the writer alone on the line under a byline or contact line that closes
    the story: ``@janeroe``, ``Twitter: @janeroe``, ``jroe@example.com``, ``twitter.com/janeroe``."""
    lead = _LEAD.match(text, start, min(end, start + 20))
    pos = lead.end() if lead else start
    line_end = _rstrip(text, pos, end)
    if not 0 < line_end - pos <= 100:
        return []
    line = text[pos:line_end]
    if _reach_line(line, pats) or _PROFILE_LINK.fullmatch(line):
        return [Byline(Span.of(text, pos, line_end), kind="credit")]
    return []


def outlet_line(text: str, start: int, end: int, pats: _Patterns, agencies: tuple[str, ...]) -> list[Byline]:
    """The second line of a two-line byline: ``Hindustan Times, Bhubaneswar``; or handles."""
    lead = _LEAD.match(text, start, min(end, start + 20))
    pos = lead.end() if lead else start
    line_end = _rstrip(text, pos, end)
    if line_end - pos <= 100 and (
        _HANDLES.fullmatch(text, pos, line_end) or _EMAIL_LINE.fullmatch(text, pos, line_end)
    ):
        return [Byline(Span.of(text, pos, line_end))]  # "@janeroe" under "By Jane Roe"
    if text.startswith(",", pos) and line_end - pos <= 100:
        # ", Tom Okafor, Mumbai": the byline's list of names, broken where the page linked the
        # first name. Names only; a last one after a comma is read as the place, as in the
        # outlet line "Hindustan Times, Bhubaneswar".
        m = pats.names.fullmatch(text, _skip_blanks(text, pos + 1, line_end), line_end)
        if m is None:
            return []
        names = tuple(_split_names(m.group("names"), pats))
        people = names[:-1] if len(names) > 1 and ", " in m.group("names") else names
        return [Byline(Span.of(text, pos, line_end), names=people)] if names else []
    if line_end - pos > 60 or not _OUTLET_PLACE.fullmatch(text, pos, line_end):
        return []
    if match_dateline(text, pos, agencies=agencies, body_like=True, endpos=end) is not None:
        return []
    words = text[pos:line_end]
    return [Byline(Span.of(text, pos, line_end), agency=_agency_of((), words, pats))]
