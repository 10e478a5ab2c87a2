#!/usr/bin/env bash
# The README's first quick-start command: install what is needed, build the
# `thidua` tool, and run it on the shipped Bình Phước plan (192/KH-UBND).
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/install-deps.sh
cmake -S . -B build -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo >/dev/null
cmake --build build -j2 --target thidua_cli
./build/thidua check rules/binh-phuoc-192-2022/plan.td
