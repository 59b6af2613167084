"""The stamps of a live log: minute marks of a match ticker, clock times of a live blog.

A live page (a football match followed minute by minute, an agency's rolling updates) puts each
entry under a stamp on its own line: ``88'``, ``45'+2'``, ``96'Fin du match``, ``4:14 p.m.``. The
entries are the story; the stamps are furniture, as a standalone timestamp is, and so are the
ticker's own lines between them: the substitutions (``Sortie de …`` / ``Entrée de`` and the
player's name on the next line) and the row of every event's minute (``95'88'81'74'``).

A minute mark counts only on a page with several of them (``_MIN_STAMPS``): a lone ``45'`` may
be a story's own line. A clock time with its ``a.m.``/``p.m.`` alone on a line is a stamp even
once (no sentence is a bare time). Stamp lines and the ticker lines next to them are footers;
a run of them with nothing else between is one item (the rule's run merging joins them).

>>> text = "Kick-off.\\n12'\\nA shot wide.\\n30'\\nSubstitution\\nJo Bloggs\\n41'\\nA header saved."
>>> found: dict[tuple[int, int], str] = {}
>>> live_stamps(text, _segments(text), found)
>>> [text[s:e] for s, e in sorted(found)]
["12'", "30'", 'Substitution', 'Jo Bloggs', "41'"]
"""

from __future__ import annotations

from newsparse.text.lazy import deferred_re

__all__ = ["live_stamps"]

# A live log has three stamp lines at least; fewer are a story's own subheadings.
_MIN_STAMPS = 3
# A substitution's player name on the line under its label: a name, not a sentence.
_NAME_MAX = 40

# A minute mark (``88'``, ``45'+2'``, ``90+3'``), a row of them, or one mark with the ticker's
# short phase label glued to it (``96'Fin du match``, ``45'2éme période``). Bounded repeats only.
_MINUTE = deferred_re(
    r"(?:\d{1,3}(?:\+\d{1,2})?['\u2019\u2032](?:\+\d{1,2}['\u2019\u2032])?[ \t]*){1,40}"
    r"|\d{1,3}['\u2019\u2032][ \t]*[^\W_][^.!?\n]{0,24}"
)
# A clock time alone on its line, as rolling updates stamp their entries: ``4:14 p.m.``,
# ``10 a.m. EDT`` (a stamp even alone: no sentence is a bare time with its meridiem).
_MERIDIEM = deferred_re(r"\d{1,2}(?:[:.]\d{2})?[ \t]?[ap]\.?[ \t]?m\.?(?:[ \t]+[A-Z]{2,4})?")
# The label of a substitution line in a match ticker, in the languages of the tables; the
# player's name follows on the line or on the next one. (Lower-cased, accents as written and
# as scrapes drop them.)
SUBSTITUTION_LABELS: tuple[str, ...] = (
    "substitution",
    "sub on",
    "sub off",
    "entrée de",
    "entree de",
    "sortie de",
    "remplacement",
    "einwechslung",
    "auswechslung",
    "eingewechselt",
    "ausgewechselt",
    "entra",
    "sale",
    "esce",
    "sai",
    "sostituzione",
    "cambio",
    "substituição",
    "substituicao",
)
_SUBSTITUTION = deferred_re(
    r"(?i:" + "|".join(sorted(SUBSTITUTION_LABELS, key=len, reverse=True)) + r")(?:[ \t:]+[^.!?\n]{1,40})?"
)


def _stamp(text: str, s: int, e: int) -> bool:
    """Whether the segment is a minute mark (or a row of them), whole."""
    return text[s].isdigit() and _MINUTE.fullmatch(text, s, e) is not None


def _meridiem(text: str, s: int, e: int) -> bool:
    """Whether the segment is a clock time with ``a.m.``/``p.m.``, whole."""
    return e - s <= 20 and text[s].isdigit() and _MERIDIEM.fullmatch(text, s, e) is not None


def _substitution(text: str, s: int, e: int) -> bool:
    """Whether the segment is a ticker's substitution line (its label, maybe the name)."""
    return e - s <= _NAME_MAX + 20 and _SUBSTITUTION.fullmatch(text, s, e) is not None


def _name(text: str, s: int, e: int) -> bool:
    """Whether the segment is a player's name under a bare substitution label."""
    if e - s > _NAME_MAX or not text[s].isupper():
        return False
    return not any(ch in ".!?:" for ch in text[s : e - 1]) and len(text[s:e].split()) <= 5


def _gated(text: str) -> bool:
    """Cheap literal checks: a ticker's minute marks or a live blog's clock times are there."""
    return text.count("'\n") + text.count("\u2019\n") >= _MIN_STAMPS or ".m.\n" in text


def live_stamps(text: str, segments: list[tuple[int, int, int]], found: dict[tuple[int, int], str]) -> None:
    """Take the stamp lines of a live log, and the ticker's substitution lines beside them."""
    if not _gated(text):
        return
    free = [(n, s, e) for n, (_, s, e) in enumerate(segments) if (s, e) not in found and e - s <= 200]
    if ".m." in text:
        for _, s, e in free:
            if _meridiem(text, s, e):
                found[(s, e)] = "other"
    if text.count("'\n") + text.count("\u2019\n") < _MIN_STAMPS:
        return
    stamps = [n for n, s, e in free if _stamp(text, s, e)]
    if len(stamps) < _MIN_STAMPS:
        return
    for n in stamps:
        found[(segments[n][1], segments[n][2])] = "other"
    near = set(stamps)
    n = 0
    while n < len(segments):
        _, s, e = segments[n]
        beside = n - 1 in near or n + 1 in near or (n >= 2 and n - 2 in near)
        if beside and (s, e) not in found and _substitution(text, s, e):
            found[(s, e)] = "other"
            near.add(n)
            bare = not any(ch.isupper() for ch in text[s + 1 : e]) or text[e - 1] == ":"
            if bare and n + 1 < len(segments):
                _, ns, ne = segments[n + 1]
                if (ns, ne) not in found and _name(text, ns, ne):
                    found[(ns, ne)] = "other"
                    near.add(n + 1)
                    n += 1
        n += 1


def _segments(text: str) -> list[tuple[int, int, int]]:
    """The stripped non-blank lines of ``text`` as ``(index, start, end)`` (for the examples)."""
    out: list[tuple[int, int, int]] = []
    pos = 0
    for idx, line in enumerate(text.split("\n")):
        stripped = line.strip()
        if stripped:
            s = pos + line.index(stripped)
            out.append((idx, s, s + len(stripped)))
        pos += len(line) + 1
    return out
