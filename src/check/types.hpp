// The types of the rule language and the rules that combine them.
#ifndef THIDUA_SRC_CHECK_TYPES_HPP_
#define THIDUA_SRC_CHECK_TYPES_HPP_

#include <cstdint>
#include <optional>
#include <string>

#include "syntax/ast.hpp"
#include "thidua/thidua.hpp"

namespace thidua::internal {

struct Program;

struct Type {
  enum Kind : uint8_t {
    kError,  // already reported; silences follow-on errors
    kBool, kInt, kDecimal, kMoney, kPercent, kText, kDate,
    kEnum,    // index = enum
    kList,    // index = record type of the elements
    kRecord,  // index = record type (a quantifier's variable)
    kByYear,  // values by year; index = the element type, packed (Element())
    kByPeriod,  // report dates by period of a schedule (`date by period`)
  };
  Kind kind = kError;
  int32_t index = -1;

  static Type Of(Kind k, int32_t i = -1) { return {k, i}; }
  // `T by year`: the element's kind and index packed into one index.
  static Type ByYear(Type element) {
    return {kByYear, (element.index + 1) * 32 + element.kind};
  }
  Type Element() const {  // of a kByYear type
    return {static_cast<Kind>(index % 32), index / 32 - 1};
  }
  bool is_error() const { return kind == kError; }
  bool is_numeric() const {
    return kind == kInt || kind == kDecimal || kind == kMoney ||
           kind == kPercent;
  }
  friend bool operator==(Type a, Type b) {
    return a.kind == b.kind && a.index == b.index;
  }
};

// "money", "enum region", "list of {…}" — in the language of messages.
std::string TypeName(const Program& program, Type t, Language language);

// The type of `a op b` for arithmetic operators, or nullopt when they do not
// combine (money × money, text + int …).
std::optional<Type> ArithmeticResult(ast::Op op, Type a, Type b);

// Whether values of these types can be compared with `op` (=, <, …).
enum class Comparable { kYes, kNo, kMoneyWithNumber, kUnorderedEnum };
Comparable CanCompare(const Program& program, ast::Op op, Type a, Type b);

// Whether a value of type `from` can stand where `to` is expected (a param's
// declared type, a branch of if, a test value): equal types, or an int where
// a decimal or percent is expected.
bool Assignable(Type from, Type to);

}  // namespace thidua::internal

#endif  // THIDUA_SRC_CHECK_TYPES_HPP_
