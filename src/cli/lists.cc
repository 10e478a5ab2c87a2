// --list NAME=FILE: the members of the rules' membership lists, read once
// for eval, explain, select and report (docs/time-and-hierarchy.md,
// "Membership lists").
#include <cstdio>

#include "cli/args.hpp"
#include "cli/table.hpp"

namespace thidua::cli {

std::shared_ptr<const Lists> LoadLists(const Args& args, std::shared_ptr<const RuleSet> rules,
                                       bool* ok, bool* bad_rows) {
  *ok = true;
  if (args.lists.empty()) return nullptr;
  auto lists = std::make_shared<Lists>(std::move(rules));
  DataOptions options;
  options.language = args.language;
  for (const std::string& given : args.lists) {
    size_t eq = given.find('=');
    std::string name = given.substr(0, eq), path = given.substr(eq + 1);
    absl::StatusOr<ListTable> table = lists->ReadFile(name, path, options);
    if (!table.ok()) {
      std::fprintf(stderr, "thidua: --list %s: %s\n", name.c_str(),
                   std::string(table.status().message()).c_str());
      *ok = false;
      return nullptr;
    }
    for (const RowError& e : table->errors) {
      std::fputs(RowErrorLine(path, e.row, e.column, e.message).c_str(), stderr);
      *bad_rows = true;
    }
  }
  return lists;
}

}  // namespace thidua::cli
