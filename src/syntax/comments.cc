#include "syntax/comments.hpp"

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

}  // namespace thidua::internal
