// Effective dates: versions of a param or criterion, each set by an
// instrument and in force on some days; the as-of day that chooses among
// them; gaps that give undetermined verdicts naming the gap; overlaps that
// are errors at check time (docs/time-and-hierarchy.md).
#include <thread>

#include "test_util.hpp"

namespace thidua {
namespace {

// tests/data/time/amended.td: 300 triệu (192/KH-UBND) from 30/6/2022 until
// 31/12/2023, 400 triệu (a hypothetical 99/QĐ-UBND) from 1/1/2024 until
// 31/12/2025; difficult areas 200 and 250 triệu.
class TimeTest : public ::testing::Test {
 protected:
  void SetUp() override {
    Compilation c = testing::CompileFileOrDie("tests/data/time/amended.td");
    ASSERT_TRUE(c.ok()) << testing::Render(c);
    rules_ = c.rules;
    criterion_ = rules_->FindCriterion("enough_contribution");
    ASSERT_GE(criterion_, 0);
  }

  Unit Make(std::string_view contribution, std::string_view region = "normal") {
    auto unit = rules_->UnitFromJson(absl::StrCat(
        R"({"kind": "enterprise", "id": "DN", "region": ")", std::string(region),
        R"(", "contribution": ")", std::string(contribution), R"("})"));
    EXPECT_TRUE(unit.ok()) << unit.status();
    return unit.ok() ? *unit : Unit();
  }

  Verdict At(std::string_view day, const Unit& unit) {
    EvaluateOptions options;
    auto d = ParseDate(day);
    EXPECT_TRUE(d.ok()) << d.status();
    options.as_of = *d;
    Evaluator evaluator(rules_, options);
    return evaluator.Evaluate(unit, criterion_);
  }

  std::string Explained(std::string_view day, const Unit& unit,
                        Language language = Language::kEnglish) {
    EvaluateOptions options;
    options.as_of = *ParseDate(day);
    Evaluator evaluator(rules_, options);
    return FormatExplanation(evaluator.Explain(unit, criterion_, language));
  }

  std::shared_ptr<const RuleSet> rules_;
  int criterion_ = -1;
};

TEST_F(TimeTest, TheAmendmentAppliesFromItsFirstDay) {
  Unit unit = Make("350 triệu");
  EXPECT_EQ(At("2023-12-30", unit), Verdict::kEligible);
  EXPECT_EQ(At("2023-12-31", unit), Verdict::kEligible);     // the day before
  EXPECT_EQ(At("2024-01-01", unit), Verdict::kNotEligible);  // the day of
  EXPECT_EQ(At("2024-01-02", unit), Verdict::kNotEligible);  // the day after
}

TEST_F(TimeTest, ExceptionsAreThoseOfTheVersionInForce) {
  Unit unit = Make("220 triệu", "difficult");
  EXPECT_EQ(At("31/12/2023", unit), Verdict::kEligible);     // ≥ 200 triệu
  EXPECT_EQ(At("1/1/2024", unit), Verdict::kNotEligible);    // ≥ 250 triệu
}

TEST_F(TimeTest, OutsideEveryVersionIsUndeterminedNeverANeighbour) {
  Unit unit = Make("1 tỷ");  // enough under either version
  EXPECT_EQ(At("2022-06-29", unit), Verdict::kUndetermined);  // before the first
  EXPECT_EQ(At("2022-06-30", unit), Verdict::kEligible);
  EXPECT_EQ(At("2025-12-31", unit), Verdict::kEligible);
  EXPECT_EQ(At("2026-01-01", unit), Verdict::kUndetermined);  // after the last
  std::string before = Explained("2022-06-29", unit);
  EXPECT_NE(before.find("no version of min_contribution is in force on 29/6/2022: the first "
                        "version is in force from 30/6/2022"),
            std::string::npos)
      << before;
  std::string after = Explained("2026-01-01", unit);
  EXPECT_NE(after.find("is in force on 1/1/2026: the last version ended on 31/12/2025"),
            std::string::npos)
      << after;
  // The versions there are, each with its instrument.
  EXPECT_NE(after.find("from 30/6/2022 until 31/12/2023, set by 192/KH-UBND of 30/6/2022, UBND tỉnh Bình Phước [IV.1.4]"),
            std::string::npos)
      << after;
}

TEST_F(TimeTest, EachExplanationCitesTheInstrumentInForce) {
  Unit unit = Make("350 triệu");
  std::string old_rule = Explained("2023-12-31", unit);
  EXPECT_NE(old_rule.find("version in force on 31/12/2023: from 30/6/2022 until 31/12/2023, "
                          "set by 192/KH-UBND of 30/6/2022, UBND tỉnh Bình Phước"),
            std::string::npos)
      << old_rule;
  EXPECT_NE(old_rule.find("≥ min_contribution (300 triệu)"), std::string::npos) << old_rule;
  EXPECT_EQ(old_rule.find("99/QĐ-UBND"), std::string::npos) << old_rule;
  std::string amended = Explained("2024-01-01", unit);
  EXPECT_NE(amended.find("set by 99/QĐ-UBND (giả định) of 15/12/2023"), std::string::npos)
      << amended;
  EXPECT_NE(amended.find("[Điều 1]"), std::string::npos) << amended;
  EXPECT_NE(amended.find("(400 triệu)"), std::string::npos) << amended;
  std::string vi = Explained("2024-01-01", unit, Language::kVietnamese);
  EXPECT_NE(vi.find("phiên bản có hiệu lực ngày 1/1/2024: từ 1/1/2024 đến 31/12/2025, theo "
                    "99/QĐ-UBND (giả định) ngày 15/12/2023"),
            std::string::npos)
      << vi;
}

TEST_F(TimeTest, TheDefaultIsThePlanPeriodsLastDay) {
  Date d = rules_->default_as_of();
  EXPECT_EQ(FormatDate(d), "2025-12-31");
  Evaluator evaluator(rules_);
  EXPECT_EQ(FormatDate(evaluator.as_of()), "2025-12-31");
  EXPECT_EQ(evaluator.Evaluate(Make("350 triệu"), criterion_), Verdict::kNotEligible);
}

TEST_F(TimeTest, BatchesOnManyThreadsReadTheSameDay) {
  std::vector<Unit> units(3000, Make("350 triệu"));
  EvaluateOptions before, after;
  before.as_of = *ParseDate("2023-12-31");
  after.as_of = *ParseDate("2024-01-01");
  BatchResult a = EvaluateBatch(rules_, units, 2, before);
  BatchResult b = EvaluateBatch(rules_, units, 2, after);
  for (size_t u = 0; u < units.size(); ++u) {
    ASSERT_EQ(a.at(u, criterion_), Verdict::kEligible) << u;
    ASSERT_EQ(b.at(u, criterion_), Verdict::kNotEligible) << u;
  }
}

TEST(TimeDates, ParseDateTakesBothFormsAndRejectsImpossibleDays) {
  EXPECT_EQ(FormatDate(*ParseDate("31/12/2023")), "2023-12-31");
  EXPECT_EQ(FormatDate(*ParseDate("2024-02-29")), "2024-02-29");
  EXPECT_FALSE(ParseDate("31/2/2023").ok());
  EXPECT_FALSE(ParseDate("2023").ok());
  EXPECT_FALSE(ParseDate("").ok());
}

// Versions of a criterion, a gap between them, and no plan period.
constexpr std::string_view kCriterionVersions = R"td(
instrument a "1/QĐ-UBND" { date 1/1/2022 issuer "UBND tỉnh" }
instrument b "2/QĐ-UBND" { date 1/6/2024 }
unit commune "Xã" { criteria_met: int }
criterion enough for commune "Đạt chuẩn" source "Điều 2" by a from 2022 until 2023
  : criteria_met >= 15
criterion enough for commune "Đạt chuẩn" source "Điều 3" by b from 1/6/2024
  : criteria_met >= 17
)td";

TEST(TimeVersions, CriterionVersionsAndTheGapBetweenThem) {
  Compilation c = testing::CompileOrDie(kCriterionVersions);
  ASSERT_TRUE(c.ok()) << testing::Render(c);
  EXPECT_EQ(c.rules->criterion_count(), 1);  // versions are one criterion
  auto unit = c.rules->UnitFromJson(R"({"kind": "commune", "id": "X", "criteria_met": 16})");
  ASSERT_TRUE(unit.ok()) << unit.status();
  auto at = [&](std::string_view day) {
    EvaluateOptions o;
    o.as_of = *ParseDate(day);
    Evaluator e(c.rules, o);
    return e.Evaluate(*unit, 0);
  };
  EXPECT_EQ(at("2023-12-31"), Verdict::kEligible);
  EXPECT_EQ(at("2024-01-01"), Verdict::kUndetermined);
  EXPECT_EQ(at("2024-05-31"), Verdict::kUndetermined);
  EXPECT_EQ(at("2024-06-01"), Verdict::kNotEligible);
  EvaluateOptions o;
  o.as_of = *ParseDate("2024-03-01");
  Evaluator e(c.rules, o);
  std::string text = FormatExplanation(e.Explain(*unit, 0));
  EXPECT_NE(text.find("no version of enough is in force on 1/3/2024: a gap from 1/1/2024 to "
                      "31/5/2024"),
            std::string::npos)
      << text;
  // No period and no as-of day: undetermined, and said so.
  Evaluator none(c.rules);
  EXPECT_TRUE(none.as_of().empty());
  EXPECT_EQ(none.Evaluate(*unit, 0), Verdict::kUndetermined);
  text = FormatExplanation(none.Explain(*unit, 0));
  EXPECT_NE(text.find("no as-of date is given"), std::string::npos) << text;
}

TEST(TimeVersions, OverlapsAreErrorsNamingBothSpans) {
  Compilation c = testing::CompileOrDie(R"td(
unit commune "Xã" { criteria_met: int }
param target for commune: int source "a" from 2022 until 2024 = 15
param target for commune: int source "b" from 1/6/2024 = 17
criterion enough for commune: criteria_met >= target
)td");
  ASSERT_FALSE(c.ok());
  ASSERT_EQ(c.error_count(), 1) << testing::Render(c);
  const Diagnostic& d = c.diagnostics[0];
  EXPECT_EQ(d.line, 4);
  EXPECT_EQ(d.message,
            "versions of 'target' overlap: 1/1/2022–31/12/2024 and 1/6/2024– are both in "
            "force from 1/6/2024");
  EXPECT_EQ(d.hint, "end the earlier version the day before the later one starts: until "
                    "31/5/2024");
}

TEST(TimeVersions, AdjacentVersionsDoNotOverlap) {
  Compilation c = testing::CompileOrDie(R"td(
unit commune "Xã" { criteria_met: int }
param target for commune: int source "a" from 2022 until 31/5/2024 = 15
param target for commune: int source "b" from 1/6/2024 = 17
criterion enough for commune: criteria_met >= target
)td");
  EXPECT_TRUE(c.ok()) << testing::Render(c);
}

TEST(TimeFormat, TheCanonicalLayoutKeepsInstrumentsAndDates) {
  std::string text = testing::ReadFile("tests/data/time/amended.td");
  auto f = FormatRules(text, "amended.td");
  ASSERT_TRUE(f.ok()) << f.status();
  ASSERT_TRUE(f->ok()) << FormatDiagnostics(f->diagnostics);
  EXPECT_EQ(f->text, text);  // the sample is in the canonical layout
  EXPECT_NE(f->text.find("  source \"Điều 1\" by qd99 from 1/1/2024 until 31/12/2025\n"),
            std::string::npos);
}

}  // namespace
}  // namespace thidua
