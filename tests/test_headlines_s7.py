"""A long headline over a bullet-point summary (#9): some sites set a quotation, a claim and a
"... but" turn in one headline of over 200 characters, then bullet points, then the story. Our
own invented articles in that shape."""

from __future__ import annotations

import newsparse

_LONG = (
    "'We owe him the chance to finish the job': Tom Reyes should stay at Port Vale until the end "
    "of the season, says manager Ann Cole... but admits the club that owns him could still call "
    "him back before the delayed campaign ends"
)
_BULLETS = (
    "- Tom Reyes has kept eleven clean sheets while on loan at Port Vale this season\n"
    "- His loan deal runs out before the delayed season is likely to finish\n"
)
_BODY = (
    "Ann Cole believes it would be fair for Tom Reyes to see out the season at Port Vale, but "
    "accepted that his parent club could decide to recall him when the loan ends.\n"
)


def test_a_long_headline_over_bullet_points() -> None:
    assert len(_LONG) > 200
    article = newsparse.parse(_LONG + "\n" + _BULLETS + _BODY)
    assert article.headline is not None
    assert article.headline.title.text == _LONG


def test_a_long_first_line_without_bullets_is_body() -> None:
    assert newsparse.parse(_LONG + "\n" + _BODY + _BODY).headline is None


def test_a_long_sentence_over_bullets_is_no_headline() -> None:
    # A paragraph ending in a full stop reads as the story's first one, bullets or not.
    assert newsparse.parse(_LONG + ".\n" + _BULLETS + _BODY).headline is None
