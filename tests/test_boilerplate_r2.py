"""Boilerplate, round two (#9): question headlines in a one-line scrape's junk tail, bulleted
headline lists above the story, and writers' bios with no role word.

Every text here is invented, in the shapes real scraped pages have."""

from __future__ import annotations

import pytest

from newsparse import find_boilerplate, parse

# A one-line scrape's story: three sentences, the last ending in a full stop.
STORY = (
    "The council voted on Tuesday to close the Harbour Road depot by March. Its leader said the "
    "savings would pay for two new bus routes to the eastern estates. Workers will be offered "
    "jobs at the Eastfield site, the union confirmed after a meeting with managers. "
)
# A longer story for the tail scan of a line with no footer at its end (400 characters up).
LONG_STORY = STORY + (
    "The depot opened in 1962 and once kept a hundred buses; it now holds fewer than thirty. "
    "Residents near the site have complained for years about noise from engines left running at night. "
)


def _footers(text: str) -> list[str]:
    return [text[b.span.start : b.span.end] for b in find_boilerplate(text)]


def _story_end() -> int:
    return len(STORY.rstrip())


# --- question headlines in a junk tail ----------------------------------------------------------


@pytest.mark.parametrize(
    "tail",
    [
        # A question headline, then headlines run into a copyright line.
        "Is the rail fare rise fair? Five stocks to buy before budget day Why the high street is "
        "emptying out Market Tools Connect with us: © 2025 Daily Ledger. All rights reserved.",
        # Two question headlines (one after a section label) before a newsletter plug.
        "Most Read Will rates fall again this year? Storm closes coastal schools Can the league "
        "survive without TV money? Sign up for our morning newsletter © 2025 Daily Ledger. "
        "All rights reserved.",
    ],
)
def test_question_headlines_join_the_junk_tail(tail: str) -> None:
    text = STORY + tail
    found = find_boilerplate(text)
    assert found, "the tail should be found"
    # The whole tail from the story's last sentence on, and nothing of the story.
    assert min(b.span.start for b in found) == len(STORY)
    assert max(b.span.end for b in found) == len(text)
    assert all(b.span.start >= _story_end() for b in found)


def test_question_headlines_before_a_headline_run() -> None:
    tail = (
        "Is the rail fare rise fair? Five stocks to buy before budget day Why the high street "
        "is emptying out Market Tools Catch up on Politics"
    )
    text = LONG_STORY + tail
    assert _footers(text) == [tail]


@pytest.mark.parametrize(
    "tail",
    [
        # The story's own closing question before a footer: one sign only, it stays story.
        "But will voters forgive the council when the buses stop? © 2025 Daily Ledger. All rights reserved.",
        # A quoted question is a speaker's.
        '"Is the rail fare rise fair?" Five stocks to buy before budget day Why the high street is '
        "emptying out Market Tools Connect with us: © 2025 Daily Ledger.",
        # A question with a clause after its comma reads as a sentence, not a headline.
        "Is the rail fare rise fair, and who pays for it? Five stocks to buy before budget day Why "
        "the high street is emptying out Market Tools Connect with us: © 2025 Daily Ledger.",
    ],
)
def test_story_questions_stay_story(tail: str) -> None:
    text = STORY + tail
    found = find_boilerplate(text)
    question_end = len(STORY) + tail.index("?") + 1
    assert all(b.span.start >= question_end for b in found)


# --- bulleted headlines above the story ---------------------------------------------------------

ARTICLE = (
    "Mayor unveils plan for river crossing\n"
    "The mayor on Monday unveiled a plan for a new road bridge over the river, saying it would cut "
    "journeys across the city by twenty minutes.\n"
    "The bridge would cost about 40 million pounds and open in 2029, officials said.\n"
    "Critics said the money would be better spent on buses and trains.\n"
)


@pytest.mark.parametrize("bullet", ["-", "•", "–", "*"])
def test_bulleted_headlines_at_the_top_are_one_footer(bullet: str) -> None:
    top = (
        f"Home\nNews\n{bullet} Storm closes schools across the county\n"
        f"{bullet} Rates hold at 4% as inflation cools\n{bullet} Council backs new cycle lanes\n"
    )
    text = top + ARTICLE
    a = parse(text)
    bullets = top[top.index(bullet) :].rstrip("\n")
    assert bullets in [b.text for b in a.boilerplate]
    assert a.headline is not None and a.headline.text == "Mayor unveils plan for river crossing"


@pytest.mark.parametrize(
    "text",
    [
        # Key points under the story's headline: the story's own.
        "Mayor unveils plan for river crossing\n- Bridge would cost about 40 million pounds\n"
        "- Opening planned for 2029\n" + ARTICLE.split("\n", 1)[1],
        # A list inside the story.
        ARTICLE + "The plan includes:\n- A new cycle path on both banks\n- Two bus lanes\n"
        "A consultation opens next month.\n",
        # Bullet lines that are sentences.
        "- The bridge would open in 2029.\n- It would cost 40 million pounds.\n" + ARTICLE,
        # One bullet alone is no list.
        "- Storm closes schools across the county\n" + ARTICLE,
    ],
)
def test_story_bullets_stay_story(text: str) -> None:
    assert not any(text[b.span.start] in "-•" for b in find_boilerplate(text))


# --- bios with no role word ---------------------------------------------------------------------

BODY = (
    "The judge sentenced the man to four years in prison on Friday.\n"
    "He had admitted three counts of fraud at an earlier hearing.\n"
    "The court heard he had spent the money on cars and holidays abroad.\n"
    "His lawyer said he was deeply sorry for what he had done.\n"
)


@pytest.mark.parametrize(
    ("bio", "after"),
    [
        ("Jane Roe writes about courts and crime for the Ledger. She lives in Leeds.", ""),
        ("John Smith covers health and science at the Daily Ledger.", "Sign up for our newsletter\n"),
        ("Priya Nair has reported on the justice system since 2015. She previously worked in Delhi.", ""),
        ("Tom O'Neill reports on crime for the Evening Post", ""),
    ],
)
def test_bio_without_a_role_word_is_a_footer(bio: str, after: str) -> None:
    text = BODY + bio + "\n" + after
    a = parse(text)
    assert bio in [b.text for b in a.boilerplate]
    assert bio not in [b.text for b in a.bylines]


@pytest.mark.parametrize(
    "line",
    [
        # The story's people carry a title, or one name.
        "Mr Roe writes about his ordeal in a memoir for Penguin.",
        "Roe writes about the case in a memoir due out next year.",
        # No person and no outlet: a story sentence.
        "The insurer covers the cost of repairs for most drivers.",
        "Jane Roe covers her face as she leaves court, watched by reporters.",
    ],
)
def test_story_last_lines_stay_story(line: str) -> None:
    text = BODY + line + "\n"
    assert _footers(text) == []


def test_bio_at_the_top_is_not_taken() -> None:
    # The tail patterns hold only after the story: the same line at the top is the story's.
    text = "Jane Roe writes about courts and crime for the Ledger. She lives in Leeds.\n" + BODY
    assert _footers(text) == []


@pytest.mark.parametrize(
    ("story", "tail"),
    [
        (
            "El ayuntamiento votó el martes cerrar el depósito de la calle del Puerto antes de marzo. "
            "Su alcalde dijo que el ahorro pagará dos nuevas líneas de autobús. Los trabajadores "
            "recibirán empleo en la nueva sede, confirmó el sindicato tras la reunión. ",
            "¿Es justa la subida del tren? Cinco claves del presupuesto Por qué cierran las tiendas "
            "del centro Síguenos en Facebook © 2025 Diario del Puerto. Todos los derechos reservados.",
        ),
        (
            "Le conseil municipal a voté mardi la fermeture du dépôt avant mars. Son maire a dit que "
            "les économies financeront deux nouvelles lignes de bus. Les salariés se verront proposer "
            "un poste sur le nouveau site, a confirmé le syndicat. ",
            "Faut-il taxer les riches ? Cinq actions à acheter avant le budget Pourquoi les commerces "
            "ferment Suivez-nous sur Facebook © 2025 Le Courrier. Tous droits réservés.",
        ),
    ],
)
def test_question_headlines_in_other_languages(story: str, tail: str) -> None:
    # ``¿`` opening a Spanish question and the space French sets before ``?``.
    assert _footers(story + tail) == [tail]
