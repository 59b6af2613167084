"""Speakers beyond English, round seven: adverbs and "for their part" asides between a speech
verb and its subject, a surname cut to its initial, a preposition's object or the noun a
quotation completes read as no subject, a titled name after an article, a bare role after the
article has moved on to its protagonist, and Hindi court descriptions.

Every sentence is invented, in the shapes of real articles. Each test forces the language, so it
checks attribution, not detection.
"""

from __future__ import annotations

import pytest

from newsparse import Document, QuoteRule


def _quotes(text: str, language: str) -> list[tuple[str, str | None, str]]:
    found = QuoteRule()(Document.from_text(text, language=language))
    return [(q.kind, q.speaker, q.content.text) for q in found if q.kind != "scare"]


def _speaker_of(text: str, language: str, content_start: str, kind: str = "direct") -> str | None:
    found = [s for k, s, c in _quotes(text, language) if k == kind and c.startswith(content_start)]
    assert len(found) == 1, _quotes(text, language)
    return found[0]


# -- adverbs and asides between the verb and its subject ---------------------------------------

_BETWEEN = [
    (
        "fr",
        "Le chantier a pris du retard.\n« Nous avons tout essayé », rappelle ainsi Claire Vautrin, "
        "directrice du centre.",
        "Nous avons",
        "Claire Vautrin",
    ),
    (
        "fr",
        "Le projet divise.\n« Les chiffres sont bons », résume quant à elle Sophie Maréchal, économiste.",
        "Les chiffres",
        "Sophie Maréchal",
    ),
    (
        "fr",
        "La frappe a visé un quartier dense.\n« Nous avions prévenu les habitants », s'est défendu "
        "mercredi le porte-parole Marc Lenoir.",
        "Nous avions",
        "Marc Lenoir",
    ),
    (
        "es",
        "La obra sigue parada.\n“No hay fondos”, afirmó por su parte el concejal Andrés Quiroga.",
        "No hay",
        "Andrés Quiroga",
    ),
    (
        "it",
        "Il cantiere è fermo.\n«Mancano i fondi», ha spiegato poi il sindaco Piero Lanzi.",
        "Mancano",
        "Piero Lanzi",
    ),
]


@pytest.mark.parametrize(
    ("language", "text", "start", "speaker"),
    _BETWEEN,
    ids=["ainsi", "quant-a-elle", "weekday", "por-su-parte", "poi"],
)
def test_an_adverb_or_aside_between_verb_and_subject(
    language: str, text: str, start: str, speaker: str
) -> None:
    assert _speaker_of(text, language, start) == speaker


def test_an_aside_before_the_verb_repeats_the_subject() -> None:
    # "quant à lui" is no pronoun to resolve: the sentence's subject speaks
    text = (
        "La Grèce a rappelé son ambassadeur. Le ministre des Finances, Paul Marchand, s'était quant à "
        "lui dit « très inquiet de la situation »."
    )
    assert _speaker_of(text, "fr", "très inquiet") == "Paul Marchand"


# -- a surname cut to its initial -----------------------------------------------------------------


def test_a_surname_cut_to_its_initial_is_a_person_a_pronoun_stands_for() -> None:
    text = (
        "Le prévenu, Karim B., a comparu jeudi devant le tribunal de Nantes.\n"
        "Pour lui, ce message n'était « qu'une citation sortie de son contexte ». Il dit avoir "
        "« toujours condamné la violence »."
    )
    assert _speaker_of(text, "fr", "qu'une citation") == "Karim B."
    assert _speaker_of(text, "fr", "toujours condamné") == "Karim B."


def test_an_initial_before_a_surname_does_not_end_the_name() -> None:
    # "Jean F. Roux": the initial is a middle one, the name runs on; no "Jean F." person
    text = "« Rien n'est décidé », a déclaré Jean F. Roux, le président du club."
    assert _speaker_of(text, "fr", "Rien n'est") != "Jean F."


# -- no subject after the verb ---------------------------------------------------------------------


def test_a_prepositions_object_is_no_subject() -> None:
    text = (
        "Por su parte, Luis Pérez Gutiérrez, candidato del movimiento, propuso crear un banco rural.\n"
        "“Yo me propongo construir diez mil kilómetros de vías”, dijo al auditorio estudiantil."
    )
    assert _speaker_of(text, "es", "Yo me propongo") == "Luis Pérez Gutiérrez"


def test_the_noun_a_quotation_completes_is_no_subject() -> None:
    text = (
        "L'agence, par la voix de sa directrice, Hélène Carvalho, avait déploré une nouvelle "
        "« catastrophe » dans une région où « les secours n'arrivent plus »."
    )
    assert _speaker_of(text, "fr", "catastrophe") == "Hélène Carvalho"


def test_a_capitalised_name_after_a_contraction_still_speaks() -> None:
    # "Al Jazeera" opens with the letters of a contraction but is a name
    text = "Secondo Al Jazeera, il governo ha richiamato il suo ambasciatore."
    assert _speaker_of(text, "it", "il governo", kind="indirect") == "Al Jazeera"


# -- a titled name after an article; a sentence adverb -------------------------------------------


def test_a_titled_name_after_an_article_and_a_sentence_adverb() -> None:
    text = (
        "Concernant le sucre, Francisca Joly-Gomez est plus nuancée : « il faut en manger peu ». "
        "Enfin, la professionnelle rappelle qu'une alimentation trop grasse fatigue le foie.\n"
        "« Dans beaucoup de cas, la flore est déséquilibrée », indique la Pr Joly-Gomez."
    )
    assert _speaker_of(text, "fr", "Dans beaucoup") == "Francisca Joly-Gomez"
    assert "Enfin" not in {s for _, s, _ in _quotes(text, "fr")}


# -- roles --------------------------------------------------------------------------------------------


def test_a_role_with_its_elided_article_stands_for_its_holder() -> None:
    text = (
        "Le rabbin de la synagogue de Nîmes (Gard), Samuel Kahn, a été entendu lundi.\n"
        "« Une erreur de traduction », plaide l'imam Yacine Hadj, cité comme témoin. Plus tard, "
        "« c'est un malentendu », a répété le rabbin."
    )
    assert _speaker_of(text, "fr", "c'est un malentendu") == "Samuel Kahn"


_PROTAGONIST = (
    "O pré-candidato ao Senado é o senador Alexandre Tavares (Podemos), que tenta a reeleição.\n"
    'Rodrigo Prates se movimentou nesta semana. Prates disse que "o diálogo continua". Prates '
    "recebeu aliados e Prates conversou com ministros. A movimentação de Prates começou no domingo.\n"
    'O senador criticou os pedidos de intervenção, que chamou de "manifestações ilegítimas".'
)


def test_a_bare_role_stands_for_the_protagonist_the_article_went_on_to() -> None:
    assert _speaker_of(_PROTAGONIST, "pt", "manifestações ilegítimas") == "Rodrigo Prates"


def test_the_protagonist_is_the_most_named_person_since_the_holder() -> None:
    # a person named once in passing right before the role ("ao presidente Jair Moura") is not it
    text = _PROTAGONIST.replace(
        "começou no domingo.", "começou no domingo, após atos em apoio ao presidente Jair Moura."
    )
    assert _speaker_of(text, "pt", "manifestações ilegítimas") == "Rodrigo Prates"


def test_a_role_with_a_complement_stays_its_holders() -> None:
    text = _PROTAGONIST.replace("O senador criticou", "O senador do Podemos criticou")
    assert _speaker_of(text, "pt", "manifestações ilegítimas") == "Alexandre Tavares"


def test_a_bare_role_stays_its_holders_when_named_after_the_protagonist() -> None:
    text = _PROTAGONIST.replace(
        "O senador criticou",
        "Na terça, o senador Alexandre Tavares voltou ao plenário. O senador criticou",
    )
    assert _speaker_of(text, "pt", "manifestações ilegítimas") == "Alexandre Tavares"


# -- Hindi courts ----------------------------------------------------------------------------------


def test_a_hindi_court_description_stands_for_the_court_named() -> None:
    text = (
        "नई दिल्ली। सुप्रीम कोर्ट ने सोमवार को जमीन विवाद पर सुनवाई की। "
        "शीर्ष अदालत ने कहा कि सभी पक्षों को नोटिस भेजा जाए।"
    )
    assert _speaker_of(text, "hi", "सभी पक्षों", kind="indirect") == "सुप्रीम कोर्ट"


def test_a_hindi_court_description_with_no_court_named_stays_as_written() -> None:
    text = "नई दिल्ली। अदालत ने कहा कि सभी पक्षों को नोटिस भेजा जाए।"
    assert _speaker_of(text, "hi", "सभी पक्षों", kind="indirect") != "सुप्रीम कोर्ट"


# -- a second speech verb joined to the first ------------------------------------------------------

_COORDINATED = [
    (
        "pt",
        "O senador Rodrigo Prates reiterou que a cassação de mandato é uma competência do Congresso e "
        "ponderou não se tratar de uma crítica ao tribunal.",
        ("a cassação de mandato é uma competência do Congresso", "não se tratar de uma crítica ao tribunal"),
    ),
    (
        "pt",
        "O ministro Paulo Lima afirmou que o indulto não pode ser revogado por uma emenda, mas defendeu que "
        "sejam criados novos critérios.",
        ("o indulto não pode ser revogado por uma emenda", "sejam criados novos critérios"),
    ),
    (
        "es",
        "La alcaldesa Marta Ruiz aseguró que el presupuesto está cerrado, pero aclaró que habrá ajustes en "
        "marzo.",
        ("el presupuesto está cerrado", "habrá ajustes en marzo"),
    ),
]


@pytest.mark.parametrize(("language", "text", "contents"), _COORDINATED, ids=["pt-e", "pt-mas", "es-pero"])
def test_a_second_speech_verb_reports_the_same_speaker_apart(
    language: str, text: str, contents: tuple[str, str]
) -> None:
    found = [(s, c) for k, s, c in _quotes(text, language) if k == "indirect"]
    assert [c for _, c in found] == list(contents)
    assert found[0][0] == found[1][0] is not None


def test_a_coordinated_clause_with_no_speech_verb_stays_in_the_clause() -> None:
    text = "O ministro Paulo Lima afirmou que o indulto não pode ser revogado e que os critérios ficam."
    found = [c for k, _, c in _quotes(text, "pt") if k == "indirect"]
    assert len(found) == 1 and found[0].endswith("os critérios ficam"), found


@pytest.mark.parametrize(
    ("language", "text", "speaker"),
    [
        (
            "it",
            "Il conduttore, Marco Pellini, introduce l’argomento con un articolo.\n\nIl conduttore, con "
            "enfasi, sostiene che questa dichiarazione sia in qualche modo «assurda».",
            "Marco Pellini",
        ),
        (
            "es",
            "La psicóloga Elena Varela atiende a las familias desde marzo.\n\nLa psicóloga, con calma, "
            "explicó que los niños necesitan rutinas estables en casa.",
            "Elena Varela",
        ),
    ],
    ids=["it-conduttore", "es-psicologa"],
)
def test_a_profession_said_again_is_its_holder(language: str, text: str, speaker: str) -> None:
    assert {s for k, s, _ in _quotes(text, language) if k == "indirect"} == {speaker}


# -- a clause of narration around a quoted fragment ------------------------------------------------


@pytest.mark.parametrize(
    ("language", "text", "clause", "speaker"),
    [
        (
            "de",
            "Die Reform sei „ein teurer Fehler“, sagte die Ministerin Anna Berg.",
            "Die Reform sei „ein teurer Fehler“",
            "Anna Berg",
        ),
        (
            "fr",
            "Le maire Paul Girard a visité le chantier. Le projet reste « un gouffre financier », a dit Paul Girard.",
            "Le projet reste « un gouffre financier »",
            "Paul Girard",
        ),
    ],
    ids=["de", "fr"],
)
def test_the_clause_around_a_fragment_is_reported_too(
    language: str, text: str, clause: str, speaker: str
) -> None:
    found = _quotes(text, language)
    assert ("indirect", speaker, clause) in found
    assert [k for k, _, _ in found].count("direct") == 1


def test_a_clause_in_marks_after_an_adjunct_is_no_fragment() -> None:
    text = "En plus de rassasier, « les fibres nourrissent les bactéries », précise la Pr Joly-Gomez."
    assert [k for k, _, _ in _quotes(text, "fr")] == ["direct"]


def test_a_quotation_after_a_colon_is_no_fragment_of_a_clause() -> None:
    text = "Le ministre a tranché : « le projet est abandonné », a dit Paul Girard."
    assert "indirect" not in {k for k, _, _ in _quotes(text, "fr")}


def test_a_long_source_ending_in_a_name_set_inside_the_sentence_reports_it_whole() -> None:
    text = "La casa, secondo la celebre massima dell'urbanista olandese Pieter Van Loon, deve servire chi la abita."
    found = [(s, c) for k, s, c in _quotes(text, "it") if k == "indirect"]
    assert found == [("Pieter Van Loon", text[:-1])]


def test_an_infinitive_right_after_the_cue_opens_the_clause_and_a_relative_takes_its_antecedent() -> None:
    text = (
        "L'imam de la mosquée de Lunel, Karim Haddad, a été entendu lundi. « Une erreur », plaide "
        "l'imam, qui jure avoir voulu retirer son message « dès qu'il a compris le malentendu »."
    )
    found = [(s, c) for k, s, c in _quotes(text, "fr") if k == "indirect"]
    assert found == [
        ("Karim Haddad", "avoir voulu retirer son message « dès qu'il a compris le malentendu »")
    ]


@pytest.mark.parametrize(
    ("language", "text", "clause"),
    [
        (
            "es",
            "El exalcalde Tomás Rivas aseguró que “la acusación es falsa y ridícula”.",
            "“la acusación es falsa y ridícula”",
        ),
        (
            "pt",
            'A senadora Lúcia Prado destacou que "o acordo não representa o país".',
            '"o acordo não representa o país"',
        ),
    ],
    ids=["es", "pt"],
)
def test_a_quotation_that_is_the_whole_complement_is_reported_too(
    language: str, text: str, clause: str
) -> None:
    found = _quotes(text, language)
    speakers = {s for _, s, _ in found}
    assert [(k, c) for k, _, c in found if k == "indirect"] == [("indirect", clause)]
    assert len(speakers) == 1 and None not in speakers


def test_a_relative_clause_between_subject_and_verb_before_a_quoted_paragraph() -> None:
    text = (
        "“Os autores procuravam o cunhado da vítima”, disse a Polícia Civil ao jornal.\n"
        "O menino participou de um programa de talentos em 2018.\n"
        "Felipe Neto, que conheceu o menino, escreveu, ao postar foto com o menino:\n"
        "“Pernambuco está terrível. Muita força para a família. Era um menino especial”."
    )
    assert _speaker_of(text, "pt", "Pernambuco") == "Felipe Neto"
    assert not any(c.startswith("Felipe Neto") for _, _, c in _quotes(text, "pt"))
