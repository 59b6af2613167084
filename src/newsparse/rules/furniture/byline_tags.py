"""The writer's short tag closing the story: ``… um 20 Prozent. (amo)``.

German regional papers, trade sites and press portals sign a story with the writer's or the
desk's initials in lower case, in brackets, after the last sentence (``(mz)``, ``(cm)``,
``(grh)``) or alone on the line under it. An agency's tag (``(dpa)``, ``(dpa/abc)``) is found
by the credit look; this one names no agency, so only its place tells it: the last line of
the page, or the last before the footers an earlier rule claimed. Anywhere else a bracketed
short word is body text (``(sic)``, an abbreviation explained).
"""

from __future__ import annotations

import regex

from newsparse._document import Document
from newsparse._model import Byline, Span
from newsparse.rules.furniture.patterns import LazyPattern

__all__ = ["TAG_LANGUAGES", "closing_tag"]

# Languages whose papers sign a story this way.
TAG_LANGUAGES = frozenset(("de",))

# "(amo)", "(mz/dpa)" at the end of the line, after a sentence's end or alone on it: two to
# four lower-case letters, maybe a second tag after a slash.
_TAG = LazyPattern(
    r"(?:(?<=[.!?\"“”»«][ \u00a0])|^[ \t\u00a0]*+)"
    r"(?P<tag>\((?P<who>\p{Ll}{2,4}+)(?:/\p{L}{2,5}+)?+\))[ \t\u00a0]*+$",
    regex.MULTILINE,
)

# Bracketed short words that are body text, not a signature.
_NOT_TAGS = frozenset(("sic", "etc", "usw", "bzw", "ua", "vgl", "ca", "lacht", "ebd"))

# How many non-blank lines from the page's end are looked at (claimed footers are skipped).
_LAST_LINES = 6


def closing_tag(document: Document) -> Byline | None:
    """The writer's tag closing the story's last line, as a ``credit``, else ``None``.

    >>> from newsparse._document import Document
    >>> page = "Die Stadt baut den Hafen aus.\\nDer Hafen wächst weiter. (mz)\\n"
    >>> closing_tag(Document.from_text(page, language="de")).span.text
    '(mz)'
    >>> closing_tag(Document.from_text("Der Hafen wächst weiter.\\n", language="de")) is None
    True
    """
    if document.language not in TAG_LANGUAGES:
        return None
    text, starts, ends = document.text, document.line_starts, document.line_ends
    claims = document.line_claims
    for i in reversed(document.index.nonblank[-_LAST_LINES:]):
        end = ends[i]
        if claims[i] or _bare_url(text, starts[i], end):
            continue  # a footer or the page's address under the story
        if end - starts[i] < 4 or text.rfind(")", starts[i], end) < 0:
            return None  # the story's last line, with no tag closing it
        m = _TAG.search(text, max(starts[i], end - 30), end)
        if m is None or m.group("who") in _NOT_TAGS:
            return None
        return Byline(Span.of(text, m.start("tag"), m.end("tag")), names=(m.group("who"),), kind="credit")
    return None


def _bare_url(text: str, start: int, end: int) -> bool:
    """Whether the line holds nothing but a web address (the page's own, printed under it)."""
    line = text[start:end].strip()
    return line.startswith(("http://", "https://", "www.")) and " " not in line
