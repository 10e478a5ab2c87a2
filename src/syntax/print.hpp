// Prints expressions back as source text, in the canonical spelling. Used by
// explanations ("count p in ocop_products where p.stars >= 3") and the
// formatter.
#ifndef THIDUA_SRC_SYNTAX_PRINT_HPP_
#define THIDUA_SRC_SYNTAX_PRINT_HPP_

#include <string>

#include "syntax/ast.hpp"

namespace thidua::internal {

std::string PrintExpr(const ast::File& module, ast::ExprId id);
const char* OpSpelling(ast::Op op);  // "and", ">=", "+", …
std::string Quote(const std::string& s);  // a string literal: "a \"b\""
// A record key as written: a period key such as "2024-Q1" is quoted.
std::string RecordKey(const std::string& key);

}  // namespace thidua::internal

#endif  // THIDUA_SRC_SYNTAX_PRINT_HPP_
