// One as-of day everywhere (docs/time-and-hierarchy.md): a district's
// roll-up reads its communes' criteria as of the day of the evaluation, not
// of the day the population was read; selections, targets and a rule file's
// own tests take their day too.
#include <gmock/gmock.h>

#include "test_util.hpp"

namespace thidua {
namespace {

using ::testing::HasSubstr;
using ::testing::Not;

// tests/data/time/rollup_amended.td (hypothetical): a commune needs 15
// criteria until 31/12/2023, 17 from 1/1/2024. In rollup_units.jsonl, H-01
// has communes of 16 and 18 criteria; H-02 of 14 and 19.
class RollUpAsOfTest : public ::testing::Test {
 protected:
  void SetUp() override {
    Compilation c = testing::CompileFileOrDie("tests/data/time/rollup_amended.td");
    ASSERT_TRUE(c.ok()) << testing::Render(c);
    rules_ = c.rules;
    auto table = rules_->ReadUnitsFile("tests/data/time/rollup_units.jsonl", DataOptions{});
    ASSERT_OK(table);
    ASSERT_TRUE(table->errors.empty()) << table->errors[0].message;
    units_ = std::move(table->units);
    all_ = rules_->FindCriterion("district_all_communes");
    half_ = rules_->FindCriterion("district_half_communes");
    ASSERT_GE(all_, 0);
    ASSERT_GE(half_, 0);
  }

  static EvaluateOptions On(std::string_view day) {
    EvaluateOptions options;
    options.as_of = *ParseDate(day);
    return options;
  }

  const Unit& U(std::string_view id) const {
    for (const Unit& u : units_) {
      if (u.id() == id) return u;
    }
    ADD_FAILURE() << "no unit " << id;
    return units_[0];
  }

  std::shared_ptr<const RuleSet> rules_;
  std::vector<Unit> units_;
  int all_ = -1, half_ = -1;
};

TEST_F(RollUpAsOfTest, TheDistrictVerdictFollowsTheDayOfItsCommunesRules) {
  // The same units, read once: only the evaluator's day differs.
  Evaluator before(rules_, On("2023-12-31")), after(rules_, On("2024-01-01"));
  EXPECT_EQ(before.Evaluate(U("H-01"), all_), Verdict::kEligible);
  EXPECT_EQ(after.Evaluate(U("H-01"), all_), Verdict::kNotEligible);
  // Xã Ba (14) fails on both days, so H-02 fails on both.
  EXPECT_EQ(before.Evaluate(U("H-02"), all_), Verdict::kNotEligible);
  EXPECT_EQ(after.Evaluate(U("H-02"), all_), Verdict::kNotEligible);
  // Half of each district's communes hold on both days.
  EXPECT_EQ(after.Evaluate(U("H-01"), half_), Verdict::kEligible);
  EXPECT_EQ(after.Evaluate(U("H-02"), half_), Verdict::kEligible);
  // The default day (the end of the period, 31/12/2025) reads 17 criteria.
  Evaluator by_default(rules_);
  EXPECT_EQ(by_default.Evaluate(U("H-01"), all_), Verdict::kNotEligible);
  // A day no version covers: the communes are undetermined, so is H-01.
  Evaluator outside(rules_, On("2026-01-01"));
  EXPECT_EQ(outside.Evaluate(U("H-01"), all_), Verdict::kUndetermined);
}

TEST_F(RollUpAsOfTest, OneEvaluatorGoingBackAndForthBetweenDistricts) {
  // The evaluator of the communes is reused from district to district and
  // from verdict to verdict: no verdict of one leaks into the next.
  Evaluator eval(rules_, On("2024-01-01"));
  for (int round = 0; round < 3; ++round) {
    EXPECT_EQ(eval.Evaluate(U("H-01"), all_), Verdict::kNotEligible);
    EXPECT_EQ(eval.Evaluate(U("X-01"), rules_->FindCriterion("commune_enough")),
              Verdict::kNotEligible);
    EXPECT_EQ(eval.Evaluate(U("H-02"), half_), Verdict::kEligible);
    EXPECT_EQ(eval.Evaluate(U("H-01"), half_), Verdict::kEligible);
  }
}

TEST_F(RollUpAsOfTest, TheExplanationNamesTheCommuneThatFailsOnThatDay) {
  Evaluator after(rules_, On("2024-01-01"));
  std::string text = FormatExplanation(after.Explain(U("H-01"), all_));
  EXPECT_THAT(text, HasSubstr("✗ X-01 Xã Một → failed"));
  // `all` is decided by X-01; the explanation still says X-02 holds.
  EXPECT_THAT(text, HasSubstr("✓ X-02 Xã Hai → held"));
  Evaluator before(rules_, On("2023-12-31"));
  EXPECT_THAT(FormatExplanation(before.Explain(U("H-01"), all_)),
              HasSubstr("elements matching: 2/2"));
}

TEST_F(RollUpAsOfTest, BatchesOnManyThreadsReadTheirDayDownToTheCommunes) {
  std::vector<Unit> many;
  for (int i = 0; i < 500; ++i) many.insert(many.end(), units_.begin(), units_.end());
  BatchResult a = EvaluateBatch(rules_, many, 2, On("2023-12-31"));
  BatchResult b = EvaluateBatch(rules_, many, 2, On("2024-01-01"));
  for (size_t u = 0; u < many.size(); u += units_.size()) {
    ASSERT_EQ(a.at(u, all_), Verdict::kEligible) << u;  // H-01
    ASSERT_EQ(b.at(u, all_), Verdict::kNotEligible) << u;
  }
}

TEST_F(RollUpAsOfTest, SelectionsAndTargetsTakeTheirDay) {
  SelectOptions options;
  options.as_of = *ParseDate("2023-12-31");
  ASSERT_OK_AND_ASSIGN(Selection before, SelectAward(rules_, "district_merit", units_, options));
  options.as_of = *ParseDate("2024-01-01");
  ASSERT_OK_AND_ASSIGN(Selection after, SelectAward(rules_, "district_merit", units_, options));
  EXPECT_TRUE(before.entries[0].selected);  // H-01
  EXPECT_FALSE(after.entries[0].selected);
  EXPECT_EQ(after.entries[0].outcome, "not_eligible");

  // At least 3 communes with enough criteria: X-01, X-02, X-04, then 2.
  std::vector<TargetReport> t1 =
      EvaluateTargets(rules_, units_, Language::kEnglish, On("2023-12-31"));
  std::vector<TargetReport> t2 =
      EvaluateTargets(rules_, units_, Language::kEnglish, On("2024-01-01"));
  ASSERT_EQ(t1.size(), 1u);
  EXPECT_EQ(t1[0].matching, 3);
  EXPECT_EQ(t1[0].verdict, Verdict::kEligible);
  EXPECT_EQ(t2[0].matching, 2);
  EXPECT_EQ(t2[0].verdict, Verdict::kNotEligible);
  ASSERT_OK_AND_ASSIGN(auto by, EvaluateTargetsBy(rules_, units_, "district",
                                                  Language::kEnglish, On("2024-01-01")));
  ASSERT_EQ(by[0].parts.size(), 2u);
  EXPECT_EQ(by[0].parts[0].matching, 1);  // H-01: X-02 only
  EXPECT_EQ(by[0].parts[1].matching, 1);  // H-02: X-04 only
}

TEST_F(RollUpAsOfTest, TheFilesOwnTestsNameTheirDay) {
  std::vector<TestResult> results = RunTests(rules_);
  ASSERT_EQ(results.size(), 2u);
  for (const TestResult& r : results) {
    EXPECT_TRUE(r.passed()) << r.title << ": " << r.failures[0].subject << " "
                            << r.failures[0].actual;
  }
  EXPECT_EQ(FormatDate(results[0].as_of), "2023-12-31");
  EXPECT_EQ(FormatDate(results[1].as_of), "2024-01-01");
}

// A commune criterion that reads a membership list, rolled up by its
// district: the communes are judged on the version of the list in force on
// the district's day, with the lists given to the district's evaluator.
TEST(RollUpLists, TheUnitsWithinReadTheListsInForceOnTheDay) {
  Compilation c = testing::CompileOrDie(R"td(
plan p "P" {
  period 2022 .. 2025
}
instrument a "1/QĐ" { date 1/1/2022 }
instrument b "2/QĐ" { date 1/1/2024 }
list difficult "Xã khó khăn" of commune
  source "1" by a from 1/1/2022 until 31/12/2023
list difficult "Xã khó khăn" of commune
  source "1" by b from 1/1/2024 until 31/12/2025
unit district "Huyện" { name: text }
unit commune "Xã" within district { name: text }
criterion commune_difficult for commune: id in difficult
criterion any_difficult for district: any c in commune where c.commune_difficult
)td");
  ASSERT_TRUE(c.ok()) << testing::Render(c);
  auto lists = std::make_shared<Lists>(c.rules);
  ASSERT_OK(lists->Read("difficult", "instrument,id\na,X1\nb,X9\n"));
  auto table = c.rules->ReadUnits(R"(
{"kind": "district", "id": "H1", "name": "Một"}
{"kind": "commune", "id": "X1", "parent": "H1", "name": "Xã Một"}
{"kind": "district", "id": "H2", "name": "Hai"}
{"kind": "commune", "id": "X9", "parent": "H2", "name": "Xã Chín"}
)",
                                  DataOptions{});
  ASSERT_OK(table);
  ASSERT_TRUE(table->errors.empty());
  int any = c.rules->FindCriterion("any_difficult");
  EvaluateOptions options;
  options.lists = lists;
  options.as_of = *ParseDate("2023-12-31");
  EXPECT_EQ(Evaluator(c.rules, options).Evaluate(table->units[0], any), Verdict::kEligible);
  options.as_of = *ParseDate("2024-01-01");
  EXPECT_EQ(Evaluator(c.rules, options).Evaluate(table->units[0], any), Verdict::kNotEligible);
  // One evaluator binds the communes' lists once for its day, not per
  // commune: the binding holds from commune to commune, district to district.
  Evaluator one(c.rules, options);
  for (int round = 0; round < 2; ++round) {
    EXPECT_EQ(one.Evaluate(table->units[0], any), Verdict::kNotEligible) << round;
    EXPECT_EQ(one.Evaluate(table->units[2], any), Verdict::kEligible) << round;
  }
  options.lists = nullptr;  // no members given: unknown, not false
  EXPECT_EQ(Evaluator(c.rules, options).Evaluate(table->units[0], any), Verdict::kUndetermined);
}

// ------------------------------------------------------ `as of` in a test

constexpr std::string_view kDated = R"td(
plan p "P" {
  period 2022 .. 2025
}
unit commune "Xã" { criteria_met: int }
param target for commune: int from 2022 until 2023 = 15
param target for commune: int from 2024 until 2025 = 17
criterion enough for commune: criteria_met >= target
)td";

std::vector<TestResult> RunDated(std::string_view tests) {
  Compilation c = testing::CompileOrDie(std::string(kDated) + std::string(tests));
  EXPECT_TRUE(c.ok()) << testing::Render(c);
  return c.ok() ? RunTests(c.rules) : std::vector<TestResult>{};
}

TEST(TestAsOf, ATestReadsTheRulesOfItsDayAndSaysWhichDay) {
  auto results = RunDated(R"td(
test "2023" {
  as of 31/12/2023
  given commune { criteria_met: 16 }
  expect enough
}
test "2024" {
  as of 2024-01-01
  given commune { criteria_met: 16 }
  expect enough
}
test "default" {
  given commune { criteria_met: 16 }
  expect not enough
}
)td");
  ASSERT_EQ(results.size(), 3u);
  EXPECT_TRUE(results[0].passed());
  EXPECT_EQ(FormatDate(results[0].as_of), "2023-12-31");
  ASSERT_FALSE(results[1].passed());  // 16 < 17 from 2024
  EXPECT_EQ(results[1].failures[0].actual, "not eligible");
  EXPECT_EQ(FormatDate(results[1].as_of), "2024-01-01");
  EXPECT_TRUE(results[2].passed());
  EXPECT_EQ(FormatDate(results[2].as_of), "2025-12-31");  // the period's end
}

TEST(TestAsOf, ABadDayIsAnErrorAtItsPlace) {
  auto c = CompileText(std::string(kDated) + R"td(
test "bad" {
  as of 31/2/2024
  given commune { criteria_met: 16 }
  expect enough
}
)td",
                       "t.td");
  ASSERT_OK(c);
  std::string text = testing::Render(*c);
  EXPECT_THAT(text, HasSubstr("t.td:11:9: error: '31/2/2024' is not a valid day for the test: "
                              "'as of' names the day whose rules the test reads"));
  EXPECT_THAT(text, HasSubstr("e.g. as of 1/1/2024"));
  CompileOptions vi;
  vi.language = Language::kVietnamese;
  auto v = CompileText(std::string(kDated) + "test \"bad\" {\n  as of 2024-13-01\n"
                       "  given commune { criteria_met: 16 }\n}\n",
                       "t.td", vi);
  ASSERT_OK(v);
  std::string vi_text = testing::Render(*v);
  EXPECT_THAT(vi_text, HasSubstr("t.td:10:9: error: '2024-13-01' không phải ngày hợp lệ cho "
                                 "phép thử"));
  EXPECT_THAT(vi_text, HasSubstr("ví dụ as of 1/1/2024"));
}

TEST(TestAsOf, FormatKeepsTheDayAfterTheYear) {
  std::string text = std::string(kDated) + R"td(
test "t" {
  in year 2024
  as of   2023-12-31
  given commune { criteria_met: 16 }
  expect enough
}
)td";
  ASSERT_OK_AND_ASSIGN(Formatted once, FormatRules(text, "t.td"));
  ASSERT_TRUE(once.ok());
  EXPECT_THAT(once.text, HasSubstr("  in year 2024\n  as of 31/12/2023\n  given commune"));
  ASSERT_OK_AND_ASSIGN(Formatted twice, FormatRules(once.text, "t.td"));
  EXPECT_EQ(twice.text, once.text);
}

}  // namespace
}  // namespace thidua
