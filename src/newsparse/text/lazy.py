"""Patterns compiled on first use, for pattern modules that would otherwise compile at import."""

from __future__ import annotations

import re
from typing import Any

import regex

__all__ = ["LazyPatterns", "deferred_re", "deferred_regex"]


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

    The first read of any attribute (``match``, ``search``, ``finditer`` ...) compiles the
    pattern and copies the compiled pattern's methods onto this object, so every later call
    is one attribute read, as fast as on the compiled pattern itself.
    """

    def __init__(self, compile_: Any, pattern: str, flags: int) -> None:
        self._compile = compile_
        self._source = (pattern, flags)

    def __getattr__(self, name: str) -> Any:  # only called while the attribute is missing
        if name.startswith("__") or name in ("_compile", "_source"):
            raise AttributeError(name)
        compiled = self._compile(*self._source)
        for attribute in dir(compiled):
            if not attribute.startswith("_"):
                setattr(self, attribute, getattr(compiled, attribute))
        return getattr(compiled, name)

    def __repr__(self) -> str:
        return f"deferred({self._source[0]!r}, {self._source[1]})"


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
