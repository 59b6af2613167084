"""German direct-quote speakers, eleventh round (sample s13) (third pass, issue #11):

- a surname alone before a colon labels who speaks (an interview's answers: ``Weber: „…“``);
- a name after a conjunction, an adverb or a finite verb opens a colon intro's subject
  (``Und Kessler legte nach: „…“``, ``Mit dabei war auch Jana Pohl: „…“``);
- the verb bracket after a quotation: ``„…“, führt Kessler aus.``, ``teilte der Sprecher mit``;
- adverbs and a dative pronoun between an inverted verb and its subject (``sagte damals X``,
  ``sagt uns die Quelle``); ``rät`` and ``freut sich`` report.

Every sentence is invented, in the shapes of real articles. Each test forces the language.
"""

from __future__ import annotations

import pytest

from newsparse import Document, QuoteRule


def _quotes(text: str) -> list[tuple[str, str | None, str]]:
    found = QuoteRule()(Document.from_text(text, language="de"))
    return [(q.kind, q.speaker, q.content.text) for q in found if q.kind == "direct"]


def _speaker_of(text: str, content_start: str) -> str | None:
    found = [s for _k, s, c in _quotes(text) if c.startswith(content_start)]
    assert len(found) == 1, _quotes(text)
    return found[0]


_INTERVIEW = (
    "Die Gemeinde Talbach will den Tourismus umbauen. Leiterin Carola Jansen und ihr Stellvertreter "
    "Tobias Brenner erklären im Gespräch, was sie vorhaben.\n"
    "Was ist das wichtigste Projekt?\n"
    "Jansen: „Wir bauen die Radwege entlang des Flusses aus und verbinden die Dörfer.“\n"
    "Und was kostet das?\n"
    "Brenner: „Die Kosten teilen sich Land und Gemeinde, das ist längst vereinbart.“\n"
)


@pytest.mark.parametrize(
    ("content", "speaker"),
    [("Wir bauen die Radwege", "Carola Jansen"), ("Die Kosten teilen", "Tobias Brenner")],
    ids=["first-answer", "second-answer"],
)
def test_a_surname_label_before_a_colon_speaks(content: str, speaker: str) -> None:
    assert _speaker_of(_INTERVIEW, content) == speaker


def test_a_noun_label_before_a_colon_names_no_one() -> None:
    text = (
        "Der Verein Grünhof feierte sein Jubiläum im Stadtpark. Vorsitzende Maren Vogt dankte den "
        "Helfern für ihren Einsatz.\n"
        "Fazit: „Ein schöner Tag für alle Beteiligten im ganzen Viertel.“\n"
    )
    assert _speaker_of(text, "Ein schöner Tag") != "Fazit"


@pytest.mark.parametrize(
    ("text", "content", "speaker"),
    [
        (
            "Auf dem Podium sprach Journalist Lukas Kessler über seine Haft. Applaus im Saal. "
            'Und Kessler legte noch nach: "Man wollte mich zum Schweigen bringen."',
            "Man wollte mich",
            "Lukas Kessler",
        ),
        (
            "Die Feuerwehr barg mehrere Tiere aus dem Dach der Halle. Mit dabei war auch Jana Pohl "
            "vom Tierschutzverein: „Die Netze hatten große Löcher, die Vögel fanden nicht mehr heraus.“",
            "Die Netze hatten",
            "Jana Pohl",
        ),
    ],
    ids=["und-surname", "auch-full-name"],
)
def test_a_name_after_a_subject_lead_opens_the_colon_intro(text: str, content: str, speaker: str) -> None:
    assert _speaker_of(text, content) == speaker


@pytest.mark.parametrize(
    ("text", "content", "speaker"),
    [
        (
            "Tierärztin Sabine Kolb kennt das Problem. „Das Becken muss locker mitschwingen, sonst "
            "bremst das Pferd bei jedem Tritt“, führt Kolb weiter aus. Dann zeigt sie die Übung.",
            "Das Becken muss",
            "Sabine Kolb",
        ),
        (
            "Die Stadt hatte lange auf das Gutachten gewartet. „Wir sind mit dem Verlauf des "
            "Verfahrens nicht zufrieden“, teilte damals Stadtsprecher Jonas Hartl mit.",
            "Wir sind mit",
            "Jonas Hartl",
        ),
    ],
    ids=["fuehrt-aus", "teilte-mit-adverb"],
)
def test_the_verb_bracket_after_a_quotation_names_the_speaker(text: str, content: str, speaker: str) -> None:
    assert _speaker_of(text, content) == speaker


def test_a_particle_that_does_not_close_the_clause_is_no_bracket() -> None:
    text = (
        "Ministerin Petra Lorenz besuchte die Baustelle. „Der Ausbau kommt gut voran“, gab es zu "
        "bedenken, dass die Kosten steigen."
    )
    assert _speaker_of(text, "Der Ausbau") != "es"


@pytest.mark.parametrize(
    ("text", "content", "speaker"),
    [
        (
            "Forscher Daniel Ott leitet die Gruppe seit Jahren. Die Kollegin Ina Berg kam später "
            "hinzu. „Das Gerät misst die Gase an Bord des Satelliten“, erklärte damals Daniel Ott.",
            "Das Gerät misst",
            "Daniel Ott",
        ),
        (
            "Ingenieur Felix Maurer prüft die Anlage. „Vor dem Winter muss der Filter gewechselt "
            "werden“, rät Maurer.",
            "Vor dem Winter",
            "Felix Maurer",
        ),
        (
            "Projektleiterin Hanna Roth verfolgt die Störche. „Da fällt uns allen ein Stein vom "
            "Herzen“, freut sich Hanna Roth.",
            "Da fällt uns",
            "Hanna Roth",
        ),
    ],
    ids=["adverb-damals", "raet", "freut-sich"],
)
def test_german_inverted_cues_after_a_quotation(text: str, content: str, speaker: str) -> None:
    assert _speaker_of(text, content) == speaker
