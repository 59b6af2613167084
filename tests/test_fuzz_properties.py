"""Whole-parser invariants over article-shaped text, random Unicode and mixed line endings.

Documents are built from the line shapes real articles have (headline, byline, dateline,
timestamp, "Also Read:", tweet signature, quotes, captions, blank lines), with names, dates
and times drawn at random (impossible times included), joined by any of the line terminators
Python's ``str.splitlines`` knows. The number of examples comes from the Hypothesis profile
(``tests/conftest.py``): a few thousand per property with ``HYPOTHESIS_PROFILE=ci``.

Invariants, all checked on every example (one parse pays for all): parsing never raises;
every span is in bounds and ``text[span]`` is its text; parsing is deterministic; the JSON
round trip gives an equal article; no date names a day its ``date_text`` does not.
"""

from __future__ import annotations

import json

from hypothesis import given
from hypothesis import strategies as st

import newsparse
from newsparse import Article
from test_properties import check_invariants

LINE_ENDINGS = ("\n", "\r\n", "\r", "\n\n", "\u2028", "\x85", "\x0c", "\r\n\r\n")

words = st.text(alphabet="abcdefghijklmnopqrstuvwxyzéüñøłçşğ", min_size=1, max_size=9)
capitalised = words.map(str.capitalize)
names = st.tuples(capitalised, capitalised).map(" ".join)
titles = st.lists(capitalised, min_size=1, max_size=8).map(" ".join)
sentences = st.lists(words, min_size=1, max_size=14).map(lambda w: " ".join(w).capitalize() + ".")
handles = st.text(alphabet="abcdefghijklmnopqrstuvwxyz_0123456789", min_size=1, max_size=20)
months = st.sampled_from(["Jan", "Feb.", "March", "Nov", "December", "noviembre", "juillet", "Sept."])
clocks = st.tuples(
    st.integers(0, 29), st.integers(0, 69), st.sampled_from(["", " AM", " PM", " IST", " ET", " GMT+10"])
)
dates = st.builds(
    lambda m, d, y, c: f"{m} {d}, {y}" + (f" {c[0]}:{c[1]:02d}{c[2]}" if c else ""),
    months,
    st.integers(0, 39),
    st.integers(1985, 2035),
    st.none() | clocks,
)
iso = st.builds(
    lambda y, mo, d, h, mi: f"{y}-{mo:02d}-{d:02d}T{h:02d}:{mi:02d}",
    st.integers(1990, 2030), st.integers(0, 13), st.integers(0, 32), st.integers(0, 29), st.integers(0, 69),
)  # fmt: skip

LINE_SHAPES = st.one_of(
    titles,  # a headline
    names.map(lambda n: f"By {n}"),
    st.tuples(names, names).map(lambda p: f"By {p[0]} and {p[1]}, Reuters"),
    st.tuples(titles, dates).map(lambda p: f"{p[0].upper()}, {p[1]} (Reuters) - "),
    dates.map(lambda d: f"Updated: {d}"),
    iso.map(lambda d: f"Published: {d}"),
    st.sampled_from(["Updated 3 hours ago", "5 min read", "yesterday", "Posted: 2 days ago"]),
    titles.map(lambda t: f"Also Read: {t}"),
    titles.map(lambda t: f"READ MORE | {t}"),
    st.tuples(sentences, names, handles, dates | iso).map(
        lambda p: f"{p[0]} pic.twitter.com/x1\n— {p[1]} (@{p[2]}) {p[3]}"
    ),
    st.tuples(sentences, names).map(lambda p: f"“{p[0][:-1]},” said {p[1]}."),
    st.tuples(names, sentences).map(lambda p: f"{p[0]} said that {p[1]}"),
    st.tuples(sentences, names).map(lambda p: f'"{p[0]}'),  # a quote that never closes
    sentences.map(lambda s: f"{s} (Photo: AP/File)"),
    st.sampled_from(
        ["View this post on Instagram", "A post shared by Lina (@lina.k)", "Comments", "© 2025 Example Media"]
    ),
    sentences,
    st.just(""),  # a blank line
    st.text(max_size=40),  # random Unicode, surrogates and controls included
    st.text(alphabet="!?.,;:'\"“”‘’()[]-–—…/\\@# ", max_size=60),  # punctuation runs
)

articles = st.lists(st.tuples(LINE_SHAPES, st.sampled_from(LINE_ENDINGS)), max_size=30).map(
    lambda lines: "".join(line + end for line, end in lines)
)


def check_all(text: str) -> None:
    """Every invariant on one text: one parse pays for all four checks."""
    article = newsparse.parse(text)
    check_invariants(text, article)  # never raised; spans in bounds and exact; order; no overlap
    again = newsparse.parse(text)
    assert again == article, "not deterministic"
    data = newsparse.to_dict(article)
    assert newsparse.to_dict(again) == data
    restored = newsparse.from_dict(json.loads(json.dumps(data, ensure_ascii=False)))
    assert isinstance(restored, Article) and restored == article, "JSON round trip differs"
    for item in article.items:
        # A date is never moved to another day: its day of month is in the text it came from.
        date, date_text = getattr(item, "date", None), getattr(item, "date_text", None)
        if date is not None and date_text:
            assert str(date.day) in date_text or f"{date.day:02d}" in date_text, (date, date_text)


@given(articles)
def test_article_shaped_text(text: str) -> None:
    check_all(text)


@given(st.text())
def test_random_unicode(text: str) -> None:
    check_all(text)


@given(articles.map(lambda t: " ".join(t.split())))
def test_one_line_scrapes(text: str) -> None:
    check_all(text)
