"""Whole short lines and wrappers: bare post URLs (alone on a line or inside one), video and
Bluesky placeholders, and the consent texts and skip links around embeds."""

from __future__ import annotations

import bisect
from collections.abc import Sequence

import regex

from newsparse._model import Boilerplate, Span
from newsparse.rules.embeds import patterns as P
from newsparse.rules.embeds.scan import (
    _SHORT,
    _URL_END_PUNCT,
    _WRAPPER_HINTS,
    Scan,
    _gated,
    _gated_urls,
    _has_any,
    _may_match,
    _sentence_goes_on,
    _strip_span,
)


def short_line(scan: Scan, index: int, line: Span, low: str) -> None:
    t = line.text
    if scan.videos_present and t.strip() in scan.videos:
        scan.embed(line.start, line.end, "youtube")
        return
    if scan.maybe_placeholder and scan.is_placeholder(line):
        # A Bluesky placeholder with no signature near: the embed lost its attribution.
        nxt = scan.next_nonblank(index)
        if nxt is None or not P.SOCIAL_SIGNATURE.search(scan.lines[nxt].text[:_SHORT]):
            scan.embed(line.start, line.end, "bluesky")
        return
    if not _has_any(low, scan.url_hints):
        return
    ascii_line = t.isascii()
    for platform, pattern, words in _gated_urls(scan.rule.platform_urls):
        if words and not _may_match(words, ascii_line, low):
            continue  # cannot match (see _URL_WORDS)
        m = pattern.match(t)
        if m is None:
            continue
        g = m.groupdict()
        end, body = line.end, None
        nxt = scan.next_nonblank(index, limit=2)
        if nxt is not None:
            cap = scan.lines[nxt]
            if P.VIDEO_CAPTION.match(cap.text) and len(cap.text) <= 300 and scan.usable(cap):
                end, body = cap.end, scan.body(cap.start, cap.end)
        if body is None and not _player_evidence(scan, index, platform, m.group("url")):
            return
        handle = url_handle(g.get("handle"))
        scan.embed(
            line.start,
            end,
            platform,
            body=body,
            url=m.group("url"),
            handle=handle,
            community=g.get("community"),
        )
        return


# Path words a post URL may hold where a page or account name stands: not handles.
_NOT_HANDLES = frozenset(("groups", "pages", "watch", "share", "people", "profile.php", "pg"))


def url_handle(name: str | None) -> str | None:
    """The handle a post URL names (``facebook.com/harbourfc/posts/…``, ``instagram.com/ana.lu/p/…``),
    or ``None`` for a numeric page id (``facebook.com/100064…/posts/…``) or a path word."""
    if name is None or name.isdigit() or name.lower() in _NOT_HANDLES:
        return None
    return name


# What may stand around a URL alone on its line (html2text's "<…>" autolink, spaces).
_AROUND = " \t\xa0<>"
# How much of a neighbouring line is read for a word about a video (the end of the line above,
# the start of the line below).
_CONTEXT_CHARS = 300


def _reader_reply(line: str) -> bool:
    """Whether ``line`` is a reader's reply in a comment thread: it opens with ``@Name`` and
    words after it (``@Tatzelbrumm Das Video …``). A post's own line never opens so."""
    stripped = line.lstrip(_AROUND)
    if not stripped.startswith("@") or len(stripped) < 3 or not stripped[1].isalnum():
        return False
    space = stripped.find(" ", 2, 60)
    return space > 0 and len(stripped) - space > 20


def _player_evidence(scan: Scan, index: int, platform: str, url: str) -> bool:
    """Whether a bare URL alone on line ``index`` stands for an embedded player.

    A post URL (Instagram, TikTok, Facebook, ...) does by itself; a video URL (see
    ``P.VIDEO_LINK_PLATFORMS``) needs an embed form or a word about a video on the nearest
    line above or below (``Watch the moment …:``, ``The clip spread quickly.``).
    """
    if platform not in P.VIDEO_LINK_PLATFORMS or P.PLAYER_URL.search(url):
        return True
    lines = scan.lines
    above = next((i for i in range(index - 1, max(index - 3, -1), -1) if lines[i].text.strip()), None)
    below = scan.next_nonblank(index, limit=2)
    if any(near is not None and _reader_reply(lines[near].text) for near in (above, below)):
        # "@Name Das Video ist …" under it: readers' comments, a link one of them posted.
        return False
    for near in (above, below):
        # Another embed next to it (a tweet claimed earlier, a post found above): a run of embeds.
        if near is not None and (
            near in scan.taken or scan.doc.is_claimed(lines[near].start, lines[near].end)
        ):
            return True
    if above is not None and P.VIDEO_CONTEXT.search(lines[above].text[-_CONTEXT_CHARS:]):
        return True
    return below is not None and P.VIDEO_CONTEXT.search(lines[below].text[:_CONTEXT_CHARS]) is not None


def inline_urls(scan: Scan, candidates: Sequence[int] | None = None) -> None:
    """Post URLs inside lines (``… the best take: https://www.tiktok.com/@x/video/1… ‣ next``).

    A URL alone on its line was found by :func:`short_line` (with its caption); that item
    starts earlier and wins in :meth:`Scan.resolve`. The pattern is tried only at the few
    places where a platform's domain occurs (``str.find`` over the lower-cased text).
    """
    text = scan.text
    reach = 0
    ranges = None
    if candidates is not None:
        # Every domain hint holds a gate literal: only the gate's lines can hold a post URL.
        starts, ends = scan.doc.line_starts, scan.doc.line_ends
        ranges = [(starts[i], ends[i]) for i in candidates]
    for start, m in _url_matches(scan.doc.lower, text, ranges):
        if start < reach:
            continue
        start, end = m.span("url")
        reach = end
        while end > start and text[end - 1] in _URL_END_PUNCT:
            end -= 1
        if scan.doc.is_claimed(start, end) or _sentence_goes_on(text, end):
            continue
        line_start = text.rfind("\n", max(0, start - 40), start) + 1 or max(0, start - 40)
        if P.CREDIT_BEFORE_URL.search(text, line_start, start):
            continue  # "Source: youtube.com/…": a credit, not an embed
        groups = m.groupdict()
        platform = next(k[2:] for k, v in groups.items() if k.startswith("p_") and v)
        if platform in P.VIDEO_LINK_PLATFORMS:
            index = scan.doc.line_index_at(start)
            line = scan.lines[index]
            alone = not text[line.start : start].strip(" \t\xa0<>") and not text[end : line.end].strip(
                " \t\xa0<>"
            )
            if alone and not _player_evidence(scan, index, platform, text[start:end]):
                continue
        scan.embed(
            start,
            end,
            platform,
            url=text[start:end],
            handle=url_handle(groups.get(f"h_{platform}")),
            community=groups["c"],
        )


# How far before a domain a post URL may start ("https://www.", "http://music.").
_URL_LEAD = 16
_URL_CHARS = frozenset("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789.:/-_")


def _url_matches(
    low: str, text: str, ranges: list[tuple[int, int]] | None = None
) -> list[tuple[int, regex.Match[str]]]:
    """The inline post URLs of ``text`` (within ``ranges`` when given), each with the offset it
    starts at, in text order."""
    if len(low) != len(text):  # "İ" lower-cases to two characters: offsets differ
        return [(m.start(), m) for m in P.INLINE_POST_URL.finditer(text)]
    found: dict[int, regex.Match[str]] = {}
    if ranges is None:
        for hint in P.INLINE_URL_HINTS:
            _hint_matches(low, text, hint, 0, len(low), found)
    else:
        for lo, hi in ranges:
            segment = low[lo:hi]
            for hint in P.INLINE_URL_HINTS:
                if hint in segment:
                    _hint_matches(low, text, hint, lo, hi, found)
    return sorted(found.items(), key=lambda item: item[0])


def _hint_matches(
    low: str, text: str, hint: str, lo: int, hi: int, found: dict[int, regex.Match[str]]
) -> None:
    """Try the post-URL pattern around each ``hint`` in ``low[lo:hi]``."""
    pos = low.find(hint, lo, hi)
    while pos >= 0:
        first = pos
        while first > 0 and pos - first < _URL_LEAD and text[first - 1] in _URL_CHARS:
            first -= 1
        for start in range(first, pos + 1):
            m = P.INLINE_POST_URL.match(text, start)
            if m is not None:
                found.setdefault(m.start(), m)
                break
        pos = low.find(hint, pos + len(hint), hi)


def wrappers(scan: Scan, index: int, line: Span, low: str, hints: tuple[str, ...] = _WRAPPER_HINTS) -> None:
    if not _has_any(low, hints):
        return
    t = line.text
    spans: list[tuple[int, int]] = []
    ascii_line = t.isascii()
    if len(t) <= _SHORT:
        for pattern, words in _gated(scan.rule.wrapper_lines):
            if words and not _may_match(words, ascii_line, low):
                continue  # cannot match (see _WRAPPER_LINE_WORDS)
            m = pattern.match(t)
            if m:
                spans.append((0, len(t)))
                break
        # REPORT_LINE is case-sensitive: "Report" is in every line it matches.
        if not spans and "Report" in t and P.REPORT_LINE.match(t):
            nxt = scan.next_nonblank(index, limit=2)
            if nxt is not None and P.END_OF.match(scan.lines[nxt].text):
                spans.append((0, len(t)))
    if not spans:
        hits: list[regex.Match[str]] = []
        for pattern, words in _gated(scan.rule.wrapper_patterns):
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
                end = wrapper_name_end(scan, line, end, starts[k] if k < len(starts) else len(t))
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
        start, end = _strip_span(scan.text, line.start + s, line.start + e)
        if end > start:
            scan.add(start, end, Boilerplate(scan.span(start, end), scan.rule.wrapper_kind))


def wrapper_name_end(scan: Scan, line: Span, pos: int, nxt: int) -> int:
    """Where the name after ``Skip Twitter post by`` ends (the label alone when unsure)."""
    t = line.text
    # The next claimed text (a tweet the earlier rule found) also ends the name.
    first = next(scan.doc.unclaimed_ranges(line.start + pos, line.start + nxt), None)
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
