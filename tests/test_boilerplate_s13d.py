"""Footer shapes of the thirteenth round, fourth pass (#9): a list of other stories' excerpts.

A page may close (or interrupt) a story with other stories' excerpts: each one a paragraph or
two of the other story, the last cut off at a fixed length with ``...``. Three or more cut-off
ends close together, with those stories' opening paragraphs between them, are one list of
teasers; a story trailing off once or twice, a reader's short comment trailing off, or a code
listing's ``...`` is not. All sentences are our own.
"""

from __future__ import annotations

import pytest

import newsparse


def _footers(text: str) -> list[str]:
    return [b.span.text for b in newsparse.parse(text).boilerplate]


_STORY = (
    "Harbour Town will rebuild its old ferry pier next spring, the council decided on Tuesday.\n"
    "The pier, which dates from the 1920s, has been closed since a storm damaged its deck two winters ago.\n"
    "Work is expected to take eight months and to cost about four million pounds, a spokeswoman said.\n"
    "Fishermen who moor their boats beside the pier have complained for months about the closure.\n"
    "They say the nearest slipway is three miles away and that the road to it floods at high tide.\n"
    "The council's plan keeps the pier's cast-iron railings, which a local society had asked it to save.\n"
    "A public meeting on the design will be held at the town hall next month, the council said.\n"
    "Residents who cannot attend can send their views by letter until the end of March.\n"
)

# Each excerpt: the other story's opening paragraph, then its second paragraph cut off.
_EXCERPTS = (
    "The county's bus company will add a night route between the two market towns from June.\n"
    "Drivers had asked for the change for years, and a survey last winter found that most riders would use the ...\n"
    "A new bakery opened on the high street on Saturday, with a queue stretching past the post office.\n"
    "The owners, two sisters who trained in Lyon, say they will bake rye bread every morning and sell it until...\n"
    "The lifeboat crew rescued three walkers cut off by the tide below the cliffs on Sunday afternoon.\n"
    "None of the walkers was hurt, the crew said, but they had ignored the warning signs at the top of the...\n"
)


def test_a_list_of_excerpts_with_their_opening_paragraphs_is_a_footer() -> None:
    footers = _footers(_STORY + _EXCERPTS)
    covered = "\n".join(footers)
    assert "Drivers had asked" in covered
    assert "The county's bus company" in covered  # the first excerpt's opening paragraph
    assert "A new bakery opened" in covered  # an opening paragraph between two cut-off ends
    assert "the warning signs" in covered
    assert not any("ferry pier" in f or "spokeswoman" in f for f in footers)


@pytest.mark.parametrize(
    "tail",
    [
        # two cut-off ends only: a story may trail off twice
        "\n".join(_EXCERPTS.split("\n")[:4]) + "\n",
        # short trailing-off lines, as readers' comments end, between longer comments
        (
            "I liked the old pier better...\n"
            "My grandfather fished from it every Sunday, and nobody there ever asked the council for anything.\n"
            "They never listen to us...\n"
            "Four million pounds would pay for a lot of other things in this town, if you ask me about it.\n"
            "We will see...\n"
        ),
        # a code listing's continuation dots
        ">>> def pier(length):\n...     return length * 2\n...\n>>> pier(3)\n...\n",
        # cut-off ends too far apart: story paragraphs stand between them
        (
            "Drivers had asked for the change for years, and a survey last winter found that most riders would use the ...\n"
            + _STORY
            + "Ticket prices will not change this year, the company added.\n"
            + "The owners, two sisters who trained in Lyon, say they will bake rye bread every morning and sell it until...\n"
            + _STORY
            + "Ticket prices will not change this year, the company added.\n"
            + "None of the walkers was hurt, the crew said, but they had ignored the warning signs at the top of the...\n"
        ),
    ],
    ids=["two-ends", "short-comments", "code-listing", "far-apart"],
)
def test_no_excerpt_list_without_three_long_cut_off_ends_close_together(tail: str) -> None:
    footers = _footers(_STORY + tail + "The council meets again in May.\n")
    assert not any("ferry pier" in f for f in footers)
    assert not any("trained in Lyon" in f or "pier(3)" in f or "old pier better" in f for f in footers)
