// Evaluation: three-valued logic, exceptions and their precedence, exact
// money at its boundaries, explanations, and one rule set shared by threads.
#include <set>
#include <thread>

#include "compile/compiled.hpp"
#include "eval/evaluator.hpp"
#include "test_util.hpp"

namespace thidua {
namespace {

// The Bình Phước enterprise criterion (192/KH-UBND, IV.1.4) and a few more
// constructs, small enough to read beside the tests.
constexpr std::string_view kRules = R"td(
enum region "Vùng" { normal "Vùng thường", ethnic_minority "Vùng đồng bào DTTS",
                     difficult "Vùng khó khăn" }
enum level "Mức NTM" ordered { none, standard, advanced, model }

unit enterprise "Doanh nghiệp" {
  region: region
  contribution: money
  supported_communes: int
  construction_debt: optional money
  value_chain: optional bool
  ocop: optional bool
  products: optional list of { stars: int, revenue: optional money }
}

unit commune "Xã" {
  level: level
  criteria_met: int
  criteria_2020: optional int
}

criterion enough_contribution for enterprise "Đóng góp từ 300 triệu"
  source "192/KH-UBND, IV.1.4"
  : contribution >= 300 triệu
  except region in {ethnic_minority, difficult}: contribution >= 200 triệu

criterion no_debt for enterprise: construction_debt = 0 đồng
criterion both for enterprise: value_chain and ocop
criterion either for enterprise: value_chain or ocop
criterion negated for enterprise: not value_chain
criterion many_ocop for enterprise: (count p in products where p.stars >= 3) >= 2
criterion any_ocop for enterprise: any p in products where p.stars >= 3
criterion all_ocop for enterprise: all p in products where p.stars >= 3
criterion big_revenue for enterprise: (sum p in products of p.revenue) >= 1 tỷ
criterion composite for enterprise "Đủ tiêu chuẩn IV.1.4":
  enough_contribution and many_ocop and supported_communes >= 1

# Two exceptions that both apply to a difficult area: the first wins.
criterion ordered_exceptions for enterprise: false
  except region = difficult: true
  except region in {difficult, ethnic_minority}: false

criterion advanced_or_better for commune: level >= advanced
criterion improved for commune: criteria_met - criteria_2020 >= 2
criterion ratio for commune: criteria_met / 19 >= 50%
criterion branch for commune:
  if level = model then true else criteria_met >= 15
)td";

class EvalTest : public testing::RulesTest {
 protected:
  EvalTest() : RulesTest(kRules) {}
};

std::string Enterprise(std::string_view region, int64_t contribution,
                       std::string_view extra = "") {
  return "{\"kind\": \"enterprise\", \"id\": \"DN\", \"region\": \"" +
         std::string(region) + "\", \"contribution\": " +
         std::to_string(contribution) + ", \"supported_communes\": 1" +
         std::string(extra) + "}";
}

TEST_F(EvalTest, MoneyIsExactAtTheThreshold) {
  EXPECT_EQ(Eval(Enterprise("normal", 299'999'999), "enough_contribution"), kNo);
  EXPECT_EQ(Eval(Enterprise("normal", 300'000'000), "enough_contribution"), kYes);
}

TEST_F(EvalTest, ExceptionLowersTheThresholdInDifficultAreas) {
  EXPECT_EQ(Eval(Enterprise("difficult", 199'999'999), "enough_contribution"), kNo);
  EXPECT_EQ(Eval(Enterprise("difficult", 200'000'000), "enough_contribution"), kYes);
  EXPECT_EQ(Eval(Enterprise("ethnic_minority", 250'000'000), "enough_contribution"), kYes);
  EXPECT_EQ(Eval(Enterprise("normal", 250'000'000), "enough_contribution"), kNo);
}

TEST_F(EvalTest, FirstApplicableExceptionWins) {
  EXPECT_EQ(Eval(Enterprise("difficult", 0), "ordered_exceptions"), kYes);
  EXPECT_EQ(Eval(Enterprise("ethnic_minority", 0), "ordered_exceptions"), kNo);
  EXPECT_EQ(Eval(Enterprise("normal", 0), "ordered_exceptions"), kNo);
}

TEST_F(EvalTest, MissingInputIsUndeterminedNeverFalse) {
  EXPECT_EQ(Eval(Enterprise("normal", 1), "no_debt"), kUnknown);
  EXPECT_EQ(Eval(Enterprise("normal", 1, ", \"construction_debt\": 0"), "no_debt"), kYes);
  EXPECT_EQ(Eval(Enterprise("normal", 1, ", \"construction_debt\": 5"), "no_debt"), kNo);
}

TEST_F(EvalTest, KleeneAndOrNot) {
  auto with = [&](const char* vc, const char* ocop) {
    std::string extra;
    if (vc) extra += std::string(", \"value_chain\": ") + vc;
    if (ocop) extra += std::string(", \"ocop\": ") + ocop;
    return Enterprise("normal", 1, extra);
  };
  // false and unknown = false; true and unknown = unknown.
  EXPECT_EQ(Eval(with("false", nullptr), "both"), kNo);
  EXPECT_EQ(Eval(with("true", nullptr), "both"), kUnknown);
  EXPECT_EQ(Eval(with(nullptr, "false"), "both"), kNo);
  EXPECT_EQ(Eval(with("true", "true"), "both"), kYes);
  // true or unknown = true; false or unknown = unknown.
  EXPECT_EQ(Eval(with("true", nullptr), "either"), kYes);
  EXPECT_EQ(Eval(with(nullptr, "true"), "either"), kYes);
  EXPECT_EQ(Eval(with("false", nullptr), "either"), kUnknown);
  EXPECT_EQ(Eval(with("false", "false"), "either"), kNo);
  // not unknown = unknown.
  EXPECT_EQ(Eval(with(nullptr, nullptr), "negated"), kUnknown);
  EXPECT_EQ(Eval(with("false", nullptr), "negated"), kYes);
}

TEST_F(EvalTest, UnknownExceptionConditionDecidesOnlyWhenBranchesAgree) {
  // Region is required, so build the rule on an optional field instead.
  Compilation c = testing::CompileOrDie(R"td(
    unit u { flag: optional bool, amount: money }
    criterion agree for u: amount >= 1 triệu except flag: amount >= 1 triệu
    criterion differ for u: amount >= 1 triệu except flag: amount >= 5 triệu
  )td");
  ASSERT_TRUE(c.ok()) << testing::Render(c);
  Evaluator evaluator(c.rules);
  auto unit = c.rules->UnitFromJson(R"({"kind": "u", "amount": 2000000})");
  ASSERT_OK(unit);
  EXPECT_EQ(evaluator.Evaluate(*unit, c.rules->FindCriterion("agree")), kYes);
  EXPECT_EQ(evaluator.Evaluate(*unit, c.rules->FindCriterion("differ")), kUnknown);
}

TEST_F(EvalTest, Quantifiers) {
  std::string two = Enterprise("normal", 1, R"(, "products": [{"stars": 3}, {"stars": 4}, {"stars": 2}])");
  std::string one = Enterprise("normal", 1, R"(, "products": [{"stars": 3}, {"stars": 1}])");
  std::string none = Enterprise("normal", 1, R"(, "products": [])");
  EXPECT_EQ(Eval(two, "many_ocop"), kYes);
  EXPECT_EQ(Eval(one, "many_ocop"), kNo);
  EXPECT_EQ(Eval(one, "any_ocop"), kYes);
  EXPECT_EQ(Eval(none, "any_ocop"), kNo);
  EXPECT_EQ(Eval(two, "all_ocop"), kNo);
  EXPECT_EQ(Eval(none, "all_ocop"), kYes);  // vacuous truth
}

TEST_F(EvalTest, SumIsUnknownWhenAnElementIsMissing) {
  std::string full = Enterprise("normal", 1,
      R"(, "products": [{"stars": 3, "revenue": 600000000}, {"stars": 1, "revenue": 400000000}])");
  std::string partial = Enterprise("normal", 1,
      R"(, "products": [{"stars": 3, "revenue": 600000000}, {"stars": 1}])");
  EXPECT_EQ(Eval(full, "big_revenue"), kYes);
  EXPECT_EQ(Eval(partial, "big_revenue"), kUnknown);
}

TEST_F(EvalTest, CriteriaCompose) {
  std::string ok = Enterprise("difficult", 250'000'000,
                              R"(, "products": [{"stars": 3}, {"stars": 5}])");
  std::string poor = Enterprise("normal", 250'000'000,
                                R"(, "products": [{"stars": 3}, {"stars": 5}])");
  EXPECT_EQ(Eval(ok, "composite"), kYes);
  EXPECT_EQ(Eval(poor, "composite"), kNo);
}

TEST_F(EvalTest, OrderedEnumsArithmeticAndIf) {
  auto commune = [](const char* level, int met, const char* base) {
    std::string s = std::string(R"({"kind": "commune", "level": ")") + level +
                    R"(", "criteria_met": )" + std::to_string(met);
    if (base) s += std::string(R"(, "criteria_2020": )") + base;
    return s + "}";
  };
  EXPECT_EQ(Eval(commune("advanced", 10, nullptr), "advanced_or_better"), kYes);
  EXPECT_EQ(Eval(commune("standard", 10, nullptr), "advanced_or_better"), kNo);
  EXPECT_EQ(Eval(commune("model", 10, nullptr), "advanced_or_better"), kYes);
  EXPECT_EQ(Eval(commune("none", 17, "15"), "improved"), kYes);
  EXPECT_EQ(Eval(commune("none", 16, "15"), "improved"), kNo);
  EXPECT_EQ(Eval(commune("none", 16, nullptr), "improved"), kUnknown);
  EXPECT_EQ(Eval(commune("none", 10, nullptr), "ratio"), kYes);   // 10/19 ≥ 50 %
  EXPECT_EQ(Eval(commune("none", 9, nullptr), "ratio"), kNo);     // 9/19 < 50 %
  EXPECT_EQ(Eval(commune("model", 1, nullptr), "branch"), kYes);
  EXPECT_EQ(Eval(commune("none", 15, nullptr), "branch"), kYes);
  EXPECT_EQ(Eval(commune("none", 14, nullptr), "branch"), kNo);
}

TEST_F(EvalTest, CriterionForAnotherKindIsNotApplicable) {
  EXPECT_EQ(Eval(Enterprise("normal", 1), "advanced_or_better"), Verdict::kNotApplicable);
}

TEST_F(EvalTest, IntegerOverflowIsUndeterminedNotWrapped) {
  Compilation c = testing::CompileOrDie(R"td(
    unit u { a: int, b: int }
    criterion big for u: a * b > 0
  )td");
  ASSERT_TRUE(c.ok()) << testing::Render(c);
  auto unit = c.rules->UnitFromJson(
      R"({"kind": "u", "a": 9000000000000000000, "b": 9000000000000000000})");
  ASSERT_OK(unit);
  Evaluator evaluator(c.rules);
  EXPECT_EQ(evaluator.Evaluate(*unit, 0), kUnknown);
  Explanation e = evaluator.Explain(*unit, 0);
  EXPECT_NE(FormatExplanation(e).find("overflow"), std::string::npos)
      << FormatExplanation(e);
}

TEST_F(EvalTest, ExplanationCitesClauseValuesAndException) {
  Evaluator evaluator(rules_);
  Unit unit = Make(Enterprise("difficult", 250'000'000));
  Explanation e = evaluator.Explain(unit, rules_->FindCriterion("enough_contribution"));
  EXPECT_EQ(e.status, "eligible");
  EXPECT_EQ(e.source, "192/KH-UBND, IV.1.4");
  std::string text = FormatExplanation(e);
  EXPECT_NE(text.find("exception 1 applies"), std::string::npos) << text;
  EXPECT_NE(text.find("contribution (250 triệu) ≥ 200 triệu"), std::string::npos) << text;
  EXPECT_NE(text.find("difficult — Vùng khó khăn"), std::string::npos) << text;

  Explanation vi = evaluator.Explain(unit, rules_->FindCriterion("enough_contribution"),
                                     Language::kVietnamese);
  std::string vi_text = FormatExplanation(vi);
  EXPECT_NE(vi_text.find("đủ điều kiện"), std::string::npos) << vi_text;
  EXPECT_NE(vi_text.find("ngoại lệ 1 được áp dụng"), std::string::npos) << vi_text;

  std::string json = FormatExplanation(e, DiagnosticFormat::kJson);
  EXPECT_NE(json.find("\"status\": \"eligible\""), std::string::npos) << json;
}

TEST_F(EvalTest, ExplanationNamesTheMissingInput) {
  Evaluator evaluator(rules_);
  Unit unit = Make(Enterprise("normal", 1));
  std::string text = FormatExplanation(evaluator.Explain(unit, rules_->FindCriterion("no_debt")));
  EXPECT_NE(text.find("construction_debt (missing)"), std::string::npos) << text;
  EXPECT_NE(text.find("undetermined"), std::string::npos) << text;
}

TEST_F(EvalTest, UnitBuilderFromCode) {
  auto builder = rules_->NewUnit("enterprise");
  ASSERT_OK(builder);
  EXPECT_OK(builder->Set("region", "difficult"));
  EXPECT_OK(builder->SetMoney("contribution", 200'000'000));
  EXPECT_FALSE(builder->SetMoney("supported_communes", 1).ok());  // an int field
  EXPECT_FALSE(builder->SetInt("no_such_field", 1).ok());
  auto incomplete = builder->Build();
  EXPECT_FALSE(incomplete.ok());  // supported_communes is required

  auto b2 = rules_->NewUnit("enterprise");
  ASSERT_OK(b2);
  ASSERT_OK(b2->Set("region", "difficult"));
  ASSERT_OK(b2->SetMoney("contribution", 200'000'000));
  ASSERT_OK(b2->SetInt("supported_communes", 1));
  ASSERT_OK_AND_ASSIGN(Unit unit, b2->Build());
  Evaluator evaluator(rules_);
  EXPECT_EQ(evaluator.Evaluate(unit, rules_->FindCriterion("enough_contribution")), kYes);
}

// UnitBuilder's errors come from the message catalogue, in the language
// given to NewUnit, as every other message does.
TEST_F(EvalTest, UnitBuilderErrorsAreBilingual) {
  auto has = [](const absl::Status& s, std::string_view text) {
    return std::string(s.message()).find(text) != std::string::npos;
  };
  auto en = rules_->NewUnit("enterprise");
  ASSERT_OK(en);
  EXPECT_TRUE(has(en->SetInt("no_such_field", 1), "has no field 'no_such_field'"));
  EXPECT_TRUE(has(en->SetMoney("supported_communes", 1), "is not money"));
  EXPECT_TRUE(has(en->Set("contribution", "nhiều lắm"), "is not an amount of money"));
  EXPECT_TRUE(has(en->Build().status(), "has no value"));

  auto vi = rules_->NewUnit("enterprise", Language::kVietnamese);
  ASSERT_OK(vi);
  EXPECT_TRUE(has(vi->SetInt("no_such_field", 1), "không có trường 'no_such_field'"));
  EXPECT_TRUE(has(vi->SetMoney("supported_communes", 1), "không phải kiểu tiền"));
  EXPECT_TRUE(has(vi->SetBool("supported_communes", true), "không phải kiểu có/không"));
  EXPECT_TRUE(has(vi->SetInt("region", 1), "không phải kiểu số"));
  EXPECT_TRUE(has(vi->Set("contribution", "nhiều lắm"), "không phải số tiền"));
  absl::Status missing = vi->Build().status();
  EXPECT_TRUE(has(missing, "chưa có giá trị")) << missing;
  EXPECT_TRUE(has(rules_->NewUnit("planet", Language::kVietnamese).status(),
                  "không có loại đơn vị 'planet'"));
  ASSERT_OK(vi->SetInt("supported_communes", 1));
  ASSERT_OK(vi->Set("region", "difficult"));
  ASSERT_OK(vi->Set("contribution", "250 triệu"));
  ASSERT_OK(vi->Build());
  EXPECT_TRUE(has(vi->SetInt("supported_communes", 1), "đã được tạo xong"));
}

TEST_F(EvalTest, ManyThreadsShareOneRuleSet) {
  std::vector<Unit> units;
  for (int i = 0; i < 2000; ++i) {
    units.push_back(Make(Enterprise(i % 3 == 0 ? "difficult" : "normal",
                                    150'000'000 + (i % 7) * 50'000'000)));
  }
  BatchResult one = EvaluateBatch(rules_, units, 1);
  BatchResult many = EvaluateBatch(rules_, units, 4);
  ASSERT_EQ(one.verdicts.size(), many.verdicts.size());
  EXPECT_EQ(one.verdicts, many.verdicts);
  // And evaluators on raw threads, all at once.
  std::vector<std::thread> threads;
  std::vector<int> mismatches(4, 0);
  for (int t = 0; t < 4; ++t) {
    threads.emplace_back([&, t] {
      Evaluator evaluator(rules_);
      std::vector<Verdict> row;
      for (size_t u = 0; u < units.size(); ++u) {
        evaluator.EvaluateAll(units[u], &row);
        for (int c = 0; c < one.criteria; ++c) mismatches[t] += row[c] != one.at(u, c);
      }
    });
  }
  for (auto& th : threads) th.join();
  EXPECT_EQ(mismatches, std::vector<int>(4, 0));
}

// The plain evaluation runs a criterion that is an `and` or `or` of tests
// in its fused form (compile/flatten.hpp); an explanation walks the node
// tree. Both must give the same verdict on every unit: known, missing and
// erroneous operands (a division by zero) in every position, nested `and`
// and `or`, a param with an exception, references to other criteria.
constexpr std::string_view kFusedRules = R"td(
enum region "Vùng" {
  normal "Vùng thường", ethnic_minority "Vùng đồng bào dân tộc thiểu số",
  difficult "Vùng khó khăn"
}

unit enterprise "Doanh nghiệp" {
  region: optional region
  a: optional int
  b: optional money
  yes: optional bool
  debt_free: optional bool
  products: optional list of { stars: optional int }
}

param floor for enterprise: money = 300 triệu
  except region = difficult: 200 triệu
param floor_in for enterprise: money = 300 triệu
  except region in {ethnic_minority, difficult}: 200 triệu
param floor_two for enterprise: money = 300 triệu
  except region not in {normal}: 250 triệu
  except region = difficult: 200 triệu
param floor_same for enterprise: money = 300 triệu
  except region != normal: 300 triệu

criterion c_and for enterprise:
  a >= 1 and b >= floor and yes and (any p in products where p.stars >= 3)
  and region = difficult
criterion c_or for enterprise:
  a >= 1 or b >= floor or yes or (any p in products where p.stars >= 3)
criterion c_ref for enterprise: c_or and not yes and (a < 5 or debt_free)
criterion c_mixed for enterprise:
  (a >= 1 and yes) or (b >= floor and c_and) or debt_free
criterion c_error for enterprise: yes and 6 / (a - 3) >= 1 and debt_free
criterion c_error_or for enterprise: debt_free or 6 / (a - 3) >= 1 or yes
criterion c_compare for enterprise: b >= floor
criterion c_any for enterprise: any p in products where p.stars >= 3
criterion c_any_gt_eq for enterprise:
  (any p in products where p.stars > 2) and (any p in products where p.stars = 4)
criterion c_any_lt for enterprise: any p in products where p.stars < 3
criterion c_sel for enterprise: b >= floor_in and a != 3 and region != normal
criterion c_sel_or for enterprise:
  b < floor_two or a = 7 or region in {ethnic_minority} or b > floor_same
criterion c_sel_error for enterprise:
  b <= floor_in and 6 / (a - 3) >= 1 and region not in {difficult} and a <= 3
criterion c_sel_and for enterprise: b = floor_two and b != floor_in and a > 0
  and a < 7 and debt_free
)td";

class FusedEvalTest : public testing::RulesTest {
 protected:
  FusedEvalTest() : RulesTest(kFusedRules) {}
};

// Every combination of missing and present operands: 4·4·5·3·3·5 units.
std::vector<std::string> EveryOperandCombination() {
  const std::vector<std::string> regions = {"", ", \"region\": \"normal\"",
                                            ", \"region\": \"ethnic_minority\"",
                                            ", \"region\": \"difficult\""};
  const std::vector<std::string> as = {"", ", \"a\": 0", ", \"a\": 3", ", \"a\": 7"};
  const std::vector<std::string> bs = {"", ", \"b\": \"200 triệu\"", ", \"b\": \"250 triệu\"",
                                       ", \"b\": \"300 triệu\"", ", \"b\": \"350 triệu\""};
  const std::vector<std::string> bools = {"", "true", "false"};
  const std::vector<std::string> products = {
      "", ", \"products\": []", ", \"products\": [{\"stars\": 2}]",
      ", \"products\": [{\"stars\": 2}, {}]", ", \"products\": [{}, {\"stars\": 4}]"};
  std::vector<std::string> units;
  for (const auto& r : regions) for (const auto& a : as) for (const auto& b : bs)
  for (const auto& y : bools) for (const auto& d : bools) for (const auto& p : products) {
    units.push_back("{\"kind\": \"enterprise\", \"id\": \"DN\"" + r + a + b +
                    (y.empty() ? "" : ", \"yes\": " + y) +
                    (d.empty() ? "" : ", \"debt_free\": " + d) + p + "}");
  }
  return units;
}

constexpr const char* kFusedCriteria[] = {
    "c_and",       "c_or",     "c_ref",  "c_mixed",  "c_error",     "c_error_or", "c_compare",
    "c_any",       "c_any_gt_eq", "c_any_lt", "c_sel", "c_sel_or", "c_sel_error", "c_sel_and"};

TEST_F(FusedEvalTest, SameVerdictAsTheTreeWalkOfAnExplanation) {
  Evaluator plain(rules_), traced(rules_);
  int units = 0, mismatches = 0;
  int seen[4] = {};
  for (const std::string& json : EveryOperandCombination()) {
    Unit u = Make(json);
    ++units;
    for (const char* name : kFusedCriteria) {
      int c = rules_->FindCriterion(name);
      ASSERT_GE(c, 0) << name;
      Verdict v = plain.Evaluate(u, c);
      ++seen[static_cast<int>(v)];
      std::string tree = traced.Explain(u, c, Language::kEnglish).status;
      if (tree != VerdictId(v)) {
        ADD_FAILURE() << name << " on " << json << ": fused " << VerdictId(v)
                      << ", tree " << tree;
        if (++mismatches > 10) return;
      }
    }
  }
  EXPECT_EQ(units, 4 * 4 * 5 * 3 * 3 * 5);
  // Every verdict occurs, so the comparison above is not vacuous.
  EXPECT_GT(seen[static_cast<int>(kYes)], 0);
  EXPECT_GT(seen[static_cast<int>(kNo)], 0);
  EXPECT_GT(seen[static_cast<int>(kUnknown)], 0);
}

// Many units at once (a block of units per test) give exactly the verdicts
// of one unit at a time, for every criterion, direct or not; the units are
// more than one block, and an empty unit sits among them.
TEST_F(FusedEvalTest, ManyUnitsAtOnceGiveTheVerdictsOfOneAtATime) {
  std::vector<Unit> units;
  for (const std::string& json : EveryOperandCombination()) units.push_back(Make(json));
  units.insert(units.begin() + 300, Unit());
  ASSERT_GT(units.size(), 2 * internal::Evaluator::kBlock);
  Evaluator one(rules_), many(rules_);
  int blocked = 0;
  for (const char* name : kFusedCriteria) {
    int c = rules_->FindCriterion(name);
    blocked += rules_->code().flat[rules_->code().criterion_code[0][c]].direct;
    std::vector<Verdict> out(units.size());
    many.EvaluateMany(units, c, out);
    for (size_t u = 0; u < units.size(); ++u) {
      ASSERT_EQ(out[u], one.Evaluate(units[u], c)) << name << " on unit " << u;
    }
  }
  EXPECT_GE(blocked, 7);  // the block run was taken, not only the fallback
}

// Rules of two kinds, where every criterion of `firm` has a direct run (so
// whole rows run a block at a time) and `commune` has one that refers to
// another (so its units run one at a time among them).
constexpr std::string_view kBlockRules = R"td(
unit firm "Doanh nghiệp" {
  a: optional int
  ok: optional bool
  products: optional list of { stars: optional int }
}
unit commune "Xã" { met: int }
criterion firm_a for firm: a >= 2 and ok and (any p in products where p.stars >= 5)
criterion firm_any for firm: any p in products where p.stars >= 3
criterion firm_or for firm: ok or (any p in products where p.stars = 5)
criterion commune_met for commune: met >= 15
criterion commune_both for commune: commune_met and met < 19
)td";

// Quantifiers share one cost limit per unit across its criteria: rows of
// many units must count each unit's steps in criterion order, as
// EvaluateAll of one unit does. With a limit of 4 list elements, a firm
// with up to 5 products may run out in its first quantifier or only in the
// second, and a quantifier after a false test is not run at all (firm_a's
// when `a` is below 2), so it spends none of the unit's steps.
TEST(BlockEvalTest, RowsOfManyUnitsKeepEachUnitsCostLimit) {
  CompileOptions options;
  options.max_evaluation_steps = 4;
  Compilation c = testing::CompileOrDie(kBlockRules, options);
  ASSERT_TRUE(c.ok()) << testing::Render(c);
  std::vector<std::string> jsons;
  for (int i = 0; i < 700; ++i) {
    std::string json;
    if (i % 7 == 3) {
      json = R"({"kind": "commune", "met": )" + std::to_string(10 + i % 11) + "}";
    } else {
      json = R"({"kind": "firm")";
      if (i % 3 != 0) json += R"(, "a": )" + std::to_string(i % 4);
      if (i % 5 != 0) json += std::string(R"(, "ok": )") + (i % 2 ? "true" : "false");
      if (i % 4 != 0) {
        json += R"(, "products": [)";
        for (int p = 0; p < i % 6; ++p) {
          json += (p ? ", " : "") + std::string(R"({"stars": )") + std::to_string((i / 6 + 5 * p) % 6) + "}";
        }
        json += "]";
      }
      json += "}";
    }
    jsons.push_back(json);
  }
  auto units_of = [&](const Compilation& rules) {
    std::vector<Unit> units;
    for (const std::string& json : jsons) {
      auto unit = rules.rules->UnitFromJson(json);
      EXPECT_TRUE(unit.ok()) << unit.status() << " in " << json;
      units.push_back(unit.ok() ? *unit : Unit());
    }
    return units;
  };
  std::vector<Unit> units = units_of(c);
  const size_t criteria = c.rules->criterion_count();
  Evaluator one(c.rules), many(c.rules);
  std::vector<Verdict> rows(units.size() * criteria), row;
  many.EvaluateAll(units, rows);
  int seen[5] = {};
  for (size_t u = 0; u < units.size(); ++u) {
    one.EvaluateAll(units[u], &row);
    for (size_t k = 0; k < criteria; ++k) {
      ASSERT_EQ(rows[u * criteria + k], row[k]) << "unit " << u << ", criterion " << k;
      ++seen[static_cast<int>(row[k])];
    }
  }
  // Not vacuous: every verdict occurs, undetermined among them (the limit).
  for (Verdict v : {Verdict::kEligible, Verdict::kNotEligible, Verdict::kUndetermined,
                    Verdict::kNotApplicable}) {
    EXPECT_GT(seen[static_cast<int>(v)], 0) << VerdictId(v);
  }
  // Not vacuous either: without the limit, some verdicts differ.
  Compilation unlimited = testing::CompileOrDie(kBlockRules);
  ASSERT_TRUE(unlimited.ok());
  std::vector<Verdict> free_rows(rows.size());
  Evaluator(unlimited.rules).EvaluateAll(units_of(unlimited), free_rows);
  EXPECT_NE(free_rows, rows);
  // And the batch, which runs rows of blocks on threads, agrees too.
  BatchResult batch = EvaluateBatch(c.rules, units, 2);
  EXPECT_EQ(batch.verdicts, rows);
}

// A unit of a kind the evaluator's rule set does not have (made by another
// rule set) is not applicable to any criterion, on every path; and the
// many-units forms say how many units fitted in `out`.
TEST(BlockEvalTest, AUnitOfAnotherRuleSetIsNotApplicableAndShortOutputIsCounted) {
  Compilation two = testing::CompileOrDie(R"td(
    unit firm { a: int }
    unit farm { b: int }
    criterion farm_b for farm: b >= 1
  )td");
  Compilation one = testing::CompileOrDie("unit firm { a: int }\ncriterion firm_a for firm: a >= 1\n");
  ASSERT_TRUE(two.ok() && one.ok());
  auto farm = two.rules->UnitFromJson(R"({"kind": "farm", "b": 5})");
  auto firm = one.rules->UnitFromJson(R"({"kind": "firm", "a": 5})");
  ASSERT_OK(farm);
  ASSERT_OK(firm);
  Evaluator evaluator(one.rules);
  EXPECT_EQ(evaluator.Evaluate(*farm, 0), Verdict::kNotApplicable);
  std::vector<Verdict> row;
  evaluator.EvaluateAll(*farm, &row);
  EXPECT_EQ(row, std::vector<Verdict>{Verdict::kNotApplicable});
  EXPECT_EQ(evaluator.Explain(*farm, 0).text, "?");
  std::vector<Unit> units = {*firm, *farm, *firm};
  std::vector<Verdict> out(units.size());
  EXPECT_EQ(evaluator.EvaluateMany(units, 0, out), 3u);
  EXPECT_EQ(out, (std::vector<Verdict>{Verdict::kEligible, Verdict::kNotApplicable, Verdict::kEligible}));
  std::vector<Verdict> rows(units.size());
  EXPECT_EQ(evaluator.EvaluateAll(units, rows), 3u);
  EXPECT_EQ(rows, out);
  std::vector<Verdict> short_out(2, Verdict::kUndetermined);
  EXPECT_EQ(evaluator.EvaluateMany(units, 0, short_out), 2u);
  EXPECT_EQ(evaluator.EvaluateAll(units, short_out), 2u);
  EXPECT_EQ(short_out, (std::vector<Verdict>{Verdict::kEligible, Verdict::kNotApplicable}));
}

// The comparison above tests the fused ops only if the criteria compile to
// them: every narrowed comparison, the enum bit test, the param chosen in
// the run, and the direct entry for criteria no other rule refers to.
TEST_F(FusedEvalTest, CriteriaCompileToEveryFusedOp) {
  using internal::FlatTest;
  const internal::CompiledProgram& code = rules_->code();
  std::set<int> kinds;
  for (const FlatTest& t : code.flat_tests) kinds.insert(t.kind);
  for (int k : {FlatTest::kEnumIn, FlatTest::kNumEq, FlatTest::kNumNe, FlatTest::kNumLt,
                FlatTest::kNumLe, FlatTest::kNumGt, FlatTest::kNumGe, FlatTest::kSelEq,
                FlatTest::kSelNe, FlatTest::kSelLt, FlatTest::kSelLe, FlatTest::kSelGt,
                FlatTest::kSelGe, FlatTest::kAnyConst, FlatTest::kNode}) {
    EXPECT_EQ(kinds.count(k), 1u) << "no fused test of kind " << k;
  }
  auto direct = [&](const char* name) {
    int32_t rule = code.criterion_code[0][rules_->FindCriterion(name)];
    return code.flat[rule].direct;
  };
  EXPECT_TRUE(direct("c_sel"));
  EXPECT_TRUE(direct("c_sel_and"));
  EXPECT_FALSE(direct("c_or"));   // c_ref refers to it: it keeps its memo
  EXPECT_FALSE(direct("c_ref"));  // reads c_or's memo
}

}  // namespace
}  // namespace thidua
