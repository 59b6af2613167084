"""The article view and item reprs: escaped, well-nested HTML that covers exactly the items' text."""

from __future__ import annotations

import datetime as dt
import subprocess
import sys
from html.parser import HTMLParser

import attrs
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

import newsparse
from newsparse import Article, Boilerplate, Caption, Quote, Span, Tweet, examples

EXAMPLES = {name: newsparse.parse(examples.read(name)) for name in examples.names()}
HOSTILE = (
    "Harbour <b>Ferries</b> Resume & Return\n"
    "By Ines <i>Moreau</i>\n"
    '"We will <script>document.title = "pwned"</script> be back," said Mayor Lina Ortiz.\n'
    "Ferries to the islands resume Monday <img src=x onerror=alert(1)> https://t.co/Fr3ryNws1\n"
    '— Harbour "Authority" (@harbourauth) March 3, 2026\n'
    "Also Read: <a href='javascript:alert(1)'>Bridge tolls</a> frozen\n"
    "To read more such news, download the Coastline News app"
)


class _Dom(HTMLParser):
    """Reads the view back: the text of each character, which kinds enclose it, and the nesting."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.stack: list[tuple[str, dict[str, str | None]]] = []
        self.tags: list[str] = []
        self.attributes: set[str] = set()
        self.text: list[str] = []
        self.kinds: list[frozenset[str]] = []
        self.parts: list[frozenset[str]] = []

    def handle_starttag(self, tag: str, attributes: list[tuple[str, str | None]]) -> None:
        self.tags.append(tag)
        self.attributes.update(name for name, _ in attributes)
        self.stack.append((tag, dict(attributes)))

    def handle_endtag(self, tag: str) -> None:
        assert self.stack, f"</{tag}> closes nothing"
        opened, _ = self.stack.pop()
        assert opened == tag, f"</{tag}> closes <{opened}>: the markup is not nested"

    def handle_data(self, data: str) -> None:
        roles = [a.get("data-np-role") for _, a in self.stack]
        in_badge = any("data-np-badge" in a for _, a in self.stack)
        if "text" not in roles or in_badge:
            return
        kinds = frozenset(a["data-np-kind"] or "" for _, a in self.stack if "data-np-kind" in a)
        parts = frozenset(a["data-np-part"] or "" for _, a in self.stack if "data-np-part" in a)
        for ch in data:
            self.text.append(ch)
            self.kinds.append(kinds)
            self.parts.append(parts)


def read_back(html: str) -> _Dom:
    dom = _Dom()
    dom.feed(html)
    dom.close()
    assert not dom.stack, "unclosed elements"
    return dom


def expected_kinds(
    article: Article, kinds: frozenset[str] = frozenset(newsparse.VIEW_KINDS)
) -> list[set[str]]:
    from newsparse._view import kind_of

    per_char: list[set[str]] = [set() for _ in article.text]
    for item in article.items:
        if kind_of(item) in kinds:
            for i in range(item.span.start, item.span.end):
                per_char[i].add(kind_of(item))
    return per_char


@pytest.mark.parametrize("name", sorted(EXAMPLES))
def test_view_of_every_example_covers_exactly_its_items(name: str) -> None:
    article = EXAMPLES[name]
    html = newsparse.annotate(article)
    dom = read_back(html)
    assert "".join(dom.text) == article.text
    assert [set(k) for k in dom.kinds] == expected_kinds(article)
    assert html.count("data-np-badge=") == len(article.items), "one badge per item"


@pytest.mark.parametrize("name", sorted(EXAMPLES))
def test_repr_html_is_annotate(name: str) -> None:
    assert EXAMPLES[name]._repr_html_() == newsparse.annotate(EXAMPLES[name])


def test_hostile_text_is_escaped_everywhere() -> None:
    article = newsparse.parse(HOSTILE)
    assert article.quotes and article.tweets and article.also_read, "the hostile text parses as intended"
    html = newsparse.annotate(article)
    dom = read_back(html)
    assert "".join(dom.text) == HOSTILE
    assert set(dom.tags) == {"div", "span"}, "only our own elements, whatever the text holds"
    assert dom.attributes <= {"title", "style"} | {a for a in dom.attributes if a.startswith("data-np-")}
    for forbidden in ("<script", "<img", "<a ", "<b>", "<i>"):
        assert forbidden not in html.lower()


def test_attributes_are_escaped() -> None:
    text = 'Sources said the plan was dead. "Yes"'
    quote = Quote(
        Span.of(text, 0, 31), Span.of(text, 18, 30), kind="indirect", speaker='O"Brien <x onmouseover=1>'
    )
    html = newsparse.annotate(Article.from_items(text, [quote]))
    assert "<x" not in html and 'O"Brien' not in html
    assert "O&quot;Brien &lt;x onmouseover=1&gt;" in html


def test_legend_and_counts_name_what_was_found() -> None:
    article = newsparse.parse(HOSTILE)
    html = newsparse.annotate(article)
    found = {kind for kind in newsparse.VIEW_KINDS if f'data-np-legend="{kind}"' in html}
    from newsparse._view import kind_of

    assert found == {kind_of(item) for item in article.items}
    assert f"{len(article.quotes)} quote" in html
    assert "1 tweet" in html
    assert html.index('data-np-role="legend"') < html.index('data-np-role="text"')


def test_quote_cue_and_speaker_are_marked_inside_the_quote() -> None:
    article = newsparse.parse("Mayor Lina Ortiz said that the ferries would resume.")
    (quote,) = article.quotes
    assert quote.cue is not None and quote.speaker_span is not None
    dom = read_back(newsparse.annotate(article))
    assert {i for i, p in enumerate(dom.parts) if "cue" in p} == set(range(quote.cue.start, quote.cue.end))
    speaker = range(quote.speaker_span.start, quote.speaker_span.end)
    assert {i for i, p in enumerate(dom.parts) if "speaker" in p} == set(speaker)


def test_overlapping_items_are_split_and_nested() -> None:
    text = "Alpha beta gamma delta epsilon zeta eta theta"
    quote = Quote(Span.of(text, 6, 30), Span.of(text, 6, 22), kind="direct", speaker="Someone")
    caption = Caption(Span.of(text, 17, 40))
    footer = Boilerplate(Span.of(text, 0, 11), kind="ad")
    article = Article.from_items(text, [quote, caption, footer])
    dom = read_back(newsparse.annotate(article))
    assert "".join(dom.text) == text
    assert [set(k) for k in dom.kinds] == expected_kinds(article)


@attrs.frozen
class Hashtag:
    span: Span


def test_user_items_show_as_other() -> None:
    text = "Rain again #weather today"
    article = Article.from_items(text, [Hashtag(Span.of(text, 11, 19))])
    html = newsparse.annotate(article)
    assert 'data-np-kind="extra"' in html and ">Hashtag</span>" in html
    assert "1 other item" in html


def test_kinds_limits_the_highlights_not_the_counts() -> None:
    article = newsparse.parse(HOSTILE)
    html = newsparse.annotate(article, kinds={"tweet"})
    dom = read_back(html)
    assert [set(k) for k in dom.kinds] == expected_kinds(article, frozenset({"tweet"}))
    assert f"{len(article.quotes)} quote" in html


def test_without_legend_or_labels() -> None:
    article = newsparse.parse(HOSTILE)
    html = newsparse.annotate(article, legend=False, labels=False)
    assert "data-np-legend" not in html and "data-np-badge" not in html
    assert "".join(read_back(html).text) == HOSTILE


def test_empty_article() -> None:
    html = newsparse.annotate(newsparse.parse(""))
    assert "nothing found" in html
    assert read_back(html).text == []


def test_wrong_arguments() -> None:
    with pytest.raises(TypeError, match="parse the text first"):
        newsparse.annotate("plain text")  # type: ignore[arg-type]
    article = newsparse.parse("Text.")
    with pytest.raises(ValueError, match="unknown kinds"):
        newsparse.annotate(article, kinds={"quotes"})
    with pytest.raises(TypeError, match="collection of kind names"):
        newsparse.annotate(article, kinds="quote")


@given(
    st.text(alphabet="ab<>&\"' \n", max_size=40),
    st.lists(st.tuples(st.integers(0, 40), st.integers(0, 40), st.booleans()), max_size=6),
)
@settings(max_examples=200, deadline=None)
def test_any_items_over_any_text_read_back_exactly(text: str, cuts: list[tuple[int, int, bool]]) -> None:
    items: list[object] = []
    for a, b, as_quote in cuts:
        start, end = sorted((min(a, len(text)), min(b, len(text))))
        span = Span.of(text, start, end)
        items.append(Quote(span, span, speaker="<x>") if as_quote else Boilerplate(span, kind="ad"))
    article = Article.from_items(text, items)
    dom = read_back(newsparse.annotate(article))
    assert "".join(dom.text) == text
    assert [set(k) for k in dom.kinds] == expected_kinds(article)


# ---------------------------------------------------------------------------
# Reprs
# ---------------------------------------------------------------------------


def test_quote_repr_shows_speaker_cue_and_content_start() -> None:
    text = "Mayor Lina Ortiz said that the ferry service would resume on Monday after the storm."
    assert repr(newsparse.parse(text).quotes[0]) == (
        "Quote('the ferry service would resume on Monday after the storm', speaker='Lina Ortiz', "
        f"cue='said', kind='indirect', at=0:{len(text) - 1})"  # the full stop is not quoted
    )


def test_long_content_is_cut() -> None:
    text = "She said that " + "the harbour " * 30 + "was calm."
    r = repr(newsparse.parse(text).quotes[0])
    assert "the harbour the harbour" in r and "…'" in r and len(r) < 150


def test_tweet_repr() -> None:
    tweet = newsparse.parse(HOSTILE).tweets[0]
    assert repr(tweet).startswith("Tweet('Ferries to the islands resume Monday")
    assert "handle='harbourauth'" in repr(tweet) and "date='2026-03-03'" in repr(tweet)


@pytest.mark.parametrize("name", sorted(EXAMPLES))
def test_every_item_repr_is_one_short_line(name: str) -> None:
    for item in EXAMPLES[name].items:
        r = repr(item)
        assert "\n" not in r and len(r) < 260, r
        assert r.startswith(type(item).__name__ + "(")
        assert f"at={item.span.start}:{item.span.end})" in r


@pytest.mark.parametrize("name", sorted(EXAMPLES))
def test_article_repr_counts_not_text(name: str) -> None:
    article = EXAMPLES[name]
    r = repr(article)
    assert len(r) < 200 and "\n" not in r
    assert f"{len(article.text)} chars" in r
    if article.quotes:
        assert f"quotes={len(article.quotes)}" in r


def test_repr_pretty_prints_the_repr() -> None:
    class Printer:
        def __init__(self) -> None:
            self.out: list[str] = []

        def text(self, s: str) -> None:
            self.out.append(s)

    article = newsparse.parse(HOSTILE)
    for obj in (article, *article.items):
        printer = Printer()
        obj._repr_pretty_(printer, False)  # type: ignore[attr-defined]
        assert printer.out == [repr(obj)]


def test_item_html_is_a_small_escaped_card() -> None:
    article = newsparse.parse(HOSTILE)
    for item in article.items:
        html = item._repr_html_()  # type: ignore[attr-defined]
        dom = _Dom()
        dom.feed(html.replace('data-np-role="x"', ""))
        assert "<script" not in html and "<img" not in html and "<b>" in html
        assert type(item).__name__ in html


def test_badges_show_times_to_the_minute() -> None:
    text = "Home at last. — Ann (@ann.bsky.social) November 22, 2025 at 10:41 PM"
    when = dt.datetime(2025, 11, 22, 22, 41, 5)
    tweet = Tweet(Span.of(text, 0, len(text)), Span.of(text, 0, 13), handle="ann", date=when)
    html = newsparse.annotate(Article.from_items(text, [tweet]))
    assert "tweet · @ann · 2025-11-22 22:41</span>" in html
    assert "date='2025-11-22T22:41:05'" in repr(tweet), "the repr keeps the full value"


def test_dates_show_in_iso() -> None:
    text = "Yes. — Ann (@ann) March 3, 2026"
    tweet = Tweet(Span.of(text, 0, len(text)), Span.of(text, 0, 4), handle="ann", date=dt.date(2026, 3, 3))
    assert "date='2026-03-03'" in repr(tweet)


# ---------------------------------------------------------------------------
# The shipped examples
# ---------------------------------------------------------------------------


def test_examples_are_shipped_with_the_package() -> None:
    assert len(examples.names()) >= 7
    for name in examples.names():
        path = examples.path(name)
        assert path.parent.name == "examples" and path.parent.parent.name == "newsparse"
        assert examples.read(name) == path.read_bytes().decode("utf-8")


def test_examples_errors() -> None:
    with pytest.raises(KeyError, match="wire_story"):
        examples.read("no_such_article")
    with pytest.raises(TypeError, match="str"):
        examples.path(3)  # type: ignore[arg-type]


def test_examples_command_prints_paths_and_text() -> None:
    run = [sys.executable, "-m", "newsparse.examples"]
    paths = subprocess.run(run, capture_output=True, text=True, check=True).stdout.split("\n")
    assert paths[:-1] == [str(examples.path(n)) for n in examples.names()]
    one = subprocess.run([*run, "wire_story"], capture_output=True, check=True).stdout.decode("utf-8")
    assert one.replace("\r\n", "\n") == examples.read("wire_story").replace("\r\n", "\n")
    bad = subprocess.run([*run, "nope"], capture_output=True, text=True, check=False)
    assert bad.returncode == 2 and "unknown example" in bad.stderr
