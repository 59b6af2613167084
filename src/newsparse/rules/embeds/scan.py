"""The state of one :class:`~newsparse.rules.embeds.rule.EmbedRule` pass over a document, and the helpers
its stages share (spans, claims, gates on cheap literals, dates, names).

The stages live beside it: :mod:`.instagram`, :mod:`.signatures` (TikTok, Bluesky, Mastodon,
Threads, Reddit), :mod:`.facebook` and :mod:`.lines` (bare URLs, placeholders, wrappers).
"""

from __future__ import annotations

import datetime as _dt
import functools
from collections.abc import Sequence
from typing import TYPE_CHECKING, overload

import attrs
import regex

from newsparse._document import Document
from newsparse._model import Boilerplate, Embed, Span
from newsparse.rules.embeds import patterns as P
from newsparse.text.dates import parse_date

if TYPE_CHECKING:
    from newsparse.rules.embeds.rule import EmbedRule

# A line longer than this is only searched at its end for attributions that end a line.
_TAIL = 400
# A line longer than this cannot be a placeholder, marker or bare URL line.
_SHORT = 700
# Bluesky posts are at most 300 characters; a same-line body is looked for this far back.
_SAME_LINE_BODY = 400
# A same-line prefix this short is the whole post (Bluesky allows 300 characters).
_SHORT_POST = 300
# Cheap tests that decide whether a line is worth the full patterns (on lower-cased text).
# ("publi" also covers "publicad".)
_FACEBOOK_HINTS = ("posted by", "publi", "gepostet", "pubblicato", "geplaatst")
_INSTAGRAM_HINTS = (
    "shared by", "geteilt", "partag", "compartid", "compartilhad", "partilhad", "condiviso", "gedeeld",
    "bài viết do",
)  # fmt: skip
_WRAPPER_HINTS = (
    "skip", "end of", "allow", "content", "permission", "accepting", "continue", "responsable",
    "ignorer", "fin de", "view ", "report", "autoriser", "warning",
)  # fmt: skip
# A bare post URL line holds one of these (lower-cased).
_URL_HINTS = ("http", "www.", "youtu", ".com/", "bsky.app", "threads.", "fb.watch")
# Words each default pattern needs, lower-cased (in the order of ``P.WRAPPER_PATTERNS``,
# ``P.WRAPPER_LINES`` and ``P.PLATFORM_URLS``). On an ASCII line a pattern with a word missing
# cannot match, so it is not run; on other lines IGNORECASE may match non-ASCII letters ("ſ"
# for "s", "K" for "k"), so every pattern runs there. A user's own patterns always run.
_Words = tuple[str, ...]
_WRAPPER_WORDS: tuple[_Words, ...] = (
    ("skip",), ("end",), ("publication",), ("allow",), ("autoriser",), ("this", "content"),
    ("permission",), ("accepting",), ("view", "content"), ("responsible",), ("responsable",),
    ("cannot", "displayed"), ("view", "on"), ("warning", "third"),
)  # fmt: skip
_WRAPPER_LINE_WORDS: tuple[_Words, ...] = (
    ("continue",), ("available",), ("disponible",), ("voir", "plus"),
)  # fmt: skip
_URL_WORDS: tuple[_Words, ...] = (
    ("youtu",), ("instagram.com",), ("tiktok.com",), ("bsky.app",), ("threads.",), ("facebook.com",),
    ("fb.watch",), ("reddit.com",), ("vimeo.com",),
)  # fmt: skip
_GATES: dict[regex.Pattern[str], _Words] = {
    **dict(zip(P.WRAPPER_PATTERNS, _WRAPPER_WORDS, strict=True)),
    **dict(zip(P.WRAPPER_LINES, _WRAPPER_LINE_WORDS, strict=True)),
    **dict(zip((pattern for _, pattern in P.PLATFORM_URLS), _URL_WORDS, strict=True)),
}


@functools.lru_cache(maxsize=64)
def _gated(patterns: tuple[regex.Pattern[str], ...]) -> tuple[tuple[regex.Pattern[str], _Words], ...]:
    """Pair each pattern with the words it needs (none for a user's own pattern)."""
    return tuple((pattern, _GATES.get(pattern, ())) for pattern in patterns)


@functools.lru_cache(maxsize=32)
def _gated_urls(
    pairs: tuple[tuple[str, regex.Pattern[str]], ...],
) -> tuple[tuple[str, regex.Pattern[str], _Words], ...]:
    """``(platform, pattern, words)`` for each bare-URL pattern."""
    return tuple((platform, pattern, _GATES.get(pattern, ())) for platform, pattern in pairs)


def _may_match(words: tuple[str, ...], ascii_line: bool, low: str) -> bool:
    """Whether a pattern needing ``words`` may match a line (``low``: the line lower-cased)."""
    if not ascii_line:
        return True
    for word in words:  # noqa: SIM110 (a plain loop is faster than all() over a generator)
        if word not in low:
            return False
    return True


def _present(low: str, words: tuple[str, ...]) -> tuple[str, ...]:
    """The ``words`` that occur in ``low``."""
    return tuple(word for word in words if word in low)


def _has_any(low: str, words: tuple[str, ...]) -> bool:
    for word in words:  # noqa: SIM110 (a plain loop is faster than any() over a generator)
        if word in low:
            return True
    return False


@attrs.frozen(slots=True)
class _Candidate:
    start: int
    end: int
    item: Embed | Boilerplate


# ---------------------------------------------------------------------------
# The scan
# ---------------------------------------------------------------------------


# Punctuation after a URL in prose ("… watch?v=abc." / "…/post/3k), and"): the sentence's.
_URL_END_PUNCT = frozenset(".,;:!?'\"”’…")


def _sentence_goes_on(text: str, end: int) -> bool:
    """Whether the sentence around a URL ending at ``end`` goes on after it (``Watch it at URL if
    you missed it``): then the URL is a link in prose. A URL that ends its line, its sentence or
    a list item (``… so far: URL ‣ next item``) stands for an embed."""
    m = P.AFTER_URL.match(text, end)
    return m is not None and m.group("word") is not None


# Characters that never start or end an item: white space, quote marks of markdown
# blockquotes, and invisible format characters (bidi marks, zero-width space, BOM).
_EDGE = frozenset(" \t\r\n\x0b\x0c\xa0\u200b\u200e\u200f\u2066\u2067\u2068\u2069\ufeff\u2028\u2029\x85")


def _strip_span(text: str, start: int, end: int) -> tuple[int, int]:
    while start < end and (text[start] in _EDGE or text[start].isspace() or text[start] == ">"):
        start += 1
    while end > start:
        if text[end - 1] in _EDGE or text[end - 1].isspace():
            end -= 1
        elif text[end - 1] == ">":
            # A trailing "> " quote-only line (html2text), not a ">" that ends a URL.
            j = end - 1
            while j > start and text[j - 1] in " \t>":
                j -= 1
            if j > start and text[j - 1] in "\r\n":
                end = j
            else:
                break
        else:
            break
    return start, end


# No other code point case-folds to a string holding one of these characters (checked over
# every code point), so a placeholder that holds one can only be in a text that holds it too.
_FOLD_WITNESSES = frozenset("[]()<>{}#@/")


@functools.lru_cache(maxsize=32)
def _witnesses(placeholders: frozenset[str]) -> tuple[str, ...] | None:
    """One witness character per placeholder (``None`` when one has none)."""
    chars = [next((c for c in p if c in _FOLD_WITNESSES), None) for p in placeholders]
    return None if None in chars else tuple(sorted(set(chars)))  # type: ignore[arg-type]


def _maybe_placeholder(text: str, placeholders: frozenset[str]) -> bool:
    """Whether some line of ``text`` may be one of the (case-folded) ``placeholders``."""
    folded: str | None = None
    for placeholder in placeholders:
        witness = next((c for c in placeholder if c in _FOLD_WITNESSES), None)
        if witness is not None:
            if witness in text:
                return True
            continue
        if folded is None:
            folded = text.casefold()  # a line's case-folded text is a substring of this
        if placeholder in folded:
            return True
    return False


def _read_date(date_text: str | None) -> _dt.date | None:
    if not date_text:
        return None
    found = parse_date(date_text).date
    if found is not None:
        return found
    m = P.CJK_DATE.search(date_text)
    if m:
        try:
            if m.group("hour") is not None:
                return _dt.datetime(
                    int(m.group("year")),
                    int(m.group("month")),
                    int(m.group("day")),
                    int(m.group("hour")),
                    int(m.group("minute")),
                )
            return _dt.date(int(m.group("year")), int(m.group("month")), int(m.group("day")))
        except ValueError:
            return None
    m = P.TR_DATE.search(date_text)
    if m:
        try:
            month = P.TR_MONTH_NUMBERS[m.group("month").lower()]
            return _dt.date(int(m.group("year")), month, int(m.group("day")))
        except (KeyError, ValueError):
            return None
    return None


def _first_url(markers: list[tuple[int, regex.Match[str]]]) -> str | None:
    return next((m.group("url") for _, m in markers if m.group("url")), None)


def _clean_name(name: str | None) -> str | None:
    if name is None:
        return None
    name = " ".join(name.split()).strip(" >[]-—–:")
    return name or None


class _Lines(Sequence[Span]):
    """A document's lines as Spans, each built when a stage looks at it (most lines are never
    looked at: the scan visits only lines holding a trigger literal)."""

    __slots__ = ("_document", "_n")

    def __init__(self, document: Document) -> None:
        self._document = document
        self._n = len(document.line_starts)

    def __len__(self) -> int:
        return self._n

    @overload
    def __getitem__(self, i: int) -> Span: ...
    @overload
    def __getitem__(self, i: slice) -> list[Span]: ...
    def __getitem__(self, i: int | slice) -> Span | list[Span]:
        if isinstance(i, slice):
            return [self._document.line_span(k) for k in range(*i.indices(self._n))]
        if i < 0:
            i += self._n
        if not 0 <= i < self._n:
            raise IndexError(i)
        return self._document.line_span(i)


class Scan:
    """One pass of an :class:`EmbedRule` over one document: what it found and which lines it took."""

    def __init__(self, rule: EmbedRule, document: Document) -> None:
        self.rule = rule
        self.doc = document
        self.text = document.text
        self.lines = _Lines(document)
        self.found: list[_Candidate] = []
        self.taken: set[int] = set()  # indices of lines already inside a found item
        self.placeholders = frozenset(p.casefold() for p in rule.bluesky_placeholders)
        self.videos = frozenset(rule.video_placeholders)
        # Whether any line can be a video or Bluesky placeholder: a line's (case-folded) text is
        # a substring of the (case-folded) whole, so a placeholder missing there is missing everywhere.
        text = self.text
        self.maybe_placeholder = _maybe_placeholder(text, self.placeholders)
        self.placeholder_witnesses = _witnesses(self.placeholders)
        self.videos_present = tuple(v for v in self.videos if v in text)
        self.url_hints: tuple[str, ...] = _URL_HINTS

    # The label and marker patterns are big (every language's wording) and most documents
    # never need them: each is compiled (or fetched from its cache) on first use.
    @functools.cached_property
    def ig_marker(self) -> regex.Pattern[str]:
        return P.instagram_marker(self.rule.instagram_markers)

    @functools.cached_property
    def ig_attr(self) -> regex.Pattern[str]:
        return P.instagram_attribution(self.rule.instagram_labels)

    @functools.cached_property
    def ig_attr_inline(self) -> regex.Pattern[str]:
        return P.instagram_attribution_inline(self.rule.instagram_labels)

    @functools.cached_property
    def ig_marker_inline(self) -> regex.Pattern[str]:
        return P.instagram_marker_inline(self.rule.instagram_markers)

    @functools.cached_property
    def fb_attr(self) -> regex.Pattern[str]:
        return P.facebook_attribution(self.rule.facebook_labels)

    def span(self, start: int, end: int) -> Span:
        return Span.of(self.text, start, end)

    def body(self, start: int, end: int) -> Span | None:
        start, end = _strip_span(self.text, start, end)
        return self.span(start, end) if end > start else None

    def add(self, start: int, end: int, item_factory: Embed | Boilerplate) -> None:
        self.found.append(_Candidate(start, end, item_factory))
        self.take(start, end)

    def take(self, start: int, end: int) -> None:
        """Mark the lines of ``[start, end)`` as part of an item (no other body may use them)."""
        first = self.doc.line_index_at(start)
        last = self.doc.line_index_at(max(start, end - 1))
        self.taken.update(range(first, last + 1))

    def embed(self, start: int, end: int, platform: str, **fields: object) -> None:
        start, end = _strip_span(self.text, start, end)
        if end <= start:
            return
        self.add(start, end, Embed(self.span(start, end), platform, **fields))  # type: ignore[arg-type]

    def is_placeholder(self, line: Span) -> bool:
        return line.text.strip(" \t\xa0>").casefold() in self.placeholders

    def is_blank(self, line: Span) -> bool:
        return not line.text.strip(" \t\xa0>") or bool(P.BLANK_MD_LINK.match(line.text))

    def usable(self, line: Span) -> bool:
        return (
            bool(line.text.strip())
            and not self.doc.is_claimed(line.start, line.end)
            and self.doc.line_index_at(line.start) not in self.taken
        )

    def next_nonblank(self, index: int, limit: int = 3) -> int | None:
        for i in range(index + 1, min(index + 1 + limit, len(self.lines))):
            if self.lines[i].text.strip():
                return i
        return None

    def caption(self, start: int, end: int) -> Span | None:
        """The caption between marker and attribution, without html2text's empty-link lines."""
        body = self.body(start, end)
        while body is not None:
            m = P.LEADING_MD_LINK.match(body.text)
            if m is None:
                break
            body = self.body(body.start + m.end(), body.end)
        while body is not None:
            m = P.TRAILING_MD_LINK.search(body.text)
            if m is None:
                break
            body = self.body(body.start, body.start + m.start())
        return body

    def marker_start(self, index: int, m: regex.Match[str]) -> int:
        """Where an embed opened by a marker starts: html2text puts an empty link line above it."""
        start = self.lines[index].start + m.start()
        i = index - 1
        while i >= 0 and index - i <= 3:
            line = self.lines[i]
            if not line.text.strip():
                i -= 1
                continue
            if P.BLANK_MD_LINK.match(line.text) and self.usable(line):
                start = line.start
            break
        return start

    def resolve(self) -> list[Embed | Boilerplate]:
        kept: list[Embed | Boilerplate] = []
        reach = -1
        for cand in sorted(self.found, key=lambda c: (c.start, -c.end)):
            if cand.start < reach or self.doc.is_claimed(cand.start, cand.end):
                continue
            kept.append(cand.item)
            reach = cand.end
        return kept


# Exhaustive check behind ``_FOLD_WITNESSES`` (it runs with the doctests).
__test__ = {
    "fold_witnesses": r"""
    >>> every = map(chr, range(0x110000))
    >>> [c for c in every if c not in _FOLD_WITNESSES and not _FOLD_WITNESSES.isdisjoint(c.casefold())]
    []
    """,
}
