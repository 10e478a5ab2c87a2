#include "cli/units_input.hpp"

#include <cstdio>
#include <string>

#include "cli/table.hpp"

namespace thidua::cli {

std::optional<UnitTable> ReadUnits(const Args& args, const RuleSet& rules) {
  DataOptions options;
  options.language = args.language;
  options.default_kind = args.kind;
  auto table = rules.ReadUnitsFile(args.units, options);
  if (!table.ok()) {
    std::fprintf(stderr, "thidua: %s\n", std::string(table.status().message()).c_str());
    return std::nullopt;
  }
  return std::move(*table);
}

void PrintDataWarnings(const UnitTable& table) {
  for (const std::string& w : table.warnings) std::fprintf(stderr, "thidua: %s\n", w.c_str());
}

void PrintRowErrors(const Args& args, const UnitTable& table) {
  for (const RowError& e : table.errors) {
    std::fputs(RowErrorLine(args.units, e.row, e.column, e.message).c_str(), stderr);
  }
}

int ExitForRows(const UnitTable& table) {
  return table.errors.empty() ? kExitOk : kExitFailed;
}

std::optional<RunInput> ReadRunInput(const Args& args, std::shared_ptr<const RuleSet> rules) {
  auto table = ReadUnits(args, *rules);
  if (!table) return std::nullopt;
  PrintDataWarnings(*table);
  RunInput input{std::move(*table), {}, false};
  input.options.as_of = args.as_of;
  bool lists_ok = true;
  input.options.lists = LoadLists(args, std::move(rules), &lists_ok, &input.bad_list_rows);
  if (!lists_ok) return std::nullopt;
  return input;
}

int ExitForRows(const RunInput& input, bool units) {
  if (input.bad_list_rows) return kExitFailed;
  return units ? ExitForRows(input.table) : kExitOk;
}

bool ChosenCriteria(const Args& args, const RuleSet& rules, std::vector<int>* out) {
  if (args.criteria.empty()) {
    for (int c = 0; c < rules.criterion_count(); ++c) out->push_back(c);
    return true;
  }
  for (const std::string& name : args.criteria) {
    int c = rules.FindCriterion(name);
    if (c < 0) {
      std::fprintf(stderr, "thidua: unknown criterion '%s'\n", name.c_str());
      return false;
    }
    out->push_back(c);
  }
  return true;
}

}  // namespace thidua::cli
