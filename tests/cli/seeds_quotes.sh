#!/usr/bin/env bash
# End-to-end over the real articles in ../shared/seeds: every quotation found with the right
# kind and position, the two-paragraph quote as one block quote, broken marks reported.
# Skips (77) when the seeds folder is absent.
set -euo pipefail
bin=$1 root=$2
seeds="$root/../shared/seeds"
[[ -d "$seeds" ]] || { echo "no seeds folder at $seeds; skipping"; exit 77; }
command -v python3 >/dev/null || { echo "python3 missing; skipping"; exit 77; }
out=$(mktemp)
trap 'rm -f "$out"' EXIT
"$bin" check "$seeds" --format json -o "$out" --fail-on none
python3 - "$out" <<'PY'
import json, sys
report = json.load(open(sys.argv[1]))
quotes = {a["path"].rsplit("/", 1)[-1][:3]: a["quotes"] for a in report["articles"]}
failures = []
def expect(seed, prefix, kind, line):
    for q in quotes[seed]:
        if q["text"].startswith(prefix):
            if q["kind"] != kind or q["line"] != line:
                failures.append(f"{seed}: {prefix!r}: got {q['kind']} line {q['line']}, want {kind} line {line}")
            return
    failures.append(f"{seed}: quote starting {prefix!r} not found")
expected = {
  "000": [("We view it in a positive", "direct", 12), ("We think that any rapprochement", "direct", 14),
          ("We welcome this process.", "direct", 14)],
  "001": [("There are bonds of sympathy and empathy between Israel and Russia, with a common past that has tragic chapters for both peoples,", "direct", 3),
          ("It is important to get", "direct", 9), ("The idea of an international conference", "direct", 16),
          ("I would like to stress", "direct", 18), ("Open a Door to Israel", "scare", 21),
          ("We certainly feel at home.", "direct", 25), ("We are marking 25 years", "direct", 26),
          ("There is also a human bridge", "block", 27), ("There are bonds of sympathy and empathy between Israel and Russia, with a common past that has tragic chapters for both peoples, but", "direct", 29),
          ("We attach great importance", "direct", 31), ("I am confident", "direct", 32)],
  "002": [("new quality", None, 1), ("largely thanks", None, 3), ("operating on a number of fronts", "partial", 11),
          ("it is important to us", "partial", 13), ("our people, our compatriots.", "partial", 25),
          ("human bridge", None, 25)],
  "003": [("Your visit today", "direct", 9), ("I hope the plans", "direct", 11), ("Erdogan’s rapprochement", "direct", 19),
          ("strong mechanism", None, 23), ("I believe that we have", "direct", 25), ("It is good that after", "direct", 27),
          ("Russia and Turkey are important strategic partners", "direct", 31), ("reset", "scare", 33)],
  "004": [("We are actively working", "direct", 9), ("a very trustful", "partial", 11), ("We are pleased to see", "direct", 13),
          ("As a result of the coordinated", "direct", 17)],
}
counts = {"000": 3, "001": 11, "002": 8, "003": 8, "004": 4}
for seed, items in expected.items():
    for prefix, kind, line in items:
        if kind is None:  # scare or partial, decided by attribution
            found = [q for q in quotes[seed] if q["text"].startswith(prefix)]
            if not found or found[0]["kind"] not in ("scare", "partial") or found[0]["line"] != line:
                failures.append(f"{seed}: {prefix!r} missing or wrong")
        else:
            expect(seed, prefix, kind, line)
    if len(quotes[seed]) != counts[seed]:
        failures.append(f"{seed}: {len(quotes[seed])} quotes, want {counts[seed]}")
block = [q for q in quotes["001"] if q["kind"] == "block"][0]
if "Those who were born and raised" not in block["text"]:
    failures.append("001: block quote does not include its second paragraph")
rules = {(f["path"].rsplit("/", 1)[-1][:3], f["rule"], f["line"]) for f in report["findings"]}
for want in [("001", "quotes.mismatched-marks", 3), ("001", "quotes.mismatched-marks", 18), ("001", "quotes.glued-mark", 25)]:
    if want not in rules:
        failures.append(f"missing finding {want}")
if failures:
    print("\n".join(failures)); sys.exit(1)
print(f"seeds: {sum(len(v) for v in quotes.values())} quotes as expected")
PY
