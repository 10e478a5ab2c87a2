#include "eval/hierarchy.hpp"

#include <algorithm>
#include <string_view>

#include "absl/container/flat_hash_map.h"

namespace thidua::internal {
namespace {

}  // namespace

// A parent holds its children's values without pointing into units that may
// be freed first.
Value CopyInto(const Value& v, UnitData* into) {
  if (v.tag == Value::kText) return into->StoreText(v.text());
  if (v.tag != Value::kList) return v;
  ListData& list = into->lists.emplace_back();
  list.record = v.list->record;
  list.width = v.list->width;
  list.cells.reserve(v.list->cells.size());
  for (const Value& cell : v.list->cells) list.cells.push_back(CopyInto(cell, into));
  return Value::List(&list);
}

namespace {

// A parent's handle on a unit within it. Units of one table share one owner
// (the table, through aliasing): there the handle owns nothing, for a table
// that held itself would never be freed; the table keeps the child alive.
template <typename Child, typename Parent>
std::shared_ptr<const UnitData> Within(const std::shared_ptr<Child>& child,
                                       const std::shared_ptr<Parent>& parent) {
  bool same_owner = !child.owner_before(parent) && !parent.owner_before(child);
  if (!same_owner) return child;
  return std::shared_ptr<const UnitData>(std::shared_ptr<const UnitData>(), child.get());
}

// Units by id, the first unit with an id winning; called as a FindUnitById.
// For populations made elsewhere than one read (the C API, test blocks): a
// read links through the ids its reader already mapped.
class IdIndex {
 public:
  explicit IdIndex(const std::vector<const UnitData*>& units) {
    for (size_t i = 0; i < units.size(); ++i) {
      if (!units[i]->id().empty()) ids_.emplace(units[i]->id(), i);  // first wins
    }
  }
  int64_t operator()(std::string_view id) const {
    auto it = ids_.find(id);
    return it == ids_.end() ? -1 : static_cast<int64_t>(it->second);
  }

 private:
  absl::flat_hash_map<std::string_view, size_t> ids_;
};

}  // namespace

bool HasHierarchy(const Program& program) {
  return std::any_of(program.units.begin(), program.units.end(),
                     [](const UnitInfo& u) { return u.parent >= 0; });
}

namespace {

template <typename Units>
Links ResolveLinksOf(const Program& p, const Units& units, FindUnitById find,
                     Language language) {
  Links links;
  const size_t n = units.size();
  std::vector<LinkProblem>& problems = links.problems;
  // Made at the first link: a population without links (no unit names a
  // parent) touches no memory a unit for it.
  std::vector<int64_t>& parent = links.parent;
  std::vector<bool>& bad = links.bad;
  bad.assign(n, false);
  for (size_t i = 0; i < n; ++i) {
    const UnitInfo& kind = p.units[units[i]->kind];
    if (kind.parent < 0 || kind.parent_slot < 0) continue;
    const Value& v = units[i]->slots[kind.parent_slot];
    if (v.tag != Value::kText || v.text().empty()) continue;  // a unit at the top
    const int64_t found = find(v.text());
    const auto at = static_cast<size_t>(found);
    if (found < 0) {
      problems.push_back({i, FormatMessage(language, Msg::kDataParentUnknown,
                                           {std::string(v.text())})});
    } else if (at == i) {
      problems.push_back({i, FormatMessage(language, Msg::kDataParentSelf)});
    } else if (units[at]->kind != kind.parent) {
      problems.push_back({i, FormatMessage(language, Msg::kDataParentWrongKind,
                                           {std::string(v.text()), p.units[units[at]->kind].name,
                                            kind.name, p.units[kind.parent].name})});
    } else {
      if (parent.empty()) parent.assign(n, -1);
      parent[i] = found;
      continue;
    }
    bad[i] = true;
  }
  // (unit, unit within it) at any depth, sorted: the units within each in
  // data order. Only links take memory (a vector a unit took 24 B each).
  // Kinds nest without cycles (the checker cut them), so every walk up ends.
  std::vector<std::pair<size_t, size_t>>& within = links.within;
  for (size_t i = 0; i < n && !parent.empty(); ++i) {
    if (bad[i]) continue;
    for (int64_t a = parent[i]; a >= 0 && !bad[a]; a = parent[a]) {
      within.emplace_back(static_cast<size_t>(a), i);
    }
  }
  std::sort(within.begin(), within.end());
  return links;
}

template <typename Handle>
void FillRollupsOf(const Program& p, const Links& links, const std::vector<Handle>& units,
                   size_t at, UnitData* u) {
  for (const RollupInfo& r : p.rollups) {
    if (r.kind != u->kind) continue;
    ListData& list = u->lists.emplace_back();
    list.record = r.record;
    // Cells for the fields only: the element's criteria have none, they
    // are evaluated through `units`, on the day of each evaluation
    // (Node::kChildRule).
    list.width = r.width;
    for (const auto& [unit, d] : links.WithinOf(at)) {
      if (units[d]->kind != r.descendant) continue;
      for (int32_t f = 0; f < r.width; ++f) {
        list.cells.push_back(CopyInto(units[d]->slots[f], u));
      }
      list.units.push_back(Within(units[d], units[at]));
    }
    u->slots[r.slot] = Value::List(&list);
  }
}

}  // namespace

std::span<const std::pair<size_t, size_t>> Links::WithinOf(size_t unit) const {
  auto first = std::lower_bound(within.begin(), within.end(), std::make_pair(unit, size_t{0}));
  auto last = first;
  while (last != within.end() && last->first == unit) ++last;
  return {first, last};
}

Links ResolveLinks(const Program& p, const std::vector<const UnitData*>& units,
                   Language language) {
  IdIndex ids(units);
  return ResolveLinksOf(p, units, ids, language);
}

void FillRollups(const Program& p, const Links& links,
                 const std::vector<std::shared_ptr<const UnitData>>& units, size_t at,
                 UnitData* u) {
  FillRollupsOf(p, links, units, at, u);
}

std::vector<LinkProblem> LinkUnits(const Program& p,
                                   const std::vector<std::shared_ptr<UnitData>>& units,
                                   Language language) {
  if (!HasHierarchy(p)) return {};
  std::vector<const UnitData*> view;
  for (const auto& u : units) view.push_back(u.get());
  IdIndex ids(view);
  return LinkUnits(p, units, ids, language);
}

std::vector<LinkProblem> LinkUnits(const Program& p,
                                   const std::vector<std::shared_ptr<UnitData>>& units,
                                   FindUnitById find, Language language) {
  if (!HasHierarchy(p)) return {};
  Links links = ResolveLinksOf(p, units, find, language);
  for (size_t i = 0; i < units.size(); ++i) {
    if (!links.bad[i]) FillRollupsOf(p, links, units, i, units[i].get());
  }
  return std::move(links.problems);
}

std::vector<int32_t> AncestorsOfKind(const Program& p, const std::vector<const UnitData*>& units,
                                     int32_t kind) {
  IdIndex ids(units);
  std::vector<int32_t> out(units.size(), -1);
  for (size_t i = 0; i < units.size(); ++i) {
    const UnitData* at = units[i];
    for (size_t steps = 0; steps <= p.units.size(); ++steps) {
      const UnitInfo& k = p.units[at->kind];
      if (k.parent_slot < 0) break;
      const Value& v = at->slots[k.parent_slot];
      if (v.tag != Value::kText) break;
      int64_t parent = ids(v.text());
      if (parent < 0 || units[parent]->kind != k.parent) break;
      at = units[parent];
      if (at->kind == kind) {
        out[i] = static_cast<int32_t>(parent);
        break;
      }
    }
  }
  return out;
}

}  // namespace thidua::internal
