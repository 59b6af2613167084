"""Instagram: the placeholder marker, the caption and the ``A post shared by`` attribution,
at the end of a line or inside one (one-line scrapes)."""

from __future__ import annotations

import regex

from newsparse._model import Boilerplate, Span
from newsparse.rules.embeds import patterns as P
from newsparse.rules.embeds.scan import (
    _TAIL,
    Scan,
    _clean_name,
    _first_url,
    _read_date,
    _strip_span,
)


def ig_attribution(scan: Scan, line: Span) -> regex.Match[str] | None:
    t = line.text
    offset = max(0, len(t) - _TAIL)
    m = scan.ig_attr.search(t, offset) or P.INSTAGRAM_ATTRIBUTION_VI.search(t, offset)
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
    if date and P.DATE_SEARCH.search(date) and (not before.strip(" \t>[") or scan.ig_marker.match(before)):
        return m
    return None


def ig_inline(scan: Scan, line: Span) -> None:
    """Attributions inside a line (one-line scrapes), each with the marker and caption
    before it on the line when there is one."""
    t = line.text
    floor = 0  # a caption never reaches back over the previous attribution
    for m in scan.ig_attr_inline.finditer(t):
        if scan.doc.is_claimed(line.start + m.start(), line.start + m.end()):
            continue
        if m.group("date") is None and P.PREP_AFTER.match(t, m.end()):
            continue  # "… (@jane) on Instagram." is prose about a post
        start, body = m.start(), None
        markers = list(
            scan.ig_marker_inline.finditer(t, max(floor, m.start() - scan.rule.max_caption_chars), m.start())
        )
        if markers:
            start = markers[-1].start()
            body = scan.caption(line.start + markers[-1].end(), line.start + m.start())
        instagram_item(scan, m, line, body, None, line.start + start)
        floor = m.end()


def instagram(
    scan: Scan, markers: list[tuple[int, regex.Match[str]]], attributions: list[tuple[int, regex.Match[str]]]
) -> None:
    used: set[int] = set()  # marker indices (in ``markers``) consumed by an attribution
    mi = 0
    floor = -1  # an attribution may not reach back past the previous one
    for a_index, am in attributions:
        a_line = scan.lines[a_index]
        a_start = a_line.start + am.start()
        if am.start() > 0 and a_line.text[am.start() - 1] == "[":
            a_start -= 1  # html2text: "[A post shared by …](permalink)"
        # Markers before the attribution, in the window.
        while mi < len(markers) and scan.lines[markers[mi][0]].start + markers[mi][1].end() <= a_start:
            mi += 1
        chosen: int | None = None
        j = mi - 1
        if j >= 0 and j not in used:
            m_index, mm = markers[j]
            m_end = scan.lines[m_index].start + mm.end()
            if (
                m_index > floor
                and a_index - m_index <= scan.rule.max_caption_lines
                and a_start - m_end <= scan.rule.max_caption_chars
                and not scan.doc.is_claimed(m_end, a_start)
            ):
                chosen = j
        if chosen is None:
            cap = caption_above(scan, a_index, a_line, am) if a_index - 1 > floor else None
            instagram_item(scan, am, a_line, cap, None, cap.start if cap else a_start)
        else:
            first = chosen
            while (
                first - 1 >= 0
                and first - 1 not in used
                and only_blank_between(scan, markers[first - 1], markers[first])
            ):
                first -= 1
            for k in range(first, chosen + 1):
                used.add(k)
            m_index, mm = markers[chosen]
            f_index, fm = markers[first]
            body_start = scan.lines[m_index].start + mm.end()
            url = _first_url(markers[first : chosen + 1])
            body = scan.caption(body_start, a_start)
            instagram_item(scan, am, a_line, body, url, scan.marker_start(f_index, fm))
        floor = a_index
    # Markers alone: a run of placeholders with neither a caption nor an attribution is the
    # residue of a post the extractor dropped (the annotation conventions list embedded posts,
    # and a post that left only its "View this post on Instagram" link is not one): the run is
    # an embed wrapper, page furniture, unless its placeholder links the post (html2text) or a
    # caption follows it.
    k = 0
    while k < len(markers):
        if k in used:
            k += 1
            continue
        last = k
        while (
            last + 1 < len(markers)
            and last + 1 not in used
            and only_blank_between(scan, markers[last], markers[last + 1])
        ):
            last += 1
        run = markers[k : last + 1]
        k = last + 1
        f_index, fm = run[0]
        l_index, lm = run[-1]
        line = scan.lines[l_index]
        if line.text[lm.end() :].strip():
            continue  # "View this post on Instagram to see …" is a sentence, not a placeholder
        start = scan.marker_start(f_index, fm)
        url = _first_url(run)
        if url is None and not _caption_below(scan, l_index):
            start, end = _strip_span(scan.text, start, line.start + lm.end())
            if end > start:
                scan.add(start, end, Boilerplate(scan.span(start, end), scan.rule.wrapper_kind))
            continue
        scan.embed(start, line.start + lm.end(), "instagram", url=url)


def _caption_below(scan: Scan, index: int) -> bool:
    """Whether the next line under a placeholder reads as the post's caption (ends in a hashtag
    or an emoji): the post survived, so the placeholder stands for an embedded post."""
    below = scan.next_nonblank(index, 2)
    if below is None:
        return False
    text = scan.lines[below].text
    return len(text) <= 2200 and P.SOCIAL_CAPTION_END.search(text, max(0, len(text) - 120)) is not None


def caption_above(scan: Scan, a_index: int, a_line: Span, am: regex.Match[str]) -> Span | None:
    """A caption line (ending in a hashtag or emoji) just above a bare attribution, or None."""
    if a_line.text[: am.start()].strip(" \t\xa0"):
        return None  # glued after a sentence: that sentence is the article's
    i = a_index - 1
    if i >= 0 and not scan.lines[i].text.strip(" \t\xa0"):
        i -= 1  # at most one blank line between
    if i < 0:
        return None
    line = scan.lines[i]
    if not scan.usable(line) or scan.is_placeholder(line) or len(line.text) > 300:
        return None
    if P.SOCIAL_CAPTION_END.search(line.text, max(0, len(line.text) - 120)) is None:
        return None
    return scan.body(line.start, line.end)


def only_blank_between(scan: Scan, a: tuple[int, regex.Match[str]], b: tuple[int, regex.Match[str]]) -> bool:
    start = scan.lines[a[0]].start + a[1].end()
    end = scan.lines[b[0]].start + b[1].start()
    return b[0] - a[0] <= 6 and not scan.text[start:end].strip(" \t\r\n\xa0>")


def instagram_item(
    scan: Scan, am: regex.Match[str], line: Span, body: Span | None, url: str | None, start: int
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
    scan.embed(
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
