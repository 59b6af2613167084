"""Non-Twitter embeds: case files, shape tables, the F1 bar, invariants and adversarial input."""

from __future__ import annotations

import datetime as _dt
import json
from pathlib import Path
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

import newsparse
from newsparse import Boilerplate, Document, Embed, EmbedRule, find_embeds
from newsparse.rules.embeds.rule import EMBED_WRAPPER, _candidate_lines, _gate, find_embed_wrappers
from newsparse.rules.embeds.scan import Scan

CASES = Path(__file__).resolve().parent / "cases" / "embeds"
SHARED = Path(__file__).resolve().parents[2] / "shared"
FIELDS = ("platform", "body", "author", "handle", "date", "date_text", "url", "community")


def _load(name: str) -> tuple[str, dict[str, Any]]:
    text = (CASES / f"{name}.txt").read_bytes().decode("utf-8")  # keep \r\n as written
    return text, json.loads((CASES / f"{name}.json").read_text(encoding="utf-8"))


CASE_NAMES = sorted(p.stem for p in CASES.glob("*.txt"))


def _date(value: _dt.date | None) -> str | None:
    return None if value is None else value.isoformat()


def _embed_dict(text: str, e: Embed) -> dict[str, Any]:
    return {
        "platform": e.platform,
        "span": e.span.text,
        "body": e.body.text if e.body is not None else None,
        "author": e.author,
        "handle": e.handle,
        "date": _date(e.date),
        "date_text": e.date_text,
        "url": e.url,
        "community": e.community,
    }


def _expected_spans(text: str, wanted: list[str]) -> list[tuple[int, int]]:
    spans, pos = [], 0
    for w in wanted:
        start = text.find(w, pos)
        assert start >= 0, f"expected text not in the case: {w!r}"
        spans.append((start, start + len(w)))
        pos = start + 1
    return spans


def _score(name: str) -> tuple[int, int, int, int]:
    """Return (true positives, predicted, expected, matches with every field right) for a case."""
    text, exp = _load(name)
    got = find_embeds(text)
    want = exp["embeds"]
    spans = _expected_spans(text, [w["span"] for w in want])
    used: set[int] = set()
    tp = exact = 0
    for (start, end), w in zip(spans, want, strict=True):
        for i, e in enumerate(got):
            if i in used or e.platform != w["platform"]:
                continue
            if e.span.start < end and start < e.span.end:
                used.add(i)
                tp += 1
                exact += _embed_dict(text, e) == w
                break
    return tp, len(got), len(want), exact


# ---------------------------------------------------------------------------
# Case files
# ---------------------------------------------------------------------------


def test_case_files_are_well_formed() -> None:
    assert len(CASE_NAMES) >= 40
    for name in CASE_NAMES:
        text, exp = _load(name)
        assert set(exp) <= {"description", "embeds", "wrappers", "xfail"}, name
        assert exp["description"], name
        for w in exp["embeds"]:
            assert set(w) == {"span", *FIELDS}, name
            assert w["span"] in text, name
            assert w["body"] is None or w["body"] in w["span"], name
        for w in exp["wrappers"]:
            assert w in text, name
    negatives = [n for n in CASE_NAMES if not _load(n)[1]["embeds"] and not _load(n)[1]["wrappers"]]
    assert len(negatives) >= 5


def _case_params() -> list[Any]:
    params = []
    for name in CASE_NAMES:
        reason = _load(name)[1].get("xfail")
        marks = [pytest.mark.xfail(strict=True, reason=reason)] if reason else []
        params.append(pytest.param(name, marks=marks, id=name))
    return params


@pytest.mark.parametrize("name", _case_params())
def test_case(name: str) -> None:
    text, exp = _load(name)
    got = [_embed_dict(text, e) for e in find_embeds(text)]
    assert got == exp["embeds"]
    assert [b.text for b in find_embed_wrappers(text)] == exp["wrappers"]


def test_f1_on_the_case_files_meets_the_bar() -> None:
    tp = pred = gold = 0
    for name in CASE_NAMES:
        t, p, g, _ = _score(name)
        tp, pred, gold = tp + t, pred + p, gold + g
    precision, recall = tp / pred, tp / gold
    f1 = 2 * precision * recall / (precision + recall)
    assert f1 >= 0.9, (precision, recall, f1)


# ---------------------------------------------------------------------------
# Small shape tables
# ---------------------------------------------------------------------------

SHAPES = [
    ("View this post on Instagram\nChampions again! 🏆", "instagram", None),
    ("A post shared by Lu Chen (@lu.chen) on", "instagram", "lu.chen"),
    ("Un post condiviso da Gio (@gio_99)", "instagram", "gio_99"),
    ("@dj.sol beats for the bus ride #music ♬ original sound - DJ Sol", "tiktok", "dj.sol"),
    ("♬ original sound - DJ Sol", "tiktok", None),
    ("Post by @news.deskView on Threads", "threads", "news.desk"),
    ("View on Mastodon", "mastodon", None),
    ("Post by @ed@social.coop", "mastodon", "ed@social.coop"),
    ("Late again.\n— Ed (@ed.bsky.social) May 1, 2025 at 8:00 AM", "bluesky", "ed.bsky.social"),
    ("Snow day!\nPosted by Parks Dept on Monday, January 6, 2025", "facebook", None),
    ("Best bakery?\nby u/crumb_fan in r/paris", "reddit", "crumb_fan"),
    # A bare video URL needs a word about a video near it (#9: a pasted link is no embed).
    ("Watch the full speech:\nhttps://m.youtube.com/watch?feature=share&v=Q1w2E3r4T5y", "youtube", None),
    ("https://www.youtube.com/embed/Q1w2E3r4T5y", "youtube", None),
    ("https://bsky.app/profile/ed.bsky.social/post/3kxyzabc12", "bluesky", "ed.bsky.social"),
    ("https://www.reddit.com/r/paris/comments/1a2b3c/best_bakery/", "reddit", None),
    ("https://vimeo.com/123456789\nThe clip was shot in a week.", "vimeo", None),
]


@pytest.mark.parametrize(("text", "platform", "handle"), SHAPES, ids=[s[0][:40] for s in SHAPES])
def test_shapes(text: str, platform: str, handle: str | None) -> None:
    (embed,) = find_embeds(text)
    assert (embed.platform, embed.handle) == (platform, handle)


NOT_EMBEDS = [
    "a post shared by colleagues",
    "A post shared by the ministry on Friday was later deleted.",
    "Posted by Sam on the club forum",
    "Posted by admin on 3 March 2020",
    "by u/someone",
    "Email jo@example.com or @jo@example.com.",
    "(@ 5pm)",
    "The video (VIDEO) is below.",
    "Watch https://youtu.be/abcdefghijk now",
    "— Jo Bloggs (@jobloggs) November 2, 2025",
    "— Jo (@jo.bsky.social) sometime last week",
    "view on threads",
    "Post by @ the river",
]


@pytest.mark.parametrize("text", NOT_EMBEDS, ids=NOT_EMBEDS)
def test_not_embeds(text: str) -> None:
    assert find_embeds(text) == ()


WRAPPERS = [
    ("Skip Twitter post by @Ann", "Skip Twitter post by @Ann"),
    ("Skip twitter post, 2", "Skip twitter post, 2"),
    ("End of Instagram post 3 by Ann Lee", "End of Instagram post 3 by Ann Lee"),
    ("Allow Facebook content?", "Allow Facebook content?"),
    ("Content is not available", "Content is not available"),
    ("View original content on X", "View original content on X"),
    ("Warning: Third party content may contain adverts", "Warning: Third party content may contain adverts"),
    ("Ignorer Twitter publication", "Ignorer Twitter publication"),
]


@pytest.mark.parametrize(("text", "wrapper"), WRAPPERS, ids=[w[0] for w in WRAPPERS])
def test_wrappers(text: str, wrapper: str) -> None:
    (item,) = find_embed_wrappers(text)
    assert (item.text, item.kind) == (wrapper, EMBED_WRAPPER)


def test_skip_label_alone_when_the_name_is_unclear() -> None:
    text = "Skip Twitter post by " + "the government of a country said something long " * 3
    (item,) = find_embed_wrappers(text)
    assert item.text == "Skip Twitter post by"


# ---------------------------------------------------------------------------
# The rule in a parser
# ---------------------------------------------------------------------------


def test_rule_skips_claimed_text() -> None:
    text = "View this post on Instagram\nA post shared by Lu (@lu) on"
    doc = Document.from_text(text)
    claimed = doc.with_items([Boilerplate(newsparse.Span.of(text, 0, 27))])
    items = list(EmbedRule()(claimed))
    assert [type(i).__name__ for i in items] == ["Embed"]
    assert items[0].span.text == "A post shared by Lu (@lu) on"


def test_vocabulary_is_extensible() -> None:
    rule = EmbedRule(instagram_markers=(*EmbedRule().instagram_markers, "Xem bài viết này trên Instagram"))
    text = "Xem bài viết này trên Instagram\nVô địch! 🏆\nA post shared by Lu (@lu)"
    items = list(rule(Document.from_text(text)))
    assert [(i.platform, i.span.text) for i in items if isinstance(i, Embed)] == [("instagram", text)]


@pytest.mark.parametrize(
    ("text", "residue"),
    [
        ("Ver esta publicación en Instagram", "Ver esta publicación en Instagram"),
        ("The vote passed.\n\nView this post on Instagram\n\nIt ends.", "View this post on Instagram"),
    ],
    ids=["alone", "between-paragraphs"],
)
def test_placeholder_alone_is_residue_not_an_embed(text: str, residue: str) -> None:
    # The extractor dropped the post and kept only its link text: no embedded post to report,
    # but the line is the embed's furniture, claimed as a wrapper (#11).
    items = list(EmbedRule()(Document.from_text(text)))
    assert not [i for i in items if isinstance(i, Embed)]
    assert [i.span.text for i in items if isinstance(i, Boilerplate)] == [residue]


def test_parse_claims_embed_lines_from_the_body() -> None:
    text = (
        "The team celebrated.\nView this post on Instagram\nChampions!\n"
        "A post shared by City FC (@cityfc) on\nThe parade is on Sunday."
    )
    article = newsparse.parse(text)
    assert [e.handle for e in article.embeds] == ["cityfc"]
    assert "Champions!" not in article.body


def test_seed_article_has_no_non_twitter_embeds() -> None:
    seed = SHARED / "seed" / "seed-article.txt"
    if not seed.exists():
        pytest.skip("../shared (the seed article) is not available next to the repository")
    assert find_embeds(seed.read_text(encoding="utf-8")) == ()


def test_find_embeds_rejects_bytes() -> None:
    with pytest.raises(TypeError, match="decode"):
        find_embeds(b"View this post on Instagram")  # type: ignore[arg-type]


# ---------------------------------------------------------------------------
# Invariants
# ---------------------------------------------------------------------------

PIECES = [
    "View this post on Instagram",
    "A post shared by Lu (@lu.chen) on",
    "@dj.sol beats ♬ original sound - DJ Sol",
    "[image or embed]",
    "— Ed (@ed.bsky.social) May 1, 2025 at 8:00 AM",
    "Post by @news.deskView on Threads",
    "Posted by Parks on Monday, January 6, 2025",
    "byu/crumb_fan inparis",
    "https://youtu.be/Q1w2E3r4T5y",
    "VIDEO",
    "Skip Twitter post by @Ann",
    "Allow X content?",
    "Plain article sentence.",
    "",
    "\r\n",
    "\u2028",
]


def _check_items(text: str, items: list[Embed | Boilerplate]) -> None:
    last_end = -1
    for item in items:
        assert item.span.matches(text)
        assert item.span.text.strip() == item.span.text and item.span.text
        assert item.span.start >= last_end
        last_end = item.span.end
        if isinstance(item, Embed):
            if item.body is not None:
                assert item.body.matches(text)
                assert item.span.contains(item.body)
            assert item.handle is None or not item.handle.startswith("@")
        else:
            assert item.kind == EMBED_WRAPPER


@settings(max_examples=300, deadline=None)
@given(
    st.lists(st.sampled_from(PIECES) | st.text(max_size=30), max_size=12), st.sampled_from(["\n", " ", ""])
)
def test_invariants_on_assembled_text(parts: list[str], sep: str) -> None:
    text = sep.join(parts)
    first = list(EmbedRule()(Document.from_text(text)))
    _check_items(text, first)
    assert first == list(EmbedRule()(Document.from_text(text)))


@settings(max_examples=200, deadline=None)
@given(st.text())
def test_invariants_on_any_text(text: str) -> None:
    _check_items(text, list(EmbedRule()(Document.from_text(text))))


@settings(max_examples=100, deadline=None)
@given(
    st.text(alphabet="abc .,\n", max_size=80),
    st.from_regex(r"[a-z]{2,10}\.bsky\.social", fullmatch=True),
    st.text(alphabet="abcdefgh ", min_size=3, max_size=20).filter(lambda s: s.strip()),
)
def test_inserted_bluesky_signature_is_found(prefix: str, handle: str, body: str) -> None:
    signature = f"— Ann Lee (@{handle}) May 1, 2025 at 8:00 AM"
    text = f"{prefix}\n{body}\n{signature}\nMore text."
    embeds = find_embeds(text)
    assert [e.handle for e in embeds] == [handle]
    assert embeds[0].span.text.endswith(signature)
    assert embeds[0].body is not None and embeds[0].body.text == body.strip()


ADVERSARIAL = [
    "@" * 100_000,
    "(@" * 50_000,
    "(@a.b.c.d.e.f " * 10_000,
    "A post shared by " * 20_000,
    "Skip Twitter post by " * 20_000,
    "♬ " * 50_000,
    "@a " + "x" * 200_000 + " ♬ original sound - A",
    "https://www.youtube.com/watch?v=abcdefghijk" + "," * 10_000,
    "http://youtu.be/abcdefg" + "." * 10_000 + "!" * 10_000 + "#" * 10_000,
    "by u/abc in " * 20_000,
    "Post by @" + "a" * 100_000 + "View on Threads",
    "word " * 200_000,
]


@pytest.mark.parametrize("text", ADVERSARIAL, ids=[f"adversarial-{i}" for i in range(len(ADVERSARIAL))])
def test_adversarial_input_finishes(text: str) -> None:
    # Timing is measured in benchmarks/bench_embeds.py; here we check it completes sanely.
    _check_items(text, list(EmbedRule()(Document.from_text(text))))


@pytest.mark.parametrize(
    ("above", "body"),
    [
        ("Back in training \u26bd\ufe0f #preseason", "Back in training \u26bd\ufe0f #preseason"),
        ("Back in training #preseason\n", "Back in training #preseason"),
        ("The player shared a photo from the training ground.", None),
        ("Her followers loved the #throwback.", None),
    ],
    ids=["emoji-end", "hashtag-end-blank-line", "article-sentence", "hashtag-then-full-stop"],
)
def test_bare_instagram_attribution_takes_a_caption_line_only(above: str, body: str | None) -> None:
    """Without a marker, only a line ending in a hashtag or emoji above the attribution is the caption."""
    text = f"{above}\nA post shared by Ana Ruiz (@anaruiz) on Jan 9, 2026 at 11:02am PST\nShe joins in May.\n"
    (embed,) = find_embeds(text)
    assert (embed.body.text if embed.body else None) == body
    assert text[embed.span.start : embed.span.end] == embed.span.text


_BLANKS = ("\t", "\u00a0", "\u202f", "\u2009", "\u3000")


@settings(max_examples=60, deadline=None)
@given(
    literal=st.sampled_from(
        sorted(w for w in _gate(EmbedRule().facebook_labels, True).literals if w.isascii())
    ),
    blank=st.sampled_from(_BLANKS),
    before=st.text(alphabet="ab .,\n", max_size=12),
    after=st.text(alphabet="ab .,\n", max_size=12),
)
def test_gate_selects_every_line_holding_a_literal_with_any_blank(
    literal: str, blank: str, before: str, after: str
) -> None:
    """The gate's one scan finds a trigger literal whatever blank stands for its spaces."""
    text = before + literal.replace(" ", blank) + after
    document = Document.from_text(text)
    line = document.line_index_at(len(before))
    scan = Scan(EmbedRule(), document)
    assert line in _candidate_lines(scan, document.lower)


@pytest.mark.parametrize(
    ("text", "platform"),
    [
        (
            "Fans filmed it. @coastfc Pitch invasion ♬ original sound - Coast FC The club apologised.",
            "tiktok",
        ),
        ("Watch: Rail strike explained - YouTube The union meets today.", "youtube"),
        ("The bakery posted. Post by @crumb.bakes View on Threads Regulars queued.", "threads"),
        ("The singer shared it. View this post on Instagram Thank you all! The tour goes on.", "instagram"),
        (
            "Fans replied. Ola Brandt (@olabrandt) • Instagram photos and videos Tickets sell fast.",
            "instagram",
        ),
    ],
    ids=["tiktok-sound", "youtube-title", "threads-post-by", "instagram-lone-marker", "instagram-profile"],
)
def test_embed_marks_inside_a_one_line_scrape(text: str, platform: str) -> None:
    (embed,) = find_embeds(text)
    assert embed.platform == platform
    assert embed.span.text in text and not embed.span.text.endswith((" The", " Regulars", " Tickets"))


@pytest.mark.parametrize(
    "text",
    [
        "The deal makes Google - YouTube's owner - the largest buyer.",
        "Analysts compared Spotify - YouTube Music and Apple on price.",
        "He uploaded the clip to his channel - YouTube later removed it.",
        "Fans hummed the tune ♬ all the way home.",
        "Users can view on Threads the replies that were hidden.",
        'The singer wrote on Instagram: "I am taking a break."',
    ],
)
def test_platform_words_in_prose_are_not_embeds(text: str) -> None:
    assert find_embeds(text) == ()
