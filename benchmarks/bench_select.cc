// 8. Selection with quotas and the leader ratio (192/KH-UBND IV.2.2.1.1:
// "at most 5 officials, leaders at most 40 %") over 1 000 000 proposed
// candidates. The units (officials: a rank, a yes/no judgement, a score) are
// read from CSV made in memory before the timed region; one in ten does not
// qualify, one in three is a leader, and the score ranks them.
#include <benchmark/benchmark.h>

#include <cstdio>
#include <cstdlib>
#include <string>

#include "bench_util.hpp"

namespace bench {
namespace {

constexpr std::string_view kSelectRules = R"td(
plan bench_select "Benchmark: lựa chọn có chỉ tiêu và tỷ lệ lãnh đạo" {
  source "Kế hoạch 192/KH-UBND ngày 30/6/2022 của UBND tỉnh Bình Phước"
  period 2021 .. 2025
}
enum rank "Chức vụ" ordered { staff, deputy_head, head }
unit official "Cán bộ, công chức" {
  rank: rank "Chức vụ"
  good: bool "Hoàn thành xuất sắc nhiệm vụ"
  score: int "Điểm"
}
criterion meets for official "Hoàn thành xuất sắc nhiệm vụ": good
criterion leader for official "Lãnh đạo từ phó trưởng phòng trở lên": rank >= deputy_head
award merit "Bằng khen của Chủ tịch UBND tỉnh" {
  for official: requires meets, at most 5, at most 40% where leader, rank by score
}
award all_qualifying "Giấy khen: mọi người đạt, lãnh đạo không quá 40 %" {
  for official: requires meets, at most 40% where leader
}
)td";

const std::shared_ptr<const thidua::RuleSet>& SelectRules() {
  static const auto rules = CompileOrDie(kSelectRules, "bench_select.td");
  return rules;
}

const std::vector<thidua::Unit>& Candidates() {
  static const auto units = [] {
    std::string csv = "id,rank,good,score\n";
    csv.reserve(kMillion * 32);
    uint64_t x = 42;
    auto next = [&x] {  // SplitMix64
      uint64_t z = (x += 0x9e3779b97f4a7c15ULL);
      z = (z ^ (z >> 30)) * 0xbf58476d1ce4e5b9ULL;
      z = (z ^ (z >> 27)) * 0x94d049bb133111ebULL;
      return z ^ (z >> 31);
    };
    static const char* const kRanks[] = {"staff", "staff", "deputy_head", "staff",
                                         "head", "staff"};
    for (size_t i = 0; i < kMillion; ++i) {
      uint64_t r = next();
      csv += "P" + std::to_string(i) + "," + kRanks[r % 6] + "," +
             ((r >> 8) % 10 == 0 ? "false" : "true") + "," +
             std::to_string((r >> 16) % 1000) + "\n";
    }
    thidua::DataOptions options;
    options.format = thidua::DataOptions::Format::kCsv;
    auto t = SelectRules()->ReadUnits(csv, options);
    if (!t.ok() || !t->errors.empty() || t->units.size() != kMillion) {
      std::fprintf(stderr, "the generated candidates do not read cleanly\n");
      std::abort();
    }
    return std::move(t->units);
  }();
  return units;
}

// Timed: one SelectAward over the 1 000 000 candidates — the award's
// condition, the ratio condition and the rank of each, the ranking, the cap
// and the ratio, and a Selection with an outcome and a reason per candidate.
void SelectOnce(benchmark::State& state, const char* award) {
  const auto& rules = SelectRules();
  const auto& units = Candidates();
  int64_t selected = 0;
  for (auto _ : state) {
    auto s = thidua::SelectAward(rules, award, units);
    if (!s.ok()) {
      state.SkipWithError("selection failed");
      return;
    }
    selected = s->groups[0].selected;
    benchmark::DoNotOptimize(s->entries.data());
  }
  state.SetItemsProcessed(static_cast<int64_t>(state.iterations() * units.size()));
  state.counters["selected"] = static_cast<double>(selected);
}

void BM_Select_1M_Cap5Ratio40(benchmark::State& state) { SelectOnce(state, "merit"); }
BENCHMARK(BM_Select_1M_Cap5Ratio40)->Unit(benchmark::kMillisecond)->UseRealTime();

void BM_Select_1M_Ratio40(benchmark::State& state) { SelectOnce(state, "all_qualifying"); }
BENCHMARK(BM_Select_1M_Ratio40)->Unit(benchmark::kMillisecond)->UseRealTime();

}  // namespace
}  // namespace bench
