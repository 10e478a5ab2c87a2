// The operators of the language on run-time values, with three-valued logic:
// an unknown operand gives an unknown result (except where Kleene logic
// decides anyway: false and unknown = false), and overflow or division by
// zero gives an error value. Shared by the evaluator and constant folding.
#ifndef THIDUA_SRC_EVAL_OPS_HPP_
#define THIDUA_SRC_EVAL_OPS_HPP_

#include "check/types.hpp"
#include "eval/value.hpp"
#include "syntax/ast.hpp"

namespace thidua::internal {

inline bool IsTrue(Value v) { return v.tag == Value::kBool && v.b; }
inline bool IsFalse(Value v) { return v.tag == Value::kBool && !v.b; }

// Unknown or error, whichever says more (an error is the stronger report).
inline Value Undecided(Value a, Value b) {
  return (a.tag == Value::kError || b.tag == Value::kError) ? Value::Error()
                                                             : Value::Unknown();
}

inline Value Not(Value a) {
  return a.tag == Value::kBool ? Value::Bool(!a.b) : a;
}

// Kleene conjunction/disjunction of two evaluated operands.
inline Value And(Value a, Value b) {
  if (IsFalse(a) || IsFalse(b)) return Value::Bool(false);
  if (IsTrue(a) && IsTrue(b)) return Value::Bool(true);
  return Undecided(a, b);
}
inline Value Or(Value a, Value b) {
  if (IsTrue(a) || IsTrue(b)) return Value::Bool(true);
  if (IsFalse(a) && IsFalse(b)) return Value::Bool(false);
  return Undecided(a, b);
}

// Same value (both known): used for = and for agreeing branches.
bool SameValue(Value a, Value b);

// -1, 0 or 1: two known values of the same type in the language's order.
int Order(const Value& a, const Value& b);

Value Compare(ast::Op op, Value a, Value b);

// `result` is the static type of the expression: an int result must stay a
// whole number within 64 bits.
Value Arith(ast::Op op, Value a, Value b, Type result);
Value Negate(Value a, Type result);

}  // namespace thidua::internal

#endif  // THIDUA_SRC_EVAL_OPS_HPP_
