#!/usr/bin/env bash
# Builds the unit tests with a sanitizer and runs them through ctest.
#   scripts/sanitize.sh thread   ThreadSanitizer on the concurrency tests,
#                                the workbench's shared plan cache among them
#   scripts/sanitize.sh address  AddressSanitizer + UndefinedBehaviorSanitizer
#                                on the whole unit suite
set -euo pipefail
cd "$(dirname "$0")/.."
kind=${1:-thread}
case "$kind" in
  # The workbench's plan cache (src/serve) is shared by the server's threads:
  # its test binary is built only with the command (THIDUA_BUILD_CLI=ON, of
  # which only that test is built); "Thread" picks its threaded test
  # (serve.PlanCacheTest.ManyThreadsShareOneCompilation).
  thread)  flags="-fsanitize=thread"; filter="Thread|Batch"; dir=build-tsan
           cli=ON; targets="thidua_tests thidua_serve_tests" ;;
  address) flags="-fsanitize=address,undefined -fno-sanitize-recover=all"; filter=""; dir=build-asan
           cli=OFF; targets="thidua_tests" ;;
  *) echo "usage: $0 thread|address" >&2; exit 2 ;;
esac
cmake -S . -B "$dir" -G Ninja -DCMAKE_BUILD_TYPE=Debug -DTHIDUA_BUILD_CLI=$cli \
  -DCMAKE_CXX_FLAGS="$flags -O1 -fno-omit-frame-pointer" \
  -DCMAKE_EXE_LINKER_FLAGS="$flags" >/dev/null
# shellcheck disable=SC2086  # two target names
cmake --build "$dir" -j2 --target $targets
export TSAN_OPTIONS="halt_on_error=1 second_deadlock_stack=1"
# ASan's redzones make each stack frame several times larger: the tests that
# recurse to the documented depth limits (4096 levels, docs/limits.md) need
# more than the default 8 MiB under it, as no release build does.
if [[ "$kind" == address ]]; then ulimit -s 262144 2>/dev/null || ulimit -s unlimited 2>/dev/null || true; fi
export ASAN_OPTIONS="detect_leaks=1" UBSAN_OPTIONS="print_stacktrace=1"
if [[ -n "$filter" ]]; then
  ctest --test-dir "$dir" --output-on-failure -j2 -R "$filter"
else
  ctest --test-dir "$dir" --output-on-failure -j2 -R '^[A-Za-z]+Test\.'
fi
