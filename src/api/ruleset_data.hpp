// What a RuleSet holds: the checked program (names, labels, citations) and
// the compiled form the evaluator runs. Both immutable after construction.
#ifndef THIDUA_SRC_API_RULESET_DATA_HPP_
#define THIDUA_SRC_API_RULESET_DATA_HPP_

#include <memory>

#include "check/program.hpp"
#include "compile/compiled.hpp"

namespace thidua::internal {

struct RuleSetData {
  std::shared_ptr<const Program> program;
  CompiledProgram code;
};

}  // namespace thidua::internal

#endif  // THIDUA_SRC_API_RULESET_DATA_HPP_
