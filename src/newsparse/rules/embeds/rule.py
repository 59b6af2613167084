"""Embedded posts from Instagram, TikTok, Bluesky, Threads, Mastodon, Facebook, Reddit and YouTube.

Tweets (Twitter/X) have their own rule (:mod:`newsparse.rules.tweets.rule`), which runs first. This
rule turns what extractors leave of every other platform's embed into :class:`Embed` items,
and the consent texts and skip links publishers wrap around embeds (BBC, Guardian) into
:class:`Boilerplate` items of kind ``"embed_wrapper"``.

Every shape needs a platform marker, a handle or a date: ``a post shared by colleagues``
in prose is not an embed.

>>> e = find_embeds(
...     "Fans queued all night.\\nView this post on Instagram\\nFloodlights on for the derby #rovers\\n"
...     "A post shared by Ashby Rovers (@ashbyrovers) on\\nThe club said more."
... )
>>> e[0].platform, e[0].author, e[0].handle, e[0].body.text, e[0].date
('instagram', 'Ashby Rovers', 'ashbyrovers', 'Floodlights on for the derby #rovers', None)
"""

from __future__ import annotations

import bisect
import datetime as _dt
import functools
from collections.abc import Iterable, Iterator

import attrs
import regex

from newsparse._document import Document
from newsparse._model import Boilerplate, Embed, Span
from newsparse.rules.embeds import patterns as P
from newsparse.text.dates import parse_date

__all__ = ["EMBED_WRAPPER", "EmbedRule", "find_embed_wrappers", "find_embeds"]

EMBED_WRAPPER = "embed_wrapper"
"""The :attr:`Boilerplate.kind` of consent texts and skip links around embeds."""

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
    "shared by", "geteilt", "partag", "compartid", "compartilhad", "condiviso", "gedeeld", "bài viết do",
)  # fmt: skip
_WRAPPER_HINTS = (
    "skip", "end of", "allow", "content", "permission", "accepting", "continue", "responsable",
    "ignorer", "fin de", "view ", "report", "autoriser", "warning",
)  # fmt: skip
# A bare post URL line holds one of these (lower-cased).
_URL_HINTS = ("http", "www.", "youtu", ".com/", "bsky.app", "threads.")
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
    ("reddit.com",), ("vimeo.com",),
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


def _tuple_of_str(values: tuple[str, ...] | list[str]) -> tuple[str, ...]:
    return tuple(values)


@attrs.frozen(slots=True)
class _Candidate:
    start: int
    end: int
    item: Embed | Boilerplate


@attrs.frozen(slots=True)
class EmbedRule:
    """Find non-Twitter embeds and the wrapper texts around embeds; claim their lines.

    The fields are the rule's vocabulary; extend one by passing a longer tuple::

        EmbedRule(instagram_markers=EmbedRule().instagram_markers + ("Xem bài viết này trên Instagram",))
    """

    name: str = "embeds"
    """The rule's name in a :class:`~newsparse.Parser`."""
    instagram_markers: tuple[str, ...] = attrs.field(default=P.INSTAGRAM_MARKERS, converter=_tuple_of_str)
    """Instagram's placeholder line (``View this post on Instagram`` and translations)."""
    instagram_labels: tuple[str, ...] = attrs.field(default=P.INSTAGRAM_LABELS, converter=_tuple_of_str)
    """Instagram's attribution label (``A post shared by`` and translations)."""
    facebook_labels: tuple[str, ...] = attrs.field(default=P.FACEBOOK_LABELS, converter=_tuple_of_str)
    """Facebook's attribution label (``Posted by``, ``Publicado por``, ...)."""
    bluesky_placeholders: tuple[str, ...] = attrs.field(
        default=P.BLUESKY_PLACEHOLDERS, converter=_tuple_of_str
    )
    """Placeholder lines inside a Bluesky post (``[image or embed]``)."""
    video_placeholders: tuple[str, ...] = attrs.field(default=P.VIDEO_PLACEHOLDERS, converter=_tuple_of_str)
    """Whole lines that stand for a video iframe (readability's ``VIDEO``); reported as YouTube."""
    platform_urls: tuple[tuple[str, regex.Pattern[str]], ...] = P.PLATFORM_URLS
    """``(platform, pattern)`` pairs for a bare post URL alone on its line."""
    wrapper_patterns: tuple[regex.Pattern[str], ...] = P.WRAPPER_PATTERNS
    """Consent texts and skip links, matched anywhere in a line."""
    wrapper_lines: tuple[regex.Pattern[str], ...] = P.WRAPPER_LINES
    """Generic wrapper texts (``Accept and continue``) that must fill their line."""
    max_caption_lines: int = 15
    """How many lines an Instagram caption may span between marker and attribution."""
    max_caption_chars: int = 3000
    """How many characters an Instagram caption may span between marker and attribution."""
    wrapper_kind: str = EMBED_WRAPPER
    """The :attr:`Boilerplate.kind` given to wrapper texts."""

    def __call__(self, document: Document) -> Iterator[Embed | Boilerplate]:
        """Yield the embeds and embed wrappers in ``document`` that no earlier rule claimed."""
        return iter(_Scan(self, document).run())


def find_embeds(text: str) -> tuple[Embed, ...]:
    """Return the non-Twitter embeds in ``text``, in text order.

    >>> [(e.platform, e.handle) for e in find_embeds("Post by @city.newsView on Threads")]
    [('threads', 'city.news')]
    >>> find_embeds("Her post shared by colleagues on Friday drew praise.")
    ()
    """
    from newsparse._errors import ensure_str

    items = EmbedRule()(Document.from_text(ensure_str(text)))
    return tuple(i for i in items if isinstance(i, Embed))


def find_embed_wrappers(text: str) -> tuple[Boilerplate, ...]:
    """Return the consent texts and skip links around embeds in ``text``, in text order.

    >>> text = "Skip twitter post by Jo Bloggs\\nEnd of twitter post by Jo Bloggs"
    >>> [b.text for b in find_embed_wrappers(text)]
    ['Skip twitter post by Jo Bloggs', 'End of twitter post by Jo Bloggs']
    """
    from newsparse._errors import ensure_str

    items = EmbedRule()(Document.from_text(ensure_str(text)))
    return tuple(i for i in items if isinstance(i, Boilerplate))


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


class _Scan:
    """One pass of an :class:`EmbedRule` over one document."""

    def __init__(self, rule: EmbedRule, document: Document) -> None:
        self.rule = rule
        self.doc = document
        self.text = document.text
        self.lines = document.lines
        self.found: list[_Candidate] = []
        self.taken: set[int] = set()  # indices of lines already inside a found item
        self.ig_marker = P.instagram_marker(rule.instagram_markers)
        self.ig_attr = P.instagram_attribution(rule.instagram_labels)
        self.ig_attr_inline = P.instagram_attribution_inline(rule.instagram_labels)
        self.ig_marker_inline = P.instagram_marker_inline(rule.instagram_markers)
        self.fb_attr = P.facebook_attribution(rule.facebook_labels)
        self.placeholders = frozenset(p.casefold() for p in rule.bluesky_placeholders)
        self.videos = frozenset(rule.video_placeholders)
        # Whether any line can be a video or Bluesky placeholder: a line's (case-folded) text is
        # a substring of the (case-folded) whole, so a placeholder missing there is missing everywhere.
        text = self.text
        self.maybe_placeholder = _maybe_placeholder(text, self.placeholders)
        self.placeholder_witnesses = _witnesses(self.placeholders)
        self.videos_present = tuple(v for v in self.videos if v in text)
        self.url_hints: tuple[str, ...] = _URL_HINTS

    # -- helpers ----------------------------------------------------------

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

    # -- driver -----------------------------------------------------------

    def run(self) -> list[Embed | Boilerplate]:
        ig_markers: list[tuple[int, regex.Match[str]]] = []
        ig_attrs: list[tuple[int, regex.Match[str]]] = []
        text = self.text
        low_text = text.lower()
        # A line's lower-cased text is a substring of the lower-cased whole (``str.lower`` maps
        # code points one by one, and Greek final sigma, its one context rule, is no hint's
        # letter), so a hint missing from the whole is missing from every line: each line is
        # tested only for the hints the document holds, and most documents hold few.
        has_instagram = "instagram" in low_text
        has_note = "♬" in text
        has_at = "@" in text
        has_post_by = "post by" in low_text
        has_view_on = "view on" in low_text
        has_reddit = "u/" in text
        has_tr = "paylaştı" in low_text
        fb_hints = _present(low_text, _FACEBOOK_HINTS)
        ig_hints = _present(low_text, _INSTAGRAM_HINTS)
        self.url_hints = _present(low_text, _URL_HINTS)
        wr_hints = _present(low_text, _WRAPPER_HINTS)
        any_short = bool(self.videos_present or self.maybe_placeholder or self.url_hints)
        if not (
            has_instagram
            or has_note
            or has_at
            or has_view_on
            or has_reddit
            or has_tr
            or fb_hints
            or ig_hints
            or wr_hints
            or any_short
        ):
            return []
        lines = self.lines
        # With no code point lower-casing to two ("İ"), a line's lower-cased text is a slice of
        # the whole's (the final-sigma context never crosses a line break).
        sliced = len(low_text) == len(text)
        for index in self.candidates(
            low_text,
            (
                ("instagram",) * has_instagram
                + ("view on",) * has_view_on
                + ("paylaştı",) * has_tr
                + fb_hints
                + ig_hints
                + self.url_hints
                + wr_hints
            ),
            ("♬",) * has_note + ("@",) * has_at + ("u/",) * has_reddit + self.videos_present,
        ):
            line = lines[index]
            t = line.text
            if not t or t.isspace():
                continue
            short = len(t) <= _SHORT
            low = low_text[line.start : line.end] if sliced else t.lower()
            if has_instagram and "instagram" in low:
                m = self.ig_marker.match(t[:_SHORT])
                if m and not self.doc.is_claimed(line.start + m.start(), line.start + m.end()):
                    ig_markers.append((index, m))
                    self.taken.add(index)
            if has_note and "♬" in t:
                self.tiktok(index, line)
            if has_at and "@" in t:
                if "(" in t:
                    self.social_signature(index, line)
                if has_post_by and "post by" in low:
                    self.post_by(index, line, low)
            if has_view_on and "view on" in low:
                self.view_on(index, line)
            if has_reddit and "u/" in t:
                self.reddit(index, line)
            if has_tr and "paylaştı" in low:
                self.facebook_tr(index, line)
            if fb_hints or ig_hints:
                tail_low = low[-_TAIL:]
                if fb_hints and _has_any(tail_low, fb_hints):
                    self.facebook(index, line)
                if ig_hints and _has_any(low, ig_hints):
                    m2 = self.ig_attribution(line) if _has_any(tail_low, ig_hints) else None
                    if m2 is not None:
                        ig_attrs.append((index, m2))
                        self.taken.add(index)
                    else:
                        self.ig_inline(line)
            if short and any_short:
                self.short_line(index, line, low)
            if wr_hints:
                self.wrappers(index, line, low, wr_hints)
        self.instagram(ig_markers, ig_attrs)
        self.inline_urls()
        return self.resolve()

    def candidates(self, low_text: str, low_words: tuple[str, ...], words: tuple[str, ...]) -> Iterable[int]:
        """The indices, in order, of the lines holding one of ``low_words`` (in their lower-cased
        text) or of ``words``: no other line can start an item. All lines when unsure."""
        text = self.text
        if len(low_text) != len(text) or (self.maybe_placeholder and self.placeholder_witnesses is None):
            return range(len(self.lines))  # "İ" lower-cases to two characters: offsets differ
        starts = self.doc.line_starts
        last = len(starts) - 1
        found: set[int] = set()
        for haystack, needles in (
            (low_text, low_words),
            (text, words + (self.placeholder_witnesses or ()) * self.maybe_placeholder),
        ):
            for needle in needles:
                pos = haystack.find(needle)
                while pos >= 0:
                    index = bisect.bisect_right(starts, pos) - 1
                    found.add(index)
                    if index >= last:
                        break
                    pos = haystack.find(needle, starts[index + 1])
        return sorted(found)

    def resolve(self) -> list[Embed | Boilerplate]:
        kept: list[Embed | Boilerplate] = []
        reach = -1
        for cand in sorted(self.found, key=lambda c: (c.start, -c.end)):
            if cand.start < reach or self.doc.is_claimed(cand.start, cand.end):
                continue
            kept.append(cand.item)
            reach = cand.end
        return kept

    # -- Instagram --------------------------------------------------------

    def ig_attribution(self, line: Span) -> regex.Match[str] | None:
        t = line.text
        offset = max(0, len(t) - _TAIL)
        m = self.ig_attr.search(t, offset) or P.INSTAGRAM_ATTRIBUTION_VI.search(t, offset)
        if m is None:
            return None
        handle = m.groupdict().get("handle") or m.groupdict().get("handle2")
        date = m.groupdict().get("date")
        if date and not (P.DATE_SEARCH.search(date) or any(c.isdigit() for c in date)):
            return None  # "… (@jane) on Instagram." is prose about a post
        if date and P.DATE_SEARCH.search(date) and not P.WHOLE_DATE.fullmatch(date):
            return None  # a date and then the article's next sentence: see ig_inline()
        if handle:
            return m
        # No handle: only a whole-line attribution ending in a date is an embed.
        before = t[: m.start()]
        if (
            date
            and P.DATE_SEARCH.search(date)
            and (not before.strip(" \t>[") or self.ig_marker.match(before))
        ):
            return m
        return None

    def ig_inline(self, line: Span) -> None:
        """Attributions inside a line (one-line scrapes), each with the marker and caption
        before it on the line when there is one."""
        t = line.text
        floor = 0  # a caption never reaches back over the previous attribution
        for m in self.ig_attr_inline.finditer(t):
            if self.doc.is_claimed(line.start + m.start(), line.start + m.end()):
                continue
            if m.group("date") is None and P.PREP_AFTER.match(t, m.end()):
                continue  # "… (@jane) on Instagram." is prose about a post
            start, body = m.start(), None
            markers = list(
                self.ig_marker_inline.finditer(
                    t, max(floor, m.start() - self.rule.max_caption_chars), m.start()
                )
            )
            if markers:
                start = markers[-1].start()
                body = self.caption(line.start + markers[-1].end(), line.start + m.start())
            self.instagram_item(m, line, body, None, line.start + start)
            floor = m.end()

    def inline_urls(self) -> None:
        """Post URLs inside lines (``… the best take: https://www.tiktok.com/@x/video/1… ‣ next``).

        A URL alone on its line was found by :meth:`short_line` (with its caption); that
        item starts earlier and wins in :meth:`resolve`.
        """
        low = self.doc.lower
        if not _has_any(low, P.INLINE_URL_HINTS):
            return
        text = self.text
        for m in P.INLINE_POST_URL.finditer(text):
            start, end = m.span("url")
            while end > start and text[end - 1] in _URL_END_PUNCT:
                end -= 1
            if self.doc.is_claimed(start, end) or _sentence_goes_on(text, end):
                continue
            platform = next(k[2:] for k, v in m.groupdict().items() if k.startswith("p_") and v)
            handle = m.group(f"h_{platform}") if f"h_{platform}" in m.groupdict() else None
            self.embed(start, end, platform, url=text[start:end], handle=handle, community=m.group("c"))

    def instagram(
        self, markers: list[tuple[int, regex.Match[str]]], attributions: list[tuple[int, regex.Match[str]]]
    ) -> None:
        used: set[int] = set()  # marker indices (in ``markers``) consumed by an attribution
        mi = 0
        floor = -1  # an attribution may not reach back past the previous one
        for a_index, am in attributions:
            a_line = self.lines[a_index]
            a_start = a_line.start + am.start()
            if am.start() > 0 and a_line.text[am.start() - 1] == "[":
                a_start -= 1  # html2text: "[A post shared by …](permalink)"
            # Markers before the attribution, in the window.
            while mi < len(markers) and self.lines[markers[mi][0]].start + markers[mi][1].end() <= a_start:
                mi += 1
            chosen: int | None = None
            j = mi - 1
            if j >= 0 and j not in used:
                m_index, mm = markers[j]
                m_end = self.lines[m_index].start + mm.end()
                if (
                    m_index > floor
                    and a_index - m_index <= self.rule.max_caption_lines
                    and a_start - m_end <= self.rule.max_caption_chars
                    and not self.doc.is_claimed(m_end, a_start)
                ):
                    chosen = j
            if chosen is None:
                cap = self.caption_above(a_index, a_line, am) if a_index - 1 > floor else None
                self.instagram_item(am, a_line, cap, None, cap.start if cap else a_start)
            else:
                first = chosen
                while (
                    first - 1 >= 0
                    and first - 1 not in used
                    and self.only_blank_between(markers[first - 1], markers[first])
                ):
                    first -= 1
                for k in range(first, chosen + 1):
                    used.add(k)
                m_index, mm = markers[chosen]
                f_index, fm = markers[first]
                body_start = self.lines[m_index].start + mm.end()
                url = _first_url(markers[first : chosen + 1])
                body = self.caption(body_start, a_start)
                self.instagram_item(am, a_line, body, url, self.marker_start(f_index, fm))
            floor = a_index
        # Markers alone: a run of markers (doubled placeholders) is one embed without text.
        k = 0
        while k < len(markers):
            if k in used:
                k += 1
                continue
            last = k
            while (
                last + 1 < len(markers)
                and last + 1 not in used
                and self.only_blank_between(markers[last], markers[last + 1])
            ):
                last += 1
            run = markers[k : last + 1]
            k = last + 1
            f_index, fm = run[0]
            l_index, lm = run[-1]
            line = self.lines[l_index]
            if line.text[lm.end() :].strip():
                continue  # "View this post on Instagram to see …" is a sentence, not a placeholder
            start = self.marker_start(f_index, fm)
            self.embed(start, line.start + lm.end(), "instagram", url=_first_url(run))

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

    def caption_above(self, a_index: int, a_line: Span, am: regex.Match[str]) -> Span | None:
        """A caption line (ending in a hashtag or emoji) just above a bare attribution, or None."""
        if a_line.text[: am.start()].strip(" \t\xa0"):
            return None  # glued after a sentence: that sentence is the article's
        i = a_index - 1
        if i >= 0 and not self.lines[i].text.strip(" \t\xa0"):
            i -= 1  # at most one blank line between
        if i < 0:
            return None
        line = self.lines[i]
        if not self.usable(line) or self.is_placeholder(line) or len(line.text) > 300:
            return None
        if P.SOCIAL_CAPTION_END.search(line.text, max(0, len(line.text) - 120)) is None:
            return None
        return self.body(line.start, line.end)

    def only_blank_between(self, a: tuple[int, regex.Match[str]], b: tuple[int, regex.Match[str]]) -> bool:
        start = self.lines[a[0]].start + a[1].end()
        end = self.lines[b[0]].start + b[1].start()
        return b[0] - a[0] <= 6 and not self.text[start:end].strip(" \t\r\n\xa0>")

    def instagram_item(
        self, am: regex.Match[str], line: Span, body: Span | None, url: str | None, start: int
    ) -> None:
        g = am.groupdict()
        handle = g.get("handle") or g.get("handle2")
        if handle:
            handle = "".join(handle.split())
        date_text = g.get("date")
        if date_text:
            date_text = date_text.strip().rstrip(":.").strip() or None
        author = _clean_name(g.get("mdname") or g.get("name"))
        url = url or g.get("aurl")
        self.embed(
            start,
            line.start + am.end(),
            "instagram",
            body=body,
            author=author,
            handle=handle,
            url=url,
            date=_read_date(date_text),
            date_text=date_text,
        )

    # -- TikTok -----------------------------------------------------------

    def tiktok(self, index: int, line: Span) -> None:
        m = P.TIKTOK.match(line.text)
        if m:
            sound = m.group("sound").strip()
            author_m = P.ORIGINAL_SOUND.match(sound)
            self.embed(
                line.start,
                line.end,
                "tiktok",
                body=self.body(line.start + m.start("body"), line.start + m.end("body")),
                author=_clean_name(author_m.group("name")) if author_m else None,
                handle=m.group("handle").rstrip("."),
                url=m.group("hurl") if m.group("hurl") and "/video/" in m.group("hurl") else None,
            )
            return
        # The sound credit ends the line; the "@handle" opens this line or the one above
        # (a caption with a line break), or is missing.
        t = line.text
        m = P.TIKTOK_SOUND.search(t, max(0, len(t) - _TAIL))
        if m is None:
            return
        sound = m.group("sound").strip()
        author_m = P.ORIGINAL_SOUND.match(sound)
        author = _clean_name(author_m.group("name")) if author_m else None
        before = t[: m.start()]
        alone = not before.strip(" \t\xa0>")
        if len(before) > 2500:
            return
        # The "@handle" line: this line, or one of the two lines above (a wrapped caption).
        for back in (1, 2):
            if index - back < 0:
                break
            above = self.lines[index - back]
            hm = P.TIKTOK_HANDLE.match(above.text)
            between = self.lines[index - back + 1 : index]
            if (
                hm is not None
                and len(above.text) <= 2500
                and self.usable(above)
                and all(self.usable(x) and len(x.text) <= 2500 for x in between)
            ):
                self.embed(
                    above.start + hm.start("handle") - 1,
                    line.end,
                    "tiktok",
                    body=self.body(above.start + hm.end(), line.start + m.start()),
                    author=author,
                    handle=hm.group("handle").rstrip("."),
                )
                return
            if not alone:
                break  # a caption on the sound's line continues only the line right above
        if alone:
            self.embed(line.start + m.start(), line.end, "tiktok", author=author)

    # -- Bluesky / Mastodon signatures ------------------------------------

    def social_signature(self, index: int, line: Span) -> None:
        t = line.text
        floor = 0  # the end of the previous signature on this line: no name or body reaches over it
        for m in P.SOCIAL_SIGNATURE.finditer(t):
            handle = m.group("handle")
            prefix_start = max(floor, m.start() - 120)
            dash = P.SIGNATURE_DASH.search(t, prefix_start, m.start())
            if dash is not None:
                name = t[dash.end() : m.start()]
                before_end = dash.start()
            else:
                lead = t[prefix_start : m.start()]
                if m.start() > 120 or len(lead.strip(" \t\xa0>")) > 80 or P.ENDS_SENTENCE.search(lead):
                    continue
                name, before_end = lead, prefix_start
            if len(name.strip()) > 80:
                continue
            platform = "mastodon" if "@" in handle else "bluesky"
            date_text = m.group("date").strip()
            sig_end = line.start + m.end()
            url = m.group("url")
            # The same-line text before the dash (bounded: a post is at most a few hundred chars).
            window_start = max(floor, before_end - _SAME_LINE_BODY)
            cut = t[window_start:before_end].rstrip()
            # Placeholders glued at the end of the same-line text belong to the embed.
            for ph in self.rule.bluesky_placeholders:
                if cut.casefold().endswith(ph.casefold()):
                    cut = cut[: len(cut) - len(ph)].rstrip()
            if cut.strip(" \t\xa0>"):
                body = self.same_line_body(line, window_start + len(cut), floor)
                start = body.start if body else line.start + before_end
            elif floor:
                start, body = line.start + before_end, None  # right after another signature
            else:
                start, body = self.body_above(index, line.start + before_end)
            floor = m.end()
            self.embed(
                start,
                sig_end,
                platform,
                body=body,
                author=_clean_name(name),
                handle=handle,
                url=url,
                date=_read_date(date_text),
                date_text=date_text,
            )

    def same_line_body(self, line: Span, end: int, floor: int = 0) -> Span | None:
        """The post's text that ends at ``end`` on ``line``: after a glued block boundary
        (``…the night.The post…``), and only its last sentence(s) when the line is long."""
        t = line.text
        start = max(floor, end - _SAME_LINE_BODY)
        if end > _SHORT_POST:
            sm = P.LAST_SENTENCE_END.search(t, start, end)
            start = sm.end() if sm else start
        glued = P.GLUED_BLOCK.search(t, start, max(start, end - 1))
        if glued:
            start = glued.end()
        return self.body(line.start + start, line.start + end)

    def body_above(self, index: int, default_start: int) -> tuple[int, Span | None]:
        """Return (embed start, body) for a signature line whose body is on the lines above."""
        quoted = self.lines[index].text.lstrip().startswith(">")
        i = index - 1
        start = default_start
        # Placeholders and at most one blank run sit between the body and the signature.
        blanks = 0
        while i >= 0 and index - i <= 4:
            line = self.lines[i]
            if self.is_placeholder(line) and self.usable(line):
                start = line.start
                i -= 1
                continue
            if self.is_blank(line) and blanks < 2 and not self.doc.is_claimed(line.start, line.end):
                blanks += 1
                i -= 1
                continue
            break
        if i < 0:
            return start, None
        line = self.lines[i]
        if not self.usable(line) or self.is_placeholder(line):
            return start, None
        if quoted:
            top = i
            while (
                top - 1 >= 0
                and index - top < 20
                and self.lines[top - 1].text.lstrip().startswith(">")
                and self.usable(self.lines[top - 1])
            ):
                top -= 1
            body = self.body(self.lines[top].start, line.end)
            return (body.start if body else start), body
        stripped = line.text.strip()
        if stripped.endswith(":") or len(stripped) > 1000:
            return start, None
        end = line.start + len(line.text.rstrip())
        for ph in self.rule.bluesky_placeholders:
            if stripped.casefold().endswith(ph.casefold()) and len(stripped) > len(ph):
                end -= len(ph)  # "… soon. [image or embed]": the placeholder is not the post
                break
        body = self.body(line.start, end)
        return (body.start if body else start), body

    # -- Threads / Mastodon placeholders ----------------------------------

    def view_on(self, index: int, line: Span) -> None:
        if len(line.text) > _SHORT:
            return
        m = P.VIEW_ON.match(line.text)
        if m is None:
            return
        platform = m.group("platform").lower()
        handle = m.group("handle")
        start = line.start
        if handle is None:
            # "Post by @handle" may sit a few lines above (newspaper4k splits the pair).
            i, steps = index - 1, 0
            while i >= 0 and steps < 4:
                above = self.lines[i]
                if not self.is_blank(above):
                    pm = P.POST_BY.match(above.text) if len(above.text) <= _SHORT else None
                    if pm and self.usable(above):
                        handle, start = pm.group("handle"), above.start
                    break
                i, steps = i - 1, steps + 1
        if handle and "@" in handle and platform == "threads":
            platform = "mastodon"
        self.embed(start, line.end, platform, handle=handle or None, url=m.group("url"))

    def post_by(self, index: int, line: Span, low: str) -> None:
        # "Post by @handle" with no "View on …" below it: Mastodon when the handle has an instance.
        if len(line.text) > _SHORT or "view on" in low:
            return
        m = P.POST_BY.match(line.text)
        if m is None:
            return
        for i in range(index + 1, min(index + 5, len(self.lines))):
            if not self.is_blank(self.lines[i]):
                if P.VIEW_ON.match(self.lines[i].text[:_SHORT]):
                    return  # view_on() takes the pair
                break
        handle = m.group("handle")
        self.embed(line.start, line.end, "mastodon" if "@" in handle else "threads", handle=handle)

    # -- Reddit -----------------------------------------------------------

    def reddit(self, index: int, line: Span) -> None:
        t = line.text
        offset = max(0, len(t) - _TAIL)
        m = P.REDDIT.search(t, offset)
        if m is None:
            return
        by_start = m.start()
        before = t[:by_start]
        title: Span | None = None
        start = line.start + by_start
        if before.strip(" \t\xa0>"):
            if len(before) > 400:
                return
            title = self.same_line_body(line, len(before))
        elif index > 0:
            i = index - 1
            while i > 0 and index - i <= 2 and not self.lines[i].text.strip():
                i -= 1  # newspaper-style blank lines between the title and "by u/…"
            above = self.lines[i]
            if self.usable(above) and len(above.text) <= 400 and not above.text.rstrip().endswith(":"):
                title = self.body(above.start, above.end)
        if title is not None:
            start = title.start
        self.embed(
            start,
            line.start + m.end(),
            "reddit",
            body=title,
            handle=m.group("user"),
            url=m.group("surl") if m.group("surl") and "/comments/" in m.group("surl") else None,
            community=m.group("sub"),
        )

    # -- Facebook ---------------------------------------------------------

    def facebook(self, index: int, line: Span) -> None:
        t = line.text
        offset = max(0, len(t) - _TAIL)
        m = self.fb_attr.search(t, offset)
        if m is None:
            return
        date_text = m.group("date").strip().rstrip(".").strip()
        if not P.WEEKDAY_SEARCH.search(date_text):
            return  # "Posted by X on March 3, 2020" is a blog byline; Facebook writes the weekday
        if not (P.DATE_SEARCH.search(date_text) or P.WEEKDAY_ONLY.fullmatch(date_text)):
            return
        author = _clean_name(m.group("mdname") or m.group("name"))
        self.facebook_item(index, line, m.start(), line.start + m.end(), author, date_text, m.group("url"))

    def facebook_tr(self, index: int, line: Span) -> None:
        if len(line.text) > _SHORT:
            return
        m = P.FACEBOOK_TR.match(line.text)
        if m is None or not P.TR_DATE.search(m.group("date")):
            return
        self.facebook_item(
            index,
            line,
            m.start("name"),
            line.start + m.end(),
            _clean_name(m.group("name")),
            m.group("date"),
            None,
        )

    def facebook_item(
        self,
        index: int,
        line: Span,
        rel_start: int,
        end: int,
        author: str | None,
        date_text: str,
        url: str | None,
    ) -> None:
        before = line.text[:rel_start]
        body: Span | None = None
        start = line.start + rel_start
        if before.strip(" \t\xa0>"):
            body = self.same_line_body(line, len(before))
        else:
            i = index - 1
            if i >= 0 and self.is_blank(self.lines[i]) and i - 1 >= 0 and self.lines[i - 1].text.strip():
                i -= 1
            if i >= 0:
                above = self.lines[i]
                text = above.text.strip()
                if self.usable(above) and not text.endswith(":") and len(text) <= 5000:
                    body = self.body(above.start, above.end)
                    # A video embed has a title line above its text.
                    t_i = i - 1
                    if t_i >= 0:
                        title = self.lines[t_i]
                        tt = title.text.strip()
                        prev_ok = (
                            t_i == 0
                            or not self.lines[t_i - 1].text.strip()
                            or bool(self.fb_attr.search(self.lines[t_i - 1].text[-_TAIL:]))
                        )
                        if (
                            tt
                            and len(tt) <= 60
                            and tt[-1] not in ".!?:;,\"”'’"
                            and self.usable(title)
                            and prev_ok
                        ):
                            body = self.body(title.start, above.end)
        if body is not None:
            start = body.start
        self.embed(
            start,
            end,
            "facebook",
            body=body,
            author=author,
            url=url,
            date=_read_date(date_text),
            date_text=date_text.strip() or None,
        )

    # -- short whole lines: URLs, placeholders ----------------------------

    def short_line(self, index: int, line: Span, low: str) -> None:
        t = line.text
        if self.videos_present and t.strip() in self.videos:
            self.embed(line.start, line.end, "youtube")
            return
        if self.maybe_placeholder and self.is_placeholder(line):
            # A Bluesky placeholder with no signature near: the embed lost its attribution.
            nxt = self.next_nonblank(index)
            if nxt is None or not P.SOCIAL_SIGNATURE.search(self.lines[nxt].text[:_SHORT]):
                self.embed(line.start, line.end, "bluesky")
            return
        if not _has_any(low, self.url_hints):
            return
        ascii_line = t.isascii()
        for platform, pattern, words in _gated_urls(self.rule.platform_urls):
            if words and not _may_match(words, ascii_line, low):
                continue  # cannot match (see _URL_WORDS)
            m = pattern.match(t)
            if m is None:
                continue
            g = m.groupdict()
            end, body = line.end, None
            nxt = self.next_nonblank(index, limit=2)
            if nxt is not None:
                cap = self.lines[nxt]
                if P.VIDEO_CAPTION.match(cap.text) and len(cap.text) <= 300 and self.usable(cap):
                    end, body = cap.end, self.body(cap.start, cap.end)
            handle = g.get("handle")
            self.embed(
                line.start,
                end,
                platform,
                body=body,
                url=m.group("url"),
                handle=handle,
                community=g.get("community"),
            )
            return

    def next_nonblank(self, index: int, limit: int = 3) -> int | None:
        for i in range(index + 1, min(index + 1 + limit, len(self.lines))):
            if self.lines[i].text.strip():
                return i
        return None

    # -- wrappers ---------------------------------------------------------

    def wrappers(self, index: int, line: Span, low: str, hints: tuple[str, ...] = _WRAPPER_HINTS) -> None:
        if not _has_any(low, hints):
            return
        t = line.text
        spans: list[tuple[int, int]] = []
        ascii_line = t.isascii()
        if len(t) <= _SHORT:
            for pattern, words in _gated(self.rule.wrapper_lines):
                if words and not _may_match(words, ascii_line, low):
                    continue  # cannot match (see _WRAPPER_LINE_WORDS)
                m = pattern.match(t)
                if m:
                    spans.append((0, len(t)))
                    break
            # REPORT_LINE is case-sensitive: "Report" is in every line it matches.
            if not spans and "Report" in t and P.REPORT_LINE.match(t):
                nxt = self.next_nonblank(index, limit=2)
                if nxt is not None and P.END_OF.match(self.lines[nxt].text):
                    spans.append((0, len(t)))
        if not spans:
            hits: list[regex.Match[str]] = []
            for pattern, words in _gated(self.rule.wrapper_patterns):
                if words and ascii_line:
                    for word in words:
                        if word not in low:
                            break  # cannot match (see _WRAPPER_WORDS)
                    else:
                        hits.extend(pattern.finditer(t))
                    continue
                hits.extend(pattern.finditer(t))
            hits.sort(key=lambda h: (h.start(), -h.end()))
            starts = [h.start() for h in hits]
            for h in hits:
                end = h.end()
                if h.groupdict().get("by"):
                    k = bisect.bisect_left(starts, end)
                    end = self.wrapper_name_end(line, end, starts[k] if k < len(starts) else len(t))
                if spans and h.start() < spans[-1][1]:
                    if end > spans[-1][1]:
                        spans[-1] = (spans[-1][0], end)
                    continue
                spans.append((h.start(), end))
        # Wrapper pieces separated only by white space are one item.
        merged: list[tuple[int, int]] = []
        for s, e in spans:
            if merged and not t[merged[-1][1] : s].strip():
                merged[-1] = (merged[-1][0], e)
            else:
                merged.append((s, e))
        for s, e in merged:
            start, end = _strip_span(self.text, line.start + s, line.start + e)
            if end > start:
                self.add(start, end, Boilerplate(self.span(start, end), self.rule.wrapper_kind))

    def wrapper_name_end(self, line: Span, pos: int, nxt: int) -> int:
        """Where the name after ``Skip Twitter post by`` ends (the label alone when unsure)."""
        t = line.text
        # The next claimed text (a tweet the earlier rule found) also ends the name.
        first = next(self.doc.unclaimed_ranges(line.start + pos, line.start + nxt), None)
        if first is None or first.start > line.start + pos:
            return pos
        nxt = first.end - line.start
        rest = t[pos:nxt]
        if len(rest.strip()) <= 80 and "\n" not in rest:
            return pos + len(rest.rstrip())
        hm = P.AT_HANDLE.match(rest)
        if hm:
            return pos + hm.end()
        return pos


# Exhaustive check behind ``_FOLD_WITNESSES`` (it runs with the doctests).
__test__ = {
    "fold_witnesses": r"""
    >>> every = map(chr, range(0x110000))
    >>> [c for c in every if c not in _FOLD_WITNESSES and not _FOLD_WITNESSES.isdisjoint(c.casefold())]
    []
    """,
}
