"""Labels that name the site or section they link into: ``LIRE AUSSI SUR REGARDS.FR``,
``Read more on CNN:``, ``Leia também no G1``.

The label table holds the label words only; the suffix (a preposition of
:data:`~newsparse.rules.also_read.patterns.SITE_PREPOSITIONS` and a domain or one to three
capitalised words) is read here, after a label has matched, so the label alternation stays as it
is and the pattern below compiles only when a label is followed by more words.
"""

from __future__ import annotations

from newsparse.rules.also_read import patterns as P
from newsparse.rules.also_read.text import _Lazy

# Small words inside a site's name (``Jornal do Vale``, ``Diario de Sevilla``), each with its space.
_JOINERS = tuple(
    f"{w}[ \\t\\u00a0]" for w in ("de", "do", "da", "del", "della", "du", "des", "di", "of", "the")
)

# A preposition (any case: ``SUR``, ``sur``) and a site: a domain (``regards.fr``,
# ``tagesschau.de``) or one to three capitalised words, small joiners between them (``Le Monde``,
# ``CNN``, ``Jornal do Vale``). Every repeat is bounded and possessive, so a long run of words
# cannot make it backtrack.
_SITE_SUFFIX = _Lazy(
    r"[ \t\u00a0]{1,3}+(?:(?P<prep>(?i:"
    + "|".join(sorted(P.SITE_PREPOSITIONS, key=len, reverse=True))
    + r"))[ \t\u00a0]{1,3}+)?"
    r"(?:[\p{L}\d][\p{L}\d-]{0,40}+(?:\.\p{L}{2,6}+){1,2}+"
    r"|\p{Lu}[\p{L}\d'’&-]{0,24}+"
    r"(?:[ \t\u00a0](?:" + "|".join(_JOINERS) + r")?+\p{Lu}[\p{L}\d'’&-]{0,24}+){0,2}+)"
    r"(?![\p{L}\d.])"
)
_PREPOSITIONS = frozenset(P.SITE_PREPOSITIONS)


def site_suffix_end(text: str, pos: int, label: str) -> int | None:
    """Where a site named after ``label`` ends (``text[pos:]`` is `` SUR REGARDS.FR :``), or
    ``None`` when no preposition and site follow the label at ``pos``. A label that ends with a
    preposition itself (``Leggi anche su``, ``Lire aussi sur``) takes the site directly.

    >>> site_suffix_end("LIRE AUSSI SUR REGARDS.FR", 10, "LIRE AUSSI")
    25
    >>> site_suffix_end("LIRE AUSSI SUR REGARDS.FR", 14, "LIRE AUSSI SUR")
    25
    >>> site_suffix_end("Read more on this story", 9, "Read more") is None
    True
    """
    # A cheap test first: the suffix opens with a space and a letter or digit.
    if text[pos : pos + 1] not in (" ", "\t", "\u00a0") or not text[pos + 1 : pos + 2].isalnum():
        return None
    m = _SITE_SUFFIX.match(text, pos, pos + 120)
    if m is None:
        return None
    words = label.split()
    if m.group("prep") is None and (not words or words[-1].casefold() not in _PREPOSITIONS):
        return None
    return m.end()
