"""Patterns compiled on first use, for pattern modules that would otherwise compile at import."""

from __future__ import annotations

from typing import Any

import regex

__all__ = ["LazyPatterns"]


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
