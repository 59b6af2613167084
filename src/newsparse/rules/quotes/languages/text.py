"""Word and sentence scanning shared by the language stages: bounded, linear scans over the
text (words, sentence bounds, white-space skips)."""

from __future__ import annotations

import bisect

from newsparse.text.lazy import deferred_regex

_WORD = deferred_regex(r"[^\s«»“”„\"‘’‚,;:.!?()\[\]।|—–]{1,40}+")
_SENT_END = deferred_regex(r"(?:[.!?…]|।|\|)(?:[ \u00a0\u202f]?+[\"”»“’])?(?=[ \t\u00a0\u202f]{1,5}+\S)")

_CLAUSE_TRIM = " \t\u00a0\u202f.!?…।|"


def wordset(words: str) -> frozenset[str]:
    """A word table written as one space-separated string."""
    return frozenset(words.split())


def words_in(text: str, lo: int, hi: int) -> list[tuple[int, int, str]]:
    """The words of ``text[lo:hi]`` as ``(start, end, word)``, punctuation and quote marks excluded."""
    return [(m.start(), m.end(), m.group()) for m in _WORD.finditer(text, lo, hi)]


def word_count(text: str, lo: int, hi: int, cap: int) -> int:
    """How many words ``text[lo:hi]`` holds, counting no further than ``cap`` + 1 (a bounded
    read: a test such as "at least two words" never scans a whole quotation)."""
    return len(words_in(text, lo, min(hi, lo + 41 * (cap + 1))))


def sentences(text: str, ps: int, pe: int) -> list[tuple[int, int]]:
    """Sentence bounds in ``[ps, pe)``: after ``.!?…।|`` and white space (a linear scan)."""
    out = []
    s = ps
    for m in _SENT_END.finditer(text, ps, pe):
        nxt = skip_chars(text, m.end(), pe, " \t\u00a0\u202f")
        if nxt < pe and (text[nxt].islower() or (text[nxt] in ",;:»”)›" and not _opens(text, nxt))):
            continue  # "« Partez ! » s'exclame-t-il", "! », a-t-il dit": the sentence goes on
        word = text[max(s, m.start() - 4) : m.start()].split()[-1:] or [""]
        if m.group()[:1] == "." and (len(word[0]) <= 2 and word[0][:1].isupper()):
            continue  # "M. Dupont", "Dr. Weber": an abbreviation, not a sentence end
        out.append((s, m.end()))
        s = m.end()
        while s < pe and text[s] in " \t\u00a0\u202f":
            s += 1
    if s < pe:
        out.append((s, pe))
    return out


def _opens(text: str, pos: int) -> bool:
    """Whether the ``»`` or ``›`` at ``pos`` opens a quotation (German and Swiss reversed marks,
    glued to the word after them: ``»Europa handelt«``), rather than closing one."""
    return text[pos] in "»›" and text[pos + 1 : pos + 2].isalnum()


class Sentences(list[tuple[int, int]]):
    """A paragraph's sentence bounds with their starts, to find a position's sentence by bisection."""

    def __init__(self, bounds: list[tuple[int, int]]) -> None:
        super().__init__(bounds)
        self.starts = [s for s, _ in bounds]


def sentence_of(sents: list[tuple[int, int]], pos: int) -> tuple[int, int]:
    """The sentence bounds holding ``pos``."""
    starts = sents.starts if isinstance(sents, Sentences) else [s for s, _ in sents]
    k = max(bisect.bisect_right(starts, pos) - 1, 0)
    return sents[k]


def clause_end(text: str, ss: int, se: int) -> int:
    """Where the clause of sentence ``[ss, se)`` ends: before its final punctuation and space."""
    end = se
    while end > ss and text[end - 1] in _CLAUSE_TRIM:
        end -= 1
    return end


def back_over_space(text: str, lo: int, pos: int) -> int:
    """``pos`` moved back over white space, not below ``lo``."""
    while pos > lo and text[pos - 1] in " \t\u00a0\u202f":
        pos -= 1
    return pos


def skip_chars(text: str, pos: int, end: int, chars: str) -> int:
    """``pos`` moved forward over ``chars``, not beyond ``end``."""
    while pos < end and text[pos] in chars:
        pos += 1
    return pos


CLOSERS = frozenset("\"”»“’‘›‹«'")
