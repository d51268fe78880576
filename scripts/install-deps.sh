#!/usr/bin/env bash
# Installs everything quotecheck needs to build and test on Debian 12. Idempotent: packages
# already present are left alone. Run as root (or with sudo).
#   scripts/install-deps.sh          build dependencies
#   scripts/install-deps.sh --test   also what the test suite uses (Chromium for the browser test)
set -euo pipefail
packages=(
  build-essential cmake ninja-build pkg-config git
  libboost-regex-dev libxml2-dev libtomlplusplus-dev libicu-dev
  nlohmann-json3-dev libfmt-dev libcli11-dev libtbb-dev libxxhash-dev libssl-dev libmimalloc-dev
  catch2
)
if [[ "${1:-}" == "--test" ]]; then
  packages+=(chromium python3 python3-jsonschema clang libclang-rt-14-dev)
  command -v npm >/dev/null || packages+=(npm)
fi
missing=()
for p in "${packages[@]}"; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
done
if ((${#missing[@]})); then
  sudo_cmd=()
  [[ $(id -u) -ne 0 ]] && sudo_cmd=(sudo)
  "${sudo_cmd[@]}" apt-get update -qq
  DEBIAN_FRONTEND=noninteractive "${sudo_cmd[@]}" apt-get install -y -qq --no-install-recommends "${missing[@]}"
fi
# The official SARIF 2.1.0 JSON schema, for the test that validates --format sarif: the npm
# package @microsoft/jest-sarif ships it (lib/schemas/sarif-2.1.0-rtm.5.json).
if [[ "${1:-}" == "--test" && ! -f "$(npm root -g)/@microsoft/jest-sarif/lib/schemas/sarif-2.1.0-rtm.5.json" ]]; then
  npm install --global --no-audit --no-fund @microsoft/jest-sarif@1.0.0-beta.0
fi
