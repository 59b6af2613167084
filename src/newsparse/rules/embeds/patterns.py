"""Vocabulary and regexes for non-Twitter embeds (Instagram, TikTok, Bluesky, Threads, ...).

Every pattern here is matched against ONE line of the input (never across a line break),
starts with a literal anchor, and bounds every repeat, so that a rule using them stays
linear in the length of its input. Phrase tables are plain tuples: the rule compiles them
(once per distinct tuple) into alternations, so users extend them by passing new tuples.

The shapes come from ``shared/reference/embeds.md`` (§3, §4, §6): what trafilatura,
newspaper4k, readability and html2text leave of each platform's official embed markup.
"""

from __future__ import annotations

import functools
from collections.abc import Iterable

import regex

from newsparse.text.dates import MONTHS
from newsparse.text.lazy import deferred_re, deferred_regex

__all__ = [
    "BLUESKY_PLACEHOLDERS",
    "DATE",
    "FACEBOOK_LABELS",
    "INSTAGRAM_LABELS",
    "INSTAGRAM_MARKERS",
    "PLATFORM_URLS",
    "VIDEO_PLACEHOLDERS",
    "WRAPPER_LINES",
    "WRAPPER_PATTERNS",
    "phrases",
]

# ---------------------------------------------------------------------------
# Building blocks (strings, combined below)
# ---------------------------------------------------------------------------

# Horizontal white space only (NBSP included): patterns never cross a line break. This is
# exactly ``[^\S\n\r\x0b\x0c\x1c\x1d\x1e\x85\u2028\u2029]`` (checked over every code point, with and
# without IGNORECASE), spelled with two set items because ``regex`` compiles it much faster.
HS = r"[\t\p{Zs}]"
# One character of a line (``[^\n\r\x0b\x0c\x1c\x1d\x1e\x85\u2028\u2029]``, with ranges).
LC = r"[^\n-\r\x1c-\x1e\x85\u2028\u2029]"

_MONTH = "|".join(sorted((regex.escape(m) for m in MONTHS), key=len, reverse=True))
# Weekdays as Facebook's fallback text writes them (en, es, fr, de, pt, it, tr).
WEEKDAYS: tuple[str, ...] = (
    "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday",
    "lunes", "martes", "miércoles", "miercoles", "jueves", "viernes", "sábado", "sabado", "domingo",
    "lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche",
    "montag", "dienstag", "mittwoch", "donnerstag", "freitag", "samstag", "sonntag",
    "segunda-feira", "terça-feira", "terca-feira", "quarta-feira", "quinta-feira", "sexta-feira",
    "lunedì", "lunedi", "martedì", "martedi", "mercoledì", "mercoledi", "giovedì", "giovedi",
    "venerdì", "venerdi", "sabato", "domenica",
    "pazartesi", "salı", "çarşamba", "perşembe", "cuma", "cumartesi", "pazar",
)  # fmt: skip
WEEKDAY = "(?i:" + "|".join(sorted((regex.escape(w) for w in WEEKDAYS), key=len, reverse=True)) + ")"
_DAY = r"[0-3]?\d"
_YEAR = r"(?:19|20)\d\d"
# A clock time after a date: "at 4:12 PM", "at 11:05am PST", "a las 7:36 PDT", "19:49".
_TIME = (
    rf"(?:,?{HS}{{1,3}}(?i:at|à|a{HS}las|às|um|alle(?:{HS}ore)?|om){HS}{{1,3}}|,?{HS}{{1,3}})"
    rf"[0-2]?\d[:.h][0-5]\d(?:{HS}?(?i:[ap]\.?m\.?))?(?:{HS}{{1,2}}[A-Z]{{2,5}}\b)?"
)
# "November 21, 2025", "Nov 21 2025".
_MDY = rf"\b(?&date_month)\.?{HS}{{1,3}}{_DAY}(?i:st|nd|rd|th)?,?{HS}{{1,3}}{_YEAR}(?!\d)"
# "21 November 2025", "21. November 2025", "21 de noviembre de 2025", "1 Jun, 2019".
_DMY = (
    rf"\b{_DAY}(?:\.|º|°|(?i:er))?{HS}{{0,3}}(?i:de{HS}{{1,3}})?(?&date_month)\b\.?,?{HS}{{1,3}}"
    rf"(?i:(?:de|del){HS}{{1,3}})?{_YEAR}(?!\d)"
)
# "2025-11-21", "2026-04-01T03:14:06.000Z".
_ISO = (
    rf"\b{_YEAR}-[01]\d-[0-3]\d(?:[T ][0-2]\d:[0-5]\d(?::[0-5]\d(?:\.\d{{1,9}})?)?"
    r"(?:Z|[+-][0-2]\d:?[0-5]\d)?)?"
)
# "2024年12月15日 19:49".
_CJK = rf"{_YEAR}年[01]?\d月[0-3]?\d日(?:{HS}{{0,2}}[0-2]?\d:[0-5]\d)?"
# Unix epoch, milliseconds or seconds.
_EPOCH = r"\b1\d{9}(?:\d{3})?(?!\d)"

# _MDY and _DMY call the month by name (see _DATE_CALLING); here it is copied inline.
DATE = (
    rf"(?:{WEEKDAY},?{HS}{{1,3}})?(?:{_MDY}|{_DMY})(?:{_TIME})?(?:{HS}{{1,2}}{WEEKDAY}\b)?"
    rf"|{_ISO}|{_CJK}|{_EPOCH}"
).replace("(?&date_month)", f"(?i:{_MONTH})")
"""A post date as embeds write it (with an optional weekday before or after and a time)."""

# The same date with the month and weekday names defined once and called by name, for a
# pattern led by a literal (so the calls run only where the literal is): each copy of these
# alternations costs ~2 ms to compile, but a call matches slower than an inline copy.
_DATE_CALLING = (
    rf"(?(DEFINE)(?P<date_month>(?i:{_MONTH}))(?P<date_weekday>{WEEKDAY}))"
    rf"(?:(?&date_weekday),?{HS}{{1,3}})?(?:{_MDY}|{_DMY})(?:{_TIME})?(?:{HS}{{1,2}}(?&date_weekday)\b)?"
    rf"|{_ISO}|{_CJK}|{_EPOCH}"
)

# Patterns that no rule field holds are compiled on first use (``P.NAME`` goes through the
# module ``__getattr__`` below), so that importing newsparse stays cheap.
_SOURCES: dict[str, str] = {}

# The CJK form, for reading the parts (``parse_date`` does not know it).
_SOURCES["CJK_DATE"] = (
    r"(?P<year>(?:19|20)\d\d)年(?P<month>[01]?\d)月(?P<day>[0-3]?\d)日"
    rf"(?:{HS}{{0,2}}(?P<hour>[0-2]?\d):(?P<minute>[0-5]\d))?"
)
# A date somewhere in a short string (used to check an attribution's tail).
_SOURCES["DATE_SEARCH"] = DATE
# A weekday alone (``Posted by … on Wednesday``).
_SOURCES["WEEKDAY_ONLY"] = rf"{HS}*{WEEKDAY}{HS}*"
_SOURCES["WEEKDAY_SEARCH"] = rf"\b{WEEKDAY}\b"

# Handles.
# In the rf-strings below, doubled braces (``{{1,30}}``, ``{{0,2}}``) are the f-string escape for a
# bounded repeat (``{1,30}``): every repeat in these patterns has an upper bound.
# Instagram / Threads / TikTok: letters, digits, "_" and "."; a space may split it when mangled.
IG_HANDLE = r"[\w.][\w.]{0,29}"
# Bluesky: a domain (``city.bsky.social`` or a custom domain such as ``news.example.com``).
DOMAIN_HANDLE = r"[A-Za-z0-9](?:[A-Za-z0-9-]{0,62})(?:\.[A-Za-z0-9-]{1,63}){1,6}"
# Mastodon: ``user@instance.tld``.
MASTODON_HANDLE = rf"[A-Za-z0-9_]{{1,30}}@{DOMAIN_HANDLE}"

# A markdown link target, as html2text writes it: ``](https://…)``.
MD_URL = r"\((?P<{name}>https?://[^\s()<>]{{1,400}})\)"


def phrases(values: Iterable[str]) -> str:
    """Return a regex alternation of literal ``values`` (longest first), spaces matching any run.

    >>> bool(regex.fullmatch(phrases(["View on", "Post by"]), "View\u00a0 on"))
    True
    """
    parts = []
    for value in sorted(set(values), key=len, reverse=True):
        words = [regex.escape(w) for w in value.split()]
        parts.append(f"{HS}{{1,3}}".join(words))
    return "(?:" + "|".join(parts) + ")" if parts else "(?!)"


# ---------------------------------------------------------------------------
# Vocabulary (tuples a user may extend)
# ---------------------------------------------------------------------------

INSTAGRAM_MARKERS: tuple[str, ...] = (
    "View this post on Instagram",
    "View this profile on Instagram",
    "Diesen Beitrag auf Instagram ansehen",
    "Voir cette publication sur Instagram",
    "Ver esta publicación en Instagram",
    "Ver esta publicacion en Instagram",
    "Ver essa publicação no Instagram",
    "Ver esta publicação no Instagram",
    "Ver este post no Instagram",
    "Visualizza questo post su Instagram",
    "Bekijk dit bericht op Instagram",
)
"""Instagram's placeholder line (the link text of the v14 embed), in the languages seen."""

INSTAGRAM_LABELS: tuple[str, ...] = (
    "A post shared by",
    "A video shared by",
    "A photo shared by",
    "Ein Beitrag geteilt von",
    "Une publication partagée par",
    "Une publication partagee par",
    "Una publicación compartida de",
    "Una publicación compartida por",
    "Una publicacion compartida de",
    "Una publicacion compartida por",
    "Uma publicação compartilhada por",
    "Uma publicação partilhada por",
    "Um post compartilhado por",
    "Un post condiviso da",
    "Un post condiviso di",
    "Een bericht gedeeld door",
)
"""The attribution label before ``Name (@handle)``."""

FACEBOOK_LABELS: tuple[str, ...] = (
    "Posted by",
    "Publicado por",
    "Publicada por",
    "Gepostet von",
    "Publiée par",
    "Publié par",
    "Publiee par",
    "Pubblicato da",
    "Geplaatst door",
)
"""The attribution label of Facebook's fallback blockquote (``Posted by X on DATE``)."""

BLUESKY_PLACEHOLDERS: tuple[str, ...] = (
    "[image or embed]",
    "[contains quote post or other embedded content]",
)
"""Placeholders Bluesky leaves in a post's text."""

VIDEO_PLACEHOLDERS: tuple[str, ...] = ("VIDEO",)
"""Lines that stand for a video iframe (readability writes ``VIDEO``)."""

# ---------------------------------------------------------------------------
# Compiled patterns
# ---------------------------------------------------------------------------

_PREFIX = rf"^(?:{HS}|>|\\)*"


@functools.lru_cache(maxsize=32)
def instagram_marker(markers: tuple[str, ...]) -> regex.Pattern[str]:
    """Compile the marker line: ``View this post on Instagram`` (optionally a markdown link)."""
    return regex.compile(
        rf"(?i){_PREFIX}\[?{HS}{{0,2}}(?P<marker>{phrases(markers)}){HS}{{0,2}}"
        rf"(?:\]{MD_URL.format(name='url')}|\])?"
    )


@functools.lru_cache(maxsize=32)
def instagram_attribution(labels: tuple[str, ...]) -> regex.Pattern[str]:
    """Compile the attribution ``A post shared by Name (@handle) on DATE`` (it ends its line).

    The name may be a markdown link, and the whole attribution too (html2text writes
    ``[A post shared by Name (@handle)](permalink)``); the handle may be missing (then a date is required) and
    may be split by a space (``(@jose. ga)``); the date may be missing after a dangling ``on``.
    """
    return regex.compile(
        rf"(?P<label>{phrases(labels)}){HS}{{1,3}}"
        rf"(?:\[{HS}{{0,2}}(?P<mdname>[^\]\n\r]{{1,80}}?){HS}{{0,2}}\]{MD_URL.format(name='nurl')}{HS}{{0,3}}"
        rf"|(?P<name>[^\[\]\n\r@]{{1,80}}?){HS}{{0,3}})?"
        rf"(?:\({HS}{{0,2}}@(?P<handle>[\w.](?:[\w.]|{HS}(?=[\w.])){{0,40}}){HS}{{0,2}}\)"
        rf"|@(?P<handle2>{IG_HANDLE}))?"
        rf"(?:{HS}{{1,3}}(?P<prep>(?i:on|am|le|el|em|in{HS}data:?|il|op))"
        rf"(?:{HS}{{1,3}}(?P<date>{LC}{{1,80}}?))?)?"
        rf"{HS}*[:.]?{HS}*(?:\]{MD_URL.format(name='aurl')})?{HS}*$"
    )


@functools.lru_cache(maxsize=32)
def instagram_attribution_inline(labels: tuple[str, ...]) -> regex.Pattern[str]:
    """Compile ``A post shared by Name (@handle)`` (and ``on DATE``) inside a line: one-line scrapes
    glue the article's next sentence to it, so the handle in parentheses is required."""
    return regex.compile(
        rf"(?P<label>{phrases(labels)}){HS}{{1,3}}(?P<name>[^\[\]()\n\r@]{{1,80}}?){HS}{{0,3}}"
        rf"\({HS}{{0,2}}@(?P<handle>{IG_HANDLE}){HS}{{0,2}}\)"
        rf"(?:{HS}{{1,3}}(?i:on|am|le|el|em|il|op){HS}{{1,3}}(?P<date>{DATE}))?"
    )


@functools.lru_cache(maxsize=32)
def instagram_marker_inline(markers: tuple[str, ...]) -> regex.Pattern[str]:
    """Compile the marker ``View this post on Instagram`` anywhere in a line."""
    return regex.compile(rf"(?i)(?P<marker>{phrases(markers)})")


# What follows a post URL in a line: closing marks, then a lower-case word or a digit when the
# sentence goes on (the URL is a link in prose, not an embed).
_SOURCES["AFTER_URL"] = r"[)\]\"'”’,;]{0,3}+[ \t\xa0]{0,3}+(?P<word>[\p{Ll}\d])?"
# A preposition after an attribution's handle with no date after it: prose ("… on Instagram").
_SOURCES["PREP_AFTER"] = rf"{HS}{{1,3}}(?i:on|am|le|el|em|il|op|in){HS}{{1,3}}\S"
# A whole date (with the punctuation an attribution may end with), to tell a dated attribution
# from one that runs on into the article's next sentence.
_SOURCES["WHOLE_DATE"] = rf"{HS}*(?:{DATE}){HS}*[:.]?{HS}*"

# Vietnamese puts the name inside the label: "Bài viết do Name (@handle) chia sẻ".
_SOURCES["INSTAGRAM_ATTRIBUTION_VI"] = (
    rf"(?P<label>Bài{HS}viết{HS}do){HS}{{1,3}}(?P<name>[^()\n\r@]{{1,80}}?){HS}{{0,3}}"
    rf"\({HS}{{0,2}}@(?P<handle>{IG_HANDLE}){HS}{{0,2}}\){HS}{{1,3}}chia{HS}sẻ{HS}*$"
)

# TikTok: "@handle caption #tags ♬ original sound - Name" (one line; html2text adds links).
_SOURCES["TIKTOK"] = (
    rf"{_PREFIX}\[?@(?P<handle>{IG_HANDLE})\]?(?:{MD_URL.format(name='hurl')})?"
    rf"(?P<body>{LC}{{0,2500}}?)\[?♬{HS}{{0,3}}(?P<sound>[^\]\n\r]{{0,300}}?)"
    rf"(?:\]{MD_URL.format(name='surl')})?{HS}*$"
)
# The sound credit alone on a line (the caption was lost or is on the line above).
_SOURCES["TIKTOK_SOUND"] = (
    rf"\[?♬{HS}{{0,3}}(?P<sound>[^\]\n\r♬]{{1,300}}?)(?:\]{MD_URL.format(name='surl')})?{HS}*$"
)
# "@handle" opening a TikTok caption (on the line above a wrapped caption's sound credit).
_SOURCES["TIKTOK_HANDLE"] = rf"{_PREFIX}\[?@(?P<handle>{IG_HANDLE})\]?(?:{MD_URL.format(name='hurl')})?"
# "original sound - City Chef" → the poster's display name.
_SOURCES["ORIGINAL_SOUND"] = (
    rf"(?i)^(?:original{HS}sound|son{HS}original|sonido{HS}original|som{HS}original|"
    rf"suono{HS}originale|Originalton){HS}{{0,3}}[-–—]{HS}{{0,3}}(?P<name>{LC}{{1,100}})$"
)

# "(@city.bsky.social) November 21, 2025 at 4:12 PM" — the part of a Bluesky / Mastodon
# signature after the name; html2text writes "([@handle](url)) [DATE](url)".
_SOURCES["SOCIAL_SIGNATURE"] = (
    rf"\({HS}{{0,2}}\[?{HS}{{0,2}}@(?P<handle>{MASTODON_HANDLE}|{DOMAIN_HANDLE}){HS}{{0,2}}"
    rf"(?:\]{MD_URL.format(name='purl')})?{HS}{{0,2}}\)"
    rf"{HS}{{0,3}}(?:\[{HS}{{0,2}})?(?P<date>{_DATE_CALLING})(?:{HS}{{0,2}}\]{MD_URL.format(name='url')})?"
)
# What every SOCIAL_SIGNATURE handle holds (a second "@" or a dot after the name): lines without
# it ("(@name)" of an X signature) skip that pattern, whose first use compiles for ~9 ms (#8).
SOCIAL_HANDLE_SHAPE = deferred_re(r"@[A-Za-z0-9_-]{1,63}[@.]")
# The dash before the name, searched backwards: "—", "–", "--", "\-", mis-decoded "â€”",
# "&mdash;", or a "-"/"?" standing alone.
_SOURCES["SIGNATURE_DASH"] = rf"(?r)(?:—|–|―|&mdash;|â€”|\\-|--|(?<![^\s>])[-?~])(?={HS}|\S)"

# Threads / Mastodon: "Post by @handle" and "View on Threads", glued or apart.
_SOURCES["VIEW_ON"] = (
    rf"{_PREFIX}(?:(?i:Post){HS}by{HS}{{0,3}}\[?@(?P<handle>[\w.@-]{{1,100}}?)(?:\]{MD_URL.format(name='hurl')})?"
    rf"{HS}*)?\[?(?P<view>View{HS}on{HS}(?P<platform>Threads|Mastodon))"
    rf"(?:\]{MD_URL.format(name='url')}|\])?{HS}*$"
)
_SOURCES["POST_BY"] = (
    rf"(?i){_PREFIX}Post{HS}by{HS}{{0,3}}\[?@(?P<handle>(?:{MASTODON_HANDLE}|{IG_HANDLE}))"
    rf"(?:\]{MD_URL.format(name='hurl')})?{HS}*$"
)

# Reddit: "by u/user in r/sub", trafilatura glues it: "byu/subway_rider innyc" (ends its line).
_SOURCES["REDDIT"] = (
    rf"(?P<by>(?i:by)){HS}{{0,3}}\[?{HS}{{0,2}}u/(?P<user>[A-Za-z0-9_-]{{3,20}})"
    rf"(?:\]{MD_URL.format(name='uurl')})?{HS}{{0,3}}(?i:in){HS}{{0,3}}\[?{HS}{{0,2}}(?:r/)?"
    rf"(?P<sub>[A-Za-z0-9_]{{2,21}})(?:\]{MD_URL.format(name='surl')}|\])?{HS}*$"
)


@functools.lru_cache(maxsize=32)
def facebook_attribution(labels: tuple[str, ...]) -> regex.Pattern[str]:
    """Compile ``Posted by Name on Friday, November 21, 2025`` (it ends its line)."""
    return regex.compile(
        rf"(?P<label>{phrases(labels)}){HS}{{1,3}}"
        rf"(?:\[{HS}{{0,2}}(?P<mdname>[^\]\n\r]{{1,80}}?){HS}{{0,2}}\]{MD_URL.format(name='nurl')}"
        rf"|(?P<name>{LC}{{1,80}}?)){HS}{{1,3}}"
        # Facebook's own prepositions ("le" and "il" open a news site's stamp instead:
        # "Publié par Jeanne Dupont le lundi 3 mars", "Pubblicato da X il 3 marzo")
        rf"(?P<prep>(?i:on|en|em|am|sur|su|op)){HS}{{1,3}}(?:\[{HS}{{0,2}})?"
        rf"(?P<date>{LC}{{1,80}}?)(?:{HS}{{0,2}}\]{MD_URL.format(name='url')})?{HS}*\.?$"
    )


# Turkish: "Cem Yılmaz paylaştı: 9 Ocak 2017 Pazartesi" (the whole line).
_SOURCES["FACEBOOK_TR"] = (
    rf"{_PREFIX}(?P<name>[^:\n\r]{{1,80}}?){HS}{{1,3}}paylaştı:{HS}{{0,3}}(?P<date>{LC}{{1,80}}?){HS}*$"
)
_TR_MONTHS = r"(?i:ocak|şubat|mart|nisan|mayıs|haziran|temmuz|ağustos|eylül|ekim|kasım|aralık)"
_SOURCES["TR_DATE"] = rf"\b(?P<day>[0-3]?\d){HS}{{1,3}}(?P<month>{_TR_MONTHS}){HS}{{1,3}}(?P<year>{_YEAR})"
TR_MONTH_NUMBERS: dict[str, int] = {
    name: number
    for number, name in enumerate(
        ("ocak", "şubat", "mart", "nisan", "mayıs", "haziran", "temmuz", "ağustos", "eylül", "ekim",
         "kasım", "aralık"),
        start=1,
    )
}  # fmt: skip

# A post URL alone on its line: an oEmbed the CMS left unexpanded (WordPress, Ghost, ...).
_URL_TAIL = r"[^\s<>()\[\]]{0,300}"
_URL_BODIES: tuple[tuple[str, str], ...] = (
    (
        "youtube",
        r"(?:www\.|m\.|music\.)?(?:youtube\.com/(?:watch\?(?:[^\s<>]{0,200}?&)?v=|shorts/|embed/|live/)"
        r"|youtube-nocookie\.com/embed/|youtu\.be/)[A-Za-z0-9_-]{6,20}",
    ),
    (
        "instagram",
        r"(?:www\.)?instagram\.com/(?:(?P<handle>[\w.]{1,30})/)?(?:p|reel|reels|tv)/[A-Za-z0-9_-]{5,40}",
    ),
    (
        "tiktok",
        r"(?:(?:www\.|m\.)?tiktok\.com/(?:@(?P<handle>[\w.]{1,30})/video/\d{6,25}|embed(?:/v2)?/\d{6,25})"
        r"|vm\.tiktok\.com/[A-Za-z0-9]{5,15})",
    ),
    ("bluesky", r"bsky\.app/profile/(?P<handle>[A-Za-z0-9.:-]{1,100})/post/[a-z0-9]{5,20}"),
    ("threads", r"(?:www\.)?threads\.(?:net|com)/@(?P<handle>[\w.]{1,30})/post/[A-Za-z0-9_-]{5,20}"),
    (
        "facebook",
        # A page's post, video or photo (the page name is the handle), a group's post, a
        # watch / reel / share link, the PHP permalinks (`permalink.php?story_fbid=`,
        # `story.php?…`, `photo.php?fbid=`) and the embed plugin's URL.
        r"(?:www\.|m\.|web\.|mbasic\.|business\.)?facebook\.com/"
        r"(?:(?P<handle>[\w.-]{1,80})/(?:posts|videos|photos)/|groups/[\w.-]{1,80}/(?:posts|permalink)/"
        r"|watch/(?:live/)?\??(?:v=)?|reel/|share/[prv]/|(?:permalink|story)\.php\?story_fbid="
        r"|photo(?:\.php)?/?\?fbid=|plugins/(?:post|video)\.php\?href=)"
        r"[\w.%-]{3,60}",
    ),
    # Facebook's short video link (its own entry: the line gate for the one above is "facebook.com").
    ("facebook", r"fb\.watch/[\w-]{5,20}"),
    (
        "reddit",
        r"(?:www\.|old\.)?reddit\.com/r/(?P<community>[A-Za-z0-9_]{2,21})/comments/[a-z0-9]{3,10}",
    ),
    ("vimeo", r"(?:www\.|player\.)?vimeo\.com/(?:video/)?\d{5,12}"),
)
PLATFORM_URLS: tuple[tuple[str, regex.Pattern[str]], ...] = tuple(
    (platform, deferred_regex(rf"(?i){_PREFIX}<?(?P<url>(?:https?://)?{body}{_URL_TAIL})>?{HS}*$"))
    for platform, body in _URL_BODIES
)
"""``(platform, pattern)`` for a bare post URL on its own line."""


def _renamed(body: str, platform: str) -> str:
    # One pattern holds every platform: each gets its own handle group name.
    return body.replace("(?P<handle>", f"(?P<h_{platform}>").replace("(?P<community>", "(?P<c>")


# The same post URLs inside a line (a list item, a one-line scrape): one scan of the document,
# one named group per platform. A URL glued to a word or path ("notinstagram.com/…") is not one.
_SOURCES["INLINE_POST_URL"] = (
    r"(?i)(?<![\w/.@-])(?P<url>(?:https?://)?(?:"
    + "|".join(f"(?P<p_{platform}>{_renamed(body, platform)})" for platform, body in _URL_BODIES)
    + r")[^\s<>()\[\]\"“”‘’]{0,300}+)"
)
# Literals one of which every inline post URL holds (lower-cased): a document with none is skipped.
INLINE_URL_HINTS: tuple[str, ...] = (
    "youtu", "instagram.com/", "tiktok.com/", "bsky.app/", "threads.", "facebook.com/", "reddit.com/",
    "vimeo.com/", "fb.watch/",
)  # fmt: skip

# Platforms whose bare URL alone on a line is as often a plain link as a player: on annotated
# real pages a YouTube link a reader pasted in a comment ("… bitte sehr:" then the URL) is no
# embed. Such a URL counts only with evidence of a player: an embed form of the URL (an
# iframe's src), a caption under it, a word about a video on the line above or below, or
# another embed right above or below it.
VIDEO_LINK_PLATFORMS: tuple[str, ...] = ("youtube", "vimeo")
# Words about a video, per language, as lead-ins and captions around a player use them
# ("Watch the moment …:", "The clip spread quickly.", "Regardez la vidéo :", "देखें वीडियो").
VIDEO_WORDS: dict[str, tuple[str, ...]] = {
    "en": ("watch", "watched", "watching", "video", "videos", "clip", "clips", "footage", "stream",
           "streamed", "streaming", "livestream", "trailer", "highlights", "channel"),
    "fr": ("vidéo", "vidéos", "regardez", "regarder", "extrait", "clip", "chaîne"),
    "es": ("vídeo", "vídeos", "video", "mira", "mire", "clip", "canal"),
    "de": ("video", "videos", "clip", "mitschnitt", "ansehen", "anschauen", "livestream", "trailer", "kanal"),
    "pt": ("vídeo", "vídeos", "assista", "assistir", "clipe", "canal"),
    "it": ("video", "guarda", "filmato", "clip", "canale"),
    "hi": ("वीडियो", "देखें", "देखिए", "चैनल"),
    # A caption naming the platform ("The mayor's address (Source: YouTube)").
    "*": ("youtube", "vimeo"),
}  # fmt: skip
_SOURCES["VIDEO_CONTEXT"] = (
    r"(?i)(?<![\w\p{M}])(?:"
    + "|".join(
        sorted({regex.escape(w) for words in VIDEO_WORDS.values() for w in words}, key=len, reverse=True)
    )
    + r")(?![\w\p{M}])"
)
# The embed forms of a video URL: a player by itself.
_SOURCES["PLAYER_URL"] = r"(?i)/embed/|player\.vimeo\.com/|youtube-nocookie\.com/"
# A credit label just before a URL inside a line ("Source: youtube.com/…", "Video credit: …",
# "Quelle: …", "via …"): the URL credits a source and stands for no embed.
_SOURCES["CREDIT_BEFORE_URL"] = (
    r"(?i)(?<!\w)(?:source|sources|credit|credits|courtesy|via|quelle|fuente|fonte|crédit|crédito"
    r"|credito|crediti|bildquelle|foto|photo|image|imagen|immagine|bild|स्रोत)"
    r"(?![\w\p{M}])[^\n.!?]{0,24}+$"
)
# A caption under a bare video URL: "Watch: …", "VIDEO | …".
_SOURCES["VIDEO_CAPTION"] = rf"(?i)^{HS}*(?:watch|video|vídeo|ver|regardez){HS}{{0,2}}[:|–—-]{HS}{{0,3}}\S"

# ---------------------------------------------------------------------------
# Consent texts and skip-links around embeds (BBC, Guardian, ...): boilerplate
# ---------------------------------------------------------------------------

_PLATFORMS = (
    r"(?:Google{HS}YouTube|YouTube|Twitter|X|Instagram|Facebook|TikTok|Bluesky|Threads|Reddit|Spotify"
    r"|SoundCloud|Vimeo|Mastodon|Flourish|Datawrapper|Apple{HS}Podcasts|Google|Pinterest|LinkedIn"
    r"|Snapchat|Twitch|a{HS}third{HS}party|Infogram|Scribd)"
).replace("{HS}", HS)

WRAPPER_PATTERNS: tuple[regex.Pattern[str], ...] = tuple(
    deferred_regex("(?i)" + p)
    for p in (
        # "Skip Twitter post by @user", "Skip twitter post 2 by Name", "Skip YouTube post, 1".
        rf"\bSkip{HS}{{1,3}}{_PLATFORMS}{HS}{{1,3}}(?:post|video|content)(?:,?{HS}{{1,3}}\d{{1,3}})?"
        rf"(?P<by>{HS}{{1,3}}by{HS})?",
        # "End of Twitter post by @user", preceded by the widget's "Report" link.
        rf"(?:\bReport{HS}{{1,3}})?\bEnd{HS}of{HS}{{1,3}}{_PLATFORMS}{HS}{{1,3}}(?:post|video|content)"
        rf"(?:,?{HS}{{1,3}}\d{{1,3}})?(?P<by>{HS}{{1,3}}by{HS})?",
        # French services: "Ignorer Twitter publication", "Fin de Twitter publication".
        rf"\b(?:Ignorer|Fin{HS}de){HS}{{1,3}}{_PLATFORMS}{HS}{{1,3}}publication(?:,?{HS}{{1,3}}\d{{1,3}})?"
        rf"(?P<by>{HS}{{1,3}}(?:par|de){HS})?",
        rf"\bAllow{HS}{{1,3}}(?:{_PLATFORMS}{HS}{{1,3}}content|content{HS}provided{HS}by{HS}a{HS}third{HS}party)"
        rf"{HS}?\?",
        rf"\bAutoriser{HS}le{HS}contenu{HS}de{HS}{{1,3}}{LC}{{1,30}}?{HS}?\?",
        rf"\bThis{HS}(?:article|page){HS}(?:contains|includes){HS}(?:{LC}{{1,40}}?{HS})?content{HS}"
        rf"(?:provided{HS}by|hosted{HS}on){HS}{LC}{{1,40}}?{HS}?\.",
        rf"\bWe{HS}ask{HS}for{HS}your{HS}permission{HS}before{HS}anything{HS}is{HS}loaded,{HS}as{HS}"
        rf"{LC}{{1,60}}?{HS}(?:may|might){HS}(?:be{HS}using|use){HS}cookies{HS}and{HS}other{HS}technologies\.",
        rf"\bYou{HS}may{HS}want{HS}to{HS}read{HS}{LC}{{1,200}}?{HS}before{HS}accepting\.",
        rf"\bTo{HS}view{HS}this{HS}content,?{HS}(?:choose|click|select){HS}{{1,3}}[‘'\"“]?"
        rf"(?:accept|allow){HS}and{HS}continue[’'\"”]?{HS}?(?:to{HS}allow{HS}{LC}{{1,60}}?)?\.?",
        rf"\bThe{HS}BBC{HS}is{HS}not{HS}responsible{HS}for{HS}the{HS}content{HS}of{HS}external"
        rf"{HS}(?:sites|internet{HS}sites)\.?(?:{HS}Read{HS}about{HS}our{HS}approach{HS}to{HS}external"
        rf"{HS}linking\.?)?",
        rf"\bLa{HS}BBC{HS}n['’]est{HS}pas{HS}responsable{HS}du{HS}contenu{HS}des{HS}sites{HS}externes\.?",
        rf"\bThis{HS}{_PLATFORMS}{HS}(?:post|video|content|tweet){HS}cannot{HS}be{HS}displayed{HS}in"
        rf"{HS}your{HS}browser\.(?:{HS}{{1,3}}Please{HS}enable{HS}Javascript{HS}or{HS}try{HS}a"
        rf"{HS}different{HS}browser\.)?",
        rf"\bView{HS}(?:original{HS})?(?:content|tweet|post|video){HS}on{HS}{_PLATFORMS}\b",
        rf"\bWarning:?{HS}Third{HS}party{HS}content{HS}may{HS}contain{HS}adverts\.?",
    )
)
"""Consent texts, skip links and notices around embeds, found anywhere in a line."""

WRAPPER_LINES: tuple[regex.Pattern[str], ...] = tuple(
    deferred_regex(rf"(?i){_PREFIX}{p}{HS}*$")
    for p in (
        rf"(?:Accept|Allow){HS}and{HS}continue",
        rf"Content{HS}is{HS}not{HS}available",
        rf"Ce{HS}contenu{HS}n['’]est{HS}pas{HS}disponible",
        rf"Voir{HS}plus{HS}sur{HS}{_PLATFORMS}",
    )
)
"""Wrapper texts too generic to match inside prose: they must fill their line."""

_SOURCES["REPORT_LINE"] = rf"{_PREFIX}Report{HS}*$"

# ---------------------------------------------------------------------------
# Marks inside a line (one-line scrapes): see :mod:`newsparse.rules.embeds.inline`
# ---------------------------------------------------------------------------

# A word (any run of non-blanks), for walking a display name word by word.
_SOURCES["WORD_RUN"] = r"[^\s]{1,80}+"
# "♬ original sound - " (or "♬ Song - "): the note, the sound's title and the " - " before the
# poster's or artist's name (the match ends there).
_SOURCES["SOUND_CREDIT"] = rf"♬{HS}{{0,3}}+(?P<sound>[^♬\n\r]{{1,120}}?){HS}[-–—]{HS}"
_SOURCES["ORIGINAL_SOUND_LABEL"] = (
    rf"(?i)(?:original{HS}sound|son{HS}original|sonido{HS}original|som{HS}original|"
    rf"suono{HS}originale|Originalton)"
)
# "@handle" opening a TikTok caption: at the line's start or after a sentence end or a colon.
_SOURCES["CAPTION_HANDLE"] = (
    rf"(?:(?<=^(?:{HS}|>){{0,8}})|(?<=[.!?…:\"”’)]{HS}{{1,3}}))(?P<at>@)(?P<handle>{IG_HANDLE})(?![\w@])"
)
# " - YouTube" closing a video's title, as the page's <title> reads.
_SOURCES["YOUTUBE_TITLE_END"] = (
    rf"{HS}{{1,3}}[-–—|]{HS}{{1,3}}YouTube(?![\w'’-])(?!{HS}(?:Music|Shorts|TV|Kids|Premium|Studio)\b)"
)
# What may follow an embed's mark inside a line: the line's end or a new sentence.
_SOURCES["NEW_SENTENCE_AFTER"] = rf"{HS}*+(?:$|[\p{{Lu}}\p{{N}}\"“(\[@#]|https?://)"
# A sentence end (or a colon) followed by blanks: a title starts after the last one.
_SOURCES["SENTENCE_BREAK"] = rf"[.!?…][\"'”’)\]]{{0,3}}+{HS}++|[:：]{HS}++"
# "Post by @handle View on Threads" (or "View on Threads" alone) inside a line, as written.
_SOURCES["VIEW_ON_INLINE"] = (
    rf"(?:\b(?i:Post){HS}by{HS}{{0,3}}@(?P<handle>[\w.@-]{{1,100}}+){HS}{{0,3}})?"
    rf"\bView{HS}on{HS}(?P<platform>Threads|Mastodon)\b"
)
# A profile page's or a post's title, as link previews and scrapes leave them: "Lena Roe
# (@lenaroe) • Instagram photos and videos", "Lena Roe on Instagram: "Thank you Dublin!""; the
# name is capitalised words only ("the singer wrote on Instagram:" is prose).
_NAME_WORDS = r"[\p{Lu}\p{N}][\w.'’&-]{0,30}+(?:[ \t\xa0]{1,2}+(?:[\p{Lu}\p{N}&][\w.'’&-]{0,30}+))"
_TITLE_START = rf"(?<=^(?:{HS}|>){{0,8}}|[.!?…:\"”’)]{HS}{{1,3}})"
_SOURCES["IG_PROFILE_TITLE"] = (
    rf"{_TITLE_START}(?P<name>{_NAME_WORDS}{{0,5}}+){HS}{{0,2}}\({HS}{{0,2}}@(?P<handle>{IG_HANDLE}){HS}{{0,2}}\)"
    rf"{HS}{{1,3}}[•·|-]{HS}{{1,3}}Instagram(?:{HS}photos{HS}and{HS}videos)?\b"
)
_SOURCES["IG_POST_TITLE"] = (
    rf"{_TITLE_START}(?P<name>{_NAME_WORDS}{{0,5}}+){HS}on{HS}Instagram:{HS}{{1,3}}[\"“](?P<caption>[^\"“”\n\r]{{1,2200}}+)[\"”]"
)
_OPENERS_TEXT = """The A An This That These Those It Its He She They We I You His Her Their Our My Your
    In On At After Before But And So Yet When While As Meanwhile However Also Then There Here Some Many Most
    One Two Police Officials Fans Residents People Critics Users Viewers"""
SENTENCE_OPENERS: frozenset[str] = frozenset(_OPENERS_TEXT.split())
"""Words that open an article's next sentence: a display name glued before one stops there."""

# Helpers of the embeds rule (compiled on first use, like the patterns above).
# A sentence end glued to the next block's capital letter (no space): the last one, searched backwards.
_SOURCES["GLUED_BLOCK"] = r"(?r)(?<=\p{Ll}[.!?…][\"'”’)]?)(?=\p{Lu})"
_SOURCES["LAST_SENTENCE_END"] = r"(?r)[.!?…][\"'”’)\]]*\s+(?=\S)"
# html2text's empty links (``[ ](https://www.instagram.com/p/…)``) around an Instagram caption.
_SOURCES["LEADING_MD_LINK"] = r"\[\s{0,3}\]\([^\s()]{1,400}\)[ \t>]*(?:\r\n|[\n\r]|$)"
_SOURCES["TRAILING_MD_LINK"] = r"(?:^|(?<=[\r\n]))[ \t>]*\[\s{0,3}\]\([^\s()]{1,400}\)$"
_SOURCES["BLANK_MD_LINK"] = r"^[\s>]*\[\s*\]\([^\s()]{1,400}\)\s*$"
# The end of a social caption (a hashtag or an emoji, no full stop): a line that ends so, right above a
# bare Instagram attribution, is the post's caption (an article sentence ends with a full stop).
_SOURCES["SOCIAL_CAPTION_END"] = r"(?:\#\w{1,100}+|[\p{So}\p{Sk}])[\uFE0F\u200D \t\xa0]{0,4}+$"
# A lead that ends a sentence (then it is prose, not a signature's name).
_SOURCES["ENDS_SENTENCE"] = r"[.!?:]\s*$"
# The "End of … post" line under a "Report" link.
_SOURCES["END_OF"] = r"(?i)\s*End\s+of\s"
_SOURCES["AT_HANDLE"] = r"@\w{1,30}"


def __getattr__(name: str) -> regex.Pattern[str]:
    """Compile a lazily built pattern (``CJK_DATE``, ``SOCIAL_SIGNATURE``, ...) on first access."""
    source = _SOURCES.get(name)
    if source is None:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    pattern = regex.compile(source)
    globals()[name] = pattern  # later look-ups find the attribute and skip this function
    return pattern


# Exhaustive checks behind the cheaper spellings above (they run with the doctests).
__test__ = {
    "horizontal_space": r"""
    >>> every = "".join(map(chr, range(0x110000)))
    >>> old = r"[^\S\n\r\x0b\x0c\x1c\x1d\x1e\x85\u2028\u2029]"
    >>> all(regex.sub(f + HS, "", every) == regex.sub(f + old, "", every) for f in ("", "(?i)"))
    True
    >>> old = r"[^\n\r\x0b\x0c\x1c\x1d\x1e\x85\u2028\u2029]"
    >>> all(regex.sub(f + LC, "", every) == regex.sub(f + old, "", every) for f in ("", "(?i)"))
    True
    """,
}
