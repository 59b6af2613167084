"""Contact lines about the writer: a byline, not a footer.

The annotation conventions list "contact lines about the writer" among bylines: a line that
tells readers how to reach the person who wrote the story, in any of the shapes

- a cue, then the writer's name, then ways to reach them: ``Write to Jane Roe at
  jroe@example.com.``, ``Follow Jane Roe on Twitter @janeroe``, ``Reach reporter Jane Roe at
  555-0100``, ``Send tips to Jane Roe at ...``;
- a cue, then a word for the writer: ``Email the author: ...``, ``Contacter l'auteur``,
  ``Kontakt zum Autor``, ``Scrivi all'autore``;
- the name, then a phrase such as ``can be reached at``: ``Jane Roe can be reached at ...``.

A line addressed to the site's desk (``Send us your news tips at news@example.com``, ``Contact
our newsroom``, ``Follow us on X``) names no person and stays a footer. The words are data:
each language's tables list its cues (``contact_cues``), its words for the writer
(``contact_authors``) and what may follow a name (``contact_after_name``); English ones are
looked for in every language (English contact lines close pages in any language).

The boilerplate rule asks :func:`contact_line` before it claims a line, so the byline rule,
which runs after it, finds the line unclaimed and takes it.

>>> from newsparse.lang import get_language
>>> vocab = contact_vocab(get_language("en"))
>>> line = "Follow Jane Roe on Twitter @janeroe"
>>> contact_line(line, 0, len(line), vocab).names
('Jane Roe',)
>>> line = "Follow us on Twitter @dailyledger"
>>> contact_line(line, 0, len(line), vocab) is None
True
"""

from __future__ import annotations

import re
from typing import NamedTuple

from newsparse._document import Gate
from newsparse._model import Byline, Span
from newsparse.lang.tables import LanguageTables
from newsparse.rules.furniture.patterns import NOT_PERSON_WORDS, LazyPattern

__all__ = [
    "CONTACT_AFTER_NAME",
    "CONTACT_AUTHORS",
    "CONTACT_CUES",
    "CONTACT_QUALIFIERS",
    "FOLLOW_ON_AUTHORS",
    "ContactVocab",
    "contact_line",
    "contact_vocab",
]

CONTACT_CUES: tuple[str, ...] = (
    "write to", "contact", "email", "e-mail", "reach", "follow", "send tips to", "tips to",
    "send your tips to", "get in touch with", "you can follow", "you can reach", "you can contact",
    "you can email", "you can e-mail", "you can write to", "reach out to",
    # a purpose clause first: "To reach the reporter behind this story, contact ..." (#9)
    "to reach", "to contact", "to email", "to e-mail", "to get in touch with",
)  # fmt: skip
"""English openings of a contact line about the writer (followed by a name or the author)."""

CONTACT_AUTHORS: tuple[str, ...] = (
    "the author", "the authors", "the reporter", "the reporters", "this reporter", "the writer",
    "the writers", "this writer", "the journalist", "the columnist", "the correspondent",
    "this author", "her", "him",
)  # fmt: skip
"""English words for the story's writer after a contact cue (a pronoun under the story is the
writer: ``Follow her on Twitter @janeroe``; a sentence goes on and is refused)."""

CONTACT_QUALIFIERS: tuple[str, ...] = (
    "behind this story", "behind this article", "behind this report", "of this story",
    "of this article", "of this report", "who wrote this story", "who wrote this article",
    "who wrote this", "for this story",
)  # fmt: skip
"""What may follow a word for the writer before the ways to reach them (``To reach the
reporter behind this story, contact ...``): it says which writer, and is no way to reach."""

FOLLOW_ON_AUTHORS: tuple[str, ...] = ("the editor", "the editors", "this editor")
"""Words for the story's editor, taken as a contact only in a sentence after the writer's on
the same line (``… To reach the editor, contact …``): alone, ``Contact the editor`` is the
site's desk."""

CONTACT_AFTER_NAME: tuple[str, ...] = (
    "can be reached", "may be reached", "can be contacted", "may be contacted", "can be emailed",
    "can be followed", "is on twitter", "is on x", "is on bluesky", "is on instagram",
    "welcomes tips", "welcomes feedback",
)  # fmt: skip
"""English phrases after the writer's name in a contact line."""

# Ways to reach someone: an address, a handle, a link, a telephone number (bounded parts).
# A scrape of a page that hides addresses from spam bots has "[email protected]" instead.
_REACH = re.compile(
    r"[\w.+\-]{1,64}@[\w\-]{1,63}(?:\.[\w\-]{1,63}){1,4}"
    r"|\[email[ \u00a0]protected\]"
    r"|@\w{1,30}"
    r"|(?:https?://|www\.)[^\s]{1,200}"
    r"|\b[\w\-]{1,63}\.(?:com|org|net|co|in|fr|es|de|it|pt|br)(?:/[^\s]{0,200})?"
    r"|\+?[\d(][\d() .\-]{5,20}\d"
)
# Words naming a channel: each is a way to reach the writer by itself ("on Twitter", "by phone").
_CHANNELS = frozenset(
    (
        "twitter", "x", "facebook", "instagram", "threads", "linkedin", "bluesky", "mastodon",
        "tiktok", "youtube", "telegram", "whatsapp", "signal", "substack", "email", "mail",
        "phone", "telephone", "tel", "courriel", "téléphone", "correo", "teléfono", "telefon",
        "telefone", "telefono", "mobile", "fax",
    )
)  # fmt: skip
# Longer connecting words of the built-in languages (any word of three letters or fewer is
# taken as one: "at", "on", "or", "à", "sur", "en", "auf", "und", "su").
# A second cue joins a second way (``… at jroe@example.com or follow her @janeroe``).
_CONNECTORS = frozenset(
    ("unter", "oder", "pelo", "pela", "tramite", "sobre", "also", "either", "directly", "follow", "reach",
     "contact", "write", "message")
)  # fmt: skip
# Capitalised words that open no person's name (the desk or the house, not the writer).
_NOT_WRITER = frozenset(
    (
        "us", "our", "we", "the", "this", "your", "my", "a", "an", "nous", "notre", "la", "le",
        "les", "nos", "uns", "unsere", "unserer", "die", "der", "das", "nosotros", "nuestra",
        "nuestro", "el", "los", "las", "nós", "nossa", "nosso", "o", "noi", "il", "lo",
        "daily", "times", "post", "media", "tv", "radio", "online", "today", "herald", "journal",
        "tribune", "gazette", "press", "channel", "network", "weekly", "express", "magazine",
        "digital", "newsroom", "desk", "team", "staff", "editors", "editorial", "redaktion",
        "rédaction", "redacción", "redação", "redazione", "newsletter", "page", "site", "app",
    )
)  # fmt: skip
_DEFAULT_NOT_WRITER = _NOT_WRITER | frozenset(w.lower() for w in NOT_PERSON_WORDS)
_BLANKS = " \t\u00a0"
# The writer's name: two or three capitalised words (one alone is as often the outlet:
# "You can contact CorkBeo on Facebook").
_NAME = LazyPattern(r"\p{Lu}[\p{L}\p{M}'’\-]{0,24}(?:[ \t\u00a0]{1,2}\p{Lu}[\p{L}\p{M}'’\-]{0,24}){1,2}")
_WORDS = re.compile(r"[^\W\d_]+")
# What may stand before a cue at the line start: a bullet or a dash.
_LEAD = " \t\u00a0*•·>-–—"
_MAX_LINE = 300
# The opening of a line where a cue or an author word may stand (the longest is shorter).
_HEAD = 64
# The shortest author word that may open a contact line by itself.
_OPENING_AUTHOR = 8
# An opening question before a contact sentence ("Got a tip?"): its longest reach, most words.
_QUESTION_MAX = 40
_QUESTION_WORDS = 6
# Qualifiers of the writer, longest first, and the reach of the look for one.
_QUALIFIERS = tuple(sorted(CONTACT_QUALIFIERS, key=len, reverse=True))
_QUALIFIER_MAX = max(map(len, CONTACT_QUALIFIERS)) + 1
# How many sentence ends are tried for a contact sentence that opens a longer line (a name's
# initials, ``Jane R. Roe``, end none).
_MAX_CUTS = 3


class ContactVocab(NamedTuple):
    """One language's contact words (with the English ones), ready for quick lookups."""

    cues: dict[str, tuple[str, ...]]
    """Cues by their first character, longest first."""
    authors: tuple[str, ...]
    """Words for the writer, longest first."""
    opening_authors: dict[str, tuple[str, ...]]
    """The same by their first character (a line may open with one: ``लेखक से संपर्क करें``)."""
    after_name: tuple[str, ...]
    after_name_re: re.Pattern[str] | None
    """Finds any of ``after_name`` (case-blind) in one C scan of a line."""
    roles: frozenset[str]
    """Lower-cased role words that may stand between a cue and a name (``Reach reporter``)."""
    gate: Gate
    """Selects every line a contact line may be (literal words, one scan per document)."""


_VOCABS: dict[int, tuple[LanguageTables, ContactVocab]] = {}
_MAX_VOCABS = 64


def contact_vocab(tables: LanguageTables) -> ContactVocab:
    """The contact words of ``tables`` with the English ones (built once per tables object)."""
    held = _VOCABS.get(id(tables))
    if held is not None and held[0] is tables:
        return held[1]
    vocab = _build(tables)
    if len(_VOCABS) >= _MAX_VOCABS:
        _VOCABS.clear()  # user tables built per call must not pile up
    _VOCABS[id(tables)] = (tables, vocab)
    return vocab


def _build(tables: LanguageTables) -> ContactVocab:
    from newsparse.rules.furniture.writer_lines import WRITER_ROLE_WORDS

    cues = sorted({*CONTACT_CUES, *tables.contact_cues}, key=len, reverse=True)
    by_first: dict[str, list[str]] = {}
    for cue in cues:
        by_first.setdefault(cue[0], []).append(cue)
    authors = tuple(sorted({*CONTACT_AUTHORS, *tables.contact_authors}, key=len, reverse=True))
    after = tuple(sorted({*CONTACT_AFTER_NAME, *tables.contact_after_name}, key=len, reverse=True))
    roles = frozenset(WRITER_ROLE_WORDS) | frozenset(
        w for role in tables.byline_roles for w in role.lower().split() if len(w) > 3
    )
    # Only a long author word may open a line ("the reporter: ...", "लेखक से संपर्क करें: ...");
    # short ones ("her", "autor") count after a cue, and kept out of the gate they do not
    # select every line holding "other" or "there".
    opening: dict[str, list[str]] = {}
    for author in authors:
        if len(author) >= _OPENING_AUTHOR:
            opening.setdefault(author[0], []).append(author)
    after_re = re.compile("|".join(map(re.escape, after)), re.IGNORECASE) if after else None
    gate = Gate(literals=tuple(sorted({*cues, *after, *(a for a in authors if len(a) >= _OPENING_AUTHOR)})))
    return ContactVocab(
        {k: tuple(v) for k, v in by_first.items()},
        authors,
        {k: tuple(v) for k, v in opening.items()},
        after,
        after_re,
        roles,
        gate,
    )


def contact_line(
    text: str,
    pos: int,
    end: int,
    vocab: ContactVocab,
    *,
    not_name: frozenset[str] = frozenset(),
    bare: bool = True,
) -> Byline | None:
    """Return the contact line about the writer at ``text[pos:end]`` (one stripped line), or ``None``.

    ``bare`` allows a line with a cue and a name but no way to reach them (``Email Jane Roe``,
    a link's label): under the story only. ``not_name`` adds lower-cased words that open no name.
    A short question may open the line (``Got a tip? Email Jane Roe at …``): it belongs to the
    contact line.
    """
    if not 4 <= end - pos <= _MAX_LINE:
        return None
    found = _contact_line(text, pos, end, vocab, not_name, bare)
    if ". " not in text[pos:end] and "! " not in text[pos:end]:
        return found
    first = _first_sentence_contact(text, pos, end, vocab, not_name)
    if first is None:
        return found
    rest = _skip_blanks(text, first.span.end, end, 2)
    if _contact_line(text, rest, end, vocab, not_name, True, follow_on=True) is not None:
        # the writer's again (``… Follow her on X @janeroe.``) or the editor's (``… To reach
        # the editor, contact …``): the whole line
        return found or Byline(Span.of(text, pos, end), names=first.names, kind="credit")
    return first


def _first_sentence_contact(
    text: str, pos: int, end: int, vocab: ContactVocab, not_name: frozenset[str]
) -> Byline | None:
    """The contact line about the writer that opens a line of more sentences, the rest being
    the desk's (``Email Jane Roe at jroe@example.com. Follow us on X @ledger``): only its first
    sentence, which must name a way to reach the writer (a bare name could open any sentence)."""
    cut = pos
    for _ in range(_MAX_CUTS):
        cut = _sentence_end(text, cut, end)
        if cut < 0:
            return None
        found = _contact_line(text, pos, cut, vocab, not_name, False)
        if found is not None:
            return found
    return None


def _sentence_end(text: str, pos: int, end: int) -> int:
    """The end (after the stop) of the first sentence in ``text[pos:end]`` that another one
    follows, capitalised, or ``-1``."""
    i = pos
    while True:
        stop = min((k for k in (text.find(". ", i, end), text.find("! ", i, end)) if k >= 0), default=-1)
        if stop < 0:
            return -1
        nxt = _skip_blanks(text, stop + 1, end, 2)
        if nxt < end and (text[nxt].isupper() or text[nxt] == "@"):
            return stop + 1
        i = stop + 1


def _contact_line(
    text: str,
    pos: int,
    end: int,
    vocab: ContactVocab,
    not_name: frozenset[str],
    bare: bool,
    *,
    follow_on: bool = False,
) -> Byline | None:
    start = pos
    while start < end and text[start] in _LEAD:
        start += 1
    if start >= end:
        return None
    found = _contact_at(text, start, end, vocab, not_name, bare, follow_on)
    if found is None:
        after = _after_question(text, start, end)
        if after > 0:  # "Got a tip? Email Jane Roe at …": the question opens the contact line
            found = _contact_at(text, after, end, vocab, not_name, bare, follow_on)
    if found is None:
        return None
    names, kind = found
    return Byline(Span.of(text, pos, end), names=names, kind=kind)


def _after_question(text: str, start: int, end: int) -> int:
    """Where the sentence after a short opening question starts (``Got a tip? Email …``,
    ``Une info ? Écrivez à …``), or ``-1``: the question ends within :data:`_QUESTION_MAX`
    characters, has at most :data:`_QUESTION_WORDS` words, and a capital follows it."""
    mark = text.find("?", start, min(end, start + _QUESTION_MAX))
    if mark < 0 or text.count(" ", start, mark) >= _QUESTION_WORDS + (text[mark - 1] == " "):
        return -1
    after = _skip_blanks(text, mark + 1, end, 2)
    if after == mark + 1 or after >= end or not text[after].isupper():
        return -1
    return after


def _contact_at(
    text: str,
    start: int,
    end: int,
    vocab: ContactVocab,
    not_name: frozenset[str],
    bare: bool,
    follow_on: bool,
) -> tuple[tuple[str, ...], str] | None:
    """The names and kind of the contact sentence opening at ``start`` (after any lead), or ``None``."""
    # Cues and author words are short: only the line's opening is lowered and looked at.
    raw = text[start : min(end, start + _HEAD)]
    head = raw.lower()
    if len(head) != len(raw):
        return None  # lowering changed the length ("İ"): offsets into it would be wrong
    for cue in vocab.cues.get(head[0], ()):
        if not head.startswith(cue):
            continue
        after = start + len(cue)
        if cue[-1].isalpha() and after < end and text[after].isalpha():
            continue  # "contacted", "followers": another word
        found = _after_cue(text, after, end, vocab, not_name, bare, follow_on)
        if found is not None:
            return found, "credit"
    for author in vocab.opening_authors.get(head[0], ()):
        # The author word first, then only ways to reach them ("लेखक से संपर्क करें: ...")
        if head.startswith(author) and _reach_rest(text, start + len(author), end, True):
            return (), "credit"
    if vocab.after_name_re is not None and vocab.after_name_re.search(text, start, end):
        name = _name_first(text, start, end, vocab, not_name)
        if name is not None:
            return (name,), "credit"
    return None


def _after_cue(
    text: str,
    pos: int,
    end: int,
    vocab: ContactVocab,
    not_name: frozenset[str],
    bare: bool,
    follow_on: bool = False,
) -> tuple[str, ...] | None:
    """The writer's names after a cue (``()`` for an author word), or ``None`` when the rest of
    the line is not a contact line. ``follow_on`` also takes the editor (a sentence after the
    writer's on the same line)."""
    i = _skip_blanks(text, pos, end, 2)
    if i == pos and text[pos - 1] not in "'’:":
        return None  # "Contact" glued to what follows
    if i < end and text[i] == ":":
        i = _skip_blanks(text, i + 1, end, 2)
    head = text[i : i + 40].lower()
    for author in (*vocab.authors, *FOLLOW_ON_AUTHORS) if follow_on else vocab.authors:
        if head.startswith(author) and not head[len(author) : len(author) + 1].isalpha():
            rest = _after_qualifier(text, i + len(author), end)
            return () if _reach_rest(text, rest, end, True) else None
    word = _WORDS.match(head)
    if word is not None and word.group(0) in vocab.roles:
        i = _skip_blanks(text, i + word.end(), end, 2)  # "Reach reporter Jane Roe"
    name = _writer_name(text, i, end, not_name)
    if name is None or not _reach_rest(text, i + len(name), end, bare):
        return None
    return (name,)


def _after_qualifier(text: str, pos: int, end: int) -> int:
    """After a qualifier of the writer (``behind this story``) and its comma, or ``pos``."""
    i = _skip_blanks(text, pos, end, 2)
    head = text[i : i + _QUALIFIER_MAX].lower()
    for qualifier in _QUALIFIERS:
        if head.startswith(qualifier) and not head[len(qualifier) : len(qualifier) + 1].isalpha():
            i += len(qualifier)
            return i + 1 if text.startswith(",", i) else i
    return pos


def _name_first(text: str, pos: int, end: int, vocab: ContactVocab, not_name: frozenset[str]) -> str | None:
    """``Jane Roe can be reached at ...``: the name, a phrase of ``after_name``, the ways."""
    name = _writer_name(text, pos, end, not_name)
    if name is None:
        return None
    i = _skip_blanks(text, pos + len(name), end, 2)
    head = text[i : i + 40].lower()
    for phrase in vocab.after_name:
        if head.startswith(phrase) and _reach_rest(text, i + len(phrase), end, False):
            return name
    return None


def _writer_name(text: str, pos: int, end: int, not_name: frozenset[str]) -> str | None:
    m = _NAME.match(text, pos, end)
    if m is None:
        return None
    words = m.group(0).split()
    if any(w.lower() in _DEFAULT_NOT_WRITER or w.lower() in not_name for w in words):
        return None  # the desk or the house ("Contact Us", "Follow Daily Ledger News")
    if not all(w.isupper() for w in words) and any(w.isupper() and 2 <= len(w) <= 5 for w in words):
        return None  # an outlet's initials in a title-case name: "Follow NBC Latino on ..."
    return m.group(0)


def _reach_rest(text: str, pos: int, end: int, bare: bool) -> bool:
    """Whether ``text[pos:end]`` holds only ways to reach the writer (at least one, unless
    ``bare``): addresses, handles, links, numbers, channel names, more names, small words."""
    rest, reached = _REACH.subn(" ", text[pos:end])
    for word in _WORDS.findall(rest):
        lower = word.lower()
        if lower in _CHANNELS:
            reached += 1
        elif not (len(lower) <= 3 or lower in _CONNECTORS or word[0].isupper()):
            return False  # a sentence goes on: "Follow Jane Roe as she walks the route"
    if reached:
        return True
    return bare and not rest.strip(_BLANKS + ".:;,!|-–—()")


def _skip_blanks(text: str, pos: int, end: int, most: int) -> int:
    i = pos
    while i < end and i - pos < most and text[i] in _BLANKS:
        i += 1
    return i
