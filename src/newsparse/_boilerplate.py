"""PLACEHOLDER: filled in by its issue; the names below are the module's public API."""

from __future__ import annotations

from collections.abc import Iterator

import attrs

from newsparse._document import Document
from newsparse._model import Boilerplate

__all__ = ["BoilerplateRule", "find_boilerplate"]


@attrs.frozen(slots=True)
class BoilerplateRule:
    """PLACEHOLDER rule."""

    name: str = "boilerplate"

    def __call__(self, document: Document) -> Iterator[Boilerplate]:
        """Yield nothing yet."""
        return iter(())


def find_boilerplate(text: str) -> tuple[Boilerplate, ...]:
    """Return the items of this rule found in ``text``."""
    from newsparse._errors import ensure_str

    return tuple(BoilerplateRule()(Document.from_text(ensure_str(text))))
