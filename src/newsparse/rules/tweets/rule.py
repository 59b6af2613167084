"""Embedded tweets / X posts: a body, then a ``— Name (@handle) Date`` signature.

The signature is found first (it is the only reliable marker an embed leaves in plain
text); the body is then recovered from the text just before it, using the cues real
pages leave: a ``pic.twitter.com`` / ``t.co`` link at the end, a lead-in line ending in
``:`` or "tweeted" above it, the 280-character length of a post, and, when in doubt, the
shorter body.

>>> text = ("The mayor answered within minutes.\\n"
...         "Buses run all night from Friday 🚌 https://t.co/Ab12Cd34Ef\\n"
...         "— City Transit (@city_transit) November 21, 2025")
>>> t = find_tweets(text)[0]
>>> t.handle, t.author, t.date, t.body.text
('city_transit', 'City Transit', datetime.date(2025, 11, 21), 'Buses run all night from Friday 🚌 https://t.co/Ab12Cd34Ef')
"""

from __future__ import annotations

from collections.abc import Iterator

import attrs

from newsparse._document import Document
from newsparse._errors import ensure_str
from newsparse._model import Entity, Span, Tweet
from newsparse.rules.tweets import patterns as tp
from newsparse.rules.tweets.body import post_body
from newsparse.rules.tweets.cues import compile_lead_ins, surname_of
from newsparse.rules.tweets.entities import tweet_entities
from newsparse.rules.tweets.lines import NON_SPACE, LazyGaps
from newsparse.rules.tweets.page import Page
from newsparse.rules.tweets.patterns import (
    DASHES,
    LEAD_IN_CUES,
)
from newsparse.rules.tweets.signatures import Signature, compile_dashes, find_signatures
from newsparse.rules.tweets.values import link_of, post_weight, tweet_date

__all__ = ["TweetRule", "find_tweets", "link_of", "post_weight"]


@attrs.frozen(slots=True)
class TweetRule:
    """Find embedded tweets: a ``— Name (@handle) Date`` signature and the post above it.

    The fields are the rule's vocabulary; extend them by passing new tuples, e.g.
    ``TweetRule(lead_ins=TweetRule().lead_ins + (r"\\bgeplaatst\\s*$",))``.

    >>> rule = TweetRule()
    >>> rule.name, rule.max_post_weight
    ('tweets', 280)
    """

    dashes: tuple[str, ...] = DASHES
    """Regex alternatives for the dash before the author's name (``—``, ``--``, ``â€”``, ...)."""
    lead_ins: tuple[str, ...] = LEAD_IN_CUES
    """Regexes (case-insensitive) for a line that introduces an embed and is not part of it.

    A cue ending in ``$`` is matched backwards (``regex``'s ``(?r)``) within the line's last 300
    characters, so it should not rely on possessive quantifiers or atomic groups."""
    max_post_weight: int = 280
    """How long (as X counts) a post may grow when lines above its last line are added."""
    paragraph_chars: int = 120
    """A line at least this long above a post is an article paragraph: the post ends below it."""
    max_name_chars: int = 60
    """The longest display name taken from a signature."""
    max_line_chars: int = 200_000
    """Only the first this-many characters of a line are searched for signatures."""
    name: str = "tweets"
    """The rule's name in a :class:`~newsparse.Parser`."""

    def __call__(self, document: Document) -> Iterator[Tweet]:
        """Yield the tweets in ``document`` that do not touch text claimed by earlier rules."""
        text = document.text
        if "(" not in text:
            return
        dash_re = compile_dashes(self.dashes)
        sigs = list(find_signatures(document, dash_re, self.max_line_chars, self.max_name_chars))
        if not sigs:
            return  # most articles embed no post: spare building the page
        page = Page(
            document,
            frozenset(document.line_index_at(s.start) for s in sigs),
            compile_lead_ins(self.lead_ins),
            LazyGaps(document),  # built once per document, when a body first needs it
            self.max_post_weight,
            self.paragraph_chars,
        )
        floor = 0  # no body reaches back over the previous tweet
        for sig in sigs:
            if sig.start < floor or document.is_claimed(sig.start, sig.end):
                continue
            body = post_body(page, sig, floor, surname_of(sig.author))
            if body is None:
                continue
            first = NON_SPACE.search(text, body[0], body[1])
            if first is not None:
                body = (first.start(), body[1])  # after a previous post on the line: no spaces
            bullet = tp.LIST_BULLET.match(text, body[0], body[1])
            if bullet is not None and bullet.end() < body[1]:
                body = (bullet.end(), body[1])  # a list item's marker is not the post's
            tweet = _tweet(document, sig, body)
            if document.is_claimed(tweet.span.start, tweet.span.end):
                continue
            floor = tweet.span.end
            yield tweet


def _tweet(document: Document, sig: Signature, body: tuple[int, int]) -> Tweet:
    """Stage 3, the item: the :class:`~newsparse.Tweet` for ``sig`` and its body ``[start, end)``."""
    text = document.text
    start, end = body
    body_span = Span.of(text, start, end)
    span = Span.of(text, start if end > start else sig.start, sig.end)
    entities = tuple(
        Entity(Span.of(text, start + e.span.start, start + e.span.end), e.kind, e.value)
        for e in tweet_entities(body_span.text)
    )
    links = [link_of(text, e.span.start, e.span.end) for e in entities if e.kind == "url"]
    if sig.status_url is not None:
        links.append(link_of(text, *sig.status_url))
    date = tweet_date(sig.date_text) if sig.date_text else None
    return Tweet(
        span,
        body_span,
        author=sig.author,
        handle=sig.handle,
        date=date,
        date_text=sig.date_text,
        urls=links,
        entities=entities,
    )


def find_tweets(text: str) -> tuple[Tweet, ...]:
    """Return the embedded tweets in ``text``, in order.

    >>> text = "Fares stay flat pic.x.com/AbCdE12345\\n— Metro Desk (@metrodesk) 21. November 2025"
    >>> [t.handle for t in find_tweets(text)]
    ['metrodesk']
    """
    return tuple(TweetRule()(Document.from_text(ensure_str(text))))
