"""The exceptions newsparse raises: one base class, each also a subclass of the builtin it stands for."""

from __future__ import annotations

__all__ = ["NewsparseError", "UnknownRuleError", "ensure_str"]


class NewsparseError(Exception):
    """Base class of every error newsparse raises on purpose."""


class UnknownRuleError(NewsparseError, KeyError):
    """A rule name given to a :class:`~newsparse.Parser` method is not in the parser."""

    def __str__(self) -> str:
        # KeyError's str() is the repr of its argument; show the message as written.
        return str(self.args[0]) if self.args else ""


def ensure_str(value: object, what: str = "text") -> str:
    """Return ``value`` if it is a ``str``, else raise a ``TypeError`` that says what to do."""
    if isinstance(value, str):
        return value
    if isinstance(value, bytes | bytearray | memoryview):
        raise TypeError(
            f"{what} must be str, not {type(value).__name__}: decode first, e.g. data.decode('utf-8')"
        )
    raise TypeError(f"{what} must be str, not {type(value).__name__}")
