"""Headline shapes of trafilatura text from real pages (issues #9 and #11): stamps claimed by
earlier rules, kicker lines above the headline, list and table pages."""

from __future__ import annotations

import newsparse

# A results or calendar page: the headline over a local date stamp, then short list lines and
# no long paragraph at all. The stamp is claimed by the timestamps rule before the headline
# rule runs; a stamp right under a line is what makes it the headline.
CALENDAR_PAGE = (
    "Tabela do Campeonato Estadual de Remo 2026\n"
    "quarta-feira, 14 de janeiro de 2026 às 9:40\n"
    "Tabela completa do Campeonato Estadual de Remo\n"
    "1a regata: 7 de março – Lagoa Norte\n"
    "2a regata: 4 de abril – Represa Velha\n"
    "3a regata: 9 de maio – Baía do Sul\n"
    "4a regata: 13 de junho – Lagoa Norte\n"
)


def test_headline_over_claimed_stamp_on_a_list_page() -> None:
    article = newsparse.parse(CALENDAR_PAGE)
    assert article.timestamps, "the stamp must be claimed for this shape"
    assert article.headline is not None
    assert article.headline.title.text == "Tabela do Campeonato Estadual de Remo 2026"


def test_list_page_without_stamp_has_no_headline() -> None:
    # The same lines without the stamp: nothing shows where the story starts.
    lines = CALENDAR_PAGE.splitlines()
    text = "\n".join(lines[:1] + lines[2:]) + "\n"
    assert newsparse.parse(text).headline is None
