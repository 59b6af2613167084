"""The exceptions newsparse raises: one base class, each also a subclass of the builtin it stands for."""

from __future__ import annotations

__all__ = ["NewsparseError", "RuleTimeoutError", "UnknownLanguageError", "UnknownRuleError", "ensure_str"]


class NewsparseError(Exception):
    """Base class of every error newsparse raises on purpose."""


class UnknownRuleError(NewsparseError, KeyError):
    """A rule name given to a :class:`~newsparse.Parser` method is not in the parser."""

    def __str__(self) -> str:
        # KeyError's str() is the repr of its argument; show the message as written.
        return str(self.args[0]) if self.args else ""


class UnknownLanguageError(NewsparseError, ValueError):
    """A ``language=`` code that no registered :class:`~newsparse.lang.LanguageTables` has."""


class RuleTimeoutError(NewsparseError, TimeoutError):
    """A user-supplied pattern took longer than its rule's ``timeout`` on one line.

    The message names the rule and the line; ``rule`` and ``line`` hold them too. The usual
    cause is a nested repeat (``(\\w+\\s?)+``) that backtracks on a long line: bound the
    repeats or make them possessive (``++``, ``*+``), or raise the rule's ``timeout``.
    """

    def __init__(self, rule: str, line: int, timeout: float) -> None:
        super().__init__(
            f"rule {rule!r}: its pattern took longer than {timeout:g} s on line {line}; "
            "bound its repeats or make them possessive (no nested quantifiers), or raise timeout="
        )
        self.rule = rule
        """The name of the rule whose pattern timed out."""
        self.line = line
        """The 1-based number of the line it was matching."""


def ensure_str(value: object, what: str = "text") -> str:
    """Return ``value`` if it is a ``str``, else raise a ``TypeError`` that says what to do."""
    if isinstance(value, str):
        return value
    if isinstance(value, bytes | bytearray | memoryview):
        raise TypeError(
            f"{what} must be str, not {type(value).__name__}: decode first, e.g. data.decode('utf-8')"
        )
    raise TypeError(f"{what} must be str, not {type(value).__name__}")
