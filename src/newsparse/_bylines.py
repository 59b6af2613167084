"""PLACEHOLDER: filled in by its issue; the names below are the module's public API."""

from __future__ import annotations

from collections.abc import Iterator

import attrs

from newsparse._document import Document
from newsparse._model import Byline

__all__ = ["BylineRule", "find_bylines"]


@attrs.frozen(slots=True)
class BylineRule:
    """PLACEHOLDER rule."""

    name: str = "bylines"

    def __call__(self, document: Document) -> Iterator[Byline]:
        """Yield nothing yet."""
        return iter(())


def find_bylines(text: str) -> tuple[Byline, ...]:
    """Return the items of this rule found in ``text``."""
    from newsparse._errors import ensure_str

    return tuple(BylineRule()(Document.from_text(ensure_str(text))))
