// Years and report periods as keys of values by year and of report dates
// (docs/data.md, "Values by year" and "Report dates"), and the calendar
// arithmetic of report schedules. Shared by the checker (test literals), the
// readers (data) and the evaluator (due dates).
#ifndef THIDUA_SRC_BASE_PERIODS_HPP_
#define THIDUA_SRC_BASE_PERIODS_HPP_

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

namespace thidua::internal {

// The years a value by year may be given for.
inline constexpr int32_t kMinYear = 1900;
inline constexpr int32_t kMaxYear = 9999;

// "2020" → 2020; anything else (not four digits, out of range) → nullopt.
std::optional<int32_t> ParseYearKey(std::string_view text);

// A report period, coded year * 100 + part:
//   part 1..12   a month           "2024-03"  (also "2024-3")
//   part 21..24  a quarter         "2024-Q1"  (q or Q)
//   part 31      the first 6 months "2024-H1"  ("6 tháng")
//   part 39      the first 9 months "2024-9M"  ("9 tháng")
//   part 40      the year          "2024"
//   part 51, 52  the mid-term and final review held in that year
//                                  "2023-midterm", "2025-final"
enum PeriodPart : int32_t {
  kPartQuarter = 20,
  kPartSixMonths = 31,
  kPartNineMonths = 39,
  kPartYear = 40,
  kPartMidTerm = 51,
  kPartFinal = 52,
};
std::optional<int32_t> ParsePeriodKey(std::string_view text);
std::string PeriodKeyText(int32_t period);

// The last day of a period (days since 1970-01-01): 29/2 in a leap year's
// February, 30/6 for the first six months, 31/12 for the year and reviews.
int32_t PeriodEnd(int32_t period);

// Days since 1970-01-01 of a calendar date (proleptic Gregorian).
int32_t DaysFromCivil(int32_t year, int32_t month, int32_t day);
// The inverse, for any day number: dates computed from data (a due day after
// the end of year 9999, a period in year 1011) still print, where
// Boost.Date_Time would throw outside 1400–9999.
struct CivilDate {
  int64_t year;
  int32_t month, day;
};
CivilDate CivilFromDays(int64_t days);
int32_t DaysInMonth(int32_t year, int32_t month);

}  // namespace thidua::internal

#endif  // THIDUA_SRC_BASE_PERIODS_HPP_
