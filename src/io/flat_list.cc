// The common list cell read without a JSON document: building nlohmann's
// DOM for every row's OCOP list was half the cost of reading a CSV file
// (docs/performance.md). Only the plain case is read here; anything else
// goes the general way (ParseJson, ConvertJsonList), which then gives the
// result and the messages — so this path never decides an error.
#include "io/flat_list.hpp"

#include "base/utf8.hpp"
#include "io/history.hpp"

namespace thidua::internal::io {
namespace {

// One JSON value of an element: text, a whole number, true/false or null.
struct Scalar {
  enum Kind : uint8_t { kAbsent, kText, kNumber, kTrue, kFalse, kNull };
  Kind kind = kAbsent;
  std::string_view text;
  int64_t number = 0;
};

class FlatParser {
 public:
  // check_utf8 false: the text is known valid (Context::valid_utf8).
  FlatParser(std::string_view text, bool check_utf8) : t_(text), check_utf8_(check_utf8) {}

  bool AtEnd() {
    Space();
    return i_ == t_.size();
  }
  bool Eat(char c) {
    Space();
    if (i_ < t_.size() && t_[i_] == c) {
      ++i_;
      return true;
    }
    return false;
  }
  // A string without escapes or control characters, in valid UTF-8 (what
  // the JSON parser would give unchanged).
  bool String(std::string_view* out) {
    if (!Eat('"')) return false;
    size_t begin = i_;
    while (i_ < t_.size() && t_[i_] != '"') {
      auto c = static_cast<unsigned char>(t_[i_]);
      if (c == '\\' || c < 0x20) return false;
      ++i_;
    }
    if (i_ == t_.size()) return false;
    *out = t_.substr(begin, i_ - begin);
    ++i_;
    return !check_utf8_ || !FindInvalidUtf8(*out);
  }
  bool Value(Scalar* v) {
    Space();
    if (i_ >= t_.size()) return false;
    char c = t_[i_];
    if (c == '"') {
      v->kind = Scalar::kText;
      return String(&v->text);
    }
    if (Word("true")) return v->kind = Scalar::kTrue, true;
    if (Word("false")) return v->kind = Scalar::kFalse, true;
    if (Word("null")) return v->kind = Scalar::kNull, true;
    // -?(0|[1-9][0-9]*), at most 18 digits (always an int64), no fraction
    // or exponent: a float goes the general way (exact decimal reading).
    size_t begin = i_;
    bool negative = c == '-';
    if (negative) ++i_;
    size_t digits = i_;
    int64_t n = 0;
    while (i_ < t_.size() && t_[i_] >= '0' && t_[i_] <= '9') n = n * 10 + (t_[i_++] - '0');
    size_t count = i_ - digits;
    if (count == 0 || count > 18 || (count > 1 && t_[digits] == '0')) return false;
    if (i_ < t_.size() && (t_[i_] == '.' || t_[i_] == 'e' || t_[i_] == 'E')) return false;
    v->kind = Scalar::kNumber;
    v->number = negative ? -n : n;
    v->text = t_.substr(begin, i_ - begin);
    return true;
  }

 private:
  void Space() {
    while (i_ < t_.size() &&
           (t_[i_] == ' ' || t_[i_] == '\t' || t_[i_] == '\n' || t_[i_] == '\r')) {
      ++i_;
    }
  }
  // A literal, not followed by more letters ("truex" is not JSON).
  bool Word(std::string_view w) {
    if (t_.substr(i_, w.size()) != w) return false;
    size_t end = i_ + w.size();
    if (end < t_.size() && ((t_[end] >= 'a' && t_[end] <= 'z') || (t_[end] >= 'A' && t_[end] <= 'Z') ||
                            (t_[end] >= '0' && t_[end] <= '9'))) {
      return false;
    }
    i_ = end;
    return true;
  }

  std::string_view t_;
  bool check_utf8_ = true;
  size_t i_ = 0;
};

bool IsAsciiKey(std::string_view key) {
  for (char c : key) {
    if (static_cast<unsigned char>(c) >= 0x80) return false;
  }
  return true;
}

// A value as ConvertJsonValue would convert it, for the plain cases only.
bool Convert(const Context& ctx, const FieldInfo& field, const Scalar& s, UnitData& unit,
             Value* out) {
  static const std::string kNoPath;  // problems are left to the general way
  switch (s.kind) {
    case Scalar::kAbsent:
    case Scalar::kNull:
      *out = Value::Unknown();
      return true;
    case Scalar::kText:
      if (field.type.kind == Type::kList) return false;
      return !ConvertCell(ctx, field, s.text, kNoPath, unit, out);
    case Scalar::kNumber:
      switch (field.type.kind) {
        case Type::kInt:
        case Type::kDecimal:
        case Type::kPercent:
        case Type::kMoney:
          *out = Value::Number(Fixed::FromInt(s.number));
          return true;
        default:
          return false;
      }
    case Scalar::kTrue:
    case Scalar::kFalse:
      if (field.type.kind != Type::kBool) return false;
      *out = Value::Bool(s.kind == Scalar::kTrue);
      return true;
  }
  return false;
}

}  // namespace

bool ReadFlatList(const Context& ctx, const FieldInfo& field, std::string_view text,
                  UnitData& unit, Value* out) {
  if (field.type.kind != Type::kList) return false;
  const RecordInfo& r = ctx.program->records[static_cast<size_t>(field.type.index)];
  const size_t width = r.fields.size();
  if (width == 0 || width > 64) return false;
  for (const FieldInfo& f : r.fields) {
    if (IsKeyed(f) || f.type.kind == Type::kList || f.type.kind == Type::kRecord) return false;
  }
  // Reused from row to row: reading a list allocates only the list itself.
  thread_local std::vector<Value> cells;
  cells.clear();
  Scalar given[64];
  FlatParser p(text, !ctx.valid_utf8);
  if (!p.Eat('[')) return false;
  size_t elements = 0;
  if (!p.Eat(']')) {
    do {
      if (!p.Eat('{')) return false;
      for (size_t i = 0; i < width; ++i) given[i] = Scalar();
      if (!p.Eat('}')) {
        do {
          std::string_view key;
          if (!p.String(&key) || !IsAsciiKey(key) || !p.Eat(':')) return false;
          int32_t f = r.Find(key);
          if (f < 0 || given[f].kind != Scalar::kAbsent) return false;  // warned, or repeated
          if (!p.Value(&given[f])) return false;
        } while (p.Eat(','));
        if (!p.Eat('}')) return false;
      }
      if (++elements > ctx.max_list_length) return false;
      for (size_t i = 0; i < width; ++i) {
        Value v = Value::Unknown();
        if (!Convert(ctx, r.fields[i], given[i], unit, &v)) return false;
        if (v.tag == Value::kUnknown && !r.fields[i].optional) return false;
        cells.push_back(v);
      }
    } while (p.Eat(','));
    if (!p.Eat(']')) return false;
  }
  if (!p.AtEnd()) return false;
  ListData& list = unit.lists.emplace_back();
  list.record = field.type.index;
  list.width = static_cast<int32_t>(width);
  list.cells.assign(cells.begin(), cells.end());
  *out = Value::List(&list);
  return true;
}

}  // namespace thidua::internal::io
