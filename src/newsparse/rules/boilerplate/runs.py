"""Furniture no table pattern names, found from the shape of lines and where they stand.

Each step reads the rule's unclaimed segments (``(line index, start, end)``, stripped) and adds
what it finds to ``found`` (``{(start, end): kind}``), which the rule then merges into runs:

* :func:`teaser_runs`: syndicated teaser lists, ledes of other stories cut off with ``...``
  (``LISBON, Portugal - Shares rose on Monday as investors awaited ...``), two or more close
  together, with the section labels around them (``Latest Headlines``, ``In Pictures``);
* :func:`standalone_promos`: a call to action on its own line anywhere in the body
  (``Chip in monthly to keep our reporting independent.``, ``Send us your press release``) —
  see :func:`newsparse.text.prose.standalone_promo` — with the benefit bullets under it
  (``- Unlimited reading on every device``);
* :func:`footnotes`: an editorial footnote line (``*Le prénom a été modifié``, ``* Names have
  been changed``) whose asterisk marks a word of the story above (``Karim*``);
* :func:`orphan_labels`: an also-read label of the document's language alone on its line
  (``Leggi anche``, ``Lesen Sie auch:``): the also-read rule, which runs first, took every
  label that had a title, so this one lost its link in the scrape;
* :func:`english_notes`: in an article of another language, an English paragraph in its last
  part (``Open.online is working with the … Alliance, a coalition of fact-checkers …``): the
  publisher's partnership, licence or cookie note, not the story;
* :func:`headlines_above_footer`: related headlines with no label between the story and the
  footer that closes the text;
* :func:`joined_tail`: in a one-line scrape, the run after the story's last sentence that ends
  with no sentence punctuation (related headlines and widget strings run together:
  ``… due in March. Rail fares to rise again 5 stocks to buy Market Tools Connect with us``).

Each visits only the segments a cheap literal check selects (a line ending in ``...``, a line
opening with an imperative of the document's language, the last line).
"""

from __future__ import annotations

import bisect
import functools
import itertools
import re
from collections.abc import Callable

import regex

from newsparse.rules.boilerplate import joined
from newsparse.rules.furniture.writer_lines import writer_line
from newsparse.text import prose
from newsparse.text.lazy import deferred_re

__all__ = [
    "english_notes",
    "footnotes",
    "header_tail",
    "headlines_above_footer",
    "joined_tail",
    "label_key",
    "label_set",
    "menu_runs",
    "orphan_labels",
    "promo_bullets",
    "standalone_promos",
    "teaser_runs",
]

Segments = list[tuple[int, int, int]]
Found = dict[tuple[int, int], str]

# How a teaser line ends (a cheap test before :func:`prose.is_truncated`).
_TEASER_ENDS = ("...", "…", "▸", "»", "more", "More", "MORE")
_LABEL_MAX = 80  # a section label or a headline between teasers is a short line
_LABELS_BEFORE = 2  # label lines taken just above the first teaser of a run
_GAP = 2  # label/headline lines allowed between two teasers of one run
# A list of other stories' excerpts: each excerpt is a paragraph or two of the other story, the
# last one cut off with ``...``. Between two cut-off ends stand that story's headline and its
# first paragraphs, so prose may stand between teasers, but only in a list of three or more
# cut-off ends, each close to the last: a story trails off now and then, never three times in
# a few paragraphs.
_EXCERPT_GAP = 3  # segments between two cut-off ends of one excerpt list, at most
_EXCERPT_MIN = 3  # cut-off ends in an excerpt list, at least
_EXCERPT_PARAGRAPH = 700  # an excerpt's opening paragraph is no longer than this
# A site cuts an excerpt at a fixed length, a hundred characters or more; a reader's comment
# trailing off (``… and so on…``) or a code listing's ``...`` is shorter.
_EXCERPT_CUT = 100
_BULLET_MAX = 80  # a benefit bullet under a promo is a short line
# The first word of a segment, after any bullet or dash (``- Join free``).
_FIRST_WORD = re.compile(r"[-–—•*·▸► \t]{0,4}([^\W\d_][\w'’-]{0,30})")
_BULLETS = "-–—•*·▸►"


def _is_short_title(text: str, s: int, e: int) -> bool:
    """A label or a headline line: short, with no sentence end."""
    return e - s <= _LABEL_MAX and text[e - 1] not in '.!?:;,"”’)' and not prose.is_truncated(text[s:e])


def teaser_runs(text: str, segments: Segments, found: Found) -> None:
    """Two or more teaser lines (cut off with ``...``/``…``) close together, the short label and
    headline lines between them and up to two label lines just above: a list of other stories.

    A story quotes someone trailing off now and then (``"I just don't know..."`` ends in a
    quote mark), but does not cut two paragraphs in a row.
    """
    ends = text.endswith
    teasers = [
        n
        for n, (_, s, e) in enumerate(segments)
        if (ends(_TEASER_ENDS, s, e) or (text[e - 1] in "eE" and text[e - 4 : e].lower() == "more"))
        and (s, e) not in found
        and prose.is_truncated(text[s:e])
    ]
    if len(teasers) < 2:
        return
    runs: list[list[int]] = [[teasers[0]]]
    for n in teasers[1:]:
        prev = runs[-1][-1]
        between = range(prev + 1, n)
        if len(between) <= _GAP and all(_is_short_title(text, *segments[m][1:]) for m in between):
            runs[-1].extend([*between, n])
        else:
            runs.append([n])
    is_teaser = set(teasers)  # a set: a run may hold most of a long document's lines
    runs.extend(_excerpt_lists(text, segments, found, teasers))
    for run in runs:
        if sum(1 for n in run if n in is_teaser) < 2:
            continue
        first = run[0]
        m = first - 1
        while m >= 0 and first - m <= _LABELS_BEFORE and _is_short_title(text, *segments[m][1:]):
            run.insert(0, m)
            m -= 1
        for n in run:
            found.setdefault(segments[n][1:], "related_links")


def _excerpt_lists(text: str, segments: Segments, found: Found, teasers: list[int]) -> list[list[int]]:
    """The runs of segments from one cut-off end to another, three or more cut-off ends at most
    :data:`_EXCERPT_GAP` segments apart, with only short unclaimed paragraphs between them: a
    list of other stories' excerpts (headline, first paragraph, second paragraph cut off)."""
    cut = [n for n in teasers if _cut_excerpt(text, *segments[n][1:])]
    lists: list[list[int]] = []
    if len(cut) < _EXCERPT_MIN:
        return lists
    chain = [cut[0]]
    for n in [*cut[1:], None]:
        close = n is not None and n - chain[-1] - 1 <= _EXCERPT_GAP
        if close and n is not None and _excerpt_gap(segments, found, chain[-1], n):
            chain.append(n)
            continue
        if len(chain) >= _EXCERPT_MIN:
            # The first excerpt's opening lines stand above its cut-off end: as many as the
            # shortest excerpt of the list has (a list lays its excerpts out alike).
            above = min(b - a - 1 for a, b in itertools.pairwise(chain))
            first = chain[0] - above
            if first < 0 or not _excerpt_gap(segments, found, first - 1, chain[0]):
                first = chain[0]
            lists.append(list(range(first, chain[-1] + 1)))
        if n is not None:
            chain = [n]
    return lists


def _cut_excerpt(text: str, s: int, e: int) -> bool:
    """Whether a cut-off line is long enough to be an excerpt cut at a fixed length, and cut
    after a word (``… similar to the ...``), not a code listing's or a list's bare dots."""
    if e - s < _EXCERPT_CUT:
        return False
    body = text[s:e].rstrip(".… ")
    return bool(body) and body[-1].isalnum()


def _excerpt_gap(segments: Segments, found: Found, first: int, last: int) -> bool:
    """Whether the segments between two cut-off ends are short enough to be an excerpt's
    headline and opening paragraphs (and none is already another item)."""
    return all(
        segments[m][2] - segments[m][1] <= _EXCERPT_PARAGRAPH and segments[m][1:] not in found
        for m in range(first + 1, last)
    )


def standalone_promos(text: str, segments: Segments, found: Found, words: prose.ProseWords) -> None:
    """Calls to action standing alone anywhere (:func:`~newsparse.text.prose.standalone_promo`),
    and the short bullet lines right under one (a subscription offer's benefits)."""
    cta = words.cta_verbs
    match = _FIRST_WORD.match
    for _, s, e in segments:
        m = match(text, s, e)
        if m is None or m.group(1).lower() not in cta or (s, e) in found:
            continue
        if not prose.standalone_promo(text[s:e], words):
            continue
        if writer_line(text, s, e, body_seen=True, contacts=False) is not None:
            continue  # a line about the writer (``Follow Jane Roe on X``): the bylines rule's
        found[(s, e)] = "other"


_OFFERS = frozenset(("newsletter", "app_promo", "social_follow", "other"))


def promo_bullets(text: str, segments: Segments, found: Found) -> None:
    """Short bullet lines right under a promo (``- Unlimited reading on every device``): the
    offer's benefits, the same furniture."""
    if not found:
        return
    starts = [s for _, s, _ in segments]
    for (fs, fe), kind in list(found.items()):
        n = bisect.bisect_left(starts, fs)
        if kind not in _OFFERS or n >= len(segments) or segments[n][1:] != (fs, fe):
            continue  # (a sentence found inside a line: no bullets hang from it)
        k = n + 1
        while k < len(segments):
            _, bs, be = segments[k]
            if (bs, be) in found or text[bs] not in _BULLETS or be - bs > _BULLET_MAX:
                break
            found[(bs, be)] = kind
            k += 1


_TOP_LOOK = 12  # lines looked at from the top for a list of other stories' headlines
_TOP_RUN = 2  # bulleted headlines in a row, at least
_TOP_WORDS = (2, 16)  # a headline's words after its bullet
_TOP_MAX = 120  # and its length
_TOP_BEFORE_WORDS = 4  # a line above the list with more words than this is the story's own
# How a headline of another story may not end: a sentence, a label, a clause cut at a comma.
_TOP_NOT_END = (".", "!", "?", ":", ";", ",", "…", '"', "”", "’")


def _bullet_headline(text: str, s: int, e: int) -> bool:
    """Whether ``text[s:e]`` is a bullet and another story's headline (``- Storm closes
    schools``, ``• Rates hold at 4%``): a capital or a digit after the bullet, a few words, no
    sentence or clause punctuation at its end."""
    if text[s] not in _BULLETS or e - s > _TOP_MAX or text[s:e].endswith(_TOP_NOT_END):
        return False
    body = text[s:e].lstrip(_BULLETS + " \t\u00a0")
    if not body or not (body[0].isupper() or body[0].isdigit()) or len(body) == e - s:
        return False
    return _TOP_WORDS[0] <= body.count(" ") + 1 <= _TOP_WORDS[1]


def top_headlines(text: str, segments: Segments, found: Found) -> None:
    """A bulleted list of other stories' headlines at the top of the page, before the story
    (``- Storm closes schools`` / ``• Rates hold at 4%``): two bullet headlines in a row at least,
    with only furniture or navigation words above them. A list under the story's headline (its
    key points) has the headline, a line of many words, above it and is left alone."""
    if len(segments) < _TOP_RUN + 1:
        return
    run: list[tuple[int, int]] = []
    for _, s, e in segments[:_TOP_LOOK]:
        if _bullet_headline(text, s, e):
            run.append((s, e))
            continue
        if len(run) >= _TOP_RUN:
            break  # the story (or its headline) starts under the list
        run = []
        if (s, e) not in found and text.count(" ", s, e) + 1 > _TOP_BEFORE_WORDS:
            return  # the story's headline or its first paragraph: what follows is the story's
    else:
        return  # no line after the list: nothing shows it stands above a story
    if len(run) >= _TOP_RUN:
        for key in run:
            found.setdefault(key, "related_links")


_TAIL_MIN = 25  # a shorter run after the last sentence end is a cut-off sentence, not a tail
_TAIL_MAX = 1500
_TAIL_WORDS = 5
# Where a sentence ends inside a joined line: the punctuation, closing quotes, then a space,
# or the next sentence glued on (``… removed."PM Modi has …``, scrapes that lost the spaces).
_SENTENCE_END = deferred_re(r"[.!?…।][\"”’)\]]{0,2}(?:[ \t\u00a0]+|(?=[\"“‘(]?[A-Z]))")


def joined_tail(
    text: str,
    segments: Segments,
    found: Found,
    min_line: int,
    credit: regex.Pattern[str],
    kind_of: Callable[[str, bool], str | None] | None = None,
    floating: bool = True,
) -> None:
    """In the last line of a one-line scrape (at least ``min_line`` characters), the run after
    its last sentence end when the line ends with no sentence punctuation: headlines and widget
    strings joined on. A story's last sentence ends with a full stop (or a quote mark); a
    credit ending it (``(With inputs from agencies)``) is the bylines rule's. With the table
    ``kind_of``, the run is taken too, punctuated or not, when it ends in a footer
    (:func:`~newsparse.rules.boilerplate.joined.anchored_run`)."""
    if not segments:
        return
    _, s, e = segments[-1]
    if e - s < min_line or any(ks >= s and ke <= e for ks, ke in found if ke == e):
        return  # a footer sentence found at its end already (see ``_joined_tail``)
    punctuated = text[s:e].rstrip("\"”’')»]*").endswith((".", "!", "?", "…", "।"))
    if punctuated and kind_of is None:
        return  # the story's own last sentence
    last = None
    for m in _SENTENCE_END.finditer(text, max(s, e - _TAIL_MAX), e):
        last = m
    if last is None or last.start() - s < min_line // 2:
        return  # the whole line is one run: no story before it to end
    ts = last.end()
    tail = text[ts:e]
    words = tail.split()
    if e - ts < _TAIL_MIN or len(words) < _TAIL_WORDS or credit.match(tail) is not None:
        return
    if (not punctuated and _headline_run(words)) or (
        kind_of is not None and joined.anchored_run(text, ts, e, kind_of, floating)
    ):
        # Related headlines asked as questions before the run end "sentences" of their own.
        ts = joined.question_heads(text, s, ts, 1)
        found[(ts, e)] = "related_links"
    # (otherwise the story's own last sentence, its full stop lost: ``… the chair said``)


_CAPITALS_MIN = 0.15  # headlines run together: a capital opens every few words


def _headline_run(words: list[str]) -> bool:
    """Whether words read as headlines and widget strings run together rather than a sentence:
    capitalised words keep opening new titles, and no clause follows a comma."""
    caps = sum(1 for w in words[1:] if w[:1].isupper() or w[1:2].isupper())
    if caps < _CAPITALS_MIN * (len(words) - 1):
        return False
    return not any(
        w.endswith(",") and n + 1 < len(words) and words[n + 1][:1].islower() for n, w in enumerate(words)
    )


_HEADLINE_MIN, _HEADLINE_MAX = 20, 140  # a related headline's length, in characters
_HEADLINE_WORDS = (4, 20)  # and in words: a bare author name or a tag is shorter
_HEADLINE_RUN = 2  # headlines in a row, at least, above the footer
_HEADLINES_LOOK = 12  # lines looked at above the footer
# How a headline line may not end: a story sentence, a label, a clause cut at a comma.
_NOT_HEADLINE_END = (".", "!", ":", ";", ",", "…", '"', "”")


def _headline_line(text: str, s: int, e: int, credit: regex.Pattern[str]) -> bool:
    """Whether ``text[s:e]`` reads as another story's headline: a few words, a capital or a
    digit first, no sentence end or label colon, no bullet (a story's own list), no credit."""
    if not _HEADLINE_MIN <= e - s <= _HEADLINE_MAX or text[s] in _BULLETS:
        return False
    line = text[s:e]
    first = line[0]
    if line.endswith(_NOT_HEADLINE_END) or not (first.isupper() or first.isdigit() or first in "\"“‘'("):
        return False
    n = line.count(" ") + 1
    if not _HEADLINE_WORDS[0] <= n <= _HEADLINE_WORDS[1]:
        return False
    return credit.match(line) is None and writer_line(text, s, e, body_seen=True, contacts=False) is None


def headlines_above_footer(text: str, segments: Segments, found: Found, credit: regex.Pattern[str]) -> None:
    """Related headlines with no label, between the story's last paragraph and the footer that
    closes the text (``Rail fares to rise again`` / ``5 stocks to buy before budget day`` above
    ``© 2025 Daily Ledger``): two or more headline lines in a row right above the closing
    footer block, with a story sentence above them, join the footer."""
    n = len(segments)
    while n > 0 and segments[n - 1][1:] in found:
        n -= 1
    if n == len(segments) or n == 0:
        return  # no footer closes the text, or nothing but footer
    m = n - 1
    while m >= 0 and n - m <= _HEADLINES_LOOK and _headline_line(text, *segments[m][1:], credit):
        m -= 1
    if n - 1 - m < _HEADLINE_RUN or m < 0:
        return
    _, ps, pe = segments[m]
    if not text[ps:pe].rstrip("\"”’')»").endswith((".", "!", "?", "।")):
        return  # the run does not follow a story sentence: a list, a headline block of the story
    for k in range(m + 1, n):
        found[segments[k][1:]] = "related_links"


_MENU_CHARS = 30  # a menu entry is a word or two
_MENU_WORDS = 3
_MENU_MIN = 4  # entries in a row, at least
_MENU_SINGLE = 3  # of which single words, at least (an author block is names and roles)
_PROSE_WORDS = 8  # a line with this many words is story (or a teaser), no menu


def _menu_entry(text: str, s: int, e: int) -> bool:
    if e - s > _MENU_CHARS or text[e - 1] in ".!?,;":
        return False
    return text.count(" ", s, e) < _MENU_WORDS


def _prose_line(text: str, s: int, e: int) -> bool:
    return e - s > 40 and text.count(" ", s, e) >= _PROSE_WORDS - 1


def menu_runs(text: str, segments: Segments, found: Found) -> None:
    """A site menu flattened into lines (``Inicio`` / ``Política`` / ``Economía`` / ``Deportes``):
    four or more entries in a row — a word or two each, no sentence punctuation, three single
    words at least — above the story's first paragraph or below its last (a list inside the
    story stays)."""
    # (Only the lines above the first paragraph and below the last are visited.)
    first = next((n for n, (_, s, e) in enumerate(segments) if _prose_line(text, s, e)), None)
    if first is None:
        return
    last = next(n for n in range(len(segments) - 1, -1, -1) if _prose_line(text, *segments[n][1:]))
    for lo, hi in ((0, first), (last + 1, len(segments))):
        n = lo
        while n < hi:
            m = n
            # (an entry the tables know, ``Inicio``, ``Startseite``, is one of the run)
            while m < hi and _menu_entry(text, *segments[m][1:]):
                m += 1
            run = segments[n:m]
            single = sum(1 for _, s, e in run if text.count(" ", s, e) == 0)
            if len(run) >= _MENU_MIN and single >= _MENU_SINGLE:
                for _, s, e in run:
                    found.setdefault((s, e), "other")
            n = m + 1


_HEADER_TAIL_LINES = 6  # a teaser block under a related-links header: a few ledes
_HEADER_TAIL_LINE = 250
_HEADER_TAIL_FROM = 0.5  # the header stands in the text's second half
_QUOTE_MARKS = ("“", "”", '"', "«", "»", "„")


def header_tail(text: str, segments: Segments, found: Found, headers: list[int]) -> None:
    """Teasers of other stories under a related-links header at the end (``Das könnte Sie auch
    interessieren`` / three ledes to the text's end): when the header (``headers``: the start
    offsets of related-links headers, this rule's or an earlier rule's) stands in the second half
    and at most six short lines follow it to the end, they are the block's, even when they read
    as full sentences."""
    if not segments or not headers:
        return
    top, end = segments[0][1], segments[-1][2]
    h = max(headers)
    if h < top + (end - top) * _HEADER_TAIL_FROM:
        return
    after = [seg for seg in segments if seg[1] > h]
    if not after or len(after) > _HEADER_TAIL_LINES or any(e - s > _HEADER_TAIL_LINE for _, s, e in after):
        return
    if any(q in text[after[0][1] : after[-1][2]] for q in _QUOTE_MARKS):
        return  # a quotation: the story's own closing paragraphs after an inline related box
    for _, s, e in after:
        found.setdefault((s, e), "related_links")


_NOTE_MAX = 240  # an editorial footnote is one short line
# A word of the story marked for a footnote: ``Karim*``, ``Karim*,`` (not ``**bold**``).
_NOTE_MARK = deferred_re(r"[^\W\d_]\*(?![*\w])")


def footnotes(text: str, segments: Segments, found: Found) -> None:
    """Lines opening with one asterisk (``*Le prénom a été modifié``) that answer a word marked
    with one above them (``Karim*``): an editorial note about the story, not the story."""
    first_mark = -1  # where the first marked word is (one search per document, on demand)
    for _, s, e in segments:
        if text[s] != "*" or e - s > _NOTE_MAX or e - s < 4 or text[s + 1] == "*" or (s, e) in found:
            continue
        if first_mark == -1:
            m = _NOTE_MARK.search(text)
            first_mark = len(text) if m is None else m.start()
        if first_mark < s:
            found[(s, e)] = "other"


_LABEL_TRIM = "([«»:|›>])-–—*•· \t\u00a0\u202f"


def label_key(label: str) -> str:
    """A label as compared: case-folded, single-spaced, straight apostrophes, no punctuation
    around it (``[Lesen Sie auch:]`` -> ``lesen sie auch``)."""
    return " ".join(label.strip(_LABEL_TRIM).casefold().replace("’", "'").split())


@functools.lru_cache(maxsize=32)
def label_set(labels: tuple[str, ...]) -> frozenset[str]:
    """The compared forms of a language's also-read labels (see :func:`orphan_labels`)."""
    return frozenset(k for k in map(label_key, labels) if k)


def orphan_labels(text: str, segments: Segments, found: Found, labels: frozenset[str]) -> None:
    """Lines that are only an also-read label (set lookups: no pattern to compile)."""
    if not labels:
        return
    longest = max(map(len, labels)) + 6
    for _, s, e in segments:
        if e - s <= longest and (s, e) not in found and label_key(text[s:e]) in labels:
            found[(s, e)] = "related_links"


# Words that are English and no word of French, Spanish, German, Portuguese or Italian (``on``,
# ``a``, ``in``, ``an``, ``will`` are left out: they are words there too).
# Czech ``to`` and ``by`` are in the list: too rare in a Czech line to reach the share.
_ENGLISH_ONLY = frozenset(
    (
        "the", "is", "are", "was", "were", "with", "of", "and", "who", "which", "that", "to", "for",
        "by", "this", "it", "its", "have", "has", "be", "than", "from", "at", "or", "our", "we",
        "you", "your", "been", "these", "those", "their", "they",
    )
)  # fmt: skip
_ENGLISH_SHARE = 0.25  # of a paragraph's words, at least this many from the list above
_ENGLISH_MIN_WORDS = 8
_ENGLISH_MAX = 1200
_LAST_LINES = 4  # only among the text's last lines: a story may quote English anywhere else
# Languages written in Latin script, whose stories rarely run a paragraph of English (Hindi
# stories often quote English statements whole).
_LATIN = frozenset(("fr", "es", "de", "pt", "it", "cs"))
_WORDS = deferred_re(r"[^\W\d_]+(?:['’][^\W\d_]+)?")


def english_notes(text: str, segments: Segments, found: Found, code: str) -> None:
    """In a French, Spanish, German, Portuguese, Italian or Czech text (``code``), English paragraphs
    among its last lines that quote nobody: a publisher's note in the language of its partners
    (or of its CMS)."""
    if code not in _LATIN:
        return
    for _, s, e in segments[-_LAST_LINES:]:
        if e - s > _ENGLISH_MAX or (s, e) in found or text[s] in "\"“‘«„'":
            continue
        words = _WORDS.findall(text, s, e)
        if len(words) < _ENGLISH_MIN_WORDS:
            continue
        english = sum(1 for w in words if w.lower() in _ENGLISH_ONLY)
        if english >= _ENGLISH_SHARE * len(words):
            found[(s, e)] = "other"


# Another story's headline with a quoted kicker, alone between paragraphs (``'Meth. We're On
# It.': State spends $449K on anti-drug ads``, ``‘I will not quit’: MP’s video message``): the
# quotation, a colon, a capitalised headline with no sentence end. A story's quotation is
# followed by its speaker or a sentence, and ends with a full stop.
_QUOTED_KICKER = deferred_re(
    r"[‘'“\"][^\n]{2,80}?[’'”\"][ \t\u00a0]{0,2}:[ \t\u00a0]{1,3}[A-Z0-9][^\n]{8,120}(?<![.!?,;:…\"”’])"
)
_KICKER_QUOTES = "‘'“\""
_PARAGRAPH = 80  # a story paragraph above the line: the headline is not the page's own


def inline_headlines(text: str, segments: Segments, found: Found) -> None:
    """Related headlines with a quoted kicker standing alone below the story's first paragraph:
    ``related_links``. One scan of the text finds the lines opening with a quote mark and holding
    ``:`` (few), and only those are matched."""
    if not _quote_before_colon(text):
        return  # (a literal walk first: most texts hold no such line, and the scan stays uncompiled)
    candidates = [m.start(1) for m in _KICKER_LINE.finditer(text)]
    if not candidates:
        return
    starts = [s for _, s, _ in segments]
    first = next(
        (n for n, (_, s, e) in enumerate(segments) if e - s >= _PARAGRAPH and text[e - 1] in '.!?"”’)'),
        len(segments),
    )
    for pos in candidates:
        n = bisect.bisect_left(starts, pos)
        if n <= first or n >= len(segments) or starts[n] != pos:
            continue
        _, s, e = segments[n]
        if e - s <= 220 and (s, e) not in found and _QUOTED_KICKER.fullmatch(text, s, e) is not None:
            found[(s, e)] = "related_links"


# A line opening with a quote mark and holding a colon (led by the line break: ``re`` looks for
# that one character).
_CLOSING_QUOTES = "'’\"”"


def _quote_before_colon(text: str) -> bool:
    """Whether a quotation closes right before a colon somewhere in ``text`` (one walk over its
    colons): a quoted kicker's sign, rare in a text, so the scan rarely runs."""
    at = text.find(":", 1)
    while at > 0:
        if text[at - 1] in _CLOSING_QUOTES:
            return True
        at = text.find(":", at + 1)
    return False


_KICKER_LINE = deferred_re(r"\n[ \t\u00a0]*([‘'“\"])[^\n:]{2,90}:")


# Nouns that make a short title a promo's header (``Pick Six Newsletter``, ``How to listen to
# The Tennis Podcast``) when it stands next to the plug.
_PROMO_TITLE_NOUNS = frozenset(("newsletter", "newsletters", "podcast", "podcasts", "app", "epaper"))
_PROMO_TITLE_MAX = 60
_PROMO_TITLE_WORDS = 7
_TITLE_ENDS = (".", "?", "…", ";", ",")  # how a sentence or a clause ends (a button may shout ``!``)
_TITLE_CLOSERS = "\"”’')»]"


def promo_titles(text: str, segments: Segments, found: Found) -> None:
    """A short title naming a newsletter, podcast or app (no sentence end), right above or
    under a plug already found: the plug's header (``Pick Six Newsletter`` over ``Get the day's
    big stories …``). Only the lines next to a plug are visited."""
    offers = [k for k, kind in found.items() if kind in _OFFERS]
    if not offers:
        return
    n_seg = len(segments)
    starts = [s for _, s, _ in segments]
    for fs, _ in offers:
        n = bisect.bisect_left(starts, fs)
        if n >= n_seg or segments[n][1] != fs:
            continue
        for k in (n - 1, n + 1):
            if not 0 <= k < n_seg:
                continue
            _, s, e = segments[k]
            if (s, e) in found or e - s > _PROMO_TITLE_MAX or _title_end(text, s, e) or text[e - 1] == "!":
                continue
            words = _WORDS.findall(text[s:e].lower())
            if len(words) <= _PROMO_TITLE_WORDS and not _PROMO_TITLE_NOUNS.isdisjoint(words):
                found[(s, e)] = "other"


def _title_end(text: str, s: int, e: int) -> bool:
    """Whether ``text[s:e]`` ends like a sentence or a clause (closing marks passed over)."""
    return text[s:e].rstrip(_TITLE_CLOSERS).endswith(_TITLE_ENDS)
