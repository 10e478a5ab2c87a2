// Stage 1 of the pipeline: text → syntax tree. The only interface to the
// parser; Spirit X3 stays behind it (in grammar.cc) so it could be replaced.
#ifndef THIDUA_SRC_SYNTAX_PARSE_HPP_
#define THIDUA_SRC_SYNTAX_PARSE_HPP_

#include "base/diagnostics.hpp"
#include "syntax/ast.hpp"

namespace thidua::internal {

struct ParseOptions {
  int max_nesting_depth = 200;
  int max_expression_height = 4096;
};

// Parses file `file_id` of `sources` (already valid UTF-8 in NFC) and adds
// its declarations to `module` (all files of a compilation share one module
// and one expression arena). Syntax errors are reported to `sink`; the parser
// resynchronises at the next declaration so that several errors are found in
// one run.
void ParseFile(const SourceSet& sources, uint32_t file_id,
               const ParseOptions& options, DiagnosticSink& sink,
               ast::File* module);

}  // namespace thidua::internal

#endif  // THIDUA_SRC_SYNTAX_PARSE_HPP_
