"""Footer shapes of the eleventh round (sample s13), fifth pass (#9): a medical journal's reference list.

A science story or a journal's article may close with its references in the Vancouver style
(``Roe JK, Doe A. Title. Journal. 2016;31(4):112-9.``), often as a bulleted, numbered list
(``- 1.  Roe JK …``) long enough to start before the middle of the text. The whole list is one
footer with its header; a sentence that writes a year and a semicolon, or a numbered list of the
story's own points, is not. All sentences are our own.
"""

from __future__ import annotations

import pytest

import newsparse
from newsparse.rules.boilerplate import references


def _footers(text: str) -> list[str]:
    return [b.span.text for b in newsparse.parse(text).boilerplate]


def _covered(text: str, part: str) -> bool:
    """Whether every line of ``part`` lies inside a footer found in ``text``."""
    spans = [(b.span.start, b.span.end) for b in newsparse.parse(text).boilerplate]
    at = text.index(part)
    for line in part.split("\n"):
        start = text.index(line, at)
        if not any(s <= start and start + len(line) <= e for s, e in spans):
            return False
        at = start + len(line)
    return True


_STORY = (
    "Children who walk to school sleep better than those driven there, a study of 900 families found.\n"
    "The researchers followed the families in three towns over two school years.\n"
    "Pupils who walked at least a mile a day fell asleep twenty minutes earlier on average.\n"
)

_REFERENCES = (
    "References\n"
    "- 1.  Roe JK ,Doe A ,Moe PL ,et al . Walking and sleep in school-age children. Sleep Med. 2016;31:112-9.\n"
    "- 2.  Park H andLind B . Active travel to school: a review. J Phys Act Health. 2014;11(4):801-8.\n"
    "- 3.  Abel T . Daylight and the timing of sleep. Chronobiol Int. 2019;36:e1203.\n"
    "- 4.  Fenn R ,Gale S . School travel in small towns. BMJ Open. 2018;8:e021144.\n"
    "- 5.  Office for Rural Statistics. Travel to school survey: 2010 to 2015. May 2016."
)


def test_a_bulleted_vancouver_list_is_a_footer_with_its_header() -> None:
    text = _STORY + _REFERENCES
    assert _covered(text, _REFERENCES)


def test_a_long_list_starting_before_the_middle_is_taken_whole() -> None:
    # Twelve references after three story lines: the list starts well before the text's middle.
    refs = "\n".join(
        f"- {n}.  Roe JK ,Doe A . Walking study number {n}. Sleep Med. {2000 + n};{n + 10}:{n * 7}-{n * 7 + 5}."
        for n in range(1, 13)
    )
    text = _STORY + "References\n" + refs
    assert text.index("- 1.") < len(text) // 2
    assert _covered(text, "References\n" + refs)


def test_the_numbering_carries_a_reference_of_another_form() -> None:
    # ``- 5.`` follows ``- 4.`` and belongs to the list though it has no journal citation.
    text = _STORY + _REFERENCES
    assert _covered(
        text, "- 5.  Office for Rural Statistics. Travel to school survey: 2010 to 2015. May 2016."
    )


def test_a_plain_numbered_list_of_points_is_no_reference_list() -> None:
    points = (
        "The researchers gave three pieces of advice to parents.\n"
        "- 1. Let children walk part of the way if the whole route is too long.\n"
        "- 2. Keep bedtimes the same on school nights and at weekends.\n"
        "- 3. Turn screens off an hour before bed in 2019; 12 families said it helped.\n"
    )
    text = _STORY + points
    assert not any("Let children walk" in f or "screens off" in f for f in _footers(text))


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        ("- 7.  Abel T . Daylight and sleep. Chronobiol Int. 2019;36:e1203.", True),
        ("Fenn R, Gale S. School travel in small towns. BMJ Open. 2018;8(2):21-9.", True),
        ("The vote in 2019; 12 members abstained and two were absent.", False),
        ("- 3. Turn screens off an hour before bed.", False),
    ],
    ids=["bulleted-numbered", "plain-with-issue", "prose-with-semicolon", "numbered-point"],
)
def test_reference_line_shape(line: str, expected: bool) -> None:
    text = "\n" + line
    assert references._reference(text, 1, len(text), False, False, True) is expected
