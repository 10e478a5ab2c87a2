// The `thidua` command for rule authors. Uses only the public API.
// Exit codes: 0 ok; 1 errors in the rules, rows in error, failed tests;
// 2 usage or I/O problems.
#include <cstdio>
#include <string_view>

#include "cli/args.hpp"

int main(int argc, char** argv) {
  using namespace thidua::cli;
  // `serve` takes options of its own (--rules, --port, --host).
  if (argc > 1 && std::string_view(argv[1]) == "serve") return RunServe(argc, argv);
  Args args;
  if (!ParseArgs(argc, argv, &args)) {
    // The error names the word at fault; the whole usage would bury it.
    std::fputs("Run 'thidua help' for the commands and their options.\n", stderr);
    return kExitUsage;
  }
  if (args.command == "check") return RunCheck(args);
  if (args.command == "eval") return RunEval(args);
  if (args.command == "explain") return RunExplain(args);
  if (args.command == "test") return RunTest(args);
  if (args.command == "fmt") return RunFormat(args);
  if (args.command == "select") return RunSelect(args);
  if (args.command == "report") return RunReport(args);
  if (args.command == "version") {
    std::printf("thidua %s\n", thidua::VersionString());
    return kExitOk;
  }
  if (args.command == "help") {
    PrintUsage(false);
    return kExitOk;
  }
  if (args.command.empty()) {
    PrintUsage(true);
    return kExitUsage;
  }
  std::fprintf(stderr, "thidua: unknown command '%s'%s\nRun 'thidua help' for the commands.\n",
               args.command.c_str(), SuggestionFor(args.command, kCommands).c_str());
  return kExitUsage;
}
