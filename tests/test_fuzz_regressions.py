"""Every input in fuzz/regressions/ (crashes and findings of the fuzzer) passes the fuzz checks.

A file there is raw fuzzer input: its first byte picks how the rest becomes text
(see ``fuzz/fuzz_parse.py``). Drop a ``crash-*`` file in that folder to keep it fixed.
"""

from __future__ import annotations

import importlib.util
from pathlib import Path
from types import ModuleType

import pytest

ROOT = Path(__file__).resolve().parents[1]
REGRESSIONS = sorted((ROOT / "fuzz" / "regressions").glob("*"))


def _fuzz_module() -> ModuleType:
    spec = importlib.util.spec_from_file_location("fuzz_parse", ROOT / "fuzz" / "fuzz_parse.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


fuzz = _fuzz_module()


def test_there_are_regressions() -> None:
    assert len(REGRESSIONS) >= 3


@pytest.mark.parametrize("path", REGRESSIONS, ids=[p.name for p in REGRESSIONS])
def test_regression_input_passes_the_checks(path: Path) -> None:
    fuzz.check(path.read_bytes())


@pytest.mark.parametrize(
    ("data", "expected"),
    [
        (b"", ""),
        (b"\x00caf\xc3\xa9\xff", "café\ufffd"),
        (b"\x01\x00\xd8a\x00", "\ud800a"),  # a lone surrogate survives
        (b"\x02\x85\x0c\xe9", "\x85\x0cé"),
    ],
    ids=["empty", "utf8", "utf16-surrogate", "latin1"],
)
def test_bytes_to_text_modes(data: bytes, expected: str) -> None:
    assert fuzz.to_text(data) == expected


def test_check_catches_a_broken_invariant(monkeypatch: pytest.MonkeyPatch) -> None:
    # The checks can fail: a parser that loses the text is caught.
    import newsparse

    real = newsparse.parse
    monkeypatch.setattr(newsparse, "parse", lambda text: real(text + "x"))
    with pytest.raises(AssertionError):
        fuzz.check(b"\x00Hello")
