"""Whether a name stands for a person: the evidence the speaker tracker asks for before a
sentence subject may be the antecedent of ``he`` / ``she``, and what quotes say (never an antecedent).

A capitalised phrase is not a person by its shape: ``Universal Social Security``, ``Indian
Economy``, ``Broward County`` and ``Goldman Sachs`` look like ``Ines Varga``. The evidence is what
the article itself shows: a given name of the name table, a title or role word next to the name,
an age in an appositive, a pronoun already seen for them; against it, words the article also
writes in lower case (``economy``) and ``in NAME`` (a place). Every check is a few bounded
``str.find`` calls, cached per word or name, so the work stays linear in the article.
"""

from __future__ import annotations

import bisect
import re

from newsparse.rules.quotes.names import has_given_name
from newsparse.rules.quotes.phrases import _WORD_STRIP, NP
from newsparse.text.lazy import deferred_regex

__all__ = ["PersonEvidence"]

# An age in an appositive: "Kai Mensah, 19," (only people are given one)
_AGE_APPOSITIVE = deferred_regex(r"\d{1,3}+,")

# Words that end an appositive before a role word could follow ("Lane, who …", "Lane, and …")
_APPOSITIVE_STOPS = frozenset({"who", "which", "and", "but", "said", "says", "told", "added"})

_HITS = 8
"""How many occurrences of a word one check reads (a few tell; the look-up stays bounded)."""


_SCAN_FLOOR = 20_000_000
_SCAN_PER_CHAR = 200
"""The whole-text look-ups of one article read at most ``_SCAN_FLOOR + _SCAN_PER_CHAR × len``
characters in all: far above what any real article needs (a 20,000-character article with 500
distinct names reads ~10 million), and a bound that keeps a text naming thousands of people
with look-alike names (which the space index below cannot tell apart) linear in its length."""

_INDEXED = 4  # characters indexed beside each space
_DIRECT = 32
"""How many look-ups one article answers with a plain ``in`` scan before building the index:
an article asks a few (building the index reads every space with a lookaround, ~100× one scan),
a text naming thousands of people builds it and stays linear."""
# Every space with the four characters after it / before it (captured in a lookaround, so that
# spaces close together all count): the index behind may_follow_space / may_precede_space.
_AFTER_SPACE = re.compile(r" (?=([\s\S]{4}))")
_BEFORE_SPACE = re.compile(r"(?<=([\s\S]{4})) ")


class PersonEvidence:
    """What one article shows about who is a person, and where its quotes are."""

    def __init__(
        self, text: str, roles: frozenset[str], titles: frozenset[str], orgs: frozenset[str]
    ) -> None:
        self.text = text
        self.roles = roles
        self.titles = titles
        self.orgs = orgs
        self.gender: dict[str, str] = {}  # "he" / "she" as the article shows it (title, pronoun)
        self._quoted: list[tuple[int, int]] = []
        self._quoted_starts: list[int] = []
        self._lower: dict[str, bool] = {}
        self._plausible: dict[str, bool] = {}
        self._after_space: frozenset[str] | None = None
        self._before_space: frozenset[str] | None = None
        self._direct_left = _DIRECT  # look-ups left to answer by a scan (shared by both indexes)
        self._scan_left = _SCAN_FLOOR + _SCAN_PER_CHAR * len(text)

    def find(self, needle: str, start: int = 0) -> int:
        """``text.find(needle, start)`` charged to the article's scan budget; -1 ("not written")
        once the budget is spent, so the look-ups of one article stay linear in its length."""
        if self._scan_left <= 0:
            return -1
        at = self.text.find(needle, start)
        self._scan_left -= (len(self.text) if at < 0 else at + len(needle)) - start
        return at

    def may_follow_space(self, needle: str) -> bool:
        """False when ``" " + needle`` cannot occur in the text (the four characters after
        every space are indexed once); True means "maybe": look with ``str.find``.

        A whole-text ``find`` per distinct name is quadratic on a text naming thousands of
        people; this index answers the usual miss in constant time.
        """
        if len(needle) < _INDEXED:
            return True
        if self._after_space is None:
            if self._direct_left > 0:
                self._direct_left -= 1
                return " " + needle[:_INDEXED] in self.text  # (the index's answer, by one scan)
            self._after_space = frozenset(_AFTER_SPACE.findall(self.text))
        return needle[:_INDEXED] in self._after_space

    def may_precede_space(self, needle: str) -> bool:
        """False when ``needle + " "`` cannot occur in the text (the four characters before
        every space are indexed once); True means "maybe"."""
        if len(needle) < _INDEXED:
            return True
        if self._before_space is None:
            if self._direct_left > 0:
                self._direct_left -= 1
                return needle[-_INDEXED:] + " " in self.text  # (the index's answer, by one scan)
            self._before_space = frozenset(_BEFORE_SPACE.findall(self.text))
        return needle[-_INDEXED:] in self._before_space

    def set_quoted(self, spans: list[tuple[int, int]]) -> None:
        """Record what the quotes say (sorted ``(start, end)`` contents), merged where they overlap."""
        merged: list[tuple[int, int]] = []
        for start, end in spans:
            if merged and start < merged[-1][1]:
                merged[-1] = (merged[-1][0], max(merged[-1][1], end))
            else:
                merged.append((start, end))
        self._quoted = merged
        self._quoted_starts = [s for s, _ in merged]

    def quoted_at(self, pos: int) -> bool:
        """Whether ``pos`` lies inside the content of a quote or of reported speech."""
        k = bisect.bisect_right(self._quoted_starts, pos) - 1
        return k >= 0 and pos < self._quoted[k][1]

    def evidenced(self, name: str, np: NP) -> bool:
        """Whether the article shows ``name`` (a sentence subject) to be a person: a given name of
        the name table, a pronoun or title already seen for them, a role word next to this mention
        (``Meta spokesperson Tolan disagrees``), an age (``Kai Mensah, 19,``). A
        capitalised phrase without any of these (``Universal Social Security``, ``Goldman Sachs``)
        is not taken for someone ``he`` or ``she`` could stand for."""
        return name in self.gender or has_given_name(name) or self.role_near(np)

    def plausible(self, name: str, np: NP) -> bool:
        """Whether a sentence subject may be a person: :meth:`evidenced`, or no word of it is used in
        lower case in the article (``Indian Economy``, ``Universal Social Security`` are: their
        words are common nouns; ``Ines Varga`` is not) and it is no place (``in Kandhamal``)."""
        if self.evidenced(name, np):
            return True
        found = self._plausible.get(name)
        if found is None:
            words = name.split()
            found = self._plausible[name] = (
                self.orgs.isdisjoint(w.strip(_WORD_STRIP) for w in words)
                and not any(self.written_lower(w) for w in words)
                and not self.place(name)
            )
        return found

    def written_lower(self, word: str) -> bool:
        """Whether the article writes ``word`` in lower case as a word of its own (``economy``)."""
        low = word.lower()
        found = self._lower.get(low)
        if found is None:
            found = low != word and len(low) >= 3 and self._standalone(" " + low)
            self._lower[low] = found
        return found

    def place(self, name: str) -> bool:
        """Whether the article writes ``in NAME`` (``in Broward County``, ``in Kandhamal``): a place."""
        return self._standalone(" in " + name)

    def _standalone(self, needle: str) -> bool:
        """Whether ``needle`` occurs in the text not followed by a letter (a whole word or name)."""
        text = self.text
        if needle[:1] == " " and not self.may_follow_space(needle[1:]):
            return False
        at = self.find(needle)
        for _ in range(_HITS):
            if at < 0:
                return False
            end = at + len(needle)
            if end >= len(text) or not (text[end].isalnum() or text[end] in "’'-"):
                return True
            at = self.find(needle, end)
        return False

    def role_near(self, np: NP) -> bool:
        """Whether a title or role word stands just before the name at ``np`` (``Meta spokesperson
        Al Tolan``), an age (``Kai Mensah, 19,``) or a role in an appositive right after it
        (``Santanu Sengupta, India economist at``)."""
        text = self.text
        roles, titles = self.roles, self.titles
        for w in text[max(0, np.start - 30) : np.end].rsplit(None, 6)[-6:]:
            if w in titles or (w[:1].islower() and w.strip(_WORD_STRIP) in roles):
                return True  # roles are written in lower case ("Meta spokesperson Al Tolan")
        if text[np.end : np.end + 2] != ", ":
            return False
        if _AGE_APPOSITIVE.match(text, np.end + 2, np.end + 10) is not None:
            return True  # "Mensah, 19, was making …"
        for w in text[np.end + 2 : np.end + 70].split(" ", 6)[:6]:
            low = w.lower().strip(_WORD_STRIP)
            if low in roles:
                return True
            if w.endswith((",", ".", ";")) or low in _APPOSITIVE_STOPS:
                break
        return False
