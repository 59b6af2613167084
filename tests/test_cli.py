"""The command line: JSON, JSON Lines and outlines; per-file errors; one line and an exit code of its own for each failure."""

from __future__ import annotations

import io
import json
import subprocess
import sys
from pathlib import Path

import pytest

import newsparse
from newsparse._cli import (
    EXIT_INPUT_ERROR,
    EXIT_OK,
    EXIT_OUTPUT_CLOSED,
    EXIT_OUTPUT_FAILED,
    EXIT_STDIN_CLOSED,
    EXIT_USAGE,
    EXIT_WORKER_DIED,
    main,
)

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


def test_missing_file_exit_1(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    code, _ = run([str(tmp_path / "nope.txt")])
    assert code == EXIT_INPUT_ERROR
    assert "no such file" in capsys.readouterr().err


def test_undecodable_bytes_exit_1(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    path = tmp_path / "bad.txt"
    path.write_bytes(b"caf\xe9 \xff\xfe")
    code, _ = run([str(path)])
    assert code == EXIT_INPUT_ERROR
    err = capsys.readouterr().err
    assert "not UTF-8" in err
    assert len(err.strip().splitlines()) == 1


def test_empty_directory_exit_1(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    code, _ = run([str(tmp_path)])
    assert code == EXIT_INPUT_ERROR
    assert "directory" in capsys.readouterr().err


def test_python_dash_m(tmp_path: Path) -> None:
    path = tmp_path / "a.txt"
    path.write_text(ARTICLE, encoding="utf-8")
    proc = subprocess.run(
        [sys.executable, "-m", "newsparse", str(path)], capture_output=True, text=True, check=False
    )
    assert proc.returncode == 0, proc.stderr
    assert json.loads(proc.stdout)["body"]


def write(directory: Path, name: str, data: str | bytes) -> Path:
    path = directory / name
    path.parent.mkdir(parents=True, exist_ok=True)
    if isinstance(data, str):
        path.write_text(data, encoding="utf-8")
    else:
        path.write_bytes(data)
    return path


def test_several_files_give_json_lines_with_paths_and_errors_in_place(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    good = write(tmp_path, "good.txt", ARTICLE)
    utf16 = write(tmp_path, "utf16.txt", "\ufeffHello".encode("utf-16-le"))
    latin = write(tmp_path, "latin.txt", b"caf\xe9")
    missing = tmp_path / "missing.txt"
    other = write(tmp_path, "other.txt", "Read more: Tides and the moon")
    code, out = run([str(good), str(utf16), str(latin), str(missing), str(other)])
    assert code == EXIT_INPUT_ERROR
    rows = [json.loads(line) for line in out.splitlines()]
    assert [r["path"] for r in rows] == [str(good), str(utf16), str(latin), str(missing), str(other)]
    assert rows[0]["text"] == ARTICLE and rows[4]["also_read"][0]["title"] == "Tides and the moon"
    assert "UTF-16" in rows[1]["error"] and "iconv" in rows[1]["error"]
    assert "not UTF-8" in rows[2]["error"]
    assert rows[3]["error"] == "no such file"
    assert {k for r in rows[1:4] for k in r} == {"path", "error"}
    err = capsys.readouterr().err.splitlines()
    assert len(err) == 3 and all(line.startswith("newsparse: ") for line in err)


def test_jsonl_object_is_to_dict_plus_path(tmp_path: Path) -> None:
    path = write(tmp_path, "a.txt", ARTICLE)
    code, out = run([str(path), "--jsonl"])
    assert code == EXIT_OK
    (line,) = out.splitlines()
    row = json.loads(line)
    assert row.pop("path") == str(path)
    assert row == json.loads(json.dumps(newsparse.to_dict(newsparse.parse(ARTICLE))))


def test_directories_are_walked_for_txt_files_sorted(tmp_path: Path) -> None:
    write(tmp_path, "b.txt", "Second.")
    write(tmp_path, "a.txt", "First.")
    write(tmp_path, "sub/c.txt", "Third.")
    write(tmp_path, "notes.md", "not an article")
    code, out = run([str(tmp_path)])
    assert code == EXIT_OK
    paths = [json.loads(line)["path"] for line in out.splitlines()]
    assert paths == [str(tmp_path / "a.txt"), str(tmp_path / "b.txt"), str(tmp_path / "sub" / "c.txt")]


def test_jobs_give_the_same_output(tmp_path: Path) -> None:
    for i in range(12):
        write(tmp_path, f"{i:02d}.txt", ARTICLE.replace("harbour", f"harbour {i}"))
    write(tmp_path, "zz.txt", b"\xff\xfeb\x00")
    one = run([str(tmp_path), "--jsonl"])
    two = run([str(tmp_path), "--jsonl", "--jobs", "2"])
    assert one == two
    assert one[0] == EXIT_INPUT_ERROR


def test_outline_of_several_files_names_each(tmp_path: Path) -> None:
    a = write(tmp_path, "a.txt", ARTICLE)
    b = write(tmp_path, "b.txt", ARTICLE)
    code, out = run([str(a), str(b), "--format", "outline"])
    assert code == EXIT_OK
    assert [line for line in out.splitlines() if line.startswith("==")] == [f"== {a} ==", f"== {b} =="]


def test_stdin_that_is_closed(capsys: pytest.CaptureFixture[str]) -> None:
    class Closed(io.StringIO):
        buffer = io.BytesIO()

    stdin = Closed()
    stdin.buffer.close()
    code = main(["-"], stdin=stdin, stdout=io.StringIO())
    assert code == EXIT_STDIN_CLOSED
    assert capsys.readouterr().err.startswith("newsparse: -: cannot read standard input")


def test_progress_bar_only_when_asked_or_on_a_terminal(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    for i in range(25):
        write(tmp_path, f"{i:02d}.txt", ARTICLE)
    run([str(tmp_path)])
    assert capsys.readouterr().err == ""  # stderr is not a terminal here
    run([str(tmp_path), "--progress"])
    err = capsys.readouterr().err
    assert "\r[" in err and "25/25 files" in err and err.endswith("\n")


def test_version_and_help_name_the_command(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as exit_info:
        main(["--version"])
    assert exit_info.value.code == 0
    assert capsys.readouterr().out.strip() == f"newsparse {newsparse.__version__}"
    with pytest.raises(SystemExit):
        main(["--help"])
    out = capsys.readouterr().out
    assert out.startswith("usage: newsparse ")
    assert "exit codes" in out


def test_usage_error_exit_2(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as exit_info:
        main(["--jobs", "0", "x.txt"])
    assert exit_info.value.code == EXIT_USAGE
    assert "at least 1" in capsys.readouterr().err


# The process-level failures, run for real: one line on stderr, the documented code, no traceback.


def shell(command: str, tmp_path: Path) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        ["sh", "-c", command], capture_output=True, text=True, check=False, cwd=tmp_path, timeout=120
    )


def one_line_no_traceback(stderr: str) -> str:
    assert "Traceback" not in stderr
    lines = stderr.strip().splitlines()
    assert len(lines) == 1, stderr
    return lines[0]


def test_process_with_stdin_closed(tmp_path: Path) -> None:
    proc = shell(f'"{sys.executable}" -m newsparse - <&-', tmp_path)
    assert proc.returncode == EXIT_STDIN_CLOSED
    assert one_line_no_traceback(proc.stderr) == "newsparse: -: standard input is closed"


def test_process_with_stdout_closed(tmp_path: Path) -> None:
    write(tmp_path, "a.txt", ARTICLE)
    proc = shell(f'"{sys.executable}" -m newsparse a.txt >&-', tmp_path)
    assert proc.returncode == EXIT_OUTPUT_CLOSED
    assert one_line_no_traceback(proc.stderr) == "newsparse: standard output is closed"


@pytest.mark.skipif(not Path("/dev/full").exists(), reason="needs /dev/full (Linux)")
def test_process_with_stdout_full(tmp_path: Path) -> None:
    write(tmp_path, "a.txt", ARTICLE)
    proc = shell(f'"{sys.executable}" -m newsparse a.txt > /dev/full', tmp_path)
    assert proc.returncode == EXIT_OUTPUT_FAILED
    assert "No space left" in one_line_no_traceback(proc.stderr)


def test_process_whose_reader_goes_away(tmp_path: Path) -> None:
    for i in range(40):  # far more output than a pipe buffer holds
        write(tmp_path, f"{i:02d}.txt", ARTICLE * 200)
    proc = subprocess.Popen(
        [sys.executable, "-m", "newsparse", str(tmp_path)],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )
    assert proc.stdout is not None and proc.stderr is not None
    assert proc.stdout.read(1) == "{"
    proc.stdout.close()  # what `| head -c1` does
    stderr = proc.stderr.read()
    assert proc.wait(timeout=120) == EXIT_OUTPUT_CLOSED
    assert "broken pipe" in one_line_no_traceback(stderr)


def test_console_script_help_names_newsparse(tmp_path: Path) -> None:
    proc = subprocess.run(
        [sys.executable, "-m", "newsparse", "--help"], capture_output=True, text=True, check=False
    )
    assert proc.returncode == 0
    assert proc.stdout.startswith("usage: newsparse ")


def test_errors_do_not_print_over_the_progress_bar(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    for i in range(25):
        write(tmp_path, f"{i:02d}.txt", ARTICLE if i != 12 else b"\xfe\xff\x00h")
    code, _ = run([str(tmp_path), "--progress"])
    assert code == EXIT_INPUT_ERROR
    err = capsys.readouterr().err
    assert "\r\x1b[Knewsparse: " in err and "is UTF-16 text" in err
    assert err.rstrip("\n").rsplit("\r", 1)[-1].startswith("[") and "25/25 files" in err


def die_in_worker(start: int, texts: list[object]) -> list[object]:
    """Stands in for the pool's chunk parser: the worker process dies as if killed for memory."""
    import os

    os._exit(9)


@pytest.mark.skipif(
    __import__("multiprocessing").get_start_method() != "fork", reason="the patched worker needs fork"
)
def test_a_dead_worker_is_one_line_and_exit_6(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    import newsparse._batch

    for i in range(4):
        write(tmp_path, f"{i}.txt", ARTICLE)
    monkeypatch.setattr(newsparse._batch, "_parse_chunk", die_in_worker)
    code, _ = run([str(tmp_path), "--jobs", "2"])
    assert code == EXIT_WORKER_DIED
    err = capsys.readouterr().err
    assert one_line_no_traceback(err) == (
        "newsparse: a worker process died (out of memory or killed); rerun with --jobs 1 to see which file"
    )


# --language: the same codes as parse(language=...), here and in --jobs workers.

ENGLISH = (
    "The council voted on Tuesday to rebuild the old bridge over the river.\n"
    '"The work will take two years," the mayor told residents at the town hall.\n'
)
FRENCH = (
    "Le conseil municipal a voté mardi soir la rénovation du vieux pont sur la rivière.\n"
    "« Les travaux dureront deux ans », a déclaré la maire devant les habitants réunis dans la salle.\n"
)


@pytest.mark.parametrize("jobs", ["1", "2"], ids=["here", "pool"])
def test_language_is_detected_or_forced(tmp_path: Path, jobs: str) -> None:
    write(tmp_path, "a-en.txt", ENGLISH)
    write(tmp_path, "b-fr.txt", FRENCH)
    code, out = run([str(tmp_path), "--jobs", jobs])
    assert code == EXIT_OK
    assert [json.loads(line)["language"] for line in out.splitlines()] == ["en", "fr"]
    code, out = run([str(tmp_path), "--jobs", jobs, "--language", "fr"])
    assert code == EXIT_OK
    rows = [json.loads(line) for line in out.splitlines()]
    assert [row["language"] for row in rows] == ["fr", "fr"]
    assert rows[0]["quotes"] == newsparse.to_dict(newsparse.parse(ENGLISH, language="fr"))["quotes"]
    code, out = run([str(tmp_path / "a-en.txt"), "--language=und"])
    assert json.loads(out)["language"] == "und"


def test_unknown_language_is_a_one_line_usage_error(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as exit_info:
        main(["--language", "xx", "x.txt"])
    assert exit_info.value.code == EXIT_USAGE
    err = one_line_no_traceback(capsys.readouterr().err)
    assert err.startswith("newsparse: error: argument --language: unknown language 'xx'")
    assert "auto, und, en, fr" in err


def test_help_lists_the_language_codes(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit):
        main(["--help"])
    out = " ".join(capsys.readouterr().out.split())  # argparse wraps the help text
    assert "--language CODE" in out
    assert ", ".join(("auto", "und", *newsparse.lang.languages())) in out
