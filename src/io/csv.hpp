// The CSV reading that other readers share with ReadCsv (src/io/csv.cc): a
// list file is read by the same RFC 4180 scanner and the same delimiter
// choice as a units file, so the two cannot disagree about one spreadsheet.
#ifndef THIDUA_SRC_IO_CSV_HPP_
#define THIDUA_SRC_IO_CSV_HPP_

#include <cstdint>
#include <string_view>
#include <vector>

#include "absl/functional/function_ref.h"

namespace thidua::internal {

// The most frequent of ',', ';' and tab outside quotes on the first line of
// `text` (ties: ',' then ';' then tab).
char DetectDelimiter(std::string_view text);

// Calls `each` with every RFC 4180 record of `text` in order: the line it
// starts on (1-based), its cells (quotes removed, "" made one quote; views
// valid during the call only) and whether a quoted cell runs to the end of
// the text. Stops early when `each` returns false.
void ScanCsv(std::string_view text, char delimiter,
             absl::FunctionRef<bool(int64_t line, const std::vector<std::string_view>& cells,
                                    bool unclosed)>
                 each);

}  // namespace thidua::internal

#endif  // THIDUA_SRC_IO_CSV_HPP_
