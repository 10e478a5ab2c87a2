#include "base/periods.hpp"

namespace thidua::internal {
namespace {

bool AllDigits(std::string_view s) {
  if (s.empty()) return false;
  for (char c : s) {
    if (c < '0' || c > '9') return false;
  }
  return true;
}

int32_t Digits(std::string_view s) {
  int32_t v = 0;
  for (char c : s) v = v * 10 + (c - '0');
  return v;
}

bool Lower(std::string_view s, std::string_view word) {
  if (s.size() != word.size()) return false;
  for (size_t i = 0; i < s.size(); ++i) {
    char c = s[i];
    if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
    if (c != word[i]) return false;
  }
  return true;
}

}  // namespace

std::optional<int32_t> ParseYearKey(std::string_view text) {
  if (text.size() != 4 || !AllDigits(text)) return std::nullopt;
  int32_t year = Digits(text);
  if (year < kMinYear || year > kMaxYear) return std::nullopt;
  return year;
}

std::optional<int32_t> ParsePeriodKey(std::string_view text) {
  if (text.size() < 4) return std::nullopt;
  auto year = ParseYearKey(text.substr(0, 4));
  if (!year) return std::nullopt;
  if (text.size() == 4) return *year * 100 + kPartYear;
  if (text[4] != '-') return std::nullopt;
  std::string_view part = text.substr(5);
  int32_t code = 0;
  if (AllDigits(part) && part.size() <= 2) {
    int32_t month = Digits(part);
    if (month < 1 || month > 12) return std::nullopt;
    code = month;
  } else if (part.size() == 2 && (part[0] == 'Q' || part[0] == 'q') &&
             part[1] >= '1' && part[1] <= '4') {
    code = kPartQuarter + (part[1] - '0');
  } else if (Lower(part, "h1")) {
    code = kPartSixMonths;
  } else if (Lower(part, "9m")) {
    code = kPartNineMonths;
  } else if (Lower(part, "midterm")) {
    code = kPartMidTerm;
  } else if (Lower(part, "final")) {
    code = kPartFinal;
  } else {
    return std::nullopt;
  }
  return *year * 100 + code;
}

std::string PeriodKeyText(int32_t period) {
  int32_t year = period / 100, part = period % 100;
  std::string out = std::to_string(year);
  if (part >= 1 && part <= 12) {
    return out + (part < 10 ? "-0" : "-") + std::to_string(part);
  }
  if (part > kPartQuarter && part <= kPartQuarter + 4) {
    return out + "-Q" + std::to_string(part - kPartQuarter);
  }
  switch (part) {
    case kPartSixMonths: return out + "-H1";
    case kPartNineMonths: return out + "-9M";
    case kPartMidTerm: return out + "-midterm";
    case kPartFinal: return out + "-final";
    default: return out;
  }
}

int32_t DaysFromCivil(int32_t y, int32_t m, int32_t d) {
  // Howard Hinnant's days_from_civil.
  y -= m <= 2;
  const int32_t era = (y >= 0 ? y : y - 399) / 400;
  const int32_t yoe = y - era * 400;
  const int32_t doy = (153 * (m + (m > 2 ? -3 : 9)) + 2) / 5 + d - 1;
  const int32_t doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
  return era * 146097 + doe - 719468;
}

CivilDate CivilFromDays(int64_t days) {
  // Howard Hinnant's civil_from_days.
  const int64_t z = days + 719468;
  const int64_t era = (z >= 0 ? z : z - 146096) / 146097;
  const int64_t doe = z - era * 146097;
  const int64_t yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
  const int64_t doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
  const int64_t mp = (5 * doy + 2) / 153;
  const auto day = static_cast<int32_t>(doy - (153 * mp + 2) / 5 + 1);
  const auto month = static_cast<int32_t>(mp < 10 ? mp + 3 : mp - 9);
  return {yoe + era * 400 + (month <= 2), month, day};
}

int32_t DaysInMonth(int32_t year, int32_t month) {
  static constexpr int32_t kDays[] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
  bool leap = (year % 4 == 0 && year % 100 != 0) || year % 400 == 0;
  return month == 2 && leap ? 29 : kDays[month - 1];
}

int32_t PeriodEnd(int32_t period) {
  int32_t year = period / 100, part = period % 100;
  int32_t month = 12;
  if (part >= 1 && part <= 12) {
    month = part;
  } else if (part > kPartQuarter && part <= kPartQuarter + 4) {
    month = (part - kPartQuarter) * 3;
  } else if (part == kPartSixMonths) {
    month = 6;
  } else if (part == kPartNineMonths) {
    month = 9;
  }
  return DaysFromCivil(year, month, DaysInMonth(year, month));
}

}  // namespace thidua::internal
