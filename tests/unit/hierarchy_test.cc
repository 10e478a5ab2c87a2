// Units within units: parents linked by id when a population is read,
// roll-ups (all / any / count / share / sum) over the units within a unit,
// targets broken down by district, and bad links reported per row.
#include <algorithm>

#include "absl/strings/str_cat.h"
#include "absl/strings/str_join.h"
#include "absl/strings/str_split.h"
#include "capi/handles.hpp"
#include "population_oracle.hpp"
#include "test_util.hpp"

namespace thidua {
namespace {

// A province of three districts; the third has no commune. Villages hang
// under communes, four levels in all.
constexpr std::string_view kRules = R"td(
enum level "Mức" ordered { none, standard, advanced, model }
unit province "Tỉnh" { name: text }
unit district "Huyện" within province { name: text }
unit commune "Xã" within district {
  name: text
  level: optional level "Mức đạt chuẩn"
  budget: money "Vốn huy động"
}
unit village "Thôn" within commune { standard: bool }

criterion commune_standard for commune "Xã đạt chuẩn": level >= standard
criterion villages_standard for commune "Mọi thôn đạt chuẩn": all v in village where v.standard
criterion all_standard for district "Tất cả các xã đạt chuẩn"
  : all c in commune where c.commune_standard
criterion advanced_share for district "Từ 40% số xã đạt nâng cao"
  : (share c in commune where c.level >= advanced) >= 40%
criterion some_model for district: any c in commune where c.level = model
criterion three_standard for district: (count c in commune where c.commune_standard) >= 3
criterion budget_enough for district: (sum c in commune of c.budget) >= 1 tỷ
criterion plain for district: name != ""
criterion districts_standard for province: all d in district where d.all_standard
criterion rich_communes for province: (count c in commune where c.budget >= 300 triệu) >= 3
criterion standard_villages for province: (count v in village where v.standard) >= 2

target communes_standard "100% số xã đạt chuẩn": all commune where level >= standard
target advanced_40 "Từ 40% số xã nâng cao": at least 40% of commune where level >= advanced
target model_2 "Có 2 xã kiểu mẫu": at least 2 commune where level = model
)td";

constexpr std::string_view kUnits = R"(
{"kind": "province", "id": "P1", "name": "Tỉnh Một"}
{"kind": "district", "id": "H1", "parent": "P1", "name": "Huyện Một"}
{"kind": "district", "id": "H2", "parent": "P1", "name": "Huyện Hai"}
{"kind": "district", "id": "H3", "parent": "P1", "name": "Huyện Ba"}
{"kind": "commune", "id": "X1", "parent": "H1", "name": "Xã Tân Lập", "level": "standard", "budget": "300 triệu"}
{"kind": "commune", "id": "X2", "parent": "H1", "name": "Xã Tân Tiến", "level": "advanced", "budget": "400 triệu"}
{"kind": "commune", "id": "X3", "parent": "H1", "name": "Xã Tân Hòa", "level": "model", "budget": "500 triệu"}
{"kind": "commune", "id": "X4", "parent": "H2", "name": "Xã Lộc Thái", "level": "advanced", "budget": "200 triệu"}
{"kind": "commune", "id": "X5", "parent": "H2", "name": "Xã Lộc Hưng", "level": "none", "budget": "100 triệu"}
{"kind": "commune", "id": "X6", "parent": "H2", "name": "Xã Lộc Điền", "budget": "100 triệu"}
{"kind": "village", "id": "V1", "parent": "X1", "standard": true}
{"kind": "village", "id": "V2", "parent": "X1", "standard": false}
{"kind": "village", "id": "V3", "parent": "X4", "standard": true}
)";

class HierarchyTest : public ::testing::Test {
 protected:
  void SetUp() override {
    Compilation c = testing::CompileOrDie(kRules);
    ASSERT_TRUE(c.ok()) << testing::Render(c);
    rules_ = c.rules;
    auto table = rules_->ReadUnits(kUnits, DataOptions{});
    ASSERT_OK(table);
    ASSERT_TRUE(table->errors.empty()) << table->errors[0].message;
    table_ = std::move(*table);
  }

  const Unit& U(std::string_view id) const {
    for (const Unit& u : table_.units) {
      if (u.id() == id) return u;
    }
    ADD_FAILURE() << "no unit " << id;
    return table_.units[0];
  }

  Verdict V(std::string_view id, std::string_view criterion) {
    Evaluator eval(rules_);
    int c = rules_->FindCriterion(criterion);
    EXPECT_GE(c, 0) << criterion;
    return eval.Evaluate(U(id), c);
  }

  std::shared_ptr<const RuleSet> rules_;
  UnitTable table_;
};

constexpr Verdict kYes = Verdict::kEligible, kNo = Verdict::kNotEligible,
                  kUnknown = Verdict::kUndetermined;

// The figures an official counts on the list of communes by hand.
TEST_F(HierarchyTest, DistrictRollUpsGiveTheFiguresCountedByHand) {
  // Huyện Một: standard, advanced, model; 1,2 tỷ mobilised.
  EXPECT_EQ(V("H1", "all_standard"), kYes);
  EXPECT_EQ(V("H1", "advanced_share"), kYes);  // 2/3
  EXPECT_EQ(V("H1", "some_model"), kYes);
  EXPECT_EQ(V("H1", "three_standard"), kYes);
  EXPECT_EQ(V("H1", "budget_enough"), kYes);
  // Huyện Hai: advanced, none, and one whose level is not given.
  EXPECT_EQ(V("H2", "all_standard"), kNo);       // X5 decides it anyway
  EXPECT_EQ(V("H2", "advanced_share"), kUnknown);  // 1/3 or 2/3
  EXPECT_EQ(V("H2", "some_model"), kUnknown);    // X6 might be
  EXPECT_EQ(V("H2", "three_standard"), kUnknown);
  EXPECT_EQ(V("H2", "budget_enough"), kNo);      // 400 triệu
}

TEST_F(HierarchyTest, ADistrictWithNoCommune) {
  EXPECT_EQ(V("H3", "all_standard"), kYes);        // none fails
  EXPECT_EQ(V("H3", "advanced_share"), kUnknown);  // a share of nothing
  EXPECT_EQ(V("H3", "some_model"), kNo);
  EXPECT_EQ(V("H3", "three_standard"), kNo);
  EXPECT_EQ(V("H3", "budget_enough"), kNo);
}

TEST_F(HierarchyTest, DeepHierarchies) {
  EXPECT_EQ(V("P1", "districts_standard"), kNo);  // H2 is not
  EXPECT_EQ(V("P1", "rich_communes"), kYes);      // X1, X2, X3, two levels down
  EXPECT_EQ(V("P1", "standard_villages"), kYes);  // V1, V3, three levels down
  EXPECT_EQ(V("X1", "villages_standard"), kNo);   // V2
  EXPECT_EQ(V("X4", "villages_standard"), kYes);
  EXPECT_EQ(V("X2", "villages_standard"), kYes);  // no village
}

// The units of a table share one block of memory (its arena); a unit kept
// after the table is gone keeps it, and the units within it, alive.
TEST_F(HierarchyTest, AUnitOutlivesItsTable) {
  auto table = rules_->ReadUnits(kUnits, DataOptions{});
  ASSERT_OK(table);
  Unit province, commune;
  for (const Unit& u : table->units) {
    if (u.id() == "P1") province = u;
    if (u.id() == "X4") commune = u;
  }
  *table = UnitTable();  // every other handle of the table
  Evaluator eval(rules_);
  EXPECT_EQ(province.id(), "P1");
  EXPECT_EQ(eval.Evaluate(province, rules_->FindCriterion("rich_communes")), kYes);
  EXPECT_EQ(eval.Evaluate(province, rules_->FindCriterion("standard_villages")), kYes);
  EXPECT_EQ(eval.Evaluate(commune, rules_->FindCriterion("villages_standard")), kYes);
  EXPECT_EQ(eval.Evaluate(commune, rules_->FindCriterion("commune_standard")), kYes);
}

TEST_F(HierarchyTest, BatchAndSingleEvaluationAgree) {
  BatchResult batch = EvaluateBatch(rules_, table_.units, 2);
  Evaluator eval(rules_);
  std::vector<Verdict> one;
  for (size_t u = 0; u < table_.units.size(); ++u) {
    eval.EvaluateAll(table_.units[u], &one);
    for (int c = 0; c < batch.criteria; ++c) EXPECT_EQ(batch.at(u, c), one[c]) << u << " " << c;
  }
}

// A unit evaluated on its own has no units within it: a roll-up is
// undetermined, everything else as usual.
TEST_F(HierarchyTest, AUnitOutsideAPopulation) {
  ASSERT_OK_AND_ASSIGN(Unit h, rules_->UnitFromJson(
                                   R"({"kind": "district", "id": "H9", "name": "Huyện Chín"})"));
  Evaluator eval(rules_);
  EXPECT_EQ(eval.Evaluate(h, rules_->FindCriterion("all_standard")), kUnknown);
  EXPECT_EQ(eval.Evaluate(h, rules_->FindCriterion("plain")), kYes);
}

TEST_F(HierarchyTest, ExplanationNamesTheCommunesThatDecide) {
  Evaluator eval(rules_);
  std::string text =
      FormatExplanation(eval.Explain(U("H2"), rules_->FindCriterion("all_standard")));
  // X5 decides; the explanation names the others too (explain_rollup_test).
  EXPECT_NE(text.find("X5 Xã Lộc Hưng → failed"), std::string::npos) << text;
  EXPECT_NE(text.find("X4 Xã Lộc Thái → held"), std::string::npos) << text;
  EXPECT_NE(text.find("X6 Xã Lộc Điền → undetermined"), std::string::npos) << text;
  EXPECT_NE(text.find("elements matching: 1/3"), std::string::npos) << text;
  // A share names every commune, with its outcome.
  text = FormatExplanation(eval.Explain(U("H2"), rules_->FindCriterion("advanced_share")));
  EXPECT_NE(text.find("X4 Xã Lộc Thái"), std::string::npos) << text;
  EXPECT_NE(text.find("X6 Xã Lộc Điền"), std::string::npos) << text;
}

TEST_F(HierarchyTest, TargetsByDistrict) {
  ASSERT_OK_AND_ASSIGN(auto reports, EvaluateTargetsBy(rules_, table_.units, "district"));
  ASSERT_EQ(reports.size(), 3u);
  const TargetReport& all = reports[0];
  EXPECT_EQ(all.status, "not_achieved");
  EXPECT_EQ(all.units, 6);
  ASSERT_EQ(all.parts.size(), 3u);
  EXPECT_EQ(all.parts[0].group, "H1");
  EXPECT_EQ(all.parts[0].group_name, "Huyện Một");
  EXPECT_EQ(all.parts[0].status, "achieved");
  EXPECT_EQ(all.parts[0].matching, 3);
  EXPECT_EQ(all.parts[1].status, "not_achieved");  // X5 is not, whatever X6 is
  EXPECT_EQ(all.parts[1].matching, 1);
  EXPECT_EQ(all.parts[1].unknown, 1);
  EXPECT_EQ(all.parts[2].units, 0);

  const TargetReport& share = reports[1];
  EXPECT_EQ(share.status, "achieved");  // X2, X3, X4: 3 of 6
  EXPECT_EQ(share.parts[0].status, "achieved");
  EXPECT_EQ(share.parts[1].status, "undetermined");  // 1/3 or 2/3

  // "at least 2 communes" is a goal of the province: a district has a part.
  const TargetReport& model = reports[2];
  EXPECT_EQ(model.parts[0].status, "part");
  EXPECT_EQ(model.parts[0].matching, 1);
  EXPECT_TRUE(model.parts[0].bound.empty());

  // The province's parts: one, holding every commune.
  ASSERT_OK_AND_ASSIGN(auto by_province, EvaluateTargetsBy(rules_, table_.units, "province"));
  ASSERT_EQ(by_province[0].parts.size(), 1u);
  EXPECT_EQ(by_province[0].parts[0].units, 6);
  EXPECT_FALSE(EvaluateTargetsBy(rules_, table_.units, "distric").ok());
}

// The C API links the units of each call as one population
// (capi::LinkPopulation), reusing the units already linked: its results
// must equal those of copying every unit and linking the copies.
class PopulationTest : public HierarchyTest {
 protected:
  // Links `units` as the C API does and checks every verdict and every
  // explanation (which names the units within, in order) against the oracle;
  // returns which units were used as they are.
  std::vector<bool> Link(const std::vector<Unit>& units) {
    std::vector<Unit> linked = capi::LinkPopulation(*rules_, units);
    std::vector<Unit> expected = testing::CopyAndLinkEvery(*rules_, units);
    EXPECT_EQ(linked.size(), units.size());
    Evaluator eval(rules_);
    for (size_t u = 0; u < units.size(); ++u) {
      for (int c = 0; c < rules_->criterion_count(); ++c) {
        EXPECT_EQ(eval.Evaluate(linked[u], c), eval.Evaluate(expected[u], c))
            << units[u].id() << " " << rules_->criteria()[c].name;
        EXPECT_EQ(FormatExplanation(eval.Explain(linked[u], c)),
                  FormatExplanation(eval.Explain(expected[u], c)));
      }
    }
    EXPECT_EQ(TargetsText(linked), TargetsText(expected));
    std::vector<bool> as_is;
    for (size_t u = 0; u < units.size(); ++u) as_is.push_back(&linked[u].data() == &units[u].data());
    return as_is;
  }

  std::string TargetsText(const std::vector<Unit>& units) {
    std::string text;
    auto reports = EvaluateTargetsBy(rules_, units, "district");
    EXPECT_OK(reports);
    for (const TargetReport& r : *reports) {
      absl::StrAppend(&text, r.name, " ", r.status, " ", r.matching, "/", r.units, ";");
      for (const TargetReport& part : r.parts) {
        absl::StrAppend(&text, part.group, " ", part.status, " ", part.matching, ";");
      }
    }
    return text;
  }

  // The ids of the units used as they are.
  static std::string AsIs(const std::vector<Unit>& units, const std::vector<bool>& as_is) {
    std::vector<std::string> ids;
    for (size_t u = 0; u < units.size(); ++u) {
      if (as_is[u]) ids.emplace_back(units[u].id());
    }
    return absl::StrJoin(ids, " ");
  }

  std::vector<Unit> Pick(std::initializer_list<std::string_view> ids) const {
    std::vector<Unit> units;
    for (std::string_view id : ids) units.push_back(U(id));
    return units;
  }
};

constexpr std::string_view kEveryId = "P1 H1 H2 H3 X1 X2 X3 X4 X5 X6 V1 V2 V3";

TEST_F(PopulationTest, AWholeTableIsUsedAsItIs) {
  EXPECT_EQ(AsIs(table_.units, Link(table_.units)), kEveryId);
}

// Roll-ups list the units within in the order given: reversed, every unit
// with a roll-up that holds two or more (X1's villages, H1, H2, P1) is
// linked again.
TEST_F(PopulationTest, AWholeTableReversed) {
  std::vector<Unit> units(table_.units.rbegin(), table_.units.rend());
  EXPECT_EQ(AsIs(units, Link(units)), "V3 V2 V1 X6 X5 X4 X3 X2 H3");
}

// Without X2 and V1, H1 and X1 lose a unit within, and P1 with them; a
// commune, a village, and a district whose communes are all there stay.
TEST_F(PopulationTest, ASubsetLinksAgainOnlyWhatItChanges) {
  std::vector<Unit> units = Pick({"P1", "H1", "H2", "H3", "X1", "X3", "X4", "X5", "X6", "V2",
                                  "V3"});
  EXPECT_EQ(AsIs(units, Link(units)), "H2 H3 X3 X4 X5 X6 V2 V3");
}

// Without H2 its communes are within nothing: as before, they keep the
// roll-ups they were read with only as copies (without the villages'
// verdicts), so they are not used as they are; their villages are.
TEST_F(PopulationTest, AMissingParent) {
  std::vector<Unit> units = Pick({"P1", "H1", "H3", "X1", "X2", "X3", "X4", "X5", "X6", "V1",
                                  "V2", "V3"});
  EXPECT_EQ(AsIs(units, Link(units)), "H1 H3 X1 X2 X3 V1 V2 V3");
}

// A second province read from another file, interleaved with the first:
// neither reaches into the other, so both are used as they are.
TEST_F(PopulationTest, TwoTablesMixed) {
  ASSERT_OK_AND_ASSIGN(UnitTable other, rules_->ReadUnits(R"(
{"kind": "province", "id": "P2", "name": "Tỉnh Hai"}
{"kind": "district", "id": "H21", "parent": "P2", "name": "Huyện Hai Mốt"}
{"kind": "commune", "id": "X21", "parent": "H21", "name": "Xã Hai Mốt", "level": "model", "budget": "1 tỷ"}
)",
                                                          DataOptions{}));
  std::vector<Unit> units;
  for (size_t u = 0; u < table_.units.size(); ++u) {
    units.push_back(table_.units[u]);
    if (u < other.units.size()) units.push_back(other.units[u]);
  }
  EXPECT_EQ(AsIs(units, Link(units)), "P1 P2 H1 H21 H2 X21 H3 X1 X2 X3 X4 X5 X6 V1 V2 V3");
  // A third file's commune names a district of the first (its own H2 is a
  // row in error): it reaches into H2 and P1, which are linked again.
  ASSERT_OK_AND_ASSIGN(UnitTable third, rules_->ReadUnits(R"(
{"kind": "district", "id": "H2", "parent": "P9", "name": "Huyện Hai khác"}
{"kind": "commune", "id": "X31", "parent": "H2", "name": "Xã Ba Mốt", "budget": "1 tỷ"}
)",
                                                          DataOptions{}));
  ASSERT_EQ(third.units.size(), 1u);
  units = table_.units;
  units.push_back(third.units[0]);
  EXPECT_EQ(AsIs(units, Link(units)), "H1 H3 X1 X2 X3 X4 X5 X6 V1 V2 V3 X31");
}

// Units made one by one hold no roll-up: those of a kind with one are
// linked, the others used as they are.
TEST_F(PopulationTest, UnitsMadeOneByOne) {
  std::vector<Unit> units;
  for (absl::string_view line : absl::StrSplit(absl::string_view(kUnits.data(), kUnits.size()),
                                               '\n', absl::SkipWhitespace())) {
    ASSERT_OK_AND_ASSIGN(Unit u, rules_->UnitFromJson(std::string_view(line.data(), line.size())));
    units.push_back(u);
  }
  EXPECT_EQ(AsIs(units, Link(units)), "V1 V2 V3");
}

// The same unit twice: the second is within nothing and holds nothing.
TEST_F(PopulationTest, AUnitGivenTwice) {
  std::vector<Unit> units = table_.units;
  units.push_back(U("H1"));
  units.push_back(U("X1"));
  EXPECT_EQ(AsIs(units, Link(units)), "H2 H3 X1 X2 X3 X4 X5 X6 V1 V2 V3");
}

// A bad link loses its row only; the units within it stay, within nothing.
TEST(HierarchyLinks, DanglingParentsWrongKindsAndSelfAreRowErrors) {
  Compilation c = testing::CompileOrDie(kRules);
  ASSERT_TRUE(c.ok()) << testing::Render(c);
  constexpr std::string_view kBad =
      "{\"kind\": \"province\", \"id\": \"P1\", \"name\": \"Tỉnh\"}\n"
      "{\"kind\": \"district\", \"id\": \"H1\", \"parent\": \"P1\", \"name\": \"Huyện Một\"}\n"
      "{\"kind\": \"commune\", \"id\": \"X1\", \"parent\": \"H9\", \"name\": \"a\", \"budget\": 1}\n"
      "{\"kind\": \"commune\", \"id\": \"X2\", \"parent\": \"P1\", \"name\": \"b\", \"budget\": 1}\n"
      "{\"kind\": \"commune\", \"id\": \"X3\", \"parent\": \"X3\", \"name\": \"c\", \"budget\": 1}\n"
      "{\"kind\": \"commune\", \"id\": \"X4\", \"parent\": \"H1\", \"name\": \"d\", \"budget\": 1}\n"
      "{\"kind\": \"district\", \"id\": \"H2\", \"parent\": \"H2\", \"name\": \"Huyện Hai\"}\n"
      "{\"kind\": \"commune\", \"id\": \"X5\", \"parent\": \"H2\", \"name\": \"e\", \"budget\": 1}\n";
  ASSERT_OK_AND_ASSIGN(UnitTable t, c.rules->ReadUnits(kBad, DataOptions{}));
  EXPECT_EQ(t.rows_read, 8);
  EXPECT_EQ(t.units.size() + t.errors.size(), 8u);
  ASSERT_EQ(t.errors.size(), 4u);
  EXPECT_EQ(t.errors[0].row, 3);
  EXPECT_EQ(t.errors[0].column, "parent");
  EXPECT_EQ(t.errors[0].message, "parent 'H9' is not in the data");
  EXPECT_EQ(t.errors[1].row, 4);
  EXPECT_EQ(t.errors[1].message, "parent 'P1' is a province, but a commune is within a district");
  EXPECT_EQ(t.errors[2].row, 5);
  EXPECT_EQ(t.errors[2].message, "the unit names itself as its parent");
  EXPECT_EQ(t.errors[3].row, 7);
  std::vector<std::string> ids;
  for (const Unit& u : t.units) ids.emplace_back(u.id());
  EXPECT_EQ(ids, (std::vector<std::string>{"P1", "H1", "X4", "X5"}));
  // H1 holds X4 alone; X5 is within no district.
  Evaluator eval(c.rules);
  EXPECT_EQ(eval.Evaluate(t.units[1], c.rules->FindCriterion("budget_enough")), kNo);
  ASSERT_OK_AND_ASSIGN(auto reports, EvaluateTargetsBy(c.rules, t.units, "district"));
  ASSERT_EQ(reports[0].parts.size(), 2u);
  EXPECT_EQ(reports[0].parts[1].group, "");  // the units within no district
  EXPECT_EQ(reports[0].parts[1].units, 1);

  DataOptions vi;
  vi.language = Language::kVietnamese;
  ASSERT_OK_AND_ASSIGN(UnitTable tv, c.rules->ReadUnits(kBad, vi));
  EXPECT_EQ(tv.errors[0].message, "đơn vị cấp trên 'H9' không có trong dữ liệu");
}

// A read links its units through the ids it mapped while reading (the
// reader's registry, not a second map): the ids of rows in error are in
// that registry, yet no unit has them, and a duplicate's first row is the
// parent. The same in CSV and in JSON Lines.
TEST(HierarchyLinks, ARowInErrorIsNoParentAndTheFirstOfADuplicateIs) {
  Compilation c = testing::CompileOrDie(kRules);
  ASSERT_TRUE(c.ok()) << testing::Render(c);
  constexpr std::string_view kCsv =
      "kind,id,parent,name,level,budget\n"
      "province,P1,,Tỉnh,,\n"
      "district,H1,P1,,,\n"                      // 3: no name, in error
      "district,H1,P1,Huyện Một,,\n"             // 4: H1 again
      "district,H2,P1,Huyện Hai,,\n"             // 5
      "district,H2,P1,Huyện Hai bis,,\n"         // 6: H2 again
      "commune,X1,H1,Xã Một,model,300 triệu\n"   // 7: H1 is no unit
      "commune,X2,H2,Xã Hai,advanced,400 triệu\n"
      "commune,X3,H2,Xã Ba,advanced,700 triệu\n";
  constexpr std::string_view kJsonLines =
      "{\"kind\": \"province\", \"id\": \"P1\", \"name\": \"Tỉnh\"}\n"
      "{\"kind\": \"district\", \"id\": \"H1\", \"parent\": \"P1\"}\n"
      "{\"kind\": \"district\", \"id\": \"H1\", \"parent\": \"P1\", \"name\": \"Huyện Một\"}\n"
      "{\"kind\": \"district\", \"id\": \"H2\", \"parent\": \"P1\", \"name\": \"Huyện Hai\"}\n"
      "{\"kind\": \"district\", \"id\": \"H2\", \"parent\": \"P1\", \"name\": \"Huyện Hai bis\"}\n"
      "{\"kind\": \"commune\", \"id\": \"X1\", \"parent\": \"H1\", \"name\": \"Xã Một\", "
      "\"level\": \"model\", \"budget\": \"300 triệu\"}\n"
      "{\"kind\": \"commune\", \"id\": \"X2\", \"parent\": \"H2\", \"name\": \"Xã Hai\", "
      "\"level\": \"advanced\", \"budget\": \"400 triệu\"}\n"
      "{\"kind\": \"commune\", \"id\": \"X3\", \"parent\": \"H2\", \"name\": \"Xã Ba\", "
      "\"level\": \"advanced\", \"budget\": \"700 triệu\"}\n";
  for (std::string_view text : {kCsv, kJsonLines}) {
    SCOPED_TRACE(text.substr(0, 4));
    // JSON Lines rows are lines from 1, CSV rows lines after the header.
    const int64_t first = text == kCsv ? 2 : 1;
    ASSERT_OK_AND_ASSIGN(UnitTable t, c.rules->ReadUnits(text, DataOptions{}));
    ASSERT_EQ(t.errors.size(), 4u);
    EXPECT_EQ(t.errors[0].row, first + 1);
    EXPECT_EQ(t.errors[0].message, "required field 'name' has no value");
    EXPECT_EQ(t.errors[1].row, first + 2);
    EXPECT_EQ(t.errors[1].message, "id 'H1' is already used in row " + std::to_string(first + 1));
    EXPECT_EQ(t.errors[2].row, first + 4);
    EXPECT_EQ(t.errors[2].message, "id 'H2' is already used in row " + std::to_string(first + 3));
    EXPECT_EQ(t.errors[3].row, first + 5);
    EXPECT_EQ(t.errors[3].message, "parent 'H1' is not in the data");
    std::vector<std::string> ids;
    for (const Unit& u : t.units) ids.emplace_back(u.id());
    ASSERT_EQ(ids, (std::vector<std::string>{"P1", "H2", "X2", "X3"}));
    // H2 is the first H2's unit, and holds X2 and X3 (1.1 tỷ), not X1 (model).
    Evaluator eval(c.rules);
    EXPECT_EQ(eval.Evaluate(t.units[1], c.rules->FindCriterion("budget_enough")), kYes);
    EXPECT_EQ(eval.Evaluate(t.units[1], c.rules->FindCriterion("some_model")), kNo);
    EXPECT_EQ(t.rows[1], first + 3);
  }
}

// Values copied into a parent stay valid when the children are gone.
TEST(HierarchyLinks, AParentOutlivesItsChildren) {
  Compilation c = testing::CompileOrDie(kRules);
  ASSERT_TRUE(c.ok()) << testing::Render(c);
  Unit h1;
  {
    ASSERT_OK_AND_ASSIGN(UnitTable t, c.rules->ReadUnits(kUnits, DataOptions{}));
    h1 = t.units[1];
  }
  Evaluator eval(c.rules);
  EXPECT_EQ(eval.Evaluate(h1, c.rules->FindCriterion("some_model")), kYes);
  std::string text = FormatExplanation(eval.Explain(h1, c.rules->FindCriterion("some_model")));
  EXPECT_NE(text.find("X3 Xã Tân Hòa"), std::string::npos) << text;
}

std::vector<std::string> Errors(std::string_view text) {
  std::vector<std::string> out;
  Compilation c = testing::CompileOrDie(text);
  for (const Diagnostic& d : c.diagnostics) {
    if (d.severity == Severity::kError) {
      out.push_back(std::to_string(d.line) + ":" + std::to_string(d.column) + ": " + d.message);
    }
  }
  return out;
}

TEST(HierarchyCheck, KindsWithinEachOtherAndUnknownParents) {
  EXPECT_EQ(Errors("unit a within b { x: int }\nunit b within a { y: int }\n"),
            (std::vector<std::string>{"1:15: unit kind 'a' is within itself: a → b → a",
                                      "2:15: unit kind 'b' is within itself: b → a → b"}));
  EXPECT_EQ(Errors("unit a within a { x: int }\n"),
            (std::vector<std::string>{"1:15: unit kind 'a' is within itself: a → a"}));
  EXPECT_EQ(Errors("unit district { x: int }\nunit commune within distric { y: int }\n"),
            (std::vector<std::string>{"2:21: unknown unit kind 'distric'"}));
}

// `share` starts a quantifier only before `NAME in`: a field may be named so.
TEST(HierarchyCheck, ShareIsAlsoAName) {
  EXPECT_EQ(Errors("unit u { share: percent, l: list of { y: int } }\n"
                   "criterion k for u: share >= 40% and (share x in l where x.y > 1) >= 50%\n"),
            std::vector<std::string>{});
  Compilation c = testing::CompileOrDie(
      "unit u { share: percent, l: list of { y: int } }\n"
      "criterion k for u: (share x in l where x.y > 1) >= share\n");
  ASSERT_TRUE(c.ok()) << testing::Render(c);
  ASSERT_OK_AND_ASSIGN(Unit u, c.rules->UnitFromJson(
                                   R"({"kind": "u", "share": 0.5, "l": [{"y": 2}, {"y": 1}]})"));
  Evaluator eval(c.rules);
  EXPECT_EQ(eval.Evaluate(u, 0), kYes);  // 1 of 2 = 50 % ≥ 50 %
  ASSERT_OK_AND_ASSIGN(Unit empty, c.rules->UnitFromJson(R"({"kind": "u", "share": 0, "l": []})"));
  EXPECT_EQ(eval.Evaluate(empty, 0), kUnknown);  // a share of no element
}

TEST(HierarchyCheck, NamesTakenByTheHierarchy) {
  EXPECT_EQ(Errors("unit d { x: int }\nunit c within d { parent: text }\n"),
            (std::vector<std::string>{
                "2:19: 'parent' is the id of the unit a c is within; it cannot be declared as a field"}));
  EXPECT_EQ(Errors("unit d { c: int }\nunit c within d { y: int }\n"),
            (std::vector<std::string>{"1:10: field 'c' of 'd' has the name of the unit kind within it"}));
  // A roll-up is a list: used as anything else, the usual type errors.
  EXPECT_EQ(Errors("unit d { x: int }\nunit c within d { y: int }\ncriterion k for d: c >= 1\n"),
            (std::vector<std::string>{"3:20: '>=' cannot combine list d.c and int"}));
}

TEST(HierarchyTests, TestBlocksArePopulations) {
  std::string text = std::string(kRules) + R"td(
test "Huyện có một xã chưa đạt chuẩn" {
  given district { id: "H1", name: "Huyện Một" }
  given commune { id: "X1", parent: "H1", name: "a", level: standard, budget: 1 tỷ }
  given commune { id: "X2", parent: "H1", name: "b", level: none, budget: 0 đồng }
  expect not all_standard for "H1"
  expect budget_enough for "H1"
  expect not advanced_share for "H1"
}
test "Cấp trên không có" {
  given district { id: "H1", name: "Huyện Một" }
  given commune { id: "X1", parent: "H7", name: "a", level: standard, budget: 1 tỷ }
  expect commune_standard for "X1"
}
)td";
  Compilation c = testing::CompileOrDie(text);
  ASSERT_TRUE(c.ok()) << testing::Render(c);
  std::vector<TestResult> results = RunTests(c.rules);
  ASSERT_EQ(results.size(), 2u);
  EXPECT_TRUE(results[0].passed()) << results[0].failures[0].subject;
  ASSERT_EQ(results[1].failures.size(), 1u);
  EXPECT_EQ(results[1].failures[0].subject, "parent (X1)");
  EXPECT_EQ(results[1].failures[0].actual, "parent 'H7' is not in the data");
}

}  // namespace
}  // namespace thidua
