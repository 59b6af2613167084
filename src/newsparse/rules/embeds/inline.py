"""Embed marks in the middle of a line: what one-line scrapes leave of TikTok, YouTube and Threads.

A scraper that joins a page into one line (or one line per block) glues an embed's text between
two article sentences: ``… viral. @maya.moves late again #fyp ♬ original sound - Maya Moves The
agency …``, ``… below. Mayor on the plan - YouTube The vote …``, ``… Post by @mayor.lind View on
Threads The council …``. The whole-line shapes of :mod:`~newsparse.rules.embeds.signatures` and
:mod:`~newsparse.rules.embeds.lines` cannot match there; these find the mark anywhere in the
line and bound the embed by the sentence ends around it.
"""

from __future__ import annotations

import regex

from newsparse._model import Span
from newsparse.rules.embeds import patterns as P
from newsparse.rules.embeds.scan import Scan, _clean_name

__all__ = ["instagram_lone_markers", "instagram_titles", "threads_inline", "tiktok_inline", "youtube_titles"]

# How far before a sound credit the caption's "@handle" may be (a TikTok caption is short).
_CAPTION_REACH = 600
# How far after "♬" the sound credit may run, and how many words a poster's name may have.
_SOUND_REACH = 160
_NAME_WORDS = 5
# The longest video title taken before "- YouTube".
_TITLE_REACH = 200
# Names of social platforms: a "title" of mostly these is a row of follow or share links
# ("Facebook | Twitter | Instagram | YouTube", "Síguenos: Facebook | YouTube"), no video.
_PLATFORM_WORDS = frozenset(
    (
        "facebook", "twitter", "x", "instagram", "youtube", "tiktok", "whatsapp", "telegram",
        "linkedin", "pinterest", "threads", "snapchat", "reddit", "bluesky", "mastodon", "rss",
        "email", "e", "mail", "flipboard", "google", "news", "koo", "sharechat", "dailymotion",
    )
)  # fmt: skip


def _platform_menu(title: str) -> bool:
    """Whether ``title``, or its part after a colon, is mostly names of platforms (two or
    more, at least half its words)."""
    for part in (title, title.rsplit(":", 1)[-1]):  # after a label: "Folgen Sie uns: ..."
        words = "".join(c if c.isalnum() else " " for c in part.lower()).split()
        named = sum(1 for w in words if w in _PLATFORM_WORDS)
        if named >= 2 and 2 * named >= len(words):
            return True
    return False


def _name_end(t: str, start: int, limit: int) -> int:
    """Where a display name starting at ``start`` ends: before the next sentence of the article.

    The name is at most :data:`_NAME_WORDS` words; it stops before a word that opens a sentence
    (``The``, ``She``: :data:`~newsparse.rules.embeds.patterns.SENTENCE_OPENERS`), before a
    lower-case word (prose goes on), and after a word with a sentence end.
    """
    end = start
    found = [m for _, m in zip(range(_NAME_WORDS + 1), P.WORD_RUN.finditer(t, start, limit), strict=False)]
    for k, m in enumerate(found):
        word = m.group()
        if k and (word.strip("\"'“‘(") in P.SENTENCE_OPENERS or word[:1].islower()):
            break
        # A capitalised word with a lower-case one after it opens the next sentence ("… The
        # Beatles Ferry services resumed"); a name's first word is always kept.
        if k and k + 1 < len(found) and found[k + 1].group()[:1].islower():
            break
        end = m.end()
        if k + 1 >= _NAME_WORDS or word.endswith((".", "!", "?", "…")):
            break
    return end


def tiktok_inline(scan: Scan, index: int, line: Span) -> None:
    """A TikTok sound credit (``♬ original sound - Name``) with article text after it on its line.

    The caption's ``@handle`` is the last one after a sentence end (or the line's start) within
    a caption's reach before the note; a credit with neither handle nor an ``original sound``
    label is a music note in prose, not an embed.
    """
    t = line.text
    previous = -1
    # One scan in C finds the notes followed by a credit with its " - " (a run of bare notes costs
    # no Python work); a caption never reaches back over the previous note.
    for sound in P.SOUND_CREDIT.finditer(t):
        pos = sound.start()
        _one_sound(scan, line, sound, max(previous + 1, pos - _CAPTION_REACH))
        previous = pos


def _one_sound(scan: Scan, line: Span, sound: regex.Match[str], reach: int) -> None:
    t = line.text
    pos = sound.start()
    label = P.ORIGINAL_SOUND_LABEL.match(t, sound.start("sound"))
    handle_m = None
    for m in P.CAPTION_HANDLE.finditer(t, reach, pos):
        handle_m = m  # the last "@handle" that opens a sentence before the note
    if handle_m is None and label is None:
        return
    name_start = sound.end()
    end = _name_end(t, name_start, min(len(t), name_start + _SOUND_REACH))
    if end <= name_start:
        return
    author = _clean_name(t[name_start:end]) if label is not None else None
    if handle_m is not None:
        start = handle_m.start("at")
        body = scan.body(line.start + handle_m.end(), line.start + pos)
        handle: str | None = handle_m.group("handle").rstrip(".")
    else:
        start, body, handle = pos, None, None
    scan.embed(line.start + start, line.start + end, "tiktok", body=body, author=author, handle=handle)


def youtube_titles(scan: Scan, index: int, line: Span) -> None:
    """A video's title as YouTube's page names it (``Mayor on the plan - YouTube``).

    On its own line the whole line is the title; inside a longer line the title starts after
    the last sentence end before it, and the text after ``YouTube`` must start a new sentence
    (``… - YouTube removed the clip`` is prose).
    """
    t = line.text
    for m in P.YOUTUBE_TITLE_END.finditer(t):
        after = P.NEW_SENTENCE_AFTER.match(t, m.end())
        if after is None:
            continue
        window = max(0, m.start() - _TITLE_REACH)
        stripped_start = len(t) - len(t.lstrip(" \t\xa0>"))
        if window <= stripped_start and not t[m.end() :].strip():
            start = stripped_start  # the title is the whole line (it may hold a colon)
        else:
            start = stripped_start if window <= stripped_start else -1
            for cut in P.SENTENCE_BREAK.finditer(t, max(window, stripped_start), m.start()):
                start = cut.end()  # the last sentence end before the title
        if start < 0:
            continue  # a title longer than a title can be: prose
        title = t[start : m.start()].strip()
        if len(title.split()) < 2 or _platform_menu(title):
            continue
        body = scan.body(line.start + start, line.start + m.start())
        scan.embed(line.start + start, line.start + m.end(), "youtube", body=body)


def threads_inline(scan: Scan, index: int, line: Span) -> None:
    """``Post by @handle View on Threads`` (or ``View on Mastodon``) inside a longer line."""
    for m in P.VIEW_ON_INLINE.finditer(line.text):
        handle = m.group("handle")
        platform = m.group("platform").lower()
        if handle and "@" in handle and platform == "threads":
            platform = "mastodon"
        if handle is None and not P.NEW_SENTENCE_AFTER.match(line.text, m.end()):
            continue  # "you can view on Threads the …": prose
        scan.embed(line.start + m.start(), line.start + m.end(), platform, handle=handle)


def instagram_titles(scan: Scan, index: int, line: Span, low: str) -> None:
    """Instagram page titles standing for a post: ``Name (@handle) • Instagram photos and videos``
    and ``Name on Instagram: "caption"`` (what a link preview or a scraped card leaves)."""
    t = line.text
    if "on instagram:" in low:
        for m in P.IG_POST_TITLE.finditer(t):
            body = scan.body(line.start + m.start("caption"), line.start + m.end("caption"))
            author = _clean_name(m.group("name"))
            scan.embed(line.start + m.start(), line.start + m.end(), "instagram", body=body, author=author)
    if "instagram photos" in low or "• instagram" in low or "| instagram" in low:
        for m in P.IG_PROFILE_TITLE.finditer(t):
            author = _clean_name(m.group("name"))
            handle = m.group("handle").rstrip(".")
            start, end = line.start + m.start(), line.start + m.end()
            scan.embed(start, end, "instagram", author=author, handle=handle)


def instagram_lone_markers(scan: Scan, line: Span) -> None:
    """``View this post on Instagram`` inside a line with no attribution after it: the embed
    lost its attribution (the caption's end cannot be told, so it has no text)."""
    t = line.text
    for m in scan.ig_marker_inline.finditer(t):
        if not t[: m.start()].strip(" \t\xa0>["):
            continue  # a marker opening its line is the line-level scan's
        reach = t[m.end() : m.end() + scan.rule.max_caption_chars]
        if scan.ig_attr_inline.search(reach) is not None:
            continue  # the attribution after it takes the marker (ig_inline)
        scan.embed(line.start + m.start(), line.start + m.end(), "instagram")
