"""Subjects: the person named as the subject of a sentence or a clause.

``person_before`` finds the last person named as a subject before a position and
``person_after`` the first after it; ``subject_name`` reads the subject of one sentence
(past datelines, fronted clauses, role-led subjects).
"""

from __future__ import annotations

import bisect
from typing import TYPE_CHECKING

from newsparse.rules.quotes import patterns as pat
from newsparse.rules.quotes.clause_shapes import finite_verb
from newsparse.rules.quotes.descriptions import _proper
from newsparse.rules.quotes.epithets import EXTRA_ROLES
from newsparse.rules.quotes.hints import NAME_RUN as _NAME_RUN
from newsparse.rules.quotes.hints import role_led_name
from newsparse.rules.quotes.names import given_sex, has_given_name
from newsparse.rules.quotes.organisations import ORG_DESCRIPTIONS
from newsparse.rules.quotes.phrases import _ROLE_OR_RELATION, NP, sentence_subject
from newsparse.rules.quotes.speakers.table import _DAYS, _JOINING, _MISSING, _MONTHS, NameTable
from newsparse.text.lazy import deferred_regex

if TYPE_CHECKING:
    from newsparse.rules.quotes.state import Raw, State


def _found_name(found: tuple[int, str] | None) -> str | None:
    return None if found is None else found[1]


def _org_shaped(names: NameTable, name: str, single: bool = False) -> bool:
    """``Harbourline Ferries``: several capitalised words with no given name, title or sex evidence
    (a name the article never shows to be a person), which ``it`` may stand for; with ``single``
    instead one word written as a name (``Ryanair``, ``Chelsea``), which only a company word
    (``the club``) may stand for: a lone ``it`` after ``Smith …`` is too often about something else."""
    words = name.split()
    if single:
        if len(words) != 1:
            return False  # "the club" after "Kai Mensah scored": two words there are a person's
        # a given name is no evidence here ("Chelsea"): the word must be written as a name
        # inside a sentence somewhere before, so "Passenger numbers rose" names no one
        return (
            name not in names.gender
            and name not in names.ex.vocab.titles
            and name not in _DAYS
            and name not in _MONTHS  # "About 400 jobs will go by June, the company said"
            and not name.startswith(("I’", "I'"))  # "I’m flying to Paris": the writer, no company
            and (_proper(names, name) or _introduced_as_org(names, name))
        )
    return (
        2 <= len(words) <= 5
        and given_sex(name) is None
        and name not in names.gender
        and words[0] not in names.ex.vocab.titles
        and "I" not in words  # "Can I get there by train?": a question, no name
    )


# Words that end the head noun phrase of an appositive ("the private firm which runs …")
_APPOSITIVE_ENDS = frozenset({"which", "that", "who", "whose", "with", "in", "of", "for", "based", "behind"})


def _introduced_as_org(names: NameTable, name: str) -> bool:
    """Whether the article's first mention of the one-word ``name`` is followed by an appositive
    whose head is a company word (``Metrovias, the private firm which runs the lines,``): an
    organisation, though the word only ever opens a sentence. One look-up per name, at most
    five words read."""
    text = names.ex.text
    at = names.evidence.find(name)
    if at < 0:
        return False
    end = at + len(name)
    if not text.startswith((", the ", ", a ", ", an "), end):
        return False
    head = ""
    for w in text[end + 2 : end + 80].split()[1:5]:
        bare = w.rstrip(",.;:")
        if (not bare.isalpha() and "-" not in bare) or bare in _APPOSITIVE_ENDS or not bare.islower():
            break
        head = bare
        if bare != w:
            break  # (the comma closing the appositive)
    return head in ORG_DESCRIPTIONS


def person_before(
    st: State,
    pos: int,
    floor: int,
    names: NameTable,
    person: bool = True,
    loose: bool = False,
    single: bool = False,
) -> tuple[int, str] | None:
    """The nearest sentence subject naming a person in ``(floor, pos]``, scanning backwards
    (with ``person=False``: naming an organisation, for ``it said``; with ``loose`` also a name
    that is merely not shown to be a person, see :func:`_org_shaped`, one word long too with
    ``single``).

    Sentences inside a direct quote are skipped (a name the speaker mentions is not the topic),
    and a subject counts as a person only with evidence (:meth:`NameTable.evidenced`), so a
    capitalised phrase (``Universal Social Security``) never takes a pronoun.
    """
    pi = bisect.bisect_right(st.para_starts, pos) - 1
    steps = 0
    while pi >= 0 and steps < 15:
        pe = st.paras[pi][1]
        if pe <= floor:
            return None
        if heading(st, pi):
            pi -= 1  # a subhead ("Indian Economy") names no one who speaks
            continue
        starts = st.starts(pi)
        top = bisect.bisect_right(starts, pos)
        for k in range(top - 1, max(-1, top - 16), -1):
            ss = starts[k]
            if ss <= floor:
                return None
            steps += 1
            if names.evidence.quoted_at(ss) or (steps == 1 and _parenthetical_at(st.text, ss, pos)):
                continue
            se = starts[k + 1] if k + 1 < len(starts) else pe
            np = subject_name(st, ss, se)
            if np is None and not person:
                np = _the_led_subject(st, ss, se)  # "The Writers Guild of America applauded …"
            if np is None and person:
                np = _predicate_name(st.text, ss, se)  # "One of them was 25-year-old Ann Lee."
                if np is not None and names.evidence.quoted_at(np.start):
                    np = None  # "“Because Judge Lee is Native American, …,” he said": quoted words
            if np is None:
                continue
            resolved = names.resolve(np)
            if resolved is None:
                continue
            if person:
                if names.person_like(resolved, np):
                    return ss, resolved
            elif not _followed_person(st, names, resolved, np) and (
                names.is_org_word(resolved) or (loose and _org_shaped(names, resolved, single))
            ):
                # "Brightwater Bank raised …. …, it said." (not "WPI rose …", nor a person the
                # tracker follows: "Acme Corp's chief executive, Lin Wu, said …")
                return ss, resolved
        pi -= 1
    return None


# "one of the women to flee was 25-year-old Nesma Hajjaj, who …": a person introduced as the
# predicate of a copula whose subject is a description; bounded repeats, read from one " was "
_PREDICATE_NAME = deferred_regex(
    r"[ ](?:was|is)[ ](?:(?:the[ ])?+\d{1,3}+-year-old[ ])?+"
    r"(?P<name>[A-Z][\w’'-]{1,30}+(?:[ ][A-Z][\w’'.-]{0,30}+){1,3}+)(?=[,.;]|[ ]who[ ])"
)

_PREDICATE_REACH = 160
"""How far into a sentence its copula may stand for the name after it to be the topic."""


def _predicate_name(text: str, ss: int, se: int) -> NP | None:
    """The full name after ``was``/``is`` in the sentence ``[ss, se)`` whose subject named no one
    (``One of the women to flee the north was 25-year-old Ann Lee, who …``), else None: the person
    the article turns to, whom ``she said`` after it is about. Only a name of two words or more."""
    hi = min(se, ss + _PREDICATE_REACH)
    at = text.find(" was ", ss, hi)
    if at < 0:
        at = text.find(" is ", ss, hi)
    if at < 0:
        return None
    after = text[at + 5 : at + 9] if text[at + 1] == "w" else text[at + 4 : at + 8]
    if not (after[:1].isupper() or after[:1].isdigit() or after == "the "):
        return None  # a literal gate: the pattern is compiled only where a name or an age may follow
    m = _PREDICATE_NAME.match(text, at, se)
    if m is None:
        return None
    return NP(m.start("name"), m.end("name"), "name")


def _followed_person(st: State, names: NameTable, name: str, np: NP | None) -> bool:
    """Whether ``name`` is someone the tracker follows as a person and the article shows to be
    one (a given name, a pronoun or title seen for them, a role next to the mention at ``np``):
    never the organisation ``it`` or ``the company`` stands for. (``Goldman Sachs`` followed by
    mistake is no person by this evidence.)"""
    if name not in st.persons:
        return False
    if name in names.gender or has_given_name(name):
        return True
    if np is not None and names.evidence.role_near(np):
        return True
    found = names.roled_first.get(name)
    if found is None:  # a role next to the first mention ("chief executive, Lin Wu"), once per name
        at = names.evidence.find(name)
        found = names.roled_first[name] = at >= 0 and names.evidence.role_near(NP(at, at + len(name), "name"))
    return found


def _parenthetical_at(text: str, ss: int, pos: int) -> bool:
    """Whether ``pos`` (a pronoun) is a parenthetical attribution inside the sentence starting at
    ``ss`` (``Biden, he said, also “was the first …”``): that sentence's subject is what was said
    about, not who said it. A fronted ``As …,`` clause is not such a sentence."""
    return (
        ss < pos - 2 and text[pos - 2 : pos] == ", " and text[ss : ss + 12].split(" ", 1)[0] not in _SUB_CAPS
    )


def subject_name(st: State, ss: int, se: int) -> NP | None:
    """The name that is the subject of sentence ``[ss, se)``, or None (cached per sentence).

    Besides what :func:`sentence_subject` reads, a subject after a fronted adverbial ending in a
    comma (``Two months later, Jaishankar gave …``) or after a live blog's time stamp (``13.08
    Tony Fernandes, the chief, has …``), both only when the sentence gave no subject at all, and
    a name after a role word when the subject read is one capitalised word (``Freshly inducted
    party leader Manish Kashyap …``).
    """
    np = st.subject_cache.get(ss, _MISSING)
    if np is _MISSING:
        np = st.subject_cache[ss] = (
            None
            if _pronoun_led(st.text, ss)
            else sentence_subject(st.text, _past_dateline(st.text, ss, se), se, names_only=True)
        )
    text = st.text
    if (
        isinstance(np, NP)
        and np.kind == "name"
        and np.start == ss
        and (" " not in text[np.start : np.end] or _role_word_after(text, np.end))
    ):
        # "Freshly inducted party leader Manish Kashyap …": a capitalised opener, the name later
        key = -ss - 1
        found = st.subject_cache.get(key, _MISSING)
        if found is _MISSING:
            found = st.subject_cache[key] = _role_led_subject(text, ss, se)
            if found is None and _adjective_opener(text, np):
                # "Hours before Parise's goals, Wild coach Bruce Boudreau expressed …": the
                # capitalised opener is no name; the subject after the fronted phrase is
                found = st.subject_cache[key] = _fronted_subject(text, ss, se)
        return found if isinstance(found, NP) else np
    if isinstance(np, NP) and (np.kind != "pron" or text[ss : ss + 12].split(" ", 1)[0] not in _SUB_CAPS):
        if np.kind == "desc":
            return _the_name(text, np)  # "In a reflection of this, the Electoral Commission …"
        return np if np.kind == "name" else None
    key = -ss - 1  # the fallback's own cache slot (sentence starts are never negative)
    found = st.subject_cache.get(key, _MISSING)
    if found is _MISSING:
        found = st.subject_cache[key] = _fronted_subject(st.text, ss, se)
    return found if isinstance(found, NP) else None


def _the_led_subject(st: State, ss: int, se: int) -> NP | None:
    """The name led by ``The`` that opens sentence ``[ss, se)`` (``The Writers Guild of America
    applauded …``), which the names-only read leaves out: an organisation ``the union`` or ``it``
    may stand for (never a person's pronoun), not a document (``The Joint Statement …``), else
    None. Read once per sentence, only when ``The`` and a capital open it."""
    text = st.text
    if not text.startswith("The ", ss) or not text[ss + 4 : ss + 5].isupper():
        return None
    key = -ss - 1 - len(text)  # (its own cache slot: below every slot of subject_name)
    found = st.subject_cache.get(key, _MISSING)
    if found is _MISSING:
        desc = sentence_subject(text, ss, se)
        named = _the_name(text, desc) if desc is not None and desc.kind == "desc" else None
        last = text[named.start : named.end].rsplit(" ", 1)[-1] if named is not None else ""
        if last.lower() in _ISSUED_DOCUMENTS:
            named = None  # "The Joint Statement demands …": a document, which speaks for its issuer
        found = st.subject_cache[key] = named
    return found if isinstance(found, NP) else None


def _the_name(text: str, np: NP) -> NP | None:
    """The name of a subject read as a description because ``the`` leads it (``…, the Electoral
    Commission, which …``, ``The Harbour Workers Guild welcomed …``): two or more capitalised
    words (joined by ``of``, ``for``, ``and``) after ``the``; else None (``the US military`` is a
    description)."""
    if not text.startswith(("the ", "The "), np.start) or np.end - np.start > 80:
        return None
    words = text[np.start + 4 : np.end].split()
    if len(words) < 2 or not words[-1][:1].isupper():
        return None
    if all(w[:1].isupper() or w in _JOINING for w in words):
        return NP(np.start + 4, np.end, "name")
    return None


# A live blog's time stamp before a sentence: "13.08 ", "9:45am "
_STAMP = deferred_regex(r"\d{1,2}+[.:]\d{2}+(?:[ ]?+[ap]\.?m\.?)?+[ ]")

_FRONT_REACH = 90
"""How far into a sentence the comma closing a fronted adverbial may be."""


def _fronted_subject(text: str, ss: int, se: int) -> NP | None:
    """The name subject after a time stamp or a comma-closed opening phrase, else None."""
    stamp = _STAMP.match(text, ss, min(se, ss + 14)) if text[ss : ss + 1].isdigit() else None
    if stamp is not None:
        np = sentence_subject(text, stamp.end(), se, names_only=True)
        return np if np is not None and np.kind == "name" else None
    comma = text.find(", ", ss, min(se, ss + _FRONT_REACH))
    if text[ss : ss + 1] in _QUOTE_OPENERS:
        return None
    if comma < 0:
        return _role_led_subject(text, ss, se)
    ing = _ing_name(text, ss, se)
    if ing is not None:
        return ing  # "Boeing is one of the companies …, and confirmed that …"
    named = _relation_named(text, ss, comma, se)
    if named is not None:
        return named  # "Steenburgen's son, filmmaker Charlie McDowell, also remembers …"
    first = text[ss : min(comma, ss + 12)].split(" ", 1)[0].lower()
    if first in _CONJUNCTIONS:
        # "But he told MPs the Lord Chancellor, Lord Falconer, was …": the word after it
        first = text[ss + len(first) + 1 : min(comma, ss + 24)].split(" ", 1)[0].lower()
    if first in _CLAUSE_OPENERS:
        return None  # "He invoked Lord Ram, Lord Shiva and …": a clause with its own subject
    if first in _SUBORDINATORS:
        # "As Mr Blinken left Washington, he said …": the clause's subject is who "he" is
        np = sentence_subject(text, ss + len(first) + 1, comma, names_only=True)
        if np is not None and np.kind == "name":
            return np
    after = role_led_name(text, comma + 2, se)  # "Once again, former President Donald Trump …"
    if text[after : after + 1].islower():
        # "For our new series, travel editor Ann Lowry told us …": a role in lower case and the
        # name right after it (never "…, the minister noted", with no name)
        return _role_then_name(text, after, se)
    if not text[after : after + 1].isupper():
        return None
    np = sentence_subject(text, after, se, names_only=True)
    if np is None:
        # "With the sequel in production, Gosling has …": after the fronted phrase's comma a lone
        # capitalised word before its verb is capitalised as a name, not as a sentence's opener
        return _lone_name_before_verb(text, after, se)
    if np.kind != "name" or np.start != after:
        return None
    return np


def _lone_name_before_verb(text: str, at: int, se: int) -> NP | None:
    """The one capitalised word at ``at`` when a finite verb follows it (``Gosling has``), else None."""
    words = text[at : min(se, at + 60)].split(" ", 2)
    if len(words) < 2:
        return None
    word = words[0]
    if not (word.isalpha() and word[:1].isupper() and word[1:].islower()) or word in pat.STOP_CAPS:
        return None
    if word.lower() in _CLAUSE_OPENERS or not finite_verb(words[1]):
        return None
    return NP(at, at + len(word), "name")


def _role_then_name(text: str, at: int, se: int, verb: bool = True) -> NP | None:
    """The name right after a lower-case role word at ``at`` and at most two lower-case modifiers
    before it (``travel editor Ann Lowry``, ``state senator Ada Lee``), when the name is followed
    by a lower-case word (its verb; not needed without ``verb``); else None. One bounded split."""
    words = text[at : min(se, at + 60)].split(" ", 4)
    for i, w in enumerate(words[:3]):
        low = w.lower()
        if not w.isalpha() or not w.islower() or low in _PREPOSITIONS or low in pat.DETERMINERS:
            return None
        if low in _AUXILIARIES or (low.endswith("ed") and low not in _SUBJECT_ROLES):
            return None  # "…, told party leader Jim Ross": a verb leads an object, not a subject
        role = low in _SUBJECT_ROLES or low in EXTRA_ROLES
        if role and i + 1 < len(words) and words[i + 1][:1].isupper():
            start = at + len(" ".join(words[: i + 1])) + 1
            m = _NAME_RUN.match(text, start, min(se, start + 60))
            if m is None or " " not in m.group():
                return None
            if verb and not text[m.end() + 1 : m.end() + 2].islower():
                return None
            return NP(m.start(), m.end(), "name")
    return None


def descriptor_led_name(text: str, ss: int, se: int) -> NP | None:
    """The name after a capitalised descriptor opening the sentence at ``ss`` (``Popular drinking
    hole The Idle Hour will be closing``, ``Local bakery Crumbs has …``): one to three lower-case
    words after the opener, then a capitalised run followed by a lower-case word (its verb);
    else None. One bounded split."""
    words = text[ss : min(se, ss + 80)].split(" ", 5)
    if len(words) < 3 or not words[0].isalpha() or not words[0][:1].isupper():
        return None
    i = 1
    while i < len(words) - 1 and i <= 3 and words[i].isalpha() and words[i].islower():
        if words[i] in _PREPOSITIONS or words[i] in pat.DETERMINERS or words[i] in _AUXILIARIES:
            return None  # ("Distraught pub groups have slammed …": a verb, no name after them)
        i += 1
    if i == 1 or not words[i][:1].isupper():
        return None
    start = ss + len(" ".join(words[:i])) + 1
    m = _NAME_RUN.match(text, start, min(se, start + 60))
    if m is None or not text[m.end() + 1 : m.end() + 2].islower() or text[m.end() : m.end() + 1] != " ":
        return None
    return NP(m.start(), m.end(), "name")


def _ing_name(text: str, ss: int, se: int) -> NP | None:
    """A one-word name ending in ``-ing`` that opens the sentence at ``ss`` and is followed by an
    auxiliary or a past tense (``Boeing is``, ``Xining has``), which a reader of fronted
    participles (``Calling Azerbaijan …,``) leaves aside; else None."""
    head = text[ss : min(se, ss + 40)].split(" ", 2)
    if len(head) < 2 or not head[0].endswith("ing") or not head[0][:1].isupper() or not head[0].isalpha():
        return None
    nxt = head[1]
    if nxt not in _AUXILIARIES and not (nxt.islower() and nxt.endswith("ed")):
        return None
    return NP(ss, ss + len(head[0]), "name")


def _relation_named(text: str, ss: int, comma: int, se: int) -> NP | None:
    """The name an appositive gives a possessed relation or role opening the sentence at ``ss``
    (``Steenburgen's son, filmmaker Charlie McDowell (…), also remembers``, ``Her husband, Ray
    Lane, said``), the relation ending at ``comma``; else None."""
    words = text[ss:comma].split()
    if not 2 <= len(words) <= 4 or words[-1].lower() not in _ROLE_OR_RELATION:
        return None
    owner = words[0]
    if not owner.endswith(("'s", "’s")) and owner.lower() not in {"his", "her", "their", "its"}:
        return None
    at = comma + 2
    for _ in range(3):  # role words before the name ("filmmaker", "former adviser")
        if not text[at : at + 1].islower():
            break
        space = text.find(" ", at, min(se, at + 24))
        if space < 0 or text[at:space].lower() not in _ROLE_OR_RELATION | EXTRA_ROLES | _ROLE_MODIFIERS:
            return None
        at = space + 1
    m = _NAME_RUN.match(text, at, min(se, at + 60))
    if m is None or text[m.end() : m.end() + 2] not in {", ", " ("}:
        return None
    return NP(m.start(), m.end(), "name")


def _role_word_after(text: str, at: int) -> bool:
    """Whether a lower-case role word follows ``at`` and a capital after it (``Presumptive
    Democratic White House nominee Joe Biden``): the capitalised run before it only qualifies the
    role, and the subject is the name after it."""
    if text[at : at + 1] != " ":
        return False
    word = text[at + 1 : at + 24].split(" ", 1)[0]
    low = word.lower()
    return (
        word[:1].islower()
        and (low in _SUBJECT_ROLES or low in EXTRA_ROLES)
        and text[at + 2 + len(word) : at + 3 + len(word)].isupper()
    )


def _role_led_subject(text: str, ss: int, se: int) -> NP | None:
    """A name after a role word opening the sentence, with no preposition before it (``Freshly
    inducted party leader Manish Kashyap also used …``; not ``Training guns on Prime Minister
    Narendra Modi …``), else None."""
    head = text[ss : min(se, ss + _FRONT_REACH)]
    words = head.split(" ")
    for i, w in enumerate(words[:8]):
        low = w.lower()
        if low in _PREPOSITIONS or not w or w[-1] in ",;:":
            return None
        if not w[:1].islower():
            continue
        role = low in _SUBJECT_ROLES or low in EXTRA_ROLES  # ("Wild defenseman Ryan Suter")
        if not role and low not in _ROLE_MODIFIERS and not low.endswith(("ly", "ed")):
            return None  # "Scott told party leader Jim Ross": a verb first, the name is its object
        if role and i + 1 < len(words) and words[i + 1][:1].isupper():
            at = ss + len(" ".join(words[: i + 1])) + 1
            m = _NAME_RUN.match(text, at, min(se, at + 60))
            return NP(m.start(), m.end(), "name") if m is not None else None
    return None


# Role words that stand right before the name of a sentence's subject ("party leader Manish Kashyap")
_SUBJECT_ROLES = frozenset(
    {"leader", "minister", "spokesperson", "spokesman", "spokeswoman", "organiser", "organizer", "chief",
     "director", "president", "chairman", "chairwoman", "chair", "founder", "secretary", "mp", "mla",
     "senator", "governor", "mayor", "councillor", "lawyer", "analyst", "economist", "professor",
     "executive", "officer", "official", "adviser", "advisor", "coach", "captain", "manager", "actor",
     "actress", "singer", "author", "activist", "researcher", "scientist", "expert", "head", "editor"}
)  # fmt: skip

# Lower-case words that may stand before a role in a subject ("former party leader")
_ROLE_MODIFIERS = frozenset(
    {"former", "senior", "deputy", "party", "opposition", "union", "state", "local", "veteran", "new",
     "then", "acting", "top", "junior", "assistant", "vice", "company", "government", "club", "team"}
)  # fmt: skip

_PREPOSITIONS = frozenset(
    {"on", "in", "at", "to", "with", "for", "of", "by", "from", "about", "against", "after", "before",
     "into", "over", "under", "between", "like", "than", "and", "or", "but", "as"}
)  # fmt: skip

_QUOTE_OPENERS = frozenset("\"“‘'«„")

# Words opening a fronted clause whose subject the main clause's pronoun refers to
_SUBORDINATORS = frozenset({"as", "when", "after", "while", "before", "since", "although", "though", "once"})

_SUB_CAPS = frozenset(w.capitalize() for w in _SUBORDINATORS)

# Conjunctions that may open a sentence before its subject ("But he told …")
_CONJUNCTIONS = frozenset({"but", "and", "yet", "so", "or"})

_SUBJECT_PRONOUNS = frozenset({"he", "she", "they", "it", "we", "i"})


# A dateline before the lede's subject: "SAN FRANCISCO (AP) - ", "LONDON, Nov 21 (Reuters) — "
_DATELINE = deferred_regex(
    r"[A-Z][A-Z.'-]{1,20}+(?:[ ][A-Z][A-Z.'-]{1,20}+){0,3}+(?:,[ ][\w .]{1,20}+)?+"
    r"(?:[ ]\([A-Za-z .]{1,20}+\))?+[ ]?+[-—–:][ ]"
)


def _past_dateline(text: str, ss: int, se: int) -> int:
    """Where the sentence at ``ss`` starts after a dateline (``SAN FRANCISCO (AP) - Harbourline
    Power began …``: the subject is the company, not the city) or the space left where one was
    cut; ``ss`` when there is none."""
    if text[ss : ss + 1] == " ":
        return ss + 1  # (a paragraph whose dateline the furniture rule took starts after it)
    if not text[ss : ss + 2].isupper():
        return ss  # (a cheap test first: a dateline opens with two capitals)
    m = _DATELINE.match(text, ss, min(se, ss + 90))
    return m.end() if m is not None else ss


def _pronoun_led(text: str, ss: int) -> bool:
    """Whether the sentence at ``ss`` opens with a subject pronoun, after a conjunction or not
    (``But he told MPs the Lord Chancellor, Lord Falconer, was …``): it names no new subject,
    whatever name its clause mentions."""
    words = text[ss : ss + 16].split(" ", 2)
    first = words[0].lower()
    if first in _CONJUNCTIONS and len(words) > 1:
        first = words[1].lower()
    return first in _SUBJECT_PRONOUNS


# First words of a sentence whose subject comes first: what follows its first comma is not the subject
_CLAUSE_OPENERS = frozenset(
    {"he", "she", "they", "it", "we", "i", "you", "this", "that", "these", "those", "there", "his", "her",
     "their", "its", "the", "a", "an"}
)  # fmt: skip


def person_after(st: State, pos: int, names: NameTable) -> str | None:
    """The first sentence subject naming a person in the two paragraphs after ``pos`` (cataphora)."""
    pi = bisect.bisect_right(st.para_starts, pos) - 1
    for pj in range(pi + 1, min(pi + 3, len(st.paras))):
        pe = st.paras[pj][1]
        starts = st.starts(pj)
        for k in range(min(len(starts), 16)):
            ss = starts[k]
            if names.evidence.quoted_at(ss):
                continue
            np = subject_name(st, ss, starts[k + 1] if k + 1 < len(starts) else pe)
            if np is not None:
                resolved = names.resolve(np)
                if resolved is not None and names.person_like(resolved, np):
                    return resolved
    return None


# Documents that speak for whoever issued them ("the memo asserted", "the note added")
_ISSUED_DOCUMENTS = frozenset(
    {"memo", "note", "report", "statement", "letter", "release", "filing", "study", "survey",
     "document", "notice", "circular", "order", "advisory", "analysis", "assessment", "review",
     # court papers and posts speak for whoever filed or published them ("an affidavit from the
     # FBI … the affidavit said"; a "timeline" or "record" is evidence the article reads, whose
     # "says" the annotation leaves unattributed)
     "affidavit", "complaint", "indictment", "lawsuit", "petition", "motion", "email", "post",
     "bulletin", "announcement", "presentation", "briefing", "update"}
)  # fmt: skip

# Determiners of a document that the sentence itself introduces ("Harbour Bank released a
# report that said …", "The WSJ published a bombshell report, which said …")
_INDEFINITE = frozenset({"a", "an", "A", "An"})


def heading(st: State, pi: int) -> bool:
    """Whether paragraph ``pi`` is a short line without sentence punctuation (a subhead)."""
    ps, pe, _ = st.paras[pi]
    return pe - ps <= 70 and st.text[pe - 1] not in _SENTENCE_ENDS


_SENTENCE_ENDS = frozenset(".!?:\"”’'),")


def _governing_subject(st: State, raw: Raw, names: NameTable) -> str | None:
    """The named subject of the sentence a cue-less direct quote opens inside (after a lower-case
    word: ``Benioff introduced Cook to the audience as “someone who …”``), else None."""
    text = st.text
    before = text[max(0, raw.start - 24) : raw.start]
    if not before.endswith(" ") or not before.rstrip().rsplit(" ", 1)[-1].isalpha():
        return None
    if not before.rstrip().rsplit(" ", 1)[-1].islower():
        return None
    pi = bisect.bisect_right(st.para_starts, raw.start) - 1
    if pi < 0:
        return None
    starts = st.starts(pi)
    k = bisect.bisect_right(starts, raw.start) - 1
    if k < 0 or starts[k] >= raw.start or raw.start - starts[k] > _GOVERNED_REACH:
        return None
    ss = starts[k]
    if any(c in text[ss : raw.start] for c in _QUOTE_OPENERS):
        return None  # another quote opens before it in the sentence: its attribution rules
    np = subject_name(st, ss, raw.start)
    if np is None or np.end > raw.start:
        return None
    name = names.resolve(np)
    return name if name is not None and names.is_person(name, np) else None


_GOVERNED_REACH = 300
"""How far into its sentence a cue-less quote may open and still be its subject's words."""


def _adjective_opener(text: str, np: NP) -> bool:
    """Whether a one-word name read as a subject is an adjective before a lower-case noun
    (``Distraught pub and hotel groups have …``): the next word is no verb, auxiliary or adverb."""
    if np.kind != "name" or " " in text[np.start : np.end] or given_sex(text[np.start : np.end]):
        return False
    if text[np.end : np.end + 1] != " ":
        return False
    nxt = text[np.end + 1 : np.end + 24].split(" ", 1)[0]
    if not nxt.isalpha() or not nxt.islower() or nxt in _AUXILIARIES:
        return False
    return not nxt.endswith(("ed", "s", "ly"))


# Words that follow a one-word subject name ("Smith has", "Lee will"): a verb, so a name
_AUXILIARIES = frozenset(
    {"has", "had", "have", "is", "was", "were", "are", "will", "would", "can", "could", "may", "might",
     "must", "should", "shall", "did", "does", "do", "said", "told", "wrote", "also", "then", "now",
     "later", "once", "never", "still", "too", "himself", "herself", "itself", "went", "got",
     "made", "took", "gave", "came", "saw", "put", "set", "let", "met", "led", "won", "lost", "left",
     # irregular past tenses, which end in none of -ed/-s/-ly ("Morrison began the crisis insisting …")
     "began", "became", "brought", "bought", "built", "caught", "chose", "drew", "drove", "fell",
     "felt", "fought", "found", "flew", "forgot", "grew", "heard", "held", "kept", "knew", "meant",
     "ran", "rose", "sent", "spoke", "spent", "stood", "struck", "swore", "taught", "thought", "threw",
     "understood", "wore", "sought", "sat", "shook", "hit", "quit", "read", "paid", "sold"}
)  # fmt: skip


def _lead_in_subject(st: State, start: int, floor: int, names: NameTable) -> str | None:
    """The person the sentence right before a quote inside a paragraph is about (``Party leader
    Manish Kashyap also poked fun at them. “For the first time, …”``), when that sentence ends
    where the quote opens and starts after ``floor``; else None."""
    pi = bisect.bisect_right(st.para_starts, start) - 1
    if pi < 0 or st.para_starts[pi] >= start:
        return None
    text = st.text
    end = _rstrip_ws(text, st.para_starts[pi], start)
    if text[end - 1 : end] not in {".", ":"}:
        return None  # the quote is inside its sentence ("He called it “a farce”")
    starts = st.starts(pi)
    k = bisect.bisect_left(starts, end) - 1
    if k < 0 or starts[k] <= floor or names.evidence.quoted_at(starts[k]):
        return None
    if text[end - 1] == ":" and _FROM_SOURCE.search(text, starts[k], end) is not None:
        # "The remark drew a statement from Ravi Menon, chairman of …: “…”": the one it is from
        sourced = _source_named(st, starts[k], end, names)
        if sourced is not None:
            return sourced
    np = subject_name(st, starts[k], end)
    if np is None or not any(w[:1].islower() for w in text[np.end : end].split()[:3]):
        return None  # no verb after the name ("Watch Live: “…”" is a label)
    resolved = names.resolve(np)
    return resolved if resolved is not None and names.person_like(resolved, np) else None


# What someone issues, named with whom it is from ("a statement from", "a sharp reply from")
_FROM_SOURCE = deferred_regex(
    r"\b(?:statement|reply|response|reaction|message|comment|rebuttal|retort|rebuke|warning|note"
    r"|letter|post|tweet)[ ]from[ ]"
)


def _source_named(st: State, ss: int, end: int, names: NameTable) -> str | None:
    """The person or body named right after the last ``statement from`` of the lead-in sentence
    ``[ss, end)`` (after a lower-case role: ``a reply from union leader Ann Price``), else None."""
    text = st.text
    last = None
    for m in _FROM_SOURCE.finditer(text, ss, end):
        last = m
    if last is None:
        return None
    at = last.end()
    np = _role_then_name(text, at, end, verb=False) if text[at : at + 1].islower() else None
    if np is None:
        run = _NAME_RUN.match(text, at, end)
        if run is None:
            return None
        np = NP(run.start(), run.end(), "name")
    resolved = names.resolve(np)
    return (
        resolved
        if resolved is not None and (names.person_like(resolved, np) or names.is_org_word(resolved))
        else None
    )


def _rstrip_ws(text: str, lo: int, hi: int) -> int:
    """``hi`` moved back over white space, not below ``lo``."""
    while hi > lo and text[hi - 1].isspace():
        hi -= 1
    return hi


def _run_opener(st: State, start: int, floor: int, names: NameTable) -> str | None:
    """The person the sentences before a paragraph-opening quote are about (the paragraph before)."""
    pi = bisect.bisect_right(st.para_starts, start) - 1
    if pi <= 0 or st.para_starts[pi] != start:
        return None
    ps, pe, _ = st.paras[pi - 1]
    end = _rstrip_ws(st.text, ps, pe)
    if st.text[end - 1 : end] == ":" and ps > floor and _FROM_SOURCE.search(st.text, ps, end) is not None:
        # "The remark drew a reply from Ravi Menon:" closing the paragraph before the quote
        sourced = _source_named(st, ps, end, names)
        if sourced is not None:
            return sourced
    found = person_before(st, start, max(st.para_starts[pi - 1] - 1, floor), names)
    return found[1] if found is not None else None
