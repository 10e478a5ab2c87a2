#include "base/files.hpp"

#include <fcntl.h>
#include <sys/mman.h>
#include <sys/stat.h>
#include <unistd.h>

#include <cerrno>
#include <cstring>
#include <fstream>
#include <sstream>
#include <system_error>
#include <utility>

#include "absl/status/status.h"
#include "absl/strings/str_cat.h"

namespace thidua::internal {
namespace {

absl::Status CannotRead(const std::filesystem::path& path, Language language,
                        const std::string& reason) {
  return absl::NotFoundError(FormatMessage(language, Msg::kCannotRead, {path.string(), reason}));
}

absl::Status TooLarge(const std::filesystem::path& path, Language language, uint64_t size,
                      size_t max_bytes) {
  return absl::ResourceExhaustedError(
      absl::StrCat(path.string(), ": ",
                   FormatMessage(language, Msg::kFileTooLarge,
                                 {std::to_string(size), std::to_string(max_bytes)})));
}

}  // namespace

absl::StatusOr<std::string> ReadWholeFile(const std::filesystem::path& path,
                                          Language language, size_t max_bytes) {
  auto cannot = [&](const std::string& reason) { return CannotRead(path, language, reason); };
  std::error_code ec;
  auto status = std::filesystem::status(path, ec);
  if (ec) return cannot(ec.message());
  if (std::filesystem::is_directory(status)) {
    return cannot(std::make_error_code(std::errc::is_a_directory).message());
  }
  // A FIFO or a device would block or never end: only regular files.
  if (!std::filesystem::is_regular_file(status)) return cannot("not a regular file");
  auto size = std::filesystem::file_size(path, ec);
  if (!ec && size > max_bytes) return TooLarge(path, language, size, max_bytes);
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
  // Growing past the limit while read (a /proc file has no size before).
  if (text.size() > max_bytes) return TooLarge(path, language, text.size(), max_bytes);
  return text;
}

MappedFile::MappedFile(MappedFile&& other) noexcept
    : map_(std::exchange(other.map_, nullptr)),
      size_(std::exchange(other.size_, 0)),
      read_(std::move(other.read_)) {}

MappedFile& MappedFile::operator=(MappedFile&& other) noexcept {
  std::swap(map_, other.map_);
  std::swap(size_, other.size_);
  std::swap(read_, other.read_);
  return *this;
}

MappedFile::~MappedFile() {
  if (map_ != nullptr) ::munmap(const_cast<char*>(map_), size_);
}

absl::StatusOr<MappedFile> MapWholeFile(const std::filesystem::path& path, Language language,
                                        size_t max_bytes) {
  MappedFile file;
  // O_NONBLOCK: opening a FIFO must not wait for a writer; it is refused
  // below as not a regular file.
  int fd = ::open(path.c_str(), O_RDONLY | O_CLOEXEC | O_NONBLOCK);
  struct stat st {};
  if (fd >= 0 && ::fstat(fd, &st) == 0 && S_ISREG(st.st_mode) && st.st_size > 0) {
    const auto size = static_cast<uint64_t>(st.st_size);
    if (size > max_bytes) {
      ::close(fd);
      return TooLarge(path, language, size, max_bytes);
    }
    void* p = ::mmap(nullptr, size, PROT_READ, MAP_PRIVATE, fd, 0);
    ::close(fd);
    if (p != MAP_FAILED) {
      // Advice only: read ahead in large steps, drop pages behind.
      ::madvise(p, size, MADV_SEQUENTIAL);
      file.map_ = static_cast<const char*>(p);
      file.size_ = size;
      return file;
    }
  } else if (fd >= 0) {
    ::close(fd);
  }
  // Not mappable (empty, a /proc file, not a regular file, cannot be
  // opened): the plain read, which also words every refusal.
  auto text = ReadWholeFile(path, language, max_bytes);
  if (!text.ok()) return text.status();
  file.read_ = std::move(*text);
  return file;
}

}  // namespace thidua::internal
