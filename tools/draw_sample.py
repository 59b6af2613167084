"""Draw the fixed-seed corpus samples that the dev sets under ``tests/devset/`` annotate.

Run from the repo root: ``python tools/draw_sample.py`` prints one line per sample
(``name: id id …``). The draw depends only on the manifest and the seed, so anyone can
check which articles a dev set or blind sample holds and that none was hand-picked.
"""

from __future__ import annotations

import csv
import random
import sys
from pathlib import Path

SEED = 20261206
MANIFEST = Path(__file__).resolve().parents[1].parent / "shared" / "corpus" / "MANIFEST.tsv"

#: sample name -> (language, how many); samples of one language are disjoint and drawn in order.
PLAN: tuple[tuple[str, str, int], ...] = (
    ("en-blind-1", "en", 20),
    ("en-dev", "en", 60),
    ("en-blind-2", "en", 20),
    *((f"{lang}-dev", lang, 8) for lang in ("fr", "es", "de", "pt", "it", "hi")),
    *((f"{lang}-blind-1", lang, 4) for lang in ("fr", "es", "de", "pt", "it", "hi")),
    # Drawn in the second session: the English articles left over, as a fresh blind sample.
    ("en-blind-3", "en", 16),
)


def draw(manifest: Path = MANIFEST) -> dict[str, list[str]]:
    """Return sample name -> corpus ids."""
    with manifest.open(encoding="utf-8") as fh:
        rows = list(csv.DictReader(fh, delimiter="\t"))
    pools: dict[str, list[str]] = {}
    for row in rows:
        pools.setdefault(row["lang"], []).append(row["id"])
    rng = random.Random(SEED)
    for ids in pools.values():
        ids.sort()
        rng.shuffle(ids)
    out: dict[str, list[str]] = {}
    for name, lang, count in PLAN:
        pool = pools.get(lang, [])
        out[name] = pool[:count]
        del pool[:count]
    return out


if __name__ == "__main__":
    path = Path(sys.argv[1]) if len(sys.argv) > 1 else MANIFEST
    for name, ids in draw(path).items():
        print(f"{name} ({len(ids)}): {' '.join(ids)}")
