#include "eval/evaluator.hpp"

#include "eval/fused.hpp"
#include "eval/history.hpp"
#include "eval/ops.hpp"

namespace thidua::internal {

void Trace::Reset(const CompiledProgram& code) {
  values.assign(code.nodes.size(), Value::Unknown());
  seen.assign(code.nodes.size(), 0);
  branch.assign(code.rules.size(), -1);
  items.assign(code.nodes.size(), {});
  cost_limit = false;
}

Evaluator::Evaluator(const CompiledProgram& code)
    : code_(code), as_of_(code.default_as_of) {}

void Evaluator::BindLists() {
  in_force_.assign(code_.lists.size(), nullptr);
  if (lists_ == nullptr) return;
  for (size_t l = 0; l < code_.lists.size() && l < lists_->given.size(); ++l) {
    int32_t v = lists_->given[l] ? code_.lists[l].At(as_of_) : -1;
    if (v >= 0) in_force_[l] = &lists_->versions[l][code_.lists[l].versions[v].version];
  }
}

void Evaluator::Reset(const UnitData* unit) {
  unit_ = unit;
  steps_ = 0;
  if (child_) child_->unit_ = nullptr;  // its memo may be of another day
  if (++generation_ == 0) {  // wrapped: forget every memo
    std::fill(stamp_.begin(), stamp_.end(), 0);
    generation_ = 1;
  }
}

namespace {

Value FromTruth(Truth t) {
  switch (t) {
    case Truth::kTrue: return Value::Bool(true);
    case Truth::kFalse: return Value::Bool(false);
    case Truth::kError: return Value::Error();
    case Truth::kUnknown: break;
  }
  return Value::Unknown();
}

// Neither operand decides: unknown, or error if either is one.
Truth Undecided(Truth a, Truth b) {
  return a == Truth::kError || b == Truth::kError ? Truth::kError : Truth::kUnknown;
}

bool Member(const Value& a, const Value* set, int32_t count) {
  for (int32_t i = 0; i < count; ++i) {
    if (a.tag == Value::kEnum ? set[i].tag == Value::kEnum && set[i].i == a.i
                              : SameValue(a, set[i])) {
      return true;
    }
  }
  return false;
}

}  // namespace

void Evaluator::Grow() {
  if (stamp_.size() < code_.rules.size()) {
    stamp_.resize(code_.rules.size(), 0);
    memo_.resize(code_.rules.size());
  }
}

void Evaluator::Record(int32_t index, const Value& v) {
  trace_->values[index] = v;
  trace_->seen[index] = 1;
}

Value Evaluator::EvalRule(int32_t index) {
  Grow();  // before any reference into memo_ is taken
  return trace_ != nullptr ? Rule<true>(index) : Rule<false>(index);
}

Truth Evaluator::Criterion(const UnitData* unit, int32_t rule) {
  Reset(unit);
  const FlatRule* flat = Direct(rule);
  return flat != nullptr ? Flat(*flat) : ToTruth(EvalRule(rule));
}

Truth Evaluator::Criterion(int32_t rule) {
  const FlatRule* flat = Direct(rule);
  return flat != nullptr ? Flat(*flat) : ToTruth(EvalRule(rule));
}

Value Evaluator::EvalNode(int32_t index) {
  Grow();
  return trace_ != nullptr ? Visit<true>(index) : Visit<false>(index);
}

template <bool kTrace>
const Value& Evaluator::Rule(int32_t index) {
  Value& memo = memo_[index];
  if (stamp_[index] == generation_) return memo;
  const RuleCode& rule = code_.rules[index];
  int32_t branch = -1;
  if (!rule.versions.empty()) [[unlikely]] {
    // A dated rule: the version in force on the as-of date, or unknown in a
    // gap between versions (never a neighbour's value).
    branch = -3;
    memo = Value::Unknown();
    for (size_t i = 0; i < rule.versions.size(); ++i) {
      const RuleCode::InForce& v = rule.versions[i];
      if (as_of_ != kNoDate && v.from <= as_of_ && as_of_ <= v.until) {
        memo = Rule<kTrace>(v.rule);
        branch = static_cast<int32_t>(i);
        break;
      }
    }
  } else if (rule.exceptions.empty()) {
    if constexpr (!kTrace) {
      if (static_cast<size_t>(index) < code_.flat.size() && code_.flat[index].count > 0 &&
          unit_ != nullptr) {
        memo = FromTruth(Flat(code_.flat[index]));
        stamp_[index] = generation_;
        return memo;
      }
    }
    memo = Visit<kTrace>(rule.base);
  } else {
    // Exceptions in order; the first that holds decides. An unknown
    // condition keeps both outcomes possible: the result is known only if
    // they agree.
    Value result;
    bool have = false, agree = true, undecided = false, decided = false;
    auto take = [&](const Value& v) {
      if (!have) {
        result = v;
        have = true;
      } else if (!SameValue(result, v)) {
        agree = false;
      }
    };
    for (size_t i = 0; i < rule.exceptions.size() && !decided; ++i) {
      Truth cond = Cond<kTrace>(rule.exceptions[i].first);
      if (cond == Truth::kFalse) continue;
      take(Visit<kTrace>(rule.exceptions[i].second));
      if (cond == Truth::kTrue) {
        decided = true;
        if (!undecided) branch = static_cast<int32_t>(i);
      } else {
        undecided = true;
      }
    }
    if (!decided) take(Visit<kTrace>(rule.base));
    if (undecided) branch = -2;
    memo = agree ? result : Value::Unknown();
  }
  if constexpr (kTrace) trace_->branch[index] = branch;
  stamp_[index] = generation_;
  return memo;
}

template <bool kTrace>
Value Evaluator::Visit(int32_t index) {
  Value v = Eval<kTrace>(index);
  if constexpr (kTrace) Record(index, v);
  return v;
}

// A node of any type, as a Value. Conditions are computed by Logic.
template <bool kTrace>
Value Evaluator::Eval(int32_t index) {
  const Node& n = code_.nodes[index];
  switch (n.op) {
    case Node::kConst: return n.constant;
    case Node::kField:
      return unit_ == nullptr ? Value::Unknown() : unit_->slots[n.slot];
    case Node::kVarField: return vars_[n.var][n.slot];
    case Node::kNot:
    case Node::kAnd:
    case Node::kOr:
    case Node::kCompare:
    case Node::kIn:
    case Node::kInList:
      return FromTruth(Logic<kTrace>(n));
    case Node::kArith:
      return Arith(n.sub, Visit<kTrace>(n.a), Visit<kTrace>(n.b), n.type);
    case Node::kNeg: return Negate(Visit<kTrace>(n.a), n.type);
    case Node::kIf: {
      Truth c = Cond<kTrace>(n.a);
      if (c == Truth::kTrue) return Visit<kTrace>(n.b);
      if (c == Truth::kFalse) return Visit<kTrace>(n.c);
      Value x = Visit<kTrace>(n.b), y = Visit<kTrace>(n.c);  // both possible
      if (SameValue(x, y) && x.known()) return x;
      return c == Truth::kError ? Value::Error() : Value::Unknown();
    }
    case Node::kAny:
    case Node::kAll:
    case Node::kCount:
    case Node::kSum:
    case Node::kShare:
      return Quantify<kTrace>(n);
    case Node::kRule: return Rule<kTrace>(n.slot);
    case Node::kIndex: return ValueAtYear(Visit<kTrace>(n.a), Visit<kTrace>(n.b));
    case Node::kOnTime:
      return OnTime(code_.schedules[n.slot], Visit<kTrace>(n.a), Visit<kTrace>(n.b));
    case Node::kChildRule: return ChildRule(n);
  }
  return Value::Error();
}

// A criterion of a unit within this one, as of this evaluation's day: one
// evaluator per level of the hierarchy, made on first use and reused, so
// that a unit's evaluation allocates nothing once it has run.
Value Evaluator::ChildRule(const Node& n) {
  const UnitData* child = var_units_[n.var];
  if (child == nullptr) return Value::Unknown();  // not a linked roll-up
  int32_t rule = code_.criterion_code[static_cast<size_t>(child->kind)][n.slot];
  if (rule < 0) return Value::Unknown();
  // The lists in force depend on the day and the lists only: bound when the
  // child evaluator is made and when either changes, not once per child.
  const bool rebind = !child_ || child_->as_of_ != as_of_ || child_->lists_ != lists_;
  if (!child_) child_ = std::make_unique<Evaluator>(code_);
  if (rebind) {
    child_->as_of_ = as_of_;
    child_->set_lists(lists_);
  }
  if (rebind || child_->unit_ != child) child_->Reset(child);
  int64_t before = child_->steps_;
  Value v = child_->EvalRule(rule);
  steps_ += child_->steps_ - before;  // the cost limit counts the units within
  if (steps_ <= code_.max_steps) return v;
  if (trace_ != nullptr) trace_->cost_limit = true;
  return Value::Error();
}

// A node of type bool, as a Truth; the trace gets it as a Value.
template <bool kTrace>
Truth Evaluator::Cond(int32_t index) {
  const Node& n = code_.nodes[index];
  Truth t;
  switch (n.op) {
    case Node::kNot:
    case Node::kAnd:
    case Node::kOr:
    case Node::kCompare:
    case Node::kIn:
    case Node::kInList:
      t = Logic<kTrace>(n);
      break;
    case Node::kRule: t = ToTruth(Rule<kTrace>(n.slot)); break;
    case Node::kField:
      t = ToTruth(unit_ == nullptr ? kNoUnit : unit_->slots[n.slot]);
      break;
    case Node::kVarField: t = ToTruth(vars_[n.var][n.slot]); break;
    default: return ToTruth(Visit<kTrace>(index));
  }
  if constexpr (kTrace) Record(index, FromTruth(t));
  return t;
}

template <bool kTrace>
Truth Evaluator::Logic(const Node& n) {
  switch (n.op) {
    case Node::kNot: {
      Truth a = Cond<kTrace>(n.a);
      return a == Truth::kTrue ? Truth::kFalse : a == Truth::kFalse ? Truth::kTrue : a;
    }
    case Node::kAnd: {
      Truth a = Cond<kTrace>(n.a);
      if (a == Truth::kFalse) return a;  // short circuit: false and _ = false
      Truth b = Cond<kTrace>(n.b);
      if (b == Truth::kFalse || (a == Truth::kTrue && b == Truth::kTrue)) return b;
      return Undecided(a, b);
    }
    case Node::kOr: {
      Truth a = Cond<kTrace>(n.a);
      if (a == Truth::kTrue) return a;
      Truth b = Cond<kTrace>(n.b);
      if (b == Truth::kTrue || (a == Truth::kFalse && b == Truth::kFalse)) return b;
      return Undecided(a, b);
    }
    case Node::kCompare: {
      Value sa, sb;  // used only for operands that are not leaves
      const Value& a = Ref<kTrace>(n.a, &sa);
      return Compared(n.sub, a, Ref<kTrace>(n.b, &sb));
    }
    case Node::kIn: {
      Value s;
      const Value& a = Ref<kTrace>(n.a, &s);
      if (!a.known()) return ToTruth(a);
      bool found = Member(a, code_.set_pool.data() + n.slot, n.count);
      return (n.sub == ast::Op::kNe ? !found : found) ? Truth::kTrue : Truth::kFalse;
    }
    case Node::kInList: {  // a binary search in the version in force
      Value s;
      const Value& a = Ref<kTrace>(n.a, &s);
      if (!a.known()) return ToTruth(a);
      const MemberSet* members = list_in_force(n.slot);
      if (members == nullptr) return Truth::kUnknown;  // not given, or a gap
      bool found = a.tag == Value::kText && members->Contains(a.text());
      return (n.sub == ast::Op::kNe ? !found : found) ? Truth::kTrue : Truth::kFalse;
    }
    default: return Truth::kError;
  }
}

// An operand read where it lies (a unit's slot, a constant, a memoised
// rule), or evaluated into *scratch.
template <bool kTrace>
[[gnu::always_inline]] inline const Value& Evaluator::Ref(int32_t index,
                                                          Value* scratch) {
  const Node& n = code_.nodes[index];
  const Value* r;
  switch (n.op) {
    case Node::kConst: r = &n.constant; break;
    case Node::kField: r = unit_ == nullptr ? &kNoUnit : &unit_->slots[n.slot]; break;
    case Node::kVarField: r = &vars_[n.var][n.slot]; break;
    case Node::kRule: r = &Rule<kTrace>(n.slot); break;
    default:
      *scratch = Eval<kTrace>(index);
      r = scratch;
      break;
  }
  if constexpr (kTrace) Record(index, *r);
  return *r;
}

template <bool kTrace>
Value Evaluator::Quantify(const Node& n) {
  Value scratch;
  const Value& list = Ref<kTrace>(n.a, &scratch);
  if (list.tag != Value::kList) return list.known() ? Value::Error() : list;
  const ListData& data = *list.list;
  std::vector<Value>* items = nullptr;
  if constexpr (kTrace) {
    items = &trace_->items[&n - code_.nodes.data()];
    items->clear();
  }
  bool unknown = false, error = false;
  int64_t hits = 0;
  Fixed sum;
  for (size_t i = 0; i < data.size(); ++i) {
    if (++steps_ > code_.max_steps) {  // the cost limit
      if constexpr (kTrace) trace_->cost_limit = true;
      return Value::Error();
    }
    vars_[n.var] = data.element(i);
    var_units_[n.var] = i < data.units.size() ? data.units[i].get() : nullptr;
    Truth w = n.b >= 0 ? Cond<kTrace>(n.b) : Truth::kTrue;
    if constexpr (kTrace) items->push_back(FromTruth(w));
    if ((n.op == Node::kAny && w == Truth::kTrue) || (n.op == Node::kAll && w == Truth::kFalse)) {
      if constexpr (kTrace) TraceRest(n, data, i + 1, items);
      return Value::Bool(n.op == Node::kAny);
    }
    if (w == Truth::kUnknown || w == Truth::kError) {
      unknown = true;
      error = error || w == Truth::kError;
      continue;
    }
    if (w != Truth::kTrue) continue;
    ++hits;
    if (n.op == Node::kSum) {
      Value ts;
      const Value& term = Ref<kTrace>(n.c, &ts);
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
    case Node::kShare:  // of no element: no share at all
      if (data.size() == 0) return Value::Unknown();
      return Value::Number(*Fixed::Div(Fixed::FromInt(hits),
                                       Fixed::FromInt(static_cast<int64_t>(data.size()))));
    default: return Value::Number(sum);
  }
}

// An explanation lists every element of an `all`/`any`, not only those up
// to the one that decided (docs/evaluation.md), so the traced evaluation
// walks the rest too. With the hook: a rule first met there is traced like
// any other (its memo would hide it later); the body's nodes keep the last
// element's values, which no explanation shows (a quantifier shows its
// items). Their steps are not counted, so the verdict is the plain
// evaluation's; at the cost limit the walk stops, fewer items than elements.
void Evaluator::TraceRest(const Node& n, const ListData& data, size_t from,
                          std::vector<Value>* items) {
  int64_t steps = steps_;
  for (size_t i = from; i < data.size(); ++i) {
    if (++steps_ > code_.max_steps) {
      trace_->cost_limit = true;
      break;
    }
    vars_[n.var] = data.element(i);
    var_units_[n.var] = i < data.units.size() ? data.units[i].get() : nullptr;
    items->push_back(FromTruth(n.b >= 0 ? Cond<true>(n.b) : Truth::kTrue));
  }
  steps_ = steps;
}

const Value& Evaluator::ChosenAmong(const FlatTest& test, const Value* slots) const {
  const FlatChoice* c = code_.flat_choices.data() + test.item;
  const Value* chosen = nullptr;
  bool agree = true;
  for (int32_t i = 0; i < test.count; ++i, ++c) {
    Truth cond = InMask(slots[c->slot], c->mask, c->negate);
    if (cond == Truth::kFalse) continue;
    if (chosen == nullptr) {
      chosen = &c->value;
    } else if (!SameValue(*chosen, c->value)) {
      agree = false;
    }
    if (cond == Truth::kTrue) return agree ? *chosen : kNoUnit;
  }
  if (chosen == nullptr) return test.constant;
  if (!SameValue(*chosen, test.constant)) agree = false;
  return agree ? *chosen : kNoUnit;
}

// The same value as Cond<false> of the rule's base: a false test ends an
// `and` (a true one an `or`); otherwise an error, then an unknown, decides.
Truth Evaluator::Flat(const FlatRule& rule) {
  const Value* slots = unit_->slots.data();
  const Truth stop = rule.any_of ? Truth::kTrue : Truth::kFalse;
  unsigned seen = 0;  // a bit per Truth met that did not stop the run
  const FlatTest* t = code_.flat_tests.data() + rule.begin;
  for (const FlatTest* end = t + rule.count; t != end; ++t) {
    Truth r;
    switch (t->kind) {
      case FlatTest::kFieldConst: r = Compared(t->cmp, slots[t->slot], t->constant); break;
      case FlatTest::kFieldRule:
        r = Compared(t->cmp, slots[t->slot], Rule<false>(t->ref));
        break;
      case FlatTest::kBoolField: r = ToTruth(slots[t->slot]); break;
      case FlatTest::kRuleRef: r = ToTruth(Rule<false>(t->ref)); break;
      case FlatTest::kAnyConst: r = AnyConst(*t, slots[t->slot]); break;
      case FlatTest::kEnumIn: r = InMask(slots[t->slot], t->mask, t->negate); break;
      case FlatTest::kNumEq: r = NarrowConst<ast::Op::kEq>(slots[t->slot], t->constant); break;
      case FlatTest::kNumNe: r = NarrowConst<ast::Op::kNe>(slots[t->slot], t->constant); break;
      case FlatTest::kNumLt: r = NarrowConst<ast::Op::kLt>(slots[t->slot], t->constant); break;
      case FlatTest::kNumLe: r = NarrowConst<ast::Op::kLe>(slots[t->slot], t->constant); break;
      case FlatTest::kNumGt: r = NarrowConst<ast::Op::kGt>(slots[t->slot], t->constant); break;
      case FlatTest::kNumGe: r = NarrowConst<ast::Op::kGe>(slots[t->slot], t->constant); break;
      case FlatTest::kSelEq: r = Narrow<ast::Op::kEq>(slots[t->slot], Chosen(*t, slots)); break;
      case FlatTest::kSelNe: r = Narrow<ast::Op::kNe>(slots[t->slot], Chosen(*t, slots)); break;
      case FlatTest::kSelLt: r = Narrow<ast::Op::kLt>(slots[t->slot], Chosen(*t, slots)); break;
      case FlatTest::kSelLe: r = Narrow<ast::Op::kLe>(slots[t->slot], Chosen(*t, slots)); break;
      case FlatTest::kSelGt: r = Narrow<ast::Op::kGt>(slots[t->slot], Chosen(*t, slots)); break;
      case FlatTest::kSelGe: r = Narrow<ast::Op::kGe>(slots[t->slot], Chosen(*t, slots)); break;
      default: r = Cond<false>(t->ref); break;
    }
    if (r == stop) return r;
    seen |= 1u << static_cast<unsigned>(r);
  }
  if ((seen & (1u << static_cast<unsigned>(Truth::kError))) != 0) return Truth::kError;
  if ((seen & (1u << static_cast<unsigned>(Truth::kUnknown))) != 0) return Truth::kUnknown;
  return rule.any_of ? Truth::kFalse : Truth::kTrue;
}

// `any x in list where x.f CMP constant` (eval/fused.hpp).
Truth Evaluator::AnyConst(const FlatTest& test, const Value& list) {
  return WithElementTest(test, [&](auto holds) {
    return AnyOf(test, list, holds, &steps_, code_.max_steps);
  });
}

}  // namespace thidua::internal
