// Reading whole files (units, rule files that state their diagnostics): a
// file that cannot be read is refused with the reason, in the caller's
// language, and a FIFO or a folder never blocks the reader.
#include <sys/stat.h>

#include "base/files.hpp"
#include "test_util.hpp"

namespace thidua {
namespace {

class FilesTest : public testing::TempFolderTest {
 protected:
  FilesTest() : TempFolderTest("files") {}
};

TEST_F(FilesTest, ReadsARegularFileWhole) {
  Write("units.jsonl", "{\"kind\": \"xã\"}\n");
  auto text = internal::ReadWholeFile(base_ / "units.jsonl");
  ASSERT_OK(text);
  EXPECT_EQ(*text, "{\"kind\": \"xã\"}\n");
}

TEST_F(FilesTest, SaysWhyAFileCannotBeRead) {
  auto missing = internal::ReadWholeFile(base_ / "không-có.csv");
  EXPECT_EQ(missing.status().code(), absl::StatusCode::kNotFound);
  EXPECT_NE(missing.status().message().find("không-có.csv"), std::string::npos);
  EXPECT_NE(missing.status().message().find("No such file"), std::string::npos)
      << missing.status();

  auto folder = internal::ReadWholeFile(root_, Language::kVietnamese);
  EXPECT_EQ(folder.status().code(), absl::StatusCode::kNotFound);
  EXPECT_NE(folder.status().message().find("không đọc được"), std::string::npos)
      << folder.status();
  EXPECT_NE(folder.status().message().find("directory"), std::string::npos);
}

TEST_F(FilesTest, AFifoIsRefusedNotWaitedOn) {
  std::string fifo = (base_ / "pipe.csv").string();
  ASSERT_EQ(mkfifo(fifo.c_str(), 0600), 0);
  auto read = internal::ReadWholeFile(fifo);
  EXPECT_EQ(read.status().code(), absl::StatusCode::kNotFound);
  EXPECT_NE(read.status().message().find("not a regular file"), std::string::npos);
}

TEST_F(FilesTest, ALimitOnSize) {
  Write("big.td", std::string(100, 'x'));
  auto read = internal::ReadWholeFile(base_ / "big.td", Language::kEnglish, 99);
  EXPECT_EQ(read.status().code(), absl::StatusCode::kResourceExhausted);
  EXPECT_NE(read.status().message().find("100 bytes"), std::string::npos) << read.status();
  EXPECT_OK(internal::ReadWholeFile(base_ / "big.td", Language::kEnglish, 100));
}

// Through the public API: the units file and the rule file of `thidua test`.
TEST_F(FilesTest, PublicReadersGiveTheReason) {
  Compilation c = testing::CompileOrDie("unit xa { a: bool }\n");
  ASSERT_TRUE(c.ok());
  DataOptions options;
  options.language = Language::kVietnamese;
  auto units = c.rules->ReadUnitsFile((base_ / "thiếu.jsonl").string(), options);
  EXPECT_FALSE(units.ok());
  EXPECT_NE(units.status().message().find("không đọc được"), std::string::npos)
      << units.status();
  auto verified = VerifyDiagnostics((base_ / "thiếu.td").string(), CompileOptions{});
  EXPECT_FALSE(verified.ok());
  EXPECT_NE(verified.status().message().find("No such file"), std::string::npos)
      << verified.status();
}

}  // namespace
}  // namespace thidua
