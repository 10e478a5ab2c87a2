#!/bin/bash
# The README's test command (and CI's): install what is needed, build with
# warnings as errors, run the concurrency tests under ThreadSanitizer, then
# the whole suite, ending with ctest's summary line.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/install-deps.sh
cmake -S . -B build -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo -DTHIDUA_WERROR=ON
cmake --build build -j2
bash scripts/sanitize.sh thread
ctest --test-dir build --output-on-failure -j2
