"""Reported speech in the shapes real articles still lost (#10, fifth round).

Every text is invented in the shape of a real news sentence. Each case lists the indirect
quotes expected exactly (speaker as compared by ``_speaker``, content). Quoted fragments inside a
reported clause give the clause as well (the annotation lists it, and the fragment again as a
direct quote); negatives pin what must stay out.
"""

from __future__ import annotations

import pytest

import newsparse
from newsparse import find_quotes
from test_properties import spans_of

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
        "fragment-after-that",
        "Dora Velez told the volunteers that they were not “asking for miracles.”",
        [("dora velez", "they were not “asking for miracles.”")],
    ),
    (
        "fragment-in-postposed-clause",
        "All “affected wards” were closed overnight, reports Lena Marsh.",
        [("lena marsh", "All “affected wards” were closed overnight")],
    ),
    (
        "fragment-closing-before-inverted-cue",
        "After the storm, the port “rebuilt its whole cargo operation,” writes the Harbour Gazette.",
        [("harbour gazette", "After the storm, the port “rebuilt its whole cargo operation,”")],
    ),
    (
        "object-with-appositive-then-that",
        "The agency assured farmers on Sunday, a day after the floods, that the levees were “holding well.”",
        [("agency", "the levees were “holding well.”")],
    ),
    (
        "name-comma-who-subject",
        "Okafor, who has broken with her party on issues such as the port levy and the bus fares, told "
        "the crowd that the council had lost its way.",
        [("okafor", "the council had lost its way")],
    ),
    (
        "told-people-who-then-that",
        "Union chief Ravi Menon told the nurses who had gathered outside the ward that the strike would end.",
        [("ravi menon", "the strike would end")],
    ),
    (
        "told-reporters-long-subject",
        "Prosecutors told reporters the decision to close the file had been taken after two interviews.",
        [("prosecutors", "the decision to close the file had been taken after two interviews")],
    ),
    (
        "counted-subject-after-strict-cue",
        "State police reported at least 4,000 people crossed the bridge on foot.",
        [("state police", "at least 4,000 people crossed the bridge on foot")],
    ),
    (
        "pronoun-adverb-present-verb",
        "The council reiterated it still considers the levy unlawful.",
        [("council", "it still considers the levy unlawful")],
    ),
    (
        "nominative-pronoun-after-strict-cue",
        "The drivers insisted they remain ready to talk.",
        [("drivers", "they remain ready to talk")],
    ),
    (
        "inverted-cue-then-adjunct-with-relative-that",
        "Forty jobs will go at the depot, said site manager Lena Ortiz in a memo to staff that was seen by the Courier.",
        [("lena ortiz", "Forty jobs will go at the depot")],
    ),
    (
        "as-clause-reports-for",
        "As Mira Holt reports for the Courier, the first cases surfaced in March.",
        [("mira holt", "the first cases surfaced in March")],
    ),
    (
        "subject-with-dashed-aside",
        "The ministry said the four bidders — Arlo Marine, Kestrel and two local yards — had been shortlisted.",
        [("ministry", "the four bidders — Arlo Marine, Kestrel and two local yards — had been shortlisted")],
    ),
    (
        "speaker-declines-after-report",
        "Ines Caro said the airline would add routes, but she declined to say which ones.",
        [("ines caro", "the airline would add routes")],
    ),
    (
        "speaker-act-after-as",
        "Ravi Das told lawmakers the audit was flawed, as he fielded questions for a second day.",
        [("ravi das", "the audit was flawed")],
    ),
    (
        "told-outlet-conjoined-subject",
        "Residents told Harbourwatch.info the British and Dutch figures are wrong.",
        [("residents", "the British and Dutch figures are wrong")],
    ),
    (
        "contrast-after-possessive",
        "The port said it remains open, while the city’s ferry crews say they have stopped work.",
        [("port", "it remains open"), ("city’s ferry crews", "they have stopped work")],
    ),
    (
        "participle-opens-direct-quote",
        "Ortiz said that the fleet could be recalled, warning: “They are ready to sail.”",
        [("ortiz", "the fleet could be recalled")],
    ),
    (
        "accused-abbreviation-object",
        "The two ministries accused U.N. monitors in the northern sector of shielding smugglers.",
        [("two ministries", "U.N. monitors in the northern sector of shielding smugglers")],
    ),
    (
        "accused-listed-object",
        "Mara Quist accused Dunn, Okafor and the harbour board of quietly blocking the inquiry.",
        [("mara quist", "Dunn, Okafor and the harbour board of quietly blocking the inquiry")],
    ),
    (
        "accusing-after-comma",
        "The singer scolded her label, accusing the Lyon-based company of withholding her recordings.",
        [("singer", "the Lyon-based company of withholding her recordings")],
    ),
    (
        "pleaded-with",
        "In a letter, the nurses pleaded with the trust to reopen the night clinic.",
        [("nurses", "with the trust to reopen the night clinic")],
    ),
    (
        "postposed-source-briefed-on",
        "The levy will be dropped, a second official briefed on last week's cabinet meeting said.",
        [("a second official briefed on last week's cabinet meeting", "The levy will be dropped")],
    ),
    (
        "postposed-source-involved-in",
        "The talks will resume in May, an aide involved in the negotiations said.",
        [("an aide involved in the negotiations", "The talks will resume in May")],
    ),
    (
        "postposed-plural-advisers",
        "The mayor has the final say on the budget, City Hall advisers say.",
        [("city hall advisers", "The mayor has the final say on the budget")],
    ),
    (
        "as-x-put-it-fronted",
        "As the harbour master put it, the pier was never meant for lorries.",
        [("harbour master", "the pier was never meant for lorries")],
    ),
    (
        "as-x-put-it-postposed",
        "The pier was never meant for lorries, as Dev Anand put it.",
        [("dev anand", "The pier was never meant for lorries")],
    ),
    (
        "attribution-splits-subject-and-predicate",
        "The new ferries, Okoro said, would enter service in the spring.",
        [("okoro", "would enter service in the spring")],
    ),
    (
        "which-relative-on-the-subject",
        "The carrier, which is expected to cut hundreds of routes this winter as it faces rising fuel costs, "
        "confirmed on Monday that it had been contacted by regulators.",
        [("carrier", "it had been contacted by regulators")],
    ),
    (
        "added-long-subject-with-and",
        "The agency said four people were hurt, but added the exact causes of the fire and the collapse remained unclear.",
        [
            ("agency", "four people were hurt"),
            ("agency", "the exact causes of the fire and the collapse remained unclear"),
        ],
    ),
    (
        "adverb-before-cue",
        "After weeks of denials, the ministry ultimately admitted that the figures had been revised.",
        [("ministry", "the figures had been revised")],
    ),
    (
        "report-nested-in-as-clause",
        "As Ines Lago reports for the Courier, the outbreak began in May, when officials in Porto announced "
        "that two workers had fallen ill.",
        [
            (
                "ines lago",
                "the outbreak began in May, when officials in Porto announced that two workers had fallen ill",
            ),
            ("officials in porto", "two workers had fallen ill"),
        ],
    ),
    (
        "postposed-title-with-to",
        "The port has reopened to all traffic, Dutch Ambassador to Kenya Pieter Smit told reporters.",
        [("to kenya pieter smit", "The port has reopened to all traffic")],
    ),
    (
        "inverted-source-with-participle",
        "Junior doctors are being kept on rolling contracts, says a report published on Monday.",
        [("a report published on monday", "Junior doctors are being kept on rolling contracts")],
    ),
    (
        "postposed-second-source",
        "The convoy turned back at the border, witnesses said and videos from the crossing showed.",
        [("witnesses", "The convoy turned back at the border")],
    ),
    (
        "relative-subject-then-said-clause",
        "Halvorsen, who leads the reef programme, said the award belonged to her whole team.",
        [("halvorsen", "the award belonged to her whole team")],
    ),
    (
        "accusing-after-a-place",
        "Last week, the singer posted on Instagram accusing the label of blocking her tour.",
        [("singer", "the label of blocking her tour")],
    ),
    (
        "made-it-known",
        "The governor made it known that the new clinics would open in March.",
        [("governor", "the new clinics would open in March")],
    ),
    (
        "object-then-next-verb-not-a-clause",
        "Inspector Moyo confirmed the arrests and denied the raid was illegal.",
        [("moyo", "the raid was illegal")],
    ),
    (
        "subordinate-after-parenthetical-cue",
        "The club has been part of his life since 1990, Okafor said, ever since he sold tickets at the gate.",
        [("okafor", "The club has been part of his life since 1990")],
    ),
    (
        "according-to-relays-a-postposed-report",
        "No link to the earlier case has been found, the health board said, according to Reuters.",
        [("health board", "No link to the earlier case has been found")],
    ),
    (
        "revised-account-to-say",
        "A second witness, former harbour master Ida Brandt, changed her account of the March 3 meeting to say "
        "the pilot had, in fact, been warned.",
        [("ida brandt", "the pilot had, in fact, been warned")],
    ),
    (
        "according-to-plain",
        "Three people were hurt in the crush, according to police.",
        [("police", "Three people were hurt in the crush")],
    ),
]

NEGATIVES: list[tuple[str, str]] = [
    ("according-to-relays-a-quote", "“We will rebuild,” he told the families, according to a statement."),
    ("writer-noting", "We’ll start by noting that the official figures cover seizures only."),
    (
        "inverted-object-not-speaker",
        "Tom Reyes, who scored twice, posted a photo of the team with the cup shortly after the match.",
    ),
    ("denied-it-object", "Lee denied it in court."),
    ("dash-without-verb", "Lee said the plan — and the money."),
    ("pleaded-guilty", "A Leeds man pleaded guilty to charges of arson on Monday."),
    ("asked-about", "The counsel asked Reyes about doubts his deputy, Ann Moss, might have had."),
    ("notion-that", "Reyes disputed the notion that he had run a shadow channel."),
    ("requirement-that", "The handbook notes the requirement that crews be trained yearly."),
    (
        "advising-before-clause",
        "The panel were advising a full closure before the council decided to reopen the pier.",
    ),
    ("put-it-on-the-table", "He put it on the table and left."),
    ("wanted-to-say", "She wanted to say thank you to the crew."),
    ("participle-describing-a-thing", "The carrier bought 40 new jets, a deal announced at the air show."),
    (
        "plural-noun-reports",
        "The agency released two critical reports that depicted “serious delays” at the yard.",
    ),
    (
        "said-of-that",
        "“We saw the need to move faster,” Lee, the deputy chief, said of that decision in a call.",
    ),
    ("fragment-of-fragment-cue", "She called the budget a “road to nowhere,” said Ruiz."),
    # (seventh round: a lower-case quotation right after "that" is now reported as well, as every such
    # case of the annotated real sets lists it; a capitalised one stays a direct quote only)
    ("quote-right-after-that", "The mayor said that “The bridge will open on time.”"),
]


@pytest.mark.parametrize(("text", "expected"), [c[1:] for c in SHAPES], ids=[c[0] for c in SHAPES])
def test_reported_shape(text: str, expected: list[R]) -> None:
    assert _reported(text) == expected


def test_fragment_is_listed_again_as_direct() -> None:
    assert _direct(SHAPES[0][1]) == ["asking for miracles."]


@pytest.mark.parametrize("text", [c[1] for c in NEGATIVES], ids=[c[0] for c in NEGATIVES])
def test_negative(text: str) -> None:
    assert _reported(text) == []


RUN_ONS = {
    "fragment-inverted": "the port “rebuilt its operation,” writes Lee, and ",
    "fragment-after-that": "Lee told them that they were not “asking for much.” ",
}


@pytest.mark.parametrize("piece", list(RUN_ONS.values()), ids=list(RUN_ONS))
def test_run_on_output_stays_linear(piece: str) -> None:
    for size in (8_000, 32_000):
        text = (piece * (size // len(piece) + 1))[:size]
        article = newsparse.parse(text)
        held = sum(s.end - s.start for item in article.items for s in spans_of(item))
        assert held / len(text) <= 10.0
