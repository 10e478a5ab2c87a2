// Plain-text tables whose columns line up with Vietnamese text.
#ifndef THIDUA_SRC_CLI_TABLE_HPP_
#define THIDUA_SRC_CLI_TABLE_HPP_

#include <string>
#include <string_view>
#include <vector>

namespace thidua::cli {

// Columns a terminal gives `text`: code points, less combining marks.
size_t DisplayWidth(std::string_view text);

std::string RenderTable(const std::vector<std::string>& header,
                        const std::vector<std::vector<std::string>>& rows);

// RFC 4180 field: quoted when it holds a comma, quote or newline.
std::string CsvField(std::string_view text);

}  // namespace thidua::cli

#endif  // THIDUA_SRC_CLI_TABLE_HPP_
