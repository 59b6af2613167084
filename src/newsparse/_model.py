"""The data model: every value newsparse returns, in one place.

All classes are frozen, slotted ``attrs`` classes. Every item carries a
:class:`Span` into the ORIGINAL input string as its first field; fields that
point at part of the text are Spans too, and normalised values (a parsed date,
a resolved speaker name) live in separate plain fields.

Items come in two families:

* **structural** items (headline, bylines, datelines, timestamps, captions,
  tweets, embeds, also-read links, boilerplate) are furniture: they *claim*
  their text, so later rules skip it and :attr:`Article.body` leaves it out;
* **annotations** (quotes, and by default any user-defined item) point into
  the body without removing anything from it.
"""

from __future__ import annotations

import datetime as _dt
import functools
from collections.abc import Iterable, Mapping, Sequence
from typing import Any, ClassVar, Protocol, runtime_checkable

import attrs

from newsparse._errors import ensure_str
from newsparse.text.lines import line_bounds

__all__ = [
    "BOILERPLATE_KINDS",
    "AlsoRead",
    "Article",
    "Boilerplate",
    "Byline",
    "Caption",
    "Dateline",
    "Embed",
    "Entity",
    "Headline",
    "Item",
    "Link",
    "Quote",
    "Span",
    "Timestamp",
    "Tweet",
]


def _check_span_text(instance: Span, attribute: attrs.Attribute[str], value: str) -> None:
    if instance.start < 0 or instance.end < instance.start:
        raise ValueError(f"invalid span offsets [{instance.start}, {instance.end})")
    if len(value) != instance.end - instance.start:
        raise ValueError(
            f"span text has {len(value)} characters but [{instance.start}, {instance.end}) "
            f"covers {instance.end - instance.start}"
        )


@attrs.frozen(slots=True, order=True)
class Span:
    """A half-open ``[start, end)`` range of code points in the original input, with its text.

    The invariant every producer keeps is ``source[span.start:span.end] == span.text``;
    :meth:`of` builds a span that satisfies it by construction.

    >>> s = Span.of("Hello, world", 7, 12)
    >>> s
    Span(7, 12, 'world')
    >>> str(s), len(s)
    ('world', 5)
    """

    start: int
    """Offset of the first code point."""
    end: int
    """Offset one past the last code point."""
    text: str = attrs.field(validator=_check_span_text)
    """Exactly ``source[start:end]``."""

    @classmethod
    def of(cls, source: str, start: int, end: int) -> Span:
        """Return the span ``[start, end)`` of ``source``, with its text sliced from it."""
        if type(source) is not str:  # exact type first: this is every rule's hot path
            source = ensure_str(source, "source")
        if 0 <= start <= end <= len(source):
            # Valid by construction: skip the validator (this is the hot path of every rule).
            span = object.__new__(cls)
            _set = object.__setattr__
            _set(span, "start", start)
            _set(span, "end", end)
            _set(span, "text", source[start:end])
            return span
        return cls(start, end, source[start:end])  # raises the validator's clear error

    def __str__(self) -> str:
        return self.text

    def __len__(self) -> int:
        return self.end - self.start

    def __repr__(self) -> str:
        return f"Span({self.start}, {self.end}, {self.text!r})"

    def matches(self, source: str) -> bool:
        """Return whether this span's text is what ``source`` holds at its offsets."""
        source = ensure_str(source, "source")
        return source[self.start : self.end] == self.text

    def overlaps(self, other: Span) -> bool:
        """Return whether the two spans share at least one code point."""
        return self.start < other.end and other.start < self.end

    def contains(self, other: Span) -> bool:
        """Return whether ``other`` lies entirely inside this span."""
        return self.start <= other.start and other.end <= self.end


@runtime_checkable
class Item(Protocol):
    """What every item produced by a rule has: a :class:`Span` into the input."""

    @property
    def span(self) -> Span:
        """Where the item is in the input."""
        ...


def _tuple_of_str(values: Iterable[str]) -> tuple[str, ...]:
    return tuple(values)


def _tuple_of_entities(values: Iterable[Entity]) -> tuple[Entity, ...]:
    return tuple(values)


def _tuple_of_links(values: Iterable[Link]) -> tuple[Link, ...]:
    return tuple(values)


def _text_of(span: Span) -> str:
    return span.text


class _Shown:
    """Notebook and console display for items: a one-line repr and a small HTML card.

    The work is done in :mod:`newsparse._view`, imported on first display so that the model
    does not depend on it at import time.
    """

    __slots__ = ()

    def __repr__(self) -> str:
        from newsparse._view import item_repr

        return item_repr(self)

    def _repr_pretty_(self, printer: Any, cycle: bool) -> None:
        printer.text(repr(self))

    def _repr_html_(self) -> str:
        from newsparse._view import item_html

        return item_html(self)


# ---------------------------------------------------------------------------
# Parts of items
# ---------------------------------------------------------------------------


@attrs.frozen(slots=True)
class Entity:
    """A mention, hashtag, cashtag or URL inside a post's text."""

    span: Span
    """The entity as written, including its sigil (``@``, ``#``, ``$``)."""
    kind: str
    """One of ``"mention"``, ``"hashtag"``, ``"cashtag"``, ``"url"``."""
    value: str
    """The entity without its sigil: the screen name, tag, symbol, or the URL itself."""

    structural: ClassVar[bool] = False

    @property
    def text(self) -> str:
        """The entity as written."""
        return self.span.text


@attrs.frozen(slots=True)
class Link:
    """A link found in a post: a ``t.co`` short link, a media link or a status URL."""

    span: Span
    """The link as written."""
    url: str
    """The link as written (the same as the span text; kept for convenience)."""
    kind: str
    """``"short"`` (t.co), ``"media"`` (pic.twitter.com / pic.x.com), ``"status"``, or ``"other"``."""
    status_id: str | None = None
    """The numeric status id of a status URL, as a string."""

    structural: ClassVar[bool] = False

    @property
    def text(self) -> str:
        """The link as written."""
        return self.span.text


# ---------------------------------------------------------------------------
# Structural items (they claim their text)
# ---------------------------------------------------------------------------


@attrs.frozen(slots=True, repr=False)
class Headline(_Shown):
    """The article's headline line, or the analysis of any headline-like string.

    The span covers the headline line (and the dek line under it, when there is one).
    """

    span: Span
    """The whole headline block as written."""
    title: Span
    """The headline proper, without kicker, site name or dek."""
    case_style: str = "mixed"
    """``"title"``, ``"sentence"``, ``"upper"`` or ``"mixed"``."""
    site: Span | None = None
    """A site name split off (``… | WIRED``, ``… - Reuters``), when there is one."""
    kicker: Span | None = None
    """A label in front of the headline (``EXCLUSIVE:``, ``Opinion |``), when there is one."""
    dek: Span | None = None
    """The standfirst / summary line right under the headline, when there is one."""
    tag: Span | None = None
    """A label after the headline (``[UPDATE]``, ``(VIDEO)``, ``- live updates``), when there is one."""

    structural: ClassVar[bool] = True

    @property
    def text(self) -> str:
        """The headline line as written: kicker, title, site and tag, without a dek."""
        parts = [p for p in (self.kicker, self.title, self.site, self.tag) if p is not None]
        block = self.span.text
        start = min(p.start for p in parts) - self.span.start
        end = max(p.end for p in parts) - self.span.start
        # to the end of the headline's line (a site's closing bracket: ``… [LWN.net]``), not
        # into a dek or a repeat of the headline below it
        line_end = block.find("\n", end)
        return block[start : len(block) if line_end < 0 else line_end].rstrip()


@attrs.frozen(slots=True, repr=False)
class Byline(_Shown):
    """A byline or credit line: who wrote or contributed to the article."""

    span: Span
    """The byline as written."""
    names: tuple[str, ...] = attrs.field(default=(), converter=_tuple_of_str)
    """The people (or desks) credited, in order."""
    role: str | None = None
    """A role given with the names (``Staff Writer``, ``Edited by``)."""
    agency: str | None = None
    """A news agency credited (``PTI``, ``Reuters``), when there is one."""
    date: _dt.date | None = None
    """A date (or date and time) on the byline, when complete enough to parse."""
    date_text: str | None = None
    """The date as written, when there is one (kept even when it does not parse)."""
    kind: str = "byline"
    """``"byline"`` for author lines, ``"credit"`` for credit lines such as
    ``(With inputs from PTI)`` or ``Reporting by …; Editing by …``."""

    structural: ClassVar[bool] = True

    @property
    def text(self) -> str:
        """The byline as written."""
        return self.span.text


@attrs.frozen(slots=True, repr=False)
class Dateline(_Shown):
    """A dateline at the start of a story: ``LONDON, Nov 21 (Reuters) -``."""

    span: Span
    """The dateline as written, separator included."""
    locations: tuple[str, ...] = attrs.field(default=(), converter=_tuple_of_str)
    """The place names, in order (``("Ahmedabad", "New Delhi")``)."""
    agency: str | None = None
    """The agency in the dateline (``AP``, ``Reuters``, ``PTI``), when there is one."""
    date: _dt.date | None = None
    """The full date, only when the year is written (no year is ever invented)."""
    date_text: str | None = None
    """The date as written (``Nov 21``), when there is one."""
    month: int | None = None
    """The month, when a date is written (also for partial dates)."""
    day: int | None = None
    """The day of the month, when a date is written (also for partial dates)."""

    structural: ClassVar[bool] = True

    @property
    def text(self) -> str:
        """The dateline as written."""
        return self.span.text


@attrs.frozen(slots=True, repr=False)
class Timestamp(_Shown):
    """A publication or update time line: ``Updated: Nov 21, 2025, 10:20 IST``, ``3 min read``."""

    span: Span
    """The timestamp as written."""
    kind: str = "published"
    """``"published"``, ``"updated"``, ``"relative"`` (``3 hours ago``) or ``"read_time"``."""
    date: _dt.date | None = None
    """The parsed date or datetime (timezone-aware when a zone is written)."""
    date_text: str | None = None
    """The date part as written."""

    structural: ClassVar[bool] = True

    @property
    def text(self) -> str:
        """The timestamp as written."""
        return self.span.text


@attrs.frozen(slots=True, repr=False)
class Caption(_Shown):
    """A photo caption or image credit: ``(Photo: PTI)``, ``Representational image``."""

    span: Span
    """The caption as written."""
    credit: str | None = None
    """Who the image is credited to, when the caption says."""

    structural: ClassVar[bool] = True

    @property
    def text(self) -> str:
        """The caption as written."""
        return self.span.text


@attrs.frozen(slots=True, repr=False)
class Tweet(_Shown):
    """An embedded tweet / X post: its text and its ``— Name (@handle) Date`` signature."""

    span: Span
    """The whole embed: body, signature and any placeholder lines."""
    body: Span
    """The post's text."""
    author: str | None = None
    """The display name in the signature."""
    handle: str | None = None
    """The screen name, without ``@``."""
    date: _dt.date | None = None
    """The post date (a ``datetime`` when a time is written)."""
    date_text: str | None = None
    """The date as written in the signature."""
    urls: tuple[Link, ...] = attrs.field(default=(), converter=_tuple_of_links)
    """The t.co, media and status links in the embed."""
    entities: tuple[Entity, ...] = attrs.field(default=(), converter=_tuple_of_entities)
    """Mentions, hashtags, cashtags and URLs in the body."""

    structural: ClassVar[bool] = True

    @property
    def text(self) -> str:
        """The post's text (its body)."""
        return self.body.text


@attrs.frozen(slots=True, repr=False)
class Embed(_Shown):
    """An embedded post from another platform (Instagram, TikTok, Bluesky, YouTube, ...)."""

    span: Span
    """The whole embed, placeholder lines included."""
    platform: str
    """``"instagram"``, ``"tiktok"``, ``"bluesky"``, ``"threads"``, ``"facebook"``,
    ``"youtube"``, ``"mastodon"``, ``"reddit"``, ..."""
    body: Span | None = None
    """The post's text, when the embed shows it."""
    author: str | None = None
    """The author's display name, when shown."""
    handle: str | None = None
    """The author's handle (without a leading ``@``), when shown."""
    url: str | None = None
    """The post's URL, when shown."""
    date: _dt.date | None = None
    """The post date, when shown and parseable."""
    date_text: str | None = None
    """The date as written."""
    community: str | None = None
    """Where the post was made, when shown: the subreddit for Reddit (without ``r/``)."""

    structural: ClassVar[bool] = True

    @property
    def text(self) -> str:
        """The post's text when shown, else the embed as written."""
        return self.body.text if self.body is not None else self.span.text


@attrs.frozen(slots=True, repr=False)
class AlsoRead(_Shown):
    """An in-article link to another story: ``Also Read: <title>``."""

    span: Span
    """The whole link item as written, label included."""
    title: Span
    """The linked headline."""
    label: Span | None = None
    """The label (``Also Read``, ``READ MORE``); ``None`` for unlabelled related headlines."""
    url: str | None = None
    """The link's URL, when the text shows one."""

    structural: ClassVar[bool] = True

    @property
    def text(self) -> str:
        """The item as written."""
        return self.span.text


BOILERPLATE_KINDS: frozenset[str] = frozenset(
    {
        "app_promo",
        "newsletter",
        "social_follow",
        "share",
        "disclaimer",
        "wire_credit",
        "comments",
        "related_links",
        "copyright",
        "syndication",
        "ad",
        "embed_wrapper",
        "other",
        "scored",
    }
)
"""Every ``kind`` a built-in rule gives a :class:`Boilerplate` item."""


@attrs.frozen(slots=True, repr=False)
class Boilerplate(_Shown):
    """A footer line or in-body promo: app plugs, newsletter prompts, disclaimers, ..."""

    span: Span
    """The boilerplate as written."""
    kind: str = "other"
    """One of :data:`BOILERPLATE_KINDS`: ``"app_promo"``, ``"newsletter"``, ``"social_follow"``,
    ``"share"``, ``"disclaimer"``, ``"wire_credit"``, ``"comments"``, ``"related_links"``,
    ``"copyright"``, ``"syndication"``, ``"ad"``, ``"embed_wrapper"``, ``"other"``, ``"scored"``
    (a line the learned scorer took: :mod:`~newsparse.rules.boilerplate.segment_scorer`)."""

    structural: ClassVar[bool] = True

    @property
    def text(self) -> str:
        """The boilerplate as written."""
        return self.span.text


# ---------------------------------------------------------------------------
# Annotations (they point into the body without claiming it)
# ---------------------------------------------------------------------------


@attrs.frozen(slots=True, repr=False)
class Quote(_Shown):
    """A direct quote or a piece of reported speech, with who said it."""

    span: Span
    """The quote with its attribution (``Trump told reporters that …``)."""
    content: Span
    """What was said: the words inside the marks, or the reported clause."""
    kind: str = "direct"
    """``"direct"``, ``"indirect"`` (reported speech) or ``"scare"`` (unattributed short quote)."""
    cue: Span | None = None
    """The speech verb or phrase (``said``, ``told reporters``, ``according to``)."""
    speaker: str | None = None
    """The resolved speaker: the fullest name the article uses for them."""
    speaker_span: Span | None = None
    """The words naming the speaker at this quote (``He``, ``the minister``, ``Trump``)."""
    rule: str = ""
    """The name of the pattern that found the quote (for explaining results)."""
    parts: tuple[Span, ...] = ()
    """The content paragraph by paragraph: one Span per paragraph a direct quote runs over
    (a single one for most quotes; empty when the quote was built by hand)."""
    speaker_via: str | None = None
    """How ``speaker`` was found, for filtering uncertain attributions: ``"named"`` (a name at the
    cue), ``"pronoun"`` (``he``, ``it``, ``they``), ``"description"`` (``the minister``, ``the
    56-year-old``), ``"organisation"`` (``the company``, an acronym), ``"run"`` (no cue of its
    own: the speaker of the quotes around it), or None when there is no speaker."""

    structural: ClassVar[bool] = False

    @property
    def text(self) -> str:
        """The quote with its attribution, as written."""
        return self.span.text


# ---------------------------------------------------------------------------
# The article
# ---------------------------------------------------------------------------


def _items_tuple(values: Iterable[object]) -> tuple[object, ...]:
    return tuple(values)


def _headlines(values: Iterable[Headline]) -> tuple[Headline, ...]:
    return tuple(values)


def _quotes(values: Iterable[Quote]) -> tuple[Quote, ...]:
    return tuple(values)


def _tweets(values: Iterable[Tweet]) -> tuple[Tweet, ...]:
    return tuple(values)


def _embeds(values: Iterable[Embed]) -> tuple[Embed, ...]:
    return tuple(values)


def _also_read(values: Iterable[AlsoRead]) -> tuple[AlsoRead, ...]:
    return tuple(values)


def _boilerplate(values: Iterable[Boilerplate]) -> tuple[Boilerplate, ...]:
    return tuple(values)


def _bylines(values: Iterable[Byline]) -> tuple[Byline, ...]:
    return tuple(values)


def _datelines(values: Iterable[Dateline]) -> tuple[Dateline, ...]:
    return tuple(values)


def _timestamps(values: Iterable[Timestamp]) -> tuple[Timestamp, ...]:
    return tuple(values)


def _captions(values: Iterable[Caption]) -> tuple[Caption, ...]:
    return tuple(values)


def is_structural(item: object) -> bool:
    """Return whether ``item`` claims its text (furniture) rather than annotating it."""
    return bool(getattr(type(item), "structural", False))


@attrs.frozen(slots=True)
class Article:
    """One parsed article: every item found, by kind, plus the clean body text.

    >>> import newsparse
    >>> a = newsparse.parse("Officials said the bridge would reopen.\\nAlso Read: Rail fares rise again")
    >>> [x.title.text for x in a.also_read]
    ['Rail fares rise again']
    >>> a.body
    'Officials said the bridge would reopen.'
    """

    text: str = attrs.field(repr=False)
    """The input, exactly as given."""
    headline: Headline | None = None
    """The article's own headline, when its first line is one."""
    quotes: tuple[Quote, ...] = attrs.field(default=(), converter=_quotes)
    """Direct quotes and reported speech, in text order."""
    tweets: tuple[Tweet, ...] = attrs.field(default=(), converter=_tweets)
    """Embedded tweets / X posts."""
    embeds: tuple[Embed, ...] = attrs.field(default=(), converter=_embeds)
    """Embedded posts from other platforms."""
    also_read: tuple[AlsoRead, ...] = attrs.field(default=(), converter=_also_read)
    """"Also Read"-style links to other stories."""
    boilerplate: tuple[Boilerplate, ...] = attrs.field(default=(), converter=_boilerplate)
    """Footers and in-body promos."""
    bylines: tuple[Byline, ...] = attrs.field(default=(), converter=_bylines)
    """Bylines and credit lines."""
    datelines: tuple[Dateline, ...] = attrs.field(default=(), converter=_datelines)
    """Datelines (``LONDON, Nov 21 (Reuters) -``)."""
    timestamps: tuple[Timestamp, ...] = attrs.field(default=(), converter=_timestamps)
    """Published / updated / read-time lines."""
    captions: tuple[Caption, ...] = attrs.field(default=(), converter=_captions)
    """Photo captions and image credits."""
    extras: tuple[object, ...] = attrs.field(default=(), converter=_items_tuple)
    """Items of user-defined types, from user rules."""
    language: str = attrs.field(default="und", validator=attrs.validators.instance_of(str))
    """The language the rules read the text as: a registered code (``"en"``, ``"fr"``, …, see
    :mod:`newsparse.lang`), or ``"und"`` when it was not determined."""

    def __repr__(self) -> str:
        from newsparse._view import article_repr

        return article_repr(self)

    def _repr_pretty_(self, printer: Any, cycle: bool) -> None:
        printer.text(repr(self))

    def _repr_html_(self) -> str:
        """The text with every item highlighted (see :func:`newsparse.annotate`)."""
        from newsparse._view import annotate

        return annotate(self)

    @property
    def items(self) -> tuple[Item, ...]:
        """Every item, in text order (by start, then end)."""
        return tuple(sorted(_all_items(self), key=_item_order))

    @functools.cached_property
    def body(self) -> str:
        """The article text without its furniture (every structural item), paragraphs kept.

        Line breaks between kept paragraphs are kept as one ``"\\n"``; a paragraph that
        loses part of its text keeps the rest with spaces tidied.
        """
        claimed = [i.span for i in _all_items(self) if is_structural(i)]
        return body_without(self.text, claimed)

    def to_dict(self) -> dict[str, Any]:
        """Return this article as plain JSON types (see :func:`newsparse.to_dict`)."""
        from newsparse._serialize import to_dict

        return to_dict(self)

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> Article:
        """Rebuild an article from :meth:`to_dict` output (see :func:`newsparse.from_dict`)."""
        from newsparse._serialize import from_dict

        return from_dict(data)

    @classmethod
    def from_items(cls, text: str, items: Sequence[object], language: str = "und") -> Article:
        """Build an article from the input and a flat sequence of items of any kind."""
        text = ensure_str(text)
        buckets: dict[str, list[object]] = {name: [] for name in _BUCKETS.values()}
        extras: list[object] = []
        headline: Headline | None = None
        for item in sorted(items, key=_item_order):
            if isinstance(item, Headline):
                if headline is None:
                    headline = item
                continue
            bucket = _BUCKETS.get(type(item))
            if bucket is None:
                extras.append(item)
            else:
                buckets[bucket].append(item)
        return cls(
            text,
            headline,
            quotes=buckets["quotes"],  # type: ignore[arg-type]
            tweets=buckets["tweets"],  # type: ignore[arg-type]
            embeds=buckets["embeds"],  # type: ignore[arg-type]
            also_read=buckets["also_read"],  # type: ignore[arg-type]
            boilerplate=buckets["boilerplate"],  # type: ignore[arg-type]
            bylines=buckets["bylines"],  # type: ignore[arg-type]
            datelines=buckets["datelines"],  # type: ignore[arg-type]
            timestamps=buckets["timestamps"],  # type: ignore[arg-type]
            captions=buckets["captions"],  # type: ignore[arg-type]
            extras=extras,
            language=language,
        )


_BUCKETS: dict[type, str] = {
    Quote: "quotes",
    Tweet: "tweets",
    Embed: "embeds",
    AlsoRead: "also_read",
    Boilerplate: "boilerplate",
    Byline: "bylines",
    Dateline: "datelines",
    Timestamp: "timestamps",
    Caption: "captions",
}


def _item_order(item: object) -> tuple[int, int]:
    span: Span = item.span  # type: ignore[attr-defined]
    return (span.start, span.end)


def _all_items(article: Article) -> list[Item]:
    found: list[Item] = []
    if article.headline is not None:
        found.append(article.headline)
    for name in _BUCKETS.values():
        found.extend(getattr(article, name))
    found.extend(article.extras)  # type: ignore[arg-type]
    return found


def body_without(text: str, spans: Iterable[Span]) -> str:
    """Return ``text`` with ``spans`` cut out, line structure kept, emptied lines dropped."""
    cuts = sorted((s.start, s.end) for s in spans)
    kept_lines: list[str] = []
    ci = 0
    starts, ends = line_bounds(text)
    for line_start, line_end in zip(starts, ends, strict=True):
        while ci < len(cuts) and cuts[ci][1] <= line_start:
            ci += 1
        line_text = text[line_start:line_end]
        pieces: list[str] = []
        pos = line_start
        j = ci
        while j < len(cuts) and cuts[j][0] < line_end:
            start, end = cuts[j]
            if start > pos:
                pieces.append(text[pos:start])
            pos = max(pos, end)
            j += 1
        if pos < line_end:
            pieces.append(text[pos:line_end])
        kept = line_text.strip() if j == ci else " ".join(" ".join(pieces).split())
        if kept:
            kept_lines.append(kept)
        elif not line_text.strip() and kept_lines and kept_lines[-1] != "":
            kept_lines.append("")
    while kept_lines and kept_lines[-1] == "":
        kept_lines.pop()
    return "\n".join(_collapse_blank_runs(kept_lines))


def _collapse_blank_runs(lines: list[str]) -> list[str]:
    # A removed block between two blank lines would otherwise leave two blank lines.
    out: list[str] = []
    for line in lines:
        if line == "" and out and out[-1] == "":
            continue
        out.append(line)
    return out
