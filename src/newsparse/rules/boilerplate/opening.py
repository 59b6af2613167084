"""Short label lines between the headline and the story's first paragraph.

Above a story, scrapes keep what the page printed around its headline: a section or place label
(``Singapore``, ``Miradas``), a kicker (``Crítica y polémica``), a caption cut short (``Un
autobus scolaire.``), the wrapped end of a related headline (``at work'``). None of those is
story, and none is long: a line of one to three words there is furniture, unless it reads as the
writer's byline or a credit (``Jane Roe``, ``Por Agencia EFE``, ``Reuters``, ``Redacción``),
which the bylines rule takes, holds a digit or opens with a timestamp label (the timestamps
rule's), or is written in a script with no capitals (a name there cannot be told from a label).

The first line that could be the headline (four words or more, or the first line at all) is
never taken: the headline rule runs later and reads it. Only the lines above the first story
paragraph are visited, a few at most.
"""

from __future__ import annotations

import regex

from newsparse.rules.boilerplate.closing import headline_line
from newsparse.rules.boilerplate.runs import label_key
from newsparse.rules.furniture.writer_lines import writer_line

__all__ = ["opening_headlines", "opening_labels", "repeated_headline"]

Segments = list[tuple[int, int, int]]
Found = dict[tuple[int, int], str]

_LOOK = 10  # segments looked at from the top
_LABEL_WORDS = 3  # a label is one to three words
_LABEL_CHARS = 30
_HEADLINE_WORDS = 4  # the headline: the first line with this many words at least
_PROSE_CHARS = 120  # a line this long is the story's first paragraph (or its standfirst)
_SENTENCE_WORDS = 8  # so is a sentence of this many words
_ENDS = (".", "!", "?", "।")
_CLOSERS = "\"”’')»]"
# Words of a photo credit, in the built-in languages (``(Photo: …)``, ``(Foto: …)``, ``Bild: …``).
_CREDIT_MARKS = ("photo", "foto", "bild:", "image:", "picture:", "credit", "crédit")
# Words that open a byline in the built-in languages (``By``, ``Por``, ``Par``, ``Von`` …).
_BYLINE_OPENERS = frozenset(
    (
        "by", "por", "par", "von", "di", "da", "de", "door", "av", "od", "staff", "desk", "redacción",
        "redação", "redazione", "redaktion", "rédaction", "agencias", "agences", "agenturen",
        "agenzie", "agencies", "agência", "agencia",
    )
)  # fmt: skip


def _credited(line: str) -> bool:
    """Whether a sentence carries a photo credit (``… en el Congreso (Foto: Natacha Pisarenko).``):
    a caption above the story, not its first paragraph."""
    if "(" not in line and ":" not in line:
        return False
    low = line.lower()
    return any(mark in low for mark in _CREDIT_MARKS)


def _stamp_label(line: str, labels: tuple[str, ...]) -> bool:
    """Whether ``line`` opens with a timestamp label (``- -Aktualisiert am``, ``Publié le``)."""
    return bool(labels) and line.lstrip("-–—•* \t\u00a0").lower().startswith(labels)


def _is_label(text: str, s: int, e: int, credit: regex.Pattern[str]) -> bool:
    """Whether ``text[s:e]`` is a short label line (see the module's docstring)."""
    if e - s > _LABEL_CHARS:
        return False
    line = text[s:e]
    words = line.split()
    letter = next((ch for ch in line if ch.isalpha()), "")
    if not (letter.isupper() or letter.islower()):
        return False  # a script with no case (Devanagari): a name cannot be told from a label
    if not words or len(words) > _LABEL_WORDS or any(ch.isdigit() for ch in line) or "@" in line:
        return False
    if words[0].lower().strip(":.,") in _BYLINE_OPENERS or credit.match(line) is not None:
        return False
    if len(words) > 1 and all(w[:1].isupper() for w in words):
        return False  # ``Jane Roe``, ``Staff Reporter``, ``New Delhi``: a byline or a place line
    return writer_line(text, s, e, body_seen=False, contacts=False) is None


def _place_like(text: str, s: int, e: int) -> bool:
    """Whether a one-word line is shaped like a dateline's place (``WASHINGTON``, ``Singapore``,
    ``Köln -``): a capitalised word, a dash, colon or comma after it at most."""
    words = text[s:e].rstrip(" \t\u00a0-–—:,").split()
    return len(words) == 1 and words[0][:1].isupper() and words[0].isalpha()


def opening_labels(
    text: str,
    segments: Segments,
    found: Found,
    credit: regex.Pattern[str],
    kickers: frozenset[str] = frozenset(),
    stamp_labels: tuple[str, ...] = (),
) -> None:
    """Label lines of one to three words between the presumed headline and the first story
    paragraph (a line of :data:`_PROSE_CHARS` characters or more, or a sentence of eight words or
    more): kind ``"other"``. Above the headline, only a kicker of the language's table alone on
    its line (``Opinion``, ``LIVE``; ``kickers`` as :func:`~newsparse.rules.boilerplate.runs.label_key`
    gives them) is taken: a short line there may be the headline itself. A line opening with a
    timestamp label (``stamp_labels``, lower case: ``aktualisiert``, ``publié le``) is the
    timestamps rule's, even with its date lost."""
    head: int | None = None
    last_label: tuple[int, int] | None = None
    for n, (_, s, e) in enumerate(segments[:_LOOK]):
        if e - s >= _PROSE_CHARS or (
            text.count(" ", s, e) + 1 >= _SENTENCE_WORDS
            and text[s:e].rstrip(_CLOSERS).endswith(_ENDS)
            and not _credited(text[s:e])
        ):
            if (
                last_label is not None
                and last_label == segments[n - 1][1:]
                and _place_like(text, *last_label)
            ):
                del found[last_label]  # ``WASHINGTON`` right above the lede: its dateline
            return  # the story's first paragraph (or its standfirst)
        if (s, e) in found:
            continue
        if head is None:
            if text.count(" ", s, e) + 1 >= _HEADLINE_WORDS or n == len(segments) - 1:
                head = n  # the headline: left for the headline rule
            elif kickers and e - s <= _LABEL_CHARS and label_key(text[s:e]) in kickers:
                found[(s, e)] = "other"
            continue
        if _is_label(text, s, e, credit) and not _stamp_label(text[s:e], stamp_labels):
            found[(s, e)] = "other"
            last_label = (s, e)


_RAIL_MIN = 2  # other stories' headlines in a row under the page's own, at least


def opening_headlines(text: str, segments: Segments, found: Found, credit: regex.Pattern[str]) -> None:
    """Other stories' headlines listed under the page's own, above the story's first paragraph
    (a rail the scrape kept: ``Jonas Brothers Added to Awards Lineup`` / ``Ciara to Host the
    Awards``): kind ``"related_links"``, one run.

    The first headline-shaped line is the page's headline (the headline rule's) and is never
    taken; a standfirst under it is one line, so two headline lines at least must follow it,
    none of them a byline, a credit, a date or a writer's line
    (:func:`~newsparse.rules.boilerplate.closing.headline_line`), with the story's first
    paragraph right under them."""
    head: int | None = None
    run: list[tuple[int, int]] = []
    for n, (_, s, e) in enumerate(segments[:_LOOK]):
        if (s, e) in found:
            if run:
                return  # a footer line inside the list: not a plain rail
            continue
        is_head = headline_line(text, s, e, credit)
        if head is None:
            if is_head:
                head = n
            elif _prose(text, s, e):
                return  # the story starts before any headline
            continue
        if is_head:
            run.append((s, e))
            continue
        if len(run) >= _RAIL_MIN and _prose(text, s, e):
            if any(writer_line(text, rs, rend, body_seen=False, contacts=False) for rs, rend in run):
                return  # a writer's line among them: the bylines rule's block
            for key in run:
                found[key] = "related_links"
        return


def _prose(text: str, s: int, e: int) -> bool:
    """Whether ``text[s:e]`` is a story paragraph (long, or a sentence of eight words or more)."""
    return e - s >= _PROSE_CHARS or (
        text.count(" ", s, e) + 1 >= _SENTENCE_WORDS and text[s:e].rstrip(_CLOSERS).endswith(_ENDS)
    )


_REPEAT_LOOK = 6  # segments looked at from the top for a copy of the headline
_REPEAT_OF = 3  # the headline is among the first lines


def repeated_headline(text: str, segments: Segments, found: Found) -> None:
    """A copy of the headline right under a footer line near the top (``Schools safe amid
    surge`` / ``Posted on`` / ``Schools safe amid surge``: the page printed its title twice) joins
    that footer line, as one item. Alone, a copy is left: the evaluation would locate its text
    at the headline's own line."""
    top = segments[:_REPEAT_LOOK]
    for n in range(1, len(top)):
        _, s, e = top[n]
        above = top[n - 1][1:]
        if (s, e) in found or above not in found:
            continue
        line = text[s:e]
        if not 3 <= len(line.split()) <= 20 or e - s > 160 or line.rstrip(_CLOSERS).endswith(_ENDS):
            continue  # a headline: a few words, no sentence end (a repeated paragraph is no title)
        if any(text[ks:ke] == line for _, ks, ke in top[: min(n - 1, _REPEAT_OF)]):
            found[(s, e)] = found[above]
