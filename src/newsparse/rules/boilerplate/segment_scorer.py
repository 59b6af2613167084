"""A learned scorer for the footer lines no shape rule recognised (issues #9, #11).

The shape rules of this package were written from the pages we annotated and find little on
outlets they were not written from: recall is the gap. This stage reads every line of the page
through a few generic, language-neutral features and a logistic model trained on all our
opened annotated sets (``tools/train_footer_scorer.py`` writes the weights to
:mod:`~newsparse.rules.boilerplate.scorer_weights`), and claims the still-free lines it scores
above a threshold as :class:`~newsparse.Boilerplate` of kind ``"scored"``.

A line's features (:data:`FEATURES`): where it sits (from the start, from the end, after the
story's last prose paragraph), its length, whether it ends a sentence, its share of capitalised
words, of the language's function words (prose has many) and of digits, links and handles, the
language's call-to-action, promo and label words, ``©``, a bullet, a trailing ``...``, quote
marks, whether the page repeats it, and what the rules before this one made of it (footer,
byline/headline/dateline, tweet/embed/also-read). Each line also sees the features of the
lines above and below it, so a run of junk lifts its members.

The stage runs after every structural rule (the parser puts it after the datelines): it never
claims a line another rule took, nor a line that reads as a paragraph of the story, a row of a
data table or a long line with quote marks (left to the quote rule). It claims the lines of the
page's junk *tail* (:func:`best_tail`: where the suffix of scores, less the threshold, sums
highest), runs of lines as one item each; a page of fewer than :data:`MIN_LINES` lines is not
scored.

>>> import newsparse
>>> story = "".join(f"Der Gemeinderat hat am {day} über die Bibliotheken der Stadt beraten.\\n"
...                 for day in ("Montag", "Dienstag", "Mittwoch", "Donnerstag", "Freitag", "Samstag"))
>>> tail = "Neue Bürgermeisterin ernennt Stellvertreter\\nSchulen planen längere Sommerferien"
>>> [(b.kind, b.text.split("\\n")) for b in newsparse.parse(story + tail).boilerplate]
[('scored', ['Neue Bürgermeisterin ernennt Stellvertreter', 'Schulen planen längere Sommerferien'])]
"""

from __future__ import annotations

import math
import operator
from collections.abc import Iterator, Sequence

import attrs

from newsparse._document import Document
from newsparse._model import (
    AlsoRead,
    Boilerplate,
    Byline,
    Caption,
    Dateline,
    Embed,
    Headline,
    Timestamp,
    Tweet,
)
from newsparse.lang import UNDETERMINED
from newsparse.rules.boilerplate import scorer_weights as _W

__all__ = [
    "FEATURES",
    "MEMBER_MARGIN",
    "SegmentScorerRule",
    "best_tail",
    "claimable",
    "claimed_runs",
    "line_features",
    "line_scores",
    "model_rows",
]

FEATURES: tuple[str, ...] = (
    "position",  # the line's index over the page's non-blank lines, 0 to 1
    "first_two",  # one of the first two lines
    "last_three",  # one of the last three lines
    "length",  # characters, up to 600, scaled to 0-1
    "short",  # under 40 characters
    "long",  # over 200 characters
    "sentence_end",  # ends in . ! ? or a closing quote
    "capitalised",  # share of words opening in a capital
    "function_words",  # share of the language's function words (prose has many)
    "digits",  # share of characters that are digits
    "link",  # a URL, www., an @handle or a #hashtag
    "promo_words",  # the language's call-to-action, promo and label words, up to 3, scaled
    "copyright",  # a © sign
    "repeated",  # the same line appears elsewhere on the page
    "bullet",  # opens with a bullet
    "ellipsis",  # ends in ... (a teaser cut off)
    "quote_marks",  # holds a quotation mark
    "ruled_footer",  # an earlier rule took (part of) it as boilerplate, caption or timestamp
    "ruled_furniture",  # taken as byline, headline or dateline
    "ruled_embed",  # taken as tweet, embed or also-read
    "after_story",  # after the last prose paragraph
    "story_distance",  # lines after (or before, negative) the last prose paragraph, /10, clipped
    "few_words",  # three words or fewer
    "separators",  # two or more | • · separators
    "lower_start",  # opens in lower case
)
"""The names of one line's features, in order; the model sees them for the line, the line above
and the line below (``3 * len(FEATURES)`` weights)."""

_N = len(FEATURES)
_MAX_LENGTH = 600  # the length feature saturates here
_PROSE_LINE = 120  # a line this long ending a sentence is a story paragraph (the story's end)
_MAX_CLAIM = 600  # a longer line is a paragraph or a joined scrape: never claimed whole
_SENTENCE_END = frozenset(".!?\"”’'»)…:।。？！؟")
_QUOTES = ('"', "“", "”", "«", "»", "„")
_MAX_WORDS = 60  # a line's shares of capitals and function words are read over its first words
_BULLETS = frozenset("-•*·▸►–|")
_SEPARATORS = "|•·›"
_LINK_MARKS = ("http", "www.", "@", "#")
_FOOTER_TYPES = (Boilerplate, Caption, Timestamp)
_FURNITURE_TYPES = (Byline, Headline, Dateline)
_EMBED_TYPES = (Tweet, Embed, AlsoRead)
_SPEECH_QUOTE = 80  # a free line this long with quote marks may be a quote: left alone
# Indexes of features the claim step reads.
_SENTENCE, _QUOTE_MARKS, _LOWER_START, _RULED_FOOTER, _RULED_FURNITURE, _RULED_EMBED = (
    FEATURES.index(name)
    for name in (
        "sentence_end",
        "quote_marks",
        "lower_start",
        "ruled_footer",
        "ruled_furniture",
        "ruled_embed",
    )
)
_ELLIPSIS, _FUNCTION_WORDS, _CAPITALISED = (
    FEATURES.index(n) for n in ("ellipsis", "function_words", "capitalised")
)
_BULLET = FEATURES.index("bullet")
_CUES = tuple(FEATURES.index(n) for n in ("ruled_footer", "link", "promo_words", "copyright", "ellipsis"))
_UNSPACED_SHARE = 15  # fewer spaces than one in this many characters: a script written without spaces
_UNSPACED_PROSE = 40  # a line of a script written without spaces this long is a paragraph
_LOWER_CASE = 0.2  # a long line with fewer of its words capitalised is prose
_PROSE_FUNCTION_WORDS = 0.15  # a short paragraph holds at least this share of function words
_PROSE_FUNCTION_WORDS_LONG = 0.2  # a long line this full of function words is prose, however it ends
_SHORT_PROSE = 25  # the shortest line ending a sentence read as a paragraph of the story
_PROSE_CAPITALS = 0.5  # a paragraph's words open in a capital less often than this
_NOUN_CAPITALS = 0.7  # the same in a language that capitalises its nouns (German)
MIN_LINES = 8
"""A page of fewer non-blank lines is not scored: where the story ends is guesswork there, and
the model learnt from whole pages."""
MEMBER_MARGIN = 0.15
"""Inside the junk tail a line is claimed from this much under the threshold."""


def _owners(document: Document, lines: Sequence[int]) -> dict[int, int]:
    """Line index -> which rules claimed (part of) it: bit 1 footer, 2 furniture, 4 embed."""
    owners: dict[int, int] = {}
    index = document.index
    for item in document.items:
        if isinstance(item, _FOOTER_TYPES):
            bit = 1
        elif isinstance(item, _FURNITURE_TYPES):
            bit = 2
        elif isinstance(item, _EMBED_TYPES):
            bit = 4
        else:
            continue
        first, last = index.line_at(item.span.start), index.line_at(max(item.span.end - 1, item.span.start))
        for i in range(first, last + 1):
            owners[i] = owners.get(i, 0) | bit
    return owners


def line_features(document: Document) -> tuple[tuple[int, ...], list[list[float]]]:
    """The non-blank line indexes of ``document`` and each one's own features (:data:`FEATURES`).

    >>> doc = Document.from_text("Harbour reopens\\n\\nShare this story")
    >>> lines, rows = line_features(doc)
    >>> lines, len(rows[0]) == len(FEATURES)
    ((0, 2), True)
    """
    text = document.text
    tables = document.tables
    function_words = tables.function_words
    promo = tables.cta_verbs | tables.promo_nouns | tables.label_words
    lines = document.index.nonblank
    starts, ends = document.line_starts, document.line_ends
    owners = _owners(document, lines)
    stripped = [text[starts[i] : ends[i]].strip() for i in lines]
    seen: dict[str, int] = {}
    for line in stripped:
        seen[line] = seen.get(line, 0) + 1
    story_end = -1
    for k, line in enumerate(stripped):
        if len(line) >= _PROSE_LINE and line[-1] in _SENTENCE_END:
            story_end = k
    last = len(lines) - 1
    rows: list[list[float]] = []
    for k, line in enumerate(stripped):
        # The words of a paragraph's opening are enough for its shares (a joined scrape may
        # hold thousands): the first _MAX_WORDS, the rest left in one piece and dropped.
        words = line.split(None, _MAX_WORDS)[:_MAX_WORDS]
        n_words = max(1, len(words))
        length = len(line)
        lowered = [w.strip(".,;:!?\"'“”‘’()«»").lower() for w in words]
        owner = owners.get(lines[k], 0)
        rows.append(
            [
                k / max(1, last),
                float(k < 2),
                float(k >= last - 2),
                min(length, _MAX_LENGTH) / _MAX_LENGTH,
                float(length < 40),
                float(length > 200),
                float(line[-1] in _SENTENCE_END),
                sum(w[:1].isupper() for w in words) / n_words,
                sum(w in function_words for w in lowered) / n_words,
                sum(map(str.isdigit, line)) / length,
                float(any(mark in line for mark in _LINK_MARKS)),
                min(sum(w in promo for w in lowered), 3) / 3,
                float("©" in line),
                float(seen[line] > 1),
                float(line[0] in _BULLETS),
                float(line.endswith(("...", "…"))),
                float(any(mark in line for mark in _QUOTES)),
                float(owner & 1 != 0),
                float(owner & 2 != 0),
                float(owner & 4 != 0),
                float(story_end >= 0 and k > story_end),
                max(-1.0, min(1.0, (k - story_end) / 10)) if story_end >= 0 else 0.0,
                float(len(words) <= 3),
                float(sum(line.count(c) for c in _SEPARATORS) >= 2),
                float(line[0].islower()),
            ]
        )
    return lines, rows


def _with_neighbours(rows: list[list[float]], k: int) -> list[float]:
    """Line ``k``'s features followed by those of the line above and the line below."""
    blank = [0.0] * _N
    return rows[k] + (rows[k - 1] if k else blank) + (rows[k + 1] if k + 1 < len(rows) else blank)


def model_rows(rows: list[list[float]]) -> list[list[float]]:
    """Every line's model input: its features and its neighbours' (what the weights multiply)."""
    return [_with_neighbours(rows, k) for k in range(len(rows))]


def line_scores(rows: list[list[float]], weights: Sequence[float], bias: float) -> list[float]:
    """The model's footer probability for every line, from :func:`line_features` rows."""
    scores = []
    mul = operator.mul
    for x in model_rows(rows):
        z = bias + sum(map(mul, weights, x))
        z = max(-30.0, min(30.0, z))
        scores.append(1.0 / (1.0 + math.exp(-z)))
    return scores


def _strip(text: str, s: int, e: int) -> tuple[int, int]:
    """``[s, e)`` without its surrounding whitespace."""
    while s < e and text[s].isspace():
        s += 1
    while e > s and text[e - 1].isspace():
        e -= 1
    return s, e


def _floats(values: Sequence[float]) -> tuple[float, ...]:
    """The weights as a tuple of floats (a typed converter)."""
    return tuple(float(v) for v in values)


@attrs.frozen(slots=True)
class SegmentScorerRule:
    """Claim the free lines the learned footer model scores above :attr:`threshold`.

    >>> rule = SegmentScorerRule(threshold=1.0)  # a threshold no score reaches: off
    >>> list(rule(Document.from_text("Share this story")))
    []
    """

    name: str = "scored_footers"
    """The rule's name in a :class:`~newsparse.Parser`."""
    weights: tuple[float, ...] = attrs.field(default=_W.WEIGHTS, converter=_floats)
    """One weight per model input: :data:`FEATURES` of the line, the line above, the line below."""
    bias: float = _W.BIAS
    """The model's intercept."""
    threshold: float = _W.THRESHOLD
    """The probability from which a line is claimed (chosen by cross-validation across sources)."""

    @weights.validator
    def _check(self, _attribute: object, value: tuple[float, ...]) -> None:
        if len(value) != 3 * _N:
            raise ValueError(f"weights must hold {3 * _N} numbers (3 x len(FEATURES)), not {len(value)}")

    def __call__(self, document: Document) -> Iterator[Boilerplate]:
        """Yield a ``"scored"`` :class:`~newsparse.Boilerplate` for each claimed run, in order."""
        if self.threshold > 1.0:
            return
        lines, rows = line_features(document)
        if len(lines) < MIN_LINES:
            return  # (before scoring: claimed_runs would refuse the page)
        scores = line_scores(rows, self.weights, self.bias)
        for s, e in claimed_runs(document, lines, rows, scores, self.threshold):
            yield Boilerplate(document.span(s, e), kind="scored")


def _prose(row: list[float], text: str, s: int, e: int, capitals: float, function_words: float) -> bool:
    """Whether the line ``text[s:e]`` reads as a story paragraph: long and full of the
    language's function words; or, not cut off with ``...``, long (for a script written without
    spaces, :data:`_UNSPACED_PROSE` characters are long) and mostly in lower case (a script
    without case counts as lower); or ending a sentence with fewer than ``capitals`` of its
    words capitalised (more in a language that capitalises its nouns), long or, shorter, with
    ``function_words`` of its words the language's function words (none needed when the
    language is unknown). Teasers of other stories and readers' comments read so too, but a
    paragraph of the story lost costs a reader more than a teaser left in."""
    length = e - s
    words = row[_FUNCTION_WORDS]
    long = length >= _PROSE_LINE
    if long and words >= _PROSE_FUNCTION_WORDS_LONG:
        return True  # cut off with "..." too: a paywall cuts the story's own last paragraph
    if row[_ELLIPSIS]:
        return False
    if text.count(" ", s, e) * _UNSPACED_SHARE < length:
        return length >= _UNSPACED_PROSE
    if long and row[_CAPITALISED] < _LOWER_CASE:
        return True
    if row[_SENTENCE] != 1.0 or row[_CAPITALISED] >= capitals:
        return False
    return long or (length >= _SHORT_PROSE and words >= function_words)


def _data_row(text: str, s: int, e: int) -> bool:
    """Whether a line is a row of a data table (``| Tag | Datum | Uhrzeit |``): a page's own
    timetable or price list as often as furniture, and the model learnt from news pages that
    hold few. A layout table's row, its cells mostly empty (``|  | Home |  |``), is not one."""
    if text[s] != "|":
        return False
    cells = text[s:e].split("|")[1:-1]
    return sum(1 for cell in cells if cell.strip()) * 2 > len(cells)


def _free_lines(
    document: Document, lines: Sequence[int], rows: list[list[float]]
) -> tuple[list[tuple[int, int, int]], frozenset[int]]:
    """The claimable lines (see :func:`claimable`) and the indexes of the free lines that read
    as the story's paragraphs (:func:`_prose`)."""
    text = document.text
    claims = document.line_claims
    starts, ends = document.line_starts, document.line_ends
    capitals = _NOUN_CAPITALS if document.tables.nouns_capitalised else _PROSE_CAPITALS
    # A text in a language without tables is read with the English words: they say nothing.
    known = document.language != UNDETERMINED and bool(document.tables.function_words)
    function_words = _PROSE_FUNCTION_WORDS if known else 0.0
    out = []
    story = []
    for k, i in enumerate(lines):
        if claims[i]:
            continue
        s, e = _strip(text, starts[i], ends[i])
        if e - s > _MAX_CLAIM or (e - s > _SPEECH_QUOTE and rows[k][_QUOTE_MARKS]):
            story.append(k)
            continue
        if k and rows[k][_LOWER_START] and not rows[k - 1][_SENTENCE]:
            continue  # the rest of the sentence above
        if _prose(rows[k], text, s, e, capitals, function_words):
            story.append(k)
            continue
        if _data_row(text, s, e) or s > starts[i]:
            continue  # a table's row, an indented line (code, verse): structured content
        out.append((k, s, e))
    return out, frozenset(story)


def claimable(
    document: Document, lines: Sequence[int], rows: list[list[float]]
) -> list[tuple[int, int, int]]:
    """The lines the scorer may claim: ``(k, start, end)`` with ``k`` an index into ``lines``.

    Wholly free lines only; not a joined line, nor a long line holding quote marks (left to the
    quote rule), nor a line continuing a sentence of the line above (a hard-wrapped text), nor a
    line reading as a paragraph, nor a row of a data table.
    """
    return _free_lines(document, lines, rows)[0]


def best_tail(
    rows: list[list[float]], scores: Sequence[float], threshold: float, story: frozenset[int] = frozenset()
) -> int:
    """The first line of the page's junk tail: the suffix of lines whose scores, less
    ``threshold``, sum highest (``len(rows)`` when no suffix sums above zero).

    Lines an earlier rule took as footers count as sure junk, lines it took as story furniture
    (a byline, a tweet) count nothing, the ``story`` lines (paragraphs) as sure story. A tail is a
    run: the story's own short last paragraph, or a subheading, scores high alone but sits
    above paragraphs that score low, so no tail holds it.
    """
    best, best_at, total = 0.0, len(rows), 0.0
    for k in range(len(rows) - 1, -1, -1):
        row = rows[k]
        if row[_RULED_FOOTER]:
            total += 1.0 - threshold
        elif k in story:
            total -= threshold
        elif not (row[_RULED_FURNITURE] or row[_RULED_EMBED]):
            total += scores[k] - threshold
        if total > best:
            best, best_at = total, k
    return best_at


def claimed_runs(
    document: Document,
    lines: Sequence[int],
    rows: list[list[float]],
    scores: Sequence[float],
    threshold: float,
    member: float | None = None,
) -> list[tuple[int, int]]:
    """The ``(start, end)`` runs to claim: the claimable lines of the junk tail
    (:func:`best_tail`) scored at ``member`` or more (``threshold`` less :data:`MEMBER_MARGIN`
    by default), lines next to each other joined into one run (one footer item, as annotators
    list them). Not a run the story introduces (under a sentence ending in a colon: ``The
    districts affected are:``), nor a bulleted run with no sign of furniture (:func:`_junk_cue`):
    a story's own lists (winners under each award, a product's specifications) score as high."""
    if len(lines) < MIN_LINES:
        return []
    member = threshold - MEMBER_MARGIN if member is None else member
    free, story = _free_lines(document, lines, rows)
    first = best_tail(rows, scores, threshold, story)
    runs: list[tuple[int, int]] = []
    keep: list[bool] = []  # per run: no list, or a list with a sign of furniture
    cued = False
    previous = -2
    for k, s, e in free:
        if k < first or scores[k] < member:
            continue
        if k == previous + 1 and runs:
            runs[-1] = (runs[-1][0], e)
            cued = cued or _junk_cue(rows, k)
            keep[-1] = (keep[-1] and rows[k][_BULLET] == 0.0) or cued
        else:
            runs.append((s, e))
            cued = _junk_cue(rows, k)
            keep.append((rows[k][_BULLET] == 0.0 or cued) and not _introduced(document, lines, k))
        previous = k
    # A run of marks alone (``-``, ``--``, ``*``) is left: harmless in the body, and no item.
    text = document.text
    return [
        run
        for run, kept in zip(runs, keep, strict=True)
        if kept and any(map(str.isalnum, text[run[0] : run[1]]))
    ]


def _introduced(document: Document, lines: Sequence[int], k: int) -> bool:
    """Whether the line above line ``k`` is a sentence of the story ending in a colon."""
    if k == 0:
        return False
    text = document.text
    s, e = _strip(text, document.line_starts[lines[k - 1]], document.line_ends[lines[k - 1]])
    return e - s >= _SHORT_PROSE and text[e - 1] == ":"


def _junk_cue(rows: list[list[float]], k: int) -> bool:
    """Whether line ``k`` or a line next to it shows a sign of furniture besides its shape: an
    earlier rule's footer, a link or handle, a call-to-action, promo or label word of the
    language, ``©``, a teaser's ``...``. A run with none (a list of the story's own, under
    headings) is left alone however high its shape scores."""
    return any(0 <= j < len(rows) and any(rows[j][f] for f in _CUES) for j in (k - 1, k, k + 1))
