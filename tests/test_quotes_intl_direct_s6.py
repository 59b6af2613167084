"""Direct quotes in other languages, round six (#11): recall on shapes real reports use.

Every article here is invented, written in shapes found in real French, Spanish, German,
Portuguese, Italian and Hindi reports: a quoted fragment inside a sentence in the reported
mood, a Devanagari quotation closed by a single mark, a quotation that opens a paragraph and
loses its closing mark, incises between glued dashes or with an according-to cue inside the
marks, short speech with a verb the tables lack, and double quotes nested in double quotes.
Negatives sit beside each shape: the mechanism must not fire where the shape is absent.
"""

from __future__ import annotations

import pytest

import newsparse


def _direct(text: str, language: str) -> list[str]:
    return [q.content.text for q in newsparse.parse(text, language=language).quotes if q.kind == "direct"]


def _speakers(text: str, language: str) -> dict[str, str | None]:
    return {
        q.content.text: q.speaker
        for q in newsparse.parse(text, language=language).quotes
        if q.kind == "direct"
    }


CASES = [
    # a fragment inside a sentence the reported mood continues
    pytest.param(
        "de",
        "Innenministerin Carla Wendt hat die Feuerwehr in Lingen besucht. „Diese Nacht hat uns alle "
        "getroffen“, sagte sie am Sonntag. Sie hätten sich alle „sehr umsichtig verhalten“.",
        ["Diese Nacht hat uns alle getroffen", "sehr umsichtig verhalten"],
        id="de-fragment-in-mood",
    ),
    pytest.param(
        "de",
        "Der Landrat Jens Ohlsen sprach am Dienstag in Husum über den Einsatz. Es habe keine Panne "
        'gegeben, sagte Ohlsen. Es seien "alle Helfer alarmiert" worden.',
        ["alle Helfer alarmiert"],
        id="de-fragment-in-mood-straight",
    ),
    # Devanagari: a double opening mark closed by a single one
    pytest.param(
        "hi",
        "सांसद अनिल मेहता ने बुधवार को पत्रकारों से बात की।\n"
        "उन्होंने कहा, “हम किसी से डरते नहीं हैं। सरकार को जवाब देना होगा।’\n"
        "इसके बाद वे रवाना हो गए।",
        ["हम किसी से डरते नहीं हैं। सरकार को जवाब देना होगा।"],
        id="hi-double-closed-by-single",
    ),
    # a paragraph opened by a quotation whose closing mark the scrape lost, after its speaker's quote
    pytest.param(
        "hi",
        "सांसद अनिल मेहता ने बुधवार को कहा, “हम किसी से डरते नहीं हैं।”\n"
        "“सरकार को हर सवाल का जवाब देना होगा। जनता सब देख रही है.\n"
        "बैठक शाम को खत्म हुई।",
        ["हम किसी से डरते नहीं हैं।", "सरकार को हर सवाल का जवाब देना होगा। जनता सब देख रही है."],
        id="hi-open-paragraph-inherits",
    ),
    # incises between glued dashes
    pytest.param(
        "it",
        "Al presidio davanti alla prefettura c'erano anche i sindacati. “Oggi è una giornata di lotta "
        "per tutta la categoria-dichiara il segretario provinciale, Luca Bianchi- e lo dobbiamo a chi "
        "lavora ogni giorno nei reparti”.",
        [
            "Oggi è una giornata di lotta per tutta la categoria",
            "e lo dobbiamo a chi lavora ogni giorno nei reparti",
        ],
        id="it-glued-dash-incise",
    ),
    pytest.param(
        "it",
        "Il sindaco Marco Rossi ha presentato il piano. «La proposta tecnico-scientifica va rivista "
        "da capo e lo faremo con i cittadini», ha detto Rossi.",
        ["La proposta tecnico-scientifica va rivista da capo e lo faremo con i cittadini"],
        id="it-hyphen-compound-no-incise",
    ),
    # an according-to incise inside the marks
    pytest.param(
        "fr",
        "La salle polyvalente de Vernay a été dégradée dans la nuit de samedi.\n\n"
        "« Les bénévoles et moi-même sommes très choqués, selon Karim Benali, le président du club. "
        "Depuis samedi, les parents appellent tous les jours », ajoute-t-il.",
        [
            "Les bénévoles et moi-même sommes très choqués",
            "Depuis samedi, les parents appellent tous les jours",
        ],
        id="fr-according-incise",
    ),
    pytest.param(
        "fr",
        "Le maire Paul Girard a présenté le budget lundi.\n\n"
        "« Le coût du chantier, selon les experts du cabinet, doublera d’ici à 2027 », a-t-il déclaré.",
        ["Le coût du chantier, selon les experts du cabinet, doublera d’ici à 2027"],
        id="fr-according-inside-sentence-no-split",
    ),
    # short speech whose verb the tables lack
    pytest.param(
        "es",
        "El alcalde Juan Pérez visitó el barrio. «¡Fuera!», gritaron los vecinos. «No», respondió Pérez.",
        ["¡Fuera!", "No"],
        id="es-unknown-verb-exclamation",
    ),
    pytest.param(
        "de",
        "Der Minister Jan Berger sprach am Montag in Köln. „Niemals!“, rief Berger.",
        ["Niemals!"],
        id="de-unknown-verb-with-subject",
    ),
    # double quotes nested in double quotes
    pytest.param(
        "es",
        "El alcalde Juan Pérez visitó la obra. “El ministro dijo “basta” y se fue, no hay más que "
        "hablar”, afirmó Pérez.",
        ["El ministro dijo “basta” y se fue, no hay más que hablar"],
        id="es-nested-same-marks",
    ),
    pytest.param(
        "it",
        "Il sindaco Marco Rossi ha parlato ieri. “Quando mi hanno detto “non si può” ho risposto che "
        "si doveva fare”, ha detto Rossi.",
        ["Quando mi hanno detto “non si può” ho risposto che si doveva fare"],
        id="it-nested-same-marks",
    ),
]


@pytest.mark.parametrize(("language", "text", "expected"), CASES)
def test_direct_quotes(language: str, text: str, expected: list[str]) -> None:
    assert sorted(_direct(text, language)) == sorted(expected)


def test_fragment_in_mood_is_the_reported_speaker() -> None:
    text = (
        "Innenministerin Carla Wendt hat die Feuerwehr in Lingen besucht. „Diese Nacht hat uns alle "
        "getroffen“, sagte sie am Sonntag. Sie hätten sich alle „sehr umsichtig verhalten“."
    )
    assert _speakers(text, "de")["sehr umsichtig verhalten"] == "Carla Wendt"


def test_term_in_a_mood_sentence_is_no_fragment() -> None:
    # a name in marks stays a name inside a reported clause
    text = (
        "Der Landrat Jens Ohlsen sprach am Dienstag in Husum. „Wir sind vorbereitet“, sagte Ohlsen. "
        "Die Zeitung „Husumer Bote“ habe darüber berichtet."
    )
    assert _direct(text, "de") == ["Wir sind vorbereitet"]


def test_glued_incise_names_its_speaker() -> None:
    text = (
        "Al presidio c'erano anche i sindacati. “Oggi è una giornata di lotta per tutta la "
        "categoria-dichiara il segretario provinciale, Luca Bianchi- e lo dobbiamo a chi lavora”."
    )
    speakers = _speakers(text, "it")
    assert speakers["Oggi è una giornata di lotta per tutta la categoria"] is not None
    assert "Bianchi" in (speakers["Oggi è una giornata di lotta per tutta la categoria"] or "")


def test_according_incise_names_its_speaker() -> None:
    text = (
        "La salle de Vernay a été dégradée samedi.\n\n"
        "« Les bénévoles et moi-même sommes très choqués, selon Karim Benali, le président du club. "
        "Depuis samedi, les parents appellent tous les jours », ajoute-t-il."
    )
    assert set(_speakers(text, "fr").values()) == {"Karim Benali"}


def test_unknown_word_after_a_name_in_marks_is_no_cue() -> None:
    # a capitalised name in marks, then a comma and a noun phrase that goes on: no speech
    text = "La revista «Proceso», semanario de la capital, publicó ayer un reportaje sobre el alcalde."
    assert _direct(text, "es") == []


def test_bare_unknown_verb_needs_a_question_or_exclamation() -> None:
    text = "El alcalde Juan Pérez visitó el barrio. «Los vecinos del centro», replicaron."
    assert _direct(text, "es") == []


def test_nested_mark_after_a_sentence_end_is_a_new_quotation() -> None:
    # a paragraph-joined scrape: the second mark, after a sentence's end, restarts the quotation
    # (whose parts the first mark's quote spans) instead of nesting in it and leaving it open
    text = (
        "El alcalde Juan Pérez visitó la obra. “Esto va a cambiar el barrio. “Los vecinos lo "
        "merecen”, dijo Pérez."
    )
    assert _direct(text, "es") == ["Esto va a cambiar el barrio. “Los vecinos lo merecen"]


FRAGMENT_CUES = [
    pytest.param(
        "fr",
        "Le maire Paul Girard a visité le chantier lundi. Il s’est dit « très inquiet » pour la suite.",
        "très inquiet",
        id="fr-s-est-dit",
    ),
    pytest.param(
        "de",
        "Der Minister Jan Berger sprach am Montag in Köln. Berger zeigte sich „sehr erleichtert“ über die Einigung.",
        "sehr erleichtert",
        id="de-zeigte-sich",
    ),
    pytest.param(
        "it",
        'Il sindaco Marco Rossi ha parlato ieri. Rossi ha ringraziato i "volontari della notte" per il lavoro.',
        "volontari della notte",
        id="it-ha-ringraziato",
    ),
    pytest.param(
        "es",
        "El alcalde Juan Pérez visitó la obra. Pérez se mostró «muy satisfecho» con el avance.",
        "muy satisfecho",
        id="es-se-mostro",
    ),
    pytest.param(
        "pt",
        'O prefeito João Silva falou ontem. Silva acusou de "má-fé" os vereadores da oposição.',
        "má-fé",
        id="pt-acusou-de",
    ),
]


@pytest.mark.parametrize(("language", "text", "fragment"), FRAGMENT_CUES)
def test_fragment_cues_govern_quoted_words(language: str, text: str, fragment: str) -> None:
    speakers = _speakers(text, language)
    assert fragment in speakers
    assert speakers[fragment] is not None
