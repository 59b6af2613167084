"""English speakers, fifteenth round, second pass (#10): acronyms, possessive subjects, documents.

- an acronym speaker is the fullest name the article uses: ``the DOT`` after ``Department of
  Transportation`` (a capitals-only acronym that spells its joining word), ``the RBI`` after
  ``the Reserve Bank`` (a name that leaves out the acronym's last, place letter), also when the
  speaker phrase was read as a description;
- a possessive subject (``Dana's MBA plans``) names no person ``Dana MBA``; the possessed
  holder (``Harbour Motors' Ana Ruiz``) is the subject;
- a document named after its issuer (``the IMF report``) stands for the issuer;
- a digest line ``HEADING — Harbour Post’s Ana Ruiz: “…”`` names its source before the colon
  (never a line label such as ``Update:`` or a field such as ``Award:``).

Every sentence is invented, in the shapes of real articles.
"""

from __future__ import annotations

import pytest

from newsparse import Document, QuoteRule
from newsparse.rules.quotes.phrases import sentence_subject
from newsparse.rules.quotes.speakers.resolve import _colon_label


def _quotes(text: str) -> list[tuple[str, str | None, str]]:
    found = QuoteRule()(Document.from_text(text, language="en"))
    return [(q.kind, q.speaker, q.content.text) for q in found if q.kind != "scare"]


def _speaker_of(text: str, content_start: str, kind: str = "direct") -> str | None:
    found = [s for k, s, c in _quotes(text) if k == kind and c.startswith(content_start)]
    assert len(found) == 1, _quotes(text)
    return found[0]


_ACRONYMS = [
    pytest.param(
        "The Department of Transportation refused a tour of the vault. The DOT says it has given "
        "the old supplies to a museum.",
        "it has given",
        "indirect",
        "Department of Transportation",
        id="joiner-letter",
    ),
    pytest.param(
        "The Reserve Bank on Monday issued a new framework for lenders. “The plan will make the "
        "small lenders safer,” the RBI said.",
        "The plan will",
        "direct",
        "Reserve Bank",
        id="place-letter-left-out",
    ),
    pytest.param(
        "The Reserve Bank on Monday issued a new framework for lenders. Noting that risks keep "
        "rising, the RBI said the lenders must share more data.",
        "the lenders must",
        "indirect",
        "Reserve Bank",
        id="the-acronym",
    ),
    pytest.param(
        "The Harbour Transit Authority (HTA) opened a new line. “It runs well,” the HTA said.",
        "It runs well",
        "direct",
        "Harbour Transit Authority",
        id="parenthesised-still",
    ),
]


@pytest.mark.parametrize(("text", "start", "kind", "speaker"), _ACRONYMS)
def test_acronym_speaker_is_the_fullest_name(text: str, start: str, kind: str, speaker: str) -> None:
    assert _speaker_of(text, start, kind) == speaker


def test_a_city_is_no_clipped_spelling() -> None:
    # "New York" spells NY of NYT, but no organisation word ends it: the acronym stays
    text = "Fares rose in New York on Monday. “It is a scandal,” the NYT said."
    assert _speaker_of(text, "It is a scandal") == "NYT"


_POSSESSIVES = [
    pytest.param("Dana’s MBA plans were put on hold.", None, id="thing-after-possessive"),
    pytest.param("Lee's AI push stalled last year.", None, id="acronym-thing"),
    pytest.param("Harbour Motors' Ana Ruiz said it was late.", "Ana Ruiz", id="holder-after-s-apostrophe"),
    pytest.param("Acme’s Tom Reed spoke first.", "Tom Reed", id="holder-after-possessive"),
]


@pytest.mark.parametrize(("sentence", "subject"), _POSSESSIVES)
def test_possessive_subject(sentence: str, subject: str | None) -> None:
    np = sentence_subject(sentence, 0, len(sentence), names_only=True)
    assert (None if np is None else sentence[np.start : np.end]) == subject


def test_possessive_subject_is_no_person_for_a_pronoun() -> None:
    text = (
        "After college, Dana Whitfield joined the family firm. Dana’s MBA plans were put on hold. "
        "“I was so busy,” she says."
    )
    assert _speaker_of(text, "I was so busy") == "Dana Whitfield"


_DOCUMENTS = [
    pytest.param(
        "The International Monetary Fund (IMF) cut its forecast on Tuesday. The economy is "
        "running hot, the IMF report says.",
        "International Monetary Fund",
        id="acronym-issuer",
    ),
    pytest.param(
        "The Harbour Council published a study on Monday. Rents will rise further, the Harbour "
        "Council report said.",
        "Harbour Council",
        id="named-issuer",
    ),
]


@pytest.mark.parametrize(("text", "speaker"), _DOCUMENTS)
def test_document_named_after_its_issuer(text: str, speaker: str) -> None:
    assert [s for k, s, _c in _quotes(text) if k == "indirect"] == [speaker]


def test_a_dated_document_names_no_issuer() -> None:
    text = "Fares rose again in May. Demand is weak, the Monday report said."
    assert [s for k, s, _c in _quotes(text) if k == "indirect"] != ["Monday"]


_DIGEST = (
    "Markets\n\n"
    "RATE CUTS — Harbour Post’s Ana Ruiz: “Lenders are cutting rates faster than expected, and "
    "the squeeze is showing up.”\n\n"
    "CHIP LIMITS — Reuters: “The new export limits could slow the industry down for years.”\n\n"
    "FUEL — Harbour Post’s Jo Lee, Sam Ortiz and Kim Dale: “Prices at the pump fell for a third "
    "week in a row.”\n\n"
    "Ana Ruiz also spoke to Reuters about the banks.\n"
)

_DIGEST_CASES = [
    pytest.param("Lenders are cutting", "Ana Ruiz", id="possessor-dropped"),
    pytest.param("The new export limits", "Reuters", id="one-word-source-named-elsewhere"),
    pytest.param("Prices at the pump", "Jo Lee, Sam Ortiz and Kim Dale", id="several-writers"),
]


@pytest.mark.parametrize(("start", "speaker"), _DIGEST_CASES)
def test_digest_line_names_its_source(start: str, speaker: str) -> None:
    assert _speaker_of(_DIGEST, start) == speaker


_NOT_SOURCES = [
    pytest.param("Update: “The road is open again after the storm,” police wrote.", id="line-label"),
    pytest.param("Installation, 2009.\nAward: “Harbour Arts Fund Prize 2009”, City Council.", id="field"),
    pytest.param("The minister was blunt.\nHe said: “We will not back down on this plan.”", id="pronoun"),
]


@pytest.mark.parametrize("text", _NOT_SOURCES)
def test_label_before_colon_is_no_source(text: str) -> None:
    assert _colon_label(text, text.index("“")) is None


def test_label_reads_the_digest_line() -> None:
    at = _DIGEST.index("“Prices")
    assert _colon_label(_DIGEST, at) == "Jo Lee, Sam Ortiz and Kim Dale"


_POSSESSED = [
    pytest.param("“The cloud is growing fast,” said Harbourton’s Satya Rao.", "Satya Rao", id="said-after"),
    pytest.param("Harbourton's Satya Rao said the cloud is growing fast.", "Satya Rao", id="subject"),
    pytest.param(
        "According to Harbourton’s Satya Rao, the cloud is growing fast.", "Satya Rao", id="according"
    ),
]


@pytest.mark.parametrize(("text", "speaker"), _POSSESSED)
def test_possessor_is_no_part_of_the_name(text: str, speaker: str) -> None:
    assert [s for _k, s, _c in _quotes(text)] == [speaker]


def test_an_organisation_keeps_its_possessive_word() -> None:
    # "Moody’s Analytics" is one name: never cut to "Analytics"
    found = [s for _k, s, _c in _quotes("“Rates will hold,” said Moody’s Analytics.")]
    assert len(found) == 1 and (found[0] or "").startswith("Moody")
