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
from collections.abc import Iterable, Iterator

import attrs
import regex

from newsparse._document import Document
from newsparse._model import Boilerplate, Embed
from newsparse.rules.embeds import patterns as P
from newsparse.rules.embeds.facebook import facebook, facebook_tr
from newsparse.rules.embeds.instagram import ig_attribution, ig_inline, instagram
from newsparse.rules.embeds.lines import inline_urls, short_line, wrappers
from newsparse.rules.embeds.scan import (
    _FACEBOOK_HINTS,
    _INSTAGRAM_HINTS,
    _SHORT,
    _TAIL,
    _URL_HINTS,
    _WRAPPER_HINTS,
    Scan,
    _has_any,
    _present,
)
from newsparse.rules.embeds.signatures import post_by, reddit, social_signature, tiktok, view_on

__all__ = ["EMBED_WRAPPER", "EmbedRule", "find_embed_wrappers", "find_embeds"]

EMBED_WRAPPER = "embed_wrapper"
"""The :attr:`Boilerplate.kind` of consent texts and skip links around embeds."""


def _tuple_of_str(values: tuple[str, ...] | list[str]) -> tuple[str, ...]:
    return tuple(values)


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
        return iter(_scan_document(Scan(self, document)))


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


def _scan_document(scan: Scan) -> list[Embed | Boilerplate]:
    ig_markers: list[tuple[int, regex.Match[str]]] = []
    ig_attrs: list[tuple[int, regex.Match[str]]] = []
    text = scan.text
    low_text = scan.doc.lower
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
    scan.url_hints = _present(low_text, _URL_HINTS)
    wr_hints = _present(low_text, _WRAPPER_HINTS)
    any_short = bool(scan.videos_present or scan.maybe_placeholder or scan.url_hints)
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
    lines = scan.lines
    # With no code point lower-casing to two ("İ"), a line's lower-cased text is a slice of
    # the whole's (the final-sigma context never crosses a line break).
    sliced = len(low_text) == len(text)
    for index in _candidate_lines(
        scan,
        low_text,
        (
            ("instagram",) * has_instagram
            + ("view on",) * has_view_on
            + ("paylaştı",) * has_tr
            + fb_hints
            + ig_hints
            + scan.url_hints
            + wr_hints
        ),
        ("♬",) * has_note + ("@",) * has_at + ("u/",) * has_reddit + scan.videos_present,
    ):
        line = lines[index]
        t = line.text
        if not t or t.isspace():
            continue
        short = len(t) <= _SHORT
        low = low_text[line.start : line.end] if sliced else t.lower()
        if has_instagram and "instagram" in low:
            m = scan.ig_marker.match(t[:_SHORT])
            if m and not scan.doc.is_claimed(line.start + m.start(), line.start + m.end()):
                ig_markers.append((index, m))
                scan.taken.add(index)
        if has_note and "♬" in t:
            tiktok(scan, index, line)
        if has_at and "@" in t:
            if "(" in t:
                social_signature(scan, index, line)
            if has_post_by and "post by" in low:
                post_by(scan, index, line, low)
        if has_view_on and "view on" in low:
            view_on(scan, index, line)
        if has_reddit and "u/" in t:
            reddit(scan, index, line)
        if has_tr and "paylaştı" in low:
            facebook_tr(scan, index, line)
        if fb_hints or ig_hints:
            tail_low = low[-_TAIL:]
            if fb_hints and _has_any(tail_low, fb_hints):
                facebook(scan, index, line)
            if ig_hints and _has_any(low, ig_hints):
                m2 = ig_attribution(scan, line) if _has_any(tail_low, ig_hints) else None
                if m2 is not None:
                    ig_attrs.append((index, m2))
                    scan.taken.add(index)
                else:
                    ig_inline(scan, line)
        if short and any_short:
            short_line(scan, index, line, low)
        if wr_hints:
            wrappers(scan, index, line, low, wr_hints)
    instagram(scan, ig_markers, ig_attrs)
    inline_urls(scan)
    return scan.resolve()


def _candidate_lines(
    scan: Scan, low_text: str, low_words: tuple[str, ...], words: tuple[str, ...]
) -> Iterable[int]:
    """The indices, in order, of the lines holding one of ``low_words`` (in their lower-cased
    text) or of ``words``: no other line can start an item. All lines when unsure."""
    text = scan.text
    if len(low_text) != len(text) or (scan.maybe_placeholder and scan.placeholder_witnesses is None):
        return range(len(scan.lines))  # "İ" lower-cases to two characters: offsets differ
    starts = scan.doc.line_starts
    last = len(starts) - 1
    found: set[int] = set()
    for haystack, needles in (
        (low_text, low_words),
        (text, words + (scan.placeholder_witnesses or ()) * scan.maybe_placeholder),
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
