#!/usr/bin/env bash
# Installs the prose linters the benchmark compares quotecheck with: write-good, alex and
# textlint (with the write-good rule as its preset) from npm into bench/node_modules, and
# proselint from Debian. Idempotent; run as root (or with sudo) for the Debian package.
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"

if ! command -v proselint >/dev/null; then
  sudo_cmd=()
  [[ $(id -u) -ne 0 ]] && sudo_cmd=(sudo)
  "${sudo_cmd[@]}" apt-get -o DPkg::Lock::Timeout=600 update -qq
  DEBIAN_FRONTEND=noninteractive "${sudo_cmd[@]}" apt-get -o DPkg::Lock::Timeout=600 install -y -qq --no-install-recommends python3-proselint
fi

if ! command -v npm >/dev/null; then
  echo "install-peers: npm not found (Debian package 'npm'); skipping the npm linters" >&2
  exit 0
fi
# The versions are pinned in bench/package.json; they land in bench/node_modules (git-ignored).
cd "$here"
npm install --no-audit --no-fund --loglevel=error
