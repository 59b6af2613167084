"""Speakers beyond English, round eleven: a capitalised noun phrase joined by a particle
(``die Vergabe von Grundstücken``, ``la Escuela Superior del Magisterio``) or opened by an
institution's head noun is no person, so a pronoun or a role after it goes on with the person
the article named.

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


# -- a noun and its complement is no person -----------------------------------------------------

_NOUN_PHRASES = [
    (
        "de",
        "Bauministerin Petra Lohmann sieht den Wohnungsbau in der Krise. „Wir müssen schneller "
        "bauen“, sagte die SPD-Politikerin.\nFür den Herbst plant das Land ein neues "
        "Förderprogramm.\nZuletzt hatte die Bau- und Verkehrsministerin angeregt, großen Investoren "
        "die Vergabe von Grundstücken zu erschweren. „Wer hier baut, muss auch günstige Wohnungen "
        "anbieten“, hatte sie erklärt.",
        "Wer hier baut",
        "Petra Lohmann",
    ),
    (
        "es",
        "El informe presentado por Marta Ríos Vidal, rectora de la Escuela Superior del "
        "Magisterio, abrió el debate sobre la formación docente.\nLa Rectora recordó que fue creado "
        "un grupo de trabajo, “en cuyo seno se discuten cada mes los resultados”.",
        "en cuyo seno",
        "Marta Ríos Vidal",
    ),
    (
        "it",
        "La relazione di Paola Conti, direttrice della Scuola Superiore di Musica, ha aperto il "
        "dibattito.\nLa Direttrice ha ricordato che è nato un gruppo di lavoro, «che ogni mese "
        "presenta i risultati».",
        "che ogni mese",
        "Paola Conti",
    ),
    (
        "pt",
        "O relatório de Carla Nunes Prado, diretora da Escola Superior de Dança, abriu o debate.\n"
        "A Diretora lembrou que foi criado um grupo de trabalho, “que apresenta os resultados todo "
        "mês”.",
        "que apresenta",
        "Carla Nunes Prado",
    ),
]


@pytest.mark.parametrize(
    ("lang", "text", "start", "speaker"),
    _NOUN_PHRASES,
    ids=["de-von", "es-escuela", "it-scuola", "pt-escola"],
)
def test_noun_phrase_is_no_person(lang: str, text: str, start: str, speaker: str) -> None:
    assert _speaker_of(text, lang, start) == speaker


def test_name_with_particle_still_a_person() -> None:
    # a given name the tables lack, then a particle: still the person quoted
    text = (
        "Der Forscher Kris de Decker reist seit Jahren mit dem Zug durch Europa.\n"
        "„Die Nachtzüge sind die Zukunft“, sagt de Decker. Er wirbt für neue Verbindungen.\n"
        "„Wir brauchen mehr Strecken“, sagt er."
    )
    assert _speaker_of(text, "de", "Wir brauchen") == "Kris de Decker"


# -- a title and a given name opening a colon intro are a person, no label -------------------------


def test_title_and_given_name_before_colon() -> None:
    text = (
        "Landrat Jörg Pfeiffer besuchte am Montag das Tierheim und sprach mit den Helfern.\n\n"
        "Vereinschefin Sabine Krüger war von dem Besuch angetan: „Herr Pfeiffer hat uns zugesagt, "
        "dass der Kreis die Tierarztkosten übernimmt.“"
    )
    assert _speaker_of(text, "de", "Herr Pfeiffer") == "Sabine Krüger"


def test_label_before_colon_still_a_label() -> None:
    # two capitalised nouns, neither a given name, open the intro: a label; who spoke goes on
    text = (
        "„Wir bauen die Halle bis zum Sommer“, sagte Bürgermeister Jörg Pfeiffer.\n\n"
        "Kurzes Fazit: „Das Geld ist da, die Pläne auch.“"
    )
    assert _speaker_of(text, "de", "Das Geld") == "Jörg Pfeiffer"


# -- speech verbs real articles invert after a quotation ------------------------------------------

_VERBS = [
    (
        "pt",
        "“O mercado de usados cresceu muito neste ano”, explica a economista Rita Campos.\n\n"
        "“Antes, o cliente trocava de carro a cada três anos. Hoje, espera cinco”, compara Otávio "
        "Lemos, dono de uma revenda.",
        "Antes, o cliente",
        "Otávio Lemos",
    ),
    (
        "pt",
        "“A feira abre às seis”, diz a organizadora Lúcia Prado.\n\n"
        "“Um feirante pode vender cem quilos de tomate numa manhã”, exemplifica Jorge Bastos, que "
        "vende verduras há 20 anos.",
        "Um feirante",
        "Jorge Bastos",
    ),
    (
        "es",
        "“Las lluvias llegaron tarde”, afirmó el productor Ramiro Ledesma.\n\n"
        "“Un campo de cien hectáreas perdió la mitad de la cosecha”, ejemplifica la ingeniera "
        "Silvia Ortega.",
        "Un campo",
        "Silvia Ortega",
    ),
    (
        "de",
        "„Wir haben zu viele Chancen vergeben“, sagte Kapitän Lars Brenner.\n\n"
        "„Das sehe ich anders“, erwiderte Trainer Uwe Kessler.",
        "Das sehe ich",
        "Uwe Kessler",
    ),
    (
        "it",
        "«I lavori finiranno a giugno», ha detto l'assessore Marco Villa.\n\n"
        "«Speriamo sia la volta buona», chiosa la sindaca Elena Russo.",
        "Speriamo",
        "Elena Russo",
    ),
    (
        "de",
        "Der Meeresspiegel steigt schneller als erwartet. Besonders betroffen sind flache Küsten.\n\n"
        "«Die Messungen der letzten zehn Jahre zeigen einen klaren Trend», schreiben die Forscher um "
        "Jana Keller in ihrer Studie. Auch die Stürme nähmen zu.",
        "Die Messungen",
        "Jana Keller",
    ),
]


@pytest.mark.parametrize(
    ("lang", "text", "start", "speaker"),
    _VERBS,
    ids=["pt-compara", "pt-exemplifica", "es", "de", "it", "de-plural"],
)
def test_inverted_speech_verb(lang: str, text: str, start: str, speaker: str) -> None:
    assert _speaker_of(text, lang, start) == speaker


# -- reflexive verbs of asking after a quotation ------------------------------------------------

_REFLEXIVE = [
    (
        "es",
        "El juicio lleva diez años de demoras. “Nadie nos escucha”, dijo el abogado Pablo Ruiz.\n\n"
        "“¿Dónde está la justicia?”, se pregunta Marta Gil, hermana de una de las víctimas. "
        "“Esperamos una respuesta desde 2013”, agrega.",
    ),
    (
        "pt",
        "A obra está parada há um ano. “Ninguém explica nada”, disse o comerciante Paulo Reis.\n\n"
        "“Quando vão terminar?”, se pergunta Joana Lima, moradora do bairro. “Já perdemos "
        "clientes”, completa.",
    ),
    (
        "it",
        "Il cantiere è fermo da un anno. «Nessuno ci spiega nulla», ha detto il commerciante Paolo "
        "Ricci.\n\n«Quando finiranno?», si chiede Anna Galli, residente del quartiere. «Abbiamo "
        "già perso clienti», aggiunge.",
    ),
    (
        "fr",
        "Le chantier est à l'arrêt depuis un an. « Personne ne nous explique rien », a dit le "
        "commerçant Paul Roux.\n\n« Quand vont-ils finir ? », se demande Anne Petit, riveraine. "
        "« Nous avons déjà perdu des clients », ajoute-t-elle.",
    ),
]


@pytest.mark.parametrize(("lang", "text"), _REFLEXIVE, ids=["es", "pt", "it", "fr"])
def test_reflexive_verb_names_the_asker(lang: str, text: str) -> None:
    # the question is the new person's, and so are the words the next bare verb reports
    speakers = [s for k, s, _ in _quotes(text, lang) if k == "direct"]
    assert len(speakers) == 3, _quotes(text, lang)
    assert speakers[1] == speakers[2] != speakers[0]
    assert speakers[1] is not None and speakers[1].split()[-1] in {"Gil", "Lima", "Galli", "Petit"}


# -- a paper named after a preposition is told, it does not speak --------------------------------

_TOLD = [
    (
        "it",
        "Il mediatore Marco Sala ha lavorato per anni con le parti. Al Corriere della Sera ha "
        'detto che si tratta di "una scelta definitiva".',
        "Marco Sala",
    ),
    (
        "es",
        "El mediador Marcos Sala trabajó años con las partes. A Efe explicó que escribió “por "
        "última vez” al negociador.",
        "Marcos Sala",
    ),
    (
        "pt",
        "O mediador Marcos Sala trabalhou anos com as partes. Ao Jornal Nacional disse que "
        "escreveu “pela última vez” ao negociador.",
        "Marcos Sala",
    ),
]


@pytest.mark.parametrize(("lang", "text", "speaker"), _TOLD, ids=["it-al", "es-a", "pt-ao"])
def test_outlet_after_preposition_is_no_speaker(lang: str, text: str, speaker: str) -> None:
    found = {(k, s) for k, s, _ in _quotes(text, lang)}
    assert found == {("indirect", speaker), ("direct", speaker)}


def test_agent_of_passive_is_no_speaker() -> None:
    # "ouvidas pelo X": the paper heard the teams; the teams (unnamed) say it
    text = (
        "Equipes de influenciadores ouvidas pelo Jornal Nacional afirmam ter sido procuradas por "
        "campanhas de mais de dez políticos."
    )
    assert _speaker_of(text, "pt", "ter sido", kind="indirect") is None


def test_contracted_preposition_governs_only_the_next_word() -> None:
    # "au cours duquel X a déclaré": "au" governs "cours", X is the subject
    text = (
        "Une enquête a été ouverte en juillet, mois au cours duquel Claire Morel a déclaré "
        "qu'elle n'avait « rien à se reprocher »."
    )
    assert _speaker_of(text, "fr", "rien à se") == "Claire Morel"


# -- a copula and a noun for what was said, right after the quotation, name its speaker ----------

_NOUN_AFTER = [
    (
        "it",
        'Gli ospedali sono pieni. "Non abbiamo più letti liberi". È l\'allarme del direttore '
        "sanitario dell'Azienda ospedaliera, Paolo Rinaldi. Il piano resta fermo.",
        "Paolo Rinaldi",
    ),
    (
        "es",
        "“No nos van a detener”, fue la respuesta que dio la alcaldesa de la ciudad, Lucía Andrade, "
        "tras recibir “la visita” de un grupo de manifestantes.",
        "Lucía Andrade",
    ),
    (
        "pt",
        "“Não vamos parar”, foi a resposta do prefeito Carlos Nunes aos manifestantes.",
        "Carlos Nunes",
    ),
    (
        "fr",
        "« Nous ne reculerons pas ». C'est la réponse du maire, Paul Girard, aux opposants.",
        "Paul Girard",
    ),
]


@pytest.mark.parametrize(("lang", "text", "speaker"), _NOUN_AFTER, ids=["it", "es", "pt", "fr"])
def test_speech_noun_after_quote(lang: str, text: str, speaker: str) -> None:
    # the scare quote in the attribution ("la visita") is no one's words
    assert [(k, s) for k, s, _ in _quotes(text, lang)] == [("direct", speaker)]


def test_speech_noun_names_no_place() -> None:
    text = "“Hay que votar”. Es un mensaje claro para los vecinos de la Ciudad de México."
    assert all(s is None or "Ciudad" not in s for _, s, _ in _quotes(text, "es"))


# -- after a comma, a preposition's object is no subject ------------------------------------------

_ABOUT = [
    (
        "pt",
        "A tenista Carla Mendes voltou ao Brasil. “Foi uma experiência incrível”, disse, sobre o "
        "Pan de Lima. Aos 24 anos, ela joga na seleção.",
        "Carla Mendes",
    ),
    (
        "es",
        "La tenista Carla Méndez volvió a casa. “Fue una experiencia increíble”, dijo, sobre los "
        "Juegos de Lima. A los 24 años, juega en la selección.",
        "Carla Méndez",
    ),
    (
        "es",
        "La ministra Ana Ruiz habló primero. “Vamos bien”, dijo, por su parte, el alcalde Juan Soto.",
        "Juan Soto",
    ),
]


@pytest.mark.parametrize(("lang", "text", "speaker"), _ABOUT, ids=["pt-sobre", "es-sobre", "es-aside"])
def test_comma_then_preposition_after_verb(lang: str, text: str, speaker: str) -> None:
    assert [s for k, s, _ in _quotes(text, lang) if k == "direct"] == [speaker]
