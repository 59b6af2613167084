"""Tweet bodies of real embeds that lost their first lines (#9): our own invented posts in the
shapes real pages have, with the article prose around them that must stay out."""

from __future__ import annotations

import pytest

import newsparse

_LEAD = (
    "The minister turned to X on Sunday to describe the city's air as a health emergency, as the "
    "index passed 400 for a third day.\n"
)
# Three lines of one post: with its media link the post weighs 280 as X counts it (media is
# free), but 303 when the link weighs as a t.co link.
_THREE_LINES = (
    "The smog over our capital is now a public health emergency for every family in the region\n"
    "Schools will stay shut this week, and we have started handing out masks at every ration shop "
    "and clinic\n"
    "Please wear them outdoors, check on elderly neighbours and keep small children inside "
    "pic.twitter.com/Ab12Cd34Ef"
)


def test_media_link_does_not_count_towards_the_post_length() -> None:
    text = _LEAD + _THREE_LINES + "\n— Ravi Sen (@RaviSenOffice) November 3, 2024\nThe index fell on Monday."
    (tweet,) = newsparse.find_tweets(text)
    assert tweet.body.text == _THREE_LINES


def test_the_same_post_with_a_short_link_keeps_its_last_lines_only() -> None:
    # A t.co link in the text counts 23 characters: the three lines no longer fit in a post.
    body = _THREE_LINES.replace("pic.twitter.com/Ab12Cd34Ef", "https://t.co/Ab12Cd34Ef")
    text = _LEAD + body + "\n— Ravi Sen (@RaviSenOffice) November 3, 2024\n"
    (tweet,) = newsparse.find_tweets(text)
    assert tweet.body.text == body.split("\n", 1)[1]


@pytest.mark.parametrize(
    ("lead_in", "opener"),
    [
        ("See tweets :", "Council resolves to:"),
        ("The agency posted on X:", "JUST IN:"),
        ("Here is the post:", "Tonight's service changes:"),
    ],
    ids=["see_tweets", "just_in_label", "here_is_the_post"],
)
def test_colon_line_under_a_lead_in_opens_the_post(lead_in: str, opener: str) -> None:
    text = (
        "The council met for the first time since the summer recess.\n"
        f"{lead_in}\n{opener}\nHold a minute's silence for the two members who died in August.\n"
        "— City Council (@citycouncil) October 9, 2024\nThe meeting then moved to the budget."
    )
    (tweet,) = newsparse.find_tweets(text)
    assert tweet.body.text == f"{opener}\nHold a minute's silence for the two members who died in August."


@pytest.mark.parametrize(
    "above",
    [
        "The council met for the first time since the summer recess and heard this:",
        "Council resolves to:",
    ],
    ids=["article_lead_in_alone", "colon_line_under_prose"],
)
def test_a_colon_line_not_under_a_lead_in_stays_out(above: str) -> None:
    text = (
        "The council met for the first time since the summer recess, with every member present.\n"
        f"{above}\nHold a minute's silence for the two members who died in August.\n"
        "— City Council (@citycouncil) October 9, 2024\n"
    )
    (tweet,) = newsparse.find_tweets(text)
    assert tweet.body.text == "Hold a minute's silence for the two members who died in August."
