"""Reported speech attributed by an *as*-clause: ``Wie die Polizei mitteilte, wurde niemand
verletzt.``, ``Niemand wurde verletzt, wie die Polizei mitteilte.``, ``Como explicó el alcalde,
las obras terminarán en mayo.``, ``Comme l’a indiqué le parquet, …``, ``Come ha spiegato X, …``.

The clause opens with one of the tables' :attr:`~newsparse.lang.LanguageTables.as_clause_openers`
and holds a speech verb (a cue of the tables, a filler, or one of the
:attr:`~newsparse.lang.LanguageTables.as_clause_verbs`, such as German verb-final ``mitteilte``)
and the source: after the verb in the Romance languages, before it in German. Fronted, it runs
to the comma that opens what was said; at the end of a sentence, what was said is the clause
before it. Both are read within one sentence, a few words at most.
"""

from __future__ import annotations

from newsparse.rules.quotes.languages.cues import Context
from newsparse.rules.quotes.languages.phrases import phrase_after
from newsparse.rules.quotes.languages.text import back_over_space, clause_end, skip_chars, words_in
from newsparse.rules.quotes.phrases import NP
from newsparse.rules.quotes.state import Raw

_SPACE = " \t\u00a0\u202f"
_MAX_WORDS = 8  # "wie ein Sprecher des Innenministeriums am Montag mitteilte"
_REACH = 110  # characters from the opener to the comma of a fronted clause


def as_clause(cx: Context, cs: int, ce: int, ss: int, se: int) -> Raw | None:
    """The reported speech an as-clause opened at ``[cs, ce)`` attributes, or None."""
    text = cx.text
    send = clause_end(text, ss, se)
    fronted = cs - ss <= 1
    bend = back_over_space(text, ss, cs)
    if fronted:
        stop = text.find(",", ce, min(send, ce + _REACH))
        if stop < 0:
            return None
    elif text[bend - 1 : bend] == "," and bend - 1 - ss >= 12:
        stop = send  # "…, wie die Polizei mitteilte."
    else:
        return None
    np = _source(cx, ce, stop)
    if np is None:
        return None
    if fronted:
        cstart, cend = skip_chars(text, stop + 1, send, _SPACE), send
    else:
        cstart, cend = ss, back_over_space(text, ss, bend - 1)
    if cend - cstart < 8 or len(text[cstart : cstart + 40].split()) < 2 or cx.quoted(cstart):
        return None
    start, end = min(ss, cstart), max(cend, stop)
    return Raw(start, end, cstart, cend, "indirect", (cs, ce), np, "np", "indirect:as", ss)


def _source(cx: Context, ce: int, stop: int) -> NP | None:
    """The source inside the clause ``[ce, stop)``: the words after its verbs (``como explicó el
    alcalde``) or before them (``wie die Polizei mitteilte``)."""
    words = words_in(cx.text, ce, stop)
    if not 2 <= len(words) <= _MAX_WORDS or any(c in cx.text[ce:stop] for c in '.;:!?«»“”„"'):
        return None
    verb = [i for i, (_, _, w) in enumerate(words) if _verb(cx, w.lower()) or w.lower() in _AUXILIARIES]
    if not any(_verb(cx, words[i][2].lower()) for i in verb):
        return None  # "wie der Reporter herangekommen ist": an auxiliary alone says nothing
    if verb[0] == 0 and verb[-1] + 1 < len(words):
        # Romance order: the verbs, then the source ("ha spiegato il ministro", "l’a indiqué X")
        if verb != list(range(len(verb))):
            return None
        return phrase_after(cx.text, words[verb[-1] + 1][0], stop, cx.lc)
    if verb[-1] == len(words) - 1 and verb[0] > 0:
        # German order: the source, then the verbs ("die Polizei am Montag mitteilte")
        np = phrase_after(cx.text, words[0][0], words[verb[0]][0], cx.lc)
        return np if np is not None and np.kind != "pron" else None
    return None


def _verb(cx: Context, low: str) -> bool:
    """Whether ``low`` is a speech verb form (a cue, a filler or an as-clause verb of the tables)."""
    lc = cx.lc
    return low not in _AUXILIARIES and (low in lc.kinds or low in lc.fillers or low in lc.as_verbs)


# Auxiliaries and clitics an as-clause's verb group may hold ("wie X mitgeteilt hat", "como lo
# ha explicado", "comme l'a indiqué"): part of the verb group, but no speech by themselves.
_AUXILIARIES = frozenset(
    {
        "hat", "hatte", "haben", "hatten", "ist", "war", "worden", "wurde", "ha", "han", "había",
        "hemos", "tem", "tinha", "havia", "já", "a", "ont", "avait", "l", "l'", "l’", "lo", "hanno",
        "aveva", "è", "stato", "stata",
    }
)  # fmt: skip
