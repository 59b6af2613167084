"""The article's word index: every name search in a language other than English reads one index
built once per article, so a text naming a new person in every sentence costs time linear in its
length (counted here in index builds and positions read, never in wall-clock time).

Every sentence here is invented, in the shapes real articles use.
"""

from __future__ import annotations

import pytest
import regex

from newsparse import Document, QuoteRule
from newsparse.rules.quotes.languages import names as names_module
from newsparse.rules.quotes.languages.names import WordIndex, index_words

_SYLLABLES = ("ba", "ke", "li", "mo", "nu", "ra", "se", "to", "vi", "zo")


def _surname(i: int) -> str:
    # a different invented surname for each i: its digits spelled as syllables
    return ("Dar" + "".join(_SYLLABLES[int(d)] for d in str(i))).capitalize() + "z"


def _quotes(text: str, language: str) -> list[tuple[str | None, str]]:
    found = QuoteRule()(Document.from_text(text, language=language))
    return [(q.speaker, q.content.text) for q in found if q.kind == "direct"]


@pytest.mark.parametrize(
    ("language", "template"),
    [("fr", "« Nous verrons », a déclaré {}. "), ("es", "«Ya veremos», dijo {}. ")],
)
def test_the_index_is_built_once_per_article_however_many_names(
    language: str, template: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    builds: list[int] = []

    def counting(run: regex.Pattern[str], text: str) -> dict[str, list[int]]:
        builds.append(len(text))
        return index_words(run, text)

    monkeypatch.setattr(names_module, "index_words", counting)
    people = [_surname(i) for i in range(120)]
    assert len(set(people)) == len(people)
    found = _quotes("".join(template.format(p) for p in people), language)
    assert [speaker for speaker, _ in found] == people
    assert len(builds) == 1  # the capitalised words, once; the whole text never re-read per name


def test_positions_read_grow_with_the_uses_of_a_name_not_with_the_other_names() -> None:
    text = "".join(f"Selon {_surname(i)}, rien ne change. " for i in range(300)) + "Darbaz est venu."
    index = WordIndex(text)
    assert list(index.uses("Darbaz", 40)) == [6, text.rindex("Darbaz")]
    assert index._capitalised is not None
    # one list of positions per distinct word: a name's search reads its own uses only
    assert len(index._capitalised["Darbaz"]) == 2
    assert sum(len(v) for v in index._capitalised.values()) == text.count("Selon") + 300 + 1


def test_uses_are_whole_words_in_text_order_up_to_the_limit() -> None:
    text = "Tobischer sprach. Tobisch kam, dann Tobisch-Labotyn; (Tobisch) ging. Tobisch blieb."
    index = WordIndex(text)
    written = [i for i in range(len(text)) if text.startswith("Tobisch", i)]
    assert len(written) == 5
    assert list(index.uses("Tobisch", 40)) == written[1:]  # never inside "Tobischer"
    assert list(index.uses("Tobisch", 2)) == written[1:3]


def test_starts_reads_words_with_an_apostrophe_a_hyphen_or_a_lead() -> None:
    text = "Pour O'Neil, « (Vogt » et Anne-Marie Kohl-Berger, puis O'Neill et O'Neil-Smith."
    index = WordIndex(text)
    assert list(index.starts("O'Neil")) == [5, text.index("O'Neill"), text.index("O'Neil-")]
    # a hyphen ends a word, as the article's other searches read it ("O'Neil-Smith")
    assert list(index.uses("O'Neil", 40)) == [5, text.index("O'Neil-")]
    assert list(index.starts("(Vogt")) == [text.index("(Vogt")]
    assert list(index.starts("Kohl-")) == [text.index("Kohl-")]
    assert list(index.starts("«")) == []  # no letter or digit: no word a name search asks for


def test_a_lowercase_word_builds_the_full_index_only_when_asked() -> None:
    text = "Le porte-parole a parlé. Le porte-parole est parti."
    index = WordIndex(text)
    assert list(index.starts("Le")) == [0, text.rindex("Le")]
    assert index._all is None
    assert list(index.starts("porte-")) == [3, text.rindex("porte-")]
    assert index._all is not None


def test_a_surname_written_alone_resolves_to_its_double_barrelled_form() -> None:
    text = "Die Autorin Lotte Tobisch-Labotyn las am Abend.\n„Ich schreibe weiter“, sagte Tobisch."
    assert _quotes(text, "de") == [("Lotte Tobisch-Labotyn", "Ich schreibe weiter")]
