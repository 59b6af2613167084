"""Headlines, round eleven (#11): page furniture above the story in scrapes of German, French
and Spanish pages (a kicker set apart from its title by a colon line, a lead picture's caption
and credit, summary headings, reader notices, breadcrumbs).

Every text is our own, in the shapes the pages print.
"""

from __future__ import annotations

import pytest

from newsparse import parse

_DE_TEASER = (
    "Nach monatelangem Streit steht der Haushalt der Stadt. Doch die Opposition will vor Gericht "
    "ziehen und die Kürzungen im Nahverkehr stoppen.\n\n"
)
_DE_BODY = (
    "Der Stadtrat hat am Dienstag nach langer Debatte den Haushalt für das kommende Jahr "
    "beschlossen. Die Opposition kritisierte die Pläne scharf, weil die Mittel für den Nahverkehr "
    "gekürzt werden sollen.\n\nDie Kämmerin verteidigte den Entwurf. Man habe keine andere Wahl "
    "gehabt, sagte sie.\n"
)
_FR_BODY = (
    "Le conseil municipal a adopté mardi soir le budget de l'année prochaine après un long débat. "
    "L'opposition a dénoncé des coupes dans les transports.\nLa maire a défendu le projet. Elle "
    "n'avait pas le choix, a-t-elle dit.\n"
)
_ES_BODY = (
    "El ayuntamiento aprobó el martes por la noche los presupuestos del próximo año tras un largo "
    "debate. La oposición denunció recortes en el transporte.\nLa alcaldesa defendió el proyecto. "
    "No había otra opción, dijo.\n"
)
_TITLE = "Stadtrat beschließt das Sparpaket"


def _headline(text: str) -> str | None:
    head = parse(text).headline
    return None if head is None else head.text


# -- a kicker over a title that opens with a colon ----------------------------------------------


@pytest.mark.parametrize(
    "top",
    [
        f"Haushaltsstreit in Musterstadt\n:{_TITLE}\n\n",
        f"Haushalt\n: {_TITLE}\n\n",
        f"Politik\n\nAbo PlusHaushalt\n:{_TITLE}\n\n",
    ],
    ids=["kicker-line", "colon-space", "section-and-paid-kicker"],
)
def test_title_after_a_colon_line_is_the_headline(top: str) -> None:
    text = top + _DE_TEASER + "Von Anna Schmidt\n\n" + _DE_BODY
    assert _headline(text) == _TITLE


def test_colon_title_claims_the_kicker_line() -> None:
    text = f"Haushaltsstreit in Musterstadt\n:{_TITLE}\n\n" + _DE_TEASER + _DE_BODY
    head = parse(text).headline
    assert head is not None and head.span.start == 0 and head.title.text == _TITLE


def test_glued_kicker_and_title_stay_one_line() -> None:
    text = f"Haushaltsstreit in Musterstadt:{_TITLE}\n\n" + _DE_TEASER + _DE_BODY
    assert _headline(text) == f"Haushaltsstreit in Musterstadt:{_TITLE}"


# -- the lead picture's caption and credit above the headline -----------------------------------


_CAPTION = "Die Kämmerin am Rednerpult im Rathaus."


@pytest.mark.parametrize(
    "top",
    [
        f"{_CAPTION}\nFoto: dpa\n{_TITLE}\n",
        f"{_CAPTION}\nBildrechte: Stadt Musterstadt / Anna Schmidt\n{_TITLE}\n",
        # a broadcaster's page: the caption twice round its credit, audio buttons, a section link
        f"{_CAPTION}\nBildrechte: Anna Schmidt\nAudiobeitrag\n\n{_CAPTION}\n\nAudiobeitrag\n> Politik >\n\n"
        f"{_TITLE}\n\n{_TITLE}\n\n",
    ],
    ids=["foto", "bildrechte", "caption-twice-and-chrome"],
)
def test_caption_and_credit_over_the_headline(top: str) -> None:
    assert _headline(top + _DE_TEASER + _DE_BODY) == _TITLE


def test_a_gallery_of_captions_has_no_headline() -> None:
    # slide after slide, each a long caption, its credit, a counter and a slide title: the
    # second caption is no repeat of the first, and a slide title is no headline
    first = (
        "Die Kämmerin steht am Rednerpult im Rathaus, hinter ihr die Fraktionen, die bis zum "
        "späten Abend über jeden Posten des Entwurfs gestritten haben."
    )
    second = (
        "Auf der Tribüne verfolgen die Zuschauer die Debatte, viele von ihnen Beschäftigte der "
        "Verkehrsbetriebe, die um ihre Arbeitsplätze fürchten."
    )
    credit = "Bildrechte: www.musterstadt.example\nAgenturen"
    text = f"{first}\n{credit}\n2/5\nVolle Tribüne\n{second}\n{credit}\n3/5\nSparpaket steht fest\n{_DE_BODY}"
    assert _headline(text) is None


def test_a_caption_without_credit_is_still_body() -> None:
    assert _headline(f"{_CAPTION}\n{_TITLE}\n" + _DE_BODY) is None


# -- summary headings, reader notices and breadcrumbs at the top ---------------------------------


@pytest.mark.parametrize(
    ("top", "body"),
    [
        ("Das Wichtigste in Kürze", _DE_BODY),
        ("Inhalt auf dieser Seite", _DE_BODY),
        ("Dieser Artikel wurde automatisch übersetzt", _DE_BODY),
        ("Hören Sie hier den Artikel", _DE_BODY),
        ("Startseite Politik Inland", _DE_BODY),
        ("Ce qu'il faut retenir", _FR_BODY),
        ("Les points clés", _FR_BODY),
        ("Vous lisez un article réservé aux abonnés", _FR_BODY),
        ("Accueil Politique France", _FR_BODY),
        ("Lo que debes saber", _ES_BODY),
        ("Inicio Política España", _ES_BODY),
    ],
)
def test_page_top_furniture_is_no_headline(top: str, body: str) -> None:
    assert _headline(f"{top}\n{body}") is None


@pytest.mark.parametrize(
    ("top", "title", "body"),
    [
        ("Das Wichtigste in Kürze", _TITLE, _DE_BODY),
        ("Startseite Politik Inland", _TITLE, _DE_BODY),
        ("Accueil Politique France", "Le conseil municipal adopte le budget", _FR_BODY),
    ],
)
def test_headline_under_page_top_furniture(top: str, title: str, body: str) -> None:
    assert _headline(f"{top}\n{title}\n{body}") == title


@pytest.mark.parametrize(
    ("title", "body"),
    [
        ("Inicio del juicio contra el exalcalde por corrupción", _ES_BODY),
        ("Ce que l'on sait de l'incendie du port", _FR_BODY),
    ],
    ids=["home-word-opens-a-headline", "summary-words-open-a-headline"],
)
def test_headlines_that_open_with_the_words_stay(title: str, body: str) -> None:
    assert _headline(f"{title}\n{body}") == title
