"""The article's name table: which full name a written name stands for.

:class:`NameTable` indexes the article's capitalised runs by word, so ``Trump`` / ``Mr Trump``
maps to ``Donald Trump`` with bounded look-ups; the helpers here clean a name's words (titles,
possessives, a title of a work, a bracketed acronym) before it is looked up.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from typing import TYPE_CHECKING

from newsparse.rules.quotes import patterns as pat
from newsparse.rules.quotes.descriptions import _BENCH, _MID_HITS, Descriptions, _proper, _sentence_pieces
from newsparse.rules.quotes.epithets import EXTRA_ROLES
from newsparse.rules.quotes.evidence import PersonEvidence
from newsparse.rules.quotes.hints import NAME_RUN as _NAME_RUN
from newsparse.rules.quotes.names import given_sex, has_given_name
from newsparse.rules.quotes.organisations import ORG_NAME_WORDS
from newsparse.rules.quotes.phrases import (
    _NAME_STRIP,
    _NICKNAME,
    _ON_HEADS,
    _ROLE_OR_RELATION,
    _WORD_STRIP,
    NP,
    _abbrev_dot,
)
from newsparse.text.lazy import deferred_regex

if TYPE_CHECKING:
    from newsparse.rules.quotes.state import State


_MISSING = object()


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
        self.common: dict[str, bool] = {}  # see _common_opener(): sentence openers, not names
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
            found = self._strip_cache[key] = _strip_titles(self, toks)
        return found

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
        text = self._possessed_person(text)
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
            return _fuller(self, toks) or written  # "Allan Snr" → "Allan Bryant Snr"
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

    def _possessed_person(self, text: str) -> str:
        """``Satya Rao`` of ``Harbourton’s Satya Rao``: a name of two or more capitalised words
        after a possessive is the person the possessor employs, not part of their name; an
        organisation's own name keeps its possessive (``Moody’s Analytics``, ``Macy’s Inc``)."""
        words = text.split()
        cut = max((i + 1 for i, w in enumerate(words[:-1]) if w.endswith(_POSSESSIVES)), default=0)
        rest = words[cut:]
        if (
            cut
            and len(rest) >= 2
            and all(w[:1].isupper() for w in rest)
            and not any(w.strip(_WORD_STRIP) in self.orgs for w in rest)
        ):
            return " ".join(rest)
        return text

    def is_person(self, name: str, np: NP) -> bool:
        key = (name, self.ex.text[np.start : np.end])
        found = self._person_cache.get(key)
        if found is None:
            found = self._person_cache[key] = _is_person(self, name, np)
        return found

    def person_like(self, name: str, np: NP) -> bool:
        """Whether ``name`` (written at ``np``) may be someone ``he`` or ``she`` stands for."""
        return self.is_person(name, np) and self.evidence.plausible(name, np)

    def is_org_word(self, written: str) -> bool:
        """Whether ``written`` names or describes an organisation (``the ministry``, ``Acme Corp``)."""
        orgs = self.orgs
        words = [w.strip(_WORD_STRIP) for w in written.split()]
        return any(w in orgs or w.capitalize() in orgs for w in words)


_POSSESSIVES = ("’s", "'s", "s’", "s'")

# The table's steps that read a name against the article, as functions the methods above
# delegate to (each cached by its caller)


def _strip_titles(names: NameTable, toks: list[str]) -> list[str]:
    """:meth:`NameTable.strip_titles`, uncached."""
    if len(toks) > 2:
        toks = [t for t in toks if not _NICKNAME.fullmatch(t)]
    if len(toks) > 2 and toks[0] in {"The", "the"}:
        toks = _past_title_of_work(toks)
    toks = [_drop_possessive(t.strip(_NAME_STRIP) if _abbrev_dot(t) else t.strip(_WORD_STRIP)) for t in toks]
    toks = [t for t in toks if t]
    titles = names.ex.vocab.titles
    while len(toks) > 1 and (toks[0] in pat.STOP_CAPS or toks[0] in _LEADERS):
        toks = toks[1:]
    if len(toks) > 1 and _fronted_cue(names, toks[0]):
        toks = toks[1:]  # "Replied Stephen, with some delicacy, …": the cue opens the sentence
    if len(toks) > 1 and _common_opener(names, toks):
        toks = toks[1:]  # "Afterwards Penny tells …", "Many FoodCorp shoppers …": no part of the name
    last_title = -1
    roles = names.roles
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
        and not _inside_org_name(names, toks, last_title)
        # "Health Commission": a title-like word naming what an organisation does
        and not (last_title == len(toks) - 2 and toks[-1] in names.orgs)
    ):
        toks = toks[last_title + 1 :]
    if toks and toks[0] in {"The", "the"}:
        toks = toks[1:]
    return toks


def _fronted_cue(names: NameTable, word: str) -> bool:
    """Whether ``word`` is a speech verb capitalised because it opens an inverted attribution
    (``Replied Stephen``, ``Recalls Ann Lee``, ``Added the mayor``): a past form or a third-person
    form of the rule's cue tables, never a plural noun that also names things (``States``)."""
    low = word.lower()
    if not word[:1].isupper() or not low.endswith(("ed", "s")) or low in _NOUN_LIKE_CUES:
        return False
    vocab = names.ex.vocab
    return low in vocab.strict or low in vocab.lenient


# Third-person cue forms that are plural nouns in the names of bodies and places ("United
# States", "Reports Desk", "Shares Trust"): never taken for a fronted cue
_NOUN_LIKE_CUES = frozenset(
    {"states", "shares", "reports", "claims", "forecasts", "pledges", "promises", "notes"}
)


def _common_opener(names: NameTable, toks: list[str]) -> bool:
    """Whether the first of a run's words is a common word capitalised only because it opens a
    sentence (``Afterwards Penny``, ``Many FoodCorp``), as the whole article shows it: written in
    lower case elsewhere, never capitalised mid-sentence, no given name, and the name after it
    also written without it; the run no organisation's name (``General Motors`` keeps its first
    word)."""
    first, rest = toks[0], toks[1]
    if (
        not (first[1:].islower() and first.isalpha())
        or len(rest) < 2  # ("Can I …": a question's pronoun, no name after the opener)
        or not names.orgs.isdisjoint(toks)
    ):
        return False
    found = names.common.get(first)
    if found is None:
        found = names.common[first] = (
            _lower_case_written(names, first.lower())
            and not _proper(names, first)
            and not has_given_name(first + " " + rest)
            and _written_without(names, rest, first)
        )
    return found


def _written_without(names: NameTable, word: str, opener: str) -> bool:
    """Whether the article writes ``word`` without ``opener`` just before it (``Penny asks`` as
    well as ``Afterwards Penny``); ``Dynamics`` only ever after ``General`` is one name."""
    find = names.evidence.find  # (budgeted whole-text look-ups)
    text = names.ex.text
    before = opener + " "
    hit = find(word)
    for _ in range(_MID_HITS):
        if hit < 0:
            return False
        end = hit + len(word)
        whole = (hit == 0 or not text[hit - 1].isalnum()) and (end >= len(text) or not text[end].isalnum())
        if whole and not text.startswith(before, hit - len(before)):
            return True
        hit = find(word, end)
    return False


def _lower_case_written(names: NameTable, word: str) -> bool:
    """Whether ``word`` is written in lower case as a whole word after a space in the article."""
    if not names.evidence.may_follow_space(word):
        return False
    find = names.evidence.find  # (budgeted whole-text look-ups)
    text = names.ex.text
    hit = find(" " + word)
    for _ in range(_MID_HITS):
        if hit < 0:
            return False
        end = hit + 1 + len(word)
        if end >= len(text) or not text[end].isalnum():
            return True
        hit = find(" " + word, end)
    return False


def _inside_org_name(names: NameTable, toks: list[str], last_title: int) -> bool:
    """Whether the title word at ``last_title`` belongs to an organisation's name (``Ministry of
    External Affairs``): after ``of``/``for``, one word left after it, an organisation word before."""
    return (
        last_title == len(toks) - 2
        and last_title >= 2
        and toks[last_title - 1] in {"of", "for"}
        and not names.orgs.isdisjoint(toks[: last_title - 1])
    )


def _fuller(names: NameTable, toks: list[str]) -> str | None:
    """The one longer name of the article that holds a two-word name's words in order with
    the same first word (``Allan Snr`` → ``Allan Bryant Snr``), else None (two such names, as
    ``Julie`` and ``Linda Chavez Rodriguez``, leave the name as written)."""
    if len(toks) != 2:
        return None
    if not _gap_between(names, toks[0], toks[1]):
        return _given_names_of(names, toks)
    found = None
    for size, _, name in names.candidates(toks[-1]):
        parts = name.split()
        if size > 2 and parts[0] == toks[0] and parts[-1] == toks[-1]:
            if found is not None and found != name:
                return None
            found = name
    return found


def _given_names_of(names: NameTable, toks: list[str]) -> str | None:
    """The one longer name that opens with the two given names ``toks`` (``Mary Jo`` →
    ``Mary Jo Keller``), when the first is a given name; else None."""
    if given_sex(toks[0]) is None:
        return None
    found = None
    for size, _, name in names.candidates(toks[0]):
        if size > 2 and name.split()[:2] == toks:
            if found is not None and found != name:
                return None
            found = name
    return found


def _gap_between(names: NameTable, first: str, last: str) -> bool:
    """Whether the text writes ``first`` then, a word or two later, ``last`` (a cheap test,
    a few ``str.find`` calls, before the name table is read)."""
    text = names.ex.text
    if not names.evidence.may_precede_space(first):
        return False
    at = names.evidence.find(first + " ")
    for _ in range(8):
        if at < 0:
            return False
        after = at + len(first) + 1
        if not text.startswith(last, after) and text.find(" " + last, after, after + 40) >= 0:
            return True
        at = names.evidence.find(first + " ", after)
    return False


def _is_person(names: NameTable, name: str, np: NP) -> bool:
    """:meth:`NameTable.is_person`, uncached: two to four words of no organisation, a titled name
    or a given name introduced so, never a title alone or a fronted participle."""
    parts = name.split()
    if not names.orgs.isdisjoint(parts) or not _JOINING.isdisjoint(parts):
        return False  # (a joining word: "Customs and Border Protection", "Tax Policy for All")
    written = names.ex.text[np.start : np.end].split()
    titles, roles = names.ex.vocab.titles, names.roles
    if all(p in titles or p.lower() in roles for p in parts):
        return False  # "Former", "Minister": a title alone names nobody
    if len(parts[0]) >= 6 and parts[0].endswith("ing") and given_sex(parts[0]) is None:
        return False  # "Calling Azerbaijan …, he said": a fronted participle, not a given name
    titled = bool(written) and written[0].strip(_WORD_STRIP) in titles
    return 2 <= len(parts) <= 4 or titled or _introduced_given_name(names, parts, np)


def _introduced_given_name(names: NameTable, parts: list[str], np: NP) -> bool:
    """``His wife Maureen said``, ``Emily, 34, said``: a lone given name of one sex that a
    relation or role word introduces, or an age follows (not ``Chelsea said``, a club)."""
    if len(parts) != 1 or given_sex(parts[0]) is None:
        return False
    text = names.ex.text
    before = text[max(0, np.start - 24) : np.start].split()
    if before and before[-1].lower() in _ROLE_OR_RELATION:
        return True
    if _titled_elsewhere(names, parts[0]):
        return True  # "Prince Andrew … Andrew doesn't remember …": known by a given name alone
    if _pronoun_follows(names, parts[0]):
        return True  # "Meghan said …. She added …": the article's own pronoun for the name
    after = text[np.end : np.end + 7]  # "Emily, 34, said"
    if not after.startswith(", "):
        return False
    age, comma, _ = after[2:].partition(",")
    return bool(comma) and age.isdigit() and len(age) <= 3


_PRONOUN_REACH = 160
"""How far (characters, within the paragraph) after a lone given name :func:`_pronoun_follows`
looks for the pronoun of its sex."""


def _pronoun_follows(names: NameTable, given: str) -> bool:
    """Whether the article follows the lone given name ``given`` (of one sex by the name tables)
    with that sex's pronoun in the same paragraph, at one of its first mentions (``Meghan told
    Winfrey …. “…,” she said``): a person known by the given name alone (a club called
    ``Chelsea`` is an ``it``). A few bounded look-ups per name (the caller caches the answer)."""
    sex = given_sex(given)
    if sex is None:
        return False
    text = names.ex.text
    find = names.evidence.find
    at = find(given)
    for _ in range(_TITLED_HITS):
        if at < 0:
            return False
        end = at + len(given)
        if (at == 0 or not text[at - 1].isalnum()) and (end >= len(text) or not text[end].isalnum()):
            stop = text.find("\n", end, end + _PRONOUN_REACH)
            window = text[end : stop if stop >= 0 else end + _PRONOUN_REACH]
            if _PRONOUN_WORD[sex].search(window) is not None:
                return True
        at = find(given, end)
    return False


# "she" / "he" as a word, capitalised or not (bounded: one word, no repeats)
_PRONOUN_WORD = {
    "she": deferred_regex(r"(?<![\w’'])[Ss]he(?![\w’'])"),
    "he": deferred_regex(r"(?<![\w’'])[Hh]e(?![\w’'])"),
}


def _titled_elsewhere(names: NameTable, given: str) -> bool:
    """Whether the article writes the lone given name ``given`` right after a title (``Prince
    Andrew``, ``Pope Francis``, ``Queen Rania``): a person it names by the given name alone.
    A few bounded look-ups per name (the caller caches the answer)."""
    text = names.ex.text
    titles = names.ex.vocab.titles
    evidence = names.evidence
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
