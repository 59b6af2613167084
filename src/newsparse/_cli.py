"""The command line: ``newsparse PATH…`` prints each article as JSON, JSON Lines or an outline.

This is the only module in newsparse that does I/O. Every failure a user can cause (a missing
or undecodable file, a closed stdin, a closed or full stdout) is one line on stderr and an
exit code of its own (see ``docs/cli.md``), never a traceback.
"""

from __future__ import annotations

import argparse
import collections
import contextlib
import errno
import json
import os
import sys
import time
from collections.abc import Iterable, Iterator, Sequence
from concurrent.futures.process import BrokenProcessPool
from pathlib import Path
from typing import Any, TextIO

import attrs

from newsparse._batch import ParseFailure, iter_dicts
from newsparse._defaults import default_parser
from newsparse._model import Article, Item, Span, is_structural
from newsparse._serialize import from_dict, to_dict
from newsparse.lang import AUTO, UNDETERMINED, languages

__all__ = [
    "EXIT_INPUT_ERROR",
    "EXIT_INTERRUPTED",
    "EXIT_OK",
    "EXIT_OUTPUT_CLOSED",
    "EXIT_OUTPUT_FAILED",
    "EXIT_STDIN_CLOSED",
    "EXIT_USAGE",
    "EXIT_WORKER_DIED",
    "main",
    "outline",
]

_LABELS: dict[str, str] = {
    "Headline": "HEADLINE",
    "Byline": "BYLINE",
    "Dateline": "DATELINE",
    "Timestamp": "TIMESTAMP",
    "Caption": "CAPTION",
    "Tweet": "TWEET",
    "Embed": "EMBED",
    "AlsoRead": "ALSO_READ",
    "Boilerplate": "BOILERPLATE",
}


def _label(item: Item) -> str:
    name = type(item).__name__
    label = _LABELS.get(name, name.upper())
    kind = getattr(item, "kind", None)
    if name == "Boilerplate" and kind:
        label += f"[{kind}]"
    platform = getattr(item, "platform", None)
    if name == "Embed" and platform:
        label += f"[{platform}]"
    return label


def _one_line(text: str, width: int = 100) -> str:
    flat = " ".join(text.split())
    return flat if len(flat) <= width else flat[: width - 1] + "…"


def outline(article: Article) -> str:
    """Return a readable outline: each block of the text labelled, quotes listed under it."""
    from newsparse._document import split_lines

    structural = sorted(
        (i for i in article.items if is_structural(i)), key=lambda i: (i.span.start, i.span.end)
    )
    quotes = list(article.quotes)
    rows: list[str] = []
    si = 0
    pos = 0

    def emit_text(start: int, end: int) -> None:
        for line in split_lines(article.text[start:end]):
            if line.text.strip():
                rows.append(f"PARAGRAPH    {_one_line(line.text)}")
                span = Span.of(article.text, start + line.start, start + line.end)
                for q in quotes:
                    if span.start <= q.content.start < span.end:  # listed where its words start
                        who = q.speaker or "?"
                        rows.append(f"  QUOTE[{q.kind}] {who}: {_one_line(q.content.text, 80)}")

    while si < len(structural):
        item = structural[si]
        emit_text(pos, item.span.start)
        rows.append(f"{_label(item):<12} {_one_line(item.span.text)}")
        pos = max(pos, item.span.end)
        si += 1
    emit_text(pos, len(article.text))
    return "\n".join(rows)


# ---------------------------------------------------------------------------
# Exit codes (documented in docs/cli.md)
# ---------------------------------------------------------------------------

EXIT_OK = 0
"""Every input was read and parsed."""
EXIT_INPUT_ERROR = 1
"""At least one input could not be read or parsed (each is reported; the others were parsed)."""
EXIT_USAGE = 2
"""The command line itself is wrong (argparse's code)."""
EXIT_STDIN_CLOSED = 3
"""``-`` was given but standard input is closed or unreadable."""
EXIT_OUTPUT_CLOSED = 4
"""Standard output is closed, or its reader went away (a broken pipe, e.g. ``| head -c1``)."""
EXIT_OUTPUT_FAILED = 5
"""Writing standard output failed otherwise (a full disk, ``> /dev/full``, an I/O error)."""
EXIT_WORKER_DIED = 6
"""A ``--jobs`` worker process was killed (out of memory, a signal); the run stopped."""
EXIT_INTERRUPTED = 130
"""Interrupted (Ctrl-C), as shells report for SIGINT."""

# Below this many inputs a run is short enough that a progress bar would only flicker.
_PROGRESS_MIN_INPUTS = 20


class _InputError(Exception):
    """One input that could not be read: reported with its path, and the run goes on."""


class _StdinClosed(_InputError):
    """``-`` was named but there is no standard input to read."""


class _OutputError(Exception):
    """Standard output cannot be written: the run stops with ``code``."""

    def __init__(self, message: str, code: int) -> None:
        super().__init__(message)
        self.code = code


# ---------------------------------------------------------------------------
# Inputs: paths to (path, text) or (path, error), lazily and in order
# ---------------------------------------------------------------------------


def _expand(paths: Sequence[str]) -> list[str]:
    """Each directory becomes the ``*.txt`` files under it (recursively, sorted); other paths stay."""
    out: list[str] = []
    for path in paths:
        if path != "-" and os.path.isdir(path):
            found = sorted(str(p) for p in Path(path).rglob("*.txt") if p.is_file())
            out.extend(found if found else [path])  # an empty directory is reported as an error
        else:
            out.append(path)
    return out


def _bom_encoding(data: bytes) -> str | None:
    for bom, name in _BOMS:
        if data.startswith(bom):
            return name
    return None


# UTF-32 first: its little-endian mark starts with UTF-16's.
_BOMS = (
    (b"\xff\xfe\x00\x00", "UTF-32"),
    (b"\x00\x00\xfe\xff", "UTF-32"),
    (b"\xff\xfe", "UTF-16"),
    (b"\xfe\xff", "UTF-16"),
)


def _decode(data: bytes) -> str:
    encoding = _bom_encoding(data)
    if encoding is not None:
        raise _InputError(
            f"is {encoding} text (it starts with a {encoding} byte-order mark), not UTF-8: "
            f"convert it first, e.g. iconv -f {encoding} -t UTF-8"
        )
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        raise _InputError(f"is not UTF-8 text ({exc.reason} at byte {exc.start})") from None


def _read_stdin(stdin: TextIO | None) -> bytes:
    if stdin is None:
        raise _StdinClosed("standard input is closed")
    try:
        buffer = getattr(stdin, "buffer", None)
        return buffer.read() if buffer is not None else stdin.read().encode("utf-8")
    except (OSError, ValueError) as exc:  # ValueError: reading a closed file object
        raise _StdinClosed(f"cannot read standard input ({_reason(exc)})") from None


def _reason(exc: BaseException) -> str:
    if isinstance(exc, OSError) and exc.strerror:
        return exc.strerror
    return str(exc) or type(exc).__name__


def _read(path: str, stdin: TextIO | None) -> str:
    if path == "-":
        return _decode(_read_stdin(stdin))
    try:
        with open(path, "rb") as fh:
            data = fh.read()
    except FileNotFoundError:
        raise _InputError("no such file") from None
    except IsADirectoryError:
        raise _InputError("is a directory with no .txt files") from None
    except PermissionError:
        raise _InputError("permission denied") from None
    except OSError as exc:
        raise _InputError(f"cannot be read ({_reason(exc)})") from None
    return _decode(data)


@attrs.frozen
class _Input:
    path: str
    text: str | None = None
    error: str | None = None
    stdin_closed: bool = False


def _inputs(paths: Sequence[str], stdin: TextIO | None) -> Iterator[_Input]:
    for path in paths:
        try:
            yield _Input(path, text=_read(path, stdin))
        except _StdinClosed as exc:
            yield _Input(path, error=str(exc), stdin_closed=True)
        except _InputError as exc:
            yield _Input(path, error=str(exc))


# ---------------------------------------------------------------------------
# Parsing: in this process, or in a pool (the texts in order, failures in place)
# ---------------------------------------------------------------------------


def _parse_here(texts: Iterable[str], language: str) -> Iterator[dict[str, Any] | ParseFailure]:
    for index, text in enumerate(texts):
        try:
            yield to_dict(default_parser.parse(text, language))
        except Exception as exc:  # a bug must cost one file, not the run
            yield ParseFailure.of(index, exc)


def _results(
    inputs: Iterable[_Input], jobs: int, language: str = AUTO
) -> Iterator[tuple[_Input, dict[str, Any] | None, str | None]]:
    """Yield (input, to_dict output or None, error or None) for every input, in order."""
    waiting: collections.deque[_Input] = collections.deque()

    def texts() -> Iterator[str]:
        for item in inputs:
            waiting.append(item)
            if item.text is not None:
                yield item.text

    parsed = _parse_here(texts(), language) if jobs == 1 else iter_dicts(texts(), jobs, None, 8, language)
    for result in parsed:
        while waiting[0].text is None:  # read errors met before this text, in input order
            failed = waiting.popleft()
            yield failed, None, failed.error
        item = waiting.popleft()
        if isinstance(result, ParseFailure):
            yield item, None, f"could not be parsed ({result.error})"
        else:
            yield item, result, None
    while waiting:  # read errors after the last text
        failed = waiting.popleft()
        yield failed, None, failed.error


# ---------------------------------------------------------------------------
# Output
# ---------------------------------------------------------------------------


class _Progress:
    """A one-line progress bar on stderr, redrawn at most ten times a second."""

    def __init__(self, total: int, stream: TextIO | None) -> None:
        self.total = total
        self.stream = stream
        self.done = 0
        self.started = time.monotonic()
        self.drawn = 0.0

    def step(self) -> None:
        self.done += 1
        now = time.monotonic()
        if self.stream is not None and (now - self.drawn >= 0.1 or self.done == self.total):
            self.drawn = now
            self._draw(now)

    def _draw(self, now: float) -> None:
        assert self.stream is not None
        width = 30
        filled = width * self.done // max(1, self.total)
        rate = self.done / max(1e-9, now - self.started)
        bar = "#" * filled + "-" * (width - filled)
        with contextlib.suppress(OSError, ValueError):  # a progress bar never fails a run
            self.stream.write(f"\r[{bar}] {self.done}/{self.total} files, {rate:.0f}/s")
            self.stream.flush()

    def clear(self) -> None:
        """Blank the bar's line, so that an error message printed next starts clean."""
        if self.stream is not None and self.drawn:
            with contextlib.suppress(OSError, ValueError):
                self.stream.write("\r\x1b[K")
            self.drawn = 0.0  # redraw on the next step

    def close(self) -> None:
        if self.stream is not None and self.drawn:
            with contextlib.suppress(OSError, ValueError):
                self.stream.write("\n")
                self.stream.flush()


_BROKEN_PIPE = "standard output was closed by its reader (broken pipe)"


def _write(out: TextIO, text: str | None = None) -> None:
    """Write ``text`` (or flush, when ``None``), turning each way of failing into an :class:`_OutputError`."""
    try:
        if text is None:
            out.flush()
        else:
            out.write(text)
    except BrokenPipeError:
        raise _OutputError(_BROKEN_PIPE, EXIT_OUTPUT_CLOSED) from None
    except ValueError:  # writing to a closed file object
        raise _OutputError("standard output is closed", EXIT_OUTPUT_CLOSED) from None
    except OSError as exc:
        if exc.errno == errno.EBADF:
            raise _OutputError("standard output is closed", EXIT_OUTPUT_CLOSED) from None
        raise _OutputError(f"cannot write standard output ({_reason(exc)})", EXIT_OUTPUT_FAILED) from None


def _render(
    args: argparse.Namespace, lines: bool, item: _Input, data: dict[str, Any] | None, error: str | None
) -> str:
    if error is not None:
        return json.dumps({"path": item.path, "error": error}, ensure_ascii=False) + "\n" if lines else ""
    assert data is not None
    if args.format == "outline":
        header = f"== {item.path} ==\n" if args.many else ""
        return header + outline(from_dict(data)) + "\n"
    if lines:
        return json.dumps({"path": item.path, **data}, ensure_ascii=False) + "\n"
    return json.dumps(data, ensure_ascii=False, indent=args.indent or None) + "\n"


def _argument_parser() -> argparse.ArgumentParser:
    from newsparse import __version__

    parser = argparse.ArgumentParser(
        prog="newsparse",
        description=(
            "Parse the plain text of news articles and print what they contain. "
            "Each PATH is a UTF-8 text file, a directory (its *.txt files, recursively, sorted) "
            "or - for standard input."
        ),
        epilog=(
            "exit codes: 0 ok; 1 some input could not be read or parsed (reported, the rest parsed); "
            "2 usage; 3 standard input closed; 4 standard output closed or broken pipe; "
            "5 standard output not writable (e.g. disk full); 6 a --jobs worker died; 130 interrupted"
        ),
    )
    parser.add_argument("paths", nargs="+", metavar="PATH", help="a file, a directory, or - for stdin")
    parser.add_argument(
        "--format",
        choices=("json", "outline"),
        default="json",
        help="json (the to_dict shape, default) or a readable outline",
    )
    parser.add_argument(
        "--jsonl",
        action="store_true",
        help="JSON Lines: one object per input, with its path (the default for several inputs)",
    )
    parser.add_argument("--indent", type=int, default=2, help="JSON indentation for one input (default 2)")
    parser.add_argument(
        "--jobs", "-j", type=_jobs, default=1, help="worker processes (default 1; -1 for one per CPU)"
    )
    codes = _language_codes()
    parser.add_argument(
        "--language",
        default=AUTO,
        metavar="CODE",
        help=(
            f"the articles' language, one of: {', '.join(codes)} (default auto: detect each text's; "
            "und: none, read with the English tables)"
        ),
    )
    parser.add_argument(
        "--progress",
        action=argparse.BooleanOptionalAction,
        default=None,
        help=f"a progress bar on stderr (default: on for {_PROGRESS_MIN_INPUTS}+ inputs on a terminal)",
    )
    parser.add_argument("--version", action="version", version=f"newsparse {__version__}")
    return parser


def _language_codes() -> tuple[str, ...]:
    """What ``--language`` accepts: ``auto``, ``und`` and every registered code."""
    return (AUTO, UNDETERMINED, *languages())


def _check_language(parser: argparse.ArgumentParser, code: str) -> None:
    """Stop on an unknown ``--language`` with one line (argparse's ``choices`` would print the usage too)."""
    codes = _language_codes()
    if code not in codes:
        parser.exit(
            EXIT_USAGE,
            f"newsparse: error: argument --language: unknown language {code!r} "
            f"(choose from {', '.join(codes)})\n",
        )


def _jobs(value: str) -> int:
    try:
        jobs = int(value)
    except ValueError:
        raise argparse.ArgumentTypeError(f"not a number: {value!r}") from None
    if jobs == -1:
        return os.cpu_count() or 1
    if jobs < 1:
        raise argparse.ArgumentTypeError("must be at least 1, or -1 for one per CPU")
    return jobs


def _progress_stream(args: argparse.Namespace, total: int) -> TextIO | None:
    err = sys.stderr
    if args.progress is False or err is None:
        return None
    if args.progress is None:
        try:
            tty = err.isatty()
        except (OSError, ValueError):
            tty = False
        if not tty or total < _PROGRESS_MIN_INPUTS:
            return None
    return err


def _complain(message: str) -> None:
    err = sys.stderr
    if err is not None:
        with contextlib.suppress(OSError, ValueError):
            err.write(f"newsparse: {message}\n")
            err.flush()


def _run(args: argparse.Namespace, out: TextIO, stdin: TextIO | None) -> int:
    paths = _expand(args.paths)
    args.many = len(paths) > 1
    lines = args.format == "json" and (args.jsonl or args.many)
    progress = _Progress(len(paths), _progress_stream(args, len(paths)))
    code = EXIT_OK
    try:
        for item, data, error in _results(_inputs(paths, stdin), args.jobs, args.language):
            if error is not None:
                progress.clear()
                _complain(f"{item.path}: {error}")
                code = max(code, EXIT_STDIN_CLOSED if item.stdin_closed else EXIT_INPUT_ERROR)
            _write(out, _render(args, lines, item, data, error))
            progress.step()
        _write(out)  # flush: a full disk shows here, not at exit
    finally:
        progress.close()
    return code


def _silence_stdout() -> None:
    """After a failed write, point fd 1 at /dev/null so Python's exit-time flush stays quiet."""
    with contextlib.suppress(OSError, ValueError, AttributeError):
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
        os.close(devnull)


def main(argv: Sequence[str] | None = None, stdin: TextIO | None = None, stdout: TextIO | None = None) -> int:
    """Run the command line; return the exit code (see :data:`EXIT_OK` and the codes after it).

    ``stdin`` and ``stdout`` default to the process's own (``sys.stdin``, ``sys.stdout``).
    """
    parser = _argument_parser()
    args = parser.parse_args(argv)
    _check_language(parser, args.language)
    out = stdout if stdout is not None else sys.stdout
    source = stdin if stdin is not None else sys.stdin
    if out is None:  # started with stdout closed (newsparse x.txt >&-)
        _complain("standard output is closed")
        return EXIT_OUTPUT_CLOSED
    try:
        return _run(args, out, source)
    except _OutputError as exc:
        _complain(str(exc))
        if stdout is None:
            _silence_stdout()
        return exc.code
    except BrokenProcessPool:
        _complain("a worker process died (out of memory or killed); rerun with --jobs 1 to see which file")
        return EXIT_WORKER_DIED
    except KeyboardInterrupt:
        _complain("interrupted")
        return EXIT_INTERRUPTED
