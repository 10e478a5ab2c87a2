#include "check/check.hpp"

#include <algorithm>
#include <optional>
#include <functional>
#include <limits>

#include <map>

#include "absl/container/flat_hash_map.h"
#include "absl/container/flat_hash_set.h"
#include "absl/strings/str_join.h"
#include "base/periods.hpp"
#include "syntax/literals.hpp"
#include "check/hierarchy.hpp"
#include "syntax/print.hpp"

namespace thidua::internal {
namespace {

using ast::Expr;
using ast::ExprId;
using ast::ExprKind;
using ast::Op;

constexpr std::string_view kBuiltinTypes[] = {
    "bool", "assessed", "int", "decimal", "money", "percent", "text", "date"};

class Checker {
 public:
  Checker(Program* program, DiagnosticSink& sink, int max_height)
      : p_(*program), m_(program->module), sink_(sink), max_height_(max_height) {
    p_.types.assign(m_.exprs.size(), Type{});
    p_.refs.assign(m_.exprs.size(), NameRef{});
  }

  void Run() {
    DeclareInstruments();
    DeclarePlan();
    DeclareEnums();
    DeclareUnits();
    DeclareRules();
    DeclareLists();
    DeclareHierarchy(&p_, sink_);  // adds fields: before any expression
    DeclareSchedules();
    for (size_t i = 0; i < p_.params.size(); ++i) CheckRule(false, i);
    for (size_t i = 0; i < p_.criteria.size(); ++i) CheckRule(true, i);
    CheckAwards();
    CheckTargets();
    CheckTests();  // they name awards and targets
    CheckCycles();
    WarnUnused();
  }

 private:
  // A place an expression is checked in: the unit kind (or none, for a
  // constant), the rule that owns it, and the quantifier variables in scope.
  struct Scope {
    int32_t kind = -1;
    int32_t owner = -1;  // node in the dependency graph
    std::vector<std::pair<std::string, Type>> vars;
  };

  const Expr& E(ExprId id) const { return m_.exprs[static_cast<size_t>(id)]; }
  std::string T(Type t) const { return TypeName(p_, t, sink_.language()); }
  Type Set(ExprId id, Type t) {
    p_.types[static_cast<size_t>(id)] = t;
    return t;
  }
  void DidYouMean(Span span, Msg msg, std::vector<std::string> args,
                  std::string_view name,
                  const std::vector<std::string>& candidates) {
    std::string best = ClosestName(name, candidates);
    if (best.empty()) {
      sink_.Error(span, msg, std::move(args));
    } else {
      Hint hint{Msg::kHintDidYouMean, {best}};
      sink_.Error(span, msg, std::move(args), &hint);
    }
  }
  std::string Word(const char* en, const char* vi) const {
    return sink_.language() == Language::kVietnamese ? vi : en;
  }

  // ------------------------------------------------------------ declarations

  void DeclarePlan() {
    for (size_t i = 0; i < m_.plans.size(); ++i) {
      const ast::PlanDecl& plan = m_.plans[i];
      if (i > 0) {
        sink_.Error(plan.name.span, Msg::kSecondPlan, {m_.plans[0].name.text});
        continue;
      }
      p_.plan_name = plan.name.text;
      p_.plan_title = plan.title;
      p_.plan_source = plan.source;
      p_.plan_instrument = ResolveInstrument(plan.instrument);
      if (plan.has_period) {
        if (plan.period_to < plan.period_from) {
          sink_.Error(plan.period_span, Msg::kEmptyPeriod);
        }
        p_.has_period = true;
        p_.period_from = plan.period_from;
        p_.period_to = plan.period_to;
      }
    }
  }

  void DeclareEnums() {
    for (const ast::EnumDecl& d : m_.enums) {
      if (!ClaimType(d.name)) continue;
      EnumInfo info;
      info.name = d.name.text;
      info.label = d.label;
      info.ordered = d.ordered;
      info.span = d.name.span;
      for (const ast::EnumMember& m : d.members) {
        if (info.Find(m.name.text) >= 0) {
          sink_.Error(m.name.span, Msg::kDuplicate,
                      {Word("enum value", "giá trị"), m.name.text});
          continue;
        }
        info.members.push_back(m.name.text);
        info.member_labels.push_back(m.label.empty() ? m.name.text : m.label);
        members_[m.name.text].push_back(static_cast<int32_t>(p_.enums.size()));
      }
      if (info.members.empty()) sink_.Error(d.name.span, Msg::kEmptyEnum, {info.name});
      enum_index_[info.name] = static_cast<int32_t>(p_.enums.size());
      p_.enums.push_back(std::move(info));
    }
  }

  bool ClaimType(const ast::Name& name) {
    for (std::string_view b : kBuiltinTypes) {
      if (b == name.text) {
        sink_.Error(name.span, Msg::kDuplicate, {Word("type", "kiểu"), name.text});
        return false;
      }
    }
    if (!type_names_.emplace(name.text, name.span).second) {
      sink_.Error(name.span, Msg::kDuplicate, {Word("type", "kiểu"), name.text});
      return false;
    }
    return true;
  }

  int32_t DeclareRecord(const std::string& name,
                        const std::vector<ast::FieldDecl>& fields,
                        bool with_id) {
    int32_t index = static_cast<int32_t>(p_.records.size());
    p_.records.push_back(RecordInfo{name, {}});
    std::vector<FieldInfo> out;
    if (with_id) {
      FieldInfo id;
      id.name = "id";
      id.label = "Mã";
      id.type = Type::Of(Type::kText);
      id.optional = true;
      out.push_back(id);
    }
    for (const ast::FieldDecl& f : fields) {
      bool duplicate = std::any_of(out.begin(), out.end(), [&](const FieldInfo& o) {
        return o.name == f.name.text;
      });
      if (duplicate) {
        sink_.Error(f.name.span, Msg::kDuplicate,
                    {Word("field", "trường"), f.name.text});
        continue;
      }
      FieldInfo info;
      info.name = f.name.text;
      info.label = f.label;
      info.optional = f.optional;
      info.span = f.name.span;
      const ast::TypeRef& t = f.type.front();
      info.assessed = t.kind == ast::TypeRef::kAssessed;
      info.type = ResolveType(t, name + "." + f.name.text);
      if (f.by != ast::FieldDecl::By::kNone) info.type = KeyedType(f, info.type);
      out.push_back(std::move(info));
    }
    p_.records[static_cast<size_t>(index)].fields = std::move(out);
    return index;
  }

  Type ResolveType(const ast::TypeRef& t, const std::string& record_name) {
    switch (t.kind) {
      case ast::TypeRef::kBool:
      case ast::TypeRef::kAssessed: return Type::Of(Type::kBool);
      case ast::TypeRef::kInt: return Type::Of(Type::kInt);
      case ast::TypeRef::kDecimal: return Type::Of(Type::kDecimal);
      case ast::TypeRef::kMoney: return Type::Of(Type::kMoney);
      case ast::TypeRef::kPercent: return Type::Of(Type::kPercent);
      case ast::TypeRef::kText: return Type::Of(Type::kText);
      case ast::TypeRef::kDate: return Type::Of(Type::kDate);
      case ast::TypeRef::kList:
        return Type::Of(Type::kList, DeclareRecord(record_name, t.record, false));
      case ast::TypeRef::kNamed: {
        auto it = enum_index_.find(t.name.text);
        if (it != enum_index_.end()) return Type::Of(Type::kEnum, it->second);
        std::vector<std::string> names(std::begin(kBuiltinTypes),
                                       std::end(kBuiltinTypes));
        for (const EnumInfo& e : p_.enums) names.push_back(e.name);
        std::string best = ClosestName(t.name.text, names);
        Hint hint = best.empty() ? Hint{Msg::kHintDeclareEnum, {t.name.text}}
                                 : Hint{Msg::kHintDidYouMean, {best}};
        sink_.Error(t.name.span, Msg::kUnknownType, {t.name.text}, &hint);
        return Type{};
      }
    }
    return Type{};
  }

  void DeclareUnits() {
    for (const ast::UnitDecl& d : m_.units) {
      if (!ClaimType(d.name)) continue;
      int32_t record = DeclareRecord(d.name.text, d.fields, true);
      unit_index_[d.name.text] = static_cast<int32_t>(p_.units.size());
      p_.units.push_back(UnitInfo{d.name.text, d.label, record, d.name.span});
    }
  }

  std::vector<int32_t> ResolveKinds(const std::vector<ast::Name>& names) {
    std::vector<int32_t> kinds;
    for (const ast::Name& n : names) {
      auto it = unit_index_.find(n.text);
      if (it == unit_index_.end()) {
        std::vector<std::string> candidates;
        for (const UnitInfo& u : p_.units) candidates.push_back(u.name);
        DidYouMean(n.span, Msg::kUnknownKind, {n.text}, n.text, candidates);
        continue;
      }
      if (std::find(kinds.begin(), kinds.end(), it->second) == kinds.end()) {
        kinds.push_back(it->second);
      }
    }
    return kinds;
  }

  bool ClaimValueName(const ast::Name& name) {
    if (!value_names_.emplace(name.text, name.span).second) {
      sink_.Error(name.span, Msg::kDuplicate,
                  {Word("name", "tên"), name.text});
      return false;
    }
    return true;
  }

  // ------------------------------------------------------------ time

  void DeclareInstruments() {
    for (const ast::InstrumentDecl& d : m_.instruments) {
      if (!instrument_index_.emplace(d.name.text, static_cast<int32_t>(p_.instruments.size()))
               .second) {
        sink_.Error(d.name.span, Msg::kDuplicate,
                    {Word("instrument", "văn bản"), d.name.text});
        continue;
      }
      p_.instruments.push_back(
          {d.name.text, d.number, d.issuer, d.title, d.has_date, d.date, d.name.span});
    }
  }

  int32_t ResolveInstrument(const ast::Name& name) {
    if (name.text.empty()) return -1;
    auto it = instrument_index_.find(name.text);
    if (it != instrument_index_.end()) return it->second;
    Hint hint{Msg::kHintDeclareInstrument, {name.text}};
    sink_.Error(name.span, Msg::kUnknownInstrument, {name.text}, &hint);
    return -1;
  }

  void SetInForce(const ast::InForce& f, RuleInfo* info) {
    info->instrument = ResolveInstrument(f.instrument);
    if (!f.dated) return;
    info->dated = true;
    info->from = f.from;
    info->has_until = f.has_until;
    info->until = f.has_until ? f.until : std::numeric_limits<int32_t>::max();
    if (f.has_until && f.until < f.from) {
      sink_.Error(f.span, Msg::kVersionEndsBeforeStart,
                  {info->name, FormatVietnameseDate(f.until), FormatVietnameseDate(f.from)});
    }
  }

  // A second declaration of a rule's name is a version of it when both are
  // dated; returns false when the name is new.
  bool AddVersion(const absl::flat_hash_map<std::string, int32_t>& index,
                  std::vector<RuleInfo>& rules, RuleInfo& info) {
    auto it = index.find(info.name);
    if (it == index.end()) return false;
    RuleInfo& first = rules[static_cast<size_t>(it->second)];
    if (!first.dated && !info.dated) {  // no dates at all: a plain mistake
      sink_.Error(info.span, Msg::kDuplicate, {Word("name", "tên"), info.name});
    } else if (!first.dated || !info.dated) {
      Hint hint{Msg::kHintDateVersions, {}};
      sink_.Error(info.dated ? first.span : info.span, Msg::kVersionNotDated, {info.name},
                  &hint);
    } else if (first.kinds != info.kinds || !(first.type == info.type)) {
      sink_.Error(info.span, Msg::kVersionsDisagree, {info.name});
    } else {
      first.versions.push_back(std::move(info));
    }
    return true;
  }

  static std::string Days(const RuleInfo& r) {
    return FormatVietnameseDate(r.from) + "–" +
           (r.has_until ? FormatVietnameseDate(r.until) : std::string());
  }

  // Versions of one rule may not be in force on the same day.
  void CheckOverlaps(const RuleInfo& rule) {
    std::vector<const RuleInfo*> sorted{&rule};
    for (const RuleInfo& v : rule.versions) sorted.push_back(&v);
    std::stable_sort(sorted.begin(), sorted.end(),
                     [](const RuleInfo* a, const RuleInfo* b) { return a->from < b->from; });
    for (size_t i = 1; i < sorted.size(); ++i) {
      const RuleInfo& a = *sorted[i - 1];
      const RuleInfo& b = *sorted[i];
      if (b.from > a.until) continue;
      const RuleInfo& later = a.span.begin > b.span.begin || a.span.file > b.span.file ? a : b;
      Hint hint{Msg::kHintSplitVersions, {FormatVietnameseDate(b.from - 1)}};
      sink_.Error(later.span, Msg::kVersionsOverlap,
                  {rule.name, Days(a), Days(b), FormatVietnameseDate(b.from)}, &hint);
    }
  }

  void DeclareRules() {
    for (const ast::ParamDecl& d : m_.params) {
      RuleInfo info;
      info.name = d.name.text;
      info.label = d.label;
      info.source = d.source;
      info.kinds = ResolveKinds(d.kinds);
      info.type = ResolveType(d.type.front(), "param." + d.name.text);
      info.value = d.value;
      for (const ast::Exception& e : d.exceptions) {
        info.exceptions.push_back({e.condition, e.value, e.span});
      }
      info.span = d.name.span;
      SetInForce(d.in_force, &info);
      if (AddVersion(param_index_, p_.params, info) || !ClaimValueName(d.name)) continue;
      param_index_[info.name] = static_cast<int32_t>(p_.params.size());
      p_.params.push_back(std::move(info));
    }
    for (const ast::CriterionDecl& d : m_.criteria) {
      RuleInfo info;
      info.name = d.name.text;
      info.label = d.label.empty() ? d.name.text : d.label;
      info.source = d.source;
      info.kinds = ResolveKinds(d.kinds);
      info.type = Type::Of(Type::kBool);
      info.value = d.body;
      for (const ast::Exception& e : d.exceptions) {
        info.exceptions.push_back({e.condition, e.value, e.span});
      }
      info.span = d.name.span;
      SetInForce(d.in_force, &info);
      if (AddVersion(criterion_index_, p_.criteria, info) || !ClaimValueName(d.name)) continue;
      criterion_index_[info.name] = static_cast<int32_t>(p_.criteria.size());
      p_.criteria.push_back(std::move(info));
    }
    for (const RuleInfo& r : p_.params) CheckOverlaps(r);
    for (const RuleInfo& r : p_.criteria) CheckOverlaps(r);
    deps_.assign(p_.params.size() + p_.criteria.size(), {});
    used_.assign(p_.params.size(), false);
  }

  // Lists are versioned as rules are; the members of a version are read by
  // the instrument that sets it, so with several versions each names one.
  void DeclareLists() {
    for (const ast::ListDecl& d : m_.lists) {
      RuleInfo info;
      info.name = d.name.text;
      info.label = d.label.empty() ? d.name.text : d.label;
      info.source = d.source;
      info.kinds = ResolveKinds({d.kind});
      info.type = Type::Of(Type::kText);
      info.span = d.name.span;
      SetInForce(d.in_force, &info);
      if (AddVersion(list_index_, p_.lists, info)) continue;
      list_index_[info.name] = static_cast<int32_t>(p_.lists.size());
      p_.lists.push_back(std::move(info));
    }
    for (const RuleInfo& list : p_.lists) {
      CheckOverlaps(list);
      if (list.version_count() < 2) continue;
      absl::flat_hash_set<int32_t> seen;
      for (int32_t v = 0; v < list.version_count(); ++v) {
        const RuleInfo& version = list.Version(v);
        if (version.instrument < 0) {
          Hint hint{Msg::kHintListInstrument, {}};
          sink_.Error(version.span, Msg::kListVersionNoInstrument, {list.name}, &hint);
        } else if (!seen.insert(version.instrument).second) {
          sink_.Error(version.span, Msg::kListInstrumentTwice,
                      {list.name, p_.instruments[version.instrument].name});
        }
      }
    }
  }

  // `x in LIST`: x is a unit's id (or parent, or any text naming a unit).
  Type CheckInList(ExprId id, Scope& scope) {
    const Expr& e = E(id);
    Type lt = Check(e.lhs, scope);
    auto it = list_index_.find(e.text);
    if (it == list_index_.end()) {
      std::vector<std::string> names;
      for (const RuleInfo& l : p_.lists) names.push_back(l.name);
      std::string best = ClosestName(e.text, names);
      Hint hint = best.empty() ? Hint{Msg::kHintDeclareList, {e.text}}
                               : Hint{Msg::kHintDidYouMean, {best}};
      sink_.Error(e.span, Msg::kUnknownList, {e.text}, &hint);
      return Type::Of(Type::kBool);
    }
    p_.refs[static_cast<size_t>(id)].index = it->second;
    if (!lt.is_error() && lt.kind != Type::kText) {
      Hint hint{Msg::kHintListId, {e.text}};
      sink_.Error(E(e.lhs).span, Msg::kListNeedsId, {e.text, T(lt)}, &hint);
    }
    return Type::Of(Type::kBool);
  }

  int32_t Node(bool criterion, size_t i) const {
    return static_cast<int32_t>(criterion ? p_.params.size() + i : i);
  }

  // ------------------------------------------------------------ rules

  void CheckRule(bool criterion, size_t i) {
    RuleInfo& rule = criterion ? p_.criteria[i] : p_.params[i];
    std::vector<int32_t> kinds = rule.kinds;
    if (kinds.empty()) kinds.push_back(-1);  // a constant
    if (criterion && rule.kinds.empty()) return;  // kinds already reported
    for (int32_t kind : kinds) {
      // Every version is checked in the same place: they share the name.
      for (int32_t v = 0; v < std::max(1, rule.version_count()); ++v) {
        const RuleInfo& version = rule.Version(v);
        Scope scope;
        scope.kind = kind;
        scope.owner = Node(criterion, i);
        Type want = rule.type;
        Expect(version.value, scope, want, rule.name);
        for (const ExceptionInfo& e : version.exceptions) {
          Type c = Check(e.condition, scope, Type::Of(Type::kBool));
          if (!c.is_error() && c.kind != Type::kBool) {
            sink_.Error(E(e.condition).span, Msg::kNotBool, {T(c)});
          }
          Expect(e.value, scope, want, rule.name);
        }
      }
    }
  }

  // Checks that `id` has a type assignable to `want`.
  void Expect(ExprId id, Scope& scope, Type want, const std::string& what) {
    Type got = Check(id, scope, want);
    if (got.is_error() || want.is_error() || Assignable(got, want)) return;
    if (want.kind == Type::kBool) {
      sink_.Error(E(id).span, Msg::kNotBool, {T(got)});
    } else if (want.kind == Type::kMoney && got.is_numeric()) {
      Hint hint{Msg::kHintMoneyUnit, {}};
      sink_.Error(E(id).span, Msg::kTypeMismatch, {T(want), T(got)}, &hint);
    } else {
      sink_.Error(E(id).span, Msg::kTypeMismatch, {T(want), T(got)});
    }
    (void)what;
  }

  // ------------------------------------------------------------ expressions

  Type Check(ExprId id, Scope& scope, Type hint = {}) {
    const Expr& e = E(id);
    switch (e.kind) {
      case ExprKind::kInt: return Set(id, Type::Of(Type::kInt));
      case ExprKind::kDecimal: return Set(id, Type::Of(Type::kDecimal));
      case ExprKind::kPercent: return Set(id, Type::Of(Type::kPercent));
      case ExprKind::kMoney: return Set(id, Type::Of(Type::kMoney));
      case ExprKind::kDate: return Set(id, Type::Of(Type::kDate));
      case ExprKind::kBool: return Set(id, Type::Of(Type::kBool));
      case ExprKind::kText: return Set(id, Type::Of(Type::kText));
      case ExprKind::kName: return Set(id, CheckBareName(id, scope, hint));
      case ExprKind::kIndex: return Set(id, CheckIndex(id, scope));
      case ExprKind::kOnTime: return Set(id, CheckOnTime(id, scope));
      case ExprKind::kMember: return Set(id, CheckMember(id, scope));
      case ExprKind::kUnary: return Set(id, CheckUnary(id, scope));
      case ExprKind::kBinary: return Set(id, CheckBinary(id, scope));
      case ExprKind::kIn: return Set(id, CheckIn(id, scope));
      case ExprKind::kInList: return Set(id, CheckInList(id, scope));
      case ExprKind::kIf: return Set(id, CheckIf(id, scope, hint));
      case ExprKind::kQuant: return Set(id, CheckQuant(id, scope));
      case ExprKind::kList:
      case ExprKind::kRecord:
        sink_.Error(e.span, Msg::kBadValue, {Word("a list", "một danh sách")});
        return Set(id, Type{});
    }
    return Type{};
  }

  // Whether the bare name `id` would only resolve as an enum member.
  bool IsMemberCandidate(ExprId id, const Scope& scope) const {
    const Expr& e = E(id);
    if (e.kind != ExprKind::kName) return false;
    for (const auto& v : scope.vars) if (v.first == e.text) return false;
    if (scope.kind >= 0) {
      const RecordInfo& r = p_.records[p_.units[scope.kind].record];
      if (r.Find(e.text) >= 0) return false;
    }
    return !param_index_.contains(e.text) && !criterion_index_.contains(e.text) &&
           members_.contains(e.text);
  }

  Type CheckName(ExprId id, Scope& scope, Type hint) {
    const Expr& e = E(id);
    NameRef& ref = p_.refs[static_cast<size_t>(id)];
    for (auto it = scope.vars.rbegin(); it != scope.vars.rend(); ++it) {
      if (it->first == e.text) {
        ref = {NameRef::kVariable, static_cast<int32_t>(scope.vars.rend() - it - 1)};
        return it->second;
      }
    }
    if (scope.kind >= 0) {
      const RecordInfo& r = p_.records[p_.units[scope.kind].record];
      int32_t f = r.Find(e.text);
      if (f >= 0) {
        ref = {NameRef::kField, f};
        return r.fields[f].type;
      }
    }
    if (auto it = param_index_.find(e.text); it != param_index_.end()) {
      const RuleInfo& param = p_.params[it->second];
      used_[it->second] = true;
      ref = {NameRef::kParam, it->second};
      if (!param.kinds.empty() &&
          std::find(param.kinds.begin(), param.kinds.end(), scope.kind) ==
              param.kinds.end()) {
        sink_.Error(e.span, Msg::kParamWrongKind,
                    {e.text, scope.kind >= 0 ? p_.units[scope.kind].name : "-"});
        return Type{};
      }
      AddDep(scope, it->second);
      return param.type;
    }
    if (auto it = criterion_index_.find(e.text); it != criterion_index_.end()) {
      const RuleInfo& c = p_.criteria[it->second];
      ref = {NameRef::kCriterion, it->second};
      if (std::find(c.kinds.begin(), c.kinds.end(), scope.kind) == c.kinds.end()) {
        sink_.Error(e.span, Msg::kCriterionWrongKind,
                    {e.text, scope.kind >= 0 ? p_.units[scope.kind].name : "-"});
        return Type{};
      }
      AddDep(scope, static_cast<int32_t>(p_.params.size()) + it->second);
      return Type::Of(Type::kBool);
    }
    if (auto it = members_.find(e.text); it != members_.end()) {
      const std::vector<int32_t>& owners = it->second;
      int32_t owner = -1;
      if (hint.kind == Type::kEnum &&
          std::find(owners.begin(), owners.end(), hint.index) != owners.end()) {
        owner = hint.index;
      } else if (owners.size() == 1) {
        owner = owners[0];
      } else {
        std::vector<std::string> names;
        for (int32_t o : owners) names.push_back(p_.enums[o].name);
        sink_.Error(e.span, Msg::kAmbiguousMember,
                    {e.text, absl::StrJoin(names, ", ")});
        return Type{};
      }
      used_enums_.insert(owner);
      ref = {NameRef::kEnumMember, p_.enums[owner].Find(e.text), owner};
      return Type::Of(Type::kEnum, owner);
    }
    ReportUnknownName(id, scope, hint);
    return Type{};
  }

  void ReportUnknownName(ExprId id, const Scope& scope, Type hint) {
    const Expr& e = E(id);
    // An enum value that is not in the expected enum reads better as that.
    if (hint.kind == Type::kEnum) {
      const EnumInfo& en = p_.enums[hint.index];
      DidYouMean(e.span, Msg::kUnknownEnumMember, {e.text, en.name}, e.text,
                 en.members);
      return;
    }
    std::vector<std::string> candidates;
    for (const auto& v : scope.vars) candidates.push_back(v.first);
    if (scope.kind >= 0) {
      for (const FieldInfo& f : p_.records[p_.units[scope.kind].record].fields) {
        candidates.push_back(f.name);
      }
    }
    for (const RuleInfo& r : p_.params) candidates.push_back(r.name);
    for (const RuleInfo& r : p_.criteria) candidates.push_back(r.name);
    for (const auto& [m, owners] : members_) candidates.push_back(m);
    // A field of another kind: say so, it is the likely mistake.
    if (scope.kind >= 0) {
      for (const UnitInfo& u : p_.units) {
        if (p_.records[u.record].Find(e.text) >= 0) {
          DidYouMean(e.span, Msg::kUnknownField,
                     {p_.units[scope.kind].name, e.text}, e.text, candidates);
          return;
        }
      }
    } else {
      for (const UnitInfo& u : p_.units) {
        if (p_.records[u.record].Find(e.text) >= 0) {
          sink_.Error(e.span, Msg::kNotConstant,
                      {e.text, scope.owner >= 0 ? RuleAt(scope.owner).name : "?"});
          return;
        }
      }
    }
    DidYouMean(e.span, Msg::kUnknownName, {e.text}, e.text, candidates);
  }

  void AddDep(const Scope& scope, int32_t node) {
    if (scope.owner >= 0) deps_[static_cast<size_t>(scope.owner)].push_back(node);
  }

  Type CheckMember(ExprId id, Scope& scope) {
    const Expr& e = E(id);
    Type base = Check(e.lhs, scope);
    if (base.is_error()) return base;
    if (base.kind != Type::kRecord) {
      sink_.Error(E(e.lhs).span, Msg::kNotRecord, {T(base)});
      return Type{};
    }
    const RecordInfo& r = p_.records[base.index];
    int32_t f = r.Find(e.text);
    if (f < 0) {
      std::vector<std::string> names;
      for (const FieldInfo& fi : r.fields) names.push_back(fi.name);
      DidYouMean(e.span, Msg::kUnknownField, {r.name, e.text}, e.text, names);
      return Type{};
    }
    p_.refs[static_cast<size_t>(id)] = {NameRef::kField, f, base.index};
    return r.fields[f].type;
  }

  Type CheckUnary(ExprId id, Scope& scope) {
    const Expr& e = E(id);
    Type t = Check(e.lhs, scope, e.op == Op::kNot ? Type::Of(Type::kBool) : Type{});
    if (t.is_error()) return t;
    if (e.op == Op::kNot) {
      if (t.kind != Type::kBool) {
        sink_.Error(E(e.lhs).span, Msg::kNotBool, {T(t)});
        return Type{};
      }
      return t;
    }
    if (!t.is_numeric()) {
      sink_.Error(E(e.lhs).span, Msg::kNotNumeric, {"-", T(t)});
      return Type{};
    }
    return t;
  }

  Type CheckBinary(ExprId id, Scope& scope) {
    const Expr& e = E(id);
    if (e.op == Op::kAnd || e.op == Op::kOr) {
      for (ExprId side : {e.lhs, e.rhs}) {
        Type t = Check(side, scope, Type::Of(Type::kBool));
        if (!t.is_error() && t.kind != Type::kBool) {
          sink_.Error(E(side).span, Msg::kNotBool, {T(t)});
        }
      }
      return Type::Of(Type::kBool);
    }
    bool comparison = e.op >= Op::kEq && e.op <= Op::kGe;
    // Check the side that is not a bare enum value first, so its type can
    // tell which enum the other names.
    Type lt, rt;
    if (IsMemberCandidate(e.lhs, scope) && !IsMemberCandidate(e.rhs, scope)) {
      rt = Check(e.rhs, scope);
      lt = Check(e.lhs, scope, rt);
    } else {
      lt = Check(e.lhs, scope);
      rt = Check(e.rhs, scope, lt);
    }
    if (lt.is_error() || rt.is_error()) return comparison ? Type::Of(Type::kBool) : Type{};
    if (comparison) {
      switch (CanCompare(p_, e.op, lt, rt)) {
        case Comparable::kYes: break;
        case Comparable::kMoneyWithNumber: {
          Hint hint{Msg::kHintMoneyUnit, {}};
          ExprId plain = lt.kind == Type::kMoney ? e.rhs : e.lhs;
          sink_.Error(E(plain).span, Msg::kMoneyVsInt, {}, &hint);
          break;
        }
        case Comparable::kUnorderedEnum: {
          Hint hint{Msg::kHintOrderedEnum, {p_.enums[lt.index].name}};
          sink_.Error(e.span, Msg::kNotOrdered, {p_.enums[lt.index].name}, &hint);
          break;
        }
        case Comparable::kNo:
          sink_.Error(e.span, Msg::kBadOperands, {OpSpelling(e.op), T(lt), T(rt)});
          break;
      }
      return Type::Of(Type::kBool);
    }
    auto result = ArithmeticResult(e.op, lt, rt);
    if (!result) {
      sink_.Error(e.span, Msg::kBadOperands, {OpSpelling(e.op), T(lt), T(rt)});
      return Type{};
    }
    return *result;
  }

  Type CheckIn(ExprId id, Scope& scope) {
    const Expr& e = E(id);
    Type lt = Check(e.lhs, scope);
    for (ExprId item : e.items) {
      Type it = Check(item, scope, lt);
      if (lt.is_error() || it.is_error()) continue;
      if (CanCompare(p_, Op::kEq, lt, it) != Comparable::kYes) {
        if (lt.kind == Type::kMoney || it.kind == Type::kMoney) {
          Hint hint{Msg::kHintMoneyUnit, {}};
          sink_.Error(E(item).span, Msg::kSetElementType, {T(it), T(lt)}, &hint);
        } else {
          sink_.Error(E(item).span, Msg::kSetElementType, {T(it), T(lt)});
        }
      }
    }
    return Type::Of(Type::kBool);
  }

  Type CheckIf(ExprId id, Scope& scope, Type hint) {
    const Expr& e = E(id);
    Type c = Check(e.lhs, scope, Type::Of(Type::kBool));
    if (!c.is_error() && c.kind != Type::kBool) {
      sink_.Error(E(e.lhs).span, Msg::kNotBool, {T(c)});
    }
    Type a = Check(e.rhs, scope, hint);
    Type b = Check(e.third, scope, a.is_error() ? hint : a);
    if (a.is_error()) return b;
    if (b.is_error()) return a;
    if (Assignable(b, a)) return a;
    if (Assignable(a, b)) return b;
    sink_.Error(E(e.third).span, Msg::kTypeMismatch, {T(a), T(b)});
    return Type{};
  }

  Type CheckQuant(ExprId id, Scope& scope) {
    const Expr& e = E(id);
    Type list = Check(e.lhs, scope);
    Type element{};
    if (!list.is_error()) {
      if (list.kind != Type::kList) {
        sink_.Error(E(e.lhs).span, Msg::kNotList, {E(e.lhs).text, T(list)});
      } else {
        element = Type::Of(Type::kRecord, list.index);
      }
    }
    // The evaluator binds at most 64 quantifier variables at once
    // (Evaluator::kMaxVars); deeper nesting would write past them.
    if (scope.vars.size() >= 64) {
      sink_.Error(e.span, Msg::kTooDeep, {"64"});
      return Type{};
    }
    scope.vars.emplace_back(e.text, element);
    if (e.rhs != ast::kNoExpr) {
      Type w = Check(e.rhs, scope, Type::Of(Type::kBool));
      if (!w.is_error() && w.kind != Type::kBool) {
        sink_.Error(E(e.rhs).span, Msg::kNotBool, {T(w)});
      }
    }
    Type result = Type::Of(Type::kBool);
    if (e.quant == ast::Quant::kCount) result = Type::Of(Type::kInt);
    if (e.quant == ast::Quant::kShare) result = Type::Of(Type::kPercent);
    if (e.quant == ast::Quant::kSum) {
      if (e.third == ast::kNoExpr) {
        sink_.Error(e.span, Msg::kExpected, {"'of'"});
        result = Type{};
      } else {
        result = Check(e.third, scope);
        if (!result.is_error() && !result.is_numeric()) {
          sink_.Error(E(e.third).span, Msg::kNotNumeric, {"sum", T(result)});
          result = Type{};
        }
      }
    } else if (e.third != ast::kNoExpr) {
      sink_.Error(E(e.third).span, Msg::kUnexpected, {"'of'"});
    }
    scope.vars.pop_back();
    return result;
  }

  // ------------------------------------------------------------ tests

  void CheckTests() {
    for (const ast::TestDecl& d : m_.tests) {
      TestInfo info;
      info.title = d.title;
      info.span = d.span;
      info.year = d.year;
      info.has_as_of = d.has_as_of;
      info.as_of = d.as_of;
      for (const ast::Given& g : d.givens) {
        TestInfo::Given given;
        given.unit = g.unit;
        given.id = RecordId(g.unit);
        auto it = unit_index_.find(g.kind.text);
        if (it == unit_index_.end()) {
          std::vector<std::string> names;
          for (const UnitInfo& u : p_.units) names.push_back(u.name);
          DidYouMean(g.kind.span, Msg::kUnknownKind, {g.kind.text}, g.kind.text, names);
        } else {
          given.kind = it->second;
          CheckRecordValue(g.unit, p_.units[given.kind].record);
        }
        info.givens.push_back(std::move(given));
      }
      for (const ast::Expectation& x : d.expectations) {
        if (auto e = CheckExpectation(x, info)) info.expectations.push_back(std::move(*e));
      }
      p_.tests.push_back(std::move(info));
    }
  }

  // The `id` a test gives a unit, or "" when it gives none.
  std::string RecordId(ExprId id) const {
    for (const ast::RecordField& f : E(id).fields) {
      if (f.name.text == "id" && E(f.value).kind == ast::ExprKind::kText) {
        return E(f.value).text;
      }
    }
    return {};
  }

  // The given unit an expectation is about: the one named by `for "ID"`, or
  // the only one. -1 after reporting why not.
  int32_t ExpectedUnit(const ast::Expectation& x, const TestInfo& t) {
    if (x.unit_id.empty()) {
      if (t.givens.size() == 1) return 0;
      sink_.Error(x.span, Msg::kTestWhichUnit, {std::to_string(t.givens.size())});
      return -1;
    }
    for (size_t i = 0; i < t.givens.size(); ++i) {
      if (t.givens[i].id == x.unit_id) return static_cast<int32_t>(i);
    }
    sink_.Error(x.unit_span, Msg::kTestUnknownUnit, {x.unit_id});
    return -1;
  }

  std::optional<TestInfo::Expect> CheckExpectation(const ast::Expectation& x,
                                                   const TestInfo& t) {
    using Kind = ast::Expectation::Kind;
    TestInfo::Expect out;
    out.kind = x.kind;
    out.verdict = x.verdict;
    out.span = x.span;
    out.reason = x.reason;
    std::vector<std::string> names;
    switch (x.kind) {
      case Kind::kVerdict: {
        auto c = criterion_index_.find(x.subject.text);
        if (c == criterion_index_.end()) {
          for (const RuleInfo& r : p_.criteria) names.push_back(r.name);
          DidYouMean(x.subject.span, Msg::kUnknownCriterion, {x.subject.text},
                     x.subject.text, names);
          return std::nullopt;
        }
        out.index = c->second;
        out.unit = ExpectedUnit(x, t);
        if (out.unit < 0) return std::nullopt;
        const RuleInfo& rule = p_.criteria[out.index];
        int32_t kind = t.givens[out.unit].kind;
        if (kind >= 0 &&
            std::find(rule.kinds.begin(), rule.kinds.end(), kind) == rule.kinds.end()) {
          sink_.Error(x.subject.span, Msg::kCriterionWrongKind, {rule.name, p_.units[kind].name});
          return std::nullopt;
        }
        return out;
      }
      case Kind::kSelects:
      case Kind::kLeavesOut: {
        out.index = p_.FindAward(x.subject.text);
        if (out.index < 0) {
          for (const AwardInfo& a : p_.awards) names.push_back(a.name);
          DidYouMean(x.subject.span, Msg::kUnknownAward, {x.subject.text}, x.subject.text,
                     names);
          return std::nullopt;
        }
        if (x.kind == Kind::kLeavesOut) {
          out.unit = ExpectedUnit(x, t);
          if (out.unit < 0) return std::nullopt;
          return out;
        }
        for (const std::string& id : x.ids) {
          bool found = std::any_of(t.givens.begin(), t.givens.end(),
                                   [&](const TestInfo::Given& g) { return g.id == id; });
          if (!found) {
            sink_.Error(x.span, Msg::kTestUnknownUnit, {id});
            return std::nullopt;
          }
        }
        out.ids = x.ids;
        return out;
      }
      case Kind::kTarget: {
        for (size_t i = 0; i < p_.targets.size(); ++i) {
          if (p_.targets[i].name == x.subject.text) out.index = static_cast<int32_t>(i);
          names.push_back(p_.targets[i].name);
        }
        if (out.index < 0) {
          DidYouMean(x.subject.span, Msg::kUnknownTarget, {x.subject.text}, x.subject.text,
                     names);
          return std::nullopt;
        }
        return out;
      }
    }
    return std::nullopt;
  }

  void CheckRecordValue(ExprId id, int32_t record) {
    const Expr& e = E(id);
    const RecordInfo& r = p_.records[record];
    Set(id, Type::Of(Type::kRecord, record));
    std::vector<bool> given(r.fields.size(), false);
    for (const ast::RecordField& f : e.fields) {
      int32_t index = r.Find(f.name.text);
      if (index < 0) {
        std::vector<std::string> names;
        for (const FieldInfo& fi : r.fields) names.push_back(fi.name);
        DidYouMean(f.name.span, Msg::kUnknownField, {r.name, f.name.text},
                   f.name.text, names);
        continue;
      }
      if (given[index]) {
        sink_.Error(f.name.span, Msg::kDuplicate,
                    {Word("field", "trường"), f.name.text});
        continue;
      }
      given[index] = true;
      CheckValue(f.value, r.fields[index].type);
    }
    for (size_t i = 0; i < r.fields.size(); ++i) {
      if (!given[i] && !r.fields[i].optional) {
        Hint hint{Msg::kHintFieldOptional, {}};
        sink_.Error(e.span, Msg::kMissingField, {r.fields[i].name, r.name}, &hint);
      }
    }
  }

  void CheckValue(ExprId id, Type want) {
    const Expr& e = E(id);
    if (want.kind == Type::kByYear || want.kind == Type::kByPeriod) {
      CheckKeyedValue(id, want);
      return;
    }
    if (want.kind == Type::kList) {
      if (e.kind != ExprKind::kList) {
        sink_.Error(e.span, Msg::kTypeMismatch, {T(want), Describe(e)});
        return;
      }
      Set(id, want);
      for (ExprId item : e.items) {
        if (E(item).kind != ExprKind::kRecord) {
          sink_.Error(E(item).span, Msg::kTypeMismatch,
                      {T(Type::Of(Type::kRecord, want.index)), Describe(E(item))});
          continue;
        }
        CheckRecordValue(item, want.index);
      }
      return;
    }
    bool literal = e.kind <= ExprKind::kText || e.kind == ExprKind::kName ||
                   (e.kind == ExprKind::kUnary && e.op == Op::kNeg &&
                    E(e.lhs).kind <= ExprKind::kMoney);
    if (!literal) {
      sink_.Error(e.span, Msg::kBadValue, {Describe(e)});
      return;
    }
    Scope constant;
    Type got = e.kind == ExprKind::kName && want.kind != Type::kEnum
                   ? Type{}
                   : Check(id, constant, want);
    if (e.kind == ExprKind::kName && want.kind != Type::kEnum) {
      sink_.Error(e.span, Msg::kBadValue, {e.text});
      return;
    }
    if (got.is_error() || Assignable(got, want)) return;
    if (want.kind == Type::kMoney && got.is_numeric()) {
      Hint hint{Msg::kHintMoneyUnit, {}};
      sink_.Error(e.span, Msg::kTypeMismatch, {T(want), T(got)}, &hint);
      return;
    }
    sink_.Error(e.span, Msg::kTypeMismatch, {T(want), T(got)});
  }

  std::string Describe(const Expr& e) const {
    switch (e.kind) {
      case ExprKind::kList: return Word("a list", "một danh sách");
      case ExprKind::kRecord: return Word("a record", "một bản ghi");
      default: return Word("an expression", "một biểu thức");
    }
  }

  // ------------------------------------------------------------ awards

  int32_t KindOf(const ast::Name& n) {
    auto it = unit_index_.find(n.text);
    if (it != unit_index_.end()) return it->second;
    std::vector<std::string> names;
    for (const UnitInfo& u : p_.units) names.push_back(u.name);
    DidYouMean(n.span, Msg::kUnknownKind, {n.text}, n.text, names);
    return -1;
  }

  void ExpectCondition(ast::ExprId id, int32_t kind) {
    Scope scope;
    scope.kind = kind;
    Type t = Check(id, scope, Type::Of(Type::kBool));
    if (!t.is_error() && t.kind != Type::kBool) {
      sink_.Error(E(id).span, Msg::kNotBool, {T(t)});
    }
  }

  void CheckAwards() {
    for (const ast::AwardDecl& d : m_.awards) {
      if (p_.FindAward(d.name.text) >= 0) {
        sink_.Error(d.name.span, Msg::kDuplicate, {Word("award", "hình thức khen thưởng"), d.name.text});
        continue;
      }
      AwardInfo info{};
      info.name = d.name.text;
      info.label = d.label.empty() ? d.name.text : d.label;
      info.authority = d.authority;
      info.source = d.source;
      info.period = d.period;
      info.period_year = d.period_year;
      info.span = d.name.span;
      for (const ast::AwardGroup& g : d.groups) {
        AwardGroupInfo group;
        group.kind = KindOf(g.kind);
        if (group.kind < 0) continue;
        for (const AwardGroupInfo& other : info.groups) {
          if (other.kind == group.kind) {
            sink_.Error(g.kind.span, Msg::kDuplicate, {Word("unit kind", "loại đơn vị"), g.kind.text});
          }
        }
        group.condition = g.condition;
        ExpectCondition(g.condition, group.kind);
        group.has_cap = g.has_cap;
        group.cap = g.cap;
        if (g.has_cap && g.cap < 0) sink_.Error(g.cap_span, Msg::kBadNumber, {std::to_string(g.cap)});
        group.has_ratio = g.has_ratio;
        group.ratio = g.ratio;
        group.ratio_condition = g.ratio_condition;
        if (g.has_ratio) {
          if (g.ratio > Fixed::FromInt(1)) {
            sink_.Error(g.ratio_span, Msg::kBadPercent, {g.ratio.ToString()});
          }
          ExpectCondition(g.ratio_condition, group.kind);
        }
        if (g.has_rank) {
          const RecordInfo& r = p_.records[p_.units[group.kind].record];
          int32_t f = r.Find(g.rank_field.text);
          if (f < 0) {
            std::vector<std::string> names;
            for (const FieldInfo& fi : r.fields) names.push_back(fi.name);
            DidYouMean(g.rank_field.span, Msg::kUnknownField, {r.name, g.rank_field.text},
                       g.rank_field.text, names);
          } else if (!r.fields[f].type.is_numeric()) {
            sink_.Error(g.rank_field.span, Msg::kNotNumeric, {"rank by", T(r.fields[f].type)});
          } else {
            group.rank_field = f;
          }
        }
        info.groups.push_back(group);
      }
      for (const ast::Deadline& dl : d.deadlines) {
        for (const AwardGroupInfo& g : info.groups) {
          const RecordInfo& r = p_.records[p_.units[g.kind].record];
          int32_t f = r.Find(dl.field.text);
          if (f < 0) {
            sink_.Error(dl.field.span, Msg::kUnknownField, {r.name, dl.field.text});
          } else if (r.fields[f].type.kind != Type::kDate) {
            sink_.Error(dl.field.span, Msg::kTypeMismatch, {T(Type::Of(Type::kDate)), T(r.fields[f].type)});
          }
        }
        info.deadlines.push_back({dl.field.text, dl.inclusive, dl.recurring, dl.day, dl.month, dl.date, dl.label});
      }
      for (ast::ExprId item : d.dossier) {
        for (const AwardGroupInfo& g : info.groups) ExpectCondition(item, g.kind);
      }
      info.dossier = d.dossier;
      p_.awards.push_back(std::move(info));
    }
  }

  void CheckTargets() {
    for (const ast::TargetDecl& d : m_.targets) {
      // Built in one aggregate: member-wise assignment trips GCC 12's
      // -Wmaybe-uninitialized on std::string.
      TargetInfo info{d.name.text, d.label.empty() ? d.name.text : d.label,
                      d.source,    d.form,
                      d.share,     d.low,
                      d.high,      KindOf(d.kind),
                      d.where,     d.name.span};
      if (info.kind >= 0 && d.where != ast::kNoExpr) ExpectCondition(d.where, info.kind);
      if (d.share && (d.low > Fixed::FromInt(1) || d.high > Fixed::FromInt(1))) {
        sink_.Error(d.bound_span, Msg::kBadPercent, {d.low.ToString()});
      }
      if (!d.share && (d.form == ast::TargetDecl::Form::kAtLeast ||
                       d.form == ast::TargetDecl::Form::kAtMost) && !d.low.IsInteger()) {
        sink_.Error(d.bound_span, Msg::kBadNumber, {d.low.ToString()});
      }
      p_.targets.push_back(std::move(info));
    }
  }

  // ------------------------------------------------------------ by year, schedules

  // `T by year` and `date by period` (docs/language.md, "Values by year").
  Type KeyedType(const ast::FieldDecl& f, Type element) {
    if (element.is_error()) return element;
    const Span span = f.type.front().name.span;
    if (f.by == ast::FieldDecl::By::kPeriod) {
      if (element.kind != Type::kDate) {
        sink_.Error(span, Msg::kByPeriodNotDate, {T(element)});
        return Type{};
      }
      return Type::Of(Type::kByPeriod);
    }
    if (element.kind == Type::kList) {
      sink_.Error(span, Msg::kByYearElement, {T(element)});
      return Type{};
    }
    return Type::ByYear(element);
  }

  void DeclareSchedules() {
    for (const ast::ScheduleDecl& d : m_.schedules) {
      if (!ClaimValueName(d.name)) continue;
      ScheduleInfo info{};
      info.name = d.name.text;
      info.label = d.label.empty() ? d.name.text : d.label;
      info.source = d.source;
      info.span = d.name.span;
      for (const ast::SchedulePeriod& p : d.periods) {
        bool twice = std::any_of(info.lines.begin(), info.lines.end(),
                                 [&](const ScheduleInfo::Line& l) {
                                   return l.kind == p.kind && l.year == p.year;
                                 });
        if (twice) {
          sink_.Error(p.span, Msg::kDuplicate,
                      {Word("period", "kỳ báo cáo"), PeriodWord(p)});
          continue;
        }
        info.lines.push_back({p.kind, p.year, p.offset_days});
      }
      schedule_index_[info.name] = static_cast<int32_t>(p_.schedules.size());
      p_.schedules.push_back(std::move(info));
    }
  }

  static std::string PeriodWord(const ast::SchedulePeriod& p) {
    using K = ast::SchedulePeriod::Kind;
    switch (p.kind) {
      case K::kMonthly: return "monthly";
      case K::kQuarterly: return "quarterly";
      case K::kSixMonths: return "six_months";
      case K::kNineMonths: return "nine_months";
      case K::kYearly: return "yearly";
      case K::kMidTerm: return "midterm " + std::to_string(p.year);
      case K::kFinal: return "final " + std::to_string(p.year);
    }
    return "?";
  }

  // A name used on its own: a value by year or report dates need more.
  Type CheckBareName(ExprId id, Scope& scope, Type hint) {
    Type t = CheckName(id, scope, hint);
    const std::string& name = E(id).text;
    if (t.kind == Type::kByYear) {
      Hint h{Msg::kHintHistoryIndex, {name}};
      sink_.Error(E(id).span, Msg::kHistoryNeedsYear, {name}, &h);
      return Type{};
    }
    if (t.kind == Type::kByPeriod) {
      Hint h{Msg::kHintOnTime, {name}};
      sink_.Error(E(id).span, Msg::kReportDatesNeedSchedule, {name}, &h);
      return Type{};
    }
    return t;
  }

  // The keyed field of `field[…]` or `field on time …`, without the bare-name
  // error.
  Type CheckKeyedBase(ExprId base, Scope& scope) {
    if (E(base).kind == ExprKind::kName) return Set(base, CheckName(base, scope, {}));
    return Check(base, scope);
  }

  Type ExpectYear(ExprId year, Scope& scope) {
    Type y = Check(year, scope, Type::Of(Type::kInt));
    if (!y.is_error() && y.kind != Type::kInt) {
      sink_.Error(E(year).span, Msg::kTypeMismatch, {T(Type::Of(Type::kInt)), T(y)});
      return Type{};
    }
    return y;
  }

  Type CheckIndex(ExprId id, Scope& scope) {
    const Expr& e = E(id);
    Type base = CheckKeyedBase(e.lhs, scope);
    Type year = ExpectYear(e.rhs, scope);
    if (base.is_error()) return base;
    if (base.kind != Type::kByYear) {
      std::string what = PrintExpr(m_, e.lhs);
      if (base.kind == Type::kList || base.kind == Type::kRecord ||
          base.kind == Type::kByPeriod) {
        sink_.Error(E(e.lhs).span, Msg::kNotByYear, {what, T(base)});
      } else {
        Hint h{Msg::kHintDeclareByYear, {T(base)}};
        sink_.Error(E(e.lhs).span, Msg::kNotByYear, {what, T(base)}, &h);
      }
      return Type{};
    }
    (void)year;
    return base.Element();
  }

  Type CheckOnTime(ExprId id, Scope& scope) {
    const Expr& e = E(id);
    Type base = CheckKeyedBase(e.lhs, scope);
    ExpectYear(e.rhs, scope);
    auto it = schedule_index_.find(e.text);
    if (it == schedule_index_.end()) {
      std::vector<std::string> names;
      for (const ScheduleInfo& sc : p_.schedules) names.push_back(sc.name);
      DidYouMean(e.span, Msg::kUnknownSchedule, {e.text}, e.text, names);
    } else {
      p_.refs[static_cast<size_t>(id)] = {NameRef::kSchedule, it->second};
    }
    if (!base.is_error() && base.kind != Type::kByPeriod) {
      Hint h{Msg::kHintDeclareByPeriod, {}};
      sink_.Error(E(e.lhs).span, Msg::kNotReportDates,
                  {PrintExpr(m_, e.lhs), T(base)}, &h);
    }
    return Type::Of(Type::kBool);
  }

  // A test's value by year `{2020: 13, 2023: 15}` or report dates
  // `{"2024-Q1": 10/4/2024, 2024: 15/1/2025}`: a record literal whose keys
  // are years or periods.
  void CheckKeyedValue(ExprId id, Type want) {
    const Expr& e = E(id);
    if (e.kind != ExprKind::kRecord) {
      sink_.Error(e.span, Msg::kTypeMismatch, {T(want), Describe(e)});
      return;
    }
    Set(id, want);
    std::vector<int32_t> seen;
    Type element = want.kind == Type::kByYear ? want.Element() : Type::Of(Type::kDate);
    for (const ast::RecordField& f : e.fields) {
      std::optional<int32_t> key = want.kind == Type::kByYear
                                       ? ParseYearKey(f.name.text)
                                       : ParsePeriodKey(f.name.text);
      if (!key) {
        sink_.Error(f.name.span,
                    want.kind == Type::kByYear ? Msg::kBadYearKey : Msg::kBadPeriodKey,
                    {f.name.text});
      } else if (std::find(seen.begin(), seen.end(), *key) != seen.end()) {
        sink_.Error(f.name.span, Msg::kDuplicateKey, {f.name.text});
      } else {
        seen.push_back(*key);
      }
      CheckValue(f.value, element);
    }
  }

  // ------------------------------------------------------------ graph checks

  void CheckCycles() {
    // Iterative DFS with colours; report each cycle once, at its first rule.
    size_t n = deps_.size();
    std::vector<uint8_t> colour(n, 0);
    std::vector<int32_t> parent(n, -1);
    std::vector<int32_t> height(n, 0);
    bool too_tall = false;
    for (size_t start = 0; start < n; ++start) {
      if (colour[start] != 0) continue;
      std::vector<std::pair<int32_t, size_t>> stack{{static_cast<int32_t>(start), 0}};
      colour[start] = 1;
      while (!stack.empty()) {
        auto& [node, next] = stack.back();
        const auto& out = deps_[static_cast<size_t>(node)];
        if (next < out.size()) {
          int32_t to = out[next++];
          if (colour[to] == 0) {
            colour[to] = 1;
            parent[to] = node;
            stack.emplace_back(to, 0);
          } else if (colour[to] == 1) {
            ReportCycle(to, node, parent);
          }
        } else {
          // Finished: its height is one more than its tallest dependency.
          // A long chain would make the compiler recurse too deep.
          int32_t h = 1;
          for (int32_t to : out) {
            if (colour[to] == 2) h = std::max(h, height[to] + 1);
          }
          height[node] = h;
          if (h > max_height_ && !too_tall) {
            too_tall = true;
            sink_.Error(RuleAt(node).span, Msg::kChainTooLong,
                        {RuleAt(node).name, std::to_string(max_height_)});
          }
          colour[static_cast<size_t>(node)] = 2;
          stack.pop_back();
        }
      }
    }
  }

  const RuleInfo& RuleAt(int32_t node) const {
    size_t np = p_.params.size();
    return static_cast<size_t>(node) < np ? p_.params[node] : p_.criteria[node - np];
  }

  void ReportCycle(int32_t head, int32_t tail, const std::vector<int32_t>& parent) {
    std::vector<std::string> path{RuleAt(head).name};
    std::vector<std::string> middle;
    for (int32_t n = tail; n != head && n >= 0; n = parent[n]) {
      middle.push_back(RuleAt(n).name);
    }
    path.insert(path.end(), middle.rbegin(), middle.rend());
    path.push_back(RuleAt(head).name);
    sink_.Error(RuleAt(head).span, Msg::kCycle,
                {RuleAt(head).name, absl::StrJoin(path, " → ")});
  }

  void WarnUnused() {
    for (size_t i = 0; i < p_.params.size(); ++i) {
      if (!used_[i]) {
        sink_.Warning(p_.params[i].span, Msg::kUnused,
                      {Word("parameter", "tham số"), p_.params[i].name});
      }
    }
    for (size_t i = 0; i < p_.enums.size(); ++i) {
      bool used = used_enums_.contains(static_cast<int32_t>(i));
      for (const RecordInfo& r : p_.records) {
        for (const FieldInfo& f : r.fields) {
          used = used || (f.type.kind == Type::kEnum && f.type.index == static_cast<int32_t>(i));
          used = used || (f.type.kind == Type::kByYear &&
                          f.type.Element() == Type::Of(Type::kEnum, static_cast<int32_t>(i)));
        }
      }
      for (const RuleInfo& r : p_.params) {
        used = used || (r.type.kind == Type::kEnum && r.type.index == static_cast<int32_t>(i));
      }
      if (!used) {
        sink_.Warning(p_.enums[i].span, Msg::kUnused,
                      {Word("enum", "kiểu liệt kê"), p_.enums[i].name});
      }
    }
  }

  Program& p_;
  const ast::File& m_;
  DiagnosticSink& sink_;
  int max_height_;
  absl::flat_hash_map<std::string, Span> type_names_, value_names_;
  absl::flat_hash_map<std::string, int32_t> enum_index_, unit_index_,
      param_index_, criterion_index_, schedule_index_, instrument_index_, list_index_;
  std::map<std::string, std::vector<int32_t>> members_;  // ordered: stable hints
  absl::flat_hash_set<int32_t> used_enums_;
  std::vector<std::vector<int32_t>> deps_;
  std::vector<bool> used_;
};

}  // namespace

void CheckProgram(Program* program, DiagnosticSink& sink, int max_height) {
  Checker(program, sink, max_height).Run();
}

}  // namespace thidua::internal
