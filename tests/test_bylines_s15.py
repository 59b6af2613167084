"""Bylines, round fifteen (#9, #11): the byline line scorer (:mod:`.byline_score`).

Short lines above the story and under it that no look of the byline rule knows are weighed on
generic evidence: a label of the language (``Text von``, ``Texto de``, ``Rédaction :``), a photo
label with its colon or by-word (``Foto:``, ``Courtesy of``), a name's shape, a job title, an
agency or desk tag, a desk's initials alone under the last sentence. The articles are invented.
"""

from __future__ import annotations

import pytest

import newsparse
from newsparse._document import Document
from newsparse.rules.furniture.byline_score import (
    LineScorer,
    _document_vocab,
    _given_names,
    line_evidence,
    probability,
)
from newsparse.rules.furniture.byline_weights import FEATURES, WEIGHTS
from newsparse.rules.furniture.bylines import BylineRule

_BODY = {
    "en": (
        "The council adopted the new ferry timetable on Tuesday after a long debate. The changes "
        "take effect in May, once the second boat has been repaired and tested on the network.\n"
        "The opposition criticised the cost and asked for an audit of the whole exchange, which "
        "the mayor refused outright.\n"
    ),
    "de": (
        "Der Gemeinderat hat am Dienstag nach langer Debatte den neuen Fahrplan für die Fähre "
        "beschlossen. Die Änderungen sollen im Mai gelten, sobald das zweite Boot repariert ist.\n"
        "Die Opposition kritisierte die Kosten und verlangte eine Prüfung durch den "
        "Rechnungshof, was der Bürgermeister ablehnte.\n"
    ),
    "es": (
        "El concejo aprobó el martes el nuevo horario del transbordador tras un largo debate. Los "
        "cambios entrarán en vigor en mayo, cuando el segundo barco haya sido reparado y probado.\n"
        "La oposición criticó el costo y pidió una auditoría de todo el intercambio, algo que el "
        "alcalde rechazó.\n"
    ),
    "fr": (
        "Le conseil municipal a adopté mardi le nouvel horaire du bac après un long débat. Les "
        "changements entreront en vigueur en mai, une fois le second bateau réparé et testé.\n"
        "L'opposition a critiqué le coût et demandé un contrôle de la Cour des comptes, ce que le "
        "maire a refusé.\n"
    ),
    "pt": (
        "A câmara aprovou na terça-feira o novo horário da balsa depois de um longo debate. As "
        "mudanças entram em vigor em maio, quando o segundo barco tiver sido reparado e testado.\n"
        "A oposição criticou o custo e pediu uma auditoria de toda a troca, o que o prefeito "
        "recusou.\n"
    ),
    "it": (
        "Il consiglio comunale ha approvato martedì il nuovo orario del traghetto dopo un lungo "
        "dibattito. Le modifiche entreranno in vigore a maggio, quando la seconda barca sarà pronta.\n"
        "L'opposizione ha criticato i costi e ha chiesto una verifica della Corte dei conti, che il "
        "sindaco ha respinto.\n"
    ),
}
_HEAD = {
    "en": "Ferry timetable approved\n",
    "de": "Neuer Fahrplan für die Fähre\n",
    "es": "Nuevo horario del transbordador\n",
    "fr": "Nouvel horaire pour le bac\n",
    "pt": "Novo horário da balsa\n",
    "it": "Nuovo orario del traghetto\n",
}


def _items(text: str, language: str) -> list[tuple[str, str]]:
    return [(b.kind, b.span.text) for b in newsparse.parse(text, language=language).bylines]


@pytest.mark.parametrize(
    ("language", "line", "kind"),
    [
        ("de", "Text von Jana Roth Illustration von Omar Said", "byline"),
        ("es", "Texto de Ana Ruiz", "byline"),
        ("fr", "Texte de Anne Roy", "byline"),
        ("pt", "Reportagem de Ana Lima", "byline"),
        ("it", "Testo di Anna Neri", "byline"),
        ("en", "Courtesy of Harbour News", "credit"),
    ],
    ids=["de-text-von", "es-texto-de", "fr-texte-de", "pt-reportagem-de", "it-testo-di", "en-courtesy"],
)
def test_labelled_line_under_headline(language: str, line: str, kind: str) -> None:
    page = _HEAD[language] + line + "\n" + _BODY[language]
    assert _items(page, language) == [(kind, line)]


@pytest.mark.parametrize(
    ("language", "line", "kind"),
    [
        ("en", "Photo: Jane Roe/Reuters", "credit"),
        ("de", "Foto: Jana Roth/dpa", "credit"),
        ("de", "Fotos: Tobias Berg und Lena Kraus", "credit"),
        ("es", "Fotos: Luis Prado y Marta Gil", "credit"),
        ("fr", "Rédaction : Paul Marin", "byline"),
        ("en", "Priya Raman | Ledger Science Editor", "byline"),
        ("en", "(jrs)", "credit"),
        ("de", "LW", "credit"),
    ],
    ids=[
        "en-photo",
        "de-foto",
        "de-fotos-und",
        "es-fotos-y",
        "fr-redaction",
        "en-role",
        "en-initials",
        "de-initials",
    ],
)
def test_line_under_story(language: str, line: str, kind: str) -> None:
    page = _HEAD[language] + _BODY[language] + line + "\n"
    assert _items(page, language) == [(kind, line)]


@pytest.mark.parametrize(
    "line",
    [
        "Video: Rescuers Reach The Village",  # a caption's words after the label
        "Photo gallery",  # a label with no colon and no by-word
        "1. Jana Roth",  # a numbered list's item
        "Ferry Fares | Timetables | Harbour Maps",  # a menu row
    ],
    ids=["video-caption", "photo-gallery", "numbered", "menu-row"],
)
def test_not_a_byline_under_story(line: str) -> None:
    assert _items(_HEAD["en"] + _BODY["en"] + line + "\n", "en") == []


def test_label_must_stand_as_a_label() -> None:
    page = _HEAD["en"] + "Author, Article and Disclosure Information\n" + _BODY["en"]
    assert _items(page, "en") == []


def test_credit_under_a_caption_stays_with_the_caption() -> None:
    page = _HEAD["en"] + _BODY["en"] + "A ferry at the quay.\nPhoto: Jane Roe\n"
    article = newsparse.parse(page, language="en")
    assert article.bylines == ()
    assert [c.text for c in article.captions] == ["A ferry at the quay.\nPhoto: Jane Roe"]


def test_initials_only_under_a_sentence() -> None:
    # under a heading (no sentence end) two capitals are no signature
    page = _HEAD["en"] + _BODY["en"] + "Harbour Maps\nLW\n"
    assert _items(page, "en") == []


def test_scorer_can_be_turned_off() -> None:
    page = _HEAD["de"] + "Text von Jana Roth Illustration von Omar Said\n" + _BODY["de"]
    document = Document.from_text(page, language="de")
    assert [b.span.text for b in BylineRule()(document)] == ["Text von Jana Roth Illustration von Omar Said"]
    assert list(BylineRule(scorer=None)(document)) == []


def test_a_named_person_of_the_story_is_evidence_against() -> None:
    # the page holds both lines under its story; only Okafor is named in it too
    text = _BODY["en"] + "Mayor Tom Okafor refused.\nTom Okafor\nLena Kraus\n"
    document = Document.from_text(text, language="en")
    vocab, given = _document_vocab(document), _given_names()
    words = document.tables.function_words
    mentioned = FEATURES.index("mentioned")
    assert line_evidence("Tom Okafor", text, vocab, words, False, given).values[mentioned] == 1.0
    assert line_evidence("Lena Kraus", text, vocab, words, False, given).values[mentioned] == 0.0
    named = line_evidence("Tom Okafor", text, vocab, words, False, given).values
    unnamed = line_evidence("Lena Kraus", text, vocab, words, False, given).values
    assert probability(named) < probability(unnamed)


def test_weights_are_one_per_feature() -> None:
    assert len(WEIGHTS) == len(FEATURES)
    assert LineScorer().weights == WEIGHTS


def test_scorer_stays_linear_on_a_long_run_of_slashes() -> None:
    page = _HEAD["en"] + _BODY["en"] + "/".join(["ab"] * 50) + "\n" + ("a/" * 5000) + "\n"
    assert isinstance(_items(page, "en"), list)


@pytest.mark.parametrize(
    ("line", "byline"),
    [
        ("Yarel Quispe Mamani 4/6/2023 18:05", "Yarel Quispe Mamani"),
        ("Wayra Condori 03.05.2022, 10:20", "Wayra Condori"),
    ],
    ids=["slashes", "dots"],
)
def test_name_then_stamp_under_headline(line: str, byline: str) -> None:
    # under a dek, where the looks for a name under the headline no longer reach; the site's
    # stamp after the writer's name is the page's timestamp, not the byline
    dek = "El concejo cambia los horarios del transbordador para todo el verano\n"
    page = "PUERTO NUEVO\n" + _HEAD["es"] + dek + line + "\n" + _BODY["es"]
    assert _items(page, "es") == [("byline", byline)]


def test_title_then_season_is_no_stamp() -> None:
    page = _HEAD["en"] + "Champions League 2023/24\n" + _BODY["en"]
    assert _items(page, "en") == []
