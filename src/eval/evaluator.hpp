// Stage 4 of the pipeline: evaluation of compiled rules on one unit.
//
// An Evaluator holds the scratch state of one evaluation (memoised rule
// values, quantifier bindings, an optional trace) and is reused from unit to
// unit, so evaluating a unit allocates nothing. Not thread-safe: use one per
// thread; the CompiledProgram it reads is shared and immutable.
#ifndef THIDUA_SRC_EVAL_EVALUATOR_HPP_
#define THIDUA_SRC_EVAL_EVALUATOR_HPP_

#include <cstdint>
#include <vector>

#include "compile/compiled.hpp"
#include "eval/value.hpp"

namespace thidua::internal {

// What an explanation needs from one evaluation: each node's last value,
// the branch each rule took, and each quantifier's per-element results.
struct Trace {
  std::vector<Value> values;     // per node
  std::vector<uint8_t> seen;     // per node: evaluated at all
  std::vector<int32_t> branch;   // per rule: -1 base, i exception i,
                                 // -2 undecided between branches
  std::vector<std::vector<Value>> items;  // per node (quantifiers)
  void Reset(const CompiledProgram& code);
};

class Evaluator {
 public:
  explicit Evaluator(const CompiledProgram& code);

  // Starts a new unit (unit may be null for constant folding).
  void Reset(const UnitData* unit);
  void set_trace(Trace* trace) { trace_ = trace; }

  Value EvalRule(int32_t rule);
  Value EvalNode(int32_t node);

 private:
  Value Eval(int32_t node);  // EvalNode without the trace hook
  Value Quantify(const Node& n);

  static constexpr int kMaxVars = 64;

  const CompiledProgram& code_;
  const UnitData* unit_ = nullptr;
  const Value* vars_[kMaxVars] = {};
  std::vector<uint32_t> stamp_;  // per rule: == generation_ when memoised
  std::vector<Value> memo_;
  uint32_t generation_ = 1;
  int64_t steps_ = 0;  // list elements visited for this unit
  Trace* trace_ = nullptr;
};

}  // namespace thidua::internal

#endif  // THIDUA_SRC_EVAL_EVALUATOR_HPP_
