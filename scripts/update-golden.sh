#!/usr/bin/env bash
# Regenerates the golden report files in tests/golden/ from the current code (after an intended
# change to a report), using the dev build. Review the result with `git diff tests/golden`.
#   scripts/update-golden.sh [build-dir]     default build/dev
set -euo pipefail
cd "$(dirname "$0")/.."
build=${1:-build/dev}
cmake --build "$build" --target quotecheck_tests
QUOTECHECK_UPDATE_GOLDEN=1 "$build/tests/quotecheck_tests" "[golden]"
git --no-pager diff --stat -- tests/golden
