// The members of a rule set's membership lists, as the caller supplies them
// (docs/time-and-hierarchy.md, "Membership lists"). The rules say which
// lists exist and when each version is in force; the members are an input,
// like units, so the compiled rules never read a file. Filled once by the
// reader (io/lists.hpp), then read-only: evaluators on many threads share it.
#ifndef THIDUA_SRC_EVAL_LISTS_HPP_
#define THIDUA_SRC_EVAL_LISTS_HPP_

#include <algorithm>
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace thidua::internal {

// One version's members: unit ids, sorted and unique, so that a look-up is
// a binary search that allocates nothing.
struct MemberSet {
  std::vector<std::string> ids;

  bool Contains(std::string_view id) const {
    auto it = std::lower_bound(ids.begin(), ids.end(), id,
                               [](const std::string& a, std::string_view b) { return a < b; });
    return it != ids.end() && *it == id;
  }
  void Seal() {
    std::sort(ids.begin(), ids.end());
    ids.erase(std::unique(ids.begin(), ids.end()), ids.end());
  }
};

struct ListMembers {
  // versions[list][v]: the members of RuleInfo::Version(v) of Program::lists[list].
  std::vector<std::vector<MemberSet>> versions;
  // given[list]: its members were read (a list never given is unknown to
  // the rules, not empty).
  std::vector<uint8_t> given;
};

}  // namespace thidua::internal

#endif  // THIDUA_SRC_EVAL_LISTS_HPP_
