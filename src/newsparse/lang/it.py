"""Italian: ``ha detto``, ``ha dichiarato``, ``secondo X``, «caporali», ``Leggi anche``,
``(Leggi anche su: …)``, ``Di``, ``(ANSA)``."""

from __future__ import annotations

from newsparse.lang.tables import LanguageTables

__all__ = ["TABLES"]

_PARTICIPLES = (
    "detto", "dichiarato", "spiegato", "affermato", "aggiunto", "sottolineato", "annunciato",
    "precisato", "commentato", "ribadito", "scritto", "osservato", "rilevato", "ricordato",
    "evidenziato", "confermato", "assicurato", "avvertito", "denunciato", "replicato",
    "risposto", "raccontato", "ammesso", "concluso", "insistito", "chiarito", "garantito",
    "twittato", "sostenuto", "rimarcato", "puntualizzato", "auspicato", "annotato", "riferito",
    "reso noto", "fatto sapere",
    "tuonato", "attaccato", "incalzato", "ammonito", "accusato", "chiesto", "lamentato",
    "rivendicato", "argomentato", "proseguito", "esordito", "rassicurato", "ironizzato", "sbottato",
    "rivelato", "segnalato", "riconosciuto", "criticato", "fatto notare",
)  # fmt: skip

# adverbs written between "ha" and its participle in news ("ha poi aggiunto", "ha inoltre spiegato")
_AUX_ADVERBS = ("poi", "anche", "inoltre", "quindi", "infine", "ancora", "subito")

_PRESENT = (
    "dice", "afferma", "spiega", "aggiunge", "sottolinea", "dichiara", "annuncia", "precisa",
    "commenta", "ribadisce", "scrive", "osserva", "rileva", "ricorda", "evidenzia",
    "conferma", "assicura", "avverte", "denuncia", "replica", "risponde", "racconta",
    "ammette", "conclude", "insiste", "chiarisce", "garantisce", "sostiene", "comunica",
    "fa sapere", "riferisce",
    "dicono", "affermano", "spiegano", "sottolineano", "fanno sapere", "riferiscono", "denunciano",
    "aggiungono", "dichiarano", "annunciano", "precisano", "commentano", "ribadiscono", "scrivono",
    "osservano", "ricordano", "avvertono", "confermano", "tuona", "attacca", "incalza", "ammonisce",
    "rimarca", "puntualizza", "accusa", "chiede", "auspica", "lamenta", "rivendica", "argomenta",
    "prosegue", "esordisce", "rassicura", "ironizza", "sbotta", "taglia corto", "rivela", "segnala",
    "annota", "riconosce", "critica", "rilancia", "fa notare", "rende noto",
)  # fmt: skip

_REMOTE = (
    "disse",
    "dichiarò",
    "spiegò",
    "affermò",
    "aggiunse",
    "sottolineò",
    "annunciò",
    "precisò",
    "rispose",
)

_FUNCTION_WORDS = (
    "il", "lo", "la", "i", "gli", "le", "di", "a", "del", "della", "dei", "delle", "dello",
    "degli", "e", "è", "che", "un", "una", "uno", "per", "con", "non", "in", "nel",
    "nella", "nei", "al", "alla", "ai", "alle", "dal", "dalla", "da", "su", "sul",
    "sulla", "si", "sono", "ha", "hanno", "come", "anche", "più", "ma", "questo",
    "questa", "secondo", "essere", "stato", "stata", "dopo", "tra", "fra", "loro", "lui",
    "lei", "ci", "ne", "all", "dell", "nell", "sull", "l", "c", "perché", "già",
)  # fmt: skip

_SPEECH_VERBS = (
    "confida", "chiosa", "ha confidato",  # "», confida la madre", "», chiosa il sindaco"
    # reflexive verbs of asking and complaining ("», si chiede il sindaco", "», si sfoga la madre")
    "si chiede", "si è chiesto", "si è chiesta", "si domanda", "si lamenta", "si sfoga", "si difende",
    "si giustifica", "si interroga",
    *(f"{aux} {p}" for aux in ("ha", "hanno", "aveva", "avevano", "avrebbe") for p in _PARTICIPLES),
    # an adverb between the auxiliary and the participle: "”, ha poi aggiunto.", "ha anche detto"
    *(f"ha {adv} {p}" for adv in _AUX_ADVERBS for p in _PARTICIPLES[:24]),
    *_PRESENT,
    *_REMOTE,
)  # fmt: skip

_LENIENT_VERBS = (
    "ha detto", "dice", "disse", "hanno detto", "ha scritto", "scrive", "racconta",
)  # fmt: skip

_PARTICIPLE_CUES = (
    "aggiungendo", "sottolineando", "spiegando", "affermando", "precisando", "ricordando", "dicendo",
    "ribadendo", "evidenziando",
)  # fmt: skip

_ACCORDING_TO = (
    "secondo", "stando a", "a detta di", "a giudizio di", "come spiega", "come ha spiegato",
)  # fmt: skip

# impersonal reading phrases naming where the quoted words stand; the publication, or the body
# whose document follows, is their source (see LanguageTables.reading_cues)
_READING_CUES = (
    "si legge in", "si legge nel", "si legge nella", "si legge su", "si legge sul", "si legge sulla",
)  # fmt: skip

# words that make a short quotation after them someone's words ("qualifié de « … »")
_FRAGMENT_CUES = (
    "definito", "definita", "definiti", "definendo", "ha definito", "parlato di", "parla di",
    "parlando di", "ha parlato di", "denunciato", "denuncia", "ha denunciato", "promesso",
    "ha promesso", "chiesto", "ha chiesto", "bollato come", "ha bollato come", "criticato",
    "descritto come", "lamentato",
    # speech acts that govern the speaker's quoted words (round six)
    "si è detto", "si è detta", "si sono detti", "si dice", "ringraziato", "ha ringraziato",
    "ringrazia", "accusato di", "accusa di", "accusando di", "colpevole di", "ha espresso",
    "esprime", "ha invocato", "invoca", "ha auspicato", "auspica", "ha giudicato", "giudica",
)  # fmt: skip

# as-clauses naming a source ("Wie die Polizei mitteilte, …", "Como explicó X, …")
_AS_CLAUSE_OPENERS = ("come",)
_AS_CLAUSE_VERBS = (
    "ha", "hanno", "aveva", "è", "stato", "spiegato", "detto", "ricordato", "sottolineato",
    "annunciato", "riferito", "riportato", "dichiarato", "scritto", "spiega", "ricorda",
    "sottolinea", "riferisce", "riporta", "scrive",
)  # fmt: skip

# words between an according-to cue and its source ("según informó la policía")
_ACCORDING_FILLERS = (
    "quanto", "ha", "hanno", "è", "stato", "riferito", "riferisce", "riferiscono", "riportato",
    "riporta", "riportano", "reso", "noto", "rende", "dichiarato", "spiegato", "affermato",
    "comunicato", "detto", "annunciato", "da", "dal", "dalla", "dallo", "dai", "dagli", "dalle",
    # "secondo quanto appreso da", "secondo quanto ha fatto sapere il ministero"
    "appreso", "emerso", "trapelato", "fatto", "sapere", "si",
)  # fmt: skip

_TITLES = (
    "sig.", "sig.ra", "dott.", "dott.ssa", "prof.", "prof.ssa", "avv.", "on.", "ing.",
    "presidente", "ministro", "ministra", "sindaco", "sindaca", "governatore", "deputato",
    "deputata", "senatore", "senatrice", "generale", "colonnello", "giudice", "procuratore",
    "segretario", "segretaria", "portavoce", "direttore", "direttrice", "premier",
    "Presidente", "Ministro", "Sindaco", "don", "papa", "Papa",
)  # fmt: skip

_ROLE_NOUNS = (
    "ministro", "ministra", "presidente", "sindaco", "sindaca", "governatore", "deputato",
    "deputata", "senatore", "senatrice", "portavoce", "direttore", "direttrice",
    "procuratore", "giudice", "avvocato", "avvocata", "medico", "allenatore", "tecnico",
    "giocatore", "attaccante", "capitano", "leader", "esperto", "esperta", "economista",
    "candidato", "candidata", "segretario", "segretaria", "premier", "imprenditore",
    "imprenditrice", "ricercatore", "ricercatrice", "cantante", "attore", "attrice",
    "assessore", "assessora", "consigliere", "consigliera", "pontefice",
    "commissario", "commissaria", "ambasciatore", "ambasciatrice", "primario", "professore",
    "professoressa", "rettore", "rettrice", "prefetto", "questore",
    "capo", "generale", "colonnello", "comandante", "sottosegretario", "vicepresidente",
    "viceministro", "procuratrice", "presidentessa", "capogruppo", "fondatore", "fondatrice",
    "amministratore", "dirigente", "funzionario", "funzionaria", "responsabile", "coordinatore",
    "coordinatrice", "analista", "storico", "storica", "giornalista", "scrittore", "scrittrice",
    "regista", "vescovo", "cardinale", "vicesindaco", "consulente", "ingegnere", "architetto",
    "avvocatessa", "infermiere", "infermiera", "studente", "studentessa",
    # professions reports quote by their title alone once named ("il conduttore", "il virologo")
    "conduttore", "conduttrice", "presentatore", "presentatrice", "imam", "rabbino", "sacerdote",
    "parroco", "magistrato", "magistrata", "psicologo", "psicologa", "psichiatra", "nutrizionista",
    "virologo", "virologa", "epidemiologo", "epidemiologa", "immunologo", "immunologa", "infettivologo",
)  # fmt: skip

_GROUP_NOUNS = (
    "le autorità", "la polizia", "gli esperti", "i residenti", "gli inquirenti",
    "gli investigatori", "i testimoni", "le fonti", "fonti", "gli analisti", "i sindacati",
    "i medici", "i carabinieri", "i vigili del fuoco", "gli organizzatori",
    # bodies that speak for themselves ("il ministero ha spiegato che", "secondo la procura")
    "il ministero", "il governo", "la procura", "l'azienda", "l’azienda", "la società",
    "il comune", "la regione", "l'esercito", "l’esercito", "la nota", "il comunicato",
    "la questura", "la prefettura", "il tribunale", "il sindacato", "il partito", "l'ospedale",
    "l’ospedale", "l'associazione", "l’associazione",
)  # fmt: skip

# plural speech verbs: "dichiararono", "dicono", "hanno detto"
_PLURAL_VERB_ENDINGS = ("arono", "erono", "irono", "ono", "hanno")

_PRONOUNS = (
    ("lui", "m"), ("lei", "f"), ("egli", "m"), ("ella", "f"), ("loro", "pl"), ("io", "x"),
    ("noi", "pl"),
    # indefinite subjects: "Altri hanno detto che …" names no one
    ("altri", "pl"), ("molti", "pl"), ("alcuni", "pl"), ("tanti", "pl"),
)  # fmt: skip

_READ_PIECE_LABELS = tuple(
    # A label naming the kind of piece linked (``Leggi anche il commento: Titolo``, #11).
    f"{lead} {kind}"
    for lead in ("Leggi", "Leggi anche")
    for kind in (
        "il commento", "l'analisi", "l’analisi", "il reportage", "l'editoriale", "l’editoriale",
        "il retroscena", "la scheda", "il punto", "l'inchiesta", "l’inchiesta",
    )
)  # fmt: skip
_ALSO_READ_LABELS = (
    *_READ_PIECE_LABELS,
    "Leggi anche", "Leggi anche su", "Leggi pure", "Potrebbe interessarti", "Ti potrebbe interessare",
    "Vedi anche", "Guarda anche", "Approfondisci", "Per approfondire", "Articoli correlati",
    "Leggi l'articolo", "Leggi l’articolo", "Continua a leggere", "Leggi di più",
    # Further labels printed by Italian news sites.
    "Leggi l'approfondimento", "Leggi l’approfondimento", "Leggi l'intervista", "Leggi l’intervista",
    "Leggi la notizia", "Leggi anche questo", "Potrebbe interessarti anche",
    "Ti potrebbe interessare anche", "Ti potrebbero interessare", "Potrebbero interessarti",
    "Potrebbe anche interessarti", "Ti consigliamo", "Da non perdere", "Non perderti",
    "Guarda il video", "Vedi pure", "Approfondimento", "Approfondimenti", "Per saperne di più",
    "Articolo correlato", "Notizie correlate", "Notizia correlata", "Sullo stesso argomento",
    "Sullo stesso tema", "Ascolta anche", "Leggi ancora",
    # Further forms of Italian sites (#11).
    "Leggi l'articolo completo", "Leggi l’articolo completo", "Leggi la notizia completa",
    "Leggi anche questi articoli", "Potrebbero interessarti anche",
    # Further forms of news sites and blog templates (#11).
    "Post correlati", "Contenuti correlati", "Video correlati", "Leggi anche l'articolo",
    "Leggi anche l’articolo", "Leggi anche la notizia", "Ne abbiamo parlato qui", "Da leggere",
    # A pointer word before the linked title (``LEGGI QUI: …``).
    "Leggi qui", "Guarda qui",
    # The present-tense forms of "you may be interested" (``Ti può interessare: …``; #11).
    "Ti può interessare", "Può interessarti", "Ti può interessare anche", "Può interessarti anche",
    # one recommended story (#11, round six)
    "Articolo consigliato", "Lettura consigliata",
    # "Discover also" and "recommended articles" forms (#11, round seven b).
    "Scopri anche", "Articoli consigliati", "Da leggere anche", "Ti consigliamo anche",
)  # fmt: skip

_SECTION_HEADERS = (
    "Articoli correlati", "I più letti", "I più visti", "Più letti", "Ultime notizie",
    "News dalla sezione", "I più visti della sezione", "News dalle province", "Potrebbe interessarti",
    "Notizie correlate", "Potrebbero interessarti", "Ti potrebbe interessare", "Ti potrebbero interessare",
    "Sullo stesso argomento", "Altre notizie",
    "Ultimi articoli", "In evidenza",
    # Related blocks of news and blog templates (#11): ``Correlati`` is a weak label in a
    # sentence, a header only as the whole line.
    "Correlati", "Correlate", "Post correlati", "Contenuti correlati", "Articoli recenti",
    "Approfondimenti", "Per approfondire", "Potrebbe interessarti anche",
)  # fmt: skip

_FOOTER_PHRASES = (
    "condividi", "iscriviti", "iscriviti alla newsletter", "abbonati", "seguici",
    "seguici su", "commenta", "commenti", "riproduzione riservata", "tutti i diritti riservati",
    "© riproduzione riservata", "pubblicità", "contenuto sponsorizzato", "menu di navigazione",
    "tempo di lettura", "leggi l'articolo completo", "clicca qui", "ascolta l'articolo",
    "ascolta", "salva", "argomenti",
    "tag", "scarica l'app", "scarica la nostra app", "sostieni il giornalismo", "ricevi le notizie",
    "riproduzione vietata", "potrebbe interessarti anche",
    # account, paywall and offer widgets (#11)
    "abbonati ora", "abbonati a", "sei già abbonato", "accedi o registrati", "crea un account",
    "registrati gratis", "disdici quando vuoi",
    "la tua email", "la tua e-mail", "inserisci la tua email", "ricevi la newsletter",
    "ricevi ogni", "iscriviti al canale", "iscriviti al nostro canale", "unisciti al canale",
    "seguici anche su", "fai una donazione", "dona ora", "sostienici", "sostieni",
    # share and save widgets
    "copia link", "copia il link", "link copiato", "condividi su facebook", "condividi su x",
    "condividi su whatsapp", "condividi su linkedin", "condividi via email", "invia per email",
    "salva l'articolo", "salva articolo",
    # comment widgets
    "lascia un commento", "lascia il tuo commento", "commenta per primo", "sii il primo a commentare",
    "devi essere registrato", "devi effettuare il login", "effettua il login per commentare",
    "i commenti sono", "mostra commenti", "leggi i commenti", "vedi tutti i commenti",
    # cookie consent
    "accetta tutti", "accetta e chiudi", "rifiuta tutti", "gestisci i cookie", "impostazioni cookie",
    "informativa privacy", "informativa sui cookie",
    # page navigation and services
    "torna all'inizio", "vai al contenuto", "mostra altro", "carica altri",
    "carica altro", "ultime notizie da", "altre notizie da",
)  # fmt: skip

_FOOTER_PATTERNS = (
    # a comment section's moderation note (#9, eighth round): "I commenti … non rappresentano
    # l'opinione della redazione", "… sono sotto la responsabilità dei loro autori"; the desk, the
    # authors or the moderation is named
    (
        "disclaimer",
        r"(?:i\s+)?commenti\s+(?:\w{1,20}\s+){0,4}(?:non\s+(?:rappresentano|riflettono)\s+(?:necessariamente\s+)?"
        r"(?:l['’]opinione|la\s+posizione)\s+(?:della\s+redazione|del\s+giornale|della\s+testata|del\s+sito)"
        r"|sono\s+(?:sotto\s+la\s+)?(?:esclusiva\s+)?responsabilità\s+dei\s+(?:loro\s+|rispettivi\s+)?autori"
        r"|sono\s+(?:soggetti\s+a\s+)?moderat[ie])\b.{0,400}",
    ),
    # page notices of the seventh round (#9): a player's browser notice ("Il tuo browser non
    # supporta il tag iframe"), an editor's note on an update or an earlier publication
    ("other", r"(?:il\s+tuo|il\s+suo)\s+browser\s+non\s+(?:supporta|è\s+compatibile|permette|può)\b.{0,150}"),
    (
        "syndication",
        r"\*{0,2}\s{0,2}questo\s+articolo\s+(?:è\s+stato\s+)?(?:pubblicato\s+(?:originariamente|originalmente|per\s+la\s+prima\s+volta|inizialmente)"
        r"|aggiornato)\b.{0,200}",
    ),
    ("other", r"\(?leggi\s+anche\s+su:?.{0,200}\)?"),
    # read-time stamps: "3 minuti di lettura", "Lettura: 3 min"
    ("other", r"\d{1,3}\s?min(?:uti)?\.?\s+di\s+lettura"),
    ("other", r"(?:tempo\s+di\s+)?lettura\s*+:?+\s*+\d{1,3}\s?min(?:uti)?\.?"),
    # a paywall note: "Contenuto riservato agli abbonati"
    (
        "newsletter",
        r"(?:(?:questo\s+)?(?:contenuto|articolo)\s+(?:è\s+)?)?riservato\s+agli\s+abbonati\b.{0,150}",
    ),
    ("comments", r"(?:\d{1,6}\s+)?commenti(?:\s*\(\d{1,6}\))?\W{0,3}"),
    ("comments", r"(?:lascia\s+(?:il\s+tuo|un)\s+commento|commenta\s+per\s+primo)\W{0,3}"),
    ("other", r"\|[ \t\u00a0|]{1,200}"),
    ("copyright", r"(?:©\s{0,3})?riproduzione\s+(?:riservata|vietata)\b.{0,150}"),
    ("newsletter", r"iscriviti\s+(?:alla|al|alle)\s+(?:nostra\s+|nostre\s+)?(?:newsletter|canale)\b.{0,200}"),
    # interface words and links alone on a line (navigation, account, legal pages)
    (
        "other",
        r"(?:articolo\s+(?:precedente|successivo)|stampa|invia\s+per\s+e-?mail|accedi|registrati|privacy\s+policy"
        r"|cookie\s+policy|chi\s+siamo|contatti|cerca|chiudi)\W{0,3}",
    ),
    ("newsletter", r"sei\s+già\s+abbonato\?.{0,80}"),
    # comment widgets that open the comment section (#11): reply and report buttons under each
    # comment, and the prompts that stand where the comments start
    # a follow plea written as a sentence, so that it is found at the end of a joined line too
    (
        "social_follow",
        r"(?:seguici|segui\s+\S{1,30})\s+(?:anche\s+)?(?:su|sul|sui)\s+(?:\w{1,12}\s+){0,3}(?:telegram"
        r"|instagram|facebook|twitter|x|youtube|tiktok|whats\s?app|linkedin|threads"
        r"|bluesky|google\s+(?:news|notícias|noticias|actualités)|redes\s+sociais|redes\s+sociales"
        r"|réseaux\s+sociaux|sozialen\s+(?:netzwerken|medien)|social)\b.{0,120}",
    ),
    # comment-section headers, written in the many ways sites head them (#11)
    (
        "comments",
        r"(?:commenta(?:\s+(?:la\s+notizia|l['’]articolo))?|i\s+commenti\s+dei\s+lettori|scrivi\s+un\s+commento"
        r"|partecipa\s+alla\s+discussione|\d{1,6}\s+commenti)\W{0,3}",
    ),
    ("comments", r"rispondi\W{0,3}"),
    # a report button: under comments, but also in a widget row of the story, so it opens nothing
    ("other", r"segnala(?:\s+abuso)?\W{0,3}"),
    (
        "comments",
        r"(?:sii\s+il\s+primo\s+a\s+commentare|per\s+commentare\s+(?:devi|è\s+necessario)"
        r"|devi\s+(?:essere\s+registrato|effettuare\s+il\s+login)|i\s+commenti\s+(?:sono\s+moderati|sono\s+chiusi))\b.{0,200}",
    ),
    # cookie and consent notices: sentences, so no phrase takes them
    (
        "other",
        r"(?:utilizziamo|usiamo|questo\s+sito\s+(?:utilizza|usa))\s+(?:i\s+)?cookie\b"
        r"(?=.{0,300}\b(?:tua|tuo|navigazione|esperienza|servizi)\b).{0,300}",
    ),
    # a publisher's legal line: "P.IVA 01234567890", "Società editrice … P. IVA …"
    ("copyright", r"(?:.{0,150}\W)?p\.\s?iva\s*+:?\s*+\d{11}\b.{0,200}"),
    # interface words alone on a line
    ("other", r"(?:diretta|live|torna\s+su|invia|accetta|rifiuta)\W{0,3}"),
    # a publisher's legal imprint: "Direttore responsabile: …", "Registrazione Tribunale di Roma n. 123"
    (
        "copyright",
        r"(?:direttore\s+(?:responsabile|editoriale)|vicedirettore|editore|concessionaria\s+(?:di\s+)?pubblicità)\s*+:\s*+.{1,100}"
        r"|(?:registrazione|autorizzazione|iscrizione)\s+(?:al\s+|presso\s+il\s+)?tribunale\b.{0,150}"
        r"|testata\s+(?:giornalistica\s+)?registrata\b.{0,150}|iscritt[ao]\s+al\s+roc\b.{0,100}",
    ),
    # a topic list: "Argomenti correlati: Politica, Elezioni"
    ("other", r"(?:argomenti|temi|tag|parole\s+chiave)(?:\s+correlati)?\s*:.{0,200}"),
    # the bond spread ticker: "Spread BTP-Bund 165"
    (
        "other",
        r"spread\s+btp[-\s]?bund\s+\d{1,4}(?:[.,]\d{1,2})?(?:\s{0,3}[▲▼+-]\s{0,2}\d[\d.,]{0,6}+\s?%?)?",
    ),
    # a newsletter box's lines: the consent under the form, the unsubscribe note, the tagline
    (
        "newsletter",
        r"(?:iscrivendoti|registrandoti|cliccando|proseguendo),?\s+(?:accetti|dichiari)\b.{0,250}"
        r"|puoi\s+(?:annullare\s+l['’]iscrizione|disiscriverti|cancellarti)\b.{0,150}",
    ),
    # the box's tagline: opening words of a tagline, then the reader's inbox
    (
        "newsletter",
        r"(?:ogni|le|la|il|i|ricevi|tutte|tutti)\b"
        r"(?!.{0,210}\b(?:secondo|ha\s+detto|spiega|avverte|ha\s+spiegato)\b)(?=.{0,150}\b(?:mattina|sera|giorno|giorni|settimana|direttamente)\b)"
        r".{0,150}\bnella\s+tua\s+(?:casella\s+(?:di\s+posta|email|e-mail)|email|inbox)\b.{0,60}",
    ),
    # an ad marker that tells the reader the story goes on: "L'articolo continua dopo la pubblicità"
    (
        "ad",
        r"(?:l['’]articolo\s+continua|continua\s+a\s+leggere)\s+(?:dopo|sotto)\s+(?:la\s+)?(?:pubblicità|l['’]annuncio)\W{0,3}",
    ),
    # a notice to the reader: "Gentile lettore, la pubblicazione dei commenti è sospesa."
    ("other", r"gentile\s+lettor[ei]\b.{0,300}"),
)  # fmt: skip

# A writer's bio under the story (#11): a full name, the copula and a newsroom role word
# (``Mario Rossi è giornalista professionista dal 2005.``).
# Tail only: inside the story the same sentence is story. A role line with no name
# (``Redakteur in der Politik.``) is an author box's: the bylines rule's.
_FOOTER_TAIL_PATTERNS = (
    (
        "other",
        r"(?-i:(?!(?:Il|Lo|La|Gli|Le|Un|Uno|Una|Questo|Questa|Il\s+nostro|La\s+nostra)\b)\p{Lu}[\p{L}\'’-]{1,24}(?:\s+\p{Lu}[\p{L}.\'’-]{0,24}){1,2})"
        r"\s+(?:è|era|fu)\s+(?:\p{L}{1,15}\s+){0,4}?(?:giornalista|cronista|corrispondente|redattore|redattrice|inviato|inviata|collaboratore|collaboratrice|fotografo|fotografa|editorialista)\b.{0,300}",
    ),
)  # fmt: skip

_KICKERS = (
    "esclusiva", "video", "diretta", "live", "foto", "intervista", "analisi", "commento", "editoriale",
    "reportage", "ultim'ora", "ultima ora",
)  # fmt: skip

_CONTACT_CUES = (
    "scrivi all'", "scrivi all’", "scrivi al", "scrivi a", "scrivi", "scrivete all'",
    "scrivete all’", "scrivete a", "contatta", "contattare", "contattate", "segui", "seguite",
)  # fmt: skip
_CONTACT_AUTHORS = (
    "l'autore", "l’autore", "autore", "l'autrice", "l’autrice", "autrice", "il giornalista",
    "la giornalista", "giornalista",
)  # fmt: skip
_CONTACT_AFTER_NAME = (
    "è raggiungibile", "può essere contattato", "può essere contattata",
)  # fmt: skip

_BYLINE_PREFIXES = (
    "Di", "di", "DI", "Scritto da", "Pubblicato da", "A cura di", "a cura di", "Autore",
    "Autrice", "Autori", "Testo:",
    # the writer named by the kind of piece or by the desk ("Testo di Anna Neri", "Redazione: …")
    "Testo di", "Servizio di", "Articolo di", "Un articolo di", "Redazione:", "Intervista di",
    "dal nostro corrispondente", "dalla nostra inviata", "dal nostro inviato",
)  # fmt: skip

_BYLINE_STOPWORDS = (
    "il", "lo", "la", "i", "gli", "le", "un", "una", "questo", "questa", "nuovo", "nuova",
    "fatto", "certo", "più", "meno", "solito", "recente", "seguito", "fronte", "conseguenza",
    # prepositions opening a sentence, never a name's first word ("A Londra, l'indice …")
    "in", "nel", "nella", "con", "secondo", "per", "dopo",
)  # fmt: skip

_BYLINE_ROLES = (
    "corrispondente", "inviato", "inviata", "giornalista", "redazione", "Redazione",
)  # fmt: skip

_AGENCIES = (
    "ANSA", "Ansa", "AGI", "Adnkronos", "LaPresse", "Askanews", "Dire", "AFP", "Reuters", "AP",
    "Italpress", "agenzie", "Agenzie", "ats", "ATS", "Keystone-ATS",
)  # fmt: skip

_DATELINE_PATTERNS = (
    # "ROMA, 5 DIC - ", "WASHINGTON, DEC 5 -", "MILANO (ANSA) -"
    r"(?P<place>\p{Lu}[\p{L}'’.-]{1,30}+(?:[ \u00a0]\p{Lu}[\p{L}'’.-]{1,30}+){0,3}+)"
    # "Milano, 24 mar. (askanews) –": the month's abbreviation may keep its full stop
    r"(?:,[ \u00a0]\d{1,2}[ \u00a0]\p{L}{3,9}+\.?|,[ \u00a0]\p{L}{3,9}+\.?[ \u00a0]\d{1,2})?"
    r"(?:[ \u00a0](?:19|20)\d\d)?"  # "Milano, 12 marzo 2023 -"
    r"(?:[ \u00a0]\((?P<agency>[^()\n]{1,40}+)\))?[ \u00a0]*+[-—–]",
    # "16:13 (ANSA) - ROMA -", "09.41 (ANSA) - MILANO, 3 MAR -": a wire feed's clock time before
    # the agency, then the place in capitals (news sites' "ultima ora" pages)
    r"\d{1,2}[:.]\d\d[ \u00a0]\((?P<agency>[^()\n]{2,20}+)\)[ \u00a0]*+[-—–][ \u00a0]*+"
    r"(?P<place>\p{Lu}[\p{Lu}'’.-]{1,30}+(?:[ \u00a0]\p{Lu}[\p{Lu}'’.-]{1,30}+){0,3}+)"
    r"(?:,[ \u00a0]\d{1,2}[ \u00a0]\p{L}{3,9}+\.?)?[ \u00a0]*+[-—–]",
)  # fmt: skip

_MONTHS = (
    ("gennaio", "gen", "genn"), ("febbraio", "feb", "febbr"), ("marzo", "mar"),
    ("aprile", "apr"), ("maggio", "mag"), ("giugno", "giu"), ("luglio", "lug"),
    ("agosto", "ago"), ("settembre", "set", "sett"), ("ottobre", "ott"),
    ("novembre", "nov"), ("dicembre", "dic"),
)  # fmt: skip

_WEEKDAYS = (
    "lunedì", "martedì", "mercoledì", "giovedì", "venerdì", "sabato", "domenica", "lunedi", "martedi",
    "mercoledi", "giovedi", "venerdi",
)  # fmt: skip

_TIMESTAMP_LABELS = (
    ("pubblicato il", "published"), ("pubblicato", "published"), ("aggiornato il", "updated"),
    ("aggiornato alle", "updated"), ("aggiornato", "updated"), ("ultimo aggiornamento", "updated"),
)  # fmt: skip

_READ_TIME_PATTERNS = (
    r"(?:tempo[\s\u00a0]di[\s\u00a0]lettura:?[\s\u00a0]{0,2})?\d{1,3}[\s\u00a0]{0,2}min(?:uti)?\.?(?:[\s\u00a0]{1,2}di[\s\u00a0]lettura)?",
)  # fmt: skip

# Given names of one sex, for a pronoun's gender and to tell a person's name from a body's.
# Frequent given names of the language's countries, from the national birth-name statistics
# (ISTAT's given-name statistics), chosen by hand;
# names given to both sexes there (Celeste, Fiore, Felice) are left out.
_FEMALE_NAMES = (
    "Maria", "Anna", "Giuseppina", "Rosa", "Angela", "Giovanna", "Teresa", "Lucia", "Carmela", "Caterina",
    "Francesca", "Antonietta", "Carla", "Elena", "Concetta", "Rita", "Margherita", "Franca", "Paola", "Laura",
    "Luisa", "Giulia", "Sofia", "Aurora", "Alice", "Ginevra", "Emma", "Giorgia", "Greta", "Beatrice",
    "Martina", "Chiara", "Sara", "Alessia", "Federica", "Valentina", "Silvia", "Elisa", "Roberta", "Simona",
    "Monica", "Barbara", "Daniela", "Cristina", "Sabrina", "Claudia", "Alessandra", "Stefania", "Patrizia",
    "Raffaella", "Manuela", "Michela", "Ilaria", "Debora", "Serena", "Veronica", "Erica", "Eleonora",
    "Camilla", "Matilde", "Vittoria", "Ludovica", "Arianna", "Noemi", "Rebecca", "Bianca", "Gaia", "Nicole",
    "Irene", "Marta", "Elisabetta", "Emanuela", "Donatella", "Ornella", "Loredana", "Gabriella", "Marina",
    "Mara", "Nadia", "Rossella", "Giuliana", "Luciana", "Silvana", "Graziella", "Letizia", "Marisa",
    "Mariella", "Lorena", "Giusy", "Tiziana", "Luana", "Nunzia", "Annamaria", "Marianna", "Mariangela",
    "Pina", "Lina", "Ada", "Nilde", "Elly", "Susanna", "Cecilia", "Viola", "Agnese", "Benedetta", "Costanza",
    "Lavinia", "Livia", "Virginia", "Mariastella", "Annalisa", "Rosalba", "Antonella", "Fiorella",
    "Gianna", "Carolina", "Ilenia", "Miriam", "Lorenza", "Mariagrazia",
)  # fmt: skip

_MALE_NAMES = (
    "Giuseppe", "Giovanni", "Antonio", "Mario", "Luigi", "Francesco", "Angelo", "Vincenzo", "Pietro",
    "Salvatore", "Carlo", "Franco", "Domenico", "Bruno", "Paolo", "Michele", "Giorgio", "Aldo", "Sergio",
    "Luciano", "Roberto", "Marco", "Alessandro", "Andrea", "Luca", "Matteo", "Lorenzo", "Leonardo",
    "Gabriele", "Riccardo", "Tommaso", "Edoardo", "Mattia", "Davide", "Federico", "Filippo", "Simone",
    "Stefano", "Massimo", "Fabio", "Maurizio", "Claudio", "Giancarlo", "Gianluca", "Gianni", "Enrico",
    "Alberto", "Daniele", "Emanuele", "Nicola", "Nicolò", "Niccolò", "Alessio", "Cristian", "Christian",
    "Diego", "Samuele", "Elia", "Giacomo", "Gioele", "Jacopo", "Emilio", "Ettore", "Enzo", "Renato", "Renzo",
    "Sandro", "Silvio", "Ugo", "Umberto", "Valerio", "Vittorio", "Walter", "Guido", "Dario", "Fausto",
    "Flavio", "Gennaro", "Ciro", "Rocco", "Raffaele", "Mauro", "Pierluigi", "Piero", "Pier", "Ignazio",
    "Carmelo", "Corrado", "Cesare", "Osvaldo", "Orazio", "Ottavio", "Nino", "Tonino", "Beppe", "Peppe",
    "Gigi", "Guglielmo", "Arturo", "Achille", "Adriano", "Alfredo", "Amedeo", "Armando", "Attilio", "Benito",
    "Bettino", "Dino", "Elio", "Ennio", "Eugenio", "Fulvio", "Gino", "Italo", "Libero", "Lino", "Livio",
    "Marcello", "Nando", "Nello", "Oscar", "Otello", "Paride", "Romano", "Rodolfo", "Sabatino", "Saverio",
    "Sebastiano", "Settimio", "Tiziano", "Ubaldo", "Vito", "Tullio",
    "Giulio", "Gilberto", "Ernesto", "Gianfranco", "Giampiero", "Pierpaolo", "Pasquale", "Gaetano",
    "Calogero", "Agostino", "Ferdinando", "Graziano", "Massimiliano", "Raimondo", "Rino", "Teodoro",
    "Valentino", "Virgilio", "Gianmarco", "Giancarlo", "Giuliano", "Nazzareno", "Carmine",
)  # fmt: skip


# "ha annunciato di aver lanciato …", "ha precisato di non aver approvato …"
_INFINITIVE_OPENERS = (
    "di aver", "di avere", "di essere", "di esser", "di non", "d'aver", "d’aver", "di averlo", "di averla",
)  # fmt: skip


# Calls to action, promo nouns and label words for the prose classifier (#11): one word each,
# as it splits words (``suivez-nous`` is one word).
_CTA_VERBS = (
    "seguici", "iscriviti", "abbonati", "registrati", "accedi", "scarica", "ricevi", "attiva",
    "scopri", "prova", "sostieni", "sostienici", "dona", "condividi", "commenta", "clicca",
    "unisciti", "leggi", "guarda", "ascolta", "approfitta",
)  # fmt: skip
_PROMO_NOUNS = (
    "abbonamento", "abbonamenti", "abbonato", "abbonati", "newsletter", "app", "applicazione",
    "canale", "whatsapp", "telegram", "youtube", "instagram", "facebook", "tiktok", "email",
    "e-mail", "notifiche", "avvisi", "gratis", "gratuito", "gratuita", "offerta", "giornalismo",
    "donazione", "podcast", "account",
)  # fmt: skip
_LABEL_WORDS = (
    "letti", "visti", "correlati", "correlate", "consigliati", "consigliate", "popolari", "ultime",
    "notizie", "articoli", "argomenti", "evidenza", "tendenze",
)  # fmt: skip

# Photo sources that close a credit line "Nombre Apellido | Agencia" (#11), as written
# (compared case-blind): ``residue.photo_credits`` looks at lines holding a ``|``.
_PHOTO_SOURCES = (
    "Ansa", "LaPresse", "Imagoeconomica", "Fotogramma", "Getty Images", "Getty", "AFP",
    "Reuters", "AP", "Shutterstock", "Archivio",
)  # fmt: skip


# Nouns of works, programmes, laws and publications: a capitalised quotation after one is a name
# ("il programma “Porta a Porta”", "la legge “Spazzacorrotti”", "l’operazione “Mare Nostrum”").
_WORK_NOUNS = (
    "capitolo", "sezione", "articolo", "post", "blog", "sito", "pagina", "portale", "rapporto",
    "studio", "dossier", "inchiesta",
    "libro", "romanzo", "saggio", "opera", "film", "pellicola", "serie", "fiction", "programma",
    "trasmissione", "documentario", "canzone", "brano", "album", "disco", "spettacolo", "mostra",
    "festival", "legge", "decreto", "progetto", "piano", "operazione", "campagna", "piattaforma",
    "app", "rivista", "giornale", "quotidiano", "settimanale", "rubrica", "podcast", "movimento",
    "collettivo", "iniziativa", "titolo", "slogan", "hashtag", "motto", "reality", "show", "format",
    "marchio", "tour",
)  # fmt: skip
# Words presenting the quotation after them as a name or a term ("il cosiddetto “decreto flussi”")
_MENTION_LEADS = (
    "cosiddetto", "cosiddetta", "cosiddetti", "cosiddette", "denominato", "denominata", "noto come",
    "nota come", "conosciuto come", "conosciuta come", "battezzato", "battezzata", "soprannominato",
    "soprannominata", "intitolato", "intitolata", "dal titolo", "il termine", "la parola",
    "l'espressione", "l’espressione", "alias",
    # an inscription, a hashtag, a slogan ("un cartello con la scritta «…»", "l'hashtag «…»")
    "la scritta", "l'hashtag", "l’hashtag", "lo slogan", "il motto", "il reato di",
    # a work named after the story's subject ("il libro omonimo «…»")
    "omonimo", "omonima",
)  # fmt: skip

# Writing phrases and words for someone's words that end a paragraph introducing a quotation
# set as a block below it, whose marks the scrape lost ("Nella conclusione scrive:", "Ecco le parole di X:")
_BLOCK_INTROS = (
    "scrive", "scriveva", "ha scritto", "scritto", "riporta", "riportato", "riportata", "riportate",
    "riporto", "quanto segue", "le parole", "sue parole",
    "spiegato", "spiega", "dichiarato", "parla", "racconta", "afferma", "testualmente",
)  # fmt: skip

TABLES = LanguageTables(
    "it",
    "Italian",
    function_words=_FUNCTION_WORDS,
    speech_verbs=_SPEECH_VERBS,
    lenient_verbs=_LENIENT_VERBS,
    inversion_cues=tuple(
        f"{verb} {det}"
        for verb in (
            "ha detto",
            "ha spiegato",
            "ha aggiunto",
            "ha dichiarato",
            "dice",
            "spiega",
            "aggiunge",
            "afferma",
            "sottolinea",
            "racconta",
            "commenta",
            "conclude",
        )
        for det in ("il", "la", "lo", "l'", "l’", "i", "gli", "le")
    )
    # the next sentence names who said the quote: "“…”. Lo ha detto il ministro X."
    + tuple(
        f"lo {verb}"
        for verb in (
            "ha detto",
            "ha scritto",
            "ha riferito",
            "ha spiegato",
            "ha dichiarato",
            "ha affermato",
            "ha annunciato",
            "ha fatto sapere",
            "ha sottolineato",
            "ha ribadito",
            "scrive",
            "dice",
            "riferisce",
            "afferma",
            "annuncia",
            "spiega",
            "sottolinea",
            "ribadisce",
            "fa sapere",
            "rende noto",
            "ha reso noto",
            "riporta",
            "ha riportato",
            "denuncia",
            "ha denunciato",
            "comunica",
            "ha comunicato",
            "precisa",
            "ha precisato",
            "riferiscono",
            "hanno detto",
            "hanno riferito",
            "scrivono",
            "riportano",
        )
    )
    # "“…”. Così il presidente X", also typed with an apostrophe for the accent ("Cosi’")
    + ("così", "cosi’", "cosi'", "con queste parole")
    # "«…». È quanto scrive in un post il presidente X": that is what X says
    + tuple(
        f"{lead} {verb}"
        for lead in ("è quanto", "e' quanto", "è ciò che", "questo quanto")
        for verb in (
            "scrive",
            "dice",
            "afferma",
            "dichiara",
            "ha detto",
            "ha dichiarato",
            "ha scritto",
            "ha affermato",
            "sottolinea",
            "spiega",
            "ha spiegato",
            "riferisce",
            "fa sapere",
        )
    ),
    participle_cues=_PARTICIPLE_CUES,
    speech_coordinators=("e", "ed", "ma", "però"),
    linking_adverbs=("poi", "anche", "inoltre", "infine", "ancora", "quindi"),
    # sentence-opening adverbs a capital makes look like a given name ("Ahora Bustos asegura")
    opening_adverbs=(
        "ora",
        "oggi",
        "ieri",
        "allora",
        "poi",
        "anche",
        "così",
        "intanto",
        "infine",
        "inoltre",
        "adesso",
    ),
    complementisers=("che",),
    according_to=_ACCORDING_TO,
    reading_cues=_READING_CUES,
    infinitive_openers=_INFINITIVE_OPENERS,
    opinion_openers=("per",),
    fragment_cues=_FRAGMENT_CUES,
    as_clause_openers=_AS_CLAUSE_OPENERS,
    as_clause_verbs=_AS_CLAUSE_VERBS,
    according_fillers=_ACCORDING_FILLERS,
    titles=_TITLES,
    role_nouns=_ROLE_NOUNS,
    group_nouns=_GROUP_NOUNS,
    pronouns=_PRONOUNS,
    plural_verb_endings=_PLURAL_VERB_ENDINGS,
    # documents that speak for no one named ("diz o pedido no site", "selon le communiqué")
    document_nouns=(
        "comunicato",
        "testo",
        "documento",
        "rapporto",
        "studio",
        "sondaggio",
        "post",
        "messaggio",
        "nota",
    ),
    female_names=_FEMALE_NAMES,
    male_names=_MALE_NAMES,
    quote_marks=(("«", "»"), ("“", "”"), ('"', '"'), ("‘", "’"), ("'", "'")),
    dialogue_dashes=("—", "–"),
    block_intros=_BLOCK_INTROS,
    quotes_run_on=True,
    work_nouns=_WORK_NOUNS,
    mention_leads=_MENTION_LEADS,
    also_read_labels=_ALSO_READ_LABELS,
    weak_also_read_labels=("Leggi", "Video", "Guarda", "Correlati", "Correlato", "Ascolta", "Vedi"),
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
    credit_labels=("Fonte:", "Con fonte", "(ANSA)"),
    # an interview's credit line: "Jana Roth im Gespräch mit Omar Said" (#11)
    interview_links=("in conversazione con", "intervistato da", "intervistata da"),
    dateline_patterns=_DATELINE_PATTERNS,
    dateline_stopwords=("secondo", "ma", "però", "inoltre", "poi", "video", "foto"),
    months=_MONTHS,
    weekdays=_WEEKDAYS,
    timestamp_labels=_TIMESTAMP_LABELS,
    read_time_patterns=_READ_TIME_PATTERNS,
    caption_labels=("Foto", "Immagine", "Credit", "Fonte", "Video", "Archivio"),
    photo_sources=_PHOTO_SOURCES,
)
"""The Italian tables."""
