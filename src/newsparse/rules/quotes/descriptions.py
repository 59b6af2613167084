"""How an article refers back to a person by role or description: ``the minister``, ``the
Real Madrid coach``, ``the 56-year-old``, ``the Spaniard``, ``a source close to the inquiry``.

:class:`Descriptions` reads a speaker phrase as a role (its head and modifiers), tells an unnamed
person from a named one, and finds the person a role stands for: someone the article titled so
(``Finance Minister Chen Wei`` for ``the minister``), introduced with an affiliation (``Real Madrid
coach Carlo Rossi`` for ``the Real Madrid coach``), described next to their name (``actor Ann Lee``,
``Ann Lee, 56,``), else the current person. Every look-up is bounded (a few ``str.find`` calls per
role or person, cached per article), so resolution stays linear.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from newsparse.rules.quotes import patterns as pat
from newsparse.rules.quotes.epithets import TITLE_ABBREVIATIONS, nationality
from newsparse.rules.quotes.hints import NAME_RUN as _NAME_RUN
from newsparse.rules.quotes.organisations import ORG_DESCRIPTIONS
from newsparse.rules.quotes.phrases import _AGE, _WORD_STRIP, NP, _abbrev_dot
from newsparse.text.lazy import deferred_regex

if TYPE_CHECKING:
    from newsparse.rules.quotes.speakers import NameTable, Persons

__all__ = ["Descriptions", "affiliated", "epithet"]

# "A division bench of", "a three-judge panel comprising": the names that follow are the speakers
_BENCH = deferred_regex(
    r"^(?:[Aa]|[Tt]he)[ ](?:(?!bench|panel)[\w-]{1,20}+[ ]){0,2}+(?:bench|panel)[ ](?:of|comprising)[ ]"
)

# Modifiers of a past or lasting status: "the former India all-rounder" tells the reader about
# the person just named (elegant variation), rather than pointing at whoever holds the role now.
_BACKGROUND = frozenset(
    {"former", "ex", "retired", "veteran", "one-time", "onetime", "erstwhile", "longtime"}
)

_EPITHET_WINDOW = 1500
"""How far back (characters) ``the actor`` / ``the 56-year-old`` looks for the name it describes."""

_EPITHET_HITS = 8
"""How many mentions of the describing word that look-back reads."""

# Words after a role that say whom the person works for ("a spokesperson for the ministry")
_OF_WHOM = frozenset({"for", "of", "at", "from", "with"})

# Public offices a description names (`the minister`): never someone the article introduced
# with a role that is no office ("Opposition leader Dinkar Patole", "lawyer Ann Lee")
_OFFICES = frozenset(
    {"minister", "president", "governor", "mayor", "senator", "premier", "chancellor", "secretary",
     "commissioner", "ambassador", "judge", "prosecutor", "councillor", "mp", "mla", "congressman",
     "congresswoman", "representative", "attorney-general"}
)  # fmt: skip

# Endings of a title for an office about to be held ("President-elect", "Premier-designate"):
# the bare office names the same person
_PENDING_OFFICE = ("-elect", "-designate")

# Roles that speak for someone else or stay unnamed: never merely the current person
_VOICES = frozenset({"spokesperson", "spokesman", "spokeswoman", "source", "insider", "aide"})

# Possessive determiners of a role that points back ("his lawyer", "her spokesman")
_POSSESSIVES = frozenset({"his", "her", "their"})

# Roles that stay unnamed even when someone else holding them was named ("his source")
_VOICES_UNNAMED = frozenset({"source", "sources", "insider", "friend"})

# Heads after a nationality that name a group or a thing, not a person ("the Australian side")
_NOT_PEOPLE = frozenset(
    {"side", "squad", "outfit", "delegation", "administration", "embassy", "army", "navy", "public",
     "economy", "market", "state", "capital", "city", "country", "nation", "parliament", "cabinet",
     "leadership", "camp", "federation", "board", "regulator", "watchdog", "military", "force"}
)  # fmt: skip

_NOT_MOD = frozenset({"of", "and", "or", "a", "an", "the", "at", "in", "for", "with", "to", "by", "from"})


class Descriptions:
    """The roles and descriptions of one article's speaker phrases, read against its names."""

    def __init__(self, names: NameTable) -> None:
        self.names = names
        self._titled: dict[str, set[str]] | None = None
        self._role_cands: dict[frozenset[str], tuple[list[str], frozenset[str]]] = {}
        self._held: dict[str, frozenset[str]] = {}  # see held_roles()
        self._before: dict[tuple[str, str], bool] = {}  # see _in_use_before()

    def needs_person(self, np: NP, written: str) -> bool:
        """Whether resolving ``written`` needs the last named person (``he``, ``the minister``)."""
        if np.kind == "pron":
            low = written.lower()
            return pat.OBJECT_PRONOUNS.get(low, low) in {"he", "she"}  # "prompted him to say"
        if np.kind == "desc" or np.kind == "name":
            return self.role_phrase(written) is not None
        return False

    def role_phrase(self, written: str) -> tuple[str, list[str]] | None:
        """``the former minister`` / ``the Labour MP`` / ``Chief Minister``: (head role, modifiers) or None.

        ``the`` plus at most two modifiers (no possessive, no digits) plus a role word or an age, or a
        title phrase without ``the`` made only of title words and ending in a role (``Chief Minister``).
        """
        return _read_role_phrase(self.names, written)

    def is_role(self, written: str) -> bool:
        """Whether ``written`` refers back to a person by role (``The MP``, ``the former minister``)."""
        return self.role_phrase(written) is not None

    def unnamed_person(self, written: str) -> bool:
        """Whether ``written`` describes one unnamed person (``the company's lawyer``, ``a source``,
        ``a spokesperson for the Colleges Association``: the words before ``for``/``of``/``at``)."""
        words = written.split()
        roles = self.names.ex.vocab.roles  # (the rule's table: "the adviser" stays a description)
        for i, w in enumerate(words[2:6], 2):
            if w in _OF_WHOM or (w.islower() and w.isalpha() and words[i - 1].lower() in roles):
                # "a spokesperson for …", "a source close to the inquiry", "a pilot involved in
                # the search": who they speak for, or what they do, is not who they are
                words = words[:i]
                break
        if not 2 <= len(words) <= 4 or words[0].lower() not in pat.DETERMINERS:
            return False
        return any(w.lower().strip(_WORD_STRIP) in roles for w in words[1:])

    def _written_as(self, person: str, role: str) -> bool:
        """Whether the article writes ``role`` right before ``person`` (``minister S. Jaishankar``,
        in lower case too, which the capitalised title table does not see)."""
        return any(self.names.evidence.find(f"{r} {person}") >= 0 for r in (role, role.capitalize()))

    def titled(self) -> dict[str, set[str]]:
        """Each full name the article writes after title words, with those words in lower case."""
        if self._titled is None:
            self._titled = {}
            titles = self.names.ex.vocab.titles
            for run in self.names.runs():
                words = run.split()
                name = self.names.strip_titles(words)
                written_last = words[-1].strip(_WORD_STRIP)
                if written_last.endswith(("'s", "’s")):
                    written_last = written_last[:-2]  # "President Trump's advisers"
                if not 1 <= len(name) <= 4 or name[-1] != written_last:
                    continue
                lead = words[: len(words) - len(name)]
                if len(name) == 1 and not any(w in titles for w in lead):
                    continue  # "President Trump": a surname alone counts after a title only
                if lead:
                    found = {w.lower().strip(".") for w in lead}
                    # "Gov. Eric Holcomb" is who "the governor" stands for
                    found |= {TITLE_ABBREVIATIONS[w] for w in found if w in TITLE_ABBREVIATIONS}
                    # "President-elect Ann Lee" is who "the president" stands for too
                    found |= {w[: -len(end)] for w in found for end in _PENDING_OFFICE if w.endswith(end)}
                    self._titled.setdefault(" ".join(name), set()).update(found)
        return self._titled

    def describe(self, written: str, last_person: str | None, persons: Persons, pos: int = -1) -> str:
        """The person ``written`` (``the minister``, ``the 56-year-old``, ``the actor``) stands for,
        or ``written`` itself: someone the article titled so, else the person it described so
        next to their name before ``pos`` (:meth:`epithet`), else the last named person.

        A role with an affiliation (``the Real Madrid coach``, ``the Labour leader``) is only ever
        someone introduced with it (:func:`affiliated`), or with the bare role and no other
        affiliation (``Local MP Hassan Qureshi`` … ``the Labour MP``), never merely the last person."""
        if _BENCH.match(written):
            return self.names.resolve_text(written) or written
        found = self.role_phrase(written)
        if found is None:
            return _possessed_role(self.names, written, pos) or written
        head, mods = found
        titles = self.names.ex.vocab.titles
        # "the Chief Minister": capitalised title modifiers must match a title the article gave someone
        strict = any(m[:1].isupper() and m in titles for m in mods) or written.split()[0].lower() != "the"
        aged = _AGE.fullmatch(head) is not None
        # (a nationality describes the person, as "former" does: "the German chancellor" is not
        # "the Real Madrid coach", whom the article must have introduced so)
        affiliation = [m for m in mods if m[:1].isupper() and m not in titles and not nationality(m)]
        background = any(m.lower() in _BACKGROUND for m in mods)
        if affiliation and not aged and not strict and not background:
            found_person = _affiliated_person(self.names, head, mods, affiliation, last_person, persons, pos)
            return found_person or written
        titled = None if aged else self.titled_as(head, mods, last_person, persons)
        if titled is not None:
            return titled
        if pos >= 0 and not strict:
            described = epithet(self.names, head, pos)
            if described is not None:
                return described
        if strict or last_person is None:
            return written
        held = self.held_roles(last_person) if head in _OFFICES else frozenset()
        if held and head not in held and held.isdisjoint(_OFFICES) and not background:
            # "Opposition leader Dinkar Patole …. The minister insisted …": the person just named
            # was given a role that is no office, so the minister is someone else (but "the
            # former mayor" tells of the past of whoever is named, "billionaire Ann Lee" too)
            return written
        if head in _VOICES and not (self.names.is_org_word(last_person) or self.unnamed_person(last_person)):
            # "the spokesperson noted" with no spokesperson introduced, after a person: someone
            # else, unnamed (after "a spokesperson of the NIA" the NIA still speaks, after "a
            # source close to …" the source)
            return written
        if head not in _OFFICES and self._in_use_before(head, last_person):
            # "The patient went to his doctor. … Dr Owen Dempsey … “…,” the patient wrote": the
            # article was already calling someone "the patient" before it named the current
            # person, so the description is that other, unnamed person
            return written
        return last_person

    def _in_use_before(self, head: str, person: str) -> bool:
        """Whether the article writes ``the HEAD`` (or ``-old HEAD``, ``the 43-year-old man``)
        before its first mention of ``person``: the description has a referent of its own.
        A few bounded look-ups, once per head and person."""
        key = (head, person)
        found = self._before.get(key)
        if found is None:
            evidence = self.names.evidence
            first = evidence.find(person)
            if first < 0:
                first = evidence.find(person.rsplit(" ", 1)[-1])
            text = self.names.ex.text
            hits = (
                _word_before(evidence.find, text, n, first)
                for n in (f"the {head}", f"The {head}", f"-old {head}")
            )
            # (in an earlier sentence: "The leader of Ennahda, Rachid Ghannouchi," introduces him)
            found = any(at >= 0 and _sentence_break(text, at, first) for at in hits)
            self._before[key] = found
        return found

    def same_role(self, written: str, person: str) -> bool:
        """Whether the role of ``written`` (``the former minister``) is an office, or one the
        article gave ``person`` next to their name (``actor Ann Lee``)."""
        found = self.role_phrase(written)
        if found is not None:
            head = found[0]
        elif self.lead_office(written.lower()):
            head = written.rsplit(" ", 1)[-1].strip(_WORD_STRIP).lower()
        else:
            return True  # ("his wife", "the company's lawyer": no role head to compare)
        return head in _OFFICES or head in self.held_roles(person) or _AGE.fullmatch(head) is not None

    def only_titled(self, written: str) -> str | None:
        """The one person the article writes after the office that ends ``written`` (``Interior
        Minister Wolfgang Peschorn`` for ``Austria's interior minister``), else None (no office,
        nobody titled so, or several)."""
        head = written.rsplit(" ", 1)[-1].strip(_WORD_STRIP).lower()
        if head not in _OFFICES:
            return None
        listed = [p for p, words in self.titled().items() if head in words]
        return listed[0] if len(listed) == 1 else None

    def lead_office(self, low: str) -> bool:
        """Whether ``low`` (lower case) is an office described by a determiner or a possessive and
        up to three words (``a home office minister``, ``the uk's top judge``): who a lead's
        speaker may be before the article names them."""
        words = low.split()
        if not 2 <= len(words) <= 5 or words[0] not in {"a", "an", "the"}:
            return False
        return words[-1].strip(_WORD_STRIP) in _OFFICES and _NOT_MOD.isdisjoint(words[1:])

    def held_roles(self, person: str) -> frozenset[str]:
        """The role words the article writes right before its first mention of ``person``
        (``Opposition leader Dinkar Patole`` → ``leader``) and the titles it gave them, in lower
        case; looked up once per person."""
        found = self._held.get(person)
        if found is None:
            roles = self.names.roles
            words = set(self.titled().get(person, ()))
            at = self.names.evidence.find(person)
            if at > 0:
                text = self.names.ex.text
                words.update(w.strip(_WORD_STRIP).lower() for w in text[max(0, at - 40) : at].split()[-3:])
            found = self._held[person] = frozenset(w for w in words if w in roles)
        return found

    def titled_as(self, head: str, mods: list[str], last_person: str | None, persons: Persons) -> str | None:
        """The person the article wrote ``head`` (and the title words among ``mods``) before:
        the current person when they are one, else the latest of them, else None."""
        titles = self.names.ex.vocab.titles
        need = {head} | {m.lower() for m in mods if m[:1].isupper() and m in titles}
        key = frozenset(need)
        found_cands = self._role_cands.get(key)
        if found_cands is None:  # once per role: the work stays linear in the article
            listed = [p for p, ws in self.titled().items() if need <= ws]
            found_cands = self._role_cands[key] = (listed, frozenset(listed))
        cands, cand_set = found_cands
        if last_person is not None and (last_person in cand_set or self._written_as(last_person, head)):
            return last_person  # "External affairs minister S. Jaishankar … the minister noted"
        if cands:
            return persons.latest_of(cands, cand_set)
        return None


def _read_role_phrase(names: NameTable, written: str) -> tuple[str, list[str]] | None:
    """:meth:`Descriptions.role_phrase`: the head role and modifiers of ``written``, read against
    the article's ``names`` (its roles, organisations and titles), or None."""
    words = written.split()
    if not 2 <= len(words) <= 4:
        return None
    head_word = words[-1].strip(_WORD_STRIP)
    head = head_word.lower()
    if "-of-" in head:
        head = head.split("-of-", 1)[0]  # "the mother-of-two", "the father-of-three": the role
    aged_epithet = (
        len(words) == 3 and words[0].lower() == "the" and _AGE.fullmatch(words[1]) is not None
    )  # "the 23-year-old Brazilian": an age makes any head an epithet
    # "the Spaniard added"; "The Australian batting powerhouse said": a nationality before
    # any singular noun that names no organisation describes a person
    national = words[0].lower() == "the" and (
        nationality(head_word)
        or (
            len(words) >= 3
            and any(nationality(w) for w in words[1:-1])
            and head_word.isalpha()
            and head_word.islower()
            and not head_word.endswith("s")
            and head_word.capitalize() not in names.orgs
            and head_word not in ORG_DESCRIPTIONS
            and head_word not in _NOT_PEOPLE
        )
    )
    roles = names.roles
    if head not in roles and _AGE.fullmatch(head) is None and not aged_epithet and not national:
        return None
    if aged_epithet:
        return head, []
    if words[0].lower() == "the":
        mods = words[1:-1]
        for w in mods:
            # (a number is no describing word, "the 15 officials"; a code written as a name is:
            # "the former F-16 pilot", "the G20 host")
            numeral = any(c.isdigit() for c in w) and not w[:1].isupper()
            if w.endswith(("'s", "’s", "s'")) or numeral or w.lower() in _NOT_MOD:
                return None
        return head, mods
    titles = names.ex.vocab.titles
    if len(words) <= 3 and head in names.roles and all(w in titles for w in words):
        return head, words[:-1]
    return None


def _possessed_role(names: NameTable, written: str, pos: int) -> str | None:
    """Who ``his lawyer`` / ``her spokesman`` is: the person last introduced with the role
    before ``pos`` (``Burton's lawyer, Dan Cole,``, ``lawyer Dan Cole``), else None."""
    words = written.split()
    if len(words) != 2 or words[0].lower() not in _POSSESSIVES or pos < 0:
        return None
    head = words[1].strip(_WORD_STRIP).lower()
    if head not in names.roles or head in _VOICES_UNNAMED:
        return None
    found = names.introduced.get(head)
    if found is None:
        found = names.introduced[head] = _introductions(names, head)
    before = [person for at, person in found if at < pos]
    return before[-1] if before else None


def _word_before(find: Callable[[str, int], int], text: str, needle: str, limit: int) -> int:
    """Where ``needle`` first occurs as whole words (no letter right after it) before ``limit``, or -1."""
    at = find(needle, 0)
    for _ in range(_EPITHET_HITS):
        if at < 0 or at >= limit:
            return -1
        end = at + len(needle)
        if end >= len(text) or not text[end].isalpha():
            return at
        at = find(needle, end)
    return -1


def _sentence_break(text: str, start: int, end: int) -> bool:
    """Whether a sentence ends in ``[start, end)``: a full stop after a lower-case letter, then a
    space or a line break (``Dr. Owen`` is no end). A few ``str.find`` calls."""
    for stop in (". ", ".\n", "\n"):
        at = text.find(stop, start, end)
        for _ in range(_EPITHET_HITS):
            if at < 0:
                break
            if stop == "\n" or (at > 0 and text[at - 1].islower()):
                return True
            at = text.find(stop, at + 1, end)
    return False


def epithet(names: NameTable, head: str, pos: int) -> str | None:
    """The person described by ``head`` (``actor``, ``56-year-old``) next to their name in the
    ``_EPITHET_WINDOW`` characters before ``pos``: ``actor Ann Lee``, ``the 56-year-old Ann
    Lee``, ``Ann Lee, 56,``, ``Ann Lee, a veteran actor,``. Quoted text is skipped; at most
    ``_EPITHET_HITS`` mentions of the word are read (a bounded look-back)."""
    text = names.ex.text
    age = _AGE.fullmatch(head) is not None
    needle = head.split("-", 1)[0] if age else head
    lo = max(0, pos - _EPITHET_WINDOW)
    hit = text.rfind(needle, lo, pos)
    for _ in range(_EPITHET_HITS):
        if hit < 0:
            return None
        names.work += 1
        if not names.evidence.quoted_at(hit):
            found = _described_at(names, hit, hit + len(needle), age)
            if found is not None:
                return found
        hit = text.rfind(needle, lo, hit)
    return None


def _affiliated_person(
    names: NameTable,
    head: str,
    mods: list[str],
    affiliation: list[str],
    last_person: str | None,
    persons: Persons,
    pos: int,
) -> str | None:
    """Who ``the <affiliation> <head>`` is: someone introduced so (:func:`affiliated`), the
    current person described so in other words, or someone given the bare role and no other
    affiliation; else None."""
    introduced = affiliated(names, " ".join(affiliation), head, pos, last_person)
    if introduced is None and head in _SHARED_ROLES:
        # "Wikileaks co-founder Julian Assange" … "the Wikileaks founder"
        introduced = affiliated(names, " ".join(affiliation), "co-" + head, pos, last_person)
    if introduced is not None:
        return introduced
    if last_person is not None and _described_near(names, last_person, head, affiliation):
        return last_person  # "Sen. Dwight Carrow, a Republican from Wyoming" … "the Wyoming Republican"
    plain = names.desc.titled_as(head, mods, last_person, persons)
    if (
        plain is None
        and last_person is not None
        and head not in _VOICES
        and (_unroled(names, last_person) or _formerly_roled(names, last_person))
    ):
        # "Hazel Blears said …, she told a Commons inquiry. “…,” the Salford MP told …": no one
        # was introduced with the role, and the current person was given no other role
        return last_person
    if plain is None or _other_affiliation(names, plain, head, affiliation[-1]):
        return None
    return plain


def _formerly_roled(names: NameTable, person: str) -> bool:
    """Whether the article first names ``person`` after a past role (``Former International
    Monetary Fund Chief Economist Kenneth Rogoff``, ``ex-minister Ann Lee``): the role they hold
    now is left for a description to tell (``the Harvard University professor``). One bounded
    look-back at the first mention."""
    text = names.ex.text
    at = names.evidence.find(person)
    if at < 0:
        return False
    stop = max(text.rfind(". ", max(0, at - _ROLE_REACH), at), text.rfind("\n", max(0, at - _ROLE_REACH), at))
    words = text[max(0, at - _ROLE_REACH, stop + 1) : at].split()
    if not words or words[-1].endswith(","):
        return False  # ("…, former minister, Ann Lee": an appositive of someone else)
    # the words right before the name: capitalised title or role words, led by a past marker
    run = []
    for w in reversed(words):
        bare = w.strip(_WORD_STRIP)
        if not bare or (not bare[:1].isupper() and bare.lower() not in _BACKGROUND and bare.lower() != "of"):
            break
        run.append(bare.lower())
    return any(w in _BACKGROUND or w.startswith("ex-") for w in run)


_ROLE_REACH = 80
"""How far before a name :func:`_formerly_roled` reads its title words."""


def _unroled(names: NameTable, person: str) -> bool:
    """Whether the article first names ``person`` without a title or role word right before
    the name (``Hazel Blears said``, not ``Defender Tom Baker``) and without an appositive."""
    text = names.ex.text
    at = names.evidence.find(person)
    if at < 0:
        return False
    before = text[max(0, at - 30) : at]
    words = before.split()
    # right before, in the same phrase ("In Why Ferries Fail, Tom Baker …": a fronted title
    # closed by its comma is no title of the name)
    adjacent = before.endswith(" ") and not before.endswith(", ")
    word = words[-1].strip(_WORD_STRIP) if words and adjacent else ""
    if word[:1].isupper() or word.lower() in names.roles:
        return False  # a title, or a capitalised word of the name's run ("Defender Tom Baker")
    end = at + len(person)
    return not text.startswith(", ", end)  # ("Tom Baker, the club's captain,": a role after it)


# Roles a "co-" role is also written as ("co-founder" → "the founder")
_SHARED_ROLES = frozenset(
    {"founder", "chair", "chairman", "chairwoman", "host", "owner", "author", "director"}
)

_INTRODUCED_HITS = 16
"""How many mentions of one affiliated role (``Real Madrid coach``) :func:`affiliated` reads."""


def affiliated(
    names: NameTable, affiliation: str, head: str, pos: int, current: str | None = None
) -> str | None:
    """The person the article introduced as ``affiliation`` + ``head`` before ``pos``: ``Real
    Madrid coach Carlo Rossi`` or ``Carlo Rossi, the Real Madrid coach,`` for ``the Real Madrid
    coach`` (``Coach`` too); the ``current`` speaker when they are one of them (two Congress
    leaders named: the one being quoted), else the last introduced; None when no one was, even
    if another club's coach was named.

    The mentions are found once per role written, at most ``_INTRODUCED_HITS`` of them (a lead
    introduces people early, so the look-up reads the whole article but stays linear)."""
    role = f"{affiliation} {head}"
    found = names.introduced.get(role)
    if found is None:
        found = names.introduced[role] = _introductions(names, role)
    before = [person for at, person in found if at < pos]
    if current is not None and current in before:
        return current
    return before[-1] if before else None


_NEAR = 60
"""How many characters after a mention of a person :func:`_described_near` reads."""

_NEAR_HITS = 4
"""How many mentions of the person :func:`_described_near` reads."""


def _described_near(names: NameTable, person: str, head: str, affiliation: list[str]) -> bool:
    """Whether a mention of ``person`` is followed, within its sentence, by the role ``head`` and
    every affiliation word (``Dwight Carrow, a Republican from Wyoming``): the article introduced
    them with that role in other words (once per person and role)."""
    key = (person, head, " ".join(affiliation))
    found = names.near.get(key)
    if found is None:
        found = names.near[key] = _near_mention(names, person, head, affiliation)
    return found


def _near_mention(names: NameTable, person: str, head: str, affiliation: list[str]) -> bool:
    """The look-up :func:`_described_near` caches: the first ``_NEAR_HITS`` mentions read."""
    text, find = names.ex.text, names.evidence.find  # (budgeted whole-text look-ups)
    hit = find(person)
    for _ in range(_NEAR_HITS):
        if hit < 0:
            return False
        names.work += 1
        end = hit + len(person)
        after = text[end : end + _NEAR]
        # (the sentence ends at a full stop or at its paragraph's end: "Tom Baker replied.\n
        # Speaking …, the Labour MP said" describes no one in the line of the name)
        stops = [at for at in (after.find(". "), after.find("\n")) if at >= 0]
        after = after[: min(stops)] if stops else after
        if head in after.lower() and all(w in after for w in affiliation):
            return True
        hit = find(person, end)
    return False


def _other_affiliation(names: NameTable, person: str, head: str, affiliation: str) -> bool:
    """Whether the article introduced ``person`` with a proper name before their role that is
    not ``affiliation`` (``Barcelona coach Ana Ruiz`` is not ``the Real Madrid coach``); a word
    opening a sentence counts only when written as a name elsewhere (``Local MP …`` does not).
    Once per person, role and affiliation."""
    key = (person, head, affiliation)
    found = names.other.get(key)
    if found is None:
        found = names.other[key] = _introduced_otherwise(names, person, head, affiliation)
    return found


def _introduced_otherwise(names: NameTable, person: str, head: str, affiliation: str) -> bool:
    """The look-up :func:`_other_affiliation` caches."""
    text = names.ex.text
    for role in (head, head.capitalize()):
        at = names.evidence.find(f" {role} {person}")
        if at < 1:
            continue
        start = text.rfind(" ", max(0, at - 40), at) + 1
        word = text[start:at].strip(_WORD_STRIP)
        if not word[:1].isupper() or word == affiliation or word in names.ex.vocab.titles:
            continue
        if _proper(names, word):
            return True
    return False


def _introductions(names: NameTable, role: str) -> list[tuple[int, str]]:
    """Where ``role`` (or its capitalised head) stands next to a person's name, with that name."""
    found: list[tuple[int, str]] = []
    for written in (role, role[: role.rfind(" ") + 1] + role[role.rfind(" ") + 1 :].capitalize()):
        hit = names.evidence.find(written)
        for _ in range(_INTRODUCED_HITS):
            if hit < 0:
                break
            names.work += 1
            if not names.evidence.quoted_at(hit):
                person = _described_at(names, hit, hit + len(written), False)
                if person is not None:
                    found.append((hit, person))
            hit = names.evidence.find(written, hit + len(written))
        if written == role.capitalize():
            break
    found.sort()
    return found


def _described_at(names: NameTable, start: int, end: int, age: bool) -> str | None:
    """The person named right after or right before the describing word at ``[start, end)``."""
    text = names.ex.text
    if (start > 0 and text[start - 1].isalnum()) or (end < len(text) and text[end].isalpha()):
        return None  # part of a longer word
    if age and text[end : end + 1] not in {",", ")", "-"}:
        return None  # a number, not an age ("56 seats")
    word_end = end + 9 if text.startswith("-year-old", end) else end
    after = _NAME_RUN.match(text, word_end + 1) if text[word_end : word_end + 1] == " " else None
    if after is None and text.startswith(", ", word_end) and not age:
        # "Burton's lawyer, Dan Cole, said": the name in an appositive right after the role
        after = _NAME_RUN.match(text, word_end + 2)
        if after is not None and (" " not in after.group() or not text.startswith(",", after.end())):
            after = None
    if after is not None and (not age or word_end > end):
        return _person_named(names, after.start(), after.end())
    # an appositive: "Ann Lee, 56," / "Ann Lee, a veteran actor," (at most four words between)
    comma = text.rfind(", ", max(0, start - 40), start + 1)
    if comma < 0 or text[comma + 2 : start].count(" ") > 4 or "." in text[comma:start]:
        return None
    last = None
    for m in _NAME_RUN.finditer(text, max(0, comma - 60), comma):
        last = m
    if last is None or last.end() != comma:
        return None
    return _person_named(names, last.start(), last.end())


def _person_named(names: NameTable, start: int, end: int) -> str | None:
    """The person a capitalised run names, read up to its first sentence end."""
    first = _sentence_pieces(names.ex.text[start:end].split())[0]
    end = start + len(" ".join(first).rstrip("."))
    np = NP(start, end, "name")
    name = names.resolve(np)
    return name if name is not None and names.is_person(name, np) else None


def _sentence_pieces(words: list[str]) -> list[list[str]]:
    """A capitalised run cut after each sentence-ending word (``Sen Tim Scott. For`` →
    ``Sen Tim Scott.`` and ``For``): a run read across a full stop holds a name before it."""
    if not any(w.endswith(".") for w in words):
        return [words]  # most runs: no full stop inside
    pieces: list[list[str]] = []
    cur: list[str] = []
    for w in words:
        cur.append(w)
        if w.endswith(".") and not _abbrev_dot(w):
            pieces.append(cur)
            cur = []
    if cur:
        pieces.append(cur)
    return pieces


def _proper(names: NameTable, word: str) -> bool:
    """:func:`_mid_sentence` from the first mention of ``word``, once per word and article."""
    found = names.proper.get(word)
    if found is None:
        find = names.evidence.find  # (budgeted whole-text look-ups)
        found = names.proper[word] = _mid_sentence(find, names.ex.text, word, find(word))
    return found


_MID_HITS = 8
"""How many mentions of a one-word name :func:`_mid_sentence` reads."""


def _mid_sentence(find: Callable[[str, int], int], text: str, word: str, hit: int) -> bool:
    """Whether ``word`` is written capitalised after a lower-case word or a comma (``joined
    Chelsea from Porto``) at one of its first ``_MID_HITS`` mentions from ``hit`` on: a proper
    name, not a common word opening a sentence."""
    for _ in range(_MID_HITS):
        if hit < 0:
            return False
        end = hit + len(word)
        bounded = end >= len(text) or not text[end].isalnum()
        inside = hit >= 2 and text[hit - 1] == " " and (text[hit - 2].islower() or text[hit - 2] == ",")
        if bounded and inside:
            return True
        hit = find(word, end)
    return False
