#!/usr/bin/env bash
# Builds the `asan` preset (AddressSanitizer + UndefinedBehaviorSanitizer) and runs the whole
# ctest suite under it. Any sanitizer report fails the test that triggered it.
#   scripts/asan-tests.sh [extra ctest arguments]
set -euo pipefail
cd "$(dirname "$0")/.."
# halt_on_error: the first report fails the test; detect_leaks: leaks count as failures too.
export ASAN_OPTIONS=${ASAN_OPTIONS:-halt_on_error=1:detect_leaks=1:abort_on_error=1}
export UBSAN_OPTIONS=${UBSAN_OPTIONS:-halt_on_error=1:print_stacktrace=1}
cmake --preset asan
cmake --build --preset asan -j2
ctest --preset asan "$@"
