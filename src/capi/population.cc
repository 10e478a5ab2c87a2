// Units passed to one C API call, linked as one population — reusing every
// unit that linking would leave as it is.
#include <algorithm>

#include "capi/handles.hpp"
#include "eval/hierarchy.hpp"

namespace thidua::capi {
namespace {

using internal::Links;
using internal::UnitData;
using internal::Value;

// Whether the roll-ups `u` holds are the ones linking it to the units
// `within` it would make: the same units, the same objects, in the same
// order. Only LinkUnits puts units into a list, filling its cells from those
// units at the same time, so the same units mean the same cells.
bool RollupsMatch(const internal::Program& p, const UnitData& u,
                  std::span<const std::pair<size_t, size_t>> within,
                  const std::vector<thidua::Unit>& units) {
  for (const internal::RollupInfo& r : p.rollups) {
    if (r.kind != u.kind) continue;
    const Value& v = u.slots[r.slot];
    if (v.tag != Value::kList || v.list->record != r.record || v.list->width != r.width) {
      return false;
    }
    const auto& held = v.list->units;
    size_t k = 0;
    for (const auto& [unit, d] : within) {
      if (units[d].data().kind != r.descendant) continue;
      if (k >= held.size() || held[k].get() != &units[d].data()) return false;
      ++k;
    }
    if (k != held.size() || v.list->cells.size() != k * static_cast<size_t>(r.width)) {
      return false;
    }
  }
  return true;
}

}  // namespace

// Linking writes only into the roll-ups of a unit whose parent links (a
// unit of a kind with none is never changed): a unit is used as it is when
// its kind has no roll-up, or when it is already linked within these units
// — its roll-ups hold exactly the units linking would give it, and each of
// them is used as it is. Units of one table passed whole are all so; a
// subset of a table, tables mixed, or units made one by one link afresh
// only the units whose roll-ups change. The others are copied and linked
// as before (docs/c-api.md, "Populations").
std::vector<thidua::Unit> LinkPopulation(const thidua::RuleSet& rules,
                                         std::vector<thidua::Unit> units) {
  const internal::Program& p = rules.program();
  if (!internal::HasHierarchy(p)) return units;
  const size_t n = units.size();
  std::vector<const UnitData*> view(n);
  for (size_t i = 0; i < n; ++i) view[i] = &units[i].data();
  Links links = internal::ResolveLinks(p, view, Language::kEnglish);
  std::vector<bool> has_rollups(p.units.size(), false);
  for (const internal::RollupInfo& r : p.rollups) has_rollups[r.kind] = true;
  // as_is[i]: the unit, as it is, is what linking these units makes of it.
  std::vector<bool> own(n);  // its own roll-ups match, if it has any
  for (size_t i = 0; i < n; ++i) {
    own[i] = !has_rollups[view[i]->kind] ||
             (!links.bad[i] && RollupsMatch(p, *view[i], links.WithinOf(i), units));
  }
  // A unit within another is in its `within` with every unit within it, so
  // one pass over `within` checks the whole subtree.
  std::vector<bool> as_is(own);
  for (const auto& [unit, d] : links.within) as_is[unit] = as_is[unit] && own[d];
  if (std::all_of(as_is.begin(), as_is.end(), [](bool b) { return b; })) return units;
  // A handle's unit is shared and immutable: new links go into copies. A
  // copy holds the units within it that are used as they are through one
  // owner of them all, not an allocation per unit.
  auto given = std::make_shared<const std::vector<thidua::Unit>>(units);
  std::vector<std::shared_ptr<UnitData>> copies(n);
  std::vector<std::shared_ptr<const UnitData>> out(n);
  for (size_t i = 0; i < n; ++i) {
    if (as_is[i]) {
      out[i] = std::shared_ptr<const UnitData>(given, view[i]);
      continue;
    }
    auto copy = std::make_shared<UnitData>();
    copy->kind = view[i]->kind;
    for (const Value& v : view[i]->slots) copy->slots.push_back(internal::CopyInto(v, copy.get()));
    out[i] = copy;
    copies[i] = std::move(copy);
  }
  // A parent not among the units leaves a unit within nothing, as in a file;
  // such a unit keeps the roll-ups it had, copied (without their units).
  for (size_t i = 0; i < n; ++i) {
    if (copies[i] && !links.bad[i]) {
      internal::FillRollups(p, links, out, i, copies[i].get());
    }
  }
  for (size_t i = 0; i < n; ++i) {
    if (copies[i]) units[i] = thidua::Unit(std::move(out[i]));
  }
  return units;
}

}  // namespace thidua::capi
