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
import functools
import re
from collections.abc import Iterator, Sequence

import attrs
import regex

from newsparse._document import Document, Gate
from newsparse._model import Boilerplate, Embed
from newsparse.rules.embeds import patterns as P
from newsparse.rules.embeds.facebook import facebook, facebook_tr
from newsparse.rules.embeds.inline import (
    instagram_lone_markers,
    instagram_titles,
    threads_inline,
    tiktok_inline,
    youtube_titles,
)
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


# A line can start an item only if its lower-cased text holds one of these: the platform
# markers and attribution hints, and for the default wrapper texts a word or phrase each one
# needs. Common words the wrappers' first look uses ("content", "report", "continue") select
# most lines of most articles and are left out. "ſ" and "İ" stand for themselves: IGNORECASE
# matches them as "s" and "i". A user's own wrapper patterns bring back the whole hint list.
_TRIGGERS = (
    "instagram", "view on", "paylaştı", *_INSTAGRAM_HINTS, *_URL_HINTS, "posted by", "gepostet",
    "pubblicato", "geplaatst", "skip", "ignorer", "allow", "autoriser", "permission", "accepting",
    "responsable", "disponible", "\u017f", "\u0130",
)  # fmt: skip
# The phrases the other default wrappers need, with plain spaces ("End of Twitter post"),
# each cut to a prefix that is still rare: "view c" stands for "view content on".
_WRAPPER_PHRASES = (
    "end of", "fin de", "this article", "this page", "to view this", "bbc is not", "cannot be dis",
    "view c", "view o", "view p", "view t", "view v", "third party", "accept", "content is not",
    "voir plus",
)  # fmt: skip
# Triggers that read the same lower-cased ("♬", "@", "u/") join the gate's literals; these are
# matched as written (the widget's "Report" link is matched case-sensitively).
_CASED_TRIGGERS = ("Report",)
_UNCASED_TRIGGERS = ("♬", "@", "u/")


@functools.lru_cache(maxsize=32)
def _gate(facebook_labels: tuple[str, ...], default_wrappers: bool) -> Gate:
    """The trigger gate of a rule: its Facebook labels (lower-cased) join the triggers."""
    labels = {" ".join(label.lower().split()) for label in facebook_labels if label.split()}
    extra = _WRAPPER_PHRASES if default_wrappers else _WRAPPER_HINTS
    literals = {*_TRIGGERS, *_UNCASED_TRIGGERS, *labels, *extra}
    if "http" in literals:  # a URL's "://" is as telling and its "/" is rarer than "p"
        literals = (literals - {"http"}) | {"://"}
    return Gate(literals=tuple(sorted(literals)))


# How often each character occurs in lower-cased English news text, per mille (the corpus's
# English articles); other characters count as rare. It only chooses which character of a
# literal the gate's scan stops at (the rarest), never what the gate selects.
_CHAR_FREQUENCY = {
    " ": 170.0, "a": 69.5, "b": 11.6, "c": 25.4, "d": 32.0, "e": 95.1, "f": 16.2, "g": 16.4, "h": 36.6,
    "i": 62.6, "j": 1.9, "k": 6.4, "l": 32.2, "m": 20.3, "n": 57.8, "o": 57.6, "p": 18.0, "q": 0.8,
    "r": 50.6, "s": 54.2, "t": 70.6, "u": 20.8, "v": 9.0, "w": 13.7, "x": 1.5, "y": 12.5, "z": 0.9,
    ".": 8.6, ",": 8.3, "/": 0.3, ":": 0.7, "@": 0.1, "-": 2.4, "'": 1.2,
}  # fmt: skip
# A blank inside a literal also matches the other blanks the patterns allow (``[\t\p{Zs}]``).
# Spelled as the Latin-1 blanks, or a wider character that ``\s`` takes other than the two
# line breaks: the same characters as ``[\t \u00a0\u1680\u2000-\u200a\u202f\u205f\u3000]``
# (checked over every code point in the tests), but ``re`` compiles a set holding characters
# past U+00FF slowly, and the gate held 26 of them (5.3 -> 3.8 ms on a cold start, #8).
_BLANKS = r"(?:[\t \xa0]|(?!\u2028|\u2029)[^\x00-\xff](?<=\s))"


def _escape(part: str) -> str:
    return "".join(_BLANKS if ch == " " else re.escape(ch) for ch in part)


@functools.lru_cache(maxsize=32)
def _rule_gate_pattern(facebook_labels: tuple[str, ...], default_wrappers: bool) -> re.Pattern[str]:
    # Keyed on the rule's fields: hashing a Gate (every literal) on each document costs more.
    return _gate_pattern(_gate(facebook_labels, default_wrappers))


@functools.lru_cache(maxsize=32)
def _gate_pattern(gate: Gate) -> re.Pattern[str]:
    """One pattern finding the lines that hold one of the gate's literals (lower-cased text).

    Like :class:`~newsparse.Gate`'s own scan, each literal is matched from its rarest character
    (checking the rest behind and ahead), so the engine stops at few positions; a blank in a
    literal matches any blank the embed patterns allow, so one scan serves texts with no-break
    spaces or tabs too.
    """
    kept: list[str] = []
    for word in sorted(set(gate.literals), key=len):
        if word and not any(short in word for short in kept):
            kept.append(word)
    groups: dict[str, list[tuple[str, str]]] = {}
    for word in kept:
        k = min(range(len(word)), key=lambda i: (_CHAR_FREQUENCY.get(word[i], 0.0), i))
        groups.setdefault(word[k], []).append((word[:k], word[k + 1 :]))
    parts = []
    for char, contexts in sorted(groups.items()):
        checks = sorted(
            (f"(?<={_escape(before + char)})" if before else "") + (f"(?={_escape(after)})" if after else "")
            for before, after in set(contexts)
        )
        parts.append(re.escape(char) + ("" if "" in checks else "(?:" + "|".join(checks) + ")"))
    return re.compile("|".join(parts) if parts else "(?!)")


def _scan_document(scan: Scan) -> list[Embed | Boilerplate]:
    ig_markers: list[tuple[int, regex.Match[str]]] = []
    ig_attrs: list[tuple[int, regex.Match[str]]] = []
    text = scan.text
    low_text = scan.doc.lower
    # Every per-line test below looks for a hint in the line itself, so the full hint lists
    # behave exactly as the lists of hints the document holds: a hint missing from the
    # whole is missing from every line. Which lines to visit comes from one scan.
    fb_hints, ig_hints, wr_hints = _FACEBOOK_HINTS, _INSTAGRAM_HINTS, _WRAPPER_HINTS
    candidates = _candidate_lines(scan, low_text)
    if not candidates:
        return []
    lines = scan.lines
    # With no code point lower-casing to two ("İ"), a line's lower-cased text is a slice of
    # the whole's (the final-sigma context never crosses a line break).
    sliced = len(low_text) == len(text)
    for index in candidates:
        line = lines[index]
        t = line.text
        if not t or t.isspace():
            continue
        short = len(t) <= _SHORT
        low = low_text[line.start : line.end] if sliced else t.lower()
        if "instagram" in low:
            m = scan.ig_marker.match(t[:_SHORT])
            if m and not scan.doc.is_claimed(line.start + m.start(), line.start + m.end()):
                ig_markers.append((index, m))
                scan.taken.add(index)
            else:
                instagram_lone_markers(scan, line)
            instagram_titles(scan, index, line, low)
        if "♬" in t:
            found = len(scan.found)
            tiktok(scan, index, line)
            if len(scan.found) == found:
                tiktok_inline(scan, index, line)
        if "@" in t:
            if "(" in t:
                social_signature(scan, index, line)
            if "post by" in low:
                post_by(scan, index, line, low)
        if "view on" in low:
            found = len(scan.found)
            view_on(scan, index, line)
            if len(scan.found) == found:
                threads_inline(scan, index, line)
        if "youtube" in low:
            youtube_titles(scan, index, line)
        if "u/" in t:
            reddit(scan, index, line)
        if "paylaştı" in low:
            facebook_tr(scan, index, line)
        tail_low = low[-_TAIL:]
        if _has_any(tail_low, fb_hints):
            facebook(scan, index, line)
        if _has_any(low, ig_hints):
            m2 = ig_attribution(scan, line) if _has_any(tail_low, ig_hints) else None
            if m2 is not None:
                ig_attrs.append((index, m2))
                scan.taken.add(index)
            else:
                ig_inline(scan, line)
        if short:
            short_line(scan, index, line, low)
        wrappers(scan, index, line, low, wr_hints)
    instagram(scan, ig_markers, ig_attrs)
    inline_urls(scan, None if isinstance(candidates, range) else candidates)
    return scan.resolve()


def _candidate_lines(scan: Scan, low_text: str) -> Sequence[int]:
    """The indices, in order, of the lines holding a trigger (lower-cased or as written), a
    video placeholder or a placeholder's witness: no other line can start an item. All lines
    when unsure (an "İ" lower-cases to two characters, or no witness list)."""
    text = scan.text
    if len(low_text) != len(text) or (scan.maybe_placeholder and scan.placeholder_witnesses is None):
        return range(len(scan.lines))
    words = _CASED_TRIGGERS + scan.videos_present
    if scan.maybe_placeholder:
        words += scan.placeholder_witnesses or ()
    rule = scan.rule
    default_wrappers = rule.wrapper_patterns is P.WRAPPER_PATTERNS and rule.wrapper_lines is P.WRAPPER_LINES
    found: Sequence[int] = scan.doc.index.lines_matching(
        _rule_gate_pattern(rule.facebook_labels, default_wrappers)
    )
    present = [word for word in words if word in text]
    if not present:
        return found
    starts = scan.doc.line_starts
    last = len(starts) - 1
    more: set[int] = set(found)
    for needle in present:
        pos = text.find(needle)
        while pos >= 0:
            index = bisect.bisect_right(starts, pos) - 1
            more.add(index)
            if index >= last:
                break
            pos = text.find(needle, starts[index + 1])
    return sorted(more)
