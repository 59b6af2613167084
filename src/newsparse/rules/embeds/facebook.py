"""Facebook's fallback blockquote: ``Posted by Name on Weekday, DATE`` and its localized forms."""

from __future__ import annotations

from newsparse._model import Span
from newsparse.rules.embeds import patterns as P
from newsparse.rules.embeds.scan import (
    _SHORT,
    _TAIL,
    Scan,
    _clean_name,
    _read_date,
)
from newsparse.rules.embeds.signatures import same_line_body


def facebook(scan: Scan, index: int, line: Span) -> None:
    t = line.text
    offset = max(0, len(t) - _TAIL)
    m = scan.fb_attr.search(t, offset)
    if m is None:
        return
    date_text = m.group("date").strip().rstrip(".").strip()
    if not P.WEEKDAY_SEARCH.search(date_text):
        return  # "Posted by X on March 3, 2020" is a blog byline; Facebook writes the weekday
    if not (P.DATE_SEARCH.search(date_text) or P.WEEKDAY_ONLY.fullmatch(date_text)):
        return
    if date_text[:1].islower():
        # Facebook capitalises the weekday in every language ("en Viernes, 21 de
        # noviembre"); a news site's stamp writes it as prose does ("em segunda-feira, 3
        # de março"), and its "Publicado por X" is the byline.
        return
    if index <= 2 and not _text_above(scan, index) and not line.text[: m.start()].strip(" \t\xa0>"):
        return  # at the page's top with no post above: the story's byline and stamp
    author = _clean_name(m.group("mdname") or m.group("name"))
    facebook_item(scan, index, line, m.start(), line.start + m.end(), author, date_text, m.group("url"))


def _text_above(scan: Scan, index: int) -> bool:
    """Whether a line above line ``index`` holds text (a post for the attribution to close)."""
    return any(scan.lines[i].text.strip() for i in range(index))


def facebook_tr(scan: Scan, index: int, line: Span) -> None:
    if len(line.text) > _SHORT:
        return
    m = P.FACEBOOK_TR.match(line.text)
    if m is None or not P.TR_DATE.search(m.group("date")):
        return
    facebook_item(
        scan,
        index,
        line,
        m.start("name"),
        line.start + m.end(),
        _clean_name(m.group("name")),
        m.group("date"),
        None,
    )


def facebook_item(
    scan: Scan,
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
        body = same_line_body(scan, line, len(before))
    else:
        i = index - 1
        if i >= 0 and scan.is_blank(scan.lines[i]) and i - 1 >= 0 and scan.lines[i - 1].text.strip():
            i -= 1
        if i >= 0:
            above = scan.lines[i]
            text = above.text.strip()
            if scan.usable(above) and not text.endswith(":") and len(text) <= 5000:
                body = scan.body(above.start, above.end)
                # A video embed has a title line above its text.
                t_i = i - 1
                if t_i >= 0:
                    title = scan.lines[t_i]
                    tt = title.text.strip()
                    prev_ok = (
                        t_i == 0
                        or not scan.lines[t_i - 1].text.strip()
                        or bool(scan.fb_attr.search(scan.lines[t_i - 1].text[-_TAIL:]))
                    )
                    if (
                        tt
                        and len(tt) <= 60
                        and tt[-1] not in ".!?:;,\"”'’"
                        and scan.usable(title)
                        and prev_ok
                    ):
                        body = scan.body(title.start, above.end)
    if body is not None:
        start = body.start
    scan.embed(
        start,
        end,
        "facebook",
        body=body,
        author=author,
        url=url,
        date=_read_date(date_text),
        date_text=date_text.strip() or None,
    )
