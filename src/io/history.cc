// Values by year and report dates by period in data (docs/data.md):
//   JSON   {"2020": 13, "2023": 15}        {"2024-Q1": "10/4/2024", "2024": "15/1/2025"}
//   CSV    2020: 13; 2023: 15               2024-Q1: 10/4/2024; 2024: 15/1/2025
// A CSV cell may also hold the JSON object. Each value is converted as a
// value of the element type, so "300 triệu" or "15/3/2023" read as elsewhere.
#include "io/history.hpp"

#include "absl/strings/str_cat.h"
#include "base/periods.hpp"
#include "eval/history.hpp"

namespace thidua::internal::io {
namespace {

bool ByYear(const FieldInfo& field) { return field.type.kind == Type::kByYear; }

FieldInfo ElementField(const FieldInfo& field) {
  FieldInfo element = field;
  element.type = ByYear(field) ? field.type.Element() : Type::Of(Type::kDate);
  element.optional = true;
  return element;
}

std::optional<int32_t> ParseKey(const FieldInfo& field, std::string_view key) {
  return ByYear(field) ? ParseYearKey(key) : ParsePeriodKey(key);
}

Problem BadKey(const Context& ctx, const FieldInfo& field, const std::string& path,
               std::string_view key) {
  return Problem{path, ctx.Text(ByYear(field) ? Msg::kBadYearKey : Msg::kBadPeriodKey,
                                {Shown(key)})};
}

Problem NotKeyed(const Context& ctx, const FieldInfo& field, const std::string& path,
                 std::string_view text) {
  return Problem{path, ctx.Text(ByYear(field) ? Msg::kDataNotByYear : Msg::kDataNotByPeriod,
                                {Shown(text)})};
}

// Collects (key, value) rows, then sorts them and refuses a key given twice.
class KeyedBuilder {
 public:
  KeyedBuilder(const Context& ctx, const FieldInfo& field, const std::string& path,
               UnitData& unit)
      : ctx_(ctx), field_(field), element_(ElementField(field)), path_(path),
        unit_(unit), list_(unit.lists.emplace_back()) {
    list_.record = kKeyedRecord;
    list_.width = 2;
  }

  std::optional<Problem> Key(std::string_view key_text, int32_t* key) {
    auto k = ParseKey(field_, key_text);
    if (!k) return BadKey(ctx_, field_, path_, key_text);
    if (list_.size() >= ctx_.max_list_length) {
      return Problem{path_, ctx_.Text(Msg::kDataListTooLong,
                                      {std::to_string(list_.size() + 1),
                                       std::to_string(ctx_.max_list_length)})};
    }
    *key = *k;
    return std::nullopt;
  }

  std::string ElementPath(std::string_view key) const {
    return absl::StrCat(path_, "[", std::string(key), "]");
  }

  void Add(int32_t key, Value v) {
    if (!v.known()) return;  // an empty value: that year is unknown
    list_.cells.push_back(Value::Number(Fixed::FromInt(key)));
    list_.cells.push_back(v);
  }

  std::optional<Problem> Finish(Value* out) {
    int32_t duplicate = 0;
    if (!SortKeyed(&list_, &duplicate)) {
      std::string key = ByYear(field_) ? std::to_string(duplicate) : PeriodKeyText(duplicate);
      return Problem{path_, ctx_.Text(Msg::kDuplicateKey, {key})};
    }
    *out = Value::List(&list_);
    return std::nullopt;
  }

  const FieldInfo& element() const { return element_; }
  UnitData& unit() { return unit_; }

 private:
  const Context& ctx_;
  const FieldInfo& field_;
  FieldInfo element_;
  std::string path_;
  UnitData& unit_;
  ListData& list_;
};

}  // namespace

bool IsKeyed(const FieldInfo& field) {
  return field.type.kind == Type::kByYear || field.type.kind == Type::kByPeriod;
}

std::optional<Problem> ConvertKeyedJson(const Context& ctx, const FieldInfo& field,
                                        const json& j, const std::string& path,
                                        UnitData& unit, Value* out) {
  if (j.is_null()) {
    *out = Value::Unknown();
    return std::nullopt;
  }
  if (j.is_string()) {
    return ConvertKeyedCell(ctx, field, j.get_ref<const std::string&>(), path, unit, out);
  }
  if (!j.is_object()) return NotKeyed(ctx, field, path, j.dump());
  KeyedBuilder b(ctx, field, path, unit);
  for (const auto& [key_text, value] : j.items()) {
    int32_t key = 0;
    if (auto p = b.Key(key_text, &key)) return p;
    Value v;
    // The element's path ("criteria_met[2022]") is built only for a problem.
    if (auto p = ConvertJsonValue(ctx, b.element(), value, path, unit, &v)) {
      p->column = b.ElementPath(key_text);
      return p;
    }
    b.Add(key, v);
  }
  return b.Finish(out);
}

std::optional<Problem> ConvertKeyedCell(const Context& ctx, const FieldInfo& field,
                                        std::string_view text, const std::string& path,
                                        UnitData& unit, Value* out) {
  std::string_view t = Trim(text);
  if (t.empty()) {
    *out = Value::Unknown();
    return std::nullopt;
  }
  if (t.front() == '{') {  // the JSON form, in a cell
    json j;
    if (auto p = ParseJson(ctx, t, &j)) {
      p->column = path;
      p->message = NotKeyed(ctx, field, path, t).message;
      return p;
    }
    return ConvertKeyedJson(ctx, field, j, path, unit, out);
  }
  KeyedBuilder b(ctx, field, path, unit);
  while (!t.empty()) {
    size_t end = t.find_first_of(";\n");
    std::string_view entry = Trim(t.substr(0, end));
    t = end == std::string_view::npos ? std::string_view() : t.substr(end + 1);
    if (entry.empty()) continue;
    size_t colon = entry.find(':');
    if (colon == std::string_view::npos) return NotKeyed(ctx, field, path, entry);
    std::string_view key_text = Trim(entry.substr(0, colon));
    int32_t key = 0;
    if (auto p = b.Key(key_text, &key)) return p;
    Value v;
    if (auto p = ConvertCell(ctx, b.element(), entry.substr(colon + 1), path, unit, &v)) {
      p->column = b.ElementPath(key_text);
      return p;
    }
    b.Add(key, v);
  }
  return b.Finish(out);
}

}  // namespace thidua::internal::io
