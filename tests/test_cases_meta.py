"""Checks on the golden case files themselves (not on the parser).

Every case must load, use only known keys, and quote its text exactly: each string a reader
annotated must be a substring of the article, so an expectation can never silently drift away
from the text it describes.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from _golden import (
    CASES_DIR,
    EXAMPLES_DIR,
    REPO,
    read_text,
    validate_case,
)

JSON_PATHS = sorted(CASES_DIR.glob("*.json"))
NAMES = [p.stem for p in JSON_PATHS]
SHARED = Path(__file__).resolve().parents[2] / "shared"


def test_there_are_enough_cases() -> None:
    examples = sorted(EXAMPLES_DIR.glob("*.txt"))
    assert len(examples) >= 7, "at least seven example articles"
    own = [p for p in JSON_PATHS if "source" not in json.loads(read_text(p))]
    assert len(own) >= 6, "at least six case articles beside the examples"


def test_names_are_unique() -> None:
    folded = [n.casefold() for n in NAMES]
    assert len(folded) == len(set(folded))
    example_stems = {p.stem.casefold() for p in EXAMPLES_DIR.glob("*.txt")}
    own_stems = {p.stem.casefold() for p in CASES_DIR.glob("*.txt")}
    assert not example_stems & own_stems, "a case name is used both in examples/ and in cases/"


def test_every_example_is_a_case() -> None:
    sources = {json.loads(read_text(p)).get("source") for p in JSON_PATHS}
    for example in sorted(EXAMPLES_DIR.glob("*.txt")):
        assert example.relative_to(REPO).as_posix() in sources, f"{example.name} has no golden case"


def test_every_text_file_has_a_case() -> None:
    for txt in sorted(CASES_DIR.glob("*.txt")):
        assert txt.with_suffix(".json").exists(), f"{txt.name} has no .json"


@pytest.mark.parametrize("path", JSON_PATHS, ids=NAMES)
def test_case_file_is_valid(path: Path) -> None:
    validate_case(path)


@pytest.mark.parametrize("path", sorted(EXAMPLES_DIR.glob("*.txt")), ids=lambda p: p.stem)
def test_example_length(path: Path) -> None:
    words = len(read_text(path).split())
    assert 300 <= words <= 900, f"{path.name} has {words} words"


def test_no_sentence_copied_from_the_seed() -> None:
    seed = SHARED / "seed" / "seed-article.txt"
    if not seed.exists():
        pytest.skip(f"../shared is absent (looked for {seed}); cannot compare with the seed")
    words = read_text(seed).split()
    shingles = {" ".join(words[i : i + 8]) for i in range(len(words) - 7)}
    for path in [*EXAMPLES_DIR.glob("*.txt"), *CASES_DIR.glob("*.txt")]:
        case_words = read_text(path).split()
        for i in range(len(case_words) - 7):
            chunk = " ".join(case_words[i : i + 8])
            assert chunk not in shingles, f"{path.name} copies seed text: {chunk!r}"
