#!/usr/bin/env bash
# Baselines: --write-baseline records today's findings; --baseline reports only new ones, and
# still matches when lines are added above the old findings.
set -uo pipefail
quotecheck=$1
tmp=$(mktemp -d); trap 'rm -rf "$tmp"' EXIT
fail() { echo "FAIL: $*" >&2; exit 1; }

printf 'Ferry\n\nThe ferry reportedly sank.\n\nThe infamous barge stayed afloat.\n' > "$tmp/a.txt"
"$quotecheck" check "$tmp/a.txt" --write-baseline "$tmp/baseline.txt" --fail-on none > /dev/null || fail "write"
[[ $(grep -vc '^#' "$tmp/baseline.txt") -eq 2 ]] || fail "baseline entries: $(cat "$tmp/baseline.txt")"

out=$("$quotecheck" check "$tmp/a.txt" --baseline "$tmp/baseline.txt"); code=$?
[[ $code -eq 0 ]] || fail "same findings should pass: $code $out"

# Unrelated lines above move every finding down; the baseline still matches.
printf 'Ferry\n\nA new first paragraph.\n\nAnd another.\n\nThe ferry reportedly sank.\n\nThe infamous barge stayed afloat.\n' > "$tmp/a.txt"
out=$("$quotecheck" check "$tmp/a.txt" --baseline "$tmp/baseline.txt"); code=$?
[[ $code -eq 0 ]] || fail "lines added above: $code $out"

# A new problem is reported, the old ones are not.
printf '\nThe tug allegedly sank.\n' >> "$tmp/a.txt"
out=$("$quotecheck" check "$tmp/a.txt" --baseline "$tmp/baseline.txt"); code=$?
[[ $code -eq 1 && $out == *"“allegedly”"* && $out != *"“reportedly”"* && $out != *"infamous"* ]] || fail "new finding: $code $out"

out=$("$quotecheck" check "$tmp/a.txt" --baseline "$tmp/missing.txt" 2>&1); code=$?
[[ $code -eq 2 && $out == *"missing.txt: cannot read baseline file"* ]] || fail "missing baseline: $code $out"
echo ok
