"""Byline shapes of real scrapes that the case tables lacked (#9): our own invented lines in
the shapes real pages have, with negatives that look alike."""

from __future__ import annotations

import pytest

import newsparse

_HEAD = "Council passes budget after late-night session\n"
_BODY = (
    "The council approved the new budget on Tuesday after a long debate that ran well past "
    "midnight, officials said.\nThe vote came after months of talks between the two parties over "
    "spending on roads and schools in the district."
)

# (id, lines between the headline and the body, lines after the body, expected byline texts)
SHAPES = [
    (
        "name_comma_outlet_place",
        "Jane Roe, Hindustan Times, New Delhi\n",
        "",
        ["Jane Roe, Hindustan Times, New Delhi"],
    ),
    ("name_comma_camel_outlet", "Jane Roe , ETTelecom\n", "", ["Jane Roe , ETTelecom"]),
    ("name_over_agency", "Jane Roe\nCNN\n", "", ["Jane Roe", "CNN"]),
    ("name_over_address", "Jane Roe\njroe@ledger.example\n", "", ["Jane Roe", "jroe@ledger.example"]),
    ("name_over_handle", "Jane Roe\n@janeroe\n", "", ["Jane Roe", "@janeroe"]),
    (
        "byline_over_channel_handle",
        "By Jane Roe\nTwitter: @janeroe\n",
        "",
        ["By Jane Roe", "Twitter: @janeroe"],
    ),
    ("three_bare_names", "Jane Roe, Tom Okafor and Lia Chen\n", "", ["Jane Roe, Tom Okafor and Lia Chen"]),
    ("by_with", "By Jane Roe with Tom Okafor\n", "", ["By Jane Roe with Tom Okafor"]),
    (
        "by_with_inputs",
        "By Jane Roe with inputs from agencies\n",
        "",
        ["By Jane Roe with inputs from agencies"],
    ),
    ("by_with_agency_title_case", "By Jane Roe With Agency Inputs\n", "", ["By Jane Roe With Agency Inputs"]),
    ("edited_by_bracket", "", "\n(Edited by Tom Okafor)", ["(Edited by Tom Okafor)"]),
    (
        "hidden_address",
        "",
        "\nContact Jane Roe at [email protected]",
        ["Contact Jane Roe at [email protected]"],
    ),
    (
        "hidden_address_reach",
        "",
        "\nJane Roe can be reached at [email protected] or 555-0100.",
        ["Jane Roe can be reached at [email protected] or 555-0100."],
    ),
    ("outlet_under_headline", "BBC News\n", "", ["BBC News"]),
    ("outlet_under_story", "", "\nThe Coastal Times", ["The Coastal Times"]),
    ("role_after_middle_dot", "Jane Roe · Reporter\n", "", ["Jane Roe · Reporter"]),
    (
        "name_over_outlet",
        "Jane Roe\nNigerian Tribune\n3 March 2024 — 10:20am\n",
        "",
        ["Jane Roe", "Nigerian Tribune"],
    ),
    ("stacked_authors", "Jane Roe\nTom Okafor\n", "", ["Jane Roe", "Tom Okafor"]),
    ("editor_label", "", "\nEditor: Tom Okafor", ["Editor: Tom Okafor"]),
    # negatives: a list of teams, of companies, a desk's address, section labels
    ("section_label_under_story", "", "\nRelated News\nPort strike ends after three weeks of talks", []),
    ("subhead_between_paragraphs", "", "\nThe Bad News\n" + _BODY, []),
    ("teams_list", "Mumbai Indians, Chennai Super Kings and Delhi Capitals\n", "", []),
    ("teams_comma_list", "Red Sox, New York Yankees, Boston Celtics\n", "", []),
    ("teams_and_list", "Red Sox, New York Yankees and Boston Celtics\n", "", []),
    ("desk_address", "", "\nContact us at [email protected]", []),
]


@pytest.mark.parametrize(("top", "bottom", "expected"), [s[1:] for s in SHAPES], ids=[s[0] for s in SHAPES])
def test_byline_shapes(top: str, bottom: str, expected: list[str]) -> None:
    article = newsparse.parse(_HEAD + top + _BODY + bottom)
    assert sorted(b.text for b in article.bylines) == sorted(expected)


ONE_LINE = [
    (
        "lede_after_names",
        "Council passes budget after late-night session By Jane Roe The council approved the new "
        "budget on Tuesday after a long debate that ran past midnight. The vote came after months of talks.",
        ["By Jane Roe"],
    ),
    (
        "signature_closing_the_scrape",
        _BODY.replace("\n", " ") + " " + _BODY.replace("\n", " ") + " – Jane Roe",
        ["– Jane Roe"],
    ),
    (
        "by_closing_the_scrape",
        _BODY.replace("\n", " ") + " " + _BODY.replace("\n", " ") + " By Jane Roe",
        ["By Jane Roe"],
    ),
    (
        "initials_closing_the_scrape",
        _BODY.replace("\n", " ") + " " + _BODY.replace("\n", " ") + " (JR)",
        ["(JR)"],
    ),
    (
        "quotation_attribution_not_signature",
        _BODY.replace("\n", " ") + " “We will not wait any longer for the money.” – Jane Roe",
        [],
    ),
    (
        "day_after_by_not_signature",
        _BODY.replace("\n", " ") + " " + _BODY.replace("\n", " ") + " By Tuesday Night",
        [],
    ),
    (
        "song_title_not_byline",
        "Pass By The Sea The council approved the new budget on Tuesday after a long debate.",
        [],
    ),
    (
        "one_word_after_by",
        "Why the band played on By Night The council approved the new budget on Tuesday. It was late.",
        [],
    ),
]


@pytest.mark.parametrize(("text", "expected"), [s[1:] for s in ONE_LINE], ids=[s[0] for s in ONE_LINE])
def test_one_line_scrape_bylines(text: str, expected: list[str]) -> None:
    assert [b.text for b in newsparse.parse(text).bylines] == expected


def test_outlet_above_the_headline() -> None:
    article = newsparse.parse("The Coastal Times\n" + _HEAD + _BODY)
    assert [(b.text, b.kind) for b in article.bylines] == [("The Coastal Times", "credit")]
    assert article.headline is not None
    assert article.headline.text == _HEAD.strip()


def test_names_of_the_outlet_line() -> None:
    (byline,) = newsparse.parse(_HEAD + "Jane Roe, Hindustan Times, New Delhi\n" + _BODY).bylines
    assert byline.names == ("Jane Roe",)
