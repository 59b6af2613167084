"""Pull quotes: a line the page repeats, in large type, from a paragraph of the story.

Magazines and opinion pages set a sentence of the story apart as a display quote; the scrape
keeps it as a line of its own, near or far from the paragraph it was taken from. The copy is
page furniture (the story says it once): a line is a pull quote when

* it is short (25–320 characters), below the page's first lines (the headline and standfirst,
  which the lede often repeats), and either wrapped whole in quotation marks or a bare
  sentence of eight words at least (ending in ``.``, ``!`` or ``?``, holding no double quotation
  mark: a quotation followed by ``, she said.`` is the story's, a subhead has no sentence end);
* another line, at least 15 characters longer and no more than :data:`WINDOW` characters away,
  holds its first three words (one search in C, lower-cased) and 85 % of its words.

>>> text = ("Council keeps the libraries open\\nThe vote was close.\\nResidents had campaigned for a year.\\n"
...         "“We owe it to the town to keep every branch open,” said the mayor, Jo Kent, after the vote.\\n"
...         "“We owe it to the town to keep every branch open”\\nThe budget passes in March.")
>>> found: dict[tuple[int, int], str] = {}
>>> segments = [(i, s, s + len(line)) for i, (s, line) in enumerate(_lines(text))]
>>> pull_quotes(text, text.lower(), segments, found, 2, text.index("Residents"))
>>> [text[s:e] for s, e in found]
['“We owe it to the town to keep every branch open”']
"""

from __future__ import annotations

from collections.abc import Iterator

from newsparse.text.lazy import deferred_re

__all__ = ["WINDOW", "pull_quotes"]

WINDOW = 8_000
"""How far (in characters, either way) the paragraph a pull quote repeats is looked for: the
search stays linear in the text, and pages set the copy within a few screens of its source."""

_MIN_CHARS, _MAX_CHARS = 25, 320  # a display quote is a sentence or two
_MIN_WORDS_QUOTED = 5  # a quotation of fewer words may be a title or a slogan
_MIN_WORDS_BARE = 8  # a bare sentence repeated must be long enough not to repeat by chance
_LONGER = 15  # the source is a paragraph, not another copy of the line (a duplicated paragraph)
_SHARE = 0.85  # of the line's words found in the source (a display quote trims and joins)
_HITS = 4  # occurrences of the first words looked at (a common opening is not a pull quote)
_OPENERS = frozenset("\"“‘«„‚‹»›'")
_CLOSERS = frozenset("\"”’»«‹›“'")
# A bare line holding one of these quotes someone with an attribution around it: the story's.
_DOUBLE = ('"', "“", "”", "«", "»", "„")  # (six searches in C: no pattern to compile)
_WORD = deferred_re(r"\w+")
_LEADING = "\"“‘«„‚‹»›' \t\u00a0"  # before a copy's first word
_TRAILING = ",.;:!?\"”’»«‹›“')"  # after its third
# A closing mark, then words, then an opening mark: a quotation cut by its attribution.
# (German closes with ``“`` and opens with ``„``.)
_ATTRIBUTED = deferred_re(
    r"[”»«\"][^“”«»„\"]{0,80}?\w[^“”«»„\"]{0,80}?[“«»„\"]|“[^“”„]{0,80}?\w[^“”„]{0,80}?„"
)


def _lines(text: str) -> Iterator[tuple[int, str]]:
    """``(start, line)`` of every line (for the doctest)."""
    at = 0
    for line in text.split("\n"):
        yield at, line
        at += len(line) + 1


def _shape(text: str, s: int, e: int) -> int:
    """The fewest words ``text[s:e]`` must have to be a pull quote, or 0 when its shape rules it
    out (two character tests first: most lines of a story fail them)."""
    first, last = text[s], text[e - 1]
    if first in _OPENERS:
        # Wrapped whole: the closing mark ends it, a full stop or a question mark may follow;
        # a quotation cut by its attribution (``“…,” he said, “…”``) is the story's.
        end = text[s:e].rstrip(".!?…")
        if not end or end[-1] not in _CLOSERS or _ATTRIBUTED.search(text, s + 1, e) is not None:
            return 0
        return _MIN_WORDS_QUOTED
    if last not in ".!?" or not first.isupper() or any(mark in text[s:e] for mark in _DOUBLE):
        # A subhead (no sentence end), a figure of a list (``40 deaths in March.``), a key
        # point's bullet, a quotation with its speaker.
        return 0
    return _MIN_WORDS_BARE


def _opening(lower: str, s: int, e: int) -> str:
    """The first three words of ``lower[s:e]`` as written, without the quotation mark before
    them or the punctuation after them (``« Les 11 agences,`` → ``les 11 agences``); ``""``
    for a line of three words or fewer. String methods only: no pattern to compile."""
    parts = lower[s:e].lstrip(_LEADING).split(None, 3)
    if len(parts) < 4:
        return ""
    return " ".join(parts[:3]).rstrip(_TRAILING)


def _source_holds(lower: str, at: int, words: list[str], length: int, after: int) -> bool:
    """Whether the line of ``lower`` holding offset ``at`` starts at ``after`` or later, is
    longer than the candidate by :data:`_LONGER` and holds :data:`_SHARE` of its words."""
    ls = lower.rfind("\n", 0, at) + 1
    if ls < after:
        return False
    le = lower.find("\n", at)
    if le < 0:
        le = len(lower)
    if le - ls < length + _LONGER:
        return False
    held = frozenset(_WORD.findall(lower, ls, le))
    return sum(w in held for w in words) >= _SHARE * len(words)


def pull_quotes(
    text: str,
    lower: str,
    segments: list[tuple[int, int, int]],
    found: dict[tuple[int, int], str],
    top: int,
    lede: int,
) -> None:
    """Take the lines that repeat a longer paragraph's words (see the module's docstring).

    ``lower`` is ``text`` lower-cased with its offsets kept; ``top`` is the index of the page's
    third non-blank line (a quotation above it is the headline's or standfirst's; a bare
    sentence must stand one line lower still), ``lede`` the offset where that line starts: a bare
    sentence repeating the page's first lines closes the story as it opened (a summary), and is
    the story's.
    """
    taken = list(found)
    for idx, s, e in segments:
        if not _MIN_CHARS <= e - s <= _MAX_CHARS or idx < top:
            continue
        need = _shape(text, s, e)
        bare = need == _MIN_WORDS_BARE
        if not need or (bare and idx == top) or (s, e) in found:
            continue
        # The copy's first three words, where it opens (its last words, tried too, met more
        # quoted subheads than copies on the development sets).
        probe = _opening(lower, s, e)
        if probe and _repeated(lower, probe, (s, e), need, lede if bare else 0, taken):
            found[(s, e)] = "other"


def _repeated(
    lower: str, probe: str, at: tuple[int, int], need: int, after: int, taken: list[tuple[int, int]]
) -> bool:
    """Whether a line within :data:`WINDOW` of the copy at ``at`` holds ``probe`` (outside the
    copy and the footers ``taken``) and the copy's words, ``need`` at least
    (:func:`_source_holds`)."""
    s, e = at
    hi = min(len(lower), e + WINDOW)
    hit, hits = lower.find(probe, max(0, s - WINDOW), hi), 0
    words: list[str] | None = None
    while hit >= 0 and hits < _HITS:
        hits += 1
        if not s <= hit < e and not any(fs <= hit < fe for fs, fe in taken):
            if words is None:
                words = _WORD.findall(lower, s, e)  # (only for a copy whose opening recurs)
                if len(words) < need:
                    return False
            if _source_holds(lower, hit, words, e - s, after):
                return True
        hit = lower.find(probe, hit + 1, hi)
    return False
