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
  kRecord,   // {fields} — test values only; {2020: 13} for a value by year
  kIndex,    // lhs[rhs]: a value by year, at year rhs
  kOnTime,   // lhs on time for `text` in rhs: report dates against a schedule
  kInList,   // lhs in `text`, a membership list; op = kNe for "not in"
};

enum class Op : uint8_t {
  kNone, kAnd, kOr, kNot, kNeg,
  kEq, kNe, kLt, kLe, kGt, kGe,
  kAdd, kSub, kMul, kDiv,
};

enum class Quant : uint8_t { kAny, kAll, kCount, kSum, kShare };

struct RecordField;

struct Expr {
  ExprKind kind = ExprKind::kInt;
  Op op = Op::kNone;
  Quant quant = Quant::kAny;
  Span span;
  ExprId lhs = kNoExpr, rhs = kNoExpr, third = kNoExpr;
  uint32_t height = 1;         // longest path to a leaf, bounded by the parser
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
  // `int by year`: one value per year; `date by period`: a report date per
  // period of a schedule (docs/language.md, "Values by year").
  enum class By : uint8_t { kNone, kYear, kPeriod } by = By::kNone;
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
  Name parent;  // `within district`: the kind of a unit's parent, or empty
  std::vector<FieldDecl> fields;
};

struct Exception {
  ExprId condition = kNoExpr;
  ExprId value = kNoExpr;
  Span span;
};

// When a param or criterion is in force, and the legal instrument that sets
// it (docs/time-and-hierarchy.md): `source "…" by qd_12 from 1/1/2024
// until 31/12/2025`. Several declarations of one name, each dated, are the
// versions of that rule.
struct InForce {
  Name instrument;         // empty: none named
  bool dated = false;      // `from` given
  int32_t from = 0;        // first day in force (days since epoch)
  bool has_until = false;
  int32_t until = 0;       // last day in force
  Span span;               // the `from … until …` clause
};

// `instrument qd_12 "12/QĐ-UBND" { date 1/1/2024 issuer "…" title "…" }`
struct InstrumentDecl {
  Name name;
  std::string number;
  bool has_date = false;
  int32_t date = 0;
  std::string issuer, title;
};

// `list difficult_communes "Xã đặc biệt khó khăn" of commune source "…" by
// qd_1 from 4/6/2021`: a named, dated list of units of a kind whose members
// the caller supplies (docs/time-and-hierarchy.md, "Membership lists").
// Several declarations of one name, each dated, are its versions.
struct ListDecl {
  Name name;
  std::string label;
  Name kind;
  std::string source;
  InForce in_force;
};

struct ParamDecl {
  Name name;
  std::vector<Name> kinds;
  std::vector<TypeRef> type;  // one element
  std::string label;
  std::string source;
  ExprId value = kNoExpr;
  std::vector<Exception> exceptions;
  InForce in_force;
};

struct CriterionDecl {
  Name name;
  std::vector<Name> kinds;
  std::string label;
  std::string source;
  ExprId body = kNoExpr;
  std::vector<Exception> exceptions;
  InForce in_force;
};

enum class Verdict : uint8_t { kEligible, kNotEligible, kUndetermined };

// One `expect` line of a test (docs/authoring.md, "Tests").
struct Expectation {
  enum class Kind : uint8_t {
    kVerdict,    // expect [not|undetermined] CRITERION [for "ID"]
    kSelects,    // expect AWARD selects "ID", …  (exactly these)
    kLeavesOut,  // expect AWARD leaves out "ID" [: REASON]
    kTarget,     // expect TARGET achieved | not achieved | undetermined
  };
  Kind kind = Kind::kVerdict;
  Verdict verdict = Verdict::kEligible;  // kVerdict and kTarget
  Name subject;                          // the criterion, award or target
  std::string unit_id;                   // `for "ID"`, `leaves out "ID"`
  Span unit_span;
  std::vector<std::string> ids;          // kSelects
  std::string reason;                    // kLeavesOut: outcome id, or empty
  Span span;                             // the whole line after `expect`
};

struct Given {
  Name kind;
  ExprId unit = kNoExpr;  // a kRecord
};

struct TestDecl {
  std::string title;
  Span span;
  int32_t year = 0;       // `in year 2024`: places recurring deadlines
  bool has_as_of = false;  // `as of 1/6/2024`: the day the rules are read as of
  int32_t as_of = 0;       // days since epoch
  std::vector<Given> givens;
  std::vector<Expectation> expectations;
};

// One unit kind's part of an award: who may receive it and how many.
struct AwardGroup {
  Name kind;
  ExprId condition = kNoExpr;    // `requires`: a condition over the unit
  bool has_cap = false;
  int64_t cap = 0;               // "at most 10"; no cap: all who qualify
  Span cap_span;
  bool has_ratio = false;        // "at most 40% where is_leader"
  Fixed ratio;
  ExprId ratio_condition = kNoExpr;
  Span ratio_span;
  bool has_rank = false;         // "rank by score": higher first
  Name rank_field;
};

// A dossier deadline: the unit's date field must fall before (or on) a day
// that recurs each year, or a fixed date.
struct Deadline {
  Name field;
  bool inclusive = false;  // "on or before"
  bool recurring = false;  // day/month, each year
  int32_t day = 0, month = 0;
  int32_t date = 0;        // fixed date (days since epoch)
  std::string label;
  Span span;
};

struct AwardDecl {
  Name name;
  std::string label;
  std::string authority;
  std::string source;
  enum class Period : uint8_t { kYearly, kMidTerm, kFinal } period = Period::kYearly;
  int32_t period_year = 0;  // for mid-term and final reviews
  std::vector<AwardGroup> groups;
  std::vector<Deadline> deadlines;
  std::vector<ExprId> dossier;  // each a condition, named by its field/criterion
};

// A target for a whole population: "at least 60 commune where …",
// "between 40% and 50% of commune where …", "no commune where …".
struct TargetDecl {
  Name name;
  std::string label;
  std::string source;
  enum class Form : uint8_t { kAtLeast, kAtMost, kBetween, kAll, kNone } form =
      Form::kAtLeast;
  bool share = false;     // the bound is a percent of the kind's units
  Fixed low, high;        // the bound(s); a count or a ratio
  Span bound_span;
  Name kind;
  ExprId where = kNoExpr; // which units count; none: every unit of the kind
};

// A report schedule (docs/awards.md, "Schedules"): the periods reported on
// and when each report is due, in days after (or before) the period's end.
struct SchedulePeriod {
  enum class Kind : uint8_t {
    kMonthly, kQuarterly, kSixMonths, kNineMonths, kYearly, kMidTerm, kFinal
  };
  Kind kind = Kind::kYearly;
  int32_t year = 0;         // the review year (midterm, final)
  int32_t offset_days = 0;  // due = last day of the period + offset_days
  Span span;
};

struct ScheduleDecl {
  Name name;
  std::string label;
  std::string source;
  std::vector<SchedulePeriod> periods;
};

struct PlanDecl {
  Name name;
  std::string title;
  std::string source;
  Name instrument;  // `source "…" by kh_192`: the plan's own instrument
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
  std::vector<AwardDecl> awards;
  std::vector<TargetDecl> targets;
  std::vector<ScheduleDecl> schedules;
  std::vector<InstrumentDecl> instruments;
  std::vector<ListDecl> lists;
};

}  // namespace thidua::internal::ast

#endif  // THIDUA_SRC_SYNTAX_AST_HPP_
