"""Embedded tweets: case files, signature and date tables, the seed article, invariants."""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

import newsparse
from newsparse import Document, Tweet, TweetRule, find_tweets
from newsparse._model import Boilerplate, Span

CASES_DIR = Path(__file__).resolve().parent / "cases" / "tweets"
SHARED = Path(__file__).resolve().parents[2] / "shared"
SEED = SHARED / "seed" / "seed-article.txt"

# Cases we knowingly get wrong: nothing in the text (no lead-in, blank line, link, tag,
# first person or reporting word) tells a short article sentence from a post's first line.
KNOWN_FAILURES = {
    "k_glued_next_paragraph": "the post's first sentence opens the line; a one-line scrape keeps the shorter body",
    "k2_plain_article_line_between": "a short plain article sentence under a long paragraph is taken into the post",
    "k2_long_first_post_line": "a long plain first line of a post reads as an article paragraph; shorter body kept",
    "m_traf_two_line_tco": "a plain third-person first line of a post under a short paragraph; shorter body kept",
}


def _read(path: Path) -> str:
    with open(path, encoding="utf-8", newline="") as f:
        return f.read()


def _date(value: dt.date | None) -> str | None:
    return None if value is None else value.isoformat()


def _case_params() -> list[Any]:
    params = []
    for path in sorted(CASES_DIR.glob("*.json")):
        marks = []
        if path.stem in KNOWN_FAILURES:
            marks.append(pytest.mark.xfail(strict=True, reason=KNOWN_FAILURES[path.stem]))
        params.append(pytest.param(path.stem, id=path.stem, marks=marks))
    return params


def test_case_files_are_valid() -> None:
    names = sorted(p.stem for p in CASES_DIR.glob("*.json"))
    assert len(names) >= 40
    assert names == sorted(p.stem for p in CASES_DIR.glob("*.txt")), "every case has a .txt and a .json"
    negatives = 0
    for name in names:
        data = json.loads((CASES_DIR / f"{name}.json").read_text(encoding="utf-8"))
        assert set(data) <= {"tweets", "note"}
        negatives += not data["tweets"]
        text = _read(CASES_DIR / f"{name}.txt")
        for tweet in data["tweets"]:
            assert set(tweet) <= {"author", "handle", "date", "body", "date_text"}
            assert tweet["body"] in text, f"{name}: expected body is not in the text"
    assert negatives >= 5
    assert set(KNOWN_FAILURES) <= set(names)


@pytest.mark.parametrize("name", _case_params())
def test_case(name: str) -> None:
    text = _read(CASES_DIR / f"{name}.txt")
    expected = json.loads((CASES_DIR / f"{name}.json").read_text(encoding="utf-8"))["tweets"]
    got = find_tweets(text)
    assert [
        {"author": t.author, "handle": t.handle, "date": _date(t.date), "body": t.body.text} for t in got
    ] == [{k: v for k, v in e.items() if k != "date_text"} for e in expected]
    for tweet, exp in zip(got, expected, strict=True):
        if "date_text" in exp:
            assert tweet.date_text == exp["date_text"]
        _check_tweet(text, tweet)


def _check_tweet(text: str, tweet: Tweet) -> None:
    assert tweet.span.matches(text) and tweet.body.matches(text)
    assert tweet.span.contains(tweet.body)
    for e in tweet.entities:
        assert e.span.matches(text) and tweet.body.contains(e.span)
    for link in tweet.urls:
        assert link.span.matches(text) and tweet.span.contains(link.span)
        assert link.kind in {"short", "media", "status", "other"}


def test_case_scores() -> None:
    """F1 (matched by handle and body) and field accuracy over every case file."""
    tp = fp = fn = exact = 0
    for path in sorted(CASES_DIR.glob("*.json")):
        expected = json.loads(path.read_text(encoding="utf-8"))["tweets"]
        got = list(find_tweets(_read(path.with_suffix(".txt"))))
        for exp in expected:
            match = next((t for t in got if t.handle == exp["handle"] and t.body.text == exp["body"]), None)
            if match is None:
                fn += 1
                continue
            got.remove(match)
            tp += 1
            exact += match.author == exp["author"] and _date(match.date) == exp["date"]
        fp += len(got)
    f1 = 2 * tp / (2 * tp + fp + fn)
    assert f1 >= 0.93, (tp, fp, fn)
    assert exact / tp >= 0.95


# -- the seed article -------------------------------------------------------------------


def test_seed_article() -> None:
    if not SEED.is_file():
        pytest.skip(f"seed article not found at {SEED} (../shared is absent)")
    text = _read(SEED)
    tweets = find_tweets(text)
    assert [(t.author, t.handle, t.date) for t in tweets] == [
        ("The White House", "WhiteHouse", dt.date(2025, 11, 21)),
        ("Zohran Kwame Mamdani", "ZohranKMamdani", dt.date(2025, 11, 21)),
    ]
    first, second = tweets
    assert first.body.text.startswith("President Trump Meets with Zohran Mamdani")
    assert first.body.text.endswith("https://t.co/Y0I0lGYvJp")
    assert [(u.url, u.kind) for u in first.urls] == [("https://t.co/Y0I0lGYvJp", "short")]
    assert second.body.text.startswith("Working people have been left behind")
    assert second.body.text.endswith("pic.twitter.com/PUVQfuT38s")
    assert [(u.url, u.kind) for u in second.urls] == [("pic.twitter.com/PUVQfuT38s", "media")]
    article = newsparse.parse(text)
    assert len(article.tweets) == 2
    assert "Y0I0lGYvJp" not in article.body and "(@ZohranKMamdani)" not in article.body


# -- signature variants -----------------------------------------------------------------

BODY = "Night buses return on Friday #CityBudget https://t.co/Ab12Cd34Ef"

SIGNATURES = [
    ("em-dash", "— Budget Watch (@budget_watch) November 22, 2025"),
    ("en-dash", "– Budget Watch (@budget_watch) November 22, 2025"),
    ("double-hyphen", "-- Budget Watch (@budget_watch) November 22, 2025"),
    ("hyphen", "- Budget Watch (@budget_watch) November 22, 2025"),
    ("escaped-hyphen", "\\- Budget Watch (@budget_watch) November 22, 2025"),
    ("question-mark", "? Budget Watch (@budget_watch) November 22, 2025"),
    ("mojibake", "â€” Budget Watch (@budget_watch) November 22, 2025"),
    ("no-dash", "Budget Watch (@budget_watch) November 22, 2025"),
    ("quoted", "> — Budget Watch (@budget_watch) November 22, 2025"),
    ("spaces", "—    Budget Watch    (@budget_watch)    November 22, 2025"),
    ("nbsp", "—\u00a0Budget Watch (@budget_watch)\u00a0November 22, 2025"),
    ("report", "— Budget Watch (@budget_watch) November 22, 2025 Report"),
    (
        "markdown-link",
        "— Budget Watch (@budget_watch) [November 22, 2025](https://twitter.com/budget_watch/status/1)",
    ),
    ("name-break", "— Budget Watch\n(@budget_watch) November 22, 2025"),
    ("escaped-handle", "— Budget Watch (@budget\\_watch) November 22, 2025"),
]


@pytest.mark.parametrize("signature", [s for _, s in SIGNATURES], ids=[n for n, _ in SIGNATURES])
def test_signature_variants(signature: str) -> None:
    text = f"The office published its figures on Saturday.\n{BODY}\n{signature}\nMore to follow."
    (tweet,) = find_tweets(text)
    assert (tweet.author, tweet.handle, tweet.date) == ("Budget Watch", "budget_watch", dt.date(2025, 11, 22))
    assert tweet.body.text == BODY
    assert text[tweet.span.end :].strip() == "More to follow."


NAMES = [
    "Ana Pérez 🇪🇸",
    "ニクラス",
    "Carsten 🚀",
    "DJ K4",
    "Not The Mayor (Parody)",
    "Martín Donato✴",
    "Dr. A. B. Roy",
]


@pytest.mark.parametrize("name", NAMES, ids=[f"name-{i}" for i in range(len(NAMES))])
def test_names(name: str) -> None:
    (tweet,) = find_tweets(f"{BODY}\n— {name} (@some_handle) November 22, 2025")
    assert tweet.author == name


DATES = [
    ("November 21, 2025", dt.date(2025, 11, 21)),
    ("Nov 21, 2025", dt.date(2025, 11, 21)),
    ("21 November 2025", dt.date(2025, 11, 21)),
    ("November 21, 2025 at 4:12 PM", dt.datetime(2025, 11, 21, 16, 12)),
    ("21 de noviembre de 2025", dt.date(2025, 11, 21)),
    ("21. November 2025", dt.date(2025, 11, 21)),
    ("21\\. November 2025", dt.date(2025, 11, 21)),
    ("17 avril 2017", dt.date(2017, 4, 17)),
    ("21 de novembro de 2025", dt.date(2025, 11, 21)),
    ("21 novembre 2025", dt.date(2025, 11, 21)),
    ("2018年9月28日", dt.date(2018, 9, 28)),
    ("2026-04-01T03:14:06.000Z", dt.datetime(2026, 4, 1, 3, 14, 6, tzinfo=dt.UTC)),
    ("1632395195000", dt.datetime(2021, 9, 23, 11, 6, 35, tzinfo=dt.UTC)),
    ("February 30, 2016", None),
]


@pytest.mark.parametrize(("date_text", "date"), DATES, ids=[d for d, _ in DATES])
def test_dates(date_text: str, date: dt.date | None) -> None:
    (tweet,) = find_tweets(f"{BODY}\n— Budget Watch (@budget_watch) {date_text}")
    assert tweet.date_text == date_text
    assert tweet.date == date


def test_same_line_glued_to_next_sentence() -> None:
    text = (
        "Officials were relieved. The harbour is back open to all traffic! pic.twitter.com/Hy7Ju8Ki9O"
        " — Port Office (@PortOffice) December 30, 2017In the morning, ships left."
    )
    (tweet,) = find_tweets(text)
    assert tweet.body.text == "The harbour is back open to all traffic! pic.twitter.com/Hy7Ju8Ki9O"
    assert tweet.span.text.endswith("December 30, 2017")


def test_links_and_entities() -> None:
    text = (
        "> @metro_desk Fares frozen #CityBudget $SPY https://t.co/Ab12Cd34Ef pic.x.com/AbCdE12345\n"
        "> — Budget Watch (@budget_watch) [November 22, 2025](https://x.com/budget_watch/status/1992000000000000001?s=20)"
    )
    (tweet,) = find_tweets(text)
    assert [(u.kind, u.status_id) for u in tweet.urls] == [
        ("short", None),
        ("media", None),
        ("status", "1992000000000000001"),
    ]
    assert [(e.kind, e.value) for e in tweet.entities] == [
        ("mention", "metro_desk"),
        ("hashtag", "CityBudget"),
        ("cashtag", "SPY"),
        ("url", "https://t.co/Ab12Cd34Ef"),
        ("url", "pic.x.com/AbCdE12345"),
    ]
    _check_tweet(text, tweet)


def test_statuses_url() -> None:
    text = f"{BODY}\n-- Budget Watch (@budget_watch) [November 22, 2025](https://mobile.twitter.com/budget_watch/statuses/12345)"
    (tweet,) = find_tweets(text)
    assert tweet.urls[-1].kind == "status" and tweet.urls[-1].status_id == "12345"


NEGATIVES = [
    ("prose", 'The senator tweeted that the bill was "dead on arrival".'),
    ("in-a-post", 'In a post on X, she wrote: "We will not support this."'),
    ("handle-no-date", "A spokesperson (@FirmSupport) said refunds would follow."),
    ("on-date", "The remarks came from Jordan Meyers (@JordanMeyers) on November 5, 2024."),
    ("bluesky", "Budget passed.\n— City Reporter (@cityreporter.bsky.social) November 21, 2025 at 4:12 PM"),
    ("mastodon", "Release day.\n— Dev Collective (@devs@mastodon.social) March 2, 2024"),
    ("handle-too-long", "Hello.\n— Someone (@abcdefghijklmnopqrstu) March 2, 2024"),
    ("email", "Write to tips@example.com by March 3, 2024."),
    ("empty", ""),
]


@pytest.mark.parametrize("text", [t for _, t in NEGATIVES], ids=[n for n, _ in NEGATIVES])
def test_negatives(text: str) -> None:
    assert find_tweets(text) == ()


def test_skips_claimed_text() -> None:
    text = f"{BODY}\n— Budget Watch (@budget_watch) November 22, 2025"
    claimed = Boilerplate(Span.of(text, 0, len(text)))
    document = Document.from_text(text).with_items([claimed])
    assert list(TweetRule()(document)) == []


def test_extending_the_vocabulary() -> None:
    text = f"{BODY}\n~ Budget Watch (@budget_watch) November 22, 2025"
    assert find_tweets(text)[0].author == "~ Budget Watch"
    rule = TweetRule(dashes=(*TweetRule().dashes, "~"))
    (tweet,) = rule(Document.from_text(text))
    assert tweet.author == "Budget Watch"


def test_non_str_is_a_type_error() -> None:
    with pytest.raises(TypeError):
        find_tweets(b"bytes")  # type: ignore[arg-type]


# -- properties -------------------------------------------------------------------------

WORDS = st.sampled_from(["the", "council", "said", "on", "Monday", "that", "fares", "would", "rise", "again"])
PARAGRAPH = st.lists(WORDS, min_size=60, max_size=80).map(lambda ws: " ".join(ws).capitalize() + ".")
HANDLES = st.from_regex(r"[A-Za-z][A-Za-z0-9_]{2,14}", fullmatch=True)
NAMES_ST = st.sampled_from(["City Desk", "Ana Pérez 🇪🇸", "ニクラス", "Dr. A. Roy", "K4 (Parody)"])
DASH_ST = st.sampled_from(["— ", "– ", "-- ", "â€” ", ""])
DATE_ST = st.sampled_from(
    ["November 21, 2025", "21 de noviembre de 2025", "Nov 2, 2019 at 4:12 PM", "1632395195000"]
)


@st.composite
def articles(draw: st.DrawFn) -> tuple[str, list[tuple[int, int, str, int, int]]]:
    """Paragraphs of prose with signed posts inserted; returns the text and the expected spans."""
    parts: list[str] = []
    expected: list[tuple[int, int, str, int, int]] = []
    pos = 0
    for _ in range(draw(st.integers(1, 4))):
        para = draw(PARAGRAPH) + "\n"
        parts.append(para)
        pos += len(para)
        if draw(st.booleans()):
            body = f"Fares {draw(WORDS)} #Budget pic.twitter.com/{draw(HANDLES)[:10]}"
            sig = f"{draw(DASH_ST)}{draw(NAMES_ST)} (@{draw(HANDLES)}) {draw(DATE_ST)}"
            block = f"{body}\n{sig}\n"
            expected.append((pos, pos + len(body) + 1 + len(sig), body, pos, pos + len(body)))
            parts.append(block)
            pos += len(block)
    return "".join(parts), expected


@settings(max_examples=150, deadline=None)
@given(articles())
def test_inserted_signatures_are_found_at_their_spans(
    article: tuple[str, list[tuple[int, int, str, int, int]]],
) -> None:
    text, expected = article
    got = [(t.span.start, t.span.end, t.body.text, t.body.start, t.body.end) for t in find_tweets(text)]
    assert got == expected


@settings(max_examples=200, deadline=None)
@given(
    st.lists(st.sampled_from([*"ab (@)—-_\n>:.?1", "November 21, 2025", "pic.x.com/a"]), max_size=40).map(
        "".join
    )
)
def test_invariants(text: str) -> None:
    first = find_tweets(text)
    assert first == find_tweets(text)
    reach = 0
    for tweet in first:
        _check_tweet(text, tweet)
        assert tweet.span.start >= reach
        reach = tweet.span.end


@settings(max_examples=100, deadline=None)
@given(st.text(max_size=300))
def test_any_text(text: str) -> None:
    for tweet in find_tweets(text):
        _check_tweet(text, tweet)


@pytest.mark.parametrize(
    ("author", "surname"),
    [
        ("Lena Okafor", "Okafor"),
        ("Dr Tom Hale", "Hale"),
        ("Westvale Police", None),
        ("Port of Kelsby", None),
        ("Megh Updates 🚨™", None),
        ("Bigi", None),
        (None, None),
    ],
)
def test_surname_only_for_person_like_names(author: str | None, surname: str | None) -> None:
    """Only a person's surname marks an article line naming the author (organisations name
    themselves in their own posts)."""
    from newsparse.rules.tweets.cues import surname_of

    assert surname_of(author) == surname


def test_article_line_naming_the_author_stays_out_of_the_post() -> None:
    text = (
        "The bill cleared the upper house by two votes after a long night of amendments, walkouts "
        "and procedural fights over the schedule.\n"
        "Rivera, 52, has represented the district since 2019.\n"
        "Proud to stand up for the clinics that serve our families. https://t.co/Hw2Ez6Lp0S\n"
        "— Sam Rivera (@SamRivera) May 6, 2025"
    )
    (tweet,) = find_tweets(text)
    assert tweet.body.text.startswith("Proud to stand up")
    # The same line naming someone else is the post's (nothing else closes it).
    (other,) = find_tweets(text.replace("Rivera, 52,", "Okafor, 52,"))
    assert other.body.text.startswith("Okafor, 52,")
