#include "base/source.hpp"

#include <algorithm>

#include "base/utf8.hpp"

namespace thidua::internal {

SourceFile::SourceFile(std::string path, std::string text)
    : path_(std::move(path)), text_(std::move(text)) {
  line_starts_.push_back(0);
  for (uint32_t i = 0; i < text_.size(); ++i) {
    if (text_[i] == '\n') line_starts_.push_back(i + 1);
  }
}

LineColumn SourceFile::Locate(uint32_t offset) const {
  offset = std::min<uint32_t>(offset, static_cast<uint32_t>(text_.size()));
  auto it = std::upper_bound(line_starts_.begin(), line_starts_.end(), offset);
  size_t line_index = static_cast<size_t>(it - line_starts_.begin()) - 1;
  uint32_t start = line_starts_[line_index];
  std::string_view before(text_.data() + start, offset - start);
  return {static_cast<int>(line_index) + 1,
          static_cast<int>(VisibleWidth(before)) + 1};
}

std::string_view SourceFile::Line(int line) const {
  if (line < 1 || static_cast<size_t>(line) > line_starts_.size()) return {};
  uint32_t start = line_starts_[line - 1];
  uint32_t end = static_cast<size_t>(line) < line_starts_.size()
                     ? line_starts_[line] - 1
                     : static_cast<uint32_t>(text_.size());
  std::string_view s(text_.data() + start, end - start);
  if (!s.empty() && s.back() == '\r') s.remove_suffix(1);
  return s;
}

uint32_t SourceSet::Add(std::string path, std::string text) {
  files_.push_back(
      std::make_unique<SourceFile>(std::move(path), std::move(text)));
  return static_cast<uint32_t>(files_.size() - 1);
}

}  // namespace thidua::internal
