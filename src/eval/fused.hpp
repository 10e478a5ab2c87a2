// The tests of a rule's fused form (compile/flatten.hpp), shared by the
// two runs that make them: one unit at a time (Evaluator::Flat) and a block
// of units at a time (Evaluator::FlatBlock). Each gives exactly what the
// tree walk's Cond gives for the node it replaces.
#ifndef THIDUA_SRC_EVAL_FUSED_HPP_
#define THIDUA_SRC_EVAL_FUSED_HPP_

#include "eval/evaluator.hpp"
#include "eval/ops.hpp"

namespace thidua::internal {

inline const Value kNoUnit;  // a field read while folding constants: unknown

inline Truth ToTruth(const Value& v) {
  if (v.tag == Value::kBool) return v.b ? Truth::kTrue : Truth::kFalse;
  return v.tag == Value::kError ? Truth::kError : Truth::kUnknown;
}

// Both of the same static type. Numbers, the common case, are compared
// directly; other types through their order.
[[gnu::always_inline]] inline Truth Compared(ast::Op op, const Value& a,
                                              const Value& b) {
  if (!a.known() || !b.known()) [[unlikely]] {
    return a.tag == Value::kError || b.tag == Value::kError ? Truth::kError
                                                            : Truth::kUnknown;
  }
  Fixed::Raw x = a.n, y = b.n;
  if (a.tag == Value::kDate || a.tag == Value::kEnum) {
    x = a.i;
    y = b.i;
  } else if (a.tag != Value::kNumber) {
    x = Order(a, b);
    y = 0;
  }
  bool r = false;
  switch (op) {
    case ast::Op::kEq: r = x == y; break;
    case ast::Op::kNe: r = x != y; break;
    case ast::Op::kLt: r = x < y; break;
    case ast::Op::kLe: r = x <= y; break;
    case ast::Op::kGt: r = x > y; break;
    case ast::Op::kGe: r = x >= y; break;
    default: return Truth::kError;
  }
  return r ? Truth::kTrue : Truth::kFalse;
}

// Compared for an operation known when compiling: two numbers, the common
// case, compare their raw integers; anything else goes through Compared.
template <ast::Op kOp>
[[gnu::always_inline]] inline bool Holds(Fixed::Raw x, Fixed::Raw y) {
  if constexpr (kOp == ast::Op::kEq) return x == y;
  if constexpr (kOp == ast::Op::kNe) return x != y;
  if constexpr (kOp == ast::Op::kLt) return x < y;
  if constexpr (kOp == ast::Op::kLe) return x <= y;
  if constexpr (kOp == ast::Op::kGt) return x > y;
  return x >= y;
}

// Compared for an operation known when compiling: two numbers, the common
// case, compare their raw integers; anything else goes through Compared.
template <ast::Op kOp>
[[gnu::always_inline]] inline Truth Narrow(const Value& a, const Value& b) {
  if (a.tag != Value::kNumber || b.tag != Value::kNumber) [[unlikely]] return Compared(kOp, a, b);
  return Holds<kOp>(a.n, b.n) ? Truth::kTrue : Truth::kFalse;
}

// Narrow against a number constant (FlatTest::kNum*): only the slot's tag
// is checked.
template <ast::Op kOp>
[[gnu::always_inline]] inline Truth NarrowConst(const Value& a, const Value& number) {
  if (a.tag != Value::kNumber) [[unlikely]] return Compared(kOp, a, number);
  return Holds<kOp>(a.n, number.n) ? Truth::kTrue : Truth::kFalse;
}

template <ast::Op kOp>
struct NarrowTo {
  Truth operator()(const Value& a, const Value& number) const { return NarrowConst<kOp>(a, number); }
};

// An enum slot in a set of ordinals below 64 (FlatTest::kEnumIn): what
// Logic's kIn and Compared's = give on an enum field.
[[gnu::always_inline]] inline Truth InMask(const Value& v, uint64_t mask, bool negate) {
  if (!v.known()) [[unlikely]] return ToTruth(v);
  bool found = v.tag == Value::kEnum && static_cast<uint32_t>(v.i) < 64 && ((mask >> v.i) & 1) != 0;
  return found != negate ? Truth::kTrue : Truth::kFalse;
}

// `any x in list where x.f CMP constant` (FlatTest::kAnyConst), as Quantify
// and Cond give it: `holds` is the element test, `*steps` the unit's list
// elements visited so far, counted against `max_steps` (the cost limit).
template <class Holds>
[[gnu::always_inline]] inline Truth AnyOf(const FlatTest& test, const Value& list, Holds holds,
                                          int64_t* steps, int64_t max_steps) {
  if (list.tag != Value::kList) return list.tag == Value::kUnknown ? Truth::kUnknown : Truth::kError;
  const ListData& data = *list.list;
  bool unknown = false, error = false;
  for (size_t i = 0; i < data.size(); ++i) {
    if (++*steps > max_steps) return Truth::kError;  // the cost limit
    Truth w = holds(data.element(i)[test.item], test.constant);
    if (w == Truth::kTrue) return w;
    if (w != Truth::kFalse) {
      unknown = true;
      error = error || w == Truth::kError;
    }
  }
  if (unknown) return error ? Truth::kError : Truth::kUnknown;
  return Truth::kFalse;
}

// f(the element test of a kAnyConst test): against a number constant the
// comparison is decoded here, once, not once per element.
template <class F>
[[gnu::always_inline]] inline Truth WithElementTest(const FlatTest& test, F f) {
  if (test.constant.tag == Value::kNumber) {
    switch (test.cmp) {
      case ast::Op::kGe: return f(NarrowTo<ast::Op::kGe>());
      case ast::Op::kGt: return f(NarrowTo<ast::Op::kGt>());
      case ast::Op::kEq: return f(NarrowTo<ast::Op::kEq>());
      default: break;
    }
  }
  return f([op = test.cmp](const Value& v, const Value& c) { return Compared(op, v, c); });
}

// The value of a kSel test's param, as Rule gives it: the first exception
// whose condition holds decides; one that may hold (unknown, error) keeps
// its value possible, and the param is known only if the possible values
// agree. One exception, the common case, is decided inline.
[[gnu::always_inline]] inline const Value& Evaluator::Chosen(const FlatTest& test,
                                                             const Value* slots) const {
  if (test.count != 1) [[unlikely]] return ChosenAmong(test, slots);
  const FlatChoice& c = code_.flat_choices[test.item];
  Truth cond = InMask(slots[c.slot], c.mask, c.negate);
  if (cond == Truth::kTrue) return c.value;
  if (cond == Truth::kFalse) return test.constant;
  return SameValue(c.value, test.constant) ? c.value : kNoUnit;
}

}  // namespace thidua::internal

#endif  // THIDUA_SRC_EVAL_FUSED_HPP_
