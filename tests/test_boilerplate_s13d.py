"""Footer shapes of the eleventh round (sample s13), fourth pass (#9): a list of other stories' excerpts.

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


# --- a comment section with no header: the site's replies to readers by name -----------------

_ARTICLE = _STORY + (
    "The town's sailing club welcomed the decision and said it would help raise money for the railings.\n"
    "Its chairman said members had waited long enough and would be glad to see boats back at the pier.\n"
)

_THREAD = (
    "Will the new pier have a ramp for wheelchairs? My father would love to fish there again.\n"
    "Hi Margaret, yes: the plans show a ramp at the landward end, and handrails along both sides.\n"
    "Great news, we used to walk there every weekend before the storm.\n"
    "Thanks!\n"
    "Does anyone know whether the kiosk at the end of the pier will reopen as well?\n"
    "Hey Tomas, the council says the kiosk will be let again once the deck is finished.\n"
    "Four million pounds seems a lot for a pier that hardly anyone used before it closed.\n"
    "Thank you for the update, it is good to hear something is finally happening.\n"
)


def test_replies_by_name_under_the_story_are_a_comment_section() -> None:
    footers = _footers(_ARTICLE + _THREAD)
    covered = "\n".join(footers)
    assert "Hi Margaret" in covered and "Hey Tomas" in covered
    assert "ramp for wheelchairs" in covered  # the comment the first reply answers
    assert "finally happening" in covered  # the comments after the last reply, to the end
    assert "sailing club" not in covered and "ferry pier" not in covered


@pytest.mark.parametrize(
    "tail",
    [
        # one reply by name only
        _THREAD.replace("Hey Tomas, the", "The"),
        # greetings far apart: a story quoting two letters
        (
            "Hi Margaret, the letter began, and went on for three pages about the state of the pier.\n"
            + _STORY
            + "Her reply opened the same way, the letters show, and was just as long as the first.\n"
            + _STORY
            + "Hey Tomas, she wrote in the last of them, the pier will outlast us both.\n"
            + "Thanks to the council, it may yet do so.\n"
        ),
        # words that only look like a greeting
        (
            "Hillary Mason, who runs the kiosk, said she would reopen it.\n"
            "History suggests the pier will be busy again within a year, Mason said.\n"
            "Hikers use the cliff path above it, which stays open during the work.\n"
            "Thankfully, the railings can be saved, the engineers found.\n"
        ),
    ],
    ids=["one-named-reply", "far-apart", "look-alikes"],
)
def test_no_comment_section_without_a_run_of_greetings_by_name(tail: str) -> None:
    footers = _footers(_ARTICLE + tail)
    assert not any("ramp for wheelchairs" in f or "three pages" in f or "Hikers" in f for f in footers)
