// The `#` comments of a rule file, found without parsing it: `thidua fmt`
// keeps them, `thidua test` reads the diagnostics a file expects from them.
#ifndef THIDUA_SRC_SYNTAX_COMMENTS_HPP_
#define THIDUA_SRC_SYNTAX_COMMENTS_HPP_

#include <cstdint>
#include <string_view>
#include <vector>

namespace thidua::internal {

struct Comment {
  uint32_t begin = 0, end = 0;  // byte offsets; `end` excludes trailing blanks
  bool own_line = false;        // nothing but blanks before it on its line
};

// Every `#` comment outside string literals, in order.
std::vector<Comment> FindComments(std::string_view text);

// `end` moved back over the blanks and the comments that end [begin, end):
// the parser skips them before it tries a token that then is not there (an
// optional `đồng` after `200 triệu`), so a match can end on the next line.
uint32_t EndOfLastToken(std::string_view text, const std::vector<Comment>& comments,
                        uint32_t begin, uint32_t end);

}  // namespace thidua::internal

#endif  // THIDUA_SRC_SYNTAX_COMMENTS_HPP_
