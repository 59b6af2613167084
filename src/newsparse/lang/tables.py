"""The vocabulary of one language, as one frozen value: :class:`LanguageTables`.

Every field is data: a tuple of strings (lower case where the rules match case-blind, as
written where case carries meaning: titles, agencies, byline prefixes, labels) or a tuple of
pairs. A language module (``newsparse/lang/fr.py``…) builds one ``LanguageTables`` and the
registry (:func:`newsparse.lang.register_language`) makes it known to detection and to
``parse(text, language=...)``. A user extends a language with :func:`attrs.evolve`, never by
mutating ours::

    attrs.evolve(get_language("fr"), speech_verbs=get_language("fr").speech_verbs + ("a glissé",))
"""

from __future__ import annotations

from collections.abc import Iterable

import attrs
import regex

__all__ = ["GENDERS", "LanguageTables"]

GENDERS = frozenset({"m", "f", "pl", "x"})
"""Pronoun genders: masculine, feminine, plural, and ``x`` (unknown, neuter or first/second person)."""

_CODE = regex.compile(r"[a-z]{2,3}(?:-[A-Za-z0-9]{2,8}){0,2}+")


def _strs(values: Iterable[str]) -> tuple[str, ...]:
    out = tuple(values)
    if isinstance(values, str) or not all(isinstance(v, str) for v in out):
        raise TypeError("a vocabulary field takes an iterable of str (e.g. a tuple), not a bare str")
    return out


def _lower(values: Iterable[str]) -> tuple[str, ...]:
    # Case-blind fields are stored lower-cased so a rule can test `word in tables.field`
    # against the lower-cased text (Document.lower) without lowering per call.
    return tuple(v.lower() for v in _strs(values))


def _pairs(values: Iterable[tuple[str, str]]) -> tuple[tuple[str, str], ...]:
    out = tuple((str(a), str(b)) for a, b in values)
    return out


def _months(values: Iterable[Iterable[str]]) -> tuple[tuple[str, ...], ...]:
    out = tuple(_lower(v) for v in values)
    if out and len(out) != 12:
        raise ValueError(f"months takes 12 groups of names (January first), not {len(out)}")
    return out


def _pronouns(values: Iterable[tuple[str, str]]) -> tuple[tuple[str, str], ...]:
    out = tuple((word.lower(), gender) for word, gender in _pairs(values))
    bad = sorted({g for _, g in out} - GENDERS)
    if bad:
        raise ValueError(f"pronoun genders are {sorted(GENDERS)}, not {bad}")
    return out


def _words(values: Iterable[str]) -> frozenset[str]:
    return frozenset(_lower(values))


def _code(_: object, __: attrs.Attribute[str], value: str) -> None:
    if not isinstance(value, str) or not _CODE.fullmatch(value) or value in {"auto", "und"}:
        raise ValueError(
            f"a language code is a lower-case ISO 639 code such as 'fr' or 'pt-br' "
            f"('auto' and 'und' are reserved), not {value!r}"
        )


@attrs.frozen(slots=True)
class LanguageTables:
    """The words and patterns the rules read for one language.

    >>> t = LanguageTables("nl", "Dutch", function_words=("de", "het", "een"))
    >>> t.code, sorted(t.function_words), t.speech_verbs
    ('nl', ['de', 'een', 'het'], ())
    """

    code: str = attrs.field(validator=_code)
    """The language code (ISO 639-1 where there is one): ``"fr"``, ``"pt"``, ``"hi"``."""
    name: str
    """The language's English name, for messages and docs."""

    # --- detection -------------------------------------------------------------------------
    scripts: tuple[str, ...] = attrs.field(default=("Latin",), converter=_strs)
    """Unicode script names (as ``regex`` spells them: ``Latin``, ``Devanagari``) the language
    is written in; detection only considers a language when its script dominates the text."""
    function_words: frozenset[str] = attrs.field(default=frozenset(), converter=_words)
    """Frequent short words (articles, prepositions, pronouns, auxiliaries) that detection counts.
    Words shared with other languages are fine: only the differences decide."""

    # --- quotes and reported speech ----------------------------------------------------------
    speech_verbs: tuple[str, ...] = attrs.field(default=(), converter=_lower)
    """Finite speech verbs in the forms news uses, compound tenses with their auxiliary
    (``a déclaré``, ``hat gesagt``, ``ha detto``); they report a clause, usually after a
    complementiser, or close a direct quote."""
    lenient_verbs: tuple[str, ...] = attrs.field(default=(), converter=_lower)
    """Speech verbs that may report a clause without a complementiser (``said``, ``sagte``)."""
    inversion_cues: tuple[str, ...] = attrs.field(default=(), converter=_lower)
    """Cues written after a quote with the subject inverted (``a-t-il affirmé``, ``dijo el``,
    ``sagte sie``); the speaker follows the cue."""
    participle_cues: tuple[str, ...] = attrs.field(default=(), converter=_lower)
    """Gerund cues whose speaker is the sentence subject (``ajoutant``, ``añadiendo``)."""
    speech_coordinators: tuple[str, ...] = attrs.field(default=(), converter=_lower)
    """Words that join a second speech verb of the same speaker to a reported clause (``y``,
    ``aunque``, ``und``, ``mais``): ``X dijo que A, aunque agregó que B`` reports A and B
    apart."""
    linking_adverbs: tuple[str, ...] = attrs.field(default=(), converter=_lower)
    """Adverbs that may stand between such a coordinator and the second verb (``y luego
    cuestionó``, ``e poi ha aggiunto``, ``und dann betonte``)."""
    opening_adverbs: tuple[str, ...] = attrs.field(default=(), converter=_lower)
    """Adverbs that open a sentence with a capital and are never part of a name (``Ahora``,
    ``Hoy``, ``Jetzt``, ``Désormais``): ``Ahora Bustos asegura`` names ``Bustos``."""
    complementisers: tuple[str, ...] = attrs.field(default=(), converter=_lower)
    """Words that open a reported clause after a speech verb (``que``, ``dass``, ``che``, ``कि``)."""
    infinitive_openers: tuple[str, ...] = attrs.field(default=(), converter=_lower)
    """Words that, right after a speech verb, open a reported clause in the infinitive (Italian
    ``ha annunciato di aver lanciato``, French ``a assuré avoir agi``, Spanish ``negó haber
    firmado``): the clause starts with them."""
    according_to: tuple[str, ...] = attrs.field(default=(), converter=_lower)
    """Cues whose speaker follows them (``selon``, ``laut``, ``segundo``); Hindi postpositions
    (``के मुताबिक``) follow their speaker instead, see :attr:`postposed_according_to`."""
    reading_cues: tuple[str, ...] = attrs.field(default=(), converter=_lower)
    """Impersonal reading phrases whose source follows them, as after :attr:`according_to`
    (``peut-on lire dans``, ``hieß es in``, ``si legge nella``, ``se lee en``): a quotation
    before one is the words of the publication or of the body whose document it names
    (``« … », peut-on lire dans Le Monde``, ``„…“, hieß es in der Mitteilung des Verbands``).
    They attribute quotations only: the sentence around one is no reported speech."""
    opinion_openers: tuple[str, ...] = attrs.field(default=(), converter=_lower)
    """Prepositions that, opening a sentence before a person or body and a comma, make the rest
    of the sentence that source's view (``Pour la ministre, …``, ``Per il sindaco, …``,
    ``Para el alcalde, …``); nowhere else are they cues."""
    postposed_according_to: tuple[str, ...] = attrs.field(default=(), converter=_lower)
    """Cues written after their speaker (``X के मुताबिक``, ``X zufolge``)."""
    according_fillers: tuple[str, ...] = attrs.field(default=(), converter=_lower)
    """Words that may stand between an :attr:`according_to` cue and its source (``según
    informó la policía``, ``secondo quanto riferito dalla polizia``, ``selon ce qu’a indiqué
    X``): skipped when looking for the source."""
    as_clause_openers: tuple[str, ...] = attrs.field(default=(), converter=_lower)
    """Words opening a clause that names the source of what the sentence says (``wie``,
    ``como``, ``comme``, ``come``): ``Wie die Polizei mitteilte, …``, ``…, como explicó X.``"""
    as_clause_verbs: tuple[str, ...] = attrs.field(default=(), converter=_lower)
    """Speech verb forms such a clause uses that are not cues elsewhere (German verb-final
    ``mitteilte``, ``mitgeteilt``, auxiliaries ``hat``, ``l'``/``l’``)."""
    fragment_cues: tuple[str, ...] = attrs.field(default=(), converter=_lower)
    """Words right before a short quotation that make it someone's words, not a scare quote
    (``qualifié de « … »``, ``habló de «…»``, ``sprach von „…“``): the speaker is the subject
    of the sentence."""
    titles: tuple[str, ...] = attrs.field(default=(), converter=_strs)
    """Title words stripped from the front of a name (``M.``, ``Mme``, ``Frau``, ``श्री``), as written."""
    role_nouns: tuple[str, ...] = attrs.field(default=(), converter=_lower)
    """Role nouns that, after a determiner, refer back to a named person (``le ministre``)."""
    group_nouns: tuple[str, ...] = attrs.field(default=(), converter=_lower)
    """Plural nouns that can be a speaker by themselves (``les autorités``, ``la policía``)."""
    pronouns: tuple[tuple[str, str], ...] = attrs.field(default=(), converter=_pronouns)
    """Subject pronouns that can stand for a speaker, with their gender (see :data:`GENDERS`)."""
    plural_verb_endings: tuple[str, ...] = attrs.field(default=(), converter=_lower)
    """Endings (or whole words: auxiliaries) of a speech verb's plural forms (``explicaron``,
    ``disseram``, ``hanno detto``, ``ont déclaré``, ``sagten``): a plural verb whose subject is
    unwritten is said by several people, never by the one person named last."""
    quote_marks: tuple[tuple[str, str], ...] = attrs.field(default=(), converter=_pairs)
    """``(open, close)`` quotation-mark pairs typical of the language, most usual first. Spaces
    inside French guillemets may be NBSP (U+00A0) or narrow NBSP (U+202F): match both."""
    reported_mood: tuple[str, ...] = attrs.field(default=(), converter=_lower)
    """Finite verb forms that mark a sentence as reported speech by themselves (German
    Konjunktiv I: ``sei``, ``habe``, ``werde``): such a sentence right after reported speech
    continues it (``Er sagte, die Lage sei ernst. Man habe keine Wahl.``)."""
    reported_mood_alone: tuple[str, ...] = attrs.field(default=(), converter=_lower)
    """The forms of :attr:`reported_mood` that report a sentence with no speech before it
    (German Konjunktiv I, ``Bei dem Deal handele es sich um …``), unlike those that also say
    what would be (Konjunktiv II: ``hätten``, ``wäre``), which only continue reported speech."""
    dialogue_dashes: tuple[str, ...] = attrs.field(default=(), converter=_strs)
    """Dashes that open a line of quoted speech (``— Nous partirons demain, dit-elle.``)."""
    block_intros: tuple[str, ...] = attrs.field(default=(), converter=_lower)
    """Words, one to three, that in a paragraph ending with a colon present the next paragraph
    as a quotation set as a block, whose marks the scrape lost (``Nella conclusione scrive:``,
    ``Ecco le parole di X:``, ``sagte er wörtlich:``): writing verbs and phrases naming
    someone's words, beside the speech cues of the tables, which introduce one too. Impersonal
    reading phrases (``leggiamo``, ``on peut lire``) are left out: a document read out is
    nobody's speech in the annotations."""
    quotes_run_on: bool = False
    """Whether a quotation may run on over paragraphs that do not reopen it, its closing mark
    coming in a later one (``„Es war wichtig.`` / ``Ich füge hinzu: …“, sagte sie``): sites and
    scrapers in these languages drop the repeated opening mark. English keeps the convention
    strictly (a paragraph that does not reopen the quote ends it). A quotation still open at
    the end reaches the language's own attribution, which keeps it only when a cue attributes
    it (its closing mark lost: ``Il a déclaré : « Nous allons …``)."""
    work_nouns: frozenset[str] = attrs.field(default=frozenset(), converter=_words)
    """Nouns naming a work, programme, law, operation or publication (``libro``, ``Gesetz``,
    ``émission``, ``operación``), one word each: a capitalised quotation right after one, with no
    sentence punctuation of its own, is that work's name (``en su libro “Never give an inch”``),
    not speech. In a script without capitals the noun may also follow the quotation."""
    mention_leads: tuple[str, ...] = attrs.field(default=(), converter=_lower)
    """Words, one to three, that present the quotation after them as a name or a term, whatever
    its case (``conocido como``, ``sogenannte``, ``la loi dite``, ``il cosiddetto``): a mention,
    not speech."""
    nouns_capitalised: bool = False
    """Whether the language capitalises every noun (German): a lone capitalised word is then no
    evidence of a name (``die Mitteilung``), only a run of them or a known given name is."""
    document_nouns: tuple[str, ...] = attrs.field(default=(), converter=_lower)
    """Nouns of documents that report without being anyone (``Mitteilung``, ``Bericht``): where
    nouns are capitalised, such a source named nowhere (``laut der Mitteilung``) is an unnamed
    source, no speaker, as ``the statement`` is in English; in any language, an article and
    such a noun (``diz o pedido``) never stands for the person named last."""
    female_names: frozenset[str] = attrs.field(default=frozenset(), converter=_words)
    """Given names that, in this language's countries, are (almost) only women's (``Giorgia``,
    ``Françoise``, ``Jürgen`` is not one): evidence that a name is a person and of the gender a
    pronoun must agree with. Read before the shared table, so a language may decide a name the
    shared table leaves open (Italian ``Andrea`` is a man's name)."""
    male_names: frozenset[str] = attrs.field(default=frozenset(), converter=_words)
    """Given names that, in this language's countries, are (almost) only men's (``Gérald``,
    ``Jürgen``, ``Andrea`` in Italian); see :attr:`female_names`."""

    # --- also-read, footers, headlines ---------------------------------------------------------
    also_read_labels: tuple[str, ...] = attrs.field(default=(), converter=_strs)
    """Labels that open a link to another story (``À lire aussi``); matched case-blind."""
    weak_also_read_labels: tuple[str, ...] = attrs.field(default=(), converter=_strs)
    """Ordinary words that are labels only with a separator or on a line of their own."""
    section_headers: tuple[str, ...] = attrs.field(default=(), converter=_strs)
    """Whole-line headers that open a block of related titles (``Más leídas``); a trailing
    section name may follow (``Otras noticias de Economía``)."""
    footer_phrases: tuple[str, ...] = attrs.field(default=(), converter=_lower)
    """Phrases that open a footer or promo line (``je m'abonne``, ``lesezeit``), case-blind."""
    footer_patterns: tuple[tuple[str, str], ...] = attrs.field(default=(), converter=_pairs)
    """``(kind, regex)`` whole-line boilerplate patterns, the shape of
    :data:`newsparse.rules.boilerplate.patterns.PATTERNS` (bounded repeats only)."""
    footer_tail_patterns: tuple[tuple[str, str], ...] = attrs.field(default=(), converter=_pairs)
    """``(kind, regex)`` whole-line patterns trusted only after the story's last paragraph, where
    a sentence about a person is the writer's bio (``Claire Dubois est journaliste au service
    économie.``); inside the story the same sentence is story."""
    kickers: tuple[str, ...] = attrs.field(default=(), converter=_lower)
    """Labels set in front of or above a headline (``exclusif``, ``en vivo``), case-blind."""
    topic_lines: bool = False
    """Whether this language's standfirsts end in a full stop, so that a line of three words
    at the top over a stopless line of 6 to 20 words is a topic line over the headline
    (``Guerre en Ukraine`` over ``Kiev appelle l'Europe à livrer plus d'obus``), not a short
    headline over its standfirst (English standfirsts often have no stop)."""
    cta_verbs: frozenset[str] = attrs.field(default=frozenset(), converter=_words)
    """Imperatives that open a call to action (``suivez-nous``, ``suscríbete``, ``abonnieren``),
    one word each as the prose classifier splits words (hyphens and apostrophes kept): with the
    built-in ones of :mod:`newsparse.text.prose`, the boilerplate rule's promo, standalone-promo
    and joined-line plug openers for the language."""
    promo_nouns: frozenset[str] = attrs.field(default=frozenset(), converter=_words)
    """Nouns a promo or plea is about (``abonnement``, ``boletín``, ``Spende``), one word each:
    a line that addresses the reader and names one is a promo."""
    label_words: frozenset[str] = attrs.field(default=frozenset(), converter=_words)
    """Words of section labels (``recommandés``, ``meistgelesen``), one word each: a short line
    with no sentence end holding one is a label, which may open the junk tail after a story."""

    # --- furniture ---------------------------------------------------------------------------
    byline_prefixes: tuple[str, ...] = attrs.field(default=(), converter=_strs)
    """Words that open a byline (``Par``, ``Publicado por``), as written."""
    byline_stopwords: tuple[str, ...] = attrs.field(default=(), converter=_lower)
    """Words that, right after a byline prefix, show it is prose (``par ailleurs``, ``por eso``)."""
    byline_roles: tuple[str, ...] = attrs.field(default=(), converter=_strs)
    """Job titles written after a byline name (``Redakteurin``, ``correspondant``), as written."""
    contact_cues: tuple[str, ...] = attrs.field(default=(), converter=_lower)
    """Openings of a line that tells readers how to reach the writer, followed by the writer's
    name or an author word (``write to``, ``contacter``, ``scrivi all'``), case-blind."""
    contact_authors: tuple[str, ...] = attrs.field(default=(), converter=_lower)
    """Words for the story's writer after a contact cue (``the author``, ``l'auteur``,
    ``autor``), case-blind; a whole line such as ``लेखक से संपर्क करें`` may be listed too."""
    contact_after_name: tuple[str, ...] = attrs.field(default=(), converter=_lower)
    """What follows the writer's name in a contact line (``can be reached``,
    ``peut être joint``), case-blind."""
    agencies: tuple[str, ...] = attrs.field(default=(), converter=_strs)
    """News agencies as written in bylines, datelines and credit tags (``dpa``, ``EFE``, ``भाषा``)."""
    credit_labels: tuple[str, ...] = attrs.field(default=(), converter=_strs)
    """Labels that open a credit line (``Avec AFP``, ``Mit Material von``), as written."""
    interview_links: tuple[str, ...] = attrs.field(default=(), converter=_strs)
    """Words that join an interviewee's name to the interviewer's in an interview's credit
    (``im Gespräch mit``, ``in conversation with``), as written."""
    dateline_patterns: tuple[str, ...] = attrs.field(default=(), converter=_strs)
    """Regexes (bounded, case-sensitive as written) for the language's dateline shapes, each with
    a ``place`` group and, when written, an ``agency`` group; matched at a paragraph start."""
    dateline_stopwords: tuple[str, ...] = attrs.field(default=(), converter=_lower)
    """Capitalised words at a paragraph start that are never a dateline place."""
    months: tuple[tuple[str, ...], ...] = attrs.field(default=(), converter=_months)
    """Twelve groups (January first) of month names and abbreviations, lower case."""
    weekdays: tuple[str, ...] = attrs.field(default=(), converter=_lower)
    """Weekday names and abbreviations, lower case."""
    timestamp_labels: tuple[tuple[str, str], ...] = attrs.field(default=(), converter=_pairs)
    """``(label, kind)`` pairs that open a timestamp (``("mis à jour le", "updated")``)."""
    read_time_patterns: tuple[str, ...] = attrs.field(default=(), converter=_strs)
    """Regexes (bounded, case-blind) for read-time stamps (``3 mn``, ``4 Min. Lesezeit``)."""
    caption_labels: tuple[str, ...] = attrs.field(default=(), converter=_strs)
    """Labels that open a photo caption or credit (``Photo :``, ``Foto:``, ``फोटो``)."""
    photo_sources: tuple[str, ...] = attrs.field(default=(), converter=_strs)
    """Photo agencies and credit words that close a credit line alone on a line, after a name
    and a bar (``Juan Pérez | EFE``, ``João Silva | Folhapress``), as written; compared
    case-blind."""

    def month_number(self, name: str) -> int | None:
        """Return the month (1–12) that ``name`` names in this language, else ``None``.

        >>> from newsparse.lang import get_language
        >>> get_language("de").month_number("März"), get_language("de").month_number("Mai.")
        (3, 5)
        """
        key = name.lower().rstrip(".")
        for number, names in enumerate(self.months, start=1):
            if key in names:
                return number
        return None

    def pronoun_gender(self, word: str) -> str | None:
        """Return the gender of the speaker pronoun ``word`` (see :data:`GENDERS`), else ``None``.

        >>> from newsparse.lang import get_language
        >>> get_language("es").pronoun_gender("Ella")
        'f'
        """
        key = word.lower()
        for pronoun, gender in self.pronouns:
            if pronoun == key:
                return gender
        return None
