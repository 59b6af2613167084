"""Names in marks: the quotations that name a work, a programme, a law, a paper or a term
(``en su libro “Nunca cedas”``, ``die sogenannte „Brandmauer“``, ``im Gespräch mit «Kurier»``)
rather than quote anyone, read from the language's
:attr:`~newsparse.lang.LanguageTables.work_nouns` and
:attr:`~newsparse.lang.LanguageTables.mention_leads`. Each test reads a few words around the
marks: constant work per quotation."""

from __future__ import annotations

from newsparse.lang.tables import LanguageTables
from newsparse.rules.quotes.languages.phrases import PREPOSITIONS
from newsparse.rules.quotes.languages.text import back_over_space, word_count, words_in
from newsparse.rules.quotes.state import Raw

_SENTENCE_END = frozenset(".!?…।")  # a name in marks ends with none of these
_NAME_WORDS = 10  # a work's or a programme's name in marks is at most this many words
_NAME_LEAD_WORDS = 3  # longest mention lead ("unter dem titel")
_LEAD_WORDS = 20  # a title after a lead ("dal titolo «…»") may be a sentence, at most this long
_MENTION_SETS: dict[int, tuple[LanguageTables, frozenset[str], frozenset[str], frozenset[str]]] = {}


def _mention_sets(tables: LanguageTables) -> tuple[frozenset[str], frozenset[str], frozenset[str]]:
    """The work nouns, mention leads and name-opening prepositions of ``tables`` as sets (built
    once per tables object). A preposition that ends a fragment cue (``sprach von``, ``parlé
    de``) opens quoted words, not a name, and is left out."""
    entry = _MENTION_SETS.get(id(tables))
    if entry is None or entry[0] is not tables:
        fragment_ends = {c.split()[-1] for c in tables.fragment_cues if c.split()}
        entry = (
            tables,
            frozenset(tables.work_nouns),
            frozenset(tables.mention_leads),
            frozenset(PREPOSITIONS - fragment_ends),
        )
        _MENTION_SETS[id(tables)] = entry
    return entry[1], entry[2], entry[3]


def named_in_marks(text: str, raw: Raw, tables: LanguageTables, names: set[str] | None = None) -> bool:
    """Whether the quotation ``raw`` is a name in marks (see :func:`_named_here`) or repeats one
    found earlier in the document: ``names``, when given, holds the contents found so far and
    takes this one's (a title introduced once, ``unter der Überschrift »Jaegers Grenze«``, is
    quoted bare later on)."""
    content = text[raw.cstart : raw.cend].strip()
    if names is not None and content in names:
        return True
    if not _named_here(text, raw, tables):
        return False
    if names is not None and len(names) < _MAX_NAMES:
        names.add(content)
    return True


_MAX_NAMES = 500  # names remembered per document (a bound on the memory, not a limit in practice)


def _named_here(text: str, raw: Raw, tables: LanguageTables) -> bool:
    """Whether the quotation ``raw`` names a work, programme, law, paper or term rather than
    quoting anyone:

    - a mention lead right before it (``el programa conocido como “Quédate en México”``, ``die
      sogenannte „Brandmauer“``, ``un post dal titolo «Meno morti! Leggete i dati»``);
    - a work noun right before it (in German the last part of a compound too:
      ``US-Adressdatei »White Pages«``) and capitalised content (``en su libro “Never give an
      inch”``, ``la revista “Exame”``); in a script without capitals, a work noun right after
      it too (``'मन की बात' कार्यक्रम``);
    - a preposition and at most three capitalised words (``im Gespräch mit «Kurier»``);
    - the whole of a parenthesis (``UCPS („User Centric Payment System“)``): a gloss.

    Only a lead may stand before content with sentence punctuation of its own."""
    nouns, leads, openers = _mention_sets(tables)
    if not nouns and not leads:
        return False
    content = text[raw.cstart : raw.cend].rstrip()
    if not content or word_count(text, raw.cstart, raw.cend, _LEAD_WORDS) > _LEAD_WORDS:
        return False
    # a name has no sentence punctuation of its own and is a few words long
    named = content[-1] not in _SENTENCE_END
    named = named and word_count(text, raw.cstart, raw.cend, _NAME_WORDS) <= _NAME_WORDS
    cased = "Latin" in tables.scripts
    if _word_before(text, raw.start):
        window = words_in(text, max(0, raw.start - 60), raw.start)
        before = [w.lower() for _, _, w in window[-_NAME_LEAD_WORDS:]]
        if any(" ".join(before[-k:]) in leads for k in range(1, len(before) + 1)):
            return True
        if not named:
            return False
        last = before[-1].rsplit("'", 1)[-1].rsplit("’", 1)[-1] if before else ""  # "l’émission"
        capital = content[:1].isupper() or content[:1].isdigit()
        work = last in nouns or (tables.nouns_capitalised and _compound_of(last, nouns))
        if work and (capital or not cased):
            return True
        if cased and capital and last in openers and _short_name(content):
            return True
    if not named:
        return False
    if text[raw.start - 1 : raw.start] == "(" and text[raw.end : raw.end + 1] == ")":
        return True
    if cased and _nickname(text, raw, content):
        return True
    if cased:
        return False
    after = words_in(text, raw.end, min(len(text), raw.end + 40))[:1]
    return bool(after) and after[0][0] - raw.end <= 1 and after[0][2] in nouns


def _compound_of(word: str, nouns: frozenset[str]) -> bool:
    """Whether ``word`` is a compound ending in a work noun (``us-adressdatei``,
    ``nachrichtenmagazin``), in a case ending too (``des Branchenblattes``, ``der Zeitungen``):
    its last hyphen part, or a suffix of five letters or more."""
    tail = word.rsplit("-", 1)[-1]
    stems = [tail] + [tail[: -len(e)] for e in _CASE_ENDINGS if tail.endswith(e) and len(tail) > len(e) + 3]
    for stem in stems:
        if stem in nouns or any(stem.endswith(n) for n in nouns if len(n) >= 5 and len(stem) > len(n)):
            return True
    return False


# German case endings on a noun ("des Blattes", "des Magazins", "den Zeitungen")
_CASE_ENDINGS = ("es", "s", "en", "n", "e")


def _nickname(text: str, raw: Raw, content: str) -> bool:
    """``Eduardo "Wado" de Pedro``, ``Luiz Inácio „Lula“ da Silva``: a capitalised word or two in
    marks between a capitalised word and a capitalised one (a name particle may come first)."""
    if not content[:1].isupper() or len(content.split()) > 2:
        return False
    before = words_in(text, max(0, raw.start - 30), raw.start)[-1:]
    after = words_in(text, raw.end, min(len(text), raw.end + 40))[:2]
    if not before or not after or raw.start - before[0][1] > 1 or after[0][0] - raw.end > 1:
        return False
    if not before[0][2][:1].isupper():
        return False
    nxt = after[0][2]
    if nxt.lower() in _PARTICLES and len(after) > 1:
        nxt = after[1][2]
    return nxt[:1].isupper()


# particles inside a name after a nickname ("Eduardo “Wado” de Pedro")
_PARTICLES = frozenset({"de", "da", "do", "dos", "das", "del", "di", "van", "von", "la", "le", "du"})


def _short_name(content: str) -> bool:
    """At most three words and no clause punctuation: a paper's or a channel's name."""
    return len(content.split()) <= 3 and not any(c in content for c in ",;:")


def _word_before(text: str, mark: int) -> bool:
    """Whether a word, not punctuation, stands right before the mark at ``mark`` (one space
    between them at most: ``plan : « … »`` has none)."""
    at = mark - 1 if text[mark - 1 : mark] in {" ", "\u00a0", "\u202f"} else mark
    prev = text[at - 1 : at]
    return bool(prev) and (prev.isalnum() or "\u0900" <= prev <= "\u097f")


def title_in_sentence(text: str, raw: Raw, tables: LanguageTables) -> bool:
    """Whether the quotation ``raw``, which no cue attributes, is a title or a name set inside
    a sentence rather than anyone's words (``Se trata del "8° Congreso Internacional"``, ``bilden
    die „Leitlinien für den Tierschutz“``, ``(« Le blues des chercheurs », Le Monde)``): two to
    twelve words opening with a capital or a digit, no full stop or exclamation of their own, set
    after a word, a comma or a bracket of the sentence (not after its end, a colon or a
    complementiser that opens quoted words: ``dijo que “El fiscal …”``)."""
    if "Latin" not in tables.scripts:
        return False  # no capitals to tell a title by
    content = text[raw.cstart : raw.cend].strip(" \t\u00a0\u202f")
    if not content or not (content[:1].isupper() or content[:1].isdigit()) or content[-1] in ".!…":
        return False
    if not 2 <= word_count(text, raw.cstart, raw.cend, _TITLE_WORDS + 1) <= _TITLE_WORDS:
        return False
    at = back_over_space(text, max(0, raw.start - 40), raw.start)
    prev = text[at - 1 : at]
    if prev == ",":
        # "decía: ‘Coman …’, ‘Si lo encuentro …’": a list of quotations goes on; not a title
        return text[back_over_space(text, max(0, at - 40), at - 1) - 1 : at - 1] not in _CLOSING_MARKS
    if prev == "(":
        return True
    if not prev.isalnum():
        return False
    word = words_in(text, max(0, at - 30), at)[-1:]
    return bool(word) and word[0][2].lower() not in tables.complementisers


_CLOSING_MARKS = frozenset("’”»«\"'‘“")  # marks that close a quotation (either way round)
_TITLE_WORDS = 12  # a title or an event's name in marks inside a sentence is at most this long
