"""A small sentence splitter for news text, with spans into the original input.

Every line break ends a sentence (scraped paragraphs are lines). Inside a line, a run of
``.``, ``!``, ``?`` or ``…`` (plus any closing quote marks and brackets) followed by white
space ends a sentence when the next word starts like a sentence: an upper-case letter, a
digit or an opening quote mark. News abbreviations do not end sentences: titles (``Mr.``,
``Dr.``, ``Gov.``), months (``Nov.``), ``No.``, initials (``J.``), dotted forms (``U.S.``,
``p.m.``) unless a typical sentence opener follows, and decimals never qualify since no
space follows their point.

>>> text = 'Mr. Smith arrived at 3 p.m. on Nov. 21. "We won," he said. Gov. Lee (R) agreed.'
>>> [s.text for s in split_sentences(text)]
['Mr. Smith arrived at 3 p.m. on Nov. 21.', '"We won," he said.', 'Gov. Lee (R) agreed.']
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from newsparse._model import Span
from newsparse.text.lazy import deferred_re

__all__ = [
    "ABBREVIATIONS",
    "SENTENCE_OPENERS",
    "iter_sentence_bounds",
    "line_sentence_bounds",
    "line_sentences",
    "split_sentences",
]

ABBREVIATIONS: frozenset[str] = frozenset(
    {
        # titles: always followed by a name
        "mr", "mrs", "ms", "dr", "prof", "gov", "sen", "rep", "gen", "col", "lt", "capt", "sgt",
        "st", "rev", "hon", "messrs", "mme", "atty", "supt", "insp", "cmdr", "adm", "maj", "brig",
        "pvt", "cpl", "det", "fr", "sr", "jr", "smt", "shri", "pres", "amb", "prin",
        # months and other abbreviations followed by a number or a word
        "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec",
        "no", "nos", "vs", "v", "approx", "est", "ft", "mt", "pt", "ave", "blvd", "dept", "fig",
        "figs", "ca", "cf", "al", "vol", "art", "sec", "ch", "para", "op", "ed", "eds", "rs",
        "inc", "corp", "ltd", "co", "bros", "mfg", "govt", "univ", "assn", "int'l", "intl",
    }
)  # fmt: skip
"""Lower-case words that take a full stop without ending a sentence (``Mr.``, ``Nov.``, ``No.``)."""

_COMPANY_ENDINGS = frozenset({"inc", "corp", "ltd", "co", "bros", "jr", "sr"})
# "... Acme Inc. The firm ..." -- these do end a sentence when a sentence opener follows.
_NUMBER_ABBREVIATIONS = frozenset(
    {
        "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec",
        "no", "nos", "vol", "art", "sec", "ch", "para", "fig", "figs", "op", "pt", "rs", "v", "vs",
    }
)  # fmt: skip
# "No. 5", "Nov. 21": no boundary before a number; "said no. It ..." is one.

SENTENCE_OPENERS: frozenset[str] = frozenset(
    {
        "The", "He", "She", "It", "They", "We", "I", "You", "But", "And", "In", "A", "An",
        "This", "That", "These", "Those", "There", "His", "Her", "Their", "Its", "Our", "On",
        "At", "After", "Before", "Meanwhile", "However", "Still", "Yet", "So", "If", "When",
        "While", "As", "According", "Officials", "Police", "Some", "Many", "Most", "One",
        "Earlier", "Later", "Last", "Now", "Then", "Also", "For", "With", "Without", "Since",
    }
)  # fmt: skip
"""Words that start a new sentence after a dotted abbreviation (``… in the U.S. The …``)."""

# (led by a character set rather than an alternation so that ``re`` can scan for it fast)
_LINE_BREAK = deferred_re(r"[\n\r\v\f\x1c\x1d\x1e\x85\u2028\u2029](?:(?<=\r)\n)?")

# A possible end of sentence: terminal punctuation, closing marks, then white space.
# (``[.!?…][.!?…]*+`` is ``[.!?…]++``, but a plain set first lets ``re`` skip ahead fast)
_CANDIDATE = re.compile(r"[.!?…][.!?…]*+[\"'”’»)\]]*+[ \t\u00a0]++(?![a-z])")

# The word right before a full stop (at most 25 characters back).
_LAST_WORD = re.compile(r"[\w'’.-]{1,25}$")
_DOTTED = re.compile(r"(?:[A-Za-z]\.){2,}")
_OPENING = "\"'“‘«‹„‚「『(["


def iter_sentence_bounds(text: str, start: int = 0, end: int | None = None) -> Iterator[tuple[int, int]]:
    """Yield ``(start, end)`` of each sentence of ``text[start:end]``, white space trimmed."""
    stop = len(text) if end is None else min(end, len(text))
    pos = start
    for m in _LINE_BREAK.finditer(text, start, stop):
        yield from line_sentence_bounds(text, pos, m.start())
        pos = m.end()
    yield from line_sentence_bounds(text, pos, stop)


def line_sentence_bounds(text: str, start: int, end: int) -> Iterator[tuple[int, int]]:
    """Yield the sentences of one line ``[start, end)`` (no line breaks inside)."""
    yield from line_sentences(text, start, end)


def line_sentences(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """The sentences of one line ``[start, end)`` (no line breaks inside), as a list.

    What :func:`line_sentence_bounds` yields, built without a generator (the quote rule
    splits every paragraph holding a quote mark or a cue).
    """
    out: list[tuple[int, int]] = []
    sent_start = start
    for m in _CANDIDATE.finditer(text, start, end):
        nxt = m.end()
        if nxt >= end:
            break
        c = text[nxt]
        if c.islower() or not (c.isupper() or c.isdigit() or c in _OPENING):
            continue  # the next word does not start like a sentence
        punct = m.group().rstrip()
        # "!", "?", "…", "..." and a full stop before a closing mark end sentences; a bare
        # full stop may end an abbreviation instead
        if punct == "." and not _full_stop_ends(text, m.start(), nxt, c):
            continue
        stop = m.start() + len(punct)
        if text[sent_start].isspace():
            trimmed = _trim(text, sent_start, stop)
            if trimmed is not None:
                out.append(trimmed)
        else:
            out.append((sent_start, stop))
        sent_start = nxt
    if sent_start < end and not text[sent_start].isspace() and not text[end - 1].isspace():
        out.append((sent_start, end))  # nothing to trim (the usual case)
    else:
        trimmed = _trim(text, sent_start, end)
        if trimmed is not None:
            out.append(trimmed)
    return out


def _trim(text: str, start: int, end: int) -> tuple[int, int] | None:
    piece = text[start:end]
    stripped = piece.strip()
    if not stripped:
        return None
    lead = len(piece) - len(piece.lstrip())
    return start + lead, start + lead + len(stripped)


def _full_stop_ends(text: str, dot: int, nxt: int, c: str) -> bool:
    """Whether the full stop at ``dot`` ends a sentence whose successor starts with ``c`` at
    ``nxt`` (not an abbreviation, an initial or a dotted form before a non-opener)."""
    w = _LAST_WORD.search(text, max(0, dot - 25), dot + 1)
    if w is None:
        return True
    word = w.group().lstrip("'’-")
    if _DOTTED.fullmatch(word):
        # U.S., p.m., e.g.: a boundary only before a typical sentence opener
        return _next_word(text, nxt) in SENTENCE_OPENERS
    bare = word.rstrip(".")
    low = bare.lower()
    if len(bare) == 1 and bare.isupper():
        return False  # an initial: "J. Smith"
    if low in ABBREVIATIONS:
        if low in _NUMBER_ABBREVIATIONS:
            return not c.isdigit()
        if low in _COMPANY_ENDINGS:
            return _next_word(text, nxt) in SENTENCE_OPENERS
        return False
    return True


_NEXT_WORD = deferred_re(r"[\"'“‘«„(]*+(\w{1,20})")


def _next_word(text: str, pos: int) -> str:
    m = _NEXT_WORD.match(text, pos)
    return m.group(1) if m else ""


def split_sentences(text: str) -> tuple[Span, ...]:
    """Return the sentences of ``text`` as Spans into it, in order, white space trimmed.

    Line breaks always end a sentence; blank lines yield nothing.

    >>> [s.text for s in split_sentences("Dr. Jane Roe of the U.S. Army said so.\\n\\nIt cost $2.5 million.")]
    ['Dr. Jane Roe of the U.S. Army said so.', 'It cost $2.5 million.']
    >>> [s.text for s in split_sentences('“Is it over?” she asked. “No.” He left at 5 p.m. The end.')]
    ['“Is it over?” she asked.', '“No.”', 'He left at 5 p.m.', 'The end.']
    """
    from newsparse._errors import ensure_str

    text = ensure_str(text)
    return tuple(Span(s, e, text[s:e]) for s, e in iter_sentence_bounds(text))
