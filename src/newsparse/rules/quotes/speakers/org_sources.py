"""Organisations, documents and descriptions as speakers.

The glue between a speaker phrase that names no person (``a spokesperson``, ``the ministry``,
``the report``) and the organisation, issuer or person the article names for it, read against
:mod:`~newsparse.rules.quotes.organisations` and :mod:`~newsparse.rules.quotes.descriptions`.
"""

from __future__ import annotations

import bisect
from typing import TYPE_CHECKING

from newsparse._model import Headline, Quote
from newsparse.rules.quotes.epithets import nationality
from newsparse.rules.quotes.hints import NAME_RUN as _NAME_RUN
from newsparse.rules.quotes.hints import (
    appositive_head,
    appositive_name,
    chain_head,
    document_issuer,
    document_owner,
    document_possessor,
    floated_subject,
    name_before_place,
    named_before_others,
    person_after_role,
)
from newsparse.rules.quotes.names import has_given_name
from newsparse.rules.quotes.organisations import MEMBER_BODIES, ORG_DESCRIPTIONS, OrgIndex, org_description
from newsparse.rules.quotes.phrases import _WORD_STRIP, NP
from newsparse.rules.quotes.speakers.subjects import (
    _INDEFINITE,
    _ISSUED_DOCUMENTS,
    _followed_person,
    _found_name,
    _org_shaped,
    person_after,
    person_before,
    subject_name,
)
from newsparse.rules.quotes.speakers.table import _ACRONYM_IN_PARENS, _MISSING, NameTable
from newsparse.text.lazy import deferred_regex

if TYPE_CHECKING:
    from newsparse.rules.quotes.state import State


def _unread_name(
    text: str, np: NP | None, names: NameTable, roles: frozenset[str], cue_at: int = -1
) -> NP | None:
    """The person a speaker phrase leads to when the phrase read stops short of them: an
    organisation before a role and a name (``White House press secretary Josh Earnest``), a
    description before an appositive name (``another witness, former adviser Fiona Hill``), a
    name opening a chain of appositives before the cue at ``cue_at`` (``Dana Whitlow, CEO of
    Harbour Games, adds``)."""
    if np is None or np.kind not in {"name", "desc"}:
        return np
    chain = chain_head(text, np, roles, names.ex.vocab.titles) if 0 <= np.end <= cue_at else None
    if chain is not None:
        # "“…,” Dana Whitlow, CEO of Harbour Games, adds": the name the appositives describe
        name = names.resolve(chain)
        if name is not None and names.person_like(name, chain):
            return chain
    leader = named_before_others(text, np) or floated_subject(text, np)
    if leader is not None:
        return leader
    if np.kind == "name":
        found = person_after_role(text, np, roles)
        if found is not None:
            return found
        found = name_before_place(text, np)
        if found is not None and _speaks_before_place(names, found, np):
            return found
    elif (
        found := appositive_name(text, np, names)
        or document_owner(text, np)
        or document_issuer(text, np)
        or document_possessor(text, np)  # "The BSP's statement said": the BSP
    ) is not None:
        return found
    head = appositive_head(text, np)
    if head is not None and _speaks_as_head(names, head, text[np.start : np.end]):
        return head
    return np


# Organisations named with the place they serve in ("US Embassy in New Delhi", "the British
# High Commission in Nairobi"): the place is part of the name a reader would write
_POSTS = frozenset({"Embassy", "Consulate", "Commission", "Mission", "Delegation", "Legation"})


_PLACE_AFTER_POST = deferred_regex(r"[ ]in[ ][A-Z][\w’'-]{1,30}+(?:[ ][A-Z][\w’'-]{1,30}+){0,2}+")


def _post_with_place(text: str, np: NP) -> NP | None:
    """``US Embassy in New Delhi`` for a speaker phrase ending in a mission's word (``The US
    Embassy``) that the text follows with ``in`` and a capitalised place, else None."""
    if np.kind not in {"name", "desc"} or text[np.start : np.end].rsplit(" ", 1)[-1] not in _POSTS:
        return None
    m = _PLACE_AFTER_POST.match(text, np.end, np.end + 70)
    return NP(np.start, m.end(), "name") if m is not None else None


def _speaks_before_place(names: NameTable, found: NP, place: NP) -> bool:
    """Whether the name before ``in <place>`` may speak: a person, or a name written as one that
    the article never shows to be a person, before a place that is no person either."""
    name = names.resolve(found)
    where = names.resolve(place)
    if name is None or (where is not None and names.is_person(where, place)):
        return False
    return names.is_person(name, found) or _org_shaped(names, name, single=" " not in name)


def _speaks_as_head(names: NameTable, head: NP, written: str) -> bool:
    """Whether the name an appositive describes may speak: a person, or an organisation (a name
    with an organisation word, or written as a name mid-sentence) when the appositive is a
    description of one (``Meta, a company that …``)."""
    name = names.resolve(head)
    if name is None:
        return False
    if names.is_person(name, head):
        return True
    return (names.is_org_word(name) or _org_shaped(names, name, single=" " not in name)) and (
        names.is_org_word(written) or org_description("the " + written.split(" ", 1)[-1])
    )


def _via(np: NP, speaker: str | None, written: str, names: NameTable) -> str | None:
    """How a phrase gave the speaker: ``"pronoun"``, ``"description"``, ``"organisation"``, ``"named"``."""
    if speaker is None:
        return None
    if np.kind == "pron":
        return "pronoun"
    if np.kind == "desc":
        head = written.rsplit(" ", 1)[-1].strip(_WORD_STRIP).lower()
        # ("a Home Office minister" is a person described by an organisation)
        return "organisation" if head not in names.roles and names.is_org_word(written) else "description"
    return "named" if speaker.split()[-1] in written or not names.is_org_word(speaker) else "organisation"


# "a spokeswoman for [the] Harbour Ferries said": the person who speaks for an organisation
_SPOKESPERSON_FOR = deferred_regex(r"spokes(?:person|man|woman)[ ](?:for|of|at)[ ](?:the[ ])?+$")

# "McConnell, R-Ky., said": a party and state tag after a name, not a speaker
_PARTY_TAG = deferred_regex(r"[RDI]-[A-Z][A-Za-z.]{1,14}+")


def _named_before_tag(text: str, np: NP) -> NP:
    """The name before a party tag (``Jo Lane, D-Ore.``) when ``np`` is the tag, else ``np``."""
    if (
        text[np.start + 1 : np.start + 2] != "-"
        or _PARTY_TAG.fullmatch(text, np.start, np.end) is None
        or text[np.start - 2 : np.start] != ", "
    ):
        return np
    lo = max(0, np.start - 80)
    last = None
    for m in _NAME_RUN.finditer(text, lo, np.start - 2):
        last = m
    if last is None or last.end() != np.start - 2:
        return np
    return NP(last.start(), last.end(), "name")


_ORG_REACH = 2000
"""How far (characters) after a company spoke ``the company`` may still stand for it."""


# "a spokesman for Harbour Ferries", "the company spokesperson of the NIA": who speaks for whom
_SPOKESPERSON_OF = deferred_regex(
    r"(?:[Aa]n?|[Tt]he)[ ](?:[\w-]{1,20}+[ ]){0,2}?spokes(?:person|man|woman)[ ](?:for|of|at)[ ](?:the[ ])?+"
    r"(?P<org>[A-Z][^,;:]{1,100}+)"
)


# "a Harbour Lines spokesperson", "an Acme Corp spokeswoman": the organisation's name before the role
_ORG_SPOKESPERSON = deferred_regex(
    r"(?:[Aa]n?|[Tt]he)[ ](?P<org>[A-Z][\w&’'.-]{0,30}+"
    r"(?:[ ](?:(?:of|for|and)[ ])?+[A-Z][\w&’'.-]{0,30}+){0,5}+)"  # "Department for Rural Affairs"
    r"[ ]spokes(?:person|man|woman)"
)


def _spoken_for(written: str, orgs: OrgIndex, pos: int) -> str | None:
    """The organisation a spokesperson speaks for (``a spokesman for Harbour Ferries`` → ``Harbour
    Ferries``; an acronym spelled out where the article did), else None: the annotation and a
    reader count the organisation as the speaker."""
    if "spokes" not in written:
        return None
    m = _SPOKESPERSON_OF.fullmatch(written) or _ORG_SPOKESPERSON.fullmatch(written)
    if m is None:
        return None
    org = _ACRONYM_IN_PARENS.sub("", m.group("org")).strip()
    return orgs.expand(org, pos) or org


# "a spokesman said" with no organisation after it
_BARE_SPOKESPERSONS = frozenset(
    f"{det} {word}" for det in ("a", "an", "A", "An") for word in ("spokesman", "spokeswoman", "spokesperson")
)


def _bare_spokesperson_org(st: State, names: NameTable, written: str, pos: int) -> str | None:
    """The organisation ``a spokesman`` speaks for when the paragraph just had it as a subject
    (``AOL backed the cuts but said …. “…,” a spokesman said.``), else None."""
    if written not in _BARE_SPOKESPERSONS:
        return None
    pi = bisect.bisect_right(st.para_starts, pos) - 1
    if pi < 0:
        return None
    floor = st.paras[pi][0] - 1  # (this paragraph only: an earlier one may be about someone else)
    found = _found_name(person_before(st, pos, floor, names, person=False, loose=True, single=True))
    if found is not None:
        return found
    # an acronym subject ("AOL backed …"), which no sentence writes inside as a name
    starts = st.starts(pi)
    top = bisect.bisect_right(starts, pos)
    for k in range(top - 1, max(-1, top - 8), -1):
        se = starts[k + 1] if k + 1 < len(starts) else st.paras[pi][1]
        np = subject_name(st, starts[k], se)
        if np is None:
            continue
        name = st.text[np.start : np.end]
        if name.isupper() and name.isalpha() and 2 <= len(name) <= 6:
            return names.resolve(np) or name
    return None


def _described_org(
    st: State,
    names: NameTable,
    orgs: OrgIndex,
    written: str,
    pos: int,
    last_org: tuple[int, str] | None,
    last_named: tuple[int, str] | None = None,
) -> str | None:
    """The organisation a description at ``pos`` stands for: one whose name holds its head word
    (``the ministry`` → ``Ministry of Health``), or for a company word (``the company``, ``the
    state-run oil refiner``) the company named last as a subject or a speaker, when named nearby;
    failing those, ``last_named``, the last speaker named, when nearby and shaped like an
    organisation (``Harbour Lines said in a statement …. The statement added …``)."""
    issuer = _issuer(written)
    if issuer is not None:
        # "according to the company's annual report": the company that issued it (one of its
        # kind named before, not merely the last speaker: "a statement from the ministry")
        return _described_org(st, names, orgs, issuer, pos, last_org)
    found = _organisation(orgs, written, pos)
    if (
        found is None
        and last_org is not None
        and org_description(written)
        and pos - last_org[0] <= _ORG_REACH
    ):
        # "Ofcom said …. Harbourtel wants lighter rules. The company said …": a company named as
        # a subject since the last organisation spoke is the one meant
        found = _found_name(
            person_before(st, pos, last_org[0], names, person=False, loose=True, single=True)
        ) or _found_name(person_before(st, pos, last_org[0], names, person=False, loose=True))
        if found is not None:
            return found
    if (
        found is None
        and last_org is not None
        and pos - last_org[0] <= _BODY_REACH
        and _public_body(written)
        and (_named_body(last_org[1]) or _kind_of_body(written, last_org[1]))
    ):
        # "CBP announced …. At the time, the agency said …": no "Agency" in a name before, the
        # organisation that spoke a sentence or two ago
        return last_org[1]
    if found is None and _public_body(written) and _body_head(written) in _ANY_BODY:
        # "On the Transport Department’s form, drivers … The agency has said …": no organisation
        # spoke, but a public body was named a sentence or two before
        found = orgs.nearest_of(_BODY_HEADS, pos, _BODY_REACH)
    if found is None and org_description(written):
        near = last_org if last_org is not None and pos - last_org[0] <= _ORG_REACH else None
        found = _current_org(st, names, pos, near)
        if found is None and written.rsplit(" ", 1)[-1].lower() in _ORG_VOICES:
            # "Harbour Lines issued a statement. “…,” the statement read.": a name of several words
            # the article never shows to be a person (one word is too weak: "WPI inflation rose")
            found = _found_name(person_before(st, pos, pos - _ORG_REACH, names, person=False, loose=True))
        elif found is None:
            # "Ryanair cut its fares. … the company said": a one-word subject no person, nearby
            # (not for "the statement": "WPI inflation rose" is no issuer of statements); then
            # "Goldman Sachs expects …. the brokerage said": a name of several words that the
            # article never shows to be a person
            lone = person_before(st, pos, pos - _ORG_REACH, names, person=False, loose=True, single=True)
            found = _found_name(lone)
            if found is None and written.rsplit(" ", 1)[-1].lower() not in _SIDE_WORDS:
                # (not for "the club": "Kai Mensah scored …, the club confirmed" is a player)
                found = _found_name(person_before(st, pos, pos - _ORG_REACH, names, person=False, loose=True))
        if found is None and last_named is not None and pos - last_named[0] <= _ORG_REACH:
            name = last_named[1]
            # (not a person the tracker already follows: "Acme Corp's chief executive, Lin Wu, said")
            if not _followed_person(st, names, name, None) and (
                _org_shaped(names, name) or _org_shaped(names, name, single=True)
            ):
                found = name
    if (
        found is None
        and (org_description(written) or (last_org is None and _lede_company(written)))
        and pos < _company_named_at(st, names)
    ):
        # "Harbour Capital says growth will halve" over "…, an American brokerage said. … the
        # brokerage added": the body names no company (before here), the headline's subject is meant
        found = _headline_org(st, names)
    return found


# "The company published a blog post that said …": an organisation's description as the issuer,
# resolved to the organisation it stands for (bounded repeats; matched at a window's end)
_ISSUED_BY_DESCRIPTION = deferred_regex(
    r"(?P<name>[Tt]he[ ][a-z][\w-]{1,20}+)[ ](?:has[ ]|had[ ]|have[ ])?+(?:released|issued|published"
    r"|made[ ]public|sent|circulated|filed|put[ ]out|shared|unveiled)[ ](?:a|an|its|their)[ ]"
    r"(?:[\w-]{1,20}+[ ]){0,2}+$"
)

_DOCUMENT_REACH = 1500
"""How far back (characters) ``the memo`` looks for where the article introduced it."""

_DOCUMENT_HITS = 4
"""How many earlier mentions of the document's word that look-back reads."""

# "the Justice Department made public a memo", "Harbour Capital has released a new note": the
# issuer before an issuing verb and the document (bounded repeats; matched at a window's end)
_ISSUED_BEFORE = deferred_regex(
    r"(?:[Tt]he[ ])?+(?P<name>[A-Z][\w’'&.-]{0,30}+"
    r"(?:[ ](?:of[ ]|for[ ]|and[ ])?+[A-Z][\w’'&.-]{0,30}+){0,5}+)"
    r"[ ](?:has[ ]|had[ ]|have[ ])?+(?:released|issued|published|made[ ]public|sent|circulated|filed"
    r"|put[ ]out|shared|prepared|submitted|unveiled)[ ](?:a|an|its|the|their|his|her)[ ]"
    r"(?:[\w-]{1,20}+[ ]){0,2}+$"
)

# "the memo of the Justice Department", "a note from Harbour Capital": the issuer after the document
_ISSUED_AFTER = deferred_regex(
    r"[ ](?:of|from|by|issued[ ]by|released[ ]by|published[ ]by)[ ](?:the[ ])?+"
    r"(?P<name>[A-Z][\w’'&.-]{0,30}+(?:[ ](?:of[ ]|for[ ]|and[ ])?+[A-Z][\w’'&.-]{0,30}+){0,5}+)"
)

# "said in a note", "wrote in its latest report": the document a quote's speaker issued
_IN_DOCUMENT = ("in a ", "in an ", "in its ", "in their ", "in his ", "in her ", "in the ")


# Capitalised words that date a document rather than name its issuer ("the Monday report")
_CALENDAR_WORDS = frozenset(
    {"Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday", "January",
     "February", "March", "April", "May", "June", "July", "August", "September", "October",
     "November", "December", "Annual", "Weekly", "Monthly", "Quarterly", "Daily", "Final", "New"}
)  # fmt: skip


def _document_source(st: State, names: NameTable, written: str, pos: int, out: list[Quote]) -> str | None:
    """Who issued the document ``the memo`` / ``the note`` at ``pos`` stands for, from where the
    article introduced it: ``X made public a memo``, ``the memo of X``, ``X said in a note``
    (the earlier quote's speaker); else None. A few bounded look-ups back."""
    words = written.split()
    if not 2 <= len(words) <= 4 or words[0] not in {"the", "The"} | _INDEFINITE:
        return None
    head = words[-1].strip(_WORD_STRIP).lower()
    if head not in _ISSUED_DOCUMENTS:
        return None
    text = st.text
    named = words[1:-1]
    if (
        named
        and words[0] in {"the", "The"}
        and all(w[:1].isupper() and w.isalpha() and w not in _CALENDAR_WORDS for w in named)
    ):
        # "the IMF report says", "the Harbour Council study found": the issuer is named in it
        return " ".join(named)
    lo = max(0, pos - _DOCUMENT_REACH)
    if words[0] in _INDEFINITE:
        # "a report" is new to the reader: only its own sentence can say who issued it
        return _introduced_here(st, names, pos, pos + written.rfind(words[-1]), pos + len(written))
    hit = text.rfind(" " + head, lo, pos)
    for _ in range(_DOCUMENT_HITS):
        if hit < 0:
            return None
        at = hit + 1
        after = _ISSUED_AFTER.match(text, at + len(head), at + len(head) + 120)
        if after is not None:
            return names.resolve(NP(after.start("name"), after.end("name"), "name"))
        before = _ISSUED_BEFORE.search(text[max(lo, at - 160) : at])
        if before is not None:
            base = max(lo, at - 160)
            return names.resolve(NP(base + before.start("name"), base + before.end("name"), "name"))
        if text.endswith(_IN_DOCUMENT, max(0, at - 10), at):
            for q in reversed(out[-6:]):
                if q.cue is not None and q.speaker is not None and q.cue.start <= at <= q.cue.end + 16:
                    return q.speaker  # "“…,” Rahul Mehta said in a note. “…,” the note added."
        hit = text.rfind(" " + head, lo, hit)
    return None


# Roles whose holder the annotation leaves unnamed even when someone holding it is named next
# ("A spokesman said …. Spokesman Tom Ellis added …" may be two people)
_UNNAMED_ROLES = frozenset(
    {"spokesperson", "spokesman", "spokeswoman", "source", "insider", "aide", "official", "friend",
     "witness", "resident", "neighbour", "neighbor", "relative", "passenger", "user"}
)  # fmt: skip


def _opens_paragraph(st: State, pos: int) -> bool:
    """Whether ``pos`` is where a paragraph starts."""
    i = bisect.bisect_left(st.para_starts, pos)
    return i < len(st.para_starts) and st.para_starts[i] == pos


# Nouns of a body an indefinite description introduces before the article names it ("a group of
# employees", "an advocacy group", "a coalition of unions")
_NAMED_LATER = frozenset(
    {"group", "coalition", "alliance", "campaign", "network", "association", "union", "charity",
     "nonprofit", "organisation", "organization", "collective", "committee", "movement"}
)  # fmt: skip

_NAMED_LATER_REACH = 400
"""How far after an indefinite group (characters) ``The group, NAME,`` may name it."""

# "The group, Harbour Workers United, formed …": the name in commas after the noun (bounded)
_APPOSED_NAME = deferred_regex(
    r"[ ](?P<name>[A-Z][\w’'&.-]{0,30}+(?:[ ](?:of[ ]|for[ ]|and[ ]|the[ ])?+[A-Z][\w’'&.-]{0,30}+){0,5}+),"
)


def _named_next(st: State, names: NameTable, written: str, end: int) -> str | None:
    """The name ``The group, NAME,`` gives, within the next few sentences, to the body an
    indefinite description (``a group of employees``, ``an advocacy group``) introduced at ``end``;
    else None. One ``str.find`` and one anchored match."""
    words = written.split()
    if not 2 <= len(words) <= 6 or words[0] not in _INDEFINITE:
        return None
    head = next((w for w in words[1:] if w.lower() in _NAMED_LATER), None)
    if head is None:
        return None
    needle = f"The {head.lower()},"
    at = st.text.find(needle, end, end + _NAMED_LATER_REACH)
    if at < 0:
        return None
    m = _APPOSED_NAME.match(st.text, at + len(needle), at + len(needle) + 200)
    if m is None:
        return None
    return names.resolve(NP(m.start("name"), m.end("name"), "name")) or m.group("name")


def _subject_org(st: State, names: NameTable, pos: int) -> str | None:
    """A nearby sentence subject that is no person, one word long too ("Harbourline is adding
    songs. The company published a post …"): the company a description issuing a document is."""
    floor = pos - _ORG_REACH
    return _found_name(person_before(st, pos, floor, names, person=False, loose=True, single=True))


def _introduced_next(st: State, names: NameTable, written: str, end: int) -> str | None:
    """The person an indefinite role opening a paragraph (``A California transit chief``) stands
    for: the first subject of the next paragraphs, when the article writes that role before
    their name (``Interim Police Chief Ed Alvarez``); else None (``a spokesman`` stays unnamed)."""
    words = written.split()
    if not 2 <= len(words) <= 5 or words[0] not in _INDEFINITE:
        return None
    head = words[-1].strip(_WORD_STRIP).lower()
    if head not in names.roles or head in _UNNAMED_ROLES:
        return None
    after = person_after(st, end, names)
    if after is None or head not in names.desc.held_roles(after):
        return None
    return after


def _introduced_here(st: State, names: NameTable, pos: int, at: int, end: int) -> str | None:
    """The issuer a sentence names right before the document it introduces at ``pos`` (head word
    from ``at`` to ``end``): ``The WSJ released a report``, ``the filing from Harbour Bank``, or a description
    (``The company published a blog post``) for the caller to resolve; else None."""
    text = st.text
    after = _ISSUED_AFTER.match(text, end, end + 120)
    if after is not None:
        return names.resolve(NP(after.start("name"), after.end("name"), "name"))
    base = max(0, pos - 160)
    window = text[base:at]
    before = _ISSUED_BEFORE.search(window)
    if before is not None:
        return names.resolve(NP(base + before.start("name"), base + before.end("name"), "name"))
    described = _ISSUED_BY_DESCRIPTION.search(window)
    if described is not None and org_description(described.group("name")):
        return described.group("name")
    return None


def _lede_company(written: str) -> bool:
    """Whether ``written`` is ``a``/``an`` + up to two modifiers + a company noun (``an American
    brokerage``): in a lede, before any organisation spoke, the company of the headline."""
    words = written.split()
    return (
        2 <= len(words) <= 4
        and words[0] in {"a", "an", "A", "An"}
        and words[-1].strip(",.;:").lower() in ORG_DESCRIPTIONS
        and words[-1].lower() not in _ORG_VOICES
    )


# The capitalised words opening a headline and the lower-case verb after them ("Harbour Capital
# says …", "Acme Corp cuts …"); bounded repeats over disjoint characters
_HEADLINE_SUBJECT = deferred_regex(
    r"(?P<name>[A-Z][\w&’'.-]{0,30}+(?:[ ](?:of[ ])?+[A-Z][\w&’'.-]{0,30}+){0,4}+)[ ][a-z]{2,20}+(?<=s)[ ]"
)


def _headline_org(st: State, names: NameTable) -> str | None:
    """The organisation a headline opens with as the subject of a verb (``Goldman Sachs says …``,
    ``Harbour Capital cuts …``), else None: a name no person (no given name, no title), read once."""
    if names.headline_org is not _MISSING:
        return names.headline_org  # type: ignore[return-value]
    found: str | None = None
    heads = st.doc.items_of(Headline)
    if heads:
        title = heads[0].title.text  # type: ignore[attr-defined]
        m = _HEADLINE_SUBJECT.match(title)
        if m is not None:
            name = m.group("name")
            name = name[4:] if name.startswith("The ") else name
            acronym = name.isupper() and name.isalpha() and 2 <= len(name) <= 6
            if (
                (
                    acronym
                    or (_org_shaped(names, name) and not has_given_name(name))
                    or _org_shaped(names, name, single=True)  # ("Storm warnings spread": no name)
                )
                and not nationality(name)
                and not names.evidence.place(name)
            ):
                found = name  # (not "Brazil plays down …": a place the body writes "in Brazil")
    names.headline_org = found
    return found


def _company_named_at(st: State, names: NameTable) -> int:
    """Where the body first names a company (a capitalised run holding an organisation word,
    ``Moss Equities``), or the text's length: only before that may a description stand for the
    headline's company. Found once, from the article's runs."""
    if names.company_at < 0:
        text = st.text
        at = len(text)
        start = st.paras[0][0] if st.paras else 0
        for run in names.runs():
            if not names.orgs.isdisjoint(run.split()):
                hit = text.find(run, start)
                if 0 <= hit < at:
                    at = hit
        names.company_at = at
    return names.company_at


def _issuer(written: str) -> str | None:
    """``the ministry`` of ``the ministry's latest statement``, ``the company's annual report``: an
    organisation's description owning a document with modifiers (the plain ``the ministry's
    statement`` is read by :func:`_organisation`), else None."""
    words = written.split()
    for i in range(2, min(len(words) - 2, 4)):
        # "a statement from the ministry", "the latest report by the regulator"
        if words[i] in {"from", "by", "of"} and words[i - 1].lower() in _ORG_VOICES and words[i + 1] == "the":
            issuer = " ".join(words[i + 1 :])
            head = words[-1].strip(_WORD_STRIP).lower()
            return issuer if org_description(issuer) or head in _PUBLIC_BODIES else None
    if not 4 <= len(words) <= 5 or words[0] not in {"the", "The"}:
        return None
    owner = words[1]
    if not owner.endswith(("'s", "’s")) or words[-1].strip(_WORD_STRIP).lower() not in _ORG_VOICES:
        return None
    issuer = f"the {owner[:-2]}"
    return issuer if org_description(issuer) else None


def _current_org(st: State, names: NameTable, pos: int, last_org: tuple[int, str] | None) -> str | None:
    """The organisation ``it`` / ``the company`` at ``pos`` stands for: a named subject that is no
    person since the last organisation named as a speaker (``Goldman Sachs expects …``), else
    that speaker (``according to Indian Oil Corporation``). A bounded look-back."""
    found = person_before(st, pos, last_org[0] if last_org is not None else -1, names, person=False)
    if found is not None and _one_body(found[1]) is not None:
        return found[1]
    return last_org[1] if last_org is not None else None


def _one_body(name: str | None) -> str | None:
    """``name`` unless it joins two names of several words each (``Silicon Valley Bank and
    Signature Bank``: "they", never "it"); ``Department of Health and Social Care`` is one."""
    if name is None or " and " not in name:
        return name
    left, _, right = name.partition(" and ")
    if " of " in left or " " not in left.strip() or " " not in right.strip():
        return name
    return None if right[:1].isupper() else name


def _organisation(orgs: OrgIndex, written: str, pos: int) -> str | None:
    """``the ministry`` / ``the agency's statement``: the organisation of that kind named last."""
    words = written.split()
    if not 2 <= len(words) <= 3 or words[0].lower() != "the":
        return None
    head = words[-1].strip(_WORD_STRIP)
    if head.lower() in _ORG_VOICES and words[-2].endswith(("'s", "’s")):
        head = words[-2][:-2]  # "the ministry's statement": the ministry
    elif head.endswith(("'s", "’s")):
        return None
    kinds = MEMBER_BODIES.get(head.lower())
    if kinds is not None:
        found = orgs.latest_of(kinds, pos)
        mods = [w for w in words[1:-1] if w[:1].isupper()]
        if found is not None and not all(m in found.split() for m in mods):
            return None  # "the Colorado centre" is no "Disaster Research Center" in Delaware
        return found
    return orgs.latest(head.capitalize(), pos)


# Heads of a description of a public body ("the agency", "the department"): resolved by a name
# holding the word, else by the organisation that spoke just before
_PUBLIC_BODIES = frozenset(
    {"agency", "ministry", "department", "commission", "authority", "office", "bureau", "service",
     "regulator", "watchdog", "board", "council", "court", "tribunal", "administration", "body"}
)  # fmt: skip

_BODY_REACH = 700
"""How far (characters) after an organisation spoke ``the agency`` may stand for it."""


def _named_body(name: str) -> bool:
    """Whether ``name`` is written as an organisation's name that says nothing of its kind: an
    acronym (``CBP``) or several capitalised words (``Customs and Border Protection``); not a
    common noun (``Searchers``) nor a name of another kind (``Met Office`` is no council)."""
    if name.isupper() and name.isalpha() and 2 <= len(name) <= 6:
        return True
    words = name.split()
    return (
        len(words) >= 2
        and all(w[:1].isupper() or w in {"of", "and", "for", "the"} for w in words)
        and not any(w.lower() in _KIND_WORDS for w in words)
    )


# Words of an organisation's name that say what kind of body it is ("Met Office", "Acme Bank")
_KIND_WORDS = frozenset(
    {"agency", "ministry", "department", "commission", "authority", "office", "bureau", "service",
     "services", "regulator", "board", "council", "court", "tribunal", "administration", "police",
     "bank", "company", "university", "institute", "party", "union", "association", "foundation",
     "hospital", "school", "college", "committee", "group", "club", "team", "army", "force", "forces",
     "government", "parliament", "assembly", "senate", "house", "embassy", "centre", "center",
     # company endings: "Acme Corp" is a company, never what "the ministry" stands for
     "corp", "corp.", "inc", "inc.", "ltd", "ltd.", "plc", "llc", "corporation", "holdings"}
)  # fmt: skip


# Heads that describe any public body, whatever its name calls it ("the agency" after the
# Narcotics Control Bureau spoke, "the watchdog" after the Competition Commission)
_ANY_BODY = frozenset({"agency", "body", "regulator", "watchdog"})

# Words of a name that make it a public body "the agency" may stand for
_BODY_NAME_WORDS = frozenset(
    {"Agency", "Bureau", "Administration", "Service", "Commission", "Authority", "Directorate",
     "Board", "Office", "Department", "Ministry", "Regulator", "Inspectorate", "Institute"}
)  # fmt: skip


_BODY_HEADS = tuple(sorted(_BODY_NAME_WORDS))
"""The words of a public body's name, in a fixed order (what ``the agency`` looks back for)."""


def _body_head(written: str) -> str:
    """The head noun of a description (``the agency`` → ``agency``), in lower case."""
    return written.rsplit(" ", 1)[-1].strip(",.;:").lower()


def _kind_of_body(written: str, name: str) -> bool:
    """Whether ``written`` (``the agency``) is a description any public body answers to and
    ``name`` (``Narcotics Control Bureau``) is one: a name of several words with a body's word."""
    head = written.rsplit(" ", 1)[-1].strip(",.;:").lower()
    words = name.split()
    return head in _ANY_BODY and len(words) >= 2 and any(w in _BODY_NAME_WORDS for w in words)


def _public_body(written: str) -> bool:
    """Whether ``written`` is ``the`` + at most two modifiers + a public body's head noun."""
    words = written.split()
    return (
        2 <= len(words) <= 4
        and words[0] in {"the", "The"}
        and words[-1].strip(",.;:").lower() in _PUBLIC_BODIES
        and not any(w.endswith(("'s", "’s")) for w in words[1:])
    )


# Sports sides: a name of several words before "the club" / "the team" is a player's, not the club's
_SIDE_WORDS = frozenset({"club", "team", "franchise", "side", "squad"})

_ORG_VOICES = frozenset(
    {"statement", "release", "report", "spokesperson", "spokesman", "spokeswoman", "note"}
)
