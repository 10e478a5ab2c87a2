// List files: the members of one membership list, one a row. Deliberately
// plainer than a units file (no quoting inside cells, no kinds, no fields):
// a member is an id, and an id that a spreadsheet had to quote is a mistake
// to report, not to read.
#include "io/lists.hpp"

#include <string>

#include "absl/strings/str_join.h"
#include "base/utf8.hpp"
#include "io/convert.hpp"

namespace thidua::internal {
namespace {

constexpr size_t kMaxIdBytes = 1024;  // longer is not an id (docs/limits.md)

// Cells of one line, split at `delimiter`, trimmed, one pair of quotes
// around a whole cell removed.
std::vector<std::string_view> Cells(std::string_view line, char delimiter) {
  std::vector<std::string_view> cells;
  size_t start = 0;
  while (true) {
    size_t end = line.find(delimiter, start);
    std::string_view cell = io::Trim(line.substr(start, end == line.npos ? line.npos : end - start));
    if (cell.size() >= 2 && cell.front() == '"' && cell.back() == '"') {
      cell = io::Trim(cell.substr(1, cell.size() - 2));
    }
    cells.push_back(cell);
    if (end == line.npos) return cells;
    start = end + 1;
  }
}

char Delimiter(std::string_view header) {
  if (header.find('\t') != header.npos) return '\t';
  if (header.find(';') != header.npos) return ';';
  return ',';
}

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
  std::vector<std::pair<int64_t, std::string_view>> lines;  // (row, text)
  int64_t row = 0;
  for (size_t start = 0; start <= text.size();) {
    size_t end = text.find('\n', start);
    std::string_view line = text.substr(start, end == text.npos ? text.npos : end - start);
    ++row;
    if (!io::Trim(line).empty()) lines.emplace_back(row, line);
    if (end == text.npos) break;
    start = end + 1;
  }
  if (lines.empty()) return absl::InvalidArgumentError(message(Msg::kDataEmpty));

  const char delimiter = Delimiter(lines[0].second);
  std::vector<std::string_view> header = Cells(lines[0].second, delimiter);
  int id_column = -1, instrument_column = -1;
  for (size_t c = 0; c < header.size(); ++c) {
    if (header[c] == "id") id_column = static_cast<int>(c);
    if (header[c] == "instrument") instrument_column = static_cast<int>(c);
  }
  if (id_column < 0) {
    return absl::InvalidArgumentError(
        message(Msg::kListNoIdColumn, {io::Shown(lines[0].second)}));
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
  for (size_t i = 1; i < lines.size(); ++i) {
    const auto& [line_row, line] = lines[i];
    ++result.rows_read;
    if (result.rows_read > options.max_rows) {
      result.errors.push_back(
          {line_row, "", message(Msg::kDataTooManyRows, {std::to_string(options.max_rows)})});
      break;
    }
    if (std::optional<size_t> bad = FindInvalidUtf8(line)) {
      result.errors.push_back(
          {line_row, "", message(Msg::kDataInvalidUtf8, {std::to_string(*bad + 1)})});
      continue;
    }
    std::vector<std::string_view> cells = Cells(line, delimiter);
    if (cells.size() != header.size()) {
      result.errors.push_back({line_row, "",
                               message(Msg::kDataWrongCellCount,
                                       {std::to_string(cells.size()),
                                        std::to_string(header.size())})});
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
