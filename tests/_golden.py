"""Article-level golden cases: loading them and comparing a parse with them, section by section.

A case is ``tests/cases/articles/NAME.json``; its text is ``NAME.txt`` beside it, or the file named by
its ``"source"`` key (a path from the repository root, used for the articles in ``examples/`` so that
they have one copy only). The JSON holds what a careful human reader annotates, in a subset of the
``newsparse.to_dict`` shape:

``headline``
    the title text (``null`` when the first line is not a headline), or ``{"title": ..., "dek": ...}``.
``tweets``
    ``[{"handle", "author", "body"}]``; compared by (handle, body), then the author of each match.
``embeds``
    ``[{"platform", "handle"}]``; compared as a multiset of (platform, handle).
``also_read``
    ``[{"label", "title"}]``; compared by title, then the label of each match.
``boilerplate``, ``bylines``, ``datelines``, ``timestamps``, ``captions``
    ``[{"text", ...}]``; compared by the non-space characters they cover (recall and precision must
    both reach :data:`CHAR_THRESHOLD`, so boundaries may differ a little). ``"at": n`` picks the
    n-th occurrence of a text that occurs more than once.
``quotes``
    ``[{"kind", "content", "speaker"}]``; compared as (kind, content, speaker) with the content
    normalised (quote marks, outer punctuation and runs of spaces dropped). Predicted quotes of any
    other kind (``"scare"``) are ignored.
``body_includes`` / ``body_excludes``
    strings that must / must not appear in ``Article.body``.

Any expected item may carry ``"optional": true``: the reader accepts it either way (a credit line is
a byline to one house style and boilerplate to another; an unnamed source may or may not be a quote).
An optional item is neither required nor counted as a false positive when found; what must happen to
its text regardless is stated with ``body_excludes``.
"""

from __future__ import annotations

import json
import unicodedata
from collections import Counter
from collections.abc import Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from newsparse import BOILERPLATE_KINDS

REPO = Path(__file__).resolve().parents[1]
"""The repository root."""
CASES_DIR = REPO / "tests" / "cases" / "articles"
"""Where the golden case files live."""
EXAMPLES_DIR = REPO / "examples"
"""The example articles (each one is also a golden case)."""

CHAR_THRESHOLD = 0.9
"""Character-level recall and precision a char-compared section must reach."""

SECTIONS = (
    "headline",
    "tweets",
    "embeds",
    "also_read",
    "boilerplate",
    "bylines",
    "datelines",
    "timestamps",
    "captions",
    "quotes",
    "body",
)
"""Every section a case may annotate, in report order."""

CHAR_SECTIONS = ("boilerplate", "bylines", "datelines", "timestamps", "captions")
"""Sections compared by the characters they cover."""

TOP_KEYS = frozenset({"source", "comment", "body_includes", "body_excludes", *SECTIONS}) - {"body"}
"""Keys a case file may have."""

ITEM_KEYS: dict[str, frozenset[str]] = {
    "tweets": frozenset({"handle", "author", "body", "optional"}),
    "embeds": frozenset({"platform", "handle", "optional"}),
    "also_read": frozenset({"label", "title", "optional"}),
    "boilerplate": frozenset({"text", "kind", "at", "optional"}),
    "bylines": frozenset({"text", "at", "optional"}),
    "datelines": frozenset({"text", "at", "optional"}),
    "timestamps": frozenset({"text", "at", "optional"}),
    "captions": frozenset({"text", "at", "optional"}),
    "quotes": frozenset({"kind", "content", "speaker", "optional"}),
}
"""Keys an expected item of each list section may have."""

REQUIRED_ITEM_KEYS: dict[str, frozenset[str]] = {
    "tweets": frozenset({"handle", "body"}),
    "embeds": frozenset({"platform", "handle"}),
    "also_read": frozenset({"title"}),
    "boilerplate": frozenset({"text", "kind"}),
    "bylines": frozenset({"text"}),
    "datelines": frozenset({"text"}),
    "timestamps": frozenset({"text"}),
    "captions": frozenset({"text"}),
    "quotes": frozenset({"kind", "content", "speaker"}),
}
"""Keys an expected item of each list section must have."""

BOILERPLATE_KINDS = BOILERPLATE_KINDS
"""The boilerplate kinds the data model documents."""

QUOTE_KINDS = frozenset({"direct", "indirect"})
"""Quote kinds a case may expect."""

QUOTE_MARKS = "\"'“”‘’«»‹›„‚「」『』"
"""Characters dropped when comparing quote contents."""
_EDGE_PUNCT = " \t\r\n.,;:!?…—–-" + QUOTE_MARKS


# ---------------------------------------------------------------------------
# Loading
# ---------------------------------------------------------------------------


@dataclass(frozen=True)
class Case:
    """One golden case: its name, its text and what a reader expects."""

    name: str
    text: str = field(repr=False)
    expected: Mapping[str, Any] = field(repr=False)
    json_path: Path
    text_path: Path

    def sections(self) -> tuple[str, ...]:
        """The sections this case annotates (``body`` when it has body checks)."""
        found = [s for s in SECTIONS if s != "body" and s in self.expected]
        if "body_includes" in self.expected or "body_excludes" in self.expected:
            found.append("body")
        return tuple(found)


def read_text(path: Path) -> str:
    """Return a file's text exactly (no newline translation: ``\\r\\n`` cases stay ``\\r\\n``)."""
    return path.read_bytes().decode("utf-8")


def text_path_for(json_path: Path, data: Mapping[str, Any]) -> Path:
    """Return the text file of a case: ``NAME.txt`` beside it, or its ``source``."""
    source = data.get("source")
    if isinstance(source, str):
        return REPO / source
    return json_path.with_suffix(".txt")


def load_case(json_path: Path) -> Case:
    """Load one case."""
    data = json.loads(read_text(json_path))
    text_path = text_path_for(json_path, data)
    return Case(json_path.stem, read_text(text_path), data, json_path, text_path)


def load_cases(directory: Path = CASES_DIR) -> list[Case]:
    """Load every case in ``directory``, sorted by name."""
    return [load_case(p) for p in sorted(directory.glob("*.json"))]


# ---------------------------------------------------------------------------
# Helpers
# ---------------------------------------------------------------------------


def occurrences(text: str, needle: str) -> list[int]:
    """Return the start of every (possibly overlapping) occurrence of ``needle`` in ``text``."""
    found: list[int] = []
    start = text.find(needle)
    while needle and start != -1:
        found.append(start)
        start = text.find(needle, start + 1)
    return found


def locate(text: str, item: Mapping[str, Any]) -> tuple[int, int]:
    """Return where an expected ``{"text": ..., "at": n}`` item is; raise ``ValueError`` if unclear."""
    needle = item["text"]
    starts = occurrences(text, needle)
    at = item.get("at")
    if at is None:
        if len(starts) != 1:
            raise ValueError(f"{needle!r} occurs {len(starts)} times; give 'at'")
        return starts[0], starts[0] + len(needle)
    if not 0 <= at < len(starts):
        raise ValueError(f"{needle!r} has no occurrence {at} (it occurs {len(starts)} times)")
    return starts[at], starts[at] + len(needle)


def squash(value: str) -> str:
    """Collapse runs of whitespace to one space and strip."""
    return " ".join(value.split())


def norm_body(value: str) -> str:
    """Normalise a tweet body: markdown ``>`` prefixes dropped, whitespace collapsed, NFC."""
    lines = (line.strip().lstrip(">").strip() for line in value.splitlines())
    return unicodedata.normalize("NFC", " ".join(x for x in lines if x))


def norm_content(value: str) -> str:
    """Normalise a quote content for comparison (marks, outer punctuation, spacing, case)."""
    dropped = "".join(" " if c in QUOTE_MARKS else c for c in value)
    return squash(dropped).strip(_EDGE_PUNCT).casefold()


def norm_label(value: str | None) -> str | None:
    """Normalise an also-read label (case, trailing separators, brackets)."""
    if value is None:
        return None
    return squash(value).strip("[]():|-–—•* ").casefold()


def norm_speaker(value: str | None) -> str | None:
    """Normalise a speaker name (spacing only)."""
    return None if value is None else squash(value) or None


def _span_text(value: Any) -> str | None:
    if value is None:
        return None
    text = getattr(value, "text", value)  # a Span or already a str
    return text if isinstance(text, str) else str(text)


def _nonspace(text: str, start: int, end: int) -> Iterator[int]:
    return (i for i in range(max(start, 0), min(end, len(text))) if not text[i].isspace())


def _required(items: Iterable[Mapping[str, Any]]) -> list[Mapping[str, Any]]:
    return [i for i in items if not i.get("optional")]


def _optional(items: Iterable[Mapping[str, Any]]) -> list[Mapping[str, Any]]:
    return [i for i in items if i.get("optional")]


# ---------------------------------------------------------------------------
# Comparison
# ---------------------------------------------------------------------------


@dataclass
class Result:
    """How one section of one case compares: counts, pass/fail and a readable explanation."""

    case: str
    section: str
    tp: int = 0
    fp: int = 0
    fn: int = 0
    passed: bool = True
    problems: list[str] = field(default_factory=list)
    matched: int = 0
    """Matched items whose secondary field was checked (author, label, speaker, kind)."""
    matched_ok: int = 0
    """How many of those had the secondary field right."""
    breakdown: dict[str, list[int]] = field(default_factory=dict)
    """Sub-counts ``name -> [tp, fp, fn]`` for the report (quotes by kind, with and without speaker)."""

    @property
    def precision(self) -> float:
        """tp / (tp + fp); 1.0 when nothing was predicted."""
        return self.tp / (self.tp + self.fp) if self.tp + self.fp else 1.0

    @property
    def recall(self) -> float:
        """tp / (tp + fn); 1.0 when nothing was expected."""
        return self.tp / (self.tp + self.fn) if self.tp + self.fn else 1.0

    def fail(self, message: str) -> None:
        """Record a problem and mark the section failed."""
        self.passed = False
        self.problems.append(message)

    def explain(self) -> str:
        """A multi-line explanation for an assertion message."""
        head = f"{self.case}-{self.section}: tp={self.tp} fp={self.fp} fn={self.fn}"
        return "\n".join([head, *("  " + p for p in self.problems)])


def _compare_sets(result: Result, expected: Counter[Any], predicted: Counter[Any], what: str) -> None:
    missing = expected - predicted
    extra = predicted - expected
    result.tp += sum((expected & predicted).values())
    result.fn += sum(missing.values())
    result.fp += sum(extra.values())
    for key in sorted(missing, key=repr):
        result.fail(f"missing {what}: {key!r}")
    for key in sorted(extra, key=repr):
        result.fail(f"unexpected {what}: {key!r}")


def _counts(expected: Counter[Any], predicted: Counter[Any]) -> list[int]:
    tp = sum((expected & predicted).values())
    return [tp, sum(predicted.values()) - tp, sum(expected.values()) - tp]


def compare_headline(case: Case, article: Any, result: Result) -> None:
    """Headline: present or absent as expected, title (and dek when given) equal after spacing."""
    exp = case.expected["headline"]
    if isinstance(exp, Mapping):
        title, dek = exp["title"], exp.get("dek")
    else:
        title, dek = exp, None
    got = article.headline
    got_title = None if got is None else squash(_span_text(got.title) or "")
    if title is None:
        if got is not None:
            result.fp += 1
            result.fail(f"expected no headline, got {got_title!r}")
        return
    if got is None:
        result.fn += 1
        result.fail(f"missing headline {title!r}")
        return
    if got_title != squash(title):
        result.fn += 1
        result.fp += 1
        result.fail(f"headline {got_title!r} != {squash(title)!r}")
    else:
        result.tp += 1
    if dek is not None:
        got_dek = _span_text(got.dek)
        result.matched += 1
        if got_dek is None or squash(got_dek) != squash(dek):
            result.fail(f"dek {got_dek!r} != {squash(dek)!r}")
        else:
            result.matched_ok += 1


def compare_tweets(case: Case, article: Any, result: Result) -> None:
    """Tweets by (handle, body); the author of each matched tweet must be right too."""
    items = case.expected["tweets"]
    optional = {(i["handle"], norm_body(i["body"])) for i in _optional(items)}
    expected = Counter((i["handle"], norm_body(i["body"])) for i in _required(items))
    authors = {(i["handle"], norm_body(i["body"])): i.get("author") for i in _required(items)}
    predicted: Counter[tuple[str, str]] = Counter()
    got_authors: dict[tuple[str, str], str | None] = {}
    for t in article.tweets:
        key = (t.handle, norm_body(_span_text(t.body) or ""))
        if key in optional:
            continue
        predicted[key] += 1
        got_authors[key] = t.author
    _compare_sets(result, expected, predicted, "tweet")
    for key in expected & predicted:
        if authors.get(key) is None:
            continue
        result.matched += 1
        if squash(got_authors.get(key) or "") == squash(authors[key] or ""):
            result.matched_ok += 1
        else:
            result.fail(f"tweet @{key[0]}: author {got_authors.get(key)!r} != {authors[key]!r}")


def compare_embeds(case: Case, article: Any, result: Result) -> None:
    """Embeds as a multiset of (platform, handle)."""

    def key(platform: str, handle: str | None) -> tuple[str, str | None]:
        return (platform.casefold(), None if handle is None else handle.lstrip("@"))

    items = case.expected["embeds"]
    optional = {key(i["platform"], i["handle"]) for i in _optional(items)}
    expected = Counter(key(i["platform"], i["handle"]) for i in _required(items))
    predicted = Counter(k for k in (key(e.platform, e.handle) for e in article.embeds) if k not in optional)
    _compare_sets(result, expected, predicted, "embed")


def _loose_equal(a: str, b: str) -> bool:
    return bool(a) and bool(b) and (a in b or b in a)


def compare_also_read(case: Case, article: Any, result: Result) -> None:
    """Also-read links by title; the label of each matched link must be right too."""
    items = case.expected["also_read"]
    optional = [squash(i["title"]) for i in _optional(items)]
    expected = Counter(squash(i["title"]) for i in _required(items))
    labels = {squash(i["title"]): norm_label(i.get("label")) for i in _required(items)}
    predicted: Counter[str] = Counter()
    got_labels: dict[str, str | None] = {}
    for a in article.also_read:
        title = squash(_span_text(a.title) or "")
        if title not in expected and any(_loose_equal(title, o) for o in optional):
            continue
        predicted[title] += 1
        got_labels[title] = norm_label(_span_text(a.label))
    _compare_sets(result, expected, predicted, "also-read title")
    for title in expected & predicted:
        result.matched += 1
        if got_labels.get(title) == labels[title]:
            result.matched_ok += 1
        else:
            result.fail(f"also-read {title!r}: label {got_labels.get(title)!r} != {labels[title]!r}")


def compare_chars(case: Case, article: Any, result: Result) -> None:
    """A furniture section by the non-space characters covered (see :data:`CHAR_THRESHOLD`)."""
    section = result.section
    text = case.text
    items = case.expected[section]
    expected: set[int] = set()
    dont_care: set[int] = set()
    for item in items:
        start, end = locate(text, item)
        (dont_care if item.get("optional") else expected).update(_nonspace(text, start, end))
    dont_care -= expected
    predicted: set[int] = set()
    for got in getattr(article, section):
        predicted.update(_nonspace(text, got.span.start, got.span.end))
    predicted -= dont_care
    result.tp = len(predicted & expected)
    result.fp = len(predicted - expected)
    result.fn = len(expected - predicted)
    if result.recall < CHAR_THRESHOLD or result.precision < CHAR_THRESHOLD:
        result.fail(f"char recall {result.recall:.2f}, precision {result.precision:.2f}")
        for item in _required(items):
            start, end = locate(text, item)
            span = set(_nonspace(text, start, end))
            covered = len(span & predicted) / max(len(span), 1)
            if covered < CHAR_THRESHOLD:
                result.problems.append(f"missed ({covered:.0%} covered): {item['text']!r}")
        for got in getattr(article, section):
            span = set(_nonspace(text, got.span.start, got.span.end)) - dont_care
            if span and len(span - expected) / len(span) > 1 - CHAR_THRESHOLD:
                result.problems.append(f"unexpected: {got.span.text!r}")
    if section == "boilerplate":
        for item in _required(items):
            start, end = locate(text, item)
            kinds = {b.kind for b in article.boilerplate if b.span.start < end and start < b.span.end}
            if kinds:
                result.matched += 1
                result.matched_ok += item["kind"] in kinds


def quote_key(kind: str, content: str, speaker: str | None) -> tuple[str, str, str | None]:
    """The identity of a quote for comparison."""
    return (kind, norm_content(content), norm_speaker(speaker))


def compare_quotes(case: Case, article: Any, result: Result) -> None:
    """Quotes as a multiset of (kind, normalised content, speaker); other kinds are ignored."""
    items = case.expected["quotes"]
    optional = {norm_content(i["content"]) for i in _optional(items)}
    expected = Counter(quote_key(i["kind"], i["content"], i["speaker"]) for i in _required(items))
    predicted: Counter[tuple[str, str, str | None]] = Counter()
    for q in article.quotes:
        if q.kind not in QUOTE_KINDS:
            continue
        key = quote_key(q.kind, _span_text(q.content) or "", q.speaker)
        if key[1] in optional:
            continue
        predicted[key] += 1
    _compare_sets(result, expected, predicted, "quote")
    for kind in sorted(QUOTE_KINDS):
        exp_k = Counter({k: n for k, n in expected.items() if k[0] == kind})
        got_k = Counter({k: n for k, n in predicted.items() if k[0] == kind})
        result.breakdown[kind] = _counts(exp_k, got_k)
        exp_c = Counter(k[:2] for k in exp_k.elements())
        got_c = Counter(k[:2] for k in got_k.elements())
        result.breakdown[f"{kind}, any speaker"] = _counts(exp_c, got_c)
    # Speaker accuracy among quotes whose (kind, content) matched, for the report.
    by_content = Counter((k, c) for k, c, _ in expected)
    got_by_content: dict[tuple[str, str], list[str | None]] = {}
    for k, c, s in predicted.elements():
        got_by_content.setdefault((k, c), []).append(s)
    for k, c, s in expected.elements():
        if (k, c) in got_by_content and by_content[(k, c)]:
            result.matched += 1
            result.matched_ok += s in got_by_content[(k, c)]


def compare_body(case: Case, article: Any, result: Result) -> None:
    """Strings that must / must not be in the clean body."""
    body = article.body
    for s in case.expected.get("body_includes", ()):
        if s in body:
            result.tp += 1
        else:
            result.fn += 1
            result.fail(f"body lost {s!r}")
    for s in case.expected.get("body_excludes", ()):
        if s in body:
            result.fp += 1
            result.fail(f"body still has {s!r}")
        else:
            result.tp += 1


_COMPARERS = {
    "headline": compare_headline,
    "tweets": compare_tweets,
    "embeds": compare_embeds,
    "also_read": compare_also_read,
    "quotes": compare_quotes,
    "body": compare_body,
    **dict.fromkeys(CHAR_SECTIONS, compare_chars),
}


def compare(case: Case, article: Any, section: str) -> Result:
    """Compare one section of a parsed article with the case's expectations."""
    result = Result(case.name, section)
    _COMPARERS[section](case, article, result)
    return result


def all_results(cases: Sequence[Case], parse: Any) -> list[Result]:
    """Parse every case once and compare every section it annotates."""
    results: list[Result] = []
    for case in cases:
        article = parse(case.text)
        results.extend(compare(case, article, s) for s in case.sections())
    return results


def validate_case(path: Path) -> None:
    """Raise ``AssertionError`` unless the case file at ``path`` is well formed.

    Known keys only; every annotated string is a substring of the article (so an expectation
    cannot drift away from its text); char-compared items are locatable; kinds are known.
    """
    data = json.loads(read_text(path))
    text = read_text(text_path_for(path, data))
    assert isinstance(data, dict)
    unknown = set(data) - TOP_KEYS
    assert not unknown, f"unknown keys {sorted(unknown)}"
    has_txt = path.with_suffix(".txt").exists()
    assert has_txt != ("source" in data), "a case has either NAME.txt or a 'source', not both"
    assert text.strip(), "the article is empty"

    def check_in_text(value: Any, what: str) -> None:
        assert isinstance(value, str) and value, f"{what} must be a non-empty string"
        assert value in text, f"{what} {value!r} is not in the text"

    if "headline" in data:
        head = data["headline"]
        if isinstance(head, dict):
            assert set(head) <= {"title", "dek"} and "title" in head
            check_in_text(head["title"], "headline title")
            if "dek" in head:
                check_in_text(head["dek"], "headline dek")
        elif head is not None:
            check_in_text(head, "headline")

    for section, allowed in ITEM_KEYS.items():
        if section not in data:
            continue
        items = data[section]
        assert isinstance(items, list), f"{section} must be a list"
        for item in items:
            assert isinstance(item, dict), f"{section} items are objects"
            assert set(item) <= allowed, f"{section}: unknown keys {sorted(set(item) - allowed)}"
            missing = REQUIRED_ITEM_KEYS[section] - set(item)
            assert not missing, f"{section}: missing keys {sorted(missing)} in {item}"
            assert isinstance(item.get("optional", False), bool)
            if section in CHAR_SECTIONS:
                check_in_text(item["text"], f"{section} text")
                locate(text, item)  # unique, or 'at' names an occurrence
            if section == "boilerplate":
                assert item["kind"] in BOILERPLATE_KINDS, f"unknown boilerplate kind {item['kind']!r}"
            if section == "tweets":
                check_in_text(item["body"], "tweet body")
                check_in_text("@" + item["handle"], "tweet handle")
                if item.get("author") is not None:
                    check_in_text(item["author"], "tweet author")
            if section == "embeds":
                assert isinstance(item["platform"], str) and item["platform"].islower()
                if item["handle"] is not None:
                    check_in_text(item["handle"], "embed handle")
            if section == "also_read":
                check_in_text(item["title"], "also-read title")
                if item.get("label") is not None:
                    check_in_text(item["label"], "also-read label")
            if section == "quotes":
                assert item["kind"] in QUOTE_KINDS, f"unknown quote kind {item['kind']!r}"
                check_in_text(item["content"], "quote content")
                if item["speaker"] is not None:
                    check_in_text(item["speaker"], "quote speaker")
                else:
                    assert item.get("optional"), "an unattributed quote must be optional"

    for key in ("body_includes", "body_excludes"):
        for s in data.get(key, ()):
            check_in_text(s, key)  # else an exclusion would pass vacuously
