"""Also-read, round nine (#9, #11).

Every row is our own text in the shape real pages and newsletters print.
"""

from __future__ import annotations

import pytest

from newsparse import Parser, parse
from newsparse.rules.also_read.rule import AlsoReadRule

_EN = "The regulator fined the lender on Monday after a two-year inquiry into its sales practices."
_NEXT = "Shares in the bank fell by four per cent in early trading on the news from the regulator."


def _links(text: str, lang: str = "en") -> list[tuple[str | None, str]]:
    article = parse(text, language=lang)
    return [(a.label.text if a.label else None, a.title.text) for a in article.also_read]


# -- a label closed by a full stop is an anchor pointing back, not a header ------------------


@pytest.mark.parametrize(
    "text",
    [
        # a newsletter's paragraph ends on a link anchor; the next section's heading follows
        f"{_EN}\nRead more here.\nWhy the housing slump keeps spreading inland\n{_NEXT}",
        f"{_EN}\nRead more.\nA new chief for the central bank\n{_NEXT}",
        f"{_EN}\nSee more.\nFarmers count the cost of the dry spring\n{_NEXT}",
    ],
    ids=["read-more-here", "read-more", "see-more"],
)
def test_label_sentence_is_no_header(text: str) -> None:
    assert _links(text) == []


def test_label_sentence_is_a_footer() -> None:
    text = f"{_EN}\nRead more here.\nWhy the housing slump keeps spreading inland\n{_NEXT}"
    article = Parser([AlsoReadRule()]).parse(text)
    assert [(b.kind, b.text) for b in article.boilerplate] == [("related_links", "Read more here.")]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # capitals, a colon or no mark at all keep the line a header over its title
        (
            f"{_EN}\nREAD MORE.\nWhy the housing slump keeps spreading inland\n{_NEXT}",
            [("READ MORE", "Why the housing slump keeps spreading inland")],
        ),
        (
            f"{_EN}\nRead more:\nWhy the housing slump keeps spreading inland\n{_NEXT}",
            [("Read more", "Why the housing slump keeps spreading inland")],
        ),
        (
            f"{_EN}\nAlso Read\nWhy the housing slump keeps spreading inland\n{_NEXT}",
            [("Also Read", "Why the housing slump keeps spreading inland")],
        ),
    ],
    ids=["caps-stop", "colon", "bare"],
)
def test_label_header_still_links(text: str, expected: list[tuple[str, str]]) -> None:
    assert _links(text) == expected


# -- a joined title ends where a common word of the article opens the next sentence ----------

# One-line scrapes in French, Spanish, Portuguese and Italian: the next sentence opens with a
# capitalised adverb or verb that no opener table lists; the article writes it in lower case
# elsewhere, so it is a common word, not a name inside the headline.
_JOINED = [
    (
        "fr",
        "Le conseil a voté le budget mardi après un débat parfois tendu. "
        "Lire aussi : Les maires ruraux réclament des moyens pour leurs écoles "
        "Parfois oubliées, ces communes comptent pourtant un habitant sur cinq.",
        "Les maires ruraux réclament des moyens pour leurs écoles",
    ),
    (
        "es",
        "El pleno aprobó el presupuesto tras un debate; los vecinos reclaman más autobuses. "
        "Lee también: Suben los alquileres en la costa por tercer año seguido "
        "Reclaman los vecinos una línea nueva hasta el hospital.",
        "Suben los alquileres en la costa por tercer año seguido",
    ),
    (
        "pt",
        "A câmara aprovou o orçamento depois de um debate; a oposição votou contra de novo. "
        "Leia também: Preço dos aluguéis sobe no litoral paulista "
        "Votou também o plano de obras para as escolas da zona norte.",
        "Preço dos aluguéis sobe no litoral paulista",
    ),
    (
        "it",
        "Il consiglio ha approvato il bilancio dopo un lungo dibattito, soprattutto sulle scuole. "
        "Leggi anche: Nuove piste ciclabili nel centro storico della città "
        "Soprattutto le famiglie chiedono più autobus per la periferia.",
        "Nuove piste ciclabili nel centro storico della città",
    ),
]


@pytest.mark.parametrize(("lang", "text", "title"), _JOINED, ids=[row[0] for row in _JOINED])
def test_joined_title_ends_before_common_word(lang: str, text: str, title: str) -> None:
    assert [t for _, t in _links(text, lang)] == [title]


@pytest.mark.parametrize(
    ("lang", "text", "title"),
    [
        # a name after a verb inside the headline is never written in lower case: it stays
        (
            "fr",
            "Le sommet s'ouvre lundi à Berlin. Lire aussi : Le président reçoit Scholz pour parler "
            "d'énergie Les deux dirigeants doivent signer un accord.",
            "Le président reçoit Scholz pour parler d'énergie",
        ),
        # a capital after a colon opens the headline's own clause, even when the word is common
        (
            "fr",
            "La tempête a frappé la côte, les pluies restent fortes. Lire aussi : Tempête sur la "
            "côte : Pluies et rafales attendues jusqu'à jeudi Les secours restent mobilisés.",
            "Tempête sur la côte : Pluies et rafales attendues jusqu'à jeudi",
        ),
    ],
    ids=["name-after-verb", "after-colon"],
)
def test_joined_title_keeps_names(lang: str, text: str, title: str) -> None:
    assert [t for _, t in _links(text, lang)] == [title]


def test_german_nouns_are_no_sentence_start() -> None:
    # German capitalises every noun: a noun written in lower case elsewhere (an adjective's
    # form) proves nothing, so the headline goes on to the next sentence opener.
    text = (
        "Der Stadtrat stimmte zu, die deutsche Bahn widersprach. Lesen Sie auch: Flixbus "
        "attackiert Deutsche Bahn im Fernverkehr Die Stadt will neue Busse kaufen."
    )
    assert [t for _, t in _links(text, "de")] == ["Flixbus attackiert Deutsche Bahn im Fernverkehr"]


# English one-line scrapes: the headline is in sentence case and may end in a name; the next
# sentence opens with a common word the article also writes in lower case and never
# capitalises inside a sentence.
_EN_JOINED = [
    (
        "The board met while the shares fell. Also Read: Attack stokes fears of unrest in "
        "North Africa While markets held steady, traders sold bonds.",
        "Attack stokes fears of unrest in North Africa",
    ),
    (
        "The cause has support, but polls are mixed. Read more: County agrees to lease land to a "
        "resort on Lake Ashgrove But the plan still needs a vote.",
        "County agrees to lease land to a resort on Lake Ashgrove",
    ),
    (
        "Councils have objected several times. ALSO READ | Two storms are worse than a single flood "
        "Several images of the flooded road were shared online.",
        "Two storms are worse than a single flood",
    ),
]


@pytest.mark.parametrize(("text", "title"), _EN_JOINED, ids=["after-name", "but", "after-lower"])
def test_english_joined_title_ends_before_common_word(text: str, title: str) -> None:
    assert [t for _, t in _links(text)] == [title]


@pytest.mark.parametrize(
    ("text", "title"),
    [
        # a name that holds a common word and recurs in the text stays whole (``Supreme Court``)
        (
            "The Supreme Court heard the case, and the court adjourned. Also Read: Plea on water "
            "rights rejected by Supreme Court in a brief order The state will appeal.",
            "Plea on water rights rejected by Supreme Court in a brief order",
        ),
        # a word the text capitalises inside a sentence is a name (``in May``), never an opener
        (
            "The vote may slip, officials said, to a date in May or later. Read more: Council vote on "
            "fares set for May in the new year The mayor said fares must rise.",
            "Council vote on fares set for May in the new year",
        ),
    ],
    ids=["recurring-name", "inner-capital"],
)
def test_english_joined_title_keeps_names(text: str, title: str) -> None:
    assert [t for _, t in _links(text)] == [title]


@pytest.mark.parametrize(
    ("text", "title"),
    [
        # acronyms and figures open the headline; its case style shows in the words after them
        (
            "Prices rose again in the spring. Also Read: UK Q3 GDP growth revised down to 0.2% "
            "from 0.3% The statistics office said services slowed.",
            "UK Q3 GDP growth revised down to 0.2% from 0.3%",
        ),
        # a Title Case headline after an acronym still ends at the next sentence's first word
        (
            "Prices rose again in the spring. Also Read: UK Economy Shrinks As Factories Slow "
            "The statistics office said services slowed.",
            "UK Economy Shrinks As Factories Slow",
        ),
    ],
    ids=["acronyms-sentence-case", "acronym-title-case"],
)
def test_acronyms_do_not_set_the_case_style(text: str, title: str) -> None:
    assert [t for _, t in _links(text)] == [title]
