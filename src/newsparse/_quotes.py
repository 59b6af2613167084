"""PLACEHOLDER: filled in by its issue; the names below are the module's public API."""

from __future__ import annotations

from collections.abc import Iterator

import attrs

from newsparse._document import Document
from newsparse._model import Quote

__all__ = ["QuoteRule", "find_quotes"]


@attrs.frozen(slots=True)
class QuoteRule:
    """PLACEHOLDER rule."""

    name: str = "quotes"

    def __call__(self, document: Document) -> Iterator[Quote]:
        """Yield nothing yet."""
        return iter(())


def find_quotes(text: str) -> tuple[Quote, ...]:
    """Return the items of this rule found in ``text``."""
    from newsparse._errors import ensure_str

    return tuple(QuoteRule()(Document.from_text(ensure_str(text))))
