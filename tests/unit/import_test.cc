// Imports: paths relative to the importing file, each file read once, and
// never a file outside the rules root (by `..`, an absolute path or a
// symbolic link). Every test works in its own temporary folder:
//
//   BASE/outside.td        a file outside the rules
//   BASE/rules/main.td     the main file; BASE/rules is the default root
#include <unistd.h>

#include <filesystem>
#include <fstream>

#include "front_end_test_helpers.hpp"

namespace thidua::testing {
namespace {

namespace fs = std::filesystem;
using ::testing::ElementsAre;
using ::testing::EndsWith;
using ::testing::IsEmpty;
using ::testing::SizeIs;

class ImportTest : public TempFolderTest {
 protected:
  ImportTest() : TempFolderTest("import") {}

  Compilation Compile(const std::string& relative, CompileOptions options = {}) {
    auto c = CompileFile((base_ / relative).string(), options);
    EXPECT_TRUE(c.ok()) << c.status();
    return c.ok() ? *std::move(c) : Compilation{};
  }

  std::string Root() const { return fs::weakly_canonical(root_).string(); }
};

constexpr const char* kUnit = "unit xa { level: level, debt: optional money }\n";
constexpr const char* kLevel = "enum level ordered { none, standard, advanced }\n";

TEST_F(ImportTest, RelativeToTheImportingFile) {
  Write("rules/main.td",
        "import \"common/ntm.td\"\n"
        "criterion ok for xa: level >= standard and no_debt\n");
  // common/ntm.td imports levels.td from its own folder, common/.
  Write("rules/common/ntm.td",
        "import \"levels.td\"\n" + std::string(kUnit) +
            "criterion no_debt for xa: debt = 0 đồng\n");
  Write("rules/common/levels.td", kLevel);
  Write("rules/levels.td", "this file must not be read\n");
  Compilation c = Compile("rules/main.td");
  EXPECT_THAT(Briefs(c), IsEmpty()) << Render(c);
  ASSERT_TRUE(c.ok());
  EXPECT_THAT(c.rules->criteria(), SizeIs(2));
}

TEST_F(ImportTest, AFileImportedTwiceIsReadOnce) {
  Write("rules/main.td",
        "import \"a.td\"\nimport \"b.td\"\nimport \"./common.td\"\n"
        "import \"sub/../common.td\"\nimport \"common.td\"\n"
        "criterion c for xa: a and b\n");
  Write("rules/a.td", "import \"common.td\"\ncriterion a for xa: level = none\n");
  Write("rules/b.td", "import \"common.td\"\ncriterion b for xa: debt > 0 đồng\n");
  Write("rules/common.td", std::string(kLevel) + kUnit);
  fs::create_directories(root_ / "sub");
  Compilation c = Compile("rules/main.td");
  // Read twice, `level` and `xa` would be declared twice.
  EXPECT_THAT(Briefs(c), IsEmpty()) << Render(c);
  EXPECT_TRUE(c.ok());
}

TEST_F(ImportTest, ImportCyclesAreHarmless) {
  Write("rules/main.td", "import \"a.td\"\n" + std::string(kLevel) + kUnit);
  Write("rules/a.td", "import \"b.td\"\ncriterion a for xa: b\n");
  Write("rules/b.td", "import \"a.td\"\nimport \"main.td\"\n"
                      "criterion b for xa: level = none\n");
  Compilation c = Compile("rules/main.td");
  EXPECT_THAT(Briefs(c), IsEmpty()) << Render(c);
}

TEST_F(ImportTest, DiagnosticsNameTheImportedFile) {
  Write("rules/main.td", "import \"common/bad.td\"\n");
  Write("rules/common/bad.td", "# dòng 1\nunit xa \"Xã\" { level int }\n");
  Compilation c = Compile("rules/main.td");
  ASSERT_THAT(c.diagnostics, SizeIs(1));
  EXPECT_THAT(c.diagnostics[0].path, EndsWith("rules/common/bad.td"));
  EXPECT_EQ(Brief(c.diagnostics[0]), "2:22: expected ':'");
  EXPECT_EQ(c.diagnostics[0].source_line, "unit xa \"Xã\" { level int }");
}

TEST_F(ImportTest, LeavingTheRootIsAnError) {
  Write("outside.td", kLevel);
  Write("rules/main.td",
        "# đi ra ngoài\nimport \"../outside.td\"\n" + std::string(kUnit));
  Compilation c = Compile("rules/main.td");
  ASSERT_THAT(ErrorBriefs(c), ElementsAre(
      "2:8: import '../outside.td' leaves the rules folder '" + Root() + "'",
      "3:18: unknown type 'level'"));
  EXPECT_EQ(c.diagnostics[0].end_column, 23);  // the quoted path
  EXPECT_EQ(c.diagnostics[0].hint,
            "keep imported files inside the rules folder, or pass --rules-root");
  EXPECT_THAT(c.diagnostics[0].path, EndsWith("rules/main.td"));
}

TEST_F(ImportTest, LeavingTheRootFromASubfolder) {
  Write("outside.td", kLevel);
  Write("rules/main.td", "import \"sub/a.td\"\n");
  Write("rules/sub/a.td", "import \"../common.td\"\nimport \"../../outside.td\"\n");
  Write("rules/common.td", "");
  Compilation c = Compile("rules/main.td");
  ASSERT_THAT(c.diagnostics, SizeIs(1));
  EXPECT_THAT(c.diagnostics[0].path, EndsWith("rules/sub/a.td"));
  EXPECT_EQ(Brief(c.diagnostics[0]),
            "2:8: import '../../outside.td' leaves the rules folder '" + Root() +
                "'");
}

TEST_F(ImportTest, AbsolutePathsAreErrors) {
  Write("rules/common.td", kLevel);
  std::string absolute = (root_ / "common.td").string();  // even inside
  Write("rules/main.td", "import \"" + absolute + "\"\n");
  Compilation c = Compile("rules/main.td");
  ASSERT_THAT(c.diagnostics, SizeIs(1));
  EXPECT_EQ(Brief(c.diagnostics[0]), "1:8: import '" + absolute +
                                         "' leaves the rules folder '" +
                                         Root() + "'");
}

TEST_F(ImportTest, SymbolicLinkOutOfTheRootIsAnError) {
  Write("outside.td", kLevel);
  std::error_code ec;
  fs::create_symlink(base_ / "outside.td", root_ / "link.td", ec);
  if (ec) GTEST_SKIP() << "cannot make a symbolic link: " << ec.message();
  Write("rules/main.td", "import \"link.td\"\n");
  Compilation c = Compile("rules/main.td");
  ASSERT_THAT(c.diagnostics, SizeIs(1));
  EXPECT_EQ(Brief(c.diagnostics[0]),
            "1:8: import 'link.td' leaves the rules folder '" + Root() + "'");
}

TEST_F(ImportTest, SymbolicLinkInsideTheRootIsFine) {
  Write("rules/real/levels.td", kLevel);
  std::error_code ec;
  fs::create_symlink(root_ / "real" / "levels.td", root_ / "link.td", ec);
  if (ec) GTEST_SKIP() << "cannot make a symbolic link: " << ec.message();
  Write("rules/main.td",
        "import \"link.td\"\nimport \"real/levels.td\"\n" + std::string(kUnit));
  Compilation c = Compile("rules/main.td");
  EXPECT_THAT(Briefs(c), IsEmpty()) << Render(c);  // and read once
}

TEST_F(ImportTest, MissingFileIsAnErrorAtTheImport) {
  Write("rules/main.td", "import \"common/ntm.td\"\n\n   import \"nope.td\"\n");
  fs::create_directories(root_ / "common" / "ntm.td");  // a folder, not a file
  Compilation c = Compile("rules/main.td");
  EXPECT_THAT(Briefs(c), ElementsAre(
      "1:8: imported file 'common/ntm.td' not found",
      "3:11: imported file 'nope.td' not found"));
}

TEST_F(ImportTest, MissingImportInVietnamese) {
  Write("outside.td", "");
  Write("rules/main.td", "import \"nope.td\"\nimport \"../outside.td\"\n");
  Compilation c = Compile("rules/main.td", Vietnamese());
  EXPECT_THAT(Briefs(c), ElementsAre(
      "1:8: không tìm thấy tệp được import 'nope.td'",
      "2:8: lệnh import '../outside.td' ra ngoài thư mục quy tắc '" + Root() +
          "'"));
  EXPECT_EQ(c.diagnostics[1].hint,
            "đặt tệp được import trong thư mục quy tắc, hoặc dùng --rules-root");
}

TEST_F(ImportTest, RulesRootOptionWidensTheRoot) {
  Write("outside.td", kLevel);
  Write("rules/main.td", "import \"../outside.td\"\n" + std::string(kUnit));
  CompileOptions options;
  options.rules_root = base_.string();
  Compilation c = Compile("rules/main.td", options);
  EXPECT_THAT(Briefs(c), IsEmpty()) << Render(c);
}

TEST_F(ImportTest, RulesRootOptionNarrowsTheRoot) {
  Write("rules/sub/levels.td", kLevel);
  Write("rules/unit.td", kUnit);
  Write("rules/main.td", "import \"sub/levels.td\"\nimport \"unit.td\"\n");
  CompileOptions options;
  options.rules_root = (root_ / "sub").string();
  Compilation c = Compile("rules/main.td", options);
  std::string sub = fs::weakly_canonical(root_ / "sub").string();
  EXPECT_THAT(Briefs(c), ElementsAre(
      "2:8: import 'unit.td' leaves the rules folder '" + sub + "'",
      "1:6: enum 'level' is never used"));
}

TEST_F(ImportTest, CompileTextAnchorsImportsAtItsPath) {
  Write("rules/common.td", std::string(kLevel) + kUnit);
  auto c = CompileText("import \"common.td\"\ncriterion c for xa: level = none\n",
                       (root_ / "main.td").string());
  ASSERT_TRUE(c.ok()) << c.status();
  EXPECT_THAT(Briefs(*c), IsEmpty()) << Render(*c);
}

TEST_F(ImportTest, TooManyFiles) {
  Write("rules/main.td", "import \"a.td\"\nimport \"b.td\"\nimport \"c.td\"\n");
  Write("rules/a.td", "");
  Write("rules/b.td", "");
  Write("rules/c.td", "");
  CompileOptions options;
  options.max_files = 2;  // main.td and one more
  Compilation c = Compile("rules/main.td", options);
  ASSERT_THAT(c.diagnostics, ::testing::Not(IsEmpty()));
  EXPECT_EQ(Brief(c.diagnostics[0]), "2:8: more than 2 files imported");
  EXPECT_FALSE(c.ok());
}

TEST_F(ImportTest, ImportedFileWithInvalidUtf8) {
  Write("rules/main.td", "import \"latin1.td\"\n");
  Write("rules/latin1.td", "# Vi\xEAt Nam\n");
  Compilation c = Compile("rules/main.td");
  ASSERT_THAT(c.diagnostics, SizeIs(1));
  EXPECT_THAT(c.diagnostics[0].path, EndsWith("latin1.td"));
  EXPECT_EQ(Brief(c.diagnostics[0]), "1:5: invalid UTF-8 byte sequence");
}

TEST_F(ImportTest, ImportedFileTooLarge) {
  Write("rules/main.td", "import \"big.td\"\n");
  Write("rules/big.td", std::string(2000, '#'));
  CompileOptions options;
  options.max_file_bytes = 1000;
  Compilation c = Compile("rules/main.td", options);
  ASSERT_THAT(c.diagnostics, SizeIs(1));
  EXPECT_THAT(c.diagnostics[0].path, EndsWith("big.td"));
  EXPECT_EQ(c.diagnostics[0].message,
            "file is 2000 bytes, more than the limit of 1000 bytes");
}

TEST_F(ImportTest, MissingMainFileIsAStatusNotADiagnostic) {
  auto c = CompileFile((root_ / "nope.td").string());
  EXPECT_FALSE(c.ok());
  EXPECT_EQ(c.status().code(), absl::StatusCode::kNotFound);
}

// With an empty rules_root, the imports of CompileText may not leave the
// folder of the `path` it is given (thidua.hpp, CompileOptions::rules_root).
TEST_F(ImportTest, CompileTextRootIsTheFolderOfItsPath) {
  Write("rules/b.td", kLevel);
  fs::create_directories(root_ / "sub");
  fs::path saved = fs::current_path();
  fs::current_path(root_);
  auto c = CompileText("import \"../b.td\"\n", "sub/main.td");
  fs::current_path(saved);
  ASSERT_TRUE(c.ok()) << c.status();
  ASSERT_EQ(ErrorBriefs(*c).size(), 1u);
  EXPECT_NE(ErrorBriefs(*c)[0].find("leaves the rules folder"), std::string::npos);
}

}  // namespace
}  // namespace thidua::testing
