// The syntax tree of a rule file. Every node carries its source span.
// Expressions live in one arena per file and refer to each other by index,
// which keeps the parser's attributes plain integers and the tree cheap to copy.
#ifndef THIDUA_SRC_SYNTAX_AST_HPP_
#define THIDUA_SRC_SYNTAX_AST_HPP_

#include <cstdint>
#include <string>
#include <vector>

#include "base/fixed.hpp"
#include "base/source.hpp"

namespace thidua::internal::ast {

using ExprId = int32_t;
constexpr ExprId kNoExpr = -1;

enum class ExprKind : uint8_t {
  kInt,
  kDecimal,
  kPercent,
  kMoney,
  kDate,
  kBool,
  kText,
  kName,     // text = the name
  kMember,   // a.text (lhs = a)
  kUnary,    // op lhs
  kBinary,   // lhs op rhs
  kIn,       // lhs in {items}; op = kNe for "not in"
  kIf,       // if lhs then rhs else third
  kQuant,    // quant text in lhs [where rhs] [of third]
  kList,     // [items] — test values only
  kRecord,   // {fields} — test values only
};

enum class Op : uint8_t {
  kNone, kAnd, kOr, kNot, kNeg,
  kEq, kNe, kLt, kLe, kGt, kGe,
  kAdd, kSub, kMul, kDiv,
};

enum class Quant : uint8_t { kAny, kAll, kCount, kSum };

struct RecordField;

struct Expr {
  ExprKind kind = ExprKind::kInt;
  Op op = Op::kNone;
  Quant quant = Quant::kAny;
  Span span;
  ExprId lhs = kNoExpr, rhs = kNoExpr, third = kNoExpr;
  std::string text;            // name, member, string value, quantifier var
  Fixed number;                // numeric literals (percent as a ratio)
  int32_t date = 0;            // days since 1970-01-01
  bool boolean = false;
  std::vector<ExprId> items;   // set / list elements
  std::vector<RecordField> fields;
};

struct Name {
  std::string text;
  Span span;
};

struct RecordField {
  Name name;
  ExprId value = kNoExpr;
};

struct TypeRef;

struct FieldDecl {
  Name name;
  bool optional = false;
  std::vector<TypeRef> type;  // exactly one element (vector: TypeRef nests)
  std::string label;
};

struct TypeRef {
  enum Kind : uint8_t {
    kBool, kAssessed, kInt, kDecimal, kMoney, kPercent, kText, kDate,
    kNamed,  // an enum, by name
    kList,   // list of { record }
  };
  Kind kind = kBool;
  Name name;  // for kNamed; span of the type for all
  std::vector<FieldDecl> record;
};

struct EnumMember {
  Name name;
  std::string label;
};

struct EnumDecl {
  Name name;
  std::string label;
  bool ordered = false;
  std::vector<EnumMember> members;
};

struct UnitDecl {
  Name name;
  std::string label;
  std::vector<FieldDecl> fields;
};

struct Exception {
  ExprId condition = kNoExpr;
  ExprId value = kNoExpr;
  Span span;
};

struct ParamDecl {
  Name name;
  std::vector<Name> kinds;
  std::vector<TypeRef> type;  // one element
  std::string label;
  std::string source;
  ExprId value = kNoExpr;
  std::vector<Exception> exceptions;
};

struct CriterionDecl {
  Name name;
  std::vector<Name> kinds;
  std::string label;
  std::string source;
  ExprId body = kNoExpr;
  std::vector<Exception> exceptions;
};

enum class Verdict : uint8_t { kEligible, kNotEligible, kUndetermined };

struct Expectation {
  Verdict verdict = Verdict::kEligible;
  Name criterion;
};

struct TestDecl {
  std::string title;
  Span span;
  Name kind;
  ExprId unit = kNoExpr;  // a kRecord
  std::vector<Expectation> expectations;
};

struct PlanDecl {
  Name name;
  std::string title;
  std::string source;
  bool has_period = false;
  int32_t period_from = 0;  // days since epoch
  int32_t period_to = 0;
  Span period_span;
};

struct ImportDecl {
  std::string path;
  Span span;
};

// The declarations of every file of one compilation, sharing one
// expression arena. Each declaration's spans name the file it came from.
struct File {
  std::vector<Expr> exprs;
  std::vector<PlanDecl> plans;
  std::vector<ImportDecl> imports;
  std::vector<EnumDecl> enums;
  std::vector<UnitDecl> units;
  std::vector<ParamDecl> params;
  std::vector<CriterionDecl> criteria;
  std::vector<TestDecl> tests;
};

}  // namespace thidua::internal::ast

#endif  // THIDUA_SRC_SYNTAX_AST_HPP_
