// 2. The whole Bình Phước plan (rules/binh-phuoc-192-2022/plan.td) for
// enterprises: every criterion of the plan per unit (the eight enterprise
// criteria apply; the others are "not applicable" to an enterprise), against
// a hand-written baseline of the same eight criteria. N = 1 000 (in cache)
// and 100 000 random enterprises (fixed seed), built before the timed region.
#include <benchmark/benchmark.h>

#include "baseline.hpp"
#include "bench_util.hpp"

namespace bench {
namespace {

// Timed: for each of the N plain structs, one call of BaselinePlan (eight
// verdicts into an array) and one increment of a per-verdict count of
// enterprise_meets_iv_1_4.
void BM_Plan_Baseline(benchmark::State& state) {
  const auto& records = Enterprises(static_cast<size_t>(state.range(0)));
  thidua::Verdict out[kPlanEnterpriseCriteria];
  int64_t counts[4] = {};
  uint64_t a0 = AllocationCount();
  for (auto _ : state) {
    for (const Enterprise& e : records) {
      BaselinePlan(e, out);
      ++counts[static_cast<int>(out[kPlanEnterpriseCriteria - 1])];
    }
    benchmark::DoNotOptimize(counts);
  }
  ReportPerUnit(state, records.size(), AllocationCount() - a0);
}
BENCHMARK(BM_Plan_Baseline)->ArgName("units")->Arg(1'000)->Arg(100'000);

// Timed: for each of the N units, one call of Evaluator::EvaluateAll
// (a verdict for every criterion of the plan, into a vector sized before the
// loop) and one increment of a per-verdict count of enterprise_meets_iv_1_4.
void BM_Plan_EvaluateAll(benchmark::State& state) {
  const auto& rules = PlanRules();
  TimeEvaluateAll(state, rules, PlanUnits(static_cast<size_t>(state.range(0))),
                  rules->FindCriterion("enterprise_meets_iv_1_4"));
  state.counters["criteria"] = rules->criterion_count();
}
BENCHMARK(BM_Plan_EvaluateAll)->ArgName("units")->Arg(1'000)->Arg(100'000);

}  // namespace
}  // namespace bench
