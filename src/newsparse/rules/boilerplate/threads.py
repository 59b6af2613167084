"""Reader comments answering each other, and the rows of a page-layout table (issue #9, #11,
seventh round).

Two kinds of page furniture read as text line by line, so that no whole-line pattern takes them:

* **A reply thread.** A scrape may keep the comment section, anywhere in the text (some put it
  above the story). Its prompts (``Please register and keep to our netiquette``) are found by the
  tables; the comments under them are readers' prose, but readers answer each other with the
  name they reply to first (``@Jane Roe I disagree …``). :func:`reply_threads` takes the lines
  from a comment prompt to the last reply of a thread that goes on replying (a reply every few
  lines), as one comments item.
* **A layout table.** Old page templates lay the page out in a table, which a converter
  flattens into rows of cells (``|  | Home | Markets |  |``): spacer rows of empty cells (which a
  whole-line pattern takes), and rows holding the date bar, the menu, the ad slots or the
  keyword list. :func:`layout_rows` takes every row of short cells in a run of rows that holds a
  spacer row, so the menu and the ad slots go with the spacers around them; a row holding a
  long cell (the story set in a table cell) ends the run.

Both steps read only the segments that open with ``@`` or ``|``: one character test per
segment, no pattern.
"""

from __future__ import annotations

import regex

from newsparse.text.lazy import deferred_regex

__all__ = ["greeting_threads", "greeting_threads_gate", "layout_rows", "reply_threads"]

Segments = list[tuple[int, int, int]]
Found = dict[tuple[int, int], str]

_REPLY_GAP = 20  # lines between two replies of one thread, at most (long comments run over lines)
_MIN_REPLIES = 4  # replies to an earlier comment, at least: a thread, not a quoted handle or two
_TRAIL = 6  # comments after the thread's last reply, at most, taken up to a title line under them
_SENTENCE_END = (".", "!", "?", "…", '"', "”", "“", "'", ")", "।")
_TITLE_WORDS = 12  # a title line (the story's kicker or headline under the comments) is short
_CELL = 60  # the longest cell of a furniture row (a date bar, a menu item, a keyword list)


def _reply(text: str, s: int, e: int) -> bool:
    """Whether the segment opens like a reply to another reader: ``@`` and a name or number."""
    return text[s] == "@" and s + 1 < e and text[s + 1].isalnum()


def reply_threads(text: str, segments: Segments, found: Found) -> None:
    """Take the reader comments under a comment prompt that reply to each other as comments.

    From each segment the tables read as a comment line, the segments after it are visited
    while a reply line (``@Name …``) comes every :data:`_REPLY_GAP` lines at most; when the
    thread holds :data:`_MIN_REPLIES` replies, every segment up to its last reply is comments.
    """
    n = 0
    total = len(segments)
    while n < total:
        _, s, e = segments[n]
        if found.get((s, e)) != "comments":
            n += 1
            continue
        replies, last, m = 0, n, n + 1
        while m < total and m - last <= _REPLY_GAP:
            _, ms, me = segments[m]
            if _reply(text, ms, me):
                replies, last = replies + 1, m
            m += 1
        if replies >= _MIN_REPLIES:
            last = _thread_end(text, segments, last)
            for _, ms, me in segments[n + 1 : last + 1]:
                found.setdefault((ms, me), "comments")
            n = last + 1
        else:
            n += 1


# English greetings a reader or the site's staff opens a comment with (issue #9, eleventh
# round, sample s14): a site answers its readers' comments by name (``Hi Gemma, you could try
# it …``, ``Hey James, we checked …``, ``Thank you Andrea!``). Data, lower-case.
GREETINGS_EN: tuple[str, ...] = ("hi", "hey", "hello", "thanks", "thank you", "many thanks")
# The literals one of those lines holds at a line start (a cheap gate on the whole text).
_GREETING_GATE = ("\nHi", "\nHey", "\nHello", "\nThank", "\nMany thanks")
# A greeting and a reader's name, then a comma, a stop or a dash (``Hi Gemma,``): a reply by
# name. The name is one capitalised word of two letters or more, maybe with a second one.
_NAMED_REPLY = deferred_regex(
    r"(?:" + "|".join(g.replace(" ", r"\s+") for g in GREETINGS_EN) + r")[,!]?[ \t]+"
    r"(?-i:\p{Lu}\p{Ll}{1,20})(?:[ \t](?-i:\p{Lu}\p{Ll}{1,20}))?(?:[,!.:;)]|[ \t][-–—]|[ \t]*$)",
    regex.IGNORECASE,
)
_CHAT_GAP = 10  # segments between two greeting lines of one thread, at most
_MIN_NAMED = 2  # replies by name in a thread, at least
_MIN_CHAT = 4  # greeting lines in a thread (by name or not: ``Thanks!``, ``Hey guys –``), at least
_TRAIL_TO_END = 8  # a thread whose last greeting is this close to the text's end runs to its end


def greeting_threads_gate(text: str) -> bool:
    """Whether the text holds a line opening with an English greeting (one scan per literal)."""
    return any(g in text for g in _GREETING_GATE)


def _greeting(text: str, s: int, e: int) -> int:
    """2 for a line opening with a greeting and a name (``Hi Gemma,``), 1 for a line opening
    with a greeting alone (``Thanks!``, ``Hey guys –``), 0 for any other line."""
    head = text[s : min(e, s + 12)].lower()
    if not head.startswith(("hi", "hey", "hello", "thank", "many thanks")):
        return 0
    word = head.split(None, 1)[0].rstrip(",!.:–-")
    if word not in GREETINGS_EN and word not in ("thank", "many"):
        return 0  # (``History …``, ``Hillary …``, ``Thankfully …``)
    return 2 if _NAMED_REPLY.match(text, s, e) is not None else 1


def greeting_threads(text: str, segments: Segments, found: Found) -> None:
    """Take a comment section with no header: replies by name reaching the text's second half.

    A site answers its readers under the story (``Hi Gemma, you could try it …``), and readers
    thank it (``Thanks!``). A story quotes a letter's greeting now and then, but not a run of
    greetings every few lines, two of them to someone by name: when a run of greeting lines
    (each at most :data:`_CHAT_GAP` segments from the last) holds :data:`_MIN_CHAT` of them,
    :data:`_MIN_NAMED` by name, the comments from the one above its first greeting (the comment
    it answers) to its last (or to the text's end, when that is near) are comments.
    """
    if len(segments) < _MIN_CHAT:
        return
    half = segments[0][1] + (segments[-1][2] - segments[0][1]) // 2
    chats: list[tuple[int, int]] = []  # (segment, 2 named / 1 not)
    for n, (_, s, e) in enumerate(segments):
        if (s, e) not in found and (g := _greeting(text, s, e)):
            chats.append((n, g))
    run: list[tuple[int, int]] = []
    for chat in [*chats, (len(segments) + _CHAT_GAP + 1, 0)]:
        if run and chat[0] - run[-1][0] > _CHAT_GAP:
            # (A thread reaches the text's second half: the comments stand under the story.)
            if segments[run[-1][0]][1] >= half:
                _take_thread(segments, found, run)
            run = []
        run.append(chat)


def _take_thread(segments: Segments, found: Found, run: list[tuple[int, int]]) -> None:
    """Mark a run of greeting lines as a comment thread when it is one (see
    :func:`greeting_threads`)."""
    if len(run) < _MIN_CHAT or sum(1 for _, g in run if g == 2) < _MIN_NAMED:
        return
    first, last = max(0, run[0][0] - 1), run[-1][0]
    if len(segments) - 1 - last <= _TRAIL_TO_END:
        last = len(segments) - 1
    for _, s, e in segments[first : last + 1]:
        found.setdefault((s, e), "comments")


def _thread_end(text: str, segments: Segments, last: int) -> int:
    """The thread's last segment: the last reply, or the comments under it when a title line
    (a few words, no sentence end) follows them within :data:`_TRAIL` segments. Comments end in
    sentences; where the story begins under them, its kicker or headline does not, so the
    comments between are the thread's. With no title line in sight, the thread ends at its last
    reply (what follows may be the story's own paragraphs)."""
    for m in range(last + 1, min(len(segments), last + 1 + _TRAIL)):
        _, s, e = segments[m]
        line = text[s:e]
        if not line.endswith(_SENTENCE_END):
            return m - 1 if len(line.split()) <= _TITLE_WORDS else last
    return last


def _cells(text: str, s: int, e: int) -> list[str] | None:
    """The stripped cells of a table row (``| a | b |``), or ``None`` for a line that is no row."""
    if text[s] != "|":
        return None
    # (``\\|`` is a pipe written inside a cell, ``English \\| Hindi``: not a cell border.)
    return [cell.strip() for cell in text[s + 1 : e].replace("\\|", "/").split("|")]


def layout_rows(text: str, segments: Segments, found: Found) -> None:
    """Take the rows of short cells in a run of table rows that holds a spacer row.

    A spacer row (every cell empty) shows a layout table, not a data table, which has a header
    and a ``---`` rule and no empty rows. Rows already found keep their kind."""
    run: list[tuple[int, int]] = []
    spacer = False
    for _, s, e in [*segments, (-1, 0, 0)]:
        cells = _cells(text, s, e) if e > s else None
        furniture = cells is not None and all(len(c) <= _CELL and not c.startswith("---") for c in cells)
        if furniture and cells is not None:
            run.append((s, e))
            spacer = spacer or not any(cells)
            continue
        if spacer:
            for key in run:
                found.setdefault(key, "other")
        run, spacer = [], False
