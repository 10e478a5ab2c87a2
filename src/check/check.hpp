// Stage 2 of the pipeline: names and types. Builds the Program's tables from
// the parsed module and reports every mistake it finds to the sink.
#ifndef THIDUA_SRC_CHECK_CHECK_HPP_
#define THIDUA_SRC_CHECK_CHECK_HPP_

#include "base/diagnostics.hpp"
#include "check/program.hpp"

namespace thidua::internal {

// `program->module` and `program->sources` must be set.
// `max_height` bounds chains of params and criteria defined by each other.
void CheckProgram(Program* program, DiagnosticSink& sink, int max_height = 4096);

}  // namespace thidua::internal

#endif  // THIDUA_SRC_CHECK_CHECK_HPP_
