// Stage 3 of the pipeline: checked program → flat compiled form.
#ifndef THIDUA_SRC_COMPILE_COMPILE_HPP_
#define THIDUA_SRC_COMPILE_COMPILE_HPP_

#include "check/program.hpp"
#include "compile/compiled.hpp"

namespace thidua::internal {

// `program` must have passed the checker without errors.
CompiledProgram CompileProgram(const Program& program);

}  // namespace thidua::internal

#endif  // THIDUA_SRC_COMPILE_COMPILE_HPP_
