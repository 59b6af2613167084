"""English bylines, eleventh round (sample s13) (#9): a reviewer's sign-off naming the outlet and the roles
(``– Jane Roe, The Harbour Gazette Music Editor, Writer``), an outlet's web address alone under
a paragraph (``HARBOURNEWS.COM``), a letter's signature under its closing words (``Love`` over
``Marta``), and a paper's note on where to reach its authors (``Corresponding Author: ...``).
The articles are invented."""

from __future__ import annotations

import pytest

import newsparse
from newsparse.rules.furniture.byline_bare_names import domain_alone

_BODY = (
    "The harbour board approved the new ferry timetable on Tuesday after a long debate. The "
    "changes take effect in May, once the second boat has been repaired and tested.\n"
    "Critics said the fares were too high for commuters and asked for an independent review.\n"
    "The board said it would publish the full figures before the summer holidays begin.\n"
)


def _bylines(text: str) -> list[str]:
    return [b.span.text for b in newsparse.parse(text, language="en").bylines]


@pytest.mark.parametrize(
    "line",
    [
        "– Peter Novak, The Harbour Gazette Music Editor, Writer",
        "— Anna Lee, Harbour Radio, Senior Critic",
        "– Tom Okafor, Staff Writer",
    ],
    ids=["outlet-and-two-roles", "outlet-then-role", "one-role"],
)
def test_dash_sign_off_with_outlet_and_roles(line: str) -> None:
    text = "Three critics on the new album\n" + _BODY + line + "\n" + _BODY
    assert line in _bylines(text)


def test_dash_list_item_with_lower_case_description_is_no_sign_off() -> None:
    line = "– Peter Novak, Director of Sales at Harbour Radio"
    text = "Speakers\n" + _BODY + line + "\n" + _BODY
    assert line not in _bylines(text)


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        ("HARBOURNEWS.COM", True),
        ("harbour-news.co.uk", True),
        ("news.harbour.com.au", True),
        ("U.S.", False),
        ("e.g.", False),
        ("harbournews.com/ferries", False),
        ("Harbour News", False),
    ],
    ids=["capitals", "hyphen-co-uk", "subdomain", "initials", "abbreviation", "path", "no-dot"],
)
def test_domain_alone(line: str, expected: bool) -> None:
    assert domain_alone(line, 0, len(line)) is expected


def test_domain_alone_under_a_paragraph_is_the_source_credit() -> None:
    text = _BODY + "HARBOURNEWS.COM\nStatement from the Harbour Board\n" + _BODY
    found = [b for b in newsparse.parse(text, language="en").bylines if b.span.text == "HARBOURNEWS.COM"]
    assert [b.kind for b in found] == ["credit"]


def test_domain_under_a_label_is_no_credit() -> None:
    text = _BODY + "Read the full report at:\nharbournews.com\n" + _BODY
    assert "harbournews.com" not in _bylines(text)


@pytest.mark.parametrize(
    ("closing", "name"),
    [
        ("Love", "Marta"),
        ("Best wishes,", "Tom Okafor"),
        ("Yours sincerely,", "Anna M. Lee"),
        ("Cheers", "Sam"),
    ],
    ids=["love", "best-wishes", "yours-sincerely", "cheers"],
)
def test_name_under_valediction_closing_the_page(closing: str, name: str) -> None:
    text = "A letter from the harbour\n" + _BODY + "More news soon.\n" + closing + "\n" + name
    assert _bylines(text) == [name]


def test_name_under_valediction_needs_the_page_to_end() -> None:
    text = "A letter from the harbour\n" + _BODY + "Love\nMarta\n" + _BODY + _BODY
    assert "Marta" not in _bylines(text)


def test_word_after_plain_short_line_is_no_signature() -> None:
    text = "A letter from the harbour\n" + _BODY + "Next stop\nMarta"
    assert "Marta" not in _bylines(text)


@pytest.mark.parametrize(
    "line",
    [
        "Corresponding Author: Jane Q. Roe, PhD, Department of Marine Studies, Harbour University, "
        "12 College Road, Springfield 01234; e-mail, jroe@example.edu. The author thanks the harbour "
        "board for access to its archive.",
        "Current Author Addresses: Dr. Roe: Department of Marine Studies, 12 College Road, Springfield.",
        "Reprint requests: Tom Okafor, Harbour Institute, 4 Quay Street, Springfield.",
    ],
    ids=["corresponding-author-long", "author-addresses", "reprint-requests"],
)
def test_author_address_lines(line: str) -> None:
    text = "Ferry timetables and commuter welfare\n" + _BODY + line + "\n"
    assert line in _bylines(text)


def test_correspondence_label_before_a_sentence_is_no_address() -> None:
    line = "Correspondence: the board has not answered our letters since March."
    text = "Ferry timetables\n" + _BODY + line + "\n"
    assert line not in _bylines(text)


_LONG_BODY = _BODY * 3


@pytest.mark.parametrize(
    "line",
    ["Margaret Olsen, Fairview", "Tom Brady, Port Ellis", "Sarah Kent, Upper Dale, Harbourshire"],
    ids=["town", "two-word-town", "town-and-county"],
)
def test_reader_letter_signed_with_town(line: str) -> None:
    text = (
        "Letters to the editor\n"
        + _LONG_BODY
        + "I urge the board to think again before the summer, when it will be far too late.\n"
        + line
        + "\n"
    )
    assert line in _bylines(text)


@pytest.mark.parametrize(
    "line",
    ["Harbour Indians, Chennai", "Margaret Olsen, director of the harbour trust"],
    ids=["no-given-name", "lower-case-role"],
)
def test_name_comma_line_that_is_no_signature(line: str) -> None:
    text = (
        "Letters to the editor\n"
        + _LONG_BODY
        + "I urge the board to think again before the summer, when it will be far too late.\n"
        + line
        + "\n"
    )
    assert line not in _bylines(text)


def test_name_and_town_with_story_going_on_is_no_signature() -> None:
    text = "Letters to the editor\n" + _LONG_BODY + "Margaret Olsen, Fairview\n" + _LONG_BODY
    assert "Margaret Olsen, Fairview" not in _bylines(text)


@pytest.mark.parametrize("outlet", ["Ledger Life Magazine", "Ledger Radio", "The Quayside Weekly"])
def test_magazine_or_broadcaster_alone_under_the_story(outlet: str) -> None:
    text = "Harbour board approves new timetable\n" + _LONG_BODY + outlet + "\n"
    assert outlet in _bylines(text)


def test_subhead_ending_in_star_is_no_outlet() -> None:
    text = "Harbour board approves new timetable\n" + _LONG_BODY + "Rising Star\n" + _LONG_BODY
    assert "Rising Star" not in _bylines(text)
