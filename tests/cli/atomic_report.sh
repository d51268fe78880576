#!/usr/bin/env bash
# A report is replaced only when the new one is complete: killing quotecheck with SIGKILL in
# the middle of a run leaves the previous report intact; SIGINT and SIGTERM also remove the
# temporary file. The process cannot remove its own
# temporary file after SIGKILL; that file is hidden (.NAME.tmp-XXXXXX) and is the only thing
# allowed to remain.
#   atomic_report.sh QUOTECHECK REPO_ROOT
set -euo pipefail
quotecheck=$(realpath "$1")
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
cd "$work"

mkdir articles
python3 - <<'PY'
paragraph = '\u201cWe will rebuild the harbour,\u201d the mayor said, and the council agreed. ' * 40
for i in range(200):
    open(f'articles/article-{i:03}.txt', 'w').write(f'Article {i}\n\n' + (paragraph + '\n\n') * 20)
PY
echo '{"old": "report"}' >report.json
cp report.json expected.json

"$quotecheck" check articles --format json -o report.json --jobs 1 --fail-on none &
pid=$!
sleep 1
kill -9 "$pid" 2>/dev/null || true
wait "$pid" 2>/dev/null || true

if ! cmp -s report.json expected.json; then
  # The rename is atomic: the report is either the old one or a complete new one.
  if python3 -c 'import json, sys; json.load(open("report.json"))' 2>/dev/null; then
    echo "skip: the run finished before it was killed (machine too fast for this input)"
    exit 77
  fi
  echo "FAIL: the report is neither the old one nor a complete new one after SIGKILL"
  exit 1
fi
for leftover in .report.json.*; do
  [[ -e $leftover ]] || continue
  [[ $leftover =~ ^\.report\.json\.tmp-[A-Za-z0-9]{6}$ ]] || { echo "FAIL: unexpected file $leftover"; exit 1; }
  echo "ok: SIGKILL left the hidden temporary file $leftover (expected, harmless)"
  rm -f "$leftover"
done

# Ctrl-C, SIGTERM (a CI job cancelled) and SIGHUP: the run stops, the old report stays, and the
# half-written temporary file is removed.
# (Not SIGINT: a background job of a script ignores it, and quotecheck keeps what it inherits.)
for signal in TERM HUP; do
  "$quotecheck" check articles --format json -o report.json --jobs 1 --fail-on none &
  pid=$!
  sleep 1
  kill -"$signal" "$pid" 2>/dev/null || true
  status=0
  wait "$pid" 2>/dev/null || status=$?
  if [[ $status -eq 0 ]]; then
    echo "skip: the run finished before SIG$signal arrived"
    exit 77
  fi
  cmp -s report.json expected.json || { echo "FAIL: SIG$signal changed the old report"; exit 1; }
  leftovers=$(ls -A | grep '^\.report\.json\.tmp-' || true)
  [[ -z $leftovers ]] || { echo "FAIL: SIG$signal left $leftovers"; exit 1; }
  echo "ok: SIG$signal (exit $status) kept the old report and left no temporary file"
done

"$quotecheck" check articles/article-000.txt --format json -o report.json --fail-on none
grep -q '"version": 1' report.json || { echo "FAIL: the new report was not written"; exit 1; }
[[ -z $(ls -A | grep -v -e '^articles$' -e '^report.json$' -e '^expected.json$') ]] ||
  { echo "FAIL: files left after a successful run: $(ls -A)"; exit 1; }
echo "ok: old report intact after SIGKILL; new report written atomically"
