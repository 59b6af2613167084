"""Type-checked as user code by `mypy --strict`: the public API must type-check cleanly."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import attrs

import newsparse
from newsparse import AlsoRead, Article, Boilerplate, Document, Parser, Quote, Span


@attrs.frozen
class SiteTag:
    """A user-defined item."""

    span: Span
    tag: str


def site_tags(document: Document) -> Iterator[SiteTag]:
    """A user rule: tag lines that start with '#'."""
    for line in document.unclaimed_lines():
        if line.text.startswith("#"):
            yield SiteTag(line, line.text[1:].strip())


def promo_lines(document: Document) -> list[Boilerplate]:
    """A user rule returning built-in items."""
    return [Boilerplate(line, kind="other") for line in document.unclaimed_lines() if "PROMO" in line.text]


parser: Parser = newsparse.default_parser.with_rule(site_tags, after="also_read").with_rule(
    promo_lines, before="quotes"
)
article: Article = parser.parse("Some text\n#local")
links: tuple[AlsoRead, ...] = article.also_read
quotes: tuple[Quote, ...] = newsparse.find_quotes("He said that it rained.")
speakers: list[str | None] = [q.speaker for q in quotes]
data: dict[str, object] = newsparse.to_dict(article)
again: Article = newsparse.from_dict(newsparse.to_dict(article))
first: Span | None = article.headline.title if article.headline else None
body: str = article.body
names: tuple[str, ...] = parser.without("quotes").names
view: str = newsparse.annotate(article, kinds={"quote", "tweet"}, legend=False)
shown: str = article._repr_html_() + repr(article) + repr(quotes[0] if quotes else article)
example_names: tuple[str, ...] = newsparse.examples.names()
example_text: str = newsparse.examples.read(example_names[0])
example_file: Path = newsparse.examples.path("wire_story")
