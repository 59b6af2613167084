"""Footers, fourth round (#9): publisher notes and widget strings, and related headlines or tag
lines closing a line-based text. Every article here is our own invented text in the shapes
real scrapes have."""

from __future__ import annotations

import pytest

from newsparse import find_boilerplate

STORY = (
    "The city council on Tuesday approved a plan to replace the water mains under the old market.\n"
    "Councillor Maria Esteves said the pipes had burst eleven times since January.\n"
    "Under the plan, the council will borrow 40 million dollars over ten years.\n"
    "Work is expected to start in the spring and last about eighteen months.\n"
)


def _texts(text: str) -> list[str]:
    return [b.text for b in find_boilerplate(text)]


NOTES = [
    (
        "print_edition",
        "A version of this article appears in print on March 4, 2024, Section A, Page 18 of the "
        "Ledger edition with the headline: Council Approves Pipes. Order Reprints | Today's Paper | Subscribe",
    ),
    ("originally_published_as", "Originally published as Council approves water main plan"),
    ("originally_appeared", "This story originally appeared in the Valley Ledger."),
    ("disclosure_label", "Disclosure statement"),
    (
        "disclosure",
        "Rosa Lind does not work for, consult, own shares in or receive funding from any company or "
        "organisation that would benefit from this article.",
    ),
    ("funding_partner", "Riverside University provides funding as a member of The Exchange UK."),
    (
        "rights_notice",
        "All rights reserved. This material, and other digital content on this website, may not be "
        "reproduced, published, broadcast, rewritten or redistributed in whole or in part.",
    ),
    ("no_part", "No part of this publication may be reproduced without written permission."),
    (
        "moderation",
        "Comments expressed here do not reflect the opinions of the Valley Ledger or any employee thereof.",
    ),
    (
        "newsletter_sign_up_here",
        "Get a look at the day ahead in markets with the Morning Ledger email newsletter. Sign up here.",
    ),
    ("click_to_expand", "Click to expand"),
    ("discover_more", "Discover more"),
    ("tune_in", "Tune In"),
    ("keywords", "Keywords: water, council, budget"),
    ("header_image", "Header image: Workers at the market site. — Reuters"),
    ("player_clock", "00:00"),
    ("player_clocks", "01:12 / 03:45"),
]


@pytest.mark.parametrize(("name", "line"), NOTES, ids=[n for n, _ in NOTES])
def test_publisher_notes_are_footers(name: str, line: str) -> None:
    assert _texts(STORY + line) == [line], name


STORY_LINES = [
    # The same opening words in story sentences.
    "Originally published in 1851, the novel sold poorly in the author's lifetime.",
    "A version of this plan was rejected by the council last year.",
    "This material may yet prove useful to the inquiry, the councillor said.",
    "Comments made by the mayor were not reflected in the final report.",
    "Keywords were removed from the filing before it was published.",
    "Tune in to the debate was low, with only a few hundred viewers watching.",
    "The newsletter was sent to 5,000 residents, who were asked to sign up for the scheme.",
    "Discover more about the old market by walking its narrow lanes.",
]


@pytest.mark.parametrize("line", STORY_LINES)
def test_story_sentences_with_the_same_words_stay_story(line: str) -> None:
    assert _texts(STORY + line + "\n" + STORY) == []
