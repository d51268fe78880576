#!/usr/bin/env bash
# Builds the libFuzzer targets (the `fuzz` preset) and runs each over its seed corpus.
#   scripts/run-fuzzers.sh [SECONDS] [TARGET...]     default: 600 seconds, every target
#   FUZZ_PARALLEL=2 scripts/run-fuzzers.sh           run that many targets at once
# The seed corpus in tests/fuzz/corpus/<target>/ is read, never written: new inputs go to
# build/fuzz/corpus/<target>/, crashes to build/fuzz/artifacts/<target>/ and the libFuzzer log
# to build/fuzz/logs/<target>.log. Exits 1 if any target found a crash, leak or timeout.
set -euo pipefail
cd "$(dirname "$0")/.."

seconds=${1:-600}
shift || true
targets=("$@")
if [[ ${#targets[@]} -eq 0 ]]; then
  targets=(fuzz_load_text fuzz_load_markdown fuzz_load_html fuzz_quotes fuzz_rule_pack)
fi
parallel=${FUZZ_PARALLEL:-1}

cmake --preset fuzz >/dev/null
cmake --build --preset fuzz -j2 --target fuzzers

run_one() {
  local target=$1
  local work=build/fuzz/corpus/$target artifacts=build/fuzz/artifacts/$target/
  mkdir -p "$work" "$artifacts" build/fuzz/logs
  # -timeout: one input taking 10 s is a hang; -rss_limit_mb: one article must not need 2 GB.
  if build/fuzz/tests/fuzz/"$target" "$work" tests/fuzz/corpus/"$target" \
      -max_total_time="$seconds" -timeout=10 -rss_limit_mb=2048 -max_len=65536 \
      -artifact_prefix="$artifacts" -print_final_stats=1 >"build/fuzz/logs/$target.log" 2>&1; then
    echo "$target: ok, $(grep -E '^#[0-9]+.*(DONE|pulse|NEW|REDUCE)' "build/fuzz/logs/$target.log" | tail -1)"
  else
    echo "$target: FAILED, see build/fuzz/logs/$target.log and $artifacts"
    return 1
  fi
}

status=0
running=0
for target in "${targets[@]}"; do
  run_one "$target" &
  running=$((running + 1))
  if [[ $running -ge $parallel ]]; then
    wait -n || status=1
    running=$((running - 1))
  fi
done
while [[ $running -gt 0 ]]; do
  wait -n || status=1
  running=$((running - 1))
done
exit $status
