#include "base/diagnostics.hpp"

#include <algorithm>

#include "base/utf8.hpp"

namespace thidua::internal {

void DiagnosticSink::Error(Span span, Msg id, std::vector<std::string> args,
                           const Hint* hint) {
  Add(Severity::kError, span, id, std::move(args), hint);
}

void DiagnosticSink::Warning(Span span, Msg id, std::vector<std::string> args,
                             const Hint* hint) {
  Add(Severity::kWarning, span, id, std::move(args), hint);
}

void DiagnosticSink::ErrorAt(const std::string& path, Msg id,
                             std::vector<std::string> args) {
  if (full_) return;
  Diagnostic d;
  d.severity = Severity::kError;
  d.path = path;
  d.message = FormatMessage(language_, id, args);
  diagnostics_.push_back(std::move(d));
  ++errors_;
}

void DiagnosticSink::Add(Severity severity, Span span, Msg id,
                         std::vector<std::string> args, const Hint* hint) {
  if (full_) return;
  const SourceFile& file = sources_->file(span.file);
  // Warnings past the limit are dropped quietly: they must not turn a file
  // without errors into one with an error.
  if (severity == Severity::kWarning && static_cast<int>(diagnostics_.size()) >= max_) {
    return;
  }
  if (errors_ >= max_) {
    full_ = true;
    Diagnostic d;
    d.severity = Severity::kError;
    d.path = file.path();
    d.message = FormatMessage(language_, Msg::kTooManyErrors,
                              {std::to_string(max_)});
    diagnostics_.push_back(std::move(d));
    ++errors_;
    return;
  }
  Diagnostic d;
  d.severity = severity;
  d.path = file.path();
  LineColumn begin = file.Locate(span.begin);
  d.line = begin.line;
  d.column = begin.column;
  d.byte_offset = span.begin;
  d.source_line = std::string(file.Line(begin.line));
  LineColumn end = file.Locate(std::max(span.end, span.begin));
  d.end_column = end.line == begin.line
                     ? end.column
                     : static_cast<int>(VisibleWidth(d.source_line)) + 1;
  d.end_column = std::max(d.end_column, d.column + 1);  // at least one caret
  d.message = FormatMessage(language_, id, args);
  if (!seen_.emplace(span.begin, d.message).second) return;
  if (hint != nullptr) d.hint = FormatMessage(language_, hint->id, hint->args);
  diagnostics_.push_back(std::move(d));
  if (severity == Severity::kError) ++errors_;
}

int EditDistance(std::string_view a, std::string_view b) {
  auto code_points = [](std::string_view s) {
    std::u32string out;
    for (size_t i = 0; i < s.size();) {
      char32_t cp;
      int n = DecodeUtf8(s, i, &cp);
      if (n == 0) { cp = static_cast<unsigned char>(s[i]); n = 1; }
      out.push_back(cp);
      i += n;
    }
    return out;
  };
  std::u32string x = code_points(a), y = code_points(b);
  std::vector<int> row(y.size() + 1);
  for (size_t j = 0; j <= y.size(); ++j) row[j] = static_cast<int>(j);
  for (size_t i = 1; i <= x.size(); ++i) {
    int diagonal = row[0];
    row[0] = static_cast<int>(i);
    for (size_t j = 1; j <= y.size(); ++j) {
      int up = row[j];
      row[j] = std::min({row[j] + 1, row[j - 1] + 1,
                         diagonal + (x[i - 1] == y[j - 1] ? 0 : 1)});
      diagonal = up;
    }
  }
  return row[y.size()];
}

std::string ClosestName(std::string_view name,
                        const std::vector<std::string>& candidates) {
  std::string best;
  int best_distance = 0;
  int limit = std::max<int>(1, static_cast<int>(VisibleWidth(name)) / 3);
  for (const std::string& c : candidates) {
    int d = EditDistance(name, c);
    if (d <= limit && (best.empty() || d < best_distance)) {
      best = c;
      best_distance = d;
    }
  }
  return best;
}

}  // namespace thidua::internal
