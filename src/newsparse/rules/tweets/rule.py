"""Embedded tweets / X posts: a body, then a ``— Name (@handle) Date`` signature.

The signature is found first (it is the only reliable marker an embed leaves in plain
text); the body is then recovered from the text just before it, using the cues real
pages leave: a ``pic.twitter.com`` / ``t.co`` link at the end, a lead-in line ending in
``:`` or "tweeted" above it, the 280-character length of a post, and, when in doubt, the
shorter body.

>>> text = ("The mayor answered within minutes.\\n"
...         "Buses run all night from Friday 🚌 https://t.co/Ab12Cd34Ef\\n"
...         "— City Transit (@city_transit) November 21, 2025")
>>> t = find_tweets(text)[0]
>>> t.handle, t.author, t.date, t.body.text
('city_transit', 'City Transit', datetime.date(2025, 11, 21), 'Buses run all night from Friday 🚌 https://t.co/Ab12Cd34Ef')
"""

from __future__ import annotations

import datetime as _dt
import functools
import itertools
import re
from collections.abc import Iterator

import attrs
import regex

from newsparse._document import Document
from newsparse._errors import ensure_str
from newsparse._model import Entity, Link, Span, Tweet
from newsparse.rules.tweets import patterns as tp
from newsparse.rules.tweets.entities import extract_urls, tweet_entities
from newsparse.rules.tweets.patterns import (
    DASHES,
    LEAD_IN_CUES,
)
from newsparse.text.dates import parse_date

__all__ = ["TweetRule", "find_tweets", "link_of", "post_weight"]

# A character ``str.strip()`` keeps: ``re``'s ``\s`` is exactly ``str.isspace``.
_NON_SPACE = re.compile(r"\S")
# An embed cut at X's 280 characters ends in "…" and keeps its media link: a little over a post.
_TRUNCATION_SLACK = 30
# Marks that open a quotation: a paragraph opening with one is the article's quoting.
_QUOTE_OPENERS = ('"', "“", "‘", "«", "„")
# The longest line weighed as a paragraph of a post: links weigh 23, so a post's line may be
# longer than 280 characters, but not by this much.
_LONGEST_POST_LINE = 1000
# The longest line read as a pointer to the post below ("Take a look", "Here is the tweet").
_POINTER_CHARS = 80
_EM_DASHES = frozenset(("—", "―", "â€”", "&mdash;", "&#8212;"))
_NAME_STRIP = " \t\u00a0\u200e\u200f\u2066\u2067\u2068\u2069\ufeff>"


def _blank(text: str, line: Span) -> bool:
    left = tp.LINE_LEFT.match(text, line.start, line.end)
    return left is None or left.end() >= line.end or _NON_SPACE.search(text, left.end(), line.end) is None


@functools.lru_cache(maxsize=32)
def _compile_dashes(dashes: tuple[str, ...]) -> regex.Pattern[str]:
    return regex.compile("|".join(f"(?:{d})" for d in dashes))


# A rule's lead-in cues, compiled: those anchored at the line's end ("…tweeted:") and the others.
_LeadIns = tuple[regex.Pattern[str] | None, regex.Pattern[str] | None]
# How much of a line's end a cue anchored there is looked for in: a search over a whole long
# paragraph tries every alternative at every position (~0.3 ms per 1,000 characters).
_LEAD_IN_TAIL = 300


@functools.lru_cache(maxsize=32)
def _compile_lead_ins(cues: tuple[str, ...]) -> _LeadIns:
    ends = tuple(c for c in cues if c.endswith("$") and not c.endswith("\\$"))
    others = tuple(c for c in cues if c not in ends)

    def join(group: tuple[str, ...], flags: str = "") -> regex.Pattern[str] | None:
        return regex.compile(flags + "|".join(f"(?:{c})" for c in group), regex.IGNORECASE) if group else None

    # Matched backwards ("(?r)"): a cue anchored at the end fails at once at every other place,
    # where a forward search tries every alternative (3.5x faster on the corpus, same lines).
    return join(ends, "(?r)"), join(others)


def _lead_in_cue(lead_re: _LeadIns, line: str) -> bool:
    """Whether ``line`` holds a lead-in cue; a cue anchored at the end is looked for near it."""
    ends, others = lead_re
    # ``search(line, pos)`` still sees the characters before ``pos`` for ``\b`` and lookbehinds.
    if ends is not None and ends.search(line, max(0, len(line) - _LEAD_IN_TAIL)):
        return True
    return others is not None and others.search(line) is not None


# Words that end the names of organisations, not people: their posts name themselves.
_ORG_WORDS_TEXT = """News Police Office Official Live Daily Times Post Minister Ministry Government
    Department City Council Club Team India Updates Media Network Agency Service Services Authority Airport
    Rail Transport Radio Channel Press Group Party Union Foundation University School"""
_ORG_WORDS = frozenset(_ORG_WORDS_TEXT.split())


def _surname(author: str | None) -> str | None:
    """The surname of a person's display name (``Tom Hale`` → ``Hale``), or None for other names.

    An article sentence naming the author in the third person is not the author's post.
    """
    if not author:
        return None
    words = author.split()
    if not 2 <= len(words) <= 4 or not all(w[:1].isupper() and w.isalpha() for w in words):
        return None
    last = words[-1]
    return last if len(last) >= 4 and last not in _ORG_WORDS else None


def _names(line: str, surname: str | None) -> bool:
    """Whether ``line`` names the person ``surname`` (a whole word)."""
    if surname is None:
        return False
    pos = line.find(surname)
    while pos >= 0:
        end = pos + len(surname)
        if (pos == 0 or not line[pos - 1].isalnum()) and (end >= len(line) or not line[end].isalnum()):
            return True
        pos = line.find(surname, end)
    return False


def _is_lead_in(lead_re: _LeadIns, line: str) -> bool:
    """Whether ``line`` introduces a post: a lead-in cue and no mark of a post, or a sentence
    about the post ending in a colon (``Here's what @RailMin tweeted:``), marks or not."""
    if _lead_in_cue(lead_re, line) and not tp.POST_MARKS.search(line):
        return True
    if len(line) <= _POINTER_CHARS and tp.POINTER_LEAD_IN.search(line) and not tp.POST_MARKS.search(line):
        return True
    # The strong form ends in a colon: a cheap test first spares the search on other lines.
    return line.rstrip().endswith((":", "：")) and tp.STRONG_LEAD_IN.search(line) is not None


def _quotation_closes(text: str, start: int, end: int) -> bool:
    """Whether a quotation opened just before ``start`` closes before ``end`` (the sentence's end)."""
    return text.find("”", start, end) >= 0 or text.find('"', start, end) >= 0


def post_weight(text: str) -> int:
    """Return a post's length as X counts it: links weigh 23, CJK characters 2.

    >>> post_weight("Hi https://t.co/Ab12Cd34Ef"), post_weight("東京")
    (26, 4)
    """
    weight = len(text)
    for m in tp.WEIGHT_LINK.finditer(text):
        weight += 23 - len(m.group())
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
def _parse_tweet_date(date_text: str) -> _dt.date | None:
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
    month = tp.EXTRA_MONTHS.get(m.group("month"))
    day = m.group("d1") or m.group("d2")
    if month is None or day is None:
        return None
    try:
        return _dt.date(int(m.group("y")), month, int(day))
    except ValueError:
        return None


def _left_width(text: str, line: Span) -> int:
    left = tp.LINE_LEFT.match(text, line.start, line.end)
    assert left is not None
    return left.end() - line.start


class _Gaps:
    """The blank runs between a document's paragraphs, to tell a post's own blank lines.

    Extractors turn ``</p><p>`` into one blank-run length and a ``<br><br>`` inside an embed
    into another; a run longer than the document's usual one, between a post's first line
    and a short paragraph, is a break inside the post.
    """

    __slots__ = ("_document", "_usual")

    def __init__(self, document: Document) -> None:
        self._document = document
        nonblank = document.index.nonblank
        counts: dict[int, int] = {}
        for a, b in itertools.pairwise(nonblank):
            counts[b - a - 1] = counts.get(b - a - 1, 0) + 1
        usual, seen = max(counts.items(), key=lambda kv: (kv[1], -kv[0]), default=(0, 0))
        # Only a document whose paragraphs are set apart by blank lines, most of them alike.
        self._usual = usual if usual >= 1 and seen >= 3 else -1

    @property
    def blank_separated(self) -> bool:
        """Whether the document sets its paragraphs apart with blank lines."""
        return self._usual >= 1

    def paragraph_above(self, blank: int) -> int | None:
        """Return the line above the blank run that holds line ``blank`` (within a few lines)."""
        text = self._document.text
        lines = self._document.lines
        j = blank
        while j >= 0 and j > blank - 8 and _blank(text, lines[j]):
            j -= 1
        return None if j < 0 or _blank(text, lines[j]) else j

    def post_paragraph_above(self, blank: int) -> int | None:
        """Return the line above the blank run that holds line ``blank``, if the run is long."""
        if self._usual < 0:
            return None
        lines = self._document.lines
        text = self._document.text
        j = blank
        while j >= 0 and j > blank - 8 and _blank(text, lines[j]):
            j -= 1
        k = blank
        while k + 1 < len(lines) and k < blank + 8 and _blank(text, lines[k + 1]):
            k += 1
        if j < 0 or _blank(text, lines[j]) or k - j <= self._usual:
            return None
        return j


class _LazyGaps:
    """A document's :class:`_Gaps`, built on first use and then shared by all its posts."""

    __slots__ = ("_document", "_gaps")

    def __init__(self, document: Document) -> None:
        self._document = document
        self._gaps: _Gaps | None = None

    def get(self) -> _Gaps:
        if self._gaps is None:
            self._gaps = _Gaps(self._document)
        return self._gaps


@attrs.frozen(slots=True)
class _Signature:
    start: int  # the dash, or the name when there is no dash
    end: int  # after the date (and a trailing "Report")
    author: str | None
    handle: str
    date_text: str | None
    date_start: int
    status_url: tuple[int, int] | None
    dashed: bool


def _after_posting_sentences(text: str, start: int, end: int) -> int:
    """Where a post starts after the article's sentences about it opening its paragraph.

    ``The agency shared the update on X on Tuesday. Buses will run …``: a leading sentence
    (two at most) with a verb of posting, in the third person and with no marks of a post,
    is the article's when a post's words remain after it.
    """
    pos = start
    for _ in range(2):
        m = tp.SENTENCE_START.search(text, pos, end)
        if m is None:
            break
        sentence = text[pos : m.end()]
        if not tp.POSTING_SENTENCE.search(sentence) or '"' in sentence or "“" in sentence:
            break
        if tp.POST_MARKS.search(sentence) or tp.FIRST_PERSON.search(sentence):
            break
        if len(tp.WEIGHT_LINK.sub("", text[m.end() : end]).strip()) < 25:
            break
        pos = m.end()
    return pos


def _join_marked_paragraph(
    document: Document,
    index: int,
    weight: int,
    floor: int,
    sig_lines: set[int],
    lead_re: _LeadIns,
    surname: str | None,
    gaps: _Gaps,
    max_weight: int,
) -> tuple[int, int] | None:
    """Return the post's new top and weight after taking the one-line paragraph at ``index``.

    Extractors give a ``<br>`` inside an embed the same blank line as a paragraph break,
    so the paragraph above a post's first one is taken only when it carries a post's
    marks (a hashtag, mention, link or emoji; the first person; a closing "!") or sits
    right under a lead-in paragraph (``The agency posted on X:``) that closes the post
    above it, has no article prose (reporting words, the narrative past, the author named
    in the third person), is not a lead-in itself, and keeps the post within X's length.
    Else ``None``.
    """
    text = document.text
    line = document.lines[index]
    if line.end <= floor or index in sig_lines or document.is_claimed(line.start, line.end):
        return None
    if index > 0 and not _blank(text, document.lines[index - 1]):
        return None  # a paragraph of several lines is the article's
    start = line.start + _left_width(text, line)
    if line.end - start > _LONGEST_POST_LINE:
        return None  # an article paragraph: not worth weighing
    content = text[start : line.end].rstrip()
    if weight + len(content) >= max_weight and "://" not in content and "pic." not in content:
        return None  # too long for the post, weighed without a regex (only links weigh less)
    added = weight + post_weight(content) + 1
    if not content or added > max_weight:
        return None
    if _is_lead_in(lead_re, content) or tp.BBC_SKIP.search(content) or tp.OTHER_EMBED.search(content):
        return None
    if tp.CLOCK_START.match(content) or _names(content, surname):
        return None
    marked = tp.POST_MARKS.search(content) is not None
    # A plain paragraph joins only right under a lead-in, and not when it opens a quotation.
    plain = not (marked or content.endswith(("!", "¡")) or tp.FIRST_PERSON.search(content))
    if plain and (content.startswith(_QUOTE_OPENERS) or not _under_lead_in(document, index, lead_re, gaps)):
        return None
    if tp.ARTICLE_PROSE.search(content) or (not marked and tp.NARRATIVE_PAST.search(content)):
        return None
    return start, added


def _under_lead_in(document: Document, index: int, lead_re: _LeadIns, gaps: _Gaps) -> bool:
    """Whether the paragraph above the one at line ``index`` is a lead-in to the post."""
    if index == 0:
        return False
    above = gaps.paragraph_above(index - 1)
    if above is None:
        return False
    line = document.lines[above]
    if line.end - line.start > _LONGEST_POST_LINE or document.is_claimed(line.start, line.end):
        return False
    content = document.text[line.start + _left_width(document.text, line) : line.end].rstrip()
    return bool(content) and _is_lead_in(lead_re, content)


@attrs.frozen(slots=True)
class TweetRule:
    """Find embedded tweets: a ``— Name (@handle) Date`` signature and the post above it.

    The fields are the rule's vocabulary; extend them by passing new tuples, e.g.
    ``TweetRule(lead_ins=TweetRule().lead_ins + (r"\\bgeplaatst\\s*$",))``.

    >>> rule = TweetRule()
    >>> rule.name, rule.max_post_weight
    ('tweets', 280)
    """

    dashes: tuple[str, ...] = DASHES
    """Regex alternatives for the dash before the author's name (``—``, ``--``, ``â€”``, ...)."""
    lead_ins: tuple[str, ...] = LEAD_IN_CUES
    """Regexes (case-insensitive) for a line that introduces an embed and is not part of it.

    A cue ending in ``$`` is matched backwards (``regex``'s ``(?r)``) within the line's last 300
    characters, so it should not rely on possessive quantifiers or atomic groups."""
    max_post_weight: int = 280
    """How long (as X counts) a post may grow when lines above its last line are added."""
    paragraph_chars: int = 120
    """A line at least this long above a post is an article paragraph: the post ends below it."""
    max_name_chars: int = 60
    """The longest display name taken from a signature."""
    max_line_chars: int = 200_000
    """Only the first this-many characters of a line are searched for signatures."""
    name: str = "tweets"
    """The rule's name in a :class:`~newsparse.Parser`."""

    def __call__(self, document: Document) -> Iterator[Tweet]:
        """Yield the tweets in ``document`` that do not touch text claimed by earlier rules."""
        text = document.text
        if "(" not in text:
            return
        dash_re = _compile_dashes(self.dashes)
        lead_re = _compile_lead_ins(self.lead_ins)
        sigs = list(self._signatures(document, dash_re))
        sig_lines = {document.line_index_at(s.start) for s in sigs}
        floor = 0  # no body reaches back over the previous tweet
        gaps = _LazyGaps(document)  # built once per document, when a body first needs it
        for sig in sigs:
            if sig.start < floor or document.is_claimed(sig.start, sig.end):
                continue
            body = self._body(document, sig, floor, sig_lines, lead_re, _surname(sig.author), gaps)
            if body is None:
                continue
            first = _NON_SPACE.search(text, body[0], body[1])
            if first is not None:
                body = (first.start(), body[1])  # after a previous post on the line: no spaces
            bullet = tp.LIST_BULLET.match(text, body[0], body[1])
            if bullet is not None and bullet.end() < body[1]:
                body = (bullet.end(), body[1])  # a list item's marker is not the post's
            tweet = self._tweet(document, sig, body)
            if document.is_claimed(tweet.span.start, tweet.span.end):
                continue
            floor = tweet.span.end
            yield tweet

    # -- signatures ---------------------------------------------------------------

    def _signatures(self, document: Document, dash_re: regex.Pattern[str]) -> Iterator[_Signature]:
        # One scan of the whole text (no match crosses a line break), then the line of each
        # match: the same matches as a scan of each line, without a Python loop over lines.
        text = document.text
        lines = document.lines
        search = tp.HANDLE.search
        pos = 0
        while (m := search(text, pos)) is not None:
            index = document.line_index_at(m.start())
            line = lines[index]
            if m.end() > line.start + min(len(line.text), self.max_line_chars):
                # Past the searched part of a huge line: go on at the next line.
                if index + 1 >= len(lines):
                    return
                pos = lines[index + 1].start
                continue
            pos = m.end()
            sig = self._signature(document, index, line, m, dash_re)
            if sig is not None:
                yield sig

    def _signature(
        self, document: Document, index: int, line: Span, m: regex.Match[str], dash_re: regex.Pattern[str]
    ) -> _Signature | None:
        text = document.text
        handle = m.group("handle").replace("\\", "")
        if not tp.HANDLE_VALUE.fullmatch(handle):
            return None
        tail = tp.SIGNATURE_TAIL.match(text, m.end(), line.end)
        assert tail is not None
        if tail.group("date") is None:
            tail = self._date_below(document, index, tail)
        date_text = tail.group("date")  # bare or inside a markdown link
        # Where the name is: before "(@" on this line, or on the line above when "(@" starts its line.
        left = tp.LINE_LEFT.match(text, line.start, m.start())
        assert left is not None
        if left.end() == m.start() and index > 0:
            prev = document.lines[index - 1]
            zone_start, zone_end = prev.start, prev.end
        else:
            zone_start, zone_end = line.start, m.start()
        window_start = max(zone_start, zone_end - self.max_name_chars - 12)
        dash = em_dash = None
        for d in dash_re.finditer(text, window_start, zone_end):
            dash = d
            if d.group() in _EM_DASHES:
                em_dash = d
        # X prints an em dash before the name; another dash after it is the name's own
        # ("Metro News – Politics").
        dash = em_dash or dash
        if dash is not None:
            name_start, sig_start = dash.end(), dash.start()
        else:
            zone_left = tp.LINE_LEFT.match(text, zone_start, zone_end)
            assert zone_left is not None
            links = [u for u in extract_urls(text[window_start:zone_end]) if u.end <= zone_end - window_start]
            if zone_left.end() >= window_start:
                name_start = sig_start = zone_left.end()
            elif links:
                name_start = sig_start = window_start + links[-1].end
            else:
                return None
        author = text[name_start:zone_end].strip(_NAME_STRIP + "\n\r")
        if not author or len(author) > self.max_name_chars or not tp.NAME_CHAR.search(author):
            return None
        # No date: only a dashed signature that ends its line and follows a post link (or says
        # "on X", which only a signature does at the end of its line).
        if date_text is None and (
            dash is None
            or _NON_SPACE.search(text, tail.end(), line.end) is not None  # text after it on its line
            or not (tail.group("on_x") or self._link_before(text, sig_start))
        ):
            return None
        end = tail.end()
        url_group = "md_url" if tail.group("md_url") else "html_url"
        status = (tail.start(url_group), tail.end(url_group)) if tail.group(url_group) else None
        date_start = tail.start("date") if date_text is not None else -1
        return _Signature(sig_start, end, author, handle, date_text, date_start, status, dash is not None)

    @staticmethod
    def _date_below(document: Document, index: int, tail: regex.Match[str]) -> regex.Match[str]:
        """The date on the next line when it is all that line holds (a signature split after ")")."""
        text = document.text
        line = document.lines[index]
        if index + 1 >= len(document.lines) or _NON_SPACE.search(text, tail.end(), line.end) is not None:
            return tail
        below = document.lines[index + 1]
        left = tp.LINE_LEFT.match(text, below.start, below.end)
        assert left is not None
        found = tp.SIGNATURE_TAIL.match(text, left.end(), below.end)
        if found is None or found.group("date") is None or found.start("date") != left.end():
            return tail
        if _NON_SPACE.search(text, found.end(), below.end) is not None:
            return tail
        return found

    @staticmethod
    def _link_before(text: str, pos: int) -> bool:
        before = text[max(0, pos - 300) : pos].rstrip()
        links = tp.WEIGHT_LINK.findall(before)
        return bool(links) and before.endswith(links[-1])

    # -- bodies -------------------------------------------------------------------

    def _body(
        self,
        document: Document,
        sig: _Signature,
        floor: int,
        sig_lines: set[int],
        lead_re: _LeadIns,
        surname: str | None = None,
        gaps: _LazyGaps | None = None,
    ) -> tuple[int, int] | None:
        text = document.text
        index = document.line_index_at(sig.start)
        line = document.lines[index]
        left = tp.LINE_LEFT.match(text, line.start, sig.start)
        assert left is not None
        quoted = ">" in text[line.start : left.end()]
        # The end of the line's text before the signature (like ``rstrip``, without copying
        # a long line once per signature on it).
        prefix_end = sig.start
        while prefix_end > line.start and text[prefix_end - 1].isspace():
            prefix_end -= 1
        if prefix_end > left.end():
            # The signature shares its line with (the end of) the post.
            seg_start = max(left.end(), floor)
            skips = list(tp.BBC_SKIP.finditer(text, seg_start, prefix_end))
            if skips:
                after_skip = tp.LINE_LEFT.match(text, skips[-1].end(), prefix_end)
                seg_start = after_skip.end() if after_skip is not None else skips[-1].end()
            # A paragraph of a text with lines (not the whole of a one-line scrape) that the
            # signature ends.
            alone = (
                index > 0 and seg_start == left.end() and _NON_SPACE.search(text, sig.end, line.end) is None
            )
            top = self._line_post_start(text, seg_start, prefix_end, alone, surname, lead_re)
            if top != left.end():
                return top, prefix_end
            first = index
        else:
            # The signature has its own line: the post is on the lines above.
            i = index - 1
            while i >= 0 and i >= index - 3 and _blank(text, document.lines[i]):
                i -= 1
            if i < 0 or document.lines[i].end <= floor or i in sig_lines:
                return (sig.start, sig.start) if sig.dashed else None
            last = document.lines[i]
            if document.is_claimed(last.start, last.end):
                return None
            lead = tp.LINE_LEFT.match(text, last.start, last.end)
            assert lead is not None
            if _is_lead_in(lead_re, text[lead.end() : last.end]):
                return (sig.start, sig.start) if sig.dashed else None
            prefix_end = last.start + len(last.text.rstrip())
            top, first = max(lead.end(), floor), i
        top = self._extend_up(
            document, first, top, prefix_end, floor, sig_lines, lead_re, quoted, surname, gaps
        )
        return top, prefix_end

    def _line_post_start(
        self,
        text: str,
        start: int,
        end: int,
        alone: bool,
        surname: str | None = None,
        lead_re: _LeadIns | None = None,
    ) -> int:
        """Return where a post starts on the line it shares with its signature.

        A line that the signature ends and that holds no more than a post (a paragraph of its
        own: the embed's blockquote became one line) is the post from its start, but for an
        inline lead-in ending in a colon. Other lines (one-line scrapes) are cut at a
        sentence end.
        """
        if alone and post_weight(text[start:end]) <= self.max_post_weight + _TRUNCATION_SLACK:
            leads = list(tp.INLINE_LEAD_IN.finditer(text, start, end))
            if text.find('"', start, end) >= 0 or text.find("“", start, end) >= 0:
                leads += tp.QUOTE_LEAD_IN.finditer(text, start, end)  # it ends on a quote mark
            pointer = tp.POINTER_INLINE.match(text, start, end)
            if pointer is not None:
                leads.append(pointer)
            leads.sort(key=lambda m: m.end())
            if leads and len(tp.WEIGHT_LINK.sub("", text[leads[-1].end() : end]).strip()) >= 25:
                return leads[-1].end()
            return _after_posting_sentences(text, start, end)
        return self._tail_of_line(text, start, end, surname, lead_re)

    def _tail_of_line(
        self, text: str, start: int, end: int, surname: str | None = None, lead_re: _LeadIns | None = None
    ) -> int:
        """Return where a post starts on a line it shares with its signature.

        The post starts after a sentence end: the last one that leaves at least a few words
        before the signature, then earlier ones while the post stays within
        :attr:`max_post_weight`, up to a sentence that closes the post above: a lead-in
        (``… he wrote:``, ``Taking to X, she said, "``), article prose (reporting words) or a plain
        sentence of the article's narrative (a verb in the simple past). Without
        such a boundary within a post's length only the sentences that look like the post
        (see :meth:`_score`) are taken.
        """
        starts = [start] + [m.end() for m in tp.SENTENCE_START.finditer(text, max(start, end - 3000), end)]
        k = len(starts) - 1
        while k > 0 and len(tp.WEIGHT_LINK.sub("", text[starts[k] : end]).strip()) < 25:
            k -= 1
        scored, cautious, j = k, True, k
        while j > 0:
            previous = text[starts[j - 1] : starts[j]].strip()
            body = text[starts[j] : end]
            if post_weight(previous) + post_weight(body) + 1 > self.max_post_weight + _TRUNCATION_SLACK:
                break
            leads = list(tp.INLINE_LEAD_IN.finditer(text, starts[j - 1], starts[j]))
            leads += tp.QUOTE_LEAD_IN.finditer(text, starts[j - 1], starts[j])
            if leads:
                leads.sort(key=lambda m: m.end())
                lead_end = leads[-1].end()
                if _quotation_closes(text, lead_end, starts[j]):
                    # 'the minister wrote, "Our teams are ready." Our teams are …': the article
                    # quoted the post in its own sentence; the post is what follows.
                    return starts[j]
                return self._after_lead_in(text, lead_end, starts[j], end)
            if self._closes_post(previous, lead_re) or _names(previous, surname):
                return self._after_colon(text, starts[j], end, start)
            looks_like_post = self._score(previous, body) >= 1
            if cautious and post_weight(previous) + post_weight(body) + 1 <= self.max_post_weight:
                if looks_like_post:
                    scored = j - 1
                else:
                    cautious = False
            if not looks_like_post and tp.NARRATIVE_PAST.search(previous):
                # The article's narrative ("Engineers worked through the night.") closes the post.
                return self._after_colon(text, starts[j], end, start)
            j -= 1
        # A lead-in ending in a colon inside the chosen sentences: the post starts after it.
        leads = list(tp.INLINE_LEAD_IN.finditer(text, starts[scored], end))
        lead = leads[-1] if leads else None
        if lead is not None and len(tp.WEIGHT_LINK.sub("", text[lead.end() : end]).strip()) >= 25:
            return lead.end()
        return self._after_colon(text, starts[scored], end, start)

    @staticmethod
    def _after_lead_in(text: str, lead_end: int, fallback: int, end: int) -> int:
        """The post starts after a lead-in when that leaves a post's words, else at ``fallback``."""
        if len(tp.WEIGHT_LINK.sub("", text[lead_end:end]).strip()) >= 25:
            return lead_end
        return fallback

    @staticmethod
    def _closes_post(sentence: str, lead_re: _LeadIns | None = None) -> bool:
        """Whether an article sentence above a post closes it: reporting words, no post marks."""
        if tp.OTHER_EMBED.search(sentence):
            return True  # another platform's embed: the post starts after it
        if tp.POST_MARKS.search(sentence):
            return False
        if tp.ARTICLE_PROSE.search(sentence) is not None or tp.CLOCK_START.match(sentence) is not None:
            return True
        if lead_re is not None and _lead_in_cue(lead_re, sentence.rstrip()):
            return True  # a lead-in sentence, in any language of the cues ("Le ministre a réagi sur X.")
        # "Several users shared videos of the flooding.": a third-person sentence about posting.
        return tp.ABOUT_POSTING.search(sentence) is not None and tp.FIRST_PERSON.search(sentence) is None

    @staticmethod
    def _after_colon(text: str, first: int, end: int, line_start: int) -> int:
        """Where the post starts in its first sentence: after an article clause ending in a colon.

        ``… Hale was blunt: We will not sign …``: the clause before the colon is the article's
        when it has a few words, no marks of a post, is not a shouted label (``BREAKING:``), and
        article text precedes it on the line or it carries reporting words.
        """
        colon = tp.CLAUSE_COLON.match(text, first, end)
        if colon is None:
            return first
        clause = colon.group("clause")
        if tp.POST_MARKS.search(clause) or clause.isupper() or len(clause.split()) < 3:
            return first
        if first == line_start and tp.ARTICLE_PROSE.search(clause) is None:
            return first
        if len(tp.WEIGHT_LINK.sub("", text[colon.end() : end]).strip()) < 25:
            return first
        return colon.end()

    def _extend_up(
        self,
        document: Document,
        first: int,
        top: int,
        end: int,
        floor: int,
        sig_lines: set[int],
        lead_re: _LeadIns,
        quoted: bool,
        surname: str | None = None,
        lazy_gaps: _LazyGaps | None = None,
    ) -> int:
        text = document.text
        weight = post_weight(text[top:end])
        i = first - 1
        lazy_gaps = lazy_gaps or _LazyGaps(document)
        while i >= 0:
            line = document.lines[i]
            if line.end <= floor or i in sig_lines or document.is_claimed(line.start, line.end):
                break
            lead = tp.LINE_LEFT.match(text, line.start, line.end)
            assert lead is not None
            content = text[lead.end() : line.end].rstrip()
            in_quote = quoted and ">" in text[line.start : lead.end()]
            if not content:
                if in_quote:
                    i -= 1
                    continue
                gaps = lazy_gaps.get()
                above = gaps.post_paragraph_above(i)
                if above is None:
                    # An ordinary gap: a paragraph above joins only with marks of the post.
                    above = gaps.paragraph_above(i) if gaps.blank_separated else None
                    if above is None:
                        break
                    joined = _join_marked_paragraph(
                        document,
                        above,
                        weight,
                        floor,
                        sig_lines,
                        lead_re,
                        surname,
                        gaps,
                        self.max_post_weight,
                    )
                    if joined is None:
                        break
                    top, weight = joined
                    i = above - 1
                    continue
                top, weight = self._join_paragraph(document, above, top, weight, floor, sig_lines, lead_re)
                if top != document.lines[above].start + _left_width(text, document.lines[above]):
                    break
                i = above - 1
                continue
            if tp.BBC_SKIP.search(content) or _is_lead_in(lead_re, content) or tp.OTHER_EMBED.search(content):
                break
            if quoted and not in_quote:
                break
            if not in_quote and _names(content, surname):
                break  # the article naming the post's author ("Hale was quick to reply.")
            weight += post_weight(content) + 1
            if not in_quote:
                if weight > self.max_post_weight:
                    break
                gaps = lazy_gaps.get()
                only_links = not tp.WEIGHT_LINK.sub("", text[top:end]).strip()
                # Where blank lines set paragraphs apart, a line right above the post (no blank
                # between) is in the post's own paragraph: a <br> inside the embed.
                if not only_links and not gaps.blank_separated and self._score(content, text[top:end]) < 1:
                    return self._up_to_lead_in(document, i, top, weight, floor, sig_lines, lead_re, surname)
            top = max(lead.end(), floor)
            i -= 1
        return top

    def _join_paragraph(
        self,
        document: Document,
        index: int,
        top: int,
        weight: int,
        floor: int,
        sig_lines: set[int],
        lead_re: _LeadIns,
    ) -> tuple[int, int]:
        """Return the post's new top and weight after taking the paragraph at line ``index``.

        The paragraph sits above an unusually long blank run (a ``<br><br>`` inside the post),
        so it is the post's unless it is claimed, a lead-in, article prose, or too long.
        """
        text = document.text
        line = document.lines[index]
        if line.end <= floor or index in sig_lines or document.is_claimed(line.start, line.end):
            return top, weight
        start = line.start + _left_width(text, line)
        content = text[start : line.end].rstrip()
        if tp.BBC_SKIP.search(content) or _is_lead_in(lead_re, content) or tp.OTHER_EMBED.search(content):
            return top, weight
        if tp.CLOCK_START.match(content):
            return top, weight
        added = weight + post_weight(content) + 1
        if added > self.max_post_weight + _TRUNCATION_SLACK:
            return top, weight
        return start, added

    def _up_to_lead_in(
        self,
        document: Document,
        i: int,
        top: int,
        weight: int,
        floor: int,
        sig_lines: set[int],
        lead_re: _LeadIns,
        surname: str | None = None,
    ) -> int:
        """Return the start of line ``i`` (or a line above) when a boundary closes the post above it.

        A line that does not look like part of the post is still taken when, within a few
        lines and the post's length, the post is closed above by a lead-in line (``… wrote
        on X:``), a blank line, or an article paragraph (a line of at least
        :attr:`paragraph_chars` characters), and the lines taken carry no reporting language.
        """
        text = document.text
        candidate = -1
        reporting = False
        if tp.THREAD_START.match(text, top):
            return top
        for k in range(i, max(i - 4, -1), -1):
            line = document.lines[k]
            if line.end <= floor or k in sig_lines or document.is_claimed(line.start, line.end):
                return top
            lead = tp.LINE_LEFT.match(text, line.start, line.end)
            assert lead is not None
            content = text[lead.end() : line.end].rstrip()
            if not content or len(content) >= self.paragraph_chars:
                # A blank line or an article paragraph closes the post (not the text's start).
                return candidate if candidate >= 0 and not reporting else top
            if _is_lead_in(lead_re, content) or tp.OTHER_EMBED.search(content):
                return candidate if candidate >= 0 else top
            article = tp.ARTICLE_PROSE.search(content) is not None and not tp.POST_MARKS.search(content)
            if k != i and (article or _names(content, surname)):
                # An article line (reporting words) closes the post above as a blank line does.
                return candidate if candidate >= 0 and not reporting else top
            if k != i:
                weight += post_weight(content) + 1
            if weight > self.max_post_weight:
                return top
            prose = tp.ARTICLE_PROSE.search(content) or tp.CLOCK_START.match(content)
            reporting = reporting or prose is not None
            candidate = max(lead.end(), floor)
        return top

    @staticmethod
    def _score(line: str, body: str) -> int:
        """Return how much ``line`` (just above ``body``) looks like part of the post.

        Positive: marks of a post, a body that continues the line mid-sentence, no closing
        full stop, the first person. Negative: reporting verbs, a thread's first post
        below, a very long line. A line is taken at 1 or more.
        """
        score = 0
        if tp.POST_MARKS.search(line):
            score += 2
        if tp.CONTINUATION.match(body):
            score += 1
        if tp.THREAD_START.match(body):
            score -= 3
        if not line.endswith((".", "!", "?", '"', "”", "’", "'", ")")):
            score += 1
        if line.endswith(("!", "¡")):  # article prose seldom exclaims outside quotes
            score += 1
        if tp.FIRST_PERSON.search(line):
            score += 1
        if tp.REPORTING.search(line):
            score -= 2
        if len(line) > 180:
            score -= 1
        return score

    # -- items --------------------------------------------------------------------

    def _tweet(self, document: Document, sig: _Signature, body: tuple[int, int]) -> Tweet:
        text = document.text
        start, end = body
        body_span = Span.of(text, start, end)
        span = Span.of(text, start if end > start else sig.start, sig.end)
        entities = tuple(
            Entity(Span.of(text, start + e.span.start, start + e.span.end), e.kind, e.value)
            for e in tweet_entities(body_span.text)
        )
        links = [link_of(text, e.span.start, e.span.end) for e in entities if e.kind == "url"]
        if sig.status_url is not None:
            links.append(link_of(text, *sig.status_url))
        date = _parse_tweet_date(sig.date_text) if sig.date_text else None
        return Tweet(
            span,
            body_span,
            author=sig.author,
            handle=sig.handle,
            date=date,
            date_text=sig.date_text,
            urls=links,
            entities=entities,
        )


def find_tweets(text: str) -> tuple[Tweet, ...]:
    """Return the embedded tweets in ``text``, in order.

    >>> text = "Fares stay flat pic.x.com/AbCdE12345\\n— Metro Desk (@metrodesk) 21. November 2025"
    >>> [t.handle for t in find_tweets(text)]
    ['metrodesk']
    """
    return tuple(TweetRule()(Document.from_text(ensure_str(text))))
