"""The quote rule's vocabulary, compiled: the cue pattern and the word sets the stages test against.

:func:`build_vocab` turns the tuples of :mod:`~newsparse.rules.quotes.cues` (or a user's longer
ones) into a :class:`Vocab`; results are cached, so a rule built with the default tables pays once.
"""

from __future__ import annotations

import functools
import re

import attrs

from newsparse.rules.quotes import cues as cues
from newsparse.rules.quotes import patterns as pat


@attrs.frozen(slots=True)
class Vocab:
    cue_re: re.Pattern[str]
    strict: frozenset[str]
    lenient: frozenset[str]
    participles: frozenset[str]
    according: frozenset[str]
    fragment: frozenset[str]
    titles: frozenset[str]
    roles: frozenset[str]
    groups: frozenset[str]
    orgs: frozenset[str]
    work_nouns: frozenset[str]
    directive: frozenset[str] = frozenset()
    """Cues taking an object and an infinitive (``urged the public not to …``, ``accused X of …``)."""
    directive_only: frozenset[str] = frozenset()
    """The directive cues that are no speech verb of their own (``accused``: never ``CLAUSE, X accused``)."""
    infinitive: frozenset[str] = frozenset()
    """Cues taking ``to`` + verb for the speaker's own act (``promised to …``, ``claimed to have …``)."""
    questions: frozenset[str] = frozenset()
    """Cues reporting a question (``asked whether …``)."""
    control: frozenset[str] = frozenset()
    """Verbs before ``to`` + a cue or an ``-ing`` cue: their subject speaks (``began insisting``)."""


# (#10) Reported forms of real articles that the cue tables above did not reach. They extend
# every vocabulary (a user's longer tuples as well): each is read only in its own shape.
DIRECTIVE_CUES: tuple[str, ...] = (
    # "urged the public not to tolerate …", "accused the board of being blind …", "appealed to
    # citizens to take …": the content runs from after the cue (object included)
    # ("asked X to" is a request more often than reported speech, and "called on" leaves it open)
    "urged", "urges", "urging", "cautioned", "cautions", "instructed", "instructs", "appealed",
    "appeals", "accused", "accuses", "accusing",
    # advice counts as reported speech in the annotation ("advised residents to stay indoors");
    # "asked X to" and "directed X to" (a request, a court's direction) do not
    "advised", "advises",
    # (#10) warnings and pleas with an object and an infinitive ("warned the Vatican not to
    # meddle", "begged officials to reopen the clinic")
    "warned", "warns", "warning", "begged", "begs", "implored", "implores", "exhorted", "beseeched",
    "advising",
    # (#10) "pleaded with the administration to reconsider …"
    "pleaded", "pleads", "pleading",
)  # fmt: skip
"""Cues whose content is an object plus ``to``/``not to`` + verb, or ``of`` + ``-ing``."""

INFINITIVE_CUES: tuple[str, ...] = (
    # ("claims to have fixed the bug" states a claim about itself: not reported here)
    "promised", "promises", "vowed", "vows", "pledged", "pledges",
)  # fmt: skip
"""Cues whose content is ``to`` + verb: the speaker's own commitment or claim (``claimed to have …``)."""

QUESTION_CUES: tuple[str, ...] = ("asked", "asks", "asking", "wondered", "questioned")
"""Cues reporting a question: the content is the clause after ``whether``/``if``."""

BASE_FORMS: tuple[str, ...] = (
    # after "to" or a modal: "tried to suggest that", "will announce that"
    # (only the ones reports use after "to"/a modal: each extra word is scanned in every text)
    "suggest", "explain", "announce", "confirm", "reveal",
    # (#10) present tense after a plural subject: "sources tell the paper that …"
    "tell",
    # "cited the slump as proof that …": only with "that" a few words on
    "cited", "cites", "citing",
    # (#10) "voiced concern that …": only with "that" after its object ("raised concerns that"
    # is left out: an event raises them as often as a speaker does)
    "voiced", "voices",
)  # fmt: skip
"""Base forms of speech verbs (they report a clause only after ``that`` or a clear subject)."""

CONTROL_VERBS: tuple[str, ...] = (
    # "tried to suggest that …", "went on to argue that …", "began insisting …": the subject speaks
    "tried", "tries", "sought", "seeks", "went", "goes", "began", "begins", "started", "starts",
    "continued", "continues", "kept", "keeps", "wanted", "wants", "appeared", "appears",
    "seemed", "seems", "moved", "moves", "rushed", "hastened", "used", "chose", "decided",
)  # fmt: skip
"""Verbs before ``to`` + a cue or before an ``-ing`` cue whose subject is the speaker."""


@functools.lru_cache(maxsize=16)
def build_vocab(
    verbs: tuple[str, ...],
    lenient: tuple[str, ...],
    participles: tuple[str, ...],
    according: tuple[str, ...],
    fragment: tuple[str, ...],
    titles: tuple[str, ...],
    roles: tuple[str, ...],
    groups: tuple[str, ...],
    orgs: tuple[str, ...],
    work_nouns: tuple[str, ...],
) -> Vocab:
    acc = list(according) + [a[:1].upper() + a[1:] for a in according]
    parts = list(participles) + [p[:1].upper() + p[1:] for p in participles]
    allcues = list(verbs) + list(lenient) + parts + acc + list(fragment)
    allcues += [
        c for c in DIRECTIVE_CUES + INFINITIVE_CUES + QUESTION_CUES + BASE_FORMS if c not in set(allcues)
    ]
    norm = norm_cue
    speech = frozenset(map(norm, verbs)) | frozenset(map(norm, lenient))
    return Vocab(
        pat.build_cue_pattern(allcues),
        frozenset(map(norm, verbs)),
        frozenset(map(norm, lenient)),
        frozenset(map(norm, participles)),
        frozenset(map(norm, according)),
        frozenset(map(norm, fragment)),
        frozenset(titles),
        frozenset(r.lower() for r in roles),
        frozenset(g.lower() for g in groups),
        frozenset(orgs),
        frozenset(w.lower() for w in work_nouns),
        frozenset(DIRECTIVE_CUES),
        frozenset(c for c in DIRECTIVE_CUES if c not in speech),
        frozenset(INFINITIVE_CUES),
        frozenset(QUESTION_CUES),
        frozenset(CONTROL_VERBS),
    )


_DEFAULT_TABLES = (
    cues.SPEECH_VERBS,
    cues.LENIENT_VERBS,
    cues.PARTICIPLE_CUES,
    cues.ACCORDING_CUES,
    cues.FRAGMENT_CUES,
    cues.TITLES,
    cues.ROLE_NOUNS,
    cues.GROUP_NOUNS,
    cues.ORG_WORDS,
    cues.WORK_NOUNS,
)


@functools.cache
def default_vocab() -> Vocab:
    return build_vocab(*_DEFAULT_TABLES)


def norm_cue(cue: str) -> str:
    return " ".join(cue.lower().split())
