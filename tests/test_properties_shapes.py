"""Whole-parser invariants on documents built from the vocabulary the newer rules read.

The line-shape scorers of boilerplate, the byline candidates of furniture, the also-read
label trie and its title splitting, the one-line tweet and embed scrapes, quote attribution
and the speaker tracker, and the per-language quote tables each look for particular words
and marks: labels (``Also Read:``, ``Lire aussi``, ``यह भी पढ़ें``), byline prefixes in
several languages (``Por``, ``Von``, ``Par``, ``Di``), credit lines (``With files from``),
signatures (``— Name (@handle) 3:15 PM · Mar 3, 2025``), speech cues (``said``, ``according
to``, ``a-t-il déclaré``, ``ने कहा``), unbalanced quotation marks of every language, page
widgets (paywall prompts, read-time stamps, tickers, breadcrumbs, layout-table cells,
asterisked footnotes). Documents here are random lines of those shapes with random names
and titles, some cut mid-line, joined by any line terminator, also as one-line scrapes.

Invariants, on every example: parsing never raises; every span is in bounds and
``text[span]`` is its text; structural items do not overlap; parsing is deterministic; the
JSON round trip gives an equal article (``check_all``). Each language's tables are exercised
by parsing with that language forced as well as detected.
"""

from __future__ import annotations

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

import newsparse
from newsparse.lang import UNDETERMINED, languages
from test_fuzz_properties import check_all
from test_properties import check_invariants

TERMINATORS = ("\n", "\r\n", "\n\n", "\r", "\u2028", "\x85")

# Names and words with letters of the languages the tables cover (Devanagari included).
latin = st.text(alphabet="abcdefghijklmnoprstuvwyzéèüöñãçàò", min_size=1, max_size=8)
devanagari = st.text(alphabet="कखगचजटडतदनपबमयरलवसहािीुूेैोौंँ्", min_size=1, max_size=6)
word = latin | devanagari
name_word = latin.map(str.capitalize) | devanagari
names = st.lists(name_word, min_size=1, max_size=3).map(" ".join)
titles = st.lists(word | name_word, min_size=1, max_size=9).map(" ".join)
clauses = st.lists(word, min_size=1, max_size=12).map(" ".join)
handles = st.text(alphabet="abcdefghijklmnopqrstuvwxyz_0123456789.", min_size=1, max_size=16)

ALSO_READ_LABELS = (
    "Also Read", "ALSO READ", "Read More", "READ MORE", "Read Next", "Related Reading", "ICYMI",
    "In Case You Missed It", "Editor's Pick", "Editor’s Pick", "Don't Miss This", "Previously", "Listen",
    "Lire aussi", "À lire aussi", "LIRE AUSSI", "Lee también", "Leia também", "Leia mais", "Lesen Sie auch",
    "Auch interessant", "Leggi anche", "यह भी पढ़ें", "ये भी पढ़ें", "VIDEO", "WATCH", "Vidéo", "Mira", "देखें",
)  # fmt: skip
SEPARATORS = (": ", " : ", " | ", " - ", " – ", ":", " ", "\u00a0:\u00a0", "**", " » ", "")
BULLETS = ("• ", "· ", "- ", "* ", "– ", "► ", "1. ", "2) ", "")
BYLINE_PREFIXES = (
    "By",
    "BY",
    "Por",
    "POR",
    "Von",
    "Par",
    "Par :",
    "Di",
    "De",
    "Do",
    "द्वारा",
    "Written by",
    "Reporting by",
)
CREDITS = (
    "With files from", "With reporting from", "With additional reporting by", "With wire services",
    "(With inputs from", "Com agências", "avec AFP", "mit Material von", "con información de",
)  # fmt: skip
AGENCIES = ("Reuters", "AFP", "AP", "PTI", "dpa", "ANSA", "EFE", "Lusa", "IANS", "भाषा", "wire services")
ROLES = (
    "Senior Reporter, Politics Desk", "Special to The Times", "envoyée spéciale à Kiev", "Redakteur in der Politik",
    "Rédaction Le Monde", "संवाददाता, कानपुर", "Staff Writer", "corresponsal en Madrid", "finance minister",
)  # fmt: skip
CUES = (
    "said", "says", "told reporters", "added", "according to", "a déclaré", "a-t-il dit", "dit-elle", "selon",
    "dijo", "afirmó", "según", "sagte", "so der Minister", "laut", "ha detto", "secondo", "disse", "segundo",
    "ने कहा", "के मुताबिक", "ने बताया कि",
)  # fmt: skip
PRONOUNS = (
    "he",
    "she",
    "they",
    "it",
    "the company",
    "the minister",
    "the FM",
    "il",
    "elle",
    "er",
    "sie",
    "उन्होंने",
)
MARKS = ("“", "”", "‘", "’", '"', "'", "«", "»", "„", "‚", "‹", "›", "« ", " »", "»", "«", "—", "–", "…", "।")
WIDGETS = (
    "Subscribe to read", "Already a subscriber? Log in", "You have reached your free article limit.",
    "Sign in", "Create a free account to continue", "Print this page", "Follow", "Close", "Menu", "Newsletters",
    "3 min read", "Lectura: 3 min", "3 minuti di lettura", "4 Min. Lesezeit", "Article réservé aux abonnés",
    "Add Ana to your alerts", "Comment on this story", "Our journalism depends on your support.",
    "Corrections policy | Ethics policy", "FTSE 100 7,512.3 ▼ 0.4%", "Dólar blue 1.020 ▲ 0,5%", "Photo 3 of 12",
    "2/5", "Lorem ipsum dolor sit amet", ".promo{display:none}", "|  |  |  |", "[[Image: harbour.jpg]]",
    "[image: the harbour at dawn]", "You are here: Home › News", "Home > World > Europe", "*Name changed",
    "*Le prénom a été modifié.", "Comments", "© 2025 Example Media. All rights reserved.",
)  # fmt: skip
DATES = ("Nov 21, 2025", "21 novembre 2025", "21. November 2025", "21 de noviembre de 2025", "21 नवंबर 2025")
TIMES = ("3:15 PM · Mar 3, 2025", "10:20 IST", "09:05", "15h30", "")

label_lines = st.builds(
    lambda b, label, sep, parts: b + label + sep + " | ".join(parts),
    st.sampled_from(BULLETS),
    st.sampled_from(ALSO_READ_LABELS),
    st.sampled_from(SEPARATORS),
    st.lists(titles, max_size=3),
)
teaser_lines = st.builds(lambda b, t: b + t, st.sampled_from(BULLETS), titles)
byline_lines = st.one_of(
    st.builds(lambda p, n: f"{p} {n}", st.sampled_from(BYLINE_PREFIXES), names),
    st.builds(lambda p, a, b, ag: f"{p} {a} and {b}, {ag}", st.sampled_from(BYLINE_PREFIXES), names, names,
              st.sampled_from(AGENCIES)),
    st.builds(lambda n, r: f"{n}\n{r}", names, st.sampled_from(ROLES)),
    st.builds(lambda n, r: f"{n}, {r}", names, st.sampled_from(ROLES)),
    st.builds(lambda n, d, t: f"{n} | {d} {t}", names, st.sampled_from(DATES), st.sampled_from(TIMES)),
    st.builds(lambda n, ag: f"— {n}, {ag}", names, st.sampled_from(AGENCIES)),
    st.builds(lambda n, h: f"{n} can be reached at {h}@example.com", names, handles),
    st.builds(lambda c, ag: f"{c} {ag}", st.sampled_from(CREDITS), st.sampled_from(AGENCIES)),
    st.builds(lambda a, b: f"{a}/{b}", st.sampled_from(("fmi", "abc", "kna")), st.sampled_from(("dpa", "AFP"))),
    names,  # a bare name, over the headline or under the story
)  # fmt: skip
dateline_lines = st.one_of(
    st.builds(lambda ag, pl, d: f"({ag}) - {pl}, {d} - ", st.sampled_from(AGENCIES), name_word.map(str.upper),
              st.sampled_from(("12 MAR", "3 février", "5 DIC 2025", "Nov 21"))),
    st.builds(lambda pl: f"{pl}. ", name_word.map(str.upper)),
    st.builds(lambda pl: f"{pl}.- ", name_word),
    st.builds(lambda pl, d: f"{pl}, le {d} -", name_word, st.sampled_from(DATES)),
)  # fmt: skip
signature_lines = st.one_of(
    st.builds(lambda c, n, h, d: f"{c} pic.twitter.com/x1\n— {n} (@{h}) {d}", clauses, names, handles,
              st.sampled_from(DATES + TIMES)),
    st.builds(lambda n, h: f"— {n} (@{h})", names, handles),
    st.builds(lambda n, h: f"{n} (@{h}) • Instagram photos and videos", names, handles),
    st.builds(lambda n, c: f'{n} on Instagram: "{c}"', names, clauses),
    st.builds(lambda h, c: f"https://www.tiktok.com/@{h}/video/1234567890 {c}", handles, clauses),
    st.sampled_from(("View this post on Instagram", "A post shared by Lina (@lina.k)", "♬ original sound",
                     "https://vm.tiktok.com/ZMabc123/", "https://t.co/AbCd123")),
    st.builds(lambda c: f"Take a look: {c}. The minister arrived.", clauses),
)  # fmt: skip
quote_lines = st.one_of(
    st.builds(lambda o, c, cl, n, cue: f"{o}{c}{cl} {n} {cue}.", st.sampled_from(MARKS), clauses,
              st.sampled_from(MARKS), names | st.sampled_from(PRONOUNS), st.sampled_from(CUES)),
    st.builds(lambda n, cue, c: f"{n} {cue} {c}", names | st.sampled_from(PRONOUNS), st.sampled_from(CUES), clauses),
    st.builds(lambda cue, n, c: f"{cue} {n}, {c}.", st.sampled_from(CUES), names, clauses),
    st.builds(lambda n, r, p, cue: f"{r} {n}, {p}, {cue}", names, st.sampled_from(ROLES),
              st.sampled_from(PRONOUNS), st.sampled_from(CUES)),
    st.lists(st.sampled_from(MARKS) | clauses | st.sampled_from(CUES), max_size=10).map(" ".join),
)  # fmt: skip
LINE = st.one_of(
    label_lines,
    teaser_lines,
    byline_lines,
    dateline_lines,
    signature_lines,
    quote_lines,
    st.sampled_from(WIDGETS),
    titles,  # a headline, or a title under a label
    clauses.map(lambda c: c.capitalize() + "."),
    clauses.map(lambda c: c + " ..."),  # a teaser cut by the page
    st.just(""),  # a blank line
    st.text(max_size=20),  # random Unicode
)

# A line may also be cut at any point (a truncated scrape ends mid-shape).
lines = st.tuples(LINE, st.integers(0, 3)).map(lambda p: p[0][: len(p[0]) * p[1] // 2] if p[1] < 2 else p[0])
shaped = st.lists(st.tuples(lines, st.sampled_from(TERMINATORS)), max_size=30).map(
    lambda ls: "".join(line + end for line, end in ls)
)


@given(shaped)
def test_shaped_documents(text: str) -> None:
    check_all(text)


@given(shaped.map(lambda t: "  ".join(t.split())))
def test_shaped_one_line_scrapes(text: str) -> None:
    check_all(text)


@given(st.lists(label_lines | teaser_lines | byline_lines, max_size=40).map("\n".join))
def test_lists_of_labels_teasers_and_bylines(text: str) -> None:
    check_all(text)


@given(st.lists(quote_lines | signature_lines, max_size=25).map(lambda ls: "\n\n".join(ls)))
def test_quote_and_signature_paragraphs(text: str) -> None:
    check_all(text)


@pytest.mark.parametrize("language", [*languages(), UNDETERMINED])
def test_shaped_documents_in_every_language(language: str) -> None:
    @settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.too_slow])
    @given(shaped)
    def check(text: str) -> None:
        article = newsparse.parse(text, language=language)
        check_invariants(text, article)
        assert article.language == language
        assert newsparse.parse(text, language=language) == article

    check()
