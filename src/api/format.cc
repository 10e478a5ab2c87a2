// thidua::FormatRules: parse one file (imports are not followed) and print it
// in the canonical layout.
#include "base/diagnostics.hpp"
#include "base/utf8.hpp"
#include "syntax/format.hpp"
#include "syntax/parse.hpp"
#include "thidua/thidua.hpp"

namespace thidua {

bool Formatted::ok() const {
  for (const Diagnostic& d : diagnostics) {
    if (d.severity == Severity::kError) return false;
  }
  return true;
}

absl::StatusOr<Formatted> FormatRules(std::string_view text, std::string_view path,
                                      Language language) {
  CompileOptions options;
  options.language = language;
  return FormatRules(text, path, options);
}

// The same limits and the same messages as compiling the file: a formatter
// that accepted what the compiler refuses (or crashed on it) would be a way
// around the limits for a server that formats what its users send.
absl::StatusOr<Formatted> FormatRules(std::string_view text, std::string_view path,
                                      const CompileOptions& limits) {
  using namespace internal;
  SourceSet sources;
  DiagnosticSink sink(&sources, limits.language, limits.max_diagnostics);
  Formatted result;
  std::string_view body = StripBom(text);
  if (text.size() > limits.max_file_bytes) {
    uint32_t id = sources.Add(std::string(path), "");
    Hint hint{Msg::kHintSplitFile, {}};
    sink.Error({id, 0, 0}, Msg::kFileTooLarge,
               {std::to_string(text.size()), std::to_string(limits.max_file_bytes)}, &hint);
    result.diagnostics = sink.Take();
    return result;
  }
  if (auto bad = FindInvalidUtf8(body)) {
    uint32_t id = sources.Add(std::string(path), std::string(body));
    Hint hint{Msg::kHintCheckEncoding, {}};
    sink.Error({id, static_cast<uint32_t>(*bad), static_cast<uint32_t>(*bad) + 1},
               Msg::kInvalidUtf8, {}, &hint);
    result.diagnostics = sink.Take();
    return result;
  }
  uint32_t id = sources.Add(std::string(path), NormalizeNfc(body));
  ast::File module;
  ParseFile(sources, id, ParseOptions{limits.max_nesting_depth, limits.max_expression_height}, sink, &module);
  bool ok = !sink.has_errors();
  result.diagnostics = sink.Take();
  if (ok) result.text = FormatModule(sources, id, module);
  return result;
}

}  // namespace thidua
