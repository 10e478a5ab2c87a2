// What a RuleSet holds: the checked program (names, labels, citations) and
// the compiled form the evaluator runs. Both immutable after construction.
#ifndef THIDUA_SRC_API_RULESET_DATA_HPP_
#define THIDUA_SRC_API_RULESET_DATA_HPP_

#include <memory>

#include "check/program.hpp"
#include "compile/compiled.hpp"

namespace thidua {
struct Date;
}

namespace thidua::internal {

struct RuleSetData {
  std::shared_ptr<const Program> program;
  CompiledProgram code;
};

// The day an evaluation reads the rules as of: `as_of`, or when it is empty
// the plan's default (docs/time-and-hierarchy.md).
int32_t AsOfDay(const CompiledProgram& code, const Date& as_of);
// A day since epoch as a public Date.
Date DateOf(int32_t days);

}  // namespace thidua::internal

#endif  // THIDUA_SRC_API_RULESET_DATA_HPP_
