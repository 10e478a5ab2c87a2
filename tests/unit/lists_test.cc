// Membership lists: a named list of units, versioned by the instruments that
// set it, whose members the caller supplies (docs/time-and-hierarchy.md,
// "Membership lists").
#include <thread>

#include "absl/strings/str_cat.h"

#include "test_util.hpp"

namespace thidua {
namespace {

// tests/data/lists/communes.td: difficult communes under a hypothetical
// 10/QĐ-UBND (XA-01, XA-02) until 31/12/2023, then a hypothetical
// 20/QĐ-UBND (XA-02, XA-03) from 1/1/2024 until 31/12/2025.
class ListsTest : public ::testing::Test {
 protected:
  void SetUp() override {
    Compilation c = testing::CompileFileOrDie("tests/data/lists/communes.td");
    ASSERT_TRUE(c.ok()) << testing::Render(c);
    rules_ = c.rules;
    auto lists = std::make_shared<Lists>(rules_);
    ASSERT_OK_AND_ASSIGN(ListTable table,
                         lists->ReadFile("difficult_communes",
                                         "tests/data/lists/difficult_communes.csv"));
    EXPECT_EQ(table.rows_read, 4);
    EXPECT_EQ(table.members, 4);
    EXPECT_TRUE(table.errors.empty());
    lists_ = lists;
  }

  Unit Commune(std::string_view id) {
    auto unit = rules_->UnitFromJson(
        absl::StrCat(R"({"kind": "commune", "name": "Xã", "id": ")", std::string(id), R"("})"));
    EXPECT_TRUE(unit.ok()) << unit.status();
    return unit.ok() ? *unit : Unit();
  }

  Unit Enterprise(std::string_view commune, std::string_view contribution) {
    auto unit = rules_->UnitFromJson(
        absl::StrCat(R"({"kind": "enterprise", "id": "DN", "supported_commune": ")",
                     std::string(commune), R"(", "contribution": ")",
                     std::string(contribution), R"("})"));
    EXPECT_TRUE(unit.ok()) << unit.status();
    return unit.ok() ? *unit : Unit();
  }

  EvaluateOptions At(std::string_view day) {
    EvaluateOptions options;
    auto d = ParseDate(day);
    EXPECT_TRUE(d.ok()) << d.status();
    options.as_of = *d;
    options.lists = lists_;
    return options;
  }

  Verdict Eval(std::string_view day, const Unit& unit, std::string_view criterion) {
    Evaluator evaluator(rules_, At(day));
    return evaluator.Evaluate(unit, rules_->FindCriterion(criterion));
  }

  std::string Explained(std::string_view day, const Unit& unit, std::string_view criterion,
                        Language language = Language::kEnglish) {
    Evaluator evaluator(rules_, At(day));
    return FormatExplanation(
        evaluator.Explain(unit, rules_->FindCriterion(criterion), language));
  }

  std::shared_ptr<const RuleSet> rules_;
  std::shared_ptr<const Lists> lists_;
};

TEST_F(ListsTest, MemberAndNotMember) {
  EXPECT_EQ(Eval("2023-06-30", Commune("XA-01"), "listed_difficult"), Verdict::kEligible);
  EXPECT_EQ(Eval("2023-06-30", Commune("XA-03"), "listed_difficult"), Verdict::kNotEligible);
  EXPECT_EQ(Eval("2023-06-30", Commune("XA-04"), "listed_difficult"), Verdict::kNotEligible);
}

// XA-01 leaves the list and XA-03 joins it on 1/1/2024, the first day of
// the second decision: the day before, the day of and the day after.
TEST_F(ListsTest, MembershipChangesOnTheDayTheNewListStarts) {
  Unit leaves = Commune("XA-01"), joins = Commune("XA-03"), stays = Commune("XA-02");
  EXPECT_EQ(Eval("2023-12-31", leaves, "listed_difficult"), Verdict::kEligible);
  EXPECT_EQ(Eval("2024-01-01", leaves, "listed_difficult"), Verdict::kNotEligible);
  EXPECT_EQ(Eval("2024-01-02", leaves, "listed_difficult"), Verdict::kNotEligible);
  EXPECT_EQ(Eval("2023-12-31", joins, "listed_difficult"), Verdict::kNotEligible);
  EXPECT_EQ(Eval("2024-01-01", joins, "listed_difficult"), Verdict::kEligible);
  EXPECT_EQ(Eval("2024-01-02", joins, "listed_difficult"), Verdict::kEligible);
  EXPECT_EQ(Eval("2023-12-31", stays, "listed_difficult"), Verdict::kEligible);
  EXPECT_EQ(Eval("2024-01-01", stays, "listed_difficult"), Verdict::kEligible);
}

// The exception of IV.1.4 follows the list: 250 triệu to a commune listed
// on the day is enough, to one no longer listed it is not.
TEST_F(ListsTest, AnExceptionFollowsTheListInForce) {
  Unit unit = Enterprise("XA-01", "250 triệu");
  EXPECT_EQ(Eval("2023-12-31", unit, "enough_contribution"), Verdict::kEligible);
  EXPECT_EQ(Eval("2024-01-01", unit, "enough_contribution"), Verdict::kNotEligible);
  std::string before = Explained("2023-12-31", unit, "enough_contribution");
  EXPECT_NE(before.find("supported_commune (\"XA-01\") in difficult_communes (Xã vùng khó khăn) → true"),
            std::string::npos) << before;
  EXPECT_NE(before.find("list in force on 31/12/2023: from 1/7/2022 until 31/12/2023, set by "
                        "10/QĐ-UBND (giả định) of 1/7/2022"),
            std::string::npos) << before;
  std::string after = Explained("2024-01-01", unit, "enough_contribution");
  EXPECT_NE(after.find("in difficult_communes (Xã vùng khó khăn) → false"), std::string::npos)
      << after;
  EXPECT_NE(after.find("set by 20/QĐ-UBND (giả định) of 15/12/2023"), std::string::npos)
      << after;
}

TEST_F(ListsTest, ADayNoVersionCoversIsUndeterminedAndNamed) {
  EXPECT_EQ(Eval("2022-06-30", Commune("XA-01"), "listed_difficult"), Verdict::kUndetermined);
  EXPECT_EQ(Eval("2026-01-01", Commune("XA-01"), "listed_difficult"), Verdict::kUndetermined);
  std::string e = Explained("2026-01-01", Commune("XA-01"), "listed_difficult");
  EXPECT_NE(e.find("no version of list difficult_communes is in force on 1/1/2026: the last "
                   "version ended on 31/12/2025"),
            std::string::npos) << e;
  std::string before = Explained("2022-06-30", Commune("XA-01"), "listed_difficult");
  EXPECT_NE(before.find("the first version is in force from 1/7/2022"), std::string::npos)
      << before;
}

TEST_F(ListsTest, AGapBetweenVersionsIsUndeterminedAndNamed) {
  Compilation c = testing::CompileOrDie(R"(
    instrument a "1/QĐ" { date 1/1/2022 }
    instrument b "2/QĐ" { date 1/6/2024 }
    list hard "Xã khó khăn" of commune by a from 1/1/2022 until 31/12/2023
    list hard "Xã khó khăn" of commune by b from 1/6/2024
    unit commune "Xã" { name: optional text }
    criterion listed for commune: id in hard
  )");
  ASSERT_TRUE(c.ok()) << testing::Render(c);
  auto lists = std::make_shared<Lists>(c.rules);
  ASSERT_OK(lists->Read("hard", "instrument,id\na,X1\nb,X1\n"));
  auto unit = c.rules->UnitFromJson(R"({"kind": "commune", "id": "X1"})");
  ASSERT_OK(unit);
  for (auto [day, want] : {std::pair{"2023-12-31", Verdict::kEligible},
                           std::pair{"2024-01-01", Verdict::kUndetermined},
                           std::pair{"2024-05-31", Verdict::kUndetermined},
                           std::pair{"2024-06-01", Verdict::kEligible}}) {
    EvaluateOptions options;
    options.as_of = *ParseDate(day);
    options.lists = lists;
    Evaluator evaluator(c.rules, options);
    EXPECT_EQ(evaluator.Evaluate(*unit, 0), want) << day;
  }
  EvaluateOptions options;
  options.as_of = *ParseDate("2024-03-01");
  options.lists = lists;
  Evaluator evaluator(c.rules, options);
  std::string e = FormatExplanation(evaluator.Explain(*unit, 0));
  EXPECT_NE(e.find("no version of list hard is in force on 1/3/2024: a gap from 1/1/2024 to "
                   "31/5/2024"),
            std::string::npos) << e;
}

TEST_F(ListsTest, AListNotGivenIsUndeterminedNeverEmpty) {
  Evaluator evaluator(rules_, EvaluateOptions{*ParseDate("2023-06-30"), nullptr});
  EXPECT_EQ(evaluator.Evaluate(Commune("XA-01"), rules_->FindCriterion("listed_difficult")),
            Verdict::kUndetermined);
  EXPECT_EQ(evaluator.Evaluate(Commune("XA-04"), rules_->FindCriterion("listed_difficult")),
            Verdict::kUndetermined);
  std::string e = FormatExplanation(
      evaluator.Explain(Commune("XA-04"), rules_->FindCriterion("listed_difficult")));
  EXPECT_NE(e.find("the members of difficult_communes were not given (thidua eval --list "
                   "difficult_communes=FILE)"),
            std::string::npos) << e;
  // 350 triệu is enough with or without the exception: still decided.
  EXPECT_EQ(evaluator.Evaluate(Enterprise("XA-04", "350 triệu"),
                               rules_->FindCriterion("enough_contribution")),
            Verdict::kEligible);
}

TEST_F(ListsTest, VietnameseExplanation) {
  std::string e = Explained("2024-01-01", Commune("XA-03"), "listed_difficult",
                            Language::kVietnamese);
  EXPECT_NE(e.find("id (\"XA-03\") thuộc difficult_communes (Xã vùng khó khăn) → đúng"),
            std::string::npos) << e;
  EXPECT_NE(e.find("danh sách có hiệu lực ngày 1/1/2024: từ 1/1/2024 đến 31/12/2025, theo "
                   "20/QĐ-UBND (giả định) ngày 15/12/2023"),
            std::string::npos) << e;
}

TEST_F(ListsTest, OverlappingVersionsAreACheckError) {
  auto c = CompileText(R"(
    instrument a "1/QĐ" { date 1/1/2022 }
    instrument b "2/QĐ" { date 1/6/2024 }
    list hard "Xã khó khăn" of commune by a from 1/1/2022 until 31/12/2024
    list hard "Xã khó khăn" of commune by b from 1/6/2024
    unit commune "Xã" { name: text }
  )", "test.td");
  ASSERT_TRUE(c.ok());
  ASSERT_FALSE(c->ok());
  std::string text = testing::Render(*c);
  EXPECT_NE(text.find("versions of 'hard' overlap: 1/1/2022–31/12/2024 and 1/6/2024– are both "
                      "in force from 1/6/2024"),
            std::string::npos) << text;
  EXPECT_NE(text.find("until 31/5/2024"), std::string::npos) << text;
}

TEST_F(ListsTest, CheckErrors) {
  CompileOptions vi;
  vi.language = Language::kVietnamese;
  auto c = CompileText(R"(
    instrument a "1/QĐ" { date 1/1/2022 }
    list hard "Xã khó khăn" of commune by a from 1/1/2022 until 31/12/2023
    list hard "Xã khó khăn" of commune from 1/1/2024
    unit commune "Xã" { name: text, rank: int }
    criterion c1 for commune: id in hardd
    criterion c2 for commune: rank in hard
  )", "test.td", vi);
  ASSERT_TRUE(c.ok());
  std::string text = testing::Render(*c);
  EXPECT_NE(text.find("phiên bản này của danh sách 'hard' không ghi văn bản"), std::string::npos)
      << text;
  EXPECT_NE(text.find("không có danh sách 'hardd'"), std::string::npos) << text;
  EXPECT_NE(text.find("hard"), std::string::npos) << text;
  EXPECT_NE(text.find("danh sách 'hard' gồm mã đơn vị (văn bản); đây là"), std::string::npos)
      << text;
}

TEST_F(ListsTest, AMissingListFileIsAClearError) {
  Lists lists(rules_);
  auto r = lists.ReadFile("difficult_communes", "tests/data/lists/no_such_file.csv");
  ASSERT_FALSE(r.ok());
  EXPECT_EQ(r.status().code(), absl::StatusCode::kNotFound);
  EXPECT_NE(r.status().message().find("no_such_file.csv"), std::string::npos) << r.status();
  auto undeclared = lists.Read("hard_communes", "id\nX\n");
  ASSERT_FALSE(undeclared.ok());
  EXPECT_NE(undeclared.status().message().find(
                "the rules declare no list 'hard_communes' (they declare: difficult_communes)"),
            std::string::npos) << undeclared.status();
  auto no_instrument = lists.Read("difficult_communes", "id\nXA-01\n");
  ASSERT_FALSE(no_instrument.ok());
  EXPECT_NE(no_instrument.status().message().find("column 'instrument' (qd10, qd20)"),
            std::string::npos) << no_instrument.status();
}

TEST_F(ListsTest, BadRowsAreReportedByRowAndTheOthersRead) {
  Lists lists(rules_);
  ASSERT_OK_AND_ASSIGN(ListTable t,
                       lists.ReadFile("difficult_communes", "tests/data/lists/bad_rows.csv"));
  EXPECT_EQ(t.rows_read, 6);
  EXPECT_EQ(t.members, 2);
  ASSERT_EQ(t.errors.size(), 4u);
  EXPECT_EQ(t.errors[0].row, 3);
  EXPECT_EQ(t.errors[0].column, "instrument");
  EXPECT_NE(t.errors[0].message.find("instrument 'qd30' sets no version"), std::string::npos);
  EXPECT_EQ(t.errors[1].row, 4);
  EXPECT_EQ(t.errors[1].column, "id");
  EXPECT_NE(t.errors[1].message.find("is not a unit id"), std::string::npos);
  EXPECT_EQ(t.errors[2].row, 5);
  EXPECT_EQ(t.errors[2].column, "id");
  EXPECT_EQ(t.errors[3].row, 6);
  EXPECT_NE(t.errors[3].message.find("the row has 3 cells but the header has 2"),
            std::string::npos);
}

// A note column as a spreadsheet writes it: quoted cells with the
// delimiter, the other delimiter or a line break inside; a BOM; CRLF.
TEST_F(ListsTest, QuotedCellsBomAndCrlfAreReadAsInAUnitsFile) {
  auto lists = std::make_shared<Lists>(rules_);
  ASSERT_OK_AND_ASSIGN(
      ListTable t,
      lists->Read("difficult_communes",
                 "\xEF\xBB\xBFinstrument,id,ghi chú\r\n"
                 "qd10,XA-01,\"Xã A; vùng III\"\r\n"
                 "qd10,XA-02,\"xã khó khăn, biên giới\"\r\n"
                 "\r\n"
                 "qd20,\"XA-03\",\"hai dòng,\r\nmột ô\"\r\n"
                 "qd20,XA-04,\"chưa đóng\r\n"));
  EXPECT_EQ(t.members, 3);
  EXPECT_EQ(t.rows_read, 4);
  ASSERT_EQ(t.errors.size(), 1u);
  EXPECT_EQ(t.errors[0].row, 7);  // the rows before it: 1 + 2 + blank + 2 lines
  EXPECT_NE(t.errors[0].message.find("quoted cell is not closed"), std::string::npos)
      << t.errors[0].message;
  EvaluateOptions options = At("2024-06-30");
  options.lists = lists;
  Evaluator evaluator(rules_, options);
  EXPECT_EQ(evaluator.Evaluate(Commune("XA-03"), rules_->FindCriterion("listed_difficult")),
            Verdict::kEligible);
}

// The delimiter is the one a units file with the same header gets: the most
// frequent outside quotes ("a; b" in a note is not a ';' file), and ';' or
// tab when they are.
TEST_F(ListsTest, TheDelimiterIsChosenAsForAUnitsFile) {
  DataOptions data;
  data.default_kind = "commune";
  for (std::string_view text : {
           "instrument,id,name,\"ghi chú; a; b\"\nqd10,XA-01,Xã A,\"x; y\"\n",
           "instrument;id;name;ghi chú, a\nqd10;XA-01;Xã A;\"x, y\"\n",
           "instrument\tid\tname\tghi chú; a, b\nqd10\tXA-01\tXã A\tx; y, z\n"}) {
    Lists lists(rules_);
    ASSERT_OK_AND_ASSIGN(ListTable t, lists.Read("difficult_communes", text));
    EXPECT_EQ(t.members, 1) << text;
    EXPECT_TRUE(t.errors.empty()) << text << t.errors[0].message;
    ASSERT_OK_AND_ASSIGN(UnitTable units, rules_->ReadUnits(text, data));
    ASSERT_EQ(units.units.size(), 1u) << text;
    EXPECT_EQ(units.units[0].id(), "XA-01") << text;
  }
}

TEST_F(ListsTest, InvalidUtf8AndOversizedFilesAreRefused) {
  Lists lists(rules_);
  DataOptions vi;
  vi.language = Language::kVietnamese;
  ASSERT_OK_AND_ASSIGN(ListTable t, lists.Read("difficult_communes",
                                               "instrument,id\nqd10,XA-\xff\nqd10,XA-01\n", vi));
  EXPECT_EQ(t.members, 1);
  ASSERT_EQ(t.errors.size(), 1u);
  EXPECT_EQ(t.errors[0].row, 2);
  EXPECT_NE(t.errors[0].message.find("không phải UTF-8 hợp lệ"), std::string::npos);
  DataOptions small;
  small.max_list_file_bytes = 16;
  auto big = lists.ReadFile("difficult_communes", "tests/data/lists/difficult_communes.csv",
                            small);
  ASSERT_FALSE(big.ok());
  EXPECT_EQ(big.status().code(), absl::StatusCode::kResourceExhausted);
  auto empty = lists.Read("difficult_communes", "\n\n");
  EXPECT_FALSE(empty.ok());
  auto no_id = lists.Read("difficult_communes", "instrument,code\nqd10,XA-01\n");
  ASSERT_FALSE(no_id.ok());
  EXPECT_NE(no_id.status().message().find("needs a column 'id'"), std::string::npos);
}

// Lists are inputs shared by evaluators on many threads; the rules stay
// immutable (EvaluateBatch gives each thread an Evaluator).
TEST_F(ListsTest, BatchOnManyThreadsGivesTheSameVerdicts) {
  std::vector<Unit> units;
  for (int i = 0; i < 20'000; ++i) {
    units.push_back(Commune(i % 3 == 0 ? "XA-01" : i % 3 == 1 ? "XA-03" : "XA-09"));
  }
  BatchResult r = EvaluateBatch(rules_, units, 4, At("2023-06-30"));
  int c = rules_->FindCriterion("listed_difficult");
  for (size_t u = 0; u < units.size(); ++u) {
    ASSERT_EQ(r.at(u, c), u % 3 == 0 ? Verdict::kEligible : Verdict::kNotEligible) << u;
  }
}

// A selection and a target read the lists as evaluation does; without them
// the criterion that reads one is undetermined, never false.
TEST_F(ListsTest, SelectionsAndTargetsReadTheLists) {
  std::vector<Unit> units = {Enterprise("XA-01", "250 triệu"), Commune("XA-01"),
                             Commune("XA-02"), Commune("XA-03")};
  SelectOptions select;
  select.as_of = *ParseDate("2023-06-01");
  select.year = 2023;
  select.lists = lists_;
  ASSERT_OK_AND_ASSIGN(Selection with, SelectAward(rules_, "support_merit", units, select));
  EXPECT_EQ(with.entries[0].outcome, "selected");
  select.lists = nullptr;
  ASSERT_OK_AND_ASSIGN(Selection without, SelectAward(rules_, "support_merit", units, select));
  EXPECT_EQ(without.entries[0].outcome, "undetermined");

  // XA-01 and XA-02 are listed until 31/12/2023, only XA-02 and XA-03 after.
  std::vector<Unit> two = {Commune("XA-01"), Commune("XA-04")};
  std::vector<TargetReport> listed = EvaluateTargets(rules_, units, Language::kEnglish,
                                                     At("2024-06-01"));
  ASSERT_EQ(listed.size(), 1u);
  EXPECT_EQ(listed[0].verdict, Verdict::kEligible);
  EXPECT_EQ(listed[0].matching, 2);
  EXPECT_EQ(EvaluateTargets(rules_, two, Language::kEnglish, At("2024-06-01"))[0].verdict,
            Verdict::kNotEligible);
  EvaluateOptions no_lists = At("2024-06-01");
  no_lists.lists = nullptr;
  EXPECT_EQ(EvaluateTargets(rules_, units, Language::kEnglish, no_lists)[0].verdict,
            Verdict::kUndetermined);
}

TEST_F(ListsTest, FormatKeepsTheDeclaration) {
  std::string text = testing::ReadFile("tests/data/lists/communes.td");
  auto f = FormatRules(text, "communes.td");
  ASSERT_TRUE(f.ok());
  ASSERT_TRUE(f->ok());
  EXPECT_EQ(f->text, text);
}

}  // namespace
}  // namespace thidua
