"""Footers, fourth round (#9): publisher notes and widget strings, and related headlines or tag
lines closing a line-based text. Every article here is our own invented text in the shapes
real scrapes have."""

from __future__ import annotations

import pytest

from newsparse import BoilerplateRule, default_parser, find_boilerplate, parse

# The label lines above the story are an opt-in step (off by default: see BoilerplateRule).
LABELS = default_parser.replace("boilerplate", BoilerplateRule(labels_above_story=True))

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
    ("wire_update", "(Updates with opposition comment in fifth paragraph.)"),
    ("adds_details", "(Adds details, quotes)"),
    ("story_updated", "(This story has been updated to include comments from the opposition.)"),
    ("published_in", "Published in the Valley Ledger, March 3rd, 2024"),
    ("read_the_original", "Read the original article on Valley Ledger"),
    (
        "auto_generated",
        "This report is auto-generated from a news agency feed. We hold no responsibility for it.",
    ),
    ("most_read_from", "Most Read from Valley Ledger"),
    ("related_topics", "Read related topics:Water Supply"),
    ("like_on_facebook", "Like Valley Opinion on Facebook, follow @valleyop on X for all our daily pieces."),
    ("epaper", "Now you can read the Valley Ledger ePaper anytime, anywhere."),
    ("front_pages", "See today's front and back pages, download the newspaper and order back issues."),
    ("premium_reminder", "Reminder, this is a Premium article and requires a subscription to read."),
    ("get_by_email", "Get the Valley Ledger by email every morning."),
    ("join_free", "Join free."),
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
    "Published in the spring, the report found the pipes were failing.",
    "(The council adds details of each street to its website every week.)",
    "Like many councils on Facebook, it posts its meeting times online.",
    "This is a premium service for residents who pay extra, the mayor said.",
    "Get the forms by email before Friday, the council told residents.",
]


@pytest.mark.parametrize("line", STORY_LINES)
def test_story_sentences_with_the_same_words_stay_story(line: str) -> None:
    assert _texts(STORY + line + "\n" + STORY) == []


CLOSING = [
    (
        "headlines",
        "Police search for driver after hit-and-run on ring road\n"
        "School bus fares to rise by 5 per cent from April\n"
        "Weekend markets return to the riverside after a year away",
    ),
    ("tags", "Water Supply\nLocal Government\nInfrastructure"),
    ("two_tags", "Economic Growth\nIndian Economy"),
    (
        "headlines_quoted",
        "'We will not back down': Union vows to fight closure\n5 stocks to buy before budget day",
    ),
]


@pytest.mark.parametrize(("name", "tail"), CLOSING, ids=[n for n, _ in CLOSING])
def test_headlines_and_tags_closing_the_text_are_one_footer(name: str, tail: str) -> None:
    found = find_boilerplate(STORY + tail)
    assert [(b.kind, b.text) for b in found] == [("related_links", tail)], name


def test_a_closing_run_joins_the_footer_under_it() -> None:
    tail = "Water Supply\nLocal Government\nFollow us on Facebook"
    assert "".join(_texts(STORY + tail)).replace("\n", "") == tail.replace("\n", "")


NOT_CLOSING = [
    ("author_block", "Jane Roe\nSenior Correspondent"),
    ("two_authors", "Maria Lopez\nDavid Chen"),
    ("one_headline", "Police search for driver after hit-and-run on ring road"),
    ("list_after_colon", None),
    ("poem", "the rain came down on Market Street\nand no one stopped to look"),
    ("date_lines", "Published March 3, 2024 10:05 IST\nUpdated March 4, 2024 09:00 IST"),
    ("credit", "With inputs from agencies\nEdited by Jane Roe"),
]


@pytest.mark.parametrize(("name", "tail"), NOT_CLOSING, ids=[n for n, _ in NOT_CLOSING])
def test_closing_lines_that_are_not_footers(name: str, tail: str | None) -> None:
    lines = "The plan covers three districts:\nOld Market\nRiverside\nEast Hill"
    text = STORY + (tail if tail is not None else lines)
    found = [b for b in find_boilerplate(text) if b.span.start >= len(STORY)]
    assert found == [], name


def test_tag_lines_are_english_only() -> None:
    story = (
        "Le conseil municipal a voté mardi le remplacement des conduites d'eau du vieux marché.\n"
        "Les travaux commenceront au printemps et dureront dix-huit mois, selon la mairie.\n"
        "Les commerçants seront indemnisés pendant la durée du chantier, a précisé le maire.\n"
    )
    article = parse(story + "Kab NIANG\nMarc DUPONT")
    assert [b for b in article.boilerplate if "NIANG" in b.text] == []


def test_plea_lines_between_footer_lines_join_the_closing_block() -> None:
    tail = (
        "Sign up for the Valley Ledger newsletter\n"
        "Local reporting like this depends on readers: a newsroom of nine covers three counties.\n"
        "Support us\n"
        "© 2025 Valley Ledger"
    )
    found = find_boilerplate(STORY + tail)
    covered = "".join(b.text for b in found).replace("\n", "")
    assert covered == tail.replace("\n", "")


@pytest.mark.parametrize(
    "middle",
    [
        "The council will meet again next month to set the rates.",  # a story sentence, no promo word
        '"We will keep the water running," the mayor said.',  # a quotation
        "Reporting by Jane Roe; Editing by Tom Fry",  # a credit: the bylines rule's
    ],
)
def test_story_lines_between_footer_lines_stay(middle: str) -> None:
    text = STORY + "Sign up for the Valley Ledger newsletter\n" + middle + "\n© 2025 Valley Ledger"
    assert all(middle not in b.text for b in find_boilerplate(text))


def test_a_paragraph_between_two_ads_stays_story() -> None:
    text = (
        STORY + "Advertisement\nThe plan needs the support of our neighbours across the river.\nAdvertisement"
    )
    assert _texts(text) == ["Advertisement", "Advertisement"]


INTERFACE = [
    "No comments yet",
    "Notify me of new comments via email.",
    "Older posts",
    "View all",
    "Read full story",
    "Watch this next",
    "Proudly powered by WordPress",
    "Categories: Politics, Local",
    "Tagged: budget, council",
    "This entry was posted in Politics and tagged budget, water.",
    "Newsletter Sign Up",
    "Email address",
    "Submit",
    "Unlock this article",
    "To continue reading, subscribe to the Valley Ledger.",
    "This site is protected by reCAPTCHA and the Google Privacy Policy and Terms of Service apply.",
    "Full screen",
    "Open in app",
    "Follow us on Google News",
    "Reprints & Permissions",
    "Last Updated:",
    "Published",
    "By clicking “Accept All Cookies”, you agree to the storing of cookies on your device.",
    "We and our partners use cookies to personalise content and ads.",
    "Manage cookies",
    "Reject all",
    "Your Privacy Choices",
    "Do Not Sell or Share My Personal Information",
    "About Us | Contact | Advertise",
    "Powered by Quintype",
    "Go to top",
]


@pytest.mark.parametrize("line", INTERFACE)
def test_interface_strings_alone_on_a_line_are_footers(line: str) -> None:
    assert _texts(STORY + line + "\n" + STORY) == [line]


@pytest.mark.parametrize(
    "line",
    [
        "Privacy campaigners said the cameras went too far.",
        "Submit your objections to the council by Friday, the notice says.",
        "Published in 1990, the report was ignored for a decade.",
        "Premium bonds were the prize in a local raffle.",
        "Categories of spending were cut across the board.",
        "By using the new lanes, cyclists save ten minutes, the council said.",
        "Powered by wind, the ferry crossed in an hour.",
    ],
)
def test_story_sentences_opening_with_interface_words_stay(line: str) -> None:
    assert _texts(STORY + line + "\n" + STORY) == []


@pytest.mark.parametrize(
    "header",
    [
        "12 thoughts on “Council approves water main plan”",
        "One response to “Council approves pipes”",
        "Reader Comments",
    ],
)
def test_comment_headers_open_the_comment_section(header: str) -> None:
    comments = (
        "Peter Walsh\nMarch 4, 2024 at 9:12 am\nAbout time. The pipes on our street burst twice.\nReply"
    )
    tail = header + "\n" + comments
    found = find_boilerplate(STORY + tail)
    assert [(b.kind, b.text) for b in found] == [("comments", tail)]


def test_a_story_sentence_about_responses_opens_no_comment_section() -> None:
    line = "Two responses to the plan were received from residents of the old market."
    assert _texts(STORY + line + "\n" + STORY) == []
    assert _texts(STORY + "comments powered by Disqus") == ["comments powered by Disqus"]


def test_a_newsletter_offer_inside_a_one_line_scrape() -> None:
    story = " ".join(STORY.split("\n")[:2]) + " "
    plug = "Get the Valley Ledger by email every morning. Join free."
    line = story * 3 + plug + " " + story.strip()
    assert " ".join(_texts(line)) == plug


HEADLINE = "Council approves plan to replace water mains under old market\n"


@pytest.mark.parametrize("label", ["Local news", "Crítica y polémica", "A file photo."])
def test_short_labels_between_headline_and_story_are_footers(label: str) -> None:
    assert parse(HEADLINE + label + "\n" + STORY).boilerplate == ()  # off by default
    article = LABELS.parse(HEADLINE + label + "\n" + STORY)
    assert [b.text for b in article.boilerplate] == [label]
    assert article.headline is not None
    assert article.headline.text == HEADLINE.strip()


@pytest.mark.parametrize(
    "line",
    [
        "Jane Roe",  # a bare byline
        "Staff Reporter",  # a byline's role line
        "By Jane Roe",
        "Reuters",  # a credit
        "March 3, 2024",  # a date: the timestamps rule's
    ],
)
def test_bylines_credits_and_dates_under_the_headline_stay(line: str) -> None:
    assert [b for b in LABELS.parse(HEADLINE + line + "\n" + STORY).boilerplate if line in b.text] == []


def test_labels_inside_the_story_stay() -> None:
    text = HEADLINE + STORY + "Winners\nNorth\nSouth\n" + STORY
    assert LABELS.parse(text).boilerplate == ()


def test_labels_under_a_photo_caption_above_the_story() -> None:
    caption = "Residents queue for water at the old market on Monday (Photo: Jane Roe/Ledger)."
    article = LABELS.parse(HEADLINE + "Water\n" + caption + "\nPipes and pumps\n" + STORY)
    assert [b.text for b in article.boilerplate] == ["Water", "Pipes and pumps"]


@pytest.mark.parametrize("kicker", ["Opinion", "LIVE", "EXCLUSIVE:"])
def test_a_kicker_alone_above_the_headline_is_a_footer(kicker: str) -> None:
    article = LABELS.parse(kicker + "\n" + HEADLINE + STORY)
    assert [b.text for b in article.boilerplate] == [kicker]
    assert article.headline is not None
    assert article.headline.text == HEADLINE.strip()


@pytest.mark.parametrize("place", ["WASHINGTON", "Singapore —", "Köln -"])
def test_a_place_right_above_the_lede_is_left_to_the_datelines_rule(place: str) -> None:
    article = LABELS.parse(HEADLINE + place + "\n" + STORY)
    assert [b.text for b in article.boilerplate] == []


def test_a_short_headline_is_not_taken_for_a_label() -> None:
    article = LABELS.parse("Budget explained\n" + STORY)
    assert article.boilerplate == ()
