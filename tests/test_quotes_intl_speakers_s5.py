"""Speakers beyond English, round five: who an unwritten subject, a pronoun or a role stands for
when the sentence before tells it, nested sources, paragraph-opening attributions, titles and
bodies resolved to the names the article gave them, and the fullest form of a name.

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


# -- the subject of the sentence before -----------------------------------------------------


def test_unwritten_subject_goes_on_with_the_subject_not_the_object_named_last() -> None:
    text = (
        "La candidata del partido, Marta Ibarra, criticó la gestión del alcalde Tomás Olmedo "
        "durante el debate. “Tenemos un problema real con el agua en los barrios”, dijo."
    )
    assert _speaker_of(text, "es", "Tenemos") == "Marta Ibarra"


def test_unwritten_subject_after_a_fronted_adjunct_naming_an_object() -> None:
    text = (
        "Dopo la vittoria sulla ceca Hana Dvorakova, Nadia Ferri si è commossa in campo. "
        '"Dedico questa vittoria ai bambini del mio quartiere", ha detto.'
    )
    assert _speaker_of(text, "it", "Dedico") == "Nadia Ferri"


def test_role_opening_the_sentence_before_keeps_the_person_speaking() -> None:
    text = (
        "O governador Caio Prates falou a empresários do setor. Em sua fala, o governador criticou "
        "as taxas cobradas na ilha de Fernando de Noronha. “Ninguém consegue ir para lá”, disse."
    )
    assert _speaker_of(text, "pt", "Ninguém") == "Caio Prates"


def test_pronoun_continues_the_speaker_of_the_quote_just_before() -> None:
    text = (
        "A ministra Helena Castro visitou o porto de Santos. Depois, a comitiva seguiu para a ilha "
        "de Fernando de Noronha. “O porto precisa de dragagem urgente”, disse a ministra. Ela citou "
        "que as obras devem começar em março."
    )
    assert _speaker_of(text, "pt", "as obras") == "Helena Castro"


def test_pronoun_after_a_pronoun_led_sentence_reaches_the_subject_before_it() -> None:
    text = (
        "Am Montagabend meldet sich Jonas Weber bei der Redaktion. Er ist aufgewühlt und spricht "
        "lange mit Lena Hoff. Er sagt, der Bericht sei eine Fälschung."
    )
    assert _speaker_of(text, "de", "der Bericht") == "Jonas Weber"


def test_role_resolves_to_the_subject_named_in_the_sentence_before() -> None:
    text = (
        "Bratislava – Premier Robert Fico hat für Aufsehen gesorgt. Das Problem seien nicht die "
        "Zölle, erklärte der Premierminister weiter. Der Außenminister Lubomír Zaorálek zeigte sich "
        "besorgt. Derartige Theorien seien beunruhigend, so der Sozialdemokrat."
    )
    assert _speaker_of(text, "de", "Das Problem") == "Robert Fico"
    assert _speaker_of(text, "de", "Derartige") == "Lubomír Zaorálek"


# -- nested sources and attributions in the next paragraph ----------------------------------


@pytest.mark.parametrize(
    ("text", "language", "speaker"),
    [
        (
            "Le maire a ouvert la séance. Selon l’AFP, qui a assisté à la réunion, le ministre Jean "
            "Dupuis a affirmé que la réforme serait retirée avant la fin du mois.",
            "fr",
            "Jean Dupuis",
        ),
        (
            "El alcalde habló el lunes. Según la agencia Efe, la ministra Ana Gómez aseguró que la "
            "reforma sería retirada antes de fin de mes.",
            "es",
            "Ana Gómez",
        ),
    ],
    ids=["fr-selon", "es-segun"],
)
def test_speech_clause_inside_an_according_to_sentence_is_its_subjects(
    text: str, language: str, speaker: str
) -> None:
    assert [(k, s) for k, s, _ in _quotes(text, language)] == [("indirect", speaker)]


def test_inverted_cue_opening_the_next_paragraph_names_the_quotations_speaker() -> None:
    text = (
        "“Il ministro non ha capito le nostre ragioni. Chiediamo un incontro entro la settimana”.\n\n"
        "Lo afferma, in una nota, la sindaca di Cosenza, Lucia Serra. Domani è prevista una riunione."
    )
    assert _speaker_of(text, "it", "Il ministro") == "Lucia Serra"


# -- roles, titles and bodies ---------------------------------------------------------------


def test_name_completing_a_role_is_the_roles_holder_not_the_body() -> None:
    text = (
        "O presidente do Banco Central, Roberto Campos Neto, participou do evento. O presidente do "
        "BC apontou que a inflação deve cair no próximo semestre."
    )
    assert _quotes(text, "pt") == [
        ("indirect", "Roberto Campos Neto", "a inflação deve cair no próximo semestre")
    ]


def test_role_and_apposed_name_before_the_verb_is_no_reported_clause() -> None:
    text = "O candidato do PSB à Prefeitura de Recife, Tiago Lins, criticou a gestão do prefeito Jorge Melo."
    assert _quotes(text, "pt") == []


def test_compound_title_alone_stands_for_the_person_named_after_it_before() -> None:
    text = (
        "ÖGB-Präsident Erich Foglar warf dem Minister Versäumnisse vor. Die Notstandshilfe "
        "garantiere laut ÖGB-Präsident, dass niemand sein Erspartes verliere."
    )
    assert [s for _, s, _ in _quotes(text, "de")] == ["Erich Foglar"]


def test_role_with_a_holder_named_before_wins_over_an_acronym_in_brackets() -> None:
    text = (
        "O partido criticou o presidente Carlos Menezes por uma declaração feita após a Agência "
        "Nacional de Vigilância Sanitária (Anvisa) suspender os testes. “A vacina não é obrigatória. "
        "Quem decide sou eu”, publicou o presidente."
    )
    assert _speaker_of(text, "pt", "A vacina") == "Carlos Menezes"


# -- German clause ends and names -----------------------------------------------------------


@pytest.mark.parametrize(
    "ending",
    ["fügte Fico hinzu", "räumte Fico ein", "erklärte Fico weiter"],
    ids=["hinzu", "ein", "weiter"],
)
def test_german_postposed_cue_ending_in_a_particle_or_adverb(ending: str) -> None:
    text = f"Premier Robert Fico sprach in Bratislava. Die Lage wäre heute besser, {ending}."
    assert _quotes(text, "de") == [("indirect", "Robert Fico", "Die Lage wäre heute besser")]


def test_fullest_name_prefers_a_given_name_over_a_longer_run() -> None:
    text = (
        "Premier Robert Fico sprach am Montag. Den Islam lehne man ab, zitierte die "
        "Nachrichtenagentur TASR Fico. Die Grenzen blieben offen, sagte Fico."
    )
    assert {s for _, s, _ in _quotes(text, "de")} == {"Robert Fico"}


def test_sentence_opener_read_as_a_speaker_is_no_antecedent() -> None:
    text = (
        "Premier Robert Fico sprach am Montag in Bratislava. Lasst uns ehrlich sein und sagen, dass "
        "das so nicht passieren darf. Die Slowakei wäre sonst in einer ähnlichen Lage, sagte er."
    )
    assert _speaker_of(text, "de", "Die Slowakei") == "Robert Fico"


def test_country_genitive_before_a_title_is_no_part_of_the_name() -> None:
    text = (
        "Tschechiens Außenminister Lubomír Zaorálek traf den Botschafter. Die Lage sei ernst, sagte Zaorálek."
    )
    assert _quotes(text, "de") == [("indirect", "Lubomír Zaorálek", "Die Lage sei ernst")]


def test_german_body_named_by_an_adjective_is_no_pronouns_antecedent() -> None:
    text = (
        "Laut dem Europäischen Rechnungshof wurden viele Strecken zu spät gebaut.\n"
        "Kris de Decker kennt das aus eigener Erfahrung. Seit Jahren reist der Journalist nur "
        "mit dem Zug. „Die ersten Jahre waren toll“, erzählt der 48-Jährige."
    )
    assert _speaker_of(text, "de", "Die ersten Jahre") == "Kris de Decker"


@pytest.mark.parametrize(
    ("name", "body"),
    [("Europäischen Rechnungshof", True), ("Oberster Gerichtshof", True), ("Anna Berg", False)],
    ids=["adjective", "body-noun", "person"],
)
def test_german_body_names(name: str, body: bool) -> None:
    from newsparse.lang import get_language
    from newsparse.rules.quotes.languages.cues import language_cues
    from newsparse.rules.quotes.languages.names import ArticleNames

    tables = get_language("de")
    names = ArticleNames(f"{name} sprach.", tables, language_cues(tables))
    assert names.organisation(name) is body


def test_hindi_complementiser_written_as_a_postposition_right_after_the_verb() -> None:
    text = (
        "भोपाल। केंद्रीय इस्पात राज्य मंत्री रमेश चंद्र वर्मा भोपाल पहुंचे। "
        "दरअसल केंद्रीय राज्यमंत्री रमेश चंद्र वर्मा ने कहा के सड़कों के काम में कोई देरी नहीं हुई है। "
        "इतना ही नहीं केंद्रीय राज्य मंत्री ने कहा की इस साल सबसे ज्यादा पुल बने हैं।"
    )
    assert _quotes(text, "hi") == [
        ("indirect", "रमेश चंद्र वर्मा", "सड़कों के काम में कोई देरी नहीं हुई है"),
        ("indirect", "रमेश चंद्र वर्मा", "इस साल सबसे ज्यादा पुल बने हैं"),
    ]


def test_hindi_genitive_postposition_later_in_the_clause_opens_nothing() -> None:
    text = "मुंबई। मंत्री रमेश वर्मा ने बताया, सरकार की योजना अगले महीने शुरू होगी।"
    assert all(not c.startswith("योजना") for _, _, c in _quotes(text, "hi"))


def test_quotation_with_no_cue_is_the_person_the_sentence_before_is_about() -> None:
    text = (
        "Le maire de Honfleur, Tristan Lemoine, a lu la lettre devant le conseil municipal.\n"
        "« J'ai eu le préfet au téléphone ce matin et tout ferme jeudi, sauf les écoles. »\n"
        "La préfecture a démenti dans la soirée."
    )
    assert _speaker_of(text, "fr", "J'ai eu") == "Tristan Lemoine"


def test_quotation_with_no_cue_after_a_sentence_about_nobody_has_no_speaker() -> None:
    text = (
        "La séance a duré trois heures et le vote a été reporté.\n"
        "« Tout ferme jeudi, sauf les écoles et les crèches de la commune. »"
    )
    assert _speaker_of(text, "fr", "Tout ferme") is None


def test_german_cue_followed_by_its_addressee_ends_the_clause() -> None:
    text = (
        "Sicherheitsforscher Tom Brenner hat die Puppe gehackt. Er konnte auf gespeicherte "
        "Audiodateien zugreifen, sagte er NBC. Es sei nur eine Frage der Zeit."
    )
    assert _quotes(text, "de") == [
        ("indirect", "Tom Brenner", "Er konnte auf gespeicherte Audiodateien zugreifen"),
        ("indirect", "Tom Brenner", "Es sei nur eine Frage der Zeit"),
    ]


def test_source_closing_the_sentence_outranks_an_according_to_inside_it() -> None:
    text = (
        "Gegen 21 Uhr warteten noch 1.000 Menschen, so Polizeisprecher Gerald Pangl. Die Züge "
        "sollen laut Informationen aus Ungarn nicht vor Mitternacht eintreffen, so Pangl."
    )
    assert [s for _, s, _ in _quotes(text, "de")] == ["Gerald Pangl", "Gerald Pangl"]


def test_brand_written_in_camel_case_speaks_for_itself() -> None:
    text = (
        "Nähere Angaben dazu macht der Forscher nicht. ToyTalk, das die Puppe entwickelt hat, "
        "bestätigte gegenüber NBC, dass die Puppe gehackt werden könnte."
    )
    assert _quotes(text, "de") == [("indirect", "ToyTalk", "die Puppe gehackt werden könnte")]


def test_postposed_cue_with_time_adverb_and_an_adjunct_holding_a_relative_clause() -> None:
    text = (
        "La ministra de Economía, Silvina Robles, ratificó esta tarde que las medidas cuentan con "
        "respaldo.\nEstamos en una coalición de gobierno y hay un equilibrio entre todos, dijo esta "
        "tarde Robles durante un contacto que mantuvo con la prensa en Washington."
    )
    assert _quotes(text, "es") == [
        ("indirect", "Silvina Robles", "las medidas cuentan con respaldo"),
        (
            "indirect",
            "Silvina Robles",
            "Estamos en una coalición de gobierno y hay un equilibrio entre todos",
        ),
    ]


def test_surname_alone_opening_a_sentence_before_its_cue_is_a_name() -> None:
    text = (
        "L'assessore al bilancio ha presentato la manovra. Fasolino ha spiegato che la finanziaria "
        "va approvata entro il 31 gennaio. Ieri ha parlato anche il sindaco."
    )
    assert _quotes(text, "it") == [
        ("indirect", "Fasolino", "la finanziaria va approvata entro il 31 gennaio")
    ]


def test_adverb_opening_a_sentence_before_its_cue_is_no_name() -> None:
    text = "El alcalde Igor Ruiz habló con los vecinos. Asimismo, señaló que la obra terminará en mayo."
    assert _quotes(text, "es") == [("indirect", "Igor Ruiz", "la obra terminará en mayo")]


def test_role_with_a_long_complement_then_the_name_after_its_comma() -> None:
    text = (
        "“Avremmo preferito decisioni comuni per tutte le regioni del nord”. Lo ha detto "
        "l’assessore al Welfare della Regione Lombardia, Giulio Gallera, ad Agorà."
    )
    assert [s for _, s, _ in _quotes(text, "it")] == ["Giulio Gallera"]


def test_german_title_and_surname_mention_the_person_named_in_full_before() -> None:
    text = (
        "Tschechiens Außenminister Lubomír Zaorálek traf den Botschafter. Später erinnerte Alexander "
        "Novak an den Prager Frühling. Außenminister Zaorálek sieht einen gefährlichen Zusammenhang. "
        "Derartige Theorien seien beunruhigend, so der Sozialdemokrat."
    )
    assert _speaker_of(text, "de", "Derartige") == "Lubomír Zaorálek"


def test_weekday_between_an_inverted_verb_and_its_subject() -> None:
    text = (
        "Le procureur François Molins a tenu une conférence de presse.\n"
        '"Je suis très serein sur cette question", a réagi lundi François Molins au cours d\'une '
        'conférence de presse avec le procureur belge Frédéric van Leeuw. "Nous travaillons sur '
        'deux dossiers unis par une équipe commune", a-t-il souligné.'
    )
    assert [s for _, s, _ in _quotes(text, "fr")] == ["François Molins", "François Molins"]


def test_body_noun_stands_for_the_acronym_that_speaks() -> None:
    text = (
        "O PSDB criticou o presidente pela declaração. “A vacina salva vidas”, afirmou o PSDB.\n"
        "“A corrida pela vacina não é uma guerra política”, diz a nota do partido."
    )
    assert [s for _, s, _ in _quotes(text, "pt")] == ["PSDB", "PSDB"]


def test_body_noun_with_no_acronym_speaking_keeps_the_description() -> None:
    text = "“A corrida pela vacina não é uma guerra política”, diz a nota do partido."
    assert [s for _, s, _ in _quotes(text, "pt")] == ["a nota do partido"]


def test_german_possessive_relative_before_the_role_after_an_inverted_cue() -> None:
    text = (
        "Anders sieht es die Partei. Die Mindestsicherung bietet die falschen Anreize, meint deren "
        "Sozialsprecher Herbert Kickl."
    )
    assert _quotes(text, "de") == [
        ("indirect", "Herbert Kickl", "Die Mindestsicherung bietet die falschen Anreize")
    ]
