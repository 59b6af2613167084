"""What follows a headline candidate: furniture, body text, a dek (standfirst).

A line is the headline only when the lines after it read like the top of an article; these
checks look a bounded number of lines ahead (the rule never walks the whole document).
"""

from __future__ import annotations

from newsparse._document import PARTLY, WHOLLY, Document
from newsparse._model import Byline, Span, Timestamp
from newsparse.rules.headlines.analysis import (
    OPEN_QUOTES,
    Vocab,
    ends_like_sentence,
    sentence_breaks,
    trim,
)
from newsparse.rules.headlines.lines import LineView, next_content_line, next_line
from newsparse.rules.headlines.shapes import dateline_start, is_furniture, is_nav


def furniture_follows(document: Document, i: int) -> bool:
    """Whether the next non-blank line is wholly a byline or a timestamp an earlier rule took.

    A lede is never followed by its byline; a headline often is, so a first line of one or
    two short sentences (``Rates rise again. What now?``) above one is the headline.
    """
    text = document.text
    lines = LineView(document)
    for k in range(i, min(len(lines), i + 3)):
        a, b = trim(text, lines[k].start, lines[k].end)
        if a >= b:
            continue
        if document.line_state(k) != WHOLLY:
            return False
        return any(
            item.span.start <= a and b <= item.span.end
            for kind in (Byline, Timestamp)
            for item in document.items_of(kind)
        )
    return False


def two_sentence_head(document: Document, i: int, a: int, b: int, v: Vocab) -> bool:
    """Whether the first candidate line, one or two short sentences, is the headline.

    It is when furniture follows (a lede is never followed by its byline), or when its last
    sentence has no final stop, a long paragraph follows (``Rain in the south. The north
    stays dry`` over the dek) and either page furniture stands above it (a menu, a kicker:
    the page's top, not the story's) or its first sentence is one word (``Solidarité.``, a
    kicker). At the very top of a text, two sentences over a paragraph stay a lede unless a
    standfirst that also ends without a stop comes between (:func:`stopless_dek_over_body`).
    """
    if furniture_follows(document, i) or furniture_after_dek(document, i):
        return True
    text = document.text
    if text[b - 1] in ".!?…:;\"”’')":
        return False
    first_stop = text.find(". ", a, b)
    one_word = first_stop > a and not any(ch.isspace() for ch in text[a:first_stop])
    nxt = next_line(document, i)
    if not one_word and not text[max(0, a - 2000) : a].strip():
        return nxt is not None and stopless_dek_over_body(document, nxt, v)
    return nxt is not None and nxt[2] - nxt[1] >= 80


def furniture_after_dek(document: Document, i: int) -> bool:
    """Whether the next non-blank line is a standfirst with a byline or timestamp under it, or
    one glued to its end (``… What is the secret?Monday, 6 January 2020``).

    Headline, standfirst, byline is the top of an article; two sentences of a lede are never
    followed by a paragraph and then the story's byline or stamp.
    """
    nxt = next_line(document, i)
    if nxt is None:
        return False
    k, a, b = nxt
    if not _DEK_MIN_CHARS <= b - a <= _DEK_CHARS:
        return False
    state = document.line_state(k)
    if state == WHOLLY:
        return False
    if state == PARTLY:
        # Only a stamp or byline that closes the line: the standfirst runs up to it.
        return any(
            a + _DEK_MIN_CHARS <= item.span.start < b <= item.span.end
            for kind in (Byline, Timestamp)
            for item in document.items_of(kind)
        )
    return furniture_follows(document, k + 1)


# The shortest standfirst that :func:`furniture_after_dek` reads (a byline is shorter).
_DEK_MIN_CHARS = 30
# A standfirst under a headline: its fewest words and most characters (the longest real ones,
# three or four short sentences, are about 250 characters).
_DEK_WORDS = 6
_DEK_CHARS = 320
# The shortest body paragraph that must follow such a standfirst.
_BODY_UNDER_DEK = 200


def stopless_dek_over_body(document: Document, line: tuple[int, int, int], v: Vocab) -> bool:
    """Whether ``line`` reads as a standfirst: a capitalised line of sentences whose last one
    has no final stop, with a long paragraph under it.

    Two lines in a row that end without a stop, then a paragraph, are a headline over its dek
    (``Rain in the south. The north stays dry`` / ``Storms reach the coast tonight. Snow above
    1,400 metres``): a lede's sentences end in full stops, and so does the paragraph above a
    paragraph.
    """
    text = document.text
    k, a, b = line
    if document.is_claimed(a, b) or not 30 <= b - a <= _DEK_CHARS:
        return False
    if text[b - 1] in ".!?…:;,\"”’')" or not text[a].isupper() or len(text[a:b].split()) < _DEK_WORDS:
        return False
    if is_furniture(text, a, b, v) or dateline_start(text, a, b) or is_nav(text[a:b]):
        return False
    after = next_line(document, k + 1)
    return after is not None and after[2] - after[1] >= _BODY_UNDER_DEK and text[after[2] - 1] in '.!?"”’)'


def body_follows(document: Document, i: int, v: Vocab) -> bool:
    """Whether a body-like line (or a byline, dateline, timestamp) comes after line ``i - 1``.

    A byline or timestamp that an earlier rule claimed right under the line counts too (a
    calendar or table page has no long line, but its headline still sits above its stamp).
    """
    if furniture_follows(document, i):
        return True
    text = document.text
    lines = LineView(document)
    looked = 0
    while True:
        i = next_content_line(document, i)  # blank and claimed lines are passed over
        if i >= len(lines):
            return False
        line = lines[i]
        i += 1
        a, b = trim(text, line.start, line.end)
        looked += 1
        if looked > 12:
            return False
        if b - a >= 60 or text[b - 1] in ".!?…\"”’')।" or is_furniture(text, a, b, v):
            return True
        if dateline_start(text, a, b):
            return True


def partly_claimed_body(document: Document, i: int) -> bool:
    """Whether a long paragraph that an earlier rule claimed only in part (a fused credit)
    comes within the next few lines: it is body text all the same."""
    text = document.text
    lines = LineView(document)
    # As far as _body_follows looks: menus, a place line and a stamp may come between. Lines an
    # earlier rule took whole (a layout table's spacer rows, #9) use none of the twelve looks.
    looked = 0
    for k in range(i, min(len(lines), i + 60)):
        state = document.line_state(k)
        if state == PARTLY:
            a, b = trim(text, lines[k].start, lines[k].end)
            if b - a >= 200:
                return True
        if state != WHOLLY:
            looked += 1
            if looked >= 12:
                break
    return False


def find_dek(document: Document, i: int, v: Vocab) -> Span | None:
    """The dek (standfirst) on the next line after the headline, when the rule is confident.

    It is one sentence or two (6 to 55 words, 30 to 320 characters), and either furniture follows
    it, or it has no final full stop and a longer body paragraph follows it.
    """
    text = document.text
    nxt = next_line(document, i)
    if nxt is None:
        return None
    k, a, b = nxt
    if document.is_claimed(a, b) or not 30 <= b - a <= 320:
        return None
    dek = text[a:b]
    words = dek.split()
    first = dek.lstrip(OPEN_QUOTES)[:1]
    if not (6 <= len(words) <= 55 and first.isupper()):
        return None
    if is_furniture(text, a, b, v) or dateline_start(text, a, b) or is_nav(dek):
        return None
    if sentence_breaks(dek, v) > 1 or dek.rstrip()[-1] in ":;,":
        return None
    after = next_line(document, k + 1)
    if after is None:
        return None
    _, aa, ab = after
    if is_furniture(text, aa, ab, v) or dateline_start(text, aa, ab):
        return Span.of(text, a, b)
    body_like = ab - aa > b - a and (ab - aa >= 60 or text[ab - 1] in '.!?"”')
    if body_like and not ends_like_sentence(dek, v) and dek.rstrip()[-1] != ".":
        return Span.of(text, a, b)
    return None
