"""The top-level resolver: each quote's speaker phrase to a person, in text order.

:func:`resolve_speakers` walks the candidate quotes once, keeping the current subject, the
people named so far and the last organisation, and hands each phrase to the stages in
:mod:`.table`, :mod:`.pronouns`, :mod:`.subjects` and :mod:`.org_sources`.
"""

from __future__ import annotations

import bisect
from typing import TYPE_CHECKING

import attrs

from newsparse._model import Quote, Span
from newsparse.rules.quotes import patterns as pat
from newsparse.rules.quotes.descriptions import _proper
from newsparse.rules.quotes.epithets import nationality
from newsparse.rules.quotes.hints import document_after_quote, name_after_quote, phrase_after_quote
from newsparse.rules.quotes.names import given_sex, has_given_name
from newsparse.rules.quotes.organisations import OrgIndex, org_description
from newsparse.rules.quotes.phrases import (
    _PAIR,
    _QUANTIFIERS,
    _SOME_OF_THEM,
    NP,
    np_after,
    np_before,
    sentence_subject,
)
from newsparse.rules.quotes.repairs import (
    name_after_descriptor,
    name_after_epithet,
    name_after_verb,
    noun_after_adjective,
    org_name_goes_on,
    possessive_role,
    with_subject,
    without_adverb,
)
from newsparse.rules.quotes.speakers.org_sources import (
    _ORG_REACH,
    _SPOKESPERSON_FOR,
    _bare_spokesperson_org,
    _current_org,
    _described_org,
    _document_source,
    _introduced_next,
    _named_before_tag,
    _named_next,
    _one_body,
    _opens_paragraph,
    _post_with_place,
    _spoken_for,
    _subject_org,
    _unread_name,
    _via,
)
from newsparse.rules.quotes.speakers.pronouns import (
    Persons,
    _acronym_title,
    _earlier_agreeing,
    _fronted_clause_person,
    _gender_of,
    _he_or_she,
    _object_him,
    _role_initials,
    _sex,
    _trailing_clause_person,
    note_gender,
    person_mentioned,
    plural_before,
    topic_fronted_person,
)
from newsparse.rules.quotes.speakers.subjects import (
    _adjective_opener,
    _found_name,
    _fronted_subject,
    _governing_subject,
    _lead_in_subject,
    _org_shaped,
    _run_opener,
    descriptor_led_name,
    person_after,
    person_before,
    subject_name,
)
from newsparse.rules.quotes.speakers.table import NameTable
from newsparse.text.lazy import deferred_regex

if TYPE_CHECKING:
    from newsparse.rules.quotes.state import Raw, State


# The writer's first person with a contraction ("I’m", "We’ve"), which a capitalised-word reader
# takes for a one-word name (a set, not a pattern: looked up for every named speaker)
_FIRST_PERSON = frozenset(
    f"{who}{mark}{end}" for who in ("I", "We") for mark in "’'" for end in ("m", "ve", "d", "ll", "re")
)


def _once(name: str) -> str:
    """A name a scraper wrote twice with no space between (``Jane DoeJane Doe``, a widget's text
    glued to its link's), once; any other name as it is."""
    half = len(name) // 2
    if len(name) % 2 == 0 and half >= 3 and name[:half] == name[half:] and name[half - 1] != " ":
        return name[:half]
    return name


_THEY_ORG_REACH = 600  # characters back an organisation may be for "they" (one or two sentences)


def _plural(group: str) -> bool:
    """Whether ``group`` is written as a plural (``Some members of Congress``, ``residents``,
    ``Tom Reed and Ann Lee``), which ``it`` never stands for."""
    words = group.split()
    if " and " in group or (words and words[0].lower() in _PLURAL_LEADS):
        return True
    head = next((w for w in words if w in {"of", "in", "at", "from"}), None)
    last = words[words.index(head) - 1] if head is not None and words.index(head) > 0 else words[-1]
    return last.islower() and last.endswith("s") and not last.endswith("ss")


_PLURAL_LEADS = frozenset({"some", "many", "several", "most", "few", "two", "three", "both", "all", "other"})


# -- resolution -----------------------------------------------------------


# How far back a quote's span may reach to take in a speaker named before it (a follow-on
# quote's "X said, …" a few paragraphs up): at most this many characters, and over at most this
# many other quotes. A longer reach is no attribution "as written" of this quote, and on a run
# of N follow-on quotes it would give N spans of length ~N.
_REACH_CHARS = 2000
_REACH_QUOTES = 5


def _span_reaches(sp_span: Span, start: int, starts: list[int]) -> bool:
    """Whether a quote starting at ``start`` may stretch its span back to ``sp_span``."""
    if sp_span.start >= start:
        return True
    if start - sp_span.start > _REACH_CHARS:
        return False
    between = bisect.bisect_left(starts, start) - bisect.bisect_left(starts, sp_span.end)
    return between <= _REACH_QUOTES


_NESTING = 4
"""How many clauses before the nearest one a fragment looks back over for one holding it."""


def _fragments_follow_their_clause(raws: list[Raw]) -> None:
    """A quoted fragment inside a reported clause (``the ministry said it was “deeply shocked”``,
    ``Critics said the bill was a “power grab”, but Ellis insisted …``) is the clause's speaker's:
    it takes the clause's cue and speaker phrase, whatever cue is nearer to it. One pass over the
    candidates in text order; a clause is compared only with the fragments that start inside it."""
    clauses = sorted((r.cstart, r.cend, i) for i, r in enumerate(raws) if r.kind == "indirect")
    if not clauses:
        return
    starts = [c[0] for c in clauses]
    for r in raws:
        if r.kind != "direct" or r.cend - r.cstart > 200:
            continue
        k = bisect.bisect_right(starts, r.cstart - 1) - 1
        if k < 0:
            continue
        # the outermost clause holding the fragment: "Pompeo said that Washington had concluded
        # the settlements were “not … inconsistent”" is Pompeo's quote, not Washington's
        for j in range(k - 1, max(-1, k - _NESTING), -1):
            outer_start, outer_end, _ = clauses[j]
            if outer_start < r.cstart and r.cend <= outer_end and outer_start < clauses[k][0] < outer_end:
                k = j
        cstart, cend, i = clauses[k]
        own_inside = r.cue is not None and cstart <= r.cue[0] < cend
        # (a cue of its own inside the clause is a nested report: "alleged that Lee had asked them
        # to fetch “wild meat”" is Lee's)
        if cstart < r.cstart and r.cend <= cend and not own_inside:
            host = raws[i]
            r.cue, r.np, r.mode, r.sentence = host.cue, host.np, host.mode, host.sentence


def _time_adjunct(text: str, np: NP) -> bool:
    """Whether the phrase ``np`` is a fronted time adjunct closed by a comma (``The following
    Monday evening,``, ``That same week,``): a time word among its last two words."""
    if not text.startswith(", ", np.end) or np.kind == "name":
        return False
    words = text[np.start : np.end].split()[-2:]
    return any(w in pat.TIME_WORDS or w in _TIME_NOUNS for w in words)


# Time nouns a fronted adjunct ends in besides the weekdays and parts of the day
_TIME_NOUNS = frozenset({"day", "days", "weeks", "months", "years", "hours", "minutes", "time", "season"})


def _speaker_phrase(st: State, raw: Raw, names: NameTable) -> tuple[NP | None, bool]:
    """The phrase naming ``raw``'s speaker as the resolver reads it (a participle's subject, a
    name after a quote with no known cue, a description past its adjective or adverb), and
    whether it is a group of people of a place; a cue found after the quote is set on ``raw``."""
    text = st.text
    np = raw.np
    placed = False  # a group of people of a place ("Residents of Sinnar"), kept as written
    if raw.mode == "subject":
        # "…, with Foreign Minister Lars Holm warning of …": the absolute phrase's subject
        np = with_subject(text, raw.cue[0]) if raw.cue is not None else None
        np = np or sentence_subject(text, raw.sentence, raw.end)
        if np is not None and _time_adjunct(text, np):
            # "The following Monday evening, Lee threw …, accusing her of …": a fronted time
            # phrase is no subject; the one after its comma is
            np = sentence_subject(text, np.end + 2, raw.end)
        if np is None:
            # "Once again, former President Donald Trump snubbed …, saying …": after a fronted
            # phrase; "Russia's president has defended …, saying …": a possessed role
            np = subject_name(st, raw.sentence, raw.end) or possessive_role(
                text, raw.sentence, raw.end, names.roles
            )
        elif _adjective_opener(text, np):
            # "Distraught pub and hotel groups have slammed …, claiming …": no name, unless
            # one follows a fronted phrase ("Hours before …, Wild coach Bruce Boudreau …")
            np = _fronted_subject(text, raw.sentence, raw.end) or descriptor_led_name(
                text, raw.sentence, raw.end
            )
        if (
            np is not None
            and raw.cue is not None
            and names.evidence.quoted_at(np.start)
            and _closes_between(text, np.end, raw.cue[0])
        ):
            # "“… A majority of voters agree,” Lee writes, adding that …": a subject inside
            # the quote is none of the participle's (the quote's speaker is, read below)
            np = None
    elif raw.kind == "direct" and raw.mode in {"none", "inherit"}:
        # "“…,” Haley, who is normally calm, barked back.": a cue the vocabulary lacks
        named = (
            name_after_quote(text, raw.end, raw.cend, names)
            or document_after_quote(text, raw.end, raw.cend)
            or phrase_after_quote(text, raw.end, raw.cend)  # "“…,” he shrugged."
        )
        inverted = (
            None
            if named is not None
            else name_after_epithet(text, raw.end, raw.cend)
            or name_after_verb(text, raw.end, raw.cend, names)  # "“…,” comments Johnston"
        )
        if inverted is not None:
            # "“…,” wrote 43-year-old Martin Taylor of Aberdeenshire": the cue and the name
            named, raw.cue = inverted
        if named is not None:
            raw.np, raw.mode, np = named, "np", named
    cue_at = raw.cue[0] if raw.cue is not None else -1
    if np is not None and raw.mode == "np" and raw.cue is not None and _no_subject(text, np, raw.cue):
        # "The notice issued to this effect made it clear that …", "X made a strong claim that
        # …": the phrase before the cue is an adjunct or a noun's modifier; the sentence's
        # subject speaks (kept as read when the sentence shows none)
        found = _adjunct_subject(st, raw.sentence, np)
        if np.kind == "desc" and _headless(text[np.start : np.end].split()):
            # "as well as the continued decline": no phrase with a noun cues anything; only a
            # name opening the sentence may be whose words these are
            np = found if found is not None and found.kind == "name" else None
        else:
            np = found or np
    np = _unread_name(text, np, names, st.vocab.roles, cue_at)
    if np is not None:
        # "Israeli settlers said", "according to the Danish government": a description
        np = noun_after_adjective(text, np, cue_at, names.evidence) or np
        np = org_name_goes_on(text, np, names.orgs, cue_at) or np  # "… Association of Ireland"
        np = name_after_descriptor(text, np) or np  # "Telecom analysts Ovum welcomed …"
        np = _post_with_place(text, np) or np  # "The US Embassy in New Delhi reported …"
        if np.kind == "desc":
            np = without_adverb(text, np) or np  # "The Wikileaks founder always argued …"
        if _common_word_opener(text, np, names):
            np = None  # "About 500 officials are accused of …": a capitalised common word
        else:
            # "Residents of Sinnar said", "Officials in the district said": unnamed people
            # of a place, kept as written (the place is neither a name nor an organisation)
            group = _placed_group(text, np, st.vocab.groups, names)
            if group is not None:
                np, placed = group, True
    if (
        np is not None
        and np.kind == "name"
        and np.start >= 4
        and text[np.start - 4 : np.start] in {"the ", "The "}
        and names.desc.is_role(text[np.start - 4 : np.end])
    ):
        np = NP(np.start - 4, np.end, "desc")  # '," the Labour MP said': a role, not a name
    elif np is not None and np.kind == "name":
        # '," the future President said': a capitalised office after lower-case modifiers
        np = _modified_role(text, np, names) or np
    elif (
        np is not None
        and np.kind == "name"
        and text.startswith(("The ", "the "), np.start)
        and nationality(text[np.start + 4 : np.end])
    ):
        np = NP(np.start, np.end, "desc")  # "The Argentine said": an epithet, not a name
    if np is not None and np.kind == "name" and text[np.start + 1 : np.start + 2] == "-":
        np = _named_before_tag(text, np)  # "R-Ky.": a party tag, the name is before it
    return np, placed


def _modified_role(text: str, np: NP, names: NameTable) -> NP | None:
    """``the incoming President`` as a description when the name read is a role word only (the
    modifiers say it is an office, not someone called President), else None: ``the`` and one or
    two lower-case words right before the name, read from at most 45 characters (plain string
    work, no pattern to compile on a first parse)."""
    before = text[max(0, np.start - 45) : np.start].rsplit("\n", 1)[-1]
    if not before.endswith(" "):
        return None
    words = before.split(" ")[:-1]
    for size in (2, 3):
        if len(words) < size or words[-size] not in {"the", "The"}:
            continue
        start = np.start - len(" ".join(words[-size:])) - 1
        if start > 0 and text[start - 1].isalnum():
            return None  # ("bathe" cut by the window is no "the")
        mods = words[-size + 1 :]
        if all(2 <= len(w) <= 20 and w[:1].islower() and w.replace("-", "").isalpha() for w in mods):
            written = text[start : np.end]
            if names.desc.is_role(written):
                return NP(start, np.end, "desc")
            return None
    return None


# Prepositions (never conjunctions: "after the owner said" has a subject) whose object is a
# thing, never a subject: "issued to this effect", "during a meeting"
_ADJUNCT_OPENERS = frozenset({"to", "during"})

# Determiners of one singular thing, and possessives: "a strong claim", "its stated claim" read
# "claim" as a noun (a verb in its base form has no singular subject)
_SINGULAR_DETERMINERS = frozenset({"a", "an", "its", "his", "her", "their", "this", "that"})


# Cues in a base form that is also a noun ("made a strong claim that", "its stated view that")
_NOUN_CUES = frozenset({"claim", "view", "warning", "argument", "assertion", "allegation", "belief"})

# Determiners of the thing an adjunct names ("to this effect", "during a meeting")
_THING_DETERMINERS = frozenset({"a", "an", "this", "that"})


def _no_subject(text: str, np: NP, cue: tuple[int, int]) -> bool:
    """Whether the phrase ``np`` before the cue cannot be its subject: it follows a preposition
    (an adjunct), or it is a singular determiner and one word before a cue in its base form
    (the cue is a noun: ``made a strong claim that``). A few string operations."""
    if np.end > cue[0] or np.start < 2:
        return False
    before = text[max(0, np.start - 12) : np.start].split()
    words = text[np.start : np.end].split()
    if np.kind == "desc" and _headless(words):
        return True  # "as well as the continued decline", "two highly critical reports that"
    if (
        before
        and before[-1] in _ADJUNCT_OPENERS
        and np.kind == "desc"
        and len(words) <= 3
        and words[0].lower() in _THING_DETERMINERS
    ):
        return True
    cue_word = text[cue[0] : cue[1]]
    return (
        len(words) == 2
        and words[0].lower() in _SINGULAR_DETERMINERS
        and words[1].isalpha()
        and words[1].islower()
        and not words[1].endswith("s")
        and cue_word in _NOUN_CUES
    )


# Endings of adjectives that few nouns share ("critical", "famous", "doubtful"): a phrase ending
# in one has no noun ("-al" and "-ive" end too many nouns: "proposal", "initiative")
_ADJECTIVE_ENDINGS = ("ical", "ous", "ful", "ible", "able", "less")


def _headless(words: list[str]) -> bool:
    """Whether a speaker phrase has no noun to be its head: a determiner alone (``the``) or
    modifiers ending in a lower-case adjective (``two highly critical``), so the cue after it is
    a noun or an adjective of the phrase (``the continued decline``, ``critical reports``)."""
    last = words[-1]
    if len(words) == 1:
        return last.lower() in pat.DETERMINERS
    return (
        len(words) <= 4
        and last.isalpha()
        and last.islower()
        and last.endswith(_ADJECTIVE_ENDINGS)
        and last not in _HEAD_ADJECTIVE_FORMS
    )


# Nouns with such an ending that head a speaker phrase ("the vocal minority" has "minority")
_HEAD_ADJECTIVE_FORMS = frozenset(
    {"chemical", "chemicals", "periodical", "clerical", "radical", "radicals", "medical", "notable",
     "notables", "constable", "cable", "table", "fable", "bible", "crucible", "handful", "mouthful"}
)  # fmt: skip


def _expanded_tail(text: str, orgs: OrgIndex, name: str, pos: int) -> str | None:
    """The full name of an organisation written with an acronym at its end (``California ISO``
    → ``California Independent System Operator``), when the article writes the words before the
    acronym followed by its spelling; else None. Only for a name ending in capitals."""
    head, _, tail = name.rpartition(" ")
    if not head or not tail.isupper() or not 2 <= len(tail) <= 6 or not tail.isalpha():
        return None
    spelled = orgs.expand(tail, pos)
    if spelled is None:
        return None
    full = f"{head} {spelled}"
    return full if text.find(full) >= 0 else None


def _adjunct_subject(st: State, ss: int, np: NP) -> NP | None:
    """Who speaks when ``np`` is no subject: the phrase right before its preposition (``Ann Lee
    during a meeting told him``), else the subject of the sentence opening at ``ss``, when it
    ends before ``np``."""
    text = st.text
    before = text[max(ss, np.start - 12) : np.start].split()
    found = None
    if before and before[-1] in _ADJUNCT_OPENERS:
        prep = text.rfind(before[-1], ss, np.start)
        found = np_before(text, ss, prep, st.vocab) if prep > ss else None
        if found is not None and found.kind == "pron":
            found = None
    found = found or sentence_subject(text, ss, np.start)
    if found is None or found.end > np.start or found.start == np.start:
        return None
    head, _, last = text[found.start : found.end].rpartition(" ")
    if " " in head and last.endswith("ed") and last.islower():
        # "The notification issued [to this effect]": the participle is no part of the subject
        found = NP(found.start, found.start + len(head), found.kind)
    return found


def resolve_speakers(st: State, raws: list[Raw]) -> list[Quote]:
    _fragments_follow_their_clause(raws)
    text = st.text
    names = st.names = NameTable(st)
    out: list[Quote] = []
    last_person: str | None = None
    last_group: str | None = None
    last_org: tuple[int, str] | None = None  # the organisation last named as a speaker, and where
    last_named: tuple[int, str] | None = None  # the speaker last named (person or not), and where
    last_quote_speaker: str | None = None
    last_quote_span: Span | None = None
    last_person_pos = -1
    topic_at = -1  # where last_person was last named as a subject or speaker
    last_direct: Raw | None = None  # the last direct quote, when it had a speaker
    last_quote_end = -1  # where the last quote with a speaker ended
    asked: str | None = None  # the person the quote just before was asked ("X asked Lee, “…?”")
    last_cue: tuple[int, int] | None = None  # the cue of the last quote with a speaker
    persons = st.persons  # people named so far, most recently mentioned last
    orgs = OrgIndex(st)
    gender = names.gender
    # what quotes and reported clauses say is never the sentence a pronoun looks back to
    names.evidence.set_quoted(sorted((r.cstart, r.cend) for r in raws if r.kind != "scare"))
    starts = sorted(r.cstart for r in raws)
    for raw in raws:
        anchor = raw.np.start if raw.np is not None else raw.start
        speaker: str | None = None
        sp_span: Span | None = None
        via: str | None = None
        as_org = False  # a description resolved to an organisation named before
        spoken_for: str | None = None  # the organisation a spokesperson speaks for
        np, placed = _speaker_phrase(st, raw, names)
        cue_at = raw.cue[0] if raw.cue is not None else -1
        if np is not None and names.desc.needs_person(np, text[np.start : np.end]):
            here = min(anchor, raw.start)
            found = person_before(st, here, last_person_pos, names)
            if found is not None and found[0] < np.start and found[1] in text[np.start : np.end]:
                # "Speaking in the Commons, the Conservative MP said:": the role phrase read as
                # its own sentence's subject names no one; the person is named before it
                found = person_before(st, found[0] - 1, last_person_pos, names) if found[0] > 0 else None
            if found is not None:
                last_person, topic_at = found[1], found[0]
                note_gender(st, found[0], last_person, gender)
                low = text[np.start : np.end].lower()
                low = pat.OBJECT_PRONOUNS.get(low, low) if np.kind == "pron" else low
                back = found[0]
                for _ in range(3):
                    # "Mrs Jo Lane … Her husband, Mr Ray Lane, … she said": not the husband
                    if low not in {"he", "she"} or _sex(gender, last_person, low) == low:
                        break
                    earlier = person_before(st, back - 1, -1, names) if back > 0 else None
                    if earlier is None:
                        break
                    back = earlier[0]
                    note_gender(st, back, earlier[1], gender)
                    if _sex(gender, earlier[1], low) == low:
                        last_person = earlier[1]
            # everything up to here is scanned: later look-ups start from here
            last_person_pos = max(last_person_pos, here)
        governed = (
            _governing_subject(st, raw, names)
            if raw.kind == "direct" and raw.mode in {"none", "inherit"}
            else None
        )
        if raw.mode == "none" and raw.kind == "direct" and _same_paragraph(st, raw, last_direct):
            raw.mode = "inherit"  # "“…,” Thomas Lenard, a fellow at …. “…”": his run goes on
        if governed is not None:
            # "Benioff introduced Cook as “someone who …”": a quote inside its sentence, no cue
            # near it, is the words of the sentence's named subject, not of the last speaker
            speaker, via = governed, "named"
            if names.person_like(governed, NP(raw.start, raw.start, "name")):
                last_person = governed
        elif raw.mode == "none" and raw.kind == "direct" and (label := _colon_label(text, raw.start)):
            # "TRADE — Harbour Post’s Ana Ruiz: “…”": a digest line names its source before a colon
            speaker, via = label, "named"
            if names.person_like(label, NP(raw.start, raw.start, "name")):
                last_person, last_person_pos, topic_at = label, raw.start, raw.start
        elif raw.mode == "none" and raw.kind == "direct" and _continues_run(st, raw, last_direct):
            # a quote paragraph right after a quote paragraph with a speaker: the run goes on
            speaker, sp_span, via = last_quote_speaker, last_quote_span, "run"
        elif raw.mode == "none" and raw.kind == "direct" and (persons or _after_colon(text, raw.start)):
            # a paragraph opening with a quote that has no cue, after a sentence about a named person
            # (only once someone has been named: a text whose quotes have no cue at all, such as
            # one in a language without a cue table, never builds the name table for this)
            opener = _run_opener(st, raw.start, last_person_pos, names) or _lead_in_subject(
                st, raw.start, last_person_pos, names
            )
            if opener is not None:
                speaker, via, last_person = opener, "run", opener
        elif raw.mode == "inherit":
            speaker, sp_span, via = last_quote_speaker, last_quote_span, "run"
            # "Her colleague Tom Reed agreed." between the last quote and this one: he speaks now
            floor = max(last_quote_end, last_person_pos)
            newer = _run_opener(st, raw.start, floor, names) or _lead_in_subject(st, raw.start, floor, names)
            if newer is not None and newer != last_quote_speaker:
                speaker, sp_span, last_person = newer, None, newer
        elif (
            raw.mode == "subject"
            and np is None
            and last_quote_speaker is not None
            and (
                raw.sentence <= last_quote_end <= max(raw.start, cue_at)
                # (a quoted fragment of the reported clause just read: the same cue)
                or (raw.cue is not None and raw.cue == last_cue)
            )
        ):
            # "“…,” Benioff weighed in, telling Cook, “…”": the participle's subject is the
            # speaker of the quote before it in the same sentence
            speaker, sp_span, via = last_quote_speaker, last_quote_span, "run"
        elif np is not None:
            sp_span = Span(np.start, np.end, text[np.start : np.end])
            low = sp_span.text.lower()
            if np.kind == "pron":
                low = pat.OBJECT_PRONOUNS.get(low, low)  # "prompted him to say that …": he speaks
                if low in {"he", "she"}:
                    last_person, topic_at = _pronoun_speaker(
                        st, names, persons, raw, np.start, low, last_person, topic_at, asked
                    )
                    speaker = last_person
                elif low in _QUANTIFIERS:
                    # "Most said …", "some wrote …": part of a plural named just before, never an
                    # organisation or a group named further back
                    speaker = plural_before(st, np.start)
                elif low == "they":
                    speaker = _they(st, names, persons, np.start, last_group)
                elif low == "it":
                    speaker = _it(st, names, np.start, last_org, last_group)
            elif placed:
                speaker = last_group = sp_span.text  # (the group "they" may stand for next)
            elif np.kind == "desc" and _SOME_OF_THEM.fullmatch(low):
                np = NP(np.start, np.end, "pron")  # "some of them": like "they"
                speaker = plural_before(st, np.start) or last_group
            elif np.kind == "desc" or names.desc.is_role(sp_span.text):
                np = NP(np.start, np.end, "desc")
                spoken_for = _spoken_for(sp_span.text, orgs, np.start) or _bare_spokesperson_org(
                    st, names, sp_span.text, np.start
                )
                speaker = spoken_for or names.desc.describe(sp_span.text, last_person, persons, np.start)
                if speaker == sp_span.text and low.startswith("the ") and " " not in low[4:]:
                    # "the RBI said" read as a description: the name the page spells out
                    full = orgs.expand(sp_span.text[4:], np.start)
                    if full is not None:
                        speaker, as_org = full, True
                if spoken_for is None and speaker is not None and speaker == last_person:
                    # "“…,” the actress says" after a man spoke: the woman named before him
                    speaker = _agreeing_epithet(st, names, persons, sp_span.text, speaker, np.start)
                # "the memo" / "the note added": who issued the document the article introduced
                issuer = (
                    _document_source(st, names, sp_span.text, np.start, out)
                    if speaker == sp_span.text
                    else None
                )
                if issuer and issuer[:1] in "Tt" and org_description(issuer):
                    # "The company published a blog post that said …": the company it stands for
                    issuer = _described_org(
                        st, names, orgs, issuer, np.start, last_org, last_named
                    ) or _subject_org(st, names, np.start)
                if issuer is not None and " " not in issuer:
                    # "WSJ" of "The Wall Street Journal (WSJ)": the name spelled out
                    issuer = orgs.expand(issuer, np.start) or issuer
                if issuer is not None:
                    speaker = issuer
                    as_org = names.is_org_word(issuer) or _org_shaped(names, issuer, single=" " not in issuer)
                elif speaker == sp_span.text:
                    org = _described_org(st, names, orgs, sp_span.text, np.start, last_org, last_named)
                    # "according to a group of employees. The group, Harbour Workers United, …"
                    speaker = org or _named_next(st, names, sp_span.text, np.end) or speaker
                    as_org = speaker != sp_span.text
                if (
                    last_person is None
                    and not persons
                    and (
                        (low.startswith("the ") and names.desc.is_role(low))
                        or (
                            low.split(" ", 1)[0].endswith(("'s", "’s"))
                            and low.rsplit(" ", 1)[-1] in names.roles
                        )
                        # "… a Home Office minister has said. Hazel Blears said …", "The UK's
                        # top judge has revealed …. Lord Woolf said …": a lead's office
                        or names.desc.lead_office(low)
                    )
                ):
                    # a lead's "The former minister …" names her in the next paragraphs (as a
                    # minister: "the patient" of a lead is not the doctor named next)
                    after = person_after(st, np.end, names)
                    if after is not None and names.desc.same_role(sp_span.text, after):
                        speaker = after
                    else:
                        # "…, Austria's interior minister said. … “…,” Interior Minister Wolfgang
                        # Peschorn said": the one person the article titles so
                        speaker = names.desc.only_titled(sp_span.text) or speaker
                elif speaker == sp_span.text and _opens_paragraph(st, np.start):
                    # "A transit chief says …" opening a paragraph (a wire update): named in the
                    # next paragraph with that very role ("Police Chief Ed Alvarez told …")
                    speaker = _introduced_next(st, names, sp_span.text, np.end) or speaker
            else:
                # "I’m often asked whether …": the writer's contraction is no name
                speaker = None if sp_span.text in _FIRST_PERSON else names.resolve(np)
                if speaker is not None and " " not in speaker:
                    # "NIA" → "National Investigation Agency"; a lone "Association" (of "the Colleges
                    # Employers’ Association said") → the name it ends
                    speaker = (
                        _acronym_title(names, speaker, np.start)  # "the DCP" after "DCP Amit Sharma"
                        or orgs.expand(speaker, np.start)
                        or (orgs.latest(speaker, np.end) if speaker in names.orgs else None)
                        or _role_initials(st, names, speaker, np.start, persons)  # "the FM"
                        or speaker
                    )
                elif speaker is not None:
                    speaker = _expanded_tail(text, orgs, speaker, np.start) or speaker
                if speaker is not None:
                    last_named = (np.start, speaker)
                if speaker is not None and names.person_like(speaker, np):
                    last_person, last_person_pos, topic_at = speaker, np.start, np.start
                    g = _gender_of(sp_span.text)
                    if g is not None:
                        gender[speaker] = g
                elif speaker is not None:
                    last_group = speaker
                    if speaker.lower() not in st.vocab.groups and not (
                        speaker.split()[-1].islower() and _plural(speaker)
                    ):
                        last_org = (np.start, speaker)  # ("Analysts say": a group, no organisation)
                    at = text.rfind(speaker, max(0, np.end - len(speaker) - 8), np.end)
                    at = np.start if at < 0 else min(at, np.start)  # where the whole name starts
                    if _SPOKESPERSON_FOR.search(text, max(0, at - 40), at) is not None:
                        # "a spokesman for Harbour Ferries said …. “…,” he said": he speaks for it
                        last_person, last_person_pos, topic_at = speaker, np.start, np.start
            if as_org:
                last_group = speaker  # an organisation: never a "he" or "she"
                if speaker is not None:
                    last_org = (np.start, speaker)  # ("The company said …. It added …")
            elif np.kind == "desc" and speaker is not None and " and " in speaker:
                last_group = speaker  # "a division bench of Justice A and Justice B"
            elif np.kind == "desc" and speaker is not None and speaker != sp_span.text:
                last_person = speaker
            elif np.kind == "desc" and names.desc.unnamed_person(sp_span.text):
                # "The corporation's counsel submitted …. He further informed …"
                last_person, last_person_pos = speaker, np.start
            elif np.kind == "desc":
                last_group = speaker
            if speaker is not None and " " not in speaker and speaker.lower() in st.vocab.groups:
                speaker, np = speaker.lower(), NP(np.start, np.end, "desc")  # "Officials said": not a name
            via = _via(np, speaker, sp_span.text, names)
            if (as_org or spoken_for is not None) and via == "description":
                via = "organisation"  # "The statement added …" for the company that issued it
        if last_person is not None:
            persons.touch(last_person)
        if raw.kind != "scare" and speaker is not None:
            last_quote_speaker, last_quote_span = speaker, sp_span or last_quote_span
            last_quote_end = raw.end
            last_cue = raw.cue
        if raw.kind == "direct":
            last_direct = raw if speaker is not None and speaker == last_quote_speaker else None
        asked = _addressee(text, raw, names) if raw.kind == "direct" else None
        if speaker is not None and len(speaker) % 2 == 0:
            speaker = _once(speaker)
        if raw.kind == "scare" or speaker is None:
            speaker, via = None, None
        if raw.kind == "scare":
            sp_span = None
        out.append(_quote(st, raw, speaker, sp_span, via, starts))
    return _nested_sources(_pull_quotes(text, out))


def _quote(
    st: State, raw: Raw, speaker: str | None, sp_span: Span | None, via: str | None, starts: list[int]
) -> Quote:
    """The :class:`Quote` of ``raw`` with its resolved speaker: its span takes in the cue and, when
    it reaches (see :func:`_span_reaches`), the speaker phrase; ``starts`` are the quotes' starts."""
    text = st.text
    cue = Span(raw.cue[0], raw.cue[1], text[raw.cue[0] : raw.cue[1]]) if raw.cue is not None else None
    start = min(raw.start, raw.cstart)
    end = max(raw.end, raw.cend)
    if sp_span is not None and sp_span.end > sp_span.start and _span_reaches(sp_span, start, starts):
        start, end = min(start, sp_span.start), max(end, sp_span.end)
    if cue is not None:
        start, end = min(start, cue.start), max(end, cue.end)
    content = Span(raw.cstart, raw.cend, text[raw.cstart : raw.cend])
    return Quote(
        Span(start, end, text[start:end]),
        content,
        kind=raw.kind,
        cue=cue,
        speaker=speaker,
        speaker_span=sp_span,
        rule=f"{st.name}:{raw.rule}",
        parts=(content,) if "\n" not in content.text else content_parts(st, content),
        speaker_via=via,
    )


def _agreeing_epithet(
    st: State, names: NameTable, persons: Persons, written: str, person: str, pos: int
) -> str:
    """``person``, the one a description (``the actress``, ``the mother``) was read as, unless the
    description's sex is not theirs: then the latest of the few people named before who is shown
    to be of that sex, else one of that sex named in the sentences before ``pos``, else the
    description as written (someone unnamed)."""
    sex = _gender_of(written)
    if sex is None or _sex(names.gender, person, sex) == sex:
        return person
    for other in persons.recent(_EPITHET_AGREE_BACK):
        # (only someone shown to be of that sex: a festival or a firm is named among people too)
        if other != person and (names.gender.get(other) or given_sex(other)) == sex:
            return other
    # "Stone had just come off a play. … “…,” the actress says": named just before, not a speaker
    return person_mentioned(st, pos, names, names.gender, sex, strict=True) or written


_EPITHET_AGREE_BACK = 6
"""How many of the people named last a description of the other sex looks back over."""


def _pronoun_speaker(
    st: State,
    names: NameTable,
    persons: Persons,
    raw: Raw,
    pos: int,
    low: str,
    last_person: str | None,
    topic_at: int,
    asked: str | None,
) -> tuple[str | None, int]:
    """Who ``he``/``she`` (``low``) at ``pos`` is, and where that person is now the topic: the one
    just ``asked`` when the quote replies, a person named in a clause around the pronoun, else
    the person last named (:func:`_he_or_she`)."""
    text = st.text
    gender = names.gender
    if low == "he" and last_person is not None and _object_him(text, topic_at, pos):
        # "“…,” he added. Reyes once told him so. “…,” he said.": "him" is the
        # run's speaker, so the one named there is not who "he" is now
        before_him = _earlier_agreeing(persons, names.gender, last_person, low)
        last_person = before_him or last_person
    fronted = (
        _fronted_clause_person(st, names, pos, low)
        or _trailing_clause_person(st, names, pos, low)
        # "For Reyes, the waiting was hardest. “…,” she says.": the topic, not the last subject
        or topic_fronted_person(st, names, pos, low, topic_at)
    )
    if asked is not None and _replies(text, raw) and _sex(gender, asked, low) == low:
        # "A reporter asked Lee, “…?” / “…,” she replied.": the one asked answers
        last_person, topic_at = asked, pos
    elif fronted is not None:
        # "While the campaign did not appeal to Julie Graham, …, she said …"
        last_person, topic_at = fronted, pos
    else:
        last_person = _he_or_she(st, names, persons, pos, low, last_person, topic_at)
    return last_person, topic_at


def _they(st: State, names: NameTable, persons: Persons, pos: int, last_group: str | None) -> str | None:
    """Who ``they`` at ``pos`` stands for: a plural named just before, the group last named, or
    failing both an organisation that is a recent subject ("The Ministry of Health released
    figures. “…,” they said.", British usage)."""
    speaker = (
        plural_before(st, pos)
        or last_group
        or _found_name(person_before(st, pos, pos - _THEY_ORG_REACH, names, person=False))
    )
    if speaker == _PAIR:
        pair = persons.last_two()
        speaker = " and ".join(pair) if len(pair) >= 2 else None
    return speaker


def _it(
    st: State, names: NameTable, pos: int, last_org: tuple[int, str] | None, last_group: str | None
) -> str | None:
    """What ``it`` at ``pos`` stands for: "Brightwater Bank cut its forecast. …, it said.": the
    organisation named last; failing one, a recent subject that is no person ("Harbourline
    Ferries said …")."""
    return (
        _current_org(st, names, pos, last_org)
        or (last_group if last_group is not None and not _plural(last_group) else None)
        or _one_body(_found_name(person_before(st, pos, -1, names, person=False, loose=True)))
        or _one_body(
            _found_name(
                # "Boeing confirmed …. …, it said": one word written as a name, nearby
                person_before(
                    st,
                    pos,
                    pos - _ORG_REACH,
                    names,
                    person=False,
                    loose=True,
                    single=True,
                )
            )
        )
    )


# Cues of a question put to someone named after them ("asked Lee, “…?”"), and of the answer
_ASK_CUES = frozenset({"asked", "asks"})
_REPLY_CUES = frozenset({"replied", "replies", "answered", "answers", "responded", "responds", "retorted"})


_PULL_LIMIT = 20
"""How many pull quotes an article's quotes are searched for (a bound that keeps the work linear)."""

_PULL_MIN = 20
"""The fewest characters a pull quote's words need for their repetition to name the speaker."""


def _pull_quotes(text: str, out: list[Quote]) -> list[Quote]:
    """A paragraph that is nothing but a quote with no cue, whose words another quote of the
    article repeats with a speaker (a pull quote set between paragraphs), takes that speaker
    instead of the run before it. At most :data:`_PULL_LIMIT` of them, each compared once with
    every quote."""
    pulls = [i for i, q in enumerate(out) if q.kind == "direct" and q.cue is None and _alone_on_line(text, q)]
    if not pulls:
        return out
    pulled = frozenset(pulls)
    sources = [
        q for i, q in enumerate(out) if q.kind == "direct" and q.speaker is not None and i not in pulled
    ]
    for i in pulls[:_PULL_LIMIT]:
        pull = out[i]
        words = pull.content.text.strip().rstrip(".,!?…;:").strip()
        if len(words) < _PULL_MIN or pull.speaker_via not in {None, "run"}:
            continue
        source = next((q for q in sources if words in q.content.text), None)
        if source is not None and source.speaker != pull.speaker:
            out[i] = attrs.evolve(
                pull, speaker=source.speaker, speaker_span=source.speaker_span, speaker_via=source.speaker_via
            )
    return out


def _alone_on_line(text: str, q: Quote) -> bool:
    """Whether the quote ``q`` is the whole of its line: nothing but marks and stops around it."""
    lo, hi = q.content.start, q.content.end
    line_lo = text.rfind("\n", 0, lo) + 1
    line_hi = text.find("\n", hi)
    line_hi = len(text) if line_hi < 0 else line_hi
    if hi - lo < _PULL_MIN or line_hi - hi > 4 or lo - line_lo > 4:
        return False
    return not text[line_lo:lo].strip(_PULL_FRAME) and not text[hi:line_hi].strip(_PULL_FRAME)


_PULL_FRAME = " \t\u00a0\"'“”‘’.,!?…"


def _closes_between(text: str, lo: int, hi: int) -> bool:
    """Whether a closing double quote mark stands in ``text[lo:hi]`` (at most 200 characters read)."""
    window = text[lo : min(hi, lo + 200)]
    return "”" in window or '"' in window


def _addressee(text: str, raw: Raw, names: NameTable) -> str | None:
    """The person a quoted question was put to (``a reporter asked Lee, “…?”``), else None."""
    if raw.cue is None or text[raw.cue[0] : raw.cue[1]].lower() not in _ASK_CUES or raw.cue[1] > raw.cstart:
        return None
    np = np_after(text, raw.cue[1], raw.cstart)
    if np is None or np.kind != "name" or text[np.end : np.end + 1] not in {",", ":"}:
        return None
    person = names.resolve(np)
    return person if person is not None and names.person_like(person, np) else None


def _replies(text: str, raw: Raw) -> bool:
    """Whether the cue of ``raw`` is an answer (``she replied``)."""
    return raw.cue is not None and text[raw.cue[0] : raw.cue[1]].lower() in _REPLY_CUES


# Cues that name a source for a whole clause, which may itself hold an attribution: "“…,” he
# told settler leaders, according to a statement", "Lee said …, the Courier reported"
_SOURCE_CUES = frozenset({"according to", "reported", "reports", "quoted"})


def _nested_sources(out: list[Quote]) -> list[Quote]:
    """A source cue whose content holds another quote's attribution (``X said …, according to a
    statement``; ``X said …, the Courier reported``) keeps that quote's speaker: the outlet or the
    document passes on what X said. One bisection per source quote."""
    if not any(q.cue is not None and q.cue.text.lower() in _SOURCE_CUES for q in out):
        return out
    cues = sorted((q.cue.start, i) for i, q in enumerate(out) if q.cue is not None and q.speaker is not None)
    cue_starts = [c for c, _ in cues]
    for i, q in enumerate(out):
        if q.cue is None or q.cue.text.lower() not in _SOURCE_CUES:
            continue
        k = bisect.bisect_left(cue_starts, q.content.end) - 1
        if k < 0 or cue_starts[k] < q.content.start:
            continue
        inner = out[cues[k][1]]
        if inner is q or inner.speaker == q.speaker or not _opens_content(q, inner):
            continue
        if inner.rule.endswith("direct:fragment"):
            # "Lee called it “heartbreaking,” according to the Courier": the word is Lee's, the
            # report of the sentence the Courier's
            continue
        out[i] = attrs.evolve(
            q, speaker=inner.speaker, speaker_span=inner.speaker_span, speaker_via=inner.speaker_via
        )
    return out


def _opens_content(source: Quote, inner: Quote) -> bool:
    """Whether ``inner`` opens ``source``'s content (its quotation or its speaker comes first), so
    that the source only passes it on; a report further in ("As Lee reports, the outbreak began
    when officials announced that …") leaves the source its own speaker."""
    start = source.content.start
    speaker_at = inner.speaker_span.start if inner.speaker_span is not None else -1
    return 0 <= inner.content.start - start <= 3 or 0 <= speaker_at - start <= 3


def content_parts(st: State, content: Span) -> tuple[Span, ...]:
    """The content cut at paragraph ends, each piece without its reopening mark and spaces.

    Only the paragraphs the content covers are visited, so the work is that of the content.
    """
    if "\n" not in content.text:
        return (content,)  # one paragraph: the content itself
    text = st.text
    cstart, cend = content.start, content.end
    pi = max(bisect.bisect_right(st.para_starts, cstart) - 1, 0)
    out: list[Span] = []
    while pi < len(st.paras):
        ps, pe, _ = st.paras[pi]
        if ps >= cend:
            break
        s, e = max(ps, cstart), min(pe, cend)
        # a paragraph after the first reopens the quote with a mark: not part of what was said
        while s < e and (text[s].isspace() or (s > cstart and text[s] in _PART_MARKS)):
            s += 1
        while e > s and text[e - 1].isspace():
            e -= 1
        if e > s:
            out.append(Span(s, e, text[s:e]))
        pi += 1
    return tuple(out) or (content,)


_PART_MARKS = frozenset("\"'\u201c\u201d\u2018\u2019\u00ab\u00bb\u201e")


# Prepositions that tie a group of people to a place ("residents of Sinnar", "officials in the
# district"); not "at" / "with", which name an employer ("analysts at Baird Partners")
_PLACE_PREPS = frozenset({"of", "in", "from", "across", "near", "around"})

# "Officials in " right before a speaker phrase "the district": the group word and preposition
_GROUP_BEFORE = deferred_regex(r"(?<![\w-])([A-Za-z]{3,20}+)[ ]([a-z]{2,6}+)[ ]$")


# "Organizers of recent protests in ": a group, ``of`` and up to three lower-case words, a place
# preposition; anchored at the place (a window's end), bounded repeats
_QUALIFIED_GROUP_BEFORE = deferred_regex(
    r"(?<![\w-])([A-Z][a-z]{2,20}+)[ ](?:of|from|at|behind)[ ](?:[a-z][\w-]{0,20}+[ ]){1,3}?([a-z]{2,6}+)[ ]$"
)


def _placed_group(text: str, np: NP, groups: frozenset[str], names: NameTable) -> NP | None:
    """The whole phrase of a group of people tied to a place (``Residents of Sinnar``, or
    ``Officials in the district`` where only its place was read as the speaker), as a description:
    unnamed people, neither the place (no speaker) nor a person's name; None when the phrase is no
    such group or the place is an organisation (``Officials of the Harbour Authority`` speak for it)."""
    written = text[np.start : np.end]
    words = written.split(" ", 2)
    if len(words) == 3 and words[0].lower() in groups and words[1] in _PLACE_PREPS:
        if names.is_org_word(words[2]):
            return None
        return NP(np.start, np.end, "desc")
    if np.start < 6 or names.is_org_word(written):
        return None
    m = _GROUP_BEFORE.search(text, max(0, np.start - 28), np.start)
    if m is None or m.group(1).lower() not in groups or m.group(2) not in _PLACE_PREPS:
        # "Organizers of recent protests in Oklahoma acknowledged …": a group qualified by what
        # they do, then the place
        lo = max(0, np.start - 60)
        before = text[max(0, np.start - 8) : np.start].rsplit(" ", 2)
        if len(before) < 2 or before[-2] not in _PLACE_PREPS or before[-1]:
            return None  # (literal gates before the pattern: a place preposition right before)
        if all(text.find(w, lo, np.start) < 0 for w in (" of ", " from ", " at ", " behind ")):
            return None
        m = _QUALIFIED_GROUP_BEFORE.search(text, lo, np.start)
        if m is None or m.group(1).lower() not in groups or m.group(2) not in _PLACE_PREPS:
            return None
        if m.start(1) > 0 and text[m.start(1) - 1] not in " \n":
            return None
    return NP(m.start(1), np.end, "desc")


def _common_word_opener(text: str, np: NP, names: NameTable) -> bool:
    """Whether the one-word name at ``np`` is a common word capitalised only because it opens a
    sentence (``About 500 officials …``, ``Nearly all …``): the article writes it in lower case
    elsewhere and never as a name inside a sentence, and it is no given name or acronym."""
    if np.kind != "name":
        return False
    word = text[np.start : np.end]
    if " " in word or not word.isalpha() or word.isupper() or not word[:1].isupper():
        return False
    if (
        np.start > 0
        and text[np.start - 1] != "\n"
        and text[np.start - 2 : np.start] not in {". ", "? ", "! "}
    ):
        return False
    if word in names.orgs or has_given_name(word + " X"):
        return False
    return names.evidence.written_lower(word) and not _proper(names, word)


def _continues_run(st: State, raw: Raw, prev: Raw | None) -> bool:
    """Whether ``raw`` opens the paragraph right after the one where ``prev``, a direct quote with
    a speaker, ended, and that paragraph ended with it: nothing but quotes between them."""
    if prev is None or prev.end > raw.start:
        return False
    pi = bisect.bisect_right(st.para_starts, raw.start) - 1
    if pi <= 0 or st.para_starts[pi] != raw.start:
        return False
    ps, pe, _ = st.paras[pi - 1]
    return ps <= prev.end <= pe and not st.text[prev.end : pe].strip()


# Words that label a line but name no source ("Update: “…”", "Q: “…”", "Read more: …")
_LINE_LABELS = frozenset(
    {"update", "updated", "note", "read", "watch", "listen", "source", "sources", "caption", "photo",
     "video", "image", "q", "a", "question", "answer", "quote", "quotes", "statement", "translation",
     "editor", "warning", "headline", "title", "subject", "re", "fact", "summary", "transcript",
     "credit", "tags", "topics", "related", "breaking", "exclusive", "opinion", "analysis",
     "comment", "comments", "excerpt", "verdict", "bottom", "key", "background", "context", "more"}
)  # fmt: skip
_LABEL_JOINERS = frozenset({"and", "of", "the", "&", "de", "van", "von", "al", "bin"})
_LABEL_DASHES = (" — ", " – ", " - ")
_LABEL_REACH = 160  # characters back to the line start a digest label may take


def _colon_label(text: str, start: int) -> str | None:
    """The source a line names before a colon and the quote at ``start`` (``WSJ’s Theo Francis:
    “…”``, after an optional ``HEADING — ``), else None: the label must be a short run of
    capitalised words (a possessive's holder taken: ``Theo Francis``), never a line label such
    as ``Update`` nor a sentence ending in a colon."""
    line = text.rfind("\n", max(0, start - _LABEL_REACH), start) + 1
    if line == 0 and start > _LABEL_REACH:
        return None
    seg = text[line:start].rstrip(" \u00a0")
    if not seg.endswith(":"):
        return None
    label = seg[:-1]
    for dash in _LABEL_DASHES:
        label = label.rsplit(dash, 1)[-1]
    words = label.split()
    if not 1 <= len(words) <= 10:
        return None
    cut = max((i + 1 for i, w in enumerate(words[:-1]) if w.endswith(("’s", "'s", "s’"))), default=0)
    words = words[cut:]
    first, last = words[0], words[-1]
    if (
        first in pat.STOP_CAPS
        or first.lower().strip(",") in _LINE_LABELS
        or not last[:1].isupper()
        or (len(words) == 1 and (len(first) < 2 or (first.isupper() and len(first) > 5)))
        or (len(words) > 1 and label.isupper())  # "CHINA CHIPS": a heading
    ):
        return None
    if not all(w[:1].isupper() or w in _LABEL_JOINERS for w in words):
        return None
    if len(words) == 1 and not first.isupper() and not _named_in_running_text(text, first):
        return None  # "Award: “Project Fund 2007”": a field label, no name the article uses
    return " ".join(words)


def _named_in_running_text(text: str, word: str) -> bool:
    """Whether ``word`` stands capitalised after a lower-case word somewhere in ``text`` (``…
    told Bloomberg``) or as a possessor (``Bloomberg’s Jo Lee``): a name the article uses, not
    just a label's first word."""
    at = text.find(" " + word)
    while at > 0:
        end = at + 1 + len(word)
        if text.startswith(("’s ", "'s "), end) or (
            text[at - 1 : at].islower() and not text[end : end + 1].isalnum()
        ):
            return True
        at = text.find(" " + word, end)
    return False


def _after_colon(text: str, start: int) -> bool:
    """Whether a colon (and white space) stands right before ``start``: a sentence introduces the
    quote there (``The actress took to Instagram to share: “…”``)."""
    at = start
    while at > 0 and at > start - 4 and text[at - 1] in " \n\u00a0":
        at -= 1
    return text[at - 1 : at] == ":"


def _same_paragraph(st: State, raw: Raw, prev: Raw | None) -> bool:
    """Whether ``prev``, a direct quote with a speaker, ended earlier in the paragraph ``raw`` is in."""
    if prev is None or prev.end > raw.start:
        return False
    pi = bisect.bisect_right(st.para_starts, raw.start) - 1
    return pi >= 0 and st.para_starts[pi] <= prev.start
