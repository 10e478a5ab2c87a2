// The explanation of an `all` / `any` roll-up names every unit within, with
// its outcome (held / failed / undetermined) and a count of each, in
// Vietnamese and English — though the evaluation itself stops at the first
// commune that decides.
#include "test_util.hpp"

namespace thidua {
namespace {

// A district of Kon Tum (rules/kon-tum-2017-2022) and its three communes:
// one has gained no criterion this year, one has gained two, one has no
// figure for this year yet.
constexpr std::string_view kRules = R"td(
unit district "Huyện, thành phố" { name: text "Tên huyện" }
unit commune "Xã" within district {
  name: text "Tên xã"
  criteria_met: int by year "Số tiêu chí đạt theo từng năm"
}
criterion commune_yearly_gain for commune "Đạt thêm từ 1 tiêu chí trở lên trong năm"
  source "2017/KH-UBND, Chỉ tiêu"
  : criteria_met[2023] - criteria_met[2022] >= 1
criterion all_gain for district "Mọi xã đạt thêm tiêu chí"
  : all c in commune where c.commune_yearly_gain
criterion any_gain for district "Có xã đạt thêm tiêu chí"
  : any c in commune where c.commune_yearly_gain
)td";

// The failing commune comes first: the evaluation of `all` stops there.
constexpr std::string_view kUnits = R"(
{"kind": "district", "id": "KT-H-06", "name": "Huyện Tu Mơ Rông"}
{"kind": "commune", "id": "KT-X-61", "parent": "KT-H-06", "name": "Xã Đăk Na", "criteria_met": {"2022": 12, "2023": 12}}
{"kind": "commune", "id": "KT-X-62", "parent": "KT-H-06", "name": "Xã Ngọc Lây", "criteria_met": {"2022": 11, "2023": 13}}
{"kind": "commune", "id": "KT-X-63", "parent": "KT-H-06", "name": "Xã Tê Xăng", "criteria_met": {"2022": 10}}
)";

class ExplainRollUpTest : public testing::RulesTest {
 protected:
  ExplainRollUpTest() : RulesTest(kRules) {}

  void SetUp() override {
    RulesTest::SetUp();
    if (HasFatalFailure()) return;
    ASSERT_OK_AND_ASSIGN(table_, rules_->ReadUnits(kUnits, DataOptions{}));
    ASSERT_TRUE(table_.errors.empty()) << table_.errors[0].message;
  }

  Explanation Of(std::string_view criterion, Language language) {
    Evaluator eval(rules_);
    return eval.Explain(table_.units[0], rules_->FindCriterion(criterion), language);
  }

  // The children of the roll-up's node: the tally, then one a commune.
  static const Explanation& RollUp(const Explanation& e) {
    const Explanation* node = &e;
    while (node->kind != "quantifier" && !node->children.empty()) node = &node->children[0];
    return *node;
  }

  UnitTable table_;
};

TEST_F(ExplainRollUpTest, AllNamesEveryCommuneWithItsOutcome) {
  Explanation e = Of("all_gain", Language::kEnglish);
  EXPECT_EQ(e.status, "not_eligible");
  const Explanation& q = RollUp(e);
  ASSERT_EQ(q.kind, "quantifier") << FormatExplanation(e);
  std::vector<std::string> units;
  for (const Explanation& c : q.children) {
    if (c.kind == "unit") units.push_back(c.text + " → " + c.outcome + " (" + c.status + ")");
  }
  EXPECT_EQ(units, (std::vector<std::string>{"KT-X-61 Xã Đăk Na → failed (false)",
                                             "KT-X-62 Xã Ngọc Lây → held (true)",
                                             "KT-X-63 Xã Tê Xăng → undetermined (unknown)"}))
      << FormatExplanation(e);
  std::string text = FormatExplanation(e);
  EXPECT_NE(text.find("elements matching: 1/3"), std::string::npos) << text;
  EXPECT_NE(text.find("Xã: 1 held, 1 failed, 1 undetermined (of 3)"), std::string::npos)
      << text;
}

TEST_F(ExplainRollUpTest, InVietnamese) {
  std::string text = FormatExplanation(Of("all_gain", Language::kVietnamese));
  EXPECT_NE(text.find("Xã: 1 đạt, 1 không đạt, 1 chưa xác định (trên tổng số 3)"),
            std::string::npos) << text;
  EXPECT_NE(text.find("KT-X-61 Xã Đăk Na → không đạt"), std::string::npos) << text;
  EXPECT_NE(text.find("KT-X-62 Xã Ngọc Lây → đạt"), std::string::npos) << text;
  EXPECT_NE(text.find("KT-X-63 Xã Tê Xăng → chưa xác định"), std::string::npos) << text;
}

// `any` is decided by the commune that holds; the others are listed too,
// and the verdict is the plain evaluation's.
TEST_F(ExplainRollUpTest, AnyListsTheCommunesAfterTheOneThatHolds) {
  Explanation e = Of("any_gain", Language::kEnglish);
  EXPECT_EQ(e.status, "eligible");
  Evaluator eval(rules_);
  EXPECT_EQ(eval.Evaluate(table_.units[0], rules_->FindCriterion("any_gain")),
            Verdict::kEligible);
  EXPECT_EQ(eval.Evaluate(table_.units[0], rules_->FindCriterion("all_gain")),
            Verdict::kNotEligible);
  std::string text = FormatExplanation(e);
  EXPECT_NE(text.find("KT-X-63 Xã Tê Xăng → undetermined"), std::string::npos) << text;
  EXPECT_NE(text.find("Xã: 1 held, 1 failed, 1 undetermined (of 3)"), std::string::npos)
      << text;
}

}  // namespace
}  // namespace thidua
