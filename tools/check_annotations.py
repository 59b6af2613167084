"""Check hand annotations (``tests/devset/*/NAME.json``) against the eval-kit format.

``python tools/check_annotations.py tests/devset/en-dev`` reports every missing key, wrong
type and every verbatim string that does not occur in the article text (the same
whitespace-insensitive search the scorer uses). Exit status 1 when anything is wrong.
"""

from __future__ import annotations

import json
import re
import sys
from pathlib import Path

TEXTS = Path(__file__).resolve().parents[1].parent / "shared" / "corpus" / "texts"
KEYS = (
    "id",
    "source",
    "language",
    "headline",
    "tweets",
    "embeds",
    "also_read",
    "footers",
    "bylines",
    "datelines",
    "quotes",
)
PLATFORMS = {"instagram", "youtube", "facebook", "tiktok", "threads", "bluesky", "mastodon", "other"}


def occurs(text: str, piece: str) -> bool:
    """True when ``piece`` is in ``text`` exactly or up to runs of whitespace."""
    piece = piece.strip()
    if not piece or piece in text:
        return bool(piece)
    return re.search(r"\s+".join(map(re.escape, piece.split())), text) is not None


def problems(path: Path) -> list[str]:
    """Every problem found in one annotation file."""
    out: list[str] = []
    gold = json.loads(path.read_text(encoding="utf-8"))
    hits = list(TEXTS.rglob(f"{path.stem}.txt"))
    if not hits:
        return [f"no corpus text {path.stem}.txt under {TEXTS}"]
    text = hits[0].read_text(encoding="utf-8")
    out += [f"missing key {k!r}" for k in KEYS if k not in gold]
    verbatim: list[tuple[str, str | None]] = [("headline", gold.get("headline"))]
    verbatim += [(k, s) for k in ("footers", "bylines", "datelines") for s in gold.get(k) or []]
    verbatim += [("tweets.text", t.get("text")) for t in gold.get("tweets") or []]
    verbatim += [("also_read.title", a.get("title")) for a in gold.get("also_read") or []]
    for q in gold.get("quotes") or []:
        if q.get("kind") not in ("direct", "indirect"):
            out.append(f"quote kind {q.get('kind')!r}")
        verbatim.append(("quotes.content", q.get("content")))
    for e in gold.get("embeds") or []:
        if e.get("platform") not in PLATFORMS:
            out.append(f"embed platform {e.get('platform')!r}")
    for field, s in verbatim:
        if s is not None and not occurs(text, s):
            out.append(f"{field} not in text: {s[:80]!r}")
    return out


def main(argv: list[str]) -> int:
    bad = 0
    for folder in map(Path, argv or ["tests/devset"]):
        for path in sorted(folder.rglob("*.json")):
            for p in problems(path):
                bad += 1
                print(f"{path}: {p}")
    print("ok" if not bad else f"{bad} problem(s)")
    return 1 if bad else 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
