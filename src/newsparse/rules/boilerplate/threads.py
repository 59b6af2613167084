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

__all__ = ["layout_rows", "reply_threads"]

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
