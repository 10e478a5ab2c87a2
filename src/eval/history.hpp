// Values by year and report dates by period, at run time.
//
// A field `T by year` or `date by period` holds a keyed list: a ListData
// with record -1 and width 2, each row (key, value), sorted by key, keys
// unique. The key is the year (2020) or the period code of
// base/periods.hpp (202401 for January 2024, 202440 for the year 2024).
// Stored as a list so that a unit needs no new kind of value.
#ifndef THIDUA_SRC_EVAL_HISTORY_HPP_
#define THIDUA_SRC_EVAL_HISTORY_HPP_

#include <cstdint>
#include <functional>
#include <vector>

#include "check/program.hpp"
#include "eval/value.hpp"

namespace thidua::internal {

inline constexpr int32_t kKeyedRecord = -1;

// Sorts the rows of a keyed list by key. Returns false (and leaves the
// order unspecified) when a key occurs twice; `duplicate` is then that key.
bool SortKeyed(ListData* data, int32_t* duplicate);

// The value for `key`, or null when it is absent.
const Value* FindKeyed(const ListData& data, int32_t key);

// `field[year]`: unknown when the year is absent, the history or the year
// unknown; an error when the year is not a whole number.
Value ValueAtYear(Value history, Value year);

// One period of a schedule in a year, as checked.
struct PeriodCheck {
  int32_t period = 0;  // period code
  int32_t due = 0;     // last day the report is on time (days since epoch)
  bool submitted = false;
  int32_t date = 0;    // when submitted
  bool on_time() const { return submitted && date <= due; }
};

// Every period of `schedule` that belongs to `year`, in calendar order of
// their due dates, checked against `dates`.
std::vector<PeriodCheck> CheckPeriods(const ScheduleInfo& schedule,
                                      const ListData& dates, int32_t year);

// `dates on time for schedule in year`: true when every period of that year
// has a report dated on or before its due day; false when one is missing or
// late; unknown when the dates or the year are unknown.
Value OnTime(const ScheduleInfo& schedule, Value dates, Value year);

// A test's literal `{2020: 13, 2023: 15}` (or `{"2024-Q1": 10/4/2024}`) for
// a field of `type` (kByYear or kByPeriod), stored in `unit`; `element`
// converts each value. The checker has already refused bad keys.
Value KeyedLiteral(const ast::Expr& record, Type type, UnitData& unit,
                   const std::function<Value(ast::ExprId, Type)>& element);

}  // namespace thidua::internal

#endif  // THIDUA_SRC_EVAL_HISTORY_HPP_
