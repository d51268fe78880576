#!/usr/bin/env bash
# --format sarif|github|html and --summary, run as a user would: output shape, exit codes, the
# GitHub step summary (explicit file and $GITHUB_STEP_SUMMARY), and atomic output errors.
set -euo pipefail
bin=$1 root=$2
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
cd "$root"
fail() { echo "FAIL: $*"; exit 1; }

# GitHub annotations: one workflow command per finding, exit 1 because a warning is found.
set +e
"$bin" check fixtures/reports/council-vote.md --format github > "$work/annotations.txt"
code=$?
set -e
[[ $code == 1 ]] || fail "github format exit code $code, expected 1"
grep -q '^::warning file=fixtures/reports/council-vote.md,line=17,col=1,endLine=17,endColumn=2,title=quotes.unclosed-mark%3A ' "$work/annotations.txt" \
  || fail "unclosed-mark annotation missing: $(cat "$work/annotations.txt")"

# --summary FILE: a Markdown table of every finding.
"$bin" check fixtures/reports/council-vote.md --format github --summary "$work/summary.md" --fail-on none > /dev/null
grep -q '^| Severity | Location | Rule | Message |$' "$work/summary.md" || fail "summary table header missing"
grep -q 'fixtures/reports/council-vote.md:17:1 | quotes.unclosed-mark |' "$work/summary.md" || fail "summary row missing"

# $GITHUB_STEP_SUMMARY is appended to (steps share it), and only for --format github.
echo "earlier step" > "$work/step.md"
GITHUB_STEP_SUMMARY=$work/step.md "$bin" check fixtures/reports/council-vote.md --format github --fail-on none > /dev/null
GITHUB_STEP_SUMMARY=$work/step.md "$bin" check fixtures/reports/council-vote.md --format text --fail-on none > /dev/null
[[ $(head -1 "$work/step.md") == "earlier step" ]] || fail "step summary was not appended to"
[[ $(grep -c '^## quotecheck$' "$work/step.md") == 1 ]] || fail "step summary written $(grep -c '^## quotecheck$' "$work/step.md") times, expected 1"

# SARIF is JSON with one run and results with locations.
"$bin" check fixtures/reports --format sarif -o "$work/out.sarif" --fail-on none
python3 - "$work/out.sarif" <<'PY'
import json, sys
log = json.load(open(sys.argv[1], encoding="utf-8"))
assert log["version"] == "2.1.0" and len(log["runs"]) == 1, "one SARIF 2.1.0 run"
results = log["runs"][0]["results"]
assert any(r["ruleId"] == "quotes.unclosed-mark" for r in results), results
for r in results:
    assert r["locations"][0]["physicalLocation"]["artifactLocation"]["uri"].startswith("fixtures/reports/"), r
    assert r["partialFingerprints"]["quotecheck/v1"], r
PY

# HTML: one file, written atomically; an output in a missing directory is exit 2 and no file.
"$bin" check fixtures/reports --format html -o "$work/report.html" --fail-on none
grep -q '<meta http-equiv="Content-Security-Policy" content="default-src '"'"'none'"'"'; ' "$work/report.html" || fail "CSP meta missing"
[[ $(grep -o '<script' "$work/report.html" | wc -l) == 1 ]] || fail "report must contain exactly one script element"
grep -q '&lt;/textarea&gt;&lt;script&gt;' "$work/report.html" || fail "hostile text not escaped"
set +e
"$bin" check fixtures/reports --format html -o "$work/missing/report.html" 2> "$work/err.txt"
code=$?
set -e
[[ $code == 2 ]] || fail "output in a missing directory: exit $code, expected 2"
[[ ! -e $work/missing ]] || fail "missing directory was created"
echo "report formats: ok"
