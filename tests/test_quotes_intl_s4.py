"""Speakers of quotes in other languages, round four (#11): shapes the dev sets lack.

Every article here is invented, written in the shapes real reports use. Each case names the
speaker the annotation conventions want (the fullest name the article uses) for the quote whose
content starts with the given words.
"""

from __future__ import annotations

import pytest

import newsparse
from newsparse.lang import get_language
from newsparse.rules.quotes.languages.cues import language_cues
from newsparse.rules.quotes.languages.names import given_gender


def _speaker(text: str, language: str, starts: str) -> str | None:
    quotes = [q for q in newsparse.parse(text, language=language).quotes if q.content.text.startswith(starts)]
    assert quotes, f"no quote starts with {starts!r}"
    return quotes[0].speaker


@pytest.mark.parametrize(
    ("language", "name", "gender"),
    [
        ("it", "Andrea Orlando", "m"),  # a man's name in Italy
        ("de", "Andrea Nahles", "f"),  # a woman's in Germany
        ("it", "Giorgia Meloni", "f"),
        ("fr", "Gérald Moreau", "m"),
        ("fr", "Françoise Nyssen", "f"),
        ("es", "María Luisa Carcedo", "f"),  # the shared table, read without accents
        ("de", "Jürgen Trittin", "m"),
        ("pt", "Tereza Cristina", "f"),
        ("fr", "Jean-Luc Bennahmias", "m"),  # a hyphenated name by its first half
        ("it", "Consiglio Superiore", None),
    ],
    ids=lambda v: v if isinstance(v, str) else None,
)
def test_given_names_per_language(language: str, name: str, gender: str | None) -> None:
    assert given_gender(name, language_cues(get_language(language))) == gender


def test_pronoun_goes_to_the_subject_not_the_object_named_last() -> None:
    # "derrotó a X": X is the object; "como él mismo dijo" goes on with the subject
    text = (
        "El presidente de Chile, Gabriel Boric, viajará hoy a Magallanes.\n"
        "Boric se desplaza a una región amiga, donde en diciembre derrotó a José Antonio Kast.\n"
        "El joven mandatario ha tenido, como él mismo dijo, un arranque complicado en sus primeras semanas.\n"
    )
    assert _speaker(text, "es", "un arranque") == "Gabriel Boric"


def test_object_named_last_still_speaks_when_no_subject_agrees() -> None:
    # the only man named is an object: "il" still stands for him
    text = (
        "La maire, Sophie Garnier, a rencontré jeudi l’entraîneur avec Marc Dufresne.\n"
        "« Nous allons reconstruire l’équipe », a-t-il affirmé à la sortie.\n"
    )
    assert _speaker(text, "fr", "Nous allons") == "Marc Dufresne"


def test_elided_opener_is_no_part_of_a_name() -> None:
    # "D'après Morel" must not become the fullest form of "Morel"
    text = (
        "Le ministre de l'Agriculture, Gérald Morel, a déclaré jeudi que les aides seraient versées.\n"
        "D'après Morel, plus de 4 000 exploitations sont concernées par la mesure.\n"
    )
    assert _speaker(text, "fr", "plus de 4 000") == "Gérald Morel"


@pytest.mark.parametrize(
    ("language", "text", "starts", "speaker"),
    [
        (
            "it",
            "La presidente del Consiglio Giorgia Ranieri ha risposto alle critiche dell'opposizione. "
            "Lei ha aggiunto che il governo sosterrà il progetto fino alla fine.",
            "il governo",
            "Giorgia Ranieri",
        ),
        (
            "it",
            "Lo ha detto il ministro dello Sport Andrea Bellotti, che ha aggiunto: «Siamo in linea con i tempi».",
            "Siamo in linea",
            "Andrea Bellotti",
        ),
        (
            "es",
            "Así lo explicó el secretario de Estado de Comercio Xavier Fonseca, que añadió: "
            "«Las exportaciones crecerán este año».",
            "Las exportaciones",
            "Xavier Fonseca",
        ),
    ],
    ids=["body-words-before-given-name", "role-complement-then-name-it", "role-complement-then-name-es"],
)
def test_name_after_a_body_or_complement(language: str, text: str, starts: str, speaker: str) -> None:
    assert _speaker(text, language, starts) == speaker


def test_person_named_inside_a_quotation_is_no_antecedent() -> None:
    # "o parlamentar" is the deputy who speaks, not the senator his quoted words name
    text = (
        "O deputado Paulo Reis criticou o projeto na tribuna nesta terça-feira.\n"
        "«Falei ontem com o senador Carlos Mendes e nada mudou», afirmou Reis.\n"
        "«Vamos recorrer ao tribunal», disse o parlamentar.\n"
    )
    assert _speaker(text, "pt", "Vamos recorrer") == "Paulo Reis"


def test_in_quotation_reads_nested_and_disjoint_spans() -> None:
    from newsparse.rules.quotes.languages.speakers import _in_quotation

    quoted = [(0, 50), (10, 20), (60, 70)]
    reach = [50, 50, 70]
    assert [_in_quotation(quoted, reach, at) for at in (5, 30, 55, 65, 70)] == [
        True,
        True,
        False,
        True,
        False,
    ]


@pytest.mark.parametrize(
    ("language", "text", "starts", "speaker"),
    [
        (
            "es",
            "La ministra de Economía, María Fernanda Gómez, afirmó que el presupuesto está garantizado. "
            '"Es una obra prioritaria", dijo Gómez.\n'
            'Por su parte, el concejal Luis Álvarez criticó la demora. "Esto es un desastre", señaló.\n',
            "Esto es",
            "Luis Álvarez",
        ),
        (
            "it",
            "Il sindaco di Milano, Giuseppe Rota, ha detto che la città è pronta. «Abbiamo lavorato», ha "
            "spiegato il sindaco.\nLa senatrice Giulia Ferri ha risposto alle critiche. «Non ci fermeremo», "
            "ha dichiarato.\n",
            "Non ci fermeremo",
            "Giulia Ferri",
        ),
        (
            "pt",
            "O ministro Paulo Souza disse que a meta será cumprida. «Não há hipótese», afirmou Souza.\n"
            "A deputada Tereza Lima criticou o plano. «É um erro grave», disse.\n",
            "É um erro",
            "Tereza Lima",
        ),
    ],
    ids=["es", "it", "pt"],
)
def test_unwritten_subject_is_the_person_named_since_the_last_quote(
    language: str, text: str, starts: str, speaker: str
) -> None:
    assert _speaker(text, language, starts) == speaker


def test_unwritten_subject_stays_with_the_speaker_when_no_person_was_named() -> None:
    text = (
        "La ministra de Economía, María Fernanda Gómez, afirmó que el presupuesto está garantizado. "
        '"Es una obra prioritaria", dijo Gómez.\n'
        'La obra tendrá doce kilómetros y cuatro estaciones. "Esto no se detiene", añadió.\n'
    )
    assert _speaker(text, "es", "Esto no") == "María Fernanda Gómez"


@pytest.mark.parametrize(
    ("language", "text", "starts", "speaker"),
    [
        (
            "es",
            '"No vamos a permitir más retrasos", aseguró el alcalde Juan Pérez. "Los vecinos merecen respuestas".',
            "Los vecinos",
            "Juan Pérez",
        ),
        (
            "pt",
            '"Não há hipótese de mudar a meta", afirmou o ministro Paulo Souza. "Estamos confiantes."',
            "Estamos confiantes",
            "Paulo Souza",
        ),
    ],
    ids=["es", "pt"],
)
def test_short_quoted_sentence_after_an_attributed_one(
    language: str, text: str, starts: str, speaker: str
) -> None:
    assert _speaker(text, language, starts) == speaker


def test_quoted_word_inside_a_sentence_stays_no_quote() -> None:
    text = '"No vamos a permitir más retrasos", aseguró el alcalde Juan Pérez. La obra se llama "Tren Azul" desde 2020.'
    contents = [q.content.text for q in newsparse.parse(text, language="es").quotes]
    assert "Tren Azul" not in contents


@pytest.mark.parametrize(
    ("language", "text", "name"),
    [
        (
            "de",
            "«Wir zahlen jedes Pfund», sagte ein Händler im März der «Financial Times».",
            "Financial Times",
        ),
        ("de", "Das sagte »Zeit«-Chefredakteur Jan Berger am Montag in einem Interview.", "Zeit"),
        ("fr", "« Nous tiendrons », a déclaré le ministre au « Monde » jeudi soir.", "Monde"),
        ("it", "«Resisteremo», ha detto il sindaco al «Corriere» in un colloquio.", "Corriere"),
    ],
    ids=["de-dative-article", "de-hyphen-compound", "fr-au", "it-al"],
)
def test_a_papers_name_in_marks_is_no_quote(language: str, text: str, name: str) -> None:
    quotes = newsparse.parse(text, language=language).quotes
    assert name not in [q.content.text for q in quotes]
    assert quotes or language == "de"  # the speech itself is still found


def test_adverbs_between_a_lenient_verb_and_its_comma() -> None:
    text = "Manche sagen nun, die Affäre habe mit dem Willen zu tun, um jeden Preis zu gefallen."
    quotes = newsparse.parse(text, language="de").quotes
    assert [q.content.text for q in quotes if q.kind == "indirect"] == [
        "die Affäre habe mit dem Willen zu tun, um jeden Preis zu gefallen"
    ]


@pytest.mark.parametrize(
    ("language", "text", "starts", "speaker"),
    [
        (
            "de",
            "Ursula von der Brelen erklärte, die Union stehe geschlossen. »Europa handelt gemeinsam«, sagte von der Brelen.",
            "Europa handelt",
            "Ursula von der Brelen",
        ),
        (
            "pt",
            "«Vamos conversar com todos», disse Luiz Inácio Tula da Costa em entrevista. "
            "Tula disse ainda que confia na equipe econômica.",
            "confia na",
            "Luiz Inácio Tula da Costa",
        ),
    ],
    ids=["von-der", "inner-word-of-a-long-name"],
)
def test_names_with_particles(language: str, text: str, starts: str, speaker: str) -> None:
    assert _speaker(text, language, starts) == speaker


def test_reversed_guillemet_glued_to_a_word_opens_a_new_sentence() -> None:
    text = "Ursula Brelen erklärte, die Union stehe geschlossen. »Europa handelt gemeinsam«, sagte sie."
    reported = [q.content.text for q in newsparse.parse(text, language="de").quotes if q.kind == "indirect"]
    assert reported == ["die Union stehe geschlossen"]


@pytest.mark.parametrize(
    ("language", "text", "content"),
    [
        (
            "de",
            "Die Lage sei weiterhin angespannt, sagte die Ministerin am Montag in Berlin.",
            "Die Lage sei",
        ),
        ("es", "Las obras terminarán en mayo, dijo el alcalde en rueda de prensa.", "Las obras"),
        ("fr", "Les routes resteront fermées jusqu'à lundi, a déclaré le préfet à la presse.", "Les routes"),
        ("it", "I lavori finiranno entro maggio, ha detto il sindaco ai giornalisti.", "I lavori"),
    ],
    ids=["de", "es", "fr", "it"],
)
def test_postposed_cue_with_an_adjunct_after_its_speaker(language: str, text: str, content: str) -> None:
    quotes = newsparse.parse(text, language=language).quotes
    assert [q.content.text[: len(content)] for q in quotes if q.kind == "indirect"] == [content]


def test_adjunct_tail_is_not_a_second_clause() -> None:
    # after the speaker a clause with its own complementiser: the cue reports that one
    text = "Der Plan steht, sagte die Ministerin in Berlin, dass die Kontrollen bleiben würden."
    quotes = newsparse.parse(text, language="de").quotes
    assert all(not q.content.text.startswith("Der Plan") for q in quotes)


@pytest.mark.parametrize(
    ("language", "text", "starts", "speaker"),
    [
        (
            "it",
            "L'ex vice capo di stato maggiore, Yuri Galli, ha spiegato che i soldati non entreranno nei "
            "tunnel. Nel frattempo il ministero della Sanità di Gaza ha diffuso nuovi dati. In un'intervista "
            'alla radio, il generale delle riserve ha dichiarato: "Non è necessario entrare nei tunnel".',
            "Non è necessario",
            "Yuri Galli",
        ),
        (
            "it",
            'Le truppe "sono accompagnate da un\'accurata intelligence". Lo ha detto il capo di stato '
            "maggiore Marco Verri aggiungendo che l'esercito opera con metà della forza aerea.",
            "l'esercito opera",
            "Marco Verri",
        ),
        (
            "fr",
            "« C'est inacceptable », s'insurge Marie Dupré, présidente de l'association des riverains.",
            "C'est inacceptable",
            "Marie Dupré",
        ),
    ],
    ids=["role-with-complement-goes-on-with-the-speaker", "participle-shares-inverted-subject", "s-insurge"],
)
def test_roles_and_shared_subjects(language: str, text: str, starts: str, speaker: str) -> None:
    assert _speaker(text, language, starts) == speaker


@pytest.mark.parametrize(
    ("language", "text", "speaker"),
    [
        (
            "fr",
            "« Nous verrons », a répondu Mme Anne Ribaud, qui a dit qu'elle resterait vigilante.",
            "Anne Ribaud",
        ),
        (
            "es",
            "El alcalde Juan Pérez, quien dijo que las obras terminarán en mayo, visitó el barrio.",
            "Juan Pérez",
        ),
        (
            "pt",
            "O ministro Paulo Souza, que disse que a meta será cumprida, visitou a fábrica.",
            "Paulo Souza",
        ),
        (
            "it",
            "Il sindaco Roberto Galli, che ha detto che la città è pronta, ha incontrato i cittadini.",
            "Roberto Galli",
        ),
    ],
    ids=["fr-qui", "es-quien", "pt-que", "it-che"],
)
def test_relative_subject_is_its_antecedent(language: str, text: str, speaker: str) -> None:
    quotes = [q for q in newsparse.parse(text, language=language).quotes if q.kind == "indirect"]
    assert [q.speaker for q in quotes] == [speaker]


@pytest.mark.parametrize(
    ("language", "text", "content", "speaker"),
    [
        (
            "fr",
            "Pour Christiane Morel, cette réforme va dénaturer le renseignement pénitentiaire.",
            "cette réforme va dénaturer le renseignement pénitentiaire",
            "Christiane Morel",
        ),
        (
            "es",
            "Para el alcalde Juan Pérez, la obra es una prioridad absoluta.",
            "la obra es una prioridad absoluta",
            "Juan Pérez",
        ),
        (
            "it",
            "Per il ministero della Salute, finora sono morte 900 persone nella regione.",
            "finora sono morte 900 persone nella regione",
            "il ministero della Salute",
        ),
    ],
    ids=["fr-pour", "es-para", "it-per"],
)
def test_opinion_preposition_opening_a_sentence(language: str, text: str, content: str, speaker: str) -> None:
    quotes = newsparse.parse(text, language=language).quotes
    assert [(q.content.text, q.speaker) for q in quotes] == [(content, speaker)]


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("fr", "Pour la première fois, le conseil municipal a voté le budget en avance."),
        ("it", "Per questo motivo, il governo ha deciso di intervenire subito."),
        ("es", "Para ello, el gobierno destinará fondos a las obras del puerto."),
        ("fr", "Le conseil a voté pour le maire, qui restera en poste jusqu'en mars."),
    ],
    ids=["fr-premiere-fois", "it-per-questo", "es-para-ello", "fr-not-opening"],
)
def test_opinion_preposition_without_a_source_is_no_cue(language: str, text: str) -> None:
    assert newsparse.parse(text, language=language).quotes == ()


@pytest.mark.parametrize(
    ("language", "text", "content"),
    [
        (
            "it",
            "Il gruppo armato ha annunciato di aver lanciato due droni contro una postazione militare.",
            "di aver lanciato due droni contro una postazione militare",
        ),
        (
            "fr",
            "Le ministre a assuré avoir agi dans le respect de la loi.",
            "avoir agi dans le respect de la loi",
        ),
        (
            "es",
            "El alcalde negó haber firmado el contrato de la obra.",
            "haber firmado el contrato de la obra",
        ),
    ],
    ids=["it-di-aver", "fr-avoir", "es-haber"],
)
def test_reported_infinitive_clause(language: str, text: str, content: str) -> None:
    quotes = newsparse.parse(text, language=language).quotes
    assert [q.content.text for q in quotes if q.kind == "indirect"] == [content]


def test_infinitive_opener_needs_a_cue_right_before_it() -> None:
    text = "Il sindaco ha deciso di aver fiducia nei cittadini e di riaprire il parco."
    assert newsparse.parse(text, language="it").quotes == ()


def test_age_epithet_goes_on_with_the_speaker() -> None:
    text = (
        "Der Pendler Klaus Maurer fährt seit Jahren mit dem Nachtzug. Er sagte, die Fahrten seien "
        "teurer geworden.\n„Die ersten Jahre waren toll“, erzählt der 48-Jährige.\n"
    )
    assert _speaker(text, "de", "Die ersten Jahre") == "Klaus Maurer"


def test_quotation_whose_marks_the_scrape_lost() -> None:
    # a styled quotation block loses its marks; the attribution opens the next line
    text = (
        "La directrice de l'agence, Vicky Moreau, a souligné que la pandémie change tout.\n"
        "Ce sur quoi nous comptons, c’est que certains élèves n’iront pas à l’école\n"
        ", a-t-elle expliqué à la radio.\n"
    )
    quotes = [q for q in newsparse.parse(text, language="fr").quotes if q.kind == "direct"]
    assert [(q.speaker, q.content.text) for q in quotes] == [
        ("Vicky Moreau", "Ce sur quoi nous comptons, c’est que certains élèves n’iront pas à l’école")
    ]


def test_line_after_a_quote_is_not_taken_twice() -> None:
    text = "Le capitaine Marc Roux a parlé après le match.\n« Nous partirons demain avec toute l’équipe »\n, a-t-il affirmé.\n"
    quotes = newsparse.parse(text, language="fr").quotes
    assert [(q.speaker, q.content.text) for q in quotes] == [
        ("Marc Roux", "Nous partirons demain avec toute l’équipe")
    ]


def test_role_introduced_with_a_complement_then_the_name() -> None:
    # the role's first name run is its body ("de La Comarca"); the person follows the comma
    text = (
        "El secretario general de La Comarca, Andrés Robledo, habló por la mañana en la radio.\n"
        "Luego intervino la alcaldesa Marta Gil sobre el puerto y las obras del muelle.\n"
        '"No vamos a retroceder", dijo el secretario general.\n'
    )
    assert _speaker(text, "es", "No vamos") == "Andrés Robledo"


@pytest.mark.parametrize(
    ("language", "text", "speaker"),
    [
        ("es", '"No vamos a retroceder", dijo más tarde el ministro Andrés Robledo.', "Andrés Robledo"),
        ("it", "«Non ci fermeremo», ha detto più tardi il sindaco Marco Verri.", "Marco Verri"),
    ],
    ids=["es-mas-tarde", "it-piu-tardi"],
)
def test_two_word_adverb_between_an_inverted_verb_and_its_subject(
    language: str, text: str, speaker: str
) -> None:
    assert [q.speaker for q in newsparse.parse(text, language=language).quotes] == [speaker]
