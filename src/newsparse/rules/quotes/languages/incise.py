"""An attribution set inside the quotation marks (an *incise*): ``« A, affirme-t-elle. B »``,
``« A, explique Jean Dupont, le maire. B »``, ``«A - spiega Rossi - B»``, ``«A —dijo—. B»``.

The mark stage pairs the outer marks, so the cue sits inside one quotation. The gold (and the
reader) sees two quotes by the cue's speaker: the words before the incise and the words after
it. The incise opens with a comma or a dash right before a cue and closes at the next comma,
full stop or matching dash; everything is read within bounded windows of the quotation.
"""

from __future__ import annotations

from newsparse.rules.quotes.languages.cues import INVERSION, LENIENT, VERB, Context
from newsparse.rules.quotes.languages.direct import inverted_speaker
from newsparse.rules.quotes.languages.phrases import phrase_after
from newsparse.rules.quotes.languages.text import back_over_space, skip_chars, word_count, words_in, wordset
from newsparse.rules.quotes.phrases import NP
from newsparse.rules.quotes.state import Raw

_SPACE = " \t\u00a0\u202f"
_DASHES = "-–—"
# how far the incise may run after its cue: a verb, a speaker and an appositive
# ("pointe Philippe Martin, le maire de la commune.")
_INCISE_SPAN = 160


def split_at_incise(cx: Context, raw: Raw, dialogue: bool = False) -> list[Raw] | None:
    """The quotation ``raw`` cut at the first incise inside it, as two direct quotes attributed to
    the incise's speaker (or one, when nothing but the closing mark follows the incise); None
    when it holds no incise. In a ``dialogue`` turn (a dash-led paragraph, no marks) the end of
    a sentence or of the turn also closes the incise (``—Vamos —dijo el entrenador.``)."""
    text = cx.text
    for cs, ce, kind in cx.cues_in(raw.cstart + 1, raw.cend):
        if kind not in {INVERSION, VERB, LENIENT}:
            continue
        opener = back_over_space(text, raw.cstart, cs) - 1
        mark = text[opener : opener + 1]
        if mark not in {","} and not (mark in _DASHES and _dash_opens(text, opener, cs)):
            continue
        if word_count(text, raw.cstart, opener, 2) < 2:
            continue
        np = _incise_speaker(cx, cs, ce, kind, min(raw.cend, ce + _INCISE_SPAN))
        if np is None and not (mark in _DASHES and kind != INVERSION):
            continue  # a comma and a bare verb inside a quotation is its own wording
        close = _incise_end(text, max(ce, np.end if np is not None else ce), raw.cend, mark, dialogue)
        if close is None:
            continue
        return _halves(cx, raw, opener, close, (cs, ce), np)
    return None


def _dash_opens(text: str, at: int, cs: int) -> bool:
    # "vacanze - spiega": a spaced hyphen or a dash glued to the cue ("otros —dijo—"), never the
    # hyphen inside a word ("Lège-Cap-Ferret")
    return text[at] != "-" or (text[at - 1 : at] in {" ", "\u00a0"} and cs > at + 1)


def _incise_speaker(cx: Context, cs: int, ce: int, kind: str, hi: int) -> NP | None:
    if kind == INVERSION:
        return inverted_speaker(cx, cs, ce, hi)
    np = phrase_after(cx.text, ce, hi, cx.lc)  # "explique Alexandra Teixeira", "spiega Artibani"
    return np if np is not None and np.kind != "pron" else None


def _incise_end(text: str, pos: int, hi: int, mark: str, dialogue: bool = False) -> int | None:
    """Where the incise ends (the index of its closing comma, full stop or dash), or None."""
    stop = min(hi, pos + _INCISE_SPAN)
    i = pos
    while i < stop:
        c = text[i]
        if mark in _DASHES:
            if c in _DASHES and (c != "-" or text[i - 1 : i] in {" ", "\u00a0"} or i == pos):
                return i
            if dialogue and c in ".!?":
                return i  # "—dijo el entrenador. No hay excusas": a dialogue's incise ends there
            if c in '.!?«»“”„"':
                return None
        elif c in ".;":
            return i
        elif c == ",":
            # "…, explique X, le maire de Y. B": an appositive after the name runs to the full stop
            nxt = skip_chars(text, i + 1, stop, _SPACE)
            word = words_in(text, nxt, min(stop, nxt + 30))[:1]
            if not word or word[0][2].lower() not in _APPOSITIVE_OPENERS:
                return i
        elif c in '!?«»“”„"':
            return None
        i += 1
    return hi if dialogue and stop == hi else None  # the turn ends with its incise


# Determiners that open an appositive after the speaker's name ("X, le maire de Y", "X, la
# portavoz", "X, der Sprecher", "X, o ministro", "X, il sindaco"): the incise runs on.
_APPOSITIVE_OPENERS = wordset(
    "le la les l' l’ un une el los las un una der die das ein eine o a os as um uma il lo gli i uno"
)


def _halves(cx: Context, raw: Raw, opener: int, close: int, cue: tuple[int, int], np: NP | None) -> list[Raw]:
    text = cx.text
    cx.used.add(cue[0])
    mode = "np" if np is not None else "dropped"
    first_end = back_over_space(text, raw.cstart, opener)
    first = Raw(
        raw.start, close + 1, raw.cstart, first_end, "direct", cue, np, mode, "direct:incise", raw.sentence,
        raw.origin,
    )  # fmt: skip
    rest = skip_chars(text, close + 1, raw.cend, _SPACE + ",.;")  # "—precisó X—. Si …"
    if word_count(text, rest, raw.cend, 2) < 2:
        first.end = raw.end
        return [first]
    second = Raw(
        rest, raw.end, rest, raw.cend, "direct", cue, np, mode, "direct:incise", raw.sentence, -1, raw.closed
    )
    return [first, second]
