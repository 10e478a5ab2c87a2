// List files: the members of one membership list, one a row. Cells are read
// as in a units file (src/io/csv.hpp: RFC 4180 quoting, the same delimiter
// choice), so a note column may hold any text a spreadsheet writes; the id
// itself is checked more strictly: one line of text without quotes, since an
// id with a quote or a line break in it is a mistake to report, not a member.
#include "io/lists.hpp"

#include <algorithm>
#include <string>

#include "absl/strings/str_join.h"
#include "base/utf8.hpp"
#include "io/convert.hpp"
#include "io/csv.hpp"

namespace thidua::internal {
namespace {

constexpr size_t kMaxIdBytes = 1024;  // longer is not an id (docs/limits.md)

bool WellFormedId(std::string_view id) {
  if (id.empty() || id.size() > kMaxIdBytes) return false;
  for (char c : id) {
    if (static_cast<unsigned char>(c) < 0x20 || c == '"') return false;
  }
  return true;
}

}  // namespace

absl::StatusOr<ListReadResult> ReadListMembers(const Program& program, int32_t list,
                                               std::string_view text,
                                               const ReadOptions& options,
                                               ListMembers* into) {
  auto message = [&](Msg id, const std::vector<std::string>& args = {}) {
    return FormatMessage(options.language, id, args);
  };
  const RuleInfo& info = program.lists[static_cast<size_t>(list)];
  into->versions.resize(program.lists.size());
  into->given.resize(program.lists.size(), 0);
  const int32_t versions = std::max(1, info.version_count());
  std::vector<MemberSet>& sets = into->versions[static_cast<size_t>(list)];
  sets.resize(static_cast<size_t>(versions));

  text = StripBom(text);
  size_t first = text.find_first_not_of(" \t\r\n");
  if (first == text.npos) return absl::InvalidArgumentError(message(Msg::kDataEmpty));
  size_t header_line = text.find_last_of("\r\n", first);
  const char delimiter =
      DetectDelimiter(text.substr(header_line == text.npos ? 0 : header_line + 1));
  struct Row {
    int64_t line;
    std::vector<std::string> cells;  // trimmed
    bool unclosed;
  };
  std::vector<Row> rows;  // the header, then the rows that are not blank
  ScanCsv(text, delimiter,
          [&](int64_t line, const std::vector<std::string_view>& cells, bool unclosed) {
            Row row{line, {}, unclosed};
            bool blank = true;
            for (std::string_view cell : cells) {
              row.cells.emplace_back(io::Trim(cell));
              blank = blank && row.cells.back().empty();
            }
            if (!blank || unclosed) rows.push_back(std::move(row));
            // One row past the limit is enough to report it.
            return static_cast<int64_t>(rows.size()) <= options.max_rows + 1;
          });

  if (rows.empty()) return absl::InvalidArgumentError(message(Msg::kDataEmpty));  // ",,"
  const std::vector<std::string>& header = rows[0].cells;
  int id_column = -1, instrument_column = -1;
  for (size_t c = 0; c < header.size(); ++c) {
    if (header[c] == "id") id_column = static_cast<int>(c);
    if (header[c] == "instrument") instrument_column = static_cast<int>(c);
  }
  if (id_column < 0) {
    return absl::InvalidArgumentError(
        message(Msg::kListNoIdColumn, {io::Shown(absl::StrJoin(header, ", "))}));
  }
  // Which version a row's instrument names; with one version, any row is it.
  std::vector<std::string> instruments;
  for (int32_t v = 0; v < versions; ++v) {
    int32_t in = info.Version(v).instrument;
    instruments.push_back(in >= 0 ? program.instruments[static_cast<size_t>(in)].name : "");
  }
  if (versions > 1 && instrument_column < 0) {
    return absl::InvalidArgumentError(
        message(Msg::kListNeedsInstrument, {info.name, absl::StrJoin(instruments, ", ")}));
  }

  ListReadResult result;
  for (size_t i = 1; i < rows.size(); ++i) {
    const int64_t line_row = rows[i].line;
    const std::vector<std::string>& cells = rows[i].cells;
    ++result.rows_read;
    if (result.rows_read > options.max_rows) {
      result.errors.push_back(
          {line_row, "", message(Msg::kDataTooManyRows, {std::to_string(options.max_rows)})});
      break;
    }
    if (rows[i].unclosed) {
      result.errors.push_back({line_row, "", message(Msg::kDataUnclosedQuote)});
      continue;
    }
    if (cells.size() != header.size()) {
      result.errors.push_back({line_row, "",
                               message(Msg::kDataWrongCellCount,
                                       {std::to_string(cells.size()),
                                        std::to_string(header.size())})});
      continue;
    }
    auto bad_cell = std::find_if(cells.begin(), cells.end(), [](const std::string& cell) {
      return FindInvalidUtf8(cell).has_value();
    });
    if (bad_cell != cells.end()) {
      result.errors.push_back(
          {line_row, header[static_cast<size_t>(bad_cell - cells.begin())],
           message(Msg::kDataInvalidUtf8, {std::to_string(*FindInvalidUtf8(*bad_cell) + 1)})});
      continue;
    }
    std::string_view id = cells[static_cast<size_t>(id_column)];
    if (!WellFormedId(id)) {
      result.errors.push_back({line_row, "id", message(Msg::kListBadId, {io::Shown(id)})});
      continue;
    }
    int32_t version = 0;
    if (instrument_column >= 0 && (versions > 1 || !instruments[0].empty())) {
      std::string_view named = cells[static_cast<size_t>(instrument_column)];
      auto it = std::find(instruments.begin(), instruments.end(), named);
      if (it == instruments.end()) {
        result.errors.push_back({line_row, "instrument",
                                 message(Msg::kListUnknownInstrument,
                                         {io::Shown(named), info.name,
                                          absl::StrJoin(instruments, ", ")})});
        continue;
      }
      version = static_cast<int32_t>(it - instruments.begin());
    }
    sets[static_cast<size_t>(version)].ids.push_back(IsNfc(id) ? std::string(id)
                                                               : NormalizeNfc(id));
    ++result.members;
  }
  for (MemberSet& s : sets) s.Seal();
  into->given[static_cast<size_t>(list)] = 1;
  return result;
}

}  // namespace thidua::internal
