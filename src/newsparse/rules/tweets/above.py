"""Stage 2b, a post on the lines above its signature: how far up the post reaches.

From the post's last line the stage walks up while the lines look like the post and it stays
within X's length; a lead-in, an article paragraph, the author named in the third person, a
claimed line or the previous post closes it. Blank lines are read against the document's
usual paragraph gap (:class:`~newsparse.rules.tweets.lines.Gaps`).
"""

from __future__ import annotations

from newsparse.rules.tweets import patterns as tp
from newsparse.rules.tweets.cues import is_lead_in, names, post_score
from newsparse.rules.tweets.lines import Gaps, is_blank, left_width
from newsparse.rules.tweets.page import Page
from newsparse.rules.tweets.values import TRUNCATION_SLACK, post_weight
from newsparse.rules.tweets.voice import foreign_script, speaks_as_self

# Marks that open a quotation: a paragraph opening with one is the article's quoting.
_QUOTE_OPENERS = ('"', "“", "‘", "«", "„")
# The longest line weighed as a paragraph of a post: links weigh 23, so a post's line may be
# longer than 280 characters, but not by this much.
_LONGEST_POST_LINE = 1000


def extend_up(
    page: Page, first: int, top: int, end: int, floor: int, quoted: bool, surname: str | None
) -> int:
    """Return where the post that ends at ``end`` starts, walking up from line ``first`` (at ``top``).

    ``quoted``: the signature is in a ``>`` blockquote, and so is every line of the post.
    """
    document, sig_lines, lead_re = page.document, page.sig_lines, page.lead_re
    text = document.text
    weight = post_weight(text[top:end])
    limit = page.max_weight + (TRUNCATION_SLACK if _cut(text[top:end]) else 0)
    i = first - 1
    lazy_gaps = page.gaps
    # The embed's own indent: a post whose first line is indented (the page's blockquote kept as
    # leading blanks) takes no unindented line above it, which is the article's paragraph.
    indent = _blank_indent(text, document.lines[first].start, document.lines[first].end)
    while i >= 0:
        line = document.lines[i]
        if line.end <= floor or i in sig_lines or document.is_claimed(line.start, line.end):
            break
        lead = tp.LINE_LEFT.match(text, line.start, line.end)
        assert lead is not None
        content = text[lead.end() : line.end].rstrip()
        in_quote = quoted and ">" in text[line.start : lead.end()]
        if not content:
            if in_quote:
                i -= 1
                continue
            gaps = lazy_gaps.get()
            above = gaps.post_paragraph_above(i)
            if above is None:
                # An ordinary gap: a paragraph above joins only with marks of the post.
                above = gaps.paragraph_above(i) if gaps.blank_separated else None
                if above is None:
                    break
                joined = _join_marked_paragraph(page, above, (weight, limit), floor, surname, gaps)
                if joined is None:
                    break
                top, weight = joined
                i = above - 1
                continue
            top, weight = _join_paragraph(page, above, top, weight, floor)
            if top != document.lines[above].start + left_width(text, document.lines[above]):
                break
            i = above - 1
            continue
        if tp.BBC_SKIP.search(content) or tp.OTHER_EMBED.search(content) or _page_furniture(content):
            break
        if is_lead_in(lead_re, content):
            # "See the tweet:" above "Senate resolves to:": the upper line is the lead-in,
            # the lower one the post's first line (a label such as "JUST IN:" too).
            if _opens_post_under_lead_in(page, i, content, weight + post_weight(content) + 1):
                return max(lead.end(), floor)
            break
        if quoted and not in_quote:
            break
        if indent and not in_quote and _blank_indent(text, line.start, line.end) < indent:
            break
        if not in_quote and names(content, surname):
            break  # the article naming the post's author ("Hale was quick to reply.")
        weight += post_weight(content) + 1
        if not in_quote:
            if weight > page.max_weight:
                break
            gaps = lazy_gaps.get()
            only_links = not tp.WEIGHT_LINK.sub("", text[top:end]).strip()
            # Where blank lines set paragraphs apart, a line right above the post (no blank
            # between) is in the post's own paragraph: a <br> inside the embed.
            if not only_links and not gaps.blank_separated and post_score(content, text[top:end]) < 1:
                return _up_to_lead_in(page, i, top, weight, floor, surname)
        top = max(lead.end(), floor)
        i -= 1
    return top


def _blank_indent(text: str, start: int, end: int) -> int:
    """How many blanks (spaces, tabs, no-break spaces) open the line ``text[start:end]``, at most 8."""
    i = start
    limit = min(end, start + 8)
    while i < limit and text[i] in " \t\u00a0":
        i += 1
    return i - start


def _cut(body: str) -> bool:
    """Whether the post ``body`` is an embed cut at X's length: ``…`` before its closing links.

    Such a post shows a little more than X's length (see :data:`TRUNCATION_SLACK`).
    """
    return tp.WEIGHT_LINK.sub("", body[-80:]).rstrip().endswith(("…", "..."))


def _page_furniture(content: str) -> bool:
    """Whether a line is the page's, never a post's: a listicle's bare number or a table row.

    ``1.`` alone on its line numbers the article's list of posts ("17 favourite responses"),
    and ``| cell | cell |`` is a table an extractor flattened: the post starts below either.
    """
    if len(content) <= 4 and content[-1:] in (".", ")") and content[:-1].isdigit():
        return True
    return len(content) > 1 and content[0] == "|" and content[-1] == "|"


# The longest colon-ended line read as a post's first line under a lead-in ("Senate resolves to:").
_COLON_OPENER_CHARS = 80


def _opens_post_under_lead_in(page: Page, index: int, content: str, weight: int) -> bool:
    """Whether the colon-ended line ``content`` at ``index`` opens the post under a lead-in line.

    A line is a lead-in when it merely ends in a colon; when the line right above it is a
    lead-in too (``See tweets :``), that one introduces the post and this one is the post's
    own first line. It must be short, a lead-in only by its colon, and keep the post within
    X's length.
    """
    if index == 0 or len(content) > _COLON_OPENER_CHARS or weight > page.max_weight:
        return False
    if not content.endswith((":", "：")) or is_lead_in(page.lead_re, content.rstrip(":： ")):
        return False
    document = page.document
    above = document.lines[index - 1]
    if index - 1 in page.sig_lines or document.is_claimed(above.start, above.end):
        return False
    text = document.text
    upper = text[above.start + left_width(text, above) : above.end].rstrip()
    return bool(upper) and len(upper) <= _COLON_OPENER_CHARS and is_lead_in(page.lead_re, upper)


def _join_paragraph(page: Page, index: int, top: int, weight: int, floor: int) -> tuple[int, int]:
    """Return the post's new top and weight after taking the paragraph at line ``index``.

    The paragraph sits above an unusually long blank run (a ``<br><br>`` inside the post),
    so it is the post's unless it is claimed, a lead-in, article prose, or too long.
    """
    document, sig_lines, lead_re = page.document, page.sig_lines, page.lead_re
    text = document.text
    line = document.lines[index]
    if line.end <= floor or index in sig_lines or document.is_claimed(line.start, line.end):
        return top, weight
    start = line.start + left_width(text, line)
    content = text[start : line.end].rstrip()
    if tp.BBC_SKIP.search(content) or is_lead_in(lead_re, content) or tp.OTHER_EMBED.search(content):
        return top, weight
    if tp.CLOCK_START.match(content):
        return top, weight
    added = weight + post_weight(content) + 1
    if added > page.max_weight + TRUNCATION_SLACK:
        return top, weight
    return start, added


def _join_marked_paragraph(
    page: Page, index: int, weights: tuple[int, int], floor: int, surname: str | None, gaps: Gaps
) -> tuple[int, int] | None:
    """Return the post's new top and weight after taking the one-line paragraph at ``index``.

    Extractors give a ``<br>`` inside an embed the same blank line as a paragraph break,
    so the paragraph above a post's first one is taken only when it carries a post's
    marks (a hashtag, mention, link or emoji; the first person; a closing "!") or sits
    right under a lead-in paragraph (``The agency posted on X:``) that closes the post
    above it, has no article prose (reporting words, the narrative past, the author named
    in the third person), is not a lead-in itself, and keeps the post within X's length.
    ``weights`` is the post's weight so far and the most it may weigh (a little over X's
    length for a post cut with ``…``). Else ``None``.
    """
    document, sig_lines, lead_re = page.document, page.sig_lines, page.lead_re
    weight, max_weight = weights
    text = document.text
    line = document.lines[index]
    if line.end <= floor or index in sig_lines or document.is_claimed(line.start, line.end):
        return None
    if index > 0 and not is_blank(text, document.lines[index - 1]):
        return None  # a paragraph of several lines is the article's
    start = line.start + left_width(text, line)
    if line.end - start > _LONGEST_POST_LINE:
        return None  # an article paragraph: not worth weighing
    content = text[start : line.end].rstrip()
    if weight + len(content) >= max_weight and "://" not in content and "pic." not in content:
        return None  # too long for the post, weighed without a regex (only links weigh less)
    added = weight + post_weight(content) + 1
    if not content or added > max_weight:
        return None
    if is_lead_in(lead_re, content) or tp.BBC_SKIP.search(content) or tp.OTHER_EMBED.search(content):
        return None
    if tp.CLOCK_START.match(content) or names(content, surname):
        return None
    # A paragraph in a script the article does not write in is the poster's (a greeting in
    # their language above the post's English lines), as a hashtag or a link would say.
    marked = tp.POST_MARKS.search(content) is not None or foreign_script(content, document.tables.scripts)
    # A plain paragraph joins only right under a lead-in, and not when it opens a quotation.
    plain = not (
        marked
        or content.endswith(("!", "¡"))
        or tp.FIRST_PERSON.search(content)
        or speaks_as_self(content, document.language)
    )
    if plain and (content.startswith(_QUOTE_OPENERS) or not _under_lead_in(page, index, gaps)):
        return None
    if tp.ARTICLE_PROSE.search(content) or (not marked and tp.NARRATIVE_PAST.search(content)):
        return None
    return start, added


def _under_lead_in(page: Page, index: int, gaps: Gaps) -> bool:
    """Whether the paragraph above the one at line ``index`` is a lead-in to the post."""
    document = page.document
    if index == 0:
        return False
    above = gaps.paragraph_above(index - 1)
    if above is None:
        return False
    line = document.lines[above]
    if line.end - line.start > _LONGEST_POST_LINE or document.is_claimed(line.start, line.end):
        return False
    content = document.text[line.start + left_width(document.text, line) : line.end].rstrip()
    return bool(content) and is_lead_in(page.lead_re, content)


def _up_to_lead_in(page: Page, i: int, top: int, weight: int, floor: int, surname: str | None) -> int:
    """Return the start of line ``i`` (or a line above) when a boundary closes the post above it.

    A line that does not look like part of the post is still taken when, within a few
    lines and the post's length, the post is closed above by a lead-in line (``… wrote
    on X:``), a blank line, or an article paragraph (a line of at least
    :attr:`~newsparse.TweetRule.paragraph_chars` characters), and the lines taken carry no
    reporting language.
    """
    document, sig_lines, lead_re = page.document, page.sig_lines, page.lead_re
    text = document.text
    candidate = -1
    reporting = False
    if tp.THREAD_START.match(text, top):
        return top
    for k in range(i, max(i - 4, -1), -1):
        line = document.lines[k]
        if line.end <= floor or k in sig_lines or document.is_claimed(line.start, line.end):
            return top
        lead = tp.LINE_LEFT.match(text, line.start, line.end)
        assert lead is not None
        content = text[lead.end() : line.end].rstrip()
        if not content or len(content) >= page.paragraph_chars or _page_furniture(content):
            # A blank line, an article paragraph or a list number closes the post (not the
            # text's start).
            return candidate if candidate >= 0 and not reporting else top
        if is_lead_in(lead_re, content) or tp.OTHER_EMBED.search(content):
            return candidate if candidate >= 0 else top
        article = tp.ARTICLE_PROSE.search(content) is not None and not tp.POST_MARKS.search(content)
        if k != i and (article or names(content, surname)):
            # An article line (reporting words) closes the post above as a blank line does.
            return candidate if candidate >= 0 and not reporting else top
        if k != i:
            weight += post_weight(content) + 1
        if weight > page.max_weight:
            return top
        prose = tp.ARTICLE_PROSE.search(content) or tp.CLOCK_START.match(content)
        reporting = reporting or prose is not None
        candidate = max(lead.end(), floor)
    return top
