#!/usr/bin/env bash
# The whole benchmark in one command: builds optimised binaries, generates the corpora (kept
# under bench/ for the next run), runs the per-stage microbenchmarks and the whole-run driver
# (stages, --jobs scaling, corpus scaling, peak memory, cat, prose linters).
#   bench/run.sh            25 MB and 100 MB corpora, prose linters on a 200 KB sample
#   bench/run.sh --quick    5 MB and 20 MB, one run per measurement
#   bench/run.sh --memory   also 10k- and 100k-article corpora for the peak-memory target
# When ../shared/seeds is there, a last whole run on real news text (the seeds, copied).
# Install the linters first with bench/install-peers.sh (they are skipped when absent).
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
build="${QUOTECHECK_BENCH_BUILD:-$root/build/bench}"
size=25M big=100M repeat=3 memory=0
for arg in "$@"; do
  case "$arg" in
    --quick) size=5M big=20M repeat=1 ;;
    --memory) memory=1 ;;
    *) echo "usage: bench/run.sh [--quick] [--memory]" >&2; exit 2 ;;
  esac
done

# Release without -Werror: GCC 12 at -O3 raises false -Wnull-dereference/-Wrestrict in libstdc++.
if [[ ! -f "$build/build.ninja" ]]; then
  cmake -S "$root" -B "$build" -G Ninja -DCMAKE_BUILD_TYPE=Release -DQUOTECHECK_TESTS=OFF \
    -DQUOTECHECK_WERROR=OFF -DQUOTECHECK_BENCH=ON >/dev/null
fi
cmake --build "$build" -j2 --target quotecheck quotecheck_bench quotecheck_stage_bench

corpus() {  # corpus NAME generator-args…: generated once, reused
  local dir="$root/bench/corpus-$1"; shift
  [[ -f "$dir/.complete" ]] || { rm -rf "$dir"; python3 "$root/bench/generate_corpus.py" --out "$dir" "$@" && touch "$dir/.complete"; }
  echo "$dir"
}
base="$(corpus "$size" --size "$size")"
four="$(corpus "$big" --size "$big")"
extra=()
if ((memory)); then
  extra+=(--corpus "$(corpus 10k --articles 10000)" --corpus "$(corpus 100k --articles 100000)")
fi

echo "== stage microbenchmarks (Google Benchmark, one core) =="
QUOTECHECK_BENCH_CORPUS="$base" "$build/bench/quotecheck_stage_bench" --benchmark_repetitions="$repeat" \
  --benchmark_report_aggregates_only=true --benchmark_min_time=0.5
echo
echo "== whole run =="
"$build/bench/quotecheck_bench" --quotecheck "$build/quotecheck" --bench-dir "$root/bench" \
  --repeat "$repeat" --corpus "$base" --corpus "$four" "${extra[@]}"

# Real news text: the seed articles beside the repository (../shared/seeds), each copied 200
# times into its own file. Real prose for the per-article stages and the linters; its
# cross-article stage is not typical (every quote has 199 identical copies).
seeds="$root/../shared/seeds"
if [[ -d "$seeds" ]]; then
  real="$root/bench/corpus-seeds"
  if [[ ! -f "$real/.complete" ]]; then
    rm -rf "$real" && mkdir -p "$real"
    for i in $(seq 200); do
      for f in "$seeds"/*; do cp "$f" "$real/$i-$(basename "$f")"; done
    done
    touch "$real/.complete"
  fi
  echo
  echo "== whole run, real news text =="
  "$build/bench/quotecheck_bench" --quotecheck "$build/quotecheck" --bench-dir "$root/bench" \
    --repeat "$repeat" --corpus "$real"
fi
