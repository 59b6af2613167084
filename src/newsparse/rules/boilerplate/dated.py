"""Other stories listed with their dates (issue #9, eighth round).

A blog's "recent posts" widget and a news site's list of latest stories print each headline
with its date: ``- Council Approves New Ferry Timetable - March 4, 2025``, ``Harbour dredging
to start in May | 03.03.2025``. A scraper keeps the list as lines under the story, with no label.
A story's own lines rarely end in a full date after a dash; a timeline it sets out is
introduced by a colon. :func:`dated_headlines` takes a run of :data:`_MIN_RUN` or more such lines
in the text's second half, not under a colon, as one ``related_links`` footer.

Such a widget sits beside or under the story, never inside it, so what an extractor printed
after it is the page's comment section when it reads as readers write: :func:`dated_headlines`
takes the lines between the list and the end of the text as one ``comments`` footer when they
are :data:`_MIN_COMMENTS` or more and one of them opens in lower case (``this will never
pass``), which edited copy does not.

The pattern is tried only on segments ending in a digit (one character test per segment) and
is compiled on first use. Month names are any capitalised word, so the step reads every
language written with capitals.
"""

from __future__ import annotations

from newsparse.text.lazy import deferred_regex

__all__ = ["dated_headlines"]

Segments = list[tuple[int, int, int]]
Found = dict[tuple[int, int], str]

_MIN_RUN = 2  # dated headlines in a row, at least
_MAX_LINE = 220  # a headline, a separator and a date
_MIN_COMMENTS = 3  # lines under the list read as a comment section, at least

# An optional bullet, a headline of three words or more with no sentence end before the
# separator, a dash or bar, then a date closing the line: ``March 4, 2025``, ``4 March 2025``,
# ``4. März 2025``, ``03.03.2025``, ``2025-03-04``. Bounded repeats, one pass.
_DATED = deferred_regex(
    r"(?:[-•–*][ \t\u00a0]{1,3})?[\p{Lu}\p{N}\"'“‘][^\n]{10,180}?[^.!?:;,\s]"
    r"[ \t\u00a0]{1,2}[-–—|][ \t\u00a0]{1,2}"
    r"(?:\p{Lu}\p{Ll}{2,9}\.?[ \t\u00a0]\d{1,2}(?:st|nd|rd|th)?,?[ \t\u00a0]\d{4}"
    r"|\d{1,2}\.?[ \t\u00a0](?:de[ \t\u00a0])?\p{L}{3,10}\.?,?[ \t\u00a0](?:de[ \t\u00a0])?\d{4}"
    r"|\d{1,2}[./]\d{1,2}[./](?:\d{4}|\d{2})"
    r"|\d{4}-\d\d-\d\d)"
)


def _dated(text: str, s: int, e: int) -> bool:
    """Whether the segment is a headline closed by a date after a dash or bar."""
    if e - s > _MAX_LINE or not text[e - 1].isdigit():
        return False
    return _DATED.fullmatch(text, s, e) is not None and len(text[s:e].split()) >= 5


def _introduced(text: str, segments: Segments, n: int) -> bool:
    """Whether the segment before segment ``n`` introduces a list with a colon (a timeline the
    story sets out: ``The main dates:``)."""
    if n == 0:
        return False
    return text[segments[n - 1][2] - 1] == ":"


def dated_headlines(text: str, segments: Segments, found: Found) -> None:
    """Take each run of :data:`_MIN_RUN` or more dated headline lines in the text's second half,
    not introduced by a colon, as ``related_links``."""
    if len(segments) < 3:
        return
    half = segments[0][1] + (segments[-1][2] - segments[0][1]) // 2
    run: list[int] = []
    for n, (_, s, e) in enumerate([*segments, (-1, 0, 0)]):
        if s >= half and e > s and _dated(text, s, e):
            run.append(n)
            continue
        if len(run) >= _MIN_RUN and not _introduced(text, segments, run[0]):
            for m in run:
                found.setdefault(segments[m][1:], "related_links")
            _comments_below(text, segments[run[-1] + 1 :], found)
        run = []


def _comments_below(text: str, below: Segments, found: Found) -> None:
    """Take the segments under a dated list, to the end of the text, as comments when they
    are :data:`_MIN_COMMENTS` or more, none is a footer line already, and one opens in lower
    case."""
    if len(below) < _MIN_COMMENTS or any((s, e) in found for _, s, e in below):
        return
    if not any(text[s].islower() for _, s, e in below):
        return
    for _, s, e in below:
        found[(s, e)] = "comments"
