"""PLACEHOLDER: filled in by its issue; the names below are the module's public API."""

from __future__ import annotations

from collections.abc import Iterator

import attrs

from newsparse._document import Document
from newsparse._model import Tweet

__all__ = ["TweetRule", "find_tweets"]


@attrs.frozen(slots=True)
class TweetRule:
    """PLACEHOLDER rule."""

    name: str = "tweets"

    def __call__(self, document: Document) -> Iterator[Tweet]:
        """Yield nothing yet."""
        return iter(())


def find_tweets(text: str) -> tuple[Tweet, ...]:
    """Return the items of this rule found in ``text``."""
    from newsparse._errors import ensure_str

    return tuple(TweetRule()(Document.from_text(ensure_str(text))))
