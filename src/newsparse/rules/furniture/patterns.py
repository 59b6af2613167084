"""Vocabulary and regular expressions for the article's furniture: bylines, credit lines,
datelines, timestamps and captions.

Everything here is data. The rules (the ``bylines``, ``datelines``, ``timestamps`` and
``captions`` modules beside this one) take these tuples as the default values of their
fields; a user extends a rule by passing a longer tuple, e.g.
``BylineRule(agencies=BylineRule().agencies + ("NTB",))``. The ``*_regex`` builders turn a
vocabulary into compiled patterns; they are cached, so each vocabulary compiles once, on
first use. Module-level patterns are :class:`LazyPattern` objects, also compiled on first use,
so that ``import newsparse`` stays fast.

Every pattern is bounded (``{0,n}`` repeats, atomic groups) and the rules only hand them a
capped slice of a line, so the work per line is bounded and the rules stay linear.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator
from typing import Any

import regex

from newsparse._document import Document
from newsparse._model import Span
from newsparse.text.dates import MONTHS, TIMEZONES

__all__ = [
    "AGENCIES",
    "BYLINE_PREFIXES",
    "CAPTION_LABELS",
    "CAPTION_LINES",
    "CREDIT_LABELS",
    "DATELINE_STOPWORDS",
    "DESK_ROLES",
    "NOT_NAME_WORDS",
    "NOT_PERSON_WORDS",
    "PHOTO_AGENCIES",
    "ROLES",
    "TIMESTAMP_LABELS",
    "VALEDICTIONS",
    "WEEKDAYS",
    "LazyPattern",
    "alternation",
    "fact_row",
    "line_segments",
    "nonblank_lines",
]

# ---------------------------------------------------------------------------
# Shared vocabulary
# ---------------------------------------------------------------------------

# News agencies and wire services as they appear in bylines ("By Reuters"), datelines
# ("LONDON (Reuters) -") and credits ("(With inputs from PTI)"). Indian wires first: the
# seed corpus is Indian English news.
AGENCIES: tuple[str, ...] = (
    "PTI", "IANS", "ANI", "UNI", "Press Trust of India", "Indo-Asian News Service",
    "Reuters", "REUTERS", "Thomson Reuters", "AP", "Associated Press", "The Associated Press",
    "AFP", "Agence France-Presse", "Agence France Presse", "Bloomberg", "CNN", "CNN Wire",
    "dpa", "DPA", "EFE", "Efe", "Yonhap", "Xinhua", "Kyodo", "Kyodo News", "TASS", "Tass",
    "ANSA", "Anadolu", "Anadolu Agency", "Bernama", "WAM", "SPA", "APP", "BSS", "AAP",
    "The Canadian Press", "Canadian Press", "CP", "PA", "PA Media", "Press Association",
    "JTA", "UPI", "NYT", "AFP-JIJI", "Jiji", "KNA", "NNA", "Interfax", "RIA Novosti",
    "Agencies", "agencies", "Agency", "Wire", "Wires", "Sputnik", "IRNA", "Belga", "Lusa",
    "HT Syndication", "ENS", "Express News Service", "TNN", "IBNS", "NSS", "wire services",
    "Wire services", "DHNS", "HTC", "NNI", "INP", "UNB",
)  # fmt: skip

# Job titles written after (or glued onto) a byline name: "By Evan HalperStaff Writer".
ROLES: tuple[str, ...] = (
    "Staff Writer", "Staff Reporter", "Staff Correspondent", "Senior Writer", "Senior Reporter",
    "Senior Correspondent", "Senior Editor", "Chief Correspondent", "Special Correspondent",
    "Principal Correspondent", "Foreign Correspondent", "Political Correspondent",
    "Political Editor", "Business Editor", "Science Editor", "Health Editor", "Sports Editor",
    "Diplomatic Editor", "Economics Editor", "Technology Editor", "Tech Editor", "News Editor",
    "Deputy Editor", "Associate Editor", "Executive Editor", "Managing Editor", "Contributing Editor",
    "Contributing Writer", "Opinion Contributor", "Guest Writer", "Guest Contributor", "Contributor",
    "Correspondent", "Reporter", "Columnist", "Editor", "Writer", "Journalist", "Bureau Chief",
    "Analyst", "Producer", "Staff", "Intern", "Editorial Team", "Web Desk", "News Desk", "Desk",
    "Bureau", "Team", "From staff reports", "Staff reports", "From wire reports", "Wire reports",
    "Staff and wire reports", "From staff and wire reports", "From news services",
    # South Asian desk bylines that name no one
    "Our Correspondent", "Our Special Correspondent", "Our Staff Reporter", "Our Reporter",
    "Our Bureau", "Staff Report", "Monitoring Report", "News Report",
)  # fmt: skip

# Desk names that close a credit line naming no person, after one to four capitalised words
# (the outlet or the section): "Sports Desk", "FPJ News Service", "Ledger Staff", "Gazette
# Bureau", "Digital Team". Only a short line above the story is read so (a headline or a
# subhead ending in "Staff" stands elsewhere); the language tables' roles count too
# ("लाइव हिन्दुस्तान टीम", "जागरण संवाददाता, लखनऊ").
DESK_ROLES: tuple[str, ...] = (
    "Desk", "News Desk", "Web Desk", "Digital Desk", "Online Desk", "Bureau", "News Bureau",
    "Staff", "News Staff", "Team", "News Team", "Web Team", "Digital Team", "Editorial Team",
    "Online", "News Service", "News Services", "News Network", "Newsroom", "Editorial Board",
    "Editorial", "Staff Report", "Staff Reports", "Wire", "Wires",
)  # fmt: skip

# Words that open a byline, longest first when compiled. "Par"/"von"/"Por"/"Door" are the
# French, German, Spanish/Portuguese and Dutch "by".
BYLINE_PREFIXES: tuple[str, ...] = (
    "By", "BY", "by", "Written by", "Written By", "Words by", "Story by", "Text by",
    "Reported by", "Reporting by", "Posted by", "Edited by", "Edited By", "Published by",
    "Published By", "Compiled by", "Author", "Authors", "Written by:", "Par", "par",
    "Von", "von", "Por", "por", "Door", "door", "Autor", "Auteur", "Analysis by", "Opinion by",
    "Commentary by", "Review by", "Interview by", "Match report by", "Report by",
    # capitalised as Indian and blog templates write them: "Reported By: X | Edited By: Y"
    "Reported By", "Posted By", "Story By", "Compiled By", "Curated by", "Curated By",
    "Produced by", "Produced By", "Byline",
    # a label and a colon: "Story: Jane Roe", "Reporter: Jane Roe"
    "Story:", "Words:", "Text:", "Reporter:", "Reporters:", "Writer:", "Report:", "Reporting:",
    "Editor:", "Editors:",
)  # fmt: skip

# Lower-cased words that are never a byline name token: they turn "By the end of the year",
# "By Tuesday, officials ..." and "By Design" into body text.
NOT_NAME_WORDS: tuple[str, ...] = (
    "the", "a", "an", "of", "for", "to", "in", "on", "at", "with", "from", "into", "than",
    "this", "that", "these", "those", "then", "now", "all", "some", "most", "many", "its",
    "their", "his", "her", "our", "my", "your", "no", "not", "one", "two", "end", "year",
    "years", "time", "times", "way", "day", "days", "week", "weeks", "month", "months",
    "far", "contrast", "comparison", "law", "default", "design", "noon", "midnight", "night",
    "morning", "evening", "afternoon", "tonight", "today", "tomorrow", "yesterday", "mid",
    "late", "early", "christmas", "easter", "monday", "tuesday", "wednesday", "thursday",
    "friday", "saturday", "sunday", "chance", "accident", "car", "train", "air", "email",
    "phone", "hand", "land", "sea", "road", "rail", "bus", "foot", "contrast", "nature",
    "definition", "extension", "itself", "himself", "herself", "themselves", "law",
    "then", "who", "what", "when", "where", "how", "why", "if", "is", "was", "are", "were",
    "it", "he", "she", "they", "we", "i", "you", "and", "or", "but", "so", "after", "before",
    "special", "published", "updated", "posted",
)  # fmt: skip

# Words that make a bare 2-3 word line under the headline a section, a place or a photo
# credit rather than the author's name ("Middle East", "Getty Images", "New Delhi").
NOT_PERSON_WORDS: tuple[str, ...] = (
    "images", "image", "photo", "photos", "getty", "news", "live", "video", "videos", "world",
    "business", "politics", "sport", "sports", "opinion", "analysis", "explainer", "editorial",
    "update", "updates", "exclusive", "breaking", "india", "us", "uk", "east", "west", "north",
    "south", "middle", "africa", "asia", "europe", "america", "league", "cup", "premier",
    "market", "markets", "tech", "technology", "science", "health", "culture", "lifestyle",
    "entertainment", "travel", "weather", "stock", "shutterstock", "istock", "file", "pool",
    "new", "san", "santa", "los", "las", "hong", "saint", "st", "united", "city", "county",
    "state", "kingdom", "republic", "royal", "national", "government", "police", "court",
    "minister", "ministry", "party", "council", "university", "island", "islands", "river",
)  # fmt: skip

WEEKDAYS: tuple[str, ...] = (
    "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday",
    "mon", "tue", "tues", "wed", "thu", "thur", "thurs", "fri", "sat", "sun",
)  # fmt: skip

# Labels that open a credit line (Reuters and AP style; Indian "with inputs from").
CREDIT_LABELS: tuple[str, ...] = (
    "Reporting by", "Additional reporting by", "Additional reporting from", "Writing by",
    "Editing by", "Compiled by", "Graphics by", "Research by", "Reported by",
    "Featured image via", "Featured Image via", "Featured image by", "Featured image:",
    "Featured Image:", "Header image:", "Top image:", "Inputs from", "Input from",
    "With assistance from", "with assistance from", "With files from", "with files from",
    "With reporting from", "With reporting by", "With additional reporting by",
    "With wire services", "with wire services",
    # the editor credited under the story, often in brackets: "(Edited by Jane Roe)"
    "Edited by", "Edited By",
    # a paper's own wire desk or co-writers under the story: "With Post wires",
    # "Contributing: Jane Roe, USA TODAY"
    "With Post wires", "With wires", "with wires", "With wire reports", "With agency reports",
    "Contributing:", "Staff and agencies", "Staff and wire reports", "Staff and wire services",
    "From wire reports",
    # the pictures credited as a sentence of their own under the story (#9): "Photography by
    # Jane Roe.", "Illustrations by Omar Said" (a caption's "Photo: X" stays the caption's)
    "Photography by", "Photographs by", "Photos by", "Illustration by", "Illustrations by",
    "Artwork by", "Video by", "Videography by", "Animation by",
)  # fmt: skip

# The closing words of a letter or a blog post, alone on the line above the writer's name
# (first name only, often): "Love" over "Jane", "Best wishes," over "Tom Okafor" (#9).
# Lower-cased, without the comma after them.
VALEDICTIONS: tuple[str, ...] = (
    "love", "lots of love", "much love", "with love", "all my love", "cheers", "regards",
    "best regards", "kind regards", "warm regards", "warmest regards", "with best regards",
    "best wishes", "warm wishes", "all the best", "best", "yours", "yours truly", "yours sincerely",
    "sincerely", "sincerely yours", "faithfully", "yours faithfully", "respectfully",
    "respectfully yours", "hugs", "xoxo", "peace", "in solidarity", "until next time",
    "take care", "blessings", "many thanks", "thanks again",
)  # fmt: skip

# ---------------------------------------------------------------------------
# Datelines
# ---------------------------------------------------------------------------

# Capitalised words that end in ":" or "—" at the start of a paragraph without being a
# place: "UPDATE: ...", "WATCH: ...", "Editor's note: ...".
DATELINE_STOPWORDS: tuple[str, ...] = (
    "breaking", "breaking news", "update", "updated", "updates", "exclusive", "watch", "live",
    "opinion", "analysis", "comment", "editorial", "note", "editor's note", "editors note",
    "photo", "photos", "video", "videos", "read", "also read", "read more", "related", "see also",
    "disclaimer", "summary", "q", "a", "question", "answer", "warning", "correction",
    "clarification", "highlights", "key points", "fact check", "explainer", "listen", "audio",
    "podcast", "graphic", "image", "source", "sources", "credit", "caption", "file", "file photo",
    "representational image", "tags", "topics", "share", "follow", "subscribe", "advertisement",
    "sponsored", "review", "verdict", "interview", "transcript", "recommended", "trending",
    "latest", "more", "also", "and", "the", "but", "yes", "no", "why", "what", "how", "who",
    "when", "where", "today", "tonight", "yesterday", "tomorrow", "now", "here", "there",
    "first", "second", "third", "finally", "plus", "bottom line", "background", "context",
    "reporting", "editing", "written by", "by", "published", "posted", "date", "author",
    # sentence openers that are capitalised like a place: "In Paris — ...", "Mr Lee: ..."
    "in", "on", "at", "for", "after", "before", "when", "while", "as", "if", "since", "from",
    "with", "to", "of", "this", "that", "these", "those", "his", "her", "their", "our", "my",
    "its", "one", "two", "three", "last", "next", "every", "some", "many", "most", "mr", "mrs",
    "ms", "dr", "sir", "president", "minister", "judge", "senator", "step", "part", "chapter",
    # a broadcast transcript's speaker labels: "Anchor: After heavy rain on Monday ..." (#9)
    "anchor", "host", "narrator", "presenter", "reporter", "correspondent", "report", "announcer",
    # section labels printed above a story in capitals
    "world", "sports", "sport", "business", "politics", "entertainment", "technology", "tech",
    "science", "health", "lifestyle", "news", "national", "local", "markets", "economy",
    "education", "city", "cities", "nation", "international", "top stories", "trending now",
    "features", "feature", "travel", "food", "culture", "arts", "books", "money", "weather",
    "spoiler alert", "spoiler", "timeline", "factbox", "poll", "quiz", "recap", "preview",
    "gallery", "photo gallery", "in pictures", "in brief", "at a glance", "the big picture",
    "why it matters", "what we know", "what to know", "q&a", "alert", "flash", "newsflash",
)  # fmt: skip

# ---------------------------------------------------------------------------
# Timestamps
# ---------------------------------------------------------------------------

# Labels that open a timestamp, with the kind they give. Lower-case; matched ignoring case.
TIMESTAMP_LABELS: tuple[tuple[str, str], ...] = (
    ("first published on", "published"), ("first published", "published"),
    ("originally published on", "published"), ("originally published", "published"),
    ("published on", "published"), ("published at", "published"), ("published date", "published"),
    ("publish date", "published"), ("date published", "published"), ("publication date", "published"),
    ("published", "published"), ("posted on", "published"), ("posted at", "published"),
    ("posted", "published"), ("released", "published"), ("created", "published"),
    ("last updated on", "updated"), ("last updated at", "updated"), ("last updated", "updated"),
    ("last modified on", "updated"), ("last modified", "updated"), ("updated on", "updated"),
    ("updated at", "updated"), ("updated", "updated"), ("modified", "updated"),
    ("latest update", "updated"), ("last update", "updated"),
    ("veröffentlicht am", "published"), ("veröffentlicht", "published"),
    ("aktualisiert am", "updated"), ("aktualisiert", "updated"), ("stand", "updated"),
    ("publié le", "published"), ("mis à jour le", "updated"), ("publicado el", "published"),
    ("publicado em", "published"), ("publicado", "published"), ("actualizado", "updated"),
    ("atualizado em", "updated"), ("atualizado", "updated"),
)  # fmt: skip

# ---------------------------------------------------------------------------
# Captions
# ---------------------------------------------------------------------------

# Labels that open a caption credit: "Photo: X/AFP", "(Image credit: HandyGames)".
CAPTION_LABELS: tuple[str, ...] = (
    "Photo credit", "Photo Credit", "Photo courtesy", "Photo Courtesy", "Photograph",
    "Photographs", "Photo", "Photos", "PHOTO", "Pic credit", "Pic courtesy", "Pic", "Picture",
    "Pictures", "Image credit", "Image Credit", "Image courtesy", "Image Courtesy", "Image source",
    "Image Source", "Image copyright", "Image", "Images", "IMAGE", "Main image credit",
    "Main image", "Top image", "Lead image", "Illustration", "Graphic", "Graphics", "Video",
    "Credit", "Credits", "Courtesy", "Foto", "Fotos", "Bild", "Crédit photo",
    "Crédits photo", "Photo illustration", "Image caption", "Caption", "Screenshot", "Screengrab",
)  # fmt: skip

# Whole lines that are an image credit or a caption tag by themselves.
CAPTION_LINES: tuple[str, ...] = (
    "Getty Images", "Getty", "Getty Images/iStockphoto", "iStock", "iStockphoto",
    "Shutterstock", "Alamy", "Alamy Stock Photo", "BCCL", "AFP", "AP", "AP Photo", "Reuters",
    "REUTERS", "EPA", "EPA-EFE", "PA", "PA Wire", "PA Images", "Handout", "Supplied",
    "File photo", "File Photo", "FILE PHOTO", "FILE", "BT FILE PHOTO", "File image", "File Image",
    "Representational image", "Representational Image", "Representative image",
    "Representative Image", "Representational photo", "Representational Photo",
    "Representative photo", "Representative Photo", "Representational picture",
    "Representative picture", "Stock image", "Stock photo", "Symbolbild", "Symbolfoto",
    "HT Photo", "Express Photo", "Express photo", "PTI Photo", "ANI Photo", "IANS Photo",
    "Twitter", "X", "Instagram", "Facebook", "YouTube", "Screengrab", "Screenshot",
    "Courtesy", "Unsplash", "Pixabay", "Pexels", "NASA", "Wikimedia Commons",
)  # fmt: skip

# Photo agencies that end a "Name/Agency" credit: "Saul Loeb/AFP/Getty Images".
PHOTO_AGENCIES: tuple[str, ...] = (
    "Getty Images", "Getty", "AFP", "AP", "Reuters", "REUTERS", "EPA", "EPA-EFE", "PA",
    "PA Wire", "Bloomberg", "Shutterstock", "iStock", "iStockphoto", "Alamy", "NurPhoto",
    "SOPA Images", "LightRocket", "Anadolu", "Anadolu Agency", "Xinhua", "PTI", "ANI", "IANS",
    "HT Photo", "Hindustan Times", "The Washington Post", "The New York Times", "Bloomberg News",
    "Associated Press", "STF", "POOL", "Pool", "dpa", "picture alliance", "Bongarts",
    "Sipa", "Sipa USA", "ZUMA Press", "ZUMA Wire", "Redux", "Polaris", "Axios", "NASA",
    "Wikimedia Commons", "Unsplash", "Twitter", "Instagram", "Facebook", "X", "BCCL",
)  # fmt: skip


def alternation(words: Iterable[str]) -> str:
    """Return a regex alternation of ``words`` (escaped; longest first; spaces match any blank).

    >>> alternation(["By", "Written by"])
    'Written[\\\\s\\\\u00a0]{1,3}by|By'
    """
    unique = sorted({w for w in words if w}, key=lambda w: (-len(w), w))
    return "|".join(regex.escape(w).replace(r"\ ", r"[\s\u00a0]{1,3}") for w in unique)


_METHODS = ("match", "fullmatch", "search", "finditer", "sub", "split")


class LazyPattern:
    """A ``regex`` pattern compiled on first use, so that ``import newsparse`` stays fast.

    It offers the methods the rules call (``match``, ``fullmatch``, ``search``, ``finditer``,
    ``sub``, ``split``, with the compiled pattern's signatures). The first call compiles the
    pattern and binds those names to the compiled pattern's own methods, so later calls cost
    nothing extra.

    >>> p = LazyPattern(r"b+")
    >>> p.search("abbc").group(0)
    'bb'
    """

    match: Callable[..., regex.Match[str] | None]
    fullmatch: Callable[..., regex.Match[str] | None]
    search: Callable[..., regex.Match[str] | None]
    finditer: Callable[..., Iterator[regex.Match[str]]]
    sub: Callable[..., str]
    split: Callable[..., list[Any]]

    def __init__(
        self, pattern: str | Callable[[], str], flags: int = 0, *, engine: Any = regex, **kwargs: Any
    ) -> None:
        self._source = pattern
        self.flags = flags
        """The flags it compiles with."""
        self.engine = engine
        """The module that compiles it: ``regex`` (the default) or ``re``."""
        self._kwargs = kwargs

    @property
    def pattern(self) -> str:
        """The pattern's source (built on first use when it was given as a function)."""
        if callable(self._source):
            # a pattern built from the language tables, which cannot be imported at import time
            self._source = self._source()
        return self._source

    @property
    def compiled(self) -> Any:
        """The compiled pattern (the engine caches it, so asking again is cheap)."""
        # a named list given as a function is built now too (from the language tables)
        kwargs = {k: (v() if callable(v) else v) for k, v in self._kwargs.items()}
        return self.engine.compile(self.pattern, self.flags, **kwargs)

    @property
    def compiled_yet(self) -> bool:
        """Whether a method has been called (and the pattern compiled): a pre-check that only
        spares the first compile is not worth its cost after that."""
        return "match" in self.__dict__

    def __getattr__(self, name: str) -> Any:
        if name not in _METHODS:
            raise AttributeError(name)
        compiled = self.compiled
        for method in _METHODS:
            setattr(self, method, getattr(compiled, method))
        return getattr(compiled, name)


# ``re``'s ``\S`` is exactly what ``str.strip()`` keeps (both use ``str.isspace``).


def nonblank_lines(document: Document) -> Iterator[tuple[int, Span]]:
    """Yield ``(index, line)`` for the lines of ``document`` that are not blank, in order.

    The indexes come from the document's shared line table, and a Span is built only for
    the lines a rule reaches (a rule that stops early builds few).

    >>> [(i, line.text) for i, line in nonblank_lines(Document.from_text("a\\n\\n \\n\\nb"))]
    [(0, 'a'), (4, 'b')]
    """
    span = document.line_span
    for i in document.index.nonblank:  # the shared table: no Span for the blank lines
        yield i, span(i)


# A fact box's row: a label of one to five words (a slash may join two) and a colon, then the
# value ("Available Lengths: 178, 186 cm", "Boots / Bindings: Roe 120"). Rows of these
# stacked line by line are a spec sheet: not a paragraph wrapped by hard breaks (whose first
# label would read as a place), and no row is a writer's name (#9).
_FACT_ROW = LazyPattern(
    r"\p{Lu}[\p{L}’'\-]{0,20}(?:(?:[ \u00a0]|[ \u00a0]/[ \u00a0])[\p{L}’'\-]{1,20}){0,4}:[ \u00a0]"
)


def fact_row(text: str, start: int, end: int) -> bool:
    """Whether ``text[start:end]`` opens with a fact box's label (:data:`_FACT_ROW`)."""
    return _FACT_ROW.match(text, start, end) is not None


def line_segments(document: Document, line: Span) -> Iterable[Span]:
    """Return the unclaimed stretches of ``line`` (the line itself when nothing in it is claimed)."""
    if not document.claimed or not document.is_claimed(line.start, line.end):
        return (line,)
    return document.unclaimed_ranges(line.start, line.end)


# ---------------------------------------------------------------------------
# Building blocks shared by the rules
# ---------------------------------------------------------------------------

MONTH_ALT = "(?i:" + "|".join(sorted((regex.escape(m) for m in MONTHS), key=len, reverse=True)) + ")"
WEEKDAY_ALT = "(?i:" + "|".join(sorted(WEEKDAYS, key=len, reverse=True)) + ")"
TZ_ALT = "|".join(sorted(TIMEZONES, key=len, reverse=True)) + "|et|pt|ct|mt|hrs|h"

# Dash-like separators as scraped text has them: em/en dash, hyphen, double hyphen,
# horizontal bar, the mis-decoded UTF-8 em dash "â€”", and a straight quote left where
# a decoder turned "—" into '"'.
DASH = r"(?:â€[”“\x94\x93]|--|[—–―‒-])"

# Time and relative-time words of the other built-in languages: the "à"/"às"/"alle"/"ore"
# before a time, the Argentine "hs" after it, and the words of "il y a 2 heures",
# "hace 2 horas", "vor 2 Stunden", "há 2 horas", "2 ore fa", "2 घंटे पहले".
_FOREIGN_TIME_WORDS = (
    "à", "alle", "ore", "hs", "hrs", "il", "em", "el", "las", "ás", "h", "heures?", "heure", "horas?",
    "minutos?", "minutes", "minuten?", "minuti", "minuto", "stunden?", "tagen?", "jours?", "días?",
    "dias?", "giorni", "giorno", "hace", "vor", "há", "fa", "y", "घंटे", "घंटा", "मिनट", "दिन",
    "पहले", "बजे",
)  # fmt: skip

# A time written with "h" (French, Portuguese, Italian pages): "10h20", "10h", "10 h 20".
_H_TIME = r"\d{1,2}[\s\u00a0]?h[\s\u00a0]?\d\d(?![\p{L}\d])|\d{1,2}h(?![\p{L}\d])"
# "10:20 a. m." (Spanish): the meridiem with a blank inside.
_SPACED_MERIDIEM = r"[ap]\.[\s\u00a0]?m\.(?![\p{L}])"


def _table_date_names() -> tuple[str, ...]:
    """Weekday and month names of the built-in languages' tables that the shared list lacks.

    Imported on first use (the language modules import this one); a user's registered
    language is not included, as the module-level patterns compile once.
    """
    # imported here, not at the top: the language modules import this one
    from newsparse.lang import BUILTIN_LANGUAGES, get_language

    names: set[str] = set()
    for code in BUILTIN_LANGUAGES:
        tables = get_language(code)
        names.update(tables.weekdays)
        for group in tables.months:
            names.update(group)
    return tuple(sorted(n for n in names if n.lower() not in MONTHS and n.lower() not in WEEKDAYS))


def _table_month_names() -> tuple[str, ...]:
    """Month names of the built-in languages' tables that the shared list lacks (Hindi)."""
    # imported here, not at the top: the language modules import this one
    from newsparse.lang import BUILTIN_LANGUAGES, get_language

    names = {n for code in BUILTIN_LANGUAGES for group in get_language(code).months for n in group}
    return tuple(sorted(n for n in names if n.lower() not in MONTHS))


def _dt_token() -> str:
    # One "date-ish" token: a month, weekday, number, am/pm, zone, or the small words
    # timestamps use. Used (atomically) to check that what follows "Updated:" is a date and
    # nothing else.
    return (
        # the common tokens first: the group is atomic, and "10h20" is still read (as "1",
        # then "0h20"), as is every table name (no other token ends inside one)
        rf"(?>(?:{MONTH_ALT}|{WEEKDAY_ALT})(?:day)?\.?(?![\p{{L}}])"
        r"|\d{1,4}(?:st|nd|rd|th)?(?![\p{L}])"
        r"|\d{1,2}(?=[ap]\.?m)"
        r"|[ap]\.?m\b\.?"
        rf"|{_SPACED_MERIDIEM}"
        rf"|\(?(?:{TZ_ALT})\)?(?![\p{{L}}])"
        r"|(?:at|on|of|the|um|uhr|le|de|del|às|a|an|ago|hours?|hrs?|minutes?|mins?|seconds?|secs?"
        r"|days?|weeks?|months?|years?|yesterday|today|just|now|local|time|noon|midnight"
        r"|gestern|heute|hier|aujourd'hui|ayer|hoy|ontem|hoje"
        rf"|{'|'.join(_FOREIGN_TIME_WORDS)})(?![\p{{L}}\p{{M}}])"
        rf"|{_H_TIME}"
        r"|\L<table_dates>(?![\p{L}\p{M}])"
        r")"
    )


_DT_SEP = r"[\s\u00a0,.:/|;()\-–—@·•'+]"  # "+": an offset after a zone (``GMT+5:30``)
DATEISH = LazyPattern(
    lambda: rf"(?i)(?>{_DT_SEP}*+)(?>{_dt_token()}{_DT_SEP}{{0,6}}+){{1,20}}+",
    # a named list is one set look-up where an alternation of ~100 names is tried in turn
    table_dates=_table_date_names,
)
"""A run of date and time words: ``Nov 21, 2025, 10:20 IST``, ``3 hours ago``, ``3 मार्च 2024``."""

HAS_DATE_SIGNAL = LazyPattern(
    r"(?i)\d|\b(?:yesterday|today|just\s+now|gestern|heute|hier|ayer|hoy|ontem|hoje)\b"
)
"""A date-ish run must hold a digit or a relative day word."""

HAS_CALENDAR_DATE = LazyPattern(
    lambda: (
        rf"(?i)(?:\b(?:{MONTH_ALT})\.?\s{{0,3}}\d"
        rf"|\d(?:st|nd|rd|th)?\.?\s{{0,3}}(?:de\s)?(?:{MONTH_ALT})\b"
        r"|\d\s{0,3}\L<table_months>(?![\p{L}\p{M}])"
        r"|\b\d{1,2}[/.]\d{1,2}[/.](?:19|20)?\d\d\b|\b(?:19|20)\d\d-\d\d-\d\d)"
    ),
    table_months=_table_month_names,
)
"""A written calendar date (month name with a day, or a numeric date)."""

READ_TIME = LazyPattern(
    r"(?i)(?:\d{1,3}[\s\u00a0]{0,2}(?:-[\s\u00a0]{0,2})?(?:min(?:ute)?s?|m)\.?[\s\u00a0]{0,2}(?:read|lesen|lecture|leitura|lectura)"
    r"|(?:reading\s+time|read\s+time|lesezeit|temps\s+de\s+lecture|tempo\s+de\s+leitura|tiempo\s+de\s+lectura)"
    r"\s{0,2}:?\s{0,2}(?:about\s)?\d{1,3}\s{0,2}(?:min(?:ute)?s?|minutos?|minuten?|m)\b\.?)"
)
"""``3 min read``, ``4 Min Read``, ``Reading time: 5 minutes``, ``Tempo de leitura: 1 minuto``."""

_RELATIVE_EN = (
    r"(?i)\b(?:\d{1,3}|an?|one|few)\s{0,2}(?:seconds?|secs?|minutes?|mins?|hours?|hrs?|days?|weeks?|months?|[mhd])"
    r"\s{0,2}ago\b|\b(?:just\s+now|yesterday|today)\b"
)
RELATIVE_WITHOUT_DIGIT = LazyPattern(_RELATIVE_EN)
"""The relative stamps a line without a digit can hold (``an hour ago``, ``yesterday``): the
cheaper look for the lines :data:`HAS_DATE_SIGNAL` (a digit) has already ruled out."""

RELATIVE = LazyPattern(
    r"(?i)\b(?:\d{1,3}|an?|one|few)\s{0,2}(?:seconds?|secs?|minutes?|mins?|hours?|hrs?|days?|weeks?|months?|[mhd])"
    r"\s{0,2}ago\b|\b(?:just\s+now|yesterday|today)\b"
    # the other built-in languages: "il y a 2 heures", "hace 2 horas", "vor 2 Stunden",
    # "há 2 horas", "2 ore fa", "2 घंटे पहले"
    r"|\b(?:il\sy\sa|hace|vor|há)\s{1,2}\d{1,3}\s{1,2}(?:minutes?|heures?|jours?|minutos?|horas?|días?|dias?"
    r"|minuten?|stunden?|tagen?)\b"
    r"|\b\d{1,3}\s{1,2}(?:minuti|minuto|ore|ora|giorni|giorno)\s{1,2}fa\b"
    r"|\d{1,3}\s{1,2}(?:मिनट|घंटे|घंटा|दिन)\s{1,2}पहले"
)
"""``3 hours ago``, ``an hour ago``, ``yesterday``."""


NAME_TOKEN = (
    # never a stop word (named list ``not_name``), never a month followed by a day ("Feb 8"),
    # never "X's"
    r"(?!(?i:\L<not_name>)(?![\p{L}\p{M}'’\-]))"
    r"(?!(?i:\L<months>)\.?[\s\u00a0]{0,2}\d)"
    r"(?:"
    # initials: "T.", "T. V.", "J.R."
    r"\p{Lu}\.(?:[\s\u00a0]?\p{Lu}\.){0,3}"
    # a capitalised word, also hyphenated or with an apostrophe: "O'Neil", "Chavez-Dreyfuss"
    r"|(?:Mc|Mac|O['’]|D['’]|d['’]|al-|el-|Al-|El-)?\p{Lu}[\p{Ll}\p{Lu}\p{M}]{0,24}"
    r"(?:[\-'’]\p{Lu}?[\p{Ll}\p{Lu}\p{M}]{1,24}){0,2}\.?"
    # name particles
    r"|(?:de|da|del|della|di|van|von|der|den|la|le|al|el|bin|ibn|dos|das|du|ter|ten|zu|St\.)"
    r"(?=[\s\u00a0]\p{Lu})"
    # a word of a script without case (Devanagari: "राजेश"): the line's shape must say it is a
    # name (a prefix, a role, a date), as a bare line of such words is never taken for one
    r"|\p{Lo}[\p{Lo}\p{M}]{0,30}"
    r")"
    # "Jones's" is a possessive, not a name; "Nolan22" ends the name at the digit
    r"(?!['’]s\b)(?![\p{Ll}\p{M}])"
)
"""One token of a person's name; compile with the named lists ``not_name`` and ``months``."""
