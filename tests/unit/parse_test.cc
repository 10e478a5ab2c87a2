// Stage 1, the grammar: every construct of docs/language.md parses into the
// syntax tree it should, literals carry their exact values, operators bind as
// the precedence table says, and printing a tree back as source and parsing
// it again gives the same tree.
#include <filesystem>
#include <fstream>
#include <regex>
#include <sstream>

#include "front_end_test_helpers.hpp"

namespace thidua::testing {
namespace {

namespace ast = internal::ast;
using ::testing::ElementsAre;
using ::testing::IsEmpty;
using ::testing::SizeIs;

// The body of `criterion c for e: BODY`, as an S-expression (see Sexp).
std::string Body(std::string_view body) {
  auto p = Parse("criterion c for e: " + std::string(body) + "\n");
  EXPECT_THAT(Briefs(*p), IsEmpty()) << body;
  if (p->file.criteria.size() != 1) return "<no criterion>";
  return Sexp(p->file, p->file.criteria[0].body);
}

// The value of `param p: int = VALUE`, as an S-expression.
std::string Value(std::string_view value) {
  auto p = Parse("param p: int = " + std::string(value) + "\n");
  EXPECT_THAT(Briefs(*p), IsEmpty()) << value;
  if (p->file.params.size() != 1) return "<no param>";
  return Sexp(p->file, p->file.params[0].value);
}

int32_t Days(std::string_view date) { return *internal::ParseDate(date); }

// ------------------------------------------------------------ declarations

TEST(ParseDeclarationTest, PlanWithYears) {
  auto p = Parse(R"td(
plan binh_phuoc_192 "Toàn tỉnh chung sức xây dựng nông thôn mới" {
  source "Kế hoạch 192/KH-UBND ngày 30/6/2022 của UBND tỉnh Bình Phước"
  period 2021 .. 2025
}
)td");
  ASSERT_THAT(Briefs(*p), IsEmpty());
  ASSERT_THAT(p->file.plans, SizeIs(1));
  const ast::PlanDecl& plan = p->file.plans[0];
  EXPECT_EQ(plan.name.text, "binh_phuoc_192");
  EXPECT_EQ(plan.title, "Toàn tỉnh chung sức xây dựng nông thôn mới");
  EXPECT_EQ(plan.source,
            "Kế hoạch 192/KH-UBND ngày 30/6/2022 của UBND tỉnh Bình Phước");
  EXPECT_TRUE(plan.has_period);
  // A year stands for its first day at the start, its last day at the end.
  EXPECT_EQ(plan.period_from, Days("1/1/2021"));
  EXPECT_EQ(plan.period_to, Days("31/12/2025"));
}

TEST(ParseDeclarationTest, PlanWithDatesInBothForms) {
  auto p = Parse("plan p { period 1/7/2022 .. 2025-06-30 }\n");
  ASSERT_THAT(Briefs(*p), IsEmpty());
  ASSERT_THAT(p->file.plans, SizeIs(1));
  EXPECT_EQ(p->file.plans[0].period_from, Days("2022-07-01"));
  EXPECT_EQ(p->file.plans[0].period_to, Days("30/6/2025"));
  EXPECT_EQ(p->file.plans[0].title, "");
  EXPECT_EQ(p->file.plans[0].source, "");
}

TEST(ParseDeclarationTest, PlanPeriodWithImpossibleDate) {
  // The span is the whole period, from its first bound (column 17).
  auto p = Parse("plan p { period 31/2/2022 .. 2025 }\n");
  EXPECT_THAT(Briefs(*p), ElementsAre("1:17: '31/2/2022' is not a valid date"));
  ASSERT_THAT(p->file.plans, SizeIs(1));
  EXPECT_FALSE(p->file.plans[0].has_period);
}

TEST(ParseDeclarationTest, Import) {
  auto p = Parse("import \"common/ntm.td\"\nimport \"../x/y.td\"\n");
  ASSERT_THAT(Briefs(*p), IsEmpty());
  ASSERT_THAT(p->file.imports, SizeIs(2));
  EXPECT_EQ(p->file.imports[0].path, "common/ntm.td");
  EXPECT_EQ(p->file.imports[1].path, "../x/y.td");
  // The span is the string, quotes included: bytes 7..22 of line 1.
  EXPECT_EQ(p->file.imports[0].span.begin, 7u);
  EXPECT_EQ(p->file.imports[0].span.end, 22u);
}

TEST(ParseDeclarationTest, EnumsPlainAndOrdered) {
  auto p = Parse(R"td(
enum region "Vùng" {
  normal "Vùng bình thường",
  ethnic_minority "Vùng đồng bào dân tộc thiểu số",
  difficult "Vùng khó khăn"
}

enum ntm_level "Mức đạt chuẩn nông thôn mới" ordered {
  none "Chưa đạt chuẩn", standard "Đạt chuẩn",
  advanced "Nâng cao", model "Kiểu mẫu",
}

enum bare { a, b }
)td");
  ASSERT_THAT(Briefs(*p), IsEmpty());
  ASSERT_THAT(p->file.enums, SizeIs(3));
  const ast::EnumDecl& region = p->file.enums[0];
  EXPECT_EQ(region.name.text, "region");
  EXPECT_EQ(region.label, "Vùng");
  EXPECT_FALSE(region.ordered);
  ASSERT_THAT(region.members, SizeIs(3));
  EXPECT_EQ(region.members[1].name.text, "ethnic_minority");
  EXPECT_EQ(region.members[1].label, "Vùng đồng bào dân tộc thiểu số");

  const ast::EnumDecl& level = p->file.enums[1];
  EXPECT_TRUE(level.ordered);
  ASSERT_THAT(level.members, SizeIs(4));  // the trailing comma adds nothing
  EXPECT_EQ(level.members[0].name.text, "none");
  EXPECT_EQ(level.members[3].name.text, "model");
  EXPECT_EQ(level.members[3].label, "Kiểu mẫu");

  const ast::EnumDecl& bare = p->file.enums[2];
  EXPECT_EQ(bare.label, "");
  ASSERT_THAT(bare.members, SizeIs(2));
  EXPECT_EQ(bare.members[0].label, "");
}

TEST(ParseDeclarationTest, UnitWithEveryFieldType) {
  auto p = Parse(R"td(
unit enterprise "Doanh nghiệp, hợp tác xã" {
  active: bool "Đang hoạt động"
  value_chain: assessed "Có liên kết sản xuất theo chuỗi giá trị"
  supported_communes: int, ratio: decimal, share: percent
  contribution: money "Mức đóng góp"
  construction_debt: optional money "Nợ đọng xây dựng cơ bản"
  name: text
  founded: date
  region: region "Vùng"
  ocop_products: list of { name: text "Tên", stars: int, }
    "Sản phẩm OCOP"
}
)td");
  ASSERT_THAT(Briefs(*p), IsEmpty());
  ASSERT_THAT(p->file.units, SizeIs(1));
  const ast::UnitDecl& u = p->file.units[0];
  EXPECT_EQ(u.name.text, "enterprise");
  EXPECT_EQ(u.label, "Doanh nghiệp, hợp tác xã");
  ASSERT_THAT(u.fields, SizeIs(11));
  auto kind = [&](size_t i) { return u.fields[i].type.at(0).kind; };
  EXPECT_EQ(kind(0), ast::TypeRef::kBool);
  EXPECT_EQ(kind(1), ast::TypeRef::kAssessed);
  EXPECT_EQ(kind(2), ast::TypeRef::kInt);
  EXPECT_EQ(kind(3), ast::TypeRef::kDecimal);
  EXPECT_EQ(kind(4), ast::TypeRef::kPercent);
  EXPECT_EQ(kind(5), ast::TypeRef::kMoney);
  EXPECT_EQ(kind(6), ast::TypeRef::kMoney);
  EXPECT_EQ(kind(7), ast::TypeRef::kText);
  EXPECT_EQ(kind(8), ast::TypeRef::kDate);
  EXPECT_EQ(kind(9), ast::TypeRef::kNamed);
  EXPECT_EQ(u.fields[9].type[0].name.text, "region");
  EXPECT_EQ(kind(10), ast::TypeRef::kList);

  EXPECT_EQ(u.fields[1].label, "Có liên kết sản xuất theo chuỗi giá trị");
  EXPECT_FALSE(u.fields[5].optional);
  EXPECT_TRUE(u.fields[6].optional);
  EXPECT_EQ(u.fields[6].name.text, "construction_debt");
  EXPECT_EQ(u.fields[2].label, "");

  const ast::FieldDecl& list = u.fields[10];
  EXPECT_EQ(list.label, "Sản phẩm OCOP");  // the label follows the braces
  ASSERT_THAT(list.type[0].record, SizeIs(2));
  EXPECT_EQ(list.type[0].record[0].name.text, "name");
  EXPECT_EQ(list.type[0].record[0].label, "Tên");
  EXPECT_EQ(list.type[0].record[1].type.at(0).kind, ast::TypeRef::kInt);
}

TEST(ParseDeclarationTest, ParamConstantAndPerKindWithExceptions) {
  auto p = Parse(R"td(
param ocop_min_stars: int "Hạng sao OCOP tối thiểu" = 3

param min_contribution for enterprise, cooperative: money "Mức đóng góp tối thiểu"
  source "192/KH-UBND, IV.1.4"
  = 300 triệu
  except region = difficult: 150 triệu
  except region in {ethnic_minority, difficult}: 200 triệu
)td");
  ASSERT_THAT(Briefs(*p), IsEmpty());
  ASSERT_THAT(p->file.params, SizeIs(2));
  const ast::ParamDecl& constant = p->file.params[0];
  EXPECT_EQ(constant.name.text, "ocop_min_stars");
  EXPECT_THAT(constant.kinds, IsEmpty());
  EXPECT_EQ(constant.type.at(0).kind, ast::TypeRef::kInt);
  EXPECT_EQ(constant.label, "Hạng sao OCOP tối thiểu");
  EXPECT_EQ(constant.source, "");
  EXPECT_EQ(Sexp(p->file, constant.value), "int:3");
  EXPECT_THAT(constant.exceptions, IsEmpty());

  const ast::ParamDecl& per_kind = p->file.params[1];
  ASSERT_THAT(per_kind.kinds, SizeIs(2));
  EXPECT_EQ(per_kind.kinds[0].text, "enterprise");
  EXPECT_EQ(per_kind.kinds[1].text, "cooperative");
  EXPECT_EQ(per_kind.source, "192/KH-UBND, IV.1.4");
  EXPECT_EQ(Sexp(p->file, per_kind.value), "money:300000000");
  ASSERT_THAT(per_kind.exceptions, SizeIs(2));  // in the order written
  EXPECT_EQ(Sexp(p->file, per_kind.exceptions[0].condition),
            "(= region difficult)");
  EXPECT_EQ(Sexp(p->file, per_kind.exceptions[0].value), "money:150000000");
  EXPECT_EQ(Sexp(p->file, per_kind.exceptions[1].condition),
            "(in region {ethnic_minority difficult})");
  EXPECT_EQ(Sexp(p->file, per_kind.exceptions[1].value), "money:200000000");
}

TEST(ParseDeclarationTest, CriterionForSeveralKinds) {
  auto p = Parse(R"td(
criterion enough_contribution for enterprise
  "Đóng góp hỗ trợ xây dựng nông thôn mới từ 300 triệu đồng trở lên"
  source "192/KH-UBND, IV.1.4"
  : contribution >= 300 triệu
  except region in {ethnic_minority, difficult}: contribution >= 200 triệu

criterion no_debt for district, commune: construction_debt = 0 đồng
)td");
  ASSERT_THAT(Briefs(*p), IsEmpty());
  ASSERT_THAT(p->file.criteria, SizeIs(2));
  const ast::CriterionDecl& c = p->file.criteria[0];
  EXPECT_EQ(c.name.text, "enough_contribution");
  ASSERT_THAT(c.kinds, SizeIs(1));
  EXPECT_EQ(c.label,
            "Đóng góp hỗ trợ xây dựng nông thôn mới từ 300 triệu đồng trở lên");
  EXPECT_EQ(c.source, "192/KH-UBND, IV.1.4");
  EXPECT_EQ(Sexp(p->file, c.body), "(>= contribution money:300000000)");
  ASSERT_THAT(c.exceptions, SizeIs(1));
  EXPECT_EQ(Sexp(p->file, c.exceptions[0].value),
            "(>= contribution money:200000000)");

  const ast::CriterionDecl& d = p->file.criteria[1];
  ASSERT_THAT(d.kinds, SizeIs(2));
  EXPECT_EQ(d.kinds[1].text, "commune");
  EXPECT_EQ(d.label, "");
  EXPECT_EQ(Sexp(p->file, d.body), "(= construction_debt money:0)");
}

TEST(ParseDeclarationTest, TestBlockWithEveryVerdictAndNestedValues) {
  auto p = Parse(R"td(
test "Vùng khó khăn, đóng góp 250 triệu" {
  given enterprise {
    id: "DN-01", region: difficult, supported_communes: 2,
    contribution: 250 triệu, value_chain: true, share: 12,5%,
    founded: 30/6/2022, debt: -5 triệu,
    ocop_products: [{ name: "Hạt điều", stars: 4 }, { name: "Tiêu", stars: 3, }],
    empty: [],
  }
  expect enough_contribution
  expect not ocop_many
  expect undetermined no_construction_debt
}
)td");
  ASSERT_THAT(Briefs(*p), IsEmpty());
  ASSERT_THAT(p->file.tests, SizeIs(1));
  const ast::TestDecl& t = p->file.tests[0];
  EXPECT_EQ(t.title, "Vùng khó khăn, đóng góp 250 triệu");
  ASSERT_THAT(t.givens, SizeIs(1));
  EXPECT_EQ(t.givens[0].kind.text, "enterprise");
  EXPECT_EQ(Sexp(p->file, t.givens[0].unit),
            "{id: \"DN-01\", region: difficult, supported_communes: int:2, "
            "contribution: money:250000000, value_chain: true, "
            "share: pct:0.125, founded: date:2022-06-30, "
            "debt: (neg money:5000000), "
            "ocop_products: [{name: \"Hạt điều\", stars: int:4} "
            "{name: \"Tiêu\", stars: int:3}], empty: []}");
  ASSERT_THAT(t.expectations, SizeIs(3));
  EXPECT_EQ(t.expectations[0].verdict, ast::Verdict::kEligible);
  EXPECT_EQ(t.expectations[0].subject.text, "enough_contribution");
  EXPECT_EQ(t.expectations[1].verdict, ast::Verdict::kNotEligible);
  EXPECT_EQ(t.expectations[1].subject.text, "ocop_many");
  EXPECT_EQ(t.expectations[2].verdict, ast::Verdict::kUndetermined);
  EXPECT_EQ(t.expectations[2].subject.text, "no_construction_debt");
}

TEST(ParseDeclarationTest, TestBlockWithoutExpectations) {
  auto p = Parse("test \"t\" { given e {} }\n");
  ASSERT_THAT(Briefs(*p), IsEmpty());
  ASSERT_THAT(p->file.tests, SizeIs(1));
  EXPECT_EQ(Sexp(p->file, p->file.tests[0].givens[0].unit), "{}");
  EXPECT_THAT(p->file.tests[0].expectations, IsEmpty());
}

TEST(ParseDeclarationTest, DeclarationsSpanLinesAndCarryComments) {
  auto p = Parse(R"td(# đầu tệp
criterion   # chú thích giữa các từ
  c
  for
  e   # a comment after the kind
  :
  x
  >=
  1   # and after the value
)td");
  ASSERT_THAT(Briefs(*p), IsEmpty());
  ASSERT_THAT(p->file.criteria, SizeIs(1));
  EXPECT_EQ(Sexp(p->file, p->file.criteria[0].body), "(>= x int:1)");
}

TEST(ParseDeclarationTest, NameSpansPointAtTheName) {
  auto p = Parse("unit   doanh_nghiệp { x: int }\n");
  ASSERT_THAT(p->file.units, SizeIs(1));
  const internal::Span s = p->file.units[0].name.span;
  EXPECT_EQ(s.begin, 7u);
  EXPECT_EQ(s.end, 7u + std::string_view("doanh_nghiệp").size());
}

// Every example of the language reference parses: the declaration blocks as
// files, the quantifier examples as criterion bodies.
TEST(ParseDeclarationTest, EveryExampleOfTheLanguageReferenceParses) {
  std::string doc = ReadFile(THIDUA_SOURCE_DIR "/docs/language.md");
  ASSERT_FALSE(doc.empty());
  std::vector<std::string> blocks;
  std::string block;
  std::istringstream lines(doc);
  for (std::string line; std::getline(lines, line);) {
    if (line.rfind("    ", 0) == 0) {
      block += line.substr(4) + "\n";
    } else if (!line.empty() && !block.empty()) {
      blocks.push_back(block);
      block.clear();
    }
  }
  if (!block.empty()) blocks.push_back(block);
  int declarations = 0, quantifiers = 0;
  const std::regex declaration("^(plan|import|enum|unit|param|criterion|test) ");
  const std::regex quantifier("^(any|all|count|sum) ");
  for (const std::string& b : blocks) {
    if (std::regex_search(b, declaration)) {
      auto p = Parse(b);
      EXPECT_THAT(Briefs(*p), IsEmpty()) << b;
      ++declarations;
    } else if (std::regex_search(b, quantifier)) {
      std::istringstream in(b);
      for (std::string line; std::getline(in, line);) {
        auto p = Parse("criterion c for e: " + line + "\n");
        EXPECT_THAT(Briefs(*p), IsEmpty()) << line;
        ++quantifiers;
      }
    }
  }
  EXPECT_GE(declarations, 7);  // plan, import, enum, unit, param, criterion, test
  EXPECT_EQ(quantifiers, 6);  // any, all, count (twice), sum, share
}

TEST(ParseDeclarationTest, EverySeedPlanCompilesWithoutErrors) {
  int plans = 0;
  for (const auto& dir :
       std::filesystem::directory_iterator(THIDUA_SOURCE_DIR "/rules")) {
    std::filesystem::path plan = dir.path() / "plan.td";
    if (!std::filesystem::exists(plan)) continue;
    ++plans;
    ASSERT_OK_AND_ASSIGN(Compilation c, CompileFile(plan.string()));
    EXPECT_EQ(c.error_count(), 0) << plan << "\n" << Render(c);
    EXPECT_TRUE(c.ok()) << plan;
  }
  EXPECT_GE(plans, 5);
}

// ------------------------------------------------------------ literals

TEST(ParseLiteralTest, Integers) {
  EXPECT_EQ(Value("3"), "int:3");
  EXPECT_EQ(Value("1_000"), "int:1000");
  EXPECT_EQ(Value("0"), "int:0");
  EXPECT_EQ(Value("-2"), "(neg int:2)");
  EXPECT_EQ(Value("9223372036854775807"), "int:9223372036854775807");
}

TEST(ParseLiteralTest, Decimals) {
  EXPECT_EQ(Value("1.5"), "dec:1.5");
  EXPECT_EQ(Value("0.25"), "dec:0.25");
  EXPECT_EQ(Value("1_000.000000001"), "dec:1000.000000001");
}

TEST(ParseLiteralTest, PercentagesAreRatios) {
  EXPECT_EQ(Value("40%"), "pct:0.4");
  EXPECT_EQ(Value("12,5%"), "pct:0.125");
  EXPECT_EQ(Value("12.5%"), "pct:0.125");
  EXPECT_EQ(Value("100%"), "pct:1");
}

TEST(ParseLiteralTest, MoneyIsExactDong) {
  EXPECT_EQ(Value("300 triệu"), "money:300000000");
  EXPECT_EQ(Value("1,5 tỷ"), "money:1500000000");
  EXPECT_EQ(Value("1.5 tỷ"), "money:1500000000");
  EXPECT_EQ(Value("2 tỉ"), "money:2000000000");
  EXPECT_EQ(Value("200_000_000 đồng"), "money:200000000");
  EXPECT_EQ(Value("7 đ"), "money:7");
  EXPECT_EQ(Value("50 nghìn"), "money:50000");
  EXPECT_EQ(Value("50 ngàn"), "money:50000");
  EXPECT_EQ(Value("0,5 nghìn"), "money:500");
  EXPECT_EQ(Value("0 đồng"), "money:0");
}

TEST(ParseLiteralTest, MoneyThatIsNotAWholeNumberOfDong) {
  auto p = Parse("param p: money = 1,2345 đồng\n");
  EXPECT_THAT(Briefs(*p),
              ElementsAre("1:18: amount '1,2345' is not a whole number of đồng"));
  EXPECT_EQ(p->diagnostics[0].end_column, 29);  // "1,2345 đồng" underlined
}

TEST(ParseLiteralTest, Dates) {
  EXPECT_EQ(Value("30/6/2022"), "date:2022-06-30");
  EXPECT_EQ(Value("2022-06-30"), "date:2022-06-30");
  EXPECT_EQ(Value("30/6/2022"), Value("2022-06-30"));
  EXPECT_EQ(Value("01/01/2021"), "date:2021-01-01");
  EXPECT_EQ(Value("29/2/2024"), "date:2024-02-29");  // a leap year
}

TEST(ParseLiteralTest, ImpossibleDateIsReportedAtItsColumn) {
  auto p = Parse("param p: date = 31/2/2022\n");
  EXPECT_THAT(Briefs(*p), ElementsAre("1:17: '31/2/2022' is not a valid date"));
  EXPECT_EQ(p->diagnostics[0].end_column, 26);

  p = Parse("criterion c for e: founded >= 29/2/2023\n");
  EXPECT_THAT(Briefs(*p), ElementsAre("1:31: '29/2/2023' is not a valid date"));

  p = Parse("criterion c for e: founded >= 2022-13-01\n");
  EXPECT_THAT(Briefs(*p), ElementsAre("1:31: '2022-13-01' is not a valid date"));
}

TEST(ParseLiteralTest, SlashesWithSpacesAreDivision) {
  EXPECT_EQ(Value("30 / 6"), "(/ int:30 int:6)");
  EXPECT_EQ(Value("30/6"), "(/ int:30 int:6)");
  EXPECT_EQ(Value("30 / 6 / 2022"), "(/ (/ int:30 int:6) int:2022)");
  EXPECT_EQ(Value("30/6/2022"), "date:2022-06-30");
}

TEST(ParseLiteralTest, BooleansAndText) {
  EXPECT_EQ(Value("true"), "true");
  EXPECT_EQ(Value("false"), "false");
  EXPECT_EQ(Value("\"Bình Phước\""), "\"Bình Phước\"");
  EXPECT_EQ(Value("\"\""), "\"\"");
}

TEST(ParseLiteralTest, StringEscapes) {
  auto p = Parse(R"td(param p: text = "a\"b\\c\nd\te")td");
  ASSERT_THAT(Briefs(*p), IsEmpty());
  ASSERT_THAT(p->file.params, SizeIs(1));
  EXPECT_EQ(p->expr(p->file.params[0].value).text, "a\"b\\c\nd\te");
}

TEST(ParseLiteralTest, NumbersTooLargeOrTooPrecise) {
  auto p = Parse("param p: int = 99999999999999999999\n");
  EXPECT_THAT(Briefs(*p), ElementsAre(
      "1:16: number '99999999999999999999' is malformed or too large"));
  p = Parse("param p: decimal = 0.0000000001\n");
  EXPECT_THAT(Briefs(*p), ElementsAre(
      "1:20: number '0.0000000001' is malformed or too large"));
}

TEST(ParseLiteralTest, LiteralSpansCoverTheLiteral) {
  auto p = Parse("param p: money = 300 triệu\n");
  ASSERT_THAT(p->file.params, SizeIs(1));
  internal::Span s = p->expr(p->file.params[0].value).span;
  EXPECT_EQ(s.begin, 17u);
  EXPECT_EQ(s.end, 17u + std::string_view("300 triệu").size());
}

// ------------------------------------------------------------ operators

TEST(ParseOperatorTest, LogicalPrecedence) {
  EXPECT_EQ(Body("a or b and c"), "(or a (and b c))");
  EXPECT_EQ(Body("a and b or c"), "(or (and a b) c)");
  EXPECT_EQ(Body("a or b or c"), "(or (or a b) c)");
  EXPECT_EQ(Body("not a and b"), "(and (not a) b)");
  EXPECT_EQ(Body("not not a"), "(not (not a))");
  EXPECT_EQ(Body("(a or b) and c"), "(and (or a b) c)");
}

TEST(ParseOperatorTest, NotBindsLooserThanComparison) {
  EXPECT_EQ(Body("not a = b"), "(not (= a b))");
  EXPECT_EQ(Body("not x >= 1 and y"), "(and (not (>= x int:1)) y)");
  EXPECT_EQ(Body("not region in {normal}"), "(not (in region {normal}))");
}

TEST(ParseOperatorTest, ArithmeticPrecedenceAndAssociativity) {
  EXPECT_EQ(Body("a + b * c = d"), "(= (+ a (* b c)) d)");
  EXPECT_EQ(Body("a - b - c = d"), "(= (- (- a b) c) d)");
  EXPECT_EQ(Body("a / b * c = d"), "(= (* (/ a b) c) d)");
  EXPECT_EQ(Body("(a + b) * c = d"), "(= (* (+ a b) c) d)");
  EXPECT_EQ(Body("-a * b = c"), "(= (* (neg a) b) c)");
  EXPECT_EQ(Body("- -a = b"), "(= (neg (neg a)) b)");
  EXPECT_EQ(Body("a + b >= c * d and e"),
            "(and (>= (+ a b) (* c d)) e)");
}

TEST(ParseOperatorTest, EveryComparisonSpelling) {
  EXPECT_EQ(Body("x = 1"), "(= x int:1)");
  EXPECT_EQ(Body("x == 1"), "(= x int:1)");
  EXPECT_EQ(Body("x != 1"), "(!= x int:1)");
  EXPECT_EQ(Body("x ≠ 1"), "(!= x int:1)");
  EXPECT_EQ(Body("x < 1"), "(< x int:1)");
  EXPECT_EQ(Body("x <= 1"), "(<= x int:1)");
  EXPECT_EQ(Body("x ≤ 1"), "(<= x int:1)");
  EXPECT_EQ(Body("x > 1"), "(> x int:1)");
  EXPECT_EQ(Body("x >= 1"), "(>= x int:1)");
  EXPECT_EQ(Body("x ≥ 1"), "(>= x int:1)");
  EXPECT_EQ(Body("x×2 = 2 × x"), "(= (* x int:2) (* int:2 x))");
  EXPECT_EQ(Body("x*2 = 2*x"), "(= (* x int:2) (* int:2 x))");
  EXPECT_EQ(Body("x≥1"), "(>= x int:1)");  // no spaces needed
}

TEST(ParseOperatorTest, Membership) {
  EXPECT_EQ(Body("region in {ethnic_minority, difficult}"),
            "(in region {ethnic_minority difficult})");
  EXPECT_EQ(Body("region not in {normal}"), "(not-in region {normal})");
  EXPECT_EQ(Body("stars in {3, 4, 5}"), "(in stars {int:3 int:4 int:5})");
  EXPECT_EQ(Body("x in {}"), "(in x {})");
  // A name after `in`: a membership list (docs/time-and-hierarchy.md).
  EXPECT_EQ(Body("id in difficult_communes"), "(in-list id difficult_communes)");
  EXPECT_EQ(Body("parent not in hard and x in {1}"),
            "(and (not-in-list parent hard) (in x {int:1}))");
  // A comma between digits in a set separates elements; with a unit or a
  // percent sign it is the decimal comma.
  EXPECT_EQ(Body("x in {1,5}"), "(in x {int:1 int:5})");
  EXPECT_EQ(Body("x in {1,5 tỷ, 12,5%}"),
            "(in x {money:1500000000 pct:0.125})");
  EXPECT_EQ(Body("x + 1 in {2}"), "(in (+ x int:1) {int:2})");
}

TEST(ParseOperatorTest, IfThenElse) {
  EXPECT_EQ(Body("if a then b else c"), "(if a b c)");
  EXPECT_EQ(Body("if a then b else if c then d else e"), "(if a b (if c d e))");
  // The else branch takes the whole expression that follows.
  EXPECT_EQ(Body("if a then b else c or d"), "(if a b (or c d))");
  EXPECT_EQ(Body("(if a then 1 else 2) + 3 = x"),
            "(= (+ (if a int:1 int:2) int:3) x)");
  EXPECT_EQ(Body("if category = agency and steering_member then done else true"),
            "(if (and (= category agency) steering_member) done true)");
}

TEST(ParseOperatorTest, Quantifiers) {
  EXPECT_EQ(Body("any p in ocop_products where p.stars >= 3"),
            "(any p ocop_products where (>= (. p stars) int:3))");
  EXPECT_EQ(Body("all p in ocop_products where p.stars >= 3"),
            "(all p ocop_products where (>= (. p stars) int:3))");
  EXPECT_EQ(Body("count p in ocop_products"), "(count p ocop_products)");
  EXPECT_EQ(Body("sum p in ocop_products of p.revenue"),
            "(sum p ocop_products of (. p revenue))");
  EXPECT_EQ(Body("sum p in l where p.ok of p.revenue"),
            "(sum p l where (. p ok) of (. p revenue))");
  // The where-body extends as far right as possible ...
  EXPECT_EQ(Body("any p in l where p.stars >= 3 and p.ok"),
            "(any p l where (and (>= (. p stars) int:3) (. p ok)))");
  // ... so a comparison of the result needs parentheses.
  EXPECT_EQ(Body("(count p in l where p.stars >= 3) >= 2"),
            "(>= (count p l where (>= (. p stars) int:3)) int:2)");
  EXPECT_EQ(Body("any p in x.items where true"),
            "(any p (. x items) where true)");
  EXPECT_EQ(Body("all d in districts where any c in d.communes where c.ok"),
            "(all d districts where (any c (. d communes) where (. c ok)))");
}

TEST(ParseOperatorTest, MemberChains) {
  EXPECT_EQ(Body("a.b.c"), "(. (. a b) c)");
  EXPECT_EQ(Body("(a).b"), "(. a b)");
}

TEST(ParseOperatorTest, NamesThatBeginWithAKeyword) {
  EXPECT_EQ(Body("order or notable and android"),
            "(or order (and notable android))");
  EXPECT_EQ(Body("counter + summary + anyone + allowance + iff = index"),
            "(= (+ (+ (+ (+ counter summary) anyone) allowance) iff) index)");
  EXPECT_EQ(Body("in_region and not_done and true_value"),
            "(and (and in_region not_done) true_value)");
}

// ------------------------------------------------------------ keywords

constexpr std::string_view kKeywords[] = {
    "plan",   "source", "period",   "import",   "enum",     "ordered",
    "unit",   "param",  "criterion", "for",     "except",   "test",
    "given",  "expect", "and",      "or",       "not",      "in",
    "if",     "then",   "else",     "any",      "all",      "count",
    "sum",    "where",  "of",       "true",     "false",    "list",
    "optional", "undetermined"};

TEST(ParseKeywordTest, KeywordsCannotBeNames) {
  for (std::string_view kw : kKeywords) {
    std::string word(kw);
    std::vector<std::string> texts = {
        "param " + word + ": int = 1\n", "unit " + word + " { x: int }\n",
        "unit e { " + word + ": int }\n", "enum r { " + word + " }\n",
        "criterion " + word + " for e: x\n", "test \"t\" { given " + word + " {} }\n"};
    // As a value, `true` and `false` are literals, not names.
    if (kw != "true" && kw != "false") {
      texts.push_back("criterion c for e: x + " + word + "\n");
    }
    for (const std::string& text : texts) {
      auto p = Parse(text);
      EXPECT_FALSE(p->diagnostics.empty()) << "accepted: " << text;
    }
  }
}

TEST(ParseKeywordTest, KeywordUsedAsNameIsReportedWhereItStands) {
  auto p = Parse("unit e {\n  region: int\n  if: bool\n}\n");
  EXPECT_THAT(Briefs(*p), ElementsAre("3:3: expected '}'"));
}

// `assessed` (a type name) and `eligible` are not reserved: docs/language.md
// says type names are reserved only where a type is expected.
TEST(ParseKeywordTest, AssessedAndEligibleAreOrdinaryNames) {
  for (const char* text : {"param eligible: int = 1\n",
                           "criterion eligible for e: true\n",
                           "unit e { assessed: int }\n",
                           "unit e { eligible: int }\n"}) {
    auto p = Parse(text);
    EXPECT_TRUE(p->diagnostics.empty()) << "rejected: " << text;
  }
}

// ------------------------------------------------------------ round trips

// Prints an expression back as source, every operator parenthesised, so
// that parsing the output must give the same tree.
std::string Source(const ast::File& f, ast::ExprId id) {
  using ast::ExprKind;
  const ast::Expr& e = f.exprs.at(static_cast<size_t>(id));
  auto quote = [](const std::string& s) {
    std::string out = "\"";
    for (char ch : s) {
      switch (ch) {
        case '"': out += "\\\""; break;
        case '\\': out += "\\\\"; break;
        case '\n': out += "\\n"; break;
        case '\t': out += "\\t"; break;
        default: out += ch;
      }
    }
    return out + "\"";
  };
  auto list = [&](const std::vector<ast::ExprId>& items) {
    std::string s;
    for (size_t i = 0; i < items.size(); ++i) {
      s += (i ? ", " : "") + Source(f, items[i]);
    }
    return s;
  };
  static constexpr const char* kOps[] = {"?",  "and", "or", "not", "-",
                                         "=",  "!=",  "<",  "<=",  ">",
                                         ">=", "+",   "-",  "*",   "/"};
  switch (e.kind) {
    case ExprKind::kInt: return e.number.ToString();
    case ExprKind::kDecimal: {
      std::string s = e.number.ToString();
      return e.number.IsInteger() ? s + ".0" : s;
    }
    case ExprKind::kPercent:
      return internal::Fixed::Mul(e.number, internal::Fixed::FromInt(100))
                 ->ToString() + "%";
    case ExprKind::kMoney: return e.number.ToString() + " đồng";
    case ExprKind::kDate: return internal::FormatIsoDate(e.date);
    case ExprKind::kBool: return e.boolean ? "true" : "false";
    case ExprKind::kText: return quote(e.text);
    case ExprKind::kName: return e.text;
    case ExprKind::kMember: return "(" + Source(f, e.lhs) + ")." + e.text;
    case ExprKind::kUnary:
      return std::string("(") + (e.op == ast::Op::kNot ? "not " : "-") +
             Source(f, e.lhs) + ")";
    case ExprKind::kBinary:
      return "(" + Source(f, e.lhs) + " " + kOps[static_cast<int>(e.op)] +
             " " + Source(f, e.rhs) + ")";
    case ExprKind::kIn:
      return "(" + Source(f, e.lhs) +
             (e.op == ast::Op::kNe ? " not in {" : " in {") + list(e.items) +
             "})";
    case ExprKind::kInList:
      return "(" + Source(f, e.lhs) + (e.op == ast::Op::kNe ? " not in " : " in ") + e.text +
             ")";
    case ExprKind::kIf:
      return "(if " + Source(f, e.lhs) + " then " + Source(f, e.rhs) +
             " else " + Source(f, e.third) + ")";
    case ExprKind::kQuant: {
      static constexpr const char* kWords[] = {"any", "all", "count", "sum"};
      std::string s = std::string("(") + kWords[static_cast<int>(e.quant)] +
                      " " + e.text + " in " + Source(f, e.lhs);
      if (e.rhs != ast::kNoExpr) s += " where " + Source(f, e.rhs);
      if (e.third != ast::kNoExpr) s += " of " + Source(f, e.third);
      return s + ")";
    }
    case ExprKind::kIndex:
      return "(" + Source(f, e.lhs) + ")[" + Source(f, e.rhs) + "]";
    case ExprKind::kOnTime:
      return "(" + Source(f, e.lhs) + " on time for " + e.text + " in " +
             Source(f, e.rhs) + ")";
    case ExprKind::kList: return "[" + list(e.items) + "]";
    case ExprKind::kRecord: {
      std::string s = "{";
      for (size_t i = 0; i < e.fields.size(); ++i) {
        s += (i ? ", " : "") + e.fields[i].name.text + ": " +
             Source(f, e.fields[i].value);
      }
      return s + "}";
    }
  }
  return "?";
}

// Prints `id` as source, parses it again as a criterion body and compares.
void ExpectRoundTrip(const ast::File& f, ast::ExprId id) {
  std::string printed = Source(f, id);
  auto again = Parse("criterion c for e: " + printed + "\n");
  ASSERT_THAT(Briefs(*again), IsEmpty()) << printed;
  ASSERT_THAT(again->file.criteria, SizeIs(1)) << printed;
  ast::ExprId body = again->file.criteria[0].body;
  EXPECT_EQ(Sexp(again->file, body), Sexp(f, id)) << printed;
  EXPECT_EQ(Source(again->file, body), printed);
}

TEST(ParseRoundTripTest, Expressions) {
  for (std::string_view body : {
           "a or b and not c = d",
           "x + 2 * -y - 3 / z >= 1,5 tỷ",
           "region not in {normal, difficult} or level ≥ advanced",
           "if a then 40% else 12,5%",
           "(count p in l where p.stars >= 3 and p.ok) >= 2",
           "sum p in l where p.ok of p.revenue * 2",
           "founded >= 30/6/2022 and founded < 2025-01-01",
           "name = \"Bình \\\"Phước\\\"\\n\\t\\\\\"",
           "a.b.c = 1.0 and x = 0.000000001",
           "not not (a and b)",
       }) {
    auto p = Parse("criterion c for e: " + std::string(body) + "\n");
    ASSERT_THAT(Briefs(*p), IsEmpty()) << body;
    ASSERT_THAT(p->file.criteria, SizeIs(1));
    ExpectRoundTrip(p->file, p->file.criteria[0].body);
  }
}

TEST(ParseRoundTripTest, TestValues) {
  auto p = Parse(R"td(test "t" {
  given e { id: "x", n: 2, m: 1,5 tỷ, l: [{ a: 1, b: [] }, {}], d: 1/2/2023 }
})td");
  ASSERT_THAT(p->file.tests, SizeIs(1));
  std::string printed = Source(p->file, p->file.tests[0].givens[0].unit);
  auto again = Parse("test \"t\" { given e " + printed + " }\n");
  ASSERT_THAT(Briefs(*again), IsEmpty()) << printed;
  ASSERT_THAT(again->file.tests, SizeIs(1));
  EXPECT_EQ(Sexp(again->file, again->file.tests[0].givens[0].unit),
            Sexp(p->file, p->file.tests[0].givens[0].unit));
}

// Every expression of the seed plans survives printing and parsing again.
TEST(ParseRoundTripTest, EveryExpressionOfTheSeedPlans) {
  int checked = 0;
  for (const auto& dir :
       std::filesystem::directory_iterator(THIDUA_SOURCE_DIR "/rules")) {
    std::filesystem::path plan = dir.path() / "plan.td";
    if (!std::filesystem::exists(plan)) continue;
    auto p = Parse(ReadFile(plan.string()));
    ASSERT_THAT(Briefs(*p), IsEmpty()) << plan;
    std::vector<ast::ExprId> roots;
    for (const ast::ParamDecl& d : p->file.params) {
      roots.push_back(d.value);
      for (const ast::Exception& e : d.exceptions) {
        roots.push_back(e.condition);
        roots.push_back(e.value);
      }
    }
    for (const ast::CriterionDecl& d : p->file.criteria) {
      roots.push_back(d.body);
      for (const ast::Exception& e : d.exceptions) {
        roots.push_back(e.condition);
        roots.push_back(e.value);
      }
    }
    for (ast::ExprId id : roots) {
      SCOPED_TRACE(plan.filename().string() + " " + Sexp(p->file, id));
      ExpectRoundTrip(p->file, id);
      ++checked;
    }
  }
  EXPECT_GT(checked, 50);
}

}  // namespace
}  // namespace thidua::testing
