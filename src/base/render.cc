// Renders diagnostics for people (GCC style, with the line and a caret) and
// for programs (JSON). The only place diagnostics become text.
#include <string>

#include "absl/strings/str_cat.h"
#include "base/json_text.hpp"
#include "base/utf8.hpp"
#include "thidua/thidua.hpp"

namespace thidua {
namespace {

const char* SeverityWord(Severity s, Language language) {
  if (language == Language::kVietnamese) {
    return s == Severity::kError ? "lỗi" : "cảnh báo";
  }
  return s == Severity::kError ? "error" : "warning";
}

void AppendText(const Diagnostic& d, Language language, std::string* out) {
  if (d.line > 0) {
    absl::StrAppend(out, d.path, ":", d.line, ":", d.column, ": ",
                    SeverityWord(d.severity, language), ": ", d.message, "\n");
    std::string number = std::to_string(d.line);
    // Tabs would move the caret; show them as one space, as the column does.
    std::string line = d.source_line;
    for (char& c : line) if (c == '\t') c = ' ';
    absl::StrAppend(out, " ", number, " | ", line, "\n");
    std::string gutter(number.size() + 1, ' ');
    absl::StrAppend(out, gutter, " | ", std::string(d.column - 1, ' '), "^");
    int tildes = d.end_column - d.column - 1;
    if (tildes > 0) out->append(static_cast<size_t>(tildes), '~');
    out->append("\n");
  } else {
    absl::StrAppend(out, d.path, ": ", SeverityWord(d.severity, language),
                    ": ", d.message, "\n");
  }
  if (!d.hint.empty()) {
    absl::StrAppend(out, language == Language::kVietnamese ? "gợi ý: " : "hint: ",
                    d.hint, "\n");
  }
}

}  // namespace

int Compilation::error_count() const {
  int n = 0;
  for (const Diagnostic& d : diagnostics) n += d.severity == Severity::kError;
  return n;
}

int Compilation::warning_count() const {
  return static_cast<int>(diagnostics.size()) - error_count();
}

std::string FormatDiagnostics(const std::vector<Diagnostic>& diagnostics,
                              DiagnosticFormat format, Language language) {
  std::string out;
  if (format == DiagnosticFormat::kText) {
    for (const Diagnostic& d : diagnostics) AppendText(d, language, &out);
    return out;
  }
  out.push_back('[');  // (not `out = "["`: GCC 12 warns falsely, -Wrestrict)
  for (size_t i = 0; i < diagnostics.size(); ++i) {
    const Diagnostic& d = diagnostics[i];
    using internal::JsonString;
    absl::StrAppend(&out, i == 0 ? "\n  " : ",\n  ", "{\"severity\": ",
                    JsonString(d.severity == Severity::kError ? "error"
                                                              : "warning"),
                    ", \"path\": ", JsonString(d.path), ", \"line\": ", d.line,
                    ", \"column\": ", d.column, ", \"end_column\": ",
                    d.end_column, ", \"byte_offset\": ", d.byte_offset,
                    ", \"message\": ", JsonString(d.message),
                    ", \"hint\": ", JsonString(d.hint), "}");
  }
  out += diagnostics.empty() ? "]\n" : "\n]\n";
  return out;
}

}  // namespace thidua
