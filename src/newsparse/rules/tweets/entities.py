"""Tweet entities: mentions, hashtags, cashtags and URLs, with spans, for any string.

The grammar is twitter-text's (checked against its conformance suite, ``extract.yml``),
written so that every step is linear in the input: each pattern is possessive or bounded,
and the URL finder works on maximal runs of host characters instead of retrying a
backtracking domain pattern at every position.

>>> [(e.kind, e.value) for e in tweet_entities("Fares frozen #NYCBudget cc @metro_desk $SPY https://t.co/Ab12Cd34Ef")]
[('hashtag', 'NYCBudget'), ('mention', 'metro_desk'), ('cashtag', 'SPY'), ('url', 'https://t.co/Ab12Cd34Ef')]
"""

from __future__ import annotations

import bisect
from collections.abc import Iterator

import attrs
import regex

from newsparse._errors import ensure_str
from newsparse._model import Entity, Span
from newsparse.rules.tweets import patterns as tp
from newsparse.rules.tweets.patterns import (
    ASCII_LOWER,
    PATH_END_CHARS,
    QUERY_END_CHARS,
    TLDS_ASCII,
    TLDS_IDN,
    URL_BAD_BEFORE_BARE,
)

__all__ = [
    "RawEntity",
    "extract_cashtags",
    "extract_hashtags",
    "extract_mentions_or_lists",
    "extract_reply",
    "extract_urls",
    "tweet_entities",
]

MAX_URL_LENGTH = 4096
"""twitter-text's limit on a URL's length (with its domain in punycode)."""
MAX_TCO_SLUG = 40
"""A longer t.co slug is not a t.co link."""
MAX_DOMAIN_SCAN = 320
"""How far past a start the bare-domain finder looks (a domain has at most 253 characters)."""
_IDN_TLD_MAX = max(map(len, TLDS_IDN))
_IDN_TLD_FIRST = frozenset(t[0] for t in TLDS_IDN)


@attrs.frozen(slots=True)
class RawEntity:
    """An entity found by one of the ``extract_*`` functions: ``[start, end)`` and its value."""

    start: int
    """Offset of the first code point (the sigil, for mentions, hashtags and cashtags)."""
    end: int
    """Offset one past the last code point."""
    kind: str
    """``"mention"``, ``"hashtag"``, ``"cashtag"`` or ``"url"``."""
    value: str
    """The screen name, tag or symbol without its sigil, or the URL as written."""
    list_slug: str = ""
    """For a list mention (``@user/list``), the ``/list`` part; else ``""``."""


# ---------------------------------------------------------------------------
# Mentions, replies, hashtags, cashtags
# ---------------------------------------------------------------------------


def _finditer_near(
    pattern: regex.Pattern[str], text: str, signs: regex.Pattern[str], before: int
) -> Iterator[regex.Match[str]]:
    """Yield what ``pattern.finditer(text)`` yields, trying matches only near a sigil.

    ``pattern`` must consume at most ``before`` characters ahead of its sigil (a match starts
    at most ``before`` characters before a ``signs`` match) and never match empty. Then every
    match starts at one of those places, and trying them in order, each from the end of the
    previous match on, finds the same matches as trying every place: a regex pass over the
    whole text costs ~0.3 µs a character, a literal scan for the sigils almost nothing.
    """
    end = 0  # where finditer would go on: the end of the previous match
    tried = -1  # the last start tried
    match = pattern.match
    for sign in signs.finditer(text):
        p = sign.start()
        for s in range(max(p - before, tried + 1, end), p + 1):
            tried = s
            m = match(text, s)
            if m is not None:
                yield m
                end = m.end()
                break


def _host_runs(text: str) -> Iterator[regex.Match[str]]:
    """Yield what ``HOST_RUN.finditer(text)`` yields, looking only at the stretches around dots.

    A host run can only start where a maximal stretch of run characters starts (its
    lookbehind), must hold a dot, and never leaves its stretch; so trying ``HOST_RUN`` at the
    start of each stretch that holds a dot finds the same matches. The stretches are found from
    the dots (``str.find``), each once, backwards to its start and forwards to its end.
    """
    pos = 0
    back = tp.RUN_CHARS_BACK.search
    forward = tp.RUN_CHARS.match
    host_run = tp.HOST_RUN.match
    while (dot := text.find(".", pos)) >= 0:
        start_m = back(text, pos, dot + 1)
        assert start_m is not None  # the dot itself is a run character
        stretch_end = forward(text, dot)
        assert stretch_end is not None
        m = host_run(text, start_m.start())
        if m is not None:
            yield m
        pos = stretch_end.end()


def extract_mentions_or_lists(text: str) -> list[RawEntity]:
    """Return the ``@user`` and ``@user/list`` mentions in ``text``.

    >>> [(m.value, m.list_slug) for m in extract_mentions_or_lists("RT @a_b: see @c/news")]
    [('a_b', ''), ('c', '/news')]
    """
    found: list[RawEntity] = []
    if "@" not in text and "＠" not in text:
        return found
    for m in _finditer_near(tp.MENTION, text, tp.AT_SIGNS, 4):
        if tp.MENTION_END.match(text, m.end()):
            continue
        slug = m.group("slug") or ""
        found.append(RawEntity(m.start("at"), m.end(), "mention", m.group("name"), slug))
    return found


def extract_reply(text: str) -> str | None:
    """Return the screen name a text replies to (a mention at its very start), else ``None``.

    >>> extract_reply(" @metro_desk thanks"), extract_reply("thanks @metro_desk")
    ('metro_desk', None)
    """
    m = tp.REPLY.match(text)
    if m is None or tp.MENTION_END.match(text, m.end()):
        return None
    return m.group("name")


def extract_hashtags(text: str, *, check_url_overlap: bool = True) -> list[RawEntity]:
    """Return the hashtags in ``text`` (not those inside a URL, unless told otherwise).

    >>> [h.value for h in extract_hashtags("#Verkehrswende and #16 and http://a.com/#x")]
    ['Verkehrswende']
    """
    found: list[RawEntity] = []
    if "#" not in text and "＃" not in text:
        return found
    for m in _finditer_near(tp.HASHTAG, text, tp.HASH_SIGNS, 1):
        tag = m.group("tag")
        if tp.HASHTAG_LETTER.search(tag) is None or tp.HASHTAG_END.match(text, m.end()):
            continue
        found.append(RawEntity(m.start("sign"), m.end(), "hashtag", tag))
    if check_url_overlap and found:
        found = _without_overlaps(found, extract_urls(text))
    return found


def extract_cashtags(text: str) -> list[RawEntity]:
    """Return the ``$SYMBOL`` cashtags in ``text``.

    >>> [c.value for c in extract_cashtags("$TSLA and $BRK.B, not $123")]
    ['TSLA', 'BRK.B']
    """
    if "$" not in text:
        return []
    return [
        RawEntity(m.start("sign"), m.end(), "cashtag", m.group("symbol")) for m in tp.CASHTAG.finditer(text)
    ]


def _without_overlaps(items: list[RawEntity], blockers: list[RawEntity]) -> list[RawEntity]:
    if not blockers:
        return items
    kept = []
    for item in items:
        if not any(b.start < item.end and item.start < b.end for b in blockers):
            kept.append(item)
    return kept


# ---------------------------------------------------------------------------
# URLs
# ---------------------------------------------------------------------------


def _tld_at(lower: str, start: int, end: int) -> int:
    """Return the end of a top-level domain starting at ``start`` (before ``end``), else -1."""
    if start >= end:
        return -1
    if lower[start].isascii():
        m = tp.ASCII_ALNUM.match(lower, start, end)
        assert m is not None
        stop = m.end()
        if stop < len(lower) and lower[stop] in "-+@":
            return -1
        word = lower[start:stop]
        if word in TLDS_ASCII or (word.startswith("xn--") and len(word) > 4):
            return stop
        return -1
    if lower[start] not in _IDN_TLD_FIRST:
        return -1
    for size in range(min(_IDN_TLD_MAX, end - start), 0, -1):
        if lower[start : start + size] in TLDS_IDN:
            after = lower[start + size : start + size + 1]
            if after and (after.isascii() and (after.isalnum() or after in "-+@")):
                continue
            return start + size
    return -1


def _label_ok(label: str, *, underscore: bool) -> bool:
    if not label or label[0] in "-_" or label[-1] in "-_":
        return False
    return underscore or "_" not in label


class _Run:
    """The labels of one host run, and for each the rightmost domain end it can start."""

    __slots__ = ("feasible", "lower", "starts", "tld")

    def __init__(self, lower: str, start: int, end: int) -> None:
        self.lower = lower
        starts = [start]
        dot = lower.find(".", start, end)
        while dot >= 0:
            starts.append(dot + 1)
            dot = lower.find(".", dot + 1, end)
        starts.append(end + 1)
        self.starts = starts
        n = len(starts) - 1
        # tld[j]: end of a TLD at the start of label j; feasible[j]: rightmost domain end for
        # a domain whose first label is the whole label j (greedy: most sub-domains first).
        self.tld = [-1] * (n + 1)
        self.feasible = [-1] * (n + 1)
        for j in range(n - 1, -1, -1):
            if j > 0:
                self.tld[j] = _tld_at(lower, starts[j], end)
            label = lower[starts[j] : starts[j + 1] - 1]
            self.feasible[j] = self._domain_end(j, label)

    def _domain_end(self, j: int, label: str) -> int:
        if j + 1 >= len(self.starts) - 1:
            return -1
        if self.feasible[j + 1] >= 0 and _label_ok(label, underscore=True):
            return self.feasible[j + 1]
        if self.tld[j + 1] >= 0 and _label_ok(label, underscore=False):
            return self.tld[j + 1]
        return -1

    def domain_end(self, start: int) -> int:
        """Return the end of the longest valid domain starting at ``start``, else -1.

        A domain is labels joined by dots ending in a known TLD; the first labels may hold
        ``_`` (sub-domains), the one before the TLD may not. Like twitter-text's greedy
        pattern, the rightmost TLD that the labels allow wins.
        """
        j = bisect.bisect_right(self.starts, start) - 1
        if start == self.starts[j]:
            return self.feasible[j]
        return self._domain_end(j, self.lower[start : self.starts[j + 1] - 1])


def _domain_is_valid(domain: str, url_length: int, protocol_length: int) -> bool:
    # twitter-text's isValidUrl: the domain converts to ASCII (each label at most 63
    # characters in punycode, no "xn--" label with non-ASCII in it) and the URL fits.
    if len(domain) > MAX_URL_LENGTH:
        return False
    ascii_length = 0
    for label in domain.split("."):
        if len(label) > 63:
            return False
        if label.isascii():
            size = len(label)
        else:
            if label.lower().startswith("xn--"):
                return False
            try:
                size = len(label.encode("punycode")) + 4
            except (UnicodeError, ValueError):
                return False
        if size == 0 or size > 63:
            return False
        ascii_length += size + 1
    return protocol_length + url_length - len(domain) + ascii_length - 1 <= MAX_URL_LENGTH


def _path_end(text: str, pos: int) -> int:
    """Return where a URL path starting with "/" at ``pos`` ends (``pos + 1`` when bare)."""
    m = tp.PATH_RUN.match(text, pos + 1)
    end = pos + 1
    depth = 0
    assert m is not None
    if "(" not in m.group():
        for i in range(m.end() - 1, pos, -1):
            if text[i] in PATH_END_CHARS or tp.PATH_END_EXTRA.match(text, i):
                return i + 1
        return end
    for i in range(pos + 1, m.end()):
        ch = text[i]
        if ch == "(":
            depth += 1
        elif ch == ")":
            depth -= 1
            if depth == 0:
                end = i + 1
        elif depth == 0 and (ch in PATH_END_CHARS or tp.PATH_END_EXTRA.match(ch)):
            end = i + 1
    return end


def _query_end(text: str, pos: int) -> int:
    """Return where a query starting with "?" at ``pos`` ends, or ``pos`` when there is none."""
    m = tp.QUERY_RUN.match(text, pos + 1)
    assert m is not None
    for i in range(m.end() - 1, pos, -1):
        if text[i] in QUERY_END_CHARS:
            return i + 1
    return pos


def _bare_domains(lower: str, start: int, end: int) -> list[tuple[int, int]]:
    """Return the ASCII domains inside ``[start, end)`` (for URLs written without a scheme)."""
    found: list[tuple[int, int]] = []
    for chain in tp.ASCII_CHAIN.finditer(lower, start, end):
        pos = chain.start()
        while pos < chain.end():
            best = -1
            # The TLD may be an IDN one right after the chain ("twitter.みんな").
            limit = min(chain.end() + 1, end, pos + MAX_DOMAIN_SCAN)
            dot = lower.find(".", pos, limit)
            while dot >= 0:
                tld_end = _tld_at(lower, dot + 1, chain.end() if dot + 1 < chain.end() else end)
                if tld_end > 0 and dot > pos:
                    best = tld_end
                dot = lower.find(".", dot + 1, limit)
            if best < 0:
                break
            found.append((pos, best))
            pos = best
            while pos < chain.end() and lower[pos] == ".":
                pos += 1
    return found


def _may_start(text: str, i: int, consumed: int) -> bool:
    """Return whether a URL may start at ``i``: the character before it is free and allowed."""
    if i == 0:
        return consumed == 0
    return i - 1 >= consumed and tp.URL_BAD_BEFORE.match(text, i - 1) is None


def _next_start(text: str, pos: int, run_start: int, run_end: int, consumed: int) -> tuple[int, str]:
    """Return the next place in a host run where a URL may start, and its ``http(s)://``."""
    for i in range(pos, run_end):
        if text[i] in ".-_":
            continue
        if i == run_start:
            m = tp.PROTOCOL_BEFORE.search(text, max(0, i - 8), i)
            if m is not None and _may_start(text, m.start(), consumed):
                return i, m.group()
        if _may_start(text, i, consumed):
            return i, ""
    return -1, ""


def extract_urls(text: str) -> list[RawEntity]:
    """Return the URLs in ``text``, with or without ``http(s)://``, as twitter-text finds them.

    >>> [u.value for u in extract_urls("See t.co/Ab12Cd34Ef, https://example.org/a_(b). and x.yz")]
    ['t.co/Ab12Cd34Ef', 'https://example.org/a_(b)']
    """
    if "." not in text:
        return []
    lower = text.translate(ASCII_LOWER)
    found: list[RawEntity] = []
    consumed = 0  # twitter-text consumes the character before a URL: the next one starts after it
    for run in _host_runs(text):
        run_start, run_end = run.span()
        if run_end <= consumed or "." not in run.group():
            continue
        pos = run_start
        info: _Run | None = None
        while pos < run_end:
            start, protocol = _next_start(text, pos, run_start, run_end, consumed)
            if start < 0:
                break
            url_start = start - len(protocol)
            if info is None:
                info = _Run(lower, run_start, run_end)
            domain_end = info.domain_end(start)
            if domain_end < 0:
                break
            end = domain_end
            m = tp.PORT.match(text, end)
            if m is not None:
                end = m.end()
            path = end < len(text) and text[end] == "/"
            if path:
                end = _path_end(text, end)
            if end < len(text) and text[end] == "?":
                end = _query_end(text, end)
            consumed = end
            pos = domain_end
            if not _domain_is_valid(text[start:domain_end], end - url_start, len(protocol) or 8):
                continue
            if protocol:
                tco = tp.TCO.match(text, url_start, end)
                if tco is not None:
                    if len(tco.group("slug")) > MAX_TCO_SLUG:
                        continue
                    end = tco.end()
                    if end < len(text) and text[end] == "?":
                        end = _query_end(text, end)
                found.append(RawEntity(url_start, end, "url", text[url_start:end]))
            elif start == 0 or text[start - 1] not in URL_BAD_BEFORE_BARE:
                bare = _bare_domains(lower, start, domain_end)
                for i, (s, e) in enumerate(bare):
                    if path and i == len(bare) - 1:
                        e = end
                    found.append(RawEntity(s, e, "url", text[s:e]))
    return found


# ---------------------------------------------------------------------------
# All entities
# ---------------------------------------------------------------------------


def _entity(text: str, raw: RawEntity) -> Entity:
    # A list mention ("@desk/press") is reported as the mention of its owner ("@desk").
    end = raw.end - len(raw.list_slug)
    return Entity(Span.of(text, raw.start, end), raw.kind, raw.value)


def tweet_entities(text: str) -> tuple[Entity, ...]:
    """Return the mentions, hashtags, cashtags and URLs in ``text``, in order, without overlaps.

    Works on any string (a tweet body, a paragraph, a whole article); spans index ``text``.

    >>> [e.text for e in tweet_entities("@cityfc Opening night! #matchday pic.twitter.com/Xy12Ab34Cd")]
    ['@cityfc', '#matchday', 'pic.twitter.com/Xy12Ab34Cd']
    """
    text = ensure_str(text)
    raw = (
        extract_urls(text)
        + extract_hashtags(text, check_url_overlap=False)
        + extract_mentions_or_lists(text)
        + extract_cashtags(text)
    )
    raw.sort(key=lambda r: (r.start, r.end))
    kept: list[RawEntity] = []
    for r in raw:
        if kept and r.start < kept[-1].end:
            continue
        kept.append(r)
    return tuple(_entity(text, r) for r in kept)
