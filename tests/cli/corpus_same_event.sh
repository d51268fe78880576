#!/usr/bin/env bash
# Honest coverage of one event by four outlets gives no cross-article finding but the real
# discrepancies written into it (fixtures/events/*/expected.txt): every other misquote,
# misattribution, name variant or conflicting fact is a false alarm.
set -euo pipefail
binary=$1
root=$2
failed=0
groups=0
for group in "$root"/fixtures/events/*/; do
  groups=$((groups + 1))
  found=$("$binary" check "$group" --format json --fail-on none | python3 -c '
import json, os, sys
for f in json.load(sys.stdin)["findings"]:
    if f["rule"].startswith("corpus."):
        print(f["rule"], os.path.basename(f["path"]))' | sort)
  expected=$(cat "$group/expected.txt" 2>/dev/null | sort || true)
  if [[ "$found" != "$expected" ]]; then
    echo "$(basename "$group"): expected [${expected}] found [${found}]"
    failed=1
  fi
done
[[ $groups -ge 12 ]] || { echo "only $groups event groups found"; exit 1; }
exit $failed
