"""The "Also Read" rule: in-article links to other stories, labelled or not.

What it finds (see ``docs/also-read.md`` for the decisions behind each shape):

* ``Also Read: <title>``, ``ALSO READ | <title>``, ``READ MORE: <title>``, ``[Related: <title>]``,
  ``(Leggi anche su: <title>)``, … at a line start, or at a sentence boundary inside a long line
  (a scrape that joined every paragraph with spaces), several per line when the label repeats;
* a label alone on its line followed by one or more title lines (``* title`` / ``- title`` bullets);
* unlabelled related headlines: Express-style ``… [INSIGHT]`` lines and Fox-style ALL-CAPS
  insert lines between body paragraphs;
* related-links section headers (``Related Stories``, ``More from …``) — the header becomes a
  :class:`~newsparse.Boilerplate` of kind ``"related_links"`` and each short title line under it an
  :class:`~newsparse.AlsoRead` with ``label=None``.

``AlsoReadRule`` holds the vocabulary and walks the candidate lines; each stage is a module beside
this one, in the order imports flow: ``text`` (patterns, word shapes, lines) → ``gate`` (label
sources and cheap gates) → ``compiled`` (one rule's compiled vocabulary) → ``titles`` (title
extent) → ``candidates`` (which lines to visit), ``blocks`` (label-only lines and section headers
with their title lines), ``inline`` (labels inside a line, the item builder), ``unlabelled``
(``[TAG]`` headlines, ALL-CAPS inserts) and ``topical`` (``More on <topic>:`` over titles, whole
bracketed ``[Label: Title]`` lines; after the line walk, on what it left).

>>> [(a.label.text, a.title.text) for a in find_also_read("Rates rose.\\nAlso Read: Banks Raise Fees")]
[('Also Read', 'Banks Raise Fees')]
"""

from __future__ import annotations

import functools
import itertools
from collections.abc import Iterable, Iterator, Sequence

import attrs
import regex

from newsparse._document import Document
from newsparse._model import AlsoRead, Boilerplate
from newsparse.lang import LanguageTables
from newsparse.rules.also_read import patterns as P
from newsparse.rules.also_read.authored import authored_links
from newsparse.rules.also_read.blocks import (
    _label_only_block,
    _section_block,
    _trailing_label,
    _trailing_label_block,
)
from newsparse.rules.also_read.candidates import _candidate_lines, _mid_candidates
from newsparse.rules.also_read.compiled import _ENGLISH_STARTERS, _added, _compile, _Compiled, _starters_for
from newsparse.rules.also_read.gate import (
    _label_regex_source as _label_regex_source,  # rules/boilerplate builds its labels with it
)
from newsparse.rules.also_read.guards import is_no_story
from newsparse.rules.also_read.headed import header_item
from newsparse.rules.also_read.inline import _labelled_items, _with_url_line
from newsparse.rules.also_read.marked import is_list_header, marked_list_block
from newsparse.rules.also_read.rails import closing_rail
from newsparse.rules.also_read.text import _NON_SPACE, _STRIP, _Line, _line_at, _Lines, _lines
from newsparse.rules.also_read.titles import _meta_words
from newsparse.rules.also_read.topical import bracketed_links, topic_links
from newsparse.rules.also_read.unlabelled import _caps_insert_block, _is_caps_insert, _tagged_items

__all__ = ["AlsoReadRule", "find_also_read"]


def _strings(values: Iterable[str]) -> tuple[str, ...]:
    """Accept any iterable of strings for a vocabulary field (a list, a tuple, a generator)."""
    return tuple(values)


# (id(rule), id(tables)) -> (rule, tables, compiled)
_BY_RULE: dict[tuple[int, int], tuple[AlsoReadRule, LanguageTables | None, _Compiled]] = {}


# The farthest a label that ends its line starts from the line end (the longest label, its
# separator and spaces): only then is it worth matching (``… Lee también:``).
_TRAILING_REACH = 80

# Languages whose text the rule's own (English) starters and weak labels already read.
_ENGLISH_LIKE = frozenset(("en", "und"))


# ---------------------------------------------------------------------------
# The rule
# ---------------------------------------------------------------------------


@attrs.frozen(slots=True)
class AlsoReadRule:
    """Find "Also Read"-style links (labelled, label-only + titles, unlabelled inserts, sections).

    Every field is vocabulary; extend one by passing a new tuple:

    >>> rule = AlsoReadRule(labels=AlsoReadRule().labels + ("Læs også",))
    >>> doc = Document.from_text("Byrådet stemte ja.\\nLæs også: Ny bro over floden")
    >>> [a.title.text for a in rule(doc)]
    ['Ny bro over floden']
    """

    name: str = "also_read"
    """The rule's name in a :class:`~newsparse.Parser`."""
    labels: tuple[str, ...] = attrs.field(default=P.LABELS, converter=_strings)
    """Labels that open a link; with a separator, or, written capitalised, with a space only."""
    weak_labels: tuple[str, ...] = attrs.field(default=P.WEAK_LABELS, converter=_strings)
    """Everyday words that are labels only with ``:`` / ``|`` / `` - `` or alone on a line."""
    label_patterns: tuple[str, ...] = attrs.field(default=P.LABEL_PATTERNS, converter=_strings)
    """Raw regex labels (``Also on rt.com``), matched case-insensitively."""
    section_headers: tuple[str, ...] = attrs.field(default=P.SECTION_HEADERS, converter=_strings)
    """Whole-line headers that open a block of related titles (``Related Stories``)."""
    section_header_patterns: tuple[str, ...] = attrs.field(
        default=P.SECTION_HEADER_PATTERNS + P.SECTION_HEADER_GRAMMAR, converter=_strings
    )
    """Raw regex section headers (``More from NBC News``, ``Other stories``), matched as the whole line."""
    tags: tuple[str, ...] = attrs.field(default=P.EXPRESS_TAGS, converter=_strings)
    """Bracketed upper-case tags ending an unlabelled related headline (``[INSIGHT]``)."""
    tag_pattern: str = P.TAG_PATTERN
    """A raw regex for any other bracketed tag (``[MAPS]``); ``""`` to accept only :attr:`tags`."""
    caps_inserts: bool = True
    """Whether ALL-CAPS headline lines between body paragraphs (Fox style) are found; having no
    label, they are reported as ``related_links`` boilerplate, not as links."""
    max_titles: int = 15
    """The most title lines taken under one label-only line or section header."""

    def _compiled(self, tables: LanguageTables | None = None) -> _Compiled:
        """The compiled vocabulary: the rule's own, plus the labels and headers of ``tables``."""
        # Hashing the vocabularies for the cache costs tens of µs a call, so a rule and its
        # tables are remembered by identity first (the entry keeps both alive: ids stay theirs).
        key = (id(self), id(tables))
        hit = _BY_RULE.get(key)
        if hit is not None and hit[0] is self and hit[1] is tables:
            return hit[2]
        compiled = self._compile_for(tables)
        if len(_BY_RULE) < 64:
            _BY_RULE[key] = (self, tables, compiled)
        return compiled

    def _compile_for(self, tables: LanguageTables | None) -> _Compiled:
        labels, weak, headers = self.labels, self.weak_labels, self.section_headers
        label_patterns = self.label_patterns
        starters = _ENGLISH_STARTERS
        if tables is not None and tables.code not in _ENGLISH_LIKE and tables.function_words:
            roles = frozenset(w for w in (*tables.role_nouns, *tables.titles) if " " not in w)
            starters = _starters_for(
                tables.code, tables.function_words, tuple(p for p, _ in tables.pronouns), roles
            )
        if tables is not None:
            labels = _added(labels, tables.also_read_labels, P.LABELS)
            if tables.code not in _ENGLISH_LIKE and tables.weak_also_read_labels:
                # Weak labels are everyday words of their own language: in a German text the
                # English ``Also`` is the adverb (``Also: Wer …``) and ``Listen`` a plural noun.
                # The language's own weak labels stand in for the English ones; a user's stay.
                weak = tuple(w for w in weak if w not in P.WEAK_LABELS)
            weak = _added(weak, tables.weak_also_read_labels, P.WEAK_LABELS)
            headers = _added(headers, tables.section_headers, P.SECTION_HEADERS)
            headers = (*headers, *P.SECTION_HEADERS_BY_LANGUAGE.get(tables.code, ()))
            # The language's piece-naming labels (``Lire aussi la tribune de … :``) join the
            # rule's own patterns for text of that language only.
            label_patterns = (*label_patterns, *P.PIECE_LABEL_PATTERNS.get(tables.code, ()))
        labels = _with_bare_capitals(labels)
        headers = _with_bare_capitals(headers)
        return _compile(
            labels,
            weak,
            label_patterns,
            headers,
            self.section_header_patterns,
            self.tags,
            self.tag_pattern,
            starters,
            _meta_words(tables),
        )

    def __call__(self, document: Document) -> Iterator[AlsoRead | Boilerplate]:
        """Yield the also-read items (and related-links section headers) of ``document``."""
        tables = document.tables
        c = self._compiled(tables)
        footer_starts = _footer_starts(tables.footer_phrases)
        # ALL-CAPS lines between paragraphs are related headlines in the US press (Fox), but
        # crossheads elsewhere (``NO PERDER EL PULSO DE LA CALLE``): read them only with tables
        # whose labels are the rule's own (English and undetermined text).
        caps_inserts = self.caps_inserts and tables.also_read_labels == P.LABELS
        lines = _lines(document)
        taken: set[int] = set()  # indices of lines consumed as title lines
        first_body: int | None = -1  # computed when first needed (-1: not yet)
        # The first non-blank line: the one holding the first non-space character (``str.strip``
        # and ``re``'s ``\S`` agree on what a space is; line terminators are spaces).
        first_char = _NON_SPACE.search(document.text)
        first_line = -1 if first_char is None else _line_at(lines, first_char.start())
        spaced = -1  # whether paragraphs are spaced by blank lines; computed when first needed
        mids = _mid_candidates(document, c)
        out: list[AlsoRead | Boilerplate] = []
        for idx in _candidate_lines(document, c, mids, caps_inserts):
            if idx in taken:
                continue
            line = lines[idx]
            lt = line.text
            if len(lt) < 3 or not lt.strip():
                continue
            first = c.line_label(lt)  # ``c.labels.match(lt)`` where a label can start
            # A section header on the text's first line (``IN EVIDENZA`` / the page's own
            # headline / its body) heads the page's featured story, not links next to a story.
            if (
                first is not None or (idx != first_line and len(lt) <= 120 and c.is_header(lt))
            ) and not document.is_claimed(line.start, line.end):
                if spaced < 0:
                    spaced = _blank_line_paragraphs(lines)
                block = _section_block(document, c, idx, taken, spaced, self.max_titles)
                if block is None:
                    block = _label_only_block(document, c, idx, taken, spaced, first, self.max_titles)
                if block is not None:
                    out.extend(block)
                    continue
            line_mids = mids.get(idx)
            found: dict[int, regex.Match[str] | None] = {}  # the label match at each of ``line_mids``
            if first is not None or line_mids is not None:
                items = list(
                    _labelled_items(
                        document,
                        c,
                        line,
                        first,
                        line_mids or (),
                        top=idx == first_line,
                        max_titles=self.max_titles,
                        found=found,
                    )
                )
            else:
                items = []  # no label can start anywhere on the line
            if (
                line_mids is not None
                and line.end - line_mids[-1] <= _TRAILING_REACH
                and (not items or items[-1].span.end < line.end)
            ):
                trailing = _trailing_label(c, line, line_mids, found)
                if trailing is not None:  # its titles are on the lines below (``… Lee también:``)
                    if spaced < 0:
                        spaced = _blank_line_paragraphs(lines)
                    items += _trailing_label_block(document, c, idx, taken, spaced, trailing, self.max_titles)
            if not items and idx != first_line and not document.is_claimed(line.start, line.end):
                headed = header_item(document, c, line)
                if headed is not None:  # ``Más noticias: Título`` (round eight)
                    out.append(headed)
                    continue
            # A short tagged first line ("Flood Defences Fail Again [UPDATE]") is the article's
            # own headline, not a related link; in a one-line scrape the tags still count.
            if "[" in lt and not (idx == first_line and _is_tagged_headline_line(c, lt)):
                items += _tagged_items(document, c, line, items)
            if footer_starts and items:
                items = [a for a in items if not _is_footer_title(a, footer_starts)]
            if not items and caps_inserts and is_list_header(lt.strip(_STRIP)):
                # ``HERE'S WHAT YOU NEED TO KNOW ABOUT …:`` over ``— Title`` lines, below the lede
                if first_body == -1:
                    first_body = _first_body_line(lines)
                if first_body is not None and idx > first_body:
                    marked = marked_list_block(document, idx, taken, self.max_titles)
                    if marked is not None:
                        out.extend(marked)
                        continue
            if not items and caps_inserts and first_body is not None and _is_caps_insert(lt.strip(_STRIP)):
                if first_body == -1:
                    first_body = _first_body_line(lines)
                if first_body is not None and idx > first_body:
                    out.extend(_caps_insert_block(document, line))
                    continue
            if items and idx + 1 < len(lines):
                linked = _with_url_line(document, items[-1], line, lines[idx + 1])
                if linked is not None:
                    items[-1] = linked
                    taken.add(idx + 1)
            out.extend(items)
        out = _with_unwalked(out, (*topic_links(document, tables.code), *bracketed_links(document)))
        rail = closing_rail(document, lines, taken)
        if rail and not any(item.span.end > rail[0].span.start for item in out):
            out.extend(rail)
        if tables.code in _ENGLISH_LIKE:
            authored = list(authored_links(document, lines))
            if authored:
                out = sorted((*out, *authored), key=lambda item: item.span.start)
        yield from (item for item in out if not (isinstance(item, AlsoRead) and is_no_story(item.title.text)))


# A capital's accent that French web typography often drops (``A lire aussi`` for ``À lire
# aussi``, ``A la une``): a label written with it also matches written without it.
_BARE_CAPITALS = {"À": "A"}


def _with_bare_capitals(phrases: tuple[str, ...]) -> tuple[str, ...]:
    """``phrases`` and, after them, each phrase opening with an accented capital written without
    its accent (``À lire`` → ``A lire``) that the tuple does not hold yet (round eight)."""
    have = set(phrases)
    extra = []
    for phrase in phrases:
        bare = _BARE_CAPITALS.get(phrase[:1])
        if bare is not None and (variant := bare + phrase[1:]) not in have:
            have.add(variant)
            extra.append(variant)
    return (*phrases, *extra) if extra else phrases


@functools.lru_cache(maxsize=32)
def _footer_starts(phrases: tuple[str, ...]) -> tuple[str, ...]:
    # Footer phrases of two words or more (``siga-nos``, ``je m'abonne``): a title opening
    # with one is a promo behind a label-like word, not a story (``Saiba mais. Siga-nos …``).
    return tuple(p for p in phrases if len(p) >= 6)


def _is_footer_title(item: AlsoRead, starts: tuple[str, ...]) -> bool:
    return item.title.text.lower().startswith(starts)


def _with_unwalked(
    out: list[AlsoRead | Boilerplate], extra: Sequence[AlsoRead]
) -> list[AlsoRead | Boilerplate]:
    """``out`` with the ``extra`` links (topic labels, bracketed lines) that overlap none of its
    items, in text order: the line walk's reading of a line comes first."""
    if not extra:
        return out
    spans = sorted((item.span.start, item.span.end) for item in out)
    added = [a for a in extra if not any(s < a.span.end and a.span.start < e for s, e in spans)]
    if not added:
        return out
    return sorted((*out, *added), key=lambda item: item.span.start)


def _blank_line_paragraphs(lines: _Lines) -> int:
    """1 when most non-blank lines (among the first 200) are followed by a blank line, else 0."""
    text, starts, ends = lines.text, lines.starts, lines.ends
    sample = range(min(len(starts), 201))
    texts = [ends[i] > starts[i] and not text[starts[i] : ends[i]].isspace() for i in sample]
    filled = sum(texts[:-1])
    spaced = sum(1 for a, b in itertools.pairwise(texts) if a and not b)
    return 1 if filled >= 4 and spaced * 2 >= filled else 0


def _first_body_line(lines: Sequence[_Line]) -> int | None:
    """The index of the first body paragraph (mixed case, 8+ words), before which caps lines are headlines."""
    for i, line in enumerate(lines[:400]):
        words = line.text[:2000].split()
        if len(words) >= 8 and any(ch.islower() for ch in line.text[:2000]):
            return i
    return None


_DEFAULT = AlsoReadRule()  # its vocabulary compiles on first use


def find_also_read(text: str) -> tuple[AlsoRead, ...]:
    """Return the "Also Read"-style links in ``text`` (without the section-header boilerplate).

    >>> text = "Talks ended.\\nREAD MORE:\\n* Fuel duty frozen\\n* Rail strike off"
    >>> [a.title.text for a in find_also_read(text)]
    ['Fuel duty frozen', 'Rail strike off']
    """
    from newsparse._errors import ensure_str

    return tuple(i for i in _DEFAULT(Document.from_text(ensure_str(text))) if isinstance(i, AlsoRead))


def _is_tagged_headline_line(c: _Compiled, text: str) -> bool:
    """Whether a line is one short headline ending in its only tag (``Title [UPDATE]``)."""
    if "[" not in text or len(text) > 200 or c.tags is None:
        return False
    found = list(c.tags.finditer(text))
    return len(found) == 1 and found[0].end() >= len(text.rstrip()) - 1
