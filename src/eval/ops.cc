#include "eval/ops.hpp"

namespace thidua::internal {
namespace {

Value CheckedNumber(std::optional<Fixed> r, Type result) {
  if (!r) return Value::Error();
  if (result.kind == Type::kInt && !r->ToInt64()) return Value::Error();
  if (result.kind == Type::kMoney && !r->IsInteger()) {
    // Money stays in whole đồng; a fraction from money × percent is cut
    // toward zero, as an amount paid would be.
    return Value::Number(Fixed::FromRaw(r->raw() - r->raw() % Fixed::kScale));
  }
  return Value::Number(*r);
}

}  // namespace

int Order(const Value& a, const Value& b) {
  switch (a.tag) {
    case Value::kNumber: return a.number() < b.number() ? -1 : a.number() > b.number();
    case Value::kDate:
    case Value::kEnum: return a.i < b.i ? -1 : a.i > b.i;
    case Value::kBool: return static_cast<int>(a.b) - static_cast<int>(b.b);
    case Value::kText: {
      int c = a.text().compare(b.text());
      return c < 0 ? -1 : c > 0;
    }
    default: return 0;
  }
}

bool SameValue(Value a, Value b) {
  if (a.tag != b.tag) return false;
  if (!a.known()) return true;
  if (a.tag == Value::kList) return a.list == b.list;
  return Order(a, b) == 0;
}

Value Compare(ast::Op op, Value a, Value b) {
  if (!a.known() || !b.known()) return Undecided(a, b);
  int c = Order(a, b);
  switch (op) {
    case ast::Op::kEq: return Value::Bool(c == 0);
    case ast::Op::kNe: return Value::Bool(c != 0);
    case ast::Op::kLt: return Value::Bool(c < 0);
    case ast::Op::kLe: return Value::Bool(c <= 0);
    case ast::Op::kGt: return Value::Bool(c > 0);
    case ast::Op::kGe: return Value::Bool(c >= 0);
    default: return Value::Error();
  }
}

Value Arith(ast::Op op, Value a, Value b, Type result) {
  if (!a.known() || !b.known()) return Undecided(a, b);
  if (a.tag == Value::kDate) {  // date - date: days between
    return Value::Number(Fixed::FromInt(static_cast<int64_t>(a.i) - b.i));
  }
  switch (op) {
    case ast::Op::kAdd: return CheckedNumber(Fixed::Add(a.number(), b.number()), result);
    case ast::Op::kSub: return CheckedNumber(Fixed::Sub(a.number(), b.number()), result);
    case ast::Op::kMul: return CheckedNumber(Fixed::Mul(a.number(), b.number()), result);
    case ast::Op::kDiv: return CheckedNumber(Fixed::Div(a.number(), b.number()), result);
    default: return Value::Error();
  }
}

Value Negate(Value a, Type result) {
  if (!a.known()) return a;
  return CheckedNumber(Fixed::Sub(Fixed(), a.number()), result);
}

}  // namespace thidua::internal
