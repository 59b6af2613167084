"""Speakers beyond English, eleventh round (sample s13): German capitalises every noun and every sentence's
first word, so a capitalised run is no name by its capitals alone. The article's own words
decide (issue #11):

- a word it also writes in lower case (``Doch`` / ``doch``, ``Am`` / ``am``) or a closed-class
  word (``Meine``, ``Also``, ``Welche``) is capitalised for its place: no part of a name;
- a word it writes after an article or determiner (``das Thema``, ``der Bericht``) is a common
  noun: a run of such words is no person, nor a pronoun's antecedent;
- impersonal ``man`` and plural ``sie sagen`` name no one person.

Every sentence is invented, in the shapes of real articles. Each test forces the language, so it
checks attribution, not detection.
"""

from __future__ import annotations

import pytest

from newsparse import Document, QuoteRule
from newsparse.lang import get_language
from newsparse.rules.quotes.languages.cues import language_cues
from newsparse.rules.quotes.languages.names import ArticleNames


def _quotes(text: str, language: str = "de") -> list[tuple[str, str | None, str]]:
    found = QuoteRule()(Document.from_text(text, language=language))
    return [(q.kind, q.speaker, q.content.text) for q in found if q.kind != "scare"]


def _speaker_of(text: str, content_start: str, kind: str) -> str | None:
    found = [s for k, s, c in _quotes(text) if k == kind and c.startswith(content_start)]
    assert len(found) == 1, _quotes(text)
    return found[0]


def _names(text: str) -> ArticleNames:
    tables = get_language("de")
    return ArticleNames(text, tables, language_cues(tables))


# -- a sentence opener is no part of the name after it ------------------------------------------

_OPENERS = [
    (
        "Die Regeln für Vermieter sollen strenger werden. Natürlich ist das ein schwieriger Plan. "
        "Doch Ortwin Qualle glaubt, ein gutes Mittel gefunden zu haben: strenge Kontrollen. Er ist "
        "doch nicht naiv.",
        "ein gutes Mittel",
        "indirect",
        "Ortwin Qualle",
    ),
    (
        "Im Dorf wird gefeiert. Meine Freunde sagen, das Fest sei das schönste seit Jahren. Ich "
        "stimme zu, meine Freunde haben recht.",
        "das Fest sei",
        "indirect",
        None,
    ),
    (
        "Paula Stern leitet das Heim seit zehn Jahren. Am Anfang waren es vierzig Bewohner. Am "
        "Anfang sagten sie: „Hier bleiben wir nicht.“ Heute sind alle zufrieden.",
        "Hier bleiben",
        "direct",
        None,
    ),
]


@pytest.mark.parametrize(
    ("text", "content", "kind", "speaker"), _OPENERS, ids=["doch-name", "meine-noun", "am-noun"]
)
def test_a_word_capitalised_for_its_place_opens_no_name(
    text: str, content: str, kind: str, speaker: str | None
) -> None:
    assert _speaker_of(text, content, kind) == speaker


def test_a_lowered_opener_is_dropped_but_a_surname_that_is_also_a_word_stays() -> None:
    names = _names("Sebastian Kurz kam spät. Doch er blieb nur kurz. Kurz sagte, er sei müde.")
    assert names.lowered("Doch")
    assert not names.lowered("Kurz")  # a word of a name the article wrote in full
    assert not names.lowered("Sebastian")
    # an adjective opening a body's name stays, for the body to be told from a person
    assert not _names("Der Europäische Rechnungshof prüft die europäischen Bahnen.").lowered("Europäische")


# -- common nouns are no people -------------------------------------------------------------------


def test_a_run_of_common_nouns_is_no_speaker() -> None:
    text = (
        "Der Chor probt seit Jahren im Gemeindehaus. Ina Kolb leitet ihn. Beim Thema "
        "Nachhaltigkeit ist der Chor weit vorne, denn das Thema liegt allen am Herzen. „Wir fahren "
        "nur mit dem Rad“, sagt sie."
    )
    assert _speaker_of(text, "Wir fahren", "direct") == "Ina Kolb"


def test_common_noun_reads_the_article_evidence() -> None:
    names = _names(
        "Nun liegt der Bericht vor. Claas Reimers schrieb ihn, und jeder kennt den Reimers. Bericht "
        "und Anhang, die Bloomberg einsah, sind lang."
    )
    assert names.common_noun("Bericht")  # "der Bericht"
    assert not names.common_noun("Reimers")  # "den Reimers", but also "Claas Reimers"
    assert not names.common_noun("Bloomberg")  # ", die Bloomberg einsah": a relative pronoun
    assert names.common_noun("Ordnung")  # an abstract noun's ending
    assert names.common_run("Bericht Ordnung") and not names.common_run("Claas Reimers")


# -- impersonal and plural pronouns ------------------------------------------------------------


def test_impersonal_man_names_no_one() -> None:
    text = (
        "Gerda Blum kennt die Branche seit Jahren. „Die Lage ist ernst“, sagt sie. Man sagt, dass "
        "kleine Betriebe keine Chance haben."
    )
    assert _speaker_of(text, "Die Lage", "direct") == "Gerda Blum"
    assert _speaker_of(text, "kleine Betriebe", "indirect") is None


@pytest.mark.parametrize(
    ("text", "content", "speaker"),
    [
        (
            "Lena Roth leitet das Heim. Die Betreuer haben viel zu tun. Fragt man nach, sagen sie "
            "nur: „Geht nicht.“ Lena Roth lacht.",
            "Geht nicht",
            None,
        ),
        (
            "Lena Roth leitet das Heim, die Betreuer helfen ihr. „Wir sind zu wenige“, sagen sie.",
            "Wir sind",
            None,
        ),
        ("Lena Roth leitet das Heim. „Wir sind zu wenige“, sagt sie.", "Wir sind", "Lena Roth"),
    ],
    ids=["sagen-sie-colon", "sagen-sie-after", "sagt-sie-singular"],
)
def test_sie_with_a_plural_verb_is_no_one_person(text: str, content: str, speaker: str | None) -> None:
    assert _speaker_of(text, content, "direct") == speaker
