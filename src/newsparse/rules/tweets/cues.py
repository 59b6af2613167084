"""Cues of where a post ends: lead-ins above it, the article's own sentences, post-like lines.

Each is a test on one line or sentence of text, so the stages that walk up from a signature
(:mod:`~newsparse.rules.tweets.inline`, :mod:`~newsparse.rules.tweets.above`) share them.
"""

from __future__ import annotations

import functools

import regex

from newsparse.rules.tweets import patterns as tp

# A rule's lead-in cues, compiled: those anchored at the line's end ("…tweeted:") and the others.
LeadIns = tuple[regex.Pattern[str] | None, regex.Pattern[str] | None]
# How much of a line's end a cue anchored there is looked for in: a search over a whole long
# paragraph tries every alternative at every position (~0.3 ms per 1,000 characters).
_LEAD_IN_TAIL = 300


@functools.lru_cache(maxsize=32)
def compile_lead_ins(cues: tuple[str, ...]) -> LeadIns:
    """Return a rule's lead-in cues compiled into two patterns (see :data:`LeadIns`)."""
    ends = tuple(c for c in cues if c.endswith("$") and not c.endswith("\\$"))
    others = tuple(c for c in cues if c not in ends)

    def join(group: tuple[str, ...], flags: str = "") -> regex.Pattern[str] | None:
        return regex.compile(flags + "|".join(f"(?:{c})" for c in group), regex.IGNORECASE) if group else None

    # Matched backwards ("(?r)"): a cue anchored at the end fails at once at every other place,
    # where a forward search tries every alternative (3.5x faster on the corpus, same lines).
    return join(ends, "(?r)"), join(others)


def lead_in_cue(lead_re: LeadIns, line: str) -> bool:
    """Whether ``line`` holds a lead-in cue; a cue anchored at the end is looked for near it."""
    ends, others = lead_re
    # ``search(line, pos)`` still sees the characters before ``pos`` for ``\b`` and lookbehinds.
    if ends is not None and ends.search(line, max(0, len(line) - _LEAD_IN_TAIL)):
        return True
    return others is not None and others.search(line) is not None


# The longest line read as a pointer to the post below ("Take a look", "Here is the tweet").
_POINTER_CHARS = 80


def is_lead_in(lead_re: LeadIns, line: str) -> bool:
    """Whether ``line`` introduces a post: a lead-in cue and no mark of a post, or a sentence
    about the post ending in a colon (``Here's what @RailMin tweeted:``), marks or not."""
    if lead_in_cue(lead_re, line) and not tp.POST_MARKS.search(line):
        return True
    if len(line) <= _POINTER_CHARS and tp.POINTER_LEAD_IN.search(line) and not tp.POST_MARKS.search(line):
        return True
    # The strong form ends in a colon: a cheap test first spares the search on other lines.
    return line.rstrip().endswith((":", "：")) and tp.STRONG_LEAD_IN.search(line) is not None


# Words that end the names of organisations, not people: their posts name themselves.
_ORG_WORDS_TEXT = """News Police Office Official Live Daily Times Post Minister Ministry Government
    Department City Council Club Team India Updates Media Network Agency Service Services Authority Airport
    Rail Transport Radio Channel Press Group Party Union Foundation University School"""
_ORG_WORDS = frozenset(_ORG_WORDS_TEXT.split())


def surname_of(author: str | None) -> str | None:
    """The surname of a person's display name (``Tom Hale`` → ``Hale``), or None for other names.

    An article sentence naming the author in the third person is not the author's post.
    """
    if not author:
        return None
    # Emoji, flags and marks beside the name are decoration ("Pawan Khera 🇮🇳",
    # "Priyanka Chaturvedi🇮🇳", "Atul Keshap??"): the name is in the letters.
    words = [w for w in (_letters_only(w) for w in author.split()) if w]
    if not 2 <= len(words) <= 4 or not all(w[:1].isupper() and w.isalpha() for w in words):
        return None
    last = words[-1]
    return last if len(last) >= 4 and last not in _ORG_WORDS else None


def _letters_only(word: str) -> str:
    """``word`` without the characters that are not letters at either end (``Khera🇮🇳`` → ``Khera``)."""
    start, end = 0, len(word)
    while start < end and not word[start].isalpha():
        start += 1
    while end > start and not word[end - 1].isalpha():
        end -= 1
    return word[start:end]


def names(line: str, surname: str | None) -> bool:
    """Whether ``line`` names the person ``surname`` (a whole word)."""
    if surname is None:
        return False
    pos = line.find(surname)
    while pos >= 0:
        end = pos + len(surname)
        if (pos == 0 or not line[pos - 1].isalnum()) and (end >= len(line) or not line[end].isalnum()):
            return True
        pos = line.find(surname, end)
    return False


def quotation_closes(text: str, start: int, end: int) -> bool:
    """Whether a quotation opened just before ``start`` closes before ``end`` (the sentence's end)."""
    return text.find("”", start, end) >= 0 or text.find('"', start, end) >= 0


def closes_post(sentence: str, lead_re: LeadIns | None = None) -> bool:
    """Whether an article sentence above a post closes it: reporting words, no post marks."""
    if tp.OTHER_EMBED.search(sentence):
        return True  # another platform's embed: the post starts after it
    if tp.POST_MARKS.search(sentence):
        return False
    if tp.ARTICLE_PROSE.search(sentence) is not None or tp.CLOCK_START.match(sentence) is not None:
        return True
    if lead_re is not None and lead_in_cue(lead_re, sentence.rstrip()):
        return True  # a lead-in sentence, in any language of the cues ("Le ministre a réagi sur X.")
    # "Several users shared videos of the flooding.": a third-person sentence about posting.
    return tp.ABOUT_POSTING.search(sentence) is not None and tp.FIRST_PERSON.search(sentence) is None


def post_score(line: str, body: str) -> int:
    """Return how much ``line`` (just above ``body``) looks like part of the post.

    Positive: marks of a post, a body that continues the line mid-sentence, no closing
    full stop, the first person. Negative: reporting verbs, a thread's first post
    below, a very long line. A line is taken at 1 or more.
    """
    score = 0
    if tp.POST_MARKS.search(line):
        score += 2
    if tp.CONTINUATION.match(body):
        score += 1
    if tp.THREAD_START.match(body):
        score -= 3
    if not line.endswith((".", "!", "?", '"', "”", "’", "'", ")")):
        score += 1
    if line.endswith(("!", "¡")):  # article prose seldom exclaims outside quotes
        score += 1
    if tp.FIRST_PERSON.search(line):
        score += 1
    if tp.REPORTING.search(line):
        score -= 2
    if len(line) > 180:
        score -= 1
    return score
