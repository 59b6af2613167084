"""English reported speech, eleventh round (sample s13): clause bounds and postposed speakers on real shapes.

- a second report opened by ``, but``/``, and`` and a bare plural group (``, but critics said``)
  ends the first report before it;
- a quoted word inside a long subject (``the plan of sorting pupils into “bubbles” and … is``)
  does not end the subject, so the clause is reported;
- a list of names before an inverted cue (``A, B, C and D have been removed …, said Secretary
  X``) is no name with its appositive: the speaker is the one after the cue;
- after an inverted speaker, ``as she urged …`` is the speaker's own act, and bracketed initials
  (``Authority (CTA)``) sit inside or after the name;
- no report is read from a passive participle (``The forum, proposed by Rep. Lee, was …``) or
  from a possessive's noun and its infinitive (``despite Lee’s vows to rebuild …, it …``).

Every sentence is invented, in the shapes of real articles.
"""

from __future__ import annotations

import pytest

from newsparse import Document, QuoteRule


def _quotes(text: str) -> list[tuple[str, str | None, str]]:
    found = QuoteRule()(Document.from_text(text, language="en"))
    return [(q.kind, q.speaker, q.content.text) for q in found if q.kind != "scare"]


def _reported(text: str) -> list[tuple[str | None, str]]:
    return [(s, c) for k, s, c in _quotes(text) if k == "indirect"]


# -- a second report with a group subject ends the first ---------------------------------------

_GROUP_SECOND = [
    pytest.param(
        "Mayor Ines Caldwell told the council that the budget was balanced, but critics said the "
        "figures were wrong.",
        [("Ines Caldwell", "the budget was balanced"), ("critics", "the figures were wrong")],
        id="but-critics",
    ),
    pytest.param(
        "Mr. Orlov told the board that it could see the plans at the next meeting, but board "
        "members said they wanted a printed copy first.",
        [
            ("Orlov", "it could see the plans at the next meeting"),
            ("members", "they wanted a printed copy first"),
        ],
        id="but-modified-group",
    ),
    pytest.param(
        "The ferry operator said that the crossing would resume on Friday, and local residents "
        "later said the boats were still tied up.",
        [
            ("The ferry operator", "the crossing would resume on Friday"),
            ("residents", "the boats were still tied up"),
        ],
        id="and-adverb-group",
    ),
]


@pytest.mark.parametrize(("text", "expected"), _GROUP_SECOND)
def test_group_report_ends_the_one_before(text: str, expected: list[tuple[str, str]]) -> None:
    got = _reported(text)
    assert [c for _s, c in got] == [c for _s, c in expected]
    assert [s for s, _c in got][1:] == [s for s, _c in expected][1:]


def test_group_word_inside_the_clause_does_not_cut() -> None:
    # (no comma before "and": the clause goes on, nobody new speaks)
    text = "Ines Caldwell said the lanes were closed and drivers said nothing about it for weeks."
    assert _reported(text)[0][1].startswith("the lanes were closed and drivers")


# -- a quoted word inside a long subject -------------------------------------------------------


def test_quoted_word_inside_a_long_subject() -> None:
    text = (
        "Okafor says the idea of sorting pupils into “pods” or year groups and expecting them "
        "never to meet at break is “pure fantasy”."
    )
    quotes = _quotes(text)
    assert ("indirect", "Okafor", text[12:-1]) in quotes
    assert ("direct", "Okafor", "pure fantasy") in quotes


def test_quoted_word_that_ends_with_a_stop_still_ends_the_subject() -> None:
    text = "Okafor says the idea of sorting pupils into “pods.” Nobody agreed."
    assert _reported(text) == []


# -- inverted speakers ---------------------------------------------------------------------------


def test_list_of_names_before_an_inverted_cue() -> None:
    text = (
        "Crete, Malta, Gozo, St Kitts and Nevis have also been removed from the council’s list of "
        "safe destinations, said Transport Secretary Ilse Brandvold."
    )
    assert _reported(text) == [("Ilse Brandvold", text[: text.index(", said")])]


def test_name_and_appositive_before_the_cue_still_speak() -> None:
    text = "The plan was a failure, Ines Caldwell, the council’s treasurer, told the Courier."
    assert _reported(text) == [("Ines Caldwell", "The plan was a failure")]


@pytest.mark.parametrize(
    "text",
    [
        pytest.param(
            "The region cannot ignore the risk of a new wave, warns Director Ilse Brandvold as she "
            "urged countries to stay alert.",
            id="as-she",
        ),
        pytest.param(
            "The region cannot ignore the risk of a new wave, warns Northern Health Agency (NHA) "
            "Director Ilse Brandvold.",
            id="initials-inside-the-name",
        ),
        pytest.param(
            "The region cannot ignore the risk of a new wave, said the Northern Health Agency (NHA).",
            id="initials-after-the-name",
        ),
    ],
)
def test_inverted_speaker_shapes(text: str) -> None:
    found = [(s, c) for s, c in _reported(text) if c.startswith("The region")]
    assert found == [(found[0][0], "The region cannot ignore the risk of a new wave")]
    assert found[0][0] is not None
    assert found[0][0].endswith(("Brandvold", "Agency"))


# -- no report --------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        pytest.param(
            "The annual summit, proposed by Senator Ines Caldwell, was one of the items on the agenda.",
            id="passive-participle",
        ),
        pytest.param(
            "The new pier design, announced by Mayor Tomasz Wendt on Monday, will cost more than the old one.",
            id="passive-participle-adjunct",
        ),
        pytest.param(
            "So despite Mayor Tomasz Wendt’s vows to rebuild the pier, it is still sliding into the sea.",
            id="possessive-noun-infinitive",
        ),
    ],
)
def test_no_report(text: str) -> None:
    assert _reported(text) == []


def test_possessive_claims_that_still_reports() -> None:
    # (the possessive before a cue noun with "that" keeps its speaker: only "to" is a noun's infinitive)
    text = "Mayor Tomasz Wendt's claims that the pier was safe drew criticism."
    assert [s for s, _c in _reported(text)] == ["Tomasz Wendt"]


# -- a quotation closing a report, then ", but GROUP CUE" ------------------------------------------


def test_but_after_a_quotation_opens_a_new_clause() -> None:
    text = (
        "Harbour chief Ines Caldwell pledged to the board in May that the port “would meet the new "
        "standard,” but board members questioned whether that was enough."
    )
    quotes = _quotes(text)
    # the fragment is not the board members' words, and the report stops at the closing mark
    assert [s for k, s, _c in quotes if k == "direct"] == ["Ines Caldwell"]
    assert ("indirect", "Ines Caldwell", "the port “would meet the new standard,”") in quotes
    assert ("indirect", "members", "that was enough") in quotes


def test_and_or_while_after_a_quotation_go_on_with_its_sentence() -> None:
    text = "“The party is to blame for the slump” while it held office, Okafor said."
    assert [s for k, s, _c in _quotes(text) if k == "direct"] == ["Okafor"]


# -- the month "May" is no auxiliary; "pledged to the board" is no infinitive ---------------------


@pytest.mark.parametrize(
    "text",
    [
        "Ines Caldwell said in May that the port would reopen.",
        "Harbour chief Ines Caldwell told the board in May that the port would reopen.",
        "Harbour chief Ines Caldwell pledged to the board in May that the port would reopen.",
    ],
    ids=["said-in-may", "told-object-in-may", "pledged-to-object-in-may"],
)
def test_month_may_before_that(text: str) -> None:
    assert _reported(text) == [("Ines Caldwell", "the port would reopen")]


def test_pledged_to_a_determiner_is_no_infinitive() -> None:
    text = "Ines Caldwell pledged to the board its full support."
    assert _reported(text) == []


def test_pledged_to_a_verb_is_an_infinitive() -> None:
    assert _reported("Ines Caldwell pledged to rebuild the pier.") == [
        ("Ines Caldwell", "to rebuild the pier")
    ]


# -- suppositions, fronted "Where" clauses, a source described after "according to" ----------------


@pytest.mark.parametrize(
    "text",
    ["Let’s say you have two scripts that import each other.", "Let us say the loan runs for ten years."],
    ids=["lets-say", "let-us-say"],
)
def test_a_supposition_reports_nothing(text: str) -> None:
    assert _reported(text) == []


def test_fronted_where_clause_ends_at_its_comma() -> None:
    text = "Where supporters claimed the reform was bold, the new law still fell short of it."
    assert [c for _s, c in _reported(text)] == ["the reform was bold"]


def test_according_to_a_source_with_a_relative_clause_and_no_comma() -> None:
    text = "The marina would cost $40 million according to county officials who spoke at the meeting."
    assert _reported(text) == [("county officials", "The marina would cost $40 million")]


# -- a sentence adverb before ", according to X, CLAUSE" -----------------------------------------


@pytest.mark.parametrize(
    "lead",
    ["However", "Meanwhile", "For example", "In 2019", "Interestingly"],
)
def test_sentence_adverb_before_according_to(lead: str) -> None:
    text = f"{lead}, according to the harbour board, the ferry service was running at a loss."
    assert _reported(text) == [("the harbour board", "the ferry service was running at a loss")]


def test_subject_before_according_to_keeps_the_whole_sentence() -> None:
    text = "The ferry service, according to the harbour board, was running at a loss."
    assert _reported(text) == [("the harbour board", text[:-1])]


def test_sentence_glued_after_a_closing_mark() -> None:
    # a scraper dropped the space after "”." : the report ends there and the next sentence speaks
    text = (
        "Okafor said the board urged the city to take steps “to widen the quay”.The board noted "
        "that most ferries now dock at night."
    )
    reported = _reported(text)
    assert ("Okafor", "the board urged the city to take steps “to widen the quay”") in reported
    assert ("The board", "most ferries now dock at night") in reported
