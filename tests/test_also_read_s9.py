"""Also-read, round nine (#9, #11).

Every row is our own text in the shape real pages and newsletters print.
"""

from __future__ import annotations

import pytest

from newsparse import Parser, parse
from newsparse.rules.also_read.rule import AlsoReadRule

_EN = "The regulator fined the lender on Monday after a two-year inquiry into its sales practices."
_NEXT = "Shares in the bank fell by four per cent in early trading on the news from the regulator."


def _links(text: str, lang: str = "en") -> list[tuple[str | None, str]]:
    article = parse(text, language=lang)
    return [(a.label.text if a.label else None, a.title.text) for a in article.also_read]


# -- a label closed by a full stop is an anchor pointing back, not a header ------------------


@pytest.mark.parametrize(
    "text",
    [
        # a newsletter's paragraph ends on a link anchor; the next section's heading follows
        f"{_EN}\nRead more here.\nWhy the housing slump keeps spreading inland\n{_NEXT}",
        f"{_EN}\nRead more.\nA new chief for the central bank\n{_NEXT}",
        f"{_EN}\nSee more.\nFarmers count the cost of the dry spring\n{_NEXT}",
    ],
    ids=["read-more-here", "read-more", "see-more"],
)
def test_label_sentence_is_no_header(text: str) -> None:
    assert _links(text) == []


def test_label_sentence_is_a_footer() -> None:
    text = f"{_EN}\nRead more here.\nWhy the housing slump keeps spreading inland\n{_NEXT}"
    article = Parser([AlsoReadRule()]).parse(text)
    assert [(b.kind, b.text) for b in article.boilerplate] == [("related_links", "Read more here.")]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # capitals, a colon or no mark at all keep the line a header over its title
        (
            f"{_EN}\nREAD MORE.\nWhy the housing slump keeps spreading inland\n{_NEXT}",
            [("READ MORE", "Why the housing slump keeps spreading inland")],
        ),
        (
            f"{_EN}\nRead more:\nWhy the housing slump keeps spreading inland\n{_NEXT}",
            [("Read more", "Why the housing slump keeps spreading inland")],
        ),
        (
            f"{_EN}\nAlso Read\nWhy the housing slump keeps spreading inland\n{_NEXT}",
            [("Also Read", "Why the housing slump keeps spreading inland")],
        ),
    ],
    ids=["caps-stop", "colon", "bare"],
)
def test_label_header_still_links(text: str, expected: list[tuple[str, str]]) -> None:
    assert _links(text) == expected
