"""Page residue beyond English (#11): the language tables' words for the prose classifier, and
language-neutral steps for the related-story lists pages print after the story.

* :func:`prose_words`: :func:`newsparse.text.prose.words_for` of the document's language, with
  the calls to action, promo nouns and label words of its tables (``LanguageTables.cta_verbs``,
  ``promo_nouns``, ``label_words``) added, so that the promo runs, the junk tail and the
  standalone calls to action read a language's furniture from its tables (#11);
* :func:`teasers_to_footer`: the headlines and ledes of a related box between its header and
  the page's closing footer;
* :func:`timed_headlines`: other stories' headlines listed with their age (``Hace 2 horas``)
  at the end of the text, with no label;
* :func:`photo_credits`: a photo credit alone on a line (``Juan Pérez | EFE``), the sources
  read from the tables;
* :func:`after_link_tail`: in a one-line scrape, an also-read link (``Sur le même sujet Fin de
  vie : ce que contient le projet de loi``) claims its label and first title; the headlines and
  plugs run on after it to the end of the text (``Les soignants divisés … Suivez-nous sur
  Facebook``) are one ``related_links`` footer when they read as headlines run together or run
  into a footer of the table.
"""

from __future__ import annotations

import functools
from collections.abc import Callable

import regex

from newsparse.lang import LanguageTables
from newsparse.rules.boilerplate import joined
from newsparse.rules.furniture.patterns import RELATIVE
from newsparse.text import prose

__all__ = ["after_link_tail", "photo_credits", "prose_words", "teasers_to_footer", "timed_headlines"]

# id(tables) -> (tables, words): tables are frozen values, but hashing one costs ~40 µs a call,
# so they are remembered by identity (the entry keeps them alive: their id is not reused).
_WORDS: dict[int, tuple[LanguageTables, prose.ProseWords]] = {}


def prose_words(tables: LanguageTables) -> prose.ProseWords:
    """The prose classifier's vocabularies for ``tables``: the built-in ones of its language
    with the tables' own calls to action, promo nouns and label words added.

    >>> from newsparse.lang import get_language
    >>> "suivez-nous" in prose_words(get_language("fr")).cta_verbs
    True
    """
    hit = _WORDS.get(id(tables))
    if hit is not None and hit[0] is tables:
        return hit[1]
    base = prose.words_for(tables.code)
    words = base
    if tables.cta_verbs or tables.promo_nouns or tables.label_words:
        words = base._replace(
            cta_verbs=base.cta_verbs | tables.cta_verbs,
            promo_nouns=base.promo_nouns | tables.promo_nouns,
            label_words=base.label_words | tables.label_words,
        )
    if len(_WORDS) < 64:
        _WORDS[id(tables)] = (tables, words)
    return words


_LINE_MIN = 400  # a one-line scrape: the line the tail ends
_TAIL_MIN, _TAIL_MAX = 25, 600  # the run's length, in characters
_TAIL_WORDS = 5  # and in words, at least
_SENTENCE_END = (".", "!", "?", "…", "।")
_CLOSERS = "\"”’')»]*"
_CAPITALS_MIN = 0.15  # headlines run together: a capital opens every few words


def after_link_tail(
    text: str,
    segments: list[tuple[int, int, int]],
    found: dict[tuple[int, int], str],
    line_bounds: Callable[[int], tuple[int, int]],
    link_ends: frozenset[int],
    kind_of: Callable[[str, bool], str | None],
    floating: bool,
) -> None:
    """Take the run closing a one-line scrape right after an also-read link claimed in it.

    ``segments[-1]`` is the text's last unclaimed run; ``line_bounds(i)`` gives line ``i``'s
    start and end; ``link_ends`` holds where the document's also-read items end. The run is
    taken when its line is a joined line (``_LINE_MIN`` characters or more), it starts where
    a link ends (white space between), holds no sentence end before its last characters, and
    reads as headlines run together (a capital opens every few words, no clause after a comma)
    or runs into a footer of the table (:func:`~newsparse.rules.boilerplate.joined.anchored_run`).
    A story sentence ends with a full stop; one after a link would not be the text's end.
    """
    if not segments or not link_ends:
        return
    idx, s, e = segments[-1]
    ls, le = line_bounds(idx)
    if le - ls < _LINE_MIN or s == ls or e != le or any(ks >= s for ks, _ in found):
        return
    if not any(end in link_ends and not text[end:s].strip() for end in range(max(ls, s - 3), s + 1)):
        return  # no link right before the run (white space between at most)
    run = text[s:e]
    if not _TAIL_MIN <= len(run) <= _TAIL_MAX:
        return
    words = run.split()
    if len(words) < _TAIL_WORDS or any(w.rstrip(_CLOSERS).endswith(_SENTENCE_END) for w in words[:-1]):
        return  # a sentence ends inside: story, or more than headlines
    punctuated = run.rstrip(_CLOSERS).endswith(_SENTENCE_END)
    # Punctuated, the run may be the story's own last sentence: only a footer ending it tells.
    if (not punctuated and _headline_run(words)) or joined.anchored_run(text, s, e, kind_of, floating):
        found[(s, e)] = "related_links"


def _headline_run(words: list[str]) -> bool:
    caps = sum(1 for w in words[1:] if w[:1].isupper())
    if caps < _CAPITALS_MIN * (len(words) - 1):
        return False
    return not any(w.endswith(",") and words[n + 1][:1].islower() for n, w in enumerate(words[:-1]))


_BLOCK_FROM = 0.35  # the header stands after the first third (the page may be longer than the story)
_BLOCK_LINES = 14  # teaser lines, at most, between the header and the closing footer
_BLOCK_LINE = 250  # a headline or a teaser's lede is short
_BLOCK_TITLES = 2  # headlines (no sentence end) among them, at least
_QUOTE_MARKS = ("“", "”", '"', "«", "»", "„")


def teasers_to_footer(
    text: str, segments: list[tuple[int, int, int]], found: dict[tuple[int, int], str], headers: list[int]
) -> None:
    """Take the teasers between a related-links header and the footer closing the text.

    A page's related-stories box (``Ultime notizie``, ``Sur le même sujet``) lists headlines,
    each often with its lede in full sentences, and the page's own footer (imprint, legal
    lines, copyright) follows. :func:`~newsparse.rules.boilerplate.runs.header_tail` takes a
    few lines running to the end; here the lines between the last header (``headers``: start
    offsets) after the text's first third (a page's furniture may be longer than its story) and
    the run of footer lines closing it are taken when they read as a teaser list: at most
    ``_BLOCK_LINES`` short lines, no quotation, at least ``_BLOCK_TITLES`` headlines (no
    sentence end), never three sentence-ending lines in a row (story paragraphs run on; a
    teaser list alternates headline and lede) and at most one after the last headline.
    """
    if not segments or not headers:
        return
    top, end = segments[0][1], segments[-1][2]
    h = max(headers)
    if h < top + (end - top) * _BLOCK_FROM:
        return
    after = [seg for seg in segments if seg[1] > h]
    close = len(after)
    while close > 0 and (after[close - 1][1], after[close - 1][2]) in found:
        close -= 1  # the footer closing the text, already found
    block = [seg for seg in after[:close] if (seg[1], seg[2]) not in found]
    if not block or close == len(after) or len(block) > _BLOCK_LINES:
        return  # nothing to take, no closing footer (``runs.header_tail``'s case), or too long
    if any(e - s > _BLOCK_LINE for _, s, e in block) or any(
        q in text[block[0][1] : block[-1][2]] for q in _QUOTE_MARKS
    ):
        return
    titles = run = 0
    for _, s, e in block:
        if text[s:e].rstrip(_CLOSERS).endswith(_SENTENCE_END):
            run += 1
            if run >= 3:
                return
        else:
            titles += 1
            run = 0
    # A list ends with a headline or one lede; two story paragraphs after an inline box do not.
    if titles >= _BLOCK_TITLES and run <= 1:
        for _, s, e in block:
            found[(s, e)] = "related_links"


_STAMP_MAX = 40  # a relative stamp alone on a line: ``Hace 2 horas``, ``vor 3 Stunden``
_HEAD_WORDS = (3, 25)  # a related headline's words
_HEAD_MAX = 160  # and its characters
_TIMED_MIN = 2  # headlines with their stamps, at least


def _stamp(text: str, s: int, e: int) -> bool:
    """Whether ``text[s:e]`` is a relative time stamp and nothing else (``il y a 3 heures``)."""
    if e - s > _STAMP_MAX:
        return False
    m = RELATIVE.search(text, s, e)
    return (
        m is not None
        and not text[s : m.start()].strip(" \t|•·-–—")
        and not text[m.end() : e].strip(" \t.|•·-–—")
    )


def _headline(text: str, s: int, e: int) -> bool:
    seg = text[s:e]
    if (
        e - s > _HEAD_MAX
        or seg.rstrip(_CLOSERS).endswith(_SENTENCE_END)
        or any(q in seg for q in _QUOTE_MARKS)
    ):
        return False
    return _HEAD_WORDS[0] <= len(seg.split()) <= _HEAD_WORDS[1] and seg[:1].isupper()


def timed_headlines(
    text: str, segments: list[tuple[int, int, int]], found: dict[tuple[int, int], str]
) -> None:
    """Take the other stories' headlines listed with their age at the end of the text.

    A page's list of latest stories ends many scrapes: each headline has its relative stamp
    above or below it (``Hace 2 horas`` / ``El Banco Central sube los tipos …``), and no label
    heads the list. From the text's end backwards, while the lines are such stamps or
    headlines (a capital first, 3–25 words, no sentence end, no quotation), the headlines that
    stand next to a stamp are one ``related_links`` footer each, when there are two at least
    and every headline has a stamp beside it. The stamps are left for the timestamps rule. A
    story's own chronology dates its lines with dates, not with ``2 hours ago``.
    """
    run: list[tuple[int, int, bool]] = []  # (start, end, is a stamp), from the end backwards
    for _, s, e in reversed(segments):
        if (s, e) in found:
            break
        if _stamp(text, s, e):
            run.append((s, e, True))
        elif _headline(text, s, e):
            run.append((s, e, False))
        else:
            break
    run.reverse()
    heads = [i for i, (_, _, stamp) in enumerate(run) if not stamp]
    beside = [i for i in heads if (i > 0 and run[i - 1][2]) or (i + 1 < len(run) and run[i + 1][2])]
    if len(heads) >= _TIMED_MIN and len(beside) == len(heads):
        for i in heads:
            found[(run[i][0], run[i][1])] = "related_links"


_CREDIT_MAX = 100  # a photo credit alone on a line is short
# A name of two to four capitalised words (particles allowed between them), a bar, then one of
# the language's photo sources; an editor's second source may follow (``EFE / Archivo``).
_CREDIT_NAME = (
    r"(?-i:\p{Lu}[\p{L}'’.-]{0,20}(?:[ \t]{1,2}(?:(?:de|del|da|do|dos|di|la|le|van|von)[ \t]{1,2}){0,2}"
    r"\p{Lu}[\p{L}'’.-]{0,20}){1,3})"
)


@functools.lru_cache(maxsize=16)
def _credit_pattern(sources: tuple[str, ...]) -> regex.Pattern[str]:
    names = "|".join(
        r"\s+".join(map(regex.escape, s.split())) for s in sorted(sources, key=len, reverse=True)
    )
    return regex.compile(
        _CREDIT_NAME + r"[ \t]{0,2}\|[ \t]{0,2}(?:" + names + r")(?:[ \t]{0,2}[/|][ \t]{0,2}\S.{0,40})?",
        regex.IGNORECASE,
    )


def photo_credits(
    text: str,
    segments: list[tuple[int, int, int]],
    found: dict[tuple[int, int], str],
    sources: tuple[str, ...],
) -> None:
    """Take the photo credits alone on a line: ``Juan Pérez | EFE`` (``sources``: the language's
    ``LanguageTables.photo_sources``). A credit is short and holds a bar: only the lines of a
    text holding one are looked at, so a text with no ``|`` costs one scan."""
    if not sources or "|" not in text:
        return
    pattern = _credit_pattern(sources)
    for _, s, e in segments:
        short = e - s <= _CREDIT_MAX and (s, e) not in found
        if short and text.find("|", s, e) >= 0 and pattern.fullmatch(text, s, e) is not None:
            found[(s, e)] = "other"
