"""Headlines: the article's own headline (and dek), and the analysis of any headline-like string.

Two public entry points share one analysis:

* :func:`parse_headline` splits any headline-like string (a page ``<title>``, an Also Read
  title, a headline line) into its ``title``, the ``site`` name split off (``… | WIRED``,
  ``… - india news - Hindustan Times``, ``Reuters | …``), a ``kicker`` in front
  (``EXCLUSIVE:``, ``Opinion |``), a ``tag`` after (``[UPDATE]``), and its ``case_style``;
* :class:`HeadlineRule` decides whether the first lines of an article are its headline (and a
  dek under it) or already body text, and yields at most one :class:`~newsparse.Headline`.

>>> h = parse_headline("EXCLUSIVE: Harbour Bridge Tolls To Double Next Year | The Daily Courier")
>>> h.kicker.text, h.title.text, h.site.text, h.case_style
('EXCLUSIVE:', 'Harbour Bridge Tolls To Double Next Year', 'The Daily Courier', 'title')
"""

from __future__ import annotations

import bisect
import functools
import re
from collections.abc import Iterator
from typing import NamedTuple

import attrs
import regex

from newsparse._document import PARTLY, WHOLLY, Document
from newsparse._errors import ensure_str
from newsparse._model import Byline, Headline, Span, Timestamp
from newsparse.lang import LanguageTables, extend_vocabulary
from newsparse.rules.headlines import patterns as pat
from newsparse.text.lazy import deferred_re

__all__ = ["HeadlineRule", "find_headlines", "parse_headline"]

_OPEN_QUOTES = "\"'“‘«„‚‹"
_CLOSE_QUOTES = "\"'”’»‹›"
_WORD_EDGE = "\"'“”‘’«»„‚‹›()[]{}<>,.;:!?…*–—-|/" + pat.TRIM_CHARS
_DASHES = frozenset({"-", "--", "–", "—", "―", 'â€"', "â€“"})
_CLAUSE_BREAKS = frozenset({*_DASHES, "|", ":", ";", "/"})
# What :func:`_trim` moves past: every character ``str.isspace`` accepts (Python 3.11; ``re``'s
# ``\s`` is exactly that set) and the zero-width ones.
_TRIM_ALL = (
    "\t\n\x0b\x0c\r\x1c\x1d\x1e\x1f \x85\xa0\u1680\u2000\u2001\u2002\u2003\u2004\u2005\u2006"
    "\u2007\u2008\u2009\u200a\u2028\u2029\u202f\u205f\u3000" + pat.TRIM_CHARS
)
# The first character that :func:`_trim` keeps: a line with none is blank.
_CONTENT = deferred_re("[^\\s" + re.escape(pat.TRIM_CHARS) + "]")

_SKIP = "skip"
_BODY = "body"
_HEADLINE = "headline"
_SENTENCES = "sentences"  # one or two short sentences: a headline only above furniture


@attrs.frozen(slots=True)
class _Vocab:
    kicker: regex.Pattern[str]
    sites: frozenset[str]
    sections: frozenset[str]
    tags: frozenset[str]
    small: frozenset[str]
    non_name: frozenset[str]
    abbreviations: frozenset[str]


@functools.lru_cache(maxsize=16)
def _compile_vocab(
    kickers: tuple[str, ...],
    sites: tuple[str, ...],
    sections: tuple[str, ...],
    tags: tuple[str, ...],
    small_words: tuple[str, ...],
    non_name_words: tuple[str, ...],
    abbreviations: tuple[str, ...],
) -> _Vocab:
    words = sorted({k.strip() for k in kickers if k.strip()}, key=len, reverse=True)
    alts = "|".join(regex.escape(k).replace("\\ ", r"[ \t\u00a0]++") for k in words) or "(?!)"
    # Kickers may stack: "SONDAGE EXCLUSIF -", "LIVE VIDEO:".
    kicker = regex.compile(
        rf"(?(DEFINE)(?P<kw>(?i:{alts})))(?&kw)(?:[ \t\u00a0]++(?&kw)){{0,2}}+[ \t\u00a0]*+"
        rf"(?::|\||-{{1,2}}(?=[ \t\u00a0])|–|—)(?=[ \t\u00a0]*+\S)",
    )
    return _Vocab(
        kicker=kicker,
        sites=frozenset(s.lower() for s in sites),
        sections=frozenset(s.lower() for s in sections),
        tags=frozenset(t.lower() for t in tags),
        small=frozenset(w.lower() for w in small_words),
        non_name=frozenset(w.lower() for w in non_name_words),
        abbreviations=frozenset(a.lower() for a in abbreviations),
    )


_VOCAB_BY_ID: dict[tuple[int, ...], tuple[tuple[tuple[str, ...], ...], _Vocab]] = {}


# ---------------------------------------------------------------------------
# Small helpers
# ---------------------------------------------------------------------------


class _Line(NamedTuple):
    start: int
    end: int


class _LineView:
    """The document's lines as ``(start, end)`` pairs read from its offset columns.

    ``document.lines`` builds a Span for every line of the page, which on a page of half a
    million blank lines costs seconds; this rule only ever looks at a few lines near the top.
    """

    __slots__ = ("_ends", "_starts")

    def __init__(self, document: Document) -> None:
        self._starts = document.line_starts
        self._ends = document.line_ends

    def __len__(self) -> int:
        return len(self._starts)

    def __getitem__(self, k: int) -> _Line:
        return _Line(self._starts[k], self._ends[k])


def _trim(text: str, start: int, end: int) -> tuple[int, int]:
    """Return ``(start, end)`` moved inwards past spaces, NBSP and zero-width characters."""
    s = text[start:end]
    left = s.lstrip(_TRIM_ALL)
    if not left:
        return end, end
    start = end - len(left)
    return start, start + len(left.rstrip(_TRIM_ALL))


def _next_content_line(document: Document, i: int) -> int:
    """Return the index of the first line from ``i`` that is neither blank nor claimed, else ``len(lines)``.

    Lines are skipped in bulk: a regex finds the next character :func:`_trim` would keep, and
    claimed ranges are jumped over, so a megabyte of blank or claimed lines costs no Python loop.
    """
    lines = _LineView(document)
    text = document.text
    for j in range(i, min(i + 2, len(lines))):  # the usual case: content within two lines
        line = lines[j]
        a, b = _trim(text, line.start, line.end)
        if a < b and not document.is_claimed(a, b):
            return j
    i += 2
    if i >= len(lines):
        return len(lines)
    claimed = document.claimed
    pos = lines[i].start
    while True:
        m = _CONTENT.search(text, pos)
        if m is None:
            return len(lines)
        p = m.start()
        k = bisect.bisect_right(claimed, (p, len(text) + 1)) - 1
        if k >= 0 and claimed[k][1] > p:
            pos = claimed[k][1]  # a character inside a claimed range: its line is claimed
            continue
        j = max(bisect.bisect_right(document.line_starts, p) - 1, i)
        line = lines[j]
        a, b = _trim(text, line.start, line.end)
        if not document.is_claimed(a, b):
            return j
        if j + 1 >= len(lines):
            return len(lines)
        pos = lines[j + 1].start


def _core(word: str) -> str:
    return word.strip(_WORD_EDGE)


def _fold(s: str) -> str:
    return " ".join(pat.NON_WORD.sub(" ", s[:400].casefold()).split())


def _is_quoted(s: str) -> bool:
    s = s.strip(pat.TRIM_CHARS)
    return len(s) > 2 and s[0] in _OPEN_QUOTES and s[-1] in _CLOSE_QUOTES


def _cjk_heavy(s: str) -> bool:
    return pat.CJK.search(s) is not None and " " not in s.strip()


def _is_known_site(s: str, v: _Vocab) -> bool:
    core = s.strip(pat.TRIM_CHARS + "[]()")
    return core.lower() in v.sites or pat.DOMAIN.fullmatch(core) is not None


def _looks_like_site(seg: str, sep: str, rest: str, v: _Vocab) -> bool:
    """Return whether ``seg``, after ``sep`` at the end of ``rest``, is a site or section name."""
    core = seg.strip(pat.TRIM_CHARS + "…").rstrip(".…").strip()
    if not core or len(core) > 60:
        return False
    rest_words = len(rest.split())
    if _is_known_site(core, v):
        return rest_words >= 2 or (_cjk_heavy(rest) and len(rest) >= 6)
    if _is_quoted(rest):  # "The U.S.A has a fake news problem" - Trump: a speaker, not a site
        return False
    if not (rest_words >= 3 or (pat.CJK.search(rest) is not None and len(rest) >= 6)):
        return False
    if core[-1] in "?!":
        return False
    if _cjk_heavy(core):
        return len(core) <= 12
    words = core.split()
    if len(words) > 5 or _core(words[0]).lower() in v.non_name:
        return False
    named = 0
    for word in words:
        c = _core(word)
        if not c:
            continue
        lower = c.lower()
        if lower in v.small:
            continue
        if c.isdigit():
            return False  # `Chelsea 2 - 1 Arsenal` is a score, not a site
        if lower == c.upper():
            continue  # no cased letters (`News18 हिंदी`): neither for nor against
        if lower in v.sections or c[0].isupper() or c[0].isdigit() or any(ch.isupper() for ch in c):
            named += 1
            continue
        return False
    if named == 0:
        return False
    if len(words) == 1 and sep in _DASHES:
        # A lone capitalised word after a dash is as likely a speaker (`... - Trump`) as a site:
        # take it only when it is shaped like a brand (WIRED, TechCrunch, 7News) or a section.
        c = _core(words[0])
        return (
            (c.isupper() and len(c) >= 2)
            or any(ch.isupper() for ch in c[1:])
            or any(ch.isdigit() for ch in c)
            or c.lower() in v.sections
        )
    return True


def _case_style(title: str, v: _Vocab) -> str:
    """Return ``"upper"``, ``"title"``, ``"sentence"`` or ``"mixed"`` for a headline's text.

    Judged on the first 1,000 characters (a headline is far shorter).
    """
    title = title[:1000]
    if title == title.upper():  # no lower-case letter at all
        return "upper" if len(pat.UPPER_LETTER.findall(title, concurrent=False)[:2]) >= 2 else "mixed"
    upper = lower = small_caps = long_caps = 0
    first = True  # the first word of the headline, or of a clause after `:`, `;`, a dash, `?`
    seen_any = False
    small = v.small
    for word in title.split():
        if word in _CLAUSE_BREAKS:
            first = True
            continue
        if word[0] in _OPEN_QUOTES and len(word) > 1:
            first = True
        c = word.strip(_WORD_EDGE)  # _core, inlined: this loop runs for every headline candidate
        ends_clause = word[-1] in ":;?!" or (word[-1] in _CLOSE_QUOTES and len(word) > 1 and word[-2] in "?!")
        lowered = c.lower()
        if not c or c[0].isdigit() or lowered == c.upper():  # no cased letter, or a numeral first
            first = ends_clause or (first and not seen_any)
            seen_any = seen_any or bool(c)
            continue
        has_upper = c != lowered
        first_letter = c[0] if c[0].isalpha() else next((ch for ch in c if ch.isalpha()), "")
        if not seen_any and first_letter.islower() and not has_upper:
            return "mixed"  # a headline that starts in lower case
        seen_any = True
        is_small = lowered in small
        if c.isupper() and len(c) >= 2:
            if sum(ch.isalpha() for ch in c) >= 5:
                long_caps += 1
        elif not first:
            if first_letter.isupper():
                if is_small:
                    small_caps += 1
                else:
                    upper += 1
            elif not has_upper and not is_small:
                lower += 1
        first = ends_clause
    if long_caps >= 2:
        return "mixed"  # selective capitals: `BLACK DEATH PLAGUE fears: ...`
    if lower == 0:
        return "title" if upper or small_caps else "sentence"
    if small_caps:
        return "mixed"  # Start Case with lower-case content words: `Meets Putin In Helsinki, says ...`
    return "sentence"


def _ends_like_sentence(s: str, v: _Vocab) -> bool:
    """Return whether ``s`` ends with a full stop (not an ellipsis, not an abbreviation) or ``:;,``."""
    s = s.rstrip(_CLOSE_QUOTES + ")]" + pat.TRIM_CHARS)
    if not s:
        return False
    last = s[-1]
    if last in ":;,।":  # `।` (danda) ends a Hindi sentence
        return True
    if last != ".":
        return False
    if s.endswith("..") or pat.ALL_CAPS_ABBREV_END.search(s[-12:]):
        return False
    word = s[:-1].rsplit(None, 1)[-1].strip(_WORD_EDGE).lower() if s[:-1].strip() else ""
    return word not in v.abbreviations


# A quotation inside a headline, opened after a blank: `'Meth. We're on it,'`, `“No. Never.”`.
# An apostrophe inside a word (`We're`) does not close the quotation.
_QUOTED = deferred_re(
    r"(?:(?<=\s)|^)(?:'(?:[^'\n]|'(?=\w)){2,60}?[,.!?]'(?!\w)|‘(?:[^’\n]|’(?=\w)){2,60}?’(?!\w)"
    r"|“[^”\n]{2,60}”|\"[^\"\n]{2,60}\")"
)


def _quoted_ranges(s: str) -> list[tuple[int, int]]:
    if not any(q in s for q in "'‘“\""):
        return []
    return [m.span() for m in _QUOTED.finditer(s)]


def _sentence_breaks(s: str, v: _Vocab) -> int:
    """Count full stops inside ``s`` that end a sentence (``word. Next``)."""
    count = 0
    quoted = _quoted_ranges(s)
    for m in pat.SENTENCE_BOUNDARY.finditer(s):
        if any(qa <= m.start() < qb for qa, qb in quoted):
            continue  # a full stop inside a quoted slogan: `says 'Meth. We're on it,' and ...`
        word = m.group("word")
        if len(word) == 1 or word.lower() in v.abbreviations:
            continue
        count += 1
    return count


def _furniture_after_pipe_or_label(text: str, a: int, b: int) -> bool:
    """Whether a byline or timestamp starts the line, a pipe-separated part of it, or its second word.

    ``ANI | Updated: Nov 21, 2025``, ``New Delhi, Bureau | Updated : 19 November``, ``india
    Updated: Apr 26, 2020`` are timestamp lines, not headlines.
    """
    starts = [a]
    for m in pat.PIPE.finditer(text, a, min(b, a + 200)):
        starts.append(m.end())
        if len(starts) > 6:
            break
    if b - a <= 90:
        second = pat.FIRST_WORD.match(text, a, b)
        if second is not None:
            starts.append(second.end())
    return any(_byline_like(text, s, b) or _timestamp_like(text, s, b) for s in starts)


def _byline_like(text: str, a: int, b: int) -> bool:
    return pat.may_start_byline(text, a, b) and pat.BYLINE_LIKE.match(text, a, b) is not None


def _timestamp_like(text: str, a: int, b: int) -> bool:
    return pat.may_start_timestamp(text, a, b) and pat.TIMESTAMP_LIKE.match(text, a, b) is not None


def _dateline_start(text: str, a: int, b: int) -> bool:
    return pat.may_hold_dateline(text[a:b]) and pat.DATELINE_START.match(text, a, b) is not None


def _short_name_parts(s: str, v: _Vocab) -> bool:
    """Whether ``s`` is two or more short capitalised parts joined by pipes (a credit or menu)."""
    parts = s.split("|", 8)
    if len(parts) < 2 or len(parts) > 8:
        return False
    for part in parts:
        words = [_core(w) for w in part.split()]
        words = [w for w in words if w]
        if not 1 <= len(words) <= 3:
            return False
        if not all(w[0].isupper() or w[0].isdigit() or w.lower() in v.small for w in words):
            return False
    return True


def _is_nav(s: str) -> bool:
    parts = pat.NAV_SEPARATOR.split(s)
    if len(parts) < 2:
        return False
    arrows = any(ch in s for ch in ">»›→")
    if not arrows and len(parts) < 3:
        return False
    return all(0 < len(p.split()) <= (4 if arrows else 3) for p in parts)


# ---------------------------------------------------------------------------
# The analysis of one headline-like stretch of text
# ---------------------------------------------------------------------------


def _analyse(text: str, start: int, end: int, v: _Vocab) -> Headline:
    """Analyse ``text[start:end]`` as a headline; every Span indexes ``text``."""
    parts = _split(text, start, end, v)
    return _headline(text, parts, v)


_Range = tuple[int, int] | None
_Parts = tuple[int, int, int, int, _Range, _Range, _Range]
"""What :func:`_split` finds: the trimmed ``a, b``, the title's ``ta, tb``, and site, kicker, tag."""


def _headline(text: str, parts: _Parts, v: _Vocab) -> Headline:
    """Build the :class:`Headline` of :func:`_split`'s parts (naming its case style)."""
    a, b, ta, tb, site, kicker, tag = parts
    span = Span.of(text, a, b)
    if a >= b:
        return Headline(span=span, title=span, case_style="mixed")
    title = Span.of(text, ta, tb)
    return Headline(
        span=span,
        title=title,
        case_style=_case_style(title.text, v),
        site=Span.of(text, *site) if site else None,
        kicker=Span.of(text, *kicker) if kicker else None,
        tag=Span.of(text, *tag) if tag else None,
    )


def _split(text: str, start: int, end: int, v: _Vocab) -> _Parts:
    """Find the title, site, kicker and tag of ``text[start:end]`` (see :func:`_analyse`)."""
    a, b = _trim(text, start, end)
    if a >= b:
        return a, b, a, b, None, None, None
    m = pat.MARKDOWN_HEADING.match(text, a, b)
    ta, tb = (m.end(), b) if m else (a, b)
    site: tuple[int, int] | None = None
    tag: tuple[int, int] | None = None
    kicker: tuple[int, int] | None = None

    def grow_site(lo: int, hi: int) -> None:
        nonlocal site
        site = (lo, hi) if site is None else (min(site[0], lo), max(site[1], hi))

    # 1. From the end: bracketed labels, then site suffixes joined by separators, as a chain.
    for _ in range(6):
        bm = pat.BRACKET_TAG.search(text, max(ta, tb - 48), tb)
        if bm is not None and len(text[ta : bm.start()].split()) >= 2:
            inner = bm.group("inner").strip(pat.TRIM_CHARS)
            lower = inner.lower()
            if _is_known_site(inner, v):
                grow_site(*_trim(text, bm.start("inner"), bm.end("inner")))
                tb = _trim(text, ta, bm.start())[1]
                continue
            bracket_tag = bm.group("open") == "[" and (
                inner.isupper() and 1 <= len(inner.split()) <= 3 and any(ch.isalpha() for ch in inner)
            )
            if tag is None and (lower in v.tags or bracket_tag):
                tag = (bm.start("open"), bm.end())
                tb = _trim(text, ta, bm.start())[1]
                continue
        last = None
        for sm in pat.SITE_SEPARATOR.finditer(text, max(ta + 1, tb - 90), tb):
            last = sm
        if last is None:
            break
        sa, sb = _trim(text, last.end(), tb)
        ra, rb = _trim(text, ta, last.start())
        if sa >= sb or ra >= rb:
            break
        seg, rest, sep = text[sa:sb], text[ra:rb], last.group().strip()
        if tag is None and seg.lower() in v.tags and len(rest.split()) >= 3:
            tag = (sa, sb)
            tb = rb
            continue
        if not _looks_like_site(seg, sep, rest, v):
            break
        grow_site(sa, sb)
        tb = rb

    # 2. From the start: a kicker (`EXCLUSIVE:`), a site prefix (`Reuters | …`), or a `Label |`.
    for _ in range(3):
        km = v.kicker.match(text, ta, tb)
        if kicker is None and km is not None and len(text[km.end() : tb].split()) >= 2:
            kicker = (ta, km.end())
            ta = _trim(text, km.end(), tb)[0]
            continue
        pm = pat.PREFIX_SEPARATOR.search(text, ta + 1, min(tb, ta + 60))
        if pm is None:
            break
        seg = text[ta : pm.start()]
        rest = text[pm.end() : tb]
        if site is None and _is_known_site(seg, v) and len(rest.split()) >= 2:
            grow_site(*_trim(text, ta, pm.start()))
            ta = _trim(text, pm.end(), tb)[0]
            continue
        bar = pm.group().find("|")
        seg_words = seg.split()
        if (
            kicker is None
            and bar >= 0
            and 1 <= len(seg_words) <= 3
            and all(_core(w)[:1].isupper() or _core(w).lower() in v.small for w in seg_words)
            and len(rest.split()) >= 4
        ):
            kicker = (ta, pm.start() + bar + 1)
            ta = _trim(text, pm.end(), tb)[0]
            continue
        break

    ta, tb = _trim(text, ta, tb)
    if ta >= tb:  # nothing left: keep the whole thing as the title
        ta, tb = (m.end(), b) if m else (a, b)
        site = tag = kicker = None
    return a, b, ta, tb, site, kicker, tag


# ---------------------------------------------------------------------------
# The rule
# ---------------------------------------------------------------------------


@attrs.frozen(slots=True)
class HeadlineRule:
    """Find the article's headline (and a dek under it) among its first lines.

    The rule looks at the first ``max_lines`` non-blank lines that no earlier rule claimed.
    Lines shaped like bylines, timestamps, captions, menus, section labels or a bare site name
    are passed over; the first other line is the headline when it is shaped like one (no final
    full stop, at most ``max_chars`` characters, 3 to 30 words, one sentence, not a wire
    dateline, not starting in lower case) and body text follows it. Otherwise the article has
    no headline: a line that ends in a full stop, a long line (a one-line scrape included) or a
    line that opens with a dateline is body text, and the search stops there.

    A dek (standfirst) is the next line when it reads like one sentence or two (6 to 55 words,
    at most 320 characters) and the rule is confident: a byline, timestamp, dateline or caption
    line follows it, or it has no final full stop and a longer body paragraph follows it. The
    Headline's span then runs from the headline to the end of the dek.

    >>> text = "Harbour Tolls To Double Next Year\\n\\nThe city council voted on Tuesday to raise fares."
    >>> [h.title.text for h in HeadlineRule()(Document.from_text(text))]
    ['Harbour Tolls To Double Next Year']
    """

    name: str = "headline"
    """The rule's name in a :class:`~newsparse.Parser`."""
    kickers: tuple[str, ...] = pat.KICKERS
    """Labels in front of a headline (``exclusive``, ``opinion``), case-insensitive."""
    sites: tuple[str, ...] = pat.SITES
    """Known site and agency names, split off even where shape alone would not allow it."""
    sections: tuple[str, ...] = pat.SECTION_WORDS
    """Section names that a site-suffix chain may carry (``india news``)."""
    tags: tuple[str, ...] = pat.TAGS
    """Labels after a headline (``[UPDATE]``, ``- live updates``)."""
    small_words: tuple[str, ...] = pat.SMALL_WORDS
    """Words title case leaves in lower case; neutral for :attr:`Headline.case_style`."""
    non_name_words: tuple[str, ...] = pat.NON_NAME_WORDS
    """Words that start a headline's own continuation after a dash, never a site name."""
    abbreviations: tuple[str, ...] = pat.ABBREVIATIONS
    """Abbreviations whose full stop neither ends a sentence nor disqualifies a headline."""
    max_lines: int = 4
    """How many non-blank unclaimed lines from the top are searched for the headline."""
    max_chars: int = 200
    """The longest line taken as a headline (the longest real ones are about 150 characters)."""
    find_dek: bool = True
    """Whether to look for a dek / standfirst under the headline."""

    def _vocab(self, tables: LanguageTables | None = None) -> _Vocab:
        # The document's kickers join the rule's own; for English they are the same tuple.
        kickers = self.kickers if tables is None else extend_vocabulary(self.kickers, tables.kickers)
        fields = (
            kickers,
            self.sites,
            self.sections,
            self.tags,
            self.small_words,
            self.non_name_words,
            self.abbreviations,
        )
        # Keyed by the tuples' identities: hashing hundreds of words on every call cost more
        # than the rest of the rule on a short article. The cache holds the tuples, so their
        # ids stay theirs while cached.
        key = tuple(map(id, fields))
        hit = _VOCAB_BY_ID.get(key)
        if hit is not None:
            return hit[1]
        vocab = _compile_vocab(*fields)
        if len(_VOCAB_BY_ID) >= 16:
            _VOCAB_BY_ID.clear()
        _VOCAB_BY_ID[key] = (fields, vocab)
        return vocab

    def parse(self, s: str) -> Headline:
        """Analyse any headline-like string with this rule's vocabulary (see :func:`parse_headline`)."""
        s = ensure_str(s)
        return _analyse(s, 0, len(s), self._vocab())

    def __call__(self, document: Document) -> Iterator[Headline]:
        """Yield the article's headline, if its first lines have one."""
        v = self._vocab(document.tables)
        text = document.text
        lines = _LineView(document)
        seen = 0
        candidates = 0  # lines not skipped as page furniture
        i = 0
        while seen < self.max_lines:
            i = _next_content_line(document, i)  # blank and claimed lines are passed over
            if i >= len(lines):
                return
            line = lines[i]
            i += 1
            a, b = _trim(text, line.start, line.end)
            seen += 1
            kind, head = self._classify(text, a, b, v)
            if kind == _SKIP:
                continue
            candidates += 1
            if kind == _SENTENCES and candidates == 1 and self._two_sentence_head(document, i, a, b, v):
                kind, head = _HEADLINE, self._sentences_head(text, a, b, v)
            if kind == _BODY or head is None:
                return
            if not (self._body_follows(document, i, v) or self._partly_claimed_body(document, i)):
                return
            nxt = self._next_line(document, i)
            if (
                nxt is not None
                and nxt[2] - nxt[1] <= self.max_chars
                and not document.is_claimed(nxt[1], nxt[2])
                and head.title.text[:12].casefold() in text[nxt[1] : nxt[2]].casefold()
            ):
                _, _, rta, rtb, _, _, _ = _split(text, nxt[1], nxt[2], v)  # its title is enough
                if _fold(text[rta:rtb]) == _fold(head.title.text):
                    # The headline twice (the page title, then the on-page headline): claim both.
                    head = attrs.evolve(head, span=Span.of(text, a, nxt[2]))
                    i = nxt[0] + 1
            dek = self._dek(document, i, v) if self.find_dek else None
            if dek is not None and _fold(head.title.text) in _fold(dek.text):
                dek = None
            if dek is not None:
                head = attrs.evolve(head, span=Span.of(text, a, dek.end), dek=dek)
            yield head
            return

    # -- line shapes --------------------------------------------------------

    def _furniture(self, text: str, a: int, b: int) -> bool:
        """Whether the line is a byline, timestamp or caption (claimed by later rules)."""
        return bool(
            _byline_like(text, a, b)
            or _timestamp_like(text, a, b)
            or pat.CAPTION_LIKE.match(text, a, b)
            or (b - a <= 60 and pat.ROLE_LINE.search(text, max(a, b - 30), b))
            or pat.CREDIT_AT_END.search(text, max(a, b - 100), b)
        )

    def _classify(self, text: str, a: int, b: int, v: _Vocab) -> tuple[str, Headline | None]:
        if b - a > self.max_chars:
            return _BODY, None
        line = text[a:b]
        kicker = v.kicker.match(text, a, b)
        if (
            _furniture_after_pipe_or_label(text, a, b)
            or (kicker is None and self._furniture(text, a, b))  # `Photos: …` is a kicker
            or pat.PROMO_LIKE.match(text, a, b)
            or _is_nav(line)
        ):
            return _SKIP, None
        bare = line.strip(_WORD_EDGE).lower()
        if bare in v.sites or bare in v.sections or pat.DOMAIN.fullmatch(bare):
            return _SKIP, None
        if pat.BULLET.match(text, a, b):
            return _BODY, None  # a list item: `- The scheme will cover ...`
        if kicker is None and _dateline_start(text, a, b):
            return _BODY, None
        if kicker is None and pat.BODY_OPENING.match(text, a, min(b, a + 80)):
            return _BODY, None  # a first sentence that lost its full stop: `It was the wettest …`
        parts = _split(text, a, b, v)  # the case style is named only for a headline (it costs)
        _, _, ta, tb, site, kicker_span, _ = parts
        title = text[ta:tb]
        words = title.split()
        labelled = kicker_span is not None or site is not None
        if len(words) < (2 if labelled else 3):
            return _SKIP, None  # a section label, a kicker on its own line, a name
        if kicker is None and _short_name_parts(line, v):
            return _SKIP, None  # `Jane Smith | The Daily Courier`: a credit, not a headline
        if title.strip(_WORD_EDGE).lower() in v.sites or all(
            _core(w).lower() in v.sections or _core(w).lower() in v.small or not _core(w) for w in words
        ):
            return _SKIP, None  # `Science & Environment`, `Hindustan Times - India News`
        if len(words) > 30:
            return _BODY, None
        if _ends_like_sentence(title, v) or _sentence_breaks(title, v):
            # One or two short sentences: a headline only when furniture follows (see __call__).
            short = len(words) <= 20 and _sentence_breaks(title, v) <= 2 and title.rstrip()[-1:] not in ":;,"
            return (_SENTENCES if short else _BODY), None
        first = title.lstrip(_OPEN_QUOTES + "([")[:1]
        first_word = _core(words[0])
        if first.islower() and not any(ch.isupper() for ch in first_word):
            return _BODY, None  # a paragraph broken mid-sentence
        head = _headline(text, parts, v)
        if head.case_style == "sentence" and len(words) > 22:
            return _BODY, None
        return _HEADLINE, head

    def _furniture_follows(self, document: Document, i: int) -> bool:
        """Whether the next non-blank line is wholly a byline or a timestamp an earlier rule took.

        A lede is never followed by its byline; a headline often is, so a first line of one or
        two short sentences (``Rates rise again. What now?``) above one is the headline.
        """
        text = document.text
        lines = _LineView(document)
        for k in range(i, min(len(lines), i + 3)):
            a, b = _trim(text, lines[k].start, lines[k].end)
            if a >= b:
                continue
            if document.line_state(k) != WHOLLY:
                return False
            return any(
                item.span.start <= a and b <= item.span.end
                for kind in (Byline, Timestamp)
                for item in document.items_of(kind)
            )
        return False

    def _two_sentence_head(self, document: Document, i: int, a: int, b: int, v: _Vocab) -> bool:
        """Whether the first candidate line, one or two short sentences, is the headline.

        It is when furniture follows (a lede is never followed by its byline), or when its last
        sentence has no final stop, a long paragraph follows (``Rain in the south. The north
        stays dry`` over the dek) and either page furniture stands above it (a menu, a kicker:
        the page's top, not the story's) or its first sentence is one word (``Solidarité.``, a
        kicker). At the very top of a text, two sentences over a paragraph stay a lede.
        """
        if self._furniture_follows(document, i):
            return True
        text = document.text
        if text[b - 1] in ".!?…:;\"”’')":
            return False
        first_stop = text.find(". ", a, b)
        one_word = first_stop > a and not any(ch.isspace() for ch in text[a:first_stop])
        if not one_word and not text[max(0, a - 2000) : a].strip():
            return False
        nxt = self._next_line(document, i)
        return nxt is not None and nxt[2] - nxt[1] >= 80

    def _sentences_head(self, text: str, a: int, b: int, v: _Vocab) -> Headline | None:
        parts = _split(text, a, b, v)
        title = text[parts[2] : parts[3]]
        first = title.lstrip(_OPEN_QUOTES + "([")[:1]
        if not first.isupper() and not first.isdigit():
            return None
        return _headline(text, parts, v)

    def _body_follows(self, document: Document, i: int, v: _Vocab) -> bool:
        """Whether a body-like line (or a byline, dateline, timestamp) comes after line ``i - 1``."""
        text = document.text
        lines = _LineView(document)
        looked = 0
        while True:
            i = _next_content_line(document, i)  # blank and claimed lines are passed over
            if i >= len(lines):
                return False
            line = lines[i]
            i += 1
            a, b = _trim(text, line.start, line.end)
            looked += 1
            if looked > 12:
                return False
            if b - a >= 60 or text[b - 1] in ".!?…\"”’')।" or self._furniture(text, a, b):
                return True
            if _dateline_start(text, a, b):
                return True

    def _partly_claimed_body(self, document: Document, i: int) -> bool:
        """Whether a long paragraph that an earlier rule claimed only in part (a fused credit)
        comes within the next few lines: it is body text all the same."""
        text = document.text
        lines = _LineView(document)
        # As far as _body_follows looks: menus, a place line and a stamp may come between.
        for k in range(i, min(len(lines), i + 12)):
            if document.line_state(k) == PARTLY:
                a, b = _trim(text, lines[k].start, lines[k].end)
                if b - a >= 200:
                    return True
        return False

    def _next_line(self, document: Document, i: int) -> tuple[int, int, int] | None:
        """The index and trimmed bounds of the next non-blank line from ``i`` (claimed or not)."""
        text = document.text
        lines = _LineView(document)
        for k in range(i, min(len(lines), i + 50)):
            line = lines[k]
            a, b = _trim(text, line.start, line.end)
            if a < b:
                return k, a, b
        return None

    def _dek(self, document: Document, i: int, v: _Vocab) -> Span | None:
        text = document.text
        nxt = self._next_line(document, i)
        if nxt is None:
            return None
        k, a, b = nxt
        if document.is_claimed(a, b) or not 30 <= b - a <= 320:
            return None
        dek = text[a:b]
        words = dek.split()
        first = dek.lstrip(_OPEN_QUOTES)[:1]
        if not (6 <= len(words) <= 55 and first.isupper()):
            return None
        if self._furniture(text, a, b) or _dateline_start(text, a, b) or _is_nav(dek):
            return None
        if _sentence_breaks(dek, v) > 1 or dek.rstrip()[-1] in ":;,":
            return None
        after = self._next_line(document, k + 1)
        if after is None:
            return None
        _, aa, ab = after
        if self._furniture(text, aa, ab) or _dateline_start(text, aa, ab):
            return Span.of(text, a, b)
        body_like = ab - aa > b - a and (ab - aa >= 60 or text[ab - 1] in '.!?"”')
        if body_like and not _ends_like_sentence(dek, v) and dek.rstrip()[-1] != ".":
            return Span.of(text, a, b)
        return None


_DEFAULT_RULE = HeadlineRule()


def parse_headline(s: str) -> Headline:
    """Split a headline-like string into title, site, kicker and tag, and name its case style.

    Site names are split off the end (``Title | Site``, ``Title - Reuters``, chains such as
    ``Title - india news - Hindustan Times``, ``Title [LWN.net]``) or the start
    (``Reuters | Title``, ``LWN.net: Title``) only when they look like names: short (1–5 words),
    capitalised, a domain, a known site or a section word, with enough headline left. Real
    headlines that contain ``:`` or `` - `` keep them (``Sham debunked: White House``;
    ``"We will win" - Mayor``). Every Span indexes ``s``; ``span`` is ``s`` without surrounding
    spaces.

    >>> h = parse_headline("Ferry Strike Ends After Nine Days - city news - The Coast Gazette")
    >>> h.title.text, h.site.text
    ('Ferry Strike Ends After Nine Days', 'city news - The Coast Gazette')
    >>> parse_headline("Budget plan is dead on arrival: Senate leader").site is None
    True
    >>> parse_headline("Opinion | Why the tram line still matters").kicker.text
    'Opinion |'
    """
    return _DEFAULT_RULE.parse(s)


def find_headlines(text: str) -> tuple[Headline, ...]:
    """Return the headline the default :class:`HeadlineRule` finds in ``text`` (none or one)."""
    return tuple(_DEFAULT_RULE(Document.from_text(ensure_str(text))))
