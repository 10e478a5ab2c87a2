// ReadUnitsFile hands the readers a view of a mapped file, which ends where
// the file ends: no NUL after it, and past the last page nothing mapped. So
// no reader may look one byte past the text it is given, whatever way the
// text ends. Here every text ends exactly at a page the process cannot read,
// and is read as the same text in a std::string is.
#include <sys/mman.h>
#include <unistd.h>

#include <cstring>

#include "test_util.hpp"
#include "thidua/thidua.hpp"

namespace thidua {
namespace {

// `text` placed so that its last byte is the last readable byte: the next
// page is PROT_NONE, and a read past the end faults at once.
class GuardedText {
 public:
  explicit GuardedText(std::string_view text) {
    page_ = static_cast<size_t>(sysconf(_SC_PAGESIZE));
    pages_ = (text.size() + page_ - 1) / page_ + 1;
    void* p = mmap(nullptr, pages_ * page_, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0);
    if (p == MAP_FAILED) return;
    base_ = static_cast<char*>(p);
    char* guard = base_ + (pages_ - 1) * page_;
    mprotect(guard, page_, PROT_NONE);
    char* at = guard - text.size();
    std::memcpy(at, text.data(), text.size());
    view_ = std::string_view(at, text.size());
  }
  ~GuardedText() {
    if (base_ != nullptr) munmap(base_, pages_ * page_);
  }
  GuardedText(const GuardedText&) = delete;
  GuardedText& operator=(const GuardedText&) = delete;
  std::string_view view() const { return view_; }

 private:
  size_t page_ = 0, pages_ = 0;
  char* base_ = nullptr;
  std::string_view view_;
};

std::string Summary(const absl::StatusOr<UnitTable>& t) {
  if (!t.ok()) return std::string(t.status().message());
  std::string s = std::to_string(t->units.size()) + " units:";
  for (const Unit& u : t->units) s += " " + std::string(u.id());
  for (const auto& e : t->errors) s += "\n" + std::to_string(e.row) + ":" + e.column + ": " + e.message;
  return s;
}

TEST(MappedReadTest, NoReaderLooksPastTheEndOfItsText) {
  Compilation c = testing::CompileOrDie(
      "unit xa \"Xã\" { ten: text \"Tên\"\n  so: int \"Số\"\n  dong_gop: money \"Đóng góp\" }\n");
  ASSERT_TRUE(c.ok());
  const std::string csv = "\xEF\xBB\xBFkind,id,ten,so,dong_gop\r\nxa,X-01,Xã Tân Lập,3,300 triệu\r\n";
  const std::string jsonl = "{\"kind\": \"xa\", \"id\": \"X-01\", \"ten\": \"Tân Lập\", \"so\": 3}\n";
  const std::vector<std::string> texts = {
      csv + "xa,X-02,Hòa,4,200 triệu",          // no final line break
      csv + "xa,X-02,\"Hòa\",4,200 triệu\r",    // a lone CR at the end
      csv + "xa,X-02,\"Hòa\",4,2",              // a number at the end
      csv + "xa,X-02,\"Hòa\",4,\"200 tri",      // a quote left open
      csv + "xa,X-02,Hòa,4,200 tri\xE1\xBB",    // a character cut short
      csv + "xa,X-02,\"H\"\"",                  // a doubled quote at the end
      csv + "xa,X-02,Hòa,",                     // a row cut short
      "\xEF\xBB",                               // half a BOM
      "kind,id",                                // only a header, no break
      jsonl + "{\"kind\": \"xa\", \"id\": \"X-02\", \"so\": 12}",  // no final line break
      jsonl + "{\"kind\": \"xa\", \"id\": \"X-02\", \"so\": 12",   // cut in a number
      jsonl + "{\"kind\": \"xa\", \"id\": \"X-0",                 // cut in a string
      jsonl + "{\"kind\": \"xa\", \"id\": \"X-02\", \"ten\": \"\\u00",  // cut in an escape
      "[" + jsonl.substr(0, jsonl.size() - 1) + ", {\"kind\": \"xa\", \"id\": \"X-02\"}",
      "[",
  };
  for (const std::string& text : texts) {
    SCOPED_TRACE(text);
    GuardedText guarded(text);
    ASSERT_EQ(guarded.view(), text);
    std::string expected = Summary(c.rules->ReadUnits(text, DataOptions{}));
    EXPECT_EQ(Summary(c.rules->ReadUnits(guarded.view(), DataOptions{})), expected);
  }
}

}  // namespace
}  // namespace thidua
