"""Footers, eighth round, second wave (#9, #11): reference lists after an essay or a science
story, and pull quotes the page repeats from a paragraph of the story — each in invented text of
the shapes real pages have, with the story lines that must stay story."""

from __future__ import annotations

import pytest

from newsparse import default_parser, find_boilerplate
from newsparse._document import Document
from newsparse.rules.boilerplate import pulled, references
from newsparse.rules.boilerplate.rule import BoilerplateRule

_STORY = "\n".join(
    (
        "Harbour towns face a choice over their ageing sea walls",
        "Councils along the north coast must decide this year whether to repair or replace walls"
        " built more than a century ago, engineers told a regional meeting on Tuesday.",
        "The cost of replacing every wall would run to several hundred million pounds, and the work"
        " would take a decade, according to a report the councils commissioned last spring.",
        "Repairs would be cheaper but would have to be repeated, the report's authors said, as"
        " storms grow stronger and the sea rises along the coast.",
        "The councils will vote on the plan in March, after a round of public meetings in each town.",
    )
)


def _texts(text: str) -> list[str]:
    return [b.text for b in find_boilerplate(text)]


def _pulled(text: str) -> list[str]:
    """The footers found with the (opt-in) pull-quote step switched on."""
    return [b.text for b in _PULL_RULE(Document.from_text(text))]


_PULL_RULE = BoilerplateRule(pull_quotes=True)
_PULLING = default_parser.replace("boilerplate", _PULL_RULE)


# --- reference lists ------------------------------------------------------------------------

_FRENCH_LIST = "\n".join(
    (
        "Bibliographie",
        "[1] Moreau, L. (2018) Les marées de la côte nord, Presses du Littoral.",
        "[2] Patel, R. & Obi, K. (2020) Storm surge and harbour design. Journal of Coastal Works, 12."
        " https://doi.org/10.5555/jcw.2020.12",
        "[3]Lefèvre-Dumont, A. (2016) Digues et ports, une histoire, Éditions de la Jetée.",
    )
)


def test_a_numbered_reference_list_with_its_header_is_one_footer() -> None:
    found = _texts(_STORY + "\n" + _FRENCH_LIST)
    assert found == [_FRENCH_LIST]


def test_author_year_references_without_numbers() -> None:
    refs = (
        "References\n"
        "Moreau, L. (2018) Tides and harbours of the north coast. Coastal Press.\n"
        "Obi, K. and Patel, R. (2020) Sea walls in a warmer century. Harbour Review 7."
    )
    assert _texts(_STORY + "\n" + refs) == [refs]


def test_a_journal_citation_closing_the_text_is_a_footer() -> None:
    assert _texts(_STORY + "\nHarbour Review 12, 44-51 (2021)") == ["Harbour Review 12, 44-51 (2021)"]


def test_a_doi_line_closing_the_text_is_a_footer() -> None:
    line = "doi: 10.5555/harbour.2021.0042"
    assert _texts(_STORY + "\n" + line) == [line]


@pytest.mark.parametrize(
    "line",
    [
        # A story sentence citing a study, with its year in brackets: one line, no list.
        "Moreau, L., an engineer who studied the walls (2018), said the repairs were overdue.",
        # A sentence that cites a DOI and goes on after it.
        "The study (doi:10.5555/harbour.2021.0042) found that two walls in three need repairs.",
        # A bracketed aside opening a paragraph, with a year in it.
        "[Update] The councils moved the vote to April 2026 after the public meetings.",
    ],
    ids=["author-year-sentence", "doi-in-a-sentence", "bracketed-note-with-year"],
)
def test_story_lines_that_cite_stay_story(line: str) -> None:
    assert line not in _texts(_STORY + "\n" + line + "\nThe vote is due in March.")


def test_two_numbered_references_in_the_story_s_first_half_stay() -> None:
    # The list is read in the text's second half only: a numbered list high in a story (the
    # points of a report, each with its year) is the story's.
    head = (
        "The report lists its sources in the text.\n"
        "[1] The harbour survey of 2018 found cracks in every wall.\n"
        "[2] The storm of 2020 broke the outer wall in two places.\n"
    )
    assert _texts(head + _STORY) == []


def test_reference_lists_can_be_switched_off() -> None:
    rule = BoilerplateRule(reference_lists=False)
    document = Document.from_text(_STORY + "\n" + _FRENCH_LIST)
    assert [b.text for b in rule(document)] == []


def test_reference_lists_without_a_header_or_a_second_line() -> None:
    one = "[1] Moreau, L. (2018) Les marées de la côte nord, Presses du Littoral."
    # One numbered reference alone is not a list (a footnote the story may point to).
    assert _texts(_STORY + "\n" + one) == []
    found: dict[tuple[int, int], str] = {}
    text = _STORY + "\n" + one + "\n" + one.replace("[1]", "[2]")
    starts = [0]
    for line in text.split("\n")[:-1]:
        starts.append(starts[-1] + len(line) + 1)
    segments = [
        (i, s, s + len(line)) for i, (s, line) in enumerate(zip(starts, text.split("\n"), strict=True))
    ]
    references.reference_lists(text, segments, found)
    # The story's last line above the list is a sentence, not a header: it stays.
    assert sorted(text[s:e][:3] for s, e in found) == ["[1]", "[2]"]


# --- pull quotes ----------------------------------------------------------------------------

_PIER = (
    "Harbour council agrees to rebuild the old pier",
    "The council voted on Tuesday to rebuild the Victorian pier that storms damaged last winter.",
    "Councillors heard that repairs would cost less than a new structure, and that the work could"
    " start in spring once the contracts are signed.",
    "“We owe it to the town to keep the pier open for another hundred years,” said councillor Mary"
    " Kent, who led the campaign. She added that local firms would be offered the contracts first.",
    "“We owe it to the town to keep the pier open for another hundred years”",
    "Traders on the front say business has suffered. The pier has been closed to visitors for most"
    " of the past two years, and the arcade at its end has lost its tenants.",
    "The pier has been closed to visitors for most of the past two years.",
    "Repairs before spring",
    "Work on the deck should begin in April. Repairs before spring were ruled out by the engineers.",
    "The pier, built in 1889, has been closed since a storm tore away part of its deck in January.",
)


def test_a_quotation_repeated_from_a_paragraph_is_a_pull_quote() -> None:
    found = _pulled("\n".join(_PIER))
    assert "“We owe it to the town to keep the pier open for another hundred years”" in found


def test_a_bare_sentence_repeated_from_a_paragraph_is_a_pull_quote() -> None:
    found = _pulled("\n".join(_PIER))
    assert "The pier has been closed to visitors for most of the past two years." in found


def test_the_paragraphs_a_pull_quote_repeats_stay_story() -> None:
    found = "\n".join(_pulled("\n".join(_PIER)))
    assert "said councillor Mary Kent" not in found
    assert "Traders on the front" not in found
    assert "Repairs before spring" not in found  # a subhead: no sentence end


def test_a_pull_quote_is_not_reported_again_as_a_quote() -> None:
    article = _PULLING.parse("\n".join(_PIER))
    contents = [q.content.text for q in article.quotes if q.kind == "direct"]
    # The quotation is the paragraph's, once: its copy is a footer, not a second quote.
    assert sum(c.startswith("We owe it to the town") for c in contents) == 1


@pytest.mark.parametrize(
    ("lines", "line"),
    [
        (  # a quotation cut by its attribution is the story's, even repeated
            (
                *_PIER[:3],
                "“We owe it to the town,” she said, “to keep the pier open for another hundred years.”",
                "She said: “We owe it to the town to keep the pier open for another hundred years.” The"
                " council agreed with her after a long debate.",
            ),
            "“We owe it to the town,” she said, “to keep the pier open for another hundred years.”",
        ),
        (  # a paragraph printed twice by the scrape (the same length): no pull quote
            (*_PIER[:3], _PIER[5], _PIER[5]),
            _PIER[5],
        ),
        (  # the standfirst the lede repeats, under the headline
            (
                _PIER[0],
                "The pier has been closed to visitors for most of the past two years.",
                "The pier has been closed to visitors for most of the past two years, and the arcade"
                " at its end has lost its tenants, traders say.",
                _PIER[1],
                _PIER[2],
            ),
            "The pier has been closed to visitors for most of the past two years.",
        ),
        (  # a figure of a list, repeated in a longer line
            (
                *_PIER[:3],
                "40 boats were moored at the pier in 2019, against 12 this year.",
                "The harbour master's figures: 40 boats were moored at the pier in 2019, against 12"
                " this year, as the deck closed.",
                "40 boats were moored at the pier in 2019.",
            ),
            "40 boats were moored at the pier in 2019.",
        ),
    ],
    ids=["attributed-quotation", "paragraph-twice", "standfirst", "list-figure"],
)
def test_copies_that_are_no_pull_quotes(lines: tuple[str, ...], line: str) -> None:
    assert line not in _pulled("\n".join(lines))


def test_pull_quotes_in_french_spanish_and_german() -> None:
    story = (
        "Le conseil a voté mardi la rénovation de la vieille jetée du port.",
        "Les travaux commenceront au printemps, selon la mairie, et dureront dix-huit mois.",
        "« Le port doit rester ouvert toute l’année, quoi qu’il en coûte », a déclaré la maire,"
        " Claire Morel, devant les commerçants réunis sur le quai.",
        "« Le port doit rester ouvert toute l’année »",
        "La jetée avait été fermée après la tempête de janvier.",
    )
    assert "« Le port doit rester ouvert toute l’année »" in _pulled("\n".join(story))
    story_es = (
        "El ayuntamiento aprobó el martes la reforma del viejo muelle del puerto.",
        "Las obras empezarán en primavera y durarán dieciocho meses, según el consistorio.",
        "“La obra terminará antes del verano, y cuesta tres millones”, aseguró la alcaldesa,"
        " Lucía Ramos, ante los comerciantes del puerto.",
        "El muelle estaba cerrado desde el temporal de enero.",
        "“La obra terminará antes del verano”",
    )
    assert "“La obra terminará antes del verano”" in _pulled("\n".join(story_es))
    # A copy whose opening words are not the paragraph's (words dropped at its start) is not
    # looked for by its end: on real pages that found more quoted subheads than copies.
    shifted = (*story_es[:-1], "“Tres millones, y la obra terminará antes del verano”")
    assert _pulled("\n".join(shifted)) == []
    story_de = (
        "Der Stadtrat hat am Dienstag den Umbau der alten Hafenbrücke beschlossen.",
        "Die Arbeiten beginnen im Frühjahr und dauern achtzehn Monate, teilte die Stadt mit.",
        "„Wir bauen die Brücke, die im Winter eingestürzt ist, bis zum Herbst wieder auf“, sagte"
        " die Bürgermeisterin Anna Vogt vor den Händlern am Kai.",
        "„Wir bauen die Brücke bis zum Herbst wieder auf“",
        "Die Brücke war seit dem Sturm im Januar gesperrt.",
    )
    assert "„Wir bauen die Brücke bis zum Herbst wieder auf“" in _pulled("\n".join(story_de))


def test_pull_quotes_are_off_by_default() -> None:
    # Annotations differ on these copies (our older sets list them as quotes only): the step is
    # opt-in, and the default parser keeps the copy in the body.
    assert _texts("\n".join(_PIER)) == []
    assert BoilerplateRule().pull_quotes is False


def test_a_pull_quote_search_stays_in_its_window() -> None:
    # The paragraph a line repeats is looked for within ``pulled.WINDOW`` characters only.
    filler = "The council met again and discussed the harbour budget at length.\n" * (pulled.WINDOW // 60)
    text = "\n".join(_PIER[:4]) + "\n" + filler + _PIER[4] + "\nThe vote is due in March."
    assert _PIER[4] not in _pulled(text)


# --- a labelled stamp opening the junk tail ---------------------------------------------------


def test_a_labelled_numeric_stamp_under_the_story_opens_the_junk_tail() -> None:
    story = "\n".join(
        (
            "Le conseil municipal a voté mardi la rénovation de la jetée du vieux port de la ville.",
            "Les travaux commenceront au printemps et dureront dix-huit mois, selon la mairie.",
            "La jetée avait été fermée au public après la tempête du mois de janvier dernier.",
            "Les commerçants du quai attendent la réouverture avec impatience depuis des mois.",
            "La maire a promis une inauguration avant la saison d'été de l'année prochaine.",
        )
    )
    tail = (
        "Créé: 04.03.2025, 07h36\n"
        "Nous vous invitons à donner votre avis. Merci de rester courtois envers les autres lecteurs.\n"
        "La rédaction\n"
        "Caractères restants:"
    )
    found = _texts(story + "\n" + tail)
    assert "\n".join(found) == tail
    # The same line in the story's middle is no tail: the story goes on under it.
    middle = story.replace("\nLes commerçants", "\nCréé: 04.03.2025, 07h36\nLes commerçants")
    assert _texts(middle) == []


# --- pleas, call-outs and funding notes with no promo noun ------------------------------------


@pytest.mark.parametrize(
    "line",
    [
        "We need your help to stay independent",
        "Are you a ferry commuter? We want to hear from you! Send your questions to the desk here.",
        "We'd love to hear from you: tell us how the closure affects your trip.",
        "This project was produced with support from the Coastal Reporting Fund.",
        "This reporting is funded by a grant from the Harbour Foundation.",
    ],
    ids=["stay-independent", "call-out", "love-to-hear", "project-support", "reporting-grant"],
)
def test_reader_pleas_call_outs_and_funding_notes(line: str) -> None:
    assert line in _texts(_STORY + "\n" + line)


@pytest.mark.parametrize(
    "line",
    [
        "We need your help to find the owner of the boat, the harbour master told reporters.",
        "“We want to hear from you,” the mayor told residents at the meeting on Tuesday.",
        "This project was produced by the council at a cost of two million pounds.",
    ],
    ids=["appeal-in-story", "quoted-call-out", "project-in-story"],
)
def test_story_lines_with_the_same_words_stay(line: str) -> None:
    assert line not in _texts(_STORY + "\n" + line + "\nThe vote is due in March.")


# --- "read more here" stubs glued to a paragraph ----------------------------------------------


def test_read_more_stubs_glued_to_paragraph_ends() -> None:
    text = "\n".join(
        (
            "Die Serie über die Hafenarbeiter startet heute mit dem ersten Film über die Werft.",
            "Im ersten Video erzählt eine Kranführerin von dreißig Jahren am Kai. Lesen Sie hier mehr.",
            "Im zweiten Video geht es um die Schlepper im Hafen. Lesen Sie hier mehr.",
            "Alle Filme erscheinen am Sonntag auf der Seite der Stadt.",
        )
    )
    assert _texts(text) == ["Lesen Sie hier mehr.", "Lesen Sie hier mehr."]
    english = "The series starts on Monday with a film about the docks. Read more here.\nIt ends in May."
    assert _texts(english) == ["Read more here."]
    click = english.replace("Read more here.", "Click here to read more.")
    assert _texts(click) == ["Click here to read more."]


@pytest.mark.parametrize(
    "line",
    [
        "Residents can read more here and at the library, the council said in a statement.",
        "Read more here is the name the council gave to its new reading programme this year.",
        "„Lesen Sie hier mehr“, sagte die Sprecherin, und zeigte auf das Schild am Eingang.",
    ],
    ids=["inside-a-sentence", "opening-a-sentence", "quoted"],
)
def test_read_more_words_inside_the_story_stay(line: str) -> None:
    assert _texts(_STORY + "\n" + line) == []


def test_a_call_out_told_by_a_speaker_stays_story() -> None:
    line = "We want to hear from you, the harbour master told the fishermen at the meeting."
    assert _texts(_STORY + "\n" + line + "\nThe vote is due in March.") == []
