"""Site furniture of real scrapes, line by line and in each supported language (#9, #11).

Each shape is an invented line of the kind scraped pages keep (navigation, comment forms,
offers with no promo noun, reproduction notices, verb-final Hindi plugs); each is put between
two story paragraphs and must come out as one boilerplate item, whole. The negatives are story
sentences that open with the same words and must stay story.
"""

from __future__ import annotations

import pytest

import newsparse

STORY = {
    "en": "The council met on Tuesday to discuss the rail plan, which has divided the region.",
    "fr": "Le conseil municipal s'est réuni mardi pour examiner le projet de tramway.",
    "es": "El ayuntamiento se reunió el martes para debatir el plan del tranvía.",
    "de": "Der Stadtrat hat am Dienstag über den Ausbau der Straßenbahn beraten.",
    "pt": "A câmara municipal reuniu-se na terça-feira para discutir o projeto do bonde.",
    "it": "Il consiglio comunale si è riunito martedì per discutere il progetto del tram.",
    "hi": "नगर परिषद ने मंगलवार को ट्राम परियोजना पर चर्चा के लिए बैठक की।",
}

SHAPES = [
    ("en", "Next article"),
    ("en", "More in Politics"),
    ("en", "Trending Now"),
    ("en", "Up Next"),
    ("en", "Recommended by"),
    ("en", "Leave a Reply Cancel reply"),
    ("en", "Your email address will not be published. Required fields are marked *"),
    ("en", "Save my name, email, and website in this browser for the next time I comment."),
    ("en", "What do you think? Let us know in the comments below."),
    ("en", "Want to join the conversation?"),
    ("en", "Forgot password?"),
    ("en", "Posted in Politics | Tagged budget, rail"),
    ("en", "Like this: Like Loading..."),
    ("en", "Print Friendly, PDF & Email"),
    ("en", "This article is more than 2 years old"),
    ("en", "Never miss a story"),
    ("en", "Stay up to date with all the latest news from the valley"),
    ("en", "Get 50% off your first year"),
    ("en", "Allow notifications"),
    ("en", "Make a donation"),
    ("en", "Send us your press release"),
    ("en", "We want to hear from you"),
    ("en", "Do you have information about this story? Contact us."),
    ("en", "The Valley Ledger is on WhatsApp. Click here to join our channel."),
    ("en", "About Us Contact Us Advertise"),
    ("fr", "Tous droits de reproduction réservés"),
    ("fr", "Vous souhaitez réagir à cet article ?"),
    ("fr", "Cet article vous a plu ? Partagez-le !"),
    ("fr", "Soutenez une rédaction indépendante"),
    ("fr", "Mots-clés :"),
    ("fr", "Ailleurs sur le web"),
    ("fr", "En savoir plus"),
    ("es", "Etiquetas"),
    ("es", "Temas: Transporte, Ayuntamiento"),
    ("es", "Queda prohibida la reproducción total o parcial de este contenido."),
    ("es", "Para seguir leyendo, suscríbete"),
    ("de", "Jetzt kostenlos registrieren"),
    ("de", "Schlagworte:"),
    ("de", "Themen: Verkehr, Stadtrat"),
    ("de", "Weitere Nachrichten"),
    ("de", "Sie möchten weiterlesen? Jetzt Abo abschließen."),
    ("pt", "É proibida a reprodução deste conteúdo sem autorização."),
    ("pt", "Veja mais"),
    ("it", "Riproduzione vietata"),
    ("it", "Iscriviti alla nostra newsletter per ricevere le notizie del giorno."),
    ("hi", "सर्वाधिकार सुरक्षित"),
    ("hi", "हमारे न्यूज़लेटर के लिए सब्सक्राइब करें"),
    ("hi", "ताजा खबरों के लिए हमें फेसबुक पर लाइक और ट्विटर पर फॉलो करें"),
    ("hi", "Google News पर हमें फॉलो करें"),
    ("fr", "Article suivant"),
    ("fr", "Politique de confidentialité"),
    ("es", "Noticia anterior"),
    ("es", "Ya soy suscriptor"),
    ("de", "Impressum"),
    ("de", "Fehler gefunden? Jetzt melden"),
    ("pt", "Já é assinante? Faça login"),
    ("it", "Sei già abbonato? Accedi"),
    ("it", "Articolo successivo"),
    ("hi", "अगली खबर"),
]


@pytest.mark.parametrize(("code", "line"), SHAPES, ids=[f"{c}-{i}" for i, (c, _) in enumerate(SHAPES)])
def test_furniture_line_between_story_paragraphs(code: str, line: str) -> None:
    story = STORY[code]
    article = newsparse.parse(f"{story}\n{line}\n{story}", language=code)
    assert [b.text for b in article.boilerplate] == [line]


NEGATIVES = [
    ("en", "More from the minister's speech is expected on Friday."),
    ("en", "Never miss a deadline, the coach told his players before the final."),
    ("en", "Posted in 2019, the video drew millions of views within a week."),
    ("en", "We want to hear from you, the mayor told residents at the packed meeting."),
    ("en", "Send your children to school on Monday, officials urged parents."),
    ("en", "Trending topics on the platform included the vote and the strike."),
    ("en", "Make a donation to the flood appeal and the council will match it, the mayor said."),
    ("fr", "Soutenez-vous la réforme, a demandé le journaliste au ministre."),
    ("fr", "En savoir plus sur le projet demandera encore des mois d'études."),
    ("es", "Temas como el empleo dominaron el debate en el pleno."),
    ("de", "Themen wie die Rente bestimmten den Wahlkampf in der Stadt."),
    ("de", "Jetzt kostenlos parken zu können, freut viele Pendler."),
    ("it", "Riproduzione e vendita delle opere sono al centro dell'inchiesta."),
    ("hi", "मंत्री ने लोगों से ऐप डाउनलोड करने की अपील की।"),
    ("es", "Imprimir los billetes costará a la empresa dos millones de euros al año."),
    ("it", "Stampa e televisione hanno seguito il voto fino a tarda notte."),
]


@pytest.mark.parametrize(("code", "line"), NEGATIVES, ids=[f"{c}-{i}" for i, (c, _) in enumerate(NEGATIVES)])
def test_story_sentence_with_the_same_opening_stays_story(code: str, line: str) -> None:
    story = STORY[code]
    article = newsparse.parse(f"{story}\n{line}\n{story}", language=code)
    assert article.boilerplate == ()


# A one-line scrape: every paragraph joined into one line, a plug between two story sentences.
JOINED = {
    "en": (
        "The council met on Tuesday to discuss the rail plan, which has divided the region for years. "
        "Officials said the cost had risen sharply since the last estimate was published in spring. "
        "The minister said the plan would go ahead despite objections from several local groups. "
    ),
    "es": (
        "El ayuntamiento se reunió el martes para debatir el plan del tranvía, que divide a la región. "
        "Los concejales aprobaron un aumento del presupuesto para las obras del tramo norte. "
        "El alcalde dijo que las obras empezarán en primavera a pesar de las protestas vecinales. "
    ),
}


@pytest.mark.parametrize(
    ("code", "plug"),
    [
        ("en", "Download the Valley Ledger app for breaking news alerts."),
        ("en", "Sign up for our morning newsletter here."),
        ("en", "Follow us on Instagram for more pictures from the valley."),
        ("es", "Síguenos en Instagram para más noticias del valle."),
    ],
    ids=["app", "newsletter", "follow", "es-follow"],
)
def test_plug_between_the_sentences_of_a_joined_line(code: str, plug: str) -> None:
    story = JOINED[code]
    article = newsparse.parse(f"{story}{plug} {story.strip()}", language=code)
    assert [b.text for b in article.boilerplate] == [plug]


@pytest.mark.parametrize(
    "sentence",
    [
        "Read the full report on the council's website, officials said.",
        "Click here, the minister joked, and the trains will run on time.",
        'Her advice was simple: "Sign up for the scheme before it closes. It pays for itself."',
        "For the first time, the council will publish its accounts online.",
    ],
    ids=["speech-verb", "speech-verb-inside", "quoted", "for-opener"],
)
def test_story_sentence_in_a_joined_line_stays_story(sentence: str) -> None:
    story = JOINED["en"]
    assert newsparse.parse(f"{story}{sentence} {story.strip()}", language="en").boilerplate == ()


def test_plug_closing_a_short_line_does_not_take_the_story_after_it() -> None:
    # The newsletter pattern's bounded tail would reach into the sentence after the plug.
    story = JOINED["en"].split(". ")[0] + "."
    plug = "Download the Valley Ledger app for breaking news alerts."
    text = f"{story}\n{plug} The committee will publish its findings before the summer recess."
    assert [b.text for b in newsparse.parse(text, language="en").boilerplate] == [plug]


LINE_STORY = (
    "The council met on Tuesday to discuss the rail plan, which has divided the region.\n"
    "Officials said the cost had risen sharply since the last estimate was published.\n"
    "The minister said the plan would go ahead despite objections from local groups.\n"
)
RELATED = "Rail fares to rise again in spring\n5 stocks to buy before budget day\n‘I will not quit’: MP’s video message\n"


def test_related_headlines_with_no_label_join_the_closing_footer() -> None:
    footer = "© 2025 Valley Ledger. All rights reserved."
    items = newsparse.parse(LINE_STORY + RELATED + footer, language="en").boilerplate
    assert [b.text for b in items] == [RELATED + footer]


@pytest.mark.parametrize(
    "above",
    [
        "Key dates\nMarch vote in the regional parliament\nApril rise in fares for season tickets\n",
        "Jane Roe\nSenior Transport Reporter\n",
        "- Rail fares to rise again in spring\n- New timetable for the northern line\n",
    ],
    ids=["after-a-label", "author-lines", "bullets"],
)
def test_short_lines_that_are_no_headline_run_stay(above: str) -> None:
    footer = "© 2025 Valley Ledger. All rights reserved."
    items = newsparse.parse(LINE_STORY + above + footer, language="en").boilerplate
    assert all(above.split("\n")[1] not in b.text for b in items)


@pytest.mark.parametrize(
    "tail",
    [
        "Rail fares to rise again in spring 5 stocks to buy before budget day Share this article.",
        "Rail fares to rise again in spring 5 stocks to buy before budget day Subscribe to our newsletter",
        "Rail fares to rise again 5 stocks to buy before budget day Follow us on Facebook and X. "
        "Copyright 2025 Valley Ledger. All rights reserved.",
    ],
    ids=["share", "newsletter-unpunctuated", "follow-then-copyright"],
)
def test_headlines_run_into_a_footer_at_the_end_of_a_joined_line(tail: str) -> None:
    story = JOINED["en"] * 2  # a one-line scrape: 400 characters or more
    items = newsparse.parse(story + tail, language="en").boilerplate
    assert "".join(b.text for b in items).replace(" ", "") == tail.replace(" ", "")


@pytest.mark.parametrize(
    "last",
    [
        "The chair said she would Follow us on the new app with interest.",
        "In the end, the council voted to Share this article of the treaty with its neighbours.",
    ],
    ids=["speech-verb", "comma-clause"],
)
def test_last_story_sentence_of_a_joined_line_holding_plug_words_stays(last: str) -> None:
    story = JOINED["en"] * 2
    assert newsparse.parse(story + last, language="en").boilerplate == ()


ES_STORY = (
    "El ayuntamiento se reunió el martes para debatir el plan del tranvía, que divide a la región.\n"
    "Los concejales aprobaron un aumento del presupuesto para las obras del tramo norte de la línea.\n"
    "El alcalde dijo que las obras empezarán en primavera a pesar de las protestas de los vecinos.\n"
)


def test_site_menu_above_the_story_is_one_item() -> None:
    menu = "Inicio\nPolítica\nEconomía\nDeportes\nCultura"
    items = newsparse.parse(menu + "\n" + ES_STORY, language="es").boilerplate
    assert [b.text for b in items] == [menu]


def test_a_short_list_inside_the_story_is_no_menu() -> None:
    text = ES_STORY + "Los barrios afectados son:\nNorte\nCentro\nLa Vega\nEl Puerto\n" + ES_STORY
    assert newsparse.parse(text, language="es").boilerplate == ()


DE_STORY = (
    "Der Stadtrat hat am Dienstag über den Ausbau der Straßenbahn beraten, der die Region spaltet.\n"
    "Die Abgeordneten stimmten einer Erhöhung des Budgets für die Arbeiten am nördlichen Abschnitt zu.\n"
    "Der Bürgermeister sagte, die Bauarbeiten würden trotz der Proteste im Frühjahr beginnen.\n"
    "Die Opposition kündigte an, gegen die Entscheidung vor Gericht zu ziehen.\n"
)
TEASERS = (
    "Der Hafen öffnet nach einer Woche Streik wieder. Die Hafenarbeiter nahmen ein Angebot an.\n"
    "Die Dürre zwingt die Bauern zu Einschränkungen bei der Bewässerung der Felder."
)


def test_teasers_in_full_sentences_under_a_closing_section_header() -> None:
    items = newsparse.parse(
        DE_STORY + "Das könnte Sie auch interessieren\n" + TEASERS, language="de"
    ).boilerplate
    assert "".join(b.text for b in items).replace("\n", "") == (
        "Das könnte Sie auch interessieren" + TEASERS
    ).replace("\n", "")


def test_story_after_an_orphan_also_read_label_stays() -> None:
    text = DE_STORY + "Lesen Sie auch:\n" + TEASERS
    items = newsparse.parse(text, language="de").boilerplate
    assert all("Hafen" not in b.text for b in items)


def test_english_comment_section_is_one_footer() -> None:
    comments = (
        "12 Comments\nriverwatcher\nAbout time the council listened to the people who use the trains.\n"
        "J. Smith\nI have waited forty minutes for a tram every morning this winter."
    )
    items = newsparse.parse(LINE_STORY * 2 + comments, language="en").boilerplate
    assert [b.text for b in items] == [comments]


def test_quoted_story_paragraphs_after_an_inline_related_header_stay() -> None:
    closing = (
        "“We will not stop until the line is built,” the mayor said after the vote.\n"
        "The first trams are due to run in the spring of next year."
    )
    text = DE_STORY.replace("Der", "Die") + "Das könnte Sie auch interessieren\n" + closing
    items = newsparse.parse(text, language="de").boilerplate
    assert all("mayor" not in b.text for b in items)
