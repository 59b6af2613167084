"""Links labelled with their writer's name: ``Annie Lowrey: California is becoming unlivable``.

Some US magazines (The Atlantic among them) set a link to another of their stories between two
paragraphs as the writer's name, a colon and the story's headline in sentence case. The name is
the label. Only English text is read this way, and only a line that

* opens with a known given name (the quote rule's table of given names) and one or two more
  capitalised words, then ``: `` and a capitalised headline of 3–20 words with no final full
  stop, exclamation mark, comma or colon (a question is a headline too);
* stands between two body paragraphs (lines of eight words or more ending a sentence), so a
  transcript (``Jane Roe: Well, I think …`` lines one after another) and a caption block are
  never read as links.
"""

from __future__ import annotations

import bisect
from collections.abc import Iterator

from newsparse._document import Document
from newsparse._model import AlsoRead
from newsparse.rules.also_read.text import _Lines, _strip_span

_TITLE_WORDS = (3, 20)
_BODY_WORDS = 8  # the fewest words of the paragraphs around the line
_SENTENCE_END = (".", "!", "?", "”", '"', "’", ")", "…")
_NAME_CHARS = frozenset("'’-.")
_MAX_NAME = 48  # the longest name before the colon


def authored_links(document: Document, lines: _Lines) -> Iterator[AlsoRead]:
    """Yield the writer-labelled links of an English ``document`` (see the module docstring).

    Only the places of ``": "`` are visited (a plain ``str.find``, no pattern to compile), and
    of those only the ones a short name opens a line before.
    """
    text = document.text
    pos = text.find(": ")
    while pos >= 0:
        nxt = text.find(": ", pos + 2)
        start = text.rfind("\n", max(0, pos - _MAX_NAME - 4), pos) + 1
        # (Cheap tests in C first: a capital opens the line and the name has one to three spaces.)
        if (
            (start > 0 or pos <= _MAX_NAME + 3)
            and text[start : start + 1].isupper()
            and 1 <= text.count(" ", start, pos) <= 3
        ):
            item = _authored_item(document, lines, start, pos)
            if item is not None:
                yield item
        pos = nxt


def _authored_item(document: Document, lines: _Lines, start: int, colon: int) -> AlsoRead | None:
    """The link whose name runs from ``start`` (a line start) to ``colon``, or ``None``."""
    text = document.text
    n_s, n_e = _strip_span(text, start, colon)
    if n_s - start > 3 or not _is_name(text[n_s:n_e]):
        return None
    end = text.find("\n", colon)
    end = len(text) if end < 0 else end
    t_s, t_e = _strip_span(text, colon + 1, end)
    title = text[t_s:t_e]
    if not _is_link_line(title) or not (title[:1].isupper() or title[:1] in "0123456789‘“'\""):
        return None
    idx = _line_index(lines, start)
    if not (_is_body(_neighbour(lines, idx, -1)) and _is_body(_neighbour(lines, idx, 1))):
        return None
    if document.is_claimed(n_s, t_e):
        return None
    return AlsoRead(document.span(n_s, t_e), document.span(t_s, t_e), document.span(n_s, n_e), None)


def _is_name(name: str) -> bool:
    """Whether ``name`` is a known given name and one or two more capitalised words (a middle
    initial allowed): ``Annie Lowrey``, ``Adam J. Serwer``."""
    words = name.split(" ")
    if not 2 <= len(words) <= 4 or len(name) > _MAX_NAME:
        return False
    for n, word in enumerate(words):
        if not word[:1].isupper() or not all(ch.isalpha() or ch in _NAME_CHARS for ch in word):
            return False
        if word.endswith(".") and (len(word) != 2 or n in (0, len(words) - 1)):
            return False  # only a middle initial ends in a full stop
    if sum(1 for w in words if not w.endswith(".")) > 3 or not words[0][1:].islower():
        return False
    return _known_given_name(words[0])


def _is_link_line(title: str) -> bool:
    """Whether the rest after the name reads as a headline, not a sentence or a caption."""
    title = title.rstrip()
    lo, hi = _TITLE_WORDS
    return lo <= len(title.split()) <= hi and not title.endswith((".", "!", ",", ":", ";"))


def _known_given_name(name: str) -> bool:
    # Imported here: the quote rule's package imports the also-read rule's patterns.
    from newsparse.rules.quotes.names import given_names

    female, male = given_names()
    first = name.split(None, 1)[0].lower()
    return first in female or first in male


def _line_index(lines: _Lines, offset: int) -> int:
    return bisect.bisect_right(lines.starts, offset) - 1


def _neighbour(lines: _Lines, idx: int, step: int) -> str:
    """The nearest non-blank line before (``step`` -1) or after (1) line ``idx``, up to 3 away."""
    i = idx + step
    for _ in range(3):
        if not 0 <= i < len(lines):
            return ""
        found = lines[i].text
        if found.strip():
            return found
        i += step
    return ""


def _is_body(line: str) -> bool:
    """Whether a line is a body paragraph: eight words or more ending a sentence, and not a
    speaker's line of a transcript (``Jane Roe: …``) or another writer-labelled link."""
    line = line.strip()
    return len(line.split()) >= _BODY_WORDS and line.endswith(_SENTENCE_END) and not _is_speaker_line(line)


def _is_speaker_line(line: str) -> bool:
    """Whether a line opens with up to four capitalised words and a colon (``Jane Roe: …``)."""
    head = line[:60].split(": ", 1)
    if len(head) < 2:
        return False
    words = head[0].split()
    return 1 <= len(words) <= 4 and all(w[:1].isupper() for w in words)
