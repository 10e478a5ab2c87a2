// Writes JSON string literals (UTF-8 passes through; control characters are
// escaped), for the hand-written JSON our renderers print.
#ifndef THIDUA_SRC_BASE_JSON_TEXT_HPP_
#define THIDUA_SRC_BASE_JSON_TEXT_HPP_

#include <cstdio>
#include <string>
#include <string_view>

namespace thidua::internal {

inline std::string JsonString(std::string_view s) {
  std::string out = "\"";
  for (char c : s) {
    switch (c) {
      case '"': out += "\\\""; break;
      case '\\': out += "\\\\"; break;
      case '\n': out += "\\n"; break;
      case '\r': out += "\\r"; break;
      case '\t': out += "\\t"; break;
      default:
        if (static_cast<unsigned char>(c) < 0x20) {
          char buf[8];
          std::snprintf(buf, sizeof buf, "\\u%04x", c);
          out += buf;
        } else {
          out.push_back(c);
        }
    }
  }
  out += "\"";
  return out;
}

}  // namespace thidua::internal

#endif  // THIDUA_SRC_BASE_JSON_TEXT_HPP_
