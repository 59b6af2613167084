"""Also-read labels, eleventh round (sample s13/s14, #9): a magazine's pointer to a sister title's
story, ``For more, read: <title>``. Every text is our own."""

from __future__ import annotations

from newsparse import parse


def test_for_more_read_label() -> None:
    text = (
        "The device costs $129 and sends voice notes with one tap, the company said on Monday.\n"
        "For more, read: This Harbour Hotel Is Putting Speakers in Every Room\n"
        "The firm plans a second model next year, its founder said.\n"
    )
    links = parse(text).also_read
    assert [(link.label.text, link.title.text) for link in links] == [
        ("For more, read", "This Harbour Hotel Is Putting Speakers in Every Room")
    ]


def test_for_more_read_in_a_sentence_is_no_label() -> None:
    text = (
        "For more, read the full report on the council website, which lists every change.\n"
        "The council said it would vote again in May.\n"
    )
    assert parse(text).also_read == ()


def test_label_over_dots_parses() -> None:
    # Found by Hypothesis: a label whose title strips to nothing raised inside the follow guard.
    from newsparse.rules.also_read.guards import is_social_follow

    assert is_social_follow(". .") is False
    assert is_social_follow("Follow Ann on X: @annroe") is True
    parse("ALSO READ\r. . [AAA]")
