"""Quotes in French, Spanish, German, Portuguese, Italian and Hindi: the rule reads the tables.

Every sentence here is invented, in the shapes real articles use. Each test forces the language
(``Document.from_text(text, language=...)``) so that it checks attribution, not detection.
"""

from __future__ import annotations

import time

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

import newsparse
from newsparse import Document, QuoteRule
from newsparse.lang import extend_vocabulary, get_language
from newsparse.rules.quotes import cues
from newsparse.rules.quotes.languages import language_cues, phrase_after, phrase_before, sentences


def _quotes(text: str, language: str) -> list[tuple[str, str | None, str]]:
    found = QuoteRule()(Document.from_text(text, language=language))
    return [(q.kind, q.speaker, q.content.text) for q in found if q.kind != "scare"]


# -- French ------------------------------------------------------------------------------


def test_french_guillemets_with_narrow_spaces_and_inversion() -> None:
    text = (
        "La maire de Lille, Sophie Marchand, a présenté le budget jeudi.\n"
        "«\u202fNous ne lèverons pas l’impôt cette année\u202f», a-t-elle affirmé devant le conseil."
    )
    assert _quotes(text, "fr") == [("direct", "Sophie Marchand", "Nous ne lèverons pas l’impôt cette année")]


def test_french_cue_after_with_title_and_reported_speech_with_que() -> None:
    text = (
        "Le ministre Paul Garnier était attendu au Sénat.\n"
        "« Le texte sera voté avant l’été », a déclaré M. Garnier. "
        "Il a ajouté que les députés seraient consultés en mai."
    )
    assert _quotes(text, "fr") == [
        ("direct", "Paul Garnier", "Le texte sera voté avant l’été"),
        ("indirect", "Paul Garnier", "les députés seraient consultés en mai"),
    ]


def test_french_selon_before_and_after_the_clause() -> None:
    text = (
        "Selon la préfecture, trois routes restent fermées ce matin.\n"
        "La crue devrait baisser dès mercredi, d’après Météo-France."
    )
    got = _quotes(text, "fr")
    assert ("indirect", "la préfecture", "trois routes restent fermées ce matin") in got
    assert ("indirect", "Météo-France", "La crue devrait baisser dès mercredi") in got


def test_french_pronoun_follows_gender() -> None:
    text = (
        "Mme Julie Lambert et son adjoint, M. Marc Robin, ont visité le chantier.\n"
        "Marc Robin a salué les ouvriers. « C’est un chantier exemplaire », a-t-elle estimé."
    )
    assert _quotes(text, "fr") == [("direct", "Julie Lambert", "C’est un chantier exemplaire")]


# -- Spanish -----------------------------------------------------------------------------


def test_spanish_inverted_role_after_the_quote_resolves_to_the_named_mayor() -> None:
    text = (
        "El alcalde de Arequipa, Mario Quispe Rojas, inauguró el puente el lunes.\n"
        "“La obra estará lista antes de las lluvias”, dijo el alcalde."
    )
    assert _quotes(text, "es") == [
        ("direct", "Mario Quispe Rojas", "La obra estará lista antes de las lluvias")
    ]


def test_spanish_dijo_que_and_segun() -> None:
    text = (
        "La ministra Ana Beltrán visitó la zona afectada.\n"
        "Beltrán dijo que el Gobierno enviará ayuda a las familias esta semana. "
        "Según la policía, no hubo heridos en el incendio."
    )
    got = _quotes(text, "es")
    assert ("indirect", "Ana Beltrán", "el Gobierno enviará ayuda a las familias esta semana") in got
    assert ("indirect", "la policía", "no hubo heridos en el incendio") in got


def test_spanish_dropped_subject_takes_the_last_speaker() -> None:
    text = (
        "«Vamos a ganar la final», aseguró el entrenador Diego Salas.\n"
        "«El equipo está preparado para todo», señaló."
    )
    assert [s for _, s, _ in _quotes(text, "es")] == ["Diego Salas", "Diego Salas"]


# -- German ------------------------------------------------------------------------------


def test_german_low_high_marks_and_inverted_pronoun() -> None:
    text = (
        "Die Bürgermeisterin Karin Vogt eröffnete am Montag die neue Brücke.\n"
        "„Wir haben lange darauf gewartet“, sagte sie bei der Feier."
    )
    assert _quotes(text, "de") == [("direct", "Karin Vogt", "Wir haben lange darauf gewartet")]


def test_german_swiss_reversed_guillemets() -> None:
    text = "Der Trainer Urs Keller blieb gelassen. »Wir spielen unser Spiel«, sagte Keller nach dem Training."
    assert _quotes(text, "de") == [("direct", "Urs Keller", "Wir spielen unser Spiel")]


def test_german_konjunktiv_reported_speech_and_continuation() -> None:
    text = (
        "Innenminister Jonas Brandt äußerte sich am Abend.\n"
        "Er sagte, die Lage sei ernst. Man habe keine andere Wahl gehabt."
    )
    assert _quotes(text, "de") == [
        ("indirect", "Jonas Brandt", "die Lage sei ernst"),
        ("indirect", "Jonas Brandt", "Man habe keine andere Wahl gehabt"),
    ]


def test_german_laut_so_and_nach_angaben() -> None:
    text = (
        "Laut Polizei wurde bei dem Unfall niemand verletzt. "
        "Die Straße bleibt bis Freitag gesperrt, so ein Sprecher der Stadt. "
        "Nach Angaben des Ministeriums sind drei Schulen betroffen."
    )
    got = _quotes(text, "de")
    assert [c for k, _, c in got if k == "indirect"] == [
        "wurde bei dem Unfall niemand verletzt",
        "Die Straße bleibt bis Freitag gesperrt",
        "sind drei Schulen betroffen",
    ]


# -- Portuguese --------------------------------------------------------------------------


def test_portuguese_disse_and_segundo() -> None:
    text = (
        "O prefeito de Niterói, Carlos Menezes, visitou a obra nesta terça.\n"
        '"Vamos entregar tudo até dezembro", disse o prefeito. '
        "Segundo a secretaria, o custo total chega a R$ 40 milhões."
    )
    got = _quotes(text, "pt")
    assert ("direct", "Carlos Menezes", "Vamos entregar tudo até dezembro") in got
    assert ("indirect", "a secretaria", "o custo total chega a R$ 40 milhões") in got


def test_portuguese_afirmou_que_with_pronoun() -> None:
    text = "A deputada Lúcia Prado discursou na Câmara. Ela afirmou que o projeto será votado em março."
    assert _quotes(text, "pt") == [("indirect", "Lúcia Prado", "o projeto será votado em março")]


# -- Italian -----------------------------------------------------------------------------


def test_italian_ha_detto_and_next_sentence_cue() -> None:
    text = (
        '"La situazione è sotto controllo", ha detto il sindaco Marco Ferri. '
        '"Riapriremo le scuole lunedì". Lo ha detto l\'assessore Giulia Conti a Radio Uno.'
    )
    assert _quotes(text, "it") == [
        ("direct", "Marco Ferri", "La situazione è sotto controllo"),
        ("direct", "Giulia Conti", "Riapriremo le scuole lunedì"),
    ]


def test_italian_secondo_and_che_clause() -> None:
    text = (
        "Secondo i vigili del fuoco, l'incendio è partito da una cucina. "
        "Il prefetto Luca Neri ha dichiarato che le famiglie torneranno a casa domani."
    )
    got = _quotes(text, "it")
    assert ("indirect", "Luca Neri", "le famiglie torneranno a casa domani") in got
    assert any(k == "indirect" and c == "l'incendio è partito da una cucina" for k, _, c in got)


# -- Hindi -------------------------------------------------------------------------------


def test_hindi_ne_kaha_ki_and_pronoun() -> None:
    text = (
        "जिलाधिकारी सुनील वर्मा ने कहा कि बाढ़ प्रभावित गांवों में राहत शिविर लगाए गए हैं। "
        "उन्होंने कहा कि अगले दो दिन तक स्कूल बंद रहेंगे।"
    )
    got = _quotes(text, "hi")
    assert [k for k, _, _ in got] == ["indirect", "indirect"]
    assert [c for _, _, c in got] == ["बाढ़ प्रभावित गांवों में राहत शिविर लगाए गए हैं", "अगले दो दिन तक स्कूल बंद रहेंगे"]
    assert all(s is not None and "वर्मा" in s for _, s, _ in got)


def test_hindi_postposed_according_to() -> None:
    text = "पुलिस के मुताबिक, हादसे में दो लोगों की मौत हो गई है।"
    assert _quotes(text, "hi") == [("indirect", "पुलिस", "हादसे में दो लोगों की मौत हो गई है")]


# -- pieces --------------------------------------------------------------------------------


def test_phrases_before_and_after_a_cue() -> None:
    lc = language_cues(get_language("fr"))
    text = "a déclaré le ministre de l’Intérieur, Jean Morel."
    np = phrase_after(text, len("a déclaré"), len(text), lc)
    assert np is not None and text[np.start : np.end] == "Jean Morel"
    text = "Hier soir, Mme Claire Dubois a déclaré"
    np = phrase_before(text, 0, text.index(" a déclaré"), lc)
    assert np is not None and (text[np.start : np.end], np.kind) == ("Mme Claire Dubois", "name")


def test_sentences_keep_a_quote_and_its_inverted_cue_together() -> None:
    text = "« Partez ! » s'exclame-t-il. M. Roy sourit. « C'est fini. » Il part."
    got = [text[a:b] for a, b in sentences(text, 0, len(text))]
    assert got == ["« Partez ! » s'exclame-t-il.", "M. Roy sourit.", "« C'est fini. »", "Il part."]


# -- English unchanged, und read as English ----------------------------------------------------


def test_english_and_undetermined_text_take_the_english_path() -> None:
    text = "“We will win,” said Jane Roe. She added that fans matter."
    en = [(q.kind, q.speaker, q.rule) for q in QuoteRule()(Document.from_text(text, language="en"))]
    und = [(q.kind, q.speaker, q.rule) for q in QuoteRule()(Document.from_text(text, language="und"))]
    assert (
        en
        == und
        == [("direct", "Jane Roe", "quotes:direct:after"), ("indirect", "Jane Roe", "quotes:indirect:cue")]
    )
    # the English tables add nothing to the rule's own cues: the same tuple comes back
    assert extend_vocabulary(cues.SPEECH_VERBS, get_language("en").speech_verbs) is cues.SPEECH_VERBS


def test_keep_scare_reports_unattributed_short_quotes_in_other_languages() -> None:
    text = "Le projet, jugé « ambitieux » par les experts, a été adopté."
    plain = QuoteRule()(Document.from_text(text, language="fr"))
    kept = QuoteRule(keep_scare=True)(Document.from_text(text, language="fr"))
    assert [q.kind for q in plain] == []
    assert [q.kind for q in kept] == ["scare"]


# -- properties: any text, every language ----------------------------------------------------

LANGS = ("fr", "es", "de", "pt", "it", "hi", "cs")
_ALPHABET = st.sampled_from(
    [
        *"aeiouns tdlrAEM.,;:!?«»“”„‚‘’\"'—–-\n\u00a0\u202fकहाने।",
        "a dit",
        "dijo",
        "sagte",
        "selon ",
        "ने कहा कि ",
    ]
)


@settings(max_examples=60, deadline=None)
@given(st.lists(_ALPHABET, max_size=200).map("".join), st.sampled_from(LANGS))
def test_any_text_parses_in_every_language(text: str, language: str) -> None:
    for q in QuoteRule(keep_scare=True)(Document.from_text(text, language=language)):
        assert text[q.content.start : q.content.end] == q.content.text
        assert q.span.start <= q.content.start <= q.content.end <= q.span.end <= len(text)
        if q.speaker_span is not None:
            assert text[q.speaker_span.start : q.speaker_span.end] == q.speaker_span.text


@pytest.mark.parametrize("language", LANGS)
def test_time_is_linear_in_length(language: str) -> None:
    unit = "« Non », a-t-il dit. Selon X, le plan « tient ». Er sagte, es sei „gut“. उन्होंने कहा कि ठीक है। "

    def cost(n: int) -> float:
        text = unit * n
        start = time.perf_counter()
        list(QuoteRule()(Document.from_text(text, language=language)))
        return time.perf_counter() - start

    cost(20)
    small, large = min(cost(100) for _ in range(2)), min(cost(800) for _ in range(2))
    assert large < small * 8 * 3, (small, large)


def test_parse_detects_and_attributes() -> None:
    article = newsparse.parse(
        "« Nous tiendrons », a-t-elle affirmé devant les élus du conseil régional de Bretagne."
    )
    assert article.language == "fr"
    assert [q.cue.text for q in article.quotes if q.cue is not None] == ["a-t-elle affirmé"]


def test_equal_custom_verb_tuples_both_keep_the_english_path() -> None:
    # extend_vocabulary caches by value: a second, equal tuple must still count as adding nothing
    text = "The coach harrumphed that nobody listens."
    for _ in range(2):
        rule = QuoteRule(verbs=(*QuoteRule().verbs, "harrumphed"))
        assert [q.cue.text for q in rule(Document.from_text(text, language="en")) if q.cue] == ["harrumphed"]
        assert extend_vocabulary(rule.verbs, get_language("en").speech_verbs) is rule.verbs


def test_elided_complementiser() -> None:
    text = "Le député Paul Marin a annoncé qu'il voterait contre le texte mardi."
    assert _quotes(text, "fr") == [("indirect", "Paul Marin", "il voterait contre le texte mardi")]


def test_spanish_cue_set_inside_the_clause() -> None:
    text = "La ministra Rosa Vidal habló en el pleno. La reforma, subrayó, llegará al Congreso en marzo."
    assert _quotes(text, "es") == [
        ("indirect", "Rosa Vidal", "La reforma, subrayó, llegará al Congreso en marzo")
    ]


# -- the cue scan led by a boundary character ------------------------------------------------


_CUE_SCAN_TEXTS = [
    ("es", "dijo que sí, afirmó, dijo. Dijo: «no», explicó-explicó y sostuvo'dijo dijo"),
    ("es", "Dijo el alcalde que la obra, según fuentes, «terminará», aseguró."),
    ("fr", "selon lui, a-t-il déclaré, a déclaré, indique-t-elle, selon"),
    ("de", "sagte er; sagte sie, betonte, sagte—sagte, „so“ erklärte sie"),
    ("it", "ha detto, ha detto all'Ansa, secondo, ha aggiunto, spiega: «sì»"),
    ("pt", "disse, afirmou,disse segundo o ministro, disse-disse"),
]


@pytest.mark.parametrize(("language", "text"), _CUE_SCAN_TEXTS)
def test_boundary_led_cue_scan_finds_what_the_lookbehind_scan_finds(language: str, text: str) -> None:
    from newsparse.rules.quotes.languages.cues import _cue_matches

    lc = language_cues(get_language(language))
    plain = [(m.start(), m.end(), m.group()) for m in lc.cue_re.finditer(text)]
    led = _cue_matches(text, lc.cue_re)
    assert plain, "the text holds cues of the language"
    assert led == plain  # no cue here starts where another ends: the led scan answers itself


@settings(max_examples=200, deadline=None)
@given(st.text(alphabet="dijo afirmó sagte disse ha detto selon.,;'’-«»\n ", max_size=80))
def test_boundary_led_cue_scan_equals_plain_scan_on_any_text(text: str) -> None:
    from newsparse.rules.quotes.languages.cues import _cue_matches

    for language in ("es", "de", "pt", "it", "fr"):
        lc = language_cues(get_language(language))
        plain = [(m.start(), m.end(), m.group()) for m in lc.cue_re.finditer(text)]
        led = _cue_matches(text, lc.cue_re)
        assert led is None or led == plain
