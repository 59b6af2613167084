"""German: ``sagte``, ``hat gesagt``, ``so X``, ``laut X``, ``nach Angaben``, „Anführungszeichen“
and »Guillemets«, ``Lesen Sie auch``, ``Von``, ``(dpa)``, ``Köln -``, ``4 Min. Lesezeit``."""

from __future__ import annotations

from newsparse.lang.tables import LanguageTables

__all__ = ["TABLES"]

# Preterite (3rd singular and plural): "sagte", "betonte", "sagten".
_PRETERITE = (
    "sagte", "erklärte", "betonte", "meinte", "sprach", "warnte", "kritisierte", "forderte",
    "ergänzte", "fügte hinzu", "räumte ein", "teilte mit", "berichtete", "erzählte",
    "bestätigte", "unterstrich", "versicherte", "behauptete", "argumentierte", "mahnte",
    "antwortete", "schrieb", "twitterte", "verkündete", "kündigte an", "erläuterte",
    "hob hervor", "stellte klar", "gab zu", "gab an", "wies darauf hin", "sagt", "erklärt",
    "betont", "meint", "warnt", "kritisiert", "fordert", "ergänzt", "räumt ein", "teilt mit",
    "berichtet", "erzählt", "bestätigt", "schreibt", "sagten", "erklärten", "betonten",
    "warnten", "forderten", "kritisierten", "berichteten", "teilten mit", "hofft", "stellte fest",
    "geht davon aus", "behauptet", "behaupteten", "glaubt", "glaubte", "gesteht", "gestand",
    "meldet", "meldete", "vermutet", "vermutete", "befürchtet", "befürchtete", "hoffte",
    "weiß", "wusste", "sagen", "erklären", "betonen", "fordern", "warnen", "heißt es",
    "bescheinigte", "beteuerte", "beteuert", "entgegnete", "entgegnet", "konterte",
    "kontert", "kommentierte", "kommentiert", "resümierte", "resümiert", "bilanzierte",
    "bilanziert", "monierte", "moniert", "beklagte", "beklagt", "bestritt", "bestreitet",
    "dementierte", "prognostizierte", "gab zu bedenken", "fuhr fort", "lobte", "urteilte",
    "scherzte", "scherzt", "witzelte", "witzelt",
    # advice and delight inverted after a quotation ("…“, rät die Expertin", "…“, freut sich X")
    "rät", "riet", "freut sich", "freute sich",
)  # fmt: skip

# Perfect participles after "hat"/"haben": "hat gesagt", "hat erklärt".
_PARTICIPLES = (
    "gesagt", "erklärt", "betont", "gemeint", "gewarnt", "kritisiert", "gefordert",
    "ergänzt", "mitgeteilt", "berichtet", "erzählt", "bestätigt", "versichert", "behauptet",
    "geschrieben", "angekündigt", "erläutert", "hervorgehoben", "klargestellt", "zugegeben",
    "eingeräumt", "angegeben",
)  # fmt: skip

_FUNCTION_WORDS = (
    "der", "die", "das", "und", "in", "den", "von", "zu", "mit", "sich", "des", "auf",
    "für", "ist", "im", "dem", "nicht", "ein", "eine", "als", "auch", "es", "an", "er",
    "sie", "hat", "aus", "bei", "nach", "wird", "sind", "noch", "wie", "einem", "einer",
    "um", "über", "so", "zum", "zur", "haben", "nur", "oder", "aber", "vor", "dass",
    "wurde", "werden", "laut", "sagte", "seit", "kann", "schon", "wenn", "man", "ich",
    "wir", "uns", "war", "hatte", "mehr", "diese", "dieser", "keine",
)  # fmt: skip

_SPEECH_VERBS = (
    *_PRETERITE,
    # answers, reasons and accounts ("…“, erwiderte der Trainer", "…“, schildert die Zeugin")
    "antwortet", "erwiderte", "erwidert", "begründete", "schilderte", "schildert", "postete",
    # the plural of a study's authors ("…», schreiben die Forscher um X"); not "meinen" or
    # "berichten", whose plural subject is mostly a share or a crowd ("Rund 15 Prozent berichten")
    "schreiben", "schrieben",
    *(f"{aux} {p}" for aux in ("hat", "haben", "hatte", "hatten") for p in _PARTICIPLES),
)  # fmt: skip

_LENIENT_VERBS = (
    # separable verbs inverted after the clause: "…, fügte Fico hinzu.", "…, räumte sie ein."
    "fügte", "fügt", "räumte", "räumt", "bekräftigte", "bekräftigt", "unterstrich", "unterstreicht",
    "versicherte", "versichert", "erläuterte", "erläutert",
    "sagte", "sagt", "sagten", "meinte", "meint", "schrieb", "schreibt", "hat gesagt", "heißt es",
    "sagen", "behauptet", "glaubt", "erklärte", "betonte",
    # inverted after a clause of reported words: "…, bescheinigte der Arzt.", "…, schloss X."
    "bescheinigte", "beteuerte", "resümierte", "bilanzierte", "schloss", "entgegnete",
)  # fmt: skip

_ACCORDING_TO = (
    "laut", "nach angaben", "nach angaben von", "nach angaben des", "nach angaben der", "so",
    "nach ansicht von", "nach worten von",
)  # fmt: skip

# impersonal reading phrases naming where the quoted words stand; the publication, or the body
# whose document follows, is their source (see LanguageTables.reading_cues)
_READING_CUES = (
    "heißt es in", "hieß es in", "heißt es im", "hieß es im", "heißt es bei", "hieß es bei",
)  # fmt: skip

# words that make a short quotation after them someone's words ("qualifié de « … »")
_FRAGMENT_CUES = (
    "sprach von", "spricht von", "sprachen von", "nannte", "nennt", "bezeichnete", "bezeichnet",
    "bezeichnete es als", "warnte vor", "warnt vor", "forderte", "fordert", "kritisierte",
    "kritisiert", "lobte", "lobt", "versprach", "verspricht",
    # speech acts that govern the speaker's quoted words (round six)
    "zeigte sich", "zeigt sich", "zeigten sich", "gab sich", "gibt sich", "dankte", "dankt",
    "beklagte", "beklagt", "verurteilte", "verurteilt", "mahnte", "mahnt", "beschrieb",
    "beschreibt", "sprach sich für", "warf",
)  # fmt: skip

# as-clauses naming a source ("Wie die Polizei mitteilte, …", "Como explicó X, …")
_AS_CLAUSE_OPENERS = ("wie",)
_AS_CLAUSE_VERBS = (
    "mitteilte", "mitteilten", "mitteilt", "mitgeteilt", "sagte", "sagten", "sagt", "gesagt",
    "berichtete", "berichteten", "berichtet", "erklärte", "erklärten", "erklärt", "betonte",
    "betont", "bestätigte", "bestätigt", "ankündigte", "angekündigt", "bekanntgab",
    "bekanntgegeben", "meldete", "meldet", "gemeldet", "schrieb", "schreibt", "sagen", "hieß",
    "hat", "hatte", "haben", "hatten", "ist", "war", "worden", "wurde",
)  # fmt: skip

_TITLES = (
    "Herr", "Frau", "Dr.", "Prof.", "Professor", "Professorin", "Bundeskanzler",
    "Bundeskanzlerin", "Kanzler", "Kanzlerin", "Minister", "Ministerin", "Präsident",
    "Präsidentin", "Bürgermeister", "Bürgermeisterin", "Oberbürgermeister",
    "Oberbürgermeisterin", "Ministerpräsident", "Ministerpräsidentin", "Senator",
    "Senatorin", "Abgeordneter", "Abgeordnete", "Sprecher", "Sprecherin", "Richter",
    "Richterin", "General", "Trainer", "Chef", "Chefin", "Vorsitzender", "Vorsitzende",
    # heads of government as news abroad writes them ("Premier Robert Fico", "Regierungschefin X")
    "Premier", "Premierminister", "Premierministerin", "Regierungschef", "Regierungschefin",
    "Staatschef", "Staatschefin", "Landeshauptmann", "Landeshauptfrau",
)  # fmt: skip

_ROLE_NOUNS = (
    "minister", "ministerin", "präsident", "präsidentin", "kanzler", "kanzlerin",
    "bürgermeister", "bürgermeisterin", "sprecher", "sprecherin", "trainer", "trainerin",
    "chef", "chefin", "politiker", "politikerin", "experte", "expertin", "richter",
    "richterin", "anwalt", "anwältin", "arzt", "ärztin", "forscher", "forscherin",
    "vorsitzende", "vorsitzender", "spieler", "spielerin", "abgeordnete", "abgeordneter",
    "ökonom", "ökonomin", "sänger", "sängerin", "schauspieler", "schauspielerin",
    "staatsanwalt", "staatsanwältin", "polizeisprecher", "polizeisprecherin",
    "reporter", "reporterin", "journalist", "journalistin", "redakteur", "redakteurin",
    "leiter", "leiterin", "direktor", "direktorin", "initiatorin", "initiator", "gründer",
    "gründerin", "autor", "autorin", "unternehmer", "unternehmerin", "landrat", "landrätin",
    "dokumentar", "dokumentarin", "kollege", "kollegin",
    "kommandeur", "generalin", "general", "oberst", "botschafter", "botschafterin", "berater",
    "beraterin", "vorstand", "geschäftsführer", "geschäftsführerin", "ministerpräsident",
    "ministerpräsidentin", "senator", "senatorin", "stadtrat", "stadträtin", "abteilungsleiter",
    "abteilungsleiterin", "analyst", "analystin", "historiker", "historikerin", "wissenschaftler",
    "wissenschaftlerin", "professor", "professorin", "lehrer", "lehrerin", "student", "studentin",
    "aktivist", "aktivistin", "bewohner", "bewohnerin", "anwohner", "anwohnerin", "vize",
    "vizepräsident", "vizepräsidentin", "premier", "premierminister", "premierministerin",
    "regierungschef", "regierungschefin", "staatschef", "staatschefin", "landeshauptmann",
    "landeshauptfrau",
    # party members as news calls the person quoted ("so der Sozialdemokrat", "die Grünen-Politikerin")
    "sozialdemokrat", "sozialdemokratin", "christdemokrat", "christdemokratin", "demokrat",
    "demokratin", "republikaner", "republikanerin", "liberale", "konservative",
)  # fmt: skip

_GROUP_NOUNS = (
    "die polizei", "die behörden", "experten", "die ermittler", "anwohner", "die anwohner",
    "kritiker", "die kritiker", "beobachter", "augenzeugen", "die veranstalter",
    "die staatsanwaltschaft", "die feuerwehr", "die gewerkschaft", "analysten",
    # bodies that speak for themselves ("das Ministerium teilte mit", "die Stadt erklärte")
    "das ministerium", "die regierung", "das unternehmen", "die stadt", "die bundesregierung",
    "das gericht", "der konzern", "die behörde", "die armee", "die mitteilung", "die gemeinde",
    "das landratsamt", "die landesregierung", "der verein", "die partei", "die bundeswehr",
)  # fmt: skip

# documents that report ("laut der Mitteilung", "dem Bericht zufolge"): unnamed sources
_DOCUMENT_NOUNS = (
    "mitteilung", "pressemitteilung", "erklärung", "stellungnahme", "bericht", "studie",
    "umfrage", "schreiben", "statement", "angaben", "meldung", "unterlagen", "dokument",
)  # fmt: skip

# plural speech verbs: "sagten", "erklärten", "betonen"
_PLURAL_VERB_ENDINGS = ("ten", "en")

_PRONOUNS = (
    # "man" is impersonal ("Damit sagt man, dass …"): like a plural, it names no one
    ("er", "m"), ("sie", "f"), ("ich", "x"), ("wir", "pl"), ("man", "pl"),
    # the dative after "laut" and before "zufolge": "Ihm zufolge", "laut ihnen" ("ihr" is also
    # the possessive of "ihr Sprecher", so it stays out)
    ("ihm", "m"), ("ihnen", "pl"),
)  # fmt: skip

# Konjunktiv I (and Konjunktiv II standing in for it): the mood of reported speech.
_LISTED_MOOD = (
    "sei", "seien", "habe", "hätten", "werde", "würden", "könne", "könnten", "müsse", "müssten",
    "solle", "wolle", "dürfe", "gebe", "gehe", "komme", "stehe", "liege", "bleibe", "wisse",
    "brauche", "hänge", "befinde", "handle", "mache", "finde", "fehle", "gelte", "trage",
    "arbeite", "plane", "sehe", "halte", "lasse", "zeige", "habe", "wäre", "wären", "hätte",
    "bemühe", "erwarte", "prüfe", "rechne", "verliere", "bestehe", "handele", "beginne", "nehme",
)  # fmt: skip

# Konjunktiv I of further verbs that reports news in the third person ("Damit steige das Risiko",
# "Wettbewerb zwinge die Bahn"): the stem and -e, a form no indicative third person has
_KONJUNKTIV_I_STEMS = (
    "steig", "erhöh", "zwing", "dring", "erforder", "schätz", "sitz", "führ", "bring", "wachs",
    "kost", "betrag", "zähl", "dien", "entsteh", "droh", "verfüg", "benötig", "verfolg",
    "sink", "spiel", "treff", "leb", "fehl", "lieg", "beabsichtig", "beruh", "entsprech", "versuch",
)  # fmt: skip
# Konjunktiv II forms that stand in for Konjunktiv I but also say what would be: they continue
# reported speech, never report a sentence alone
_CONDITIONAL = frozenset(("hätten", "würden", "könnten", "müssten", "wäre", "wären", "hätte"))
_REPORTED_MOOD = (*_LISTED_MOOD, *(f"{stem}e" for stem in _KONJUNKTIV_I_STEMS))
_REPORTED_MOOD_ALONE = tuple(w for w in dict.fromkeys(_REPORTED_MOOD) if w not in _CONDITIONAL)

_QUOTE_MARKS = (
    ("„", "“"), ("‚", "‘"), ("»", "«"), ("›", "‹"), ("«", "»"), ("“", "”"), ('"', '"'),
)  # fmt: skip

_READ_PIECE_LABELS = tuple(
    # A label naming the kind of piece linked (``Lesen Sie dazu den Kommentar: Titel``, #11).
    f"{lead} {kind}"
    for lead in ("Lesen Sie", "Lesen Sie auch", "Lesen Sie dazu", "Lesen Sie dazu auch", "Lesen Sie hier")
    for kind in (
        "den Kommentar", "das Interview", "die Analyse", "den Bericht", "die Reportage", "das Porträt",
        "den Hintergrund", "den Artikel", "unseren Kommentar", "unser Interview", "unsere Analyse",
        "unseren Bericht", "unsere Reportage", "unseren Artikel",
    )
)  # fmt: skip
_ALSO_READ_LABELS = (
    *_READ_PIECE_LABELS,
    "Lesen Sie auch", "Lesen Sie mehr", "Lesen Sie hier", "Auch interessant",
    "Außerdem interessant", "Ebenfalls interessant",  # (#11, round eight)
    "Mehr zum Thema", "Das könnte Sie auch interessieren", "Das könnte Sie interessieren",
    "Weiterlesen", "Mehr dazu", "Mehr lesen", "Auch lesenswert", "Empfehlungen der Redaktion",
    "Zum Thema", "Lesen Sie dazu", "Hören Sie auch", "Sehen Sie auch", "Siehe auch",
    "Aus unserem Archiv", "Mehr aus dem Ressort", "Lesetipp", "Verwandte Artikel",
    # Further labels printed by German-language news sites (DE, AT, CH).
    "Lesen Sie dazu auch", "Lesen Sie außerdem", "Lesen Sie auch unseren", "Lesen Sie weiter",
    # ``Lesen Sie zudem: …`` between paragraphs (#11, round six).
    "Lesen Sie zudem", "Lesen Sie ebenfalls",
    "Lesen Sie hier mehr", "Lesen Sie mehr zum Thema", "Mehr zu diesem Thema", "Mehr zu dem Thema",
    "Ebenfalls interessant", "Ebenfalls lesenswert", "Auch spannend", "Lesenswert",
    "Passend zum Thema", "Passend dazu", "Dazu passend", "Weitere Artikel", "Weitere Artikel zum Thema",
    "Ähnliche Artikel", "Weiterführende Artikel", "Zum Weiterlesen", "Unser Lesetipp", "Lese-Tipp",
    "Lesetipps", "Mehr News", "Mehr Nachrichten", "Das könnte Dich auch interessieren",
    "Das könnte dich auch interessieren", "Das könnte Sie ebenfalls interessieren",
    "Unsere Empfehlung", "Sehen Sie hier", "Im Video", "Auch lesen", "Hier lesen Sie mehr",
    # Further forms of German and Austrian sites (#11).
    "Lesen Sie zum Thema auch", "Lesen Sie zum Thema", "Lesen Sie hierzu", "Lesen Sie hierzu auch",
    "Lesen Sie dazu mehr", "Lesen Sie auch hier", "Mehr zum Thema lesen Sie hier",
    "Artikel zum Thema",
    # heise's ``Siehe dazu auch:`` lists, derStandard's ``Nachlese`` and the related-posts
    # blocks of blog templates (#11).
    "Siehe dazu auch", "Siehe dazu", "Nachlese", "Lese-Empfehlung", "Leseempfehlung", "Links zum Thema",
    "Weiterführende Links", "Ähnliche Beiträge", "Verwandte Beiträge", "Weitere Beiträge",
    "Passende Artikel", "Lesen Sie auch bei", "Hier weiterlesen",
)  # fmt: skip

_SECTION_HEADERS = (
    "Mehr zum Thema", "Aus unserem Archiv", "Meistgelesen", "Meistgelesene Artikel",
    "Empfehlungen der Redaktion", "Das könnte Sie auch interessieren", "Weitere Artikel",
    "Verwandte Themen", "Neueste Artikel", "Top-Themen", "Auch interessant",
    "Weitere Artikel zum Thema", "Ähnliche Artikel", "Verwandte Artikel", "Mehr aus dem Ressort",
    "Das könnte Dich auch interessieren", "Empfohlene Artikel", "Mehr aus", "Meistgelesene Beiträge",
    "Mehr Artikel",
    # Related-posts blocks of blog templates and link lists (#11).
    "Ähnliche Beiträge", "Verwandte Beiträge", "Weitere Beiträge", "Passende Artikel",
    "Links zum Thema", "Weiterführende Links", "Neueste Beiträge",
    # A header naming the outlet's paid section (``Lesen Sie mehr im Tagesspiegel Plus:``).
    "Lesen Sie mehr im", "Lesen Sie mehr bei", "Mehr bei", "Mehr im",
)  # fmt: skip

_FOOTER_PHRASES = (
    "lesezeit", "teilen", "artikel teilen", "jetzt abonnieren", "abonnieren",
    "zum abo", "merken", "drucken", "kommentare", "kommentieren", "newsletter",
    "alle rechte vorbehalten", "anzeige", "werbung", "mehr zum thema", "aus unserem archiv",
    "bitte aktivieren sie javascript", "jetzt lesen", "feedback", "zur startseite",
    "artikel vorlesen", "hören sie diesen artikel", "e-mail senden", "link kopieren",
    "artikel anhören", "zur merkliste", "jetzt weiterlesen", "lesen sie jetzt weiter",
    "weiterlesen mit", "bild vergrößern", "aus dem archiv",
    "jetzt kostenlos", "jetzt registrieren", "jetzt anmelden", "jetzt testen", "jetzt abo", "schlagworte",
    "schlagwörter", "stichworte", "weitere nachrichten", "mehr nachrichten",
    "zurück zur startseite", "zum newsletter",
    # account, paywall and offer widgets (#11)
    "bereits abonnent", "bereits registriert", "sie sind bereits abonnent",
    "sie sind bereits registriert", "hier anmelden", "jetzt einloggen", "konto erstellen",
    "registrieren sie sich", "newsletter abonnieren", "zum newsletter anmelden",
    "ihre e-mail-adresse", "ihre e-mail adresse", "e-mail-adresse eingeben", "gratis testen",
    "kostenlos testen", "monatlich kündbar", "jederzeit kündbar", "alle artikel lesen",
    "unbegrenzt lesen", "jetzt spenden", "unterstützen sie unabhängigen",
    "unterstützen sie unseren", "unterstützen sie uns", "folgen sie uns",
    # share and save widgets
    "auf facebook teilen", "auf x teilen", "auf twitter teilen", "auf whatsapp teilen",
    "auf linkedin teilen", "per e-mail teilen", "per mail teilen", "per whatsapp teilen",
    "link kopiert", "artikel merken", "artikel drucken", "artikel verschenken",
    "geschenkter artikel", "beitrag teilen",
    # comment widgets
    "zu den kommentaren", "alle kommentare", "kommentare anzeigen", "kommentar verfassen",
    "sei der erste", "seien sie der erste", "noch keine kommentare", "netiquette",
    # cookie consent
    "privatsphäre-einstellungen", "datenschutz-einstellungen", "einstellungen anpassen",
    "alle akzeptieren", "alle ablehnen", "akzeptieren und weiter", "zustimmen und weiter",
    # page navigation and services
    "mehr anzeigen", "mehr laden", "weitere artikel laden", "zum inhalt springen",
    "hinweis der redaktion", "in eigener sache", "fehler gefunden", "sie haben einen fehler gefunden",
    "haben sie hinweise", "schreiben sie uns", "zur übersicht",
)  # fmt: skip

_FOOTER_PATTERNS = (
    # a plug set between ticker marks that sends the reader to the live ticker or the stream
    # (#9, eighth round): "+++ Alle aktuellen Informationen finden Sie in unserem Live-Ticker +++";
    # a ticker entry of the story ("+++ 10:45 Uhr: Der Landtag tagt +++") speaks to no reader
    (
        "other",
        r"\+{2,3}\s{1,2}[^\n]{0,300}?\b(?:finden\s+sie|lesen\s+sie|sehen\s+sie|verfolgen\s+sie|in\s+unserem\s+live-?(?:ticker|blog)"
        r"|im\s+live-?(?:ticker|blog|stream))\b[^\n]{0,300}?\s\+{2,3}",
    ),
    # a comment section's moderation note (#9, eighth round): "Die Kommentare der User geben
    # nicht notwendigerweise die Meinung der Redaktion wieder …", "Die Redaktion behält sich vor,
    # Kommentare zu löschen …"; the outlet's desk is named (a minister's comments are not)
    (
        "disclaimer",
        r"(?:die\s+)?(?:kommentare|beiträge|postings|leserkommentare)\s+(?:der\s+\w{1,20}(?:\s+\w{1,20})?\s+)?"
        r"(?:geben|spiegeln)\s+nicht\s+(?:notwendigerweise\s+|unbedingt\s+|zwingend\s+|immer\s+)?"
        r"die\s+meinung\s+(?:der\s+|von\s+)?[\w-]{0,30}redaktion\b.{0,700}",
    ),
    (
        "disclaimer",
        r"(?:die\s+)?[\w-]{0,30}redaktion\s+behält\s+sich\s+(?:das\s+recht\s+)?vor,?\s+(?:\w{1,20}\s+){0,6}"
        r"(?:kommentare|beiträge|postings)\b.{0,500}",
    ),
    # page notices of the seventh round (#9): a player's browser notice, an editor's note on an
    # update or an earlier publication, the prompts that head a comment section ("Bitte
    # registrieren Sie sich …", "Haben Sie Probleme beim Kommentieren …")
    (
        "other",
        r"ihr\s+browser\s+(?:unterstützt|kann|ist)\s+(?:kein|keine|nicht|das|dieses|diese|diesen)\b.{0,150}",
    ),
    (
        "syndication",
        r"\*{0,2}\s{0,2}dieser\s+(?:artikel|beitrag|text)\s+(?:erschien|ist|wurde)\s+(?:zuerst|erstmals|ursprünglich|bereits|aktualisiert)\b.{0,200}",
    ),
    (
        "comments",
        r"bitte\s+(?:registrieren|melden)\s+sie\s+sich\b.{0,80}\b(?:netiquette|kommentar\w{0,3}|an)\b.{0,100}",
    ),
    ("comments", r"haben\s+sie\s+probleme\s+beim\s+(?:kommentieren|registrieren)\b.{0,100}"),
    (
        "comments",
        r"(?:dann\s+)?(?:mailen|schreiben)\s+sie\s+uns\s+(?:bitte\s+)?(?:an|unter)\s+"
        r"[\w.+-]{1,60}@[\w.-]{1,60}\W{0,3}",
    ),
    # page furniture alone on a line (#11, sixth round): paywall and consent notices, buttons, tags
    ("related_links", r"alle\s+artikel\s+zum\s+thema\W{0,3}"),
    ("other", r"dieser\s+inhalt\s+ist\s+(?:leider\s+)?nicht\s+(?:mehr\s+)?verfügbar\W{0,3}"),
    ("other", r"externe\s+inhalte\s+(?:aktivieren|anzeigen|laden)\W{0,3}"),
    ("other", r"bilder\W{0,3}"),
    ("other", r"\d{1,3}\s?min\.?\s?lesezeit"),
    # a paywall note: "Dieser Artikel ist nur für Abonnenten."
    (
        "newsletter",
        r"(?:(?:dieser|der)\s+(?:artikel|inhalt|beitrag)\s+ist\s+)?(?:nur|exklusiv)\s+für\s+"
        r"(?:abonnenten|abonnentinnen|abonnent\*innen|\S{1,20}-abonnenten)\b.{0,150}",
    ),
    ("other", r"lesezeit:?\s?\d{1,3}\s?min(?:uten)?\.?"),
    ("comments", r"(?:\d{1,6}\s+)?kommentare(?:\s*\(\d{1,6}\))?\W{0,3}"),
    ("comments", r"sie\s+müssen\s+angemeldet\s+sein\b.{0,150}"),
    # the prompts of a blog's comment form, alone on a line (#9, eleventh round (sample s13); seen on ~20
    # of ~600 German pool pages): "Hinterlasse einen Kommentar", "Schreiben Sie einen
    # Kommentar", "Kommentar hinterlassen", "Neueste Kommentare", "Bisher noch keine Kommentare
    # vorhanden", and the login and notification lines under the form; a story sentence that
    # mentions comments goes on after the phrase and is no line of its own
    (
        "comments",
        r"(?:hinterlasse|hinterlassen\s+sie|schreibe|schreib|schreiben\s+sie)\s+(?:jetzt\s+|hier\s+)?"
        r"(?:einen|deinen|ihren)\s+kommentar\W{0,3}",
    ),
    ("comments", r"(?:einen\s+|deinen\s+|ihren\s+)?kommentar\s+(?:hinterlassen|absenden|abschicken)\W{0,3}"),
    ("comments", r"einen\s+kommentar\s+schreiben\W{0,3}"),
    ("comments", r"ihr\s+kommentar\s+zu\s+diesem\s+(?:artikel|beitrag)\W{0,3}"),
    ("comments", r"(?:die\s+)?neueste[n]?\s+kommentare\W{0,3}"),
    (
        "comments",
        r"(?:bisher\s+|bislang\s+)?(?:noch\s+)?keine\s+kommentare(?:\s+vorhanden|\s+(?:for|zu|für)\s+[^.!?\n]{1,120})?\W{0,3}",
    ),
    (
        "comments",
        r"(?:sie\s+müssen\s+sich|du\s+musst\s+dich)\s+(?:anmelden|einloggen|registrieren),?\s+um\b.{0,120}"
        r"|melde\s+dich\s+an,?\s+um\s+(?:einen\s+kommentar|zu\s+kommentieren)\b.{0,100}",
    ),
    (
        "comments",
        r"(?:benachrichtigung\s+bei\s+weiteren\s+kommentaren|benachrichtige\s+mich\s+über\s+(?:nachfolgende|neue)\s+kommentare"
        r"|rss[\s-]feed\s+(?:zu\s+den|für\s+die)\s+kommentare[n]?)\b.{0,100}",
    ),
    ("comments", r"(?:kommentar\s+schreiben|diskutieren\s+sie\s+mit)\W{0,3}"),
    ("other", r"aus\s+unserem\s+archiv\s*:?"),
    # a link stub whose link the scrape lost, one clause alone on a line (#9, eleventh round (sample s13);
    # 12 of ~600 German pool pages): "Alle Ergebnisse findest du hier.", "Das Konzeptpapier finden
    # Sie hier:", "Mehr Informationen finden Sie unter:"; a lead-in that goes on ("… finden Sie
    # hier eine Übersicht") is story
    (
        "other",
        r"(?:[^.!?\n]{1,100}\s)?(?:finden\s+sie|findest\s+du|gibt\s+es)\s+"
        r"(?:hier(?:\s+(?:als\s+pdf|zum\s+(?:download|nachlesen|nachhören|herunterladen)))?\W{0,3}|unter\s*:)",
    ),
    # the section label of a press office's page, alone on a line above the headline or in its
    # menu (#11, eleventh round (sample s13); 4 of ~600 German pool pages): "Pressemitteilungen"
    ("other", r"(?:presse|medien)(?:mitteilung|meldung)(?:en)?\W{0,3}"),
    ("other", r"\|[ \t\u00a0|]{1,200}"),
    # a topic list or a lone interface word ("Themen: Rente, Klima"; "Nach oben"): a subheading
    # that opens with the same word is story
    ("other", r"themen(?:\s*:.{0,200})?|nach\s+oben\W{0,3}"),
    # a paywall prompt: "Sie möchten weiterlesen? Jetzt Abo abschließen."
    (
        "newsletter",
        r"(?:sie\s+(?:möchten|wollen)\s+(?:mehr\s+lesen|weiterlesen|weiter\s+lesen)|(?:lesen|hören)\s+sie\s+jetzt\s+weiter)\b.{0,150}",
    ),
    ("newsletter", r"(?:melden\s+sie\s+sich|abonnieren\s+sie)\b.{0,80}\bnewsletter\b.{0,200}"),
    # interface words and links alone on a line (navigation, account, legal pages)
    (
        "other",
        r"(?:vorheriger\s+artikel|nächster\s+artikel|startseite|impressum|datenschutz(?:erklärung)?"
        r"|cookie-einstellungen|bildergalerie|zur\s+merkliste\s+hinzufügen|kontakt|suche|anmelden|abmelden"
        r"|mein\s+konto|agb|schließen)\W{0,3}",
    ),
    ("other", r"fehler\s+gefunden\?.{0,80}"),
    ("newsletter", r"sie\s+haben\s+bereits\s+ein\s+(?:abo|konto)\b.{0,80}"),
    # comment widgets that open the comment section (#11): reply and report buttons under each
    # comment, and the prompts that stand where the comments start
    # a follow plea written as a sentence, so that it is found at the end of a joined line too
    (
        "social_follow",
        r"folgen\s+sie\s+(?:uns|\S{1,30})\s+(?:auch\s+)?(?:auf|bei|in)\s+(?:\w{1,12}\s+){0,3}(?:telegr"
        r"am"
        r"|instagram|facebook|twitter|x|youtube|tiktok|whats\s?app|linkedin|threads"
        r"|bluesky|google\s+(?:news|notícias|noticias|actualités)|redes\s+sociais|redes\s+sociales"
        r"|réseaux\s+sociaux|sozialen\s+(?:netzwerken|medien)|social)\b.{0,120}",
    ),
    # comment-section headers, written in the many ways sites head them (#11)
    (
        "comments",
        r"(?:leserkommentare|zur\s+diskussion|(?:jetzt\s+)?kommentieren|ihre\s+meinung(?:\s+ist\s+gefragt)?"
        r"|kommentar\s+(?:verfassen|abgeben|hinzufügen))\W{0,3}",
    ),
    ("comments", r"antworten\W{0,3}"),
    # a report button: under comments, but also in a widget row of the story, so it opens nothing
    ("other", r"(?:melden|kommentar\s+melden|beitrag\s+melden)\W{0,3}"),
    (
        "comments",
        r"(?:sei(?:en\s+sie)?\s+(?:der|die)\s+erste|noch\s+keine\s+kommentare"
        r"|die\s+kommentarfunktion\s+(?:ist|wurde)\s+(?:für\s+diesen\s+(?:artikel|beitrag)\s+)?(?:deaktiviert|geschlossen)"
        r"|um\s+(?:zu\s+)?kommentieren|(?:alle|\d{1,6})\s+kommentare\s+(?:anzeigen|lesen))\b.{0,200}",
    ),
    # cookie and consent notices: sentences, so no phrase takes them
    (
        "other",
        r"(?:wir\s+(?:verwenden|nutzen|setzen)|diese\s+(?:website|seite|webseite)\s+(?:verwendet|nutzt))\s+"
        r"(?:\w{1,12}\s+){0,2}cookies\b(?=.{0,300}\b(?:Ihnen|Ihre|Ihr|Nutzererlebnis|Website|Webseite|Angebot)\b).{0,300}",
    ),
    # interface words alone on a line
    ("other", r"(?:folgen|vorlesen|menü|live|zurück|weiter|senden|abschicken)\W{0,3}"),
    # a price offer: "Jetzt für 1 € testen", "4 Wochen gratis lesen"
    (
        "newsletter",
        r"(?:jetzt\s+)?(?:\d{1,2}\s+(?:wochen|monate)\s+)?(?:für\s+)?(?:\d{1,3}(?:,\d{2})?\s?€"
        r"|gratis|kostenlos)\s+(?:testen|lesen)\W{0,3}",
    ),
    # a publisher's legal imprint: "Herausgeber: …", "Chefredakteur: …", "V.i.S.d.P.: …"
    (
        "copyright",
        r"(?:herausgeber(?:in)?|chefredakteur(?:in)?|chefredaktion|verantwortlich\s+(?:für\s+den\s+inhalt|i\.\s?s\.\s?d\.\s?p\.)"
        r"|v\.\s?i\.\s?s\.\s?d\.\s?p\.)\s*+:\s*+.{1,100}|handelsregister\b.{0,100}|ust-?id(?:nr)?\.?\s*+:?.{0,60}",
    ),
    # a topic list: "Mehr über: Bahn", "Mehr lesen über Bahn Streik"
    ("other", r"mehr\s+(?:lesen\s+über\b|über\s*:|zu\s+den\s+themen\s*:?).{0,200}"),
    # a newsletter box's lines: the consent under the form, the unsubscribe note, the tagline
    (
        "newsletter",
        r"mit\s+(?:der|ihrer)\s+(?:anmeldung|registrierung)\s+(?:akzeptieren|stimmen)\s+sie\b.{0,250}"
        r"|sie\s+können\s+sich\s+jederzeit\s+(?:wieder\s+)?abmelden\b.{0,150}",
    ),
    # the box's tagline: opening words of a tagline, then the reader's inbox
    (
        "newsletter",
        r"(?:jeden|jede|täglich|wöchentlich|die\s+wichtigsten|das\s+wichtigste|alle|unser)\b"
        r"(?!.{0,210}\b(?:sagte|laut|erklärte|warnte|so\s+der|so\s+die)\b)(?=.{0,150}\b(?:morgen|abend|tag|freitag|montag|täglich|wöchentlich)\b)"
        r".{0,150}\b(?:in\s+ihr(?:en)?\s+(?:postfach|posteingang|e-mail-postfach))\b.{0,60}",
    ),
    # an ad marker that tells the reader the story goes on: "Weiter nach der Anzeige"
    (
        "ad",
        r"(?:weiter(?:lesen)?\s+nach\s+der\s+(?:anzeige|werbung)|(?:der\s+)?artikel\s+(?:wird|geht)\s+nach\s+der\s+"
        r"(?:anzeige|werbung)\s+(?:fortgesetzt|weiter)|lesen\s+sie\s+nach\s+der\s+(?:anzeige|werbung)\s+weiter)\W{0,3}",
    ),
    # a trial offer, a broadcast note, an external-content consent box, a podcast plug
    (
        "newsletter",
        r"(?:bestens\s+informiert|jetzt|\d{1,2}\s+wochen|testen\s+sie|lesen\s+sie|mit\s+\S{1,20}\s+plus)\b"
        r"(?=.{0,200}\b(?:zur\s+probe\s+lesen|probeabo|probe-abo|gratis\s+testen|kostenlos\s+testen|jetzt\s+bestellen)\b)"
        r"(?!.{0,300}\b(?:sagte|sagt|laut|erklärte)\b).{0,300}",
    ),
    (
        "other",
        r"über\s+dieses\s+thema\s+berichtete\b.{0,200}|externer\s+inhalt\W{0,3}"
        r"|um\s+(?:inhalte|den\s+inhalt)\s+(?:von|aus)\b.{0,80}\b(?:darzustellen|anzuzeigen)\b.{0,150}"
        r"|ich\s+bin\s+damit\s+einverstanden,?\s+dass\b.{0,200}|(?:wir\s+)?benötigen\s+(?:wir\s+)?ihre\s+zustimmung\b.{0,150}",
    ),
    ("newsletter", r"abonnieren\s+sie\s+(?:den|unseren)\s+podcast\b.{0,200}"),
)  # fmt: skip

# A writer's bio under the story (#11): a full name, the copula and a newsroom role word
# (``Anna Schmidt ist Redakteurin im Ressort Wirtschaft.``).
# Tail only: inside the story the same sentence is story. A role line with no name
# (``Redakteur in der Politik.``) is an author box's: the bylines rule's.
_FOOTER_TAIL_PATTERNS = (
    (
        "other",
        r"(?-i:(?!(?:Der|Die|Das|Ein|Eine|Unser|Unsere)\b)\p{Lu}[\p{L}\'’-]{1,24}(?:\s+\p{Lu}[\p{L}.\'’-]{0,24}){1,2})"
        r"\s+(?:ist|war)\s+(?:\p{L}{1,15}\s+){0,4}?(?:redakteur|redakteurin|reporter|reporterin|korrespondent|korrespondentin|journalist|journalistin|autor|autorin|kolumnist|kolumnistin|volontär|volontärin|ressortleiter|ressortleiterin|fotograf|fotografin)\b.{0,300}",
    ),
)  # fmt: skip

_KICKERS = (
    "exklusiv", "video", "live", "liveblog", "kommentar", "analyse", "interview", "reportage",
    "meinung", "porträt", "eilmeldung",
)  # fmt: skip

_CONTACT_CUES = (
    "kontakt zum", "kontakt zur", "kontakt zu", "kontakt", "schreiben sie an", "schreiben sie",
    "folgen sie", "e-mail an", "mail an",
)  # fmt: skip
_CONTACT_AUTHORS = (
    "autor", "autorin", "dem autor", "der autorin", "den autor", "die autorin", "dem verfasser",
    "der verfasserin", "verfasser", "verfasserin",
)  # fmt: skip
_CONTACT_AFTER_NAME = (
    "ist erreichbar", "ist zu erreichen", "erreichen sie unter", "erreichen sie per",
)  # fmt: skip

_BYLINE_PREFIXES = (
    "Von", "von", "VON", "Ein Beitrag von", "Ein Kommentar von", "Autor", "Autorin", "Text:",
    "Autoren", "Autorinnen",
    "Ein Artikel von", "Eine Analyse von", "Ein Gastbeitrag von", "Eine Kolumne von",
    "Ein Interview von", "Eine Reportage von", "Ein Essay von", "Recherche:",
    # who led an interview, under it ("Das Gespräch führte Jana Roth."), or its label
    "Das Gespräch führte", "Das Interview führte", "Interview:",
    # the label without its article, as author boxes set it ("Kommentar von" / name)
    "Kommentar von", "Analyse von", "Gastbeitrag von", "Kolumne von", "Reportage von",
    # a credit line that names the text's writer beside the picture's ("Text von Jana Roth
    # Illustration von Omar Said"), and the desk's label over a staff name
    "Text von", "Text und Fotos von", "Text und Bilder von", "Ein Text von", "Ein Bericht von",
    "Redaktion:", "Bearbeitet von",
)  # fmt: skip

_BYLINE_STOPWORDS = (
    "der", "die", "das", "den", "dem", "des", "ein", "eine", "einem", "einer", "beginn",
    "anfang", "seiten", "jahr", "jahren", "montag", "dienstag", "mittwoch", "donnerstag",
    "freitag", "samstag", "sonntag", "hier", "dort", "außen", "innen", "allem", "heute",
    # prepositions opening a sentence, never a name's first word ("In London, der Index …")
    "in", "im", "am", "laut", "nach", "mit", "bei",
    # a comment box's heading under the story ("Neueste Kommentare", "Keine Kommentare")
    "kommentar", "kommentare", "kommentaren",
    # a reader's sign-off in capitals under a comment, never a writer's initials
    # ("MFG": mit freundlichen Grüßen, "LG", "VG", "BTW")
    "mfg", "lg", "vg", "btw",
)  # fmt: skip

_BYLINE_ROLES = (
    "Redakteur", "Redakteurin", "Korrespondent", "Korrespondentin", "Reporter", "Reporterin",
    "Redaktion", "Autor", "Autorin",
)  # fmt: skip

_AGENCIES = (
    "dpa", "DPA", "AFP", "afp", "Reuters", "rtr", "AP", "ap", "epd", "KNA", "kna", "dts", "SID", "sid",
    "APA", "SDA", "Keystone-SDA", "AFX", "dpa-AFX", "Agenturen", "ots", "tmn", "sda", "apa",
)  # fmt: skip

_CREDIT_LABELS = (
    "Mit Material von", "mit Material von", "Quelle:", "Mitarbeit:",
    # a label that names its agency stands alone, also in brackets: "(mit dpa)"
    "mit dpa", "Mit dpa", "mit AFP", "Mit AFP", "mit Reuters", "Mit Reuters", "mit epd", "Mit epd",
    # the picture credit a blog sets under its story, by the picture's slot rather than
    # "Foto:" (which the caption rule takes): "Beitragsbild: Jana Roth", "Titelbild: Flickr"
    "Beitragsbild:", "Beitragsbild via", "Titelbild:", "Rubriklistenbild:", "Bildnachweis:",
    "Fotos/Illustration:", "Foto/Illustration:", "Illustration:",
    # the interviewer's credit under an interview: "Das Gespräch führte Jana Roth."
    "Das Gespräch führte", "Das Gespräch führten", "Das Interview führte",
    "Das Interview führten", "Die Fragen stellte", "Die Fragen stellten",
)  # fmt: skip

_DATELINE_PATTERNS = (
    # "Köln -", "Berlin (dpa) -", "BERLIN/PARIS (AFP) –"
    r"(?P<place>\p{Lu}[\p{L}'’.-]{1,30}+(?:[ \u00a0/]\p{Lu}[\p{L}'’.-]{1,30}+){0,3}+)"
    r"(?:[ \u00a0]\((?P<agency>[^()\n]{1,40}+)\))?[ \u00a0]++[-—–]",
    # "Warendorf (fn-press). Der ...": a press office's lower-case tag in parentheses closed by
    # a full stop, before the lede's capital (press releases; #11)
    r"(?P<place>\p{Lu}[\p{L}'’.-]{1,30}+(?:[ \u00a0/]\p{Lu}[\p{L}'’.-]{1,30}+){0,2}+)"
    r"[ \u00a0]\((?P<agency>\p{Ll}[\p{Ll}\d-]{1,20}+)\)\.(?=[ \u00a0]\p{Lu})",
    # "BERLIN taz | Die ...": a place in capitals, the paper's or agency's short lower-case
    # name, a pipe (the taz's dateline; also "HAMBURG dpa |")
    r"(?P<place>\p{Lu}{2}[\p{Lu}'’-]{0,28}+(?:[ \u00a0/]\p{Lu}{2}[\p{Lu}'’-]{0,28}+){0,2}+)"
    r"[ \u00a0](?P<agency>\p{Ll}{2,6}+)[ \u00a0]\|",
    # "BERLIN. Der ...": a place in capitals closed by a full stop
    r"(?P<place>\p{Lu}{2}[\p{Lu}'’-]{0,28}+(?:[ \u00a0/]\p{Lu}{2}[\p{Lu}'’-]{0,28}+){0,2}+)\.",
    # "Essen. Die Stadt ...", "Bochum/Herne. Der ...": regional papers write the place in
    # title case, closed by a full stop, before the lede's first (capitalised) word; not a
    # participle or an abstract noun or adjective ("Geschafft.", "Achtung.", "Endlich.")
    r"(?!Ge\p{Ll}{3,20}t\.|\p{L}{1,24}(?:lich|isch|ung|heit|keit)\.)"
    r"(?P<place>\p{Lu}\p{Ll}[\p{L}'’-]{1,28}+(?:/\p{Lu}\p{Ll}[\p{L}'’-]{1,28}+)?+)\.(?=[ \u00a0]\p{Lu})",
)  # fmt: skip

_DATELINE_STOPWORDS = (
    "laut", "doch", "aber", "auch", "dann", "danach", "video", "fotos", "update",
    # one-word openers closed by a full stop that are not places ("Endlich. Die ...")
    "endlich", "achtung", "schluss", "vorsicht", "eilmeldung", "kommentar", "analyse",
    "interview", "hintergrund", "meinung", "zunächst", "nein", "ja", "immerhin", "aha",
)  # fmt: skip

_MONTHS = (
    ("januar", "jänner", "jan"), ("februar", "feber", "feb"), ("märz", "maerz", "mär", "mrz"),
    ("april", "apr"), ("mai",), ("juni", "jun"), ("juli", "jul"), ("august", "aug"),
    ("september", "sep", "sept"), ("oktober", "okt"), ("november", "nov"),
    ("dezember", "dez"),
)  # fmt: skip

_WEEKDAYS = (
    "montag", "dienstag", "mittwoch", "donnerstag", "freitag", "samstag", "sonntag", "sonnabend",
)  # fmt: skip

_TIMESTAMP_LABELS = (
    ("veröffentlicht am", "published"), ("veröffentlicht", "published"),
    ("aktualisiert am", "updated"), ("aktualisiert", "updated"), ("stand", "updated"),
    ("zuletzt aktualisiert", "updated"),
)  # fmt: skip

_READ_TIME_PATTERNS = (
    r"\d{1,3}[\s\u00a0]{0,2}min\.?[\s\u00a0]{0,2}lesezeit",
    r"lesezeit:?[\s\u00a0]{0,2}\d{1,3}[\s\u00a0]{0,2}min(?:uten)?\.?",
)  # fmt: skip

_CAPTION_LABELS = (
    "Foto", "Fotos", "Bild", "Bildquelle", "Quelle", "Symbolbild", "Symbolfoto", "Grafik",
)  # fmt: skip

# Given names of one sex, for a pronoun's gender and to tell a person's name from a body's.
# Frequent given names of the language's countries, from the national birth-name statistics
# (the GfdS first-name statistics, Statistik Austria, the Swiss FSO), chosen by hand;
# names given to both sexes there (Kai, Kim, Toni, Luca, Sascha, Maxi, Eike) are left out.
_FEMALE_NAMES = (
    "Anna", "Maria", "Ursula", "Monika", "Petra", "Elisabeth", "Sabine", "Renate", "Helga", "Karin",
    "Brigitte", "Ingrid", "Erika", "Andrea", "Gisela", "Claudia", "Susanne", "Gabriele", "Christa",
    "Christine", "Hildegard", "Angelika", "Birgit", "Heike", "Barbara", "Marion", "Martina", "Stefanie",
    "Nicole", "Julia", "Katharina", "Laura", "Lena", "Lea", "Leonie", "Hannah", "Hanna", "Sophie", "Sophia",
    "Emilia", "Emma", "Mia", "Lina", "Clara", "Klara", "Marie", "Johanna", "Charlotte", "Luisa", "Ella",
    "Amelie", "Greta", "Ida", "Frieda", "Lotte", "Annalena", "Ricarda", "Saskia", "Sahra", "Alice", "Malu",
    "Svenja", "Franziska", "Manuela", "Nadine", "Sandra", "Silke", "Simone", "Tanja", "Anja", "Katrin",
    "Kerstin", "Jana", "Ines", "Astrid", "Dagmar", "Edith", "Elke", "Gerda", "Gertrud", "Heidi", "Ilse",
    "Irmgard", "Jutta", "Margit", "Marlene", "Rita", "Roswitha", "Ruth", "Sigrid", "Ulrike", "Waltraud",
    "Beate", "Bettina", "Cornelia", "Doris", "Eva", "Iris", "Karola", "Magdalena", "Mareike", "Miriam",
    "Nina", "Paula", "Tamara", "Theresa", "Ulla", "Vera", "Verena", "Wiebke", "Özlem", "Aylin", "Ayşe",
    "Gaby", "Gabi", "Steffi", "Annette", "Antje", "Carola", "Dorothee", "Heidemarie", "Liselotte",
)  # fmt: skip

_MALE_NAMES = (
    "Peter", "Michael", "Thomas", "Andreas", "Wolfgang", "Klaus", "Jürgen", "Günter", "Günther", "Stefan",
    "Stephan", "Christian", "Uwe", "Werner", "Horst", "Frank", "Dieter", "Manfred", "Gerhard", "Hans",
    "Bernd", "Joachim", "Ralf", "Helmut", "Helmuth", "Karl", "Heinz", "Walter", "Rainer", "Markus", "Jörg",
    "Dirk", "Holger", "Sven", "Matthias", "Olaf", "Torsten", "Thorsten", "Jens", "Volker", "Lars", "Tobias",
    "Florian", "Sebastian", "Jan", "Tim", "Lukas", "Lucas", "Leon", "Felix", "Jonas", "Paul", "Finn", "Ben",
    "Elias", "Noah", "Luis", "Louis", "Maximilian", "Niklas", "Nils", "Moritz", "Jakob", "Philipp", "Fabian",
    "Simon", "Julian", "Dominik", "Benedikt", "Till", "Malte", "Hannes", "Henrik", "Friedrich", "Wilhelm",
    "Heinrich", "Hermann", "Otto", "Ernst", "Rudolf", "Kurt", "Willi", "Willy", "Herbert", "Fritz", "Gerd",
    "Norbert", "Reinhard", "Siegfried", "Ulrich", "Hubert", "Armin", "Cem", "Björn", "Kevin", "Marco",
    "Mario", "Ole", "Jannik", "Robert", "Hendrik", "Boris", "Christoph", "Alexander", "Marcel", "Patrick",
    "Daniel", "Martin", "Claas", "Marcell", "Hubertus", "Gregor", "Konstantin", "Volkmar", "Detlef", "Egon",
    "Eckart", "Lothar", "Winfried", "Alois", "Sepp", "Franz", "Josef", "Anton", "Xaver", "Herwig", "Erwin",
    # names of the neighbouring countries news in German quotes (Czech, Slovak, Polish, Russian,
    # Ukrainian, Turkish): the shared table, written from English statistics, lacks them
    "Lubomír", "Miroslav", "Jaroslav", "Bohuslav", "Petr", "Pavel", "Tomáš", "Andrej", "Piotr",
    "Jarosław", "Zbigniew", "Mateusz", "Sergej", "Sergey", "Sergei", "Wladimir", "Vladimir", "Dmitri",
    "Dmitry", "Igor", "Viktor", "Wolodymyr", "Volodymyr", "Recep", "Mehmet", "Ahmet", "Mevlüt",
)  # fmt: skip


# Calls to action, promo nouns and label words for the prose classifier (#11): one word each,
# as it splits words (``suivez-nous`` is one word).
_CTA_VERBS = (
    "abonnieren", "folgen", "registrieren", "anmelden", "laden", "testen", "lesen",
    "sichern", "unterstützen", "spenden", "teilen", "kommentieren", "entdecken", "bestellen",
    "hören", "holen", "jetzt",
)  # fmt: skip
_PROMO_NOUNS = (
    "abo", "abos", "abonnement", "abonnenten", "newsletter", "app", "kanal", "whatsapp", "telegram",
    "youtube", "instagram", "facebook", "tiktok", "e-mail", "mail", "benachrichtigungen",
    "push-mitteilungen", "podcast", "spende", "spenden", "journalismus", "konto", "probemonat",
    "gratis", "kostenlos", "angebot", "zugang",
)  # fmt: skip
_LABEL_WORDS = (
    "meistgelesen", "meistgelesene", "meistgelesenen", "empfehlungen", "empfohlen", "empfohlene",
    "weitere", "verwandte", "neueste", "beliebt", "beliebte", "artikel", "themen", "top-themen",
    "nachrichten", "videos",
)  # fmt: skip


# Nouns of works, programmes, laws and publications: a quotation after one is a name ("der Film
# „Im Westen nichts Neues“", "die Zeitschrift „Brigitte“", "das Gesetz „Gute-Kita“").
_WORK_NOUNS = (
    "überschrift", "schlagzeile", "datei", "datenbank", "studie", "bericht", "artikel", "beitrag",
    "post", "kapitel", "rubrik", "seite", "blog", "portal",
    "buch", "roman", "film", "kinofilm", "serie", "sendung", "talkshow", "show", "dokumentation",
    "doku", "lied", "song", "album", "stück", "theaterstück", "ausstellung", "festival", "gesetz",
    "programm", "projekt", "operation", "aktion", "kampagne", "initiative", "bündnis", "magazin",
    "zeitschrift", "zeitung", "wochenzeitung", "tageszeitung", "blatt", "kolumne", "podcast",
    "plattform", "app", "bewegung", "verein", "titel", "motto", "slogan", "hashtag", "reihe",
    "format", "tournee", "marke",
    # a channel or an account named in marks ("auf dem Youtube-Kanal «…»", "ihr Instagram-Account »…«")
    "kanal", "account", "profil",
)  # fmt: skip
# Words presenting the quotation after them as a name or a term ("die sogenannte „Brandmauer“")
_MENTION_LEADS = (
    "sogenannte", "sogenannten", "sogenannter", "sogenanntes", "so genannte", "so genannten",
    "so genannter", "namens", "genannt", "betitelt", "stichwort", "das wort", "der begriff",
    "unter dem titel", "unter dem motto", "alias",
    # an inscription or a hashtag ("ein Schild mit der Aufschrift „…“", "unter dem Hashtag „…“")
    "aufschrift", "der aufschrift", "dem hashtag", "hashtag", "unter der parole",
    # a work named after the story's subject ("das gleichnamige Buch „…“" has the noun last)
    "gleichnamige", "gleichnamigen",
)  # fmt: skip

# Writing phrases and words for someone's words that end a paragraph introducing a quotation
# set as a block below it, whose marks the scrape lost ("schreibt er auf X:", "sagte er wörtlich:")
_BLOCK_INTROS = (
    "schreibt", "schrieb", "wie folgt", "folgendes", "seine worte", "ihre worte", "wörtlich", "zitiert",
)  # fmt: skip

TABLES = LanguageTables(
    "de",
    "German",
    function_words=_FUNCTION_WORDS,
    speech_verbs=_SPEECH_VERBS,
    lenient_verbs=_LENIENT_VERBS,
    inversion_cues=tuple(
        f"{verb} {p}"
        for verb in (
            "sagte",
            "sagt",
            "erklärte",
            "betonte",
            "meinte",
            "so",
            "ergänzte",
            "schrieb",
            "warnte",
            "fügte",
            "berichtete",
            "erzählte",
        )
        for p in ("er", "sie", "der", "die", "das")
    ),
    participle_cues=(),
    speech_coordinators=("und", "aber", "doch", "sondern"),
    linking_adverbs=("dann", "auch", "zudem", "später", "außerdem", "schließlich", "danach"),
    # sentence-opening adverbs a capital makes look like a given name ("Ahora Bustos asegura")
    opening_adverbs=(
        "jetzt",
        "heute",
        "gestern",
        "dann",
        "danach",
        "auch",
        "nun",
        "zudem",
        "außerdem",
        "inzwischen",
    ),
    complementisers=("dass", "daß", "ob"),
    according_to=_ACCORDING_TO,
    reading_cues=_READING_CUES,
    fragment_cues=_FRAGMENT_CUES,
    as_clause_openers=_AS_CLAUSE_OPENERS,
    as_clause_verbs=_AS_CLAUSE_VERBS,
    postposed_according_to=("zufolge",),
    titles=_TITLES,
    role_nouns=_ROLE_NOUNS,
    group_nouns=_GROUP_NOUNS,
    pronouns=_PRONOUNS,
    plural_verb_endings=_PLURAL_VERB_ENDINGS,
    female_names=_FEMALE_NAMES,
    male_names=_MALE_NAMES,
    quote_marks=_QUOTE_MARKS,
    reported_mood=_REPORTED_MOOD,
    reported_mood_alone=_REPORTED_MOOD_ALONE,
    dialogue_dashes=("–", "—"),
    block_intros=_BLOCK_INTROS,
    quotes_run_on=True,
    work_nouns=_WORK_NOUNS,
    mention_leads=_MENTION_LEADS,
    nouns_capitalised=True,
    document_nouns=_DOCUMENT_NOUNS,
    also_read_labels=_ALSO_READ_LABELS,
    weak_also_read_labels=("Mehr", "Video", "Lesen", "Auch"),
    section_headers=_SECTION_HEADERS,
    footer_phrases=_FOOTER_PHRASES,
    footer_patterns=_FOOTER_PATTERNS,
    footer_tail_patterns=_FOOTER_TAIL_PATTERNS,
    kickers=_KICKERS,
    topic_lines=True,
    cta_verbs=_CTA_VERBS,
    promo_nouns=_PROMO_NOUNS,
    label_words=_LABEL_WORDS,
    byline_prefixes=_BYLINE_PREFIXES,
    contact_cues=_CONTACT_CUES,
    contact_authors=_CONTACT_AUTHORS,
    contact_after_name=_CONTACT_AFTER_NAME,
    byline_stopwords=_BYLINE_STOPWORDS,
    byline_roles=_BYLINE_ROLES,
    agencies=_AGENCIES,
    credit_labels=_CREDIT_LABELS,
    # an interview's credit line: "Jana Roth im Gespräch mit Omar Said" (#11)
    interview_links=("im Gespräch mit", "im Interview mit"),
    dateline_patterns=_DATELINE_PATTERNS,
    dateline_stopwords=_DATELINE_STOPWORDS,
    months=_MONTHS,
    weekdays=_WEEKDAYS,
    timestamp_labels=_TIMESTAMP_LABELS,
    read_time_patterns=_READ_TIME_PATTERNS,
    caption_labels=_CAPTION_LABELS,
)
"""The German tables."""
