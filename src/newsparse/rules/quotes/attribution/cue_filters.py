"""Cue words that report nothing where they stand.

An attributive participle or a plural noun (``the stated aim``, ``reports that``), an embedded
question, a base form without its auxiliary, an imperative, a condition and the impersonal
passives: :func:`~newsparse.rules.quotes.attribution.reported.reported_speech` (and, for the
first, :func:`~newsparse.rules.quotes.attribution.direct.direct_quote`) drop such cues.
"""

from __future__ import annotations

from newsparse.rules.quotes.attribution.shared import _ADVERB_WORDS, _SAY
from newsparse.rules.quotes.clause_shapes import finite_verb
from newsparse.rules.quotes.phrases import _ends_punct
from newsparse.rules.quotes.vocab import BASE_FORMS

_IMPERATIVE_CUES = frozenset({"say", "tell", "explain", "insist", "argue", "claim", "admit", "deny", "warn"})
# Words that may open an imperative before its verb ("Just say …", "Simply tell them …")
_IMPERATIVE_LEADS = frozenset(
    {
        "just",
        "simply",
        "so",
        "then",
        "and",
        "please",
        "never",
        "always",
        "always,",
        "don't",
        "don’t",
        "do",
        "or",
        "but",
        # (#10) "Let’s say you have two files …", "Let us say the loan is …": a supposition
        "let’s",
        "let's",
        "lets",
        "let",
        "us",
    }
)


def _no_subject(text: str, ss: int, cs: int) -> bool:
    """Whether nothing but imperative leads (``Just``, ``Simply``) stands before the cue in its sentence."""
    if cs - ss > 20:
        return False
    return all(w.lower() in _IMPERATIVE_LEADS for w in text[ss:cs].split())


# Sentence openers whose clause is a condition: a cue inside it reports nothing
_CONDITIONALS = ("If ", "Unless ", "Should ", "Even if ")


# "It is believed that …", "it was expected that …": a belief or forecast, not a report of speech.
_NOT_SPEECH_PASSIVE = frozenset(
    {"believed", "thought", "feared", "expected", "understood", "hoped", "estimated", "worried", "reckoned"}
)
_ATTRIBUTIVE_BEFORE = frozenset({"a", "an", "the", "its", "his", "her", "their", "our", "this", "that"})


def _attributive(text: str, ss: int, cs: int, cue: str) -> bool:
    """Whether the cue at ``cs`` follows an article or possessive (``the stated aim``), or is an
    ``-s`` form after a preposition (``declined to comment on reports that``): not a verb."""
    before = text[max(ss, cs - 10) : cs]
    if not before.endswith(" "):
        return False
    words = before.split()
    if not words:
        return False
    last = words[-1].lower()
    if last == "that" and cue in _SAY:
        return False  # "a ruling that said …": a relative pronoun, not "that stated aim"
    if last in _ATTRIBUTIVE_BEFORE or (cue.endswith("s") and last in _NOUN_BEFORE):
        return True
    if cue.endswith("s") and (last in _QUANTIFIERS or last.isdigit()):
        return True  # "protesters in many states are …", "in all 50 states": a counted plural noun
    if cue.endswith("s") and last.endswith(("’s", "'s")) and text.startswith(" to ", cs + len(cue)):
        return True  # "despite Lee’s vows to rebuild the pier, …": a noun and its infinitive
    if cue.endswith("s") and words[-1].isalpha() and words[-1].islower() and finite_verb(words[-1]):
        return True  # "rejected claims that …", "there are reports that …": a plural noun
    if cue in _PLURAL_NOUN_CUES and _verb_next(text, cs + len(cue)):
        return True  # "two highly critical reports depicted …", "media reports said …": the subject
    return cue.endswith("s") and _adjective_opener(text, ss, cs)


# "-s" cues that are as often plural nouns; before a finite verb they are its subject
_PLURAL_NOUN_CUES = frozenset({"reports", "claims", "notes", "states", "statements", "warns", "promises"})


def _verb_next(text: str, pos: int) -> bool:
    """Whether the word after ``pos`` is a past or auxiliary verb (``reports depicted``), or a
    relative ``that`` before one (``reports that depicted``)."""
    nxt = text[pos : pos + 30].split(None, 2)
    if len(nxt) >= 2 and nxt[0] in {"that", "which"}:
        nxt = nxt[1:]
    return bool(nxt) and nxt[0].islower() and finite_verb(nxt[0]) and nxt[0] != "that"


# Verbs and adjectives before "if" that make it "whether" ("not clear if she says …").
_IF_WHETHER = frozenset({"know", "knew", "say", "said", "asked", "ask", "wondered", "wonder", "sure", "clear",
                         "unclear", "see", "tell", "decide", "check"})  # fmt: skip


def _embedded_question(text: str, ss: int, cs: int) -> bool:
    """Whether the cue at ``cs`` sits in an embedded yes/no question (``whether he believes``,
    ``unclear if she says``): the subject between is one to three words."""
    window = text[max(ss, cs - 50) : cs]
    if "whether" not in window and "if " not in window:
        return False  # the common case, by two literal scans
    words = window.split()[-5:]
    for k in range(len(words) - 2, max(-1, len(words) - 5), -1):
        w = words[k].lower()
        if w == "whether":
            return True
        if w == "if" and k > 0 and words[k - 1].lower() in _IF_WHETHER:
            return True
        if _ends_punct(words[k]):
            return False
    return False


# Capitalised words that open a sentence as an adjective before a plural noun ("False claims that
# …", "New reports that …"), never as the name of someone who claims or reports.
_OPENING_ADJECTIVES = frozenset(
    {"false", "new", "fresh", "further", "recent", "earlier", "similar", "other", "such", "many", "some",
     "initial", "early", "latest", "conflicting", "baseless", "bogus", "wild", "persistent", "numerous",
     "multiple", "several", "repeated", "widespread", "separate", "local", "media", "press", "news",
     "viral", "online", "official", "unofficial", "preliminary", "these", "those", "both", "all",
     "misleading", "damning", "alarming", "growing", "ongoing", "disputed", "leaked",
     "renewed", "alleged", "sustained", "heightened", "mounting", "excessive", "explosive"}
)  # fmt: skip
# Endings no surname has often enough to matter ("Baseless", "Dubious", "Political"); "-ed", "-ent"
# and "-ing" are left out: "Mohamed", "Vincent" and "Manning" claim things too.
_ADJECTIVE_ENDINGS = ("ous", "ful", "less", "ical")


def _adjective_opener(text: str, ss: int, cs: int) -> bool:
    """``False claims that …``, ``Unconfirmed reports said …``: the sentence's one word before an
    ``-s`` cue is an adjective, so the cue is a plural noun."""
    if cs - ss > 20:
        return False  # (one word fits: no split of a long sentence per cue)
    words = text[ss:cs].split()
    if len(words) != 1 or not words[0].isalpha() or not words[0][:1].isupper():
        return False
    low = words[0].lower()
    if low in _OPENING_ADJECTIVES or (len(low) > 5 and low.endswith(_ADJECTIVE_ENDINGS)):
        return True
    return low.startswith("un") and low.endswith(("ed", "ing"))  # "Unconfirmed", "Unverified"


# Quantifiers that count a plural noun; a verb never follows one ("several reports", "many states")
_QUANTIFIERS = frozenset(
    {"many", "several", "some", "all", "both", "these", "those", "other", "few", "most", "various",
     "numerous", "multiple", "more", "fewer", "two", "three", "four", "five", "six", "seven", "eight",
     "nine", "ten", "dozens", "hundreds", "thousands", "such", "any", "no"}
)  # fmt: skip
_NOUN_BEFORE = frozenset(
    {"on", "of", "about", "amid", "despite", "after", "following", "with", "from", "for", "to", "by"}
)
# ("cited", "voiced" report only through "that" after their object, so need no "to")
_BASE_NEEDS_AUX = frozenset(c for c in BASE_FORMS if not c.startswith(("cit", "voice")))
_AUX_BEFORE_BASE = frozenset(
    {
        "to",
        "will",
        "would",
        "could",
        "can",
        "may",
        "might",
        "must",
        "should",
        "did",
        "does",
        "do",
        "not",
        "and",
    }
)


def _after_aux(text: str, ss: int, cs: int) -> bool:
    """Whether a base-form cue follows ``to``, a modal or ``did`` (adverbs between are skipped)."""
    words = text[max(ss, cs - 40) : cs].split()
    while words and words[-1].lower() in _ADVERB_WORDS | {"recently", "simply", "even", "never", "also"}:
        words.pop()
    return bool(words) and words[-1].lower() in _AUX_BEFORE_BASE


def _plural_subject(text: str, ss: int, cs: int, groups: frozenset[str]) -> bool:
    """Whether a base-form cue is the present tense of a plural subject that speaks (``sources
    tell the paper that …``, ``researchers at Oxford suggest …``, ``they tell me …``): a plural
    group noun right before it, or before one prepositional phrase naming where they are."""
    words = text[max(ss, cs - 60) : cs].split()[-7:]
    while words and words[-1].lower() in _ADVERB_WORDS:
        words.pop()
    for i in range(len(words) - 1, -1, -1):
        word = words[i]
        if word[-1:] in ",;:" or finite_verb(word):
            return False  # (the subject is a plain phrase: "the kits, experts say, …" is no base form)
        low = word.lower()
        if low in groups or low in _PLURAL_SPEAKERS:
            return i == len(words) - 1 or (words[i + 1] in _PLACE_PREPOSITIONS and i >= len(words) - 6)
    return False


# Plural subjects of a present-tense cue besides the rule's group nouns ("Rumors suggest …")
_PLURAL_SPEAKERS = frozenset(
    {"they", "rumors", "rumours", "studies",
     # (#10) written texts that say what they say ("The new rules suggest that …"); not figures
     # or polls, whose "suggest" is a reading of numbers, no one's words
     "regulations", "rules", "guidelines", "laws", "minutes", "filings"}
)  # fmt: skip
# Prepositions joining a place or body to a plural subject ("researchers at Oxford")
_PLACE_PREPOSITIONS = frozenset({"at", "from", "in", "with", "for", "of"})


def _impersonal_passive(text: str, ss: int, cs: int) -> bool:
    """``it was announced that``, ``it has been claimed that``: an impersonal passive cue."""
    words = text[max(ss, cs - 20) : cs].split()
    return (
        len(words) >= 2
        and words[-1] in {"was", "is", "been"}
        and (
            words[-2].lower() == "it"
            or (len(words) >= 3 and words[-3].lower() == "it" and words[-2] in {"has", "had"})
        )
    )


# Cues whose passive reports what someone unnamed told the subject ("he was informed that …").
_TOLD_PASSIVE = frozenset({"told", "informed", "assured", "reminded"})


def _personal_passive(text: str, ss: int, cs: int) -> bool:
    """``He laughed when he was informed Victorians were facing …``, ``staff were told that …``:
    a passive of telling, whose clause reports what an unnamed source said."""
    words = text[max(ss, cs - 20) : cs].split()
    return len(words) >= 2 and words[-1] in {"was", "were", "been"} and words[-2].isalpha()
