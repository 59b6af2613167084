"""Write ``analysed.py``: the pattern analysis of the built-in boilerplate tables, as data.

Analysing the ~180 table regexes of one language (``re``'s parser, then the prefix and marker
walk in :mod:`newsparse.rules.boilerplate.rule`) takes ~45 ms, which a fresh interpreter paid on
its first parse. The results only depend on the sources, so they are computed here, once, for
the tables of every registered language, and stored; ``tests/test_boilerplate.py`` checks that
the stored data is what the analysis gives today. Run after changing a table:

    python -m newsparse.rules.boilerplate._generate
"""

from __future__ import annotations

from pathlib import Path

from newsparse.lang import languages, tables_for

_HEADER = '''# ruff: noqa: E501
"""The pattern analysis of the built-in boilerplate tables (generated: do not edit).

``{source: (prefixes, markers, width)}`` as :func:`newsparse.rules.boilerplate.rule._analyse` gives
them (``None``: unknown). Written by ``python -m newsparse.rules.boilerplate._generate``; a test
checks it against the analysis.
"""

# fmt: off
ANALYSED: dict[str, tuple[tuple[str, ...] | None, tuple[str, ...] | None, int | None]] = {
'''


def builtin_sources() -> list[str]:
    """The analysable sources of the default rule's tables, for no language and every language."""
    from newsparse.rules.boilerplate.rule import BoilerplateRule

    rule = BoilerplateRule()
    seen: dict[str, None] = {}
    for tables in [None, *(tables_for(code) for code in languages())]:
        compiled = rule._compiled(tables)
        for table in (compiled.anywhere, compiled.tail):
            seen.update(dict.fromkeys(src for src in table._sources if src in table._analysable))
    return list(seen)


def computed() -> dict[str, tuple[tuple[str, ...] | None, tuple[str, ...] | None, int | None]]:
    """The analysis of every built-in source, computed now."""
    from newsparse.rules.boilerplate.rule import _analyse_source

    out: dict[str, tuple[tuple[str, ...] | None, tuple[str, ...] | None, int | None]] = {}
    for src in builtin_sources():
        prefixes, marks, width = _analyse_source(src)
        out[src] = (
            None if prefixes is None else tuple(sorted(prefixes)),
            None if marks is None else tuple(sorted(marks)),
            width,
        )
    return out


def main() -> None:
    """Write the data module beside this file."""
    lines = [_HEADER]
    for src, value in computed().items():
        lines.append(f"    {src!r}: {value!r},\n")
    lines.append("}\n# fmt: on\n")
    Path(__file__).with_name("analysed.py").write_text("".join(lines), encoding="utf-8")


if __name__ == "__main__":
    main()
