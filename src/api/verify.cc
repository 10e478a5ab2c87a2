// thidua::VerifyDiagnostics: a rule file that states, in comments, the
// diagnostics it must produce ("# expect error: …") is compiled and its
// diagnostics compared with them — the `thidua test` of the checker itself.
#include <algorithm>
#include <filesystem>

#include "absl/strings/str_cat.h"
#include "base/files.hpp"
#include "base/utf8.hpp"
#include "syntax/comments.hpp"
#include "thidua/thidua.hpp"

namespace thidua {
namespace {

struct Expected {
  int line = 0;
  Severity severity = Severity::kError;
  std::string text;
};

std::string_view Trim(std::string_view s) {
  while (!s.empty() && (s.front() == ' ' || s.front() == '\t' || s.front() == '\r')) {
    s.remove_prefix(1);
  }
  while (!s.empty() && (s.back() == ' ' || s.back() == '\t' || s.back() == '\r')) {
    s.remove_suffix(1);
  }
  return s;
}

bool Consume(std::string_view* s, std::string_view prefix) {
  if (!s->starts_with(prefix)) return false;
  s->remove_prefix(prefix.size());
  return true;
}

int LineOf(std::string_view text, size_t offset) {
  int line = 1;
  for (size_t i = 0; i < offset && i < text.size(); ++i) line += text[i] == '\n';
  return line;
}

// The line a comment speaks of: its own, when it trails code; otherwise the
// next line with code on it.
int TargetLine(std::string_view text, const internal::Comment& c) {
  int line = LineOf(text, c.begin);
  if (!c.own_line) return line;
  size_t pos = text.find('\n', c.end);
  while (pos != std::string_view::npos) {
    ++line;
    size_t eol = text.find('\n', pos + 1);
    std::string_view next = Trim(
        text.substr(pos + 1, eol == std::string_view::npos ? eol : eol - pos - 1));
    if (!next.empty() && next[0] != '#') return line;
    pos = eol;
  }
  return line;
}

std::vector<Expected> FindExpected(std::string_view text) {
  std::vector<Expected> out;
  for (const internal::Comment& c : internal::FindComments(text)) {
    std::string_view body =
        Trim(text.substr(c.begin + 1, c.end - c.begin - 1));
    Expected e;
    if (Consume(&body, "expect error:")) {
      e.severity = Severity::kError;
    } else if (Consume(&body, "expect warning:")) {
      e.severity = Severity::kWarning;
    } else {
      continue;
    }
    e.text = std::string(Trim(body));
    e.line = TargetLine(text, c);
    out.push_back(std::move(e));
  }
  return out;
}

const char* SeverityWord(Severity s, bool vi) {
  if (s == Severity::kError) return vi ? "lỗi" : "error";
  return vi ? "cảnh báo" : "warning";
}

}  // namespace

absl::StatusOr<std::optional<TestResult>> VerifyDiagnostics(std::string_view path,
                                                            const CompileOptions& options) {
  auto read = internal::ReadWholeFile(std::filesystem::path(path), options.language,
                                      options.max_file_bytes);
  if (!read.ok()) return read.status();
  std::string text = *std::move(read);
  // Directives are read from the text as the compiler sees it (NFC), so
  // offsets agree; invalid UTF-8 has no directives worth reading.
  if (internal::FindInvalidUtf8(internal::StripBom(text))) return std::nullopt;
  std::string normal = internal::NormalizeNfc(internal::StripBom(text));
  std::vector<Expected> expected = FindExpected(normal);
  if (expected.empty()) return std::nullopt;

  // Compiled in both languages: a directive may quote either.
  CompileOptions en = options, vi = options;
  en.language = Language::kEnglish;
  vi.language = Language::kVietnamese;
  absl::StatusOr<Compilation> a = CompileText(text, path, en);
  if (!a.ok()) return a.status();
  absl::StatusOr<Compilation> b = CompileText(text, path, vi);
  if (!b.ok()) return b.status();
  const std::vector<Diagnostic>& found = a->diagnostics;
  const std::vector<Diagnostic>& found_vi = b->diagnostics;

  const bool in_vi = options.language == Language::kVietnamese;
  const std::vector<Diagnostic>& shown = in_vi && found_vi.size() == found.size() ? found_vi : found;
  TestResult result;
  result.title = in_vi ? "chẩn đoán mong đợi trong tệp" : "diagnostics the file expects";
  result.path = std::string(path);
  result.line = expected.front().line;
  result.expectations = static_cast<int>(expected.size());
  std::vector<bool> used(found.size(), false);
  std::vector<int> failed_lines;  // their diagnostics are already shown
  auto describe = [&](const Diagnostic& d) {
    return absl::StrCat(SeverityWord(d.severity, in_vi), ": ", d.message);
  };
  for (const Expected& e : expected) {
    bool matched = false;
    std::string on_line;
    for (size_t i = 0; i < found.size() && !matched; ++i) {
      const Diagnostic& d = found[i];
      if (d.path != path || d.line != e.line || d.severity != e.severity) continue;
      bool text_ok = d.message.find(e.text) != std::string::npos ||
                     (i < found_vi.size() && found_vi[i].message.find(e.text) != std::string::npos);
      if (text_ok && !used[i]) {
        used[i] = matched = true;
      } else {
        on_line += (on_line.empty() ? "" : "; ") + describe(shown[i]);
      }
    }
    if (matched) continue;
    failed_lines.push_back(e.line);
    result.failures.push_back(
        {absl::StrCat(in_vi ? "dòng " : "line ", e.line),
         absl::StrCat(SeverityWord(e.severity, in_vi), ": …", e.text, "…"),
         on_line.empty() ? (in_vi ? "không có" : "none") : on_line, ""});
  }
  for (size_t i = 0; i < found.size(); ++i) {
    if (used[i] || found[i].severity != Severity::kError) continue;
    if (std::find(failed_lines.begin(), failed_lines.end(), found[i].line) != failed_lines.end() &&
        found[i].path == path) {
      continue;
    }
    result.failures.push_back({absl::StrCat(in_vi ? "dòng " : "line ", found[i].line),
                               in_vi ? "không có lỗi" : "no error", describe(shown[i]), ""});
  }
  return std::optional<TestResult>(std::move(result));
}

}  // namespace thidua
