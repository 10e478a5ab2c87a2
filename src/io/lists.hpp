// Reading the members of a membership list from a list file (docs/data.md,
// "List files"): a header row naming the columns `id` and, for a list with
// several versions, `instrument`; then one member a row.
#ifndef THIDUA_SRC_IO_LISTS_HPP_
#define THIDUA_SRC_IO_LISTS_HPP_

#include <cstdint>
#include <string_view>
#include <vector>

#include "absl/status/statusor.h"
#include "check/program.hpp"
#include "eval/lists.hpp"
#include "io/read.hpp"

namespace thidua::internal {

struct ListReadResult {
  std::vector<RowError> errors;  // at most one per row; the row is skipped
  int64_t rows_read = 0;         // rows after the header, blank ones not counted
  int64_t members = 0;           // rows that gave a member
};

// Adds the members the file lists to `into` (sized to the program's lists)
// and marks list `list` given. InvalidArgument when the file is empty or its
// header has no `id` column, or names no instrument when one is needed.
absl::StatusOr<ListReadResult> ReadListMembers(const Program& program, int32_t list,
                                               std::string_view text,
                                               const ReadOptions& options,
                                               ListMembers* into);

}  // namespace thidua::internal

#endif  // THIDUA_SRC_IO_LISTS_HPP_
