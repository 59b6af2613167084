"""Footers, seventh round (#9, #11): shapes from the opened blind sets, each in our own
invented text: section and topic "read more" labels, pointers to the live blog, gallery labels,
image placeholders, prize ads and breadcrumbs, alone on a line between story paragraphs."""

from __future__ import annotations

import pytest

from newsparse import find_boilerplate, parse
from newsparse.rules.boilerplate import threads

ABOVE = "The district council on Tuesday approved a plan to rebuild the flood wall along the river."
BELOW = "Councillor Ana Ferreira said the old wall had failed twice in heavy rain since the spring."
LAST = "The works will cost about 12 million dollars and take two years, the council's engineer said."


def _story(line: str) -> str:
    """Three story paragraphs with ``line`` between the first two."""
    return "\n".join((ABOVE, line, BELOW, LAST))


@pytest.mark.parametrize(
    "line",
    [
        "read more in sport",
        "Read More on The Riverside Gazette",
        "read more flood defences",
        "Follow the latest flood warnings on our live blog.",
        "Follow our full coverage of the floods here.",
        "Region news in pictures",
        "Show all 24",
        "RG Image",
        "Think you can pick the winners? Play our free predictor and win a car. Register Now!",
        "News | Local | Flood Defences",
        "(Results | League Table)",
        'Get access to the Ledger Pro for as little as $2 a month. Use the code "LEDGER".',
    ],
    ids=[
        "read-more-section",
        "read-more-on-site",
        "read-more-topic",
        "live-blog",
        "full-coverage",
        "in-pictures",
        "show-all",
        "image-placeholder",
        "register-now",
        "breadcrumb",
        "bracketed-links",
        "subscription-offer",
    ],
)
def test_a_site_pointer_alone_on_a_line_is_a_footer(line: str) -> None:
    assert [b.text for b in find_boilerplate(_story(line))] == [line]


@pytest.mark.parametrize(
    "line",
    [
        "Read more about the scheme on the council's website, a spokesman urged residents.",
        "Follow the river path and you reach the old mill, where the wall failed.",
        "Engineers said they would show all the plans to residents at a meeting in May.",
        "Rain | wind | cold: the forecast for the week ahead was grim, forecasters warned.",
        "Images of the damage were shared widely online after the storm.",
        "Get access to the new bridge for just a small fee, the mayor said on Monday.",
    ],
    ids=[
        "read-more-sentence",
        "follow-sentence",
        "show-all-sentence",
        "pipes-in-a-sentence",
        "image-sentence",
        "access-sentence",
    ],
)
def test_a_story_sentence_with_the_same_words_stays_story(line: str) -> None:
    assert find_boilerplate(_story(line)) == ()


def test_a_read_more_label_does_not_take_the_story_under_it() -> None:
    # A label is no related-links header: the story paragraphs under it stay story.
    text = "\n".join(
        (ABOVE, BELOW, "Read More on The Riverside Gazette", LAST, "Work starts in May, he said.")
    )
    assert [b.text for b in parse(text).boilerplate] == ["Read More on The Riverside Gazette"]


# --- reader replies under a comment prompt, the rows of a layout table (``threads.py``) -------

_COMMENTS = (
    "Reader comments",
    "Every town on the river wanted this wall years ago, and now the bill has doubled.",
    "@Hanna K. The bill doubled because the council waited for the federal grant.",
    "I walk my dog along that path every morning and never saw the cracks.",
    "@riverwatcher You would not see them: they are under the waterline.",
    "The engineers knew in 2019, it was in the minutes of the works committee.",
    "@Hanna K. Minutes are public, anyone could have read them.",
    "@Tom B. Anyone with a free evening, perhaps.",
    "Good that it is finally happening.",
)


def test_replies_under_a_comment_prompt_above_the_story_are_one_footer() -> None:
    story = ("Flood wall plan approved", ABOVE, BELOW, LAST)
    text = "\n".join((*_COMMENTS, *story))
    # The prompt and the thread under it are one item, up to the story's headline.
    assert [b.text for b in parse(text).boilerplate] == ["\n".join(_COMMENTS)]
    assert parse(text).headline is not None
    assert parse(text).headline.text == "Flood wall plan approved"  # type: ignore[union-attr]


def test_handles_in_a_story_open_no_thread() -> None:
    # Two replies are no thread (a story quoting two posts by their handles).
    text = "\n".join((ABOVE, *_COMMENTS[:5], BELOW, LAST))
    assert "@riverwatcher" not in " ".join(b.text for b in find_boilerplate(text))


_LAYOUT = (
    "|  |  |  |  |",
    "| Friday, March 6, 2025 | Home | Markets | Economy |",
    "|  |  |  |",
    "| Keyword: flood, wall, council |  |  |",
)


def test_rows_of_a_layout_table_with_spacer_rows_are_footers() -> None:
    text = "\n".join((ABOVE, BELOW, *_LAYOUT, LAST))
    assert "\n".join(b.text for b in find_boilerplate(text)) == "\n".join(_LAYOUT)


def test_a_data_table_is_no_layout_table() -> None:
    # A data table has a rule under its header and no spacer row: the step takes none of it.
    table = ("| Town | Cost |", "| --- | --- |", "| Riverside | 12m |", "| Millford | 3m |")
    text = "\n".join(table)
    segments, at = [], 0
    for n, row in enumerate(table):
        segments.append((n, at, at + len(row)))
        at += len(row) + 1
    found: dict[tuple[int, int], str] = {}
    threads.layout_rows(text, segments, found)
    assert found == {}
    # The same rows with a spacer row among them are a page's layout.
    spaced = "\n".join((*table[:1], "|  |  |", *table[2:]))
    segments, at = [], 0
    for n, row in enumerate(spaced.split("\n")):
        segments.append((n, at, at + len(row)))
        at += len(row) + 1
    threads.layout_rows(spaced, segments, found)
    assert len(found) == 4


# --- page notices in other languages (the languages' footer patterns) -------------------------

_STORIES = {
    "fr": ("Le conseil municipal a approuvé mardi le projet de reconstruction de la digue du fleuve.",
           "Les travaux coûteront environ douze millions d'euros et dureront deux ans, selon la mairie."),
    "es": ("El concejo aprobó el martes el plan para reconstruir el muro de contención del río.",
           "Las obras costarán unos doce millones de euros y durarán dos años, según el ayuntamiento."),
    "de": ("Der Gemeinderat hat am Dienstag den Neubau der Hochwassermauer am Fluss beschlossen.",
           "Die Arbeiten kosten rund zwölf Millionen Euro und dauern zwei Jahre, sagte der Bürgermeister."),
    "pt": ("A câmara aprovou na terça-feira o plano para reconstruir o muro de proteção do rio.",
           "As obras vão custar cerca de doze milhões de euros e durar dois anos, disse o presidente."),
    "it": ("Il consiglio comunale ha approvato martedì il piano per ricostruire l'argine del fiume.",
           "I lavori costeranno circa dodici milioni di euro e dureranno due anni, ha detto il sindaco."),
}  # fmt: skip


@pytest.mark.parametrize(
    ("code", "line"),
    [
        ("fr", "Votre navigateur ne supporte pas la lecture de cette vidéo."),
        ("fr", "* Cet article, initialement publié en mars 2019, a fait l'objet d'une mise à jour."),
        ("fr", "En vidéo, les images de la crue de 2021"),
        ("es", "Tu navegador no soporta el elemento de video."),
        ("es", "Este artículo fue publicado originalmente en la revista del colegio."),
        ("de", "Ihr Browser unterstützt kein HTML5-Video."),
        ("de", "Bitte registrieren Sie sich und halten Sie sich an unsere Netiquette."),
        ("de", "Haben Sie Probleme beim Kommentieren oder Registrieren?"),
        ("pt", "Ao minuto"),
        ("pt", "Este artigo foi publicado originalmente no jornal da região."),
        ("pt", "Receba em seu e-mail nosso guia gratuito sobre as cheias, com dicas para as famílias."),
        ("it", "Il tuo browser non supporta il tag iframe"),
        ("it", "Questo articolo è stato aggiornato il 4 marzo."),
    ],
    ids=[
        "fr-browser", "fr-update-note", "fr-video-label", "es-browser", "es-first-published",
        "de-browser", "de-comment-prompt", "de-comment-help", "pt-live-label", "pt-first-published", "pt-newsletter",
        "it-browser", "it-update-note",
    ],
)  # fmt: skip
def test_a_page_notice_in_another_language_is_a_footer(code: str, line: str) -> None:
    first, second = _STORIES[code]
    article = parse("\n".join((first, line, second)), language=code)
    assert [b.text for b in article.boilerplate] == [line]


@pytest.mark.parametrize(
    ("code", "line"),
    [
        ("fr", "En vidéo, on voit les pompiers évacuer les habitants du quartier inondé."),
        ("de", "Bitte melden Sie sich bei der Gemeinde, wenn Ihr Keller unter Wasser steht, sagte er."),
        ("es", "Este artículo de la ley fue publicado en el boletín oficial el lunes."),
    ],
    ids=["fr-video-sentence", "de-please-register-sentence", "es-article-of-law"],
)
def test_a_story_sentence_in_another_language_stays_story(code: str, line: str) -> None:
    first, second = _STORIES[code]
    assert parse("\n".join((first, line, second)), language=code).boilerplate == ()


# --- a box of guides, each bullet led by an upper-case label (``lists.py``) -------------------

_BOX = (
    "- QUICK GUIDE: How do I protect my home?",
    "- MAP: Where the water rose",
    "- YOUR STORIES: The night the river came in",
    "- LOOK-UP TOOL: Check the warnings in your area",
)


def test_a_box_of_labelled_guides_is_one_footer() -> None:
    text = "\n".join((ABOVE, BELOW, *_BOX, LAST, ABOVE))
    assert [b.text for b in find_boilerplate(text)] == ["\n".join(_BOX)]


@pytest.mark.parametrize(
    "bullets",
    [
        _BOX[:2],
        ("- UK: 1,200 homes flooded", "- France: 300 homes flooded", "- Belgium: 40 homes flooded"),
        (
            "- PLAN: The wall will rise by a metre.",
            "- COST: It will cost 12m.",
            "- TIME: It takes two years.",
        ),
    ],
    ids=["two-only", "normal-case-labels", "sentences"],
)
def test_bullets_of_the_story_stay_story(bullets: tuple[str, ...]) -> None:
    text = "\n".join((ABOVE, BELOW, *bullets, LAST, ABOVE))
    assert find_boilerplate(text) == ()


@pytest.mark.parametrize(
    "line",
    [
        "By Jane Roe | Reuters",
        "Jane Roe | Staff Writer | Reuters",
        "Jane Roe | Senior Correspondent | Riverside",
        "Reuters | Riverside | Markets",
    ],
    ids=["by-agency", "name-role-agency", "name-role-place", "agency-place-desk"],
)
def test_a_byline_with_pipes_is_no_breadcrumb(line: str) -> None:
    article = parse(_story(line))
    assert article.boilerplate == ()
    assert [b.text for b in article.bylines] == [line]
