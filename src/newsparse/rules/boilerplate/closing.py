"""Related headlines and topic tags closing a line-based text, with no label above them.

A scrape often ends with what stood under the story on the page: the headlines of other stories
(``Police search for driver after hit-and-run`` / ``School bus fares to rise in April``) or its
topic tags (``Economic Growth`` / ``Indian Economy``), one per line, with no label or footer
line to show where the story stopped. None of those lines ends like a sentence, and the line
above them is the story's last sentence. :func:`closing_lines` takes such a run when it holds
two lines at least and nothing in it reads as the writer's name, a credit or a contact line
(the bylines rule's: a bare author name under the story, ``Jane Roe`` / ``Senior Reporter``).

Only the last few segments are visited, from the end backwards, and each test is a few string
operations: no pattern is compiled for a text whose last line ends a sentence.
"""

from __future__ import annotations

import regex

from newsparse.rules.furniture.writer_lines import writer_line
from newsparse.rules.quotes.names import given_names
from newsparse.text import prose

__all__ = ["closing_lines", "fill_footer_gaps", "headline_line"]

Segments = list[tuple[int, int, int]]
Found = dict[tuple[int, int], str]

_LOOK = 12  # segments looked at from the end
_MIN_RUN = 2  # new lines in the run, at least (one line alone may be a byline or a subhead)
_MIN_BULLETED = 3  # a run with bullets: a rail lists three links or more, a story's points fewer
_HEADLINE_CHARS = (20, 140)  # a related headline's length
_HEADLINE_WORDS = (4, 20)
_TAG_CHARS = 40  # a topic tag is a few words
_TAG_WORDS = 4
# How a headline or a tag may not end: a sentence, a clause cut at a comma, a label, a quotation.
_NOT_END = (".", "!", "?", ":", ";", ",", "…", '"', "”", "’", "-", "–", "—", "|", "/", "(")
# How the story's last line ends (closing quote marks and brackets stripped first).
_SENTENCE_END = (".", "!", "?", "।")
_CLOSERS = "\"”’')»]"
_FIRST = "\"“‘'("  # a headline may open with a quote mark
# Words of a writer's block under the story (``Jane Roe`` / ``Senior Correspondent``): a run
# holding one is the bylines rule's.
_WRITER_WORDS = frozenset(
    (
        "correspondent", "reporter", "editor", "writer", "journalist", "columnist", "contributor",
        "producer", "staff", "bureau", "desk", "agencies", "agency", "inputs", "source", "sources",
        "by", "photo", "photos", "credit", "credits", "edited", "reporting", "written",
    )
)  # fmt: skip
# Months and weekdays: a dateline or a date line under the story is the timestamps rule's.
_DATE_WORDS = frozenset(
    (
        "january", "february", "march", "april", "may", "june", "july", "august", "september",
        "october", "november", "december", "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep",
        "sept", "oct", "nov", "dec", "monday", "tuesday", "wednesday", "thursday", "friday",
        "saturday", "sunday", "updated", "published", "posted",
    )
)  # fmt: skip
_STAMP_WORDS = frozenset(("updated", "published", "posted"))
_TAG_LANGUAGES = frozenset(("en", "und"))


_BULLETS = "-–—•*·▸►"  # a bullet opening a listed headline (``- 15 Amazing Images of Stars``)


def _line_kind(text: str, s: int, e: int, credit: regex.Pattern[str], tags: bool) -> str | None:
    """``"headline"``, ``"tag"`` (only with ``tags``) or ``None`` (neither) for the segment
    ``text[s:e]``; a bullet and a space before a headline are passed over (a rail's list)."""
    if text[s] in _BULLETS and e - s > 2 and text[s + 1] in " \t\u00a0":
        s += 2
        while s < e and text[s] in " \t\u00a0":
            s += 1
        if s >= e or text[s] in _BULLETS:
            return None  # (one bullet level only: ``- - -`` is a rule, not a list)
        return "headline" if _line_kind(text, s, e, credit, False) == "headline" else None
    n = e - s
    if n > _HEADLINE_CHARS[1] or text.endswith(_NOT_END, s, e):
        return None
    first = text[s]
    if not (first.isupper() or first.isdigit() or first in _FIRST):
        return None
    line = text[s:e]
    if "@" in line or credit.match(line) is not None:
        return None
    words = line.split()
    lowered = [w.lower().strip("()[]'\"“”‘’") for w in words]
    if len(words) <= _TAG_WORDS and n <= _TAG_CHARS:
        if not tags:
            return None
        if not _WRITER_WORDS.isdisjoint(lowered) or not _DATE_WORDS.isdisjoint(lowered):
            return None  # ``Senior Correspondent``, ``Updated March 3``
        if any(w[:1].islower() for w in words[1:] if len(w) > 3):
            return None  # a tag is a name-like phrase; a short clause is story
        return "tag"
    if not (_HEADLINE_CHARS[0] <= n and _HEADLINE_WORDS[0] <= len(words) <= _HEADLINE_WORDS[1]):
        return None
    if lowered[0] == "by" or _has_date(lowered):
        return None  # a byline, a date line (``Published March 3, 2024 10:05 IST``)
    return "headline"


def headline_line(text: str, s: int, e: int, credit: regex.Pattern[str]) -> bool:
    """Whether ``text[s:e]`` reads as another story's headline (4–20 words, 20–140 characters,
    a capital, digit or quote mark first, no sentence, clause or label end, no date, byline or
    credit), a bullet before it allowed."""
    return _line_kind(text, s, e, credit, False) == "headline"


def _has_date(words: list[str]) -> bool:
    """Whether lower-cased words hold a date (a month or weekday next to a number: ``March 3``,
    ``3 March``) or a publishing stamp word (``Updated``); ``to rise by 5 per cent from April``
    holds none."""
    for i, w in enumerate(words):
        if w in _DATE_WORDS:
            if w in _STAMP_WORDS:
                return True
            near = words[i + 1 : i + 2] + words[max(0, i - 1) : i]
            if any(x[:1].isdigit() for x in near):
                return True
    return False


def _names_a_person(text: str, s: int, e: int) -> bool:
    """Whether the line opens with a given name (``Jane Roe``): the writer's, not a tag."""
    first = text[s:e].split(" ", 1)[0].strip(".,'\"“‘(").lower()
    female, male = given_names()
    return first in female or first in male


def closing_lines(
    text: str, segments: Segments, found: Found, credit: regex.Pattern[str], code: str = "en"
) -> None:
    """Two or more headline or tag lines closing the text (footer lines already found may sit
    among them or under them), right under the story's last sentence: one ``related_links`` run.

    Not taken: a run with a line opening with a given name, a writer's role word, a date word, a
    handle or a credit (the bylines' and timestamps' text); a run whose line above does not end a
    sentence (a list the story introduces with a colon); a line starting in lower case (a poem,
    a sentence cut by the scrape). Tag lines are taken in English texts only (``code`` ``"en"``
    or ``"und"``): elsewhere a bare name under the story is as often the writer's, written with
    the surname in capitals (``Kab NIANG``), and the given-name table is English."""
    tags = code in _TAG_LANGUAGES
    n_seg = len(segments)
    if n_seg < _MIN_RUN + 2:
        return
    run: list[tuple[int, int]] = []
    kinds: list[str] = []
    m = n_seg - 1
    while m >= 0 and n_seg - m <= _LOOK:
        _, s, e = segments[m]
        if (s, e) in found:
            m -= 1
            continue  # a footer line under the run or inside it
        kind = _line_kind(text, s, e, credit, tags)
        if kind is None:
            break
        run.append((s, e))
        kinds.append(kind)
        m -= 1
    if len(run) < _MIN_RUN or m < 0:
        return
    if len(run) < _MIN_BULLETED and any(text[s] in _BULLETS for s, _ in run):
        return  # two bullet points under the story's last sentence: its own key points
    _, ps, pe = segments[m]
    if not text[ps:pe].rstrip(_CLOSERS).endswith(_SENTENCE_END):
        return  # no story sentence above: a list, or the story's own closing lines
    if any(writer_line(text, s, e, body_seen=True, contacts=False) is not None for s, e in run):
        return
    if any(_names_a_person(text, s, e) for s, e in run):
        return
    for key in run:
        found[key] = "related_links"


_GAP = 2  # unfound lines in a row allowed between two footer lines of the closing block
_GAP_LOOK = 30  # segments looked at from the end
_PARAGRAPH = 80  # the shortest line read as the story's first paragraph
_TOP_LINE_WORDS = 4  # above the first paragraph, a gap line this long is a headline
_GAP_LINE = 600  # a longer line is a paragraph of the story
_QUOTES = ("“", "”", '"', "«", "»", "„")
_SPEECH = frozenset(("said", "says", "told", "added", "according", "asked", "wrote"))


def _gap_line(text: str, s: int, e: int, words: prose.ProseWords, credit: regex.Pattern[str]) -> bool:
    """Whether a line between two footer lines of the closing block is the footer's too: it
    quotes nobody, has no speech verb, is no credit or writer line, and speaks to the reader
    (``If you can, please consider supporting us``), names a promo noun (``India needs
    questioning journalism …``) or ends like no sentence (``Support us``)."""
    if e - s > _GAP_LINE:
        return False
    line = text[s:e]
    if any(q in line for q in _QUOTES) or credit.match(line) is not None:
        return False
    lowered = [w.strip(".,;:!?()'’").lower() for w in line.split()]
    if not _SPEECH.isdisjoint(lowered):
        return False
    if writer_line(text, s, e, body_seen=True, contacts=False) is not None:
        return False
    if not words.reader_words.isdisjoint(lowered) or not words.promo_nouns.isdisjoint(lowered):
        return True
    return not line.rstrip(_CLOSERS).endswith(_SENTENCE_END)


def _first_paragraph(text: str, segments: Segments) -> int:
    """The index of the first segment that reads as a story paragraph (long, ending a sentence),
    else the last index."""
    for m, (_, s, e) in enumerate(segments):
        if e - s >= _PARAGRAPH and text[s:e].rstrip(_CLOSERS).endswith(_SENTENCE_END):
            return m
    return len(segments) - 1


def fill_footer_gaps(
    text: str, segments: Segments, found: Found, credit: regex.Pattern[str], words: prose.ProseWords
) -> None:
    """In the block of footer lines closing the text, the one or two lines between two footer
    lines join them when they read as the plug's own (:func:`_gap_line`): a donation plea's
    middle paragraph, a ``Support us`` button. An ad marker is no footer line here (a story
    paragraph often stands between two ads)."""
    n_seg = len(segments)
    if n_seg < 3 or segments[-1][1:] not in found:
        return
    gap: list[tuple[int, int]] = []
    held = False  # the gap holds a headline-shaped line above the story
    story = _first_paragraph(text, segments)
    for m in range(n_seg - 1, max(-1, n_seg - 1 - _GAP_LOOK), -1):
        key = segments[m][1:]
        kind = found.get(key)
        if kind is None:
            if m < story and len(text[key[0] : key[1]].split()) >= _TOP_LINE_WORDS:
                # On a short page the closing block may reach the menus around the headline
                # above the story's first paragraph: a line of several words there is the
                # headline (the headline rule's), not a plug's middle; its gap stays open.
                held = True
            gap.append(key)
            if len(gap) > _GAP:
                return
            continue
        if kind == "ad":
            return
        if gap:
            if not held and all(_gap_line(text, s, e, words, credit) for s, e in gap):
                for g in gap:
                    found[g] = kind
            gap, held = [], False
