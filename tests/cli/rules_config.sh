#!/usr/bin/env bash
# .quotecheck.toml from the command line: discovery, --config, suppression comments, and a bad
# configuration stopping the run with file:line and exit 2.
set -uo pipefail
quotecheck=$1
tmp=$(mktemp -d); trap 'rm -rf "$tmp"' EXIT
fail() { echo "FAIL: $*" >&2; exit 1; }

mkdir -p "$tmp/desk"
printf 'Ferry\n\nThe ferry reportedly sank.\n' > "$tmp/desk/a.txt"
printf '[rules]\n"attribution.vague-attribution" = "info"\n' > "$tmp/.quotecheck.toml"
out=$("$quotecheck" check "$tmp/desk/a.txt" --fail-on warning); code=$?
[[ $code -eq 0 && $out == *"info: “reportedly”"* ]] || fail "severity override: $code $out"

printf '[rules]\n"attribution.vague-atribution" = false\n' > "$tmp/bad.toml"
out=$("$quotecheck" check "$tmp/desk/a.txt" --config "$tmp/bad.toml" 2>&1); code=$?
[[ $code -eq 2 && $out == *"bad.toml:2: rules.\"attribution.vague-atribution\": no rule with that id (did you mean 'attribution.vague-attribution'?)"* ]] ||
  fail "bad config: $code $out"

printf 'Ferry\n\n<!-- quotecheck-disable-next-line attribution.vague-attribution -->\nThe ferry reportedly sank.\n' > "$tmp/desk/b.md"
out=$("$quotecheck" check "$tmp/desk/b.md" --fail-on info); code=$?
[[ $code -eq 0 ]] || fail "suppressed: $code $out"
echo ok
