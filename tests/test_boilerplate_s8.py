"""Footers, eighth round (#9, #11): the page's metadata dumped after the story, in invented text."""

from __future__ import annotations

import pytest

from newsparse import find_boilerplate, parse
from newsparse.rules.boilerplate import dated

STORY = (
    "Harbour council approves new ferry timetable",
    "The harbour council approved a new ferry timetable on Tuesday after months of complaints.",
    "Commuters on the island route had waited up to forty minutes for a crossing in the mornings.",
    "The new timetable adds two early sailings and moves the last ferry back by half an hour.",
    "Councillors said the change would be reviewed after the summer season.",
)

DUMP = (
    "Harbour council approves new ferry timetable",
    "2025-03-04T07:12:55+00:00",
    "2025-03-04T09:40:02+00:00",
    "https://images.example-gazette.test/ferry-timetable-1200x630.jpg",
    "ExampleGazette",
    "The harbour council approved a new ferry timetable on Tuesday after months of complaints.",
    "Commuters on the island route had waited up to forty minutes for a crossing in the mornings.",
    "local news",
)


def _texts(text: str) -> list[str]:
    return [b.text for b in find_boilerplate(text)]


def test_metadata_dump_with_repeated_copy_is_one_footer() -> None:
    text = "\n".join(STORY + DUMP)
    found = _texts(text)
    dump = "\n".join(DUMP)
    assert dump in found
    assert not any("reviewed after the summer" in t for t in found)
    # The story's paragraphs are read once: the body keeps the first copy only.
    body = parse(text).body
    assert body.count("Commuters on the island route") == 1


def test_dump_over_blank_padded_lines() -> None:
    padded = "\n    \n".join(STORY) + "\n        \n\t\n" + "\n   ".join(DUMP) + "\n    \n"
    found = _texts(padded)
    assert any(t.startswith("Harbour council approves") and t.endswith("local news") for t in found)


def test_web_address_under_the_story_stays() -> None:
    # An embed's address closing the story, with no repeated copy: no dump.
    text = "\n".join(
        (*STORY, "Watch the council meeting here:", "https://video.example.test/council-meeting")
    )
    found = "\n".join(_texts(text))
    assert "Councillors said" not in found
    assert "Commuters" not in found


def test_repeated_copy_without_meta_line_stays() -> None:
    # A story printed twice (two fields of a scrape) has no machine stamp or address: not a dump.
    text = "\n".join(STORY + STORY[1:3])
    found = "\n".join(_texts(text))
    assert "Commuters on the island route" not in found


def test_long_line_of_punctuation_parses_fast() -> None:
    text = "\n".join(STORY) + "\n" + "https://x.test/" + "," * 5000 + "\n" + "\n".join(DUMP)
    assert isinstance(_texts(text), list)


MODERATION = [
    (
        "de",
        "Der Verein bestätigte am Abend den Wechsel des Torhüters nach Salzburg.",
        "Die Kommentare der Leser geben nicht unbedingt die Meinung der Redaktion wieder. Die Redaktion"
        " behält sich vor, Kommentare ohne Angabe von Gründen zu löschen.",
    ),
    (
        "pt",
        "O clube confirmou na noite de domingo a saída do treinador após três temporadas.",
        "ATENÇÃO: Comentários ofensivos ou fora do tema da notícia não serão aprovados pelo moderador.",
    ),
    (
        "es",
        "El club confirmó el domingo por la noche la salida del entrenador tras tres temporadas.",
        "Los comentarios publicados son responsabilidad exclusiva de sus autores y no de este diario.",
    ),
    (
        "fr",
        "Le club a confirmé dimanche soir le départ de l'entraîneur après trois saisons.",
        "Les commentaires sont soumis à modération avant leur publication sur le site.",
    ),
    (
        "it",
        "Il club ha confermato domenica sera la partenza dell'allenatore dopo tre stagioni.",
        "I commenti dei lettori non rappresentano l'opinione della redazione del giornale.",
    ),
]


@pytest.mark.parametrize(("lang", "story", "note"), MODERATION, ids=[m[0] for m in MODERATION])
def test_comment_moderation_note_is_a_footer(lang: str, story: str, note: str) -> None:
    article = parse(f"{story}\n{story}\n{note}", language=lang)
    notes = [b for b in article.boilerplate if b.text == note]
    assert notes and notes[0].kind == "disclaimer"
    assert story in article.body


@pytest.mark.parametrize(
    ("lang", "sentence"),
    [
        ("de", "Die Kommentare der Ministerin geben die Meinung vieler Wähler wieder, sagte der Forscher."),
        ("pt", "Os comentários do ministro não serão aprovados sem debate, disse o deputado ao jornal."),
        ("fr", "Les commentaires du ministre ne reflètent pas la position du gouvernement, a-t-il dit."),
    ],
)
def test_story_sentence_about_comments_stays(lang: str, sentence: str) -> None:
    story = next(m[1] for m in MODERATION if m[0] == lang)
    article = parse(f"{story}\n{sentence}\n{story}", language=lang)
    assert not any(sentence in b.text for b in article.boilerplate)


LEDE = "The council met on Tuesday to discuss the harbour budget for next year."
TAIL = "The vote on the budget is due in March, after a public consultation."


@pytest.mark.parametrize(
    ("line", "kind"),
    [
        ("Tweet this", "share"),
        ("- Link this", "share"),
        ("Please log in here to leave a comment.", "comments"),
        ("Sign in or register to join the conversation", "comments"),
    ],
    ids=["tweet", "link-bullet", "log-in", "sign-in"],
)
def test_widget_lines_of_share_and_comment_boxes(line: str, kind: str) -> None:
    found = [(b.kind, b.text) for b in find_boilerplate(f"{LEDE}\n{line}\n{TAIL}")]
    assert found == [(kind, line)]


def test_sentence_opening_like_a_widget_stays() -> None:
    assert find_boilerplate(f"{LEDE}\nLink this to the earlier report, the judge said.\n{TAIL}") == ()


DATED = (
    "- Council Approves New Ferry Timetable - March 4, 2025",
    "- Harbour Dredging To Start In May After Long Delay - March 3, 2025",
    "- Lifeboat Crew Honoured For Winter Rescue - 28 February 2025",
)


def test_headlines_listed_with_their_dates_are_one_footer() -> None:
    text = "\n".join((LEDE, TAIL, LEDE, TAIL, *DATED))
    found = [(b.kind, b.text) for b in find_boilerplate(text)]
    assert found == [("related_links", "\n".join(DATED))]


def test_german_dated_headlines_with_bars() -> None:
    lines = (
        "Hafen: Bagger rücken im Mai wieder an | 03.03.2025",
        "Stadtrat beschließt neuen Haushalt | 02.03.2025",
    )
    story = "Der Stadtrat hat am Dienstag über den Haushalt für das kommende Jahr beraten."
    article = parse("\n".join((story, story, story, *lines)), language="de")
    assert "\n".join(lines) in [b.text for b in article.boilerplate]


def test_timeline_introduced_by_a_colon_stays() -> None:
    timeline = (
        "- Parliament passes the harbour bill - March 4, 2025",
        "- The president signs the harbour bill - March 10, 2025",
    )
    text = "\n".join((LEDE, TAIL, LEDE, "The main dates so far:", *timeline))
    assert not any("Parliament passes" in b.text for b in find_boilerplate(text))


def _segments(text: str) -> list[tuple[int, int, int]]:
    segments, at = [], 0
    for n, line in enumerate(text.split("\n")):
        segments.append((n, at, at + len(line)))
        at += len(line) + 1
    return segments


def test_dated_lines_in_the_first_half_are_not_this_steps() -> None:
    # (Headline lists at the top are the opening steps'; this step reads the second half only.)
    story = (LEDE, TAIL, LEDE, TAIL, LEDE, TAIL)
    found: dict[tuple[int, int], str] = {}
    text = "\n".join((*DATED[:2], *story))
    dated.dated_headlines(text, _segments(text), found)
    assert found == {}
    text = "\n".join((*story, *DATED[:2]))
    dated.dated_headlines(text, _segments(text), found)
    assert len(found) == 2


COMMENTS = (
    "So the ferry is late again and the council pats itself on the back.",
    "honestly nobody I know takes that boat any more",
    "They should have asked the people who actually commute before changing anything.",
)


def test_reader_comments_under_a_dated_list_are_footer() -> None:
    text = "\n".join((LEDE, TAIL) * 4 + DATED + COMMENTS)
    found = find_boilerplate(text)
    covered = "\n".join(b.text for b in found)
    assert all(line in covered for line in (*DATED, *COMMENTS))
    assert TAIL not in covered


def test_edited_paragraphs_under_a_dated_list_stay() -> None:
    # No line opens in lower case: the paragraphs may be the story's own.
    paragraphs = (TAIL, LEDE, "The harbour master said the dredging would take six weeks.")
    text = "\n".join((LEDE, TAIL) * 4 + DATED + paragraphs)
    covered = "\n".join(b.text for b in find_boilerplate(text))
    assert "\n".join(DATED) in covered
    assert "dredging would take six weeks" not in covered


def test_german_plug_between_ticker_marks() -> None:
    story = "Der Stadtrat hat am Dienstag über den Haushalt für das kommende Jahr beraten, wie die Stadt mitteilte."
    plug = "+++ Alle aktuellen Entwicklungen zum Hochwasser finden Sie in unserem Live-Ticker +++"
    entry = "+++ 10:45 Uhr: Der Landtag tagt in einer Sondersitzung zum Hochwasser +++"
    article = parse("\n".join((story, plug, entry, story)), language="de")
    assert [b.text for b in article.boilerplate] == [plug]


@pytest.mark.parametrize(
    "note",
    [
        "Correction added March 3, 2025: The caption below the photo originally named the wrong harbour master.",
        "Correction: The map in this story incorrectly placed the ferry terminal on the north quay.",
    ],
    ids=["caption", "map"],
)
def test_correction_note_naming_the_error(note: str) -> None:
    assert [b.text for b in find_boilerplate(f"{LEDE}\n{note}\n{TAIL}")] == [note]


def test_sentence_about_corrections_officers_stays() -> None:
    line = "Corrections officers said the inmate had originally been held in a different wing."
    assert find_boilerplate(f"{LEDE}\n{line}\n{TAIL}") == ()


@pytest.mark.parametrize(
    "line",
    [
        "(Harbour Ferry Fares: What Changes On Monday)",
        "( Reacción de los vecinos al cierre del puerto)",
        "(Was heute noch im Hafen passiert >>>)",
        "(Lifeboat crew honoured for winter rescue)",
    ],
    ids=["colon", "spaced", "arrows", "plain"],
)
def test_related_headline_in_round_brackets(line: str) -> None:
    found = [(b.kind, b.text) for b in find_boilerplate(f"{LEDE}\n{line}\n{TAIL}")]
    assert found == [("related_links", line)]


@pytest.mark.parametrize(
    "line",
    [
        "(With inputs from PTI)",
        "(Reporting by Jane Roe; Editing by John Doe)",
        "(Additional reporting by Jane Roe in Paris)",
        "(The council declined to comment on the plans.)",
        "(Photo)",
    ],
    ids=["inputs", "reporting", "additional", "sentence", "short"],
)
def test_credits_and_asides_in_brackets_stay(line: str) -> None:
    assert find_boilerplate(f"{LEDE}\n{line}\n{TAIL}") == ()


def test_credit_under_bracketed_headlines_is_left_to_the_bylines() -> None:
    links = ("(Graphic: Harbour traffic in 2024 - here)", "(Graphic: Ferry fares since 2010 - here)")
    credit = "Reporting by Jane Roe; additional reporting by John Doe; Editing by Ann Poe"
    article = parse("\n".join(((LEDE, TAIL) * 3) + links + (credit,)))
    assert [b.text for b in article.boilerplate] == ["\n".join(links)]
    assert credit in [b.text for b in article.bylines]


def test_credit_label_of_the_language_in_brackets_stays() -> None:
    story = "El consejo se reunió el martes para debatir el presupuesto del puerto para el próximo año."
    line = "(Con información de agencias locales)"
    article = parse(f"{story}\n{story}\n{line}", language="es")
    assert not any(line in b.text for b in article.boilerplate)
