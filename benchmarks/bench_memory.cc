// 7. Memory: 1 000 000 enterprise units (benchmarks/data/enterprise.td)
// held at once, built with UnitBuilder from the random structs (made before
// the measurement). Reported per unit: growth of the resident set
// (/proc/self/statm, after malloc_trim) and of the malloc heap in use
// (mallinfo2), and the same for the baseline's plain structs.
#include <benchmark/benchmark.h>

#include "bench_util.hpp"

namespace bench {
namespace {

// Timed: building 1 000 000 units (UnitBuilder: one Set per field, the OCOP
// list as JSON text, Build) into a vector reserved inside the region. The
// measurements are taken just before and after the timed loop; the units are
// destroyed after it.
void BM_Memory_1MUnits(benchmark::State& state) {
  const auto& records = Enterprises(kMillion);
  const auto& rules = EnterpriseRules();
  // The baseline: heap and RSS growth for the same data as plain structs.
  TrimHeap();
  size_t heap_b0 = HeapBytesInUse(), rss_b0 = ResidentBytes();
  double baseline_heap, baseline_rss;
  {
    std::vector<Enterprise> copy = MakeEnterprises(kMillion);
    baseline_heap = static_cast<double>(HeapBytesInUse() - heap_b0) / kMillion;
    baseline_rss = static_cast<double>(ResidentBytes() - rss_b0) / kMillion;
  }
  std::vector<thidua::Unit> units;
  TrimHeap();
  size_t heap0 = HeapBytesInUse(), rss0 = ResidentBytes();
  uint64_t a0 = AllocationCount();
  for (auto _ : state) {
    units.reserve(records.size());
    for (const Enterprise& e : records) units.push_back(BuildUnit(*rules, e, false));
  }
  uint64_t a1 = AllocationCount();
  size_t heap1 = HeapBytesInUse(), rss1 = ResidentBytes();
  const double n = static_cast<double>(units.size());
  state.SetItemsProcessed(static_cast<int64_t>(units.size()));
  state.counters["rss_bytes_per_unit"] = static_cast<double>(rss1 - rss0) / n;
  state.counters["heap_bytes_per_unit"] = static_cast<double>(heap1 - heap0) / n;
  state.counters["allocs_per_unit_built"] = static_cast<double>(a1 - a0) / n;
  state.counters["baseline_heap_bytes_per_unit"] = baseline_heap;
  state.counters["baseline_rss_bytes_per_unit"] = baseline_rss;
}
// One repetition whatever the command line says: the bytes are deterministic
// and a run takes tens of seconds.
BENCHMARK(BM_Memory_1MUnits)->Iterations(1)->Repetitions(1)->Unit(benchmark::kMillisecond);

}  // namespace
}  // namespace bench
