// thidua explain: why each verdict of one unit is what it is.
#include <cstdio>
#include <iostream>

#include "cli/args.hpp"
#include "cli/units_input.hpp"

namespace thidua::cli {

int RunExplain(const Args& args) {
  if (args.files.size() != 1 || args.units.empty() || args.id.empty()) {
    std::fprintf(stderr, "thidua: explain needs RULES, --units DATA and --id ID\n");
    return kExitUsage;
  }
  auto rules = LoadRules(args, args.files[0]);
  if (!rules) return kExitFailed;
  std::vector<int> chosen;
  if (!ChosenCriteria(args, *rules, &chosen)) return kExitUsage;
  std::optional<RunInput> input = ReadRunInput(args, rules);
  if (!input) return kExitUsage;
  const UnitTable* table = &input->table;
  const Unit* unit = nullptr;
  for (const Unit& u : table->units) {
    if (u.id() == args.id) unit = &u;
  }
  if (unit == nullptr) {
    std::fprintf(stderr, "thidua: no unit with id '%s' in %s\n", args.id.c_str(),
                 args.units.c_str());
    PrintRowErrors(args, *table);  // the unit may be a row in error
    return kExitFailed;
  }
  Evaluator evaluator(rules, input->options);
  const bool json = args.format == "json";
  std::string out = json ? "[" : "";
  bool first = true;
  for (int c : chosen) {
    if (evaluator.Evaluate(*unit, c) == Verdict::kNotApplicable) continue;
    Explanation e = evaluator.Explain(*unit, c, args.language);
    if (json) {
      out += (first ? "\n" : ",\n") + FormatExplanation(e, DiagnosticFormat::kJson);
      out.pop_back();  // the newline FormatExplanation ends with
    } else {
      out += FormatExplanation(e, DiagnosticFormat::kText) + "\n";
    }
    first = false;
  }
  if (json) {
    out += "\n]\n";
  } else {
    out = AsOfText(args, *rules) + "\n\n" + out;
  }
  std::cout << out;
  // One unit is explained: another unit's row in error does not fail it, a
  // list file's does (its members may decide this unit's verdicts).
  return ExitForRows(*input, /*units=*/false);
}

}  // namespace thidua::cli
