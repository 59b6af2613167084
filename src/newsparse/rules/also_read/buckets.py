"""Big case-blind phrase alternations compiled one first letter at a time.

The also-read label alternation holds hundreds of phrases in a dozen scripts and cost ~24 ms to
compile on a first parse (#8), though a document meets at most a few of its first letters. A
:class:`BucketedPattern` keeps the phrases grouped by their first character (case-folded) and
compiles, on first use, only the group a match at a given place can need: a phrase can match
there only if it starts with the first character after the prefix the pattern may skip (spaces,
bullets, an opening bracket), so the group of that character, plus the phrases that start with a
skippable or odd character, matches exactly where the whole alternation would.
"""

from __future__ import annotations

import sys
from collections.abc import Callable, Container, Sequence

import regex

__all__ = ["BucketedPattern"]

_UNSEEN = object()
_SKIPPED = object()  # memo of a character the pattern may skip
_LOOK_AHEAD = 40  # the longest prefix a pattern may skip before its phrase is shorter than this


class BucketedPattern:
    """``assemble(phrases)`` compiled per first character of the phrase a match would start with.

    ``phrases`` are ``(key, phrase)`` pairs in alternation order, ``key`` the phrase's folded
    first character or ``None`` for a phrase that must be in every group (it starts with a
    character the pattern may skip, an apostrophe or a character with odd case folding).
    ``fold`` maps a text character to the same kind of key (``None``: use every phrase);
    ``skip`` holds the characters the pattern may consume before its phrase.
    """

    __slots__ = ("_assemble", "_by_key", "_flags", "_fold", "_keys", "_patterns", "_phrases", "_skip")

    def __init__(
        self,
        phrases: Sequence[tuple[str | None, str]],
        assemble: Callable[[list[str]], str],
        fold: Callable[[str], str | None],
        skip: Container[str],
        flags: int = 0,
    ) -> None:
        self._phrases = tuple(phrases)
        self._assemble = assemble
        self._fold = fold
        self._skip = skip
        self._flags = flags
        self._by_key = frozenset(k for k, _ in self._phrases if k is not None)
        # group key ("" for the phrases every group holds, None for all) -> compiled pattern
        self._patterns: dict[str | None, regex.Pattern[str]] = {}
        self._keys: dict[str, object] = {}  # text character -> its group key (memo of ``fold``)

    def _key(self, text: str, pos: int) -> str | None:
        """The group a match at ``pos`` needs: that of the first character not in ``skip``."""
        for ch in text[pos : pos + _LOOK_AHEAD]:
            key = self._keys.get(ch, _UNSEEN)
            if key is _UNSEEN:
                # ``skip`` may be a container with a Python ``__contains__``: ask it once per character.
                if ch in self._skip:
                    key = self._keys[ch] = _SKIPPED
                else:
                    folded = self._fold(ch)
                    key = self._keys[ch] = folded if folded is None or folded in self._by_key else ""
            if key is not _SKIPPED:
                return key  # type: ignore[return-value]
        return ""

    def compiled(self, text: str, pos: int = 0) -> regex.Pattern[str] | None:
        """The group a match at ``pos`` needs if it is compiled already, else ``None``."""
        return self._patterns.get(self._key(text, pos))

    def ready(self, text: str, pos: int = 0) -> bool:
        """Whether the group a match at ``pos`` needs is compiled already."""
        return self._key(text, pos) in self._patterns

    def pattern(self, text: str, pos: int = 0) -> regex.Pattern[str]:
        """The compiled group a match at ``pos`` of ``text`` needs."""
        key = self._key(text, pos)
        found = self._patterns.get(key)
        if found is None:
            chosen = [p for k, p in self._phrases if k is None or key is None or k == key]
            found = self._patterns[key] = regex.compile(self._assemble(chosen), self._flags)
        return found

    def match(self, text: str, pos: int = 0, endpos: int = sys.maxsize) -> regex.Match[str] | None:
        """What the whole alternation's ``match`` would return."""
        return self.pattern(text, pos).match(text, pos, endpos)

    def fullmatch(self, text: str, pos: int = 0, endpos: int = sys.maxsize) -> regex.Match[str] | None:
        """What the whole alternation's ``fullmatch`` would return."""
        return self.pattern(text, pos).fullmatch(text, pos, endpos)
