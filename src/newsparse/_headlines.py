"""PLACEHOLDER: filled in by its issue; the names below are the module's public API."""

from __future__ import annotations

from collections.abc import Iterator

import attrs

from newsparse._document import Document
from newsparse._model import Headline

__all__ = ["HeadlineRule", "find_headlines"]


@attrs.frozen(slots=True)
class HeadlineRule:
    """PLACEHOLDER rule."""

    name: str = "headline"

    def __call__(self, document: Document) -> Iterator[Headline]:
        """Yield nothing yet."""
        return iter(())


def find_headlines(text: str) -> tuple[Headline, ...]:
    """Return the items of this rule found in ``text``."""
    from newsparse._errors import ensure_str

    return tuple(HeadlineRule()(Document.from_text(ensure_str(text))))
