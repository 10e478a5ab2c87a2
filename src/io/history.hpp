// Reading values by year (`T by year`) and report dates by period
// (`date by period`) from a CSV cell or a JSON value; see docs/data.md.
#ifndef THIDUA_SRC_IO_HISTORY_HPP_
#define THIDUA_SRC_IO_HISTORY_HPP_

#include "io/convert.hpp"

namespace thidua::internal::io {

// Whether the field holds values by year or report dates by period.
bool IsKeyed(const FieldInfo& field);

// "2020: 13; 2023: 15" (or the JSON object as text); empty gives unknown.
std::optional<Problem> ConvertKeyedCell(const Context& ctx, const FieldInfo& field,
                                        std::string_view text, const std::string& path,
                                        UnitData& unit, Value* out);

// {"2020": 13, "2023": 15}; a string is read as a cell; null gives unknown.
std::optional<Problem> ConvertKeyedJson(const Context& ctx, const FieldInfo& field,
                                        const json& value, const std::string& path,
                                        UnitData& unit, Value* out);

}  // namespace thidua::internal::io

#endif  // THIDUA_SRC_IO_HISTORY_HPP_
