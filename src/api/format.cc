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
  using namespace internal;
  CompileOptions limits;
  SourceSet sources;
  DiagnosticSink sink(&sources, language, limits.max_diagnostics);
  Formatted result;
  std::string_view body = StripBom(text);
  if (text.size() > limits.max_file_bytes) {
    return absl::InvalidArgumentError("file is larger than the limit");
  }
  if (auto bad = FindInvalidUtf8(body)) {
    uint32_t id = sources.Add(std::string(path), std::string(body));
    sink.Error({id, static_cast<uint32_t>(*bad), static_cast<uint32_t>(*bad) + 1},
               Msg::kInvalidUtf8);
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
