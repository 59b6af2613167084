"""PLACEHOLDER: filled in by its issue; the names below are the module's public API."""

from __future__ import annotations

from collections.abc import Iterator

import attrs

from newsparse._document import Document
from newsparse._model import AlsoRead

__all__ = ["AlsoReadRule", "find_also_read"]


@attrs.frozen(slots=True)
class AlsoReadRule:
    """PLACEHOLDER rule."""

    name: str = "also_read"

    def __call__(self, document: Document) -> Iterator[AlsoRead]:
        """Yield nothing yet."""
        return iter(())


def find_also_read(text: str) -> tuple[AlsoRead, ...]:
    """Return the items of this rule found in ``text``."""
    from newsparse._errors import ensure_str

    return tuple(AlsoReadRule()(Document.from_text(ensure_str(text))))
