"""One language's speech cues: the tables compiled into one pattern (:class:`LanguageCues`),
the cue kinds, and :class:`Context`, what one document's attribution reads (its cues and
quotation extents)."""

from __future__ import annotations

import bisect
import functools

import regex

from newsparse.lang.tables import LanguageTables
from newsparse.rules.quotes import patterns as pat
from newsparse.rules.quotes.state import Raw, State
from newsparse.text.lazy import deferred_regex

# cue kinds
VERB, LENIENT, INVERSION, PARTICIPLE, ACCORDING, POSTPOSED, AS = "v", "l", "i", "p", "a", "pp", "as"
OPINION = "op"  # "Pour la ministre, …": a sentence-opening preposition before a source


# articles that open a body in the group tables ("la police", "die Polizei", "i carabinieri")
_ARTICLES = frozenset(
    ["le", "la", "les", "l'", "l’", "el", "los", "las", "lo", "der", "die", "das", "den", "dem", "des",
     "o", "a", "os", "as", "il", "i", "gli"]
)  # fmt: skip


class LanguageCues:
    """One language's cue pattern and word sets, compiled once per tables (see :func:`language_cues`)."""

    __slots__ = (
        "articles", "as_verbs", "case_blind", "code", "complementisers", "coordinators", "cue_re",
        "documents", "female", "fillers", "fragments", "function_words", "group_heads", "groups",
        "infinitives", "kinds", "linking", "male", "months", "mood", "mood_alone", "mood_re",
        "nouns_capitalised", "opening", "opinions", "plural_ends", "pronouns", "reading", "roles",
        "title_end", "titles", "weekdays",
    )  # fmt: skip

    def __init__(self, tables: LanguageTables) -> None:
        self.code = tables.code  # the language, for tables kept beside their rule (bracket.py)
        kinds: dict[str, str] = {}
        fields = (
            (tables.according_to, ACCORDING),
            (tables.reading_cues, ACCORDING),
            (tables.postposed_according_to, POSTPOSED),
            (tables.participle_cues, PARTICIPLE),
            (tables.speech_verbs, VERB),
            (tables.lenient_verbs, LENIENT),
            (tables.inversion_cues, INVERSION),
        )
        for words, kind in fields:
            for w in words:
                kinds[norm_cue(w)] = kind
        # sentence-opening only: found by a literal search (see find_opinions), not in the pattern
        self.opinions = tuple(
            w.capitalize() + " " for w in tables.opinion_openers if norm_cue(w) not in kinds
        )
        for w in tables.as_clause_openers:
            kinds.setdefault(norm_cue(w), AS)  # "wie", "como": a cue only when it opens an as-clause
        self.kinds = kinds
        # \p{M}: a Devanagari vowel sign is a mark, not \w; "ने" inside "उन्होंने" is no cue
        self.cue_re = (
            regex.compile(
                r"(?<![\w\p{M}'’-])(?:" + pat._trie(sorted(kinds)) + r")(?![\w\p{M}'’])", regex.IGNORECASE
            )
            if kinds
            else regex.compile(r"(?!x)x")
        )
        self.complementisers = frozenset(tables.complementisers)
        self.coordinators = frozenset(tables.speech_coordinators)
        # word by word: "más tarde", "além disso" are matched as the words they are made of
        self.linking = frozenset(w for a in tables.linking_adverbs for w in a.split())
        self.opening = frozenset(tables.opening_adverbs)
        self.infinitives = tuple(tables.infinitive_openers)
        self.fillers = frozenset(tables.according_fillers)
        self.reading = frozenset(norm_cue(w) for w in tables.reading_cues)
        self.as_verbs = frozenset(tables.as_clause_verbs)
        self.fragments = frozenset(norm_cue(c) for c in tables.fragment_cues)
        self.pronouns = dict(tables.pronouns)
        self.plural_ends = tuple(tables.plural_verb_endings)
        self.female = tables.female_names
        self.male = tables.male_names
        self.titles = frozenset(t.lower() for t in tables.titles)
        self.roles = frozenset(tables.role_nouns)
        self.groups = frozenset(tables.group_nouns)
        self.documents = frozenset(tables.document_nouns)
        # the noun of each body written with its article ("die polizei" -> "polizei"): the body
        # in another case or gender of article ("laut der Polizei", "nach Angaben der Feuerwehr")
        self.group_heads = frozenset(
            g.split(" ", 1)[1] for g in self.groups if g.split(" ", 1)[0] in _ARTICLES
        )
        # the articles this language's group tables open with: "a" is one in Portuguese ("a
        # polícia"), a preposition in Spanish and Italian ("explicó a La Nación")
        self.articles = frozenset(g.split(" ", 1)[0] for g in self.groups if g.split(" ", 1)[0] in _ARTICLES)
        self.case_blind = "Latin" not in tables.scripts  # no capitals to find names by
        self.function_words = tables.function_words
        self.nouns_capitalised = tables.nouns_capitalised
        self.mood = frozenset(tables.reported_mood)
        self.mood_alone = frozenset(tables.reported_mood_alone)
        # the lower-case forms that report alone, found in one scan per paragraph (compiled on
        # first use: only a language that has them pays)
        self.mood_re = (
            deferred_regex(r"(?<![\w'’-])(?:" + pat._trie(sorted(self.mood_alone)) + r")(?![\w'’-])")
            if self.mood_alone
            else None
        )
        self.weekdays = frozenset(tables.weekdays)  # "a réagi mercredi le ministre": no subject
        # "manifestó el 10 de abril que …": a date after a cue is an adjunct, no subject
        # each group's first entry is the full name ("mai"); short abbreviations ("mar") are left out
        self.months = frozenset(
            m for group in tables.months for i, m in enumerate(group) if i == 0 or len(m) > 3
        )
        # a word ending in a role noun is a (compound) title: "innenminister", "polizeisprecherin"
        ends = sorted({r for r in tables.role_nouns if len(r) >= 5 and " " not in r}, key=len, reverse=True)
        self.title_end = regex.compile("(?:" + "|".join(map(regex.escape, ends)) + r")\Z") if ends else None

    def compound_title(self, word: str) -> bool:
        """Whether the lower-case ``word`` ends in a role noun (a compound title)."""
        return self.title_end is not None and self.title_end.search(word) is not None


@functools.lru_cache(maxsize=32)
def language_cues(tables: LanguageTables) -> LanguageCues:
    """The compiled cues of ``tables`` (cached: each language compiles once)."""
    return LanguageCues(tables)


def norm_cue(cue: str) -> str:
    """A cue as the tables key it: lower case, single spaces."""
    return " ".join(cue.lower().split())


def find_cues(st: State, lc: LanguageCues) -> list[tuple[int, int, str]]:
    """Every cue of the text as ``(start, end, kind)``, from one pass of the cue pattern.

    For a Latin-script language the pattern runs led by one boundary character, which the
    engine skips to, instead of by its lookbehind, which it tries at every position (~1.6x
    faster); the matches are the same (see :func:`_cue_matches`). Devanagari cues start with
    rare letters, so Hindi's pattern is faster as it is.
    """
    text = st.text
    matches = _cue_matches(text, lc.cue_re) if not lc.case_blind else None
    if matches is None:
        matches = [(m.start(), m.end(), m.group()) for m in lc.cue_re.finditer(text)]
    out = []
    for s, e, g in matches:
        kind = lc.kinds.get(norm_cue(g))
        if kind is not None:
            out.append((s, e, kind))
    return out


def find_opinions(text: str, openers: tuple[str, ...]) -> list[tuple[int, int, str]]:
    """Every opinion preposition opening a sentence (``Pour …``, ``Per …``, ``Para …``: capitalised,
    at the text's or a line's start or after a sentence's end) as ``(start, end, OPINION)``; a
    literal search per opener, so the words' many other uses cost the cue pattern nothing."""
    out = []
    for opener in openers:
        pos = text.find(opener)
        while pos >= 0:
            before = text[max(0, pos - 3) : pos].rstrip(" \t\u00a0\u202f")
            if not before or before[-1] in '.!?\n»”"':
                out.append((pos, pos + len(opener) - 1, OPINION))
            pos = text.find(opener, pos + len(opener))
    return out


_LOOKBEHIND = r"(?<![\w\p{M}'’-])"


@functools.lru_cache(maxsize=32)
def _led(pattern: regex.Pattern[str]) -> regex.Pattern[str] | None:
    if not pattern.pattern.startswith(_LOOKBEHIND):
        return None
    return regex.compile(r"(?-i:[^\w\p{M}'’-])" + pattern.pattern[len(_LOOKBEHIND) :], pattern.flags)


def _cue_matches(text: str, cue_re: regex.Pattern[str]) -> list[tuple[int, int, str]] | None:
    """The matches of ``cue_re.finditer(text)``, scanned led by a consumed boundary character.

    Position 0 (no character before it) is tried alone; a match could be lost only where the
    previous one ended (its boundary character was consumed), so a cue found there hands the
    text back to the plain scan (None).
    """
    led = _led(cue_re)
    if led is None:
        return None
    out: list[tuple[int, int, str]] = []
    pos = 0
    first = cue_re.match(text)
    if first is not None:
        out.append((0, first.end(), first.group()))
        pos = first.end()
    out += [(m.start() + 1, m.end(), m.group()[1:]) for m in led.finditer(text, pos)]
    if any(cue_re.match(text, e) is not None for _, e, _ in out):
        return None
    return out


class Context:
    """What one document's attribution reads: the text, its cues, the quotations' extents."""

    __slots__ = ("cue_starts", "cues", "inside", "inside_starts", "lc", "text", "used")

    def __init__(self, st: State, lc: LanguageCues, direct: list[Raw]) -> None:
        self.text = st.text
        self.lc = lc
        self.cues = find_cues(st, lc)
        if lc.opinions:
            opinions = find_opinions(st.text, lc.opinions)
            if opinions:
                self.cues = sorted(self.cues + opinions)
        self.cue_starts = [c[0] for c in self.cues]
        self.inside = sorted((r.start, r.end) for r in direct)
        self.inside_starts = [a for a, _ in self.inside]
        self.used: set[int] = set()

    def cues_in(self, lo: int, hi: int) -> list[tuple[int, int, str]]:
        return self.cues[bisect.bisect_left(self.cue_starts, lo) : bisect.bisect_left(self.cue_starts, hi)]

    def quoted(self, pos: int) -> bool:
        k = bisect.bisect_right(self.inside_starts, pos) - 1
        return k >= 0 and self.inside[k][0] <= pos < self.inside[k][1]
