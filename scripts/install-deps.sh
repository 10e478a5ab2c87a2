#!/usr/bin/env bash
# Installs every Debian 12 package thidua needs to build, test, fuzz (clang 14
# and its libFuzzer runtime) and benchmark.
# Idempotent: packages already installed are left alone, and apt is not
# touched at all when nothing is missing.
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
)

missing=()
for p in "${packages[@]}"; do
  if ! dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed"; then
    missing+=("$p")
  fi
done

if ((${#missing[@]} == 0)); then
  echo "install-deps: all ${#packages[@]} packages present"
  exit 0
fi

echo "install-deps: installing ${missing[*]}"
SUDO=""
if [[ $(id -u) -ne 0 ]]; then SUDO="sudo"; fi
$SUDO apt-get update -qq
DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq --no-install-recommends "${missing[@]}"
