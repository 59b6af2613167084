"""Parser composition: named ordered rules, new parsers from every change, claims, errors."""

from __future__ import annotations

from collections.abc import Iterator

import attrs
import pytest

import newsparse
from newsparse import Boilerplate, Document, NewsparseError, Parser, Span, UnknownRuleError


@attrs.frozen
class Mark:
    """A user-defined annotation item."""

    span: Span


def shout_lines(document: Document) -> Iterator[Boilerplate]:
    """Claim every line written in capitals."""
    for line in document.unclaimed_lines():
        if line.text.isupper():
            yield Boilerplate(line, kind="other")


def mark_everything(document: Document) -> Iterator[Mark]:
    """Mark every unclaimed line."""
    for line in document.unclaimed_lines():
        yield Mark(line)


TEXT = "SUBSCRIBE NOW\nThe council met on Tuesday.\nSHARE THIS"


def test_rules_run_in_order_and_later_rules_skip_claims() -> None:
    article = Parser([shout_lines, mark_everything]).parse(TEXT)
    assert [b.text for b in article.boilerplate] == ["SUBSCRIBE NOW", "SHARE THIS"]
    assert [m.span.text for m in article.extras] == ["The council met on Tuesday."]  # type: ignore[attr-defined]
    assert article.body == "The council met on Tuesday."
    reversed_order = Parser([mark_everything, shout_lines]).parse(TEXT)
    assert len(reversed_order.extras) == 3


def test_names_and_editing_return_new_parsers() -> None:
    p = Parser([shout_lines])
    q = p.with_rule(mark_everything, before="shout_lines")
    assert p.names == ("shout_lines",)
    assert q.names == ("mark_everything", "shout_lines")
    assert q.with_rule(shout_lines, name="again", after="mark_everything").names == (
        "mark_everything",
        "again",
        "shout_lines",
    )
    assert q.without("mark_everything").names == ("shout_lines",)
    r = q.replace("shout_lines", mark_everything)
    assert r.names == q.names and r["shout_lines"] is mark_everything
    assert "shout_lines" in q and "nope" not in q


def test_unknown_rule_error_is_a_key_error() -> None:
    p = Parser([shout_lines])
    for call in (lambda: p.without("nope"), lambda: p.replace("nope", shout_lines), lambda: p["nope"]):
        with pytest.raises(UnknownRuleError, match="nope") as info:
            call()
        assert isinstance(info.value, KeyError) and isinstance(info.value, NewsparseError)


def test_duplicate_names_and_bad_rules_are_rejected() -> None:
    with pytest.raises(ValueError, match="named"):
        Parser([shout_lines, shout_lines])
    with pytest.raises(TypeError, match="callable"):
        Parser([("x", 3)])  # type: ignore[list-item]
    with pytest.raises(ValueError, match="not both"):
        Parser([shout_lines]).with_rule(mark_everything, before="shout_lines", after="shout_lines")


def test_exception_in_a_rule_gets_a_note_naming_it() -> None:
    def broken(document: Document) -> list[Mark]:
        raise RuntimeError("boom")

    with pytest.raises(RuntimeError, match="boom") as info:
        Parser([("my_site_rule", broken)]).parse("text")
    assert any("my_site_rule" in note for note in info.value.__notes__)


def test_overlapping_structural_items_are_dropped() -> None:
    def overlapping(document: Document) -> list[Boilerplate]:
        t = document.text
        return [
            Boilerplate(Span.of(t, 0, 10)),
            Boilerplate(Span.of(t, 5, 15)),
            Boilerplate(Span.of(t, 20, 25)),
        ]

    article = Parser([overlapping]).parse("x" * 30)
    assert [(b.span.start, b.span.end) for b in article.boilerplate] == [(0, 10), (20, 25)]


def test_a_parser_is_a_rule() -> None:
    inner = Parser([shout_lines])
    outer = Parser([("site", inner), mark_everything])
    article = outer.parse(TEXT)
    assert len(article.boilerplate) == 2 and len(article.extras) == 1


@pytest.mark.parametrize(
    ("value", "message"),
    [(b"bytes", "decode first"), (bytearray(b"x"), "decode first"), (None, "NoneType"), (3, "int")],
    ids=["bytes", "bytearray", "none", "int"],
)
def test_non_str_input_is_a_type_error(value: object, message: str) -> None:
    with pytest.raises(TypeError, match=message):
        newsparse.parse(value)  # type: ignore[arg-type]


def test_default_parser_names() -> None:
    assert newsparse.default_parser.names[0] == "tweets"
    assert newsparse.default_parser.names[-1] == "quotes"
    assert newsparse.parse == newsparse.default_parser.parse
    assert len(newsparse.DEFAULT_RULES) == len(newsparse.default_parser.names)


def test_public_api_is_sorted_and_importable() -> None:
    # The order itself is checked by ruff (RUF022, isort-style sorting of __all__).
    assert len(set(newsparse.__all__)) == len(newsparse.__all__)
    for name in newsparse.__all__:
        assert hasattr(newsparse, name), name
    assert isinstance(newsparse.__version__, str)
