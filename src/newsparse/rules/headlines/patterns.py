"""Vocabulary and patterns of the headline rule, as data.

Word lists are plain tuples of lower-case strings (a :class:`~newsparse.HeadlineRule` takes
them as fields, so a user extends one by passing a longer tuple); line-shape patterns are
compiled once here. Every pattern is anchored, bounded and free of nested quantifiers over the
same characters, so it runs in time linear in the line it is given.
"""

from __future__ import annotations

import regex

from newsparse.text.lazy import LazyPatterns

_PATTERNS = LazyPatterns(__name__, globals())
_lazy = _PATTERNS.register
__getattr__ = _PATTERNS.resolve  # compiles a registered pattern on first use


__all__ = [
    "ABBREVIATIONS",
    "BODY_OPENING",
    "BRACKET_TAG",
    "BULLET",
    "BYLINE_LIKE",
    "CAPTION_LIKE",
    "COMMENT_HEADINGS",
    "CREDIT_AT_END",
    "CREDIT_WORDS",
    "DATELINE_START",
    "DOMAIN",
    "HOME_WORDS",
    "KICKERS",
    "MARKDOWN_HEADING",
    "NAV_SEPARATOR",
    "NON_NAME_WORDS",
    "PAGE_TOP_LINES",
    "PAGE_TOP_OPENERS",
    "PREFIX_SEPARATOR",
    "PRICE_AT_END",
    "PROMO_LIKE",
    "QUESTION_BOUNDARY",
    "SECTION_WORDS",
    "SENTENCE_BOUNDARY",
    "SITES",
    "SITE_SEPARATOR",
    "SMALL_WORDS",
    "TAGS",
    "TIMESTAMP_LIKE",
    "TRIM_CHARS",
]

TRIM_CHARS = (
    " \t\u00a0\u2000\u2001\u2002\u2003\u2004\u2005\u2006\u2007\u2008\u2009\u200a\u202f\u205f\u3000"
    "\u200b\u200c\u200d\u2060\ufeff"
)
"""Characters stripped from both ends of a headline and of every segment: spaces, NBSP,
zero-width spaces and joiners, the BOM (``… - \\u200bNot a flagship | The Economic Times``)."""

KICKERS: tuple[str, ...] = (
    "breaking",
    "breaking news",
    "just in",
    "exclusive",
    "watch",
    "video",
    "videos",
    "photos",
    "in pictures",
    "pictures",
    "gallery",
    "listen",
    "podcast",
    "live",
    "live updates",
    "live blog",
    "update",
    "opinion",
    "op-ed",
    "editorial",
    "analysis",
    "news analysis",
    "column",
    "comment",
    "commentary",
    "perspective",
    "letters",
    "review",
    "interview",
    "q&a",
    "explainer",
    "explained",
    "fact check",
    "fact-check",
    "factbox",
    "fact box",
    "timeline",
    "the latest",
    "insight",
    "feature",
    "obituary",
    "sponsored",
    "paid post",
    "promoted",
    "advertorial",
    "poll",
    "quiz",
    "viral",
    "viral video",
    "big story",
    "premium",
    "special report",
    "report",
    "watch video",
    "must read",
)
"""Labels set in front of a headline and followed by ``:``, ``|`` or a dash (``EXCLUSIVE:``,
``Opinion |``, ``Fact Check:``, ``The Latest:``); matched case-insensitively. Seen on news sites'
titles and in the catalogue (§7b)."""

TAGS: tuple[str, ...] = (
    "update",
    "updated",
    "updates",
    "video",
    "videos",
    "watch",
    "photos",
    "pics",
    "pictures",
    "in pictures",
    "gallery",
    "live",
    "live updates",
    "live blog",
    "live score",
    "as it happened",
    "opinion",
    "analysis",
    "exclusive",
    "poll",
    "podcast",
    "audio",
    "interactive",
    "graphic",
    "graphics",
    "explainer",
)
"""Labels set after a headline: in brackets (``[UPDATE]``, ``(VIDEO)``) or after a dash
(``… - live updates``); matched case-insensitively. Any short bracketed ALL-CAPS label at the
end (``[INSIGHT]``, ``[REACTION]``) is a tag too."""

SITES: tuple[str, ...] = (
    # wires and agencies
    "reuters", "ap", "associated press", "the associated press", "afp", "agence france-presse",
    "bloomberg", "bloomberg news", "upi", "xinhua", "dpa", "efe", "ansa", "kyodo", "kyodo news",
    "pti", "ians", "ani", "press trust of india", "anadolu agency", "tass", "yonhap",
    # US and UK
    "the new york times", "new york times", "nyt", "the washington post", "washington post",
    "the wall street journal", "wall street journal", "wsj", "usa today", "los angeles times",
    "la times", "chicago tribune", "the boston globe", "boston globe", "npr", "pbs", "pbs newshour",
    "cnn", "cnn politics", "cnn business", "cnbc", "nbc news", "abc news", "cbs news", "fox news",
    "fox business", "msnbc", "politico", "axios", "vox", "the hill", "newsweek", "time", "the atlantic",
    "the new yorker", "slate", "salon", "huffpost", "huffington post", "buzzfeed", "buzzfeed news",
    "business insider", "insider", "forbes", "fortune", "the verge", "wired", "ars technica",
    "techcrunch", "engadget", "mashable", "gizmodo", "vice", "vice news", "breitbart",
    "daily beast", "the daily beast", "yahoo news", "yahoo finance", "yahoo", "msn", "bbc", "bbc news",
    "bbc sport", "the guardian", "guardian", "the independent", "independent", "the telegraph",
    "telegraph", "daily mail", "mail online", "mailonline", "the times", "the sunday times",
    "financial times", "ft", "the economist", "economist", "sky news", "the sun", "daily express",
    "express", "the mirror", "mirror", "evening standard", "metro", "itv news", "channel 4 news",
    # elsewhere
    "al jazeera", "al jazeera english", "euronews", "deutsche welle", "dw", "france 24", "rt",
    "rfi", "le monde", "der spiegel", "spiegel", "the local", "politico europe", "abc",
    "sydney morning herald", "the sydney morning herald", "the age", "herald sun", "news.com.au",
    "nz herald", "stuff", "cbc", "cbc news", "ctv news", "the globe and mail", "globe and mail",
    "toronto star", "national post", "the irish times", "irish times", "rté", "rte", "the japan times",
    "japan times", "south china morning post", "scmp", "the straits times", "straits times",
    "channel newsasia", "cna", "gulf news", "khaleej times", "arab news", "the national", "dawn",
    "the times of israel", "times of israel", "haaretz", "the jerusalem post", "jerusalem post",
    # India
    "hindustan times", "the hindu", "times of india", "the times of india", "toi", "indian express",
    "the indian express", "ndtv", "ndtv.com", "india today", "news18", "deccan herald",
    "the economic times", "economic times", "et", "business standard", "mint", "livemint",
    "moneycontrol", "firstpost", "scroll", "scroll.in", "the wire", "the quint", "news nation",
    "zee news", "republic world", "the print", "theprint", "outlook", "the statesman",
    "deccan chronicle", "the tribune", "tribune", "financial express", "the financial express",
    "bharat express", "abp live", "abp news", "aaj tak", "dna", "dna india", "mid-day",
    "free press journal", "the new indian express", "new indian express", "telangana today",
    "onmanorama", "lokmat", "wion", "bollywood hungama",
)  # fmt: skip
"""Names of news sites and agencies (lower case) that are split off as ``site`` even where a
shape rule alone would not (a one-word name after a dash, a ``Site: Title`` prefix)."""

SECTION_WORDS: tuple[str, ...] = (
    # page labels that stand where a section name would: a breadcrumb's lead-in
    "you are here", "you're here", "home", "skip to content", "skip to main content",
    "news", "latest", "latest news", "top stories", "headlines", "world", "india", "us", "uk",
    "u.s.", "nation", "national", "local", "international", "politics", "business", "economy",
    "markets", "money", "finance", "companies", "tech", "technology", "science", "health",
    "sport", "sports", "cricket", "football", "soccer", "entertainment", "bollywood", "movies",
    "music", "culture", "arts", "books", "lifestyle", "life", "style", "fashion", "travel", "food",
    "opinion", "opinions", "editorial", "education", "auto", "cities", "city", "metro", "weather",
    "crime", "elections", "europe", "asia", "africa", "americas", "middle east", "australia",
    "video", "videos", "photos", "blogs", "blog", "features", "world news", "india news",
    "us news", "uk news", "business news", "sports news", "tech news", "city news", "trending",
    "environment", "climate", "society", "nature", "space", "property", "real estate", "jobs",
    "careers", "religion", "astrology", "horoscope", "personal finance", "startups", "gadgets",
    "mobile", "games", "gaming", "tv", "television", "celebrities", "web stories", "shows",
    "explainers", "states", "regional", "global", "region", "home", "top", "breaking",
)  # fmt: skip
"""Section words (lower case) a site suffix chain may carry: ``… - india news - Hindustan Times``,
``… - News - Wicked Local``. A lower-case suffix segment is split off only when every word is
one of these (or a small word)."""

SMALL_WORDS: tuple[str, ...] = (
    "a", "an", "the", "and", "but", "or", "nor", "for", "so", "yet", "as", "at", "by", "in",
    "of", "off", "on", "per", "to", "up", "via", "vs", "vs.", "v", "v.", "with", "from", "into",
    "onto", "over", "out", "than", "upon", "about", "above", "across", "after", "against",
    "along", "amid", "among", "around", "before", "behind", "below", "beside", "between",
    "beyond", "despite", "during", "except", "inside", "like", "near", "past", "since",
    "through", "toward", "towards", "under", "until", "within", "without",
    "de", "del", "der", "des", "di", "du", "da", "la", "le", "von", "van", "y", "e", "&",
)  # fmt: skip
"""Words that title case may leave in lower case: articles, conjunctions, prepositions (any
length, as Chicago style has it), name particles. Whichever case they are written in, they never
count as evidence of a style, except that a capitalised one in the middle of an otherwise
sentence-case headline makes it ``mixed``."""

NON_NAME_WORDS: tuple[str, ...] = (
    "here's", "here", "heres", "what", "what's", "why", "how", "who", "who's", "when", "where",
    "which", "is", "are", "was", "were", "will", "can", "could", "should", "would", "do", "does",
    "did", "it", "it's", "its", "this", "that", "these", "those", "there", "we", "you", "i",
    "he", "she", "they", "our", "your", "my", "his", "her", "their", "all", "no", "not", "yes",
    "get", "see", "read", "check", "find", "more", "part", "day", "chapter", "episode", "round",
    "season", "game", "says", "said", "first", "after", "before", "plus", "also", "just",
    "only", "now", "then", "still", "again", "every", "some", "one", "two", "three",
    "and", "but", "or", "nor", "yet", "so",
)  # fmt: skip
"""Words that start a headline's own continuation after a dash (``… - Here's Everything``,
``… - What We Know``, ``… — And They're Not Great``), never a site name; a suffix segment
starting with one is kept."""

ABBREVIATIONS: tuple[str, ...] = (
    "mr", "mrs", "ms", "dr", "st", "sen", "gov", "rep", "gen", "col", "lt", "sgt", "capt", "cmdr",
    "adm", "jr", "sr", "inc", "co", "corp", "ltd", "bros", "vs", "no", "nos", "vol", "rev", "prof",
    "mt", "ft", "pt", "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov",
    "dec", "mon", "tue", "tues", "wed", "thu", "thur", "thurs", "fri", "sat", "sun", "approx",
    "est", "dept", "univ", "assn", "ave", "blvd", "rd", "govt", "min", "max", "fig", "etc", "al",
    "mln", "bln", "rs", "pres", "supt", "insp", "hon", "cong", "bjp",
)  # fmt: skip
"""Abbreviations whose full stop does not end a sentence (lower case, without the dot)."""

COMMENT_HEADINGS: tuple[str, ...] = (
    "comments", "comment", "leave a reply", "leave a comment", "reader comments", "join the discussion",
    "kommentare", "kommentar schreiben", "leserkommentare", "commentaires", "réactions", "comentarios",
    "comentários", "commenti", "टिप्पणियां", "टिप्पणियाँ",
)  # fmt: skip
"""Headings of a page's comment section (lower case, matched against the whole line). A line
right under one is a reader's comment, never the headline; the search stops there."""

PAGE_TOP_LINES: tuple[str, ...] = (
    # The heading of a summary box or a table of contents that a page sets above (or instead
    # of) its story's first paragraph: the whole line, case-blind, a colon allowed (round
    # eleven, #11). A headline that opens with the words goes on (``What we know about …``).
    "key points", "key takeaways", "what we know", "what you need to know", "at a glance",
    "in this article", "table of contents", "contents", "summary",
    "das wichtigste in kürze", "das wichtigste im überblick", "die wichtigsten fakten im überblick",
    "die wichtigsten fakten", "auf einen blick", "inhalt", "inhaltsverzeichnis", "inhalt auf dieser seite",
    "ce qu'il faut retenir", "ce qu’il faut retenir", "les points clés", "l'essentiel", "l’essentiel",
    "ce que l'on sait", "ce que l’on sait", "ce qu'on sait", "ce qu’on sait", "sommaire", "en bref",
    "lo que debes saber", "lo que hay que saber", "lo que se sabe", "claves", "las claves", "índice",
    "en resumen", "o que você precisa saber", "o que se sabe", "entenda", "resumo", "índice",
    "in breve", "cosa sapere", "cosa sappiamo", "i punti chiave", "indice",
)  # fmt: skip
"""Summary-box and contents headings (lower case, the whole line): passed over at the top."""

PAGE_TOP_OPENERS: tuple[str, ...] = (
    # Notices a page prints above the story, and the home link that opens a breadcrumb of
    # section names (``Startseite Politik Inland``, ``Accueil Politique France``): a top line
    # opening with one of these (lower case, then a space or the line end) is page furniture.
    "listen to this article", "this article was", "this article is", "you are reading",
    "dieser artikel wurde", "dieser artikel ist", "hören sie hier", "hören sie den", "sie lesen eine",
    "sie lesen einen", "hinweis: dieser",
    "vous lisez un", "vous lisez une", "cet article est", "cet article a été",
    "estás leyendo", "este artículo fue", "este artículo es",
    "você está lendo", "este artigo foi", "este artigo é",
    "stai leggendo", "questo articolo è", "questo articolo fa",
)  # fmt: skip
"""Openings of a reader notice (lower case): such a top line is passed over."""

CREDIT_WORDS: tuple[str, ...] = (
    # Words before the colon of a picture credit under a caption, any language (lower case).
    "foto", "fotos", "bild", "bilder", "bildrechte", "bildquelle", "photo", "photos", "image",
    "images", "picture", "credit", "photo credit", "image credit", "crédit", "crédit photo",
    "crédito", "créditos", "fuente", "fonte", "quelle",
)  # fmt: skip
"""Credit words (lower case) that open a picture-credit line with a colon."""

HOME_WORDS: tuple[str, ...] = (
    # The home link opening a breadcrumb of section names (``Startseite Politik Inland``,
    # ``Accueil Politique France``, ``Inicio Política España``). English ``Home`` is left out:
    # ``Home Secretary Quits`` is a headline in title case.
    "startseite", "accueil", "inicio", "portada", "início", "homepage",
)  # fmt: skip
"""Home-link words (lower case) that open a breadcrumb when only capitalised words follow."""

_lazy(
    "PREFIX_SEPARATOR",
    r"""
    [ \t]*+ : [ \t]++                                                   # `Reuters: ...`
    | \s+ (?: \| | :: | -{1,2} | – | — | ― | · | » | « | › | â€" | â€“ ) \s+
    | [ \t]*+ \| [ \t]*+
    """,
    regex.VERBOSE,
)
PREFIX_SEPARATOR: regex.Pattern[str]
"""A separator after a site name or label in front of a headline (``Reuters | …``, ``LWN.net: …``)."""

_lazy(
    "SITE_SEPARATOR",
    r"""
    \s+ (?: \| | :: | -{1,2} | – | — | ― | · | » | « | › | â€" | â€“ ) \s+   # spaced: ` | `, ` - ` ...
    | [ \t]*+ \| [ \t]*+                                                # a pipe, even unspaced
    | \s+ _ (?=\S)                                                      # ` _探索者` (CJK sites)
    """,
    regex.VERBOSE,
)
SITE_SEPARATOR: regex.Pattern[str]
"""A separator between a headline and a site name (or a section, or a kicker)."""

_lazy(
    "DOMAIN",
    r"""(?:www\.)?+ [\p{L}\p{N}][\p{L}\p{N}-]{0,40}+ (?:\.[\p{L}\p{N}-]{1,40}+){0,3}
        \.(?:com|net|org|info|news|co|in|uk|us|au|ca|de|fr|io|me|tv|ie|nz|sg|pk|lk|bd|za|ng|ke|gov|edu)
        (?:\.[a-z]{2})?+""",
    regex.VERBOSE | regex.IGNORECASE,
)
DOMAIN: regex.Pattern[str]
"""A site written as its domain: ``Example.com``, ``news.com.au``, ``LWN.net``."""

_lazy(
    "BRACKET_TAG",
    r"""[ \t\u00a0]*+ (?P<open>[\[(]) (?P<inner>[^\[\]()\n]{1,40}+) [\])] $""",
    regex.VERBOSE,
)
BRACKET_TAG: regex.Pattern[str]
"""A bracketed label at the very end of a headline: ``[UPDATE]``, ``[LWN.net]``, ``(VIDEO)``."""

_lazy("MARKDOWN_HEADING", r"\#{1,6}+[ \t]++")
MARKDOWN_HEADING: regex.Pattern[str]
"""A Markdown heading marker in front of a headline (``# Title``), left by some scrapers."""

_AGENCY = (
    r"(?:AP|Reuters|AFP|PTI|IANS|ANI|UNI|CNN|Xinhua|Bloomberg|UPI|dpa|DPA|EFE|ANSA|Kyodo|Yonhap|TASS"
    r"|NNN|APP|AA|KUNA|WAM|BERNAMA|Bernama|SPA)"
)

_lazy(
    "DATELINE_START",
    r"""
    (?:
        # WASHINGTON (AP) — · LONDON, Nov 21 (Reuters) - · SAN JUAN, Puerto Rico (AP) —
        \p{Lu}[\p{Lu}\p{M}.'’ /-]{1,40}+ (?:,[ \t]*+[\p{L}.]{2,20}+(?:[ \t]\p{L}{2,20}+)?(?:[ \t]\d{1,2})?)?
        [ \t]*+ \( """
    + _AGENCY
    + r""" \)
      | # New Delhi, Nov 21 (PTI) · Mumbai (Maharashtra) [India], Jan 13 (ANI):
        \p{Lu}[\p{L}\p{M}.'’ /()\[\]-]{1,60}+ , [ \t]*+ \p{L}{3,9}+\.?[ \t]*+\d{1,2}[ \t]*+ \( """
    + _AGENCY
    + r""" \)
      | \( """
    + _AGENCY
    + r""" \)                                   # (CNN)President · (AP) —
      | # KUALA LUMPUR — · ROME – · SAN FRANCISCO -- (an ALL-CAPS place, then a dash)
        # (a hyphen needs a blank after it: `UN-Klimagipfel` is a compound, not `UN -`)
        \p{Lu}{2,}+(?:[ .'’/-]{1,2}+\p{Lu}{2,}+){0,4}+ (?:,[ \t]*+[\p{L}.]{2,20}+)? [ \t]*+
        (?:—|–|-{1,2}(?=[ \t])|―)
        [ \t]*+ (?=\p{Lu}[\p{Ll}\p{Lu}]*+[ \t]++[\p{Lu}\p{Ll}]*\p{Ll})
      | # NEW DELHI: · MUMBAI: (a colon needs a place of two words or five letters, so that
        # `NASA: …`, `WHO: …` headlines, which quote a source, stay headlines)
        (?:\p{Lu}{5,}+|\p{Lu}{2,}+(?:[ .'’/-]{1,2}+\p{Lu}{2,}+){1,4}+) [ \t]*+ :
        [ \t]*+ (?=\p{Lu}[\p{Ll}\p{Lu}]*+[ \t]++[\p{Lu}\p{Ll}]*\p{Ll})
    )
    """,
    regex.VERBOSE,
)
DATELINE_START: regex.Pattern[str]
"""The start of a wire dateline: a line that opens with one is body text, never a headline."""

_lazy(
    "BODY_OPENING",
    r"""
    (?:
        (?:It|He|She|They|There) [ \t\u00a0]++ (?:was|were|had) [ \t\u00a0]++ \p{Ll}
      | (?:(?:Early|Late|Earlier|Later)[ \t\u00a0]++on|On) [ \t\u00a0]++
        (?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day (?:[ \t\u00a0]++(?:morning|afternoon|evening|night))?+
        ,?+ [ \t\u00a0]++ \p{Ll}
    )
    """,
    regex.VERBOSE,
)
BODY_OPENING: regex.Pattern[str]
"""A sentence opening headlines do not use (``It was the``, ``On Monday morning the``): body text.

Matched case-sensitively, so a title-case headline (``It Was The Year…``) is not taken for body text.
"""

_MONTH = (
    r"(?:Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|"
    r"Sep(?:t(?:ember)?)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)\.?"
)
_WEEKDAY = r"(?:Mon|Tue|Tues|Wed|Thu|Thur|Thurs|Fri|Sat|Sun)(?:day|nesday|sday|urday|rsday)?\.?,?"

_lazy(
    "BYLINE_LIKE",
    r"""
    (?:
        (?:By|BY|by|Par|PAR|Von|von|Por|Door)[ \t\u00a0]++(?=\p{Lu})      # By Jane Doe (never "By the end")
        (?!(?i:the|a|an|this|that|these|those|its|their|our|how|why|what|numbers)\b)  # nor "By The Numbers"
      | (?:Written|Reported|Edited|Compiled|Curated|Produced|Story|Words|Text|Posted)[ \t]++(?i:by)\b
      | (?i:author|authors|reporter|written\ by|edited\ by|published\ by|posted\ by|story\ by)[ \t]*+:
      | (?:From|FROM)[ \t]++(?:staff|wire|agency|agencies)\b
      | \p{Lu}[\p{Ll}-]{1,14}ed[ \t]++by[ \t]*+:                     # Tested by: · Reviewed by:
    )
    """,
    regex.VERBOSE,
)
BYLINE_LIKE: regex.Pattern[str]
"""The start of a byline line: ``By …``, ``Written by``, ``Edited By:``, ``Author:``, and any
``<Participle> by:`` credit of a review or photo page (``Tested by:``, ``Photographed by:``);
the colon is required there, since ``Stunned by defeat, …`` opens a headline."""

_lazy(
    "TIMESTAMP_LIKE",
    r"""
    (?:
        (?i:updated|published|posted|first\ published|last\ updated|last\ modified|modified
           |publish\ date|date\ published|created)\b[ \t]*+(?i:on|at)?[ \t]*+
        (?: [:|\-]                                                       # Updated: … · Posted | …
          | (?=\d|(?i:an?\ (?:hour|minute|day))|(?i:"""
    + _MONTH
    + r""")|(?i:"""
    + _WEEKDAY
    + r"""))
        )
      | """
    + _WEEKDAY
    + r"""[ \t]*+ (?:\d{1,2}[ \t]++)? """
    + _MONTH
    + r"""[ \t]*+\d{1,2}
      | """
    + _MONTH
    + r"""[ \t]*+\d{1,2}(?:st|nd|rd|th)?,?[ \t]++\d{4}\b
      | \d{1,2}(?:st|nd|rd|th)?[ \t]++"""
    + _MONTH
    + r""",?[ \t]++\d{4}\b
      | \d{4}-\d{2}-\d{2}\b
      | \d{1,2}\.\d{1,2}\.(?:\d{4}|\d{2})\b                          # 11.09.2011, 16:20 · 02.02.22 |
        (?=[ \t]*+(?:$|[,|/]|\d|(?i:um|uhr|à|às|alle|a\ las)\b))  # not `23.01.2022 - Wierer wins …`
      | \d{1,2}[:.]\d{2}[ \t]*+(?i:[ap]\.?m\.?|ist|gmt|bst|utc|et|edt|est|pt|pst|pdt|cet|hrs)\b
      | \d{1,3}[ \t]*+(?i:min|mins|minute|minutes)[ \t]++(?i:read)\b
      | \d{1,3}[ \t]++(?i:seconds?|minutes?|mins?|hours?|hrs?|days?|weeks?)[ \t]++(?i:ago)\b
    )
    """,
    regex.VERBOSE,
)
TIMESTAMP_LIKE: regex.Pattern[str]
"""The start of a timestamp line: ``Updated: …``, ``Nov 21, 2025``, ``3 min read``, ``2 hours ago``."""

# Exact pre-checks that spare compiling (and running) BYLINE_LIKE, TIMESTAMP_LIKE and
# DATELINE_START on lines that cannot match: most first lines of a page are none of these.
# Each is a necessary condition. On a head with a non-ASCII character they say "maybe",
# because IGNORECASE lets some non-ASCII letters match ASCII ones ("ſ" for "s", "K" for "k").
_BYLINE_OPENINGS = (
    "By", "BY", "by", "Par", "PAR", "Von", "von", "Por", "Door", "Written", "Reported", "Edited",
    "Compiled", "Curated", "Produced", "Story", "Words", "Text", "Posted", "From", "FROM",
)  # fmt: skip
_BYLINE_OPENINGS_ANY_CASE = (
    "author",
    "reporter",
    "written by",
    "edited by",
    "published by",
    "posted by",
    "story by",
)
_TIMESTAMP_OPENINGS_ANY_CASE = (
    "updated", "published", "posted", "first published", "last updated", "last modified", "modified",
    "publish date", "date published", "created",
)  # fmt: skip
_TIMESTAMP_OPENINGS = (
    "Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun",
    "Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec",
)  # fmt: skip
# Every DATELINE_START match holds "(" around an agency, or opens with two capitals and holds
# a dash or a colon.
_DATELINE_MARKS = ("—", "–", "-", "―", ":")


def may_start_byline(text: str, pos: int, end: int) -> bool:
    """Whether ``BYLINE_LIKE`` may match at ``text[pos:end]`` (a necessary condition).

    >>> may_start_byline("By Jane Doe", 0, 11), may_start_byline("Budget passes", 0, 13)
    (True, False)
    """
    head = text[pos : min(end, pos + 12)]  # the longest opening: "published by"
    if not head.isascii():
        return True
    return (
        head.startswith(_BYLINE_OPENINGS)
        or head.lower().startswith(_BYLINE_OPENINGS_ANY_CASE)
        or "ed by" in text[pos : min(end, pos + 24)]  # `Tested by:`, `Photographed by:`
    )


def may_start_timestamp(text: str, pos: int, end: int) -> bool:
    """Whether ``TIMESTAMP_LIKE`` may match at ``text[pos:end]`` (a necessary condition).

    >>> may_start_timestamp("UPDATED: Nov 21", 0, 15), may_start_timestamp("Union budget", 0, 12)
    (True, False)
    """
    head = text[pos : min(end, pos + 15)]  # the longest opening: "first published"
    if not head or not head.isascii():
        return bool(head)
    return (
        "0" <= head[0] <= "9"
        or head.startswith(_TIMESTAMP_OPENINGS)
        or head.lower().startswith(_TIMESTAMP_OPENINGS_ANY_CASE)
    )


def may_hold_dateline(line: str) -> bool:
    """Whether ``DATELINE_START`` may match at the start of ``line`` (a necessary condition).

    >>> may_hold_dateline("WASHINGTON (AP) — The"), may_hold_dateline("Pune-Nashik line opens")
    (True, False)
    """
    if "(" in line:
        return True
    head = line[:2]
    if head.isascii() and not (len(head) == 2 and head.isupper()):
        return False  # the dash and colon forms open with two capitals (\p{Lu}\p{Lu})
    return any(mark in line for mark in _DATELINE_MARKS)


# The characters a match of each pattern below may open with: the first letters of its
# words and every character ``regex`` matches to one of them under IGNORECASE ("ſ" for "s",
# "İ" for "i"; checked over every code point in the tests). A line opening otherwise skips
# the pattern, which is then not compiled on a cold start (#8).
CAPTION_FIRST = frozenset("(ABCFGIPRSVabcfgiprsv\u0130\u017f")
"""What a ``CAPTION_LIKE`` match opens with."""
PROMO_FIRST = frozenset("ACDFJLMRSTacdfjlmrst\u017f")
"""What a ``PROMO_LIKE`` match opens with."""
BODY_OPENINGS = ("It", "He", "She", "The", "Earl", "Late", "On")
"""What a ``BODY_OPENING`` match opens with (it is case-sensitive)."""


def may_start_caption(text: str, pos: int) -> bool:
    """Whether ``CAPTION_LIKE`` may match at ``pos`` (a necessary condition)."""
    return text[pos : pos + 1] in CAPTION_FIRST


def may_start_promo(text: str, pos: int) -> bool:
    """Whether ``PROMO_LIKE`` may match at ``pos`` (a necessary condition)."""
    return text[pos : pos + 1] in PROMO_FIRST


def may_open_body(text: str, pos: int) -> bool:
    """Whether ``BODY_OPENING`` may match at ``pos`` (a necessary condition)."""
    return text.startswith(BODY_OPENINGS, pos)


_lazy(
    "CAPTION_LIKE",
    r"""
    (?:
        \(?+(?i:photo|photos|image|images|picture|pic|file\ photo|file\ image|file\ picture
            |representational|representative|credit|credits|courtesy|source|illustration
            |screengrab|screenshot|video\ grab|graphic)\b[ \t]*+(?::|\||/|\)|credit|by|of|image|photo|pic)
      | (?i:getty\ images|istock|shutterstock|bccl|ap\ photo|reuters/|afp\ photo)\b
    )
    """,
    regex.VERBOSE,
)
CAPTION_LIKE: regex.Pattern[str]
"""The start of a photo caption or credit line: ``(Photo: PTI)``, ``File photo of …``."""

_lazy("BULLET", r"(?:[-–—•*·▪►▶✓✔]|\d{1,2}[.)])[ \t]++")
BULLET: regex.Pattern[str]
"""A list-item marker: a line that starts with one is a bullet point (body), never a headline."""

_lazy(
    "CREDIT_AT_END",
    r"""[(\[] [ \t]*+
        (?: (?i:photo|photos|image|images|pic|pics|picture|credit|source|illustration|screengrab|video\ grab)
            (?i:[ \t]++credits?)?+ [ \t]*+ [:|/]                    # (Photo: PTI) · (Image credit: X)
          | (?i:file\ photo|file\ image|file\ pic|representational|representative|courtesy)\b )
        [^()\[\]\n]{0,80}+ [)\]] [ \t.]*+ $""",
    regex.VERBOSE,
)
CREDIT_AT_END: regex.Pattern[str]
"""A photo credit closing a line (``… river bank. (Photo: Special arrangement)``): a caption line."""

_lazy(
    "PROMO_LIKE",
    r"""
    (?i:subscribe|sign\ up|sign\ in|log\ in|download\ (?:the|our)|follow\ us|click\ here|tap\ here
       |join\ (?:us|our)|share\ (?:this|on)|advertisement|skip\ to|listen\ to\ this|story\ continues
       |also\ read|read\ more|read\ also|must\ read|trending\ now|recommended)\b
    """,
    regex.VERBOSE,
)
PROMO_LIKE: regex.Pattern[str]
"""The start of a promo or widget line that a page may put above its headline
(``Subscribe to our newsletter``, ``Skip to content``); passed over, never a headline."""

_lazy("NAV_SEPARATOR", r"[ \t]*+(?:>|»|›|→)[ \t]*+|[ \t]++/[ \t]++|[ \t]*+\|[ \t]*+")
NAV_SEPARATOR: regex.Pattern[str]
"""A separator between breadcrumb or menu items: ``Home > News > India``, ``News | Sport | Weather``."""

_lazy(
    "SENTENCE_BOUNDARY",
    r"""(?P<word>[\p{L}\d]{1,20}+) \. ["'”’)\]]{0,2}+ [ \t]++ ["'“‘(\[]{0,2}+ \p{Lu}""",
    regex.VERBOSE,
)
SENTENCE_BOUNDARY: regex.Pattern[str]
"""A full stop after a word, then a capitalised word: a sentence boundary unless the word is
an abbreviation (``Gov. Newsom``) or a single letter (``U.S. Senate``)."""

_lazy(
    "QUESTION_BOUNDARY",
    r"""[?!] ["'”’)\]]{0,2}+ [ \t]++ ["'“‘(\[]{0,2}+ \p{Lu}""",
    regex.VERBOSE,
)
QUESTION_BOUNDARY: regex.Pattern[str]
"""A question or exclamation mark, then a capitalised word: the end of a sentence inside a line."""

_lazy(
    "PRICE_AT_END",
    r"""(?: [$£€¥₹][ \t]?+\d{1,3}+(?:,\d{3}){0,3}+\.\d{2}                      # $39.99 · $1,249.00
          | \d{1,3}+(?:[.\u00a0\x20]\d{3}){0,3}+,\d{2}[ \t\u00a0]?+(?:€|EUR) )    # 1.249,90 €
        (?:[ \t]*+\([^()\n]{1,40}+\))?+ [ \t]*+ $""",
    regex.VERBOSE,
)
PRICE_AT_END: regex.Pattern[str]
"""A price with cents closing a line (``… Controller for $39.99``, ``… 24,90 €``, ``Now $649.99
(Originally $700)``): a product or deal line of a shop or deals page, not a headline."""

# Small patterns of the headline analysis itself.
_lazy("CJK", r"[\p{Han}\p{Hiragana}\p{Katakana}\p{Hangul}\p{Thai}\p{Devanagari}\p{Arabic}]")
CJK: regex.Pattern[str]
"""A character of a script written without spaces between words (or with few)."""
_lazy("PIPE", r"\|[ \t]*+")
PIPE: regex.Pattern[str]
"""A pipe and the spaces after it."""
_lazy("FIRST_WORD", r"\S++[ \t]++")
FIRST_WORD: regex.Pattern[str]
"""A line's first word and the spaces after it."""
_lazy("NON_WORD", r"[^\w ]++")
NON_WORD: regex.Pattern[str]
"""A run of characters that are neither word characters nor spaces."""
_lazy("UPPER_LETTER", r"\p{Lu}")
UPPER_LETTER: regex.Pattern[str]
"""An upper-case letter."""
_lazy("ALL_CAPS_ABBREV_END", r"(?:\b\p{Lu}\.){2,}+$")
ALL_CAPS_ABBREV_END: regex.Pattern[str]
"""An abbreviation of capitals with full stops (``U.S.``) at the end."""
_lazy(
    "ROLE_LINE",
    r"""(?:Staff\ Writer|Staff\ Reporter|Correspondent|Bureau|Contributor|News\ Desk|Web\ Desk|Desk
        |Agencies|Senior\ Editor|Editor|Reporter|Columnist|STAFF\ WRITER|CORRESPONDENT|BUREAU)\W{0,3}$""",
    regex.VERBOSE,
)
ROLE_LINE: regex.Pattern[str]
"""A role at the end of a short line (``… Staff Writer``): a byline."""
