// Stage 2, the checker: every diagnostic it can give, at the place a rule
// author must look, with its hint; in English and Vietnamese; and as JSON.
#include <nlohmann/json.hpp>

#include "front_end_test_helpers.hpp"

namespace thidua::testing {
namespace {

using ::testing::ElementsAre;
using ::testing::HasSubstr;
using ::testing::IsEmpty;
using ::testing::Not;
using ::testing::SizeIs;
using ::testing::StartsWith;
using ::testing::UnorderedElementsAre;

// A small enterprise unit, as in the Bình Phước plan (IV.1.4). Its lines are
// 1–11, so the snippets appended to it start at line 12.
constexpr std::string_view kEnterprise = R"td(enum region "Vùng" { normal, ethnic_minority, difficult }
enum ntm_level "Mức đạt chuẩn" ordered { none, standard, advanced, model }
unit enterprise "Doanh nghiệp, hợp tác xã" {
  name: text
  region: region "Vùng"
  level: ntm_level
  supported_communes: int "Số xã được hỗ trợ trực tiếp"
  contribution: money "Mức đóng góp"
  construction_debt: optional money
  ocop_products: list of { name: text, stars: int }
}
)td";

Compilation Check(std::string_view rules, CompileOptions options = {}) {
  return CompileOrDie(std::string(kEnterprise) + std::string(rules), options);
}

TEST(CheckTest, ThePreludeIsClean) {
  Compilation c = Check("criterion ok for enterprise: level >= standard and "
                        "region = difficult\n");
  EXPECT_THAT(Briefs(c), IsEmpty());
  EXPECT_TRUE(c.ok());
}

// ------------------------------------------------------------ duplicates

TEST(CheckDuplicateTest, TypeNames) {
  Compilation c = CompileOrDie(R"td(enum region { a }
unit region { x: int }
enum int { b }
unit e { r: region }
)td");
  EXPECT_THAT(ErrorBriefs(c),
              UnorderedElementsAre("2:6: type 'region' is declared twice",
                                   "3:6: type 'int' is declared twice"));
}

TEST(CheckDuplicateTest, ValueNames) {
  Compilation c = CompileOrDie(R"td(unit e { x: int }
param enough: int = 1
criterion enough for e: x >= 1
criterion twice for e: x >= enough
criterion twice for e: true
)td");
  EXPECT_THAT(ErrorBriefs(c),
              UnorderedElementsAre("3:11: name 'enough' is declared twice",
                                   "5:11: name 'twice' is declared twice"));
}

TEST(CheckDuplicateTest, FieldsIncludingTheImplicitId) {
  Compilation c = CompileOrDie(R"td(unit e {
  x: int
  x: text
  id: text
  l: list of { a: int, a: int }
}
)td");
  EXPECT_THAT(ErrorBriefs(c),
              ElementsAre("3:3: field 'x' is declared twice",
                          "4:3: field 'id' is declared twice",
                          "5:24: field 'a' is declared twice"));
}

TEST(CheckDuplicateTest, EnumValues) {
  Compilation c = CompileOrDie("enum r { a, b, a }\nunit e { x: r }\n");
  EXPECT_THAT(Briefs(c), ElementsAre("1:16: enum value 'a' is declared twice"));
}

TEST(CheckDuplicateTest, FieldsOfATestValue) {
  Compilation c = CompileOrDie(R"td(unit e { x: int }
test "t" { given e { x: 1, x: 2 } }
)td");
  EXPECT_THAT(Briefs(c), ElementsAre("2:28: field 'x' is declared twice"));
}

TEST(CheckDuplicateTest, SecondPlan) {
  Compilation c = CompileOrDie("plan first {}\nplan second {}\n");
  EXPECT_THAT(Briefs(c), ElementsAre(
      "2:6: a second plan declaration (the first is 'first')"));
}

TEST(CheckDeclarationTest, EmptyPeriodAndEmptyEnum) {
  Compilation c = CompileOrDie(
      "plan p { period 2025 .. 2021 }\nenum r { }\nunit e { x: r }\n");
  EXPECT_THAT(Briefs(c), ElementsAre("1:17: period ends before it starts",
                                     "2:6: enum 'r' has no values"));
  // A period of one day is not empty.
  EXPECT_THAT(Briefs(CompileOrDie("plan p { period 1/1/2022 .. 2022-01-01 }\n")),
              IsEmpty());
}

// ------------------------------------------------------------ unknown names

TEST(CheckUnknownTest, TypeWithDidYouMean) {
  Compilation c = CompileOrDie(R"td(enum region { a }
unit e {
  c: mony
  r: regoin
  t: ward_kind
}
)td");
  ASSERT_THAT(ErrorBriefs(c), ElementsAre("3:6: unknown type 'mony'",
                                     "4:6: unknown type 'regoin'",
                                     "5:6: unknown type 'ward_kind'"));
  EXPECT_EQ(c.diagnostics[0].hint, "did you mean 'money'?");
  EXPECT_EQ(c.diagnostics[1].hint, "did you mean 'region'?");
  EXPECT_EQ(c.diagnostics[2].hint, "declare it, e.g. enum ward_kind { ... }");
  EXPECT_EQ(c.diagnostics[2].end_column, 15);
}

TEST(CheckUnknownTest, UnitKindWithDidYouMean) {
  Compilation c = Check("criterion c for enterprize: true\n"
                        "param p for enterprise, comune: int = 1\n");
  ASSERT_THAT(ErrorBriefs(c),
              UnorderedElementsAre("12:17: unknown unit kind 'enterprize'",
                                   "13:25: unknown unit kind 'comune'"));
  EXPECT_EQ(FindDiagnostic(c, "'enterprize'")->hint,
            "did you mean 'enterprise'?");
  EXPECT_EQ(FindDiagnostic(c, "'comune'")->hint, "");  // nothing close
}

TEST(CheckUnknownTest, NameWithDidYouMean) {
  Compilation c = Check("criterion c for enterprise: contribuion >= 1 triệu\n");
  ASSERT_THAT(Briefs(c), ElementsAre("12:29: unknown name 'contribuion'"));
  EXPECT_EQ(c.diagnostics[0].hint, "did you mean 'contribution'?");
  EXPECT_EQ(c.diagnostics[0].end_column, 40);

  c = Check("criterion c for enterprise: xyzzy\n");
  ASSERT_THAT(Briefs(c), ElementsAre("12:29: unknown name 'xyzzy'"));
  EXPECT_EQ(c.diagnostics[0].hint, "");
}

TEST(CheckUnknownTest, FieldOfAnotherUnitKind) {
  Compilation c = Check("unit commune { name: text }\n"
                        "criterion c for commune: contribution >= 1 triệu\n");
  EXPECT_THAT(Briefs(c), ElementsAre(
      "13:26: unit kind 'commune' has no field 'contribution'"));
}

TEST(CheckUnknownTest, FieldOfAListElementWithDidYouMean) {
  Compilation c = Check("criterion c for enterprise:\n"
                        "  any p in ocop_products where p.strs >= 3\n");
  ASSERT_THAT(Briefs(c), ElementsAre(
      "13:32: unit kind 'enterprise.ocop_products' has no field 'strs'"));
  EXPECT_EQ(c.diagnostics[0].hint, "did you mean 'stars'?");
}

TEST(CheckUnknownTest, EnumMemberWithDidYouMean) {
  Compilation c = Check(
      "criterion c for enterprise: region = dificult or level >= advnced\n");
  ASSERT_THAT(Briefs(c), ElementsAre(
      "12:38: 'dificult' is not a value of enum 'region'",
      "12:59: 'advnced' is not a value of enum 'ntm_level'"));
  EXPECT_EQ(c.diagnostics[0].hint, "did you mean 'difficult'?");
  EXPECT_EQ(c.diagnostics[1].hint, "did you mean 'advanced'?");
}

TEST(CheckUnknownTest, EnumMemberInASet) {
  Compilation c = Check(
      "criterion c for enterprise: region in {ethnic_minority, dificult}\n");
  ASSERT_THAT(Briefs(c), ElementsAre(
      "12:57: 'dificult' is not a value of enum 'region'"));
  EXPECT_EQ(c.diagnostics[0].hint, "did you mean 'difficult'?");
}

TEST(CheckUnknownTest, EnumMemberOnTheLeftIsResolvedByTheRight) {
  EXPECT_THAT(Briefs(Check("criterion c for enterprise: difficult = region\n")),
              IsEmpty());
  EXPECT_THAT(Briefs(Check("criterion c for enterprise: advanced <= level\n")),
              IsEmpty());
}

TEST(CheckUnknownTest, AmbiguousEnumMember) {
  Compilation c = CompileOrDie(R"td(enum level { none, high }
enum debt { none, some }
unit e { l: level, d: debt }
criterion by_context for e: l = none and none = d
criterion no_context for e: none = none
)td");
  EXPECT_THAT(Briefs(c), ElementsAre(
      "5:29: 'none' is a value of several enums (level, debt)",
      "5:36: 'none' is a value of several enums (level, debt)"));
}

// ------------------------------------------------------------ types

TEST(CheckTypeTest, MoneyComparedWithAPlainNumber) {
  Compilation c = Check(
      "criterion enough for enterprise: contribution >= 300\n"
      "criterion small for enterprise: 300 >= contribution\n");
  ASSERT_THAT(Briefs(c), ElementsAre(
      "12:50: cannot compare money with a plain number",
      "13:33: cannot compare money with a plain number"));
  EXPECT_EQ(c.diagnostics[0].end_column, 53);
  EXPECT_EQ(c.diagnostics[0].hint,
            "write the amount with its unit, e.g. 300 triệu or 300_000_000 "
            "đồng");
  EXPECT_EQ(c.diagnostics[1].hint, c.diagnostics[0].hint);
}

TEST(CheckTypeTest, MoneyAndNumbersElsewhere) {
  Compilation c = Check(
      "param min: money = 300\n"
      "criterion c for enterprise: contribution in {100 triệu, 200}\n");
  ASSERT_THAT(ErrorBriefs(c), ElementsAre(
      "12:20: expected money, found int",
      "13:57: set element is int, but the left side is money"));
  EXPECT_THAT(c.diagnostics[0].hint, StartsWith("write the amount with its unit"));
  EXPECT_THAT(c.diagnostics[1].hint, StartsWith("write the amount with its unit"));
}

TEST(CheckTypeTest, NumbersThatMix) {
  // int with decimal and percent compare; int and decimal add; a percent
  // of money is money.
  EXPECT_THAT(Briefs(Check(R"td(param share: percent = 40%
param half: decimal = 1
criterion c for enterprise:
  supported_communes >= 1.5 and supported_communes / 2 >= 1 and
  supported_communes * share >= half and contribution * share >= 1 triệu and
  contribution / 2 >= 1 đồng and contribution / contribution >= 0.5 and
  supported_communes + 0.5 > 1 and 50% <= 0.6
)td")),
              IsEmpty());
}

TEST(CheckTypeTest, ArithmeticThatDoesNotCombine) {
  Compilation c = Check(R"td(criterion a for enterprise: contribution * contribution >= 1 đồng
criterion b for enterprise: contribution + 1 >= 1 đồng
criterion d for enterprise: name + 1 = 2
criterion f for enterprise: -name = "x"
criterion g for enterprise: 1 / contribution >= 1
)td");
  EXPECT_THAT(Briefs(c), ElementsAre(
      "12:29: '*' cannot combine money and money",
      "13:29: '+' cannot combine money and int",
      "14:29: '+' cannot combine text and int",
      "15:30: '-' needs numbers, found text",
      "16:29: '/' cannot combine int and money"));
  EXPECT_EQ(c.diagnostics[0].end_column, 56);  // the whole product
}

TEST(CheckTypeTest, ComparisonsOfThingsThatDoNotCompare) {
  Compilation c = Check(R"td(criterion a for enterprise: name = 1
criterion b for enterprise: name < "Z"
criterion d for enterprise: region = level
)td");
  EXPECT_THAT(Briefs(c), ElementsAre(
      "12:29: '=' cannot combine text and int",
      "13:29: '<' cannot combine text and text",
      "14:29: '=' cannot combine enum region and enum ntm_level"));
}

TEST(CheckTypeTest, UnorderedEnumWithLessThan) {
  Compilation c = Check("criterion c for enterprise: region < difficult\n");
  ASSERT_THAT(Briefs(c), ElementsAre(
      "12:29: enum 'region' is not ordered; only =, != and in apply"));
  EXPECT_EQ(c.diagnostics[0].end_column, 47);
  EXPECT_EQ(c.diagnostics[0].hint,
            "declare it as 'enum region \"...\" ordered { ... }'");
  // The ordered one compares.
  EXPECT_THAT(Briefs(Check("criterion c for enterprise: level > standard\n")),
              IsEmpty());
}

TEST(CheckTypeTest, CriterionBodyMustBeBool) {
  Compilation c = Check(
      "criterion c for enterprise \"Số xã\" : supported_communes + 1\n");
  EXPECT_THAT(Briefs(c), ElementsAre(
      "12:38: a condition must be true or false, found int"));
  EXPECT_EQ(c.diagnostics[0].end_column, 60);
}

TEST(CheckTypeTest, ExceptionConditionAndValueMustBeBool) {
  Compilation c = Check(R"td(criterion c for enterprise: contribution >= 300 triệu
  except region: true
  except region = difficult: 200 triệu
)td");
  EXPECT_THAT(Briefs(c), ElementsAre(
      "13:10: a condition must be true or false, found enum region",
      "14:30: a condition must be true or false, found money"));
}

TEST(CheckTypeTest, ParamValueAndExceptionsHaveItsType) {
  Compilation c = Check(R"td(param min for enterprise: money = 300 triệu
  except region = difficult: 2
  except supported_communes: 1 triệu
criterion c for enterprise: contribution >= min
)td");
  EXPECT_THAT(Briefs(c), ElementsAre(
      "13:30: expected money, found int",
      "14:10: a condition must be true or false, found int"));
}

TEST(CheckTypeTest, LogicalOperatorsNeedBool) {
  Compilation c = Check(R"td(criterion a for enterprise: supported_communes and true
criterion b for enterprise: not name
criterion d for enterprise: if supported_communes then true else false
)td");
  EXPECT_THAT(Briefs(c), ElementsAre(
      "12:29: a condition must be true or false, found int",
      "13:33: a condition must be true or false, found text",
      "14:32: a condition must be true or false, found int"));
}

TEST(CheckTypeTest, IfBranchesHaveOneType) {
  Compilation c = Check(R"td(param p: int = if true then 1 else "một"
param q: decimal = if true then 1 else 1.5
criterion c for enterprise: supported_communes >= p + q
)td");
  EXPECT_THAT(Briefs(c), ElementsAre("12:36: expected int, found text"));
}

TEST(CheckTypeTest, QuantifierMistakes) {
  Compilation c = Check(R"td(criterion a for enterprise: any p in supported_communes where true
criterion b for enterprise: any p in ocop_products where p.stars
criterion d for enterprise: (sum p in ocop_products) > 1
criterion f for enterprise: (count p in ocop_products of p.stars) > 1
criterion g for enterprise: (sum p in ocop_products of p.name) > 1
criterion h for enterprise: supported_communes.stars > 1
)td");
  EXPECT_THAT(Briefs(c), ElementsAre(
      "12:38: 'supported_communes' is not a list, it is int",
      "13:58: a condition must be true or false, found int",
      "14:30: expected 'of'",
      "15:58: unexpected 'of'",
      "16:56: 'sum' needs numbers, found text",
      "17:29: int has no fields"));
}

TEST(CheckTypeTest, QuantifiersThatAreRight) {
  EXPECT_THAT(Briefs(Check(R"td(param ocop_min_stars: int = 3
criterion many_ocop for enterprise:
  (count p in ocop_products where p.stars >= ocop_min_stars) >= 2
  and all p in ocop_products where p.name != ""
  and (sum p in ocop_products of p.stars) >= 6
  and not any p in ocop_products where p.stars > 5
)td")),
              IsEmpty());
}

TEST(CheckTypeTest, SetElementOfAnotherType) {
  Compilation c = Check(
      "criterion c for enterprise: supported_communes in {1, \"hai\", 3}\n");
  ASSERT_THAT(Briefs(c), ElementsAre(
      "12:55: set element is text, but the left side is int"));
  EXPECT_EQ(c.diagnostics[0].hint, "");
}

// ------------------------------------------------------------ rules

TEST(CheckRuleTest, ConstantParamCannotReadAField) {
  Compilation c = Check(
      "param p: int = supported_communes + 1\n"
      "criterion c for enterprise: supported_communes >= p\n");
  EXPECT_THAT(Briefs(c), ElementsAre(
      "12:16: parameter 'p' has no 'for' unit kind, so it cannot read the "
      "field 'supported_communes'"));
}

// BUG (wording): kNotConstant is given the *field's* name, so the sentence
// says the field has no 'for'. Input:
//   param p: int = supported_communes + 1
// wrong: "the value of 'supported_communes' must be a constant (it has no
// 'for' unit kind)"; right: the message names the parameter 'p' (the one
// that lacks `for`), e.g. "the value of 'p' must be a constant ...".
TEST(CheckRuleTest, ConstantParamMessageNamesTheParam) {
  Compilation c = Check(
      "param p: int = supported_communes + 1\n"
      "criterion c for enterprise: supported_communes >= p\n");
  ASSERT_THAT(c.diagnostics, SizeIs(1));
  EXPECT_THAT(c.diagnostics[0].message, HasSubstr("'p'"));
}

TEST(CheckRuleTest, CriterionOfAnotherKind) {
  Compilation c = Check(R"td(unit commune { name: text }
criterion commune_ok for commune: name != ""
criterion c for enterprise: commune_ok and supported_communes >= 1
)td");
  EXPECT_THAT(Briefs(c), ElementsAre(
      "14:29: criterion 'commune_ok' does not apply to unit kind 'enterprise'"));
}

TEST(CheckRuleTest, ParamOfAnotherKind) {
  Compilation c = Check(R"td(unit commune { name: text }
param min for commune: int = 2
criterion c for enterprise: supported_communes >= min
)td");
  EXPECT_THAT(ErrorBriefs(c), ElementsAre(
      "14:51: parameter 'min' does not apply to unit kind 'enterprise'"));
}

TEST(CheckRuleTest, CriterionForSeveralKindsIsCheckedForEach) {
  Compilation c = Check(R"td(unit commune { name: text, construction_debt: optional money }
criterion no_debt for enterprise, commune: construction_debt = 0 đồng
criterion named for enterprise, commune: name != "" and supported_communes > 0
)td");
  // `name` exists in both kinds; `supported_communes` only in enterprise.
  EXPECT_THAT(Briefs(c), ElementsAre(
      "14:57: unit kind 'commune' has no field 'supported_communes'"));
}

TEST(CheckRuleTest, CycleBetweenTwoCriteria) {
  Compilation c = Check(R"td(criterion a for enterprise: b and supported_communes > 0
criterion b for enterprise: a or contribution > 0 đồng
)td");
  EXPECT_THAT(Briefs(c), ElementsAre(
      "12:11: 'a' depends on itself: a → b → a"));
}

TEST(CheckRuleTest, CyclesOfOneAndThreeAndThroughExceptions) {
  EXPECT_THAT(Briefs(Check("criterion a for enterprise: a\n")),
              ElementsAre("12:11: 'a' depends on itself: a → a"));
  EXPECT_THAT(Briefs(Check(R"td(criterion a for enterprise: b
criterion b for enterprise: c
criterion c for enterprise: a
)td")),
              ElementsAre("12:11: 'a' depends on itself: a → b → c → a"));
  EXPECT_THAT(Briefs(Check(R"td(criterion a for enterprise: true
  except b: false
criterion b for enterprise: not a
)td")),
              ElementsAre("12:11: 'a' depends on itself: a → b → a"));
}

TEST(CheckRuleTest, NoCycleWhenTwoCriteriaUseTheSameOne) {
  EXPECT_THAT(Briefs(Check(R"td(criterion base for enterprise: supported_communes > 0
criterion a for enterprise: base
criterion b for enterprise: base and a
)td")),
              IsEmpty());
}

TEST(CheckRuleTest, CycleBetweenParams) {
  Compilation c = Check(R"td(param p: int = q + 1
param q: int = p
criterion c for enterprise: supported_communes >= p
)td");
  ASSERT_THAT(c.diagnostics, SizeIs(1));
  EXPECT_EQ(c.diagnostics[0].line, 12);
  EXPECT_EQ(c.diagnostics[0].column, 7);
  EXPECT_THAT(c.diagnostics[0].message, HasSubstr("p → q → p"));
}

// BUG (wording): a cycle between parameters is reported as
// "criterion 'p' depends on itself: p → q → p" (Msg::kCycle always says
// "criterion"). Input:
//   param p: int = q + 1
//   param q: int = p
// right: "parameter 'p' depends on itself: p → q → p" (or a wording that
// fits both).
TEST(CheckRuleTest, CycleBetweenParamsIsNotCalledACriterion) {
  Compilation c = Check(R"td(param p: int = q + 1
param q: int = p
criterion c for enterprise: supported_communes >= p
)td");
  ASSERT_THAT(c.diagnostics, SizeIs(1));
  EXPECT_THAT(c.diagnostics[0].message, Not(StartsWith("criterion")));
}

TEST(CheckRuleTest, UnusedParamAndEnumAreWarnings) {
  Compilation c = Check(R"td(enum spare { x, y }
param unused_min: int = 2
param used_min: int = 1
criterion c for enterprise: supported_communes >= used_min
)td");
  EXPECT_THAT(Briefs(c), UnorderedElementsAre(
      "13:7: parameter 'unused_min' is never used",
      "12:6: enum 'spare' is never used"));
  for (const Diagnostic& d : c.diagnostics) {
    EXPECT_EQ(d.severity, Severity::kWarning) << d.message;
  }
  EXPECT_EQ(c.warning_count(), 2);
  EXPECT_EQ(c.error_count(), 0);
  EXPECT_TRUE(c.ok());  // warnings do not stop compilation
}

TEST(CheckRuleTest, EnumsUsedAnywhereGiveNoWarning) {
  // As a field type (region, ntm_level), a param type, or by a member name.
  EXPECT_THAT(Briefs(Check(R"td(enum tier { low, high }
enum mark { ok, not_ok }
param t: tier = high
param m: bool = ok = ok
criterion c for enterprise: t = high and m
)td")),
              IsEmpty());
}

// ------------------------------------------------------------ tests

TEST(CheckTestBlockTest, AGoodTest) {
  Compilation c = Check(R"td(criterion enough for enterprise: contribution >= 300 triệu
test "Vùng khó khăn, đóng góp 250 triệu" {
  given enterprise {
    id: "DN-01", name: "Công ty Hạt điều", region: difficult, level: none,
    supported_communes: 2, contribution: 250 triệu,
    ocop_products: [{ name: "Hạt điều", stars: 4 }]
  }
  expect not enough
}
)td");
  EXPECT_THAT(Briefs(c), IsEmpty());
  ASSERT_TRUE(c.ok());
  EXPECT_EQ(c.rules->test_count(), 1);
}

TEST(CheckTestBlockTest, UnknownKindAndCriterion) {
  Compilation c = Check(R"td(criterion enough for enterprise: contribution >= 300 triệu
test "t" { given enterprize {} expect enough }
test "u" {
  given enterprise {
    name: "A", region: normal, level: none, supported_communes: 0,
    contribution: 0 đồng, ocop_products: []
  }
  expect enogh
}
)td");
  ASSERT_THAT(Briefs(c), ElementsAre("13:18: unknown unit kind 'enterprize'",
                                     "19:10: unknown criterion 'enogh'"));
  EXPECT_EQ(c.diagnostics[0].hint, "did you mean 'enterprise'?");
  EXPECT_EQ(c.diagnostics[1].hint, "did you mean 'enough'?");
}

TEST(CheckTestBlockTest, UnknownAndMissingFields) {
  Compilation c = Check(R"td(test "t" {
  given enterprise {
    name: "A", region: normal, level: none, supported_communes: 0,
    contribuion: 5 triệu, ocop_products: [{ name: "Tiêu" }]
  }
}
)td");
  ASSERT_THAT(Briefs(c), ElementsAre(
      "15:5: unit kind 'enterprise' has no field 'contribuion'",
      "15:43: required field 'stars' of 'enterprise.ocop_products' has no value",
      "13:20: required field 'contribution' of 'enterprise' has no value"));
  EXPECT_EQ(c.diagnostics[0].hint, "did you mean 'contribution'?");
  EXPECT_EQ(c.diagnostics[2].hint,
            "give it a value, or mark the field 'optional' in the unit");
  // `id` and the optional `construction_debt` may be left out.
}

TEST(CheckTestBlockTest, ValuesOfTheWrongType) {
  Compilation c = Check(R"td(test "t" {
  given enterprise {
    name: 5, region: dificult, level: 2, supported_communes: "hai",
    contribution: 300, construction_debt: 1 + 1,
    ocop_products: [{ name: "Tiêu", stars: high }, 3]
  }
}
)td");
  ASSERT_THAT(Briefs(c), ElementsAre(
      "14:11: expected text, found int",
      "14:22: 'dificult' is not a value of enum 'region'",
      "14:39: expected enum ntm_level, found int",
      "14:62: expected int, found text",
      "15:19: expected money, found int",
      "15:43: a test value must be a literal, found an expression",
      "16:44: a test value must be a literal, found high",
      "16:52: expected record enterprise.ocop_products, found an expression"));
  EXPECT_EQ(c.diagnostics[1].hint, "did you mean 'difficult'?");
  EXPECT_THAT(c.diagnostics[4].hint, StartsWith("write the amount"));
}

TEST(CheckTestBlockTest, AListWhereAValueIsExpectedAndTheReverse) {
  Compilation c = Check(R"td(test "t" {
  given enterprise {
    name: ["A"], region: normal, level: none, supported_communes: 1,
    contribution: 1 đồng, ocop_products: { name: "x" }
  }
}
)td");
  EXPECT_THAT(Briefs(c), ElementsAre(
      "14:11: a test value must be a literal, found a list",
      "15:42: expected list enterprise.ocop_products, found a record"));
}

TEST(CheckTestBlockTest, NumbersWidenAndMoneyMayBeNegative) {
  EXPECT_THAT(Briefs(CompileOrDie(R"td(unit u { d: decimal, p: percent, m: money }
test "t" { given u { d: 1, p: 0.5, m: -5 triệu } }
test "u" { given u { d: 1.5, p: 3, m: 0 đồng } }
)td")),
              IsEmpty());
}

TEST(CheckTestBlockTest, ExpectationForACriterionOfAnotherKind) {
  Compilation c = Check(R"td(unit commune { name: text }
criterion commune_named for commune: name != ""
test "t" {
  given enterprise {
    name: "A", region: normal, level: none, supported_communes: 0,
    contribution: 0 đồng, ocop_products: []
  }
  expect undetermined commune_named
}
)td");
  EXPECT_THAT(Briefs(c), ElementsAre(
      "19:23: criterion 'commune_named' does not apply to unit kind "
      "'enterprise'"));
}

// ------------------------------------------------------------ languages

TEST(CheckLanguageTest, MessagesAndHintsInVietnamese) {
  Compilation c = Check(R"td(param unused_min: int = 2
criterion enough for enterprise: contribution >= 300
criterion named for enterprise: nam != ""
unit commune { x: int, x: int }
criterion c for enterprise: region < difficult
)td",
                        Vietnamese());
  ASSERT_THAT(Briefs(c), ElementsAre(
      "15:24: trường 'x' được khai báo hai lần",
      "13:50: không so sánh được tiền với một số không có đơn vị",
      "14:33: không có tên 'nam'",
      "16:29: kiểu liệt kê 'region' không có thứ tự; chỉ dùng được =, != "
      "và in",
      "12:7: tham số 'unused_min' không được dùng"));
  EXPECT_EQ(c.diagnostics[1].hint,
            "ghi số tiền kèm đơn vị, ví dụ 300 triệu hoặc 300_000_000 đồng");
  EXPECT_EQ(c.diagnostics[2].hint, "có phải ý bạn là 'name'?");
  EXPECT_EQ(c.diagnostics[3].hint,
            "khai báo là 'enum region \"...\" ordered { ... }'");
  std::string text = FormatDiagnostics(c.diagnostics, DiagnosticFormat::kText,
                                       Language::kVietnamese);
  EXPECT_THAT(text, HasSubstr("test.td:13:50: lỗi: không so sánh được"));
  EXPECT_THAT(text, HasSubstr("gợi ý: có phải ý bạn là 'name'?\n"));
  EXPECT_THAT(text, HasSubstr("test.td:12:7: cảnh báo: tham số"));
}

TEST(CheckLanguageTest, TypeNamesInVietnamese) {
  Compilation c = Check(R"td(param p: money = 3
criterion c for enterprise: supported_communes in {"hai"} and region = level
)td",
                        Vietnamese());
  EXPECT_THAT(Briefs(c), ElementsAre(
      "12:18: cần tiền, gặp số nguyên",
      "13:52: phần tử của tập hợp là văn bản, nhưng vế trái là số nguyên",
      "13:63: '=' không kết hợp được kiểu liệt kê region và kiểu liệt kê "
      "ntm_level",
      "12:7: tham số 'p' không được dùng"));
}

TEST(CheckLanguageTest, EveryDiagnosticIsTranslated) {
  // The same broken file in both languages: same places, different words.
  const std::string rules = R"td(unit e { x: int, x: mony }
criterion c for e: y = 1 and x.z and c2
criterion c2 for e: c
test "t" { given e {} expect nope }
)td";
  Compilation en = CompileOrDie(rules);
  Compilation vi = CompileOrDie(rules, Vietnamese());
  ASSERT_EQ(en.diagnostics.size(), vi.diagnostics.size());
  ASSERT_GE(en.diagnostics.size(), 5u);
  for (size_t i = 0; i < en.diagnostics.size(); ++i) {
    EXPECT_EQ(en.diagnostics[i].line, vi.diagnostics[i].line);
    EXPECT_EQ(en.diagnostics[i].column, vi.diagnostics[i].column);
    EXPECT_NE(en.diagnostics[i].message, vi.diagnostics[i].message);
  }
}

// Every message of the catalogue up to the last hint exists in both
// languages, and both use the same placeholders ($0, $1 …).
TEST(CheckLanguageTest, CatalogueIsCompleteInBothLanguages) {
  using internal::Msg;
  const std::vector<std::string> args = {"A0", "A1", "A2"};
  for (int i = 0; i <= static_cast<int>(Msg::kHintFieldOptional); ++i) {
    Msg id = static_cast<Msg>(i);
    std::string en = internal::FormatMessage(Language::kEnglish, id, args);
    std::string vi = internal::FormatMessage(Language::kVietnamese, id, args);
    SCOPED_TRACE("message #" + std::to_string(i) + ": " + en);
    EXPECT_FALSE(en.empty());
    EXPECT_FALSE(vi.empty());
    EXPECT_NE(en, vi);
    for (const std::string& a : args) {
      EXPECT_EQ(en.find(a) == std::string::npos, vi.find(a) == std::string::npos)
          << a << " in one language only: " << vi;
    }
  }
}

// ------------------------------------------------------------ JSON

TEST(CheckJsonTest, IsValidJsonWithEveryField) {
  Compilation c = Check(R"td(param unused_min: int = 2
criterion enough for enterprise: contribution >= 300
criterion c for enterprise: region < difficult
)td");
  std::string out = FormatDiagnostics(c.diagnostics, DiagnosticFormat::kJson);
  nlohmann::json j = nlohmann::json::parse(out);  // throws when invalid
  ASSERT_TRUE(j.is_array());
  ASSERT_EQ(j.size(), c.diagnostics.size());
  ASSERT_EQ(j.size(), 3u);
  const nlohmann::json& money = j[0];
  EXPECT_EQ(money["severity"], "error");
  EXPECT_EQ(money["path"], "test.td");
  EXPECT_EQ(money["line"], 13);
  EXPECT_EQ(money["column"], 50);
  EXPECT_EQ(money["end_column"], 53);
  EXPECT_EQ(money["message"], "cannot compare money with a plain number");
  EXPECT_EQ(money["hint"],
            "write the amount with its unit, e.g. 300 triệu or 300_000_000 "
            "đồng");
  EXPECT_EQ(money["byte_offset"].get<size_t>(), c.diagnostics[0].byte_offset);
  // A hint with double quotes in it survives.
  EXPECT_EQ(j[1]["hint"], "declare it as 'enum region \"...\" ordered { ... }'");
  EXPECT_EQ(j[2]["severity"], "warning");
}

TEST(CheckJsonTest, VietnameseAndAwkwardPathsAndNothingAtAll) {
  Compilation c = CompileOrDie("unit e { x: mony }\n", Vietnamese());
  auto renamed = c.diagnostics;
  renamed[0].path = "thư mục\\\"lạ\"\t.td";
  nlohmann::json j = nlohmann::json::parse(
      FormatDiagnostics(renamed, DiagnosticFormat::kJson, Language::kVietnamese));
  ASSERT_EQ(j.size(), 1u);
  EXPECT_EQ(j[0]["path"], "thư mục\\\"lạ\"\t.td");
  EXPECT_EQ(j[0]["message"], "không có kiểu 'mony'");
  EXPECT_EQ(j[0]["hint"], "có phải ý bạn là 'money'?");

  nlohmann::json empty = nlohmann::json::parse(
      FormatDiagnostics({}, DiagnosticFormat::kJson));
  EXPECT_TRUE(empty.is_array());
  EXPECT_TRUE(empty.empty());
}

}  // namespace
}  // namespace thidua::testing
