"""Stage 3, speakers: resolve each speaker phrase to a person, in text order.

``He``/``She``/``the minister`` stand for the last named person (the subject of an attribution
or of a sentence), a surname or titled form for the fullest name used in the article (``Trump``
→ ``Donald Trump``), ``they`` for the last plural subject. The :class:`Persons` tracker keeps
the people named so far in recency order and :class:`NameTable` indexes the article's names by
word, so every look-up is bounded and resolution stays linear in the article.
"""

from __future__ import annotations

import bisect
import itertools
import re
from collections.abc import Iterable, Iterator
from typing import TYPE_CHECKING

import attrs

from newsparse._model import Headline, Quote, Span
from newsparse.rules.quotes import patterns as pat
from newsparse.rules.quotes.descriptions import (
    _BENCH,
    _EPITHET_WINDOW,
    Descriptions,
    _person_named,
    _proper,
    _sentence_pieces,
)
from newsparse.rules.quotes.epithets import EXTRA_ROLES, nationality
from newsparse.rules.quotes.evidence import PersonEvidence
from newsparse.rules.quotes.hints import NAME_OR_WORD as _NAME_OR_WORD
from newsparse.rules.quotes.hints import NAME_RUN as _NAME_RUN
from newsparse.rules.quotes.hints import (
    appositive_head,
    appositive_name,
    chain_head,
    document_after_quote,
    document_issuer,
    document_owner,
    floated_subject,
    name_after_quote,
    name_before_place,
    named_before_others,
    person_after_role,
    phrase_after_quote,
    role_led_name,
)
from newsparse.rules.quotes.names import given_sex, has_given_name
from newsparse.rules.quotes.organisations import (
    MEMBER_BODIES,
    ORG_DESCRIPTIONS,
    ORG_NAME_WORDS,
    OrgIndex,
    org_description,
)
from newsparse.rules.quotes.phrases import (
    _NAME_STRIP,
    _NICKNAME,
    _ON_HEADS,
    _PAIR,
    _PAIR_WORDS,
    _QUANTIFIERS,
    _ROLE_OR_RELATION,
    _SOME_OF_THEM,
    _WORD_STRIP,
    NP,
    _abbrev_dot,
    np_after,
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
from newsparse.text.lazy import deferred_regex

if TYPE_CHECKING:
    from newsparse.rules.quotes.state import Raw, State

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


# Determiners of someone new and unnamed ("a source", "another witness", "one official")
_INDEFINITE = frozenset({"a", "an", "another", "one"})


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


_MISSING = object()

# Two coordinated names: "Peter Graham and Aisling Byrne" (what "they" may stand for)
_PLURAL_NAMES = deferred_regex(
    r"[A-Z](?<![\w’'][A-Z])[\w’'-]{1,30}+(?:[ ][A-Z][\w’'-]{1,30}+){1,3}+[ ]and[ ][A-Z][\w’'-]{1,30}+"
    r"(?:[ ][A-Z][\w’'-]{1,30}+){1,3}+"
)


# Prepositions after an office that open its seat or body ("MP for Birkenhead", "Commissioner of
# Police"): left alone when the titles before them are stripped, they name no one
_PLACE_OF_OFFICE = frozenset({"for", "of", "from", "at", "in"})


class NameTable:
    """The names the article uses, for mapping ``Trump`` / ``Mr Trump`` to ``Donald Trump``."""

    def __init__(self, ex: State) -> None:
        self.ex = ex
        self._runs: list[str] | None = None
        self._by_token: dict[str, list[tuple[int, int, str]]] = {}
        self._word_index: dict[str, list[int]] | None = None
        self._lookups = 0
        self.work = 0  # candidate names examined (tests check that this grows linearly)
        self._cache: dict[str, str | None] = {}
        self._person_cache: dict[tuple[str, str], bool] = {}
        self._strip_cache: dict[str, list[str]] = {}
        self.introduced: dict[str, list[tuple[int, str]]] = {}  # see affiliated()
        # one-word names written as names, and persons described near a mention: each looked up
        # once per article (a look-up reads the whole text, so repeats would add up)
        self.proper: dict[str, bool] = {}
        self.near: dict[tuple[str, str, str], bool] = {}
        self.other: dict[tuple[str, str, str], bool] = {}
        self.acronym_titles: dict[str, str | None] = {}  # "DCP" → the person titled so, once each
        self.roled_first: dict[str, bool] = {}  # see _followed_person()
        self.headline_org: object = _MISSING  # see _headline_org(): the headline's company, once
        self.company_at = -1  # see _company_named_at(), once
        # words marking an organisation's name: the rule's table and the company endings
        self.orgs: frozenset[str] = ex.vocab.orgs | ORG_NAME_WORDS
        # the rule's role words and the epithets' (``the chair``, ``the virologist``)
        self.roles: frozenset[str] = ex.vocab.roles | EXTRA_ROLES
        self.evidence = PersonEvidence(ex.text, self.roles, ex.vocab.titles, self.orgs)
        self.gender = self.evidence.gender  # "he" / "she" as the article shows it (title, pronoun)
        self.desc = Descriptions(self)  # roles and descriptions read against these names

    def runs(self) -> list[str]:
        """The distinct capitalised runs of the unclaimed text, in order (tweet signatures left out)."""
        if self._runs is None:
            ex = self.ex
            text = ex.text
            found: dict[str, None] = {}
            budget = 5000  # runs read at most (a bound on the work for pathological texts)
            for ps, pe, _ in ex.paras:
                if budget <= 0:
                    break
                if text.find(" (@", ps, pe + 3) < 0:
                    # no tweet signature here: one findall (in C) instead of a match object per run
                    got = _NAME_RUN.findall(text, ps, pe)[:budget]
                    budget -= len(got)
                    found.update(dict.fromkeys(got))
                    continue
                for m in _NAME_RUN.finditer(text, ps, pe):
                    budget -= 1
                    if budget < 0:
                        break
                    if not text.startswith(" (@", m.end()):
                        found[m.group()] = None
            self._runs = list(found)
        return self._runs

    def candidates(self, key: str) -> list[tuple[int, int, str]]:
        """The full names (2-4 words, titles stripped) that contain the word ``key``."""
        cands = self._by_token.get(key)
        if cands is not None:
            return cands
        cands = []
        seen: set[str] = set()
        runs = self.runs()
        self._lookups += 1
        # a given name is also looked for as a tabloid lead sets it ("LINDA Nolan")
        shout = key.upper() if key[:1].isupper() and key[1:].islower() and len(key) >= 3 else key
        if self._lookups <= _SCAN_LOOKUPS:
            orders: Iterable[int] = (i for i, run in enumerate(runs) if key in run or shout in run)
            self.work += len(runs)
        else:
            index = self.word_index()
            orders = sorted({*index.get(key, ()), *index.get(shout, ())})
        for order in orders:
            self.work += 1
            for words in _possessor_pieces(_sentence_pieces(runs[order].split())):
                toks = _tidy_name(self.strip_titles(words))
                while len(toks) > 1 and toks[0] in pat.TIME_WORDS and toks[0] != key:
                    toks = toks[1:]  # "On Thursday Rangers said": the day is no part of the name
                if not 2 <= len(toks) <= 4 or key not in toks or not self.orgs.isdisjoint(toks):
                    continue
                name = " ".join(toks)
                if name not in seen:
                    seen.add(name)
                    cands.append((len(toks), -order, name))
        self._by_token[key] = cands
        return cands

    def word_index(self) -> dict[str, list[int]]:
        """Each word of the article's capitalised runs → the runs (by order) that hold it.

        A word is indexed as written, without surrounding punctuation and a possessive ``'s``
        (both ways a name's words are cleaned), so a surname looks only at the runs that can
        hold it instead of scanning every run: the work stays linear in the article.
        """
        if self._word_index is None:
            index: dict[str, list[int]] = {}
            for order, run in enumerate(self.runs()):
                for word in run.split():
                    forms = [word.strip(_WORD_STRIP)]
                    if "." in word:
                        forms.append(word.strip(_NAME_STRIP))
                    for form in forms:
                        for key in (form, form[:-2]) if form.endswith(("'s", "’s")) else (form,):
                            hits = index.setdefault(key, [])
                            if not hits or hits[-1] != order:
                                hits.append(order)
            self._word_index = index
        return self._word_index

    def strip_titles(self, toks: list[str]) -> list[str]:
        """Return the words of a name without titles, roles, possessives and leading ``The``."""
        key = " ".join(toks)
        found = self._strip_cache.get(key)
        if found is None:
            found = self._strip_cache[key] = self._strip_titles(toks)
        return found

    def _strip_titles(self, toks: list[str]) -> list[str]:
        if len(toks) > 2:
            toks = [t for t in toks if not _NICKNAME.fullmatch(t)]
        if len(toks) > 2 and toks[0] in {"The", "the"}:
            toks = _past_title_of_work(toks)
        toks = [
            _drop_possessive(t.strip(_NAME_STRIP) if _abbrev_dot(t) else t.strip(_WORD_STRIP)) for t in toks
        ]
        toks = [t for t in toks if t]
        titles = self.ex.vocab.titles
        while len(toks) > 1 and (toks[0] in pat.STOP_CAPS or toks[0] in _LEADERS):
            toks = toks[1:]
        last_title = -1
        roles = self.roles
        limit = min(len(toks) - 1, 6)
        for i in range(1, limit):
            if toks[i] == "on" and toks[i - 1] in _ON_HEADS:
                limit = i  # "Council on Foreign Relations": what the body is on holds no title
                break
        for i in range(limit):
            low = toks[i].lower()
            if toks[i] in titles or low in roles or low in _MORE_ROLES or _OF_N.fullmatch(toks[i]):
                last_title = i
        if (
            last_title >= 0
            and not self._inside_org_name(toks, last_title)
            # "Health Commission": a title-like word naming what an organisation does
            and not (last_title == len(toks) - 2 and toks[-1] in self.orgs)
        ):
            toks = toks[last_title + 1 :]
        if toks and toks[0] in {"The", "the"}:
            toks = toks[1:]
        return toks

    def _inside_org_name(self, toks: list[str], last_title: int) -> bool:
        """Whether the title word at ``last_title`` belongs to an organisation's name (``Ministry of
        External Affairs``): after ``of``/``for``, one word left after it, an organisation word before."""
        return (
            last_title == len(toks) - 2
            and last_title >= 2
            and toks[last_title - 1] in {"of", "for"}
            and not self.orgs.isdisjoint(toks[: last_title - 1])
        )

    def resolve(self, np: NP) -> str | None:
        """The fullest name the article uses for the name written at ``np`` (titles dropped)."""
        src = self.ex.text
        if src.startswith(" (", np.end) or "(" in src[np.start : np.end]:
            np = _past_acronym(src, np)  # "Chief Economic Advisor (CEA) V Anantha Nageswaran"
        text = src[np.start : np.end]
        if "(" in text:
            text = _ACRONYM_IN_PARENS.sub("", text)
        if text not in self._cache:
            self._cache[text] = self._resolve(text)
        return self._cache[text]

    def resolve_text(self, text: str) -> str | None:
        """The fullest name for ``text`` as written (``Justice A and Justice B`` → both names)."""
        return self._resolve(text)

    def _resolve(self, text: str) -> str | None:
        if " and " in text and len(text) <= 160:
            # "Justice A and Justice B", "a division bench of Justice A and Justice B": each name
            first, second = _BENCH.sub("", text, count=1).split(" and ", 1)
            if first[:1].isupper() and second[:1].isupper() and " and " not in second:
                a, b = self._resolve(first), self._resolve(second)
                if a and b:
                    return f"{a} and {b}"
        toks = self.strip_titles(text.split())
        if not toks:
            return text or None
        if (
            toks[0] in _PLACE_OF_OFFICE
            and len(toks) < len(text.split())
            and given_sex(" ".join(toks[1:])) is None  # ("… to Azerbaijan Bilal Hayee": a name)
        ):
            # "the Labour MP for Birkenhead": an office and its seat name no one; the office
            # as written describes them (never "for Birkenhead")
            return text
        prep = next((p for p in ("of", "from", "in", "at") if p in toks[2:4]), None)
        if prep is not None:
            # "Analyst Teresa Gomez of Baird Partners", "Tom Reyes from Leeds": the person, not
            # the firm or the place
            head = toks[: toks.index(prep, 2)]
            if all(t[:1].isupper() for t in head) and self.orgs.isdisjoint(head):
                toks = head
        toks = _tidy_name(toks)
        written = " ".join(toks)
        if len(toks) >= 2:
            return self._fuller(toks) or written  # "Allan Snr" → "Allan Bryant Snr"
        key = toks[-1]
        if key.isupper() and key.isalpha() and 2 <= len(key) <= 6 and text.strip(_WORD_STRIP) == key:
            return key  # "CBP said": an acronym, spelled out by the caller (not "CBP McAllen")
        cands = self.candidates(key)
        self.work += len(cands)
        best = None
        # "Mr Anderson" is never the article's "Zoe Anderson": a title's sex against a given name's
        titled = _TITLE_SEX.get(text.split(" ", 1)[0].lower()) if " " in text else None
        for size, neg_order, name in cands:
            parts = name.split()
            if size < len(toks) or not _contains(parts, toks):
                continue
            if titled is not None and given_sex(name) not in {None, titled}:
                continue
            rank = (parts[-1] == key, size, neg_order)
            if best is None or rank > best[0]:
                best = (rank, name)
        if best is not None:
            return best[1]
        return written

    def _fuller(self, toks: list[str]) -> str | None:
        """The one longer name of the article that holds a two-word name's words in order with
        the same first word (``Allan Snr`` → ``Allan Bryant Snr``), else None (two such names, as
        ``Julie`` and ``Linda Chavez Rodriguez``, leave the name as written)."""
        if len(toks) != 2:
            return None
        if not self._gap_between(toks[0], toks[1]):
            return self._given_names_of(toks)
        found = None
        for size, _, name in self.candidates(toks[-1]):
            parts = name.split()
            if size > 2 and parts[0] == toks[0] and parts[-1] == toks[-1]:
                if found is not None and found != name:
                    return None
                found = name
        return found

    def _given_names_of(self, toks: list[str]) -> str | None:
        """The one longer name that opens with the two given names ``toks`` (``Mary Jo`` →
        ``Mary Jo Keller``), when the first is a given name; else None."""
        if given_sex(toks[0]) is None:
            return None
        found = None
        for size, _, name in self.candidates(toks[0]):
            if size > 2 and name.split()[:2] == toks:
                if found is not None and found != name:
                    return None
                found = name
        return found

    def _gap_between(self, first: str, last: str) -> bool:
        """Whether the text writes ``first`` then, a word or two later, ``last`` (a cheap test,
        a few ``str.find`` calls, before the name table is read)."""
        text = self.ex.text
        if not self.evidence.may_precede_space(first):
            return False
        at = self.evidence.find(first + " ")
        for _ in range(8):
            if at < 0:
                return False
            after = at + len(first) + 1
            if not text.startswith(last, after) and text.find(" " + last, after, after + 40) >= 0:
                return True
            at = self.evidence.find(first + " ", after)
        return False

    def is_person(self, name: str, np: NP) -> bool:
        key = (name, self.ex.text[np.start : np.end])
        found = self._person_cache.get(key)
        if found is None:
            found = self._person_cache[key] = self._is_person(name, np)
        return found

    def _is_person(self, name: str, np: NP) -> bool:
        parts = name.split()
        if not self.orgs.isdisjoint(parts) or not _JOINING.isdisjoint(parts):
            return False  # (a joining word: "Customs and Border Protection", "Tax Policy for All")
        written = self.ex.text[np.start : np.end].split()
        titles, roles = self.ex.vocab.titles, self.roles
        if all(p in titles or p.lower() in roles for p in parts):
            return False  # "Former", "Minister": a title alone names nobody
        if len(parts[0]) >= 6 and parts[0].endswith("ing") and given_sex(parts[0]) is None:
            return False  # "Calling Azerbaijan …, he said": a fronted participle, not a given name
        titled = bool(written) and written[0].strip(_WORD_STRIP) in titles
        return 2 <= len(parts) <= 4 or titled or self._introduced_given_name(parts, np)

    def _introduced_given_name(self, parts: list[str], np: NP) -> bool:
        """``His wife Maureen said``, ``Emily, 34, said``: a lone given name of one sex that a
        relation or role word introduces, or an age follows (not ``Chelsea said``, a club)."""
        if len(parts) != 1 or given_sex(parts[0]) is None:
            return False
        text = self.ex.text
        before = text[max(0, np.start - 24) : np.start].split()
        if before and before[-1].lower() in _ROLE_OR_RELATION:
            return True
        if self._titled_elsewhere(parts[0]):
            return True  # "Prince Andrew … Andrew doesn't remember …": known by a given name alone
        after = text[np.end : np.end + 7]  # "Emily, 34, said"
        if not after.startswith(", "):
            return False
        age, comma, _ = after[2:].partition(",")
        return bool(comma) and age.isdigit() and len(age) <= 3

    def _titled_elsewhere(self, given: str) -> bool:
        """Whether the article writes the lone given name ``given`` right after a title (``Prince
        Andrew``, ``Pope Francis``, ``Queen Rania``): a person it names by the given name alone.
        A few bounded look-ups per name (the caller caches the answer)."""
        text = self.ex.text
        titles = self.ex.vocab.titles
        evidence = self.evidence
        if not evidence.may_follow_space(given):
            return False
        at = evidence.find(" " + given)
        for _ in range(_TITLED_HITS):
            if at < 0:
                return False
            end = at + 1 + len(given)
            if end >= len(text) or not text[end].isalpha():
                word = text[max(0, at - 16) : at].rsplit(None, 1)[-1:]
                if word and word[0] in titles:
                    return True
            at = evidence.find(" " + given, end)
        return False

    def person_like(self, name: str, np: NP) -> bool:
        """Whether ``name`` (written at ``np``) may be someone ``he`` or ``she`` stands for."""
        return self.is_person(name, np) and self.evidence.plausible(name, np)

    def is_org_word(self, written: str) -> bool:
        """Whether ``written`` names or describes an organisation (``the ministry``, ``Acme Corp``)."""
        orgs = self.orgs
        words = [w.strip(_WORD_STRIP) for w in written.split()]
        return any(w in orgs or w.capitalize() in orgs for w in words)


# Lower-case words that join the words of an organisation's name, never a person's
_JOINING = frozenset({"and", "of", "for", "&", "the", "on"})

# Job titles written before a name that the rule's role table may lack ("Chief Economic Adviser")
_MORE_ROLES = frozenset(
    {"adviser", "advisor", "administrator", "strategist", "correspondent", "cfo", "coo", "co-founder",
     "associate", "economist", "spokesperson", "envoy"}
)  # fmt: skip

_OF_N = deferred_regex(r"[A-Za-z]{1,12}+-of-[a-z]{1,8}+")  # "Mother-of-two Becky Nance": a description

_LEADERS = frozenset({"From", "By", "To", "Of", "The", "Said", "Says", "Told"})


_TITLED_HITS = 8
"""How many mentions of a lone given name :meth:`NameTable._titled_elsewhere` reads."""

_SCAN_LOOKUPS = 8
"""Surname look-ups answered by scanning the runs before the word index is built (most articles
need a few; an article with many distinct surnames gets the index, keeping the work linear)."""


# An acronym in brackets inside a title: "Chief Economic Advisor (CEA) V Anantha Nageswaran"
_ACRONYM_IN_PARENS = deferred_regex(r"[ ]?+\([A-Z]{2,8}+\)?+")
_PAST_ACRONYM = deferred_regex(r"[ ]?+\([A-Z]{2,8}+\)[ ]")


def _past_acronym(text: str, np: NP) -> NP:
    """``np`` reaching on past a bracketed acronym to the name after it (``Chief Economic Advisor
    (CEA) V Anantha Nageswaran``), when the phrase is cut at the bracket; else ``np``."""
    open_at = text.rfind("(", np.start, np.end)
    if open_at < 0:
        at = np.end  # the phrase stops before " (CEA)"
    else:
        at = open_at - 1 if open_at > np.start and text[open_at - 1] == " " else open_at
    m = _PAST_ACRONYM.match(text, at)
    if m is None:
        return np
    run = _NAME_RUN.match(text, m.end())
    return NP(np.start, run.end(), np.kind) if run is not None else np


def _past_title_of_work(toks: list[str]) -> list[str]:
    """``The Mirror Linda Nolan`` → ``Linda Nolan``: a scraper or a writer left no comma between
    a paper or a show (``Writing in The Mirror Linda said``, ``told The Times Ann Lee``) and the
    person after it. The name starts at the first given name after ``The``, when the word right
    after ``The`` is none (``The Walt Disney Company`` stays whole) and one or two words follow."""
    if has_given_name(toks[1]):
        return toks
    for k in range(2, min(len(toks), 5)):
        if has_given_name(toks[k]) and toks[k][:1].isupper() and len(toks) - k <= 3:
            return toks[k:]
    return toks


# Titles that say a person's sex, for choosing among the article's names with one surname
_TITLE_SEX = {
    "mr": "he",
    "mr.": "he",
    "sir": "he",
    "mrs": "she",
    "mrs.": "she",
    "ms": "she",
    "ms.": "she",
    "miss": "she",
}


def _tidy_name(toks: list[str]) -> list[str]:
    """A name's words without what a capitalised run picks up around it: a glued next sentence
    (``Agarwal.Two-thirds`` → ``Agarwal``), a trailing day (``Reserve Bank on Thursday``, ``NASA
    Monday``) and a place or nationality before a given name (``Azerbaijani Bilal Hayee``,
    ``Ukraine Kurt Volker`` → the person)."""
    for i, t in enumerate(toks):
        dot = t.find(".", 2)
        if 0 < dot < len(t) - 1 and t[dot + 1].isupper() and t[:dot].isalpha() and t[:dot].istitle():
            toks = [*toks[:i], t[:dot]]  # the scraper glued the next sentence on
            break
    while len(toks) > 1 and toks[-1] in _DAYS:
        toks = toks[:-2] if len(toks) > 2 and toks[-2] == "on" else toks[:-1]
    if len(toks) >= 2 and _shouted(toks[0]) and not toks[1].isupper() and has_given_name(toks[0].title()):
        # "LINDA Nolan has vowed …": a tabloid lead sets the given name in capitals
        toks = [toks[0].title(), *toks[1:]]
    if len(toks) >= 3 and given_sex(toks[0]) is None:
        for i in range(1, len(toks) - 1):
            if given_sex(toks[i]) is not None:
                return toks[i:]
    return toks


# The writer's first person with a contraction ("I’m", "We’ve"), which a capitalised-word reader
# takes for a one-word name (a set, not a pattern: looked up for every named speaker)
_FIRST_PERSON = frozenset(
    f"{who}{mark}{end}" for who in ("I", "We") for mark in "’'" for end in ("m", "ve", "d", "ll", "re")
)

_MONTHS = frozenset(
    {"January", "February", "March", "April", "May", "June", "July", "August", "September",
     "October", "November", "December"}
)  # fmt: skip


def _shouted(word: str) -> bool:
    """Whether ``word`` is set in capitals as a tabloid lead sets a given name (``LINDA``)."""
    return 3 <= len(word) <= 12 and word.isascii() and word.isalpha() and word.isupper()


_DAYS = frozenset({"Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"})


def _possessor_pieces(pieces: list[list[str]]) -> Iterator[list[str]]:
    """Each piece cut after a possessive inside it (``Odisha’s Kandhamal`` → ``Odisha’s`` and
    ``Kandhamal``; ``India’s Narendra Modi`` → ``India’s`` and ``Narendra Modi``): a possessor and
    what it owns are two names, never one."""
    for words in pieces:
        start = 0
        for i, w in enumerate(words[:-1]):
            if w.endswith(("'s", "’s", "s'", "s’")):
                yield words[start : i + 1]
                start = i + 1
        yield words[start:] if start else words


def _drop_possessive(word: str) -> str:
    """Return ``word`` without a final ``'s`` (``Trump's`` → ``Trump``)."""
    return word[:-2] if word.endswith(("'s", "’s")) else word


def _contains(parts: list[str], toks: list[str]) -> bool:
    n = len(toks)
    return any(parts[i : i + n] == toks for i in range(len(parts) - n + 1)) or (n == 1 and toks[0] in parts)


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
    if not text[after : after + 1].isupper():
        return None  # "…, the minister noted": no name after the comma
    np = sentence_subject(text, after, se, names_only=True)
    if np is None or np.kind != "name" or np.start != after:
        return None
    return np


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
     "actress", "singer", "author", "activist", "researcher", "scientist", "expert", "head"}
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


def note_gender(st: State, ss: int, person: str, gender: dict[str, str]) -> None:
    """Record ``he``/``she`` for ``person`` when the subject at ``ss`` says it (``Mrs``, ``actress``)."""
    subj = st.subject_cache.get(ss)
    if isinstance(subj, NP):
        g = _gender_of(st.text[max(ss, subj.start - 40) : subj.end])  # "Her husband, Ray Lane"
        if g is not None:
            gender.setdefault(person, g)


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
        np = raw.np
        as_org = False  # a description resolved to an organisation named before
        spoken_for: str | None = None  # the organisation a spokesperson speaks for
        placed = False  # a group of people of a place ("Residents of Sinnar"), kept as written
        if raw.mode == "subject":
            # "…, with Foreign Minister Lars Holm warning of …": the absolute phrase's subject
            np = with_subject(text, raw.cue[0]) if raw.cue is not None else None
            np = np or sentence_subject(text, raw.sentence, raw.end)
            if np is None:
                # "Once again, former President Donald Trump snubbed …, saying …": after a fronted
                # phrase; "Russia's president has defended …, saying …": a possessed role
                np = subject_name(st, raw.sentence, raw.end) or possessive_role(
                    text, raw.sentence, raw.end, names.roles
                )
            elif _adjective_opener(text, np):
                # "Distraught pub and hotel groups have slammed …, claiming …": no name, unless
                # one follows a fronted phrase ("Hours before …, Wild coach Bruce Boudreau …")
                np = _fronted_subject(text, raw.sentence, raw.end)
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
        elif (
            np is not None
            and np.kind == "name"
            and text.startswith(("The ", "the "), np.start)
            and nationality(text[np.start + 4 : np.end])
        ):
            np = NP(np.start, np.end, "desc")  # "The Argentine said": an epithet, not a name
        if np is not None and np.kind == "name" and text[np.start + 1 : np.start + 2] == "-":
            np = _named_before_tag(text, np)  # "R-Ky.": a party tag, the name is before it
        if np is not None and names.desc.needs_person(np, text[np.start : np.end]):
            here = min(anchor, raw.start)
            found = person_before(st, here, last_person_pos, names)
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
                    if low == "he" and last_person is not None and _object_him(text, topic_at, np.start):
                        # "“…,” he added. Reyes once told him so. “…,” he said.": "him" is the
                        # run's speaker, so the one named there is not who "he" is now
                        before_him = _earlier_agreeing(persons, names.gender, last_person, low)
                        last_person = before_him or last_person
                    fronted = _fronted_clause_person(st, names, np.start, low) or _trailing_clause_person(
                        st, names, np.start, low
                    )
                    if asked is not None and _replies(text, raw) and _sex(gender, asked, low) == low:
                        # "A reporter asked Lee, “…?” / “…,” she replied.": the one asked answers
                        last_person, topic_at = asked, np.start
                    elif fronted is not None:
                        # "While the campaign did not appeal to Julie Graham, …, she said …"
                        last_person, topic_at = fronted, np.start
                    else:
                        last_person = _he_or_she(st, names, persons, np.start, low, last_person, topic_at)
                    speaker = last_person
                elif low in _QUANTIFIERS:
                    # "Most said …", "some wrote …": part of a plural named just before, never an
                    # organisation or a group named further back
                    speaker = plural_before(st, np.start)
                elif low == "they":
                    # failing a plural or a group, an organisation that is a recent subject ("The
                    # Ministry of Health released figures. “…,” they said.", British usage)
                    speaker = (
                        plural_before(st, np.start)
                        or last_group
                        or _found_name(
                            person_before(st, np.start, np.start - _THEY_ORG_REACH, names, person=False)
                        )
                    )
                    if speaker == _PAIR:
                        pair = persons.last_two()
                        speaker = " and ".join(pair) if len(pair) >= 2 else None
                elif low == "it":
                    # "Brightwater Bank cut its forecast. …, it said.": the organisation named last;
                    # failing one, a recent subject that is no person ("Harbourline Ferries said …")
                    speaker = (
                        _current_org(st, names, np.start, last_org)
                        or (last_group if last_group is not None and not _plural(last_group) else None)
                        or _found_name(person_before(st, np.start, -1, names, person=False, loose=True))
                        or _found_name(
                            # "Boeing confirmed …. …, it said": one word written as a name, nearby
                            person_before(
                                st,
                                np.start,
                                np.start - _ORG_REACH,
                                names,
                                person=False,
                                loose=True,
                                single=True,
                            )
                        )
                    )
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
        cue = Span(raw.cue[0], raw.cue[1], text[raw.cue[0] : raw.cue[1]]) if raw.cue is not None else None
        start = min(raw.start, raw.cstart)
        end = max(raw.end, raw.cend)
        if sp_span is not None and sp_span.end > sp_span.start and _span_reaches(sp_span, start, starts):
            start, end = min(start, sp_span.start), max(end, sp_span.end)
        if cue is not None:
            start, end = min(start, cue.start), max(end, cue.end)
        content = Span(raw.cstart, raw.cend, text[raw.cstart : raw.cend])
        out.append(
            Quote(
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
        )
    return _nested_sources(_pull_quotes(text, out))


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
        found := appositive_name(text, np, names) or document_owner(text, np) or document_issuer(text, np)
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
    if found is not None:
        return found[1]
    return last_org[1] if last_org is not None else None


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


def heading(st: State, pi: int) -> bool:
    """Whether paragraph ``pi`` is a short line without sentence punctuation (a subhead)."""
    ps, pe, _ = st.paras[pi]
    return pe - ps <= 70 and st.text[pe - 1] not in _SENTENCE_ENDS


_SENTENCE_ENDS = frozenset(".!?:\"”’'),")

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


def _opens_unclosed(text: str, lo: int, hi: int) -> bool:
    """Whether ``[lo, hi)`` opens a curly quote it does not close (a sentence stop inside it)."""
    piece = text[lo:hi]
    return piece.count("“") > piece.count("”")


_FRONTED_CLAUSE_REACH = 260
"""How far into its sentence a pronoun after a fronted clause may stand."""

# Subordinators that open a fronted clause beside those of ``_SUBORDINATORS``
_MORE_SUB_CAPS = frozenset({"If", "Because", "Despite", "Unless", "Whereas", "Until"})


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
     "made", "took", "gave", "came", "saw", "put", "set", "let", "met", "led", "won", "lost", "left"}
)  # fmt: skip


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
    np = subject_name(st, starts[k], end)
    if np is None or not any(w[:1].islower() for w in text[np.end : end].split()[:3]):
        return None  # no verb after the name ("Watch Live: “…”" is a label)
    resolved = names.resolve(np)
    return resolved if resolved is not None and names.person_like(resolved, np) else None


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
    found = person_before(st, start, max(st.para_starts[pi - 1] - 1, floor), names)
    return found[1] if found is not None else None
