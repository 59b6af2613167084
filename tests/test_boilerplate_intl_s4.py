"""Footers and page residue beyond English, round three (#11).

Case files under ``tests/cases/boilerplate_intl_s4`` (our own articles in the shapes real
French, Spanish, German, Portuguese, Italian and Hindi pages have, negatives included), tables of
single widget lines per language that must be taken after a story and story lines that open with
the same words that must not, and the language-neutral steps of
:mod:`newsparse.rules.boilerplate.residue`.
"""

from __future__ import annotations

import json
import time
from pathlib import Path

import pytest

import newsparse
from newsparse import AlsoReadRule, BoilerplateRule, Parser
from newsparse._document import Document
from newsparse.lang import get_language, tables_for
from newsparse.rules.boilerplate import residue
from newsparse.text import prose

CASES = Path(__file__).parent / "cases" / "boilerplate_intl_s4"
PARSER = Parser([AlsoReadRule(), BoilerplateRule()])
NAMES = sorted(p.stem for p in CASES.glob("*.json"))

KNOWN_FAILURES = {
    "neg_it_inline_box": (
        "the story's last paragraphs under an inline related box in the text's second half are "
        "taken as the box's teasers (runs.header_tail: up to six lines to the end)"
    ),
}
"""Case files the rule gets wrong today, with the reason (run as strict xfails)."""


def _load(name: str) -> tuple[str, list[tuple[int, int, str]]]:
    text = (CASES / f"{name}.txt").read_text(encoding="utf-8")
    data = json.loads((CASES / f"{name}.json").read_text(encoding="utf-8"))
    gold, pos = [], 0
    for g in data["boilerplate"]:
        start = text.find(g["text"], pos)
        assert start >= 0, (name, g["text"])
        gold.append((start, start + len(g["text"]), g["kind"]))
        pos = start + len(g["text"])
    return text, gold


def _chars(text: str, spans: list[tuple[int, int]]) -> set[int]:
    return {i for s, e in spans for i in range(s, e) if not text[i].isspace()}


def test_case_files_are_valid() -> None:
    assert len(NAMES) >= 10
    negatives = sum(not _load(name)[1] for name in NAMES)
    assert negatives >= 3
    for name in NAMES:
        assert json.loads((CASES / f"{name}.json").read_text(encoding="utf-8"))["note"].startswith(
            "written by us"
        )


@pytest.mark.parametrize(
    "name",
    [
        pytest.param(n, marks=pytest.mark.xfail(strict=True, reason=KNOWN_FAILURES[n]))
        if n in KNOWN_FAILURES
        else n
        for n in NAMES
    ],
    ids=NAMES,
)
def test_case_file(name: str) -> None:
    text, gold = _load(name)
    found = PARSER.parse(text).boilerplate
    assert _chars(text, [(b.span.start, b.span.end) for b in found]) == _chars(
        text, [(s, e) for s, e, _ in gold]
    )
    for start, _, kind in gold:
        (covering,) = [b for b in found if b.span.start <= start < b.span.end]
        assert covering.kind == kind, (text[start : start + 40], covering.kind, kind)


# --- single lines after (or inside) a story ---------------------------------------------------

STORY = {
    "fr": (
        "Le conseil municipal a voté jeudi soir une hausse du budget consacré aux routes rurales.\n"
        "Les travaux concerneront d'abord les ponts les plus anciens, a précisé le maire.\n"
        "Les habitants seront informés avant la fin du mois par courrier.\n"
    ),
    "es": (
        "El ayuntamiento aprobó el martes el plan del tranvía tras un largo debate en el pleno.\n"
        "Las obras comenzarán en otoño y durarán al menos dos años, según el consistorio.\n"
        "Los vecinos del barrio norte serán los primeros en beneficiarse del nuevo servicio.\n"
    ),
    "de": (
        "Der Stadtrat hat am Dienstag den Haushalt für das kommende Jahr beschlossen.\n"
        "Die meisten Mittel fließen in die Sanierung von Schulen und Brücken, sagte der Kämmerer.\n"
        "Die Opposition kritisierte die hohe Neuverschuldung der Stadt.\n"
    ),
    "pt": (
        "A prefeitura aprovou nesta terça-feira o plano de mobilidade urbana para os próximos dez anos.\n"
        "As obras devem começar no segundo semestre, segundo a secretaria de Obras.\n"
        "Moradores da zona norte serão os primeiros beneficiados pelas novas linhas.\n"
    ),
    "it": (
        "Il consiglio comunale ha approvato martedì il bilancio per il prossimo anno.\n"
        "La maggior parte dei fondi sarà destinata alla manutenzione delle scuole, ha spiegato l'assessore.\n"
        "L'opposizione ha criticato l'aumento del debito del Comune.\n"
    ),
    "hi": (
        "नगर निगम ने मंगलवार को अगले साल का बजट पास कर दिया।\n"
        "ज्यादातर पैसा स्कूलों और सड़कों की मरम्मत पर खर्च किया जाएगा।\n"
        "विपक्ष ने बजट की कड़ी आलोचना की और जांच की मांग की।\n"
    ),
    "cs": (
        "Zastupitelstvo v úterý schválilo rozpočet města na příští rok.\n"
        "Většina peněz půjde na opravy škol a mostů, uvedl starosta.\n"
        "Opozice kritizovala vysoké zadlužení města.\n"
    ),
}

WIDGETS = [
    ("fr", "Téléchargez l'application Le Quotidien"),
    ("fr", "Offrir l’article"),
    ("fr", "Soyez le premier à commenter"),
    ("fr", "Voir les 12 commentaires"),
    ("fr", "Lien copié"),
    ("fr", "Continuer sans accepter"),
    ("fr", "En poursuivant votre navigation, vous acceptez l'utilisation de cookies."),
    ("fr", "Vous avez choisi de refuser le dépôt de cookies"),
    ("fr", "Suivez-nous sur Instagram et TikTok."),
    ("fr", "Directeur de la publication : Jean Martin"),
    ("fr", "Retour en haut de page"),
    ("es", "¿Ya eres suscriptor? Inicia sesión"),
    ("es", "Regístrate gratis"),
    ("es", "Enlace copiado"),
    ("es", "Sé el primero en comentar"),
    ("es", "Los comentarios están sujetos a moderación"),
    ("es", "Utilizamos cookies propias y de terceros para mejorar nuestros servicios."),
    ("es", "¿Tienes una noticia? Escríbenos a redaccion@example.es"),
    ("es", "Depósito legal: M-12345-2001"),
    ("es", "María López | Reuters"),
    ("de", "Sie sind bereits Abonnent? Hier anmelden"),
    ("de", "Jetzt für 1 € testen"),
    ("de", "Auf Facebook teilen"),
    ("de", "Zu den Kommentaren"),
    ("de", "Wir verwenden Cookies, um Ihnen ein optimales Nutzererlebnis zu bieten."),
    ("de", "Alle akzeptieren"),
    ("de", "Folgen Sie uns auf Instagram."),
    ("de", "V.i.S.d.P.: Anna Schmidt"),
    ("de", "Mehr anzeigen"),
    ("pt", "Copiar link"),
    ("pt", "Seja o primeiro a comentar"),
    ("pt", "Utilizamos cookies para melhorar a sua experiência."),
    ("pt", "Siga-nos no Telegram."),
    ("pt", "Voltar ao topo"),
    ("pt", "CNPJ: 12.345.678/0001-90"),
    ("pt", "João Silva | Folhapress"),
    ("it", "Copia link"),
    ("it", "Sii il primo a commentare"),
    ("it", "Utilizziamo i cookie per migliorare la tua esperienza"),
    ("it", "Seguici su Instagram."),
    ("it", "P.IVA 01234567890"),
    ("it", "Registrazione Tribunale di Milano n. 45 del 1998"),
    ("it", "Mario Rossi | LaPresse"),
    ("hi", "कमेंट करें"),
    ("hi", "वॉट्सऐप चैनल फॉलो करें"),
    ("hi", "देश और दुनिया की ताज़ा खबरें हिंदी में पढ़ें"),
    ("hi", "ट्रेंडिंग"),
    ("es", "DÓLAR BLUE Compra $ 1.000 Venta $ 1.020"),
    ("es", "Temas relacionados: Congreso, Pensiones"),
    ("pt", "Ibovespa 128.500 pts -0,4%"),
    ("pt", "Tópicos: Política, Eleições, Congresso"),
    ("de", "Mehr lesen über Bahn Streik Verkehr"),
    ("it", "Spread BTP-Bund 165"),
    ("it", "Argomenti correlati: Politica, Elezioni"),
    ("hi", "Sensex 65,432.10 +120.5"),
    ("fr", "En vous inscrivant, vous acceptez nos conditions générales d'utilisation."),
    ("fr", "Chaque matin, recevez l'essentiel de l'actualité directement dans votre boîte mail."),
    ("es", "Al suscribirte aceptas nuestra política de privacidad."),
    ("es", "Puedes darte de baja en cualquier momento."),
    ("de", "Mit der Anmeldung akzeptieren Sie unsere Datenschutzbestimmungen."),
    ("de", "Jeden Morgen die wichtigsten Nachrichten direkt in Ihr Postfach."),
    ("pt", "Ao se cadastrar, você concorda com nossos termos de uso e política de privacidade."),
    ("it", "Iscrivendoti accetti la nostra informativa sulla privacy."),
    ("it", "Ogni mattina le notizie più importanti direttamente nella tua casella di posta."),
    ("fr", "La suite après cette publicité"),
    ("es", "Sigue leyendo debajo del anuncio"),
    ("de", "Weiter nach der Anzeige"),
    ("it", "L'articolo continua dopo la pubblicità"),
    ("hi", "नीचे पढ़ें"),
    ("hi", "Web Title: delhi rain news waterlogging in many areas"),
    ("hi", "ताजा हिंदी समाचार और ब्रेकिंग न्यूज़ के लिए समाचार टाइम्स ऐप डाउनलोड करें"),
    ("hi", "समाचार डॉट कॉम पर ताज़ातरीन (Latest News) से जुड़ी खबरें (Hindi News) पढ़ें"),
    ("hi", "होम / देश / बिहार"),
    ("hi", "खबर अपडेट की जा रही है..."),
    ("fr", "Ce contenu est bloqué car vous n'avez pas accepté les cookies et autres traceurs."),
    ("fr", "Ne manquez aucune info : abonnez-vous"),
    ("es", "Lee sin límites"),
    ("es", "Conforme a los criterios de The Trust Project"),
    ("de", "Über dieses Thema berichtete die Abendschau am 14. Juni 2023 um 19:30 Uhr."),
    ("de", "Ich bin damit einverstanden, dass mir externe Inhalte angezeigt werden."),
    ("de", "Bestens informiert mit Plus – 4 Wochen kostenlos zur Probe lesen."),
    ("pt", "Encontrou algum erro? Entre em contato"),
    ("pt", "Participe do canal do Diário no WhatsApp"),
    ("it", "Gentile lettore, la pubblicazione dei commenti è sospesa."),
    ("cs", "Přijmout vše"),
    ("cs", "Poslechněte si článek"),
]


def _covered(lang: str, text: str, line: str) -> float:
    article = newsparse.parse(text, language=lang)
    start = text.index(line)
    cov = {
        i
        for group in (article.boilerplate, article.captions, article.timestamps)
        for item in group
        for i in range(max(item.span.start, start), min(item.span.end, start + len(line)))
    }
    return len(cov) / len(line)


@pytest.mark.parametrize(("lang", "line"), WIDGETS, ids=[f"{lang}-{line[:30]}" for lang, line in WIDGETS])
def test_widget_line_after_the_story_is_a_footer(lang: str, line: str) -> None:
    assert _covered(lang, STORY[lang] + line, line) == 1.0


@pytest.mark.parametrize(("lang", "line"), WIDGETS, ids=[f"{lang}-{line[:30]}" for lang, line in WIDGETS])
def test_widget_line_inside_the_story_is_a_footer(lang: str, line: str) -> None:
    first, rest = STORY[lang].split("\n", 1)
    assert _covered(lang, f"{first}\n{line}\n{rest}", line) == 1.0


STORY_LINES = [
    ("fr", "Nous utilisons des méthodes éprouvées, a assuré le directeur."),
    ("fr", "Aucun commentaire n'a été fait par la mairie, qui n'a pas répondu à nos questions."),
    ("fr", "Retour en haut du classement pour le club nantais"),
    ("fr", "Offre spéciale pour les retraités : la mairie double l'aide au chauffage."),
    ("es", "Utilizamos cookies en nuestras campañas, admitió el portavoz de la empresa."),
    ("es", "Inicia sesión el nuevo Parlamento"),
    ("es", "Oferta especial de empleo para jóvenes"),
    ("es", "Responder a la crisis del agua"),
    ("de", "Wir verwenden Cookies nicht, sagte der Sprecher."),
    ("de", "Die Kommentarfunktion der Stadt wurde abgeschaltet, nachdem Hassbotschaften gepostet wurden."),
    ("de", "Antworten auf die Krise"),
    ("de", "Zum Thema Klimaschutz"),
    ("de", "Mehr über die Pläne will die Stadt im Mai bekanntgeben."),
    ("es", "Dólar y euro cerraron la semana en alza, según el Banco Central."),
    ("es", "Cada día llegan a tu correo decenas de mensajes falsos, según la policía."),
    ("de", "Jeden Morgen landen Dutzende Betrugsmails in Ihrem Postfach, warnte die Polizei."),
    ("pt", "Utilizamos cookies de forma responsável, disse o porta-voz."),
    ("pt", "Apoie o comércio local, pediu o prefeito aos moradores."),
    ("it", "Utilizziamo i cookie, ha ammesso l'azienda, ma solo per statistiche."),
    ("it", "Torna su i livelli del fiume Po dopo le piogge"),
    ("hi", "शेयर बाजार में आज भारी गिरावट"),
    ("hi", "विज्ञापन पर रोक लगाने की मांग"),
    ("hi", "सरकार ने कहा कि लोग ऐप में अपनी शिकायत दर्ज करा सकते हैं।"),
    # quoted speech that addresses its listeners, closing the story (no promo, though it says
    # ``votre soutien``, ``tu apoyo``, ``Ihre Unterstützung``)
    ("fr", "« Nous comptons sur votre soutien pour défendre ce service public », a lancé la maire."),
    ("fr", "« Vous pouvez compter sur nous, votre compte sera remboursé », a assuré le directeur."),
    ("es", "«Necesitamos tu apoyo y el de tu familia para sacar adelante nuestra aplicación», dijo."),
    ("de", "„Wir brauchen Ihre Unterstützung, unser Angebot ist kostenlos“, sagte die Vorsitzende."),
    ("pt", "«Contamos com o seu apoio e com a sua assinatura», afirmou o diretor do jornal."),
]


@pytest.mark.parametrize(
    ("lang", "line"), STORY_LINES, ids=[f"{lang}-{line[:30]}" for lang, line in STORY_LINES]
)
def test_story_line_opening_with_widget_words_stays_story(lang: str, line: str) -> None:
    first, rest = STORY[lang].split("\n", 1)
    assert _covered(lang, f"{first}\n{line}\n{rest}", line) == 0.0
    assert _covered(lang, STORY[lang] + line, line) == 0.0


# --- the tables' prose words ------------------------------------------------------------------


@pytest.mark.parametrize("code", ["fr", "es", "de", "pt", "it", "hi", "cs"])
def test_every_language_fills_its_prose_words(code: str) -> None:
    tables = get_language(code)
    for field in (tables.cta_verbs, tables.promo_nouns, tables.label_words):
        assert field, code
        assert all(w == w.lower() and len(w.split()) == 1 for w in field), code
    words = residue.prose_words(tables)
    assert tables.cta_verbs <= words.cta_verbs and prose.words_for(code).cta_verbs <= words.cta_verbs
    assert residue.prose_words(tables) is words  # remembered


def test_english_keeps_the_built_in_words() -> None:
    # The rule tests ``words is prose.ENGLISH`` to take its fast English paths.
    assert residue.prose_words(tables_for("en")) is prose.ENGLISH


def test_table_words_make_a_call_to_action_standalone() -> None:
    # ``suivez-nous`` is one word for the classifier: without the table it opened no promo.
    line = "Suivez-nous sur notre chaîne WhatsApp"
    assert not prose.standalone_promo(line, prose.words_for("fr"))
    assert prose.standalone_promo(line, residue.prose_words(get_language("fr")))


@pytest.mark.parametrize(
    ("code", "line"),
    [
        ("fr", "« Nous comptons sur votre soutien et votre abonnement », a lancé la maire."),
        ("fr", "«\u202fVous pouvez compter sur notre application\u202f», a-t-il assuré."),
        ("de", "„Wir brauchen Ihre Unterstützung für unser Abo“, sagte sie."),
        ("de", "»Wir brauchen Ihre Unterstützung für unser Abo«, sagte sie."),
        ("es", "«Únete a nuestro canal de WhatsApp», dijo el alcalde."),
    ],
)
def test_quoted_speech_is_no_promo(code: str, line: str) -> None:
    words = residue.prose_words(get_language(code))
    kinds = {
        "reader_words": words.reader_words,
        "cta_verbs": words.cta_verbs,
        "promo_nouns": words.promo_nouns,
    }
    assert prose.classify(line, **kinds) != prose.PROMO
    # the same words unquoted are a promo: the test can fail
    assert (
        prose.classify(line.strip("«»„“\u202f ").split("»")[0].split("“")[0].split("«")[0], **kinds)
        == prose.PROMO
    )


def test_a_user_language_adds_its_words() -> None:
    import attrs

    fr = get_language("fr")
    mine = attrs.evolve(fr, cta_verbs=(*fr.cta_verbs, "Abonne-toi"))
    assert "abonne-toi" in residue.prose_words(mine).cta_verbs
    assert "abonne-toi" not in residue.prose_words(fr).cta_verbs


# --- the run after an also-read link in a one-line scrape ----------------------------------------

_ONE_LINE = (
    "Les députés ont adopté mardi soir en première lecture le projet de loi sur la fin de vie, par 305 voix "
    "contre 199. Le texte ouvre une aide à mourir pour les malades atteints d'une affection grave et "
    "incurable, sous conditions strictes. Les opposants dénoncent une rupture éthique majeure, tandis que ses "
    "partisans saluent une avancée attendue depuis des années. Le Sénat doit examiner le texte à l'automne. "
    "Sur le même sujet Fin de vie : ce que contient le projet de loi "
)


def test_story_sentence_after_a_link_stays_story() -> None:
    text = _ONE_LINE + "Le gouvernement souhaite une adoption définitive avant la fin de l'année."
    tail = text[text.index("Le gouvernement") :]
    assert all(tail not in b.text for b in PARSER.parse(text).boilerplate)


def test_headlines_after_a_link_are_taken() -> None:
    tail = "Les soignants divisés sur l'aide à mourir Ce que disent les sondages Le calendrier au Sénat"
    found = PARSER.parse(_ONE_LINE + tail).boilerplate
    assert [b.text for b in found] == [tail]


def test_after_link_tail_needs_a_link_before_the_run() -> None:
    text = (
        _ONE_LINE.replace("Sur le même sujet ", "")
        + "Les soignants divisés sur l'aide à mourir Ce que disent"
    )
    doc = Document.from_text(text)
    segments = [(0, 0, len(text))]
    found: dict[tuple[int, int], str] = {}
    residue.after_link_tail(
        text, segments, found, lambda i: (0, len(text)), frozenset(), lambda t, f: None, True
    )
    assert found == {}
    assert doc.text == text


# --- teasers between a header and the closing footer -------------------------------------------


def _segments(text: str) -> list[tuple[int, int, int]]:
    out, pos = [], 0
    for n, line in enumerate(text.split("\n")):
        if line.strip():
            out.append((n, pos, pos + len(line)))
        pos += len(line) + 1
    return out


_STORY_IT = (
    "Il consiglio comunale ha approvato martedì il bilancio per il prossimo anno con 24 voti a favore.\n"
    "La maggior parte dei fondi sarà destinata alla manutenzione delle scuole, ha spiegato l'assessore.\n"
    "L'opposizione ha criticato l'aumento del debito e ha chiesto una verifica dei conti.\n"
)


@pytest.mark.parametrize(
    ("block", "taken"),
    [
        ("Titolo uno sul ponte\nLede del primo articolo.\nTitolo due sul mercato\nLede del secondo.", True),
        ("Titolo uno sul ponte\nTitolo due sul mercato\nTitolo tre sul teatro", True),
        # the story goes on after an inline box: two paragraphs after the last headline
        (
            "Titolo uno sul ponte\nTitolo due sul mercato\nIl sindaco ha promesso un'assemblea.\nI lavori partiranno a maggio.",
            False,
        ),
        # three sentences in a row: story, not a teaser list
        (
            "Titolo uno sul ponte\nUna frase.\nUn'altra frase.\nUna terza frase.\nTitolo due sul mercato",
            False,
        ),
        # one headline only
        ("Titolo uno sul ponte\nLede del primo articolo.", False),
        # a quotation: the story's own
        ("Titolo uno sul ponte\n«Siamo soddisfatti», ha detto.\nTitolo due sul mercato", False),
    ],
)
def test_teasers_to_footer(block: str, taken: bool) -> None:
    text = _STORY_IT + "Ultime notizie\n" + block + "\n© Il Giornale 2024"
    segments = _segments(text)
    header = text.index("Ultime notizie")
    footer = text.index("©")
    found = {(header, header + len("Ultime notizie")): "related_links", (footer, len(text)): "copyright"}
    residue.teasers_to_footer(text, segments, found, [header])
    block_start = text.index(block)
    got = {k for k, v in found.items() if k[0] >= block_start and v == "related_links"}
    assert bool(got) is taken
    if taken:
        assert min(s for s, _ in got) == block_start and max(e for _, e in got) == block_start + len(block)


def test_teasers_need_a_closing_footer() -> None:
    text = _STORY_IT + "Ultime notizie\nTitolo uno sul ponte\nTitolo due sul mercato"
    header = text.index("Ultime notizie")
    found = {(header, header + len("Ultime notizie")): "related_links"}
    residue.teasers_to_footer(text, _segments(text), found, [header])
    assert len(found) == 1  # runs.header_tail's case: lines running to the end


# --- speed and safety --------------------------------------------------------------------------

_ADVERSARIAL = [
    "Juan " * 80 + "| EFE",
    "Juan Pérez " * 30 + "|",
    "nous utilisons des cookies " * 15 + "x",
    "wir verwenden " * 30 + "cookies",
    "ऐप से " * 60 + "x",
    "डाउनलोड करें " * 40 + "x",
    "direttore responsabile: " + "a" * 250,
    "siga o " * 50 + "instagram",
    "| " * 150 + "x",
]


@pytest.mark.parametrize("code", ["fr", "es", "de", "pt", "it", "hi", "cs"])
def test_language_patterns_do_not_backtrack(code: str) -> None:
    import regex

    table = BoilerplateRule()._compiled(tables_for(code)).tail
    for _, src in table._pairs_for_tests():
        pattern = regex.compile(src, regex.IGNORECASE)
        for line in _ADVERSARIAL:
            pattern.fullmatch(line, timeout=0.5)  # raises TimeoutError when it backtracks


@pytest.mark.parametrize("code", ["fr", "es", "it"])
def test_one_line_link_runs_stay_linear(code: str) -> None:
    # The run after a link is looked at once: a long one-line scrape costs the same per byte.
    def cost(n: int) -> float:
        text = _ONE_LINE * n + "Les soignants divisés sur l'aide à mourir"
        start = time.perf_counter()
        newsparse.parse(text, language=code)
        return (time.perf_counter() - start) / len(text)

    cost(1)
    assert cost(200) < 6 * max(cost(20), 1e-7)


# --- writers' bios under the story (tail-only patterns) -----------------------------------------

BIOS = [
    ("fr", "Claire Dubois est journaliste au service économie du Courrier. Elle suit l'énergie."),
    ("es", "Juan Pérez es periodista especializado en economía. Ha trabajado en Argentina y España."),
    ("de", "Anna Schmidt ist Redakteurin im Ressort Wirtschaft. Sie schreibt über Energie und Verkehr."),
    ("pt", "João Silva é repórter de Política do Jornal desde 2018. Cobre o Congresso Nacional."),
    ("it", "Mario Rossi è giornalista professionista dal 2005 e scrive di cronaca per il Corriere."),
]


@pytest.mark.parametrize(("lang", "bio"), BIOS, ids=[f"{lang}-{bio[:25]}" for lang, bio in BIOS])
def test_writer_bio_under_the_story_is_a_footer(lang: str, bio: str) -> None:
    assert _covered(lang, STORY[lang] + bio, bio) == 1.0


@pytest.mark.parametrize(("lang", "bio"), BIOS, ids=[f"{lang}-{bio[:25]}" for lang, bio in BIOS])
def test_the_same_sentence_inside_the_story_is_story(lang: str, bio: str) -> None:
    first, rest = STORY[lang].split("\n", 1)
    assert _covered(lang, f"{first}\n{bio}\n{rest}", bio) == 0.0


def test_tail_patterns_are_the_languages_own() -> None:
    # The English tables hold no tail patterns of their own: the rule's are English.
    assert tables_for("en").footer_tail_patterns == ()
    assert all(get_language(code).footer_tail_patterns for code in ("fr", "es", "de", "pt", "it"))


# --- headlines listed with their age at the end ---------------------------------------------------

_TIMED = {
    "es": ("Hace 2 horas", "Hace 3 horas"),
    "fr": ("Il y a 2 heures", "il y a 3 heures"),
    "de": ("vor 2 Stunden", "Vor 3 Stunden"),
    "pt": ("há 2 horas", "Há 3 horas"),
    "it": ("2 ore fa", "3 ore fa"),
    "hi": ("2 घंटे पहले", "3 घंटे पहले"),
}
_HEADS = (
    "El Banco Central sube los tipos de interés otra vez",
    "Detenido un hombre por robar en una joyería",
)


@pytest.mark.parametrize("code", sorted(_TIMED))
@pytest.mark.parametrize("stamp_first", [True, False])
def test_headlines_with_their_age_are_footers(code: str, stamp_first: bool) -> None:
    a, b = _TIMED[code]
    pairs = [(a, _HEADS[0]), (b, _HEADS[1])]
    tail = "\n".join(f"{x}\n{y}" if stamp_first else f"{y}\n{x}" for x, y in pairs)
    text = STORY[code] + tail
    for head in _HEADS:
        assert _covered(code, text, head) == 1.0


@pytest.mark.parametrize(
    "tail",
    [
        # one headline only
        "Hace 2 horas\nEl Banco Central sube los tipos de interés otra vez",
        # a story's chronology: dates, not ages
        "14/06/2023\nEl Congreso aprueba la ley de vivienda\n15/06/2023\nEl Senado ratifica la norma",
        # a headline with no stamp beside it
        "Hace 2 horas\nEl Banco Central sube los tipos\nDetenido un hombre por robar\nLa selección gana el amistoso",
        # a sentence between them: story
        "Hace 2 horas\nEl Banco Central sube los tipos de interés.\nHace 3 horas\nDetenido un hombre por robar.",
    ],
)
def test_timed_headlines_need_a_list(tail: str) -> None:
    text = STORY["es"] + tail
    segments = _segments(text)
    found: dict[tuple[int, int], str] = {}
    residue.timed_headlines(text, segments, found)
    assert found == {}


# --- photo credits ---------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("line", "taken"),
    [
        ("Juan Pérez | EFE", True),
        ("María de la Vega | Europa Press", True),
        ("Juan Pérez | EFE / Archivo", True),
        ("juan pérez | EFE", False),  # a name is capitalised
        ("Juan Pérez | El País", False),  # no photo source: an author and an outlet
        ("Juan Pérez, EFE", False),  # no bar
    ],
)
def test_photo_credits(line: str, taken: bool) -> None:
    text = STORY["es"] + line + "\nLa norma entra en vigor en enero, según el ministerio."
    segments = _segments(text)
    found: dict[tuple[int, int], str] = {}
    residue.photo_credits(text, segments, found, get_language("es").photo_sources)
    assert (found != {}) is taken


def test_photo_credits_need_the_tables_sources() -> None:
    text = STORY["es"] + "Juan Pérez | EFE"
    found: dict[tuple[int, int], str] = {}
    residue.photo_credits(text, _segments(text), found, ())
    assert found == {}
