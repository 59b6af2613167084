"""Labels inside a line: ``Also Read: <title>`` at a line start or after a sentence end.

``_labelled_items`` finds the labels a line holds, ``_title_start`` decides whether one opens a
link, and ``_labelled_item`` builds the item from the label to the title's end.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator

import attrs
import regex

from newsparse._document import Document
from newsparse._model import AlsoRead, Span
from newsparse.rules.also_read.compiled import _Compiled
from newsparse.rules.also_read.gate import _exact_key, _label_key, _repeat_pattern
from newsparse.rules.also_read.sites import site_suffix_end
from newsparse.rules.also_read.text import (
    _CALL_TO_ACTION,
    _SEP,
    _SPACES,
    _STRONG_SEP,
    _URL,
    _is_lower,
    _Line,
    _starts_lower,
    _strip_span,
)
from newsparse.rules.also_read.titles import (
    _SPACE_RUN,
    _gap_titles,
    _glued_sentence,
    _headline_like,
    _is_sentence_title,
    _split_titles,
    _title_end,
    _without_marks,
    _without_meta_tail,
)

# -- labels inside a line ---------------------------------------------------------------


def _labelled_items(
    document: Document,
    c: _Compiled,
    line: _Line,
    first: regex.Match[str] | None,
    mids: Iterable[int],
    *,
    top: bool,
    max_titles: int,
    found: dict[int, regex.Match[str] | None] | None = None,
) -> Iterator[AlsoRead]:
    """Labelled links inside ``line``.

    ``first`` is ``c.labels.match`` on the line and ``mids`` the offsets in the text after a
    sentence end (``_MID_SRC``) on this line where a label may start; ``found`` (when given)
    receives the label match (or ``None``) at each of them.
    """
    text = document.text
    lt = line.text
    matches: list[tuple[regex.Match[str], int, int, bool]] = []
    candidates: list[tuple[regex.Match[str], bool]] = []
    if first is not None:
        candidates.append((first, False))
    for pos in mids:
        m = c.label_at(lt, pos - line.start)
        # A bracket inside a sentence opens a link only with a strong label and a separator
        # after it (``… el plan (Lea también: Título) y …``): ``(lea también el informe)`` is
        # prose, and a weak label there is a credit (``(Vídeo: Reprodução/TV Globo)``).
        if (
            m is not None
            and m.group("open")
            and not _after_boundary(lt, m.start())
            and (_STRONG_SEP.match(lt, m.end("label")) is None or _is_weak(c, m.group("label")))
        ):
            m = None
        if found is not None:
            found[pos] = m
        if m is not None:
            candidates.append((m, True))
    if not candidates:
        return
    for m, mid in candidates:
        if matches and m.start() < matches[-1][2]:
            continue
        accepted = _title_start(c, lt, m, mid=mid, top=top)
        if accepted is None:
            continue
        matches.append((m, accepted, m.end(), mid))
    # Labels repeated later on the line without a sentence boundary (``READ MORE: A READ MORE: B``).
    if matches:
        extra = _repeated_labels(lt, matches[0][0])
        known = {om.start("label") for om, _, _, _ in matches}
        for m, sep_end in extra:
            if m.start("label") not in known:
                matches.append((m, sep_end, m.end(), True))
        matches.sort(key=lambda t: t[0].start("label"))
    for n, (m, content_start, _, mid) in enumerate(matches):
        limit = matches[n + 1][0].start() if n + 1 < len(matches) else len(lt)
        joined = not m.group("open") and (mid or limit - m.end() > 240)
        item = _labelled_item(c, text, line, m, content_start, limit, joined=joined, tags=c.tags)
        if item is None and not joined and not m.group("open"):
            item = _title_before_sentence(c, text, line, m, content_start, limit)
        if item is not None and _is_media_credit(c, item):
            continue
        if item is not None and not document.is_claimed(item.span.start, item.span.end):
            yield from _split_titles(text, item)
            for more in _gap_titles(c, text, line, item, limit, max_titles):
                if document.is_claimed(more.span.start, more.span.end):
                    break
                yield more


_CREDIT_WORDS = 4  # the fewest words of a video's title after a weak media label
# The media words a credit opens with (``Vídeo: Reprodução/TV Globo``); ``Watch:`` / ``Mira:``
# open links only, which may be short (``WATCH: Full interview``).
_CREDIT_LABELS = frozenset(("video", "vídeo", "vidéo", "videos", "vídeos", "vidéos"))


def _is_media_credit(c: _Compiled, item: AlsoRead) -> bool:
    """Whether a weak media label and what follows it are a credit, not a link: ``Vídeo:
    Reprodução/TV Globo``, ``Video: Agencia EFE``, ``(Video: Ansa)``. A linked video's title is
    a headline of four words or more with no ``/`` between sources."""
    if item.label is None or item.url is not None:
        return False
    key = _label_key(item.label.text)
    if key not in _CREDIT_LABELS or not _is_weak(c, item.label.text):
        return False
    title = item.title.text
    return "/" in title or len(title.split()) < _CREDIT_WORDS


def _is_weak(c: _Compiled, label: str) -> bool:
    """Whether ``label`` is only a weak label (an everyday word: ``Video``, ``Related``)."""
    key = _label_key(label)
    return key in c.weak and key not in c.strong


def _after_boundary(lt: str, at: int) -> bool:
    """Whether offset ``at`` of a line follows its start, a sentence end or a paragraph gap."""
    before = lt[:at].rstrip(" \t\u00a0\u202f")
    return not before or at - len(before) >= 3 or before[-1] in _BOUNDARY_CHARS


_BOUNDARY_CHARS = frozenset('.!?…।۔؟|•·])”"»:')

_JOINED_TITLE_WORDS = (3, 15)  # a title cut from the sentence that follows it on its line
_WORDS_AFTER = 4  # the fewest words of that sentence


def _title_before_sentence(
    c: _Compiled, text: str, line: _Line, m: regex.Match[str], content_start: int, limit: int
) -> AlsoRead | None:
    """The title after a strong label whose line goes on with the next paragraph (``Lire aussi :
    Titre Le maire a promis que …``): the whole rest read as a sentence, so the title is cut out
    as in a one-line scrape and kept when 3–15 words lie before a sentence of four words or more.
    """
    key = _label_key(m.group("label"))
    if key not in c.strong or key in c.weak:
        return None
    item = _labelled_item(c, text, line, m, content_start, limit, joined=True, tags=c.tags)
    if item is None or item.url is not None:
        return None
    lo, hi = _JOINED_TITLE_WORDS
    after = text[item.span.end : line.start + limit].split()
    if not lo <= len(item.title.text.split()) <= hi or len(after) < _WORDS_AFTER:
        return None
    if not after[0][:1].isupper() and after[0][:1] not in '«"“„':
        return None  # the next sentence starts with a capital or a quotation
    return item


def _title_start(c: _Compiled, lt: str, m: regex.Match[str], *, mid: bool, top: bool) -> int | None:
    """Return where the title starts when label match ``m`` opens a link, else ``None``."""
    label = m.group("label")
    after = _site_end(lt, m.end("label"), label)
    nxt = lt[after : after + 1]
    key = _label_key(label)
    weak = key in c.weak and key not in c.strong
    if nxt and (nxt.isalnum() or nxt in "_'’"):
        # The word goes on: only a glued capital after a lower-case label end (``aussiTempête``),
        # or a capitalised word after a label in capitals (``À LIRE AUSSIGrève : …``).
        glued = nxt.isupper() and (
            label[-1:].islower() or (label.isupper() and lt[after + 1 : after + 2].islower())
        )
        if weak or not glued:
            return None
        return after
    sep = (_STRONG_SEP if weak else _SEP).match(lt, after)
    if sep is not None and sep.end() > after and lt[after : sep.end()].strip():
        start = sep.end()
    else:
        if weak:
            return None
        sp = _SPACES.match(lt, after)
        if sp is None:
            return None
        # No separator: the label must be written capitalised (``Also Read PM …``), exactly as
        # the table spells it (``Mehr zum Thema Mac …``), in a script without case, or be a
        # site-named label (``Also on rt.com Journalists …``); the title must not start in lower case.
        pattern_label = key not in c.strong and key not in c.weak
        if (
            any(_is_lower(w) for w in label.split())
            and _exact_key(label) not in c.exact
            and not pattern_label
        ):
            return None
        start = sp.end()
    if _CALL_TO_ACTION.search(lt, start, start + 300) is not None:
        return None  # ``READ MORE ON FOX BUSINESS BY CLICKING HERE`` is a promo, not a link
    first = lt[start : start + 1]
    word = lt[start : start + 40].split(maxsplit=1)[0] if first.strip() else ""
    if not first or (_starts_lower(word) and _URL.match(lt, start) is None):
        return None
    if weak and ((top and not mid) or (mid and not label[:1].isupper())):
        # ``Watch | …`` opening the first line is a headline kicker, not a link.
        return None
    return start


def _site_end(lt: str, after: int, label: str) -> int:
    """``after``, or past the site a label names before its separator (``Leia também no G1:
    …``, ``READ MORE ON ABC NEWS | …``): the title starts after that separator, not at the site."""
    if lt[after : after + 1] != " ":
        return after
    site = site_suffix_end(lt, after, label)
    if site is None:
        return after
    sep = _SEP.match(lt, site)
    return site if sep is not None and lt[site : sep.end()].strip() else after


def _repeated_labels(lt: str, first: regex.Match[str]) -> list[tuple[regex.Match[str], int]]:
    """Find the same label written the same way later on the line, with a separator."""
    label = first.group("label")
    if any(ch.islower() for ch in label) and not any(ch.isupper() for ch in label):
        return []  # a lower-case label is a word of the sentence; an uncased script's label is not
    pat = _repeat_pattern(label)
    found = []
    for m in pat.finditer(lt, first.end()):
        sep = _SEP.match(lt, m.end("label"))
        if sep is not None:
            found.append((m, sep.end()))
    return found


def _labelled_item(
    c: _Compiled,
    text: str,
    line: _Line,
    m: regex.Match[str],
    content_start: int,
    limit: int,
    *,
    joined: bool,
    tags: regex.Pattern[str] | None = None,
) -> AlsoRead | None:
    """The link opened by label match ``m``: from the label (or its bracket) to the title's end,
    the title starting at ``content_start`` and ending before ``limit``; ``None`` when no headline
    follows."""
    base = line.start
    lt = line.text
    span_start = base + (m.start("open") if m.group("open") else m.start("label"))
    label = Span.of(text, base + m.start("label"), base + m.end("label"))
    end_extra = 0
    sep = lt[m.end("label") : content_start]
    opened = m.group("open") or ""
    closer = "]" if opened.lstrip()[:1] == "[" else ")"
    if opened and closer not in sep:
        # The bracket closes after the title (``[Related: …]``), not after the label
        # (``[À LIRE AUSSI] Titre``, ``[Lire aussi :] Titre``).
        close = lt.find(closer, content_start, limit)
        if close < 0 or close - content_start > 400:
            return None
        limit = close
        end_extra = 1
    elif not opened:
        bracketed = _bracketed_title(lt, content_start, limit)
        if bracketed is not None:
            content_start, limit = bracketed
            end_extra = 1
    url: str | None = None
    url_m = _URL.search(lt, content_start, min(limit, content_start + 500))
    if url_m is not None and len(lt[content_start : url_m.start()].split()) <= 30:
        url = url_m.group().rstrip(".,;:")
        t_s, t_e = _strip_span(lt, content_start, url_m.start(), "-–—:|(*")
        if lt[t_s : t_s + 1] == "[" and lt[t_e - 1 : t_e] == "]":
            t_s, t_e = _strip_span(lt, t_s + 1, t_e - 1)  # a markdown link: ``[Title](https://…)``
        item_end = url_m.start() + len(url)
        if item_end < limit and lt[item_end : item_end + 1] == ")" and "(" in lt[t_e : url_m.start()]:
            item_end += 1
        if end_extra:
            item_end = limit
        if t_s == t_e:
            t_s, t_e = url_m.start(), url_m.start() + len(url)
    else:
        # A run of spaces, or a full stop glued to the next sentence (``…centre.The mayor``):
        # the scrape joined paragraphs on this line, so the title has to be cut out.
        joined = (
            joined
            or _SPACE_RUN.search(lt, content_start, limit) is not None
            or _glued_sentence(lt, content_start, min(limit, content_start + 400), c.starters)
        )
        end = _title_end(lt, content_start, limit, c.starters, text) if joined and not end_extra else limit
        t_s, t_e = _strip_span(lt, content_start, end, "|•·;,")
        if lt[content_start - 2 : content_start] == "**" or lt[t_e - 2 : t_e] == "**":
            t_s, t_e = _strip_span(lt, t_s, t_e, "*")  # markdown bold around the title
        elif lt[t_e - 1 : t_e] in ("*", "_") and lt[t_e - 1] in lt[: m.start("label")] + sep:
            # Emphasis opened before the label closes after the title (``_Lire aussi : Titre_``).
            t_s, t_e = _strip_span(lt, t_s, t_e, lt[t_e - 1])
        t_e = _without_meta_tail(lt, t_s, t_e, c.meta_words)
        item_end = limit if end_extra else max(t_e, _strip_span(lt, t_s, end)[1])
        if tags is not None and (tag := tags.search(lt, t_s, t_e)) is not None and tag.end() >= t_e - 1:
            item_end = max(item_end, _strip_span(lt, tag.start(), tag.end())[1])
            if lt[item_end : item_end + 1] == "|" and item_end < limit:
                item_end += 1
            t_s, t_e = _strip_span(lt, t_s, tag.start(), "|•·;,")
        t_s, t_e = _without_marks(lt, t_s, t_e)
    if t_e <= t_s or t_e - t_s > 300 or not any(ch.isalpha() for ch in lt[t_s:t_e]):
        return None
    if url is None and not _headline_like(lt[t_s:t_e], separated=bool(sep.strip())):
        return None
    if url is None and c.starters.sentence_case and _is_sentence_title(lt[t_s:t_e]):
        return None
    title = Span.of(text, base + t_s, base + t_e)
    return AlsoRead(Span.of(text, span_start, base + item_end + end_extra), title, label, url)


def _bracketed_title(lt: str, start: int, limit: int) -> tuple[int, int] | None:
    """Where the title inside brackets after a label lies (``También: ( Título )``,
    ``Lire aussi : [Titre]``): from after the opening bracket to its closer, when the closer ends
    what the label governs; else ``None``."""
    opener = lt[start : start + 1]
    if opener not in ("(", "["):
        return None
    closer = ")" if opener == "(" else "]"
    close = lt.find(closer, start + 1, min(limit, start + 400))
    if close < 0 or lt[close + 1 : limit].strip() or opener in lt[start + 1 : close]:
        return None
    inner = start + 1
    while inner < close and lt[inner] in " \t\u00a0":
        inner += 1
    return (inner, close) if inner < close else None


def _with_url_line(document: Document, item: AlsoRead, line: _Line, nxt: _Line) -> AlsoRead | None:
    """The item extended over a bare URL on the next line (``Also Read: Title`` / ``https://…``)."""
    if item.url is not None or len(nxt.text) > 500 or document.is_claimed(nxt.start, nxt.end):
        return None
    if nxt.start < item.span.end:
        return None  # the item already runs past that line (a title read from the lines below)
    if document.text[item.span.end : line.end].strip():
        return None
    s, e = _strip_span(document.text, nxt.start, nxt.end)
    m = _URL.fullmatch(document.text, s, e)
    if m is None:
        return None
    return attrs.evolve(item, span=document.span(item.span.start, e), url=m.group())
