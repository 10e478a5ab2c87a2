// Reading a whole file, with the reason when it cannot be read ("No such file
// or directory", "Permission denied", "Is a directory"): a user told only
// "cannot read" has to guess which of these it is. A large data file is
// mapped instead of read (MappedFile): reading copies it into memory the
// kernel must first zero, twice its size touched for nothing.
#ifndef THIDUA_SRC_BASE_FILES_HPP_
#define THIDUA_SRC_BASE_FILES_HPP_

#include <cstddef>
#include <filesystem>
#include <string>
#include <string_view>

#include "absl/status/statusor.h"
#include "base/messages.hpp"

namespace thidua::internal {

// The bytes of the regular file at `path`; NotFound ("cannot read 'PATH':
// REASON", in `language`) when it is missing, unreadable or not a regular
// file, and ResourceExhausted when it is larger than `max_bytes`.
absl::StatusOr<std::string> ReadWholeFile(const std::filesystem::path& path,
                                          Language language = Language::kEnglish,
                                          size_t max_bytes = SIZE_MAX);

// The bytes of a file, mapped read-only (MAP_PRIVATE, read ahead
// sequentially) when it is a regular file the kernel can map, else read as
// ReadWholeFile reads it (an empty file, /proc files whose size is 0).
// Views of text() are valid while the object lives: copy what must outlast
// it. A file that another program cuts short while it is mapped makes the
// process fault on the missing pages (SIGBUS): docs/limits.md. Movable, not
// copyable; not thread-safe to move while read.
class MappedFile {
 public:
  MappedFile() = default;
  MappedFile(MappedFile&& other) noexcept;
  MappedFile& operator=(MappedFile&& other) noexcept;
  MappedFile(const MappedFile&) = delete;
  MappedFile& operator=(const MappedFile&) = delete;
  ~MappedFile();

  std::string_view text() const {
    return map_ != nullptr ? std::string_view(map_, size_) : std::string_view(read_);
  }
  bool mapped() const { return map_ != nullptr; }

 private:
  friend absl::StatusOr<MappedFile> MapWholeFile(const std::filesystem::path&, Language,
                                                 size_t);
  const char* map_ = nullptr;  // null: the bytes are in read_
  size_t size_ = 0;
  std::string read_;
};

// As ReadWholeFile (same checks, messages and limit), but mapped.
absl::StatusOr<MappedFile> MapWholeFile(const std::filesystem::path& path,
                                        Language language = Language::kEnglish,
                                        size_t max_bytes = SIZE_MAX);

}  // namespace thidua::internal

#endif  // THIDUA_SRC_BASE_FILES_HPP_
