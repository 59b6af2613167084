"""Patterns compiled on first use, for pattern modules that would otherwise compile at import."""

from __future__ import annotations

import re
from collections.abc import Iterable
from typing import Any

import regex

__all__ = ["LazyPatterns", "WordListPattern", "compiled_yet", "deferred_re", "deferred_regex"]


class LazyPatterns:
    """A registry of named pattern sources that compiles each one the first time it is read.

    A pattern module registers its sources and installs :meth:`resolve` as its module-level
    ``__getattr__``; the first read of a name compiles it and stores the result as a module
    global, so later reads cost nothing. Compiling everything at import cost tens of
    milliseconds, and most programs use only some of the patterns.
    """

    def __init__(self, module_name: str, namespace: dict[str, Any]) -> None:
        self._module = module_name
        self._namespace = namespace
        self._sources: dict[str, tuple[str, int]] = {}

    def register(self, name: str, pattern: str, flags: int = 0) -> None:
        """Register ``pattern`` under ``name``; it is compiled on first use."""
        self._sources[name] = (pattern, flags)

    def resolve(self, name: str) -> regex.Pattern[str]:
        """Compile the pattern called ``name`` and keep it as a global of its module."""
        try:
            pattern, flags = self._sources[name]
        except KeyError:
            raise AttributeError(f"module {self._module!r} has no attribute {name!r}") from None
        compiled = regex.compile(pattern, flags)
        self._namespace[name] = compiled
        return compiled


class _Deferred:
    """Stands in for a compiled pattern until its first use, then becomes it.

    The first read of an attribute (``match``, ``search``, ``finditer`` ...) compiles the
    pattern; each attribute read is then copied onto this object, so every later call is one
    attribute read, as fast as on the compiled pattern itself. (Copying every public attribute
    at once took ~0.14 ms per pattern, ~7 ms of a first parse, #8.)
    """

    def __init__(self, compile_: Any, pattern: str, flags: int) -> None:
        self._compile = compile_
        self._source = (pattern, flags)
        self._compiled: Any = None

    def __getattr__(self, name: str) -> Any:  # only called while the attribute is missing
        if name.startswith("__") or name in ("_compile", "_source", "_compiled"):
            raise AttributeError(name)
        compiled = self._compiled
        if compiled is None:
            compiled = self._compiled = self._compile(*self._source)
        value = getattr(compiled, name)
        if not name.startswith("_"):
            setattr(self, name, value)
        return value

    def __repr__(self) -> str:
        return f"deferred({self._source[0]!r}, {self._source[1]})"


def compiled_yet(pattern: object) -> bool:
    """Whether ``pattern`` is compiled: ``False`` only for a deferred pattern not used yet.

    A check that spares a first compile (a cheap necessary condition) is worth its cost only
    until the pattern is compiled; after that the pattern alone answers as fast.
    """
    return not isinstance(pattern, _Deferred) or pattern._compiled is not None


def deferred_regex(pattern: str, flags: int = 0) -> regex.Pattern[str]:
    """A ``regex`` pattern compiled the first time it is used, not at import.

    For patterns kept as module globals and used inside their own module (where a module
    ``__getattr__`` is never consulted). The object behaves as the compiled pattern does for
    its public attributes (``match``, ``search``, ``finditer``, ``pattern`` ...).
    """
    deferred: Any = _Deferred(regex.compile, pattern, flags)
    return deferred  # type: ignore[no-any-return]


def deferred_re(pattern: str, flags: int = 0) -> re.Pattern[str]:
    """A standard-library ``re`` pattern compiled the first time it is used, not at import
    (as :func:`deferred_regex`; for the patterns that ``re`` runs as fast as ``regex``)."""
    deferred: Any = _Deferred(re.compile, pattern, flags)
    return deferred  # type: ignore[no-any-return]


class WordListPattern:
    """A pattern holding a long alternation of words, compiled with one cheap token in its place.

    ``regex`` takes ~4 ms to compile an alternation of the ~150 month names, and a cold start
    paid that for every pattern that spelled them out (#8). Here ``source`` holds ``slot``
    where the alternation stands; it is compiled with a token instead (a run of letters and
    marks, captured as the group ``WORD_GROUP``), and a match counts when every run it captured
    is one of ``words`` (compared in lower case when ``flags`` has ``IGNORECASE``). When one is
    not, the pattern with the alternation spelled out is compiled and asked instead, so every
    answer is the spelled-out pattern's own:

    * the token pattern tries the same paths in the same order, and where the spelled-out one
      takes a word the token takes the same characters, provided that every word is letters and
      marks only and that in ``source`` what may follow ``slot`` is never a letter or a mark
      (then the only word that can match where a run starts is the whole run); so a path that
      fails with the token fails spelled out, and a path that succeeds with a run that is a
      word succeeds spelled out with the same groups;
    * ``slot`` must not stand inside a negative lookaround, where a wider token would reject
      what the words accept.

    Only ``match``, ``search`` and ``fullmatch`` are offered (a scan with ``finditer`` would
    have to restart spelled out): the patterns that need it are tried at one place.
    """

    WORD_GROUP = "word_list_token"
    """The name of the group that captures each run of letters standing for a word."""

    def __init__(self, source: str, slot: str, words: Iterable[str], flags: int = 0) -> None:
        if slot not in source:
            raise ValueError(f"the slot {slot!r} is not in the pattern")
        words = tuple(words)
        self._folded = bool(flags & regex.IGNORECASE)
        self._words = frozenset(w.lower() for w in words) if self._folded else frozenset(words)
        token = rf"(?P<{self.WORD_GROUP}>[\p{{L}}\p{{M}}]++)"
        spelled = "(?:" + "|".join(sorted(map(regex.escape, words), key=len, reverse=True)) + ")"
        self._token = deferred_regex(source.replace(slot, token), flags)
        self._spelled = deferred_regex(source.replace(slot, spelled), flags)

    def _clean(self, m: regex.Match[str]) -> bool:
        """Whether every run ``m`` took for a word is one of the words."""
        runs = m.captures(self.WORD_GROUP)
        if self._folded:
            return all(run.lower() in self._words for run in runs)
        return all(run in self._words for run in runs)

    def match(self, string: str, pos: int = 0, endpos: int | None = None) -> regex.Match[str] | None:
        """As ``regex.Pattern.match`` on the spelled-out pattern."""
        end = len(string) if endpos is None else endpos
        m = self._token.match(string, pos, end)
        return m if m is None or self._clean(m) else self._spelled.match(string, pos, end)

    def search(self, string: str, pos: int = 0, endpos: int | None = None) -> regex.Match[str] | None:
        """As ``regex.Pattern.search`` on the spelled-out pattern (no match of it starts before
        the token pattern's: that pattern accepts, at each place, whatever the spelled-out one does)."""
        end = len(string) if endpos is None else endpos
        m = self._token.search(string, pos, end)
        return m if m is None or self._clean(m) else self._spelled.search(string, pos, end)

    def fullmatch(self, string: str, pos: int = 0, endpos: int | None = None) -> regex.Match[str] | None:
        """As ``regex.Pattern.fullmatch`` on the spelled-out pattern."""
        end = len(string) if endpos is None else endpos
        m = self._token.fullmatch(string, pos, end)
        return m if m is None or self._clean(m) else self._spelled.fullmatch(string, pos, end)

    @property
    def spelled_out(self) -> regex.Pattern[str]:
        """The pattern with the alternation spelled out (compiled on first use)."""
        return self._spelled
