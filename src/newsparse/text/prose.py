"""Prose or furniture? Cheap per-segment cues, and where a story ends.

Scraped articles end (and are sometimes interrupted) by text that is not the story: calls to
action, related headlines, teasers of other stories, label lines. None of it is recognisable by
one pattern, but it differs from story prose in ways a few counts show:

* story sentences end with sentence punctuation; headlines, labels and widget strings do not, and
  teasers are cut off (``… more``, ``...``);
* furniture addresses the reader (``you``, ``your``, ``our``, ``us``) and opens with an imperative
  (``Sign up``, ``Join``, ``Tell us``), about a promo noun (``newsletter``, ``inbox``, ``app``);
* a story does not run three short label-like lines in a row.

:func:`classify` sorts one segment (a line, or a sentence of a joined line) into
:data:`PROSE`, :data:`PROMO`, :data:`TEASER`, :data:`TITLE` or :data:`LABEL`;
:func:`tail_start` finds, in a list of classified segments, where the story's junk tail starts.
The vocabularies are data (frozensets), so a caller can pass its own.

>>> classify("Tell us what you think. Email us at desk@example.com")
'promo'
>>> classify("The council approved the budget on Monday after a long debate.")
'prose'
>>> classify("Other Opinion Columns")
'label'
"""

from __future__ import annotations

import functools
import re
from collections.abc import Sequence
from typing import NamedTuple

from newsparse.text.lazy import deferred_re

__all__ = [
    "CTA_VERBS",
    "ENGLISH",
    "FOOTER",
    "LABEL",
    "LABEL_WORDS",
    "PROMO",
    "PROMO_NOUNS",
    "PROSE",
    "READER_WORDS",
    "SECOND_PERSON",
    "TEASER",
    "TITLE",
    "ProseWords",
    "addresses_reader",
    "classify",
    "is_truncated",
    "names_promo",
    "reader_pattern",
    "standalone_promo",
    "tail_start",
    "words_for",
]

PROSE, PROMO, TEASER, TITLE, LABEL = "prose", "promo", "teaser", "title", "label"
"""The classes :func:`classify` returns."""
FOOTER = "footer"
"""The class a caller gives :func:`tail_start` for a segment it already knows to be furniture."""

READER_WORDS = frozenset(
    (
        "you", "your", "yours", "you're", "you’re", "you'll", "you’ll", "you'd", "you’d", "you've",
        "you’ve", "we", "us", "our", "we're", "we’re", "we'd", "we’d", "we'll", "we’ll", "we've",
        "we’ve",
    )
)  # fmt: skip
"""Words of a text that addresses its reader (promos, house rules, contact pleas)."""

SECOND_PERSON = frozenset(w for w in READER_WORDS if w.startswith(("you", "your")))
"""The second-person subset of :data:`READER_WORDS`: opinion prose says ``we`` and ``our`` too,
but rarely ``you`` outside a quotation."""

CTA_VERBS = frozenset(
    (
        "sign", "subscribe", "join", "get", "download", "follow", "click", "tap", "watch", "listen",
        "register", "email", "e-mail", "contact", "submit", "share", "support", "donate", "chip",
        "send", "tell", "catch", "stream", "never", "don't", "don’t", "want", "like", "find",
        "stay", "escape", "continue", "write", "visit", "check", "keep", "enjoy", "read",
    )
)  # fmt: skip
"""Imperatives that open a call to action (``Sign up``, ``Tell us``, ``Chip in``)."""

PROMO_NOUNS = frozenset(
    (
        "newsletter", "newsletters", "inbox", "subscribe", "subscription", "subscribed",
        "subscribers", "subscriber", "app", "apps", "email", "e-mail", "whatsapp", "telegram",
        "podcast", "journalism", "membership", "donate", "donation", "donations", "register",
        "comments", "comment", "feedback", "notifications", "alerts", "digest", "roundup",
        "edition", "letter", "letters", "tip", "tips", "account", "community", "channel",
        "free", "trial", "offer", "reporting", "stream", "episode", "episodes", "podcasts",
        "premium", "unlimited", "ad-free", "website",
    )
)  # fmt: skip
"""Nouns a promo is about."""

LABEL_WORDS = frozenset(
    (
        "more", "other", "related", "latest", "popular", "trending", "recommended", "read", "also",
        "columns", "stories", "headlines", "pictures", "photos", "videos", "video", "opinion",
        "rules", "news", "top", "most", "picks", "you", "may", "like", "don't", "don’t", "miss",
        "watch", "see", "view", "editor's", "editors’", "featured", "about", "author", "writer",
        "authors", "writers",
    )
)  # fmt: skip
"""Words of section labels (``Other Opinion Columns``, ``Latest Headlines``, ``HOUSE RULES``)."""


class ProseWords(NamedTuple):
    """The vocabularies :func:`classify` and :func:`addresses_reader` read, for one language."""

    reader_words: frozenset[str]
    """Words of a text that addresses its reader (:data:`READER_WORDS`)."""
    second_person: frozenset[str]
    """The second-person subset (:data:`SECOND_PERSON`)."""
    cta_verbs: frozenset[str]
    """Imperatives that open a call to action (:data:`CTA_VERBS`)."""
    promo_nouns: frozenset[str]
    """Nouns a promo is about (:data:`PROMO_NOUNS`)."""
    label_words: frozenset[str]
    """Words of section labels (:data:`LABEL_WORDS`)."""


ENGLISH = ProseWords(READER_WORDS, SECOND_PERSON, CTA_VERBS, PROMO_NOUNS, LABEL_WORDS)
"""The English vocabularies (the defaults of :func:`classify`)."""


def _words(text: str) -> frozenset[str]:
    return frozenset(text.split())


# Each language's words, written lower case (classify lowers the text), with the English ones
# added (pages in every language carry English widget words: ``Newsletter``, ``App``). German
# ``sie``/``ihr`` and Italian ``lei`` are left out: lower-cased, they are "she", "her", "they".
_OWN: dict[str, tuple[str, str, str, str, str]] = {
    "fr": (
        "vous votre vos nous notre nos",
        "vous votre vos",
        "abonnez-vous inscrivez-vous téléchargez suivez rejoignez retrouvez recevez revivez "
        "découvrez cliquez partagez soutenez lisez écoutez regardez profitez abonnez inscrivez",
        "newsletter newsletters application appli abonnement abonné abonnés inscription alertes "
        "notifications podcast chaîne whatsapp telegram e-mail mail commentaires journalisme don "
        "dons offre gratuitement direct questions",
        "plus lus lire aussi voir sur le même sujet articles vidéos à la une",
    ),
    "es": (
        "tu tus te usted ustedes nuestro nuestra nuestros nuestras nosotros",
        "tu tus te usted ustedes",
        "suscríbete suscribite síguenos seguinos únete descarga descargá recibe lee mira haz "
        "escucha comparte apoya regístrate activa dona",
        "boletín newsletter aplicación app canal whatsapp telegram suscripción suscriptores correo "
        "notificaciones alertas comentarios periodismo",
        "más leídas leído noticias relacionadas otras también últimas",
    ),
    "de": (
        "unser unsere unseren unserem unserer uns wir",
        "ihnen",
        "abonnieren folgen laden melden registrieren jetzt lesen hören teilen unterstützen testen sichern",
        "newsletter app abo abonnement kanal whatsapp telegram podcast e-mail kommentare "
        "benachrichtigungen journalismus",
        "mehr zum thema auch lesen meistgelesen weitere artikel",
    ),
    "pt": (
        "você vocês seu sua seus suas nosso nossa nossos nossas nós",
        "você vocês",
        "assine siga inscreva-se baixe receba acesse clique participe entre apoie leia assista "
        "ouça cadastre-se compartilhe",
        "newsletter aplicativo app canal whatsapp telegram assinatura assinante assinantes e-mail "
        "notificações comentários jornalismo grupo pix",
        "mais lidas leia também veja notícias relacionadas",
    ),
    "it": (
        "tu tuo tua tuoi voi vostro noi nostro nostra nostri nostre ci",
        "tu tuo tua tuoi voi vostro",
        "iscriviti abbonati seguici scarica ricevi leggi guarda ascolta condividi sostieni "
        "registrati clicca unisciti",
        "newsletter app canale whatsapp telegram abbonamento e-mail notifiche commenti giornalismo",
        "più letti visti leggi anche articoli correlati",
    ),
    "cs": (
        "vy vás vám vámi váš vaše vašeho vaší vaši my nás nám námi náš naše našeho naší naši",
        "vy vás vám vámi váš vaše vašeho vaší vaši",
        "přihlaste odebírejte sledujte stáhněte klikněte sdílejte podpořte přečtěte čtěte "
        "registrujte napište pošlete předplaťte objednejte poslechněte podívejte",
        "newsletter aplikace aplikaci předplatné předplatitelé předplatitele odběr kanál whatsapp "
        "telegram e-mail komentáře diskuse diskuze upozornění notifikace žurnalistiku novinařinu",
        "nejčtenější čtěte také též související další zprávy články přečtěte nepřehlédněte",
    ),
    "hi": (
        "आप आपके आपको आपकी हमें हमारे हमारी",
        "आप आपके आपको आपकी",
        "फॉलो डाउनलोड सब्सक्राइब जुड़ें पढ़ें देखें क्लिक",
        "ऐप चैनल व्हाट्सऐप टेलीग्राम न्यूज़लेटर यूट्यूब",
        "संबंधित खबरें ताज़ा ताजा",
    ),
}
_BY_CODE: dict[str, ProseWords] = {
    code: ProseWords(*(base | _words(own) for base, own in zip(ENGLISH, fields, strict=True)))
    for code, fields in _OWN.items()
}


def words_for(code: str) -> ProseWords:
    """The vocabularies for a language code (English for a language without its own).

    >>> "vous" in words_for("fr").reader_words, words_for("en") is ENGLISH
    (True, True)
    """
    return _BY_CODE.get(code, ENGLISH)


# Reported speech (``Thank you for your patience, the airline told passengers``) is story.
_SPEECH = frozenset(("said", "says", "told", "tells", "added", "according", "wrote", "explained", "insisted"))
# Devanagari vowel signs and the virama are marks, not ``\w``: they continue a word.
_WORD = re.compile(r"[^\W\d_][\w\u0900-\u0963'’-]*")
# ``\S@\S|https?://|www\.|\.com\b|\.org\b|\.net\b``, written to start with one of four
# characters so that the scan skips every other position (3x faster).
_URL_OR_MAIL = deferred_re(r"[@hw.](?:(?<=\S@)(?=\S)|(?<=h)ttps?://|(?<=w)ww\.|(?<=\.)(?:com|org|net)\b)")
# An opening quotation mark before a capital: English marks, and « » „ of the other languages
# (French and Spanish « Nous comptons sur votre soutien », German „Wir brauchen Ihre …“, Swiss
# »…«), whose quoted speech addresses its listeners as a promo addresses its reader (#11). The
# narrow or plain no-break space French sets inside guillemets is white space too.
_QUOTE_OPEN = re.compile(r"[“\"‘«„»][\s\u202f]?[A-ZÀ-ÖØ-Þ]")
# A line of dialogue opens with a dash (``—Suscríbete a nuestro canal —bromeó el youtuber``).
_DIALOGUE = ("—", "―")
_SENTENCE_END = ".!?"
_CLOSERS = "\"”’')]"
_TRUNCATION = ("...", "…", "... more", "…more", "... more", "… more", "▸", "»")


def is_truncated(text: str) -> bool:
    """Whether ``text`` is a teaser cut off (``… more``, ``Shares rose as ...``).

    >>> is_truncated("Shares rose on Monday as investors awaited ..."), is_truncated("Rates rose.")
    (True, False)
    """
    t = text.rstrip()
    if t.endswith("»") and "«" in t:
        return False  # « … »: a quotation closing, not a "more »" arrow
    return t.endswith(_TRUNCATION) or t.lower().endswith(("... more", "...more", "… more", "…more"))


def addresses_reader(text: str, reader_words: frozenset[str] = SECOND_PERSON) -> bool:
    """Whether ``text`` speaks to its reader (``you``, ``your``) and quotes nobody.

    >>> addresses_reader("You'll receive daily updates."), addresses_reader('"You lied," she said.')
    (True, False)
    """
    if reader_words is SECOND_PERSON and _READER_HINT.search(text, 0, 600) is None:
        return False
    if _QUOTE_OPEN.search(text) is not None or text.lstrip()[:1] in "\"“‘'«„—―":
        return False
    return _reader_count(_WORD.findall(text[:600]), reader_words) > 0


def _reader_count(words: list[str], reader_words: frozenset[str]) -> int:
    # ``US`` in capitals is the country, not the pronoun.
    return sum(w != "US" and w.lower() in reader_words for w in words)


_US = deferred_re(r"\bUS\b")
# A cheap pre-check before counting words: every built-in reader word starts so.
# ``(?i)\b(?:you|we|us\b|our)`` spelt out case by case (``ſ`` is a case-blind ``s``) and led
# by a class of first letters, so that the scan skips every other position (2.5x faster).
_READER_HINT = re.compile(
    r"[yYwWuUoO](?:(?<=\b[yY])[oO][uU]|(?<=\b[wW])[eE]|(?<=\b[uU])[sSſ]\b|(?<=\b[oO])[uU][rR])"
)


@functools.lru_cache(maxsize=32)
def reader_pattern(reader_words: frozenset[str]) -> re.Pattern[str]:
    """A pattern finding, in lower-cased text, any of ``reader_words`` where :func:`classify`
    could read it as a word (a cheap pre-check: it may also find ``vous`` in ``abonnez-vous``,
    never miss a word).

    >>> bool(reader_pattern(frozenset({"vous", "votre"})).search("abonnez-vous ici"))
    True
    """
    words = sorted((w for w in reader_words if w), key=len, reverse=True)
    if not words:
        return re.compile("(?!)")
    # Led by a class of first letters, so most positions fail on one character test.
    firsts = "".join(sorted({re.escape(w[0]) for w in words}))
    # A word starts after no letter and ends before no word character (``_WORD``'s own bounds).
    return re.compile(
        f"(?=[{firsts}])(?<![^\\W\\d_\\u0900-\\u0963])(?:"
        + "|".join(map(re.escape, words))
        + ")(?![\\w\\u0900-\\u0963'’-])"
    )


def _ends_sentence(text: str) -> bool:
    # closing marks of every language, and the (narrow) no-break space French sets before »
    t = text.rstrip().rstrip(_CLOSERS + "»«“\u00a0\u202f ")
    return t[-1:] in _SENTENCE_END or t.endswith("।")


def classify(
    text: str,
    *,
    reader_words: frozenset[str] = READER_WORDS,
    cta_verbs: frozenset[str] = CTA_VERBS,
    promo_nouns: frozenset[str] = PROMO_NOUNS,
    label_words: frozenset[str] = LABEL_WORDS,
) -> str:
    """The class of one segment: ``"prose"``, ``"promo"``, ``"teaser"``, ``"title"`` or ``"label"``.

    * ``promo``: addresses the reader and either opens with a call-to-action verb or names a
      promo noun (or an address to write to), with no quotation or speech verb in it;
    * ``teaser``: cut off (:func:`is_truncated`);
    * ``label``: at most five words, no sentence punctuation, a label word among them, or a
      bullet/dash residue;
    * ``title``: no sentence-final punctuation (a headline, a widget string);
    * ``prose``: everything else.
    """
    t = text.strip()
    if not t or not t.strip("-–—•*·|▸ "):
        return LABEL
    head = t[:600]
    if _WORD.search(head) is None:
        return TITLE  # a counter (``3/5``) or a number: furniture, but it opens nothing
    words: list[str] | None = None
    # Words are counted only where they can decide: a reader word may make a promo; a line with
    # no sentence end may be a label. Most story lines need neither.
    # A promo quotes nobody and is short: those two cheap tests go before the word count.
    if (
        len(t) <= 600
        and (
            _READER_HINT.search(head) is not None
            if reader_words is READER_WORDS
            else reader_pattern(reader_words).search(head.lower()) is not None
        )
        and _QUOTE_OPEN.search(t) is None
        and not t.startswith(_DIALOGUE)
    ):
        words = _WORD.findall(head.lower())
        reader = sum(map(reader_words.__contains__, words))  # (a map: no Python frame per word)
        if reader and "us" in reader_words and "US" in head:
            reader -= len(_US.findall(head))  # ``US`` in capitals is the country
        if reader > 0 and _SPEECH.isdisjoint(words):
            opens = words[0] in cta_verbs or (len(words) > 1 and words[0] in {"to", "please"})
            nouns = sum(map(promo_nouns.__contains__, words)) + (_URL_OR_MAIL.search(t) is not None)
            if (opens and (nouns or reader >= 2)) or nouns >= 2 or (nouns and reader >= 2):
                return PROMO
    if is_truncated(t):
        return TEASER
    if _ends_sentence(t):
        return PROSE
    if len(t) <= 60:
        words = words if words is not None else _WORD.findall(head.lower())
        if len(words) <= 5 and not label_words.isdisjoint(words):
            return LABEL
    return TITLE


def names_promo(text: str, words: ProseWords = ENGLISH) -> bool:
    """Whether ``text`` names what a promo sells: a promo noun or an address.

    >>> names_promo("Get the weekly roundup in your inbox"), names_promo("Keep your eyes on the prize")
    (True, False)
    """
    head = text[:600]
    if _URL_OR_MAIL.search(head) is not None:
        return True
    return not words.promo_nouns.isdisjoint(_WORD.findall(head.lower()))


_BULLET = "-–—•*·▸► \t"
# The link word a call to action ends on (``… here.``, ``… at this link``).
_LINK_END = deferred_re(r"\b(?:here|(?:at|on|via)\s+this\s+link)\W{0,3}$", re.IGNORECASE)
_STANDALONE_MAX = 200  # a call to action standing alone is one short line
_STANDALONE_WORDS = 25


def standalone_promo(text: str, words: ProseWords = ENGLISH) -> bool:
    """Whether ``text`` is a call to action that needs no promo next to it to be furniture.

    It opens with an imperative (``Chip in``, ``Send us``, ``Catch``), is short, quotes nobody,
    and names what it sells (a promo noun or an address, besides its opening word) while
    speaking to the reader (``your``, ``our``) or standing as a slogan with no sentence end.
    A story's own imperatives (``Check your tyres before a long drive.``) name no promo noun.

    >>> standalone_promo("Send us your news tips")
    True
    >>> standalone_promo("Check your tyres before a long drive.")
    False
    """
    t = text.strip().lstrip(_BULLET)
    if not t or len(t) > _STANDALONE_MAX or t[0] in "\"“‘'«„—―" or _QUOTE_OPEN.search(t) is not None:
        return False
    ws = _WORD.findall(t.lower())
    if not ws or len(ws) > _STANDALONE_WORDS or ws[0] not in words.cta_verbs or not _SPEECH.isdisjoint(ws):
        return False
    # The opener is not its own object (``Email records show …``, ``Register offices open …``).
    nouns = sum(map(words.promo_nouns.__contains__, ws[1:])) + (_URL_OR_MAIL.search(t) is not None)
    if not nouns:
        # A call to action ending in its link (``Listen back here.``, ``Get started with …
        # here.``): the word the link stood on closes the line; a story sentence of advice ends
        # on what it advises.
        return _LINK_END.search(t) is not None
    reader = sum(map(words.reader_words.__contains__, ws))
    if reader and "us" in words.reader_words and "US" in t:
        reader -= len(_US.findall(t))  # ``US`` in capitals is the country
    return reader > 0 or not _ends_sentence(t)


def tail_start(classes: Sequence[str], anchors: Sequence[bool], *, min_share: float = 0.5) -> int | None:
    """Where the junk tail starts in a story's segments, or ``None`` when it has none.

    ``classes`` are :func:`classify` results of the segments in text order; ``anchors`` says
    which segments may open a tail (a recognised footer line, a label, a dateline-only line …).
    The tail is the suffix from the earliest anchor such that at least
    ``min_share`` of its segments (and three at least) are not prose and no three prose segments
    follow one another, and two of them at least are not :data:`FOOTER` (known furniture)
    (a story goes on in consecutive paragraphs; a teaser list alternates titles and ledes).

    >>> story = ["prose"] * 6
    >>> tail_start(story + ["label", "title", "prose", "title", "prose"], [False] * 6 + [True] + [False] * 4)
    6
    >>> tail_start(story + ["label", "prose", "prose", "prose"], [False] * 6 + [True] + [False] * 3)
    """
    n = len(classes)
    best: int | None = None
    furniture = 0
    new = 0  # furniture the caller did not know of: without two such, a tail adds nothing
    run = 0  # prose segments in a row, counted from the end
    broken = False
    for i in range(n - 1, -1, -1):
        if classes[i] == PROSE:
            run += 1
            if run >= 3:
                broken = True
        else:
            run = 0
            furniture += 1
            new += classes[i] != FOOTER
        if broken:
            break
        if anchors[i] and furniture >= 3 and new >= 2 and furniture >= min_share * (n - i):
            best = i
    return best
