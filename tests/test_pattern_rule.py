"""PatternRule: a user's pattern as a rule, on unclaimed text, under the regex module's timeout."""

from __future__ import annotations

import time

import attrs
import pytest

import newsparse
from newsparse import AlsoRead, Boilerplate, NewsparseError, Parser, PatternRule, RuleTimeoutError, Span

TEXT = "Sponsored by Acme Corp\nThe bridge reopened on Friday.\nAlso Read: Sponsored by nobody\nsponsored BY Beta"


def test_matches_become_boilerplate_of_the_kind() -> None:
    rule = PatternRule("sponsor", r"(?i)^sponsored by [^\n]{1,80}$", kind="ad")
    found = [b for b in rule(newsparse.Document.from_text(TEXT)) if isinstance(b, Boilerplate)]
    assert [(b.text, b.kind) for b in found] == [
        ("Sponsored by Acme Corp", "ad"),
        ("sponsored BY Beta", "ad"),
    ]
    for item in found:
        assert TEXT[item.span.start : item.span.end] == item.span.text


def test_claimed_text_is_not_matched_again() -> None:
    rule = PatternRule("sponsor", r"(?i)sponsored by \w+", kind="ad")
    article = newsparse.default_parser.with_rule(rule, after="boilerplate").parse(TEXT)
    sponsor = [b.text for b in article.boilerplate if b.kind == "ad"]
    assert "Sponsored by nobody" not in sponsor  # inside the Also Read line, claimed before
    assert "Sponsored by Acme" in sponsor
    assert [a.title.text for a in article.also_read] == ["Sponsored by nobody"]


def test_make_builds_other_items() -> None:
    @attrs.frozen
    class Hashtag:
        span: Span

    rule = PatternRule("tags", r"#\w{1,50}", make=Hashtag)
    article = Parser([rule]).parse("Fans cheered #GoTeam\nat the #final")
    assert [h.span.text for h in article.extras if isinstance(h, Hashtag)] == ["#GoTeam", "#final"]


def test_matches_never_cross_a_line() -> None:
    rule = PatternRule("two_lines", r"a\nb")
    assert list(rule(newsparse.Document.from_text("a\nb"))) == []


def test_empty_matches_are_skipped() -> None:
    rule = PatternRule("maybe", r"x*")
    assert [i.span.text for i in rule(newsparse.Document.from_text("ab xx c"))] == ["xx"]


def test_catastrophic_pattern_times_out_with_the_rule_named() -> None:
    rule = PatternRule("bad_site_rule", r"^(a|aa)+$", timeout=0.05)
    text = "Fine line\n" + "a" * 40 + "!\n"
    start = time.perf_counter()
    with pytest.raises(RuleTimeoutError) as info:
        Parser([rule]).parse(text)
    assert time.perf_counter() - start < 30  # without the guard this takes hours
    err = info.value
    assert isinstance(err, TimeoutError) and isinstance(err, NewsparseError)
    assert err.rule == "bad_site_rule" and err.line == 2
    assert "'bad_site_rule'" in str(err) and "line 2" in str(err)


@pytest.mark.parametrize(
    ("kwargs", "error"),
    [
        ({"name": "x", "pattern": "("}, Exception),
        ({"name": "x", "pattern": b"x"}, TypeError),
        ({"name": 3, "pattern": "x"}, TypeError),
        ({"name": "x", "pattern": "x", "kind": "nonsense"}, ValueError),
        ({"name": "x", "pattern": "x", "timeout": 0}, ValueError),
        ({"name": "x", "pattern": "x", "timeout": -1.0}, ValueError),
    ],
    ids=["bad-regex", "bytes-pattern", "int-name", "unknown-kind", "zero-timeout", "negative-timeout"],
)
def test_bad_configuration_fails_when_built(kwargs: dict[str, object], error: type[Exception]) -> None:
    with pytest.raises(error):
        PatternRule(**kwargs)  # type: ignore[arg-type]


def test_is_named_in_a_parser() -> None:
    p = newsparse.default_parser.with_rule(PatternRule("sponsor", "Sponsored"), before="quotes")
    assert "sponsor" in p.names


def test_also_read_items_via_make() -> None:
    def also(span: Span) -> AlsoRead:
        return AlsoRead(span, title=span, label=None)

    rule = PatternRule("more", r"(?<=^More: )[^\n]{1,100}", make=also)
    (item,) = Parser([rule]).parse("More: Rail fares rise again").also_read
    assert item.title.text == "Rail fares rise again"
