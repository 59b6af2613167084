"""Rebuild ``src/newsparse/rules/quotes/first_names.txt`` from US Social Security Administration
baby-name counts (public domain: the national ``yobYYYY.txt`` files of names.zip, or any CSV with
the columns ``first_name,sex,count,year_of_birth`` holding the same counts).

The table answers one question for the quote rule: may ``she`` stand for *Valerie Lane*? So it keeps
only names that are frequent (people in the news were born from about 1930 on) and given almost only
to one sex (at least 98% of the births), and drops names that are given to the other sex in the
countries whose news we read (``Andrea``, ``Simone``, ``Jean`` are men's names in Italy or France).

Usage::

    python tools/build_first_names.py names.zip            # the SSA download
    python tools/build_first_names.py year_of_birth_counts.csv.gz
"""

from __future__ import annotations

import csv
import gzip
import io
import sys
import zipfile
from collections import defaultdict
from collections.abc import Iterator
from pathlib import Path

FIRST_YEAR = 1930  # people quoted in today's news were born after this
SHARE = 0.98  # share of one sex among the births with the name
PER_SEX = 2500  # the most frequent names kept for each sex
# given to both sexes across the languages of our corpus, whatever the US counts say
AMBIGUOUS = {
    "andrea", "simone", "jean", "michele", "nicola", "daniele", "gabriele", "kim", "sasha", "maria",
    "rosario", "carmine", "joan", "dominique", "claude", "camille", "yannick", "noa", "ali",
    "shannon", "eden", "ariel", "aviv", "nur", "nour", "jan", "luca", "toni", "vanja",
}  # fmt: skip

OUT = Path(__file__).resolve().parents[1] / "src/newsparse/rules/quotes/first_names.txt"

HEADER = """\
# Given names that tell a person's sex, for choosing whom "he" / "she" stands for (newsparse quotes).
# Built by tools/build_first_names.py from the US Social Security Administration's national
# baby-name counts (public domain), births {first}-2015: the {per} most frequent names of each sex
# given to that sex in at least {share:.0%} of births, less names given to both sexes elsewhere.
# One section per sex; names in lower case, most frequent first.
"""


def _rows(path: Path) -> Iterator[tuple[str, str, int, int]]:
    """(name, sex, count, year) from an SSA names.zip or a CSV of the same counts."""
    if path.suffix == ".zip":
        with zipfile.ZipFile(path) as zf:
            for member in zf.namelist():
                if member.startswith("yob") and member.endswith(".txt"):
                    year = int(member[3:7])
                    for name, sex, count in csv.reader(io.TextIOWrapper(zf.open(member), "utf-8")):
                        yield name.lower(), sex.lower(), int(count), year
        return
    opener = gzip.open if path.suffix == ".gz" else open
    with opener(path, "rt", encoding="utf-8") as fh:
        reader = csv.DictReader(fh)
        for row in reader:
            yield row["first_name"].lower(), row["sex"].lower(), int(row["count"]), int(row["year_of_birth"])


def build(path: Path) -> str:
    totals: dict[str, list[int]] = defaultdict(lambda: [0, 0])
    for name, sex, count, year in _rows(path):
        if year >= FIRST_YEAR:
            totals[name][sex == "m"] += count
    sections = []
    for label, side in (("female", 0), ("male", 1)):
        kept = [
            n
            for n, counts in totals.items()
            if n not in AMBIGUOUS and len(n) > 1 and counts[side] >= SHARE * sum(counts)
        ]
        kept.sort(key=lambda n: -totals[n][side])
        names = kept[:PER_SEX]
        lines = [" ".join(names[i : i + 16]) for i in range(0, len(names), 16)]
        sections.append(f"[{label}]\n" + "\n".join(lines))
    return HEADER.format(first=FIRST_YEAR, per=PER_SEX, share=SHARE) + "\n".join(sections) + "\n"


def main(argv: list[str]) -> int:
    if len(argv) != 2:
        print(__doc__, file=sys.stderr)
        return 2
    OUT.write_text(build(Path(argv[1])), encoding="utf-8")
    print(f"wrote {OUT}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv))
