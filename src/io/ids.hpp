// The ids of one file read, mapped while it is read: a duplicate id is a row
// error, and the same map then links the units to their parents
// (eval/hierarchy.hpp), so that a read maps its ids once.
#ifndef THIDUA_SRC_IO_IDS_HPP_
#define THIDUA_SRC_IO_IDS_HPP_

#include <cstdint>
#include <functional>
#include <memory_resource>
#include <string_view>
#include <utility>
#include <vector>

#include "absl/container/flat_hash_map.h"
#include "eval/arena.hpp"

namespace thidua::internal::io {

// Tracks ids within one file: the row that first used each. Keeps views of
// the ids, not copies: an id registered must stay in place while the
// registry is used (a table's ids are texts in its arena, which frees
// nothing before the table goes, not even a unit dropped for a bad row).
// The table of a large file takes its memory from BlockSource (huge pages
// where the kernel allows them): each row probes it at random, and with 4 kB
// pages that is a TLB miss a row. Not movable: the table points at its
// block source.
class IdRegistry {
 public:
  IdRegistry() = default;
  IdRegistry(const IdRegistry&) = delete;
  IdRegistry& operator=(const IdRegistry&) = delete;

  // Returns the earlier row that used `id`, or 0 after registering it.
  int64_t Register(std::string_view id, int64_t row);
  // Room for `ids`, so that the table does not rehash as a file is read.
  void Reserve(size_t ids) { rows_.reserve(ids); }

  // The unit of `id` among the units read: `unit_rows` holds the row of each
  // unit, ascending (rows are read in order). The first row with an id is a
  // unit or a row in error; every later one is a duplicate, in error. So the
  // id is a unit's when its first row is, and -1 otherwise.
  int64_t FindUnit(std::string_view id, const std::vector<int64_t>& unit_rows) const;

 private:
  using Entry = std::pair<const std::string_view, int64_t>;
  BlockSource blocks_;  // first: the table is freed before it
  absl::flat_hash_map<std::string_view, int64_t, absl::Hash<std::string_view>,
                      std::equal_to<std::string_view>, std::pmr::polymorphic_allocator<Entry>>
      rows_{&blocks_};
};

}  // namespace thidua::internal::io

#endif  // THIDUA_SRC_IO_IDS_HPP_
