#include "cli/table.hpp"

#include <algorithm>

namespace thidua::cli {

size_t DisplayWidth(std::string_view text) {
  size_t width = 0;
  for (size_t i = 0; i < text.size();) {
    unsigned char c = static_cast<unsigned char>(text[i]);
    int len = c < 0x80 ? 1 : (c >> 5) == 6 ? 2 : (c >> 4) == 14 ? 3 : (c >> 3) == 30 ? 4 : 1;
    char32_t cp = c;
    if (len > 1 && i + len <= text.size()) {
      cp = c & (0xFF >> (len + 1));
      for (int k = 1; k < len; ++k) cp = (cp << 6) | (static_cast<unsigned char>(text[i + k]) & 0x3F);
    }
    // Combining diacritics (U+0300–U+036F, U+1DC0–U+1DFF) take no column.
    bool combining = (cp >= 0x300 && cp <= 0x36F) || (cp >= 0x1DC0 && cp <= 0x1DFF);
    if (!combining) ++width;
    i += static_cast<size_t>(len);
  }
  return width;
}

std::string RenderTable(const std::vector<std::string>& header,
                        const std::vector<std::vector<std::string>>& rows) {
  std::vector<size_t> widths(header.size(), 0);
  auto measure = [&](const std::vector<std::string>& row) {
    for (size_t i = 0; i < row.size() && i < widths.size(); ++i) {
      widths[i] = std::max(widths[i], DisplayWidth(row[i]));
    }
  };
  measure(header);
  for (const auto& row : rows) measure(row);
  std::string out;
  auto line = [&](const std::vector<std::string>& row) {
    for (size_t i = 0; i < widths.size(); ++i) {
      std::string cell = i < row.size() ? row[i] : "";
      out += (i == 0 ? "" : " │ ") + cell;
      if (i + 1 < widths.size()) out.append(widths[i] - DisplayWidth(cell), ' ');
    }
    out += "\n";
  };
  line(header);
  for (size_t i = 0; i < widths.size(); ++i) {
    if (i > 0) out += "─┼─";
    for (size_t k = 0; k < widths[i]; ++k) out += "─";
  }
  out += "\n";
  for (const auto& row : rows) line(row);
  return out;
}

std::string RowErrorLine(std::string_view path, int64_t row, std::string_view column,
                         std::string_view message) {
  std::string out = std::string(path) + ":" + std::to_string(row) + ": ";
  if (!column.empty() && message.substr(0, column.size()) != column) {
    out += std::string(column) + ": ";
  }
  return out + std::string(message) + "\n";
}

std::string CsvField(std::string_view text) {
  if (text.find_first_of(",\"\n\r") == std::string_view::npos) return std::string(text);
  std::string out = "\"";
  for (char c : text) {
    if (c == '"') out += '"';
    out += c;
  }
  return out + "\"";
}

}  // namespace thidua::cli
