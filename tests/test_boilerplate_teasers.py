"""Other stories' teasers and reader comments at the page's foot (#9, #11).

All articles are our own. ``teasers.py`` walks up from the page's end over the footer lines the
rules before it took: a headline line over a lede that shares (almost) no content word and no
name with the story is another story's teaser; a name line over a date-and-time stamp over a
short text is a reader's comment. The story's own closing subheading and paragraph are kept.
"""

from __future__ import annotations

import pytest

import newsparse
from newsparse import Document
from newsparse.rules.boilerplate.teasers import TeaserRule, content_stems, name_stems

_STORY_EN = (
    "The town council of Millbrook voted on Tuesday to keep all six of its libraries open next "
    "year, after a campaign by residents that gathered more than four thousand signatures.\n"
    "The budget had proposed closing two branches on the east side, where visitor numbers fell "
    "during the pandemic and have not recovered since.\n"
    "Councillors said the money would come from a smaller road repair fund and from the sale of "
    "an empty depot near the harbour.\n"
    "Librarian Ruth Okafor said the branches would also open on Sunday afternoons from the "
    "spring, with volunteers helping the staff.\n"
)

_STORY_DE = (
    "Der Gemeinderat von Talheim hat am Dienstag beschlossen, alle sechs Bibliotheken der Stadt "
    "auch im nächsten Jahr offen zu halten, nachdem Bürger viele Unterschriften gesammelt hatten.\n"
    "Der Haushaltsentwurf hatte vorgesehen, zwei Filialen im Osten zu schließen, wo die "
    "Besucherzahlen während der Pandemie gesunken waren.\n"
    "Das Geld soll aus einem kleineren Fonds für Straßenreparaturen und aus dem Verkauf eines "
    "leeren Depots am Hafen kommen.\n"
    "Die Leiterin Martina Vogt sagte, die Filialen würden ab dem Frühjahr auch sonntags öffnen.\n"
)

_STORY_FR = (
    "Le conseil municipal de Valbonne a voté mardi le maintien des six bibliothèques de la ville "
    "pour l'année prochaine, après une pétition signée par des milliers d'habitants.\n"
    "Le projet de budget prévoyait de fermer deux annexes dans les quartiers est, où la "
    "fréquentation avait chuté pendant la pandémie.\n"
    "L'argent viendra d'un fonds plus modeste pour l'entretien des routes et de la vente d'un "
    "entrepôt vide près du port.\n"
    "La directrice Claire Montel a précisé que les annexes ouvriront aussi le dimanche.\n"
)


def _kinds(text: str) -> list[tuple[str, str]]:
    return [(b.kind, b.text) for b in newsparse.parse(text).boilerplate]


@pytest.mark.parametrize(
    ("story", "teaser", "footer"),
    [
        (
            _STORY_EN,
            "Orchestra cancels its winter concerts\n"
            "Several violinists resigned after disputes over rehearsal schedules and salaries.",
            "Share this article",
        ),
        (
            _STORY_DE,
            "Zoo erwartet zwei junge Pinguine\n"
            "Die Tierpfleger freuen sich über Nachwuchs im Gehege, das erst kürzlich renoviert wurde.",
            "Artikel teilen",
        ),
    ],
    ids=["en", "de"],
)
def test_a_teaser_over_the_footer_is_claimed(story: str, teaser: str, footer: str) -> None:
    found = _kinds(story + teaser + "\n" + footer + "\n")
    assert ("related_links", teaser) in found


def test_teasers_above_teasers_are_claimed() -> None:
    # The footer rules take the lowest teaser with the share prompt under it; the walk goes on
    # above that footer to the next teaser.
    first = (
        "Orchestra cancels its winter concerts\n"
        "Several violinists resigned after disputes over rehearsal schedules and salaries."
    )
    second = (
        "Ferry fares rise again in spring\n"
        "Commuters crossing the estuary will pay more from April, the operator announced."
    )
    found = _kinds(_STORY_EN + first + "\n" + second + "\nShare this article\n")
    assert ("related_links", first) in found
    assert any(second in text for _, text in found)


def test_the_story_s_own_closing_section_is_kept() -> None:
    # A subheading and a paragraph naming the story's town and people: the story, not a teaser.
    closing = (
        "What happens next in Millbrook\n"
        "Ruth Okafor said the Millbrook libraries would publish their new opening hours in March."
    )
    found = _kinds(_STORY_EN + closing + "\nShare this article\n")
    assert all(kind != "related_links" for kind, _ in found)


def test_a_last_paragraph_under_an_ad_marker_is_kept() -> None:
    # No headline line of its own: the story's closing paragraph after an ad slot, though it
    # names little the story named.
    closing = (
        "ADVERTISEMENT\nThe new timetable will be reviewed in autumn, when the budget for next year is set.\n"
    )
    found = _kinds(_STORY_EN + closing + "Share this article\n")
    assert not any("timetable will be reviewed" in text for _, text in found)


def test_a_teaser_with_no_footer_below_is_kept() -> None:
    # Without junk under it the pair may be the story's last section: left alone.
    teaser = (
        "Orchestra cancels its winter concerts\n"
        "Several violinists resigned after disputes over rehearsal schedules and salaries."
    )
    found = _kinds(_STORY_EN + teaser + "\n")
    assert all(kind != "related_links" for kind, _ in found)


_COMMENTS = (
    "Jeanne Dupuis\n"
    "12/03/2021 à 18:05\n"
    "Enfin une bonne nouvelle pour les familles du quartier.\n"
    "marco75\n"
    "marco75\n"
    "12/03/2021 à 19:40\n"
    "Il faudrait aussi penser aux horaires du samedi soir.\n"
)


def test_reader_comments_are_claimed() -> None:
    # The rule alone (no footer claimed before it): a signed and stamped text is a comment.
    found = [(b.kind, b.text) for b in TeaserRule()(Document.from_text(_STORY_FR + _COMMENTS))]
    assert found == [
        (
            "comments",
            "Jeanne Dupuis\n12/03/2021 à 18:05\nEnfin une bonne nouvelle pour les familles du quartier.",
        ),
        (
            "comments",
            "marco75\nmarco75\n12/03/2021 à 19:40\nIl faudrait aussi penser aux horaires du samedi soir.",
        ),
    ]


def test_the_parser_keeps_the_story_above_comments() -> None:
    found = _kinds(_STORY_FR + _COMMENTS)
    assert any("horaires du samedi soir" in text for _, text in found)
    assert not any("Claire Montel" in text for _, text in found)


def test_an_event_listing_is_no_comment() -> None:
    # A title of several lower-case words over a date and time: the story's own listing.
    listing = "Reading evening in the park\n12/03/2021 at 19:00\nEntry is free for all residents.\n"
    assert list(TeaserRule()(Document.from_text(_STORY_EN + listing))) == []


def test_words_and_names() -> None:
    assert content_stems("Libraries and the library", frozenset({"and", "the"})) == {"libra"}
    assert name_stems("Yesterday the Mayor of Millbrook spoke.") == {"mayor", "millb"}


def test_a_short_page_is_left_alone() -> None:
    assert list(TeaserRule()(Document.from_text("Share this story\nRead more"))) == []
