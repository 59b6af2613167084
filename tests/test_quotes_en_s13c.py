"""English reported speech and speakers on magazine pages, eleventh round (sample s13) (issue #10):

- a postposed speaker whose title names its body before the role (``…, former Fed governor Ann
  Lee said``, ``…, Fed chair …``, ``…, Google engineer …``) is the name after the role;
- a base-form cue after the plural subject it agrees with reports (``sources tell the paper
  that …``, ``researchers at the clinic tell …``), but a bare infinitive after a name does not;
- ``X, a spokesman, said local people in the valley were …``: the words after ``said`` are the
  clause's subject, not an inverted speaker, even with a place phrase in them;
- a speech verb opening an inverted attribution (``Replied Mara, …``) is no part of the name
  the article's other mentions resolve to;
- ``CLAUSE, NAME, Acme Rail CEO and a founder of X, told Y``: a capitalised appositive holding a
  role word describes the name before it, which speaks;
- ``With X and Y in production, Fielding has …``: a lone surname (even one ending in ``-ing``)
  after a fronted phrase is the subject ``he`` stands for later, not a work's title named in it;
- ``The following Tuesday evening, X …, accusing her of …``: a fronted time phrase is no subject;
- ``told the Ledger she still receives …``: a pronoun and its present ``-s`` verb after the
  person told open the reported clause.

Every sentence is invented, in the shapes of real articles.
"""

from __future__ import annotations

import pytest

import newsparse


def _quotes(text: str) -> list[tuple[str, str | None, str]]:
    return [(q.kind, q.speaker, q.content.text) for q in newsparse.parse(text).quotes if q.kind != "scare"]


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ("The harbour fund will run dry by spring, former Fed governor Ines Alvarado said.", "Ines Alvarado"),
        ("The harbour fund will run dry by spring, Fed chair Ines Alvarado said.", "Ines Alvarado"),
        ("The new sensor cannot read wet roads, Google engineer Tobias Renner said.", "Tobias Renner"),
        ("The toll plan will not survive the winter, former chair Wendell Okafor said.", "Wendell Okafor"),
        ("The toll plan will not survive, former Bank Vice Chair Wendell Okafor said.", "Wendell Okafor"),
    ],
    ids=["former-org-role", "org-chair", "company-role", "former-chair", "former-titled-name"],
)
def test_postposed_speaker_after_a_bodys_role(text: str, speaker: str) -> None:
    found = _quotes(text)
    assert [(k, s) for k, s, _ in found] == [("indirect", speaker)]
    assert found[0][2].startswith("The ")


@pytest.mark.parametrize(
    ("text", "content"),
    [
        ("Sources tell the Ledger that the couple parted ways in June.", "the couple parted ways in June"),
        (
            "Insiders tell us that the studio will delay the sequel again.",
            "the studio will delay the sequel again",
        ),
        (
            "Two neighbours tell the Courier that the fence was built overnight.",
            "the fence was built overnight",
        ),
    ],
    ids=["sources", "insiders", "counted-group"],
)
def test_present_tell_after_a_plural_subject_reports(text: str, content: str) -> None:
    found = _quotes(text)
    assert [(k, c) for k, _, c in found] == [("indirect", content)]


def test_bare_infinitive_tell_after_a_name_is_no_cue() -> None:
    text = (
        "I watched Dana tell a stranger at the bar that she only wanted one more song, and I "
        "remember thinking: “That singer is every bit as nervous as I am!”"
    )
    assert all(speaker is None for _, speaker, _ in _quotes(text))


def test_tell_opening_an_imperative_reports_nothing() -> None:
    assert _quotes("Tell us what you think of the new timetable.") == []


def test_place_phrase_in_the_subject_after_said_is_no_inverted_speaker() -> None:
    text = (
        "Rowan Beck, spokesman for the growers' council of the Upper Tamsin Valley, said older "
        "farmers in the Upper Tamsin Valley were used to late frosts."
    )
    assert _quotes(text) == [
        ("indirect", "Rowan Beck", "older farmers in the Upper Tamsin Valley were used to late frosts")
    ]


def test_inverted_speaker_with_an_adjunct_stays_the_speaker() -> None:
    found = _quotes("The depot will close in March, said Priya Nandakumar at a briefing on Monday.")
    assert [(k, s) for k, s, _ in found] == [("indirect", "Priya Nandakumar")]


def test_fronted_cue_is_no_part_of_the_name() -> None:
    text = (
        "Mara Lindqvist runs the ferry line her grandfather founded.\n"
        "“We never missed a crossing,” says Mara. “Not once in forty years.”\n"
        "Her brother asked whether they should sell.\n"
        "Replied Mara, with a shrug, “Not while I can still steer.”"
    )
    found = _quotes(text)
    said = [speaker for _, speaker, content in found if content.startswith(("We never", "Not once"))]
    assert said == ["Mara Lindqvist", "Mara Lindqvist"]
    assert all(speaker != "Replied Mara" for _, speaker, _ in found)


def test_estimates_that_reports_for_its_subject() -> None:
    found = _quotes("Research firm Gridwell estimates that ferry traffic doubled between 2019 and 2023.")
    assert found == [("indirect", "Gridwell", "ferry traffic doubled between 2019 and 2023")]


@pytest.mark.parametrize(
    "text",
    [
        "The estimates that the council published on Monday show a steep fall.",
        "The tunnel may have cost $9 million, estimates Corin Vale, head of Brightline, a firm that audits transit budgets.",
    ],
    ids=["noun", "inverted"],
)
def test_estimates_without_that_reports_nothing(text: str) -> None:
    contents = [content for kind, _, content in _quotes(text) if kind == "indirect"]
    assert not any(c.startswith(("the council", "audits", "transit")) for c in contents)


def test_role_led_capitalised_appositive_after_the_name() -> None:
    text = (
        "The outage shows how one fault can stall a launch schedule, Odile Marchetti, Kestrel "
        "Orbital CEO and a founding engineer of the rival firm, told the Herald."
    )
    found = _quotes(text)
    assert [(k, s) for k, s, _ in found] == [("indirect", "Odile Marchetti")]
    assert found[0][2] == "The outage shows how one fault can stall a launch schedule"


def test_lone_surname_after_a_fronted_absolute_is_the_subject() -> None:
    text = (
        "Tobias Fielding's favourite role wins him no prizes.\n"
        "With his musical Moon Over Ashby touring and Hugo Stark 2049 in production, Fielding has a "
        "full diary. But what the director likes most is home life with Clara Voss and their son.\n"
        "“It feels like a dream I keep having,” he says."
    )
    found = [(s, c) for k, s, c in _quotes(text) if k == "direct"]
    assert found == [("Tobias Fielding", "It feels like a dream I keep having,")]


def test_fronted_time_phrase_is_no_participle_subject() -> None:
    text = (
        "The following Tuesday evening, Hal Brenner fanned the row by retweeting her post and "
        "accusing her of “crying wolf” online."
    )
    speakers = {speaker for _, speaker, _ in _quotes(text)}
    assert speakers == {"Hal Brenner"}


@pytest.mark.parametrize(
    ("text", "content"),
    [
        (
            "Two years on, Lena Ortiz told the Ledger she still receives angry letters.",
            "she still receives angry letters",
        ),
        ("Lena Ortiz told reporters it works well enough.", "it works well enough"),
    ],
    ids=["adverb-then-present", "present"],
)
def test_told_someone_then_a_pronoun_and_its_present_verb(text: str, content: str) -> None:
    assert _quotes(text) == [("indirect", "Lena Ortiz", content)]
