"""Footers and captions, eleventh round (sample s13) (#9, #11): shapes that recur on real scraped pages —
a blog's comment-form prompts (German) and a login prompt (Spanish), a link stub whose link
the scrape lost, a press office's section label, and a caption whose credit follows the
copyright sign — each in invented text, with story sentences of the same words that must stay
story."""

from __future__ import annotations

import pytest

import newsparse

_STORY_DE = (
    "Der Gemeinderat hat am Dienstag den Ausbau des Hafens beschlossen, nach langer Debatte.\n"
    "Die Fischer hatten die Arbeiten seit Jahren gefordert, weil die Rinne jeden Winter versandet.\n"
)
_TAIL_DE = "Die Bauarbeiten sollen im Frühjahr beginnen und etwa zwei Jahre dauern, hieß es weiter.\n"
_STORY_ES = (
    "El concejo aprobó el martes la ampliación del puerto tras un largo debate entre los vecinos.\n"
    "Los pescadores habían pedido las obras durante años porque el canal se llena de arena.\n"
)


def _footers(text: str, language: str) -> list[tuple[str, str]]:
    article = newsparse.parse(text, language=language)
    return [(b.kind, b.text) for b in article.boilerplate]


def _captions(text: str, language: str) -> list[tuple[str, str | None]]:
    article = newsparse.parse(text, language=language)
    return [(c.text, c.credit) for c in article.captions]


# --- comment-form prompts --------------------------------------------------------------------


@pytest.mark.parametrize(
    "line",
    [
        "Hinterlasse einen Kommentar",
        "Hinterlasse jetzt einen Kommentar",
        "Schreiben Sie einen Kommentar",
        "Schreib einen Kommentar",
        "Kommentar hinterlassen",
        "Einen Kommentar schreiben",
        "Ihr Kommentar zu diesem Beitrag",
        "Neueste Kommentare",
        "Bisher noch keine Kommentare vorhanden",
        "Keine Kommentare zu „Ein Sommer am Hafen“",
        "Sie müssen sich anmelden, um einen Kommentar zu schreiben.",
        "Du musst dich einloggen, um zu kommentieren.",
        "Melde dich an, um einen Kommentar abzugeben",
        "Benachrichtige mich über nachfolgende Kommentare via E-Mail.",
        "RSS-Feed zu den Kommentaren dieses Beitrags",
    ],
)
def test_german_comment_prompt_is_a_comments_footer(line: str) -> None:
    text = _STORY_DE + _TAIL_DE + line + "\n"
    assert ("comments", line) in _footers(text, "de")


@pytest.mark.parametrize(
    "line",
    [
        "Keine Kommentare gab es am Abend vom Bürgermeister, der die Sitzung früh verlassen hatte.",
        "Sie müssen sich anmelden, sagte die Sprecherin, und die Formulare bis Freitag einreichen.",
        "Wer einen Kommentar hinterlassen will, kann das im Rathaus tun, so die Verwaltung weiter.",
    ],
)
def test_german_story_sentence_about_comments_stays_story(line: str) -> None:
    text = _STORY_DE + line + "\n" + _TAIL_DE
    assert _footers(text, "de") == []


@pytest.mark.parametrize("line", ["Iniciar sesión para comentar", "Inicia sesión para dejar un comentario"])
def test_spanish_login_prompt_is_a_comments_footer(line: str) -> None:
    text = _STORY_ES + line + "\n"
    assert ("comments", line) in _footers(text, "es")


# --- link stubs and section labels -----------------------------------------------------------


@pytest.mark.parametrize(
    "line",
    [
        "Den vollständigen Bericht finden Sie hier:",
        "Alle Tabellen findest du HIER.",
        "Die Broschüre finden Sie hier als PDF.",
        "Weitere Informationen finden Sie unter:",
        "Pressemitteilungen",
        "Pressemitteilung",
    ],
)
def test_german_link_stub_and_press_label_are_footers(line: str) -> None:
    text = _STORY_DE + line + "\n" + _TAIL_DE
    assert ("other", line) in _footers(text, "de")


@pytest.mark.parametrize(
    "line",
    [
        # a lead-in that goes on to say what is found: the list under it is story
        "Vorab finden Sie hier eine kurze Übersicht der geplanten Bauabschnitte:",
        # a sentence that goes on after "hier"
        "Die Pläne finden Sie hier, sagte der Sprecher des Hafenamts am Montag.",
    ],
)
def test_german_sentence_with_finden_sie_hier_stays_story(line: str) -> None:
    text = _STORY_DE + line + "\n" + _TAIL_DE
    assert _footers(text, "de") == []


# --- captions credited after the copyright sign ----------------------------------------------


@pytest.mark.parametrize(
    ("line", "credit"),
    [
        ("Der neue Kran am Kai, kurz nach der Lieferung. © AFP / ANNA BEISPIEL", "AFP / ANNA BEISPIEL"),
        ("Aufmacherbild: © Hafenamt/dpa", "Hafenamt/dpa"),
        ("Der Leuchtturm im Abendlicht (Archivbild). © Max Muster", "Max Muster"),
    ],
)
def test_caption_with_credit_after_copyright_sign(line: str, credit: str) -> None:
    text = _STORY_DE + line + "\n" + _TAIL_DE
    assert (line, credit) in _captions(text, "de")


@pytest.mark.parametrize(
    "line",
    [
        # the site's copyright line: a year after the sign, or a rights notice
        "Alle Inhalte des Portals. © 2024 Hafenblatt Verlag",
        "Texte und Bilder. © Hafenblatt Verlag. Alle Rechte vorbehalten.",
        # a sign inside a running sentence, no caption before it
        "Die Marke Hafenglück © gehört seit Jahren der Genossenschaft, die den Verkauf organisiert.",
    ],
)
def test_copyright_lines_are_no_signed_captions(line: str) -> None:
    text = _STORY_DE + line + "\n" + _TAIL_DE
    assert all(c[0] != line for c in _captions(text, "de"))
