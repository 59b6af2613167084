"""PLACEHOLDER: filled in by its issue; the names below are the module's public API."""

from __future__ import annotations

from collections.abc import Iterator

import attrs

from newsparse._document import Document
from newsparse._model import Timestamp

__all__ = ["TimestampRule", "find_timestamps"]


@attrs.frozen(slots=True)
class TimestampRule:
    """PLACEHOLDER rule."""

    name: str = "timestamps"

    def __call__(self, document: Document) -> Iterator[Timestamp]:
        """Yield nothing yet."""
        return iter(())


def find_timestamps(text: str) -> tuple[Timestamp, ...]:
    """Return the items of this rule found in ``text``."""
    from newsparse._errors import ensure_str

    return tuple(TimestampRule()(Document.from_text(ensure_str(text))))
