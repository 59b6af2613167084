"""A byline line scorer: per-line evidence, weighed, for the byline shapes no look knows.

The looks of :mod:`.bylines` each know one shape (``By NAME``, ``NAME, Staff Writer``, an
agency tag); a page from an outlet whose shape none of them knows loses its byline. This
stage reads every short line of the two zones where bylines stand (above the story's second
long line, a dek being the first, and under its last one) and any line opening with a photo
label, that no rule took, and weighs generic evidence:

- what opens the line: a byline prefix or credit label of the language (``Von``, ``Autor:``,
  ``Texto de``), or a photo label with its colon (``Foto:``, ``Credit:``, ``Courtesy of``);
- what the rest looks like: a name (capitalised words, a known given name), an agency, an
  ``x/agency`` desk tag, an email or ``@handle``, a job title, a date and clock time after the
  name, a desk's initials alone under the story's last sentence;
- what speaks against it: a sentence (a final full stop, function words, lower-case words),
  a name the story itself mentions (a person in the story or a speaker, not its writer), a
  long line.

The evidence is a handful of numbers (:func:`line_evidence`); the weights are data
(:mod:`.byline_weights`), read as a logistic model's, and a line is a byline when its
probability reaches :attr:`LineScorer.threshold`. They are set by hand: the opened annotated
pages hold too few bylines the looks miss (56 candidate lines in all), and weights fitted on
them by ``tools/fit_byline_weights.py`` lost most of their precision on the other fold of
outlets, which the hand weights kept; the looks keep precision, this stage adds recall.

>>> import newsparse
>>> page = "Rain floods the old port\\nText: Jana Roth\\n" + "The harbour flooded again. " * 8
>>> [b.text for b in newsparse.parse(page).bylines]
['Text: Jana Roth']
"""

from __future__ import annotations

import functools
import math
from collections.abc import Iterator, Sequence
from typing import NamedTuple

import attrs
import regex

from newsparse._document import Document
from newsparse._model import Byline, Span
from newsparse.rules.furniture.byline_weights import WEIGHTS
from newsparse.rules.furniture.patterns import (
    AGENCIES,
    BYLINE_PREFIXES,
    CAPTION_LABELS,
    CAPTION_LINES,
    CREDIT_LABELS,
    NOT_NAME_WORDS,
    ROLES,
    LazyPattern,
)

__all__ = ["DEFAULT_SCORER", "LineEvidence", "LineScorer", "line_evidence", "probability", "scored_bylines"]

# A story's paragraph: the zones end (top) and start (bottom) at lines this long.
_PARAGRAPH = 150
# The longest line the scorer reads (a credit with several names fits; a paragraph does not).
_MAX_LINE = 120
# How many non-blank lines from the top, and from the last paragraph down, are read.
_TOP_LINES = 10
_END_LINES = 8

# Opening characters to look past: list bullets, dashes, bars, blanks.
_LEAD = " \t\u00a0-–—•·*|>"

# Particles inside a name, written in lower case (``Ana de la Cruz``, ``Jan van Dijk``).
_PARTICLES = frozenset(
    (
        "de", "da", "do", "dos", "das", "del", "della", "di", "du", "la", "le", "van", "von", "der",
        "den", "ten", "ter", "y", "e", "al", "el", "bin", "bint",
        # and the words joining the names of a list ("Jana Roth und Omar Said")
        "and", "und", "et", "i", "og", "och", "en",
    )
)  # fmt: skip

# Caption labels that open a caption's words rather than a credit (``Video: Rescuers reach …``).
_NOT_CREDIT_LABELS = frozenset(("Video", "VIDEO", "Vídeo", "Graphic", "Graphics", "Grafik", "Archivo"))

# A capitalised word (a name's word or an initial: ``Jana``, ``O'Neil``, ``J.``, ``LK``).
_NAME_WORD = LazyPattern(r"\p{Lu}[\p{L}'’\-]{0,25}+\.?+")
# An email address or a social handle.
_CONTACT = LazyPattern(r"[\w.+-]{1,64}+@[\w-]{1,63}+\.[\w.]{2,30}+|(?<![\w@])@\w{2,30}+")
# A writer's or desk's initials or desk tag alone, bracketed or not (``LK``, ``(jg)``,
# ``aja/PAP``, ``(dr/spot)``): alone under the story's last sentence they sign it.
_INITIALS = LazyPattern(r"\(?+(?:\p{Lu}{2,4}+|\p{Ll}{2,4}+|[\p{L}.]{1,8}+/[\p{L}.]{2,8}+)\)?+")

_IMAGE_CREDIT_LINES = frozenset(CAPTION_LINES)

# A desk tag: initials or a name, a slash, an agency or more initials (``det/dpa``, ``PM DJV/fh``).
_DESK_TAG = LazyPattern(r"(?<![\w/])[\p{L}.]{1,12}+/[\p{L}.]{1,12}+(?![\w/])")
# Words of a sentence: runs of letters.
_WORD = LazyPattern(r"[\p{L}'’]{1,40}+")


class LineEvidence(NamedTuple):
    """The evidence about one line, each a number in [0, 1]; see :data:`.byline_weights.FEATURES`."""

    values: tuple[float, ...]
    """One value per feature, in the order of :data:`.byline_weights.FEATURES`."""
    label_end: int
    """Where the text after an opening label or prefix starts (the line's start without one)."""
    photo: bool
    """Whether a photo label opens the line."""
    credit: bool
    """Whether a photo or credit label opens the line, or it is a closing desk tag (the item
    is then a ``credit``)."""
    length: int
    """How much of the line the item takes (a stamp after the name stays out)."""


class _Vocab(NamedTuple):
    labels: tuple[str, ...]  # byline prefixes and credit labels, longest first
    photo: tuple[str, ...]  # photo labels, longest first
    agencies: frozenset[str]  # lower-cased
    credits: frozenset[str]  # the credit labels (not byline prefixes), without colons
    roles: LazyPattern  # a job title as a word (``Reporter``, ``Software-Redaktion``)
    not_name: frozenset[str]  # lower-cased words never a name nor initials ("mfg": a greeting)


@functools.lru_cache(maxsize=32)
def _vocab(
    prefixes: tuple[str, ...],
    credits: tuple[str, ...],
    captions: tuple[str, ...],
    agencies: tuple[str, ...],
    roles: tuple[str, ...] = (),
    not_name: tuple[str, ...] = (),
) -> _Vocab:
    labels = sorted({p.strip() for p in (*BYLINE_PREFIXES, *prefixes, *CREDIT_LABELS, *credits) if p.strip()})
    photo = sorted(
        {c.strip().rstrip(":").strip() for c in (*CAPTION_LABELS, *captions) if c.strip()}
        - _NOT_CREDIT_LABELS
    )
    photo.extend(("Courtesy of", "courtesy of", "Photography by", "Photos by", "Photo by"))
    photo = sorted(set(photo), key=len, reverse=True)
    return _Vocab(
        tuple(sorted(labels, key=len, reverse=True)),
        tuple(photo),
        frozenset(a.lower() for a in (*AGENCIES, *agencies)),
        frozenset(c.strip().rstrip(":").strip() for c in (*CREDIT_LABELS, *credits)),
        _roles_pattern((*ROLES, *roles)),
        frozenset(w.lower() for w in (*NOT_NAME_WORDS, *not_name)),
    )


# Role words too plain to tell a byline by (``Team USA``, ``Staff``, ``the Desk``).
_PLAIN_ROLE_MIN = 6


def _roles_pattern(roles: tuple[str, ...]) -> LazyPattern:
    """A case-blind pattern for the job titles of ``roles`` standing as words."""
    kept = sorted({r for r in roles if " " in r.strip() or len(r) >= _PLAIN_ROLE_MIN}, key=len, reverse=True)
    # compiled when a line is first weighed (most pages have none to weigh)
    return LazyPattern(r"(?<!\p{L})(?:" + "|".join(map(regex.escape, kept)) + r")(?!\p{L})", regex.IGNORECASE)


def _document_vocab(document: Document) -> _Vocab:
    t = document.tables
    return _vocab(
        t.byline_prefixes, t.credit_labels, t.caption_labels, t.agencies, t.byline_roles, t.byline_stopwords
    )


def _opening(line: str, labels: tuple[str, ...]) -> int:
    """The end of the label of ``labels`` opening ``line`` (with its colon), else 0.

    A label must stand as words: followed by a colon, a blank or the line's end."""
    for label in labels:
        if line.startswith(label):
            end = len(label)
            if end < len(line) and not (label[-1] == ":" or line[end] in " \u00a0:"):
                continue  # "Photography", "Author, Article and Disclosure Information"
            while end < len(line) and line[end] in " \u00a0:":
                end += 1
            return end
    return 0


# The words that make a photo label a credit without a colon (``Photos by``, ``Fotos von``,
# ``Foto di``, ``Photos de``, ``Courtesy of``).
_BY_WORDS = frozenset(("by", "of", "von", "de", "di", "par", "por", "da", "door"))


def _credit_label_end(line: str, end: int) -> int:
    """Where the credit starts after the photo label ending at ``end``: after its colon, or
    after a by-word closing the label or following it (``Photos by``, ``Foto von``); else -1
    (a label with neither opens a caption: ``Photo gallery``)."""
    if ":" in line[:end]:
        return end
    head = line[:end].split()
    if head and head[-1].lower() in _BY_WORDS:
        return end
    rest = line[end:].split(None, 1)
    if len(rest) == 2 and rest[0] in _BY_WORDS:
        return len(line) - len(rest[1])
    return -1


# The characters of a publishing stamp after a name (``3/5/2022 22:41``, ``03.05.2022, 10:20``).
_STAMP_CHARS = frozenset("0123456789/.:-, \u00a0")


def _name_then_stamp(rest: str) -> int:
    """The length of the name when ``rest`` is two to four capitalised words, then a date and
    a clock time only (``Jana Roth 3/5/2022 22:41``: the writer's line of a site that stamps
    it; the stamp is the page's timestamp, not the byline), else 0."""
    digit = next((i for i, c in enumerate(rest) if c.isdigit()), -1)
    if digit <= 0:
        return 0
    head, tail = rest[:digit].split(), rest[digit:].rstrip()
    if not 2 <= len(head) <= 4 or not all(_NAME_WORD.fullmatch(w) for w in head):
        return 0
    if not set(tail) <= _STAMP_CHARS or ":" not in tail:
        return 0
    date = tail.split()[0]
    if not any(sep in date for sep in "/.-") or sum(c.isdigit() for c in date) < 4:
        return 0
    return len(rest[:digit].rstrip())


def line_evidence(
    line: str,
    document_text: str,
    vocab: _Vocab,
    function_words: frozenset[str],
    zone_top: bool,
    given: frozenset[str],
    under_sentence: bool = False,
) -> LineEvidence:
    """The evidence about ``line`` (stripped, without its bullet) on a page of ``document_text``.

    ``zone_top`` says whether the line stands above the story (else under it); ``given`` are
    known given names, lower-cased; ``under_sentence`` says whether a sentence of some length
    ends right above the line.
    """
    lead = len(line) - len(line.lstrip("("))  # "(Credit: Jane Roe / Grist)"
    photo_end = _opening(line[lead:], vocab.photo)
    credit_at = _credit_label_end(line, lead + photo_end) if photo_end else -1
    photo = credit_at > 0
    label_end = credit_at if photo else _opening(line, vocab.labels)
    rest = line[label_end:].strip()
    initials = (
        under_sentence
        and not zone_top
        and _INITIALS.fullmatch(line) is not None
        and line.strip("()") not in _IMAGE_CREDIT_LINES  # "(EPA)": the picture's, not the story's
        and line.strip("()").lower() not in vocab.not_name  # "MFG", "LG": a reader's greeting
    )
    if initials:
        rest = ""  # a desk tag is no word of prose, whatever its case
    # an agency, a desk tag or an address is written as it is registered, not as prose
    plain = _CONTACT.sub(" ", _DESK_TAG.sub(" ", rest))
    words = [w for w in (m.group(0) for m in _WORD.finditer(plain)) if w.lower() not in vocab.agencies]
    lower = [w for w in words if w[:1].islower() and w.lower() not in _PARTICLES]
    names = [m.group(0) for m in _NAME_WORD.finditer(rest)]
    capital_share = len(names) / len(words) if words else 0.0
    name_shape = 1.0 if not lower and 1 <= len(names) <= 6 else 0.0
    agency = any(m.group(0).lower() in vocab.agencies for m in _WORD.finditer(rest))
    surname = names[-1].rstrip(".") if names else ""
    mentioned = 0.0
    if len(surname) >= 4 and name_shape and not agency and not label_end:
        # a person the story mentions: the surname stands elsewhere on the page too (a
        # labelled line says what it is: its name may stand again in an author box)
        mentioned = 1.0 if document_text.count(surname) >= 2 else 0.0
    end_char = line[-1:]
    sentence = end_char in ".!?" and not (len(names) and names[-1].endswith(".") and len(names[-1]) <= 3)
    function_hits = sum(1 for w in lower if w.lower() in function_words)
    stamped = _name_then_stamp(rest) if not label_end else 0
    values = (
        1.0,  # bias
        1.0 if label_end and not photo else 0.0,
        1.0 if photo else 0.0,
        name_shape,
        1.0 if names and names[0].lower() in given else 0.0,
        1.0 if agency else 0.0,
        1.0 if _DESK_TAG.search(rest) else 0.0,
        1.0 if _CONTACT.search(rest) else 0.0,
        1.0 if sentence else 0.0,
        min(function_hits, 3) / 3,
        len(lower) / len(words) if words else 0.0,
        capital_share,
        mentioned,
        min(len(line), _MAX_LINE) / _MAX_LINE,
        1.0 if zone_top else 0.0,
        1.0 if line.startswith("(") and line.endswith(")") else 0.0,
        1.0 if initials else 0.0,
        1.0 if vocab.roles.search(rest) else 0.0,
        1.0 if stamped else 0.0,
    )
    credit = photo or initials or line[:label_end].strip().rstrip(":").strip() in vocab.credits
    return LineEvidence(values, label_end, photo, credit, stamped or len(line))


def probability(values: Sequence[float], weights: Sequence[float] = WEIGHTS) -> float:
    """The logistic model's probability that a line with evidence ``values`` is a byline."""
    z = sum(v * w for v, w in zip(values, weights, strict=True))
    return 1.0 / (1.0 + math.exp(-max(-30.0, min(30.0, z))))


class Candidate(NamedTuple):
    """A line the scorer reads: its span (stripped, past its bullet) and its zone."""

    span: Span
    top: bool
    under_caption: bool
    """Whether a short sentence stands right above (a caption the credit belongs to)."""
    under_sentence: bool
    """Whether a sentence of some length ends right above (the story's last, or a caption)."""


def candidate_lines(document: Document, vocab: _Vocab | None = None) -> Iterator[Candidate]:
    """The short lines above the story's second long paragraph and under its last one (and
    a line anywhere that opens with a photo label), that no earlier rule claimed (any part
    of), in text order. Rows of a table (two bars) and numbered list items are left out."""
    text, starts, ends = document.text, document.line_starts, document.line_ends
    nonblank = document.index.nonblank
    long = [p for p, i in enumerate(nonblank) if ends[i] - starts[i] >= _PARAGRAPH and
            len(text[starts[i] : ends[i]].strip()) >= _PARAGRAPH]  # fmt: skip
    if not long:
        return
    # a dek may be as long as a paragraph: the story is under way at its second long line
    first, last = long[1] if len(long) > 1 else long[0], long[-1]
    top_end = min(first, _TOP_LINES)
    bottom_end = min(len(nonblank), last + 1 + _END_LINES)
    photo = (vocab or _document_vocab(document)).photo
    claims = document.line_claims
    for p, i in enumerate(nonblank):
        if claims and claims[i]:
            continue
        start, end = starts[i], ends[i]
        if end - start > 2 * _MAX_LINE:
            continue
        while start < end and text[start] in _LEAD:
            start += 1
        while end > start and text[end - 1].isspace():
            end -= 1
        if not 2 <= end - start <= _MAX_LINE:
            continue
        zone = p < top_end or last < p < bottom_end
        if not zone and not text.startswith(photo, start + (text[start] == "(")):
            continue  # outside the zones only a photo credit is weighed
        if text.count("|", start, end) >= 2 or _enumerated(text, start, end):
            continue
        above = _sentence_above(document, nonblank[p - 1]) if p else 0
        # a caption: a short sentence that is not the story's last (no paragraph over it)
        caption = 0 < above < _CAPTION_MAX and (p < 2 or _length(document, nonblank[p - 2]) < _PARAGRAPH)
        yield Candidate(Span.of(text, start, end), p < top_end, caption, above >= _SENTENCE_ABOVE)


def _sentence_above(document: Document, index: int) -> int:
    """The length of line ``index`` when it ends a sentence, else 0.

    Under a short one a photo credit belongs to its caption (``A school bus.`` over ``Photo:
    Jana Roth``); under a long one a desk's initials close the story."""
    line = document.text[document.line_starts[index] : document.line_ends[index]].strip()
    return len(line) if line and line[-1] in _SENTENCE_ENDS else 0


def _length(document: Document, index: int) -> int:
    """The length of line ``index`` without its surrounding blanks."""
    return len(document.text[document.line_starts[index] : document.line_ends[index]].strip())


# The longest caption a photo credit line under it belongs to.
_CAPTION_MAX = 100

# What ends a sentence, a closing quote included; and the shortest sentence a closing
# desk tag is read under.
_SENTENCE_ENDS = frozenset('.!?"”»')
_SENTENCE_ABOVE = 25


def _enumerated(text: str, start: int, end: int) -> bool:
    """Whether the line ``[start, end)`` opens as a numbered list item (``1. Jana Roth``, ``3) …``)."""
    pos = start
    while pos < end and pos - start < 3 and text[pos].isdigit():
        pos += 1
    return start < pos < end - 1 and text[pos] in ".)" and text[pos + 1].isspace()


@functools.cache
def _given_names() -> frozenset[str]:
    # imported here: the quote rule's package imports the furniture patterns
    from newsparse.rules.quotes.names import given_names

    female, male = given_names()
    return female | male


@attrs.frozen(slots=True)
class LineScorer:
    """Weigh the evidence of the short lines around a story and keep the likely bylines.

    >>> LineScorer().threshold
    0.6
    """

    weights: tuple[float, ...] = WEIGHTS
    """One weight per feature of :data:`.byline_weights.FEATURES` (the first is the bias)."""
    threshold: float = 0.6
    """The probability a line needs to be a byline."""

    def __call__(self, document: Document, taken: Sequence[Span] = ()) -> Iterator[Byline]:
        """Yield a byline (or a ``credit`` for a photo credit) for each candidate line that
        scores at least :attr:`threshold` and overlaps none of the spans in ``taken``."""
        yield from scored_bylines(document, taken, self.weights, self.threshold)


def scored_bylines(
    document: Document, taken: Sequence[Span], weights: Sequence[float], threshold: float
) -> Iterator[Byline]:
    """The bylines :class:`LineScorer` keeps (see there)."""
    vocab = _document_vocab(document)
    given = _given_names()
    function_words = document.tables.function_words
    for cand in candidate_lines(document, vocab):
        span = cand.span
        if any(t.start < span.end and span.start < t.end for t in taken):
            continue
        ev = line_evidence(
            span.text, document.text, vocab, function_words, cand.top, given, cand.under_sentence
        )
        if ev.photo and cand.under_caption:
            continue  # the caption rule takes the caption with its credit
        if probability(ev.values, weights) >= threshold:
            if ev.length < len(span.text):
                span = Span.of(document.text, span.start, span.start + ev.length)
            yield Byline(span, kind="credit" if ev.credit else "byline")


DEFAULT_SCORER = LineScorer()
"""The scorer :class:`~newsparse.rules.furniture.bylines.BylineRule` runs by default."""
