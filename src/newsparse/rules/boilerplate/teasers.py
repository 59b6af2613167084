"""Other stories' teasers and readers' comments at the foot of the page (issues #9, #11).

Below a story many pages list other stories as a headline line and its lede, written in full
sentences: the paragraph guard of the footer rules keeps such a lede (it reads as prose), so
the teaser stays in the story. What gives it away is its topic: a paragraph of the story shares
words and names with the story above it, a teaser of another story shares (almost) none.

This stage walks up from the page's end over the footer lines the rules before it claimed and
over teaser pairs, each a *headline line* (a few words, no sentence end) over a *lede*
(a sentence paragraph) that share at most :data:`MAX_SHARED` of their content words and no
capitalised name with the story above them. It claims each pair as one
:class:`~newsparse.Boilerplate` of kind ``"related_links"``. It stops at the first pair that
fails, so it never reaches past the story's own closing paragraph (which shares the story's
names), and claims nothing on a page without a footer below the pairs.

On the same walk a reader's comment (:func:`_comment_at`: a name line over a date-and-time stamp
over a short text) is claimed as kind ``"comments"``: its topic is the story's, its shape is
the evidence.

Content words are read the same way in every language: word tokens of four letters or more that
are not the language's function words (:attr:`~newsparse.lang.LanguageTables.function_words`),
cut to their first :data:`STEM` letters so that inflected forms meet.

>>> import newsparse
>>> body = ("The harbour authority of Portwell reopened the northern pier on Monday after repairs.\\n"
...         "Fishermen had waited six months while engineers replaced rotten timber beams.\\n"
...         "Mayor Dana Whitlock thanked the crews and promised money for dredging the channel.\\n"
...         "Ferry operators expect summer timetables to return to normal within weeks.\\n"
...         "Repairs at the Portwell harbour cost more than the council had budgeted.\\n")
>>> teaser = ("Orchestra cancels winter concerts\\n"
...           "Several violinists resigned after disputes over rehearsal schedules and salaries.\\n")
>>> page = body + teaser + "Share this article\\n"
>>> [b.kind for b in newsparse.parse(page).boilerplate]
['related_links', 'share']
"""

from __future__ import annotations

from collections.abc import Iterator

import attrs

from newsparse._document import Document
from newsparse._model import AlsoRead, Boilerplate, Caption, Embed, Timestamp, Tweet
from newsparse.text.lazy import deferred_regex

__all__ = ["MAX_SHARED", "STEM", "TeaserRule", "content_stems", "name_stems"]

STEM = 5
"""Content words are compared on their first this many letters (``harbours`` meets ``harbour``)."""
MAX_SHARED = 0.2
"""A teaser shares at most this share of its content words with the story above it."""
_MIN_TEASER_STEMS = 8  # fewer content words say too little about a paragraph's topic
_MIN_STORY_STEMS = 30  # a shorter story says too little about its own topic
_MIN_LEDE = 60  # a lede is a paragraph: at least this many characters ...
_MAX_LEDE = 700  # ... and a teaser's lede is short
_HEAD_WORDS = (3, 20)  # a headline line holds this many words
_MAX_HEAD = 150
_SENTENCE_END = frozenset(".!:;")  # a headline may end in ? or a quote mark, not in these
_LEDE_END = frozenset('.!?…"”»')  # a lede ends a sentence (or is cut off with "...")

# A word: letters (any script) with inner apostrophes or hyphens.
_WORD = deferred_regex(r"\p{L}[\p{L}\p{M}]*+(?:['’-]\p{L}[\p{L}\p{M}]*+)*+")
# A capitalised word that does not open a sentence: a name (most languages capitalise names
# only; German nouns too, which only makes the check stricter: more shared words stop it).
_NAME = deferred_regex(r"(?<=[\p{L},;)]\s{1,3})\p{Lu}[\p{L}\p{M}]{2,40}+")
# A comment's stamp: a date (18/02/2020, 2020-02-18, 18.02.2020) and a clock time (16:42).
_STAMP = deferred_regex(
    r"\b(?:\d{1,2}[./-]\d{1,2}[./-]\d{2,4}|\d{4}-\d{2}-\d{2})\b[^\n]{0,20}?\b\d{1,2}[:h]\d{2}\b"
)
_MAX_STAMP = 60  # a stamp line is short
_NAME_WORDS = 3  # a commenter's name line holds at most this many words
_COMMENT_LINES = 3  # a comment's text runs over at most this many lines
_JUNK_TYPES = (Boilerplate, Caption, Timestamp, Tweet, Embed, AlsoRead)


def content_stems(text: str, function_words: frozenset[str]) -> set[str]:
    """The stems (first :data:`STEM` letters, lower case) of the content words of ``text``.

    >>> sorted(content_stems("The harbours of Portwell", frozenset({"the", "of"})))
    ['harbo', 'portw']
    """
    out = set()
    for word in _WORD.findall(text):
        lowered = word.lower()
        if len(lowered) >= 4 and lowered not in function_words:
            out.add(lowered[:STEM])
    return out


def name_stems(text: str) -> set[str]:
    """The stems of the capitalised words of ``text`` that do not open a sentence.

    >>> sorted(name_stems("Rain fell. Later Anna met the Mayor of Portwell."))
    ['anna', 'mayor', 'portw']
    """
    return {m.group().lower()[:STEM] for m in _NAME.finditer(text)}


def _junk_lines(document: Document) -> set[int]:
    """The lines an earlier rule took (in part) as footer, caption, timestamp or link."""
    index = document.index
    out: set[int] = set()
    for item in document.items:
        if isinstance(item, _JUNK_TYPES):
            first = index.line_at(item.span.start)
            last = index.line_at(max(item.span.end - 1, item.span.start))
            out.update(range(first, last + 1))
    return out


@attrs.frozen(slots=True)
class _Page:
    """What the walk reads of one document: its non-blank lines, their text and claims."""

    text: str
    lines: tuple[int, ...]
    stripped: list[str]
    starts: tuple[int, ...]
    ends: tuple[int, ...]
    claims: bytes
    junk: set[int]
    function_words: frozenset[str]

    @classmethod
    def of(cls, document: Document) -> _Page:
        """The page of ``document``."""
        text, lines = document.text, document.index.nonblank
        starts, ends = tuple(document.line_starts), tuple(document.line_ends)
        stripped = [text[starts[i] : ends[i]].strip() for i in lines]
        return cls(
            text,
            lines,
            stripped,
            starts,
            ends,
            document.line_claims,
            _junk_lines(document),
            document.tables.function_words,
        )

    def span(self, first: int, last: int) -> tuple[int, int]:
        """The stripped ``(start, end)`` of the non-blank lines ``first`` to ``last``."""
        return _stripped_span(self.text, self.starts[self.lines[first]], self.ends[self.lines[last]])

    def free(self, k: int) -> bool:
        """Whether no rule claimed (part of) the non-blank line ``k``."""
        return not self.claims[self.lines[k]]


def _stamped(line: str) -> bool:
    """Whether ``line`` holds a date and a clock time (a digit and a colon or ``h`` first: the
    pattern is compiled only for a page that may hold one)."""
    if not (":" in line or "h" in line) or not any(map(str.isdigit, line)):
        return False
    return _STAMP.search(line) is not None


def _name_line(line: str) -> bool:
    """Whether ``line`` reads as a commenter's name: one word (a user name such as ``anna71``)
    or a few capitalised words without digits (``Anna Berger``; not ``Concert in the park``),
    not ending a sentence nor holding a stamp."""
    words = line.split()
    if len(words) > 1 and (
        len(words) > _NAME_WORDS or any(map(str.isdigit, line)) or not all(w[0].isupper() for w in words)
    ):
        return False
    return line[-1] not in _LEDE_END and not _stamped(line)


def _comment_at(page: _Page, k: int) -> tuple[list[tuple[int, int]], int]:
    """The line runs ``(first, last)`` of the reader comment ending at line ``k``, top first,
    and the comment's top line (where the walk goes on above):
    one or two name lines (a few words, no digits: a name, often twice under an avatar) over a
    stamp line (a date and a clock time) over one to :data:`_COMMENT_LINES` free lines of text;
    no runs when ``k`` ends none. The comment's text is the story's topic, so its shape is the
    evidence: a story's paragraphs are not signed and stamped. A stamp line an earlier rule took
    splits the comment into its name run and its text; a name line it took is left to it."""
    for stamp in range(k - 1, max(k - 1 - _COMMENT_LINES, 0), -1):
        if not page.free(stamp + 1) or page.lines[stamp + 1] in page.junk:
            return [], k
        if len(page.stripped[stamp]) > _MAX_STAMP or not _stamped(page.stripped[stamp]):
            continue
        if not _name_line(page.stripped[stamp - 1]):
            return [], k
        if not page.free(stamp - 1):
            return [(stamp + 1, k)], stamp - 1  # the name taken (as a byline): the text alone
        first = stamp - 1
        if first > 0 and page.free(first - 1) and page.stripped[first - 1] == page.stripped[first]:
            first -= 1  # the name twice: an avatar's text over the name
        if page.free(stamp):
            return [(first, k)], first
        return [(first, stamp - 1), (stamp + 1, k)], first
    return [], k


def _stripped_span(text: str, s: int, e: int) -> tuple[int, int]:
    """``[s, e)`` without its surrounding whitespace."""
    while s < e and text[s].isspace():
        s += 1
    while e > s and text[e - 1].isspace():
        e -= 1
    return s, e


def _headline_line(line: str) -> bool:
    """Whether ``line`` reads as a headline: a few words, not ending a sentence."""
    words = len(line.split())
    return (
        _HEAD_WORDS[0] <= words <= _HEAD_WORDS[1]
        and len(line) <= _MAX_HEAD
        and line[-1] not in _SENTENCE_END
        and line[0].isupper()
    )


def _lede(line: str) -> bool:
    """Whether ``line`` reads as a teaser's lede: a short paragraph ending a sentence."""
    return _MIN_LEDE <= len(line) <= _MAX_LEDE and line[-1] in _LEDE_END


@attrs.frozen(slots=True)
class TeaserRule:
    """Claim the teaser pairs (headline line, lede) of other stories at the page's foot.

    >>> list(TeaserRule()(Document.from_text("Share this story")))
    []
    """

    name: str = "teaser_footers"
    """The rule's name in a :class:`~newsparse.Parser`."""
    max_shared: float = MAX_SHARED
    """The largest share of a teaser's content words found in the story above it."""

    def __call__(self, document: Document) -> Iterator[Boilerplate]:
        """Yield a ``"related_links"`` :class:`~newsparse.Boilerplate` for each teaser pair and
        a ``"comments"`` one for each reader comment, walking up from the page's end."""
        lines = document.index.nonblank
        if len(lines) < 6:
            return
        page = _Page.of(document)
        k = len(lines) - 1
        below_junk = False
        found: list[tuple[int, int, str]] = []
        while k >= 2:
            if lines[k] in page.junk:
                below_junk = True
                k -= 1
                continue
            comment, top = _comment_at(page, k)
            if comment:
                found.extend((*page.span(first, last), "comments") for first, last in reversed(comment))
                below_junk = True
                k = top - 1
                # A name line a rule took (twice under an avatar) belongs to this comment.
                while (
                    k >= 0
                    and not page.free(k)
                    and page.lines[k] not in page.junk
                    and _name_line(page.stripped[k])
                ):
                    k -= 1
                continue
            if not below_junk:
                break
            teaser = self._teaser_at(page, k)
            if teaser is None:
                break
            found.append((*page.span(teaser, k), "related_links"))
            k = teaser - 1
        for s, e, kind in reversed(found):
            yield Boilerplate(document.span(s, e), kind=kind)

    def _teaser_at(self, page: _Page, k: int) -> int | None:
        """The headline line of the teaser whose lede is line ``k``, or None when ``k`` is no
        teaser's lede. Both lines must be free: a lone paragraph under a line an earlier rule
        took (an ``ADVERTISEMENT`` marker) is as often the story's own last paragraph."""
        lines = page.lines
        lede, head = page.stripped[k], page.stripped[k - 1]
        if not (page.free(k) and page.free(k - 1) and _lede(lede) and _headline_line(head)):
            return None
        story = "\n".join(page.stripped[j] for j in range(k - 1) if lines[j] not in page.junk)
        if not self._unrelated(head + "\n" + lede, story, page.function_words):
            return None
        return k - 1

    def _unrelated(self, teaser: str, story: str, function_words: frozenset[str]) -> bool:
        """Whether ``teaser`` shares (almost) nothing with ``story``: few content words, no name."""
        own = content_stems(teaser, function_words)
        if len(own) < _MIN_TEASER_STEMS:
            return False
        told = content_stems(story, function_words)
        if len(told) < _MIN_STORY_STEMS:
            return False
        if name_stems(teaser) & told:
            return False
        return len(own & told) <= self.max_shared * len(own)
