"""Byline and credit shapes of other languages' pages (#11): our own lines in real shapes."""

from __future__ import annotations

import pytest

import newsparse

_PAGES = {
    "es": (
        "El concejo aprueba el presupuesto\n",
        "El concejo municipal aprobó el martes el nuevo presupuesto tras un largo debate que se "
        "prolongó hasta la madrugada, según los concejales.",
    ),
    "de": (
        "Stadtrat beschließt Haushalt\n",
        "Der Stadtrat hat am Dienstag nach einer langen Debatte den neuen Haushalt beschlossen, die "
        "bis tief in die Nacht dauerte.",
    ),
    "pt": (
        "Câmara aprova orçamento\n",
        "A câmara municipal aprovou na terça-feira o novo orçamento depois de um longo debate que se "
        "prolongou pela madrugada, segundo os vereadores.",
    ),
    "hi": (
        "नगर परिषद ने बजट पास किया\n",
        "नगर परिषद ने मंगलवार को लंबी बहस के बाद नया बजट पास कर दिया, जो देर रात तक चली और सभी सदस्य मौजूद रहे।",
    ),
    "it": (
        "Il consiglio approva il bilancio\n",
        "Il consiglio comunale ha approvato martedì il nuovo bilancio dopo un lungo dibattito "
        "proseguito fino a notte fonda, secondo i consiglieri.",
    ),
}

# (id, language, line, where: "top" under the headline or "end" under the story, expected)
CASES = [
    (
        "es_name_over_place_and_stamp",
        "es",
        "Juana Rey\nMadrid - 03 jun 2024 - 10:20 CEST",
        "top",
        ["Juana Rey"],
    ),
    ("de_mit_agency_in_brackets", "de", "(mit dpa)", "end", ["(mit dpa)"]),
    ("pt_name_from_place", "pt", "João Silva, de Brasília", "top", ["João Silva, de Brasília"]),
    ("it_two_agencies_hyphen", "it", "(ANSA-AFP)", "end", ["(ANSA-AFP)"]),
    ("hi_report_dash_glued", "hi", "रिपोर्ट- राजेश कुमार", "top", ["रिपोर्ट- राजेश कुमार"]),
    ("hi_story_label", "hi", "स्टोरी: राजेश कुमार", "top", ["स्टोरी: राजेश कुमार"]),
    ("hi_news_service_place", "hi", "संवाद न्यूज एजेंसी, कानपुर", "top", ["संवाद न्यूज एजेंसी, कानपुर"]),
    ("hi_desk_place_colon", "hi", "जागरण संवाददाता, लखनऊ :", "top", ["जागरण संवाददाता, लखनऊ :"]),
    # a sentence with "mit" is no credit
    ("de_mit_in_prose", "de", "Die Stadt plant das mit dpa-Daten, heißt es.", "end", []),
]


@pytest.mark.parametrize(
    ("language", "line", "where", "expected"), [c[1:] for c in CASES], ids=[c[0] for c in CASES]
)
def test_byline_shapes_in_other_languages(language: str, line: str, where: str, expected: list[str]) -> None:
    head, body = _PAGES[language]
    text = (
        head + line + "\n" + body + "\n" + body if where == "top" else head + body + "\n" + body + "\n" + line
    )
    article = newsparse.parse(text)
    assert article.language == language
    assert [b.text for b in article.bylines] == expected
