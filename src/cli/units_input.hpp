// The data side of the commands that run rules on units (eval, explain,
// select, report): one way to read --units, name the criteria asked for,
// print the rows in error and choose the exit code, so that the commands
// cannot drift apart in what they tell a user about a bad data file.
#ifndef THIDUA_SRC_CLI_UNITS_INPUT_HPP_
#define THIDUA_SRC_CLI_UNITS_INPUT_HPP_

#include <optional>
#include <vector>

#include "cli/args.hpp"

namespace thidua::cli {

// The units of args.units (with --kind and --lang) as `rules` reads them.
// When the file cannot be read at all, prints why and returns nullopt: the
// caller exits kExitUsage. Rows in error are in the table, not printed.
std::optional<UnitTable> ReadUnits(const Args& args, const RuleSet& rules);

// "thidua: …" for each warning of the reading (an unknown column, text
// after the data), to stderr.
void PrintDataWarnings(const UnitTable& table);

// "units.jsonl:7: column: message" for each row in error, to stderr.
void PrintRowErrors(const Args& args, const UnitTable& table);

// kExitFailed when a row was in error, else kExitOk: a run that dropped a row
// must not look like a clean one to a script (rows read = units + rows in
// error).
int ExitForRows(const UnitTable& table);

// The criteria --criteria names, in its order, or every criterion when it
// names none. Prints the unknown name and returns false on a typo: the
// caller exits kExitUsage.
bool ChosenCriteria(const Args& args, const RuleSet& rules, std::vector<int>* out);

}  // namespace thidua::cli

#endif  // THIDUA_SRC_CLI_UNITS_INPUT_HPP_
