"""The article's names: every capitalised run read once, for the fullest form of a name
(``Tobisch`` → ``Lotte Tobisch-Labotyn``), the people mentioned in text order (a pronoun's
antecedents) and their gender (a title such as ``Mme`` / ``Herr``, or a given name)."""

from __future__ import annotations

import functools
import unicodedata
from collections.abc import Callable, Iterator

import regex

from newsparse.lang.tables import LanguageTables
from newsparse.rules.quotes.languages.caseless import agent_runs, completed_name, role_holder
from newsparse.rules.quotes.languages.cues import LanguageCues
from newsparse.rules.quotes.languages.phrases import DETERMINERS, NAME_JOINERS, ORG_HEADS, PREPOSITIONS
from newsparse.rules.quotes.languages.text import wordset
from newsparse.rules.quotes.names import SHARED_NAMES, sex_of
from newsparse.text.lazy import deferred_regex

NAME_RUN = deferred_regex(
    r"(?<![\w’'-])\p{Lu}[\w’'-]{1,30}+"
    r"(?:(?:[ \u00a0]"
    r"(?:(?:von|van)[ \u00a0]der[ \u00a0]|(?:de|da|do|dos|di|del|della|von|van|la|le)[ \u00a0]"
    r"|d['’](?=\p{Lu}))?+"  # "Juan Martínez d'Aubuisson": an elided particle glued to the surname
    r"\p{Lu}[\w’'-]{1,30}+){1,4}+"
    # a surname cut to its initial, as court and crime reports write it ("Yassin E.", "Kevin S.")
    r"(?:[ \u00a0]\p{Lu}\.(?![\w’'-]|[ \u00a0]\p{Lu}))?+"
    r"|[ \u00a0]\p{Lu}\.(?![\w’'-]|[ \u00a0]\p{Lu}))"
)


# endings of German adjectives that open a body's name or a noun phrase, never a person's name
# ("Europäischen Rechnungshof", "Nähere Angaben", "Zahlreiche Anwohner")
_ADJECTIVE_ENDS = (
    "ischen", "ische", "ischer", "ischem", "ere", "eren", "erer", "liche", "lichen", "licher",
    "ige", "igen", "iger", "eiche", "eichen",
)  # fmt: skip

# endings of German nouns naming bodies and offices ("Rechnungshof", "Finanzamt", "Bundesgericht")
_BODY_ENDS = (
    "hof", "amt", "gericht", "ministerium", "bank", "verband", "institut", "behörde", "partei",
    "kommission", "agentur", "gesellschaft", "stiftung", "konferenz", "zentrale", "anstalt",
)  # fmt: skip


_FEMALE = wordset("mme madame mlle frau sra sra. señora senhora signora dona")


_MALE = wordset("m. monsieur herr sr sr. señor senhor signor don")


class ArticleNames:
    """The article's names: for each last word, the fullest capitalised run ending in it."""

    def __init__(self, text: str, tables: LanguageTables, lc: LanguageCues) -> None:
        self.full: dict[str, str] = {}
        self.compound_title = lc.compound_title
        # by first word: "Michele" → "Michele Taborga", "Supremo" → "Supremo Tribunal Federal"
        self.first: dict[str, str] = {}
        self.inner: dict[str, str] = {}  # inner words of longer names ("" when two share one)
        self.genders: dict[str, str] = {}
        self.text = text
        self.completed: dict[str, str] = {}
        self.resolved: dict[str, str] = {}
        self.mentions: list[tuple[int, str]] = []  # people named in the text, in order
        # by surname, every full name written with it and where: two people may share one
        self.forms: dict[str, list[tuple[int, str]]] = {}
        self.lc = lc
        self.nouns_capitalised = tables.nouns_capitalised
        self.openers: dict[str, bool] = {}
        self.nouns: dict[str, bool] = {}  # common_noun() answers, one per word
        self.words = WordIndex(text)  # where each word is written: every search below reads it
        skip = tables.function_words | lc.titles | DETERMINERS | PREPOSITIONS
        for m in NAME_RUN.finditer(text):
            words = m.group().split()
            while words and (
                words[0].lower() in skip
                or words[0] in NAME_JOINERS
                or _elided(words[0])
                or self.lowered(words[0])  # "Doch Heiko Maas", "Am Anfang": capitalised for its place
            ):
                words = words[1:]
            words = _untitled(words, self.compound_title, self.nouns_capitalised, self.lc)
            if len(words) == 2 and self.nouns_capitalised and self.compound_title(words[0].lower()):
                # "Außenminister Zaorálek": a title and a surname, the person mentioned by it
                self.mentions.append((m.start() + m.group().rfind(words[1]), words[1]))
                continue
            if len(words) < 2 or len(words) - sum(w in NAME_JOINERS for w in words[1:-1]) > 4:
                continue  # "Luiz Inácio Lula da Silva": four words and a joiner
            if self.common_run(" ".join(words)):
                continue  # "beim Thema Nachhaltigkeit", "Millionen Kinder": nouns, no person's name
            if _surname_and_noun(self, words):
                # "führt in einer Mail an Relotius Punkte an": the surname of a person the article
                # named in full, then a noun (capitalised in German): the person, not a new name
                self.mentions.append((m.start() + m.group().find(words[0]), self.full[words[0]]))
                continue
            name = " ".join(words)
            if (
                words[0] not in ORG_HEADS
                and all(
                    w[:1].isupper() and not w.isupper() and w.lower() not in lc.roles
                    for w in [words[0], _unparticled(words[-1])]
                    if not initial(w)
                )
                and not _continues_a_run(text, m.start())
                and not _noun_and_complement(words, lc, text, self.nouns_capitalised)
            ):
                # where the name itself starts: a title the run opened with ("Bürgermeister Jan
                # Roth") is then among the words before it, for titled() and the gender
                at = m.start() + max(0, m.group().find(words[0]))
                self.mentions.append((at, name))
                for w in words[1:]:
                    self.forms.setdefault(_unparticled(w), []).append((at, name))
                prev = text[max(0, at - 16) : at].split()
                g = (title_gender(prev[-1]) if prev else None) or given_gender(name, lc)
                if g is not None:
                    self.genders.setdefault(name, g)  # "Mme Julie Lambert", "Herr Vogt", "Lotte Berg"
            self.first.setdefault(words[0], name)
            for inner in words[1:-1]:
                # "Lula" → "Luiz Inácio Lula da Silva": an inner word of a longer name, unless
                # two names share it
                if inner[:1].isupper() and inner not in NAME_JOINERS:
                    old_inner = self.inner.get(inner)
                    self.inner[inner] = name if old_inner in {None, name} else ""
            if "-" in words[-1]:
                self.full.setdefault(words[-1].split("-")[0], name)  # "Tobisch" → "Lotte Tobisch-Labotyn"
            old = self.full.get(words[-1])
            if old is None or (name != old and _fuller(name, old, lc)):
                self.full[words[-1]] = name
        self.agents: set[str] = set()  # agents of "ने" in a script without capitals: people acting
        if lc.case_blind:
            self._agents(text)
        elif not self.nouns_capitalised:  # German nouns are capitalised: "die Art", "der Mark"
            self._given_alone(text)

    def _agents(self, text: str) -> None:
        """The people acting in a script without capitals: the names before the agent marker
        ``ने`` (:func:`~newsparse.rules.quotes.languages.caseless.agent_runs`), the antecedents
        a later ``उन्होंने`` stands for."""
        for at, words, run in agent_runs(text, self.lc):
            if len(self.mentions) >= _MAX_AGENTS:
                break
            name = " ".join(run)
            self.mentions.append((at, name))
            for w in words[1:]:
                self.forms.setdefault(_unparticled(w), []).append((at, name))
            self.agents.add(name)
            old = self.full.get(run[-1])
            if old is None or len(name) > len(old):
                self.full[run[-1]] = name
        self.mentions.sort()

    def _given_alone(self, text: str) -> None:
        """People named by a given name alone (``explique Antoine``, ``avec Pasiphae``): a known
        given name inside a sentence, outside a longer capitalised run, is a person mentioned."""
        for start, word, g in _lone_given_names(text, self.lc, self.full, self.first):
            self.mentions.append((start, word))
            self.genders.setdefault(word, g)
        self.mentions.sort()

    def mention_speakers(self, words: set[str]) -> None:
        """Every use of a word that names a speaker somewhere (``erzählte Tobisch``) mentions that
        person (``Tobisch starb …``, ``schaffte Tobisch …``), even alone: a pronoun after it
        stands for them. Bounded: the first uses of each word."""
        added = False
        for word in words:
            if len(word) < 3 or not word[:1].isupper() or word.isupper() or self.lc.case_blind:
                continue
            if self.common_noun(word):
                continue  # "Bericht", "Thema": a noun somewhere read as a speaker names nobody
            for pos in self.words.uses(word, _USES):
                self.mentions.append((pos, word))
                added = True
        if added:
            self.mentions.sort()

    def lowered(self, word: str) -> bool:
        """Whether the capitalised ``word`` is capitalised only for its place, where nouns are
        capitalised (German): the article also writes it in lower case as a whole word
        (``Doch`` / ``doch``, ``Am`` / ``am``, ``Meine`` / ``meine``), so it is no noun and no
        name, unless it is a word of a longer name the article wrote (``Kurz`` of ``Sebastian
        Kurz``, though ``kurz`` is an adverb). One lookup in the word index."""
        if not self.nouns_capitalised or not word[:1].isupper() or word.isupper() or not word.isalpha():
            return False
        if word.lower() in _GERMAN_OPENERS:
            return True  # "Euer Herz", "Welche Gedankenzitate", "Dir Kommentare": a closed class
        if " " in self.full.get(word, "") or " " in self.first.get(word, "") or self.inner.get(word):
            return False
        if given_gender(word, self.lc) is not None or word.endswith(_ADJECTIVE_ENDS):
            # "Ernst Vogt" (though "ernst" is an adjective); "Europäischen Rechnungshof": an
            # adjective opening a body's name stays, for organisation() to read
            return False
        return any(True for _ in self.words.uses(word.lower(), 1))

    def common_noun(self, word: str) -> bool:
        """Whether the capitalised ``word`` is a common noun, where nouns are capitalised: no
        given name nor a word of a longer name the article wrote, and either written after an
        article or determiner somewhere in the article (``der Bericht``, ``die Insassen``, ``in
        diesem Zusammenhang``) or ending like an abstract noun (``-ung``, ``-keit``). A person's
        surname stays a name: the article writes it with the given name too (``Claas Relotius``
        before ``der Relotius``). Computed once per word, from a few of its uses."""
        found = self.nouns.get(word)
        if found is None:
            found = self.nouns[word] = self._common_noun(word)
        return found

    def _common_noun(self, word: str) -> bool:
        if not self.nouns_capitalised or not word[:1].isupper() or word.isupper() or not word.isalpha():
            return False
        low = word.lower()
        if given_gender(word, self.lc) is not None or low in self.lc.titles or low in self.lc.roles:
            return False
        if " " in self.full.get(word, "") or " " in self.first.get(word, "") or self.inner.get(word):
            return False
        if low.endswith(_NOUN_ENDS) or low.endswith(_NOUN_PLURAL_ENDS):
            return True
        text = self.text
        for pos in self.words.uses(word, _NOUN_USES):
            before = text[max(0, pos - 24) : pos].split()
            relative = len(before) > 1 and before[-2][-1] in ",;"  # ", die Bloomberg einsah"
            if before and before[-1] in _GERMAN_DETERMINERS and not relative:
                return True  # "der Bericht", "in diesem Zusammenhang"
        return False

    def run_name(self, run: str) -> str | None:
        """The name in the capitalised run ``run`` (as :data:`NAME_RUN` matched it) without the
        words capitalised only for their place (:meth:`lowered`); None when nothing is left that
        names anyone: only common nouns (:meth:`common_run`), or one word that proves no person
        (:meth:`person_word`: ``Am Telefon`` → ``Telefon``)."""
        words = run.split()
        k = 0
        while k < len(words) and self.lowered(words[k]):
            k += 1
        if k == len(words) or self.common_run(" ".join(words[k:])):
            return None
        if k and len(words) - k == 1 and not self.person_word(words[k]):
            return None
        return " ".join(words[k:])

    def common_run(self, name: str) -> bool:
        """Whether ``name`` is a run of common nouns and no name (``Thema Nachhaltigkeit``,
        ``Geburtstag Blumen``, ``Bericht``): every word a :meth:`common_noun`."""
        words = name.split()
        return bool(words) and self.nouns_capitalised and all(self.common_noun(w) for w in words)

    def organisation(self, name: str) -> bool:
        """Whether ``name`` opens with a word that heads an organisation or place (``Casa de
        Gobierno``, ``Partido Comunista``, ``Ministerio``)."""
        words = name.split()
        if not words or words[0] in ORG_HEADS:
            return bool(words)
        # German: a body's name runs on from an adjective ("Europäischen Rechnungshof") or ends
        # in a body's noun ("Bundesrechnungshof", "Landratsamt"); a person's never does
        return self.nouns_capitalised and (
            words[0].endswith(_ADJECTIVE_ENDS) or words[-1].lower().endswith(_BODY_ENDS)
        )

    def person_word(self, word: str) -> bool:
        """Whether a name written as the single capitalised ``word`` reads as a person or body:
        an acronym, a word of a longer name in the article, a known given name, or (where nouns
        are not capitalised) a word the article also writes inside a sentence, after neither a
        determiner nor a preposition; not a sentence opener (``Asimismo``, ``Malgré``) or a noun."""
        if (
            self.lc.case_blind
            or word.isupper()
            or (word.isalpha() and any(c.isupper() for c in word[1:]))  # "ToyTalk", "McKinsey": no noun
            or word in self.full
            or word in self.first
            or given_gender(word, self.lc) is not None
        ):
            return True
        if self.nouns_capitalised:
            return False
        found = self.openers.get(word)
        if found is None:
            found = self.openers[word] = _inside_a_sentence(self.text, self.words, word)
        return found

    def resolve(self, written: str) -> str:
        """The fullest form of the name ``written`` in the article (computed once per form)."""
        found = self.resolved.get(written)
        if found is None:
            found = self._fullest(written)
            if found != written and " " in found:
                found = self._fullest(found)  # "il Dg" → "Dg Tedros" → "Tedros Adhanom Ghebreyesus"
            self.resolved[written] = found
        return found

    def resolve_at(self, written: str, at: int) -> str:
        """The fullest form of the name ``written`` at ``at``: as :meth:`resolve`, but a surname
        written alone that two people share (``Juan Martínez`` and ``Oscar Martínez``) is the one
        whose full name was written last before ``at`` (else first after it), in the fullest form
        the article gives that person."""
        forms = None if self.lc.case_blind else self.forms.get(written)  # no capitals, no full names
        if forms is not None:
            # people: a known given name opens each ("Nachrichtenagentur TASR Fico" is no person)
            forms = [(pos, name) for pos, name in forms if given_gender(name, self.lc) is not None]
        if not forms or len({name.split()[0] for _, name in forms}) < 2:
            return self.resolve(written)
        near = forms[0][1]
        for pos, name in forms:
            if pos >= at:
                break
            near = name
        first = near.split()[0]
        return max((name for _, name in forms if name.split()[0] == first), key=len)

    def _fullest(self, written: str) -> str:
        written_words = written.split()
        if self.lc.case_blind and len(written_words) > 1 and written_words[-1] in self.lc.roles:
            # "केंद्रीय राज्य मंत्री ने कहा": qualifiers and a role, the person named after it
            holder = role_holder(self.text, written_words[-1], self.lc)
            if holder != written_words[-1]:
                return holder
        words = [w for w in written.replace("\u00a0", " ").split() if w.lower() not in self.lc.titles]
        if not self.lc.case_blind:
            # "l'ambasciatore israeliano Alon Bar": the name is the capitalised run at the end
            k = len(words)
            while k > 0 and (words[k - 1][:1].isupper() or (k < len(words) and words[k - 1] in NAME_JOINERS)):
                k -= 1
            if 0 < k < len(words):
                words = words[k:]
            words = _untitled(words, self.compound_title, self.nouns_capitalised, self.lc)
            if len(words) == 2 and self.nouns_capitalised and self.compound_title(words[0].lower()):
                words = words[1:]  # "Außenminister Zaorálek" → "Zaorálek" → its fullest form
        while words and (words[0].lower() in DETERMINERS or words[0].lower() in self.lc.roles):
            words = words[1:]
        if not words:
            return role_holder(self.text, written, self.lc) if self.lc.case_blind else written
        name = " ".join(words)
        if self.lc.case_blind and len(words) == 1:
            return self._completed(words[0])
        if len(words) > 2:
            return name
        # the fullest form: by last word, or by first word ("Dg Tedros" → "Tedros Adhanom Ghebreyesus")
        found = [f for f in (self.full.get(words[-1]), self.first.get(words[-1])) if f]
        if len(words) == 2 and len(words[0]) > 2:
            # "Aníbal Fernández" is not "Alberto Fernández": a full name keeps its first name
            found = [f for f in found if words[0] in f.split()]
        if len(words) == 1 and words[0] in self.first:
            found.append(self.first[words[0]])
        if len(words) == 1 and not found and self.inner.get(words[0]):
            found.append(self.inner[words[0]])
        if found:
            return max(found, key=len)
        return _double_barrelled(self.text, self.words, name) if len(words) == 1 else name

    def titled(self, at: int, name: str) -> bool:
        """Whether the name ``name`` at ``at`` reads as a person: a title or role among the four
        words before it (``la maire de Lille, Sophie Marchand``), a known given name, or it opens
        a sentence (in German only with a given name: ``Am Freitag``, ``Nacht von Mittwoch``)."""
        if self.genders.get(name) is not None:
            return True
        if self.nouns_capitalised and " " in name and any(w in _PARTICLES for w in name.split()[1:-1]):
            return not self.organisation(name)  # "Kris de Decker", "Ursula von der Leyen": a person's name
        before = self.text[max(0, at - 40) : at]
        if not before.strip() or before.rstrip(" \t\u00a0")[-1:] in ".!?\n":  # a line's start too
            return not self.nouns_capitalised
        for w in before.split()[-4:]:
            w = w.lower().strip(",")
            if w in self.lc.titles or w in self.lc.roles or self.compound_title(w):
                return True
        return False

    def _completed(self, word: str) -> str:
        """``अनुराग`` → ``अनुराग डोभाल``: the name ``word`` opens, completed once
        (:func:`~newsparse.rules.quotes.languages.caseless.completed_name`)."""
        found = self.completed.get(word)
        if found is None:
            found = self.completed[word] = completed_name(self.text, word, self.lc)
        return found


def _surname_and_noun(names: ArticleNames, words: list[str]) -> bool:
    """Whether two capitalised words are a known surname and a noun or another known surname:
    where nouns are capitalised, the first is the last word of a longer name the article
    wrote before, and the second is no name's word nor a given name, or the last word of
    another longer name."""
    if not (names.nouns_capitalised and len(words) == 2 and " " in names.full.get(words[0], "")):
        return False
    if " " in names.full.get(words[1], ""):
        return True  # "schickt Relotius Fichtner eine Mail": two people named in full before
    second = words[1]
    return second not in names.full and second not in names.first and given_gender(second, names.lc) is None


def _lone_given_names(
    text: str, lc: LanguageCues, full: dict[str, str], first: dict[str, str]
) -> Iterator[tuple[int, str, str]]:
    """``(start, word, gender)`` of each known given name written alone inside a sentence,
    outside a longer capitalised run (``full`` and ``first`` hold the runs' words), in text
    order."""
    for m in _LONE_WORD.finditer(text):
        word = m.group()
        before = text[max(0, m.start() - 3) : m.start()].rstrip(" \u00a0")
        if not before or before[-1] in '.!?\n:«“„"' or word in full or word in first:
            continue
        prev = text[max(0, m.start() - 20) : m.start()].split()[-1:]
        if prev and (prev[0].lower() in DETERMINERS or prev[0][:1].isupper()):
            continue  # "la Rosa", "Banco Santander": a noun or part of another name
        g = given_gender(word, lc)
        if g is not None:
            yield m.start(), word, g


def _inside_a_sentence(text: str, index: WordIndex, word: str) -> bool:
    """Whether ``word`` is written inside a sentence, after neither a determiner nor a
    preposition (for :meth:`ArticleNames.person_word`)."""
    for pos in index.uses(word, 20):  # bounded: a handful of uses decide
        before = text[max(0, pos - 30) : pos].split()
        prev = before[-1] if before else ""
        low = prev.lower()
        if (
            prev
            and prev[-1] not in '.!?:«“„"—–-'
            and low not in DETERMINERS
            and low not in PREPOSITIONS
            and not low.startswith(("l'", "l’"))
        ):
            return True
    return False


def _double_barrelled(text: str, index: WordIndex, word: str) -> str:
    """``Tobisch`` → ``Tobisch-Labotyn``: a surname written alone that the article also writes
    as the first half of a double-barrelled one (its fullest form)."""
    for at in index.starts(word + "-"):
        m = _SECOND_HALF.match(text, at + len(word) + 1)
        if m is not None:
            return f"{word}-{m.group()}"
    return word


_MAX_AGENTS = 2000  # bounded: a huge text's later agents add nothing a pronoun needs

_SECOND_HALF = deferred_regex(r"\p{Lu}\p{Ll}{1,30}+(?![\w-])")
_USES = 40  # uses of one speaker's word read as mentions (the rest add nothing a pronoun needs)

# a capitalised word standing alone (not followed by another capitalised word)
_LONE_WORD = deferred_regex(r"(?<![\w’'-])\p{Lu}\p{Ll}{2,20}+(?![\w’'-])(?![ \u00a0]\p{Lu})")


# a word as :func:`_whole_word` bounds it: a run of letters and digits
_ALNUM_RUN = deferred_regex(r"[\p{L}\p{N}]++")
# the capitalised words: the names searched for; the rest are indexed only when asked for
_CAPITALISED_RUN = deferred_regex(r"(?<![\p{L}\p{N}])\p{Lu}[\p{L}\p{N}]*+")


class WordIndex:
    """Where each word of a text is written, read in one pass, so that finding the uses of any
    number of distinct names costs time linear in the text, not text length × names (a text
    naming a new person in every sentence). Capitalised words are indexed at once; the rest
    only if a search asks for one."""

    def __init__(self, text: str) -> None:
        self.text = text
        self._capitalised: dict[str, list[int]] | None = None
        self._all: dict[str, list[int]] | None = None

    def starts(self, written: str) -> Iterator[int]:
        """Where ``written`` is written with no letter or digit before it, in text order (every
        such place: it may run on into a longer word)."""
        first = _ALNUM_RUN.search(written)
        if first is None:
            return  # no letter or digit: not a word a name search asks for
        text, lead = self.text, first.start()
        for at in self._positions(first.group()):
            pos = at - lead
            if pos >= 0 and text.startswith(written, pos) and (pos == 0 or not text[pos - 1].isalnum()):
                yield pos

    def uses(self, word: str, limit: int) -> Iterator[int]:
        """The first ``limit`` places where ``word`` is written as a whole word, in text order."""
        text, end = self.text, -1
        found = 0
        for pos in self.starts(word):
            if found >= limit:
                return
            if pos >= end and _whole_word(text, pos, pos + len(word)):
                found += 1
                end = pos + len(word)
                yield pos

    def _positions(self, key: str) -> list[int]:
        """Where the run of letters and digits ``key`` is written as a whole run."""
        if _CAPITALISED_RUN.fullmatch(key) is not None:
            if self._capitalised is None:
                self._capitalised = index_words(_CAPITALISED_RUN, self.text)
            return self._capitalised.get(key, [])
        if self._all is None:
            self._all = index_words(_ALNUM_RUN, self.text)
        return self._all.get(key, [])


def index_words(run: regex.Pattern[str], text: str) -> dict[str, list[int]]:
    """Each word the pattern ``run`` matches in ``text`` → where it is written, in order."""
    index: dict[str, list[int]] = {}
    for m in run.finditer(text):
        index.setdefault(m.group(), []).append(m.start())
    return index


def _fuller(name: str, old: str, lc: LanguageCues) -> bool:
    """Whether ``name`` is a fuller form of a person's name than ``old`` (both ending in the same
    word): one opening with a known given name beats one that does not (``Robert Fico`` over
    ``Nachrichtenagentur TASR Fico``, a noun, a body and the surname run together); else the
    longer."""
    new_rank, old_rank = _name_rank(name, lc), _name_rank(old, lc)
    if new_rank != old_rank:
        return new_rank > old_rank
    return len(name) > len(old)


def _name_rank(name: str, lc: LanguageCues) -> int:
    """2 for a name opening with a known given name, 0 for one opening with a title or role
    (``Außenminister Zaorálek``), else 1."""
    if given_gender(name, lc) is not None:
        return 2
    first = name.split(" ", 1)[0].lower()
    return 0 if first in lc.titles or first in lc.roles or lc.compound_title(first) else 1


def _untitled(
    words: list[str], compound_title: Callable[[str], bool], nouns: bool, lc: LanguageCues | None = None
) -> list[str]:
    """``Innenminister Jonas Brandt`` → ``Jonas Brandt``: a compound title (a word ending in a
    role noun) is no part of the name, nor, where nouns are capitalised, a noun before a known
    given name (``Initiatorin Anna Vogt``; never ``Miguel Mario Cabrera``: two given names)."""
    while len(words) > 2 and (
        compound_title(words[0].lower())
        or (nouns and given_gender(words[1], lc) is not None and given_gender(words[0], lc) is None)
    ):
        words = words[1:]
    if nouns and len(words) > 3 and compound_title(words[1].lower()) and given_gender(words[0], lc) is None:
        # "Tschechiens Außenminister Lubomír Zaorálek": a country's genitive, then the title
        words = words[2:]
    if lc is not None and len(words) > 2 and given_gender(words[0], lc) is None:
        # "presidente del Consiglio Giorgia Meloni", "ministro dello Sport Andrea Abodi": the
        # run opens with the body's capitalised words; the person starts at the given name (not
        # after a joiner: "Rosario del Pilar Pentón" is one name)
        for k in range(1, len(words) - 1):
            if given_gender(words[k], lc) is not None:
                if words[k - 1].lower() not in NAME_JOINERS:
                    words = words[k:]
                break
    if nouns and "von" in words[1:-2] and words[words.index("von", 1) + 1].lower() not in _ARTICLE_JOINERS:
        # "Texte von Claas Relotius", "Mail von Jan Kohl": "von" before a full name is a
        # preposition; in a name it stands before the surname alone ("Richard von Weizsäcker")
        words = words[words.index("von", 1) + 1 :]
    return words


def _noun_and_complement(words: list[str], lc: LanguageCues, text: str, nouns: bool) -> bool:
    """Whether a capitalised run joined by a particle is a noun and its complement, no person
    (``Erteilung von Visa``, ``Qualitätssicherung von Rheinmetall``, ``Título de Oro``, ``Loi de
    Programmation``): its first word is no given name, and it is a noun — where nouns are
    capitalised, by its ending or a bare ``von``; elsewhere, by its ending or because the
    article writes it in lower case too.
    A person's name with a particle inside opens with a given name (``Ursula von der Leyen``,
    ``Rosario del Pilar Pentón``) or with one the tables lack (``Kris de Decker``)."""
    if not any(w in NAME_JOINERS for w in words[1:-1]):
        return False
    first = words[0]
    if given_gender(first, lc) is not None or first in SHARED_NAMES or initial(first):
        return False
    low = first.lower()
    if nouns:
        # German "von" with no article after it joins a noun to its complement ("Vergabe von
        # Grundstücken"); in a name it follows a given name ("Richard von Weizsäcker")
        return low.endswith(_NOUN_ENDS) or "von" in words[1:-1]
    return low.endswith(_ROMANCE_NOUN_ENDS) or written_lower(text, low)


def written_lower(text: str, low: str) -> bool:
    """Whether the lower-case word ``low`` is written as a whole word in ``text``: a literal
    search (C speed), its first few hits checked for word boundaries; no word index is built."""
    pos = text.find(low)
    for _ in range(_LOWER_TRIES):
        if pos < 0:
            return False
        end = pos + len(low)
        if (pos == 0 or not text[pos - 1].isalnum()) and (end >= len(text) or not text[end].isalnum()):
            return True
        pos = text.find(low, end)
    return True  # many hits inside other words: a common string, not a name's


_LOWER_TRIES = 16


# endings of German abstract nouns, never of a given name ("Erteilung", "Sicherheit", "Mannschaft")
_NOUN_ENDS = ("ung", "heit", "keit", "schaft", "tät", "tion", "nis", "tum", "ment", "ismus")
_NOUN_PLURAL_ENDS = ("ungen", "heiten", "keiten", "schaften", "täten", "tionen", "nisse")

# German articles and determiners (as written inside a sentence: lower case) before a noun: a
# capitalised word the article writes after one is a common noun ("der Bericht", "im Zusammenhang")
_GERMAN_DETERMINERS = wordset(
    "der die das dem den des ein eine einem einen einer eines kein keine keinem keinen keiner "
    "dieser diese dieses diesem diesen jeder jede jedes jedem jeden im am zum zur vom beim ins "
    "unser unsere unserem unseren unserer mein meine meinem meinen meiner"
)
# German words of closed classes that open a sentence capitalised and never start a name:
# pronouns, possessives, interrogatives, conjunctions and sentence adverbs ("Doch Heiko Maas
# glaubt", "Also Sie sagen", "Meine Freunde meinen", "Welche Profile …")
_GERMAN_OPENERS = _GERMAN_DETERMINERS | wordset(
    "ich du er sie es wir ihr mich dich mir dir uns euch ihnen sich dein deine deinem deinen "
    "deiner euer eure eurem euren eurer sein seine seinem seinen seiner ihre ihrem ihren ihrer "
    "welche welcher welches welchem welchen was wer wen wem wie wo warum wieso weshalb wann "
    "und oder aber denn doch also sondern weil wenn ob dass als da damit obwohl während nachdem "
    "bevor sobald jedoch dennoch trotzdem deshalb daher darum deswegen zudem außerdem auch noch "
    "nur schon sogar eben halt ja nein nun jetzt dann danach heute gestern morgen hier dort so "
    "viel viele vielen vieles wenig einige manche alle beide beiden kein"
)
_NOUN_USES = 12  # uses of a word read for an article before it (bounded: a few decide)

# endings of French, Spanish, Portuguese and Italian abstract nouns ("Programación", "Comissão",
# "Direzione", "Sécurité", "Ordenamiento"); a given name so ending ("Concepción") is in the tables
_ROMANCE_NOUN_ENDS = (
    "ción", "sión", "ção", "são", "zione", "sione", "tion", "sion", "dad", "dade", "ità", "ité",
    "mento", "miento", "ment", "ismo", "isme", "ura", "ure", "ería", "aria",
)  # fmt: skip


# particles inside a person's name ("Kris de Decker", "Rafael van der Vaart", "Ursula von der Leyen")
# (not German "von": "Nachtzüge von Barcelona" is a noun and a place)
_PARTICLES = frozenset({"de", "da", "di", "del", "della", "dos", "du", "van", "ter"})

# "Ursula von der Leyen": "von" before an article is part of the surname, never a preposition
_ARTICLE_JOINERS = wordset("der den dem")


def _unparticled(word: str) -> str:
    """``d'Aubuisson`` → ``Aubuisson``: a surname without the elided particle glued to it."""
    return word[2:] if word[:2] in {"d'", "d’"} and len(word) > 2 else word


def _elided(word: str) -> bool:
    """``D'après``, ``L’agenzia``, ``Dall'inizio``: a sentence-opening word whose elided article or
    preposition is capitalised, not a name (``D'Alema``, ``O'Brien`` go on with a capital)."""
    for mark in "'’":
        at = word.find(mark)
        if 0 < at <= 4:
            return word[at + 1 : at + 2].islower()
    return False


def _continues_a_run(text: str, at: int) -> bool:
    """Whether the run at ``at`` continues a longer capitalised one that the bounded pattern
    cut (``… del Partido Comunista`` + ``de Cuba``): the word before it is capitalised, or a
    name joiner after one."""
    window = text[max(0, at - 40) : at]
    before = window[window.rfind("\n") + 1 :].split()[-2:]  # a run never continues across lines
    if not before:
        return False
    if before[-1][:1].isupper() and before[-1][-1:].isalpha():
        return True
    return len(before) == 2 and before[-1] in NAME_JOINERS and before[0][:1].isupper()


def _whole_word(text: str, pos: int, end: int) -> bool:
    return (pos == 0 or not text[pos - 1].isalnum()) and (end >= len(text) or not text[end].isalnum())


def given_gender(name: str, lc: LanguageCues | None = None) -> str | None:
    """``f`` or ``m`` when the first word of ``name`` is a given name of one sex: in the tables of
    ``lc``'s language first (``Giorgia``, Italian ``Andrea``), then in the shared table (see
    :func:`newsparse.rules.quotes.names.sex_of`), written there without accents (``María`` is
    ``Maria``); else None."""
    first = name.split(" ", 1)[0]
    if len(first) < 2 or first.endswith("."):
        sex = sex_of(name)  # an initial first ("J. Valerie Okafor"): the shared table skips it
        return "f" if sex == "she" else "m" if sex == "he" else None
    return _word_gender(first.strip(",").lower(), lc)


@functools.lru_cache(maxsize=8192)
def _word_gender(first: str, lc: LanguageCues | None) -> str | None:
    """:func:`given_gender` of one lower-case word (cached: a text asks for the same few names
    many times)."""
    if lc is not None:
        for key in (first, first.split("-", 1)[0]):
            if key in lc.female:
                return "f"
            if key in lc.male:
                return "m"
    sex = sex_of(first)
    if sex is None and not first.isascii():
        sex = sex_of(_unaccented(first))
    return "f" if sex == "she" else "m" if sex == "he" else None


def _unaccented(word: str) -> str:
    """``maría`` → ``maria``, ``gérald`` → ``gerald``: the shared table writes names without accents."""
    return "".join(c for c in unicodedata.normalize("NFD", word) if not unicodedata.combining(c))


def initial(word: str) -> bool:
    """Whether ``word`` is a capital initial and its full stop (``E.``): a surname cut short."""
    return len(word) == 2 and word[1] == "." and word[0].isupper()


def title_gender(written: str) -> str | None:
    first = written.split()[0].lower() if written.split() else ""
    return "f" if first in _FEMALE else "m" if first in _MALE else None
