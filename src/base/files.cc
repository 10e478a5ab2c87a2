#include "base/files.hpp"

#include <cerrno>
#include <cstring>
#include <fstream>
#include <sstream>
#include <system_error>

#include "absl/status/status.h"
#include "absl/strings/str_cat.h"

namespace thidua::internal {

absl::StatusOr<std::string> ReadWholeFile(const std::filesystem::path& path,
                                          Language language, size_t max_bytes) {
  auto cannot = [&](const std::string& reason) {
    return absl::NotFoundError(
        FormatMessage(language, Msg::kCannotRead, {path.string(), reason}));
  };
  std::error_code ec;
  auto status = std::filesystem::status(path, ec);
  if (ec) return cannot(ec.message());
  if (std::filesystem::is_directory(status)) {
    return cannot(std::make_error_code(std::errc::is_a_directory).message());
  }
  // A FIFO or a device would block or never end: only regular files.
  if (!std::filesystem::is_regular_file(status)) return cannot("not a regular file");
  auto size = std::filesystem::file_size(path, ec);
  if (!ec && size > max_bytes) {
    return absl::ResourceExhaustedError(
        absl::StrCat(path.string(), ": ",
                     FormatMessage(language, Msg::kFileTooLarge,
                                   {std::to_string(size), std::to_string(max_bytes)})));
  }
  errno = 0;
  std::ifstream in(path, std::ios::binary);
  if (!in) return cannot(errno != 0 ? std::strerror(errno) : "cannot open");
  std::ostringstream buffer;
  buffer << in.rdbuf();
  if (in.bad()) return cannot(std::strerror(errno != 0 ? errno : EIO));
  return std::move(buffer).str();
}

}  // namespace thidua::internal
