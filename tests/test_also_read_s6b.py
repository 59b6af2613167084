"""Also-read, round six b (#11): what a scrape keeps behind a label word that is no linked story.

A section menu (``Lesen Sie auch`` / ``Politik Wirtschaft Sport Kultur``), a photo caption with
its credit, a call to action (``Siga o nosso canal no WhatsApp``) and a rights notice are dropped;
real titles next to them, including ones that open with a section name or a gallery word, stay.
Every row is our own text in the shape real pages print.
"""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from newsparse import parse
from newsparse.rules.also_read import guards
from newsparse.rules.also_read.guards import (
    is_call_to_action,
    is_photo_caption,
    is_rights_notice,
    is_section_menu,
)

_BODY = {
    "fr": "Le conseil municipal a voté le budget mardi soir après un long débat entre les élus.",
    "es": "El ayuntamiento aprobó el presupuesto el martes tras un largo debate en el pleno municipal.",
    "de": "Der Stadtrat hat am Dienstag den Haushalt nach langer Debatte beschlossen, wie die Stadt mitteilte.",
    "pt": "A Câmara aprovou o orçamento na terça-feira depois de um longo debate no plenário da cidade.",
    "it": "Il consiglio comunale ha approvato il bilancio martedì dopo un lungo dibattito in aula.",
}


def _titles(lang: str, block: str) -> list[str]:
    text = f"{_BODY[lang]}\n{block}\n{_BODY[lang]}\n"
    return [a.title.text for a in parse(text, language=lang).also_read]


@pytest.mark.parametrize(
    ("lang", "block"),
    [
        ("de", "Lesen Sie auch\nPolitik Wirtschaft Sport Kultur"),
        ("fr", "Lire aussi : Politique | Économie | Culture"),
        ("es", "Lee también: Política - Economía - Deportes"),
        ("pt", "Leia também: Brasil Mundo Economia Esportes"),
        ("it", "Leggi anche: Cronaca Politica Economia Sport"),
        ("es", "Lee también\nEl alcalde durante la rueda de prensa en el ayuntamiento. Foto: EFE"),
        ("fr", "Lire aussi\nLe maire devant la mairie, le 3 mars. AFP"),
        ("pt", "Leia mais\nCompartilhe esta notícia com os amigos"),
        ("it", "Leggi anche:\nRiproduzione riservata ©"),
        ("fr", "Lire aussi\nRecevez chaque matin l’essentiel de l’actualité locale"),
        ("es", "También te puede interesar\nSuscríbete a nuestro boletín de la mañana"),
        ("pt", "Veja também\nSiga o nosso canal no WhatsApp"),
    ],
)
def test_furniture_behind_a_label_is_no_link(lang: str, block: str) -> None:
    assert _titles(lang, block) == []


@pytest.mark.parametrize(
    ("lang", "block", "title"),
    [
        (
            "pt",
            "Leia também: Política de preços da Petrobras volta ao debate no Senado",
            "Política de preços da Petrobras volta ao debate no Senado",
        ),
        (
            "es",
            "Te puede interesar: Fotos: así quedó la plaza mayor tras la reforma",
            "Fotos: así quedó la plaza mayor tras la reforma",
        ),
        (
            "fr",
            "Lire aussi : Sport et santé, les recommandations des médecins pour l’été",
            "Sport et santé, les recommandations des médecins pour l’été",
        ),
        (
            "de",
            "Lesen Sie auch: Kultur in der Krise: Theater schließen im Winter",
            "Kultur in der Krise: Theater schließen im Winter",
        ),
    ],
)
def test_titles_next_to_the_guards_stay(lang: str, block: str, title: str) -> None:
    assert _titles(lang, block) == [title]


def test_section_menu_needs_every_word_a_section() -> None:
    assert is_section_menu("Inicio · Nacional · Internacional · Deportes")
    assert is_section_menu("Politik und Wirtschaft")
    assert not is_section_menu("Economia")  # one name: a kicker, handled in sections.py
    assert not is_section_menu("Economia brasileira cresce")


def test_call_to_action_is_a_whole_word_opener() -> None:
    assert is_call_to_action("Síguenos en redes sociales")
    assert not is_call_to_action("Siganos nos Jardins: exposição nova")  # not the opener word
    assert not is_call_to_action("Assinatura de acordo com a China é adiada")


def test_caption_credit_and_rights() -> None:
    assert is_photo_caption("Der Bürgermeister vor dem Rathaus. Foto: dpa")
    assert is_photo_caption("Manifestantes em frente ao Congresso / Agência Brasil")
    assert not is_photo_caption("Fotos: o desfile das escolas de samba")
    assert not is_photo_caption("Reuters revela plano do governo para o setor elétrico")
    assert is_rights_notice("© 2024 Editora Exemplo. Todos os direitos reservados")
    assert not is_rights_notice("Direitos humanos: relatório aponta avanços")


def test_topic_tags_under_a_header_are_no_link() -> None:
    assert _titles("de", "Mehr zum Thema\nInflation, Zinsen, EZB") == []


def test_section_header_on_the_first_line_heads_the_page_story() -> None:
    text = (
        "IN EVIDENZA\n"
        "Sindaco: nuove regole per i cantieri del centro storico\n"
        "Il sindaco ha presentato ieri le nuove regole per i cantieri del centro storico, "
        "che entreranno in vigore a partire dal mese prossimo.\n"
    )
    assert parse(text, language="it").also_read == ()


def test_section_header_below_the_story_still_opens_links() -> None:
    block = "In evidenza\nNuove regole per i cantieri del centro storico della città"
    assert _titles("it", block) == ["Nuove regole per i cantieri del centro storico della città"]


def test_le_monde_paywall_mark_inside_the_label() -> None:
    block = "Lire aussi (édition abonnés) : Budget, les communes face à la hausse des coûts"
    assert _titles("fr", block) == ["Budget, les communes face à la hausse des coûts"]


@pytest.mark.parametrize("label", ["Läs också", "Les også", "Læs også", "Lue myös", "Olvassa el ezt is"])
def test_nordic_and_hungarian_labels_in_undetermined_text(label: str) -> None:
    body = "Kommunfullmäktige antog på tisdagen budgeten för nästa år efter en lång debatt."
    text = f"{body}\n{label}: Fullmäktige antar budget med nedskärningar i skolan\n{body}\n"
    titles = [a.title.text for a in parse(text).also_read]
    assert titles == ["Fullmäktige antar budget med nedskärningar i skolan"]


@pytest.mark.parametrize(
    ("lang", "block"),
    [
        ("fr", "Lire aussi\nPar Jeanne Martin et Paul Durand"),
        ("pt", "Leia também\nPor Redação, com Agência Brasil"),
        ("es", "Lee también\nPublicado el 12 de marzo de 2024"),
        ("de", "Lesen Sie auch\nVon Anna Schmidt und Peter Müller"),
        ("it", "Leggi anche\nDi Redazione ANSA"),
        ("es", "Relacionadas\nEtiquetas: presupuesto, ayuntamiento, pleno"),
        ("fr", "Sur le même sujet\nMots-clés : budget, conseil municipal"),
    ],
)
def test_byline_stamp_and_tag_line_are_no_link(lang: str, block: str) -> None:
    assert _titles(lang, block) == []


@pytest.mark.parametrize(
    ("lang", "block", "title"),
    [
        (
            "pt",
            "Leia também: Por que a Câmara adiou a votação do orçamento",
            "Por que a Câmara adiou a votação do orçamento",
        ),
        (
            "it",
            "Leggi anche: Di Maio attacca il governo sul bilancio",
            "Di Maio attacca il governo sul bilancio",
        ),
        (
            "es",
            "Lee también: Temas pendientes del pleno para el próximo año",
            "Temas pendientes del pleno para el próximo año",
        ),
    ],
)
def test_titles_opening_like_a_byline_or_tag_stay(lang: str, block: str, title: str) -> None:
    assert _titles(lang, block) == [title]


_CREDIT_ALPHABET = "AFPEFEdpaReutersFotoCrédit: .,;(|/)\t\u00a0\nxyz"


@settings(max_examples=400, deadline=None)
@given(st.text(alphabet=_CREDIT_ALPHABET, max_size=40))
def test_photo_caption_gate_agrees_with_the_pattern(title: str) -> None:
    # The literal gate only spares compiling the pattern: it must never change the answer.
    assert guards.is_photo_caption(title) == (guards._CREDIT.search(title) is not None)


@pytest.mark.parametrize(
    "title",
    ["El ministro en Madrid. Foto: EFE", "Le maire, le 3 mars. AFP", "Die Halle. / dpa.)", "Der Saal. dpa\n"],
)
def test_photo_caption_gate_lets_credits_through(title: str) -> None:
    assert guards.is_photo_caption(title)
