"""Vocabulary of the "Also Read" rule: labels, section headers and tags, as data.

Every table is a tuple of plain strings so that a user extends it by passing a new tuple::

    AlsoReadRule(labels=AlsoReadRule().labels + ("Lees ook",))

Labels are written as they appear on pages; matching is case-insensitive, a space in a label
matches any run of spaces (NBSP included) and an apostrophe matches ``'``, ``’``, ``‘`` or a
backtick. The regex building blocks at the bottom are compiled once, at import time.
"""

from __future__ import annotations

__all__ = [
    "AD_LINES",
    "BRACKET_LABEL_NOUNS",
    "BRACKET_LABEL_OPENERS",
    "BYLINE_WORDS",
    "CALL_TO_ACTION_OPENERS",
    "CAPITALISED_MID_SENTENCE",
    "CAROUSEL_WORDS",
    "COMMENT_NOUNS",
    "COMMENT_WIDGET_VERBS",
    "ELIDED_OPENERS",
    "EXPRESS_TAGS",
    "HEADLINE_SPEECH_VERBS",
    "LABELS",
    "LABEL_PATTERNS",
    "LINK_NOTES",
    "LINK_WORDS",
    "LIST_HEADER_CUES",
    "MEDIA_WORDS",
    "MENU_WORDS",
    "META_WORDS",
    "NAME_JOINERS",
    "NOTE_LABELS",
    "NOUN_CAPITALISING",
    "PAYWALL_MARKERS",
    "PHOTO_AGENCIES",
    "PHOTO_CREDIT_WORDS",
    "PIECE_LABEL_PATTERNS",
    "RELATIVE_TIME_WORDS",
    "RIGHTS_MARKS",
    "SECTION_HEADERS",
    "SECTION_HEADERS_BY_LANGUAGE",
    "SECTION_HEADER_PATTERNS",
    "SECTION_KICKERS",
    "SENTENCE_OPENERS",
    "SENTENCE_STARTERS",
    "SITE_PREPOSITIONS",
    "SMALL_WORDS",
    "SPEECH_CLAUSES",
    "SPEECH_VERBS",
    "STAMP_OPENERS",
    "STRONG_STARTERS",
    "SUBJECT_ARTICLES",
    "SUBJECT_VERBS",
    "SUBJECT_VERBS_BY_LANGUAGE",
    "TAG_LINE_WORDS",
    "TAG_PATTERN",
    "TOPIC_LABELS",
    "TOPIC_PROMO_OPENERS",
    "UNCASED_OPENERS",
    "WEAK_LABELS",
]


def _words(text: str) -> frozenset[str]:
    return frozenset(text.split())


LABELS: tuple[str, ...] = (
    # English (catalogue §1a/§1b): a title may follow with or without a separator.
    "Also Read",
    "Read Also",
    "Read More",
    "See Also",
    "See More",
    "Must Read",
    "Also Watch",
    "Watch Also",
    "You May Also Like",
    "You Might Also Like",
    "Also check out",
    "Also See",
    "Also Check",
    # a news theme's related-post widget on Indian and other sites, any language (``Check Also``)
    "Check Also",
    "Also Listen",
    "Must Watch",
    "Read more at",
    "Read more here",
    # Mint and other Indian business sites point at a related story with ``Read here: <title>``.
    "Read here",
    "Read the full story",
    "Read the full article",
    "Suggested Reading",
    "Recommended Reading",
    "Further reading",
    "Related post",
    "Related Posts",
    "Related Roundup",
    "Related Article",
    "Related Story",
    "Related News",
    "Don't miss",
    "Do not miss",
    # Further English variants seen on news pages (catalogue §1a/§1b and site templates).
    "Read Next",
    "Read This Next",
    "Related Reading",
    "Related Link",
    "Related Video",
    "Related Coverage",
    "Related Content",
    "In Case You Missed It",
    "ICYMI",
    "Must See",
    "More Coverage",
    "See Related",
    "Editor's Pick",
    "Recommended Video",
    "Recommended Story",
    "You May Be Interested In",
    "You Might Be Interested In",
    "You May Also Be Interested In",
    "Don't Miss This",
    "More To Read",
    "Further Reading On",
    # (#9, round eight) a continue-reading link with the next story's title, and a "You might also be
    # interested in" variant
    "Keep Reading",
    "You Might Also Be Interested In",
    # (#9, eleventh round) a magazine's pointer to a sister title's story: ``For more, read: <title>``
    "For more, read",
    "For more, see",
    # French
    "Lire aussi",
    "À lire aussi",
    "A lire aussi",
    "À lire également",
    "Lire également",
    "Voir aussi",
    # Spanish
    "Lea también",
    "Lee también",
    "Lea además",
    "Te puede interesar",
    "También te puede interesar",
    "Puede interesarte",
    "Leer más",
    "Ver también",
    # German
    "Lesen Sie auch",
    "Lesen Sie mehr",
    "Auch interessant",
    "Mehr zum Thema",
    "Das könnte Sie auch interessieren",
    # Italian
    "Leggi anche",
    "Leggi anche su",
    "Leggi pure",
    "Potrebbe interessarti",
    # Portuguese
    "Leia também",
    "Leia mais",
    "Veja também",
    "Saiba mais",
    # Czech and Slovak (text with no language tables of its own is read with this table)
    "Přečtěte si také",
    "Přečtěte si též",
    "Přečtěte si",
    "Čtěte také",
    "Nepřehlédněte",
    "Čtěte též",
    "Související",
    "Související články",
    "Související zprávy",
    "Mohlo by vás zajímat",
    "Mohlo by vás také zajímat",
    "Další články",
    "Doporučujeme",
    "Prečítajte si aj",
    "Prečítajte si tiež",
    "Čítajte aj",
    "Čítajte tiež",
    "Súvisiace články",
    # Other European languages
    "Przeczytaj też",
    "Przeczytaj także",
    "Zobacz też",
    "Zobacz także",
    "Czytaj więcej",
    "Citește și",
    "Citeste si",
    "Lees meer",
    "Zie ook",
    "Llegeix també",
    "Pročitajte i",
    "Pročitajte još",
    "Olvassa el",
    "Διαβάστε επίσης",
    "Δείτε επίσης",
    "Читайте також",
    "Ayrıca okuyun",
    # Polish, Indonesian, Russian, Turkish, Dutch
    "Czytaj też",
    "Czytaj także",
    "Baca juga",
    "Читайте также",
    "Читайте также на",
    "İlginizi Çekebilir",
    "Lees ook",
    # Nordic and Baltic news sites (#11): "read also", "read more on the subject"
    "Läs också",
    "Läs även",
    "Les også",
    "Læs også",
    "Lue myös",
    "Skaitykite taip pat",
    "Lasiet arī",
    "Olvassa el ezt is",
    # Hindi and other Indian languages, Urdu (catalogue §1e)
    "यह भी पढ़ें",
    "ये भी पढ़ें",
    "इसे भी पढ़ें",
    "यह भी देखें",
    "ये भी देखें",
    "भी पढ़िए",
    "ज़रूर पढ़ें",
    "जरूर पढ़ें",
    "और पढ़ें",
    "आगे पढ़ें",
    "पूरी खबर पढ़ें",
    "कुछ और जानिए",
    "संबंधित समाचार",
    "हेही वाचा",
    "आ पण वांचो",
    "આ પણ વાંચો",
    "আরও পড়ুন",
    "இதையும் படிக்கவும்",
    "இதையும் படிக்கலாம்",
    "இதையும் படிக்கலாமே",
    "மேலும் படிக்க",
    "یہ بھی پڑھیں",
    "مزید پڑھیں",
    # Arabic, Vietnamese, Chinese, Japanese, Korean
    "اقرأ أيضا",
    "اقرأ أيضاً",
    "اقرأ أيضًا",
    "Xem thêm",
    "Đọc thêm",
    "相关阅读",
    "延伸阅读",
    "相關新聞",
    "延伸閱讀",
    "関連記事",
    "あわせて読みたい",
    "관련기사",
)
"""Labels that open a link item; a title may follow with a separator or, when the label is
written capitalised (``Also Read PM Modi …``), with only a space."""

WEAK_LABELS: tuple[str, ...] = (
    # Ordinary words that are labels only with an explicit separator (``Related: …``,
    # ``Watch: …``) or alone on their line before a list of titles.
    "Related",
    "Watch",
    "Also",
    "More",
    "Check Out",
    "Also see",
    "See",
    "Read",
    "Recommended",
    "Suggested",
    "In Other News",
    "Trending",
    "Listen",
    "Previously",
    "पढ़ें",
    # Axios-style pointers to a deeper story (``Go deeper: …``; #11).
    "Go deeper",
    "Dive deeper",
)
"""Labels that need an explicit separator (``:``, ``|``, `` - ``) or a line of their own."""

RAIL_WORDS: frozenset[str] = frozenset(("recommended", "trending", "suggested", "in other news"))
"""Weak labels (casefolded) that name a rail of links: alone on their line, in any case, they
head the plain title lines under them when there are two or more (``Recommended`` / title /
title); other weak labels (``Watch``, ``More``) need capitals or bullets there."""

MEDIA_WORDS: frozenset[str] = _words(
    "watch video vidéo vídeo videos vidéos listen écouter regarder guarda ascolta mira mirá veja assista देखें"
)
"""Weak labels that name a medium (casefolded): alone on a line in capitals (``VIDEO``) they
caption a player, so they open a list only over bullets or with a separator."""

# A label naming the piece it links, as Le Monde and its peers write them: a reading verb, an
# optional "also", a determiner and up to seven more words before a ``:`` or ``|`` (``Lire les
# explications :``, ``Lire aussi la tribune de Jean Dupont :``, ``Lire le récit (édition abonnés)
# :``, ``Lea también la entrevista con …:``, ``Leggi anche l'intervista a …:``, ``Lesen Sie dazu
# den Kommentar von …:``). A watching or listening verb needs the "also" word (``Voir aussi le
# portfolio :``; ``Veja a lista:`` over a list is no link label). The words before the separator
# hold no sentence punctuation, so a sentence with a colon is never read as a label.
_PIECE_WORDS = r"(?:[ \t\u00a0\u202f]++[^\s:|.!?;]{1,30}+){0,7}?(?=[ \t\u00a0\u202f]*+[:|])"
_FR_DET = r"(?:l['’][^\s:|.!?;]{0,30}+|(?:les?|la|notre|nos|une?|des|du|en|cette|ces?)(?=[ \t\u00a0\u202f]))"
_ES_DET = r"(?:el|la|los|las|nuestr[oa]s?|una?|este|esta)(?=[ \t\u00a0\u202f])"
_PT_DET = r"(?:os?|as?|noss[oa]s?|uma?|este|esta)(?=[ \t\u00a0\u202f])"
_IT_DET = r"(?:l['’][^\s:|.!?;]{0,30}+|(?:il|lo|la|i|gli|le|una?|uno)(?=[ \t\u00a0\u202f]))"
_DE_DET = r"(?:den|die|das|unseren|unsere|unser|einen|eine|ein)(?=[ \t\u00a0\u202f])"
_SP = r"[ \t\u00a0\u202f]++"
PIECE_LABEL_PATTERNS: dict[str, tuple[str, ...]] = {
    "fr": (
        rf"(?:[ÀA]{_SP})?(?:lire|relire)(?:{_SP}(?:aussi|également|egalement|encore))?,?{_SP}{_FR_DET}{_PIECE_WORDS}",
        rf"(?:[ÀA]{_SP})?(?:voir|regarder|écouter|ecouter|revoir){_SP}(?:aussi|également|egalement){_SP}{_FR_DET}{_PIECE_WORDS}",
    ),
    "es": (
        rf"(?:lee|lea|leer|leé)(?:{_SP}(?:también|tambien|además|ademas|aquí|aqui))?{_SP}{_ES_DET}{_PIECE_WORDS}",
        rf"(?:mira|mire|vea|escucha|escuche){_SP}(?:también|tambien|además|ademas){_SP}{_ES_DET}{_PIECE_WORDS}",
    ),
    "pt": (
        rf"(?:leia|ler)(?:{_SP}(?:também|tambem|mais|ainda|aqui))?{_SP}{_PT_DET}{_PIECE_WORDS}",
        rf"(?:veja|assista|ouça|ouca){_SP}(?:também|tambem|ainda){_SP}{_PT_DET}{_PIECE_WORDS}",
    ),
    "it": (
        rf"(?:leggi|rileggi)(?:{_SP}(?:anche|pure|qui))?{_SP}{_IT_DET}{_PIECE_WORDS}",
        rf"(?:guarda|ascolta){_SP}(?:anche|pure){_SP}{_IT_DET}{_PIECE_WORDS}",
    ),
    "de": (
        rf"(?:lesen|sehen|hören){_SP}sie(?:{_SP}(?:auch|dazu|hier|hierzu|außerdem|zudem)){{0,2}}{_SP}{_DE_DET}{_PIECE_WORDS}",
    ),
}  # fmt: skip
"""Raw regex labels naming the kind of piece linked, per language (matched case-insensitively,
like :data:`LABEL_PATTERNS`); the rule adds the document language's to its own patterns."""

LABEL_PATTERNS: tuple[str, ...] = (
    # ``Also on rt.com Journalists …`` / ``On HoustonChronicle.com: Car sales …`` (site-named label).
    r"(?:Also\s+)?on\s+[A-Za-z0-9][A-Za-z0-9-]{0,40}(?:\.[A-Za-z]{2,10}){1,3}",
)
"""Raw regex labels (verbose mode off, case-insensitive) for label shapes no word list covers."""

LIST_HEADER_CUES: tuple[str, ...] = (
    # A wire roundup reprinted by US papers sets links to the day's related stories under an
    # ALL-CAPS header ending in a colon (``HERE'S WHAT YOU NEED TO KNOW ABOUT THE OUTBREAK:``,
    # ``MORE ON THE ELECTION:``), one dash-marked headline a line. The header must hold one of
    # these words (upper case, as the header is written): ``WHAT ELSE IS HAPPENING:`` or
    # ``KEY FACTS:`` over body paragraphs or a fact list are no links.
    "NEED TO KNOW ABOUT", "MORE ON THE", "MORE ABOUT THE", "RELATED COVERAGE", "MORE COVERAGE",
    "FULL COVERAGE", "MORE STORIES", "RELATED STORIES", "READ MORE",
)  # fmt: skip
"""Words an ALL-CAPS header over a marked list of links holds (see ``marked.py``)."""

SITE_PREPOSITIONS: tuple[str, ...] = (
    # ``LIRE AUSSI SUR REGARDS.FR`` / ``Read more on CNN:`` / ``Leia também no G1`` / ``Lee
    # también en El País:`` / ``Mehr zum Thema auf tagesschau.de``: a label may name the site
    # (or the section) it links into, as a domain or one to three capitalised words, after one
    # of these words (any language: a label must precede and a site name follow).
    "on", "at", "from", "sur", "dans", "en", "auf", "bei", "im", "su", "sul", "no", "na", "em",
)  # fmt: skip
"""Words between a label and the site it names (``Lire aussi sur <site>``), any language."""

SECTION_HEADERS: tuple[str, ...] = (
    "Related Stories",
    "Related Articles",
    "Related Coverage",
    "Related Links",
    "Related Content",
    "Related News",
    "Related Reading",
    "Related Videos",
    "Related Topics",
    "More Stories",
    "More Great WIRED Stories",
    "More News",
    "More trending stories",
    "Recommended for you",
    "Recommended Stories",
    "Recommended Reading",
    "Recommended Articles",
    "You may also like",
    "You might also like",
    "You may also be interested in",
    "What’s Trending",
    "What's Trending",
    "Trending Now",
    "Trending Stories",
    "Top Stories",
    "Most Read",
    "Popular Stories",
    "Popular Now",
    "More Headlines",
    "Most Popular",
    "Editor's Picks",
    "Read Next",
    "Up Next",
    "Latest News",
    "Latest Videos",
    "Recommended Videos",
    "More Videos",
    "Trending Topics",
    "Top Headlines",
    "Top Picks",
    "Editor’s Picks",
    "Explore more on these topics",
    "Most viewed",
    "Most Shared",
    "Latest Stories",
    "संबंधित खबरें",
    "सबसे अधिक पढ़ी गईं",
    "संबंधित बातम्या",
    "ताज्या बातम्या",
)
"""Headers that open a block of related-story titles (catalogue §1d), matched as a whole line."""

# The header grammar's parts (see :data:`SECTION_HEADER_GRAMMAR`). A run of blanks:
_S = r"[ \t\u00a0]++"
# A qualifier: what kind of selection the rail is (``Other``, ``Popular``); ``More`` needs a
# story noun after it, as every qualifier here does (``More`` alone is an everyday word).
# ``Latest`` and ``Recent`` are left out: ``Latest Headlines`` over cut ledes of the day's
# other stories is a ticker, a footer.
_HEAD_QUALIFIERS = (
    r"(?i:more|other|similar|related|recommended|suggested|popular|trending|further|featured"
    rf"|must[ -]read|most{_S}(?:read|popular|viewed|shared))"
)
# A second qualifier between them (``More top stories``, ``Other related articles``).
_HEAD_MIDDLES = r"(?i:top|great|recent|latest|popular|related|trending|news)"
# The nouns a rail calls its links (``stories``, ``posts``, ``reads``).
_HEAD_NOUNS = (
    r"(?i:stories|articles|news|posts|reads|reading|headlines|links|coverage|content|picks|videos"
    r"|features|reports)"
)
# A section or outlet a rail names: one to five capitalised words (or digits), ``the`` before.
_NAME_WORD = r"[\p{Lu}\d&][\w’'.&-]{0,30}+"
_RAIL_NAME = rf"(?:(?i:the){_S})?{_NAME_WORD}(?:{_S}{_NAME_WORD}){{0,4}}+"

SECTION_HEADER_PATTERNS: tuple[str, ...] = (
    # ``More from NBC News`` / ``More From the Los Angeles Times`` / ``More From WIRED``
    r"More\s+(?:from|From|FROM)\s+(?:the\s+|The\s+)?[\p{Lu}\d][\w’'.&-]{0,30}(?:\s+[\p{Lu}\d&][\w’'.&-]{0,30}){0,5}",
    # ``Trending Now on NYPost.com``, ``Popular on IndieWire``, ``Most read in world news``
    r"(?:Trending(?:\s+Now)?|Popular|Most\s+(?:read|popular|viewed|shared))\s+(?:on|in|at)\s+[\w’'. -]{1,40}",
    # ``Related coverage from How to Do Everything: Money:``
    r"Related\s+(?:coverage|stories|articles|content)\s+(?:from|on|in)\s+[^\n]{1,60}",
    # ``More on this story`` / ``More on this topic``
    r"More\s+on\s+this\s+(?:story|topic|subject)",
)
"""Raw regex section headers (matched as the whole line, case-sensitive as written)."""

SECTION_HEADER_GRAMMAR: tuple[str, ...] = (
    # The header grammar (#9): rails name themselves from a few words in a few orders, and no
    # list of whole phrases keeps up with the publishers. Each shape below is a qualifier and a
    # noun for stories, or a phrase addressed to the reader; bounded repeats only (#8).
    # ``Other stories`` / ``Similar articles`` / ``More top stories`` / ``Popular Posts`` /
    # ``Featured Stories`` / ``Related Headlines from the Courier``
    rf"{_HEAD_QUALIFIERS}(?:{_S}{_HEAD_MIDDLES})?+{_S}{_HEAD_NOUNS}"
    rf"(?:{_S}(?i:from|on|in|at|about){_S}{_RAIL_NAME})?+",
    # ``More in Politics`` / ``Also in News`` / ``Top stories in Sport`` (``More on …`` is left
    # out: ``More on the mayor's decision`` is a crosshead of the story.)
    rf"(?i:more|also|top{_S}stories|trending){_S}(?i:in|from){_S}{_RAIL_NAME}",
    # ``You may also enjoy`` / ``You'll also like`` / ``Stories you may have missed`` / ``Articles
    # you might be interested in``. Liking needs ``also``: ``You May Like`` alone is the
    # sponsored widget's header (its lines are adverts, filed as footers).
    rf"(?i:(?:(?:other{_S}|more{_S})?(?:stories|articles|posts|videos|reads){_S})?"
    rf"you(?:[’']ll|{_S}(?:may|might|will|could|would))"
    rf"(?:{_S}also{_S}(?:like|enjoy|love)|(?:{_S}also)?+{_S}(?:have{_S}missed|be{_S}interested{_S}in))"
    rf"(?:{_S}(?:these|this|reading))?+)",
    # ``People also read`` / ``Readers also liked`` / ``What others are reading``
    rf"(?i:(?:people|readers){_S}also{_S}(?:read|viewed|liked|watched)"
    rf"|what{_S}(?:others|people|readers|everyone){_S}(?:is|are){_S}(?:reading|watching))",
    # ``Read these next`` / ``What to read next`` / ``More to explore`` / ``Explore more`` /
    # ``More like this`` / ``Also worth reading`` / ``Read more stories`` / ``In case you missed
    # it`` / ``Editors' Picks``
    rf"(?i:(?:read|watch){_S}(?:these|this){_S}next|what{_S}to{_S}(?:read|watch){_S}next"
    rf"|more{_S}to{_S}(?:explore|read)|explore{_S}more|more{_S}like{_S}this"
    rf"|(?:also{_S})?worth{_S}reading|read{_S}more{_S}(?:stories|articles|news)"
    rf"|in{_S}case{_S}you{_S}missed{_S}it|editors[’']?{_S}(?:picks?|choice))",
)
"""Raw regex section headers built from parts (a qualifier and a noun for stories, or a phrase
addressed to the reader), which the also-read rule adds to :data:`SECTION_HEADER_PATTERNS`.
Kept apart from them: the boilerplate rule reads the listed headers alone as footer lines,
while these head a block only where the also-read rule finds them (and files the header
line as a ``related_links`` footer itself)."""

EXPRESS_TAGS: tuple[str, ...] = (
    "INSIGHT",
    "REVEAL",
    "NEWS",
    "REACTION",
    "ANALYSIS",
    "LATEST",
    "VIDEO",
    "PICTURES",
    "PICS",
    "PHOTOS",
    "POLL",
    "OPINION",
    "EXPLAINED",
    "EXPLAINER",
    "UPDATE",
    "LIVE",
    "QUIZ",
    "MAP",
    "CHART",
    "COMMENT",
    "INTERVIEW",
    "REPORT",
    "REVIEW",
    "DATA",
    "SPOTLIGHT",
    "EXCLUSIVE",
)
"""Bracketed tags that end an unlabelled related headline (``… after eating marmot [INSIGHT]``)."""

TAG_PATTERN = r"(?-i:[A-Z]{3,12}(?: [A-Z]{2,12})?)"
"""Any other upper-case bracketed tag (``[MAPS]``, ``[ADVICE]``): the Express family is open-ended."""

SMALL_WORDS: frozenset[str] = _words(
    "a an and as at but by en for from if in into nor of off on onto or over per so than the to "
    "up upon via vs vs. with de la le les des du et el y e da di del "
)
"""Words a Title Case headline leaves lower case; they never end a title on their own."""

SENTENCE_STARTERS: frozenset[str] = _words(
    "The A An This That These Those He She It They We I You His Her Its Their Our My In On At "
    "But And However Meanwhile Earlier Later According After Before When While Last Next Some "
    "Many Most Officials Police Authorities Experts Speaking Asked Also There Here If As Since "
    "Despite Although Though Following Under Over During Now Then Separately Elsewhere Still "
    "Yet Both Such One Two Three "
)
"""Capitalised words that usually start a sentence, not continue a headline (joined scrapes)."""

STRONG_STARTERS: frozenset[str] = _words(
    "The He She They We It His Her Their Its This These Those But However Meanwhile"
)
"""Sentence starters that open a sentence even after a capitalised word when a lower-case word
follows them (``… frozen until March The mayor said …``): a sentence-case English headline writes
them in lower case, and a name that holds one goes on with a capital (``The Hague``)."""

SPEECH_VERBS: frozenset[str] = _words(
    "said says told added noted stated announced claimed argued explained wrote reported "
)
"""Verbs that show a capitalised word is a sentence subject (``… woes weigh Alibaba said …``)."""

HEADLINE_SPEECH_VERBS: frozenset[str] = _words("says tells claims warns")
"""Present-tense speech verbs: headline style (``Minister Ortiz says fares will rise``), so a
name before one is inside the title, not the start of the next sentence."""

SUBJECT_VERBS: frozenset[str] = _words("have has had are were will would can could should must")
"""Auxiliaries after a capitalised word that follows a lower-case word in a sentence-case title:
the capitalised word starts the next sentence (``… says minister Commuters have been …``)."""

ROLE_WORDS: frozenset[str] = _words(
    "Minister Ministry Secretary President Chairman Chairperson Spokesperson Spokesman Spokeswoman "
    "Officer Officers Official Officials Commissioner Governor Director Department Court Police Chief "
    "Mayor Council Board Commission Committee Agency Party Government Leader Leaders Secretary-General"
)
"""Titles that end a multi-word sentence subject (``… Agriculture Minister said …``)."""


# Section rails and news widgets under a story that only this rule reads (the language tables'
# ``section_headers`` also feed the boilerplate rule): a header naming a section after a
# preposition (``Mais em Notícias:``, ``Más en Deportes``, ``Altro in Cronaca``) or a widget
# (``Weitere Nachrichten``). Each title under it is an unlabelled related link.
SECTION_HEADERS_BY_LANGUAGE: dict[str, tuple[str, ...]] = {
    "pt": ("Mais em",),
    "es": ("Más en",),
    # (round eleven: the rail names ``Other articles``, ``Similar articles``, ``Most read``
    # that the English grammar reads, as these languages print them)
    "it": ("Altro in", "Altre notizie da", "Altri articoli", "Articoli simili", "Le più lette"),
    "de": ("Weitere Nachrichten", "Weitere Meldungen", "Beliebte Artikel"),
    "fr": ("Autres articles",),
}

# Section names a rail glues before each related title (Correio Braziliense's ``Saiba Mais`` /
# ``- Política Câmara aprova …``): the scrape joins the section link and the headline link with
# one space. Under a label or header, in a sentence-case language, such a name followed by a
# capitalised word and three more words is a kicker, not the first words of the headline
# (``Economia brasileira cresce`` goes on: a lower-case word follows). Written as printed.
SECTION_KICKERS: dict[str, frozenset[str]] = {
    "pt": frozenset(
        (
            "Política",
            "Brasil",
            "Economia",
            "Mundo",
            "Cidades",
            "Cidades DF",
            "Esportes",
            "Cultura",
            "Tecnologia",
            "Ciência",
            "Saúde",
            "Ciência e Saúde",
            "Diversão e Arte",
            "Eu Estudante",
            "Concursos",
            "Opinião",
            "Educação",
            "Internacional",
            "Entretenimento",
            "Famosos",
            "Turismo",
            "Gastronomia",
            "Negócios",
            "Mercado",
            "Cotidiano",
            "Poder",
            "Geral",
            "Polícia",
            "Esporte",
            "Futebol",
            "Celebridades",
            "Emprego",
            "Direito e Justiça",
        )
    ),
    "es": frozenset(
        (
            "Política",
            "Economía",
            "Internacional",
            "Sociedad",
            "Deportes",
            "Cultura",
            "Mundo",
            "Nacional",
            "España",
            "Opinión",
            "Tecnología",
            "Salud",
            "Ciencia",
            "Espectáculos",
            "Sucesos",
            "Policiales",
            "Actualidad",
            "Local",
            "Fútbol",
            "Negocios",
            "Tendencias",
        )
    ),
    "fr": frozenset(
        (
            "Politique",
            "Économie",
            "Société",
            "Monde",
            "International",
            "Culture",
            "Sport",
            "Sports",
            "Faits divers",
            "Santé",
            "Planète",
            "Sciences",
            "Éducation",
            "Justice",
            "Tech",
            "Actualité",
            "France",
            "Europe",
            "Régions",
        )
    ),
    "it": frozenset(
        (
            "Politica",
            "Economia",
            "Cronaca",
            "Esteri",
            "Sport",
            "Cultura",
            "Spettacoli",
            "Mondo",
            "Italia",
            "Tecnologia",
            "Salute",
            "Attualità",
            "Calcio",
            "Interni",
        )
    ),
    "de": frozenset(
        (
            "Politik",
            "Wirtschaft",
            "Sport",
            "Kultur",
            "Panorama",
            "Ausland",
            "Inland",
            "Wissen",
            "Gesellschaft",
            "Digital",
            "Regional",
            "Lokales",
            "Meinung",
            "Gesundheit",
            "Finanzen",
        )
    ),
}

# Sentence openers per language, for cutting a title out of a one-line scrape. Headlines in these
# languages are in sentence case, so these words are written with a capital inside a headline only
# where a new sentence starts: adverbs, conjunctions and prepositions that open the next paragraph
# of a story (``… salário mínimo Nesta segunda-feira, as ações …``, ``… son plan Selon Le Monde``),
# whatever word follows them. Articles are not here (``Le Pen``, ``Los Angeles``, ``O Globo`` are
# names): they open a sentence only before a lower-case word. Every entry is written capitalised.
SUBJECT_ARTICLES: dict[str, frozenset[str]] = {
    # A capitalised article after an ordinary lower-case word, before a name of one or two words
    # and a lower-case word (``… chega ao quinto dia A Câmara aprovou …``, ``… en la costa El
    # Ayuntamiento aprobó …``), opens the next sentence of a one-line scrape: inside a headline an
    # article before a name follows a preposition (``em A Coruña``, ``con Il Sole``) or is cut off
    # by a colon. Sentence-case languages that write nouns in lower case only.
    "fr": _words("Le La Les Un Une"),
    "es": _words("El La Los Las Un Una"),
    "pt": _words("O A Os As Um Uma"),
    "it": _words("Il Lo La Gli Le Un Una Uno"),
}
"""Capitalised articles that open a sentence subject before a name, per language."""

SENTENCE_OPENERS: dict[str, frozenset[str]] = {
    "de": _words(
        "Auch Zudem Außerdem Dabei Damit Dazu Daher Deshalb Doch Denn Allerdings Trotzdem Bereits "
        "Bisher Derzeit Inzwischen Zuvor Zuletzt Demnach Beim Vom Weitere Weiteren Nun Jetzt Heute "
        "Gestern Hier Dort Dann Danach Anschließend Später Unter Gegen Während Insgesamt Rund Etwa "
        "Viele Einige Alle Jeder Jede Erst Gleichzeitig Ebenfalls Ob Weil Dies Diesen Diesem Ihm "
        "Unklar Klar Wer Was Wo Wann Warum Welche Welcher Sein Seine Am Ins Ans Zu Bis Ab"
    ),
    "fr": _words(
        "Depuis Pendant Ainsi Alors Toutefois Cependant Pourtant Enfin Désormais Déjà Parmi Outre "
        "Aujourd'hui Hier Selon D'après Dès Quant Certains Plusieurs Cela Ceci Celui Celle Mais Or "
        "Donc Puis Ensuite Car Lorsque Quand Si Pour Dans Après Avec Sans Chez Lors Face"
    ),
    "es": _words(
        "Además Durante Mientras Hoy Ayer Ahora Asimismo Entonces Estos Estas Aunque Así Después "
        "Luego Ante Hace Cabe Otro Otra Otros Sin Tampoco Incluso Cuando Allí Aquí Ese Esa Según Para "
        "Con Tras Desde"
    ),
    "pt": _words(
        "Nesta Neste Nesse Nessa Nestes Nestas Nesses Nessas Além Durante Enquanto Conforme Porém "
        "Contudo Entretanto Assim Depois Antes Hoje Ontem Agora Desde Logo Cabe Outro Outra Já Lá Aqui "
        "Segundo Para Com Após"
    ),
    "it": _words(
        "Intanto Inoltre Tuttavia Oggi Ieri Durante Mentre Quando Però Infatti Dunque Quindi Ora Poi "
        "Nelle Negli Dalle Dagli Sulle Sugli Alcuni Alcune Molti Questi Queste Cosa Qui Lì Già Secondo "
        "Per Con Dopo"
    ),
}
"""Capitalised sentence openers added to each language's function words (see above)."""

NOUN_CAPITALISING: frozenset[str] = frozenset({"de"})
"""Languages that capitalise every noun: a capitalised article or opener there starts a new
sentence whatever word follows (``… für Köln Die Stadt will …``), where other languages need a
lower-case word after it (``Le Pen`` and ``Los Angeles`` are names)."""

CAPITALISED_MID_SENTENCE: dict[str, frozenset[str]] = {
    "de": _words("Sie Ihr Ihre Ihren Ihrem Ihrer Ihres Ihnen"),
}
"""Words a language capitalises inside a sentence (German formal address: ``Wie Sie sich
schützen``): never taken for a sentence opener."""

UNCASED_OPENERS: dict[str, frozenset[str]] = {
    "hi": frozenset(
        (
            "इससे पहले",
            "इसके बाद",
            "इसके अलावा",
            "इसके साथ ही",
            "वहीं",
            "हालांकि",
            "दरअसल",
            "गौरतलब है",
            "बता दें",
            "बताया जा रहा है",
            "उन्होंने",
            "इस दौरान",
            "फिलहाल",
            "जानकारी के मुताबिक",
            "जानकारी के अनुसार",
            "इस बीच",
            "इसी बीच",
            "साथ ही",
            "वहीं दूसरी ओर",
            "दूसरी ओर",
            "गौरतलब है कि",
            "बताते चलें कि",
            "मिली जानकारी के अनुसार",
            "मिली जानकारी के मुताबिक",
            "इसे लेकर",
            "इसको लेकर",
            "इस मामले में",
        )
    ),
}
"""Sentence openers of scripts without letter case (one or more words): a title in a one-line
Hindi scrape ends before one (``… जलभराव वहीं मंत्री ने …``); headlines rarely use them."""

SUBJECT_VERBS_BY_LANGUAGE: dict[str, frozenset[str]] = {
    "de": _words(
        "hat hatte haben hatten ist sind war waren wird wurde wurden werden kann konnte soll sollen "
        "muss will sagte sagten erklärte betonte teilte kündigte forderte kritisierte warnte bestätigte "
        "berichtete meinte verwies räumte nannte"
    ),
    "es": _words(
        "dijo aseguró afirmó explicó señaló indicó declaró añadió había habían criticó anunció advirtió "
        "reconoció subrayó insistió recordó destacó detalló agregó sostuvo apuntó manifestó admitió "
        "denunció pidió consideró respondió confirmó precisó expresó comentó lamentó aclaró reiteró informó"
    ),
    "pt": _words(
        "disse afirmou explicou declarou destacou informou tinha criticou anunciou alertou reconheceu "
        "ressaltou insistiu lembrou detalhou acrescentou apontou admitiu denunciou pediu considerou "
        "respondeu confirmou comentou lamentou esclareceu reiterou revelou garantiu avaliou"
    ),
    "fr": _words("a ont avait avaient doit va veut estime affirme explique précise indique souligne déclare"),
    "it": _words(
        "ha hanno aveva avevano sarà dovrà vuole spiega sottolinea afferma dichiara disse spiegò annunciò "
        "criticò sottolineò ricordò aggiunse precisò confermò dichiarò affermò ammise"
    ),
}
"""Finite verbs (auxiliaries, past-tense speech verbs) that follow a sentence subject, per
language: a capitalised word after a lower-case title word, with at most one more capitalised
word before one of these, opens the next sentence (``… in Bonn eskaliert Bürgermeisterin Dörner
hatte …``)."""

ELIDED_OPENERS: dict[str, frozenset[str]] = {
    "fr": _words("C' L' D' Qu' J' N' S' Jusqu' Lorsqu' Puisqu'"),
    "it": _words("L' Un' Dell' All' Nell' Sull' Dall' Quest' C' Un'altra"),
}
"""Capitalised elided articles and pronouns (apostrophe written ``'``): glued to a lower-case word
they open a sentence (``… pour les retraites C'est une première …``, ``L'annonce a …``); glued
to a capital they are part of a name (``L'Oréal``, ``L'Aquila``), which goes on."""

META_WORDS: dict[str, frozenset[str]] = {
    "en": _words(
        "ago min mins minute minutes hour hours hr hrs h day days week weeks read reading time am pm "
        "at on updated published posted ist gmt utc et edt est bst cet"
        # a count under a blog rail's title (``12 comments``, ``3 replies``; round eleven)
        " comment comments reply replies response responses view views share shares"
    ),
    "de": _words(
        "vor min minute minuten stunde stunden std tag tagen uhr lesezeit am um aktualisiert"
        " kommentar kommentare"
    ),
    "fr": _words(
        "il y a min mn minute minutes heure heures h jour jours lecture de à le mis jour publié le"
        " commentaire commentaires réaction réactions"
    ),
    "es": _words(
        "hace min minuto minutos hora horas h día días de lectura tiempo a las actualizado el"
        " comentario comentarios"
    ),
    "pt": _words(
        "há min minuto minutos hora horas h dia dias de leitura às atualizado em comentário comentários"
    ),
    "it": _words(
        "fa min minuto minuti ora ore giorno giorni tempo di lettura alle aggiornato il commento commenti"
    ),
    "hi": _words("मिनट घंटे घंटा दिन पहले में पढ़ें पढ़ने का समय अपडेट बजे"),
}
"""Words of a date, time or read-time line under a related title (``vor 2 Stunden``, ``Hace 2
horas``, ``3 min de leitura``, ``2 घंटे पहले``), besides the language's month and weekday names:
a short line holding a digit and only these words is stepped over in a title list, never taken
for a title."""

SPEECH_CLAUSES: dict[str, tuple[tuple[str, ...], ...]] = {
    "hi": (
        ("ने", "कहा", "कि"),
        ("ने", "बताया", "कि"),
        ("ने", "कहा,"),
        ("ने", "आरोप", "लगाया"),
        ("ने", "दावा", "किया"),
    ),
}
"""Word runs that follow a one-word sentence subject in a language without case (Hindi ``मंत्री
ने कहा कि …``): headlines say ``बोले`` and drop ``कि``, so a title in a one-line scrape ends
before the word in front of one (``… जलभराव मंत्री ने कहा कि …`` ends at ``जलभराव``)."""

LINK_NOTES: frozenset[str] = frozenset(
    (
        "opens in new tab",
        "opens in a new tab",
        "opens in new window",
        "opens in a new window",
        "link is external",
        "external link",
        "s'ouvre dans un nouvel onglet",
        "nouvel onglet",
        "se abre en una nueva pestaña",
        "nueva pestaña",
        "öffnet in neuem tab",
        "öffnet in einem neuen tab",
        "neues fenster",
        "abre em nova aba",
        "nova aba",
        "si apre in una nuova scheda",
        "nuova scheda",
    )
)
"""A screen reader's note that a page keeps after a link's text (``… to rise (opens in new
tab)``), case-folded: the text between the brackets that end a title, never part of it."""

RELATIVE_TIME_WORDS: frozenset[str] = _words(
    "ago vor hace há fa il पहले read lesezeit lectura leitura lettura lecture"
)
"""Words that make a trailing run of digits a time stamp or read time rather than part of the
title (``… habitação há 3 horas``, ``… called off 3 min read``), casefolded."""

PAYWALL_MARKERS: tuple[str, ...] = (
    # French (Le Monde's teaser links carry the first one before the title)
    "Article réservé à nos abonnés",
    "Réservé à nos abonnés",
    "Réservé aux abonnés",
    "Abonnés",
    "Abonné",
    # German (publishers' subscription marks, before or after the title)
    "SPIEGEL+",
    "SZ Plus",
    "Z+",
    "F+",
    "FAZ+",
    "WELT+",
    "stern+",
    "Abo",
    "Exklusiv für Abonnenten",
    # Spanish, Portuguese, Italian
    "Exclusivo para suscriptores",
    "Solo para suscriptores",
    "Exclusivo para assinantes",
    "Conteúdo exclusivo para assinantes",
    "Exclusivo para assinantes",
    "Riservato agli abbonati",
    "Contenuto riservato agli abbonati",
    # Any language
    "Premium",
)
"""Subscription marks a related link carries before or after its title (``Lire aussi | Article
réservé à nos abonnés Grève : …``, ``… bedeuten (Z+)``): part of the item, never of the title.
Matched case-insensitively, at the title's start (then a capital must follow) or its end."""

LINK_WORDS: tuple[str, ...] = (
    "mehr",
    "weiterlesen",
    "more",
    "read more",
    "plus",
    "lire la suite",
    "más",
    "leer más",
    "ver más",
    "mais",
    "leia mais",
    "saiba mais",
    "più",
    "leggi",
    "और पढ़ें",
)
"""Words a related title's link carries after a pipe or arrow (``Wahl in Hessen: Was die
Ergebnisse bedeuten | mehr``): part of the item, never of the title (matched case-insensitively)."""

AD_LINES: frozenset[str] = frozenset(
    (
        "advertisement", "continue reading below", "story continues below advertisement",
        "article continues below advertisement", "publicidade", "continua após a publicidade",
        "continua depois da publicidade", "anúncio", "publicidad", "continúa después de la publicidad",
        "sigue después de la publicidad", "publicité", "la suite après cette publicité",
        "anzeige", "werbung", "weiter nach der anzeige", "pubblicità", "continua dopo la pubblicità",
        "विज्ञापन",
    )
)  # fmt: skip
"""An ad slot's caption alone on its line between a label and its titles (``Leia também`` /
``Continua após a publicidade`` / title): stepped over, never a title (matched casefolded,
without surrounding punctuation)."""

CAROUSEL_WORDS: frozenset[str] = frozenset(
    (
        "previous", "prev", "next", "zurück", "weiter", "vorherige", "nächste", "précédent",
        "suivant", "anterior", "siguiente", "próximo", "próxima", "precedente", "successivo",
        "पिछला", "अगला",
    )
)  # fmt: skip
"""The buttons of a related-articles carousel, alone on their lines between its header and its
titles (Daily Mail's ``RELATED ARTICLES`` / ``Previous`` / ``1`` / ``Next`` / titles):
stepped over, never titles (matched casefolded, without surrounding punctuation)."""


# Entries of a site's section menu beyond the kicker table (``Inicio Nacional Internacional``): a
# "title" made only of section names is a menu behind a label, never a story (casefolded).
MENU_WORDS: frozenset[str] = frozenset(
    w.casefold() for names in SECTION_KICKERS.values() for name in names for w in name.split() if len(w) > 2
) | frozenset(
    (
        "home",
        "inicio",
        "accueil",
        "startseite",
        "início",
        "home-page",
        "portada",
        "notizie",
        "nachrichten",
        "news",
        "noticias",
        "notícias",
        "actualités",
        "videos",
        "vídeos",
        "vidéos",
        "video",
        "fotos",
        "photos",
        "podcasts",
        "opinion",
        "opinião",
        "opinione",
        "meinung",
        "deporte",
        "esporte",
        "sports",
        "lifestyle",
        "entretenimento",
        "entretenimiento",
        "divertissement",
        "unterhaltung",
        "spettacolo",
        "viagem",
        "voyage",
        "reisen",
        "viaggi",
        "auto",
        "autos",
        "motori",
        "motor",
        "ciencia",
        "science",
        "wissenschaft",
        "scienza",
    )
)
"""Casefolded words of section menus (every language): see ``guards.is_section_menu``."""

# The opening words of a call to action behind a label-like word (``Leia também`` / ``Siga o
# nosso canal no WhatsApp``, ``Lire aussi`` / ``Recevez chaque matin …``): a promo, not a story.
# Casefolded; a title is dropped when it starts with one of them (then a space or the end).
CALL_TO_ACTION_OPENERS: tuple[str, ...] = (
    # pt
    "compartilhe",
    "siga o",
    "siga a",
    "siga-nos",
    "siga nosso",
    "inscreva-se",
    "assine",
    "cadastre-se",
    "baixe o",
    "baixe a",
    "receba",
    "clique aqui",
    "toque aqui",
    # es
    "suscríbete",
    "suscribete",
    "suscríbase",
    "regístrate",
    "registrate",
    "síguenos",
    "siguenos",
    "comparte",
    "únete",
    "unete",
    "haz clic",
    "haga clic",
    "descarga la",
    "descarga nuestra",
    # fr
    "recevez",
    "inscrivez-vous",
    "abonnez-vous",
    "partagez",
    "suivez-nous",
    "téléchargez",
    "cliquez ici",
    "je m'abonne",
    "je m’abonne",
    # it
    "iscriviti",
    "seguici",
    "abbonati",
    "condividi",
    "scarica",
    "ricevi",
    "clicca qui",
    # de
    "abonnieren sie",
    "jetzt abonnieren",
    "folgen sie",
    "melden sie sich",
    "teilen sie",
    "klicken sie",
    "laden sie",
)

# A comment form's button or heading that a scrape keeps where a related list was (``Articles en
# relation`` / ``Publier un nouveau commentaire``): a verb of writing or posting and a comment
# noun within a few words, casefolded. ``Kommentar: …`` (an opinion kicker) and ``Kremlin
# declines comment`` have no such verb first and stay titles.
COMMENT_WIDGET_VERBS: frozenset[str] = frozenset(
    (
        "leave", "post", "add", "write", "view", "show", "load", "publier", "laisser", "écrire",
        "ecrire", "ajouter", "poster", "voir", "afficher", "schreiben", "verfassen", "deja", "dejar",
        "escribe", "escribir", "añade", "añadir", "publica", "publicar", "ver", "deixe", "deixar",
        "escreva", "escrever", "adicione", "lascia", "lasciare", "scrivi", "scrivere", "aggiungi",
        "pubblica", "mostra", "vedi",
    )
)  # fmt: skip
COMMENT_NOUNS: frozenset[str] = frozenset(
    (
        "comment", "comments", "commentaire", "commentaires", "kommentar", "kommentare",
        "comentario", "comentarios", "comentário", "comentários", "commento", "commenti",
    )
)  # fmt: skip

# Rights notices a scrape leaves under a label (``Leggi anche:`` / ``Riproduzione riservata ©``).
RIGHTS_MARKS: tuple[str, ...] = (
    "©",
    "(c) ",
    "riproduzione riservata",
    "tous droits réservés",
    "todos los derechos reservados",
    "todos os direitos reservados",
    "alle rechte vorbehalten",
    "all rights reserved",
)

# A photo caption's credit (``El ministro en Madrid. Foto: EFE``, ``… le 3 mars. AFP``): words
# that open a credit, and agencies that end one after a full stop or a slash.
PHOTO_CREDIT_WORDS: tuple[str, ...] = (
    "Foto",
    "Fotos",
    "Photo",
    "Photos",
    "Bild",
    "Crédito",
    "Créditos",
    "Crédit",
    "Crédits",
    "Imagen",
    "Imagem",
    "Immagine",
    "Credit",
)
PHOTO_AGENCIES: tuple[str, ...] = (
    "AFP",
    "EFE",
    "dpa",
    "Reuters",
    "AP",
    "ANSA",
    "Lusa",
    "EPA",
    "Getty Images",
    "Europa Press",
    "Agência Brasil",
    "Xinhua",
    "Keystone",
    "APA",
    "Folhapress",
    "Estadão Conteúdo",
    "LaPresse",
    "Imago",
    "picture alliance",
    "Archivo",
    "Arquivo",
)

# A writer's credit set under a label (``Lire aussi`` / ``Par Jeanne Martin et Paul Durand``): the
# byline word, then only capitalised words and joiners. ``Por que …`` goes on in lower case; not
# English ``By``, whose Title Case headlines (``By Election Results …``) look the same.
BYLINE_WORDS: frozenset[str] = frozenset(("Par", "Por", "Von", "Di", "Da", "Door", "Av", "Af"))
NAME_JOINERS: frozenset[str] = frozenset(
    (
        "et",
        "e",
        "y",
        "und",
        "and",
        "com",
        "con",
        "with",
        "mit",
        "de",
        "da",
        "do",
        "von",
        "van",
        "di",
        "del",
        "della",
        "du",
        "des",
        "dos",
        "das",
    )
)

# A publication or update stamp under a label (``Lee también`` / ``Publicado el 12 de marzo``).
STAMP_OPENERS: tuple[str, ...] = (
    "publicado",
    "publicada",
    "publié",
    "publiée",
    "veröffentlicht",
    "pubblicato",
    "pubblicata",
    "atualizado",
    "atualizada",
    "actualizado",
    "actualizada",
    "mis à jour",
    "mise à jour",
    "aktualisiert",
    "aggiornato",
    "aggiornata",
    "published",
    "updated",
)

# A tag line under a label (``Relacionadas`` / ``Etiquetas: presupuesto, pleno``): the word
# before its colon names a list of topics, not a story.
TAG_LINE_WORDS: frozenset[str] = frozenset(
    (
        "tags",
        "tag",
        "etiquetas",
        "etiqueta",
        "mots-clés",
        "mots-clefs",
        "mots clés",
        "schlagworte",
        "schlagwörter",
        "stichworte",
        "stichwörter",
        "tópicos",
        "temas",
        "argomenti",
        "parole chiave",
        "palabras clave",
        "palavras-chave",
        "keywords",
        "thèmes",
        "sujets",
    )
)

# ---------------------------------------------------------------------------
# Topic labels and bracketed link lines (#9, see ``topical.py``)
# ---------------------------------------------------------------------------

TOPIC_LABELS: dict[str, str] = {
    # A label that names the topic of the links under it, alone on its line and ending in a
    # colon (``More on coronavirus:`` / ``Read more about the election:``); the topic words
    # follow it (``_TOPIC_TAIL``). Per language, matched case-insensitively at the line start.
    "en": r"(?:read[ \t\u00a0]++)?more[ \t\u00a0]++(?:on|about)",
    "de": r"mehr[ \t\u00a0]++(?:zu[mr]?|über|ueber)",
    "es": r"(?:lee[ \t\u00a0]++)?más[ \t\u00a0]++(?:sobre|acerca[ \t\u00a0]++de)",
    "fr": r"(?:lire[ \t\u00a0]++)?plus[ \t\u00a0]++(?:sur|à[ \t\u00a0]++propos[ \t\u00a0]++d[eu'’])",
    "pt": r"(?:leia[ \t\u00a0]++)?mais[ \t\u00a0]++sobre",
    "it": r"(?:leggi[ \t\u00a0]++)?(?:altro|di[ \t\u00a0]++più)[ \t\u00a0]++su",
}
"""Per language: a label naming its links' topic (``More on <topic>:``), a regex source."""

TOPIC_PROMO_OPENERS: tuple[str, ...] = (
    # The one app or newsletter promo a syndication widget sets between a topic label and its
    # titles (``Download the … app for full coverage``): stepped over, never a title.
    "download", "get the", "sign up", "subscribe", "install", "follow", "descarga", "descargue",
    "laden sie", "téléchargez", "baixe", "scarica",
)  # fmt: skip
"""Openers (lower case) of a promo line stepped over between a topic label and its titles."""

NOTE_LABELS: tuple[str, ...] = (
    # ``[Editor's note: this story was updated …]`` / ``[Update: …]`` / ``(Correction: …)``:
    # a whole bracketed line with these labels is the newsroom talking, not a related link.
    "editor's note", "editor’s note", "editors' note", "editors’ note", "editors note", "ed note",
    "ed.", "ed", "note", "nota", "anmerkung", "hinweis", "update", "updated", "actualización",
    "actualizado", "mise à jour", "correction", "corrección", "korrektur", "clarification",
    "disclosure", "full disclosure", "disclaimer", "warning", "content warning", "trigger warning",
    "spoiler", "source", "sources", "fuente", "quelle", "photo", "photos", "video", "watch",
    "listen", "audio", "graphic", "map", "chart", "translation", "sic", "via", "h/t", "hat tip",
    "this story", "this article", "ap", "reuters", "afp", "dpa", "efe",
    # ``(Credit: Jane Roe / Agency)``: a picture's credit or caption under it.
    "credit", "credits", "photo credit", "image", "image credit", "picture", "caption",
    "illustration", "courtesy", "foto", "fotos", "bild", "imagen", "crédito", "crédit", "crédits",
)  # fmt: skip
"""Labels (lower case) that make a whole bracketed line an editor's note, not a link."""

BRACKET_LABEL_OPENERS: tuple[str, ...] = (
    # A free label on a bracketed link line reads as the outlet pointing at its own piece
    # (``[Our Latest Forecast: …]``, ``[Further reading: …]``, ``(Previously: …)``). A bracketed
    # ``Name: Title`` (a columnist, ``[ Jane Roe: Why … ]``) or ``Topic: Title`` line opens with
    # a name instead: those are headline kickers of a label-less run, filed as footers.
    "our", "my", "your", "more", "latest", "related", "recommended", "further", "previously",
    "earlier", "also", "see", "read", "check", "don't", "don’t", "editor's", "editor’s", "top",
    "most", "featured", "nuestro", "nuestra", "nuestros", "nuestras", "unser", "unsere",
    "unseren", "notre", "nos", "nosso", "nossa", "nossos", "nossas",
    "más", "mehr", "plus", "mais", "altro", "otros", "weitere", "autres", "outras", "altri",
)  # fmt: skip
"""First words (lower case) of a free label on a whole bracketed link line."""

BRACKET_LABEL_NOUNS: tuple[str, ...] = (
    # ``[Full coverage: …]``, ``[Analysis: …]``, ``[The explainer: …]``: a label naming the kind
    # of piece it points at, whatever opens it.
    "coverage", "forecast", "forecasts", "analysis", "explainer", "explained", "opinion",
    "interview", "timeline", "guide", "reading", "podcast", "liveblog", "column", "editorial",
    "background", "context", "pick", "picks", "read", "reads", "story", "stories",
    "análisis", "entrevista", "cobertura", "hintergrund", "analyse", "kommentar", "entretien",
    "reportage", "dossier", "intervista", "approfondimento", "entrevue", "especial",
)  # fmt: skip
"""Last words (lower case) of a free label naming the kind of piece it points at."""
