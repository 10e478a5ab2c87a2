#include "syntax/comments.hpp"

#include <algorithm>

namespace thidua::internal {

std::vector<Comment> FindComments(std::string_view text) {
  std::vector<Comment> out;
  bool in_string = false, line_blank = true;
  for (uint32_t i = 0; i < text.size(); ++i) {
    char c = text[i];
    if (in_string) {
      if (c == '\\') ++i;
      else if (c == '"') in_string = false;
      else if (c == '\n') in_string = false, line_blank = true;
      continue;
    }
    if (c == '\n') { line_blank = true; continue; }
    if (c == '"') { in_string = true; line_blank = false; continue; }
    if (c == '#') {
      uint32_t end = i;
      while (end < text.size() && text[end] != '\n') ++end;
      uint32_t trimmed = end;
      while (trimmed > i && (text[trimmed - 1] == ' ' || text[trimmed - 1] == '\r' ||
                             text[trimmed - 1] == '\t')) {
        --trimmed;
      }
      out.push_back({i, trimmed, line_blank});
      i = end - 1;
      continue;
    }
    if (c != ' ' && c != '\t' && c != '\r') line_blank = false;
  }
  return out;
}

uint32_t EndOfLastToken(std::string_view text, const std::vector<Comment>& comments,
                        uint32_t begin, uint32_t end) {
  auto blank = [](char c) { return c == ' ' || (c >= '\t' && c <= '\r'); };
  for (;;) {
    while (end > begin && blank(text[end - 1])) --end;
    // The last comment that starts before `end`: if no line break lies
    // between its start and `end`, `end` is inside it.
    auto after = std::partition_point(comments.begin(), comments.end(),
                                      [&](const Comment& c) { return c.begin < end; });
    if (after == comments.begin()) return end;
    const Comment& c = *(after - 1);
    if (c.begin < begin || text.substr(c.begin, end - c.begin).find('\n') != std::string_view::npos) {
      return end;
    }
    end = c.begin;
  }
}

}  // namespace thidua::internal
