// 9. The population of one C API call (td_evaluate_batch, td_award_select,
// td_ruleset_targets link the units they are given as one population) on a
// table of 100 000 units read from one file: 1 000 districts of 99 communes
// each (tests/data/time/rollup_amended.td). What linking cost before the
// units already linked were reused (every unit copied and linked again),
// what it costs now for the table whole and for the table reversed (every
// district linked again), and the evaluation of the same batch, for scale.
// Unlike the others, this benchmark reaches inside the library: the C API's
// population is internal (src/capi/population.cc).
#include <benchmark/benchmark.h>

#include <cstdio>
#include <cstdlib>
#include <string>

#include "bench_util.hpp"
#include "capi/handles.hpp"
#include "population_oracle.hpp"

namespace bench {
namespace {

constexpr size_t kDistricts = 1'000, kCommunesPerDistrict = 99;

struct Population {
  std::shared_ptr<const thidua::RuleSet> rules;
  thidua::UnitTable table;
};

const Population& Districts() {
  static const Population* population = [] {
    auto* p = new Population;
    std::string path = SourcePath("tests/data/time/rollup_amended.td");
    p->rules = CompileOrDie(ReadFileOrDie(path), path);
    std::string jsonl;
    for (size_t d = 0; d < kDistricts; ++d) {
      std::string id = "H-" + std::to_string(d);
      jsonl += R"({"kind": "district", "id": ")" + id + R"(", "name": "Huyện )" +
               std::to_string(d) + "\"}\n";
      for (size_t c = 0; c < kCommunesPerDistrict; ++c) {
        jsonl += R"({"kind": "commune", "id": "X-)" + std::to_string(d) + "-" +
                 std::to_string(c) + R"(", "parent": ")" + id + R"(", "name": "Xã )" +
                 std::to_string(c) + R"(", "criteria_met": )" + std::to_string(12 + c % 8) +
                 "}\n";
      }
    }
    auto table = p->rules->ReadUnits(jsonl, thidua::DataOptions{});
    if (!table.ok() || !table->errors.empty() ||
        table->units.size() != kDistricts * (1 + kCommunesPerDistrict)) {
      std::fprintf(stderr, "bench_population: the generated table does not read\n");
      std::abort();
    }
    p->table = std::move(*table);
    return p;
  }();
  return *population;
}

void BM_PopulationFormer(benchmark::State& state) {
  const Population& p = Districts();
  for (auto _ : state) {
    benchmark::DoNotOptimize(thidua::testing::CopyAndLinkEvery(*p.rules, p.table.units));
  }
  ReportPerUnit(state, p.table.units.size(), 0);
}
BENCHMARK(BM_PopulationFormer)->Unit(benchmark::kMillisecond);

void BM_PopulationTableWhole(benchmark::State& state) {
  const Population& p = Districts();
  for (auto _ : state) {
    benchmark::DoNotOptimize(thidua::capi::LinkPopulation(*p.rules, p.table.units));
  }
  ReportPerUnit(state, p.table.units.size(), 0);
}
BENCHMARK(BM_PopulationTableWhole)->Unit(benchmark::kMillisecond);

void BM_PopulationTableReversed(benchmark::State& state) {
  const Population& p = Districts();
  std::vector<thidua::Unit> reversed(p.table.units.rbegin(), p.table.units.rend());
  for (auto _ : state) {
    benchmark::DoNotOptimize(thidua::capi::LinkPopulation(*p.rules, reversed));
  }
  ReportPerUnit(state, p.table.units.size(), 0);
}
BENCHMARK(BM_PopulationTableReversed)->Unit(benchmark::kMillisecond);

void BM_PopulationEvaluate(benchmark::State& state) {
  const Population& p = Districts();
  for (auto _ : state) {
    benchmark::DoNotOptimize(thidua::EvaluateBatch(p.rules, p.table.units, 1));
  }
  ReportPerUnit(state, p.table.units.size(), 0);
}
BENCHMARK(BM_PopulationEvaluate)->Unit(benchmark::kMillisecond);

}  // namespace
}  // namespace bench
