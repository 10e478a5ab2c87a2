// 1. One criterion (192/KH-UBND, IV.1.4, benchmarks/data/enterprise.td):
// thidua against the hand-written baseline, on the same N random enterprises
// (fixed seed; the first N of one sequence). N = 1 000: the data of both
// sides stays in the caches, so the ratio is the cost of the evaluation
// itself; N = 100 000: it does not, so the ratio includes the cost of
// reaching each unit's data in memory. Units and structs are built before the
// timed region; the Evaluator is created and warmed up (one pass over the
// units, which sizes its scratch memory) before it too.
#include <benchmark/benchmark.h>

#include "baseline.hpp"
#include "bench_util.hpp"

namespace bench {
namespace {

// Timed: for each of the N plain structs, one call of BaselineCriterion
// (baseline.cc, its own translation unit) and one increment of a
// per-verdict count.
void BM_Criterion_Baseline(benchmark::State& state) {
  const auto& records = Enterprises(static_cast<size_t>(state.range(0)));
  int64_t counts[4] = {};
  uint64_t a0 = AllocationCount();
  for (auto _ : state) {
    for (const Enterprise& e : records) ++counts[static_cast<int>(BaselineCriterion(e))];
    benchmark::DoNotOptimize(counts);
  }
  ReportPerUnit(state, records.size(), AllocationCount() - a0);
}
BENCHMARK(BM_Criterion_Baseline)->ArgName("units")->Arg(1'000)->Arg(100'000);

// Timed: for each of the N units, one call of
// Evaluator::Evaluate(unit, criterion) and one increment of a per-verdict
// count.
void BM_Criterion_Evaluate(benchmark::State& state) {
  const auto& rules = EnterpriseRules();
  const auto& units = EnterpriseUnits(static_cast<size_t>(state.range(0)));
  const int c = rules->FindCriterion("enterprise_merit");
  thidua::Evaluator evaluator(rules);
  for (const thidua::Unit& u : units) evaluator.Evaluate(u, c);  // warm-up
  int64_t counts[4] = {};
  uint64_t a0 = AllocationCount();
  for (auto _ : state) {
    for (const thidua::Unit& u : units) ++counts[static_cast<int>(evaluator.Evaluate(u, c))];
    benchmark::DoNotOptimize(counts);
  }
  ReportPerUnit(state, units.size(), AllocationCount() - a0);
}
BENCHMARK(BM_Criterion_Evaluate)->ArgName("units")->Arg(1'000)->Arg(100'000);

// Timed: for each of the N units, one call of
// Evaluator::EvaluateAll(unit, &out) into a vector sized before the loop,
// and one increment of a per-verdict count.
void BM_Criterion_EvaluateAll(benchmark::State& state) {
  const auto& rules = EnterpriseRules();
  TimeEvaluateAll(state, rules, EnterpriseUnits(static_cast<size_t>(state.range(0))),
                  rules->FindCriterion("enterprise_merit"));
}
BENCHMARK(BM_Criterion_EvaluateAll)->ArgName("units")->Arg(1'000)->Arg(100'000);

// Timed: one call of Evaluator::EvaluateMany(units, criterion, out) into a
// vector sized before the loop (the run a block of units at a time), then
// one increment of a per-verdict count for each unit.
void BM_Criterion_EvaluateMany(benchmark::State& state) {
  const auto& rules = EnterpriseRules();
  const auto& units = EnterpriseUnits(static_cast<size_t>(state.range(0)));
  const int c = rules->FindCriterion("enterprise_merit");
  thidua::Evaluator evaluator(rules);
  std::vector<thidua::Verdict> out(units.size());
  evaluator.EvaluateMany(units, c, out);  // warm-up
  int64_t counts[4] = {};
  uint64_t a0 = AllocationCount();
  for (auto _ : state) {
    evaluator.EvaluateMany(units, c, out);
    for (thidua::Verdict v : out) ++counts[static_cast<int>(v)];
    benchmark::DoNotOptimize(counts);
  }
  ReportPerUnit(state, units.size(), AllocationCount() - a0);
}
BENCHMARK(BM_Criterion_EvaluateMany)->ArgName("units")->Arg(1'000)->Arg(100'000);

// Timed: one call of EvaluateBatch(rules, units, 1) on the N units —
// it creates its Evaluator, allocates the BatchResult and fills it — and the
// destruction of that BatchResult.
void BM_Criterion_EvaluateBatch(benchmark::State& state) {
  const auto& rules = EnterpriseRules();
  const auto& units = EnterpriseUnits(static_cast<size_t>(state.range(0)));
  uint64_t a0 = AllocationCount();
  for (auto _ : state) {
    thidua::BatchResult r = thidua::EvaluateBatch(rules, units, 1);
    benchmark::DoNotOptimize(r.verdicts.data());
  }
  ReportPerUnit(state, units.size(), AllocationCount() - a0);
}
BENCHMARK(BM_Criterion_EvaluateBatch)->ArgName("units")->Arg(1'000)->Arg(100'000);

}  // namespace
}  // namespace bench
