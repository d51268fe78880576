#!/usr/bin/env bash
# A newsroom's own pack in a directory of its own works end to end: loaded by --rules and by
# rule_dirs in .quotecheck.toml, tested by `rules test DIR`, listed, explained, reported.
set -uo pipefail
quotecheck=$1
tmp=$(mktemp -d); trap 'rm -rf "$tmp"' EXIT
fail() { echo "FAIL: $*" >&2; exit 1; }

mkdir -p "$tmp/house" "$tmp/articles"
cat > "$tmp/house/house.toml" <<'EOF2'
[pack]
description = "Our house style"

[[rule]]
id = "house.harbour-master"
kind = "pattern"
severity = "error"
summary = "Harbour Master is written in lower case"
message = "write “harbour {1}”, not “{match}”"
description = "Titles are lower case after the first word."
fix = "Lower-case the title."
pattern = '\bHarbour (Master|Board)\b'
replacement = "harbour {1}"

[[rule.examples]]
text = "The Harbour Master closed the port."
expect = ["Harbour Master"]

[[rule.examples]]
text = "The harbour master closed the port."
expect = []
EOF2
printf 'Port closed\n\nThe Harbour Board met on Monday and the port stayed shut.\n' > "$tmp/articles/port.txt"

out=$("$quotecheck" rules test "$tmp/house"); code=$?
[[ $code -eq 0 && $out == *"all pass"* ]] || fail "rules test: $code $out"

out=$("$quotecheck" check --rules "$tmp/house" "$tmp/articles" --fail-on error); code=$?
[[ $code -eq 1 ]] || fail "check --rules: exit $code: $out"
[[ $out == *"port.txt:3:5: error: write “harbour Board”, not “Harbour Board” [house.harbour-master]"* ]] || fail "check: $out"
[[ $out == *"fix: write “harbour Board”"* ]] || fail "fix: $out"

out=$("$quotecheck" check --rules "$tmp/house" "$tmp/articles" --format json --fail-on none)
[[ $out == *'"rule": "house.harbour-master"'* || $out == *'"rule":"house.harbour-master"'* ]] || fail "json: $out"

printf 'rule_dirs = ["house"]\n' > "$tmp/.quotecheck.toml"
out=$("$quotecheck" check "$tmp/articles" --fail-on none)
[[ $out == *"[house.harbour-master]"* ]] || fail "rule_dirs in config: $out"

out=$(cd "$tmp" && "$quotecheck" rules list)
[[ $out == *"house.harbour-master"*"Harbour Master is written in lower case"* ]] || fail "rules list: $out"
out=$(cd "$tmp" && "$quotecheck" explain house.harbour-master); code=$?
[[ $code -eq 0 && $out == *"Titles are lower case"* && $out == *"The Harbour Master closed the port."* &&
   $out == *'"house.harbour-master" = false'* ]] || fail "explain: $out"
out=$(cd "$tmp" && "$quotecheck" explain house.harbor-master 2>&1); code=$?
[[ $code -eq 2 && $out == *"did you mean 'house.harbour-master'?"* ]] || fail "explain typo: $code $out"
echo ok
