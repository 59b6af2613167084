"""Check annotations: every key present, every verbatim string occurs in the text. Usage: python check_ann.py ANN.json..."""

import glob
import json
import os
import sys

KEYS = [
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
]
bad = 0
for p in sys.argv[1:]:
    a = json.load(open(p, encoding="utf-8"))
    name = os.path.basename(p)[:-5]
    t = glob.glob(f"/tmp/s13/fresh/*/{name}.txt")
    text = open(t[0], encoding="utf-8").read()
    flat = " ".join(text.split())

    def chk(s, what):
        global bad
        if s is None:
            return
        if s not in text and " ".join(s.split()) not in flat:
            print(f"{name}: {what} not verbatim: {s[:80]!r}")
            bad += 1

    for k in KEYS:
        if k not in a:
            print(f"{name}: missing key {k}")
            bad += 1
    chk(a.get("headline"), "headline")
    for x in a.get("tweets", []):
        chk(x.get("text"), "tweet text")
    for x in a.get("embeds", []):
        chk(x.get("text"), "embed text")
    for x in a.get("also_read", []):
        chk(x.get("title"), "also_read title")
    for k in ("footers", "bylines", "datelines"):
        for s in a.get(k, []):
            chk(s, k)
    for q in a.get("quotes", []):
        chk(q.get("content"), "quote content")
        if q.get("kind") not in ("direct", "indirect"):
            print(f"{name}: bad kind")
            bad += 1
print("problems:", bad)
