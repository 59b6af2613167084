"""Lines about the writer or the source that carry no ``By``: the byline rule's second look.

Real pages credit a story in shapes with no byline prefix:

- a writer's bio under the story: ``Jane Roe is a reporter at the Daily Ledger ...``
  (also in capitals: ``JANE ROE IS THE LEDGER'S POLITICAL EDITOR``) and its ``About the
  author`` label, given the kind :data:`BIO` (a footer, not a byline);
- a contact line: ``Write to Jane Roe at jroe@example.com.``, ``Tips? Contact: desk@example.com``,
  ``Follow Jane Roe on X @janeroe``, ``Email the author`` (see :mod:`.byline_contacts`);
- a source credit: ``Source: wire services``, ``SOURCE: Daily Ledger News``;
- a signature under the story: ``– Jane Roe``, ``(JR)``.

Each shape is one short generic pattern plus word-set lookups (no vocabulary alternation is
compiled), and each is tried only on a line that passes a cheap literal pre-check, so the
second look costs next to nothing on body paragraphs.

>>> from newsparse._document import Document
>>> [b.text for b in find_writer_lines("Write to Jane Roe at jroe@example.com.", body_seen=True)]
['Write to Jane Roe at jroe@example.com.']
>>> find_writer_lines("Jane Roe is a keen gardener and grows roses.", body_seen=True)
()
"""

from __future__ import annotations

import re

from newsparse._model import Byline, Span
from newsparse.rules.furniture.byline_contacts import ContactVocab, contact_line, contact_vocab
from newsparse.rules.furniture.patterns import (
    CAPTION_LINES,
    DATEISH,
    HAS_CALENDAR_DATE,
    HAS_DATE_SIGNAL,
    PHOTO_AGENCIES,
    LazyPattern,
)
from newsparse.text.dates import parse_date

__all__ = [
    "BIO",
    "NOTE",
    "PRODUCTION_LABELS",
    "WRITER_ROLE_WORDS",
    "bio_line",
    "find_writer_lines",
    "writer_line",
]

BIO = "bio"
NOTE = "note"
"""The kind of a one-sentence note on the writer closing the text (``Jane Roe is an
economist``): the byline rule reports it as the byline when no byline came before it, else as
a bio (a footer)."""
"""The ``kind`` :func:`writer_line` gives a writer's bio: not a byline but a footer (the
annotation conventions list author lines, contact lines and credits as bylines, not bios);
the byline rule reports it as :class:`~newsparse.Boilerplate`."""

# Nouns that make "Name is a/the ..." a writer's bio rather than a sentence of the story.
WRITER_ROLE_WORDS: frozenset[str] = frozenset(
    (
        "reporter", "correspondent", "editor", "writer", "columnist", "journalist", "contributor",
        "author", "professor", "fellow", "analyst", "producer", "freelancer", "freelance",
        "lecturer", "researcher", "critic", "economist", "commentator", "blogger", "novelist",
        "historian", "presenter", "broadcaster", "photographer", "intern", "chief", "editors",
        "reporters", "writers", "contributors", "host", "scholar", "director",
    )
)  # fmt: skip

# Lower-cased words that never open a person's name: "The board is a ..." is a sentence.
_NOT_NAME_START = frozenset(
    (
        "the", "this", "that", "it", "he", "she", "they", "there", "what", "which", "who", "one",
        "our", "his", "her", "their", "a", "an", "its", "today", "here", "this", "every", "no",
    )
)  # fmt: skip

# Photo agencies and caption tags: "(EPA)" alone on a line is an image credit, not a writer.
_PHOTO_WORDS = frozenset(PHOTO_AGENCIES) | frozenset(CAPTION_LINES)

_BLANK = r"[ \t\u00a0]"
# "Jane Roe is a", "JANE ROE IS THE": 2-4 capitalised words, then "is a/an/the".
_BIO_HEAD = LazyPattern(
    rf"(?P<name>\p{{Lu}}[\p{{L}}\p{{M}}'’.\-]{{0,24}}(?:{_BLANK}\p{{Lu}}[\p{{L}}\p{{M}}'’.\-]{{0,24}}){{1,3}})"
    rf"{_BLANK}{{1,2}}(?i:is|was){_BLANK}{{1,2}}(?i:a|an|the){_BLANK}"
)
_WORDS = re.compile(r"[^\W\d_]+")
# An e-mail address (bounded parts): "jroe@example.com"; "[email protected]" where the page
# hid it from spam bots (the scrape keeps the placeholder).
_EMAIL = re.compile(r"[\w.+\-]{1,64}@[\w\-]{1,63}(?:\.[\w\-]{1,63}){1,4}|\[email[ \u00a0]protected\]")
_CONTACT_CUES = ("contact", "write to", "email", "e-mail", "reach", "tips", "send ", "follow ")
# "Source: wire services", "SOURCE: Daily Ledger News", "Sources: agencies".
_SOURCE = re.compile(r"(?i:sources?)[ \t\u00a0]{0,2}[:|][ \t\u00a0]{0,3}(?P<who>\S.{0,299})")
# The longest source line: a paper's reference runs long ("Source: Roe J, Diaz O et al. Title.
# Journal. 2016."); any other source credit names a few outlets in at most 80 characters.
_SOURCE_MAX = 310
_SOURCE_NAMES_MAX = 80
# A reference's author list: surnames, each with its initials in capitals, then a comma or
# "et al." ("Roe J, Diaz OA, Li W et al."): a study credited as the story's source.
_CITED_AUTHOR = r"\p{Lu}[\p{Ll}'’\-]{1,24}+[ \u00a0]\p{Lu}{1,3}+"
_CITATION = LazyPattern(
    rf"{_CITED_AUTHOR}(?:,[ \u00a0]{_CITED_AUTHOR}){{1,8}}+(?:,?[ \u00a0]et[ \u00a0]al\.|,)"
)
# A second labelled credit after a source on its line: "Sources: A, B / Photo credit: C".
_NEXT_LABEL = LazyPattern(r"[ \u00a0][/|][ \u00a0](?=\p{Lu}\p{Ll}{1,15}(?:[ \u00a0]\p{Ll}{2,15})?:[ \u00a0])")
# Quote marks in a "Source:" tail make it a linked story's headline ("Source: Mayor ‘stunned’
# by vote"), not the outlet or agency the story came from.
_HEADLINE_QUOTES = ("‘", "“", '"', "«")
# "– Jane Roe", "— JANE ROE", "- Jane Roe" under the story.
_DASH_NAME = LazyPattern(
    rf"(?:--|[—–―-]){_BLANK}{{0,2}}(?P<name>\p{{Lu}}[\p{{L}}\p{{M}}'’.\-]{{0,24}}"
    rf"(?:{_BLANK}\p{{Lu}}[\p{{L}}\p{{M}}'’.\-]{{0,24}}){{1,3}})"
    # "— Jane Roe, Reuters", "– Jane Roe, Kingston": the agency or the place after a comma;
    # a reviewer's sign-off under a review roundup names the outlet and the roles, each after
    # its own comma: "– Jane Roe, The Harbour Gazette Music Editor, Writer" (#9). Each part is
    # capitalised words only (no "of", "at": a list item's description is lower-case prose).
    rf"(?:,{_BLANK}{{1,2}}\p{{Lu}}[\p{{L}}\p{{M}}'’.\-]{{0,24}}+(?:{_BLANK}\p{{Lu}}[\p{{L}}\p{{M}}'’.\-]{{0,24}}+){{0,4}}+){{0,2}}+[.]?"
)
# "(JR)", "(BA/KD)": the writer's initials alone on the line under the story.
_PAREN_INITIALS = re.compile(r"\((?P<who>[A-Z]{2,4}(?:/[A-Z]{2,4}){0,2})\)")
# Words that make a "Source:" tail a sentence rather than a credit.
_SENTENCE = LazyPattern(r"\p{Ll}{2,}[\s\u00a0]+\p{Ll}{2,}[\s\u00a0]+\p{Ll}{2,}[\s\u00a0]+\p{Ll}{2,}")


def writer_line(
    text: str,
    pos: int,
    end: int,
    *,
    body_seen: bool,
    not_name: frozenset[str] = frozenset(),
    contact: ContactVocab | None = None,
    contacts: bool = True,
) -> Byline | None:
    """Return the writer or source line at ``text[pos:end]`` (one whole line), or ``None``.

    ``body_seen`` says whether a body paragraph came above: bios, contact lines and
    signatures stand under the story. ``not_name`` adds lower-cased words that never start a
    name (the byline rule's ``not_name_words``). ``contact`` is the language's contact words
    (:func:`~newsparse.rules.furniture.byline_contacts.contact_vocab`; English by default);
    ``contacts=False`` skips that look (a line the contact gate did not select).
    """
    length = end - pos
    if length < 4:
        return None
    first = text[pos]
    if contacts and length <= _CONTACT_MAX and (first.isalpha() or first in _CONTACT_LEAD):
        # "Write to Jane Roe at ...", "Email the author", "Jane Roe can be reached at ..."
        vocab = contact if contact is not None else _english_contacts()
        found = contact_line(text, pos, end, vocab, not_name=not_name, bare=body_seen)
        if found is not None:
            return found
    if first in "Ss" and length <= _SOURCE_MAX:
        found = _source(text, pos, end)
        if found is not None:
            return found
    if length <= _PRODUCTION_MAX and first.isalpha() and ":" in text[pos : pos + _PRODUCTION_LABEL_MAX]:
        found = _production_credit(text, pos, end)
        if found is not None:
            return found
    if first.isupper() and length <= 60 and text[end - 1] == ")":
        found = _name_handle(text, pos, end)
        if found is not None:
            return found
    if length <= 40 and (text[end - 1] == "|" or not body_seen):
        found = _site_credit(text, pos, end)
        if found is not None:
            return found
    if not body_seen and length <= 140 and "|" in text[pos:end]:
        found = _outlet_date(text, pos, end)
        if found is not None:
            return found
    if not body_seen:
        return None
    if length <= _ADDRESS_MAX and first in _ADDRESS_FIRSTS and ":" in text[pos : pos + _ADDRESS_LABEL_MAX]:
        found = _author_address(text, pos, end)
        if found is not None:
            return found
    if first in "(" and length <= 16:
        initials = _PAREN_INITIALS.fullmatch(text, pos, end)
        if initials is not None and initials.group("who") not in _PHOTO_WORDS:
            return Byline(Span.of(text, pos, end), names=(initials.group("who"),), kind="credit")
    if first in "—–―-" and length <= 60:
        m = _DASH_NAME.fullmatch(text, pos, end)
        if m is not None and not _stop_word(m.group("name").split()[0], not_name):
            return Byline(Span.of(text, pos, end), names=(m.group("name"),))
    if length <= 300 and "@" in text[pos:end]:
        found = _contact(text, pos, end) or _name_contact(text, pos, end, not_name)
        if found is not None:
            return found
    if first in "Aa" and length <= 30 and _ABOUT.fullmatch(text, pos, end):
        return Byline(Span.of(text, pos, end), kind=BIO)
    if first in "T(" and length <= _AUTHORED_MAX:
        found = _authored(text, pos, end)
        if found is not None:
            return found
    if first.isupper() and length <= 700:
        found = _bio(text, pos, end, not_name)
        if found is not None:
            return found
    if text[end - 1] == ")" and length > 8:
        return _fused_initials(text, pos, end)
    return None


# Contact lines are short; they open with a letter or a bullet or dash.
_CONTACT_MAX = 300
_CONTACT_LEAD = "*•·>-–—"


# A video's or a graphic's production credits, one role a line: "Script and presentation: Jane
# Roe", "Production: Tom Okafor", "Videography: Ann Lee" (#9). Lower-cased; the label is read
# case-blind, as templates capitalise it oddly ("SCript and presentation").
PRODUCTION_LABELS: frozenset[str] = frozenset(
    (
        "script", "script and presentation", "presentation", "production", "producer", "producers",
        "videography", "video editing", "camera and editing", "editing", "graphics",
        "illustration", "illustrations", "voiceover", "voice-over", "narration", "animation",
        "cinematography",
    )
)  # fmt: skip
"""Lower-cased production roles that, with a colon and names, make a line a credit."""
# The longest such line and the farthest its colon may stand.
_PRODUCTION_MAX = 120
_PRODUCTION_LABEL_MAX = 28
# The names after the label: two to four capitalised words each (initials too: "K. Bharat
# Kumar"; one word is as often a brand: "Sound: Dolby"), joined by a comma or "and"/"&", and
# nothing else but a final full stop.
_CREDITED_NAMES = LazyPattern(
    rf"(?P<names>(?:\p{{Lu}}[\p{{L}}\p{{M}}.'’\-]{{0,24}}(?:{_BLANK}\p{{Lu}}[\p{{L}}\p{{M}}.'’\-]{{0,24}}){{1,3}})"
    rf"(?:(?:,{_BLANK}{{1,2}}|{_BLANK}{{1,2}}(?:and|&){_BLANK}{{1,2}})"
    rf"\p{{Lu}}[\p{{L}}\p{{M}}.'’\-]{{0,24}}(?:{_BLANK}\p{{Lu}}[\p{{L}}\p{{M}}.'’\-]{{0,24}}){{1,3}}){{0,3}})\.?"
)


def _production_credit(text: str, pos: int, end: int) -> Byline | None:
    """``Production: Tom Okafor``: a production role, a colon and only the names credited."""
    colon = text.find(":", pos, pos + _PRODUCTION_LABEL_MAX)
    label = " ".join(text[pos:colon].split()).lower()
    if label not in PRODUCTION_LABELS:
        return None
    at = colon + 1
    while at < end and text[at] in " \t\u00a0":
        at += 1
    m = _CREDITED_NAMES.fullmatch(text, at, end)
    if m is None:
        return None
    joined = " ".join(m.group("names").split()).replace(" and ", ", ").replace(" & ", ", ")
    names = tuple(n.strip() for n in joined.split(",") if n.strip())
    if any(_stop_word(n.split()[0], frozenset()) for n in names):
        return None
    return Byline(Span.of(text, pos, end), names=names, role=text[pos:colon].strip(), kind="credit")


# A paper's note on where to reach its authors, under the story: "Corresponding Author: Jane
# Roe, PhD, 12 College Road, ...; e-mail, ...", "Current Author Addresses: Dr. Roe: ..." (#9).
# Lower-cased labels, read before the colon.
ADDRESS_LABELS: frozenset[str] = frozenset(
    (
        "corresponding author", "corresponding authors", "correspondence", "correspondence to",
        "address correspondence to", "author addresses", "current author addresses",
        "authors' addresses", "authors’ addresses", "author's address", "author’s address",
        "reprint requests", "requests for reprints", "author contact", "contact author",
    )
)  # fmt: skip
"""Lower-cased labels of a note on where to reach a paper's authors."""
# What every such label holds (lower-cased): the byline rule's gate looks at a line holding one.
ADDRESS_GATE_WORDS = (
    "correspond", "author address", "authors' address", "authors’ address", "author's address",
    "author’s address", "reprint", "author contact", "contact author",
)  # fmt: skip
_ADDRESS_MAX = 400
_ADDRESS_LABEL_MAX = 32
_ADDRESS_FIRSTS = frozenset("CcAaRr")
# After the label: a capitalised name or title ("Dr. Roe", "Jane Roe, PhD"), not a sentence.
_ADDRESS_NAME = LazyPattern(
    rf"{_BLANK}{{0,2}}(?P<who>\p{{Lu}}[\p{{L}}\p{{M}}.'’\-]{{0,24}}+(?:{_BLANK}\p{{Lu}}[\p{{L}}\p{{M}}.'’\-]{{0,24}}+){{0,3}}+)[,:;]"
)


def _author_address(text: str, pos: int, end: int) -> Byline | None:
    """``Corresponding Author: Jane Roe, PhD, ...``: a label of :data:`ADDRESS_LABELS`, a colon,
    then a capitalised name closed by a comma, colon or semicolon (the address follows)."""
    colon = text.find(":", pos, pos + _ADDRESS_LABEL_MAX)
    if " ".join(text[pos:colon].split()).lower() not in ADDRESS_LABELS:
        return None
    m = _ADDRESS_NAME.match(text, colon + 1, end)
    if m is None:
        return None
    return Byline(Span.of(text, pos, end), names=(m.group("who"),), kind="credit")


def _english_contacts() -> ContactVocab:
    from newsparse.lang import get_language

    return contact_vocab(get_language("en"))


# "... the programme starts in May. (BA)": initials fused to the end of the last paragraph.
_FUSED_INITIALS = re.compile(r"(?<=[.!?\"”’])[ \t\u00a0]{1,3}(\((?P<who>[A-Z]{2,4}(?:/[A-Z]{2,4}){0,2})\))")


def _fused_initials(text: str, pos: int, end: int) -> Byline | None:
    m = _FUSED_INITIALS.search(text, max(pos, end - 24), end)
    if m is None or m.end() != end or m.group("who") in _PHOTO_WORDS:
        return None
    return Byline(Span.of(text, m.start(1), end), names=(m.group("who"),), kind="credit")


# "Maya Okafor (@mayaokafor)": the author with a social handle (a tweet's signature has a date).
_NAME_HANDLE = LazyPattern(
    rf"(?P<name>\p{{Lu}}[\p{{L}}\p{{M}}'’.\-]{{0,24}}(?:{_BLANK}\p{{Lu}}[\p{{L}}\p{{M}}'’.\-]{{0,24}}){{1,3}})"
    rf"{_BLANK}{{1,2}}\(@(?P<handle>\w{{1,30}})\)"
)
# "HarbourGazette.com |": the site credited on its own line (a pipe, or a date below it).
_SITE_CREDIT = re.compile(r"(?P<site>[A-Za-z0-9][\w\-]{0,40}(?:\.[a-z]{2,6}){1,2})(?:[ \t\u00a0]{0,2}\|)?")


# "THE DAILY LEDGER | Oct 02, 2020, 19:02 IST": the outlet credited above the story, with its
# stamp. Outlet names may hold small words ("of", "the"), which a person's name may not.
_OUTLET_DATE = LazyPattern(
    rf"(?P<outlet>\p{{Lu}}[\p{{L}}.&'’\-]{{0,24}}(?:{_BLANK}(?:of|the|and|&|OF|THE|AND|\p{{Lu}}[\p{{L}}.&'’\-]{{0,24}})){{0,5}})"
    rf"{_BLANK}{{0,2}}\|{_BLANK}{{0,2}}(?P<stamp>\S.{{4,100}})"
)


def _outlet_date(text: str, pos: int, end: int) -> Byline | None:
    m = _OUTLET_DATE.fullmatch(text, pos, end)
    if m is None:
        return None
    stamp = m.group("stamp")
    run = DATEISH.match(stamp)
    if run is None or run.end() < len(stamp.rstrip()) or not HAS_DATE_SIGNAL.search(stamp):
        return None  # the part after the pipe must be a date and nothing else
    if not HAS_CALENDAR_DATE.search(stamp):
        return None
    outlet = m.group("outlet")
    return Byline(
        Span.of(text, pos, end),
        names=(outlet,),
        date=parse_date(stamp).date,
        date_text=stamp.strip(),
        kind="credit",
    )


def _name_handle(text: str, pos: int, end: int) -> Byline | None:
    m = _NAME_HANDLE.fullmatch(text, pos, end)
    if m is None or _stop_word(m.group("name").split()[0], frozenset()):
        return None
    return Byline(Span.of(text, pos, end), names=(m.group("name"),))


def _site_credit(text: str, pos: int, end: int) -> Byline | None:
    m = _SITE_CREDIT.fullmatch(text, pos, end)
    if m is None or text[end - 1] != "|":
        return None  # a bare domain line is a site header; with a pipe it credits the story
    return Byline(Span.of(text, pos, end), names=(m.group("site"),), kind="credit")


def _stop_word(word: str, not_name: frozenset[str]) -> bool:
    lower = word.lower()
    return lower in not_name or lower in _NOT_NAME_START


def _source(text: str, pos: int, end: int) -> Byline | None:
    m = _SOURCE.fullmatch(text, pos, end)
    if m is None:
        return None
    if _CITATION.match(text, m.start("who"), end) is not None:
        return Byline(Span.of(text, pos, end), kind="credit")  # "Source: Roe J, Diaz O et al. …"
    label = _NEXT_LABEL.search(text, m.start("who"), end)
    if label is not None:
        end = label.start()  # the photo credit after the slash is a credit of its own
    who = text[m.start("who") : end].rstrip(" .")
    if len(who) > _SOURCE_NAMES_MAX or any(q in who for q in _HEADLINE_QUOTES):
        return None
    # "Source: Met Office", "Source: National Family Health Surveys, Global Data Lab, NITI
    # Ayog": a few short names, not a sentence
    parts = who.split(",")
    if not who[:1].isalpha() or _SENTENCE.search(who) or len(parts) > 5:
        return None
    if any(part.count(" ") > 6 for part in parts):
        return None
    return Byline(Span.of(text, pos, end), names=(who,), kind="credit")


def _contact(text: str, pos: int, end: int) -> Byline | None:
    line = text[pos:end]
    email = None
    for last in _EMAIL.finditer(line):  # the last address on the line
        email = last
    if email is None or len(line) - email.end() > 2:
        return None  # the address must end the line: "... at jroe@example.com."
    before = line[: email.start()]
    lower = before.lower()
    if _addresses_only(line):
        # "jroe@example.com, a.diaz@example.com" alone under the story: the writers' addresses
        return Byline(Span.of(text, pos, end), kind="credit")
    if not any(cue in lower for cue in _CONTACT_CUES):
        return None
    words = set(_WORDS.findall(lower))
    if words & _DESK_WORDS:
        return None  # "Email us at ...", "write to letters@...": the site's desk, not the writer
    # The writer: named before the address ("Write to Jane Roe at"), or a personal address.
    named = _NAMED_BEFORE.search(before) is not None or _NAMED_REACH.match(before) is not None
    if not (named or _PERSONAL_LOCAL.match(email.group(0))):
        return None
    return Byline(Span.of(text, pos, end), kind="credit")


# "Jane Roe: 206-555-0100 or jroe@example.com; on Twitter: @janeroe": the writer's name, a
# colon (or a pipe, a comma, a dash: "Jane Roe | jroe@example.com"), then nothing but ways to
# reach them (numbers, addresses, handles, a few small words).
_NAME_COLON = LazyPattern(
    rf"(?P<name>\p{{Lu}}[\p{{L}}'’\-]{{1,24}}(?:{_BLANK}\p{{Lu}}[\p{{L}}'’\-]{{1,24}}){{1,2}})"
    rf"(?:{_BLANK}{{0,2}}[:|,]|{_BLANK}{{1,2}}[—–-]){_BLANK}{{1,3}}"
)
_REACH_TOKEN = LazyPattern(
    r"[\w.+\-]{1,64}@[\w\-]{1,63}(?:\.[\w\-]{1,63}){1,4}|\[email[ \u00a0]protected\]"
    r"|@\w{1,30}|\+?[\d()][\d() .\-]{5,20}\d"
    r"|(?i:or|and|on|at|twitter|x|email|e-mail|phone|tel|instagram|bluesky|threads|facebook|linkedin)\b",
    engine=re,
)


def _name_contact(text: str, pos: int, end: int, not_name: frozenset[str]) -> Byline | None:
    m = _NAME_COLON.match(text, pos, end)
    if m is None or _stop_word(m.group("name").split()[0], not_name):
        return None
    rest = _REACH_TOKEN.sub("", text[m.end() : end])
    if rest.strip(" \t\u00a0.,;:|/") or "@" not in text[m.end() : end]:
        return None  # something besides ways to reach the writer: a quote, a list entry
    return Byline(Span.of(text, pos, end), names=(m.group("name"),), kind="credit")


def _addresses_only(line: str) -> bool:
    """Whether ``line`` holds nothing but one to three personal e-mail addresses (``jroe@…``,
    ``a.diaz@…``) and separators: the writers' contact line set without a cue."""
    addresses = _EMAIL.findall(line)
    if not 1 <= len(addresses) <= 3 or _SEPARATORS.sub("", _EMAIL.sub("", line)):
        return False
    return all(_PERSONAL_LOCAL.match(a) and not _desk_local(a) for a in addresses)


def _desk_local(address: str) -> bool:
    """Whether the address's local part names a desk (``letters@``, ``news.desk@``)."""
    local = address.partition("@")[0].lower()
    return bool(set(re.split(r"[._+\-]", local)) & (_DESK_WORDS | _DESK_LOCALS))


# What may stand between the addresses of a contact line: commas, "and", slashes, pipes.
_SEPARATORS = LazyPattern(r"[\s\u00a0,;/|&.]+|\band\b", engine=re)
# Local parts of a desk's address (not a writer's).
_DESK_LOCALS = frozenset(
    ("news", "desk", "editor", "editors", "info", "contact", "tips", "press", "web", "online")
)
# Words of a contact line addressed to the site's desk rather than to the writer.
_DESK_WORDS = frozenset(("us", "our", "we", "you", "letters", "letter", "comments", "comment", "advertising"))
# "Write to Jane Roe at", "contact John Doe on".
_NAMED_BEFORE = LazyPattern(
    rf"(?i:write{_BLANK}to|contact|email|e-mail|reach){_BLANK}{{1,2}}"
    rf"\p{{Lu}}[\p{{L}}'’\-]{{1,24}}(?:{_BLANK}\p{{Lu}}[\p{{L}}'’\-]{{1,24}}){{1,2}}{_BLANK}{{1,2}}(?:at|on|via){_BLANK}"
)
# "Jane Roe can be reached at": the writer named first.
_NAMED_REACH = LazyPattern(
    rf"\p{{Lu}}[\p{{L}}'’\-]{{1,24}}(?:{_BLANK}\p{{Lu}}[\p{{L}}'’\-]{{1,24}}){{1,2}}{_BLANK}{{1,2}}"
    rf"(?i:can|may){_BLANK}{{1,2}}be{_BLANK}{{1,2}}(?i:reached|contacted|emailed){_BLANK}{{1,2}}(?:at|on|via|by){_BLANK}"
)
# "jane.roe@", "j_roe@": a person's mailbox rather than "news@" or "desk@".
_PERSONAL_LOCAL = re.compile(r"[a-z]{1,30}[._][a-z]{1,30}@", re.IGNORECASE)


# "is" and "was" with the blank _BIO_HEAD needs after them (looked for in lower case).
_BIO_VERBS = tuple(f"{verb}{blank}" for verb in ("is", "was") for blank in (" ", "\t", "\u00a0"))


def bio_line(text: str, pos: int, end: int, not_name: frozenset[str]) -> Byline | None:
    """The writer's bio or closing note at ``text[pos:end]`` (kind :data:`BIO` or :data:`NOTE`)."""
    if end - pos > _BIO_MAX or not text[pos : pos + 1].isupper():
        return None
    return _bio(text, pos, end, not_name)


# The longest line read as a bio.
_BIO_MAX = 700


# "Jane Roe writes about film for the Ledger", "Roe & Diaz write about the movies …": the
# writers named, then what and where they write (#9). Only with a way to reach them in the
# same paragraph (a handle, an address) is it their contact line; else a sentence of the story.
_WRITES_HEAD = LazyPattern(
    rf"(?P<name>\p{{Lu}}[\p{{L}}\p{{M}}'’.\-]{{0,24}}(?:{_BLANK}(?:\p{{Lu}}[\p{{L}}\p{{M}}'’.\-]{{0,24}}|&|and)){{0,5}})"
    rf"{_BLANK}(?:writes?|covers?|reports?){_BLANK}(?:about|on|for){_BLANK}"
)
# How far past the paragraph's unclaimed part the way to reach the writers may stand.
_REACH_AFTER = 200
_WRITES_VERBS = (" write about ", " writes about ", " covers ", " cover ", " reports on ", " report on ")


def _writes_about(text: str, pos: int, end: int, not_name: frozenset[str]) -> Byline | None:
    """The writers' contact paragraph opening :data:`_WRITES_HEAD` (``Jane Roe writes about
    film for the Ledger. Follow her on X @janeroe.``), as a credit; else ``None``."""
    opening = text[pos : min(end, pos + 120)]
    if not any(verb in opening for verb in _WRITES_VERBS):
        return None
    m = _WRITES_HEAD.match(text, pos, min(end, pos + 120))
    # The way to reach them may close the paragraph past ``end``, where an earlier rule took
    # it ("Follow them on X @roediaz" is a follow plug too): the rest of the line is read.
    line_end = text.find("\n", end, end + _REACH_AFTER)
    if line_end < 0:
        line_end = min(len(text), end + _REACH_AFTER)
    if m is None or _REACHES_WRITER.search(text, m.end(), line_end) is None:
        return None
    name_words = m.group("name").split()
    if name_words[0].lower() in _NOT_NAME_START or any(w.lower() in not_name for w in name_words):
        return None
    cut = _before_disclaimer(text, m.end(), end)
    return Byline(Span.of(text, pos, cut), names=(m.group("name"),), kind="credit")


def _bio(text: str, pos: int, end: int, not_name: frozenset[str]) -> Byline | None:
    opening = text[pos : min(end, pos + 120)].lower()
    if not any(verb in opening for verb in _BIO_VERBS):
        # a quick look first: _BIO_HEAD needs "is" or "was" and a blank
        return _writes_about(text, pos, end, not_name)
    m = _BIO_HEAD.match(text, pos, min(end, pos + 120))
    if m is None:
        return _writes_about(text, pos, end, not_name)
    name_words = m.group("name").split()
    if name_words[0].lower() in _NOT_NAME_START or any(w.lower() in not_name for w in name_words):
        return None
    if _REACHES_WRITER.search(text, m.end(), end) is not None:
        # "Jane Roe is the Ledger's critic. Email: jroe@example.com": a bio that says how to
        # reach the writer is the writer's contact line (the conventions list those as
        # bylines), up to a closing disclaimer ("Views are personal."), which is the page's.
        # The address vouches for the bio, whatever the role ("a physician and strategist").
        cut = _before_disclaimer(text, m.end(), end)
        return Byline(Span.of(text, pos, cut), names=(m.group("name"),), kind="credit")
    # The role must come soon: "is a reporter", "is the Ledger's political editor".
    head = text[m.end() : min(end, m.end() + 90)].lower()
    if not any(w in WRITER_ROLE_WORDS for w in _WORDS.findall(head)):
        return None
    closing = end - pos <= _NOTE_MAX and _TEXT_END.match(text, end) is not None
    if closing and not _SENTENCE_BREAK.search(text, m.end(), end):
        # "Jane Roe is an economist" closing the text: the op-ed's one-sentence note on who
        # wrote it, a byline where the page has none (see NOTE); a bio of several sentences,
        # or a note among the page's other boxes, is the page's footer.
        return Byline(Span.of(text, pos, end), names=(m.group("name"),), kind=NOTE)
    return Byline(Span.of(text, pos, end), names=(m.group("name"),), kind=BIO)


# Ways to reach the writer inside a bio: an address, a handle, "can be reached at".
_REACHES_WRITER = LazyPattern(
    r"[\w.+\-]{1,64}@[\w\-]{1,63}\.\w|\[email[ \u00a0]protected\]|(?<![\w@])@\w{2,30}\b"
    r"|(?i:\b(?:can|may)[ \t\u00a0]be[ \t\u00a0](?:reached|contacted)\b)"
)
# A disclaimer sentence closing a bio: "Views are strictly personal.", "The views expressed
# are the author's own." (the page's footer, not the writer's line).
_DISCLAIMER = LazyPattern(
    r"(?<=[.!?][\"”’]?[ \t\u00a0])"
    r"(?i:(?:the[ \t\u00a0])?views?[ \t\u00a0](?:expressed[ \t\u00a0])?(?:are|is)\b)"
)


def _before_disclaimer(text: str, pos: int, end: int) -> int:
    """``end``, or where a closing disclaimer sentence starts (blanks before it left out)."""
    m = _DISCLAIMER.search(text, pos, end)
    if m is None:
        return end
    cut = m.start()
    while cut > pos and text[cut - 1] in " \t\u00a0":
        cut -= 1
    return cut


# "This article is authored by Jane Roe, a former banker.", "The writer is a professor at
# Westfield.", "(The author is a senior fellow ...)": a line naming the piece's author.
_AUTHORED = LazyPattern(
    r"\(?(?:(?:This|The)[ \t\u00a0](?:article|piece|column|op-ed|essay|blog|post|commentary)"
    r"[ \t\u00a0](?:is|was|has[ \t\u00a0]been)[ \t\u00a0](?:authored|written|penned|contributed)[ \t\u00a0]by"
    r"|The[ \t\u00a0](?:authors?|writers?|columnist|contributor)[ \t\u00a0](?:is|are|was)"
    r"(?:[ \t\u00a0]an?|[ \t\u00a0]the)?)"
    r"[ \t\u00a0]"
)
# The longest such line.
_AUTHORED_MAX = 400


def _authored(text: str, pos: int, end: int) -> Byline | None:
    m = _AUTHORED.match(text, pos, end)
    if m is None:
        return None
    if text[m.end() - 3 : m.end() - 1] != "by":
        # "The writer is a senior fellow at ...": a role must follow soon, or "The author is a
        # character the film never names" would be a credit.
        head = set(_WORDS.findall(text[m.end() : min(end, m.end() + 90)].lower()))
        if not head & (WRITER_ROLE_WORDS | _AUTHOR_ROLES):
            return None
    # "... authored by Jane Roe, former banker": the name, when one follows "by".
    by = _AUTHOR_NAME.match(text, m.end(), end) if text[m.end() - 3 : m.end() - 1] == "by" else None
    names = (by.group(0),) if by is not None else ()
    return Byline(Span.of(text, pos, _before_disclaimer(text, m.end(), end)), names=names, kind="credit")


# Roles op-ed authors hold besides the writing ones (WRITER_ROLE_WORDS).
_AUTHOR_ROLES = frozenset(
    (
        "former", "founder", "co-founder", "member", "adviser", "advisor", "partner", "ceo",
        "officer", "secretary", "minister", "ambassador", "diplomat", "consultant", "lawyer",
        "advocate", "doctor", "physician", "student", "head", "dean", "president", "chairman",
        "chairperson", "expert", "specialist", "scientist", "engineer", "retired", "senior",
        "associate", "assistant", "visiting", "distinguished", "practitioner", "trustee",
    )
)  # fmt: skip
_AUTHOR_NAME = LazyPattern(
    rf"\p{{Lu}}[\p{{L}}\p{{M}}'’.\-]{{0,24}}(?:{_BLANK}\p{{Lu}}[\p{{L}}\p{{M}}'’.\-]{{0,24}}){{1,3}}"
)


# The longest one-sentence writer's note read as a byline ("Jane Roe is an economist").
_NOTE_MAX = 160
# Nothing but blanks to the end of the text (stops at the first other character).
_TEXT_END = LazyPattern(r"\s*+\Z")  # compiled on first use (the cold-start budget)
# A sentence ending inside a line, before the next sentence's capital.
_SENTENCE_BREAK = LazyPattern(r"[.!?][\"”’]?[ \t\u00a0]+[A-Z\"“]")


# "About the author", "About the writer:": the label over a bio, a footer like the bio.
_ABOUT = re.compile(
    r"(?i:about[ \t\u00a0]{1,2}(?:the[ \t\u00a0]{1,2})?(?:authors?|writers?|reporters?|contributors?))"
    r"[ \t\u00a0]{0,2}:?"
)


def find_writer_lines(text: str, *, body_seen: bool = True) -> tuple[Byline, ...]:
    """Return the writer and source lines of ``text`` (each line looked at on its own)."""
    from newsparse._errors import ensure_str

    ensure_str(text)
    out = []
    pos = 0
    for line in text.splitlines(keepends=True):
        stripped = line.strip()
        if stripped:
            start = pos + line.index(stripped)
            found = writer_line(text, start, start + len(stripped), body_seen=body_seen)
            if found is not None:
                out.append(found)
        pos += len(line)
    return tuple(out)
