// Small helpers shared by the benchmark files.
#ifndef THIDUA_BENCHMARKS_BENCH_UTIL_HPP_
#define THIDUA_BENCHMARKS_BENCH_UTIL_HPP_

#include <benchmark/benchmark.h>

#include <cstdint>

#include "fixtures.hpp"

namespace bench {

// Units evaluated per iteration in the per-unit benchmarks.
inline constexpr size_t kUnits = 100'000;
inline constexpr size_t kMillion = 1'000'000;

// Sets items_per_second (units per second) and the allocations per unit
// counted during the timed loop (`allocations` = AllocationCount() after the
// loop minus before it).
inline void ReportPerUnit(benchmark::State& state, size_t units_per_iteration,
                          uint64_t allocations) {
  const double units = static_cast<double>(state.iterations()) *
                       static_cast<double>(units_per_iteration);
  state.SetItemsProcessed(static_cast<int64_t>(units));
  state.counters["allocs_per_unit"] =
      benchmark::Counter(units > 0 ? static_cast<double>(allocations) / units : 0);
}

}  // namespace bench

#endif  // THIDUA_BENCHMARKS_BENCH_UTIL_HPP_
