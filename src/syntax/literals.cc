#include "syntax/literals.hpp"

#include <boost/date_time/gregorian/gregorian.hpp>
#include <charconv>
#include <cstdio>

#include "base/periods.hpp"

namespace thidua::internal {
namespace {

const boost::gregorian::date kEpoch(1970, 1, 1);

std::optional<int> ToInt(std::string_view s) {
  int v = 0;
  if (s.empty()) return std::nullopt;
  auto [p, ec] = std::from_chars(s.data(), s.data() + s.size(), v);
  if (ec != std::errc() || p != s.data() + s.size()) return std::nullopt;
  return v;
}

std::optional<int32_t> MakeDate(int y, int m, int d) {
  if (y < 1400 || y > 9999) return std::nullopt;
  try {
    boost::gregorian::date date(static_cast<unsigned short>(y),
                                static_cast<unsigned short>(m),
                                static_cast<unsigned short>(d));
    return static_cast<int32_t>((date - kEpoch).days());
  } catch (const std::exception&) {  // Boost reports a bad day/month this way
    return std::nullopt;
  }
}

}  // namespace

std::optional<int32_t> ParseDate(std::string_view text) {
  size_t a = text.find('/');
  if (a != std::string_view::npos) {
    size_t b = text.find('/', a + 1);
    if (b == std::string_view::npos) return std::nullopt;
    auto d = ToInt(text.substr(0, a));
    auto m = ToInt(text.substr(a + 1, b - a - 1));
    auto y = ToInt(text.substr(b + 1));
    if (!d || !m || !y || text.substr(b + 1).size() != 4) return std::nullopt;
    return MakeDate(*y, *m, *d);
  }
  if (text.size() == 10 && text[4] == '-' && text[7] == '-') {
    auto y = ToInt(text.substr(0, 4));
    auto m = ToInt(text.substr(5, 2));
    auto d = ToInt(text.substr(8, 2));
    if (!d || !m || !y) return std::nullopt;
    return MakeDate(*y, *m, *d);
  }
  return std::nullopt;
}

std::optional<int32_t> YearStart(int year) { return MakeDate(year, 1, 1); }
std::optional<int32_t> YearEnd(int year) { return MakeDate(year, 12, 31); }

std::string FormatIsoDate(int32_t days) {
  CivilDate d = CivilFromDays(days);
  char out[32];
  std::snprintf(out, sizeof out, "%04lld-%02d-%02d", static_cast<long long>(d.year), d.month,
                d.day);
  return out;
}

std::string FormatVietnameseDate(int32_t days) {
  CivilDate d = CivilFromDays(days);
  return std::to_string(d.day) + "/" + std::to_string(d.month) + "/" + std::to_string(d.year);
}

int64_t MoneyUnit(std::string_view word) {
  if (word == "đồng" || word == "đ") return 1;
  if (word == "nghìn" || word == "ngàn") return 1'000;
  if (word == "triệu") return 1'000'000;
  if (word == "tỷ" || word == "tỉ") return 1'000'000'000;
  return 0;
}

std::optional<Fixed> ParseMoney(std::string_view amount, int64_t multiplier) {
  auto number = Fixed::Parse(amount);
  if (!number) return std::nullopt;
  auto value = Fixed::Mul(*number, Fixed::FromInt(multiplier));
  if (!value || !value->IsInteger()) return std::nullopt;
  return value;
}

std::optional<Fixed> ParsePercent(std::string_view text) {
  if (text.empty() || text.back() != '%') return std::nullopt;
  text.remove_suffix(1);
  while (!text.empty() && text.back() == ' ') text.remove_suffix(1);
  auto number = Fixed::Parse(text);
  if (!number) return std::nullopt;
  return Fixed::Div(*number, Fixed::FromInt(100));
}

std::string FormatMoney(Fixed amount) {
  // Use the largest unit that keeps the figure short and exact.
  struct Unit { int64_t size; const char* word; };
  static constexpr Unit kUnits[] = {
      {1'000'000'000, "tỷ"}, {1'000'000, "triệu"}};
  Fixed::Raw raw = amount.raw();
  Fixed::Raw abs = raw < 0 ? -raw : raw;
  for (const Unit& u : kUnits) {
    Fixed::Raw unit = Fixed::Raw(u.size) * Fixed::kScale;
    // at least one unit, and at most three decimals in that unit
    if (abs >= unit && abs % (unit / 1000) == 0) {
      auto scaled = Fixed::Div(amount, Fixed::FromInt(u.size));
      if (scaled) return scaled->ToVietnamese() + " " + u.word;
    }
  }
  return amount.ToVietnamese() + " đồng";
}

std::string FormatPercent(Fixed ratio) {
  auto pct = Fixed::Mul(ratio, Fixed::FromInt(100));
  return (pct ? pct->ToVietnamese() : ratio.ToString()) + "%";
}

}  // namespace thidua::internal
