"""The command line: JSON and outline output, clear errors with exit code 2."""

from __future__ import annotations

import io
import json
import subprocess
import sys
from pathlib import Path

import pytest

from newsparse._cli import main

ARTICLE = "Council approves the new harbour plan.\nAlso Read: Ferry fares rise again\nDownload our app for more news\n"


class FakeStdin(io.StringIO):
    """A text stdin whose bytes are available as ``.buffer``, like sys.stdin."""

    def __init__(self, data: bytes) -> None:
        super().__init__()
        self.buffer = io.BytesIO(data)


def run(argv: list[str], stdin: bytes = b"") -> tuple[int, str]:
    out = io.StringIO()
    code = main(argv, stdin=FakeStdin(stdin), stdout=out)
    return code, out.getvalue()


def test_json_from_a_file(tmp_path: Path) -> None:
    path = tmp_path / "a.txt"
    path.write_text(ARTICLE, encoding="utf-8")
    code, out = run([str(path)])
    assert code == 0
    data = json.loads(out)
    assert data["text"] == ARTICLE
    assert set(data) >= {"headline", "tweets", "also_read", "boilerplate", "quotes", "body"}


def test_stdin_and_bom() -> None:
    code, out = run(["-"], stdin=b"\xef\xbb\xbf" + ARTICLE.encode())
    assert code == 0
    assert json.loads(out)["text"] == ARTICLE


def test_outline_labels_blocks(tmp_path: Path) -> None:
    path = tmp_path / "a.txt"
    path.write_text(ARTICLE, encoding="utf-8")
    code, out = run([str(path), "--format", "outline"])
    assert code == 0
    assert out.splitlines()[0].startswith("PARAGRAPH")


def test_missing_file_exit_2(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    code, _ = run([str(tmp_path / "nope.txt")])
    assert code == 2
    assert "no such file" in capsys.readouterr().err


def test_undecodable_bytes_exit_2(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    path = tmp_path / "bad.txt"
    path.write_bytes(b"caf\xe9 \xff\xfe")
    code, _ = run([str(path)])
    assert code == 2
    err = capsys.readouterr().err
    assert "not UTF-8" in err
    assert len(err.strip().splitlines()) == 1


def test_directory_exit_2(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    code, _ = run([str(tmp_path)])
    assert code == 2
    assert "directory" in capsys.readouterr().err


def test_python_dash_m(tmp_path: Path) -> None:
    path = tmp_path / "a.txt"
    path.write_text(ARTICLE, encoding="utf-8")
    proc = subprocess.run(
        [sys.executable, "-m", "newsparse", str(path)], capture_output=True, text=True, check=False
    )
    assert proc.returncode == 0, proc.stderr
    assert json.loads(proc.stdout)["body"]
