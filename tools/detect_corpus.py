"""Language detection on the development corpus: accuracy per language folder.

Run from the repo root: ``python tools/detect_corpus.py [--head N]``. Every text under
``../shared/corpus/texts/<lang>/`` is labelled by its folder; a folder whose language is not
registered expects ``"und"``. Texts drawn into a blind sample (``tools/draw_sample.py``) are
skipped unread, so that measuring never looks at held-out articles. ``--head N`` detects on
the first N characters only (short inputs are harder).
"""

from __future__ import annotations

import argparse
import collections
import sys

from draw_sample import MANIFEST, draw

from newsparse.lang import UNDETERMINED, detect_language, languages

TEXTS = MANIFEST.parent / "texts"


def blind_ids() -> set[str]:
    """The corpus ids of every blind sample: never opened here."""
    return {i for name, ids in draw().items() if "blind" in name for i in ids}


def main(argv: list[str] | None = None) -> int:
    """Print accuracy per folder, then each miss."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--head", type=int, default=0, help="detect on the first N characters only")
    args = parser.parse_args(argv)
    skip, registered = blind_ids(), set(languages())
    right: collections.Counter[str] = collections.Counter()
    seen: collections.Counter[str] = collections.Counter()
    misses: list[str] = []
    for path in sorted(TEXTS.glob("*/*.txt")):
        if path.stem in skip:
            continue
        folder = path.parent.name
        expected = folder if folder in registered else UNDETERMINED
        text = path.read_text(encoding="utf-8")
        found = detect_language(text[: args.head] if args.head else text)
        seen[folder] += 1
        right[folder] += found == expected
        if found != expected:
            misses.append(f"  {path.stem}: expected {expected}, detected {found}")
    for folder in sorted(seen):
        print(f"{folder}: {right[folder]}/{seen[folder]}")
    ours = [f for f in seen if f in registered]
    others = [f for f in seen if f not in registered]
    print(f"registered languages: {sum(right[f] for f in ours)}/{sum(seen[f] for f in ours)}")
    print(f"other languages -> und: {sum(right[f] for f in others)}/{sum(seen[f] for f in others)}")
    print("\n".join(misses))
    return 0


if __name__ == "__main__":
    sys.exit(main())
