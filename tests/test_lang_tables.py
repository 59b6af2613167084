"""The built-in language tables: the forms the rules need are there, and every pattern is safe."""

from __future__ import annotations

import time

import pytest
import regex

from newsparse.lang import BUILTIN_LANGUAGES, GENDERS, get_language
from newsparse.rules.also_read import patterns as also_read
from newsparse.rules.boilerplate import patterns as boilerplate
from newsparse.rules.furniture import patterns as furniture
from newsparse.rules.quotes import cues

# (language, field, a value that must be in it): the shapes issue #11 lists, one row each.
REQUIRED = [
    ("fr", "speech_verbs", "a déclaré"),
    ("fr", "speech_verbs", "a affirmé"),
    ("fr", "inversion_cues", "a-t-il affirmé"),
    ("fr", "inversion_cues", "a-t-elle ajouté"),
    ("fr", "inversion_cues", "glisse-t-il"),
    ("fr", "inversion_cues", "dit-elle"),
    ("fr", "according_to", "selon"),
    ("fr", "according_to", "d’après"),
    ("fr", "complementisers", "que"),
    ("fr", "also_read_labels", "À lire aussi"),
    ("fr", "also_read_labels", "Lire aussi"),
    ("fr", "also_read_labels", "À voir aussi"),
    ("fr", "footer_phrases", "suivre"),
    ("fr", "footer_phrases", "je m'abonne"),
    ("fr", "byline_prefixes", "Par"),
    ("fr", "agencies", "AFP"),
    ("es", "speech_verbs", "dijo"),
    ("es", "speech_verbs", "aseguró"),
    ("es", "speech_verbs", "afirmó"),
    ("es", "inversion_cues", "dijo el"),
    ("es", "according_to", "según"),
    ("es", "also_read_labels", "Lee también"),
    ("es", "also_read_labels", "Te puede interesar"),
    ("es", "also_read_labels", "Otras noticias de"),
    ("es", "footer_phrases", "para más información, haz clic"),
    ("es", "footer_phrases", "en vivo"),
    ("es", "byline_prefixes", "Por"),
    ("es", "byline_prefixes", "Publicado por"),
    ("es", "byline_prefixes", "La información es de"),
    ("es", "agencies", "EFE"),
    ("de", "speech_verbs", "sagte"),
    ("de", "speech_verbs", "hat gesagt"),
    ("de", "speech_verbs", "erklärte"),
    ("de", "speech_verbs", "betonte"),
    ("de", "inversion_cues", "so der"),
    ("de", "according_to", "laut"),
    ("de", "according_to", "so"),
    ("de", "according_to", "nach angaben"),
    ("de", "complementisers", "dass"),
    ("de", "also_read_labels", "Lesen Sie auch"),
    ("de", "also_read_labels", "Mehr zum Thema"),
    ("de", "footer_phrases", "lesezeit"),
    ("de", "footer_phrases", "aus unserem archiv"),
    ("de", "byline_prefixes", "Von"),
    ("de", "agencies", "dpa"),
    ("pt", "speech_verbs", "disse"),
    ("pt", "speech_verbs", "afirmou"),
    ("pt", "according_to", "segundo"),
    ("pt", "also_read_labels", "Leia também"),
    ("pt", "also_read_labels", "Leia mais"),
    ("pt", "byline_prefixes", "Do redator"),
    ("pt", "agencies", "Agência Brasil"),
    ("it", "speech_verbs", "ha detto"),
    ("it", "speech_verbs", "ha dichiarato"),
    ("it", "according_to", "secondo"),
    ("it", "complementisers", "che"),
    ("it", "also_read_labels", "Leggi anche"),
    ("it", "byline_prefixes", "Di"),
    ("it", "agencies", "ANSA"),
    ("hi", "speech_verbs", "ने कहा"),
    ("hi", "complementisers", "कि"),
    ("hi", "postposed_according_to", "के मुताबिक"),
    ("hi", "postposed_according_to", "के अनुसार"),
    ("hi", "also_read_labels", "यह भी पढ़ें"),
    ("hi", "also_read_labels", "ये भी पढ़ें"),
    ("hi", "also_read_labels", "इसे भी पढ़ें"),
    ("hi", "agencies", "भाषा"),
    ("hi", "agencies", "जेएनएन"),
]


@pytest.mark.parametrize(("code", "field", "value"), REQUIRED, ids=[f"{c}-{f}-{v}" for c, f, v in REQUIRED])
def test_required_forms_are_in_the_tables(code: str, field: str, value: str) -> None:
    assert value in getattr(get_language(code), field)


# Pronouns with gender: the speaker resolution needs to know "elle" is a woman.
PRONOUNS = [
    ("en", "he", "m"), ("en", "she", "f"),
    ("fr", "il", "m"), ("fr", "elle", "f"),
    ("es", "él", "m"), ("es", "ella", "f"),
    ("de", "er", "m"), ("de", "sie", "f"),
    ("pt", "ele", "m"), ("pt", "ela", "f"),
    ("it", "lui", "m"), ("it", "lei", "f"),
    ("hi", "वह", "x"), ("hi", "उन्होंने", "x"),
]  # fmt: skip


@pytest.mark.parametrize(("code", "word", "gender"), PRONOUNS, ids=[f"{c}-{w}" for c, w, _ in PRONOUNS])
def test_pronoun_genders(code: str, word: str, gender: str) -> None:
    assert get_language(code).pronoun_gender(word) == gender
    assert get_language(code).pronoun_gender(word.upper()) == gender


QUOTE_MARKS = [
    ("fr", ("«\u202f", "\u202f»")),
    ("fr", ("«\u00a0", "\u00a0»")),
    ("de", ("„", "“")),
    ("de", ("‚", "‘")),
    ("de", ("»", "«")),
    ("es", ("«", "»")),
    ("it", ("«", "»")),
]


@pytest.mark.parametrize(("code", "pair"), QUOTE_MARKS, ids=[f"{c}-{p[0].strip()}" for c, p in QUOTE_MARKS])
def test_quote_mark_styles(code: str, pair: tuple[str, str]) -> None:
    assert pair in get_language(code).quote_marks


MONTHS = [
    ("en", "Sept", 9), ("fr", "août", 8), ("fr", "févr.", 2), ("es", "setiembre", 9),
    ("de", "Jänner", 1), ("de", "März", 3), ("pt", "março", 3), ("it", "giugno", 6),
    ("hi", "सितंबर", 9), ("hi", "सितम्बर", 9), ("fr", "brumaire", None),
]  # fmt: skip


@pytest.mark.parametrize(("code", "name", "number"), MONTHS, ids=[f"{c}-{n}" for c, n, _ in MONTHS])
def test_month_numbers(code: str, name: str, number: int | None) -> None:
    assert get_language(code).month_number(name) == number


@pytest.mark.parametrize("code", BUILTIN_LANGUAGES)
def test_every_language_has_the_core_tables(code: str) -> None:
    t = get_language(code)
    assert t.code == code and t.name
    assert len(t.function_words) >= 40
    for field in ("speech_verbs", "lenient_verbs", "complementisers", "titles", "role_nouns", "pronouns"):
        assert getattr(t, field), f"{code}: {field} is empty"
    assert t.according_to or t.postposed_according_to
    for field in ("also_read_labels", "byline_prefixes", "agencies", "dateline_patterns", "weekdays"):
        assert getattr(t, field), f"{code}: {field} is empty"
    assert len(t.months) == 12 and all(t.months)
    assert len(t.weekdays) >= 7
    assert {g for _, g in t.pronouns} <= GENDERS


@pytest.mark.parametrize("code", BUILTIN_LANGUAGES)
def test_case_blind_fields_are_lower_case(code: str) -> None:
    t = get_language(code)
    for field in ("function_words", "speech_verbs", "inversion_cues", "according_to", "role_nouns",
                  "footer_phrases", "kickers", "weekdays"):  # fmt: skip
        values = getattr(t, field)
        assert all(v == v.lower() for v in values), field


@pytest.mark.parametrize("code", [c for c in BUILTIN_LANGUAGES if c != "en"])
def test_function_words_tell_the_language_apart(code: str) -> None:
    # Each language needs words of its own, or detection could not tell it from its neighbours.
    t = get_language(code)
    others = set().union(*(get_language(c).function_words for c in BUILTIN_LANGUAGES if c != code))
    assert len(t.function_words - others) >= 15


def test_english_tables_are_the_rules_own_vocabulary() -> None:
    # Not copies: the same objects, so English output cannot drift from the rules' defaults.
    en = get_language("en")
    assert en.speech_verbs == cues.SPEECH_VERBS
    assert en.according_to == cues.ACCORDING_CUES
    assert en.titles is cues.TITLES
    assert en.also_read_labels is also_read.LABELS
    assert en.section_headers is also_read.SECTION_HEADERS
    assert en.footer_patterns == boilerplate.PATTERNS
    assert en.byline_prefixes is furniture.BYLINE_PREFIXES
    assert en.agencies is furniture.AGENCIES
    assert en.timestamp_labels == furniture.TIMESTAMP_LABELS


# Datelines each language's pattern must read, with the place and agency it names.
DATELINES = [
    ("en", "LONDON, Nov 21 (Reuters) - Shares rose", "LONDON", "Reuters"),
    ("fr", "PARIS (AFP) - Le gouvernement a annoncé", "PARIS", "AFP"),
    ("es", "DORTMUND, Alemania (AP) — Normalmente", "DORTMUND", "AP"),
    ("de", "Köln - Die Polizei sucht Zeugen", "Köln", None),
    ("de", "Berlin (dpa) - Die Regierung plant", "Berlin", "dpa"),
    ("pt", "BRASÍLIA (Agência Brasil) - O governo", "BRASÍLIA", "Agência Brasil"),
    ("it", "WASHINGTON, DEC 5 - La California ha certificato", "WASHINGTON", None),
    ("it", "MILANO (ANSA) - La polizia", "MILANO", "ANSA"),
    ("hi", "वाराणसी। जनपद के केंद्रों पर खरीद शुरू हुई।", "वाराणसी", None),
    ("hi", "लखनऊ, जेएनएन। शहर में बारिश हुई।", "लखनऊ", "जेएनएन"),
    ("hi", "पटना (भाषा)। राज्य सरकार ने कहा", "पटना", "भाषा"),
]


@pytest.mark.parametrize(
    ("code", "text", "place", "agency"), DATELINES, ids=[f"{d[0]}-{d[2]}" for d in DATELINES]
)
def test_dateline_patterns(code: str, text: str, place: str, agency: str | None) -> None:
    matches = [regex.match(p, text) for p in get_language(code).dateline_patterns]
    found = next(m for m in matches if m)
    assert found.group("place") == place
    assert found.group("agency") == agency


READ_TIMES = [("fr", "3 mn"), ("fr", "5 min de lecture"), ("de", "4 Min. Lesezeit"), ("de", "Lesezeit: 6 Minuten"),
              ("es", "Tiempo de lectura: 3 min"), ("pt", "2 min de leitura"), ("it", "4 minuti di lettura"),
              ("hi", "3 मिनट में पढ़ें"), ("en", "5 min read")]  # fmt: skip


@pytest.mark.parametrize(("code", "text"), READ_TIMES, ids=[f"{c}-{t}" for c, t in READ_TIMES])
def test_read_time_patterns(code: str, text: str) -> None:
    assert any(regex.fullmatch(p, text, regex.IGNORECASE) for p in get_language(code).read_time_patterns)


ADVERSARIAL = [
    "A" * 20_000,
    "A-" * 10_000,
    "Ab " * 7_000 + "(",
    "(" * 10_000,
    "(x" * 10_000 + ")",
    "1 " * 10_000,
    "वाराणसी " * 3_000,
    "Ab, " * 5_000 + "(dpa",
]


@pytest.mark.parametrize("code", BUILTIN_LANGUAGES)
def test_every_pattern_is_bounded(code: str) -> None:
    # Every regex of the tables, searched over long pathological lines, must stay linear:
    # a backtracking pattern would take seconds here, not milliseconds.
    # Each is used the way its field says: datelines match at a paragraph start, footer
    # patterns match a whole line, read-time stamps are searched for.
    t = get_language(code)
    uses = [
        *(("match", p) for p in t.dateline_patterns),
        *(("fullmatch", p) for _, p in t.footer_patterns),
        *(("search", p) for p in t.read_time_patterns),
    ]
    for method, pattern in uses:
        compiled = regex.compile(pattern, regex.IGNORECASE)
        for text in ADVERSARIAL:
            start = time.perf_counter()
            getattr(compiled, method)(text, timeout=5)
            assert time.perf_counter() - start < 1.0, (method, pattern, text[:20])
