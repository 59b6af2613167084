"""A parse's output grows linearly with its input, on repeated shapes built to stress the rules.

Issue #8 asks that any ``str`` parse in time linear in its length. Time is not tested here (the
machine is shared and noisy; ``benchmarks/bench_parse.py`` reports it), but one necessary
condition is: the items of an article must not hold more text than a fixed multiple of the
input. A rule that gives every one of N repeated cues a span reaching back (or forward) over
the others builds N spans of length ~N, quadratic memory and time, and this count catches it
without a clock: the total length of every span of every item (sub-items included), divided
by the input's length. Real articles stay under 3; the bound here is 10.

Each shape is parsed at one size and at four times it; the ratio must stay under the bound at
both (a growing ratio is the quadratic case).
"""

from __future__ import annotations

from collections.abc import Callable

import pytest

import newsparse
from test_properties import spans_of

_BOUND = 10.0  # total span length ÷ input length; real articles stay under 3


def _name(i: int) -> str:
    """A capitalised made-up surname, different for every ``i`` (no table knows it)."""
    out = ""
    i += 700
    while i:
        i, r = divmod(i, 85)
        out += "bcdfghjklmnprstvz"[r % 17] + "aeiou"[r // 17]
    return out.capitalize()


def _rep(piece: str) -> Callable[[int], str]:
    return lambda n: (piece * (n // len(piece) + 1))[:n]


def _unique(template: str) -> Callable[[int], str]:
    return lambda n: "".join(template.format(_name(i)) for i in range(n // len(template) + 1))[:n]


SHAPES: dict[str, Callable[[int], str]] = {
    "said, no subject": _rep("said "),
    "a named speaker said that": _rep("Ana Ortiz said that "),
    "quotes with a pronoun cue, one line": _rep("“yes,” he said. "),
    "quote paragraphs": _rep("“It will work,” Ana Ortiz said.\n\n“Yes.”\n\n"),
    "unique speakers (fr)": _unique("« Oui », a dit {}. "),
    "unique speakers (es)": _unique("«No», dijo {} ayer. "),
    "según, no full stop (es)": _rep("según Ana Ortiz, "),
    "Devanagari, no danda": _rep("मंत्री ने कहा कि योजना सफल होगी और अधिकारियों ने "),
    "label lines": _rep("Also Read: Markets rally as rates hold\n"),
    "bylines in three languages": _rep("Por Ana Ruiz\nVon Jan Roth\nPar Luc Noir\n"),
    "signatures": _rep("— Some Person (@handle) November 21, 2025\n"),
    "media words alone": _rep("VIDEO\n"),
    "unbalanced marks": _rep("« « » „ “ “ "),
}

# Shapes that once broke the bound: each "according to X," cue of an unterminated sentence took
# a quote spanning to the sentence end, and a run of follow-on quotes stretched every span back
# to one speaker named far earlier (fixed in attribution.reported_speech and
# speakers.resolve_speakers, #8).
QUADRATIC_ONCE: dict[str, Callable[[int], str]] = {
    "according to, no full stop": _rep("according to Ana Ortiz, "),
    "unique speakers, one line": _unique("“We will see,” {} said. "),
    "fragments said, and": _rep("He noted the “key earnings contributor,” said Yeo, and "),
}


def _span_text_ratio(text: str) -> float:
    article = newsparse.parse(text)
    return sum(s.end - s.start for item in article.items for s in spans_of(item)) / max(len(text), 1)


def _check(make: Callable[[int], str]) -> None:
    for size in (10_000, 40_000):
        ratio = _span_text_ratio(make(size))
        assert ratio <= _BOUND, f"items hold {ratio:.1f}x the input's length at {size} characters"


@pytest.mark.parametrize("name", list(SHAPES))
def test_output_is_linear_in_the_input(name: str) -> None:
    _check(SHAPES[name])


@pytest.mark.parametrize("name", list(QUADRATIC_ONCE))
def test_output_is_linear_in_the_input_once_quadratic(name: str) -> None:
    _check(QUADRATIC_ONCE[name])
