"""Speakers of quotations in other languages, round eight (#11): reading phrases and documents.

Every article here is invented, in the shapes real reports use: a quotation followed by an
impersonal reading phrase that names where the words stand (``« … », peut-on lire dans Le
Monde``, ``„…“, hieß es in der Mitteilung des Verbands``, ``«…», si legge nella nota della
Regione``), and a document of a named body as the speaker (``diz o comunicado do tribunal``),
whose speaker is that body, spelt out where the article spells out its acronym.
"""

from __future__ import annotations

import pytest

import newsparse
from newsparse.lang import get_language
from newsparse.rules.quotes.languages.cues import ACCORDING, language_cues


def _quotes(text: str, language: str) -> list[tuple[str, str, str | None]]:
    article = newsparse.parse(text, language=language)
    return [(q.kind, q.content.text, q.speaker) for q in article.quotes]


def _speaker_of(text: str, language: str, opening: str) -> str | None:
    found = [
        s for kind, content, s in _quotes(text, language) if kind == "direct" and content.startswith(opening)
    ]
    assert len(found) == 1, _quotes(text, language)
    return found[0]


READING = [
    pytest.param(
        "fr",
        "Le conseil régional a voté mardi un budget en hausse pour les lycées de la région.\n\n"
        "« Les crédits consacrés aux lycées augmentent de douze pour cent », peut-on lire dans "
        "Ouest-Matin. Le président de région n’a pas commenté.",
        "Les crédits",
        "Ouest-Matin",
        id="fr-peut-on-lire-dans",
    ),
    pytest.param(
        "de",
        "Der Bayerische Schwimmverband (BSV) hat am Dienstag seine Jahreszahlen vorgestellt. Die "
        "Zahl der Vereine ist leicht gesunken.\n\n"
        '"Wir rechnen im kommenden Jahr wieder mit mehr Mitgliedern", hieß es in der Mitteilung '
        "des BSV. Weitere Angaben machte der Verband nicht.",
        "Wir rechnen",
        "Bayerische Schwimmverband",
        id="de-hiess-es-in-der-mitteilung-des",
    ),
    pytest.param(
        "it",
        "La giunta ha approvato lunedì il piano per la manutenzione delle scuole medie.\n\n"
        "«I lavori partiranno entro la fine di settembre», si legge nella nota della Provincia "
        "di Brenta. Il consiglio ne discuterà giovedì.",
        "I lavori",
        "Provincia di Brenta",
        id="it-si-legge-nella-nota-della",
    ),
    pytest.param(
        "es",
        "El Gobierno provincial aprobó el martes el nuevo plan de vivienda para los barrios del sur.\n\n"
        "“El plan llegará a cuatro mil familias este año”, se lee en el comunicado del Instituto "
        "de Vivienda Social. No se dieron más detalles.",
        "El plan",
        "Instituto de Vivienda Social",
        id="es-se-lee-en-el-comunicado-del",
    ),
    pytest.param(
        "pt",
        "O governo estadual aprovou nesta segunda-feira o plano de obras para as escolas rurais.\n\n"
        '"As obras começam em setembro e terminam em março", lê-se na nota da Secretaria de '
        "Educação. O secretário não deu entrevista.",
        "As obras",
        "Secretaria de Educação",
        id="pt-le-se-na-nota-da",
    ),
    pytest.param(
        "cs",
        "Energetická společnost Dukla Energo v pondělí zvýšila ceny elektřiny od ledna.\n\n"
        "„Zvýšení cen je nutné kvůli růstu nákladů na nákup energie,“ stojí v prohlášení DUKE. "
        "Podle analytiků jde o očekávaný krok.",
        "Zvýšení cen",
        "DUKE",
        id="cs-stoji-v-prohlaseni-owner-without-joiner",
    ),
]


@pytest.mark.parametrize(("language", "text", "opening", "speaker"), READING)
def test_reading_phrase_names_the_source(language: str, text: str, opening: str, speaker: str) -> None:
    assert _speaker_of(text, language, opening) == speaker


def test_reading_phrase_makes_no_reported_speech() -> None:
    # the clause around a quoted fragment before a reading phrase is narration, not what the
    # paper said: the fragment alone is listed
    text = (
        "Le parquet a ouvert une enquête préliminaire en mars dernier.\n\n"
        "Le conseiller est soupçonné de « prise illégale d’intérêts dans trois marchés publics », "
        "peut-on lire dans Ouest-Matin. Il conteste les faits."
    )
    quotes = _quotes(text, "fr")
    assert [k for k, _, _ in quotes] == ["direct"]
    assert quotes[0][2] == "Ouest-Matin"


def test_document_of_nobody_named_is_no_body() -> None:
    # "lê-se na nota" with nobody named after the document: no body to name, no person either
    text = (
        "O governo estadual aprovou nesta segunda-feira o plano de obras para as escolas rurais, "
        "disse o governador Paulo Viana.\n\n"
        '"As obras começam em setembro e terminam em março", lê-se na nota divulgada ontem. '
        "O secretário não deu entrevista."
    )
    speaker = _speaker_of(text, "pt", "As obras")
    assert speaker is None or speaker[:1].islower()


DOCUMENTS = [
    pytest.param(
        "pt",
        "O ministro se reuniu nesta terça com o presidente do Tribunal Regional Eleitoral (TRE) em "
        "Belém.\n\n"
        '"O encontro tratou da segurança das urnas nas eleições de outubro", diz o comunicado do TRE. '
        "A reunião durou uma hora.",
        "O encontro",
        "Tribunal Regional Eleitoral",
        id="pt-diz-o-comunicado-do-acronym",
    ),
    pytest.param(
        "es",
        "La empresa anunció el cierre de dos plantas en la provincia durante el próximo año.\n\n"
        "“Los trabajadores serán reubicados en otras sedes”, indicó el comunicado de Lácteos "
        "Serranos. Los sindicatos rechazaron la medida.",
        "Los trabajadores",
        "Lácteos Serranos",
        id="es-comunicado-de-named-company",
    ),
]


@pytest.mark.parametrize(("language", "text", "opening", "speaker"), DOCUMENTS)
def test_document_of_a_named_body_is_that_body(language: str, text: str, opening: str, speaker: str) -> None:
    assert _speaker_of(text, language, opening) == speaker


@pytest.mark.parametrize("code", ["fr", "de", "es", "it", "pt", "cs"])
def test_reading_cues_are_according_cues(code: str) -> None:
    tables = get_language(code)
    lc = language_cues(tables)
    assert tables.reading_cues, code
    for cue in tables.reading_cues:
        assert lc.kinds[" ".join(cue.split())] == ACCORDING
        assert " ".join(cue.split()) in lc.reading


LABELS = [
    pytest.param(
        "Trainer Markus Feldhaus hat einen langen Winter hinter sich. „Es war anstrengend wie nie“, "
        "sagt Feldhaus nach dem Training.\n\n"
        "Kurzes Fazit: „Ich brauche jetzt ein paar Tage Urlaub. Das ist einfach so.“",
        "Ich brauche",
        "Markus Feldhaus",
        id="label-goes-on-with-the-speaker",
    ),
    pytest.param(
        "Die Saison ist vorbei, die Bilanz fällt gemischt aus.\n\n"
        "Jonas Riedl: „Wir reden nach der Saison über alles.“ Riedl ging danach in die Kabine.",
        "Wir reden",
        "Jonas Riedl",
        id="name-before-colon-stays",
    ),
]


@pytest.mark.parametrize(("text", "opening", "speaker"), LABELS)
def test_german_colon_label_is_no_name(text: str, opening: str, speaker: str) -> None:
    # where every noun is capitalised, "Kurzes Fazit:" is a label, not a person's name
    assert _speaker_of(text, "de", opening) == speaker


ROLES = [
    pytest.param(
        "de",
        "Das Pokalfinale ging knapp verloren. „Wir haben gut gespielt, aber am Ende fehlte das "
        "Glück“, sagt Sabine Kortmann. „Die Mannschaft hat alles gegeben. Ich bin stolz auf jede "
        "Einzelne“, so die Dresdner Sportdirektorin nach dem Spiel.",
        "Die Mannschaft",
        "Sabine Kortmann",
        id="de-adjective-and-compound-title-is-a-role",
    ),
    pytest.param(
        "es",
        "La interna del oficialismo sumó otro capítulo. Es la primera vez que Rodrigo Salvatierra "
        "responde de manera tan directa a las críticas de su socia Marta Ibáñez.\n\n"
        "“Nadie es dueño del Gobierno. El Gobierno es del pueblo”, remarcó el Presidente desde Córdoba.",
        "Nadie es",
        "Rodrigo Salvatierra",
        id="es-capitalised-role-and-its-article-gender",
    ),
    pytest.param(
        "fr",
        "Barbu, le cheveu ras, Karim B., depuis le box des prévenus, se défend avec vigueur. « Je "
        "n'ai jamais appelé à la violence », affirme ce père de trois enfants, qui a exercé dans "
        "deux mosquées.",
        "Je n'ai",
        "Karim B.",
        id="fr-demonstrative-epithet",
    ),
]


@pytest.mark.parametrize(("language", "text", "opening", "speaker"), ROLES)
def test_role_goes_on_with_the_person(language: str, text: str, opening: str, speaker: str) -> None:
    assert _speaker_of(text, language, opening) == speaker


def test_demonstrative_body_is_no_person() -> None:
    # "cette association" is a body: never the person named last
    text = (
        "Karim B. a quitté la salle sans un mot. « Nous ferons appel de cette décision », a "
        "déclaré cette association dans un communiqué."
    )
    assert _speaker_of(text, "fr", "Nous ferons") != "Karim B."


def test_profession_as_a_source_with_nobody_named_is_unnamed() -> None:
    # "segundo o legista": no coroner is named; the person named last did not examine anyone
    text = (
        "A adolescente Carla Mendes Souza desapareceu na madrugada de sábado, depois de sair de um "
        "bar no centro da cidade.\n\n"
        "Segundo o legista, o corpo foi levado pela chuva até o local onde foi encontrado."
    )
    reported = [s for k, _, s in _quotes(text, "pt") if k == "indirect"]
    assert len(reported) == 1
    assert reported[0] is None or reported[0][:1].islower()


def test_indefinite_source_is_not_the_person_named_after_it() -> None:
    # "a ajouté un ténor de la droite sur … Paul Ravel": an unnamed source; the name closing
    # the clause is whom the words are about
    text = (
        "Paul Ravel a longtemps dirigé le parti dans la région.\n\n"
        "« Il a toujours su se rendre indispensable », a ajouté un ténor de la droite sur "
        "l'influence qu'a pu obtenir Paul Ravel."
    )
    speaker = _speaker_of(text, "fr", "Il a toujours")
    assert speaker != "Paul Ravel"
    assert speaker is None or speaker.startswith("un ")


def test_document_of_a_common_noun_opens_no_source_phrase() -> None:
    # "segundo comunicado do dono do bar": where the source ends is not known; the clause
    # after it is not reported from a document called "comunicado"
    text = (
        "O lutador foi atacado na saída de um restaurante na madrugada de domingo. Segundo "
        "comunicado do dono do bar, localizado no centro da cidade, a briga começou do lado de fora."
    )
    speakers = [s for _, _, s in _quotes(text, "pt")]
    assert "comunicado" not in speakers


@pytest.mark.parametrize(
    ("language", "text", "opening", "speaker"),
    [
        pytest.param(
            "es",
            "El ejército israelí (FDI) anunció nuevas operaciones en el norte de la franja durante "
            "la noche.\n\n“Seguiremos actuando contra los objetivos terroristas”, afirmó el ejército "
            "israelí en un comunicado.",
            "Seguiremos",
            "FDI",
            id="es-defined-before",
        ),
        pytest.param(
            "it",
            "La giornata è stata lunga nel sud del paese.\n\nL'esercito israeliano afferma di aver "
            "colpito «una cellula armata che preparava un attacco».\n\n"
            "Gli indirizzi di alti ufficiali dell'esercito israeliano (Idf) erano noti al gruppo.",
            "una cellula",
            "Idf",
            id="it-defined-after",
        ),
    ],
)
def test_description_the_article_defines_by_an_acronym(
    language: str, text: str, opening: str, speaker: str
) -> None:
    assert _speaker_of(text, language, opening) == speaker
