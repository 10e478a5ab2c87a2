// Values by year (`T by year`, `field[YEAR]`) and report schedules
// (`schedule`, `date by period`, `… on time for S in YEAR`): parsing, type
// errors with hints in both languages, evaluation (unknown years, leap years,
// periods across year ends, due-day boundaries), data in JSON and CSV with
// bad cells, explanations and `thidua fmt`.
#include "front_end_test_helpers.hpp"
#include "syntax/print.hpp"

namespace thidua {
namespace {

using testing::ErrorBriefs;
using testing::FindDiagnostic;

// Kon Tum 2017/KH-UBND (criteria gained each year, income × 1.5 of 2020) and
// a report schedule like Bình Phước 192/KH-UBND's district reporting.
constexpr std::string_view kRules = R"td(
enum level "Mức NTM" ordered { none, standard, advanced, model }

unit commune "Xã" {
  year: int "Năm đánh giá"
  level: level
  criteria_met: int by year "Số tiêu chí đạt"
  income: optional money by year "Thu nhập bình quân"
  level_by_year: optional level by year
}

unit district "Huyện" {
  year: int
  reports: optional date by period "Ngày gửi báo cáo"
}

criterion gains_one for commune "Mỗi năm đạt thêm ít nhất 1 tiêu chí"
  source "2017/KH-UBND, Chỉ tiêu"
  : criteria_met[year] - criteria_met[year - 1] >= 1

criterion income_doubled for commune "Thu nhập ≥ 1,5 lần năm 2020"
  : income[year] >= income[2020] * 1.5

criterion was_standard_2022 for commune: level_by_year[2022] >= standard

schedule district_reports "Báo cáo tháng, quý, 6 tháng, 9 tháng, năm" {
  source "192/KH-UBND, IV.1.2"
  monthly due 5 days after end
  quarterly due 10 days after end
  six_months due 15 days before end
  nine_months due at end
  yearly due 15 days after end
  midterm 2023 due at end
}

schedule yearly_only "Báo cáo năm" {
  yearly due 15 days after end
}

schedule monthly_only "Báo cáo tháng" {
  monthly due 5 days after end
}

criterion reports_on_time for district "Chấp hành tốt công tác thông tin, báo cáo"
  : reports on time for district_reports in year

criterion yearly_on_time for district: reports on time for yearly_only in year
criterion monthly_on_time for district: reports on time for monthly_only in year
)td";

class HistoryTest : public testing::RulesTest {
 protected:
  HistoryTest() : RulesTest(kRules) {}
};

std::string Commune(std::string_view criteria, std::string_view extra = "") {
  return "{\"kind\": \"commune\", \"year\": 2023, \"level\": \"none\", \"criteria_met\": " +
         std::string(criteria) + std::string(extra) + "}";
}

std::string District(std::string_view reports, int year = 2024) {
  std::string out = "{\"kind\": \"district\", \"year\": " + std::to_string(year);
  if (!reports.empty()) out += ", \"reports\": " + std::string(reports);
  return out + "}";
}

// ------------------------------------------------------------ values by year

TEST_F(HistoryTest, GainOverThePreviousYear) {
  EXPECT_EQ(Eval(Commune(R"({"2022": 13, "2023": 15})"), "gains_one"), kYes);
  EXPECT_EQ(Eval(Commune(R"({"2022": 14, "2023": 15})"), "gains_one"), kYes);
  EXPECT_EQ(Eval(Commune(R"({"2022": 15, "2023": 15})"), "gains_one"), kNo);
}

TEST_F(HistoryTest, AnAbsentYearIsUnknownNeverZero) {
  EXPECT_EQ(Eval(Commune(R"({"2021": 12, "2023": 15})"), "gains_one"), kUnknown);
  EXPECT_EQ(Eval(Commune(R"({"2022": 12})"), "gains_one"), kUnknown);
  EXPECT_EQ(Eval(Commune(R"({})"), "gains_one"), kUnknown);
}

TEST_F(HistoryTest, IncomeAgainstItsOwn2020Value) {
  // 46 800 000 = 1.5 × 31 200 000 exactly; one đồng less is short.
  EXPECT_EQ(Eval(Commune("{}", R"(, "income": {"2020": 31200000, "2023": 46800000})"),
                 "income_doubled"),
            kYes);
  EXPECT_EQ(Eval(Commune("{}", R"(, "income": {"2020": 31200000, "2023": 46799999})"),
                 "income_doubled"),
            kNo);
  EXPECT_EQ(Eval(Commune("{}", R"(, "income": {"2023": 46800000})"), "income_doubled"),
            kUnknown);
  EXPECT_EQ(Eval(Commune("{}"), "income_doubled"), kUnknown);  // no field at all
}

TEST_F(HistoryTest, EnumByYear) {
  EXPECT_EQ(Eval(Commune("{}", R"(, "level_by_year": {"2022": "advanced"})"),
                 "was_standard_2022"),
            kYes);
  EXPECT_EQ(Eval(Commune("{}", R"(, "level_by_year": {"2021": "model"})"),
                 "was_standard_2022"),
            kUnknown);
}

TEST_F(HistoryTest, ExplanationShowsTheYearsRead) {
  std::string en = Explain(Commune(R"({"2022": 13, "2023": 15})"), "gains_one");
  EXPECT_NE(en.find("criteria_met[2023] = 15"), std::string::npos) << en;
  EXPECT_NE(en.find("criteria_met[2022] = 13"), std::string::npos) << en;
  std::string missing = Explain(Commune(R"({"2023": 15})"), "gains_one", Language::kVietnamese);
  EXPECT_NE(missing.find("criteria_met[2022] = thiếu dữ liệu (không có số liệu năm 2022)"),
            std::string::npos)
      << missing;
}

// ------------------------------------------------------------ schedules

// Every report of 2024 on its due day: monthly +5 days, quarterly +10, the
// first six months 15 days before 30/6, nine months on 30/9, the year +15.
std::string All2024(std::string_view change_key = "", std::string_view change_date = "") {
  std::vector<std::pair<std::string, std::string>> dates = {
      {"2024-01", "2024-02-05"}, {"2024-02", "2024-03-05"}, {"2024-03", "2024-04-05"},
      {"2024-04", "2024-05-05"}, {"2024-05", "2024-06-05"}, {"2024-06", "2024-07-05"},
      {"2024-07", "2024-08-05"}, {"2024-08", "2024-09-05"}, {"2024-09", "2024-10-05"},
      {"2024-10", "2024-11-05"}, {"2024-11", "2024-12-05"}, {"2024-12", "2025-01-05"},
      {"2024-Q1", "2024-04-10"}, {"2024-Q2", "2024-07-10"}, {"2024-Q3", "2024-10-10"},
      {"2024-Q4", "2025-01-10"}, {"2024-H1", "2024-06-15"}, {"2024-9M", "2024-09-30"},
      {"2024", "2025-01-15"}};
  std::string out = "{";
  for (const auto& [key, date] : dates) {
    if (key == change_key && change_date.empty()) continue;  // not sent
    std::string d = key == change_key ? std::string(change_date) : date;
    out += (out.size() > 1 ? ", \"" : "\"") + key + "\": \"" + d + "\"";
  }
  return out + "}";
}

TEST_F(HistoryTest, EveryPeriodOnItsDueDayIsOnTime) {
  EXPECT_EQ(Eval(District(All2024()), "reports_on_time"), kYes);
}

TEST_F(HistoryTest, ADayLateInAnyPeriodIsNotOnTime) {
  EXPECT_EQ(Eval(District(All2024("2024-05", "2024-06-06")), "reports_on_time"), kNo);
  EXPECT_EQ(Eval(District(All2024("2024-Q3", "2024-10-11")), "reports_on_time"), kNo);
  // Due 15 days before the end of June: 15/6 is on time, 16/6 is late.
  EXPECT_EQ(Eval(District(All2024("2024-H1", "2024-06-16")), "reports_on_time"), kNo);
  EXPECT_EQ(Eval(District(All2024("2024-9M", "2024-10-01")), "reports_on_time"), kNo);
  // Early is on time.
  EXPECT_EQ(Eval(District(All2024("2024-05", "2024-05-31")), "reports_on_time"), kYes);
}

TEST_F(HistoryTest, AMissingReportIsNotOnTimeAMissingFieldIsUnknown) {
  EXPECT_EQ(Eval(District(All2024("2024-Q2")), "reports_on_time"), kNo);
  EXPECT_EQ(Eval(District(""), "reports_on_time"), kUnknown);
  EXPECT_EQ(Eval(District("{}"), "reports_on_time"), kNo);
}

TEST_F(HistoryTest, PeriodsAcrossTheYearEnd) {
  // The December and yearly reports of 2024 are due in January 2025.
  EXPECT_EQ(Eval(District(R"({"2024": "15/1/2025"})"), "yearly_on_time"), kYes);
  EXPECT_EQ(Eval(District(R"({"2024": "16/1/2025"})"), "yearly_on_time"), kNo);
  EXPECT_EQ(Eval(District(All2024("2024-12", "2025-01-06")), "reports_on_time"), kNo);
  // The 2023 report sent in 2024 does not count for 2024.
  EXPECT_EQ(Eval(District(R"({"2023": "10/1/2024"})"), "yearly_on_time"), kNo);
  EXPECT_EQ(Eval(District(R"({"2023": "10/1/2024"})", 2023), "yearly_on_time"), kYes);
}

std::string MonthsOf(int year, std::string_view february) {
  std::string out = "{";
  for (int m = 1; m <= 12; ++m) {
    std::string key = std::to_string(year) + (m < 10 ? "-0" : "-") + std::to_string(m);
    int next_month = m == 12 ? 1 : m + 1, next_year = m == 12 ? year + 1 : year;
    std::string date = m == 2 ? std::string(february)
                              : "5/" + std::to_string(next_month) + "/" +
                                    std::to_string(next_year);
    out += (m > 1 ? ", \"" : "\"") + key + "\": \"" + date + "\"";
  }
  return out + "}";
}

TEST_F(HistoryTest, LeapYearsMoveTheEndOfFebruary) {
  // February ends on 29/2/2024 (+5 days: 5/3/2024) and 28/2/2023 (5/3/2023);
  // the due day is the same, counted from a different end.
  EXPECT_EQ(Eval(District(MonthsOf(2024, "5/3/2024")), "monthly_on_time"), kYes);
  EXPECT_EQ(Eval(District(MonthsOf(2024, "6/3/2024")), "monthly_on_time"), kNo);
  EXPECT_EQ(Eval(District(MonthsOf(2023, "5/3/2023"), 2023), "monthly_on_time"), kYes);
  EXPECT_EQ(Eval(District(MonthsOf(2023, "6/3/2023"), 2023), "monthly_on_time"), kNo);
}

TEST_F(HistoryTest, ReviewYearsOnlyInTheirYear) {
  std::string with_review = All2024();
  // 2024 has no mid-term review; 2023 has, due by 31/12/2023.
  EXPECT_EQ(Eval(District(R"({"2023": "31/12/2023"})", 2023), "yearly_on_time"), kYes);
  std::string y2023 = R"({"2023-midterm": "31/12/2023"})";
  EXPECT_EQ(Eval(District(y2023, 2023), "reports_on_time"), kNo);  // months missing
  EXPECT_EQ(Eval(District(with_review), "reports_on_time"), kYes);
}

TEST_F(HistoryTest, ScheduleExplanationListsLateAndMissingPeriods) {
  std::string text = Explain(District(All2024("2024-Q2")), "reports_on_time");
  EXPECT_NE(text.find("periods reported on time: 18/19"), std::string::npos) << text;
  EXPECT_NE(text.find("2024-Q2: no report (due 10/7/2024)"), std::string::npos) << text;
  std::string vi = Explain(District(All2024("2024-03", "2024-04-06")), "reports_on_time",
                           Language::kVietnamese);
  EXPECT_NE(vi.find("2024-03: gửi 6/4/2024, sau hạn 5/4/2024"), std::string::npos) << vi;
}

// ------------------------------------------------------------ data

TEST_F(HistoryTest, CsvCellsAndJsonObjects) {
  DataOptions options;
  auto table = rules_->ReadUnits(
      "kind,id,year,level,criteria_met,income\n"
      "commune,X-1,2023,none,2022: 13; 2023: 15,\"2020: 31,2 triệu; 2023: 46,8 triệu\"\n"
      "commune,X-2,2023,none,\"{\"\"2022\"\": 15, \"\"2023\"\": 15}\",\n",
      options);
  ASSERT_TRUE(table.ok()) << table.status();
  ASSERT_TRUE(table->errors.empty()) << table->errors.front().message;
  ASSERT_EQ(table->units.size(), 2u);
  Evaluator evaluator(rules_);
  EXPECT_EQ(evaluator.Evaluate(table->units[0], rules_->FindCriterion("gains_one")), kYes);
  EXPECT_EQ(evaluator.Evaluate(table->units[0], rules_->FindCriterion("income_doubled")), kYes);
  EXPECT_EQ(evaluator.Evaluate(table->units[1], rules_->FindCriterion("gains_one")), kNo);
}

TEST_F(HistoryTest, ReportDatesInACsvCell) {
  DataOptions options;
  auto table = rules_->ReadUnits(
      "kind,id,year,reports\n"
      "district,H-1,2024,2024: 15/1/2025\n"
      "district,H-2,2024,2024: 16/01/2025; 2023: 2024-01-10\n",
      options);
  ASSERT_TRUE(table.ok()) << table.status();
  ASSERT_TRUE(table->errors.empty()) << table->errors.front().message;
  Evaluator evaluator(rules_);
  EXPECT_EQ(evaluator.Evaluate(table->units[0], rules_->FindCriterion("yearly_on_time")), kYes);
  EXPECT_EQ(evaluator.Evaluate(table->units[1], rules_->FindCriterion("yearly_on_time")), kNo);
}

TEST_F(HistoryTest, BadCellsAreRowErrorsWithTheirPosition) {
  DataOptions options;
  auto table = rules_->ReadUnits(
      "kind,id,year,level,criteria_met\n"
      "commune,A,2023,none,2022: 13; 2023: 15\n"
      "commune,B,2023,none,năm 2022: 13\n"
      "commune,C,2023,none,2022: mười ba\n"
      "commune,D,2023,none,2022: 13; 2022: 14\n"
      "commune,E,2023,none,13\n"
      "commune,F,2023,none,2022: 1.5\n",
      options);
  ASSERT_TRUE(table.ok()) << table.status();
  EXPECT_EQ(table->units.size(), 1u);
  ASSERT_EQ(table->errors.size(), 5u);
  EXPECT_EQ(table->rows_read, 6);
  EXPECT_EQ(table->errors[0].row, 3);
  EXPECT_EQ(table->errors[0].column, "criteria_met");
  EXPECT_NE(table->errors[0].message.find("'năm 2022' is not a year"), std::string::npos)
      << table->errors[0].message;
  EXPECT_EQ(table->errors[1].column, "criteria_met[2022]");
  EXPECT_NE(table->errors[1].message.find("mười ba"), std::string::npos);
  EXPECT_NE(table->errors[2].message.find("'2022' is given twice"), std::string::npos)
      << table->errors[2].message;
  EXPECT_NE(table->errors[3].message.find("is not values by year"), std::string::npos)
      << table->errors[3].message;
  EXPECT_EQ(table->errors[4].column, "criteria_met[2022]");
}

TEST_F(HistoryTest, BadJsonValuesAreRowErrorsInVietnamese) {
  DataOptions options;
  options.language = Language::kVietnamese;
  auto table = rules_->ReadUnits(
      R"({"kind": "commune", "year": 2023, "level": "none", "criteria_met": [13, 15]}
{"kind": "commune", "year": 2023, "level": "none", "criteria_met": {"22": 13}}
{"kind": "district", "year": 2024, "reports": {"2024-Q5": "1/1/2025"}}
{"kind": "district", "year": 2024, "reports": {"2024": "31/2/2025"}}
)",
      options);
  ASSERT_TRUE(table.ok()) << table.status();
  ASSERT_EQ(table->errors.size(), 4u);
  EXPECT_NE(table->errors[0].message.find("không phải giá trị theo năm"), std::string::npos)
      << table->errors[0].message;
  EXPECT_NE(table->errors[1].message.find("'22' không phải năm"), std::string::npos)
      << table->errors[1].message;
  EXPECT_NE(table->errors[2].message.find("'2024-Q5' không phải kỳ báo cáo"), std::string::npos)
      << table->errors[2].message;
  EXPECT_EQ(table->errors[3].column, "reports[2024]");
}

// ------------------------------------------------------------ checking

constexpr std::string_view kUnit = R"td(
unit commune "Xã" {
  year: int
  criteria_met: int by year
  income: money by year
  score: int
  reports: date by period
}
schedule s "Báo cáo" { yearly due at end }
)td";

Compilation CompileWith(std::string_view rest, CompileOptions options = {}) {
  return testing::CompileOrDie(std::string(kUnit) + std::string(rest), options);
}

TEST(HistoryCheckTest, BareUseNeedsAYearWithAHint) {
  Compilation c = CompileWith("criterion c for commune: criteria_met >= 15\n");
  ASSERT_FALSE(c.ok());
  const Diagnostic* d = FindDiagnostic(c, "holds one value per year");
  ASSERT_NE(d, nullptr) << testing::Render(c);
  EXPECT_EQ(d->line, 10);
  EXPECT_EQ(d->column, 26);
  EXPECT_NE(d->hint.find("write criteria_met[YEAR], e.g. criteria_met[year]"),
            std::string::npos)
      << d->hint;
  EXPECT_EQ(ErrorBriefs(c).size(), 1u);  // no follow-on error on >=

  Compilation vi = CompileWith("criterion c for commune: criteria_met >= 15\n",
                               testing::Vietnamese());
  const Diagnostic* v = FindDiagnostic(vi, "có một giá trị cho mỗi năm");
  ASSERT_NE(v, nullptr) << testing::Render(vi);
  EXPECT_NE(v->hint.find("viết criteria_met[NĂM]"), std::string::npos) << v->hint;
}

TEST(HistoryCheckTest, IndexingAPlainFieldSuggestsByYear) {
  Compilation c = CompileWith("criterion c for commune: score[2020] >= 15\n");
  const Diagnostic* d = FindDiagnostic(c, "'score' is not a value by year, it is int");
  ASSERT_NE(d, nullptr) << testing::Render(c);
  EXPECT_NE(d->hint.find("declare the field as 'int by year'"), std::string::npos) << d->hint;
}

TEST(HistoryCheckTest, TypesAreChecked) {
  // money by year against a plain number: the money hint.
  Compilation money = CompileWith("criterion c for commune: income[2020] >= 300\n");
  EXPECT_NE(FindDiagnostic(money, "cannot compare money"), nullptr) << testing::Render(money);
  // The year must be an int.
  Compilation year = CompileWith("criterion c for commune: criteria_met[2020.5] >= 1\n");
  EXPECT_NE(FindDiagnostic(year, "expected int, found decimal"), nullptr)
      << testing::Render(year);
  // money by year minus int by year.
  Compilation mixed = CompileWith(
      "criterion c for commune: income[year] - criteria_met[year] >= 0 đồng\n");
  EXPECT_NE(FindDiagnostic(mixed, "'-' cannot combine money and int"), nullptr)
      << testing::Render(mixed);
  // A well-typed use compiles.
  EXPECT_TRUE(CompileWith("criterion c for commune: income[year] >= income[2020] * 1.5\n").ok());
}

TEST(HistoryCheckTest, DeclarationsAreChecked) {
  Compilation list = testing::CompileOrDie("unit u { xs: list of { a: int } by year }\n");
  EXPECT_NE(FindDiagnostic(list, "a value by year cannot hold list"), nullptr)
      << testing::Render(list);
  Compilation period = testing::CompileOrDie("unit u { r: int by period }\n");
  EXPECT_NE(FindDiagnostic(period, "must be date, not int"), nullptr) << testing::Render(period);
}

TEST(HistoryCheckTest, SchedulesAreChecked) {
  Compilation bare = CompileWith("criterion c for commune: reports\n");
  const Diagnostic* d = FindDiagnostic(bare, "holds report dates by period");
  ASSERT_NE(d, nullptr) << testing::Render(bare);
  EXPECT_NE(d->hint.find("reports on time for SCHEDULE in YEAR"), std::string::npos);
  Compilation unknown = CompileWith("criterion c for commune: reports on time for t in year\n");
  EXPECT_NE(FindDiagnostic(unknown, "unknown schedule 't'"), nullptr) << testing::Render(unknown);
  Compilation wrong = CompileWith("criterion c for commune: score on time for s in year\n");
  const Diagnostic* w = FindDiagnostic(wrong, "'score' is not report dates by period");
  ASSERT_NE(w, nullptr) << testing::Render(wrong);
  EXPECT_NE(w->hint.find("date by period"), std::string::npos);
  Compilation twice =
      testing::CompileOrDie("schedule s { yearly due at end yearly due 5 days after end }\n");
  EXPECT_NE(FindDiagnostic(twice, "period 'yearly' is declared twice"), nullptr)
      << testing::Render(twice);
}

TEST(HistoryCheckTest, TestLiteralsAreChecked) {
  Compilation c = CompileWith(R"(
criterion c for commune: criteria_met[year] >= 1
test "t" {
  given commune { year: 2023, criteria_met: {2023: "x", "23": 1}, income: {}, score: 1,
                  reports: {"2024-Q9": 1/1/2025} }
  expect c
}
)");
  EXPECT_NE(FindDiagnostic(c, "'23' is not a year"), nullptr) << testing::Render(c);
  EXPECT_NE(FindDiagnostic(c, "'2024-Q9' is not a report period"), nullptr)
      << testing::Render(c);
  EXPECT_NE(FindDiagnostic(c, "expected int, found text"), nullptr) << testing::Render(c);
}

TEST(HistoryCheckTest, TestBlocksRunWithValuesByYear) {
  Compilation c = CompileWith(R"(
criterion gains for commune: criteria_met[year] - criteria_met[year - 1] >= 1
criterion on_time for commune: reports on time for s in year
test "t" {
  given commune { year: 2023, criteria_met: {2022: 13, 2023: 14}, income: {}, score: 1,
                  reports: {2023: 31/12/2023, "2024-Q1": 1/4/2024} }
  expect gains
  expect on_time
}
)");
  ASSERT_TRUE(c.ok()) << testing::Render(c);
  auto results = RunTests(c.rules);
  ASSERT_EQ(results.size(), 1u);
  EXPECT_TRUE(results[0].failures.empty());
}

// ------------------------------------------------------------ parse, fmt

TEST(HistoryFormatTest, CanonicalAndStable) {
  std::string in = R"(unit commune "Xã" {
  year: int
  criteria_met: int   by  year "Số tiêu chí đạt"
  reports: optional date by period
}
schedule s "Báo cáo" { source "192/KH-UBND, IV.1.2" monthly due 5 days after end
  six_months due 15 days before end  yearly due at end final 2025 due 0 days after end }
criterion c for commune: criteria_met[year]-criteria_met[(year - 1)]>=1 and reports on time for s in year
)";
  std::string expected = R"(unit commune "Xã" {
  year: int
  criteria_met: int by year "Số tiêu chí đạt"
  reports: optional date by period
}

schedule s "Báo cáo" {
  source "192/KH-UBND, IV.1.2"
  monthly due 5 days after end
  six_months due 15 days before end
  yearly due at end
  final 2025 due at end
}

criterion c for commune
  : criteria_met[year] - criteria_met[year - 1] >= 1 and reports on time for s in year
)";
  auto f = FormatRules(in, "test.td");
  ASSERT_TRUE(f.ok()) << f.status();
  ASSERT_TRUE(f->ok()) << FormatDiagnostics(f->diagnostics);
  EXPECT_EQ(f->text, expected);
  auto again = FormatRules(f->text, "test.td");
  ASSERT_TRUE(again.ok());
  EXPECT_EQ(again->text, f->text);
  EXPECT_TRUE(testing::CompileOrDie(f->text).ok());
}

// Test values by year and by period print back as literals the parser reads.
TEST(HistoryFormatTest, KeyedLiteralsPrintBack) {
  auto p = testing::Parse(
      "criterion c for u: x in {1}\n"
      "param q: bool = true\n");
  ASSERT_TRUE(p->diagnostics.empty());
  internal::ast::Expr record;
  record.kind = internal::ast::ExprKind::kRecord;
  internal::ast::Expr value;
  value.kind = internal::ast::ExprKind::kInt;
  value.number = internal::Fixed::FromInt(13);
  p->file.exprs.push_back(value);
  internal::ast::ExprId v = static_cast<internal::ast::ExprId>(p->file.exprs.size() - 1);
  record.fields.push_back({{"2022", {}}, v});
  record.fields.push_back({{"2023-Q1", {}}, v});
  p->file.exprs.push_back(record);
  EXPECT_EQ(internal::PrintExpr(p->file, static_cast<internal::ast::ExprId>(p->file.exprs.size() - 1)),
            "{ 2022: 13, \"2023-Q1\": 13 }");
}

TEST(HistoryParseTest, IndexAndOnTimeBindAsExpected) {
  auto p = testing::Parse(
      "criterion c for u: x[y - 1] * 2 >= 3 and r on time for s in y + 1 or false\n");
  ASSERT_TRUE(p->diagnostics.empty()) << testing::Brief(p->diagnostics.front());
  const auto& body = p->file.criteria.at(0).body;
  EXPECT_EQ(testing::Sexp(p->file, body),
            "(or (and (>= (* (index x (- y int:1)) int:2) int:3) (on-time r s (+ y int:1))) false)");
}

}  // namespace
}  // namespace thidua
