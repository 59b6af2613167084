"""Credit lines: whole-line credits, ``X contributed to this report``, and credits fused to
a paragraph's end."""

from __future__ import annotations

import functools
import unicodedata
from collections.abc import Iterator

from newsparse._model import Byline, Span
from newsparse.rules.furniture.byline_names import _agency_of, _is_body, _rstrip
from newsparse.rules.furniture.byline_patterns import (
    _BY_CREDIT,
    _CONTRIBUTED,
    _CONTRIBUTED_BARE,
    _CONTRIBUTED_END,
    _CREDIT_HINT_CORES,
    _CREDIT_HINTS,
    _CREDIT_NAME,
    _CREDIT_NAME_DROP,
    _CREDIT_OPENERS,
    _FEED_INITIALS,
    _NAME_CLEAN,
    _NO_PERIOD_BEFORE_CONTRIBUTED,
    _PLACE_AFTER,
    _SENTENCE_BREAK,
    _SENTENCE_WORDS,
    _TAIL,
    _TAIL_PUNCT,
    _USED_IN_REPORT,
    _may_hold_agency,
    _may_start,
    _Patterns,
)
from newsparse.rules.furniture.patterns import LazyPattern


def _credit_may_start(
    text: str,
    at: int,
    stop: int,
    window: str,
    base: int,
    heads: tuple[str, ...],
    contrib: bool,
    whole: frozenset[str] = frozenset(),
) -> bool:
    """Whether ``credit_tail`` can match at ``at``: an exact pre-check, never a false "no".

    The pattern may skip up to two blanks, then opens with "(", a dash, a label or credit
    word (``window`` is the lower-cased text from ``base``), or — for "X contributed to this
    report" — a capital letter. A label's first word is followed by a blank in the pattern
    unless it is the whole label (``whole``), so "Staffers" does not pass for "staff" (#8).
    """
    p = at
    while p < stop and p - at < 3 and text[p] in " \u00a0\t":
        p += 1
    if p >= stop:
        return True
    c = text[p]
    if c in _CREDIT_OPENERS or (contrib and c.isupper()):
        return True
    rel = p - base
    if not 0 <= rel < len(window):
        return True
    if not window.startswith(heads, rel):
        return False
    return any(
        window.startswith(h, rel) and (h in whole or not window[rel + len(h) : rel + len(h) + 1].isalpha())
        for h in heads
    )


def _may_open_credit(text: str, pos: int, end: int, heads: tuple[str, ...]) -> bool:
    """Whether ``credit_start`` may match all of ``text[pos:end]``: an exact pre-check, never a false "no".

    After dashes, blanks and "(" the pattern needs a label or credit word (``heads``,
    lower-cased). Only the ASCII stretch where the head would stand is compared: a non-ASCII
    character there (a typographic dash, a letter that IGNORECASE may take for an ASCII one)
    lets every head that could still run through it pass, so "The company’s plan" is ruled
    out by its first words (#8: most body lines have a curly apostrophe somewhere).
    """
    window = text[pos : min(end, pos + 60)]
    n = len(window)
    lead_heads: bool | None = None
    for i in range(n):
        if window[i] not in _LEADS:
            return _head_may_stand(window, i, heads)
        if lead_heads is None:
            lead_heads = any(h[:1] in _LEADS for h in heads)  # "(ansa)" (it): a head with its "("
        if lead_heads and _head_may_stand(window, i, heads):
            return True
    return True  # only leads: let the pattern decide


def _head_may_stand(window: str, i: int, heads: tuple[str, ...]) -> bool:
    """Whether one of ``heads`` may start at ``window[i]`` for ``credit_start`` (never a false "no")."""
    char = window[i]
    if not char.isascii():
        # a letter (a head of another script, or one IGNORECASE takes for an ASCII one), a blank,
        # a dash or a mark may open a credit; a curly quote opening a quotation never does
        return (
            char.isalpha()
            or char.isspace()
            or char in "â—–―‒"
            or unicodedata.category(char)[0] == "M"
            or any(h.startswith(char.lower()) for h in heads)
        )
    rest = window[i:]
    if rest.isascii():
        return rest.lower().startswith(heads)
    k = i
    while window[k].isascii():
        k += 1
    ascii_part = window[i:k].lower()
    # a head within the ASCII stretch must match it exactly; a longer one may go on past it
    return ascii_part.startswith(heads) or any(
        len(h) > len(ascii_part) and h.startswith(ascii_part) for h in heads
    )


# What may stand before the head of a whole-line credit: ASCII blanks, hyphens and "(".
_LEADS = frozenset(" \t\n\r\x0b\x0c\x1c\x1d\x1e\x1f-(")


def _paren_end(last: str) -> bool:
    """Whether a line ends with ``)`` (before a final full stop): a ``(dpa/abc)`` trailer may."""
    return last.endswith((")", ")."))


# A paragraph this long may close with a fused trailer: "... the ministry said. PTI".
_FUSED_MIN = 80
# What ends a sentence before a fused trailer.
_SENTENCE_END = frozenset('.!?"”’')
# Agency words that are common nouns too: alone after a sentence they are no credit.
_PLAIN_AGENCY_WORDS = frozenset(("agency", "wire", "wires", "agencies", "online", "ap"))
# "... the plan. Source: Daily Ledger": a source credit fused to the end of the paragraph.
_FUSED_SOURCE = LazyPattern(
    r"(?i:source|sources)[\s\u00a0]{0,2}:[\s\u00a0]{1,2}\p{Lu}[\p{L}\p{M}\d.&'’\-]{0,30}"
    r"(?:[\s\u00a0](?:\p{Lu}|of|and|&)[\p{L}\p{M}\d.&'’\-]{0,30}){0,5}[.]?"
)


# The writer's signature fused to the end of a one-line scrape's last sentence: "… in March.
# – Jane Roe", "… in March. By Jane Roe", "… in March. (JR)". A closing quote mark before it
# makes it a quotation's attribution, so only ".", "!" or "?" may stand there.
_FUSED_SIGNATURE = LazyPattern(
    r"(?<=[\p{Ll}\d)][.!?])[ \u00a0]{1,3}"
    r"(?:(?:[–—―-]{1,2}[ \u00a0]{0,2}|By[ \u00a0]{1,2})"
    r"(?P<name>\p{Lu}[\p{Ll}'’-]{1,20}(?:[ \u00a0]\p{Lu}[\p{Ll}'’-]{1,20}){1,2})"
    # the writer's outlet after a comma: "… in March. By Jane Roe, Daily Ledger"
    r"(?:,[ \u00a0](?:The[ \u00a0])?\p{Lu}[\p{L}.&'’-]{1,24}(?:[ \u00a0]\p{Lu}[\p{L}.&'’-]{1,24}){0,3})?"
    r"|\((?P<initials>\p{Lu}{2,4}(?:/\p{Lu}{2,4})?)\))[ \u00a0]{0,2}$"
)


# A reporter's name written as the outlet's (the outlet's possessive, or "Our"), closing a
# paragraph of a news roundup after a dash: "… crude sales. — Ledger’s Jane Roe", "… in
# March. — Our Omar Said", "… failed. — WSJ’s Jane Roe, Omar Said and Li Wei" (#9). Each item
# of a newsletter credits the outlet it summarises; the possessive before the names tells
# the credit from a quotation's attribution ("— Jane Roe").
_STAFF_NAME = r"\p{Lu}[\p{Ll}'’\-]{1,20}(?:[ \u00a0]\p{Lu}[\p{L}'’\-]{1,20}){1,2}"
_STAFF_TAIL = LazyPattern(
    r"(?<=[\p{Ll}\d)%][.!?]|[.!?][”\"’])[ \u00a0]{1,3}[—–―][ \u00a0]{1,2}"
    r"(?P<credit>(?:Our|\p{Lu}[\p{L}&.]{1,15}(?:[’']s|(?<=s)[’']))[ \u00a0]"
    rf"{_STAFF_NAME}(?:,[ \u00a0]{_STAFF_NAME}){{0,4}}(?:,?[ \u00a0]and[ \u00a0]{_STAFF_NAME})?)"
    r"[.]?[ \u00a0]*$"
)
_LONG_DASHES = ("—", "–", "―")
# How far from the paragraph's end such a credit may start (four names and the outlet).
_STAFF_TAIL_REACH = 140


def staff_tail_may_close(text: str, pos: int, line_end: int) -> bool:
    """Whether the line ``text[pos:line_end]`` may close with :data:`_STAFF_TAIL`: a long dash
    and an apostrophe or ``Our`` near its end (a cheap look before the pattern)."""
    start = max(pos, line_end - _STAFF_TAIL_REACH)
    dash = max(text.rfind(mark, start, line_end) for mark in _LONG_DASHES)
    if dash < 0:
        return False
    tail = text[dash:line_end]
    return "’" in tail or "'" in tail or "Our" in tail


def _staff_tail(text: str, pos: int, line_end: int) -> Byline | None:
    """The credit of :data:`_STAFF_TAIL` closing the paragraph ``text[pos:line_end]``."""
    m = _STAFF_TAIL.search(text, max(pos, line_end - _STAFF_TAIL_REACH), line_end)
    if m is None:
        return None
    return Byline(Span.of(text, m.start("credit"), _rstrip(text, m.start("credit"), line_end)), kind="credit")


def _closes_page(text: str, line_end: int) -> bool:
    """Whether nothing but blanks follows ``line_end``."""
    return _content_end(text) == line_end


@functools.lru_cache(maxsize=2)  # the page being read (and one more): no text is held long
def _content_end(text: str) -> int:
    """Where the text's last non-blank character ends: worked out once per text (a str keeps
    its hash), so asking for every candidate line never walks a long blank tail again."""
    return len(text.rstrip())


def _fused_signature(text: str, line_end: int, pats: _Patterns) -> Byline | None:
    """The signature closing the page's last paragraph (:data:`_FUSED_SIGNATURE`), its name
    made of no function word; only the last 60 characters are looked at."""
    m = _FUSED_SIGNATURE.search(text, max(0, line_end - 60), line_end)
    if m is None:
        return None
    who = m.group("name") or m.group("initials")
    if m.group("name") and any(w.lower() in pats.not_name for w in who.split()):
        return None
    start = m.start() + len(m.group(0)) - len(m.group(0).lstrip(" \u00a0"))
    return Byline(Span.of(text, start, _rstrip(text, start, line_end)), names=(who,), kind="credit")


def _fused_trailer(text: str, pos: int, line_end: int, pats: _Patterns) -> Byline | None:
    """A wire or source credit closing a paragraph after its last sentence, with no bracket or
    dash: ``... the ministry said. PTI``, ``... on Friday. IANS AB CD`` (a feed's desk initials),
    ``... the plan. Source: Daily Ledger``.

    Only the last few words are looked at: the agency must follow sentence-final punctuation
    and a blank, and be a listed agency (a word such as ``Agency`` alone is not one).
    """
    if line_end - pos < _FUSED_MIN:
        return None
    last = text[text.rfind(" ", pos, line_end) + 1 : line_end]
    if not (
        last.lower() in pats.agency_words
        or (len(last) <= 4 and last.isupper())
        or text.find(":", max(pos, line_end - 60), line_end) >= 0
    ):
        return None  # a quick look: the last word is no agency, no desk initials, no "Source:"
    tail = text[line_end - 60 : line_end] if line_end - 60 > pos else text[pos:line_end]
    base = line_end - len(tail)
    colon = tail.rfind(":")
    if colon > 0:
        src = tail.lower().rfind("source", 0, colon)
        if src > 0 and tail[src - 1].isspace() and tail[:src].rstrip()[-1:] in _SENTENCE_END:
            m = _FUSED_SOURCE.fullmatch(text, base + src, line_end)
            if m is not None:
                return Byline(Span.of(text, base + src, line_end), kind="credit")
    words = _words_at(tail)
    n = len(words)
    while n > 2 and n > len(words) - 4 and _desk_initials(words[n - 1][1], pats):
        n -= 1  # desk initials after the agency: "PTI AB CD"
    for size in (3, 2, 1):
        if n - size < 1:
            continue
        agency = " ".join(w for _, w in words[n - size : n])
        key = agency.lower()
        if key not in pats.agencies or key in _PLAIN_AGENCY_WORDS or not agency[:1].isupper():
            continue
        if words[n - size - 1][1][-1] not in _SENTENCE_END:
            return None  # "... according to Reuters": part of the sentence
        start = base + words[n - size][0]
        return Byline(Span.of(text, start, line_end), agency=agency, kind="credit")
    return None


def _words_at(text: str) -> list[tuple[int, str]]:
    """The blank-separated words of ``text`` with their offsets (no pattern to compile)."""
    out: list[tuple[int, str]] = []
    cursor = 0
    for word in text.split():
        cursor = text.index(word, cursor)
        out.append((cursor, word))
        cursor += len(word)
    return out


def _desk_initials(word: str, pats: _Patterns) -> bool:
    """Whether ``word`` is a feed desk's initials (``AB``, ``RG``), not an agency."""
    return len(word) <= 4 and word.isalpha() and word.isupper() and word.lower() not in pats.agencies


def _has_credit_hint(window: str) -> bool:
    return any(c in window for c in _CREDIT_HINT_CORES) and any(h in window for h in _CREDIT_HINTS)


def _tail_starts(text: str, start: int, stop: int) -> Iterator[int]:
    """Yield, in order, the positions in ``[start, stop)`` where ``credit_tail`` may match.

    Its lookbehind needs one of ``.!?"”’)]`` right before, or up to three blanks before; every
    other position fails it, so only these are tried (instead of every position).
    """
    for punct in _TAIL_PUNCT.finditer(text, max(0, start - 4), stop):
        at = punct.end()
        for _ in range(4):
            if at >= stop:
                break
            if at >= start:
                yield at
            if not text[at].isspace():
                break
            at += 1


def credit_line(text: str, pos: int, end: int, pats: _Patterns, body_seen: bool) -> Byline | None:
    """The credit of the line at ``pos``: the whole line (``(With inputs from PTI)``, ``X
    contributed to this report.``, an agency alone under the story, ``PTI AAM RG``), or a
    credit fused to the end of its paragraph (``... said. PTI``, ``... (Reporting by X)``).
    The cheap looks come first: most lines hold no credit."""
    line_end = _rstrip(text, pos, end)
    if line_end <= pos:
        return None
    # Whole-line credits.
    first = text[pos]
    if (
        line_end - pos <= 500
        and _may_start(first, pats.credit_firsts)
        and _may_open_credit(text, pos, line_end, pats.credit_heads)
        and pats.credit_start.fullmatch(text, pos, line_end)
        # "D'après les informations de Reuters, le ministre a annoncé ...": a sentence
        and not (line_end - pos > 100 and _is_body(text[pos:line_end]))
    ):
        return credit_item(text, pos, line_end, pats)
    window_start = max(pos, line_end - _TAIL)
    window = text[window_start:line_end].lower()  # all of the line when it is <= 400 long
    # _CONTRIBUTED ignores case; the only non-ASCII letter it takes is "İ" (lower: "i\u0307").
    if (
        line_end - pos <= 400
        and ("contribut" in window or "\u0307" in window)
        and _CONTRIBUTED.search(text, pos, line_end)
    ):
        tail = text[pos:line_end]
        # One sentence: no sentence break before "contributed" (initials such as "Jr." and
        # "T. V." are not breaks); a fused credit after a sentence is found below.
        one_sentence = _NO_PERIOD_BEFORE_CONTRIBUTED.match(tail) or not _SENTENCE_BREAK.search(
            tail, 0, tail.lower().find("contribut")
        )
        if _CONTRIBUTED_END.search(tail) and tail[0].isupper() and one_sentence:
            return credit_item(text, pos, line_end, pats)
    if line_end - pos <= 160 and text[pos].isupper():
        # "The Daily Ledger's Jane Roe contributed.", "Material from the Associated Press was
        # used in this report.": the whole line, under the story
        if body_seen and "contributed" in window and _CONTRIBUTED_BARE.fullmatch(text, pos, line_end):
            return credit_item(text, pos, line_end, pats) or Byline(
                Span.of(text, pos, line_end), kind="credit"
            )
        if "used in this" in window and _USED_IN_REPORT.fullmatch(text, pos, line_end):
            return Byline(Span.of(text, pos, line_end), kind="credit")  # its words name no writer
    agency_only = (
        pats.agency_line.fullmatch(text, pos, line_end)
        if line_end - pos <= pats.agency_line_max
        and _may_start(first, pats.agency_firsts)
        and _may_hold_agency(text, pos, line_end, pats)
        else None
    )
    if agency_only is not None and (body_seen or text[pos] in "—–-("):
        return credit_item(text, pos, line_end, pats)
    if body_seen and line_end - pos <= 40:
        feed = _FEED_INITIALS.fullmatch(text, pos, line_end)  # "PTI AAM RG" under the story
        if feed is not None:
            return Byline(Span.of(text, pos, line_end), agency=feed.group("agency"), kind="credit")
    fused = _fused_trailer(text, pos, line_end, pats)
    if fused is not None:
        return fused
    if line_end - pos >= _FUSED_MIN and _closes_page(text, line_end):
        signed = _fused_signature(text, line_end, pats)
        if signed is not None:
            return signed
    if staff_tail_may_close(text, pos, line_end):
        staff = _staff_tail(text, pos, line_end)
        if staff is not None:
            return staff
    # Credits fused to the end of a paragraph (a cheap look first: most lines have none).
    last = text[max(window_start, line_end - 40) : line_end]
    if not ("—" in last or "–" in last or "-" in last or _paren_end(last) or _has_credit_hint(window)):
        return None
    # credit_tail ends at the end of the line, so it matches at most once: its leftmost match
    # (what a search finds) is the first start it matches at.
    stop = line_end + 3 if line_end + 3 <= end else end
    aligned = len(window) == line_end - window_start  # lower() kept every offset
    # "contributed to this report" / "contributed reporting": both words must be there
    contrib = "contribut" in window and ("this" in window or "reporting" in window)
    for at in _tail_starts(text, window_start, stop):
        heads = pats.credit_heads
        whole = pats.credit_whole_heads
        if aligned and not _credit_may_start(text, at, stop, window, window_start, heads, contrib, whole):
            continue
        # looked up here, not before the loop: reading the method compiles the pattern
        # (~18 ms, #8), and most paragraphs offer it no start at all
        cm = pats.credit_tail.match(text, at, stop)
        if cm is not None:
            break
    else:
        return None
    c_start = cm.start("credit")
    while c_start < line_end and text[c_start] in " \u00a0\t":
        c_start += 1
    if c_start <= pos:
        return None
    c_end = _rstrip(text, c_start, line_end)
    if text[c_start] == "(" and text.startswith(").", c_end - 2):
        c_end -= 1  # "(ANSA)." : the full stop closes the paragraph, not the tag
    return credit_item(text, c_start, c_end, pats)


def credit_item(text: str, start: int, end: int, pats: _Patterns) -> Byline | None:
    """The credit item for ``text[start:end]``, with the names and the agency it credits;
    ``None`` when the credit label opens a sentence instead (``Reporting by Reuters showed ...``)."""
    body = text[start:end]
    if _BY_CREDIT.match(body) and _SENTENCE_WORDS.search(body[:600]):
        return None  # "Reporting by Reuters showed that the firm had ..." is a sentence
    names: list[str] = []
    # "Reporting by Sam Ortiz in Lima" and "contributed reporting from Accra": places, not names.
    scan = _PLACE_AFTER.sub(" ", body[:600])
    for nm in _CREDIT_NAME.finditer(scan):
        cand = _NAME_CLEAN.sub("", nm.group(0))
        words = cand.split()
        while words and words[0].lower().strip("'’s") in _CREDIT_NAME_DROP:
            words.pop(0)
        cand = " ".join(words)
        if cand and cand.lower() not in _CREDIT_NAME_DROP and cand not in names:
            names.append(cand)
    return Byline(
        Span.of(text, start, end),
        names=tuple(names),
        agency=_agency_of(names, body, pats),
        kind="credit",
    )


# The longest byline line that may carry the lead picture's credit after the name.
_PHOTO_LINE_MAX = 120


@functools.lru_cache(maxsize=16)
def photo_labels(labels: tuple[str, ...]) -> frozenset[str]:
    """The one-word caption labels of ``labels``, lower-cased (``foto``, ``photo``, ``bild``,
    ``credit``): the words that open a photo credit set beside a byline."""
    return frozenset(label.lower() for label in labels if label.isalpha())


def photo_credit_cut(text: str, pos: int, end: int, labels: frozenset[str]) -> int:
    """Where a photo credit starts on the byline line ``text[pos:end]`` (``von Anna Berger
    Foto: © APA``, ``By Jane Roe Photo credit: Getty Images``), else -1.

    The credit opens with a caption label (``labels``, see :func:`photo_labels`) and its colon
    after the first colon-free stretch of the line; a two-word label (``Photo credit``) is
    taken whole. Only a line of at most :data:`_PHOTO_LINE_MAX` characters is read.
    """
    if end - pos > _PHOTO_LINE_MAX:
        return -1
    colon = text.find(":", pos, end)
    if colon < 0:
        return -1
    word_end = colon
    while word_end > pos and text[word_end - 1] in " \u00a0":
        word_end -= 1
    cut = _word_start(text, pos, word_end)
    if cut <= pos or text[cut:word_end].lower() not in labels:
        return -1
    before = _word_start(text, pos, cut - 1)
    if before > pos and text[before : cut - 1].lower() in labels:
        cut = before  # "Photo credit:", "Foto Bild:"
    return cut


def _word_start(text: str, pos: int, end: int) -> int:
    """The start of the word that ends at ``end`` (after the last blank in ``text[pos:end]``)."""
    blank = max(text.rfind(" ", pos, end), text.rfind("\u00a0", pos, end))
    return blank + 1 if blank >= 0 else pos
