"""Bylines, eleventh round (sample s13) (#11): credit lines named by the picture's slot (``Beitragsbild:``,
``Titelbild:``) or by the interviewer (``Das Gespräch führte``, ``Propos recueillis par``), the
French plural ``Crédits photos :``, and bare name lines that the rest of the page shows are no
person (``Keine Kommentare``, ``- Geringere Kosten``, ``Stack Exchange Network``).
The articles are invented."""

from __future__ import annotations

import pytest

import newsparse
from newsparse._model import Byline, Span
from newsparse.rules.furniture.byline_evidence import bare_name_refuted

_DE_BODY = (
    "Der Gemeinderat hat am Dienstag nach langer Debatte den neuen Fahrplan für die Fähre "
    "beschlossen. Die Änderungen sollen im Mai gelten, sobald das zweite Boot repariert ist.\n"
    "Die Opposition kritisierte die Kosten und verlangte eine Prüfung durch den Rechnungshof. "
    "Es gab keine Einigung über die neuen Preise für Pendler und Schüler.\n"
)
_FR_BODY = (
    "Le conseil municipal a adopté mardi le nouvel horaire du bac après un long débat. "
    "Les changements entreront en vigueur en mai, une fois le second bateau réparé.\n"
    "L'opposition a critiqué le coût et demandé un contrôle de la Cour des comptes.\n"
)
_EN_BODY = (
    "The council adopted the new ferry timetable on Tuesday after a long debate. The changes "
    "take effect in May, once the second boat has been repaired and tested on the network.\n"
    "The opposition criticised the cost and asked for an audit of the whole exchange.\n"
)


def _bylines(text: str, language: str) -> list[str]:
    return [b.span.text for b in newsparse.parse(text, language=language).bylines]


@pytest.mark.parametrize(
    "line",
    [
        "Beitragsbild: Jana Roth",
        "Titelbild: Mirko Sander/Bildagentur Nord",
        "Beitragsbild via Pixabay.",
        "Fotos/Illustration: Ole Brandt",
        "Das Gespräch führte Helene Marquardt.",
        "Das Interview führten Helene Marquardt und Ole Brandt.",
        "Die Fragen stellte Ole Brandt.",
    ],
    ids=["beitragsbild", "titelbild", "via", "illustration", "gespraech", "interview", "fragen"],
)
def test_german_credit_line_under_the_story(line: str) -> None:
    text = _DE_BODY + line + "\n"
    assert _bylines(text, "de") == [line]


@pytest.mark.parametrize(
    "line",
    ["Crédits photos : Studio Lumière", "Propos recueillis par Jeanne Roux"],
    ids=["credits-photos", "propos-recueillis"],
)
def test_french_credit_line_under_the_story(line: str) -> None:
    text = _FR_BODY + line + "\n"
    assert _bylines(text, "fr") == [line]


@pytest.mark.parametrize(
    "line",
    ["Keine Kommentare", "Neueste Kommentare", "- Geringere Kosten", "- Neue Preise"],
    ids=["keine", "neueste", "bullet-comparative", "bullet-adjective"],
)
def test_german_heading_or_list_item_is_no_name(line: str) -> None:
    # the page writes "keine", "neuen" ... in lower case, or "Kommentare" is a comment box's
    text = _DE_BODY + "Weitere Punkte:\n- Mehr Abfahrten\n" + line + "\n"
    assert _bylines(text, "de") == []


def test_german_writer_under_the_story_stays_a_byline() -> None:
    text = _DE_BODY + "Helene Marquardt\n"
    assert _bylines(text, "de") == ["Helene Marquardt"]


@pytest.mark.parametrize(
    ("page", "name", "language", "refuted"),
    [
        ("Keine Kommentare\nEs gibt keine Beiträge.", "Keine Kommentare", "de", True),
        ("Finanzierung Ihres Hauses\nDer Kredit.", "Finanzierung Ihres Hauses", "de", True),
        ("Helene Marquardt\nDie Stadt baut.", "Helene Marquardt", "de", False),
        # a known given name: the surname may be a common word written in lower case too
        ("Claudia Weiss\nDie Wand ist weiss.", "Claudia Weiss", "de", False),
        ("Stack Exchange Network\nOur network grows.", "Stack Exchange Network", "en", True),
        ("Ravel Okonkwo\nThe okonkwo sign.", "Ravel Okonkwo", "en", True),
        ("Ravel Okonkwo\nThe bridge opened.", "Ravel Okonkwo", "en", False),
        # "-ing" and "-ness" end English surnames: German noun endings are German only
        ("Tamsin Browning\nThe town.", "Tamsin Browning", "en", False),
    ],
    ids=["determiner", "noun-ending", "person", "given-name", "product", "lower-twin", "clean", "en-ending"],
)
def test_bare_name_refuted(page: str, name: str, language: str, refuted: bool) -> None:
    item = Byline(Span.of(page, 0, len(name)), names=(name,))
    assert bare_name_refuted(page, item, language) is refuted


def test_label_line_is_never_refuted() -> None:
    page = "Quelle: Landesregierung\nDie landesregierung."
    item = Byline(Span.of(page, 0, 23), names=("Quelle", "Landesregierung"), kind="credit")
    assert not bare_name_refuted(page, item, "de")


def test_caseless_script_is_never_refuted() -> None:
    page = "દિવ્ય ભાસ્કર\nદિવ્ય ભાસ્કર સમાચાર"
    item = Byline(Span.of(page, 0, 12), names=("દિવ્ય ભાસ્કર",))
    assert not bare_name_refuted(page, item, "gu")


def test_english_product_line_over_a_timestamp_is_no_byline() -> None:
    text = "Stack Exchange Network\nMarch 3, 2026\n" + _EN_BODY
    assert "Stack Exchange Network" not in _bylines(text, "en")


@pytest.mark.parametrize(
    ("last", "tag"),
    [
        ("Der Verein rechnet mit weiteren Mitgliedern. (jvk)", "(jvk)"),
        ("Der Verein rechnet mit weiteren Mitgliedern. (jvk/dpa)", "(jvk/dpa)"),
        ("Der Verein rechnet mit weiteren Mitgliedern.\n(rb)", "(rb)"),
        (
            "Der Verein rechnet mit weiteren Mitgliedern. (rb)\nhttps://example.org/verein/meldung.html",
            "(rb)",
        ),
    ],
    ids=["fused", "slashed", "own-line", "over-address"],
)
def test_writer_tag_closing_the_story_is_a_credit(last: str, tag: str) -> None:
    text = _DE_BODY + last + "\n"
    found = newsparse.parse(text, language="de").bylines
    assert [(b.span.text, b.kind) for b in found] == [(tag, "credit")]


@pytest.mark.parametrize(
    "text",
    [
        _DE_BODY + "Der Verein schrieb damals von einem Erfolg (sic).\n",
        # not the story's last line: a bracketed abbreviation in the body
        "Der Verband (vdb) tagte am Montag in der Stadthalle. (vdb)\n" + _DE_BODY,
    ],
    ids=["sic", "not-last"],
)
def test_bracketed_word_elsewhere_is_no_tag(text: str) -> None:
    assert _bylines(text, "de") == []


def test_writer_tag_is_german_only() -> None:
    text = _EN_BODY.rstrip("\n") + " (jvk)\n"
    assert _bylines(text, "en") == []


_DE_LEDE = (
    "Der Gemeinderat hat am Dienstag nach langer Debatte den neuen Fahrplan für die Fähre "
    "beschlossen. Die Änderungen sollen im Mai gelten, sobald das zweite Boot repariert ist."
)


@pytest.mark.parametrize(
    "place", ["Kleinhausen -", "Bad Oberau –", "Halle/Saale -"], ids=["dash", "en-dash", "slashed"]
)
def test_german_dateline_alone_on_its_line_under_the_headline(place: str) -> None:
    text = f"Neuer Fahrplan für die Fähre beschlossen\n{place}\n{_DE_LEDE}\n{_DE_BODY}"
    found = newsparse.parse(text, language="de").datelines
    assert [d.span.text for d in found] == [place]


@pytest.mark.parametrize(
    "text",
    [
        # the first line of the page: a headline broken by the scrape, not a dateline
        f"Naturkosmetik -\n{_DE_LEDE}\n{_DE_BODY}",
        # the next line is no lede: a heading's second half
        f"Neuer Fahrplan\nNaturkosmetik –\ndie gesündere Wahl?\n{_DE_LEDE}\n",
    ],
    ids=["first-line", "no-lede"],
)
def test_german_dash_line_that_is_no_dateline(text: str) -> None:
    assert newsparse.parse(text, language="de").datelines == ()


@pytest.mark.parametrize("sign_off", ["MFG", "LG", "BTW"])
def test_reader_sign_off_in_capitals_is_no_initials(sign_off: str) -> None:
    text = (
        _DE_BODY
        + "Danke für den Beitrag, ich sehe das genauso wie der Verfasser des Artikels.\n"
        + sign_off
        + "\n"
    )
    assert _bylines(text, "de") == []


def test_writer_initials_under_a_german_story_stay_a_credit() -> None:
    text = _DE_BODY + "JR\n"
    assert _bylines(text, "de") == ["JR"]
