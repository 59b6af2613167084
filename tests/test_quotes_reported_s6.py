"""Reported speech and quoted mentions in the shapes real articles still lost (#10, sixth round).

Every text is invented in the shape of a real news sentence (BBC-style wire copy, car-show
round-ups, business columns). Each case lists the indirect quotes expected exactly (speaker as
compared by ``_speaker``, content); negatives pin what must stay out, for reported speech and
for direct quotes (a quoted word that no one says).
"""

from __future__ import annotations

import pytest

from newsparse import find_quotes

R = tuple[str | None, str]


def _speaker(name: str | None) -> str | None:
    if name is None:
        return None
    low = name.lower()
    return low[4:] if low.startswith("the ") else low


def _reported(text: str) -> list[R]:
    return [(_speaker(q.speaker), q.content.text) for q in find_quotes(text) if q.kind == "indirect"]


def _direct(text: str) -> list[str]:
    return [q.content.text for q in find_quotes(text) if q.kind == "direct"]


SHAPES: list[tuple[str, str, list[R]]] = [
    (
        "five-letter-gerund-subject",
        "Ms Okoro said using the council's text alerts had already helped wardens reach 3,000 tenants.",
        [("okoro", "using the council's text alerts had already helped wardens reach 3,000 tenants")],
    ),
    (
        "postposed-document-by-author",
        "The first tender for the old pier collapsed over a string of blunders, a review by the county's "
        "spending auditor says.",
        [
            (
                "a review by the county's spending auditor",
                "The first tender for the old pier collapsed over a string of blunders",
            )
        ],
    ),
    (
        "postposed-concludes",
        "Hopes that the skills gap will close on its own are misplaced, the study concludes.",
        [("study", "Hopes that the skills gap will close on its own are misplaced")],
    ),
    (
        "told-never-inverts-after-relative",
        "Ms Arlo, who will chair the new board, told investors of Fenwick Holdings, the parent group, on "
        "Oct. 3 that the merger would cut debt quickly.",
        [("arlo", "the merger would cut debt quickly")],
    ),
    (
        "inverted-bare-group-mid-sentence",
        "The bay is shallow near the reef, making the hull easy to spot, say geologists, but the current "
        "there is strong.",
        [("geologists", "The bay is shallow near the reef, making the hull easy to spot")],
    ),
    (
        "document-source-relays-a-report",
        "The tenant told deputies that the van had been parked outside all night, court documents say.",
        [
            ("tenant", "the van had been parked outside all night"),
            ("court documents", "The tenant told deputies that the van had been parked outside all night"),
        ],
    ),
    (
        "inverted-bare-role-of-body",
        "Claims in a section of the press about the trip are false and baseless, said spokesperson of the "
        "ministry.",
        [
            (
                "spokesperson of the ministry",
                "Claims in a section of the press about the trip are false and baseless",
            )
        ],
    ),
    (
        "parenthetical-strict-cue",
        "The closure of the ferry route, harbour officials warned, could last for several months.",
        [("harbour officials", "could last for several months")],
    ),
    (
        "condition-after-comma-still-reports",
        "If approved, the levy would be the highest in the region, analysts said.",
        [("analysts", "If approved, the levy would be the highest in the region")],
    ),
    (
        "name-and-present-tense-verb",
        "Ortiz said Harbourline employs about 300 divers, and that most of them live in town.",
        [("ortiz", "Harbourline employs about 300 divers, and that most of them live in town")],
    ),
    (
        "told-plural-addressee-then-clause",
        "Ortiz told detectives the gate had been left open, police records say.",
        [
            ("ortiz", "the gate had been left open"),
            ("police records", "Ortiz told detectives the gate had been left open"),
        ],
    ),
    (
        "capitalised-group-familiar-with",
        "Officials familiar with the talks said the vote would be delayed until spring.",
        [("officials familiar with the talks", "the vote would be delayed until spring")],
    ),
]

NEGATIVES: list[tuple[str, str]] = [
    ("condition-holds-the-cue", "If the warden says the pier is safe, families will come back to the beach."),
    ("person-by-someone-is-no-speaker", "The van was badly dented, a cyclist hit by the driver said loudly."),
    (
        "passive-accused-of-gerund",
        "Their focus soon turned to the tenant. He is now accused of plotting an attempt to flood the depot.",
    ),
    (
        "denied-gerund-object",
        "The clerk denied having anything to do with the missing ledgers and let auditors see the files.",
    ),
    (
        "inverted-demonstrative-object",
        "Mr Hale, speaking at a press briefing with the visiting envoy from Lisbon, stressed this point.",
    ),
]

# Quoted words that are no one's speech: a participle before a noun is no cue.
DIRECT_NEGATIVES: list[tuple[str, str]] = [
    (
        "attributive-participle-before-scare-word",
        "The proposed scheme would give each tenant personal “keys” when they sign in.",
    ),
]


@pytest.mark.parametrize(("text", "expected"), [c[1:] for c in SHAPES], ids=[c[0] for c in SHAPES])
def test_reported_shape(text: str, expected: list[R]) -> None:
    assert _reported(text) == expected


@pytest.mark.parametrize("text", [c[1] for c in NEGATIVES], ids=[c[0] for c in NEGATIVES])
def test_negative(text: str) -> None:
    assert _reported(text) == []


@pytest.mark.parametrize("text", [c[1] for c in DIRECT_NEGATIVES], ids=[c[0] for c in DIRECT_NEGATIVES])
def test_direct_negative(text: str) -> None:
    assert _direct(text) == []
