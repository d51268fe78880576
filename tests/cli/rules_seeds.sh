#!/usr/bin/env bash
# The default packs on the real articles in ../shared/seeds: what they must report and what
# they must not. Skips when the seeds are absent.
set -uo pipefail
quotecheck=$1 repo=$2
seeds="$repo/../shared/seeds"
[[ -d $seeds ]] || seeds="$repo/../../shared/seeds"  # a worktree one level deeper
[[ -d $seeds ]] || exit 77
fail() { echo "FAIL: $*" >&2; exit 1; }

out=$("$quotecheck" check "$seeds" --fail-on none --color never)
expect() { [[ $out == *"$1"* ]] || fail "missing: $1"; }
expect "quote “Russia and Turkey are important strategic partners for Kazakhstan” is not attributed to anyone [attribution.unattributed-quote]"
expect "“reportedly” does not say who the source is [attribution.vague-attribution]"
expect "“later found not to be” states a finding as fact without saying who found it [attribution.unsourced-claim]"
expect "“infamous”: judges the event"
expect "“Takfiri”: a sectarian slur"
expect "quotation opened with ‘ is closed with ” [quotes.mismatched-marks]"
expect "“Russia President”: use the adjective in titles [style.russian-title]"
expect "“Binyamin Netanyahu” is spelled “Benjamin Netanyahu” in house style"
# Attributed quotes are not reported: the Kazakhstan quote is the only unattributed one.
[[ $(grep -c "attribution.unattributed-quote" <<< "$out") -eq 1 ]] || fail "unattributed-quote false alarms: $out"
echo ok
