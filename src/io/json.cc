// Reading units from JSON: an array of objects, an object with a "units"
// array, or JSON Lines. The top level is split into rows by a small scanner
// (no recursion, strings respected) so that one bad row never hides the
// others; each row is then parsed on its own, after a depth check.
#include <algorithm>
#include <functional>
#include <string>
#include <utility>
#include <vector>

#include "absl/strings/str_cat.h"
#include "base/utf8.hpp"
#include "io/convert.hpp"
#include "io/read.hpp"

namespace thidua::internal {
namespace {

using io::Problem;
using io::json;

bool IsSpace(char c) {
  return c == ' ' || c == '\t' || c == '\r' || c == '\n';
}

size_t SkipSpace(std::string_view text, size_t pos) {
  while (pos < text.size() && IsSpace(text[pos])) ++pos;
  return pos;
}

// Index one past the end of the string that starts at text[pos] == '"', or
// npos when it is not closed.
size_t SkipString(std::string_view text, size_t pos) {
  for (size_t i = pos + 1; i < text.size(); ++i) {
    if (text[i] == '\\') {
      ++i;
    } else if (text[i] == '"') {
      return i + 1;
    }
  }
  return std::string_view::npos;
}

// One past the end of the value that starts at text[pos] ('{' or '['), by
// counting brackets outside strings; npos when it does not close.
size_t SkipValue(std::string_view text, size_t pos) {
  int depth = 0;
  for (size_t i = pos; i < text.size(); ++i) {
    char c = text[i];
    if (c == '"') {
      i = SkipString(text, i);
      if (i == std::string_view::npos) return i;
      --i;
    } else if (c == '[' || c == '{') {
      ++depth;
    } else if (c == ']' || c == '}') {
      if (--depth == 0) return i + 1;
    }
  }
  return std::string_view::npos;
}

// Calls `row(index, element text)` for each element of the array that opens
// at text[open]; stops early when `row` returns false. Sets `closed` when the
// array ends with ']' and `after` to where the text after it starts.
void SplitArray(std::string_view text, size_t open,
                const std::function<bool(int64_t, std::string_view)>& row,
                bool* closed, size_t* after) {
  *closed = false;
  *after = text.size();
  int depth = 0;
  size_t start = open + 1;
  int64_t index = 0;
  bool any = false;  // a comma or a non-blank element so far
  for (size_t i = open + 1; i < text.size(); ++i) {
    char c = text[i];
    if (c == '"') {
      i = SkipString(text, i);
      if (i == std::string_view::npos) break;
      --i;
    } else if (c == '[' || c == '{') {
      ++depth;
    } else if ((c == ']' || c == '}') && depth > 0) {
      --depth;
    } else if (c == ']' && depth == 0) {
      std::string_view element = text.substr(start, i - start);
      if (any || !io::Trim(element).empty()) row(++index, element);
      *closed = true;
      *after = i + 1;
      return;
    } else if (c == ',' && depth == 0) {
      any = true;
      if (!row(++index, text.substr(start, i - start))) return;
      start = i + 1;
    }
  }
  // Not closed: the file was cut short. The last piece, if any, is a row
  // (its parse reports the truncation).
  std::string_view element = text.substr(std::min(start, text.size()));
  if (!io::Trim(element).empty()) row(++index, element);
}

// Reads rows one by one into `result`.
class RowReader {
 public:
  RowReader(const Program& program, const ReadOptions& options,
            int32_t default_kind, ReadResult* result)
      : options_(options), default_kind_(default_kind), result_(result) {
    ctx_.program = &program;
    ctx_.language = options.language;
    ctx_.max_list_length = options.max_list_length;
    ctx_.warnings = &result->warnings;
    ctx_.warned = &warned_;
  }

  const io::Context& context() const { return ctx_; }

  // Returns false once the row limit stops reading.
  bool Row(int64_t row, std::string_view text) {
    if (result_->rows_read >= options_.max_rows) {
      ++result_->rows_read;
      result_->errors.push_back(
          {row, "", ctx_.Text(Msg::kDataTooManyRows,
                              {std::to_string(options_.max_rows)})});
      return false;
    }
    ++result_->rows_read;
    ctx_.row = row;
    text = io::Trim(text);
    if (text.empty()) {
      result_->errors.push_back({row, "", ctx_.Text(Msg::kDataEmptyElement)});
      return true;
    }
    json object;
    if (auto p = io::ParseJson(ctx_, text, &object)) {
      result_->errors.push_back({row, p->column, p->message});
      return true;
    }
    if (!object.is_object()) {
      result_->errors.push_back({row, "", ctx_.Text(Msg::kDataRowNotObject)});
      return true;
    }
    // Built in place, on the table's arena.
    UnitData& unit = result_->units.emplace_back(result_->arena->memory());
    std::vector<Problem> problems;
    io::UnitFromObject(ctx_, object, default_kind_, &unit, &problems);
    if (int64_t earlier = result_->ids->Register(unit.id(), row)) {
      problems.insert(problems.begin(),
                      Problem{"id", ctx_.Text(Msg::kDataDuplicateId,
                                              {io::Shown(unit.id()),
                                               std::to_string(earlier)})});
    }
    if (!problems.empty()) {
      result_->units.pop_back();
      result_->errors.push_back(io::MakeRowError(row, problems));
      return true;
    }
    result_->unit_rows.push_back(row);
    return true;
  }

 private:
  const ReadOptions& options_;
  int32_t default_kind_;
  ReadResult* result_;
  io::Context ctx_;
  absl::flat_hash_set<std::string> warned_;
};

// Calls `row(line number, line)` for each non-blank line; stops early when
// `row` returns false.
void SplitLines(std::string_view text,
                const std::function<bool(int64_t, std::string_view)>& row) {
  int64_t line = 0;
  size_t pos = 0;
  while (pos < text.size()) {
    size_t end = text.find('\n', pos);
    if (end == std::string_view::npos) end = text.size();
    ++line;
    std::string_view piece = text.substr(pos, end - pos);
    pos = end + 1;
    if (io::Trim(piece).empty()) continue;
    if (!row(line, piece)) return;
  }
}

// Whether some non-blank line of `text` holds a complete {…} on its own.
bool HasObjectLine(std::string_view text) {
  size_t pos = 0;
  while (pos < text.size()) {
    size_t end = text.find('\n', pos);
    if (end == std::string_view::npos) end = text.size();
    std::string_view line = io::Trim(text.substr(pos, end - pos));
    pos = end + 1;
    if (!line.empty() && line.front() == '{' &&
        SkipValue(line, 0) == line.size()) {
      return true;
    }
  }
  return false;
}

// Position of the '[' that starts the value of the top-level key "units" in
// the object opening at text[open], or npos.
size_t FindUnitsArray(std::string_view text, size_t open, bool* found_key) {
  *found_key = false;
  int depth = 0;
  for (size_t i = open; i < text.size(); ++i) {
    char c = text[i];
    if (c == '"') {
      size_t end = SkipString(text, i);
      if (end == std::string_view::npos) return end;
      if (depth == 1) {
        size_t colon = SkipSpace(text, end);
        if (colon < text.size() && text[colon] == ':' &&
            text.substr(i, end - i) == "\"units\"") {
          *found_key = true;
          size_t value = SkipSpace(text, colon + 1);
          if (value < text.size() && text[value] == '[') return value;
          return std::string_view::npos;
        }
      }
      i = end - 1;
    } else if (c == '[' || c == '{') {
      ++depth;
    } else if (c == ']' || c == '}') {
      if (--depth == 0) return std::string_view::npos;
    }
  }
  return std::string_view::npos;
}

}  // namespace

absl::StatusOr<ReadResult> ReadJson(const Program& program,
                                    std::string_view text,
                                    const ReadOptions& options) {
  text = StripBom(text);
  io::Context messages;
  messages.language = options.language;
  size_t start = SkipSpace(text, 0);
  if (start >= text.size()) {
    return absl::InvalidArgumentError(messages.Text(Msg::kDataEmpty));
  }
  absl::StatusOr<int32_t> default_kind = io::DefaultKind(program, options);
  if (!default_kind.ok()) return default_kind.status();

  ReadResult result;
  RowReader reader(program, options, *default_kind, &result);
  // The rows are found first (a scan, no parsing), so that the units can be
  // reserved and built in place; then each is parsed and converted.
  const auto limit = static_cast<size_t>(std::max<int64_t>(0, options.max_rows));
  std::vector<std::pair<int64_t, std::string_view>> rows;
  auto collect = [&rows, limit](int64_t index, std::string_view piece) {
    rows.emplace_back(index, piece);
    return rows.size() <= limit;  // one more than the limit, for its error
  };
  auto process = [&] {
    size_t n = std::min(rows.size(), limit);
    result.units.reserve(n);
    result.unit_rows.reserve(n);
    for (const auto& [index, piece] : rows) {
      if (!reader.Row(index, piece)) break;
    }
  };
  auto read_array = [&](size_t open, bool top_level) {
    bool closed = false;
    size_t after = 0;
    SplitArray(text, open, collect, &closed, &after);
    process();
    if (rows.size() > limit) return;  // stopped at the row limit
    if (!closed) {
      result.warnings.push_back(messages.Text(Msg::kDataTruncatedJson));
    } else if (top_level && SkipSpace(text, after) < text.size()) {
      result.warnings.push_back(messages.Text(Msg::kDataTrailingText));
    }
  };
  auto read_lines = [&] {
    SplitLines(text, collect);
    process();
  };

  char first = text[start];
  if (first == '[') {
    read_array(start, true);
    return result;
  }
  if (first == '{') {
    size_t end = SkipValue(text, start);
    if (end != std::string_view::npos && SkipSpace(text, end) >= text.size()) {
      // One document: {"units": [...]} or a single unit.
      bool has_units = false;
      size_t units = FindUnitsArray(text, start, &has_units);
      if (units != std::string_view::npos) {
        read_array(units, false);
        return result;
      }
      if (has_units) {
        return absl::InvalidArgumentError(messages.Text(Msg::kDataNotUnits));
      }
      reader.Row(1, text.substr(start, end - start));
      return result;
    }
    if (end != std::string_view::npos || HasObjectLine(text)) {
      read_lines();
      return result;
    }
    // A single document that never closes.
    return absl::InvalidArgumentError(messages.Text(Msg::kDataTruncatedJson));
  }
  if (text.find('\n', start) != std::string_view::npos && HasObjectLine(text)) {
    read_lines();
    return result;
  }
  return absl::InvalidArgumentError(messages.Text(Msg::kDataNotUnits));
}

absl::StatusOr<UnitData> UnitFromJson(const Program& program,
                                      std::string_view json_text,
                                      const ReadOptions& options) {
  json_text = io::Trim(StripBom(json_text));
  absl::StatusOr<int32_t> default_kind = io::DefaultKind(program, options);
  if (!default_kind.ok()) return default_kind.status();
  io::Context ctx;
  ctx.program = &program;
  ctx.language = options.language;
  ctx.max_list_length = options.max_list_length;
  json object;
  if (auto p = io::ParseJson(ctx, json_text, &object)) {
    return absl::InvalidArgumentError(p->message);
  }
  if (!object.is_object()) {
    return absl::InvalidArgumentError(ctx.Text(Msg::kDataRowNotObject));
  }
  UnitData unit;
  std::vector<Problem> problems;
  if (!io::UnitFromObject(ctx, object, *default_kind, &unit, &problems)) {
    RowError e = io::MakeRowError(0, problems);
    return absl::InvalidArgumentError(
        e.column.empty() ? e.message : absl::StrCat(e.column, ": ", e.message));
  }
  return unit;
}

}  // namespace thidua::internal
