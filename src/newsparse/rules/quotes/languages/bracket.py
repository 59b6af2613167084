"""German's verb bracket after a quotation: ``„…“, führt Kastner aus.``, ``„…“, teilte der
Sprecher weiter mit.``, ``„…“, ließ der Sender wissen.`` The finite verb stands right after the
comma, its subject follows, and the separable particle (or infinitive) closes the clause: no
contiguous cue of the tables matches, so the pair is read here, gated by one dictionary lookup of
the word after the quotation's comma."""

from __future__ import annotations

from newsparse.rules.quotes.languages.cues import Context
from newsparse.rules.quotes.languages.text import skip_chars, words_in
from newsparse.rules.quotes.state import Raw

# per language: a finite speech verb whose particle closes the clause -> that particle. Only
# verbs whose contiguous form ("teilte mit") is a cue elsewhere; the particle must follow the
# subject within the clause, so "führte zu Protesten" or "gab es" never report.
BRACKET_CUES: dict[str, dict[str, str]] = {
    "de": {
        "führt": "aus", "führte": "aus", "führten": "aus",
        "teilt": "mit", "teilte": "mit", "teilten": "mit",
        "lässt": "wissen", "ließ": "wissen", "ließen": "wissen",
        "gibt": "zu", "gab": "zu",
        "stellt": "klar", "stellte": "klar",
        "hebt": "hervor", "hob": "hervor",
        "fährt": "fort", "fuhr": "fort",
        "schränkt": "ein", "schränkte": "ein",
        "wirft": "ein", "warf": "ein",
    },
}  # fmt: skip

_BRACKET_WORDS = 9  # verb, subject and particle: a clause this short closes the bracket
_SPACES = " \t\u00a0\u202f"


def bracket_clause(cx: Context, raw: Raw, se: int) -> tuple[int, int, int] | None:
    """``„…“, führt Dr. Kastner weiter aus.``: a quotation, a comma, a finite verb of
    :data:`BRACKET_CUES` and its particle closing the clause a few words on; the verb's span and
    where the particle starts (the subject stands between them), else None."""
    brackets = BRACKET_CUES.get(cx.lc.code)
    if not brackets:
        return None
    text = cx.text
    comma = skip_chars(text, raw.end, min(se, raw.end + 3), _SPACES)
    if text[comma : comma + 1] != ",":
        return None
    words = words_in(text, comma + 1, min(se, comma + 1 + 160))[:_BRACKET_WORDS]
    if len(words) < 3 or text[comma + 1 : words[0][0]].strip(_SPACES):
        return None
    particle = brackets.get(words[0][2])
    if particle is None:
        return None
    close = next((k for k in range(2, len(words)) if words[k][2] == particle), None)
    if close is None or any(c in text[words[0][1] : words[close][0]] for c in ",;:.!?"):
        return None  # "…“, teilte er, und …": no particle closes this clause
    after = text[words[close][1] : words[close][1] + 2].lstrip(_SPACES)[:1]
    if after and after not in ".,;!?\n":
        return None  # "…“, gab es zu bedenken …": the particle must end the clause
    return words[0][0], words[0][1], words[close][0]
