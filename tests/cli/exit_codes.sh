#!/usr/bin/env bash
# Exit codes CI can trust: 0 clean, 1 findings at or above --fail-on, 2 usage or I/O errors.
set -uo pipefail
bin=$1
dir=$(mktemp -d)
trap 'rm -rf "$dir"' EXIT
fail() { echo "FAIL: $*"; exit 1; }
expect() {  # expect CODE DESCRIPTION -- command…
  local want=$1 what=$2; shift 3
  "$@" >"$dir/out" 2>"$dir/err"; local got=$?
  [[ $got == "$want" ]] || { cat "$dir/out" "$dir/err"; fail "$what: exit $got, want $want"; }
}
printf 'Quiet day\n\nThe council met and adjourned.\n' >"$dir/clean.txt"
printf 'Loud day\n\nMayor Ann Lee said, “We will never stop.\n' >"$dir/broken.txt"

expect 0 "clean article" -- "$bin" check "$dir/clean.txt"
expect 1 "warning at default --fail-on" -- "$bin" check "$dir/broken.txt"
expect 0 "--fail-on error ignores warnings" -- "$bin" check "$dir/broken.txt" --fail-on error
expect 0 "--fail-on none" -- "$bin" check "$dir/broken.txt" --fail-on none
expect 2 "missing input" -- "$bin" check "$dir/clean.txt" "$dir/nope.txt"
grep -q "nope.txt" "$dir/err" || fail "missing input not named"
grep -q "Quiet day\|0 errors" "$dir/out" || fail "other files not reported when one is missing"
expect 2 "unknown option" -- "$bin" check --frobnicate "$dir/clean.txt"
grep -q "frobnicate" "$dir/err" || fail "bad option not named"
expect 2 "bad --format" -- "$bin" check --format yaml "$dir/clean.txt"
expect 2 "output in a missing directory" -- "$bin" check "$dir/clean.txt" -o "$dir/no/such/dir/r.json"
grep -q "does not exist" "$dir/err" || fail "missing output directory not explained"
expect 0 "--version" -- "$bin" --version
grep -q "^quotecheck [0-9]" "$dir/out" || fail "--version output"
expect 0 "--help" -- "$bin" --help
printf '“Piped,” she said.\n' | "$bin" check - --format json --fail-on none >"$dir/stdin.json" || fail "stdin run"
grep -q '"text": "Piped,"' "$dir/stdin.json" || fail "stdin quote missing"
echo "exit codes ok"
