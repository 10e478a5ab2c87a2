// Exact fixed-point numbers shared by int, decimal, money and percent values.
//
// Why one representation: every numeric value the language knows is exact, and
// mixing them (money × percent, int / int → decimal) must never round through a
// binary float. A 128-bit integer scaled by 10^9 holds any amount of đồng a
// province will see (up to ~1.7 × 10^29) with nine exact fractional digits.
#ifndef THIDUA_SRC_BASE_FIXED_HPP_
#define THIDUA_SRC_BASE_FIXED_HPP_

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

namespace thidua::internal {

class Fixed {
 public:
  __extension__ typedef __int128 Raw;  // GCC/Clang; exact and fast
  static constexpr int kDigits = 9;
  static constexpr Raw kScale = 1'000'000'000;

  constexpr Fixed() = default;
  static constexpr Fixed FromRaw(Raw raw) { Fixed f; f.raw_ = raw; return f; }
  static constexpr Fixed FromInt(int64_t v) { return FromRaw(Raw(v) * kScale); }

  // Parses "123", "1_000", "1.5", "1,5" (decimal comma) exactly. Returns
  // nullopt on malformed text, more than kDigits fractional digits that are
  // not zero, or overflow.
  static std::optional<Fixed> Parse(std::string_view text);

  constexpr Raw raw() const { return raw_; }
  constexpr bool IsInteger() const { return raw_ % kScale == 0; }
  // The integer part when the value is a whole number within int64.
  std::optional<int64_t> ToInt64() const;

  // Arithmetic that reports overflow instead of wrapping. Division rounds
  // toward zero at the ninth fractional digit; division by zero fails.
  static std::optional<Fixed> Add(Fixed a, Fixed b);
  static std::optional<Fixed> Sub(Fixed a, Fixed b);
  static std::optional<Fixed> Mul(Fixed a, Fixed b);
  static std::optional<Fixed> Div(Fixed a, Fixed b);

  // "1.5", "300000000", "-0.25": no trailing zeros, no exponent.
  std::string ToString() const;
  // Groups thousands with '.', decimal comma, as Vietnamese text does:
  // "300.000.000", "1,5".
  std::string ToVietnamese() const;

  friend constexpr bool operator==(Fixed a, Fixed b) { return a.raw_ == b.raw_; }
  friend constexpr auto operator<=>(Fixed a, Fixed b) { return a.raw_ <=> b.raw_; }

 private:
  Raw raw_ = 0;
};

}  // namespace thidua::internal

#endif  // THIDUA_SRC_BASE_FIXED_HPP_
