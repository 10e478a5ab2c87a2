// Conversions from literal text to values, shared by the parser and the data
// readers so that "300 triệu" or "30/6/2022" mean the same everywhere.
#ifndef THIDUA_SRC_SYNTAX_LITERALS_HPP_
#define THIDUA_SRC_SYNTAX_LITERALS_HPP_

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

#include "base/fixed.hpp"

namespace thidua::internal {

// "30/6/2022" or "2022-06-30" → days since 1970-01-01; nullopt when the text
// is not one of those forms or not a real calendar date (31/2/2022).
std::optional<int32_t> ParseDate(std::string_view text);
// A year alone ("2025") as its first or last day.
std::optional<int32_t> YearStart(int year);
std::optional<int32_t> YearEnd(int year);

// Days since 1970-01-01 → "2022-06-30" / "30/6/2022".
std::string FormatIsoDate(int32_t days);
std::string FormatVietnameseDate(int32_t days);

// Multiplier of a money unit word ("triệu" → 1 000 000), or 0.
int64_t MoneyUnit(std::string_view word);

// "1,5" with unit "tỷ" → 1 500 000 000 đồng; nullopt when malformed or not
// a whole number of đồng.
std::optional<Fixed> ParseMoney(std::string_view amount, int64_t multiplier);

// "40%" or "12,5%" → 0.4 / 0.125.
std::optional<Fixed> ParsePercent(std::string_view text);

// Money as people write it: "300 triệu", "1,5 tỷ", "250.000.000 đồng".
std::string FormatMoney(Fixed amount);
std::string FormatPercent(Fixed ratio);

}  // namespace thidua::internal

#endif  // THIDUA_SRC_SYNTAX_LITERALS_HPP_
