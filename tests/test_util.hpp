// Small helpers for tests: Abseil 20220623 ships no Status matchers.
#ifndef THIDUA_TESTS_TEST_UTIL_HPP_
#define THIDUA_TESTS_TEST_UTIL_HPP_

#include <fstream>
#include <sstream>
#include <string>

#include "absl/status/status.h"
#include "absl/status/statusor.h"
#include "gtest/gtest.h"
#include "thidua/thidua.hpp"

#define THIDUA_CONCAT_INNER(a, b) a##b
#define THIDUA_CONCAT(a, b) THIDUA_CONCAT_INNER(a, b)
#define ASSERT_OK_AND_ASSIGN(lhs, expr)                              \
  auto THIDUA_CONCAT(status_or_, __LINE__) = (expr);                 \
  ASSERT_TRUE(THIDUA_CONCAT(status_or_, __LINE__).ok())              \
      << THIDUA_CONCAT(status_or_, __LINE__).status();               \
  lhs = std::move(THIDUA_CONCAT(status_or_, __LINE__)).value()
#define ASSERT_OK(expr) \
  ASSERT_TRUE((expr).ok()) << ::thidua::testing::StatusOf(expr)
#define EXPECT_OK(expr) \
  EXPECT_TRUE((expr).ok()) << ::thidua::testing::StatusOf(expr)

namespace thidua {
// Readable verdicts in GoogleTest failure messages.
inline void PrintTo(Verdict v, std::ostream* os) { *os << VerdictId(v); }
}  // namespace thidua

namespace thidua::testing {

inline const absl::Status& StatusOf(const absl::Status& s) { return s; }
template <typename T>
const absl::Status& StatusOf(const absl::StatusOr<T>& s) {
  return s.status();
}

inline std::string ReadFile(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  std::ostringstream s;
  s << in.rdbuf();
  return s.str();
}

// Compiles `text` as "test.td" and returns the result (asserting OK status).
inline Compilation CompileOrDie(std::string_view text,
                                CompileOptions options = {}) {
  auto c = CompileText(text, "test.td", options);
  EXPECT_TRUE(c.ok()) << c.status();
  return c.ok() ? *std::move(c) : Compilation{};
}

// All diagnostics rendered as text, for readable failure messages.
inline std::string Render(const Compilation& c) {
  return FormatDiagnostics(c.diagnostics);
}

}  // namespace thidua::testing

#endif  // THIDUA_TESTS_TEST_UTIL_HPP_
