// thidua: a rules engine for Vietnamese emulation and commendation criteria.
//
// Tutorial
// --------
//   thidua::CompileOptions options;            // plain struct, defaults below
//   options.language = thidua::Language::kVietnamese;
//   absl::StatusOr<thidua::Compilation> c =
//       thidua::CompileFile("rules/binh-phuoc-192-2022/plan.td", options);
//   if (!c.ok()) { /* I/O or a limit: c.status() says which */ }
//   if (!c->ok()) {                            // mistakes in the rule file
//     std::cerr << thidua::FormatDiagnostics(c->diagnostics);
//   }
//   const thidua::RuleSet& rules = *c->rules;  // immutable, share freely
//
// Two error channels, as in cel-cpp: an `absl::Status` when the library
// cannot finish (a file cannot be read, a limit is passed), and a list of
// diagnostics inside an OK result for mistakes in the rules, so a tool can
// show all of them at once.
//
// Thread safety: a RuleSet is immutable after compilation; every const member
// may be called from many threads at once without locks.
#ifndef THIDUA_THIDUA_HPP_
#define THIDUA_THIDUA_HPP_

#include <cstddef>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

#include "absl/status/statusor.h"
#include "thidua/version.hpp"

namespace thidua {

namespace internal {
struct Program;
}  // namespace internal

enum class Language { kEnglish, kVietnamese };

enum class Severity { kError, kWarning };

// One finding about a rule file. Positions are 1-based; columns count the
// characters a person sees (a Vietnamese letter with its marks is one).
struct Diagnostic {
  Severity severity = Severity::kError;
  std::string path;
  int line = 0;
  int column = 0;
  int end_column = 0;  // one past the last column of the span, same line
  size_t byte_offset = 0;
  std::string message;
  std::string hint;         // empty when there is nothing to suggest
  std::string source_line;  // the line of the file the span starts on
};

struct CompileOptions {
  // Language of diagnostics.
  Language language = Language::kEnglish;
  // Imports may not leave this folder. Empty: the folder of the main file
  // (CompileFile) or the current folder (CompileText).
  std::string rules_root;
  // Safety limits; passing one gives a diagnostic (a file too large, nesting
  // too deep) or stops with the diagnostics found so far.
  size_t max_file_bytes = 4u << 20;
  int max_nesting_depth = 200;
  int max_files = 256;
  int max_diagnostics = 100;
};

class RuleSet;

// The outcome of compiling rules: the diagnostics (errors and warnings) and,
// when there is no error, the compiled rules.
struct Compilation {
  std::vector<Diagnostic> diagnostics;
  std::shared_ptr<const RuleSet> rules;  // null when any error was found

  bool ok() const { return rules != nullptr; }
  int error_count() const;
  int warning_count() const;
};

// Reads, parses, checks and compiles the rule file at `path` and the files it
// imports. A non-OK status means the library could not finish (the main file
// cannot be read); problems in the rules are diagnostics.
absl::StatusOr<Compilation> CompileFile(std::string_view path,
                                        const CompileOptions& options = {});

// As CompileFile, for rules held in memory; `path` names them in diagnostics
// and anchors relative imports.
absl::StatusOr<Compilation> CompileText(std::string_view text,
                                        std::string_view path,
                                        const CompileOptions& options = {});

enum class DiagnosticFormat { kText, kJson };

// GCC-style text (`path:line:col: error: message`, the source line, a caret
// under the span and a hint) or a JSON array of objects.
std::string FormatDiagnostics(const std::vector<Diagnostic>& diagnostics,
                              DiagnosticFormat format = DiagnosticFormat::kText,
                              Language language = Language::kEnglish);

// A description of a declared name, for tools and explanations.
struct DeclarationInfo {
  std::string name;
  std::string label;
  std::string source;              // citation, e.g. "192/KH-UBND, IV.1.4"
  std::vector<std::string> kinds;  // unit kinds it applies to
};

// Compiled rules. Immutable; safe to use from many threads at once.
class RuleSet {
 public:
  explicit RuleSet(std::shared_ptr<const internal::Program> program);
  ~RuleSet();

  const std::string& plan_name() const;
  const std::string& plan_title() const;
  const std::string& plan_source() const;
  std::vector<std::string> unit_kinds() const;
  std::vector<DeclarationInfo> criteria() const;
  int test_count() const;

  const internal::Program& program() const { return *program_; }

 private:
  std::shared_ptr<const internal::Program> program_;
};

// Run-time version, e.g. "0.1.0".
const char* VersionString();

}  // namespace thidua

#endif  // THIDUA_THIDUA_HPP_
