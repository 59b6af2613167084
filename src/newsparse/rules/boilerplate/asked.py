"""A plug that opens with a question to the reader, standing above another plug.

A page's promo block often leads with a short question and answers it with a call to action
(``Have a smart speaker? Now you can hear our briefing each morning. Just ask for …``, ``Looking
for more recipes? Stay tuned for our weekly guide!``), and the plug the tables know follows on
the next line (``You can also subscribe to this newsletter here``). The question line names no
promo noun the tables would need, so it is taken for its place and its shape together: right
above a plug, a short question first (``_QUESTION_WORDS`` words at most, a capital first), then
words that address the reader or tell them what to do; no quotation in the question (a
story's quoted question stays story; the call to action may quote a title) nor address
(``Is your company doing something new? Contact: jo@…`` is a contact line about the writer,
a byline).

>>> text = "The shop opens in May.\\nWant more deals? Stay tuned for our guide!\\nSign up to our newsletter"
>>> found = {(text.index("Sign"), len(text)): "newsletter"}
>>> segs = [(0, 0, 22), (1, 23, text.index("Sign") - 1), (2, text.index("Sign"), len(text))]
>>> question_leads(text, segs, found, prose.ENGLISH)
>>> [text[s:e] for s, e in sorted(found)]
['Want more deals? Stay tuned for our guide!', 'Sign up to our newsletter']
"""

from __future__ import annotations

import bisect

from newsparse.text import prose

__all__ = ["question_leads"]

# The plugs a question line may lead (a related-links list or a caption is led by no question).
_PLUGS = frozenset(("app_promo", "newsletter", "social_follow", "share"))
# The longest opening question: a promo asks in a few words (``Have an Alexa device?``).
_QUESTION_WORDS = 8
# The longest question line: a plug's sentence or three, not a paragraph.
_LINE_MAX = 300
# Quotation marks: a quoted question is a source's, in the story.
_QUOTES = '"\u201c\u201d\u00ab\u00bb\u201e'


def _asks_reader(text: str, s: int, e: int, words: prose.ProseWords) -> bool:
    """Whether ``text[s:e]`` opens with a short question and goes on to address the reader."""
    if e - s > _LINE_MAX or not text[s].isupper():
        return False
    q = text.find("?", s, min(e, s + 80))
    if q < 0 or len(text[s:q].split()) > _QUESTION_WORDS:
        return False
    if "@" in text[s:e] or any(ch in text[s:q] for ch in _QUOTES):
        return False  # a contact line about the writer (a byline), or a quoted question
    rest = {w.strip(".,;:!?\u2014-").lower() for w in text[q + 1 : e].split()}
    return bool(rest & (words.second_person | words.cta_verbs)) or q + 1 >= e - 1


def question_leads(
    text: str,
    segments: list[tuple[int, int, int]],
    found: dict[tuple[int, int], str],
    words: prose.ProseWords,
) -> None:
    """Take the question line right above a plug as part of that plug."""
    plugs = [(s, e, k) for (s, e), k in found.items() if k in _PLUGS]
    if not plugs or "?" not in text:
        return
    for s, _, kind in plugs:
        n = bisect.bisect_left(segments, s, key=lambda seg: seg[1])
        if n == 0 or n >= len(segments) or segments[n][1] != s:
            continue
        _, ps, pe = segments[n - 1]
        if (ps, pe) not in found and text[pe:s].count("\n") <= 2 and _asks_reader(text, ps, pe, words):
            found[(ps, pe)] = kind
