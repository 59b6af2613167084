"""Tests for the prose-or-furniture cues and the story-end finder (``newsparse.text.prose``)."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from newsparse.text import prose


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The council approved the budget on Monday after a long debate.", prose.PROSE),
        ("“You will pay for this,” the mayor told the council.", prose.PROSE),
        ("Trade between the US and the islands has doubled.", prose.PROSE),
        ("Sign up to get the day's biggest stories in your inbox.", prose.PROMO),
        ("Tell us what you think. Email us at desk@example.com", prose.PROMO),
        ("We welcome your comments on the stories of the day.", prose.PROMO),
        ("Shares rose on Monday as investors awaited ...", prose.TEASER),
        ("The only ferry captain to have sailed every route was ... more", prose.TEASER),
        ("Other Opinion Columns", prose.LABEL),
        ("HOUSE RULES", prose.LABEL),
        ("- ", prose.LABEL),
        ("Bridge tolls Why the toll rise is a tax on the islands", prose.TITLE),
        ("3/5", prose.TITLE),
    ],
    ids=[
        "sentence", "quoted-you", "country-us", "newsletter", "tell-us", "house-rules-bullet",
        "truncated", "more", "label", "caps-label", "dash", "headline", "counter",
    ],
)  # fmt: skip
def test_classify(text: str, expected: str) -> None:
    assert prose.classify(text) == expected


def test_vocabulary_is_data() -> None:
    assert prose.classify("Lees ook dit", label_words=prose.LABEL_WORDS | {"lees"}) == prose.LABEL
    assert prose.classify("Lees ook dit") == prose.TITLE


def test_addresses_reader_wants_second_person() -> None:
    assert prose.addresses_reader("If you're on a desktop, scan the code above.")
    assert not prose.addresses_reader("For all of us, and for our children.")
    assert not prose.addresses_reader("'You lied,' she said.")


P, T, L, F = prose.PROSE, prose.TITLE, prose.LABEL, prose.FOOTER


@pytest.mark.parametrize(
    ("classes", "anchors", "expected"),
    [
        ([P] * 5 + [L, T, P, T, P, T], [False] * 5 + [True] + [False] * 5, 5),
        ([P] * 5 + [L, P, P, P], [False] * 5 + [True] + [False] * 3, None),
        ([P] * 5 + [F, F, F, P], [False] * 5 + [True, True, True, False], None),  # nothing new
        ([P] * 5 + [T, T, T], [False] * 8, None),  # no anchor
        ([], [], None),
    ],
    ids=["teaser-list", "story-resumes", "only-known-footers", "no-anchor", "empty"],
)
def test_tail_start(classes: list[str], anchors: list[bool], expected: int | None) -> None:
    assert prose.tail_start(classes, anchors) == expected


@given(st.text(max_size=300))
def test_classify_any_text(text: str) -> None:
    assert prose.classify(text) in {prose.PROSE, prose.PROMO, prose.TEASER, prose.TITLE, prose.LABEL}
    assert isinstance(prose.is_truncated(text), bool)


# --- other languages (#11) ----------------------------------------------------------------------


def _classify_in(code: str, text: str) -> str:
    w = prose.words_for(code)
    return prose.classify(
        text,
        reader_words=w.reader_words,
        cta_verbs=w.cta_verbs,
        promo_nouns=w.promo_nouns,
        label_words=w.label_words,
    )


@pytest.mark.parametrize(
    ("code", "text"),
    [
        ("fr", "Abonnez-vous à notre newsletter pour recevoir nos meilleurs articles"),
        ("es", "Suscríbete a nuestro boletín y recibe las noticias en tu correo"),
        ("de", "Abonnieren Sie unseren Newsletter und folgen Sie uns auf WhatsApp"),
        ("pt", "Assine a nossa newsletter e receba as notícias no seu e-mail"),
        ("it", "Iscriviti alla nostra newsletter e ricevi le notizie nella tua casella"),
        ("hi", "आपके लिए हमारा ऐप डाउनलोड करें और चैनल से जुड़ें"),
    ],
)
def test_plugs_in_each_language_are_promos(code: str, text: str) -> None:
    assert _classify_in(code, text) == prose.PROMO


def test_english_words_alone_miss_a_french_plug() -> None:
    assert prose.classify("Abonnez-vous à notre newsletter pour recevoir nos articles") != prose.PROMO


@pytest.mark.parametrize(
    ("code", "text"),
    [
        ("fr", "Le maire a présenté mardi son budget, en hausse de trois pour cent."),
        ("es", "El alcalde presentó el martes su presupuesto para el próximo año."),
        ("de", "Der Bürgermeister stellte am Dienstag seinen Haushalt vor."),
        ("pt", "O prefeito apresentou na terça-feira o orçamento do próximo ano."),
        ("it", "Il sindaco ha presentato martedì il bilancio per il prossimo anno."),
        ("hi", "महापौर ने मंगलवार को अगले साल का बजट पेश किया।"),
    ],
)
def test_story_sentences_in_each_language_are_prose(code: str, text: str) -> None:
    assert _classify_in(code, text) == prose.PROSE


def test_words_for_english_and_unknown_codes_is_english() -> None:
    assert prose.words_for("en") is prose.ENGLISH
    assert prose.words_for("nl") is prose.ENGLISH
    assert prose.words_for("fr").reader_words >= prose.READER_WORDS  # English widget words too


def test_devanagari_words_keep_their_vowel_signs() -> None:
    assert prose.addresses_reader("आपके लिए नई सेवा", prose.words_for("hi").second_person)
