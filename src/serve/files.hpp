// Files of the workbench: every path a client names is relative to the
// rules root and must stay below it, after symbolic links are resolved.
#ifndef THIDUA_SRC_SERVE_FILES_HPP_
#define THIDUA_SRC_SERVE_FILES_HPP_

#include <string>
#include <string_view>
#include <vector>

#include "base/messages.hpp"

namespace thidua::serve {

// Sets *full to the file `relative` names under `root`. False, with *error
// saying why (a message of the catalogue, so a 400 can be in either
// language), for an empty or absolute path, a `..` or `.` part, a backslash
// or NUL, or a path that leaves the root through a link. With must_exist the
// file must be a regular file.
bool ResolvePath(const std::string& root, std::string_view relative, bool must_exist,
                 std::string* full, internal::Msg* error);

struct PlanFile {
  std::string path;                  // relative to the root, '/' separated
  std::vector<std::string> samples;  // data files beside it (.jsonl .json .csv)
};

// Every *.td file below the root (a few levels deep, links not followed),
// sorted by path.
std::vector<PlanFile> ListPlans(const std::string& root);

}  // namespace thidua::serve

#endif  // THIDUA_SRC_SERVE_FILES_HPP_
