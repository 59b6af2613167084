"""What the body stages share for one document, built once per document by the rule."""

from __future__ import annotations

import attrs

from newsparse._document import Document
from newsparse.rules.tweets.cues import LeadIns
from newsparse.rules.tweets.lines import LazyGaps


@attrs.frozen(slots=True)
class Page:
    """A document with its signatures' lines and the rule's settings, passed to each body stage.

    Only what holds for the whole document lives here; what changes from one post to the next
    (the floor a body may not reach back over, the author's surname) is passed alongside.
    """

    document: Document
    sig_lines: frozenset[int]
    """The lines holding a signature: no body takes one of them."""
    lead_re: LeadIns
    """The rule's lead-in cues, compiled."""
    gaps: LazyGaps
    """The document's paragraph gaps, measured when a body first needs them."""
    max_weight: int
    """:attr:`~newsparse.TweetRule.max_post_weight`."""
    paragraph_chars: int
    """:attr:`~newsparse.TweetRule.paragraph_chars`."""
