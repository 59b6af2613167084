"""Footers, seventh round (#9, #11): shapes from the opened blind sets, each in our own
invented text: section and topic "read more" labels, pointers to the live blog, gallery labels,
image placeholders, prize ads and breadcrumbs, alone on a line between story paragraphs."""

from __future__ import annotations

import pytest

from newsparse import find_boilerplate, parse

ABOVE = "The district council on Tuesday approved a plan to rebuild the flood wall along the river."
BELOW = "Councillor Ana Ferreira said the old wall had failed twice in heavy rain since the spring."
LAST = "The works will cost about 12 million dollars and take two years, the council's engineer said."


def _story(line: str) -> str:
    """Three story paragraphs with ``line`` between the first two."""
    return "\n".join((ABOVE, line, BELOW, LAST))


@pytest.mark.parametrize(
    "line",
    [
        "read more in sport",
        "Read More on The Riverside Gazette",
        "read more flood defences",
        "Follow the latest flood warnings on our live blog.",
        "Follow our full coverage of the floods here.",
        "Region news in pictures",
        "Show all 24",
        "RG Image",
        "Think you can pick the winners? Play our free predictor and win a car. Register Now!",
        "News | Local | Flood Defences",
        "(Results | League Table)",
    ],
    ids=[
        "read-more-section",
        "read-more-on-site",
        "read-more-topic",
        "live-blog",
        "full-coverage",
        "in-pictures",
        "show-all",
        "image-placeholder",
        "register-now",
        "breadcrumb",
        "bracketed-links",
    ],
)
def test_a_site_pointer_alone_on_a_line_is_a_footer(line: str) -> None:
    assert [b.text for b in find_boilerplate(_story(line))] == [line]


@pytest.mark.parametrize(
    "line",
    [
        "Read more about the scheme on the council's website, a spokesman urged residents.",
        "Follow the river path and you reach the old mill, where the wall failed.",
        "Engineers said they would show all the plans to residents at a meeting in May.",
        "Rain | wind | cold: the forecast for the week ahead was grim, forecasters warned.",
        "Images of the damage were shared widely online after the storm.",
    ],
    ids=["read-more-sentence", "follow-sentence", "show-all-sentence", "pipes-in-a-sentence", "image-sentence"],
)
def test_a_story_sentence_with_the_same_words_stays_story(line: str) -> None:
    assert find_boilerplate(_story(line)) == ()


def test_a_read_more_label_does_not_take_the_story_under_it() -> None:
    # A label is no related-links header: the story paragraphs under it stay story.
    text = "\n".join((ABOVE, BELOW, "Read More on The Riverside Gazette", LAST, "Work starts in May, he said."))
    assert [b.text for b in parse(text).boilerplate] == ["Read More on The Riverside Gazette"]
