// The data side of the commands that run rules on units (eval, explain,
// select, report): one way to read --units, name the criteria asked for,
// print the rows in error and choose the exit code, so that the commands
// cannot drift apart in what they tell a user about a bad data file.
#ifndef THIDUA_SRC_CLI_UNITS_INPUT_HPP_
#define THIDUA_SRC_CLI_UNITS_INPUT_HPP_

#include <memory>
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

// What a command runs on: the units of --units, and the day and membership
// lists (--as-of, --list NAME=FILE) they are evaluated with.
struct RunInput {
  UnitTable table;
  EvaluateOptions options;
  bool bad_list_rows = false;  // a --list file had a row in error (printed)
};

// Reads --units and prints its warnings, then the --list files and prints
// their rows in error, alike for every command. nullopt when a file cannot be
// read or names a list the rules do not declare (printed): the caller exits
// kExitUsage. The units file's rows in error are not printed (eval prints
// them after its output, select and report before).
std::optional<RunInput> ReadRunInput(const Args& args, std::shared_ptr<const RuleSet> rules);

// kExitFailed when a row of a --list file was in error, or (with `units`)
// a row of the units file, else kExitOk.
int ExitForRows(const RunInput& input, bool units = true);

// The criteria --criteria names, in its order, or every criterion when it
// names none. Prints the unknown name and returns false on a typo: the
// caller exits kExitUsage.
bool ChosenCriteria(const Args& args, const RuleSet& rules, std::vector<int>* out);

}  // namespace thidua::cli

#endif  // THIDUA_SRC_CLI_UNITS_INPUT_HPP_
