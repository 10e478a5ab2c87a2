// Evaluates a plan's rules on units read from a data file (CSV, JSON or JSON
// Lines) and prints one line per unit and criterion:
//     id <TAB> criterion <TAB> verdict
// skipping criteria that are not for the unit's kind.
// Usage: evaluate RULES.td UNITS.jsonl
#include <iostream>
#include <memory>
#include <string>
#include <vector>

#include "thidua/thidua.hpp"

int main(int argc, char** argv) {
  if (argc != 3) {
    std::cerr << "usage: " << argv[0] << " RULES.td UNITS.jsonl\n";
    return 2;
  }
  // 1. Compile. A non-OK status: the file cannot be read. Errors in the
  //    rules are diagnostics inside an OK result.
  thidua::CompileOptions options;
  options.language = thidua::Language::kVietnamese;
  auto compiled = thidua::CompileFile(argv[1], options);
  if (!compiled.ok()) {
    std::cerr << compiled.status() << "\n";
    return 2;
  }
  if (!compiled->ok()) {
    std::cerr << thidua::FormatDiagnostics(compiled->diagnostics,
                                           thidua::DiagnosticFormat::kText,
                                           options.language);
    return 1;
  }
  std::shared_ptr<const thidua::RuleSet> rules = compiled->rules;

  // 2. Read the units. A bad row is reported and the others still read.
  thidua::DataOptions data;
  data.language = options.language;
  auto table = rules->ReadUnitsFile(argv[2], data);
  if (!table.ok()) {
    std::cerr << table.status() << "\n";
    return 2;
  }
  for (const thidua::RowError& e : table->errors) {
    std::cerr << argv[2] << ":" << e.row << ": " << e.message << "\n";
  }

  // 3. Evaluate. An Evaluator is one thread's; the RuleSet is shared.
  thidua::Evaluator evaluator(rules);
  std::vector<thidua::DeclarationInfo> criteria = rules->criteria();
  std::vector<thidua::Verdict> verdicts;
  for (const thidua::Unit& unit : table->units) {
    evaluator.EvaluateAll(unit, &verdicts);
    for (size_t c = 0; c < criteria.size(); ++c) {
      if (verdicts[c] == thidua::Verdict::kNotApplicable) continue;
      std::cout << unit.id() << '\t' << criteria[c].name << '\t'
                << thidua::VerdictId(verdicts[c]) << '\n';
    }
  }
  return table->errors.empty() ? 0 : 1;
}
