// Collects diagnostics from every stage. Stages never print: they report
// here with a span and a message id, and FormatDiagnostics renders later.
#ifndef THIDUA_SRC_BASE_DIAGNOSTICS_HPP_
#define THIDUA_SRC_BASE_DIAGNOSTICS_HPP_

#include <set>
#include <string>
#include <utility>
#include <vector>

#include "base/messages.hpp"
#include "base/source.hpp"
#include "thidua/thidua.hpp"

namespace thidua::internal {

struct Hint {
  Msg id;
  std::vector<std::string> args;
};

class DiagnosticSink {
 public:
  DiagnosticSink(const SourceSet* sources, Language language,
                 int max_diagnostics)
      : sources_(sources), language_(language), max_(max_diagnostics) {}

  void Error(Span span, Msg id, std::vector<std::string> args = {},
             const Hint* hint = nullptr);
  void Warning(Span span, Msg id, std::vector<std::string> args = {},
               const Hint* hint = nullptr);
  // A diagnostic that has no place in a file (e.g. the main file is missing).
  void ErrorAt(const std::string& path, Msg id,
               std::vector<std::string> args = {});

  bool has_errors() const { return errors_ > 0; }
  int error_count() const { return errors_; }
  // True once the limit of diagnostics is reached; stages should stop.
  bool full() const { return full_; }
  Language language() const { return language_; }
  std::string Text(Msg id, std::vector<std::string> args = {}) const {
    return FormatMessage(language_, id, args);
  }

  std::vector<Diagnostic> Take() { return std::move(diagnostics_); }

 private:
  void Add(Severity severity, Span span, Msg id, std::vector<std::string> args,
           const Hint* hint);

  const SourceSet* sources_;
  Language language_;
  int max_;
  int errors_ = 0;
  bool full_ = false;
  std::vector<Diagnostic> diagnostics_;
  // (offset, message) already reported: a criterion checked for several unit
  // kinds reports a kind-independent mistake once.
  std::set<std::pair<size_t, std::string>> seen_;
};

// Edit distance (in code points) used for "did you mean" hints.
int EditDistance(std::string_view a, std::string_view b);

// The closest candidate within a small distance of `name`, or "".
std::string ClosestName(std::string_view name,
                        const std::vector<std::string>& candidates);

}  // namespace thidua::internal

#endif  // THIDUA_SRC_BASE_DIAGNOSTICS_HPP_
