#include "base/fixed.hpp"

#include <algorithm>

namespace thidua::internal {
namespace {

constexpr Fixed::Raw kMax = ~(Fixed::Raw(1) << 127);

bool MulOverflow(Fixed::Raw a, Fixed::Raw b, Fixed::Raw* out) {
  return __builtin_mul_overflow(a, b, out);
}

std::string RawDigits(Fixed::Raw v) {  // v >= 0
  if (v == 0) return "0";
  std::string s;
  while (v > 0) {
    s.push_back(static_cast<char>('0' + static_cast<int>(v % 10)));
    v /= 10;
  }
  std::reverse(s.begin(), s.end());
  return s;
}

}  // namespace

std::optional<Fixed> Fixed::Parse(std::string_view text) {
  bool negative = false;
  size_t i = 0;
  if (i < text.size() && (text[i] == '-' || text[i] == '+')) {
    negative = text[i] == '-';
    ++i;
  }
  Raw whole = 0;
  int digits = 0;
  for (; i < text.size(); ++i) {
    char c = text[i];
    if (c == '_') continue;
    if (c < '0' || c > '9') break;
    if (MulOverflow(whole, 10, &whole)) return std::nullopt;
    whole += c - '0';
    ++digits;
  }
  if (digits == 0) return std::nullopt;
  Raw frac = 0;
  int frac_digits = 0;
  if (i < text.size() && (text[i] == '.' || text[i] == ',')) {
    ++i;
    if (i >= text.size()) return std::nullopt;
    for (; i < text.size(); ++i) {
      char c = text[i];
      if (c == '_') continue;
      if (c < '0' || c > '9') return std::nullopt;
      if (frac_digits == kDigits) {
        if (c != '0') return std::nullopt;  // would lose precision
        continue;
      }
      frac = frac * 10 + (c - '0');
      ++frac_digits;
    }
  }
  if (i != text.size()) return std::nullopt;
  for (int d = frac_digits; d < kDigits; ++d) frac *= 10;
  Raw raw;
  if (MulOverflow(whole, kScale, &raw)) return std::nullopt;
  if (raw > kMax - frac) return std::nullopt;
  raw += frac;
  return FromRaw(negative ? -raw : raw);
}

std::optional<int64_t> Fixed::ToInt64() const {
  if (!IsInteger()) return std::nullopt;
  Raw v = raw_ / kScale;
  if (v > INT64_MAX || v < INT64_MIN) return std::nullopt;
  return static_cast<int64_t>(v);
}

std::optional<Fixed> Fixed::Add(Fixed a, Fixed b) {
  Raw r;
  if (__builtin_add_overflow(a.raw_, b.raw_, &r)) return std::nullopt;
  return FromRaw(r);
}

std::optional<Fixed> Fixed::Sub(Fixed a, Fixed b) {
  Raw r;
  if (__builtin_sub_overflow(a.raw_, b.raw_, &r)) return std::nullopt;
  return FromRaw(r);
}

std::optional<Fixed> Fixed::Mul(Fixed a, Fixed b) {
  // (a/S)·(b/S) = a·b/S². Split b into whole and fraction to keep a·b from
  // overflowing when the true result fits.
  Raw bw = b.raw_ / kScale, bf = b.raw_ % kScale;
  Raw hi, lo;
  if (MulOverflow(a.raw_, bw, &hi)) return std::nullopt;
  if (MulOverflow(a.raw_ / kScale, bf, &lo)) return std::nullopt;
  Raw rest = (a.raw_ % kScale) * bf / kScale;
  Raw r;
  if (__builtin_add_overflow(hi, lo, &r)) return std::nullopt;
  if (__builtin_add_overflow(r, rest, &r)) return std::nullopt;
  return FromRaw(r);
}

std::optional<Fixed> Fixed::Div(Fixed a, Fixed b) {
  if (b.raw_ == 0) return std::nullopt;
  // a·S / b, done as long division to avoid overflowing a·S.
  bool negative = (a.raw_ < 0) != (b.raw_ < 0);
  Raw x = a.raw_ < 0 ? -a.raw_ : a.raw_;
  Raw y = b.raw_ < 0 ? -b.raw_ : b.raw_;
  Raw q = x / y, rem = x % y;
  Raw r;
  if (MulOverflow(q, kScale, &r)) return std::nullopt;
  for (int d = 0; d < kDigits; ++d) {  // one decimal digit at a time
    rem *= 10;
    Raw digit = rem / y;
    rem %= y;
    Raw place = 1;
    for (int k = d + 1; k < kDigits; ++k) place *= 10;
    r += digit * place;
  }
  return FromRaw(negative ? -r : r);
}

std::string Fixed::ToString() const {
  Raw v = raw_ < 0 ? -raw_ : raw_;
  std::string s = raw_ < 0 ? "-" : "";
  s += RawDigits(v / kScale);
  Raw frac = v % kScale;
  if (frac != 0) {
    std::string f = RawDigits(frac);
    f.insert(0, kDigits - f.size(), '0');
    while (!f.empty() && f.back() == '0') f.pop_back();
    s += "." + f;
  }
  return s;
}

std::string Fixed::ToVietnamese() const {
  std::string plain = ToString();
  size_t dot = plain.find('.');
  std::string whole = plain.substr(0, dot);
  std::string frac = dot == std::string::npos ? "" : plain.substr(dot + 1);
  bool negative = !whole.empty() && whole[0] == '-';
  if (negative) whole.erase(0, 1);
  std::string grouped;
  for (size_t i = 0; i < whole.size(); ++i) {
    if (i > 0 && (whole.size() - i) % 3 == 0) grouped.push_back('.');
    grouped.push_back(whole[i]);
  }
  return (negative ? "-" : "") + grouped + (frac.empty() ? "" : "," + frac);
}

}  // namespace thidua::internal
