"""Page furniture, round eight b (#9, #11): the writer's contact lines that close a story in
shapes real pages have (a tip question first, a purpose clause, the editor's address after
the writer's), datelines opening each story of a roundup page after its dividing line, and a
dateline set over three lines (place, agency, dash). Our own invented articles in the shapes
real scrapes have; the negatives are the desk's lines and prose of the same look."""

from __future__ import annotations

import pytest

import newsparse

_PARA = (
    "The water board voted on Tuesday to raise rates by four percent from July, its chair said "
    "after a long meeting that ran past midnight."
)
_PARA2 = "Residents who spoke at the hearing asked the board to phase the increase in over two years."


@pytest.mark.parametrize(
    "line",
    [
        pytest.param(
            "Got a tip? Email Dana Whitfield at dwhitfield@harbourradio.org. Follow her on Twitter @DanaWhit.",
            id="tip-question-then-email-and-follow",
        ),
        pytest.param(
            "Have a tip? Omar Reyes may be reached at oreyes@valleyledger.com. "
            "Follow him on Twitter @OmarReyesVL or on Facebook.",
            id="tip-question-then-name-may-be-reached",
        ),
        pytest.param(
            "To reach the reporter behind this story, contact Priya@eastsidebeat.org. "
            "To reach the editor, contact Marcus@eastsidebeat.org",
            id="purpose-clause-writer-then-editor",
        ),
        pytest.param(
            "To reach the writer of this article, email lkaur@northshoredaily.com",
            id="purpose-clause-with-qualifier",
        ),
    ],
)
def test_a_writer_contact_line_closing_the_story_is_a_byline(line: str) -> None:
    article = newsparse.parse(f"{_PARA}\n{_PARA2}\n{line}")
    assert [b.text for b in article.bylines] == [line]
    assert not [f for f in article.boilerplate if line in f.text]


@pytest.mark.parametrize(
    "line",
    [
        pytest.param("Got a tip? Email us at tips@harbourradio.org.", id="desk-after-question"),
        pytest.param("To reach the editor, contact desk@eastsidebeat.org", id="editor-alone-is-the-desk"),
        pytest.param("Why does it matter? Follow the money, the auditor said.", id="question-then-prose"),
        pytest.param(
            "To reach the summit, hikers follow the ridge for three hours from the car park.",
            id="purpose-clause-in-prose",
        ),
    ],
)
def test_a_desk_line_or_prose_of_the_same_look_is_no_byline(line: str) -> None:
    article = newsparse.parse(f"{_PARA}\n{_PARA2}\n{line}")
    assert article.bylines == ()


def test_a_french_contact_line_may_open_with_a_question_too() -> None:
    story = (
        "Le conseil municipal a voté lundi une hausse de quatre pour cent du prix de l'eau, a "
        "indiqué le maire à l'issue d'une longue séance.\n"
        "Les habitants présents ont demandé que la hausse soit étalée sur deux ans.\n"
    )
    line = "Une info ? Écrivez à Claire Martin : cmartin@journal-exemple.fr"
    article = newsparse.parse(story + line)
    assert article.language == "fr"
    assert [b.text for b in article.bylines] == [line]


def test_a_desk_sentence_after_the_writers_contact_stays_out() -> None:
    line = "Got a tip? Email Dana Whitfield at dwhitfield@harbourradio.org. Follow us on X @harbourradio."
    article = newsparse.parse(f"{_PARA}\n{_PARA2}\n{line}")
    assert [b.text for b in article.bylines] == [
        "Got a tip? Email Dana Whitfield at dwhitfield@harbourradio.org."
    ]


_ROUNDUP = (
    "The Latest: Ferry services resume across the north\n"
    "OSLO -- Norway's ferry operators said on Monday that all routes would run again from Friday.\n"
    "The operators said crews had been recalled and timetables would be published on Wednesday.\n"
    "___\n"
    "HERE'S WHAT ELSE IS HAPPENING:\n"
    "BERGEN — Harbour officials reported a record number of cruise ship arrivals for the month.\n"
    "The harbour master said the port would add a second pilot boat before the summer.\n"
    "__\n"
    "PORTLAND, Maine — State officials reported that the ferry to the islands would stay on its winter timetable.\n"
    "They said the change would be reviewed at the end of April.\n"
    "___\n"
    'TROMSO " The city council approved a new quay for the coastal express on Sunday evening.\n'
    "___\n"
    "Follow our coverage of the ferry strike at https://example.com/ferries\n"
)


def test_each_story_of_a_roundup_opens_with_its_dateline() -> None:
    datelines = newsparse.parse(_ROUNDUP).datelines
    assert [d.text for d in datelines] == ["OSLO --", "BERGEN —", "PORTLAND, Maine —", 'TROMSO "']
    assert datelines[2].locations == ("PORTLAND, Maine",)


@pytest.mark.parametrize(
    "section",
    [
        pytest.param(
            "Meanwhile: the council approved a new quay for the express on Sunday.", id="label-colon"
        ),
        pytest.param(
            "Bergen — the harbour reported record arrivals for the month of May.", id="title-case-place"
        ),
        pytest.param("The harbour master said the port would add a second pilot boat.", id="plain-paragraph"),
        pytest.param("***Update***: the harbour reopened.", id="not-a-dividing-line"),
    ],
)
def test_a_section_without_a_wire_dateline_gives_none(section: str) -> None:
    text = f"Ferry news\nOSLO — {_PARA}\n___\n{section}\n{_PARA2}\n"
    assert [d.text for d in newsparse.parse(text).datelines] == ["OSLO —"]


_LEDE = (
    "One of the country's largest carmakers said on Thursday it would build a battery plant "
    "in the south, creating four thousand jobs over five years."
)


@pytest.mark.parametrize(
    ("top", "text", "locations", "agency"),
    [
        pytest.param("Nairobi\nCNN\n — \n", "Nairobi\nCNN\n —", ("Nairobi",), "CNN", id="place-agency-dash"),
        pytest.param(
            "Hong Kong\nCNN Business\n — \n", "Hong Kong\nCNN Business\n —", ("Hong Kong",), "CNN", id="desk"
        ),
        pytest.param("CNN\n — \n", "CNN\n —", (), "CNN", id="agency-dash-no-place"),
        pytest.param(
            "Carmaker to build battery plant\nCNN\n — \n",
            "CNN\n —",
            (),
            "CNN",
            id="headline-over-agency-dash",
        ),
    ],
)
def test_a_dateline_set_over_lines_is_one_dateline_and_no_byline(
    top: str, text: str, locations: tuple[str, ...], agency: str
) -> None:
    article = newsparse.parse(top + _LEDE + "\n" + _PARA2)
    assert [(d.text, d.locations, d.agency) for d in article.datelines] == [(text, locations, agency)]
    assert article.bylines == ()


def test_an_agency_line_over_a_paragraph_is_still_the_byline() -> None:
    article = newsparse.parse("Carmaker to build battery plant\nCNN\n" + _LEDE + "\n" + _PARA2)
    assert article.datelines == ()
    assert [b.text for b in article.bylines] == ["CNN"]


@pytest.mark.parametrize("label", ["Anchor", "Host", "Reporter", "Correspondent", "Narrator"])
def test_a_transcript_speaker_label_is_no_dateline(label: str) -> None:
    text = (
        f"{label}: After heavy rain on Monday, cold winds swept in overnight and brought the first frost.\n"
    )
    assert newsparse.parse(text + _PARA2).datelines == ()


_DE_LEDE = "Immer mehr Pendler steigen auf das Fahrrad um, wie eine neue Umfrage des Verkehrsverbunds zeigt."
_DE_MORE = "Der Verband rechnet damit, dass der Trend im kommenden Jahr anhält, sagte eine Sprecherin."


def test_a_german_wire_dateline_after_a_standfirst_of_three_sentences() -> None:
    dek = "Die Radwege sind voll. So sieht es zumindest aus. Die Zahlen sagen etwas anderes."
    article = newsparse.parse(f"Quelle: dpa\n{dek}\nHamburg/Bremen (dpa) - {_DE_LEDE}\n{_DE_MORE}")
    assert [(d.text, d.locations, d.agency) for d in article.datelines] == [
        ("Hamburg/Bremen (dpa) -", ("Hamburg", "Bremen"), "dpa")
    ]


def test_no_plain_dateline_after_a_standfirst() -> None:
    # Only a wire dateline (with its agency) is taken in the paragraph after a standfirst.
    dek = "Die Radwege sind voll. So sieht es zumindest aus. Die Zahlen sagen etwas anderes."
    article = newsparse.parse(f"{dek}\nHamburg - {_DE_LEDE}\n{_DE_MORE}")
    assert article.datelines == ()


def test_no_wire_dateline_after_a_long_first_paragraph() -> None:
    first = " ".join([_DE_LEDE, _DE_MORE, _DE_LEDE, _DE_MORE])
    article = newsparse.parse(f"{first}\nHamburg (dpa) - {_DE_LEDE}\n{_DE_MORE}")
    assert article.datelines == ()


@pytest.mark.parametrize(
    ("opening", "agency"),
    [
        pytest.param("Lingen (ems-press).", "ems-press", id="press-office-tag"),
        pytest.param("Münster (ots).", "ots", id="known-wire-with-stop"),
    ],
)
def test_a_german_press_office_dateline_closed_by_a_full_stop(opening: str, agency: str) -> None:
    article = newsparse.parse(f"Neue Halle für den Reitverein\n{opening} {_DE_LEDE}\n{_DE_MORE}")
    assert [d.agency for d in article.datelines] == [agency]
    assert article.datelines[0].text.startswith(opening.rstrip("."))


def test_a_lower_case_word_in_brackets_mid_sentence_is_no_dateline() -> None:
    article = newsparse.parse(f"Der Verein (gegründet 1921) hat am Montag gewählt. {_DE_LEDE}\n{_DE_MORE}")
    assert article.datelines == ()


def test_the_swiss_wire_tag_closing_a_french_story_is_a_credit() -> None:
    story = (
        "Le canton a décidé lundi de fermer trois captages d'eau potable touchés par le pesticide, "
        "a indiqué le service cantonal de l'environnement. (ats/nxp)\n"
        "Créé: 12.12.2019, 07h36"
    )
    article = newsparse.parse(story)
    assert [(b.text, b.kind) for b in article.bylines] == [("(ats/nxp)", "credit")]


def test_a_videos_production_credits_under_it_are_credits() -> None:
    credits = [
        "SCRIPT and presentation: R. Meera Nair",
        "Production: Tom Okafor",
        "Videography: Ann Lee Park",
    ]
    text = f"{_PARA}\n\nWhat will the new rates mean for households?\n\n" + "\n\n".join(credits) + "\n"
    article = newsparse.parse(text)
    assert [(b.text, b.kind, b.names) for b in article.bylines] == [
        (credits[0], "credit", ("R. Meera Nair",)),
        (credits[1], "credit", ("Tom Okafor",)),
        (credits[2], "credit", ("Ann Lee Park",)),
    ]
    assert article.bylines[1].role == "Production"
    assert not [f for f in article.boilerplate if "Production" in f.text]


@pytest.mark.parametrize(
    "line",
    [
        pytest.param("Production: 5 million tonnes a year", id="figure"),
        pytest.param("Editing: The new plan keeps the old hall.", id="sentence"),
        pytest.param("Production: Dolby", id="one-word"),
        pytest.param("Camera: Nikon Coolpix", id="not-a-production-label"),
    ],
)
def test_a_label_before_no_names_is_no_credit(line: str) -> None:
    assert newsparse.parse(f"{_PARA}\n{_PARA2}\n{line}").bylines == ()


@pytest.mark.parametrize(
    ("line", "names"),
    [
        pytest.param("Dana Whitfield, Harbour Radio News.", ("Dana Whitfield",), id="outlet-news-stop"),
        pytest.param("Omar Reyes, Valley Public Radio News, Fresno.", ("Omar Reyes",), id="outlet-place"),
    ],
)
def test_a_broadcast_sign_off_closing_the_transcript_is_the_byline(line: str, names: tuple[str, ...]) -> None:
    article = newsparse.parse(f"Rates to rise\n{_PARA}\n{_PARA2}\n{line}")
    assert [(b.text, b.names) for b in article.bylines] == [(line, names)]


@pytest.mark.parametrize(
    "line",
    [
        pytest.param("Shares, Market News.", id="not-a-name"),
        pytest.param("Read more, World News.", id="label"),
    ],
)
def test_a_comma_and_a_news_outlet_after_no_name_is_no_sign_off(line: str) -> None:
    assert newsparse.parse(f"Rates to rise\n{_PARA}\n{_PARA2}\n{line}").bylines == ()
