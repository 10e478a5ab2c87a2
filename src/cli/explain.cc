// thidua explain: why each verdict of one unit is what it is.
#include <cstdio>
#include <iostream>

#include "cli/args.hpp"
#include "cli/table.hpp"

namespace thidua::cli {

int RunExplain(const Args& args) {
  if (args.files.size() != 1 || args.units.empty() || args.id.empty()) {
    std::fprintf(stderr, "thidua: explain needs RULES, --units DATA and --id ID\n");
    return kExitUsage;
  }
  auto rules = LoadRules(args, args.files[0]);
  if (!rules) return kExitFailed;
  DataOptions options;
  options.language = args.language;
  options.default_kind = args.kind;
  auto table = rules->ReadUnitsFile(args.units, options);
  if (!table.ok()) {
    std::fprintf(stderr, "thidua: %s\n", std::string(table.status().message()).c_str());
    return kExitUsage;
  }
  const Unit* unit = nullptr;
  for (const Unit& u : table->units) {
    if (u.id() == args.id) unit = &u;
  }
  if (unit == nullptr) {
    std::fprintf(stderr, "thidua: no unit with id '%s' in %s\n", args.id.c_str(),
                 args.units.c_str());
    for (const RowError& e : table->errors) {
      std::fputs(RowErrorLine(args.units, e.row, e.column, e.message).c_str(), stderr);
    }
    return kExitFailed;
  }
  std::vector<int> chosen;
  if (args.criteria.empty()) {
    for (int c = 0; c < rules->criterion_count(); ++c) chosen.push_back(c);
  } else {
    for (const std::string& name : args.criteria) {
      int c = rules->FindCriterion(name);
      if (c < 0) {
        std::fprintf(stderr, "thidua: unknown criterion '%s'\n", name.c_str());
        return kExitUsage;
      }
      chosen.push_back(c);
    }
  }
  EvaluateOptions eval_options;
  eval_options.as_of = args.as_of;
  Evaluator evaluator(rules, eval_options);
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
  return kExitOk;
}

}  // namespace thidua::cli
