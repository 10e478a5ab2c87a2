// 3. Batches: EvaluateBatch on 1 000 000 units on 1 and 2 threads, and how
// the time grows with the number of units (1 thread, thidua and baseline).
// Units: the enterprises of benchmarks/data/enterprise.td, random with a
// fixed seed, built before the timed region (the first N of the same set).
#include <benchmark/benchmark.h>

#include <span>

#include "baseline.hpp"
#include "bench_util.hpp"

namespace bench {
namespace {

// Timed (wall clock; CPU time is of the whole process): one call of
// EvaluateBatch(rules, 1 000 000 units, threads) — it starts `threads`
// threads, each with its own Evaluator, allocates and fills the 1 000 000
// verdicts — and the destruction of the result.
void BM_Batch_1M(benchmark::State& state) {
  const int threads = static_cast<int>(state.range(0));
  const auto& rules = EnterpriseRules();
  const auto& units = EnterpriseUnits(kMillion);
  uint64_t a0 = AllocationCount();
  for (auto _ : state) {
    thidua::BatchResult r = thidua::EvaluateBatch(rules, units, threads);
    benchmark::DoNotOptimize(r.verdicts.data());
  }
  ReportPerUnit(state, units.size(), AllocationCount() - a0);
  state.counters["threads"] = threads;
}
BENCHMARK(BM_Batch_1M)
    ->ArgName("threads")
    ->Arg(1)
    ->Arg(2)
    ->Unit(benchmark::kMillisecond)
    ->MeasureProcessCPUTime()
    ->UseRealTime();

// Timed: one call of EvaluateBatch(rules, first N units, 1) and the
// destruction of its result.
void BM_Scaling_Units(benchmark::State& state) {
  const size_t n = static_cast<size_t>(state.range(0));
  const auto& rules = EnterpriseRules();
  std::span<const thidua::Unit> units(EnterpriseUnits(kMillion).data(), n);
  uint64_t a0 = AllocationCount();
  for (auto _ : state) {
    thidua::BatchResult r = thidua::EvaluateBatch(rules, units, 1);
    benchmark::DoNotOptimize(r.verdicts.data());
  }
  ReportPerUnit(state, n, AllocationCount() - a0);
  state.SetComplexityN(static_cast<int64_t>(n));
}
BENCHMARK(BM_Scaling_Units)
    ->RangeMultiplier(10)
    ->Range(1'000, 1'000'000)
    ->Unit(benchmark::kMillisecond)
    ->Complexity(benchmark::oN);

// Timed: the baseline's batch: a result vector of N verdicts allocated, one
// BaselineCriterion call per struct written into it, and its destruction.
void BM_Scaling_UnitsBaseline(benchmark::State& state) {
  const size_t n = static_cast<size_t>(state.range(0));
  std::span<const Enterprise> records(Enterprises(kMillion).data(), n);
  uint64_t a0 = AllocationCount();
  for (auto _ : state) {
    std::vector<thidua::Verdict> r(n);
    for (size_t i = 0; i < n; ++i) r[i] = BaselineCriterion(records[i]);
    benchmark::DoNotOptimize(r.data());
  }
  ReportPerUnit(state, n, AllocationCount() - a0);
  state.SetComplexityN(static_cast<int64_t>(n));
}
BENCHMARK(BM_Scaling_UnitsBaseline)
    ->RangeMultiplier(10)
    ->Range(1'000, 1'000'000)
    ->Unit(benchmark::kMillisecond)
    ->Complexity(benchmark::oN);

}  // namespace
}  // namespace bench
