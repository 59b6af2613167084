"""Promo sentences inside a one-line scrape (a CSV export joins every paragraph into one line).

A plug that stands on a line of its own in a page (``Download the Daily Ledger app for breaking
news alerts.``) is a sentence between two story sentences once the scraper has joined the
paragraphs. The whole-line table still describes it; what changes is where its line begins and
ends. :func:`joined_promos` cuts the joined line at its sentence ends and matches each sentence
that opens like a plug against the table, *whole*, as it would a line.

Only sentences whose first word could open a plug (an imperative of the document's language,
``For``/``To`` of ``For the latest news, download …``, a copyright word) meet the table, and a
sentence inside an open quotation is the speaker's, not the page's.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Callable

from newsparse.text import prose

__all__ = ["anchored_run", "joined_promos", "mid_line_widgets", "question_heads"]


@functools.cache
def _rx(source: str) -> re.Pattern[str]:
    """A pattern of this module, compiled on first use (a parse with no joined line needs none)."""
    return re.compile(source)


Segments = list[tuple[int, int, int]]
Found = dict[tuple[int, int], str]

# Where the next sentence starts inside a joined line: sentence punctuation, closing quotes or
# brackets, then white space (the same boundary the rule uses at the end of a joined line).
_NEXT_SENTENCE = r"[.!?…।][\"”’)\]]{0,2}[ \t\u00a0]+(?=\S)"
# Openers of plugs besides the language's imperatives (``For the latest news, download …``,
# ``© 2025 …``, ``Copyright …``, ``Disclaimer: …``, ``Note to readers: …``).
_PLUG_OPENERS = frozenset(("for", "to", "©", "copyright", "disclaimer", "note", "also", "you", "this"))
# A speech verb makes the sentence reported speech (``Read the report, officials said.``): story.
_SPEECH = r"\b(?:said|says|told|tells|added|joked|warned|according|insisted|explained|wrote)\b"
_SENTENCE_MAX = 300  # a plug is one short sentence; a longer one is story
_QUOTES_OPEN = "“«„"
_QUOTES_CLOSE = "”»“"


def _inside_quotation(text: str, start: int, at: int) -> bool:
    """Whether ``at`` lies inside a quotation opened after ``start`` (curly marks counted, and
    straight double quotes by parity): a speaker's words are story, whatever they say."""
    before = text[start:at]
    opened = sum(before.count(q) for q in _QUOTES_OPEN if q != "“")
    closed = sum(before.count(q) for q in _QUOTES_CLOSE if q != "“")
    curly = before.count("“") - before.count("”")
    return curly > 0 or opened > closed or before.count('"') % 2 == 1


@functools.lru_cache(maxsize=16)
def _plug_starts(cta_verbs: frozenset[str]) -> re.Pattern[str]:
    """Sentence starts (group 1, after a sentence end) whose first word could open a plug, an
    opening bracket allowed. (The line's first sentence is matched with the whole line.)"""
    words = sorted(cta_verbs | _PLUG_OPENERS, key=len, reverse=True)
    alternatives = "|".join(re.escape(w) for w in words if w != "©")
    return re.compile(
        r"[.!?…।][\"”’)\]]{0,2}[ \t\u00a0]+(\(?(?:©|(?:" + alternatives + r")(?![\w'’-])))", re.IGNORECASE
    )


# Words a plug sentence holds after its opener besides the language's promo nouns (``© 2025``,
# ``Follow us``, ``click here``, ``all rights reserved``, ``first published``, a platform).
_PLUG_MARKS = (
    "copyright", "rights", "published", "syndicated", "here", "us", "apps?", "instagram", "facebook",
    "twitter", "youtube", "tiktok", "google", "linkedin", "threads",
)  # fmt: skip


@functools.lru_cache(maxsize=16)
def _plug_words(promo_nouns: frozenset[str], cta_verbs: frozenset[str]) -> re.Pattern[str]:
    """Words one of which a plug sentence holds after its opener (a promo noun, an imperative,
    a copyright or syndication word): the cheap test before the table."""
    words = sorted((re.escape(w) for w in promo_nouns | cta_verbs), key=len, reverse=True)
    return re.compile(r"©|\b(?:" + "|".join(words + list(_PLUG_MARKS)) + r")\b", re.IGNORECASE)


def joined_promos(
    text: str,
    s: int,
    e: int,
    found: Found,
    kind_of: Callable[[str, bool], str | None],
    floating: bool,
    words: prose.ProseWords,
) -> None:
    """Add to ``found`` each sentence of the joined line ``text[s:e]`` that the whole-line
    table ``kind_of`` takes for boilerplate (``floating``: whether the table's floating
    patterns may be tried on this line), among those opening like a plug and standing outside
    a quotation. The line's last sentence is left to the rule's end-of-line scan."""
    # One scan finds the sentences that open like a plug; only those are cut out and matched.
    for m in _plug_starts(words.cta_verbs).finditer(text, s, e):
        a = m.start(1)
        nxt = _rx(_NEXT_SENTENCE).search(text, a, e)
        if nxt is None:
            return  # the line's last sentence: the rule's end-of-line scan has it
        b = a + len(text[a : nxt.end()].rstrip())
        if b - a > _SENTENCE_MAX or (a, b) in found:
            continue
        if _plug_words(words.promo_nouns, words.cta_verbs).search(text, m.end(1), b) is None:
            continue  # names nothing a plug sells or asks for after its opener: story
        kind = kind_of(text[a:b], floating)
        if kind is None or _rx(_SPEECH).search(text, a, b) is not None or _inside_quotation(text, s, a):
            continue
        found[(a, b)] = kind


_ANCHOR_TRIES = 40  # capitalised words of a run tried as the start of its closing footer
_RUN_WORDS = 3  # headline words, at least, before the footer
_WORD_START = r"(?<!\S)\S"


def anchored_run(
    text: str, a: int, b: int, kind_of: Callable[[str, bool], str | None], floating: bool
) -> bool:
    """Whether ``text[a:b]``, the last sentence of a joined line, is headlines and widget
    strings run into a footer (``Rail fares to rise again 5 stocks to buy Share this
    article.``): from one of its capitalised words on, the rest is boilerplate for the table
    ``kind_of``, and what comes before reads as no sentence (three words at least, no clause
    after a comma, no speech verb). It follows the story's last sentence end, so a story
    sentence there would have lost its full stop."""
    tries = 0
    for m in _rx(_WORD_START).finditer(text, a + 1, b):
        x = m.start()
        ch = text[x]
        if not (ch.isupper() or ch in "©("):
            continue
        tries += 1
        if tries > _ANCHOR_TRIES:
            return False
        if kind_of(text[x:b].rstrip(), floating) is None:
            continue
        head = text[a:x].split()
        if len(head) < _RUN_WORDS or _rx(_SPEECH).search(text, a, x) is not None:
            return False
        return not any(w.endswith(",") and head[n + 1][:1].islower() for n, w in enumerate(head[:-1]))
    return False


_QUESTION_HEADS = 6  # question headlines, at most, walked back over
_QUESTION_WORDS = (2, 20)  # a headline's words (a run of two headlines included)
_QUESTION_WINDOW = 1500  # how far back from the tail's start sentence ends are looked for
_QUESTION_EVIDENCE = 2  # question headlines plus other signs of a junk tail needed to take them


def _question_head(text: str, a: int, b: int) -> bool:
    """Whether ``text[a:b]`` (one sentence, stripped) reads as a related headline asked as a
    question (``Is the rail fare rise fair?``): a capital or a digit first, a few words, the
    ``?`` bare (a quoted question is a speaker's), no speech verb and no clause after a comma."""
    first = text[a + 1] if text[a] in "¿¡" and a + 1 < b else text[a]  # (Spanish opens with ``¿``)
    if b - a < 8 or text[b - 1] != "?" or not (first.isupper() or first.isdigit()):
        return False
    head = text[a:b].split()
    if not _QUESTION_WORDS[0] <= len(head) <= _QUESTION_WORDS[1] or _rx(_SPEECH).search(text, a, b):
        return False
    return not any(w.endswith(",") and head[n + 1][:1].islower() for n, w in enumerate(head[:-1]))


def question_heads(text: str, floor: int, start: int, evidence: int) -> int:
    """Where a one-line scrape's junk tail starts once the headlines asked as questions just
    before ``start`` (the tail found so far, right after a sentence end) are taken: a ``?`` in
    a related headline ends a "sentence", so the story-end scan stops there. The headlines are
    taken only when, with ``evidence`` (other signs of a junk tail: headlines run into the
    footer), they make two signs at least: one question before a footer may be the story's own
    closing question. ``floor`` is the line's start; some story must stay before the tail."""
    lo = max(floor, start - _QUESTION_WINDOW)
    bounds = [m.end() for m in _rx(_NEXT_SENTENCE).finditer(text, lo, start)]
    new, cur, taken = start, start, 0
    for b in reversed(bounds):
        piece = text[b:cur]
        pe = b + len(piece.rstrip())
        if pe <= b:
            cur = b  # (an empty "sentence": two sentence ends in a row)
            continue
        if taken >= _QUESTION_HEADS or not _question_head(text, b, pe) or _inside_quotation(text, floor, b):
            break
        taken += 1
        new = cur = b
    if taken + evidence < _QUESTION_EVIDENCE or new <= floor:
        return start
    return new


# Before a widget: a sentence end, closing quotes or brackets, one to three blanks; after it:
# one to three blanks and a capital (a quote mark may open the next sentence), or the segment's end.
_WIDGET_BEFORE = '.!?…"”’)]'
_WIDGET_BLANKS = " \t\u00a0"


@functools.lru_cache(maxsize=8)
def _widget_table(pairs: tuple[tuple[str, str], ...]) -> tuple[re.Pattern[str], dict[str, str]]:
    """One case-sensitive alternation of the phrases (longest first; a blank in a phrase matches
    one to three) and each phrase's kind by its text with blanks collapsed."""
    phrases = sorted((p for _, p in pairs), key=len, reverse=True)
    source = "|".join(r"[ \t\u00a0]{1,3}".join(map(re.escape, p.split())) for p in phrases)
    return re.compile(f"(?:{source})"), {" ".join(p.split()): k for k, p in pairs}


def mid_line_widgets(text: str, s: int, e: int, found: Found, pairs: tuple[tuple[str, str], ...]) -> None:
    """Widget strings of ``pairs`` (``(kind, phrase)``) standing between two sentences of the
    joined segment ``text[s:e]`` (``… in March. Share this article Councillors said …``): after
    a sentence end, before a capital or the segment's end. The phrase alone is the item."""
    if not pairs:
        return
    pattern, kinds = _widget_table(pairs)
    for m in pattern.finditer(text, s, e):
        a, b = m.start(), m.end()
        i = a
        while i > s and a - i < 3 and text[i - 1] in _WIDGET_BLANKS:
            i -= 1
        if i in (a, s) or text[i - 1] not in _WIDGET_BEFORE:
            continue  # not after a sentence end
        j = b
        while j < e and j - b < 3 and text[j] in _WIDGET_BLANKS:
            j += 1
        if j < e and text[j] in "\"“‘'":
            j += 1
        if j < e and (j == b or not text[j].isupper()):
            continue  # the phrase opens a sentence that goes on (``Read More about …``)
        if _inside_quotation(text, s, a):
            continue
        found.setdefault((a, b), kinds.get(" ".join(m.group().split()), "other"))
