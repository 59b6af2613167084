"""Lists of links, each led by an upper-case label (issue #9, seventh round).

A desk's promo box under a running story lists its guides as bullets, each a capitalised label
and a link title: ``- QUICK GUIDE: How do I protect myself?``, ``- VIDEO: The 20-second hand
wash``. A story's own bullet points are sentences, or short facts led by a word in normal case.
:func:`labelled_links` takes a run of three such bullets or more as one footer.

The segments are visited only when a literal scan of the text finds a line opening with a
bullet; the pattern is compiled on first use.
"""

from __future__ import annotations

from newsparse.text.lazy import deferred_regex

__all__ = ["labelled_links"]

Segments = list[tuple[int, int, int]]
Found = dict[tuple[int, int], str]

_BULLETS = "-•–*"
_MIN_RUN = 3  # bullets in a row, at least: a box of guides, not a story's label or two
_MAX_ITEM = 100  # the longest bullet (a label and a link title)

# A bullet, a label of capitals (two letters or more, words joined by blanks, hyphens or
# apostrophes), a colon, then a link title that ends with no full stop.
_LABELLED = deferred_regex(
    r"[-•–*][ \t\u00a0]{1,3}(?-i:\p{Lu}[\p{Lu}\d'’-]{1,15}(?:[ \t\u00a0][\p{Lu}\d'’-]{1,15}){0,3})"
    r"[ \t\u00a0]{0,2}:[ \t\u00a0]{1,3}\S[^\n]{0,90}(?<![.;,])"
)


# Literal scans of the text in C: a line opening with a bullet and a blank. A text holding none
# (most texts) costs no Python loop over its lines and no compilation.
_OPENINGS = tuple(f"\n{bullet} " for bullet in _BULLETS)


def _has_bullets(text: str) -> bool:
    """Whether some line of ``text`` may open with a bullet and a blank."""
    return text[:1] in _BULLETS or any(opening in text for opening in _OPENINGS)


def _labelled(text: str, s: int, e: int) -> bool:
    """Whether the segment is a bullet led by an upper-case label and a colon."""
    return text[s] in _BULLETS and e - s <= _MAX_ITEM and _LABELLED.fullmatch(text, s, e) is not None


def labelled_links(text: str, segments: Segments, found: Found) -> None:
    """Take each run of :data:`_MIN_RUN` or more bullets led by upper-case labels."""
    if not _has_bullets(text):
        return
    run: list[tuple[int, int]] = []
    for _, s, e in [*segments, (-1, 0, 0)]:
        if e > s and _labelled(text, s, e):
            run.append((s, e))
            continue
        if len(run) >= _MIN_RUN:
            for key in run:
                found.setdefault(key, "other")
        run = []
