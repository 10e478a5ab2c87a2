#!/usr/bin/env bash
# Installs every Debian 12 package thidua needs to build, test, fuzz (clang 14
# and its libFuzzer runtime) and benchmark, Chromium and Node.js for the
# workbench's browser test, wrk for its load test, and then the browser
# test's npm packages (tests/browser, pinned by its package-lock.json).
# Idempotent: packages already installed are left alone, and apt is not
# touched at all when nothing is missing; npm runs only when the installed
# playwright-core is not the locked one.
set -euo pipefail

packages=(
  build-essential cmake ninja-build ccache pkg-config
  libboost-dev libboost-date-time-dev
  libabsl-dev
  libgtest-dev libgmock-dev googletest
  libbenchmark-dev
  libicu-dev
  nlohmann-json3-dev
  valgrind
  clang-14 libclang-rt-14-dev llvm-14
  python3-pytest python3-setuptools python3-wheel python3-venv python3-pip
  chromium wrk
)
# Node.js from Debian unless one is there already (another build of it may
# be installed, which Debian's npm would conflict with).
if ! command -v node >/dev/null || ! command -v npm >/dev/null; then
  packages+=(nodejs npm)
fi

missing=()
for p in "${packages[@]}"; do
  if ! dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed"; then
    missing+=("$p")
  fi
done

if ((${#missing[@]} == 0)); then
  echo "install-deps: all ${#packages[@]} packages present"
else
  echo "install-deps: installing ${missing[*]}"
  SUDO=""
  if [[ $(id -u) -ne 0 ]]; then SUDO="sudo"; fi
  $SUDO apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq --no-install-recommends "${missing[@]}"
fi

browser="$(cd "$(dirname "$0")/../tests/browser" && pwd)"
locked=$(node -p "require('$browser/package-lock.json').packages['node_modules/playwright-core'].version")
present=$(node -p "try { require('$browser/node_modules/playwright-core/package.json').version } catch (e) { '' }")
if [[ "$locked" != "$present" ]]; then
  echo "install-deps: npm ci in tests/browser (playwright-core $locked)"
  (cd "$browser" && npm ci --no-audit --no-fund --loglevel=error >/dev/null)
fi
