// Command-line arguments of the `thidua` tool.
#ifndef THIDUA_SRC_CLI_ARGS_HPP_
#define THIDUA_SRC_CLI_ARGS_HPP_

#include <string>
#include <string_view>
#include <vector>

#include "thidua/thidua.hpp"

namespace thidua::cli {

constexpr int kExitOk = 0;
constexpr int kExitFailed = 1;  // rule errors, bad rows, failed tests
constexpr int kExitUsage = 2;

struct Args {
  std::string command;
  std::vector<std::string> files;
  std::string format = "text";  // text | json | csv
  Language language = Language::kEnglish;
  std::string rules_root;
  std::string units;            // data file
  std::string kind;             // default unit kind for the data
  std::string id;               // explain: which unit
  std::vector<std::string> criteria;  // restrict to these
  int threads = 1;
  std::string award;  // select: which award
  int year = 0;       // select: the year deadlines fall in
  Date as_of;         // eval, explain, select, report: the rules' day
  std::vector<std::string> lists;  // eval, explain, select, report: --list NAME=FILE
  std::string by;     // report: break targets down by the units of this kind
  bool write = false;  // fmt: rewrite files in place
  bool check = false;  // fmt: exit 1 when a file is not formatted
};

// The commands, for a suggestion after a typo.
inline const std::vector<std::string> kCommands = {
    "check", "eval", "explain", "test", "fmt", "select", "report", "serve", "version", "help"};

// " (did you mean 'X'?)" for the word of `known` closest to `word`, or "".
std::string SuggestionFor(std::string_view word, const std::vector<std::string>& known);

// Returns false (having printed why to stderr) on a usage error.
bool ParseArgs(int argc, char** argv, Args* args);
void PrintUsage(bool to_stderr);

// Compiles a rule file for the commands that run rules; prints diagnostics
// and returns null when it has errors.
std::shared_ptr<const RuleSet> LoadRules(const Args& args, const std::string& file);

// "as of 31/12/2025 (the end of the plan's period)": the day evaluation
// reads the rules as of, and where it came from.
std::string AsOfText(const Args& args, const RuleSet& rules);
// The same day for --format json: "2023-12-31", or null when there is none.
std::string AsOfJson(const Args& args, const RuleSet& rules);

// The membership lists of --list NAME=FILE, read against `rules` (null when
// none is given). Row errors are printed as FILE:ROW: … and set *bad_rows;
// a file that cannot be read or a list the rules do not declare is printed
// and gives *ok = false.
std::shared_ptr<const Lists> LoadLists(const Args& args, std::shared_ptr<const RuleSet> rules,
                                       bool* ok, bool* bad_rows);

int RunCheck(const Args& args);
int RunEval(const Args& args);
int RunExplain(const Args& args);
int RunTest(const Args& args);
int RunFormat(const Args& args);
int RunSelect(const Args& args);
int RunReport(const Args& args);
// thidua serve [--rules DIR] [--port N] [--host ADDRESS] (src/serve/).
int RunServe(int argc, char** argv);

}  // namespace thidua::cli

#endif  // THIDUA_SRC_CLI_ARGS_HPP_
