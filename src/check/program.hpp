// The checked program: every name resolved, every expression typed. It is the
// input of the compiler and the description of the rules that the public API
// gives out (labels, citations). Immutable once the checker has built it.
#ifndef THIDUA_SRC_CHECK_PROGRAM_HPP_
#define THIDUA_SRC_CHECK_PROGRAM_HPP_

#include <memory>
#include <string>
#include <vector>

#include "base/source.hpp"
#include "check/types.hpp"
#include "syntax/ast.hpp"

namespace thidua::internal {

struct EnumInfo {
  std::string name;
  std::string label;
  bool ordered = false;
  std::vector<std::string> members;
  std::vector<std::string> member_labels;
  Span span;
  int32_t Find(std::string_view member) const {
    for (size_t i = 0; i < members.size(); ++i) {
      if (members[i] == member) return static_cast<int32_t>(i);
    }
    return -1;
  }
};

struct FieldInfo {
  std::string name;
  std::string label;
  Type type;
  bool optional = false;
  bool assessed = false;  // a person's yes/no judgement
  bool rollup = false;    // the units within this one: filled when a
                          // population is linked, never read from data
  Span span;
};

// The fields of a unit kind or of the elements of a list field.
struct RecordInfo {
  std::string name;  // "enterprise", "enterprise.ocop_products"
  std::vector<FieldInfo> fields;
  int32_t rollup_kind = -1;  // a roll-up's elements: units of this kind
  int32_t Find(std::string_view field) const {
    for (size_t i = 0; i < fields.size(); ++i) {
      if (fields[i].name == field) return static_cast<int32_t>(i);
    }
    return -1;
  }
};

struct UnitInfo {
  std::string name;
  std::string label;
  int32_t record = -1;  // field 0 is the implicit `id: text`
  Span span;
  int32_t parent = -1;       // `within KIND`: the kind of its parent
  int32_t parent_slot = -1;  // the implicit `parent: text` (the parent's id)
};

// The units of kind `descendant` within a unit of kind `kind` (at any depth),
// as a list field of `kind` (docs/time-and-hierarchy.md): each element is
// the descendant's fields, then one bool per criterion in `criteria`.
struct RollupInfo {
  int32_t kind = -1, descendant = -1;
  int32_t slot = -1;    // the list field in the record of `kind`
  int32_t record = -1;  // the elements' record
  int32_t width = 0;    // fields copied from the descendant's record: an element's cells
  // The descendant's criteria: the element record's fields after `width`,
  // with no cells (compiled to Node::kChildRule on the unit within).
  std::vector<int32_t> criteria;
};

struct ExceptionInfo {
  ast::ExprId condition = ast::kNoExpr;
  ast::ExprId value = ast::kNoExpr;
  Span span;
};

// A legal instrument (decision, plan, decree) that sets rules.
struct InstrumentInfo {
  std::string name, number, issuer, title;
  bool has_date = false;
  int32_t date = 0;  // days since epoch
  Span span;
};

// A param or a criterion: a named value with a base and exceptions.
struct RuleInfo {
  std::string name;
  std::string label;
  std::string source;
  std::vector<int32_t> kinds;  // unit kinds; empty for a constant param
  Type type;                   // bool for criteria
  ast::ExprId value = ast::kNoExpr;
  std::vector<ExceptionInfo> exceptions;
  Span span;
  // Effective dates (docs/time-and-hierarchy.md). An undated rule is in
  // force on every day. A dated one is in force from `from` to `until`
  // (inclusive), and `versions` holds the other declarations of its name,
  // each dated, none overlapping; its own fields are the first declared.
  int32_t instrument = -1;  // Program::instruments, or -1
  bool dated = false;
  int32_t from = 0, until = 0;
  bool has_until = false;
  std::vector<RuleInfo> versions;
  // Version v of the rule: 0 is this declaration, v > 0 versions[v - 1].
  const RuleInfo& Version(int32_t v) const { return v <= 0 ? *this : versions[v - 1]; }
  int32_t version_count() const { return dated ? 1 + static_cast<int32_t>(versions.size()) : 0; }
};

struct TestInfo {
  std::string title;
  int32_t year = 0;  // `in year N`; 0 when not given
  bool has_as_of = false;  // `as of DATE`; else the plan's default day
  int32_t as_of = 0;
  struct Given {
    int32_t kind = -1;
    ast::ExprId unit = ast::kNoExpr;  // a record literal
    std::string id;                   // its `id`, if given
  };
  std::vector<Given> givens;
  struct Expect {
    ast::Expectation::Kind kind = ast::Expectation::Kind::kVerdict;
    ast::Verdict verdict = ast::Verdict::kEligible;
    int32_t index = -1;  // the criterion, award or target
    int32_t unit = -1;   // in givens: the unit of a verdict or `leaves out`
    std::vector<std::string> ids;  // `selects`
    std::string reason;            // `leaves out … : reason`, or empty
    Span span;
  };
  std::vector<Expect> expectations;
  Span span;
};

struct AwardGroupInfo {
  int32_t kind = -1;
  ast::ExprId condition = ast::kNoExpr;
  bool has_cap = false;
  int64_t cap = 0;
  bool has_ratio = false;
  Fixed ratio;
  ast::ExprId ratio_condition = ast::kNoExpr;
  int32_t rank_field = -1;  // numeric field of the kind, higher ranks first
};

struct DeadlineInfo {
  std::string field;  // a date field of every kind of the award
  bool inclusive = false;
  bool recurring = false;
  int32_t day = 0, month = 0;  // recurring: each year
  int32_t date = 0;            // fixed
  std::string label;
};

struct AwardInfo {
  std::string name, label, authority, source;
  ast::AwardDecl::Period period = ast::AwardDecl::Period::kYearly;
  int32_t period_year = 0;
  std::vector<AwardGroupInfo> groups;
  std::vector<DeadlineInfo> deadlines;
  std::vector<ast::ExprId> dossier;
  Span span;
};

struct TargetInfo {
  std::string name, label, source;
  ast::TargetDecl::Form form = ast::TargetDecl::Form::kAtLeast;
  bool share = false;
  Fixed low, high;
  int32_t kind = -1;
  ast::ExprId where = ast::kNoExpr;
  Span span;
};

// A report schedule: each line a kind of period and when its report is due
// (days after the period's last day; negative: before it).
struct ScheduleInfo {
  std::string name, label, source;
  struct Line {
    ast::SchedulePeriod::Kind kind = ast::SchedulePeriod::Kind::kYearly;
    int32_t year = 0;  // midterm, final: the review year
    int32_t offset_days = 0;
  };
  std::vector<Line> lines;
  Span span;
};

// What a name in an expression refers to.
struct NameRef {
  enum Kind : uint8_t { kNone, kField, kVariable, kParam, kCriterion, kEnumMember,
                        kSchedule };
  Kind kind = kNone;
  int32_t index = -1;  // field (by name, per kind), param, criterion, member
  int32_t owner = -1;  // enum of a member
};

struct Program {
  std::shared_ptr<const SourceSet> sources;
  ast::File module;

  std::string plan_name, plan_title, plan_source;
  int32_t plan_instrument = -1;  // `source "…" by NAME` in the plan
  std::vector<InstrumentInfo> instruments;
  bool has_period = false;
  int32_t period_from = 0, period_to = 0;

  std::vector<EnumInfo> enums;
  std::vector<RecordInfo> records;
  std::vector<UnitInfo> units;
  std::vector<RuleInfo> params;
  std::vector<RuleInfo> criteria;
  std::vector<TestInfo> tests;
  std::vector<AwardInfo> awards;
  std::vector<TargetInfo> targets;
  std::vector<ScheduleInfo> schedules;
  std::vector<RollupInfo> rollups;
  // Membership lists (docs/time-and-hierarchy.md, "Membership lists"): each
  // a RuleInfo with no value, whose `kinds` holds the one kind of unit it
  // lists and whose versions say when each instrument's list is in force.
  std::vector<RuleInfo> lists;

  // Per expression id: its type and, for names, what they refer to.
  std::vector<Type> types;
  std::vector<NameRef> refs;

  int32_t FindUnit(std::string_view name) const;
  int32_t FindCriterion(std::string_view name) const;
  int32_t FindParam(std::string_view name) const;
  int32_t FindEnum(std::string_view name) const;
  int32_t FindAward(std::string_view name) const;
  int32_t FindList(std::string_view name) const;
};

}  // namespace thidua::internal

#endif  // THIDUA_SRC_CHECK_PROGRAM_HPP_
