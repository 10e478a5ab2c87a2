// `test` blocks that expect selections, target results and verdicts of one
// unit among several; files that expect diagnostics (VerifyDiagnostics).
#include <cstdio>
#include <filesystem>
#include <fstream>

#include <unistd.h>

#include "gmock/gmock.h"
#include "test_util.hpp"

namespace thidua {
namespace {

using ::testing::ElementsAre;
using ::testing::HasSubstr;
using ::testing::IsEmpty;
using ::testing::SizeIs;

constexpr std::string_view kDecls = R"td(
enum rank "Chức vụ" ordered { staff, deputy_head, head }
unit official "Cán bộ" {
  rank: rank
  good: bool "Đạt tiêu chuẩn"
  submitted: optional date
}
criterion meets for official "Đạt tiêu chuẩn": good
criterion leader for official: rank >= deputy_head

award merit "Bằng khen" {
  for official: requires meets, at most 3, at most 40% where leader
}
award dated "Có hạn nộp" {
  for official: requires meets
  deadline submitted before 20/3
}

target many "Ít nhất 2 người đạt": at least 2 official where good
target no_bad "Không ai không đạt": no official where not good
)td";

// Three leaders proposed before three staff (one of whom fails), at most 3
// with leaders ≤ 40 %: the most that can be taken is 1 leader and 2 staff
// (1/3 ≤ 40 %; 2 leaders and 1 staff would be 2/3).
constexpr std::string_view kGivens = R"td(
  given official { id: "L1", rank: head, good: true }
  given official { id: "L2", rank: deputy_head, good: true }
  given official { id: "L3", rank: head, good: true }
  given official { id: "S1", rank: staff, good: true }
  given official { id: "S2", rank: staff, good: true }
  given official { id: "S3", rank: staff, good: false }
)td";

std::vector<TestResult> RunBlocks(std::string_view tests, Language language = Language::kEnglish) {
  std::string text = std::string(kDecls) + std::string(tests);
  Compilation c = testing::CompileOrDie(text);
  EXPECT_TRUE(c.ok()) << testing::Render(c);
  if (!c.ok()) return {};
  return RunTests(c.rules, language);
}

std::string Block(std::string_view title, std::string_view body) {
  return "test \"" + std::string(title) + "\" {\n  in year 2024\n" + std::string(kGivens) +
         std::string(body) + "}\n";
}

TEST(TestBlocks, SelectionAsExpectedPasses) {
  auto results = RunBlocks(Block("ratio", R"td(
  expect merit selects "L1", "S1", "S2"
  expect merit leaves out "L2": cut by ratio
  expect merit leaves out "L3": cut by ratio
  expect merit leaves out "S3": not eligible
  expect merit leaves out "S3"
  expect not meets for "S3"
  expect leader for "L2"
)td"));
  ASSERT_THAT(results, SizeIs(1));
  EXPECT_TRUE(results[0].passed()) << results[0].failures[0].subject << ": "
                                   << results[0].failures[0].actual;
  EXPECT_EQ(results[0].expectations, 7);
}

TEST(TestBlocks, WrongSelectionFailsWithWhoDiffersAndWhy) {
  auto results = RunBlocks(Block("wrong", R"td(
  expect merit selects "L1", "L2", "S1"
)td"));
  ASSERT_THAT(results, SizeIs(1));
  ASSERT_THAT(results[0].failures, SizeIs(1));
  const TestFailure& f = results[0].failures[0];
  EXPECT_EQ(f.subject, "merit");
  EXPECT_EQ(f.expected, "L1, L2, S1");
  EXPECT_EQ(f.actual, "L1, S1, S2");
  EXPECT_THAT(f.explanation, HasSubstr("L2: cut by ratio"));
  EXPECT_THAT(f.explanation, HasSubstr("S2: selected"));
}

TEST(TestBlocks, WrongReasonFails) {
  auto results = RunBlocks(Block("reason", R"td(
  expect merit leaves out "L2": cut by quota
  expect merit leaves out "L1"
)td"));
  ASSERT_THAT(results, SizeIs(1));
  ASSERT_THAT(results[0].failures, SizeIs(2));
  EXPECT_EQ(results[0].failures[0].subject, "merit (L2)");
  EXPECT_EQ(results[0].failures[0].expected, "cut by quota");
  EXPECT_EQ(results[0].failures[0].actual, "cut by ratio");
  EXPECT_EQ(results[0].failures[1].expected, "left out");
  EXPECT_EQ(results[0].failures[1].actual, "selected");
}

TEST(TestBlocks, FailuresReadInVietnamese) {
  auto results = RunBlocks(Block("vi", R"td(
  expect merit leaves out "L2": cut by quota
  expect no_bad achieved
)td"),
                     Language::kVietnamese);
  ASSERT_THAT(results, SizeIs(1));
  ASSERT_THAT(results[0].failures, SizeIs(2));
  EXPECT_EQ(results[0].failures[0].expected, "vượt chỉ tiêu");
  EXPECT_EQ(results[0].failures[0].actual, "vượt tỷ lệ");
  EXPECT_EQ(results[0].failures[1].expected, "đạt");
  EXPECT_EQ(results[0].failures[1].actual, "không đạt");
}

TEST(TestBlocks, TargetsOverTheGivenUnits) {
  auto results = RunBlocks(Block("targets", R"td(
  expect many achieved
  expect no_bad not achieved
)td") + Block("targets wrong", R"td(
  expect many not achieved
)td"));
  ASSERT_THAT(results, SizeIs(2));
  EXPECT_TRUE(results[0].passed());
  ASSERT_THAT(results[1].failures, SizeIs(1));
  EXPECT_EQ(results[1].failures[0].subject, "many");
  EXPECT_EQ(results[1].failures[0].actual, "achieved");
  EXPECT_THAT(results[1].failures[0].explanation, HasSubstr("5 of 6 official"));
}

TEST(TestBlocks, DeadlineNeedsTheYear) {
  // Without `in year`, a recurring deadline cannot be placed: the selection
  // fails, and the test says why instead of guessing a year.
  auto results = RunBlocks(R"td(
test "no year" {
  given official { id: "A", rank: staff, good: true, submitted: 19/3/2024 }
  expect dated selects "A"
}
test "late" {
  in year 2024
  given official { id: "A", rank: staff, good: true, submitted: 20/3/2024 }
  given official { id: "B", rank: staff, good: true, submitted: 19/3/2024 }
  expect dated selects "B"
  expect dated leaves out "A": late
}
)td");
  ASSERT_THAT(results, SizeIs(2));
  ASSERT_THAT(results[0].failures, SizeIs(1));
  EXPECT_THAT(results[0].failures[0].actual, HasSubstr("give the year"));
  EXPECT_TRUE(results[1].passed());
}

std::string Errors(std::string_view tests, Language language = Language::kEnglish) {
  CompileOptions options;
  options.language = language;
  auto c = CompileText(std::string(kDecls) + std::string(tests), "test.td", options);
  EXPECT_TRUE(c.ok());
  return c.ok() ? testing::Render(*c) : "";
}

TEST(TestBlocks, CheckerNamesTheProblem) {
  EXPECT_THAT(Errors(Block("which", "  expect meets\n")),
              HasSubstr("this test gives 6 units: say which one"));
  EXPECT_THAT(Errors(Block("which", "  expect meets for \"X9\"\n")),
              HasSubstr("no unit given in this test has the id \"X9\""));
  EXPECT_THAT(Errors(Block("which", "  expect merit selects \"L1\", \"Q\"\n")),
              HasSubstr("\"Q\""));
  EXPECT_THAT(Errors(Block("award", "  expect meritt selects \"L1\"\n")),
              HasSubstr("unknown award 'meritt'"));
  EXPECT_THAT(Errors(Block("award", "  expect meritt selects \"L1\"\n")),
              HasSubstr("did you mean 'merit'?"));
  EXPECT_THAT(Errors(Block("target", "  expect mani achieved\n")),
              HasSubstr("unknown target 'mani'"));
  EXPECT_THAT(Errors(Block("target", "  expect mani achieved\n"), Language::kVietnamese),
              HasSubstr("không có chỉ tiêu 'mani'"));
  EXPECT_THAT(Errors(Block("reason", "  expect merit leaves out \"L1\": lost\n")),
              HasSubstr("expected reason"));
}

TEST(TestBlocks, FormatKeepsTheNewFormsAndIsIdempotent) {
  std::string text = std::string(kDecls) + Block("fmt", R"td(
  expect merit selects "L1",   "S1"
  expect   merit leaves out "L2" :cut by ratio   # a comment
  expect not meets for "S2"
  expect many achieved
  expect no_bad not achieved
)td");
  ASSERT_OK_AND_ASSIGN(Formatted once, FormatRules(text, "t.td"));
  ASSERT_TRUE(once.ok());
  EXPECT_THAT(once.text, HasSubstr("  in year 2024\n"));
  EXPECT_THAT(once.text, HasSubstr("  expect merit selects \"L1\", \"S1\"\n"));
  EXPECT_THAT(once.text, HasSubstr("  expect merit leaves out \"L2\": cut by ratio  # a comment\n"));
  EXPECT_THAT(once.text, HasSubstr("  expect not meets for \"S2\"\n"));
  EXPECT_THAT(once.text, HasSubstr("  expect no_bad not achieved\n"));
  ASSERT_OK_AND_ASSIGN(Formatted twice, FormatRules(once.text, "t.td"));
  EXPECT_EQ(twice.text, once.text);
}

// ------------------------------------------------------------ diagnostics

class ExpectedDiagnostics : public ::testing::Test {
 protected:
  std::string Write(std::string_view text) {
    std::string path = (dir_ / "case.td").string();
    std::ofstream(path, std::ios::binary) << text;
    return path;
  }
  std::filesystem::path dir_ = [] {
    auto d = std::filesystem::temp_directory_path() /
             ("thidua-verify-" + std::to_string(::getpid()));
    std::filesystem::create_directories(d);
    return d;
  }();
  ~ExpectedDiagnostics() override { std::filesystem::remove_all(dir_); }
};

TEST_F(ExpectedDiagnostics, NoDirectivesMeansNothingToVerify) {
  ASSERT_OK_AND_ASSIGN(auto r, VerifyDiagnostics(Write("unit u { a: int }\n")));
  EXPECT_FALSE(r.has_value());
}

TEST_F(ExpectedDiagnostics, ExpectedErrorsOnTheirLinesPass) {
  std::string path = Write(R"td(unit u { amount: money }
criterion c for u: amount >= 300  # expect error: money
# expect error: không có tên 'missing'
criterion d for u: missing
)td");
  ASSERT_OK_AND_ASSIGN(auto r, VerifyDiagnostics(path));
  ASSERT_TRUE(r.has_value());
  EXPECT_TRUE(r->passed()) << r->failures[0].subject << ": " << r->failures[0].actual;
  EXPECT_EQ(r->expectations, 2);
  EXPECT_EQ(r->line, 2);
}

TEST_F(ExpectedDiagnostics, MissingAndUnexpectedErrorsFail) {
  std::string path = Write(R"td(unit u { amount: money, n: int }
criterion c for u: n >= 3  # expect error: money
criterion d for u: nope
)td");
  ASSERT_OK_AND_ASSIGN(auto r, VerifyDiagnostics(path));
  ASSERT_TRUE(r.has_value());
  ASSERT_THAT(r->failures, SizeIs(2));
  EXPECT_EQ(r->failures[0].subject, "line 2");
  EXPECT_EQ(r->failures[0].actual, "none");
  EXPECT_EQ(r->failures[1].subject, "line 3");
  EXPECT_EQ(r->failures[1].expected, "no error");
  EXPECT_THAT(r->failures[1].actual, HasSubstr("nope"));
}

TEST_F(ExpectedDiagnostics, HashInsideAStringIsNotADirective) {
  ASSERT_OK_AND_ASSIGN(
      auto r, VerifyDiagnostics(Write("unit u \"# expect error: x\" { a: int }\n")));
  EXPECT_FALSE(r.has_value());
}

}  // namespace
}  // namespace thidua
