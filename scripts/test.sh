#!/bin/bash
# The README's test command (and CI's): install what is needed, build with
# warnings as errors, run the concurrency tests under ThreadSanitizer, the
# whole unit suite under AddressSanitizer + UBSan, each fuzz target briefly
# (THIDUA_FUZZ_SECONDS, default 20; 0 skips), then the whole suite, ending
# with ctest's summary line. Each step's time is printed (docs/reliability.md).
set -euo pipefail
cd "$(dirname "$0")/.."
step_start=$(date +%s)
step() {
  local now
  now=$(date +%s)
  echo "test.sh: $1 took $((now - step_start))s" >&2
  step_start=$now
}
bash scripts/install-deps.sh
step "install-deps"
cmake -S . -B build -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo -DTHIDUA_WERROR=ON
cmake --build build -j2
step "build"
bash scripts/sanitize.sh thread
step "ThreadSanitizer build and tests"
bash scripts/sanitize.sh address
step "AddressSanitizer+UBSan build and unit tests"
if [[ "${THIDUA_FUZZ_SECONDS:-20}" != 0 ]]; then
  bash scripts/fuzz.sh "${THIDUA_FUZZ_SECONDS:-20}"
  step "fuzz build and runs"
fi
# Last, so that the output ends with ctest's summary line.
ctest --test-dir build --output-on-failure -j2
