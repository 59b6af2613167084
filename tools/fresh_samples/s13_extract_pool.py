"""Extract every trafilatura tests/eval + tests/cache page (not in the corpus) with trafilatura 2.3.1 defaults."""

import json
import os
import re
import subprocess

import trafilatura
from lxml import html as lh

REPO = "/work/.mirror/adbar+trafilatura/repo"
man = open("/work/shared/corpus/MANIFEST.tsv", encoding="utf-8").read()
used = set(re.findall(r"adbar/trafilatura:(tests/\S+?\.html)", man))
ev = json.loads(
    subprocess.run(
        ["git", "-C", REPO, "show", "HEAD:tests/evaldata.json"], capture_output=True, text=True
    ).stdout
)
url_of = {v["file"]: u for u, v in ev.items()}
files = (
    subprocess.run(
        ["git", "-C", REPO, "ls-tree", "-r", "--name-only", "-z", "HEAD", "tests/eval", "tests/cache"],
        capture_output=True,
    )
    .stdout.decode()
    .split("\0")
)
out = []
for f in files:
    if not f.endswith(".html") or f in used:
        continue
    raw = subprocess.run(["git", "-C", REPO, "show", f"HEAD:{f}"], capture_output=True).stdout
    try:
        doc = raw.decode("utf-8")
    except UnicodeDecodeError:
        doc = raw.decode("latin-1")
    try:
        text = trafilatura.extract(doc)
    except Exception:
        continue
    if not text:
        continue
    lang = ""
    m = re.search(r"<html[^>]*\blang=[\"']?([A-Za-z]{2})", doc[:5000], re.I)
    if m:
        lang = m.group(1).lower()
    h1 = ""
    try:
        t = lh.fromstring(raw)
        h = t.xpath("//h1")
        if h:
            h1 = " ".join(h[0].text_content().split())
    except Exception:
        pass
    base = os.path.basename(f)
    out.append({"file": f, "url": url_of.get(base, ""), "lang": lang, "h1": h1, "text": text})
json.dump(out, open("/tmp/s13/work/pool.json", "w"), ensure_ascii=False)
print(len(out))
