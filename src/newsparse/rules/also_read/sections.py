"""Section kickers glued before the titles of a link list.

Some rails print each related story as two links, its section and its headline, and the scrape
joins them with one space: ``Saiba Mais`` / ``- Política Câmara aprova lei …`` /
``- Política Bancada do Amazonas se reúne …``. The section name is not part of the linked
headline, so it stays in the item's span and out of its title.

A leading name is a glued kicker when it is in the language's table
(:data:`patterns.SECTION_KICKERS`) or when every title of the list (two or more) opens with the
same one or two capitalised words (not in German, which capitalises nouns); either way a
capitalised word and three more words must follow it. Only sentence-case languages qualify:
there a capital inside a headline marks a name or a new start, while in English Title Case two
capitalised words in a row are ordinary headline words.
"""

from __future__ import annotations

from collections.abc import Sequence

from newsparse.rules.also_read.text import _first_letter

_MAX_KICKER_WORDS = 3  # ``Ciência e Saúde``, ``Diversão e Arte``
_MAX_SHARED_WORDS = 2  # a prefix every title shares, without the table
_MIN_REST_WORDS = 4  # the headline left after the kicker


def _cap(word: str) -> bool:
    """Whether ``word`` opens with an upper-case letter (a script without case never does)."""
    return _first_letter(word).isupper()


def _word_starts(title: str) -> list[int]:
    """Offsets in ``title`` where each space-separated word starts."""
    starts: list[int] = []
    prev_space = True
    for k, ch in enumerate(title):
        if ch == " ":
            prev_space = True
        elif prev_space:
            starts.append(k)
            prev_space = False
    return starts


def _prefix(title: str, starts: Sequence[int], n: int) -> str:
    """The first ``n`` words of ``title``, joined by single spaces."""
    return " ".join(title[starts[k] :].split(" ", 1)[0] for k in range(n))


def _fits(title: str, starts: Sequence[int], n: int) -> bool:
    """Whether a kicker of ``n`` words can stand before the rest of ``title``: a capitalised
    word follows it and enough words are left for a headline."""
    return len(starts) - n >= _MIN_REST_WORDS and _cap(title[starts[n] :].split(" ", 1)[0])


def glued_kicker_offsets(
    titles: Sequence[str], sections: frozenset[str], *, shared: bool = True
) -> list[int]:
    """For each title, where its headline starts after a glued section kicker (0: no kicker).

    ``shared`` allows a kicker found only because every title repeats it (off for languages
    that capitalise nouns).

    >>> glued_kicker_offsets(["Política Câmara aprova lei que eleva pena"], frozenset({"Política"}))
    [9]
    >>> glued_kicker_offsets(["Economia brasileira cresce 2% no trimestre"], frozenset({"Economia"}))
    [0]
    """
    all_starts = [_word_starts(t) for t in titles]
    out: list[int] = []
    for title, starts in zip(titles, all_starts, strict=True):
        offset = 0
        for n in range(min(_MAX_KICKER_WORDS, len(starts) - 1), 0, -1):
            if _prefix(title, starts, n) in sections and _fits(title, starts, n):
                offset = starts[n]
                break
        out.append(offset)
    if shared and len(titles) >= 2 and not any(out):
        out = _shared_prefix_offsets(titles, all_starts)
    return out


def _shared_prefix_offsets(titles: Sequence[str], all_starts: Sequence[Sequence[int]]) -> list[int]:
    """Offsets after the one or two capitalised words that every title opens with, when a
    capitalised word follows them in every title; all zeros otherwise."""
    zeros = [0] * len(titles)
    for n in range(_MAX_SHARED_WORDS, 0, -1):
        if any(len(s) <= n for s in all_starts):
            continue
        first = _prefix(titles[0], all_starts[0], n)
        if not all(_cap(w) for w in first.split(" ")):
            continue
        if all(_prefix(t, s, n) == first and _fits(t, s, n) for t, s in zip(titles, all_starts, strict=True)):
            return [s[n] for s in all_starts]
    return zeros
