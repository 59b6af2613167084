"""Tweets, eleventh round (sample s14, #9): a post whose lines keep the embed's indent (the page's
blockquote written as leading blanks) takes no unindented article line above it. Our own text."""

from __future__ import annotations

import pytest

from newsparse import parse

_LONG = (
    "The alert reached every phone in the city before dawn on Monday and carried only a name, an "
    "age and a number to call, which left many residents unsure what the police were asking of them "
    "and why the message had been sent to everyone at once.\n"
)


@pytest.mark.parametrize("indent", [" ", "    "])
def test_indented_post_stops_at_the_unindented_line_above(indent: str) -> None:
    text = (
        _LONG + "Some residents criticised the decision to send it to the whole city.\n"
        f"{indent}I did not sign up for the alert system to be woken by this.\n"
        "— Jane Roe (@janeroe) September 19, 2016\n"
        "The city defended the alert on Tuesday.\n"
    )
    (post,) = parse(text).tweets
    assert post.body.text == "I did not sign up for the alert system to be woken by this."


def test_unindented_post_lines_still_join() -> None:
    # No indent anywhere: the lines are read as before (a two-line post stays whole).
    text = (
        _LONG + "Big news for the harbour today!\n"
        "Dredging starts at the quay next week.\n"
        "— Port Authority (@portauth) March 3, 2025\n"
        "The work will take two years.\n"
    )
    (post,) = parse(text).tweets
    assert post.body.text.endswith("Dredging starts at the quay next week.")
