"""Speaker phrases the attribution stage leaves unread, found next to a quote or a phrase it did read.

Each helper reads a few dozen characters beside one quote or speaker phrase (never the whole
text), so resolution stays linear:

* :func:`name_after_quote` — ``“…,” Haley, who is normally calm, barked back.`` and ``“…,”
  Thomas Lenard, senior fellow at …`` (a cue the vocabulary lacks, or none at all): a quote
  ending in a comma continues its sentence, and the name that follows is its speaker;
* :func:`phrase_after_quote` — ``“…,” he shrugged.``, ``“…,” the mayor beamed.``: a pronoun or
  a description and a past-tense verb the vocabulary lacks after a comma-ended quote;
* :func:`document_after_quote` — ``“…,” the statement read.``, ``“…,” reads the letter.``, ``“…,”
  her post said.``: a document speaks for whoever issued it (resolved like ``the statement``),
  a possessive's document for its owner (``her`` → ``she``);
* :func:`document_issuer` — ``A statement from the Ministry of Health said``, ``according to
  figures from the ONS``, ``The report, published by the IFS, said``: the organisation named
  as the document's source speaks;
* :func:`appositive_name` — ``said another witness in the probe, former adviser Fiona Hill.``:
  a description followed by the name it stands for;
* :func:`appositive_head` — ``Chi Onwurah, the Labour MP for Newcastle Central, who …, said``
  and ``Meta, a company that has long …, arguing``: the phrase read lies inside an appositive,
  and the name the appositive describes speaks;
* :func:`name_before_place` — ``The Briar in Douglas say …``: a place read as the subject, when
  the name before ``in``/``at``/``from`` is who speaks;
* :func:`person_after_role` — ``White House press secretary Josh Earnest said``: an
  organisation's name read as the subject, when the person holding a role there follows;
* :func:`named_before_others` — ``Feinstein and other Democrats said``: the one named, not the
  group she belongs to;
* :func:`floated_subject` — ``Scott and DeSantis both promised``: the names a floating
  quantifier stands after;
* :func:`role_led_name` — ``Once again, former President Donald Trump snubbed …, saying``:
  a subject after a fronted phrase, written after lower-case modifiers;
* :func:`chain_head` — ``“…,” Dana Whitlow, CEO of Harbour Games, adds.`` and ``Marcus Fell,
  president of Fell & Wren, a Leeds design agency, said``: the phrase read lies in a chain of
  appositives after a name that opens the clause, and that name speaks.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from newsparse.rules.quotes.phrases import _WORD_STRIP, NP
from newsparse.text.lazy import deferred_re

if TYPE_CHECKING:
    from newsparse.rules.quotes.speakers import NameTable

__all__ = [
    "NAME_OR_WORD",
    "NAME_RUN",
    "appositive_head",
    "appositive_name",
    "chain_head",
    "document_after_quote",
    "document_issuer",
    "document_owner",
    "document_possessor",
    "floated_subject",
    "name_after_quote",
    "name_before_place",
    "named_before_others",
    "person_after_role",
    "phrase_after_quote",
    "role_led_name",
]

# Capitalised words (2-6, with up to two particles such as "de", "bin" or "von der" between): a name.
# Possessive repeats over bounded tokens, so the scan cannot backtrack.
NAME_RUN = re.compile(
    r"[A-Z](?<![\w’'][A-Z])[\w’'.-]{0,30}+(?:[ \u00a0]++(?:(?:de|van|von|der|den|bin|binti|al|da|del|le|la|du"
    r"|dos|das|di)[ \u00a0]++){0,2}+[A-Z][\w’'.-]{0,30}+){1,5}+"
)

# One capitalised word or a run: a name after a quote may be a surname alone ("Haley").
NAME_OR_WORD = deferred_re(r"[A-Z](?<![\w’'][A-Z])[\w’'-]{1,30}+(?:[ \u00a0][A-Z][\w’'.-]{0,30}+){0,4}+")

# A surname written with a lower-case particle first ("von der Leyen", "de Klerk", "al-Sisi")
_PARTICLE_NAME = deferred_re(
    r"(?:von|van|de|da|di|du|del|della|der|den|le|la|al|el|bin|ibn)(?:[ ](?:der|den|la|le))?+[ -]"
    r"[A-Z][\w’'-]{1,30}+"
)

# Lower-case words that end an appositive before a name could close it: a clause, not a role
_CLAUSE_WORDS = frozenset(
    {"who", "which", "that", "said", "says", "told", "added", "when", "while", "after", "as", "but",
     "because", "if", "according", "whose", "where", "than", "is", "was", "has", "had", "will", "would"}
)  # fmt: skip

# Lower-case modifiers written before a titled name opening a subject ("former President X")
_NAME_MODIFIERS = frozenset(
    {"former", "then", "ex", "late", "current", "outgoing", "incoming", "acting", "interim", "new",
     "veteran", "fellow", "retired", "embattled"}
)  # fmt: skip

_APPOSITIVE_REACH = 110
"""How many characters after a description's comma its appositive name may end by."""


def name_after_quote(text: str, end: int, content_end: int, names: NameTable) -> NP | None:
    """The name right after a direct quote closing at ``end`` whose content, ending at
    ``content_end``, ends in a comma (``“…,” Haley, who …, barked back.``), or in ``?``/``!``
    when a past-tense verb follows the name (``“Why?” Lee snapped.``); else None.

    A comma before the closing mark says the sentence goes on: what follows is its attribution,
    whatever verb (or none: ``“…,” Thomas Lenard, senior fellow at …``) the writer used. A
    possessive (``“…,” Haley's spokesman said``) names someone else.
    """
    last = text[content_end - 1 : content_end]
    if last not in {",", "?", "!"} or text[end : end + 1] != " ":
        return None
    m = NAME_OR_WORD.match(text, end + 1, end + 120) or _PARTICLE_NAME.match(text, end + 1, end + 60)
    if m is None:
        return None
    run = m.group()
    cut = run.find(". ")
    if cut >= 0:  # "Lee. The" : a sentence ended inside the run
        run = run[:cut]
    stop = m.start() + len(run)
    after = text[stop : stop + 24]
    if after.startswith(("'s", "’s")):
        return None
    nxt = after[1:].split(" ", 1)[0].rstrip(".,;:!?") if after[:1] == " " else ""
    if last == ",":
        if not (after.startswith(", ") or (nxt[:1].islower() and nxt.isalpha())):
            return None
    elif not (nxt.islower() and nxt.endswith("ed")):
        return None
    np = NP(m.start(), stop, "name")
    name = names.resolve(np)
    if name is None or not names.is_person(name, np):
        return None
    return np


def appositive_name(text: str, np: NP, names: NameTable) -> NP | None:
    """The name an appositive gives the description at ``np`` (``another witness in the probe,
    former White House adviser Fiona Hill.``; ``a spokesman, Tom Reed, said``): the last name
    before the appositive's comma or full stop, with only role words before it; else None."""
    if text[np.end : np.end + 2] != ", ":
        return None
    lo = np.end + 2
    hi = min(len(text), lo + _APPOSITIVE_REACH)
    stop = lo
    while stop < hi and text[stop] not in ',;:.!?\n(“"':
        stop += 1
    if stop < hi and text[stop] == "." and text[stop - 2 : stop - 1] == " ":
        return None  # "Tom J. Reed": an initial, not the end (left to a plain name)
    if stop >= hi or stop == lo:
        return None
    last = None
    for m in NAME_RUN.finditer(text, lo, stop):
        last = m
    if last is None or last.end() != stop:
        return None
    for w in text[lo : last.start()].split():
        low = w.strip(_WORD_STRIP)
        if low[:1].islower() and (low in _CLAUSE_WORDS or low.endswith(("ed", "ing"))):
            return None  # "…, who told Fiona Hill": a clause, not an appositive
    found = NP(last.start(), last.end(), "name")
    name = names.resolve(found)
    if name is None or not names.is_person(name, found):
        return None
    return found


def person_after_role(text: str, np: NP, roles: frozenset[str]) -> NP | None:
    """The person named after the organisation at ``np`` and a lower-case role there (``White
    House press secretary Josh Earnest``, ``Apple chief executive Tim Cook``), else None."""
    at = np.end
    if text[at : at + 1] != " ":
        return None
    words = text[at + 1 : at + 60].split(" ", 4)
    role = False
    pos = at + 1
    prev = ""
    for w in words[:4]:
        if not w[:1].islower():
            break
        if not _role_modifier(w) and not (w == "of" and prev in roles):
            return None  # "Danvers confirmed that captain Ross Whelan …": a verb, he is its object
        role = role or w in roles  # "press secretary", "chief of staff"
        prev = w
        pos += len(w) + 1
    if not role:
        return None
    m = NAME_RUN.match(text, pos, pos + 80)
    return NP(m.start(), m.end(), "name") if m is not None else None


# Lower-case words of a unit or field before a role that end in "s" ("news editor", "foreign
# affairs spokesman"); any other word ending in "s" is read as a verb ("Lee joins coach X")
_UNIT_WORDS = frozenset(
    {"news", "affairs", "sales", "operations", "communications", "sports", "arts", "services",
     "relations", "logistics", "economics", "politics", "analytics", "markets", "systems", "events"}
)  # fmt: skip

# Past tenses without "-ed" that stand between a subject and its object ("Lee met coach X")
_IRREGULAR_PAST = frozenset(
    {"met", "saw", "beat", "hit", "told", "said", "thought", "knew", "took", "gave", "made", "sent",
     "let", "put", "left", "led", "won", "lost", "got", "found", "heard", "held", "kept", "sold"}
)  # fmt: skip


def _role_modifier(word: str) -> bool:
    """Whether a lower-case ``word`` may stand in a role before a name (``press``, ``chief``),
    not a verb or a function word (``confirmed``, ``that``, ``met``, ``joins``, ``and``)."""
    if not word.isalpha() and "-" not in word:
        return False
    if word in _CLAUSE_WORDS or word in _IRREGULAR_PAST or word in _FUNCTION_WORDS:
        return False
    if word.endswith(("ed", "ing")):
        return False
    return not (word.endswith("s") and not word.endswith("ss") and word not in _UNIT_WORDS)


_FUNCTION_WORDS = frozenset(
    {"and", "or", "with", "to", "by", "for", "of", "at", "in", "on", "from", "the", "a", "an", "his",
     "her", "their", "its", "our", "told", "asked", "urged", "also", "then", "now", "later"}
)  # fmt: skip


def role_led_name(text: str, at: int, se: int) -> int:
    """Where a subject's name starts after lower-case modifiers at ``at`` (``former President
    Donald Trump``, ``then-governor Ada Lee``), or ``at`` when none are written there."""
    pos = at
    for _ in range(3):
        space = text.find(" ", pos, min(se, pos + 16))
        if space < 0:
            return at
        word = text[pos:space]
        if word not in _NAME_MODIFIERS and not word.startswith(("then-", "ex-", "former-")):
            break
        pos = space + 1
    return pos if pos > at and text[pos : pos + 1].isupper() else at


# "Feinstein and other Democrats", "Ellis and fellow councillors": the named one leads the group
_AND_OTHERS = (" and other ", " and fellow ", " and several other ", " and many other ")


def named_before_others(text: str, np: NP) -> NP | None:
    """The name written just before ``and other`` + the group at ``np`` (``Feinstein and other
    Democrats said``), else None: the group is who she belongs to, she is who is quoted."""
    before = text[max(0, np.start - 20) : np.start]
    joiner = next((j for j in _AND_OTHERS if before.endswith(j)), None)
    if joiner is None:
        return None
    end = np.start - len(joiner)
    last = None
    for m in NAME_OR_WORD.finditer(text, max(0, end - 60), end):
        last = m
    if last is None or last.end() != end:
        return None
    return NP(last.start(), end, "name")


_PREPOSITION_BEFORE = frozenset({"for", "of", "at", "in", "from", "with", "on", "to"})
_APPOSITIVE_OPENERS = ("the ", "a ", "an ", "The ")
_HEAD_REACH = 100
"""How far before the phrase read the comma opening its appositive may be."""


def appositive_head(text: str, np: NP) -> NP | None:
    """The name an appositive describes when the phrase at ``np`` lies inside that appositive:
    a name after a preposition (``Chi Onwurah, the Labour MP for Newcastle Central, … said``) or
    a description right after the comma (``Meta, a company that …, arguing``); else None. The
    caller checks that the name is a person or an organisation (``In London, a spokesman said``
    names a place)."""
    if np.kind == "name":
        before = text[max(0, np.start - 6) : np.start].split()
        if not before or before[-1] not in _PREPOSITION_BEFORE:
            return None
        comma = text.rfind(", ", max(0, np.start - _HEAD_REACH), np.start)
        if comma < 0 or not text.startswith(_APPOSITIVE_OPENERS, comma + 2):
            return None
        if any(c in text[comma + 2 : np.start] for c in '.;:\n"“”'):
            return None
    elif np.kind == "desc" and text[np.start - 2 : np.start] == ", ":
        if not text.startswith(_APPOSITIVE_OPENERS, np.start):
            return None
        comma = np.start - 2
    else:
        return None
    last = None
    for m in NAME_OR_WORD.finditer(text, max(0, comma - 60), comma):
        last = m
    if last is None or last.end() != comma:
        return None
    word_before = text[max(0, last.start() - 6) : last.start()].split()
    if (
        word_before
        and word_before[-1].lower() in _PREPOSITION_BEFORE
        and (np.kind == "name" or not text.startswith(_APPOSITIVE_GOES_ON, np.end))
    ):
        # "In London, a spokesman said": a place, not who speaks ("a change for Meta, a company
        # that has long …, arguing" describes Meta: the appositive goes on after the description)
        return None
    return NP(last.start(), last.end(), "name")


_APPOSITIVE_GOES_ON = (" that ", " which ", " whose ", " who ", ",")


# "the statement read", "reads the letter", "her post said": a document after a comma-ended quote;
# its issuer may follow it ("the statement by the ministry read", "a note from the board said")
_DOCUMENT_AFTER = deferred_re(
    r"[ ](?:(?P<det>[Tt]he|[Hh]is|[Hh]er|[Tt]heir|[Aa])[ ](?P<mods>(?:[\w-]{1,20}+[ ]){0,2}?)(?P<noun>"
    r"statement|letter|post|message|note|release|notice|email|memo|filing|caption|tweet|update)"
    r"(?P<issuer>[ ](?:by|from|of)[ ](?:the[ ])?+[A-Z][\w&.’'-]{0,30}+(?:[ ][A-Z][\w&.’'-]{0,30}+){0,4}+)?+"
    r"[ ](?:read|reads|said|says|stated|states|added|continued|went[ ]on)\b"
    r"|(?:read|reads|stated|states|added|continued)[ ](?P<det2>[Tt]he|[Hh]is|[Hh]er|[Tt]heir)[ ]"
    r"(?P<mods2>(?:[\w-]{1,20}+[ ]){0,2}?)(?P<noun2>statement|letter|post|message|note|release|notice"
    r"|email|memo|filing|caption|tweet|update)\b"
    # a document by its name: "read the FIR", "reads the Joint Communique", "the FIR read"
    r"|(?:read|reads)[ ]the[ ](?P<name3>[A-Z][\w-]{1,30}+(?:[ ][A-Z][\w-]{1,30}+){0,4}+)\b"
    r"|[Tt]he[ ](?P<name4>[A-Z]{2,6}+)[ ](?:read|reads)\b)"
)

_OWNER = {"his": "him", "her": "her", "their": "them"}


def document_after_quote(text: str, end: int, content_end: int) -> NP | None:
    """The document a comma-ended quote closing at ``end`` is read from (``“…,” the statement
    read.`` → ``the statement``, a description), or the owner a possessive names (``“…,” her
    post said.`` → ``her``, a pronoun); else None."""
    if text[content_end - 1 : content_end] != "," and text[end : end + 1] != ",":
        return None
    at = end + 1 if text[end : end + 1] == "," else end
    m = _DOCUMENT_AFTER.match(text, at, at + 80)
    if m is None:
        return None
    for named in ("name3", "name4"):
        if m.group(named) is not None:
            return NP(m.start(named), m.end(named), "name")  # (its issuer: resolved as a name)
    det = "det" if m.group("det") is not None else "det2"
    noun = "noun" if det == "det" else "noun2"
    if m.group(det).lower() in _OWNER:
        return NP(m.start(det), m.end(det), "pron")
    if det == "det" and m.group("issuer") is not None:
        return NP(m.start(det), m.end("issuer"), "desc")  # (the issuer named: who speaks)
    return NP(m.start(det), m.end(noun), "desc")


# What a person issues and that "says" for them ("her post said", "his statement added")
_DOCUMENTS = frozenset(
    {"statement", "letter", "post", "message", "note", "release", "notice", "email", "memo", "filing",
     "caption", "tweet", "update"}
)  # fmt: skip


def document_owner(text: str, np: NP) -> NP | None:
    """The owner of a document a description names with a possessive pronoun (``her post said``
    → ``her``, ``his statement added`` → ``his``), as a pronoun; else None (``his lawyer said``
    is someone else)."""
    words = text[np.start : np.end].split()
    if not 2 <= len(words) <= 4 or words[0].lower() not in _OWNER:
        return None
    if words[-1].lower().strip(",.;:") not in _DOCUMENTS:
        return None
    return NP(np.start, np.start + len(words[0]), "pron")


_PLACE_PREPOSITIONS = (" in ", " at ", " from ")


def name_before_place(text: str, np: NP) -> NP | None:
    """The name written before ``in``/``at``/``from`` and the place at ``np`` (``The Briar in
    Douglas say``, ``Tom Reyes from Leeds said``), when that name opens its clause; else None."""
    if np.kind != "name":
        return None
    prep = next((p for p in _PLACE_PREPOSITIONS if text.startswith(p, np.start - len(p))), None)
    if prep is None:
        return None
    end = np.start - len(prep)
    last = None
    for m in NAME_OR_WORD.finditer(text, max(0, end - 60), end):
        last = m
    if last is None or last.end() != end:
        return None
    start = last.start()
    if text[max(0, start - 4) : start] in {"The ", "the "}:
        start -= 4  # "The Briar in Douglas": the article opens the clause
    if start > 0 and text[start - 2 : start] not in {". ", ", ", ": "} and text[start - 1] != "\n":
        return None  # "… told Reyes from Leeds", "the mission to the UN in Geneva": not the subject
    return NP(last.start(), end, "name")


# "a statement from the Ministry of Health", "figures from the ONS", "a report in the Financial
# Times": a document and the organisation it comes from
_ISSUED = deferred_re(
    r"(?:(?:[Aa]n?|[Tt]he|[Nn]ew|[Oo]fficial|[Ll]atest)[ ]){0,2}+(?:[\w-]{1,20}+[ ]){0,2}?"
    r"(?:statement|report|figures|data|release|study|survey|analysis|letter|filing|notice|estimates"
    r"|note|memo|post|tweet|document|assessment|forecast|projections|statistics)"
    r"[ ](?:from|by|of|in|issued[ ]by|published[ ]by|released[ ]by)[ ](?:the[ ])?+"
)
# ", published by the Institute for Fiscal Studies,": the source in an appositive
# ("a post shared by Harbour Films' Instagram handle": a post's sharer needs no comma)
_ISSUED_BY = deferred_re(
    r",[ ](?:published|issued|released|compiled|commissioned)[ ]by[ ](?:the[ ])?+"
    r"|[ ](?:shared|posted|put[ ]out)[ ]by[ ](?:the[ ])?+"
)
_DOCUMENT_HEADS = frozenset(
    {"statement", "report", "figures", "data", "release", "study", "survey", "analysis", "letter",
     "filing", "notice", "estimates", "note", "memo", "document", "assessment", "forecast", "post"}
)  # fmt: skip


def document_possessor(text: str, np: NP) -> NP | None:
    """The name owning a document phrase at ``np`` (``The BSP's statement`` → ``BSP``, ``Harbour
    Ferries’ notice`` → ``Harbour Ferries``), when the owner is written with capitals; else None."""
    if np.kind != "desc":
        return None
    words = text[np.start : np.end].split()
    if not 2 <= len(words) <= 6 or words[-1].lower().strip(",.;:") not in _DOCUMENTS:
        return None
    owner = words[-2]
    for mark in ("'s", "’s", "'", "’"):
        if owner.endswith(mark) and len(owner) > len(mark):
            owner = owner[: -len(mark)]
            break
    else:
        return None
    lead = 1 if words[0] in {"The", "the"} else 0
    names = [*words[lead:-2], owner]
    if not all(w[:1].isupper() for w in names):
        return None
    start = np.start + (4 if lead else 0)
    return NP(start, start + len(" ".join(names)), "name")


def document_issuer(text: str, np: NP) -> NP | None:
    """The organisation a document phrase at ``np`` comes from, as a name (``A statement from the
    Ministry of Health`` → ``Ministry of Health``; ``The report, published by the Institute for
    Fiscal Studies,`` → the institute), when it is written with capitals; else None."""
    if np.kind != "desc":
        return None
    m = _ISSUED.match(text, np.start, np.end)
    if m is not None:
        at, hi = m.end(), np.end
    else:
        head = text[np.start : np.end].rsplit(" ", 1)[-1].lower()
        by = _ISSUED_BY.match(text, np.end, np.end + 40) if head in _DOCUMENT_HEADS else None
        if by is None:
            return None
        at, hi = by.end(), min(len(text), by.end() + 100)
    run = NAME_OR_WORD.match(text, at, hi)
    if run is None:
        return None
    end = run.end()
    more = _JOINED_NAME.match(text, end, hi)  # "Office for National Statistics", "Ministry of Health"
    if more is not None:
        end = more.end()
    owner = _POSSESSIVE_CUT.search(text, run.start(), end)
    if owner is not None and _ACCOUNT_AFTER.match(text, owner.end()) is not None:
        # "Harbour Films' Instagram handle": the account's owner (never "Workers' Union")
        end = owner.start()
    return NP(run.start(), end, "name")


_POSSESSIVE_CUT = deferred_re(r"['’]s?+(?=[ ])")
# What an owner posts from: "'s Instagram handle", "' official website", "'s X account"
_ACCOUNT_AFTER = deferred_re(
    r"[ ](?:official[ ]|verified[ ])?+(?:[A-Z][\w-]{0,20}+[ ])?+"
    r"(?:handle|account|page|website|channel|feed)\b"
)


_JOINED_NAME = deferred_re(
    r"(?:[ ](?:of|for|and|on)[ ](?:the[ ])?+[A-Z][\w’'-]{0,30}+(?:[ ][A-Z][\w’'-]{0,30}+){0,3}+){1,2}+"
)


# "he shrugged", "the mayor beamed", "a bystander yelled": a speaker phrase and a past tense
_PHRASE_AFTER = deferred_re(
    r"[ ](?:(?P<pron>he|she|they)|(?P<desc>(?:the|a|an)[ ](?:[\w’'-]{1,20}+[ ]){0,2}?[\w’'-]{2,20}+))"
    r"[ ](?:[a-z]{2,15}?ly[ ])?+(?:[a-z]{2,15}?ed|shot|hit|spoke|wrote|told|went|began|swore|broke)\b"
)  # (irregular past tenses of replies: "he shot back", "she hit back", "he went on")


def phrase_after_quote(text: str, end: int, content_end: int) -> NP | None:
    """The pronoun or description right after a quote closing at ``end`` whose content ends in
    a comma (``“…,” he shrugged.``, ``“…,” the mayor beamed.``) when a past-tense verb follows it,
    as a speaker phrase; else None."""
    if text[content_end - 1 : content_end] not in {",", "?", "!"}:
        return None
    m = _PHRASE_AFTER.match(text, end, end + 80)
    if m is None:
        return None
    if m.group("pron") is not None:
        return NP(m.start("pron"), m.end("pron"), "pron")
    return NP(m.start("desc"), m.end("desc"), "desc")


# "Scott and DeSantis", "Ann Lee and Tom Reed": two names joined, right before "both"/"all"
_TWO_NAMES_BEFORE = deferred_re(r"(?:[A-Z][\w’'-]{1,30}+[ ]){1,3}+and[ ](?:[A-Z][\w’'-]{1,30}+[ ]){1,3}+$")


def floated_subject(text: str, np: NP) -> NP | None:
    """The coordinated names before a floating quantifier at ``np`` (``Scott and DeSantis both
    promised``) as one phrase, else None."""
    if text[np.start : np.end].lower() not in {"both", "all", "each"}:
        return None
    lo = max(0, np.start - 90)
    m = _TWO_NAMES_BEFORE.search(text, lo, np.start)
    if m is None:
        return None
    return NP(m.start(), np.start - 1, "name")


_ARTICLES = frozenset({"The", "A", "An"})

_CHAIN_COMMAS = 4
"""How many commas back :func:`chain_head` looks for the name that opens an appositive chain."""

_CHAIN_REACH = 220
"""How many characters before the phrase read that name may start."""

# What stands right before a name that opens its clause: a comma-ended quote's closing mark
# ("“…,” Dana Whitlow, CEO of …, adds"), a sentence end, a paragraph start, or a dateline's
# dash or colon ("LONDON (Reuters) - Dana Whitlow, …, said", "NEW DELHI: Ravi Menon, …, said")
_CLAUSE_OPENED_BY = (",\u201d ", '," ', ",\u2019 ", ",' ", ". ", "\n", " - ", " \u2014 ", " \u2013 ", ": ")

# The two characters before a phrase that opens its clause ("“…,” Lee said", ". Lee said")
_CLAUSE_STARTS = frozenset({". ", '" ', "\u201d ", "' ", "\u2019 ", ": ", "? ", "! "})

# Words that cannot open an appositive after a name: a clause or a list goes on ("Lee, who said",
# "Apple, Google and Meta said", "Lee, however, said")
_NOT_APPOSITIVE = frozenset({"who", "which", "whose", "that", "and", "or", "but", "however", "though"})


def chain_head(text: str, np: NP, roles: frozenset[str], titles: frozenset[str]) -> NP | None:
    """The name opening a chain of appositives that the phrase at ``np`` lies in, else None.

    ``“…,” Dana Whitlow, CEO of Harbour Games, adds`` (the phrase read: ``CEO of Harbour Games``)
    and ``Marcus Fell, president of Fell & Wren, a Leeds design agency, said`` (read: ``Fell &
    Wren``): the name written first, right after a comma-ended quote, a sentence end or a
    paragraph start, and followed by a comma and a role or description, is who speaks; what the
    appositives name (an employer, a place) is not. A few ``rfind`` calls over at most
    ``_CHAIN_REACH`` characters; the caller checks that the name is a person.
    """
    if np.kind not in {"name", "desc"} or np.start < 4 or text[np.start - 1] == "\n":
        return None
    if text[np.start - 2 : np.start] in _CLAUSE_STARTS:
        return None  # the phrase opens its clause: no appositive before it (the usual case)
    lo = max(0, np.start - _CHAIN_REACH, text.rfind("\n", 0, np.start) + 1)
    colon = text.rfind(": ", lo, np.start)
    if colon >= 0:
        lo = colon + 2  # "NEW DELHI: Ravi Menon, …": the clause starts after a dateline's colon
    span = text[lo : np.start]
    if any(c in span for c in ';:!?"\u201c\u201d') and not _only_opening_quote(span):
        return None
    comma = np.start
    for _ in range(_CHAIN_COMMAS):
        comma = text.rfind(", ", lo, comma)
        if comma < 0:
            return None
        head = _opening_name(text, comma, lo)
        if head is None:
            continue
        if head.start == np.start:
            return None  # the phrase read is the opening name itself
        if text.find(". ", head.end, np.start) >= 0 and not _abbreviation_only(text, head.end, np.start):
            return None
        after = text[comma + 2 : comma + 40].split(" ", 1)[0].strip(_WORD_STRIP)
        if not after or after.lower() in _NOT_APPOSITIVE:
            return None
        if not (after[:1].islower() or after.lower() in roles or after in titles or after in _ARTICLES):
            return None  # "Apple, Google said": a list, not an appositive
        return head
    return None


def _only_opening_quote(span: str) -> bool:
    """Whether the quote marks and punctuation in ``span`` all belong to the comma-ended quote
    the chain follows (``“…,” Dana Whitlow, …``): one closing mark right after a comma."""
    for mark in ("\u201d", '"'):
        at = span.rfind("," + mark + " ")
        if at >= 0:
            rest = span[at + 3 :]
            return not any(c in rest for c in ';:!?"\u201c\u201d')
    return False


def _opening_name(text: str, comma: int, lo: int) -> NP | None:
    """The name ending at ``comma`` when it opens its clause (see ``_CLAUSE_OPENED_BY``)."""
    last = None
    for m in NAME_OR_WORD.finditer(text, max(lo, comma - 60), comma):
        last = m
    if last is None or last.end() != comma:
        return None
    start = last.start()
    if start > 0 and not text.endswith(_CLAUSE_OPENED_BY, 0, start):
        return None
    if text[start:comma].split(" ", 1)[0].lower() in _FRONTED_WORDS:
        return None  # "In London, the minister said", "Meanwhile, …": a fronted phrase
    return NP(start, comma, "name")


# Capitalised words that open a fronted phrase, not a name ("In London,", "On Tuesday,")
_FRONTED_WORDS = frozenset(
    {"in", "on", "at", "for", "from", "by", "with", "after", "before", "during", "since", "as", "when",
     "while", "meanwhile", "however", "still", "yet", "now", "then", "today", "yesterday", "earlier",
     "later", "last", "this", "that", "but", "and", "so", "also", "instead", "separately", "elsewhere",
     "here", "there", "speaking", "asked", "according", "under", "over", "despite", "although"}
)  # fmt: skip


def _abbreviation_only(text: str, lo: int, hi: int) -> bool:
    """Whether every ``. `` in ``[lo, hi)`` ends an abbreviation (``Inc.``, ``Co.``, ``U.S.``)."""
    at = text.find(". ", lo, hi)
    while at >= 0:
        word = text[max(lo, at - 6) : at].rsplit(" ", 1)[-1]
        if not (word[:1].isupper() and len(word) <= 4):
            return False
        at = text.find(". ", at + 2, hi)
    return True
