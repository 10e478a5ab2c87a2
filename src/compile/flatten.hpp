// The fused form of a criterion (docs/performance.md, "One criterion"):
// a rule whose value is an `and` (or an `or`) of tests is also written as
// one flat run of typed tests over the unit's slots, so that the plain
// evaluation runs a loop instead of walking a node per operand. The node
// tree stays the program: explanations (the traced evaluation) walk it, and
// a test the flat form has no op for is a kNode test that walks its subtree.
#ifndef THIDUA_SRC_COMPILE_FLATTEN_HPP_
#define THIDUA_SRC_COMPILE_FLATTEN_HPP_

#include "compile/compiled.hpp"

namespace thidua::internal {

// Fills code->flat and code->flat_tests from the rules and nodes.
void Flatten(CompiledProgram* code);

}  // namespace thidua::internal

#endif  // THIDUA_SRC_COMPILE_FLATTEN_HPP_
