#include "io/ids.hpp"

#include <algorithm>

namespace thidua::internal::io {

int64_t IdRegistry::Register(std::string_view id, int64_t row) {
  if (id.empty()) return 0;
  auto [it, inserted] = rows_.try_emplace(id, row);
  return inserted ? 0 : it->second;
}

int64_t IdRegistry::FindUnit(std::string_view id, const std::vector<int64_t>& unit_rows) const {
  auto it = rows_.find(id);
  if (it == rows_.end()) return -1;
  auto at = std::lower_bound(unit_rows.begin(), unit_rows.end(), it->second);
  return at != unit_rows.end() && *at == it->second ? at - unit_rows.begin() : -1;
}

}  // namespace thidua::internal::io
