// Reading units from data files: CSV and JSON / JSON Lines. A bad row is
// reported with its row and column and never stops the others: every row
// read is either a unit or an error (rows_read = units + rows in error).
#ifndef THIDUA_SRC_IO_READ_HPP_
#define THIDUA_SRC_IO_READ_HPP_

#include <cstdint>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

#include "absl/status/statusor.h"
#include "check/program.hpp"
#include "eval/arena.hpp"
#include "eval/value.hpp"
#include "io/ids.hpp"
#include "thidua/thidua.hpp"

namespace thidua::internal {

struct ReadOptions {
  Language language = Language::kEnglish;
  // Unit kind for rows without a `kind` column / key; empty: rows must say.
  std::string default_kind;
  int64_t max_rows = 10'000'000;
  size_t max_list_length = 10'000;
};

struct RowError {
  int64_t row = 0;      // 1-based: CSV line of the record (header = 1),
                        // JSON Lines line, or index+1 in a JSON array
  std::string column;   // field name, or "" for the whole row
  std::string message;  // in ReadOptions::language
};

struct ReadResult {
  // The memory of `units` (their slots, texts and lists): declared first, so
  // that it goes after them.
  std::unique_ptr<UnitArena> arena = std::make_unique<UnitArena>();
  std::vector<UnitData> units;  // each built on `arena`
  std::vector<int64_t> unit_rows;  // the row each unit came from, ascending
  // Every id of the rows read (units' and rows in error's), which links the
  // units to their parents. Held by pointer: the registry does not move.
  std::unique_ptr<io::IdRegistry> ids = std::make_unique<io::IdRegistry>();
  std::vector<RowError> errors;    // at most one per row
  std::vector<std::string> warnings;  // e.g. an unknown column, once
  int64_t rows_read = 0;
};

// "row 7, column contribution: …" / "dòng 7, cột contribution: …".
std::string FormatRowError(const RowError& error, Language language);

// Converts one cell of text to a value of `field`'s type: "300 triệu",
// "300.000.000", "40%", "15/3/2023", an enum member's name or label, "có" …
// Errors say what was expected. Empty text (or spaces only) gives
// Value::Unknown(): whether a missing value is allowed is the caller's call.
absl::StatusOr<Value> ConvertText(const Program& program,
                                  const FieldInfo& field, std::string_view text,
                                  UnitData& unit, Language language);

// CSV: header row of field names; UTF-8 with or without BOM; ',' ';' or tab,
// detected from the header; RFC 4180 quoting; an empty cell is missing.
absl::StatusOr<ReadResult> ReadCsv(const Program& program,
                                   std::string_view text,
                                   const ReadOptions& options);

// JSON: an array of objects, an object with a "units" array, or JSON Lines
// (one object per line). Lists are arrays of objects.
absl::StatusOr<ReadResult> ReadJson(const Program& program,
                                    std::string_view text,
                                    const ReadOptions& options);

// Builds one unit from a JSON object text (for the API and the C binding).
absl::StatusOr<UnitData> UnitFromJson(const Program& program,
                                      std::string_view json,
                                      const ReadOptions& options);

}  // namespace thidua::internal

#endif  // THIDUA_SRC_IO_READ_HPP_
