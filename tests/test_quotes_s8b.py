"""Who is speaking and what is a quote (#10), s8b: shapes of Indian and US news pages, in invented text.

- a role of several words between an organisation and a name after an inverted or preposed cue
  (``said Harbour Ratings chief rating officer Mia Shah``): the name speaks;
- an appositive whose closing comma the writer dropped (``Lena Ortiz, president of the Harbour
  Academy (HAP) said``): the person speaks, not the organisation that ends the appositive;
- a naming verb right before the marks (``a trend dubbed “quiet quitting”``): a name given to
  something, no quote; with an object between (``called the plan “reckless”``) still a quote;
- initials written in capitals (``MS Rana``) are no title ``Ms``: ``he`` may stand for him;
- ``the tech tycoon`` describes the person the article is about;
- a counted subject may run to ten words before its verb in a clause without ``that``.

Each table holds one shape seen in real articles, written anew, with the near misses that must
keep their reading.
"""

from __future__ import annotations

import pytest

from newsparse.rules.quotes.rule import find_quotes


def speaker_of(text: str, content_start: str, kind: str | None = None) -> str | None:
    """The speaker of the first non-scare quote (of ``kind``, if given) whose content starts with
    ``content_start``."""
    found = [
        q.speaker
        for q in find_quotes(text)
        if q.kind != "scare" and (kind is None or q.kind == kind) and q.content.text.startswith(content_start)
    ]
    assert found, [(q.kind, q.content.text, q.speaker) for q in find_quotes(text)]
    return found[0]


def contents(text: str) -> list[str]:
    """The contents of the quotes found in ``text`` (scare quotes left out)."""
    return [q.content.text for q in find_quotes(text) if q.kind != "scare"]


# -- (1) a role of several words between an organisation and a name -----------------------------

ROLE_RUNS = [
    pytest.param(
        "Lenders are resilient, agencies say.\n"
        "“Despite the slowdown, the economy is better placed,” said Harbour Ratings ED & chief "
        "rating officer Manoj Varma.",
        "Despite the slowdown",
        "Manoj Varma",
        id="org-acronym-and-three-word-role",
    ),
    pytest.param(
        "Markets fell for a third day.\n"
        "“Investors will stay cautious until the budget,” said Kestrel Securities head of research "
        "Anita Rao.",
        "Investors will stay",
        "Anita Rao",
        id="role-with-of",
    ),
    pytest.param(
        "Markets fell for a third day.\n"
        "“Investors will stay cautious,” said Coastline Financial Services chief investment "
        "strategist V K Menon.",
        "Investors will stay",
        "V K Menon",
        id="long-org-long-role-initials",
    ),
    pytest.param(
        "Fares will fall next year, said Harbour Ratings chief economist Manoj Varma.",
        "Fares will fall",
        "Manoj Varma",
        id="reported-before-inverted-cue",
    ),
    pytest.param(
        "Harbour Ratings senior director Manoj Varma said that fares would fall.",
        "fares would fall",
        "Manoj Varma",
        id="preposed-cue",
    ),
    # near misses: one role word, the name first, an organisation alone, a description
    pytest.param(
        "“Fares will fall,” said Harbour Board chair Tom Ellis.",
        "Fares will fall",
        "Tom Ellis",
        id="one-role-word",
    ),
    pytest.param(
        "“Fares will fall,” said Tom Ellis of the Harbour Board.",
        "Fares will fall",
        "Tom Ellis",
        id="name-then-organisation",
    ),
    pytest.param(
        "“Fares will fall,” said Harbour Board on Tuesday.",
        "Fares will fall",
        "Harbour Board",
        id="organisation-and-day",
    ),
    pytest.param(
        "“Fares will fall,” said Harbour Board chief press officer Tuesday.",
        "Fares will fall",
        None,
        id="role-then-a-day-is-no-name",
    ),
]


@pytest.mark.parametrize(("text", "content", "speaker"), ROLE_RUNS)
def test_role_of_several_words_before_the_name(text: str, content: str, speaker: str | None) -> None:
    assert speaker_of(text, content) == speaker


# -- (2) an appositive without its closing comma -------------------------------------------------

APPOSITIVES = [
    pytest.param(
        "Infant deaths rose for the first time in twenty years.\n"
        "In a statement, Lena Ortiz, president of the Harbour Academy of Paediatrics (HAP) said the "
        "rise was worrying.",
        "the rise was worrying",
        "Lena Ortiz",
        id="role-of-organisation-and-acronym",
    ),
    pytest.param(
        "Foreign investors sold shares for a fourth week.\n"
        "Echoing the views, Ravi Menon, co-founder and COO Tradewell said, “Investors are cautious "
        "about the trade war.”",
        "Investors are cautious",
        "Ravi Menon",
        id="hyphenated-role-and-acronym-role",
    ),
    # near misses: the comma is there; a conjunction opens the phrase after the comma
    pytest.param(
        "In a statement, Lena Ortiz, president of the Harbour Academy, said the rise was worrying.",
        "the rise was worrying",
        "Lena Ortiz",
        id="closed-appositive",
    ),
    pytest.param(
        "The vote is a victory for the Harbour Teachers Association (HTA), and association "
        "director Tim Lee told reporters it was a relief for retirees.",
        "it was a relief",
        "Tim Lee",
        id="conjunction-after-the-comma",
    ),
]


@pytest.mark.parametrize(("text", "content", "speaker"), APPOSITIVES)
def test_person_before_an_unclosed_appositive(text: str, content: str, speaker: str) -> None:
    assert speaker_of(text, content) == speaker


# -- (3) a naming verb right before the marks ----------------------------------------------------

NAMES = [
    pytest.param(
        "Young workers have embraced a new philosophy they have called “resting easy,” to resist long hours.",
        "resting easy",
        id="called-then-name",
    ),
    pytest.param(
        "More than two million people live in counties that are commonly called “clinic deserts.”",
        "clinic deserts",
        id="called-with-stop-inside",
    ),
    pytest.param(
        "The clip was what is known as a “deepfake.” It spread within hours.",
        "deepfake",
        id="known-as-a",
    ),
    pytest.param(
        "Economists say the plan, dubbed “Harbournomics”, will cost billions.",
        "Harbournomics",
        id="dubbed",
    ),
]


@pytest.mark.parametrize(("text", "name"), NAMES)
def test_name_given_by_a_naming_verb_is_no_quote(text: str, name: str) -> None:
    assert not any(c.startswith(name) for c in contents(text))


CALLED_WITH_OBJECT = [
    pytest.param(
        "Senator Ana Ruiz called the plan “reckless and unfair to every family in the county.”",
        "reckless and unfair",
        "Ana Ruiz",
        id="called-object-verdict",
    ),
    pytest.param(
        "Mayor Tom Ellis called the ruling “a disgrace” on Monday.",
        "a disgrace",
        "Tom Ellis",
        id="called-object-short-verdict",
    ),
]


@pytest.mark.parametrize(("text", "content", "speaker"), CALLED_WITH_OBJECT)
def test_called_with_an_object_is_still_a_quote(text: str, content: str, speaker: str) -> None:
    assert speaker_of(text, content) == speaker


# -- (4) initials in capitals, and an epithet of the article's person ---------------------------

PEOPLE = [
    pytest.param(
        "Harbour City Rovers beat the Delhi Strikers on Sunday to reach the final.\n"
        "MS Rana hit 18 runs off six balls. During the presentation, MS Rana was asked about his "
        "knock. He responded by saying that he was just watching the ball and hitting it.",
        "he was just watching",
        "MS Rana",
        id="capital-initials-are-no-title",
    ),
    pytest.param(
        "Harbour City Rovers beat the Delhi Strikers on Sunday.\n"
        "Ms Lina Rana, the club's chair, was asked about the win. She said that the team had "
        "worked hard all season.",
        "the team had worked",
        "Lina Rana",
        id="title-ms-still-a-woman",
    ),
    pytest.param(
        "Ravi Kamath, co-founder of Harbour Soft, wants young people to work longer hours.\n"
        "“This is what other countries did after the war,” Kamath said.\n"
        "The tech tycoon said that companies should motivate young people to work harder.",
        "companies should motivate",
        "Ravi Kamath",
        id="tech-tycoon",
    ),
]


@pytest.mark.parametrize(("text", "content", "speaker"), PEOPLE)
def test_person_behind_initials_and_epithets(text: str, content: str, speaker: str) -> None:
    assert speaker_of(text, content) == speaker


# -- (5) a counted subject before its verb -------------------------------------------------------


def test_counted_subject_of_ten_words_is_a_clause() -> None:
    text = (
        "Congenital infections can be prevented with early tests. The Harbour Health Agency said "
        "nearly 90 percent of the new cases in 2022 could have been prevented with timely treatment."
    )
    assert speaker_of(text, "nearly 90 percent", kind="indirect") == "Harbour Health Agency"


def test_counted_object_without_a_verb_is_no_clause() -> None:
    text = "The agency said nearly 90 percent of the new cases in the region in the last year."
    assert not [q for q in find_quotes(text) if q.kind == "indirect"]


# -- (6) a body whose name goes on after "on" ----------------------------------------------------

ON_NAMES = [
    pytest.param(
        "The Harbour Council on Foreign Relations said that the talks had failed.",
        "the talks had failed",
        "Harbour Council on Foreign Relations",
        id="council-on-with-title-word-inside",
    ),
    pytest.param(
        "“The talks failed,” said the Harbour Council on Foreign Relations.",
        "The talks failed",
        "Harbour Council on Foreign Relations",
        id="inverted-council-on",
    ),
    pytest.param(
        "The Coastal NGO Coalition on Tax Rules wrote to the panel.\n"
        "“The Coalition wants every charity reviewed fairly,” the coalition says on its website.",
        "The Coalition wants",
        "Coastal NGO Coalition on Tax Rules",
        id="the-coalition-after-a-sentence-opening-the-coalition",
    ),
    # near misses: a day or a month after "on" is no part of the name
    pytest.param(
        "The Harbour Council on Monday said that the talks had failed.",
        "the talks had failed",
        "Harbour Council",
        id="council-on-a-day",
    ),
    pytest.param(
        "“The talks failed,” said the Harbour Council on March 3.",
        "The talks failed",
        "Harbour Council",
        id="council-on-a-date",
    ),
]


@pytest.mark.parametrize(("text", "content", "speaker"), ON_NAMES)
def test_body_named_with_on(text: str, content: str, speaker: str) -> None:
    assert speaker_of(text, content) == speaker
