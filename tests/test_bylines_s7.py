"""Byline forms of real pages (#9, seventh round), in our own invented articles: a byline inside a
one-line scrape's head, a list of names broken by the page's link, a desk set as a list item, a
stamp before ``by``, and a credit "contributed to the story"."""

from __future__ import annotations

import pytest

import newsparse

_LEDE = "The harbour board voted on Tuesday to close the old ferry pier for a year of repairs.\n"


def test_by_name_dash_date_deep_in_a_one_line_head() -> None:
    text = (
        "Home Local Pier to close for repairs The old pier has stood since 1931. Photo: Ana Cruz "
        "Local Pier to close for repairs 'It is time' By Tomas Reyes - March 9, 2023 Share Facebook "
        "Twitter Email The harbour board voted on Tuesday to close the old ferry pier for a year."
    )
    (byline,) = newsparse.parse(text).bylines
    assert (byline.text, byline.names, str(byline.date)) == ("By Tomas Reyes", ("Tomas Reyes",), "2023-03-09")


def test_by_name_without_a_date_after_it_is_no_byline_deep_in_a_line() -> None:
    # "By" and capitalised words inside a long line with no date after them: a title's words.
    text = (
        "Home Local Pier to close for repairs The old pier has stood since 1931 and was drawn By "
        "Tomas Reyes - the city's first architect Share Facebook The harbour board voted on "
        "Tuesday to close the old ferry pier for a year."
    )
    assert newsparse.parse(text).bylines == ()


def test_names_broken_by_the_link_to_the_first_writer() -> None:
    text = (
        "Ferry pier to close\nBy\nLena Ward\n, Omar Haddad, Port Ellis\nMar 09, 2023 08:10 AM IST\n" + _LEDE
    )
    bylines = newsparse.parse(text).bylines
    assert [(b.text, b.names) for b in bylines] == [
        ("By\nLena Ward", ("Lena Ward",)),
        (", Omar Haddad, Port Ellis", ("Omar Haddad",)),
    ]


def test_a_comma_line_of_prose_under_a_byline_is_no_byline() -> None:
    text = "Ferry pier to close\nBy\nLena Ward\n, the board said on Tuesday in a statement\n" + _LEDE
    assert [b.text for b in newsparse.parse(text).bylines] == ["By\nLena Ward"]


@pytest.mark.parametrize("bullet", ["- ", "• ", "– "], ids=["hyphen", "dot", "en_dash"])
@pytest.mark.parametrize("writer", ["Coastal Sports Desk", "Lena Ward"], ids=["desk", "person"])
def test_a_writer_set_as_a_list_item_above_the_stamp(bullet: str, writer: str) -> None:
    text = (
        "Ferry pier to close for a year\nThe board says the repairs cannot wait.\n"
        f"{bullet}{writer}\n{bullet}Updated:March 09, 2023 08:10 AM IST\n" + _LEDE
    )
    assert [b.text for b in newsparse.parse(text).bylines] == [writer]


def test_a_list_item_above_a_plain_line_is_no_byline() -> None:
    text = "Ferry pier to close for a year\n- Harbour News Desk\n- Ferry Times Weekly\n" + _LEDE
    assert newsparse.parse(text).bylines == ()


def test_stamp_then_by_gives_the_stamp_to_the_timestamps() -> None:
    text = "Ferry pier to close\n8:10 AM PST 3/9/2023 by Lena Ward\n" + _LEDE
    article = newsparse.parse(text)
    (byline,) = article.bylines
    assert (byline.text, byline.names, str(byline.date)[:10]) == (
        "by Lena Ward",
        ("Lena Ward",),
        "2023-03-09",
    )
    assert [t.text for t in article.timestamps] == ["8:10 AM PST 3/9/2023"]


@pytest.mark.parametrize(
    "credit",
    ["Reuters contributed to the story", "AFP contributed to the report.", "AP contributed to this article."],
    ids=["the_story", "the_report", "this_article"],
)
def test_contributed_to_the_story(credit: str) -> None:
    text = "Ferry pier to close\n\n" + _LEDE + "\nThe work starts in May.\n\n" + credit + "\n"
    assert [b.text for b in newsparse.parse(text).bylines] == [credit]


def test_contributed_to_the_story_inside_a_sentence_is_no_credit() -> None:
    text = "Ferry pier to close\n\n" + _LEDE + "\nShe said the rain contributed to the story of the flood.\n"
    assert newsparse.parse(text).bylines == ()


_DE_STORY = (
    "Neue Brücke geplant\n"
    "Die Stadt plant eine neue Brücke über den Fluss, sagte der Bürgermeister am Montag im Rathaus.\n"
    "Die Arbeiten sollen im Frühjahr beginnen und zwei Jahre dauern, heißt es aus der Verwaltung.\n"
)


def test_a_labelled_prefix_alone_over_the_name_in_an_author_box() -> None:
    text = (
        _DE_STORY + "Kommentar von\nLena Vogt\nRedakteurin für Verkehr\nSchreibt seit 2010 für die Zeitung.\n"
    )
    article = newsparse.parse(text)
    assert article.language == "de"
    assert [b.text for b in article.bylines][:1] == ["Kommentar von\nLena Vogt"]


def test_a_bare_von_alone_under_the_story_is_no_byline() -> None:
    # Only a label with its by-word is read alone anywhere; "von" alone may be a broken sentence.
    text = _DE_STORY + "Die Pläne stammen von\nLena Vogt\n"
    assert "Lena Vogt" not in " ".join(b.text for b in newsparse.parse(text).bylines)


def test_a_teasers_writer_over_its_stamp_low_on_the_page() -> None:
    lines = [
        f"Absatz {n}: Die Arbeiten am Ufer gehen weiter, sagte die Sprecherin der Stadt." for n in range(12)
    ]
    text = _DE_STORY + "\n".join(lines) + "\nUmbau am Hafen\nLena Vogt, WDR\n28.04.2020 21:38 Uhr\n"
    assert "Lena Vogt, WDR" in [b.text for b in newsparse.parse(text).bylines]


def test_a_heading_over_a_stamp_low_on_the_page_is_no_byline() -> None:
    lines = [
        f"Absatz {n}: Die Arbeiten am Ufer gehen weiter, sagte die Sprecherin der Stadt." for n in range(12)
    ]
    text = _DE_STORY + "\n".join(lines) + "\nUmbau am Hafen\nNeue Kaimauer\n28.04.2020 21:38 Uhr\n"
    assert newsparse.parse(text).bylines == ()


_PARA = (
    "The index rose by two per cent as banks gained on Monday, and traders said the rally may last "
    "the rest of the week as investors return to the market after a long and quiet summer.\n\n"
)


@pytest.mark.parametrize(
    "note",
    ["Mira Sen is an economist", "Mira Sen is a professor of history at Lakeside University."],
    ids=["bare", "with_place"],
)
def test_a_one_sentence_note_closing_an_op_ed_is_a_byline(note: str) -> None:
    article = newsparse.parse("Markets rally as banks gain\n\n" + _PARA + _PARA + note + "\n")
    assert [b.text for b in article.bylines] == [note]


def test_a_bio_of_several_sentences_is_a_footer() -> None:
    bio = "Mira Sen is a data journalist. She covers the economy and politics."
    article = newsparse.parse("Markets rally as banks gain\n\n" + _PARA + _PARA + bio)
    assert article.bylines == ()
    assert [b.text for b in article.boilerplate] == [bio]


def test_a_note_among_the_pages_boxes_is_a_footer() -> None:
    text = "Markets rally as banks gain\n\n" + _PARA + _PARA + "Mira Sen is an economist\n\nMore stories"
    assert newsparse.parse(text).bylines == ()


def test_a_closing_note_under_a_bylined_story_is_a_footer() -> None:
    text = "Markets rally as banks gain\nBy Mira Sen\n\n" + _PARA + _PARA + "Mira Sen is an economist\n"
    article = newsparse.parse(text)
    assert [b.text for b in article.bylines] == ["By Mira Sen"]
    assert [b.text for b in article.boilerplate] == ["Mira Sen is an economist"]


@pytest.mark.parametrize(
    "line",
    ["Asha Menon / New Delhi February 14, 2020", "आशा मेनन / नई दिल्ली February 14, 2020"],
    ids=["latin", "devanagari"],
)
def test_name_slash_place_date(line: str) -> None:
    text = (
        "Exports fall again\n"
        + line
        + "\nExports fell for a sixth month in January, data showed on Friday.\n"
    )
    (byline,) = newsparse.parse(text).bylines
    assert (byline.text, byline.names[0], str(byline.date)) == (line, line.split(" / ")[0], "2020-02-14")


def test_a_slash_between_words_without_a_closing_date_is_no_byline() -> None:
    text = (
        "Exports fall again\nImports / Exports January figures\nExports fell for a sixth month in January.\n"
    )
    assert newsparse.parse(text).bylines == ()


def test_a_topic_tag_under_the_writers_bio_is_no_byline() -> None:
    text = (
        "Markets rally as banks gain\nBy Mira Sen\n\n"
        + _PARA
        + _PARA
        + "ABOUT THE AUTHOR\nMira Sen\nMira Sen is a data journalist. She uses public and private datasets "
        "to cover trade, jobs and politics. Before this, she did research on ports.\nMaritime Economy\n"
    )
    assert [b.text for b in newsparse.parse(text).bylines] == ["By Mira Sen"]


def test_a_name_under_a_closing_paragraph_stays_a_byline() -> None:
    text = "Markets rally as banks gain\n\n" + _PARA + _PARA + "Tom Okafor\n"
    assert [b.text for b in newsparse.parse(text).bylines] == ["Tom Okafor"]
