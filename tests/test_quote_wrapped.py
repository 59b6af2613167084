"""Quote pairing over hard-wrapped lines and across mismatched mark families (#10, #11).

Every text here is invented, in the shapes scraped articles have: a paragraph broken into lines
of about seventy characters by single newlines, and a quotation opened with one family of marks
and closed with another.
"""

from __future__ import annotations

import pytest

from newsparse import find_quotes
from newsparse.rules.quotes.marks import _MAX_WRAPS, pair_marks


def _direct(text: str) -> list[str]:
    return [q.content.text for q in find_quotes(text) if q.kind == "direct"]


def _closed(text: str) -> list[str]:
    """The top-level closed quotations of one paragraph, as text between the marks."""
    segs, _ = pair_marks(text, 0, len(text), None)
    return [text[s.origin + 1 : s.close] for s in segs if s.closed]


# -- hard-wrapped paragraphs ------------------------------------------------------------------

WRAPPED = [
    pytest.param(
        'The minister spoke for an hour at the harbour on Tuesday night. "Who\n'
        "would build a bridge like this if not the people of this town, and who\n"
        'would pay for it?" she asked the crowd before leaving the stage.\n',
        "Who\nwould build a bridge like this if not the people of this town, and who\nwould pay for it?",
        id="en-straight-three-lines",
    ),
    pytest.param(
        "Die Bürgermeisterin blieb am Abend bei ihrer Linie. „Wir werden die\n"
        "Brücke bis zum Sommer fertig bauen, auch wenn es am Ende teurer wird\n"
        "als geplant“, sagte Petra Holm vor dem Rathaus.\n",
        "Wir werden die\nBrücke bis zum Sommer fertig bauen, auch wenn es am Ende teurer wird\nals geplant",
        id="de-low-high-marks",
    ),
    pytest.param(
        'Der Trainer war nach dem Spiel zufrieden mit seiner Mannschaft. "Das\n'
        "war ein Abend, an dem alles gepasst hat, vom ersten Pass bis zum\n"
        'Schlusspfiff", sagte Jonas Brand.\n',
        "Das\nwar ein Abend, an dem alles gepasst hat, vom ersten Pass bis zum\nSchlusspfiff",
        id="de-straight",
    ),
    pytest.param(
        "La maire a défendu son projet devant le conseil municipal. « Nous\n"
        "construirons ce pont avant l'été, quoi qu'en disent tous nos\n"
        "adversaires », a déclaré Claire Duval aux journalistes présents.\n",
        "Nous\nconstruirons ce pont avant l'été, quoi qu'en disent tous nos\nadversaires",
        id="fr-guillemets",
    ),
    pytest.param(
        'El alcalde habló durante una hora en la plaza mayor del pueblo. "No\n'
        'vamos a ceder ante nadie, ni ahora ni dentro de diez años", dijo Tomás\n'
        "Ferrer a los vecinos.\n",
        "No\nvamos a ceder ante nadie, ni ahora ni dentro de diez años",
        id="es-straight",
    ),
]


@pytest.mark.parametrize(("text", "content"), WRAPPED)
def test_a_quote_runs_over_the_lines_of_a_wrapped_paragraph(text: str, content: str) -> None:
    assert content in _direct(text)


def test_a_blank_line_ends_the_wrapped_paragraph() -> None:
    text = (
        'The council met on Monday and the mayor said "we will\n'
        "\n"
        'Another story begins here and somebody mentions a 12" pipe." Then nothing.\n'
    )
    assert not any("we will" in c and "Another" in c for c in _direct(text))


def test_a_line_that_ends_a_sentence_does_not_start_a_wrap() -> None:
    # the quote opened on a line that ends a sentence: the next line is a new paragraph
    text = (
        'He said "the works are done.\n'
        'The new school opens in May", the notice on the gate of the old hall read.\n'
    )
    assert not any("works are done" in c and "new school" in c for c in _direct(text))


def test_a_long_line_is_a_paragraph_not_a_wrapped_line() -> None:
    first = "The committee met again. " * 10 + 'Its chair said "we shall'
    text = first + '\nsee about that", the chair added later in the evening.\n'
    assert not any("see about" in c for c in _direct(text))


def test_wrapping_is_bounded_in_lines() -> None:
    lines = ['The board met on Friday and the chair opened with "a long list of']
    lines += ["items that went on and on for the whole of the morning and beyond it"] * _MAX_WRAPS
    lines += ['without end", said the chair, Ada Quist, to the members.']
    text = "\n".join(lines) + "\n"
    assert not any("a long list" in c for c in _direct(text))
    # one line fewer and the quote pairs
    shorter = "\n".join(lines[:1] + lines[2:]) + "\n"
    assert any(c.startswith("a long list") for c in _direct(shorter))


def test_a_new_opening_mark_after_a_stray_one_starts_afresh() -> None:
    text = (
        'Reporters counted the "votes of the night and then the clerk read out\n'
        'the total. "We have a majority," said Lena Ortiz to the chamber.\n'
    )
    assert "We have a majority," in _direct(text)
    assert not any("votes of the night" in c for c in _direct(text))


def test_the_multi_paragraph_convention_still_holds() -> None:
    text = (
        '"The first part of what she said runs to the end of this paragraph.\n'
        '"And the second part closes here," said Mara Lind.\n'
    )
    assert any(c.startswith("The first part") and c.endswith("closes here,") for c in _direct(text))


# -- mismatched families ------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "inside"),
    [
        pytest.param(
            "“Uomini, pensate alla salute!» è lo slogan della campagna.",
            "Uomini, pensate alla salute!",
            id="it",
        ),
        pytest.param('«No vamos a ceder", dijo el alcalde.', "No vamos a ceder", id="es"),
        pytest.param("«Nous resterons ici”, a dit la maire.", "Nous resterons ici", id="fr"),
        pytest.param(
            "“Vamos ganhar este jogo» disse o treinador à imprensa.", "Vamos ganhar este jogo", id="pt"
        ),
    ],
)
def test_a_mismatched_closing_mark_closes_an_unclosed_opener(text: str, inside: str) -> None:
    assert _closed(text) == [inside]


def test_a_later_quote_pairs_after_a_mismatched_one() -> None:
    text = "“Uno, due, tre!» disse il maestro. Poi aggiunse: “Ancora una volta”."
    assert _closed(text) == ["Uno, due, tre!", "Ancora una volta"]


def test_a_run_of_mismatched_quotes_pairs_each() -> None:
    text = "“Uno!» disse lui. “Due!» disse lei. “Tre!» dissero tutti. “Quattro”."
    assert _closed(text) == ["Uno!", "Due!", "Tre!", "Quattro"]


def test_the_opener_s_own_closer_wins_over_a_mismatched_one() -> None:
    text = "“Prima» e poi ancora” disse lei."
    assert _closed(text) == ["Prima» e poi ancora"]


def test_a_mismatched_mark_does_not_close_a_single_quote() -> None:
    text = "He called it ‘the plan» and left."
    assert _closed(text) == []


def test_through_the_parser_the_mismatched_quote_is_found() -> None:
    text = (
        "La campagna di prevenzione è partita ieri in tutta Italia.\n\n"
        "“Uomini, pensate alla salute!» ha detto il presidente Marco Ferri ai medici.\n"
    )
    assert "Uomini, pensate alla salute!" in _direct(text)
