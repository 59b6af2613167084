"""The also-read label and header patterns compiled a first letter at a time match exactly where
the whole alternation does (#8)."""

from __future__ import annotations

import functools

import pytest
import regex
from hypothesis import given, settings
from hypothesis import strategies as st

from newsparse.lang import languages, tables_for
from newsparse.rules.also_read import rule as ar
from newsparse.rules.also_read.buckets import BucketedPattern


def _whole(pattern: BucketedPattern) -> BucketedPattern:
    """The same alternation with every phrase in one group (what the rule compiled before)."""
    return BucketedPattern(
        pattern._phrases, pattern._assemble, lambda ch: None, pattern._skip, pattern._flags
    )


@functools.cache
def _pairs(code: str | None) -> tuple[tuple[BucketedPattern, BucketedPattern], ...]:
    c = ar.AlsoReadRule()._compiled(tables_for(code) if code else None)
    c.label_at("x", 0)  # builds the bare-label variant too
    assert c._label_at is not None
    return tuple((p, _whole(p)) for p in (c.labels, c._label_at, c.header))


def _same(a: regex.Match[str] | None, b: regex.Match[str] | None) -> bool:
    if a is None or b is None:
        return a is b
    return a.span() == b.span() and a.groups() == b.groups()


LINES = [
    "Also Read: Rail fares rise",
    "  * READ MORE | Fuel duty frozen",
    "**À lire aussi**La ville rénove ses écoles",
    "[Related: Council tax rise approved]",
    "(Leggi anche su: Roma, nuove piste)",
    "» Lesen Sie auch: Mieten steigen",
    "- ये भी पढ़ें: दिल्ली में बारिश",
    "Related Stories",
    "# Otras noticias de Economía",
    "Also on rt.com Journalists detained",
    "The council met. Read more: Fares",
    "’Read more’",
    "ΔΙΑΒΑΣΤΕ ΕΠΙΣΗΣ: τίτλος",
    "",
    "    ",
]


@pytest.mark.parametrize("code", [None, *languages()], ids=str)
def test_letter_groups_match_like_the_whole_alternation(code: str | None) -> None:
    matched = 0
    for grouped, whole in _pairs(code):
        for line in LINES:
            for variant in (line, line.upper(), line.lower()):
                for pos in (0, variant.find(". ") + 2 if ". " in variant else 0):
                    got, want = grouped.match(variant, pos), whole.match(variant, pos)
                    assert _same(got, want), (code, variant, pos)
                    matched += want is not None
                    assert _same(grouped.fullmatch(variant), whole.fullmatch(variant)), (code, variant)
    assert matched >= 10


def test_a_letter_group_compiles_only_what_it_needs() -> None:
    grouped, _ = _pairs("en")[0]
    fresh = BucketedPattern(grouped._phrases, grouped._assemble, grouped._fold, grouped._skip, grouped._flags)
    assert not fresh.ready("Also Read: x")
    assert fresh.match("Also Read: x") is not None
    assert fresh.ready("also read: y") and fresh.ready("  * ALSO: y")
    assert not fresh.ready("Read more: y")
    small = fresh.pattern("Also Read: x").pattern
    assert len(small) < len(_whole(grouped).pattern("Also Read: x").pattern) / 3


TEXT = st.text(
    alphabet=st.sampled_from(list("ALSOREDMlsoread ÀàLireaussi*-[(:|\t\u00a0ये भी पढ़ें")), max_size=40
)


@settings(max_examples=300, deadline=None)
@given(TEXT)
def test_letter_groups_agree_on_any_text(text: str) -> None:
    for grouped, whole in (*_pairs(None), *_pairs("fr")):
        assert _same(grouped.match(text), whole.match(text))
        assert _same(grouped.fullmatch(text), whole.fullmatch(text))
