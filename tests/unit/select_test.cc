// Award selection (caps, ratios, ranking, deadlines, dossiers) and targets.
#include "test_util.hpp"

namespace thidua {
namespace {

constexpr std::string_view kRules = R"td(
enum rank "Chức vụ" ordered { staff, deputy_head, head }
unit official "Cán bộ" {
  rank: rank
  good: bool "Đạt tiêu chuẩn"
  score: optional int
  submitted: optional date
  has_proposal: optional bool "Tờ trình"
  has_minutes: optional bool "Biên bản họp xét"
}
criterion meets for official "Đạt tiêu chuẩn": good
criterion leader for official: rank >= deputy_head

award merit "Bằng khen" {
  for official: requires meets, at most 5, at most 40% where leader
}
award ranked "Xếp hạng" {
  for official: requires meets, at most 2, rank by score
}
award none_allowed "Không ai" {
  for official: requires meets, at most 0
}
award dated "Có hạn nộp" {
  for official: requires meets
  deadline submitted before 20/3 "Hạn nộp hồ sơ"
  dossier has_proposal, has_minutes
}
award inclusive "Đến hết ngày" {
  for official: requires meets
  deadline submitted on or before 29/2
}

target many "Ít nhất 3 người đạt": at least 3 official where good
target share "Từ 40% đến 60% là lãnh đạo": between 40% and 60% of official where rank >= deputy_head
target nobody_bad "Không ai không đạt": no official where not good
)td";

class SelectTest : public testing::RulesTest {
 protected:
  SelectTest() : RulesTest(kRules) {}

  Unit Official(const char* rank, bool good, std::string extra = "") {
    std::string json = std::string(R"({"kind": "official", "id": "P)") + std::to_string(next_++) +
                       R"(", "rank": ")" + rank + R"(", "good": )" + (good ? "true" : "false") +
                       extra + "}";
    auto u = rules_->UnitFromJson(json);
    EXPECT_TRUE(u.ok()) << u.status() << json;
    return u.ok() ? *u : Unit();
  }

  std::vector<std::string> Outcomes(std::string_view award, const std::vector<Unit>& units,
                                    int year = 0) {
    SelectOptions options;
    options.year = year;
    auto s = SelectAward(rules_, award, units, options);
    EXPECT_TRUE(s.ok()) << s.status();
    std::vector<std::string> out;
    if (s.ok()) {
      for (const SelectionEntry& e : s->entries) out.push_back(e.outcome);
    }
    return out;
  }

  int next_ = 1;
};

using Strings = std::vector<std::string>;

TEST_F(SelectTest, LeaderRatioWithOneToSevenCandidates) {
  // A lone leader is 100 % of those proposed: over 40 %.
  EXPECT_EQ(Outcomes("merit", {Official("head", true)}), Strings({"cut_by_ratio"}));
  // 1 staff + 1 leader: 50 % > 40 %; the staff member alone is kept.
  EXPECT_EQ(Outcomes("merit", {Official("head", true), Official("staff", true)}),
            Strings({"cut_by_ratio", "selected"}));
  // 3 staff + 2 leaders: 40 % exactly is allowed.
  EXPECT_EQ(Outcomes("merit", {Official("head", true), Official("deputy_head", true),
                               Official("staff", true), Official("staff", true),
                               Official("staff", true)}),
            Strings({"selected", "selected", "selected", "selected", "selected"}));
  // 7 eligible, cap 5: the most the rules allow is 5 (3 staff + 2 leaders);
  // higher-ranked (earlier) candidates are preferred within that.
  EXPECT_EQ(Outcomes("merit", {Official("head", true), Official("staff", true),
                               Official("staff", true), Official("head", true),
                               Official("head", true), Official("staff", true),
                               Official("head", true)}),
            Strings({"selected", "selected", "selected", "selected", "cut_by_ratio",
                     "selected", "cut_by_quota"}));
}

TEST_F(SelectTest, MaximisesTheNumberBeforePreferringRank) {
  // Three leaders are proposed first. The most that can be awarded is 5
  // (3 staff + 2 leaders, 40 %), so the third leader is left out although
  // ranked above the staff: the number awarded comes before rank.
  EXPECT_EQ(Outcomes("merit", {Official("head", true), Official("head", true),
                               Official("head", true), Official("staff", true),
                               Official("staff", true), Official("staff", true)}),
            Strings({"selected", "selected", "cut_by_ratio", "selected", "selected",
                     "selected"}));
}

TEST_F(SelectTest, NotEligibleCandidatesSayWhich) {
  SelectOptions options;
  std::vector<Unit> units{Official("staff", false)};
  auto s = SelectAward(rules_, "merit", units, options);
  ASSERT_OK(s);
  EXPECT_EQ(s->entries[0].outcome, "not_eligible");
  EXPECT_NE(s->entries[0].reason.find("meets"), std::string::npos) << s->entries[0].reason;
}

TEST_F(SelectTest, CapOfZeroSelectsNobody) {
  EXPECT_EQ(Outcomes("none_allowed", {Official("staff", true), Official("staff", true)}),
            Strings({"cut_by_quota", "cut_by_quota"}));
}

TEST_F(SelectTest, RankByScoreThenProposalOrder) {
  std::vector<Unit> units{Official("staff", true, R"(, "score": 5)"),
                          Official("staff", true, R"(, "score": 9)"),
                          Official("staff", true, R"(, "score": 9)"),
                          Official("staff", true)};
  auto s = SelectAward(rules_, "ranked", units, {});
  ASSERT_OK(s);
  EXPECT_EQ(s->entries[1].outcome, "selected");  // 9, proposed first
  EXPECT_EQ(s->entries[2].outcome, "selected");  // 9
  EXPECT_EQ(s->entries[0].outcome, "cut_by_quota");
  EXPECT_EQ(s->entries[3].outcome, "cut_by_quota");  // no score: last
  EXPECT_EQ(s->entries[1].rank, 1);
  EXPECT_EQ(s->entries[2].rank, 2);
  EXPECT_EQ(s->entries[0].rank, 3);
}

TEST_F(SelectTest, DeadlineBoundariesAndDossier) {
  auto with = [&](const char* date, bool minutes = true) {
    std::string extra = std::string(R"(, "has_proposal": true, "has_minutes": )") +
                        (minutes ? "true" : "false");
    if (date != nullptr) extra += std::string(R"(, "submitted": ")") + date + "\"";
    return Official("staff", true, extra);
  };
  EXPECT_EQ(Outcomes("dated", {with("2024-03-19"), with("2024-03-20"), with(nullptr),
                               with("2024-03-01", false)},
                     2024),
            Strings({"selected", "late", "late", "missing_documents"}));
  // A recurring deadline needs the year it falls in.
  auto no_year = SelectAward(rules_, "dated", std::vector<Unit>{with("2024-03-01")}, {});
  EXPECT_FALSE(no_year.ok());
  // "on or before 29/2": the day itself counts; in a common year it is 28/2.
  EXPECT_EQ(Outcomes("inclusive", {with("2024-02-29"), with("2024-03-01")}, 2024),
            Strings({"selected", "late"}));
  EXPECT_EQ(Outcomes("inclusive", {with("2023-02-28"), with("2023-03-01")}, 2023),
            Strings({"selected", "late"}));
}

TEST_F(SelectTest, UnknownAwardIsAnError) {
  EXPECT_FALSE(SelectAward(rules_, "nonexistent", std::vector<Unit>{}, {}).ok());
}

TEST_F(SelectTest, TargetsAtTheirThresholds) {
  auto status = [&](const std::vector<Unit>& units, const std::string& name) {
    for (const TargetReport& r : EvaluateTargets(rules_, units)) {
      if (r.name == name) return r.status + (r.gap.empty() ? "" : " " + r.gap);
    }
    return std::string("?");
  };
  std::vector<Unit> three{Official("staff", true), Official("head", true),
                          Official("deputy_head", true)};
  EXPECT_EQ(status(three, "many"), "achieved");
  std::vector<Unit> two{Official("staff", true), Official("head", true),
                        Official("staff", false)};
  EXPECT_EQ(status(two, "many"), "not_achieved short by 1");
  EXPECT_EQ(status(two, "nobody_bad"), "not_achieved over by 1");
  // Leaders 2 of 3 = 66.7 %: above the 40–60 % band.
  EXPECT_EQ(status(three, "share").substr(0, 27), "not_achieved over by 6,6666");
  // 2 of 5 = 40 %: on the lower edge.
  std::vector<Unit> five{Official("head", true), Official("head", true),
                         Official("staff", true), Official("staff", true),
                         Official("staff", true)};
  EXPECT_EQ(status(five, "share"), "achieved");
}

}  // namespace
}  // namespace thidua
