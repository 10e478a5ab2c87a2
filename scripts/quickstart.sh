#!/usr/bin/env bash
# The README's first quick-start command: install what is needed, build the
# `thidua` tool, and evaluate the shipped Bình Phước plan (192/KH-UBND) on
# its sample units, then explain one enterprise's verdicts in Vietnamese.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/install-deps.sh
cmake -S . -B build -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo >/dev/null
cmake --build build -j2 --target thidua_cli
plan=rules/binh-phuoc-192-2022
./build/thidua eval $plan/plan.td --units $plan/units.jsonl
./build/thidua explain $plan/plan.td --units $plan/units.jsonl --id DN-003 \
  --criteria enterprise_meets_iv_1_4 --lang vi
