"""A player's browser notice glued to the end of a paragraph.

Where a page embedded a video or a frame, the scraper keeps the player's fallback text, and it
often lands at the end of the paragraph that introduced the clip (``… the interview circulating
online: Your browser does not support the iframe tag``). The whole-line tables take the notice
on a line of its own; here one scan of the text (in C) finds it at a line's end, in the
languages of the tables, and the notice from its first word to the line's end is a footer.
The scan runs only when the text holds one of the notice's words.

>>> text = "The clip shows the mayor at the opening: Your browser does not support the video tag.\\nMore."
>>> found: dict[tuple[int, int], str] = {}
>>> glued_notices(text, found)
>>> [text[s:e] for s, e in found]
['Your browser does not support the video tag.']
"""

from __future__ import annotations

import re

from newsparse.text.lazy import deferred_re

__all__ = ["glued_link_stubs", "glued_notices"]

# The literal words a notice holds (a text with none of them is not scanned).
_GATES = ("browser", "Browser", "navigateur", "navegador")
# "Your browser does not support / cannot play …" in English, Italian, German, French, Spanish
# and Portuguese, up to the line's end (bounded: at most 120 characters after the verb).
_NOTICE = deferred_re(
    r"(?:(?<=[.:!?;\u2026\u00bb\u201d\"')\]] )|(?<=[.:!?;\u2026\u00bb\u201d\"')\]]))"
    r"(?:(?i:your)\s+browser\s+(?:does\s+not|doesn['\u2019]t|cannot|can['\u2019]t)\s+(?:support|play|display)"
    r"|(?i:il\s+tuo)\s+browser\s+non\s+(?:supporta|può)"
    r"|(?i:ihr)\s+Browser\s+(?:unterstützt|kann)\s+(?:kein|keine|nicht|das|dieses|diese)"
    r"|(?i:votre)\s+navigateur\s+ne\s+(?:supporte|prend|peut)"
    r"|(?i:tu)\s+navegador\s+no\s+(?:soporta|admite|es\s+compatible|puede)"
    r"|(?i:o\s+seu|seu)\s+navegador\s+n[ãa]o\s+(?:suporta|é\s+compatível|pode))"
    r"[^\n]{0,120}$",
    re.MULTILINE,
)


def glued_notices(text: str, found: dict[tuple[int, int], str]) -> None:
    """Take a player's browser notice glued to the end of a line."""
    if not any(word in text for word in _GATES):
        return
    for m in _NOTICE.finditer(text):
        s, e = m.start(), m.end()
        while e > s and text[e - 1] in " \t\r\u00a0":
            e -= 1
        if not any(fs <= s < fe for fs, fe in found):
            found[(s, e)] = "other"


# "Read more here." with its link lost, glued after the last sentence of a paragraph (#9, #11):
# the words of the stub, each a literal looked for first (a text with none is not scanned).
_STUB_GATES = (
    "hier mehr", "Read more here", "read more here", "to read more", "Lire la suite", "Leer más aquí",
    "Leia mais aqui",
)  # fmt: skip
_STUB = deferred_re(
    r"(?<=[.!?\u2026\u00bb\u201d\")] )"
    r"(?:Lesen\s+Sie\s+hier\s+mehr|Hier\s+(?:lesen\s+Sie\s+)?mehr|Mehr\s+dazu\s+hier"
    r"|Click\s+here\s+to\s+read\s+more|[Rr]ead\s+more\s+here|Lire\s+la\s+suite"
    r"|Leer\s+más\s+aquí|Leia\s+mais\s+aqui)"
    r"[ \t]?[.:!…]?[ \t]*$",
    re.MULTILINE,
)


def glued_link_stubs(text: str, found: dict[tuple[int, int], str]) -> None:
    """Take a "read more here" stub whose link the scrape lost, glued to a paragraph's end.

    >>> text = "The series starts on Monday. Read more here.\\nThe first film is out."
    >>> found: dict[tuple[int, int], str] = {}
    >>> glued_link_stubs(text, found)
    >>> [text[s:e] for s, e in found]
    ['Read more here.']
    """
    if not any(word in text for word in _STUB_GATES):
        return
    for m in _STUB.finditer(text):
        s, e = m.start(), m.end()
        while e > s and text[e - 1] in " \t\r\u00a0":
            e -= 1
        if not any(fs <= s < fe for fs, fe in found):
            found[(s, e)] = "other"
