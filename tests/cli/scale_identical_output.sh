#!/usr/bin/env bash
# On a generated corpus: `check` writes byte-identical reports for any --jobs, and `extract`
# in shards + `merge` writes the same report as one `check`. Correctness, not timing.
set -euo pipefail
bin="$1"
root="$2"
command -v python3 >/dev/null || exit 77
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT

python3 "$root/bench/generate_corpus.py" --articles 240 --seed scale-test --out "$work/corpus" 2>/dev/null
"$bin" check "$work/corpus" --format json --fail-on none --jobs 1 -o "$work/jobs-1.json"
for jobs in 2 3 8; do
  "$bin" check "$work/corpus" --format json --fail-on none --jobs "$jobs" -o "$work/jobs-$jobs.json"
  cmp "$work/jobs-1.json" "$work/jobs-$jobs.json"
done
grep -q '"articles": 240' "$work/jobs-1.json"

for shard in 0 1 2; do
  "$bin" extract "$work/corpus" --shard "$shard/3" --jobs 2 -o "$work/shard-$shard.jsonl"
done
[[ $(cat "$work"/shard-*.jsonl | wc -l) -eq 240 ]]
"$bin" merge "$work"/shard-2.jsonl "$work"/shard-0.jsonl "$work"/shard-1.jsonl \
  --format json --fail-on none -o "$work/merged.json"
cmp "$work/jobs-1.json" "$work/merged.json"
"$bin" check "$work/corpus" --fail-on none --color never > "$work/check.txt"
cat "$work"/shard-*.jsonl | "$bin" merge - --fail-on none --color never > "$work/merged.txt"
cmp "$work/check.txt" "$work/merged.txt"

# A bad shard spec is a usage error.
if "$bin" extract "$work/corpus" --shard 3/3 -o /dev/null 2>"$work/err"; then exit 1; fi
grep -q -- "--shard 3/3" "$work/err"
