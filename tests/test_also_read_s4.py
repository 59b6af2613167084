"""Also-read, round four (#11, #9): line prefixes, subscription marks, kickers, glued sentences.

The shapes come from real pages in every supported language; each table row is our own text.
Case files for whole articles are ``tests/cases/also_read/s4_*``.
"""

from __future__ import annotations

import itertools

import pytest
import regex
from hypothesis import given, settings
from hypothesis import strategies as st

from newsparse import AlsoRead, AlsoReadRule, Document, Parser, find_also_read, parse
from newsparse.rules.also_read import rule as _rule
from newsparse.rules.also_read.compiled import _ENGLISH_STARTERS, _Starters, _starters_for
from newsparse.rules.also_read.text import _PICTOGRAPH_CLASS, _TOKEN, _is_pictograph
from newsparse.rules.also_read.titles import _split_glued, _without_marks

# --- labels after pictographs, pluses, dashes and guillemets ---------------------------------


@pytest.mark.parametrize(
    ("line", "label", "title"),
    [
        ("👉 Leia também: Prefeitura abre vagas em creches", "Leia também", "Prefeitura abre vagas em creches"),
        ("➡️ LEIA TAMBÉM: Professores aprovam greve", "LEIA TAMBÉM", "Professores aprovam greve"),
        ("🔴 À LIRE AUSSI - Les agriculteurs bloquent l'A7", "À LIRE AUSSI", "Les agriculteurs bloquent l'A7"),
        ("📌 Lesen Sie auch: Neue Radwege für die Innenstadt", "Lesen Sie auch", "Neue Radwege für die Innenstadt"),
        ("+++ Lesen Sie auch: Mieten steigen weiter +++", "Lesen Sie auch", "Mieten steigen weiter"),
        ("– Lire aussi : Les agriculteurs bloquent l'A7", "Lire aussi", "Les agriculteurs bloquent l'A7"),
        ("« Lire aussi » Grève : le trafic perturbé jeudi", "Lire aussi", "Grève : le trafic perturbé jeudi"),
        ("[Lire aussi :] Grève : le trafic perturbé jeudi", "Lire aussi", "Grève : le trafic perturbé jeudi"),
        ("*Leggi anche: Aumentano gli affitti a Milano*", "Leggi anche", "Aumentano gli affitti a Milano"),
        ("_Voir aussi : La saison démarre en retard_", "Voir aussi", "La saison démarre en retard"),
    ],
    ids=["emoji", "emoji-vs16", "red-circle", "pin", "pluses", "en-dash", "guillemets", "bracket-colon",
         "star-emphasis", "underscore-emphasis"],
)  # fmt: skip
def test_label_after_a_line_prefix(line: str, label: str, title: str) -> None:
    text = "The story opens here with a full sentence of body text.\n" + line + "\nThe story goes on."
    items = find_also_read(text)
    assert [(a.label.text if a.label else None, a.title.text) for a in items] == [(label, title)]


@pytest.mark.parametrize(
    "line",
    [
        "👉 Read the full report on the council website before Friday",
        "➡️ Leia o relatório completo no site da prefeitura",
        "– Lire aussi le rapport de la Cour des comptes, dit-il.",
        "+++ Eilmeldung: Stromausfall in der Innenstadt +++",
    ],
    ids=["emoji-sentence", "emoji-pt-sentence", "dash-sentence", "ticker-no-label"],
)
def test_prefix_does_not_make_a_sentence_a_link(line: str) -> None:
    assert find_also_read("Body text comes first in this story.\n" + line + "\nMore body text.") == ()


def test_pictograph_class_agrees_with_the_function() -> None:
    cls = regex.compile("[" + _PICTOGRAPH_CLASS + "]")
    sample = itertools.chain(range(0x2000, 0x3000), range(0x1F000, 0x1FB80), range(0x20, 0x250))
    for cp in sample:
        ch = chr(cp)
        assert (cls.fullmatch(ch) is not None) == _is_pictograph(ch), hex(cp)


PREFIXED = st.lists(
    st.sampled_from(
        ["👉 ", "➡️", "\ufe0f", "🔴", "+++ ", "– ", "« ", "» ", "[", ":] ", "Leia também", "Lire aussi",
         "LESEN SIE AUCH", ": ", "Titre de l'article ", "lower words ", "\n", "\r\n", " ", "_", "*", ".", "x"]
    ),
    max_size=40,
).map("".join)  # fmt: skip


@settings(max_examples=200, deadline=None)
@given(PREFIXED)
def test_candidate_lines_with_prefixes_lose_nothing(text: str) -> None:
    document = Document.from_text(text)
    fast = list(AlsoReadRule()(document))
    original = _rule._candidate_lines
    try:
        _rule._candidate_lines = lambda d, c, m, caps: list(range(len(d.line_starts)))  # type: ignore[assignment]
        slow = list(AlsoReadRule()(document))
    finally:
        _rule._candidate_lines = original  # type: ignore[assignment]
    assert fast == slow
    for item in fast:
        assert item.span.matches(text)
        if isinstance(item, AlsoRead):
            assert item.span.contains(item.title)
            assert item.title.text == item.title.text.strip()


BLOCKS = st.lists(
    st.sampled_from(
        ["Mehr zum Thema\n", "Lesen Sie auch\n", "Wetter\n", "Grève SNCF\n", "Gewitter und Starkregen über dem Land\n",
         "Die Stadt plant neue Wohnungen für Familien. ", "Lee también:", "Lee también:\n", "LEA AQUÍ: ", " | mehr",
         "SPIEGEL+ ", "(Z+)", "+++ ", "centre.The ", "InnenstadtDie ", "मुख्यमंत्री राम ने कहा कि ", "\n", " ", "1\n"]
    ),
    max_size=30,
).map("".join)  # fmt: skip


@settings(max_examples=200, deadline=None)
@given(BLOCKS)
def test_blocks_kickers_and_trailing_labels_keep_spans_apart(text: str) -> None:
    article = Parser([AlsoReadRule()]).parse(text)
    for item in article.also_read:
        assert item.span.matches(text)
        assert item.span.contains(item.title)
        assert item.title.text and item.title.text == item.title.text.strip()
    spans = sorted([a.span for a in article.also_read] + [b.span for b in article.boilerplate])
    assert all(a.end <= b.start for a, b in itertools.pairwise(spans))


# --- subscription marks ----------------------------------------------------------------------


@pytest.mark.parametrize(
    ("title", "kept"),
    [
        ("Article réservé à nos abonnés Grève : le trafic perturbé jeudi", "Grève : le trafic perturbé jeudi"),
        ("SPIEGEL+ Ganztagsschule: Warum der Ausbau stockt", "Ganztagsschule: Warum der Ausbau stockt"),
        ("SPIEGEL+Ganztagsschule: Warum der Ausbau stockt", "Ganztagsschule: Warum der Ausbau stockt"),
        ("SZ Plus Haushalt: Was die Gebühren bedeuten", "Haushalt: Was die Gebühren bedeuten"),
        ("Digitalpakt: Schulen warten weiter auf Geld (Z+)", "Digitalpakt: Schulen warten weiter auf Geld"),
        ("Lehrermangel: Was Eltern wissen müssen +++", "Lehrermangel: Was Eltern wissen müssen"),
        ("Exclusivo para assinantes Governo anuncia reajuste", "Governo anuncia reajuste"),
        ("Abo-Falle im Netz: So kündigen Sie richtig", "Abo-Falle im Netz: So kündigen Sie richtig"),
        ("Premium Wohnen wird teurer", "Wohnen wird teurer"),
        ("Premium", "Premium"),
        ("Abonnés fidèles", "Abonnés fidèles"),
    ],
    ids=["le-monde", "spiegel", "spiegel-glued", "sz", "zeit-suffix", "ticker", "pt", "abo-falle-stays",
         "premium", "mark-alone-stays", "mark-word-before-lower-stays"],
)  # fmt: skip
def test_subscription_marks_leave_the_title(title: str, kept: str) -> None:
    s, e = _without_marks(title, 0, len(title))
    assert title[s:e] == kept


# --- kickers over related titles ---------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "titles"),
    [
        (
            "Der Landtag hat das Schulgesetz beschlossen.\nLesen Sie auch\nWohnungsmarkt\n"
            "Mieten steigen weiter – Wohnen wird zum Luxus\nDie Opposition will klagen, sagte ihr Sprecher am Abend.",
            ["Mieten steigen weiter – Wohnen wird zum Luxus"],
        ),
        (
            "Le gouvernement a présenté son projet de loi.\nÀ lire aussi\nGrève SNCF\n"
            "Grève : le trafic perturbé jeudi sur les lignes du sud\nLes syndicats ont salué un texte équilibré.",
            ["Grève : le trafic perturbé jeudi sur les lignes du sud"],
        ),
        (
            "The council met on Tuesday to vote on the budget.\nREAD MORE:\nPolitics\n"
            "Council tax to rise by five per cent next year\nHousing\nNew homes approved on the old dairy site\n"
            "The vote passed by nine votes to four.",
            ["Council tax to rise by five per cent next year", "New homes approved on the old dairy site"],
        ),
        (
            # An English rail's short Title Case headline is a title, not a kicker.
            "The council met on Tuesday to vote on the budget.\nREAD MORE:\nGold Slips Again\n"
            "Rupee Falls Against The Dollar For A Third Day\nThe vote passed by nine votes to four.",
            ["Gold Slips Again", "Rupee Falls Against The Dollar For A Third Day"],
        ),
        (
            # A short line with a lower-case word is a short headline, not a topic kicker.
            "Der Landtag hat das Schulgesetz beschlossen.\nMehr zum Thema\nMehr Mut, bitte\n"
            "Regierung streitet über den Ausbau der Windkraft im Süden\nDie Opposition will klagen, sagte ihr Sprecher.",
            ["Mehr Mut, bitte", "Regierung streitet über den Ausbau der Windkraft im Süden"],
        ),
        (
            # A short line over body text is no kicker: the label's link was lost.
            "Der Landtag hat das Schulgesetz beschlossen.\nLesen Sie auch\nWetter\n"
            "Das Wetter bleibt in den kommenden Tagen wechselhaft, mit Schauern im Norden und viel Sonne im Süden.",
            [],
        ),
    ],
    ids=[
        "de-one-word",
        "fr-two-words",
        "en-one-word-pairs",
        "en-short-titles",
        "de-short-headline",
        "de-over-body",
    ],
)
def test_kicker_lines_join_their_title(text: str, titles: list[str]) -> None:
    assert [a.title.text for a in parse(text).also_read] == titles


def test_kicker_span_covers_the_kicker() -> None:
    text = "Der Landtag hat das Schulgesetz beschlossen.\nMehr zum Thema\nBildung\nLehrer fehlen an jeder dritten Schule\n"
    article = Parser([AlsoReadRule()]).parse(text)
    (item,) = article.also_read
    assert text[item.span.start : item.span.end] == "Bildung\nLehrer fehlen an jeder dritten Schule"


# --- glued sentences ---------------------------------------------------------------------------

_DE = _starters_for("de", frozenset(("die", "der", "das")), ("sie",))
_ES = _starters_for("es", frozenset(("el", "la", "los")), ("él",))


@pytest.mark.parametrize(
    ("text", "starters", "tokens"),
    [
        ("city centre.The mayor", _ENGLISH_STARTERS, ["city", "centre.", "The", "mayor"]),
        ("city centreThe mayor", _ENGLISH_STARTERS, ["city", "centre", "The", "mayor"]),
        ("many LinkedIn users", _ENGLISH_STARTERS, ["many", "LinkedIn", "users"]),
        ("on YouTube today", _ENGLISH_STARTERS, ["on", "YouTube", "today"]),
        ("the U.S.The talks", _ENGLISH_STARTERS, ["the", "U.S.The", "talks"]),
        ("für die InnenstadtDie Bauarbeiten", _DE, ["für", "die", "Innenstadt", "Die", "Bauarbeiten"]),
        ("en MadridEl alcalde", _ES, ["en", "Madrid", "El", "alcalde"]),
        ("con McDonald hoy", _ES, ["con", "McDonald", "hoy"]),
    ],
    ids=["stop", "case", "linkedin", "youtube", "abbreviation", "de-article", "es-article", "name"],
)
def test_glued_sentences_split_only_at_openers(text: str, starters: _Starters, tokens: list[str]) -> None:
    toks = [(m.start(), m.end()) for m in _TOKEN.finditer(text)]
    split = _split_glued(text, toks, starters)
    assert [text[s:e] for s, e in split] == tokens


def test_glued_stop_ends_a_line_start_title() -> None:
    text = "Officials met on Friday.\nAlso Read: Rents climb again in city centre.The mayor said the works would end.\n"
    assert [a.title.text for a in find_also_read(text)] == ["Rents climb again in city centre"]


def test_long_glued_line_stays_linear() -> None:
    # A line of tokens that all glue two sentences: the split costs one look per token.
    line = "Also Read: Title words here " + "wordThe x.Yz " * 20_000
    items = find_also_read("Body first.\n" + line)
    assert [a.title.text for a in items] == ["Title words here word"]
