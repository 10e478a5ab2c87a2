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
  // One read into a string of the file's size: a stream buffer would grow
  // by doubling, copying (and faulting in) a large data file several times.
  std::string text(ec ? 0 : static_cast<size_t>(size), '\0');
  in.read(text.data(), static_cast<std::streamsize>(text.size()));
  text.resize(static_cast<size_t>(in.gcount()));
  if (in) {  // the file grew since its size was taken, or had none
    std::ostringstream rest;
    rest << in.rdbuf();
    text += std::move(rest).str();
  }
  if (in.bad()) return cannot(std::strerror(errno != 0 ? errno : EIO));
  return text;
}

}  // namespace thidua::internal
