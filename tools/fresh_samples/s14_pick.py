"""s14: English news pages of postlight/parser's fixtures (none in the corpus), trafilatura 2.3.1 defaults.
Rule fixed before reading any text: <html lang> starts with 'en' (or no lang and a .com/.co.uk/.ca domain),
and the file name is not in the non-news list below; 800-20000 chars. The page's first <h1> added as line 1
for a seeded 40 % (seed 20261217). Numbered in a seeded shuffle; odd = open for development, even = blind."""

import os
import random
import re
import subprocess

import trafilatura
from lxml import html as lh

REPO = "/work/.mirror/postlight+parser/repo"
NON_NEWS = re.compile(
    r"reddit|github|youtube|twitter|linkedin|pastebin|clinicaltrials|biorxiv|otrs|fortinet|genius|test\.html|postlight|ma\.ttias|medium|obamawhitehouse|fandom|elecom|sanwa|thefederalistpapers|apartmenttherapy|thepennyhoarder|littlethings|sciencefly|buzzfeed--splash|bloomberg\.com--graphics"
)
files = subprocess.run(
    ["git", "-C", REPO, "ls-tree", "-r", "--name-only", "HEAD", "fixtures"], capture_output=True, text=True
).stdout.split()
cands = []
for f in sorted(files):
    if not f.endswith(".html") or NON_NEWS.search(f):
        continue
    raw = subprocess.run(["git", "-C", REPO, "show", f"HEAD:{f}"], capture_output=True).stdout
    doc = raw.decode("utf-8", "replace")
    m = re.search(r"<html[^>]*\blang=[\"']?([A-Za-z]{2})", doc[:5000], re.I)
    lang = m.group(1).lower() if m else ""
    base = os.path.basename(f)
    if not (
        lang == "en"
        or (
            lang == ""
            and re.search(r"\.(com|co\.uk|ca|org)(--[\w-]+)?\.html$", base)
            and not re.search(r"\.jp|asahi|yomiuri|qdaily", base)
        )
    ):
        continue
    try:
        text = trafilatura.extract(doc)
    except Exception:
        continue
    if not text or not (800 <= len(text) <= 20000):
        continue
    h = lh.fromstring(raw).xpath("//h1")
    h1 = " ".join(h[0].text_content().split()) if h else ""
    cands.append((f, text, h1))
rng = random.Random(20261217)
rng.shuffle(cands)
rows = []
for i, (f, text, h1) in enumerate(cands, 1):
    added = False
    if h1 and text.split("\n", 1)[0].strip() != h1 and rng.random() < 0.4:
        text = h1 + "\n" + text
        added = True
    n = f"s14-{i:03d}"
    open(f"/tmp/s14/fresh/{n}.txt", "w", encoding="utf-8").write(text)
    rows.append(f"{n}\tpostlight/parser:{f}\t{'+h1' if added else ''}\t{len(text)}")
open("/tmp/s14/work/MANIFEST.tsv", "w").write("\n".join(rows) + "\n")
print(len(rows))
