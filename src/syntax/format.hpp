// The canonical layout of a rule file (`thidua fmt`): one declaration after
// another with a blank line between, two-space indentation, long and/or
// chains one operand a line. Comments are kept: each stays before the item it
// preceded, or at the end of its line.
#ifndef THIDUA_SRC_SYNTAX_FORMAT_HPP_
#define THIDUA_SRC_SYNTAX_FORMAT_HPP_

#include <string>

#include "base/source.hpp"
#include "syntax/ast.hpp"

namespace thidua::internal {

// Formats the declarations of `module` that come from file `file`.
std::string FormatModule(const SourceSet& sources, uint32_t file,
                         const ast::File& module);

}  // namespace thidua::internal

#endif  // THIDUA_SRC_SYNTAX_FORMAT_HPP_
