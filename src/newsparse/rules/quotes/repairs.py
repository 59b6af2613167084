"""Speaker phrases read too short or in the wrong place, repaired before they are resolved.

The attribution stage reads a speaker phrase next to each cue; a few shapes of real news text
leave it reading the wrong words. Each helper here looks at a few dozen characters around one
phrase or cue (never the whole text), so resolution stays linear:

* :func:`noun_after_adjective` — ``Israeli settlers, who …, said`` and ``according to the Danish
  government``: a nationality (or a word the article writes in lower case) read as a name, when
  it is the adjective of a common noun: the whole description speaks, not ``Israeli``;
* :func:`with_subject` — ``…, with Foreign Minister Lars Holm warning of “grave consequences”``:
  the subject of a participle cue in an absolute ``with`` phrase is the phrase after ``with``,
  not the sentence's subject;
* :func:`org_name_goes_on` — ``The Restaurants Association of Ireland have hit out …, saying``:
  an organisation's name read up to ``of``/``for`` goes on through the capitalised words after it;
* :func:`name_after_descriptor` — ``Telecom analysts Ovum welcomed the move, saying …``: a
  description read as the subject when the name it introduces follows it;
* :func:`possessive_role` — ``Russia's president has defended …, saying …``: a role owned by a
  name opening the sentence is its subject;
* :func:`name_after_epithet` — ``“…,” wrote 43-year-old Martin Taylor of Aberdeenshire``: an
  inverted cue whose name comes after an age or a lower-case role;
* :func:`without_adverb` — ``The Wikileaks founder always argued …``: an adverb read into a
  description before its verb is no part of it.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from newsparse.rules.quotes.epithets import nationality
from newsparse.rules.quotes.hints import NAME_OR_WORD, NAME_RUN
from newsparse.rules.quotes.phrases import _WORD_STRIP, NP

if TYPE_CHECKING:
    from newsparse.rules.quotes.evidence import PersonEvidence
    from newsparse.rules.quotes.speakers import NameTable

__all__ = [
    "name_after_descriptor",
    "name_after_epithet",
    "name_after_verb",
    "noun_after_adjective",
    "org_name_goes_on",
    "possessive_role",
    "with_subject",
    "without_adverb",
]

_NOUN_WORDS = 3
"""How many lower-case words after the adjective the description may take in."""

# Lower-case words that end a description before them: verbs and function words, not nouns
_NOT_NOUNS = frozenset(
    {"has", "had", "have", "is", "was", "were", "are", "will", "would", "can", "could", "may", "might",
     "must", "should", "shall", "did", "does", "do", "said", "says", "say", "told", "tell", "tells",
     "also", "then", "now", "later", "once", "never", "still", "too", "who", "which", "that", "and",
     "or", "but", "of", "in", "on", "at", "to", "for", "with", "by", "from", "as", "the", "a", "an",
     "reported", "reports", "claimed", "claims", "warned", "warns", "insisted", "insists", "added",
     "adds", "noted", "notes", "argued", "argues", "believe", "believes", "think", "thinks"}
)  # fmt: skip


def noun_after_adjective(text: str, np: NP, cue_at: int, evidence: PersonEvidence) -> NP | None:
    """The description ``np`` is the adjective of (``Israeli settlers``, ``the Danish
    government``), when its last word is a nationality, or one word the article also writes in
    lower case (``Local residents``), and lower-case nouns follow it; else None.

    ``cue_at``: where the cue starts (the description never reaches it; -1 when there is none).
    """
    if np.kind not in {"name", "desc"} or text[np.end : np.end + 1] != " ":
        return None
    space = text.rfind(" ", np.start, np.end)
    last = text[space + 1 if space >= 0 else np.start : np.end].strip(_WORD_STRIP)
    if not last[:1].isupper():
        return None
    words = text[np.start : np.end].split() if space >= 0 else [last]
    loose = len(words) == 1 and not nationality(last) and not evidence.written_lower(last)
    if loose and text[np.start - 1 : np.start] not in {"", "\n"} and text[np.start - 2 : np.start] != ". ":
        return None  # a word written as a name mid-sentence is one ("Apple engineers" aside)
    if not nationality(last) and len(words) != 1:
        return None
    hi = np.end + 60 if cue_at <= np.end else min(cue_at, np.end + 60)
    end = np.end
    taken = 0
    for word in text[np.end + 1 : hi].split(" ")[:_NOUN_WORDS]:
        bare = word.rstrip(",;:.")
        if not bare.isalpha() or not bare.islower() or bare in _NOT_NOUNS or bare.endswith(("ed", "ly")):
            break
        end += 1 + len(bare)
        taken += 1
        if bare != word:
            break  # "settlers," : the description ends at its comma
    if not taken:
        return None
    if loose and not (end + 1 == cue_at and text[end - 1 : end] == "s"):
        # a sentence's first word, capitalised there only, before a plural right at the cue
        # ("Defense attorneys said"): else the name may be a name ("Reyes aides said" aside)
        return None
    return NP(np.start, end, "desc")


_WITH_REACH = 110
"""How far before a participle cue the ``with`` of an absolute phrase may be."""


def with_subject(text: str, cue_at: int) -> NP | None:
    """The subject of the participle cue at ``cue_at`` in an absolute ``with`` phrase (``…, with
    Foreign Minister Lars Holm warning of …`` → the name; ``with officials saying …`` → the
    description), else None."""
    lo = max(0, cue_at - _WITH_REACH)
    at = text.rfind(" with ", lo, cue_at)
    if at < 0 or text[cue_at - 1 : cue_at] != " ":
        return None
    start, end = at + 6, cue_at - 1
    phrase = text[start:end]
    if not phrase or any(c in phrase for c in ',;:.!?"“”()'):
        return None
    words = phrase.split(" ")
    if len(words) > 8:
        return None
    if words[-1][:1].isupper():
        last = None
        for found in NAME_OR_WORD.finditer(text, start, end):
            last = found
        if last is None or last.end() != end:
            return None
        return NP(start, end, "name")
    if all(w.isalpha() and w.islower() for w in words) and words[-1] not in _NOT_NOUNS:
        return NP(start, end, "desc")  # "with officials saying"
    return None


_OF_NAME_REACH = 60
"""How many characters after ``of``/``for`` the rest of an organisation's name may take."""


def org_name_goes_on(text: str, np: NP, orgs: frozenset[str], cue_at: int) -> NP | None:
    """``np`` reaching on through ``of``/``for`` and the capitalised words after it when its last
    word marks an organisation (``Restaurants Association`` + `` of Ireland``, ``Ministry`` + ``
    of Health``), stopping before the cue at ``cue_at``; else None."""
    if np.kind not in {"name", "desc"} or not text.startswith((" of ", " for "), np.end):
        return None
    last = text[np.start : np.end].rsplit(" ", 1)[-1].strip(_WORD_STRIP)
    if last not in orgs:
        return None
    for joiner in (" of the ", " for the ", " of ", " for "):
        if text.startswith(joiner, np.end):
            at = np.end + len(joiner)
            break
    else:
        return None
    hi = min(len(text), at + _OF_NAME_REACH)
    if 0 <= cue_at < hi and cue_at > np.end:
        hi = cue_at
    m = NAME_OR_WORD.match(text, at, hi)
    if m is None:
        return None
    words = text[np.start : np.end].split()
    if words[0] in {"The", "the"} and all(w[:1].isupper() for w in words[1:]):
        return NP(np.start + 4, m.end(), "name")  # "The Restaurants Association of Ireland": a name
    return NP(np.start, m.end(), np.kind)


def name_after_descriptor(text: str, np: NP) -> NP | None:
    """The name a description at ``np`` introduces right after it (``Telecom analysts Ovum
    welcomed …``, ``consultancy firm Capital Economics said``), when a lower-case word (the verb)
    follows the name; else None."""
    if np.kind != "desc" or text[np.end : np.end + 1] != " ":
        return None
    last = text[np.start : np.end].rsplit(" ", 1)[-1]
    if not last.isalpha() or not last.islower() or last in _NOT_NOUNS:
        return None
    m = NAME_OR_WORD.match(text, np.end + 1, np.end + 60)
    if m is None or text[m.end() : m.end() + 1] != " ":
        return None
    verb = text[m.end() + 1 : m.end() + 20].split(" ", 1)[0]
    if not verb.isalpha() or not verb.islower():
        return None
    return NP(m.start(), m.end(), "name")


def possessive_role(text: str, ss: int, se: int, roles: frozenset[str]) -> NP | None:
    """The role a name owns at the start of sentence ``[ss, se)`` (``Russia's president``,
    ``Apple's chief executive``), as a description, when a lower-case word (the verb) follows it;
    else None."""
    words = text[ss : min(se, ss + 80)].split(" ", 5)
    if len(words) < 3 or not words[0][:1].isupper() or not words[0].endswith(("'s", "’s")):
        return None
    end = ss + len(words[0])
    for i, word in enumerate(words[1:4], 1):
        if not word.isalpha() or not word.islower():
            return None
        end += 1 + len(word)
        if word in roles and i + 1 < len(words) and words[i + 1][:1].islower():
            return NP(ss, end, "desc")
    return None


# Inverted cues after a comma-ended quote ("“…,” wrote 43-year-old Martin Taylor")
_INVERTED_CUES = frozenset(
    {"said", "says", "wrote", "writes", "added", "adds", "explained", "recalled", "admitted",
     "continued", "noted", "insisted", "warned", "told", "tweeted", "posted", "replied"}
)  # fmt: skip


def name_after_epithet(text: str, end: int, content_end: int) -> tuple[NP, tuple[int, int]] | None:
    """The name and the cue of an inverted attribution after a comma-ended quote closing at
    ``end`` whose name follows an age or lower-case role words (``“…,” wrote 43-year-old Martin
    Taylor``, ``“…,” said local teacher Ann Lee``); else None."""
    if text[content_end - 1 : content_end] != "," or text[end : end + 1] != " ":
        return None
    words = text[end + 1 : end + 90].split(" ", 5)
    if len(words) < 3 or words[0] not in _INVERTED_CUES:
        return None
    at = end + 2 + len(words[0])
    epithet = False
    for word in words[1:4]:
        age = word.endswith("-year-old") and word[:1].isdigit()
        if not age and not (word.isalpha() and word.islower() and word not in _NOT_NOUNS):
            break
        epithet = True
        at += len(word) + 1
    if not epithet:
        return None
    m = NAME_RUN.match(text, at, at + 60)
    if m is None:
        return None
    return NP(m.start(), m.end(), "name"), (end + 1, end + 1 + len(words[0]))


def name_after_verb(
    text: str, end: int, content_end: int, names: NameTable
) -> tuple[NP, tuple[int, int]] | None:
    """The name and the cue of an inverted attribution whose verb the vocabulary lacks, after a
    comma-ended quote closing at ``end``: a lower-case verb in ``-s`` or ``-ed`` right before a
    name the article gives a person in full (``“…,” comments Johnston in a statement``,
    ``“…,” enthused Ann Lee``); else None. The name must be known, so a common ``“…,” reads
    Section 5`` names no one."""
    if text[content_end - 1 : content_end] != "," or text[end : end + 1] != " ":
        return None
    verb = text[end + 1 : end + 17].split(" ", 1)[0]
    if not (3 <= len(verb) <= 14 and verb.isalpha() and verb.islower() and verb.endswith(("s", "ed"))):
        return None
    at = end + 2 + len(verb)
    m = NAME_OR_WORD.match(text, at, at + 60)  # (a surname alone too: "comments Johnston")
    if m is None or text[m.end() : m.end() + 2] in {"’s", "'s"}:
        return None
    np = NP(m.start(), m.end(), "name")
    name = names.resolve(np)
    if name is None or " " not in name or not names.evidence.evidenced(name, np):
        return None
    return np, (end + 1, end + 1 + len(verb))


# Adverbs without "-ly" that stand between a subject and its verb ("The founder always argued")
_BARE_ADVERBS = frozenset(
    {"always", "also", "often", "never", "once", "still", "later", "then", "now", "again", "too",
     "even", "already", "soon", "long", "ever", "further", "first", "last", "previously"}
)  # fmt: skip


def without_adverb(text: str, np: NP) -> NP | None:
    """The description at ``np`` without the adverb it ends with (``The Wikileaks founder
    always`` → ``The Wikileaks founder``), else None."""
    if np.kind != "desc":
        return None
    head, _, last = text[np.start : np.end].rpartition(" ")
    if " " not in head or not last.isalpha() or not last.islower():
        return None
    if last not in _BARE_ADVERBS and not (last.endswith("ly") and len(last) > 4):
        return None
    return NP(np.start, np.start + len(head), "desc")
