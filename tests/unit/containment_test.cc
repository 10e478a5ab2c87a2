// Containment: imports never read outside the rules root, whatever the path
// or the links on the way, and never block on something that is not a
// file; the language has no way to read files, the environment or the
// clock. (import_test.cc has the plain cases: `..`, absolute paths, a link
// to a file outside.)
#include <sys/stat.h>
#include <sys/types.h>
#include <unistd.h>

#include <filesystem>
#include <fstream>
#include <string>

#include "test_util.hpp"

namespace thidua {
namespace {

namespace fs = std::filesystem;

class ContainmentTest : public testing::TempFolderTest {
 protected:
  ContainmentTest() : TempFolderTest("contain") {}

  void SetUp() override {
    TempFolderTest::SetUp();
    Write("outside/secret.td", "enum level ordered { none, standard }\n");
  }
  bool Link(const fs::path& target, const fs::path& link) {
    std::error_code ec;
    fs::create_symlink(target, link, ec);
    return !ec;
  }
  // Compiles rules/main.td importing `path`; returns the messages.
  std::string Import(const std::string& path) {
    Write("rules/main.td", "import \"" + path + "\"\nunit u { a: level }\n");
    auto c = CompileFile((root_ / "main.td").string());
    EXPECT_TRUE(c.ok()) << c.status();
    if (!c.ok()) return "";
    EXPECT_FALSE(c->ok()) << "import '" << path << "' was read";
    std::string all;
    for (const Diagnostic& d : c->diagnostics) all += d.message + "\n";
    return all;
  }
};

TEST_F(ContainmentTest, LinkedFolderPointingOut) {
  if (!Link(base_ / "outside", root_ / "shared")) GTEST_SKIP() << "no symbolic links";
  EXPECT_NE(Import("shared/secret.td").find("leaves the rules folder"), std::string::npos);
}

TEST_F(ContainmentTest, ChainOfLinksPointingOut) {
  if (!Link(base_ / "outside" / "secret.td", base_ / "hop.td") ||
      !Link(base_ / "hop.td", root_ / "a.td") || !Link(root_ / "a.td", root_ / "b.td")) {
    GTEST_SKIP() << "no symbolic links";
  }
  EXPECT_NE(Import("b.td").find("leaves the rules folder"), std::string::npos);
}

TEST_F(ContainmentTest, DotDotAfterALinkedFolder) {
  // rules/shared -> outside; "shared/../x" is outside/../x = base/x.
  Write("x.td", "enum level { none }\n");
  if (!Link(base_ / "outside", root_ / "shared")) GTEST_SKIP() << "no symbolic links";
  EXPECT_NE(Import("shared/../x.td").find("leaves the rules folder"), std::string::npos);
  EXPECT_NE(Import("../rules/../outside/secret.td").find("leaves the rules folder"),
            std::string::npos);
}

TEST_F(ContainmentTest, LinkToADeviceIsNotRead) {
  if (!Link("/dev/zero", root_ / "zero.td")) GTEST_SKIP() << "no symbolic links";
  EXPECT_NE(Import("zero.td").find("leaves the rules folder"), std::string::npos);
}

TEST_F(ContainmentTest, AFifoInsideTheRootDoesNotBlock) {
  // Reading a FIFO would wait for a writer forever: it is not a file.
  if (mkfifo((root_ / "pipe.td").c_str(), 0600) != 0) GTEST_SKIP() << "no FIFOs";
  std::string messages = Import("pipe.td");
  EXPECT_NE(messages.find("pipe.td"), std::string::npos) << messages;
}

TEST_F(ContainmentTest, AFolderIsNotAFile) {
  fs::create_directories(root_ / "dir.td");
  EXPECT_NE(Import("dir.td").find("dir.td"), std::string::npos);
}

// Nothing in the language reads the clock, the environment or a file: such
// names are unknown, and a verdict depends only on the rules and the unit.
TEST(ContainmentLanguageTest, NoClockEnvironmentOrFiles) {
  for (const char* expr : {"today >= 1/1/2024", "now() > 0", "env(\"HOME\") = \"x\"",
                           "file(\"/etc/passwd\") = \"\"", "read(\"x\") = \"\"",
                           "year() >= 2024"}) {
    SCOPED_TRACE(expr);
    auto c = CompileText(std::string("unit u { a: int }\ncriterion c for u: ") + expr + "\n",
                         "t.td");
    ASSERT_OK(c);
    EXPECT_FALSE(c->ok());
  }
}

}  // namespace
}  // namespace thidua
