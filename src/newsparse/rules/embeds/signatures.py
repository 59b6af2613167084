"""Signatures and credits: TikTok sound credits, Bluesky and Mastodon signatures, Threads and
Mastodon placeholders, Reddit ``by u/… in r/…`` lines, and the post bodies they close."""

from __future__ import annotations

from newsparse._model import Span
from newsparse.rules.embeds import patterns as P
from newsparse.rules.embeds.scan import (
    _SAME_LINE_BODY,
    _SHORT,
    _SHORT_POST,
    _TAIL,
    Scan,
    _clean_name,
    _read_date,
)


def tiktok(scan: Scan, index: int, line: Span) -> None:
    m = P.TIKTOK.match(line.text)
    if m:
        sound = m.group("sound").strip()
        author_m = P.ORIGINAL_SOUND.match(sound)
        scan.embed(
            line.start,
            line.end,
            "tiktok",
            body=scan.body(line.start + m.start("body"), line.start + m.end("body")),
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
        above = scan.lines[index - back]
        hm = P.TIKTOK_HANDLE.match(above.text)
        between = scan.lines[index - back + 1 : index]
        if (
            hm is not None
            and len(above.text) <= 2500
            and scan.usable(above)
            and all(scan.usable(x) and len(x.text) <= 2500 for x in between)
        ):
            scan.embed(
                above.start + hm.start("handle") - 1,
                line.end,
                "tiktok",
                body=scan.body(above.start + hm.end(), line.start + m.start()),
                author=author,
                handle=hm.group("handle").rstrip("."),
            )
            return
        if not alone:
            break  # a caption on the sound's line continues only the line right above
    if alone:
        scan.embed(line.start + m.start(), line.end, "tiktok", author=author)


def social_signature(scan: Scan, index: int, line: Span) -> None:
    t = line.text
    if P.SOCIAL_HANDLE_SHAPE.search(t) is None:
        return  # no Mastodon or Bluesky handle: the signature pattern cannot match
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
        for ph in scan.rule.bluesky_placeholders:
            if cut.casefold().endswith(ph.casefold()):
                cut = cut[: len(cut) - len(ph)].rstrip()
        if cut.strip(" \t\xa0>"):
            body = same_line_body(scan, line, window_start + len(cut), floor)
            start = body.start if body else line.start + before_end
        elif floor:
            start, body = line.start + before_end, None  # right after another signature
        else:
            start, body = body_above(scan, index, line.start + before_end)
        floor = m.end()
        scan.embed(
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


def same_line_body(scan: Scan, line: Span, end: int, floor: int = 0) -> Span | None:
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
    return scan.body(line.start + start, line.start + end)


def body_above(scan: Scan, index: int, default_start: int) -> tuple[int, Span | None]:
    """Return (embed start, body) for a signature line whose body is on the lines above."""
    quoted = scan.lines[index].text.lstrip().startswith(">")
    i = index - 1
    start = default_start
    # Placeholders and at most one blank run sit between the body and the signature.
    blanks = 0
    while i >= 0 and index - i <= 4:
        line = scan.lines[i]
        if scan.is_placeholder(line) and scan.usable(line):
            start = line.start
            i -= 1
            continue
        if scan.is_blank(line) and blanks < 2 and not scan.doc.is_claimed(line.start, line.end):
            blanks += 1
            i -= 1
            continue
        break
    if i < 0:
        return start, None
    line = scan.lines[i]
    if not scan.usable(line) or scan.is_placeholder(line):
        return start, None
    if quoted:
        top = i
        while (
            top - 1 >= 0
            and index - top < 20
            and scan.lines[top - 1].text.lstrip().startswith(">")
            and scan.usable(scan.lines[top - 1])
        ):
            top -= 1
        body = scan.body(scan.lines[top].start, line.end)
        return (body.start if body else start), body
    stripped = line.text.strip()
    if stripped.endswith(":") or len(stripped) > 1000:
        return start, None
    end = line.start + len(line.text.rstrip())
    for ph in scan.rule.bluesky_placeholders:
        if stripped.casefold().endswith(ph.casefold()) and len(stripped) > len(ph):
            end -= len(ph)  # "… soon. [image or embed]": the placeholder is not the post
            break
    body = scan.body(line.start, end)
    return (body.start if body else start), body


def view_on(scan: Scan, index: int, line: Span) -> None:
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
            above = scan.lines[i]
            if not scan.is_blank(above):
                pm = P.POST_BY.match(above.text) if len(above.text) <= _SHORT else None
                if pm and scan.usable(above):
                    handle, start = pm.group("handle"), above.start
                break
            i, steps = i - 1, steps + 1
    if handle and "@" in handle and platform == "threads":
        platform = "mastodon"
    scan.embed(start, line.end, platform, handle=handle or None, url=m.group("url"))


def post_by(scan: Scan, index: int, line: Span, low: str) -> None:
    # "Post by @handle" with no "View on …" below it: Mastodon when the handle has an instance.
    if len(line.text) > _SHORT or "view on" in low:
        return
    m = P.POST_BY.match(line.text)
    if m is None:
        return
    for i in range(index + 1, min(index + 5, len(scan.lines))):
        if not scan.is_blank(scan.lines[i]):
            if P.VIEW_ON.match(scan.lines[i].text[:_SHORT]):
                return  # view_on() takes the pair
            break
    handle = m.group("handle")
    scan.embed(line.start, line.end, "mastodon" if "@" in handle else "threads", handle=handle)


def reddit(scan: Scan, index: int, line: Span) -> None:
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
        title = same_line_body(scan, line, len(before))
    elif index > 0:
        i = index - 1
        while i > 0 and index - i <= 2 and not scan.lines[i].text.strip():
            i -= 1  # newspaper-style blank lines between the title and "by u/…"
        above = scan.lines[i]
        if scan.usable(above) and len(above.text) <= 400 and not above.text.rstrip().endswith(":"):
            title = scan.body(above.start, above.end)
    if title is not None:
        start = title.start
    scan.embed(
        start,
        line.start + m.end(),
        "reddit",
        body=title,
        handle=m.group("user"),
        url=m.group("surl") if m.group("surl") and "/comments/" in m.group("surl") else None,
        community=m.group("sub"),
    )
