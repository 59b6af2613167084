"""English: the vocabulary the rules have always used, read from the rule modules' data.

Nothing is copied: each field is the rule module's own tuple, so the English tables and the
rules' defaults are the same objects and English output cannot drift. (Some of those tuples
already hold a few labels of other languages, such as ``Lire aussi``; they stay, so English
and undetermined text parse exactly as before languages existed.) Only what no rule module
held yet is written here: detection words, pronoun genders, complementisers, months.
"""

from __future__ import annotations

from newsparse.lang.tables import LanguageTables
from newsparse.rules.also_read import patterns as also_read
from newsparse.rules.boilerplate import patterns as boilerplate
from newsparse.rules.furniture import byline_contacts as contacts
from newsparse.rules.furniture import patterns as furniture
from newsparse.rules.headlines import patterns as headlines
from newsparse.rules.quotes import cues

__all__ = ["TABLES"]

_GENDERS = {"he": "m", "she": "f", "they": "pl", "we": "pl"}

_FUNCTION_WORDS = (
    "the", "a", "and", "of", "to", "in", "is", "was", "that", "for", "on", "with", "as", "it",
    "by", "at", "from", "his", "her", "he", "she", "they", "have", "has", "had", "were",
    "are", "be", "been", "this", "which", "would", "will", "not", "but", "or", "their",
    "an", "said", "who", "its", "after", "also", "about", "more", "than", "into",
)  # fmt: skip

_DATELINE_PATTERNS = (
    # "LONDON, Nov 21 (Reuters) -", "WASHINGTON (AP) —", "New Delhi:"
    r"(?P<place>\p{Lu}[\p{L}.'’-]{1,30}+(?:[ \u00a0]\p{Lu}[\p{L}.'’-]{1,30}+){0,3}+)"
    r"(?:,[ \u00a0][^()\n]{1,40}?)?[ \u00a0]\((?P<agency>[^()\n]{1,40}+)\)[ \u00a0]*+[-—–:]",
)  # fmt: skip

_MONTHS = (
    ("january", "jan"), ("february", "feb"), ("march", "mar"), ("april", "apr"),
    ("may",), ("june", "jun"), ("july", "jul"), ("august", "aug"),
    ("september", "sep", "sept"), ("october", "oct"), ("november", "nov"),
    ("december", "dec"),
)  # fmt: skip

_READ_TIME_PATTERNS = (
    r"\d{1,3}[\s\u00a0]{0,2}-?[\s\u00a0]{0,2}min(?:ute)?s?\.?[\s\u00a0]{1,2}read",
)  # fmt: skip

TABLES = LanguageTables(
    "en",
    "English",
    scripts=("Latin",),
    function_words=_FUNCTION_WORDS,
    speech_verbs=cues.SPEECH_VERBS,
    lenient_verbs=cues.LENIENT_VERBS,
    inversion_cues=("said", "says", "added", "wrote", "asked"),
    participle_cues=cues.PARTICIPLE_CUES,
    complementisers=("that",),
    according_to=cues.ACCORDING_CUES,
    titles=cues.TITLES,
    role_nouns=cues.ROLE_NOUNS,
    group_nouns=cues.GROUP_NOUNS,
    pronouns=tuple((p, _GENDERS.get(p, "x")) for p in cues.PRONOUNS),
    quote_marks=(("“", "”"), ('"', '"'), ("‘", "’"), ("'", "'")),
    also_read_labels=also_read.LABELS,
    weak_also_read_labels=also_read.WEAK_LABELS,
    section_headers=also_read.SECTION_HEADERS,
    footer_patterns=boilerplate.PATTERNS,
    kickers=headlines.KICKERS,
    byline_prefixes=furniture.BYLINE_PREFIXES,
    contact_cues=contacts.CONTACT_CUES,
    contact_authors=contacts.CONTACT_AUTHORS,
    contact_after_name=contacts.CONTACT_AFTER_NAME,
    byline_stopwords=furniture.NOT_NAME_WORDS,
    byline_roles=furniture.ROLES,
    agencies=furniture.AGENCIES,
    credit_labels=furniture.CREDIT_LABELS,
    # an interview's credit line: "Jana Roth im Gespräch mit Omar Said" (#11)
    interview_links=("in conversation with", "in conversation with:", "interviewed by"),
    dateline_patterns=_DATELINE_PATTERNS,
    dateline_stopwords=furniture.DATELINE_STOPWORDS,
    months=_MONTHS,
    weekdays=furniture.WEEKDAYS,
    timestamp_labels=furniture.TIMESTAMP_LABELS,
    read_time_patterns=_READ_TIME_PATTERNS,
    caption_labels=furniture.CAPTION_LABELS,
)
"""The English tables."""
