// Helpers shared by the front-end tests (parse, syntax errors, checker,
// Unicode, imports, robustness): compile a snippet, summarise its diagnostics
// as "line:column: message" strings, and parse to a syntax tree printed as an
// S-expression so that tests can state the tree they expect.
#ifndef THIDUA_TESTS_UNIT_FRONT_END_TEST_HELPERS_HPP_
#define THIDUA_TESTS_UNIT_FRONT_END_TEST_HELPERS_HPP_

#include <memory>
#include <string>
#include <string_view>
#include <vector>

#include "base/diagnostics.hpp"
#include "base/source.hpp"
#include "base/utf8.hpp"
#include "gmock/gmock.h"
#include "gtest/gtest.h"
#include "syntax/ast.hpp"
#include "syntax/literals.hpp"
#include "syntax/parse.hpp"
#include "syntax/print.hpp"
#include "test_util.hpp"
#include "thidua/thidua.hpp"

namespace thidua::testing {

// "2:24: expected expression" — where and what, without the severity.
inline std::string Brief(const Diagnostic& d) {
  return std::to_string(d.line) + ":" + std::to_string(d.column) + ": " +
         d.message;
}

// Brief() of every diagnostic, in the order reported.
inline std::vector<std::string> Briefs(const Compilation& c) {
  std::vector<std::string> out;
  for (const Diagnostic& d : c.diagnostics) out.push_back(Brief(d));
  return out;
}

// Brief() of the errors only (warnings left out).
inline std::vector<std::string> ErrorBriefs(const Compilation& c) {
  std::vector<std::string> out;
  for (const Diagnostic& d : c.diagnostics) {
    if (d.severity == Severity::kError) out.push_back(Brief(d));
  }
  return out;
}

// The first diagnostic whose message contains `part`, or null.
inline const Diagnostic* FindDiagnostic(const Compilation& c,
                                        std::string_view part) {
  for (const Diagnostic& d : c.diagnostics) {
    if (d.message.find(part) != std::string::npos) return &d;
  }
  return nullptr;
}

inline CompileOptions Vietnamese() {
  CompileOptions o;
  o.language = Language::kVietnamese;
  return o;
}

// A file parsed on its own (stage 1 only, imports not followed).
struct Parsed {
  internal::SourceSet sources;
  internal::ast::File file;
  std::vector<Diagnostic> diagnostics;

  const internal::ast::Expr& expr(internal::ast::ExprId id) const {
    return file.exprs.at(static_cast<size_t>(id));
  }
};

inline std::unique_ptr<Parsed> Parse(std::string_view text,
                                     int max_nesting_depth = 200) {
  auto p = std::make_unique<Parsed>();
  uint32_t id = p->sources.Add("test.td", internal::NormalizeNfc(text));
  internal::DiagnosticSink sink(&p->sources, Language::kEnglish, 100);
  internal::ParseOptions options;
  options.max_nesting_depth = max_nesting_depth;
  internal::ParseFile(p->sources, id, options, sink, &p->file);
  p->diagnostics = sink.Take();
  return p;
}

inline std::vector<std::string> Briefs(const Parsed& p) {
  std::vector<std::string> out;
  for (const Diagnostic& d : p.diagnostics) out.push_back(Brief(d));
  return out;
}

// The tree under `id` as an S-expression. Literals show their kind and exact
// value: `int:300`, `dec:1.5`, `pct:0.4`, `money:300000000`,
// `date:2022-06-30`, `true`, `"text"`; operators are prefix:
// `(or a (and b c))`, `(not (= a b))`, `(neg x)`, `(. p stars)`,
// `(in x {a b})`, `(not-in x {a})`, `(in-list x L)`, `(if c a b)`,
// `(count p l [where W] [of O])`, `[a b]`, `{name: v, ...}`.
inline std::string Sexp(const internal::ast::File& f, internal::ast::ExprId id) {
  using internal::ast::ExprKind;
  using internal::ast::Op;
  using internal::ast::Quant;
  if (id == internal::ast::kNoExpr) return "<none>";
  const internal::ast::Expr& e = f.exprs.at(static_cast<size_t>(id));
  // The source spelling, except where an S-expression must say more.
  auto op = [](Op o) -> std::string {
    if (o == Op::kNeg) return "neg";
    if (o == Op::kNone) return "?";
    return internal::OpSpelling(o);
  };
  auto items = [&](const std::vector<internal::ast::ExprId>& v) {
    std::string s;
    for (size_t i = 0; i < v.size(); ++i) s += (i ? " " : "") + Sexp(f, v[i]);
    return s;
  };
  switch (e.kind) {
    case ExprKind::kInt: return "int:" + e.number.ToString();
    case ExprKind::kDecimal: return "dec:" + e.number.ToString();
    case ExprKind::kPercent: return "pct:" + e.number.ToString();
    case ExprKind::kMoney: return "money:" + e.number.ToString();
    case ExprKind::kDate: return "date:" + internal::FormatIsoDate(e.date);
    case ExprKind::kBool: return e.boolean ? "true" : "false";
    case ExprKind::kText: return "\"" + e.text + "\"";
    case ExprKind::kName: return e.text;
    case ExprKind::kMember: return "(. " + Sexp(f, e.lhs) + " " + e.text + ")";
    case ExprKind::kUnary: return "(" + op(e.op) + " " + Sexp(f, e.lhs) + ")";
    case ExprKind::kBinary:
      return "(" + op(e.op) + " " + Sexp(f, e.lhs) + " " + Sexp(f, e.rhs) + ")";
    case ExprKind::kIn:
      return std::string(e.op == Op::kNe ? "(not-in " : "(in ") +
             Sexp(f, e.lhs) + " {" + items(e.items) + "})";
    case ExprKind::kInList:
      return std::string(e.op == Op::kNe ? "(not-in-list " : "(in-list ") +
             Sexp(f, e.lhs) + " " + e.text + ")";
    case ExprKind::kIf:
      return "(if " + Sexp(f, e.lhs) + " " + Sexp(f, e.rhs) + " " +
             Sexp(f, e.third) + ")";
    case ExprKind::kQuant: {
      static constexpr const char* kWords[] = {"any", "all", "count", "sum"};
      std::string s = std::string("(") + kWords[static_cast<int>(e.quant)] +
                      " " + e.text + " " + Sexp(f, e.lhs);
      if (e.rhs != internal::ast::kNoExpr) s += " where " + Sexp(f, e.rhs);
      if (e.third != internal::ast::kNoExpr) s += " of " + Sexp(f, e.third);
      return s + ")";
    }
    case ExprKind::kIndex:
      return "(index " + Sexp(f, e.lhs) + " " + Sexp(f, e.rhs) + ")";
    case ExprKind::kOnTime:
      return "(on-time " + Sexp(f, e.lhs) + " " + e.text + " " + Sexp(f, e.rhs) + ")";
    case ExprKind::kList: return "[" + items(e.items) + "]";
    case ExprKind::kRecord: {
      std::string s = "{";
      for (size_t i = 0; i < e.fields.size(); ++i) {
        s += (i ? ", " : "") + e.fields[i].name.text + ": " +
             Sexp(f, e.fields[i].value);
      }
      return s + "}";
    }
  }
  return "?";
}

}  // namespace thidua::testing

#endif  // THIDUA_TESTS_UNIT_FRONT_END_TEST_HELPERS_HPP_
