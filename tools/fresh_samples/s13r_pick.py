"""s13r: every news page of mozilla/readability's test-pages not in the corpus (rule fixed before reading any text:
directory name from a news-outlet list), extracted with trafilatura 2.3.1 defaults; the page's first <h1> added as
line 1 for a seeded 40 % (seed 20261216) when not already the first line."""

import os
import random
import re
import subprocess

import trafilatura
from lxml import html as lh

REPO = "/work/.mirror/mozilla+readability/repo"
NEWS = re.compile(
    r"^(aclu|aktualne|ars-\d|bbc-\d|breitbart|buzzfeed-\d|citylab-\d|cnet|cnn|engadget|guardian-\d|heise|herald-sun-\d|la-nacion|lemonde-\d|liberation-\d|medicalnewstoday|msn|nytimes-\d|quanta-\d|salon-\d|seattletimes-\d|telegraph|theverge|tmz-\d|wapo-\d|yahoo-\d|folha|gmw|qq)$"
)
man = open("/work/shared/corpus/MANIFEST.tsv", encoding="utf-8").read()
used = set(re.findall(r"mozilla/readability:test/test-pages/([^/]+)/", man))
dirs = subprocess.run(
    ["git", "-C", REPO, "ls-tree", "-d", "--name-only", "HEAD", "test/test-pages/"],
    capture_output=True,
    text=True,
).stdout.split()
rng = random.Random(20261216)
rows = []
for d in sorted(dirs):
    name = d.rsplit("/", 1)[1]
    if not NEWS.match(name) or name in used:
        continue
    raw = subprocess.run(["git", "-C", REPO, "show", f"HEAD:{d}/source.html"], capture_output=True).stdout
    doc = raw.decode("utf-8", "replace")
    text = trafilatura.extract(doc)
    if not text or len(text) < 800:
        continue
    h = lh.fromstring(raw).xpath("//h1")
    h1 = " ".join(h[0].text_content().split()) if h else ""
    added = False
    if h1 and text.split("\n", 1)[0].strip() != h1 and rng.random() < 0.4:
        text = h1 + "\n" + text
        added = True
    m = re.search(r"<html[^>]*\blang=[\"']?([A-Za-z]{2})", doc[:5000], re.I)
    lang = m.group(1).lower() if m else "xx"
    n = f"s13r-{len(rows) + 1:02d}"
    os.makedirs(f"/tmp/s13r/fresh/{lang}", exist_ok=True)
    open(f"/tmp/s13r/fresh/{lang}/{n}.txt", "w", encoding="utf-8").write(text)
    rows.append(f"{n}\t{lang}\tmozilla/readability:{d}/source.html\t{'+h1' if added else ''}\t{len(text)}")
open("/tmp/s13r/work/MANIFEST.tsv", "w").write("\n".join(rows) + "\n")
print(len(rows))
print("used in corpus:", sorted(used))
