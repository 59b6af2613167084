"""Line shapes the headline rule passes over or stops at: bylines, stamps, datelines, menus, credits."""

from __future__ import annotations

from newsparse._document import Document
from newsparse.rules.headlines import patterns as pat
from newsparse.rules.headlines.analysis import Vocab, ends_like_sentence, stamp_at, word_core


def furniture_after_pipe_or_label(text: str, a: int, b: int) -> bool:
    """Whether a byline or timestamp starts the line, a pipe-separated part of it, or its second word.

    ``ANI | Updated: Nov 21, 2025``, ``New Delhi, Bureau | Updated : 19 November``, ``india
    Updated: Apr 26, 2020`` are timestamp lines, not headlines.
    """
    starts = [a]
    for m in pat.PIPE.finditer(text, a, min(b, a + 200)):
        starts.append(m.end())
        if len(starts) > 6:
            break
    if b - a <= 90:
        second = pat.FIRST_WORD.match(text, a, b)
        if second is not None:
            starts.append(second.end())
    return any(byline_like(text, s, b) or timestamp_like(text, s, b) for s in starts)


def byline_like(text: str, a: int, b: int) -> bool:
    """Whether ``text[a:b]`` opens like a byline (``By …``, ``Written by …``)."""
    return pat.may_start_byline(text, a, b) and pat.BYLINE_LIKE.match(text, a, b) is not None


def timestamp_like(text: str, a: int, b: int) -> bool:
    """Whether ``text[a:b]`` opens like a timestamp (``Updated: …``, a date)."""
    return pat.may_start_timestamp(text, a, b) and pat.TIMESTAMP_LIKE.match(text, a, b) is not None


def dateline_start(text: str, a: int, b: int) -> bool:
    """Whether ``text[a:b]`` opens with a wire dateline (``LONDON (Reuters) -``)."""
    return pat.may_hold_dateline(text[a:b]) and pat.DATELINE_START.match(text, a, b) is not None


def short_name_parts(s: str, v: Vocab) -> bool:
    """Whether ``s`` is two or more short capitalised parts joined by pipes (a credit or menu)."""
    parts = s.split("|", 8)
    if len(parts) < 2 or len(parts) > 8:
        return False
    for part in parts:
        words = [word_core(w) for w in part.split()]
        words = [w for w in words if w]
        if not 1 <= len(words) <= 3:
            return False
        if not all(w[0].isupper() or w[0].isdigit() or w.lower() in v.small for w in words):
            return False
    return True


def is_nav(s: str) -> bool:
    """Whether ``s`` is a breadcrumb or menu: short parts joined by ``>``, ``»``, ``|`` and the like,
    or one section name between arrows (``> Wissen >``)."""
    parts = pat.NAV_SEPARATOR.split(s)
    if len(parts) < 2:
        return False
    if s[:1] in _ARROWS and s[-1:] in _ARROWS:
        return 0 < len(s.strip(_ARROWS + " \t\u00a0").split()) <= 3
    arrows = any(ch in s for ch in ">»›→")
    if not arrows and len(parts) < 3:
        return False
    return all(0 < len(p.split()) <= (4 if arrows else 3) for p in parts)


_ARROWS = ">»›→"
_CREDIT_WORDS = frozenset(pat.CREDIT_WORDS)
_CREDIT_LINE_WORDS = 8  # the most words of a credit line (`Bildrechte: BR / Anna Schmidt`)


def credit_line(line: str) -> bool:
    """Whether ``line`` is a picture credit: a credit word and a colon open it (``Bildrechte:``,
    ``Foto:``, ``Photo credit:``), a few words of names or agencies follow."""
    head, sep, rest = line.partition(":")
    if not sep or not rest.strip() or len(line.split()) > _CREDIT_LINE_WORDS:
        return False
    return " ".join(head.split()).lower() in _CREDIT_WORDS


def is_furniture(text: str, a: int, b: int, v: Vocab | None = None) -> bool:
    """Whether the line is a byline, timestamp or caption (claimed by later rules).

    With a vocabulary, also a caption, stamp or date in the document's language (``Foto: …``,
    ``Di, 10:19 Uhr``, ``24. April 2020``); and any line holding ``©``, a photo credit.
    """
    return bool(
        byline_like(text, a, b)
        or timestamp_like(text, a, b)
        or (pat.may_start_caption(text, a) and pat.CAPTION_LIKE.match(text, a, b))
        or (b - a <= 60 and pat.ROLE_LINE.search(text, max(a, b - 30), b))
        or (_has_bracket(text, max(a, b - 100), b) and pat.CREDIT_AT_END.search(text, max(a, b - 100), b))
        or text.find("©", a, b) >= 0
        or (v is not None and stamp_at(v, text, a, b))
    )


def _has_bracket(text: str, a: int, b: int) -> bool:
    # What every CREDIT_AT_END match opens with: a line without one skips the pattern.
    return text.find("(", a, b) >= 0 or text.find("[", a, b) >= 0


def short_topic_line(text: str, a: int, b: int, v: Vocab) -> bool:
    """Whether a line that opens like a dateline (``VATIKAN: …``, ``ROME – …``) is a short
    headline with a topic label instead: at most 12 words, no final stop, no sentence break.

    A dateline opens the lede, a full paragraph that ends in a full stop.
    """
    line = text[a:b]
    if len(line.split()) > 12 or "(" in line[:40]:  # `WASHINGTON (AP) —` is always a dateline
        return False
    if ends_like_sentence(line, v) or line.rstrip()[-1:] in ".!?":
        return False
    return pat.SENTENCE_BOUNDARY.search(line) is None


_COMMENT_HEADINGS = frozenset(pat.COMMENT_HEADINGS)
_TOP_LINES = frozenset(pat.PAGE_TOP_LINES)
_HOME_WORDS = frozenset(pat.HOME_WORDS)
_CRUMB_WORDS = 6  # the most words of a breadcrumb read from its home word


def page_top_furniture(line: str) -> bool:
    """Whether a top line is a page's furniture above the story: a summary box's or contents
    heading (``Das Wichtigste in Kürze``, ``Ce qu'il faut retenir``), a reader notice
    (``Dieser Artikel wurde automatisch übersetzt``, ``Vous lisez un article réservé …``) or a
    breadcrumb opened by the home link (``Startseite Politik Inland``)."""
    low = line.strip(" \t\u00a0:.").lower()
    if low in _TOP_LINES or low.startswith(pat.PAGE_TOP_OPENERS):
        return True
    words = line.split()
    return (
        1 < len(words) <= _CRUMB_WORDS
        and words[0].lower() in _HOME_WORDS
        and all(word_core(w)[:1].isupper() for w in words[1:])
    )


def under_comment_heading(document: Document, k: int) -> bool:
    """Whether the nearest non-blank line above line ``k`` (claimed or not, three lines up at
    most) is a comment-section heading (``Comments``, ``Kommentare``, ``Leave a Reply``)."""
    text = document.text
    for j in range(k - 1, max(-1, k - 4), -1):
        line = text[document.line_starts[j] : document.line_ends[j]].strip(" \t\r\u00a0:#*")
        if line:
            return len(line) <= 24 and line.lower() in _COMMENT_HEADINGS
    return False
