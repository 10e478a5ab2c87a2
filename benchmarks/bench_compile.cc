// 5. Compile time: the Bình Phước plan and generated rule files of 100 …
// 30 000 criteria (fixtures.cc, Generate: one unit kind with 20 fields;
// criteria cycle through a comparison, an exception on money by region, a
// reference to an earlier criterion with `and`, one with `or` and a count
// quantifier, an ordered-enum comparison with an optional field, a sum
// quantifier with an exception). The texts are made before the timed region.
// Also: evaluation time per unit against the number of criteria.
#include <benchmark/benchmark.h>

#include <map>

#include "bench_util.hpp"

namespace bench {
namespace {

// The compiled generated rule sets and their units, made once.
struct Generated {
  std::shared_ptr<const thidua::RuleSet> rules;
  std::vector<thidua::Unit> units;
};
const Generated& GeneratedSet(int n) {
  static std::map<int, Generated> cache;
  auto it = cache.find(n);
  if (it == cache.end()) {
    Generated g;
    g.rules = CompileOrDie(GeneratedRules(n), "generated.td");
    g.units = GeneratedUnits(*g.rules, 1'000);
    it = cache.emplace(n, std::move(g)).first;
  }
  return it->second;
}

// Timed: CompileText of plan.td held in memory — normalisation, parse,
// check, compile to the flat program — and the destruction of the
// Compilation.
void BM_Compile_BinhPhuoc(benchmark::State& state) {
  const std::string path = SourcePath("rules/binh-phuoc-192-2022/plan.td");
  const std::string text = ReadFileOrDie(path);
  CompileOrDie(text, path);  // fails loudly on a diagnostic, before timing
  for (auto _ : state) {
    auto c = thidua::CompileText(text, path);
    benchmark::DoNotOptimize(c);
  }
  state.SetBytesProcessed(static_cast<int64_t>(state.iterations() * text.size()));
  state.counters["criteria"] = PlanRules()->criterion_count();
}
BENCHMARK(BM_Compile_BinhPhuoc)->Unit(benchmark::kMillisecond);

// Timed: CompileText of a generated file of N criteria held in memory, and
// the destruction of the Compilation.
void BM_Compile_Generated(benchmark::State& state) {
  const int n = static_cast<int>(state.range(0));
  const std::string& text = GeneratedRules(n);
  GeneratedSet(n);  // compiles without diagnostics, checked before timing
  const thidua::CompileOptions options = BigFileOptions();
  for (auto _ : state) {
    auto c = thidua::CompileText(text, "generated.td", options);
    benchmark::DoNotOptimize(c);
  }
  state.SetComplexityN(n);
  state.SetBytesProcessed(static_cast<int64_t>(state.iterations() * text.size()));
  state.counters["criteria"] = n;
}
BENCHMARK(BM_Compile_Generated)
    ->Arg(100)->Arg(300)->Arg(1'000)->Arg(3'000)->Arg(10'000)->Arg(30'000)
    ->Unit(benchmark::kMillisecond)
    ->Complexity(benchmark::oN);

// Timed: for each of 1 000 units of the generated kind, one call of
// Evaluator::EvaluateAll over the N criteria, into a vector sized before the
// loop.
void BM_Eval_Generated(benchmark::State& state) {
  const int n = static_cast<int>(state.range(0));
  const auto& rules = GeneratedSet(n).rules;
  const std::vector<thidua::Unit>& units = GeneratedSet(n).units;
  thidua::Evaluator evaluator(rules);
  std::vector<thidua::Verdict> out(static_cast<size_t>(n));
  for (const thidua::Unit& u : units) evaluator.EvaluateAll(u, &out);  // warm-up
  uint64_t a0 = AllocationCount();
  for (auto _ : state) {
    for (const thidua::Unit& u : units) evaluator.EvaluateAll(u, &out);
    benchmark::DoNotOptimize(out.data());
  }
  ReportPerUnit(state, units.size(), AllocationCount() - a0);
  state.SetComplexityN(n);
  state.counters["criteria"] = n;
}
BENCHMARK(BM_Eval_Generated)
    ->Arg(100)->Arg(300)->Arg(1'000)->Arg(3'000)->Arg(10'000)
    ->Unit(benchmark::kMillisecond)
    ->Complexity(benchmark::oN);

}  // namespace
}  // namespace bench
