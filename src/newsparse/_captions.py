"""PLACEHOLDER: filled in by its issue; the names below are the module's public API."""

from __future__ import annotations

from collections.abc import Iterator

import attrs

from newsparse._document import Document
from newsparse._model import Caption

__all__ = ["CaptionRule", "find_captions"]


@attrs.frozen(slots=True)
class CaptionRule:
    """PLACEHOLDER rule."""

    name: str = "captions"

    def __call__(self, document: Document) -> Iterator[Caption]:
        """Yield nothing yet."""
        return iter(())


def find_captions(text: str) -> tuple[Caption, ...]:
    """Return the items of this rule found in ``text``."""
    from newsparse._errors import ensure_str

    return tuple(CaptionRule()(Document.from_text(ensure_str(text))))
