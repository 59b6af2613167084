"""English reported speech: where a report running on into the main clause ends (issue #10).

- ``X, despite first saying A, has instead …``: a cue inside a ``despite`` or relative phrase
  reports only up to the comma where the subject's own verb resumes;
- ``The driver who the officers said A, was arrested``: a gapped relative clause not set off by
  commas still ends where the subject's verb resumes;
- ``X said A, but has given few signs …`` / ``but has not said …``: a present perfect with no
  subject after ``but`` is the speaker's next act;
- ``X said A, blaming the delay on …``: a stance participle after a comma is the
  speaker's own act, not part of the report.

Every sentence is invented, in the shapes of real articles.
"""

from __future__ import annotations

import pytest

import newsparse


def _reported(text: str) -> list[tuple[str | None, str]]:
    return [(q.speaker, q.content.text) for q in newsparse.parse(text).quotes if q.kind == "indirect"]


@pytest.mark.parametrize(
    ("text", "content"),
    [
        (
            "The lawyer, despite first saying the firm might leave the city after the merger, "
            "has instead shown every sign of staying put.",
            "the firm might leave the city after the merger",
        ),
        (
            "The driver who the officers said ran three red lights and hit a parked van, was "
            "arrested late on Friday.",
            "ran three red lights and hit a parked van",
        ),
        (
            "The senator said he is ready to lead the committee, but has given few signs he will "
            "soften his tone.",
            "he is ready to lead the committee",
        ),
        (
            "The mayor said the budget was tight, but has not said what will be cut.",
            "the budget was tight",
        ),
        (
            "The board said the audit was complete, blaming the delay on a staff shortage.",
            "the audit was complete",
        ),
        (
            "The coach said the team had trained poorly all week, dismissing talk of a crisis.",
            "the team had trained poorly all week",
        ),
        (
            "The minister said several regions had eased their rules too early, highlighting that "
            "testing had fallen by half.",
            "several regions had eased their rules too early",
        ),
    ],
    ids=[
        "despite-resumed",
        "gap-relative-resumed",
        "but-has-given",
        "but-has-not",
        "blaming",
        "dismissing",
        "highlighting",
    ],
)
def test_report_ends_before_the_main_clause_resumes(text: str, content: str) -> None:
    assert content in [c for _s, c in _reported(text)]


@pytest.mark.parametrize(
    ("text", "content"),
    [
        # an appositive inside the report: its verb resumes the reported subject, not the speaker's
        (
            "Officials said the dam, built in 1950, was never inspected.",
            "the dam, built in 1950, was never inspected",
        ),
        # "and" + a perfect stays inside the report (only "but" marks the speaker's next act)
        (
            "The mayor said the budget was tight and has been cut twice since May.",
            "the budget was tight and has been cut twice since May",
        ),
    ],
    ids=["appositive-inside", "and-perfect-inside"],
)
def test_report_keeps_its_own_clauses(text: str, content: str) -> None:
    assert content in [c for _s, c in _reported(text)]
