"""Stage 1, signatures: the ``— Name (@handle) Date`` lines that embedded posts leave.

The signature is the only reliable marker an embed leaves in plain text, so the rule finds
all of them first, in one scan of the text; each is then the bottom of a post.
"""

from __future__ import annotations

import functools
from collections.abc import Iterator

import attrs
import regex

from newsparse._document import Document
from newsparse._model import Span
from newsparse.rules.tweets import patterns as tp
from newsparse.rules.tweets.entities import extract_urls
from newsparse.rules.tweets.lines import NON_SPACE

# The dashes X prints before a name (and their mojibake and HTML forms): other dashes may be the name's own.
_EM_DASHES = frozenset(("—", "―", "â€”", "&mdash;", "&#8212;"))
# What is stripped from around a display name: spaces, bidi marks, a blockquote's ">".
_NAME_STRIP = " \t\u00a0\u200e\u200f\u2066\u2067\u2068\u2069\ufeff>"


@functools.lru_cache(maxsize=32)
def compile_dashes(dashes: tuple[str, ...]) -> regex.Pattern[str]:
    """Return a rule's dash alternatives compiled into one pattern (cached per vocabulary)."""
    return regex.compile("|".join(f"(?:{d})" for d in dashes))


@attrs.frozen(slots=True)
class Signature:
    """Where a signature is in the text and what it says; the post's body is above its ``start``."""

    start: int  # the dash, or the name when there is no dash
    end: int  # after the date (and a trailing "Report")
    author: str | None
    handle: str
    date_text: str | None
    date_start: int
    status_url: tuple[int, int] | None
    dashed: bool


def find_signatures(
    document: Document, dash_re: regex.Pattern[str], max_line_chars: int, max_name_chars: int
) -> Iterator[Signature]:
    """Yield the signatures in ``document``, in order (see :class:`~newsparse.TweetRule` for the limits)."""
    # One scan of the whole text (no match crosses a line break), then the line of each
    # match: the same matches as a scan of each line, without a Python loop over lines.
    text = document.text
    lines = document.lines
    search = tp.HANDLE.search
    pos = 0
    while (m := search(text, pos)) is not None:
        index = document.line_index_at(m.start())
        line = lines[index]
        if m.end() > line.start + min(len(line.text), max_line_chars):
            # Past the searched part of a huge line: go on at the next line.
            if index + 1 >= len(lines):
                return
            pos = lines[index + 1].start
            continue
        pos = m.end()
        sig = _signature_at(document, index, line, m, dash_re, max_name_chars)
        if sig is not None:
            yield sig


def _signature_at(
    document: Document,
    index: int,
    line: Span,
    m: regex.Match[str],
    dash_re: regex.Pattern[str],
    max_name_chars: int,
) -> Signature | None:
    """Return the signature whose ``(@handle`` is ``m`` on line ``index``, or None when it is not one."""
    text = document.text
    handle = m.group("handle").replace("\\", "")
    if not tp.HANDLE_VALUE.fullmatch(handle):
        return None
    tail = tp.SIGNATURE_TAIL.match(text, m.end(), line.end)
    assert tail is not None
    if tail.group("date") is None:
        tail = _date_below(document, index, tail)
    date_text = tail.group("date")  # bare or inside a markdown link
    # Where the name is: before "(@" on this line, or on the line above when "(@" starts its line.
    left = tp.LINE_LEFT.match(text, line.start, m.start())
    assert left is not None
    if left.end() == m.start() and index > 0:
        prev = document.lines[index - 1]
        zone_start, zone_end = prev.start, prev.end
    else:
        zone_start, zone_end = line.start, m.start()
    window_start = max(zone_start, zone_end - max_name_chars - 12)
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
    if not author or len(author) > max_name_chars or not tp.NAME_CHAR.search(author):
        return None
    # No date: only a dashed signature that ends its line and follows a post link (or says
    # "on X", which only a signature does at the end of its line).
    if date_text is None and (
        dash is None
        or NON_SPACE.search(text, tail.end(), line.end) is not None  # text after it on its line
        or not (tail.group("on_x") or _link_before(text, sig_start))
    ):
        return None
    end = tail.end()
    url_group = "md_url" if tail.group("md_url") else "html_url"
    status = (tail.start(url_group), tail.end(url_group)) if tail.group(url_group) else None
    date_start = tail.start("date") if date_text is not None else -1
    return Signature(sig_start, end, author, handle, date_text, date_start, status, dash is not None)


def _date_below(document: Document, index: int, tail: regex.Match[str]) -> regex.Match[str]:
    """The date on the next line when it is all that line holds (a signature split after ")")."""
    text = document.text
    line = document.lines[index]
    if index + 1 >= len(document.lines) or NON_SPACE.search(text, tail.end(), line.end) is not None:
        return tail
    below = document.lines[index + 1]
    left = tp.LINE_LEFT.match(text, below.start, below.end)
    assert left is not None
    found = tp.SIGNATURE_TAIL.match(text, left.end(), below.end)
    if found is None or found.group("date") is None or found.start("date") != left.end():
        return tail
    if NON_SPACE.search(text, found.end(), below.end) is not None:
        return tail
    return found


def _link_before(text: str, pos: int) -> bool:
    """Whether the text just before ``pos`` ends in a link (a post's media or status link)."""
    before = text[max(0, pos - 300) : pos].rstrip()
    links = tp.WEIGHT_LINK.findall(before)
    return bool(links) and before.endswith(links[-1])
