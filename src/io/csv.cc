// Reading units from CSV: a header of field names, then one unit a record.
#include <algorithm>
#include <cstdint>
#include <cstring>
#include <string>
#include <utility>
#include <vector>

#include "absl/strings/str_join.h"
#include "base/utf8.hpp"
#include "io/convert.hpp"
#include "io/csv.hpp"
#include "io/read.hpp"

namespace thidua::internal {
namespace {

using io::Problem;

// One record: its cells and the physical line it starts on. The cells view
// the text read, or the scanner's buffer: valid until the scanner's next
// record.
struct Record {
  int64_t line = 0;
  std::vector<std::string_view> cells;
  bool unclosed = false;  // a quoted cell runs to the end of the file

  bool blank() const {
    return std::all_of(cells.begin(), cells.end(), [](std::string_view c) {
      return io::Trim(c).empty();
    });
  }
};

// RFC 4180 records: quotes around cells, "" for a quote inside them, line
// breaks and delimiters inside quotes; CRLF, LF or a lone CR end a record.
// A cell is a view of the text as long as it is one unbroken run of it (no
// "" and no CR inside): most cells are never copied. A run is found by a
// tight loop over bytes, not a push_back per character.
class Scanner {
 public:
  Scanner(std::string_view text, char delimiter)
      : text_(text), delimiter_(delimiter) {}

  bool Next(Record* record) {
    const size_t n = text_.size();
    if (pos_ >= n) return false;
    record->line = line_;
    record->unclosed = false;
    spans_.clear();
    owned_.clear();
    while (true) {
      Span cell{pos_, pos_, false};
      if (pos_ < n && text_[pos_] == '"') {
        cell = {++pos_, pos_, false};
        bool closed = false;
        while (pos_ < n) {
          size_t k = Until(pos_, '"');
          if (k == n) {
            Extend(&cell, pos_, k);
            pos_ = k;
            break;
          }
          if (text_[k] == '"') {
            if (k + 1 < n && text_[k + 1] == '"') {  // "": one quote
              Extend(&cell, pos_, k + 1);
              pos_ = k + 2;
              continue;
            }
            Extend(&cell, pos_, k);
            pos_ = k + 1;
            closed = true;
            break;
          }
          // A line break inside quotes is kept as one LF.
          if (text_[k] == '\n') {
            Extend(&cell, pos_, k + 1);
            pos_ = k + 1;
          } else {
            Extend(&cell, pos_, k);
            Own(&cell);
            owned_.push_back('\n');
            cell.end = owned_.size();
            pos_ = k + (k + 1 < n && text_[k + 1] == '\n' ? 2 : 1);
          }
          ++line_;
        }
        if (!closed) {
          spans_.push_back(cell);
          record->unclosed = true;
          Resolve(record);
          return true;
        }
      }
      // Unquoted text, or text after a closing quote (kept, leniently).
      size_t k = Until(pos_, delimiter_);
      Extend(&cell, pos_, k);
      pos_ = k;
      spans_.push_back(cell);
      if (pos_ >= n) break;
      char c = text_[pos_];
      if (c == delimiter_) {
        ++pos_;
        continue;
      }
      pos_ += (c == '\r' && pos_ + 1 < n && text_[pos_ + 1] == '\n') ? 2 : 1;
      ++line_;
      break;
    }
    Resolve(record);
    return true;
  }

 private:
  // A cell: [begin, end) of the text, or of owned_ when `owned`.
  struct Span {
    size_t begin, end;
    bool owned;
  };

  // The first `stop`, LF or CR at or after k, or the end: eight bytes at a
  // time (a byte equal to one of them is a zero byte of the word XORed with
  // it; the lowest such byte is found exactly, little-endian).
  size_t Until(size_t k, char stop) const {
    constexpr uint64_t kOnes = 0x0101010101010101ULL, kHighs = 0x8080808080808080ULL;
    auto zero = [](uint64_t v) { return (v - kOnes) & ~v & kHighs; };
    const uint64_t s = kOnes * static_cast<unsigned char>(stop);
    const size_t n = text_.size();
    for (; k + 8 <= n; k += 8) {
      uint64_t w;
      std::memcpy(&w, text_.data() + k, 8);
      uint64_t hit = zero(w ^ s) | zero(w ^ (kOnes * '\n')) | zero(w ^ (kOnes * '\r'));
      if (hit != 0) return k + static_cast<size_t>(__builtin_ctzll(hit) >> 3);
    }
    while (k < n && text_[k] != stop && text_[k] != '\n' && text_[k] != '\r') ++k;
    return k;
  }

  // Moves the cell into owned_ (from the first "" or CR on).
  void Own(Span* cell) {
    if (cell->owned) return;
    size_t begin = owned_.size();
    owned_.append(text_.substr(cell->begin, cell->end - cell->begin));
    *cell = {begin, owned_.size(), true};
  }
  // Adds text_[from, to) to the cell.
  void Extend(Span* cell, size_t from, size_t to) {
    if (from == to) return;
    if (!cell->owned && cell->end == from) {
      cell->end = to;
      return;
    }
    Own(cell);
    owned_.append(text_.substr(from, to - from));
    cell->end = owned_.size();
  }
  // The views, once owned_ no longer grows.
  void Resolve(Record* record) const {
    record->cells.clear();
    for (const Span& s : spans_) {
      std::string_view from = s.owned ? std::string_view(owned_) : text_;
      record->cells.push_back(from.substr(s.begin, s.end - s.begin));
    }
  }

  std::string_view text_;
  char delimiter_;
  size_t pos_ = 0;
  int64_t line_ = 1;
  std::vector<Span> spans_;
  std::string owned_;
};

}  // namespace

char DetectDelimiter(std::string_view text) {
  size_t comma = 0, semicolon = 0, tab = 0;
  bool quoted = false;
  for (char c : text) {
    if (c == '"') quoted = !quoted;
    if (quoted) continue;
    if (c == '\n' || c == '\r') break;
    if (c == ',') ++comma;
    if (c == ';') ++semicolon;
    if (c == '\t') ++tab;
  }
  if (semicolon > comma && semicolon >= tab) return ';';
  if (tab > comma && tab > semicolon) return '\t';
  return ',';
}

void ScanCsv(std::string_view text, char delimiter,
             absl::FunctionRef<bool(int64_t, const std::vector<std::string_view>&, bool)>
                 each) {
  Scanner scanner(text, delimiter);
  Record record;
  while (scanner.Next(&record)) {
    if (!each(record.line, record.cells, record.unclosed)) return;
  }
}

absl::StatusOr<ReadResult> ReadCsv(const Program& program,
                                   std::string_view text,
                                   const ReadOptions& options) {
  text = StripBom(text);
  io::Context ctx;
  ctx.program = &program;
  ctx.language = options.language;
  ctx.max_list_length = options.max_list_length;
  ReadResult result;
  absl::flat_hash_set<std::string> warned;
  ctx.warnings = &result.warnings;
  ctx.warned = &warned;

  // Skip blank lines before the header.
  size_t start = 0;
  int64_t skipped_lines = 0;
  while (start < text.size()) {
    size_t end = text.find('\n', start);
    std::string_view line = text.substr(
        start, end == std::string_view::npos ? std::string_view::npos
                                             : end - start);
    if (!io::Trim(line).empty()) break;
    if (end == std::string_view::npos) {
      start = text.size();
      break;
    }
    start = end + 1;
    ++skipped_lines;
  }
  if (start >= text.size()) {
    return absl::InvalidArgumentError(ctx.Text(Msg::kDataEmpty));
  }
  std::string_view body = text.substr(start);
  Scanner scanner(body, DetectDelimiter(body));
  Record header;
  scanner.Next(&header);

  // Header: names trimmed and NFC; "kind" and the fields of every kind.
  std::vector<std::string> names;
  int kind_column = -1;
  bool any_known = false;
  absl::flat_hash_set<std::string> all_fields;
  for (const UnitInfo& u : program.units) {
    for (const FieldInfo& f : program.records[static_cast<size_t>(u.record)].fields) {
      all_fields.insert(f.name);
    }
  }
  absl::flat_hash_set<std::string> seen;
  for (size_t c = 0; c < header.cells.size(); ++c) {
    std::string_view raw = io::Trim(header.cells[c]);
    std::string name = FindInvalidUtf8(raw) ? io::Shown(raw) : NormalizeNfc(raw);
    bool known = name == "kind" || all_fields.contains(name);
    if (known) {
      any_known = true;
      if (!seen.insert(name).second) {
        return absl::InvalidArgumentError(
            ctx.Text(Msg::kDataDuplicateColumn, {name}));
      }
      if (name == "kind") kind_column = static_cast<int>(c);
    } else if (!name.empty()) {
      ctx.WarnOnce("column\n" + name,
                   ctx.Text(Msg::kDataUnknownColumn, {io::Shown(name)}));
    }
    names.push_back(std::move(name));
  }
  if (!any_known) {
    std::vector<std::string> found;
    for (size_t c = 0; c < names.size() && c < 8; ++c) {
      found.push_back("'" + io::Shown(names[c]) + "'");
    }
    std::vector<std::string> expected = {"kind", "id"};
    if (!program.units.empty()) {
      const RecordInfo& r =
          program.records[static_cast<size_t>(program.units[0].record)];
      for (size_t i = 1; i < r.fields.size() && expected.size() < 5; ++i) {
        expected.push_back(r.fields[i].name);
      }
    }
    return absl::InvalidArgumentError(
        ctx.Text(Msg::kDataNoFields,
                 {absl::StrJoin(found, ", "), absl::StrJoin(expected, ", ")}));
  }
  absl::StatusOr<int32_t> default_kind = io::DefaultKind(program, options);
  if (!default_kind.ok()) return default_kind.status();
  if (kind_column < 0 && *default_kind < 0) {
    std::vector<std::string> kinds;
    for (const UnitInfo& u : program.units) kinds.push_back(u.name);
    return absl::InvalidArgumentError(
        ctx.Text(Msg::kDataNoKindColumn, {absl::StrJoin(kinds, ", ")}));
  }

  // Per kind: the column of each field (-1: none), and the columns that
  // belong to other kinds only.
  struct KindColumns {
    bool ready = false;
    std::vector<int> column_of_field;
    std::vector<int> foreign_columns;
  };
  std::vector<KindColumns> by_kind(program.units.size());
  auto columns_for = [&](int32_t kind) -> const KindColumns& {
    KindColumns& k = by_kind[static_cast<size_t>(kind)];
    if (k.ready) return k;
    const RecordInfo& r = program.records[static_cast<size_t>(
        program.units[static_cast<size_t>(kind)].record)];
    k.column_of_field.assign(r.fields.size(), -1);
    for (size_t c = 0; c < names.size(); ++c) {
      if (static_cast<int>(c) == kind_column) continue;
      int32_t f = r.Find(names[c]);
      if (f >= 0 && !r.fields[static_cast<size_t>(f)].rollup) {  // roll-ups: never data
        k.column_of_field[static_cast<size_t>(f)] = static_cast<int>(c);
      } else if (all_fields.contains(names[c])) {
        k.foreign_columns.push_back(static_cast<int>(c));
      }
    }
    k.ready = true;
    return k;
  };

  io::IdRegistry& ids = *result.ids;
  {
    auto lines = static_cast<int64_t>(std::count(body.begin(), body.end(), '\n'));
    size_t expected = static_cast<size_t>(std::max<int64_t>(
        0, std::min(lines, options.max_rows)));
    result.units.reserve(expected);
    result.unit_rows.reserve(expected);
    ids.Reserve(expected);
  }
  // One check of the whole text instead of one per cell (cells are views
  // of it, or copies without its "" and CR).
  ctx.valid_utf8 = !FindInvalidUtf8(body).has_value();
  Record record;
  const int64_t line_offset = skipped_lines;
  while (scanner.Next(&record)) {
    if (!record.unclosed && record.blank()) continue;
    const int64_t row = record.line + line_offset;
    if (result.rows_read >= options.max_rows) {
      ++result.rows_read;
      result.errors.push_back(
          {row, "",
           ctx.Text(Msg::kDataTooManyRows, {std::to_string(options.max_rows)})});
      break;
    }
    ++result.rows_read;
    ctx.row = row;
    if (record.unclosed) {
      result.errors.push_back({row, "", ctx.Text(Msg::kDataUnclosedQuote)});
      continue;
    }
    if (record.cells.size() != names.size()) {
      result.errors.push_back(
          {row, "",
           ctx.Text(Msg::kDataWrongCellCount,
                    {std::to_string(record.cells.size()),
                     std::to_string(names.size())})});
      continue;
    }
    int32_t kind = *default_kind;
    if (kind_column >= 0) {
      std::string_view cell = io::Trim(record.cells[static_cast<size_t>(kind_column)]);
      if (!ctx.valid_utf8 && FindInvalidUtf8(cell)) {
        result.errors.push_back(
            {row, "kind", ctx.Text(Msg::kDataInvalidUtf8,
                                   {std::to_string(*FindInvalidUtf8(cell) + 1)})});
        continue;
      }
      if (!cell.empty()) {
        std::string name = NormalizeNfc(cell);
        kind = io::FindKind(program, name);
        if (kind < 0) {
          result.errors.push_back({row, "kind", io::UnknownKindMessage(ctx, name)});
          continue;
        }
      }
    }
    if (kind < 0) {
      result.errors.push_back({row, "kind", ctx.Text(Msg::kDataNoKind)});
      continue;
    }
    const KindColumns& columns = columns_for(kind);
    const UnitInfo& info = program.units[static_cast<size_t>(kind)];
    const RecordInfo& r = program.records[static_cast<size_t>(info.record)];
    // Built in place, on the table's arena.
    UnitData& unit = result.units.emplace_back(result.arena->memory());
    unit.kind = kind;
    unit.slots.assign(r.fields.size(), Value::Unknown());
    std::vector<Problem> problems;
    for (size_t i = 0; i < r.fields.size(); ++i) {
      const FieldInfo& field = r.fields[i];
      int c = columns.column_of_field[i];
      std::string_view cell =
          c >= 0 ? record.cells[static_cast<size_t>(c)] : std::string_view();
      Value v = Value::Unknown();
      if (auto p = io::ConvertCell(ctx, field, cell, field.name, unit, &v)) {
        problems.push_back(std::move(*p));
        continue;
      }
      if (v.tag == Value::kUnknown && !field.optional) {
        problems.push_back(
            Problem{field.name, ctx.Text(Msg::kDataMissing, {field.name})});
        continue;
      }
      unit.slots[i] = v;
    }
    for (int c : columns.foreign_columns) {
      if (io::Trim(record.cells[static_cast<size_t>(c)]).empty()) continue;
      const std::string& name = names[static_cast<size_t>(c)];
      ctx.WarnOnce(r.name + "\n" + name,
                   ctx.Text(Msg::kDataIgnoredField,
                            {name, info.name, std::to_string(row)}));
    }
    if (int64_t earlier = ids.Register(unit.id(), row)) {
      problems.insert(problems.begin(),
                      Problem{"id", ctx.Text(Msg::kDataDuplicateId,
                                             {io::Shown(unit.id()),
                                              std::to_string(earlier)})});
    }
    if (!problems.empty()) {
      result.units.pop_back();
      result.errors.push_back(io::MakeRowError(row, problems));
      continue;
    }
    result.unit_rows.push_back(row);
  }
  return result;
}

}  // namespace thidua::internal
