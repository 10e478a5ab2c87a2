// Uses the installed C++ API: compile a rule file, evaluate one unit.
// Usage: consumer_cpp RULE_FILE
#include <iostream>

#include "thidua/thidua.hpp"

int main(int argc, char** argv) {
  if (argc < 2) return 2;
  absl::StatusOr<thidua::Compilation> c = thidua::CompileFile(argv[1]);
  if (!c.ok() || !c->ok()) return 1;
  std::shared_ptr<const thidua::RuleSet> rules = c->rules;
  auto unit = rules->UnitFromJson(
      R"({"kind": "enterprise", "id": "DN-01", "name": "Hạt điều", "region": "difficult",
          "contribution": "250 triệu", "supported_communes": 2})");
  if (!unit.ok()) return 1;
  thidua::Evaluator evaluator(rules);
  int index = rules->FindCriterion("đóng_góp_đủ");
  thidua::Verdict v = evaluator.Evaluate(*unit, index);
  std::cout << "c++: " << thidua::VersionString() << " " << thidua::VerdictId(v) << "\n";
  return v == thidua::Verdict::kEligible ? 0 : 1;
}
