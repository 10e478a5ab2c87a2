// Stage 4 of the pipeline: evaluation of compiled rules on one unit.
//
// An Evaluator holds the scratch state of one evaluation (memoised rule
// values, quantifier bindings, an optional trace) and is reused from unit to
// unit, so evaluating a unit allocates nothing. Not thread-safe: use one per
// thread; the CompiledProgram it reads is shared and immutable.
#ifndef THIDUA_SRC_EVAL_EVALUATOR_HPP_
#define THIDUA_SRC_EVAL_EVALUATOR_HPP_

#include <cstdint>
#include <memory>
#include <vector>

#include "compile/compiled.hpp"
#include "eval/lists.hpp"
#include "eval/value.hpp"

namespace thidua::internal {

// What an explanation needs from one evaluation: each node's last value,
// the branch each rule took, and each quantifier's per-element results.
struct Trace {
  std::vector<Value> values;     // per node
  std::vector<uint8_t> seen;     // per node: evaluated at all
  std::vector<int32_t> branch;   // per rule: -1 base, i exception i,
                                 // -2 undecided between branches; for a
                                 // dated rule: i version i, -3 none in force
  std::vector<std::vector<Value>> items;  // per node (quantifiers)
  // The cost limit stopped the evaluation or the walk of a quantifier's
  // rest: items shorter than their list were cut by it, not by the data.
  bool cost_limit = false;
  void Reset(const CompiledProgram& code);
};

// A condition's value in one byte: Kleene logic, and an error.
enum class Truth : uint8_t { kUnknown, kError, kFalse, kTrue };

class Evaluator {
 public:
  explicit Evaluator(const CompiledProgram& code);

  // Starts a new unit (unit may be null for constant folding).
  void Reset(const UnitData* unit);
  void set_trace(Trace* trace) { trace_ = trace; }
  // The day the rules are read as of (days since epoch): which version of a
  // dated rule is in force. kNoDate: none is, every dated rule is unknown.
  // Starts as CompiledProgram::default_as_of.
  void set_as_of(int32_t day) {
    as_of_ = day;
    BindLists();
  }
  // The members of the membership lists (may be null: every `in LIST` is
  // unknown). Must outlive the evaluator's use of it.
  void set_lists(const ListMembers* lists) {
    lists_ = lists;
    BindLists();
  }
  // The members of list `list` in force on the as-of day, or null when it
  // was not given or no version is in force.
  const MemberSet* list_in_force(int32_t list) const {
    return static_cast<size_t>(list) < in_force_.size() ? in_force_[list] : nullptr;
  }
  int32_t as_of() const { return as_of_; }
  const CompiledProgram& code() const { return code_; }

  Value EvalRule(int32_t rule);
  // A criterion's value: its fused run straight away when the run reads no
  // other rule (FlatRule::direct: no memo to size, check or stamp), else
  // EvalRule. The first form starts a new unit (Reset) first.
  Truth Criterion(const UnitData* unit, int32_t rule);
  Truth Criterion(int32_t rule);
  Value EvalNode(int32_t node);

  // Whether rule `rule` has a direct fused run (FlatRule::direct): it reads
  // no other rule and none reads it, so FlatBlock can run it.
  bool IsDirect(int32_t rule) const {
    return static_cast<size_t>(rule) < code_.flat.size() && code_.flat[rule].direct;
  }
  // The direct rule `rule` for n <= kBlock units at once (eval/block.cc):
  // slots[u] is unit u's slots, steps[u] the list elements it has visited
  // (read and updated, as Reset and Flat count them for one unit); out[u]
  // gets exactly what Flat gives unit u alone. The loop runs test by test
  // over the block, so a test's dispatch and operands are decoded once a
  // block instead of once a unit.
  static constexpr size_t kBlock = 256;
  void FlatBlock(int32_t rule, const Value* const* slots, size_t n, int64_t* steps, Truth* out);

 private:
  // How the evaluator runs (docs/performance.md): every function below is
  // instantiated twice, with the trace hook (kTrace) and without it, so the
  // explained and the plain evaluation are the same code and the plain one
  // pays nothing for the hook. Conditions (nodes of type bool) are evaluated
  // by Cond to a one-byte Truth instead of a 32-byte Value; operands that are
  // fields, constants and rules are read in place by Ref, never copied.
  template <bool kTrace> const Value& Rule(int32_t rule);
  template <bool kTrace> Value Visit(int32_t node);  // Eval and the hook
  template <bool kTrace> Value Eval(int32_t node);   // without the hook
  template <bool kTrace> Truth Cond(int32_t node);
  template <bool kTrace> Truth Logic(const Node& n);  // a condition's op
  template <bool kTrace> const Value& Ref(int32_t node, Value* scratch);
  template <bool kTrace> Value Quantify(const Node& n);
  void TraceRest(const Node& n, const ListData& data, size_t from, std::vector<Value>* items);
  Value ChildRule(const Node& n);
  void Record(int32_t node, const Value& v);
  // The fused form of a rule (compile/flatten.hpp), for the plain
  // evaluation only: the traced one walks the tree.
  Truth Flat(const FlatRule& rule);
  // A rule's fused run when it reads no memo (none to size, check or
  // stamp), or null. Inline: it is on every Evaluate's path.
  const FlatRule* Direct(int32_t rule) const {
    if (trace_ != nullptr || unit_ == nullptr || static_cast<size_t>(rule) >= code_.flat.size()) {
      return nullptr;
    }
    return code_.flat[rule].direct ? &code_.flat[rule] : nullptr;
  }
  Truth AnyConst(const FlatTest& test, const Value& list);
  const Value& Chosen(const FlatTest& test, const Value* slots) const;
  template <ast::Op kOp>
  void EachChosen(const FlatTest& t, const Value* const* slots, size_t n, uint8_t* seen) const;
  const Value& ChosenAmong(const FlatTest& test, const Value* slots) const;
  void Grow();  // sizes the memo to the rules (they grow while compiling)
  void BindLists();  // in_force_ from lists_ and as_of_, once per setting

  static constexpr int kMaxVars = 64;

  const CompiledProgram& code_;
  const UnitData* unit_ = nullptr;
  const Value* vars_[kMaxVars] = {};
  const UnitData* var_units_[kMaxVars] = {};  // a roll-up element's unit
  std::unique_ptr<Evaluator> child_;  // for the units within, made once
  std::vector<uint32_t> stamp_;  // per rule: == generation_ when memoised
  std::vector<Value> memo_;
  uint32_t generation_ = 1;
  int64_t steps_ = 0;  // list elements visited for this unit
  int32_t as_of_ = kNoDate;
  const ListMembers* lists_ = nullptr;
  std::vector<const MemberSet*> in_force_;  // per list
  Trace* trace_ = nullptr;
};

}  // namespace thidua::internal

#endif  // THIDUA_SRC_EVAL_EVALUATOR_HPP_
