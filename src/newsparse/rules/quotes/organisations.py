"""The organisations an article names, for ``NIA`` → ``National Investigation Agency`` and
``the ministry said`` → the ministry named last.

One pass over the unclaimed paragraphs collects capitalised sequences that may join words with
``of``/``and``/``for``/``the`` (``Reserve Bank of India``); each sequence of two to eight words
files its initials (and those of its tails, so a sentence-initial ``Notably`` does not hide the
name) and, when it holds an organisation word (``Ministry``, ``Agency``), its position. Look-ups
are dictionary hits or a bounded walk back, so the work stays linear in the article.
"""

from __future__ import annotations

import bisect
import re
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from newsparse.rules.quotes.state import State

# Capitalised words joined by spaces, optionally through one lower-case joining word; possessive
# repeats over bounded tokens, so the scan cannot backtrack.
_ORG_SEQ = re.compile(
    r"(?<![\w’'-])[A-Z][\w’'&-]{0,30}+(?:[ ](?:(?:of|and|for|the|on|in|&)[ ])?+[A-Z][\w’'&-]{0,30}+){1,7}+"
)
_JOINERS = frozenset({"of", "and", "for", "the", "on", "in", "&"})
_ACRONYM = re.compile(r"[A-Z]{2,6}+")

_LOOK_BACK = 200
"""How many organisation mentions ``the ministry`` walks back over (a bound that keeps resolution
linear; the organisation meant is almost always among the last few named)."""


class OrgIndex:
    """Organisation names of one article: by initials, and by organisation word with positions."""

    def __init__(self, st: State) -> None:
        self.acronyms: dict[str, str] = {}
        self._pos: list[int] = []
        self._names: list[tuple[str, frozenset[str]]] = []
        orgs = st.vocab.orgs
        text = st.text
        for ps, pe, _ in st.paras:
            for m in _ORG_SEQ.finditer(text, ps, pe):
                self._file(m.group(), m.start(), orgs)

    def _file(self, seq: str, pos: int, orgs: frozenset[str]) -> None:
        words = [w[:-2] if w.endswith(("’s", "'s")) else w for w in seq.split()]
        caps = [i for i, w in enumerate(words) if w not in _JOINERS]
        for k in caps[: max(len(caps) - 1, 0)]:
            tail = words[k:]
            initials = "".join(w[0] for w in tail if w not in _JOINERS)
            if 2 <= len(initials) <= 6:
                self.acronyms.setdefault(initials, " ".join(tail))
        found = frozenset(w for w in words if w in orgs)
        if found and len(caps) >= 2:
            self._pos.append(pos)
            self._names.append((" ".join(words[1:] if words[0] == "The" else words), found))

    def expand(self, word: str) -> str | None:
        """The full name an acronym stands for in this article (``RBI`` → ``Reserve Bank of India``)."""
        if _ACRONYM.fullmatch(word) is None:
            return None
        return self.acronyms.get(word)

    def latest(self, head: str, pos: int) -> str | None:
        """The organisation named last before ``pos`` whose name holds ``head`` (``Ministry``)."""
        k = bisect.bisect_left(self._pos, pos)
        for i in range(k - 1, max(k - 1 - _LOOK_BACK, -1), -1):
            name, words = self._names[i]
            if head in words:
                return name
        return None
