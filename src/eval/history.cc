#include "eval/history.hpp"

#include <algorithm>

#include "base/periods.hpp"

namespace thidua::internal {
namespace {

int32_t KeyOf(const Value* row) {
  return static_cast<int32_t>(row[0].number().ToInt64().value_or(0));
}

// A year from a run-time value: nullopt for a non-integer.
std::optional<int32_t> YearOf(Value v) {
  Fixed n = v.number();
  if (!n.IsInteger()) return std::nullopt;
  auto y = n.ToInt64();
  if (!y || *y < kMinYear || *y > kMaxYear) return std::nullopt;
  return static_cast<int32_t>(*y);
}

}  // namespace

bool SortKeyed(ListData* data, int32_t* duplicate) {
  size_t n = data->size();
  std::vector<std::pair<int32_t, Value>> rows;
  rows.reserve(n);
  for (size_t i = 0; i < n; ++i) {
    const Value* row = data->element(i);
    rows.emplace_back(KeyOf(row), row[1]);
  }
  std::stable_sort(rows.begin(), rows.end(),
                   [](const auto& a, const auto& b) { return a.first < b.first; });
  for (size_t i = 0; i < n; ++i) {
    data->cells[2 * i] = Value::Number(Fixed::FromInt(rows[i].first));
    data->cells[2 * i + 1] = rows[i].second;
    if (i > 0 && rows[i].first == rows[i - 1].first) {
      *duplicate = rows[i].first;
      return false;
    }
  }
  return true;
}

const Value* FindKeyed(const ListData& data, int32_t key) {
  size_t lo = 0, hi = data.size();
  while (lo < hi) {
    size_t mid = (lo + hi) / 2;
    int32_t k = KeyOf(data.element(mid));
    if (k == key) return data.element(mid) + 1;
    if (k < key) {
      lo = mid + 1;
    } else {
      hi = mid;
    }
  }
  return nullptr;
}

Value ValueAtYear(Value history, Value year) {
  if (history.tag == Value::kError || year.tag == Value::kError) return Value::Error();
  if (history.tag != Value::kList || !year.known()) return Value::Unknown();
  auto y = YearOf(year);
  if (!y) return year.number().IsInteger() ? Value::Unknown() : Value::Error();
  const Value* v = FindKeyed(*history.list, *y);
  return v == nullptr ? Value::Unknown() : *v;
}

namespace {

// Calls f(period code, due day) for every period of `schedule` in `year`.
template <typename F>
void ForEachPeriod(const ScheduleInfo& schedule, int32_t year, F f) {
  using K = ast::SchedulePeriod::Kind;
  auto add = [&](int32_t part, int32_t offset) {
    int32_t period = year * 100 + part;
    f(period, PeriodEnd(period) + offset);
  };
  for (const ScheduleInfo::Line& line : schedule.lines) {
    switch (line.kind) {
      case K::kMonthly:
        for (int32_t m = 1; m <= 12; ++m) add(m, line.offset_days);
        break;
      case K::kQuarterly:
        for (int32_t q = 1; q <= 4; ++q) add(kPartQuarter + q, line.offset_days);
        break;
      case K::kSixMonths: add(kPartSixMonths, line.offset_days); break;
      case K::kNineMonths: add(kPartNineMonths, line.offset_days); break;
      case K::kYearly: add(kPartYear, line.offset_days); break;
      case K::kMidTerm:
        if (line.year == year) add(kPartMidTerm, line.offset_days);
        break;
      case K::kFinal:
        if (line.year == year) add(kPartFinal, line.offset_days);
        break;
    }
  }
}

PeriodCheck Checked(const ListData& dates, int32_t period, int32_t due) {
  PeriodCheck c;
  c.period = period;
  c.due = due;
  if (const Value* d = FindKeyed(dates, period); d != nullptr && d->tag == Value::kDate) {
    c.submitted = true;
    c.date = d->i;
  }
  return c;
}

}  // namespace

std::vector<PeriodCheck> CheckPeriods(const ScheduleInfo& schedule,
                                      const ListData& dates, int32_t year) {
  std::vector<PeriodCheck> out;
  ForEachPeriod(schedule, year, [&](int32_t period, int32_t due) {
    out.push_back(Checked(dates, period, due));
  });
  std::stable_sort(out.begin(), out.end(), [](const PeriodCheck& a, const PeriodCheck& b) {
    return a.due < b.due;
  });
  return out;
}

Value OnTime(const ScheduleInfo& schedule, Value dates, Value year) {
  if (dates.tag == Value::kError || year.tag == Value::kError) return Value::Error();
  if (dates.tag != Value::kList || !year.known()) return Value::Unknown();
  auto y = YearOf(year);
  if (!y) return Value::Error();
  bool all = true;  // no allocation: evaluation stays allocation-free
  ForEachPeriod(schedule, *y, [&](int32_t period, int32_t due) {
    all = all && Checked(*dates.list, period, due).on_time();
  });
  return Value::Bool(all);
}

Value KeyedLiteral(const ast::Expr& record, Type type, UnitData& unit,
                   const std::function<Value(ast::ExprId, Type)>& element) {
  const bool by_year = type.kind == Type::kByYear;
  if (!by_year && type.kind != Type::kByPeriod) return Value::Error();
  Type element_type = by_year ? type.Element() : Type::Of(Type::kDate);
  ListData& list = unit.lists.emplace_back();
  list.record = kKeyedRecord;
  list.width = 2;
  for (const ast::RecordField& f : record.fields) {
    auto key = by_year ? ParseYearKey(f.name.text) : ParsePeriodKey(f.name.text);
    if (!key) continue;
    list.cells.push_back(Value::Number(Fixed::FromInt(*key)));
    list.cells.push_back(element(f.value, element_type));
  }
  int32_t duplicate = 0;
  if (!SortKeyed(&list, &duplicate)) return Value::Error();
  return Value::List(&list);
}

}  // namespace thidua::internal
