// Converting cells of text and JSON values to the values of fields. The
// readers (csv.cc, json.cc) only find the values; every conversion is here,
// so that a CSV cell and a JSON string mean the same.
#include "io/convert.hpp"
#include "io/flat_list.hpp"
#include "io/history.hpp"

#include <unicode/unistr.h>

#include <algorithm>
#include <cmath>
#include <exception>
#include <string>
#include <utility>

#include "absl/strings/str_cat.h"
#include "absl/strings/str_join.h"
#include "base/diagnostics.hpp"
#include "base/fixed.hpp"
#include "base/utf8.hpp"
#include "check/types.hpp"
#include "io/read.hpp"
#include "syntax/literals.hpp"

namespace thidua::internal {
namespace io {


namespace {

constexpr size_t kShownCodePoints = 60;

bool IsDigit(char c) { return c >= '0' && c <= '9'; }

bool IsAscii(std::string_view text) {
  return std::all_of(text.begin(), text.end(), [](char c) {
    return static_cast<unsigned char>(c) < 0x80;
  });
}

// True when valid UTF-8 `text` is NFC for certain without asking ICU: every
// code point is below U+0300 or in U+1E00..U+1EFF (Latin Extended
// Additional), as Vietnamese written with precomposed letters is. No such
// code point has a combining class or is the second of a canonical pair, and
// each is its own NFC (checked over Unicode 14 with Python's unicodedata),
// so no string of them composes. Anything else: false, ask ICU.
bool SurelyNfc(std::string_view text) {
  const auto* p = reinterpret_cast<const unsigned char*>(text.data());
  const auto* end = p + text.size();
  while (p < end) {
    unsigned char c = *p;
    if (c < 0x80) {
      ++p;
    } else if (c >= 0xC2 && c <= 0xCB && end - p >= 2) {  // U+0080..U+02FF
      p += 2;
    } else if (c == 0xE1 && end - p >= 3 && p[1] >= 0xB8 && p[1] <= 0xBB) {
      p += 3;  // U+1E00..U+1EFF
    } else {
      return false;
    }
  }
  return true;
}

// NFC without a trip through ICU for plain ASCII (most cells).
std::string Nfc(std::string_view text) {
  return IsAscii(text) ? std::string(text) : NormalizeNfc(text);
}

// Lower case, for words people capitalise ("Có", "TRUE", "Triệu").
std::string Lower(std::string_view text) {
  if (IsAscii(text)) {
    std::string out(text);
    for (char& c : out) {
      if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
    }
    return out;
  }
  icu::UnicodeString u = icu::UnicodeString::fromUTF8(
      icu::StringPiece(text.data(), static_cast<int32_t>(text.size())));
  std::string out;
  u.toLower().toUTF8String(out);
  return out;
}

enum class IntParse { kOk, kMalformed, kOverflow };

// A whole number: optional sign, digits, '_' between digits, or thousands
// separators ('.' or ',', one kind) with groups of exactly three digits.
IntParse ParseWhole(std::string_view t, Fixed::Raw* out) {
  bool negative = false;
  if (!t.empty() && (t[0] == '+' || t[0] == '-')) {
    negative = t[0] == '-';
    t.remove_prefix(1);
  }
  // Most cells: up to 18 plain digits, which cannot overflow an int64 and
  // need none of the separator checks below.
  if (!t.empty() && t.size() <= 18) {
    int64_t v = 0;
    size_t i = 0;
    for (; i < t.size() && IsDigit(t[i]); ++i) v = v * 10 + (t[i] - '0');
    if (i == t.size()) {
      *out = negative ? -Fixed::Raw(v) : Fixed::Raw(v);
      return IntParse::kOk;
    }
  }
  if (t.empty() || !IsDigit(t[0]) || !IsDigit(t.back())) {
    return IntParse::kMalformed;
  }
  char separator = 0;
  for (char c : t) {
    if (c == '.' || c == ',') {
      if (separator != 0 && separator != c) return IntParse::kMalformed;
      separator = c;
    } else if (c != '_' && !IsDigit(c)) {
      return IntParse::kMalformed;
    }
  }
  if (separator != 0) {
    // groups: first 1–3 digits, then exactly 3 each; no '_' mixed in
    size_t group = 0;
    bool first = true;
    for (char c : t) {
      if (c == separator) {
        if (group == 0 || group > 3 || (!first && group != 3)) {
          return IntParse::kMalformed;
        }
        first = false;
        group = 0;
      } else if (c == '_') {
        return IntParse::kMalformed;
      } else {
        ++group;
      }
    }
    if (group != 3) return IntParse::kMalformed;
  }
  // 10^36 fits in a signed 128-bit integer with room to spare.
  const Fixed::Raw limit = Fixed::Raw(1'000'000'000'000'000'000) *
                           Fixed::Raw(1'000'000'000'000'000'000);
  Fixed::Raw v = 0;
  bool overflow = false;
  for (char c : t) {
    if (!IsDigit(c)) continue;
    if (!overflow) v = v * 10 + (c - '0');
    if (v > limit) overflow = true;
  }
  if (overflow) return IntParse::kOverflow;
  *out = negative ? -v : v;
  return IntParse::kOk;
}

// "1e-07" → "0.0000001", "1.5e+20" → "150000000000000000000": the plain
// decimal text of a JSON number, so that Fixed::Parse reads it exactly.
std::optional<std::string> PlainDecimal(std::string_view s) {
  size_t e = s.find_first_of("eE");
  if (e == std::string_view::npos) return std::string(s);
  std::string_view mantissa = s.substr(0, e);
  std::string_view exp_text = s.substr(e + 1);
  bool negative = false;
  if (!mantissa.empty() && (mantissa[0] == '-' || mantissa[0] == '+')) {
    negative = mantissa[0] == '-';
    mantissa.remove_prefix(1);
  }
  int exponent = 0;
  bool exp_negative = false;
  if (!exp_text.empty() && (exp_text[0] == '-' || exp_text[0] == '+')) {
    exp_negative = exp_text[0] == '-';
    exp_text.remove_prefix(1);
  }
  if (exp_text.empty() || exp_text.size() > 3) return std::nullopt;
  for (char c : exp_text) {
    if (!IsDigit(c)) return std::nullopt;
    exponent = exponent * 10 + (c - '0');
  }
  if (exponent > 60) return std::nullopt;  // far outside Fixed's range
  if (exp_negative) exponent = -exponent;
  std::string digits;
  int point = -1;
  for (char c : mantissa) {
    if (c == '.') {
      if (point >= 0) return std::nullopt;
      point = static_cast<int>(digits.size());
    } else if (IsDigit(c)) {
      digits.push_back(c);
    } else {
      return std::nullopt;
    }
  }
  if (digits.empty()) return std::nullopt;
  if (point < 0) point = static_cast<int>(digits.size());
  point += exponent;
  std::string out;
  if (point <= 0) {
    out = "0." + std::string(static_cast<size_t>(-point), '0') + digits;
  } else if (point >= static_cast<int>(digits.size())) {
    out = digits +
          std::string(static_cast<size_t>(point) - digits.size(), '0');
  } else {
    out = digits.substr(0, static_cast<size_t>(point)) + "." +
          digits.substr(static_cast<size_t>(point));
  }
  return (negative ? "-" : "") + out;
}

// The exact value of a JSON number, never through double arithmetic: a float
// is read back from the shortest text that round-trips (json::dump).
std::optional<Fixed> NumberFromJson(const json& j) {
  if (j.is_number_integer() && !j.is_number_unsigned()) {
    return Fixed::FromInt(j.get<int64_t>());
  }
  if (j.is_number_unsigned()) {
    return Fixed::Parse(std::to_string(j.get<uint64_t>()));
  }
  if (j.is_number_float()) {
    double d = j.get<double>();
    if (!std::isfinite(d)) return std::nullopt;
    auto plain = PlainDecimal(j.dump());
    if (!plain) return std::nullopt;
    return Fixed::Parse(*plain);
  }
  return std::nullopt;
}

// "an object", "text" … for "expected money, found an object".
std::string JsonKindName(const json& j, Language language) {
  const bool vi = language == Language::kVietnamese;
  if (j.is_object()) return vi ? "một đối tượng JSON" : "an object";
  if (j.is_array()) return vi ? "một mảng" : "a list";
  if (j.is_string()) return vi ? "văn bản" : "text";
  if (j.is_boolean()) return vi ? "giá trị đúng/sai" : "true/false";
  if (j.is_number()) return vi ? "một số" : "a number";
  return "null";
}

std::optional<Problem> WrongType(const Context& ctx, const FieldInfo& field,
                                 const json& j, const std::string& path) {
  return Problem{path, ctx.Text(Msg::kTypeMismatch,
                                {TypeName(*ctx.program, field.type,
                                          ctx.language),
                                 JsonKindName(j, ctx.language)})};
}

std::optional<Problem> ConvertMoneyText(const Context& ctx,
                                        std::string_view t,
                                        const std::string& path, Value* out) {
  size_t last_digit = std::string_view::npos;
  for (size_t i = 0; i < t.size(); ++i) {
    if (IsDigit(t[i])) last_digit = i;
  }
  auto not_money = [&] {
    return Problem{path, ctx.Text(Msg::kDataNotMoney, {Shown(t)})};
  };
  if (last_digit == std::string_view::npos) return not_money();
  std::string_view amount = Trim(t.substr(0, last_digit + 1));
  std::string unit = Lower(Trim(t.substr(last_digit + 1)));
  int64_t multiplier = 0;
  if (unit.empty() || unit == "vnd" || unit == "vnđ") {
    multiplier = 1;
  } else {
    multiplier = MoneyUnit(unit);
  }
  if (multiplier == 0) return not_money();
  Fixed::Raw whole = 0;
  IntParse parsed = ParseWhole(amount, &whole);
  if (parsed == IntParse::kOverflow) return not_money();
  if (multiplier == 1) {
    if (parsed == IntParse::kOk) {
      Fixed::Raw raw;
      if (__builtin_mul_overflow(whole, Fixed::kScale, &raw)) {
        return not_money();
      }
      *out = Value::Number(Fixed::FromRaw(raw));
      return std::nullopt;
    }
    auto number = Fixed::Parse(amount);
    if (number && number->IsInteger()) {
      *out = Value::Number(*number);
      return std::nullopt;
    }
    if (number) return Problem{path, ctx.Text(Msg::kBadMoney, {Shown(t)})};
    return not_money();
  }
  // With a unit word one '.' or ',' is a decimal mark ("1,5 tỷ"), as in
  // the rule language; "1.500 tỷ" could mean either and is refused.
  size_t separators = 0;
  size_t sep_pos = 0;
  for (size_t i = 0; i < amount.size(); ++i) {
    if (amount[i] == '.' || amount[i] == ',') {
      ++separators;
      sep_pos = i;
    }
  }
  if (separators >= 2 && parsed == IntParse::kOk) {  // "1.500.000 triệu"
    Fixed::Raw raw;
    if (__builtin_mul_overflow(whole, Fixed::kScale, &raw)) return not_money();
    auto v = Fixed::Mul(Fixed::FromRaw(raw), Fixed::FromInt(multiplier));
    if (!v) return not_money();
    *out = Value::Number(*v);
    return std::nullopt;
  }
  if (separators == 1 && amount.size() - sep_pos - 1 == 3 &&
      amount.find('_') == std::string_view::npos) {
    return Problem{path, ctx.Text(Msg::kDataAmbiguousMoney,
                                  {Shown(t), std::string(1, amount[sep_pos])})};
  }
  auto v = ParseMoney(amount, multiplier);
  if (v) {
    *out = Value::Number(*v);
    return std::nullopt;
  }
  if (Fixed::Parse(amount)) {
    return Problem{path, ctx.Text(Msg::kBadMoney, {Shown(t)})};
  }
  return not_money();
}

std::optional<Problem> ConvertEnumText(const Context& ctx,
                                       const FieldInfo& field,
                                       std::string_view t,
                                       const std::string& path, Value* out) {
  const EnumInfo& e = ctx.program->enums[static_cast<size_t>(field.type.index)];
  std::string name = Nfc(t);
  int32_t m = e.Find(name);
  if (m < 0) {
    for (size_t i = 0; i < e.member_labels.size(); ++i) {
      if (!e.member_labels[i].empty() && e.member_labels[i] == name) {
        m = static_cast<int32_t>(i);
        break;
      }
    }
  }
  if (m >= 0) {
    *out = Value::Enum(m);
    return std::nullopt;
  }
  std::string message =
      ctx.Text(Msg::kDataNotEnum,
               {Shown(t), e.name, absl::StrJoin(e.members, ", ")});
  std::string closest = ClosestName(name, e.members);
  if (closest.empty()) {
    std::string label = ClosestName(name, e.member_labels);
    if (!label.empty()) {
      for (size_t i = 0; i < e.member_labels.size(); ++i) {
        if (e.member_labels[i] == label) closest = e.members[i];
      }
    }
  }
  if (!closest.empty()) {
    absl::StrAppend(&message, " (",
                    ctx.Text(Msg::kHintDidYouMean, {closest}), ")");
  }
  return Problem{path, std::move(message)};
}

std::optional<Problem> ConvertJsonList(const Context& ctx,
                                       const FieldInfo& field, const json& j,
                                       const std::string& path, UnitData& unit,
                                       Value* out) {
  if (!j.is_array()) {
    return Problem{path, ctx.Text(Msg::kDataNotList)};
  }
  if (j.size() > ctx.max_list_length) {
    return Problem{path, ctx.Text(Msg::kDataListTooLong,
                                  {std::to_string(j.size()),
                                   std::to_string(ctx.max_list_length)})};
  }
  const int32_t record = field.type.index;
  const RecordInfo& r = ctx.program->records[static_cast<size_t>(record)];
  ListData& list = unit.lists.emplace_back();
  list.record = record;
  list.width = static_cast<int32_t>(r.fields.size());
  list.cells.assign(j.size() * r.fields.size(), Value::Unknown());
  std::vector<Problem> problems;
  for (size_t i = 0; i < j.size(); ++i) {
    std::string element = absl::StrCat(path, "[", i + 1, "]");
    if (!j[i].is_object()) {
      return Problem{element, ctx.Text(Msg::kDataElementNotObject,
                                       {std::to_string(i + 1)})};
    }
    FillRecord(ctx, record, j[i], element + ".", false, unit,
               list.cells.data() + i * r.fields.size(), &problems);
    if (!problems.empty()) return problems.front();
  }
  *out = Value::List(&list);
  return std::nullopt;
}

}  // namespace

void Context::WarnOnce(const std::string& key,
                       const std::string& message) const {
  if (warnings == nullptr || warned == nullptr) return;
  if (warned->insert(key).second) warnings->push_back(message);
}

std::string Shown(std::string_view text) {
  std::string out;
  size_t count = 0;
  size_t i = 0;
  while (i < text.size()) {
    if (count == kShownCodePoints) {
      out += "…";
      break;
    }
    char32_t cp;
    int n = DecodeUtf8(text, i, &cp);
    if (n == 0) {
      out += "\xEF\xBF\xBD";  // U+FFFD
      ++i;
    } else if (cp == '\n' || cp == '\r' || cp == '\t') {
      out.push_back(' ');
      i += static_cast<size_t>(n);
    } else {
      out.append(text.substr(i, static_cast<size_t>(n)));
      i += static_cast<size_t>(n);
    }
    ++count;
  }
  return out;
}

std::string_view Trim(std::string_view text) {
  auto space = [](char c) {
    return c == ' ' || c == '\t' || c == '\r' || c == '\n';
  };
  while (!text.empty() && space(text.front())) text.remove_prefix(1);
  while (!text.empty() && space(text.back())) text.remove_suffix(1);
  return text;
}

int JsonDepth(std::string_view text, int limit) {
  int depth = 0;
  int deepest = 0;
  bool in_string = false;
  for (size_t i = 0; i < text.size(); ++i) {
    char c = text[i];
    if (in_string) {
      if (c == '\\') {
        ++i;
      } else if (c == '"') {
        in_string = false;
      }
      continue;
    }
    if (c == '"') {
      in_string = true;
    } else if (c == '[' || c == '{') {
      deepest = std::max(deepest, ++depth);
      if (deepest > limit) return deepest;
    } else if ((c == ']' || c == '}') && depth > 0) {
      --depth;
    }
  }
  return deepest;
}

std::optional<Problem> ParseJson(const Context& ctx, std::string_view text,
                                 json* out) {
  if (JsonDepth(text) > kMaxJsonDepth) {
    return Problem{"", ctx.Text(Msg::kTooDeep,
                                {std::to_string(kMaxJsonDepth)})};
  }
  try {
    *out = json::parse(text.begin(), text.end());
    return std::nullopt;
  } catch (const json::parse_error& e) {
    if (auto bad = FindInvalidUtf8(text)) {
      return Problem{"", ctx.Text(Msg::kDataInvalidUtf8,
                                  {std::to_string(*bad + 1)})};
    }
    // e.byte: 1-based index of the last character read
    size_t at = e.byte == 0 ? 0 : e.byte - 1;
    if (at >= text.size() ||
        std::string_view(e.what()).find("unexpected end of input") !=
            std::string_view::npos) {
      return Problem{"", ctx.Text(Msg::kDataTruncatedJson)};
    }
    size_t chars = VisibleWidth(text.substr(0, at)) + 1;
    return Problem{"", ctx.Text(Msg::kDataBadJson, {std::to_string(chars)})};
  } catch (const json::out_of_range& e) {
    // "number overflow parsing '1e400'": say which number
    std::string_view what = e.what();
    size_t open = what.find('\'');
    size_t close = what.rfind('\'');
    std::string number =
        open != std::string_view::npos && close > open
            ? std::string(what.substr(open + 1, close - open - 1))
            : std::string();
    return Problem{"", ctx.Text(Msg::kBadNumber, {Shown(number)})};
  } catch (const std::exception&) {
    return Problem{"", ctx.Text(Msg::kDataBadJson, {"1"})};
  }
}

std::optional<Problem> ConvertCell(const Context& ctx, const FieldInfo& field,
                                   std::string_view text,
                                   const std::string& path, UnitData& unit,
                                   Value* out) {
  if (!ctx.valid_utf8) {
    if (auto bad = FindInvalidUtf8(text)) {
      return Problem{path, ctx.Text(Msg::kDataInvalidUtf8,
                                    {std::to_string(*bad + 1)})};
    }
  }
  std::string_view t = Trim(text);
  if (t.empty()) {
    *out = Value::Unknown();
    return std::nullopt;
  }
  if (IsKeyed(field)) return ConvertKeyedCell(ctx, field, t, path, unit, out);
  switch (field.type.kind) {
    case Type::kBool: {
      std::string w = Lower(t);
      if (w == "true" || w == "1" || w == "có" || w == "x") {
        *out = Value::Bool(true);
        return std::nullopt;
      }
      if (w == "false" || w == "0" || w == "không") {
        *out = Value::Bool(false);
        return std::nullopt;
      }
      return Problem{path, ctx.Text(Msg::kDataNotBool, {Shown(t)})};
    }
    case Type::kInt: {
      Fixed::Raw v = 0;
      IntParse r = ParseWhole(t, &v);
      if (r == IntParse::kOk && v >= INT64_MIN && v <= INT64_MAX) {
        *out = Value::Number(Fixed::FromInt(static_cast<int64_t>(v)));
        return std::nullopt;
      }
      if (r == IntParse::kMalformed) {
        return Problem{path, ctx.Text(Msg::kDataNotInt, {Shown(t)})};
      }
      return Problem{path, ctx.Text(Msg::kDataIntOverflow, {Shown(t)})};
    }
    case Type::kDecimal: {
      auto v = Fixed::Parse(t);
      if (!v) return Problem{path, ctx.Text(Msg::kDataNotDecimal, {Shown(t)})};
      *out = Value::Number(*v);
      return std::nullopt;
    }
    case Type::kMoney:
      return ConvertMoneyText(ctx, t, path, out);
    case Type::kPercent: {
      auto v = ParsePercent(t);
      if (!v) return Problem{path, ctx.Text(Msg::kDataNotPercent, {Shown(t)})};
      *out = Value::Number(*v);
      return std::nullopt;
    }
    case Type::kDate: {
      auto d = ParseDate(t);
      if (!d) return Problem{path, ctx.Text(Msg::kDataNotDate, {Shown(t)})};
      *out = Value::Date(*d);
      return std::nullopt;
    }
    case Type::kEnum:
      return ConvertEnumText(ctx, field, t, path, out);
    case Type::kText:  // most text is NFC already: stored without a copy
      *out = SurelyNfc(t) || IsNfc(t) ? unit.StoreText(t) : unit.StoreText(NormalizeNfc(t));
      return std::nullopt;
    case Type::kList: {
      if (ReadFlatList(ctx, field, t, unit, out)) return std::nullopt;
      json j;
      if (auto p = ParseJson(ctx, t, &j)) {
        p->column = path;
        p->message = absl::StrCat(ctx.Text(Msg::kDataNotList), ": ",
                                  p->message);
        return p;
      }
      return ConvertJsonList(ctx, field, j, path, unit, out);
    }
    case Type::kRecord:
    case Type::kByYear:
    case Type::kByPeriod:
    case Type::kError:
      break;
  }
  return Problem{path, ctx.Text(Msg::kTypeMismatch,
                                {TypeName(*ctx.program, field.type,
                                          ctx.language),
                                 JsonKindName(json(std::string(t)),
                                              ctx.language)})};
}

std::optional<Problem> ConvertJsonValue(const Context& ctx,
                                        const FieldInfo& field, const json& j,
                                        const std::string& path,
                                        UnitData& unit, Value* out) {
  if (j.is_null()) {
    *out = Value::Unknown();
    return std::nullopt;
  }
  if (IsKeyed(field)) return ConvertKeyedJson(ctx, field, j, path, unit, out);
  // Text goes through the same conversions as a CSV cell.
  if (j.is_string() && field.type.kind != Type::kList) {
    return ConvertCell(ctx, field, j.get_ref<const std::string&>(), path,
                       unit, out);
  }
  switch (field.type.kind) {
    case Type::kBool:
      if (j.is_boolean()) {
        *out = Value::Bool(j.get<bool>());
        return std::nullopt;
      }
      if (j.is_number_integer()) {
        if (j == 0 || j == 1) {
          *out = Value::Bool(j == 1);
          return std::nullopt;
        }
        return Problem{path, ctx.Text(Msg::kDataNotBool, {j.dump()})};
      }
      return WrongType(ctx, field, j, path);
    case Type::kInt: {
      if (!j.is_number()) return WrongType(ctx, field, j, path);
      auto v = NumberFromJson(j);
      if (v && v->IsInteger()) {
        if (auto i = v->ToInt64()) {
          *out = Value::Number(Fixed::FromInt(*i));
          return std::nullopt;
        }
        return Problem{path, ctx.Text(Msg::kDataIntOverflow, {j.dump()})};
      }
      if (!v && j.is_number_float() && std::abs(j.get<double>()) >= 1e18) {
        return Problem{path, ctx.Text(Msg::kDataIntOverflow, {j.dump()})};
      }
      return Problem{path, ctx.Text(Msg::kDataNotInt, {j.dump()})};
    }
    case Type::kDecimal:
    case Type::kPercent: {
      if (!j.is_number()) return WrongType(ctx, field, j, path);
      auto v = NumberFromJson(j);
      if (!v) {
        return Problem{path, ctx.Text(Msg::kDataNotDecimal, {j.dump()})};
      }
      *out = Value::Number(*v);
      return std::nullopt;
    }
    case Type::kMoney: {
      if (!j.is_number()) return WrongType(ctx, field, j, path);
      auto v = NumberFromJson(j);
      if (!v) return Problem{path, ctx.Text(Msg::kDataNotMoney, {j.dump()})};
      if (!v->IsInteger()) {
        return Problem{path, ctx.Text(Msg::kBadMoney, {j.dump()})};
      }
      *out = Value::Number(*v);
      return std::nullopt;
    }
    case Type::kText:
      if (j.is_number_integer()) {  // an id written as a number
        *out = unit.StoreText(j.dump());
        return std::nullopt;
      }
      return WrongType(ctx, field, j, path);
    case Type::kList:
      return ConvertJsonList(ctx, field, j, path, unit, out);
    case Type::kDate:
    case Type::kEnum:
    case Type::kRecord:
    case Type::kByYear:
    case Type::kByPeriod:
    case Type::kError:
      break;
  }
  return WrongType(ctx, field, j, path);
}

void FillRecord(const Context& ctx, int32_t record, const json& object,
                const std::string& prefix, bool skip_kind, UnitData& unit,
                Value* slots, std::vector<Problem>* problems) {
  const RecordInfo& r = ctx.program->records[static_cast<size_t>(record)];
  std::vector<const json*> given(r.fields.size(), nullptr);
  for (auto it = object.begin(); it != object.end(); ++it) {
    const std::string& raw = it.key();
    std::string key = FindInvalidUtf8(raw) ? Shown(raw) : Nfc(raw);
    if (skip_kind && key == "kind") continue;
    int32_t f = r.Find(key);
    if (f < 0 || r.fields[static_cast<size_t>(f)].rollup) {  // roll-ups: never data
      ctx.WarnOnce(absl::StrCat(r.name, "\n", key),
                   ctx.Text(Msg::kDataIgnoredField,
                            {Shown(key), r.name, std::to_string(ctx.row)}));
      continue;
    }
    given[static_cast<size_t>(f)] = &it.value();
  }
  for (size_t i = 0; i < r.fields.size(); ++i) {
    const FieldInfo& field = r.fields[i];
    std::string path = prefix + field.name;
    Value v = Value::Unknown();
    if (given[i] != nullptr) {
      if (auto p = ConvertJsonValue(ctx, field, *given[i], path, unit, &v)) {
        problems->push_back(std::move(*p));
        continue;
      }
    }
    if (v.tag == Value::kUnknown && !field.optional) {
      problems->push_back(
          Problem{path, ctx.Text(Msg::kDataMissing, {path})});
      continue;
    }
    slots[i] = v;
  }
}

int32_t FindKind(const Program& program, std::string_view text) {
  int32_t k = program.FindUnit(text);
  if (k >= 0) return k;
  for (size_t i = 0; i < program.units.size(); ++i) {
    if (!program.units[i].label.empty() && program.units[i].label == text) {
      return static_cast<int32_t>(i);
    }
  }
  return -1;
}

std::string UnknownKindMessage(const Context& ctx, std::string_view text) {
  std::vector<std::string> names;
  for (const UnitInfo& u : ctx.program->units) names.push_back(u.name);
  std::string message =
      ctx.Text(Msg::kDataUnknownKind, {Shown(text), absl::StrJoin(names, ", ")});
  std::string closest = ClosestName(text, names);
  if (!closest.empty()) {
    absl::StrAppend(&message, " (",
                    ctx.Text(Msg::kHintDidYouMean, {closest}), ")");
  }
  return message;
}

absl::StatusOr<int32_t> DefaultKind(const Program& program,
                                    const ReadOptions& options) {
  if (!options.default_kind.empty()) {
    std::string name = FindInvalidUtf8(options.default_kind)
                           ? options.default_kind
                           : Nfc(Trim(options.default_kind));
    int32_t k = FindKind(program, name);
    if (k < 0) {
      Context ctx;
      ctx.program = &program;
      ctx.language = options.language;
      return absl::InvalidArgumentError(UnknownKindMessage(ctx, name));
    }
    return k;
  }
  if (program.units.size() == 1) return 0;
  return -1;
}

bool UnitFromObject(const Context& ctx, const json& object,
                    int32_t default_kind, UnitData* unit,
                    std::vector<Problem>* problems) {
  int32_t kind = default_kind;
  auto it = object.find("kind");
  if (it != object.end() && !it->is_null()) {
    if (!it->is_string()) {
      problems->push_back(Problem{
          "kind", ctx.Text(Msg::kTypeMismatch,
                           {ctx.language == Language::kVietnamese ? "văn bản"
                                                                  : "text",
                            JsonKindName(*it, ctx.language)})});
      return false;
    }
    std::string_view raw = Trim(it->get_ref<const std::string&>());
    if (!raw.empty()) {
      std::string name = Nfc(raw);
      kind = FindKind(*ctx.program, name);
      if (kind < 0) {
        problems->push_back(Problem{"kind", UnknownKindMessage(ctx, name)});
        return false;
      }
    }
  }
  if (kind < 0) {
    problems->push_back(Problem{"kind", ctx.Text(Msg::kDataNoKind)});
    return false;
  }
  const UnitInfo& info = ctx.program->units[static_cast<size_t>(kind)];
  const RecordInfo& record =
      ctx.program->records[static_cast<size_t>(info.record)];
  unit->kind = kind;
  unit->slots.assign(record.fields.size(), Value::Unknown());
  FillRecord(ctx, info.record, object, "", true, *unit, unit->slots.data(),
             problems);
  return problems->empty();
}

RowError MakeRowError(int64_t row, const std::vector<Problem>& problems) {
  RowError e;
  e.row = row;
  if (problems.empty()) return e;
  e.column = problems.front().column;
  e.message = problems.front().message;
  constexpr size_t kMoreShown = 4;
  for (size_t i = 1; i < problems.size() && i <= kMoreShown; ++i) {
    absl::StrAppend(&e.message, "; ",
                    problems[i].column.empty() ? "" : problems[i].column + ": ",
                    problems[i].message);
  }
  if (problems.size() > kMoreShown + 1) absl::StrAppend(&e.message, "; …");
  return e;
}

}  // namespace io

std::string FormatRowError(const RowError& error, Language language) {
  if (error.column.empty()) {
    return FormatMessage(language, Msg::kDataRow,
                         {std::to_string(error.row), error.message});
  }
  return FormatMessage(language, Msg::kDataRowColumn,
                       {std::to_string(error.row), error.column,
                        error.message});
}

absl::StatusOr<Value> ConvertText(const Program& program,
                                  const FieldInfo& field, std::string_view text,
                                  UnitData& unit, Language language) {
  io::Context ctx;
  ctx.program = &program;
  ctx.language = language;
  Value v;
  if (auto p = io::ConvertCell(ctx, field, text, field.name, unit, &v)) {
    if (!p->column.empty() && p->column != field.name) {
      return absl::InvalidArgumentError(
          absl::StrCat(p->column, ": ", p->message));
    }
    return absl::InvalidArgumentError(p->message);
  }
  return v;
}

}  // namespace thidua::internal
