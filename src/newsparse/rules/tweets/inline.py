"""Stage 2a, a post on its signature's line: where on that line the post starts.

A blockquote flattened into one paragraph, or a whole article scraped as one line, puts
the post and its signature on the same line as the article's sentences; the post starts
after a lead-in, an article sentence, or the last sentence that does not look like it.
"""

from __future__ import annotations

from newsparse.rules.tweets import patterns as tp
from newsparse.rules.tweets.cues import LeadIns, closes_post, names, post_score, quotation_closes
from newsparse.rules.tweets.lines import NON_SPACE
from newsparse.rules.tweets.values import TRUNCATION_SLACK, post_weight


def line_post_start(
    text: str,
    start: int,
    end: int,
    alone: bool,
    surname: str | None,
    lead_re: LeadIns,
    max_weight: int,
    after_post: bool = False,
) -> int:
    """Return where a post starts on the line it shares with its signature.

    A line that the signature ends and that holds no more than a post (a paragraph of its
    own: the embed's blockquote became one line) is the post from its start, but for an
    inline lead-in ending in a colon. Other lines (one-line scrapes) are cut at a
    sentence end. ``max_weight`` is :attr:`~newsparse.TweetRule.max_post_weight`.
    ``after_post``: ``start`` is the end of the previous post's signature on this line.
    """
    if alone and post_weight(text[start:end]) <= max_weight + TRUNCATION_SLACK:
        leads = list(tp.INLINE_LEAD_IN.finditer(text, start, end))
        if text.find('"', start, end) >= 0 or text.find("“", start, end) >= 0:
            leads += tp.QUOTE_LEAD_IN.finditer(text, start, end)  # it ends on a quote mark
        pointer = tp.POINTER_INLINE.match(text, start, end)
        if pointer is not None:
            leads.append(pointer)
        leads.sort(key=lambda m: m.end())
        if leads and len(tp.WEIGHT_LINK.sub("", text[leads[-1].end() : end]).strip()) >= 25:
            return leads[-1].end()
        return _after_posting_sentences(text, start, end)
    return _tail_of_line(text, start, end, surname, lead_re, max_weight, after_post)


def spaced_paragraph_start(
    text: str, start: int, end: int, sig_end: int, line_end: int, max_weight: int
) -> int | None:
    """Where the paragraph a signature ends starts, in a one-line scrape that sets its
    paragraphs apart with runs of spaces, or None.

    CSV scrapes of some sites (NDTV, Republic) join the paragraphs with two spaces
    (``… the farmers."  Eight people were …``), so an embed's blockquote is a paragraph of
    its own there: the signature ends it (two spaces or the line's end after it), and it
    starts after the last sentence end followed by two blanks or more. Only a line that also
    ends sentences with a single space counts (typists who put two spaces after every full
    stop give no paragraphs), and only a paragraph that fits in a post.
    """
    if (
        line_end > sig_end
        and not text.startswith("  ", sig_end)
        and NON_SPACE.search(text, sig_end, line_end)
    ):
        return None
    low = max(start, end - 4 * max_weight)
    stop = end
    for _ in range(3):  # a post's own line breaks are two spaces too: at most two skipped
        brk = text.rfind("  ", low, stop)
        if brk < 0:
            return None
        first = brk
        while first < end and text[first].isspace():
            first += 1
        while brk > low and text[brk - 1] == " ":
            brk -= 1
        if first >= end or post_weight(text[first:end]) > max_weight + TRUNCATION_SLACK:
            return None
        if len(tp.WEIGHT_LINK.sub("", text[first:end]).strip()) >= 25:
            break
        stop = brk
    else:
        return None
    if tp.SINGLE_SPACED_SENTENCE.search(text, max(0, brk - 3000), end) is None:
        return None
    return _marked_paragraphs_above(text, low, brk, first, end, max_weight)


def _marked_paragraphs_above(text: str, low: int, brk: int, first: int, end: int, max_weight: int) -> int:
    """The post's first paragraph: the paragraphs above ``first`` (two at most) join it while
    they read as a post's (:func:`_reads_as_post`) and keep the post within a post's length."""
    for _ in range(2):
        above = text.rfind("  ", low, brk)
        if above < 0:
            break
        top = above
        while top < brk and text[top].isspace():
            top += 1
        paragraph = text[top:brk]
        if not _reads_as_post(paragraph):
            break
        if post_weight(text[top:end]) > max_weight:
            break
        first = top
        brk = above
        while brk > low and text[brk - 1] == " ":
            brk -= 1
    return first


def _reads_as_post(paragraph: str) -> bool:
    """Whether a paragraph above a post's last one is the post's: it carries a post's marks
    (a hashtag, a mention, a link, an emoji), or, without them, ends in ``!`` or speaks in the
    first person with no reporting words or narrative past; never a lead-in (a closing colon,
    a sentence about posting)."""
    stripped = paragraph.rstrip()
    if not stripped or stripped.endswith((":", "：")) or closes_post(stripped):
        return False
    if tp.POST_MARKS.search(stripped):
        return True
    if tp.ARTICLE_PROSE.search(stripped) or tp.NARRATIVE_PAST.search(stripped):
        return False
    return stripped.endswith("!") or tp.FIRST_PERSON.search(stripped) is not None


def _after_posting_sentences(text: str, start: int, end: int) -> int:
    """Where a post starts after the article's sentences about it opening its paragraph.

    ``The agency shared the update on X on Tuesday. Buses will run …``: a leading sentence
    (two at most) with a verb of posting, in the third person and with no marks of a post,
    is the article's when a post's words remain after it.
    """
    pos = start
    for _ in range(2):
        m = tp.SENTENCE_START.search(text, pos, end)
        if m is None:
            break
        sentence = text[pos : m.end()]
        if not tp.POSTING_SENTENCE.search(sentence) or '"' in sentence or "“" in sentence:
            break
        if tp.POST_MARKS.search(sentence) or tp.FIRST_PERSON.search(sentence):
            break
        if len(tp.WEIGHT_LINK.sub("", text[m.end() : end]).strip()) < 25:
            break
        pos = m.end()
    return pos


def _tail_of_line(
    text: str,
    start: int,
    end: int,
    surname: str | None,
    lead_re: LeadIns,
    max_weight: int,
    after_post: bool = False,
) -> int:
    """Return where a post starts on a line it shares with its signature.

    The post starts after a sentence end: the last one that leaves at least a few words
    before the signature, then earlier ones while the post stays within
    ``max_weight``, up to a sentence that closes the post above: a lead-in
    (``… he wrote:``, ``Taking to X, she said, "``), article prose (reporting words), a whole
    quotation (``"The risk is low."``: the article quoting a speaker) or a plain
    sentence of the article's narrative (a verb in the simple past). Without
    such a boundary within a post's length only the sentences that look like the post
    (see :func:`~newsparse.rules.tweets.cues.post_score`) are taken, unless the previous
    post's signature (``after_post``) is that boundary and a post's marks sit above those
    sentences: ``… — Ann Cole (@anncole) May 2, 2024 No trains at #Leeds. No word yet. Chaos.
    — …`` is one post from ``No trains``.
    """
    starts = [start] + [m.end() for m in tp.SENTENCE_START.finditer(text, max(start, end - 3000), end)]
    k = len(starts) - 1
    while k > 0 and len(words := tp.WEIGHT_LINK.sub("", text[starts[k] : end]).strip()) < 25:
        # A short post ("Ferries resume Monday pic.twitter.com/…") after an article sentence
        # with reporting words ("The mayor said …") is the post alone: the sentence is the
        # article's, not the post's first one.
        previous = text[starts[k - 1] : starts[k]]
        reporting = tp.ARTICLE_PROSE.search(previous) and not tp.POST_MARKS.search(previous)
        if reporting and len(words.split()) >= 2:
            break
        k -= 1
    scored, cautious, j = k, True, k
    while j > 0:
        previous = text[starts[j - 1] : starts[j]].strip()
        body = text[starts[j] : end]
        if post_weight(previous) + post_weight(body) + 1 > max_weight + TRUNCATION_SLACK:
            break
        leads = list(tp.INLINE_LEAD_IN.finditer(text, starts[j - 1], starts[j]))
        leads += tp.QUOTE_LEAD_IN.finditer(text, starts[j - 1], starts[j])
        if leads:
            leads.sort(key=lambda m: m.end())
            lead_end = leads[-1].end()
            if quotation_closes(text, lead_end, starts[j]):
                # 'the minister wrote, "Our teams are ready." Our teams are …': the article
                # quoted the post in its own sentence; the post is what follows.
                return starts[j]
            return _after_lead_in(text, lead_end, starts[j], end)
        if closes_post(previous, lead_re) or names(previous, surname) or tp.QUOTED_SENTENCE.match(previous):
            return _after_colon(text, starts[j], end, start)
        looks_like_post = post_score(previous, body) >= 1
        if cautious and post_weight(previous) + post_weight(body) + 1 <= max_weight:
            if looks_like_post:
                scored = j - 1
            else:
                cautious = False
        if not looks_like_post and tp.NARRATIVE_PAST.search(previous):
            # The article's narrative ("Engineers worked through the night.") closes the post.
            return _after_colon(text, starts[j], end, start)
        j -= 1
    if after_post and j == 0 and scored > 0 and tp.POST_MARKS.search(text, start, starts[scored]):
        # Between two signatures, nothing closes the post and a sentence above the ones
        # that look like it still carries a post's marks (a hashtag, a mention, a link):
        # the post reaches back to the previous signature.
        return _first_non_space(text, start, end)
    # A lead-in ending in a colon inside the chosen sentences: the post starts after it.
    leads = list(tp.INLINE_LEAD_IN.finditer(text, starts[scored], end))
    lead = leads[-1] if leads else None
    if lead is not None and len(tp.WEIGHT_LINK.sub("", text[lead.end() : end]).strip()) >= 25:
        return lead.end()
    return _after_colon(text, starts[scored], end, start)


def _first_non_space(text: str, start: int, end: int) -> int:
    """The first position at or after ``start`` that is not white space (``end`` if none)."""
    while start < end and text[start].isspace():
        start += 1
    return start


def _after_lead_in(text: str, lead_end: int, fallback: int, end: int) -> int:
    """The post starts after a lead-in when that leaves a post's words, else at ``fallback``."""
    if len(tp.WEIGHT_LINK.sub("", text[lead_end:end]).strip()) >= 25:
        return lead_end
    return fallback


def _after_colon(text: str, first: int, end: int, line_start: int) -> int:
    """Where the post starts in its first sentence: after an article clause ending in a colon.

    ``… Hale was blunt: We will not sign …``: the clause before the colon is the article's
    when it has a few words, no marks of a post, is not a shouted label (``BREAKING:``), and
    article text precedes it on the line or it carries reporting words.
    """
    colon = tp.CLAUSE_COLON.match(text, first, end)
    if colon is None:
        return first
    clause = colon.group("clause")
    if tp.POST_MARKS.search(clause) or clause.isupper() or len(clause.split()) < 3:
        return first
    if first == line_start and tp.ARTICLE_PROSE.search(clause) is None:
        return first
    if len(tp.WEIGHT_LINK.sub("", text[colon.end() : end]).strip()) < 25:
        return first
    return colon.end()
