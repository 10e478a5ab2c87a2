// 6. Data ingest: about 20 MB of enterprises (benchmarks/data/enterprise.td
// schema), as CSV (the OCOP list in a quoted JSON cell) and as JSON Lines,
// made in memory before the timed region, read with RuleSet::ReadUnits.
#include <benchmark/benchmark.h>

#include "bench_util.hpp"

namespace bench {
namespace {

constexpr size_t kBytes = 20u << 20;

void Ingest(benchmark::State& state, const std::string& text,
            thidua::DataOptions::Format format) {
  const auto& rules = EnterpriseRules();
  thidua::DataOptions options;
  options.format = format;
  double held = 0;
  {  // before timing: every row must become a unit; the heap the table holds
    TrimHeap();
    size_t heap0 = HeapBytesInUse();
    auto t = rules->ReadUnits(text, options);
    if (!t.ok() || !t->errors.empty() || t->units.empty()) {
      state.SkipWithError("the generated data file does not read cleanly");
      return;
    }
    held = static_cast<double>(HeapBytesInUse() - heap0) / static_cast<double>(t->units.size());
  }
  size_t units = 0;
  uint64_t allocations = 0;
  for (auto _ : state) {
    uint64_t a0 = AllocationCount();
    absl::StatusOr<thidua::UnitTable> t = rules->ReadUnits(text, options);
    allocations += AllocationCount() - a0;
    units = t->units.size();
    state.PauseTiming();  // freeing the units is not part of reading them
    t = absl::StatusOr<thidua::UnitTable>();
    state.ResumeTiming();
  }
  state.SetBytesProcessed(static_cast<int64_t>(state.iterations() * text.size()));
  ReportPerUnit(state, units, allocations);
  state.counters["units"] = static_cast<double>(units);
  state.counters["heap_bytes_per_unit_held"] = held;  // the table's, after the read
}

// Timed: RuleSet::ReadUnits of ~20 MB of CSV (detection of the delimiter,
// RFC 4180 scanning, conversion of every cell, the JSON list cell, id
// registry, building the UnitTable); not the destruction of the table.
void BM_Ingest_Csv(benchmark::State& state) {
  Ingest(state, EnterpriseCsv(kBytes), thidua::DataOptions::Format::kCsv);
}
BENCHMARK(BM_Ingest_Csv)->Unit(benchmark::kMillisecond);

// Timed: RuleSet::ReadUnits of ~20 MB of JSON Lines (one object a line);
// not the destruction of the table.
void BM_Ingest_JsonLines(benchmark::State& state) {
  Ingest(state, EnterpriseJsonLines(kBytes), thidua::DataOptions::Format::kJson);
}
BENCHMARK(BM_Ingest_JsonLines)->Unit(benchmark::kMillisecond);

}  // namespace
}  // namespace bench
