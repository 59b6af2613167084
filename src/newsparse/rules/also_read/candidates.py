"""Which lines the rule visits: label starts at line heads and after sentence ends, found in C.

The per-line loop in ``rule.py`` only looks at the lines ``_candidate_lines`` returns.
"""

from __future__ import annotations

import bisect
from collections.abc import Sequence

from newsparse._document import Document
from newsparse.rules.also_read.compiled import _HEADER_PREFIX_CHARS, _LINE_PREFIX_CHARS, _Compiled
from newsparse.rules.also_read.text import _NOT_CAPS_HEAD, _TERMINATOR_CHARS, _is_pictograph


def _mid_candidates(document: Document, c: _Compiled) -> dict[int, list[int]]:
    """Line index -> text offsets after a sentence end (``_MID_SRC``) where a label may start."""
    text = document.text
    out: dict[int, list[int]] = {}
    gate = c.label_gate
    at_end = gate.may_be_empty()  # whether a label can match at the very end of a line
    may_start = gate.may_start
    starts: Sequence[int] | None = None
    # (The run-of-spaces scan only where the text has such a run: most texts never compile it.)
    for gap in (False, True) if "   " in text else (False,):
        scan = gate.mid_scan(at_end, gap)
        for m in scan.finditer(text):
            pos = m.end()
            key = m.group(1)  # the next two characters as the line sees them
            if at_end if not key else key[0] in "[(" or may_start(key):
                if starts is None:
                    starts = document.line_starts
                out.setdefault(bisect.bisect_right(starts, pos) - 1, []).append(pos)
    if "(" in text or "[" in text:
        # An opening bracket inside a sentence (``… el plan (Lea también: …) y …``): the label
        # must then be followed by a separator (``_labelled_items``).
        places = _bracket_places(text, gate.bracket_firsts())
        if places:
            if starts is None:
                starts = document.line_starts
            for pos in places:
                out.setdefault(bisect.bisect_right(starts, pos) - 1, []).append(pos)
    for i, found in out.items():
        out[i] = sorted(set(found))  # both scans may stop at one place (``x.   Also …``)
    return out


_BOUNDARY_BEFORE = frozenset('.!?…।|•·])”"»')
_SEPARATOR_REACH = 50  # a label of up to 48 characters, then its ``:`` or ``|``


def _bracket_places(text: str, capitals: frozenset[str]) -> list[int]:
    """Offsets of the opening brackets inside a sentence that may open a bracketed link: a
    space before the bracket, a word before the space, a capital a label can start with after
    it, and a ``:`` or ``|`` within 48 characters, before any bracket or line end.

    A ``str.find`` walk, no pattern: prose has few brackets (a few per article), and most fail
    the first tests (``(AP)``, ``(2019)``, ``(D-Calif.)`` hold no separator).
    """
    found: list[int] = []
    if not capitals:
        return found
    for bracket in "([":
        pos = text.find(bracket, 2)
        while pos >= 0:
            if (
                text[pos - 1] in " \t\u00a0\u202f"
                and not text[pos - 2].isspace()
                and text[pos - 2] not in _BOUNDARY_BEFORE
                and text[pos + 1 : pos + 2] in capitals
                and _separator_within(text, pos + 2)
            ):
                found.append(pos)
            pos = text.find(bracket, pos + 1)
    return found


def _separator_within(text: str, at: int) -> bool:
    """Whether a ``:`` or ``|`` comes before a bracket or line end in ``text[at : at + 49]``."""
    for ch in text[at : at + _SEPARATOR_REACH - 1]:
        if ch in ":|｜":
            return True
        if ch in "()[]\r\n":
            return False
    return False


def _candidate_lines(document: Document, c: _Compiled, mids: dict[int, list[int]], caps: bool) -> list[int]:
    """The indexes of the lines that may hold anything for the rule, found by scans in C.

    A line is a candidate when a label or header can start at its start (the gates' two-character
    test), a label can start inside it (``mids``), it holds a ``[`` (a tag), or — with ``caps`` —
    its first 19 characters hold no lower-case ASCII letter. Every other line yields nothing, so
    the rule never walks them in Python.
    """
    text = document.text
    starts = document.line_starts
    label_start, header_start = c.label_gate.may_start, c.header_gate.may_start
    prefix_chars = _LINE_PREFIX_CHARS.chars  # (a frozenset: the test stays in C)
    found = set(mids)
    heads = [(0, _line_head(text))]
    heads += ((m.end(), m.group(1)) for m in c.line_scan(caps).finditer(text))
    for at, head in heads:
        key = head[:2]
        if len(key) == 2 and (
            key[0] in prefix_chars
            or key[0] in _HEADER_PREFIX_CHARS
            or label_start(key)
            or header_start(key)
            or (caps and len(head) == 19 and _NOT_CAPS_HEAD.isdisjoint(head))
            or (key[0] >= "\u2190" and _is_pictograph(key[0]))
        ):
            found.add(bisect.bisect_right(starts, at) - 1)
    pos = text.find("[")
    while pos >= 0:
        i = bisect.bisect_right(starts, pos) - 1
        found.add(i)
        nxt = i + 1
        pos = text.find("[", starts[nxt]) if nxt < len(starts) else -1
    return sorted(found)


def _line_head(text: str) -> str:
    """The first 19 characters of the first line of ``text`` (as ``_NEXT_19`` captures them)."""
    head = text[:19]
    for i, ch in enumerate(head):
        if ch in _TERMINATOR_CHARS:
            return head[:i]
    return head
