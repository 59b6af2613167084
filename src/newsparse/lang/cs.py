"""Czech: ``řekl``/``řekla``/``řekli``, ``uvedla mluvčí``, ``podle X``, ``jak uvedl X``,
„české uvozovky“ and »guillemets«, ``Přečtěte si také``, ``Autor:``, ``(ČTK)``, ``PRAHA -``."""

from __future__ import annotations

from newsparse.lang.tables import LanguageTables

__all__ = ["TABLES"]

# Past tense l-forms agree with the subject: masculine -l, feminine -la, neuter -lo, plural -li
# (and -ly for feminine plurals): "řekl", "řekla", "řekli", "řekly".
_PAST_STEMS = (
    "řek", "uved", "doda", "prohlási", "sděli", "oznámi", "zdůrazni", "upozorni", "vysvětli",
    "napsa", "poznamena", "potvrdi", "odpovědě", "tvrdi", "míni", "dodáva", "konstatova",
    "uvádě", "říka", "varova", "ujisti", "připomně", "upřesni", "informova", "poznamenáva",
    "zdůrazňova", "upozorňova", "vysvětlova", "prohlašova", "pravi", "podotk", "doplni",
    "připusti", "nastíni", "slíbi", "odmít", "zmíni", "popsa", "poukáza", "kritizova", "vzkáza",
    "reagova", "přizna", "uzna",
)  # fmt: skip


def _past(stem: str) -> tuple[str, ...]:
    return tuple(f"{stem}{end}" for end in ("l", "la", "lo", "li", "ly"))


_PAST = tuple(form for stem in _PAST_STEMS for form in _past(stem))

# Present tense, 3rd singular and plural: "říká", "tvrdí", "uvádí", "říkají".
_PRESENT = (
    "říká", "říkají", "tvrdí", "uvádí", "uvádějí", "míní", "dodává", "dodávají", "vysvětluje",
    "vysvětlují", "zdůrazňuje", "zdůrazňují", "upozorňuje", "upozorňují", "varuje", "varují",
    "prohlašuje", "prohlašují", "píše", "píší", "poznamenává", "konstatuje", "konstatují",
    "sděluje", "oznamuje", "potvrzuje", "potvrzují", "odpovídá", "přiznává", "připomíná",
    "doplňuje", "ujišťuje", "soudí", "myslí", "věří", "očekává", "předpokládá", "odhaduje",
    "zní", "uvádí se", "píše se",
)  # fmt: skip

_SPEECH_VERBS = (*_PAST, *_PRESENT)

# verbs that report a clause without "že": "Situace je vážná, řekl." / "Řekl, situace je vážná"
_LENIENT_VERBS = (
    "řekl", "řekla", "řekli", "řekly", "uvedl", "uvedla", "uvedli", "dodal", "dodala", "dodali",
    "napsal", "napsala", "napsali", "říká", "říkají", "tvrdí", "uvádí", "míní", "píše",
)  # fmt: skip

_FUNCTION_WORDS = (
    # distinctive against Slovak (je/sa, že/že, ktorý), Polish (się, że, który, jest) and the
    # other Latin-script languages
    "je", "se", "že", "který", "která", "které", "kteří", "jsou", "jako", "také", "podle",
    "ještě", "když", "byl", "byla", "bylo", "byli", "by", "ale", "pro", "jeho", "její", "jejich",
    "už", "než", "nebo", "jen", "však", "při", "před", "mezi", "proti", "kde", "tak", "aby",
    "jsme", "jsem", "bude", "budou", "má", "mají", "mu", "jí", "jim", "toho", "této", "tento",
    "tato", "tyto", "tím", "není", "nejsou", "již", "až", "rovněž", "uvedl", "uvedla", "řekl",
    "řekla", "roce", "letos", "během", "kvůli", "ke", "ve", "v", "jak", "dnes", "a", "s", "k",
    "u", "být", "může", "mohou", "musí", "přes", "bez", "ho", "jej", "něj", "nich", "tom",
    "tomu", "kterou", "kterého", "kterém", "kterým", "jež", "jenž", "což", "velmi", "více",
    "zatím", "nyní", "proto", "totiž", "tedy", "pouze", "díky", "vůči", "nad", "pod", "přitom",
    "zhruba", "či", "nás", "nebude", "lze", "své", "svou", "svého", "svých", "svůj", "sám",
    "sama", "jejichž", "jehož", "tam", "zde", "ani",
    # shared with Polish, but among the most frequent Czech words ("z", "i" and "w" are left
    # out: they are Polish more than Czech)
    "na", "do", "o", "po", "za", "od", "to",
)  # fmt: skip

_ACCORDING_TO = (
    "podle", "dle", "podle slov", "jak uvedl", "jak uvedla", "jak uvedli", "jak řekl",
    "jak řekla", "jak řekli", "jak sdělil", "jak sdělila", "jak sdělili", "podle informací",
    "podle mluvčího", "podle mluvčí", "podle vyjádření",
)  # fmt: skip

# impersonal reading phrases naming where the quoted words stand (``„…“, stojí v prohlášení
# ČEZ``); the publication, or the body whose document follows, is their source
_READING_CUES = (
    "stojí v", "stojí ve", "píše se v", "píše se ve", "uvádí se v", "uvádí se ve",
)  # fmt: skip

# documents that report without being anyone, in the cases a reading phrase or "podle" governs
_DOCUMENT_NOUNS = (
    "prohlášení", "zpráva", "zprávy", "zprávě", "sdělení", "dokument", "dokumentu", "studie",
    "studii", "průzkum", "průzkumu", "dopis", "dopisu", "oznámení", "usnesení",
)  # fmt: skip

# Words between an according-to cue and its source: "podle slov ministra", "podle informací
# policie"
_ACCORDING_FILLERS = ("slov", "informací", "vyjádření", "názoru", "údajů", "odhadů", "zjištění")

_AS_CLAUSE_OPENERS = ("jak",)
_AS_CLAUSE_VERBS = (
    "uvedl", "uvedla", "uvedli", "řekl", "řekla", "řekli", "sdělil", "sdělila", "sdělili",
    "oznámil", "oznámila", "oznámili", "informoval", "informovala", "informovali", "napsal",
    "napsala", "potvrdil", "potvrdila", "uvádí", "říká", "píše",
)  # fmt: skip

_FRAGMENT_CUES = (
    "označil za", "označila za", "označili za", "nazval", "nazvala", "nazvali", "mluvil o",
    "mluvila o", "mluvili o", "hovořil o", "hovořila o", "hovořili o", "varoval před",
    "varovala před", "slíbil", "slíbila", "slíbili",
)  # fmt: skip

_TITLES = (
    "pan", "paní", "Pan", "Paní", "Ing.", "Mgr.", "MUDr.", "JUDr.", "PhDr.", "RNDr.", "Bc.",
    "doc.", "prof.", "Dr.", "ministr", "ministryně", "premiér", "premiérka", "prezident",
    "prezidentka", "starosta", "starostka", "primátor", "primátorka", "hejtman", "hejtmanka",
    "předseda", "předsedkyně", "mluvčí", "ředitel", "ředitelka", "poslanec", "poslankyně",
    "senátor", "senátorka", "soudce", "soudkyně", "trenér", "generál",
    # Czech has no articles: a role is followed by its body in the genitive and then the name
    # ("mluvčí policie Jana Nováková", "ředitel nemocnice Petr Malý"), or led by an adjective
    # ("policejní mluvčí"); these words stay in the span ahead of the name
    "policie", "hasičů", "záchranářů", "ministerstva", "vlády", "města", "radnice", "kraje",
    "nemocnice", "společnosti", "firmy", "strany", "soudu", "úřadu", "školy", "magistrátu",
    "policejní", "krajský", "krajská", "krajské", "městský", "městská", "hlavní", "tiskový",
    "tisková", "generální", "výkonný", "výkonná", "financí", "vnitra", "zdravotnictví",
    "zahraničí", "obrany", "spravedlnosti", "dopravy", "školství", "průmyslu", "zemědělství",
    "podniku", "sboru", "ústavu", "univerzity", "inspekce", "agentury", "svazu", "komory",
    "banky", "sněmovny", "senátu", "armády", "dopravního", "náměstek", "náměstkyně", "šéf",
    "šéfka", "velitel", "velitelka", "vedoucí", "expert", "expertka", "analytik", "analytička",
    # genitive and instrumental forms after "podle", "dle", "s": "podle ministra X"
    "ministra", "ministryně", "premiéra", "premiérky", "prezidenta", "prezidentky", "starosty",
    "starostky", "primátora", "primátorky", "hejtmana", "hejtmanky", "předsedy", "mluvčího",
    "ředitele", "ředitelky", "poslance", "poslankyně", "senátora", "senátorky", "soudce",
    "trenéra", "náměstka",
)  # fmt: skip

_ROLE_NOUNS = (
    "ministr", "ministryně", "premiér", "premiérka", "prezident", "prezidentka", "starosta",
    "starostka", "primátor", "primátorka", "hejtman", "hejtmanka", "předseda", "předsedkyně",
    "místopředseda", "místopředsedkyně", "mluvčí", "ředitel", "ředitelka", "poslanec",
    "poslankyně", "senátor", "senátorka", "soudce", "soudkyně", "státní zástupce",
    "státní zástupkyně", "advokát", "advokátka", "lékař", "lékařka", "expert", "expertka",
    "odborník", "odbornice", "analytik", "analytička", "ekonom", "ekonomka", "trenér",
    "trenérka", "hráč", "hráčka", "politik", "politička", "šéf", "šéfka", "vedoucí",
    "velitel", "velitelka", "policista", "policistka", "hasič", "hasička", "vědec", "vědkyně",
    "zpěvák", "zpěvačka", "herec", "herečka", "autor", "autorka", "zakladatel", "zakladatelka",
    "novinář", "novinářka", "redaktor", "redaktorka", "kolega", "kolegyně", "náměstek",
    "náměstkyně", "radní", "zastupitel", "zastupitelka", "kancléř", "kancléřka",
    # genitive forms, as after "podle" ("podle ministra", "podle mluvčího")
    "ministra", "premiéra", "premiérky", "prezidenta", "prezidentky", "starosty", "starostky",
    "primátora", "primátorky", "hejtmana", "hejtmanky", "předsedy", "mluvčího", "ředitele",
    "ředitelky", "poslance", "senátora", "senátorky", "lékaře", "lékařky", "odborníka",
    "odbornice", "analytika", "analytičky", "ekonoma", "trenéra", "šéfa", "šéfky", "velitele",
    "policisty", "náměstka", "experta", "expertky", "advokáta", "advokátky",
)  # fmt: skip

_GROUP_NOUNS = (
    "policie", "policisté", "hasiči", "záchranáři", "úřady", "odborníci", "experti",
    "analytici", "kritici", "svědci", "obyvatelé", "vyšetřovatelé", "pořadatelé", "odbory",
    # bodies that speak for themselves ("ministerstvo uvedlo", "radnice oznámila")
    "ministerstvo", "vláda", "firma", "společnost", "radnice", "město", "soud", "armáda",
    "úřad", "kraj", "obec", "strana", "nemocnice", "škola", "státní zastupitelství",
    # a capitalised body at a sentence start is read as a name unless it is two or three words
    "městská policie", "krajská policie", "česká policie", "policie čr", "hasičský záchranný sbor",
    "ministerstvo vnitra", "ministerstvo financí", "ministerstvo zdravotnictví",
    "ministerstvo zahraničí", "ministerstvo obrany", "ministerstvo spravedlnosti",
    "ministerstvo dopravy", "ministerstvo školství", "ministerstvo průmyslu",
    "ministerstvo zemědělství", "ministerstvo práce", "ministerstvo životního prostředí",
    "česká národní banka", "státní zastupitelství", "nejvyšší soud", "ústavní soud",
    "krajský soud", "okresní soud", "český statistický úřad", "dopravní podnik",
    # the genitive after "podle" / "dle" ("podle hasičů", "dle ministerstva"), where it differs
    # from the nominative
    "policistů", "hasičů", "záchranářů", "úřadů", "odborníků", "expertů", "analytiků",
    "kritiků", "svědků", "obyvatel", "vyšetřovatelů", "pořadatelů", "odborů", "ministerstva",
    "vlády", "firmy", "společnosti", "města", "soudu", "armády", "úřadu", "kraje", "obce",
    "strany", "školy", "státního zastupitelství", "městské policie", "krajské policie",
    "ministerstva vnitra", "ministerstva financí", "ministerstva zdravotnictví",
    "ministerstva zahraničí", "ministerstva obrany", "nejvyššího soudu", "ústavního soudu",
    "krajského soudu", "okresního soudu", "českého statistického úřadu", "české národní banky",
)  # fmt: skip

_PRONOUNS = (
    ("on", "m"), ("ona", "f"), ("oni", "pl"), ("ony", "pl"), ("ono", "x"), ("já", "x"),
    ("my", "pl"),
)  # fmt: skip

# Czech quotation marks are „low-9 … left“ (like German); books and some sites use »…«.
_QUOTE_MARKS = (
    ("„", "“"), ("‚", "‘"), ("»", "«"), ("«", "»"), ("“", "”"), ('"', '"'),
)  # fmt: skip

_ALSO_READ_LABELS = (
    "Přečtěte si také", "Přečtěte si též", "Přečtěte si", "Čtěte také", "Čtěte též",
    "Čtěte více", "Čtěte dále", "Mohlo by vás zajímat", "Mohlo by Vás zajímat",
    "Mohlo by vás také zajímat", "Související články", "Související", "Nepřehlédněte",
    "Další zprávy", "Další články", "Více k tématu", "K tématu", "Doporučujeme",
    "Podívejte se také", "Podívejte se", "Video", "Sledujte také", "Právě se čte",
)  # fmt: skip

_SECTION_HEADERS = (
    "Související články", "Další zprávy", "Další články", "Nejčtenější", "Nejčtenější články",
    "Mohlo by vás zajímat", "Doporučujeme", "Více k tématu", "Nejnovější", "Právě se čte",
)  # fmt: skip

_FOOTER_PHRASES = (
    "všechna práva vyhrazena", "sdílet", "sdílejte", "sdílet na", "reklama", "diskuse",
    "diskuze", "přihlásit se", "přihlaste se", "odebírat newsletter", "odebírejte",
    "přihlaste se k odběru", "přihlásit k odběru", "newsletter", "předplatné", "předplaťte si",
    "zobrazit diskusi", "vstoupit do diskuse", "komentáře", "tisknout", "vytisknout",
    "kopírovat odkaz", "zkopírovat odkaz", "používáme cookies", "soubory cookies",
    "souhlasím", "nastavení cookies", "zpět na úvod", "hlavní strana", "štítky", "témata",
    "sledujte nás", "stáhněte si aplikaci", "nahlásit chybu", "poslat e-mailem",
    "článek je pouze pro předplatitele", "celý článek", "pokračovat ve čtení",
    # plugs, widgets and page links (#11)
    "přijmout vše", "odmítnout vše", "přizpůsobit", "poslechněte si článek", "poslechnout článek",
    "podpořte nás", "podpořte nezávislou", "přispějte", "sledujte nás na", "sdílejte článek",
    "odpovědět", "nahlásit", "zobrazit další", "načíst další", "nejčtenější články",
    "váš e-mail", "zadejte e-mail",
)  # fmt: skip

_FOOTER_PATTERNS = (
    ("ad", r"reklama\W{0,3}"),
    ("share", r"(?:sdílet|sdílejte)(?:[ \t\u00a0]{1,3}(?:na|článek)\b.{0,40})?\W{0,3}"),
    ("copyright", r"(?:©|\(c\)|copyright)\s?.{0,120}všechna\s+práva\s+vyhrazena.{0,200}"),
    ("other", r"\d{1,3}\s?min(?:ut[ay]?)?\s+čtení|doba\s+čtení:?\s?\d{1,3}\s?min(?:ut[ay]?)?\.?"),
    ("comments", r"(?:diskuse|diskuze|komentáře)(?:\s*\(\d{1,6}\))?\W{0,3}"),
    (
        "newsletter",
        r"(?:přihlaste\s+se|přihlásit\s+se|odebírejte|objednejte\s+si)\b.{0,80}\b(?:newsletter\w{0,3}|odběr\w{0,2})\b.{0,200}",
    ),
    (
        "other",
        r"(?:tento\s+web\s+)?(?:používá|používáme)\s+(?:soubory\s+)?cookies?\b.{0,300}",
    ),
    (
        "other",
        r"(?:přihlásit\s+se|odhlásit\s+se|vyhledávání|hledat|kontakty|tiráž"
        r"|ochrana\s+osobních\s+údajů|zavřít|další\s+článek|předchozí\s+článek)\W{0,3}",
    ),
    ("other", r"(?:štítky|témata)\s*:.{0,200}"),
    # comment widgets that open the comment section (#11)
    (
        "comments",
        r"(?:odpovědět|vstoupit\s+do\s+diskuse|zobrazit\s+(?:celou\s+)?diskusi)\W{0,3}",
    ),
)  # fmt: skip

_KICKERS = (
    "exkluzivně", "video", "online", "živě", "komentář", "analýza", "rozhovor", "reportáž",
    "názor", "glosa", "aktuálně", "fotogalerie",
)  # fmt: skip

_BYLINE_PREFIXES = ("Autor:", "Autorka:", "Autor", "Autorka", "Text:", "Napsal", "Napsala", "Od")

_BYLINE_STOPWORDS = (
    "roku", "začátku", "konce", "pondělí", "úterý", "středy", "čtvrtka", "pátku", "soboty",
    "neděle", "té", "doby", "dnešního", "zítřka", "včerejška", "nás", "vás", "něj", "ní",
)  # fmt: skip

_BYLINE_ROLES = (
    "redaktor", "redaktorka", "zpravodaj", "zpravodajka", "reportér", "reportérka", "redakce",
    "spolupracovník", "editor", "editorka",
)  # fmt: skip

_AGENCIES = (
    "ČTK", "čtk", "iDNES.cz", "Novinky.cz", "Aktuálně.cz", "iROZHLAS", "ČT24", "ČRo",
    "Reuters", "AFP", "AP", "dpa", "TASR", "PAP", "Bloomberg", "Seznam Zprávy", "Deník N",
    "E15", "Blesk.cz",
)  # fmt: skip

_CREDIT_LABELS = ("Zdroj:", "Foto:", "Video:", "Spolupracoval", "Spolupracovala", "S využitím")

_DATELINE_PATTERNS = (
    # "PRAHA -", "Praha –", "Brno (ČTK) -", "PRAHA/BRUSEL –", "Ústí nad Labem -"
    r"(?P<place>\p{Lu}[\p{L}'’.-]{1,30}+(?:[ \u00a0/](?:nad|pod|u|\p{Lu}[\p{L}'’.-]{1,30}+)){0,3}+)"
    r"(?:[ \u00a0]\((?P<agency>[^()\n]{1,40}+)\))?[ \u00a0]++[-—–]",
)  # fmt: skip

_DATELINE_STOPWORDS = (
    "podle", "ale", "také", "pak", "poté", "video", "foto", "aktualizováno", "reklama",
)  # fmt: skip

# Nominative first ("leden"), then genitive ("ledna", as in dates: "5. ledna 2024")
_MONTHS = (
    ("leden", "ledna", "led"), ("únor", "února", "úno"), ("březen", "března", "bře"),
    ("duben", "dubna", "dub"), ("květen", "května", "kvě"), ("červen", "června", "čvn"),
    ("červenec", "července", "čvc"), ("srpen", "srpna", "srp"), ("září", "zář"),
    ("říjen", "října", "říj"), ("listopad", "listopadu", "lis"), ("prosinec", "prosince", "pro"),
)  # fmt: skip

_WEEKDAYS = (
    "pondělí", "úterý", "středa", "středu", "čtvrtek", "pátek", "sobota", "sobotu", "neděle",
    "neděli", "po", "út", "st", "čt", "pá", "so", "ne",
)  # fmt: skip

_TIMESTAMP_LABELS = (
    ("aktualizováno", "updated"), ("aktualizace", "updated"), ("publikováno", "published"),
    ("vydáno", "published"), ("zveřejněno", "published"), ("aktualizováno dne", "updated"),
    ("publikováno dne", "published"),
)  # fmt: skip

_READ_TIME_PATTERNS = (
    r"\d{1,3}[\s\u00a0]{0,2}min(?:ut[ay]?)?\.?[\s\u00a0]{1,2}čtení",
    r"doba[\s\u00a0]{1,2}čtení:?[\s\u00a0]{0,2}\d{1,3}[\s\u00a0]{0,2}min(?:ut[ay]?)?\.?",
)  # fmt: skip

_CAPTION_LABELS = ("Foto", "Ilustrační foto", "Ilustrační snímek", "Zdroj", "Video", "Snímek", "Grafika")

# Given names of one sex, for a pronoun's gender and to tell a person's name from a body's.
# Frequent given names of the language's countries, from the national birth-name statistics
# (the Czech Statistical Office's given-name counts), chosen by hand;
# names given to both sexes there (Saša) are left out.
_FEMALE_NAMES = (
    "Jana", "Marie", "Eva", "Hana", "Anna", "Lenka", "Kateřina", "Lucie", "Věra", "Alena", "Petra",
    "Veronika", "Jaroslava", "Tereza", "Martina", "Michaela", "Jitka", "Helena", "Ludmila", "Zdeňka", "Ivana",
    "Monika", "Eliška", "Zuzana", "Markéta", "Jarmila", "Barbora", "Jiřina", "Marcela", "Kristýna", "Dana",
    "Vlasta", "Adéla", "Natálie", "Karolína", "Klára", "Simona", "Andrea", "Nikola", "Pavla", "Olga", "Irena",
    "Šárka", "Miroslava", "Iveta", "Radka", "Romana", "Renata", "Dagmar", "Blanka", "Libuše", "Milena",
    "Miloslava", "Vladimíra", "Zdenka", "Gabriela", "Denisa", "Aneta", "Sabina", "Viktorie", "Ema", "Sofie",
    "Julie", "Rozálie", "Emma",
)  # fmt: skip

_MALE_NAMES = (
    "Jiří", "Jan", "Petr", "Josef", "Pavel", "Martin", "Tomáš", "Jaroslav", "Miroslav", "Zdeněk", "Václav",
    "Michal", "František", "Jakub", "Milan", "Karel", "Lukáš", "David", "Vladimír", "Ondřej", "Ladislav",
    "Roman", "Stanislav", "Marek", "Radek", "Daniel", "Vojtěch", "Antonín", "Filip", "Adam", "Matěj", "Aleš",
    "Miloslav", "Libor", "Dominik", "Patrik", "Vít", "Radim", "Štěpán", "Bohumil", "Luboš", "Oldřich",
    "Zbyněk", "Vlastimil", "Rostislav", "Kamil", "Robert", "Richard", "Dušan", "Igor", "Ivan", "Oto", "Ota",
    "Bohuslav", "Břetislav", "Přemysl", "Vratislav", "Dalibor", "Jindřich", "Miloš", "Andrej", "Viktor",
    "Denis", "Matyáš", "Šimon", "Hynek", "Kryštof",
)  # fmt: skip


# Calls to action, promo nouns and label words for the prose classifier (#11): one word each,
# as it splits words (``suivez-nous`` is one word).
_CTA_VERBS = (
    "sledujte", "přihlaste", "odebírejte", "stáhněte", "předplaťte", "podpořte", "přispějte",
    "sdílejte", "pošlete", "napište", "objednejte", "vyzkoušejte", "poslechněte",
)  # fmt: skip
_PROMO_NOUNS = (
    "předplatné", "předplatitel", "předplatitelé", "newsletter", "aplikace", "aplikaci", "kanál",
    "whatsapp", "telegram", "youtube", "instagram", "facebook", "e-mail", "upozornění",
    "notifikace", "odběr", "zdarma", "nabídka", "žurnalistiku", "podcast", "účet",
)  # fmt: skip
_LABEL_WORDS = (
    "nejčtenější", "související", "doporučujeme", "doporučené", "další", "nejnovější", "zprávy",
    "články", "témata",
)  # fmt: skip

TABLES = LanguageTables(
    "cs",
    "Czech",
    function_words=_FUNCTION_WORDS,
    speech_verbs=_SPEECH_VERBS,
    lenient_verbs=_LENIENT_VERBS,
    inversion_cues=(),
    participle_cues=(),
    complementisers=("že",),
    according_to=_ACCORDING_TO,
    reading_cues=_READING_CUES,
    document_nouns=_DOCUMENT_NOUNS,
    according_fillers=_ACCORDING_FILLERS,
    fragment_cues=_FRAGMENT_CUES,
    as_clause_openers=_AS_CLAUSE_OPENERS,
    as_clause_verbs=_AS_CLAUSE_VERBS,
    titles=_TITLES,
    role_nouns=_ROLE_NOUNS,
    group_nouns=_GROUP_NOUNS,
    pronouns=_PRONOUNS,
    female_names=_FEMALE_NAMES,
    male_names=_MALE_NAMES,
    quote_marks=_QUOTE_MARKS,
    dialogue_dashes=("–", "—"),
    quotes_run_on=True,
    also_read_labels=_ALSO_READ_LABELS,
    weak_also_read_labels=("Video", "Související", "Doporučujeme"),
    section_headers=_SECTION_HEADERS,
    footer_phrases=_FOOTER_PHRASES,
    footer_patterns=_FOOTER_PATTERNS,
    kickers=_KICKERS,
    cta_verbs=_CTA_VERBS,
    promo_nouns=_PROMO_NOUNS,
    label_words=_LABEL_WORDS,
    byline_prefixes=_BYLINE_PREFIXES,
    byline_stopwords=_BYLINE_STOPWORDS,
    byline_roles=_BYLINE_ROLES,
    agencies=_AGENCIES,
    credit_labels=_CREDIT_LABELS,
    dateline_patterns=_DATELINE_PATTERNS,
    dateline_stopwords=_DATELINE_STOPWORDS,
    months=_MONTHS,
    weekdays=_WEEKDAYS,
    timestamp_labels=_TIMESTAMP_LABELS,
    read_time_patterns=_READ_TIME_PATTERNS,
    caption_labels=_CAPTION_LABELS,
)
"""The Czech tables."""
