"""Datelines: the case table, position rules, the full parser, extension, and invariants."""

from __future__ import annotations

import time
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

import newsparse
from _furniture import Case, check_items, found, load, mismatches, page_score, params, score
from newsparse import DatelineRule, find_datelines

PIECES = (
    "LONDON", "New Delhi", ", ", "Nov 21", " (Reuters)", " (PTI)", " (AP)", " — ", " - ", ": ", "(CNN)",
    "/", " and ", "[India]", "(Maharashtra)", "The ", "said.", "\n", "\r\n", " ", "\u00a0", ".-", "â€”",
)  # fmt: skip


@pytest.mark.parametrize("case", params("datelines"))
def test_case_table(case: Case) -> None:
    items = found(case)
    check_items(case.text, items)
    assert mismatches(case, items) == []


def test_table_has_enough_cases_and_negatives() -> None:
    cases = load("datelines")
    assert len(cases) >= 30
    assert sum(1 for c in cases if not c.expect) >= 8


def test_character_f1_on_own_cases() -> None:
    precision, recall, f1, _, _ = score("datelines")
    assert f1 >= 0.9, (precision, recall, f1)


def test_character_f1_through_the_parser() -> None:
    precision, recall, f1, _, _ = score("datelines", full_parse=True)
    assert f1 >= 0.9, (precision, recall, f1)


def test_caption_in_front_is_claimed_first_by_the_parser() -> None:
    text = "(Representative Photo) Guwahati, Sep 20 (PTI) The state approved 40 new bridges on Friday."
    article = newsparse.parse(text)
    assert [d.text for d in article.datelines] == ["Guwahati, Sep 20 (PTI)"]
    assert [c.text for c in article.captions] == ["(Representative Photo)"]
    assert article.body.startswith("The state approved")


def test_span_stops_at_the_separator() -> None:
    (d,) = find_datelines("WASHINGTON (AP) — The Senate voted on Friday.")
    assert d.text == "WASHINGTON (AP) —"
    assert (
        newsparse.parse("WASHINGTON (AP) — The Senate voted on Friday.").body == "The Senate voted on Friday."
    )


def test_full_date_only_with_a_year() -> None:
    (partial,) = find_datelines("LONDON, Nov 21 (Reuters) - Shares rose on Friday after a weak week.")
    assert (partial.date, partial.month, partial.day) == (None, 11, 21)
    (full,) = find_datelines("Geneva, 3 Apr 2021 (AFP) — The agency warned of a new wave.")
    assert full.date is not None and full.date.isoformat() == "2021-04-03"


def test_only_one_dateline_per_story() -> None:
    text = "LONDON (Reuters) - Shares rose on Friday.\nPARIS (Reuters) - Shares fell on Friday."
    assert [d.text for d in find_datelines(text)] == ["LONDON (Reuters) -"]


def test_extend_agencies() -> None:
    (caps,) = find_datelines("OSLO (NTB) - The ferry strike ended on Sunday after a deal on rotas.")
    assert (caps.locations, caps.agency) == (("OSLO",), "NTB")
    text = "Oslo, Mar 3 (NTB) The ferry strike ended on Sunday after a deal on rotas."
    assert find_datelines(text) == ()
    rule = DatelineRule(agencies=(*DatelineRule().agencies, "NTB"))
    assert [d.agency for d in rule(newsparse.Document.from_text(text))] == ["NTB"]


def test_extend_stopwords() -> None:
    text = "BULLETIN: The ferry strike ended on Sunday after a deal on rotas."
    assert [d.text for d in find_datelines(text)] == ["BULLETIN:"]
    rule = DatelineRule(stopwords=(*DatelineRule().stopwords, "bulletin"))
    assert list(rule(newsparse.Document.from_text(text))) == []


def test_rejects_non_str() -> None:
    with pytest.raises(TypeError):
        find_datelines(None)  # type: ignore[arg-type]


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from(PIECES) | st.text(max_size=8), max_size=30).map("".join))
def test_invariants(text: str) -> None:
    first = find_datelines(text)
    check_items(text, first)
    assert len(first) <= 1
    assert find_datelines(text) == first


@pytest.mark.parametrize(
    "text",
    [
        "A" * 200_000,
        "A. " * 100_000,
        "NEW " * 100_000,
        "(" * 100_000,
        "Aa/" * 100_000,
        "\n" * 200_000,
    ],
    ids=["one-word", "initials", "caps-words", "parens", "slashes", "blank-lines"],
)
def test_adversarial_input_is_fast(text: str) -> None:
    start = time.perf_counter()
    find_datelines(text)
    assert time.perf_counter() - start < 3.0


def test_character_f1_on_whole_pages() -> None:
    # the bar for the held-out real articles is character F1 >= 0.8 (bylines, datelines)
    precision, recall, f1 = page_score("datelines")
    assert f1 >= 0.8, (precision, recall, f1)


SHARED = Path(__file__).resolve().parents[2] / "shared"


def test_seed_article_has_no_furniture_of_ours() -> None:
    seed = SHARED / "seed" / "seed-article.txt"
    if not seed.is_file():
        pytest.skip(f"the shared reference folder is absent ({SHARED}); the seed check needs it")
    article = newsparse.parse(seed.read_text(encoding="utf-8"))
    # expected.md: "bylines, datelines: none"; nor has the seed any timestamp or caption line
    assert article.bylines == ()
    assert article.datelines == ()
    assert article.timestamps == ()
    assert article.captions == ()


def test_place_with_two_regions() -> None:
    text = "Lakeport, ON, Canada: The ferry service resumed on Monday after a week of storms on the lake."
    assert [d.text for d in find_datelines(text)] == ["Lakeport, ON, Canada:"]


def test_label_ending_in_a_time_word_is_not_a_place() -> None:
    text = "Petrol, Gold Rate Today: Prices held steady in most cities on Monday, dealers said."
    assert find_datelines(text) == ()


def test_outlet_and_date_in_the_parentheses() -> None:
    (d,) = find_datelines("CAIRO (Nile Courier / Wire Desk - 3rd May, 2021) - The ferry resumed on Monday.")
    assert (d.text, d.locations, d.agency, d.date_text) == (
        "CAIRO (Nile Courier / Wire Desk - 3rd May, 2021) -",
        ("CAIRO",),
        "Nile Courier / Wire Desk",
        "3rd May, 2021",
    )


def test_lede_wrapped_by_hard_line_breaks() -> None:
    text = (
        "CAIRO: The ferry service resumed on\nMonday after a week of storms kept\nthe boats in the harbour.\n"
    )
    assert [d.text for d in find_datelines(text)] == ["CAIRO:"]


def test_headline_above_a_wrapped_lede_is_not_a_dateline() -> None:
    text = "Mayor: We will fix every pothole by June\nThe mayor promised on Monday to repair\nevery road before the rains.\n"
    assert find_datelines(text) == ()


def test_known_agency_with_its_desk() -> None:
    (d,) = find_datelines("Lisbon (CNN Business)Shares in the ferry operator fell on Monday.")
    assert (d.text, d.agency, d.locations) == ("Lisbon (CNN Business)", "CNN Business", ("Lisbon",))


def test_plain_pattern_agrees_with_the_full_one_without_an_agency_mark() -> None:
    # A window without "(" or "/" is matched by the smaller pattern: it must match exactly as
    # the full one does there (span and every group the rule reads).
    from newsparse.rules.furniture import datelines as dl
    from newsparse.rules.furniture.patterns import AGENCIES

    places = ["NEW DELHI", "London", "Kobe, Japan", "SAN JUAN, Puerto Rico", "Washington [US]", "ST. LOUIS"]
    places += [
        "Paris et Lyon",
        "Bogotá",
        "He said",
        "Markets Live",
        "de la Cruz",
        "रायपुर",
        "Ahmedabad and Pune",
    ]
    dates = ["", ", Nov. 21, 2024", ", 3 de marzo", ", Jan 3", ", 21st March 2021"]
    seps = [":", " —", " -", " --", " |", ' "', ".—", " â€”", "।", ""]
    full, plain = dl.dateline_regex(AGENCIES), dl._plain_dateline_regex()
    groups = ("with_agency", "plain", "danda", "locs", "agency", "date", "pdate", "sep")
    matched = 0
    for place in places:
        for date in dates:
            for sep in seps:
                for rest in (" The Senate voted on Monday.", "The", " the", ""):
                    line = place + date + sep + rest
                    a, b = full.match(line), plain.match(line)
                    assert (a is None) == (b is None), line
                    if a is not None and b is not None:
                        matched += 1
                        assert a.span() == b.span() and a.group(*groups) == b.group(*groups), line
    assert matched > 200
