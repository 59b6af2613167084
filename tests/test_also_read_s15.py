"""Also-read shapes no label list covers (s15, #9): a whole bracketed line with a label of its
own, and a ``More on <topic>:`` label over title lines. Every text is our own."""

from __future__ import annotations

import pytest

from newsparse import parse

BODY_A = "The council approved the new bus lanes on Tuesday after a long debate over parking spaces.\n"
BODY_B = "Work on the first lane is due to start in March, the transport office said in a statement.\n"


def _links(text: str) -> list[tuple[str | None, str]]:
    return [(a.label.text if a.label else None, a.title.text) for a in parse(text).also_read]


@pytest.mark.parametrize(
    ("line", "label", "title"),
    [
        (
            "[Our Latest Poll: Which Party Leads In The Northern Towns?]",
            "Our Latest Poll",
            "Which Party Leads In The Northern Towns?",
        ),
        (
            "(Full coverage: How the bus lane plan divided the city)",
            "Full coverage",
            "How the bus lane plan divided the city",
        ),
        (
            "[Further Reading: Why Parking Fees Keep Rising]",
            "Further Reading",
            "Why Parking Fees Keep Rising",
        ),
    ],
    ids=["square-possessive", "round-kind-noun", "square-opener"],
)
def test_whole_bracketed_line_with_free_label(line: str, label: str, title: str) -> None:
    assert _links(BODY_A + line + "\n" + BODY_B) == [(label, title)]


@pytest.mark.parametrize(
    "line",
    [
        "[Editor's note: This story was updated to correct the date of the vote.]",
        "[Update: The Council Has Delayed The Vote Until May]",
        "(Credit: Dana Rivers / City Desk)",
        "[ Tom Okafor: Why the northern towns feel left behind by the plan ]",
        "(Route 9 Expansion: What we know about the new timetable)",
        "[Our Latest Poll: the vote was close. Then it was not]",
    ],
    ids=["editors-note", "update-note", "photo-credit", "columnist-kicker", "topic-kicker", "two-sentences"],
)
def test_bracketed_line_that_is_no_link(line: str) -> None:
    assert _links(BODY_A + line + "\n" + BODY_B) == []


def test_bracketed_line_inside_a_paragraph_is_no_link() -> None:
    text = BODY_A.rstrip("\n") + " [Our Latest Poll: Which Party Leads In The North?] " + BODY_B
    assert _links(text) == []


def test_topic_label_over_titles_skips_one_promo_line() -> None:
    text = (
        BODY_A
        + "_______________\n"
        + "More on the floods:\n"
        + "Get the River Watch app for live alerts\n"
        + "Why the river rose so fast this week (Valley Herald)\n"
        + "Farmers count the cost of a wet spring (Morning Post)\n"
        + "_______________\n"
        + BODY_B
    )
    assert _links(text) == [
        ("More on the floods", "Why the river rose so fast this week (Valley Herald)"),
        ("More on the floods", "Farmers count the cost of a wet spring (Morning Post)"),
    ]


def test_topic_label_in_another_language() -> None:
    text = (
        "El ayuntamiento aprobó los nuevos carriles bus el martes tras un largo debate vecinal.\n"
        "Más sobre movilidad:\n"
        "Cómo cambiarán las líneas de autobús en el centro\n"
        "Los taxistas piden más paradas en la avenida principal\n"
        "\n"
        "Las obras empezarán en marzo, según informó la oficina de transporte en un comunicado.\n"
    )
    links = parse(text, language="es").also_read
    assert [(a.label.text if a.label else None, a.title.text) for a in links] == [
        ("Más sobre movilidad", "Cómo cambiarán las líneas de autobús en el centro"),
        ("Más sobre movilidad", "Los taxistas piden más paradas en la avenida principal"),
    ]


def test_topic_crosshead_over_body_is_no_label() -> None:
    text = (
        BODY_A
        + "More on the parking fees:\n"
        + "Drivers will pay two pounds an hour in the centre from June, the council said.\n"
        + BODY_B
    )
    assert _links(text) == []


@pytest.mark.parametrize(
    "text",
    ["[Our A: " * 5000, "(More on x:\n" * 5000, "More on the vote:\n" + "Title Line Here (X)\n" * 3000],
    ids=["open-brackets", "topic-lines", "many-titles"],
)
def test_new_shapes_stay_linear(text: str) -> None:
    import time

    began = time.perf_counter()
    parse(text)
    assert time.perf_counter() - began < 5.0
