// The limits of docs/limits.md that an integrator sets through CompileOptions
// and DataOptions: each has a documented default, a clear message when it is
// passed, and can be changed.
#include <string>

#include "test_util.hpp"

namespace thidua {
namespace {

using testing::CompileOrDie;
using testing::Render;

TEST(LimitsTest, DocumentedDefaults) {
  CompileOptions c;
  EXPECT_EQ(c.max_file_bytes, 4u << 20);
  EXPECT_EQ(c.max_nesting_depth, 200);
  EXPECT_EQ(c.max_expression_height, 4096);
  EXPECT_EQ(c.max_files, 256);
  EXPECT_EQ(c.max_diagnostics, 100);
  EXPECT_EQ(c.max_declarations, 10'000);
  EXPECT_EQ(c.max_string_bytes, 64u << 10);
  DataOptions d;
  EXPECT_EQ(d.max_rows, 10'000'000);
  EXPECT_EQ(d.max_list_length, 10'000u);
}

std::string Criteria(int n) {
  std::string text = "unit u { a: int }\n";
  for (int i = 0; i < n; ++i) {
    text += "criterion c" + std::to_string(i) + " for u: a >= " + std::to_string(i) + "\n";
  }
  return text;
}

TEST(LimitsTest, NumberOfDeclarations) {
  CompileOptions options;
  options.max_declarations = 10;
  // unit + 9 criteria = 10 declarations: fine.
  Compilation ok = CompileOrDie(Criteria(9), options);
  EXPECT_TRUE(ok.ok()) << Render(ok);
  // unit + 10 criteria: the 11th declaration (line 11) is one too many.
  Compilation over = CompileOrDie(Criteria(10), options);
  ASSERT_FALSE(over.ok());
  ASSERT_EQ(over.error_count(), 1) << Render(over);
  EXPECT_EQ(over.diagnostics[0].message, "more than 10 declarations in the rules");
  EXPECT_EQ(over.diagnostics[0].line, 11);
  EXPECT_NE(over.diagnostics[0].hint, "");
  // The default is far above a real plan and can be raised.
  EXPECT_TRUE(CompileOrDie(Criteria(2000)).ok());
  options.max_declarations = 3000;
  EXPECT_TRUE(CompileOrDie(Criteria(2000), options).ok());
  options.language = Language::kVietnamese;
  options.max_declarations = 1;
  Compilation vi = CompileOrDie(Criteria(1), options);
  ASSERT_FALSE(vi.ok());
  EXPECT_EQ(vi.diagnostics[0].message, "quá 1 khai báo trong các tệp quy tắc");
}

TEST(LimitsTest, StringLength) {
  std::string label(70'000, 'x');
  std::string text = "unit u \"" + label + "\" { a: text }\n"
                     "criterion c for u: a = \"" + std::string(100, 'y') + "\"\n";
  Compilation c = CompileOrDie(text);
  ASSERT_FALSE(c.ok());
  ASSERT_EQ(c.error_count(), 1) << Render(c);
  EXPECT_EQ(c.diagnostics[0].message, "text of 70000 bytes, more than the limit of 65536 bytes");
  EXPECT_EQ(c.diagnostics[0].line, 1);

  CompileOptions options;
  options.max_string_bytes = 80;
  Compilation value = CompileOrDie("unit u { a: text }\ncriterion c for u: a = \"" +
                                       std::string(100, 'y') + "\"\n",
                                   options);
  ASSERT_FALSE(value.ok());
  EXPECT_EQ(value.diagnostics[0].message, "text of 100 bytes, more than the limit of 80 bytes");
  EXPECT_EQ(value.diagnostics[0].line, 2);
  EXPECT_EQ(value.diagnostics[0].column, 24);

  options.max_string_bytes = 100'000;
  EXPECT_TRUE(CompileOrDie(text, options).ok());
}

constexpr std::string_view kDataRules = R"(
unit enterprise {
  contribution: money
  products: optional list of { stars: int }
}
criterion ocop for enterprise: count p in products where p.stars >= 3 >= 1
)";

TEST(LimitsTest, RowsInOneFile) {
  Compilation c = CompileOrDie(kDataRules);
  ASSERT_TRUE(c.ok()) << Render(c);
  std::string data;
  for (int i = 0; i < 6; ++i) data += R"({"contribution": 5})" "\n";
  DataOptions options;
  options.max_rows = 4;
  ASSERT_OK_AND_ASSIGN(UnitTable t, c.rules->ReadUnits(data, options));
  EXPECT_EQ(t.units.size(), 4u);
  ASSERT_EQ(t.errors.size(), 1u);
  EXPECT_EQ(t.errors[0].row, 5);
  EXPECT_NE(t.errors[0].message.find("limit of 4 rows"), std::string::npos)
      << t.errors[0].message;
  EXPECT_EQ(t.rows_read, static_cast<int64_t>(t.units.size() + t.errors.size()));
  // CSV too.
  std::string csv = "contribution\n";
  for (int i = 0; i < 6; ++i) csv += "5\n";
  ASSERT_OK_AND_ASSIGN(UnitTable t2, c.rules->ReadUnits(csv, options));
  EXPECT_EQ(t2.units.size(), 4u);
  ASSERT_EQ(t2.errors.size(), 1u);
  EXPECT_EQ(t2.rows_read, static_cast<int64_t>(t2.units.size() + t2.errors.size()));
  // The default reads them all.
  ASSERT_OK_AND_ASSIGN(UnitTable all, c.rules->ReadUnits(data, DataOptions{}));
  EXPECT_EQ(all.units.size(), 6u);
}

TEST(LimitsTest, ListLengthInAUnit) {
  Compilation c = CompileOrDie(kDataRules);
  ASSERT_TRUE(c.ok()) << Render(c);
  std::string list = "[";
  for (int i = 0; i < 5; ++i) list += std::string(i ? "," : "") + R"({"stars": 4})";
  list += "]";
  std::string data = R"({"contribution": 5, "products": )" + list + "}\n" +
                     R"({"contribution": 5, "products": []})" "\n";
  DataOptions options;
  options.max_list_length = 4;
  ASSERT_OK_AND_ASSIGN(UnitTable t, c.rules->ReadUnits(data, options));
  ASSERT_EQ(t.errors.size(), 1u);
  EXPECT_EQ(t.errors[0].row, 1);
  EXPECT_EQ(t.errors[0].column, "products");
  EXPECT_EQ(t.units.size(), 1u);
  options.max_list_length = 5;
  ASSERT_OK_AND_ASSIGN(UnitTable ok, c.rules->ReadUnits(data, options));
  EXPECT_TRUE(ok.errors.empty());
  ASSERT_EQ(ok.units.size(), 2u);
  EXPECT_EQ(EvaluateBatch(c.rules, ok.units).at(0, 0), Verdict::kEligible);
}

// Nested quantifiers over a unit's lists: the work per unit is bounded by
// max_evaluation_steps (list elements visited), like CEL's cost limit.
TEST(LimitsTest, EvaluationCostPerUnit) {
  constexpr std::string_view kRules = R"(
unit u { l: list of { x: int } }
criterion two for u: (count a in l where ((count b in l where b.x >= a.x) >= 1)) >= 1
criterion three for u:
  (count a in l where ((count b in l where ((count c in l where c.x >= b.x) >= 1)) >= 1)) >= 1
)";
  std::string list = "[";
  for (int i = 0; i < 20; ++i) list += std::string(i ? "," : "") + "{\"x\": " + std::to_string(i) + "}";
  list += "]";
  std::string data = "{\"l\": " + list + "}";
  EXPECT_EQ(CompileOptions{}.max_evaluation_steps, 10'000'000);

  // By default both are cheap enough: 20 + 400 and 20 + 400 + 8000 steps.
  Compilation c = CompileOrDie(kRules);
  ASSERT_TRUE(c.ok()) << Render(c);
  ASSERT_OK_AND_ASSIGN(Unit unit, c.rules->UnitFromJson(data));
  Evaluator e(c.rules);
  EXPECT_EQ(e.Evaluate(unit, 0), Verdict::kEligible);
  EXPECT_EQ(e.Evaluate(unit, 1), Verdict::kEligible);

  // A budget of 1000 steps: the 2-level criterion fits, the 3-level one is
  // undetermined (never a hang, never a wrong "not eligible").
  CompileOptions options;
  options.max_evaluation_steps = 1000;
  Compilation small = CompileOrDie(kRules, options);
  ASSERT_TRUE(small.ok());
  ASSERT_OK_AND_ASSIGN(Unit unit2, small.rules->UnitFromJson(data));
  Evaluator e2(small.rules);
  EXPECT_EQ(e2.Evaluate(unit2, 0), Verdict::kEligible);
  EXPECT_EQ(e2.Evaluate(unit2, 1), Verdict::kUndetermined);
  std::vector<Verdict> all;
  e2.EvaluateAll(unit2, &all);
  ASSERT_EQ(all.size(), 2u);
  EXPECT_EQ(all[1], Verdict::kUndetermined);
  BatchResult batch = EvaluateBatch(small.rules, std::vector<Unit>{unit2, unit2}, 2);
  EXPECT_EQ(batch.at(1, 1), Verdict::kUndetermined);
}

// An explanation cut by the cost limit says so: the elements it never
// reached are not "undetermined" for want of data. In English, Vietnamese
// and JSON; for an `any` the limit cut after it was decided, and for a count
// the limit left undetermined.
TEST(LimitsTest, ExplanationSaysTheCostLimitStoppedIt) {
  constexpr std::string_view kRules = R"(
unit u { l: list of { x: int } }
criterion first for u "Có phần tử 0": any a in l where a.x = 0
criterion many for u "Từ 25 phần tử": (count a in l where a.x >= 0) >= 25
criterion few for u "Từ 2 phần tử": (count a in l where a.x >= 0) >= 2
)";
  std::string list = "[";
  for (int i = 0; i < 20; ++i) list += std::string(i ? "," : "") + "{\"x\": " + std::to_string(i) + "}";
  std::string data = "{\"l\": " + list + "]}";
  CompileOptions options;
  options.max_evaluation_steps = 5;
  Compilation c = CompileOrDie(kRules, options);
  ASSERT_TRUE(c.ok()) << Render(c);
  ASSERT_OK_AND_ASSIGN(Unit unit, c.rules->UnitFromJson(data));
  Evaluator e(c.rules);
  // `any` holds at the first element; the walk of the rest stops at 5.
  Explanation first = e.Explain(unit, 0);
  EXPECT_EQ(first.status, "eligible");
  std::string text = FormatExplanation(first);
  EXPECT_NE(text.find("15 of 20 not evaluated: the evaluation reached its cost limit "
                      "(max_evaluation_steps, 5 list elements), not missing data"),
            std::string::npos)
      << text;
  // A count cut short is undetermined, and says why.
  Explanation many = e.Explain(unit, 1, Language::kVietnamese);
  EXPECT_EQ(many.status, "undetermined");
  text = FormatExplanation(many);
  EXPECT_NE(text.find("15 trên 20 chưa được xét: việc đánh giá đã chạm giới hạn chi phí"),
            std::string::npos)
      << text;
  EXPECT_NE(text.find("lỗi (chạm giới hạn chi phí, tràn số hoặc chia cho 0)"), std::string::npos);
  std::string json = FormatExplanation(many, DiagnosticFormat::kJson);
  EXPECT_NE(json.find(R"("kind": "limit", "text": "15 trên 20)"), std::string::npos) << json;
  EXPECT_NE(json.find("không phải do thiếu dữ liệu"), std::string::npos) << json;
  // Within the limit nothing is said. A fresh evaluation per criterion: the
  // steps count per unit, so `few` alone fits.
  Evaluator fresh(c.rules);
  ASSERT_OK_AND_ASSIGN(Unit small, c.rules->UnitFromJson(R"({"l": [{"x": 1}, {"x": 2}]})"));
  text = FormatExplanation(fresh.Explain(small, 2));
  EXPECT_EQ(text.find("cost limit"), std::string::npos) << text;
  EXPECT_NE(text.find("(2) ≥ 2 → true"), std::string::npos) << text;
}

// Over the units within a unit, the tally counts those the limit left
// unreached apart from the undetermined ones.
TEST(LimitsTest, ARollUpCutByTheCostLimit) {
  CompileOptions options;
  options.max_evaluation_steps = 1;
  Compilation c = testing::CompileFileOrDie(
      THIDUA_SOURCE_DIR "/tests/data/time/rollup_amended.td", options);
  ASSERT_TRUE(c.ok()) << Render(c);
  ASSERT_OK_AND_ASSIGN(UnitTable table,
                       c.rules->ReadUnitsFile(
                           THIDUA_SOURCE_DIR "/tests/data/time/rollup_units.jsonl", DataOptions{}));
  Evaluator e(c.rules);  // as of the end of 2025: 17 criteria; Xã Một has 16
  std::string text = FormatExplanation(
      e.Explain(table.units[0], c.rules->FindCriterion("district_all_communes")));
  EXPECT_NE(text.find("→ not eligible"), std::string::npos) << text;
  EXPECT_NE(text.find("0 held, 1 failed, 0 undetermined (of 2)"), std::string::npos) << text;
  EXPECT_NE(text.find("1 of 2 not evaluated: the evaluation reached its cost limit"),
            std::string::npos)
      << text;
  EXPECT_NE(text.find("X-01 Xã Một → failed"), std::string::npos) << text;
  EXPECT_EQ(text.find("X-02"), std::string::npos) << text;
}

}  // namespace
}  // namespace thidua
