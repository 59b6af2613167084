"""Who is speaking (#10), s7b: documents that speak for whoever issued them (``an affidavit from
the FBI … the affidavit said``, ``The Ledger released a report that said …``) and an indefinite
role opening a wire update, named in the next paragraph with that very role (``A harbour chief
says …`` then ``Harbour Police Chief Tom Ellis told …``), in invented text.

Each table holds one shape seen in real articles, written anew, with positives and the near
misses that must keep their description (or find no speaker).
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


# -- (1) a document speaks for whoever issued it --------------------------------------------------

DOCUMENTS = [
    pytest.param(
        "Three people were charged with running the scheme from rented flats in Leeds and York, "
        "according to a criminal complaint affidavit from Border Investigations.\n\n"
        "The suspects allegedly paid cash for every lease, the affidavit said.",
        "The suspects allegedly paid",
        "Border Investigations",
        id="affidavit-from-an-agency",
    ),
    pytest.param(
        "The inquiry asked for every message in March, according to a bulletin published by the "
        "Harbour Council late on Tuesday.\n\n"
        "The bulletin says the council handed over the messages within a week.",
        "the council handed over",
        "Harbour Council",
        id="bulletin-published-by",
    ),
    pytest.param(
        "Councillors have sued the newspaper for libel. The Westfield Ledger released a long report on "
        "Thursday, which said that the mayor had met the developer twice in 2019.",
        "the mayor had met",
        "Westfield Ledger",
        id="indefinite-report-introduced-by-its-issuer",
    ),
    pytest.param(
        "The mayor sued the Westfield Daily Ledger (WDL) for libel on Friday.\n\n"
        "The WDL released a long report on Thursday, which said that the mayor had met the developer twice.",
        "the mayor had met",
        "Westfield Daily Ledger",
        id="issuer-acronym-spelled-out",
    ),
    pytest.param(
        "Harbourline Music is now letting listeners stream songs free on phones. The company "
        "published a blog post that said users without a subscription could hear songs with ads.",
        "users without a subscription",
        "Harbourline Music",
        id="company-description-publishing-a-post",
    ),
]


@pytest.mark.parametrize(("text", "content", "speaker"), DOCUMENTS)
def test_document_speaks_for_its_issuer(text: str, content: str, speaker: str) -> None:
    assert speaker_of(text, content) == speaker


DOCUMENTS_KEPT = [
    pytest.param(
        "The inquiry asked for every message in March, according to a timeline published by the "
        "Harbour Council late on Tuesday.\n\n"
        "The timeline says the council handed over the messages within a week.",
        "the council handed over",
        "The timeline",
        id="timeline-is-evidence-not-a-statement",
    ),
    pytest.param(
        "Fares rose again in May.\n\nA report said that commuters now pay a fifth more than in 2019.",
        "commuters now pay",
        "A report",
        id="report-nobody-issued",
    ),
    pytest.param(
        "The Westfield Ledger covered the vote. A new report from campaigners said that turnout fell.",
        "turnout fell",
        "A new report from campaigners",
        id="issuer-not-a-name",
    ),
]


@pytest.mark.parametrize(("text", "content", "speaker"), DOCUMENTS_KEPT)
def test_document_without_named_issuer_keeps_its_description(text: str, content: str, speaker: str) -> None:
    assert speaker_of(text, content) == speaker


# -- (2) a wire update's indefinite role, named next with that role -------------------------------

UPDATES = [
    pytest.param(
        "Employee Mark Doyle tells the paper that he chased the man for a block.\n\n"
        "A Westfield harbour chief says a ferry ran aground on Tuesday during a storm.\n\n"
        "Interim Harbour Police Chief Tom Ellis told reporters that nobody was hurt.",
        "a ferry ran aground",
        "Tom Ellis",
        id="chief-named-next-with-the-title",
    ),
]


@pytest.mark.parametrize(("text", "content", "speaker"), UPDATES)
def test_indefinite_role_named_next(text: str, content: str, speaker: str) -> None:
    assert speaker_of(text, content) == speaker


UPDATES_KEPT = [
    pytest.param(
        "Employee Mark Doyle tells the paper that he chased the man for a block.\n\n"
        "A Westfield harbour chief says a ferry ran aground on Tuesday during a storm.\n\n"
        "Passenger Ann Lee told reporters that nobody was hurt.",
        "a ferry ran aground",
        "Mark Doyle",
        id="next-person-holds-another-role",
    ),
    pytest.param(
        "Employee Mark Doyle tells the paper that he chased the man for a block.\n\n"
        "A harbour spokesman says a ferry ran aground on Tuesday during a storm.\n\n"
        "Harbour spokesman Tom Ellis told reporters that nobody was hurt.",
        "a ferry ran aground",
        "Tom Ellis",
        id="spokesman-stays-unnamed",
    ),
]


@pytest.mark.parametrize(("text", "content", "speaker"), UPDATES_KEPT)
def test_indefinite_role_not_named_next(text: str, content: str, speaker: str) -> None:
    assert speaker_of(text, content) != speaker


# -- (3) an indefinite group the next sentences name in commas -------------------------------------

GROUPS_NAMED = [
    pytest.param(
        "Some 300 cleaners will lose their jobs on May 9, according to a group of employees. "
        "The group, Harbour Workers United, formed last month and wrote to managers.",
        "Some 300 cleaners",
        "Harbour Workers United",
        id="according-to-a-group-of-employees",
    ),
    pytest.param(
        "Rents rose by a third in two years, a coalition of tenant unions said on Monday.\n\n"
        "The coalition, Fair Homes Westfield, wants a cap.",
        "Rents rose by a third",
        "Fair Homes Westfield",
        id="coalition-named-in-the-next-paragraph",
    ),
]


@pytest.mark.parametrize(("text", "content", "speaker"), GROUPS_NAMED)
def test_indefinite_group_named_next(text: str, content: str, speaker: str) -> None:
    assert speaker_of(text, content) == speaker


GROUPS_UNNAMED = [
    pytest.param(
        "The shelter will close, an advocacy group said. The group, which has 40 members, did not say when.",
        "The shelter will close",
        "an advocacy group",
        id="relative-clause-is-no-name",
    ),
    pytest.param(
        "The shelter will close, an advocacy group said. The council, Westfield Borough, did not comment.",
        "The shelter will close",
        "an advocacy group",
        id="another-body-named",
    ),
]


@pytest.mark.parametrize(("text", "content", "speaker"), GROUPS_UNNAMED)
def test_indefinite_group_not_named(text: str, content: str, speaker: str) -> None:
    assert speaker_of(text, content) == speaker
