"""Embedded tweets in the shapes real scraped pages give them: each field the eval kit compares.

Every text is our own; each stands for a shape seen in extracted news pages (a post whose
paragraphs are set apart like the article's, signatures ending in "on X", dates written in
Devanagari, a lead-in quoting the post on the same line, a second post on a one-line scrape).
"""

from __future__ import annotations

import datetime as dt

import pytest

from newsparse import find_tweets

_ABOVE = (
    "The council met on Monday to discuss the plan for the coming winter months and beyond.\n\n"
    "Officials said the vote would be close, and several members were undecided until the end.\n\n"
)
_BELOW = (
    "\n\nThe mayor said more would follow next week after the budget talks.\n\nResidents welcomed the news."
)
_SIG = "— City Transit (@city_transit) March 3, 2026"

# (id, text, author, date, body)
FIELDS = [
    (
        "usual_gap_exclamation",
        _ABOVE
        + "Big news for night owls! 🌙\n\nBuses will run all night on Friday. pic.twitter.com/Ab12Cd34Ef "
        + _SIG
        + _BELOW,
        "City Transit",
        dt.date(2026, 3, 3),
        "Big news for night owls! 🌙\n\nBuses will run all night on Friday. pic.twitter.com/Ab12Cd34Ef",
    ),
    (
        "usual_gap_hashtag",
        _ABOVE
        + "#NightBus\n\nBuses will run all night on Friday. pic.twitter.com/Ab12Cd34Ef "
        + _SIG
        + _BELOW,
        "City Transit",
        dt.date(2026, 3, 3),
        "#NightBus\n\nBuses will run all night on Friday. pic.twitter.com/Ab12Cd34Ef",
    ),
    (
        "usual_gap_then_long_gap",
        _ABOVE
        + "Night buses are back- City Transit, operator\n\nWe heard you, riders.\n\n\n\nMore trams at weekends!\n\n"
        + "Buses will run all night on Friday. "
        + _SIG
        + _BELOW,
        "City Transit",
        dt.date(2026, 3, 3),
        "We heard you, riders.\n\n\n\nMore trams at weekends!\n\nBuses will run all night on Friday.",
    ),
    (
        "on_x_with_date",
        _ABOVE + "Buses will run all night on Friday. pic.twitter.com/Ab12Cd34Ef\n"
        "— City Transit (@city_transit) on X, March 3, 2026" + _BELOW,
        "City Transit",
        dt.date(2026, 3, 3),
        "Buses will run all night on Friday. pic.twitter.com/Ab12Cd34Ef",
    ),
    (
        "on_x_without_date",
        _ABOVE + "Buses will run all night on Friday.\n— City Transit (@city_transit) on X" + _BELOW,
        "City Transit",
        None,
        "Buses will run all night on Friday.",
    ),
    (
        "on_twitter_slash_x_after_date",
        _ABOVE + "Buses will run all night on Friday.\n" + _SIG + " on Twitter/X" + _BELOW,
        "City Transit",
        dt.date(2026, 3, 3),
        "Buses will run all night on Friday.",
    ),
    (
        "devanagari_month_day_first",
        "परिषद की बैठक सोमवार को हुई।\n\nबसें पूरी रात चलेंगी। pic.twitter.com/Ab12Cd34Ef\n"
        "— नगर परिवहन (@city_transit) 3 मार्च 2026\n\nमहापौर ने कहा।",
        "नगर परिवहन",
        dt.date(2026, 3, 3),
        "बसें पूरी रात चलेंगी। pic.twitter.com/Ab12Cd34Ef",
    ),
    (
        "devanagari_month_first",
        "परिषद की बैठक सोमवार को हुई।\n\nबसें पूरी रात चलेंगी। pic.twitter.com/Ab12Cd34Ef\n"
        "— नगर परिवहन (@city_transit) दिसंबर 31, 2025\n\nमहापौर ने कहा।",
        "नगर परिवहन",
        dt.date(2025, 12, 31),
        "बसें पूरी रात चलेंगी। pic.twitter.com/Ab12Cd34Ef",
    ),
    (
        "quote_lead_in_on_the_post_line",
        _ABOVE
        + 'Taking to X, the agency wrote, "Buses will run all night on Friday." pic.twitter.com/Ab12Cd34Ef '
        + _SIG
        + _BELOW,
        "City Transit",
        dt.date(2026, 3, 3),
        'Buses will run all night on Friday." pic.twitter.com/Ab12Cd34Ef',
    ),
    (
        "emoji_and_verified_mark_in_name",
        _ABOVE
        + "Buses will run all night on Friday.\n— City Transit 🚌 ✔️ (@city_transit) March 3, 2026"
        + _BELOW,
        "City Transit 🚌 ✔️",
        dt.date(2026, 3, 3),
        "Buses will run all night on Friday.",
    ),
]

# (id, text): the paragraph above the post is the article's and stays out of the body.
STAYS_OUT = [
    ("subheading_without_marks", "Night buses are back- City Transit, operator\n\n"),
    ("narrative_past", "The agency announced the change on Tuesday morning.\n\n"),
    ("lead_in_pointer", "Here is the post\n\n"),
    ("plain_title_case_line", "Night Buses Return To The City\n\n"),
    ("first_person_narrative", "We asked the agency what changed last week.\n\n"),
]


@pytest.mark.parametrize(
    ("text", "author", "date", "body"), [f[1:] for f in FIELDS], ids=[f[0] for f in FIELDS]
)
def test_fields(text: str, author: str, date: dt.date | None, body: str) -> None:
    (tweet,) = find_tweets(text)
    assert tweet.handle == "city_transit"
    assert (tweet.author, tweet.date, tweet.body.text) == (author, date, body)


@pytest.mark.parametrize("above", [s[1] for s in STAYS_OUT], ids=[s[0] for s in STAYS_OUT])
def test_article_paragraph_stays_out(above: str) -> None:
    text = _ABOVE + above + "Buses will run all night on Friday. pic.twitter.com/Ab12Cd34Ef " + _SIG + _BELOW
    (tweet,) = find_tweets(text)
    assert tweet.body.text == "Buses will run all night on Friday. pic.twitter.com/Ab12Cd34Ef"


def test_second_post_on_a_line_starts_at_its_first_word() -> None:
    text = (
        "The council met on Monday. Buses will run all night on Friday. pic.twitter.com/Ab12Cd34Ef "
        "— City Transit (@city_transit) March 3, 2026 Great news for our city! https://t.co/Zz99Yy88Xx "
        "— Jane Roe (@janeroe) March 4, 2026 The mayor said more would follow."
    )
    first, second = find_tweets(text)
    assert first.body.text == "Buses will run all night on Friday. pic.twitter.com/Ab12Cd34Ef"
    assert second.body.text == "Great news for our city! https://t.co/Zz99Yy88Xx"


def test_on_x_in_prose_is_no_signature() -> None:
    text = "Jane Roe (@janeroe) on X said the decision was a mistake and asked for a new vote."
    assert find_tweets(text) == ()


@pytest.mark.parametrize(
    "lead",
    [
        "La ministra escribió en X",
        "Der Minister schrieb",
        "प्रधानमंत्री ने ट्वीट किया",
        "मंत्री ने एक्स पर लिखा।",
        "Le ministre a réagi sur Twitter.",
        "Il sindaco ha scritto su X.",
    ],
    ids=["es_verb_platform", "de_verb", "hi_tweeted", "hi_wrote_on_x", "fr_on_twitter", "it_wrote_on_x"],
)
def test_lead_in_of_other_languages_stays_out(lead: str) -> None:
    text = (
        "Le conseil s'est réuni lundi pour discuter du plan pour les mois d'hiver à venir, et au-delà.\n"
        + lead
        + "\nLes bus rouleront toute la nuit vendredi. pic.twitter.com/Ab12Cd34Ef\n"
        "— Transports Ville (@ville_transports) 3 mars 2026\nLe maire a ajouté."
    )
    (tweet,) = find_tweets(text)
    assert tweet.body.text == "Les bus rouleront toute la nuit vendredi. pic.twitter.com/Ab12Cd34Ef"


@pytest.mark.parametrize(
    ("lead", "kept"),
    [
        ("Here is the video: ", False),
        ("Take a look: ", False),
        ("Voici la vidéo : ", False),
        ("देखें वीडियो: ", False),
        ("WATCH: ", True),  # a lone label may be the post's own first word
        ("#WATCH | Delhi: ", True),
    ],
    ids=["here_is", "take_a_look", "fr_voici", "hi_dekhen", "lone_watch_label", "agency_watch_tag"],
)
def test_pointer_opening_the_post_paragraph(lead: str, kept: bool) -> None:
    post = "Buses will run all night on Friday from next week. pic.twitter.com/Ab12Cd34Ef"
    (tweet,) = find_tweets(_ABOVE + lead + post + " " + _SIG + _BELOW)
    assert tweet.body.text == (lead + post if kept else post)


def test_article_quoting_the_post_before_it_on_a_one_line_scrape() -> None:
    text = (
        "Officials said more details would follow. Sharing the video, the minister wrote, "
        '"Our teams are on the ground." Our teams are on the ground and relief is reaching every village. '
        "pic.twitter.com/Ab12Cd34Ef — Anil Rao (@anilrao) March 3, 2026 Rains are expected to ease by Friday."
    )
    (tweet,) = find_tweets(text)
    assert tweet.body.text == (
        "Our teams are on the ground and relief is reaching every village. pic.twitter.com/Ab12Cd34Ef"
    )
    assert (tweet.author, tweet.date) == ("Anil Rao", dt.date(2026, 3, 3))


@pytest.mark.parametrize(
    ("opening", "kept"),
    [
        ("The agency shared the update on X on Tuesday. ", False),
        ("The transit agency posted a video of the new buses. ", False),
        ("We shared the plan with riders last week. ", True),  # the first person: the post's own
        ('Transit chief Anil Rao says, "We have shared the plan." ', True),  # an agency's post quoting
    ],
    ids=["shared_on_x", "posted_a_video", "first_person", "agency_quote"],
)
def test_sentence_about_the_post_opening_its_paragraph(opening: str, kept: bool) -> None:
    post = "Buses will run all night on Friday from next week. pic.twitter.com/Ab12Cd34Ef"
    (tweet,) = find_tweets(_ABOVE + opening + post + " " + _SIG + _BELOW)
    assert tweet.body.text == (opening + post if kept else post)


@pytest.mark.parametrize(
    ("above", "joined"),
    [
        ("The agency posted on X:\n\nBig changes are coming.\n\n", True),
        ("Here is the post.\n\nBig changes are coming.\n\n", True),
        ("Big changes are coming.\n\n", False),  # no lead-in closes the post above it
        ("The agency posted on X:\n\n“Big changes are coming.”\n\n", False),  # the article quoting
        ("The agency posted on X:\n\nThe plan was approved last week.\n\n", False),  # narrative past
    ],
    ids=["colon_lead_in", "pointer_lead_in", "no_lead_in", "quotation", "narrative_past"],
)
def test_plain_paragraph_between_lead_in_and_post(above: str, joined: bool) -> None:
    post = "Buses will run all night on Friday. pic.twitter.com/Ab12Cd34Ef"
    (tweet,) = find_tweets(_ABOVE + above + post + " " + _SIG + _BELOW)
    first = above.rsplit("\n\n", 2)[-2]
    assert tweet.body.text == (first + "\n\n" + post if joined else post)


@pytest.mark.parametrize(
    ("text", "body"),
    [
        (
            "परिषद की बैठक सोमवार को हुई। अधिकारियों ने कहा कि मतदान करीबी होगा। मंत्री ने एक्स पर लिखा। "
            "शुक्रवार से बसें पूरी रात चलेंगी। pic.twitter.com/Ab12Cd34Ef — नगर परिवहन (@city_transit) "
            "March 3, 2026 महापौर ने और जानकारी दी।",
            "शुक्रवार से बसें पूरी रात चलेंगी। pic.twitter.com/Ab12Cd34Ef",
        ),
        (
            "Le conseil s'est réuni lundi. Les responsables ont déclaré que le vote serait serré. "
            "Le ministre a réagi sur X. Les bus rouleront toute la nuit vendredi ! pic.twitter.com/Ab12Cd34Ef "
            "— Transports Ville (@ville_transports) 3 mars 2026 Le maire a ajouté.",
            "Les bus rouleront toute la nuit vendredi ! pic.twitter.com/Ab12Cd34Ef",
        ),
    ],
    ids=["hindi_danda_sentences", "french_lead_in_sentence"],
)
def test_one_line_scrape_in_other_languages(text: str, body: str) -> None:
    (tweet,) = find_tweets(text)
    assert tweet.body.text == body


@pytest.mark.parametrize(
    "lead", ["The agency posted on X (formerly Twitter).", "She wrote on X, formerly Twitter"]
)
def test_formerly_twitter_lead_in_opens_the_post(lead: str) -> None:
    post = "Buses will run all night on Friday. pic.twitter.com/Ab12Cd34Ef"
    text = _ABOVE + lead + "\n\nBig changes are coming.\n\n" + post + " " + _SIG + _BELOW
    (tweet,) = find_tweets(text)
    assert tweet.body.text == "Big changes are coming.\n\n" + post
