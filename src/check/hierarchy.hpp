// Units within units (docs/time-and-hierarchy.md, "Hierarchy and roll-ups"):
// a unit kind declared `within` another gets an implicit `parent` field, and
// each kind above it a list field named after it whose elements are the
// units within, with their criteria's verdicts.
#ifndef THIDUA_SRC_CHECK_HIERARCHY_HPP_
#define THIDUA_SRC_CHECK_HIERARCHY_HPP_

#include "base/diagnostics.hpp"
#include "check/program.hpp"

namespace thidua::internal {

// Resolves each `within KIND` of `program->module.units`, reports unknown
// kinds and kinds within themselves, and adds the `parent` and roll-up
// fields and records. Needs the units and the criteria declared (their
// kinds resolved); runs before any expression is checked.
void DeclareHierarchy(Program* program, DiagnosticSink& sink);

}  // namespace thidua::internal

#endif  // THIDUA_SRC_CHECK_HIERARCHY_HPP_
