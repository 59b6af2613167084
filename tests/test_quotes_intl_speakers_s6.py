"""Speakers beyond English, round six: a party or acronym in brackets between a subject and its
cue, a capitalised role in an appositive, Hindi roles and first names written alone for the
person the article named in full, and a paragraph of quoted words with no cue right after its
speaker's attributed words.

Every sentence is invented, in the shapes of real articles. Each test forces the language, so it
checks attribution, not detection.
"""

from __future__ import annotations

import pytest

from newsparse import Document, QuoteRule


def _quotes(text: str, language: str) -> list[tuple[str, str | None, str]]:
    found = QuoteRule()(Document.from_text(text, language=language))
    return [(q.kind, q.speaker, q.content.text) for q in found if q.kind != "scare"]


def _speaker_of(text: str, language: str, content_start: str) -> str | None:
    found = [s for _, s, c in _quotes(text, language) if c.startswith(content_start)]
    assert len(found) == 1, _quotes(text, language)
    return found[0]


# -- a bracket between the subject and its cue ----------------------------------------------

_BRACKETED = [
    (
        "pt",
        "Na sessão desta terça, o vereador Otávio Lins (PSB) afirma que não vai apoiar o projeto da "
        "prefeitura.",
        "não vai",
        "Otávio Lins",
    ),
    (
        "es",
        "En la sesión del pleno, la diputada Marisa Ocaña (PSOE) aseguró que el texto llegará en marzo.",
        "el texto",
        "Marisa Ocaña",
    ),
    (
        "it",
        "Durante il consiglio comunale, il consigliere Piero Bonfanti (Pd) ha spiegato che la "
        "delibera sarà ritirata.",
        "la delibera",
        "Piero Bonfanti",
    ),
    (
        "hi",
        "रायपुर। मुख्यमंत्री रमेश कुमार वर्मा (CM Verma) ने सोमवार को सभा में कहा कि सड़क का काम जल्द "
        "पूरा होगा। मुख्यमंत्री (CM Verma) ने कहा कि किसानों को बोनस मिलेगा।",
        "किसानों",
        "रमेश कुमार वर्मा",
    ),
]


@pytest.mark.parametrize(
    ("language", "text", "content_start", "speaker"), _BRACKETED, ids=[x[0] for x in _BRACKETED]
)
def test_a_bracketed_party_or_acronym_stands_between_the_speaker_and_the_cue(
    language: str, text: str, content_start: str, speaker: str
) -> None:
    assert _speaker_of(text, language, content_start) == speaker


def test_a_bracket_with_a_sentence_inside_is_no_tag() -> None:
    # the bracket holds a sentence of its own: what stands before it is no subject of the cue
    text = "Los vecinos protestaron (la obra lleva tres años parada. Nadie responde) dijo que no."
    assert all(s != "Nadie responde" for _, s, _ in _quotes(text, "es"))


# -- a capitalised role in the appositive ---------------------------------------------------


def test_a_capitalised_role_in_an_appositive_leaves_the_name_as_the_speaker() -> None:
    text = (
        "Rodrigo Salas Mena, Presidente Municipal de Tepic, señaló que los medios distorsionan "
        "lo que él dice."
    )
    assert _speaker_of(text, "es", "los medios") == "Rodrigo Salas Mena"


def test_a_second_name_after_a_comma_is_still_no_appositive() -> None:
    text = "Ana Ruiz, Juan Gil, dijeron que la obra se retrasará hasta mayo."
    assert _speaker_of(text, "es", "la obra") != "Ana Ruiz"


# -- Hindi: a role or a first name written alone ---------------------------------------------


def test_hindi_abbreviated_role_stands_for_the_person_named_with_it() -> None:
    text = (
        "भोपाल। प्रदेश के सीएम अजय प्रताप सिंह ने कहा कि नई योजना अगले महीने शुरू होगी। सीएम ने कहा कि "
        "इसके लिए बजट तय हो चुका है।"
    )
    assert _speaker_of(text, "hi", "इसके लिए") == "अजय प्रताप सिंह"


def test_hindi_first_name_alone_is_completed_to_the_full_name() -> None:
    text = (
        "भोपाल। प्रदेश के सीएम अजय प्रताप सिंह ने कहा कि नई योजना अगले महीने शुरू होगी। आगे अपने भाषण में "
        "अजय ने कहा कि किसानों को पूरा लाभ मिलेगा।"
    )
    assert _speaker_of(text, "hi", "किसानों") == "अजय प्रताप सिंह"


def test_hindi_former_holder_of_a_role_is_not_the_one_speaking() -> None:
    text = (
        "रायपुर। पूर्व मुख्यमंत्री सुरेश नाथ ने सभा की। बाद में मुख्यमंत्री दीपक राव ने बैठक ली। मुख्यमंत्री ने कहा कि सड़कें जल्द बनेंगी।"
    )
    assert _speaker_of(text, "hi", "सड़कें") == "दीपक राव"


# -- a paragraph of quoted words right after its speaker's words -----------------------------


def test_quoted_paragraph_with_no_cue_right_after_attributed_words_is_theirs() -> None:
    text = (
        "El alcalde Ramiro Quintana Solís habló con la prensa el lunes.\n\n"
        "Quintana Solís llamó a los medios a no publicar rumores, a no repetir cosas que él, "
        "asegura, nunca dijo.\n\n"
        '"Luego preguntan a la gente qué opina del cierre. Eso no es cierto".'
    )
    assert _speaker_of(text, "es", "Luego") == "Ramiro Quintana Solís"


def test_quoted_paragraph_after_a_narrative_paragraph_does_not_inherit() -> None:
    # a paragraph of narration with no speech stands between: no run to go on with
    text = (
        "La concejala Inés Robles Vidal dijo que el cierre durará un mes.\n\n"
        "El mercado abrió sus puertas en 1962 y tiene ochenta puestos de fruta y verdura.\n\n"
        '"Aquí se vendía el mejor pescado de la costa".'
    )
    assert _speaker_of(text, "es", "Aquí") != "Inés Robles Vidal"


# -- the speech verbs news uses, and a relative clause after a postposed speaker's adjunct ---

_VERBS = [
    ("fr", "Le chantier sera fini en mai. « Nous tiendrons les délais », réplique Hugo Marant.", "Nous"),
    ("es", "La obra seguirá en marzo. Lo que hicimos fue legal, ha aclarado Elvira Sandoval.", "Lo que"),
    ("pt", "A obra segue em março. “Nós cumprimos o prazo”, desabafa Renato Moraes.", "Nós"),
    ("it", "Il cantiere riapre a marzo. «I tempi saranno rispettati», rilancia Sergio Tondelli.", "I tempi"),
    ("de", "Die Baustelle ruht. Der Zeitplan sei nicht in Gefahr, beteuerte Jens Hollmann.", "Der Zeitplan"),
]


@pytest.mark.parametrize(("language", "text", "content_start"), _VERBS, ids=[x[0] for x in _VERBS])
def test_speech_verbs_news_uses_attribute_their_clause(language: str, text: str, content_start: str) -> None:
    speaker = _speaker_of(text, language, content_start)
    assert speaker is not None
    assert speaker.split()[-1] == text.rstrip(".").split()[-1]


def test_relative_clause_after_the_speakers_adjunct_ends_the_attribution() -> None:
    text = (
        "Der Kandidat ist gesund. Der Mann habe große Ausdauer, sagte Paul Weidner vom "
        "Klinikum Nord, der ihn seit Jahren betreut."
    )
    assert _speaker_of(text, "de", "Der Mann") == "Paul Weidner"


def test_a_clause_after_the_adjunct_is_no_relative() -> None:
    # the comma opens a second main clause, not a relative one: no "after" attribution
    text = "Die Lage sei ernst, sagte Paul Weidner vom Klinikum Nord, am Abend kam die Feuerwehr."
    assert all(c != "Die Lage sei ernst" or s is None for _, s, c in _quotes(text, "de"))


# -- the next sentence names the speaker; an adjunct set off by commas after a cue ----------

_NEXT_SENTENCE = [
    (
        "it",
        "“Ringrazio i sindaci per il lavoro fatto in questi mesi”. Così, in un post sul suo profilo "
        "Facebook, il presidente della Regione, Carlo Venturelli.",
        "Carlo Venturelli",
    ),
    (
        "it",
        "“Ringrazio i sindaci per il lavoro fatto in questi mesi”. Cosi’ il presidente della Provincia, "
        "Carlo Venturelli, a margine della riunione.",
        "Carlo Venturelli",
    ),
    (
        "it",
        "«Ringrazio i sindaci per il lavoro fatto in questi mesi». È quanto scrive in un post il "
        "presidente della Regione Carlo Venturelli.",
        "Carlo Venturelli",
    ),
    (
        "fr",
        "« Nous ne fermerons aucune classe à la rentrée ». C'est ce qu'a déclaré la rectrice Hélène "
        "Marsac devant les parents d'élèves.",
        "Hélène Marsac",
    ),
    (
        "es",
        "“No vamos a subir el precio del boleto este año”. Así lo dijo el alcalde Ramiro Quintana Solís "
        "en rueda de prensa.",
        "Ramiro Quintana Solís",
    ),
    (
        "pt",
        "“Não vamos aumentar a tarifa do ônibus este ano”. Foi o que disse o prefeito Renato Moraes "
        "durante a coletiva.",
        "Renato Moraes",
    ),
]


@pytest.mark.parametrize(("language", "text", "speaker"), _NEXT_SENTENCE, ids=[x[0] for x in _NEXT_SENTENCE])
def test_the_next_sentence_names_the_speaker_of_a_quotation(language: str, text: str, speaker: str) -> None:
    assert [s for k, s, _ in _quotes(text, language) if k == "direct"] == [speaker]


def test_an_adjunct_set_off_by_commas_between_an_inverted_cue_and_its_subject() -> None:
    text = (
        "« Nous ne fermerons aucune classe », a déclaré, lors d'un point presse, la rectrice Hélène Marsac."
    )
    assert _speaker_of(text, "fr", "Nous") == "Hélène Marsac"


_AUX_ADVERB = [
    (
        "it",
        "Il presidente della Regione Carlo Venturelli ha visitato il cantiere. “I lavori finiranno a "
        "maggio”, ha poi aggiunto.",
        "I lavori",
        "Carlo Venturelli",
    ),
    (
        "fr",
        "La rectrice Hélène Marsac a visité le collège. « Aucune classe ne fermera », a ensuite ajouté "
        "la rectrice.",
        "Aucune",
        "Hélène Marsac",
    ),
]


@pytest.mark.parametrize(
    ("language", "text", "content_start", "speaker"), _AUX_ADVERB, ids=[x[0] for x in _AUX_ADVERB]
)
def test_an_adverb_between_the_auxiliary_and_the_participle(
    language: str, text: str, content_start: str, speaker: str
) -> None:
    assert _speaker_of(text, language, content_start) == speaker


# -- a long role phrase and its holder's name after a comma ---------------------------------


def test_a_long_role_phrase_runs_on_to_its_holders_name() -> None:
    text = (
        "La escuela es garantía de futuro, expresó el Miembro del Consejo Directivo y presidente de "
        "la Junta Provincial de Educación, Ernesto Vidal Carmona."
    )
    assert _speaker_of(text, "es", "La escuela") == "Ernesto Vidal Carmona"


def test_the_role_said_again_later_resolves_to_that_holder() -> None:
    text = (
        "La escuela es garantía de futuro, expresó el Miembro del Consejo Directivo y presidente de "
        "la Junta Provincial de Educación, Ernesto Vidal Carmona. Después habló la ministra. Enseñar "
        "es una tarea de todos, comentó el Miembro del Consejo Directivo."
    )
    assert _speaker_of(text, "es", "Enseñar") == "Ernesto Vidal Carmona"


# -- indefinite subjects name no one ----------------------------------------------------------

_INDEFINITE = [
    ("pt", "A cantora Lúcia Prado falou ontem. Outros disseram que o show foi cancelado."),
    ("es", "La cantante Lucía Mendoza habló ayer. Otros dijeron que el concierto fue cancelado."),
    ("it", "Il sindaco Piero Bonfanti ha parlato. Altri hanno detto che la delibera sarà ritirata."),
    ("fr", "La maire Lucie Perrin a parlé hier. Certains estiment que le concert sera annulé."),
]


@pytest.mark.parametrize(("language", "text"), _INDEFINITE, ids=[x[0] for x in _INDEFINITE])
def test_an_indefinite_plural_subject_is_no_speakers_name(language: str, text: str) -> None:
    found = [(k, s) for k, s, _ in _quotes(text, language)]
    assert found == [("indirect", None)]


# -- quoted sentences are no narration; sources after a fronted adjunct; possessive sources --


def test_a_role_after_a_long_quote_is_not_a_name_inside_it() -> None:
    text = (
        "Aunque nadie quiso hablar, la ministra de Salud, Verónica Ibarra Soto, reconoció las tensiones. "
        "“No sé si fue una filtración del ministro. Es buen momento para que el ministro De Pedro pueda "
        "aclarar si esto ocurrió. Si hay falta de códigos es de quienes critican al Gobierno”, dijo la "
        "titular de la cartera sanitaria."
    )
    assert _speaker_of(text, "es", "No sé") == "Verónica Ibarra Soto"
    # the subject and its apposition after a fronted clause are no reported clause either
    assert [k for k, _, _ in _quotes(text, "es")] == ["direct"]


def test_with_these_words_names_the_speaker_of_the_quote_before() -> None:
    text = (
        "“Se debe a una cuestión puramente técnica”. Con estas palabras, la portavoz del Gobierno, "
        "Lucía Ferrer Roldán, justificó este martes el retraso del plan de ayudas."
    )
    found = _quotes(text, "es")
    assert ("direct", "Lucía Ferrer Roldán", "Se debe a una cuestión puramente técnica") in found
    assert all(k != "indirect" for k, _, _ in found)  # the subject and its apposition are no clause


def test_a_possessive_source_is_the_person_the_sentence_is_about() -> None:
    text = (
        "La ministra de Gobierno, Marta Quiroga, desmintió su renuncia. La respuesta fue, según sus "
        "propias palabras, una broma para la oposición."
    )
    assert all(s in {None, "Marta Quiroga"} for _, s, _ in _quotes(text, "es"))
    assert any(s == "Marta Quiroga" for _, s, _ in _quotes(text, "es"))


# -- German: a surname and a noun (or another surname) side by side are no one name ----------


def test_a_surname_and_a_capitalised_noun_are_no_fuller_name() -> None:
    text = (
        "Der Reporter Claas Brenner schrieb die Geschichte. Der Kollege Juan Moreno führt in einer "
        "Mail an Brenner Punkte an, die er nicht glauben mag. Brenner sagte: „Das ist alles wahr.“"
    )
    assert _speaker_of(text, "de", "Das ist") == "Claas Brenner"


def test_two_surnames_side_by_side_are_two_people() -> None:
    text = (
        "Der Reporter Claas Brenner schrieb die Geschichte. Der Ressortleiter Ulrich Falkner las sie. "
        "Am Abend schickte Brenner Falkner eine Nachricht. Falkner sagte: „Wir glauben gar nichts.“"
    )
    assert _speaker_of(text, "de", "Wir glauben") == "Ulrich Falkner"


def test_an_adverb_between_a_relative_and_its_verb() -> None:
    text = (
        "La formación es clave, analizó el secretario de Organización, Ramón Ortega Vidal, quien "
        "también enfatizó que en las escuelas “hay que identificar a los más preparados”."
    )
    assert [s for _, s, _ in _quotes(text, "es")] == ["Ramón Ortega Vidal"] * len(_quotes(text, "es"))
    assert _quotes(text, "es")


def test_with_that_sentence_names_the_speaker_of_the_quote_before() -> None:
    text = (
        'Crece la tensión en la coalición. "No soy el dueño del Gobierno, nadie es el dueño". Con esa '
        "frase, Alberto Ramírez respondió este martes a sus críticos."
    )
    assert _speaker_of(text, "es", "No soy") == "Alberto Ramírez"


# -- a capitals-only subhead names the person whose quoted paragraph follows ------------------

_SUBHEADS = (
    "Las famosas recuerdan a sus madres en su día.\n\n"
    "VALERIA, LA MÁS GOLOSA\n\n"
    "“De niña me comía todos los postres de la casa y mi madre me perseguía con la chancleta”.\n\n"
    "ECONOMÍA DEL HOGAR\n\n"
    "“Todo está más caro este mes en el mercado central”.\n"
)


def test_a_capitals_subhead_opening_with_a_given_name_names_the_speaker() -> None:
    assert _speaker_of(_SUBHEADS, "es", "De niña") == "Valeria"


def test_a_capitals_subhead_with_no_name_names_no_one() -> None:
    assert _speaker_of(_SUBHEADS, "es", "Todo está") is None


# -- unnamed sources of a body, and documents, are no person named before ---------------------

_UNNAMED = [
    ("es", "El acuerdo se firmó ayer, pero fuentes de ERC precisan que la transferencia será integral."),
    ("pt", "O acordo foi assinado ontem, mas fontes do Planalto afirmam que a transferência será total."),
    (
        "it",
        "L'accordo è stato firmato ieri, ma fonti di Palazzo Chigi spiegano che il passaggio sarà totale.",
    ),
]


@pytest.mark.parametrize(("language", "text"), _UNNAMED, ids=[x[0] for x in _UNNAMED])
def test_sources_of_a_body_are_unnamed(language: str, text: str) -> None:
    assert [(k, s) for k, s, _ in _quotes(text, language)] == [("indirect", None)]


def test_a_document_is_no_person_named_before() -> None:
    text = (
        'A estudante Michele Taborga adotou o cachorro. "Nos ajude com essa linda missão", diz o '
        "pedido no site."
    )
    assert _speaker_of(text, "pt", "Nos ajude") != "Michele Taborga"
