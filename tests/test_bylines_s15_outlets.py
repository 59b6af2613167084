"""Bylines, round fifteen, second pass (#9, #11): an outlet's own name on its own line as a
source credit (:mod:`.byline_outlets`), and an interview's credit (:mod:`.byline_interviews`).

The articles and outlets are invented.
"""

from __future__ import annotations

import time

import pytest

import newsparse
from newsparse._document import Document
from newsparse.rules.furniture.byline_outlets import outlet_credits, site_keys

_STORY_ES = (
    "El concejo aprobó el martes el nuevo horario del transbordador tras un largo debate. Los "
    "cambios entrarán en vigor en mayo, cuando el segundo barco haya sido reparado y probado.\n"
    "La oposición criticó el costo y pidió una auditoría de todo el intercambio, algo que el "
    "intendente rechazó de plano durante la sesión de la tarde.\n"
)
_STORY_EN = (
    "The council adopted the new ferry timetable on Tuesday after a long debate. The changes "
    "take effect in May, once the second boat has been repaired and tested on the network.\n"
    "The opposition criticised the cost and asked for an audit of the whole exchange, which "
    "the mayor refused outright during the evening session.\n"
)
_STORY_DE = (
    "Der Gemeinderat hat am Dienstag nach langer Debatte den neuen Fahrplan für die Fähre "
    "beschlossen. Die Änderungen sollen im Mai gelten, sobald das zweite Boot repariert ist.\n"
    "Die Opposition kritisierte die Kosten und verlangte eine Prüfung durch den "
    "Rechnungshof, was der Bürgermeister ablehnte.\n"
)


def _credits(page: str, language: str) -> list[tuple[str, str]]:
    return [(b.kind, b.text) for b in newsparse.parse(page, language=language).bylines]


@pytest.mark.parametrize(
    ("page", "language", "credit"),
    [
        # the story calls its outlet by the name in capitals, mid-sentence
        (
            "Nuevo horario para el transbordador\nEL FARO DEL SUR\n"
            + _STORY_ES
            + "Según pudo saber EL FARO DEL SUR, el barco llegará en abril.\n",
            "es",
            "EL FARO DEL SUR",
        ),
        # the headline's site suffix
        ("Ferry timetable approved | Harbor Ledger\nHARBOR LEDGER\n" + _STORY_EN, "en", "HARBOR LEDGER"),
        # a copyright line's owner at the foot
        (
            "Ferry timetable approved\nRiver Courier\n"
            + _STORY_EN
            + "© 2025 River Courier. All rights reserved.\n",
            "en",
            "River Courier",
        ),
        # the outlet's domain in a contact address, the name with "Digital"
        (
            "Nuevo horario para el transbordador\nCOSTA NORTE Digital\n"
            + _STORY_ES
            + "Escríbanos a lectores@costanorte.com.uy\n",
            "es",
            "COSTA NORTE Digital",
        ),
    ],
    ids=["caps-self-named", "headline-suffix", "copyright-owner", "domain-digital"],
)
def test_outlet_line_is_a_source_credit(page: str, language: str, credit: str) -> None:
    # the stage on its own (on some pages the line scorer takes such a line first) ...
    found = [(b.kind, b.text) for b in outlet_credits(Document.from_text(page, language=language))]
    assert found == [("credit", credit)]
    # ... and in the parser: the line is a byline item either way
    assert credit in [text for _, text in _credits(page, language)]


@pytest.mark.parametrize(
    ("page", "language"),
    [
        # a name in capitals the page never calls itself by: a kicker, not a credit
        ("Nuevo horario para el transbordador\nTRANSPORTE URBANO\n" + _STORY_ES, "es"),
        # a label over every block, also said mid-sentence: stands more than once
        (
            "Nuevo horario\nPUBLICIDAD\n" + _STORY_ES + "PUBLICIDAD\nVea la PUBLICIDAD de la empresa.\n",
            "es",
        ),
        # a link into a topic's site names a place, not the outlet; the line heads its paragraph
        (
            "Ferry timetable approved\nHarbortown\nHarbortown is a port. "
            + _STORY_EN
            + "Info: http://www.harbortown.com/en/ferry\n",
            "en",
        ),
        # a photo's "© Name" carries no year: no site name
        ("Ferry timetable approved\nLena Kraus\n" + _STORY_EN + "© Lena Kraus\n", "en"),
    ],
    ids=["caps-kicker", "repeated-label", "topic-domain", "photo-copyright"],
)
def test_not_an_outlet_credit(page: str, language: str) -> None:
    assert not [text for kind, text in _credits(page, language) if kind == "credit"]


def test_site_keys_from_domain_copyright_and_suffix() -> None:
    page = "Ferry news - Bay Post\nMail desk@baytimes.co.uk\n© 2024-25 Bay Herald, all rights\n"
    assert site_keys(page) == frozenset({"baypost", "baytimes", "bayherald"})


@pytest.mark.parametrize(
    ("page", "language", "credit", "names"),
    [
        (
            "Fähre: neuer Fahrplan\nDer Rat hat entschieden. Jana Roth im Gespräch mit Omar Said\n"
            + _STORY_DE,
            "de",
            "Jana Roth im Gespräch mit Omar Said",
            ("Jana Roth", "Omar Said"),
        ),
        (
            "Ferry timetable approved\n" + _STORY_EN + "Mayor Lena Kraus in conversation with Tom Okafor.\n",
            "en",
            "Mayor Lena Kraus in conversation with Tom Okafor",
            ("Mayor Lena Kraus", "Tom Okafor"),
        ),
    ],
    ids=["de-teaser-tail", "en-own-line"],
)
def test_interview_credit(page: str, language: str, credit: str, names: tuple[str, ...]) -> None:
    bylines = newsparse.parse(page, language=language).bylines
    assert [(b.text, b.names) for b in bylines if b.text == credit] == [(credit, names)]


def test_interview_words_in_prose_are_no_credit() -> None:
    page = "Fähre\n" + _STORY_DE + "Das sagte sie 1999 im Gespräch mit Omar Said in der Talkshow.\n"
    assert not [b for b in newsparse.parse(page, language="de").bylines if "Gespräch" in b.text]


def test_interview_leader_label() -> None:
    page = "Fähre\n" + _STORY_DE + "Das Gespräch führte Jana Roth.\n"
    bylines = newsparse.parse(page, language="de").bylines
    assert [(b.text, b.names) for b in bylines] == [("Das Gespräch führte Jana Roth.", ("Jana Roth",))]


def test_interview_pattern_stays_linear() -> None:
    page = "Fähre\n" + ("Jana " * 3000) + "im Gespräch mit " + ("Omar " * 3000) + "x\n"
    started = time.perf_counter()
    newsparse.parse(page, language="de")
    assert time.perf_counter() - started < 5.0
