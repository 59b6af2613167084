"""Photo captions and image credits: ``(Photo: PTI)``, ``Image credit: ...``, ``Getty Images``.

Only text with an explicit marker is taken, because a caption sentence without one reads
exactly like body text:

* a credit label: ``Photo: X/AFP``, ``Image credit: ...``, ``Image copyright Getty Images``,
  ``Photograph: ...`` (also fused to the end of a caption sentence);
* a credit in parentheses: ``(AP Photo/Ted S. Warren)``, ``(Photo: Twitter)``, ``(HT Photo)``,
  ``(Saul Loeb/AFP/Getty Images)``; the whole line when the line is short (a caption), else
  only the parentheses;
* a caption tag or agency alone on a line: ``Getty Images``, ``BCCL``, ``Representational
  image``, ``File photo``, ``Jason Cipriani/ZDNet``;
* caption openers: ``FILE PHOTO: ...``, ``FILE - In this ... file photo ...``, ``File photo of
  ...``, and a trailing ``REUTERS/Name`` or ``— AFP pic``.

>>> [(c.text, c.credit) for c in find_captions("Crowds gather outside the court. (AP Photo/Jane Roe)")]
[('Crowds gather outside the court. (AP Photo/Jane Roe)', 'AP Photo/Jane Roe')]
>>> [(c.text, c.credit) for c in find_captions("Representational image")]
[('Representational image', None)]
>>> find_captions("The photo was taken on Monday, the ministry said.")
()
"""

from __future__ import annotations

import functools
from collections.abc import Iterator
from typing import NamedTuple

import attrs

from newsparse._document import FREE, PARTLY, WHOLLY, Document, Gate
from newsparse._model import Caption, Span
from newsparse.lang import extend_vocabulary
from newsparse.rules.furniture.patterns import (
    CAPTION_LABELS,
    CAPTION_LINES,
    DASH,
    PHOTO_AGENCIES,
    LazyPattern,
    alternation,
    line_segments,
)

__all__ = ["CaptionRule", "find_captions"]

_B = r"[\s\u00a0]"
# A caption line is short; a longer line may only carry a credit in parentheses.
_MAX_CAPTION = 400
_LEAD = LazyPattern(r"[\s\u00a0\ufeff*•·>]*+")
_LEAD_CHARS = "\u00a0\ufeff*•·>"  # with the blanks (str.isspace), what _LEAD skips
# Words that make a parenthesis a photo credit. Each opens a word: inside one it is no
# marker (``tropics``, ``epic``, ``Pipfile``, ``Truck-Profile`` in an aside); only a desk tag
# glued to an agency (``PTI_PRINT``) is matched inside. ``File`` counts capitalised only
# (``(PTI File)``): a lower-case ``file`` closes asides (``(from a requirements file)``).
_MARKER = (
    r"(?i:(?<![\p{L}])(?:photo|image|pic\b|pics\b|picture|photograph|credit|courtesy|illustration|(?-i:File|FILE)\b|"
    r"getty|istock|shutterstock|representative|representational|symbolbild|symbolfoto|"
    r"stock\s(?:image|photo)|screengrab|screenshot|handout)|(?<=[A-Za-z])_print\b)"
)
# Every caption or credit shape has one of these (a quick look before the real patterns).
_CAPTION_HINTS = (
    "(", "/", ":", "|", "©", "photo", "image", "picture", "pic", "getty", "file", "represent", "symbol",
    "credit", "courtesy", "illustration", "shutterstock", "istock", "reuters", "bccl", "caption",
    "foto", "bild", "screen",
)  # fmt: skip


def _has_hint(chunk: str) -> bool:
    if "(" in chunk or "/" in chunk or ":" in chunk or "|" in chunk:
        return True  # the commonest hints first, without lower-casing
    lowered = chunk.lower()
    return any(h in lowered for h in _CAPTION_HINTS)


_ENDS_SENTENCE = LazyPattern(r"[.!?\"”’][\s\u00a0]{0,2}$")
_SLASH_AGENCY = LazyPattern(r"/(?:Getty|AFP|AP|Reuters|REUTERS|iStock|Shutterstock|EPA)")
_REUTERS_CREDIT = LazyPattern(r"REUTERS/\p{Lu}[\p{L}\p{M}.'’\- ]{1,40}")
_CREDIT_LABEL = LazyPattern(r"(?i)^(?:photo|image|pic|picture)?\s*(?:credit|courtesy|source)?\s*[:：]\s*")
_PIC_SUFFIX = LazyPattern(r"(?i)\s(?:file\s)?(?:pic|photo)s?$")
_BARE_CAPTION_LABEL = LazyPattern(r"(?:Image|Media|Photo)[\s\u00a0]captions?[\s\u00a0]{0,2}[,:]?")
_NO_CREDIT = LazyPattern(
    r"(?i)^\(?[\s\u00a0]*(?:representa(?:tive|tional)\s(?:image|photo|picture|pic)|file(?:\s(?:photo|image|pic))?"
    r"|stock\s(?:image|photo)|symbolbild|symbolfoto|bt\sfile\sphoto)[\s\u00a0]*\)?\.?$"
)


# BBC-style media labels, as scraped: "Image source, Getty Images", "Image caption," (the
# caption text follows on the next line), "Media caption, ...".
_MEDIA_LABEL = LazyPattern(
    r"(?:Image|Media|Video|Photo)[\s\u00a0](?P<what>source|caption|copyright|credit)s?[\s\u00a0]{0,2}[,:]"
    r"[\s\u00a0]{0,2}(?P<credit>[^\n]{0,200})"
)


class _Patterns(NamedTuple):
    label_line: LazyPattern
    alone: LazyPattern
    slash_credit: LazyPattern
    paren: LazyPattern
    opener: LazyPattern
    fused_tail: LazyPattern
    # Cheap exact pre-checks: the ASCII characters a ``label_line`` or ``alone`` match can start
    # with (a non-ASCII or blank one may also start one; see :func:`_may_start`), and the
    # longest line ``alone`` can match in full (a space in a listed line matches 1-3 blanks).
    slash_tail: LazyPattern
    label_firsts: frozenset[str]
    alone_firsts: frozenset[str]
    alone_max: int


def _may_start(char: str, firsts: frozenset[str]) -> bool:
    """Return whether a match may start with ``char`` (a listed ASCII, a non-ASCII or a blank)."""
    return char in firsts or not char.isascii() or char.isspace()


# fused_tail needs one of these in the window: a label (alternatives 1 and 5), " | " (2),
# "REUTERS/" (4), a dash together with "pic" or "photo" (3), or a trailing "File photo" (6).
_FUSED_KEYS = ("Photo", "Picture", "Illustration", "Image", "Foto", "Credit", "|", "REUTERS/", "File", "FILE")
_DASH_CHARS = "-—–―‒â"


def _may_fuse(window: str) -> bool:
    """Whether ``fused_tail`` may match in ``window``: an exact pre-check, never a false "no"."""
    return any(k in window for k in _FUSED_KEYS) or (
        # "— PTI photo": the one form with no key ends the line with the word after a blank
        # ("tropical" or "photography" before a hyphen used to compile the pattern, #8)
        _ends_with_pic(window) and any(d in window for d in _DASH_CHARS)
    )


def _ends_with_pic(window: str) -> bool:
    """Whether ``window`` ends with "pic(s)" or "photo(s)" (then blanks, a full stop, blanks)."""
    tail = window.rstrip()
    if tail.endswith("."):
        tail = tail[:-1].rstrip()
    return tail.endswith(("pic", "pics", "photo", "photos"))


# The words of _MARKER in lower case, and the characters IGNORECASE takes for an ASCII letter.
_MARKER_STEMS = (
    "photo", "image", "pic", "credit", "courtesy", "illustration", "file", "getty", "istock",
    "shutterstock", "representa", "symbolbild", "symbolfoto", "stock", "screengrab", "screenshot",
    "handout", "_print",
)  # fmt: skip
_ASCII_LOOKALIKES = frozenset("\u017f\u212a\u0131\u0130")  # ſ, the Kelvin sign, ı, İ


def _may_hold_paren_credit(text: str, start: int, end: int, pats: _Patterns) -> bool:
    """Whether ``paren`` may match in ``text[start:end]``: an exact pre-check, never a false "no".

    A credit in parentheses holds a marker word (ignoring case) or a slash; an agency alone in
    them closes the window. Worth it only until the pattern is compiled (~8 ms, #8): most
    lines with a bracket hold an aside, not a credit.
    """
    if pats.paren.compiled_yet:
        return True
    window = text[start:end]
    if "/" in window:
        return True
    tail = window.rstrip()
    while tail.endswith("."):
        tail = tail[:-1].rstrip()
    if tail.endswith(")"):
        return True
    if not _ASCII_LOOKALIKES.isdisjoint(window):
        return True
    low = window.lower()
    return any(stem in low for stem in _MARKER_STEMS)


@functools.lru_cache(maxsize=16)
def _patterns(labels: tuple[str, ...], lines: tuple[str, ...], agencies: tuple[str, ...]) -> _Patterns:
    label_alt = alternation(labels)
    agency_alt = alternation(agencies)
    slash = (
        rf"(?:\p{{Lu}}[\p{{L}}\p{{M}}\d.'’\-]{{0,30}}(?:{_B}\p{{Lu}}[\p{{L}}\p{{M}}\d.'’\-]{{0,30}}){{0,3}}"
        rf"|[\p{{L}}\d_.]{{2,30}})"
        rf"(?:{_B}?/{_B}?(?:{agency_alt}|\p{{Lu}}[\p{{L}}\p{{M}}\d.&\-]{{0,30}}(?:{_B}\p{{Lu}}[\p{{L}}\p{{M}}\d.&\-]{{0,30}}){{0,3}})){{1,3}}"
    )
    return _Patterns(
        label_line=LazyPattern(
            rf"\(?{_B}{{0,2}}(?P<label>{label_alt})(?![\p{{L}}]){_B}{{0,2}}(?:[:：]|{DASH}|(?<=copyright|Copyright|courtesy|Courtesy){_B}"
            rf"|{_B}(?:by|By|courtesy{_B}of|Courtesy{_B}of|via){_B}(?=\p{{Lu}}|@))"
            rf"{_B}{{0,3}}(?P<credit>[^\n]{{1,200}}?){_B}{{0,2}}\)?[.]?{_B}{{0,2}}"
        ),
        alone=LazyPattern(rf"\(?{_B}{{0,2}}(?P<credit>{alternation(lines)}){_B}{{0,2}}\)?\.?"),
        slash_credit=LazyPattern(rf"(?P<credit>{slash})"),
        paren=LazyPattern(
            rf"\((?P<credit>(?=[^()\n]{{0,60}}(?:{_MARKER}|/(?:{agency_alt})(?![\p{{L}}])|(?:{agency_alt})/))[^()\n]{{1,120}})\)"
            rf"|\((?P<agency>(?:{agency_alt}))\)(?=[.\s\u00a0]*$)"
        ),
        opener=LazyPattern(
            rf"(?:FILE{_B}?PHOTO{_B}?:|FILE{_B}{{1,2}}{DASH}|File{_B}photo{_B}of|File{_B}image{_B}of|File{_B}(?:photo|image|picture):"
            rf"|Representa(?:tive|tional){_B}(?:image|photo|picture){_B}(?:of|shows)"
            rf"|In{_B}this{_B}[^\n]{{0,80}}(?:file{_B}photo|photo{_B}(?:provided|released|taken|made)))"
        ),
        fused_tail=LazyPattern(
            # "… resgatado — Foto: Reprodução": the label may follow a dash after the caption
            rf"(?:(?<=[\p{{L}}\d.!?)\"”’]|[\p{{L}}\d.!?)\"”’]{_B}{DASH}){_B}?"
            rf"(?:Photograph|Photo|Picture|Illustration|Image|Foto|Credit|Photo{_B}credit)"
            rf"{_B}?:{_B}?(?P<credit>[^\n:]{{2,80}})"
            rf"|{_B}\|{_B}(?P<credit2>[^|\n]{{2,60}}/(?:{agency_alt}))"
            rf"|{_B}{DASH}{_B}?(?P<credit3>(?:{agency_alt}|Bernama|\p{{Lu}}{{2,10}}){_B}(?:pic|photo|file\spic)s?)"
            rf"|(?<=[\s\u00a0(])(?P<credit4>REUTERS/\p{{Lu}}[\p{{L}}\p{{M}}.'’\- ]{{1,40}})\)?"
            rf"|(?<=[.!?\"”’]{_B}{{0,2}})(?:Photo|Photograph|Picture|Image|Illustration)s?{_B}"
            rf"(?:by|courtesy(?:{_B}of)?|via){_B}"
            rf"(?P<credit5>\p{{Lu}}[\p{{L}}\p{{M}}.'’\- ]{{1,40}}(?:/[\p{{L}}&. ]{{1,30}})?)"
            rf"|(?<=[.!?\"”’]{_B}{{0,2}})(?P<credit6>File{_B}(?:photo|image|picture|pic)|FILE{_B}PHOTO)"
            rf"){_B}*\.?{_B}*$"
        ),
        slash_tail=LazyPattern(rf"\((?P<credit>{slash}|[Pp]ublic{_B}domain){_B}{{0,2}}\)[.]?"),
        label_firsts=frozenset({w[0] for w in labels if w} | {"("}),
        alone_firsts=frozenset({w[0] for w in lines if w} | {"("}),
        # "(" + 2 blanks + the line + 2 blanks + ")" + "."
        alone_max=7 + max((len(w) + 2 * w.count(" ") for w in lines), default=0),
    )


@functools.cache
def _default_patterns() -> _Patterns:
    return _patterns(CAPTION_LABELS, CAPTION_LINES, PHOTO_AGENCIES)


@attrs.frozen(slots=True)
class CaptionRule:
    """Find photo captions and image credits that carry an explicit marker.

    The fields are the rule's vocabulary; extend them by passing longer tuples.
    """

    name: str = "captions"
    """The rule's name in a :class:`~newsparse.Parser`."""
    labels: tuple[str, ...] = CAPTION_LABELS
    """Labels that open a credit (``Photo``, ``Image credit``, ``Photograph``)."""
    lines: tuple[str, ...] = CAPTION_LINES
    """Lines that are a caption tag or credit by themselves (``Getty Images``, ``BCCL``)."""
    photo_agencies: tuple[str, ...] = PHOTO_AGENCIES
    """Photo agencies that end a ``Name/Agency`` credit (``AFP``, ``Getty Images``)."""

    def __call__(self, document: Document) -> Iterator[Caption]:
        """Yield the captions and image credits of ``document``, in text order."""
        # The document's caption labels join the rule's own (the same tuple for English).
        labels = extend_vocabulary(self.labels, document.tables.caption_labels)
        if labels is CAPTION_LABELS and self.lines is CAPTION_LINES and self.photo_agencies is PHOTO_AGENCIES:
            pats = _default_patterns()  # no hashing of the vocabularies per document
        else:
            pats = _patterns(tuple(labels), tuple(self.lines), tuple(self.photo_agencies))
        text = document.text
        skip_to = -1
        last_end = 0  # where the last caption yielded ends: a caption never reaches above it
        hinted = {i for i in document.index.candidates(_HINT_GATE) if not document.line_claims[i]}
        for index in _candidate_lines(document):
            line = document.line_span(index)
            if line.start < skip_to:
                continue
            for rng in line_segments(document, line):
                if not rng.text.strip():
                    continue
                for caption in _in_segment(text, rng.start, rng.end, pats, index in hinted):
                    if _BARE_CAPTION_LABEL.fullmatch(caption.span.text):
                        # "Image caption," alone: the caption text is the next non-blank line.
                        nxt = next(
                            (
                                ln
                                for ln in map(document.line_span, range(index + 1, index + 3))
                                if ln.text.strip()
                            ),
                            None,
                        )
                        if nxt is not None and len(nxt.text) <= 250 and not document.is_line_claimed(nxt):
                            end = _rstrip(text, nxt.start, nxt.end)
                            caption = Caption(Span.of(text, caption.span.start, end), credit=None)
                            skip_to = nxt.end
                    else:
                        caption = _with_caption_above(document, index, caption, last_end)
                    last_end = caption.span.end
                    yield caption


# A line over 60 characters holds a caption or credit only if it holds one of the hints.
_HINT_GATE = Gate(literals=_CAPTION_HINTS)
_RSTRIP_CHARS = frozenset(" \u00a0\t\ufeff")


def _candidate_lines(document: Document) -> list[int]:
    """The lines worth a look: those holding a hint, and those that may be 60 characters or
    shorter once stripped (short lines are whole-line captions without a hint: ``AFP``)."""
    text, starts, ends = document.text, document.line_starts, document.line_ends
    claims = document.line_claims
    chosen = set(document.index.candidates(_HINT_GATE))
    for i in document.index.nonblank:
        s, e = starts[i], ends[i]
        if (
            e - s <= 60
            or claims[i] == PARTLY  # its unclaimed pieces may be short
            or text[s].isspace()
            or text[s] in _LEAD_CHARS
            or text[e - 1] in _RSTRIP_CHARS
        ):
            chosen.add(i)
    return [i for i in sorted(chosen) if claims[i] != WHOLLY]


def _rstrip(text: str, start: int, end: int) -> int:
    while end > start and text[end - 1] in " \u00a0\t\ufeff":
        end -= 1
    return end


def _in_segment(text: str, start: int, end: int, pats: _Patterns, hinted: bool = False) -> Iterator[Caption]:
    """The captions of one unclaimed stretch; ``hinted``: it is a whole line the hint gate chose."""
    first = text[start]
    if first.isspace() or first in _LEAD_CHARS:
        lead = _LEAD.match(text, start, min(end, start + 20))
        pos = lead.end() if lead else start
    else:
        pos = start  # nothing for _LEAD to skip
    end = _rstrip(text, pos, end)
    if end <= pos:
        return
    # The gate found a hint in the line; within 4000 characters the two windows below cover
    # all of it, so the look would find one too.
    if (
        end - pos > 60
        and not (hinted and end - pos <= 4000)
        and not (_has_hint(text[pos : min(end, pos + 2000)]) or _has_hint(text[max(pos, end - 2000) : end]))
    ):
        return  # no marker a caption or credit could hang on
    short = end - pos <= _MAX_CAPTION
    if short:
        whole = _whole_line(text, pos, end, pats)
        if whole is not None:
            yield whole
            return
    # Credits in parentheses: a run at the start of the line, one at its end, or any in between.
    if text.find("(", pos, end) < 0:
        return  # every credit in parentheses starts with "("
    head = min(end, pos + 2000)
    tail_from = max(pos, end - 2000)
    seen: set[int] = set()
    for window_start, window_end in ((pos, head), (tail_from, end)):
        if not _may_hold_paren_credit(text, window_start, window_end, pats):
            continue
        for m in pats.paren.finditer(text, window_start, window_end):
            if m.start() in seen:
                continue
            seen.add(m.start())
            if _opens_sentence_near(text, pos, m.start()) and _DATELINE_AFTER.match(text, m.end(), end):
                continue  # "Berlin (dpa/lnw) - Die ...": a wire dateline's agency, not a credit
            credit = m.group("credit") or m.group("agency")
            at_end = not text[m.end() : end].strip(" \u00a0.")
            if m.group("agency") is not None and not (
                short
                and at_end
                and end - pos <= 250
                # a caption sentence, or a caption's noun phrase with no sentence end at all
                # ("Chief economic adviser Jane Roe (PTI)")
                and (_ENDS_SENTENCE.search(text, pos, m.start()) or _noun_phrase(text, pos, m.start()))
            ):
                continue  # "(Reuters)" ends a caption sentence, never a running paragraph
            if _NO_CREDIT.match(m.group(0)):
                credit = None
            if at_end and short and m.start() > pos and not seen - {m.start()}:
                yield Caption(Span.of(text, pos, end), credit=_clean(credit))
                return
            yield Caption(Span.of(text, m.start(), m.end()), credit=_clean(credit))


# A dateline's agency in parentheses follows the place at the line's start and is followed by
# the dateline's dash and the lede's first word: "Berlin (dpa/lnw) - Die", "Paris (AFP/dpa) – Le".
_DATELINE_PLACE_CHARS = 40
_DATELINE_AFTER = LazyPattern(r"[ \u00a0]{0,2}\.?[-–—][ \u00a0]{1,2}[\p{Lu}\p{Ll}\d\"“„«]")


_SENTENCE_ENDS = (". ", "! ", "? ", "» ", "” ", '" ')


def _opens_sentence_near(text: str, pos: int, at: int) -> bool:
    """Whether the line or a sentence in it opens at most :data:`_DATELINE_PLACE_CHARS`
    before ``at``, at a capital: where a wire dateline's place stands, also after a one-line
    scrape's standfirst (``Dek sentence. Bad Homburg (dpa/lhe) - Die ...``)."""
    if at - pos <= _DATELINE_PLACE_CHARS:
        return True
    lo = at - _DATELINE_PLACE_CHARS - 2
    cut = max(text.rfind(end, lo, at) for end in _SENTENCE_ENDS)
    return cut >= 0 and text[cut + 2 : cut + 3].isupper()


# A caption's noun phrase: short, capitalised, no sentence end, no clause break.
_NOUN_PHRASE = LazyPattern(r"\p{Lu}[^.!?;:\n]{9,140}")
# Words of a clause (a story's last sentence left without its full stop), not of a caption.
_CLAUSE_WORDS = LazyPattern(
    r"(?i)\b(?:said|says|told|tells|added|would|will|is|are|was|were|has|have|had|can|could)\b"
)


def _noun_phrase(text: str, start: int, end: int) -> bool:
    """Whether ``text[start:end]`` reads as a caption's noun phrase, not a clause."""
    return (
        _NOUN_PHRASE.fullmatch(text, start, end) is not None
        and _CLAUSE_WORDS.search(text, start, end) is None
    )


# A table's or chart's caption line: "Table 1 | The table shows ...", "Chart 2: Sales by region".
_FIGURE_CAPTION = LazyPattern(
    r"(?:Table|TABLE|Chart|CHART|Graph|Figure|Fig\.|Map|Graphic|Infographic|Exhibit)"
    r"[\s\u00a0]{1,2}\d{1,3}[A-Za-z]?[\s\u00a0]{0,2}[|:.–—-][\s\u00a0]{1,2}\S"
)
_FIGURE_FIRSTS = frozenset("TCGFMIE")
# A picture credited to the outlet it was taken from: "A portrait of the king (via Daily Ledger)".
_VIA_CREDIT = LazyPattern(r"\(via[\s\u00a0]{1,2}(?P<credit>\p{Lu}[^()\n]{0,60})\)[.\s\u00a0]{0,3}$")
_VIA_MAX = 250


# A caption whose picture's credit follows the copyright sign at the line's end (German regional
# papers: ``Caption sentence. © AGENCY / PHOTOGRAPHER``, ``Rubriklistenbild: © KCNA/dpa``; #11,
# eleventh round (sample s13)). The caption part ends like a sentence, a label or a pipe; the credit names
# someone (a letter first: ``© 2024 Verlag`` is the site's copyright line) and holds no sentence
# end, so a copyright notice (``© X. All rights reserved.``) is no caption.
_SIGN_CREDIT = LazyPattern(
    r"(?<=[.!?:|)][\s\u00a0]{0,3})[©ⓒ][\s\u00a0]{0,2}"
    r"(?P<credit>\p{L}(?:[^\n.!?©ⓒ\d]|\.(?![\s\u00a0]|$)){1,80})\.?$"
)
_SIGN_CREDIT_LINE = 250  # the longest caption line taken with such a credit
_SIGN_CREDIT_TAIL = 90  # the sign stands this close to the line's end
_SIGN_NOT_CREDIT = LazyPattern(r"(?i)\b(?:rights|rechte|derechos|droits|diritti|direitos|reserved)\b")


def _sign_credit(text: str, pos: int, end: int) -> Caption | None:
    """The line as a caption when it ends in a copyright sign and a short credit, else ``None``."""
    lo = max(pos, end - _SIGN_CREDIT_TAIL)  # two scans in C over the line's tail, no regex
    sign = max(text.rfind("©", lo, end), text.rfind("ⓒ", lo, end))
    if sign <= pos:
        return None
    m = _SIGN_CREDIT.match(text, sign, end)
    if m is None or _SIGN_NOT_CREDIT.search(text, sign, end):
        return None
    return Caption(Span.of(text, pos, end), credit=_clean(m.group("credit")))


# A caption sentence closed by its picture's credit in parentheses, a person and the house or
# archive after a slash, or a free picture's status (US city and magazine sites, #11, eleventh
# round): ``The flooded basement. (Jane Roe/Daily Ledger)``, ``A 1950s poster. (Public domain)``.
# The credit must follow a sentence end: in a story's sentence a name and a slash in
# parentheses is an aside (``the senator (R/Ohio) said``).
_SLASH_TAIL_LINE = 250  # the longest caption line taken with such a credit
_SLASH_TAIL_CREDIT = 80  # the credit's parentheses stand this close to the line's end
_SENTENCE_END_CHARS = '.!?"”’'


def _slash_tail(text: str, pos: int, end: int, pats: _Patterns) -> Caption | None:
    """The line as a caption when a sentence ends before a credit in parentheses at its end
    (``Name/House`` or ``Public domain``), else ``None``."""
    opening = text.rfind("(", max(pos, end - _SLASH_TAIL_CREDIT), end)
    if opening <= pos or (text.find("/", opening, end) < 0 and "domain" not in text[opening:end]):
        return None  # (two scans in C: most lines hold neither)
    before = opening
    while before > pos and text[before - 1] in " \u00a0":
        before -= 1
    if before == opening or before <= pos or text[before - 1] not in _SENTENCE_END_CHARS:
        return None
    m = pats.slash_tail.fullmatch(text, opening, end)
    if m is None:
        return None
    return Caption(Span.of(text, pos, end), credit=_clean(m.group("credit")))


def _whole_line(text: str, pos: int, end: int, pats: _Patterns) -> Caption | None:
    # The line's Span is built only for a caption found: most looks find none.
    first = text[pos]
    signed = _sign_credit(text, pos, end) if end - pos <= _SIGN_CREDIT_LINE else None
    if signed is not None:
        return signed
    if first in _FIGURE_FIRSTS and _FIGURE_CAPTION.match(text, pos, end):
        return Caption(Span.of(text, pos, end))
    if end - pos <= _VIA_MAX and text[end - 1] in ").":
        via = _VIA_CREDIT.search(text, pos, end)
        if via is not None and via.start() > pos and _noun_phrase(text, pos, via.start()):
            return Caption(Span.of(text, pos, end), credit=_clean(via.group("credit")))
    if end - pos <= _SLASH_TAIL_LINE and text[end - 1] in ").":
        tailed = _slash_tail(text, pos, end, pats)
        if tailed is not None:
            return tailed
    bbc = _MEDIA_LABEL.fullmatch(text, pos, end) if first in "IMVP" else None
    if bbc is not None:
        credit = None if bbc.group("what").lower().startswith("caption") else _clean(bbc.group("credit"))
        return Caption(Span.of(text, pos, end), credit=credit)
    m = (
        pats.alone.fullmatch(text, pos, end)
        if end - pos <= pats.alone_max and _may_start(first, pats.alone_firsts)
        else None
    )
    if m is not None:
        credit = None if _NO_CREDIT.match(text[pos:end]) else _clean(m.group("credit"))
        return Caption(Span.of(text, pos, end), credit=credit)
    m = pats.label_line.fullmatch(text, pos, end) if _may_start(first, pats.label_firsts) else None
    if m is not None and end - pos <= 200:
        label = m.group("label").lower()
        credit = None if label in {"image caption", "caption"} else _clean(m.group("credit"))
        return Caption(Span.of(text, pos, end), credit=credit)
    if end - pos <= 80 and text.find("/", pos, end) >= 0:
        m = pats.slash_credit.fullmatch(text, pos, end)
        if m is not None:
            line = text[pos:end]
            if len(line.split("/")[0].split()) >= 2 or _SLASH_AGENCY.search(line):
                return Caption(Span.of(text, pos, end), credit=line)
    if first in "FRI" and pats.opener.match(text, pos, end):
        inner = pats.paren.search(text, pos, end)
        reuters = _REUTERS_CREDIT.search(text, pos, end)
        credit = reuters.group(0).strip() if reuters else (_clean(inner.group("credit")) if inner else None)
        return Caption(Span.of(text, pos, end), credit=credit)
    tail_start = max(pos, end - 200)
    m = pats.fused_tail.search(text, tail_start, end) if _may_fuse(text[tail_start:end]) else None
    if m is not None and m.start() > pos:
        groups = m.group("credit", "credit2", "credit3", "credit4", "credit5")
        credit = next((g for g in groups if g), None)
        return Caption(Span.of(text, pos, end), credit=_clean(credit))
    return None


def _clean(credit: str | None) -> str | None:
    if credit is None:
        return None
    cleaned = _CREDIT_LABEL.sub("", credit.strip())
    cleaned = _PIC_SUFFIX.sub("", cleaned.strip(" \u00a0.()"))
    return cleaned or None


def find_captions(text: str) -> tuple[Caption, ...]:
    """Return the captions and image credits in ``text``, in text order."""
    from newsparse._errors import ensure_str

    return tuple(CaptionRule()(Document.from_text(ensure_str(text))))


# The caption a credit line stands under (issue #9, sixth round). A page prints the caption and
# then its credit on a line of its own (``Un autobus scolaire.`` over ``Photo : Radio-Canada /
# Steve Bruce``), and a hard-wrapped scrape breaks one caption over several lines, the later
# ones indented. Annotators take the caption and its credit as one item; the credit alone is
# too short a part of it to count.
_CREDIT_SLACK = 25  # a credit-only line: label and brackets around the credit, no caption text
_CAPTION_ABOVE = 200  # the longest caption line taken above a credit
_SENTENCE_ABOVE = 60  # ... when it ends like a sentence (a story paragraph is longer)
_CAPTION_WORDS = 30
_WRAPPED_LINES = 4  # hard-wrapped lines of one caption followed back at most
_NOT_CAPTION_ENDS = (":", ";", ",")  # a list's lead-in or a clause that goes on
_QUOTE_MARKS = frozenset('"“”«»„')


def _with_caption_above(document: Document, index: int, caption: Caption, floor: int) -> Caption:
    """``caption`` grown upwards over the caption it credits: the hard-wrapped lines of the same
    paragraph above an indented line, or, for a line that is only a credit, the caption line
    right above it (short, no quotation, not a list's lead-in, never above ``floor``)."""
    text = document.text
    line = document.line_span(index)
    start = caption.span.start
    if start - line.start > 3 or _rstrip(text, line.start, line.end) != caption.span.end:
        return caption  # only a caption that is its line (a credit in a sentence stays as it is)
    wrapped = _wrapped_start(document, index, floor)
    if wrapped is not None:
        return Caption(Span.of(text, wrapped, caption.span.end), credit=caption.credit)
    credit = caption.credit
    if credit is None or len(caption.span.text) - len(credit) > _CREDIT_SLACK or index == 0:
        return caption
    above = index - 1
    if document.line_claims[above] != FREE:
        return caption
    nonblank = document.index.nonblank
    if nonblank and above == nonblank[0]:
        # the page's first line over the lead picture's credit (``Council votes to close the
        # pier`` / ``Foto: dpa``) is the headline: the scrape dropped the caption
        return caption
    a, b = document.line_starts[above], document.line_ends[above]
    while a < b and text[a].isspace():
        a += 1
    b = _rstrip(text, a, b)
    if a >= b or a < floor or not _caption_shaped(text[a:b]):
        return caption
    return Caption(Span.of(text, a, caption.span.end), credit=credit)


def _caption_shaped(line: str) -> bool:
    """Whether ``line`` reads as a photo's caption: short, quoting nobody, not a lead-in."""
    if len(line) > _CAPTION_ABOVE or len(line.split()) > _CAPTION_WORDS or line.endswith(_NOT_CAPTION_ENDS):
        return False
    if line.endswith((".", "!", "?")) and len(line) > _SENTENCE_ABOVE:
        return False
    return not any(ch in _QUOTE_MARKS for ch in line)


def _wrapped_start(document: Document, index: int, floor: int) -> int | None:
    """Where the hard-wrapped paragraph holding line ``index`` starts, when that line is an
    indented continuation (it opens with blanks, the line above ends with one); else ``None``."""
    text, starts, ends = document.text, document.line_starts, document.line_ends
    i = index
    while (
        i > 0
        and index - i < _WRAPPED_LINES
        and text.startswith("  ", starts[i])
        and ends[i - 1] > starts[i - 1]
        and text[ends[i - 1] - 1] == " "
        and document.line_claims[i - 1] == FREE
        and starts[i - 1] >= floor
    ):
        i -= 1
    if i == index:
        return None
    a = starts[i]
    while a < ends[i] and text[a].isspace():
        a += 1
    return a
