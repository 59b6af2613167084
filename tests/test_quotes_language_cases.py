"""Quotes beyond English: whole invented articles (``tests/cases/quotes/languages``) and the
shapes of real text the language stages handle — an attribution inside the marks, a speaker
newly named in a run of quotes, a lone capitalised word that is no name, German nouns, a
surname's fullest form, adjuncts before an inverted subject, reported-speech continuations.

Every sentence is invented. Each test forces the language, so it checks attribution, not detection.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from newsparse import Document, QuoteRule

CASES = Path(__file__).resolve().parent / "cases" / "quotes" / "languages"


def _quotes(text: str, language: str) -> list[tuple[str, str | None, str]]:
    found = QuoteRule()(Document.from_text(text, language=language))
    return [(q.kind, q.speaker, q.content.text) for q in found if q.kind != "scare"]


def _case(name: str) -> dict[str, Any]:
    gold: dict[str, Any] = json.loads((CASES / f"{name}.json").read_text(encoding="utf-8"))
    gold["text"] = (CASES / f"{name}.txt").read_text(encoding="utf-8")
    return gold


@pytest.mark.parametrize("name", sorted(p.stem for p in CASES.glob("*.txt")))
def test_case_article(name: str) -> None:
    case = _case(name)
    got = _quotes(case["text"], case["language"])
    want = [(q["kind"], q["speaker"], q["content"]) for q in case["quotes"]]
    assert sorted(got) == sorted(want)


def test_every_language_has_a_case_article() -> None:
    languages = {_case(p.stem)["language"] for p in CASES.glob("*.txt")}
    assert languages >= {"fr", "es", "de", "pt", "it", "hi", "cs"}


# -- an attribution inside the marks ------------------------------------------------------


def test_french_incise_with_inverted_pronoun_splits_the_quotation() -> None:
    text = (
        "Devant la mairie, Hélène Caradec, infirmière, attend son tour.\n"
        "« On nous promet des moyens depuis dix ans, soupire-t-elle. Rien n’arrive jamais. »"
    )
    assert _quotes(text, "fr") == [
        ("direct", "Hélène Caradec", "On nous promet des moyens depuis dix ans"),
        ("direct", "Hélène Caradec", "Rien n’arrive jamais."),
    ]


def test_french_incise_with_named_speaker_and_appositive() -> None:
    text = (
        "« La digue a reculé de trois mètres, constate Pierre Lemoine, le maire de la commune. "
        "Il faudra la reconstruire. »"
    )
    assert _quotes(text, "fr") == [
        ("direct", "Pierre Lemoine", "La digue a reculé de trois mètres"),
        ("direct", "Pierre Lemoine", "Il faudra la reconstruire."),
    ]


def test_italian_incise_between_spaced_hyphens() -> None:
    text = "«Il reparto resterà aperto - spiega il primario Enrico Galli - anche ad agosto»."
    assert _quotes(text, "it") == [
        ("direct", "Enrico Galli", "Il reparto resterà aperto"),
        ("direct", "Enrico Galli", "anche ad agosto"),
    ]


def test_spanish_incise_with_glued_dashes_and_dropped_subject() -> None:
    text = (
        "La ministra Carmen Ortiz visitó la planta el jueves.\n"
        "«Esta fábrica tiene futuro —afirmó—. Nadie perderá su empleo»."
    )
    assert _quotes(text, "es") == [
        ("direct", "Carmen Ortiz", "Esta fábrica tiene futuro"),
        ("direct", "Carmen Ortiz", "Nadie perderá su empleo"),
    ]


def test_a_comma_and_a_verb_inside_a_quotation_is_not_an_incise() -> None:
    # "explique" here is the quoted person's own word, with no subject after it
    text = "« Le problème, explique mal les choses », a dit Paul Girard."
    got = _quotes(text, "fr")
    assert got == [("direct", "Paul Girard", "Le problème, explique mal les choses")]


# -- who speaks ---------------------------------------------------------------------------


def test_sentence_opening_adverb_is_no_speaker() -> None:
    text = (
        "El general Ramiro Salas habló ante la prensa en el cuartel.\n"
        "Asimismo, añadió que las patrullas seguirán durante el invierno."
    )
    assert _quotes(text, "es") == [
        ("indirect", "Ramiro Salas", "las patrullas seguirán durante el invierno"),
    ]


def test_lone_given_name_is_a_pronouns_antecedent() -> None:
    text = (
        "Sur le parvis, le recteur Alain Perrot salue les familles.\n"
        "Un peu plus loin, nous croisons Antoine, 24 ans, étudiant en histoire. "
        "« Je ne sais pas si je finirai l’année », confie-t-il."
    )
    assert _quotes(text, "fr")[-1] == ("direct", "Antoine", "Je ne sais pas si je finirai l’année")


def test_person_named_since_the_last_quote_takes_over_a_run() -> None:
    text = (
        "« Nous avons tout perdu », a raconté Sophie Garnier.\n"
        "Non loin de là, nous retrouvons Marie Lefort devant sa boutique. "
        "« Les assurances ne répondent plus au téléphone depuis une semaine. »"
    )
    got = _quotes(text, "fr")
    assert got[-1] == (
        "direct",
        "Marie Lefort",
        "Les assurances ne répondent plus au téléphone depuis une semaine.",
    )


def test_a_person_mentioned_before_is_not_new() -> None:
    text = (
        "Le livre de Paul Vernet sur Anne Roussel paraît jeudi.\n"
        "« J’ai passé dix ans sur ce livre », a raconté Paul Vernet.\n"
        "Il a lu toutes les lettres d’Anne Roussel à sa sœur. "
        "« Chaque lettre m’a appris quelque chose de nouveau. »"
    )
    assert _quotes(text, "fr")[-1][1] == "Paul Vernet"


def test_pronoun_prefers_the_person_of_its_gender_by_given_name() -> None:
    text = (
        "Die Ärztin Maria Huber und der Pfleger Thomas Brandl arbeiten seit Jahren zusammen.\n"
        "„Wir sind am Limit“, sagte sie."
    )
    assert _quotes(text, "de") == [("direct", "Maria Huber", "Wir sind am Limit")]


def test_german_surname_alone_speaks_and_resolves_to_the_double_barrelled_form() -> None:
    text = (
        "Im vollen Namen hieß sie Helga von Brandt-Ostermann.\n"
        "Brandt starb am Freitag in Graz. Sie war Schauspielerin.\n"
        "Über ihre Kindheit sprach sie selten, erzählte Brandt einmal: „Ich schaue nie zurück.“"
    )
    assert _quotes(text, "de") == [("direct", "Helga von Brandt-Ostermann", "Ich schaue nie zurück.")]
    # written only as one word, the double-barrelled surname is still the fullest form
    text = text.replace("Im vollen Namen hieß sie Helga von Brandt-Ostermann.", "Brandt-Ostermann ist tot.")
    assert _quotes(text, "de") == [("direct", "Brandt-Ostermann", "Ich schaue nie zurück.")]


def test_german_noun_is_no_speaker_but_a_ministry_after_laut_is_a_source() -> None:
    text = (
        "Die Mitteilung betont, „mehr Geld für die Pflege“ sei nötig.\n"
        "Laut Verkehrsministerium sind drei Brücken gesperrt."
    )
    got = _quotes(text, "de")
    assert ("indirect", "Verkehrsministerium", "sind drei Brücken gesperrt") in got
    assert all(speaker != "Mitteilung" for _, speaker, _ in got)


def test_german_dative_after_the_speaker_is_not_part_of_the_name() -> None:
    text = "„Wir bauen weiter“, sagte Jonas Keller der Berliner Morgenzeitung."
    assert _quotes(text, "de") == [("direct", "Jonas Keller", "Wir bauen weiter")]


def test_german_description_with_capitalised_nouns_after_so() -> None:
    text = "Die Gebühr soll nur noch an die gehörten Bands gehen, so das Ziel der Initiative."
    assert _quotes(text, "de") == [
        ("indirect", "das Ziel der Initiative", "Die Gebühr soll nur noch an die gehörten Bands gehen")
    ]


def test_reported_speech_before_a_speaker_with_a_relative_clause() -> None:
    text = (
        "Die Verzögerung habe technische Gründe, sagte Eva Lindner, die als Sprecherin des Verbands arbeitet."
    )
    assert _quotes(text, "de") == [("indirect", "Eva Lindner", "Die Verzögerung habe technische Gründe")]


def test_konjunktiv_continues_reported_speech_into_the_next_paragraph() -> None:
    text = (
        "Der Ausfall habe mehrere Ursachen, sagte Bahnsprecher Uwe Krämer.\n"
        "Es seien vor allem alte Weichen betroffen. „Wir tauschen sie bis Mai“, sagte Krämer."
    )
    got = _quotes(text, "de")
    assert ("indirect", "Uwe Krämer", "Es seien vor allem alte Weichen betroffen") in got


def test_italian_adjunct_before_the_inverted_subject() -> None:
    text = "«Il ponte riaprirà a giugno». Lo ha detto a Radio Nord l'assessore Franco Moretti."
    assert _quotes(text, "it") == [("direct", "Franco Moretti", "Il ponte riaprirà a giugno")]


def test_italian_al_capitalised_is_a_name_not_a_preposition() -> None:
    text = "Il valico resterà chiuso fino a domenica. Lo riporta Al Arabiya citando fonti locali."
    assert _quotes(text, "it") == [("indirect", "Al Arabiya", "Il valico resterà chiuso fino a domenica")]


def test_a_body_after_selon_is_not_the_person_named_before() -> None:
    text = "Le maire Louis Garnier a inauguré la crèche. Selon la préfecture, elle ouvrira en mars."
    assert ("indirect", "la préfecture", "elle ouvrira en mars") in _quotes(text, "fr")


def test_source_without_determiner_after_segun() -> None:
    text = "Según datos del Instituto Nacional de Estadística, el paro bajó un punto en marzo."
    assert _quotes(text, "es") == [
        ("indirect", "datos del Instituto Nacional de Estadística", "el paro bajó un punto en marzo")
    ]


def test_german_so_never_takes_a_bare_source() -> None:
    text = "Denn Max Berger, so heißt der Held der Geschichte, lebt in Kassel."
    assert _quotes(text, "de") == []


def test_clause_then_cue_then_speaker_and_appositive() -> None:
    text = (
        "Ningún hospital de la provincia cerrará este verano por falta de personal, afirmó Raúl Medina, "
        "consejero de Sanidad, durante la sesión."
    )
    assert _quotes(text, "es") == [
        (
            "indirect",
            "Raúl Medina",
            "Ningún hospital de la provincia cerrará este verano por falta de personal",
        )
    ]


def test_short_subject_before_a_cue_set_inside_the_sentence() -> None:
    text = "La reforma, subrayó Ana Ruiz, necesita más tiempo y más dinero."
    got = _quotes(text, "es")
    assert got == [("indirect", "Ana Ruiz", "La reforma, subrayó Ana Ruiz, necesita más tiempo y más dinero")]


def test_french_incise_with_elided_article_resolves_the_role() -> None:
    text = (
        "Le maire Paul Roux a fermé la plage. "
        "« Il faut agir vite, explique l’élu. Il y a parmi eux des personnes fragiles. »"
    )
    assert _quotes(text, "fr") == [
        ("direct", "Paul Roux", "Il faut agir vite"),
        ("direct", "Paul Roux", "Il y a parmi eux des personnes fragiles."),
    ]


def test_a_quotation_tail_before_a_cue_is_not_reported_speech() -> None:
    # the opening mark sits on an earlier hard-wrapped line, so no quotation was paired
    text = 'Er reist seit Jahren mit dem Zug. "Ich habe das sehr\ngenossen. Die ersten Jahre waren toll", sagt Kai Brandes.'
    assert all(kind != "indirect" for kind, _, _ in _quotes(text, "de"))


def test_a_full_name_keeps_its_first_name() -> None:
    text = (
        "El presidente Alberto Fernández viajó a Salta.\n"
        "Aníbal Fernández lo defendió: “Los ataques son contra el Gobierno”."
    )
    assert _quotes(text, "es") == [("direct", "Aníbal Fernández", "Los ataques son contra el Gobierno")]


def test_an_organisation_that_speaks_is_no_pronouns_antecedent() -> None:
    text = (
        "La ministra Elena Vidal visitó el hospital.\n"
        "Las obras seguirán en marzo, explican en Casa de Gobierno.\n"
        "“No vamos a parar”, dijo ella."
    )
    assert _quotes(text, "es")[-1] == ("direct", "Elena Vidal", "No vamos a parar")


def test_hindi_agent_before_ne_is_the_speaker_not_the_opening_adverbial() -> None:
    text = "इससे पहले मंत्री रमेश यादव ने सभा में कहा कि सड़क का काम मार्च तक पूरा होगा।"
    assert _quotes(text, "hi") == [("indirect", "रमेश यादव", "सड़क का काम मार्च तक पूरा होगा")]


def test_german_colon_then_konjunktiv_is_reported_speech_of_the_name_before() -> None:
    text = (
        "Der Reporter Jan Kohl recherchierte wochenlang.\n"
        "Am Mittwoch kam eine Mail von Jan Kohl an die Redaktion: Die meisten Quellen seien verschlossen."
    )
    assert _quotes(text, "de") == [("indirect", "Jan Kohl", "Die meisten Quellen seien verschlossen")]


def test_quoted_fragment_opening_a_reported_clause() -> None:
    text = 'Il ministro Carlo Neri ha detto che "la crisi" è finita da tempo.'
    got = _quotes(text, "it")
    assert ("indirect", "Carlo Neri", '"la crisi" è finita da tempo') in got
    assert ("direct", "Carlo Neri", "la crisi") in got


def test_a_whole_quoted_sentence_after_the_cue_stays_direct() -> None:
    text = 'Il ministro Carlo Neri ha detto: "La crisi è finita da tempo e non tornerà presto" durante il vertice.'
    assert [kind for kind, _, _ in _quotes(text, "it")] == ["direct"]


def test_capitalised_role_after_a_determiner_refers_to_the_person_named_with_it() -> None:
    text = (
        "Il Commissario generale Paolo Ferraris ha visitato il campo.\n"
        "«La situazione è gravissima». Lo ha ribadito il Commissario."
    )
    assert _quotes(text, "it") == [("direct", "Paolo Ferraris", "La situazione è gravissima")]


def test_the_fullest_form_is_followed_through_a_short_form() -> None:
    text = (
        "Il direttore dell'agenzia, Tedros Adhanom Ghebreyesus, ha parlato ieri.\n"
        "«Gli ospedali sono al collasso», avverte il Dg Tedros."
    )
    assert _quotes(text, "it") == [("direct", "Tedros Adhanom Ghebreyesus", "Gli ospedali sono al collasso")]


# -- a name before a comma-set appositive --------------------------------------------------


def test_spanish_name_before_appositive_speaks_not_the_place_ending_it() -> None:
    text = (
        "Durante la asamblea, Lucía Herrera Soto, delegada del sindicato en la provincia de Cádiz, "
        "comentó que la plantilla votará la propuesta el lunes."
    )
    assert _quotes(text, "es") == [
        ("indirect", "Lucía Herrera Soto", "la plantilla votará la propuesta el lunes"),
    ]


def test_italian_two_names_in_a_row_are_no_appositive() -> None:
    text = "Secondo fonti vicine al dossier, Anna Riva, Marco Gatti hanno confermato che il piano slitterà."
    got = _quotes(text, "it")
    assert all(speaker != "Anna Riva" for _, speaker, _ in got)


def test_quotation_in_its_own_paragraph_after_reported_speech_continues_the_speaker() -> None:
    text = (
        "Il direttore del museo, Carlo Mancini, ha annunciato che la collezione resterà chiusa fino a maggio.\n"
        "\u201cStiamo rifacendo gli impianti di tutte le sale e non possiamo fare altrimenti.\u201d"
    )
    got = _quotes(text, "it")
    assert (
        "direct",
        "Carlo Mancini",
        "Stiamo rifacendo gli impianti di tutte le sale e non possiamo fare altrimenti.",
    ) in got


def test_quoted_sentence_after_a_sentence_goes_to_its_subject_not_the_person_it_names() -> None:
    text = (
        "A tradutora Helena Prates Vieira, 52, descobriu os romances de Jorge Amado Filho ainda na escola. "
        '"Li tudo o que encontrei na biblioteca da cidade e nunca mais parei de ler."\n'
        'Jorge Amado Filho respondeu depois: "Fico feliz por cada leitor novo."'
    )
    got = _quotes(text, "pt")
    assert (
        "direct",
        "Helena Prates Vieira",
        "Li tudo o que encontrei na biblioteca da cidade e nunca mais parei de ler.",
    ) in got


def test_hindi_agent_of_ne_before_an_adverbial_and_the_verb_speaks_the_quotation() -> None:
    text = (
        "मंत्री रमेश वर्मा ने बैठक के बाद कहा, 'हम हर गांव तक बिजली पहुंचाएंगे. यह हमारा वादा है.' "
        "उन्होंने अधिकारियों को निर्देश भी दिए.\n"
    )
    assert _quotes(text, "hi") == [
        ("direct", "रमेश वर्मा", "हम हर गांव तक बिजली पहुंचाएंगे. यह हमारा वादा है."),
    ]


def test_italian_description_after_an_inverted_cue_names_the_person_that_follows_it() -> None:
    text = (
        'Il nuovo ponte sarà pronto "entro la fine del prossimo anno". Lo ha detto il direttore '
        "generale dell'agenzia Anas per le strade statali Paolo Ferretti durante la visita al cantiere.\n"
        "Le prime corsie apriranno in primavera, ha confermato l'assessore, ma \"senza i fondi europei "
        'non si va da nessuna parte", ha aggiunto."\n'
    )
    got = _quotes(text, "it")
    assert ("direct", "Paolo Ferretti", "entro la fine del prossimo anno") in got


def test_spanish_dropped_subject_after_a_quotation_is_its_sentence_opener() -> None:
    text = (
        "La ministra Carmen Lozano Ruiz presentó el plan de vivienda en el Congreso. "
        "\u201cEs la prioridad de esta legislatura\u201d, dijo Lozano.\n"
        "Tomás Beltrán Ortega insistió en el papel de los ayuntamientos: "
        "\u201cSin suelo público no habrá viviendas asequibles en ninguna ciudad\u201d, apuntó.\n"
    )
    got = _quotes(text, "es")
    assert (
        "direct",
        "Tomás Beltrán Ortega",
        "Sin suelo público no habrá viviendas asequibles en ninguna ciudad",
    ) in got
