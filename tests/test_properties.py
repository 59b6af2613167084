"""Invariants of the whole default parser, on any text: hypothesis and hand-picked odd inputs."""

from __future__ import annotations

import itertools

import attrs
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

import newsparse
from newsparse import Article, Span
from newsparse._model import is_structural
from newsparse.lang import UNDETERMINED, languages

# Pieces of real article text shapes, so random documents hit the rules' interesting paths.
FRAGMENTS = (
    "Also Read: Markets rally as rates hold",
    "READ MORE: Storm warning for the coast",
    "Download the Example News app for more",
    "Follow us on Facebook and X",
    "(With inputs from PTI)",
    "By Jane Roe and Kofi Mensah",
    "LONDON, Nov 21 (Reuters) - ",
    "NEW DELHI: ",
    "Updated: Nov 21, 2025, 10:20 IST",
    '"We will not back down," she said.',
    "“It is a good day,” said Mayor Ana Ruiz.",
    "He told reporters that the vote was close.",
    "According to officials, the road will reopen.",
    "Big news https://t.co/AbCd123 pic.twitter.com/xyz",
    "— Some Person (@someone) November 21, 2025",
    "View this post on Instagram",
    "A post shared by Lina (@lina.k)",
    "https://www.youtube.com/watch?v=abcdEFGhijk",
    "(Photo: PTI)",
    "Comments",
    "© 2025 Example Media. All rights reserved.",
    "'",
    "\u201c",
    "\u2019s",
    "@",
    "#",
    "...",
    "\n",
    "\r\n",
    "\r",
    "\n\n",
    " ",
)

documents = st.lists(st.one_of(st.sampled_from(FRAGMENTS), st.text(max_size=30)), max_size=25).map("".join)


def spans_of(value: object) -> list[Span]:
    """Every Span inside an item, recursively (fields, tuples of sub-items)."""
    found: list[Span] = []
    if isinstance(value, Span):
        found.append(value)
    elif isinstance(value, tuple):
        for v in value:
            found.extend(spans_of(v))
    elif attrs.has(type(value)):
        for field in attrs.fields(type(value)):
            found.extend(spans_of(getattr(value, field.name)))
    return found


def check_invariants(text: str, article: Article) -> None:
    assert article.text == text
    items = article.items
    assert [(i.span.start, i.span.end) for i in items] == sorted((i.span.start, i.span.end) for i in items)
    for item in items:
        for span in spans_of(item):
            assert 0 <= span.start <= span.end <= len(text)
            assert text[span.start : span.end] == span.text
    structural = sorted((i.span.start, i.span.end) for i in items if is_structural(i))
    for (_, end), (start, _) in itertools.pairwise(structural):
        assert end <= start, "structural items overlap"
    assert isinstance(article.body, str)


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(documents)
def test_any_text_parses_with_valid_spans(text: str) -> None:
    check_invariants(text, newsparse.parse(text))


@settings(max_examples=150, deadline=None)
@given(st.text())
def test_arbitrary_unicode_parses(text: str) -> None:
    check_invariants(text, newsparse.parse(text))


@settings(max_examples=60, deadline=None)
@given(documents)
def test_deterministic(text: str) -> None:
    assert newsparse.parse(text) == newsparse.parse(text)
    assert newsparse.to_dict(newsparse.parse(text)) == newsparse.to_dict(newsparse.parse(text))


# Every registered language, plus undetermined: whatever tables the rules read, any text parses.
LANGUAGES = (*languages(), UNDETERMINED)

# Shapes of each language's articles (invented): labels, cues, bylines, datelines, marks.
LANGUAGE_FRAGMENTS: dict[str, tuple[str, ...]] = {
    "en": ("Read more: Rail fares rise", "“Not yet,” the minister said."),
    "fr": (
        "À lire aussi**Le budget voté**",
        "« Nous partirons\u202fdemain\u202f», a-t-elle affirmé.",
        "PARIS (AFP) - ",
        "Par : Jeanne Martin",
        "— Nous verrons, dit-il.",
        "Selon le ministre, ",
        "Je m'abonne",
        "3 mn",
    ),
    "es": (
        "Lee también: ",
        "«No vamos a parar», dijo el alcalde.",
        "Otras noticias de Economía",
        "Por Ana Ruiz",
        "- ECONOMÍA",
        "EN VIVO",
        "Martes 14 Junio, 2023 | 09:05",
        "Nombre | Agencia",
    ),
    "de": (
        "Lesen Sie auch",
        "„Wir geben nicht auf“, sagte sie.",
        "»Es reicht«, so der Minister.",
        "Köln - ",
        "Von Anna Schmidt",
        "(dpa/abc)",
        "4 Min. Lesezeit",
        "Aus unserem Archiv:",
    ),
    "pt": (
        "Leia também: ",
        "“Vamos seguir”, disse o prefeito.",
        "Segundo a polícia, ",
        "Do redator",
        "Leia mais",
    ),
    "it": (
        "Leggi anche",
        "«Andiamo avanti», ha detto il sindaco.",
        "(Leggi anche su: ",
        "Di Marco Rossi",
        "ROMA, 5 DIC - ",
    ),
    "hi": ("यह भी पढ़ें: ", "मंत्री ने कहा कि ", "पुलिस के मुताबिक, ", "वाराणसी। ", "लखनऊ, जेएनएन। ", "(भाषा)", "।"),
}


def documents_in(language: str) -> st.SearchStrategy[str]:
    """Random documents built from the shared fragments and the language's own."""
    pieces = FRAGMENTS + LANGUAGE_FRAGMENTS.get(language, ())
    return st.lists(st.one_of(st.sampled_from(pieces), st.text(max_size=30)), max_size=25).map("".join)


@pytest.mark.parametrize("language", LANGUAGES)
def test_any_text_parses_in_every_language(language: str) -> None:
    @settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
    @given(documents_in(language))
    def check(text: str) -> None:
        article = newsparse.parse(text, language=language)
        check_invariants(text, article)
        assert article.language == language
        assert newsparse.parse(text, language=language) == article

    check()


@pytest.mark.parametrize("language", LANGUAGES)
def test_auto_detection_parses_language_shaped_text(language: str) -> None:
    @settings(max_examples=30, deadline=None, suppress_health_check=[HealthCheck.too_slow])
    @given(documents_in(language))
    def check(text: str) -> None:
        article = newsparse.parse(text)
        check_invariants(text, article)
        assert article.language in LANGUAGES

    check()


@pytest.mark.parametrize("language", LANGUAGES)
def test_odd_inputs_in_every_language(language: str) -> None:
    for text in ODD_INPUTS:
        check_invariants(text, newsparse.parse(text, language=language))


def test_odd_inputs() -> None:
    odd = [
        "",
        " ",
        "\n" * 1000,
        "\r" * 500,
        "\x00\x01\x02\ufffd\udcff binary-ish \x7f",
        "'" * 5000,
        '"' * 5001,
        "\u201c" * 3000 + "\u2019" * 3000,
        "@" * 20000,
        "#" * 20000,
        "http://x.com/" + "," * 10000,
        "Also Read: " * 2000,
        "a. " * 20000,
        ("One long scraped line with quotes “like this,” he said. " * 3000),
    ]
    for text in odd:
        check_invariants(text, newsparse.parse(text))


ODD_INPUTS = (
    "\u00ab" * 4000 + "\u202f" * 4000 + "\u00bb" * 4000,
    "\u201e" * 5000 + "\u201c" * 5000,
    "\u00bb" * 3000 + "\u00ab" * 3000,
    "— " * 8000,
    "a-t-il " * 4000,
    "PARIS (AFP) - " * 2000,
    "Lesen Sie auch\n" * 3000,
    "यह भी पढ़ें: " * 2000,
    "।" * 10000,
    "Por " * 6000,
    ("« Une longue phrase », a-t-elle affirmé, selon le ministre. " * 1500),
)
"""Long runs of each language's marks and words: the parse must stay linear on them."""
