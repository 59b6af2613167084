"""Who is speaking (#10), s8: shapes of trafilatura-style pages, in invented text.

- an inverted cue whose speaker carries a long modifier chain (``noted Ohio-based flood
  engineer Tom Baker in an interview with the Herald``): the name after the roles speaks, and the
  unclosed paragraphs that follow keep him;
- an inverted description with a medium after it (``explained the court in its ruling``): the
  court speaks, the ruling is where it said so.

Each table holds one shape seen in real articles, written anew, with the near misses that must
keep their reading.
"""

from __future__ import annotations

import pytest

from newsparse.rules.quotes.rule import find_quotes


def speaker_of(text: str, content_start: str) -> str | None:
    """The speaker of the first non-scare quote whose content starts with ``content_start``."""
    found = [
        q.speaker for q in find_quotes(text) if q.kind != "scare" and q.content.text.startswith(content_start)
    ]
    assert found, [(q.content.text, q.speaker) for q in find_quotes(text)]
    return found[0]


# -- (1) an inverted speaker behind a chain of modifiers ------------------------------------------

MODIFIED = [
    pytest.param(
        "Storms hit the coast on Monday.\n"
        "“The sea wall failed in three places,” noted Ohio-based flood engineer Tom Baker in an "
        "interview with the Herald. “Nobody had inspected it in years.\n"
        "“It will cost millions to fix.”",
        "Nobody had inspected",
        "Tom Baker",
        id="place-modifier-roles-name-and-medium",
    ),
    pytest.param(
        "The ferry service was cut again on Friday.\n"
        "“We were never told why,” said Leeds-born ferry captain Ana Ruiz.",
        "We were never told",
        "Ana Ruiz",
        id="born-modifier-and-role",
    ),
    pytest.param(
        "The council lost its appeal.\n"
        "“This ruling changes every tenancy in the county,” wrote veteran housing lawyer Rosa Diaz.",
        "This ruling changes",
        "Rosa Diaz",
        id="three-words-ending-in-a-role",
    ),
    pytest.param(
        "The council lost its appeal.\n"
        "“This ruling changes every tenancy in the county,” said Jean-Paul Marchal.",
        "This ruling changes",
        "Jean-Paul Marchal",
        id="hyphenated-name-is-no-modifier",
    ),
]


@pytest.mark.parametrize(("text", "content", "speaker"), MODIFIED)
def test_inverted_speaker_behind_modifiers(text: str, content: str, speaker: str) -> None:
    assert speaker_of(text, content) == speaker


# -- (2) a described speaker and the medium it spoke in -----------------------------------------------

MEDIUM = [
    pytest.param(
        "The Harbour Court of Appeal ruled against the port on Monday.\n"
        "“The port placed itself between the buyer and the seller,” explained the court in its "
        "ruling.",
        "The port placed itself",
        "Harbour Court of Appeal",
        id="court-in-its-ruling",
    ),
    pytest.param(
        "The port board met on Monday.\n“We will appeal,” said the chair of the board.",
        "We will appeal",
        "the chair of the board",
        id="of-phrase-stays-in-the-description",
    ),
]


@pytest.mark.parametrize(("text", "content", "speaker"), MEDIUM)
def test_medium_after_described_speaker(text: str, content: str, speaker: str) -> None:
    assert speaker_of(text, content) == speaker


def test_place_after_a_group_is_no_medium() -> None:
    # "said most families in his village had …": a reported clause, not an inverted speaker
    text = (
        "Tenants marched to the town hall on Friday.\n"
        "Organiser Tom Reed, a retired nurse, said most families in his street had no heating."
    )
    assert speaker_of(text, "most families in his street") == "Tom Reed"


# -- (3) a name in a copula inside a quote is no antecedent -------------------------------------------


def test_quoted_copula_name_takes_no_pronoun() -> None:
    # "…, is Native American" inside a governor's quote: the woman he spoke of is "she"
    text = (
        "Mara Ellis was sworn in as the first judge of the coastal district.\n"
        "Ellis was born in Leeds in 1970 and studied law in York.\n"
        "“Because Judge Ellis is Irish Traveller, many will focus on her background,” Governor "
        "Tom Reed said.\n"
        "At a press conference, a reporter asked Ellis, “What is the biggest problem in the courts?”\n"
        "“The hardest part is getting people to admit that we all have biases,” she replied."
    )
    assert speaker_of(text, "The hardest part") == "Mara Ellis"


# -- (4) the one asked answers ------------------------------------------------------------------------

REPLIES = [
    pytest.param(
        "Mara Ellis was sworn in as the first judge of the coastal district.\n"
        "“Because Judge Ellis is Irish Traveller, many will focus on her background,” Gov. Reed said. "
        "“And it is right to do so. But she is simply the best person for the job.”\n"
        "At a press conference, a reporter asked Ellis, “What is the biggest problem in the courts?”\n"
        "“The hardest part is getting people to admit that we all have biases,” she replied.",
        "The hardest part",
        "Mara Ellis",
        id="reporter-asked-named-woman-she-replied",
    ),
    pytest.param(
        "The mayor met residents on Monday.\n"
        "Anna Reyes asked Tom Baker: “Will the bridge reopen this year?”\n"
        "“Not before the autumn,” he answered.",
        "Not before the autumn",
        "Tom Baker",
        id="asker-and-addressee-named",
    ),
    pytest.param(
        "The mayor met residents on Monday.\n"
        "Tom Reyes asked Anna Baker: “Will the bridge reopen this year?”\n"
        "“Not before the autumn,” he answered.",
        "Not before the autumn",
        "Tom Reyes",
        id="addressee-of-the-other-sex-is-not-he",
    ),
]


@pytest.mark.parametrize(("text", "content", "speaker"), REPLIES)
def test_the_one_asked_replies(text: str, content: str, speaker: str) -> None:
    assert speaker_of(text, content) == speaker


# -- (5) a fronted title before a name, an auxiliary before a surname ---------------------------------

NAMES = [
    pytest.param(
        "A new book on transport.\n"
        "In Why Ferries Fail, Tom Baker sets out to answer a simple question.\n"
        "“It is the timetables,” the Harbourline founder said.",
        "It is the timetables",
        "Tom Baker",
        id="affiliated-epithet-after-fronted-title",
    ),
    pytest.param(
        "A new book on transport.\n"
        "Harbourline chief Tom Baker sets out to answer a simple question.\n"
        "“It is the timetables,” the Westway founder said.",
        "It is the timetables",
        "the Westway founder",
        id="other-affiliation-stays-a-description",
    ),
    pytest.param(
        "A new book on transport.\n"
        "Had Baker looked at the timetables, he would have found the answer.\n"
        "“It is the timetables,” Baker writes.",
        "It is the timetables",
        "Baker",
        id="inverted-auxiliary-is-no-given-name",
    ),
    pytest.param(
        "Will Baker wrote a book about ferries.\n“It is the timetables,” Baker writes.",
        "It is the timetables",
        "Will Baker",
        id="will-stays-a-given-name",
    ),
]


@pytest.mark.parametrize(("text", "content", "speaker"), NAMES)
def test_names_around_fronted_words(text: str, content: str, speaker: str) -> None:
    assert speaker_of(text, content) == speaker


# -- (6) a title whose stop sits inside the marks -----------------------------------------------------


def contents(text: str) -> list[str]:
    """The contents of the direct quotes found in ``text``."""
    return [q.content.text for q in find_quotes(text) if q.kind == "direct"]


TITLES = [
    pytest.param(
        "The awards were handed out on Sunday.\n"
        "But actress Ann Lee said the prize should have gone to quirky British comedy “Driftwood.”",
        [],
        id="one-word-title-after-work-noun",
    ),
    pytest.param(
        "The awards were handed out on Sunday.\nThe top prize went to the drama “Salt and Iron.”",
        [],
        id="title-with-small-word",
    ),
    pytest.param(
        "The awards were handed out on Sunday.\nAnn Lee called the show “Brilliant.”",
        ["Brilliant."],
        id="verdict-governed-by-calling-stays",
    ),
]


@pytest.mark.parametrize(("text", "expected"), TITLES)
def test_title_with_inner_stop(text: str, expected: list[str]) -> None:
    assert contents(text) == expected


# -- (7) a participle after an inverted cue, a subject inside the quote before it ---------------------

PARTICIPLES = [
    pytest.param(
        "The book came out in May.\n"
        "“Most voters want change. A majority of voters say so,” Baker writes, before conceding "
        "that “change will be slow.”",
        "change will be slow",
        "Baker",
        id="before-conceding-after-inverted-cue",
    ),
    pytest.param(
        "The book came out in May.\n"
        "“Most voters want change. A majority of voters say so,” Baker writes, adding that the "
        "change will be slow.",
        "the change will be slow",
        "Baker",
        id="adding-that-after-inverted-cue",
    ),
    pytest.param(
        "The book came out in May.\nMost critics praised it, adding that the change it asks for will be slow.",
        "the change it asks for",
        "Most critics",
        id="subject-outside-any-quote-stays",
    ),
]


@pytest.mark.parametrize(("text", "content", "speaker"), PARTICIPLES)
def test_participle_after_quote_keeps_its_speaker(text: str, content: str, speaker: str) -> None:
    assert speaker_of(text, content) == speaker


# -- (8) a title's sex chooses among names with one surname -------------------------------------------

TITLED = [
    pytest.param(
        "Zoe Anderson died in 2010 after a boiler fault.\n"
        "Her father Chris Anderson sat in court every day.\n"
        "“She had everything ahead of her,” Mr Anderson said.",
        "She had everything",
        "Chris Anderson",
        id="mr-is-not-the-daughter",
    ),
    pytest.param(
        "Zoe Anderson died in 2010 after a boiler fault.\n"
        "Her family sat in court every day.\n"
        "“She had everything ahead of her,” Mr Anderson said.",
        "She had everything",
        "Anderson",
        id="no-man-of-that-surname-keeps-the-surname",
    ),
    pytest.param(
        "Tom Anderson and his wife Zoe Anderson ran the shop.\n“We lost everything,” Mrs Anderson said.",
        "We lost everything",
        "Zoe Anderson",
        id="mrs-is-the-wife",
    ),
]


@pytest.mark.parametrize(("text", "content", "speaker"), TITLED)
def test_title_sex_picks_the_name(text: str, content: str, speaker: str) -> None:
    assert speaker_of(text, content) == speaker


# -- (9) a pull quote repeats a quote the article attributes later ------------------------------------

PULLS = [
    pytest.param(
        "The harbour board lost its appeal on Thursday.\n"
        "“The board placed itself between the buyer and the seller,” the court said.\n"
        "“We cannot overstate what this ruling means.”\n"
        "Experts were surprised by the ruling.\n"
        "“We cannot overstate what this ruling means. Every tenant will feel it,” said Rosa Diaz, "
        "the tenants’ lawyer.",
        "We cannot overstate what this ruling means.",
        "Rosa Diaz",
        id="pull-quote-takes-the-later-speaker",
    ),
    pytest.param(
        "The harbour board lost its appeal on Thursday, said board chair Tom Reed.\n"
        "“We will appeal again,” Reed said.\n"
        "“Nobody expected the court to rule this way.”\n"
        "The tenants’ lawyer, Rosa Diaz, gave a short statement. “Every tenant will feel it.”",
        "Nobody expected",
        "Tom Reed",
        id="unrepeated-paragraph-keeps-the-run",
    ),
]


@pytest.mark.parametrize(("text", "content", "speaker"), PULLS)
def test_pull_quote_speaker(text: str, content: str, speaker: str) -> None:
    assert speaker_of(text, content) == speaker


# -- (10) a bare spokesperson speaks for the organisation the paragraph is about -------------------

SPOKES = [
    pytest.param(
        "Broadband prices fell again.\n"
        "Harbour Telecom backed the price cuts but said regulation was still needed. “This is a "
        "reminder to the regulator,” a spokesman said.",
        "This is a reminder",
        "Harbour Telecom",
        id="company-subject-then-a-spokesman",
    ),
    pytest.param(
        "Broadband prices fell again.\n"
        "HTL backed the price cuts but said regulation was still needed. “This is a reminder to "
        "the regulator,” a spokesman said.",
        "This is a reminder",
        "HTL",
        id="acronym-subject-then-a-spokesman",
    ),
    pytest.param(
        "Broadband prices fell again.\n"
        "Tom Reed backed the price cuts but said regulation was still needed. “This is a reminder "
        "to the regulator,” a spokesman said.",
        "This is a reminder",
        "a spokesman",
        id="person-subject-leaves-the-spokesman-unnamed",
    ),
    pytest.param(
        "Harbour Telecom backed the price cuts on Monday.\n"
        "Broadband prices fell again.\n"
        "“This is a reminder to the regulator,” a spokesman said.",
        "This is a reminder",
        "a spokesman",
        id="company-of-an-earlier-paragraph-is-not-taken",
    ),
]


@pytest.mark.parametrize(("text", "content", "speaker"), SPOKES)
def test_bare_spokesperson(text: str, content: str, speaker: str) -> None:
    assert speaker_of(text, content) == speaker
