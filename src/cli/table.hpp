// Plain-text tables whose columns line up with Vietnamese text.
#ifndef THIDUA_SRC_CLI_TABLE_HPP_
#define THIDUA_SRC_CLI_TABLE_HPP_

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace thidua::cli {

// Columns a terminal gives `text`: code points, less combining marks.
size_t DisplayWidth(std::string_view text);

std::string RenderTable(const std::vector<std::string>& header,
                        const std::vector<std::vector<std::string>>& rows);

// "units.csv:7: contribution: '300 trieu' is not …" — a bad row as a
// compiler would print it: file, row, the column when known, the message.
std::string RowErrorLine(std::string_view path, int64_t row, std::string_view column,
                         std::string_view message);

// RFC 4180 field: quoted when it holds a comma, quote or newline.
std::string CsvField(std::string_view text);

}  // namespace thidua::cli

#endif  // THIDUA_SRC_CLI_TABLE_HPP_
