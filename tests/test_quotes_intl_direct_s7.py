"""Direct quotes in other languages, round seven (#11): shapes from the opened blind sets.

Every article here is invented, written in shapes found in real French, Spanish, German,
Portuguese and Italian reports: a quotation set as a block below a paragraph that ends with a
colon and names whose words follow (the scrape lost the block's marks). Negatives sit beside
each shape: the mechanism must not fire where the shape is absent.
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


_IT_BLOCK = (
    "Il virologo Marco Ferri ha risposto alle domande dei lettori sul suo sito.\n\n"
    "Nella parte finale del testo scrive:\n\n"
    "Non esiste alcuna prova che un filtro di stoffa trattenga l'aria che espiriamo. Chi lo "
    "sostiene confonde due cose diverse e spaventa le persone senza motivo.\n\n"
    "Il testo è stato condiviso migliaia di volte."
)

BLOCKS = [
    pytest.param(
        "it",
        _IT_BLOCK,
        [
            "Non esiste alcuna prova che un filtro di stoffa trattenga l'aria che espiriamo. Chi lo "
            "sostiene confonde due cose diverse e spaventa le persone senza motivo."
        ],
        id="it-block-after-writing-verb",
    ),
    pytest.param(
        "it",
        "Sul tema è intervenuta anche la Fondazione Corsi. Ecco le parole di Anna Landi:\n\n"
        "Le regole valgono per tutti, e lo ripeteremo finché serve. Nessuno deve sentirsi escluso "
        "dalle cure.\n\nLa fondazione ha sede a Pavia.",
        [
            "Le regole valgono per tutti, e lo ripeteremo finché serve. Nessuno deve sentirsi "
            "escluso dalle cure."
        ],
        id="it-block-words-of",
    ),
    pytest.param(
        "fr",
        "Le maire de Vierzon, Paul Garnier, a réagi dans la soirée. Sur son blog, il écrit :\n"
        "Nous ne laisserons pas fermer la maternité sans nous battre. Les familles de toute la "
        "vallée en dépendent, et l'État le sait très bien.\n"
        "La décision sera connue en mars.",
        [
            "Nous ne laisserons pas fermer la maternité sans nous battre. Les familles de toute la "
            "vallée en dépendent, et l'État le sait très bien."
        ],
        id="fr-block-after-cue",
    ),
    pytest.param(
        "de",
        "Die Bürgermeisterin Katrin Vogt hat sich am Abend geäußert. Auf ihrer Seite schreibt sie:\n"
        "Wir werden die Brücke nicht aufgeben. Die Menschen in beiden Ortsteilen brauchen sie jeden "
        "Tag, und das weiß auch das Land.\n"
        "Der Kreistag berät im Mai.",
        [
            "Wir werden die Brücke nicht aufgeben. Die Menschen in beiden Ortsteilen brauchen sie "
            "jeden Tag, und das weiß auch das Land."
        ],
        id="de-block-after-cue",
    ),
    # negatives: no intro words, a list below the colon, a document read out, a short line
    pytest.param(
        "it",
        "Il piano prevede tre misure principali:\n\n"
        "Le scuole resteranno aperte fino alle sedici e le mense saranno potenziate in tutta la "
        "provincia.\n\nIl consiglio voterà giovedì.",
        [],
        id="it-no-intro-words",
    ),
    pytest.param(
        "es",
        "El alcalde Luis Romero explicó las medidas:\n"
        "- Cierre de la plaza mayor durante todo el fin de semana por las obras del metro.\n"
        "- Refuerzo del transporte nocturno en las líneas que cruzan el centro.",
        [],
        id="es-list-below-cue",
    ),
    pytest.param(
        "it",
        "Nel documento pubblicato dall'istituto leggiamo:\n\n"
        "I dati raccolti nei primi tre mesi mostrano un aumento dei ricoveri in tutte le regioni "
        "del Nord, con picchi nelle province di confine.\n\nSeguiranno aggiornamenti.",
        [],
        id="it-document-read-out",
    ),
    pytest.param(
        "fr",
        "La ministre Claire Dumas a déclaré :\nUn seul mot.\nLa séance est levée.",
        [],
        id="fr-short-line-below-cue",
    ),
]


@pytest.mark.parametrize(("language", "text", "expected"), BLOCKS)
def test_block_quotation_after_colon(language: str, text: str, expected: list[str]) -> None:
    assert _direct(text, language) == expected


def test_block_speaker_is_the_intro_name() -> None:
    text = (
        "Sul tema è intervenuta anche la Fondazione Corsi. Ecco le parole di Anna Landi:\n\n"
        "Le regole valgono per tutti, e lo ripeteremo finché serve. Nessuno deve sentirsi escluso "
        "dalle cure.\n"
    )
    assert list(_speakers(text, "it").values()) == ["Anna Landi"]


def test_block_speaker_dropped_subject_is_the_last_named() -> None:
    assert list(_speakers(_IT_BLOCK, "it").values()) == ["Marco Ferri"]


def test_block_keeps_a_long_nested_passage_and_drops_a_scare_word() -> None:
    text = (
        "Il medico Paolo Neri ha commentato la circolare. Nel suo articolo scrive:\n\n"
        "La regione ha chiesto «l'uso delle protezioni in tutti i luoghi chiusi aperti al pubblico "
        "da lunedì» e non ha spiegato il perché. È un «errore» che pagheremo.\n\n"
        "La circolare resta in vigore."
    )
    found = _direct(text, "it")
    assert found[0].startswith("La regione ha chiesto")
    assert "l'uso delle protezioni in tutti i luoghi chiusi aperti al pubblico da lunedì" in found
    assert "errore" not in found


ATTRIBUTION = [
    # a gloss in brackets between the quotation and its cue
    pytest.param(
        "fr",
        "Le procès a repris dans l'après-midi. « Dura lex, sed lex » (la loi est dure, mais c'est la "
        "loi), lance l'avocate Claire Morel, qui réclame la relaxe.",
        {"Dura lex, sed lex": "Claire Morel"},
        id="fr-gloss-before-cue",
    ),
    # swearing and the imperfect as cues
    pytest.param(
        "fr",
        "Le porte-parole de l'armée, Marc Olier, a répondu aux critiques. « Nous faisons tout pour "
        "épargner les civils, jure Marc Olier, mais le terrain nous complique la tâche. »",
        {
            "Nous faisons tout pour épargner les civils": "Marc Olier",
            "mais le terrain nous complique la tâche.": "Marc Olier",
        },
        id="fr-incise-jure",
    ),
    pytest.param(
        "fr",
        "La Norvège a condamné l'attaque, quand le Danemark dénonçait un « nouveau carnage » dans la région.",
        {"nouveau carnage": "Danemark"},
        id="fr-imperfect-fragment",
    ),
]


@pytest.mark.parametrize(("language", "text", "expected"), ATTRIBUTION)
def test_attribution_shapes(language: str, text: str, expected: dict[str, str]) -> None:
    assert _speakers(text, language) == expected


def test_no_attribution_across_a_subordinate_clause() -> None:
    text = (
        "La Suède a réagi en condamnant « avec la plus grande fermeté les frappes sur le port », "
        "quand la Finlande dénonçait un « nouveau carnage »."
    )
    speakers = _speakers(text, "fr")
    assert speakers["nouveau carnage"] == "Finlande"
    assert speakers.get("avec la plus grande fermeté les frappes sur le port") != "Finlande"


MENTIONS = [
    pytest.param(
        "fr",
        "L'homme de 40 ans était poursuivi pour « provocation publique à la haine en raison de "
        "l'origine ou de la religion », selon le parquet.",
        id="fr-charge",
    ),
    pytest.param(
        "it",
        "Circola online un video con la scritta «le mascherine fanno ammalare i bambini» che non "
        "ha alcun fondamento.",
        id="it-inscription",
    ),
    pytest.param(
        "de",
        "Die Demonstranten trugen ein Schild mit der Aufschrift „Wir bleiben hier“ durch die Stadt.",
        id="de-inscription",
    ),
    pytest.param(
        "es",
        "El hombre fue detenido por un delito de «atentado contra la autoridad» en la plaza.",
        id="es-charge",
    ),
]


@pytest.mark.parametrize(("language", "text"), MENTIONS)
def test_inscriptions_and_charges_are_no_quotes(language: str, text: str) -> None:
    assert _direct(text, language) == []


def test_a_quote_after_a_lead_word_elsewhere_still_counts() -> None:
    text = (
        "Le maire, poursuivi pour diffamation, s'est défendu. « Je n'ai jamais menti à mes "
        "administrés », a-t-il déclaré mardi."
    )
    assert _direct(text, "fr") == ["Je n'ai jamais menti à mes administrés"]


@pytest.mark.parametrize(
    ("language", "text", "expected"),
    [
        pytest.param(
            "fr",
            "Mais pour Andrea Roux, avocate de l'association, l'homme n'est qu'un « vecteur de haine ».",
            {"vecteur de haine": "Andrea Roux"},
            id="fr-mais-pour",
        ),
        pytest.param(
            "es",
            "Pero para Lucía Gómez, portavoz del colectivo, la reforma es un «parche sin futuro».",
            {"parche sin futuro": "Lucía Gómez"},
            id="es-pero-para",
        ),
    ],
)
def test_opinion_preposition_after_a_conjunction(language: str, text: str, expected: dict[str, str]) -> None:
    assert _speakers(text, language) == expected


def test_opinion_word_inside_a_sentence_is_no_cue() -> None:
    text = "Il a voté, mais pour la première fois, le projet est un « échec » selon nous."
    assert "échec" not in _speakers(text, "fr") or _speakers(text, "fr")["échec"] is None


def test_incise_in_a_quotation_whose_closing_mark_was_lost() -> None:
    text = (
        "ORVIETO – Il consigliere Paolo Conti commenta la seduta di ieri.\n"
        "«Il silenzio della giunta, – afferma Conti – dopo le promesse di marzo, è il segno di una "
        "maggioranza che non sa più cosa dire ai cittadini.\n"
        "La seduta riprenderà lunedì."
    )
    assert _speakers(text, "it") == {
        "Il silenzio della giunta,": "Paolo Conti",
        "dopo le promesse di marzo, è il segno di una maggioranza che non sa più cosa dire ai cittadini.": (
            "Paolo Conti"
        ),
    }


def test_hindi_quotation_after_cue_and_comma_that_loses_its_closing_mark() -> None:
    text = (
        "मुख्यमंत्री सुनील वर्मा ने सोमवार को राज्य के लोगों को बधाई दी. उन्होंने सोशल मीडिया पर एक "
        "पोस्ट साझा करते हुए लिखा, “सभी को नए साल की शुभकामनाएं. यह साल सबके लिए खुशियां लेकर आए.\n"
        "इसके बाद वे एक कार्यक्रम में गए."
    )
    speakers = _speakers(text, "hi")
    assert speakers == {"सभी को नए साल की शुभकामनाएं. यह साल सबके लिए खुशियां लेकर आए.": "सुनील वर्मा"}


def test_unclosed_mark_mid_sentence_without_cue_is_dropped() -> None:
    text = "राज्य में “नई योजना की चर्चा पूरे दिन होती रही और लोग इंतजार करते रहे.\nशाम को बारिश हुई."
    assert _direct(text, "hi") == []


@pytest.mark.parametrize(
    ("language", "text"),
    [
        pytest.param(
            "pt",
            'A cineasta Ana Lopes, diretora de "Maré Alta" e "Cajueiro", defende um cinema mais plural.',
            id="pt-titles-in-a-list",
        ),
        pytest.param(
            "fr",
            "Le réalisateur, connu pour « Les Dunes » et « Marée basse », prépare un troisième film.",
            id="fr-titles-in-a-list",
        ),
        pytest.param(
            "pt",
            'O diretor adaptou o livro homônimo "Quando a chuva volta ao sertão", de Rita Paiva.',
            id="pt-namesake-work",
        ),
        pytest.param(
            "it",
            "Il regista ha portato sullo schermo il romanzo omonimo «La casa sul lago di ghiaccio».",
            id="it-namesake-work",
        ),
    ],
)
def test_names_of_works_are_no_quotes(language: str, text: str) -> None:
    assert _direct(text, language) == []


def test_a_quotation_after_a_title_is_still_speech() -> None:
    text = 'Ana Lopes dirigiu "Maré Alta". "Queremos contar nossas próprias histórias", diz a diretora.'
    assert _direct(text, "pt") == ["Queremos contar nossas próprias histórias"]


def test_quoted_opening_attributed_by_an_inversion_after_a_colon() -> None:
    text = (
        "“È del tutto falso” dire che il porto resterà chiuso tutto l'inverno: lo ha detto al "
        "programma Mattino Cinque di Rete 4 il sindaco di Ancona, Luca Ferri."
    )
    assert _speakers(text, "it") == {"È del tutto falso": "Luca Ferri"}


def test_inverted_speaker_after_an_adjunct_naming_a_paper() -> None:
    text = "«Il porto riaprirà a marzo», ha detto al quotidiano La Nuova Sera il sindaco Luca Ferri."
    assert _speakers(text, "it") == {"Il porto riaprirà a marzo": "Luca Ferri"}
