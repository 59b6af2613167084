"""The quote rule's fast paths find exactly what the plain scans find (#8).

The cue scan places cues from the text's letter runs instead of trying the cue pattern at
every position; quote marks come from one scan per document; sentences are split only in
paragraphs holding a mark, a cue or a closing colon. Each must leave the output unchanged,
so the tests compare the fast path with the plain one on invented text built to stress the
edges (words glued to punctuation, digits and accented letters, cues split over white space
of every kind, a cue at the very start and end).
"""

from __future__ import annotations

import re

from hypothesis import given
from hypothesis import strategies as st

from newsparse import Document
from newsparse.rules.quotes import patterns as pat
from newsparse.rules.quotes.marks import pair_marks
from newsparse.rules.quotes.rule import QuoteRule, find_candidates
from newsparse.rules.quotes.state import State
from newsparse.rules.quotes.vocab import build_vocab, default_vocab
from newsparse.text.sentences import line_sentence_bounds, line_sentences


def _plain(text: str, cue_re: re.Pattern[str]) -> list[tuple[int, int, str]]:
    return [(m.start(), m.end(), m.group()) for m in cue_re.finditer(text)]


CUE_RE = default_vocab().cue_re

# Pieces real text glues cues to: the cues themselves (and their multi-word forms), words
# that share their letters, and every kind of boundary the pattern tells apart.
_PIECES = [
    "said", "says", "told", "according", "to", "as", "per", "As", "in", "the", "words", "of",
    "pointed", "out", "went", "on", "say", "Adding", "noting", "that", "percent", "sayings",
    "unsaid", "said2", "2said", "saidé", "ésaid", "x-said", "said-so", "said’s", "’said",
    "'said", "“said", "said”", "(said)", "said.", " ", "  ", "\n", "\t", "\u00a0", "\u2028",
    ",", "—", "«", "é", "ß", "न", "-", "'", "’", "_", "1",
]  # fmt: skip
_TEXTS = st.lists(st.sampled_from(_PIECES), max_size=40).map("".join)


@given(_TEXTS)
def test_cue_scan_matches_the_plain_scan(text: str) -> None:
    assert pat.cue_spans(text, CUE_RE) == _plain(text, CUE_RE)


@given(st.text(alphabet=st.sampled_from("saidtoprecA -\n’'é.,“"), max_size=60))
def test_cue_scan_matches_on_letter_soup(text: str) -> None:
    assert pat.cue_spans(text, CUE_RE) == _plain(text, CUE_RE)


def test_multi_word_cues_are_found_across_any_white_space() -> None:
    text = (
        "Prices rose, as \u00a0per the filing, and in  the\n\twords of one trader it was, according  to him."
    )
    found = [g for _, _, g in pat.cue_spans(text, CUE_RE)]
    assert found == ["as \u00a0per", "in  the\n\twords of", "according  to"]
    assert pat.cue_spans(text, CUE_RE) == _plain(text, CUE_RE)


def test_cues_at_the_edges_of_the_text() -> None:
    for text in ("said", "said it", "he said", "As per plan", "“x,” said"):
        assert pat.cue_spans(text, CUE_RE) == _plain(text, CUE_RE) != []


def test_a_vocabulary_beyond_ascii_letters_is_scanned_plainly() -> None:
    vocab = build_vocab(
        ("e-mailed", "dijo"),
        ("said",),
        ("saying",),
        ("according to",),
        (),
        ("Mr",),
        ("minister",),
        ("police",),
        ("Ministry",),
        ("film",),
    )
    text = "She e-mailed that it was late; he said so."
    assert [g for _, _, g in pat.cue_spans(text, vocab.cue_re)] == ["e-mailed", "said"]


def test_a_pattern_built_elsewhere_is_scanned_plainly() -> None:
    other = re.compile(r"(?<!\w)(?:said|told)(?!\w)")
    text = "He said and she told."
    assert pat.cue_spans(text, other) == _plain(text, other)


# -- marks and paragraphs -------------------------------------------------


def test_marks_come_from_one_scan_of_the_document() -> None:
    text = "“We won,” she said.\nNo quote here.\n‘Fine,’ he said, ‘really.’"
    index = Document.from_text(text).index
    offsets = index.offsets(pat.MARKS)
    assert offsets == [m.start() for m in pat.MARKS.finditer(text)]
    assert index.offsets(pat.MARKS) is offsets  # cached: the scan runs once per text


@given(_TEXTS.map(lambda t: t.replace("said", "“said”")))
def test_pairing_from_document_offsets_matches_a_paragraph_scan(text: str) -> None:
    marks = [m.start() for m in pat.MARKS.finditer(text)]
    for start in range(0, len(text) + 1, 7):
        end = min(len(text), start + 25)
        plain, plain_carry = pair_marks(text, start, end, None)
        fast, fast_carry = pair_marks(text, start, end, None, marks)
        assert [(s.open, s.close, s.closed, s.origin) for s in plain] == [
            (s.open, s.close, s.closed, s.origin) for s in fast
        ]
        assert (plain_carry is None) == (fast_carry is None)


def test_paragraphs_without_mark_cue_or_colon_are_never_split() -> None:
    text = (
        "The council met on Tuesday. It approved the budget.\n"
        "“We are pleased,” the mayor said. Residents disagreed.\n"
        "Turnout was low. Rain fell all day.\n"
        "The statement read:\n"
    )
    st_ = State(Document.from_text(text), default_vocab(), False, "quotes")
    find_candidates(st_)
    split = {st_.paras[pi][0] for pi in st_.sent_cache}
    starts = [p[0] for p in st_.paras]
    assert split == {starts[1], starts[3]}


def test_sentence_list_matches_the_generator() -> None:
    text = "  Mr. Smith arrived at 3 p.m. on Nov. 21.  “We won,” he said. Gov. Lee (R) agreed.  "
    assert line_sentences(text, 0, len(text)) == list(line_sentence_bounds(text, 0, len(text)))
    assert line_sentences("   ", 0, 3) == []


def test_quotes_unchanged_with_a_longer_vocabulary() -> None:
    rule = QuoteRule(verbs=(*QuoteRule().verbs, "harrumphed"))
    text = "The coach harrumphed that nobody listens. “Enough,” said Jane Roe, as per custom."
    quotes = list(rule(Document.from_text(text)))
    assert [q.cue.text for q in quotes if q.cue is not None] == ["harrumphed", "said"]


def test_a_long_text_is_scanned_in_pieces_with_the_same_result() -> None:
    # longer than one piece of the letter-run split, with cues on both sides of each cut
    unit = "Officials said the bridge, as per the plan, would reopen; in the words of one, “soon.”\n"
    text = unit * (3 * pat._CHUNK // len(unit))
    found = pat.cue_spans(text, CUE_RE)
    assert found == _plain(text, CUE_RE)
    assert len(found) == 3 * (3 * pat._CHUNK // len(unit))


def test_a_cue_across_a_piece_boundary_is_found() -> None:
    # the letter runs are padded by one space, so text offset i is run offset i + 1: the cue
    # below straddles the first piece's nominal end
    prefix = ("ab " * pat._CHUNK)[: pat._CHUNK - 6] + " "
    text = prefix + "according to him, it works. " + "More filler here. " * 50
    assert [g for _, _, g in pat.cue_spans(text, CUE_RE)] == ["according to"]
