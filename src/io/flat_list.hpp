// A list cell of CSV read without a JSON document, when it is the plain
// case: an array of flat objects whose keys are the element's fields (ASCII,
// each once) and whose values are text without escapes, whole numbers of at
// most 18 digits, true/false or null, every one converting without a
// problem. Internal to src/io.
#ifndef THIDUA_SRC_IO_FLAT_LIST_HPP_
#define THIDUA_SRC_IO_FLAT_LIST_HPP_

#include <string_view>

#include "io/convert.hpp"

namespace thidua::internal::io {

// True when `text` was that plain case: *out is the list, added to `unit`,
// exactly as ParseJson and ConvertJsonValue would have made it. False
// otherwise, having added nothing to `unit` but perhaps some unused text:
// the caller then reads the cell the general way, which also words every
// problem.
bool ReadFlatList(const Context& ctx, const FieldInfo& field, std::string_view text,
                  UnitData& unit, Value* out);

}  // namespace thidua::internal::io

#endif  // THIDUA_SRC_IO_FLAT_LIST_HPP_
