"""The analysis of one headline-like string: its title, site suffix or prefix, kicker, tag and case style.

Shared by :func:`~newsparse.parse_headline` and :class:`~newsparse.HeadlineRule`; every offset
indexes the text it is given, so the rule analyses a line of the document in place.
"""

from __future__ import annotations

import functools
import re

import attrs
import regex

from newsparse._model import Headline, Span
from newsparse.rules.headlines import patterns as pat
from newsparse.text.lazy import compiled_yet, deferred_re, deferred_regex

OPEN_QUOTES = "\"'“‘«„‚‹"
CLOSE_QUOTES = "\"'”’»‹›"
WORD_EDGE = "\"'“”‘’«»„‚‹›()[]{}<>,.;:!?…*–—-|/" + pat.TRIM_CHARS
_DASHES = frozenset({"-", "--", "–", "—", "―", 'â€"', "â€“"})
_CLAUSE_BREAKS = frozenset({*_DASHES, "|", ":", ";", "/"})
# What :func:`trim` moves past: every character ``str.isspace`` accepts (Python 3.11; ``re``'s
# ``\s`` is exactly that set) and the zero-width ones.
_TRIM_ALL = (
    "\t\n\x0b\x0c\r\x1c\x1d\x1e\x1f \x85\xa0\u1680\u2000\u2001\u2002\u2003\u2004\u2005\u2006"
    "\u2007\u2008\u2009\u200a\u2028\u2029\u202f\u205f\u3000" + pat.TRIM_CHARS
)


# Every kicker ends in one of these separators, every local stamp holds one of these
# characters (a caption label's ":", "|", "/", ")" or "©", a stamp label's ":" or a digit):
# a line without them skips the pattern, which is compiled on first use (each costs ~3 ms
# on a cold start, #8).
_KICKER_SEPARATORS = (":", "|", "–", "—", "- ", "-\t", "-\u00a0")
_STAMP_NEEDS = deferred_re(r"[\d:|/)©]")


@attrs.frozen(slots=True)
class Vocab:
    """A rule's word lists, folded to lower case, and its compiled kicker pattern."""

    kicker: regex.Pattern[str]
    sites: frozenset[str]
    sections: frozenset[str]
    tags: frozenset[str]
    small: frozenset[str]
    non_name: frozenset[str]
    abbreviations: frozenset[str]
    local_stamp: re.Pattern[str]
    """Caption labels, stamp labels, weekdays and dates in the document's language (``Foto:``,
    ``Stand: …``, ``Di, 10:19 Uhr``, ``24. April 2020``): the opening of a furniture line."""


def _alternation(words: tuple[str, ...]) -> str:
    """A regex alternation of ``words``, longest first, spaces matching any run of blanks."""
    unique = sorted({w.strip() for w in words if w.strip()}, key=len, reverse=True)
    return "|".join(regex.escape(w).replace("\\ ", r"[ \t\u00a0]++") for w in unique) or "(?!)"


def _local_stamp(local: tuple[tuple[str, ...], ...]) -> re.Pattern[str]:
    captions, stamp_labels, weekdays, months = local
    # `Di, 10:19 Uhr`, `lun., 3 mars`: two- and three-letter weekday abbreviations, before a
    # comma and a number only (`So, …` may open a sentence; `So, 10:30` does not).
    short_days = tuple({d[:n] for d in weekdays for n in (2, 3) if len(d) > n})
    # `re` (3.11 has possessive quantifiers): it compiles this long alternation about three
    # times faster than `regex`; and only for a line that may hold a stamp (see stamp_at).
    return deferred_re(
        rf"""(?:
            \(?+(?i:{_alternation(captions)})[ \t]*+(?::|\||/|\)|©)          # Foto: X · (Bild: X)
          | (?i:{_alternation(stamp_labels)})(?:[ \t]*+:|[ \t]++(?=\d))      # Stand: 28.04.2020
          | (?i:{_alternation(weekdays)})\.?,?[ \t]++\d                     # Mittwoch, 01.11.2023
          | (?i:{_alternation(short_days)})\.?,[ \t]*+\d                    # Di, 10:19 Uhr
          | \d{{1,2}}\.?[ \t]*+(?i:{_alternation(months)})\.?,?[ \t]++\d{{4}}\b  # 24. April 2020
        )""",
        re.VERBOSE,
    )


@functools.lru_cache(maxsize=16)
def _compile_vocab(
    kickers: tuple[str, ...],
    sites: tuple[str, ...],
    sections: tuple[str, ...],
    tags: tuple[str, ...],
    small_words: tuple[str, ...],
    non_name_words: tuple[str, ...],
    abbreviations: tuple[str, ...],
    local: tuple[tuple[str, ...], ...] = ((), (), (), ()),
) -> Vocab:
    words = sorted({k.strip() for k in kickers if k.strip()}, key=len, reverse=True)
    alts = "|".join(regex.escape(k).replace("\\ ", r"[ \t\u00a0]++") for k in words) or "(?!)"
    # Kickers may stack: "SONDAGE EXCLUSIF -", "LIVE VIDEO:".
    kicker = deferred_regex(  # compiled for the first line with a separator (see kicker_at)
        rf"(?(DEFINE)(?P<kw>(?i:{alts})))(?&kw)(?:[ \t\u00a0]++(?&kw)){{0,2}}+[ \t\u00a0]*+"
        rf"(?::|\||-{{1,2}}(?=[ \t\u00a0])|–|—)(?=[ \t\u00a0]*+\S)",
    )
    return Vocab(
        kicker=kicker,
        sites=frozenset(s.lower() for s in sites),
        sections=frozenset(s.lower() for s in sections),
        tags=frozenset(t.lower() for t in tags),
        small=frozenset(w.lower() for w in small_words),
        non_name=frozenset(w.lower() for w in non_name_words),
        abbreviations=frozenset(a.lower() for a in abbreviations),
        local_stamp=_local_stamp(local),
    )


def kicker_at(v: Vocab, text: str, a: int, b: int) -> regex.Match[str] | None:
    """The kicker (``EXCLUSIVE:``, ``LIVE VIDEO -``) that opens ``text[a:b]``, or ``None``."""
    if compiled_yet(v.kicker) or _has_separator(text, a, b):
        return v.kicker.match(text, a, b)
    return None  # no separator: no kicker, and the pattern need not be compiled


def _has_separator(text: str, a: int, b: int) -> bool:
    find = text.find
    return any(find(sep, a, b) >= 0 for sep in _KICKER_SEPARATORS)


def stamp_at(v: Vocab, text: str, a: int, b: int) -> bool:
    """Whether ``text[a:b]`` opens with a caption, stamp or date in the document's language."""
    stamp = v.local_stamp
    return (compiled_yet(stamp) or _STAMP_NEEDS.search(text, a, b) is not None) and stamp.match(
        text, a, b
    ) is not None


_VOCAB_BY_ID: dict[tuple[int, ...], tuple[tuple[tuple[str, ...], ...], Vocab]] = {}


def vocab_for(
    fields: tuple[tuple[str, ...], ...], local: tuple[tuple[str, ...], ...] = ((), (), (), ())
) -> Vocab:
    """The compiled vocabulary of a rule's word-list fields (kickers, sites, sections, tags, small
    words, non-name words, abbreviations) and of the document language's furniture words
    (caption labels, stamp labels, weekdays, month names), cached by the tuples' identities."""
    # Keyed by the tuples' identities: hashing hundreds of words on every call cost more
    # than the rest of the rule on a short article. The cache holds the tuples, so their
    # ids stay theirs while cached.
    key = tuple(map(id, fields + local))
    hit = _VOCAB_BY_ID.get(key)
    if hit is not None:
        return hit[1]
    vocab = _compile_vocab(*fields, local=local)
    if len(_VOCAB_BY_ID) >= 16:
        _VOCAB_BY_ID.clear()
    _VOCAB_BY_ID[key] = (fields + local, vocab)
    return vocab


def trim(text: str, start: int, end: int) -> tuple[int, int]:
    """Return ``(start, end)`` moved inwards past spaces, NBSP and zero-width characters."""
    s = text[start:end]
    left = s.lstrip(_TRIM_ALL)
    if not left:
        return end, end
    start = end - len(left)
    return start, start + len(left.rstrip(_TRIM_ALL))


def word_core(word: str) -> str:
    """``word`` without the quotes, brackets and punctuation around it."""
    return word.strip(WORD_EDGE)


def fold(s: str) -> str:
    """``s`` case-folded with punctuation turned to single spaces: for comparing two headlines."""
    return " ".join(pat.NON_WORD.sub(" ", s[:400].casefold()).split())


# Small words a site name may start with (`The Hindu`, `Le Monde`, `Der Spiegel`, `De Standaard`).
_NAME_ARTICLES = frozenset(
    {"a", "an", "the", "de", "del", "der", "des", "di", "du", "da", "la", "le", "von", "van"}
)


def _is_quoted(s: str) -> bool:
    s = s.strip(pat.TRIM_CHARS)
    return len(s) > 2 and s[0] in OPEN_QUOTES and s[-1] in CLOSE_QUOTES


def _cjk_heavy(s: str) -> bool:
    return pat.CJK.search(s) is not None and " " not in s.strip()


def _is_known_site(s: str, v: Vocab) -> bool:
    core = s.strip(pat.TRIM_CHARS + "[]()")
    return core.lower() in v.sites or ("." in core and pat.DOMAIN.fullmatch(core) is not None)


def _looks_like_site(seg: str, sep: str, rest: str, v: Vocab) -> bool:
    """Return whether ``seg``, after ``sep`` at the end of ``rest``, is a site or section name."""
    core = seg.strip(pat.TRIM_CHARS + "…").rstrip(".…").strip()
    if not core or len(core) > 60:
        return False
    rest_words = len(rest.split())
    if _is_known_site(core, v):
        return rest_words >= 2 or (_cjk_heavy(rest) and len(rest) >= 6)
    if _is_quoted(rest):  # "The U.S.A has a fake news problem" - Trump: a speaker, not a site
        return False
    if not (rest_words >= 3 or (pat.CJK.search(rest) is not None and len(rest) >= 6)):
        return False
    if core[-1] in "?!":
        return False
    if _cjk_heavy(core):
        return len(core) <= 12
    words = core.split()
    if len(words) > 5 or word_core(words[0]).lower() in v.non_name:
        return False
    lead = word_core(words[0]).lower()
    if lead in v.small and lead not in _NAME_ARTICLES:
        return False  # `… – Until Now`, `… - For Now`: a preposition continues the headline
    named = 0
    for word in words:
        c = word_core(word)
        if not c:
            continue
        lower = c.lower()
        if lower in v.small:
            continue
        if c.isdigit():
            return False  # `Chelsea 2 - 1 Arsenal` is a score, not a site
        if lower == c.upper():
            continue  # no cased letters (`News18 हिंदी`): neither for nor against
        if lower in v.sections or c[0].isupper() or c[0].isdigit() or any(ch.isupper() for ch in c):
            named += 1
            continue
        return False
    if named == 0:
        return False
    if len(words) == 1 and sep in _DASHES:
        # A lone capitalised word after a dash is as likely a speaker (`... - Trump`) as a site:
        # take it only when it is shaped like a brand (WIRED, TechCrunch, 7News) or a section.
        c = word_core(words[0])
        return (
            (c.isupper() and len(c) >= 2)
            or any(ch.isupper() for ch in c[1:])
            or any(ch.isdigit() for ch in c)
            or c.lower() in v.sections
        )
    return True


def _case_style(title: str, v: Vocab) -> str:
    """Return ``"upper"``, ``"title"``, ``"sentence"`` or ``"mixed"`` for a headline's text.

    Judged on the first 1,000 characters (a headline is far shorter).
    """
    title = title[:1000]
    if title == title.upper():  # no lower-case letter at all
        return "upper" if len(pat.UPPER_LETTER.findall(title, concurrent=False)[:2]) >= 2 else "mixed"
    upper = lower = small_caps = long_caps = 0
    first = True  # the first word of the headline, or of a clause after `:`, `;`, a dash, `?`
    seen_any = False
    small = v.small
    for word in title.split():
        if word in _CLAUSE_BREAKS:
            first = True
            continue
        if word[0] in OPEN_QUOTES and len(word) > 1:
            first = True
        c = word.strip(WORD_EDGE)  # word_core, inlined: this loop runs for every headline candidate
        ends_clause = word[-1] in ":;?!" or (word[-1] in CLOSE_QUOTES and len(word) > 1 and word[-2] in "?!")
        lowered = c.lower()
        if not c or c[0].isdigit() or lowered == c.upper():  # no cased letter, or a numeral first
            first = ends_clause or (first and not seen_any)
            seen_any = seen_any or bool(c)
            continue
        has_upper = c != lowered
        first_letter = c[0] if c[0].isalpha() else next((ch for ch in c if ch.isalpha()), "")
        if not seen_any and first_letter.islower() and not has_upper:
            return "mixed"  # a headline that starts in lower case
        seen_any = True
        is_small = lowered in small
        if c.isupper() and len(c) >= 2:
            if sum(ch.isalpha() for ch in c) >= 5:
                long_caps += 1
        elif not first:
            if first_letter.isupper():
                if is_small:
                    small_caps += 1
                else:
                    upper += 1
            elif not has_upper and not is_small:
                lower += 1
        first = ends_clause
    if long_caps >= 2:
        return "mixed"  # selective capitals: `BLACK DEATH PLAGUE fears: ...`
    if lower == 0:
        return "title" if upper or small_caps else "sentence"
    if small_caps:
        return "mixed"  # Start Case with lower-case content words: `Meets Putin In Helsinki, says ...`
    return "sentence"


def ends_like_sentence(s: str, v: Vocab) -> bool:
    """Return whether ``s`` ends with a full stop (not an ellipsis, not an abbreviation) or ``:;,``."""
    s = s.rstrip(CLOSE_QUOTES + ")]" + pat.TRIM_CHARS)
    if not s:
        return False
    last = s[-1]
    if last in ":;,।":  # `।` (danda) ends a Hindi sentence
        return True
    if last != ".":
        return False
    if s.endswith("..") or pat.ALL_CAPS_ABBREV_END.search(s[-12:]):
        return False
    word = s[:-1].rsplit(None, 1)[-1].strip(WORD_EDGE).lower() if s[:-1].strip() else ""
    return word not in v.abbreviations


# A quotation inside a headline, opened after a blank: `'Meth. We're on it,'`, `“No. Never.”`.
# An apostrophe inside a word (`We're`) does not close the quotation.
_QUOTED = deferred_re(
    r"(?:(?<=\s)|^)(?:'(?:[^'\n]|'(?=\w)){2,60}?[,.!?]'(?!\w)|‘(?:[^’\n]|’(?=\w)){2,60}?’(?!\w)"
    r"|“[^”\n]{2,60}”|\"[^\"\n]{2,60}\")"
)


def _quoted_ranges(s: str) -> list[tuple[int, int]]:
    if not any(q in s for q in "'‘“\""):
        return []
    return [m.span() for m in _QUOTED.finditer(s)]


def sentence_breaks(s: str, v: Vocab) -> int:
    """Count full stops inside ``s`` that end a sentence (``word. Next``)."""
    count = 0
    quoted = _quoted_ranges(s)
    for m in pat.SENTENCE_BOUNDARY.finditer(s):
        if any(qa <= m.start() < qb for qa, qb in quoted):
            continue  # a full stop inside a quoted slogan: `says 'Meth. We're on it,' and ...`
        word = m.group("word")
        if len(word) == 1 or word.lower() in v.abbreviations:
            continue
        count += 1
    return count


def question_break(s: str) -> bool:
    """Whether ``s`` ends in ``?`` or ``!`` and holds another sentence that ends in one
    (``Never heard them? Watch a clip!``)."""
    if s.rstrip(CLOSE_QUOTES + pat.TRIM_CHARS)[-1:] not in ("?", "!"):
        return False
    inner = s[:-1]
    if "?" not in inner and "!" not in inner:
        return False
    return pat.QUESTION_BOUNDARY.search(inner) is not None


def title_case_sentences(text: str, parts: Parts, words: list[str], v: Vocab) -> bool:
    """Whether a line of one or two sentences ending in a full stop is a headline all the same:
    six words or more, every one capitalised (`Stock Is Falling After Its Earnings Release. Why
    You Shouldn't Worry.`) — prose is never written that way — and no copyright notice."""
    if len(words) < 6 or text[parts[3] - 1] in ":;," or "©" in text[parts[2] : parts[3]]:
        return False
    title = text[parts[2] : parts[3]]
    return _case_style(title, v) == "title" and "rights reserved" not in title.lower()


def analyse(text: str, start: int, end: int, v: Vocab) -> Headline:
    """Analyse ``text[start:end]`` as a headline; every Span indexes ``text``."""
    parts = split_parts(text, start, end, v)
    return headline_of(text, parts, v)


_Range = tuple[int, int] | None
Parts = tuple[int, int, int, int, _Range, _Range, _Range]
"""What :func:`split_parts` finds: the trimmed ``a, b``, the title's ``ta, tb``, and site, kicker, tag."""


def headline_of(text: str, parts: Parts, v: Vocab) -> Headline:
    """Build the :class:`Headline` of :func:`split_parts`'s parts (naming its case style)."""
    a, b, ta, tb, site, kicker, tag = parts
    span = Span.of(text, a, b)
    if a >= b:
        return Headline(span=span, title=span, case_style="mixed")
    title = Span.of(text, ta, tb)
    return Headline(
        span=span,
        title=title,
        case_style=_case_style(title.text, v),
        site=Span.of(text, *site) if site else None,
        kicker=Span.of(text, *kicker) if kicker else None,
        tag=Span.of(text, *tag) if tag else None,
    )


def split_parts(text: str, start: int, end: int, v: Vocab) -> Parts:
    """Find the title, site, kicker and tag of ``text[start:end]`` (see :func:`analyse`)."""
    a, b = trim(text, start, end)
    if a >= b:
        return a, b, a, b, None, None, None
    m = pat.MARKDOWN_HEADING.match(text, a, b)
    ta, tb = (m.end(), b) if m else (a, b)
    site: tuple[int, int] | None = None
    tag: tuple[int, int] | None = None
    kicker: tuple[int, int] | None = None

    def grow_site(lo: int, hi: int) -> None:
        nonlocal site
        site = (lo, hi) if site is None else (min(site[0], lo), max(site[1], hi))

    # 1. From the end: bracketed labels, then site suffixes joined by separators, as a chain.
    for _ in range(6):
        bm = pat.BRACKET_TAG.search(text, max(ta, tb - 48), tb)
        if bm is not None and len(text[ta : bm.start()].split()) >= 2:
            inner = bm.group("inner").strip(pat.TRIM_CHARS)
            lower = inner.lower()
            if _is_known_site(inner, v):
                grow_site(*trim(text, bm.start("inner"), bm.end("inner")))
                tb = trim(text, ta, bm.start())[1]
                continue
            bracket_tag = bm.group("open") == "[" and (
                inner.isupper() and 1 <= len(inner.split()) <= 3 and any(ch.isalpha() for ch in inner)
            )
            if tag is None and (lower in v.tags or bracket_tag):
                tag = (bm.start("open"), bm.end())
                tb = trim(text, ta, bm.start())[1]
                continue
        last = None
        for sm in pat.SITE_SEPARATOR.finditer(text, max(ta + 1, tb - 90), tb):
            last = sm
        if last is None:
            break
        sa, sb = trim(text, last.end(), tb)
        ra, rb = trim(text, ta, last.start())
        if sa >= sb or ra >= rb:
            break
        seg, rest, sep = text[sa:sb], text[ra:rb], last.group().strip()
        if tag is None and seg.lower() in v.tags and len(rest.split()) >= 3:
            tag = (sa, sb)
            tb = rb
            continue
        if not _looks_like_site(seg, sep, rest, v):
            break
        grow_site(sa, sb)
        tb = rb

    # 2. From the start: a kicker (`EXCLUSIVE:`), a site prefix (`Reuters | …`), or a `Label |`.
    for _ in range(3):
        km = kicker_at(v, text, ta, tb)
        if kicker is None and km is not None and len(text[km.end() : tb].split()) >= 2:
            kicker = (ta, km.end())
            ta = trim(text, km.end(), tb)[0]
            continue
        pm = pat.PREFIX_SEPARATOR.search(text, ta + 1, min(tb, ta + 60))
        if pm is None:
            break
        seg = text[ta : pm.start()]
        rest = text[pm.end() : tb]
        if site is None and _is_known_site(seg, v) and len(rest.split()) >= 2:
            grow_site(*trim(text, ta, pm.start()))
            ta = trim(text, pm.end(), tb)[0]
            continue
        bar = pm.group().find("|")
        seg_words = seg.split()
        if (
            kicker is None
            and bar >= 0
            and 1 <= len(seg_words) <= 3
            and all(word_core(w)[:1].isupper() or word_core(w).lower() in v.small for w in seg_words)
            and len(rest.split()) >= 4
        ):
            kicker = (ta, pm.start() + bar + 1)
            ta = trim(text, pm.end(), tb)[0]
            continue
        break

    ta, tb = trim(text, ta, tb)
    if ta >= tb:  # nothing left: keep the whole thing as the title
        ta, tb = (m.end(), b) if m else (a, b)
        site = tag = kicker = None
    return a, b, ta, tb, site, kicker, tag
