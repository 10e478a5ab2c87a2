// Reading whole files (units, rule files that state their diagnostics): a
// file that cannot be read is refused with the reason, in the caller's
// language, and a FIFO or a folder never blocks the reader.
#include <sys/stat.h>
#include <unistd.h>

#include "base/files.hpp"
#include "eval/value.hpp"
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

// A data file is mapped, not read; what cannot be mapped is read, and every
// refusal is worded as ReadWholeFile words it.
TEST_F(FilesTest, MapsARegularFileAndReadsWhatCannotBeMapped) {
  Write("units.csv", "kind,id\nxã,X-01\n");
  ASSERT_OK_AND_ASSIGN(internal::MappedFile mapped, internal::MapWholeFile(base_ / "units.csv"));
  EXPECT_TRUE(mapped.mapped());
  EXPECT_EQ(mapped.text(), "kind,id\nxã,X-01\n");
  internal::MappedFile moved = std::move(mapped);
  EXPECT_EQ(moved.text(), "kind,id\nxã,X-01\n");

  Write("empty.csv", "");
  ASSERT_OK_AND_ASSIGN(internal::MappedFile empty, internal::MapWholeFile(base_ / "empty.csv"));
  EXPECT_FALSE(empty.mapped());
  EXPECT_EQ(empty.text(), "");
  // A /proc file says its size is 0: read, not mapped (a map would be empty).
  ASSERT_OK_AND_ASSIGN(internal::MappedFile proc, internal::MapWholeFile("/proc/self/status"));
  EXPECT_FALSE(proc.mapped());
  EXPECT_NE(proc.text().find("Name:"), std::string_view::npos);
  EXPECT_EQ(internal::MapWholeFile("/proc/self/status", Language::kEnglish, 10).status().code(),
            absl::StatusCode::kResourceExhausted);

  auto missing = internal::MapWholeFile(base_ / "không-có.csv", Language::kVietnamese);
  EXPECT_EQ(missing.status().code(), absl::StatusCode::kNotFound);
  EXPECT_NE(missing.status().message().find("không đọc được"), std::string::npos);
  EXPECT_EQ(internal::MapWholeFile(root_).status().code(), absl::StatusCode::kNotFound);
  std::string fifo = (base_ / "pipe.csv").string();
  ASSERT_EQ(mkfifo(fifo.c_str(), 0600), 0);
  auto pipe = internal::MapWholeFile(fifo);  // refused, not waited on
  EXPECT_NE(pipe.status().message().find("not a regular file"), std::string::npos);
  auto big = internal::MapWholeFile(base_ / "units.csv", Language::kEnglish, 5);
  EXPECT_EQ(big.status().code(), absl::StatusCode::kResourceExhausted);
}

// A mapping ends with the file's last page, and bytes past the end are not
// there to read: a file of exactly one page, with a BOM and no final line
// break, reads to its last byte, as the same text in memory does.
TEST_F(FilesTest, AFileOfExactlyOnePageWithoutAFinalLineBreak) {
  Compilation c = testing::CompileOrDie("unit xa { ten: text }\n");
  ASSERT_TRUE(c.ok());
  const auto page = static_cast<size_t>(sysconf(_SC_PAGESIZE));
  std::string text = "\xEF\xBB\xBFkind,id,ten\nxa,X-01,Xã Tân Lập\nxa,X-02,Xã ";
  const std::string_view tail = "Hòa";  // 4 bytes: ò is 2
  text += std::string(page - text.size() - tail.size(), 'a') + std::string(tail);
  ASSERT_EQ(text.size(), page);
  Write("page.csv", text);
  ASSERT_OK_AND_ASSIGN(internal::MappedFile mapped, internal::MapWholeFile(base_ / "page.csv"));
  EXPECT_TRUE(mapped.mapped());
  ASSERT_OK_AND_ASSIGN(UnitTable t,
                       c.rules->ReadUnitsFile((base_ / "page.csv").string(), DataOptions{}));
  ASSERT_TRUE(t.errors.empty()) << t.errors[0].message;
  ASSERT_EQ(t.units.size(), 2u);
  ASSERT_OK_AND_ASSIGN(UnitTable in_memory, c.rules->ReadUnits(text, DataOptions{}));
  // The texts kept are the table's own copies: the file is unmapped by now.
  for (size_t i = 0; i < 2; ++i) {
    EXPECT_EQ(t.units[i].id(), in_memory.units[i].id());
    EXPECT_EQ(t.units[i].data().slots[1].text(), in_memory.units[i].data().slots[1].text());
  }
  std::string_view last = t.units[1].data().slots[1].text();
  EXPECT_EQ(last.size(), page - text.find("Xã ", text.find("X-02")));
  EXPECT_TRUE(last.ends_with("aHòa")) << last.substr(last.size() - 8);
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
