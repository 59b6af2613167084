"""Stage 2, a post's body: the text just above its signature that is the post.

The body is on the signature's own line (:mod:`~newsparse.rules.tweets.inline`) or on the
lines above it (:mod:`~newsparse.rules.tweets.above`); this stage says which, and where
the body ends.
"""

from __future__ import annotations

from newsparse.rules.tweets import patterns as tp
from newsparse.rules.tweets.above import extend_up
from newsparse.rules.tweets.cues import is_lead_in
from newsparse.rules.tweets.inline import line_post_start, spaced_paragraph_start
from newsparse.rules.tweets.lines import NON_SPACE, is_blank
from newsparse.rules.tweets.page import Page
from newsparse.rules.tweets.signatures import Signature


def post_body(page: Page, sig: Signature, floor: int, surname: str | None) -> tuple[int, int] | None:
    """Return the ``[start, end)`` of the post above ``sig``, or None when there is none.

    An empty body at the signature's start stands for a dashed signature whose post the
    page did not keep (only its link, or nothing). ``floor``: the end of the previous post.
    """
    document, sig_lines, lead_re = page.document, page.sig_lines, page.lead_re
    text = document.text
    index = document.line_index_at(sig.start)
    line = document.lines[index]
    left = tp.LINE_LEFT.match(text, line.start, sig.start)
    assert left is not None
    quoted = ">" in text[line.start : left.end()]
    # The end of the line's text before the signature (like ``rstrip``, without copying
    # a long line once per signature on it).
    prefix_end = sig.start
    while prefix_end > line.start and text[prefix_end - 1].isspace():
        prefix_end -= 1
    if prefix_end > left.end():
        # The signature shares its line with (the end of) the post.
        seg_start = max(left.end(), floor)
        skips = list(tp.BBC_SKIP.finditer(text, seg_start, prefix_end))
        if skips:
            after_skip = tp.LINE_LEFT.match(text, skips[-1].end(), prefix_end)
            seg_start = after_skip.end() if after_skip is not None else skips[-1].end()
        # A paragraph of a text with lines (not the whole of a one-line scrape) that the
        # signature ends.
        alone = index > 0 and seg_start == left.end() and NON_SPACE.search(text, sig.end, line.end) is None
        if not alone:
            paragraph = spaced_paragraph_start(
                text, seg_start, prefix_end, sig.end, line.end, page.max_weight
            )
            if paragraph is not None:
                seg_start, alone = paragraph, True
        after_post = floor > left.end()  # the previous post's signature ends on this line
        top = line_post_start(
            text, seg_start, prefix_end, alone, surname, lead_re, page.max_weight, after_post
        )
        if top != left.end():
            return top, prefix_end
        first = index
    else:
        # The signature has its own line: the post is on the lines above.
        i = index - 1
        while i >= 0 and i >= index - 3 and is_blank(text, document.lines[i]):
            i -= 1
        if i < 0 or document.lines[i].end <= floor or i in sig_lines:
            return (sig.start, sig.start) if sig.dashed else None
        last = document.lines[i]
        if document.is_claimed(last.start, last.end):
            return None
        lead = tp.LINE_LEFT.match(text, last.start, last.end)
        assert lead is not None
        if is_lead_in(lead_re, text[lead.end() : last.end]):
            return (sig.start, sig.start) if sig.dashed else None
        prefix_end = last.start + len(last.text.rstrip())
        top, first = max(lead.end(), floor), i
    top = extend_up(page, first, top, prefix_end, floor, quoted, surname)
    return top, prefix_end
