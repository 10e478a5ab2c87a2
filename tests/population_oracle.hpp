// How the C API linked the units of a call before it reused the units
// already linked (capi::LinkPopulation): every unit copied and the copies
// linked as one population. The oracle of tests/unit/hierarchy_test.cc and
// the former cost in benchmarks/bench_population.cc.
#ifndef THIDUA_TESTS_POPULATION_ORACLE_HPP_
#define THIDUA_TESTS_POPULATION_ORACLE_HPP_

#include <memory>
#include <vector>

#include "eval/hierarchy.hpp"
#include "thidua/thidua.hpp"

namespace thidua::testing {

inline std::vector<Unit> CopyAndLinkEvery(const RuleSet& rules, const std::vector<Unit>& units) {
  std::vector<std::shared_ptr<internal::UnitData>> fresh;
  fresh.reserve(units.size());
  for (const Unit& u : units) {
    auto& copy = fresh.emplace_back(std::make_shared<internal::UnitData>());
    copy->kind = u.data().kind;
    for (const auto& v : u.data().slots) copy->slots.push_back(internal::CopyInto(v, copy.get()));
  }
  internal::LinkUnits(rules.program(), fresh, Language::kEnglish);
  return std::vector<Unit>(fresh.begin(), fresh.end());
}

}  // namespace thidua::testing

#endif  // THIDUA_TESTS_POPULATION_ORACLE_HPP_
