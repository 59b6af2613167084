"""English reported speech and direct-quote precision, round s15 (issue #10).

- a naming verb with no subject of its own (a relative clause, an infinitive, a participle
  phrase) still governs the short label it gives: ``who described the plan as “unworkable”``;
  with nothing between the verb and the mark it names, no one speaks (``calls “print()”``);
- after ``, calling``/``, labelling`` the words after the cue are its object, never an
  inverted speaker;
- a counted plural (``many states``, ``all 50 states``) is a noun, no cue;
- bare reported clauses whose subject is a list (``say Lee, her brother, Ruiz and a friend
  were``) or follows a fronted adverbial (``said shortly after the crew left, …``);
- a report inside a sentence-opening ``While`` clause ends before the main clause's own report
  in the present tense (``…, the union says that …``);
- a postposed speaker after a possessive (``our Jane Moss reported``, ``its co-convenor Ravi
  Shah said``) or followed by a dash;
- a plural text's present tense takes a plain clause (``Researchers at Leeds suggest …``), but
  polls and figures that "suggest" report no one's words.

Every sentence is invented, in the shapes of real articles.
"""

from __future__ import annotations

import pytest

from newsparse import Document, QuoteRule


def _quotes(text: str) -> list[tuple[str, str | None, str]]:
    found = QuoteRule()(Document.from_text(text, language="en"))
    return [(q.kind, q.speaker, q.content.text) for q in found if q.kind != "scare"]


def _direct(text: str) -> list[tuple[str | None, str]]:
    return [(s, c) for k, s, c in _quotes(text) if k == "direct"]


def _reported(text: str) -> list[tuple[str | None, str]]:
    return [(s, c) for k, s, c in _quotes(text) if k == "indirect"]


# -- a naming verb without a subject of its own still governs its label -------------------------

_LABELS = [
    pytest.param(
        "The harbour board met on Tuesday. A senior engineer who described the repair plan as "
        "“unworkable.” left early.",
        ["unworkable."],
        id="relative-clause",
    ),
    pytest.param(
        "The mayor went on local radio last week to describe the harbour as a “dead zone.”",
        ["dead zone."],
        id="infinitive",
    ),
    pytest.param(
        "Ferris Quill attacked the paper on Monday, labelling the story a “hoax” and the letter “forged.”",
        ["hoax", "forged."],
        id="participle-phrase",
    ),
]


@pytest.mark.parametrize(("text", "labels"), _LABELS)
def test_a_label_given_by_a_naming_verb_is_a_direct_quote(text: str, labels: list[str]) -> None:
    assert [c for _s, c in _direct(text)] == labels


def test_a_participle_naming_verb_takes_the_sentence_subject_as_speaker() -> None:
    text = "Ferris Quill attacked the paper on Monday, calling the story a “hoax.”"
    assert _direct(text) == [("Ferris Quill", "hoax.")]


@pytest.mark.parametrize(
    "text",
    [
        pytest.param("The loader is a function that calls “print()” when it starts.", id="no-object"),
        pytest.param(
            "The port authority, which critics have described as “A Front For Developers”, said no.",
            id="capitalised-name",
        ),
    ],
)
def test_no_label_without_an_object_or_in_title_case(text: str) -> None:
    assert not any(c.startswith(("print", "A Front")) for _s, c in _direct(text))


# -- a counted plural is a noun ------------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        pytest.param(
            "Activists in many states are facing charges of “unlawful assembly” after the march.",
            id="many-states",
        ),
        pytest.param("A survey of all 50 states shows that “housing stress” is rising.", id="number-states"),
    ],
)
def test_a_counted_plural_cue_word_reports_nothing(text: str) -> None:
    assert _quotes(text) == []


def test_a_finite_states_still_reports() -> None:
    text = "The agency states that the pier is unsafe."
    assert _reported(text) == [("The agency", "the pier is unsafe")]


# -- bare clauses: a listed subject, a fronted adverbial -----------------------------------------

_BARE = [
    pytest.param(
        "The Kingston Harbour Police say Moss, her brother, Patel and another man were travelling "
        "in a van when it hit a wall.",
        "Moss, her brother, Patel and another man were travelling in a van when it hit a wall",
        id="listed-subject",
    ),
    pytest.param(
        "Citing tourism as a main earner, Moss said between January and March, the sector's share "
        "of revenue was 40 per cent.",
        "between January and March, the sector's share of revenue was 40 per cent",
        id="fronted-between",
    ),
    pytest.param(
        "Moss said between January and March 11, the sector's contribution to the domestic market was "
        "71 per cent.",
        "between January and March 11, the sector's contribution to the domestic market was 71 per cent",
        id="fronted-long-subject",
    ),
    pytest.param(
        "On Friday night, Moss said shortly after the reporters left his shop, someone from the "
        "council called and asked for the footage.",
        "shortly after the reporters left his shop, someone from the council called and asked for the footage",
        id="fronted-shortly-after",
    ),
]


@pytest.mark.parametrize(("text", "content"), _BARE)
def test_a_bare_clause_after_said_is_reported(text: str, content: str) -> None:
    assert [c for _s, c in _reported(text)] == [content]


def test_an_aside_in_the_subject_still_needs_its_verb_next() -> None:
    # (a name and an appositive, then no verb: no list, no clause read)
    text = "Moss said Patel, the harbour master, the pier and the jetty."
    assert _reported(text) == []


# -- a report in a "While" clause ends before the main clause's report ---------------------------


def test_a_subordinate_report_ends_before_a_present_tense_main_report() -> None:
    text = (
        "While the council asserts that the pier falls under its control, the fishing "
        "cooperative says that it has rights dating from 1902."
    )
    assert _reported(text) == [
        ("the council", "the pier falls under its control"),
        ("the fishing cooperative", "it has rights dating from 1902"),
    ]


# -- postposed speakers after a possessive or before a dash ----------------------------------------

_POSTPOSED = [
    pytest.param(
        "A glitch with the council's website has delayed the vote on the harbour plan, our Jane Moss reported.",
        ("Jane Moss", "A glitch with the council's website has delayed the vote on the harbour plan"),
        id="our-name",
    ),
    pytest.param(
        "The recommendations were made by the council at its meeting in Pune, its co-convenor Ravi Shah said on Friday.",
        ("Ravi Shah", "The recommendations were made by the council at its meeting in Pune"),
        id="its-role-name",
    ),
    pytest.param(
        "The regional economy is in excess demand, despite the weaker outlook, the IMF report says "
        "— also in line with the bank's view.",
        (
            "IMF",
            "The regional economy is in excess demand, despite the weaker outlook",
        ),  # the issuer the report is named after (#10)
        id="dash-after",
    ),
]


@pytest.mark.parametrize(("text", "expected"), _POSTPOSED)
def test_a_postposed_speaker_after_a_possessive_or_before_a_dash(
    text: str, expected: tuple[str, str]
) -> None:
    assert _reported(text) == [expected]


# -- a plural speaker's present tense takes a plain clause ---------------------------------------


def test_researchers_suggest_a_plain_clause() -> None:
    text = "Now researchers at the University of Leeds suggest our love of sad films has surprising benefits."
    assert _reported(text) == [
        ("researchers at the University of Leeds", "our love of sad films has surprising benefits")
    ]


def test_polls_that_suggest_report_no_one() -> None:
    assert _reported("The polls suggest the race is tightening in the north.") == []


# -- a report in brackets is a sentence of its own -------------------------------------------------

_BRACKETED = [
    pytest.param(
        "The pier will reopen in May (the council says the repairs are nearly done), and boats can dock again.",
        [("the council", "the repairs are nearly done")],
        id="mid-sentence",
    ),
    pytest.param(
        "The pier will reopen in May (though the council says the repairs are nearly done.)",
        [("the council", "the repairs are nearly done")],
        id="closing-the-sentence",
    ),
    pytest.param(
        "Lee (a former mayor) said the pier was safe.",
        [("Lee", "the pier was safe")],
        id="closed-before-the-cue",
    ),
]


@pytest.mark.parametrize(("text", "expected"), _BRACKETED)
def test_a_report_in_brackets_ends_at_the_closing_bracket(text: str, expected: list[tuple[str, str]]) -> None:
    assert _reported(text) == expected


# -- a parenthetical attribution after a relative pronoun ------------------------------------------


def test_which_then_a_parenthetical_cue_reports_the_relative_clause() -> None:
    text = (
        "Moss tried to get the man's attention by shouting through the intercom, which, he said, "
        "scared the man off."
    )
    assert [c for _s, c in _reported(text)] == ["scared the man off"]


def test_a_regular_past_after_a_parenthetical_cue_splitting_the_subject() -> None:
    assert [c for _s, c in _reported("The bridge, Ruiz said, reopened in June after the repairs.")] == [
        "reopened in June after the repairs"
    ]


# -- the question put to the speaker is no report of theirs ----------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        pytest.param("Asked about the aid that entered the port on Monday, Moss sighed.", id="asked-about"),
        pytest.param(
            "Pressed on the cost of the new pier at the meeting, the mayor replied.", id="pressed-on"
        ),
    ],
)
def test_a_fronted_question_before_a_postposed_cue_reports_nothing(text: str) -> None:
    assert _reported(text) == []


def test_the_answer_after_a_fronted_question_is_still_reported() -> None:
    assert _reported("Asked whether the pier would reopen, Moss said it would.") == [("Moss", "it would")]


# -- a title word takes a long title too ------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        pytest.param(
            "In an article titled ‘The port is cheating with numbers — and stealing our future’, Greta Moss "
            "states the following:",
            id="titled-dash-sentence",
        ),
        pytest.param(
            "In a column headlined “Why I will never sell the pier, and why you should not either,” Moss "
            "wrote that the town needs it.",
            id="headlined-sentence",
        ),
    ],
)
def test_a_long_title_after_a_title_word_is_no_direct_quote(text: str) -> None:
    assert _direct(text) == []


# -- known limitation: a quotation quoted inside a quotation ---------------------------------------


@pytest.mark.xfail(
    strict=True,
    reason="#10: the annotation lists some inner quotations as quotes of their own, but as many "
    "reported inner sayings are left out; reading them added as many extras as it found",
)
def test_a_quotation_inside_a_quotation_is_not_yet_a_quote_of_its_own() -> None:
    text = "\"I think, you know, Ana Lee says it herself, 'This is the fight of our lives,'\" Ruiz said."
    assert ("Ana Lee", "This is the fight of our lives") in _direct(text)


# -- a participle with its adjunct after a comma is no inverted cue ---------------------------------


def test_a_participle_and_its_adjunct_between_commas_report_nothing() -> None:
    text = "The debt relief program, announced in August, has drawn eight million applications."
    assert _reported(text) == []


def test_an_inverted_cue_with_its_speaker_next_still_reports() -> None:
    assert _reported("The plan will cost five million pounds, said Moss in a statement.") == [
        ("Moss", "The plan will cost five million pounds")
    ]


# -- verbs of censure attribute the label they give ------------------------------------------------


@pytest.mark.parametrize(
    ("text", "label"),
    [
        pytest.param("Senator Ruiz, who has torched the governor as ‘reckless and dangerous’, spoke first.",
                     "reckless and dangerous", id="torched-as"),
        pytest.param("The sheriff issued a statement condemning the actions of “paid agitators” at the pier.",
                     "paid agitators", id="condemning"),
        pytest.param("Moss dismissed the report as “pure fiction” on Monday.", "pure fiction", id="dismissed-as"),
    ],
)  # fmt: skip
def test_a_verb_of_censure_attributes_its_label(text: str, label: str) -> None:
    assert [c for _s, c in _direct(text)] == [label]


def test_a_nickname_in_marks_is_a_mention() -> None:
    text = "The governor earned the local nickname “iron hand of the coast” for his harsh rule, Lee said."
    assert _direct(text) == []


def test_words_in_marks_followed_by_as_they_are_known_are_a_name() -> None:
    text = "She warned that the virus could spread “at lightning speed” in halls, or “dorms” as they are known there."
    assert [c for _s, c in _direct(text)] == ["at lightning speed"]


def test_accepts_that_reports_a_concession() -> None:
    text = "Green accepts that the harbour faces real risks, but says closing it is unsustainable."
    assert _reported(text) == [
        ("Green", "the harbour faces real risks"),
        ("Green", "closing it is unsustainable"),
    ]


def test_accepted_with_an_object_reports_nothing() -> None:
    assert _reported("The council accepted the offer on Monday.") == []
