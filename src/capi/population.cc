// Units made one at a time through the C API, linked as one population.
#include "capi/handles.hpp"
#include "eval/hierarchy.hpp"

namespace thidua::capi {

std::vector<thidua::Unit> LinkPopulation(const thidua::RuleSet& rules,
                                         std::vector<thidua::Unit> units) {
  if (!internal::HasHierarchy(rules.program())) return units;
  // A handle's unit is shared and immutable: the links go into copies.
  std::vector<std::shared_ptr<internal::UnitData>> copies;
  for (const thidua::Unit& u : units) {
    auto copy = std::make_shared<internal::UnitData>();
    copy->kind = u.data().kind;
    for (const internal::Value& v : u.data().slots) {
      copy->slots.push_back(internal::CopyInto(v, copy.get()));
    }
    copies.push_back(std::move(copy));
  }
  // A parent not among the units leaves a unit within nothing, as in a file.
  internal::LinkUnits(rules.program(), copies, Language::kEnglish);
  for (size_t i = 0; i < units.size(); ++i) units[i] = thidua::Unit(std::move(copies[i]));
  return units;
}

}  // namespace thidua::capi
