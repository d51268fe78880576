#!/usr/bin/env bash
# `check` compares articles with each other; `--no-corpus` leaves the cross-article findings out.
set -euo pipefail
binary=$1
root=$2
pair="$root/fixtures/corpus/changed-word"

output=$("$binary" check "$pair" --format json --fail-on none)
grep -q '"rule": *"corpus.misquote"' <<<"$output" || { echo "no corpus.misquote finding"; echo "$output"; exit 1; }

output=$("$binary" check "$pair" --format json --fail-on none --no-corpus)
if grep -q '"rule": *"corpus\.' <<<"$output"; then echo "corpus finding despite --no-corpus"; echo "$output"; exit 1; fi
