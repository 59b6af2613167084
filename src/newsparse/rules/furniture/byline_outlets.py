"""An outlet's name on its own line: a source credit (#9, #11).

The annotation conventions count ``LA NACION`` or ``Daily Ledger Staff`` standing alone over
the lede as the page's byline (a source credit), but a name's shape says nothing here: any
heading or organisation looks the same. What tells an outlet's own name is the page itself:
the site names it elsewhere — a domain (``dailyledger.com``), a copyright line's owner
(``© 2024 Daily Ledger``), the headline's site suffix (``… | Daily Ledger``), or, for a name set
in capitals, the story calling itself by it mid-sentence (``según pudo saber LA NACION``).
A short line that is one of those names, alone or with a desk word (``Staff``, ``Redacción``,
``Digital``), among the lines the line scorer weighs, is a ``credit``.
"""

from __future__ import annotations

import unicodedata
from collections.abc import Iterator, Sequence

from newsparse._document import Document
from newsparse._model import Byline, Span
from newsparse.rules.furniture.byline_score import candidate_lines
from newsparse.rules.furniture.patterns import LazyPattern

__all__ = ["DESK_WORDS", "outlet_credits", "site_keys"]

DESK_WORDS: tuple[str, ...] = (
    # English: "Daily Ledger Staff", "Daily Ledger News Desk"
    "Staff", "Staff Writer", "Staff Report", "Staff Reports", "News Desk", "Newsroom", "Desk",
    "Digital", "Online", "Web", "Team", "Editorial", "Editors", "Reporters",
    # Spanish / Portuguese: "Página Siete Digital", "Redacción El Día", "Redação"
    "Redacción", "Redaccion", "Redação", "Digital Desk", "Equipo", "Equipe",
    # German / French / Italian: "Redaktion", "La Rédaction", "Redazione"
    "Redaktion", "Online-Redaktion", "Rédaction", "La Rédaction", "Redazione",
)  # fmt: skip
"""Desk words an outlet's credit line may carry before or after its name, as written."""

# A domain written on the page: its second-level label is the site's name run together
# ("lanacion" of "www.lanacion.com.ar", "paginasiete" of "@paginasiete.bo").
_DOMAIN = LazyPattern(
    r"(?<![\w.-])(?:www\.)?+(?P<name>[A-Za-z0-9-]{3,40}+)\.(?:com|net|org|info|news|co|[a-z]{2})(?:\.[a-z]{2})?+(?![\w-])"
    # a link into a site ("www.ischgl.com/de/active") points at a topic, not the page's outlet
    r"(?!/[\w%-])"
)
# A copyright line's owner: "© 2024 Daily Ledger", "Copyright (c) 2023 La Voz. All rights ...".
_COPYRIGHT = LazyPattern(
    # the year is required: "© Nordex" alone is a photo's credit, not the site's
    r"(?:©|\(c\)|Copyright)[ \u00a0]*+(?:\(c\)[ \u00a0]*+)?\d{4}(?:[-–]\d{2,4})?+[ \u00a0,]*+"
    r"(?P<name>\p{Lu}[^\n.,|©]{1,40}?)(?=[ \u00a0]*+(?:[.,|©\n]|All|Todos|Alle|Tous|$))"
)
# A headline's site suffix: "Storm closes port | Daily Ledger", "… - La Voz".
_SUFFIX = LazyPattern(r"[ \u00a0](?:\||[-–—])[ \u00a0](?P<name>[^|\n–—]{3,40}+)$")
# A word of a name set in capitals (letters, maybe with an apostrophe or hyphen).
_CAPS_WORD = LazyPattern(r"[\p{Lu}][\p{Lu}'’\-]{0,20}+")
# The longest outlet line, and the most words it may have.
_MAX_CHARS = 45
_MAX_WORDS = 5
# The fewest letters of a site key (shorter ones match too much: "AP", "TV").
_MIN_KEY = 4


def _key(name: str) -> str:
    """``name`` case-folded, without accents and anything but letters and digits."""
    plain = unicodedata.normalize("NFKD", name.casefold())
    return "".join(c for c in plain if c.isalnum())


def site_keys(text: str) -> frozenset[str]:
    """The keys (see :func:`_key`) of the names the page gives its own site: its domains,
    its copyright owners and its first line's site suffix.

    >>> sorted(site_keys("Port closes | Daily Ledger\\nStory.\\n© 2024 Daily Ledger. All rights reserved."))
    ['dailyledger']
    """
    keys = {m.group("name").replace("-", "") for m in _DOMAIN.finditer(text)}
    keys.update(_key(m.group("name")) for m in _COPYRIGHT.finditer(text))
    first = text.lstrip().split("\n", 1)[0].rstrip()
    suffix = _SUFFIX.search(first)
    if suffix is not None:
        keys.add(_key(suffix.group("name")))
    return frozenset(k.casefold() for k in keys if len(k) >= _MIN_KEY)


def _without_desk(line: str, desks: Sequence[str]) -> str:
    """``line`` without one desk word before or after the name (``Daily Ledger Staff``)."""
    for desk in desks:
        if line.endswith(" " + desk):
            return line[: -len(desk) - 1].rstrip(" ,-–|")
        if line.startswith(desk + " "):
            return line[len(desk) + 1 :].lstrip(" ,-–|:")
    return line


def _self_named(text: str, name: str, span: Span) -> bool:
    """Whether a name in capitals stands again mid-sentence elsewhere on the page (after a
    lower-case word: the story calling its outlet by name, not a heading repeated)."""
    pos = text.find(name)
    while pos >= 0:
        if not span.start <= pos < span.end:
            before = text[max(0, pos - 30) : pos].rstrip(" \u00a0")
            after = text[pos + len(name) : pos + len(name) + 1]
            words = before.split()
            if words and words[-1][:1].islower() and not after.isalnum():
                return True
        pos = text.find(name, pos + 1)
    return False


def _opens_next_line(text: str, end: int, name: str) -> bool:
    """Whether the next non-blank line after ``end`` opens with ``name`` (case-blind)."""
    nxt = text[end : end + 200].lstrip()
    return nxt[: len(name)].casefold() == name.casefold()


def _stands_once(text: str, line: str) -> bool:
    """Whether ``line`` stands once as a line of its own (``REKLAMA`` over every block is a
    label, not a credit)."""
    return sum(1 for other in text.splitlines() if other.strip(" \t\u00a0") == line) == 1


def _all_caps_name(line: str) -> bool:
    """Whether ``line`` is 1-5 words of capitals with at least four letters."""
    words = line.split()
    return (
        bool(words) and all(_CAPS_WORD.fullmatch(w) for w in words) and sum(len(w) for w in words) >= _MIN_KEY
    )


def outlet_credits(document: Document, taken: Sequence[Span] = ()) -> Iterator[Byline]:
    """The short lines around the story (those the line scorer weighs, none overlapping
    ``taken``) that are the page's own outlet name, alone or with a desk word: ``credit`` items.
    """
    text = document.text
    keys: frozenset[str] | None = None
    desks = sorted({*DESK_WORDS, *document.tables.byline_roles}, key=len, reverse=True)
    for cand in candidate_lines(document):
        span = cand.span
        line = span.text
        if len(line) > _MAX_CHARS or len(line.split()) > _MAX_WORDS or any(c.isdigit() for c in line):
            continue
        if not line[:1].isupper() or line[-1:] in ".!?:;,":
            continue
        if any(t.start < span.end and span.start < t.end for t in taken):
            continue
        name = _without_desk(line, desks)
        if not name or len(name) < _MIN_KEY:
            continue
        if keys is None:
            keys = site_keys(text)
        if _opens_next_line(text, span.end, name):
            continue  # "Ischgl" over "Ischgl hat sich …": the paragraph's heading
        named = _key(name) in keys or _key(line) in keys
        if not named and _all_caps_name(name) and _stands_once(text, line):
            named = _self_named(text, name, span)
        if named:
            yield Byline(span, kind="credit")
