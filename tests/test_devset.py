"""The hand-annotated dev and blind sets under tests/devset stay valid against the corpus.

The annotations hold only verbatim strings; the article texts stay in ../shared/corpus. Each
annotation must have every key of the eval-kit format, and every verbatim string must occur
in its article, so that a scorer run measures what the annotator meant.
"""

from __future__ import annotations

import importlib.util
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
TEXTS = ROOT.parent / "shared" / "corpus" / "texts"
ANNOTATIONS = sorted((ROOT / "tests" / "devset").rglob("*.json"))


def _checker() -> object:
    spec = importlib.util.spec_from_file_location(
        "check_annotations", ROOT / "tools" / "check_annotations.py"
    )
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules.setdefault("check_annotations", module)
    spec.loader.exec_module(module)
    return module


def test_the_dev_sets_are_big_enough() -> None:
    english_dev = list((ROOT / "tests" / "devset" / "en-dev").glob("*.json"))
    assert len(english_dev) >= 60
    for lang in ("fr", "es", "de", "pt", "it", "hi"):
        assert len(list((ROOT / "tests" / "devset" / f"{lang}-dev").glob("*.json"))) >= 8


@pytest.mark.skipif(not TEXTS.is_dir(), reason="../shared/corpus is absent: the article texts live there")
@pytest.mark.parametrize("path", ANNOTATIONS, ids=lambda p: f"{p.parent.name}/{p.stem}")
def test_annotation_is_valid_against_its_text(path: Path) -> None:
    checker = _checker()
    assert checker.problems(path) == []  # type: ignore[attr-defined]
