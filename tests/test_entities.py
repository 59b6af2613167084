"""Tweet entities: the twitter-text conformance suite, plus our own table and invariants.

Every case of every section of ``../shared/conformance/twitter-text/extract.yml`` runs
against :mod:`newsparse.rules.tweets.entities` (upstream asks implementers to read the YAML at test
time). The suite is skipped, with a reason, when ``../shared`` is absent.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from newsparse import Entity, tweet_entities
from newsparse.rules.tweets.entities import (
    extract_cashtags,
    extract_hashtags,
    extract_mentions_or_lists,
    extract_reply,
    extract_urls,
)

SHARED = Path(__file__).resolve().parents[2] / "shared"
EXTRACT_YML = SHARED / "conformance" / "twitter-text" / "extract.yml"


def _mentions(text: str) -> Any:
    return [m.value for m in extract_mentions_or_lists(text) if not m.list_slug]


def _mentions_with_indices(text: str) -> Any:
    return [
        {"screen_name": m.value, "indices": [m.start, m.end]}
        for m in extract_mentions_or_lists(text)
        if not m.list_slug
    ]


def _mentions_or_lists(text: str) -> Any:
    return [
        {"screen_name": m.value, "list_slug": m.list_slug, "indices": [m.start, m.end]}
        for m in extract_mentions_or_lists(text)
    ]


def _urls(text: str) -> Any:
    return [u.value for u in extract_urls(text)]


def _urls_with_indices(text: str) -> Any:
    return [{"url": u.value, "indices": [u.start, u.end]} for u in extract_urls(text)]


def _hashtags(text: str) -> Any:
    return [h.value for h in extract_hashtags(text)]


def _hashtags_with_indices(text: str) -> Any:
    return [{"hashtag": h.value, "indices": [h.start, h.end]} for h in extract_hashtags(text)]


def _cashtags(text: str) -> Any:
    return [c.value for c in extract_cashtags(text)]


def _cashtags_with_indices(text: str) -> Any:
    return [{"cashtag": c.value, "indices": [c.start, c.end]} for c in extract_cashtags(text)]


# Upstream's mapping of YAML sections to extractor APIs (see the conformance README).
SECTIONS: dict[str, Callable[[str], Any]] = {
    "mentions": _mentions,
    "mentions_with_indices": _mentions_with_indices,
    "mentions_or_lists_with_indices": _mentions_or_lists,
    "replies": extract_reply,
    "urls": _urls,
    "urls_with_indices": _urls_with_indices,
    "urls_with_directional_markers": _urls_with_indices,
    "tco_urls_with_params": _urls,
    "hashtags": _hashtags,
    "hashtags_from_astral": _hashtags,
    "hashtags_with_indices": _hashtags_with_indices,
    "cashtags": _cashtags,
    "cashtags_with_indices": _cashtags_with_indices,
}

# Known failures, by (section, description), with the reason. None today: every one of the
# 238 cases passes. A case listed here must fail (strict xfail), so a fix is noticed.
KNOWN_FAILURES: dict[tuple[str, str], str] = {}


def _load_cases() -> list[Any]:
    if not EXTRACT_YML.is_file():
        return [pytest.param(None, None, None, id="shared-absent")]
    import yaml

    data = yaml.safe_load(EXTRACT_YML.read_text(encoding="utf-8"))["tests"]
    params = []
    for section, cases in data.items():
        for i, case in enumerate(cases):
            marks = []
            reason = KNOWN_FAILURES.get((section, case["description"]))
            if reason is not None:
                marks.append(pytest.mark.xfail(strict=True, reason=reason))
            params.append(
                pytest.param(section, case["text"], case["expected"], id=f"{section}-{i}", marks=marks)
            )
    return params


CASES = _load_cases()


@pytest.mark.parametrize(("section", "text", "expected"), CASES)
def test_conformance(section: str | None, text: str | None, expected: Any) -> None:
    if section is None or text is None:
        pytest.skip(f"twitter-text conformance data not found at {EXTRACT_YML} (../shared is absent)")
    assert section in SECTIONS, f"no adapter for section {section!r}"
    assert SECTIONS[section](text) == expected


def test_conformance_bar() -> None:
    if not EXTRACT_YML.is_file():
        pytest.skip(f"twitter-text conformance data not found at {EXTRACT_YML} (../shared is absent)")
    assert len(CASES) == 238
    passing = len(CASES) - len(KNOWN_FAILURES)
    assert passing / len(CASES) >= 0.95
    for section, _ in KNOWN_FAILURES:
        assert not section.startswith(("mentions", "hashtags", "cashtags")), (
            "those sections must pass in full"
        )


# -- our own table: tweet_entities on news-shaped post text -----------------------------

OWN = [
    ("Fares stay flat #CityBudget", [("hashtag", "#CityBudget", "CityBudget")]),
    ("@metro_desk thanks!", [("mention", "@metro_desk", "metro_desk")]),
    ("Shares of $ACME.B fell", [("cashtag", "$ACME.B", "ACME.B")]),
    (
        "Watch https://t.co/Ab12Cd34Ef?amp=1",
        [("url", "https://t.co/Ab12Cd34Ef?amp=1", "https://t.co/Ab12Cd34Ef?amp=1")],
    ),
    (
        "Photos pic.twitter.com/Xy12Ab34Cd",
        [("url", "pic.twitter.com/Xy12Ab34Cd", "pic.twitter.com/Xy12Ab34Cd")],
    ),
    ("Heute pic.x.com/AbCdE12345", [("url", "pic.x.com/AbCdE12345", "pic.x.com/AbCdE12345")]),
    ("See @desk/press-list", [("mention", "@desk", "desk")]),
    ("email tips@example.com now", []),
    ("meet us (@ 5pm)", []),
    ("route #16 and $2.90", []),
    ("url then tag http://a.com/#x", [("url", "http://a.com/#x", "http://a.com/#x")]),
    ("", []),
]


@pytest.mark.parametrize(("text", "expected"), OWN, ids=[f"own-{i}" for i in range(len(OWN))])
def test_own_table(text: str, expected: list[tuple[str, str, str]]) -> None:
    got = [(e.kind, e.text, e.value) for e in tweet_entities(text)]
    assert got == expected


def test_list_mention_is_its_owner() -> None:
    (entity,) = tweet_entities("See @desk/press-list")
    assert isinstance(entity, Entity)
    assert (entity.text, entity.value) == ("@desk", "desk")


def test_non_str_is_a_type_error() -> None:
    with pytest.raises(TypeError):
        tweet_entities(b"bytes")  # type: ignore[arg-type]


@pytest.mark.parametrize(
    "char", [".", ",", "!", "@", "#"], ids=["periods", "commas", "bangs", "ats", "hashes"]
)
def test_long_punctuation_runs_after_url(char: str) -> None:
    text = "see http://example.com/path" + char * 10_000
    urls = [e.value for e in tweet_entities(text) if e.kind == "url"]
    # "#" may end a URL path, so the run stays in the URL, which is then over twitter-text's
    # 4096-character limit: no URL at all. The other runs are trimmed off the URL.
    assert urls == ([] if char == "#" else ["http://example.com/path"])


@settings(max_examples=200, deadline=None)
@given(
    st.lists(
        st.sampled_from([*"ab.@#$_-/:? \n1ÉàüЯ日語", "http://", "t.co/", ".com", "pic.x.com/"]), max_size=40
    ).map("".join)
)
def test_entities_invariants(text: str) -> None:
    first = tweet_entities(text)
    assert first == tweet_entities(text)
    last_end = 0
    for e in first:
        assert e.span.matches(text)
        assert e.span.start >= last_end, "entities are in order and do not overlap"
        last_end = e.span.end
        assert e.kind in {"mention", "hashtag", "cashtag", "url"}


@settings(max_examples=100, deadline=None)
@given(st.text(max_size=200))
def test_entities_never_raise_on_any_text(text: str) -> None:
    for e in tweet_entities(text):
        assert e.span.matches(text)
