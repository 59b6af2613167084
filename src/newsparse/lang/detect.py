"""Language detection among the registered languages, from scripts and function words.

Deterministic and bounded: detection reads at most :data:`SAMPLE_CHARS` code points of the
text (its head and a window from its middle), so its cost does not grow with the text.

1. Count the letters of each script the registered languages use, and all letters. Scripts
   holding under :data:`MIN_SCRIPT_SHARE` of the letters are ignored, so text in another
   script (Russian, Japanese, Arabic …) is ``"und"``.
2. For each script kept, among the languages written in it, count the sample's words that are in
   each language's :attr:`~newsparse.lang.LanguageTables.function_words`. The language with
   most hits wins (ties go to the language registered first) if its hits are at least
   :data:`MIN_HITS` and :data:`MIN_SHARE` of its script's words and :data:`MIN_MARGIN` times
   the hits of the next language of its script; else the text is ``"und"``.
"""

from __future__ import annotations

import functools
import re
from collections import Counter
from collections.abc import Callable

import attrs
import regex

import newsparse.lang as _lang
from newsparse._errors import ensure_str

__all__ = [
    "MIN_HITS",
    "MIN_MARGIN",
    "MIN_SCRIPT_SHARE",
    "MIN_SHARE",
    "SAMPLE_CHARS",
    "detect_language",
    "language_scores",
    "sample",
]

HEAD_CHARS = 2048
"""Code points read from the start of the text (headline, lead, first paragraphs)."""
MIDDLE_CHARS = 1024
"""Code points read from the middle of a longer text (past menus and headers)."""
SAMPLE_CHARS = HEAD_CHARS + MIDDLE_CHARS
"""The most code points detection ever reads."""
MIN_HITS = 3
"""Fewest function-word hits that name a language; fewer is ``"und"``."""
MIN_SHARE = 0.2
"""Smallest share of the sample's words that must be the winner's function words. Real
prose in a language runs at 0.3–0.5; a text in an unregistered language that shares a few
short words with one (Dutch ``de``/``en`` with Spanish) stays well under this."""
MIN_MARGIN = 1.25
"""How many times the hits of the runner-up in the same script the winner needs. A close call
(a short line that shares its few words between Spanish and Portuguese) is ``"und"``, read
with the English tables as before, rather than a coin toss. Real articles clear 1.5."""
MIN_SCRIPT_SHARE = 0.2
"""Smallest share of the sample's letters a script needs for its languages to be considered."""


# The letters of the scripts the built-in languages use, as plain ranges: the standard ``re``
# engine finds words in them about three times faster than ``regex`` with ``\p{Script=…}``.
# Combining diacritics (U+0300–U+036F) stay inside a word; Devanagari digits and dandas are
# not letters.
_SCRIPT_RANGES = {
    "Latin": "A-Za-z\u00aa\u00ba\u00c0-\u00d6\u00d8-\u00f6\u00f8-\u024f\u1e00-\u1eff\u0300-\u036f",
    "Devanagari": "\u0900-\u0963\u0970-\u097f\ua8e0-\ua8ff",
}


@functools.cache
def _word_finder(script: str) -> Callable[[str], list[str]]:
    # A word is a run of the script's letters and combining marks (Devanagari vowel signs and
    # virama are marks); apostrophes split French and Italian elisions (l'État -> l, état).
    # Runs, not single letters: the engines' cost is per match.
    ranges = _SCRIPT_RANGES.get(script)
    if ranges is not None:
        return re.compile(f"[{ranges}]+").findall
    return regex.compile(rf"[\p{{Script={script}}}\p{{M}}]++").findall


def _other_letters(scripts: tuple[str, ...]) -> regex.Pattern[str]:
    known = "".join(rf"\p{{Script={s}}}" for s in scripts)
    # Marks count too (Gujarati and Bengali vowel signs), but not the inherited combining
    # diacritics that Latin words hold.
    return regex.compile(rf"(?V1)[[\p{{L}}\p{{M}}]--[{known}\p{{Script=Inherited}}]]++")


@attrs.frozen(slots=True)
class _Scorer:
    """The registry, compiled for scoring: which languages use which script, word → languages."""

    codes: tuple[str, ...]
    scripts: tuple[str, ...]
    by_script: dict[str, tuple[int, ...]]
    words: dict[str, tuple[int, ...]]
    other_letters: regex.Pattern[str]
    """Runs of letters in none of the registered scripts."""


_SCORERS: dict[tuple[str, ...], _Scorer] = {}


def _scorer() -> _Scorer:
    codes = _lang.languages()
    found = _SCORERS.get(codes)
    if found is None:
        found = _SCORERS[codes] = _build_scorer(codes)
    return found


def _build_scorer(codes: tuple[str, ...]) -> _Scorer:
    tables = [_lang.get_language(c) for c in codes]
    by_script: dict[str, list[int]] = {}
    words: dict[str, list[int]] = {}
    for i, t in enumerate(tables):
        for script in t.scripts:
            by_script.setdefault(script, []).append(i)
        for word in sorted(t.function_words):
            words.setdefault(word, []).append(i)
    return _Scorer(
        codes,
        tuple(by_script),
        {s: tuple(v) for s, v in by_script.items()},
        {w: tuple(v) for w, v in words.items()},
        _other_letters(tuple(by_script)),
    )


def sample(text: str) -> str:
    """Return the part of ``text`` detection reads: all of it when short, else its head and middle.

    >>> len(sample("x" * 100_000)) == SAMPLE_CHARS
    True
    """
    text = ensure_str(text)
    if len(text) <= SAMPLE_CHARS:
        return text
    middle = (len(text) - MIDDLE_CHARS) // 2
    # A newline joins the windows so that no word is glued across the cut.
    return text[:HEAD_CHARS] + "\n" + text[middle + 1 : middle + MIDDLE_CHARS]


def _script_words(text: str, scorer: _Scorer) -> list[tuple[str, list[str]]]:
    """The registered scripts holding at least :data:`MIN_SCRIPT_SHARE` of the letters, most first,
    each with its words."""
    found = [(script, _word_finder(script)(text)) for script in scorer.scripts]
    counts = {script: sum(map(len, words)) for script, words in found}
    letters = sum(counts.values()) + sum(map(len, scorer.other_letters.findall(text)))
    kept = [
        (script, words)
        for script, words in found
        if counts[script] and counts[script] >= letters * MIN_SCRIPT_SHARE
    ]
    kept.sort(key=lambda pair: -counts[pair[0]])  # stable: equal counts keep registration order
    return kept


def language_scores(text: str) -> dict[str, float]:
    """Return, for each registered language in the dominant script, its share of function words.

    >>> scores = language_scores("Le ministre a dit que la loi sera votée dans le mois.")
    >>> max(scores, key=scores.__getitem__), round(scores["fr"], 2)
    ('fr', 0.58)
    """
    return _scores(sample(text))[0]


def _scores(text: str) -> tuple[dict[str, float], dict[str, int], dict[str, int]]:
    # Every script with a fair share of the letters is scored, and the most function words
    # win: a Hindi page under an English menu is Hindi, since its prose has more hits.
    scorer = _scorer()
    shares: dict[str, float] = {}
    hits: dict[str, int] = {}
    rival: dict[str, int] = {}  # per language: the most hits of another language of its script
    for script, words in _script_words(text.lower(), scorer):
        script_shares, script_hits = _score_words(words, scorer.by_script[script], scorer)
        for code, n in script_hits.items():
            if code not in hits or n > hits[code]:
                hits[code], shares[code] = n, script_shares[code]
                rival[code] = max((m for c, m in script_hits.items() if c != code), default=0)
    return shares, hits, rival


def _score_words(
    words: list[str], candidates: tuple[int, ...], scorer: _Scorer
) -> tuple[dict[str, float], dict[str, int]]:
    counts = dict.fromkeys(candidates, 0)
    table = scorer.words
    # Count each distinct word once, and visit only the function words: Counter and the key
    # intersection run in C, and most distinct words of a page are not in any table.
    seen = Counter(words)
    for word in seen.keys() & table.keys():
        n = seen[word]
        for i in table[word]:
            if i in counts:
                counts[i] += n
    total = len(words)
    codes = scorer.codes
    return (
        {codes[i]: (n / total if total else 0.0) for i, n in counts.items()},
        {codes[i]: n for i, n in counts.items()},
    )


def _winner(shares: dict[str, float], hits: dict[str, int], rival: dict[str, int]) -> str | None:
    if not shares:
        return None
    # max() keeps the first of equal keys: ties go to the language registered first.
    best = max(shares, key=lambda code: (hits[code], shares[code]))
    if hits[best] < MIN_HITS or shares[best] < MIN_SHARE or hits[best] < rival[best] * MIN_MARGIN:
        return None
    return best


def detect_language(text: str) -> str:
    """Return the code of the registered language ``text`` is written in, or ``"und"``.

    >>> detect_language("El alcalde dijo que las obras terminarán en marzo.")
    'es'
    >>> detect_language("यह भी पढ़ें: मंत्री ने कहा कि काम जल्द पूरा होगा।")
    'hi'
    >>> detect_language("Президент заявил, что переговоры продолжатся.")
    'und'
    """
    found = _winner(*_scores(sample(text)))
    return _lang.UNDETERMINED if found is None else found
