"""Footer shapes of the eleventh round (sample s13), third pass (#9, #11): chrome of US and UK article pages.

A feature's own sections open no junk tail; a caption closed by a ``Name/House`` credit is a
caption; a related headline may open with a kicker, a lone bullet or the story's topic name;
update stamps with a note, ``| Sign up`` newsletter headlines, reaction widgets, deleted-post
placeholders, a house's pick label, pointers to a lost document and an ad rail's feedback form
are footers. All sentences are our own.
"""

from __future__ import annotations

import pytest

import newsparse
from newsparse import find_boilerplate, find_captions


def _footers(text: str) -> list[str]:
    article = newsparse.parse(text)
    return [b.span.text for b in (*article.boilerplate, *article.captions)]


# --- a feature's sections go on: no junk tail -----------------------------------------------------

_LONG = (
    " The makers say the battery lasts a full week, and in our testing it came close to that, even"
    " with the screen set bright and the radio left on through most of a long and rainy weekend."
    " It costs less than most of its rivals, and it folds flat enough to slip into a coat pocket."
    " The only real complaint is the strap, which creaks a little when it is new and stiff."
    " Support is good, too: the makers answered our questions within a day, every time we wrote."
)


def _section(title: str, lead: str) -> str:
    return f"{title}\n{lead}{_LONG}\n"


_INTRO = (
    "Smart gadgets for the kitchen have multiplied this year, and most of them now talk to each other.\n"
    "We tried a dozen of them over the autumn to see which ones are worth a place on the counter.\n"
)


def _guide(plug: str, closing: str) -> str:
    return (
        _INTRO
        + _section("Kettle Talk", "The Brewmate kettle heats water to the degree and tells your phone.")
        + _section("Toast of the Town", "The Crumbly toaster learns how dark you like your bread.")
        + _section("Cold Comfort", "The Frostline fridge camera shows you the shelves from the shop.")
        + _section("Scales of Justice", "The Weighwell scales read out each step of a recipe.")
        + plug
        + "\n"
        + _section("Pot Luck", "The Simmer pot stirs the soup while you answer the door.")
        + "For more, read: Ten kettles tested for the price of one\n"
        + _section("Clean Sweep", "The Tidy robot mops the floor after the cooking is done.")
        + closing
        + "\n"
    )


def test_a_guides_own_sections_are_no_junk_tail() -> None:
    plug = "Get Gadget Brief, the Daily Ledger's technology newsletter"
    closing = "This article originally appeared on Example.com."
    found = _footers(_guide(plug, closing))
    assert plug in found and closing in found
    assert not any("Simmer pot" in f or "Tidy robot" in f for f in found)


def test_teasers_with_short_ledes_still_make_a_tail() -> None:
    story = (
        _INTRO + _section("Kettle Talk", "The kettle heats water.") + _section("Toast", "The toaster learns.")
    )
    tail = (
        "More from the Ledger\n"
        "Ferry fares frozen for another year\n"
        "The island council kept prices flat after a petition.\n"
        "Lorry fire shuts the motorway bridge\n"
        "Crews fought the blaze through the night.\n"
        "Newsletter sign-up\n"
    )
    found = " ".join(_footers(story + tail))
    # (the first headline under the label is the also-read rule's link)
    assert "Lorry fire" in found and "Crews fought" in found


# --- a caption closed by a credit in parentheses ----------------------------------------------


@pytest.mark.parametrize(
    ("line", "credit"),
    [
        ("The flooded basement of the old post office. (Jane Roe/Daily Ledger)", "Jane Roe/Daily Ledger"),
        ("Workers clear the tracks after the storm. (Ann Lee/City Archive)", "Ann Lee/City Archive"),
        ("A civil defence poster from the 1950s. (Public domain)", "Public domain"),
    ],
    ids=["person-house", "person-archive", "public-domain"],
)
def test_caption_closed_by_a_slash_credit(line: str, credit: str) -> None:
    captions = find_captions(line)
    assert [(c.text, c.credit) for c in captions] == [(line, credit)]


@pytest.mark.parametrize(
    "line",
    [
        "Senator Jane Roe (R/Ohio) said the bill would pass before the recess.",  # an aside, no sentence end before it
        "The bill passed on Monday after a long debate. (It goes to the Senate next.)",  # an aside
        "The council met on Monday and voted to rebuild the pier. (Nine votes to two)",  # no slash
    ],
    ids=["aside-in-sentence", "aside-sentence", "no-slash"],
)
def test_no_caption_without_a_credit_after_a_sentence(line: str) -> None:
    assert [c.text for c in find_captions(line) if c.text == line] == []


# --- related headlines between paragraphs -----------------------------------------------------

_P = (
    "Mayor Lina Ortiz said the ferry service would resume on Monday after the storm repairs ended.\n",
    "Lina Ortiz told the council that the pier had been checked by two engineers over the weekend.\n",
    "Engineers found no damage to the pilings, and the harbour master agreed to reopen the berth.\n",
    "Lina Ortiz had warned that a longer closure would drive young families to the mainland for good.\n",
    "Lina Ortiz added that fares would stay frozen until the end of the year, as promised in May.\n",
    "Ortiz thanked the crews who worked through the night to clear the debris from the slipway.\n",
)


def _story(line: str) -> str:
    return "Ferries return to the islands\n" + "".join(_P[:3]) + line + "\n" + "".join(_P[3:])


@pytest.mark.parametrize(
    "line",
    [
        "Coast Watch: Lorry fire shuts motorway bridge overnight as crews fight blaze",  # kicker
        "• Lorry fire shuts motorway bridge overnight as crews fight blaze",  # a lone bullet
        "Ortiz rules out a new toll on the causeway bridge before the election",  # the topic name
    ],
    ids=["kicker", "bullet", "topic-name"],
)
def test_related_headline_shapes(line: str) -> None:
    assert ("related_links", line) in [(b.kind, b.text) for b in find_boilerplate(_story(line))]


@pytest.mark.parametrize(
    "line",
    [
        "Jane Roe: The bridge that nobody wanted to pay for in the end",  # a writer's name
        "Read More: Lorry fire shuts motorway bridge overnight as crews fight blaze",  # a label
        "3. Engineers checked the pilings for damage over the long weekend",  # a numbered point
        "Young families and the mainland",  # too short to compare
    ],
    ids=["writer", "label", "numbered", "short"],
)
def test_related_headline_negatives(line: str) -> None:
    assert [b.text for b in find_boilerplate(_story(line)) if b.text == line] == []


# --- whole lines of a US or UK page's chrome ----------------------------------------------------

_ABOVE = "The council voted on Tuesday to rebuild the old ferry pier before the summer season.\n"
_BELOW = "\nWork is due to start in April and the contractor expects to finish the deck by June."


@pytest.mark.parametrize(
    ("line", "kind"),
    [
        ("UPDATE: Mar. 3, 2021, 4:05 p.m. EST Updated with a statement from the council.", "other"),
        ("Updated - May 4, 2022 Adds comment from the ferry company in the fifth paragraph.", "other"),
        ("Evening Brief: Ferry fares frozen for another year | Sign up", "newsletter"),
        ("What's Your Reaction?Share this reaction with your friends!", "share"),
        ("Tweet may have been deleted", "embed_wrapper"),
        ("Ledger Recommends", "related_links"),
        ("Read the full ruling here.", "other"),
        ("Check out the full letter below from the council.", "other"),
        ("See photos from this story:", "other"),
        ("Best Gifts For Cooks You Can Buy TodayAd is HiddenPlease tell us why you hid this ad?", "ad"),
    ],
    ids=[
        "update-stamp",
        "updated-dash-stamp",
        "sign-up-pipe",
        "reaction",
        "deleted-post",
        "house-pick",
        "full-ruling",
        "full-letter-below",
        "photos-pointer",
        "hidden-ad",
    ],
)
def test_chrome_lines(line: str, kind: str) -> None:
    assert (kind, line) in [(b.kind, b.text) for b in find_boilerplate(_ABOVE + line + _BELOW)]


@pytest.mark.parametrize(
    "line",
    [
        "Update: the council said on Monday that it would appeal against the ruling.",  # no date
        "The Harbour Master Recommends",  # a subheading led by an article
        "She said she would read the full statement to the council on Monday.",  # a story sentence
        "The tweet may have been deleted by the minister's office, aides said on Monday.",
    ],
    ids=["update-no-date", "the-recommends", "story-statement", "story-tweet"],
)
def test_chrome_negatives(line: str) -> None:
    assert [b.text for b in find_boilerplate(_ABOVE + line + _BELOW) if b.text == line] == []


def test_a_bare_update_stamp_is_left_for_the_timestamps() -> None:
    line = "Updated: Mar 3, 2021 09:20 PM IST"
    assert [b.text for b in find_boilerplate(_ABOVE + line + _BELOW) if b.text == line] == []


def _segments(text: str) -> list[tuple[int, int, int]]:
    out, pos = [], 0
    for n, line in enumerate(text.split("\n")):
        if line.strip():
            out.append((n, pos, pos + len(line)))
        pos += len(line) + 1
    return out


@pytest.mark.parametrize(
    ("above", "goes_on"),
    [(4, True), (1, False)],
    ids=["sections-above", "one-section-above"],
)
def test_sections_go_on_needs_the_house_style_above(above: int, goes_on: bool) -> None:
    from newsparse.rules.boilerplate.rule import _sections_go_on
    from newsparse.text import prose

    heads = ("Kettle Talk", "Toast of the Town", "Cold Comfort", "Scales of Justice")
    top = _INTRO + "".join(_section(h, "The gadget works well.") for h in heads[:above])
    tail = "Get Gadget Brief, our newsletter\n" + _section("Pot Luck", "A pot.") + _section("Sweep", "A mop.")
    text = top + tail
    segments = _segments(text)
    first = len(_segments(top))
    classes = [prose.FOOTER] + [prose.TITLE, prose.PROSE] * 2
    assert _sections_go_on(text, segments, segments[first:], classes) is goes_on


def test_teaser_ledes_are_no_sections() -> None:
    from newsparse.rules.boilerplate.rule import _sections_go_on
    from newsparse.text import prose

    heads = ("Kettle Talk", "Toast of the Town", "Cold Comfort")
    top = _INTRO + "".join(_section(h, "The gadget works well.") for h in heads)
    tail = "More from the Ledger\nFerry fares frozen\nThe council kept prices flat.\nLorry fire\nCrews fought it.\n"
    text = top + tail
    segments = _segments(text)
    classes = [prose.LABEL] + [prose.TITLE, prose.PROSE] * 2
    assert _sections_go_on(text, segments, segments[len(_segments(top)) :], classes) is False
