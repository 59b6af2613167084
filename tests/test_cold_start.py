"""Cold start: what a fresh interpreter pays for ``import newsparse`` and its first parse.

Time is too noisy to test on a shared machine, so these tests hold the causes instead: the
number of patterns compiled (each costs 0.1–10 ms, and they crept up to ~230 before) and the
heavy modules a plain ``parse`` must not import. ``benchmarks/cold_start.py`` shows the times
and which module asks for which compilation.
"""

from __future__ import annotations

import json
import subprocess
import sys

import pytest

# Compilations by the import and by import + first parse of the seed-like example, ``regex``
# and ``re`` together. Set a little above what the code reached (import 65-69, total 156-159
# once the furniture, embeds and headline rules compiled only what a line needs, #8, while
# the quote rule's language work added a few); lower them when you cut more, never raise
# them without saying why.
IMPORT_BUDGET = 75
TOTAL_BUDGET = 170

# Counted in a fresh interpreter: a compilation is a miss of the engine's own compile cache,
# so a pattern string passed to ``regex.match`` on every call counts once, as it costs once.
# The dependencies are imported first: only newsparse's own compilations count.
_CHILD = r"""
import json, re, sys
import attrs, regex, dateutil.parser, dateutil.tz
import regex._main as regex_main

counts = {"regex": 0, "re": 0}

def counting(module, cache, engine):
    original = module._compile
    def _compile(*args, **kwargs):
        before = len(cache)
        result = original(*args, **kwargs)
        counts[engine] += len(cache) != before
        return result
    module._compile = _compile

counting(regex_main, regex_main._cache, "regex")
counting(re, re._cache, "re")
before = set(sys.modules)
import newsparse
imported = sorted(set(sys.modules) - before)
at_import = dict(counts)
items = len(newsparse.parse(newsparse.examples.read("seed_like")).items) if sys.argv[1] == "parse" else 0
print(json.dumps({
    "import": at_import, "total": counts, "modules": imported, "items": items,
    "cache_sizes": [len(regex_main._cache), regex_main._MAXCACHE, len(re._cache), re._MAXCACHE],
}))
"""


def _cold_run(step: str) -> dict[str, object]:
    """Import newsparse in a fresh interpreter, then (``step="parse"``) parse one example."""
    done = subprocess.run([sys.executable, "-c", _CHILD, step], capture_output=True, text=True, check=False)
    assert done.returncode == 0, done.stderr[-3000:]
    result: dict[str, object] = json.loads(done.stdout)
    return result


def test_first_parse_compiles_few_patterns() -> None:
    run = _cold_run("parse")
    sizes: list[int] = run["cache_sizes"]  # type: ignore[assignment]
    regex_size, regex_max, re_size, re_max = sizes
    # A full cache evicts as it adds, which would hide compilations from the count.
    assert regex_size < regex_max and re_size < re_max
    assert run["items"], "the example parsed to nothing: the count would mean nothing"
    at_import: dict[str, int] = run["import"]  # type: ignore[assignment]
    total: dict[str, int] = run["total"]  # type: ignore[assignment]
    assert sum(at_import.values()) <= IMPORT_BUDGET, f"compiled at import: {at_import}"
    assert sum(total.values()) <= TOTAL_BUDGET, f"compiled by import + first parse: {total}"


def test_import_leaves_the_edge_unloaded() -> None:
    # Batch parsing, serialisation, records, the view and the installed-version lookup pull in
    # concurrent.futures, importlib.metadata/resources and json: imported on first use only.
    modules: list[str] = _cold_run("import")["modules"]  # type: ignore[assignment]
    edge = {
        "newsparse._batch",
        "newsparse._records",
        "newsparse._serialize",
        "newsparse._view",
        "newsparse.examples",
        "concurrent.futures",
        "importlib.metadata",
    }
    assert edge.isdisjoint(modules), sorted(edge.intersection(modules))


def test_lazy_names_resolve_and_are_listed() -> None:
    import newsparse

    for name in ("parse_many", "ParseFailure", "to_dict", "from_dict", "json_schema", "SCHEMA_VERSION"):
        assert name in dir(newsparse)
        assert getattr(newsparse, name) is getattr(newsparse, name)
    assert newsparse.to_records.__module__ == "newsparse._records"
    assert isinstance(newsparse.__version__, str) and newsparse.__version__
    with pytest.raises(AttributeError, match="no_such_name"):
        newsparse.no_such_name


def _phrase_variants(phrase: str) -> set[str]:
    spaced = {phrase.replace(" ", "\t"), phrase.replace(" ", "\u00a0  ")}
    mangled = {phrase.replace("’", "â€™").replace("'", "Â€™"), phrase.replace("'", "`")}
    return {phrase, phrase.upper(), phrase.lower(), phrase.title(), *spaced, *mangled}


def test_also_read_precheck_never_hides_a_match() -> None:
    # The check that spares the label/header compile must be a necessary condition: wherever
    # the big pattern matches a line, the check lets it through.
    from newsparse.lang import languages, tables_for
    from newsparse.rules.also_read import rule as ar

    matched = 0
    for code in (None, *languages()):
        tables = tables_for(code) if code else None
        rule = ar.AlsoReadRule()
        c = rule._compiled(tables)
        phrases = [*rule.labels, *rule.weak_labels, *rule.section_headers]
        if tables is not None:
            phrases += [*tables.also_read_labels, *tables.weak_also_read_labels, *tables.section_headers]
        for phrase in phrases:
            for variant in _phrase_variants(phrase):
                for line in (variant, variant + ":", variant + " : Rail fares rise", variant + " Politics"):
                    if c.label_gate.may_start(line[:2]) and c.labels.match(line):
                        matched += 1
                        assert c.label_gate.may_match_at_start(line), (code, line)
                    if c.header_gate.may_start(line[:2]) and c.header.fullmatch(line):
                        matched += 1
                        assert c.header_gate.may_match_at_start(line), (code, line)
    assert matched > 1000
    c = ar.AlsoReadRule()._compiled(tables_for("en"))
    assert not c.header_gate.may_match_at_start("What a day for the city")  # "What’s Trending"
    assert not c.label_gate.may_match_at_start("Reactions poured in")  # "Read", "Related"


def test_also_read_compiles_nothing_big_without_a_label_line() -> None:
    from newsparse import Document
    from newsparse.rules.also_read.rule import AlsoReadRule

    rule = AlsoReadRule(labels=("Lees ook",))  # a vocabulary of its own: a fresh compile cache
    text = "What a day for the city.\nOfficials met on Monday.\nReactions poured in.\n"
    assert list(rule(Document.from_text(text))) == []
    compiled = rule._compiled(None)
    assert compiled._labels is None and compiled._header is None
    assert [i.title.text for i in rule(Document.from_text(text + "Lees ook: Rail fares rise\n"))] == [
        "Rail fares rise"
    ]
