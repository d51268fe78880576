#!/usr/bin/env bash
# Whole news pages (fixtures/pages): the story's quotations are found (recall of the speech
# quotes listed in expected.json at least 0.95) and few others (quotes found that no listed one
# matches: at most 3 over the ten pages), whatever teasers, related lists and furniture the
# page carries.
set -euo pipefail
binary=$1
root=$2
"$binary" check "$root/fixtures/pages" --format json --fail-on none --no-corpus | python3 -c '
import json, os, re, sys, unicodedata
def norm(s):
    s = unicodedata.normalize("NFKD", s)
    s = "".join(c for c in s if not unicodedata.combining(c))
    for a, b in (("\u2019", "'"'"'"), ("\u2018", "'"'"'"), ("\u201c", "\""), ("\u201d", "\"")):
        s = s.replace(a, b)
    return re.sub(r"\s+", " ", s).strip().lower()
expected = {a["file"]: a["quotes"] for a in json.load(open(sys.argv[1]))}
report = json.load(sys.stdin)
speech = found = extra = 0
for article in report["articles"]:
    listed = expected[os.path.basename(article["path"])]
    quotes = [norm(q["text"]) for q in article["quotes"]]
    used = set()
    for entry in listed:
        key = norm(entry["text"])
        match = next((i for i, q in enumerate(quotes) if i not in used and q.startswith(key)), None)
        if match is not None:
            used.add(match)
        if entry["kind"] == "speech":
            speech += 1
            found += match is not None
    for i, q in enumerate(article["quotes"]):
        if i not in used and q["kind"] != "scare":
            extra += 1
recall = found / speech
print(f"speech quotes {speech}, found {found} (recall {recall:.3f}), others found {extra}")
sys.exit(0 if recall >= 0.95 and extra <= 3 and len(report["articles"]) == len(expected) else 1)
' "$root/fixtures/pages/expected.json"
