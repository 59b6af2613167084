"""The per-document state the stages share, and the candidate-quote record they pass along."""

from __future__ import annotations

import bisect
import re
from typing import TYPE_CHECKING

import attrs

from newsparse._document import Document
from newsparse.rules.quotes.phrases import NP
from newsparse.rules.quotes.speakers import Persons
from newsparse.rules.quotes.vocab import Vocab
from newsparse.text.sentences import line_sentences

if TYPE_CHECKING:
    from newsparse.rules.quotes.speakers import NameTable


@attrs.define(slots=True)
class Raw:
    """A candidate quote: offsets of the quote, its content and cue, and its speaker phrase (unresolved)."""

    start: int
    end: int
    cstart: int
    cend: int
    kind: str
    cue: tuple[int, int] | None
    np: NP | None
    mode: str  # "np", "subject", "inherit", "none"
    rule: str
    sentence: int  # start of the sentence whose subject may stand for the speaker
    origin: int = -1  # opening mark of a direct quote (first paragraph of a multi-paragraph one)
    closed: bool = True  # False for a direct quote whose paragraph ended before its closing mark


# A capital after sentence-final punctuation and a space: where a sentence may start (at the
# match's end). Punctuation-led, so ``re`` scans for it fast; matches never overlap. Scraped
# cells often keep two or three spaces between sentences ("… by June.  Ravi Kumar also …"):
# the sentence after them has a subject too.
_SENTENCE_START = re.compile(r"[.!?…][\"”’']?+[ ]{1,3}+(?=[A-Z])")


class State:
    """Per-document state shared by the stages: the text, its paragraphs, caches and the speaker tracker."""

    def __init__(self, document: Document, vocab: Vocab, keep_scare: bool, name: str) -> None:
        self.doc = document
        self.text = document.text
        self.vocab = vocab
        self.keep_scare = keep_scare
        self.name = name
        self.sent_cache: dict[int, list[tuple[int, int]]] = {}
        self.subject_cache: dict[int, object] = {}
        self.start_cache: dict[int, list[int]] = {}
        self.para_starts: list[int] = []
        self.paras: list[tuple[int, int, bool]] = []
        self.cue_starts: list[int] = []
        self.inside: list[tuple[int, int]] = []
        self.inside_opens: list[int] = []
        self.inside_closes: list[int] = []  # closes of ``inside``, ascending (segments never overlap)
        self.caps_cache: dict[int, tuple[int, int]] = {}  # content start → (read up to, capitalised words)
        self.chars_read = 0  # characters of quote content read for the scare-quote test (tests check it)
        self.intros: dict[int, tuple[NP | None, tuple[int, int] | None, str, int]] = {}
        self.persons = Persons()  # the people named so far (the speaker tracker)
        self.names: NameTable | None = None  # the article's names by word (built when resolving)

    def sentences(self, pi: int) -> list[tuple[int, int]]:
        """The sentence bounds of paragraph ``pi`` (computed once)."""
        found = self.sent_cache.get(pi)
        if found is None:
            ps, pe, _ = self.paras[pi]
            found = self.sent_cache[pi] = line_sentences(self.text, ps, pe)
        return found

    def starts(self, pi: int) -> list[int]:
        """Where sentences of paragraph ``pi`` may start (a cheap over-approximation)."""
        found = self.start_cache.get(pi)
        if found is None:
            ps, pe, _ = self.paras[pi]
            found = [ps]
            found += [
                e for m in _SENTENCE_START.finditer(self.text, max(ps - 3, 0), pe) if (e := m.end()) >= ps
            ]
            self.start_cache[pi] = found
        return found

    def in_quote(self, pos: int, inclusive: bool = False) -> bool:
        """Return whether ``pos`` lies inside a direct quote of the current paragraph."""
        k = bisect.bisect_right(self.inside_opens, pos) - 1
        if k < 0:
            return False
        o, c = self.inside[k]
        return (o <= pos if inclusive else o < pos) and pos < c

    def quote_closing_at(self, close: int) -> tuple[int, int] | None:
        """The direct quote of the current paragraph whose closing mark is at ``close``, if any.

        Found by bisection, so a paragraph of N quotes costs O(log N) per look-up, not O(N)."""
        k = bisect.bisect_left(self.inside_closes, close)
        if k < len(self.inside) and self.inside[k][1] == close:
            return self.inside[k]
        return None
