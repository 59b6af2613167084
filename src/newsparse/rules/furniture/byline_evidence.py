"""Evidence from the whole page against a bare name line: is ``Keine Kommentare`` a person?

A line that holds nothing but two or three capitalised words (under the story, over a
timestamp, after a list bullet) is read as the writer's name. In German every noun is
capitalised, and an adjective or a determiner opening a heading is too, so menu rows, list
items and subheads pass that test (``Neueste Kommentare``, ``- Geringere Kreditkosten``,
``Schöne Einleitung``, ``Finanzierung Ihres Autos``); in English a product or a section
(``Stack Exchange Network``, ``General Information``) does. Three looks tell them from people:

- a word is one of the language's function words (``Keine``, ``Mehr``), or the page itself
  writes one of the words in lower case elsewhere (``keine``, ``neueste``,
  ``network``): a person's given name or surname is written with its capital every time;
- (German) a word ends like an abstract or verbal noun (``-ung``, ``-heit``, ``-schaft``),
  endings no given name or surname of the language has.

Only a line with no known given name is looked at: ``Claudia Weiss`` stays a name on a page
that writes ``weiss`` in lower case.
"""

from __future__ import annotations

from collections.abc import Mapping
from types import MappingProxyType

from newsparse._model import Byline
from newsparse.rules.furniture.byline_names import _any_given_name

__all__ = ["bare_name_refuted"]

# Endings of German common nouns that no personal name has (``Finanzierung``, ``Mitteilung``,
# ``Gesundheit``, ``Mannschaft``, ``Information``, ``Qualität``, ``Kapitalismus``), and of the
# inflected adjectives in "-isch" that open headings (``Iberische Weine``). Per language:
# English surnames end in "-ing" and "-ness" (``Browning``, ``Burness``).
NOUN_ENDINGS: Mapping[str, tuple[str, ...]] = MappingProxyType(
    {
        "de": (
            "ung", "ungen", "heit", "heiten", "keit", "keiten", "schaft", "schaften", "tion",
            "tionen", "tät", "täten", "ismus", "nisse", "ische", "ischer", "ischen", "isches",
        )
    }
)  # fmt: skip

# What may stand before the name on a bare name line: a list bullet or a dash, blanks.
_LEADS = " \t\u00a0-–—•·*|"

# Words shorter than this are not looked up in lower case (``de``, ``van`` are particles).
_MIN_WORD = 4


def bare_name_refuted(
    text: str, item: Byline, language: str, function_words: frozenset[str] = frozenset()
) -> bool:
    """Whether ``item`` is a bare name line the page shows is not a person's name.

    A bare name line is one whose text opens with its first name (no ``By``, label or
    agency before it); ``item.names`` are its people. It is refuted when none of them opens
    with a known given name and one of their words is one of the language's
    ``function_words`` (``Mehr``, ``Keine``), is written in lower case elsewhere on the page,
    or (German) ends like an abstract noun.

    >>> from newsparse._model import Span
    >>> page = "Keine Kommentare\\nEs gibt keine neuen Beiträge."
    >>> bare_name_refuted(page, Byline(Span.of(page, 0, 16), names=("Keine Kommentare",)), "de")
    True
    >>> page = "Jana Roth\\nDie Stadt baut."
    >>> bare_name_refuted(page, Byline(Span.of(page, 0, 9), names=("Jana Roth",)), "de")
    False
    """
    if item.agency is not None or not item.names:
        return False
    line = item.span.text
    bare = line.lstrip(_LEADS)
    if ":" in line or not bare.startswith(item.names[0]):
        return False  # a label or prefix opens the line ("Quelle: ..."): it says what the line is
    if item.kind != "byline" and bare.rstrip(" .") != item.names[0]:
        return False  # a credit's names may hold its label's words ("Avec", "Radio Nord")
    if _any_given_name(item.names):
        return False
    words = [w.strip(".,;:") for name in item.names for w in name.split()]
    if any(len(w) >= _MIN_WORD and w.lower() in function_words for w in words):
        return True
    endings = NOUN_ENDINGS.get(language, ())
    if endings and any(len(w) > 5 and w.lower().endswith(endings) for w in words):
        return True
    return any(
        len(w) >= _MIN_WORD and _has_case(w) and not w.isupper() and _written_lower(text, w.lower())
        for w in words
    )


def _has_case(word: str) -> bool:
    """Whether ``word`` is written in a script with case (Gujarati and Devanagari have none)."""
    return word.lower() != word


def _written_lower(text: str, word: str) -> bool:
    """Whether ``word`` (lower case) stands in ``text`` as a whole word in lower case."""
    size = len(word)
    at = text.find(word)
    while at >= 0:
        before = text[at - 1] if at else " "
        after = text[at + size] if at + size < len(text) else " "
        if not before.isalpha() and not after.isalpha():
            return True
        at = text.find(word, at + 1)
    return False
