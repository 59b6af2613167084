"""PLACEHOLDER: filled in by its issue; the names below are the module's public API."""

from __future__ import annotations

from collections.abc import Iterator

import attrs

from newsparse._document import Document
from newsparse._model import Dateline

__all__ = ["DatelineRule", "find_datelines"]


@attrs.frozen(slots=True)
class DatelineRule:
    """PLACEHOLDER rule."""

    name: str = "datelines"

    def __call__(self, document: Document) -> Iterator[Dateline]:
        """Yield nothing yet."""
        return iter(())


def find_datelines(text: str) -> tuple[Dateline, ...]:
    """Return the items of this rule found in ``text``."""
    from newsparse._errors import ensure_str

    return tuple(DatelineRule()(Document.from_text(ensure_str(text))))
