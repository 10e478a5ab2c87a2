// The many-units paths (Evaluator::EvaluateMany, EvaluateAll of a span,
// EvaluateBatch) against one unit at a time, on every seed plan in rules/
// and its sample units read from the file: units of several kinds mixed and
// shuffled, empty units among them, more than one block, on several as-of
// days, and with a cost limit low enough to stop quantifiers.
#include <algorithm>
#include <filesystem>
#include <random>

#include "test_util.hpp"
#include "thidua/thidua.hpp"

namespace thidua {
namespace {

namespace fs = std::filesystem;

// The sample units of `dir`, three times over, shuffled, with an empty unit
// every 7th place: more than a block of 256 for every plan.
std::vector<Unit> Population(const UnitTable& table) {
  std::vector<Unit> units;
  for (int copy = 0; copy < 3; ++copy) units.insert(units.end(), table.units.begin(), table.units.end());
  while (units.size() < 300) units.insert(units.end(), table.units.begin(), table.units.end());
  std::mt19937 random(7);
  std::shuffle(units.begin(), units.end(), random);
  for (size_t i = 0; i < units.size(); i += 7) units.insert(units.begin() + static_cast<std::ptrdiff_t>(i), Unit());
  return units;
}

void ExpectSameAsOneAtATime(const std::shared_ptr<const RuleSet>& rules,
                            const std::vector<Unit>& units, const EvaluateOptions& options) {
  const int criteria = rules->criterion_count();
  const auto size = static_cast<size_t>(criteria);
  std::vector<Verdict> alone(units.size() * size);
  {
    Evaluator one(rules, options);
    for (size_t u = 0; u < units.size(); ++u) {
      for (int c = 0; c < criteria; ++c) alone[u * size + static_cast<size_t>(c)] = one.Evaluate(units[u], c);
    }
  }
  Evaluator many(rules, options);
  std::vector<Verdict> column(units.size());
  for (int c = 0; c < criteria; ++c) {
    std::fill(column.begin(), column.end(), Verdict::kNotApplicable);
    many.EvaluateMany(units, c, column);
    for (size_t u = 0; u < units.size(); ++u) {
      ASSERT_EQ(column[u], alone[u * size + static_cast<size_t>(c)])
          << "EvaluateMany, unit " << u << " (" << units[u].id() << "), criterion "
          << rules->criteria()[static_cast<size_t>(c)].name;
    }
  }
  std::vector<Verdict> rows(units.size() * size);
  many.EvaluateAll(units, rows);
  BatchResult batch = EvaluateBatch(rules, units, 2, options);
  for (size_t u = 0; u < units.size(); ++u) {
    std::vector<Verdict> row;
    many.EvaluateAll(units[u], &row);
    for (size_t c = 0; c < size; ++c) {
      // EvaluateAll of one unit is the row one-at-a-time callers know.
      ASSERT_EQ(rows[u * size + c], row[c]) << "EvaluateAll(span), unit " << u << ", criterion " << c;
      ASSERT_EQ(batch.at(u, static_cast<int>(c)), row[c]) << "EvaluateBatch, unit " << u;
      if (!units[u].empty()) {
        ASSERT_EQ(row[c], alone[u * size + c]) << "unit " << u << ", criterion " << c;
      }
    }
  }
}

TEST(BlockSeedsTest, ManyUnitsAtOnceGiveTheVerdictsOfOneAtATimeOnEverySeedPlan) {
  int plans = 0;
  for (const auto& dir : fs::directory_iterator(fs::path(THIDUA_SOURCE_DIR) / "rules")) {
    if (!fs::exists(dir.path() / "units.jsonl")) continue;
    for (int64_t max_steps : {int64_t{10'000'000}, int64_t{2}}) {
      SCOPED_TRACE(dir.path().filename().string() + ", max steps " + std::to_string(max_steps));
      CompileOptions compile;
      compile.max_evaluation_steps = max_steps;
      ASSERT_OK_AND_ASSIGN(Compilation c, CompileFile((dir.path() / "plan.td").string(), compile));
      ASSERT_TRUE(c.ok());
      ASSERT_OK_AND_ASSIGN(UnitTable t, c.rules->ReadUnitsFile((dir.path() / "units.jsonl").string(),
                                                                   DataOptions{}));
      ASSERT_FALSE(t.units.empty());
      std::vector<Unit> units = Population(t);
      for (const char* day : {"", "2021-06-30", "2023-12-31", "2030-01-01"}) {
        SCOPED_TRACE(std::string("as of ") + day);
        EvaluateOptions options;
        if (*day != '\0') {
          ASSERT_OK_AND_ASSIGN(options.as_of, ParseDate(day));
        }
        ExpectSameAsOneAtATime(c.rules, units, options);
      }
    }
    ++plans;
  }
  EXPECT_GE(plans, 5);
}

}  // namespace
}  // namespace thidua
