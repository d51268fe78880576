#!/usr/bin/env bash
# Table-driven test of bad inputs: each row makes one bad input, runs `quotecheck check` on it
# together with a good article, and checks the exit code, a fragment of the diagnostic, that
# the good article is still reported, and that the run ended within the time limit.
#   bad_inputs.sh QUOTECHECK REPO_ROOT
# QUOTECHECK_HUGE_MB sets the size of the single-line article: 1 by default, so the suite stays
# fast in a debug build. ctest sets it to 50 in a Release build (tests/CMakeLists.txt);
# docs/reliability.md records the timings.
set -uo pipefail
quotecheck=$(realpath "$1")
work=$(mktemp -d)
trap 'chmod -R u+rwx "$work"; rm -rf "$work"' EXIT
cd "$work"

printf 'Good article\n\n\xe2\x80\x9cWe welcome this,\xe2\x80\x9d the mayor said.\n' >good.txt
python3 - "${QUOTECHECK_HUGE_MB:-1}" <<'PY'
import sys
huge_mb = int(sys.argv[1])
sentence = 'The mayor said the deal was good for the harbour and "everyone" agreed with it. '
open('huge-line.txt', 'w').write((sentence * (huge_mb * 1_000_000 // len(sentence) + 1))[:huge_mb * 1_000_000])
open('too-large.txt', 'w').write('a' * (64 * 1024 * 1024 + 1))
open('empty.txt', 'w').close()
open('binary.txt', 'wb').write(bytes(range(256)) * 64)
open('utf16.txt', 'wb').write('Title\n\n\u201cWe welcome this,\u201d he said.\n'.encode('utf-16'))
open('nul.txt', 'wb').write(b'Title\n\nText with a NUL\x00 byte.\n')
open('invalid-utf8.txt', 'wb').write(b'Title\n\n\xe2\x80\x9cWe \xff\xfe welcome this,\xe2\x80\x9d he said.\n')
open('marks.txt', 'w').write('Title\n\n' + '\u201c' * 100_000 + '\n')
open('deep.html', 'w').write('<p>Before.</p>' + '<div>' * 100_000 + 'deep' + '</div>' * 100_000)
open('brackets.md', 'w').write('# Brackets\n\n' + '[' * 50_000 + '\n\n' + '![' * 50_000 + '\n')
open('emphasis.md', 'w').write('# Emphasis\n\n' + '*a ' * 50_000 + '\n\n' + '_' * 50_000 + '\n')
open('nested-links.md', 'w').write('# Links\n\n' + '[' * 25_000 + 'x' + '](u)' * 25_000 + '\n')
PY
mkdir report-dir
mkfifo pipe.txt
printf 'Locked\n\nText.\n' >unreadable.txt
chmod 000 unreadable.txt

failures=0
# name | arguments (word-split) | expected exit | message fragment | good article still reported
table=(
  "empty file|empty.txt good.txt|1|file is empty|yes"
  "huge single line|huge-line.txt good.txt --fail-on error|0||yes"
  "over the size limit|too-large.txt good.txt|1|more than the 64 MiB|yes"
  "binary file|binary.txt good.txt|1|looks binary|yes"
  "UTF-16 with a byte-order mark|utf16.txt good.txt|1|file is UTF-16|yes"
  "NUL byte|nul.txt good.txt|1|NUL byte (at byte 22)|yes"
  "invalid UTF-8 in a quote|invalid-utf8.txt good.txt|1|invalid UTF-8 at byte 13|yes"
  "100,000 unclosed marks|marks.txt good.txt|1|too many quotation marks|yes"
  "HTML nested 100,000 deep|deep.html good.txt|1|nested more than 256 deep|yes"
  "Markdown 50k brackets|brackets.md good.txt --fail-on error|0||yes"
  "Markdown 50k emphasis|emphasis.md good.txt --fail-on error|0||yes"
  "Markdown links nested 25k deep|nested-links.md good.txt --fail-on error|0||yes"
  "missing input path|no-such-article.txt good.txt|2|no-such-article.txt: no such file or directory|yes"
  "unreadable file|unreadable.txt good.txt|1|cannot read file|yes"
  "named pipe|pipe.txt good.txt|1|not a regular file|yes"
  "over the size limit on stdin|- good.txt|1|more than the 64 MiB|yes"
  "output is a directory|good.txt -o report-dir|2|report-dir: it is a directory|no"
  "output in a missing directory|good.txt -o missing/dir/report.json|2|directory missing/dir does not exist|no"
)
for row in "${table[@]}"; do
  IFS='|' read -r name arguments expected fragment reported <<<"$row"
  if [[ $name == "unreadable file" && $(id -u) == 0 ]]; then
    echo "skip  $name: running as root, which reads any file"
    continue
  fi
  rm -f report.json
  read -ra args <<<"$arguments"
  json=(--format json)
  [[ $reported == yes ]] && json+=(-o report.json)
  start=$EPOCHREALTIME
  stdin=/dev/null
  [[ $arguments == "- "* ]] && stdin=too-large.txt
  timeout 300 "$quotecheck" check "${args[@]}" "${json[@]}" <"$stdin" >out.txt 2>err.txt
  code=$?
  seconds=$(awk -v a="$start" -v b="$EPOCHREALTIME" 'BEGIN { printf "%.1f", b - a }')
  problem=""
  [[ $code == 124 ]] && problem="timed out after 300 s"
  [[ -z $problem && $code != "$expected" ]] && problem="exit $code, expected $expected"
  if [[ -z $problem && -n $fragment ]] && ! grep -qF -- "$fragment" out.txt err.txt report.json 2>/dev/null; then
    problem="no diagnostic containing '$fragment'"
  fi
  if [[ -z $problem && $reported == yes ]] && ! grep -q '"We welcome this,"' report.json 2>/dev/null; then
    problem="good.txt is missing from the report"
  fi
  if [[ -n $problem ]]; then
    echo "FAIL  $name (${seconds}s): $problem"
    head -c 600 err.txt
    failures=$((failures + 1))
  else
    echo "ok    $name (${seconds}s)"
  fi
done
[[ $failures == 0 ]]
