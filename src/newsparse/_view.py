"""Views of parsed articles: compact reprs for items and a highlighted HTML view of an article.

The HTML is a self-contained fragment: every style is an inline ``style`` attribute (a notebook
may drop ``<style>`` elements from untrusted output, and a fragment must not restyle the page
around it), there are no scripts and no external resources, and every piece of article text
is HTML-escaped, so a hostile article cannot inject markup.

Items may overlap: quotes annotate the body and may cross structural items (a quote whose
attribution runs into a caption), and user rules may add anything. The text is therefore split
at every item boundary, and an element that would cross a boundary of an element opened inside
it is closed and reopened there, so the markup is always properly nested.

>>> import newsparse
>>> article = newsparse.parse('Mayor Lina Ortiz said "ferries <b>resume</b> Monday".')
>>> html = newsparse.annotate(article)
>>> "&lt;b&gt;resume&lt;/b&gt;" in html and "<b>" not in html
True
"""

from __future__ import annotations

import datetime as _dt
import html
import itertools
from collections.abc import Collection, Iterable, Iterator

import attrs

from newsparse._model import (
    AlsoRead,
    Article,
    Boilerplate,
    Byline,
    Caption,
    Dateline,
    Embed,
    Headline,
    Quote,
    Span,
    Timestamp,
    Tweet,
)

__all__ = ["VIEW_KINDS", "annotate", "article_repr", "item_html", "item_repr"]

# ---------------------------------------------------------------------------
# Kinds, their names in the legend, and their colours
# ---------------------------------------------------------------------------

VIEW_KINDS: tuple[str, ...] = (
    "headline",
    "byline",
    "dateline",
    "timestamp",
    "caption",
    "tweet",
    "embed",
    "also_read",
    "boilerplate",
    "quote",
    "extra",
)
"""Every kind the article view highlights, in legend order (``"extra"``: items of user types)."""

_KIND_OF_TYPE: dict[type, str] = {
    Headline: "headline",
    Byline: "byline",
    Dateline: "dateline",
    Timestamp: "timestamp",
    Caption: "caption",
    Tweet: "tweet",
    Embed: "embed",
    AlsoRead: "also_read",
    Boilerplate: "boilerplate",
    Quote: "quote",
}

# Background and border colour per kind: pale backgrounds keep the text readable, and a
# darker border of the same hue tells nested highlights apart.
_COLOURS: dict[str, tuple[str, str]] = {
    "headline": ("#dbeafe", "#1d4ed8"),
    "byline": ("#ede9fe", "#6d28d9"),
    "dateline": ("#fae8ff", "#a21caf"),
    "timestamp": ("#e0e7ff", "#4338ca"),
    "caption": ("#fef3c7", "#b45309"),
    "tweet": ("#cffafe", "#0e7490"),
    "embed": ("#ccfbf1", "#0f766e"),
    "also_read": ("#dcfce7", "#15803d"),
    "boilerplate": ("#e5e7eb", "#4b5563"),
    "quote": ("#fef9c3", "#a16207"),
    "extra": ("#ffe4e6", "#be123c"),
}

_LEGEND_NAMES: dict[str, str] = {
    "headline": "headline",
    "byline": "byline",
    "dateline": "dateline",
    "timestamp": "timestamp",
    "caption": "caption",
    "tweet": "tweet",
    "embed": "embed",
    "also_read": "also read",
    "boilerplate": "boilerplate",
    "quote": "quote",
    "extra": "other",
}

_SINGULARS: dict[str, str] = {
    **_LEGEND_NAMES,
    "also_read": "also-read link",
    "boilerplate": "boilerplate block",
    "extra": "other item",
}

_PLURALS: dict[str, str] = {
    "headline": "headline",
    "byline": "bylines",
    "dateline": "datelines",
    "timestamp": "timestamps",
    "caption": "captions",
    "tweet": "tweets",
    "embed": "embeds",
    "also_read": "also-read links",
    "boilerplate": "boilerplate blocks",
    "quote": "quotes",
    "extra": "other items",
}

_FONT = "font-family: ui-sans-serif, system-ui, -apple-system, 'Segoe UI', sans-serif"
_BOX = f"{_FONT}; font-size: 14px; line-height: 1.7; color: #111827; max-width: 52em"
_TEXT = "white-space: pre-wrap; overflow-wrap: anywhere; margin: 0.5em 0 0 0"
_BADGE = (
    "display: inline-block; font-size: 10px; line-height: 1.3; font-weight: 600; padding: 0 4px;"
    " margin-right: 3px; border-radius: 3px; color: #ffffff; vertical-align: 1px"
)
_CHIP = "padding: 0 5px; margin-right: 6px"
_PART = "font-weight: 600; text-decoration: underline; text-decoration-thickness: 2px"


def kind_of(item: object) -> str:
    """Return the view kind of ``item`` (one of :data:`VIEW_KINDS`)."""
    return _KIND_OF_TYPE.get(type(item), "extra")


# ---------------------------------------------------------------------------
# Short text helpers
# ---------------------------------------------------------------------------


def _short(text: str, width: int) -> str:
    flat = " ".join(text.split())
    return flat if len(flat) <= width else flat[: width - 1] + "…"


def _date_text(value: _dt.date | None) -> str | None:
    return None if value is None else value.isoformat()


def _date_label(value: _dt.date | None) -> str | None:
    # Badges are read at a glance: minutes are enough (the tooltip and repr keep the full value).
    if isinstance(value, _dt.datetime):
        return value.isoformat(sep=" ", timespec="minutes")
    return _date_text(value)


def _span_text(span: Span | None, width: int = 40) -> str | None:
    return None if span is None else _short(span.text, width)


# ---------------------------------------------------------------------------
# What each item shows: its leading text and its key facts
# ---------------------------------------------------------------------------


def _lead(item: object) -> str:
    """The text an item's repr leads with: what was said, the title, or the item as written."""
    if isinstance(item, Quote):
        return item.content.text
    if isinstance(item, Headline | AlsoRead):
        return item.title.text
    if isinstance(item, Tweet | Embed):
        return item.text
    span = getattr(item, "span", None)
    return span.text if isinstance(span, Span) else ""


def _facts(item: object) -> list[tuple[str, str]]:
    """The item's key fields as ``(name, value)`` pairs, leaving out the ones that are not set."""
    pairs: list[tuple[str, object]] = []
    if isinstance(item, Quote):
        pairs = [("speaker", item.speaker), ("cue", _span_text(item.cue)), ("kind", item.kind)]
    elif isinstance(item, Tweet):
        pairs = [("author", item.author), ("handle", item.handle), ("date", _date_text(item.date))]
    elif isinstance(item, Embed):
        pairs = [("platform", item.platform), ("author", item.author), ("handle", item.handle)]
        pairs += [("date", _date_text(item.date)), ("url", item.url)]
    elif isinstance(item, Headline):
        pairs = [("kicker", _span_text(item.kicker)), ("site", _span_text(item.site))]
        pairs += [("dek", _span_text(item.dek)), ("case_style", item.case_style)]
    elif isinstance(item, AlsoRead):
        pairs = [("label", _span_text(item.label)), ("url", item.url)]
    elif isinstance(item, Byline):
        names = ", ".join(item.names) or None
        pairs = [("names", names), ("role", item.role), ("agency", item.agency)]
        pairs += [("date", _date_text(item.date)), ("kind", None if item.kind == "byline" else item.kind)]
    elif isinstance(item, Dateline):
        places = ", ".join(item.locations) or None
        pairs = [("locations", places), ("agency", item.agency), ("date", item.date_text)]
    elif isinstance(item, Timestamp):
        pairs = [("kind", item.kind), ("date", _date_text(item.date) or item.date_text)]
    elif isinstance(item, Caption):
        pairs = [("credit", item.credit)]
    elif isinstance(item, Boilerplate):
        pairs = [("kind", item.kind)]
    return [(name, str(value)) for name, value in pairs if value is not None]


# ---------------------------------------------------------------------------
# Text reprs
# ---------------------------------------------------------------------------

_LEAD_WIDTH = 60


def item_repr(item: object) -> str:
    """Return a one-line repr of a built-in item: its leading text, its key facts, its offsets.

    >>> import newsparse
    >>> article = newsparse.parse("Mayor Lina Ortiz said that the ferries would resume.")
    >>> article.quotes[0]
    Quote('the ferries would resume', speaker='Lina Ortiz', cue='said', kind='indirect', at=0:51)
    """
    span = getattr(item, "span", None)
    parts = [repr(_short(_lead(item), _LEAD_WIDTH))]
    parts += [f"{name}={value!r}" for name, value in _facts(item)]
    if isinstance(span, Span):
        parts.append(f"at={span.start}:{span.end}")
    return f"{type(item).__name__}({', '.join(parts)})"


def _counts(article: Article) -> list[tuple[str, int]]:
    found: dict[str, int] = {}
    for item in article.items:
        kind = kind_of(item)
        found[kind] = found.get(kind, 0) + 1
    return [(kind, found[kind]) for kind in VIEW_KINDS if kind in found]


def article_repr(article: Article) -> str:
    """Return a short repr of an article: its length, headline and item counts, not its text.

    >>> import newsparse
    >>> newsparse.parse("Ferries Resume After Storm\\nAlso Read: Tolls frozen\\nThe mayor said it was safe.")
    Article(78 chars, headline='Ferries Resume After Storm', also_read=1, quotes=1)
    """
    parts = [f"{len(article.text)} chars"]
    if article.headline is not None:
        parts.append(f"headline={_short(article.headline.title.text, _LEAD_WIDTH)!r}")
    names = {"headline": None, "extra": "extras"}
    for kind, count in _counts(article):
        name = names.get(kind, _ATTRIBUTE_OF_KIND.get(kind, kind))
        if name is not None:
            parts.append(f"{name}={count}")
    return f"Article({', '.join(parts)})"


_ATTRIBUTE_OF_KIND: dict[str, str] = {
    "byline": "bylines",
    "dateline": "datelines",
    "timestamp": "timestamps",
    "caption": "captions",
    "tweet": "tweets",
    "embed": "embeds",
    "also_read": "also_read",
    "boilerplate": "boilerplate",
    "quote": "quotes",
}


# ---------------------------------------------------------------------------
# Marks: the highlighted ranges of one view
# ---------------------------------------------------------------------------


@attrs.frozen(slots=True)
class _Mark:
    """One highlighted range: where it is, what it is, and what its badge and tooltip say."""

    start: int
    end: int
    kind: str
    badge: str | None
    title: str
    part: str | None = None


def _describe(item: object) -> str:
    facts = "; ".join(f"{name}: {value}" for name, value in _facts(item))
    return f"{type(item).__name__}" + (f" — {facts}" if facts else "")


def _badge(item: object) -> str:
    kind = kind_of(item)
    if isinstance(item, Quote):
        who = item.speaker or "unattributed"
        return f"“ {who}" + (f" · {_short(item.cue.text, 24)}" if item.cue is not None else "")
    if isinstance(item, Tweet):
        bits = [f"@{item.handle}" if item.handle else None, item.author, _date_label(item.date)]
        return " · ".join(["tweet", *(b for b in bits if b)])
    if isinstance(item, Embed):
        bits = [f"@{item.handle}" if item.handle else None, item.author, _date_label(item.date)]
        return " · ".join([item.platform, *(b for b in bits if b)])
    if isinstance(item, Boilerplate):
        return f"boilerplate · {item.kind}"
    if isinstance(item, Timestamp):
        return f"timestamp · {item.kind}"
    if kind == "extra":
        return type(item).__name__
    return _LEGEND_NAMES[kind]


def _marks_of(item: object, labels: bool) -> Iterator[_Mark]:
    span = getattr(item, "span", None)
    if not isinstance(span, Span):
        return
    kind = kind_of(item)
    yield _Mark(span.start, span.end, kind, _badge(item) if labels else None, _describe(item))
    if isinstance(item, Quote):
        # The parts of a quote sit inside (or, for a speaker named earlier, outside) its span.
        for part, sub in (("cue", item.cue), ("speaker", item.speaker_span)):
            if sub is not None:
                yield _Mark(sub.start, sub.end, kind, None, f"{part} of the quote", part)


def _boundaries(marks: Iterable[_Mark], start: int, end: int) -> list[int]:
    points = {start, end}
    for mark in marks:
        points.add(min(max(mark.start, start), end))
        points.add(min(max(mark.end, start), end))
    return sorted(points)


def _open_tag(mark: _Mark, first: bool) -> str:
    background, border = _COLOURS[mark.kind]
    if mark.part is not None:
        style = f"{_PART}; text-decoration-color: {border}"
        return f'<span data-np-part="{mark.part}" title="{html.escape(mark.title)}" style="{style}">'
    style = f"background: {background}; border-bottom: 2px solid {border}; padding: 1px 0; border-radius: 2px"
    badge = ""
    if first and mark.badge:
        badge = (
            f'<span data-np-badge="{mark.kind}" style="{_BADGE}; background: {border}">'
            f"{html.escape(mark.badge)}</span>"
        )
    attributes = f'data-np-kind="{mark.kind}" title="{html.escape(mark.title)}" style="{style}"'
    return f"<span {attributes}>{badge}"


def _render(text: str, marks: list[_Mark], start: int, end: int) -> str:
    """Return ``text[start:end]`` escaped, with the marks as properly nested spans."""
    ordered = sorted(marks, key=lambda m: (m.start, -m.end))
    points = _boundaries(ordered, start, end)
    out: list[str] = []
    stack: list[_Mark] = []
    opened: set[int] = set()
    mi = 0
    for here, there in itertools.pairwise(points):
        _close_ending(stack, here, out, opened)
        while mi < len(ordered) and ordered[mi].start <= here:
            mark = ordered[mi]
            mi += 1
            if mark.end > here and mark.start < mark.end:
                out.append(_open_tag(mark, id(mark) not in opened))
                opened.add(id(mark))
                stack.append(mark)
        out.append(html.escape(text[here:there]))
    out.extend("</span>" for _ in stack)
    return "".join(out)


def _close_ending(stack: list[_Mark], here: int, out: list[str], opened: set[int]) -> None:
    """Close the marks that end at ``here``, reopening any mark that was opened inside them."""
    depth = next((i for i, mark in enumerate(stack) if mark.end <= here), None)
    if depth is None:
        return
    above = stack[depth:]
    del stack[depth:]
    out.extend("</span>" for _ in above)
    for mark in above:
        if mark.end > here:  # crossed by the one that ended: continue it in a new element
            out.append(_open_tag(mark, first=False))
            stack.append(mark)


# ---------------------------------------------------------------------------
# The article view
# ---------------------------------------------------------------------------


def _legend(kinds: Iterable[str]) -> str:
    chips = []
    for kind in kinds:
        background, border = _COLOURS[kind]
        style = _CHIP + f"; background: {background}; border-bottom: 2px solid {border}"
        chips.append(f'<span data-np-legend="{kind}" style="{style}">{_LEGEND_NAMES[kind]}</span>')
    return f'<div data-np-role="legend" style="font-size: 12px">{"".join(chips)}</div>'


def _counts_line(article: Article, counts: list[tuple[str, int]]) -> str:
    said = ", ".join(f"{n} {_PLURALS[kind] if n != 1 else _SINGULARS[kind]}" for kind, n in counts)
    summary = f"{len(article.text):,} characters" + (f": {said}" if said else ": nothing found")
    return f'<div data-np-role="counts" style="font-size: 12px; color: #4b5563">{html.escape(summary)}</div>'


def _check_kinds(kinds: Collection[str] | None) -> frozenset[str]:
    if kinds is None:
        return frozenset(VIEW_KINDS)
    if isinstance(kinds, str) or not all(isinstance(k, str) for k in kinds):
        raise TypeError("kinds must be a collection of kind names, e.g. kinds={'quote', 'tweet'}")
    unknown = set(kinds) - set(VIEW_KINDS)
    if unknown:
        raise ValueError(f"unknown kinds {sorted(unknown)}; choose from {', '.join(VIEW_KINDS)}")
    return frozenset(kinds)


def annotate(
    article: Article,
    *,
    kinds: Collection[str] | None = None,
    legend: bool = True,
    labels: bool = True,
) -> str:
    """Return the article text as self-contained HTML with every item highlighted by kind.

    Each highlight is a ``<span data-np-kind="…" title="…">`` with inline styles; quotes mark
    their cue and speaker inside them (``data-np-part``). With ``legend``, a legend and a
    counts line come first. The fragment has no scripts, no ``<style>`` element and no
    external resources, and all article text is HTML-escaped. This is what
    ``Article._repr_html_`` shows in a notebook.

    ``kinds`` limits the highlights to some of :data:`VIEW_KINDS` (the counts still count
    everything); ``labels=False`` leaves out the small badges in front of each item.

    >>> import newsparse
    >>> article = newsparse.parse("Also Read: Bridge tolls frozen\\nThe mayor said it was safe.")
    >>> html = newsparse.annotate(article, kinds={"also_read"}, legend=False)
    >>> html.count('data-np-kind="also_read"'), html.count('data-np-kind="quote"')
    (1, 0)
    """
    if not isinstance(article, Article):
        raise TypeError(
            f"annotate() takes an Article, not {type(article).__name__}; "
            "parse the text first: newsparse.annotate(newsparse.parse(text))"
        )
    wanted = _check_kinds(kinds)
    shown = [item for item in article.items if kind_of(item) in wanted]
    marks = [mark for item in shown for mark in _marks_of(item, labels)]
    counts = _counts(article)
    head = ""
    if legend:
        head = _legend(kind for kind, _ in counts if kind in wanted) + _counts_line(article, counts)
    body = _render(article.text, marks, 0, len(article.text))
    return (
        f'<div data-np-role="article" style="{_BOX}">{head}'
        f'<div data-np-role="text" style="{_TEXT}">{body}</div></div>'
    )


def item_html(item: object) -> str:
    """Return a compact HTML card for one item: its badge, key facts and highlighted text."""
    span = getattr(item, "span", None)
    if not isinstance(span, Span):
        return f"<code>{html.escape(repr(item))}</code>"
    marks = list(_marks_of(item, labels=True))
    # Offsets are into the article; render the item's own text by shifting them.
    shifted = [attrs.evolve(m, start=m.start - span.start, end=m.end - span.start) for m in marks]
    body = _render(span.text, shifted, 0, len(span.text))
    facts = html.escape(", ".join(f"{name}={value}" for name, value in _facts(item)))
    where = f"[{span.start}:{span.end})"
    head = f"<b>{type(item).__name__}</b> <small>{where}</small> {facts}"
    return f'<div style="{_FONT}; font-size: 13px">{head}<div style="{_TEXT}">{body}</div></div>'
