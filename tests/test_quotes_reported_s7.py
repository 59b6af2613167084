"""Reported speech, seventh round (#10): shapes found on the opened blind sets of real articles.

Every text is invented in the shape of a real sentence. Each case lists the reported quotes
expected *exactly* (speaker, content): the content boundary is what these shapes are about.
"""

from __future__ import annotations

import pytest

from newsparse import find_quotes

R = tuple[str | None, str]


def _speaker(name: str | None) -> str | None:
    """Speakers compared without case or a leading ``the`` (the resolver's business, not the shape's)."""
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
        "that-then-quoted-subject",
        "The mayor indicated earlier this week that “temporary moorings” might be needed until spring.",
        [("mayor", "“temporary moorings” might be needed until spring")],
    ),
    (
        "bare-that-then-quoted-subject",
        'Ms Orla Quinn said that "pop-up clinics" would open in every ward.',
        [("orla quinn", '"pop-up clinics" would open in every ward')],
    ),
    (
        "that-then-lower-case-quoted-clause",
        "The warden warned that “any attempt to climb the sea wall will be punished”.",
        [("warden", "“any attempt to climb the sea wall will be punished”")],
    ),
    (
        "adding-that-then-lower-case-quoted-clause",
        "“Nobody wants the ferry gone,” Ms Tove Ancel said, adding that “the choice between a cut and a"
        " closure is a false choice.”",
        [("tove ancel", "“the choice between a cut and a closure is a false choice.”")],
    ),
    (
        "postposed-said-then-participle",
        "Ferry traffic would remain the port's main earner, the harbour master said citing a survey of operators.",
        [("harbour master", "Ferry traffic would remain the port's main earner")],
    ),
    (
        "postposed-said-release-on-date",
        "Cargo volumes in the quarter were 6.4% higher, the Port Statistics Office (PSO) said in a release on March 3.",
        [("port statistics office", "Cargo volumes in the quarter were 6.4% higher")],
    ),
    (
        "postposed-said-statement-on-abbreviated-date",
        "Tolls will rise by a fifth, the bridge trust said in a statement on Sept. 4.",
        [("bridge trust", "Tolls will rise by a fifth")],
    ),
    (
        "according-to-described-organisation",
        "According to freight data company Cargolens, nearly half of all containers arrive late.",
        [("cargolens", "nearly half of all containers arrive late")],
    ),
    (
        "according-to-inside-dashed-aside-then-told",
        "Pupils at Kerrow Academy — sited in Kerrow, a fishing town some 40 miles north of Brackley where"
        " the median rent is $1,900, according to Homestat — told the Courier that a classmate had shared"
        " the images.",
        [
            ("pupils at kerrow academy", "a classmate had shared the images"),
            (
                "homestat",
                "sited in Kerrow, a fishing town some 40 miles north of Brackley where the median rent is $1,900",
            ),
        ],
    ),
    (
        "parenthetical-cue-then-gerund-subject",
        "Under the scheme, Ms Rhian Dole stressed, farming and fish curing would be expanded.",
        [("rhian dole", "farming and fish curing would be expanded")],
    ),
    (
        "postposed-said-then-colon-sentence",
        "Urgent help is needed to fly the patients abroad, Dr Ivo Marsh said: Swift action will save lives.",
        [("ivo marsh", "Urgent help is needed to fly the patients abroad")],
    ),
    (
        "intro-then-subject-participle-abbreviation-comma-said-that",
        "Ahead of the harbour vote, Ellis speaking at the new Kerrow Maritime Centre (KMC) hall, said that"
        " when the board took office in 2019, the port was losing money.",
        [("ellis", "when the board took office in 2019, the port was losing money")],
    ),
    (
        "reported-clause-runs-to-the-close-of-a-two-sentence-quotation",
        "Ellis added that the harbour board “sees Kerrow as a partner. It sees its firms as helping all of us”.",
        [("ellis", "the harbour board “sees Kerrow as a partner. It sees its firms as helping all of us”")],
    ),
    (
        "reported-clause-stops-at-the-first-sentence-of-a-long-quotation",
        "Ellis added that the harbour board “sees Kerrow as a partner. It sees its firms as helping all of"
        " us. It is proud. We are too”.",
        [("ellis", "the harbour board “sees Kerrow as a partner")],
    ),
    (
        "said-plural-subject-present-verb",
        "Port officials this week said dockers account for half of all the injuries at Kerrow.",
        [("port officials", "dockers account for half of all the injuries at Kerrow")],
    ),
    (
        "said-named-plural-subject-present-verb",
        "Mr Tam Ellis said Kerrow residents want a second bridge.",
        [("tam ellis", "Kerrow residents want a second bridge")],
    ),
    (
        "postposed-say-then-coordinated-clause",
        "Turnout in Kerrow council polls is notoriously low, analysts say, and the mayor has never faced a"
        " campaign like this one.",
        [
            (
                "analysts",
                "Turnout in Kerrow council polls is notoriously low, analysts say, and the mayor has never faced a"
                " campaign like this one",
            )
        ],
    ),
    (
        "postposed-say-then-second-verb-of-the-speaker",
        "Turnout in Kerrow council polls is notoriously low, they say, and left it there.",
        [(None, "Turnout in Kerrow council polls is notoriously low")],
    ),
    (
        "participle-boasting-that",
        "“We run the busiest crossing,” Ms Ada Kell says, boasting that the harbour's cranes can lift anything.",
        [("ada kell", "the harbour's cranes can lift anything")],
    ),
    (
        "participle-denying-zero-that",
        "Mr Ivo Pell hit back on Friday, denying he wrote the anonymous letter.",
        [("ivo pell", "he wrote the anonymous letter")],
    ),
]

# Words next to a cue that report nothing.
NEGATIVES: list[tuple[str, str]] = [
    (
        "fronted-time-phrase-before-asked-for",
        "In March, the tribunal asked for the ledgers to be handed over.",
    ),
    (
        "relative-object-gap-stranded-preposition",
        "The trust had until May 6 to hand over the ledgers, which the audit says it complied with.",
    ),
    ("imperative-say", "Just say you dislike the clutter and love to travel light."),
    ("said-thanks-to", "Mr Tam Ellis said thanks to the crews."),
    ("denying-a-gerund-object", "Mr Ivo Pell hit back on Friday, denying having any part in the deal."),
    ("demonstrative-that-after-shared", "Harbour resident Tom Ellis shared that sentiment on Wednesday."),
]

# Reported verb phrases whose subject is a relative word before the speaker (a gap).
GAPS: list[tuple[str, str, list[R]]] = [
    (
        "relative-that-gap",
        "The board ordered the pier shut — a decision that the ferry union said could cost 300 jobs.",
        [("ferry union", "could cost 300 jobs")],
    ),
    (
        "relative-that-pronoun-gap",
        "The trust runs weekly polls in coastal wards that it says show support for a new breakwater.",
        [(None, "show support for a new breakwater")],
    ),
    (
        "relative-what-gap",
        "Residents objected to what the council says may be a breach of the planning code.",
        [("council", "may be a breach of the planning code")],
    ),
]

# A capitalised quotation after "that" is a whole sentence quoted: a direct quote only.
DIRECT_ONLY: list[tuple[str, str, list[str]]] = [
    (
        "that-then-capitalised-quote",
        "The coach said on Friday that “We will win the cup” in front of the fans.",
        ["We will win the cup"],
    ),
]


@pytest.mark.parametrize(("text", "expected"), [c[1:] for c in SHAPES], ids=[c[0] for c in SHAPES])
def test_reported_shape(text: str, expected: list[R]) -> None:
    assert _reported(text) == expected


@pytest.mark.parametrize(("text", "expected"), [c[1:] for c in GAPS], ids=[c[0] for c in GAPS])
def test_gapped_relative(text: str, expected: list[R]) -> None:
    assert _reported(text) == expected


@pytest.mark.parametrize("text", [c[1] for c in NEGATIVES], ids=[c[0] for c in NEGATIVES])
def test_negative(text: str) -> None:
    assert _reported(text) == []


@pytest.mark.parametrize(("text", "expected"), [c[1:] for c in DIRECT_ONLY], ids=[c[0] for c in DIRECT_ONLY])
def test_direct_only(text: str, expected: list[str]) -> None:
    assert _direct(text) == expected
    assert _reported(text) == []
