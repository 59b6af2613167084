"""Footers, seventh round, second wave (#9, #11): the stamps of a live log — a match ticker's
minute marks and substitution lines, a rolling update's clock times — each in invented text."""

from __future__ import annotations

from newsparse import find_boilerplate, parse

TICKER = "\n".join(
    (
        "Harbour Town and Millfield drew 2-2 at the Quay Ground on Saturday.",
        "90'",
        "Full time at the Quay Ground, where both sides will feel they could have won it.",
        "84'",
        "Substitution",
        "\tPeter Okafor",
        "84'",
        "Okafor replaces the tiring captain for the last minutes of the match.",
        "61'",
        "Goal for Millfield! A low cross is turned in at the near post by the striker.",
        "12'",
        "Harbour Town open the scoring with a header from a corner kick.",
    )
)


def _texts(text: str) -> list[str]:
    return [b.text for b in find_boilerplate(text)]


def test_minute_marks_of_a_ticker_are_footers() -> None:
    found = _texts(TICKER)
    for mark in ("90'", "61'", "12'"):
        assert mark in found
    # The substitution's label, its player and the marks around it are one run.
    assert any(t.startswith("84'\nSubstitution") and "Peter Okafor" in t and t.endswith("84'") for t in found)


def test_ticker_entries_stay_story() -> None:
    found = "\n".join(_texts(TICKER))
    assert "Full time at the Quay Ground" not in found
    assert "Okafor replaces" not in found
    assert "header from a corner kick" not in found


def test_french_ticker_with_phase_labels() -> None:
    text = "\n".join(
        (
            "Le derby s'est terminé sur un score nul au stade municipal.",
            "93'Fin du match",
            "Les deux équipes se quittent dos à dos après un match très disputé.",
            "70'",
            "Sortie de Paul Martin",
            "70'",
            "Entrée de ",
            "\tLucas Bernard",
            "46'",
            "Le jeu reprend après la pause avec un premier tir au-dessus.",
        )
    )
    found = _texts(text)
    assert "93'Fin du match" in found
    joined = "\n".join(found)
    assert "Sortie de Paul Martin" in joined and "Lucas Bernard" in joined
    assert "premier tir" not in joined


def test_two_minute_marks_are_not_a_ticker() -> None:
    text = "The coach said the team was ready.\n45'\nA quiet first half.\n90'\nThe match ended level."
    assert not any(t in ("45'", "90'") for t in _texts(text))


def test_clock_stamps_of_rolling_updates() -> None:
    text = "\n".join(
        (
            "The Latest: Storm closes coastal highway",
            "5:40 p.m.",
            "Road crews say the coastal highway will stay closed overnight after a landslide.",
            "___",
            "11 a.m.",
            "Forecasters have issued a wind warning for the whole coast until Thursday.",
        )
    )
    found = _texts(text)
    assert "5:40 p.m." in "\n".join(found)
    assert "11 a.m." in "\n".join(found)
    assert not any("landslide" in t or "wind warning" in t for t in found)


def test_a_time_inside_a_sentence_is_story() -> None:
    text = "Police said the shop was robbed at 10 p.m.\nThe owner was not hurt.\nNo arrest has been made."
    assert all("robbed" not in b.text for b in find_boilerplate(text))


def test_ticker_parses_whole_article() -> None:
    article = parse(TICKER)
    assert any(b.text == "12'" for b in article.boilerplate)
