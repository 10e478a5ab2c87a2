// Small helpers for tests: Abseil 20220623 ships no Status matchers.
#ifndef THIDUA_TESTS_TEST_UTIL_HPP_
#define THIDUA_TESTS_TEST_UTIL_HPP_

#include <unistd.h>

#include <filesystem>
#include <fstream>
#include <memory>
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

// Compiles the rule file at `path` and returns the result (asserting OK
// status: the file could be read).
inline Compilation CompileFileOrDie(std::string_view path, CompileOptions options = {}) {
  auto c = CompileFile(path, options);
  EXPECT_TRUE(c.ok()) << path << ": " << c.status();
  return c.ok() ? *std::move(c) : Compilation{};
}

// All diagnostics rendered as text, for readable failure messages.
inline std::string Render(const Compilation& c) {
  return FormatDiagnostics(c.diagnostics);
}

// A fixture over one rule text: units from JSON, a criterion's verdict or
// explanation by name. Derive and pass the text:
//   class EvalTest : public testing::RulesTest {
//    protected:
//     EvalTest() : RulesTest(kRules) {}
//   };
class RulesTest : public ::testing::Test {
 protected:
  static constexpr Verdict kYes = Verdict::kEligible;
  static constexpr Verdict kNo = Verdict::kNotEligible;
  static constexpr Verdict kUnknown = Verdict::kUndetermined;

  explicit RulesTest(std::string_view text) : text_(text) {}

  void SetUp() override {
    Compilation c = CompileOrDie(text_);
    ASSERT_TRUE(c.ok()) << Render(c);
    rules_ = c.rules;
  }

  Unit Make(std::string_view json) {
    auto unit = rules_->UnitFromJson(json);
    EXPECT_TRUE(unit.ok()) << unit.status() << " in " << json;
    return unit.ok() ? *unit : Unit();
  }

  Verdict Eval(std::string_view json, std::string_view criterion) {
    int c = rules_->FindCriterion(criterion);
    EXPECT_GE(c, 0) << criterion;
    Evaluator evaluator(rules_);
    return evaluator.Evaluate(Make(json), c);
  }

  std::string Explain(std::string_view json, std::string_view criterion,
                      Language language = Language::kEnglish) {
    Evaluator evaluator(rules_);
    return FormatExplanation(
        evaluator.Explain(Make(json), rules_->FindCriterion(criterion), language));
  }

  std::shared_ptr<const RuleSet> rules_;

 private:
  std::string_view text_;
};

// A fixture with a fresh folder per test, BASE = TMP/thidua_PREFIX_PID_TEST,
// removed afterwards; BASE/rules is made as a rules root.
class TempFolderTest : public ::testing::Test {
 protected:
  explicit TempFolderTest(std::string prefix) : prefix_(std::move(prefix)) {}

  void SetUp() override {
    namespace fs = std::filesystem;
    const auto* info = ::testing::UnitTest::GetInstance()->current_test_info();
    base_ = fs::temp_directory_path() /
            ("thidua_" + prefix_ + "_" + std::to_string(getpid()) + "_" + info->name());
    fs::remove_all(base_);
    root_ = base_ / "rules";
    fs::create_directories(root_);
  }
  void TearDown() override {
    std::error_code ec;
    std::filesystem::remove_all(base_, ec);
  }

  // Writes `text` to BASE/`relative`, making folders as needed.
  void Write(const std::string& relative, const std::string& text) {
    std::filesystem::path p = base_ / relative;
    std::filesystem::create_directories(p.parent_path());
    std::ofstream(p, std::ios::binary) << text;
  }

  std::filesystem::path base_, root_;

 private:
  std::string prefix_;
};

}  // namespace thidua::testing

#endif  // THIDUA_TESTS_TEST_UTIL_HPP_
