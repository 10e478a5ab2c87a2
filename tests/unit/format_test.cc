// thidua fmt: the canonical layout keeps meaning and comments, and is stable.
#include <algorithm>
#include <filesystem>

#include "test_util.hpp"

namespace thidua {
namespace {

namespace fs = std::filesystem;

std::string Format(std::string_view text) {
  auto f = FormatRules(text, "test.td");
  EXPECT_TRUE(f.ok()) << f.status();
  if (!f.ok()) return "";
  EXPECT_TRUE(f->ok()) << FormatDiagnostics(f->diagnostics);
  return f->text;
}

size_t Count(const std::string& s, char c) { return std::count(s.begin(), s.end(), c); }

TEST(FormatTest, CanonicalLayoutAndCommentsKept) {
  std::string in = R"(# header comment

unit   enterprise "Doanh nghiệp"{contribution:money
   region : optional text # trailing
}
# before the criterion
criterion ok for enterprise "Đủ": contribution>=300 triệu except region="x":contribution >= 200_000_000 đồng
)";
  std::string expected = R"(# header comment

unit enterprise "Doanh nghiệp" {
  contribution: money
  region: optional text  # trailing
}

# before the criterion
criterion ok for enterprise "Đủ"
  : contribution >= 300 triệu
  except region = "x": contribution >= 200 triệu
)";
  EXPECT_EQ(Format(in), expected);
}

// The parser skips blanks and comments while it looks for an optional
// `đồng` after `200 triệu`; the comment on the next declaration's line must
// stay there, not join the exception (found by the fmt fuzzer).
TEST(FormatTest, ACommentAfterAnOptionalWordStaysOnItsLine) {
  std::string in = R"(unit enterprise { contribution: money, n: int }
criterion a for enterprise: contribution >= 300 triệu
  except n > 1: contribution >= 200 triệu

criterion b for enterprise: n >= 1  # one commune at least
)";
  std::string once = Format(in);
  EXPECT_NE(once.find("except n > 1: contribution >= 200 triệu\n\ncriterion b"),
            std::string::npos) << once;
  EXPECT_NE(once.find("criterion b for enterprise\n  : n >= 1  # one commune at least\n"),
            std::string::npos) << once;
  EXPECT_EQ(Format(once), once);
}

// A one-line declaration goes over several lines; the comment that ended it
// follows its last token there, not its header, and stays on a second run.
TEST(FormatTest, ASplitDeclarationsTrailingCommentStaysAfterItsText) {
  std::string in =
      "unit commune { a: bool, b: bool, n: int }\n"
      "criterion c1 for commune \"Đạt\" source \"192/KH-UBND, IV.1.1\": a and b  # xã đạt\n"
      "criterion c2 for commune: n >= 1 except a: n >= 0  # ngoại lệ\n"
      "criterion c3 for commune: a and b and a and b and a and b and a and b and a and b and "
      "a and b and a and b and a and b and a and b and a and b and a and b  # dài\n"
      "param p: int = 3  # ba\n"
      "target t \"Mục tiêu\": at least 2 commune where a  # hai xã\n";
  std::string once = Format(in);
  for (const char* tail : {"  : a and b  # xã đạt\n", "  except a: n >= 0  # ngoại lệ\n",
                           "    and b  # dài\n", "  = 3  # ba\n",
                           "  : at least 2 commune where a  # hai xã\n"}) {
    EXPECT_NE(once.find(tail), std::string::npos) << tail << " in\n" << once;
  }
  EXPECT_EQ(Count(once, '#'), 5u) << once;
  EXPECT_EQ(Format(once), once);
}

TEST(FormatTest, LongChainsGoOneOperandALine) {
  std::string in =
      "unit u { a: bool, b: bool, c: bool }\n"
      "criterion c1 for u: a and (b or c) and a and b and c and a and b and c and a and b "
      "and c and a and b and c and a and b and c\n";
  std::string out = Format(in);
  EXPECT_NE(out.find("  : a\n    and (b or c)\n    and a\n"), std::string::npos) << out;
}

TEST(FormatTest, LongIfChainsGoOneBranchALine) {
  std::string in =
      "enum kind { rural_district, town, city }\n"
      "unit district { category: kind, ntm_level: int, completed: bool, typical: bool }\n"
      "criterion d for district: if category = rural_district then ntm_level >= 3 else if "
      "category = town then completed and typical else false\n";
  std::string out = Format(in);
  EXPECT_NE(out.find("  : if category = rural_district then ntm_level >= 3\n"
                     "    else if category = town then completed and typical\n"
                     "    else false\n"),
            std::string::npos) << out;
  EXPECT_EQ(Format(out), out);
}

// Widths count characters, not bytes: a header of 96 letters (134 bytes) stays one line.
TEST(FormatTest, LongTestValuesFillLinesBetweenTheirBrackets) {
  std::string dates;
  for (int m = 1; m <= 12; ++m) {
    dates += (m > 1 ? ", " : "") + std::string("\"2023-") + (m < 10 ? "0" : "") +
             std::to_string(m) + "\": 20/" + std::to_string(m) + "/2023";
  }
  std::string in = "unit u { d: date by period, n: int }\n"
                   "criterion c for u \"Đủ điều kiện về báo cáo định kỳ hằng tháng, hằng quý của đơn vị được đề nghị\": n >= 1\n"
                   "test \"t\" {\n  given u { id: \"A\", n: 1, d: { " + dates + " } }\n  expect c\n}\n";
  std::string out = Format(in);
  EXPECT_NE(out.find("criterion c for u \"Đủ điều kiện"), std::string::npos) << out;
  EXPECT_NE(out.find("    d: {\n      \"2023-01\": 20/1/2023, "), std::string::npos) << out;
  EXPECT_NE(out.find("\"2023-12\": 20/12/2023\n    }\n  }\n"), std::string::npos) << out;
  for (size_t at = 0, next; at < out.size(); at = next + 1) {
    next = out.find('\n', at);
    std::string line = out.substr(at, next - at);
    size_t letters = std::count_if(line.begin(), line.end(),
                                   [](char c) { return (c & 0xC0) != 0x80; });
    EXPECT_LE(letters, 100u) << line;
  }
  EXPECT_EQ(Format(out), out);
}

TEST(FormatTest, SyntaxErrorsAreReportedNotFormatted) {
  auto f = FormatRules("criterion x for : a", "bad.td");
  ASSERT_OK(f);
  EXPECT_FALSE(f->ok());
  EXPECT_TRUE(f->text.empty());
  ASSERT_FALSE(f->diagnostics.empty());
  EXPECT_EQ(f->diagnostics[0].line, 1);
}

// Every shipped plan: formatting is stable, keeps every comment, and the
// formatted file means the same (same criteria; its tests still pass).
TEST(FormatTest, ShippedPlansRoundTrip) {
  int plans = 0;
  for (const auto& dir : fs::directory_iterator(fs::path(THIDUA_SOURCE_DIR) / "rules")) {
    fs::path file = dir.path() / "plan.td";
    if (!fs::exists(file)) continue;
    ++plans;
    std::string original = testing::ReadFile(file.string());
    std::string once = Format(original);
    EXPECT_EQ(Format(once), once) << file << " is not stable under fmt";
    EXPECT_EQ(Count(once, '#'), Count(original, '#')) << file << " lost a comment";

    CompileOptions options;
    options.rules_root = dir.path().string();
    auto a = CompileFile(file.string(), options);
    auto b = CompileText(once, (dir.path() / "formatted.td").string(), options);
    ASSERT_OK(a);
    ASSERT_OK(b);
    ASSERT_TRUE(b->ok()) << FormatDiagnostics(b->diagnostics);
    ASSERT_EQ(a->rules->criterion_count(), b->rules->criterion_count());
    for (int c = 0; c < a->rules->criterion_count(); ++c) {
      EXPECT_EQ(a->rules->criteria()[c].name, b->rules->criteria()[c].name);
    }
    EXPECT_EQ(a->rules->test_count(), b->rules->test_count());
    for (const TestResult& t : RunTests(b->rules)) {
      EXPECT_TRUE(t.passed()) << file << ": " << t.title;
    }
  }
  EXPECT_EQ(plans, 5);
}

// The formatter answers oversized or too deeply nested files with the
// compiler's own diagnostics, under the caller's limits and language.
TEST(FormatTest, AppliesTheCallersLimits) {
  CompileOptions options;
  options.max_file_bytes = 64;
  options.language = Language::kVietnamese;
  std::string text = "unit u { a: bool }\ncriterion c for u \"Một tiêu chí có nhãn dài\": a\n";
  ASSERT_GT(text.size(), options.max_file_bytes);
  ASSERT_OK_AND_ASSIGN(Formatted big, FormatRules(text, "big.td", options));
  EXPECT_FALSE(big.ok());
  EXPECT_TRUE(big.text.empty());
  ASSERT_EQ(big.diagnostics.size(), 1u);
  EXPECT_NE(big.diagnostics[0].message.find(std::to_string(text.size())), std::string::npos)
      << big.diagnostics[0].message;
  EXPECT_NE(big.diagnostics[0].message.find("64"), std::string::npos);

  options.max_file_bytes = 1 << 20;
  options.max_nesting_depth = 10;
  std::string nested = "unit u { a: bool }\ncriterion c for u: " + std::string(40, '(') + "a" +
                       std::string(40, ')') + "\n";
  ASSERT_OK_AND_ASSIGN(Formatted deep, FormatRules(nested, "deep.td", options));
  EXPECT_FALSE(deep.ok());
  ASSERT_OK_AND_ASSIGN(Formatted loose, FormatRules(nested, "deep.td", Language::kEnglish));
  EXPECT_TRUE(loose.ok()) << FormatDiagnostics(loose.diagnostics);
}

}  // namespace
}  // namespace thidua
