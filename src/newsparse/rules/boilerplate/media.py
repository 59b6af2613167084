"""A media teaser line and a comment thread told by its reply buttons (#9, s13).

Two shapes of page furniture that the whole-line tables cannot take without harm:

- *a media teaser*: an upper-case media label, a colon and a title on a line of its own
  between paragraphs (``STREAM: Nova Ray, Tidal Lights``, ``VIDEO: Five signs of heat stroke``):
  a player or a link to another page, not a sentence of the story. The label alone on a line
  is in the tables; with its title it is found here, after the junk tail, so that the line never
  opens a tail that would take the story paragraphs under it (a review's quoted verdicts, a tour's
  dates). Only labels in capitals count: ``Video: …`` is as often a caption's opening.
- *a comment thread*: blog software writes a reply or like button under every comment
  (``ReplyDelete``, ``LikeLiked by 12 people``). Where the text holds at least
  :data:`_MIN_BUTTONS` such lines, the thread runs from the comment above the first button to
  the text's end and is one footer: the comments are no part of the article, nor their quotes.

Both steps read only the lines their literal gate lets through (a few substring tests of the
text: no pattern is compiled for a text that holds none of the literals).
"""

from __future__ import annotations

from newsparse.text.lazy import deferred_re

__all__ = ["media_teasers", "widget_threads"]

Segments = list[tuple[int, int, int]]
Found = dict[tuple[int, int], str]

# Upper-case media labels with a colon, then a title (bounded: linear on any line). The label
# must be written in capitals, so it is matched case-sensitively.
MEDIA_LABELS = ("VIDEO", "WATCH", "LISTEN", "STREAM", "PODCAST", "GALLERY", "PHOTOS")
_MEDIA_LINE = deferred_re(
    r"(?:[-•*][ \t])?(?:" + "|".join(MEDIA_LABELS) + r")[ \t]?[:|][ \t]?+[\w\"“‘'].{0,118}"
)
_TITLE_MAX = 130  # the longest teaser line (a label and a headline)
_SENTENCE_END = (".", "!", "?", ":")
_PARAGRAPH = 60  # a story paragraph next to the teaser: at least this long

# The buttons blog software writes under each comment, alone on their line.
_BUTTON = deferred_re(
    r"(?:Reply(?:Delete)?|Like(?:Liked\s+by\s+\d{1,6}\s+(?:people|person))?|Liked\s+by\s+\d{1,6}\s+(?:people|person))"
)
# Literals one of which a thread's text holds (``in`` tests: no pattern compiled for a text
# with none, which is nearly every text).
_BUTTON_GATE = ("ReplyDelete", "Liked by ", "\nReply\n", "\nLike\n")
_MIN_BUTTONS = 3  # a thread has this many buttons at least: one ``Reply`` line may be a word
_BUTTON_MAX = 30  # the longest button line


def media_teasers(text: str, segments: Segments, found: Found) -> None:
    """Lines that are an upper-case media label and a title (``WATCH: …``), between two
    longer lines (paragraphs), as ``related_links`` footers."""
    if not any(label in text for label in MEDIA_LABELS):
        return
    for n in range(1, len(segments) - 1):
        _, s, e = segments[n]
        if (s, e) in found or e - s > _TITLE_MAX or text[s] not in "-•*VWLSPG":
            continue
        if text.endswith(_SENTENCE_END, s, e) or _MEDIA_LINE.fullmatch(text, s, e) is None:
            continue
        _, ps, pe = segments[n - 1]
        if pe - ps < _PARAGRAPH and (ps, pe) not in found:
            continue  # a label in a list of labels or under a heading: a menu's, left alone
        found[(s, e)] = "related_links"


def widget_threads(text: str, segments: Segments, found: Found) -> set[tuple[int, int]]:
    """The comment thread under an article, told by the reply or like buttons under its
    comments (``ReplyDelete``): from the comment above the first button to the end, as one
    ``comments`` footer. Returns the thread's segments (those found before keep their kind)."""
    if not any(literal in text for literal in _BUTTON_GATE):
        return set()
    buttons = [
        n
        for n, (_, s, e) in enumerate(segments)
        if e - s <= _BUTTON_MAX and text[s] in "RL" and _BUTTON.fullmatch(text, s, e) is not None
    ]
    if len(buttons) < _MIN_BUTTONS or buttons[0] < 2:
        return set()
    # The thread opens with the first comment: the line above the first button.
    thread = {(s, e) for _, s, e in segments[buttons[0] - 1 :]}
    for key in thread:
        found.setdefault(key, "comments")
    return thread
