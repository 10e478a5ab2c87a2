// Golden files: each tests/golden/NAME.td is checked and its diagnostics,
// rendered as text (English), must equal NAME.expected; NAME.vi.expected, when
// present, holds the Vietnamese rendering. Set THIDUA_UPDATE_GOLDEN=1 to
// rewrite the expected files after a deliberate change.
#include <cstdlib>
#include <filesystem>
#include <fstream>

#include "test_util.hpp"

namespace thidua {
namespace {

namespace fs = std::filesystem;

std::string Diagnose(const std::string& relative_path, Language language) {
  CompileOptions options;
  options.language = language;
  auto c = CompileFile(relative_path, options);
  if (!c.ok()) return std::string(c.status().message());
  return FormatDiagnostics(c->diagnostics, DiagnosticFormat::kText, language);
}

void Compare(const fs::path& expected_file, const std::string& actual) {
  if (std::getenv("THIDUA_UPDATE_GOLDEN") != nullptr) {
    std::ofstream(expected_file, std::ios::binary) << actual;
    return;
  }
  ASSERT_TRUE(fs::exists(expected_file)) << expected_file;
  EXPECT_EQ(testing::ReadFile(expected_file.string()), actual)
      << "golden mismatch for " << expected_file;
}

TEST(GoldenTest, DiagnosticsMatchExpectedFiles) {
  // Paths relative to the source tree, as a rule author types them.
  fs::current_path(THIDUA_SOURCE_DIR);
  int files = 0;
  for (const auto& entry : fs::directory_iterator("tests/golden")) {
    if (entry.path().extension() != ".td") continue;
    ++files;
    std::string rel = entry.path().lexically_normal().generic_string();
    fs::path base = entry.path();
    Compare(fs::path(base).replace_extension(".expected"),
            Diagnose(rel, Language::kEnglish));
    fs::path vi = fs::path(base).replace_extension(".vi.expected");
    if (fs::exists(vi) || std::getenv("THIDUA_UPDATE_GOLDEN") != nullptr) {
      Compare(vi, Diagnose(rel, Language::kVietnamese));
    }
  }
  EXPECT_GT(files, 0);
}

}  // namespace
}  // namespace thidua
