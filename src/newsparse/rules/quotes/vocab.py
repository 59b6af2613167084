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
    norm = norm_cue
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
