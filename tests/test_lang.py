"""Languages: detection per language, the registry, the tables' contents, and ``parse(language=)``."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import attrs
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

import newsparse
from newsparse import Document, NewsparseError, UnknownLanguageError
from newsparse.lang import (
    UNDETERMINED,
    LanguageTables,
    detect_language,
    extend_vocabulary,
    get_language,
    languages,
    register_language,
    resolve_language,
    tables_for,
    unregister_language,
)
from newsparse.lang.detect import SAMPLE_CHARS, sample

CASES = Path(__file__).parent / "cases"

# Invented sentences in the shapes real articles have: a lead, a quote with its cue, a wire line.
DETECTION = [
    ("en", "The council said on Tuesday that the bridge would reopen in March after repairs."),
    ("en", "“We are not there yet,” the minister told reporters, adding that talks would go on."),
    ("en", "LONDON, Nov 21 (Reuters) - Shares rose for a third day as investors weighed the data."),
    ("fr", "Le maire a déclaré que le pont rouvrira en mars, après des mois de travaux."),
    ("fr", "« Nous ne lâcherons rien », a-t-elle affirmé devant les élus du conseil régional."),
    ("fr", "PARIS (AFP) - Selon le ministère, les écoles resteront fermées jusqu’à lundi."),
    ("es", "El alcalde dijo que las obras del puente terminarán en marzo, según el ayuntamiento."),
    ("es", "«No vamos a rendirnos», aseguró la ministra ante los periodistas en la capital."),
    ("es", "MADRID (EFE) — La policía detuvo a dos hombres por el robo de un camión de frutas."),
    ("de", "Der Bürgermeister sagte, dass die Brücke im März wieder geöffnet werden soll."),
    ("de", "„Wir geben nicht auf“, betonte die Ministerin am Montag in Berlin vor Journalisten."),
    ("de", "Köln - Laut Polizei wurden bei dem Unfall auf der Autobahn zwei Menschen verletzt."),
    ("pt", "O prefeito disse que as obras da ponte devem terminar em março, segundo a prefeitura."),
    ("pt", "“Não vamos desistir”, afirmou a ministra aos jornalistas na capital do estado."),
    ("pt", "A polícia prendeu dois homens pelo roubo de um caminhão com frutas na rodovia."),
    ("it", "Il sindaco ha detto che i lavori del ponte finiranno a marzo, secondo il comune."),
    ("it", "«Non ci arrendiamo», ha dichiarato la ministra ai giornalisti nella capitale."),
    ("it", "ROMA (ANSA) - La polizia ha arrestato due uomini per il furto di un camion di frutta."),
    ("hi", "मंत्री ने कहा कि पुल का काम मार्च तक पूरा हो जाएगा और सड़क फिर से खुल जाएगी।"),
    ("hi", "पुलिस के मुताबिक, हादसे में दो लोगों की मौत हो गई है। यह भी पढ़ें: बारिश से शहर में जाम"),
    ("hi", "नई दिल्ली, जेएनएन। उन्होंने बताया कि इस बार किसानों को समय पर भुगतान किया जाएगा।"),
]

UNDETERMINED_TEXTS = [
    ("russian", "Президент заявил, что переговоры продолжатся на следующей неделе в Москве."),
    ("japanese", "首相は来週の会議で新しい予算案を発表すると述べた。"),
    ("arabic", "قال الوزير إن الجسر سيعاد فتحه في شهر مارس بعد أعمال الصيانة."),
    ("polish", "Minister powiedział, że most zostanie ponownie otwarty w marcu po remoncie."),
    (
        "dutch",
        "De burgemeester zei dat de brug in maart weer open gaat na het onderhoud. Volgens de gemeente"
        " is het werk bijna klaar, maar er zijn nog problemen met de kosten. Het is niet duidelijk"
        " wanneer de trein weer rijdt.",
    ),
    ("indonesian", "Menteri mengatakan bahwa jembatan itu akan dibuka kembali pada bulan Maret."),
    ("turkish", "Bakan, köprünün mart ayında onarımların ardından yeniden açılacağını söyledi."),
    ("empty", ""),
    ("digits", "2025 12 31 10:45 +++ ---"),
    ("one_word", "Hello"),
]


@pytest.mark.parametrize(("code", "text"), DETECTION, ids=[f"{c}-{i}" for i, (c, _) in enumerate(DETECTION)])
def test_detects_each_language(code: str, text: str) -> None:
    assert detect_language(text) == code


@pytest.mark.parametrize(("name", "text"), UNDETERMINED_TEXTS, ids=[n for n, _ in UNDETERMINED_TEXTS])
def test_other_languages_and_no_language_are_undetermined(name: str, text: str) -> None:
    assert detect_language(text) == UNDETERMINED


def test_a_hindi_page_under_an_english_menu_is_hindi() -> None:
    menu = "Home | Markets | Companies | Opinion | Politics | Technology | English | हिंदी\n" * 6
    body = DETECTION[18][1] + "\n" + DETECTION[20][1]
    assert detect_language(menu + body) == "hi"


def test_a_close_call_is_undetermined_not_a_coin_toss() -> None:
    # "que", "de", "a" and "e" are Spanish and Portuguese and Italian alike: no winner.
    assert detect_language("que de a e que de a e") == UNDETERMINED


@settings(max_examples=200, deadline=None)
@given(st.text(max_size=300))
def test_detection_is_deterministic_and_names_a_registered_language(text: str) -> None:
    found = detect_language(text)
    assert found == detect_language(text)
    assert found == UNDETERMINED or found in languages()


@settings(max_examples=50, deadline=None)
@given(st.text(min_size=1, max_size=64), st.text(max_size=64), st.integers(1, 40))
def test_detection_reads_a_bounded_sample(piece: str, tail: str, times: int) -> None:
    # Bounded work: only the sample is read, so a text of any length costs the same. (Long
    # texts are built from short generated pieces: Hypothesis draws small inputs best.)
    text = piece * (SAMPLE_CHARS // len(piece) + 1) * times + tail
    assert len(sample(text)) <= SAMPLE_CHARS
    assert detect_language(text) == detect_language(sample(text))


def test_detection_cost_does_not_grow_with_the_text() -> None:
    lead = DETECTION[3][1] + "\n"
    long_text = lead * 20_000  # 1.6 MB
    assert len(sample(long_text)) <= SAMPLE_CHARS
    assert detect_language(long_text) == "fr"


def test_detection_rejects_non_str() -> None:
    with pytest.raises(TypeError, match="decode"):
        detect_language(b"bytes")  # type: ignore[arg-type]


# ---------------------------------------------------------------------------
# parse(text, language=...)
# ---------------------------------------------------------------------------


def test_parse_detects_and_reports_the_language() -> None:
    article = newsparse.parse(DETECTION[6][1])
    assert article.language == "es"
    assert newsparse.to_dict(article)["language"] == "es"
    assert newsparse.from_dict(newsparse.to_dict(article)) == article


def test_parse_forces_a_language() -> None:
    assert newsparse.parse(DETECTION[0][1], language="fr").language == "fr"
    assert newsparse.parse(DETECTION[0][1], language=UNDETERMINED).language == UNDETERMINED


def test_unknown_language_is_a_clear_error() -> None:
    with pytest.raises(UnknownLanguageError, match="no language 'xx' is registered") as info:
        newsparse.parse("Text.", language="xx")
    assert isinstance(info.value, ValueError)
    assert isinstance(info.value, NewsparseError)
    with pytest.raises(UnknownLanguageError):
        get_language("klingon")


def test_language_must_be_a_str() -> None:
    with pytest.raises(TypeError, match="language must be str"):
        newsparse.parse("Text.", language=None)  # type: ignore[arg-type]


def test_document_carries_the_language_and_its_tables() -> None:
    doc = Document.from_text(DETECTION[9][1])
    assert doc.language == "de"
    assert doc.tables is get_language("de")
    later = doc.with_items([newsparse.Boilerplate(doc.span(0, 3), kind="other")])
    assert later.language == "de"
    assert Document.from_text("x", language="it").tables.code == "it"
    assert Document.from_text("x", language=UNDETERMINED).tables is get_language("en")


def test_parser_as_a_rule_keeps_the_language() -> None:
    seen: list[str] = []

    def spy(document: Document) -> tuple[()]:
        seen.append(document.language)
        return ()

    inner = newsparse.Parser([spy])
    newsparse.Parser([inner]).parse(DETECTION[15][1])
    assert seen == ["it"]


def _case_texts() -> Iterator[Path]:
    yield from sorted(CASES.rglob("*.txt"))


def test_english_cases_detect_as_english_or_undetermined() -> None:
    # A misdetected English text would be read with another language's tables: never.
    english = list((CASES / "articles").glob("*.txt"))
    assert english
    for path in english:
        assert detect_language(path.read_text(encoding="utf-8")) in {"en", UNDETERMINED}, path.name


@pytest.mark.parametrize("path", list(_case_texts()), ids=lambda p: f"{p.parent.name}/{p.stem}")
def test_auto_is_today_for_english_text(path: Path) -> None:
    # "und" is exactly what newsparse did before languages: the English tables. For text
    # detected as English (or undetermined), auto-detection must give the same items.
    text = path.read_text(encoding="utf-8")
    code = resolve_language(text)
    if code not in {"en", UNDETERMINED}:
        pytest.skip(f"a {code} case")
    auto = newsparse.to_dict(newsparse.parse(text))
    before = newsparse.to_dict(newsparse.parse(text, language=UNDETERMINED))
    assert auto.pop("language") == code
    assert before.pop("language") == UNDETERMINED
    assert auto == before


# ---------------------------------------------------------------------------
# The registry
# ---------------------------------------------------------------------------

DUTCH = LanguageTables(
    "nl",
    "Dutch",
    function_words=("de", "het", "een", "van", "en", "dat", "is", "op", "zijn", "niet", "met", "zei"),
    speech_verbs=("zei", "zegt", "heeft gezegd", "verklaarde"),
    complementisers=("dat",),
    according_to=("volgens",),
    pronouns=(("hij", "m"), ("zij", "f"), ("ze", "x")),
    also_read_labels=("Lees ook",),
)


@pytest.fixture
def dutch() -> Iterator[LanguageTables]:
    register_language(DUTCH)
    try:
        yield DUTCH
    finally:
        unregister_language("nl")


def test_a_registered_language_is_detected_and_carried(dutch: LanguageTables) -> None:
    text = UNDETERMINED_TEXTS[4][1]
    assert "nl" in languages()
    assert detect_language(text) == "nl"
    article = newsparse.parse(text)
    assert article.language == "nl"
    assert newsparse.parse("Anything at all.", language="nl").language == "nl"
    assert Document.from_text(text).tables is dutch
    assert newsparse.from_dict(newsparse.to_dict(article)).language == "nl"


def test_unregistering_forgets_the_language(dutch: LanguageTables) -> None:
    unregister_language("nl")
    assert "nl" not in languages()
    assert detect_language(UNDETERMINED_TEXTS[4][1]) == UNDETERMINED
    register_language(dutch)  # the fixture unregisters it again


def test_registering_twice_needs_replace(dutch: LanguageTables) -> None:
    with pytest.raises(ValueError, match="already registered"):
        register_language(dutch)
    longer = attrs.evolve(dutch, speech_verbs=(*dutch.speech_verbs, "benadrukte"))
    register_language(longer, replace=True)
    assert get_language("nl") is longer


def test_extending_a_builtin_language_with_evolve() -> None:
    french = get_language("fr")
    extended = attrs.evolve(french, speech_verbs=(*french.speech_verbs, "a glissé"))
    register_language(extended, replace=True)
    try:
        assert tables_for("fr") is extended
    finally:
        register_language(french, replace=True)
    assert get_language("fr") is french


def test_register_rejects_non_tables() -> None:
    with pytest.raises(TypeError, match="LanguageTables"):
        register_language({"code": "nl"})  # type: ignore[arg-type]


@pytest.mark.parametrize(
    ("kwargs", "error", "message"),
    [
        ({"code": "Dutch"}, ValueError, "language code"),
        ({"code": "auto"}, ValueError, "reserved"),
        ({"code": "und"}, ValueError, "reserved"),
        ({"speech_verbs": "zei"}, TypeError, "not a bare str"),
        ({"months": (("jan",),) * 11}, ValueError, "12 groups"),
        ({"pronouns": (("hij", "male"),)}, ValueError, "pronoun genders"),
    ],
    ids=["bad-code", "auto", "und", "bare-str", "eleven-months", "bad-gender"],
)
def test_tables_validate_their_fields(
    kwargs: dict[str, object], error: type[Exception], message: str
) -> None:
    fields: dict[str, object] = {"code": "nl", "name": "Dutch", **kwargs}
    with pytest.raises(error, match=message):
        LanguageTables(**fields)  # type: ignore[arg-type]


def test_case_blind_fields_are_stored_lower_case() -> None:
    t = LanguageTables("nl", "Dutch", function_words=("De", "HET"), speech_verbs=("Zei",))
    assert t.function_words == frozenset({"de", "het"}) and t.speech_verbs == ("zei",)


def test_extend_vocabulary_adds_only_what_is_missing() -> None:
    own = ("said", "told")
    assert extend_vocabulary(own, ("a déclaré", "said", "a déclaré")) == ("said", "told", "a déclaré")
    assert extend_vocabulary(own, ()) is own
    assert extend_vocabulary(own, own) is own
    # English text: the tables are the rules' defaults, so a rule's field comes back as is.
    en = get_language("en")
    assert extend_vocabulary(en.speech_verbs, tables_for(UNDETERMINED).speech_verbs) is en.speech_verbs
