"""Footer shapes of the eleventh round (sample s13), second pass (#9): signed verdicts and a listicle's
last points are no junk tail; media teasers, reply-button threads, consent banners, long
copyright notices and ads in look-alike letters are footers. All sentences are our own."""

from __future__ import annotations

import pytest

import newsparse
from newsparse.rules.boilerplate.disguised import disguised_lines
from newsparse.rules.boilerplate.media import media_teasers, widget_threads

_STORY = (
    "The harbour council voted on Tuesday to rebuild the old ferry pier before the summer season.\n"
    "Councillors said the timber frame had rotted beyond repair after three wet winters in a row.\n"
    "Work is due to start in April and the contractor expects to finish the deck by late June.\n"
    "The ferry company will run a reduced timetable from the north quay while the pier is closed.\n"
)


def _footers(text: str) -> list[str]:
    return [b.span.text for b in newsparse.parse(text).boilerplate]


def _segments(text: str) -> list[tuple[int, int, int]]:
    out, pos = [], 0
    for n, line in enumerate(text.split("\n")):
        if line.strip():
            out.append((n, pos, pos + len(line)))
        pos += len(line) + 1
    return out


# --- signed verdicts: a credit line opens no junk tail -------------------------------------------

_REVIEW = (
    "Marla Quen spent two winters in a borrowed cabin writing the songs on her second album.\n"
    "She recorded most of it alone, layering a cheap organ under field recordings of the lake.\n"
    "The record is quieter than her debut, and it rewards a patient listener with late details.\n"
    "Its closing track stretches to eleven minutes without ever feeling long or aimless at all.\n"
    "We asked three of our critics to sum up the album in a sentence or two for this feature.\n"
    "A slow, frosted record that sounds like snow falling on a tin roof at the end of the night.\n"
    "– Dana Holt, Critic\n"
    "Quen trusts silence more than most songwriters, and the gamble pays off again and again.\n"
    "– Piet Arvo, Writer\n"
    "The organ drones are the heart of it, warm and strange and never quite in tune with the rest.\n"
    "– Lou Brenner, Writer\n"
    "SPRING SHOWS\n"
    "FRIDAY MAY 8\n"
    "THE LANTERN ROOM, HOBART\n"
)


def test_signed_verdicts_are_no_junk_tail() -> None:
    footers = _footers(_REVIEW)
    assert not any("gamble pays off" in f or "organ drones" in f for f in footers)


# --- a listicle's last points: the numbering goes on from above ----------------------------------

_LISTICLE = (
    "Keeping a fern alive indoors is easier than its reputation suggests, if you follow a few rules.\n"
    "1. Pick a bright corner\n"
    "Ferns like light but not the full afternoon sun, which scorches the tips of their fronds quickly.\n"
    "2. Mist the leaves\n"
    "A quick spray every morning keeps the air around the plant damp enough for it to stay green.\n"
    "3. Use a loose soil\n"
    "Heavy compost holds too much water, so mix in bark chips to let the roots breathe between waterings.\n"
    "Most garden centres sell a ready mix for ferns and palms that works well in ordinary pots.\n"
    "4. Feed it lightly\n"
    "A weak liquid feed once a month from spring to autumn is all a fern needs to put out new growth.\n"
    "5. Watch for pests\n"
    "Scale insects hide under the fronds; wipe them off with a damp cloth as soon as you see them.\n"
    "6. Repot every spring\n"
    "A pot one size larger gives the roots room, and fresh soil brings back the plant's vigour.\n"
    "7. Keep it off the radiator\n"
    "Dry heat curls the fronds within days.\n"
    "8. Be patient\n"
    "New fronds take weeks to unfurl.\n"
)


def test_a_listicles_last_points_are_no_junk_tail() -> None:
    footers = _footers(_LISTICLE)
    assert not any("Watch for pests" in f or "Repot every spring" in f for f in footers)


# --- media teasers ---------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("line", "found"),
    [
        ("STREAM: Nova Ray, Tidal Lights", True),
        ("WATCH: Five signs that your dog is too hot", True),
        ("- VIDEO: How the new pier will look", True),
        ("Video: the mayor opens the pier", False),  # a caption's opening as often
        ("WATCH: The mayor opened the pier on Monday.", False),  # a sentence
        ("WATCHING: The pier at dusk", False),  # no label
    ],
    ids=["stream", "watch", "bulleted-video", "title-case-label", "sentence", "no-label"],
)
def test_media_teasers(line: str, found: bool) -> None:
    text = _STORY + line + "\n" + _STORY
    got: dict[tuple[int, int], str] = {}
    media_teasers(text, _segments(text), got)
    assert (line in [text[s:e] for s, e in got]) is found


def test_a_media_teaser_in_a_story_is_a_footer_and_takes_no_story() -> None:
    text = _STORY + "STREAM: The pier podcast, episode four\n" + _STORY
    assert _footers(text) == ["STREAM: The pier podcast, episode four"]


# --- reply-button threads --------------------------------------------------------------------------

_THREAD = (
    "What a lovely pier, I hope it reopens soon.\n"
    "ReplyDelete\n"
    "We took the ferry there every summer as kids!\n"
    "ReplyDelete\n"
    "Great post, thanks for sharing\n"
    "ReplyDelete\n"
)


def test_a_reply_button_thread_is_one_comments_footer() -> None:
    text = _STORY + _THREAD
    items = newsparse.parse(text).boilerplate
    assert [(b.kind, b.span.text) for b in items] == [("comments", _THREAD.rstrip("\n"))]


def test_like_buttons_mark_a_thread_too() -> None:
    thread = (
        "Love this idea!\nLikeLiked by 12 people\nSo glad to read it.\nLikeLiked by 3 people\nYes!\nLike\n"
    )
    text = _STORY + thread
    got: dict[tuple[int, int], str] = {}
    taken = widget_threads(text, _segments(text), got)
    assert sorted(text[s:e] for s, e in taken) == sorted(thread.rstrip("\n").split("\n"))


def test_two_buttons_are_no_thread() -> None:
    text = _STORY + "Nice one.\nReply\nThanks.\nReply\n"
    got: dict[tuple[int, int], str] = {}
    assert widget_threads(text, _segments(text), got) == set()
    assert got == {}


# --- consent banners and long copyright notices ----------------------------------------------------


@pytest.mark.parametrize(
    "line",
    [
        "Our site uses cookies so that we and our partners can remember you. Further use counts as consent.",
        "I have read and understood the Harbour Privacy Notice. Do not show this message again.",
        "© 2025, Harbourside Post. This article is the property of the Harbourside Post and may not be "
        "copied. Written permission must be obtained before any reprint in online or print media. "
        "COPYING OUR REPORTS WITHOUT PERMISSION OR PAYMENT IS THEFT AND WILL BE PURSUED IN THE COURTS "
        "OF THE ISLAND.",
    ],
    ids=["cookies", "dismiss", "long-copyright"],
)
def test_banner_and_notice_lines_are_footers(line: str) -> None:
    assert line in _footers(_STORY + line + "\n")


# --- ads written with look-alike letters -----------------------------------------------------------

# "Advertise with the busiest site on the island" with Cyrillic а, е, і, ѕ, о, у in its words.
_DISGUISED = "Аdvеrtіѕе wіth thе busiest site оn thе іѕlаnd ~ саll uѕ tоdаy!"


def test_a_line_in_look_alike_letters_is_an_ad() -> None:
    text = _STORY + _DISGUISED + "\n"
    items = newsparse.parse(text).boilerplate
    assert [(b.kind, b.span.text) for b in items] == [("ad", _DISGUISED)]


def test_cyrillic_words_kept_whole_are_no_ad() -> None:
    line = "The sign over the door read Добро пожаловать, welcome in Russian, for the visiting crew."
    text = _STORY + line + "\n"
    got: dict[tuple[int, int], str] = {}
    disguised_lines(text, _segments(text), got, "en")
    assert got == {}


def test_a_cyrillic_language_text_is_not_read() -> None:
    text = _STORY + _DISGUISED + "\n"
    got: dict[tuple[int, int], str] = {}
    disguised_lines(text, _segments(text), got, "ru")
    assert got == {}


# --- captions: a credit word opens a word ----------------------------------------------------------


@pytest.mark.parametrize(
    ("line", "caption"),
    [
        ("(that is, a squall which forms far from the tropics)", False),  # "pics" inside a word
        ("(Some would call it an epic detour, but that is for another day.)", False),  # "pic"
        ("(kept in a Pipfile)", False),  # "file" inside a word
        ("(as listed in the harbour's schedule file)", False),  # a lower-case "file" word
        ("(HBA File)", True),
        ("(File photo)", True),
        ("(Representative pic)", True),
        ("(Harbour Authority handout)", True),
    ],
    ids=["tropics", "epic", "pipfile", "lower-file", "agency-file", "file-photo", "pic", "handout"],
)
def test_a_credit_word_inside_another_word_makes_no_caption(line: str, caption: bool) -> None:
    article = newsparse.parse(_STORY + line + "\n" + _STORY)
    assert (line in [c.span.text for c in article.captions]) is caption
