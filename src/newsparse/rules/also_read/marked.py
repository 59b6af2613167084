"""Links under an ALL-CAPS header ending in a colon, one marked headline a line: the wire
roundup US papers reprint (round eight, #9)::

    HERE'S WHAT YOU NEED TO KNOW ABOUT THE OUTBREAK:
    — Drug maker says its vaccine needs no deep freeze
    — Cut off: School closings leave rural pupils alone

The header is no label of the label table and the marks are dashes (or what an encoding
mix-up left of them, a straight quote), which the bullet pattern of title lists leaves out: a
line opening with an em dash or a quote is, anywhere else, a tweet's signature, a dialogue
line or a quotation. Here every line of the list must open with the same mark and read as a
headline, and the header must hold a word of :data:`~.patterns.LIST_HEADER_CUES` — so
``HERE'S WHAT ELSE IS HAPPENING:`` over body paragraphs, or a ``KEY FACTS:`` list, are never
links. All tests are string operations on the one header line and the lines under it.
"""

from __future__ import annotations

from newsparse._document import Document
from newsparse._model import AlsoRead
from newsparse.rules.also_read import patterns as P
from newsparse.rules.also_read.text import _STRIP, _lines, _strip_span
from newsparse.rules.also_read.titles import _looks_like_title

# Marks that open each line of such a list: dashes, a bullet, and the straight or curly quote a
# mis-decoded em dash becomes (``" Cut off: …``).
_MARKS = frozenset('—–-•*·"“”»>')
_MIN_ITEMS = 2  # one marked line under a header is a pull quote or a note, not a list
_MAX_HEADER = 120  # longer caps lines are sentences in capitals
_MAX_WORDS = 30  # a wire headline runs long (``… does not need the deep cold storage …``)


def is_list_header(text: str) -> bool:
    """Whether a stripped line is an ALL-CAPS list header with a cue (``MORE ON THE VOTE:``)."""
    if len(text) > _MAX_HEADER or not text.endswith(":"):
        return False
    head = text[:-1]
    return (
        head.upper() == head
        and any(ch.isalpha() for ch in head)
        and any(cue in head for cue in P.LIST_HEADER_CUES)
    )


def marked_list_block(
    document: Document, idx: int, taken: set[int], max_titles: int
) -> list[AlsoRead] | None:
    """The links under list header line ``idx`` (see :func:`is_list_header`), or ``None`` when
    fewer than two marked headline lines follow it; their lines are added to ``taken``."""
    lines = _lines(document)
    text = document.text
    found: list[tuple[int, int, int, int, int]] = []  # line index, item start/end, title start/end
    mark = ""
    i = idx + 1
    while i < len(lines) and len(found) < max_titles:
        s, e = _strip_span(text, lines[i].start, lines[i].end)
        if s == e or document.is_claimed(s, e):
            break
        if not found:
            mark = text[s]
            if mark not in _MARKS:
                return None
        elif text[s] != mark:
            break  # the list ends at the first line with another mark (``___``, body text)
        t_s, t_e = _strip_span(text, s + 1, e, mark)
        if not _looks_like_title(text[t_s:t_e], max_words=_MAX_WORDS):  # no final full stop
            break
        found.append((i, s, e, t_s, t_e))
        i += 1
    if len(found) < _MIN_ITEMS:
        return None
    line = lines[idx]
    h_s, h_e = _strip_span(text, line.start, line.end)
    label = document.span(*_strip_span(text, h_s, h_e, ":" + _STRIP))
    out: list[AlsoRead] = []
    for n, (i, s, e, t_s, t_e) in enumerate(found):
        taken.add(i)
        out.append(AlsoRead(document.span(h_s if n == 0 else s, e), document.span(t_s, t_e), label, None))
    return out
