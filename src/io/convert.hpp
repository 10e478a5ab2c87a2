// Shared by the CSV and JSON readers: converting one value (a cell of text or
// a JSON value) to a field's type, filling a record from a JSON object, and
// the small scanners that keep untrusted JSON from nesting too deep.
// Internal to src/io; nlohmann/json stays out of the public headers.
#ifndef THIDUA_SRC_IO_CONVERT_HPP_
#define THIDUA_SRC_IO_CONVERT_HPP_

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include <nlohmann/json.hpp>

#include "absl/container/flat_hash_set.h"
#include "absl/status/statusor.h"
#include "base/messages.hpp"
#include "check/program.hpp"
#include "eval/value.hpp"
#include "io/read.hpp"

namespace thidua::internal::io {

// JSON deeper than this is refused before nlohmann's recursive parser sees it.
inline constexpr int kMaxJsonDepth = 64;

// Objects keep their keys in document order, so that warnings follow it.
using json = nlohmann::ordered_json;

// One problem found while converting a row: where (a field name, or a path
// such as "ocop_products[2].stars"; "" for the whole row) and what.
struct Problem {
  std::string column;
  std::string message;
};

// Everything a conversion needs besides the value itself. Warnings about
// ignored names are reported once per file through `warned`.
struct Context {
  const Program* program = nullptr;
  Language language = Language::kEnglish;
  size_t max_list_length = 10'000;
  int64_t row = 0;                                  // for warnings
  std::vector<std::string>* warnings = nullptr;     // may be null
  absl::flat_hash_set<std::string>* warned = nullptr;
  // The whole input was found valid UTF-8 before its cells were cut out of
  // it (CSV): cells are not checked one by one again.
  bool valid_utf8 = false;

  std::string Text(Msg id, const std::vector<std::string>& args = {}) const {
    return FormatMessage(language, id, args);
  }
  // Reports `message` once per `key` per file.
  void WarnOnce(const std::string& key, const std::string& message) const;
};

// A value as shown in a message: invalid UTF-8 replaced, long text cut.
std::string Shown(std::string_view text);

// Removes leading and trailing spaces, tabs, CR and LF.
std::string_view Trim(std::string_view text);

// The deepest nesting of [ and { outside strings, counting up to `limit` + 1
// (then it stops scanning).
int JsonDepth(std::string_view text, int limit = kMaxJsonDepth);

// Parses one JSON value held in `text` (already checked for UTF-8 by the
// parser, depth by JsonDepth). Never throws: a problem says what is wrong.
std::optional<Problem> ParseJson(const Context& ctx, std::string_view text,
                                 json* out);

// Converts a cell of text to `field`'s type (a list cell holds a JSON array).
// Empty text (after trimming) gives Value::Unknown(). `path` names the value
// in problems.
std::optional<Problem> ConvertCell(const Context& ctx, const FieldInfo& field,
                                   std::string_view text,
                                   const std::string& path, UnitData& unit,
                                   Value* out);

// Converts a JSON value to `field`'s type; null gives Value::Unknown().
std::optional<Problem> ConvertJsonValue(const Context& ctx,
                                        const FieldInfo& field,
                                        const json& value,
                                        const std::string& path,
                                        UnitData& unit, Value* out);

// Fills `slots` (one per field of `record`) from a JSON object: a missing
// required field is a problem, a missing optional one is unknown, a name that
// is not a field is ignored with a warning (except "kind" when `skip_kind`).
// `prefix` is put before field names in problems ("ocop_products[2].").
void FillRecord(const Context& ctx, int32_t record,
                const json& object, const std::string& prefix,
                bool skip_kind, UnitData& unit, Value* slots,
                std::vector<Problem>* problems);

// The unit kind named `text` (a kind's name or its label), or -1.
int32_t FindKind(const Program& program, std::string_view text);

// "unknown unit kind 'x'; the kinds are: …" with a did-you-mean.
std::string UnknownKindMessage(const Context& ctx, std::string_view text);

// The kind that rows without one take: ReadOptions::default_kind, or the
// only kind of the rules; -1 when there is none; an error when the default
// names no kind.
absl::StatusOr<int32_t> DefaultKind(const Program& program,
                                    const ReadOptions& options);

// Builds a unit from a JSON object (a row). Returns false with problems.
bool UnitFromObject(const Context& ctx, const json& object,
                    int32_t default_kind, UnitData* unit,
                    std::vector<Problem>* problems);

// Turns the problems of one row into its single RowError.
RowError MakeRowError(int64_t row, const std::vector<Problem>& problems);

}  // namespace thidua::internal::io

#endif  // THIDUA_SRC_IO_CONVERT_HPP_
