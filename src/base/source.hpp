// Source files as the pipeline sees them: normalised text, a path for
// messages, and the mapping from byte offsets to lines and visible columns.
#ifndef THIDUA_SRC_BASE_SOURCE_HPP_
#define THIDUA_SRC_BASE_SOURCE_HPP_

#include <cstdint>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

namespace thidua::internal {

// A half-open byte range [begin, end) in one file of a SourceSet.
struct Span {
  uint32_t file = 0;
  uint32_t begin = 0;
  uint32_t end = 0;
};

struct LineColumn {
  int line = 1;    // 1-based
  int column = 1;  // 1-based, in visible characters
};

class SourceFile {
 public:
  SourceFile(std::string path, std::string text);

  const std::string& path() const { return path_; }
  const std::string& text() const { return text_; }
  LineColumn Locate(uint32_t offset) const;
  // The text of a 1-based line, without its line break.
  std::string_view Line(int line) const;

 private:
  std::string path_;
  std::string text_;
  std::vector<uint32_t> line_starts_;
};

// Every file read for one compilation; spans refer to files by index.
class SourceSet {
 public:
  uint32_t Add(std::string path, std::string text);
  const SourceFile& file(uint32_t id) const { return *files_[id]; }
  size_t size() const { return files_.size(); }

 private:
  std::vector<std::unique_ptr<SourceFile>> files_;
};

}  // namespace thidua::internal

#endif  // THIDUA_SRC_BASE_SOURCE_HPP_
