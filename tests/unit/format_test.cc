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
  EXPECT_NE(once.find("criterion b for enterprise  # one commune at least\n"),
            std::string::npos) << once;
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
