"""English speakers, eleventh round (sample s13): evidence from the whole article keeps words that are no
part of a name out of the speaker.

- a common word that opens a sentence (``Afterwards``, ``Many``) is dropped from the fullest name
  when the article writes it in lower case and never capitalises it mid-sentence;
- a description (``the transport experts``) does not stand for the words of a title-cased
  heading that hold its head noun.

Every sentence is invented, in the shapes of real articles.
"""

from __future__ import annotations

import pytest

from newsparse import Document, QuoteRule


def _quotes(text: str) -> list[tuple[str, str | None, str]]:
    found = QuoteRule()(Document.from_text(text, language="en"))
    return [(q.kind, q.speaker, q.content.text) for q in found if q.kind != "scare"]


def _speaker_of(text: str, content_start: str, kind: str = "indirect") -> str | None:
    found = [s for k, s, c in _quotes(text) if k == kind and c.startswith(content_start)]
    assert len(found) == 1, _quotes(text)
    return found[0]


# -- a sentence opener is no part of the name -------------------------------------------------

_OPENERS = [
    pytest.param(
        "Afterwards Tomasz Wendt walks the visitors to the old mill. He had visited it afterwards "
        "too.\n\nTomasz Wendt says that the mill will reopen next spring.",
        "the mill will reopen",
        "Tomasz Wendt",
        id="adverb-opener",
    ),
    pytest.param(
        "Many Harbourline customers still pay in cash. The bank has many branches.\n\n"
        "Harbourline claims that its new app protects their savings.",
        "its new app protects",
        "Harbourline",
        id="quantifier-opener",
    ),
]


@pytest.mark.parametrize(("text", "content", "speaker"), _OPENERS)
def test_sentence_opener_is_no_part_of_the_name(text: str, content: str, speaker: str) -> None:
    assert _speaker_of(text, content) == speaker


_KEPT = [
    pytest.param(
        "Bright Horizons runs nurseries. The rooms are bright.\n\n"
        "Bright Horizons said that the nurseries would hire staff.",
        "the nurseries would hire",
        "Bright Horizons",
        id="name-never-written-alone",
    ),
    pytest.param(
        "Afterwards the ferry left.\n\nGrace Okafor said that the ferry left afterwards.",
        "the ferry left",
        "Grace Okafor",
        id="given-name-kept",
    ),
]


@pytest.mark.parametrize(("text", "content", "speaker"), _KEPT)
def test_name_words_are_kept(text: str, content: str, speaker: str) -> None:
    assert _speaker_of(text, content) == speaker


# -- a heading's words name no organisation -----------------------------------------------------

_HEADING = (
    "Ferry Delays Leave Island Experts Puzzled\n\n"
    "The island ferry ran three hours late on Monday.\n\n"
    "The transport experts noted that the engines were older than the boats. "
    "They also said the crews had worked double shifts."
)


def test_heading_words_are_no_organisation() -> None:
    assert _speaker_of(_HEADING, "the engines were older") == "The transport experts"
    assert _speaker_of(_HEADING, "the crews had worked") == "The transport experts"


def test_organisation_named_on_its_own_line_still_resolves() -> None:
    text = (
        "Harbour Pilots Association\n\n"
        "Pilots guide the ferries into port.\n\n"
        "The pilots said that the channel needed dredging."
    )
    assert _speaker_of(text, "the channel needed") == "Harbour Pilots Association"


# -- a lone given name the article calls "she" or "he" is a person ------------------------------

_LONE_GIVEN = (
    "Rosalind said the committee had never answered her letters. She added that the staff had "
    "been kind.\n\n"
    "The broadcast drew nine million viewers. Queen Beatrix had given a similar interview decades "
    "earlier.\n\n"
    "Rosalind told the host that a relative had raised the question twice.\n\n"
    "There were several “long conversations about the move,” she said."
)


def test_lone_given_name_followed_by_her_pronoun_speaks_on() -> None:
    assert _speaker_of(_LONE_GIVEN, "the staff had been kind") == "Rosalind"
    assert _speaker_of(_LONE_GIVEN, "There were several") == "Rosalind"


def test_lone_given_name_without_the_pronoun_is_no_antecedent() -> None:
    # a club bearing a given name is an "it": the "she" goes to the woman named before
    text = (
        "Coach Maria Lopez praised her players. Chelsea said that the match would be replayed. "
        "It gave no date.\n\n"
        "The decision was welcome, she said."
    )
    assert _speaker_of(text, "The decision was welcome") == "Maria Lopez"


# -- a participle that opens a direct quote ends the reported clause ---------------------------


@pytest.mark.parametrize(
    "text",
    [
        pytest.param(
            'Harbour chief Tom Reed said the ferry crews were overworked by the new owners, adding, "That '
            'is not the whole story."',
            id="adding-comma-quote",
        ),
        pytest.param(
            "Harbour chief Tom Reed said the ferry crews were overworked by the new owners, noting, “We "
            "have asked for help twice.”",
            id="noting-comma-quote",
        ),
    ],
)
def test_participle_with_direct_quote_ends_the_reported_clause(text: str) -> None:
    reported = [c for k, _, c in _quotes(text) if k == "indirect"]
    assert reported == ["the ferry crews were overworked by the new owners"]


# -- advice to the reader quotes no one ---------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        pytest.param(
            "Weighing yourself is not enough. Your resting heart rate tells you how fit you really are.",
            id="your-thing-tells-you",
        ),
        pytest.param(
            "A tracker is cheap. Specifically, it tells you the share of the night you spent in deep sleep.",
            id="it-tells-you",
        ),
        pytest.param(
            "You can set your phone to warn you whenever a download is about to start.",
            id="your-thing-warns-you",
        ),
    ],
)
def test_advice_to_the_reader_is_no_report(text: str) -> None:
    assert [q for q in _quotes(text) if q[0] == "indirect"] == []


def test_a_named_source_telling_you_still_reports() -> None:
    # (only the reader's thing, or "it", telling "you" is advice; a person telling is a report)
    text = "Mayor Lina Ortiz tells you that the ferry will run all winter."
    assert [s for k, s, _ in _quotes(text) if k == "indirect"] == ["Lina Ortiz"]
