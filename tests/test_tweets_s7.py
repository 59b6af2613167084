"""Posts whose first paragraph is in the poster's own voice (#9): a paragraph in a script the
article does not write in, or in the first person of the article's language, above the post's
other paragraphs. Our own invented posts in the shapes real pages have."""

from __future__ import annotations

import pytest

import newsparse
from newsparse.rules.tweets.voice import foreign_script, speaks_as_self

_PROSE = (
    "The state's industry minister has spent the month inviting carmakers to build plants in the "
    "coastal districts, and said the region offers the fastest land approvals in the country.\n\n"
)
# A greeting in Devanagari over an English post cut at X's length: the whole weighs a little
# more than 280 characters, as a cut embed does.
_GREETING = "धन्यवाद मित्रों! हम मिलकर आगे बढ़ेंगे।"
_ENGLISH = (
    "We value the trust your group has shown in our state, and our team will share a full plan "
    "for the new plant in the coming weeks. Land, water and power are ready, and the workforce "
    "is among the most skilled in the…"
)
_SIGNATURE = " https://t.co/Qw12Er34Ty — Meera Rao (@MeeraRaoOffice) March 4, 2025\n\n"
_AFTER = "The company has not yet said where its next factory will be built.\n"


def test_a_paragraph_in_another_script_opens_a_cut_post() -> None:
    text = _PROSE + _GREETING + "\n\n" + _ENGLISH + _SIGNATURE + _AFTER
    (tweet,) = newsparse.find_tweets(text)
    assert tweet.body.text == _GREETING + "\n\n" + _ENGLISH + " https://t.co/Qw12Er34Ty"


def test_an_article_paragraph_in_its_own_script_stays_out() -> None:
    # The same place held by an English sentence of the article: it is not the post's.
    lead = "The minister had written to the group twice before the visit."
    text = _PROSE + lead + "\n\n" + _ENGLISH + _SIGNATURE + _AFTER
    (tweet,) = newsparse.find_tweets(text)
    assert tweet.body.text.startswith("We value the trust")


def test_a_post_that_is_not_cut_keeps_to_x_length() -> None:
    # Without the closing "…" the post shows all of itself: no slack over X's length.
    body = _ENGLISH.replace(" in the…", " in the country and far beyond it.")
    text = _PROSE + _GREETING + "\n\n" + body + _SIGNATURE + _AFTER
    (tweet,) = newsparse.find_tweets(text)
    assert tweet.body.text.startswith("We value the trust")


_HI_HEADING = "नए साल पर सभी को शुभकामनाएं- सुधा वर्मा, सांसद\n\n"
_HI_FIRST = "नव वर्ष के अवसर पर सभी को बधाई। यह साल सबके लिए सुख लाए, यही कामना करती हूँ।"
_HI_SECOND = "गांव और शहर मिलकर आगे बढ़ें, यही इस साल का संकल्प हो… pic.twitter.com/Zx98Cv76Bn"
_HI_SIGNATURE = " — Sudha Verma (@SudhaVermaMP) January 1, 2025\n\n"


def test_a_first_person_paragraph_opens_a_hindi_post() -> None:
    text = _HI_HEADING + _HI_FIRST + "\n\n" + _HI_SECOND + _HI_SIGNATURE + "इसके बाद कई नेताओं ने बधाई दी।\n"
    (tweet,) = newsparse.find_tweets(text)
    assert tweet.body.text == _HI_FIRST + "\n\n" + _HI_SECOND


def test_a_hindi_heading_in_the_third_person_stays_out() -> None:
    first = "नव वर्ष के अवसर पर सभी को बधाई। यह साल सबके लिए सुख लाए।"
    text = _HI_HEADING + first + "\n\n" + _HI_SECOND + _HI_SIGNATURE
    (tweet,) = newsparse.find_tweets(text)
    assert tweet.body.text == _HI_SECOND


@pytest.mark.parametrize(
    ("line", "language", "expected"),
    [
        ("Nous serons au rendez-vous dimanche.", "fr", True),
        ("J'appelle chacun au calme.", "fr", True),
        ("Le maire a annoncé la fermeture du pont.", "fr", False),
        ("Ich danke allen Helfern.", "de", True),
        ("Die Stadt sperrt die Brücke.", "de", False),
        ("यही कामना करता हूँ।", "hi", True),
        ("आप सभी को बधाई।", "hi", False),
        ("We will be there.", "en", False),  # English has its own pattern
    ],
    ids=["fr_nous", "fr_elided", "fr_third", "de_ich", "de_third", "hi_hun", "hi_aap", "en_elsewhere"],
)
def test_first_person_per_language(line: str, language: str, expected: bool) -> None:
    assert speaks_as_self(line, language) is expected


@pytest.mark.parametrize(
    ("line", "scripts", "expected"),
    [
        ("धन्यवाद मित्रों! हम मिलकर आगे बढ़ेंगे।", ("Latin",), True),
        ("Thank you, friends: onwards together.", ("Latin",), False),
        ("Thank you, friends: onwards together.", ("Devanagari",), True),
        ("नमस्ते OK", ("Latin",), False),  # too few letters to say
        ("A line with one word नमस्ते in it.", ("Latin",), False),
    ],
    ids=["devanagari_in_latin", "latin_in_latin", "latin_in_devanagari", "short", "mostly_latin"],
)
def test_foreign_script(line: str, scripts: tuple[str, ...], expected: bool) -> None:
    assert foreign_script(line, scripts) is expected
