"""Title extent: whether a text looks like a headline and where a title ends.

Used by every shape: the title after a label, the titles under a label-only line or a section
header, and titles cut out of joined lines.
"""

from __future__ import annotations

import functools
import itertools
from collections import Counter
from collections.abc import Iterator, Sequence
from typing import NamedTuple

import regex

from newsparse._document import Document
from newsparse._model import AlsoRead, Boilerplate, Span
from newsparse.lang import LanguageTables
from newsparse.rules.also_read import patterns as P
from newsparse.rules.also_read.compiled import _ENGLISH_STARTERS, _Compiled, _is_paragraph_gap, _Starters
from newsparse.rules.also_read.gate import _label_regex_source
from newsparse.rules.also_read.text import (
    _ABBREVIATION,
    _CAPS_EXCLUDE,
    _CLOSERS,
    _NOT_A_TITLE,
    _OPENERS,
    _TOKEN,
    _bare,
    _first_letter,
    _is_all_caps,
    _is_capitalised,
    _is_lower,
    _Lazy,
    _Line,
    _starts_lower,
    _strip_span,
)


def _looks_like_title(text: str, *, bulleted: bool = False, max_words: int = 25) -> bool:
    """Return whether a (stripped) line reads like a linked headline rather than body text."""
    s = text.strip()
    if not s or len(s) > 220 or _NOT_A_TITLE.search(s):
        return False
    words = s.split()
    if not 2 <= len(words) <= max_words:
        return False
    if sum(ch.isdigit() for ch in s) * 2 >= sum(not ch.isspace() for ch in s):
        return False  # a date, a score or a figure line
    if _starts_lower(words[0]) or not any(c.isalpha() for c in s):
        return False
    if s.endswith((":", ",", ";", "।", "۔")) or (s.startswith("(") and s.endswith(")")):
        return False  # a label, a clause, or a parenthesised caption / credit
    if s.endswith(".") and not s.endswith(("...", "..")):
        # A full stop marks a sentence, except on a short bullet.
        return bulleted and len(words) <= 15
    return True


_RANK = _Lazy(r"\d{1,2}[.)]?+")
# The category line a blog template's related-posts block sets under each title, a short
# preposition and the category in quotes (``In "Allgemein"``, ``Dans "Actualités"``, ``Em
# "Notícias"``): stepped over, never a title.
_CATEGORY_LINE = _Lazy(r"\p{Lu}\p{Ll}{0,4}+[ \t\u00a0]{1,3}+[\"“„«][^\"“”„«»\n]{1,60}+[\"”“»]")

_SPACE_RUN = _Lazy(r"[^ \t\u00a0\u202f][ \t\u00a0\u202f]{3}|\t")
# A promo behind a label word (``READ MORE: Sign up for our newsletter``), not a story title.
_PROMO_TITLE = _Lazy(
    r"(?i)^\W{0,3}(?:sign\s+up|subscribe|download|click|tap|follow\s+us|join\s+(?:us|our)|register)\b"
    r"|\b(?:newsletters?|whatsapp\s+channel|telegram\s+channel|google\s+news)\b"
)


def _headline_like(title: str, *, separated: bool) -> bool:
    """Whether a title on a label's line reads like a linked headline, not a sentence or a promo.

    A headline has no sentence-final full stop (after a label with no separator, a full stop
    means the label words began a sentence: ``Mehr zum Thema Haushalt lesen Sie auf Seite 3.``;
    with a separator, a long text ending in one is a sentence), is at most 30 words long and is
    not a call to action.
    """
    words = title.split()
    if len(words) > 30 or _PROMO_TITLE.search(title) is not None or _is_tag_list(title):
        return False
    if (title.startswith("(") and title.endswith(")")) or sum(
        _is_word(w) for w in words
    ) < _MIN_HEADLINE_WORDS:
        # A stamp after a "read more" link (``Leia mais (08/03/2018 – 19h07)``), not a headline.
        return False
    if title.endswith(".") and not title.endswith("..") and not _ABBREVIATION.fullmatch(words[-1]):
        return separated and len(words) <= 15
    return True


_MIN_HEADLINE_WORDS = 2  # words of two letters or more that a headline has at least


def _is_word(token: str) -> bool:
    """Whether ``token`` holds two letters or more (``Lula``, ``दिल्ली``; not ``19h07`` or ``a``)."""
    return sum(ch.isalpha() for ch in token) >= 2 and not any(ch.isdigit() for ch in token)


_TOPIC_WORDS = 2  # lines this short under a label or header are topic tags, not headlines


def _is_topic_list(text: str, titles: list[tuple[int, int, int, str | None]]) -> bool:
    """Whether every "title" under a label or header is a topic tag of one or two words
    (``Mehr zum Thema`` / ``FC Bayern`` / ``Bundesliga``): a menu of topics, not linked headlines."""
    return bool(titles) and all(
        url is None and len(text[s:e].split()) <= _TOPIC_WORDS for _, s, e, url in titles
    )


def _topic_block(
    document: Document, line: _Line, titles: list[tuple[int, int, int, str | None]], taken: set[int]
) -> Boilerplate:
    """The label or header line and its topic tags as one ``related_links`` footer."""
    taken.update(i for i, _, _, _ in titles)
    s, _ = _strip_span(document.text, line.start, line.end)
    return Boilerplate(document.span(s, titles[-1][2]), "related_links")


_SENTENCE_TITLE_WORDS = 8


def _is_sentence_title(title: str) -> bool:
    """A "title" of more than eight words ending in a full stop, after a label in a sentence-case
    language: information behind ``Más información:`` or ``Saiba mais:``, not a headline (their
    headlines never end in a full stop; English ones, in Title Case, are judged as before)."""
    return (
        title.endswith(".")
        and not title.endswith("..")
        and len(title.split()) > _SENTENCE_TITLE_WORDS
        and not _ABBREVIATION.fullmatch(title.split()[-1])
    )


# Between two titles after one label: a spaced pipe or bullet (``Also Read: A | B``).
_TITLE_SPLIT = _Lazy(r"[ \t\u00a0\u202f]++[|｜•·][ \t\u00a0\u202f]++")


# A segment of a one-line scrape between two paragraph gaps; ``_SENTENCE_END`` ends prose.
_GAP_SEGMENT = _Lazy(r"[ \t\u00a0\u202f]{3,}+([^ \t\u00a0\u202f](?:(?![ \t\u00a0\u202f]{3})[^\r\n]){0,300}+)")
_SENTENCE_END = '.!?।۔؟…"”’»)'
# Reported speech in the past tense is prose; headlines say ``says``.
_PAST_SPEECH = P.SPEECH_VERBS - P.HEADLINE_SPEECH_VERBS


def _gap_titles(
    c: _Compiled, text: str, line: _Line, item: AlsoRead, limit: int, most: int
) -> Iterator[AlsoRead]:
    """Further titles after a label's title in a one-line scrape whose paragraphs are joined by
    runs of spaces (``यह भी पढ़ें:      A      B      Next paragraph।``): each following
    segment that reads as a headline (4–15 words: shorter ones are widget labels such as
    ``Market Tools``; no sentence-final punctuation; not opening with a label; no promo word)
    is a link with the same label; the first segment that does not ends them."""
    lt = line.text
    at = item.span.end - line.start
    for _ in range(most):
        m = _GAP_SEGMENT.match(lt, at, limit)
        if m is None:
            return
        s, e = _strip_span(lt, m.start(1), m.end(1))
        seg = lt[s:e]
        words = seg.split()
        if (
            not 4 <= len(words) <= 15
            or seg.endswith(tuple(_SENTENCE_END))
            or _CAPS_EXCLUDE.search(seg) is not None
            or _starts_lower(words[0])
            or c.label_at(lt, s) is not None
            or not _headline_like(seg, separated=True)
            or _NOT_A_TITLE.search(seg) is not None
            or any(_bare(w) in _PAST_SPEECH for w in words)
        ):
            return
        span = Span.of(text, line.start + s, line.start + e)
        yield AlsoRead(span, span, item.label, None)
        at = e


def _split_titles(text: str, item: AlsoRead) -> list[AlsoRead]:
    """One item per linked title when a label is followed by several titles on its line,
    separated by spaced pipes or bullets, each a headline of three words or more (a short
    part is a site name after the title: ``Fuel prices rise | Mint``)."""
    title = item.title
    if item.url is not None or not any(sep in title.text for sep in ("|", "｜", "•", "·")):
        return [item]
    parts: list[tuple[int, int]] = []
    at = title.start
    for m in _TITLE_SPLIT.finditer(text, title.start, title.end):
        parts.append((at, m.start()))
        at = m.end()
    parts.append((at, title.end))
    if len(parts) < 2 or not all(
        len(text[s:e].split()) >= 3 and _headline_like(text[s:e], separated=True) for s, e in parts
    ):
        return [item]
    out = []
    for n, (s, e) in enumerate(parts):
        start = item.span.start if n == 0 else s
        end = item.span.end if n == len(parts) - 1 else e
        out.append(AlsoRead(Span.of(text, start, end), Span.of(text, s, e), item.label, None))
    return out


def _is_tag_list(title: str) -> bool:
    """Whether a "title" is a comma-separated list of short capitalised topics (``Council Tax,
    Budget 2025``): a tag strip behind a ``Related:`` label, not a headline.

    A headline that opens on a sentence word and a comma (``Now, Paper Lions?``, ``Yes,
    Prime Minister``) or ends in a question or exclamation is not one: a topic tag is a name or a
    noun, and a strip of tags asks nothing.
    """
    parts = title.split(",")
    if len(parts) < 2 or title.rstrip(_TAG_CLOSERS).endswith(("?", "!")):
        return False
    if parts[0].strip() in P.SENTENCE_STARTERS or parts[0].strip() in _DISCOURSE_OPENERS:
        return False
    for part in parts:
        words = part.split()
        if not 1 <= len(words) <= 3 or not all(_is_capitalised(w) or w[:1].isdigit() for w in words):
            return False
    return True


_TAG_CLOSERS = " \t\"'”’»)"
# Words that open a headline before a comma and are never a topic tag (beyond the sentence
# starters): ``Yes, …``, ``So, …``, ``Well, …``.
_DISCOURSE_OPENERS = frozenset(("Yes", "No", "So", "Well", "Oh", "Sorry", "Again", "Finally", "Okay", "OK"))


def _sentence_mode(words: Sequence[str]) -> str:
    content = [
        w
        for w in words[:10]
        if any(c.isalpha() for c in w) and _bare(w) not in P.SMALL_WORDS and not any(c.isdigit() for c in w)
    ][:3]
    if not content or not any(_first_letter(w).isupper() or _first_letter(w).islower() for w in content):
        return "none"
    if all(_is_all_caps(w) for w in content if _first_letter(w)) and len(content) >= 2:
        return "caps"
    # Acronyms and figures (``US Q2 GDP growth revised …``) are capitalised in any headline: the
    # words after them show the case style.
    cased = [w for w in words[:10] if _is_cased_word(w)][:3]
    if all(_is_capitalised(w) for w in (cased if len(cased) >= 2 else content)):
        return "title"
    return "sentence"


def _is_cased_word(word: str) -> bool:
    """Whether ``word`` shows a headline's case style: a word with letters, not a small word, an
    acronym (``GDP``) or a token holding a digit (``Q2``)."""
    return (
        any(c.isalpha() for c in word)
        and _bare(word) not in P.SMALL_WORDS
        and not _is_all_caps(word)
        and not any(c.isdigit() for c in word)
    )


def _lower_or_number_at(words: Sequence[str], i: int) -> bool:
    """Whether ``words[i]`` exists and starts in lower case or with a digit."""
    return i < len(words) and (_is_lower(words[i]) or words[i][:1].isdigit())


def _next_is_sentence(words: Sequence[str], i: int) -> bool:
    """Whether a lower-case ordinary word follows within a few words (a sentence, not a title)."""
    return any(_is_lower(w) and _bare(w) not in P.SMALL_WORDS for w in words[i + 1 : i + 6])


_TITLE_PUNCTUATION = (":", "：", "-", "–", "—", "|", "?", "!")
_LONGEST_OPENER = 4  # words in the longest entry of ``patterns.UNCASED_OPENERS``


def _is_elided_opener(word: str, starters: _Starters) -> bool:
    """``C'est``, ``L'annonce``: a capitalised elision glued to a lower-case word."""
    cut = max(word.find("'"), word.find("’")) + 1
    return 0 < cut < len(word) and word[:cut].replace("’", "'") in starters.elided and word[cut].islower()


def _subject_of_clause(words: Sequence[str], i: int, starters: _Starters) -> bool:
    """Whether ``words[i]`` is the subject of a speech clause of the language (``मंत्री ने कहा कि``)."""
    return any(tuple(words[i + 1 : i + 1 + len(clause)]) == clause for clause in starters.clauses)


_ROLE_SUBJECT_WORDS = 3  # a role and a name of up to two words before a speech clause


def _role_subject(words: Sequence[str], i: int, starters: _Starters) -> bool:
    """Whether the role word ``words[i]`` opens the subject of a speech clause within three words
    (``मुख्यमंत्री योगी आदित्यनाथ ने कहा कि``): the subject starts the next sentence, not only
    its last word."""
    return any(
        _subject_of_clause(words, j, starters) for j in range(i, min(i + _ROLE_SUBJECT_WORDS, len(words) - 2))
    )


def _opens_sentence(words: Sequence[str], i: int, starters: _Starters) -> bool:
    """Whether ``words[i]`` (or it and the next word) is an opener that starts a new sentence
    whatever follows: not after an article or opener (``bei Die Linke``) and not after a colon,
    dash or question inside the headline (``Hitzewelle: Wie …``)."""
    phrase = words[i].lstrip(_OPENERS).rstrip(",")
    found = phrase in starters.openers or (bool(starters.elided) and _is_elided_opener(phrase, starters))
    for word in words[i + 1 : i + _LONGEST_OPENER] if not found else ():
        phrase = f"{phrase} {word.rstrip(',')}"
        if phrase in starters.openers:
            found = True
            break
    if not found:
        return False
    prev = words[i - 1]
    return not prev.endswith(_TITLE_PUNCTUATION) and _bare(prev) not in starters.lower


_ATTRIBUTION_WORDS = 5  # the longest speaker a closing attribution names (``Union Home Minister X Y``)


def _opens_after_attribution(words: Sequence[str], i: int, starters: _Starters) -> bool:
    """Whether the sentence starter ``words[i]`` opens the next sentence right after a headline's
    closing attribution (``…: PM Modi Under its plan …``, ``…, says Jane Roe In a statement …``).

    Such a headline ends in a colon or a headline speech verb and one to five capitalised words
    (the speaker); a starter after them followed by a lower-case word cannot continue a
    name, so it begins the paragraph the scrape joined on. (After an ordinary capitalised word
    the starter may be part of a name or a Title Case run, so it is not cut there.)
    """
    if words[i].rstrip(",") not in starters.words or i + 1 >= len(words):
        return False
    if not _is_lower(words[i + 1]):
        return False
    j = i - 1
    while j >= 0 and i - j <= _ATTRIBUTION_WORDS and _is_capitalised(words[j]):
        if words[j].endswith(_TITLE_PUNCTUATION) or words[j].endswith((",", ";", ".")):
            break
        j -= 1
    if j == i - 1 or j < 1:
        return False
    return words[j].endswith((":", "：")) or _bare(words[j]) in P.HEADLINE_SPEECH_VERBS


def _subject_verb_follows(words: Sequence[str], i: int, starters: _Starters) -> bool:
    """Whether a finite verb of the language follows the capitalised ``words[i]``, directly or
    after one more capitalised word (a name: ``Bürgermeisterin Dörner hatte``)."""
    if i + 1 >= len(words):
        return False
    if _bare(words[i + 1]) in starters.verbs:
        return True
    if not starters.sentence_case:
        return False
    # A role and a name of one or two words (``Oberbürgermeisterin Henriette Reker sagte``), or
    # a name and an apposition between commas (``Jean Dupont, le maire, a promis``).
    for j in range(i + 1, min(i + 1 + _NAME_WORDS, len(words) - 1)):
        if not _is_capitalised(words[j]):
            return False
        if words[j].endswith(","):
            return _apposition_verb(words, j + 1, starters)
        if _bare(words[j + 1]) in starters.verbs:
            return True
    return False


_NAME_WORDS = 2  # capitalised words between a sentence subject's first word and its verb
_RUN_BREAKS = (":", ",", ";", "-", "–", "—", "|", "?", "!", ".")


def _name_run_subject(words: Sequence[str], i: int, starters: _Starters) -> int | None:
    """Where the next sentence's subject starts when the finite verb ``words[i]`` follows a run of
    capitalised words that joins the title's last name to that subject (``… en Madrid Pedro
    Sánchez anunció …``, ``… für Lindau Oberbürgermeisterin Eva Roth sagte …``), else ``None``.

    The subject opens at a role word of the run, else it is the run's last two words. The run
    must follow a function word and hold three words or more, or an ordinary word and four:
    shorter runs are names inside a headline (``El Gobierno de Pedro Sánchez anunció``), judged
    by :func:`_subject_verb_follows`; a run after a colon or dash opens the headline's own clause.
    """
    if not _is_lower(words[i]) or _bare(words[i]) not in starters.verbs:
        return None
    r = i
    while (
        r > 0
        and _is_capitalised(words[r - 1])
        and not words[r - 1].endswith(_RUN_BREAKS)
        and _bare(words[r - 1]) not in P.SMALL_WORDS
    ):
        r -= 1
    run = i - r
    if r < 2 or run < 3 or not _is_lower(words[r - 1]) or words[r - 1].endswith(_RUN_BREAKS):
        return None
    function_word = _bare(words[r - 1]) in P.SMALL_WORDS or _bare(words[r - 1]) in starters.lower
    if not function_word and run < 4:
        return None
    role = next((j for j in range(r + 1, i) if _bare(words[j]) in starters.roles), None)
    return role if role is not None else i - _NAME_WORDS


_ARTICLE_NAME_WORDS = 2  # capitalised words of the name after a sentence-opening article


def _article_subject(words: Sequence[str], i: int, starters: _Starters) -> bool:
    """Whether the capitalised article ``words[i]`` opens the next sentence's subject: it follows
    an ordinary lower-case word (not a preposition or article: ``em A Coruña``), and one or two
    capitalised words then an ordinary lower-case word follow it (``A Câmara aprovou``; ``El
    Clásico con …`` goes on: ``con`` is a small word)."""
    prev = words[i - 1]
    if not _is_lower(prev) or prev.endswith(_RUN_BREAKS) or _bare(prev) in starters.lower:
        return False
    if _bare(prev) in P.SMALL_WORDS:
        return False
    j = i + 1
    while j < len(words) and j - i <= _ARTICLE_NAME_WORDS and _is_capitalised(words[j]):
        if words[j].endswith(_RUN_BREAKS):
            return False
        j += 1
    if j == i + 1 or j >= len(words) or j - i > _ARTICLE_NAME_WORDS + 1:
        return False
    nxt = words[j]
    return _is_lower(nxt) and _bare(nxt) not in P.SMALL_WORDS and _bare(nxt) not in starters.lower


_APPOSITION_WORDS = 6  # the longest apposition after a name (``le maire de la ville``)


def _apposition_verb(words: Sequence[str], k: int, starters: _Starters) -> bool:
    """Whether a short apposition starting at ``words[k]`` closes with a comma and a finite verb
    of the language follows (``…, le maire, a promis``)."""
    for j in range(k, min(k + _APPOSITION_WORDS, len(words) - 1)):
        if words[j].endswith(","):
            return _bare(words[j + 1]) in starters.verbs
    return False


# Two sentences glued without a space where a scraper dropped a paragraph break: a full stop
# between two words (``… city centre.The mayor …``), or a lower-case letter before a capital
# (``… InnenstadtDie Bauarbeiten …``), also when the capital is an elided opener (``… du
# pogromC'est ce que …``). Only a cheap test: ``_split_glued`` decides.
_GLUED = _Lazy(r"\p{Ll}\.\p{Lu}|\p{Ll}\p{Lu}['’]?\p{Ll}")
_GLUED_STOP = _Lazy(r"(?<=\p{Ll}\p{Ll})\.(?=\p{Lu}\p{Ll})")
_GLUED_CASE = _Lazy(r"(?<=\p{Ll})(?=\p{Lu}['’]?\p{Ll}++[,;:]?$)")


def _split_glued(text: str, toks: list[tuple[int, int]], starters: _Starters) -> list[tuple[int, int]]:
    """``toks`` with each token that glues two sentences split in two.

    A full stop after two lower-case letters and before a capitalised word splits its token
    (``centre.The``; ``U.S`` and ``a.m.`` do not match). A capitalised word glued to a lower-case
    letter splits it when the word is a sentence opener of the language (``centreThe``,
    ``InnenstadtDie``, ``MadridEl``): names glue other words (``YouTube``, ``McDonald``), and a
    two-letter English opener needs an all-lower-case word before it (``LinkedIn`` stays whole).
    """
    out: list[tuple[int, int]] = []
    for s, e in toks:
        cut = _glued_cut(text, s, e, starters)
        out += [(s, cut), (cut, e)] if cut is not None else [(s, e)]
    return out


def _glued_cut(text: str, s: int, e: int, starters: _Starters) -> int | None:
    """Where token ``[s, e)`` glues two sentences (see :func:`_split_glued`), or ``None``."""
    m = _GLUED_STOP.search(text, s, e)
    if m is not None:
        return m.end()
    m = _GLUED_CASE.search(text, s, e)
    if m is None:
        return None
    head, word = text[s : m.start()], text[m.start() : e].rstrip(",;:")
    if word not in starters.words and word not in starters.openers and not _is_elided_opener(word, starters):
        return None
    if len(word) >= 3 or starters.sentence_case or (head.isalpha() and head.islower()):
        return m.start()
    return None


def _glued_sentence(text: str, start: int, end: int, starters: _Starters) -> bool:
    """Whether ``[start, end)`` holds two sentences glued without a space (``…centre.The``)."""
    if _GLUED.search(text, start, end) is None:
        return False
    return any(
        _glued_cut(text, m.start(), m.end(), starters) is not None for m in _TOKEN.finditer(text, start, end)
    )


def _title_end(
    text: str, start: int, limit: int, starters: _Starters | None = None, document_text: str | None = None
) -> int:
    """Return where a title that starts at ``start`` ends inside a joined line (before ``limit``).

    The title ends at a full stop followed by a capital, an opening double quote, a run of three
    or more spaces (a paragraph break), or — judged by the title's case style — at the first word
    of the next sentence (``… Culture Abroad To read more``). ``starters`` are the words that open
    a sentence in the document's language (English by default). ``document_text``, the whole
    text the line belongs to, tells a common word from a name in a title read in sentence case
    (see :func:`_common_word_opens`; not in German, which capitalises its nouns).
    """
    if starters is None:
        starters = _ENGLISH_STARTERS
    lexicon = document_text if document_text is not None and not starters.nouns_capitalised else None
    window = min(limit, start + 400)
    toks = [(m.start(), m.end()) for m in itertools.islice(_TOKEN.finditer(text, start, window), 60)]
    if not toks:
        return start
    if _GLUED.search(text, start, window) is not None:
        toks = _split_glued(text, toks, starters)
    words = [text[s:e] for s, e in toks]
    mode = _sentence_mode(words)
    if mode == "title" and starters.sentence_case:
        # Three capitalised words in a sentence-case language are names or (German) nouns, not
        # Title Case: ``Hitzewelle: Wie Sie sich schützen`` goes on past ``Sie``.
        mode = "sentence"
    for i in range(1, len(words)):
        w, prev = words[i], words[i - 1]
        if _is_paragraph_gap(text, toks[i - 1][1], toks[i][0]):
            return toks[i - 1][1]
        core = w.lstrip(_OPENERS)
        starts_upper = _is_capitalised(core) or (core[:1].isdigit())
        prev_bare = prev.rstrip(_CLOSERS)
        # Punctuation boundaries.
        if prev_bare.endswith(("...", "…")) and starts_upper:
            return toks[i - 1][1]
        if prev_bare.endswith((".", "।", "۔")) and starts_upper and not _ABBREVIATION.fullmatch(prev_bare):
            return toks[i - 1][0] + len(prev_bare) - 1  # the full stop (or danda) ends the sentence
        if (
            prev_bare.endswith(("?", "!"))
            and starts_upper
            and (mode != "title" or _next_is_sentence(words, i))
        ):
            return toks[i - 1][1]
        if i < 2 or not prev.strip(_OPENERS + "«„»‹›"):
            continue  # the first word inside a quotation (``: « Nous irons …``) opens nothing
        if w[:1] in '"“' and (mode != "title" or _next_is_sentence(words, i)):
            return toks[i - 1][1]
        if (
            starters.sentence_case
            and w[:1] in "«„"
            and not prev.endswith(_TITLE_PUNCTUATION)
            and _next_is_sentence(words, i)
        ):
            # A quotation opening the next paragraph (``… les retraites « Nous irons …``); a
            # quotation after a colon belongs to the headline (``Retraites : « Nous … »``).
            return toks[i - 1][1]
        if starters.openers and mode != "caps" and _opens_sentence(words, i, starters):
            return toks[i - 1][1]
        if starters.clauses and i + 2 < len(words) and _subject_of_clause(words, i, starters):
            return toks[i - 1][1]
        if starters.clauses and words[i] in starters.roles and _role_subject(words, i, starters):
            return toks[i - 1][1]  # ``… पथ मुख्यमंत्री योगी आदित्यनाथ ने कहा कि …``
        if mode == "caps":
            if any(c.islower() for c in w):
                return toks[i - 1][1]
        elif mode == "title":
            if _is_lower(w) and _bare(w) not in P.SMALL_WORDS:
                j = i - 1
                while j >= 1 and not _is_capitalised(words[j]):
                    j -= 1
                if j >= 2 and _bare(words[j]).title() in P.ROLE_WORDS and _is_capitalised(words[j - 1]):
                    j -= 1  # ``… Inconclusive Agriculture Minister said``: the subject is two words
                return toks[j - 1][1] if j >= 1 else toks[i - 1][1]
        elif mode == "sentence":
            if starters.sentence_case and (subject := _name_run_subject(words, i, starters)) is not None:
                return toks[subject - 1][1]
            if (
                core.rstrip(",") in starters.words
                and not _is_capitalised(prev)
                and _bare(prev) not in P.SMALL_WORDS
                and (
                    not starters.sentence_case
                    or starters.nouns_capitalised
                    or _lower_or_number_at(words, i + 1)
                )
            ):
                # (In a sentence-case language a capitalised article or pronoun before another
                # capital is part of a name: ``… em São Paulo``, ``… en Los Ángeles``, ``… à La
                # Rochelle``.)
                return toks[i - 1][1]
            if not starters.sentence_case and _opens_after_attribution(words, i, starters):
                return toks[i - 1][1]  # ``… solutions: PM Modi Under its new plan …``
            if (
                not starters.sentence_case
                and core in P.STRONG_STARTERS
                and not prev.endswith(_TITLE_PUNCTUATION)
                and i + 1 < len(words)
                and _is_lower(words[i + 1])
                and _bare(words[i + 1]) not in P.SMALL_WORDS
            ):
                return toks[i - 1][1]  # ``… until March The mayor said …``
            if (
                starters.sentence_case
                and core in starters.words
                and i + 1 < len(words)
                and (_is_lower(words[i + 1]) or words[i + 1][:1].isdigit())
                and _bare(prev) not in starters.lower
            ):
                # Sentence-case languages capitalise an article, pronoun or preposition only at a
                # sentence start: ``… record en Madrid La ministra explicó …``, ``… en Madrid En
                # 2023, los precios …`` (a name such as ``Le Pen`` or ``Los Angeles`` goes on).
                return toks[i - 1][1]
            if (
                starts_upper
                and not core.endswith(",")
                and i + 1 < len(words)
                and _bare(words[i + 1]) in P.SPEECH_VERBS
                and _bare(words[i + 1]) not in P.HEADLINE_SPEECH_VERBS
            ):
                # The next sentence opens with its speaker: cut before the whole name
                # (``… rise Lina Ortiz said …``), unless the name is all the title holds.
                j = i
                while (
                    j > 1
                    and _is_capitalised(words[j - 1].lstrip(_OPENERS))
                    and _bare(words[j - 1]) not in P.SMALL_WORDS
                ):
                    j -= 1
                if j > 1 or not _is_capitalised(words[0].lstrip(_OPENERS)):
                    return toks[j - 1][1]
            if core in starters.articles and _article_subject(words, i, starters):
                return toks[i - 1][1]  # ``… quinto dia A Câmara aprovou …``
            if (
                _is_capitalised(core)
                and (_is_lower(prev) or (starters.sentence_case and prev.isdigit()))
                and _bare(prev) not in P.SMALL_WORDS
                and _bare(prev) not in starters.lower
                and _subject_verb_follows(words, i, starters)
            ):
                return toks[i - 1][1]
            if lexicon is not None and _common_word_opens(words, i, starters, lexicon):
                return toks[i - 1][1]
    if window >= limit and len(toks) < 60:
        return toks[-1][1]
    return toks[min(len(toks), 30) - 1][1]


class _Usage(NamedTuple):
    """How an article writes its words: what tells a common word from a name."""

    lower: frozenset[str]
    """Words written in lower case somewhere (``visiblement``, ``while``)."""
    inner_capitals: Counter[str]
    """How often each capitalised word is written right after a lower-case word, inside a
    sentence (``in May``, ``the White House``): names, or words that are part of one."""
    capital_pairs: Counter[tuple[str, str]]
    """How often each pair of capitalised words is written (``Supreme Court``, ``Ram Temple``):
    a name that holds a common word."""


@functools.lru_cache(maxsize=4)
def _usage(text: str) -> _Usage:
    """The words of ``text`` by case, read in two regex passes; computed only when a joined
    title has to be cut at an unknown capital, and kept for the few texts parsed last."""
    return _Usage(
        frozenset(m.group() for m in _LOWER_WORD.finditer(text)),
        Counter(m.group(1) for m in _INNER_CAPITAL.finditer(text)),
        Counter((m.group(1), m.group(2)) for m in _CAPITAL_PAIR.finditer(text, overlapped=True)),
    )


# A word in lower case, its first letter not after a letter, digit, hyphen or apostrophe
# (``sur``, ``voici``; ``jean-pierre`` gives no ``pierre``, ``there's`` gives ``there``).
# Bounded and possessive: linear on any text.
_LOWER_WORD = _Lazy(r"(?<![\p{L}\p{N}\-'’])\p{Ll}[\p{Ll}\p{Mn}]{0,30}+(?![\p{L}\p{N}])")
# A capitalised word right after a lower-case word and one to three spaces (``in May``), the
# capitalised word captured. Bounded repeats only.
_INNER_CAPITAL = _Lazy(
    r"(?<![\p{L}\p{N}\-'’])\p{Ll}[\p{L}\p{Mn}]{0,30}+[ \t\u00a0]{1,3}+"
    r"(\p{Lu}[\p{Ll}\p{Mn}]{1,30}+)(?![\p{L}\p{N}])"
)
# Two capitalised words in a row (``Supreme Court``), each captured; found overlapped so that
# ``New York City`` gives ``New York`` and ``York City``.
_CAPITAL_PAIR = _Lazy(
    r"(?<![\p{L}\p{N}\-'’])(\p{Lu}[\p{L}\p{Mn}]{0,30}+)[ \t\u00a0]{1,3}+"
    r"(\p{Lu}[\p{Ll}\p{Mn}]{1,30}+)(?![\p{L}\p{N}])"
)
# An apostrophe and what follows it in a contraction (``There's``, ``We're``, ``C'est``).
_CONTRACTION = ("'", "’")


def _common_word_opens(words: Sequence[str], i: int, starters: _Starters, document_text: str) -> bool:
    """Whether capitalised ``words[i]`` opens the next sentence after a joined title, judged by
    how the article writes the word (#9, #11).

    A capital inside a headline marks a name (``Macron reçoit Scholz``, ``… talks in Real
    Madrid``) or the start of the next sentence (``… le chlorothalonil Visiblement peu perturbé
    …``, ``… fears in North Africa While in one …``). The article tells them apart: a common
    word shows up in lower case elsewhere in the text (``visiblement``, ``while``) and never
    capitalised inside a sentence, where a name (``Scholz``) or a word of one (``the White
    House``, ``in May``) does. The word must be followed by a lower-case word (a run of capitals
    is a name). After a lower-case word it must follow an ordinary word (``à Paris``, ``de
    Gaulle``: a preposition or article goes before a name) that ends no clause (``Tempête :
    Pluie …``); after a capitalised word (the headline's last word a name), the pair must not
    recur in the text (``… by Supreme Court in …``). Only for a title read in sentence case.
    """
    if i < 2 or i + 1 >= len(words):
        return False
    word, prev = words[i].rstrip(",;"), words[i - 1]
    stem = word
    for mark in _CONTRACTION:
        stem = stem.split(mark, 1)[0]
    if not stem[:1].isupper() or stem.isupper() or not stem.isalpha() or not _starts_lower(words[i + 1]):
        return False
    if prev.endswith(_TITLE_PUNCTUATION) or not prev[-1:].isalpha() or _bare(prev) in P.SMALL_WORDS:
        return False
    after_lower = _starts_lower(prev)
    if after_lower:
        if _bare(prev) in starters.lower:
            return False
    elif not _is_capitalised(prev) or prev.isupper():
        return False
    usage = _usage(document_text)
    if stem.lower() not in usage.lower:
        return False
    # The word itself, after a lower-case word, is one inner capital of the text already; after
    # a capital, it and that word are one capital pair already.
    if after_lower:
        return usage.inner_capitals[stem] <= 1
    return usage.inner_capitals[stem] == 0 and usage.capital_pairs[(prev, stem)] <= 1


@functools.lru_cache(maxsize=32)
def _meta_words(tables: LanguageTables | None) -> frozenset[str]:
    """The words a date, time or read-time line may hold in ``tables``' language (and English)."""
    words = P.META_WORDS["en"]
    if tables is not None:
        words = words | P.META_WORDS.get(tables.code, frozenset())
        words = words | frozenset(n for names in tables.months for n in names) | frozenset(tables.weekdays)
    return words


_META_STRIP = "0123456789.,:;/|()[]-–—·•'’\"“”"


def _is_meta_line(seg: str, words: frozenset[str]) -> bool:
    """A short line of digits and date, time or read-time words (``vor 2 Stunden``, ``12 de marzo
    de 2024``, ``3 min de leitura``) under a related title: never a title itself."""
    if len(seg) > 60 or not any(ch.isdigit() for ch in seg):
        return False
    for token in seg.split():
        core = token.strip(_META_STRIP).casefold()
        if core and core not in words:
            return False
    return True


# The end of a title: arrows pointing at the link, and a date, time or read-time after a
# separator, in brackets, or with a numeric date, clock time or "ago" word (``… habitação -
# 12.03.2024``, ``… habitação há 3 horas``, ``… habitação (12/03/2024)``).
_ARROWS = " \t\u00a0\u202f»›>→▶►⇒"
_TAIL_SEPARATORS = frozenset("-–—|·•")
_DATE_OR_TIME = _Lazy(r"\d{1,2}[./-]\d{1,2}(?:[./-]\d{2,4})?|\d{1,2}[:h]\d{2}\b")
_MIN_TITLE_WORDS = 3
_MAX_TAIL_WORDS = 6


def _without_meta_tail(lt: str, start: int, end: int, words: frozenset[str]) -> int:
    """``end`` moved back over trailing arrows and a trailing date, time or read-time."""
    arrows = _ARROWS if "«" not in lt[start:end] else _ARROWS.replace("»", "")  # a closing guillemet stays
    end = start + len(lt[start:end].rstrip(arrows))
    end = _without_link_note(lt, start, end)
    if not words or not any(ch.isdigit() for ch in lt[max(start, end - 60) : end]):
        return end
    toks = [(m.start(), m.end()) for m in _TOKEN.finditer(lt, start, end)]
    for k in range(min(_MAX_TAIL_WORDS, len(toks) - _MIN_TITLE_WORDS), 0, -1):  # longest first
        head = toks[: len(toks) - k]
        tail = lt[toks[-k][0] : end]
        separated = tail.startswith("(") and tail.endswith(")")
        if lt[head[-1][0] : head[-1][1]] in _TAIL_SEPARATORS:
            head = head[:-1]
            separated = True
        if len(head) < _MIN_TITLE_WORDS or not _is_meta_line(tail, words):
            continue
        if separated or _DATE_OR_TIME.search(tail) is not None or _has_relative_word(tail):
            return head[-1][1]
    return end


_LONGEST_NOTE = max(len(n) for n in P.LINK_NOTES) + 2


def _without_link_note(lt: str, start: int, end: int) -> int:
    """``end`` moved back over a screen reader's note in brackets (``(opens in new tab)``)."""
    if lt[end - 1 : end] not in (")", "]"):
        return end
    opener = "(" if lt[end - 1] == ")" else "["
    at = lt.rfind(opener, max(start, end - _LONGEST_NOTE), end)
    if at <= start or lt[at + 1 : end - 1].strip().casefold().replace("’", "'") not in P.LINK_NOTES:
        return end
    return start + len(lt[start:at].rstrip(" \t\u00a0\u202f-–—|"))


def _has_relative_word(tail: str) -> bool:
    """Whether a tail says how long ago or how long to read (``há 3 horas``, ``3 min read``)."""
    return any(t.strip(_META_STRIP).casefold() in P.RELATIVE_TIME_WORDS for t in tail.split())


def _title_span(
    text: str,
    start: int,
    end: int,
    url: str | None,
    tags: regex.Pattern[str] | None = None,
    meta_words: frozenset[str] = frozenset(),
) -> Span | None:
    """The title of a title line: the text before a URL (or the URL itself when alone) or a tag,
    without a trailing date or read time (``Neue Radwege, 12.03.2024``) or subscription mark."""
    if url is not None:
        u = text.find(url, start, end)
        if u > start:
            s, e = _strip_span(text, start, u, "-–—:|(")
            if text[s : s + 1] == "[" and text[e - 1 : e] == "]":
                s, e = _strip_span(text, s + 1, e - 1)  # a markdown link: ``[Title](https://…)``
            if e > s:
                return Span.of(text, s, e)
        if u >= 0:
            return Span.of(text, u, u + len(url))
    s, e = _strip_span(text, start, end)
    if tags is not None and (tag := tags.search(text, s, e)) is not None and tag.end() >= e - 1:
        s, e = _strip_span(text, s, tag.start(), "|")
    e = _without_meta_tail(text, s, e, meta_words)
    s, e = _without_marks(text, *_strip_span(text, s, e, ",;"))
    return Span.of(text, s, e) if e > s else None


# Subscription marks around a title (``patterns.PAYWALL_MARKERS``) and a ticker's ``+++``.
_MARK_ALTERNATION = "|".join(regex.escape(m) for m in sorted(P.PAYWALL_MARKERS, key=len, reverse=True))
_LEADING_MARK = _Lazy(
    # The mark ends at a space, or at its own ``+`` (``SPIEGEL+Haushalt``): ``Abo-Falle`` stays.
    r"(?i:" + _MARK_ALTERNATION + r")(?:(?<=\+)|(?=[ \t\u00a0\u202f]))"
    r"[ \t\u00a0\u202f]*+[:|·•–—-]?[ \t\u00a0\u202f]*+(?=[\p{Lu}\d\"“‘'«„])"
)
_LINK_ALTERNATION = "|".join(_label_regex_source(w) for w in sorted(P.LINK_WORDS, key=len, reverse=True))
_TRAILING_MARK = _Lazy(
    r"[ \t\u00a0\u202f]*+(?:[|·•–—-][ \t\u00a0\u202f]*+)?"
    r"(?:\((?i:" + _MARK_ALTERNATION + r")\)|(?i:" + _MARK_ALTERNATION + r")|\+{2,}+)[ \t\u00a0\u202f]*+$"
    # a link word after a pipe or arrow: ``… bedeuten | mehr``, ``… › Leia mais``
    r"|[ \t\u00a0\u202f]*+(?:[|»›→]|>>)[ \t\u00a0\u202f]*+(?i:"
    + _LINK_ALTERNATION
    + r")[ \t\u00a0\u202f»›→>]*+$"
)
_MIN_MARKED_WORDS = 2  # what is left of a title without its marks
# The last word of every trailing mark and link word, for a cheap test before the search.
_MARK_LAST_WORDS = frozenset(w.split()[-1].casefold() for w in (*P.PAYWALL_MARKERS, *P.LINK_WORDS))


_MARK_LINES = frozenset(m.casefold() for m in P.PAYWALL_MARKERS)


def _is_mark_line(seg: str) -> bool:
    """Whether a line under a label is only a subscription mark (``Article réservé à nos
    abonnés`` set on its own line above the linked title): part of the item, never a title."""
    return len(seg) <= 40 and seg.strip(" \t\u00a0\u202f.:|()[]").casefold() in _MARK_LINES


def _without_marks(text: str, start: int, end: int) -> tuple[int, int]:
    """``[start, end)`` without a subscription mark or ``+++`` before or after the title."""
    if end - start < 8:
        return start, end
    lead = _LEADING_MARK.match(text, start, end)
    if lead is not None and len(text[lead.end() : end].split()) >= _MIN_MARKED_WORDS:
        start = lead.end()
    last = text[max(start, end - 40) : end].rsplit(None, 1)[-1].strip("()»›→>").casefold()
    if not last.endswith("+") and last not in _MARK_LAST_WORDS:
        return start, end  # (most titles: no regex search over the title)
    trail = _TRAILING_MARK.search(text, start, end)
    if trail is not None and len(text[start : trail.start()].split()) >= _MIN_MARKED_WORDS:
        end = trail.start()
    return start, end
