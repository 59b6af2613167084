"""The boilerplate rule: footers and in-body promos (app plugs, newsletters, share bars, …).

How it works (see ``docs/boilerplate.md``):

1. every unclaimed line (or the unclaimed part of a line) is matched WHOLE against a table of
   ``(kind, regex)`` pairs — a body sentence that merely mentions an app or a newsletter does not
   match, because the patterns describe the whole promo line, not a keyword;
2. a long line (a scrape that joined paragraphs with spaces) is also checked for promo sentences
   at its end (``… Andrew Cuomo. To read more such news, download … apps``);
3. the tail of the article — the lines after its last body paragraph — is scanned backwards: there,
   author-contact lines count too, and short widget lines (``Facebook``, ``0``, ``Privacy Policy``)
   under a recognised footer line join it, so the whole footer is covered. Credit lines
   (``(With inputs from PTI)``, ``Reporting by …``) are left for the bylines rule.

One item per line (or per sentence at the end of a joined line), each with a ``kind``.

>>> [(b.kind, b.text) for b in find_boilerplate("Rates rose.\\nFollow us on Twitter\\nAdvertisement")]
[('social_follow', 'Follow us on Twitter'), ('ad', 'Advertisement')]
"""

from __future__ import annotations

import bisect
import functools
from collections.abc import Iterable, Iterator

import attrs
import regex

from newsparse import _also_read_patterns as AP
from newsparse import _boilerplate_patterns as BP
from newsparse._also_read import _label_regex_source
from newsparse._document import Document
from newsparse._model import Boilerplate, Span

__all__ = ["BoilerplateRule", "find_boilerplate"]

_MAX_LINE = 1500  # whole-line classification looks at lines up to this length
_JOINED = 400  # a line this long is taken for several paragraphs joined by spaces
_TAIL_WINDOW = 1500  # how far back from a line's end promo sentences are looked for
_SENTENCE_START = regex.compile(r"(?<=[.!?…।)\]][\"”’)\]]{0,2})[ \t\u00a0]++(?=\S)")
_STRIP = " \t\u00a0\u200b\ufeff"


_PREFIX = 3  # lines are bucketed by their first characters
_MAX_BUCKETS = 50_000  # beyond this many distinct prefixes, buckets are computed, not cached


class _Table:
    """A ``(kind, regex)`` table compiled for fast whole-line matching.

    A single alternation of ~140 patterns costs tens of µs per line even on a one-letter line,
    so each line is only tried against the patterns that can start with its first three
    characters — ``regex`` partial matching tells which — in table order. Buckets are cached by
    prefix.
    """

    __slots__ = ("_buckets", "_kinds", "_singles")

    def __init__(self, pairs: tuple[tuple[str, str], ...]) -> None:
        self._kinds = tuple(k for k, _ in pairs)
        self._singles = tuple(regex.compile(src, regex.IGNORECASE) for _, src in pairs)
        self._buckets: dict[str, tuple[regex.Pattern[str], ...]] = {}

    def _bucket(self, prefix: str) -> tuple[regex.Pattern[str], ...]:
        bucket = self._buckets.get(prefix)
        if bucket is None:
            bucket = tuple(p for p in self._singles if p.fullmatch(prefix, partial=True) is not None)
            if len(self._buckets) < _MAX_BUCKETS:
                self._buckets[prefix] = bucket
        return bucket

    def kind(self, text: str) -> str | None:
        """The kind of the first pattern that matches all of ``text``, else ``None``."""
        if not text or len(text) > _MAX_LINE:
            return None
        for pat in self._bucket(text[:_PREFIX]):
            if pat.fullmatch(text) is not None:
                return self._kinds[self._singles.index(pat)]
        return None


@attrs.frozen(slots=True)
class _Compiled:
    anywhere: _Table
    tail: _Table
    credit: regex.Pattern[str]


@functools.lru_cache(maxsize=32)
def _compile(
    patterns: tuple[tuple[str, str], ...],
    tail_patterns: tuple[tuple[str, str], ...],
    section_headers: tuple[str, ...],
    credit: str,
) -> _Compiled:
    headers = tuple(
        ("related_links", _label_regex_source(h) + r"\W{0,3}") for h in section_headers if h.strip()
    )
    headers += tuple(("related_links", f"(?-i:{p})" + r"\W{0,3}") for p in AP.SECTION_HEADER_PATTERNS)
    anywhere = patterns + headers
    return _Compiled(
        _Table(anywhere), _Table(anywhere + tail_patterns), regex.compile(credit, regex.IGNORECASE)
    )


def _pairs(values: Iterable[tuple[str, str]]) -> tuple[tuple[str, str], ...]:
    """Accept any iterable of ``(kind, regex)`` pairs for a table field."""
    return tuple((kind, src) for kind, src in values)


def _strings(values: Iterable[str]) -> tuple[str, ...]:
    """Accept any iterable of strings for a vocabulary field."""
    return tuple(values)


def _strip(text: str, start: int, end: int) -> tuple[int, int]:
    while start < end and text[start] in _STRIP:
        start += 1
    while end > start and text[end - 1] in _STRIP:
        end -= 1
    return start, end


@attrs.frozen(slots=True)
class BoilerplateRule:
    """Find footer and in-body promo lines; each item gets a ``kind``.

    The tables are data; extend one by passing a new tuple:

    >>> rule = BoilerplateRule(patterns=BoilerplateRule().patterns + (("ad", r"Anuncio"),))
    >>> [b.kind for b in rule(Document.from_text("El pleno votó.\\nAnuncio"))]
    ['ad']
    """

    name: str = "boilerplate"
    """The rule's name in a :class:`~newsparse.Parser`."""
    patterns: tuple[tuple[str, str], ...] = attrs.field(default=BP.PATTERNS, converter=_pairs)
    """``(kind, regex)`` pairs that match a whole promo line anywhere in the text."""
    tail_patterns: tuple[tuple[str, str], ...] = attrs.field(default=BP.TAIL_PATTERNS, converter=_pairs)
    """``(kind, regex)`` pairs trusted only after the last body paragraph (author contact tails)."""
    section_headers: tuple[str, ...] = attrs.field(default=AP.SECTION_HEADERS, converter=_strings)
    """Related-links headers (``Related Stories``), kind ``"related_links"``, when still unclaimed."""
    credit: str = BP.CREDIT
    """A regex for credit lines, which are never claimed here (the bylines rule takes them)."""
    absorb_widgets: bool = True
    """Whether short lines under a recognised footer line join the footer (``Facebook``, ``0``)."""
    max_widget_chars: int = 60
    """The longest line absorbed into a footer without matching a pattern itself."""

    def _compiled(self) -> _Compiled:
        return _compile(self.patterns, self.tail_patterns, self.section_headers, self.credit)

    def __call__(self, document: Document) -> Iterator[Boilerplate]:
        """Yield the boilerplate items of ``document``, in text order."""
        c = self._compiled()
        text = document.text
        # Unclaimed, stripped segments of every non-blank line: (line index, start, end).
        segments: list[tuple[int, int, int]] = []
        # Boilerplate found by earlier rules (related-links headers): footer anchors for the tail scan.
        prior = {b.span.start: (b.span.end, b.kind) for b in document.items if isinstance(b, Boilerplate)}
        for idx, line in enumerate(document.lines):
            if not line.text.strip():
                continue
            for part in document.unclaimed_ranges(line.start, line.end):
                s, e = _strip(text, part.start, part.end)
                if e > s:
                    segments.append((idx, s, e))
        found: dict[tuple[int, int], str] = {}
        glued: set[int] = set()  # starts of body segments that end in promo sentences
        last = len(segments) - 1
        for n, (_, s, e) in enumerate(segments):
            kind = c.anywhere.kind(text[s:e])
            if kind is not None:
                found[(s, e)] = kind
            elif n == last or e - s > _JOINED:
                # The end of the text, or a joined line: promo sentences glued to the end.
                for ts, te, tk in self._trailing(c, text, s, e):
                    glued.add(s)
                    found[(ts, te)] = tk
        if segments:
            self._tail(c, text, segments, found, prior, glued)
        for (s, e), kind in sorted(found.items()):
            yield Boilerplate(Span.of(text, s, e), kind)

    def _trailing(self, c: _Compiled, text: str, s: int, e: int) -> list[tuple[int, int, str]]:
        """Promo sentences at the end of a segment that is not boilerplate as a whole."""
        if e - s < 20:
            return []
        window = max(s, e - _TAIL_WINDOW)
        starts = [window] if window == s else []
        starts += [m.end() for m in _SENTENCE_START.finditer(text, window, e)]
        out: list[tuple[int, int, str]] = []
        end = e
        for b in reversed(starts):
            bs, be = _strip(text, b, end)
            if be <= bs:
                continue
            kind = c.anywhere.kind(text[bs:be]) if be - bs <= 400 else None
            if kind is None:
                if out or be - bs > 400:
                    break
                continue  # the promo may hold a ". " itself: try from the sentence before
            out.append((bs, be, kind))
            end = b
        return sorted(out)

    def _tail(
        self,
        c: _Compiled,
        text: str,
        segments: list[tuple[int, int, int]],
        found: dict[tuple[int, int], str],
        prior: dict[int, tuple[int, str]],
        glued: set[int],
    ) -> None:
        """Scan the article's tail backwards: contact lines count there, widget lines join the footer."""
        tail: list[tuple[int, int, str | None]] = []  # (start, end, kind or None for a widget line)
        prior_starts = sorted(prior)
        last_end = len(text)
        for _, s, e in reversed(segments):
            # An earlier rule's boilerplate between this segment and the previous one anchors the footer.
            j = bisect.bisect_left(prior_starts, e)
            gap: list[tuple[int, int, str | None]] = []
            while j < len(prior_starts) and prior_starts[j] < last_end:
                p_end, p_kind = prior[prior_starts[j]]
                gap.append((prior_starts[j], p_end, "@" + p_kind))
                j += 1
            tail.extend(reversed(gap))
            last_end = s
            seg = text[s:e]
            kind = found.get((s, e)) or c.tail.kind(seg)
            if kind is not None:
                tail.append((s, e, kind))
                continue
            if s in glued:
                break  # a body line with a promo sentence at its end: the body ends here
            if c.credit.match(seg) is not None:
                continue
            words = seg.split()
            if len(seg) <= self.max_widget_chars and len(words) <= 8 and not seg.endswith((".", "”", '"')):
                tail.append((s, e, None))
                continue
            break
        tail.reverse()
        last_kind: str | None = None
        for s, e, kind in tail:
            if kind is not None and kind.startswith("@"):
                last_kind = kind[1:]  # already claimed by an earlier rule: anchor only
            elif kind is not None:
                found[(s, e)] = kind
                last_kind = kind
            elif last_kind is not None and self.absorb_widgets:
                found[(s, e)] = last_kind


_DEFAULT = BoilerplateRule()
_DEFAULT._compiled()  # compile the default tables at import time


def find_boilerplate(text: str) -> tuple[Boilerplate, ...]:
    """Return the boilerplate items in ``text``, in text order.

    >>> find_boilerplate("The bank said its app crashed for three hours on Monday.")
    ()
    """
    from newsparse._errors import ensure_str

    return tuple(_DEFAULT(Document.from_text(ensure_str(text))))
