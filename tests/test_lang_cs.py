"""Czech (#11): the built-in ``cs`` tables, and what they drive — detection, quotes and reported
speech (``řekl``, ``uvedla mluvčí …``, ``podle ministra …``), also-read labels, bylines,
datelines, footers and timestamps.

Every sentence is invented; each quote test forces the language, so it checks the tables,
not detection.
"""

from __future__ import annotations

import pytest

import newsparse
from newsparse import Document, QuoteRule
from newsparse.lang import BUILTIN_LANGUAGES, detect_language, get_language, languages


def _quotes(text: str) -> list[tuple[str, str | None, str]]:
    found = QuoteRule()(Document.from_text(text, language="cs"))
    return [(q.kind, q.speaker, q.content.text) for q in found if q.kind != "scare"]


# -- the tables ---------------------------------------------------------------------------------


def test_czech_is_a_built_in_language() -> None:
    assert "cs" in BUILTIN_LANGUAGES and "cs" in languages()
    tables = get_language("cs")
    assert tables.name == "Czech"
    assert tables.scripts == ("Latin",)


@pytest.mark.parametrize(
    "verb",
    ["řekl", "řekla", "řekli", "uvedl", "uvedla", "uvedlo", "uvedli", "dodal", "dodala",
     "prohlásil", "sdělila", "oznámili", "zdůraznil", "upozornila", "vysvětlil", "napsala",
     "poznamenal", "potvrdila", "odpověděl", "tvrdí", "říká", "uvádí", "míní"],
)  # fmt: skip
def test_speech_verbs_in_their_past_and_present_forms(verb: str) -> None:
    assert verb in get_language("cs").speech_verbs


def test_pronouns_and_their_genders() -> None:
    tables = get_language("cs")
    assert [tables.pronoun_gender(w) for w in ("On", "ona", "oni", "ony")] == ["m", "f", "pl", "pl"]


@pytest.mark.parametrize(
    ("name", "month"),
    [("leden", 1), ("ledna", 1), ("února", 2), ("března", 3), ("května", 5), ("červen", 6),
     ("července", 7), ("září", 9), ("října", 10), ("listopadu", 11), ("prosince", 12)],
)  # fmt: skip
def test_months_nominative_and_genitive(name: str, month: int) -> None:
    assert get_language("cs").month_number(name) == month


def test_complementiser_and_according_to() -> None:
    tables = get_language("cs")
    assert tables.complementisers == ("že",)
    assert {"podle", "dle", "podle slov", "jak uvedl"} <= set(tables.according_to)


# -- detection ------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "Ministr uvedl, že nový zákon začne platit ještě letos, podle něj je to nutné.",
        "Obec podle starosty nemá na opravu silnice dost peněz, které by jinak použila na školu.",
        "Když přišli hasiči, byl už celý sklad v plamenech a bylo jasné, že se nic nezachrání.",
    ],
)
def test_czech_text_is_detected(text: str) -> None:
    assert detect_language(text) == "cs"
    assert newsparse.parse(text).language == "cs"


@pytest.mark.parametrize(
    ("text", "code"),
    [
        ("Le ministre a dit que la loi sera votée dans le mois.", "fr"),
        ("El alcalde dijo que las obras terminarán en marzo.", "es"),
        ("Der Minister sagte, dass die Brücke bald wieder offen sei.", "de"),
        ("O prefeito disse que as obras vão terminar em março.", "pt"),
        ("The mayor said the bridge would reopen in the spring.", "en"),
        # Polish shares many short words with Czech ("na", "do", "po"), but not the frequent ones
        ("Burmistrz powiedział, że w tym roku w mieście zostanie zbudowany nowy most.", "und"),
    ],
)
def test_other_languages_are_not_read_as_czech(text: str, code: str) -> None:
    assert detect_language(text) == code


# -- quotes and reported speech ---------------------------------------------------------------------


def test_direct_quote_with_the_verb_after_it() -> None:
    text = "„Most bude hotový do konce léta,“ řekl starosta Petr Novák."
    assert _quotes(text) == [("direct", "Petr Novák", "Most bude hotový do konce léta,")]


def test_inverted_speaker_with_a_role_and_its_body() -> None:
    text = "„Na místě zasahovaly tři jednotky hasičů,“ uvedla mluvčí policie Jana Nováková."
    assert _quotes(text) == [("direct", "Jana Nováková", "Na místě zasahovaly tři jednotky hasičů,")]


def test_according_to_a_minister() -> None:
    text = "Podle ministra financí Karla Dvořáka se rozpočet letos nezmění."
    # Czech declines names after "podle": the speaker is as written, in the genitive
    assert _quotes(text) == [("indirect", "Karla Dvořáka", "se rozpočet letos nezmění")]


def test_reported_speech_with_ze() -> None:
    text = "Starostka Eva Malá uvedla, že oprava silnice začne v dubnu."
    assert _quotes(text) == [("indirect", "Eva Malá", "oprava silnice začne v dubnu")]


def test_as_clause_names_the_source() -> None:
    text = "Jak uvedl mluvčí hasičů Petr Dvořák, požár se podařilo uhasit během hodiny."
    assert _quotes(text) == [("indirect", "Petr Dvořák", "požár se podařilo uhasit během hodiny")]


def test_a_ministry_speaks_for_itself() -> None:
    text = "Ministerstvo vnitra uvedlo, že kontroly na hranicích potrvají do konce měsíce."
    assert _quotes(text) == [
        ("indirect", "Ministerstvo vnitra", "kontroly na hranicích potrvají do konce měsíce")
    ]


def test_quote_after_a_colon() -> None:
    text = "Jana Malá řekla: „Tohle jsme nečekali.“"
    assert _quotes(text) == [("direct", "Jana Malá", "Tohle jsme nečekali.")]


# -- furniture ------------------------------------------------------------------------------------

_ARTICLE = """Radnice opraví most přes řeku do podzimu

Autor: Jan Svoboda
Aktualizováno 5. března 2025 14:20

PRAHA - Oprava mostu v centru města bude stát zhruba dvě stě milionů korun, oznámila ve středu radnice. Práce podle ní začnou v dubnu a skončí na podzim.

„Most je ve špatném stavu a déle čekat nemůžeme,“ řekl náměstek primátora Pavel Krejčí. Dodal, že doprava bude po dobu oprav omezena.

Přečtěte si také: Tramvaje se vrátí do ulic už v pondělí

„Objízdné trasy jsou připravené,“ uvedla mluvčí dopravního podniku Lucie Černá.

Sdílet
© 2025 Zpravodajský server. Všechna práva vyhrazena.
"""


@pytest.fixture(scope="module")
def article() -> newsparse.Article:
    return newsparse.parse(_ARTICLE)


def test_article_is_detected_as_czech(article: newsparse.Article) -> None:
    assert article.language == "cs"
    assert article.headline is not None
    assert article.headline.text == "Radnice opraví most přes řeku do podzimu"


def test_byline_and_dateline(article: newsparse.Article) -> None:
    assert [b.span.text for b in article.bylines] == ["Autor: Jan Svoboda"]
    assert [d.span.text for d in article.datelines] == ["PRAHA -"]


def test_timestamp_with_a_genitive_month(article: newsparse.Article) -> None:
    (stamp,) = article.timestamps
    assert stamp.kind == "updated"
    assert stamp.date is not None and stamp.date.isoformat() == "2025-03-05T14:20:00"


def test_also_read_label_and_title(article: newsparse.Article) -> None:
    assert [(a.label.text if a.label else None, a.title.text) for a in article.also_read] == [
        ("Přečtěte si také", "Tramvaje se vrátí do ulic už v pondělí")
    ]


def test_footer_lines(article: newsparse.Article) -> None:
    assert [(b.kind, b.span.text) for b in article.boilerplate] == [
        ("share", "Sdílet"),
        ("copyright", "© 2025 Zpravodajský server. Všechna práva vyhrazena."),
    ]


def test_article_quotes_name_their_speakers(article: newsparse.Article) -> None:
    got = [(q.kind, q.speaker) for q in article.quotes if q.kind != "scare"]
    assert got == [("direct", "Pavel Krejčí"), ("indirect", "Pavel Krejčí"), ("direct", "Lucie Černá")]


@pytest.mark.parametrize(
    ("line", "dateline"),
    [("PRAHA - Vláda ve středu schválila rozpočet.", "PRAHA -"),
     ("Brno (ČTK) – Policie pátrá po řidiči.", "Brno (ČTK) –"),
     ("Ústí nad Labem - Město otevře nový bazén.", "Ústí nad Labem -")],
)  # fmt: skip
def test_dateline_shapes(line: str, dateline: str) -> None:
    found = newsparse.parse(line + " Podle radnice to bude ještě letos.", language="cs").datelines
    assert [d.span.text for d in found] == [dateline]


def test_dateline_agency() -> None:
    (found,) = newsparse.parse("Brno (ČTK) – Policie pátrá po řidiči.", language="cs").datelines
    assert found.agency == "ČTK"
