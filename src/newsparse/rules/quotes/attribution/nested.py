"""Quotations inside quotations: ``“… and Congress said, ‘That’s not fair,’” Lee said.``

The annotation lists a quotation that a speaker quotes inside their own words as a direct quote
of its own (the inner speaker's), besides the outer one. :func:`nested_quotes` reads them inside
the content of an attributed direct quote: a speech verb of the outer speaker's sentence, an
optional comma or colon, then a quotation in the other family of marks (single inside double,
double inside single) closed before the outer content ends. Only that shape is read: a pair of
inner marks with no speech verb before them is a title or a scare quote, and straight single
marks elsewhere are apostrophes.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

import regex

from newsparse.rules.quotes.phrases import np_before
from newsparse.rules.quotes.state import Raw
from newsparse.text.lazy import deferred_regex

if TYPE_CHECKING:
    from newsparse.rules.quotes.state import State

__all__ = ["nested_quotes"]

# A speech verb inside a quotation, then the opening mark of a quotation it introduces:
# "and said, ‘That’s not fair,’", "he’d go, ‘Stadium today.’", "says it herself, 'This is …'"
_INNER_CUE = deferred_regex(
    r"""(?<![\w'’])(?P<cue>said|says|say|saying|asked|asks|told[ ][a-z]{2,12}+|go|goes|went|replied
        |reminded[ ][a-z]{2,12}+(?:[ ]often)?|wrote|tweeted|added|yelled|shouted)
        (?:[ ]it[ ](?:himself|herself|themselves))?  # "says it herself"
        [,:]?[ ](?P<open>[‘"“'])""",
    regex.VERBOSE,
)
# The inner quotation's closing mark for each opening mark (its own family)
_CLOSES = {"‘": "’", "'": "'", "“": "”", '"': '"'}
_INNER_MAX = 400
"""The longest inner quotation read (a longer one is a block of the outer speaker's words)."""


def nested_quotes(st: State, outer: Raw) -> list[Raw]:
    """The quotations introduced by a speech verb inside the content of the direct quote
    ``outer``, each as a direct quote of its own (its speaker the phrase before that verb)."""
    text = st.text
    found: list[Raw] = []
    outer_mark = text[outer.cstart - 1 : outer.cstart]
    pos = outer.cstart
    while pos < outer.cend:
        m = _INNER_CUE.search(text, pos, outer.cend)
        if m is None:
            break
        open_ = m.start("open")
        pos = open_ + 1
        mark = text[open_]
        if _hypothetical(text, outer.cstart, m.start("cue")):
            continue  # ("we’ll always say, ‘Watch out’", "they’d go ‘…’": what would be said)
        if (mark in "‘'") == (outer_mark in "‘'"):
            continue  # the same family as the outer marks: the outer quotation's own mark
        close = _inner_close(text, open_ + 1, min(outer.cend + 1, open_ + 1 + _INNER_MAX), _CLOSES[mark])
        if close < 0 or close - open_ < 3:
            continue
        cend = close
        while cend > open_ + 1 and text[cend - 1] in " ,":
            cend -= 1  # a trailing comma belongs to the outer sentence ("‘It’s fine,’ he said")
        np = np_before(text, outer.cstart, m.start("cue"), st.vocab)
        if np is not None and text[np.start : np.end].lower() in _NOT_SPEAKERS:
            np = None
        found.append(
            Raw(open_, close + 1, open_ + 1, cend, "direct", (m.start("cue"), m.end("cue")), np,
                "np" if np is not None else "none", "direct:nested", outer.sentence, origin=open_)
        )  # fmt: skip
        pos = close + 1
    return found


_NOT_SPEAKERS = frozenset({"and", "but", "or", "then", "just", "so"})
# Words before an inner cue that make it a supposed or habitual saying, not one reported
_MODALS = frozenset(
    {"would", "will", "could", "can", "might", "should", "must", "to", "always", "never", "may",
     "’d", "'d", "’ll", "'ll"}
)  # fmt: skip


def _hypothetical(text: str, lo: int, cue_at: int) -> bool:
    """Whether a modal, ``to`` or a contracted ``’d``/``’ll`` stands just before the inner cue
    at ``cue_at`` (``I would say``, ``they’d go``, ``no way for us to say``)."""
    before = text[max(lo, cue_at - 20) : cue_at].split()
    if not before:
        return False
    last = before[-1].lower()
    if last in _MODALS or last.endswith(("’d", "'d", "’ll", "'ll")):
        return True
    return len(before) >= 2 and before[-2].lower() in _MODALS and last in {"always", "just", "never", "also"}


def _inner_close(text: str, start: int, end: int, close_mark: str) -> int:
    """Where the inner quotation opened before ``start`` closes, or -1: a single closing mark
    with a letter right after it is an apostrophe (``that’s``, ``don't``), not the close."""
    at = text.find(close_mark, start, end)
    while at >= 0 and close_mark in "’'" and text[at + 1 : at + 2].isalpha():
        at = text.find(close_mark, at + 1, end)
    return at
