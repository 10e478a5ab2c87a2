// Stage 3's output: the flat form the evaluator runs. Every name is resolved
// to a slot, rule or constant; constant sub-expressions are folded; nothing at
// evaluation time looks a name up or compares one.
#ifndef THIDUA_SRC_COMPILE_COMPILED_HPP_
#define THIDUA_SRC_COMPILE_COMPILED_HPP_

#include <cstdint>
#include <deque>
#include <string>
#include <vector>

#include "check/program.hpp"
#include "check/types.hpp"
#include "eval/value.hpp"
#include "syntax/ast.hpp"

namespace thidua::internal {

// "No day given": no version of a dated rule is in force.
inline constexpr int32_t kNoDate = INT32_MIN;

struct Node {
  enum Op : uint8_t {
    kConst,     // constant
    kField,     // unit slot `slot`
    kVarField,  // slot `slot` of quantifier variable `var`
    kNot, kAnd, kOr,
    kCompare,   // sub: = != < <= > >=
    kArith,     // sub: + - * /
    kNeg,
    kIn,        // a in set_pool[slot, slot+count); sub kNe: not in
    kIf,        // if a then b else c
    kAny, kAll, kCount, kSum,  // over list a, body b (where), c (of); var
    kShare,     // the share of list a's elements for which b holds (percent)
    kRule,      // a param or criterion: rules[slot]
    kIndex,     // value by year a at year b (eval/history.hpp)
    kOnTime,    // report dates a on time for schedules[slot] in year b
    kInList,    // a in the members of lists[slot] in force; sub kNe: not in
    kChildRule,  // criterion `slot` of the unit within that quantifier
                 // variable `var` stands for (a roll-up), evaluated with
                 // the evaluator's as-of day
  };
  Op op = kConst;
  ast::Op sub = ast::Op::kNone;
  uint8_t var = 0;       // quantifier variable depth
  Type type;             // static type of the result
  int32_t a = -1, b = -1, c = -1;
  int32_t slot = -1;
  int32_t count = 0;
  Value constant;
  ast::ExprId expr = ast::kNoExpr;  // source, for explanations
};

// A param or criterion compiled for one unit kind: a base value and the
// exceptions, tried in order (docs/language.md, "Exceptions").
struct RuleCode {
  bool criterion = false;
  int32_t decl = -1;  // index in Program::criteria or Program::params; -1
                      // for a condition of an award or target
  int32_t kind = -1;
  int32_t base = -1;  // node
  std::vector<std::pair<int32_t, int32_t>> exceptions;  // (condition, value)
  // Effective dates: a dated declaration compiles to one rule per version
  // (`version`: RuleInfo::Version) and a rule that picks among them by the
  // as-of date (`version` -1, `versions` sorted by `from`, no base).
  int32_t version = 0;
  struct InForce {
    int32_t from = 0, until = 0;  // inclusive, days since epoch
    int32_t rule = -1;
  };
  std::vector<InForce> versions;
};

// One test of a rule's fused form (compile/flatten.hpp). Each kind computes
// exactly what the evaluator's Cond gives for the node it replaces.
struct FlatTest {
  enum Kind : uint8_t {
    kNode,        // Cond of node `ref` (the tree walk)
    kFieldConst,  // slot `slot` `cmp` constant
    kFieldRule,   // slot `slot` `cmp` the value of rule `ref`
    kBoolField,   // slot `slot`, a yes/no field
    kRuleRef,     // the value of rule `ref` (a criterion or condition)
    kAnyConst,    // any element of list slot `slot` with its slot `item`
                  // `cmp` constant (quantifier variable `var`)
    kEnumIn,      // enum slot `slot` in the members of `mask` (bit i:
                  // ordinal i); `negate`: not in
    // Narrowed to the operands' static type, the comparison decoded into
    // the kind (kEq … kGe in ast::Op's order): slot `slot` against a
    // number constant, compared as raw integers.
    kNumEq, kNumNe, kNumLt, kNumLe, kNumGt, kNumGe,
    // Slot `slot` against a param with exceptions chosen by enum tests
    // (FlatChoice [item, item + count), then `constant`, as the rule
    // machinery chooses; `ref` is the param's rule, for the record).
    kSelEq, kSelNe, kSelLt, kSelLe, kSelGt, kSelGe,
  };
  Kind kind = kNode;
  ast::Op cmp = ast::Op::kNone;
  uint8_t var = 0;
  bool negate = false;
  int32_t slot = -1, item = -1, ref = -1;
  int32_t count = 0;
  uint64_t mask = 0;
  Value constant;
};

// One exception of a param folded into a kSel test: when enum slot `slot`
// is in `mask` (not in, if `negate`), the param is `value`.
struct FlatChoice {
  int32_t slot = -1;
  bool negate = false;
  uint64_t mask = 0;
  Value value;
};

// A rule's fused form: tests [begin, begin + count) of flat_tests, joined
// by `and` (or `or` when any_of); count 0: the rule has none. `direct`: no
// test reads another rule, so the run needs no memo (Evaluator::Criterion).
struct FlatRule {
  int32_t begin = 0, count = 0;
  bool any_of = false;
  bool direct = false;
};

// A membership list's versions, sorted by `from` (an undated list: one
// version in force on every day). `version` indexes RuleInfo::Version.
struct ListCode {
  struct InForce {
    int32_t from = INT32_MIN, until = INT32_MAX;  // inclusive
    int32_t version = 0;
  };
  std::vector<InForce> versions;
  // The version in force on `day` (an index in `versions`), or -1.
  int32_t At(int32_t day) const {
    for (size_t i = 0; i < versions.size(); ++i) {
      if (day != kNoDate && versions[i].from <= day && day <= versions[i].until) {
        return static_cast<int32_t>(i);
      }
    }
    return -1;
  }
};

// An award's conditions compiled per unit kind; each is a rule (a node tree
// with no exceptions) so the evaluator memoises and evaluates it as usual.
struct CompiledGroup {
  int32_t condition = -1;        // rule
  int32_t ratio_condition = -1;  // rule, or -1
  std::vector<int32_t> dossier;  // rules, one per required document
  std::vector<int32_t> deadline_slots;  // date field slot per deadline
};

struct CompiledProgram {
  // List elements that quantifiers may visit for one unit (all criteria
  // together, CompileOptions::max_evaluation_steps); past it a quantifier's
  // value is an error and the verdicts that need it are undetermined.
  int64_t max_steps = 10'000'000;
  // The as-of day an evaluator starts with: the plan period's last day, or
  // kNoDate (docs/time-and-hierarchy.md).
  int32_t default_as_of = kNoDate;
  std::vector<Node> nodes;
  std::vector<Value> set_pool;
  std::vector<RuleCode> rules;
  // criterion_code[kind][criterion]: index in rules, or -1 when the
  // criterion does not apply to that kind.
  std::vector<std::vector<int32_t>> criterion_code;
  std::vector<std::vector<CompiledGroup>> awards;  // [award][group]
  std::vector<int32_t> target_where;                // rule per target, or -1
  std::vector<ScheduleInfo> schedules;              // as in the Program
  std::vector<ListCode> lists;                      // per Program::lists
  std::deque<std::string> texts;  // text constants the values point into
  int max_vars = 0;               // deepest quantifier nesting
  // Per rule, its fused form (may be shorter than rules: none past it).
  std::vector<FlatRule> flat;
  std::vector<FlatTest> flat_tests;
  std::vector<FlatChoice> flat_choices;  // of the kSel tests
};

}  // namespace thidua::internal

#endif  // THIDUA_SRC_COMPILE_COMPILED_HPP_
