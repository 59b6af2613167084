"""Two label shapes no label list covers (#9): a topic label over title lines, and a whole
bracketed line with a label of its own.

* ``More on coronavirus:`` alone on its line, then (past one app promo a syndication widget
  sets there) title lines, each possibly ending with the outlet in brackets (``… (Sky News)``),
  up to a rule line (``____``) or the next paragraph. The label words are data per language
  (``patterns.TOPIC_LABELS``); the topic after them is free.
* ``[Our Latest Forecast: Who Will Win The Primary?]``: a line that is wholly one bracketed
  ``Label: Title`` between two paragraphs, the title a headline (capitalised, no sentence in
  it). The label is free, except the newsroom's own (``[Editor's note: …]``,
  ``(Correction: …)``: ``patterns.NOTE_LABELS``).

Both run after the rule's line walk, on lines it left alone.
"""

from __future__ import annotations

import functools
from collections.abc import Iterator

import regex

from newsparse._document import Document
from newsparse._model import AlsoRead
from newsparse.rules.also_read import patterns as P
from newsparse.rules.also_read.guards import is_no_story
from newsparse.rules.also_read.text import _Lazy, _strip_span
from newsparse.rules.also_read.titles import _headline_like, _is_sentence_title

__all__ = ["bracketed_links", "topic_links"]

_SPACE = r"[ \t\u00a0\u202f]"

# A line wholly one bracketed ``Label: Title`` (square or round brackets, no bracket of the
# same kind inside). Bounded possessive runs: linear on any line.
_BRACKETED_LINE = _Lazy(
    rf"(?m)^{_SPACE}*+(?:"
    rf"\[(?P<sl>[^\[\]()\n:|.!?]{{2,40}}+):{_SPACE}*+(?P<st>[^\[\]\n]{{3,200}}+)\]"
    rf"|\((?P<rl>[^\[\]()\n:|.!?]{{2,40}}+):{_SPACE}*+(?P<rt>[^()\n]{{3,200}}+)\)"
    rf"){_SPACE}*+\r?$"
)
_LABEL_WORDS = 5  # the most words of a free label (``Our Latest Forecast``)
_TITLE_WORDS = (3, 20)  # a bracketed title's words: a headline, not a phrase or a paragraph
# A sentence end followed by another sentence inside a title (``… updated. It now …``).
_INNER_SENTENCE = _Lazy(r"[.!?…][\"'”’»]?+[ \t\u00a0]++[\"'“‘«]?+\p{Lu}")
# A rule line closing a widget block (``______``, ``-----``, ``=====``, ``* * *``).
_RULE_LINE = _Lazy(r"[ \t]*+(?:[_\-=~—–]{3,}+|(?:\*[ \t]?+){3,}+)[ \t]*+\r?")
# An outlet in brackets ending a title (``… (Sky News)``, ``… [Reuters]``).
_SOURCE_END = _Lazy(r"[(\[][^()\[\]\n]{2,40}+[)\]]$")
_NOTES = frozenset(P.NOTE_LABELS)
_OPENERS = frozenset(P.BRACKET_LABEL_OPENERS)
_LABEL_NOUNS = frozenset(P.BRACKET_LABEL_NOUNS)
_TOPIC_TITLE_CHARS = 160  # the longest title line under a topic label
_TOPIC_GAP = 1  # blank lines allowed between a topic label's titles
_TOPIC_MAX = 15  # the most titles taken under one topic label


def bracketed_links(document: Document) -> Iterator[AlsoRead]:
    """Yield one link per line that is wholly a bracketed ``Label: Title`` between paragraphs."""
    text = document.text
    if not _opens_a_line(text):
        return  # (most texts: the pattern is never compiled)
    for m in _BRACKETED_LINE.finditer(text):
        square = m.group("sl") is not None
        l_s, l_e = _strip_span(text, *m.span("sl" if square else "rl"))
        t_s, t_e = _strip_span(text, *m.span("st" if square else "rt"))
        label, title = text[l_s:l_e], text[t_s:t_e]
        if not _free_label(label) or not _bracketed_title(title):
            continue
        if not (_filled_before(text, m.start()) and _filled_after(text, m.end())):
            continue  # a bracketed line opening or closing the text is a caption or a note
        start = text.index("[" if square else "(", m.start())
        if document.is_claimed(start, m.end()):
            continue
        end = text.rindex("]" if square else ")", start, m.end()) + 1
        yield AlsoRead(document.span(start, end), document.span(t_s, t_e), document.span(l_s, l_e), None)


def _free_label(label: str) -> bool:
    """A label of one to five words, capitalised, not the newsroom's own (``Editor's note``),
    pointing at a piece (``Our …``, ``… coverage``) rather than naming a person or a topic."""
    words = label.split()
    if not words or len(words) > _LABEL_WORDS or not label[0].isupper():
        return False
    low = label.casefold().split()
    if " ".join(low) in _NOTES or " ".join(low[:2]) in _NOTES or low[0] in _NOTES:
        return False
    return low[0] in _OPENERS or low[-1] in _LABEL_NOUNS


def _bracketed_title(title: str) -> bool:
    """A headline: capitalised, 3-20 words, no full stop at its end, no second sentence in it."""
    words = title.split()
    if not (_TITLE_WORDS[0] <= len(words) <= _TITLE_WORDS[1]) or not title[0].isupper():
        return False
    if _INNER_SENTENCE.search(title) is not None:
        return False
    return _headline_like(title, separated=False) and not is_no_story(title)


_SPACES = " \t\u00a0\u202f"


def _opens_a_line(text: str) -> bool:
    """Whether a ``[`` or ``(`` is the first non-space character of a line: a ``str.find``
    walk over the brackets (a few per article), each looking back over spaces only, so the
    line pattern compiles only when needed."""
    for bracket in "[(":
        pos = text.find(bracket)
        while pos >= 0:
            k = pos - 1
            while k >= 0 and text[k] in _SPACES:
                k -= 1
            if k < 0 or text[k] == "\n":
                return True
            pos = text.find(bracket, pos + 1)
    return False


def _ends_a_line_with_colon(text: str) -> bool:
    """Whether a ``:`` is the last non-space character of a line (as a topic label's is),
    each colon looking ahead over spaces only."""
    size = len(text)
    pos = text.find(":")
    while pos >= 0:
        k = pos + 1
        while k < size and text[k] in _SPACES:
            k += 1
        if k >= size or text[k] in "\r\n":
            return True
        pos = text.find(":", k)
    return False


def _filled_before(text: str, at: int) -> bool:
    """Whether a non-blank line comes before offset ``at``."""
    return bool(text[:at].strip())


def _filled_after(text: str, at: int) -> bool:
    """Whether a non-blank line comes after offset ``at``."""
    return bool(text[at:].strip())


@functools.lru_cache(maxsize=16)
def _topic_label(code: str) -> regex.Pattern[str] | None:
    """The topic label line of language ``code`` (``More on <topic>:``), or ``None``."""
    words = P.TOPIC_LABELS.get("en" if code == "und" else code)
    if words is None:
        return None
    return regex.compile(
        rf"(?im)^{_SPACE}*+(?P<label>(?:{words}){_SPACE}++[^\n:|.!?()\[\]]{{2,50}}?){_SPACE}*+:{_SPACE}*+\r?$"
    )


def topic_links(document: Document, code: str) -> Iterator[AlsoRead]:
    """Yield the titles under each ``More on <topic>:`` label line of language ``code``."""
    text = document.text
    if not _ends_a_line_with_colon(text):
        return  # (most texts: the pattern is never compiled)
    label_line = _topic_label(code)
    if label_line is None:
        return
    for m in label_line.finditer(text):
        label = m.group("label")
        if not label[0].isupper() or len(label.split()) > 2 + _LABEL_WORDS:
            continue
        titles = _titles_below(text, m.end())
        if not titles or document.is_claimed(m.start("label"), m.end()):
            continue
        l_s, l_e = m.span("label")
        label_span = document.span(l_s, l_e)
        # The first item runs from its label, unless a promo stands between them: the promo is
        # left to the boilerplate rule (a footer), so no item's span may cover it.
        promo = _promo_between(text, m.end(), titles[0][0])
        for n, (t_s, t_e) in enumerate(titles):
            start = l_s if n == 0 and not promo else t_s
            yield AlsoRead(document.span(start, t_e), document.span(t_s, t_e), label_span, None)


def _promo_between(text: str, start: int, end: int) -> bool:
    """Whether ``text[start:end]`` holds a filled line (the promo stepped over)."""
    return bool(text[start:end].strip())


def _titles_below(text: str, at: int) -> list[tuple[int, int]]:
    """The title lines after a topic label ending at ``at`` (see the module docstring)."""
    titles: list[tuple[int, int]] = []
    closed = False
    gap = 0
    promo_skipped = False
    pos = at + 1 if text.startswith("\n", at) else at
    while pos < len(text) and len(titles) < _TOPIC_MAX:
        end = text.find("\n", pos)
        end = len(text) if end < 0 else end
        s, e = _strip_span(text, pos, end)
        pos = end + 1
        if s >= e:
            if titles:
                gap += 1
                if gap > _TOPIC_GAP:
                    break
            continue
        line = text[s:e]
        if _RULE_LINE.fullmatch(line) is not None:
            closed = True
            break
        if not titles and not promo_skipped and line.casefold().startswith(P.TOPIC_PROMO_OPENERS):
            promo_skipped = True
            continue
        if not _topic_title(line):
            break
        titles.append((s, e))
        gap = 0
    if len(titles) == 1 and not closed and _SOURCE_END.search(text[titles[0][0] : titles[0][1]]) is None:
        # One short line under ``More on the vote:`` is as likely the story's next sentence.
        return []
    return titles


def _topic_title(line: str) -> bool:
    """Whether a line under a topic label reads as a linked headline."""
    if len(line) > _TOPIC_TITLE_CHARS or not (line[0].isupper() or line[0].isdigit() or line[0] in "\"'“‘«"):
        return False
    if line.endswith(":") or _INNER_SENTENCE.search(line) is not None:
        return False
    return _headline_like(line, separated=False) and not _is_sentence_title(line) and not is_no_story(line)
