// Reading rule files: size and encoding checks, NFC, parsing, and following
// imports without ever leaving the rules root.
#ifndef THIDUA_SRC_CHECK_LOAD_HPP_
#define THIDUA_SRC_CHECK_LOAD_HPP_

#include <optional>
#include <string>
#include <string_view>

#include "base/diagnostics.hpp"
#include "syntax/ast.hpp"
#include "thidua/thidua.hpp"

namespace thidua::internal {

struct LoadInput {
  std::string path;                // as given; names the file in messages
  std::optional<std::string> text; // the contents when held in memory
};

// Loads the main file and, transitively, its imports into `module`, adding
// each file to `sources`. Problems with the files are diagnostics.
void LoadModule(const LoadInput& input, const CompileOptions& options,
                SourceSet& sources, DiagnosticSink& sink, ast::File* module);

}  // namespace thidua::internal

#endif  // THIDUA_SRC_CHECK_LOAD_HPP_
