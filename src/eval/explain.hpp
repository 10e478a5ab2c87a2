// Explanations are built from the trace of the one evaluator (never from a
// second evaluator that could drift): each node's value, each rule's branch.
#ifndef THIDUA_SRC_EVAL_EXPLAIN_HPP_
#define THIDUA_SRC_EVAL_EXPLAIN_HPP_

#include <string>

#include "check/program.hpp"
#include "compile/compiled.hpp"
#include "eval/evaluator.hpp"
#include "thidua/thidua.hpp"

namespace thidua::internal {

// Explains criterion rule `rule` after it was evaluated with `trace` on, as
// of day `as_of` (kNoDate: none given), which names the versions in force,
// with the membership lists `lists` it was evaluated with (may be null).
Explanation ExplainRule(const Program& program, const CompiledProgram& code,
                        const Trace& trace, int32_t rule, int32_t as_of,
                        Language language, const ListMembers* lists = nullptr);

// A value as a person reads it: "250 triệu", "40%", "difficult (Vùng khó
// khăn)", "30/6/2022", "missing".
std::string FormatValue(const Program& program, Value value, Type type,
                        Language language);

}  // namespace thidua::internal

#endif  // THIDUA_SRC_EVAL_EXPLAIN_HPP_
