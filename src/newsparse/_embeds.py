"""PLACEHOLDER: filled in by its issue; the names below are the module's public API."""

from __future__ import annotations

from collections.abc import Iterator

import attrs

from newsparse._document import Document
from newsparse._model import Embed

__all__ = ["EmbedRule", "find_embeds"]


@attrs.frozen(slots=True)
class EmbedRule:
    """PLACEHOLDER rule."""

    name: str = "embeds"

    def __call__(self, document: Document) -> Iterator[Embed]:
        """Yield nothing yet."""
        return iter(())


def find_embeds(text: str) -> tuple[Embed, ...]:
    """Return the items of this rule found in ``text``."""
    from newsparse._errors import ensure_str

    return tuple(EmbedRule()(Document.from_text(ensure_str(text))))
