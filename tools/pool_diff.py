"""The generalisation check of the eleventh and twelfth rounds: what a change does to unannotated text.

Dump every ``.txt`` under some folders as ``{name: Article.to_dict()}`` with the ``newsparse``
that ``PYTHONPATH`` points at, once for the code before a change and once after, then list the
texts whose output changed and, for one field, what it was and what it became::

    PYTHONPATH=/path/to/old/src python tools/pool_diff.py dump before.json ../shared/corpus/texts POOL
    PYTHONPATH=src python tools/pool_diff.py dump after.json ../shared/corpus/texts POOL
    python tools/pool_diff.py diff before.json after.json               # changed texts, by field
    python tools/pool_diff.py diff before.json after.json --show quotes # one field, before/after

Read the changed outputs and count the pages that read better, worse or the same: a rule fitted
to annotated pages that makes unannotated pages worse does not generalise (docs/evaluation.md).
Never point it at a blind set's texts.
"""

from __future__ import annotations

import argparse
import json
import sys
from collections import Counter
from pathlib import Path
from typing import Any


def dump(out: Path, folders: list[Path]) -> int:
    """Parse every ``.txt`` under ``folders`` and write ``{stem: to_dict()}`` to ``out``."""
    import newsparse  # the one PYTHONPATH points at, imported only to dump

    found: dict[str, Any] = {}
    for folder in folders:
        for path in sorted(folder.rglob("*.txt")):
            found[path.stem] = newsparse.parse(path.read_text(encoding="utf-8")).to_dict()
    out.write_text(json.dumps(found, ensure_ascii=False, sort_keys=True), encoding="utf-8")
    return len(found)


def changed_fields(before: dict[str, Any], after: dict[str, Any]) -> dict[str, list[str]]:
    """For each text whose output changed, the top-level fields that differ."""
    changed: dict[str, list[str]] = {}
    for name, old in before.items():
        new = after.get(name)
        if new is None or new == old:
            continue
        changed[name] = sorted(f for f in set(old) | set(new) if old.get(f) != new.get(f))
    return changed


def _items(value: Any) -> list[str]:
    if isinstance(value, list):
        return [json.dumps(v, ensure_ascii=False, sort_keys=True) for v in value]
    return [json.dumps(value, ensure_ascii=False, sort_keys=True)]


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    sub = ap.add_subparsers(dest="cmd", required=True)
    d = sub.add_parser("dump", help="write {name: to_dict()} for every .txt under FOLDERS")
    d.add_argument("out", type=Path)
    d.add_argument("folders", type=Path, nargs="+")
    c = sub.add_parser("diff", help="list texts whose output changed between two dumps")
    c.add_argument("before", type=Path)
    c.add_argument("after", type=Path)
    c.add_argument("--show", metavar="FIELD", help="print the field's removed and added items")
    args = ap.parse_args(argv)
    if args.cmd == "dump":
        print(dump(args.out, args.folders), "texts")
        return 0
    before = json.loads(args.before.read_text(encoding="utf-8"))
    after = json.loads(args.after.read_text(encoding="utf-8"))
    changed = changed_fields(before, after)
    print(f"changed {len(changed)} of {len(before)}")
    print("by field:", dict(Counter(f for fs in changed.values() for f in fs).most_common()))
    for name, fields in changed.items():
        if args.show is None:
            print(" ", name, fields)
        elif args.show in fields:
            old, new = _items(before[name].get(args.show)), _items(after[name].get(args.show))
            print(f"== {name}")
            for item in old:
                if item not in new:
                    print("  -", item[:300])
            for item in new:
                if item not in old:
                    print("  +", item[:300])
    return 0


if __name__ == "__main__":
    sys.exit(main())
