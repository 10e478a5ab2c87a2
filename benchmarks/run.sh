#!/usr/bin/env bash
# Builds the benchmarks (Release, in build-bench/) and runs them: 5
# repetitions of each, interleaved at random so that a burst of load on the
# machine does not fall on one side of a comparison only; aggregates only.
# Writes the JSON to build-bench/bench.json (or $BENCH_OUT) and prints the
# ratios to the baseline and the targets (benchmarks/report.py).
#
#   bash benchmarks/run.sh                                  # everything
#   bash benchmarks/run.sh --benchmark_filter='Criterion'   # a subset
#
# Opt-in: never part of ctest or CI. See docs/performance.md.
set -euo pipefail
root=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
build=${BENCH_BUILD_DIR:-$root/build-bench}
out=${BENCH_OUT:-$build/bench.json}

cmake -S "$root" -B "$build" -G Ninja -DCMAKE_BUILD_TYPE=Release \
  -DTHIDUA_BUILD_BENCHMARKS=ON -DTHIDUA_BUILD_TESTS=OFF >/dev/null
ninja -C "$build" thidua_bench

THIDUA_SOURCE_DIR="$root" "$build/thidua_bench" \
  --benchmark_repetitions=5 \
  --benchmark_report_aggregates_only=true \
  --benchmark_enable_random_interleaving=true \
  --benchmark_out="$out" --benchmark_out_format=json \
  "$@"

python3 "$root/benchmarks/report.py" "$out" | tee "${out%.json}-report.md"
