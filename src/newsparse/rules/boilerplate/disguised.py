"""A line written with look-alike letters: an ad disguised from ad filters (#9, s13).

Some sites write their house ads with Cyrillic letters that look like Latin ones (``Аdvеrtіѕе
wіth uѕ``: the ``А``, ``е``, ``і``, ``ѕ`` are Cyrillic), so that text filters and search engines
pass them by. No sentence of a story mixes two scripts inside its words; a line in which several
words do is furniture. Text in a Cyrillic-script language keeps its words in one script, and a
loan word in Latin letters stays whole, so neither meets the test.

Only the lines holding a Cyrillic letter are read, and only when the text holds one of the
look-alike vowels (substring tests; the patterns are compiled for such a text only).
"""

from __future__ import annotations

from newsparse.text.lazy import deferred_regex

__all__ = ["disguised_lines"]

Segments = list[tuple[int, int, int]]
Found = dict[tuple[int, int], str]

_CYRILLIC = deferred_regex(r"\p{Cyrillic}")
# A word holding letters of both scripts (bounded: a word is at most 40 letters).
_MIXED_WORD = deferred_regex(
    r"(?<![\p{L}])(?=[\p{L}]{0,40}\p{Latin})(?=[\p{L}]{0,40}\p{Cyrillic})[\p{L}]{2,40}+"
)
# The Cyrillic look-alikes of the commonest Latin vowels (а, е, о, і): a disguised line holds
# some of them, as any English line holds a, e, o or i.
_LOOK_ALIKES = ("\u0430", "\u0435", "\u043e", "\u0456")
_MIN_MIXED = 3  # words of both scripts on the line, at least (one may be a typing slip)
# Languages written in Cyrillic: their texts are not read (every line holds the letters; a
# disguised ad there would be Latin look-alikes in Cyrillic words, not seen in our samples).
CYRILLIC_LANGUAGES = frozenset(("ru", "uk", "be", "bg", "sr", "mk", "kk", "ky", "mn", "tg"))


def disguised_lines(text: str, segments: Segments, found: Found, language: str) -> None:
    """Lines with at least :data:`_MIN_MIXED` words mixing Latin and Cyrillic letters, as
    ``ad`` footers (texts in a :data:`CYRILLIC_LANGUAGES` ``language`` are left alone)."""
    if language in CYRILLIC_LANGUAGES:
        return
    if not any(letter in text for letter in _LOOK_ALIKES):
        return  # (substring tests: no pattern compiled for a text with none of the letters)
    first = _CYRILLIC.search(text)
    if first is None:
        return
    for _, s, e in segments:
        if e <= first.start() or (s, e) in found or _CYRILLIC.search(text, s, e) is None:
            continue
        for mixed, _m in enumerate(_MIXED_WORD.finditer(text, s, e), start=1):
            if mixed >= _MIN_MIXED:
                found[(s, e)] = "ad"
                break
