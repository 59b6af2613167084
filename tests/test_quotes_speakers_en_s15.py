"""English speakers, fifteenth round (#10): who a pronoun, an office and a public body stand for.

- a sentence that opens on a topic phrase (``For Reyes,``, ``In Dana Reyes's case,``) makes that
  person the one a following ``she says`` stands for, not the speaker of the quotes before;
- ``President-elect Ann Lee`` is who ``the president`` stands for, and ``the future President``
  is a description (not someone called President);
- ``the agency`` a sentence after a public body was named (no organisation having spoken) is
  that body; a sentence's opening preposition is no part of the body's name.

Every sentence is invented, in the shapes of real articles.
"""

from __future__ import annotations

import pytest

from newsparse import Document, QuoteRule


def _quotes(text: str) -> list[tuple[str, str | None, str]]:
    found = QuoteRule()(Document.from_text(text, language="en"))
    return [(q.kind, q.speaker, q.content.text) for q in found if q.kind != "scare"]


def _speaker_of(text: str, content_start: str, kind: str = "direct") -> str | None:
    found = [s for k, s, c in _quotes(text) if k == kind and c.startswith(content_start)]
    assert len(found) == 1, _quotes(text)
    return found[0]


# -- a topic phrase opening the sentence before a pronoun ------------------------------------

_RUN_BEFORE = (
    "Nurse Clara Obi said the ward was full. “We have many difficulties with supplies,” she said.\n\n"
)

_TOPICS = [
    pytest.param(
        _RUN_BEFORE + "In Dana Reyes’s case, she decided to stay near her son. “I am afraid of "
        "losing him,” she continued.",
        "Dana Reyes",
        id="possessive-case",
    ),
    pytest.param(
        _RUN_BEFORE + "For Maria Reyes, the hardest part was the waiting. “I am afraid of losing "
        "him,” she says.",
        "Maria Reyes",
        id="for-name",
    ),
    pytest.param(
        "Director Tom Hale spoke to the actor Ben Crane on set. For Crane, the hardest part was the "
        "dancing. “I am afraid of losing him,” he says.",
        "Ben Crane",
        id="surname-of-someone-named-before",
    ),
    pytest.param(
        _RUN_BEFORE + "In Maria O’Neill’s case, she decided to stay near her son. “I am afraid of "
        "losing him,” she continued.",
        "Maria O’Neill",
        id="apostrophe-in-name",
    ),
]


@pytest.mark.parametrize(("text", "speaker"), _TOPICS)
def test_topic_phrase_names_who_the_pronoun_is(text: str, speaker: str) -> None:
    assert _speaker_of(text, "I am afraid") == speaker


_NOT_TOPICS = [
    pytest.param(
        # the topic phrase was read before the speaker became the subject again
        "For Maria Reyes, the hardest part was the waiting.\n\nNurse Clara Obi said the ward was "
        "full. “I am afraid of losing him,” she said.",
        "Clara Obi",
        id="topic-before-the-subject",
    ),
    pytest.param(
        # a man as the topic is no "she"
        _RUN_BEFORE + "For Tom Reyes, the hardest part was the waiting. “I am afraid of losing "
        "him,” she says.",
        "Clara Obi",
        id="topic-of-the-other-sex",
    ),
]


@pytest.mark.parametrize(("text", "speaker"), _NOT_TOPICS)
def test_no_topic_phrase_keeps_the_speaker(text: str, speaker: str) -> None:
    assert _speaker_of(text, "I am afraid") == speaker


# -- offices about to be held --------------------------------------------------------------

_OFFICES = [
    pytest.param(
        "President-elect Marta Quiroga apologised on Monday. Quiroga was demoted in 2009.\n\n"
        "“I deeply regret what happened,” the president said in a video.",
        "Marta Quiroga",
        id="elect-title-bare-office",
    ),
    pytest.param(
        "President-elect Marta Quiroga apologised on Monday. Quiroga was demoted in 2009.\n\n"
        "“I deeply regret what happened,” the future President said in a video.",
        "Marta Quiroga",
        id="modified-capitalised-office",
    ),
    pytest.param(
        "Premier-designate Owen Castell met the unions on Friday.\n\n"
        "“We will talk again next week,” the premier said afterwards.",
        "Owen Castell",
        id="designate-title",
    ),
]


@pytest.mark.parametrize(("text", "speaker"), _OFFICES)
def test_pending_office_names_the_office_holder(text: str, speaker: str) -> None:
    assert _speaker_of(text, "I deeply" if "regret" in text else "We will") == speaker


def test_modified_office_without_anyone_titled_stays_a_description() -> None:
    text = "“I deeply regret what happened,” the new President said in a video."
    assert _speaker_of(text, "I deeply") == "the new President"


# -- "the agency" after a public body was named ----------------------------------------------

_BODIES = [
    pytest.param(
        "On the Transport Department’s website, drivers must register. The agency has said it "
        "plans to check 5,000 drivers.",
        "Transport Department",
        id="possessive-after-opening-preposition",
    ),
    pytest.param(
        "The Food Standards Agency is changing its rules. The regulator said it plans to check 5,000 shops.",
        "Food Standards Agency",
        id="regulator",
    ),
]


@pytest.mark.parametrize(("text", "speaker"), _BODIES)
def test_agency_is_the_public_body_named_before(text: str, speaker: str) -> None:
    assert _speaker_of(text, "it plans", kind="indirect") == speaker


def test_agency_without_a_body_named_stays_a_description() -> None:
    text = "Drivers must register online this year. The agency has said it plans to check 5,000 drivers."
    assert _speaker_of(text, "it plans", kind="indirect") == "The agency"


# -- a gendered description agrees with the person it stands for -----------------------------

_GENDERED = [
    pytest.param(
        "Director Tom Hale met Lucy Hart at a diner. Hart had just finished a play on Broadway. "
        "Later Ben Crane said the script was good.\n\n“It was at a diner,” the actress says.",
        "Lucy Hart",
        id="woman-named-before-the-man-who-spoke",
    ),
    pytest.param(
        "Ben Crane said the script was good. “It was at a diner,” the actress says.",
        "the actress",
        id="no-woman-named-stays-a-description",
    ),
    pytest.param(
        "Lucy Hart said the script was good. “It was at a diner,” the actress says.",
        "Lucy Hart",
        id="agreeing-speaker-kept",
    ),
]


@pytest.mark.parametrize(("text", "speaker"), _GENDERED)
def test_gendered_description_agrees_with_its_person(text: str, speaker: str) -> None:
    assert _speaker_of(text, "It was at a diner") == speaker


@pytest.mark.parametrize("name", ["Harbor Analytics", "Westgate Intel"])
def test_subject_after_a_long_fronted_phrase_keeps_its_last_letters(name: str) -> None:
    # the subject's last word crossed the end of the window the subject is read from
    text = (
        "Prices fell again in the spring.\n"
        # 70 characters before the name: the window of 80 ends inside the name's last word
        f"In its review of the outbreak’s likely economic impact on the region, {name}, a "
        "research firm, says the country is at risk. “We see a slump coming,” it says."
    )
    assert _speaker_of(text, "We see a slump") == name
    assert _speaker_of(text, "the country is at risk", kind="indirect") == name
