#!/usr/bin/env bash
# Reports are written atomically: a failing run leaves an existing report untouched and no
# temporary files behind; a successful one replaces it whole.
set -uo pipefail
bin=$1
dir=$(mktemp -d)
trap 'rm -rf "$dir"' EXIT
fail() { echo "FAIL: $*"; exit 1; }
printf 'Day\n\n“Hello,” she said.\n' >"$dir/a.txt"
echo "previous report" >"$dir/report.json"
"$bin" check "$dir/a.txt" --format json -o "$dir/report.json" --fail-on none || fail "run failed"
grep -q '"quotes": 1' "$dir/report.json" || fail "report not written"
[[ -z $(find "$dir" -name '.report.json.tmp-*') ]] || fail "temporary file left behind"
cp "$dir/report.json" "$dir/before.json"
"$bin" check "$dir/a.txt" --format nonsense -o "$dir/report.json" 2>/dev/null && fail "bad format accepted"
cmp -s "$dir/report.json" "$dir/before.json" || fail "failed run changed the report"
mkdir "$dir/out.json"
"$bin" check "$dir/a.txt" -o "$dir/out.json" 2>"$dir/err" && fail "directory as output accepted"
grep -q "is a directory" "$dir/err" || fail "directory output not explained"
echo "atomic output ok"
