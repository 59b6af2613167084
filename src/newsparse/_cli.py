"""The command line: ``python -m newsparse FILE`` prints the article as JSON or an outline.

This is the only module in newsparse that does I/O.
"""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Sequence
from typing import TextIO

from newsparse._defaults import default_parser
from newsparse._model import Article, Item, Span, is_structural
from newsparse._serialize import to_dict

__all__ = ["main", "outline"]

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


def _read(path: str, stdin: TextIO) -> str:
    if path == "-":
        data = stdin.buffer.read() if hasattr(stdin, "buffer") else stdin.read().encode()
    else:
        with open(path, "rb") as fh:
            data = fh.read()
    return data.decode("utf-8-sig")


def main(argv: Sequence[str] | None = None, stdin: TextIO | None = None, stdout: TextIO | None = None) -> int:
    """Run the command line; return the exit code (0 ok, 2 for a file or decoding error)."""
    out = stdout if stdout is not None else sys.stdout
    parser = argparse.ArgumentParser(
        prog="python -m newsparse",
        description="Parse the plain text of a news article and print what it contains.",
    )
    parser.add_argument("file", help="a UTF-8 text file, or - for standard input")
    parser.add_argument(
        "--format",
        choices=("json", "outline"),
        default="json",
        help="json (the to_dict shape, default) or a readable outline",
    )
    parser.add_argument("--indent", type=int, default=2, help="JSON indentation (default 2)")
    args = parser.parse_args(argv)
    try:
        text = _read(args.file, stdin if stdin is not None else sys.stdin)
    except FileNotFoundError:
        print(f"newsparse: no such file: {args.file}", file=sys.stderr)
        return 2
    except IsADirectoryError:
        print(f"newsparse: is a directory, not a file: {args.file}", file=sys.stderr)
        return 2
    except PermissionError:
        print(f"newsparse: permission denied: {args.file}", file=sys.stderr)
        return 2
    except UnicodeDecodeError as exc:
        print(f"newsparse: {args.file} is not UTF-8 text ({exc.reason} at byte {exc.start})", file=sys.stderr)
        return 2
    article = default_parser.parse(text)
    if args.format == "outline":
        out.write(outline(article) + "\n")
    else:
        out.write(json.dumps(to_dict(article), ensure_ascii=False, indent=args.indent or None) + "\n")
    return 0
