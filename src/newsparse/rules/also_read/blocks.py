"""Link lists: a label alone on its line, or a related-links section header, and the title lines
below it.

Each ``*_block`` function returns the items of one block (or ``None`` when the line opens none)
and marks the title lines it consumed in ``taken``.
"""

from __future__ import annotations

from collections.abc import Sequence

import attrs
import regex

from newsparse._document import Document
from newsparse._model import AlsoRead, Boilerplate, Span
from newsparse.rules.also_read import patterns as P
from newsparse.rules.also_read.compiled import _Compiled
from newsparse.rules.also_read.gate import _exact_key, _label_key
from newsparse.rules.also_read.guards import is_no_story
from newsparse.rules.also_read.sections import glued_kicker_offsets
from newsparse.rules.also_read.sites import site_suffix_end
from newsparse.rules.also_read.text import (
    _BULLET,
    _LABEL_ONLY_TAIL,
    _META_LINE,
    _STRIP,
    _URL,
    _is_capitalised,
    _Lazy,
    _Line,
    _lines,
    _starts_lower,
    _strip_span,
)
from newsparse.rules.also_read.titles import (
    _CATEGORY_LINE,
    _RANK,
    _headline_like,
    _is_mark_line,
    _is_meta_line,
    _is_topic_list,
    _looks_like_title,
    _title_end,
    _title_span,
    _topic_block,
)

# -- label alone on a line, titles on the following lines ------------------------------


def _label_only_block(
    document: Document,
    c: _Compiled,
    idx: int,
    taken: set[int],
    spaced: int,
    m: regex.Match[str] | None,
    max_titles: int,
) -> list[AlsoRead | Boilerplate] | None:
    """Titles under a label alone on line ``idx``; ``m`` is ``c.labels.match`` on that line."""
    line = _lines(document)[idx]
    if m is None or m.start("label") > 12:
        return None
    label_end = _site_label_end(line.text, m)
    rest = line.text[label_end:]
    tail = _LABEL_ONLY_TAIL.fullmatch(rest)
    if tail is None:
        return None
    key = _label_key(m.group("label"))
    has_sep = bool(rest.strip(" \t\u00a0\u202f])*"))
    # A weak label alone on its line is a label when written in capitals (``RECOMMENDED``)
    # or over a bulleted list; otherwise it is an everyday word (``Watch``, ``More``).
    # A media word in capitals (``VIDEO``, ``WATCH``) over a line is a player's caption.
    weak_bare = key in c.weak and key not in c.strong and not has_sep and key != "related"
    capitals = m.group("label").isupper() and key not in P.MEDIA_WORDS
    # A rail's own name among the weak labels (``Recommended``, ``Trending``) heads a plain list
    # of titles too, when two titles or more stand under it (#9); one line under such a word
    # may be a sentence of the story (``Trending`` / ``The hashtag spread overnight``).
    rail_word = weak_bare and not capitals and key in P.RAIL_WORDS
    if weak_bare and not capitals and not rail_word and not _bullet_follows(document, idx):
        return None
    if _points_back(m.group("label"), rest):
        return _residue(document, line, key in c.strong)
    kickers: dict[int, tuple[int, int]] = {}
    titles = _title_lines_below(
        document, c, idx, header=False, spaced=spaced, max_titles=max_titles, kickers=kickers
    )
    if c.starters.sentence_case:
        titles = _without_crosshead(document, titles)
    if not titles and key in c.strong:
        titles = _title_joined_below(document, c, idx)
    if rail_word and not _bullet_follows(document, idx) and not _rail_of_headlines(document, titles):
        return None
    if _is_topic_list(document.text, titles):
        return [_topic_block(document, line, titles, taken)]
    if not titles:
        # A strong label with its separator and no title under it (``À lire aussi :`` over
        # body text; the link was a widget the scrape dropped) is page residue.
        return _residue(document, line, has_sep and key in c.strong)
    label = document.span(line.start + m.start("label"), line.start + label_end)
    start = line.start + (m.start("open") if m.group("open") else m.start("label"))
    out: list[AlsoRead | Boilerplate] = []
    for n, ((i, t_start, t_end, url), title) in enumerate(
        zip(titles, _titles_of(document, c, titles), strict=True)
    ):
        taken.add(i)
        kicker = kickers.get(i)
        if kicker is not None:
            taken.add(kicker[0])
        span_start = start if n == 0 else (kicker[1] if kicker is not None else t_start)
        span_end = _credit_end(document, i, t_end)
        if title is None:
            continue
        out.append(AlsoRead(document.span(span_start, span_end), title, label, url))
    return out or None


_RAIL_WORD_TITLES = 2  # the fewest titles under a bare rail word (see _label_only_block)
_RAIL_TITLE_WORDS = 4  # the fewest words of each (``Key events`` / ``Live updates`` are tabs)


def _rail_of_headlines(document: Document, titles: Sequence[tuple[int, int, int, str | None]]) -> bool:
    """Whether the lines under a bare rail word (``Trending``) are a rail's headlines: two or
    more, each of :data:`_RAIL_TITLE_WORDS` words or more (a page's tabs and buttons under it,
    ``Live updates`` / ``Key events``, are shorter)."""
    return len(titles) >= _RAIL_WORD_TITLES and all(
        len(document.text[s:e].split()) >= _RAIL_TITLE_WORDS for _, s, e, _ in titles
    )


def _points_back(label: str, rest: str) -> bool:
    """Whether a label alone on its line is a sentence closed by one full stop (``Read more
    here.``, ``Lire la suite.``): the anchor of a link to the story above it, which a newsletter
    or a scraped page leaves at a paragraph's end. The next line is the next paragraph or
    section heading, not a title (#9). A label in capitals (``READ MORE.``) stays a header.
    """
    return rest.strip(" \t\u00a0\u202f") == "." and not label.isupper()


def _residue(document: Document, line: _Line, strong: bool) -> list[AlsoRead | Boilerplate] | None:
    """A strong label with no title of its own as a ``related_links`` footer (the annotation
    files a label with no title under footers); a weak one (an everyday word) as nothing."""
    if not strong or len(line.text) > 80:
        return None
    s, e = _strip_span(document.text, line.start, line.end)
    return [Boilerplate(document.span(s, e), "related_links")]


def _trailing_label(
    c: _Compiled, line: _Line, mids: Sequence[int], found: dict[int, regex.Match[str] | None] | None = None
) -> regex.Match[str] | None:
    """A strong label that ends a body line (``… los impuestos. Lee también:``), or ``None``.

    ``mids`` are the text offsets on the line where a label may start; only the last can be
    followed by nothing but a separator. Without a separator the label must be written as the
    table writes it or in capitals (``… Die Opposition klagt. Lesen Sie auch``). ``found`` holds
    the label matches already tried at ``mids`` (see ``_labelled_items``).
    """
    lt = line.text
    pos = mids[-1] - line.start
    if found is not None and mids[-1] in found:
        m = found[mids[-1]]
    else:
        m = c.label_at(lt, pos) if 0 < pos < len(lt) else None
    if m is None or _LABEL_ONLY_TAIL.fullmatch(lt, m.end()) is None:
        return None
    label_text = m.group("label")
    key = _label_key(label_text)
    if key not in c.strong or key in c.weak:
        return None
    has_sep = bool(lt[m.end() :].strip(" \t\u00a0\u202f"))
    if not has_sep and _exact_key(label_text) not in c.exact and not label_text.isupper():
        return None
    return m


def _trailing_label_block(
    document: Document,
    c: _Compiled,
    idx: int,
    taken: set[int],
    spaced: int,
    m: regex.Match[str],
    max_titles: int,
) -> list[AlsoRead]:
    """Titles under label match ``m`` that ends line ``idx`` (see :func:`_trailing_label`): the
    scrape kept the label in the paragraph before its link. The first item starts at the label;
    no title under it (body text follows) gives nothing."""
    line = _lines(document)[idx]
    titles = _title_lines_below(document, c, idx, header=False, spaced=spaced, max_titles=max_titles)
    if c.starters.sentence_case:
        titles = _without_crosshead(document, titles)
    if not titles or _is_topic_list(document.text, titles):
        return []
    label = document.span(line.start + m.start("label"), line.start + m.end("label"))
    out: list[AlsoRead] = []
    for n, ((i, t_start, t_end, url), title) in enumerate(
        zip(titles, _titles_of(document, c, titles), strict=True)
    ):
        taken.add(i)
        if title is not None:
            out.append(AlsoRead(document.span(label.start if n == 0 else t_start, t_end), title, label, url))
    return out


def _titles_of(
    document: Document, c: _Compiled, titles: Sequence[tuple[int, int, int, str | None]]
) -> list[Span | None]:
    """The title of each title line of a list, without a section kicker glued before it
    (``- Política Câmara aprova …``: see :mod:`.sections`)."""
    spans = [_title_span(document.text, s, e, url, c.tags, c.meta_words) for _, s, e, url in titles]
    sections = P.SECTION_KICKERS.get(document.language)
    if sections is None or not c.starters.sentence_case:
        return spans
    present = [t for t in spans if t is not None]
    shared = document.language not in P.NOUN_CAPITALISING
    offsets = iter(glued_kicker_offsets([t.text for t in present], sections, shared=shared))
    out: list[Span | None] = []
    for t in spans:
        off = next(offsets) if t is not None else 0
        out.append(document.span(t.start + off, t.end) if t is not None and off else t)
    return out


def _bullet_follows(document: Document, idx: int) -> bool:
    """Whether the next non-blank line (within three lines) after line ``idx`` is a bullet."""
    lines = _lines(document)
    for i in range(idx + 1, min(idx + 4, len(lines))):
        text = lines[i].text
        if text.strip():
            return _BULLET.match(text) is not None
    return False


def _section_block(
    document: Document, c: _Compiled, idx: int, taken: set[int], spaced: int, max_titles: int
) -> list[AlsoRead | Boilerplate] | None:
    """Header line ``idx`` as ``related_links`` boilerplate and an unlabelled item per title line
    under it; ``None`` when the line is no section header."""
    line = _lines(document)[idx]
    if len(line.text) > 120 or not c.is_header(line.text):
        return None
    kickers: dict[int, tuple[int, int]] = {}
    # A header that is also a strong label (``Noticias relacionadas``, ``Mehr zum Thema``) heads
    # related links, whose rail may pair each title with a teaser; a news widget's header
    # (``Ultime notizie``, ``Most Read``) keeps its list to the titles before the first teaser.
    label = c.line_label(line.text)
    rail = label is not None and _label_key(label.group("label")) in c.strong
    titles = _title_lines_below(
        document, c, idx, header=True, spaced=spaced, max_titles=max_titles, kickers=kickers, rail=rail
    )
    if not titles and _body_below(document, idx) and _grammar_only_header(line.text):
        return None  # `Other reports` over body paragraphs: a crosshead of the story, not a rail
    if _is_topic_list(document.text, titles):
        return [_topic_block(document, line, titles, taken)]
    if kickers:
        titles = _paired_kickers(document.text, titles, kickers)
    s, e = _strip_span(document.text, line.start, line.end)
    out: list[AlsoRead | Boilerplate] = [Boilerplate(document.span(s, e), "related_links")]
    rhythm = sum(i in kickers for i, _, _, _ in titles) >= _RHYTHM_KICKERS
    for (i, _, t_end, url), title in zip(titles, _titles_of(document, c, titles), strict=True):
        taken.add(i)
        if title is None:
            continue
        ls, le = _strip_span(document.text, *_lines(document)[i][:2])
        end = _credit_end(document, i, max(le, t_end))
        kicker = kickers.get(i)
        prev = out[-1]
        if rhythm and kicker is None and end > le and isinstance(prev, AlsoRead):
            # A bare line over a writer's credit in a list that sets a kicker over every title
            # is the previous teaser's column name (``Kolumne …`` / ``von …``): its item takes it.
            out[-1] = attrs.evolve(prev, span=document.span(prev.span.start, end))
            continue
        if kicker is not None:
            taken.add(kicker[0])
            ls = kicker[1]
        out.append(AlsoRead(document.span(ls, end), title, None, url))
    return out


_RHYTHM_KICKERS = 2  # kickers over titles that show a list sets one over each

# The header grammar alone (see ``patterns.SECTION_HEADER_GRAMMAR``), with a header's marks
# around it; compiled only for a header line with no title under it.
_GRAMMAR_HEADER = _Lazy(
    r"[ \t\u00a0\u202f#*]{0,12}(?:"
    + "|".join(f"(?:{p})" for p in P.SECTION_HEADER_GRAMMAR)
    + r")[ \t\u00a0\u202f]*+(?::|\.\.\.|…)?[ \t\u00a0\u202f»›>→▼▾]*+"
)
_LISTED_HEADERS = frozenset(h.casefold() for h in P.SECTION_HEADERS)


_BODY_CHARS = 120  # a line this long under a header is a paragraph of the story


def _body_below(document: Document, idx: int) -> bool:
    """Whether the next non-blank line after ``idx`` is a body paragraph (a long line)."""
    lines = _lines(document)
    for i in range(idx + 1, min(idx + 4, len(lines))):
        text = lines[i].text.strip()
        if text:
            return len(text) >= _BODY_CHARS
    return False


def _grammar_only_header(lt: str) -> bool:
    """Whether header line ``lt`` is one only the header grammar reads (``Other reports``, not a
    listed ``Related Stories``): with no title under it, such a line is the story's crosshead
    and stays body text, where a listed header with no title is a label left by its widget."""
    bare = lt.strip(" \t\u00a0\u202f#*:.…»›>→▼▾").casefold()
    return bare not in _LISTED_HEADERS and _GRAMMAR_HEADER.fullmatch(lt) is not None


def _credit_end(document: Document, i: int, end: int) -> int:
    """Where the item of title line ``i`` ends: after the writer's credit on the next line
    (``von Ina Roe``), which belongs to the linked story, else at ``end``."""
    lines = _lines(document)
    if i + 1 >= len(lines):
        return end
    nxt = lines[i + 1]
    s, e = _strip_span(document.text, nxt.start, nxt.end)
    if s == e or e - s > 80 or document.is_claimed(s, e):
        return end
    return e if _is_credit_line(document.text[s:e], document.tables.byline_prefixes) else end


_PAIRED_KICKER_WORDS = 6  # the longest kicker read from a list's kicker-and-title rhythm


def _paired_kickers(
    text: str, titles: list[tuple[int, int, int, str | None]], kickers: dict[int, tuple[int, int]]
) -> list[tuple[int, int, int, str | None]]:
    """``titles`` with the kickers a rail's rhythm shows: once one title of the list has a
    kicker over it (``Umstrittenes Projekt`` / ``Aktivisten protestieren gegen …``), the list
    sets one over every title, so of two title lines back to back with none over them, the
    first is the second's kicker (``Streit um Kohle`` / ``Kaeser am Pranger``); ``kickers``
    receives them."""
    out: list[tuple[int, int, int, str | None]] = []
    n = 0
    while n < len(titles):
        cur = titles[n]
        nxt = titles[n + 1] if n + 1 < len(titles) else None
        if (
            nxt is not None
            and nxt[0] == cur[0] + 1
            and cur[0] not in kickers
            and nxt[0] not in kickers
            and cur[3] is None
            and len(text[cur[1] : cur[2]].split()) <= _PAIRED_KICKER_WORDS
            and not text[cur[1] : cur[2]].endswith((".", ":", "!", "?", "…"))
        ):
            kickers[nxt[0]] = (cur[0], cur[1])
            out.append(nxt)
            n += 2
            continue
        out.append(cur)
        n += 1
    return out


def _title_lines_below(
    document: Document,
    c: _Compiled,
    idx: int,
    *,
    header: bool,
    spaced: int,
    max_titles: int,
    kickers: dict[int, tuple[int, int]] | None = None,
    rail: bool = False,
) -> list[tuple[int, int, int, str | None]]:
    """Return ``(line index, title start, title end, url)`` for the title lines after ``idx``.

    ``spaced`` is 1 when the text separates paragraphs with blank lines (then one blank line
    between titles is no gap), else 0. A kicker line over a title (``Wetter`` / ``Gewitter und
    Starkregen: …``) is stepped over; ``kickers`` (when given) maps the title's line index to
    the kicker's line index and start. With ``rail`` (a related-links header), a teaser under
    a title is stepped over when the title and teaser pairs go on (:func:`_rail_goes_on`).
    """
    lines = _lines(document)
    found: list[tuple[int, int, int, str | None]] = []
    gap = ranks = 0
    i = idx + 1
    while i < len(lines) and len(found) < max_titles:
        line = lines[i]
        if not line.text.strip():
            gap += 1
            # Scrapes of HTML keep the indentation of empty elements as whitespace-only
            # lines: up to six stand between a label and its first title, two between titles.
            if gap > (2 if found else _LEADING_BLANKS):
                break
            i += 1
            continue
        if document.is_claimed(line.start, line.end) or len(line.text) > 400:
            break
        if len(line.text) <= 120 and c.is_header(line.text):
            break  # the next section's header
        if _is_label_line(c, line.text):
            break  # the next label (stacked ``Lesen Sie auch`` / title pairs): never a title
        b = _BULLET.match(line.text)
        bulleted = b is not None
        if found and gap > spaced and not bulleted and not header:
            break
        body_start = line.start + (b.end() if b else 0)
        s, e = _unwrapped(document.text, *_strip_span(document.text, body_start, line.end))
        if found and _is_credit_line(document.text[s:e], document.tables.byline_prefixes):
            i += 1  # the writer's name under a related title (``Par Jeanne Martin``, ``von Ina Roe``)
            continue
        if (slug := _SLUG_KICKER.match(document.text, s, e)) is not None:
            s = slug.end()  # a blog theme's category slug before the title (``latest …``)
        seg = document.text[s:e]
        url_m = _URL.search(seg)
        url = url_m.group().rstrip(".,;:") if url_m else None
        check = seg[: url_m.start()].rstrip(" -–—:|(") if url_m and url_m.start() > 0 else seg
        if url_m is not None and url_m.start() == 0:
            check = "Link title"  # a bare URL line under a label is a link
        if seg.strip(" .:-–—()[]").casefold() in P.AD_LINES:
            i += 1  # an ad slot's caption (``Continua após a publicidade``): step over it
            continue
        if _is_mark_line(seg) or (found and seg == document.text[found[-1][1] : found[-1][2]]):
            # A subscription mark on its own line over the title, or the title again (a rail
            # links each story twice, from its picture and its headline): step over it.
            i += 1
            continue
        if found and (
            (c.meta_words and _is_meta_line(seg, c.meta_words))
            or (len(seg) <= 70 and seg[-1:] in '"”“»' and _CATEGORY_LINE.fullmatch(seg) is not None)
        ):
            # A date, time, read-time or count line under a title (any language), or a blog
            # template's category line (``In "Allgemein"``): step over it.
            i += 1
            continue
        if kickers is not None and not bulleted and _is_kicker(document, c, seg, i):
            kickers[i + 1] = (i, s)  # the title under it is read next, as any title line
            i += 1
            continue
        if not _looks_like_title(check, bulleted=bulleted, max_words=25 if (header or not found) else 20):
            if found and len(seg) <= 60 and _META_LINE.search(seg) is not None:
                i += 1  # a date or read-time line under a title: step over it
                continue
            if (
                _RANK.fullmatch(seg) is not None
                or seg.strip("<>«»‹›|-–—").strip().casefold() in P.CAROUSEL_WORDS
            ) and ranks < max_titles:
                # A rank on its own line in a most-read list (``1`` / title / ``2`` …), or a
                # carousel's button (``Previous`` / ``1`` / ``Next``): step over it.
                ranks += 1
                i += 1
                continue
            if rail and found and _is_dek(seg) and _rail_goes_on(document, c, i):
                i += 1  # a teaser under a rail's title, another title and teaser below it
                continue
            break
        if found and not rail and _is_cut_teaser(seg):
            break  # the opening words of the linked story under its title: the list ends
        if found and is_no_story(check):
            break  # page furniture after the links (``Follow Lena on Twitter: @lena``): the list ends
        found.append((i, s, e, url))
        gap = 0
        i += 1
    return found


_TEASER_WORDS = 8  # the fewest words of a cut teaser under a related title
_INNER_STOP = _Lazy(r"[.!?।][ \t\u00a0]++\S")


def _is_cut_teaser(seg: str) -> bool:
    """Whether a line under a related title is the cut opening of that story, not another title:
    a sentence break inside it and an ellipsis at its end (``नई दिल्ली. विराट कोहली अब …``)."""
    return (
        seg.endswith(("…", "..."))
        and len(seg.split()) >= _TEASER_WORDS
        and _INNER_STOP.search(seg, 0, len(seg) - 3) is not None
    )


# A lower-case category slug a blog theme prints before a related title (``Check Also`` /
# ``latest प्रचंड फॉर्म में …``): one short ASCII word before a capital or a letter of a script
# without case. A lower-case word before a lower-case word is a sentence, never skipped.
_SLUG_KICKER = _Lazy(r"[a-z]{3,12}+[ \t\u00a0]++(?=[^\x00-\x7f\s]|[A-Z])(?![A-Z][a-z]*+[ \t\u00a0]++[a-z])")


def _unwrapped(text: str, start: int, end: int) -> tuple[int, int]:
    """``[start, end)`` without markdown emphasis wrapped around the whole line (a related
    title set in bold under its label: ``**Suben los alquileres en Madrid**``)."""
    for mark in ("**", "__", "*", "_"):
        n = len(mark)
        if end - start > 2 * n + 3 and text.startswith(mark, start) and text.endswith(mark, start, end):
            inner = text[start + n : end - n]
            if mark not in inner and not inner[:1].isspace() and not inner[-1:].isspace():
                return start + n, end - n
    return start, end


_CREDIT_NAME_WORDS = 6  # the most words of the names after a byline prefix under a title
_NAME_JOINERS = frozenset(
    ("et", "y", "e", "und", "and", "&", "de", "da", "do", "dos", "von", "van", "der", "di", "del", "la", "le")
)


def _is_credit_line(seg: str, prefixes: Sequence[str]) -> bool:
    """Whether a line under a related title is its writer's credit: a byline prefix of the
    language (``Par``, ``Por``, ``Von``, ``Di``, ``By``) and one to six name words, every one
    capitalised or a joiner (``Par Jeanne Martin et Paul Durand``); a teaser list may set the
    prefix in lower case (``von Ina Roe``). Never a title."""
    if len(seg) > 80 or seg.endswith((".", ":", "!", "?")):
        return False
    head, sep, rest = seg.partition(" | ")
    if sep and any(ch.isdigit() for ch in rest) and len(rest) <= _CREDIT_DATE_CHARS:
        seg = head  # the writer and the date (``By Jane Roe | March 3, 2021``): a blog rail's meta line
    for prefix in (*prefixes, "By"):
        if not prefix[:1].isupper() or not seg.startswith((prefix + " ", prefix.lower() + " ")):
            continue
        names = seg[len(prefix) + 1 :].replace(",", " ").split()
        if (
            1 <= len(names) <= _CREDIT_NAME_WORDS
            and all(w in _NAME_JOINERS or _first_upper(w) for w in names)
            and _first_upper(names[0])
        ):
            return True
    return False


_CREDIT_DATE_CHARS = 40  # the longest date after a writer's name on a credit line


def _first_upper(word: str) -> bool:
    """Whether ``word`` opens with an upper-case letter."""
    return word[:1].isupper()


_DEK_WORDS = (6, 40)  # a teaser line under a rail's title
_DEK_ENDS = (".", "!", "?", "…", "»", "”", '"')


def _is_dek(seg: str) -> bool:
    """Whether a line reads as the teaser a rail sets under a title: one or two sentences of
    6–40 words, ending a sentence, not opening in lower case."""
    words = seg.split()
    lo, hi = _DEK_WORDS
    return lo <= len(words) <= hi and seg.endswith(_DEK_ENDS) and not _starts_lower(words[0])


def _rail_goes_on(document: Document, c: _Compiled, i: int) -> bool:
    """Whether the teaser on line ``i`` sits inside a rail of title and teaser pairs: the next
    line is a title and the line after it a teaser again (or nothing: the text ends).

    Under a section header a rail (``Noticias relacionadas`` / title / teaser / title / teaser)
    would otherwise end at its first teaser; asking for the pair to repeat, and for the title to
    be longer than a crosshead (more than six words), keeps a crosshead and the body paragraph
    under it out of the list.
    """
    lines = _lines(document)
    nxt = _next_filled(lines, i)
    if nxt is None:
        return False
    title = lines[nxt].text.strip(_STRIP)
    if (
        document.is_claimed(lines[nxt].start, lines[nxt].end)
        or len(title.split()) <= _CROSSHEAD_WORDS  # a short line there is the next section's crosshead
        or not _looks_like_title(title)
        or (len(title) <= 120 and c.is_header(lines[nxt].text))
        or _is_label_line(c, lines[nxt].text)
    ):
        return False
    after = _next_filled(lines, nxt)
    return after is None or _is_dek(lines[after].text.strip(_STRIP))


def _next_filled(lines: Sequence[_Line], i: int) -> int | None:
    """The index of the next non-blank line within two lines of ``i``, or ``None``."""
    for j in range(i + 1, min(i + 4, len(lines))):
        if lines[j].text.strip():
            return j
        if j - i >= 3:
            break
    return None


_KICKER_WORDS = 3  # the most words of a kicker line over a related title
_KICKED_TITLE_WORDS = 4  # the fewest words of the title under a kicker


def _is_kicker(document: Document, c: _Compiled, seg: str, i: int) -> bool:
    """Whether line ``i`` (text ``seg``) is a kicker over the title on the next line: a topic
    word or two (``Wetter``, ``Grève SNCF``) set above a related headline of four words or more.

    One word is never a title, so any language reads it as a kicker; two or three capitalised
    words are a kicker only in a sentence-case language (an English rail has short Title Case
    headlines such as ``Gold Slips Again``, never two-word topics over a headline).
    """
    words = seg.split()
    if not words or len(words) > _KICKER_WORDS or len(seg) > 40 or _starts_lower(words[0]):
        return False
    if len(words) > 1 and (not c.starters.sentence_case or not all(_is_capitalised(w) for w in words)):
        # A kicker names a topic (``Grève SNCF``, ``Wohnungsmarkt Berlin``): a short line with
        # a lower-case word is a short headline (``Mehr Mut, bitte``, ``Tarifs en hausse``).
        return False
    if seg.endswith((".", ":", ",", ";", "!", "?", "…", "।")) or not any(ch.isalpha() for ch in seg):
        return False
    lines = _lines(document)
    if i + 1 >= len(lines):
        return False
    nxt = lines[i + 1]
    if document.is_claimed(nxt.start, nxt.end) or _BULLET.match(nxt.text) or _is_label_line(c, nxt.text):
        return False
    title = nxt.text.strip(_STRIP)
    return len(title.split()) >= max(_KICKED_TITLE_WORDS, 2 * len(words)) and _looks_like_title(title)


_JOINED_TITLE_WORDS = (3, 15)  # a title cut out of a joined line under a label-only line


def _title_joined_below(document: Document, c: _Compiled, idx: int) -> list[tuple[int, int, int, str | None]]:
    """Titles at the start of the lines under a strong label-only line, when the scrape joined
    each to its teaser or to the next paragraph (``Lesen Sie auch`` / ``Mieten steigen weiter Die
    Stadt will …``).

    The first title is cut as in a one-line scrape (:func:`_title_end`) and kept only when the
    cut falls before the end of the line at a headline's length, so a body paragraph under a
    label whose link the scrape lost stays body text. The lines right under it continue the
    list (a rail that prints each title with its teaser on one line, round eight): a line that
    is a title as a whole (a subtitle after the cut ends in no full stop), or one that opens
    with a title cut the same way; the list ends at the first line that is neither.
    """
    lines = _lines(document)
    i = idx + 1
    while i < len(lines) and i <= idx + 3 and not lines[i].text.strip():
        i += 1
    if i >= len(lines) or i > idx + 3:
        return []
    first = _joined_title(document, c, lines[i], topic=False)
    if first is None:
        return []
    base = lines[i].start
    found: list[tuple[int, int, int, str | None]] = [(i, base + first[0], base + first[1], None)]
    topic = _topic_colon(document.text[found[0][1] : found[0][2]])
    i += 1
    while i < len(lines) and len(found) < _JOINED_LIST_MAX:
        line = lines[i]
        whole = _strip_span(document.text, line.start, line.end)
        if whole[0] < whole[1] and not document.is_claimed(*whole) and _whole_title(document, c, line):
            found.append((i, *whole, None))
        else:
            cut = _joined_title(document, c, line, topic=topic)
            if cut is None:
                break
            found.append((i, line.start + cut[0], line.start + cut[1], None))
        i += 1
    return found


_JOINED_LIST_MAX = 8  # the most titles read from the joined lines of one teaser list


def _whole_title(document: Document, c: _Compiled, line: _Line) -> bool:
    """Whether a line under a joined title is a title as a whole (``Revue X : Restons groupés !
    La construction des relations sociales``): headline-like, no final full stop, no label."""
    seg = line.text.strip(_STRIP)
    return (
        _looks_like_title(seg)
        and not seg.endswith((".", "…"))
        and not _is_label_line(c, line.text)
        and _headline_like(seg, separated=True)
    )


def _joined_title(document: Document, c: _Compiled, line: _Line, *, topic: bool) -> tuple[int, int] | None:
    """The title cut from the start of ``line`` (offsets in the line) when a sentence follows it
    on the line, else ``None``. With ``topic`` (the list's first title opens with a topic and a
    colon), a title of that shape may end in a full stop (``Revue X : Quand le langage
    travaille.`` before its teaser)."""
    if document.is_claimed(line.start, line.end) or _is_label_line(c, line.text):
        return None
    lt = line.text
    start = len(lt) - len(lt.lstrip(_STRIP))
    end = _title_end(lt, start, len(lt), c.starters)
    if lt[:end].rstrip().endswith(":"):
        # A cut right after a topic's colon (``Revue X : Quand le …``) took the headline's own
        # clause for the next sentence: the title goes on after the colon.
        after_colon = len(lt[:end].rstrip())
        end = _title_end(lt, after_colon + 1, len(lt), c.starters)
    s, e = _strip_span(lt, start, end, "|•·;,-–—")
    title = lt[s:e]
    lo, hi = _JOINED_TITLE_WORDS
    if e >= len(lt.rstrip(_STRIP)) or not lo <= len(title.split()) <= hi:
        return None
    rest = lt[end:].lstrip(_STRIP)
    if rest[:1] == "." and topic and _topic_colon(title):
        rest = rest[1:].lstrip()  # ``Revue X : Quand le langage travaille. Là où …``
    after = rest[:1]
    if not after.isalpha() or after.islower():
        return None  # the next sentence starts with a word, not a quotation inside the same sentence
    if title.endswith(".") or not _headline_like(title, separated=True) or _starts_lower(title):
        return None
    return s, e


_LEADING_BLANKS = 6  # blank or whitespace-only lines allowed between a label and its first title
_CROSSHEAD_WORDS = 6  # a second line this short under a one-title label is a crosshead


def _without_crosshead(
    document: Document, titles: list[tuple[int, int, int, str | None]]
) -> list[tuple[int, int, int, str | None]]:
    """Drop a short second "title" under a label that stands over one unbulleted title.

    ``Lesen Sie auch`` / title / ``Kritik von der Opposition`` / body: the short line is the
    crosshead of the story's next section, not a second link (a list under a label has bullets,
    dated titles, or runs on for three titles or more; a related headline is rarely six words or
    fewer). The crosshead follows the title directly and a body paragraph follows it.
    Only for sentence-case languages: English related titles in Title Case are often that short
    (``Gold Slips From Record High``) and English pages rarely set crossheads under a label.
    """
    if len(titles) != 2 or titles[0][3] is not None or titles[1][3] is not None:
        return titles
    lines = _lines(document)
    if _BULLET.match(lines[titles[0][0]].text) or _BULLET.match(lines[titles[1][0]].text):
        return titles
    first, second = (document.text[t[1] : t[2]] for t in titles)
    if len(second.split()) > _CROSSHEAD_WORDS or len(second) >= len(first):
        return titles
    if _topic_colon(first) and _topic_colon(second):
        return titles  # two ``Topic: headline`` lines are a list's styling, not a crosshead
    between = [line.text for line in lines[titles[0][0] + 1 : titles[1][0]]]
    if any(text.strip() for text in between):
        return titles  # a date or read-time line stepped over: a list of dated titles
    after = next((line.text.strip() for line in lines[titles[1][0] + 1 :] if line.text.strip()), "")
    if len(after) < 80 and not after.endswith((".", "!", "?", "।", '"', "”", "»")):
        return titles  # no body paragraph follows: the list ends here, not a section
    return titles[:1]


_TOPIC_COLON_AT = 30  # the latest a ``Topic:`` prefix of a related title ends


def _topic_colon(title: str) -> bool:
    """Whether ``title`` opens with a topic and a colon (``Mieten: Warum München so teuer ist``)."""
    k = title.find(": ", 0, _TOPIC_COLON_AT)
    return k > 0 and len(title) - k > 10


def _is_label_line(c: _Compiled, text: str) -> bool:
    """Whether ``text`` is a label alone on its line (a separator may follow it)."""
    if len(text) > 80:
        return False
    m = c.line_label(text)
    if m is None:
        return False
    key = _label_key(m.group("label"))
    return (key in c.strong or key not in c.weak) and _LABEL_ONLY_TAIL.fullmatch(
        text, _site_label_end(text, m)
    ) is not None


def _site_label_end(text: str, m: regex.Match[str]) -> int:
    """Where the label of match ``m`` ends on its line: after the site it names when one follows
    (``LIRE AUSSI SUR REGARDS.FR``, ``Leia também no G1``), else at the
    match's end."""
    end = m.end()
    if end < len(text) and not m.group("open"):
        site = site_suffix_end(text, end, m.group("label"))
        if site is not None:
            return site
    return end
