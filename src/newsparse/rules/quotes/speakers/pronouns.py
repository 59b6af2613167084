"""Antecedents: who ``he``, ``she`` and ``they`` stand for.

:class:`Persons` keeps the people named so far in recency order; the functions here pick the
one a pronoun agrees with (sex from titles, given names and earlier pronouns), the plural
subject ``they`` stands for, and the person named in a clause around the pronoun.
"""

from __future__ import annotations

import bisect
import itertools
import re
from collections.abc import Iterator
from typing import TYPE_CHECKING

from newsparse.rules.quotes.descriptions import _EPITHET_WINDOW, _person_named
from newsparse.rules.quotes.hints import NAME_OR_WORD as _NAME_OR_WORD
from newsparse.rules.quotes.hints import NAME_RUN as _NAME_RUN
from newsparse.rules.quotes.names import given_sex, has_given_name
from newsparse.rules.quotes.phrases import _PAIR, _PAIR_WORDS, _WORD_STRIP, NP, _abbrev_dot, sentence_subject
from newsparse.rules.quotes.speakers.subjects import _INDEFINITE, _SUB_CAPS, person_before, subject_name
from newsparse.rules.quotes.speakers.table import _JOINING, NameTable
from newsparse.text.lazy import deferred_regex

if TYPE_CHECKING:
    from newsparse.rules.quotes.state import State

_FEMALE = frozenset(
    {"mrs", "mrs.", "ms", "ms.", "miss", "dame", "lady", "datin", "puan", "smt", "smt.", "shrimati",
     "actress", "spokeswoman", "chairwoman", "businesswoman", "congresswoman", "mother", "grandmother",
     "widow", "landlady", "headmistress", "woman", "frontwoman", "sister", "daughter", "wife",
     "queen", "princess", "mum"}
)  # fmt: skip
_MALE = frozenset(
    {"mr", "mr.", "sir", "lord", "spokesman", "chairman", "businessman", "congressman", "father",
     "grandfather", "widower", "headmaster", "man", "frontman", "brother", "son", "husband", "king",
     "prince", "dad"}
)  # fmt: skip


_GENDER_ALT = "|".join(sorted(map(re.escape, _FEMALE | _MALE), key=len, reverse=True))
_GENDER_WORD = deferred_regex(r"(?i)(?<![\w])(?:" + _GENDER_ALT + r")(?![\w])")


def _gender_of(written: str) -> str | None:
    """``she`` / ``he`` when a speaker's words say so (``Mrs``, ``spokeswoman``), else None."""
    if _GENDER_WORD.search(written) is None:
        return None
    for w in written.split()[-8:]:
        if w.isupper() and len(w.strip(".")) <= 3:
            continue  # "MS Dhoni", "MR Shah": initials written in capitals, not the title Ms/Mr
        low = w.lower().strip(_WORD_STRIP)
        if low in _FEMALE:
            return "she"
        if low in _MALE:
            return "he"
    return None


def _sex(gender: dict[str, str], person: str, default: str) -> str:
    """What the article showed of ``person`` (a title, a pronoun), else their given name, else ``default``."""
    return gender.get(person) or given_sex(person) or default


def _agreeing(
    last: str | None, persons: Persons, gender: dict[str, str], pron: str, mentioned: str | None = None
) -> str | None:
    """The person ``he``/``she`` stands for: the last one named, unless the article or their given
    name shows them to be the other; then the latest earlier person who may be, else ``mentioned``
    (a name of the right sex mentioned just before, not as a subject). Records what the pronoun
    shows, never against a given name."""
    pick = last
    if pick is not None and _sex(gender, pick, pron) != pron:
        for p in persons.recent(_AGREE_WINDOW):
            if p != pick and _sex(gender, p, pron) == pron:
                pick = p
                break
        else:
            if mentioned is not None:
                pick = mentioned
    if pick is not None and pick not in gender and " and " not in pick and given_sex(pick) in {None, pron}:
        gender[pick] = pron
    return pick


def _he_or_she(
    st: State, names: NameTable, persons: Persons, pos: int, pron: str, last: str | None, topic_at: int
) -> str | None:
    """Who ``he``/``she`` at ``pos`` is, given ``last``, the person last named as a subject or
    speaker (at ``topic_at``)."""
    gender = names.gender
    # (``_INDEFINITE`` is the documents' determiners, "a"/"an": the one-module ``speakers.py``
    # defined a wider set, with "another" and "one", that its later definition replaced)
    if (
        last is not None
        and last.split(" ", 1)[0].lower() in _INDEFINITE
        and names.desc.unnamed_person(last)
        and _gender_of(last) in {None, pron}
    ):
        # "…, a source close to the inquiry told Reuters. “…,” he said.": the unnamed source
        # still speaks (a name mentioned nearby is not who "he" is)
        return last
    if last is None:
        # no sentence had a named subject: a name anywhere just before ("poet Ada Limon")
        last = person_mentioned(st, pos, names, gender, pron)
    mentioned = None
    known = (gender.get(last) or given_sex(last)) if last is not None else pron
    if known != pron:
        # "Haley shot back. … she added" after a man was the subject: a woman named in the
        # sentences just before, not as a subject; after a subject of unknown sex, one named in a
        # later sentence ("When Biden announced …. His manager will be Julie Moreno. … she says")
        after = -1 if known is not None else _sentence_end(st.text, topic_at)
        mentioned = person_mentioned(st, pos, names, gender, pron, strict=True, after=after)
        if known is None and mentioned is not None:
            last = mentioned
        if mentioned is None and known is not None:
            # "Feinstein and other Democrats said Wilson has …. In 2011, he dismissed …": a man
            # named inside what was reported, when no one else named before agrees
            mentioned = person_mentioned(st, pos, names, gender, pron, quoted=True)
    pick = _agreeing(last, persons, gender, pron, mentioned)
    if pick is not None and _sex(gender, pick, pron) != pron:
        return None  # "she" for a man the article calls "Mr": no one the article shows fits
    return pick


def _object_him(text: str, at: int, pos: int) -> bool:
    """Whether the sentence at ``at`` (where the current person was named, before ``pos``) has
    ``him`` after the name: someone else, the one spoken of, is still the topic."""
    if at < 0:
        return False
    end = min(_sentence_end(text, at), pos)
    hit = text.find(" him", at, end)
    for _ in range(3):
        if hit < 0:
            return False
        after = text[hit + 4 : hit + 5]
        verb = text[max(at, hit - 16) : hit].rsplit(" ", 1)[-1].lower()
        if not after.isalpha() and verb in _OBJECT_VERBS:
            return True  # "Reyes told him so" (not "close to him", "asked them to accompany him")
        hit = text.find(" him", hit + 4, end)
    return False


# Verbs whose object is another person: "X told him" never has X and "him" the same man
_OBJECT_VERBS = frozenset(
    {"told", "asked", "urged", "warned", "thanked", "praised", "blamed", "accused", "called", "gave",
     "sent", "met", "showed", "reminded", "informed", "assured", "advised", "criticised", "criticized",
     "attacked", "joined", "named", "hired", "fired", "replaced", "succeeded", "defeated", "backed",
     "contradicted", "corrected", "interrupted", "congratulated", "endorsed", "challenged"}
)  # fmt: skip


def _earlier_agreeing(persons: Persons, gender: dict[str, str], current: str, pron: str) -> str | None:
    """The person named before ``current`` among the last few, when their sex agrees with ``pron``."""
    for p in persons.recent(4):
        if p != current and " " in p and _sex(gender, p, pron) == pron:
            return p
    return None


_AGREE_WINDOW = 64
"""How many of the most recently named people a ``he``/``she`` may skip back over (a bound that
keeps resolution linear; a real article never names 64 people between a pronoun and its antecedent)."""

_ROLE_WINDOW = 256
"""How many recent people ``the minister`` looks back over when more than this many fit the role."""


class Persons:
    """The people named so far, in order of last mention, with O(1) updates and bounded look-backs.

    A dict keeps the order (re-inserting moves a name to the end) and gives each name its
    position stamp, so "most recent first" and "which of these was named last" never scan the
    whole article. ``work`` counts the candidates examined, so tests can check it stays linear.
    """

    __slots__ = ("_clock", "_stamp", "work")

    def __init__(self) -> None:
        self._stamp: dict[str, int] = {}
        self._clock = 0
        self.work = 0

    def __bool__(self) -> bool:
        return bool(self._stamp)

    def __contains__(self, person: object) -> bool:
        return person in self._stamp

    def last(self) -> str | None:
        """The person named most recently."""
        return next(reversed(self._stamp), None) if self._stamp else None

    def touch(self, person: str) -> None:
        """Record a mention of ``person`` (now the most recent)."""
        self.work += 1
        stamp = self._stamp
        if stamp and next(reversed(stamp)) == person:
            return
        stamp.pop(person, None)
        self._clock += 1
        stamp[person] = self._clock

    def recent(self, limit: int) -> Iterator[str]:
        """The last ``limit`` people, most recent first."""
        for p in itertools.islice(reversed(self._stamp), limit):
            self.work += 1
            yield p

    def last_two(self) -> list[str]:
        """The two people named last, in text order (fewer when fewer were named)."""
        return list(self.recent(2))[::-1]

    def latest_of(self, cands: list[str], cand_set: frozenset[str]) -> str:
        """Of ``cands`` (not empty), the one named most recently; ``cands[0]`` when none was named."""
        if len(cands) <= _ROLE_WINDOW:
            self.work += len(cands)
            stamp = self._stamp
            return max(cands, key=lambda p: stamp.get(p, -1))
        for p in self.recent(_ROLE_WINDOW):
            if p in cand_set:
                return p
        return cands[0]


# Two coordinated names: "Peter Graham and Aisling Byrne" (what "they" may stand for)
_PLURAL_NAMES = deferred_regex(
    r"[A-Z](?<![\w’'][A-Z])[\w’'-]{1,30}+(?:[ ][A-Z][\w’'-]{1,30}+){1,3}+[ ]and[ ][A-Z][\w’'-]{1,30}+"
    r"(?:[ ][A-Z][\w’'-]{1,30}+){1,3}+"
)


def plural_before(st: State, pos: int) -> str | None:
    """The subject of a recent sentence that ``they`` can stand for (``X and Y``, ``officials``)."""
    pi = bisect.bisect_right(st.para_starts, pos) - 1
    seen = 0
    while pi >= 0 and seen < 4:
        sents = st.sentences(pi)
        top = bisect.bisect_left(sents, (pos, -1))
        for ss, se in reversed(sents[max(0, top - 4) : top]):
            seen += 1
            pair = _tracked_pair(st, ss, min(se, pos)) if seen <= 2 else None
            if pair is not None:
                return pair  # "… differences between Haley and DeSantis. …, they both …"
            m = _PLURAL_NAMES.search(st.text, ss, min(se, ss + 160))
            if m is not None:
                first, rest = m.group().split(" ", 1)
                if (
                    first.lower() in st.vocab.groups
                    or first.lower() in st.vocab.roles
                    or (has_given_name(rest) and not has_given_name(first))
                ):
                    return rest  # "Moderators Lena Holt and Kris Walker asked …": the two names
                return m.group()
            np = sentence_subject(st.text, ss, se)
            if np is not None and _named_org_subject(st, np):
                return None  # "WHO warned …. They said …": the organisation, not a group before it
            if np is not None and np.kind == "desc":
                words = st.text[np.start : np.end].split()
                head = words[-1].lower()
                if len(words) <= 3 and head in _PAIR_WORDS:
                    return _PAIR  # "The pair will share the prize. They said …"
                if (
                    head in st.vocab.groups
                    or (head.endswith("s") and not head.endswith("ss"))
                    or words[0].lower() in st.vocab.groups
                ):
                    return st.text[np.start : np.end]
            if seen >= 4:
                break
        pi -= 1
    return None


_PAIR_READS = 4
"""How many ``and`` of a sentence :func:`_tracked_pair` reads."""


def _tracked_pair(st: State, ss: int, se: int) -> str | None:
    """The last ``X and Y`` of the sentence ``[ss, se)`` whose two words are surnames of people
    the tracker already follows (``between Haley and DeSantis``), as their full names; else None.
    A few ``str.find`` calls and look-ups in the table of names."""
    names, persons = st.names, st.persons
    if names is None or not persons:
        return None
    text = st.text
    found = None
    at = text.find(" and ", ss, se)
    for _ in range(_PAIR_READS):
        if at < 0:
            break
        left = text[max(ss, at - 31) : at].rsplit(" ", 1)[-1].strip(_WORD_STRIP)
        right = text[at + 5 : min(se, at + 36)].split(" ", 1)[0].strip(_WORD_STRIP)
        if left[:1].isupper() and right[:1].isupper():
            a, b = names.resolve_text(left), names.resolve_text(right)
            if a is not None and b is not None and a != b and a in persons and b in persons:
                found = f"{a} and {b}"
        at = text.find(" and ", at + 5, se)
    return found


def _named_org_subject(st: State, np: NP) -> bool:
    """Whether the subject ``np`` is an organisation's name (``The World Health Organization``,
    ``Acme Corp``): capitalised words after an optional ``the``, one of them an organisation word."""
    if st.names is None or np.end - np.start > 80:
        return False
    words = st.text[np.start : np.end].split()
    if words[0] in {"the", "The"}:
        words = words[1:]
    return (
        bool(words)
        and words[0].lower() not in st.vocab.groups  # ("Traders on Fore Street": a group)
        and all(w[:1].isupper() or w in _JOINING for w in words)
        and st.names.is_org_word(" ".join(words))
    )


def note_gender(st: State, ss: int, person: str, gender: dict[str, str]) -> None:
    """Record ``he``/``she`` for ``person`` when the subject at ``ss`` says it (``Mrs``, ``actress``)."""
    subj = st.subject_cache.get(ss)
    if isinstance(subj, NP):
        g = _gender_of(st.text[max(ss, subj.start - 40) : subj.end])  # "Her husband, Ray Lane"
        if g is not None:
            gender.setdefault(person, g)


_MENTION_WINDOW = 600
"""How far back (characters) ``he``/``she`` looks for a name mentioned outside a subject."""


def person_mentioned(
    st: State,
    pos: int,
    names: NameTable,
    gender: dict[str, str],
    pron: str,
    strict: bool = False,
    after: int = -1,
    quoted: bool = False,
) -> str | None:
    """The last person named in the ``_MENTION_WINDOW`` characters before ``pos`` (a bounded scan;
    with ``after``, only after that position) whose sex, when known, agrees with ``pron`` (with
    ``strict``: is known and agrees; names inside quotes left out). With ``quoted``, surnames
    written alone count too (a bounded fallback when no one named in full fits)."""
    text = st.text
    lo = max(0, pos - _MENTION_WINDOW, after)
    found: str | None = None
    # (the fallback through reported text reads surnames alone too: "Democrats said Wilson has …")
    for m in (_NAME_OR_WORD if quoted else _NAME_RUN).finditer(text, lo, pos):
        if strict and not quoted and names.evidence.quoted_at(m.start()):
            continue
        if text[m.start() - 1 : m.start()] in _TITLE_OPENERS and m.start() > 0:
            continue  # "(“The Discovery,” “The One I Love”)": titles of works, no one named
        for np in _run_names(m):
            name = names.resolve(np)
            if name is None or not names.is_person(name, np):
                continue
            known = gender.get(name) or given_sex(name)
            if known == pron or (not strict and known is None):
                found = name
    return found


# Marks that open a title of a work written right before its capitalised words
_TITLE_OPENERS = frozenset('“"‘«')


def _run_names(m: re.Match[str]) -> Iterator[NP]:
    """The names of a capitalised run, cut at sentence ends (``Rosa Delgado. It`` → ``Rosa Delgado``)."""
    run = m.group()
    if ". " not in run:
        yield NP(m.start(), m.end(), "name")
        return
    start = at = m.start()
    for piece in run.split(" "):
        end = at + len(piece)
        if piece.endswith(".") and not _abbrev_dot(piece):
            if end - 1 > start:
                yield NP(start, end - 1, "name")
            start = end + 1
        at = end + 1
    if start < m.end():
        yield NP(start, m.end(), "name")


def _sentence_end(text: str, pos: int) -> int:
    """Where the sentence holding ``pos`` ends (a bounded look ahead; ``pos`` when none is seen)."""
    if pos < 0:
        return pos
    m = _SENTENCE_END.search(text, pos, pos + 400)
    return m.end() if m is not None else pos


_SENTENCE_END = deferred_regex(r"[.!?][\"”’']?+(?:[ ]|$)")


def _role_initials(st: State, names: NameTable, acronym: str, pos: int, persons: Persons) -> str | None:
    """The person whose role, written before their name, the acronym spells (``the FM said`` after
    ``finance minister Nirmala Sitharaman``): the last subject about a person or one of the people
    named last, else None. A few ``str.find`` calls per person."""
    if not 2 <= len(acronym) <= 4 or not acronym.isupper() or not acronym.isalpha():
        return None
    text = st.text
    for person in itertools.chain(persons.recent(8), _lazy_subject(st, pos, names)):
        at = text.find(" " + person)
        for _ in range(3):
            if at < 0:
                break
            before = text[max(0, at - 60) : at].split()[-len(acronym) :]
            if len(before) == len(acronym) and "".join(w[:1] for w in before).upper() == acronym:
                return person
            at = text.find(" " + person, at + 1)
    return None


_ACRONYM_HITS = 4
"""How many earlier mentions of an acronym :func:`_acronym_title` reads."""

# A bracketed qualifier after a title: "DCP (South) Amit Sharma", "SP (Rural) Ravi Rao"
_BRACKETED = deferred_regex(r"[ ]?+\([^()\n]{1,30}+\)")


def _acronym_title(names: NameTable, acronym: str, pos: int) -> str | None:
    """The person an acronym written as their title stands for (``the DCP said`` after ``DCP
    (South) Amit Sharma``, ``the SP`` after ``SP Rajesh Kumar``): a name right after one of the
    acronym's last ``_ACRONYM_HITS`` mentions before ``pos``, not led by another title (``RBI
    Governor Das`` does not make ``the RBI`` a person); else None."""
    if not 2 <= len(acronym) <= 5 or not acronym.isupper() or not acronym.isalpha():
        return None
    if acronym in names.acronym_titles:
        return names.acronym_titles[acronym]  # once per acronym and article: the work stays linear
    found = names.acronym_titles[acronym] = _acronym_holder(names, acronym, pos)
    return found


def _acronym_holder(names: NameTable, acronym: str, pos: int) -> str | None:
    """The look-up :func:`_acronym_title` caches."""
    text = names.ex.text
    hit = text.rfind(acronym, max(0, pos - _EPITHET_WINDOW * 4), pos)
    for _ in range(_ACRONYM_HITS):
        if hit < 0:
            return None
        names.work += 1
        end = hit + len(acronym)
        if text[end : end + 1] == ")" and text[hit - 1 : hit] == "(":
            end += 1  # "Superintendent of Police (SP) Rajesh Kumar"
        if text[end : end + 1] in {" ", "\u00a0"} and (hit == 0 or not text[hit - 1].isalnum()):
            m = _BRACKETED.match(text, end)
            at = (m.end() if m is not None else end) + 1
            run = _NAME_RUN.match(text, at) if text[at - 1 : at] in {" ", "\u00a0"} else None
            if run is not None and run.group().split(" ", 1)[0] not in names.ex.vocab.titles:
                found = _person_named(names, run.start(), run.end())
                if found is not None:
                    return found
        hit = text.rfind(acronym, max(0, pos - _EPITHET_WINDOW * 4), hit)
    return None


def _lazy_subject(st: State, pos: int, names: NameTable) -> Iterator[str]:
    """The last sentence subject about a person before ``pos``, looked up only when asked for."""
    found = person_before(st, pos, -1, names)
    if found is not None:
        yield found[1]


def _fronted_clause_person(st: State, names: NameTable, pos: int, pron: str) -> str | None:
    """The person ``he``/``she`` at ``pos`` stands for when it opens the main clause after a
    fronted subordinate clause that names someone of that sex (``While the campaign did not
    appeal to Julie Graham, a health officer, she said …``): the first such person named there;
    else None. Reads the one sentence, from its start to the pronoun."""
    text = st.text
    if text[pos - 2 : pos] != ", ":
        return None
    pi = bisect.bisect_right(st.para_starts, pos) - 1
    if pi < 0:
        return None
    starts = st.starts(pi)
    k = bisect.bisect_right(starts, pos) - 1
    if k < 0 or pos - starts[k] > _FRONTED_CLAUSE_REACH:
        return None
    ss = starts[k]
    if k > 0 and _opens_unclosed(text, starts[k - 1], ss):
        ss = starts[k - 1]  # "While the “Meth. We’re on it.” campaign …": a stop inside a title
    if text[ss : ss + 12].split(" ", 1)[0] not in _SUB_CAPS | _MORE_SUB_CAPS:
        return None
    for m in _NAME_RUN.finditer(text, ss + 1, pos):
        for found in _run_names(m):
            name = names.resolve(found)
            if name is None or not names.is_person(name, found):
                continue
            if (names.gender.get(name) or given_sex(name)) == pron:
                return name
    return None


# Subordinators whose clause may name the person a following "she said" is about ("The timeline
# was published after Ms Robison raised …. She said …")
_TRAILING_SUBORDINATORS = (" after ", " when ", " because ", " as ", " before ", " until ", " since ")

_TRAILING_REACH = 400
"""How long (characters) the sentence before a pronoun may be for its subordinate clause to be read."""


def _trailing_clause_person(st: State, names: NameTable, pos: int, pron: str) -> str | None:
    """The person ``he``/``she`` opening a sentence at ``pos`` stands for when the sentence before
    has no person as its subject but a subordinate clause whose subject is one of that sex (``The
    timeline was published after Ms Robison raised a point of order. She said …``); else None.
    Reads the one sentence before, a few ``str.find`` calls."""
    text = st.text
    pi = bisect.bisect_right(st.para_starts, pos) - 1
    if pi < 0:
        return None
    starts = st.starts(pi)
    k = bisect.bisect_right(starts, pos) - 1
    if k < 1 or starts[k] != pos or pos - starts[k - 1] > _TRAILING_REACH:
        return None
    ss = starts[k - 1]
    if names.evidence.quoted_at(ss):
        return None
    subject = subject_name(st, ss, pos)
    if subject is not None:
        name = names.resolve(subject)
        if name is not None and names.person_like(name, subject):
            return None  # "Ann Lee left after Tom Ross spoke. She said …": the subject is the topic
    for word in _TRAILING_SUBORDINATORS:
        at = text.find(word, ss, pos)
        if at < 0:
            continue
        m = _NAME_RUN.match(text, at + len(word), pos)
        if m is None or not text.startswith(" ", m.end()) or not text[m.end() + 1 : m.end() + 2].islower():
            continue  # the name must be the clause's subject, a verb after it
        found = NP(m.start(), m.end(), "name")
        name = names.resolve(found)
        if name is None or not names.is_person(name, found):
            continue
        if (_gender_of(m.group()) or names.gender.get(name) or given_sex(name)) == pron:
            return name
    return None


# A sentence that opens on a phrase making someone its topic: "For Reyes, the waiting was the
# worst.", "In Dana Reyes’s case, she stayed.", "As for Lee, …". The name (up to four capitalised
# words), an optional possessive and noun ("’s case"), then the comma that closes the phrase.
_TOPIC_WORD = r"[A-Z][\w-]{0,30}+(?:[’'][A-Z][\w-]{1,30}+)?+"  # "O’Neill", never "Reyes’s"
_TOPIC_FRONTED = deferred_regex(
    r"(?:For|In|As[ ]for|Like|Unlike|To)[ ](?P<name>" + _TOPIC_WORD + r"(?:[ ]" + _TOPIC_WORD + r"){0,3}+)"
    r"(?:[’']s[ ][a-z]{2,12}+)?+,[ ]"
)

_TOPIC_SENTENCES = 2
"""How many sentences before a pronoun (in its paragraph) may open on a topic phrase."""


def topic_fronted_person(st: State, names: NameTable, pos: int, pron: str, after: int) -> str | None:
    """The person ``he``/``she`` at ``pos`` stands for when one of the last two sentences of its
    paragraph before it, starting after ``after`` (where the current person was last a subject),
    opens on a phrase that makes someone its topic, of that sex or of one the article never shows
    (``For Reyes, the waiting was hardest. “…,” she says.``); else None. One anchored match per
    sentence."""
    text = st.text
    pi = bisect.bisect_right(st.para_starts, pos) - 1
    if pi < 0:
        return None
    starts = st.starts(pi)
    k = bisect.bisect_right(starts, pos) - 1
    for ss in reversed(starts[max(0, k - _TOPIC_SENTENCES + 1) : k + 1]):
        if ss <= after or ss >= pos:
            continue
        m = _TOPIC_FRONTED.match(text, ss, pos)
        if m is None or names.evidence.quoted_at(ss):
            continue
        found = NP(m.start("name"), m.end("name"), "name")
        name = names.resolve(found)
        if name is None or not names.is_person(name, found):
            continue
        if (names.gender.get(name) or given_sex(name)) in {pron, None}:
            return name  # (a sex the article never shows does not rule the topic out)
    return None


def _opens_unclosed(text: str, lo: int, hi: int) -> bool:
    """Whether ``[lo, hi)`` opens a curly quote it does not close (a sentence stop inside it)."""
    piece = text[lo:hi]
    return piece.count("“") > piece.count("”")


_FRONTED_CLAUSE_REACH = 260
"""How far into its sentence a pronoun after a fronted clause may stand."""

# Subordinators that open a fronted clause beside those of ``_SUBORDINATORS``
_MORE_SUB_CAPS = frozenset({"If", "Because", "Despite", "Unless", "Whereas", "Until"})
