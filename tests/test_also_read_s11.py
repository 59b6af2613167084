"""Also-read, round eleven (#9): rail headers read by a grammar, and bare rail words.

Every text is our own, in the shapes pages print their related-story rails in.
"""

from __future__ import annotations

import pytest

from newsparse import Parser, parse
from newsparse.rules.also_read.rule import AlsoReadRule

_LEDE = "The harbour board approved the new ferry timetable on Tuesday after a long public consultation."
_MORE = "Operators said the changes would take effect in May and that fares would stay frozen until autumn."
_TITLES = (
    "Dock workers vote to accept the revised pay offer",
    "Council names the new head of the port authority",
    "Storm damage closes the coastal path for a month",
)


def _titles(text: str) -> list[str]:
    return [a.title.text for a in parse(text).also_read]


def _rail(header: str, titles: tuple[str, ...] = _TITLES, *, tail: str = "") -> str:
    return f"{_LEDE}\n{_MORE}\n{header}\n" + "\n".join(titles) + "\n" + tail


# -- headers the grammar reads: a qualifier and a noun for stories, or a reader's phrase -----------


@pytest.mark.parametrize(
    "header",
    [
        "Other stories",
        "Similar articles",
        "More top stories",
        "Popular Posts",
        "Featured Stories",
        "Related Headlines from the Harbour Gazette",
        "More in Business",
        "Top stories in Sport",
        "Also in News",
        "You may also enjoy",
        "Articles you might be interested in",
        "You'll also like",
        "Stories you may have missed",
        "People also read",
        "What others are reading",
        "Read these next",
        "What to read next",
        "More to explore",
        "Explore more",
        "More like this",
        "Also worth reading",
        "Read more stories",
        "In case you missed it",
        "Editors' Picks",
        "OTHER STORIES",
        "Similar articles:",
    ],
)
def test_grammar_header_heads_its_titles(header: str) -> None:
    assert _titles(_rail(header)) == list(_TITLES)


@pytest.mark.parametrize("where", ["end", "middle"])
def test_grammar_header_mid_text_stops_at_the_body(where: str) -> None:
    tail = _MORE + "\n" if where == "middle" else ""
    assert _titles(_rail("Other stories", tail=tail)) == list(_TITLES)


def test_grammar_header_is_filed_as_related_links() -> None:
    article = Parser([AlsoReadRule()]).parse(_rail("More to explore"))
    assert [(b.kind, b.text) for b in article.boilerplate] == [("related_links", "More to explore")]


def test_grammar_header_takes_dated_titles() -> None:
    dated = "\n".join(f"{t}\nMarch {n}, 2024" for n, t in enumerate(_TITLES, start=3))
    text = f"{_LEDE}\n{_MORE}\nSimilar articles\n{dated}\n"
    assert _titles(text) == list(_TITLES)


@pytest.mark.parametrize(
    "text",
    [
        # a crosshead of the story that opens with `More on`: body follows, no link
        f"{_LEDE}\nMore on the board's decision\n{_MORE}\n{_LEDE}\n",
        # a sports page's fixture crosshead: the lines under it are sentences of the story
        f"{_LEDE}\nUP NEXT\nHarbour United: Host the Rovers on Friday.\nRovers: Visit the harbour on Friday.\n",
        # a sentence that merely holds the words
        f"{_LEDE}\nOther stories from the consultation were less cheerful, the chair said.\n{_MORE}\n",
        # the words as the start of a longer line
        f"{_LEDE}\nPopular posts on the forum complained about the early sailings and the prices\n{_MORE}\n",
    ],
    ids=["more-on-crosshead", "up-next-fixtures", "sentence", "long-line"],
)
def test_grammar_leaves_body_lines(text: str) -> None:
    assert _titles(text) == []


@pytest.mark.parametrize("header", ["You May Like", "Latest Headlines", "Recent Posts"])
def test_widgets_that_are_no_rails_of_links(header: str) -> None:
    # the sponsored widget's header and a ticker of the day's other stories stay footers
    assert _titles(_rail(header)) == []


# -- bare rail words: plain title lines under them, two or more -----------------------------------


@pytest.mark.parametrize("word", ["Recommended", "Trending", "Suggested", "In Other News"])
def test_bare_rail_word_heads_two_titles_or_more(word: str) -> None:
    assert _titles(_rail(word)) == list(_TITLES)


@pytest.mark.parametrize("word", ["Recommended", "Trending"])
def test_bare_rail_word_over_one_line_is_no_header(word: str) -> None:
    assert _titles(_rail(word, _TITLES[:1], tail=_MORE + "\n")) == []


def test_bare_rail_word_over_page_tabs_is_no_header() -> None:
    # a live page's tabs under the word are no headlines (each shorter than four words)
    text = f"{_LEDE}\n{_MORE}\nTrending\nLive updates\nKey events\nShow key events only\n"
    assert _titles(text) == []


def test_everyday_weak_word_still_needs_capitals_or_bullets() -> None:
    assert _titles(_rail("Watch")) == []
    assert _titles(_rail("More")) == []


# -- a blog rail's meta lines under each title ----------------------------------------------------


@pytest.mark.parametrize(
    "meta",
    ["12 comments", "1 Comment", "3 replies", "By Jane Roe | March 3, 2024", "By Jane Roe | 5 min read"],
)
def test_meta_line_under_each_title_is_no_title(meta: str) -> None:
    lines = "\n".join(f"{t}\n{meta}" for t in _TITLES)
    text = f"{_LEDE}\n{_MORE}\nRelated Posts\n{lines}\n"
    assert _titles(text) == list(_TITLES)


# -- rail names in other languages ------------------------------------------------------------


_IT = (
    "Il consiglio comunale ha approvato martedì sera il bilancio del prossimo anno dopo un lungo "
    "dibattito, ha comunicato il comune.\nL'opposizione ha denunciato tagli ai trasporti e ha "
    "promesso di ricorrere al tribunale.\n"
)
_IT_TITLES = (
    "Un nuovo traghetto collegherà le due isole da maggio",
    "I portuali accettano la nuova offerta salariale",
    "Il maltempo chiude il sentiero costiero per un mese",
)
_DE = (
    "Der Stadtrat hat am Dienstag nach langer Debatte den Haushalt für das kommende Jahr "
    "beschlossen, wie die Stadt mitteilte.\nDie Opposition kritisierte die Pläne scharf, weil die "
    "Mittel für den Nahverkehr gekürzt werden sollen.\n"
)
_DE_TITLES = (
    "Neue Fähre soll ab Mai zwischen den Inseln pendeln",
    "Hafenarbeiter stimmen dem Tarifangebot zu",
    "Sturm beschädigt den Küstenweg schwer",
)
_FR = (
    "Le conseil municipal a adopté mardi soir le budget de l'année prochaine après un long débat, a "
    "indiqué la mairie.\nL'opposition a dénoncé des coupes dans les transports et promet de saisir "
    "le tribunal administratif.\n"
)
_FR_TITLES = (
    "Un nouveau ferry reliera les deux îles dès le mois de mai",
    "Les dockers acceptent la nouvelle offre salariale",
    "La tempête ferme le sentier côtier pour un mois",
)


@pytest.mark.parametrize(
    ("body", "header", "titles"),
    [
        (_IT, "Altri articoli", _IT_TITLES),
        (_IT, "Articoli simili", _IT_TITLES),
        (_IT, "Le più lette", _IT_TITLES),
        (_DE, "Beliebte Artikel", _DE_TITLES),
        (_FR, "Autres articles", _FR_TITLES),
    ],
)
def test_rail_names_of_other_languages(body: str, header: str, titles: tuple[str, ...]) -> None:
    text = body + header + "\n" + "\n".join(titles) + "\n" + body
    assert _titles(text) == list(titles)


# -- a header's Markdown marks and disclosure arrow -----------------------------------------------


@pytest.mark.parametrize(
    "header",
    [
        "## Related Articles",
        "### More from Politics",
        "Related Articles >",
        "More Stories »",
        "Related Stories ▼",
    ],
)
def test_header_with_heading_marks_or_arrow(header: str) -> None:
    assert _titles(_rail(header)) == list(_TITLES)


# -- a grammar header with no title: a crosshead over the story, a widget's label at the end ------


def _boilerplate(text: str) -> list[str]:
    return [b.text for b in Parser([AlsoReadRule()]).parse(text).boilerplate]


_PARAGRAPH = (
    "Operators said the changes would take effect in May and that fares would stay frozen until "
    "autumn, the board said in a statement."
)


def test_grammar_header_over_a_paragraph_is_a_crosshead() -> None:
    assert _boilerplate(f"{_LEDE}\nOther reports\n{_PARAGRAPH}\n{_PARAGRAPH}\n") == []


def test_grammar_header_closing_the_text_is_a_label_left_alone() -> None:
    assert _boilerplate(f"{_LEDE}\n{_PARAGRAPH}\nMore to explore\n") == ["More to explore"]


def test_listed_header_over_a_paragraph_stays_a_label() -> None:
    assert _boilerplate(f"{_LEDE}\nRelated Stories\n{_PARAGRAPH}\n") == ["Related Stories"]
