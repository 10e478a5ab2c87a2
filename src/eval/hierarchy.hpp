// A population of units within units (docs/time-and-hierarchy.md): links
// each unit to its parent by id and fills every roll-up field — the list of
// the units of a kind within a unit, with their fields and the verdicts of
// their criteria — so that a parent's criteria read its children like any
// list. Runs once, when the population is read; the units are immutable
// afterwards. Nothing is evaluated here: a parent holds its children (their
// fields, and the units themselves), and their criteria are evaluated when
// the parent is, as of that evaluation's day.
#ifndef THIDUA_SRC_EVAL_HIERARCHY_HPP_
#define THIDUA_SRC_EVAL_HIERARCHY_HPP_

#include <cstdint>
#include <memory>
#include <span>
#include <string>
#include <string_view>
#include <vector>

#include "absl/functional/function_ref.h"
#include "base/messages.hpp"
#include "check/program.hpp"
#include "eval/value.hpp"

namespace thidua::internal {

// A unit whose parent cannot be linked: not in the population, of the
// wrong kind, or itself. The unit is left out of every roll-up (the caller
// reports it as a row in error); the units within it stay, with no parent.
struct LinkProblem {
  size_t unit = 0;  // index in the units given
  std::string message;
};

// A copy of `v` whose texts and lists live in `into`.
Value CopyInto(const Value& v, UnitData* into);

// Whether the rules declare any unit kind within another.
bool HasHierarchy(const Program& program);

// The unit of an id: its index in the units given, or -1 when no unit has
// it. Where units have duplicate ids, the first one's.
using FindUnitById = absl::FunctionRef<int64_t(std::string_view id)>;

// How the units of a population link: each unit's parent (an index in the
// units, or -1; empty when no unit names one), whether its parent cannot be
// linked (a LinkProblem), and the units within each unit.
struct Links {
  std::vector<LinkProblem> problems;
  std::vector<int64_t> parent;
  std::vector<bool> bad;
  // (unit, unit within it) at any depth, sorted: the units within each in
  // data order.
  std::vector<std::pair<size_t, size_t>> within;
  std::span<const std::pair<size_t, size_t>> WithinOf(size_t unit) const;
};

// How `units` would link, finding ids through a map of its own; changes
// nothing (capi::LinkPopulation compares it with the links units hold).
Links ResolveLinks(const Program& program, const std::vector<const UnitData*>& units,
                   Language language);

// Fills the roll-ups of `u`, the unit at `at` of a population linked as
// `links` (units[at] is its handle). Nothing for a kind without roll-ups; a
// unit within `u` that shares its owner is held without owning it.
void FillRollups(const Program& program, const Links& links,
                 const std::vector<std::shared_ptr<const UnitData>>& units, size_t at,
                 UnitData* u);

// Links `units` to their parents, finding ids through a map of its own:
// ResolveLinks, then FillRollups for each unit whose parent links (a unit
// of a kind without roll-ups is never written).
std::vector<LinkProblem> LinkUnits(const Program& program,
                                   const std::vector<std::shared_ptr<UnitData>>& units,
                                   Language language);

// The same, through a map that already exists: a reader has mapped every id
// of a file while reading it (io::IdRegistry), and a second map of the same
// ids costs a random access a unit into a table of tens of MB.
std::vector<LinkProblem> LinkUnits(const Program& program,
                                   const std::vector<std::shared_ptr<UnitData>>& units,
                                   FindUnitById find, Language language);

// The ancestor of kind `kind` of each unit (an index in `units`, or -1),
// found through the units' `parent` ids; for `thidua report --by KIND`.
std::vector<int32_t> AncestorsOfKind(const Program& program,
                                     const std::vector<const UnitData*>& units, int32_t kind);

}  // namespace thidua::internal

#endif  // THIDUA_SRC_EVAL_HIERARCHY_HPP_
