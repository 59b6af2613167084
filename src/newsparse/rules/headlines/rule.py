"""Headlines: the article's own headline (and dek), and the analysis of any headline-like string.

Two public entry points share one analysis:

* :func:`parse_headline` splits any headline-like string (a page ``<title>``, an Also Read
  title, a headline line) into its ``title``, the ``site`` name split off (``… | WIRED``,
  ``… - india news - Hindustan Times``, ``Reuters | …``), a ``kicker`` in front
  (``EXCLUSIVE:``, ``Opinion |``), a ``tag`` after (``[UPDATE]``), and its ``case_style``;
* :class:`HeadlineRule` decides whether the first lines of an article are its headline (and a
  dek under it) or already body text, and yields at most one :class:`~newsparse.Headline`.

>>> h = parse_headline("EXCLUSIVE: Harbour Bridge Tolls To Double Next Year | The Daily Courier")
>>> h.kicker.text, h.title.text, h.site.text, h.case_style
('EXCLUSIVE:', 'Harbour Bridge Tolls To Double Next Year', 'The Daily Courier', 'title')
"""

from __future__ import annotations

from collections.abc import Iterator

import attrs

from newsparse._document import Document
from newsparse._errors import ensure_str
from newsparse._model import Headline, Span
from newsparse.lang import LanguageTables, extend_vocabulary
from newsparse.rules.headlines import patterns as pat
from newsparse.rules.headlines.analysis import (
    OPEN_QUOTES,
    WORD_EDGE,
    Vocab,
    analyse,
    ends_like_sentence,
    fold,
    headline_of,
    kicker_at,
    question_break,
    sentence_breaks,
    split_parts,
    title_case_sentences,
    trim,
    vocab_for,
    word_core,
)
from newsparse.rules.headlines.context import (
    body_follows,
    find_dek,
    partly_claimed_body,
    two_sentence_head,
)
from newsparse.rules.headlines.lines import LineView, next_content_line, next_line
from newsparse.rules.headlines.shapes import (
    byline_like,
    credit_line,
    dateline_start,
    furniture_after_pipe_or_label,
    is_furniture,
    is_nav,
    page_top_furniture,
    short_name_parts,
    short_topic_line,
    under_comment_heading,
)

__all__ = ["HeadlineRule", "find_headlines", "parse_headline"]

_SKIP = "skip"
_BODY = "body"
_HEADLINE = "headline"
_SENTENCES = "sentences"  # one or two short sentences: a headline only above furniture
_PROSE = frozenset((_BODY, _SENTENCES))


@attrs.frozen(slots=True)
class HeadlineRule:
    """Find the article's headline (and a dek under it) among its first lines.

    The rule looks at the first ``max_lines`` non-blank lines that no earlier rule claimed.
    Lines shaped like bylines, timestamps, captions, menus, section labels or a bare site name
    are passed over; the first other line is the headline when it is shaped like one (no final
    full stop, at most ``max_chars`` characters, 3 to 30 words, one sentence, not a wire
    dateline, not starting in lower case) and body text follows it. Otherwise the article has
    no headline: a line that ends in a full stop, a long line (a one-line scrape included) or a
    line that opens with a dateline is body text, and the search stops there.

    A dek (standfirst) is the next line when it reads like one sentence or two (6 to 55 words,
    at most 320 characters) and the rule is confident: a byline, timestamp, dateline or caption
    line follows it, or it has no final full stop and a longer body paragraph follows it. The
    Headline's span then runs from the headline to the end of the dek.

    >>> text = "Harbour Tolls To Double Next Year\\n\\nThe city council voted on Tuesday to raise fares."
    >>> [h.title.text for h in HeadlineRule()(Document.from_text(text))]
    ['Harbour Tolls To Double Next Year']
    """

    name: str = "headline"
    """The rule's name in a :class:`~newsparse.Parser`."""
    kickers: tuple[str, ...] = pat.KICKERS
    """Labels in front of a headline (``exclusive``, ``opinion``), case-insensitive."""
    sites: tuple[str, ...] = pat.SITES
    """Known site and agency names, split off even where shape alone would not allow it."""
    sections: tuple[str, ...] = pat.SECTION_WORDS
    """Section names that a site-suffix chain may carry (``india news``)."""
    tags: tuple[str, ...] = pat.TAGS
    """Labels after a headline (``[UPDATE]``, ``- live updates``)."""
    small_words: tuple[str, ...] = pat.SMALL_WORDS
    """Words title case leaves in lower case; neutral for :attr:`Headline.case_style`."""
    non_name_words: tuple[str, ...] = pat.NON_NAME_WORDS
    """Words that start a headline's own continuation after a dash, never a site name."""
    abbreviations: tuple[str, ...] = pat.ABBREVIATIONS
    """Abbreviations whose full stop neither ends a sentence nor disqualifies a headline."""
    max_lines: int = 4
    """How many non-blank unclaimed lines from the top are searched for the headline."""
    max_chars: int = 200
    """The longest line taken as a headline (the longest real ones are about 150 characters)."""
    find_dek: bool = True
    """Whether to look for a dek / standfirst under the headline."""

    def _vocab(self, tables: LanguageTables | None = None) -> Vocab:
        # The document's kickers join the rule's own; for English they are the same tuple.
        kickers = self.kickers if tables is None else extend_vocabulary(self.kickers, tables.kickers)
        fields = (
            kickers,
            self.sites,
            self.sections,
            self.tags,
            self.small_words,
            self.non_name_words,
            self.abbreviations,
        )
        return vocab_for(fields, local_words(tables))

    def parse(self, s: str) -> Headline:
        """Analyse any headline-like string with this rule's vocabulary (see :func:`parse_headline`)."""
        s = ensure_str(s)
        return analyse(s, 0, len(s), self._vocab())

    def __call__(self, document: Document) -> Iterator[Headline]:
        """Yield the article's headline, if its first lines have one."""
        v = self._vocab(document.tables)
        text = document.text
        lines = LineView(document)
        seen = 0
        skipped_top = 0  # furniture lines over the budget, passed over before the first candidate
        captions = 0  # top captions passed over (a second one, not a repeat, is a gallery's)
        candidates = 0  # lines not skipped as page furniture
        i = 0
        while seen < self.max_lines:
            i = next_content_line(document, i)  # blank and claimed lines are passed over
            if i >= len(lines):
                return
            line = lines[i]
            i += 1
            a, b = trim(text, line.start, line.end)
            if a < b and text[a] == ":":
                a = trim(text, a + 1, b)[0]  # the title of a kicker set apart: `:Stadtrat beschließt …`
            seen += 1
            # A two-word headline in sentence case (`Tridents’ challenge`) is read only in English
            # (German writes `Seite drucken` widgets and `Nachhaltig leben` kickers that way) and
            # only above any caption (a slideshow's slide titles follow its first caption).
            short = document.language == "en" and captions == 0
            kind, head = self._classify(text, a, b, v, short)
            if kind == _HEADLINE and _wrapped_on(text, b):
                kind, head = _BODY, None  # a hard-wrapped paragraph's first line, not a headline
            if kind in _PROSE and candidates == 0 and a < b:
                caption = self._top_caption(document, i, a, b, v)
                if caption == _CREDITED and captions:
                    return  # a second caption over its credit: a gallery's slides, no story's top
                if caption:  # the lead picture's caption (`… im Rathaus.` / `Foto: dpa`) above the headline
                    kind = _SKIP
                    captions += 1
            if kind == _SKIP:
                if seen >= self.max_lines and captions >= _CAPTION_TWICE and skipped_top < _MORE_TOP:
                    # The chrome round a lead picture printed twice above the headline (credit,
                    # audio button, the caption again, a section link) does not use up the line
                    # budget; a gallery's slides (one caption after another) do.
                    skipped_top += 1
                    seen -= 1
                continue
            if under_comment_heading(document, i - 1):
                return  # the story is over: `Comments` / a reader's question
            candidates += 1
            if kind == _SENTENCES and candidates == 1 and two_sentence_head(document, i, a, b, v):
                kind, head = _HEADLINE, self._sentences_head(text, a, b, v)
            if kind == _BODY and candidates == 1 and b - a <= _LONG_HEAD_CHARS and over_bullets(document, i):
                head = long_head_over_bullets(text, a, b, v)
                kind = _HEADLINE if head is not None else kind
            if kind == _BODY or head is None:
                return
            colon = self._colon_title(document, i, v)
            if colon is not None:  # `Haushaltsstreit` / `:Stadtrat beschließt Sparpaket`
                head, i = attrs.evolve(colon[0], span=Span.of(text, a, colon[0].span.end)), colon[1]
            if not (body_follows(document, i, v) or partly_claimed_body(document, i)):
                return
            if self._kicker_line(document, i, head, v) or (
                candidates == 1 and document.tables.topic_lines and self._topic_line(document, i, head, v)
            ):
                continue  # `Guerre en Ukraine` / (a whitespace-only line) / the headline
            nxt = next_line(document, i)
            if (
                nxt is not None
                and nxt[2] - nxt[1] <= self.max_chars
                and not document.is_claimed(nxt[1], nxt[2])
                and head.title.text[:12].casefold() in text[nxt[1] : nxt[2]].casefold()
            ):
                _, _, rta, rtb, _, _, _ = split_parts(text, nxt[1], nxt[2], v)  # its title is enough
                if fold(text[rta:rtb]) == fold(head.title.text):
                    # The headline twice (the page title, then the on-page headline): claim both.
                    head = attrs.evolve(head, span=Span.of(text, a, nxt[2]))
                    i = nxt[0] + 1
            dek = find_dek(document, i, v) if self.find_dek else None
            if dek is not None and fold(head.title.text) in fold(dek.text):
                dek = None
            if dek is not None:
                head = attrs.evolve(head, span=Span.of(text, a, dek.end), dek=dek)
            yield head
            return

    # -- line shapes --------------------------------------------------------

    def _classify(
        self, text: str, a: int, b: int, v: Vocab, short: bool = False
    ) -> tuple[str, Headline | None]:
        if b - a > self.max_chars:
            return _BODY, None
        line = text[a:b]
        kicker = kicker_at(v, text, a, b)
        if (
            furniture_after_pipe_or_label(text, a, b)
            or (kicker is None and is_furniture(text, a, b, v))  # `Photos: …` is a kicker
            or (pat.may_start_promo(text, a) and pat.PROMO_LIKE.match(text, a, b))
            or is_nav(line)
            or (":" in line[:24] and credit_line(line))  # `Bildrechte: BR / Jane Roe`
        ):
            return _SKIP, None
        # A deal line (`PS4 Controller in Crystal for $39.99`); the last character gates the pattern.
        if (line[-1:].isdigit() or line[-1:] in ")€") and pat.PRICE_AT_END.search(text, max(a, b - 60), b):
            return _SKIP, None
        bare = line.strip(WORD_EDGE).lower()
        if bare in v.sites or bare in v.sections or ("." in bare and pat.DOMAIN.fullmatch(bare)):
            return _SKIP, None
        if len(line) <= _TOP_FURNITURE_CHARS and page_top_furniture(line):
            return _SKIP, None  # `Das Wichtigste in Kürze`, `Startseite Politik Inland`
        bullet = pat.BULLET.match(text, a, b)
        if bullet is not None:
            if len(text[bullet.end() : b].split()) <= 4 and text[b - 1] not in ".!?:;,":
                return _SKIP, None  # a menu or widget item above the story: `- Politik`, `- 5 Kommentare`
            return _BODY, None  # a list item: `- The scheme will cover ...`
        if kicker is None and dateline_start(text, a, b) and not short_topic_line(text, a, b, v):
            return _BODY, None
        if kicker is None and pat.may_open_body(text, a) and pat.BODY_OPENING.match(text, a, min(b, a + 80)):
            return _BODY, None  # a first sentence that lost its full stop: `It was the wettest …`
        parts = split_parts(text, a, b, v)  # the case style is named only for a headline (it costs)
        _, _, ta, tb, site, kicker_span, _ = parts
        title = text[ta:tb]
        words = title.split()
        labelled = kicker_span is not None or site is not None
        if len(words) < (2 if labelled else 3) and not (short and _two_word_sentence_case(words, v)):
            return _SKIP, None  # a section label, a kicker on its own line, a name
        if kicker is None and short_name_parts(line, v):
            return _SKIP, None  # `Jane Smith | The Daily Courier`: a credit, not a headline
        if title.strip(WORD_EDGE).lower() in v.sites or all(
            word_core(w).lower() in v.sections or word_core(w).lower() in v.small or not word_core(w)
            for w in words
        ):
            return _SKIP, None  # `Science & Environment`, `Hindustan Times - India News`
        if len(words) > 30:
            return _BODY, None
        if len(words) <= 4 and title.rstrip()[-1:] == ":" and not labelled:
            return _SKIP, None  # a topic label over the headline: `Réforme des retraites :`
        if ends_like_sentence(title, v) or sentence_breaks(title, v):
            # One or two short sentences: a headline only when furniture follows (see __call__),
            # or when written in title case, which prose never is (`Stock Is Falling. Why You
            # Shouldn't Worry.`).
            short = len(words) <= 20 and sentence_breaks(title, v) <= 2 and title.rstrip()[-1:] not in ":;,"
            if short and title_case_sentences(text, parts, words, v):
                return _HEADLINE, headline_of(text, parts, v)
            return (_SENTENCES if short else _BODY), None
        first = title.lstrip(OPEN_QUOTES + "([")[:1]
        first_word = word_core(words[0])
        if first.islower() and not any(ch.isupper() for ch in first_word):
            return _BODY, None  # a paragraph broken mid-sentence
        head = headline_of(text, parts, v)
        if head.case_style != "title" and question_break(title):
            # `Never heard them? Watch a clip!`: two sentences of a teaser or lede, not one headline.
            return _SENTENCES, None
        if head.case_style == "sentence" and len(words) > 22:
            return _BODY, None
        return _HEADLINE, head

    def _top_caption(self, document: Document, i: int, a: int, b: int, v: Vocab) -> str:
        """Whether the top line ``text[a:b]``, read as prose, is a picture's caption: a line of
        at most :data:`_CAPTION_CHARS` characters that repeats a line a few above it (a caption
        printed twice round its credit, as scrapes of broadcasters' pages keep it:
        :data:`_REPEATED`) or that a picture credit follows (``Foto: dpa``, ``Bildrechte: BR``:
        :data:`_CREDITED`); ``""`` when it is neither."""
        if b - a > _CAPTION_CHARS:
            return ""
        text = document.text
        if _squeeze(text[a:b]) in self._top_captions(document, i - 1):
            return _REPEATED
        nxt = next_line(document, i)
        if nxt is None:
            return ""
        na, nb = nxt[1], nxt[2]
        credited = nb - na <= _CREDIT_CHARS and (
            credit_line(text[na:nb]) or (is_furniture(text, na, nb, v) and not byline_like(text, na, nb))
        )
        return _CREDITED if credited else ""

    @staticmethod
    def _top_captions(document: Document, k: int) -> frozenset[str]:
        """The squeezed non-blank lines above line ``k`` (a few at most), for a caption's repeat."""
        text = document.text
        out = []
        for j in range(max(0, k - _CAPTION_REPEAT_REACH), k):
            line = text[document.line_starts[j] : document.line_ends[j]].strip()
            if line:
                out.append(_squeeze(line))
        return frozenset(out)

    def _colon_title(self, document: Document, i: int, v: Vocab) -> tuple[Headline, int] | None:
        """The headline on line ``i`` when it opens with a colon (``:Stadtrat beschließt
        Sparpaket``): a page that sets its kicker and title as two elements, the colon with
        the title (Süddeutsche Zeitung's layout), comes out of a scrape as the kicker's line
        and the title's, and the title is the headline. Returns it and the index after it."""
        nxt = next_line(document, i)
        if nxt is None or document.text[nxt[1]] != ":" or document.is_claimed(nxt[1], nxt[2]):
            return None
        a = trim(document.text, nxt[1] + 1, nxt[2])[0]
        kind, head = self._classify(document.text, a, nxt[2], v)
        if kind != _HEADLINE or head is None:
            return None
        return head, nxt[0] + 1

    def _kicker_line(self, document: Document, i: int, head: Headline, v: Vocab) -> bool:
        """Whether ``head``, a line of four words at most, is a kicker line over the headline:
        a whitespace-only line (spaces, NBSP: an emptied element, not a paragraph break) comes
        right under it, then a longer headline-shaped line."""
        words = len(head.title.text.split())
        if words > 4 or i >= len(document.line_starts):
            return False
        text = document.text
        gap = text[document.line_starts[i] : document.line_ends[i]]
        if not gap or gap.strip(pat.TRIM_CHARS + "\r") or len(gap) > 40:
            return False  # not a whitespace-only line (an empty line is an ordinary break)
        j = next_content_line(document, i + 1)
        if j >= len(document.line_starts):
            return False
        a, b = trim(text, document.line_starts[j], document.line_ends[j])
        kind, below = self._classify(text, a, b, v)
        return kind == _HEADLINE and below is not None and len(below.title.text.split()) > words

    def _topic_line(self, document: Document, i: int, head: Headline, v: Vocab) -> bool:
        """Whether ``head``, a first line of :data:`_TOPIC_WORDS` words with no kicker or site
        split off, is a topic line over the headline: right under it comes a line the rule
        reads as a headline, of :data:`_TOPIC_HEAD_WORDS` words, with no final stop (in a
        language whose standfirsts end in one, see :attr:`LanguageTables.topic_lines`)."""
        if head.kicker is not None or head.site is not None or len(head.title.text.split()) != _TOPIC_WORDS:
            return False
        nxt = next_line(document, i)
        if nxt is None or document.is_claimed(nxt[1], nxt[2]):
            return False
        kind, below = self._classify(document.text, nxt[1], nxt[2], v)
        if kind != _HEADLINE or below is None or below.kicker is not None:
            return False
        low, high = _TOPIC_HEAD_WORDS
        return low <= len(below.title.text.split()) <= high

    def _sentences_head(self, text: str, a: int, b: int, v: Vocab) -> Headline | None:
        parts = split_parts(text, a, b, v)
        title = text[parts[2] : parts[3]]
        first = title.lstrip(OPEN_QUOTES + "([")[:1]
        if not first.isupper() and not first.isdigit():
            return None
        return headline_of(text, parts, v)


# A caption above the headline: its longest (two sentences of a picture's description), the
# longest credit line under it, how far up its repeat is looked for, and how many furniture
# lines over the line budget are passed over under it (credit, audio button, section link).
_CAPTION_CHARS = 240
_CREDIT_CHARS = 90
_CAPTION_REPEAT_REACH = 6
_MORE_TOP = 6
_CAPTION_TWICE = 2
# What HeadlineRule._top_caption tells a caption by.
_REPEATED = "repeated"
_CREDITED = "credited"
# The longest top line read as a summary heading, a notice or a breadcrumb (the notices run to
# about seventy characters: `Dieser Artikel wurde automatisch aus dem Englischen übersetzt`).
_TOP_FURNITURE_CHARS = 90
# A topic line over the headline has three words (one or two are skipped as labels anyway); the
# headline under it 6 to 20 (a longer stopless line is more often a standfirst).
_TOPIC_WORDS = 3
_TOPIC_HEAD_WORDS = (6, 20)
# The longest first line read as a headline over a standfirst of bullet points (the longest
# real ones, a quotation and a "... but" turn in one, are about 210 characters).
_LONG_HEAD_CHARS = 320
# The most words of such a headline, and how many bullet lines must follow it.
_LONG_HEAD_WORDS = 50
_BULLETS_UNDER = 2
# A line is "too long" for the usual shape past these (see HeadlineRule._classify).
_LONG_HEAD_FROM = 200
_LONG_HEAD_FROM_WORDS = 22


def _squeeze(s: str) -> str:
    """``s`` case-folded with its runs of spaces made one: for a caption's repeat (no pattern,
    so that a first parse compiles nothing more, #8)."""
    return " ".join(s.split()).casefold()


def over_bullets(document: Document, i: int) -> bool:
    """Whether the lines from ``i`` open with :data:`_BULLETS_UNDER` bullet points of at least
    five words each (``- Dean Roe has impressed while on loan this season``): the summary some
    sites set between a long headline and the story."""
    text = document.text
    for _ in range(_BULLETS_UNDER):
        nxt = next_line(document, i)
        if nxt is None:
            return False
        k, a, b = nxt
        bullet = pat.BULLET.match(text, a, b)
        if bullet is None or len(text[bullet.end() : b].split()) < 5:
            return False
        i = k + 1
    return True


def long_head_over_bullets(text: str, a: int, b: int, v: Vocab) -> Headline | None:
    """The headline of a first line too long for the usual shape (over 200 characters or 22
    words) that a bullet-point summary follows: it opens with a capital, a digit or a quotation
    mark, has at most :data:`_LONG_HEAD_WORDS` words, and does not end like a sentence or an
    introduction (a full stop, a colon, a semicolon, a comma)."""
    line = text[a:b]
    first = line.lstrip(OPEN_QUOTES + "([")[:1]
    if not (first.isupper() or first.isdigit()) or len(line.split()) > _LONG_HEAD_WORDS:
        return None
    if len(line) <= _LONG_HEAD_FROM and len(line.split()) <= _LONG_HEAD_FROM_WORDS:
        return None  # a line of usual length the ordinary shapes judged: body it stays
    if line.rstrip()[-1:] in ":;," or (line.rstrip()[-1:] == "." and not line.rstrip().endswith("...")):
        return None
    return headline_of(text, split_parts(text, a, b, v), v)


_LOCAL_BY_ID: dict[int, tuple[LanguageTables, tuple[tuple[str, ...], ...]]] = {}
_NO_LOCAL: tuple[tuple[str, ...], ...] = ((), (), (), ())


def local_words(tables: LanguageTables | None) -> tuple[tuple[str, ...], ...]:
    """The furniture words of a language the rule reads: caption labels, stamp labels, weekdays
    and month names, as the same tuples on every call (the vocabulary cache keys on identity)."""
    if tables is None:
        return _NO_LOCAL
    hit = _LOCAL_BY_ID.get(id(tables))
    if hit is not None and hit[0] is tables:
        return hit[1]
    local = (
        tables.caption_labels,
        tuple(label for label, _ in tables.timestamp_labels),
        tables.weekdays,
        tuple(name for group in tables.months for name in group),
    )
    if len(_LOCAL_BY_ID) >= 32:
        _LOCAL_BY_ID.clear()
    _LOCAL_BY_ID[id(tables)] = (tables, local)
    return local


_DEFAULT_RULE = HeadlineRule()


def parse_headline(s: str) -> Headline:
    """Split a headline-like string into title, site, kicker and tag, and name its case style.

    Site names are split off the end (``Title | Site``, ``Title - Reuters``, chains such as
    ``Title - india news - Hindustan Times``, ``Title [LWN.net]``) or the start
    (``Reuters | Title``, ``LWN.net: Title``) only when they look like names: short (1–5 words),
    capitalised, a domain, a known site or a section word, with enough headline left. Real
    headlines that contain ``:`` or `` - `` keep them (``Sham debunked: White House``;
    ``"We will win" - Mayor``). Every Span indexes ``s``; ``span`` is ``s`` without surrounding
    spaces.

    >>> h = parse_headline("Ferry Strike Ends After Nine Days - city news - The Coast Gazette")
    >>> h.title.text, h.site.text
    ('Ferry Strike Ends After Nine Days', 'city news - The Coast Gazette')
    >>> parse_headline("Budget plan is dead on arrival: Senate leader").site is None
    True
    >>> parse_headline("Opinion | Why the tram line still matters").kicker.text
    'Opinion |'
    """
    return _DEFAULT_RULE.parse(s)


def find_headlines(text: str) -> tuple[Headline, ...]:
    """Return the headline the default :class:`HeadlineRule` finds in ``text`` (none or one)."""
    return tuple(_DEFAULT_RULE(Document.from_text(ensure_str(text))))


def _two_word_sentence_case(words: list[str], v: Vocab) -> bool:
    """Whether a two-word title is a short headline in sentence case (`Tridents’ challenge`,
    `Budget blues`): a capitalised word, then a lower-case word that is no small word. A section
    label (`World News`) or a name (`Jane Smith`) capitalises both words; `Read more` is a small
    word pair; a word with a digit is a stamp (`Posted 3h`)."""
    if len(words) != 2:
        return False
    first, second = word_core(words[0]), word_core(words[1])
    return (
        len(first) >= 3
        and len(second) >= 4
        and first[:1].isupper()
        and second.isalpha()
        and second.islower()
        and not any(ch.isdigit() for ch in first)
        and first.lower() not in v.sections
        and second not in v.sections
        and first.lower() not in v.small
        and second not in v.small
    )


def _wrapped_on(text: str, end: int) -> bool:
    """Whether the line ending at ``end`` is the first line of a hard-wrapped paragraph: it stops
    on a letter or a comma (no headline stops mid-clause like ``… over nearly a``) and the next
    line goes on in lower case after the indent the page's source had (``      decade, had a
    fantastic cast …``). An unindented lower-case line is no sign: a byline (``von Jane Roe``), a
    date (``mercredi 11 septembre``) or a blog's lede may start so under a headline."""
    if end == 0 or not (text[end - 1].isalpha() or text[end - 1] == ","):
        return False
    nl = text.find("\n", end, end + 2)
    if nl < 0:
        return False
    i = start = nl + 1
    limit = min(len(text), i + 80)  # an indented continuation: a bounded run of blanks
    while i < limit and text[i] in " \t\u00a0":
        i += 1
    return i - start >= _WRAP_INDENT and i < len(text) and text[i].islower()


_WRAP_INDENT = 4  # blanks before a hard-wrapped line's continuation (the page source's indent)
