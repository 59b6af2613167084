"""Footers, fifth round (#9): comment sections opened from inside a junk tail or a related-links
block, calls to action ending on their link word, rails of other stories' headlines above the
story, bulleted headline lists closing the text. Every article here is our own invented text in
the shapes real scrapes have (trafilatura output of news and blog pages)."""

from __future__ import annotations

import pytest

from newsparse import find_boilerplate, parse

STORY = (
    "The city council on Tuesday approved a plan to replace the water mains under the old market.\n"
    "Councillor Maria Esteves said the pipes had burst eleven times since January this year.\n"
    "Under the plan, the council will borrow 40 million dollars over ten years to pay for it.\n"
    "Work is expected to start in the spring and last about eighteen months, officials said.\n"
)

COMMENTS = (
    "I have lived by the market for thirty years and the water has never been this bad, so good.\n"
    "Hi Tom,\n"
    "Thanks for reading. The council says the first streets will be dug up in April.\n"
)


def _texts(text: str) -> list[str]:
    return [b.text for b in find_boilerplate(text)]


def _covered(text: str, piece: str) -> bool:
    """Whether every character of ``piece`` (located in ``text``) lies inside a footer item."""
    at = text.index(piece)
    spans = [(b.span.start, b.span.end) for b in parse(text).boilerplate]
    return all(any(s <= i < e for s, e in spans) for i in range(at, at + len(piece)))


# --- comment sections --------------------------------------------------------------------------


def test_comments_after_a_related_links_label_are_one_section() -> None:
    # The also-read rule takes ``You may also like:`` with the count line under it as one block;
    # the comments under that block are still the comment section.
    text = STORY + "You may also like:\n2 comments\n" + COMMENTS
    assert _covered(text, COMMENTS.strip())


@pytest.mark.parametrize(
    "header",
    ["Top Rated Comments", "All comments", "User comments", "Most recent comments (4)", "Reader comments"],
    ids=["top_rated", "all", "user", "most_recent", "reader"],
)
def test_comment_headers_open_the_section(header: str) -> None:
    text = STORY * 2 + header + "\n" + COMMENTS
    assert _covered(text, COMMENTS.strip())


def test_comment_header_under_a_short_story_in_the_first_half() -> None:
    # Readers wrote more than the story: the header stands in the text's first half, under four
    # story paragraphs.
    text = STORY + "Top Rated Comments\n(View all)\n" + COMMENTS * 4
    assert _covered(text, COMMENTS.strip())


def test_comment_count_above_the_story_opens_nothing() -> None:
    text = "14 Comments\n" + STORY + STORY
    assert _texts(text) == ["14 Comments"]


def test_show_new_comments_widget() -> None:
    assert _texts(STORY + "Show new comments (0)") == ["Show new comments (0)"]


# --- notes and forms ---------------------------------------------------------------------------


@pytest.mark.parametrize(
    "line",
    [
        "The views and opinions expressed in the article do not necessarily reflect those of the Ledger.",
        "Opinions expressed by Ledger contributors are their own.",
        "By submitting this form you agree to the Ledger using your data to publish your comment.",
        "Explore further",
        "Originally published on Valley Science.",
        "This copy is for your personal, non-commercial use only. To order copies for your colleagues, visit our reprints desk.",
        "Start your day with the Morning Bell powered by the Valley Ledger. The Ledger is the preferred morning read "
        "of the valley's commuters. Sign up for the free daily newsletter.",
    ],
    ids=[
        "views_in_the_article",
        "opinions_by",
        "form_consent",
        "explore_further",
        "originally_on",
        "personal_use",
        "start_your_day",
    ],
)
def test_notes_alone_on_a_line(line: str) -> None:
    assert _texts(STORY + line) == [line]


@pytest.mark.parametrize(
    "line",
    [
        "The views expressed by the protesters were echoed by two councillors at the meeting.",
        "Originally published in 1851, the novel sold poorly until the author's death.",
        "By submitting the petition, residents forced the council to hold a public vote.",
    ],
    ids=["views_in_story", "originally_in_story", "submitting_in_story"],
)
def test_story_sentences_with_the_same_opening_stay(line: str) -> None:
    assert _texts(STORY + line + "\n" + STORY) == []


# --- calls to action ending on their link ------------------------------------------------------


@pytest.mark.parametrize(
    "line",
    [
        "Listen to the Morning Show live at 7:45 weekdays - or listen back here.",
        "Get started with the Riverside walking plan here.",
        "Read the full council report here.",
        "Watch the whole interview at this link",
    ],
    ids=["listen_back", "get_started", "read_report", "this_link"],
)
def test_call_to_action_ending_on_its_link(line: str) -> None:
    assert _texts(STORY + line + "\n" + STORY) == [line]


@pytest.mark.parametrize(
    "line",
    [
        "Check your tyres before a long drive in the hills.",
        "Watch where you step near the old quarry.",
        "Read the small print before you sign anything, the adviser said here.",
    ],
    ids=["advice", "advice_no_link", "speech_verb"],
)
def test_imperatives_of_the_story_stay(line: str) -> None:
    assert _texts(STORY + line + "\n" + STORY) == []


# --- other stories' headlines ------------------------------------------------------------------

RAIL = (
    "Jonas Brothers added to the autumn festival lineup\n"
    "Harbour choir to host the winter awards, plus new acts announced\n"
    "Fifteen facts about this year's festival nominations\n"
)


def test_headline_rail_under_the_page_headline() -> None:
    text = "Rock band plans reunion tour for its fiftieth year\n" + RAIL + STORY
    assert _texts(text) == [RAIL.strip()]


def test_headline_and_one_standfirst_line_stay() -> None:
    text = (
        "Rock band plans reunion tour for its fiftieth year\nFounding members will play thirty dates next summer\n"
        + STORY
    )
    assert _texts(text) == []


def test_bulleted_headlines_closing_the_text() -> None:
    tail = "- Fifteen amazing images of the night sky\n- Eleven facts about our galaxy\n- The biggest open questions about dark matter"
    assert _texts(STORY + tail) == [tail]


def test_bulleted_list_the_story_introduces_stays() -> None:
    tail = "The plan covers three streets:\n- Market Street from the bridge to the church\n- Mill Lane and its two side streets"
    assert _texts(STORY + tail) == []


# --- texts written to the reader ---------------------------------------------------------------

GUIDE = (
    "Setting a regular eating schedule and sticking to it is one of the best ways to feel better.\n"
    "If you skip breakfast, you may find that your cravings are stronger by the middle of the day.\n"
    "Try to eat slowly and notice when your hunger tapers off, so you stop before you feel too full.\n"
    "Keep your kitchen stocked with fruit and nuts, and move the sweets you love out of your sight.\n"
    "Keep your eyes on the prize and don't let your fingers do the walking.\n"
    "Putting your food on a plate is a simple way to know how much you are eating at each meal.\n"
    "When you feel a craving coming, drink a glass of water first and wait ten minutes before you eat.\n"
)


def test_a_guide_written_to_its_reader_has_no_promo_run() -> None:
    # Imperatives and "you" in every paragraph: the story's own voice, not a plug.
    assert _texts(GUIDE) == []


def test_a_plug_under_a_guide_is_still_found() -> None:
    plug = "Sign up for our weekly health newsletter here."
    assert plug in _texts(GUIDE + plug)


# --- a related headline with a quoted kicker between paragraphs --------------------------------


def test_quoted_kicker_headline_between_paragraphs() -> None:
    line = "'Fares. We're On It.': Valley rail spends $449K on new timetable campaign"
    assert _texts(STORY + line + "\n" + STORY) == [line]


@pytest.mark.parametrize(
    "line",
    [
        "'Fares. We're On It.': the slogan was printed on every ticket in the valley.",
        "“We will not close the line,” the minister told reporters on Tuesday.",
    ],
    ids=["sentence_after_colon", "quotation"],
)
def test_quotations_in_the_story_stay(line: str) -> None:
    assert _texts(STORY + line + "\n" + STORY) == []


def test_quoted_kicker_headline_of_the_page_stays() -> None:
    text = "‘I will not quit’: Councillor’s video message to the valley\n" + STORY
    assert _texts(text) == []


# --- promo headers, buttons, link lines, list items of the furniture ---------------------------


def test_promo_title_over_its_plug() -> None:
    text = STORY + "Pick Six Newsletter\nGet the day's big stories in your inbox every morning.\n" + STORY
    assert _texts(text) == ["Pick Six Newsletter\nGet the day's big stories in your inbox every morning."]


def test_title_naming_a_newsletter_with_no_plug_beside_it_stays() -> None:
    text = STORY + "The newsletter boom\n" + STORY
    assert _texts(text) == []


@pytest.mark.parametrize(
    "line",
    [
        "Download: http://example.com/ep615",
        "iTunes: https://example.com/podcast/615",
        "This week's Morning Show is sponsored by the Valley Arts Festival, which runs 18-24 November.",
        "- Order Reprints",
        "- Share on Facebook",
    ],
    ids=["download_link", "itunes_link", "sponsored", "bullet_reprints", "bullet_share"],
)
def test_link_lines_sponsor_notes_and_furniture_list_items(line: str) -> None:
    assert _texts(STORY + line + "\n" + STORY) == [line]


def test_source_with_an_address_is_left_to_the_bylines_rule() -> None:
    assert _texts(STORY + "Source: https://example.com/report.pdf\n" + STORY) == []


# --- notes about the story, paywall and support pleas ------------------------------------------


@pytest.mark.parametrize(
    "line",
    [
        "EDITOR'S NOTE — This story contains descriptions of violence.",
        "Note: This article was updated on March 3 to correct the spelling of a name.",
        "*This story has been updated to include comment from the mayor.",
        "This article was amended on 3 March 2024 to correct the date of the vote.",
        "[This story was updated at 5 p.m. with new details.]",
        "An earlier version of this article misstated the cost of the bridge.",
        "This is a developing story. Check back for updates.",
        "This story is developing and will be updated.",
        "Correction appended: March 3, 2024",
        "To read the full story, subscribe to the Ledger.",
        "Become a subscriber today.",
        "Please support local journalism by subscribing.",
        "You have 3 free articles remaining.",
        "If you value our journalism, please consider a donation.",
        "We rely on readers like you. Please donate.",
        "Got a story? Get in touch.",
        "Continue reading on the Ledger",
        "Share this story on Facebook",
        "More on: Rail, Budget",
    ],
)
def test_notes_and_pleas(line: str) -> None:
    assert _texts(STORY + line + "\n" + STORY) == [line]


@pytest.mark.parametrize(
    "line",
    [
        "The report was revised in March after the auditors found two errors in it.",
        "The video was edited to remove the faces of the children, the police said.",
        "This story of the valley's mills begins in 1790, when the first wheel turned.",
    ],
    ids=["report_revised", "video_edited", "story_of"],
)
def test_story_sentences_about_reports_stay(line: str) -> None:
    assert _texts(STORY + line + "\n" + STORY) == []


# --- writers' bios under the story -------------------------------------------------------------


@pytest.mark.parametrize(
    "line",
    [
        "Eric Roe is the Ledger's deals curator and spends a quarter of his pay on what he posts.",
        "Jane Roe is IGN's senior reporter.",
        "Dear Abby is written by Jane Roe. Contact Dear Abby at www.example.com.",
    ],
    ids=["outlet_curator", "outlet_reporter", "column_written_by"],
)
def test_bio_under_the_story(line: str) -> None:
    assert _covered(STORY + line, line)


def test_bio_shaped_sentence_inside_the_story_stays() -> None:
    line = "Jane Roe is the Ledger's transport correspondent."
    assert _texts(STORY + line + "\n" + STORY) == []
