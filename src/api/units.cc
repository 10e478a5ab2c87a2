// Units: built from JSON, from code, or read in bulk from data files.
#include <algorithm>
#include <filesystem>

#include "absl/strings/str_cat.h"
#include "absl/strings/str_join.h"
#include "api/ruleset_data.hpp"
#include "base/files.hpp"
#include "base/messages.hpp"
#include "eval/hierarchy.hpp"
#include "io/read.hpp"
#include "thidua/thidua.hpp"

namespace thidua {

Unit::Unit() = default;
Unit::~Unit() = default;
Unit::Unit(const Unit&) = default;
Unit& Unit::operator=(const Unit&) = default;
Unit::Unit(Unit&&) noexcept = default;
Unit& Unit::operator=(Unit&&) noexcept = default;
Unit::Unit(std::shared_ptr<const internal::UnitData> data) : data_(std::move(data)) {}

std::string_view Unit::id() const { return data_ ? data_->id() : std::string_view(); }
int Unit::kind_index() const { return data_ ? data_->kind : -1; }

namespace {

internal::ReadOptions ToReadOptions(const DataOptions& options) {
  internal::ReadOptions r;
  r.language = options.language;
  r.default_kind = options.default_kind;
  r.max_rows = options.max_rows;
  r.max_list_length = options.max_list_length;
  return r;
}

bool LooksLikeJson(std::string_view text) {
  // A byte-order mark first (Notepad writes one): JSON Lines all the same.
  if (text.substr(0, 3) == "\xEF\xBB\xBF") text.remove_prefix(3);
  for (char c : text) {
    if (c == ' ' || c == '\t' || c == '\r' || c == '\n') continue;
    return c == '{' || c == '[';
  }
  return false;
}

// The units of one table and the arena their slots, texts and lists are in,
// shared by every Unit of the table: each points at its own UnitData through
// std::shared_ptr's aliasing constructor, so a read makes no allocation per
// unit for the handles, and the units live as long as any handle to one.
struct TableUnits {
  std::unique_ptr<internal::UnitArena> arena;  // first: freed after the units
  std::vector<internal::UnitData> units;
};

// The units read, linked to their parents with their roll-ups filled
// (eval/hierarchy.hpp); a unit whose parent cannot be linked becomes its
// row's error, so that rows read = units + rows in error still holds.
UnitTable ToTable(const RuleSet& rules, internal::ReadResult&& r, Language language) {
  auto table = std::make_shared<TableUnits>();
  table->arena = std::move(r.arena);
  table->units = std::move(r.units);
  std::vector<std::shared_ptr<internal::UnitData>> units;
  units.reserve(table->units.size());
  for (internal::UnitData& u : table->units) units.emplace_back(table, &u);
  std::vector<bool> drop(units.size(), false);
  // The reader's map of the ids, not a second one.
  auto find = [&r](std::string_view id) { return r.ids->FindUnit(id, r.unit_rows); };
  for (internal::LinkProblem& p : internal::LinkUnits(rules.program(), units, find, language)) {
    drop[p.unit] = true;
    r.errors.push_back({r.unit_rows[p.unit], "parent", std::move(p.message)});
  }
  r.ids.reset();  // the table of every id: tens of MB for a large file
  std::stable_sort(r.errors.begin(), r.errors.end(),
                   [](const auto& a, const auto& b) { return a.row < b.row; });
  UnitTable t;
  t.units.reserve(units.size());
  for (size_t i = 0; i < units.size(); ++i) {
    if (!drop[i]) t.units.emplace_back(std::move(units[i]));
  }
  if (t.units.size() == units.size()) {
    t.rows = std::move(r.unit_rows);  // every unit linked: the rows as read
  } else {
    for (size_t i = 0; i < units.size(); ++i) {
      if (!drop[i]) t.rows.push_back(r.unit_rows[i]);
    }
  }
  for (internal::RowError& e : r.errors) {
    t.errors.push_back({e.row, std::move(e.column), std::move(e.message)});
  }
  t.warnings = std::move(r.warnings);
  t.rows_read = r.rows_read;
  return t;
}

}  // namespace

absl::StatusOr<Unit> RuleSet::UnitFromJson(std::string_view json,
                                           Language language) const {
  internal::ReadOptions options;
  options.language = language;
  auto unit = internal::UnitFromJson(program(), json, options);
  if (!unit.ok()) return unit.status();
  return Unit(std::make_shared<const internal::UnitData>(std::move(*unit)));
}

absl::StatusOr<UnitTable> RuleSet::ReadUnits(std::string_view text,
                                             const DataOptions& options) const {
  bool json = options.format == DataOptions::Format::kJson ||
              (options.format == DataOptions::Format::kAuto && LooksLikeJson(text));
  auto read = json ? internal::ReadJson(program(), text, ToReadOptions(options))
                   : internal::ReadCsv(program(), text, ToReadOptions(options));
  if (!read.ok()) return read.status();
  return ToTable(*this, std::move(*read), options.language);
}

absl::StatusOr<UnitTable> RuleSet::ReadUnitsFile(std::string_view path,
                                                 const DataOptions& options) const {
  // Mapped, not copied: the readers copy every text they keep into the
  // table's arena, so nothing views the file once it is read.
  auto file = internal::MapWholeFile(std::filesystem::path(path), options.language);
  if (!file.ok()) return file.status();
  DataOptions o = options;
  if (o.format == DataOptions::Format::kAuto) {
    std::string ext = std::filesystem::path(path).extension().string();
    if (ext == ".csv" || ext == ".tsv") o.format = DataOptions::Format::kCsv;
    if (ext == ".json" || ext == ".jsonl" || ext == ".ndjson") {
      o.format = DataOptions::Format::kJson;
    }
  }
  return ReadUnits(file->text(), o);
}

absl::StatusOr<UnitBuilder> RuleSet::NewUnit(std::string_view kind, Language language) const {
  int32_t k = program().FindUnit(kind);
  if (k < 0) {
    std::vector<std::string> names;
    for (const auto& u : program().units) names.push_back(u.name);
    return absl::InvalidArgumentError(internal::FormatMessage(
        language, internal::Msg::kDataUnknownKind,
        {std::string(kind), absl::StrJoin(names, ", ")}));
  }
  return UnitBuilder(data_, k, language);
}

UnitBuilder::UnitBuilder(std::shared_ptr<const internal::RuleSetData> rules, int kind,
                         Language language)
    : rules_(std::move(rules)),
      unit_(std::make_unique<internal::UnitData>()),
      language_(language) {
  const internal::Program& p = *rules_->program;
  unit_->kind = kind;
  unit_->slots.assign(p.records[p.units[kind].record].fields.size(),
                      internal::Value::Unknown());
}
UnitBuilder::~UnitBuilder() = default;
UnitBuilder::UnitBuilder(UnitBuilder&&) noexcept = default;
UnitBuilder& UnitBuilder::operator=(UnitBuilder&&) noexcept = default;

namespace {

absl::StatusOr<int32_t> FindField(const internal::Program& p, int32_t kind,
                                  std::string_view field, Language language) {
  const internal::RecordInfo& r = p.records[p.units[kind].record];
  int32_t f = r.Find(field);
  if (f < 0) {
    return absl::NotFoundError(internal::FormatMessage(
        language, internal::Msg::kUnknownField, {p.units[kind].name, std::string(field)}));
  }
  return f;
}

absl::Status WrongType(std::string_view field, internal::Msg message, Language language) {
  return absl::InvalidArgumentError(
      internal::FormatMessage(language, message, {std::string(field)}));
}

absl::Status AlreadyBuilt(Language language) {
  return absl::FailedPreconditionError(
      internal::FormatMessage(language, internal::Msg::kBuilderBuilt));
}

}  // namespace

absl::Status UnitBuilder::Set(std::string_view field, std::string_view text) {
  if (!unit_) return AlreadyBuilt(language_);
  const internal::Program& p = *rules_->program;
  auto f = FindField(p, unit_->kind, field, language_);
  if (!f.ok()) return f.status();
  const internal::FieldInfo& info = p.records[p.units[unit_->kind].record].fields[*f];
  auto v = internal::ConvertText(p, info, text, *unit_, language_);
  if (!v.ok()) return v.status();
  unit_->slots[*f] = *v;
  return absl::OkStatus();
}

absl::Status UnitBuilder::SetBool(std::string_view field, bool value) {
  if (!unit_) return AlreadyBuilt(language_);
  const internal::Program& p = *rules_->program;
  auto f = FindField(p, unit_->kind, field, language_);
  if (!f.ok()) return f.status();
  if (p.records[p.units[unit_->kind].record].fields[*f].type.kind != internal::Type::kBool) {
    return WrongType(field, internal::Msg::kBuilderNotBool, language_);
  }
  unit_->slots[*f] = internal::Value::Bool(value);
  return absl::OkStatus();
}

absl::Status UnitBuilder::SetInt(std::string_view field, int64_t value) {
  if (!unit_) return AlreadyBuilt(language_);
  const internal::Program& p = *rules_->program;
  auto f = FindField(p, unit_->kind, field, language_);
  if (!f.ok()) return f.status();
  internal::Type::Kind k = p.records[p.units[unit_->kind].record].fields[*f].type.kind;
  if (k != internal::Type::kInt && k != internal::Type::kDecimal) {
    return WrongType(field, internal::Msg::kBuilderNotNumber, language_);
  }
  unit_->slots[*f] = internal::Value::Number(internal::Fixed::FromInt(value));
  return absl::OkStatus();
}

absl::Status UnitBuilder::SetMoney(std::string_view field, int64_t dong) {
  if (!unit_) return AlreadyBuilt(language_);
  const internal::Program& p = *rules_->program;
  auto f = FindField(p, unit_->kind, field, language_);
  if (!f.ok()) return f.status();
  if (p.records[p.units[unit_->kind].record].fields[*f].type.kind != internal::Type::kMoney) {
    return WrongType(field, internal::Msg::kBuilderNotMoney, language_);
  }
  unit_->slots[*f] = internal::Value::Number(internal::Fixed::FromInt(dong));
  return absl::OkStatus();
}

absl::StatusOr<Unit> UnitBuilder::Build() {
  if (!unit_) return AlreadyBuilt(language_);
  const internal::Program& p = *rules_->program;
  const internal::RecordInfo& r = p.records[p.units[unit_->kind].record];
  for (size_t i = 0; i < r.fields.size(); ++i) {
    if (!r.fields[i].optional && unit_->slots[i].tag == internal::Value::kUnknown) {
      return absl::InvalidArgumentError(internal::FormatMessage(
          language_, internal::Msg::kDataMissing, {r.fields[i].name}));
    }
  }
  return Unit(std::shared_ptr<const internal::UnitData>(std::move(unit_)));
}

}  // namespace thidua
