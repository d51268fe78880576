#!/usr/bin/env bash
# `quotecheck rules test`: the default packs pass; a pack with a broken example fails naming the
# rule and the example; malformed packs stop with file:line and exit 2.
set -uo pipefail
quotecheck=$1 repo=$2
tmp=$(mktemp -d); trap 'rm -rf "$tmp"' EXIT
fail() { echo "FAIL: $*" >&2; exit 1; }

out=$("$quotecheck" rules test 2>&1); code=$?
[[ $code -eq 0 ]] || fail "default packs: exit $code: $out"
[[ $out == *"examples: all pass"* ]] || fail "default packs: $out"

out=$("$quotecheck" rules test "$repo/fixtures/rules/broken-example" 2>&1); code=$?
[[ $code -eq 1 ]] || fail "broken example: exit $code"
[[ $out == *"pack.toml:18: rule 'broken.ferry' example 2: must not fire, but found [\"ferry\"]"* ]] || fail "broken example: $out"
[[ $out == *"2 failed"* ]] || fail "broken example summary: $out"

# Each malformed pack: exit 2 and a message with file:line.
check_bad() {
  local name=$1 expected=$2
  mkdir -p "$tmp/$name"
  cat > "$tmp/$name/pack.toml"
  out=$("$quotecheck" rules test "$tmp/$name" 2>&1); code=$?
  [[ $code -eq 2 ]] || fail "$name: exit $code: $out"
  [[ $out == *"$expected"* ]] || fail "$name: expected '$expected' in: $out"
}
rule_head='[pack]
[[rule]]
id = "bad.one"
kind = "pattern"
severity = "info"
summary = "s"
description = "d"
fix = "f"'
examples='[[rule.examples]]
text = "ferry"
expect = ["ferry"]
[[rule.examples]]
text = "boat"
expect = []'
check_bad unknown-key "pack.toml:9: rule 'bad.one': unknown key 'mesage' (did you mean 'message'?)" <<EOF2
$rule_head
mesage = "{match}"
pattern = 'ferry'
$examples
EOF2
check_bad bad-regex "pack.toml:10: rule 'bad.one': 'pattern' is not a valid regular expression" <<EOF2
$rule_head
message = "{match}"
pattern = '(ferry'
$examples
EOF2
check_bad wrong-type "pack.toml:10: rule 'bad.one': 'pattern' must be a string, not an array" <<EOF2
$rule_head
message = "{match}"
pattern = ['ferry']
$examples
EOF2
check_bad no-examples "pack.toml:2: rule 'bad.one' needs [[rule.examples]]" <<EOF2
$rule_head
message = "{match}"
pattern = 'ferry'
EOF2
check_bad duplicate-id "pack.toml:17: rule id 'bad.one' is already defined at" <<EOF2
$rule_head
message = "{match}"
pattern = 'ferry'
$examples
[[rule]]
id = "bad.one"
kind = "pattern"
severity = "info"
summary = "s"
description = "d"
fix = "f"
message = "{match}"
pattern = 'boat'
$examples
EOF2
check_bad syntax "pack.toml:3:" <<EOF2
[pack]
[[rule]]
id = "unterminated
EOF2
echo ok
