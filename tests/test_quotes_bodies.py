"""Reported speech whose source is a body, not a person (#11): the police, a ministry, a court,
the fire brigade, as the subject of a speech verb (``Policie uvedla, že …``, ``La police a
indiqué que …``) or after an according-to cue (``podle policie``, ``selon la police``,
``laut Polizei``, ``पुलिस के मुताबिक``), in every built-in language other than English.

The speaker is the body as written (ANNOTATION.md: organisations named as in the text are
speakers). Every sentence is invented; each test forces the language, so it checks the tables
and the language path, not detection. A lead sentence comes first where the shape must also
hold mid-paragraph (a body opening a later sentence is no person named for the first time).
"""

from __future__ import annotations

import pytest

from newsparse import Document, QuoteRule

_LEAD = {
    "cs": "Nehoda se stala v noci na okraji města. ",
    "fr": "L'accident s'est produit dans la nuit. ",
    "es": "El accidente ocurrió durante la noche. ",
    "de": "Der Unfall ereignete sich in der Nacht. ",
    "pt": "O acidente aconteceu durante a noite. ",
    "it": "L'incidente è avvenuto durante la notte. ",
    "hi": "हादसा देर रात हुआ। ",
}


def _reported(text: str, language: str) -> list[tuple[str | None, str]]:
    found = QuoteRule()(Document.from_text(text, language=language))
    return [(q.speaker, q.content.text) for q in found if q.kind == "indirect"]


# (language, sentence, speaker as written, content)
_SUBJECT = [
    ("cs", "Policie uvedla, že pachatel utekl z místa činu autem.", "Policie",
     "pachatel utekl z místa činu autem"),
    ("cs", "Hasiči uvedli, že oheň zničil celou střechu skladu.", "Hasiči",
     "oheň zničil celou střechu skladu"),
    ("cs", "Ministerstvo oznámilo, že nová pravidla začnou platit v březnu.", "Ministerstvo",
     "nová pravidla začnou platit v březnu"),
    ("cs", "Policie ve středu uvedla, že řidič nadýchal dvě promile.", "Policie",
     "řidič nadýchal dvě promile"),
    ("fr", "La police a indiqué que le conducteur avait pris la fuite à pied.", "La police",
     "le conducteur avait pris la fuite à pied"),
    ("es", "La Policía informó que el conductor huyó a pie tras el choque.", "La Policía",
     "el conductor huyó a pie tras el choque"),
    ("es", "La Guardia Civil informó de que la carretera seguirá cortada.", "La Guardia Civil",
     "la carretera seguirá cortada"),
    ("de", "Die Polizei teilte mit, dass der Fahrer zu Fuß geflüchtet sei.", "Die Polizei",
     "der Fahrer zu Fuß geflüchtet sei"),
    ("pt", "A polícia informou que o motorista fugiu a pé depois da batida.", "A polícia",
     "o motorista fugiu a pé depois da batida"),
    ("pt", "Os bombeiros disseram que as chamas atingiram três casas.", "Os bombeiros",
     "as chamas atingiram três casas"),
    ("it", "La polizia ha riferito che il conducente è fuggito a piedi.", "La polizia",
     "il conducente è fuggito a piedi"),
    ("hi", "पुलिस ने बताया कि चालक हादसे के बाद पैदल भाग गया।", "पुलिस",
     "चालक हादसे के बाद पैदल भाग गया"),
]  # fmt: skip


@pytest.mark.parametrize(("language", "sentence", "speaker", "content"), _SUBJECT)
@pytest.mark.parametrize("lead", [False, True])
def test_a_body_as_the_subject_of_a_speech_verb_is_the_speaker(
    language: str, sentence: str, speaker: str, content: str, lead: bool
) -> None:
    text = "Titulek\n\n" + (_LEAD[language] if lead else "") + sentence + "\n"
    assert (speaker, content) in _reported(text, language)


# according-to cues whose source is a body; the content is the clause the cue reports
_ACCORDING = [
    ("cs", "Podle policie řidič při nehodě nikoho nezranil.", "policie",
     "řidič při nehodě nikoho nezranil"),
    ("cs", "Podle policie, řidič při nehodě nikoho nezranil.", "policie",
     "řidič při nehodě nikoho nezranil"),
    ("cs", "Podle hasičů oheň zničil celou střechu skladu.", "hasičů",
     "oheň zničil celou střechu skladu"),
    ("cs", "Dle ministerstva nová pravidla začnou platit v březnu.", "ministerstva",
     "nová pravidla začnou platit v březnu"),
    ("cs", "Podle soudu obžalovaný jednal s rozmyslem.", "soudu", "obžalovaný jednal s rozmyslem"),
    ("fr", "Selon la police, le conducteur a pris la fuite à pied.", "la police",
     "le conducteur a pris la fuite à pied"),
    ("es", "Según la policía, el conductor huyó a pie tras el choque.", "la policía",
     "el conductor huyó a pie tras el choque"),
    ("de", "Laut Polizei ist der Fahrer zu Fuß geflüchtet.", "Polizei",
     "ist der Fahrer zu Fuß geflüchtet"),
    ("pt", "Segundo a polícia, o motorista fugiu a pé depois da batida.", "a polícia",
     "o motorista fugiu a pé depois da batida"),
    ("it", "Secondo la polizia, il conducente è fuggito a piedi.", "la polizia",
     "il conducente è fuggito a piedi"),
    ("hi", "पुलिस के मुताबिक चालक हादसे के बाद पैदल भाग गया।", "पुलिस",
     "चालक हादसे के बाद पैदल भाग गया"),
]  # fmt: skip


@pytest.mark.parametrize(("language", "sentence", "speaker", "content"), _ACCORDING)
def test_an_according_to_body_is_the_speaker(
    language: str, sentence: str, speaker: str, content: str
) -> None:
    text = "Titulek\n\n" + _LEAD[language] + sentence + "\n"
    assert (speaker, content) in _reported(text, language)


@pytest.mark.parametrize(
    ("language", "sentence", "speaker"),
    [
        ("cs", "Řidič podle policie při nehodě nikoho nezranil.", "policie"),
        ("de", "Der Fahrer ist laut Polizei zu Fuß geflüchtet.", "Polizei"),
    ],
)
def test_an_according_to_cue_inside_its_clause_reports_the_whole_sentence(
    language: str, sentence: str, speaker: str
) -> None:
    # no comma sets the cue off: what the body says is the sentence, not the words after it
    assert _reported("Titulek\n\n" + sentence + "\n", language) == [(speaker, sentence[:-1])]


def test_a_cue_with_nothing_after_its_source_does_not_take_the_sentence() -> None:
    # "sans l'avis de la commission" ends the sentence: no clause is set around it
    text = "Titulek\n\nLe service pourra agir seul, sans attendre selon la commission.\n"
    assert all(content != text.split("\n")[2][:-1] for _, content in _reported(text, "fr"))


def test_a_body_after_a_trailing_cue_is_the_speaker_in_czech() -> None:
    text = "Titulek\n\nŘidič při nehodě nikoho nezranil, uvedla policie.\n"
    assert _reported(text, "cs") == [("policie", "Řidič při nehodě nikoho nezranil")]


def test_a_german_body_in_the_dative_ends_at_its_noun() -> None:
    # "laut der Polizei ist der Fahrer …": the source is the body, not the words after it
    text = "Titulek\n\nLaut der Polizei ist der Fahrer zu Fuß geflüchtet.\n"
    assert [speaker for speaker, _ in _reported(text, "de")] == ["der Polizei"]


def test_a_body_table_word_inside_a_longer_french_source_keeps_the_source_whole() -> None:
    # Romance adjectives follow the noun: "le rapport annuel du comité" is one source
    text = "Titulek\n\nSelon le rapport annuel du comité, les loyers ont encore augmenté.\n"
    assert [speaker for speaker, _ in _reported(text, "fr")] == ["le rapport annuel du comité"]


def test_a_lower_case_czech_noun_that_is_no_body_is_no_speaker() -> None:
    # "Podle plánu …" (according to the plan): no body the tables list, no person either
    text = "Titulek\n\nPodle plánu se stavba dokončí v květnu příštího roku.\n"
    assert all(speaker is None or speaker != "plánu" for speaker, _ in _reported(text, "cs"))


def test_a_german_document_named_nowhere_is_no_speaker() -> None:
    # a statement reports without being anyone (ANNOTATION.md: unnamed sources are null); its
    # capitalised noun would otherwise read as a name
    text = "Titulek\n\nVerbände und Vereine unterstützen laut der Mitteilung den neuen Plan.\n"
    found = _reported(text, "de")
    assert found == [(None, "Verbände und Vereine unterstützen laut der Mitteilung den neuen Plan")]
