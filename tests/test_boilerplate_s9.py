"""Footers, ninth round (#9): the junk tail reads paragraphs that hold sentences as story (an
essay's long sections after a subheading, a signed review), while a real tail of headlines under
a label is still one footer — each in invented text of the shapes real pages have."""

from __future__ import annotations

from newsparse import find_boilerplate
from newsparse.rules.boilerplate import rule
from newsparse.text import prose


def _texts(text: str) -> list[str]:
    return [b.text for b in find_boilerplate(text)]


def _long_paragraph(topic: str) -> str:
    """A paragraph of some 700 characters whose first 600 end mid-sentence (no final mark there)."""
    return (
        f"Economists who studied {topic} over two decades found that the gains came slowly and"
        " unevenly, with the largest firms capturing most of them in the first years. Smaller firms"
        " followed only when the cost of the new tools fell below what they paid for the work the"
        " tools replaced, which in most sectors took more than ten years. In retail and in transport"
        " the change was faster, because the firms there already kept detailed records of every"
        " task and could measure what the new systems saved within months, according to the"
        " authors of the largest of the studies, who followed some four thousand firms across"
        " eleven countries and compared them with firms of the same size that waited."
    )


_ESSAY = "\n\n".join(
    (
        "What the new machines mean for work",
        "Few people expected software to write letters, draw pictures and answer questions as"
        " well as it now does, and fewer still expected it to happen so quickly.",
        "The question for governments is what it means for jobs, wages and the public finances.",
        "Gains in output",
        _long_paragraph("earlier waves of automation"),
        _long_paragraph("office software"),
        "Jobs may be at risk",  # (``may`` is a label word: this subheading may open a tail)
        _long_paragraph("clerical work"),
        _long_paragraph("call centres"),
        "What more can be done",
        _long_paragraph("training schemes"),
        "Opinion | Machines and the meaning of work",
        _long_paragraph("public spending"),
        "The machines are not about to take over, and the change can still be steered.",
    )
)


def test_an_essays_long_sections_after_a_subheading_stay_story() -> None:
    for found in _texts(_ESSAY):
        assert "Economists who studied" not in found


def test_a_long_paragraph_cut_at_600_characters_reads_as_prose() -> None:
    paragraph = _long_paragraph("shipping")
    assert len(paragraph) > 600
    assert prose.classify(paragraph[:600]) == prose.TITLE  # the bare classifier sees a title
    assert rule._segment_class(paragraph, prose.ENGLISH) == prose.PROSE


def test_a_signed_review_paragraph_reads_as_prose() -> None:
    review = (
        "Two sisters spend a summer on their grandmother's farm. One of them keeps a diary. The other"
        " keeps secrets, and the book is at its best when the two finally collide. -- Jane Roe"
    )
    assert prose.classify(review) == prose.TITLE
    assert rule._segment_class(review, prose.ENGLISH) == prose.PROSE


def test_headlines_and_short_titles_stay_titles() -> None:
    for line in (
        "Rail fares to rise again as operators blame higher energy costs",
        "Opinion | Machines and the meaning of work",
        "Dial Books, 384 pp., $17.99",
        "Watch: Mayor opens the new bridge. Crowds cheer",
    ):
        assert rule._segment_class(line, prose.ENGLISH) == prose.TITLE


_TAIL = "\n".join(
    (
        "More from the desk",
        "Rail fares to rise again as operators blame energy costs",
        "Five things to know before the budget",
        "Harbour town votes to rebuild its sea wall. Work starts in spring",
        "Council leader says she will not quit",
        "© 2025 Riverside Gazette. All rights reserved.",
    )
)


def test_a_tail_of_headlines_under_a_label_is_still_one_footer() -> None:
    story = "\n".join(
        (
            "The bridge will reopen on Friday after two years of repairs, the council said.",
            "Engineers finished the work two weeks early, and the cost stayed within budget.",
            "Residents who had used the ferry for two years welcomed the news on Tuesday.",
            "The council will hold a small ceremony at the east end of the bridge on Friday.",
            "Traffic will be limited to cars and bicycles until the spring, officials said.",
        )
    )
    found = _texts(story + "\n" + _TAIL)
    assert "".join(found).replace("\n", "") == _TAIL.replace("\n", "")


# --- notes and widgets the annotators mark (ninth round) ------------------------------------

_BODY = (
    "The bridge will reopen on Friday after two years of repairs, the council said.\n"
    "Engineers finished the work two weeks early, and the cost stayed within budget.\n"
)


def test_a_note_that_the_story_first_ran_in_a_newsletter_is_one_footer() -> None:
    note = (
        "A version of this story first appeared in the Ledger's Morning Brief newsletter."
        " Not a subscriber? You can sign up here."
    )
    assert _texts(note + "\n" + _BODY) == [note]
    excerpt = (
        "This essay, adapted from riverside-notes.example, was first published on The Weekly"
        " Letter – a members' newsletter – and is republished here with permission."
    )
    assert _texts(_BODY + excerpt) == [excerpt]


def test_a_story_sentence_about_what_first_appeared_stays_story() -> None:
    line = "The rash first appeared in 2019, when farm workers in the valley fell ill."
    assert _texts(_BODY + line + "\nThe council will meet again in March.") == []


def test_a_views_are_personal_note_is_a_disclaimer_even_after_a_bio_sentence() -> None:
    bio = "Jane Roe teaches public health at a university in Leeds. Views are strictly personal."
    found = [(b.kind, b.text) for b in find_boilerplate(_BODY + bio)]
    assert ("disclaimer", "Views are strictly personal.") in found
    assert all("teaches public health" not in t for _, t in found)
    assert _texts(_BODY + "(The views expressed are personal)") == ["(The views expressed are personal)"]


def test_opinions_in_a_story_sentence_are_not_a_disclaimer() -> None:
    line = "His views are personal, he said, and do not reflect the party's."
    assert _texts(_BODY + line + "\nThe council will meet again in March.") == []


def test_a_station_apps_live_player_note_is_a_footer() -> None:
    # Between two paragraphs of the story, where the live player stood.
    for note in (
        "If you're on the Channel 9 News app, click here to watch live",
        "If you're using the Coast FM app, tap here to listen live",
    ):
        assert _texts(_BODY + note + "\n" + _BODY) == [note]


def test_a_share_counter_under_the_story_is_a_footer_but_not_in_the_body() -> None:
    assert _texts(_BODY + "Shares") == ["Shares"]
    assert _texts(_BODY + "2.4K Shares") == ["2.4K Shares"]
    # A subheading of a markets story is story text: ``Shares`` only counts in the tail.
    markets = "Shares\nShares in the water company fell 4% on Tuesday after the report.\n" + _BODY
    assert "Shares" not in _texts(markets)


# --- plugs behind a cheer, benefit bullets with their header lost ---------------------------


def test_a_channel_plug_opened_by_a_cheer_is_one_footer() -> None:
    plug = (
        "Big news! The Daily Ledger is now on Telegram. Join today by clicking the link and get"
        ' the morning headlines first!" Click here!'
    )
    found = [(b.kind, b.text) for b in find_boilerplate(_BODY + plug + "\n" + _BODY)]
    assert found == [("social_follow", plug)]


def test_a_story_line_opening_with_an_exclamation_stays_story() -> None:
    for line in (
        "Fire! The crowd ran for the exits as smoke filled the hall, witnesses said.",
        "Yahoo!News reported the deal on Monday, citing two people close to the talks.",
        "Exciting news! The council has approved the new library after a decade of campaigning.",
    ):
        assert _texts(_BODY + line + "\n" + _BODY) == []


_BENEFITS = "\n".join(
    (
        "- Ad-free reading without interruptions.",
        "- Lightning-fast page loading.",
        "- Unlimited access to all our journalism.",
    )
)


def test_a_subscription_offers_benefit_bullets_are_one_footer() -> None:
    found = find_boilerplate(_BODY + _BENEFITS + "\n" + _BODY)
    assert [(b.kind, b.text) for b in found] == [("newsletter", _BENEFITS)]


def test_a_storys_bullet_points_stay_story() -> None:
    points = "\n".join(
        (
            "- The bridge will carry cars and bicycles only until spring.",
            "- Lorries must use the ring road, which opens on Monday.",
            "- Tolls stay at last year's level for residents.",
        )
    )
    assert _texts(_BODY + points + "\n" + _BODY) == []
    # One benefit word in a story's list is not an offer.
    mixed = points.replace("Tolls stay", "Ad-free Wi-Fi and tolls stay")
    assert _texts(_BODY + mixed + "\n" + _BODY) == []


# --- a list article is no junk tail --------------------------------------------------------

_GUIDE_ITEMS = (
    (
        "Harbour Lantern for $35",
        "Lamp Shop",
        "A solar lantern bright enough to read by and light enough to carry",
    ),
    (
        "Tide Clock for $48",
        "Coast Store",
        "A wall clock that shows the tide instead of the hour, for sailors",
    ),
    (
        "Canvas Dry Bag for $60",
        "Outdoor Co",
        "A waterproof bag that rolls shut and keeps a camera dry all day",
    ),
    (
        "Pocket Radio for $25",
        "Radio Hut",
        "A wind-up radio with a torch, for the power cuts the winter brings",
    ),
    ("Rope Doormat for $30", "Harbour Goods", "A mat woven from old ship rope by a workshop on the quay"),
)


def test_a_gift_guides_products_are_no_junk_tail() -> None:
    intro = (
        "Finding presents for people who live by the sea is hard. Here are our picks this year.\n"
        "Every item was tested by our staff over the autumn.\n"
    )
    items = "".join(
        f"{name}\n- See it now: {shop}\n{blurb}, and it comes with a two-year guarantee from the maker"
        " so it should last many seasons on the coast.\n"
        for name, shop, blurb in _GUIDE_ITEMS
    )
    found = _texts(intro + items)
    assert all("guarantee" not in t for t in found), found


# --- a story paragraph that speaks to its reader about a product is no plug ------------------


def test_consumer_story_paragraphs_addressing_the_reader_stay_story() -> None:
    paragraphs = "\n".join(
        (
            "How do you get through the week before payday? With two of the new banking apps, you"
            " can get your wages up to two days early, and your account costs nothing to open. The"
            " catch is in the small print, which few customers read. Your overdraft is capped at a"
            " low level, and fees for cash withdrawals abroad are high.",
            "These firms are not always banks at all; some are apps that pass your payments to a"
            " partner bank in another country. If you open an account, your deposits may be"
            " protected only once the partner has them. Regulators say they are watching the"
            " market closely. Your rights depend on the small print of each app.",
        )
    )
    text = _BODY + paragraphs + "\n" + _BODY
    assert _texts(text) == []


def test_a_donation_plea_that_closes_on_a_call_to_action_is_still_a_plug() -> None:
    plea = (
        "How many stories do you read on this site each week? Have you ever thought about it? Every"
        " story you read is free because readers like you pay for it. Why not join the readers who"
        " fund the Ledger and help it grow every year? It takes a minute. Donate to the Ledger today."
    )
    button = "Support independent journalism"
    found = _texts(_BODY + plea + "\n" + button + "\n" + _BODY)
    assert "".join(found).replace("\n", "") == (plea + button).replace("\n", "")


def test_a_plug_after_a_purpose_clause_is_one_footer() -> None:
    for plug in (
        "For more news, join our Telegram channel",
        "For the full story and more pictures, subscribe now and get the digital edition today.",
        "To stay updated, follow us on Instagram and X",
    ):
        assert _texts(_BODY + plug + "\n" + _BODY) == [plug]


def test_a_story_line_opening_with_a_clause_stays_story() -> None:
    for line in (
        "For years, readers have asked the council to subscribe to the regional bus scheme.",
        "To be fair, the new app worked well for most users in the first week.",
        "Like many towns on the coast, Riverside depends on its ferry in the winter.",
    ):
        assert _texts(_BODY + line + "\n" + _BODY) == []
