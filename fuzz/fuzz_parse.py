"""Coverage-guided fuzz target for the whole parser (atheris / libFuzzer).

Each input is bytes turned into a ``str`` by :func:`to_text` (its first byte picks UTF-8,
UTF-16 with lone surrogates, or Latin-1, so every code point and line ending is reachable),
then parsed with the default parser. :func:`check` asserts the promises newsparse makes for
any ``str``: no exception, every span in bounds and equal to its slice of the input, items
in text order, structural items never overlapping, a deterministic result, an exact JSON
round trip, and no date moved to a day its text does not name. A violation raises, which
libFuzzer reports as a crash and saves as ``crash-<sha1>``.

Short run (what CI does)::

    python fuzz/fuzz_parse.py -max_total_time=60

Long local run: see fuzz/README.md. With no corpus directory given, a temporary one is
seeded from the example articles and the case files, so libFuzzer never writes into the repo.
"""

from __future__ import annotations

import json
import shutil
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


def to_text(data: bytes) -> str:
    """Bytes to a str, the first byte choosing how (so one input file always means one text)."""
    if not data:
        return ""
    mode, body = data[0] % 3, data[1:]
    if mode == 0:
        return body.decode("utf-8", "replace")
    if mode == 1:
        # UTF-16 code units as they come, lone surrogates kept: str can hold them and so can scrapes.
        return body[: len(body) // 2 * 2].decode("utf-16-le", "surrogatepass")
    return body.decode("latin-1")  # every byte a code point: C0/C1 controls, \x85, \x0c ...


def check(data: bytes) -> None:
    """Parse the text ``data`` stands for and assert every invariant (raises on a violation)."""
    import newsparse
    from newsparse._model import is_structural

    text = to_text(data)
    article = newsparse.parse(text)
    assert article.text == text
    previous = (0, 0)
    claimed_end = 0
    for item in article.items:
        key = (item.span.start, item.span.end)
        assert key >= previous, "items out of text order"
        previous = key
        for span in _spans(item):
            assert 0 <= span.start <= span.end <= len(text), span
            assert text[span.start : span.end] == span.text, span
        if is_structural(item):
            assert item.span.start >= claimed_end, "structural items overlap"
            claimed_end = item.span.end
        date, date_text = getattr(item, "date", None), getattr(item, "date_text", None)
        if date is not None and date_text and any(c.isdigit() for c in date_text) and len(date_text) < 13:
            assert str(date.day) in date_text or f"{date.day:02d}" in date_text, (date, date_text)
    assert newsparse.parse(text) == article, "not deterministic"
    data_out = json.loads(json.dumps(newsparse.to_dict(article), ensure_ascii=False))
    assert newsparse.from_dict(data_out) == article, "JSON round trip differs"
    newsparse.parse_date(text[:400])


def _spans(value: object) -> list[object]:
    import attrs

    from newsparse import Span

    if isinstance(value, Span):
        return [value]
    if isinstance(value, tuple):
        return [s for v in value for s in _spans(v)]
    if attrs.has(type(value)):
        return [s for f in attrs.fields(type(value)) for s in _spans(getattr(value, f.name))]
    return []


def _seed_corpus() -> str:
    seeds = tempfile.mkdtemp(prefix="newsparse-fuzz-")
    sources = [*sorted((ROOT / "examples").glob("*.txt")), *sorted((ROOT / "tests" / "cases").rglob("*.txt"))]
    for i, path in enumerate(sources):
        raw = path.read_bytes()[:8192]
        (Path(seeds) / f"seed-{i}").write_bytes(b"\x00" + raw)  # mode 0: UTF-8
    for path in sorted((ROOT / "fuzz" / "regressions").glob("*")):
        shutil.copy(path, seeds)
    return seeds


def main() -> None:
    import atheris

    with atheris.instrument_imports():
        import newsparse  # noqa: F401  (instrumented for coverage feedback)

    args = list(sys.argv)
    if not any(not a.startswith("-") for a in args[1:]):
        args.append(_seed_corpus())
    if not any(a.startswith("-max_len=") for a in args):
        args.append("-max_len=16384")  # long enough for a whole article, short enough to be fast
    if not any(a.startswith("-dict=") for a in args):
        # the words the rules read, so mutations reach the label, byline, cue and widget paths
        args.append(f"-dict={ROOT / 'fuzz' / 'newsparse.dict'}")
    if not any(a.startswith("-timeout=") for a in args):
        args.append("-timeout=20")  # an input that takes this long breaks the linear-time promise
    atheris.Setup(args, check)
    atheris.Fuzz()


if __name__ == "__main__":
    main()
