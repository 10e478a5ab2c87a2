// The C API for data files: a whole CSV / JSON / JSON Lines file read as one
// table of units, with the rows in error kept beside the units.
#include <filesystem>

#include "capi/handles.hpp"

using thidua::capi::Guard;
using thidua::capi::RulesCore;
using thidua::capi::Sink;
using thidua::capi::View;

namespace {

thidua::DataOptions OptionsFor(const RulesCore& core, td_data_format format) {
  thidua::DataOptions options;
  options.language = core.language;
  options.format = format == TD_DATA_CSV    ? thidua::DataOptions::Format::kCsv
                   : format == TD_DATA_JSON ? thidua::DataOptions::Format::kJson
                                            : thidua::DataOptions::Format::kAuto;
  return options;
}

// Moves the units of `read` into handles the caller borrows.
int NewTable(const std::shared_ptr<const RulesCore>& core,
             absl::StatusOr<thidua::UnitTable> read, const Sink& sink,
             td_unit_table** out) {
  if (!read.ok()) return sink.FailStatus(read.status(), TD_E_IO);
  auto table = std::make_unique<td_unit_table>();
  table->core = core;
  table->units.reserve(read->units.size());
  for (thidua::Unit& unit : read->units) {
    std::string id(unit.id());
    table->units.push_back(td_unit{core, std::move(unit), std::move(id)});
  }
  read->units.clear();
  table->pointers.reserve(table->units.size());
  for (const td_unit& unit : table->units) table->pointers.push_back(&unit);
  table->table = *std::move(read);
  thidua::capi::Track(table.get(), thidua::capi::HandleKind::kUnitTable);
  *out = table.release();
  return sink.Ok();
}

// The shared checks of both readers; TD_OK when the call may go on.
int Check(const td_ruleset* rules, td_unit_table** out, const Sink& sink) {
  if (out == nullptr) return sink.Fail(TD_E_MISUSE, "out is NULL");
  *out = nullptr;
  if (!rules->core->rules) return sink.Fail(TD_E_COMPILE, "the rules did not compile");
  return TD_OK;
}

}  // namespace

extern "C" {

int td_unit_table_read(const td_ruleset* rules, const char* text, size_t len,
                       td_data_format format, td_unit_table** out) {
  if (rules == nullptr) return TD_E_MISUSE;
  Sink sink = Sink::Shared(rules->core->serial);
  if (int code = Check(rules, out, sink); code != TD_OK) return code;
  std::string_view data;
  if (!View(text, len, &data)) return sink.Fail(TD_E_MISUSE, "text is NULL");
  if (format < TD_DATA_AUTO || format > TD_DATA_JSON) {
    return sink.Fail(TD_E_MISUSE, "format is not a td_data_format");
  }
  return Guard(sink, [&]() -> int {
    const std::shared_ptr<const RulesCore>& core = rules->core;
    return NewTable(core, core->rules->ReadUnits(data, OptionsFor(*core, format)), sink, out);
  });
}

int td_unit_table_read_file(const td_ruleset* rules, const char* path,
                            size_t path_len, td_unit_table** out) {
  if (rules == nullptr) return TD_E_MISUSE;
  Sink sink = Sink::Shared(rules->core->serial);
  if (int code = Check(rules, out, sink); code != TD_OK) return code;
  std::string_view file;
  if (!View(path, path_len, &file) || file.empty()) {
    return sink.Fail(TD_E_MISUSE, "path is NULL or empty");
  }
  return Guard(sink, [&]() -> int {
    const std::shared_ptr<const RulesCore>& core = rules->core;
    return NewTable(core, core->rules->ReadUnitsFile(file, OptionsFor(*core, TD_DATA_AUTO)),
                    sink, out);
  });
}

void td_unit_table_free(td_unit_table* table) {
  if (thidua::capi::Untrack(table, thidua::capi::HandleKind::kUnitTable)) delete table;
}

size_t td_unit_table_unit_count(const td_unit_table* table) {
  return table == nullptr ? 0 : table->units.size();
}

size_t td_unit_table_error_count(const td_unit_table* table) {
  return table == nullptr ? 0 : table->table.errors.size();
}

int64_t td_unit_table_rows_read(const td_unit_table* table) {
  return table == nullptr ? 0 : table->table.rows_read;
}

const td_unit* td_unit_table_unit(const td_unit_table* table, size_t index) {
  if (table == nullptr || index >= table->units.size()) return nullptr;
  return &table->units[index];
}

const td_unit* const* td_unit_table_units(const td_unit_table* table) {
  if (table == nullptr || table->pointers.empty()) return nullptr;
  return table->pointers.data();
}

int64_t td_unit_table_unit_row(const td_unit_table* table, size_t index) {
  if (table == nullptr || index >= table->table.rows.size()) return -1;
  return table->table.rows[index];
}

int td_unit_table_error(const td_unit_table* table, size_t index, int64_t* row,
                        const char** column, const char** message) {
  if (table == nullptr) return TD_E_MISUSE;
  if (index >= table->table.errors.size()) return TD_E_RANGE;
  const thidua::RowError& e = table->table.errors[index];
  if (row != nullptr) *row = e.row;
  if (column != nullptr) *column = e.column.c_str();
  if (message != nullptr) *message = e.message.c_str();
  return TD_OK;
}

size_t td_unit_table_warning_count(const td_unit_table* table) {
  return table == nullptr ? 0 : table->table.warnings.size();
}

const char* td_unit_table_warning(const td_unit_table* table, size_t index) {
  if (table == nullptr || index >= table->table.warnings.size()) return nullptr;
  return table->table.warnings[index].c_str();
}

}  // extern "C"
