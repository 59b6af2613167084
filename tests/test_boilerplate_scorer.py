"""The learned footer scorer (#9, #11): a junk run under a story is claimed, the story is not.

All articles are our own. The scorer runs after every structural rule and takes only free lines
below the story's last paragraph (``segment_scorer.py``), on pages of eight lines or more.
"""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

import newsparse
from newsparse import Document
from newsparse.rules.boilerplate import scorer_weights, segment_scorer
from newsparse.rules.boilerplate.segment_scorer import FEATURES, SegmentScorerRule

_STORY_EN = (
    "The town council voted on Tuesday to keep all six of its libraries open next year, after a "
    "campaign by residents that gathered more than four thousand signatures.\n"
    "The budget had proposed closing two branches on the east side, where visitor numbers fell "
    "during the pandemic and have not recovered since.\n"
    "Councillors said the money would come from a smaller road repair fund and from the sale of "
    "an empty depot near the harbour.\n"
    "The head of the library service said the branches would also open on Sunday afternoons "
    "from the spring, with volunteers helping the staff.\n"
    "Residents who had campaigned for the branches said they were relieved but would keep "
    "watching the next budget closely.\n"
    "The opposition group on the council said the road fund was already too small for the "
    "repairs the town needs.\n"
)

_STORY_DE = (
    "Der Gemeinderat hat am Dienstag beschlossen, alle sechs Bibliotheken der Stadt auch im "
    "nächsten Jahr offen zu halten, nachdem Bürger mehr als viertausend Unterschriften gesammelt hatten.\n"
    "Der Haushaltsentwurf hatte vorgesehen, zwei Filialen im Osten zu schließen, wo die "
    "Besucherzahlen während der Pandemie gesunken waren.\n"
    "Das Geld soll aus einem kleineren Fonds für Straßenreparaturen und aus dem Verkauf eines "
    "leeren Depots am Hafen kommen.\n"
    "Die Leiterin der Bibliotheken sagte, die Filialen würden ab dem Frühjahr auch am "
    "Sonntagnachmittag öffnen.\n"
    "Die Bürger, die für den Erhalt gekämpft hatten, zeigten sich erleichtert, wollen aber den "
    "nächsten Haushalt genau beobachten.\n"
    "Die Opposition im Rat kritisierte, der Fonds für die Straßen sei schon jetzt zu klein.\n"
)


def _scored(text: str) -> list[str]:
    return [b.text for b in newsparse.parse(text).boilerplate if b.kind == "scored"]


def test_a_headline_run_under_a_german_story_is_claimed() -> None:
    tail = (
        "Fährplan am Hafen ändert sich erneut\n"
        "Neue Bürgermeisterin ernennt Stellvertreter\n"
        "Schulen planen längere Sommerferien\n"
        "Unwetterwarnung für die Küste\n"
    )
    article = newsparse.parse(_STORY_DE + tail)
    assert article.language == "de"
    scored = [b for b in article.boilerplate if b.kind == "scored"]
    # One run, one item, its span exactly the lines' text.
    assert len(scored) == 1
    assert scored[0].text.endswith("Unwetterwarnung für die Küste")
    assert scored[0].text == (_STORY_DE + tail)[scored[0].span.start : scored[0].span.end]
    assert "Bibliotheken" not in scored[0].text


def test_a_stories_own_short_last_paragraph_is_not_claimed() -> None:
    text = _STORY_EN + "The first Sunday opening is on March 2.\n"
    assert _scored(text) == []


def test_a_short_last_paragraph_in_german_is_not_claimed() -> None:
    text = _STORY_DE + "Die erste Sonntagsöffnung ist am 2. März.\n"
    assert _scored(text) == []


def test_a_short_page_is_not_scored() -> None:
    lines = _STORY_DE.splitlines()[:2]
    text = (
        "\n".join(lines)
        + "\nNeue Bürgermeisterin ernennt Stellvertreter\nSchulen planen längere Sommerferien\n"
    )
    assert _scored(text) == []


def test_a_story_without_junk_loses_nothing() -> None:
    assert _scored(_STORY_EN) == []
    assert _scored(_STORY_DE) == []


def test_a_list_of_the_story_under_its_own_headings_is_not_claimed() -> None:
    # A bulleted run needs a sign of furniture (a link, a promo word, a footer next to it).
    lists = "Winners were named in three categories.\n" + "".join(
        f"{heading}\n- Ana Ruiz\n- Tom Okafor\n- Lea Brandt\n"
        for heading in ("BEST CHOIR OF THE YEAR", "BEST BRASS BAND", "BEST YOUNG SOLOIST")
    )
    assert _scored(_STORY_EN + lists) == []


def test_the_scorer_never_takes_a_line_another_rule_claimed() -> None:
    text = _STORY_EN + "By Jane Roe\nSchulen planen längere Sommerferien\n"
    article = newsparse.parse(text)
    scored = [(b.span.start, b.span.end) for b in article.boilerplate if b.kind == "scored"]
    assert [b.text for b in article.bylines] == ["By Jane Roe"]
    for byline in article.bylines:
        assert all(e <= byline.span.start or s >= byline.span.end for s, e in scored)


def test_the_weights_module_loads_with_the_expected_size() -> None:
    assert len(FEATURES) == 25
    assert len(scorer_weights.WEIGHTS) == 3 * len(FEATURES)
    assert all(isinstance(w, float) for w in scorer_weights.WEIGHTS)
    assert 0.0 < scorer_weights.THRESHOLD < 1.0
    assert SegmentScorerRule().weights == scorer_weights.WEIGHTS


def test_weights_of_the_wrong_size_are_refused() -> None:
    with pytest.raises(ValueError, match="75"):
        SegmentScorerRule(weights=(0.0, 1.0))


def test_the_scorer_can_be_left_out_or_switched_off() -> None:
    text = _STORY_DE + "Neue Bürgermeisterin ernennt Stellvertreter\nSchulen planen längere Sommerferien\n"
    parser = newsparse.default_parser.without("scored_footers")
    assert all(b.kind != "scored" for b in parser.parse(text).boilerplate)
    off = newsparse.default_parser.replace("scored_footers", SegmentScorerRule(threshold=2.0))
    assert all(b.kind != "scored" for b in off.parse(text).boilerplate)


def test_scores_are_probabilities_for_every_non_blank_line() -> None:
    document = Document.from_text(_STORY_EN + "\n\nShare this story\n")
    lines, rows = segment_scorer.line_features(document)
    rule = SegmentScorerRule()
    scores = segment_scorer.line_scores(rows, rule.weights, rule.bias)
    assert len(scores) == len(lines) == 7
    assert all(0.0 <= p <= 1.0 for p in scores)


_ODD = st.text(
    alphabet=st.sampled_from(list("ab Z.\n\t|-•…“”«»©@#:0 \u00a0\u3002\u0964")), max_size=300
) | st.text(max_size=200)


@given(_ODD)
def test_scoring_never_raises_and_spans_index_the_input(text: str) -> None:
    article = newsparse.parse(text)
    for item in article.boilerplate:
        assert item.text == text[item.span.start : item.span.end]
        assert item.text.strip() == item.text


@given(_ODD)
def test_the_rule_alone_never_raises(text: str) -> None:
    rule = SegmentScorerRule(threshold=0.0)  # claims whatever it may
    for item in rule(Document.from_text(text)):
        assert item.kind == "scored"
        assert item.span.text
