#include "eval/evaluator.hpp"

#include "eval/history.hpp"
#include "eval/ops.hpp"

namespace thidua::internal {

void Trace::Reset(const CompiledProgram& code) {
  values.assign(code.nodes.size(), Value::Unknown());
  seen.assign(code.nodes.size(), 0);
  branch.assign(code.rules.size(), -1);
  items.assign(code.nodes.size(), {});
}

Evaluator::Evaluator(const CompiledProgram& code) : code_(code) {}

void Evaluator::Reset(const UnitData* unit) {
  unit_ = unit;
  steps_ = 0;
  if (++generation_ == 0) {  // wrapped: forget every memo
    std::fill(stamp_.begin(), stamp_.end(), 0);
    generation_ = 1;
  }
}

Value Evaluator::EvalRule(int32_t index) {
  if (static_cast<size_t>(index) >= stamp_.size()) {  // first use, or compiling
    stamp_.resize(code_.rules.size(), 0);
    memo_.resize(code_.rules.size());
  }
  if (stamp_[index] == generation_) return memo_[index];
  const RuleCode& rule = code_.rules[index];
  // Exceptions in order; the first that holds decides. An unknown condition
  // keeps both outcomes possible: the result is known only if they agree.
  Value result;
  bool have = false, agree = true, undecided = false;
  int32_t branch = -1;
  auto take = [&](Value v) {
    if (!have) {
      result = v;
      have = true;
    } else if (!SameValue(result, v)) {
      agree = false;
    }
  };
  bool decided = false;
  for (size_t i = 0; i < rule.exceptions.size() && !decided; ++i) {
    Value cond = EvalNode(rule.exceptions[i].first);
    if (IsFalse(cond)) continue;
    take(EvalNode(rule.exceptions[i].second));
    if (IsTrue(cond)) {
      decided = true;
      if (!undecided) branch = static_cast<int32_t>(i);
    } else {
      undecided = true;
    }
  }
  if (!decided) take(EvalNode(rule.base));
  if (undecided) branch = -2;
  Value value = agree ? result : Value::Unknown();
  if (trace_ != nullptr) trace_->branch[index] = branch;
  stamp_[index] = generation_;
  memo_[index] = value;
  return value;
}

Value Evaluator::EvalNode(int32_t index) {
  Value v = Eval(index);
  if (trace_ != nullptr) {
    trace_->values[index] = v;
    trace_->seen[index] = 1;
  }
  return v;
}

Value Evaluator::Eval(int32_t index) {
  const Node& n = code_.nodes[index];
  switch (n.op) {
    case Node::kConst: return n.constant;
    case Node::kField:
      return unit_ == nullptr ? Value::Unknown() : unit_->slots[n.slot];
    case Node::kVarField: return vars_[n.var][n.slot];
    case Node::kNot: return Not(EvalNode(n.a));
    case Node::kAnd: {
      Value a = EvalNode(n.a);
      if (IsFalse(a)) return a;  // short circuit: false and _ = false
      return And(a, EvalNode(n.b));
    }
    case Node::kOr: {
      Value a = EvalNode(n.a);
      if (IsTrue(a)) return a;
      return Or(a, EvalNode(n.b));
    }
    case Node::kCompare: return Compare(n.sub, EvalNode(n.a), EvalNode(n.b));
    case Node::kArith: return Arith(n.sub, EvalNode(n.a), EvalNode(n.b), n.type);
    case Node::kNeg: return Negate(EvalNode(n.a), n.type);
    case Node::kIn: {
      Value a = EvalNode(n.a);
      if (!a.known()) return a;
      bool found = false;
      for (int32_t i = 0; i < n.count && !found; ++i) {
        found = SameValue(a, code_.set_pool[n.slot + i]);
      }
      return Value::Bool(n.sub == ast::Op::kNe ? !found : found);
    }
    case Node::kIf: {
      Value c = EvalNode(n.a);
      if (IsTrue(c)) return EvalNode(n.b);
      if (IsFalse(c)) return EvalNode(n.c);
      Value x = EvalNode(n.b), y = EvalNode(n.c);  // both possible
      return SameValue(x, y) && x.known() ? x : Undecided(c, c);
    }
    case Node::kAny:
    case Node::kAll:
    case Node::kCount:
    case Node::kSum:
      return Quantify(n);
    case Node::kRule: return EvalRule(n.slot);
    case Node::kIndex: return ValueAtYear(EvalNode(n.a), EvalNode(n.b));
    case Node::kOnTime:
      return OnTime(code_.schedules[n.slot], EvalNode(n.a), EvalNode(n.b));
  }
  return Value::Error();
}

Value Evaluator::Quantify(const Node& n) {
  Value list = EvalNode(n.a);
  if (list.tag != Value::kList) return list.known() ? Value::Error() : list;
  const ListData& data = *list.list;
  std::vector<Value>* items = nullptr;
  if (trace_ != nullptr) {
    items = &trace_->items[&n - code_.nodes.data()];
    items->clear();
  }
  bool unknown = false, error = false;
  int64_t hits = 0;
  Fixed sum;
  for (size_t i = 0; i < data.size(); ++i) {
    if (++steps_ > code_.max_steps) return Value::Error();  // the cost limit
    vars_[n.var] = data.element(i);
    Value w = n.b >= 0 ? EvalNode(n.b) : Value::Bool(true);
    if (items != nullptr) items->push_back(w);
    if (n.op == Node::kAny && IsTrue(w)) return Value::Bool(true);
    if (n.op == Node::kAll && IsFalse(w)) return Value::Bool(false);
    if (!w.known()) {
      unknown = true;
      error = error || w.tag == Value::kError;
      continue;
    }
    if (!IsTrue(w)) continue;
    ++hits;
    if (n.op == Node::kSum) {
      Value term = EvalNode(n.c);
      if (!term.known()) {
        unknown = true;
        error = error || term.tag == Value::kError;
        continue;
      }
      auto s = Fixed::Add(sum, term.number());
      if (!s) return Value::Error();
      sum = *s;
    }
  }
  if (unknown) return error ? Value::Error() : Value::Unknown();
  switch (n.op) {
    case Node::kAny: return Value::Bool(false);
    case Node::kAll: return Value::Bool(true);
    case Node::kCount: return Value::Number(Fixed::FromInt(hits));
    default: return Value::Number(sum);
  }
}

}  // namespace thidua::internal
