#include "check/hierarchy.hpp"

#include <algorithm>
#include <string>
#include <vector>

#include "absl/strings/str_join.h"

namespace thidua::internal {
namespace {

bool SameSpan(const Span& a, const Span& b) {
  return a.file == b.file && a.begin == b.begin && a.end == b.end;
}

void ResolveParents(Program& p, DiagnosticSink& sink) {
  for (const ast::UnitDecl& d : p.module.units) {
    if (d.parent.text.empty()) continue;
    int32_t kind = p.FindUnit(d.name.text);
    // A unit declared twice is reported already; only the first counts.
    if (kind < 0 || !SameSpan(p.units[kind].span, d.name.span)) continue;
    int32_t parent = p.FindUnit(d.parent.text);
    if (parent < 0) {
      std::vector<std::string> names;
      for (const UnitInfo& u : p.units) names.push_back(u.name);
      std::string best = ClosestName(d.parent.text, names);
      Hint hint{Msg::kHintDidYouMean, {best}};
      sink.Error(d.parent.span, Msg::kUnknownKind, {d.parent.text},
                 best.empty() ? nullptr : &hint);
      continue;
    }
    p.units[kind].parent = parent;
  }
  // A chain that comes back to its start is reported at each kind on it and
  // cut there, so that every walk up the chains below ends.
  for (size_t k = 0; k < p.units.size(); ++k) {
    std::vector<std::string> path{p.units[k].name};
    int32_t at = p.units[k].parent;
    for (size_t steps = 0; at >= 0 && steps <= p.units.size(); ++steps) {
      path.push_back(p.units[at].name);
      if (at == static_cast<int32_t>(k)) break;
      at = p.units[at].parent;
    }
    if (at != static_cast<int32_t>(k)) continue;
    const ast::UnitDecl* decl = nullptr;
    for (const ast::UnitDecl& d : p.module.units) {
      if (SameSpan(d.name.span, p.units[k].span)) decl = &d;
    }
    sink.Error(decl ? decl->parent.span : p.units[k].span, Msg::kKindCycle,
               {p.units[k].name, absl::StrJoin(path, " → ")});
  }
  for (size_t k = 0; k < p.units.size(); ++k) {
    int32_t at = p.units[k].parent;
    for (size_t steps = 0; at >= 0; ++steps, at = p.units[at].parent) {
      if (at == static_cast<int32_t>(k) || steps > p.units.size()) {
        p.units[k].parent = -1;
        break;
      }
    }
  }
}

void AddParentFields(Program& p, DiagnosticSink& sink) {
  for (UnitInfo& u : p.units) {
    if (u.parent < 0) continue;
    RecordInfo& r = p.records[u.record];
    int32_t declared = r.Find("parent");
    if (declared >= 0) {
      Hint hint{Msg::kHintRemoveParentField, {}};
      sink.Error(r.fields[declared].span, Msg::kParentFieldDeclared, {u.name}, &hint);
      u.parent_slot = declared;  // still the parent's id if it is text
      if (r.fields[declared].type.kind != Type::kText) u.parent = -1;
      continue;
    }
    FieldInfo f;
    f.name = "parent";
    f.label = "Đơn vị cấp trên";
    f.type = Type::Of(Type::kText);
    f.optional = true;
    f.span = u.span;
    u.parent_slot = static_cast<int32_t>(r.fields.size());
    r.fields.push_back(std::move(f));
  }
}

// For each kind and each kind above it, the list of units within.
void AddRollups(Program& p, DiagnosticSink& sink) {
  std::vector<int32_t> widths;
  for (const UnitInfo& u : p.units) {
    widths.push_back(static_cast<int32_t>(p.records[u.record].fields.size()));
  }
  for (size_t d = 0; d < p.units.size(); ++d) {
    for (int32_t k = p.units[d].parent; k >= 0; k = p.units[k].parent) {
      const UnitInfo& below = p.units[d];
      const UnitInfo& above = p.units[k];
      int32_t taken = p.records[above.record].Find(below.name);
      if (taken >= 0) {
        Hint hint{Msg::kHintRenameRollupField, {below.name, above.name}};
        sink.Error(p.records[above.record].fields[taken].span, Msg::kRollupNameTaken,
                   {below.name, above.name}, &hint);
        continue;
      }
      RollupInfo roll;
      roll.kind = k;
      roll.descendant = static_cast<int32_t>(d);
      roll.width = widths[d];
      RecordInfo element;
      element.name = above.name + "." + below.name;
      element.rollup_kind = static_cast<int32_t>(d);
      const RecordInfo& source = p.records[below.record];
      element.fields.assign(source.fields.begin(), source.fields.begin() + roll.width);
      for (size_t c = 0; c < p.criteria.size(); ++c) {
        const RuleInfo& crit = p.criteria[c];
        if (std::find(crit.kinds.begin(), crit.kinds.end(), static_cast<int32_t>(d)) ==
            crit.kinds.end()) {
          continue;
        }
        FieldInfo f;
        f.name = crit.name;
        f.label = crit.label;
        f.type = Type::Of(Type::kBool);
        f.optional = true;
        f.span = crit.span;
        element.fields.push_back(std::move(f));
        roll.criteria.push_back(static_cast<int32_t>(c));
      }
      roll.record = static_cast<int32_t>(p.records.size());
      p.records.push_back(std::move(element));
      FieldInfo list;
      list.name = below.name;
      list.label = below.label;
      list.type = Type::Of(Type::kList, roll.record);
      list.optional = true;
      list.rollup = true;
      list.span = below.span;
      RecordInfo& target = p.records[above.record];
      roll.slot = static_cast<int32_t>(target.fields.size());
      target.fields.push_back(std::move(list));
      p.rollups.push_back(std::move(roll));
    }
  }
}

}  // namespace

void DeclareHierarchy(Program* program, DiagnosticSink& sink) {
  ResolveParents(*program, sink);
  AddParentFields(*program, sink);
  AddRollups(*program, sink);
}

}  // namespace thidua::internal
