"""Quotations opened by a dialogue dash instead of a mark: a paragraph that starts with one of the
language's :attr:`~newsparse.lang.LanguageTables.dialogue_dashes` and carries its attribution
as an incise (``— Il faut agir vite, a-t-elle lancé.``, ``—Vamos a ganar —dijo el entrenador—.
No hay excusas.``, ``— Não vou desistir — disse Maria.``).

Spanish, Portuguese, French and Italian reports quote interviews and scenes this way; the mark
stage sees no quotation there. A dash line counts as speech only when a speech cue set off by a
comma or a dash follows the words after the dash (a menu item such as ``— ECONOMÍA`` or a list
of points has none); an uncued dash line right after a cued one continues the dialogue and is
the same speaker's turn. Each paragraph is read once, within its own bounds.
"""

from __future__ import annotations

from newsparse.rules.quotes.languages.cues import ACCORDING, INVERSION, LENIENT, VERB, Context
from newsparse.rules.quotes.languages.direct import inverted_speaker
from newsparse.rules.quotes.languages.incise import split_at_incise
from newsparse.rules.quotes.languages.phrases import phrase_after
from newsparse.rules.quotes.languages.text import back_over_space, skip_chars, word_count, words_in, wordset
from newsparse.rules.quotes.phrases import NP
from newsparse.rules.quotes.state import Raw

_SPACE = " \t\u00a0\u202f"
# what may close a dialogue turn's last sentence: the paragraph's final punctuation is the
# reader's, not the speaker's when an incise precedes it
_TRAILING = _SPACE + "."


def dash_opening(cx: Context, ps: int, pe: int, dashes: tuple[str, ...]) -> int:
    """Where the words of a dialogue turn start when paragraph ``[ps, pe)`` opens with a dash of
    ``dashes`` followed by a capital, an opening ``¿``/``¡`` or a digit; else -1."""
    text = cx.text
    if not dashes or text[ps : ps + 1] not in dashes or text[ps : ps + 2] in {"——", "––"}:
        return -1
    at = skip_chars(text, ps + 1, min(pe, ps + 4), _SPACE)
    first = text[at : at + 1]
    if not first or not (first.isupper() or first.isdigit() or first in '¿¡«“"…'):
        return -1
    return at


def dialogue_turn(cx: Context, ps: int, pe: int, dashes: tuple[str, ...], after_turn: bool) -> list[Raw]:
    """The quotes of a dialogue paragraph ``[ps, pe)``: the words before and after its incise,
    attributed to the incise's speaker; an uncued turn when ``after_turn`` (the paragraph
    before was a turn) is the dialogue going on; else none."""
    text = cx.text
    at = dash_opening(cx, ps, pe, dashes)
    if at < 0:
        return []
    end = pe
    while end > at and text[end - 1] in _TRAILING:
        end -= 1
    if word_count(text, at, end, 2) < 2:
        return []
    raw = Raw(ps, pe, at, end, "direct", None, None, "none", "direct:dialogue", ps, ps, True)
    halves = split_at_incise(cx, raw, dialogue=True)
    if halves:
        for h in halves:
            h.rule = "direct:dialogue"
        return halves
    incise = _closing_incise(text, at, pe, dashes)
    if incise is not None:
        # "–No me meto en eso –contestó.": a verb the tables lack, but the shape is the incise's
        dash, verb = incise
        raw.cend = back_over_space(text, at, dash)
        raw.cue, raw.mode = verb, "dropped"
        return [raw]
    tail = back_over_space(text, at, pe)
    last = text[tail - 1 : tail]
    if after_turn and last in {".", "!", "?", "…"}:
        raw.cend = tail  # an uncued turn keeps its own final punctuation
        raw.mode = "inherit"  # the next turn of a dialogue whose speaker was named
        return [raw]
    return []


_INCISE_WORDS = 6  # an attribution closing a turn ("—se le preguntó al ministro.") is this short


def _closing_incise(
    text: str, at: int, pe: int, dashes: tuple[str, ...]
) -> tuple[int, tuple[int, int]] | None:
    """The attribution closing a dialogue turn, whatever its verb: a dash after the turn's words,
    glued to a lower-case word, and at most a few words to the paragraph's end (``–No me meto en
    eso –contestó.``, ``— Não vou desistir — respondeu a ministra.``). Returns where the dash is
    and the span of the incise's verb (its first word after any clitic), or None. Reads the
    paragraph's last ~80 characters."""
    lo = max(at + 1, pe - 80)
    for dash in dashes:
        k = text.rfind(dash, lo, pe)
        if k < 0 or text[k - 1 : k] not in {" ", "\u00a0", ".", ",", "?", "!", "…"}:
            continue
        start = skip_chars(text, k + 1, pe, _SPACE)
        words = words_in(text, start, pe)
        if not words or not words[0][2][:1].islower() or len(words) > _INCISE_WORDS:
            continue
        if text[words[-1][1] : pe].strip(_TRAILING) or word_count(text, at, k, 2) < 2:
            continue  # the turn goes on after the words, or none stand before the dash
        verb = next((w for w in words if w[2].lower() not in _CLITICS), words[0])
        return k, (verb[0], verb[1])
    return None


# clitic pronouns before the verb of an incise ("—se le preguntó", "— lhe disse"): not the cue
_CLITICS = wordset("se le les lo la me te nos os lhe lhes si gli ci vi ne")


_SPACED_DASHES = (" - ", " – ", " — ")
_DASH_INCISE_SPAN = 90  # an attribution between spaced dashes runs this far at most
_DASH_READ = 2000  # how far into a quotation its first spaced dash is looked for
# auxiliaries of a compound speech verb ("- ha continuato -", "– a ajouté –", "- hat gesagt -")
_AUXILIARIES = wordset("ha hanno è a ont est hat haben ist há ter tem han")


def dash_incise(cx: Context, raw: Raw) -> list[Raw] | None:
    """The quotation ``raw`` cut at an attribution set between spaced dashes inside it, whatever
    the verb (``"Questi attacchi - prosegue l'Unicef - seguono giorni di bombe"``, ``"È
    fondamentale - ha continuato - e lo faremo"``): the words before the first dash and after the
    second are two quotes by the incise's speaker. The incise is a few words opening with a
    lower-case word that is no function word (``- e lo dico con forza -`` is the speaker's own
    aside). None when there is no such incise; reads the quotation's first 2000 characters."""
    text = cx.text
    lo, hi = raw.cstart, min(raw.cend, raw.cstart + _DASH_READ)
    for dash in _SPACED_DASHES:
        k = text.find(dash, lo, hi)
        if k < 0:
            continue
        start = k + len(dash)
        close = text.find(dash.strip(), start, min(hi, start + _DASH_INCISE_SPAN))
        if close < 0 or text[close - 1 : close] != " ":
            continue
        words = words_in(text, start, close)
        if not 1 <= len(words) <= _INCISE_WORDS or not words[0][2][:1].islower():
            continue
        if words[0][2].lower() in cx.lc.function_words and words[0][2].lower() not in _AUXILIARIES:
            continue
        if word_count(text, lo, k, 1) < 1 or word_count(text, close + 1, raw.cend, 2) < 2:
            continue
        verb = words[1] if words[0][2].lower() in _AUXILIARIES and len(words) > 1 else words[0]
        cue = (words[0][0], verb[1])
        np = inverted_speaker(cx, cue[0], cue[1], close)
        return _dash_halves(cx, raw, k, close, cue, np)
    return _glued_incise(cx, raw, hi) or _according_incise(cx, raw, hi)


_ACCORDING_SPAN = 160  # an according-to incise with its appositive ("selon X, le président de Y.")


def _according_incise(cx: Context, raw: Raw, hi: int) -> list[Raw] | None:
    """``« A, selon Mohamed Ali, le président de l’association. B », ajoute-t-il``: an
    according-to cue set off by a comma inside the marks names the speaker of both halves. The
    source must be a name or a description (``selon moi`` is the speaker's own aside) and the
    incise must end its sentence (``« Le coût, selon les experts, doublera »`` is one quote
    that cites someone); a few cues inside the quotation are read."""
    text = cx.text
    for cs, ce, kind in cx.cues_in(raw.cstart + 2, hi)[:_SENTENCE_CUES]:
        if kind != ACCORDING or text[back_over_space(text, raw.cstart, cs) - 1] != ",":
            continue
        opener = back_over_space(text, raw.cstart, cs) - 1
        if word_count(text, raw.cstart, opener, 2) < 2:
            continue
        stop = min(hi, ce + _ACCORDING_SPAN)
        np = phrase_after(text, ce, stop, cx.lc)
        if np is None or np.kind == "pron":
            continue
        close = _sentence_end_after(text, np.end, stop)
        if close < 0 or word_count(text, close + 1, raw.cend, 2) < 2:
            continue
        return _dash_halves(cx, raw, opener, close, (cs, ce), np)
    return None


_SENTENCE_CUES = 4  # cues read inside one quotation for an according-to incise


def _sentence_end_after(text: str, pos: int, stop: int) -> int:
    """Where the full stop ending the incise from ``pos`` is (an appositive after a comma may
    come first), or -1 when a mark or another sentence punctuation comes first."""
    for j in range(pos, stop):
        ch = text[j]
        if ch == "." and text[j + 1 : j + 2] in {" ", "\u00a0", "\n"}:
            return j
        if ch in '!?;:«»“”„"':
            return -1
    return -1


_GLUED_DASHES = "-–—"
_GLUED_CUES = frozenset({VERB, LENIENT, INVERSION})
_GLUED_TRIES = 8  # glued hyphens read per quotation (compounds have them too)


def _glued_incise(cx: Context, raw: Raw, hi: int) -> list[Raw] | None:
    """``“… partito dal basso-dichiara il segretario, Alessandro Vasquez- riuscendo a …”``: an
    incise whose dashes a site typed without spaces. A hyphen glued to both words is most often
    a compound (``tecnico-scientifico``), so the word or words right after the first dash must
    be a speech cue of the tables (a look-up, the cue pass skips words after a hyphen), and the
    second dash must touch a space within the incise's reach. Reads a few hyphens per
    quotation, each with a literal search."""
    text = cx.text
    tries = 0
    for dash in _GLUED_DASHES:
        k = text.find(dash, raw.cstart + 2, hi)
        while k >= 0 and tries < _GLUED_TRIES:
            tries += 1
            if text[k - 1].isalnum() and text[k + 1 : k + 2].islower():
                cue = _cue_after(cx, k + 1, hi)
                if cue is not None:
                    halves = _glued_halves(cx, raw, k, cue, hi)
                    if halves is not None:
                        return halves
            k = text.find(dash, k + 1, hi)
    return None


def _cue_after(cx: Context, at: int, hi: int) -> tuple[int, int] | None:
    """The span of a speech cue of the tables made of the one to three words from ``at``."""
    words = words_in(cx.text, at, min(hi, at + 60))[:3]
    if not words or words[0][0] != at:
        return None
    for n in range(len(words), 0, -1):
        key = " ".join(w.lower() for _, _, w in words[:n])
        if cx.lc.kinds.get(key) in _GLUED_CUES:
            return at, words[n - 1][1]
    return None


def _glued_halves(cx: Context, raw: Raw, opener: int, cue: tuple[int, int], hi: int) -> list[Raw] | None:
    """The two quotes around a glued incise opened by the dash at ``opener``: it closes at the
    next dash touching a space, before any sentence end or mark."""
    text = cx.text
    for j in range(cue[1], min(hi, cue[1] + _DASH_INCISE_SPAN)):
        ch = text[j]
        if ch in _GLUED_DASHES and (text[j - 1] == " " or text[j + 1 : j + 2] == " "):
            if word_count(text, j + 1, raw.cend, 2) < 2:
                return None
            np = inverted_speaker(cx, cue[0], cue[1], j)
            if np is not None and np.end > j:
                np = NP(np.start, back_over_space(text, np.start, j), np.kind)  # "Vasquez- riuscendo"
            return _dash_halves(cx, raw, opener, j, cue, np)
        if ch in '.!?;:«»“”"':
            return None  # the incise never runs over a sentence's end or a mark
    return None


def _dash_halves(
    cx: Context, raw: Raw, opener: int, close: int, cue: tuple[int, int], np: NP | None
) -> list[Raw]:
    """The two quotes around an incise from ``opener`` to the dash at ``close``."""
    text = cx.text
    cx.used.add(cue[0])
    mode = "np" if np is not None else "dropped"
    first_end = back_over_space(text, raw.cstart, opener)
    while first_end > raw.cstart and text[first_end - 1] == ",":
        first_end -= 1  # "Insomma, - osserva X -": the comma belongs to the incise
    first = Raw(
        raw.start, close + 1, raw.cstart, first_end, "direct", cue, np, mode, "direct:incise", raw.sentence,
        raw.origin,
    )  # fmt: skip
    rest = skip_chars(text, close + 1, raw.cend, _SPACE)
    second = Raw(
        rest, raw.end, rest, raw.cend, "direct", cue, np, mode, "direct:incise", raw.sentence, -1, raw.closed
    )
    return [first, second]
